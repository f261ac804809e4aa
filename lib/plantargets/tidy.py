"""Assemble the tidy tables (targets, documents, indicators, flags) in stable order with proper dtypes."""

from __future__ import annotations

import operator
from hashlib import sha1

import pandas as pd
import pyarrow as pa

from plantargets.extract.statements import StatedValue
from plantargets.flags import Flag
from plantargets.harmonize import IndicatorCodebook
from plantargets.text.segment import Document
from plantargets.schemas import TABLE_SCHEMAS


# Stable ids: a prefix and the first 12 hex digits of the SHA-1 of the parts, each as str() gives it, joined
# by \x1f. Written out per kind of row (not with a join over *parts): the build makes one for every number token,
# value and flag.
def _number_id(source_file: str, char_start: int, char_end: int, shares: int = 0) -> str:
    """A token's id; the further statements of one number ("A、B均达到100%") add their order."""
    parts = f"{source_file!s}\x1f{char_start!s}\x1f{char_end!s}" + (f"\x1f{shares}" if shares else "")
    return "n_" + sha1(parts.encode("utf-8")).hexdigest()[:12]


def _flag_id(flag: Flag) -> str:
    return "f_" + sha1(f"{flag.source_file!s}\x1f{flag.char_start!s}\x1f{flag.char_end!s}\x1f{flag.flag_type!s}"
                       f"\x1f{flag.message!s}".encode("utf-8")).hexdigest()[:12]


def typed_frame(rows: list[dict] | list[tuple], table: str) -> pd.DataFrame:
    """A frame with the schema's columns in order and its pandas dtypes (rows as dicts, or tuples in order)."""
    schema = TABLE_SCHEMAS[table]
    if rows and isinstance(rows[0], tuple):
        try:
            return _frame_of_columns(list(zip(*rows)), schema.columns)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
            pass  # a cell pandas would convert (a number in a text column): through pandas' own conversion
        frame = pd.DataFrame.from_records(rows, columns=list(schema.columns))
    else:
        frame = pd.DataFrame(rows, columns=list(schema.columns))
    for name, column in schema.columns.items():
        frame[name] = frame[name].astype(str(column.dtype) if str(column.dtype) != "string[pyarrow]" else "string")
    return frame


def _frame_of_columns(columns: list[tuple], schema_columns: dict) -> pd.DataFrame:
    """The frame ``typed_frame`` makes, from the cells of each column: text straight into Arrow strings, the rest
    with ``pd.array`` (a third less time than building an object frame and converting it)."""
    data = {}
    for (name, column), cells in zip(schema_columns.items(), columns, strict=True):
        dtype = str(column.dtype)
        data[name] = (pd.arrays.ArrowStringArray(pa.array(cells, type=pa.large_string()))
                      if dtype == "string[pyarrow]" else pd.array(cells, dtype=dtype))
    return pd.DataFrame(data, copy=False)


def city_names(city_zh: str, cities: dict[str, dict[str, str]], manifest: dict | None) -> dict[str, str]:
    """English city and province names from the manifest, else the city crosswalk."""
    row = cities.get(city_zh, {})
    if manifest and manifest.get("city_zh") == city_zh:  # a field the manifest leaves empty: the crosswalk's
        return {"city": manifest.get("city_en") or row.get("city_en", city_zh),
                "province": manifest.get("province_en") or row.get("province_en", ""),
                "admin_level": manifest.get("admin_level") or row.get("admin_level", "")}
    return {"city": row.get("city_en", city_zh), "province": row.get("province_en", ""),
            "admin_level": row.get("admin_level", "")}


def value_id(v: StatedValue) -> str:
    """The stable target_id of a stated value. Asked for four times per value (its paragraph's record, its ledger
    row, the capture merges, its target row), after extraction has fixed the fields it hashes: it is hashed once
    and kept on the value (``_target_id``, outside the dataclass's fields, so it goes into the spill with it)."""
    known = v.__dict__.get("_target_id")
    if known is None:
        known = v.__dict__["_target_id"] = "v_" + sha1(
            f"{v.doc.source_file!s}\x1f{v.char_start!s}\x1f{v.char_end!s}\x1f{v.value_char_start!s}"
            f"\x1f{v.kind!s}".encode("utf-8")).hexdigest()[:12]
    return known


def target_rows(values: list[StatedValue], codebook: IndicatorCodebook,
                places: dict[str, dict[str, str]]) -> list[dict]:
    """Rows of the targets table, in its order (source file, then position in the file)."""
    rows = []
    for v in values:
        indicator = codebook.match(v.indicator_zh, v.target_type)
        doc = v.doc
        rows.append({
            "target_id": value_id(v),
            "city": places[doc.doc_id]["city"], "city_zh": doc.city_zh, "province": places[doc.doc_id]["province"],
            "doc_id": doc.doc_id, "doc_title": doc.title, "doc_type": doc.doc_type, "source_file": doc.source_file,
            "indicator_id": indicator.indicator_id if indicator else None, "indicator_zh": v.indicator_zh,
            "indicator_en": indicator.name_en if indicator else None, "domain": indicator.domain if indicator else None,
            "place_zh": v.place.name if v.place else None, "place_level": v.place.level if v.place else None,
            "parent_place_zh": (v.place.parent or None) if v.place else None,
            "kind": v.kind, "target_type": v.target_type, "year": v.year, "year_inferred": v.year_inferred,
            "year_basis": v.year_basis or None, "kind_basis": v.kind_basis or None,
            "direction": v.direction or None,
            "period_start": v.period_start, "period_end": v.period_end, "per_year": v.per_year,
            "comparator": v.comparator, "value": v.value, "value_high": v.value_high, "unit": v.unit or None,
            "value_std": v.value_std, "value_high_std": v.value_std_high, "unit_std": v.unit_std or None,
            "binding": v.binding or None, "commitment": v.commitment,
            "section_path": " > ".join(v.section_path) or None,
            "quote": v.quote,
            "char_start": v.char_start, "char_end": v.char_end,
            "value_char_start": v.value_char_start, "value_char_end": v.value_char_end, "origin": v.origin,
            "other_sources": "; ".join(v.other_sources) or None,
            "flags": ";".join(sorted(v.flag_types)) or None,
        })
    rows.sort(key=lambda r: (r["source_file"], r["char_start"], r["value_char_start"], r["kind"]))
    link_restatements(rows)
    return rows


MAX_FIRST_STATEMENTS = 50


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def link_restatements(rows: list[dict]) -> None:
    """A value stated again in the same document (a headline, a summary, a table and a sentence) gets the
    ``restates_id`` of its first statement, so a count never doubles: same document, kind, year and standard
    value, and the same indicator (one codebook id, or phrases sharing at least 60 % of their bigrams)."""
    first: dict[tuple, list[dict]] = {}
    for row in rows:
        row["restates_id"] = None
        key = (row["doc_id"], row["kind"], row["year"], row["value_std"], row["unit_std"])
        for earlier in first.get(key, []):
            same_id = row["indicator_id"] is not None and row["indicator_id"] == earlier["indicator_id"]
            a, b = _bigrams(row["indicator_zh"] or ""), _bigrams(earlier["indicator_zh"] or "")
            if same_id or len(a & b) / min(len(a), len(b)) >= 0.6:
                row["restates_id"] = earlier["target_id"]
                break
        else:
            firsts = first.setdefault(key, [])
            if len(firsts) < MAX_FIRST_STATEMENTS:  # bounded, so a page of 100,000 equal numbers stays linear
                firsts.append(row)


def document_rows(documents: list[Document], duplicates: dict[str, str], counts: dict[str, int],
                  places: dict[str, dict[str, str]], raw_sha256: str) -> list[dict]:
    """Rows of the documents table for the documents of one raw file, in their order in the file."""
    rows = []
    for doc in documents:
        start, end = doc.raw_start, doc.raw_end
        rows.append({
            "doc_id": doc.doc_id, "source_file": doc.source_file, "ordinal": doc.ordinal,
            "city": places[doc.doc_id]["city"] or None, "city_zh": doc.city_zh or None,
            "province": places[doc.doc_id]["province"] or None, "admin_level": places[doc.doc_id]["admin_level"] or None,
            "place_zh": doc.place_zh or doc.city_zh or None, "doc_type": doc.doc_type, "title": doc.title or None, "issuer": doc.issuer or None,
            "doc_number": doc.doc_number or None, "issued_date": doc.issued_date or None,
            "period_start": doc.period_start, "period_end": doc.period_end, "char_start": start, "char_end": end,
            "duplicate_of": duplicates.get(doc.doc_id), "n_values": counts.get(doc.doc_id, 0),
            "raw_sha256": raw_sha256,
        })
    return sorted(rows, key=lambda r: r["ordinal"])


def build_indicators(codebook: IndicatorCodebook, counts: dict[str, int],
                     cities_of: dict[str, set[str]]) -> pd.DataFrame:
    """The codebook with, for each indicator, how many values and which cities the targets table has."""
    rows = []
    for indicator in sorted(codebook.indicators.values(), key=lambda i: i.indicator_id):
        cities = sorted(cities_of.get(indicator.indicator_id, ()))
        rows.append({
            "indicator_id": indicator.indicator_id, "name_en": indicator.name_en, "name_zh": indicator.name_zh,
            "aliases_zh": "|".join(indicator.aliases[1:]), "unit": indicator.unit or None, "domain": indicator.domain,
            "direction": indicator.direction, "lower_bound": indicator.lower_bound, "upper_bound": indicator.upper_bound,
            "description_en": indicator.description_en or None, "n_values": counts.get(indicator.indicator_id, 0),
            "n_cities": len(cities), "cities": ";".join(cities) or None,
        })
    return typed_frame(rows, "indicators")


def flag_rows(flags: list[Flag]) -> list[tuple]:
    """Rows of the flags table, in its order, each flag once."""
    rows = []
    seen = set()
    for flag in sorted(flags, key=lambda f: (f.source_file, f.char_start if f.char_start is not None else -1,
                                             f.flag_type, f.message)):
        flag_id = _flag_id(flag)
        if flag_id in seen:
            continue
        seen.add(flag_id)
        rows.append((flag_id, flag.source_file, flag.doc_id or None, flag.flag_type, flag.severity, flag.char_start,
                     flag.char_end, flag.text or None, flag.message))  # tuples: large corpora raise many flags
    return rows


def build_national(rows: list[dict]) -> pd.DataFrame:
    frame = typed_frame(rows, "national")
    return frame.sort_values(["indicator_id", "kind", "year", "line"], kind="stable").reset_index(drop=True)


_BY_FILE_AND_SPAN = operator.itemgetter(1, 3, 4)  # source_file, char_start, char_end of a numbers row


def number_rows(tokens) -> list[tuple]:
    """Rows of the ledger of number tokens, in its order; a value merged into another capture's copy points at
    the kept row."""
    rows = []
    for t in tokens:
        value, outcome, target_id = t.value, t.outcome, None
        if value is not None:
            target_id = value.merged_into or value_id(value)
            if value.merged_into is not None:
                outcome = "duplicate"
        rows.append((_number_id(t.source_file, t.char_start, t.char_end, t.shares), t.source_file, t.doc_id, t.char_start,
                     t.char_end, t.text, outcome, t.reason or None, target_id))
    return sorted(rows, key=_BY_FILE_AND_SPAN)


def merged_number_rows(rows: list[tuple], kept_elsewhere: dict[str, str]) -> list[tuple]:
    """Rows of ``number_rows`` made before the captures were merged, with each value that another capture's
    copy keeps (``kept_elsewhere``: its target_id -> the kept one) pointing at the kept row, as a duplicate."""
    if not kept_elsewhere:
        return rows
    return [row if row[8] not in kept_elsewhere else (*row[:6], "duplicate", row[7], kept_elsewhere[row[8]])
            for row in rows]
