"""Decode a raw file to text: UTF-8 (with or without BOM), GB18030/GBK (detected), HTML kept as source.

The decoded text is what every ``char_start``/``char_end`` refers to: ``read_raw_file(p).text[s:e] == quote``.
Line endings are kept as they are, so offsets stay true to the file.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.IGNORECASE)


class UnreadableFileError(ValueError):
    """A raw file that cannot be read as text (binary, empty of text, or undecodable)."""


@dataclass(frozen=True)
class RawText:
    """One raw file decoded: its text, how it was decoded, and whether it is an HTML page."""

    source_file: str
    text: str
    encoding: str
    had_bom: bool
    is_html: bool
    sha256: str
    n_bytes: int


def sha256_of_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_bytes(data: bytes) -> tuple[str, str, bool]:
    """Return (text, encoding, had_bom); raise UnreadableFileError for binary or undecodable bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig", True
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name), name, True
    if b"\x00" in data[:8192]:
        raise UnreadableFileError("binary content (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    try:  # Chinese web pages that are not UTF-8 are almost always GBK, a subset of GB18030.
        return data.decode("gb18030"), "gb18030", False
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFileError("no text encoding fits these bytes")
    return str(best), best.encoding, False


def read_raw_file(path: str | Path) -> RawText:
    """Read and decode one raw file; HTML is recognised by suffix or by its first tag."""
    path = Path(path)
    data = path.read_bytes()
    text, encoding, had_bom = decode_bytes(data)
    if data and not text.strip():
        raise UnreadableFileError("no text after decoding")
    is_html = path.suffix.lower() in HTML_SUFFIXES or bool(_HTML_SNIFF.match(data[:512]))
    return RawText(
        source_file=path.name,
        text=text,
        encoding=encoding,
        had_bom=had_bom,
        is_html=is_html,
        sha256=sha256_of_bytes(data),
        n_bytes=len(data),
    )
