"""Observed series and target fulfilment, on constructed statements whose verdicts are worked out by hand, and on
two constructed reports read end to end (a year's targets, then the next year's review of them)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from plantargets.analysis.fulfilment import STATUSES, fulfilment, stated_tolerance
from plantargets.analysis.observations import observations, select_place
from plantargets.pipeline import extract_tables

INDICATORS = pd.DataFrame({
    "indicator_id": ["gdp", "gdp_growth_rate", "urban_surveyed_unemployment_rate", "class_size", "mystery"],
    "direction": ["higher_is_better", "higher_is_better", "lower_is_better", "lower_is_better", "neutral"],
})


def statement(kind, value, year=2023, indicator="gdp_growth_rate", comparator="=", unit="%", target_type="growth",
              place="甲市", quote=None, high=np.nan, direction=None, doc="a", **extra) -> dict:
    """One row of a targets table as the build writes it (only the columns the analysis reads)."""
    number = f"{value:g}"
    quote = quote or f"增长{number}%"
    start = 100 * len(extra) + int(value * 10) % 97
    parent = "乙省" if place == "甲市" else "甲市"
    return {"target_id": f"v_{kind}_{doc}_{place}_{indicator}_{year}_{number}", "city": "Jia", "city_zh": "甲市",
            "place_zh": place, "place_level": "prefecture" if place == "甲市" else "county", "parent_place_zh": parent, "indicator_id": indicator,
            "indicator_zh": indicator, "kind": kind, "year": year, "comparator": comparator, "value": value,
            "value_std": value, "value_high_std": high, "unit_std": unit, "target_type": target_type,
            "direction": direction, "per_year": False, "period_start": pd.NA, "period_end": pd.NA,
            "commitment": "plain", "quote": quote, "char_start": start, "char_end": start + len(quote),
            "value_char_start": start + quote.index(number), "value_char_end": start + quote.index(number) + len(number),
            "source_file": f"{doc}.txt", "doc_id": f"{doc}-00", "doc_title": f"report {doc}", "other_sources": pd.NA,
            **extra}


def frame(rows: list[dict]) -> pd.DataFrame:
    t = pd.DataFrame(rows)
    for column in ("year", "period_start", "period_end"):
        t[column] = t[column].astype("Int64")
    return t


def verdict(target: dict, *outcomes: dict, tolerance=None) -> pd.Series:
    result = fulfilment(frame([target, *outcomes]), INDICATORS, tolerance=tolerance)
    assert len(result) == 1
    return result.iloc[0]


# ---------------------------------------------------------------- 左右 and its tolerance

def test_the_tolerance_of_a_stated_number_is_half_its_last_digit():
    assert stated_tolerance("6") == 0.5
    assert stated_tolerance("6.5") == pytest.approx(0.05)
    assert stated_tolerance("1.2", scale=1e8) == pytest.approx(0.05e8)  # 1.2亿: 0.05亿 in 元


@pytest.mark.parametrize("target, outcome, status", [
    ("6", 6.2, "met"),                     # reached
    ("6", 5.5, "met within tolerance"),    # short by 0.5 = half a unit of "6": rounds to 6
    ("6", 5.4, "missed"),                  # short by 0.6
    ("6.5", 6.45, "met within tolerance"),  # short by 0.05 = half a unit of "6.5"
    ("6.5", 6.4, "missed"),                # short by 0.1: 6.4 does not round to 6.5
])
def test_around_is_met_within_half_a_unit_of_its_last_digit(target, outcome, status):
    value = float(target)
    row = verdict(statement("target", value, comparator="~", quote=f"增长{target}%左右"),
                  statement("actual", outcome, doc="b"))
    assert row["status"] == status
    assert row["tolerance"] == pytest.approx(0.5 if target == "6" else 0.05)
    assert row["gap"] == pytest.approx(outcome - value)


def test_a_fixed_tolerance_replaces_the_stated_precision():
    row = verdict(statement("target", 6.5, comparator="~", quote="增长6.5%左右"), statement("actual", 6.0, doc="b"),
                  tolerance=0.5)
    assert row["status"] == "met within tolerance"  # short by 0.5, allowed by the fixed 0.5


# ---------------------------------------------------------------- comparators and directions

@pytest.mark.parametrize("comparator, outcome, status", [
    (">=", 95.0, "met"), (">=", 94.9, "missed"), (">", 95.0, "missed"), (">", 95.1, "met"),
])
def test_a_floor_is_met_at_or_above_it(comparator, outcome, status):
    row = verdict(statement("target", 95.0, indicator="gdp", target_type="level", comparator=comparator,
                            quote="达到95%以上"),
                  statement("actual", outcome, indicator="gdp", target_type="level", quote=f"达到{outcome:g}%", doc="b"))
    assert row["status"] == status


@pytest.mark.parametrize("outcome, status", [(5.2, "met"), (5.5, "met"), (5.6, "missed")])
def test_a_ceiling_is_met_at_or_below_it(outcome, status):
    rate = "urban_surveyed_unemployment_rate"
    row = verdict(statement("target", 5.5, indicator=rate, target_type="level", comparator="<=", quote="控制在5.5%以内"),
                  statement("actual", outcome, indicator=rate, target_type="level", quote=f"为{outcome:g}%", doc="b"))
    assert row["status"] == status


@pytest.mark.parametrize("outcome, status", [(6.2, "met"), (6.0, "met"), (6.8, "met"), (5.9, "missed")])
def test_a_range_is_met_inside_it_or_beyond_on_the_better_side(outcome, status):
    row = verdict(statement("target", 6.0, comparator="range", high=6.5, quote="增长6%-6.5%"),
                  statement("actual", outcome, doc="b"))
    assert row["status"] == status


def test_a_plain_level_is_read_by_the_indicators_direction():
    lower = verdict(statement("target", 45, indicator="class_size", unit="人", target_type="level", quote="班额45人"),
                    statement("actual", 44, indicator="class_size", unit="人", target_type="level", quote="班额44人",
                              doc="b"))
    assert lower["better"] == "lower" and lower["status"] == "met"
    unknown = verdict(statement("target", 3, indicator="mystery", unit="个", target_type="level", quote="3个"),
                      statement("actual", 4, indicator="mystery", unit="个", target_type="level", quote="4个", doc="b"))
    assert unknown["status"] == "undetermined" and "direction" in unknown["reason"]


def test_a_decrease_target_is_met_by_a_larger_decrease():
    energy = dict(indicator="energy_intensity", direction="decrease")  # not in the codebook: its own 下降 decides
    target = statement("target", 3.0, quote="单位生产总值能耗下降3%", **energy)
    assert verdict(target, statement("actual", 4.0, quote="下降4%", doc="b", **energy))["status"] == "met"
    missed = verdict(target, statement("actual", 2.0, quote="下降2%", doc="b", **energy))
    assert missed["status"] == "missed" and missed["target_value"] == -3.0 and missed["outcome_value"] == -2.0


# ---------------------------------------------------------------- outcomes that cannot decide

def test_an_outcome_stated_as_a_bound_decides_only_when_every_value_it_allows_agrees():
    level = dict(indicator="gdp", target_type="level", unit="亿元")
    outcome = statement("actual", 3100, comparator=">", quote="超3100亿元", doc="b", **level)
    met = verdict(statement("target", 3000, comparator=">=", quote="3000亿元以上", **level), outcome)
    assert met["status"] == "met"
    open_ended = verdict(statement("target", 3200, comparator=">=", quote="3200亿元以上", **level), outcome)
    assert open_ended["status"] == "undetermined" and "bound" in open_ended["reason"]


def test_a_missing_outcome_is_not_yet_known_and_a_conflict_is_shown_not_averaged():
    target = statement("target", 6.0, comparator="~", quote="增长6%左右")
    assert verdict(target)["status"] == "not yet known"
    row = verdict(target, statement("actual", 5.8, doc="b"), statement("actual", 6.3, doc="c"))
    assert row["status"] == "conflicting outcomes" and math.isnan(row["outcome_value"])
    assert row["outcome_values_stated"] == "5.8 | 6.3"


def test_a_countys_outcome_is_not_its_citys_and_a_level_is_not_a_growth():
    target = statement("target", 6.0, comparator="~", quote="增长6%左右")
    county = statement("actual", 6.1, place="丙县", doc="b")
    level = statement("actual", 3000, target_type="level", unit="亿元", indicator="gdp", quote="3000亿元", doc="c")
    assert verdict(target, county, level)["status"] == "not yet known"


def test_a_growth_rate_indicator_and_its_base_indicators_growth_are_one_series():
    target = statement("target", 6.0, comparator="~", quote="地区生产总值增长6%左右")  # gdp_growth_rate
    outcome = statement("actual", 6.1, indicator="gdp", quote="地区生产总值3000亿元、增长6.1%", doc="b")
    row = verdict(target, outcome)
    assert row["status"] == "met" and row["observation_id"] == observations(frame([outcome]))["observation_id"][0]


def test_every_row_has_both_provenances_and_a_known_status():
    target = statement("target", 6.0, comparator="~", quote="增长6%左右")
    row = verdict(target, statement("actual", 6.1, doc="b"))
    assert row["target_source"] == f"a.txt:{target['char_start']}-{target['char_end']}"
    assert row["outcome_sources"].startswith("b.txt:") and row["outcome_quotes"] == "增长6.1%"
    assert row["status"] in STATUSES


# ---------------------------------------------------------------- observations

def test_a_value_repeated_in_two_reports_is_one_observation_with_both_sources():
    first = statement("actual", 1.7, doc="bulletin")
    again = statement("actual", 1.7, doc="report", other_sources="mirror.txt:5-12")
    result = observations(frame([first, again]))
    assert len(result) == 1
    row = result.iloc[0]
    assert row["status"] == "agreed" and row["value"] == 1.7 and row["n_documents"] == 2
    assert row["sources"].split("; ") == [f"bulletin.txt:{first['char_start']}-{first['char_end']}",
                                          f"report.txt:{again['char_start']}-{again['char_end']}", "mirror.txt:5-12"]


def test_period_averages_and_totals_are_not_points_of_the_yearly_series():
    average = statement("actual", 5.1, year=2020, per_year=True, quote="年均增长5.1%")
    total = statement("actual", 29.3, year=2021, indicator="gdp", period_start=2017, period_end=2021,
                      quote="累计增长29.3%", doc="b")
    level_at_end = statement("actual", 3500, year=2021, indicator="gdp", target_type="level", unit="亿元",
                             period_start=2017, period_end=2021, quote="达到3500亿元", doc="b")
    kinds = observations(frame([average, total, level_at_end])).set_index("quotes")["series_kind"]
    assert kinds.to_dict() == {"年均增长5.1%": "observed_period_average", "累计增长29.3%": "observed_period_total",
                               "达到3500亿元": "observed"}


# ---------------------------------------------------------------- end to end, from text

TARGETS_2023 = """韶关市2023年政府工作报告
二、2023年主要预期目标
地区生产总值增长6%左右,城镇调查失业率控制在5.5%以内,居民人均可支配收入增长6.5%以上。
"""
REVIEW_2023 = """韶关市2024年政府工作报告
一、2023年工作回顾
全市地区生产总值增长5.6%,城镇调查失业率5.2%,居民人均可支配收入增长6.1%。
"""


def test_a_years_targets_are_read_against_the_next_years_review(tmp_path):
    (tmp_path / "jia_2023_work_report.txt").write_text(TARGETS_2023, encoding="utf-8")
    (tmp_path / "jia_2024_work_report.txt").write_text(REVIEW_2023, encoding="utf-8")
    targets = extract_tables(tmp_path).tables["targets"]
    indicators = pd.concat([INDICATORS, pd.DataFrame({"indicator_id": ["per_capita_disposable_income_growth_rate"],
                                                      "direction": ["higher_is_better"]})])
    result = fulfilment(targets, indicators).set_index("indicator_id")
    # 6%左右 against 5.6: short by 0.4, within half a unit of "6"; 5.5%以内 against 5.2: met;
    # 6.5%以上 against 6.1: missed.
    assert result.loc["gdp_growth_rate", "status"] == "met within tolerance"
    assert result.loc["urban_surveyed_unemployment_rate", "status"] == "met"
    assert result.loc["per_capita_disposable_income_growth_rate", "status"] == "missed"
    assert set(result["target_source"].str.split(":").str[0]) == {"jia_2023_work_report.txt"}
    assert set(result["outcome_sources"].str.split(":").str[0]) == {"jia_2024_work_report.txt"}


def test_a_city_is_its_own_place_and_with_subdivisions_its_counties_too():
    rows = frame([statement("actual", 6.0), statement("actual", 6.1, place="丙县", doc="b"),
                  statement("actual", 6.2, place="丁市", doc="c")])
    rows.loc[2, ["city", "city_zh", "parent_place_zh"]] = ["Ding", "丁市", "乙省"]
    assert list(select_place(rows, "Jia")["value"]) == [6.0]  # the city's own value, not its county's
    assert list(select_place(rows, "Jia", subdivisions=True)["value"]) == [6.0, 6.1]
    assert list(select_place(rows, "甲")["value"]) == [6.0]  # a Chinese name, with or without 市
    assert list(select_place(rows, "丙县")["value"]) == [6.1]
    assert select_place(rows, "戊县").empty


def test_a_statement_without_a_named_place_is_its_documents_citys():
    target = statement("target", 6.0, comparator="~", quote="增长6%左右", place=None)
    outcome = statement("actual", 5.8, doc="b", place=None)
    row = verdict(target, outcome)
    assert row["place_zh"] == "甲市" and row["status"] == "met within tolerance"
