"""Validate the tidy tables against their schemas and write them atomically to the clean folder.

Each table goes out as CSV (UTF-8, LF, stable order, committed to git; free-text cells that a spreadsheet would
run as a formula get a leading ``'``, see ``csv_text``) and Parquet (exact text), with a Frictionless
``datapackage.json`` generated from ``schemas.py``. The new folder is written beside the old one and swapped
in with renames, so a failed or killed build leaves the previous folder untouched.
"""

from __future__ import annotations

import json
import shutil
from collections import deque
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from plantargets.atomic import check_output_folder, make_staging, recover_previous, swap_into_place
from plantargets.csv_text import neutralize_formula_frame
from plantargets.schemas import TABLE_SCHEMAS

FRICTIONLESS_TYPES = {"string": "string", "Int64": "integer", "Float64": "number", "boolean": "boolean"}
PACKAGE_NAME = "plantargets-clean"


def datapackage_descriptor(tables) -> dict:
    """A Frictionless Data Package describing every field of ``tables`` (names), from the pandera schemas."""
    resources = []
    for name, schema in TABLE_SCHEMAS.items():
        if name not in tables:
            continue
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
            "description": (schema.description or "").strip(),
            "schema": {"fields": fields, **({"primaryKey": [fields[0]["name"]]} if fields[0].get("constraints", {}).get("unique") else {})},
        })
    return {"name": PACKAGE_NAME, "title": "plantargets: quantitative targets of Chinese municipal plans",
            "profile": "tabular-data-package", "resources": resources}


def free_text_columns(table: str) -> list[str]:
    """The text columns of a table that can hold text from a document or a manifest; those with a fixed set of
    values (``comparator`` ``=``, ``kind`` …) hold only the codes the schema lists, written as they are."""
    columns = TABLE_SCHEMAS[table].columns
    return [name for name, column in columns.items() if str(column.dtype).startswith("string")
            and not any("allowed_values" in (check.statistics or {}) for check in column.checks)]


ARROW_TYPES = {"string": pa.large_string(), "Int64": pa.int64(), "Float64": pa.float64(), "boolean": pa.bool_()}


def write_csv_lines(table: str, frame: pd.DataFrame, header: bool, path: Path, mode: str = "w") -> Path:
    """Write the CSV lines of validated rows of ``table`` to ``path`` (with the header line if ``header``): text
    cells a spreadsheet would run as formulas are guarded, Parquet keeps the exact text. A worker can run it."""
    neutralize_formula_frame(frame, labels=False, columns=free_text_columns(table)).to_csv(
        path, mode=mode, header=header, index=False, encoding="utf-8", lineterminator="\n", float_format="%.10g")
    return path


def arrow_schema(table: str) -> pa.Schema:
    """The Parquet schema of a table, from its pandera schema (so every chunk is written with the same types)."""
    columns = TABLE_SCHEMAS[table].columns
    return pa.schema([(name, ARROW_TYPES["string" if str(column.dtype).startswith("string") else str(column.dtype)])
                      for name, column in columns.items()])


class CleanFolderWriter:
    """Validate and write tables frame by frame into a staging folder, then swap it into place in one step.

    Frames of a table must come in the table's final order; each is validated with the table's pandera schema
    and appended to its CSV file and, as one row group, to its Parquet file, so a caller that writes in
    batches holds one batch at a time. Uniqueness checks run within a frame; the ids hash the source file
    and the rows of one source file are contiguous, so a repeated id across frames would need a hash
    collision. Use it as a context manager: leaving the block by an exception removes the staging folder and
    keeps the old one.
    """

    def __init__(self, out_dir: str | Path, inputs: list[Path] = ()) -> None:
        self.out_dir = check_output_folder(Path(out_dir), "clean tables", inputs=inputs)
        recover_previous(self.out_dir)
        self.staging = make_staging(self.out_dir)
        self._parquet: dict[str, pq.ParquetWriter] = {}
        self._submit = None
        self._csv_pending: deque = deque()  # (table, future of the file of its next CSV lines), in the order written
        self._csv_parts = 0

    def format_csv_with(self, submit) -> None:
        """Make the CSV lines of the next frames with ``submit(function, *args)`` (a worker pool's, whose futures
        have ``result()``), so a parallel build's writing process only validates and writes; ``None``: here
        again, once every line made elsewhere is written."""
        self._write_pending(wait=True)
        self._submit = submit

    def __enter__(self) -> "CleanFolderWriter":
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is not None:
            self.abort()

    def write(self, table: str, frame: pd.DataFrame) -> None:
        """Append the next rows of ``table`` (an empty frame creates the table's files when it has none yet)."""
        first = table not in self._parquet
        if not len(frame) and not first:
            return
        frame = TABLE_SCHEMAS[table].validate(frame, lazy=True)
        if self._submit is None:
            write_csv_lines(table, frame, first, self.staging / f"{table}.csv", mode="w" if first else "a")
        else:  # lines written to a part file by a worker, appended here in order
            self._csv_parts += 1
            part = self.staging / f".{table}-{self._csv_parts}.csv.part"
            self._csv_pending.append((table, self._submit(write_csv_lines, table, frame, first, part)))
            self._write_pending(wait=False)
        if first:
            self._parquet[table] = pq.ParquetWriter(self.staging / f"{table}.parquet", arrow_schema(table),
                                                    compression="zstd", write_statistics=False)
        writer = self._parquet[table]
        writer.write_table(pa.Table.from_pandas(frame, schema=writer.schema, preserve_index=False))

    def _write_pending(self, wait: bool) -> None:
        """Append the CSV lines written elsewhere to their tables, in order: those ready, or (``wait``) all."""
        while self._csv_pending and (wait or self._csv_pending[0][1].done()):
            table, future = self._csv_pending.popleft()
            part = Path(future.result())
            with part.open("rb") as lines, open(self.staging / f"{table}.csv", "ab") as csv_file:
                shutil.copyfileobj(lines, csv_file)
            part.unlink()

    def commit(self, extra_files: dict[str, str] | None = None) -> Path:
        """Close the tables, write the datapackage and ``extra_files``, and swap the folder into place."""
        self._write_pending(wait=True)
        for writer in self._parquet.values():
            writer.close()
        (self.staging / "datapackage.json").write_text(
            json.dumps(datapackage_descriptor(self._parquet), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for name, content in (extra_files or {}).items():
            (self.staging / name).write_text(content, encoding="utf-8")
        swap_into_place(self.staging, self.out_dir, "build")
        return self.out_dir

    def abort(self) -> None:
        """Drop the staging folder; the previous clean folder stays as it was."""
        for _, future in self._csv_pending:
            future.cancel()
        self._csv_pending.clear()
        for writer in self._parquet.values():
            writer.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def publish_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, extra_files: dict[str, str] | None = None) -> Path:
    """Validate and write whole tables to ``out_dir`` in one atomic swap; return the folder."""
    with CleanFolderWriter(out_dir) as writer:
        for name, frame in tables.items():
            writer.write(name, frame)
        return writer.commit(extra_files)
