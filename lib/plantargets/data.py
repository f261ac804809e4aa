"""Read the clean tables back: ``load()`` for pandas, ``connect()`` for SQL, ``show_source()`` for one value."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from plantargets.csv_text import restore_formula_frame
from plantargets.paths import CLEAN_DIR
from plantargets.schemas import TABLE_SCHEMAS


def load(table: str = "targets", clean_dir: str | Path = CLEAN_DIR, validate: bool = True) -> pd.DataFrame:
    """A clean table (default: the tidy targets) as a DataFrame with the schema's dtypes.

    Reads the Parquet file (the CSV when Parquet is absent, with the CSV's formula guards removed) and validates
    it against its pandera schema.
    """
    if table not in TABLE_SCHEMAS:
        raise ValueError(f"unknown table {table!r}; choose one of {sorted(TABLE_SCHEMAS)}")
    clean_dir = Path(clean_dir)
    parquet, csv = clean_dir / f"{table}.parquet", clean_dir / f"{table}.csv"
    if parquet.is_file():
        frame = pd.read_parquet(parquet)
    elif csv.is_file():
        frame = restore_formula_frame(pd.read_csv(csv, dtype=str, keep_default_na=False, na_values=[""]), labels=False)
    else:
        raise FileNotFoundError(f"{table} not found in {clean_dir}: run `python -m plantargets build` first")
    schema = TABLE_SCHEMAS[table]
    for name, column in schema.columns.items():
        dtype = "string" if str(column.dtype).startswith("string") else str(column.dtype)
        if dtype == "boolean" and frame[name].dtype == object:
            frame[name] = frame[name].map({"True": True, "False": False, None: None})
        frame[name] = frame[name].astype(dtype)
    return TABLE_SCHEMAS[table].validate(frame) if validate else frame


def connect(clean_dir: str | Path = CLEAN_DIR):
    """An in-memory DuckDB connection with one view per clean table, for researchers who prefer SQL."""
    import duckdb

    clean_dir = Path(clean_dir)
    connection = duckdb.connect(":memory:")
    for name in TABLE_SCHEMAS:
        path = clean_dir / f"{name}.parquet"
        if path.is_file():
            literal = str(path).replace("'", "''")
            connection.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{literal}')")
    return connection


@dataclass(frozen=True)
class SourceView:
    """The line a value came from, with the value's characters marked; renders as HTML in JupyterLab.

    A value read from a table also names the table (its caption), its row label and its column header,
    since a table cell alone ("96%") does not say what it is."""

    target_id: str
    source_file: str
    before: str
    quote_before: str
    number: str
    quote_after: str
    after: str
    line_start: int
    table_caption: str = ""
    row_label: str = ""
    column_header: str = ""

    def _table_parts(self) -> list[tuple[str, str]]:
        return [(name, text) for name, text in (("table", self.table_caption), ("row", self.row_label),
                                                ("column", self.column_header)) if text]

    def __str__(self) -> str:
        table = " · ".join(f"{name}: {text}" for name, text in self._table_parts())
        return (f"{self.source_file}: " + (f"[{table}] " if table else "")
                + f"{self.before}[{self.quote_before}【{self.number}】{self.quote_after}]{self.after}")

    def _repr_html_(self) -> str:
        e = html.escape
        table = "".join(f"<div><small>{e(name)}</small> {e(text)}</div>" for name, text in self._table_parts())
        return (f"<div class='plantargets-source'><div><code>{e(self.source_file)}</code> · {e(self.target_id)}</div>"
                f"{table}<p>{e(self.before)}<u>{e(self.quote_before)}<mark>{e(self.number)}</mark>"
                f"{e(self.quote_after)}</u>{e(self.after)}</p></div>")


def _table_context(raw, value_start: int, value_end: int) -> tuple[str, str, str]:
    """(caption, row label, column header) of the table cell holding the raw span, found by rebuilding the
    file's tables as the build did; empty strings when no rebuilt table holds it."""
    from plantargets.text.normalize import normalize_text
    from plantargets.text.segment import segment_documents
    from plantargets.text.tables import find_tables

    norm, _ = normalize_text(raw.text, raw.source_file, raw.is_html)
    for doc in segment_documents(norm, raw.source_file, Path(raw.source_file).stem):
        for table in find_tables(doc.lines):
            for row in table.rows:
                for cell in row.cells:
                    if cell.line.end <= cell.line.start:
                        continue
                    start, end = norm.to_raw(cell.line.start, cell.line.end)
                    if start <= value_start and value_end <= end:
                        return table.caption, row.label.text, cell.column.header.text
    return "", "", ""


def show_source(target_id: str, clean_dir: str | Path = CLEAN_DIR, raw_dir: str | Path | None = None,
                context: int = 120) -> SourceView:
    """The sentence or table row a value came from, read from the raw file, with its number highlighted; for a
    table value also the table's caption, the row label and the column header."""
    from plantargets.paths import RAW_DIR
    from plantargets.text.read import read_raw_file

    targets = load("targets", clean_dir, validate=False)
    rows = targets[targets["target_id"] == target_id]
    if rows.empty:
        raise KeyError(f"no value with target_id {target_id!r} in {clean_dir}")
    row = rows.iloc[0]
    raw = read_raw_file(Path(raw_dir or RAW_DIR) / row["source_file"])
    text = raw.text
    start, end = int(row["char_start"]), int(row["char_end"])
    number_start, number_end = int(row["value_char_start"]), int(row["value_char_end"])
    line_start = max(text.rfind("\n", 0, start) + 1, start - context)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end == -1 else line_end, end + context)
    table = _table_context(raw, number_start, number_end) if row["origin"] == "table" else ("", "", "")
    return SourceView(target_id, row["source_file"], text[line_start:start], text[start:number_start],
                      text[number_start:number_end], text[number_end:end], text[end:line_end], line_start, *table)
