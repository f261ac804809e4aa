"""Validate the tidy tables against their schemas and write them atomically to the clean folder.

Each table goes out as CSV (UTF-8, LF, stable order, committed to git; free-text cells that a spreadsheet would
run as a formula get a leading ``'``, see ``csv_text``) and Parquet (exact text), with a Frictionless
``datapackage.json`` generated from ``schemas.py``. The new folder is written beside the old one and swapped
in with renames, so a failed or killed build leaves the previous folder untouched.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import shutil
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from plantargets.atomic import check_output_folder, make_staging, recover_previous, swap_into_place
from plantargets.csv_text import FORMULA_STARTS, GUARD, neutralize_formula_frame, neutralize_formula_text
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


FLOAT_FORMAT = "%.10g"  # how a CSV file writes a float (Parquet keeps it exact)


def write_csv_lines(table: str, frame: pd.DataFrame, header: bool, path: Path, mode: str = "w") -> Path:
    """Write the CSV lines of validated rows of ``table`` to ``path`` (with the header line if ``header``): text
    cells a spreadsheet would run as formulas are guarded, Parquet keeps the exact text. The lines are those
    ``DataFrame.to_csv`` writes, made by ``csv_lines`` from the frame's cells (a tenth of pandas' time)."""
    lines = csv_lines(table, frame.to_numpy(dtype=object, na_value=None).tolist())
    with open(path, mode, encoding="utf-8", newline="") as handle:
        if header:
            handle.write(_csv_text([frame.columns]))
        handle.write(lines)
    return path


# A column's cells csv_lines writes as they are (the csv module writes None as an empty cell, and an int or a
# bool as pandas writes it in an Int64 or boolean column); floats get FLOAT_FORMAT.
_PLAIN_CELL_TYPES = {"string": {str, type(None)}, "Int64": {int, type(None)}, "boolean": {bool, type(None)}}
_FLOAT_CELL_TYPES = {float, int, type(None)}
_TEXT_AND_INTEGER = ({"string", "Int64"}, {str, int, type(None)})  # columns of these types, cells of these
# A free-text cell that may need the guard, found in its column's cells joined with NULs: any number of GUARDs
# and a formula's first character after a NUL (a NUL inside a cell can raise a false alarm, which only costs the
# exact check of every cell). One search over a column is many times faster than a test of each cell.
_JOINED_CELL_MAY_NEED_GUARD = re.compile("\x00" + re.escape(GUARD) + "*[" + re.escape("".join(FORMULA_STARTS)) + "]")


def _may_need_guard(rows: list[tuple], free_text: tuple[int, ...], columns: list | None = None) -> bool:
    """Whether a free-text cell of ``rows`` (their ``columns``, when the caller has them) may begin like a
    formula (conservative: true also for a cell that is not text, or that holds a NUL)."""
    for at in free_text:
        try:
            joined = "\x00".join(filter(None, columns[at] if columns is not None else [row[at] for row in rows]))
        except TypeError:  # a cell of another type: checked one by one
            return True
        if _JOINED_CELL_MAY_NEED_GUARD.search("\x00" + joined):
            return True
    return False


@lru_cache(maxsize=None)
def _csv_columns(table: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    """A table's column names, each column's dtype name (string, Int64, Float64, boolean) and the positions
    of its free-text columns."""
    columns = TABLE_SCHEMAS[table].columns
    free_text = set(free_text_columns(table))
    return (tuple(columns), tuple("string" if str(c.dtype).startswith("string") else str(c.dtype)
                                  for c in columns.values()),
            tuple(at for at, name in enumerate(columns) if name in free_text))


def csv_lines(table: str, rows: list[tuple]) -> str:
    """The CSV lines (no header) of ``rows`` of ``table``, tuples in the schema's column order as the build makes
    them: the same text as ``write_csv_lines`` of their typed frame, made without the frame, so a worker can
    write a file's lines as it makes its rows. Rows holding a cell of a type the frame would convert (not str,
    int, float, bool or None as its column's type wants) are left to pandas, through that frame."""
    if not rows:
        return ""
    _, dtypes, free_text = _csv_columns(table)
    columns = list(zip(*rows)) if len(set(map(len, rows))) == 1 else None  # the cells of each column, once
    if not (set(dtypes) <= _TEXT_AND_INTEGER[0]
            and set(map(type, itertools.chain.from_iterable(rows))) <= _TEXT_AND_INTEGER[1]):
        columns = list(zip(*rows))
        for at, (dtype, column) in enumerate(zip(dtypes, columns)):
            types = set(map(type, column))
            if dtype == "Float64" and types <= _FLOAT_CELL_TYPES:
                columns[at] = ["" if v is None or v != v else FLOAT_FORMAT % v for v in column]
            elif not types <= _PLAIN_CELL_TYPES.get(dtype, set()):
                return _csv_lines_of_frame(table, rows)
        rows = list(zip(*columns))
    if not _may_need_guard(rows, free_text, columns):
        return _csv_text(rows, columns)
    guarded = [list(row) for row in rows]
    for row in guarded:
        for at in free_text:
            row[at] = neutralize_formula_text(row[at])
    return _csv_text(guarded)


def _csv_text(rows, columns: list | None = None) -> str:
    """What ``csv.writer(lineterminator="\\n").writerows(rows)`` writes. Rows of two cells or more whose cells hold
    no quote, line break or NUL (nearly all) are joined column by column (``columns``, the rows' cells by
    column, when the caller has them), quoting the cells that hold a comma as the writer does (a third less
    time: the writer copies each cell character by character and makes one write call per row); other rows go
    to the writer."""
    if columns is None and rows and isinstance(rows, list) and isinstance(rows[0], (tuple, list)) \
            and len(set(map(len, rows))) == 1:
        columns = list(zip(*rows))
    if columns is not None and len(columns) > 1:
        text = _joined_csv_text(columns)
        if text is not None:
            return text
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


_NONE_TYPE = type(None)


def _joined_csv_text(cells_by_column: list) -> str | None:
    """``_csv_text`` of rows of two cells or more, given by column, or None when a cell holds a character the
    writer would quote other than the comma (a quote, a line break) or a NUL."""
    columns = []
    for column in cells_by_column:
        types = set(map(type, column))
        if not types <= {str}:  # as the writer: None an empty cell, another cell as str() gives it
            if _NONE_TYPE not in types:
                column = list(map(str, column))
            elif types <= {str, _NONE_TYPE}:
                column = ["" if cell is None else cell for cell in column]
            else:
                column = ["" if cell is None else cell if cell.__class__ is str else str(cell) for cell in column]
        joined = "\x1f".join(column)
        if '"' in joined or "\n" in joined or "\r" in joined or "\x00" in joined:
            return None
        if "," in joined:
            column = [f'"{cell}"' if "," in cell else cell for cell in column]
        columns.append(column)
    return "\n".join(map(",".join, zip(*columns))) + "\n"


def _csv_lines_of_frame(table: str, rows: list[tuple]) -> str:
    from plantargets.tidy import typed_frame  # noqa: PLC0415 - only for a cell of an unexpected type

    buffer = io.StringIO()
    neutralize_formula_frame(typed_frame(rows, table), labels=False, columns=free_text_columns(table)).to_csv(
        buffer, header=False, index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
    return buffer.getvalue()


@lru_cache(maxsize=None)
def arrow_schema(table: str) -> pa.Schema:
    """The Parquet schema of a table, from its pandera schema (so every chunk is written with the same types)."""
    columns = TABLE_SCHEMAS[table].columns
    return pa.schema([(name, ARROW_TYPES["string" if str(column.dtype).startswith("string") else str(column.dtype)])
                      for name, column in columns.items()])


def validated_parquet_rows(table: str, frame: pd.DataFrame) -> pa.Table:
    """Validate a frame of ``table`` with its schema and give its rows as the Parquet file takes them (a worker can
    run it; ``CleanFolderWriter.write_validated`` writes them)."""
    return _parquet_rows(table, TABLE_SCHEMAS[table].validate(frame, lazy=True))


def _parquet_rows(table: str, validated: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(validated, schema=arrow_schema(table), preserve_index=False)


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
        self._csv_apart: dict = {}  # table -> its CSV file, open, when its lines come through append_csv_lines

    def __enter__(self) -> "CleanFolderWriter":
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is not None:
            self.abort()

    def append_csv_lines(self, table: str, lines: bytes) -> None:
        """Append CSV lines made from the rows (``csv_lines``, in UTF-8, perhaps in a worker) to ``table``'s CSV
        file, which the first call creates with its header; its frames then go to Parquet only. The lines must
        come in the table's order, and be those of the rows written to Parquet."""
        if table not in self._csv_apart:
            self._csv_apart[table] = open(self.staging / f"{table}.csv", "wb")  # noqa: SIM115 - closed at commit
            self._csv_apart[table].write(_csv_text([TABLE_SCHEMAS[table].columns]).encode("utf-8"))
        self._csv_apart[table].write(lines)

    def write(self, table: str, frame: pd.DataFrame) -> None:
        """Append the next rows of ``table`` (an empty frame creates the table's files when it has none yet)."""
        first = table not in self._parquet
        if not len(frame) and not first:
            return
        frame = TABLE_SCHEMAS[table].validate(frame, lazy=True)
        if table not in self._csv_apart:
            write_csv_lines(table, frame, first, self.staging / f"{table}.csv", mode="w" if first else "a")
        self.write_validated(table, _parquet_rows(table, frame))

    def write_validated(self, table: str, rows: pa.Table) -> None:
        """Append the next rows of ``table``, validated elsewhere (``validated_parquet_rows``), to its Parquet
        file as one row group; their CSV lines come through ``append_csv_lines``."""
        if table not in self._parquet:
            self._parquet[table] = pq.ParquetWriter(self.staging / f"{table}.parquet", arrow_schema(table),
                                                    compression="zstd", write_statistics=False)
        elif not rows.num_rows:
            return
        self._parquet[table].write_table(rows)

    def _close_csv_files(self) -> None:
        for handle in self._csv_apart.values():
            handle.close()

    def commit(self, extra_files: dict[str, str] | None = None) -> Path:
        """Close the tables, write the datapackage and ``extra_files``, and swap the folder into place."""
        self._close_csv_files()
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
        self._close_csv_files()
        for writer in self._parquet.values():
            writer.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def publish_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, extra_files: dict[str, str] | None = None) -> Path:
    """Validate and write whole tables to ``out_dir`` in one atomic swap; return the folder."""
    with CleanFolderWriter(out_dir) as writer:
        for name, frame in tables.items():
            writer.write(name, frame)
        return writer.commit(extra_files)
