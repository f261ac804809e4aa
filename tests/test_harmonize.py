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

    from plantargets.paths import NATIONAL_REFERENCE_DIR
    reference = NATIONAL_REFERENCE_DIR / "national_education.csv"
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


@pytest.mark.parametrize("phrase, target_type, indicator_id", [
    # headline economy: level vs growth of the same quantity
    ("全市实现地区生产总值", "level", "gdp"),
    ("全市生产总值", "growth", "gdp_growth_rate"),
    ("人均地区生产总值", "level", "per_capita_gdp"),
    ("人均GDP", "growth", "per_capita_gdp_growth_rate"),
    ("一般公共预算收入", "level", "local_general_budget_revenue"),
    ("公共财政预算收入", "growth", "local_general_budget_revenue_growth_rate"),
    ("财政总收入", "growth", "total_fiscal_revenue_growth_rate"),
    ("税收收入占一般公共预算收入的比重", "level", "tax_revenue_share"),
    ("一般公共预算支出", "growth", "general_budget_expenditure_growth_rate"),
    ("民生支出占一般公共预算支出比重", "level", "livelihood_expenditure_share"),
    ("全社会固定资产投资", "growth", "fixed_asset_investment_growth_rate"),
    ("500万元以上固定资产投资", "level", "fixed_asset_investment"),
    ("社零总额", "growth", "retail_sales_growth_rate"),
    ("城镇常住居民人均可支配收入", "level", "urban_disposable_income"),
    ("农村居民人均可支配收入", "growth", "rural_disposable_income_growth_rate"),
    ("全体居民人均可支配收入", "growth", "per_capita_disposable_income_growth_rate"),
    ("居民消费价格涨幅", "level", "consumer_price_index_growth"),
    ("城镇调查失业率", "level", "urban_surveyed_unemployment_rate"),
    ("单位地区生产总值能耗", "growth", "energy_intensity_reduction"),
    ("外贸进出口", "growth", "foreign_trade_growth_rate"),
    ("出口总额", "level", "exports"),
    ("实际使用外资", "growth", "utilized_foreign_investment_growth_rate"),
    ("规上工业总产值", "level", "industrial_output"),
    ("服务业增加值", "growth", "tertiary_industry_value_added_growth_rate"),
    ("第三产业增加值占地区生产总值比重", "level", "tertiary_industry_share"),
    ("金融机构存贷款余额", "level", "financial_deposit_loan_balance"),
    ("金融机构本外币贷款余额", "growth", "financial_loan_balance_growth_rate"),
    ("全社会研发经费投入占地区生产总值比重", "level", "rd_intensity"),
    ("环境空气质量优良天数比例", "level", "air_quality_good_days_ratio"),
    ("农村贫困人口全部脱贫", "cumulative", "people_lifted_out_of_poverty"),
    # education
    ("普惠性幼儿园覆盖率", "level", "public_inclusive_kindergarten_share"),
    ("公办园在园幼儿占比", "level", "public_kindergarten_enrollment_share"),
    ("新增普惠性学位", "cumulative", "new_kindergarten_places"),
    ("新增公办中小学学位", "cumulative", "new_public_compulsory_school_places"),
    ("新建幼儿园", "cumulative", "new_kindergartens"),
    ("新建、改扩建中小学校", "cumulative", "new_or_renovated_schools"),
    ("改扩建中小学", "cumulative", "schools_renovated_expanded"),
    ("中职在校生", "level", "vocational_enrollment"),
    ("财政性教育经费支出占地区生产总值比例", "level", "education_expenditure_gdp_share"),
    ("教育支出占一般公共预算支出的比重", "level", "education_expenditure_share"),
    ("新增劳动力平均受教育年限", "level", "new_labour_force_average_schooling_years"),
    ("生均财政拨款", "level", "per_pupil_education_expenditure"),
    ("超大班额", "level", "super_large_class_share"),
    ("专任教师中本科以上学历比例", "level", "full_time_teacher_bachelor_share"),
    ("新建小学班额", "level", "class_size"),
])
def test_common_report_phrasings_map_to_their_id(codebook, phrase, target_type, indicator_id):
    found = codebook.match(phrase, target_type)
    assert found is not None and found.indicator_id == indicator_id


@pytest.mark.parametrize("phrase", ["数字经济增加值", "房地产开发投资", "财政收入", "巩固拓展脱贫攻坚成果", "教职工编制"])
def test_broad_words_alone_do_not_map(codebook, phrase):
    assert codebook.match(phrase) is None and codebook.match(phrase, "growth") is None


def test_every_growth_id_has_the_growth_form_of_each_level_alias(codebook):
    """A growth phrase must never fall back to the level id because the growth id lacks a ``…增长`` alias."""
    for growth in codebook.indicators.values():
        if not growth.indicator_id.endswith("_growth_rate"):
            continue
        level_id = {"foreign_trade_growth_rate": "foreign_trade_volume"}.get(
            growth.indicator_id, growth.indicator_id.removesuffix("_growth_rate"))
        level = codebook.indicators.get(level_id)
        if level is None:
            continue
        for alias in level.aliases:
            assert codebook.match(alias, "growth").indicator_id == growth.indicator_id, alias


@pytest.mark.parametrize("phrase, target_type", [
    ("对GDP增长贡献率", "level"),  # Zhanjiang 2018 bulletin: a sector's contribution, not GDP growth
    ("对地区生产总值增长的贡献率", "level"),
    ("先进制造业增加值占GDP比重", "level"),  # a share of GDP, not GDP
    ("第二产业增加值比重", "level"),  # a sector's share, not its value added
    ("财政总收入占生产总值的比重", "level"),
    ("县财政性学前教育经费占同级财政性教育经费比例力争", "level"),
    ("积极争取自治区对新建中等职业学校每一所奖补", "level"),  # a subsidy per school, not a school count
    ("消费拉动经济增长", "growth"),
])
def test_a_qualifier_outside_the_alias_makes_another_measure(codebook, phrase, target_type):
    assert codebook.match(phrase, target_type) is None


@pytest.mark.parametrize("phrase, indicator_id", [
    ("占常住人口的比重(常住人口城镇化率)", "urbanization_rate"),  # a share indicator may say 占…比重
    ("公办在园幼儿数占比", "public_kindergarten_enrollment_share"),
    ("自治区示范幼儿园生均每学年", "inclusive_kindergarten_per_pupil_subsidy"),  # 生均 inside the alias
    ("第三产业增加值占地区生产总值比重", "tertiary_industry_share"),
])
def test_a_qualifier_inside_the_alias_or_of_a_share_indicator_still_maps(codebook, phrase, indicator_id):
    found = codebook.match(phrase)
    assert found is not None and found.indicator_id == indicator_id


def test_a_qualifier_row_with_an_unknown_scope_is_refused(tmp_path):
    from plantargets.harmonize import CODEBOOK_FILE, IndicatorCodebook

    bad = tmp_path / "qualifiers.csv"
    bad.write_text("qualifier,refuses,meaning,example,seen_in\n占,sometimes,x,y,z\n", encoding="utf-8")
    with pytest.raises(ValueError, match="refuses"):
        IndicatorCodebook.from_csv(CODEBOOK_FILE, bad)


@pytest.mark.parametrize("phrase, indicator_id", [
    ("地区生产总值实现", "gdp_growth_rate"),  # 地区生产总值实现4704.3亿元、增长6.1% (tests/heldout)
    ("固定资产投资同比", "fixed_asset_investment_growth_rate"),  # 固定资产投资同比增长3%
    ("外贸进出口总额同比", "foreign_trade_growth_rate"),
    ("教育支出", "education_expenditure"),  # no growth id in the codebook: the level id, typed growth by the row
])
def test_a_growth_with_words_between_name_and_verb_takes_the_growth_id(codebook, phrase, indicator_id):
    assert codebook.match(phrase, "growth").indicator_id == indicator_id


def test_nominal_growth_is_not_the_real_growth_rate(codebook):
    """GDP名义增长4.2% (Zhanjiang district pages): the codebook's growth rates are real growth."""
    assert codebook.match("GDP名义", "growth") is None
    assert codebook.match("GDP名义", "level").indicator_id == "gdp"
