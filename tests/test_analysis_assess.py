"""assess_progress and assess_targets against worked examples computed by hand from the published formulas.

Both methods (codebook/assessment_methods.csv): ratio r = actual CAGR / required CAGR from ONE base year t0
(the plan's baseline), actual = (x_t / x_t0)^(1/(t - t0)) - 1, required = (x* / x_t0)^(1/(T - t0)) - 1.
Eurostat (2021 edition) grades r at 0.95 / 0.6 / 0; the UNSD progress chart (2022 technical note) at
0.95 / 0.5 / -0.1. The CAGRs in the comments were worked out by hand (logarithms to 5 digits).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from plantargets.analysis import (
    Assessment, assess_progress, assess_targets, assessment_methods, compare_targets, method_thresholds,
)


def make_targets(rows: list[dict]) -> pd.DataFrame:
    """A small targets frame with the columns compare_targets reads (level values, one unit)."""
    defaults = {"city_zh": "甲市", "indicator_en": pd.NA, "domain": "test", "target_type": "level", "comparator": "=",
                "value_high_std": np.nan, "unit_std": "%", "binding": pd.NA, "commitment": "plain", "doc_id": "doc-00"}
    t = pd.DataFrame([{**defaults, "target_id": f"v_{i:012x}", **r} for i, r in enumerate(rows)])
    t["year"] = t["year"].astype("Int64")
    t["value_std"] = t["value_std"].astype("Float64")
    return t


# ---------------------------------------------------------------- the published thresholds, read from one place

def test_methods_are_read_from_the_codebook_with_their_editions():
    methods = assessment_methods()
    assert set(methods["method"]) == {"eurostat", "unsd"}
    assert method_thresholds("eurostat") == (0.95, 0.6, 0.0)
    assert method_thresholds("unsd") == (0.95, 0.5, -0.1)
    for _, row in methods.iterrows():
        assert row["edition"] and row["source_url"].startswith("https://") and row["published_name"]
    names = dict(zip(methods["method"] + ":" + methods["verdict"], methods["published_name"]))
    assert names["eurostat:needs_acceleration"] == "moderate progress towards the target"
    assert names["unsd:needs_acceleration"] == "fair progress but acceleration needed"


# ---------------------------------------------------------------- worked examples, both methods
# Common setting unless said otherwise: baseline 50 in 2020, target 60 in 2025, higher is better.
# required = (60/50)^(1/5) - 1: ln 1.2 = 0.18232, /5 = 0.036464, e^x - 1 = 0.037137 (3.7137 %/yr)

WORKED = [
    # latest (2022), actual CAGR by hand, r, eurostat verdict, unsd verdict
    # 54: ln 1.08 = 0.076961, /2 = 0.038480 -> 0.039230; r = 0.039230 / 0.037137 = 1.0564
    (54.0, 0.039230, 1.0564, "on_track", "on_track"),
    # 53: ln 1.06 = 0.058269, /2 = 0.029135 -> 0.029563; r = 0.7960
    (53.0, 0.029563, 0.7960, "needs_acceleration", "needs_acceleration"),
    # 52: ln 1.04 = 0.039221, /2 = 0.019610 -> 0.019804; r = 0.5333: below Eurostat's 0.6, above UNSD's 0.5
    (52.0, 0.019804, 0.5333, "limited_progress", "needs_acceleration"),
    # flat 50 -> 50: actual exactly 0, r = 0: Eurostat "insufficient", UNSD "limited or no progress"
    (50.0, 0.0, 0.0, "limited_progress", "limited_progress"),
    # 49.8: ln 0.996 = -0.0040080, /2 = -0.0020040 -> -0.0020020; r = -0.05391: Eurostat "movement away",
    # UNSD still "limited or no progress" (>= -0.1)
    (49.8, -0.0020020, -0.05391, "deterioration", "limited_progress"),
    # 48: ln 0.96 = -0.040822, /2 = -0.020411 -> -0.020204; r = -0.5440
    (48.0, -0.020204, -0.5440, "deterioration", "deterioration"),
]


@pytest.mark.parametrize("latest, actual, ratio, eurostat, unsd", WORKED)
def test_worked_examples_for_both_methods(latest, actual, ratio, eurostat, unsd):
    for method, verdict in (("eurostat", eurostat), ("unsd", unsd)):
        a = assess_progress([2022], [latest], 2020, 50, 2025, 60, method=method)
        assert isinstance(a, Assessment) and a.method == method
        assert a.required == pytest.approx(0.037137, abs=2e-6)
        assert a.actual == pytest.approx(actual, abs=2e-6)
        assert a.ratio == pytest.approx(ratio, abs=2e-4)
        assert a.verdict == verdict
        assert (a.base_year, a.latest_year) == (2020, 2022)


def test_published_category_names_travel_with_the_verdict():
    assert assess_progress([2022], [53.0], 2020, 50, 2025, 60).category == "moderate progress towards the target"
    assert assess_progress([2022], [53.0], 2020, 50, 2025, 60, method="unsd").category == \
        "fair progress but acceleration needed"
    assert assess_progress([2022], [49.8], 2020, 50, 2025, 60).category == "movement away from the target"


def test_floating_noise_is_no_progress_not_deterioration():
    # 0.1 + 0.2 = 0.30000000000000004: the 'growth' from 0.3 is ~7e-17 %/yr, noise; counted as exactly 0,
    # so r = 0: "insufficient progress" (Eurostat) and "limited or no progress" (UNSD), never "deterioration"
    for method in ("eurostat", "unsd"):
        a = assess_progress([2022], [0.1 + 0.2], 2020, 0.3, 2025, 0.5, method=method)
        assert a.actual == 0.0 and a.ratio == 0.0 and a.verdict == "limited_progress"
    b = assess_progress([2022], [0.3 - 1e-15], 2020, 0.3, 2025, 0.5, method="unsd")
    assert b.ratio == 0.0 and b.verdict == "limited_progress"


def test_a_series_at_9995_rising_to_9997_is_on_track():
    # base 99.95 (2020), latest 99.97 (2022), target 100 (2025)
    # required: ln(100/99.95) = 0.00050013, /5 = 0.00010003 -> 0.00010003 %/yr (as a fraction)
    # actual: ln(99.97/99.95) = 0.00020008, /2 = 0.00010004 -> 0.00010005; r = 1.0002 -> on track (both)
    for method in ("eurostat", "unsd"):
        a = assess_progress([2022], [99.97], 2020, 99.95, 2025, 100.0, method=method)
        assert a.ratio == pytest.approx(1.0002, abs=2e-4)
        assert a.verdict == "on_track"


def test_lower_is_better():
    # myopia 50 % (2020) -> target 40 % (2025): required ln 0.8 = -0.22314, /5 = -0.044629 -> -0.043648
    # observed 46 (2022): ln 0.92 = -0.083382, /2 = -0.041691 -> -0.040834; r = 0.93553 (both negative, r > 0)
    for method, verdict in (("eurostat", "needs_acceleration"), ("unsd", "needs_acceleration")):
        a = assess_progress([2022], [46.0], 2020, 50, 2025, 40, direction="lower_is_better", method=method)
        assert a.required == pytest.approx(-0.043648, abs=2e-6) and a.actual == pytest.approx(-0.040834, abs=2e-6)
        assert a.ratio == pytest.approx(0.93553, abs=1e-4) and a.verdict == verdict
    # rising myopia 50 -> 52: actual +0.019804, r = -0.4537: moving away under both methods
    worse = assess_progress([2022], [52.0], 2020, 50, 2025, 40, direction="lower_is_better", method="unsd")
    assert worse.ratio == pytest.approx(-0.4537, abs=1e-4) and worse.verdict == "deterioration"
    # achieved only once at or below the target
    assert assess_progress([2024], [41.0], 2020, 50, 2025, 40, direction="lower_is_better").verdict != "achieved"
    assert assess_progress([2024], [40.0], 2020, 50, 2025, 40, direction="lower_is_better").verdict == "achieved"


def test_a_target_already_met_is_achieved_under_both_methods():
    for method in ("eurostat", "unsd"):
        a = assess_progress([2022], [61.0], 2020, 50, 2025, 60, method=method)
        assert a.verdict == "achieved" and "already meets" in a.reason
        assert "project rule" in a.category


def test_one_base_year_for_both_rates():
    # an observation before the plan's baseline does not start the actual rate: 50 (2020) -> 53 (2022), not 40 -> 53
    a = assess_progress([2018, 2022], [40.0, 53.0], 2020, 50, 2025, 60)
    assert a.ratio == pytest.approx(0.7960, abs=2e-4) and a.base_year == 2020
    # with a middle point the rate still runs base -> latest: 50 (2020) -> 56 (2023)
    # ln 1.12 = 0.11333, /3 = 0.037776 -> 0.038499; r = 0.038499 / 0.037137 = 1.0367
    b = assess_progress([2021, 2023], [70.0, 56.0], 2020, 50, 2025, 60)
    assert b.ratio == pytest.approx(1.0367, abs=2e-4) and b.verdict == "on_track"


def test_bounds_are_never_used_as_values():
    # a baseline stated as ">95" has no exact value: not assessable, and said so
    for method in ("eurostat", "unsd"):
        a = assess_progress([2022], [96.0], 2020, 95.0, 2025, 98.0, method=method, baseline_comparator=">")
        assert a.verdict == "not_assessable" and "baseline stated as a bound (>95" in a.reason
    # an observation "≥ 99.76" proves a higher-is-better target of 98 met (the Zhanjiang case) …
    met = assess_progress([2023], [99.76], 2020, 95.0, 2025, 98.0, observed_comparators=[">="])
    assert met.verdict == "achieved" and ">=99.76" in met.reason
    # … but "≥ 96" against 98 proves nothing, and with no exact observation there is no actual rate
    open_ = assess_progress([2023], [96.0], 2020, 95.0, 2025, 98.0, observed_comparators=[">="])
    assert open_.verdict == "not_assessable" and "bound statements not used as values: >=96 (2023)" in open_.reason
    # an approximate value ("~") is a bound too; the exact 2022 point is used, the "~" one named
    mixed = assess_progress([2022, 2023], [53.0, 58.0], 2020, 50, 2025, 60, observed_comparators=["=", "~"])
    assert mixed.ratio == pytest.approx(0.7960, abs=2e-4) and "~58 (2023)" in mixed.reason


def test_floor_below_the_baseline_that_is_missed_follows_the_observed_direction():
    # keep 'above 85%' from 86.49%: falling to 84 misses the floor; ratio is undefined
    a = assess_progress([2022], [84.0], 2020, 86.49, 2025, 85.0)
    assert a.verdict == "deterioration" and math.isnan(a.ratio)
    assert assess_progress([2022], [86.0], 2020, 86.49, 2025, 85.0).verdict == "achieved"


def test_thresholds_are_a_parameter():
    # r = 0.7960 (see above) passes a 0.7 on-track threshold and fails (0.9, 0.8, 0.5)
    assert assess_progress([2022], [53.0], 2020, 50, 2025, 60, thresholds=(0.7, 0.5, 0)).verdict == "on_track"
    assert assess_progress([2022], [53.0], 2020, 50, 2025, 60, thresholds=(0.9, 0.8, 0.5)).verdict == "limited_progress"
    with pytest.raises(ValueError, match="decreasing"):
        assess_progress([2022], [53.0], 2020, 50, 2025, 60, thresholds=(0.5, 0.9, 0))


@pytest.mark.parametrize("years, values, base, target, why", [
    ([], [], 50.0, 60.0, "no exact observation after the baseline year"),
    ([2019], [55.0], 50.0, 60.0, "no exact observation after the baseline year"),
    ([2022], [5.0], 0.0, 60.0, "strictly positive"),
    ([2022], [5.0], -2.0, 60.0, "strictly positive"),
    ([2022], [98.0], 100.0, 100.0, "no required change"),
    ([2022, 2022], [53.0, 54.0], 50.0, 60.0, "disagree"),
])
def test_refuses_what_it_cannot_assess(years, values, base, target, why):
    for method in ("eurostat", "unsd"):
        a = assess_progress(years, values, 2020, base, 2025, target, method=method)
        assert a.verdict == "not_assessable" and math.isnan(a.ratio) and why in a.reason


def test_bad_arguments_raise():
    with pytest.raises(ValueError, match="unknown method"):
        assess_progress([2022], [53], 2020, 50, 2025, 60, method="oecd")
    with pytest.raises(ValueError, match="unknown direction"):
        assess_progress([2022], [53], 2020, 50, 2025, 60, direction="up")


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
        dict(city="Delta", indicator_id="rate", kind="baseline", year=2020, value_std=95.0, comparator=">"),
        dict(city="Delta", indicator_id="rate", kind="target", year=2025, value_std=98.0),
    ])
    return compare_targets(t, codebook=CODEBOOK)


def test_assess_targets_keeps_every_row_and_explains_refusals():
    comparison = comparison_frame()
    observed = pd.DataFrame({
        "city": ["Alpha", "Alpha", "Alpha", "Gamma", "Gamma", "Delta"],
        "indicator_id": ["rate", "myopia", "rate", "rate", "rate", "rate"],
        "year": [2022, 2022, 2019, 2021, 2022, 2022],
        "value": [53.0, 46.0, 1.0, 85.0, 86.0, 96.0],
    })
    for method in ("eurostat", "unsd"):
        out = assess_targets(comparison, observed, method=method)
        assert len(out) == len(comparison) == 5
        rate = out[(out["city"] == "Alpha") & (out["indicator_id"] == "rate")].iloc[0]
        assert rate["ratio"] == pytest.approx(0.7960, abs=2e-4) and rate["base_year"] == 2020
        assert rate["verdict"] == "needs_acceleration" and rate["method"] == method
        myopia = out[(out["city"] == "Alpha") & (out["indicator_id"] == "myopia")].iloc[0]
        assert myopia["assessed_direction"] == "lower_is_better"
        assert myopia["ratio"] == pytest.approx(0.93553, abs=1e-4)
        beta = out[out["city"] == "Beta"].iloc[0]
        assert beta["verdict"] == "not_assessable" and "no exact observation" in beta["reason"]
        gamma = out[out["city"] == "Gamma"].iloc[0]
        assert gamma["verdict"] == "not_assessable" and "no baseline" in gamma["reason"]
        delta = out[out["city"] == "Delta"].iloc[0]
        assert delta["verdict"] == "not_assessable" and "baseline stated as a bound" in delta["reason"]


def test_assess_targets_national_context_never_averages_disagreeing_sources():
    comparison = comparison_frame()
    observed = pd.DataFrame({"city": ["Alpha"], "indicator_id": ["rate"], "year": [2022], "value": [54.0]})
    national = pd.DataFrame({
        "indicator_id": ["rate"] * 5,
        "kind": ["target", "target", "actual", "actual", "actual"],
        "year": [2025, 2025, 2020, 2024, 2024],
        "comparator": [">=", ">=", "=", "=", "="],
        "value": [55.0, 58.0, 48.0, 56.0, 57.0],
    })
    ctx = assess_targets(comparison, observed, national=national)
    row = ctx[(ctx["city"] == "Alpha") & (ctx["indicator_id"] == "rate")].iloc[0]
    assert row["national_target_value"] == 58.0 and row["national_target_values"] == "55;58"
    assert row["national_baseline_value"] == 48.0
    # 2024 has two national values (56, 57): no latest value rather than their mean 56.5
    assert pd.isna(row["national_latest_value"])
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
    # 95 -> 96.5 over 3 years: ln(1.015789) = 0.015666, /3 = 0.0052219 -> 0.0052356
    # 95 -> 98 over 5 years: ln(1.031579) = 0.031091, /5 = 0.0062182 -> 0.0062375; r = 0.8394
    assert out["ratio"].iloc[1] == pytest.approx(0.8394, abs=2e-4)


def test_bound_observations_in_assess_targets_are_named_not_used():
    comparison = comparison_frame()
    observed = pd.DataFrame({"city": ["Alpha", "Alpha"], "indicator_id": ["rate", "rate"], "year": [2022, 2023],
                             "value": [53.0, 55.0], "comparator": ["=", ">="]})
    out = assess_targets(comparison, observed)
    row = out[(out["city"] == "Alpha") & (out["indicator_id"] == "rate")].iloc[0]
    assert row["ratio"] == pytest.approx(0.7960, abs=2e-4) and row["latest_year"] == 2022
    assert "bound statements not used as values: >=55 (2023)" in row["reason"]
