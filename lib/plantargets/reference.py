"""National reference indicators (yearly actuals and national targets), read from ``RAW/reference/`` when the
raw folder has one, else from the copy shipped with the package (``plantargets/national_reference/``).

A thin extractor: it reads the CSV, renames, maps indicator names to codebook ids and standard units, and
keeps every row's source_url and notes; where sources disagree both rows stay (see the notes column).
"""

from __future__ import annotations

import csv
from pathlib import Path

from plantargets.flags import Flag
from plantargets.harmonize import IndicatorCodebook
from plantargets.paths import NATIONAL_REFERENCE_DIR
from plantargets.text.read import sha256_of_bytes

REFERENCE_DIR_NAME = "reference"
UNIT_CROSSWALK = {"years": "年", "%": "%"}
REFERENCE_COLUMNS = ("indicator_zh", "indicator_en", "kind", "year", "comparator", "value", "unit", "source_url", "notes")


def reference_folder(raw_dir: str | Path) -> Path:
    """``raw_dir/reference`` when the raw folder has its own, else the national reference shipped with the package."""
    own = Path(raw_dir) / REFERENCE_DIR_NAME
    return own if own.is_dir() else NATIONAL_REFERENCE_DIR


def read_national_reference(raw_dir: str | Path, codebook: IndicatorCodebook) -> tuple[list[dict], list[Flag]]:
    """Rows of every reference CSV of ``reference_folder(raw_dir)`` with indicator ids; flags for unmapped rows."""
    folder = reference_folder(raw_dir)
    rows: list[dict] = []
    flags: list[Flag] = []
    manifest = {}
    if (folder / "manifest.csv").is_file():
        with open(folder / "manifest.csv", encoding="utf-8", newline="") as handle:
            manifest = {row["source_file"]: row for row in csv.DictReader(handle)}
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        if path.name == "manifest.csv":
            continue
        source = f"{REFERENCE_DIR_NAME}/{path.name}"
        expected = manifest.get(path.name, {}).get("sha256")
        if expected and expected != sha256_of_bytes(path.read_bytes()):
            flags.append(Flag(source, "manifest_mismatch", None, None, "", "SHA-256 differs from the reference manifest"))
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = set(REFERENCE_COLUMNS) - set(reader.fieldnames or [])
            if missing:
                raise ValueError(f"{path}: reference file lacks columns {sorted(missing)}")
            for number, row in enumerate(reader, start=2):
                indicator = codebook.match(row["indicator_zh"])
                if indicator is None:
                    flags.append(Flag(source, "unclassified_number", None, None, row["indicator_zh"],
                                      f"line {number}: reference indicator not in the codebook"))
                rows.append({
                    "reference_id": f"{path.stem}:{number}",
                    "indicator_id": indicator.indicator_id if indicator else None,
                    "indicator_zh": row["indicator_zh"], "indicator_en": row["indicator_en"],
                    "scope": "national", "kind": row["kind"], "year": int(row["year"]),
                    "comparator": row["comparator"], "value": float(row["value"]), "unit": row["unit"],
                    "unit_std": UNIT_CROSSWALK.get(row["unit"], row["unit"]), "source_url": row["source_url"] or None,
                    "notes": row["notes"] or None, "source_file": source, "line": number,
                })
    return rows, flags
