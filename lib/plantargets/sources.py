"""The raw corpus: which files there are, their manifest rows (provenance), and hash checks.

A folder of plan documents may come with ``manifest.csv`` or without one; without it, city and type are
inferred from the text. A manifest row whose file is missing, or whose SHA-256 differs, is a flag.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from plantargets.flags import Flag
from plantargets.paths import MANIFEST_NAME
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


def read_manifest(raw_dir: Path) -> tuple[dict[str, dict[str, str]], list[Flag]]:
    """Manifest rows by source_file, and flags for a manifest that cannot be used (the build goes on without)."""
    path = raw_dir / MANIFEST_NAME
    if not path.is_file():
        return {}, []
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return {}, [Flag(MANIFEST_NAME, "manifest_mismatch", None, None, "", "manifest is neither UTF-8 nor GB18030; ignored")]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = {"source_file", "sha256"} - set(reader.fieldnames or [])
    if missing:
        return {}, [Flag(MANIFEST_NAME, "manifest_mismatch", None, None, "",
                         f"manifest lacks columns {sorted(missing)}; ignored (city and type inferred from the text)")]
    rows, flags = {}, []
    for number, row in enumerate(reader, start=2):
        name = (row.get("source_file") or "").strip()
        if not name or Path(name).name != name:
            flags.append(Flag(MANIFEST_NAME, "manifest_mismatch", None, None, "",
                              f"line {number}: source_file {name!r} is not a file name in this folder; row ignored"))
            continue
        rows[name] = row
    return rows, flags


# Read by other steps of the build, so not listed as skipped: the manifest and the national reference folder.
_READ_ELSEWHERE = {MANIFEST_NAME, "reference"}


def _readable_files(raw_dir: Path) -> tuple[list[Path], list[Flag]]:
    """The raw folder's text and HTML files, in name order; every other entry is a ``skipped_file`` flag with the
    reason (a link leaving the folder, a sub-folder, a PDF, a device), so nothing is left out without a word."""
    root = raw_dir.resolve()
    files, flags = [], []
    for path in sorted(raw_dir.iterdir()):
        if path.name in _READ_ELSEWHERE:
            continue
        reason = ""
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            reason = f"a link to {path.resolve()}, outside the raw folder: not followed"
        elif path.is_dir():
            reason = "a sub-folder: only the raw folder's own files are read"
        elif not path.is_file():
            reason = "not a regular file (a pipe, socket or device)"
        elif path.suffix.lower() not in RAW_SUFFIXES:
            kind = f"a {path.suffix.lower()} file" if path.suffix else "a file without an extension"
            reason = f"{kind}: only text and HTML captures ({', '.join(sorted(RAW_SUFFIXES))}) are read"
        if reason:
            flags.append(Flag(path.name, "skipped_file", None, None, "", reason))
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
            if actual != row["sha256"]:
                flags.append(Flag(path.name, "manifest_mismatch", None, None, "",
                                  f"SHA-256 {actual} differs from the manifest's {row['sha256']}: the raw file changed"))
        shared = stems.count(path.stem) > 1  # p.txt beside p.html: ids from the whole name, so they stay apart
        sources.append(SourceFile(path, row, path.name if shared else path.stem))
    return sources, flags
