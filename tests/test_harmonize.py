"""The indicator codebook (data) and phrase → id matching."""

import pytest

from plantargets.harmonize import DOMAINS, IndicatorCodebook, load_codebook


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


@pytest.mark.parametrize("phrases, indicator_id", [
    (["学前三年毛入园率", "学前教育毛入园率", "学前教育三年毛入园率", "全市学前三年毛入园率"], "preschool_gross_enrollment_rate"),
    (["九年义务教育巩固率", "义务教育巩固率"], "compulsory_education_consolidation_rate"),
    (["高中阶段毛入学率", "高中阶段教育毛入学率"], "senior_secondary_gross_enrollment_rate"),
])
def test_phrasings_of_one_indicator_map_to_one_id(codebook, phrases, indicator_id):
    assert {codebook.match(p).indicator_id for p in phrases} == {indicator_id}


def test_growth_phrases_prefer_the_growth_indicator(codebook):
    assert codebook.match("地区生产总值", "growth").indicator_id == "gdp_growth_rate"
    assert codebook.match("地区生产总值", "level").indicator_id == "gdp"


def test_unknown_phrase_has_no_id(codebook):
    assert codebook.match("建设非物质文化遗产传承教育特色学校") is None


def test_codebook_rows_are_well_formed(codebook):
    for indicator in codebook.indicators.values():
        assert indicator.domain in DOMAINS
        assert indicator.name_en and indicator.name_zh
        if indicator.lower_bound is not None and indicator.upper_bound is not None:
            assert indicator.lower_bound < indicator.upper_bound
        if indicator.unit == "%":
            assert indicator.upper_bound in (100, None) or indicator.direction != "higher_is_better"


def test_national_reference_indicators_are_in_the_codebook(codebook):
    import csv
    from pathlib import Path
    reference = Path(__file__).resolve().parents[1] / "data" / "raw" / "reference" / "national_education.csv"
    with open(reference, encoding="utf-8") as handle:
        names = {row["indicator_zh"] for row in csv.DictReader(handle)}
    assert all(codebook.match(name) is not None for name in names), names


def test_an_alias_under_two_ids_is_refused(tmp_path):
    path = tmp_path / "codebook.csv"
    path.write_text(
        "indicator_id,name_en,name_zh,aliases_zh,unit,domain,direction,lower_bound,upper_bound,description_en\n"
        "a_rate,A,甲率,甲率|共用,%,preschool,higher_is_better,0,100,x\n"
        "b_rate,B,乙率,乙率|共用,%,preschool,higher_is_better,0,100,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="共用"):
        IndicatorCodebook.from_csv(path)


def test_values_outside_bounds_are_flagged_and_kept(codebook):
    from types import SimpleNamespace

    from plantargets.harmonize import flag_out_of_bounds
    doc = SimpleNamespace(source_file="x.txt", doc_id="x-00")
    bad = SimpleNamespace(indicator_zh="学前三年毛入园率", target_type="level", unit_std="%", value_std=120.0,
                          doc=doc, char_start=0, char_end=5, flag_types=set())
    good = SimpleNamespace(**{**bad.__dict__, "value_std": 98.0, "flag_types": set()})
    flags = flag_out_of_bounds([bad, good], codebook)
    assert [f.flag_type for f in flags] == ["value_out_of_bounds"]
    assert bad.flag_types == {"value_out_of_bounds"} and good.flag_types == set()
