"""assess_progress and assess_targets: verdicts and ratios checked against hand-computed CAGRs and gap shares."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from plantargets.analysis import Assessment, assess_progress, assess_targets, compare_targets, fit_trend



def make_targets(rows: list[dict]) -> pd.DataFrame:
    """A small targets frame with the columns compare_targets reads (level values, one unit)."""
    defaults = {"city_zh": "甲市", "indicator_en": pd.NA, "domain": "test", "target_type": "level", "comparator": "=",
                "value_high_std": np.nan, "unit_std": "%", "binding": pd.NA, "commitment": "plain", "doc_id": "doc-00"}
    t = pd.DataFrame([{**defaults, "target_id": f"v_{i:012x}", **r} for i, r in enumerate(rows)])
    t["year"] = t["year"].astype("Int64")
    t["value_std"] = t["value_std"].astype("Float64")
    return t


def cagr(start, end, years):
    return (end / start) ** (1 / years) - 1


# ---------------------------------------------------------------- eurostat

def test_eurostat_ratio_is_actual_over_required_cagr():
    # required: 50 -> 60 over 2020-2025; actual: 50 -> 53 over 2020-2022
    a = assess_progress([2020, 2022], [50, 53], 2020, 50, 2025, 60)
    required = 1.2 ** (1 / 5) - 1      # 3.714 %/yr
    actual = 1.06 ** (1 / 2) - 1       # 2.956 %/yr
    assert isinstance(a, Assessment) and a.method == "eurostat"
    assert a.required == pytest.approx(required) and a.actual == pytest.approx(actual)
    assert a.ratio == pytest.approx(actual / required)
    assert a.ratio == pytest.approx(0.796, abs=1e-3)
    assert a.verdict == "needs_acceleration"


@pytest.mark.parametrize("latest, verdict", [
    (54.0, "on_track"),            # 1.08 ** 0.5 - 1 = 3.92 %/yr, ratio 1.06
    (51.0, "limited_progress"),    # 0.995 %/yr, ratio 0.27
    (48.0, "deterioration"),       # negative growth, ratio < 0
    (60.0, "achieved"),            # already at the target
    (61.0, "achieved"),
])
def test_eurostat_verdict_bands(latest, verdict):
    assert assess_progress([2020, 2022], [50, latest], 2020, 50, 2025, 60).verdict == verdict


def test_thresholds_are_a_parameter():
    # ratio 0.796 (see above) passes a 0.7 on-track threshold, and fails 0.8 but passes 0.79 …
    assert assess_progress([2020, 2022], [50, 53], 2020, 50, 2025, 60, thresholds=(0.7, 0.5, 0)).verdict == "on_track"
    assert assess_progress([2020, 2022], [50, 53], 2020, 50, 2025, 60, thresholds=(0.9, 0.8, 0.5)).verdict == "limited_progress"
    with pytest.raises(ValueError, match="decreasing"):
        assess_progress([2020, 2022], [50, 53], 2020, 50, 2025, 60, thresholds=(0.5, 0.9, 0))


def test_eurostat_uses_first_and_last_observed_points():
    # middle point is ignored by the CAGR: 50 (2020) -> 56 (2023)
    a = assess_progress([2020, 2021, 2023], [50, 70, 56], 2020, 50, 2025, 60)
    assert a.actual == pytest.approx(cagr(50, 56, 3))
    assert a.ratio == pytest.approx(cagr(50, 56, 3) / cagr(50, 60, 5))


def test_lower_is_better_flips_the_sense_of_progress():
    # myopia 50% -> 40% target: a fall is progress; both CAGRs negative, their ratio positive
    a = assess_progress([2020, 2022], [50, 46], 2020, 50, 2025, 40, direction="lower_is_better")
    required, actual = 0.8 ** (1 / 5) - 1, 0.92 ** (1 / 2) - 1
    assert required < 0 and actual < 0
    assert a.ratio == pytest.approx(actual / required)
    assert a.ratio == pytest.approx(0.9355, abs=1e-4)
    assert a.verdict == "needs_acceleration"
    assert assess_progress([2020, 2022], [50, 45], 2020, 50, 2025, 40, direction="lower_is_better").verdict == "on_track"
    # rising myopia is deterioration, not progress
    worse = assess_progress([2020, 2022], [50, 52], 2020, 50, 2025, 40, direction="lower_is_better")
    assert worse.ratio < 0 and worse.verdict == "deterioration"
    # achieved only once at or below the target
    assert assess_progress([2020, 2024], [50, 41], 2020, 50, 2025, 40, direction="lower_is_better").verdict != "achieved"
    assert assess_progress([2020, 2024], [50, 40], 2020, 50, 2025, 40, direction="lower_is_better").verdict == "achieved"
    # the same numbers read as higher_is_better: 46 is already above a target of 40
    assert assess_progress([2020, 2022], [50, 46], 2020, 50, 2025, 40, direction="higher_is_better").verdict == "achieved"


def test_neutral_direction_follows_the_target():
    down = assess_progress([2020, 2022], [50, 46], 2020, 50, 2025, 40, direction="neutral")
    assert down.ratio == pytest.approx(cagr(50, 46, 2) / cagr(50, 40, 5)) and down.verdict == "needs_acceleration"
    up = assess_progress([2020, 2022], [50, 54], 2020, 50, 2025, 60, direction="neutral")
    assert up.verdict == "on_track"


def test_floor_below_the_baseline_that_is_missed_is_deterioration():
    # keep 'above 85%' from 86.49%: falling to 84 misses the floor; ratio is undefined
    a = assess_progress([2020, 2022], [86.49, 84.0], 2020, 86.49, 2025, 85.0)
    assert a.verdict == "deterioration" and math.isnan(a.ratio)
    assert assess_progress([2020, 2022], [86.49, 86.0], 2020, 86.49, 2025, 85.0).verdict == "achieved"


@pytest.mark.parametrize("years, values, base, target, why", [
    ([2022], [55.0], 50.0, 60.0, "at least two"),
    ([], [], 50.0, 60.0, "at least two"),
    ([2020, 2022], [0.0, 5.0], 0.0, 60.0, "strictly positive"),
    ([2020, 2022], [-2.0, 5.0], -2.0, 60.0, "strictly positive"),
    ([2020, 2022], [100.0, 98.0], 100.0, 100.0, "no required change"),
    ([2020, 2022, 2022], [50.0, 53.0, 54.0], 50.0, 60.0, "disagree"),
])
def test_eurostat_refuses_what_it_cannot_assess(years, values, base, target, why):
    a = assess_progress(years, values, 2020, base, 2025, target)
    assert a.verdict == "not_assessable" and math.isnan(a.ratio) and why in a.reason


def test_bad_arguments_raise():
    with pytest.raises(ValueError, match="unknown method"):
        assess_progress([2020, 2022], [50, 53], 2020, 50, 2025, 60, method="oecd")
    with pytest.raises(ValueError, match="unknown direction"):
        assess_progress([2020, 2022], [50, 53], 2020, 50, 2025, 60, direction="up")


# ---------------------------------------------------------------- unsd

def test_unsd_gap_share_of_a_linear_projection():
    # 50, 51, 52 in 2020-22: the line reaches 60 in 2030; required 50 -> 70, so half the gap
    a = assess_progress([2020, 2021, 2022], [50, 51, 52], 2020, 50, 2030, 70, method="unsd")
    assert a.method == "unsd"
    assert a.actual == pytest.approx(10.0) and a.required == pytest.approx(20.0)
    assert a.ratio == pytest.approx(0.5) and a.verdict == "limited_progress"


def test_unsd_takes_a_given_value_or_trend_fit():
    given = assess_progress([2020, 2022], [50, 52], 2020, 50, 2030, 70, method="unsd", projection=66.0)
    assert given.ratio == pytest.approx(16 / 20) and given.verdict == "needs_acceleration"
    fit = fit_trend([2020, 2021, 2022], [50, 51, 52], 2030)
    from_fit = assess_progress([2020, 2021, 2022], [50, 51, 52], 2020, 50, 2030, 70, method="unsd", projection=fit)
    assert from_fit.ratio == pytest.approx(0.5)
    short = fit_trend([2020, 2021, 2022], [50, 51, 52], 2026)
    refused = assess_progress([2020, 2021, 2022], [50, 51, 52], 2020, 50, 2030, 70, method="unsd", projection=short)
    assert refused.verdict == "not_assessable" and "no projected value" in refused.reason


def test_unsd_lower_is_better():
    # 50, 49, 48: line reaches 40 in 2030; required 50 -> 30; (40 - 50) / (30 - 50) = 0.5
    a = assess_progress([2020, 2021, 2022], [50, 49, 48], 2020, 50, 2030, 30, method="unsd", direction="lower_is_better")
    assert a.ratio == pytest.approx(0.5) and a.verdict == "limited_progress"
    up = assess_progress([2020, 2021, 2022], [50, 51, 52], 2020, 50, 2030, 30, method="unsd", direction="lower_is_better")
    assert up.ratio == pytest.approx(-0.5) and up.verdict == "deterioration"


def test_unsd_does_not_need_positive_values():
    a = assess_progress([2020, 2021, 2022], [-2, -1, 0], 2020, -2, 2030, 18, method="unsd")
    # the line reaches 8 in 2030: (8 + 2) / (18 + 2)
    assert a.ratio == pytest.approx(0.5)


# ---------------------------------------------------------------- assess_targets

CODEBOOK = pd.DataFrame({
    "indicator_id": ["rate", "myopia"],
    "direction": ["higher_is_better", "lower_is_better"],
    "lower_bound": [0.0, 0.0],
    "upper_bound": [100.0, 100.0],
})


def comparison_frame():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2020, value_std=50.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=60.0),
        dict(city="Alpha", indicator_id="myopia", kind="baseline", year=2020, value_std=50.0),
        dict(city="Alpha", indicator_id="myopia", kind="target", year=2025, value_std=40.0),
        dict(city="Beta", indicator_id="rate", kind="baseline", year=2020, value_std=70.0),
        dict(city="Beta", indicator_id="rate", kind="target", year=2025, value_std=80.0),
        dict(city="Gamma", indicator_id="rate", kind="target", year=2025, value_std=90.0),
    ])
    return compare_targets(t, codebook=CODEBOOK)


def test_assess_targets_keeps_every_row_and_explains_refusals():
    comparison = comparison_frame()
    observed = pd.DataFrame({
        "city": ["Alpha", "Alpha", "Alpha", "Gamma", "Gamma"],
        "indicator_id": ["rate", "myopia", "rate", "rate", "rate"],
        "year": [2022, 2022, 2019, 2021, 2022],
        "value": [53.0, 46.0, 1.0, 85.0, 86.0],
    })
    out = assess_targets(comparison, observed)
    assert len(out) == len(comparison) == 4
    rate = out[(out["city"] == "Alpha") & (out["indicator_id"] == "rate")].iloc[0]
    # baseline 2020 joins the 2022 observation; the 2019 value is before the baseline and left out
    assert rate["observed_years"] == "2020;2022" and rate["n_observed"] == 2
    assert rate["ratio"] == pytest.approx(cagr(50, 53, 2) / cagr(50, 60, 5))
    assert rate["verdict"] == "needs_acceleration" and rate["method"] == "eurostat"
    myopia = out[(out["city"] == "Alpha") & (out["indicator_id"] == "myopia")].iloc[0]
    assert myopia["assessed_direction"] == "lower_is_better"
    assert myopia["ratio"] == pytest.approx(cagr(50, 46, 2) / cagr(50, 40, 5))
    beta = out[out["city"] == "Beta"].iloc[0]
    assert beta["verdict"] == "not_assessable" and "at least two" in beta["reason"]
    gamma = out[out["city"] == "Gamma"].iloc[0]
    assert gamma["verdict"] == "not_assessable" and "no baseline" in gamma["reason"]
    without_baseline = assess_targets(comparison, observed, include_baseline=False)
    assert (without_baseline["verdict"] == "not_assessable").all()


def test_assess_targets_unsd_with_bounded_projection_and_national_context():
    comparison = comparison_frame()
    observed = pd.DataFrame({"city": ["Alpha"] * 2, "indicator_id": ["rate"] * 2,
                             "year": [2021, 2022], "value": [52.0, 54.0]})
    out = assess_targets(comparison, observed, method="unsd")
    rate = out[(out["city"] == "Alpha") & (out["indicator_id"] == "rate")].iloc[0]
    # 50, 52, 54 in 2020-22: the line reaches 60 in 2025, the whole required change
    assert rate["ratio"] == pytest.approx(1.0) and rate["verdict"] == "on_track"
    holt = assess_targets(comparison, observed, method="unsd", projection_method="ols", codebook=CODEBOOK)
    logit = holt[(holt["city"] == "Alpha") & (holt["indicator_id"] == "rate")].iloc[0]
    assert logit["verdict"] in {"on_track", "needs_acceleration"} and "logit" in logit["reason"]

    national = pd.DataFrame({
        "indicator_id": ["rate", "rate", "rate", "rate"],
        "kind": ["target", "target", "actual", "actual"],
        "year": [2025, 2025, 2020, 2024],
        "comparator": [">=", ">=", "=", "="],
        "value": [55.0, 58.0, 48.0, 56.0],
    })
    ctx = assess_targets(comparison, observed, national=national)
    row = ctx[(ctx["city"] == "Alpha") & (ctx["indicator_id"] == "rate")].iloc[0]
    assert row["national_target_value"] == 58.0 and row["national_target_values"] == "55;58"
    assert row["target_vs_national"] == pytest.approx(60.0 - 58.0)
    assert row["national_baseline_value"] == 48.0
    assert (row["national_latest_year"], row["national_latest_value"]) == (2024, 56.0)
    assert math.isnan(ctx[ctx["indicator_id"] == "myopia"].iloc[0]["national_target_value"])


def test_conflicting_targets_are_each_assessed():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2020, value_std=95.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=96.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=98.0),
    ])
    comparison = compare_targets(t, codebook=CODEBOOK)
    observed = pd.DataFrame({"city": ["Alpha"], "indicator_id": ["rate"], "year": [2023], "value": [96.5]})
    out = assess_targets(comparison, observed).sort_values("target_value")
    assert out["conflict"].all()
    assert out["verdict"].tolist()[0] == "achieved"
    assert out["ratio"].iloc[1] == pytest.approx(cagr(95, 96.5, 3) / cagr(95, 98, 5))
    assert np.isfinite(out["ratio"]).all()


def test_inequality_statements_in_observed_values_are_named_in_the_reason():
    comparison = comparison_frame()
    observed = pd.DataFrame({"city": ["Alpha"], "indicator_id": ["rate"], "year": [2023], "value": [55.0],
                             "comparator": [">="]})
    out = assess_targets(comparison, observed)
    row = out[(out["city"] == "Alpha") & (out["indicator_id"] == "rate")].iloc[0]
    assert row["ratio"] == pytest.approx(cagr(50, 55, 3) / cagr(50, 60, 5))
    assert "inequality statements used as exact values: >=55 (2023)" in row["reason"]
