"""The raw corpus: which files there are, their manifest rows (provenance), and hash checks.

A folder of plan documents may come with ``manifest.csv`` or without one; without it, city and type are
inferred from the text. A manifest row whose file is missing, or whose SHA-256 differs, is a flag; a manifest
that cannot be used as a whole (unreadable, ambiguous) stops the build with ``ManifestError`` before anything
is written (see ``read_manifest`` for which problem is which).
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from plantargets.flags import Flag
from plantargets.paths import MANIFEST_NAME, codebook_rows
from plantargets.text.read import sha256_of_bytes

RAW_SUFFIXES = {".txt", ".html", ".htm", ".shtml", ".xhtml"}
MANIFEST_COLUMNS = ("source_file", "original_name", "sha256", "n_bytes", "city_zh", "city_en", "province_zh",
                    "province_en", "admin_level", "place_zh", "doc_type", "title", "producer", "url", "published_date",
                    "retrieved", "description")


@dataclass(frozen=True)
class SourceFile:
    path: Path
    manifest: dict[str, str] | None
    doc_stem: str = ""  # the stem of its documents' ids: the file's stem, or its name where two files share one

    @property
    def name(self) -> str:
        return self.path.name


class ManifestError(ValueError):
    """A manifest.csv the build cannot use as written; the message names every problem, one a line."""


MAX_MANIFEST_BYTES = 50_000_000  # a manifest of 100,000 documents is about 30 MB
MAX_FIELD_CHARS = 20_000          # the longest description in the seed manifest is about 200 characters
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _manifest_text(path: Path, raw_dir: Path) -> str:
    """The manifest's text: UTF-8 (± BOM), UTF-16 with a BOM (Excel's "Unicode text") or GB18030."""
    if path.is_symlink() and not path.resolve().is_relative_to(raw_dir.resolve()):
        raise ManifestError(f"{path} is a link to {path.resolve()}, outside the raw folder: not followed")
    if not path.is_file():
        raise ManifestError(f"{path} is not a regular file (a folder, pipe or device)")
    try:
        size = path.stat().st_size
        if size > MAX_MANIFEST_BYTES:
            raise ManifestError(f"{path} is {size:,} bytes, over the {MAX_MANIFEST_BYTES:,} a manifest may have")
        data = path.read_bytes()
    except OSError as err:
        raise ManifestError(f"{path} cannot be read: {err.strerror or err}") from None
    encodings = ("utf-16",) if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ManifestError(f"{path} is neither UTF-8, UTF-16 with a byte-order mark nor GB18030: save it as UTF-8")


def _csv_rows(text: str, path: Path) -> list[list[str]]:
    """All rows of the manifest; csv's own field limit is lifted so an over-long field is reported, not raised."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as err:
        raise ManifestError(f"{path} is not a readable CSV file: {err}") from None
    finally:
        csv.field_size_limit(limit)


def _manifest_flag(name: str, message: str) -> Flag:
    return Flag(name, "manifest_problem", None, None, "", message)


def read_manifest(raw_dir: Path) -> tuple[dict[str, dict[str, str]], list[Flag]]:
    """Manifest rows by source_file, and a flag for each row or column that cannot be used as written.

    The manifest is checked as a whole first. It is refused (``ManifestError``, every problem on its own
    line) when it cannot be read, decoded or parsed, has no ``source_file`` column or a column twice, or
    lists one file in two rows that differ: then which provenance is true is unknown, and a build must not
    guess it. A problem of one row or column is a ``manifest_problem`` flag and the build goes on: an unknown
    column (ignored), an over-long field (left out), fields past the header's (ignored, one flag for all such
    rows), a row repeated word for word, ``city_zh`` without ``city_en`` or the reverse. A row without a
    usable file name (ignored) and a ``sha256`` that is not a SHA-256 are ``manifest_mismatch`` flags. A
    SHA-256 in upper case is the same hash.
    """
    path = raw_dir / MANIFEST_NAME
    if not path.exists() and not path.is_symlink():
        return {}, []
    rows_read = _csv_rows(_manifest_text(path, raw_dir), path)
    errors: list[str] = []
    flags: list[Flag] = []
    if not rows_read:
        raise ManifestError(f"{path} is empty: it needs a header line with at least 'source_file'")
    header = [name.strip() for name in rows_read[0]]
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        errors.append(f"column(s) {', '.join(map(repr, repeated))} appear more than once in the header")
    if "source_file" not in header:
        errors.append(f"no 'source_file' column (the header is {', '.join(map(repr, header))}); "
                      "each row must name its raw file")
    if errors:
        raise ManifestError(f"{path} cannot be used:\n  - " + "\n  - ".join(errors))
    for position, name in enumerate(header, start=1):
        if not name:  # a header cell left empty: a trailing comma, or a column someone forgot to name
            filled = sum(1 for cells in rows_read[1:] if position <= len(cells) and cells[position - 1].strip())
            if filled:
                flags.append(_manifest_flag(MANIFEST_NAME, f"column {position} has no name but values on {filled} "
                                            "row(s); ignored (give it one of the manifest's column names)"))
        elif name not in MANIFEST_COLUMNS:
            close = difflib.get_close_matches(name, MANIFEST_COLUMNS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            flags.append(_manifest_flag(MANIFEST_NAME, f"column {name!r} is not a manifest column{hint}; ignored. "
                                        f"Columns: {', '.join(MANIFEST_COLUMNS)}"))
    if "sha256" not in header:
        flags.append(_manifest_flag(MANIFEST_NAME, "no 'sha256' column: the raw files are not checked against it"))
    known = [(i, name) for i, name in enumerate(header) if name in MANIFEST_COLUMNS]
    cities = {row["city_zh"]: row["city_en"] for row in codebook_rows("cities.csv")}
    rows: dict[str, dict[str, str]] = {}
    first_line: dict[str, int] = {}
    overlong: list[int] = []
    for number, cells in enumerate(rows_read[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            overlong.append(number)
        row = {name: (cells[i] if i < len(cells) else "") for i, name in known}
        name = row.get("source_file", "").strip()
        where = name if name and Path(name).name == name and len(name) <= 255 else MANIFEST_NAME
        for column, value in row.items():
            if len(value) > MAX_FIELD_CHARS:
                flags.append(_manifest_flag(where, f"line {number}: {column} is {len(value):,} characters long, over "
                                            f"{MAX_FIELD_CHARS:,}; the field is left out"))
                row[column] = ""
        name = row.get("source_file", "").strip()
        if not name or Path(name).name != name or name in (".", ".."):
            flags.append(Flag(MANIFEST_NAME, "manifest_mismatch", None, None, "",
                              f"line {number}: source_file {name[:200]!r} is not a file name in this folder; row ignored"))
            continue
        row["source_file"] = name
        if row.get("sha256"):
            digest = row["sha256"].strip().lower()
            if not _SHA256.fullmatch(digest):  # the file cannot be shown to be the one the manifest describes
                flags.append(Flag(name, "manifest_mismatch", None, None, "",
                                  f"line {number}: sha256 {row['sha256'][:80]!r} is not a SHA-256 (64 hexadecimal "
                                  "digits): the file cannot be checked against the manifest"))
                digest = ""
            row["sha256"] = digest
        if row.get("city_zh") and not row.get("city_en"):
            english = cities.get(row["city_zh"].strip())
            fallback = f"the city list's {english!r} is used" if english else "the Chinese name is used as the city"
            flags.append(_manifest_flag(name, f"line {number}: city_zh {row['city_zh']!r} without city_en; {fallback}"))
        elif row.get("city_en") and not row.get("city_zh"):
            flags.append(_manifest_flag(name, f"line {number}: city_en {row['city_en']!r} without city_zh; the city "
                                        "is read from the text (give both to fix it)"))
        if name in rows:
            if rows[name] == row:
                flags.append(_manifest_flag(name, f"line {number} repeats line {first_line[name]} word for word; "
                                            "one row kept"))
            else:
                differ = [c for c in rows[name] if rows[name].get(c) != row.get(c)]
                errors.append(f"{name} is listed on lines {first_line[name]} and {number} with different "
                              f"{', '.join(differ)}: keep the one row that is right")
            continue
        rows[name], first_line[name] = row, number
    if overlong:  # one flag for them all: a column without a name in the header is usually on every row
        lines = ", ".join(map(str, overlong[:10])) + (f" and {len(overlong) - 10} more" if len(overlong) > 10 else "")
        flags.append(_manifest_flag(MANIFEST_NAME, f"line(s) {lines} have more fields than the header's {len(header)}: "
                                    "the fields past the header are ignored (a column without a name, or a comma in "
                                    "a field that needs quotes, which would shift the fields after it)"))
    if errors:
        raise ManifestError(f"{path} cannot be used ({len(errors)} problem{'s' if len(errors) > 1 else ''}):\n  - "
                            + "\n  - ".join(errors))
    return rows, flags


# Read by other steps of the build, so not listed as skipped: the manifest and the national reference folder.
_READ_ELSEWHERE = {MANIFEST_NAME, "reference"}


def _is_text(name: str) -> bool:
    """Whether a file name decoded from the file system is real text (no undecodable bytes kept as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _readable_files(raw_dir: Path) -> tuple[list[Path], list[Flag]]:
    """The raw folder's text and HTML files, in name order; every other entry is a ``skipped_file`` flag with the
    reason (a link leaving the folder, a sub-folder, a PDF, a device), so nothing is left out without a word."""
    root = raw_dir.resolve()
    files, flags = [], []
    for path in sorted(raw_dir.iterdir()):
        if path.name in _READ_ELSEWHERE:
            continue
        reason = ""
        try:
            target = path.resolve() if path.is_symlink() else path
        except (OSError, RuntimeError):  # a loop of links
            target = None
        name = path.name
        if not _is_text(name):  # bytes that are not UTF-8: no table, id or CSV can hold the name
            name = os.fsencode(path.name).decode("utf-8", errors="backslashreplace")
            reason = "its name is not UTF-8 text: rename the file to read it"
        elif target is None:
            reason = "a link that leads nowhere (a loop of links): not followed"
        elif path.is_symlink() and not target.is_relative_to(root):
            reason = f"a link to {target}, outside the raw folder: not followed"
        elif path.is_symlink() and not path.exists():
            reason = f"a link to {target}, which does not exist"
        elif path.is_dir():
            reason = "a sub-folder: only the raw folder's own files are read"
        elif not path.is_file():
            reason = "not a regular file (a pipe, socket or device)"
        elif path.suffix.lower() not in RAW_SUFFIXES:
            kind = f"a {path.suffix.lower()} file" if path.suffix else "a file without an extension"
            reason = f"{kind}: only text and HTML captures ({', '.join(sorted(RAW_SUFFIXES))}) are read"
        if reason:
            flags.append(Flag(name, "skipped_file", None, None, "", reason))
        else:
            files.append(path)
    return files, flags


def list_sources(raw_dir: str | Path) -> tuple[list[SourceFile], list[Flag]]:
    """Raw files in name order with their manifest rows, and flags for manifest problems."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    manifest, flags = read_manifest(raw_dir)
    files, skipped = _readable_files(raw_dir)
    flags += skipped
    names = {p.name for p in files}
    for name in sorted(set(manifest) - names):
        flags.append(Flag(name, "manifest_mismatch", None, None, "", f"manifest names {name}, which is not in {raw_dir}"))
    sources = []
    stems = [p.stem for p in files]
    for path in files:
        row = manifest.get(path.name)
        if row is not None and row.get("sha256"):
            actual = sha256_of_bytes(path.read_bytes())
            if actual != row["sha256"]:  # both lower-case hex
                flags.append(Flag(path.name, "manifest_mismatch", None, None, "",
                                  f"SHA-256 {actual} differs from the manifest's {row['sha256']}: the raw file changed"))
        shared = stems.count(path.stem) > 1  # p.txt beside p.html: ids from the whole name, so they stay apart
        sources.append(SourceFile(path, row, path.name if shared else path.stem))
    return sources, flags
