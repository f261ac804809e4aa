"""Trend projections, always kept apart from observed values.

Every row these functions return carries ``series_kind`` ∈ {observed, baseline, target, projected}, so
a projection can never be mistaken for a stated or observed number.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

__all__ = ["TrendFit", "fit_trend", "stack_series", "project_indicators", "SERIES_KINDS"]

SERIES_KINDS = ("observed", "baseline", "target", "projected")
METHODS = ("ols", "holt")
TABLE_COLUMNS = ["year", "value", "lower", "upper", "series_kind", "method"]
_CLIP = 0.001  # bounded values are clipped to (0.1%, 99.9%) of the bound range before the logit
_N_SIMULATIONS = 2000


@dataclass
class TrendFit:
    """A projection: ``table`` (year, value, lower, upper, series_kind='projected', method) and a ``note``."""

    table: pd.DataFrame
    note: str
    method: str | None = None
    n_observations: int = 0
    bounds: tuple[float, float] | None = None
    params: dict = field(default_factory=dict)

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


def _to_fit_scale(values: np.ndarray, bounds) -> np.ndarray:
    """Logit of the value's position in (lower, upper), clipped away from the bounds; identity without bounds."""
    if bounds is None:
        return values
    lo, hi = bounds
    p = np.clip((values - lo) / (hi - lo), _CLIP, 1 - _CLIP)
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


def _fit_ols(x: np.ndarray, z: np.ndarray, x_new: np.ndarray, alpha: float):
    import statsmodels.api as sm

    model = sm.OLS(z, sm.add_constant(x)).fit()
    frame = model.get_prediction(sm.add_constant(x_new, has_constant="add")).summary_frame(alpha=alpha)
    params = {"intercept": float(model.params[0]), "slope_per_year": float(model.params[1])}
    return frame["mean"].to_numpy(), frame["obs_ci_lower"].to_numpy(), frame["obs_ci_upper"].to_numpy(), params


def _fit_holt(z: np.ndarray, steps: int, alpha: float):
    """Damped additive-trend Holt; intervals from simulated paths with Gaussian errors (see note).

    ``steps=0`` (horizon = last observed year) gives the model's one-step-ahead fit of the last year, no interval.
    """
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fit = ExponentialSmoothing(z, trend="add", damped_trend=True, initialization_method="estimated").fit()
        resid = z - np.asarray(fit.fittedvalues, dtype=float)
        sigma = float(np.sqrt(np.sum(resid ** 2) / max(len(z) - 2, 1)))
        params = {k: float(fit.params[k]) for k in ("smoothing_level", "smoothing_trend", "damping_trend",
                                                    "initial_level", "initial_trend")}
        params["residual_sigma"] = sigma
        if steps == 0:
            return np.asarray(fit.fittedvalues, dtype=float)[-1:], np.array([np.nan]), np.array([np.nan]), params
        point = np.asarray(fit.forecast(steps), dtype=float)
        rng = np.random.default_rng(0)
        errors = rng.normal(0.0, sigma, size=(steps, _N_SIMULATIONS))
        paths = np.asarray(fit.simulate(steps, repetitions=_N_SIMULATIONS, anchor="end", error="add",
                                        random_errors=errors), dtype=float).reshape(steps, _N_SIMULATIONS)
    lower = np.quantile(paths, alpha / 2, axis=1)
    upper = np.quantile(paths, 1 - alpha / 2, axis=1)
    return point, lower, upper, params


def fit_trend(years, values, horizon_year: int, method: str = "ols", bounds=None, alpha: float = 0.05) -> TrendFit:
    """Project observed values to ``horizon_year`` with prediction intervals, one row per projected year.

    ``method="ols"``: linear trend with statsmodels OLS prediction intervals (≥3 points).
    ``method="holt"``: damped additive-trend Holt (≥4 points; fewer fall back to OLS, said in the note),
    intervals from simulated model paths. ``bounds=(lo, hi)``: fit on the logit of the value's position in
    (lo, hi), values clipped to 0.1%–99.9% of the range first, so nothing projected passes a bound.
    Two points give a straight line without interval; one or none give an empty table. Projected years run
    from the year after the last observation to ``horizon_year`` (just ``horizon_year`` when it is the last).
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
    if bounds is not None:
        lo, hi = bounds
        margin = _CLIP * (hi - lo)
        n_clipped = int(((values < lo + margin) | (values > hi - margin)).sum())
        if n_clipped:
            clipped = f"; {n_clipped} value(s) clipped to {lo + margin:g}–{hi - margin:g} before the logit"
    z = _to_fit_scale(values, bounds)
    x, x_new = years - last, new_years.astype(float) - last

    if n == 2:
        slope = (z[1] - z[0]) / (x[1] - x[0])
        point = z[1] + slope * x_new
        note = (f"two observations: straight line through them ({scale}); no interval with two points"
                + ("; holt needs at least 4 points" if method == "holt" else "") + clipped + dropped)
        nan = np.full(len(new_years), np.nan)
        return TrendFit(_make_table(new_years, _from_fit_scale(point, bounds), nan, nan, "line"), note, "line", 2,
                        bounds, {"slope_per_year": float(slope)})

    used, fallback = method, ""
    if method == "holt" and n < 4:
        used, fallback = "ols", f"; holt needs at least 4 points, {n} given: OLS used instead"
    if used == "holt":
        gaps = ""
        grid = np.arange(int(years[0]), last + 1)
        if len(grid) != n:
            z = np.interp(grid, years, z)
            gaps = f"; {len(grid) - n} missing year(s) filled by linear interpolation before smoothing"
        steps = int(new_years[-1] - last) if horizon > last else 0
        point, lower, upper, params = _fit_holt(z, steps, alpha)
        note = (f"damped Holt (additive trend) on {scale}, {n} points; {int((1 - alpha) * 100)}% intervals by "
                f"simulation: {_N_SIMULATIONS} paths with Gaussian errors, sigma from in-sample one-step "
                f"residuals (SSE/(n-2))" + gaps + clipped + dropped)
    else:
        point, lower, upper, params = _fit_ols(x, z, x_new, alpha)
        note = (f"OLS linear trend on {scale}, {n} points; {int((1 - alpha) * 100)}% prediction intervals "
                f"(statsmodels obs_ci)" + (", back-transformed" if bounds else "") + fallback + clipped + dropped)
    table = _make_table(new_years, _from_fit_scale(point, bounds), _from_fit_scale(lower, bounds),
                        _from_fit_scale(upper, bounds), used)
    return TrendFit(table, note, used, n, bounds, params)


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


def project_indicators(observed: pd.DataFrame, horizon_year: int, method: str = "ols", codebook: pd.DataFrame | None = None,
                       alpha: float = 0.05, by=("city", "indicator_id")) -> pd.DataFrame:
    """Observed rows plus their projection to ``horizon_year`` for every group (default city × indicator).

    ``observed`` is a long frame with ``year`` and ``value`` (repeated years in a group are refused per
    group, noted, and left unprojected). Indicators with both bounds in ``codebook`` are projected on the
    logit scale. Each row has ``series_kind`` and the group's ``note``.
    """
    by = [c for c in by if c in observed.columns]
    bounds_of = {}
    if codebook is not None:
        for _, row in codebook.iterrows():
            lo, hi = row.get("lower_bound"), row.get("upper_bound")
            if pd.notna(lo) and pd.notna(hi) and float(lo) < float(hi):
                bounds_of[row["indicator_id"]] = (float(lo), float(hi))
    frames = []
    groups = observed.groupby(by, sort=True, dropna=False) if by else [((), observed)]
    for key, g in groups:
        key = key if isinstance(key, tuple) else (key,)
        labels = dict(zip(by, key))
        bounds = bounds_of.get(labels.get("indicator_id"))
        try:
            fit = fit_trend(g["year"], g["value"], horizon_year, method=method, bounds=bounds, alpha=alpha)
            stacked, note = stack_series(g["year"], g["value"], fit), fit.note
        except ValueError as err:
            obs = g[["year", "value"]].dropna()
            stacked = pd.DataFrame({"year": obs["year"].astype("Int64"), "value": obs["value"].astype(float),
                                    "lower": np.nan, "upper": np.nan, "series_kind": "observed", "method": pd.NA})
            note = f"not projected: {err}"
        for col, val in labels.items():
            stacked[col] = val
        stacked["note"] = note
        frames.append(stacked)
    if not frames:
        return pd.DataFrame(columns=list(by) + TABLE_COLUMNS + ["note"])
    out = pd.concat(frames, ignore_index=True)
    return out[list(by) + TABLE_COLUMNS + ["note"]]
