"""Decode a raw file to text: UTF-8 (with or without BOM), GB18030/GBK, Big5 (detected), HTML kept as source.

The decoded text is what every ``char_start``/``char_end`` refers to: ``read_raw_file(p).text[s:e] == quote``.
Line endings are kept as they are, so offsets stay true to the file.

A page a scraper decoded as Latin-1 or Windows-1252 and saved (every byte one character: ``å­¦`` for one
Chinese character) is read from the bytes it gives back, when the whole file gives them back and they decode
whole as UTF-8, GB18030 or Big5 into Chinese; the build flags it ``misdecoded_file`` and offsets refer to the
repaired text. Damaged files are read, not refused: a UTF-8 (or GBK) file with a few bad bytes (a download cut
off inside a character, one corrupt byte) is decoded with U+FFFD in place of each bad byte sequence, which
normalization flags where it is, instead of falling through to another encoding that would garble every
character. Files that are not text (NUL bytes, a known binary signature such as PNG or PDF, control characters)
are refused with a clear error, as are bytes no encoding fits. A file of blanks decodes to blanks (an empty document).
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from plantargets.pattern_cache import compile_pattern

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
# At most one bad byte sequence per this many well-decoded non-ASCII characters, for a lenient decode. GBK
# text read as UTF-8 has about three bad sequences per good character, damaged UTF-8 a few in thousands.
MAX_BAD_PER_GOOD = 10
# Signatures of files that are not text, whatever their name says.
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE file (.doc/.xls)"), (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"), (b"Rar!\x1a\x07", "a RAR archive"), (b"RIFF", "a RIFF media file"),
)
# C0 control characters that text files do not contain (tab, line feed, form feed, carriage return … are allowed).
_CONTROL = compile_pattern(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
MAX_CONTROL_SHARE, MAX_CONTROL_CHARS, CONTROL_SAMPLE = 0.001, 8, 1_000_000
# (after an XML declaration too: "<?xml …?><!DOCTYPE wml …><wml>", a mobile page of WML or XHTML, heldout362 n01)
_HTML_SNIFF = compile_pattern(r"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?"
                              r"(<!doctype (?:html|wml)|<html|<wml|<head|<body|<meta|<div|<p[ >])", re.IGNORECASE)


# Encodings a Chinese plan is expected in (or that a byte-order mark declares); any other was detected, and the
# build flags the file (encoding_detected) so that a wrong guess is seen.
EXPECTED_ENCODINGS = {"utf-8", "utf-8-sig", "gb18030", "utf-16-le", "utf-16-be", "ascii"}


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
    n_replaced: int = 0  # bad byte sequences decoded as U+FFFD (normalization flags each place)
    misdecoded: bool = False  # the file's text was the page's bytes read as Latin-1/Windows-1252, now undone


def sha256_of_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _lenient(data: bytes, encoding: str) -> tuple[str, int] | None:
    """``data`` decoded with U+FFFD for bad bytes, and how many there were, when the bad bytes are a few
    among many well-decoded non-ASCII characters (a damaged file of that encoding); else None."""
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if bad and good >= MAX_BAD_PER_GOOD * bad:
        return text, bad
    return None


# A scraper that decodes a Chinese page as Latin-1 (requests' default for text/html sent without a charset) or as
# Windows-1252 (a browser's) and saves what it got turns each byte into one character, U+0080-U+00FF or one of
# Windows-1252's 27 above them: a whole text of such characters and ASCII gives its bytes back one for one.
_BYTE_OF_WINDOWS_1252: dict[int, str] = {}
for _byte in range(0x80, 0xA0):
    try:
        _BYTE_OF_WINDOWS_1252[ord(bytes([_byte]).decode("cp1252"))] = chr(_byte)
    except UnicodeDecodeError:  # (five bytes it leaves undefined, which a browser reads as Latin-1)
        pass
_NOT_ONE_BYTE = compile_pattern(r"[^\x00-\xff" + "".join(map(chr, _BYTE_OF_WINDOWS_1252)) + "]")
MIN_MISDECODED_BYTES = 16  # non-ASCII bytes a text must give back before it is read as a misdecoded page
MIN_CHINESE_SHARE = 0.9  # of its non-ASCII characters read as GB18030, the share in GB2312 or Big5 (in use)
_CJK = compile_pattern(r"[\u4e00-\u9fff]")


def _undo_misdecoding(text: str) -> tuple[str, str] | None:
    """(the text, its encoding) when all of ``text`` is a Chinese page's bytes read one to a character as
    Latin-1/Windows-1252: bytes that decode whole (UTF-8, GB18030 or Big5, no bad sequence) into Chinese."""
    if text.isascii() or _NOT_ONE_BYTE.search(text):
        return None
    if len(text) - len(text.encode("ascii", errors="ignore")) < MIN_MISDECODED_BYTES:  # (a character a byte)
        return None
    data = text.translate(_BYTE_OF_WINDOWS_1252).encode("latin-1")
    try:
        decoded, encoding, _, replaced = decode_bytes_counted(data)
    except UnreadableFileError:
        return None
    if replaced or encoding not in ("utf-8", "utf-8-sig", "gb18030", "cp950") or not _CJK.search(decoded):
        return None
    if not encoding.startswith("utf-8"):
        # (accented Western text read so gives rare characters: the letters after é, ü … are no trail bytes of these)
        counts = Counter(ch for ch in decoded if not ch.isascii())
        if sum(n for ch, n in counts.items() if _in_use(ch)) < MIN_CHINESE_SHARE * counts.total():
            return None
    return decoded, encoding


def _in_use(character: str) -> bool:
    """Whether a character is one Chinese text uses: in GB2312 (simplified) or Big5 (traditional)."""
    for encoding in ("gb2312", "cp950"):
        try:
            character.encode(encoding)
            return True
        except UnicodeEncodeError:
            pass
    return False


def _refuse_binary(data: bytes) -> None:
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise UnreadableFileError(f"binary content ({kind})")
    text_part = data.rstrip(b"\x00")  # NUL padding after the text (a crashed write) is no sign of binary
    if b"\x00" in text_part[:8192] or (data and not text_part):
        raise UnreadableFileError("binary content (NUL bytes; UTF-16 without a byte-order mark is not read)")


def _reads_as_big5(data: bytes) -> bool:
    """Bytes that decode both as GB18030 and as Big5 (Microsoft's cp950): Big5 when charset-normalizer finds
    it the more coherent reading. GBK text is seldom valid Big5 (its second bytes 0x80–0xA0 are not), so
    this is asked only of pages that could be either."""
    try:
        data.decode("cp950")
    except UnicodeDecodeError:
        return False
    from charset_normalizer import from_bytes  # imported when first needed: most corpora never ask

    best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    return best is not None and best.encoding == "big5"


def decode_bytes_counted(data: bytes) -> tuple[str, str, bool, int]:
    """Return (text, encoding, had_bom, bad byte sequences replaced); raise UnreadableFileError for binary or
    undecodable bytes."""
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8):]
        try:
            return body.decode("utf-8"), "utf-8-sig", True, 0
        except UnicodeDecodeError:
            text = body.decode("utf-8", errors="replace")
            return text, "utf-8-sig", True, text.count("\ufffd")
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name), name, True, 0
            except UnicodeDecodeError as error:
                raise UnreadableFileError(f"not {name} despite its byte-order mark: {error}") from error
    _refuse_binary(data)
    try:
        return data.decode("utf-8"), "utf-8", False, 0
    except UnicodeDecodeError:
        pass
    damaged = _lenient(data, "utf-8")  # a UTF-8 file with a few bad bytes stays UTF-8
    if damaged:
        return damaged[0], "utf-8", False, damaged[1]
    try:  # Chinese web pages that are not UTF-8 are almost always GBK, a subset of GB18030.
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:  # Big5 (traditional) bytes are valid GB18030 too, and read as it give nonsense characters
        return (data.decode("cp950"), "cp950", False, 0) if _reads_as_big5(data) else (text, "gb18030", False, 0)
    damaged = _lenient(data, "gb18030")
    if damaged:
        return damaged[0], "gb18030", False, damaged[1]
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFileError("no text encoding fits these bytes (binary or badly damaged)")
    return str(best), best.encoding, False, 0


def decode_bytes(data: bytes) -> tuple[str, str, bool]:
    """Return (text, encoding, had_bom); raise UnreadableFileError for binary or undecodable bytes."""
    text, encoding, had_bom, _ = decode_bytes_counted(data)
    return text, encoding, had_bom


def read_raw_file(path: str | Path) -> RawText:
    """Read and decode one raw file; HTML is recognised by suffix or by its first tag."""
    path = Path(path)
    data = path.read_bytes()
    text, encoding, had_bom, replaced = decode_bytes_counted(data)
    undone = _undo_misdecoding(text) if encoding in ("utf-8", "utf-8-sig") and not replaced else None
    if undone:
        text, encoding = undone
    sample = text[:CONTROL_SAMPLE].rstrip("\x00")  # a file padded with NUL bytes after its text is still text
    controls = sum(1 for _ in _CONTROL.finditer(sample))
    if controls > max(MAX_CONTROL_CHARS, MAX_CONTROL_SHARE * len(sample)):
        raise UnreadableFileError(f"binary content ({controls} control characters in {encoding} text)")
    # (sniffed in the decoded text: a page saved with a BOM, or in UTF-16, is HTML all the same)
    is_html = path.suffix.lower() in HTML_SUFFIXES or bool(_HTML_SNIFF.match(text[:512]))
    return RawText(
        source_file=path.name,
        text=text,
        encoding=encoding,
        had_bom=had_bom,
        is_html=is_html,
        sha256=sha256_of_bytes(data),
        n_bytes=len(data),
        n_replaced=replaced,
        misdecoded=bool(undone),
    )
