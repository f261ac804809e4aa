"""On-track assessment of targets against observed values, with the method named in every verdict.

Two published approaches:

* ``eurostat`` (Eurostat SDG monitoring; Statistics Canada uses the same rule): the actual compound
  annual growth rate (CAGR) over the observed points against the CAGR required from baseline to target;
  ratio = actual / required.
* ``unsd`` (UN Statistics Division SDG progress chart): the share of the required change
  (target − baseline) that the value projected for the target year would achieve.

Verdicts: achieved, on_track, needs_acceleration, limited_progress, deterioration, not_assessable.
Direction: for ``lower_is_better`` progress is a fall, so both the achieved test and the sign of a
"good" growth rate flip; the ratio itself (actual over required, both negative when a fall is required)
needs no flip. ``neutral`` (or unknown) takes the direction the target implies (target vs baseline).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from plantargets.analysis.project import TrendFit, fit_trend

__all__ = ["Assessment", "assess_progress", "assess_targets", "VERDICTS"]

VERDICTS = ("achieved", "on_track", "needs_acceleration", "limited_progress", "deterioration", "not_assessable")
DIRECTIONS = ("higher_is_better", "lower_is_better", "neutral")
METHODS = ("eurostat", "unsd")


@dataclass
class Assessment:
    """A verdict with the ratio behind it, the method that produced it and why.

    ``actual`` and ``required`` are the two sides of the ratio: CAGRs for eurostat; for unsd the projected
    change (projected − baseline) and the required change (target − baseline).
    """

    verdict: str
    ratio: float
    method: str
    reason: str
    actual: float = np.nan
    required: float = np.nan


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


def _observed_points(years, values) -> tuple[np.ndarray, np.ndarray, str | None]:
    """Sorted observed points without missing pairs; a refusal reason when one year has two values."""
    y = np.asarray(pd.to_numeric(pd.Series(list(years), dtype=object), errors="coerce"), dtype=float)
    v = np.asarray(pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce"), dtype=float)
    if len(y) != len(v):
        raise ValueError(f"observed_years and observed_values differ in length ({len(y)} vs {len(v)})")
    keep = np.isfinite(y) & np.isfinite(v)
    frame = pd.DataFrame({"year": y[keep], "value": v[keep]}).drop_duplicates().sort_values("year")
    repeated = frame["year"][frame["year"].duplicated()]
    if len(repeated):
        return frame["year"].to_numpy(), frame["value"].to_numpy(), (
            f"observed values disagree for year(s) {', '.join(str(int(x)) for x in sorted(set(repeated)))}")
    return frame["year"].to_numpy(), frame["value"].to_numpy(), None


def _sense(direction: str, baseline_value: float, target_value: float) -> int:
    """+1 when higher values are progress, -1 when lower are; neutral follows the target's side of the baseline."""
    if direction == "higher_is_better":
        return 1
    if direction == "lower_is_better":
        return -1
    return int(np.sign(target_value - baseline_value))


def _cagr(start: float, end: float, years: float) -> float:
    return float((end / start) ** (1.0 / years) - 1.0)


def _projected_value(projection, years: np.ndarray, values: np.ndarray, target_year: int) -> tuple[float, str]:
    """Value for the target year: the given TrendFit or number, else a straight OLS line through the points."""
    if isinstance(projection, TrendFit):
        return projection.value_at(target_year), f"projection ({projection.method or 'trend'}: {projection.note})"
    if projection is not None:
        return float(projection), "projected value given"
    slope, intercept = np.polyfit(years - years[-1], values, 1)  # centred on the last year for precision
    return float(intercept + slope * (target_year - years[-1])), f"linear trend through {len(years)} observed points"


def _not_assessable(method: str, reason: str, actual=np.nan, required=np.nan) -> Assessment:
    return Assessment("not_assessable", np.nan, method, reason, actual, required)


def assess_progress(observed_years, observed_values, baseline_year: int, baseline_value: float, target_year: int,
                    target_value: float, direction: str = "higher_is_better", method: str = "eurostat",
                    thresholds=(0.95, 0.6, 0.0), projection=None) -> Assessment:
    """Whether a target is achieved, on track, or behind, by the Eurostat CAGR ratio or the UNSD gap share.

    "achieved" when the latest observed value already meets the target (direction-aware); otherwise the
    ratio is graded by ``thresholds`` (on_track, needs_acceleration, limited_progress; below the last:
    deterioration). Refuses (not_assessable) with fewer than two observed years, with non-positive values
    where CAGR needs logs (eurostat), or when the target asks for no change from the baseline. When the
    target lies on the "worse" side of the baseline (a floor to keep, e.g. stay above 85% from 86.5%) and
    is not met, the ratio is undefined and the verdict follows the direction of the observed trend.
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    if direction is None or (not isinstance(direction, str) and pd.isna(direction)):
        direction = "neutral"
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}; choose one of {', '.join(DIRECTIONS)}")
    thresholds = _check_thresholds(thresholds)
    years, values, repeated = _observed_points(observed_years, observed_values)
    if repeated:
        return _not_assessable(method, repeated)
    if len(years) < 2:
        return _not_assessable(method, f"{len(years)} observed point(s): at least two observed years are needed")
    if any(pd.isna(x) for x in (baseline_year, baseline_value, target_year, target_value)):
        return _not_assessable(method, "baseline or target (year and value) missing")
    baseline_year, target_year = int(baseline_year), int(target_year)
    baseline_value, target_value = float(baseline_value), float(target_value)
    if target_year <= baseline_year:
        return _not_assessable(method, f"target year {target_year} is not after baseline year {baseline_year}")

    sense = _sense(direction, baseline_value, target_value)
    required_change = target_value - baseline_value
    latest_year, latest = int(years[-1]), float(values[-1])
    met = sense != 0 and sense * (latest - target_value) >= 0

    if method == "eurostat":
        positive = all(x > 0 for x in (baseline_value, target_value, *values))
        required = _cagr(baseline_value, target_value, target_year - baseline_year) if positive else np.nan
        actual = _cagr(values[0], values[-1], years[-1] - years[0]) if positive else np.nan
        ratio = float(actual / required) if positive and required != 0 else np.nan
        rates = (f"actual CAGR {actual:+.4%}/yr ({int(years[0])}–{latest_year}) vs required "
                 f"{required:+.4%}/yr ({baseline_year}–{target_year})") if positive else ""
        if met:
            return Assessment("achieved", ratio, method, f"latest value {latest:g} ({latest_year}) already meets the "
                              f"target {target_value:g} ({target_year})" + (f"; {rates}" if rates else ""), actual, required)
        if required_change == 0:
            return _not_assessable(method, f"target equals the baseline ({target_value:g}): no required change to measure against")
        if not positive:
            return _not_assessable(method, "CAGR needs strictly positive baseline, target and observed values; "
                                   "zero, negative or mixed-sign values found")
        if sense * required_change < 0:
            verdict = "deterioration" if sense * actual < 0 else "limited_progress"
            return Assessment(verdict, np.nan, method, f"target lies on the worse side of the baseline (a floor) and the "
                              f"latest value {latest:g} misses it; ratio undefined; {rates}", actual, required)
        return Assessment(_grade(ratio, thresholds), ratio, method, f"Eurostat CAGR ratio {ratio:.3f}: {rates}", actual, required)

    # unsd
    projected, source = _projected_value(projection, years, values, target_year)
    actual = projected - baseline_value if np.isfinite(projected) else np.nan
    ratio = actual / required_change if required_change != 0 and np.isfinite(actual) else np.nan
    if met:
        return Assessment("achieved", ratio, method, f"latest value {latest:g} ({latest_year}) already meets the "
                          f"target {target_value:g} ({target_year})", actual, required_change)
    if required_change == 0:
        return _not_assessable(method, f"target equals the baseline ({target_value:g}): no required change to measure against",
                               actual, required_change)
    if not np.isfinite(projected):
        return _not_assessable(method, f"no projected value for the target year {target_year} ({source})", actual, required_change)
    if sense * required_change < 0:
        if sense * (projected - target_value) >= 0:
            return Assessment("on_track", np.nan, method, f"target lies on the worse side of the baseline (a floor); projected "
                              f"{projected:g} in {target_year} still meets it; {source}", actual, required_change)
        trend = np.polyfit(years - years[-1], values, 1)[0]
        verdict = "deterioration" if sense * trend < 0 else "limited_progress"
        return Assessment(verdict, np.nan, method, f"target lies on the worse side of the baseline (a floor); projected "
                          f"{projected:g} in {target_year} misses it; ratio undefined; {source}", actual, required_change)
    return Assessment(_grade(ratio, thresholds), ratio, method,
                      f"UNSD gap share {ratio:.3f}: projected {projected:g} in {target_year} closes that share of the "
                      f"required change {baseline_value:g} → {target_value:g}; {source}", actual, required_change)


def _national_context(row: pd.Series, national: pd.DataFrame, sense: int) -> dict:
    """National target at the same year (the most demanding when several) and national actuals, for context."""
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


def assess_targets(comparison: pd.DataFrame, observed: pd.DataFrame, national: pd.DataFrame | None = None,
                   method: str = "eurostat", thresholds=(0.95, 0.6, 0.0), codebook: pd.DataFrame | None = None,
                   include_baseline: bool = True, projection_method: str | None = None) -> pd.DataFrame:
    """A verdict for every row of ``compare_targets()``, from an observed long frame (city, indicator_id, year, value).

    Observed points between the baseline year and the target year count; with ``include_baseline`` the
    plan's baseline is one of them (unless that year is observed). Rows with too few points, no baseline or
    unusable values stay in the output as not_assessable with the reason. Direction comes from the
    comparison's ``direction`` column, else ``codebook``, else neutral. With ``method="unsd"`` and a
    ``projection_method`` ("ols" or "holt") the target-year value comes from ``fit_trend`` (bounded by the
    codebook); without one, from a straight line through the points. ``national`` (indicator_id, kind,
    year, comparator, value) adds national target and actuals for context.
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    thresholds = _check_thresholds(thresholds)
    directions, bounds_of = {}, {}
    if codebook is not None:
        for _, cb in codebook.iterrows():
            directions[cb["indicator_id"]] = cb.get("direction")
            lo, hi = cb.get("lower_bound"), cb.get("upper_bound")
            if pd.notna(lo) and pd.notna(hi) and float(lo) < float(hi):
                bounds_of[cb["indicator_id"]] = (float(lo), float(hi))
    obs = observed.copy()
    obs["year"] = pd.to_numeric(obs["year"], errors="coerce")
    obs["value"] = pd.to_numeric(obs["value"], errors="coerce").astype(float)
    obs = obs.dropna(subset=["year", "value"])

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
        if pd.notna(by):
            pts = pts[pts["year"] >= int(by)]
        years, values = list(pts["year"]), list(pts["value"])
        if include_baseline and pd.notna(by) and pd.notna(bv) and int(by) not in {int(y) for y in years}:
            years.append(int(by))
            values.append(float(bv))
        if pd.isna(bv) or pd.isna(by):
            result = _not_assessable(method, "no baseline value before the target year")
        else:
            projection = None
            if method == "unsd" and projection_method is not None and len(set(years)) == len(years) and len(years) >= 2:
                projection = fit_trend(years, values, max(int(ty), int(max(years))), method=projection_method,
                                       bounds=bounds_of.get(row["indicator_id"]))
            result = assess_progress(years, values, by, bv, ty, tv, direction=direction, method=method,
                                     thresholds=thresholds, projection=projection)
        reason = result.reason
        if "comparator" in pts.columns:
            bounded = pts[pts["comparator"].notna() & ~pts["comparator"].isin(["=", "~"])]
            if len(bounded):
                stated = ", ".join(f"{c}{v:g} ({int(y)})" for c, v, y in zip(bounded["comparator"], bounded["value"], bounded["year"]))
                reason += f"; observed inequality statements used as exact values: {stated}"
        rec = row.to_dict()
        rec.update({
            "assessed_direction": direction,
            "n_observed": len(set(years)),
            "observed_years": ";".join(str(int(y)) for y in sorted(set(years))) or pd.NA,
            "verdict": result.verdict, "ratio": result.ratio, "method": result.method, "reason": reason,
            "actual": result.actual, "required": result.required,
        })
        if national is not None:
            rec.update(_national_context(row, national, _sense(direction, bv if pd.notna(bv) else tv, tv) or 1))
        records.append(rec)
    out = pd.DataFrame.from_records(records)
    if out.empty:
        extra = ["assessed_direction", "n_observed", "observed_years", "verdict", "ratio", "method", "reason", "actual", "required"]
        return pd.DataFrame(columns=list(comparison.columns) + extra)
    for col in ("ratio", "actual", "required"):
        out[col] = out[col].astype(float)
    return out
