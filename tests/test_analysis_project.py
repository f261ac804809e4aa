"""fit_trend and the series_kind frames: projections checked against hand-computed lines and intervals."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from plantargets.analysis import (
    HOLT_MIN_POINTS, SERIES_KINDS, TrendFit, fit_trend, genuine_observations, project_indicators, stack_series,
)


def ols_by_hand(x, y, x0, alpha=0.05):
    """Textbook simple regression: prediction and prediction interval at x0."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    n = len(x)
    xbar, ybar = x.mean(), y.mean()
    sxx = ((x - xbar) ** 2).sum()
    slope = ((x - xbar) * (y - ybar)).sum() / sxx
    intercept = ybar - slope * xbar
    resid = y - (intercept + slope * x)
    s = math.sqrt((resid ** 2).sum() / (n - 2))
    pred = intercept + slope * x0
    half = stats.t.ppf(1 - alpha / 2, n - 2) * s * math.sqrt(1 + 1 / n + (x0 - xbar) ** 2 / sxx)
    return pred, pred - half, pred + half


def test_ols_point_and_prediction_interval_match_the_textbook_formula():
    years, values = [2016, 2017, 2018, 2019, 2020], [1.0, 3.0, 2.0, 5.0, 4.0]
    fit = fit_trend(years, values, 2023)
    assert isinstance(fit, TrendFit)
    assert fit.table["year"].tolist() == [2021, 2022, 2023]
    for _, row in fit.table.iterrows():
        pred, lo, hi = ols_by_hand(years, values, row["year"])
        assert row["value"] == pytest.approx(pred)
        assert row["lower"] == pytest.approx(lo)
        assert row["upper"] == pytest.approx(hi)
    # slope 0.8 per year through mean 3 at 2018: 2023 -> 3 + 0.8 * 5 = 7
    assert fit.value_at(2023) == pytest.approx(7.0)
    assert (fit.table["series_kind"] == "projected").all() and (fit.table["method"] == "ols").all()
    assert "OLS" in fit.note and "prediction interval" in fit.note


def test_alpha_widens_or_narrows_the_interval():
    years, values = [2016, 2017, 2018, 2019, 2020], [1.0, 3.0, 2.0, 5.0, 4.0]
    wide = fit_trend(years, values, 2022, alpha=0.01).table.iloc[-1]
    _, lo, hi = ols_by_hand(years, values, 2022, alpha=0.01)
    assert (wide["lower"], wide["upper"]) == (pytest.approx(lo), pytest.approx(hi))
    narrow = fit_trend(years, values, 2022, alpha=0.2).table.iloc[-1]
    assert narrow["upper"] - narrow["lower"] < wide["upper"] - wide["lower"]


def test_bounded_fit_is_a_logit_line_and_never_passes_the_bound():
    years, values = [2016, 2017, 2018, 2019, 2020], [80.0, 88.0, 93.0, 96.0, 98.0]
    fit = fit_trend(years, values, 2040, bounds=(0, 100))
    t = fit.table
    assert (t["value"] < 100).all() and (t["upper"] <= 100).all() and (t["lower"] >= 0).all()
    assert (t["lower"] <= t["value"]).all() and (t["value"] <= t["upper"]).all()
    # the point is the back-transformed OLS line on logit(v/100)
    p = np.array(values) / 100
    z = np.log(p / (1 - p))
    pred, lo, hi = ols_by_hand(years, z, 2030)
    row = t[t["year"] == 2030].iloc[0]
    assert row["value"] == pytest.approx(100 / (1 + math.exp(-pred)))
    assert row["upper"] == pytest.approx(100 / (1 + math.exp(-hi)))
    # an unbounded straight line would pass 100% by 2040 (slope 4.4 per year)
    assert fit_trend(years, values, 2040).value_at(2040) > 100
    assert "logit" in fit.note


def test_values_at_the_bound_are_clipped_before_the_logit():
    fit = fit_trend([2018, 2019, 2020], [99.0, 100.0, 100.0], 2025, bounds=(0, 100))
    assert (fit.table["value"] < 100).all() and fit.table["upper"].max() <= 100
    assert "2 value(s) at a bound moved to 0.1–99.9" in fit.note
    # the fit sees 99, 99.9, 99.9 on the logit scale
    z = [math.log(p / (1 - p)) for p in (0.99, 0.999, 0.999)]
    pred, _, _ = ols_by_hand([2018, 2019, 2020], z, 2025)
    assert fit.value_at(2025) == pytest.approx(100 / (1 + math.exp(-pred)))


def test_a_rising_series_near_the_bound_keeps_rising():
    # 99.93, 99.95, 99.97 (2020-22) within 0-100: nothing is at a bound, so nothing is moved; on the logit
    # scale the three points still rise, so the projection rises above 99.97 and stays below 100
    # (a fixed 99.9 % clip made them one flat line at 99.9, below every observation)
    fit = fit_trend([2020, 2021, 2022], [99.93, 99.95, 99.97], 2025, bounds=(0, 100))
    assert "moved" not in fit.note
    assert (fit.table["value"] > 99.97).all() and (fit.table["value"] < 100).all()
    assert np.all(np.diff(fit.table["value"]) > 0)
    # a value exactly at the bound moves in by half the distance to the closest value inside: 99.97 -> 100
    # gives margin min(0.1, 0.03 / 2) = 0.015, so 100 is fitted as 99.985, still above 99.97
    at = fit_trend([2020, 2021, 2022], [99.95, 99.97, 100.0], 2025, bounds=(0, 100))
    assert "1 value(s) at a bound moved to 0.015–99.985" in at.note
    assert at.value_at(2023) > 99.97


def test_two_points_give_a_straight_line_without_interval():
    fit = fit_trend([2020, 2022], [10.0, 14.0], 2025)
    assert fit.table["year"].tolist() == [2023, 2024, 2025]
    assert fit.table["value"].tolist() == pytest.approx([16.0, 18.0, 20.0])
    assert fit.table["lower"].isna().all() and fit.table["upper"].isna().all()
    assert "line through 2 observations" in fit.note and "not a fitted trend" in fit.note
    assert fit.method == "line" and (fit.table["method"] == "line").all()
    holt = fit_trend([2020, 2022], [10.0, 14.0], 2025, method="holt")
    assert holt.value_at(2025) == pytest.approx(20.0) and "holt dropped" in holt.note


def test_one_or_no_point_gives_an_empty_table_and_a_note():
    one = fit_trend([2020], [5.0], 2025)
    assert one.table.empty and one.note == "one observation: no projection"
    assert list(one.table.columns) == ["year", "value", "lower", "upper", "series_kind", "method"]
    none = fit_trend([], [], 2025, method="holt")
    assert none.table.empty and "no projection" in none.note
    nan_only = fit_trend([2019, 2020], [np.nan, 5.0], 2025)
    assert nan_only.table.empty and nan_only.note.startswith("one observation: no projection")


def test_missing_values_are_dropped_and_counted():
    fit = fit_trend([2018, 2019, 2020, 2021], [2.0, np.nan, 4.0, 5.0], 2022)
    # line through (2018, 2), (2020, 4), (2021, 5): slope 1, so 2022 -> 6
    assert fit.value_at(2022) == pytest.approx(6.0)
    assert "1 missing value(s) dropped" in fit.note


def test_bad_arguments_raise_clear_errors():
    with pytest.raises(ValueError, match="unknown method"):
        fit_trend([2019, 2020, 2021], [1, 2, 3], 2025, method="arima")
    with pytest.raises(ValueError, match="differ in length"):
        fit_trend([2019, 2020, 2021], [1, 2], 2025)
    with pytest.raises(ValueError, match="before the last observed year"):
        fit_trend([2019, 2020, 2021], [1, 2, 3], 2020)
    with pytest.raises(ValueError, match="repeat"):
        fit_trend([2019, 2019, 2021], [1, 2, 3], 2025)
    with pytest.raises(ValueError, match="bounds"):
        fit_trend([2019, 2020, 2021], [1, 2, 3], 2025, bounds=(100, 0))


def test_horizon_equal_to_last_year_gives_one_row():
    fit = fit_trend([2016, 2017, 2018, 2019, 2020], [1.0, 3.0, 2.0, 5.0, 4.0], 2020)
    assert fit.table["year"].tolist() == [2020]
    assert fit.value_at(2020) == pytest.approx(3 + 0.8 * 2)


def test_damped_holt_projects_below_the_straight_line_with_simulated_intervals():
    years = list(range(2009, 2021))  # 12 points: enough for Holt's 5 parameters (at least 10)
    values = [10.0 + 2.0 * k + (0.3 if k % 2 else -0.3) for k in range(12)]
    fit = fit_trend(years, values, 2025, method="holt")
    t = fit.table
    assert (t["method"] == "holt").all() and t["year"].tolist() == list(range(2021, 2026))
    assert "damped Holt" in fit.note and "simulation" in fit.note and "SSE/(n-5)" in fit.note
    assert fit.params["residual_df"] == 12 - 5
    # damping: each step adds at most about the trend of 2 per year, and the path keeps rising
    last = values[-1]
    assert (t["value"] <= last + 2.0 * np.arange(1, 6) + 0.7).all()
    assert (np.diff(t["value"]) > 0).all()
    assert (t["lower"] <= t["value"] + 1e-9).all() and (t["value"] <= t["upper"] + 1e-9).all()
    assert 0 < fit.params["damping_trend"] <= 1


def test_holt_respects_bounds_and_is_dropped_without_enough_points():
    years = list(range(2009, 2021))
    rising = [40.0, 48.0, 56.0, 63.0, 70.0, 76.0, 81.0, 86.0, 90.0, 93.0, 95.5, 97.0]
    bounded = fit_trend(years, rising, 2035, method="holt", bounds=(0, 100))
    assert bounded.method == "holt"
    assert (bounded.table["upper"] <= 100).all() and (bounded.table["value"] < 100).all()
    assert HOLT_MIN_POINTS == 10
    # 5 points cannot estimate Holt's 5 parameters: dropped, said so, OLS instead (the 95 % band that
    # collapsed to 98.09-98.14 came from such a fit)
    five = fit_trend([2016, 2017, 2018, 2019, 2020], [1.0, 3.0, 2.0, 5.0, 4.0], 2022, method="holt")
    assert five.method == "ols" and "holt dropped" in five.note and "5 given" in five.note
    few = fit_trend([2018, 2019, 2020], [1.0, 2.0, 4.0], 2022, method="holt")
    assert (few.table["method"] == "ols").all() and "OLS used instead" in few.note
    pred, lo, hi = ols_by_hand([2018, 2019, 2020], [1.0, 2.0, 4.0], 2022)
    assert few.value_at(2022) == pytest.approx(pred)


def test_holt_fills_gaps_between_years():
    years = [2008, 2009, 2011, 2012, 2013, 2014, 2016, 2017, 2018, 2019, 2020]
    values = [10.0 + 2.0 * (y - 2008) + (0.2 if y % 2 else -0.2) for y in years]
    fit = fit_trend(years, values, 2022, method="holt")
    assert fit.method == "holt" and "2 missing year(s) filled" in fit.note and len(fit.table) == 2


def test_stack_series_keeps_every_kind_apart():
    fit = fit_trend([2020, 2022], [10.0, 14.0], 2024)
    out = stack_series([2020, 2022], [10.0, 14.0], fit, baseline=(2020, 10.0), target=(2025, 25.0))
    assert set(out["series_kind"]) <= set(SERIES_KINDS)
    assert out["series_kind"].tolist() == ["observed", "observed", "baseline", "target", "projected", "projected"]
    assert out[out["series_kind"] == "projected"]["value"].tolist() == pytest.approx([16.0, 18.0])
    assert out[out["series_kind"] != "projected"]["lower"].isna().all()


def test_project_indicators_projects_each_group_and_notes_refusals():
    observed = pd.DataFrame({
        "city": ["A", "A", "A", "B", "C", "C"],
        "indicator_id": ["rate"] * 6,
        "year": [2018, 2019, 2020, 2020, 2019, 2019],
        "value": [90.0, 92.0, 94.0, 50.0, 1.0, 2.0],
    })
    codebook = pd.DataFrame({"indicator_id": ["rate"], "lower_bound": [0.0], "upper_bound": [100.0]})
    out = project_indicators(observed, 2030, codebook=codebook)
    assert set(out["series_kind"]) <= set(SERIES_KINDS)
    a = out[out["city"] == "A"]
    assert (a["series_kind"] == "observed").sum() == 3 and (a["series_kind"] == "projected").sum() == 10
    assert (a["upper"].dropna() <= 100).all()
    b = out[out["city"] == "B"]
    assert b["series_kind"].tolist() == ["observed"] and b["note"].iloc[0] == "one observation: no projection"
    c = out[out["city"] == "C"]
    # two sources disagree on 2019 (1, 2): both shown as observed, neither fitted, never averaged to 1.5
    assert c["series_kind"].tolist() == ["observed", "observed"] and sorted(c["value"]) == [1.0, 2.0]
    assert "sources disagree for 2019 (1, 2)" in c["note"].iloc[0] and "not averaged" in c["note"].iloc[0]


def test_project_indicators_fits_genuine_observations_only():
    observed = pd.DataFrame({
        "city": ["A"] * 6,
        "indicator_id": ["rate"] * 6,
        "year": [2018, 2019, 2020, 2021, 2020, 2030],
        "value": [90.0, 92.0, 94.0, 95.0, 80.0, 99.0],
        "kind": ["actual", "actual", "actual", "actual", "baseline", "target"],
        "comparator": ["=", "=", "=", ">=", "=", "="],
    })
    kept, reasons = genuine_observations(observed)
    assert kept["year"].tolist() == [2018, 2019, 2020]
    assert reasons.tolist() == ["a bound, not a value", "not an achieved value", "not an achieved value"]
    out = project_indicators(observed, 2023)
    # OLS through (2018, 90), (2019, 92), (2020, 94): slope 2, 2023 -> 100
    assert out[(out["series_kind"] == "projected") & (out["year"] == 2023)]["value"].iloc[0] == pytest.approx(100.0)
    bound = out[out["series_kind"] == "observed_bound"]
    assert bound[["year", "value", "comparator"]].values.tolist() == [[2021, 95.0, ">="]]
    assert "1 row(s) left out of the fit: a bound" in out["note"].iloc[0]
    two = project_indicators(observed[observed["year"] != 2018], 2023)
    assert (two[two["series_kind"] == "projected"]["method"] == "line").all()
    assert "line through 2 observations" in two["note"].iloc[0]
