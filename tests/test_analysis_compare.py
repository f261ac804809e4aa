"""compare_targets, coverage_matrix, shared_indicators: numbers checked against hand-derived values."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from plantargets.analysis import (
    compare_targets, coverage_matrix, distinct_facts, national_observed, project_indicators, select_observed,
    shared_indicators,
)

CITY_ZH = {"Alpha": "甲市", "Beta": "乙市", "Gamma": "丙市"}


def make_targets(rows: list[dict]) -> pd.DataFrame:
    """A small targets frame with the columns and nullable dtypes of the real table."""
    defaults = {"indicator_en": pd.NA, "domain": "test", "target_type": "level", "comparator": "=",
                "value_high_std": np.nan, "unit_std": "%", "binding": pd.NA, "commitment": "plain", "doc_id": "doc-00"}
    recs = []
    for i, r in enumerate(rows):
        rec = {**defaults, **r}
        rec.setdefault("target_id", f"v_{i:012x}")
        rec["city_zh"] = CITY_ZH[rec["city"]]
        recs.append(rec)
    t = pd.DataFrame(recs)
    for col in ("city", "city_zh", "indicator_id", "indicator_en", "domain", "kind", "target_type", "comparator",
                "unit_std", "binding", "commitment", "doc_id", "target_id"):
        t[col] = t[col].astype("string")
    t["year"] = t["year"].astype("Int64")
    t["value_std"] = t["value_std"].astype("Float64")
    t["value_high_std"] = t["value_high_std"].astype("Float64")
    return t


CODEBOOK = pd.DataFrame({
    "indicator_id": ["rate", "myopia", "count", "flat"],
    "direction": ["higher_is_better", "lower_is_better", "neutral", "higher_is_better"],
    "lower_bound": [0.0, 0.0, 0.0, np.nan],
    "upper_bound": [100.0, 100.0, np.nan, np.nan],
})


def one(frame: pd.DataFrame, **where) -> pd.Series:
    sel = frame
    for k, v in where.items():
        sel = sel[sel[k] == v]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def test_ambition_pace_and_gap_share_of_a_rate():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2020, value_std=80.0, target_id="v_000000000b01"),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=90.0, comparator=">=",
             binding="约束性", target_id="v_000000000a01"),
    ])
    row = one(compare_targets(t, codebook=CODEBOOK))
    assert row["baseline_value"] == 80.0 and row["baseline_year"] == 2020 and row["baseline_kind"] == "baseline"
    assert row["target_value"] == 90.0 and row["target_year"] == 2025
    assert row["comparator"] == ">=" and row["binding"] == "约束性"
    assert row["ambition"] == pytest.approx(10.0)
    assert row["required_pace_per_year"] == pytest.approx(10.0 / 5)
    # (90 - 80) / (100 - 80): half of the remaining room to 100% is to be closed
    assert row["gap_closed_share"] == pytest.approx(0.5)
    assert row["bound"] == 100.0
    assert row["target_ids"] == "v_000000000a01" and row["baseline_target_ids"] == "v_000000000b01"
    assert not row["conflict"]


def test_gap_share_is_direction_aware_for_lower_is_better():
    t = make_targets([
        dict(city="Alpha", indicator_id="myopia", kind="baseline", year=2020, value_std=50.0),
        dict(city="Alpha", indicator_id="myopia", kind="target", year=2025, value_std=40.0),
    ])
    row = one(compare_targets(t, codebook=CODEBOOK))
    assert row["ambition"] == pytest.approx(-10.0)
    assert row["required_pace_per_year"] == pytest.approx(-2.0)
    # distance to the lower bound 0 is 50; the target covers 10 of it
    assert row["gap_closed_share"] == pytest.approx(10 / 50)
    assert row["bound"] == 0.0


def test_gap_share_missing_at_the_bound_and_without_bound_or_codebook():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2020, value_std=100.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=100.0),
        dict(city="Beta", indicator_id="flat", kind="baseline", year=2020, value_std=3.0, unit_std="人"),
        dict(city="Beta", indicator_id="flat", kind="target", year=2024, value_std=5.0, unit_std="人"),
    ])
    out = compare_targets(t, codebook=CODEBOOK)
    at_bound = one(out, city="Alpha")
    assert at_bound["ambition"] == 0.0 and math.isnan(at_bound["gap_closed_share"])
    unbounded = one(out, city="Beta")
    assert unbounded["required_pace_per_year"] == pytest.approx(2.0 / 4)
    assert math.isnan(unbounded["gap_closed_share"])
    no_codebook = compare_targets(t)
    assert no_codebook["gap_closed_share"].isna().all()
    assert no_codebook["ambition"].tolist() == [0.0, 2.0]


def test_latest_baseline_before_the_target_year_wins():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2018, value_std=70.0),
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2020, value_std=76.0),
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2025, value_std=99.0),  # not before the target
        dict(city="Alpha", indicator_id="rate", kind="actual", year=2022, value_std=79.0),    # actuals only as fallback
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=88.0),
    ])
    row = one(compare_targets(t, codebook=CODEBOOK))
    assert (row["baseline_year"], row["baseline_value"], row["baseline_kind"]) == (2020, 76.0, "baseline")
    assert row["required_pace_per_year"] == pytest.approx((88 - 76) / 5)
    assert row["gap_closed_share"] == pytest.approx((88 - 76) / (100 - 76))


def test_actual_before_target_year_is_the_fallback_baseline():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="actual", year=2019, value_std=60.0),
        dict(city="Alpha", indicator_id="rate", kind="actual", year=2021, value_std=65.0, target_id="v_0000000000ac"),
        dict(city="Alpha", indicator_id="rate", kind="actual", year=2026, value_std=99.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=73.0),
    ])
    row = one(compare_targets(t))
    assert (row["baseline_kind"], row["baseline_year"], row["baseline_value"]) == ("actual", 2021, 65.0)
    assert row["baseline_target_ids"] == "v_0000000000ac"
    assert row["required_pace_per_year"] == pytest.approx(8.0 / 4)


def test_default_is_the_latest_target_year_and_target_year_selects_another():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2020, value_std=80.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2023, value_std=86.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=90.0),
    ])
    assert one(compare_targets(t))["target_year"] == 2025
    mid = one(compare_targets(t, target_year=2023))
    assert mid["target_value"] == 86.0
    assert mid["required_pace_per_year"] == pytest.approx(6.0 / 3)
    assert compare_targets(t, target_year=2030).empty


def test_two_different_targets_are_both_kept_and_marked_as_conflict():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2020, value_std=95.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=95.0, comparator=">=", target_id="v_00000000c001"),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=96.0, target_id="v_00000000c002"),
        dict(city="Beta", indicator_id="rate", kind="target", year=2025, value_std=97.0),
    ])
    out = compare_targets(t, codebook=CODEBOOK)
    alpha = out[out["city"] == "Alpha"]
    assert sorted(alpha["target_value"]) == [95.0, 96.0]  # not averaged to 95.5
    assert alpha["conflict"].all()
    assert set(alpha["target_ids"]) == {"v_00000000c001", "v_00000000c002"}
    assert sorted(alpha["ambition"]) == [0.0, 1.0]
    assert not one(out, city="Beta")["conflict"]


def test_repeated_statements_of_one_value_merge_and_keep_every_source():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2020, value_std=86.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=90.0, comparator=">",
             binding="预期性", target_id="v_0000000000d1", doc_id="doc-00"),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=90.0, comparator=">=",
             commitment="力争", target_id="v_0000000000d2", doc_id="doc-01"),
    ])
    row = one(compare_targets(t))
    assert row["n_statements"] == 2
    assert row["target_ids"].split(";") == ["v_0000000000d1", "v_0000000000d2"]
    assert row["comparator"] == ">;>=" and row["commitment"] == "plain;力争" and row["binding"] == "预期性"
    assert row["doc_ids"] == "doc-00;doc-01"
    assert not row["conflict"]


def test_baseline_in_another_unit_is_not_used():
    t = make_targets([
        dict(city="Alpha", indicator_id="count", kind="baseline", year=2020, value_std=12.0, unit_std="万人"),
        dict(city="Alpha", indicator_id="count", kind="baseline", year=2018, value_std=100000.0, unit_std="人"),
        dict(city="Alpha", indicator_id="count", kind="target", year=2025, value_std=130000.0, unit_std="人"),
    ])
    row = one(compare_targets(t))
    assert (row["baseline_year"], row["baseline_value"]) == (2018, 100000.0)
    assert row["required_pace_per_year"] == pytest.approx(30000.0 / 7)


def test_only_mapped_level_values_and_filters():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=90.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=5.0, target_type="growth"),
        dict(city="Alpha", indicator_id=pd.NA, kind="target", year=2025, value_std=7.0),
        dict(city="Beta", indicator_id="rate", kind="target", year=2025, value_std=92.0),
        dict(city="Beta", indicator_id="myopia", kind="target", year=2025, value_std=40.0),
    ])
    out = compare_targets(t)
    assert len(out) == 3 and not out["conflict"].any()
    assert one(compare_targets(t, cities="甲市"), city="Alpha")["target_value"] == 90.0
    assert compare_targets(t, indicators=["myopia"])["city"].tolist() == ["Beta"]
    assert len(compare_targets(t, cities=["Alpha", "Beta"], indicators="rate")) == 2


def test_range_target_keeps_both_ends():
    t = make_targets([
        dict(city="Alpha", indicator_id="count", kind="target", year=2025, value_std=10.0, value_high_std=20.0,
             comparator="range", unit_std="所"),
    ])
    row = one(compare_targets(t))
    assert (row["target_value"], row["target_value_high"], row["comparator"]) == (10.0, 20.0, "range")


def test_coverage_matrix_counts_values_with_zeros_and_shared_indicators():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=90.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2023, value_std=85.0),
        dict(city="Alpha", indicator_id="myopia", kind="baseline", year=2020, value_std=50.0),
        dict(city="Beta", indicator_id="rate", kind="target", year=2025, value_std=92.0),
        dict(city="Beta", indicator_id="myopia", kind="target", year=2025, value_std=40.0),
        dict(city="Gamma", indicator_id=pd.NA, kind="target", year=2025, value_std=1.0),
    ])
    m = coverage_matrix(t)
    assert list(m.index) == ["Alpha", "Beta", "Gamma"]
    assert list(m.columns) == ["myopia", "rate"]
    assert m.loc["Alpha", "rate"] == 2 and m.loc["Alpha", "myopia"] == 0
    assert m.loc["Beta", "myopia"] == 1 and m.loc["Gamma"].sum() == 0
    assert coverage_matrix(t, kind="baseline").loc["Alpha", "myopia"] == 1
    assert coverage_matrix(t, kind=None).loc["Alpha"].sum() == 3
    assert shared_indicators(t) == ["rate"]
    assert shared_indicators(t, min_cities=1) == ["myopia", "rate"]
    assert shared_indicators(t, min_cities=3) == []


def test_select_observed_gives_the_long_frame_of_actuals():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="actual", year=2021, value_std=81.0),
        dict(city="Alpha", indicator_id="rate", kind="actual", year=pd.NA, value_std=82.0),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=90.0),
    ])
    obs = select_observed(t)
    assert obs[["city", "indicator_id", "year", "value"]].values.tolist() == [["Alpha", "rate", 2021, 81.0]]


def test_real_table_rows_trace_back_to_their_sources():
    plantargets = pytest.importorskip("plantargets")
    try:
        targets = plantargets.load(validate=False)
    except FileNotFoundError:
        pytest.skip("no clean targets table built")
    out = compare_targets(targets)
    assert not out.empty
    by_id = targets.set_index("target_id")
    for _, row in out.iterrows():
        for tid in row["target_ids"].split(";"):
            src = by_id.loc[tid]
            assert src["kind"] == "target" and src["target_type"] == "level"
            assert float(src["value_std"]) == row["target_value"] and int(src["year"]) == row["target_year"]
            assert src["city"] == row["city"] and src["indicator_id"] == row["indicator_id"]
        if pd.notna(row["baseline_target_ids"]):
            for tid in row["baseline_target_ids"].split(";"):
                assert float(by_id.loc[tid, "value_std"]) == row["baseline_value"]
                assert int(by_id.loc[tid, "year"]) < row["target_year"]
    # a conflict means two different values for one city, indicator and year
    conflicts = out[out["conflict"]].groupby(["city", "indicator_id", "target_year"])["target_value"].nunique()
    assert (conflicts >= 2).all()


def test_a_forecast_is_not_a_target_and_gets_no_ambition():
    t = make_targets([
        dict(city="Alpha", indicator_id="count", kind="baseline", year=2020, value_std=40.0, unit_std="所"),
        dict(city="Alpha", indicator_id="count", kind="target", year=2025, value_std=46.0, unit_std="所", commitment="预测"),
        dict(city="Beta", indicator_id="count", kind="baseline", year=2020, value_std=40.0, unit_std="所"),
        dict(city="Beta", indicator_id="count", kind="target", year=2025, value_std=46.0, unit_std="所", commitment="力争"),
    ])
    out = compare_targets(t, codebook=CODEBOOK).set_index("city")
    assert out.loc["Alpha", "forecast"] and math.isnan(out.loc["Alpha", "ambition"])
    assert math.isnan(out.loc["Alpha", "required_pace_per_year"]) and "forecast" in out.loc["Alpha", "ambition_note"]
    # a striven-for target (力争) is a target: 46 - 40 = 6 over 5 years, 1.2 per year
    assert not out.loc["Beta", "forecast"]
    assert (out.loc["Beta", "ambition"], out.loc["Beta", "required_pace_per_year"]) == (6.0, pytest.approx(1.2))


def test_a_bound_baseline_gives_no_ambition_and_says_so():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="baseline", year=2020, value_std=95.0, comparator=">"),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=98.0),
    ])
    row = compare_targets(t, codebook=CODEBOOK).iloc[0]
    assert row["baseline_comparator"] == ">" and row["baseline_value"] == 95.0
    assert math.isnan(row["ambition"]) and math.isnan(row["required_pace_per_year"])
    assert math.isnan(row["gap_closed_share"])
    assert row["ambition_note"].startswith("baseline stated as a bound (>95)")


def test_a_fact_stated_twice_counts_once():
    t = make_targets([
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=98.0, target_id="v_table"),
        dict(city="Alpha", indicator_id="rate", kind="target", year=2025, value_std=98.0, target_id="v_sentence"),
        dict(city="Alpha", indicator_id="myopia", kind="target", year=2025, value_std=40.0, target_id="v_a"),
        dict(city="Alpha", indicator_id="myopia", kind="target", year=2025, value_std=41.0, target_id="v_b"),
    ])
    t["restates_id"] = pd.Series([pd.NA, "v_table", pd.NA, "v_a"], dtype="string")
    facts = distinct_facts(t)
    # the sentence restating the table row is left out; the restatement with another value stays, flagged
    assert facts["target_id"].tolist() == ["v_table", "v_a", "v_b"]
    assert facts["restates_conflict"].tolist() == [False, False, True]
    assert facts["fact_id"].tolist() == ["v_table", "v_a", "v_a"]
    assert coverage_matrix(t).loc["Alpha", "rate"] == 1
    merged = compare_targets(t, codebook=CODEBOOK)
    rate = merged[merged["indicator_id"] == "rate"].iloc[0]
    assert (rate["n_statements"], rate["n_facts"]) == (2, 1)


def test_national_series_keeps_disagreeing_sources_apart():
    national = pd.DataFrame({
        "reference_id": ["n:17", "n:18", "n:19", "n:20", "n:21"],
        "indicator_id": ["rate"] * 5, "kind": ["actual"] * 4 + ["target"],
        "year": [2010, 2010, 2012, 2013, 2020], "comparator": ["="] * 5,
        "value": [89.7, 91.1, 91.8, 92.3, 95.0], "unit_std": ["%"] * 5,
    })
    obs = national_observed(national, ["rate"])
    assert obs["value"].tolist() == [89.7, 91.1, 91.8, 92.3]  # no 90.4, the mean no source states
    assert obs["sources_disagree"].tolist() == [True, True, False, False]
    assert set(obs["city"]) == {"China (national)"}
    projected = project_indicators(obs, 2015)
    note = projected["note"].iloc[0]
    # 2010 left out of the fit: only 2012 and 2013 remain, a line through 2 observations
    assert "sources disagree for 2010 (89.7, 91.1)" in note and "line through 2 observations" in note
    # line through (2012, 91.8) and (2013, 92.3): 0.5 per year, 2015 -> 93.3
    line = projected[projected["series_kind"] == "projected"]
    assert line[line["year"] == 2015]["value"].iloc[0] == pytest.approx(93.3)


def test_a_countys_values_are_not_its_citys():
    rows = [
        {"city": "Alpha", "indicator_id": "rate", "kind": "baseline", "year": 2020, "value_std": 90.0},
        {"city": "Alpha", "indicator_id": "rate", "kind": "target", "year": 2025, "value_std": 95.0},
        # a county of Alpha, named in Alpha's report: its 80 → 99 must not become Alpha's baseline or target
        {"city": "Alpha", "indicator_id": "rate", "kind": "baseline", "year": 2020, "value_std": 80.0, "place_zh": "丁县"},
        {"city": "Alpha", "indicator_id": "rate", "kind": "target", "year": 2025, "value_std": 99.0, "place_zh": "丁县"},
        {"city": "Alpha", "indicator_id": "rate", "kind": "actual", "year": 2022, "value_std": 85.0, "place_zh": "丁县"},
    ]
    targets = make_targets(rows)
    targets["place_zh"] = targets["place_zh"].fillna(targets["city_zh"]).astype("string")
    row = compare_targets(targets, codebook=CODEBOOK).iloc[0]
    assert (row["baseline_value"], row["target_value"], row["conflict"]) == (90.0, 95.0, False)
    assert select_observed(targets).empty
    assert coverage_matrix(targets).loc["Alpha", "rate"] == 1
