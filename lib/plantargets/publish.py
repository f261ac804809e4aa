"""Validate the tidy tables against their schemas and write them atomically to the clean folder.

Each table goes out as CSV (UTF-8, LF, stable order, committed to git) and Parquet, with a Frictionless
``datapackage.json`` generated from ``schemas.py``. The new folder is written beside the old one and swapped
in with renames, so a failed or killed build leaves the previous folder untouched.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

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


def recover_interrupted_publish(out_dir: Path) -> None:
    """Put back the previous clean folder if a build was killed between its two renames."""
    backups = sorted(out_dir.parent.glob(f".{out_dir.name}-previous-*"))
    if not out_dir.exists() and backups:
        os.replace(backups[-1], out_dir)
    for leftover in out_dir.parent.glob(f".{out_dir.name}-previous-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def publish_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, extra_files: dict[str, str] | None = None) -> Path:
    """Validate and write the tables to ``out_dir`` in one atomic swap; return the folder."""
    tables = validate_tables(tables)
    out_dir = Path(out_dir).resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    recover_interrupted_publish(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-staging-", dir=out_dir.parent))
    try:
        for name, frame in tables.items():
            _write_csv(frame, staging / f"{name}.csv")
            _write_parquet(frame, staging / f"{name}.parquet")
        (staging / "datapackage.json").write_text(
            json.dumps(datapackage_descriptor(tables), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for name, content in (extra_files or {}).items():
            (staging / name).write_text(content, encoding="utf-8")
        os.chmod(staging, 0o755)
        backup = out_dir.parent / f".{out_dir.name}-previous-{os.getpid()}"
        if out_dir.exists():
            os.replace(out_dir, backup)
        os.replace(staging, out_dir)
        if backup.exists():
            shutil.rmtree(backup)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir
