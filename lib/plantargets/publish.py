"""Validate the tidy tables against their schemas and write them atomically to the clean folder.

Each table goes out as CSV (UTF-8, LF, stable order, committed to git) and Parquet, with a Frictionless
``datapackage.json`` generated from ``schemas.py``. The new folder is written beside the old one and swapped
in with renames, so a failed or killed build leaves the previous folder untouched.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from plantargets.atomic import make_staging, recover_previous, swap_into_place
from plantargets.schemas import TABLE_SCHEMAS

FRICTIONLESS_TYPES = {"string": "string", "Int64": "integer", "Float64": "number", "boolean": "boolean"}
PACKAGE_NAME = "plantargets-clean"


def validate_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Validate every table with its pandera model; raises pandera's SchemaErrors listing all failures."""
    return {name: TABLE_SCHEMAS[name].validate(frame, lazy=True) for name, frame in tables.items()}


def datapackage_descriptor(tables: dict[str, pd.DataFrame]) -> dict:
    """A Frictionless Data Package describing every field, generated from the pandera models."""
    resources = []
    for name, model in TABLE_SCHEMAS.items():
        if name not in tables:
            continue
        schema = model.to_schema()
        fields = []
        for column_name, column in schema.columns.items():
            dtype = "string" if str(column.dtype).startswith("string") else str(column.dtype)
            field = {"name": column_name, "type": FRICTIONLESS_TYPES[dtype], "description": column.description or ""}
            constraints = {}
            if not column.nullable:
                constraints["required"] = True
            if column.unique:
                constraints["unique"] = True
            for check in column.checks:
                stats = check.statistics or {}
                if "allowed_values" in stats:
                    constraints["enum"] = list(stats["allowed_values"])
                if "min_value" in stats:
                    constraints["minimum"] = stats["min_value"]
                if "max_value" in stats:
                    constraints["maximum"] = stats["max_value"]
            if constraints:
                field["constraints"] = constraints
            fields.append(field)
        resources.append({
            "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": (model.__doc__ or "").strip(),
            "schema": {"fields": fields, **({"primaryKey": [fields[0]["name"]]} if fields[0].get("constraints", {}).get("unique") else {})},
        })
    return {"name": PACKAGE_NAME, "title": "plantargets: quantitative targets of Chinese municipal plans",
            "profile": "tabular-data-package", "resources": resources}


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n", float_format="%.10g")


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.replace_schema_metadata({})  # no pandas metadata blob: identical bytes on every build
    pq.write_table(table, path, compression="zstd", write_statistics=False)


def publish_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, extra_files: dict[str, str] | None = None) -> Path:
    """Validate and write the tables to ``out_dir`` in one atomic swap; return the folder."""
    tables = validate_tables(tables)
    out_dir = Path(out_dir).resolve()
    recover_previous(out_dir)
    staging = make_staging(out_dir)
    try:
        for name, frame in tables.items():
            _write_csv(frame, staging / f"{name}.csv")
            _write_parquet(frame, staging / f"{name}.parquet")
        (staging / "datapackage.json").write_text(
            json.dumps(datapackage_descriptor(tables), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for name, content in (extra_files or {}).items():
            (staging / name).write_text(content, encoding="utf-8")
        swap_into_place(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir
