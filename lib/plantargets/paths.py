"""Repository-relative paths, so no module spells out a folder name twice."""

from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path, PurePosixPath

# Folders of a checkout, relative to its root (also the notebooks' default data_dir and raw_dir).
RELATIVE_RAW_DIR = PurePosixPath("data/raw")
RELATIVE_CLEAN_DIR = PurePosixPath("data/clean")

PACKAGE_DIR = Path(__file__).resolve().parent
CODEBOOK_DIR = PACKAGE_DIR / "codebook"
# The national reference shipped with the package; a raw folder's own reference/ folder replaces it.
NATIONAL_REFERENCE_DIR = PACKAGE_DIR / "national_reference"


def _find_repo_root() -> Path:
    """The checkout that holds data/ (PLANTARGETS_ROOT overrides, for installed copies)."""
    override = os.environ.get("PLANTARGETS_ROOT")
    if override:
        return Path(override).resolve()
    for candidate in (PACKAGE_DIR, *PACKAGE_DIR.parents):
        if (candidate / RELATIVE_RAW_DIR).is_dir() and (candidate / "pyproject.toml").is_file():
            return candidate
    return Path.cwd()


def clean_dir_of(repo_root: str | Path) -> Path:
    """The clean tables of the checkout at ``repo_root`` (a report run for another checkout reads these)."""
    return Path(repo_root) / RELATIVE_CLEAN_DIR


def in_repo(path: str | Path) -> Path:
    """``path`` with ``~`` expanded; a relative path is taken from the repository root, not the working folder."""
    path = Path(path).expanduser()
    return path if path.is_absolute() else REPO_ROOT / path


REPO_ROOT = _find_repo_root()
DATA_DIR = REPO_ROOT / "data"
RAW_DIR = REPO_ROOT / RELATIVE_RAW_DIR
CLEAN_DIR = clean_dir_of(REPO_ROOT)
REPORTS_DIR = REPO_ROOT / "reports"
REPORT_GRID = REPO_ROOT / "reports.yaml"            # plantargets report's default --config
LATEST_REPORT_DIR = REPORTS_DIR / "latest"          # plantargets report's default --out
INTERACTIVE_REPORTS_DIR = REPORTS_DIR / "interactive"  # a notebook run by hand, output_dir left empty
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
MANIFEST_NAME = "manifest.csv"


@lru_cache(maxsize=None)
def phrase_words(role: str) -> str:
    """The alternation of one role's words in ``codebook/phrase_words.csv``, in the file's order."""
    fields, rows = _codebook_table("phrase_words.csv")
    role_at, pattern_at = fields.index("role"), fields.index("pattern")
    return "|".join(row[pattern_at] for row in rows if row[role_at] == role)


def codebook_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a reviewed-data file of ``codebook/`` (read once per process; each caller gets its own dicts)."""
    fields, rows = _codebook_table(name)
    return tuple(dict(zip(fields, row)) for row in rows)


@lru_cache(maxsize=None)
def _codebook_table(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """A codebook file's header and rows as read (phrase_words alone is asked for over a hundred times at import)."""
    with open(CODEBOOK_DIR / name, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = tuple(tuple(row.values()) for row in reader)
        return tuple(reader.fieldnames or ()), rows
