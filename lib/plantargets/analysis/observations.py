"""Observed series: one row per place × indicator × measure × year of achieved values, linked to every statement.

A value repeated in several reports (a work report's review and the year's bulletin) is one observation with
several provenances; two different values for one year are kept as a flagged conflict, never averaged. A value
of a district or county stays that place's: a city's series never takes a county's value. Observations are kept
apart from targets, baselines, forecasts and projections by ``series_kind``:

- ``observed``: a value of one year (a level stated at the end of a period, 五年来…达到3500亿元, is its last year's);
- ``observed_period_average``: a yearly average over a period (年均增长5.1%, 2016–2020);
- ``observed_period_total``: a total or cumulative change over a period (累计增长29.3%, 2017–2021).

Only ``observed`` rows are points of a yearly series. A growth-rate indicator is its base indicator's growth:
增长4% stated of 地区生产总值 (``gdp``) and of 地区生产总值增长率 (``gdp_growth_rate``) are one observation,
filed under ``gdp`` with measure ``growth``.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

__all__ = ["OBSERVATION_COLUMNS", "OBSERVATION_KEY", "observations", "statement_measure", "signed_values",
           "series_indicator", "select_place", "with_place"]

OBSERVATION_KEY = ["place_zh", "indicator_id", "measure", "unit_std", "series_kind", "year", "period_start",
                   "period_end"]
OBSERVATION_COLUMNS = [
    "observation_id", "city", "city_zh", "place_zh", "place_level", "parent_place_zh", "indicator_id", "indicator_zh",
    "measure", "series_kind", "year", "period_start", "period_end", "comparator", "value", "value_high", "unit_std",
    "status", "values_stated", "n_statements", "n_documents", "target_ids", "sources", "quotes",
]
SEP = "; "
SIGNIFICANT_DIGITS = 12  # 146.89亿 × 1e8 is 14688999999.999998 in floating point: shown as 14689000000


def with_place(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows whose place the text does not name are their document's city's (``city_zh``, else ``city``): a
    researcher's corpus of places outside the national code list still pairs and series."""
    rows = rows.copy()
    place = rows["place_zh"].astype("string")
    for fallback in ("city_zh", "city"):
        if fallback in rows.columns:
            place = place.fillna(rows[fallback].astype("string"))
    rows["place_zh"] = place
    return rows


def statement_measure(rows: pd.DataFrame) -> pd.Series:
    """``growth`` for a stated change (增长6%, 下降3.5%), ``level`` for anything else (a level, a count, a total)."""
    return pd.Series(np.where(rows["target_type"].astype("string").fillna("") == "growth", "growth", "level"),
                     index=rows.index)


def series_indicator(rows: pd.DataFrame, measure: pd.Series) -> pd.Series:
    """The indicator a statement belongs to in a series: a growth rate's base indicator for a growth."""
    ids = rows["indicator_id"].astype("string")
    base = ids.str.removesuffix("_growth_rate")
    return base.where(measure == "growth", ids)


def signed_values(rows: pd.DataFrame, column: str = "value_std") -> pd.Series:
    """Standardised values with a decrease's sign (下降3.5% is −3.5), rounded to drop floating-point noise."""
    values = pd.to_numeric(rows[column], errors="coerce").astype(float)
    decrease = rows["direction"].astype("string").fillna("") == "decrease"
    values = values.where(~decrease, -values)
    return values.map(lambda v: float(f"{v:.{SIGNIFICANT_DIGITS}g}") if pd.notna(v) else np.nan)


def _series_kind(rows: pd.DataFrame) -> pd.Series:
    per_year = rows["per_year"].astype("boolean").fillna(False)
    start, end = rows["period_start"], rows["period_end"]
    over_period = start.notna() & end.notna() & (start != end) & (rows["target_type"] != "level")
    kind = np.where(per_year, "observed_period_average", np.where(over_period, "observed_period_total", "observed"))
    return pd.Series(kind, index=rows.index)


def _sources(row: dict) -> list[str]:
    """Where a statement is: its own span, then the other captures that state it (``other_sources``)."""
    own = [f"{row['source_file']}:{int(row['char_start'])}-{int(row['char_end'])}"]
    other = row["other_sources"] if isinstance(row["other_sources"], str) else ""
    return own + [s.strip() for s in other.split(";") if s.strip()]


def _agree(statements: list[dict]) -> tuple[str, str | None, float, float]:
    """Status, comparator, value and high value of one observation's statements.

    Point values must be equal; a bound (超3100亿元) that the point satisfies is one more provenance of it. Bounds
    alone agree when they are the same bound."""
    points = [s for s in statements if s["comparator"] in ("=", "~")]
    bounds = [s for s in statements if s["comparator"] not in ("=", "~")]
    if points:
        point_values = {s["obs_value"] for s in points}
        if len(point_values) == 1:
            v = point_values.pop()
            if all(_satisfies(v, b["comparator"], b["obs_value"], b["obs_high"]) for b in bounds):
                comparator = "=" if any(s["comparator"] == "=" for s in points) else "~"
                return "agreed", comparator, v, np.nan
        return "conflict", None, np.nan, np.nan
    forms = {(b["comparator"], b["obs_value"], None if pd.isna(b["obs_high"]) else b["obs_high"]) for b in bounds}
    if len(forms) == 1:
        comparator, value, high = forms.pop()
        return "agreed", comparator, value, np.nan if high is None else high
    return "conflict", None, np.nan, np.nan


def _satisfies(value: float, comparator: str, bound: float, high: float) -> bool:
    """Whether a point value is consistent with a stated bound or range."""
    if comparator in (">", ">="):
        return value >= bound
    if comparator in ("<", "<="):
        return value <= bound
    if comparator == "range":
        return bound <= value <= (high if pd.notna(high) else bound)
    return value == bound


def _observation_id(key: tuple) -> str:
    text = "|".join("" if (not isinstance(k, str) and pd.isna(k)) else str(k) for k in key)
    return "o_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def observations(targets: pd.DataFrame) -> pd.DataFrame:
    """Achieved values (``kind == "actual"``) with an indicator, a place and a year, one row per observation.

    ``status`` is ``agreed`` (every statement gives the same value) or ``conflict`` (``value`` empty,
    ``values_stated`` lists them all); ``target_ids``, ``sources`` and ``quotes`` list every statement."""
    rows = with_place(targets)
    rows = rows[(rows["kind"] == "actual") & rows["indicator_id"].notna() & rows["place_zh"].notna()
                & rows["year"].notna() & rows["value_std"].notna()].copy()
    if rows.empty:
        return pd.DataFrame(columns=OBSERVATION_COLUMNS)
    rows["measure"] = statement_measure(rows)
    rows["indicator_id"] = series_indicator(rows, rows["measure"])
    rows["series_kind"] = _series_kind(rows)
    rows["obs_value"] = signed_values(rows)
    rows["obs_high"] = signed_values(rows, "value_high_std")
    rows["unit_std"] = rows["unit_std"].astype("string").fillna("")
    records = rows.to_dict("records")  # plain rows: per-group pandas indexing cost ~20 ms an observation
    out = []
    for key, positions in rows.groupby(OBSERVATION_KEY, dropna=False, sort=True).indices.items():
        group = [records[i] for i in positions]
        status, comparator, value, high = _agree(group)
        first, named = group[0], dict(zip(OBSERVATION_KEY, key))
        stated = [f"{c}{v:g}" if c not in ("=", "~") else f"{v:g}"
                  for c, v in dict.fromkeys((r["comparator"], r["obs_value"]) for r in group)]
        out.append({
            "observation_id": _observation_id(key), "city": first["city"], "city_zh": first["city_zh"],
            "place_zh": first["place_zh"],
            "place_level": first["place_level"], "parent_place_zh": first["parent_place_zh"],
            "indicator_id": named["indicator_id"], "indicator_zh": first["indicator_zh"], "measure": named["measure"],
            "series_kind": named["series_kind"], "year": named["year"], "period_start": named["period_start"],
            "period_end": named["period_end"], "comparator": comparator, "value": value, "value_high": high,
            "unit_std": named["unit_std"] or pd.NA,
            "status": status, "values_stated": " | ".join(stated), "n_statements": len(group),
            "n_documents": len({r["doc_id"] for r in group}), "target_ids": SEP.join(r["target_id"] for r in group),
            "sources": SEP.join(dict.fromkeys(s for row in group for s in _sources(row))),
            "quotes": " | ".join(dict.fromkeys(r["quote"] for r in group)),
        })
    frame = pd.DataFrame(out, columns=OBSERVATION_COLUMNS)
    for column in ("year", "period_start", "period_end", "n_statements", "n_documents"):
        frame[column] = frame[column].astype("Int64")
    return frame.reset_index(drop=True)


def select_place(frame: pd.DataFrame, place: str, subdivisions: bool = False) -> pd.DataFrame:
    """Rows about one place: a city by its English name (``Zhanjiang``: 湛江市's own values) or any place by its
    Chinese name (湛江市, 湛江, 麻章区); with ``subdivisions`` also its districts and counties. A county's value is
    never a city's: without ``subdivisions`` only the place's own rows are kept."""
    place_zh = frame["place_zh"].astype("string")
    by_city = (frame["city"].astype("string") == place).fillna(False)
    if by_city.any():
        names = set(frame.loc[by_city, "city_zh"].dropna().astype(str))
        chosen = by_city & place_zh.isna()  # a value of the city's documents whose place is not known
    else:
        names = {name for name in place_zh.dropna().unique() if name == place or name[:-1] == place}
        chosen = pd.Series(False, index=frame.index)
    chosen |= place_zh.isin(names).fillna(False)
    if subdivisions:
        chosen |= frame["parent_place_zh"].astype("string").isin(names).fillna(False)
    return frame[chosen]
