"""On-track assessment of targets against observed values, by the published methods, cited by edition.

Both methods read their categories, published names, thresholds, editions and sources from
``codebook/assessment_methods.csv`` (the one place that names them): ``eurostat``, Eurostat's assessment
of progress towards quantified targets, and ``unsd``, the UN Statistics Division's SDG progress chart for
indicators with a numerical target.

Both use one base year for the two growth rates: the plan's baseline (year, value) is x_t0; the actual
compound annual growth rate (CAGR) runs from it to the latest exact observation, the required CAGR from
it to the target; the ratio actual / required is graded by the method's own thresholds. They differ in
thresholds and category names, not in the formula. "achieved" (the latest observation already meets the
target) is this project's rule, checked before either method. Values stated as bounds (≥, >, ≤, <, ~,
ranges) are never used as exact numbers: a bound baseline makes the verdict not assessable, a bound
observation can only prove a target met (e.g. "≥ 99.76" against a target of 98).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from plantargets.paths import codebook_rows

__all__ = ["Assessment", "assess_progress", "assess_targets", "assessment_methods", "method_thresholds", "is_exact",
           "VERDICTS"]

VERDICTS = ("achieved", "on_track", "needs_acceleration", "limited_progress", "deterioration", "not_assessable")
GRADED = ("on_track", "needs_acceleration", "limited_progress", "deterioration")
DIRECTIONS = ("higher_is_better", "lower_is_better", "neutral")
METHODS_FILE = "assessment_methods.csv"
EXACT_COMPARATORS = ("=",)
RATE_TOLERANCE = 1e-9  # |CAGR| below this is floating noise: a flat series grows at exactly 0 %/yr
ACHIEVED_NAME = "target already met (latest observation; project rule, not part of the published method)"
NOT_ASSESSABLE_NAME = "not assessable"


def assessment_methods() -> pd.DataFrame:
    """The published methods: one row per method and category with its name, lower threshold, edition and source."""
    frame = pd.DataFrame(list(codebook_rows(METHODS_FILE)))
    frame["lower_threshold"] = pd.to_numeric(frame["lower_threshold"].replace("", np.nan), errors="coerce")
    return frame


def _methods() -> tuple[str, ...]:
    return tuple(dict.fromkeys(row["method"] for row in codebook_rows(METHODS_FILE)))


METHODS = _methods()


def method_thresholds(method: str) -> tuple[float, float, float]:
    """Lower thresholds of on_track, needs_acceleration and limited_progress for ``method``, as published."""
    _check_method(method)
    rows = {row["verdict"]: row for row in codebook_rows(METHODS_FILE) if row["method"] == method}
    return tuple(float(rows[v]["lower_threshold"]) for v in GRADED[:3])


def _published_name(method: str, verdict: str) -> str:
    if verdict == "achieved":
        return ACHIEVED_NAME
    for row in codebook_rows(METHODS_FILE):
        if row["method"] == method and row["verdict"] == verdict:
            return row["published_name"]
    return NOT_ASSESSABLE_NAME


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)} (see codebook/{METHODS_FILE})")


@dataclass
class Assessment:
    """A verdict with the ratio behind it, the method that produced it, its published category name, and why.

    ``actual`` and ``required`` are the two CAGRs of the ratio, both from ``base_year``.
    """

    verdict: str
    ratio: float
    method: str
    reason: str
    actual: float = np.nan
    required: float = np.nan
    category: str = NOT_ASSESSABLE_NAME
    base_year: float = np.nan
    latest_year: float = np.nan

    def __post_init__(self):
        if self.category == NOT_ASSESSABLE_NAME and self.verdict != "not_assessable":
            self.category = _published_name(self.method, self.verdict)


def _check_thresholds(thresholds) -> tuple[float, float, float]:
    try:
        on, accel, limited = (float(x) for x in thresholds)
    except (TypeError, ValueError):
        raise ValueError(f"thresholds must be three numbers (on_track, needs_acceleration, limited_progress), got {thresholds!r}") from None
    if not on >= accel >= limited:
        raise ValueError(f"thresholds must be in decreasing order, got {thresholds!r}")
    return on, accel, limited


def _grade(ratio: float, thresholds: tuple[float, float, float]) -> str:
    """Verdict for a progress ratio: on_track ≥ t0, needs_acceleration ≥ t1, limited_progress ≥ t2, else deterioration."""
    on, accel, limited = thresholds
    if ratio >= on:
        return "on_track"
    if ratio >= accel:
        return "needs_acceleration"
    if ratio >= limited:
        return "limited_progress"
    return "deterioration"


def is_exact(comparator) -> bool:
    """An exact statement: '=' or no comparator (or '=' among merged ones); ≥, >, ≤, <, ~ and ranges are bounds."""
    if comparator is None or (not isinstance(comparator, str) and pd.isna(comparator)):
        return True
    parts = [c.strip() for c in str(comparator).split(";")]
    return any(c in EXACT_COMPARATORS or c == "" for c in parts)


def _observed_points(years, values, comparators) -> tuple[pd.DataFrame, str | None]:
    """Observed points (year, value, comparator, exact) sorted by year; a refusal reason when one year disagrees."""
    y = np.asarray(pd.to_numeric(pd.Series(list(years), dtype=object), errors="coerce"), dtype=float)
    v = np.asarray(pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce"), dtype=float)
    if len(y) != len(v):
        raise ValueError(f"observed_years and observed_values differ in length ({len(y)} vs {len(v)})")
    c = list(comparators) if comparators is not None else ["="] * len(y)
    if len(c) != len(y):
        raise ValueError(f"observed_comparators and observed_years differ in length ({len(c)} vs {len(y)})")
    keep = np.isfinite(y) & np.isfinite(v)
    frame = pd.DataFrame({"year": y[keep], "value": v[keep], "comparator": [x for x, k in zip(c, keep) if k]})
    frame["exact"] = np.array([is_exact(x) for x in frame["comparator"]], dtype=bool)
    frame["comparator"] = ["=" if e else str(x) for x, e in zip(frame["comparator"], frame["exact"])]
    frame = frame.drop_duplicates(["year", "value", "comparator"]).sort_values("year", kind="stable")
    exact = frame.loc[frame["exact"]]
    repeated = exact["year"][exact["year"].duplicated()]
    if len(repeated):
        return frame, f"observed values disagree for year(s) {', '.join(str(int(x)) for x in sorted(set(repeated)))}"
    return frame.reset_index(drop=True), None


def _sense(direction: str, baseline_value: float, target_value: float) -> int:
    """+1 when higher values are progress, -1 when lower are; neutral follows the target's side of the baseline."""
    if direction == "higher_is_better":
        return 1
    if direction == "lower_is_better":
        return -1
    return int(np.sign(target_value - baseline_value))


def _cagr(start: float, end: float, years: float, tolerance: float = RATE_TOLERANCE) -> float:
    rate = float((end / start) ** (1.0 / years) - 1.0)
    return 0.0 if abs(rate) < tolerance else rate


def _proves_met(row, target_value: float, sense: int) -> bool:
    """A point, or a bound on the right side, that shows the target met: '≥ 99.76' meets a higher-is-better 98."""
    if sense == 0:
        return False
    if row["exact"]:
        return sense * (row["value"] - target_value) >= 0
    if sense > 0 and row["comparator"] in (">=", ">"):
        return row["value"] >= target_value
    if sense < 0 and row["comparator"] in ("<=", "<"):
        return row["value"] <= target_value
    return False


def _not_assessable(method: str, reason: str, **extra) -> Assessment:
    return Assessment("not_assessable", np.nan, method, reason, **extra)


def assess_progress(observed_years, observed_values, baseline_year: int, baseline_value: float, target_year: int,
                    target_value: float, direction: str = "higher_is_better", method: str = "eurostat",
                    thresholds=None, observed_comparators=None, baseline_comparator="=",
                    tolerance: float = RATE_TOLERANCE) -> Assessment:
    """Whether a target is achieved, on track, or behind, by the published CAGR ratio of ``method``.

    The baseline (year, value) is the base point of both CAGRs; the latest exact observation after the
    baseline year is the current point. ``thresholds`` (on_track, needs_acceleration, limited_progress)
    default to the method's published ones. Not assessable: a bound baseline, no exact observation after
    the baseline year, a target equal to the baseline, or non-positive values (a CAGR needs logs). A target
    on the worse side of the baseline (a floor to keep) that is missed has no defined ratio; its verdict
    follows the observed direction. ``tolerance``: a CAGR smaller than this in absolute value counts as 0.
    """
    _check_method(method)
    if direction is None or (not isinstance(direction, str) and pd.isna(direction)):
        direction = "neutral"
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}; choose one of {', '.join(DIRECTIONS)}")
    thresholds = _check_thresholds(method_thresholds(method) if thresholds is None else thresholds)
    points, repeated = _observed_points(observed_years, observed_values, observed_comparators)
    if repeated:
        return _not_assessable(method, repeated)
    if any(pd.isna(x) for x in (baseline_year, baseline_value, target_year, target_value)):
        return _not_assessable(method, "baseline or target (year and value) missing")
    baseline_year, target_year = int(baseline_year), int(target_year)
    baseline_value, target_value = float(baseline_value), float(target_value)
    if target_year <= baseline_year:
        return _not_assessable(method, f"target year {target_year} is not after baseline year {baseline_year}")
    sense = _sense(direction, baseline_value, target_value)
    bounds_note = ""
    bounded = points.loc[~points["exact"]]
    if len(bounded):
        stated = ", ".join(f"{c}{v:g} ({int(y)})" for c, v, y in zip(bounded["comparator"], bounded["value"], bounded["year"]))
        bounds_note = f"; bound statements not used as values: {stated}"

    after = points[points["year"] > baseline_year]
    exact_after = after.loc[after["exact"]]
    latest_info = after[after["year"] >= (exact_after["year"].max() if len(exact_after) else -np.inf)]
    proof = [r for _, r in latest_info.iterrows() if _proves_met(r, target_value, sense)]
    if proof:
        r = proof[-1]
        shown = f"{'' if r['exact'] else r['comparator']}{r['value']:g}"
        return Assessment("achieved", np.nan, method, f"latest observation {shown} ({int(r['year'])}) already meets the "
                          f"target {target_value:g} ({target_year})" + bounds_note,
                          base_year=baseline_year, latest_year=int(r["year"]))
    if not is_exact(baseline_comparator):
        return _not_assessable(method, f"baseline stated as a bound ({baseline_comparator}{baseline_value:g}, "
                               f"{baseline_year}): a growth rate needs an exact base value" + bounds_note,
                               base_year=baseline_year)
    if exact_after.empty:
        return _not_assessable(method, f"no exact observation after the baseline year {baseline_year}: the actual "
                               "growth rate needs one" + bounds_note, base_year=baseline_year)
    latest_year, latest = int(exact_after["year"].iloc[-1]), float(exact_after["value"].iloc[-1])
    if target_value == baseline_value:
        return _not_assessable(method, f"target equals the baseline ({target_value:g}): no required change to "
                               "measure against" + bounds_note, base_year=baseline_year, latest_year=latest_year)
    if not all(x > 0 for x in (baseline_value, target_value, latest)):
        return _not_assessable(method, "a CAGR needs strictly positive baseline, target and latest values; zero or "
                               "negative found" + bounds_note, base_year=baseline_year, latest_year=latest_year)
    required = _cagr(baseline_value, target_value, target_year - baseline_year, tolerance)
    actual = _cagr(baseline_value, latest, latest_year - baseline_year, tolerance)
    rates = (f"actual CAGR {actual:+.4%}/yr ({baseline_year}–{latest_year}: {baseline_value:g} → {latest:g}) vs "
             f"required {required:+.4%}/yr ({baseline_year}–{target_year}: {baseline_value:g} → {target_value:g})")
    extra = {"actual": actual, "required": required, "base_year": baseline_year, "latest_year": latest_year}
    if sense * (target_value - baseline_value) < 0:
        verdict = "deterioration" if sense * actual < 0 else "limited_progress"
        return Assessment(verdict, np.nan, method, f"target lies on the worse side of the baseline (a floor to keep) and "
                          f"the latest value {latest:g} misses it; ratio undefined; {rates}" + bounds_note, **extra)
    ratio = actual / required
    verdict = _grade(ratio, thresholds)
    return Assessment(verdict, ratio, method, f"ratio {ratio:.3f} = {rates}" + bounds_note, **extra)


def _national_context(row: pd.Series, national: pd.DataFrame, sense: int) -> dict:
    """National target at the same year (the most demanding when several) and national actuals, for context.

    Where national sources disagree on a year's actual value, no value is given (they are never averaged).
    """
    nat = national[national["indicator_id"] == row["indicator_id"]]
    out = {"national_target_value": np.nan, "national_target_values": pd.NA, "national_baseline_value": np.nan,
           "national_latest_year": pd.NA, "national_latest_value": np.nan, "target_vs_national": np.nan}
    goals = nat[(nat["kind"] == "target") & (nat["year"] == row["target_year"])]
    values = pd.to_numeric(goals["value"], errors="coerce").dropna().astype(float)
    if len(values):
        distinct = list(dict.fromkeys(values))
        out["national_target_values"] = ";".join(f"{v:g}" for v in distinct)
        best = max(distinct) if sense >= 0 else min(distinct)
        out["national_target_value"] = best
        out["target_vs_national"] = float(row["target_value"]) - best
    actual = nat[nat["kind"] == "actual"].copy()
    actual["value"] = pd.to_numeric(actual["value"], errors="coerce").astype(float)
    actual = actual.dropna(subset=["year", "value"])
    if pd.notna(row.get("baseline_year")):
        at_base = actual[actual["year"] == row["baseline_year"]]["value"]
        if at_base.nunique() == 1:
            out["national_baseline_value"] = float(at_base.iloc[0])
    upto = actual[actual["year"] <= row["target_year"]]
    if len(upto):
        latest = upto[upto["year"] == upto["year"].max()]
        if latest["value"].nunique() == 1:
            out["national_latest_year"] = int(latest["year"].iloc[0])
            out["national_latest_value"] = float(latest["value"].iloc[0])
    return out


ASSESSMENT_COLUMNS = ["assessed_direction", "n_observed", "observed_years", "verdict", "category", "ratio", "method",
                      "reason", "actual", "required", "base_year", "latest_year"]


def assess_targets(comparison: pd.DataFrame, observed: pd.DataFrame, national: pd.DataFrame | None = None,
                   method: str = "eurostat", thresholds=None, codebook: pd.DataFrame | None = None) -> pd.DataFrame:
    """A verdict for every row of ``compare_targets()``, from an observed long frame (city, indicator_id, year, value).

    Observed points up to the target year count (with their ``comparator`` when the frame has one, so bounds
    stay bounds); the comparison's baseline is the base point of both growth rates. Rows with too few points,
    no baseline, a bound baseline, or a forecast instead of a target stay in the output as not_assessable with
    the reason. Direction comes from the comparison's ``direction`` column, else ``codebook``, else neutral.
    ``national`` (indicator_id, kind, year, comparator, value) adds national target and actuals for context.
    """
    _check_method(method)
    thresholds = _check_thresholds(method_thresholds(method) if thresholds is None else thresholds)
    directions = {}
    if codebook is not None:
        directions = dict(zip(codebook["indicator_id"], codebook.get("direction", pd.Series(dtype=object))))
    obs = observed.copy()
    obs["year"] = pd.to_numeric(obs["year"], errors="coerce")
    obs["value"] = pd.to_numeric(obs["value"], errors="coerce").astype(float)
    obs = obs.dropna(subset=["year", "value"])
    if "comparator" not in obs.columns:
        obs["comparator"] = "="

    records = []
    for _, row in comparison.iterrows():
        direction = row.get("direction") if "direction" in comparison.columns else None
        if direction is None or pd.isna(direction):
            direction = directions.get(row["indicator_id"])
        if direction is None or pd.isna(direction) or direction not in DIRECTIONS:
            direction = "neutral"
        by, bv, ty, tv = (row.get("baseline_year"), row.get("baseline_value"), row["target_year"], row["target_value"])
        pts = obs[(obs["city"] == row["city"]) & (obs["indicator_id"] == row["indicator_id"])]
        if pd.notna(ty):
            pts = pts[pts["year"] <= int(ty)]
        if bool(row.get("forecast", False)):
            result = _not_assessable(method, "a forecast (预测), not a target: no required pace to measure against")
        elif pd.isna(bv) or pd.isna(by):
            result = _not_assessable(method, "no baseline value before the target year")
        else:
            result = assess_progress(pts["year"], pts["value"], by, bv, ty, tv, direction=direction, method=method,
                                     thresholds=thresholds, observed_comparators=pts["comparator"],
                                     baseline_comparator=row.get("baseline_comparator", "="))
        years = sorted({int(y) for y in pts["year"]} | ({int(by)} if pd.notna(by) else set()))
        rec = row.to_dict()
        rec.update({
            "assessed_direction": direction, "n_observed": len(years),
            "observed_years": ";".join(str(y) for y in years) or pd.NA,
            "verdict": result.verdict, "category": result.category, "ratio": result.ratio, "method": result.method,
            "reason": result.reason, "actual": result.actual, "required": result.required,
            "base_year": result.base_year, "latest_year": result.latest_year,
        })
        if national is not None:
            rec.update(_national_context(row, national, _sense(direction, bv if pd.notna(bv) else tv, tv) or 1))
        records.append(rec)
    out = pd.DataFrame.from_records(records)
    if out.empty:
        return pd.DataFrame(columns=list(comparison.columns) + ASSESSMENT_COLUMNS)
    for col in ("ratio", "actual", "required"):
        out[col] = out[col].astype(float)
    for col in ("base_year", "latest_year"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    return out
