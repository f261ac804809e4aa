"""Trend projections, always kept apart from observed values.

Every row these functions return carries ``series_kind`` ∈ {observed, observed_bound, baseline, target,
forecast, projected, none}, so a projection can never be mistaken for a stated or observed number, nor a
bound ("≥ 95") for a value; "none" keeps a group with nothing to show visible with its note. Trends are
fitted to genuine observations only (achieved values stated exactly), from at least three of them.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

__all__ = ["TrendFit", "fit_trend", "stack_series", "project_indicators", "genuine_observations", "SERIES_KINDS",
           "MIN_TREND_POINTS", "HOLT_MIN_POINTS"]

SERIES_KINDS = ("observed", "observed_bound", "baseline", "target", "forecast", "projected", "none")
METHODS = ("ols", "holt")
TABLE_COLUMNS = ["year", "value", "lower", "upper", "series_kind", "method"]
_CLIP = 0.001  # values at a bound move inside it by at most 0.1 % of the range before the logit
_N_SIMULATIONS = 2000
MIN_TREND_POINTS = 3  # fewer genuine observations give no fitted trend (two give a labelled line)
HOLT_PARAMETERS = 5  # smoothing level and trend, damping, initial level and trend
HOLT_MIN_POINTS = 2 * HOLT_PARAMETERS  # at least two observations per estimated parameter
GENUINE_KINDS = ("actual",)
FORECAST_COMMITMENTS = ("预测",)


@dataclass
class TrendFit:
    """A projection: ``table`` (year, value, lower, upper, series_kind='projected', method), a ``note`` and the
    ``warnings`` the fitting raised (kept, not silenced)."""

    table: pd.DataFrame
    note: str
    method: str | None = None
    n_observations: int = 0
    bounds: tuple[float, float] | None = None
    params: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)

    def value_at(self, year: int) -> float:
        """Projected value for ``year`` (NaN when the table has no such year)."""
        row = self.table[self.table["year"] == int(year)]
        return float(row["value"].iloc[0]) if len(row) else np.nan


def _empty_table() -> pd.DataFrame:
    return pd.DataFrame({
        "year": pd.Series(dtype="Int64"), "value": pd.Series(dtype=float), "lower": pd.Series(dtype=float),
        "upper": pd.Series(dtype=float), "series_kind": pd.Series(dtype=object), "method": pd.Series(dtype=object),
    })


def _make_table(years, value, lower, upper, method: str) -> pd.DataFrame:
    return pd.DataFrame({
        "year": pd.array(np.asarray(years, dtype=int), dtype="Int64"),
        "value": np.asarray(value, dtype=float),
        "lower": np.asarray(lower, dtype=float),
        "upper": np.asarray(upper, dtype=float),
        "series_kind": "projected",
        "method": method,
    })


def _check_bounds(bounds) -> tuple[float, float] | None:
    if bounds is None:
        return None
    try:
        lo, hi = (float(b) for b in bounds)
    except (TypeError, ValueError):
        raise ValueError(f"bounds must be a pair of numbers (lower, upper), got {bounds!r}") from None
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise ValueError(f"bounds must be finite with lower < upper, got {bounds!r}")
    return lo, hi


def _clip_margin(values: np.ndarray, bounds) -> float:
    """How far inside the bounds values at (or past) a bound are moved before the logit.

    At most 0.1 % of the range, and at most half the distance of the closest value strictly inside, so the
    transform keeps every value's order: 99.95 and 99.97 stay apart and rising, and a value at 100 stays
    above 99.97. Values strictly inside the bounds are never moved.
    """
    lo, hi = bounds
    margin = _CLIP * (hi - lo)
    inside = values[(values > lo) & (values < hi)]
    if len(inside):
        margin = min(margin, float(np.minimum(inside - lo, hi - inside).min()) / 2)
    return margin


def _to_fit_scale(values: np.ndarray, bounds, margin: float | None = None) -> np.ndarray:
    """Logit of the value's position in (lower, upper), values at a bound moved inside; identity without bounds."""
    if bounds is None:
        return values
    lo, hi = bounds
    margin = _clip_margin(values, bounds) if margin is None else margin
    p = (np.clip(values, lo + margin, hi - margin) - lo) / (hi - lo)
    return np.log(p / (1 - p))


def _from_fit_scale(z: np.ndarray, bounds) -> np.ndarray:
    if bounds is None:
        return z
    lo, hi = bounds
    return lo + (hi - lo) / (1 + np.exp(-np.asarray(z, dtype=float)))


def _clean_series(years, values) -> tuple[np.ndarray, np.ndarray, int]:
    """Years and values as sorted float arrays without missing pairs; the count of dropped pairs."""
    years = np.asarray(pd.to_numeric(pd.Series(list(years)), errors="coerce"), dtype=float)
    values = np.asarray(pd.to_numeric(pd.Series(list(values)), errors="coerce"), dtype=float)
    if len(years) != len(values):
        raise ValueError(f"years and values differ in length ({len(years)} vs {len(values)})")
    keep = np.isfinite(years) & np.isfinite(values)
    years, values = years[keep], values[keep]
    if len(np.unique(years)) != len(years):
        raise ValueError("years must not repeat: give one value per year")
    order = np.argsort(years)
    return years[order], values[order], int((~keep).sum())


def _caught(record) -> list[str]:
    """The text of each warning caught, once each, in order."""
    return list(dict.fromkeys(f"{w.category.__name__}: {w.message}" for w in record))


def _fit_ols(x: np.ndarray, z: np.ndarray, x_new: np.ndarray, alpha: float):
    """Straight line by OLS with statsmodels prediction intervals (t with n - 2 residual degrees of freedom)."""
    import statsmodels.api as sm

    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        model = sm.OLS(z, sm.add_constant(x)).fit()
        frame = model.get_prediction(sm.add_constant(x_new, has_constant="add")).summary_frame(alpha=alpha)
    params = {"intercept": float(model.params[0]), "slope_per_year": float(model.params[1]),
              "residual_df": float(model.df_resid)}
    return (frame["mean"].to_numpy(), frame["obs_ci_lower"].to_numpy(), frame["obs_ci_upper"].to_numpy(), params,
            _caught(record))


def _fit_holt(z: np.ndarray, steps: int, alpha: float):
    """Damped additive-trend Holt; intervals from simulated paths with Gaussian errors (see note).

    The residual sigma divides the squared one-step errors by n - 5, the residual degrees of freedom after
    the five estimated parameters. ``steps=0`` (horizon = last observed year) gives the model's one-step-ahead
    fit of the last year, no interval. Warnings from the optimiser are returned, not silenced.
    """
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        fit = ExponentialSmoothing(z, trend="add", damped_trend=True, initialization_method="estimated").fit()
        resid = z - np.asarray(fit.fittedvalues, dtype=float)
        dof = len(z) - HOLT_PARAMETERS
        sigma = float(np.sqrt(np.sum(resid ** 2) / dof))
        params = {k: float(fit.params[k]) for k in ("smoothing_level", "smoothing_trend", "damping_trend",
                                                    "initial_level", "initial_trend")}
        params.update({"residual_sigma": sigma, "residual_df": float(dof)})
        if steps == 0:
            return (np.asarray(fit.fittedvalues, dtype=float)[-1:], np.array([np.nan]), np.array([np.nan]), params,
                    _caught(record))
        point = np.asarray(fit.forecast(steps), dtype=float)
        rng = np.random.default_rng(0)
        errors = rng.normal(0.0, sigma, size=(steps, _N_SIMULATIONS))
        paths = np.asarray(fit.simulate(steps, repetitions=_N_SIMULATIONS, anchor="end", error="add",
                                        random_errors=errors), dtype=float).reshape(steps, _N_SIMULATIONS)
    lower = np.quantile(paths, alpha / 2, axis=1)
    upper = np.quantile(paths, 1 - alpha / 2, axis=1)
    return point, lower, upper, params, _caught(record)


def fit_trend(years, values, horizon_year: int, method: str = "ols", bounds=None, alpha: float = 0.05) -> TrendFit:
    """Project observed values to ``horizon_year`` with prediction intervals, one row per projected year.

    Give genuine observations only (achieved values; not bounds, targets or forecasts).
    ``method="ols"``: linear trend with statsmodels OLS prediction intervals (≥3 points).
    ``method="holt"``: damped additive-trend Holt, only with at least ``HOLT_MIN_POINTS`` observations (two
    per estimated parameter); with fewer it is dropped, the note says why, and OLS is used. Intervals from
    simulated model paths, sigma with n − 5 degrees of freedom. ``bounds=(lo, hi)``: fit on the logit of the
    value's position in (lo, hi), values at a bound moved just inside it without reordering any two values,
    so nothing projected passes a bound. Two points give a line through them (method ``line``, no interval,
    not a fitted trend); one or none give an empty table. Projected years run from the year after the last
    observation to ``horizon_year`` (just ``horizon_year`` when it is the last). Warnings are kept in
    ``warnings`` and the note.
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie between 0 and 1, got {alpha!r}")
    bounds = _check_bounds(bounds)
    years, values, n_dropped = _clean_series(years, values)
    n = len(years)
    horizon = int(horizon_year)
    if n and horizon < years[-1]:
        raise ValueError(f"horizon_year {horizon} is before the last observed year {int(years[-1])}")
    dropped = f"; {n_dropped} missing value(s) dropped" if n_dropped else ""
    if n == 0:
        return TrendFit(_empty_table(), "no observation: no projection" + dropped, method, 0, bounds)
    if n == 1:
        return TrendFit(_empty_table(), "one observation: no projection" + dropped, method, 1, bounds)

    last = int(years[-1])
    new_years = np.arange(last + 1, horizon + 1) if horizon > last else np.array([horizon])
    scale = "logit scale within bounds %g–%g" % bounds if bounds else "original scale"
    clipped = ""
    margin = None
    if bounds is not None:
        lo, hi = bounds
        margin = _clip_margin(values, bounds)
        n_clipped = int(((values < lo + margin) | (values > hi - margin)).sum())
        if n_clipped:
            clipped = f"; {n_clipped} value(s) at a bound moved to {lo + margin:g}–{hi - margin:g} before the logit"
    z = _to_fit_scale(values, bounds, margin)
    x, x_new = years - last, new_years.astype(float) - last

    if n < MIN_TREND_POINTS:
        slope = (z[1] - z[0]) / (x[1] - x[0])
        point = z[1] + slope * x_new
        note = (f"line through 2 observations ({scale}), not a fitted trend: no interval with two points"
                + (f"; holt dropped: it needs at least {HOLT_MIN_POINTS} points" if method == "holt" else "")
                + clipped + dropped)
        nan = np.full(len(new_years), np.nan)
        return TrendFit(_make_table(new_years, _from_fit_scale(point, bounds), nan, nan, "line"), note, "line", 2,
                        bounds, {"slope_per_year": float(slope)})

    used, fallback = method, ""
    if method == "holt" and n < HOLT_MIN_POINTS:
        used = "ols"
        fallback = (f"; holt dropped: it estimates {HOLT_PARAMETERS} parameters and needs at least {HOLT_MIN_POINTS} "
                    f"points, {n} given: OLS used instead")
    if used == "holt":
        gaps = ""
        grid = np.arange(int(years[0]), last + 1)
        if len(grid) != n:
            z = np.interp(grid, years, z)
            gaps = f"; {len(grid) - n} missing year(s) filled by linear interpolation before smoothing"
        steps = int(new_years[-1] - last) if horizon > last else 0
        point, lower, upper, params, caught = _fit_holt(z, steps, alpha)
        note = (f"damped Holt (additive trend) on {scale}, {n} points; {int((1 - alpha) * 100)}% intervals by "
                f"simulation: {_N_SIMULATIONS} paths with Gaussian errors, sigma from in-sample one-step "
                f"residuals (SSE/(n-{HOLT_PARAMETERS}))" + gaps + clipped + dropped)
    else:
        point, lower, upper, params, caught = _fit_ols(x, z, x_new, alpha)
        note = (f"OLS linear trend on {scale}, {n} points; {int((1 - alpha) * 100)}% prediction intervals "
                f"(statsmodels obs_ci, t with {n - 2} residual degrees of freedom)"
                + (", back-transformed" if bounds else "") + fallback + clipped + dropped)
    if caught:
        note += "; warnings: " + " | ".join(caught)
    table = _make_table(new_years, _from_fit_scale(point, bounds), _from_fit_scale(lower, bounds),
                        _from_fit_scale(upper, bounds), used)
    return TrendFit(table, note, used, n, bounds, params, caught)


def stack_series(observed_years=(), observed_values=(), fit: TrendFit | None = None, baseline=None, target=None) -> pd.DataFrame:
    """Observed values, a plan's baseline and target, and a projection in one long frame with ``series_kind``.

    ``baseline`` and ``target`` are (year, value) pairs or None. Observed and stated rows have NaN
    lower/upper; projected rows carry the fit's interval and method.
    """
    years, values, _ = _clean_series(observed_years, observed_values)
    parts = [pd.DataFrame({"year": years.astype(int), "value": values, "lower": np.nan, "upper": np.nan,
                           "series_kind": "observed", "method": pd.NA})]
    for kind, pair in (("baseline", baseline), ("target", target)):
        if pair is not None and pd.notna(pair[0]) and pd.notna(pair[1]):
            parts.append(pd.DataFrame({"year": [int(pair[0])], "value": [float(pair[1])], "lower": [np.nan],
                                       "upper": [np.nan], "series_kind": [kind], "method": [pd.NA]}))
    if fit is not None and len(fit.table):
        parts.append(fit.table[TABLE_COLUMNS])
    parts = [p for p in parts if len(p)]
    if not parts:
        return _empty_table()
    out = pd.concat(parts, ignore_index=True)
    out["year"] = out["year"].astype("Int64")
    out["method"] = out["method"].astype(object)
    return out[TABLE_COLUMNS]


def genuine_observations(observed: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """The rows a trend may be fitted to, and for each left-out row the reason.

    Genuine observations are achieved values stated exactly: ``kind`` "actual" (when the frame has a kind),
    comparator "=" or none (bounds such as ≥ 95 are not values), and not a forecast (commitment 预测).
    """
    reasons = pd.Series(pd.NA, index=observed.index, dtype=object)
    if "kind" in observed.columns:
        reasons[~observed["kind"].isin(GENUINE_KINDS) & reasons.isna()] = "not an achieved value"
    if "commitment" in observed.columns:
        reasons[observed["commitment"].isin(FORECAST_COMMITMENTS) & reasons.isna()] = "a forecast"
    if "comparator" in observed.columns:
        bound = observed["comparator"].notna() & ~observed["comparator"].astype(str).isin(["=", ""])
        reasons[bound & reasons.isna()] = "a bound, not a value"
    keep = reasons.isna()
    return observed[keep], reasons[~keep]


def _one_value_per_year(group: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Years stated once (or twice alike) kept; years whose sources disagree left out of the fit and named."""
    g = group.dropna(subset=["year", "value"]).drop_duplicates(["year", "value"])
    counts = g.groupby("year")["value"].transform("size")
    disagree = g[counts > 1]
    note = ""
    if len(disagree):
        parts = [f"{int(y)} ({', '.join(f'{v:g}' for v in d['value'])})" for y, d in disagree.groupby("year")]
        note = "; sources disagree for " + "; ".join(parts) + ": those years left out of the fit, not averaged"
    return g[counts == 1], note


def project_indicators(observed: pd.DataFrame, horizon_year: int, method: str = "ols", codebook: pd.DataFrame | None = None,
                       alpha: float = 0.05, by=("city", "indicator_id")) -> pd.DataFrame:
    """Observed rows plus their projection to ``horizon_year`` for every group (default city × indicator).

    ``observed`` is a long frame with ``year`` and ``value`` (and optionally kind, comparator, commitment:
    only genuine observations are fitted, see ``genuine_observations``; the others are counted in the note).
    A year with disagreeing values is left out of the fit and named in the note (never averaged).
    Indicators with both bounds in ``codebook`` are projected on the logit scale. Each row has
    ``series_kind`` and the group's ``note``.
    """
    by = [c for c in by if c in observed.columns]
    bounds_of = {}
    if codebook is not None:
        for _, row in codebook.iterrows():
            lo, hi = row.get("lower_bound"), row.get("upper_bound")
            if pd.notna(lo) and pd.notna(hi) and float(lo) < float(hi):
                bounds_of[row["indicator_id"]] = (float(lo), float(hi))
    genuine, left_out = genuine_observations(observed)
    frames = []
    groups = observed.groupby(by, sort=True, dropna=False) if by else [((), observed)]
    for key, g in groups:
        key = key if isinstance(key, tuple) else (key,)
        labels = dict(zip(by, key))
        bounds = bounds_of.get(labels.get("indicator_id"))
        own = genuine.loc[genuine.index.intersection(g.index)]
        usable, disagreement = _one_value_per_year(own)
        reasons = left_out.loc[left_out.index.intersection(g.index)]
        excluded = "".join(f"; {n} row(s) left out of the fit: {why}" for why, n in reasons.value_counts().items())
        try:
            fit = fit_trend(usable["year"], usable["value"], horizon_year, method=method, bounds=bounds, alpha=alpha)
            note = fit.note
        except ValueError as err:
            fit, note = None, f"not projected: {err}"
        points = own.dropna(subset=["year", "value"]).drop_duplicates(["year", "value"]).sort_values("year")
        parts = [pd.DataFrame({"year": points["year"].astype("Int64"), "value": points["value"].astype(float),
                               "lower": np.nan, "upper": np.nan, "series_kind": "observed", "method": pd.NA,
                               "comparator": "="})]
        bound_rows = g.loc[reasons.index[reasons == "a bound, not a value"]].dropna(subset=["year", "value"])
        if len(bound_rows):
            parts.append(pd.DataFrame({"year": bound_rows["year"].astype("Int64"), "value": bound_rows["value"].astype(float),
                                       "lower": np.nan, "upper": np.nan, "series_kind": "observed_bound",
                                       "method": pd.NA, "comparator": bound_rows["comparator"].astype(object)}))
        if fit is not None and len(fit.table):
            parts.append(fit.table[TABLE_COLUMNS].assign(comparator=pd.NA))
        parts = [p for p in parts if len(p)]
        stacked = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=TABLE_COLUMNS + ["comparator"])
        if stacked.empty:  # keep the group and its note visible even with nothing to draw
            stacked = pd.DataFrame({"year": pd.array([pd.NA], dtype="Int64"), "value": [np.nan], "lower": [np.nan],
                                    "upper": [np.nan], "series_kind": ["none"], "method": [pd.NA], "comparator": [pd.NA]})
        for col, val in labels.items():
            stacked[col] = val
        stacked["note"] = note + disagreement + excluded
        frames.append(stacked)
    columns = list(by) + TABLE_COLUMNS + ["comparator", "note"]
    if not frames:
        return pd.DataFrame(columns=columns)
    out = pd.concat(frames, ignore_index=True)
    out["year"] = out["year"].astype("Int64")
    return out[columns]
