"""Cross-city comparison of stated targets: baseline, target, ambition and pace, one row per target.

Every number keeps the ``target_id`` of the rows it came from, so it can be traced back to its quote.
Conflicting targets (two different values for one city, indicator and year) are kept side by side,
never averaged.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from plantargets.analysis.assess import is_exact

__all__ = ["compare_targets", "coverage_matrix", "shared_indicators", "select_observed", "own_place_rows",
           "distinct_facts", "national_observed"]

FORECAST_COMMITMENTS = ("预测",)
NATIONAL = "China (national)"

ID_SEP = ";"

COMPARISON_COLUMNS = [
    "city", "city_zh", "indicator_id", "indicator_en", "domain", "unit_std", "direction",
    "baseline_kind", "baseline_year", "baseline_comparator", "baseline_value", "baseline_conflict", "baseline_target_ids",
    "target_year", "comparator", "target_value", "target_value_high", "binding", "commitment",
    "n_statements", "conflict", "target_ids", "doc_ids",
    "ambition", "required_pace_per_year", "bound", "gap_closed_share",
    "forecast", "n_facts", "ambition_note",
]


def _as_list(x) -> list | None:
    """None stays None; a single string becomes a one-element list."""
    if x is None:
        return None
    if isinstance(x, str):
        return [x]
    return list(x)


def _floats(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce").astype(float)


def _join_distinct(values: Iterable, sep: str = ID_SEP) -> object:
    """Distinct non-missing values in order of appearance, joined; NA when there are none."""
    seen: list[str] = []
    for v in values:
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            continue
        s = str(v)
        if s not in seen:
            seen.append(s)
    return sep.join(seen) if seen else pd.NA


def _same_unit(a, b) -> bool:
    """Units agree when equal, or both missing."""
    a_na, b_na = pd.isna(a), pd.isna(b)
    if a_na or b_na:
        return bool(a_na and b_na)
    return str(a) == str(b)


def own_place_rows(targets: pd.DataFrame) -> pd.DataFrame:
    """The rows about each row's city itself: a county's or district's values (麻章区 in a Zhanjiang document) are
    not the city's, so a city's comparison or series never takes them. A row whose place is unknown stays."""
    if "place_zh" not in targets.columns or "city_zh" not in targets.columns:
        return targets
    place = targets["place_zh"].astype("string")
    return targets[(place.isna() | (place == targets["city_zh"].astype("string"))).fillna(False)]


def _level_rows(targets: pd.DataFrame, indicators=None, cities=None) -> pd.DataFrame:
    """Level values of a city itself with an indicator id and a number, optionally for some indicators and
    cities."""
    targets = own_place_rows(targets)
    t = targets[targets["indicator_id"].notna() & (targets["target_type"] == "level") & targets["value_std"].notna()]
    indicators, cities = _as_list(indicators), _as_list(cities)
    if indicators is not None:
        t = t[t["indicator_id"].isin(indicators)]
    if cities is not None:
        in_city = t["city"].isin(cities)
        if "city_zh" in t.columns:
            in_city |= t["city_zh"].isin(cities)
        t = t[in_city]
    t = t.copy()
    t["_value"] = _floats(t["value_std"])
    t["_high"] = _floats(t["value_high_std"]) if "value_high_std" in t.columns else np.nan
    t["_order"] = np.arange(len(t))
    return t


def _merge_statements(rows: pd.DataFrame) -> dict:
    """One target from several statements of the same value: ids joined, qualifiers listed."""
    first = rows.iloc[0]
    high = rows["_high"].dropna()
    return {
        "city": first["city"],
        "city_zh": first.get("city_zh", pd.NA),
        "indicator_id": first["indicator_id"],
        "indicator_en": first.get("indicator_en", pd.NA),
        "domain": first.get("domain", pd.NA),
        "unit_std": first.get("unit_std", pd.NA),
        "target_year": int(first["year"]),
        "comparator": _join_distinct(rows["comparator"]),
        "target_value": float(first["_value"]),
        "target_value_high": float(high.iloc[0]) if len(high) else np.nan,
        "binding": _join_distinct(rows["binding"]) if "binding" in rows else pd.NA,
        "commitment": _join_distinct(rows["commitment"]) if "commitment" in rows else pd.NA,
        "n_statements": len(rows),
        "n_facts": _count_facts(rows),
        "forecast": _is_forecast(rows),
        "target_ids": _join_distinct(rows["target_id"]),
        "doc_ids": _join_distinct(rows["doc_id"]) if "doc_id" in rows else pd.NA,
        "_docs": set(rows["doc_id"].dropna()) if "doc_id" in rows else set(),
    }


def _is_forecast(rows: pd.DataFrame) -> bool:
    """A forecast (预测) when every statement of the value is one; a forecast is not a target."""
    if "commitment" not in rows:
        return False
    return bool(rows["commitment"].isin(FORECAST_COMMITMENTS).all())


def _count_facts(rows: pd.DataFrame) -> int:
    """Statements that restate another one of ``rows`` (``restates_id``) count once with it."""
    if "restates_id" not in rows:
        return len(rows)
    ids = set(rows["target_id"])
    return int((~rows["restates_id"].isin(ids)).sum())


def distinct_facts(targets: pd.DataFrame) -> pd.DataFrame:
    """One row per fact: a statement restating another row of ``targets`` (same document, ``restates_id``) is
    left out when it agrees with it, and kept with ``restates_conflict=True`` when its value differs.

    ``fact_id`` names the first statement of each fact, so a table and a sentence saying the same thing
    are counted once in coverage and profile tables.
    """
    out = targets.copy()
    if "restates_id" not in out.columns:
        out["fact_id"] = out["target_id"]
        out["restates_conflict"] = False
        return out
    value_of = dict(zip(out["target_id"], pd.to_numeric(out.get("value_std"), errors="coerce")))
    restates = out["restates_id"].where(out["restates_id"].isin(value_of.keys()))
    out["fact_id"] = restates.fillna(out["target_id"])
    own = pd.to_numeric(out.get("value_std"), errors="coerce")
    original = restates.map(value_of)
    out["restates_conflict"] = (restates.notna() & (own != original)).astype(bool)
    return out[restates.isna() | out["restates_conflict"]]


def _pick_baseline(candidates: pd.DataFrame, target_year: int, unit, docs: set) -> dict:
    """The latest baseline before the target year (else the latest actual before it), in the target's unit.

    Ties in year prefer a statement from the target's own document, then table order; when the tied
    statements disagree in value the first is kept and ``baseline_conflict`` is set.
    """
    empty = {"baseline_kind": pd.NA, "baseline_year": pd.NA, "baseline_comparator": pd.NA,
             "baseline_value": np.nan, "baseline_conflict": False, "baseline_target_ids": pd.NA}
    c = candidates[candidates["year"].notna()]
    same_unit = np.array([_same_unit(u, unit) for u in c["unit_std"]], dtype=bool)
    c = c[(c["year"].astype(int) < target_year).to_numpy(dtype=bool) & same_unit]
    for kind in ("baseline", "actual"):
        k = c[c["kind"] == kind]
        if k.empty:
            continue
        latest = k[k["year"] == k["year"].max()].copy()
        latest["_own_doc"] = latest["doc_id"].isin(docs) if "doc_id" in latest else False
        latest = latest.sort_values(["_own_doc", "_order"], ascending=[False, True])
        value = float(latest["_value"].iloc[0])
        same = latest[latest["_value"] == value]
        return {
            "baseline_kind": kind,
            "baseline_year": int(latest["year"].iloc[0]),
            "baseline_comparator": _join_distinct(same["comparator"]),
            "baseline_value": value,
            "baseline_conflict": bool(latest["_value"].nunique() > 1),
            "baseline_target_ids": _join_distinct(same["target_id"]),
        }
    return empty


def _gap_closed_share(baseline: float, target: float, direction, lower, upper) -> tuple[float, float]:
    """Share of the distance from baseline to the natural bound that the target covers, with the bound used.

    higher_is_better uses the upper bound, lower_is_better the lower bound; NaN when there is no such
    bound, the direction is neutral/unknown, or the baseline already sits at (or past) the bound.
    """
    if pd.isna(baseline) or pd.isna(target) or pd.isna(direction):
        return np.nan, np.nan
    if direction == "higher_is_better" and pd.notna(upper):
        bound = float(upper)
        room = bound - baseline
    elif direction == "lower_is_better" and pd.notna(lower):
        bound = float(lower)
        room = baseline - bound
    else:
        return np.nan, np.nan
    if room <= 0:
        return np.nan, bound
    return (target - baseline) / (bound - baseline), bound


def compare_targets(targets: pd.DataFrame, indicators=None, cities=None, target_year: int | None = None,
                    codebook: pd.DataFrame | None = None) -> pd.DataFrame:
    """Baseline, target, ambition and required yearly pace per city × indicator, for cross-city comparison.

    Uses level values only (rates, shares, stocks; not growth rates or cumulative additions). The target is
    the one at ``target_year`` (default: each city-indicator's latest target year); the baseline is the
    latest ``baseline`` before that year in the same unit, else the latest ``actual`` before it.
    Statements of the same value are merged (``target_ids`` lists them all; differing comparators or
    commitments are joined with ';'); different values for one city, indicator and year give one row each
    with ``conflict=True``. Pass ``codebook`` (``plantargets.load("indicators")``) for ``direction`` and
    the bound-based ``gap_closed_share``. For a ``range`` target ``target_value`` is its lower end and
    ``target_value_high`` its upper end. Targets without a year are left out (no pace can be computed).
    A forecast (every statement 预测) stays a row with ``forecast=True`` and no ambition or pace; a baseline
    stated as a bound (> 95) gives no ambition or pace either; ``ambition_note`` says why. ``n_facts``
    counts the merged statements as facts (a restatement in the same document counts once).
    """
    t = _level_rows(targets, indicators, cities)
    goals = t[(t["kind"] == "target") & t["year"].notna()]
    if target_year is not None:
        goals = goals[goals["year"] == int(target_year)]
    else:
        latest = goals.groupby(["city", "indicator_id"])["year"].transform("max")
        goals = goals[goals["year"] == latest]

    meta = {}
    if codebook is not None:
        cb = codebook.drop_duplicates("indicator_id").set_index("indicator_id")
        for col in ("direction", "lower_bound", "upper_bound"):
            meta[col] = cb[col] if col in cb.columns else pd.Series(dtype=object)

    history = t[t["kind"].isin(["baseline", "actual"])]
    out = []
    high_key = goals["_high"].fillna(-np.inf)
    unit_key = goals["unit_std"].astype(object).where(goals["unit_std"].notna(), "")
    keyed = goals.assign(_high_key=high_key, _unit_key=unit_key)
    for _, rows in keyed.groupby(["city", "indicator_id", "year", "_unit_key", "_value", "_high_key"], sort=False, dropna=False):
        rec = _merge_statements(rows.sort_values("_order"))
        cand = history[(history["city"] == rec["city"]) & (history["indicator_id"] == rec["indicator_id"])]
        rec.update(_pick_baseline(cand, rec["target_year"], rec["unit_std"], rec.pop("_docs")))
        ind = rec["indicator_id"]
        direction = meta["direction"].get(ind, pd.NA) if meta else pd.NA
        lower = meta["lower_bound"].get(ind, np.nan) if meta else np.nan
        upper = meta["upper_bound"].get(ind, np.nan) if meta else np.nan
        rec["direction"] = direction
        base, goal = rec["baseline_value"], rec["target_value"]
        rec["ambition_note"] = pd.NA
        if rec["forecast"]:
            rec["ambition_note"] = "a forecast (预测), not a target: no ambition or required pace"
            base = np.nan
        elif pd.notna(base) and not is_exact(rec["baseline_comparator"]):
            rec["ambition_note"] = (f"baseline stated as a bound ({rec['baseline_comparator']}{base:g}): "
                                    "ambition and pace not computed from it")
            base = np.nan
        rec["ambition"] = goal - base if pd.notna(base) else np.nan
        span = rec["target_year"] - rec["baseline_year"] if pd.notna(rec["baseline_year"]) else np.nan
        rec["required_pace_per_year"] = rec["ambition"] / span if pd.notna(span) and span > 0 else np.nan
        rec["gap_closed_share"], rec["bound"] = _gap_closed_share(base, goal, direction, lower, upper)
        out.append(rec)

    result = pd.DataFrame(out, columns=[c for c in COMPARISON_COLUMNS if c != "conflict"])
    n_values = result.groupby(["city", "indicator_id", "target_year"])["target_value"].transform("size")
    result.insert(COMPARISON_COLUMNS.index("conflict"), "conflict", (n_values > 1).astype(bool))
    for col in ("baseline_year", "target_year", "n_statements"):
        result[col] = result[col].astype("Int64")
    for col in ("baseline_value", "target_value", "target_value_high", "ambition", "required_pace_per_year",
                "bound", "gap_closed_share"):
        result[col] = result[col].astype(float)
    result["baseline_conflict"] = result["baseline_conflict"].astype(bool)
    result["forecast"] = result["forecast"].astype(bool)
    result["n_facts"] = result["n_facts"].astype("Int64")
    return result.sort_values(["city", "indicator_id", "target_year", "target_value"], kind="stable").reset_index(drop=True)


def coverage_matrix(targets: pd.DataFrame, kind: str | Iterable[str] | None = "target") -> pd.DataFrame:
    """City × indicator_id counts of stated values of ``kind`` (None: all kinds); 0 where a city states none.

    Shows which city sets which indicator. Every city in ``targets`` gets a row, every indicator with at
    least one such value a column; rows without an indicator id are left out. A fact stated twice in one
    document (``restates_id``) counts once (see ``distinct_facts``).
    """
    cities = sorted(targets["city"].dropna().unique())
    targets = own_place_rows(targets)
    t = distinct_facts(targets)
    t = t[t["indicator_id"].notna()]
    kinds = _as_list(kind)
    if kinds is not None:
        t = t[t["kind"].isin(kinds)]
    counts = pd.crosstab(t["city"].astype(object), t["indicator_id"].astype(object))
    counts = counts.reindex(index=cities, fill_value=0).reindex(columns=sorted(counts.columns), fill_value=0)
    counts.index.name, counts.columns.name = "city", "indicator_id"
    return counts.astype(int)


def shared_indicators(targets: pd.DataFrame, min_cities: int = 2, kind: str | Iterable[str] | None = "target") -> list[str]:
    """Indicator ids with at least one value of ``kind`` in at least ``min_cities`` cities, sorted.

    These are the indicators on which cities can be compared at all.
    """
    matrix = coverage_matrix(targets, kind=kind)
    n_cities = (matrix > 0).sum(axis=0)
    return sorted(str(i) for i in n_cities[n_cities >= min_cities].index)


def select_observed(targets: pd.DataFrame, kinds: Iterable[str] = ("actual",)) -> pd.DataFrame:
    """The observed long frame (city, indicator_id, year, value) that ``assess_targets`` takes, from targets.

    Level values of the given kinds with an indicator id and a year; ``comparator``, ``unit_std`` and
    ``target_id`` are kept so lower-bound statements (≥ 99.76) and their sources stay visible. A county's
    values are not its city's (``own_place_rows``).
    """
    targets = own_place_rows(targets)
    t = targets[targets["indicator_id"].notna() & (targets["target_type"] == "level")
                & targets["kind"].isin(list(kinds)) & targets["year"].notna() & targets["value_std"].notna()]
    out = pd.DataFrame({
        "city": t["city"].astype(object),
        "indicator_id": t["indicator_id"].astype(object),
        "year": t["year"].astype(int),
        "value": _floats(t["value_std"]),
        "kind": t["kind"].astype(object),
        "comparator": t["comparator"].astype(object),
        "unit_std": t["unit_std"].astype(object),
        "target_id": t["target_id"].astype(object),
    })
    return out.sort_values(["city", "indicator_id", "year"], kind="stable").reset_index(drop=True)


def national_observed(national: pd.DataFrame, indicators=None, kinds: Iterable[str] = ("actual",)) -> pd.DataFrame:
    """The national series in the observed long frame's shape (city ``China (national)``), one row per source.

    Where sources disagree on a year's value both rows stay, marked ``sources_disagree``; they are never
    averaged (project_indicators leaves such years out of a fit and says so).
    """
    n = national[national["kind"].isin(list(kinds)) & national["year"].notna() & national["value"].notna()]
    indicators = _as_list(indicators)
    if indicators is not None:
        n = n[n["indicator_id"].isin(indicators)]
    out = pd.DataFrame({
        "city": NATIONAL,
        "indicator_id": n["indicator_id"].astype(object),
        "year": n["year"].astype(int),
        "value": _floats(n["value"]),
        "kind": n["kind"].astype(object),
        "comparator": n["comparator"].astype(object) if "comparator" in n.columns else "=",
        "unit_std": n["unit_std"].astype(object) if "unit_std" in n.columns else pd.NA,
        "target_id": n["reference_id"].astype(object) if "reference_id" in n.columns else pd.NA,
    })
    distinct = out.groupby(["indicator_id", "year"])["value"].transform("nunique")
    out["sources_disagree"] = (distinct > 1).astype(bool)
    return out.sort_values(["indicator_id", "year", "value"], kind="stable").reset_index(drop=True)
