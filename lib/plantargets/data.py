"""Read the clean tables back: ``load()`` for pandas with proper dtypes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from plantargets.paths import CLEAN_DIR
from plantargets.schemas import TABLE_SCHEMAS


def load(table: str = "targets", clean_dir: str | Path = CLEAN_DIR, validate: bool = True) -> pd.DataFrame:
    """A clean table (default: the tidy targets) as a DataFrame with the schema's dtypes.

    Reads the Parquet file (the CSV when Parquet is absent) and validates it against its pandera model.
    """
    if table not in TABLE_SCHEMAS:
        raise ValueError(f"unknown table {table!r}; choose one of {sorted(TABLE_SCHEMAS)}")
    clean_dir = Path(clean_dir)
    parquet, csv = clean_dir / f"{table}.parquet", clean_dir / f"{table}.csv"
    if parquet.is_file():
        frame = pd.read_parquet(parquet)
    elif csv.is_file():
        frame = pd.read_csv(csv, dtype=str, keep_default_na=False, na_values=[""])
    else:
        raise FileNotFoundError(f"{table} not found in {clean_dir}: run `python -m plantargets build` first")
    schema = TABLE_SCHEMAS[table].to_schema()
    for name, column in schema.columns.items():
        dtype = "string" if str(column.dtype).startswith("string") else str(column.dtype)
        if dtype == "boolean" and frame[name].dtype == object:
            frame[name] = frame[name].map({"True": True, "False": False, None: None})
        frame[name] = frame[name].astype(dtype)
    return TABLE_SCHEMAS[table].validate(frame) if validate else frame
