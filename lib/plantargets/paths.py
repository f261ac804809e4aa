"""Repository-relative paths, so no module spells out a folder name twice."""

from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path

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
        if (candidate / "data" / "raw").is_dir() and (candidate / "pyproject.toml").is_file():
            return candidate
    return Path.cwd()


REPO_ROOT = _find_repo_root()
DATA_DIR = REPO_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
CLEAN_DIR = DATA_DIR / "clean"
REPORTS_DIR = REPO_ROOT / "reports"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
MANIFEST_NAME = "manifest.csv"


@lru_cache(maxsize=None)
def codebook_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a reviewed-data file of ``codebook/`` (read once per process)."""
    with open(CODEBOOK_DIR / name, encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))
