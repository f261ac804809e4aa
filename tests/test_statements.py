"""Sentences and table rows → values: kind, indicator, year, comparator, unit, commitment, type, span."""

from pathlib import Path

import pytest

from plantargets.extract.numbers import parse_numeral
from plantargets.extract.statements import extract_values
from plantargets.pipeline import extract_tables
from plantargets.text.normalize import normalize_text
from plantargets.text.segment import Document, structure_lines

from perturbations import as_html_table  # (tests/perturbations.py: a drawn table written as an HTML table)


def extract(text, doc_type="five_year_plan", period=(2021, 2025), issued="2022-06-02", title="测试规划"):
    norm, _ = normalize_text(text, "t.txt")
    doc = Document("t-00", "t.txt", 0, 0, len(norm.text), title=title, doc_type=doc_type,
                   period_start=period[0], period_end=period[1], issued_date=issued, city_zh="某市")
    doc.lines = list(structure_lines(norm.text, 0, len(norm.text)))
    result = extract_values(doc, norm)
    return result, text


def one(text, **kwargs):
    result, _ = extract(text, **kwargs)
    assert len(result.values) == 1, [(v.indicator_zh, v.value) for v in result.values]
    return result.values[0]


def test_target_with_year_comparator_and_unit():
    v = one("到2025年,全市学前三年毛入园率达到98%以上。")
    assert (v.kind, v.indicator_zh, v.value, v.unit, v.comparator, v.year, v.year_inferred) == (
        "target", "学前三年毛入园率", 98.0, "%", ">=", 2025, False)


def test_quote_is_the_raw_text_of_the_span_even_with_full_width_characters():
    result, raw = extract("到２０２５年，学前三年毛入园率达到９８％以上。")
    v = result.values[0]
    assert raw[v.char_start:v.char_end] == "学前三年毛入园率达到９８％以上"
    assert raw[v.value_char_start:v.value_char_end] == "９８"


def test_a_bound_parted_from_its_unit_by_a_space_is_read_and_quoted():
    """A scraped page's "地区生产总值增长 6% 左右" (heldout190 n09, heldout5 g02): the bound after the space is the value's
    comparator, and the quote takes it in."""
    result, raw = extract("今年主要预期目标是:地区生产总值增长 6% 左右,城镇新增就业 120 万人\u3000以上。",
                          doc_type="work_report", period=(2024, 2024), issued="2024-02-01")
    assert [(v.value, v.comparator, raw[v.char_start:v.char_end]) for v in result.values] == [
        (6.0, "~", "地区生产总值增长 6% 左右"), (120.0, ">=", "城镇新增就业 120 万人\u3000以上")]


def test_an_undated_page_that_names_one_horizon_is_a_page_of_commitments():
    """An undated page whose cued values are all targets and that names one horizon (到2025年) and no other: its
    uncued values are targets too, as on a dated page or one that names one plan (their year is the horizon's)."""
    result, _ = extract("某市学前教育发展\n到2025年,力争全市学前三年毛入园率达到95%以上。\n"
                        "普惠性幼儿园覆盖率不低于90%,公办园在园幼儿占比力争达到55%。\n新建公办幼儿园12所,新增学位3600个。\n",
                        doc_type="other", period=(None, None), issued="", title="")
    assert [(v.value, v.kind, v.year) for v in result.values][-2:] == [(12.0, "target", 2025), (3600.0, "target", 2025)]


def test_a_value_with_its_unit_opening_a_line_before_a_list_mark_is_no_ordinal():
    """"全年实现地区生产总值\n\n2803.5亿元、增长3.8%" (heldout272 n01, a paragraph break inside a sentence): the value
    with its unit before 、 is a value; "2、扩大…" at a line's start stays an item number."""
    result, _ = extract("一、2024年工作回顾\n全年实现地区生产总值\n\n2803.5亿元、增长3.8%。\n2、扩大有效投资。\n",
                        doc_type="work_report", period=(2025, 2025), issued="2025-01-20")
    assert [(v.value, v.unit) for v in result.values] == [(2803.5, "亿元"), (3.8, "%")]


def test_a_heading_of_targets_with_its_span_in_brackets_dates_its_targets():
    """"(一)中期目标(2026-2030年)" in a plan to 2035 (heldout274 n04): the targets under it are of 2030, those under
    "(二)远期目标(2031-2035年)" of 2035, not all of the plan's horizon."""
    result, _ = extract("一、总体发展目标\n(一)中期目标(2026-2030年)\n经济发展:地区生产总值突破8000亿元,年均增速保持6.5%以上。\n"
                        "(二)远期目标(2031-2035年)\n经济发展:地区生产总值突破12000亿元。\n", period=(2026, 2035))
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (8000.0, "target", 2030), (6.5, "target", 2030), (12000.0, "target", 2035)]


def test_since_a_plan_in_a_review_of_a_year_is_up_to_that_year():
    """"一、2022年工作回顾" in a report of February 2023 (heldout276 n04): "实现“十三五”以来首次…,其中,第一产业增速5.5%" is
    a result of 2022, as "2012年换届以来…" is up to the reviewed year, not of the report's own year."""
    result, _ = extract("一、2022年工作回顾\n全市地区生产总值达到1536亿元,增长4.6%,实现“十三五”以来首次超过全区平均水平,"
                        "其中,第一产业增速5.5%。\n", doc_type="work_report", period=(2023, 2023), issued="2023-02-18")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (1536.0, "actual", 2022), (4.6, "actual", 2022), (5.5, "actual", 2022)]


def test_a_result_with_no_year_takes_the_last_year_named_outside_a_commitment():
    """An undated news page (heldout274 n09): "2024年,湖北经济…向好。2025年,湖北将…促进消费。" then "规上工业增加值增长7.7%":
    the result is of 2024, the year named before the sentence that commits, not of 2025."""
    result, _ = extract("2024年,湖北经济持续向好。2025年,湖北将千方百计促进消费。\n报告指出,规上工业增加值增长7.7%,"
                        "固定资产投资增长6.5%。\n", doc_type="other", period=(None, None), issued="", title="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(7.7, "actual", 2024), (6.5, "actual", 2024)]


def test_a_square_unit_written_with_a_caret_is_one_unit():
    """"新建城市绿地2450hm^2,…人均公园绿地达到15m^2" (heldout282 n06): the caret's 2 belongs to the unit, no value."""
    result, _ = extract("到2010年,新建城市绿地2450hm^2,人均公园绿地达到15m^2。")
    assert [(v.value, v.unit, v.value_std, v.unit_std) for v in result.values] == [
        (2450.0, "hm^2", 2450.0, "公顷"), (15.0, "m^2", 15.0, "平方米")]


def test_centimetres_ponds_villagers_groups_and_doses_are_units():
    """"土体厚度应达到50厘米以上" (heldout500 n01), "骨干山塘400口" (heldout760 n02), "142村1120组" (heldout484 n02), "HPV疫苗
    2剂次" (heldout382 n06): values with their units; 口岸, 组织 after a number begin words."""
    result, _ = extract("到2025年,土体厚度应达到50厘米以上,改造骨干山塘400口,通车1120组,接种疫苗2剂次。")
    assert [(v.value, v.unit) for v in result.values] == [(50.0, "厘米"), (400.0, "口"), (1120.0, "组"), (2.0, "剂次")]
    result, _ = extract("到2025年,新开放3口岸,培育12组织。")
    assert [v.unit for v in result.values if v.unit in ("口", "组")] == []


def test_a_chinese_numeral_in_ten_thousands_and_one_before_kilowatts_are_quantities():
    """"新開工項目兩萬四千八百個" (heldout52 n09): a numeral of several places, 万 among them, counts; "今年要上五百一十萬千瓦
    電站項目" (heldout428 n11): the 千 of 千瓦 is the unit's, so the value is 510 万千瓦, not 五百一十万千 and no unit."""
    result, _ = extract("今年新开工项目两万四千八百个,今年要上五百一十万千瓦电站项目。", doc_type="other")
    assert [(v.value, v.unit, v.value_std, v.unit_std) for v in result.values] == [
        (24800.0, "个", 24800.0, "个"), (510.0, "万千瓦", 5100000.0, "千瓦")]


def test_pairs_cases_trains_wells_and_a_unit_written_out_in_words_are_units():
    """Counts in 对 (service areas, train pairs: heldout364 n01, heldout700 n06), 例 (screenings, cases: heldout820 n01),
    列 (freight trains: heldout123 n08), 眼 (wells: heldout116 n12) and 微克每立方米 (heldout62 n10) are values with their
    units, not numbers joined to text; 对口, 列入 and 例如 after a number begin words, no unit."""
    result, _ = extract("到2025年,打造10对标杆高速服务区,开展结直肠癌免费筛查5000例以上,开行国际班列5064列,"
                        "新打机井40眼,PM2.5平均浓度不超过35微克每立方米。")
    assert [(v.value, v.unit, v.unit_std) for v in result.values] == [
        (10.0, "对", "对"), (5000.0, "例", "例"), (5064.0, "列", "列"), (40.0, "眼", "眼"),
        (35.0, "微克每立方米", "微克/立方米")]
    result, _ = extract("到2025年,建立3对口帮扶机制,推动12列入省级名录,落实5例如期完成,开展一对一帮扶。")
    assert [v.unit for v in result.values if v.unit in ("对", "列", "例")] == []


def test_already_before_a_verb_of_deciding_says_a_target_was_set():
    """"今年湖南全省就业创业总体目标已经设定,城镇新增就业70万人" (heldout278 n02): 已经 says the target was set, not
    that 70万 was reached."""
    result, _ = extract("今年湖南全省就业创业总体目标已经设定,城镇新增就业70万人,城镇登记失业率控制在4.5%以内。",
                        doc_type="other", period=(None, None), issued="2015-02-04", title="")
    assert [(v.value, v.kind) for v in result.values] == [(70.0, "target"), (4.5, "target")]


def test_this_years_word_in_a_targets_own_clause_wins_over_an_earlier_year():
    """"…截至2016年底累计完成投资309.937亿元,本年度计划投资137.65亿元" in a progress report of 2017 (heldout280 n06): the
    plan's amount is of 2017; "从今年起再用3年" names no year of the value."""
    result, _ = extract("2017年某旗重点项目调度推进情况\n2017年,列入重点项目40项,截至2016年底累计完成投资309.9亿元,"
                        "本年度计划投资137.65亿元。\n", doc_type="other", period=(None, None), issued="2017-10-09", title="")
    assert [(v.value, v.kind, v.year) for v in result.values][-1] == (137.65, "target", 2017)


def test_many_years_of_effort_bring_a_result_not_a_commitment():
    """"通过多年的努力,漳县林地总面积达到132.41万亩" (heldout280 n01): the efforts of years past brought the value; "通过3年的
    努力,基本消除大班额,…达到95%" still commits."""
    result, _ = extract("通过多年的努力,漳县林地总面积达到132.41万亩。\n", doc_type="other", period=(None, None),
                        issued="2023-04-28", title="")
    assert [(v.value, v.kind) for v in result.values] == [(132.41, "actual")]
    result, _ = extract("通过3年的努力,全市学前三年毛入园率达到95%。\n", doc_type="other", period=(None, None),
                        issued="2023-04-28", title="")
    assert [(v.value, v.kind) for v in result.values] == [(95.0, "target")]


def test_a_result_dated_by_the_work_report_it_names_is_of_the_year_before():
    """"赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上、增长7%" (heldout272 n03): the report of 2025 reviews
    2024; a target it names ("2025年政府工作报告提出,…力争增长6%") is of 2025."""
    result, _ = extract("赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上、增长7%。\n"
                        "2025年政府工作报告提出,力争全区地区生产总值增长6%。\n", doc_type="other", period=(None, None),
                        issued="2025-07-07", title="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (800.0, "actual", 2024), (7.0, "actual", 2024), (6.0, "target", 2025)]


def test_a_year_naming_when_things_were_built_dates_no_target():
    """"到2025年,力争基本完成2000年底前建成的需改造城镇老旧小区改造任务,力争完成6243个…" (heldout284 n01): 2000年底前建成的
    says which compounds, the target is of 2025."""
    result, _ = extract("到2025年,力争基本完成2000年底前建成的需改造城镇老旧小区改造任务,力争完成6243个城镇老旧小区的改造任务。",
                        doc_type="other", period=(None, None), issued="2022-01-05", title="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(6243.0, "target", 2025)]


def test_a_year_naming_when_things_were_built_is_no_past_year_of_the_sentence():
    """"2025年山东将…全面完成2000年底前建成的老旧小区改造任务,新开工改造13.7万户。…历史建筑总数突破2200处" (heldout294
    n04): 2000 says which compounds were built by then; it makes no value a past year's result and dates none after it."""
    result, _ = extract("2025年山东将实施120个片区综合更新改造项目,全面完成2000年底前建成的老旧小区改造任务,新开工改造13.7万户。\n"
                        "加强历史文化保护,历史建筑总数突破2200处。",
                        doc_type="other", period=(None, None), issued=None, title="")
    assert [(v.value, v.kind, v.year) for v in result.values][:2] == [(120.0, "target", 2025), (13.7, "target", 2025)]
    assert [(v.value, v.year) for v in result.values][2:] == [(2200.0, 2025)]


def test_a_level_reached_after_a_value_word_takes_its_clause_indicator():
    """"数字经济核心产业增加值实现翻番,达到5500亿元,力争达到5800亿元" (heldout294 n05): 翻番 is no number token, so the
    level after it takes the indicator of the clause 翻番 ends (without the year compared with)."""
    result, _ = extract("到2024年底,数字经济核心产业增加值实现翻番,达到5500亿元,力争达到5800亿元;"
                        "地区生产总值比2020年翻一番,达到3000亿元。")
    assert [(v.indicator_zh, v.value, v.unit) for v in result.values if v.unit == "亿元"] == [
        ("数字经济核心产业增加值", 5500.0, "亿元"), ("数字经济核心产业增加值", 5800.0, "亿元"), ("地区生产总值", 3000.0, "亿元")]


def test_a_plan_period_compared_with_dates_no_target():
    """"相比“十三五”时期分别下降15%、33%和10%" in a plan of 2021-2025 (heldout304 n07): “十三五” is the base the fall is
    measured against; the targets are of the plan's own horizon, not results of 2020."""
    result, _ = extract("生产安全事故死亡人数、单位地区生产总值生产安全事故死亡率和工矿商贸就业人员十万人生产安全事故死亡率"
                        "三项约束性指标,相比“十三五”时期分别下降15%、33%和10%。")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (15.0, "target", 2025), (33.0, "target", 2025), (10.0, "target", 2025)]


def test_pian_counts_pitches_and_districts():
    """片 counts pitches and historic districts ("新建社会足球场300片、群众滑冰场10片": heldout300 n01, "历史文化街区数量
    达到65片": heldout294 n04); 片区 stays a word of the indicator."""
    result, _ = extract("到2025年,新建社会足球场300片、群众滑冰场10片,历史文化街区数量达到65片,改造老旧片区12个。")
    assert [(v.value, v.unit) for v in result.values] == [(300.0, "片"), (10.0, "片"), (65.0, "片"), (12.0, "个")]


def test_a_years_list_is_past_or_to_come_from_the_pages_dateline():
    """"2010年9月15日来源:新华网 … 到2015年、2020年,全省人才规模要分别达到548万人、658万人" (heldout294 n06): the page
    names 2020 most, but was written in 2010; both values are targets."""
    result, _ = extract("江西著力建设区域性人才高地\n2010年9月15日来源:新华网\n纲要提出,到2020年江西要基本建成区域性人才高地。"
                        "2009年,江西人才资源总量为387万余人。纲要提出,到2015年、2020年,全省人才规模要分别达到548万人、658万人。",
                        doc_type="other", period=(None, None), issued=None, title="")
    assert [(v.value, v.kind, v.year) for v in result.values if v.value > 500] == [
        (548.0, "target", 2015), (658.0, "target", 2020)]


def test_a_value_named_the_target_task_it_met_is_the_target():
    """"超额完成建成通组公路2.5万公里的目标任务" (heldout308 n10): the value is the target the result beat, with or without
    a word of the year before 目标任务 (超额完成4.7万批次的年度目标任务: heldout80 n01)."""
    result, _ = extract("2017年,贵州超额完成建成通组公路2.5万公里的目标任务,超额完成4.7万批次的年度目标任务。",
                        doc_type="other", period=(None, None), issued=None, title="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(2.5, "target", 2017), (4.7, "target", 2017)]


def test_a_range_may_be_joined_by_dao():
    """"每年降低0.5到1个百分点", "新建学校3到5所" (heldout284 n05): ranges as 3至5所 is; "从75%到80.22%" is a change."""
    result, _ = extract("到2030年,近视率每年降低0.5到1个百分点,新建学校3到5所。")
    assert [(v.value, v.value_high, v.unit, v.comparator) for v in result.values] == [
        (0.5, 1.0, "个百分点", "range"), (3.0, 5.0, "所", "range")]
    result, _ = extract("到2030年,普惠率从75%到80.22%。")
    assert [(v.value, v.comparator) for v in result.values if v.comparator == "range"] == []


def test_last_year_at_the_start_of_a_change_does_not_date_its_end():
    """"大庆的目标是到2010年GDP从去年的1610亿增加到2000亿元" (heldout276 n08): 去年 dates where the change starts; the
    target it reaches is of 2010."""
    result, _ = extract("大庆的目标是到2010年GDP从去年的1610亿增加到2000亿元。", doc_type="other", period=(None, None),
                        issued="2009-06-01", title="")
    assert [(v.value, v.kind, v.year) for v in result.values][-1] == (2000.0, "target", 2010)


def test_a_scale_word_alone_after_reaching_is_a_lost_number():
    """"财政收入达到亿元" in a capture that lost its digits (heldout290 n10) is no value of 1亿元; "税收突破亿元" (past the
    hundred million) and "收入达到千亿元" are values."""
    result, _ = extract("到2025年,财政收入达到亿元,人口达到万人,税收突破亿元,收入达到千亿元。")
    assert [(v.value, v.unit) for v in result.values] == [(100000000.0, "元"), (1000.0, "亿元")]


def test_ten_thousand_before_a_lower_bound_is_the_bound():
    """"人均国内生产总值达到万元以上" (heldout298 n07): 万 before 以上 is the bound itself, 1万元; "经济总量翻一番,达到亿元以上"
    on a page that lost its digits (heldout290 n10) stays a lost number."""
    result, _ = extract("到2005年,人均国内生产总值达到万元以上,经济总量达到亿元以上。")
    assert [(v.indicator_zh, v.value_std, v.comparator) for v in result.values] == [("人均国内生产总值", 10000.0, ">=")]


def test_scaled_units_and_cumulative_type():
    v = one("今年新增中小学公办学位2.2万个。", doc_type="work_report", period=(2023, 2023), issued="2023-02-09")
    assert (v.value, v.unit, v.value_std, v.unit_std, v.target_type, v.year) == (2.2, "万个", 22000.0, "个", "cumulative", 2023)


def test_growth_target_is_told_apart_from_a_level():
    growth = one("地区生产总值增长6%左右。", doc_type="work_report", period=(2023, 2023), issued="2023-02-09")
    level = one("高中阶段毛入学率提高到95%。")
    assert (growth.target_type, growth.comparator, growth.indicator_zh) == ("growth", "~", "地区生产总值")
    assert level.target_type == "level"


def test_year_without_its_own_takes_the_plan_horizon_marked_inferred():
    v = one("九年义务教育巩固率保持在97%以上。", period=(2021, 2023))
    assert (v.year, v.year_inferred) == (2023, True)


def test_a_target_by_the_end_of_the_year_is_of_the_pages_own_year_not_the_plans_last():
    """A city's school building under a three-year plan (heldout79 n01: "北京年底前170所…"; heldout618 n01: "年底前还将建成44个
    项目"): 年底前, 年内 mean the end of the page's own year; 2023年底前 names its year, 三年内 a span, and neither is it."""
    assert one("年底前还将建成44个项目。", period=(2021, 2023), issued="2022-09-01").year == 2022
    assert one("年内新建幼儿园12所。", period=(2021, 2023), issued="2022-09-01").year == 2022
    assert one("三年内新建幼儿园12所。", period=(2021, 2023), issued="2022-09-01").year == 2023
    assert one("2023年底前新建幼儿园12所。", period=(2021, 2023), issued="2022-09-01").year == 2023


def test_commitment_strength_is_kept():
    result, _ = extract("力争研发机构突破500家。确保残疾儿童入学率达到97%。争取新建幼儿园10所。")
    assert [(v.commitment, v.comparator) for v in result.values] == [("力争", ">"), ("确保", "="), ("争取", "=")]


def test_baseline_from_x_to_y():
    result, _ = extract("学前教育毛入园率由2020年的95%提高到2025年的98%。")
    assert [(v.kind, v.value, v.year) for v in result.values] == [("baseline", 95.0, 2020), ("target", 98.0, 2025)]


def test_the_start_of_a_change_to_the_years_own_target_is_the_year_befores_level():
    """A district's livelihood projects of 2022 (heldout426 n04): "将城乡低保标准由904元/月提高到995元/月" starts from
    the level of 2021, the year before the year's target; a start with no year before a plan's target stays undated."""
    result, _ = extract("今年将城乡低保标准由904元/月提高到995元/月。", doc_type="other", period=(None, None),
                        issued="2022-01-20")
    assert [(v.kind, v.value, v.year) for v in result.values] == [("baseline", 904.0, 2021), ("target", 995.0, 2022)]
    result, _ = extract("力争学前教育毛入园率由95%提高到98%。")  # in a plan for 2021-2025
    assert [(v.kind, v.year) for v in result.values] == [("baseline", None), ("target", 2025)]


def test_review_section_values_are_actuals():
    result, _ = extract("第一节 发展基础\n全市学前三年毛入园率达到99.86%。\n第二节 发展目标\n到2025年,毛入园率达到100%。")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 99.86), ("target", 100.0)]


def test_trajectory_per_year_with_inherited_indicator():
    result, _ = extract("2022年学生体质健康优良率达到52%;2023-2024年每年提升2个百分点。")
    second = result.values[1]
    assert (second.indicator_zh, second.value, second.unit, second.target_type, second.per_year,
            second.period_start, second.period_end) == ("学生体质健康优良率", 2.0, "个百分点", "growth", True, 2023, 2024)


def test_range_and_chinese_numerals():
    result, _ = extract("每个联合体内3-5所学校。新建两所民办学校。")
    assert [(v.comparator, v.value, v.value_high, v.unit) for v in result.values] == [
        ("range", 3.0, 5.0, "所"), ("=", 2.0, None, "所")]


def test_enumerated_values_get_their_own_indicators():
    result, _ = extract("学前三年毛入园率、九年义务教育巩固率分别达到98%、97%。")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("学前三年毛入园率", 98.0), ("九年义务教育巩固率", 97.0)]


@pytest.mark.parametrize("text", [
    "坚持“十四五”规划,落实“5080”攻坚和“1+1+9”工作部署。",
    "湛府办〔2023〕5号,2023年2月10日印发。",
    "第二届大会,建设5G基站,4A级景区,九年义务教育,3—6岁幼儿。",
    "建设一批示范校,打造一支队伍,形成三大支柱。",
    "互联网新闻信息服务许可证 10120170024\n联 系 人:张某 60393056",  # a news site's footer
    "到2025年,通讯地址:济南市市中区某路3-1号(250002)",
    "力争通过3年努力,基本消除大班额。",  # the span of an effort (heldout40 n09), not a value
    "2026年政府工作报告中,“发展”出现67次,“建设”出现57次。",  # a report's 热词 counted (heldout13 p05)
    "附件1\n成都市2021年民生实事工作目标",  # an attachment's number over a list (heldout188 n09)
])
def test_structure_is_not_a_value(text):
    result, _ = extract(text)
    assert result.values == []
    assert result.token_outcomes["value"] == 0
    assert sum(result.token_outcomes.values()) > 0


def test_numbers_that_cannot_be_classified_are_flagged_not_dropped():
    result, raw = extract("预测到2025年四会在园幼儿将达到2.65万人。")
    assert result.values == []
    assert [f.flag_type for f in result.flags] == ["unclassified_number"]
    flag = result.flags[0]
    assert raw[flag.char_start:flag.char_end] == "2.65万人"


def test_every_token_is_accounted_for():
    result, _ = extract("到2025年,新建幼儿园12所,“十四五”期间预测增加学位约15000个。目前全市有幼儿园74所。")
    assert result.token_outcomes["value"] == len(result.values) == 2
    assert result.token_outcomes["flagged"] == len(result.flags) == 1


def test_a_deadline_in_a_notice_is_structure_not_a_value():
    result, _ = extract("接到本通知之日起30个工作日内完成交接。", doc_type="notice")
    assert result.values == [] and result.token_outcomes["structure:deadline (within N days or months)"] == 1


def test_a_time_limit_a_target_sets_is_a_value_not_a_deadline():
    """"压减企业开办时间至1.5个工作日,审批服务时限压缩至24个工作日" (heldout292 n01, a business-environment plan): the
    time a service is cut to is the target; "须在15个工作日内办结" stays a deadline."""
    result, _ = extract("到2020年,压减企业开办时间至1.5个工作日,审批服务时限压缩至24个工作日,登记时间控制在3个工作日以内;"
                        "相关申请须在15个工作日内办结。")
    assert [(v.indicator_zh, v.value, v.unit, v.comparator) for v in result.values][1:] == [
        ("审批服务时限", 24.0, "个工作日", "="), ("登记时间", 3.0, "个工作日", "<=")]
    assert result.values[0].value == 1.5 and result.token_outcomes["structure:deadline (within N days or months)"] == 1


def test_a_summary_of_the_years_work_and_this_year_lead_a_review():
    """A county work report reposted on a forum (heldout23 n03): 总结全年工作 heads the review; 这一年 leads the
    year's results, which are actuals of the year before the report's."""
    text = ("2024年某县政府工作报告\n一、客观总结全年工作,持续提振发展信心\n"
            "这一年,我们迎难而上。一是地区生产总值608亿元,增长6%;固定资产投资增长3%。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 608.0, 2023), ("actual", 6.0, 2023), ("actual", 3.0, 2023)]


def test_a_heading_of_how_far_the_years_targets_were_met_leads_results_of_that_year():
    """A mid-year report on the work report's targets (heldout24 n09): 2021年重点工作…完成情况 names the year whose
    results follow, and 主要预期目标完成情况 heads results, not targets."""
    text = ("市政府督查室对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。\n"
            "(一)全市经济社会发展主要预期目标完成情况\n"
            "上半年,全市完成地区生产总值802.81亿元,比上年同期增长28.6%;社会消费品零售总额329.24亿元。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 802.81, 2021), ("actual", 28.6, 2021), ("actual", 329.24, 2021)]


def test_a_result_phrase_leading_a_sentence_frames_its_values_inside_a_target_section():
    """Education results news (heldout23 n08): after the year's 目标任务 are quoted, 截至2022年底, leads a sentence
    of results; a cue inside a clause (同比增长15%以上 after 力争) frames only its own clause's value."""
    text = ("主要目标任务:新建公办幼儿园200所。\n"
            "截至2022年底,全省学前教育毛入园率达到91.8%,公办幼儿园在园幼儿142.95万人。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value) for v in result.values] == [("target", 200.0), ("actual", 91.8), ("actual", 142.95)]
    result, _ = extract("今年主要预期目标是:力争固定资产投资增长16%以上、社会消费品零售额同比增长15%以上,"
                        "财政总收入达到20亿元。\n", doc_type="work_report", period=(None, None), issued="")
    assert [(v.kind, v.value) for v in result.values] == [("target", 16.0), ("target", 15.0), ("target", 20.0)]


def test_a_bound_after_a_result_phrase_leading_the_sentence_is_a_result():
    """News of a work report (heldout207 n02): 去年…揭晓: frames the pieces of its sentence, so a bound kept after it
    (控制在4.5%左右) and the values after that bound report results; a sentence that commits (将, 力争) or builds on
    last year (在去年的基础上) keeps its bounds as targets."""
    text = "市长报告透露\n全市去年多项重要数据,也随之揭晓:一般公共预算收入增长6.5%;城镇调查失业率控制在4.5%左右,居民收入增长6.3%左右。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-01-15")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 6.5), ("actual", 4.5), ("actual", 6.3)]
    text = "市长报告透露\n今年,全市将在去年的基础上,城镇调查失业率控制在4.5%左右,居民收入增长6.3%左右。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-01-15")
    assert [(v.kind, v.value) for v in result.values] == [("target", 4.5), ("target", 6.3)]


def test_a_bound_in_a_paragraph_of_a_past_year_is_a_result():
    """A work report's news (heldout23 n02): 2022年,…城镇登记失业率控制在3%以内 in a 2023 page is 2022's result; the
    same words under the new year's targets stay a target, as does 力争…控制在 in the past year's paragraph."""
    text = ("2023年政府工作报告\n2022年,全州实现地区生产总值53.62亿元;城镇登记失业率控制在3%以内。\n"
            "今年预期目标是:城镇登记失业率控制在3%以内。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 53.62, 2022), ("actual", 3.0, 2022), ("target", 3.0, 2023)]


def test_the_first_half_of_this_year_reports_results_and_a_gap_to_the_planned_growth_is_structure():
    """News of a mid-year plan-execution report (heldout23 n07): 今年上半年 frames the year's results so far, and
    低于计划增速2.2个百分点 is the gap to the plan, not a value; 今年上半年力争 still commits."""
    text = "今年上半年,生产总值完成13640亿元,比上年同期增长5.8%,低于计划增速2.2个百分点。今年上半年力争完成投资50亿元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 13640.0), ("actual", 5.8), ("target", 50.0)]


def test_the_recent_years_report_results_after_a_goal_is_named():
    """Preschool news (heldout26 n10): 为实现…的目标要求,近3年,…共投入27.26亿元 reports what was spent."""
    result, _ = extract("为实现“幼有优育”的目标要求,近3年,国家和自治区共投入27.26亿元。\n", doc_type="other",
                        period=(None, None), issued="")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 27.26)]


def test_a_value_named_a_target_after_it_is_a_target_in_a_review():
    """News of a province's work report (heldout26 n05): in 实现并超过…提出的当年地区生产总值增长8.5%的目标 the 8.5%
    is 2018's target, beside its result."""
    result, _ = extract("云南省2018年地区生产总值增长8.9%,实现并超过2018年年初提出的当年地区生产总值增长8.5%的目标。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [("actual", 8.9, 2018), ("target", 8.5, 2018)]


def test_a_value_followed_by_the_word_target_is_a_target_without_de():
    """A district's report on its year's plan (heldout92 n03): "完成区人代会批准增长 8%以上目标", "…控制在 3.2%以内目标"
    name the targets beside the results, with no 的 before 目标."""
    result, _ = extract("2021年国民经济和社会发展计划执行情况\n一、2021年计划执行情况\n全年实现地区生产总值突破 700 亿元,"
                        "同比增长 8%以上,完成区人代会批准增长 8%以上目标;城镇登记失业率 2.7%,完成区人代会批准的控制在 3.2%以内目标。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 700, 2021), ("actual", 8, 2021), ("target", 8, 2021), ("actual", 2.7, 2021), ("target", 3.2, 2021)]


def test_a_plans_value_with_no_cue_dated_before_its_period_is_a_result():
    """An undated 十二五 education plan (heldout91 n03): in its review, "增幅为36.4%" and "新增的4.3万个学位" after
    "…增加到2010年的16.1万人" are 2010's results, not the plan's targets (a plan's values with no cue are targets)."""
    result, _ = extract("普通高中在校生人数从2005年的11.8万人增加到2010年的16.1万人,增幅为36.4%;新增的4.3万个学位主要集中在"
                        "重点高中学校。\n到2015年,普通高中在校生人数达到18万人。\n", period=(2011, 2015), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2005, 11.8), ("actual", 2010, 16.1), ("actual", 2010, 36.4), ("actual", 2010, 4.3),
        ("target", 2015, 18)]


def test_a_year_that_opens_a_span_with_yilai_dates_its_values_to_the_span_end():
    """News of a district's 2017 work report (heldout92 n05): "2012年换届以来,…地区生产总值由156.3亿元增加到338亿元,
    年均可比增长11.4%" reports the five years to 2016, the year its review reviews; 2012 opens the span."""
    for opening in ("2012年换届以来", "2012年以来"):
        result, _ = extract(f"政府工作报告\n一、过去五年工作回顾\n{opening},区政府圆满完成各项目标任务,地区生产总值由156.3亿元"
                            "增加到338亿元,年均可比增长11.4%。\n", doc_type="work_report", period=(2017, 2017),
                            issued="2017-01-17")
        assert [(v.kind, v.year, v.value) for v in result.values][1:] == [("actual", 2016, 338), ("actual", 2016, 11.4)]
    # a page of no known type speaks of now: "2014年以来,…共启动新建…1770所" in a page of 2019
    result, _ = extract("2014年以来,共启动新建中小学、幼儿园1770所。\n", doc_type="other", period=(None, None),
                        issued="2019-09-02")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2019, 1770)]


def test_family_planning_is_no_plan():
    """A county's 2016 work report reviewing 2015 (heldout72 n09): "计划生育符合率达97.7%" is a result; 计划生育 (family
    planning) names the indicator, it is neither a plan to do something nor a plan's amount."""
    result, _ = extract("政府工作报告\n一、2015年工作回顾\n新增就业岗位32920个;计划生育符合率达97.7%。\n", doc_type="work_report",
                        period=(2016, 2016), issued="2016-01-20")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2015, 32920), ("actual", 2015, 97.7)]


def test_a_value_with_no_cue_in_news_of_a_plan_is_the_plans_target():
    """heldout87 n07: "学前教育方面,四川省将完善…。公办园和普惠性民办园覆盖率达到80%左右" in news of the province's
    十三五 education plan is a target of 2020, though its own sentence has no cue."""
    result, _ = extract("学前教育方面,四川省将完善学前教育服务网络。公办园和普惠性民办园覆盖率达到80%左右。\n",
                        doc_type="plan_news", period=(2016, 2020), issued="2017-09-13")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2020, 80)]


def test_the_year_of_the_base_of_a_multiple_does_not_date_the_multiple():
    """News of a new area's six years (heldout87 n09): "2011年至2016年,…是新区开发前(2010年底)的9.7倍" is a result
    of 2016; 2010 dates the base."""
    result, _ = extract("2011年至2016年,累计完成生产总值536亿元,是新区开发前(2010年底)的9.7倍。\n", doc_type="other",
                        period=(None, None), issued="2017-01-08")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2016, 536), ("actual", 2016, 9.7)]


def test_a_value_named_a_target_under_a_review_heading_is_that_years_target():
    """A county's 2007 work report (heldout72 n08): under its review heading, "财政收入2.01亿元,较上年增长26.4%,高于
    年初人代会12%的目标14.4个百分点" names 2006's target beside its result."""
    result, _ = extract("政府工作报告\n一、2006年工作回顾\n2006年地区生产总值26.8亿元。财政收入2.01亿元,较上年增长26.4%,"
                        "高于年初人代会12%的目标14.4个百分点。\n", doc_type="work_report", period=(2007, 2007),
                        issued="2007-02-08")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2006, 26.8), ("actual", 2006, 2.01), ("actual", 2006, 26.4), ("target", 2006, 12),
        ("actual", 2006, 14.4)]


def test_what_statistics_show_is_a_result():
    """News of a city's three-year action plan (heldout72 n05): "据统计,…51所小学中达不到国家规范要求的有48所,…新增居住
    人口10万人以上" is the situation the plan starts from, not its targets."""
    result, _ = extract("据统计,沧州市主城区的51所小学中达不到国家规范要求的有48所,新增居住人口10万人以上。\n",
                        doc_type="action_plan", period=(2010, 2012), issued="2010-08-01")
    assert {v.kind for v in result.values} == {"actual"}
    # "统计显示," and "数据显示," say the same (heldout454 n11: a city's livelihood-project press conference)
    for lead in ("统计显示", "数据显示"):
        result, _ = extract(f"{lead},全市新增公办幼儿园76所,增加学位20880个。\n",
                            doc_type="action_plan", period=(2022, 2025), issued="2022-08-29")
        assert [(v.kind, v.value) for v in result.values] == [("actual", 76.0), ("actual", 20880.0)]
    # 今年 set before a comma just after the lead says when the figures are from, it commits to nothing
    result, _ = extract("二、重点民生实事\n统计显示,今年,全市新增公办幼儿园76所。\n", doc_type="other",
                        period=(None, None), issued="2022-08-29")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 76.0)]


def test_a_plan_period_to_come_before_a_horizon_sets_targets_and_a_plans_name_dates_nothing():
    """News of Guangzhou's 十四五 outline (heldout45 n08): "《…第十四个五年规划和2035年远景目标纲要》正式发布。《纲要》
    提出,“十四五”时期经济年均增长6%左右,到2025年地区生产总值达3.5万亿元": 6% is a target of 2025 (the period to come
    opens its clause, before 到2025年), and 2035 in the outline's name is no year the paragraph speaks of."""
    result, _ = extract("5月19日,《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》正式发布。《纲要》提出,“十四五”时期"
                        "经济年均增长6%左右,到2025年地区生产总值达3.5万亿元。\n", doc_type="other", period=(None, None),
                        issued="2021-05-20")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2025, 6), ("target", 2025, 3.5)]


def test_a_clause_with_no_name_of_its_own_takes_the_indicator_of_the_value_before_it():
    """A stretch goal (力争突破6亿元) and the start of a change (由346.7亿元增加到…) in a clause of their own are of the
    indicator named just before (heldout87 n05, a province's 2008 work report; heldout92 n04, a county's 2009 targets)."""
    result, _ = extract("五年来,财政收入突破千亿元,由346.7亿元增加到1034.5亿元。\n", doc_type="work_report",
                        period=(2008, 2008), issued="2008-01-20")
    assert [(v.value, v.unit, v.indicator_zh) for v in result.values][:2] == [(1000, "亿元", "财政收入"), (346.7, "亿元", "财政收入")]
    result, _ = extract("今年的主要预期目标是:财政收入达到5.68亿元,增长8%,力争突破6亿元。\n", doc_type="work_report",
                        period=(2009, 2009), issued="2009-02-20")
    assert [(v.value, v.indicator_zh, v.kind) for v in result.values] == [
        (5.68, "财政收入", "target"), (8, "财政收入", "target"), (6, "财政收入", "target")]


def test_respectively_opening_its_clause_pairs_with_the_names_of_the_clause_before():
    """A city's 2005 statistics news (heldout48 n04): "全市城市居民人均可支配收入以及农民人均纯收入持续增长,分别达到
    12452元和5347元": the names are in the clause before 分别, joined by 以及, their predicate (持续增长) not a name."""
    result, _ = extract("全市城市居民人均可支配收入以及农民人均纯收入持续增长,分别达到12452元和5347元。\n", doc_type="other",
                        period=(None, None), issued="2006-02-06")
    assert [(v.value, v.indicator_zh) for v in result.values] == [
        (12452, "城市居民人均可支配收入"), (5347, "农民人均纯收入")]
    # the clause before shares one change by all its names (均削减15%): the names come before it (a province's
    # energy-saving plan, read heldout998 n04)
    result, _ = extract("到2010年,全省化学需氧量(COD)和二氧化硫排放量在2005年的基础上均削减15%,"
                        "分别控制在89.9万吨和110万吨以内。\n", doc_type="other", period=(None, None), issued="2007-09-01")
    assert [(v.value, v.indicator_zh, v.comparator) for v in result.values if v.unit == "万吨"] == [
        (89.9, "全省化学需氧量(COD)", "<="), (110.0, "二氧化硫排放量", "<=")]
    # the names are a label before a colon (a province's forestry plan, read heldout534 n08), not a mismatch flagged
    result, _ = extract("速生丰产用材林、珍贵用材林基地:分别营造117万亩和100.5万亩;竹、藤基地:分别新建60万亩和19.5万亩。\n",
                        doc_type="other", period=(None, None), issued="2007-09-01")
    assert [(v.value, v.indicator_zh) for v in result.values] == [
        (117, "速生丰产用材林基地"), (100.5, "珍贵用材林基地"), (60, "竹基地"), (19.5, "藤基地")]
    assert result.flags == []


def test_the_year_a_change_started_from_is_not_the_year_the_paragraph_speaks_of():
    """A district's plan report on 2024 (heldout45 n12): after "三产结构由2023年的11.4:32.0:56.6调整为…", the paragraph
    still speaks of 2024: "新增“四上”企业37家" is a result of 2024, not of 2023."""
    result, _ = extract("2024年全区地区生产总值实现349.44亿元,同比增长6.0%。三产结构由2023年的11.4:32.0:56.6调整为11.1:26.1:62.8,"
                        "产业结构进一步优化。第五次经济普查顺利推进,新增“四上”企业37家。\n", doc_type="plan_report",
                        period=(2025, 2025), issued="2025-01-10")
    assert [(v.year, v.value) for v in result.values if v.value in (349.44, 37)] == [(2024, 349.44), (2024, 37)]


def test_a_value_a_list_of_names_shares_is_a_statement_for_each_name():
    """"小学、初中适龄人口入学率均达到100%" (heldout90 n07, a city's 十一五 education plan), "入学率、巩固率分别达到99.9%"
    (heldout87 n12): one number, a statement for each name, each quoted from its name; the numbers ledger has a
    row for each (the later ones' ids carry their order). 年均, 人均 and 平均 share nothing."""
    result, _ = extract("到2010年,小学、初中适龄人口入学率均达到100%,初等教育入学率、巩固率分别达到99.9%。\n",
                        doc_type="other", period=(None, None), issued="2008-01-20")
    assert [(v.indicator_zh, v.value, v.year) for v in result.values] == [
        ("小学适龄人口入学率", 100, 2010), ("初中适龄人口入学率", 100, 2010), ("初等教育入学率", 99.9, 2010),
        ("巩固率", 99.9, 2010)]
    assert len({v.quote_span for v in result.values}) == 4
    assert [t.shares for t in result.tokens if t.outcome == "value"] == [0, 1, 0, 1]
    result, _ = extract("城乡居民人均可支配收入年均增长8%,人均生产总值均达到5万元。\n", doc_type="other", period=(None, None),
                        issued="2008-01-20")
    assert len(result.values) == 2
    # 均 before other verbs (heldout78 n03, heldout81 n12): 突破, 下降, 比上年提高; 是“十二五”末的 names a plan, no value
    result, _ = extract("2020年,生产总值、固定资产投资均突破2万亿元,化学需氧量和二氧化硫排放量均下降2%以上,城镇和农村居民收入"
                        "均比上年提高3个百分点,税收和利润均是“十二五”末的1.3倍。\n", doc_type="other", period=(None, None),
                        issued="2021-01-20")
    assert [(v.indicator_zh, v.value) for v in result.values] == [
        ("生产总值", 2), ("固定资产投资", 2), ("化学需氧量", 2), ("二氧化硫排放量", 2), ("城镇居民收入", 3),
        ("农村居民收入", 3), ("税收", 1.3), ("利润", 1.3)]
    # 各 before the one value (devset d204): "以及寄读学校、职业高中、社区学院各1所"
    result, _ = extract("现有幼儿园201所,以及寄读学校、职业高中、社区学院各1所。\n", doc_type="other", period=(None, None),
                        issued="2020-09-01")
    assert [(v.indicator_zh, v.value) for v in result.values][1:] == [("寄读学校", 1), ("职业高中", 1), ("社区学院", 1)]
    # 各 after a list that goes on from an item with its own value (heldout388 n10): the names after that item share it
    result, _ = extract("今年,选树教育专家20名、教育名师和骨干教师各100名。\n", doc_type="other", period=(None, None),
                        issued="2020-09-01")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("选树教育专家", 20), ("教育名师", 100), ("骨干教师", 100)]
    # 双双 (both) as 均 says it (heldout428 n09, heldout268 n08): each name, or each part of one compound name, its
    # own statement; 将 before it is no part of the last name
    result, _ = extract("到2015年,乡镇通畅率、行政村通达率将双双达到100%,金融机构存贷款余额双双突破5000亿元。\n",
                        doc_type="other", period=(None, None), issued="2012-03-01")
    assert [(v.indicator_zh, v.value) for v in result.values] == [
        ("乡镇通畅率", 100), ("行政村通达率", 100), ("金融机构存款余额", 5000), ("金融机构贷款余额", 5000)]
    assert len({v.quote_span for v in result.values}) == 3  # (the compound's parts share the one name's quote)
    # the one value written in Chinese numerals (heldout27 n04, a work report): "均稳定在百万吨以上"
    result, _ = extract("2026年,粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上。\n", doc_type="other", period=(None, None),
                        issued="2026-01-20")
    assert [(v.value, v.unit) for v in result.values] == [(100, "万吨")] * 3
    assert len({v.quote_span for v in result.values}) == 3


def test_a_value_a_list_of_whole_indicators_shares_without_a_word_is_each_ones():
    """"财政总收入和地方财政收入增长8%左右" (heldout100 n12), "残疾儿童入园率和接受康复教育训练率达到90%以上"
    (heldout14 q12): names that each end as an indicator ends (codebook phrase_words indicator_ending) share the one
    value as 均 would say; "公办和普惠性民办幼儿园覆盖率达到80%" is one rate of two kinds of kindergarten (公办 names no
    measure), and 批发和零售业增加值 one industry's."""
    result, _ = extract("2020年财政总收入和地方财政收入增长8%左右,残疾儿童入园率和接受康复教育训练率达到90%以上。\n",
                        doc_type="plan", period=(2020, 2020), issued="2020-01-10")
    assert [(v.indicator_zh, v.value, v.comparator) for v in result.values] == [
        ("财政总收入", 8, "~"), ("地方财政收入", 8, "~"), ("残疾儿童入园率", 90, ">="), ("接受康复教育训练率", 90, ">=")]
    result, _ = extract("2020年公办和普惠性民办幼儿园覆盖率达到80%,批发和零售业增加值增长6%。\n",
                        doc_type="plan", period=(2020, 2020), issued="2020-01-10")
    assert [v.value for v in result.values] == [80, 6]
    # a rate's or a base year's words before the verb (heldout90 n03); not names the last relates as one
    # (heldout141 n04)
    result, _ = extract("全区财政总收入和地方财政收入年均增长13%,地区生产总值和一般公共预算收入比2015年增长30%。"
                        "景区门票收入和综合税收对地方公共财政收入的贡献率年均增长10%以上。\n",
                        doc_type="plan", period=(2020, 2020), issued="2020-01-10")
    assert [(v.indicator_zh, v.value) for v in result.values] == [
        ("财政总收入", 13), ("地方财政收入", 13), ("地区生产总值", 30), ("一般公共预算收入", 30),
        ("景区门票收入和综合税收对地方公共财政收入的贡献率", 10)]
    # a short name before 、 that the last completes (heldout143 n05, 高一); not a one-character place (heldout126
    # n01), nor a short name before 和 (公办和普惠性…, above)
    result, _ = extract("到2020年,化肥、农药有效利用率达到40%,市、区县妇幼保健机构标准化建设覆盖率达到90%以上,"
                        "高一、高二年级的会考合格率达到94%。\n", doc_type="plan", period=(2020, 2020), issued="2020-01-10")
    assert [(v.indicator_zh, v.value) for v in result.values] == [
        ("化肥有效利用率", 40), ("农药有效利用率", 40), ("市、区县妇幼保健机构标准化建设覆盖率", 90),
        ("高一年级的会考合格率", 94), ("高二年级的会考合格率", 94)]
    # a longer name before 、 whose ending recurs in the last, which completes it (heldout224 n06)
    result, _ = extract("到2020年,乡镇中心幼儿园、村级幼儿园覆盖率达到100%。\n", doc_type="plan", period=(2020, 2020),
                        issued="2020-01-10")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("乡镇中心幼儿园覆盖率", 100), ("村级幼儿园覆盖率", 100)]
    # totals, amounts, counts of people and quantities used (heldout406 n03, 368, 602, 650), a list's verb after 应,
    # a decrease, and 在 as the verb of a level (heldout500, 650, 574)
    result, _ = extract("进出口总额和实际利用外资增长30%以上,可用财力、农民人均纯收入增长20%以上,旅游接待人数和旅游总收入"
                        "增长15%以上。机播率、机收率应达到90%以上,单位GDP用水量、单位工业增加值用水量比2015年降低20%,"
                        "入学率、巩固率和毕业率在85%以上。\n", doc_type="plan", period=(2020, 2020), issued="2020-01-10")
    assert [(v.indicator_zh, v.value) for v in result.values] == [
        ("进出口总额", 30), ("实际利用外资", 30), ("可用财力", 20), ("农民人均纯收入", 20), ("旅游接待人数", 15),
        ("旅游总收入", 15), ("机播率", 90), ("机收率", 90), ("单位GDP用水量", 20), ("单位工业增加值用水量", 20),
        ("入学率", 85), ("巩固率", 85), ("毕业率", 85)]
    # the rate's words between the list and its verb (heldout102 n01: …纯收入年均增速达到7%)
    result, _ = extract("城市居民年人均可支配收入和农村年人均纯收入年均增速达到7%。\n", doc_type="plan", period=(2020, 2020),
                        issued="2020-01-10")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("城市居民年人均可支配收入", 7), ("农村年人均纯收入", 7)]


def test_a_year_only_clause_continues_the_indicator_before_and_a_spaced_ordinal_is_structure():
    """A city master plan converted from PDF (heldout102 n12): "总人口2010 年控制在 300 万人以内,2015 年在 315 万人以内":
    a clause of a year, a verb and a value states the previous value's indicator for that year; "第 16 条" is an
    article number with the converter's spaces."""
    result, _ = extract("第 15 条 市域总人口 2010 年控制在 300 万人以内,2015 年在 315 万人以内,2020 年在 340 万人以内。\n",
                        doc_type="plan", period=(2010, 2020), issued="")
    assert [(v.year, v.value, v.comparator) for v in result.values] == [(2010, 300, "<="), (2015, 315, "<="),
                                                                         (2020, 340, "<=")]
    assert len({v.indicator_zh for v in result.values}) == 1 and "市域总人口" in result.values[0].indicator_zh
    assert result.tokens[0].reason == "ordinal or document number"  # 15 of 第 15 条


def test_this_years_part_of_a_horizon_named_before_is_of_this_year():
    """News of a district's five-year school plan (heldout102 n10): "未来5年,…新建…77所学校。其中,今年将有11所新建学校
    投入使用,预计新增学位超过10000个": 77 is the horizon's, 11 and 10000 are this year's; "今年起,用2年时间" is not."""
    result, _ = extract("到2021年,成华区将累计投入40亿元,新建77所学校。其中,今年将有11所新建学校投入使用,预计新增学位超过10000个。\n",
                        doc_type="other", period=(None, None), issued="2017-02-27")
    assert [(v.value, v.year) for v in result.values] == [(40, 2021), (77, 2021), (11, 2017), (10000, 2017)]
    result, _ = extract("到2021年,成华区将新建77所学校,今年起到2021年新增学位10000个。\n", doc_type="other",
                        period=(None, None), issued="2017-02-27")
    assert [(v.value, v.year) for v in result.values] == [(77, 2021), (10000, 2021)]


def test_a_span_of_years_within_which_a_commitment_follows_needs_no_lead():
    """News of a city's school plan (heldout456 n06, a page of 2016): "5年内,太原市计划建设中小学、幼儿园200所" is a
    target of 2016-2020 as "用5年时间" would be; without a commitment after it ("2年内新建、改扩建农村幼儿园75所", what
    two years brought, heldout124 n05) or counted back (近3年内) it sets no span."""
    result, _ = extract("记者获悉,5年内,太原市计划建设中小学、幼儿园200所。\n", doc_type="other", period=(None, None),
                        issued="2016-02-21")
    assert [(v.kind, v.value, v.year) for v in result.values] == [("target", 200, 2020)]
    result, _ = extract("3年内计划投资180亿元,新增高等级航道100公里。\n", doc_type="other", period=(None, None),
                        issued="2017-06-13")
    assert [(v.value, v.year) for v in result.values] == [(180, 2019), (100, 2019)]
    for past in ("2年内新建、改扩建农村幼儿园75所。\n", "近3年内,全市计划建设的幼儿园75所已全部建成。\n"):
        result, _ = extract(past, doc_type="other", period=(None, None), issued="2016-02-21")
        assert [v.year for v in result.values if v.value == 75] == [2016], past


def test_the_pieces_of_a_sentence_led_by_the_year_a_page_was_written_early_in_are_planned():
    """News of a district's work meeting (heldout678 n05, dated 2017-03-01): after "回顾2016年工作,安排部署2017年…", the
    sentence "2017年,全区营业总收入实现4500亿元,同比增长11.2%;地区生产总值实现1180亿元左右,…" gives the year's plans,
    each piece after ";" as the first (dated by the year that leads the sentence), not the review of 2016."""
    text = ("某市高新区今年计划建设项目100个\n2017-03-01 07:18:46 来源: 新华网\n"
            "2月28日,某市高新区召开工作会议,回顾2016年工作,安排部署2017年重点工作任务。"
            "2017年,全区营业总收入实现4500亿元,同比增长11.2%;地区生产总值实现1180亿元左右,同比增长16.3%;"
            "固定资产投资完成500亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("target", 100, 2017), ("target", 4500, 2017), ("target", 11.2, 2017), ("target", 1180, 2017),
        ("target", 16.3, 2017), ("target", 500, 2017)]


def test_the_pieces_of_a_sentence_a_later_year_leads_under_a_review_heading_are_targets():
    """A district's education plan (heldout908 n01) under "一、…教育发展现状": "到2015年,…地区生产总值达到1000亿元,年均
    增长76%;地方财政一般预算收入100亿元,年均增长48%" gives the horizon's targets in every piece after ";", not the
    review's results."""
    text = ("一、某区教育发展现状\n全区现有学校32所。到2015年,某区将实现经济快速发展,地区生产总值达到1000亿元,年均增长16%;"
            "地方财政一般预算收入100亿元,年均增长18%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2011-05-03")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 32, 2011), ("target", 1000, 2015), ("target", 16, 2015), ("target", 100, 2015), ("target", 18, 2015)]


def test_a_piece_after_a_semicolon_of_a_sentence_whose_lead_names_a_later_year_is_a_target():
    """News of a province's forestry meeting (heldout316 n11, written in the year before): "会议指出,2022年全省要完成营造林
    100万亩,…;完成草原修复治理12万亩,…稳定在70%左右" sets the coming year's targets in every piece after ";"; a later
    year named deep in a piece before ("…年内要达到35%,争取2014年达到50%;全县22所敬老院…", heldout850 n05) leads
    nothing."""
    text = ("某省召开林业工作会议\n2021-12-28 10:20 来源:某省林业局\n会议总结了2021年全省林业工作。2021年全省完成营造林120万亩。"
            "会议指出,2022年全省要完成营造林100万亩,完成森林抚育483万亩;完成草原修复治理12万亩,草原综合植被盖度稳定在70%左右。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 120, 2021), ("target", 100, 2022), ("target", 483, 2022), ("target", 12, 2022), ("target", 70, 2022)]
    text = ("某县民政工作\n2012-07-19 17:20 来源:某县新闻网\n集中供养入住率年内要达到35%,争取2014年达到50%;"
            "全县22所敬老院已全部完成法人登记,县财政按每所敬老院配备3名工作人员的标准预算经费。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [v.kind for v in result.values if v.value == 3] == ["actual"]


def test_a_piece_after_a_semicolon_is_of_the_time_that_leads_its_sentence_and_a_change_starts_at_its_span():
    """A district's work report (heldout408 n02): "从2011年到2016年,地区生产总值由65.6亿元增加到120.5亿元,…;一般公共预算
    收入由17.07亿元增加到39.51亿元,…": every piece is of the span its sentence's lead names (not the review's year),
    and each change starts at the span's first year. An event's date before a plan's name leads no time ("2010年底发布
    实施的《…》提到,…;义务教育巩固率达到98%", heldout528 n05)."""
    text = ("一、过去五年工作回顾\n从2011年到2016年,地区生产总值由65.6亿元增加到120.5亿元,年均增长9.2%;"
            "一般公共预算收入由17.07亿元增加到39.51亿元,年均增长18.3%。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2017-01-10")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 65.6, 2011), ("actual", 120.5, 2016), ("actual", 9.2, 2016), ("actual", 17.07, 2011),
        ("actual", 39.51, 2016), ("actual", 18.3, 2016)]
    text = ("2010年底发布实施的《某省中长期教育改革和发展规划纲要(2011-2020年)》提到,我省到2020年将全面普及15年基础教育,"
            "学前三年毛入园率达到85%;义务教育巩固率达到98%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2014-05-10")
    assert [v.year_basis for v in result.values if v.value == 98] != ["stated"]  # no year of its own words


def test_the_pieces_after_a_whole_years_result_on_a_page_of_early_the_next_year_are_of_that_year():
    """Radio news of a region's results (heldout382 n10, dated 2024-02-02): "全年地区生产总值预计完成1610亿元左右,
    增长5.5%左右;新建高标准农田56万亩,粮食总产达到189亿斤": every piece after ";" reports 2023, as the first does."""
    text = ("某区经济运行情况\n2024-02-02 10:20 来源:某网\n某网2月2日消息全年地区生产总值预计完成1610亿元左右,增长5.5%左右;"
            "新建高标准农田56万亩,粮食总产达到189亿斤。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 1610, 2023), ("actual", 5.5, 2023), ("actual", 56, 2023), ("actual", 189, 2023)]


def test_a_year_whose_level_is_referred_to_is_no_year_the_paragraph_speaks_of():
    """A province's energy plan (heldout886 n03): "2020年,…能源消费总量控制在2.2亿吨标准煤以内,煤炭消费总量低于2012年
    水平;…单位增加值能耗下降18%": 2012 names a level the target is set against, as 在2015年的基础上 names a base, so the
    paragraph still speaks of 2020 and the piece after ";" is its target."""
    text = ("(二)主要目标。2020年,全省万元国内生产总值能耗比2015年下降17%,能源消费总量控制在2.2亿吨标准煤以内,"
            "煤炭消费总量低于2012年水平;主要耗能产品单位能耗继续保持全国领先水平,规模以上工业单位增加值能耗下降18%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-06-01")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("target", 17, 2020), ("target", 2.2, 2020), ("target", 18, 2020)]


def test_a_changes_start_now_on_an_undated_page_takes_the_year_it_last_named():
    """An undated news page (heldout100 n03): "省发改委下拨…2014年中央预算内资金3209万元…。预计在校寄宿生将由现有的2247人
    增加至3507人": 现有 is now, the year the page last named, for the start as for the target."""
    result, _ = extract("滁州市获3209万元改造农村校舍\n本网讯近日,省发改委下拨滁州市2014年中央预算内资金3209万元。\n"
                        "项目完工后,预计在校寄宿生将由现有的2247人增加至3507人。\n", doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values][-2:] == [("baseline", 2014, 2247), ("target", 2014, 3507)]


def test_a_growth_multiple_after_a_change_that_ended_in_a_past_year_is_its_result():
    """A 2012 congress report's review (heldout12 s11): "地区生产总值从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍":
    the multiple is the growth of 地区生产总值, and 到2011年的 ended a change in the past, so it is no target cue for
    what follows; 到2020年 before a clause still sets a horizon."""
    result, _ = extract("州长向大会作《政府工作报告》。地区生产总值从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍,"
                        "人均生产总值从7738元增加到24715元,增长3.2倍。\n", doc_type="other", period=(None, None),
                        issued="2012-01-11")
    rows = [(v.kind, v.indicator_zh, v.value, v.unit, v.target_type) for v in result.values]
    assert ("actual", "地区生产总值", 3.4, "倍", "growth") in rows
    assert {kind for kind, *_ in rows} == {"actual"}
    result, _ = extract("预计到2020年,3年内新增学校12所。\n", doc_type="other", period=(None, None), issued="2024-05-23")
    assert [(v.kind, v.year) for v in result.values] == [("target", 2020)]


def test_the_amount_of_a_task_is_a_target_and_what_was_done_against_it_is_not():
    """A city's mid-year housing report (heldout104 n07): "年度省下达我市棚户区改造开工任务为15130套,全市已开工9870套":
    the task is the year's target, the start a result; "超额完成年度任务2.1亿元" and "任务261条" are not tasks' amounts."""
    result, _ = extract("上半年住房保障工作有序推进\n年度省下达我市棚户区改造开工任务为15130套,全市已开工9870套。"
                        "超额完成年度任务2.1亿元,细化任务261条。\n", doc_type="other", period=(None, None), issued="2019-07-17")
    assert [(v.kind, v.value) for v in result.values if v.value in (15130, 9870)] == [("target", 15130), ("actual", 9870)]
    assert all(v.kind != "target" for v in result.values if v.value in (2.1, 261))


def test_the_share_a_task_sets_is_a_target_beside_the_share_reached():
    """A district's investment-promotion results against its tasks (heldout754 n01: "工业到位资金占比64.9%(任务数占比
    60%)"): the task's share in brackets is the target, as the task's amounts beside it are (任务数18家)."""
    result, _ = extract("2023年,我区引进优强企业21家(任务数18家),工业到位资金占比64.9%(任务数占比60%)。\n",
                        doc_type="other", period=(None, None), issued="2024-01-20")
    assert [(v.kind, v.value) for v in result.values] == [
        ("actual", 21), ("target", 18), ("actual", 64.9), ("target", 60)]


def test_the_share_of_a_responsibility_target_is_a_result_and_should_reach_is_a_target():
    """A province's mid-year housing report (heldout104 n08): "新确定…项目874个,占责任目标的119.8%" is the share of the
    target achieved; "2015年底,我省保障性安居工程总量应达到226.2万套" what is to be reached (应达到)."""
    result, _ = extract("今年1至6月,新确定保障性住房项目874个,占责任目标的119.8%。2015年底,我省保障性安居工程总量应达到226.2万套。\n",
                        doc_type="other", period=(None, None), issued="2014-07-20")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 874), ("actual", 119.8), ("target", 226.2)]


def test_a_year_and_any_level_verb_continue_the_indicator_before():
    """Beijing's master plan news (heldout104 n02): "城乡建设用地规模减少到2860平方公里左右,2035年减少到2760平方公里左右"."""
    result, _ = extract("到2020年,城乡建设用地规模减少到2860平方公里左右,2035年减少到2760平方公里左右。\n", doc_type="plan",
                        period=(2016, 2035), issued="2017-09-29")
    assert [(v.indicator_zh, v.year, v.value) for v in result.values] == [
        ("城乡建设用地规模", 2020, 2860), ("城乡建设用地规模", 2035, 2760)]


def test_comparators_written_in_other_words_and_a_target_held_within_a_value():
    """不得低于, 约为, 不足, 迈上…台阶 and 内 after the unit (codebook comparators; heldout69 n09, 102 n05, 85 n08, 34 n08,
    104 n01); a target 控制在 a value with no suffix is held within it (the rubric's ≤: 城镇登记失业率控制在4.5%), a
    result 控制在 one is as stated."""
    result, _ = extract("2020年,比例不得低于15%,常住人口约为1090万人,接受职业教育比例不足15%,地区生产总值迈上5000亿元台阶,"
                        "城区人口控制在629万内,城镇登记失业率控制在4.5%,旅游总收入200亿元人民币以上。\n", doc_type="plan",
                        period=(2016, 2020), issued="2016-03-01")
    assert [v.comparator for v in result.values] == [">=", "~", "<", ">=", "<=", "<=", ">="]
    result, _ = extract("过去五年工作回顾\n城镇登记失业率控制在3.35%。\n", doc_type="work_report", period=(2016, 2016),
                        issued="2016-03-01")
    assert [(v.kind, v.comparator) for v in result.values] == [("actual", "=")]


def test_per_mille_written_in_words_and_buildings_counted_in_zhuang():
    """"人口自然增长率年均控制在千分之七以内" (heldout102 n04) is 7 ‰; "共新建教学楼138幢" (heldout92 n10) counts buildings."""
    result, _ = extract("到2010年,人口自然增长率年均控制在千分之七以内。共新建教学楼138幢。\n", doc_type="plan",
                        period=(2006, 2010), issued="2006-09-08")
    assert [(v.value, v.unit, v.comparator) for v in result.values] == [(7, "‰", "<="), (138, "幢", "=")]


def test_an_indicators_attribute_yuqixing_in_a_row_run_into_prose_is_no_cue_of_a_target():
    """A district's report on its plan's indicators with its table run into one line (heldout580 n05): "规模以上工业总产值
    预期性 13660.8亿元": 预期性 (anticipatory, beside 约束性) is the indicator's attribute, the amount after it the year's
    result; 预期 itself ("预期增长6%") still commits."""
    result, _ = extract("2023年主要指标完成情况 4 规模以上工业总产值 预期性 13660.8亿元\n", doc_type="plan_report",
                        period=(None, None), issued="2024-01-20", title="")
    assert [v.kind for v in result.values if v.value == 13660.8] == ["actual"]
    result, _ = extract("2024年地区生产总值预期增长6%。\n", doc_type="plan_report", period=(None, None), issued="2024-01-20",
                        title="")
    assert [v.kind for v in result.values if v.value == 6] == ["target"]


def test_digits_with_a_leading_zero_and_no_unit_are_a_code():
    """"中交地产(000736" (heldout880 n04, a stock code), "2024政府工作报告01" (heldout81 n11, an infographic's label):
    no quantity; "增长0.5%" and "07%" with a unit are read as before."""
    result, _ = extract("2024年,中交地产(000736)将新建住宅3000套。\n2024政府工作报告01\n地区生产总值增长0.5%。\n",
                        doc_type="other")
    assert [v.value for v in result.values] == [3000.0, 0.5]


def test_a_number_with_its_thousands_set_apart_is_one_only_before_a_unit():
    """Print-style "1 122个" and "223 961万元" are one number each; a table's row run into a line of cells
    ("丰都县 150 100", heldout800 n07: its export and investment targets) is two numbers, not 150100."""
    result, _ = extract("2002年全年新建幼儿园1 122个,国内生产总值223 961万元。\n", doc_type="other")
    assert [(v.value, v.unit) for v in result.values] == [(1122.0, "个"), (223961.0, "万元")]
    result, _ = extract("外贸出口目标(万美元)实到外资目标(万美元)\n丰都县 150 100\n", doc_type="notice")
    assert 150100.0 not in [v.value for v in result.values]
    assert parse_numeral("1 122") == 1122.0


def test_an_items_number_before_a_year_is_no_decimal_of_years():
    """"附件:1.2018年苏州市…汇总表" (heldout186 n12), "2. 2025年全市…" (heldout234 n06): the item's number and the year are
    two tokens, not 1.2018 or 2.2025 years; a decimal before another unit stays one ("按年平均汇率6.1927")."""
    result, _ = extract("附件:1.2018年苏州市主要预期指标分解汇总表\n2. 2025年全市新建幼儿园12所。\n", doc_type="notice",
                        period=(None, None), issued="2018-03-01", title="")
    assert [(v.value, v.unit) for v in result.values] == [(12.0, "所")]


def test_a_gain_in_life_expectancy_over_a_plans_end_is_a_target_in_years():
    """A province's 十四五 health plan news (heldout102 n03): "全省人均预期寿命比“十三五”末提高1岁": 岁 is the value's unit
    (not an age qualifier), and the plan's end is a base of comparison, not a past time the value is of."""
    result, _ = extract("到2025年,全省人均预期寿命比“十三五”末提高1岁。\n", doc_type="other", period=(None, None),
                        issued="2022-01-26")
    assert [(v.kind, v.year, v.value, v.unit) for v in result.values] == [("target", 2025, 1, "岁")]


def test_a_whole_year_target_is_of_the_pages_year_whatever_plan_the_sentence_named_before():
    """A 2017 news digest of a work report (heldout100 n09): "全面完成“十三五”剩余…搬迁任务,全年实现16.97万贫困人口稳定脱贫":
    全年 dates the target to the page's year, not to the end of the plan named earlier in the sentence."""
    result, _ = extract("发布时间:2017/02/08\n全面完成“十三五”剩余5.5万户的易地扶贫搬迁任务,全年实现16.97万贫困人口稳定脱贫。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year) for v in result.values if v.value == 16.97] == [("target", 2017)]


def test_a_plan_tables_bracketed_change_is_the_spans_total_in_the_rows_unit():
    """"年均增(5年累计)" / "[4]" in a plan's indicator table (heldout90 n09): the five years' total rise, in percentage
    points for a rate and in the row's unit otherwise, not a yearly growth rate."""
    text = ("指标 |\n2020年基期值(起始日期用作比较的数据) |\n2025年目标值(各项目标应达到的水平) |\n年均增(5年累计) |\n"
            "农业科技进步贡献率(%) |\n60 |\n64 |\n[4] |\n高标准农田面积(亿亩) |\n8 |\n10.75 |\n[2.75) |\n")
    result, _ = extract(text, doc_type="five_year_plan", period=(2021, 2025), issued="2021-11-12")
    assert [(v.kind, v.year, v.value, v.unit, v.target_type) for v in result.values if v.target_type == "cumulative"] == [
        ("target", 2025, 4, "个百分点", "cumulative"), ("target", 2025, 2.75, "亿亩", "cumulative")]


def test_a_change_reached_by_the_pages_year_dates_what_follows_but_sets_no_horizon():
    """A 2020 review page run into one paragraph (heldout16 p16_01 as one line): "达标率从2015年的65%增长到2020年的85%。
    新增学校用地面积3.86万平方米": 到2020年的 ends a change the page reports, so the next sentence's value is a 2020
    result, not a target of a horizon; 到2025年的 still sets one."""
    result, _ = extract("义务教育办学条件标准化达标率从2015年的65%增长到2020年的85%。新增学校用地面积3.86万平方米。\n",
                        doc_type="other", period=(None, None), issued="2020-12-15")
    assert [(v.kind, v.year) for v in result.values if v.value == 3.86] == [("actual", 2020)]
    result, _ = extract("达标率从2020年的85%提高到2025年的95%。新增学校用地面积5万平方米。\n", doc_type="other",
                        period=(None, None), issued="2021-06-01")
    assert [(v.kind, v.year) for v in result.values if v.value == 5] == [("target", 2025)]
    # an undated press conference (heldout232 n09, n12): a change from a stated year's value to another's ends at a
    # value, not at a horizon, so neither its end nor what follows is a target; its year dates what follows
    result, _ = extract("经济总量从2012年的1.1万亿元增长到2021年的2.71万亿元,十年来,年均增长8.7%。高于全国平均水平2个百分点。\n",
                        doc_type="other", period=(None, None), issued=None)
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (1.1, "actual", 2012), (2.71, "actual", 2021), (8.7, "actual", 2021), (2, "actual", 2021)]


def test_planned_building_is_a_target_and_what_was_planned_is_not():
    """News of a city's school-facility plan (heldout90 n11): "规划建设1909处", "规划新建小学31所" are to be built;
    "规划建设了4个" and "规划建设的…4105个项目中,完工…3752个" report on what was planned (heldout36 n10, 78 n11)."""
    result, _ = extract("其中现状保留2190处、规划建设1909处。\n", doc_type="other", period=(None, None), issued="2014-06-01")
    assert [(v.value, v.kind) for v in result.values] == [(2190, "actual"), (1909, "target")]
    result, _ = extract("河南实施五年计划以来,规划建设的城镇中小学4105个项目中,完工或交付使用项目3752个。\n", doc_type="other",
                        period=(None, None), issued="2019-03-01")
    assert {v.kind for v in result.values} == {"actual"}
    # 规划设置, 规划布局: planned as 规划建设 is (a city's school layout plan, read heldout972 n02; heldout68 n06)
    result, _ = extract("规划设置高中8所,总规模为309个班。在县城北侧规划布局7所学校。\n", doc_type="other", period=(None, None),
                        issued="")
    assert [(v.value, v.kind) for v in result.values] == [(8.0, "target"), (309.0, "target"), (7.0, "target")]


def test_an_undated_review_of_a_plan_period_dates_its_results_also_when_the_title_names_the_plan():
    """News of a province's 十四五 results (heldout96 n07): undated, its lead names the plan (“‘十四五’发展成就”), so
    the document has the plan's period; its results after "“十四五”以来,…" are the period's, dated 2025."""
    result, _ = extract("“十四五”以来,青海不断推进教育资源布局优化调整。\n普惠性幼儿园覆盖率达97.9%,公办园在园幼儿占比达到77.2%。\n",
                        doc_type="other", period=(2021, 2025), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2025, 97.9), ("actual", 2025, 77.2)]


def test_a_value_at_a_named_plans_end_and_a_growth_after_a_change_take_their_year_and_indicator():
    """A 2001 provincial work report (heldout26 n08): “八五”期末的833亿元 is 1995's value; 年均递增10% after
    由…增加到2000年的1400亿元 is the growth of the same indicator (递增 is one of codebook's growth verbs)."""
    result, _ = extract("政府工作报告\n——2001年2月16日在自治区第九届人民代表大会第四次会议上\n一、“九五”时期和2000年工作的回顾与总结\n国内生产总值由“八五”期末的833亿元增加到2000年的1400亿元,年均递增10%。\n",
                        doc_type="work_report", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year, v.indicator_zh) for v in result.values] == [
        ("actual", 833.0, 1995, "国内生产总值"), ("actual", 1400.0, 2000, "国内生产总值"), ("actual", 10.0, 2000, "国内生产总值")]


def test_a_scaled_number_in_words_after_a_comparator_is_a_value_and_2000_before_a_scale_no_year():
    """A county work report's news (heldout24 n11): 突破千亿 and 破万亿 are values (千亿元产业 stays a name), and
    2000亿 is an amount, not the year 2000 that would date the growth after it."""
    text = "2024年,全县地区生产总值突破千亿,增长10%左右;规上工业产值超2000亿,增长28%。推进千亿元产业集群。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.comparator, v.year) for v in result.values] == [
        (1e11, ">", 2024), (10.0, "~", 2024), (2000.0, ">", 2024), (28.0, "=", 2024)]


def test_a_round_number_written_as_its_scale_after_a_word_of_passing_a_mark_is_a_value():
    """News of results: "迈过千亿大关" (heldout12 s03), "跨上万亿台阶" (heldout49 n01), "跨过120万亿元台阶" (heldout111
    n04), "首次超过万户" (heldout111 n05): 迈过, 跨上, 跨过 bound the value as 超过 and 迈上 do, a scale alone (万) is
    the round number, 台 of 台阶 is no unit, and the comparator is no part of the indicator's name."""
    text = ("2021年,全区市场主体首次超过万户,全市生产总值迈过千亿大关,经济总量跨上万亿台阶,"
            "国内生产总值跨过120万亿元台阶。推进千亿元产业集群。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.indicator_zh, v.value, v.unit, v.comparator) for v in result.values] == [
        ("市场主体首次", 10000.0, "户", ">"), ("生产总值", 1e11, "", ">"), ("经济总量", 1e12, "", ">="),
        ("国内生产总值", 120.0, "万亿元", ">")]


def test_the_start_of_a_change_that_ended_in_a_past_year_is_a_result_in_a_plan():
    """A 十四五 education plan's review (heldout27 n10): 从2015年的75.6%提高到2020年的86.7% are both results (the
    change ended before the plan), where 由2020年的88.5%提高到2025年的92% starts a target from its baseline."""
    text = ("《某省“十四五”教育发展规划》\n学前教育毛入园率从2015年的75.6%提高到2020年的86.7%。\n"
            "到2025年,高中阶段毛入学率由2020年的88.5%提高到2025年的92%。\n")
    result, _ = extract(text, doc_type="five_year_plan", period=(2021, 2025), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 75.6, 2015), ("actual", 86.7, 2020), ("baseline", 88.5, 2020), ("target", 92.0, 2025)]


def test_a_year_alone_on_its_line_dates_the_paragraph_under_it():
    """A newspaper's infographic of a 2022 work report (heldout24 n06): "2021" on its own line dates the estimates
    under it, which are that past year's results."""
    text = "聚焦2022河南两会\n2021\n预计生产总值接近6万亿元、增长6.5%左右,粮食产量1308.8亿斤。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 6.0, 2021), ("actual", 6.5, 2021), ("actual", 1308.8, 2021)]


def test_the_pages_own_year_after_a_review_opens_what_is_to_come_and_last_year_counts_back_from_a_year():
    """News of a province's 2024 work report (heldout23 n11): after 过去一年… the paragraph 2024年,贵州将…,预计…增长5.5%
    左右 states the year's targets; in a headline 2024全国地方两会 | 贵州去年GDP增长4.9%, 去年 is 2023."""
    text = ("2024全国地方两会 | 贵州去年GDP增长4.9%\n1月24日,贵州省第十四届人民代表大会第二次会议在贵阳开幕。\n"
            "过去一年,全省地区生产总值增长4.9%。\n2024年,贵州将坚持高质量发展,预计全省地区生产总值增长5.5%左右。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 4.9, 2023), ("actual", 4.9, 2023), ("target", 5.5, 2024)]


def test_a_goal_the_text_moves_towards_opens_no_target_section():
    """"朝着…奋斗目标前进" names a goal striven towards (codebook phrase_words goal_striven_towards)."""
    result, _ = extract("全州朝着中国式现代化的奋斗目标前进,各项事业取得新成绩。\n2022年,全州实现地区生产总值53.62亿元。",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [("actual", 53.62, 2022)]


def test_a_results_gap_to_its_plan_is_structure_and_the_result_an_actual():
    result, _ = extract("全县一般公共预算收入完成16.9亿元,同比增长29.9%,高于计划目标18.9个百分点。"
                        "进出口总值预计同比增长37%,低于年度计划3个百分点。", doc_type="annual_plan")
    assert [(v.kind, v.value, v.unit) for v in result.values] == [
        ("actual", 16.9, "亿元"), ("actual", 29.9, "%"), ("actual", 37.0, "%")]
    assert result.token_outcomes["structure:a result's gap to its plan (增长5%,低于计划目标3.5个百分点): "
                                 "the difference of two values, not a stated value"] == 2


def test_a_notice_is_read_for_values_by_the_words_of_each_statement():
    """No gate on document type: a target inside a notice (or a news page) is a target."""
    result, _ = extract("到2025年,全市学前三年毛入园率达到95%以上。", doc_type="notice")
    assert [(v.kind, v.value, v.year, v.comparator) for v in result.values] == [("target", 95.0, 2025, ">=")]
    result, _ = extract("目前全市共有幼儿园74所。", doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 74.0)]


def test_year_run_together_with_a_count_is_flagged_not_guessed():
    result, raw = extract("到2025年,增加城区学位1万个(20183700个)列入当年计划。")
    assert [(v.value, v.unit) for v in result.values] == [(1.0, "万个")]
    lost = [f for f in result.flags if f.flag_type == "lost_characters"]
    assert len(lost) == 1 and raw[lost[0].char_start:lost[0].char_end] == "20183700个"
    result, _ = extract("签发日期:2023216")  # a date run together, no unit: flagged, not a long record number
    assert [f.flag_type for f in result.flags] == ["lost_characters"]


# Property: whatever the text, every value's quote is exactly the raw text of its span, and every number
# token is accounted for once.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["到2025年,", "今年", "全市", "学前三年毛入园率", "九年义务教育巩固率", "新增学位", "达到", "不低于", "保持在",
           "98", "９８", "2.2", "两", "%", "％", "万个", "所", "以上", "左右", ",", "。", ";", " ", "\u3000", "\n", "\r\n",
           "“十四五”", "第二", "湛府〔2023〕5号", "3—5", "由", "提高到", "力争", "(预测)", "表1", "2020年", "<b>", "57365线路检测中心(中国)有限公司官网",
           "增长", "下降", "-"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_text_gives_quotes_equal_to_their_raw_spans(pieces):
    raw = "".join(pieces)
    result, _ = extract(raw)
    from plantargets.extract.numbers import parse_numeral
    for value in result.values:
        assert 0 <= value.char_start <= value.value_char_start < value.value_char_end <= value.char_end <= len(raw)
        number = raw[value.value_char_start:value.value_char_end].translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)})
        assert parse_numeral(number) == value.value  # the span holds the very number that was read
        assert "57365" not in raw[value.char_start:value.char_end]
    spans = [(t.char_start, t.char_end) for t in result.tokens]
    assert len(spans) == len(set(spans))
    assert sum(t.outcome == "value" for t in result.tokens) == len(result.values)


def test_table_columns_take_their_kind_from_the_caption_or_the_table_itself():
    """No plan period in the metadata: the caption's 十四五 (or the first and last year column) types the columns."""
    text = ("“十四五”教育事业发展主要指标表\n指 标\n2020年\n2025年\n属性\n一、发展水平\n1.学前教育毛入园率(%)\n99%\n99%以上\n"
            "约束性\n2.义务教育巩固率(%)\n100%\n100%\n约束性\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value, v.comparator) for v in result.values] == [
        ("baseline", 2020, 99.0, "="), ("target", 2025, 99.0, ">="),
        ("baseline", 2020, 100.0, "="), ("target", 2025, 100.0, "="),
    ]


def test_a_table_cells_comparator_word_is_its_comparator_not_its_unit():
    """"6左右", "130以上", "6所以上" in a flattened table: 左右 and 以上 compare, they are no unit (the cell pattern
    took them for a two-character unit, and the comparator was lost)."""
    text = ("某市2020年国民经济和社会发展计划\n主要指标\n指标\n2019年\n2020年\n地区生产总值增长(%)\n6.5\n6左右\n"
            "一般公共预算收入(亿元)\n120\n130以上\n新建学校\n5\n6所以上\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.year, v.value, v.unit, v.comparator) for v in result.values] == [
        (2019, 6.5, "%", "="), (2020, 6.0, "%", "~"), (2019, 120.0, "亿元", "="), (2020, 130.0, "亿元", ">="),
        (2019, 5.0, "所", "="), (2020, 6.0, "所", ">="),
    ]


def test_a_span_of_years_taken_as_a_range_is_no_value():
    """News of a province's tasks (heldout264 n11): "利用3~5年时间,…" is the span a task takes, written as a range of
    years, no value (as 用2年时间 is not); the target after it is."""
    result, _ = extract("今年,全省将利用3~5年时间,新建学校20所。", doc_type="other", period=(None, None), issued="2013-03-01")
    assert [(v.value, v.kind) for v in result.values] == [(20.0, "target")]


def test_a_span_of_years_is_no_value_and_growths_over_it_are_the_amounts_before():
    """A county's 十一五 plan (heldout52 n06): "5年平均递增22%" is the growth per year of the amount before it and
    5年 no value; "比2005年增长172%" its growth since 2005; 过去5年 and 未来5年 count years from now."""
    text = "到2010年,第二产业产值实现530亿元,比2005年增长172%,5年平均递增22%。过去5年,全县新建学校10所;未来5年将新建12所。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2006-03-01")
    assert [(v.value, v.unit, v.target_type, v.per_year) for v in result.values] == [
        (530.0, "亿元", "level", False), (172.0, "%", "growth", False), (22.0, "%", "growth", True),
        (10.0, "所", "cumulative", False), (12.0, "所", "cumulative", False)]
    amount, since_2005, per_year = result.values[:3]
    assert since_2005.indicator_zh == per_year.indicator_zh == amount.indicator_zh
    # "…完成21.3亿元,“十三五”时期年均增长2.4%" (a banner's 2021 work report, heldout61 n07): the growth of the amount
    result, _ = extract("2020年,全旗地区生产总值完成21.3亿元,“十三五”时期年均增长2.4%。", doc_type="work_report",
                        period=(2021, 2021), issued="2021-01-10")
    assert [(v.value, v.target_type, v.per_year) for v in result.values][1:] == [(2.4, "growth", True)]
    assert not [t for t in result.tokens if t.outcome == "value" and t.text.endswith("年")]
    # the years a total took (内蒙古用32年, heldout180 n01) and those a gain is counted over (5年增量, heldout182 n07)
    result, _ = extract("内蒙古用32年迈过第二个万亿大关。经济总量跨越2.5万亿元,5年增量预计超过7500亿元。", doc_type="other",
                        period=(None, None), issued="2025-11-10")
    assert [(v.value, v.unit) for v in result.values] == [(2.5, "万亿元"), (7500.0, "亿元")]


def test_a_project_coming_into_use_in_a_later_year_states_targets_of_that_year():
    """A county's news of a school building (heldout51 n01): its floor area and new places, with no cue, are targets
    of the year it comes into use (2027), not results of the page's year; a year already past changes nothing."""
    text = ("近期,我县实施第二中学教学楼建设项目。\n该项目建筑面积6612平方米,新增普通高中学位1000个。该项目已于2025年7月"
            "正式开工建设,2027年正式投入使用。\n该校食堂面积800平方米,2024年投入使用。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-09-01")
    assert [(v.value, v.kind, v.year) for v in result.values[:2]] == [(6612.0, "target", 2027), (1000.0, "target", 2027)]
    assert [(v.value, v.kind) for v in result.values[2:]] == [(800.0, "actual")]


def test_the_base_a_target_builds_on_is_its_baseline_and_no_result_cue_for_what_follows():
    """"在现有286所幼儿园的基础上,再翻一番,达到577所" (heldout51 n10): 286 is the base, 翻一番 and 577 targets of the
    sentence's 将; "将在去年的基础上…新建200所" (heldout40 n12) a target, 去年 only naming the base; a base that is
    itself a task ("在支持每个乡镇建好1所…的基础上", heldout5 g14) stays a target."""
    plan = dict(doc_type="other", period=(None, None), issued="2014-03-01")
    result, _ = extract("宁夏将在三年内新建271所幼儿园,在全区现有286所幼儿园的基础上,再翻一番,达到577所。", **plan)
    assert [(v.value, v.kind) for v in sorted(result.values, key=lambda v: v.number_span)] == [
        (271.0, "target"), (286.0, "baseline"), (100.0, "target"), (577.0, "target")]
    result, _ = extract("今年,我省将在去年的基础上继续加大推进力度,新建、改扩建乡镇公办幼儿园200所。", **plan)
    assert [(v.value, v.kind, v.year) for v in result.values] == [(200.0, "target", 2014)]
    result, _ = extract("今年广西将大力发展公办幼儿园,在支持每个乡镇建好1所中心公办幼儿园的基础上,3万人口以上的大镇建设2至3所"
                        "公办幼儿园。", **plan)
    assert [(v.value, v.kind) for v in result.values] == [(1.0, "target"), (2.0, "target")]


def test_targets_paragraphs_after_a_horizon_are_of_the_horizon_not_of_the_page():
    """A 2018 news page on a province's opinion with targets to 2020 (heldout52 n12): the targets of its later
    paragraphs, with no year of their own, run to 2020 as the first paragraph's do; one that says 今年 is 2018's."""
    text = ("日前,甘肃省政府印发《关于加快乡村旅游发展的意见》。意见提出,到2020年全省新创建10个全国休闲农业与乡村旅游示范县。\n"
            "根据意见内容,将重点实施乡村旅游十大工程。\n在精准扶贫工程方面,将指导35个深度贫困县制定旅游扶贫实施方案,集中扶持500个"
            "贫困村发展乡村旅游。今年将新建旅游厕所200座。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-02-12")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (10.0, "target", 2020), (35.0, "target", 2020), (500.0, "target", 2020), (200.0, "target", 2018)]


def test_a_long_plans_goals_after_a_nearer_horizon_are_of_that_horizon_not_of_the_plans_end():
    """A province's urbanisation plan for 2021-2035 (heldout196 n06): "到2025年,…实现…的发展目标。" then paragraphs of
    those goals with no year of their own are 2025's, not 2035's; the year before the period stays a result."""
    text = ("到2025年,全省新型城镇化发展取得新成效,努力实现“一个全面提速、一个基本形成”的发展目标。\n"
            "一个全面提速:城镇化发展全面提速。常住人口城镇化率达到60%。\n"
            "一个基本形成:滇中城市群集聚全省60%的城镇人口。\n")
    result, _ = extract(text, doc_type="plan", period=(2021, 2035), issued="")
    assert [(v.value, v.kind, v.year, v.period_end) for v in result.values] == [
        (60.0, "target", 2025, None), (60.0, "target", 2025, None)]
    result, _ = extract("常住人口城镇化率达到60%。\n", doc_type="plan", period=(2021, 2035), issued="")
    assert [(v.value, v.year, v.year_basis) for v in result.values] == [(60.0, 2035, "the plan's horizon")]


def test_a_plan_a_years_task_drafts_names_no_period_of_the_values_beside_it():
    """A county's 2025 work report (heldout198 n03): "高质量编制“十五五”规划,…,力争全口径向上争取资金23.5亿元以上" is
    2025's target; the 十五五 plan is the task's object, not the value's period."""
    text = "2025年是关键之年。\n高质量编制“十五五”规划,推动更多项目纳入国家大盘子,力争全口径向上争取资金23.5亿元以上。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-01-10")
    assert [(v.value, v.kind, v.year, v.period_end) for v in result.values] == [(23.5, "target", 2025, None)]


def test_the_end_of_a_plan_to_come_is_a_horizon_for_the_paragraphs_after_it():
    """A 2021 news page on a province's county-economy list (heldout43 n05): "截至“十四五”末,…" sets 2025 for the
    paragraphs after it, as 到2025年 would; "锚定“十四五”期间…的目标" in a paragraph of the year's targets does not.
    (76个县(市) is the scope of the value after it, as the gold says: structure.)"""
    text = ("根据该目标任务清单,截至“十四五”末,我省76个县(市)主导产业总产值将达1.7万亿元。\n"
            "推动园区提档升级。我省将创建国家级经开区2个、省级高新区8个。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-08-20")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (1.7, "target", 2025), (2.0, "target", 2025), (8.0, "target", 2025)]
    text = ("2023年,鄂城区经济社会发展主要预期目标是:锚定“十四五”期间县域经济冲十进百的目标,稳中求进。\n"
            "力争固定资产投资增幅16%以上。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.year) for v in result.values] == [(16.0, 2023)]


def test_a_rate_per_year_and_a_rate_over_the_span_are_no_conflict(tmp_path):
    """172% since 2005 and 22% a year are two measures of one amount; 22% and 34.4% a year are a conflict."""
    (tmp_path / "plan.txt").write_text(
        "到2010年,第二产业产值实现530亿元,比2005年增长172%,5年平均递增22%,5年平均增长34.4%。", encoding="utf-8")
    flags = extract_tables(tmp_path).tables["flags"]
    conflicts = flags[flags["flag_type"] == "conflict"]["message"].tolist()
    assert conflicts and all("=22 at" in m and "=34.4 at" in m and "172" not in m for m in conflicts)


def test_a_progress_table_gives_its_tasks_as_targets_and_its_progress_as_results():
    """"目标任务 | 1-8月实际完成情况 | 任务完成率" (heldout54 n06): the tasks are targets; what was done and the rate of
    completion are results, though 任务 names the target."""
    text = ("岳阳楼区2019年1-8月省市重点民生实事项目完成情况\n序号 | 项目名称 | 责任单位 | 目标任务 | 1-8月实际完成情况 | 任务完成率 |\n"
            "1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% |\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-09-05")
    assert [(v.kind, v.value, v.unit) for v in result.values] == [
        ("target", 8950.0, "人"), ("actual", 7123.0, "人"), ("actual", 80.0, "%")]


def test_a_column_of_the_share_of_the_years_plan_holds_results():
    """A city's table of its year's projects done (heldout340 n02): "完成情况 | 占全年计划" - what each project came to
    and its share of the year's plan, both results, though 计划 names a plan."""
    text = ("2024年上海市为民办实事项目完成情况\n序号 | 实事项目名称 | 完成情况 | 占全年计划 |\n"
            "1 | 新增4000张养老床位 | 4385 | 110% |\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-11-01")
    assert [(v.kind, v.value) for v in result.values if v.kind_basis.startswith("table column")] == [
        ("actual", 4385.0), ("actual", 110.0)]


def test_a_report_on_the_years_projects_gives_its_numbered_items_as_targets_and_its_text_as_results():
    """Anshun's report on its ten projects of 2019 (heldout54 n11): "一、减少农村扶贫对象6.76万人" states the task, a
    target of 2019; "此项工作已完成。…完成减少农村扶贫对象7.497万人" what was done."""
    text = ("截止2019年12月31日,安顺市“十件实事”涉及的工作任务全面完成。具体情况如下:\n一、减少农村扶贫对象6.76万人。(责任单位:市扶贫办)\n"
            "此项工作已完成。截至2019年12月底,全市完成减少农村扶贫对象7.497万人。\n2.新建、改扩建公办幼儿园8所\n"
            "此项工作已完成。截至2019年12月底,全市完成新建、改扩建幼儿园8所。\n")
    result, _ = extract(text, doc_type="project_report", period=(None, None), issued="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [  # the task done in full stays what was done
        (6.76, "target", 2019), (7.497, "actual", 2019), (8.0, "target", 2019), (8.0, "actual", 2019)]


def test_a_work_summary_names_a_plans_horizon_without_turning_its_results_into_targets():
    """A district's 2005 education summary (heldout56 n03): "编制了…“十一五”规划,明确了我区未来五年的…目标" names the
    plan's span; "全年新增小学1所" after it is a result of 2005, not a target of 2009."""
    text = ("常州市新北区2005年教育工作总结\n我局编制了新北区教育事业“十一五”规划,明确了我区未来五年的教育工作目标和主要措施。"
            "本着边修订、边实施的原则,全年新增小学1所,撤并村小5所。\n")
    result, _ = extract(text, doc_type="work_summary", period=(None, None), issued="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(1.0, "actual", 2005), (5.0, "actual", 2005)]


def test_a_table_with_year_and_named_columns_and_growth_columns():
    """"| 指标 | 单位 | 2019年实绩 | 增长% | 2020年目标 | 增长% |" with no plan period: the year columns' kinds come
    from the years alone (the named 指标/单位 columns have none: sorting them with the years crashed the file), and
    each growth column gives the growth, in %, of the year before it."""
    text = ("某市国民经济和社会发展计划\n| 指标 | 单位 | 2019年实绩 | 增长% | 2020年目标 | 增长% |\n"
            "| 地区生产总值 | 亿元 | 650 | 6.5 | 700 | 6左右 |\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert not [f for f in result.flags if f.severity == "error"]
    assert [(v.kind, v.year, v.indicator_zh, v.value, v.unit, v.comparator, v.target_type) for v in result.values] == [
        ("baseline", 2019, "地区生产总值", 650.0, "亿元", "=", "level"),
        ("baseline", 2019, "地区生产总值增长", 6.5, "%", "=", "growth"),
        ("target", 2020, "地区生产总值", 700.0, "亿元", "=", "level"),
        ("target", 2020, "地区生产总值增长", 6.0, "%", "~", "growth"),
    ]


def test_values_written_as_words_are_read_with_their_meaning():
    """持平 is a growth of 0 % of the value stated before it; 翻了一番多 more than 100 % (codebook/value_words.csv)."""
    result, _ = extract("2022年全市社会消费品零售总额264.49亿元,与2021年持平。公办园在园幼儿翻了一番多。",
                        doc_type="other", period=(None, None), issued="2023-03-01")
    words = [(v.indicator_zh, v.value, v.unit, v.comparator, v.target_type) for v in result.values if v.unit == "%"]
    assert words == [("社会消费品零售总额", 0.0, "%", "=", "growth"), ("公办园在园幼儿", 100.0, "%", ">", "growth")]
    assert result.token_outcomes["value"] == len(result.values)


def test_quadrupling_with_or_without_le_is_a_value_word():
    """A 2008 report's five-year review (heldout49 n04): "五年內翻了兩番" is 300 %, as 翻两番 is; 翻了两番多 more."""
    result, _ = extract("2008年,全市地区生产总值五年内翻了两番,财政收入翻了两番多。",
                        doc_type="other", period=(None, None), issued="2008-03-01")
    assert [(v.value, v.unit, v.comparator) for v in result.values] == [(300.0, "%", "="), (300.0, "%", ">")]


def test_doubling_is_a_value_word_and_a_quoted_goal_name_is_not():
    """"到2020年,全县地区生产总值实现翻番" (heldout102 n02): 翻番 is a growth of 100 %; "实现“两个翻番”" and
    "提出了“提前翻番”" name goals; a quote holding its indicator states a value ("“氮氧化物排放量零增长”", heldout10
    k04)."""
    result, _ = extract("到2020年,全县地区生产总值实现翻番。\n", doc_type="plan", period=(2016, 2020), issued="2016-08-11")
    assert [(v.indicator_zh, v.value, v.unit, v.year) for v in result.values] == [("地区生产总值", 100, "%", 2020)]
    result, _ = extract("到2020年,力争实现“两个翻番”,纲要提出了“提前翻番、同步小康”,“氮氧化物排放量零增长”首次出现。\n",
                        doc_type="plan", period=(2016, 2020), issued="2016-08-11")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("氮氧化物排放量", 0)]


def test_a_value_word_inside_other_words_is_no_value():
    """保持平稳, 支持平价风电: 持平 across two words (保持|平稳) is no growth of 0 % (codebook value_words not_after;
    heldout100 n05); 与上年持平 and 基本持平 still are."""
    result, _ = extract("全县经济保持平稳健康发展。积极支持平价风电和光伏发电项目建设。粮食总产量与上年持平。",
                        doc_type="other", period=(None, None), issued="2023-03-01")
    assert [(v.indicator_zh, v.value, v.unit) for v in result.values] == [("粮食总产量", 0.0, "%")]


def test_a_repeated_paragraph_is_flagged_and_its_values_kept():
    text = "到2025年,全县新建改扩建幼儿园25所,普惠性幼儿园覆盖率达到90%以上。\n正文\n到2025年,全县新建改扩建幼儿园25所,普惠性幼儿园覆盖率达到90%以上。\n"
    result, raw = extract(text)
    repeated = [f for f in result.flags if f.flag_type == "repeated_text"]
    assert len(repeated) == 1 and repeated[0].char_start == raw.index("正文") + 3
    assert [v.value for v in result.values] == [25.0, 90.0, 25.0, 90.0]


def test_a_pipe_table_with_named_columns():
    """A scraper's markdown-like table: a bulletin's 绝对数 / 比上年增长(%) columns give achieved values of the
    bulletin's year; a work report's project table gives targets of its year."""
    bulletin = ("某县2023年国民经济和社会发展统计公报\n| 指标 | 绝对数(亿元) | 比上年增长(%) |\n|---|---|---|\n"
                "| 地区生产总值 | 386.77 | 5.2 |\n| 第一产业增加值 | 134.84 | 4.1 |\n")
    result, _ = extract(bulletin, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.indicator_zh, v.value, v.unit, v.target_type) for v in result.values] == [
        ("actual", 2023, "地区生产总值", 386.77, "亿元", "level"), ("actual", 2023, "地区生产总值比上年增长", 5.2, "%", "growth"),
        ("actual", 2023, "第一产业增加值", 134.84, "亿元", "level"), ("actual", 2023, "第一产业增加值比上年增长", 4.1, "%", "growth"),
    ]
    projects = ("2024年政府工作报告\n| 序号 | 项目名称 | 投资(万元) |\n| 1 | 县城第二幼儿园 | 3000 |\n| 2 | 城东小学 | 4500 |\n")
    result, _ = extract(projects, doc_type="work_report", period=(None, None), issued="")
    assert [(v.kind, v.year, v.indicator_zh, v.value, v.unit) for v in result.values] == [
        ("target", 2024, "县城第二幼儿园投资", 3000.0, "万元"), ("target", 2024, "城东小学投资", 4500.0, "万元")]


def test_comparator_words_from_the_codebook():
    """超 and 逾 are '>', 近 and 约 are '~', 至少 governs across a short verb (codebook/comparators.csv)."""
    result, _ = extract("到2025年,新增学位超1000个,培训教师逾5万人次,建成近30所,每个乡镇至少办好1所公办幼儿园。")
    assert [(v.value, v.comparator) for v in result.values] == [(1000.0, ">"), (5.0, ">"), (30.0, "~"), (1.0, ">=")]


def test_a_decrease_is_not_an_increase_and_a_sign_is_kept():
    result, _ = extract("今年地区生产总值增长3.5%,单位地区生产总值能耗下降3.5%,出口增长-0.5%。",
                        doc_type="work_report", issued="2024-01-10")
    assert [(v.value, v.direction, v.target_type) for v in result.values] == [
        (3.5, "increase", "growth"), (3.5, "decrease", "growth"), (-0.5, "increase", "growth")]


def test_a_zero_width_character_inside_a_number_does_not_split_it():
    result, raw = extract("到2025年,学前三年毛入园率达到9\u200b5%以上。")
    assert [(v.value, v.comparator) for v in result.values] == [(95.0, ">=")]
    assert raw[result.values[0].char_start:result.values[0].char_end].replace("\u200b", "").endswith("95%以上")


def test_a_range_with_a_percent_sign_on_each_end_is_one_range():
    result, _ = extract("到2025年,普惠性幼儿园覆盖率保持在90%~95%。")
    assert [(v.value, v.value_high, v.unit, v.comparator) for v in result.values] == [(90.0, 95.0, "%", "range")]


def test_a_range_with_its_scale_on_each_end_is_one_range_of_amounts_not_years():
    """"1500亿至2000亿元" (Xinjiang's transport plan, heldout52 n01): one range in 亿元, though 2000 looks like a year."""
    result, _ = extract("到2015年,新疆公路建设将完成固定资产投资1500亿至2000亿元,新增就业5万至8万人。")
    assert [(v.value, v.value_high, v.unit, v.comparator, v.value_std_high) for v in result.values] == [
        (1500.0, 2000.0, "亿元", "range", 2e11), (5.0, 8.0, "万人", "range", 80000.0)]


def test_a_number_too_long_to_be_a_value_is_flagged_not_read_as_infinity():
    result, raw = extract("到2025年,新增学位" + "9" * 400 + "个。")
    assert result.values == []
    assert [f.flag_type for f in result.flags] == ["unclassified_number"] and "beyond" in result.flags[0].message


def test_shares_written_as_fractions_or_tenths():
    result, _ = extract("到2025年,三分之一的学校达到省一级标准,九成以上学生参加课后服务。")
    assert [(v.value, v.unit, v.value_std, v.unit_std, v.comparator) for v in result.values] == [
        (33.33, "%", 33.33, "%", "="), (9.0, "成", 90.0, "%", ">=")]


def test_a_chinese_numeral_with_a_scale_is_a_quantity():
    result, _ = extract("到2025年,新增学位三万个,建设两个中心。")  # as written, as 3万个 is (the rubric: 12.14万个 → 12.14)
    assert [(v.value, v.unit, v.value_std) for v in result.values] == [(3.0, "万个", 30000.0)]


def test_an_actual_with_no_year_takes_the_year_the_text_last_named():
    """A bulletin opens "2023年,在县委…的领导下,…" and its paragraphs then say only 全年/比上年 (heldout3 k02)."""
    result, _ = extract("进贤县统计局\n2023年,在县委、县政府的坚强领导下,各项工作迈上新台阶。\n"
                        "全年实现地区生产总值363.92亿元,比上年增长3.5%。", doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value, v.year, v.year_inferred) for v in result.values] == [
        ("actual", 363.92, 2023, True), ("actual", 3.5, 2023, True)]


def test_a_target_of_a_page_with_no_known_year_takes_the_year_its_paragraph_names():
    """"2019年,…:一是新建幼儿园5所" on a page that says nowhere which year 今年 is."""
    result, _ = extract("2019年,县政府确定:一是确保新建幼儿园5所;二是力争新增学位2000个。", doc_type="other",
                        period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [("target", 5, 2019), ("target", 2000, 2019)]


def test_a_list_of_the_years_practical_things_is_a_list_of_targets():
    """"确定了为全省人民办好10件实事:一是…;二是…" (heldout3 k11): the items are commitments, not results."""
    result, _ = extract("2009年,山西省委、省政府确定了为全省人民办好10件实事:一是改造中小学校舍400万平方米;"
                        "二是实现县乡卫生机构达标率80%。", doc_type="other", period=(None, None), issued="")
    items = [(v.kind, v.value, v.year) for v in result.values if v.value != 10]
    assert items == [("target", 400, 2009), ("target", 80, 2009)]


def test_the_years_of_preschool_in_an_indicator_name_are_not_a_value():
    """"学前3年毛入园率达到85%" (heldout3 k09): 3年 is part of the name 学前三年毛入园率."""
    v = one("到2020年,学前3年毛入园率达到85%。")
    assert (v.value, v.unit, v.indicator_zh) == (85, "%", "学前3年毛入园率")


def test_a_state_as_of_a_year_end_dates_the_rest_of_its_paragraph():
    """"截至2017年底,共有幼儿园14952所;学前3年毛入园率达到79.25%" (heldout3 k09): both are of 2017."""
    result, _ = extract("截至2017年底,江西共有幼儿园14952所;学前3年毛入园率达到79.25%。", doc_type="other",
                        period=(None, None), issued="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [("actual", 14952, 2017), ("actual", 79.25, 2017)]


def test_a_bound_kept_in_a_review_is_a_result_and_in_a_plan_a_target():
    """"城镇调查失业率控制在5.5%以内" reports a result after 计划执行情况 (heldout3 k12) and sets a target after 预期目标."""
    result, _ = extract("2024年计划执行情况:城镇调查失业率控制在5.5%以内。", doc_type="other", period=(None, None), issued="")
    plan, _ = extract("今年的主要预期目标是:城镇调查失业率控制在5.5%以内。", doc_type="other", period=(2025, 2025),
                      issued="2025-01-10")
    assert [(v.kind, v.comparator, v.value) for v in result.values] == [("actual", "<=", 5.5)]
    assert [(v.kind, v.comparator, v.value) for v in plan.values] == [("target", "<=", 5.5)]


def test_a_number_of_days_with_a_bound_ending_its_clause_is_a_value():
    """"空气质量二级以上天数稳定在300天以上。" (heldout3 k11) states a value; "连续7天以上的" qualifies a noun."""
    result, _ = extract("今年全市空气质量二级以上天数稳定在300天以上。", doc_type="work_report", period=(2009, 2009),
                        issued="2009-02-01")
    assert [(v.value, v.unit, v.comparator) for v in result.values] == [(300, "天", ">=")]
    result, _ = extract("今年为连续7天以上的住院患者提供服务。", doc_type="work_report", period=(2009, 2009), issued="2009-02-01")
    assert result.values == []


def test_a_streak_is_no_value():
    """广西食糖产量连续33年位居全国第一 (heldout232 n12) gave a value of 33 years: a streak says how long a record has
    held (the devset rubric: streaks are not values), so no value, and the value it qualifies keeps its own."""
    result, _ = extract("广西食糖产量连续33年位居全国第一,全省连续23个月保持增长。今年力争粮食产量连续两年稳定在1500万吨以上。",
                        doc_type="work_report", period=(2024, 2024), issued="2024-01-20")
    assert [(v.kind, v.value, v.unit) for v in result.values] == [("target", 1500.0, "万吨")]


def test_the_time_of_a_travel_or_service_circle_is_a_value():
    """A plan's time circles (read heldout192 n02: 西安都市圈1小时通勤、城市群2小时通达) are its targets, in hours, each a
    most (within the hour); a duration that qualifies a noun (24小时值班制度) stays none. Minutes before a circle's name
    (打造30分钟基层医疗服务圈, 15分钟健身圈) name a kind of network since session 88: of about forty in the read sets the
    gold annotates nine (heldout192 n08 one of them)."""
    result, _ = extract("到2025年,基本实现都市圈1小时通勤、城市群2小时通达、全国主要城市3小时覆盖,打造30分钟基层医疗服务圈。"
                        "建立24小时值班制度。")
    assert [(v.value, v.unit, v.kind, v.year, v.comparator) for v in result.values] == [
        (1, "小时", "target", 2025, "<="), (2, "小时", "target", 2025, "<="), (3, "小时", "target", 2025, "<=")]
    # hours to a place (read heldout352 n11: 形成3.5小时到北京、4小时到上海的高铁服务圈), 到 right after the hours
    result, _ = extract("到2020年,形成3.5小时到北京、4小时到上海的高铁服务圈,7小时到辽东半岛的海运服务圈。")
    assert [(v.value, v.unit, v.year) for v in result.values] == [(3.5, "小时", 2020), (4, "小时", 2020), (7, "小时", 2020)]


def test_the_share_of_a_plan_achieved_is_a_result_even_in_a_target_section():
    """"完成投资3212万元,占年度投资计划的32.12%" (devset d210) reports progress against the plan, not a target."""
    result, _ = extract("今年的主要目标任务:新建幼儿园20所。完成投资3212万元,占年度投资计划的32.12%。", doc_type="other",
                        period=(2020, 2020), issued="2020-05-12")
    assert [(v.kind, v.value) for v in result.values if v.value == 32.12] == [("actual", 32.12)]
    # the share of what was approved (a school-building programme's progress, read heldout736 n02)
    result, _ = extract("今年的主要目标任务:新建幼儿园20所。已开工2167所学校,占批复数的92%,在建施工面积311万平方米,"
                        "占其批复面积的70.1%。", doc_type="other", period=(2020, 2020), issued="2020-05-12")
    assert [(v.kind, v.value) for v in result.values if v.unit == "%"] == [("actual", 92.0), ("actual", 70.1)]


def test_the_share_of_a_plan_for_months_so_far_achieved_is_a_result():
    """A county's key-project progress of January-April (heldout730 n03: "全年计划完成投资98.5亿元,…完成1-4月投资计划的
    132.1%"): the share of the plan for the months so far, as of a quarter's or a half-year's, is a result."""
    result, _ = extract("57个重点项目全年计划完成投资98.5亿元,1-4月累计完成投资21.01亿元,完成1-4月投资计划的132.1%。"
                        "一季度完成一季度投资计划的105%,上半年完成上半年投资计划的98%。", doc_type="other",
                        period=(None, None), issued="2025-05-16")
    assert [(v.kind, v.value) for v in result.values if v.unit == "%"] == [
        ("actual", 132.1), ("actual", 105), ("actual", 98)]


def test_the_share_of_a_task_handed_down_achieved_names_the_tasks_amount():
    """A development zone's investment-promotion results (heldout754 n06: "省外到位资金60.4亿元,完成州政府下达任务数
    65.85亿元的91.7%"): the amount of the task a higher government handed down is the year's target, the share of it a
    result, as in "完成年计划710亿元的89.4%"."""
    result, _ = extract("全年开发区省外到位资金60.4亿元,完成州政府下达任务数65.85亿元的91.7%。", doc_type="other",
                        period=(None, None), issued="2018-12-20")
    assert [(v.kind, v.value) for v in result.values if v.value in (65.85, 91.7)] == [
        ("target", 65.85), ("actual", 91.7)]

def test_a_suffix_is_shared_by_a_list_only_when_no_item_carries_its_own():
    """"分别达到98%、99%、60%以上和15年以上" (heldout h19): 以上 belongs to the last two; "分别控制在4.2%、3%以内": to both."""
    result, _ = extract("到2020年,学前三年毛入园率、义务教育巩固率、高等教育毛入学率和人均受教育年限分别达到98%、99%、60%以上和15年以上。")
    assert [v.comparator for v in result.values] == ["=", "=", ">=", ">="]
    result, _ = extract("到2020年,城镇登记失业率和人口自然增长率分别控制在4.2%、3%以内。")
    assert [v.comparator for v in result.values] == ["<=", "<="]


def test_the_population_a_facility_serves_is_a_qualifier_not_a_value():
    """"按照城镇服务人口1万人…设置1所幼儿园" (heldout3 k09): the norm's threshold is not a stated value."""
    result, _ = extract("按照城镇服务人口1万人设置1所幼儿园。")
    assert [(v.value, v.unit) for v in result.values] == [(1, "所")]


def test_a_gap_to_a_target_in_a_results_paragraph_does_not_open_a_target_section():
    """"…增长5.2%,低于预期目标0.8个百分点。" reports a result; the next sentence stays in the review."""
    result, _ = extract("一、2023年计划执行情况\n地区生产总值增长5.2%,低于预期目标0.8个百分点。规上工业增加值增长7.1%。",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 5.2), ("actual", 7.1)]  # the gap is structure


def test_the_years_own_target_in_brackets_beside_its_result():
    """"地区生产总值增长5.5%(年度目标6%)" in an execution report: 6% is the reviewed year's target for the same indicator."""
    result, _ = extract("一、2023年计划执行情况\n全市地区生产总值增长5.5%(年度目标6%),规模以上工业增加值增长7.1%。",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.indicator_zh, v.value) for v in result.values] == [
        ("actual", 2023, "地区生产总值", 5.5), ("target", 2023, "地区生产总值", 6), ("actual", 2023, "规模以上工业增加值", 7.1)]


def test_results_set_against_their_targets_in_an_execution_report():
    """A provincial execution report (heldout28 n10): "与预期目标持平", "符合3%左右的预期目标" measure a result against
    its target, so they open no target section; the target they name is the reviewed year's, and 持平 after a
    target is no change of 0 %."""
    result, _ = extract("关于某省2019年国民经济和社会发展计划执行情况及2020年计划草案的报告\n(一)2019年计划执行情况\n"
                        "1.地区生产总值达到46616亿元、增长7.5%,与预期目标持平。\n"
                        "2.居民消费价格上涨3.2%,符合3%左右的预期目标。", doc_type="other", period=(None, None),
                        issued="2020-05-22")
    assert [(v.kind, v.year, v.value, v.comparator) for v in result.values] == [
        ("actual", 2019, 46616, "="), ("actual", 2019, 7.5, "="), ("actual", 2019, 3.2, "="), ("target", 2019, 3, "~")]


def test_level_with_another_places_level_or_a_target_kept_is_no_change_of_zero():
    """持平 with another place's level or average (力争年均增长速度与全省平均水平持平, heldout392; 与全市增速基本持平,
    heldout30) or a target kept as the year before's (这一增速目标与去年持平, heldout856) states no growth of 0 %
    (codebook phrase_words not_a_change_before_value_word); 与2021年持平 after a value still does."""
    result, _ = extract("今年,力争年均增长速度与全省平均水平持平。社会消费品零售总额同比增长6.9%,与全市增速基本持平。"
                        "这一增速目标与去年持平。", doc_type="other", period=(None, None), issued="2022-04-20")
    assert [v.value for v in result.values] == [6.9]
    result, _ = extract("社会消费品零售总额264.49亿元,与2021年持平。", doc_type="other", period=(None, None),
                        issued="2022-04-20")
    assert [(v.value, v.unit) for v in result.values] == [(264.49, "亿元"), (0.0, "%")]


def test_a_target_named_by_its_value_an_aside_or_an_overshoot_heads_no_target_section():
    """Execution reports (heldout28 n01, n03): "控制在4.5%的预期目标内" names the value before it, "超预期目标60亿元"
    measures a result, "(目标任务均为国家下达)" is an aside; none opens a target section, so the values after
    them stay the reviewed year's results. "(与年度预期目标6%以上相比)" is the target of the value before it."""
    result, _ = extract("(一)2020年计划执行情况\n1.居民消费价格指数上涨3.1%,控制在4.5%的预期目标内。\n"
                        "2.到位国内省外资金530亿元,超预期目标60亿元。\n"
                        "全省12项约束性指标(目标任务均为国家下达)中,10项指标可如期完成。\n"
                        "4.地区生产总值增长8%,高2个百分点(与年度预期目标6%以上相比)。",
                        doc_type="other", period=(None, None), issued="2021-02-05")
    rows = [(v.kind, v.year, v.indicator_zh, v.value) for v in result.values]
    assert ("target", 2020, "居民消费价格指数", 4.5) in rows  # named after the result: the same indicator's target
    assert ("actual", 2020, "到位国内省外资金", 530) in rows
    assert ("target", 2020, "地区生产总值", 6) in rows
    assert [kind for kind, *_ in rows if kind == "target"] == ["target", "target"], rows


def test_a_change_from_a_dated_start_to_the_documents_own_year_is_a_result():
    """A district's execution report of December 2020 (heldout28 n06): "由2015年的141家增加到2020年的339家" reports where
    the change got to this year; without the dated start, "到2020年…达到" stays a commitment."""
    result, _ = extract("全区高新技术企业由2015年的141家增加到2020年的339家。", doc_type="other", period=(None, None),
                        issued="2020-12-24")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2015, 141), ("actual", 2020, 339)]
    result, _ = extract("到2020年,全区高新技术企业增加到339家。", doc_type="other", period=(None, None), issued="2020-03-02")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2020, 339)]


def test_a_review_ends_the_horizon_a_table_of_contents_named_before_it():
    """News of a county-level city's work report (heldout31 n01), all in one paragraph: the report's outline names
    “十五五”, then 2025年工作回顾 starts the review, whose results are 2025's, not 2030's."""
    result, _ = extract("报告分三部分:一、2025年工作回顾;二、“十五五”时期任务及目标;三、2026年主要工作。 2025年工作回顾 "
                        "2025年,市政府较好完成目标任务。全市地区生产总值同比增长7%。", doc_type="other",
                        period=(None, None), issued="2026-01-16")
    assert [(v.kind, v.year, v.value) for v in result.values if v.value == 7] == [("actual", 2025, 7)]


def test_counts_of_indicators_met_are_not_values():
    """Reviews and execution reports count their indicators (heldout30 n09, heldout28 n01): no indicator's value."""
    result, _ = extract("32项主要指标包括的41项分指标中,有34项分指标超过或达到规划进度要求。已达期末目标的指标有4项。"
                        "44项预期性指标中,35项指标符合或好于预期,6项指标未达预期。", doc_type="other",
                        period=(None, None), issued="2018-11-20")
    assert result.values == []
    assert {t.outcome for t in result.tokens} == {"structure"}


def test_a_list_of_years_pairs_with_the_values_of_one_name():
    """News of a five-year plan's mid-term review (heldout30 n09): each value of 分别 is one listed year's."""
    result, _ = extract("其中,2016年、2017年、2018年上半年,全省细颗粒物浓度分别较2015年下降16.7%、21.2%、21.2%。"
                        "2011—2012年,全省生产总值分别增长15%、13.6%。", doc_type="other", period=(None, None),
                        issued="2018-11-20")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2016, 16.7), ("actual", 2017, 21.2), ("actual", 2018, 21.2), ("actual", 2011, 15), ("actual", 2012, 13.6)]
    # heldout30 n12: "2011年到2015年上半年" and a scrape's stray comma in the list ("10.0%,、8.2%")
    result, _ = extract("2011年到2015年上半年,广东GDP分别增长10.0%,、8.2%、8.5%,、7.8%和7.7%。", doc_type="other",
                        period=(None, None), issued="2015-10-20")
    assert [(v.year, v.value) for v in result.values] == [(2011, 10), (2012, 8.2), (2013, 8.5), (2014, 7.8), (2015, 7.7)]
    # heldout30 n10: a second 分别 of the same name pairs with the same years
    result, _ = extract("2011年、2012年,我省城镇居民人均可支配收入分别达到16495元、18700.5元,分别增长10.8%、10.4%。",
                        doc_type="other", period=(None, None), issued="2013-08-01")
    assert [(v.year, v.value) for v in result.values] == [(2011, 16495), (2012, 18700.5), (2011, 10.8), (2012, 10.4)]


def test_a_list_of_years_run_into_the_name_pairs_with_the_values_of_that_name():
    """"2016年、2017年、2018年上半年居民人均可支配收入分别为…" (heldout30 n09), "明确2017年、2020年、2025年新区绿化覆盖率分别提高到
    50%、60%、65%" (heldout43 n04): the years, with no comma before the name, are still the list 分别 pairs with."""
    result, _ = extract("2016年、2017年、2018年上半年居民人均可支配收入分别为21787元、23757元和12541元。", doc_type="other",
                        period=(None, None), issued="2018-11-20")
    assert [(v.kind, v.year, v.value, v.indicator_zh) for v in result.values] == [
        ("actual", 2016, 21787, "居民人均可支配收入"), ("actual", 2017, 23757, "居民人均可支配收入"),
        ("actual", 2018, 12541, "居民人均可支配收入")]
    result, _ = extract("明确2017年、2020年、2025年新区绿化覆盖率分别提高到50%、60%、65%。", doc_type="other",
                        period=(None, None), issued="2016-11-20")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("target", 2017, 50), ("target", 2020, 60), ("target", 2025, 65)]
    assert {v.indicator_zh for v in result.values} == {"新区绿化覆盖率"}


def test_targets_that_are_the_subject_of_an_achievement_head_no_target_section():
    """"主要目标、主要任务和重大工程项目实现“时间过半、任务过半”" (heldout30 n09), "主要目标的完成" (heldout27 n04) review
    the targets; "主要目标是实现…" still states them."""
    result, _ = extract("报告显示,纲要实施进展顺利,主要目标、主要任务和重大工程项目实现“时间过半、任务过半”。"
                        "2016年、2017年居民人均可支配收入分别为21787元、23757元。", doc_type="other", period=(None, None),
                        issued="2018-11-20")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2016, 21787), ("actual", 2017, 23757)]
    result, _ = extract("今年的主要目标是实现地区生产总值增长6%左右。", doc_type="other", period=(None, None),
                        issued="2018-01-20")
    assert [(v.kind, v.value) for v in result.values] == [("target", 6)]


def test_the_lead_of_a_sentence_frames_its_pieces_after_a_semicolon():
    """News of a work report (heldout27 n04): "今年西藏将…;严守耕地红线,青稞播种面积稳定在230万亩以上" is a target,
    framed by the lead of its sentence; a lead that reports results so far (今年以来) frames none."""
    result, _ = extract("嘎玛泽登称,今年西藏将稳步发展特色农牧业;严守耕地红线,青稞播种面积稳定在230万亩以上;加力实施行动。",
                        doc_type="other", period=(None, None), issued="2026-01-20")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2026, 230)]
    result, _ = extract("今年以来,全区经济稳中有进;规上工业增加值增长6.2%。", doc_type="other", period=(None, None),
                        issued="2026-08-20")
    assert [v.kind for v in result.values] == ["actual"]


def test_the_plans_end_of_period_target_beside_results_of_listed_years():
    """News of a five-year plan's mid-term review (heldout30 n09): 规划期末 is the end of the plan the text named
    (“十三五”: 2020), 目标为 names the target of the indicator before it, and a year list before the ; still dates
    the next list of the same full sentence."""
    text = ("省人大常委会审议了湖北省“十三五”规划纲要实施情况中期评估的报告。\n"
            "其中,2016年、2017年、2018年上半年,全省细颗粒物浓度分别较2015年下降16.7%、21.2%、21.2%,规划期末目标为下降20%;"
            "劣Ⅴ类水体比例分别为4.4%、4.4%、2.6%,规划期末目标为6.1%。\n"
            "规划期末全省实施城镇棚户区住房改造110万套。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-11-20")
    rows = [(v.kind, v.year, v.indicator_zh, v.value, v.unit) for v in result.values]
    assert rows == [
        ("actual", 2016, "全省细颗粒物浓度", 16.7, "%"), ("actual", 2017, "全省细颗粒物浓度", 21.2, "%"),
        ("actual", 2018, "全省细颗粒物浓度", 21.2, "%"), ("target", 2020, "全省细颗粒物浓度", 20, "%"),
        ("actual", 2016, "劣Ⅴ类水体比例", 4.4, "%"), ("actual", 2017, "劣Ⅴ类水体比例", 4.4, "%"),
        ("actual", 2018, "劣Ⅴ类水体比例", 2.6, "%"), ("target", 2020, "劣Ⅴ类水体比例", 6.1, "%"),
        ("target", 2020, "规划期末全省实施城镇棚户区住房改造", 110, "万套")], rows
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")  # undated: the target's year decides
    assert [v.kind for v in result.values if v.indicator_zh == "劣Ⅴ类水体比例"] == ["actual"] * 3 + ["target"]


def test_an_undated_review_of_a_plan_period_dates_its_results_to_the_periods_end():
    """A county's review of its 十三五 (heldout31 n11, undated): "和“十二五”末相比" is the base of the growths, not
    their period; the results are those of “十三五”期间, dated 2020."""
    text = ("——宁县“十三五”期间经济社会发展综述\n“十三五”期间,宁县经济平稳运行。\n"
            "和“十二五”末相比,宁县城乡居民人均可支配收入分别增长44.6%、52.1%;全口径财政收入增长61.7%,达到3.91亿元。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2020, 44.6), ("actual", 2020, 52.1), ("actual", 2020, 61.7), ("actual", 2020, 3.91)]


def test_a_list_page_headed_by_years_achievements_and_targets():
    """News of a province's work report set out as a list (heldout31 n04): "2020年成就:" heads that year's results,
    "“十三五”成就:" the period's, "“十四五”目标:" and "2021年目标:" the targets of the year they name."""
    text = ("陕西省第十三届人民代表大会第五次会议在西安开幕。\n2020年成就:\n实现生产总值2.62万亿元,增长2.2%\n"
            "“十三五”成就:\n生产总值年均增长6.3%\n“十四五”目标:\n人均生产总值达到9万元左右\n"
            "2021年目标:\n生产总值增长6.5%左右\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-01-26")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2020, 2.62), ("actual", 2020, 2.2), ("actual", 2020, 6.3), ("target", 2025, 9), ("target", 2021, 6.5)]


def test_the_base_year_of_a_multiple_does_not_date_the_paragraph():
    """A county's five-year review (heldout31 n02): "是2006年的2.6倍" compares with 2006; the values after it stay
    2011's."""
    result, _ = extract("2011年,全县地区生产总值完成11亿元,是2006年的2.6倍,年均增长14.2%;财政总收入完成1.5亿元,"
                        "相当于2006年的4.6倍。", doc_type="other", period=(None, None), issued="2011-12-10")
    assert [(v.year, v.value) for v in result.values] == [(2011, 11), (2011, 2.6), (2011, 14.2), (2011, 1.5), (2011, 4.6)]


def test_a_table_of_targets_against_results_gives_both_kinds_of_one_year():
    """heldout30 n11: the 目标值 column holds 2020's targets, the 预计值 column its estimated results."""
    text = ("“十三五”规划主要指标完成情况\n序号 指标名称 2020 年目标值 2020 年预计值 完成情况\n"
            "1 全区生产总值(亿元) 1000 1008.5 完成\n2 人均生产总值(元) 130000 130913 完成\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-06-01")
    assert [(v.kind, v.year, v.indicator_zh, v.value, v.unit) for v in result.values] == [
        ("target", 2020, "全区生产总值", 1000, "亿元"), ("actual", 2020, "全区生产总值", 1008.5, "亿元"),
        ("target", 2020, "人均生产总值", 130000, "元"), ("actual", 2020, "人均生产总值", 130913, "元")]


def test_the_share_of_a_years_target_achieved_with_the_amount_inside():
    """News of a city's school building (heldout11 m03): "完成年初35所目标任务的94.29%" reports the share achieved
    (a result); 35 is the year's target amount, dated as the share is."""
    result, _ = extract("全年共竣工33所,完成年初35所目标任务的94.29%。", doc_type="other", period=(None, None),
                        issued="2015-12-20")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2015, 33), ("target", 2015, 35), ("actual", 2015, 94.29)]


def test_recovered_to_a_share_of_a_years_level_is_no_deadline():
    """News of a province's work report (heldout23 n11): "恢复到2019年的113%" measures against 2019; it neither
    states a deadline (到2019年) nor dates the values after it."""
    result, _ = extract("2023年,全省旅游人次、旅游总收入分别恢复到2019年的113%、119%,社会消费品零售总额增长5.9%。",
                        doc_type="other", period=(None, None), issued="2024-01-25")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2023, 113), ("actual", 2023, 119), ("actual", 2023, 5.9)]


def test_a_commitment_in_a_paragraph_about_the_coming_year_ends_the_review():
    """News of a province's work report (heldout23 n11): after 过去一年…, the paragraph "2024年,贵州将…" speaks of the
    year to come, so "贵州将推动…占比达到45%以上" is a target, though its own clause has no cue."""
    text = ("1月24日上午,贵州省第十四届人民代表大会第二次会议在贵阳开幕。\n过去一年贵州牢牢守住了底线任务。\n"
            "2024年,贵州将坚持高质量发展。贵州将推动数字经济实现质的突破,数字经济占比达到45%以上。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-01-24")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2024, 45)]


def test_a_bracketed_target_after_a_gap_to_another_place_is_the_rates():
    """A county's execution report (heldout19 p19_01): "(预期目标为8.5%以上)" after "高于全市0.8个百分点" is the
    target of the growth rate before the gap, not of the gap."""
    result, _ = extract("一、2022年国民经济和社会发展计划执行情况\n全年实现地区生产总值增长5.9%,高于全市0.8个百分点,"
                        "排名全市第1位(预期目标为8.5%以上)。", doc_type="other", period=(None, None), issued="2023-03-09")
    assert [(v.kind, v.year, v.indicator_zh, v.value) for v in result.values if v.kind == "target"] == [
        ("target", 2022, "地区生产总值", 8.5)]


def test_a_december_execution_reports_review_of_its_own_year():
    """A district's execution report given in December 2022 (heldout34 n02): "一、2022年…执行情况" reviews the
    year the report speaks in, so "2022年,全区地区生产总值完成1078.6亿元" is a result, not the page's year to come."""
    text = ("关于沈河区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划(草案)的报告\n"
            "——2022年12月19日在沈河区第十九届人民代表大会第二次会议上\n一、2022年国民经济和社会发展计划执行情况\n"
            "今年以来,全区上下坚持稳中求进。\n(一)经济运行稳中有升。2022年,全区地区生产总值完成1078.6亿元,增长5.7%。")
    result, _ = extract(text, doc_type="plan", period=(None, None), issued="2022-12-19")  # typed as the plan it holds
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2022, 1078.6), ("actual", 2022, 5.7)]


def test_a_part_of_the_year_leading_a_paragraph_reports_results_so_far():
    """News of a district's work report given in April (heldout34 n10): after the year's targets, "2022年一季度,…"
    reports the quarter's results; the same words inside a quoted meeting's name (heldout14 q04) frame nothing."""
    text = ("区政府工作报告回顾了2021年工作。\n2022年坪山区经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n"
            "2022年一季度,坪山区经济运行逆势上扬。初步预计,地区生产总值增长7%以上;规上工业增加值增长22%。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-04-22")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("target", 2022, 7), ("actual", 2022, 7), ("actual", 2022, 22)]
    result, _ = extract("记者从“2021年上半年推进重大项目建设进展情况”新闻发布会上获悉:今秋开学前,西安市计划新增学位10.8万个。",
                        doc_type="other", period=(None, None), issued="2021-07-21")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2021, 10.8)]


def test_a_years_report_card_heads_its_results():
    """News of a city's work report (heldout34 n09): under a headline of the new year's targets, "2017年成绩单" heads
    the past year's results."""
    text = ("长春市长谈2018年发展目标:地区生产总值增长约7.8%\n11日上午,长春市市长作《政府工作报告》。\n2017年成绩单\n"
            "大众创业蓬勃发展,平均每天新设企业超过100户。\n城乡居民增收“暖流计划”惠及893万人次。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-01-11")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("target", 2018, 7.8), ("actual", 2017, 100), ("actual", 2017, 893)]


def test_shares_of_a_plan_in_a_list_and_counts_of_targets_met_are_no_targets():
    """Execution reports (heldout34 n01, n05): each value of "分别占年度计划111.08%、110.78%" is a share achieved;
    "12项主要预期目标中10项能够达到…、2项与预期目标存在差距" counts targets, it states none."""
    result, _ = extract("2024年,省大中型项目、市重点项目分别完成投资43.2亿元、98.6亿元,分别占年度计划111.08%、110.78%。"
                        "12项主要预期目标中10项能够达到或超额完成、2项与预期目标存在差距。", doc_type="other",
                        period=(None, None), issued="2025-01-10")
    assert [(v.kind, v.value) for v in result.values] == [
        ("actual", 43.2), ("actual", 98.6), ("actual", 111.08), ("actual", 110.78)]
    # "占年计划投资的64.49%" (a county's mid-year key-project report, heldout54 n08): 年计划投资 is the year's plan
    result, _ = extract("2023年县级重点项目年度计划投资561.86亿元,1-6月累计完成投资362.32亿元,占年计划投资的64.49%。",
                        doc_type="other", period=(None, None), issued="2023-07-20")
    assert [(v.kind, v.value) for v in result.values] == [("target", 561.86), ("actual", 362.32), ("actual", 64.49)]
    # "完成年度任务的100%", "占调整后目标的88%" (a city's progress report, heldout54 n10): shares of the year's tasks done
    result, _ = extract("2021年,全市新开工小区改造120个,完成年度任务的100%;建成80个,占调整后目标的88%。",
                        doc_type="other", period=(None, None), issued="2021-12-20")
    assert [(v.kind, v.value) for v in result.values if v.unit == "%"] == [("actual", 100.0), ("actual", 88.0)]
    # "分别为任务目标的106%、124%和150%" (a province's forestry news, heldout976 n05): shares of the tasks' targets
    result, _ = extract("2022年,河北完成营造林、退化草原治理、防沙治沙分别为任务目标的106%、124%和150%。",
                        doc_type="other", period=(None, None), issued="2023-02-20")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 106.0), ("actual", 124.0), ("actual", 150.0)]
    # "完成“十三五”规划目标的132.76%和121.58%" (heldout19 p19_08): a plan named in quotes, and the list's later share
    result, _ = extract("2019年,全市在园幼儿数、普惠性幼儿园覆盖率分别完成“十三五”规划目标的132.76%和121.58%。",
                        doc_type="other", period=(None, None), issued="2019-12-20")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 132.76), ("actual", 121.58)]


def test_the_years_target_named_before_its_bracketed_value():
    """A province's execution report (heldout34 n04): "比年初目标(6.5%)低2.3个百分点" names the reviewed year's target
    of the growth before it; the gap in points is structure."""
    result, _ = extract("一、2022年经济社会发展计划执行情况\n初步预计,全省地区生产总值全年增长4.2%,比年初目标(6.5%)低2.3个百分点;"
                        "固定资产投资增长10%,高于年初目标(9%)1个百分点。", doc_type="other", period=(None, None),
                        issued="2023-01-15")
    assert [(v.kind, v.year, v.indicator_zh, v.value) for v in result.values] == [
        ("actual", 2022, "全省地区生产总值全年", 4.2), ("target", 2022, "全省地区生产总值全年", 6.5),
        ("actual", 2022, "固定资产投资", 10), ("target", 2022, "固定资产投资", 9)]


def test_a_work_reports_headline_takes_the_kind_of_the_body_it_restates():
    """A newspaper's page on a province's work report (heldout24 n06): the headline "预计生产总值增长6.5%" has no cue
    but the report's type; the body states the same value as 2021's result, so the headline is that result."""
    text = ("预计生产总值增长6.5% 居民人均可支配收入增长8%\n2021\n预计生产总值接近6万亿元、增长6.5%左右。\n"
            "昨日上午,河南省十三届人大六次会议开幕。省长作政府工作报告,回顾了2021年全省主要工作。")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2022-01-08")
    assert [(v.kind, v.year, v.value) for v in result.values if v.value == 6.5] == [("actual", 2021, 6.5)] * 2


def test_a_reference_to_an_appendix_table_is_no_value():
    """A district's execution report (heldout28 n07): "(见附表1)" points at a table; 1 is no value."""
    result, _ = extract("区十三届人大四次会议确定的其他主要指标计划均得到较好的执行(见附表1)。", doc_type="other",
                        period=(None, None), issued="2016-01-10")
    assert result.values == []


def test_the_end_of_a_change_in_a_past_year_is_a_result_not_a_deadline():
    """"由2020年的88.5%提高到2023年的92.1%" in a page of 2024: 提高到 names where the change ended, not 到2023年."""
    result, _ = extract("全市学前三年毛入园率由2020年的88.5%提高到2023年的92.1%。", doc_type="other", period=(None, None),
                        issued="2024-02-01")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2020, 88.5), ("actual", 2023, 92.1)]


def test_list_markers_and_growth_qualifiers_are_not_part_of_an_indicator():
    """"——地区生产总值增长6%左右", "1.规上工业增加值增长8%以上", "…41234元,比上年名义增长5.1%,扣除价格因素实际增长4.3%"."""
    result, _ = extract("今年的主要预期目标是:\n——地区生产总值增长6%左右;\n2.规上工业增加值增长8%以上。", doc_type="work_report",
                        period=(2024, 2024), issued="2024-01-20")
    assert [v.indicator_zh for v in result.values] == ["地区生产总值", "规上工业增加值"]
    result, _ = extract("2023年,城镇居民人均可支配收入41234元,比上年名义增长5.1%,扣除价格因素实际增长4.3%。", doc_type="other",
                        period=(None, None), issued="")
    assert [v.indicator_zh for v in result.values] == ["城镇居民人均可支配收入"] * 3


def test_a_pipe_table_row_takes_its_unit_from_its_unit_cell():
    """"地区生产总值 | 亿元 | 256.3 | 5.2" under "指标 | 单位 | 绝对数 | 比上年增长(%)": 256.3 is in 亿元."""
    result, _ = extract("某县2023年国民经济和社会发展统计公报\n指标 | 单位 | 绝对数 | 比上年增长(%)\n地区生产总值 | 亿元 | 256.3 | 5.2\n",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.unit, v.value_std) for v in result.values] == [(256.3, "亿元", 256.3e8), (5.2, "%", 5.2)]


def _rows(result):
    return [(v.indicator_zh, v.value, v.unit, v.target_type, v.direction, v.comparator) for v in result.values]


def test_a_past_span_in_a_plan_is_no_horizon_for_the_values_after_it():
    """The national plan for 1996-2000 (heldout61 n06): "从1990年到1995年,…" looks back; a value after it with no cue of
    its own is a result, not a target of 1995."""
    text = "从1990年到1995年,高校办学效益明显提高。在校本专科学生547.7万人。\n"
    result, _ = extract(text, doc_type="other", period=(1996, 2000), issued="1996-04-10")
    assert [(v.value, v.kind) for v in result.values] == [(547.7, "actual")]


def test_a_lists_bare_numbers_take_the_unit_of_its_last_item():
    """"分别下降到1.8和1.7%", "分别提高23.7和18.0个百分点" (the national 1996 education plan, heldout61 n06): the bare
    first number is 1.8%, not a number joined to text (it was set aside as one)."""
    result, _ = extract("到1995年,小学和初中校舍危房率分别下降到1.8和1.7%,教师合格率分别提高23.7和18.0个百分点。",
                        doc_type="other", period=(None, None), issued="1996-04-10")
    assert [(v.value, v.unit) for v in result.values] == [
        (1.8, "%"), (1.7, "%"), (23.7, "个百分点"), (18.0, "个百分点")]


def test_a_respective_list_pairs_each_value_with_its_own_name_in_order():
    """"A、B分别增长x、y": every value takes its own name and the list's verb, a growth or a decrease, whether the
    values are separated by 、, 和, a comma, or nothing at all (a scrape's "下降50%36.9%")."""
    report = dict(doc_type="other", period=(None, None), issued="")
    result, _ = extract("2022年,全市城镇、农村居民人均可支配收入分别增长5.2%、6.8%。", **report)
    assert _rows(result) == [("城镇居民人均可支配收入", 5.2, "%", "growth", "increase", "="),
                             ("农村居民人均可支配收入", 6.8, "%", "growth", "increase", "=")]
    result, _ = extract("2022年,进口额和出口额分别下降3.1%,2.2%。", **report)
    assert _rows(result) == [("进口额", 3.1, "%", "growth", "decrease", "="), ("出口额", 2.2, "%", "growth", "decrease", "=")]
    result, _ = extract("2022年,事故起数、死亡人数分别下降50%36.9%。", **report)
    assert [(v.indicator_zh, v.value) for v in result.values] == [("事故起数", 50), ("死亡人数", 36.9)]
    result, _ = extract("2022年,小学、初中在校生分别达到12.3万人、5.6万人,分别比2017年增长9%、4%。", **report)
    assert _rows(result) == [("小学在校生", 12.3, "万人", "level", "", "="), ("初中在校生", 5.6, "万人", "level", "", "="),
                             ("小学在校生", 9, "%", "growth", "increase", "="), ("初中在校生", 4, "%", "growth", "increase", "=")]
    result, _ = extract("推动65岁及以上老年人医养结合、社区健康管理服务率分别超30%、60%。")
    assert [(v.indicator_zh, v.comparator) for v in result.values] == [("65岁及以上老年人医养结合", ">"), ("社区健康管理服务率", ">")]


def test_a_respective_list_after_values_takes_their_names():
    """"规上工业总产值151亿元、增加值43亿元,分别增长8.5%、8%" (corpus_cities suixi_2018): the names are those of
    the values stated just before 分别, in order."""
    result, raw = extract("2017年,规上工业总产值151亿元、增加值43亿元,分别增长8.5%、8%。", doc_type="other",
                          period=(None, None), issued="")
    assert [(v.indicator_zh, v.value, v.target_type, v.year) for v in result.values] == [
        ("规上工业总产值", 151, "level", 2017), ("规上工业增加值", 43, "level", 2017),
        ("规上工业总产值", 8.5, "growth", 2017), ("规上工业增加值", 8, "growth", 2017)]
    assert raw[result.values[3].char_start:result.values[3].char_end] == "分别增长8.5%、8%"


def test_a_respective_list_whose_counts_differ_is_flagged_not_paired():
    """Three names and two values: no value is given a name that may not be its own; each is a list_mismatch flag."""
    result, raw = extract("2022年,城镇居民收入、农村居民收入、消费总额分别增长5.2%、6.8%。", doc_type="other",
                          period=(None, None), issued="")
    assert result.values == []
    assert [(f.flag_type, raw[f.char_start:f.char_end]) for f in result.flags] == [
        ("list_mismatch", "5.2%"), ("list_mismatch", "6.8%")]
    assert result.token_outcomes["flagged"] == 2
    result, _ = extract("2022年,分别增长5.2%、6.8%。", doc_type="other", period=(None, None), issued="")
    assert result.values == [] and [f.flag_type for f in result.flags] == ["list_mismatch", "list_mismatch"]


def test_a_value_restated_in_another_currency_is_kept_with_its_own_unit():
    """"人均地区生产总值53757元(按年平均汇率折算为7629美元),增长2.6%" (corpus_cities zhanjiang_2023_overview): the
    dollar value is the same indicator in 美元; the growth after it is still that indicator's."""
    result, raw = extract("2023年,人均地区生产总值53757元(按年平均汇率折算为7629美元),增长2.6%。实际利用外资1399万美元。",
                          doc_type="other", period=(None, None), issued="")
    assert [(v.indicator_zh, v.value, v.unit, v.value_std, v.unit_std, v.target_type) for v in result.values] == [
        ("人均地区生产总值", 53757, "元", 53757, "元", "level"), ("人均地区生产总值", 7629, "美元", 7629, "美元", "level"),
        ("人均地区生产总值", 2.6, "%", 2.6, "%", "growth"), ("实际利用外资", 1399, "万美元", 13990000, "美元", "level")]
    assert raw[result.values[1].value_char_start:result.values[1].value_char_end] == "7629"


def test_a_series_with_a_year_per_row_gives_one_achieved_value_per_year():
    """A data page's "| 年份 | 总GDP(亿元) |" table, one line per year (corpus_cities zhanjiang_gdp_series): past
    values; a year after the document's is a target."""
    text = "| 年份 | 总GDP(亿元) |\n| 2026 | 3300 |\n| 2018 | 3008.39 |\n| 2017 | 2806.88 |\n| 2016 | 点击查看 |\n"
    result, raw = extract(text, doc_type="other", period=(None, None), issued="2024-05-01")
    assert [(v.kind, v.year, v.indicator_zh, v.value, v.unit, v.value_std) for v in result.values] == [
        ("target", 2026, "总GDP", 3300, "亿元", 3300e8), ("actual", 2018, "总GDP", 3008.39, "亿元", 3008.39e8),
        ("actual", 2017, "总GDP", 2806.88, "亿元", 2806.88e8)]
    assert [raw[v.char_start:v.char_end] for v in result.values] == ["3300", "3008.39", "2806.88"]
    assert result.flags == []


def test_a_verb_with_le_before_its_value_reports_what_was_reached_even_after_jinnian():
    """"据初步统计,今年特色农业产值的比重提高到了45%" (heldout37 n05, year-end news): 提高到了 says the share was
    reached, as 达到了 does; 今年 alone would have made it the year's target. After a verb of deciding (确定了128个
    工程项目, heldout92 n04) 了 says the target was set."""
    result, _ = extract("据初步统计,今年特色农业产值的比重提高到了45%。今年粮食产量将提高到100亿公斤。"
                        "今年该县确定了128个工程项目。", doc_type="other", period=(None, None), issued="2003-12-25")
    assert [(v.value, v.kind) for v in result.values] == [(45, "actual"), (100, "target"), (128, "target")]


def test_jiang_after_a_completion_marks_the_object_not_the_future():
    """"我县已完成将南湾乡新南幼儿园(民办)收购改为南湾乡中心幼儿园(公办)工作,收购资金为…135.3万元" (heldout84 n03): 将
    after 已完成 (or 已, 已经) is 把, so the money spent is no target; 将 alone still is."""
    result, _ = extract("我县已完成将新南幼儿园收购改为中心幼儿园工作,收购资金为135.3万元。明年将新建幼儿园3所。",
                        doc_type="other", period=(None, None), issued="2019-12-27")
    assert [(v.value, v.kind) for v in result.values] == [(135.3, "actual"), (3, "target")]


def test_a_zero_padded_month_and_day_after_a_headline_is_a_date_not_a_range():
    """A news page's list of headlines, each with its date ("“虾”路相逢促振兴05-01", heldout45 n03; "…评论()|04-20",
    heldout69 n08): no range is written 05-01; a range in plain numbers stays one."""
    result, raw = extract("- 改出一片新天地04-28\n- 一位精英的致富梦05-01\n新建幼儿园10-15所。\n", doc_type="other",
                          period=(None, None), issued="2023-05-02")
    assert [(v.value, v.value_high, v.unit) for v in result.values] == [(10, 15, "所")]
    assert sorted(raw[t.char_start:t.char_end] for t in result.tokens if t.reason == "date")[:2] == ["04-28", "05-01"]


def test_a_row_of_values_under_a_year_cell_naming_targets_gives_targets():
    """"2022 年 目 标 值 |" over a row of values, each under an indicator name (heldout45 n03, a page of no known type
    and no date): the cell's role word (目标值) makes them targets of 2022, as it does a year column's."""
    text = "主 要 指 标 |\n粮食综合生产能力 | 农业科技进步贡献率 |\n2022 年 目 标 值 |\n>6亿吨 | 61.5% |\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.indicator_zh, v.comparator, v.value, v.unit) for v in result.values] == [
        ("target", 2022, "粮食综合生产能力", ">", 6, "亿吨"), ("target", 2022, "农业科技进步贡献率", "=", 61.5, "%")]


def test_a_list_name_that_is_only_a_measure_or_a_compound_is_completed():
    """"一般公共预算收入和支出分别达…" (heldout h04): 支出 is 一般公共预算支出; "城乡居民人均可支配收入分别增长7%、8%"
    (codebook/list_compounds.csv): 城镇 then 农村; 增加值 (value added) is a level, not an addition."""
    report = dict(doc_type="other", period=(None, None), issued="")
    result, _ = extract("2022年,一般公共预算收入和支出分别达4.78亿元、20.2亿元。", **report)
    assert [v.indicator_zh for v in result.values] == ["一般公共预算收入", "一般公共预算支出"]
    result, _ = extract("2022年,城乡居民人均可支配收入分别增长7%、8%左右。", **report)
    assert _rows(result) == [("城镇居民人均可支配收入", 7, "%", "growth", "increase", "~"),
                             ("农村居民人均可支配收入", 8, "%", "growth", "increase", "~")]
    result, _ = extract("2022年,城乡居民人均可支配收入分别增长7%、8%、9%。", **report)  # three values: no split
    assert [v.indicator_zh for v in result.values] == ["城乡居民人均可支配收入"] * 3
    # one value after 分别 (heldout198 n07, heldout226 n12, heldout456 n09): each part of the compound takes it
    result, _ = extract("2022年,城乡居民人均可支配收入分别增长8.5%左右。", **report)
    assert _rows(result) == [("城镇居民人均可支配收入", 8.5, "%", "growth", "increase", "~"),
                             ("农村居民人均可支配收入", 8.5, "%", "growth", "increase", "~")]
    result, _ = extract("2022年,城乡居民人均可支配收入增长8.5%左右。", **report)  # no 分别: one statement of the two
    assert [v.indicator_zh for v in result.values] == ["城乡居民人均可支配收入"]
    result, _ = extract("2023年,规上工业增加值833亿元,增长9%;新增就业1.2万人。", **report)
    assert [(v.indicator_zh, v.target_type) for v in result.values] == [
        ("规上工业增加值", "level"), ("规上工业增加值", "growth"), ("新增就业", "cumulative")]


def test_a_clause_that_names_only_a_measure_takes_the_subject_of_the_value_before():
    """"完成蔬菜种植面积8.94万亩,产量14.01万吨" (corpus_cities gangnan_2023_overview): 产量 is the 蔬菜's; a name with a
    measure of its own, or after a value with no measure word, stays as written."""
    result, _ = extract("2023年,完成蔬菜种植面积8.94万亩,产量14.01万吨;水果种植面积8万亩,产量6.79万吨;地区生产总值233亿元,"
                        "产量5万吨。", doc_type="other", period=(None, None), issued="")
    assert [(v.indicator_zh, v.value) for v in result.values] == [
        ("完成蔬菜种植面积", 8.94), ("蔬菜产量", 14.01), ("水果种植面积", 8), ("水果产量", 6.79), ("地区生产总值", 233),
        ("产量", 5)]


def test_names_ending_in_a_codes_digits_pair_with_the_values_of_their_list():
    """"全省11个地级市 PM2.5、PM10年均浓度分别下降3%、4%" (heldout215 n06) and "…分别低于47μg/m3、61μg/m3" (heldout21
    p21_04): PM2.5 and PM10 end in a code's digits, not in a value stated before the list, so each pairs with its
    value; μg/m3 is the unit 微克/立方米."""
    result, _ = extract("到2025年,全省11个地级市 PM2.5、PM10年均浓度分别下降3%、4%。\n"
                        "到2025年,PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3。\n")
    paired = [v for v in result.values if v.unit != "个"]  # (全省11个地级市: the list's subject, its count)
    assert [(v.value, v.unit) for v in paired] == [(3.0, "%"), (4.0, "%"), (47.0, "μg/m3"), (61.0, "μg/m3")]
    assert all(v.indicator_zh.endswith(name) for v, name in zip(paired, ["PM2.5", "PM10年均浓度"] * 2))


def test_a_list_whose_values_follow_a_rate_base_pairs_them_with_its_names():
    """"城镇、农村低保标准提高到每人每月828元和579元" (data/raw zhanjiang_2023_gazette_no3): 每人每月 between the verb and
    the values does not hide the list; each standard takes its own value."""
    result, _ = extract("2022年,城镇、农村低保标准提高到每人每月828元和579元。", doc_type="other", period=(None, None),
                        issued="")
    assert [(v.indicator_zh, v.value, v.unit) for v in result.values] == [("城镇低保标准", 828, "元"), ("农村低保标准", 579, "元")]


@pytest.mark.parametrize("text, names", [
    # the characters of a compound (城乡, devset d103; 牛羊, heldout3 k05) name its parts
    ("城、乡居民人均可支配收入分别增长8%、9%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("牛羊出栏分别增长5.2%、1.9%。", ["牛出栏", "羊出栏"]),
    # an ending that recurs inside the last name takes the rest after it (heldout h25, heldout3 k05, heldout h26)
    ("城镇居民、农村居民人均可支配收入分别增长5.2%、7.6%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("高技术制造业、装备制造业增加值分别增长9.5%、10.7%。", ["高技术制造业增加值", "装备制造业增加值"]),
    # names complete in themselves stay as written (devset d102, heldout3 k13)
    ("财政总收入和地方财政收入分别增长10.6%和12.3%。", ["财政总收入", "地方财政收入"]),
    ("货物贸易、服务贸易分别增长15.3%、29.6%。", ["货物贸易", "服务贸易"]),
])
def test_list_names_that_share_their_words_are_completed(text, names):
    result, _ = extract("2022年," + text, doc_type="other", period=(None, None), issued="")
    assert [v.indicator_zh for v in result.values] == names


def test_a_respective_list_whose_values_each_carry_their_year():
    """"分别为2020年的95%和2025年的98%": each value keeps the list's name and takes the year written before it."""
    result, _ = extract("学前三年毛入园率分别为2020年的95%和2025年的98%。", doc_type="other", period=(None, None), issued="")
    assert [(v.indicator_zh, v.year, v.value) for v in result.values] == [
        ("学前三年毛入园率", 2020, 95), ("学前三年毛入园率", 2025, 98)]


def test_a_table_row_named_by_an_addition_holds_amounts_added():
    """Sihui's 2022 education plan table: 新增学位数 675个 (2020) and 15000 (2025) are additions, not levels."""
    text = ("表2 义务教育发展具体指标\n具体指标\n2020年\n2025年\n学校数量\n59所\n66\n新增学位数\n675个\n15000\n"
            "学生体质健康标准优良率\n42%\n50%\n")
    result, _ = extract(text)
    assert [(v.indicator_zh, v.year, v.value, v.target_type) for v in result.values] == [
        ("学校数量", 2020, 59.0, "level"), ("学校数量", 2025, 66.0, "level"),
        ("新增学位数", 2020, 675.0, "cumulative"), ("新增学位数", 2025, 15000.0, "cumulative"),
        ("学生体质健康标准优良率", 2020, 42.0, "level"), ("学生体质健康标准优良率", 2025, 50.0, "level"),
    ]


def test_a_metadata_line_whose_label_is_followed_by_a_space_holds_no_values():
    """"索引号 001008003008001/2021-74312 主题分类 …" (a county portal's disclosure header): structure, not a value."""
    result, _ = extract("索引号 001008003008001/2021-74312 主题分类 国民经济发展规划\n到2025年,全县新建幼儿园5所。\n")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("新建幼儿园", 5.0)]


def test_a_title_line_naming_a_past_year_dates_the_paragraph_below_it():
    """A work report abstract (heldout5 g03): "2019年高质量发展迈出坚实步伐" above that year's estimated results."""
    result, _ = extract("2019年高质量发展迈出坚实步伐\n预计实现地区生产总值4200亿元,增长6.1%;城镇登记失业率1.75%。\n",
                        doc_type="work_report", period=(None, None), issued="2020-01-10")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2019, 4200.0), ("actual", 2019, 6.1), ("actual", 2019, 1.75)]


def test_a_review_cue_after_a_later_year_dates_what_follows_to_the_reviewed_year():
    """News of a 2024 work report (heldout5 g02): the sentence before names 2024, but 过去一年 speaks of 2023."""
    result, _ = extract("报告回顾了2023年工作,同时提出了2024年工作总体要求和目标任务。过去一年,江苏地区生产总值达12.82万亿元、增长5.8%。\n",
                        doc_type="other", period=(None, None), issued="2024-01-23")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2023, 12.82), ("actual", 2023, 5.8)]


def test_a_table_whose_caption_names_a_past_year_holds_that_years_results():
    """A bulletin published in May 2018 (heldout5 g07): 表12017年全区生产总值及其增长速度 gives 2017's values."""
    text = ("表12017年全区生产总值及其增长速度\n指标\n绝对值(亿元)\n比上年增长(%)\n全区生产总值\n3453.93\n7.8\n"
            "工业\n1096.30\n8.4\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-05-02")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2017, 3453.93), ("actual", 2017, 7.8), ("actual", 2017, 1096.3), ("actual", 2017, 8.4)]


def test_a_named_column_that_holds_a_year_gives_its_values_that_year():
    """A district's notice of October 2022 sharing out the next year's wheat (heldout422 n05): the column
    "2023年小麦任务面积" holds 2023's tasks; the area each place can sow (可种植面积) is what is, no target, on a page
    of no plan's type; a column compared with a year (比2021年增长) holds none of its own."""
    text = ("附件: 小麦种植任务分解表 | |||\n乡镇 | 可种植面积 | 2023年小麦任务面积 | 备注 |\n八一乡 | 8.44 | 0.91 | |\n"
            "城关镇 | 6.73 | 0.72 | |\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-10-19")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2022, 8.44), ("target", 2023, 0.91), ("actual", 2022, 6.73), ("target", 2023, 0.72)]
    text = "指标 | 绝对值 | 比2021年增长(%) |\n生产总值 | 300 | 8.5 |\n工业 | 100 | 9.5 |\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-10-19")
    assert {v.year for v in result.values} == {2022}


def test_a_target_and_outcome_table_with_an_attribute_column_and_change_verbs_in_its_cells():
    """An execution report's 表一 (heldout5 g09): 指标名称 / 属性 / 全年目标 / 全年完成, cells like 增长5%左右."""
    text = ("表一 2024年某市国民经济和社会发展主要目标完成情况\n指标名称\n属性\n全年目标\n全年完成\n"
            "全市生产总值\n预期性\n增长5%左右\n增长5%\n地方一般公共预算收入\n预期性\n增长5%\n下降0.7%\n"
            "单位建设用地生产总值\n预期性\n提高5%以上\n提高5%左右\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-01-23")
    assert [(v.kind, v.year, v.value, v.comparator, v.target_type, v.direction, v.binding) for v in result.values] == [
        ("target", 2024, 5.0, "~", "growth", "increase", "预期性"), ("actual", 2024, 5.0, "=", "growth", "increase", "预期性"),
        ("target", 2024, 5.0, "=", "growth", "increase", "预期性"), ("actual", 2024, 0.7, "=", "growth", "decrease", "预期性"),
        ("target", 2024, 5.0, ">=", "growth", "increase", "预期性"), ("actual", 2024, 5.0, "~", "growth", "increase", "预期性"),
    ]


def test_a_value_joined_to_the_previous_one_by_a_pause_mark_shares_its_indicator():
    """An execution report (heldout4 h01): 城乡居民人均可支配收入36430元、15393元,同比增长6.2%、8.4%."""
    result, _ = extract("2023年,城乡居民人均可支配收入36430元、15393元,同比增长6.2%、8.4%。\n",
                        doc_type="other", period=(None, None), issued="2024-01-05")
    assert [(v.indicator_zh, v.value, v.target_type) for v in result.values] == [
        ("城乡居民人均可支配收入", 36430.0, "level"), ("城乡居民人均可支配收入", 15393.0, "level"),
        ("城乡居民人均可支配收入", 6.2, "growth"), ("城乡居民人均可支配收入", 8.4, "growth")]


def test_a_target_over_a_named_plan_period_takes_its_last_year():
    """News of a 2021 work report (heldout4 h03): "“十四五”时期的目标为经济总量跨越6万亿元" is a 2025 target."""
    v = one("此外,湖北“十四五”时期的目标为经济总量跨越6万亿元。\n", doc_type="work_report", period=(None, None),
            issued="2021-01-25")
    assert (v.kind, v.year, v.period_start, v.period_end) == ("target", 2025, 2021, 2025)


def test_a_target_that_names_no_year_takes_the_horizon_the_text_set():
    """News of five-year goals (heldout4 h06): "到2017年,…" and, paragraphs on, "森林覆盖率达到47.3%"."""
    result, _ = extract("到2017年,公共财政收入年均增长12%以上。\n生态文明建设实现新跨越\n森林覆盖率达到47.3%。\n",
                        doc_type="work_report", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2017, 12.0), ("target", 2017, 47.3)]


def test_the_past_year_nearest_a_value_makes_it_a_result_in_a_news_page_of_a_later_year():
    """News of a 2017 press conference (heldout16 p16_11): "在…召开的2017年…重点工作新闻发布会上,…截至2016年底,…达到3672所"
    is a 2016 result; the meeting's name (重点工作新闻发布会) announces no section of targets, and a past plan's
    period in the preamble (于2014—2016年实施…“三年行动计划”以来) is not the page's own, nor is the plan's quoted
    name a target cue."""
    result, _ = extract("今年内蒙古将新增2万个幼儿园学位 缓解入园难\n"
                        "新华网呼和浩特2月22日电 2017年,内蒙古各级政府计划新建普惠性幼儿园约160所。\n"
                        "在22日召开的2017年内蒙古民生领域重点工作新闻发布会上,张亚民介绍,截至2016年底,内蒙古幼儿园达到3672所。\n"
                        "据了解,内蒙古于2014—2016年实施学前教育二期“三年行动计划”以来,各级政府总投入57.42亿元,新增幼儿园932所。"
                        "今年,内蒙古将启动学前教育三期“三年行动计划”。\n", doc_type="other", period=(2014, 2016), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("target", 2017, 2.0), ("target", 2017, 160.0), ("actual", 2016, 3672.0), ("actual", 2016, 57.42),
        ("actual", 2016, 932.0)]


@pytest.mark.parametrize("text, expected", [
    # news of a city's results so far (heldout16 p16_07): 已 after 今年 reports what was done
    ("截止目前,成都市今年已新增幼儿园64所,新增幼儿园学位15540个。\n", [("actual", 64.0), ("actual", 15540.0)]),
    # news of a city's plan (heldout16 p16_06): 去年 after the plan's 计划 in one run-on sentence
    ("今年,马鞍山市计划新建、改扩建幼儿园8所(网络配图)据了解,去年我市教育系统主动应对入园需求高峰,投入1.12亿元。\n",
     [("target", 8.0), ("actual", 1.12)]),
    # a commitment after the result keeps the value a target
    ("今年已建成幼儿园5所,计划新建幼儿园8所。\n", [("actual", 5.0), ("target", 8.0)]),
])
def test_a_result_cue_after_the_commitment_makes_the_value_a_result(text, expected):
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2015-09-01")
    assert [(v.kind, v.value) for v in result.values] == expected


@pytest.mark.parametrize("text, expected", [
    # news of a city's preschool results (heldout16 p16_02): 将 before a quantity marks the object, as 把 does
    ("2020年以来,沙河市新建普惠性幼儿园11所,同时将20所城镇小区配套幼儿园办成普惠园。\n", [("actual", 11.0), ("actual", 20.0)]),
    # and before a quoted name that starts with a quantity (heldout11 m02)
    ("2014年,甘肃省将“58个贫困县改造建设316所乡镇幼儿园工程”确定为民生实事项目,新建幼儿园257所。\n",
     [("actual", 58.0), ("actual", 316.0), ("actual", 257.0)]),
    # 将 before a span of years is the future (devset d203)
    ("今年起,任城区将2年新改扩建公办幼儿园20所。\n", [("target", 20.0)]),
])
def test_jiang_before_a_quantity_marks_the_object_not_the_future(text, expected):
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-08-18")
    assert [(v.kind, v.value) for v in result.values] == expected


def test_the_start_of_a_change_over_a_reviewed_term_is_dated_to_the_year_before_it():
    """A county work report of January 2022 (heldout18 p18_01): "过去的五年,…地区生产总值从179.92亿元预计增加到245亿元"
    starts in 2016 and ends in 2021."""
    result, _ = extract("过去的五年,我们综合实力交出了一份成绩优异的答卷。地区生产总值从179.92亿元预计增加到245亿元。\n",
                        doc_type="work_report", period=(None, None), issued="2022-01-12")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2016, 179.92), ("actual", 2021, 245.0)]


def test_a_coming_plan_span_led_by_dao_sets_the_horizon_of_a_page_of_unknown_year():
    """News of a county work report that names no year of its own (heldout18 p18_02): after a review of the
    past five years, "到“十四五”末,…要达到300亿元,生态经济占地区生产总值50%以上" are 2025 targets."""
    result, _ = extract("300亿元!四川万源为自己新的五年征程定下目标\n1月20日上午,四川万源市第六届人代会第六次会议开幕。此次会议既是对万源2020年和过去五年的全面总结,"
                        "又给自己新的五年征程定下了目标。\n"
                        "对于已经开启的新的五年征程,市长倪欣表示,到“十四五”末,万源全市地区生产总值要达到300亿元,"
                        "生态经济占地区生产总值50%以上。\n", doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("target", 2025, 300.0), ("target", 2025, 50.0)]


def test_a_review_that_opens_by_naming_its_year_speaks_of_that_year():
    """A county work report its page calls the 2019 report (heldout18 p18_06): "过去一年…" reviews 2019, as its
    first sentence says ("2019年,是我县…的一年"), not the 2018 the title would give."""
    result, _ = extract("2019年梨树县政府工作报告\n一、勠力奋战,克难攻坚,过去一年政府工作成效显著\n"
                        "2019年,是我县经济社会发展非同寻常的一年。\n全县地区生产总值增长3.3%,固定资产投资增长13.9%。\n",
                        doc_type="work_report", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2019, 3.3), ("actual", 2019, 13.9)]


def test_values_after_a_past_plan_span_take_its_last_year():
    """A city's review of its 13th plan spending (heldout16 p16_05): "“十三五”期间,投入12亿元…;投入2400万元扶持90所…"."""
    result, _ = extract("“十三五”期间,投入12亿元新建公办幼儿园118所;投入2400万元扶持90所普惠性民办幼儿园发展。\n",
                        doc_type="other", period=(None, None), issued="2021-03-01")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2020, 12.0), ("actual", 2020, 118.0), ("actual", 2020, 2400.0), ("actual", 2020, 90.0)]


def test_a_programme_named_a_plan_is_no_commitment():
    """News of a province's education spending (heldout16 p16_12): 营养改善计划 names a programme; 计划新建 commits."""
    result, _ = extract("贵州学生营养改善计划实现66个县全覆盖,今年计划新建幼儿园20所。\n",
                        doc_type="other", period=(None, None), issued="2017-12-25")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 66.0), ("target", 20.0)]


def test_a_perfective_verb_ends_the_paragraphs_targets():
    """News of a province's completed projects (heldout16 p16_08): after the year's task (安排…新建500所), "填补了265个
    乡镇…,覆盖率达到了67.59%" report what was done."""
    result, _ = extract("今年我省安排新建幼儿园500所,其中新建300所。据了解,项目的完成,填补了265个乡镇的空白,"
                        "全省乡镇幼儿园覆盖率达到了67.59%。\n", doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value) for v in result.values] == [
        ("target", 500.0), ("target", 300.0), ("actual", 265.0), ("actual", 67.59)]


def test_the_plans_amount_is_a_target_and_the_share_of_it_achieved_a_result():
    """A district's plan-execution report of 2022 (heldout19 p19_02): "荔城地区生产总值635亿元,完成年计划710亿元的89.4%"."""
    result, _ = extract("关于2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n一、2022年计划执行情况\n"
                        "初步预计,荔城地区生产总值635亿元,完成年计划710亿元的89.4%,增长2.0%。\n",
                        doc_type="other", period=(None, None), issued="2023-02-06")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2022, 635.0), ("target", 2022, 710.0), ("actual", 2022, 89.4), ("actual", 2022, 2.0)]


def test_the_next_five_years_of_a_five_year_plans_page_are_its_period():
    """News of a county's 13th-plan proposal (heldout19 p19_11), a page of 2016-2020 that dates nothing else: 未来五年 is
    2016-2020."""
    result, _ = extract("依据该规划,未来五年吉木萨尔县地区生产总值年均递增14%。\n",
                        doc_type="other", period=(2016, 2020), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2020, 14.0)]


def test_the_level_a_growth_will_reach_takes_the_growths_indicator():
    """News of a county's plan (heldout19 p19_11): "地区生产总值年均递增14%,将达260亿元"."""
    result, _ = extract("未来五年全县地区生产总值年均递增14%,将达260亿元。\n", doc_type="other", period=(2016, 2020), issued="")
    level = result.values[-1]
    assert (len(result.values), level.value, level.target_type) == (2, 260.0, "level")
    assert "地区生产总值" in level.indicator_zh and "递增" not in level.indicator_zh


def test_an_average_annual_growth_names_its_indicator_whole():
    """A district's 14th-plan summary (heldout19 p19_12): "地区生产总值年均增长8%以上" is a growth of 地区生产总值 per year,
    not of "地区生产总值年" (均 alone is a level verb, as in 均达到)."""
    v = one("到2025年,实现地区生产总值年均增长8%以上。\n", doc_type="five_year_plan", period=(2021, 2025), issued="")
    assert (v.indicator_zh, v.target_type, v.per_year) == ("地区生产总值", "growth", True)
    bulleted = one("主要目标:\n- 工业增加值年均增长8%以上。\n", doc_type="five_year_plan", period=(2021, 2025), issued="")
    assert bulleted.indicator_zh == "工业增加值"  # a markdown bullet is not part of the name


def test_a_markdown_indicator_table_gives_baselines_and_targets():
    """A plan's indicator table as a markdown scrape gives its 2020 column as baselines and its 2025 column as
    targets, with the row's unit and 属性 (it was read as prose: every cell a 2025 target, units lost)."""
    result, _ = extract("表1 主要发展指标\n| 指标 | 2020年 | 2025年 | 属性 |\n| --- | --- | --- | --- |\n"
                        "| 九年义务教育巩固率(%) | 95.2 | ≥97 | 约束性 |\n")
    assert [(v.kind, v.year, v.value, v.unit, v.comparator, v.binding) for v in result.values] == [
        ("baseline", 2020, 95.2, "%", "=", "约束性"), ("target", 2025, 97.0, "%", ">=", "约束性")]


def test_a_change_from_a_past_year_reaches_a_target():
    """A plan's "高中阶段毛入学率由2020年的91.2%提高到95%": 2020 dates the start (a baseline), the end is the plan's
    target (it was read as a 2020 result), and neither indicator holds the start."""
    result, _ = extract("二、发展目标\n高中阶段毛入学率由2020年的91.2%提高到95%。\n")
    assert [(v.kind, v.year, v.value, v.indicator_zh) for v in result.values] == [
        ("baseline", 2020, 91.2, "高中阶段毛入学率"), ("target", 2025, 95.0, "高中阶段毛入学率")]


def test_a_year_a_change_is_compared_with_is_no_past_year_the_value_is_stated_in():
    """"到2025年,…优良天数比率达到80%以上,单位GDP能耗较2017年下降10%" (heldout174 n11) and a year's aims "与2015年相比,
    …下降3%" (heldout215 n06): the year after 较 or before 相比 is the base of the change, not the year the value
    is of, so the values are targets; a value of a year stated plainly is still that year's result."""
    result, _ = extract("到2025年,空气质量优良天数比率达到80%以上,单位GDP能耗较2017年下降10%。\n"
                        "2022年主要目标是:与2015年相比,全市细颗粒物浓度下降3%。2020年细颗粒物浓度下降5%。\n",
                        doc_type="other", period=(None, None))
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("target", 2025, 80.0), ("target", 2025, 10.0), ("target", 2022, 3.0), ("actual", 2020, 5.0)]


def test_a_value_of_an_earlier_year_in_brackets_is_that_years_and_dates_nothing_after_it():
    """"到2025年,学前三年毛入园率达到92%以上(2020年为88.5%),普惠性幼儿园覆盖率稳定在85%以上": 88.5 is the 2020 state
    of the same indicator, and 85 is a 2025 target (it took the bracket's 2020)."""
    result, _ = extract("到2025年,学前三年毛入园率达到92%以上(2020年为88.5%),普惠性幼儿园覆盖率稳定在85%以上。\n")
    assert [(v.kind, v.year, v.value, v.indicator_zh) for v in result.values] == [
        ("target", 2025, 92.0, "学前三年毛入园率"), ("actual", 2020, 88.5, "学前三年毛入园率"),
        ("target", 2025, 85.0, "普惠性幼儿园覆盖率")]


def test_life_expectancy_is_a_value_in_years_of_age():
    """News of a city's health plan (heldout19 p19_03): "全市人均期望寿命80岁" is a value, though 岁 after a number is
    usually an age qualifier (3-6岁适龄儿童); 预期 in 人均预期寿命 names the indicator and commits to nothing."""
    result, _ = extract("到2025年,全市人均期望寿命80岁,3-6岁适龄儿童入园率达到95%。2020年人均预期寿命达到78岁。\n")
    assert [(v.kind, v.year, v.value, v.unit) for v in result.values] == [
        ("target", 2025, 80.0, "岁"), ("target", 2025, 95.0, "%"), ("actual", 2020, 78.0, "岁")]
    # a base year between the indicator and its change ("人均预期寿命在2020年基础上提高0.4岁", a prefecture's health
    # plan, read heldout996 n01) keeps the change a value in years of age
    result, _ = extract("至2025年,人均预期寿命在2020年基础上提高0.4岁。\n")
    assert [(v.kind, v.year, v.value, v.unit) for v in result.values] == [("target", 2025, 0.4, "岁")]


def test_a_sub_heading_restating_an_earlier_target_is_that_target():
    """News of a province's sports plan (heldout19 p19_09): the headline "江苏将实现人均体育场地面积3.6平方米" commits
    (将); the sub-heading "【实现人均体育场地面积3.6平方米】" after it, with no cue, restates it."""
    result, _ = extract("“十四五”江苏将实现人均体育场地面积3.6平方米\n近日,规划出台。\n【实现人均体育场地面积3.6平方米】\n",
                        doc_type="other", period=(None, None), issued="2021-11-18")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2025, 3.6), ("target", 2025, 3.6)]


def test_a_headline_dated_only_by_its_page_takes_the_year_its_body_states():
    """A district's education news of December 2023 (heldout21 p21_09): the headline's "将新增学位2885个" is the
    2024 target its body states ("预计将于2024年投入使用,新增学位2885个"), not one of the page's own year."""
    result, _ = extract("丰泽区教育扩容提质增速 将新增学位2885个\n来源:看丰泽 2023-12-15 15:59\n"
                        "实训教学综合楼等建设项目进展顺利,预计将于2024年投入使用,新增学位2885个。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2024, 2885.0), ("target", 2024, 2885.0)]


def test_villages_are_a_unit_of_count():
    """A county's list of the year's projects (heldout21 p21_02): "实施31村扶贫开发整村推进项目" counts 31 villages (村 was
    no unit, so the number was taken for part of a name); 一村一品 stays a name."""
    result, _ = extract("今年实施31村扶贫开发整村推进项目,推进一村一品。\n", doc_type="other", period=(None, None),
                        issued="2015-02-11")
    assert [(v.kind, v.value, v.unit, v.indicator_zh, v.target_type) for v in result.values] == [
        ("target", 31.0, "村", "实施扶贫开发整村推进项目", "count")]


@pytest.mark.parametrize("sentence, value, unit", [
    ("新增公共充电设施260根以上。", 260.0, "根"),  # a district's work report (heldout159 n01)
    ("同时改造农村公路危桥221延米。", 221.0, "延米"),  # a county's work report (heldout141 n01)
    ("举办促消费活动100场次以上。", 100.0, "场次"),  # a city's work report (heldout174 n01)
    ("推进300堂健康知识巡讲。", 300.0, "堂"),  # a county's work report (heldout141 n11)
    ("全市每万人拥有足球场地达到0.8块。", 0.8, "块"),  # a city's sports plan (heldout215 n08)
    ("完成4000部电梯加装。", 4000.0, "部"),  # a city's work report (heldout178 n07)
])
def test_measure_words_seen_on_pages_are_units(sentence, value, unit):
    """Measure words of the codebook's units seen on real pages count what they follow; before they were listed the
    number was taken for part of a name and lost."""
    result, _ = extract("今年" + sentence + "\n", doc_type="work_report", period=(None, None), issued="2023-02-11")
    assert [(v.value, v.unit) for v in result.values] == [(value, unit)]


def test_the_departments_that_issue_a_plan_are_no_value():
    """部 counts (4000部电梯), but 部 of 部门 begins a word (heldout4 h04: "省教育厅、省发改委等9部门出台《…》")."""
    result, _ = extract("省教育厅、省发改委等9部门出台《方案》。\n", doc_type="other", period=(None, None),
                        issued="2023-02-11")
    assert result.values == []


@pytest.mark.parametrize("text", [
    "到2020年,高标准普及15年基本公共教育,规范化幼儿园达到95%以上。",  # news of a city's education plan (heldout222 n09)
    "到2020年,全省普及小学到高中阶段12年教育,规范化幼儿园达到95%以上。",  # a province's education plan (heldout68 n03)
])
def test_the_years_of_schooling_a_plan_makes_universal_are_a_name_not_a_value(text):
    """"普及15年基本公共教育" names the span of schooling (codebook structure_rules), no duration or target of 15 years;
    the plan's values around it stay."""
    result, _ = extract(text + "\n", doc_type="plan", period=(2016, 2020), issued="2017-05-29")
    assert [(v.value, v.unit) for v in result.values] == [(95.0, "%")]


@pytest.mark.parametrize("text, units", [
    ("5年规划:\n长春市将通过5年努力,使五县(市)区生产总值达到1570亿元。", ["亿元"]),  # a city's rural goals (heldout342 n01)
    ("实施三年行动计划,新建公办幼儿园20所。", ["所"]),
])
def test_the_length_of_a_plan_is_a_name_not_a_value(text, units):
    """"5年规划", "三年行动计划" name how long a plan runs (codebook structure_rules), no value of 5 or 3 years; the
    plan's values stay."""
    result, _ = extract(text + "\n", doc_type="other", period=(None, None), issued="2008-02-20")
    assert [v.unit for v in result.values] == units


def test_medals_are_counted_in_mei():
    """"力争2017年第十三届全运会取得金牌3枚以上" (heldout670 n01, a province's sports plan): 枚 counts medals (codebook
    units), so 3枚 is a value of the Games' year, not a number joined to a name."""
    v = one("优化竞技体育运动项目布局,力争2017年第十三届全运会取得金牌3枚以上、早日实现奥运金牌“零”的突破。",
            period=(2016, 2020), issued="2016-08-01")
    assert (v.kind, v.year, v.value, v.unit, v.comparator) == ("target", 2017, 3.0, "枚", ">=")


def test_a_year_written_with_two_digits_is_no_duration():
    """A ministry page's related link "我國08年將投資136.4億元解決3205萬人飲水安全" (heldout668 n01; read heldout358 n08
    writes "07年,全县…" so too): 08年 is the year 2008 (codebook structure_rules), no value of 8 years; the amounts stay."""
    result, _ = extract("我国08年将投资136.4亿元解决3205万人饮水安全。\n", doc_type="other", period=(None, None),
                        issued="2008-02-21")
    assert [(v.value, v.unit) for v in result.values] == [(136.4, "亿元"), (3205.0, "万人")]


def test_the_years_investment_stated_after_wancheng_is_an_amount_not_a_share_of_a_plan():
    """A province's annual plan news (heldout696 n01: "安排“千项万亿”重大项目1000个以上,完成年度投资1万亿元以上"): 完成年度投资
    before an amount states the amount, not the share of a plan achieved (完成年度总投资的88.76%, with 的, stays one)."""
    result, _ = extract("2024年计划提出,安排重大项目1000个以上,完成年度投资1万亿元以上。\n", doc_type="other",
                        period=(None, None), issued="2024-02-18")
    bases = {v.value: v.kind_basis for v in result.values}
    assert "share of a plan" not in bases[1.0], bases
    shares, _ = extract("已完成投资11.54亿元,完成年度总投资的88.76%。\n", doc_type="other", period=(None, None),
                        issued="2025-07-01")
    assert "share of a plan" in {v.value: v.kind_basis for v in shares.values}[88.76]


def test_a_coupons_threshold_and_discount_are_rules_not_values():
    """A district's consumption-voucher news (heldout666 n05: 餐饮消费券设置了单笔消费满100元减40元、满300元减100元):
    a coupon's spending threshold and its discount are the coupon's terms (codebook structure_rules), no value; the
    amount the page commits to stays."""
    result, _ = extract("今年将发放消费券1800万元。餐饮消费券设置了单笔消费满100元减40元、满300元减100元。\n",
                        doc_type="other", period=(None, None), issued="2025-03-01")
    assert [(v.kind, v.value, v.unit) for v in result.values] == [("target", 1800.0, "万元")]


def test_a_year_named_before_a_colon_is_the_year_of_the_lines_after_it():
    """News of a city's work report (heldout342 n02): "…报告了2008年工作取得的成绩:" introduces that year's results;
    the review's "这一年" goes on from it, not from the year before the page's own."""
    text = ("七台河市人民政府向人民代表报告2008年工作侧记\n"
            "在元月8日开幕的市第九届人民代表大会第五次会议上,《政府工作报告》向人民代表报告了2008年工作取得的成绩:\n"
            "这一年,是经济增长明显加快的一年。预计地区生产总值实现187亿元,增长26%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None, title=text.split("\n")[0])
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2008, 187.0), ("actual", 2008, 26.0)]


def test_of_several_horizons_in_a_sentence_the_last_dates_the_sentences_after_it():
    """News of a province's five-year goals (heldout342 n07): "到2011年,…翻一番,到2012年,…" then the goals' list
    without a year of its own: they are of 2012, the last horizon named."""
    text = ("今后5年经济社会发展的主要奋斗目标是:生产总值保持年均两位数增长,到2011年,在“十五”末的基础上再翻一番,"
            "到2012年,人均生产总值达到1.8万元。全社会固定资产投资年均增长17%,城镇登记失业率控制在4%以内。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None, title="五年工作展望")
    assert [(v.value, v.year) for v in result.values if v.value in (1.8, 17.0, 4.0)] == [(1.8, 2012), (17.0, 2012),
                                                                                          (4.0, 2012)]


def test_the_end_of_a_past_year_reached_is_a_result():
    """A district's 2007 work report (heldout348 n04): "预计到2006年底,…实现215亿元" is the year just ended, estimated,
    as "预计2006年" is; "到2025年" in the same report is still a horizon."""
    text = ("北京市昌平区2007年政府工作报告\n预计到2006年底,地区生产总值实现215亿元,年均增长12%。\n"
            "到2025年,地区生产总值达到500亿元。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2007-01-10",
                        title="北京市昌平区2007年政府工作报告")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2006, 215.0), ("actual", 2006, 12.0),
                                                                  ("target", 2025, 500.0)]


def test_a_part_of_next_year_is_when_targets_are_due_not_a_report_of_months_so_far():
    """A province's press conference on poverty (heldout344 n03): "明年上半年…实现剩余的15万左右贫困人口脱贫" commits;
    上半年 after 明年 reports nothing done, as 今年上半年 would."""
    text = ("确保今年全省减少贫困人口140万人以上。明年上半年剩余贫困县全部达到脱贫摘帽条件,"
            "实现剩余的15万左右贫困人口脱贫、9个深度贫困县脱贫摘帽。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-11-25")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2019, 140.0), ("target", 2020, 15.0),
                                                                  ("target", 2020, 9.0)]


def test_a_list_item_of_a_year_and_a_change_only_is_the_item_before_it_in_that_year():
    """A city's energy-saving targets (heldout344 n01): "…“十二五”期间下降19%、2011年下降3.7%" states the same
    indicator for 2011; no value is left without an indicator."""
    text = "省政府确定我市的节能目标任务是:单位GDP能耗“十二五”期间下降19%、2011年下降3.7%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2011-05-18")
    assert [(v.value, v.year, v.indicator_zh) for v in result.values][1:] == [(3.7, 2011, result.values[0].indicator_zh)]
    assert not [f for f in result.flags if f.flag_type == "unclassified_number"]


def test_a_list_named_a_target_after_its_last_value_names_each_of_its_values():
    """News of a province's energy-saving targets (heldout344 n01): "…下降18%、2011年下降3.5%的目标任务" names both
    values the target, not only the one next to the words."""
    text = "按照全省单位GDP能耗“十二五”期间下降18%、2011年下降3.5%的目标任务,省政府与各市签订了责任书。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2011-05-18")
    assert [(v.kind, v.value) for v in result.values] == [("target", 18.0), ("target", 3.5)]


def test_the_state_a_plan_weighs_opens_no_review():
    """A city's annual plan (heldout352 n09): "综合考虑宏观经济形势和我市发展基础,…主要预期目标为:…" weighs the
    present state; 发展基础 there opens no review, and the targets after it stay targets."""
    text = ("综合考虑宏观经济形势和我市发展基础,2025年全市经济社会发展主要预期目标为:地区生产总值增长6.0%左右;"
            "规模工业增加值增长7.5%;固定资产投资增长7.0%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-03-22")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2025, 6.0), ("target", 2025, 7.5),
                                                                  ("target", 2025, 7.0)]


def test_next_year_goes_on_after_a_semicolon_of_its_sentence():
    """News of a farm corps' plans for the next year (heldout350 n02): "明年计划种植棉花680万亩,产量110万吨;种植粮食作物
    400万亩,产量170万吨" plans the next year in each piece after ";", not the page's own year."""
    text = "兵团明年计划种植棉花680万亩,产量110万吨;种植粮食作物400万亩,产量170万吨;牲畜存栏630万头。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2009-12-28")
    assert [(v.kind, v.year) for v in result.values] == [("target", 2010)] * 5


def test_a_bound_kept_in_a_past_year_commits_nothing_after_it():
    """News of a city's work report (heldout350 n08): in the paragraph on 2019, "城镇登记失业率控制在4%以内,城乡居民
    人均可支配收入增长7%" are both results; the bound before the growth does not make it a target."""
    text = ("2020年要干这些大事\n报告中称,2019年,预计全年地区生产总值增长2%。新增就业9.8万人,城镇登记失业率控制在4%以内,"
            "城乡居民人均可支配收入增长7%,人民群众生活水平又有新提高。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-01-08")
    assert [(v.kind, v.year, v.value) for v in result.values][-2:] == [("actual", 2019, 4.0), ("actual", 2019, 7.0)]


def test_a_review_of_the_past_five_years_to_a_year_named_dates_a_changes_start_before_them():
    """A county education bureau's summary (heldout47 n12): "过去五年及2016年工作总结一、过去五年工作回顾…学前三年毛入园率
    由58%上升到79.6%" reviews 2012-2016, so 58% is of 2011, the year before the five."""
    text = ("县教育局过去五年及2016年工作总结一、过去五年工作回顾1.协调发展实现新跨越。学前教育实现了跨越式发展,"
            "学前三年毛入园率由58%上升到79.6%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-01-10")
    assert [(v.year, v.value) for v in result.values if v.unit == "%"] == [(2011, 58.0), (2016, 79.6)]


def test_an_average_per_year_of_a_past_span_is_a_result():
    """News of a province's education spending (heldout16 p16_12): 平均每年 is an average, not a yearly commitment."""
    result, _ = extract("2012至2016年,贵州省财政教育总投入3314.65亿元,平均每年增加85.76亿元。\n",
                        doc_type="other", period=(None, None), issued="2017-12-25")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 3314.65), ("actual", 85.76)]


def test_the_value_of_the_year_before_is_dated_a_year_earlier():
    """A province's 2013 education statistics bulletin (heldout16 p16_09): "由上年的293人" is 2012's value; a share
    of the year before's level (恢复到上年的95%, heldout4 h03) keeps the statement's year."""
    result, _ = extract("2013年全省小学校均规模由上年的293人增加到301人;地区生产总值恢复到上年的95%。\n",
                        doc_type="other", period=(None, None), issued="2014-03-01")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2012, 293.0), ("actual", 2013, 301.0), ("actual", 2013, 95.0)]


def test_a_review_that_names_no_year_speaks_of_the_documents_results_year():
    """A county's review of a mid-year execution report (heldout18 p18_09), dated November 2017: its 上半年 results
    are of 2017, the year the title's 计划执行情况 names, not of the year before the page's own."""
    result, _ = extract("关于县2017年上半年国民经济和社会发展计划执行情况的审查意见\n发展计划执行情况的审查意见\n"
                        "会议认为,上半年全县地区生产总值完成11.3亿元,同比增长9.3%。\n",
                        doc_type="other", period=(None, None), issued="2017-11-22")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2017, 11.3), ("actual", 2017, 9.3)]


def test_a_target_that_names_no_year_takes_the_horizon_its_paragraph_names_after_it():
    """News of a province's action plan (heldout14 q12): "每年将新建2000所…,三年内新增6000所…。到2017年,…" runs to
    2017; a target of an earlier paragraph is not dated by it (only, on this undated page, by the year the page names
    most, since session 19)."""
    result, _ = extract("新增学位1000个。\n提出每年将新建、改扩建2000所公办幼儿园,三年内新增6000所公办幼儿园。"
                        "到2017年,入园率达到85%。\n", doc_type="action_plan", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("target", 2017, 1000.0), ("target", 2017, 2000.0), ("target", 2017, 6000.0), ("target", 2017, 85.0)]
    assert "names most" in result.values[0].year_basis and "names most" not in result.values[1].year_basis


@pytest.mark.parametrize("text, expected", [
    # news of Beijing's 2026 work report (heldout5 g12): a year written without 年 before the place's name
    ("殷勇表示,2025北京全市地区生产总值5.2万亿元,增长5.4%。\n", [("actual", 2025, 5.2), ("actual", 2025, 5.4)]),
    # a number of the 1900s-2000s before a word of quantity is not a year
    ("全市新增就业2000余人。\n", [("target", 2026, 2000.0)]),
])
def test_a_bare_year_before_a_name_dates_the_values_after_it(text, expected):
    result, _ = extract("2026年经济社会发展主要预期目标是:地区生产总值增长5%左右。\n" + text,
                        doc_type="work_report", period=(None, None), issued="2026-01-26")
    assert [(v.kind, v.year, v.value) for v in result.values][1:] == expected


def test_compound_units_keep_the_value_and_its_comparator():
    """Air-quality and productivity targets (heldout5 g12, heldout8 m11): 29微克/立方米左右, 58万元/人左右."""
    result, _ = extract("今年细颗粒物年均浓度控制在29微克/立方米左右,全员劳动生产率达58万元/人左右。\n",
                        doc_type="work_report", period=(None, None), issued="2026-01-26")
    assert [(v.value, v.unit, v.comparator, v.value_std, v.unit_std) for v in result.values] == [
        (29.0, "微克/立方米", "~", 29.0, "微克/立方米"), (58.0, "万元/人", "~", 580000.0, "元/人")]


def test_a_list_of_the_years_livelihood_projects_holds_commitments_and_not_its_own_count():
    """A district's list (heldout9 n03) and a county's ten projects (heldout9 n11): each item is a target of the
    year, with no cue of its own; the count of the list's items (实施47项民生实事, heldout5 g01) is no value."""
    norm, _ = normalize_text("金凤区发布2025年民生“十心”实事!\n2025年我区实施12项民生实事。\n01\n交通畅行“顺心”实事\n"
                             "▶新增公共停车位800个。\n▶改造老旧小区20个。\n", "t.txt")
    from plantargets.text.segment import segment_documents
    doc = segment_documents(norm, "t.txt", "t")[0]
    doc.lines = list(structure_lines(norm.text, doc.start, doc.end))
    assert doc.doc_type == "project_list"
    result = extract_values(doc, norm)
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2025, 800.0), ("target", 2025, 20.0)]


def test_a_budget_reports_new_year_arrangements_are_targets():
    """News of a city's budget report (heldout9 n12): 2023's results, then 2024's 收入安排 and 支出安排."""
    result, _ = extract("2023年,全市一般公共预算收入292.14亿元,增长6%。2024年全市一般公共预算收入安排306.74亿元,"
                        "全市一般公共预算支出安排532.2亿元。\n", doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2023, 292.14), ("actual", 2023, 6.0), ("target", 2024, 306.74), ("target", 2024, 532.2)]


def test_present_tense_in_an_undated_five_year_plan_is_the_year_before_its_period():
    """An undated county education plan for 2021-2025 (heldout8 m08): 全县现有…学校541所 is of 2020, not 2025."""
    v = one("一、发展基础\n全县现有各级各类学校541所。\n", doc_type="five_year_plan", period=(2021, 2025), issued="")
    assert (v.kind, v.year, v.value) == ("actual", 2020, 541.0)


def test_a_year_named_as_the_base_of_a_multiple_is_not_the_values_year():
    """A five-year review (heldout8 m10): 一般公共预算收入是2011年的1.9倍 is a 2016 result measured against 2011."""
    v = one("2016年,一般公共预算收入是2011年的1.9倍。\n", doc_type="other", period=(None, None), issued="2017-02-23")
    assert (v.kind, v.year, v.value, v.unit) == ("actual", 2016, 1.9, "倍")


def test_a_multiple_based_on_a_years_amount_and_areas_in_square_kilometres():
    """A spatial plan's approval (heldout209 n07): 控制在基于2020年城镇建设用地规模的1.3倍以内 is a 2035 bound whose base is
    2020's amount, and it does not turn the paragraph to 2020; 平方千米 is a unit (not 千 and 米)."""
    result, _ = extract("到2035年,生态保护红线面积不低于150.89平方千米;城镇开发边界扩展倍数控制在基于2020年城镇建设用地规模的"
                        "1.3倍以内;用水总量不超过2亿立方米。\n", doc_type="plan", period=(2021, 2035), issued="2024-01-22")
    assert [(v.kind, v.year, v.value, v.unit, v.comparator) for v in result.values] == [
        ("target", 2035, 150.89, "平方千米", ">="), ("target", 2035, 1.3, "倍", "<="), ("target", 2035, 2.0, "亿立方米", "<=")]


def test_a_total_since_a_year_is_of_the_documents_date_and_a_projects_scope_is_a_value():
    """An education news page of March 2019 (heldout9 n09), and a county's projects (heldout9 n11): the places a
    project reaches (在17个乡镇…) are a quantity of the plan too (the read sets' gold annotates 9 of the 15 such
    counts: 在20个社区养老机构配备…, 在8个村开展…试点; session 66 dropped the structure rule that set them aside)."""
    v = one("2014年以来,全县教育投入累计达15.79亿元。\n", doc_type="other", period=(None, None), issued="2019-03-07")
    assert (v.kind, v.year, v.value) == ("actual", 2019, 15.79)
    result, _ = extract("2025年,在17个乡镇硬化道路10万平方米并安装太阳能路灯1000盏。\n", doc_type="project_list",
                        period=(None, None), issued="2025-01-10")
    assert [(v.value, v.unit) for v in result.values] == [(17.0, "个"), (10.0, "万平方米"), (1000.0, "盏")]


def test_targets_after_a_coming_plan_period_named_as_a_span_take_its_last_year():
    """News of Beijing's 2026 report (heldout8 m11): 十五五规划提及,…包括:增速4.5%至5%,…失业率控制在5%以内."""
    result, _ = extract("未来十五五规划提及,设置了29项主要指标,包括:地区生产总值年均增速4.5%至5%,"
                        "城镇调查失业率控制在5%以内。\n", doc_type="work_report", period=(None, None), issued="2026-01-26")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2030, 4.5), ("target", 2030, 5.0)]


def test_a_year_inside_a_bracketed_qualifier_is_not_the_year_of_the_statement():
    """A county's 2023 work report (tests/heldout10 k08): the year of 扣除2022年…支出 qualifies the measure; the
    targets around it stay the document's; a bracket holding only a year still dates its value."""
    text = ("2023年经济社会发展的主要预期目标是:地区生产总值增长8%以上;一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)"
            "增长3%以上;规模以上工业增加值增长15%以上。")
    result, _ = extract(text, doc_type="work_report", period=(2023, 2023), issued="2023-02-09")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (8.0, "target", 2023), (3.0, "target", 2023), (15.0, "target", 2023)]
    gloss = one("生产总值(2022年)达到3000亿元。", doc_type="work_report", period=(2023, 2023), issued="2023-02-09")
    assert (gloss.kind, gloss.year) == ("actual", 2022)


def test_a_reports_struggle_goals_announce_a_target_section_after_a_review():
    """News of a new term's first work report (tests/heldout10 k05): 过去五年 reviews, 今后五年主要奋斗目标 sets targets."""
    text = ("他说,过去五年,金昌经济运行稳中有进。\n"
            "报告提出今后五年主要奋斗目标:地区生产总值年均增长7%以上,一般公共预算收入年均增长5%。")
    result, _ = extract(text, doc_type="work_report", period=(2022, 2022), issued="2021-12-06")
    assert [(v.value, v.kind) for v in result.values] == [(7.0, "target"), (5.0, "target")]


def test_a_stretch_goal_after_a_target_takes_its_indicator():
    """News of a district work report (tests/heldout10 k09): 增长10%,力争11.5% is two targets of one indicator."""
    result, _ = extract("明年的奋斗目标主要是:地区生产总值增长10%,力争11.5%;农民人均纯收入增长11%,力争13%。",
                        doc_type="work_report", period=(2014, 2014), issued="2014-01-10")
    assert [(v.indicator_zh, v.value, v.kind) for v in result.values] == [
        ("地区生产总值", 10.0, "target"), ("地区生产总值", 11.5, "target"),
        ("农民人均纯收入", 11.0, "target"), ("农民人均纯收入", 13.0, "target")]


def test_an_amount_striven_for_after_a_growth_is_the_level_of_its_indicator():
    """A forum repost of a city's targets (heldout142 n01): "增长14%以上,力争达296亿元" and "确保达到" after a growth
    state the amount the indicator reaches, a level, not a second growth rate."""
    result, _ = extract("2013年预期目标\n地区生产总值增长14%以上,力争达296亿元;财政总收入增长18%,确保达到40亿元。",
                        doc_type="work_report", period=(2013, 2013), issued="2013-01-01")
    assert [(v.indicator_zh, v.value, v.target_type) for v in result.values] == [
        ("地区生产总值", 14.0, "growth"), ("地区生产总值", 296.0, "level"),
        ("财政总收入", 18.0, "growth"), ("财政总收入", 40.0, "level")]


def test_the_next_five_years_of_a_report_end_four_years_after_its_own():
    """今后五年 in a report of 2022 (tests/heldout10 k05) runs to 2026; 要达到 states a target."""
    v = one("报告提出今后五年主要奋斗目标:地区生产总值年均增长7%以上。", doc_type="work_report", period=(2022, 2022),
            issued="2022-01-10")
    assert (v.kind, v.year, v.comparator) == ("target", 2026, ">=")
    w = one("学前三年毛入园率要达到77%。", doc_type="other", period=(2018, 2018), issued="2018-06-04")
    assert (w.kind, w.indicator_zh, w.year) == ("target", "学前三年毛入园率", 2018)


def test_next_year_in_news_of_a_december_session_is_the_year_after_the_dateline():
    """A district congress in December 2013 (tests/heldout10 k09) sets 2014's targets: 明年 is 2014, not 2015."""
    text = ("2013-12-26 15:25\n区长作《政府工作报告》。会议还审查了《2013年计划执行情况及2014年计划草案的报告》。\n"
            "报告提出明年的奋斗目标主要是:地区生产总值增长10%。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(10.0, "target", 2014)]


def test_a_paragraphs_targets_go_on_past_a_semicolon_and_a_chinese_digit_year_is_a_past_year():
    """Education news (tests/heldout11 m03): after 今年…任务为, a value with no cue of its own is the paragraph's
    target; 二○二五年 before a value in a 2026 report (devset d112) dates a result; 控制在 carries no kind on."""
    result, _ = extract("今年,郑州的建设任务为,市区新建中小学30所;全市新建幼儿园40所。",
                        doc_type="other", period=(2015, 2015), issued="2015-12-17")
    assert [(v.value, v.kind) for v in result.values] == [(30.0, "target"), (40.0, "target")]
    result, _ = extract("二○二六年主要预期目标,生产总值增长百分之五左右。二○二五年上海GDP增长百分之五点四。",
                        doc_type="work_report", period=(2026, 2026), issued="2026-01-28")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(5.0, "target", 2026), (5.4, "actual", 2025)]
    result, _ = extract("年末城镇登记失业率控制在3.05%。城镇居民人均可支配收入达17840元。",
                        doc_type="other", period=(2010, 2010), issued="2010-01-20")
    assert [v.kind for v in result.values][1] == "actual"


def test_a_chinese_numeral_counting_what_is_built_is_a_quantity():
    """"新建四个机场, 迁建和改扩建六个机场" (Xinjiang's transport plan, heldout52 n01): counts of what is built, though
    个 after a Chinese numeral is as often a slogan's ("两个维护", "四个全面")."""
    result, _ = extract("到2015年,新疆将新建四个机场,迁建和改扩建六个机场。坚决做到“两个维护”,落实四个全面。",
                        doc_type="other", period=(None, None), issued="2011-05-01")
    assert [(v.value, v.unit, v.kind, v.year) for v in result.values] == [
        (4.0, "个", "target", 2015), (6.0, "个", "target", 2015)]


def test_a_year_a_commitment_is_set_for_stays_a_target_on_a_later_copy():
    """A 2023 plan's news reposted with the date 2024-12-22 (read heldout938 n07): "将在2023年底前实现…达到55%以上" was
    written before that year, so its values are 2023's targets, not results of a past year; 将 as 把 ("并将2017年…建议
    提案作为重要来源,累计征集3200余条") commits nothing."""
    result, _ = extract("广西将在2023年底前实现生活污水集中收集率达到55%以上,力争2023年新建污水处理厂51座。",
                        doc_type="other", period=(None, None), issued="2024-12-22")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(55.0, "target", 2023), (51.0, "target", 2023)]
    result, _ = extract("并将2017年市人大代表建议提案作为重要来源,累计征集3200余条。",
                        doc_type="other", period=(None, None), issued="2018-01-20")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(3200.0, "actual", 2017)]


def test_a_ports_containers_in_teu_are_a_unit():
    """"其中集装箱吞吐量达到410万TEU" (a port's 十四五 targets, read heldout924 n02): TEU, the twenty-foot equivalent unit,
    is the 标箱 of the codebook, so the value is 4.1 million 标箱 rather than a number joined to letters."""
    result, _ = extract("到2025年,烟台港货物吞吐量达到5亿吨,其中集装箱吞吐量达到410万TEU。",
                        doc_type="other", period=(None, None), issued="2022-05-01")
    assert [(v.value, v.unit, v.value_std, v.unit_std, v.kind, v.year) for v in result.values][1:] == [
        (410.0, "万TEU", 4.1e6, "标箱", "target", 2025)]


def test_a_ratio_to_one_after_bi_zai_is_a_level():
    """"总体车桩比在2.5:1以下", "在2:1左右" (a province's new-energy vehicle plan, read heldout1008 n03): a ratio set at a
    level after 比在, as after 不高于 or 控制在, is a value, not a ratio in a rule."""
    result, _ = extract("到2025年,全省总体车桩比在2.5:1以下;到2030年,总体车桩比在2:1左右。", doc_type="other",
                        period=(None, None), issued="2023-03-01")
    assert [(v.value, v.unit, v.comparator, v.year) for v in result.values] == [
        (2.5, ":1", "<=", 2025), (2.0, ":1", "~", 2030)]


def test_more_than_a_number_of_ten_thousands_before_a_noun_is_read_as_wan():
    """"6870余万农村人口将全部喝上安全卫生的自来水" (a province's rural water plan, read heldout982 n07): 余 then a bare
    万 is the value's scale, as "6870万农村人口" and "800余万人" already were; the number was left as one joined to text."""
    result, _ = extract("到2021年,全省6870余万农村人口将全部喝上安全卫生的自来水。", doc_type="other", period=(None, None),
                        issued="2019-07-01")
    assert [(v.value, v.unit, v.comparator, v.kind, v.year) for v in result.values] == [
        (6870.0, "万", ">", "target", 2021)]


def test_racks_and_aircraft_in_jia_and_computing_power_in_ten_thousand_p_are_units():
    """"装机能力约3500架", "形成年产直升机300架" (a data centre's and an aviation plan's targets, read heldout1004 n01,
    heldout560 n03): 架 counts racks and aircraft; "承载算力可达5.5万P" is 5.5万 PFlops, as 3000P is 3000."""
    result, _ = extract("到2027年,一期装机能力约3500架,形成年产直升机300架的生产能力。2025年上半年承载算力可达5.5万P。",
                        doc_type="other", period=(None, None), issued="2024-06-01")
    assert [(v.value, v.unit, v.value_std, v.unit_std) for v in result.values] == [
        (3500.0, "架", 3500.0, "架"), (300.0, "架", 300.0, "架"), (5.5, "万P", 55000.0, "PFlops")]


def test_a_flood_standard_naming_a_dyke_is_no_value_but_a_standard_reached_is():
    """A province's river-basin plan (read heldout972 n03): "200年一遇标准防洪堤36.2公里" - the return period names the
    dyke, its length is the value; "防洪标准达到200年一遇" (heldout211 n04) reaches the standard, itself the value."""
    result, _ = extract("到2015年,其中湘江干流200年一遇标准防洪堤36.2公里、100年一遇标准防洪堤141公里。长沙主城区防洪标准达到200年一遇。",
                        doc_type="other", period=(None, None), issued="2011-05-01")
    assert [(v.value, v.unit) for v in result.values] == [(36.2, "公里"), (141.0, "公里"), (200.0, "年")]


def test_tobacco_leaf_in_dan_is_a_unit():
    """"计划收购烟叶55万担" (a county's tobacco targets, read heldout978 n05; 萬擔 in n02): 担, a market weight, is a unit,
    so the value is 55万担 rather than a bare 55万."""
    result, _ = extract("桂阳县今年计划收购烟叶55万担。", doc_type="other", period=(None, None), issued="2015-04-01")
    assert [(v.value, v.unit, v.value_std, v.kind, v.year) for v in result.values] == [
        (55.0, "万担", 550000.0, "target", 2015)]


def test_a_schedule_set_out_after_a_colon_is_a_target_section():
    """"全区普高发展的时间表:2005年建设150所优质高中,…2010年,入学率达到80%" (an education paper's abstract, read heldout958
    n02): a schedule's values are targets; 明确了时间表和线路图 in rhetoric opens nothing (heldout638 n03)."""
    result, _ = extract("全区普高发展的时间表:2005年建设150所优质高中,使高中阶段的入学率达到55%;2010年,入学率达到80%。",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (150.0, "target", 2005), (55.0, "target", 2005), (80.0, "target", 2010)]
    result, _ = extract("省体育局明确了时间表和线路图。全省年均举办的较大规模赛事达到800项。",
                        doc_type="other", period=(None, None), issued="2020-07-10")
    assert [v.kind for v in result.values] == ["actual"]


def test_a_whole_year_cue_with_le_after_its_verb_states_what_the_year_came_to():
    """"全年新增托位数达到了6250个" (a province's report on its year's livelihood projects, read heldout960 n05): 了 after
    the verb says the year's count was reached, whole-year cue or not; without 了 the year's count is still its target."""
    result, _ = extract("2024年托育服务项目如期完成。全年新增托位数达到了6250个。", doc_type="other", period=(None, None),
                        issued="2024-12-30")
    assert [(v.value, v.kind) for v in result.values] == [(6250.0, "actual")]
    result, _ = extract("全年新增托位6250个。", doc_type="other", period=(None, None), issued="2024-02-01")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(6250.0, "target", 2024)]


def test_this_year_and_the_next_end_in_the_next():
    """"今明两年计划新增公办学位学前教育13万个、义务教育80万个" (a city's news of 2024-02-23, read heldout968 n01; 184 n03,
    654 n05): targets of this year and the next are due by the next, as 明年's are; 今年 alone stays this year."""
    result, _ = extract("今明两年计划新增公办学位学前教育13万个、义务教育80万个。今年将新增学位17万个。", doc_type="other",
                        period=(None, None), issued="2024-02-23")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (13.0, "target", 2025), (80.0, "target", 2025), (17.0, "target", 2024)]


def test_a_notice_issuing_a_plan_measures_its_years_against_the_plans_period():
    """A city's notice issuing its 2001-2010 rural health plan, whose text the page's later years date (read heldout964
    n03): "2007年,…80%以上的镇…实现…目标" is a milestone of the plan, not a result of a year past, as in the plan itself."""
    text = ("按照国家和省农村初保工作目标和要求,将极大地改善农村医疗卫生条件。\n二、目标、任务与进度\n(一)总目标。\n"
            "进一步加强农村基础卫生设施建设。\n(二)任务与进度。\n2007年,番禺、花都、白云区80%以上的镇实现提高阶段的初保计划目标。")
    result, _ = extract(text, doc_type="notice", period=(2001, 2010), issued="2010-06-01",
                        title="广州市农村初级卫生保健实施计划(2001-2010年)")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(80.0, "target", 2007)]


def test_a_water_plans_latin_units_are_read_with_their_scale():
    """A city's water supply plan (read heldout962 n01) writes 亿m3, 万m3/d and 万t/d for 亿立方米, 万立方米/日 and 万吨/日:
    the values are 18.1e8 立方米, 900e4 立方米 a day and 930e4 吨 a day, not numbers joined to letters."""
    result, _ = extract("到2030年,新增可供水量18.1亿m3,新增水厂供水能力900万m3/d,新增提水规模930万t/d。",
                        doc_type="other", period=(None, None), issued="2017-03-01")
    assert [(v.value, v.unit, v.value_std, v.unit_std, v.year) for v in result.values] == [
        (18.1, "亿m3", 1.81e9, "立方米", 2030), (900.0, "万m3/d", 9e6, "立方米/日", 2030), (930.0, "万t/d", 9.3e6, "吨/日", 2030)]


def test_a_chinese_numeral_under_a_bound_is_a_count():
    """"基本实现县(区、市)有两条以上高速通达" (a province's transport plan, read heldout924 n01): a count bounded below is
    no slogan's numeral ("两个确保" takes no 以上); a grade under a bound (二类以上公厕, read heldout376 n01) qualifies."""
    result, _ = extract("到2025年,基本实现县(区、市)有两条以上高速通达,每个乡镇建成一个以上综合服务中心,落实“两个确保”。"
                        "新建二类以上公厕100座。", doc_type="other", period=(None, None), issued="2021-03-10")
    assert [(v.value, v.unit, v.comparator, v.kind, v.year) for v in result.values] == [
        (2.0, "条", ">=", "target", 2025), (1.0, "个", ">=", "target", 2025), (100.0, "座", "=", "target", 2025)]


def test_a_chinese_numeral_ending_in_its_scale_is_read_as_written():
    """"一万两千三百亿元" (a 2010 work report in words, heldout52 n09) is 12300 亿元, as "12300亿元" is; "三万人" 3 万人."""
    result, _ = extract("2009年,全社会固定资产投资一万两千三百亿元,新增就业三万人。",
                        doc_type="work_report", period=(2010, 2010), issued="2010-01-20")
    assert [(v.value, v.unit, v.value_std, v.unit_std) for v in result.values] == [
        (12300.0, "亿元", 1.23e12, "元"), (3.0, "万人", 30000.0, "人")]


def test_a_rate_in_words_of_a_round_tens_is_a_rate():
    """"增长百分之十" (a 2010 work report in words, heldout52 n09): 十 is ten per cent, not the round 十 that names a
    class of things (十大工程, 千亿元产业)."""
    result, _ = extract("2009年,预计全年生产总值增长百分之十,全部财政收入完成两千零一十八点一亿元。",
                        doc_type="work_report", period=(2010, 2010), issued="2010-01-20")
    assert [(v.value, v.unit, v.kind, v.year) for v in result.values][0] == (10.0, "%", "actual", 2009)
    # before a list's 、 a rate in words is no list item number run into the text (…发展1、学前三年)
    result, _ = extract("2009年,工业和服务业投资预计分别增长百分之五十五、百分之三十八。",
                        doc_type="work_report", period=(2010, 2010), issued="2010-01-20")
    assert [(v.value, v.unit) for v in result.values] == [(55.0, "%"), (38.0, "%")]


def test_a_review_cue_after_a_target_cue_in_the_sentence_makes_a_result():
    """Education news (tests/heldout11 m03): 今年是…收官之年 opens the sentence, 五年来 introduces the results."""
    v = one("今年是“十二五”收官之年,12月16日,记者从郑州市教育局相关部门获悉,五年来,郑州共新建、改扩建中小学165所。",
            doc_type="other", period=(2015, 2015), issued="2015-12-17")
    assert (v.value, v.kind) == (165.0, "actual")


def test_a_year_a_sentence_sets_dates_only_the_values_after_it():
    """Education news of 2017 (tests/heldout11 m04): 今年 new kindergartens come before the 十三五 span the sentence
    names, so they are the year's; the count after 届时 is the plan's."""
    result, _ = extract("今年,自治区新建改扩建4387所农村双语幼儿园,将提前完成“十三五”期间所有建设目标,届时全疆将新增儿童超过56万人。",
                        doc_type="other", period=(2017, 2017), issued="2017-06-23")
    assert [(v.value, v.year) for v in result.values] == [(4387.0, 2017), (56.0, 2020)]


def test_a_price_base_year_is_not_the_year_of_the_value():
    """A county's 2007 plan-execution report (tests/heldout8 m02): 按2005年可比价格计算 names the price base."""
    result, _ = extract("2007年国民经济和社会发展计划执行情况\n全年实现地区生产总值24.9亿元,按2005年可比价格计算,比上年增长10.0%。",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.year) for v in result.values] == [(24.9, 2007), (10.0, 2007)]


def test_a_plans_starting_state_stated_in_prose_is_an_achieved_value_and_its_from_to_a_baseline():
    """A preschool plan for 2017-2019 (tests/heldout14 q05) describes 2016 in its 现状 prose: results, as the rubric
    annotates a plan's current situation; 由…提高到… keeps its start as the baseline."""
    result, _ = extract("2016年,全市有幼儿园1633所,在园幼儿30.49万人。\n到2019年,学前三年毛入园率由2016年的80%提高到85%。",
                        doc_type="edu_action_plan", period=(2017, 2019), issued="2017-03-01")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 1633.0, 2016), ("actual", 30.49, 2016), ("baseline", 80.0, 2016), ("target", 85.0, 2019)]


def test_a_ten_year_review_dates_its_results_to_the_year_before_the_page():
    """Education news of February 2023 (tests/heldout14 q10): 十年来 opens a review whose results are of 2022."""
    v = one("十年来,三台县委县政府把大力发展学前教育作为一项重要民生工程。新建、改扩建公办幼儿园36所。",
            doc_type="other", period=(2023, 2023), issued="2023-02-18")
    assert (v.kind, v.year) == ("actual", 2022)


def test_a_result_that_names_no_year_on_a_dated_page_is_of_the_pages_year_after_any_year_named_before_it():
    """A news page of December 2020 (tests/heldout14 q02): its headline result names no year; a year the text named
    before a result still comes first."""
    text = "宁夏普惠性幼儿园在园占比达到89%\n发布时间:2020-12-22\n2019年,全区新建幼儿园60所。在园幼儿达到25.6万人。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.year) for v in result.values] == [(89.0, 2020), (60.0, 2019), (25.6, 2019)]


def test_a_headline_with_no_cue_takes_the_kind_and_year_of_its_restatement_below():
    """A county news item (tests/heldout11 m08): the headline's 6300万元 is the plan the lead states with 将."""
    text = "余庆县投资6300万元建10个乡镇幼儿园\n从今年到2013年,将分批投入6300万元修建10个乡镇公办幼儿园。"
    result, _ = extract(text, doc_type="other", period=(2012, 2012), issued="2012-05-04")
    headline = [v for v in result.values if v.value == 6300.0][0]
    assert (headline.kind, headline.year) == ("target", 2013)


def test_a_value_with_no_year_takes_the_year_of_its_restatement():
    """A headline above the page's date (tests/heldout14 q02) names no year; the lead restates it with one."""
    text = "全区新增学位8.97万个\n“十三五”期间,宁夏累计投入21.22亿元,新增学位8.97万个。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.year) for v in result.values if v.value == 8.97] == [(8.97, 2020), (8.97, 2020)]


def test_a_paragraphs_targets_go_on_through_a_list_of_several_values_with_no_cue():
    """News of a city's school building (tests/heldout14 q04): every count after 计划完成 is part of the plan."""
    text = "今秋开学前,西安市计划完成126所新建、改扩建项目。其中,新建78所、改扩建48所;按照办学层次划分,幼儿园42所、小学61所。"
    result, _ = extract(text, doc_type="other", period=(2021, 2021), issued="2021-07-21")
    assert [(v.value, v.kind) for v in result.values] == [
        (126.0, "target"), (78.0, "target"), (48.0, "target"), (42.0, "target"), (61.0, "target")]


def test_a_word_announcing_results_ends_the_paragraphs_targets():
    """A county's education news (tests/heldout9 n09): after …提升计划建设等项目 the 目前 sentence gives results."""
    text = "今年,计划新建校舍8.24万平方米,改扩建运动场3.2万平方米。目前,全县学生平均校舍建筑面积小学达7.6平方米。"
    result, _ = extract(text, doc_type="other", period=(2019, 2019), issued="2019-03-07")
    assert [(v.value, v.kind) for v in result.values] == [(8.24, "target"), (3.2, "target"), (7.6, "actual")]


def test_a_numeral_alone_inside_a_word_is_not_a_number_token():
    """进一步, 统一, 零售, 唯一: a numeral character between two Chinese characters, with no unit, numeral or mark of
    a date or ordinal next to it, is no token (codebook/numerals_in_words.csv); a numeral with a measure word, a
    scaled count, a plan's name, an ordinal after 第, a month and a numeral ending a word stay tokens."""
    text = ("进一步推进统一规划,社会消费品零售总额稳步增长。到2025年,新建一所学校,新增学位三万个。"
            "实施十四五规划,第一批学校于二〇二二年五月建成,是全省唯一的示范区之一。")
    result, raw = extract(text)
    ledger = [(raw[t.char_start:t.char_end], t.outcome) for t in result.tokens]
    assert [token for token, _ in ledger] == ["2025年", "一所", "三万个", "十四五", "一批", "二〇二二年", "五", "一"]
    assert ("三万个", "value") in ledger
    assert all(outcome == "structure" for token, outcome in ledger if token in ("十四五", "一批", "五", "一"))


def test_the_words_of_the_numeral_codebook_give_the_tokens_it_says():
    """Each word of codebook/numerals_in_words.csv, in its example: a not_a_number word's numerals give no token,
    an a_number word is a token of its own, a mark's numeral stays a token."""
    import csv

    from plantargets.extract.statements import NUMBER_TOKEN
    from plantargets.paths import CODEBOOK_DIR

    with open(CODEBOOK_DIR / "numerals_in_words.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["role"] for row in rows} == {"ordinal_mark_before", "date_or_ordinal_mark_after", "not_a_number",
                                            "a_number"}
    for row in rows:
        word, example = row["word"], row["example"]
        at = example.index(word)
        spans = [m.span() for m in NUMBER_TOKEN.finditer(example)]
        inside = [(s, e) for s, e in spans if s < at + len(word) and e > at]
        if row["role"] == "not_a_number":
            assert inside == [], (word, example)
        elif row["role"] == "a_number":
            assert (at, at + len(word)) in spans, (word, example)
        else:  # a mark: the numeral next to it is a token
            assert any(e == at or s == at + len(word) for s, e in spans), (word, example)


def test_number_tokens_are_the_tokens_but_the_numerals_alone_inside_a_word():
    """Over the seed documents, NUMBER_TOKEN finds TOKEN's matches less those of one numeral character with a
    Chinese character on each side, not after 第 nor before a date or ordinal mark, 点 or 至 (the rule said in
    Python: a match of one character has no unit, 多/余 or 分之 after it)."""
    import csv

    from plantargets.extract.numbers import CN_DIGITS
    from plantargets.extract.statements import NUMBER_TOKEN, TOKEN
    from plantargets.paths import CODEBOOK_DIR, RAW_DIR

    with open(CODEBOOK_DIR / "numerals_in_words.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    before = {r["word"] for r in rows if r["role"] == "ordinal_mark_before"}
    after = {r["word"] for r in rows if r["role"] == "date_or_ordinal_mark_after"}

    def chinese(character: str) -> bool:
        return "\u4e00" <= character <= "\u9fff"

    def alone_in_a_word(text: str, match) -> bool:
        start, end = match.span()
        return (end - start == 1 and match.group() in CN_DIGITS and 0 < start and end < len(text)
                and chinese(text[start - 1]) and text[start - 1] not in before
                and chinese(text[end]) and text[end] not in after
                and text[end] not in "点至")  # 一点五, 一至三: a numeral these may join to a longer token stays

    dropped = 0
    for path in sorted(RAW_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        tokens = [m for m in TOKEN.finditer(text)]
        kept = [m.span() for m in tokens if not alone_in_a_word(text, m)]
        assert [m.span() for m in NUMBER_TOKEN.finditer(text)] == kept, path.name
        dropped += len(tokens) - len(kept)
    assert dropped > 100


def test_a_hard_wrapped_report_reads_as_its_sentences():
    """Lines broken at one width inside sentences (PDF text): the targets after 主要预期目标是 on the line before,
    and a value whose indicator ends the line before ("一般公共\\n预算收入增长7%"), read as in unbroken text."""
    from test_normalize import WRAPPED
    result, raw = extract(WRAPPED, doc_type="plan_execution_report", period=(None, None), issued="2024-01-10")
    found = {(v.indicator_zh, v.value, v.kind, v.year) for v in result.values}
    assert ("一般公共预算收入", 7.0, "target", 2024) in found
    assert ("城镇调查失业率", 5.5, "target", 2024) in found
    assert ("固定资产投资", 10.5, "actual", 2023) in found
    v = next(v for v in result.values if v.value == 12.3)
    assert (v.indicator_zh.startswith("一般公共预算收入"), v.kind, v.year) == (True, "actual", 2023)
    assert raw[v.value_char_start:v.value_char_end] == "12.3"


def test_an_outlook_to_a_year_heads_that_years_targets():
    text = ("回顾2017年\n生产总值增长9.5%,规模以上工业增加值增长14.5%\n"
            "展望2018年\n生产总值增长9%左右\n全社会固定资产投资增长12%左右\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    found = {(v.value, v.kind, v.year) for v in result.values}
    assert {(9.5, "actual", 2017), (9.0, "target", 2018), (12.0, "target", 2018)} <= found


def _assert_structure_before_a_target(texts: tuple[str, ...], reason: str) -> None:
    """Each text, before a sentence with one target, leaves that target the only value and its numbers structure
    for ``reason``."""
    for text in texts:
        result, _ = extract(text + "今年全市地区生产总值增长6%左右。", doc_type="other", period=(None, None),
                            issued="2018-02-25")
        assert [(v.indicator_zh, v.value) for v in result.values] == [("地区生产总值", 6.0)]
        assert {t.reason for t in result.tokens if t.outcome == "structure"} >= {reason}


def test_the_attendance_of_a_congress_session_is_no_value():
    """应到代表331人, 实到代表308人; and as a province's session news words it (heldout266 n05): 实有代表558人, 到会532人."""
    reason = "the attendance of a congress or meeting (应到代表331人, 实到308人; 实有代表558人, 到会532人), not a stated value"
    _assert_structure_before_a_target(("大会应到代表331人,实到代表308人,符合法定人数。",
                                       "省十二届人大实有代表558人,到会532人,符合法定人数。"), reason)


def test_a_chapter_heading_run_into_the_text_still_opens_its_section():
    """A PDF's lost line breaks put "一、2012 年工作回顾" deep inside one long sentence: it still opens the review,
    so the next paragraph's results are results, not the work report's targets."""
    text = ("政府工作报告(摘要)—— 2013 年 1 月 16 日在某县第十七届人民代表大会第二次会议上 县长 某某 "
            "一、2012 年工作回顾(一)稳增长促发展取得新成效,全年实现生产总值212.8亿元\n"
            "新增院士工作站2家,我县上市公司达到6家。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2013-01-16")
    found = {v.value: (v.kind, v.year) for v in result.values}
    assert found[2.0] == ("actual", 2012) and found[6.0] == ("actual", 2012)


def test_per_head_after_a_total_is_the_total_per_head():
    """"生产总值25.23亿元,增长8.5%,人均达到5.62万元" (heldout36 n12): 人均 alone names the total before it per head;
    after a count it names nothing (a flag, as before)."""
    result, _ = extract("2017年全县实现地方生产总值25.23亿元,同比增长8.5%,人均达到5.62万元。", doc_type="other",
                        period=(None, None), issued="2018-01-20")
    found = {v.value: (v.indicator_zh, v.kind, v.year) for v in result.values}
    assert found[5.62] == ("人均地方生产总值", "actual", 2017)
    # a total stated as done (地区生产总值完成287.2亿元: heldout176 n09) is divided per head as well
    result, _ = extract("2021年,灵石县地区生产总值完成287.2亿元,人均突破11万元。", doc_type="other",
                        period=(None, None), issued="2022-07-25")
    assert {v.value: v.indicator_zh for v in result.values}[11.0] == "人均灵石县地区生产总值"
    result, _ = extract("全县共有幼儿园120所,人均达到5.62万元。", doc_type="other", period=(None, None),
                        issued="2018-01-20")
    assert 5.62 not in {v.value for v in result.values}


def test_a_page_run_into_one_line_after_its_metadata_label_is_still_read():
    """A scrape that lost every line break opens with "文件名称 | …": the line is no short metadata line, and the
    plan's targets in it are read (a short metadata line's numbers stay structure)."""
    text = ("文件名称 | 某县人民政府关于印发《某县2024年国民经济和社会发展计划》的通知 | || 索引号 | 2024-2542 | "
            "某县2024年国民经济和社会发展计划 一、经济社会发展总体要求 2024年是实现“十四五”规划目标任务的关键一年,"
            "是加快打造生态经济带城乡融合发展示范区的重要一年,做好全年经济工作意义重大,必须坚持稳中求进工作总基调,"
            "完整准确全面贯彻新发展理念,着力推动高质量发展。 "
            "二、经济社会发展预期目标 地区生产总值增长5.5%,固定资产投资增长5%,规模以上工业增加值增长8%。")
    result, _ = extract(text, doc_type="annual_plan", period=(2024, 2024), issued="2024-04-23")
    assert {(v.value, v.kind, v.year) for v in result.values} >= {(5.5, "target", 2024), (8.0, "target", 2024)}
    result, _ = extract("索引号 | zyxzfzyxzfbgs/2024-2542 | 公开目录: | 规划计划 |\n正文。", doc_type="other",
                        period=(None, None), issued="2024-04-23")
    assert result.values == [] and {t.reason for t in result.tokens} == {"metadata line"}


def test_funds_secured_in_a_review_are_a_result_and_a_bare_count_ending_a_headline_is_no_value():
    text = ("一、2022年工作回顾\n58个重点项目进展顺利,全年完成投资141.6亿元;争取上级资金20.2亿元;签约项目79个。\n"
            "二、2023年主要目标\n争取上级资金25亿元。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2023-01-10")
    found = {v.value: (v.kind, v.year) for v in result.values}
    assert found[20.2] == ("actual", 2022) and found[25.0] == ("target", 2023)
    # with words between 争取 and the funds (heldout87 n09, news of a new area's work meeting)
    result, _ = extract("新区自筹备建设以来,完成固定资产投资2078亿元。累计争取中央及省市转移支付资金85.5亿元,争取地方政府债券"
                        "138.5亿元。\n", doc_type="other", period=(None, None), issued="2017-01-10")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 2078), ("actual", 85.5), ("actual", 138.5)]
    result, _ = extract("1.2023“两会”解读政府工作报告要点之一:2022年工作回顾 2\n"
                        "2.2023“两会”解读政府工作报告要点之二:2023年工作思路和目标 6\n", doc_type="other",
                        period=(None, None), issued="2023-01-10")
    assert [v.value for v in result.values] == []


def test_a_metadata_line_written_as_a_table_row_is_still_metadata():
    result, _ = extract("| 索引号 | 620702001/2026-00010 | 发文字号 | |\n今年全区地区生产总值增长6%。", doc_type="other",
                        period=(None, None), issued="2026-01-20")
    assert [v.value for v in result.values] == [6.0]


def test_a_year_on_a_line_of_its_own_heads_a_block_of_results_or_targets_not_a_table():
    """An infographic page (heldout44 n04): "2025年" over last year's results, "2026年" over this year's targets;
    two such years far apart are no table's year columns."""
    text = ("辽宁亮点\n2025年\n全省经济总体平稳、稳中有进\n城镇新增就业48万人\n粮食产量515.6亿斤、创历史新高\n"
            "辽宁落点\n2026年\n地区生产总值增长4.5%左右,在实际工作中努力争取更好结果\n一般公共预算收入增长2.5%左右\n"
            "城镇新增就业45万人以上,城镇调查失业率5.5%左右\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2026-03-06")
    found = {v.value: (v.kind, v.year) for v in result.values}
    assert found[48.0] == ("actual", 2025) and found[515.6] == ("actual", 2025)
    assert found[4.5] == ("target", 2026) and found[45.0] == ("target", 2026)
    assert 2026.0 not in found


def test_a_mid_year_result_after_preliminary_statistics_with_gdp_run_into_its_value():
    """heldout44 n09: "…“一年有新进展”的目标…,初步统计,全省完成GDP4408.1亿元,完成全年计划目标的45.4%,增长13.7%":
    GDP run into its value names it (no code), 初步统计 reports results, 完成全年计划目标的N% is a share achieved."""
    text = ("今年上半年,各地区紧紧围绕“一年有新进展”的目标,经济保持了平稳较快发展的良好势头,初步统计,"
            "全省完成GDP4408.1亿元,完成全年计划目标的45.4%,增长13.7%。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2007-07-24")
    found = {v.value: (v.kind, v.year) for v in result.values}
    assert found == {4408.1: ("actual", 2007), 45.4: ("actual", 2007), 13.7: ("actual", 2007)}
    result, _ = extract("空气中PM2.5浓度下降。", doc_type="other", period=(None, None), issued="2007-07-24")
    assert result.values == []


def test_a_change_from_now_to_a_target_year_gives_a_baseline_now_and_a_target_then():
    """heldout44 n12: a headline naming the target year is not the page's year; 由目前的75% is where the change
    starts (the page's year), 85% where it ends (2020), whatever 目前 says of the start."""
    text = ("2020年全国学前三年毛入园率提升至85%\n作者:胡浩 发布时间:2017-5-17\n"
            "意见提出,到2020年,全国学前三年毛入园率由目前的75%提升至85%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    found = {(v.value, v.kind, v.year) for v in result.values}
    assert {(75.0, "baseline", 2017), (85.0, "target", 2020)} <= found


def test_an_undated_page_measures_its_years_against_the_period_it_names_not_the_periods_end():
    """heldout44 n11: an undated page naming a plan of 2014—2016 in its first lines: "2014年…新增100所" after the
    plan's 计划 is its first year's task, not a result of a year past (the period's end is no date of the page)."""
    text = ("日前,省委、省政府研究决定,今年将继续为民办二十一项实事。\n"
            "组织实施新一轮学前教育三年行动计划(2014年—2016年),计划三年内省级重点补助建设300所公办幼儿园。"
            "2014年在城市新区新建或通过“回购”小区配套幼儿园,新增100所公办幼儿园,增加3万个学位。\n")
    norm, _ = normalize_text(text, "t.txt")
    doc = Document("t-00", "t.txt", 0, 0, len(norm.text), title="日前", doc_type="other",
                   period_start=2014, period_end=2016, issued_date="", city_zh="某省")
    doc.lines = list(structure_lines(norm.text, 0, len(norm.text)))
    found = {(v.value, v.kind, v.year) for v in extract_values(doc, norm).values}
    assert (100.0, "target", 2014) in found and (300.0, "target", 2016) in found


def test_a_horizon_stated_after_a_past_plan_turns_the_paragraph_to_its_targets():
    """heldout43 n02: "…总结了“十一五”时期…成绩,提出了“十二五”…总体目标:到2015年,…建成教育强市。学前三年教育毛入园率
    达98%以上": the review of 十一五 no longer dates the sentences after the horizon."""
    text = ("《某市教育事业发展“十二五”专项规划》总结了“十一五”时期教育事业发展成绩,提出了“十二五”教育发展的总体目标:"
            "到2015年,教育普及水平位居全省前列,建成教育强市。学前三年教育毛入园率达98%以上,高等教育毛入学率达50%。")
    result, _ = extract(text, doc_type="five_year_plan", period=(2011, 2015), issued="2015-10-22")
    found = {(v.value, v.kind, v.year) for v in result.values}
    assert {(98.0, "target", 2015), (50.0, "target", 2015)} <= found


def test_a_plan_span_to_come_with_a_commitment_turns_the_paragraph_from_its_past_year():
    """heldout234 n02, news of a 2021 work conference: "2020年我省交通建设投资…达1048亿元。“十四五”期间,我省将实施…行动,
    即建设高速公路超1000公里;实现集装箱年吞吐量突破2000万标箱": the pieces after the commitment are no 2020 results.
    A plan named before a past amount (heldout168 n09: "落实“十四五”规划中央投资44.38亿元,…投资计划任务") turns nothing."""
    text = ("记者从2021年全省交通运输工作会议上获悉,2020年我省交通建设投资首次破千亿,达1048亿元,同比增长13.9%。"
            "“十四五”期间,我省将实施“一二三四五”行动,即建设高速公路超1000公里;实现集装箱年吞吐量突破2000万标箱;"
            "新改建普通国省干线3000公里。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-01-14")
    assert [(v.value, v.kind, v.year) for v in result.values if v.value in (2000, 3000)] == [
        (2000, "target", 2025), (3000, "target", 2025)]
    text = ("2022年,西藏共落实农牧业项目和支农资金83.02亿元。落实“十四五”规划中央投资44.38亿元,投资到位率67%,"
            "在2年内提前落实了前3年的投资计划任务。同时,累计建设高标准农田396万亩。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2023-01-14")
    assert [(v.value, v.kind) for v in result.values if v.value == 396] == [(396, "actual")]


def test_a_vision_year_names_a_plan_and_a_horizon_before_the_level_of_a_growth():
    """heldout43 n07/n08: 《…第十四个五年规划和二〇三五年远景目标纲要》 does not date the 十四五 targets to 2035;
    "年均增长8.5%左右,到2020年将达到2.6万亿元" is the level of the indicator whose growth was just given."""
    result, _ = extract("《某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》提出“十四五”经济发展目标是,"
                        "地区生产总值年均增长达到6.5%。", doc_type="other", period=(None, None), issued="2021-03-01")
    assert [(v.value, v.year) for v in result.values] == [(6.5, 2025)]
    result, _ = extract("“十三五”期间,全省地区生产总值年均增长8.5%左右,到2020年将达到2.6万亿元。",
                        doc_type="five_year_plan", period=(2016, 2020), issued="2016-02-19")
    found = {v.value: (v.kind, v.year, v.indicator_zh) for v in result.values}
    assert found[2.6] == ("target", 2020, found[8.5][2])


def test_a_base_year_after_bi_does_not_make_a_target_a_past_result():
    """heldout43 n06: "到2020年,…单位国内生产总值能耗比2015年下降10%": 2015 is the base of the change, not the year
    the value speaks of; "相较2017年…增长9.5%" (heldout26 n05) still speaks of 2017."""
    result, _ = extract("到2020年,全省单位国内生产总值能耗比2015年下降10%。", doc_type="other", period=(None, None),
                        issued="2018-01-10")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(10.0, "target", 2020)]


def test_counts_of_a_plans_indicators_by_kind_are_no_values():
    result, _ = extract("《纲要》提出了23个主要指标,其中预期性指标11个,约束性指标12个。到2015年全省地区生产总值可达到2.9万亿元。",
                        doc_type="other", period=(None, None), issued="2013-11-28")
    assert [v.value for v in result.values] == [2.9]


def test_the_end_of_a_past_plan_named_in_a_plan_is_its_starting_state_not_a_target():
    """heldout47 n09: a 十四五 plan's "到“十三五”末,…普惠性幼儿园覆盖率达到84.7%" is the state it starts from (2020), and
    its "到2025年,…达到96%" its target."""
    text = ("《规划》提到,到“十三五”末,普惠性幼儿园覆盖率达到84.7%,九年义务教育巩固率达到95.2%。"
            "到2025年,九年义务教育巩固率达到96%。")
    result, _ = extract(text, doc_type="five_year_plan", period=(2021, 2025), issued="2022-01-11")
    found = {(v.value, v.kind, v.year) for v in result.values}
    assert found == {(84.7, "actual", 2020), (95.2, "actual", 2020), (96.0, "target", 2025)}


def test_a_page_whose_cued_values_are_all_targets_makes_its_uncued_values_targets():
    """A news page of no known type whose cued values are all commitments (将, 到…年, 力争) speaks of what is to
    come (heldout58 n07, heldout31 n09): its values with no cue of their own are targets (the page read
    again, so they take the targets' years); a value whose own clause says it was reached (增加了) stays a result."""
    text = ("某县教育项目建设全面推进\n某县将新建幼儿园12所。到2026年新增学位3000个,力争普惠率达到90%以上。\n"
            "项目总投资2.5亿元,惠及120个村。\n全县学位增加了800个。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-03-02")
    kinds = {v.value: (v.kind, v.kind_basis) for v in result.values}
    assert kinds[2.5] == ("target", "no cue, on a page whose cued values are all targets")
    assert kinds[120.0][0] == "target"
    assert kinds[800.0][0] == "actual"
    # undated, it names one horizon (到2026年): its targets take that year; naming two, they could take none
    undated, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert {v.value: (v.kind, v.year) for v in undated.values}[120.0] == ("target", 2026)
    two_horizons = text.replace("力争普惠率", "到2030年力争普惠率")
    undated, _ = extract(two_horizons, doc_type="other", period=(None, None), issued="")
    assert {v.value: v.kind for v in undated.values}[120.0] == "actual"


def test_a_page_that_states_a_result_by_a_cue_keeps_its_uncued_values_results():
    """One result stated by its own cue (截至去年底, 已) is enough: the page reports what was done, and its values
    with no cue stay results, as on any page of no known type."""
    text = ("某县教育项目建设全面推进\n某县将新建幼儿园12所。到2026年新增学位3000个,力争普惠率达到90%以上。\n"
            "截至去年底,已建成幼儿园30所。\n项目总投资2.5亿元,惠及120个村。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-03-02")
    kinds = {v.value: (v.kind, v.kind_basis) for v in result.values}
    assert kinds[120.0] == ("actual", "no cue, in a document of no known type")


def test_a_time_phrase_before_the_comma_makes_the_clause_after_it_a_result():
    """"去年,全区学前教育三年毛入园率达85.6%" (heldout5 g14): the time phrase fronted before the comma is the
    clause's actual cue, though the clause itself holds none."""
    text = "某区教育发展\n去年,全区学前教育三年毛入园率达85.6%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-03-02")
    (v,) = result.values
    assert (v.kind, v.kind_basis) == ("actual", "actual cue 去年 leading the sentence")


def test_values_that_continue_a_cued_target_count_as_cued_for_the_page():
    """A county's tourism targets (heldout64 n07): two values follow 实现以下目标 and two more continue the
    paragraph's targets; all four are commitments, so the page's projects below, with no cue, are targets."""
    text = ("某县旅游工作\n实现以下目标:接待游客超100万人次、旅游收入5.2亿元。旅游业增加值占比达7.5%,从业人员占比达9%。\n"
            "推进重点项目\n推进36个涉旅工程项目,完成投资12亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-03-02")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[36.0], kinds[12.0]) == ("target", "target")


def test_a_prescribed_floor_or_ceiling_is_a_commitment_on_a_page_of_no_known_type():
    """A plan captured without its title (heldout62 n04): "就业率不低于95%" prescribes; 不低于, 不少于, 不超过 and
    不高于 are bound cues (codebook statement_cues) as 控制在 is, where the page's type says nothing."""
    text = "某市职业教育\n中职毕业生当年就业率不低于95%,班额不超过45人。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2008-03-02")
    assert [(v.value, v.kind) for v in result.values] == [(95.0, "target"), (45.0, "target")]


def test_an_undated_page_naming_one_five_year_plan_dates_its_targets_to_the_plan_end():
    """A plan's targets captured without title or date (heldout62 n04), a heading naming “十一五” below them: the
    targets are of 2010. A page naming two plans (a review of one, the targets of the next) dates nothing so."""
    text = "中职毕业生当年就业率不低于95%。\n三、“十一五”职业教育发展的主要任务\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    (v,) = result.values
    assert (v.kind, v.year, v.year_inferred) == ("target", 2010, True)
    two, _ = extract(text + "“十二五”时期继续推进。\n", doc_type="other", period=(None, None), issued="")
    assert two.values[0].year is None
    # a page that looks back on the plan (回望“十四五”, heldout424 n03: news of a city's work report of 2026) sets
    # the targets of the year after it
    text = "回望“十四五”,全市形成6个先进制造业集群。\n今年主要预期目标是:地区生产总值增长5%左右。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year) for v in result.values if v.value == 5.0] == [("target", 2026)]


def test_a_plans_amount_in_a_review_is_a_target():
    """A county's work summary (heldout56 n02): under a review heading, "年度计划为29个" and "计划总投资7976万元" state
    what was planned, targets; what was done (完成投资…) and a five-year plan's name (“十二五”规划22项主要指标) stay
    results, as does a programme's name (三年行动计划)."""
    text = ("一、2016年工作回顾\n公办幼儿园建设项目年度计划为29个,计划总投资7976万元,已完成投资6500万元。"
            "“十二五”规划22项主要指标20项提前完成。实施学前教育三年行动计划,新建幼儿园12所。\n")
    result, _ = extract(text, doc_type="work_summary", period=(None, None), issued="2017-01-10")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[29.0], kinds[7976.0]) == ("target", "target")
    assert (kinds[6500.0], kinds[20.0], kinds[12.0]) == ("actual", "actual", "actual")


def test_a_page_naming_one_horizon_dates_its_page_dated_targets_to_it():
    """Provincial news of a preschool plan (heldout62 n01): "每个县城区至少要办好3所" before "到2020年,…达到90%" on a
    page of 2016 is a target of 2020, the one horizon the page names; a target of 今年 keeps the page's year, and
    a page naming two horizons dates nothing so."""
    text = ("某省学前教育行动计划\n每个县城区至少要办好3所公办园,今年要新建幼儿园50所。\n"
            "到2020年,学前三年毛入园率达到90%左右。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2016-05-02")
    years = {v.value: v.year for v in result.values}
    assert (years[3.0], years[50.0], years[90.0]) == (2020, 2016, 2020)
    two, _ = extract(text + "到2035年,全面普及学前教育,毛入园率达到95%。\n", doc_type="other", period=(None, None),
                     issued="2016-05-02")
    assert {v.value: v.year for v in two.values}[3.0] == 2016


def test_the_first_months_of_this_year_report_results():
    """"今年前7个月,新疆接待游客7833.51万人次" (heldout64 n11): 前N个月 (or 1-N月) after 今年 reports what was done so
    far, as 上半年 and 前三季度 do (codebook completion_cue)."""
    for text in ("今年前7个月,全省接待游客7833.51万人次。", "今年1-8月,全县完成固定资产投资12亿元。"):
        result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-08-20")
        assert [(v.kind, v.year) for v in result.values] == [("actual", 2018)], text


def test_an_undated_review_of_a_plan_named_with_its_period_dates_its_results_to_the_period_end():
    """"《某省学前教育三年行动计划(2011-2013年)》实施三年来,新建幼儿园1300所" on an undated page (heldout66 n04):
    the results are those of the plan's period, dated to 2013, as an undated review of “十三五”期间 is to 2020."""
    result, _ = extract("《某省学前教育三年行动计划(2011-2013年)》实施三年来,新建幼儿园1300所。",
                        doc_type="other", period=(None, None), issued="")
    (v,) = result.values
    assert (v.kind, v.year, v.period_start, v.period_end) == ("actual", 2013, 2011, 2013)


def test_what_a_project_will_hold_once_built_is_a_target():
    """"建成后可容纳在校学生1.6万人以上" (heldout68 n06): 建成后 (codebook target_cue) looks past the building."""
    result, _ = extract("园区占地600亩,建成后可容纳在校学生1.6万人以上。", doc_type="other", period=(None, None),
                        issued="2016-06-08")
    assert [(v.value, v.kind) for v in result.values][-1] == (1.6, "target")


def test_a_projects_targets_take_the_year_it_starts_later_in_their_sentence():
    """A county's three new schools (heldout68 n05): "…计划投资1700万元,规划2015年开工建设。…规划开设30个教学班,
    …投资1600万元,规划2017年开工建设。": each school's figures are of the year its own sentence names after them."""
    text = ("东部新建小学规划开设36个教学班,计划投资1700万元,规划2015年开工建设。"
            "东南部新建小学规划开设30个教学班,投资1600万元,规划2017年开工建设。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (36.0, "target", 2015), (1700.0, "target", 2015), (30.0, "target", 2017), (1600.0, "target", 2017)]
    dated, _ = extract("县城东部小学计划投资1600万元,规划2017年开工建设。\n", doc_type="other",
                       period=(None, None), issued="2016-03-01")  # over the page's own year (heldout26)
    assert [(v.value, v.year) for v in dated.values] == [(1600.0, 2017)]


def test_a_projects_year_later_in_its_sentence_comes_before_the_plans_horizon():
    """A district's school-building news (heldout402 n06, its stops written as ASCII points by a converter, which
    kept each school's headline off its paragraph): "2023年至2028年期间…将新增1.1万个学位" then, for each school,
    "拟增加1200个学位,计划2026年3月完工。": the school's figure is of the year its project is done, not the plan's last."""
    text = ("2023年至2028年期间,天涯区将完成13所学校新建、改扩建项目,未来将新增1.1万个学位。\n"
            "三亚市天涯中学项目位于天涯区西南侧。拟增加1200个学位,计划2026年3月完工。\n")
    result, _ = extract(text, doc_type="other", period=(2023, 2028), issued="2023-04-04")  # (the period it names)
    assert (1200.0, "target", 2026) in [(v.value, v.kind, v.year) for v in result.values]


def test_a_projects_year_in_a_later_clause_does_not_date_the_value_before_it():
    """"今年…新开工项目6个,加快…建设进度;204国道…,确保2018年建成通车" (heldout364 n12, news of a city's 2017 road
    work): the year after the semicolon is one project's, not that of the count of the year's new starts."""
    text = "今年,全市计划实施公路重点项目10个,新开工项目6个,加快高速建设进度;204国道年内完成路基工程,确保2018年建成通车。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-02-10")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(10.0, "target", 2017), (6.0, "target", 2017)]


def test_a_multiple_of_a_years_value_is_not_of_that_year():
    """A city's report on five years (heldout70 n08): "全市完成生产总值338亿元,为2006年的2.6倍,年均增长16.1%": 2006 is
    the base the multiple is of, as in 是2006年的; the values are of the year reviewed."""
    result, _ = extract("一、过去五年工作回顾\n2011年,全市完成生产总值338亿元,为2006年的2.6倍,年均增长16.1%。\n",
                        doc_type="work_report", period=(None, None), issued="2012-01-10")
    assert [(v.value, v.year) for v in result.values] == [(338.0, 2011), (2.6, 2011), (16.1, 2011)]


def test_a_years_level_after_a_growth_takes_the_growths_indicator():
    """A province's five-year review (heldout70 n11): "生产总值年均增长12%,2007年达到9145亿元,年增长14.4%": the
    level the year reached and its growth that year are the 生产总值's, though their clauses name nothing."""
    result, _ = extract("一、过去五年工作回顾\n生产总值年均增长12%,2007年达到9145亿元,年增长14.4%。\n",
                        doc_type="work_report", period=(None, None), issued="2008-01-20")
    assert [(v.indicator_zh, v.value, v.target_type) for v in result.values] == [
        ("生产总值", 12.0, "growth"), ("生产总值", 9145.0, "level"), ("生产总值", 14.4, "growth")]


def test_a_growth_over_n_years_after_an_amount_is_that_amounts():
    """"财政收入达到1350亿元,3年增长58.6%" (heldout13 p05): the growth over three years is the amount's, as
    "5年平均增长" is, and 3年 the span it is measured over (codebook structure_rules), no value."""
    result, _ = extract("过去三年工作回顾\n2024年,财政收入达到1350亿元,3年增长58.6%。\n", doc_type="work_report",
                        period=(None, None), issued="2025-01-20")
    assert [(v.indicator_zh, v.value, v.target_type) for v in result.values] == [
        ("财政收入", 1350.0, "level"), ("财政收入", 58.6, "growth")]  # 3年 is the span, no value


def test_a_list_that_goes_on_with_another_verb_keeps_its_names():
    """A county's work report (heldout62 n09): "城镇和农村居民人均可支配收入分别达到37462元和17597元、增长7%和10%":
    the growths pair with the same two names in order, not the second with the first growth."""
    result, _ = extract("一年来,城镇和农村居民人均可支配收入分别达到37462元和17597元、增长7%和10%。", doc_type="work_report",
                        period=(None, None), issued="2019-01-20")
    assert [(v.indicator_zh, v.value) for v in result.values][2:] == [("城镇居民人均可支配收入", 7.0),
                                                                       ("农村居民人均可支配收入", 10.0)]


def test_a_list_of_a_compound_name_that_goes_on_with_another_verb_keeps_its_parts():
    """The page's own wording (heldout62 n09): "城乡常住居民人均可支配收入分别达到37462元和17597元、增长7%和10%": 城乡 names
    the two parts the first pair took, and the growths that go on after 、 pair with them, not with what stands before
    the verb (the first pair's own values)."""
    result, _ = extract("一年来,城乡常住居民人均可支配收入分别达到37462元和17597元、增长7%和10%。", doc_type="work_report",
                        period=(None, None), issued="2019-01-20")
    assert [(v.indicator_zh, v.value) for v in result.values][2:] == [("城镇常住居民人均可支配收入", 7.0),
                                                                       ("农村常住居民人均可支配收入", 10.0)]


def test_an_undated_result_takes_the_year_its_sentence_names_after_it():
    """An undated page's five-year review (heldout70 n11): "生产总值年均增长12%,2007年达到9145亿元": the average
    growth is of the period that ends in the year named after it, 2007."""
    result, _ = extract("一、过去五年工作回顾\n生产总值年均增长12%,2007年达到9145亿元。\n", doc_type="other",
                        period=(None, None), issued="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(12.0, "actual", 2007), (9145.0, "actual", 2007)]


def test_the_end_of_a_span_of_years_is_no_horizon():
    """City news of 2023 (heldout70 n04): "2018到2022年4年间,全市建设公办幼儿园项目100个" reviews a span; its 到2022年
    is the span's end, not a horizon the values are to reach. "从今年到2013年,将…" still runs to 2013."""
    result, _ = extract("近年来,全市持续加大投入。2018到2022年4年间,全市建设公办幼儿园项目100个。\n",
                        doc_type="other", period=(None, None), issued="2023-08-30")
    assert [(v.value, v.kind) for v in result.values] == [(100.0, "actual")]
    result, _ = extract("从今年到2013年,将分批投入6300万元修建10个乡镇公办幼儿园。\n", doc_type="other",
                        period=(None, None), issued="2011-05-04")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(6300.0, "target", 2013), (10.0, "target", 2013)]


def test_a_work_plans_values_are_targets_and_its_line_numbers_no_values():
    """An education bureau's work plan (heldout70 n03): "职高毕业生技术等级考核合格率达到94%" with no cue is a target
    on a work plan as on any plan; "3)扩大…" opens a numbered line, its 3 no value."""
    result, _ = extract("3)扩大高中段优质教育资源,职高毕业生技术等级考核合格率达到94%。\n", doc_type="work_plan",
                        period=(None, None), issued="2018-02-01")
    assert [(v.value, v.kind) for v in result.values] == [(94.0, "target")]


def test_a_work_reports_values_before_its_first_commitment_are_its_review():
    """A county's work report captured from its start (heldout62 n10, n11): "全年完成地区生产总值78亿元" with no cue,
    before any line that commits (主要预期目标, 将, 力争), is the reviewed year's result; after such a line the
    report's default, a target, stands."""
    text = ("各位代表:\n全县上下团结奋进。全县完成地区生产总值78亿元,城镇新增就业3200人。\n"
            "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n城镇新增就业3500人。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2023-01-10")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[78.0], kinds[3200.0]) == ("actual", "actual")
    assert (kinds[6.0], kinds[3500.0]) == ("target", "target")


def test_targets_named_as_met_do_not_end_a_work_reports_review():
    """"省十一届人大一次会议确定的目标任务基本完成。" then "全省完成生产总值35696亿元" (heldout308 n04, a province's work
    report): 目标 here names last year's targets as met, so it is no first commitment and the values after it are still
    the review; "今年的主要目标是…" still commits."""
    text = ("2008年是很不平凡的一年。省人大会议确定的目标任务基本完成。\n全省完成生产总值35696亿元,人均生产总值达37588元。\n"
            "今年经济社会发展的主要目标是:生产总值增长8.5%。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2009-01-16")
    assert [(v.value, v.kind) for v in result.values] == [(35696.0, "actual"), (37588.0, "actual"), (8.5, "target")]


def test_a_change_from_a_plans_end_dates_no_paragraph():
    """"人均生产总值由“十五”末的2400美元提高到6000美元;地方财政收入达到2749.3亿元" (heldout310 n09, news of a five-year
    review): “十五”末 dates where the change starts, not the results after it, which stay of the year reviewed."""
    text = ("“十一五”时期山东的发展进程极不平凡。\n这是经济综合实力显著增强的五年。全省生产总值去年达到39416.2亿元,"
            "人均生产总值由“十五”末的2400美元提高到6000美元;地方财政收入达到2749.3亿元,年均增长20.7%。\n")
    result, _ = extract("2011年山东省政府工作报告\n" + text, doc_type="work_report", period=(None, None), issued=None,
                        title="2011年山东省政府工作报告")
    assert [(v.value, v.year) for v in result.values if v.value in (2749.3, 20.7)] == [(2749.3, 2010), (20.7, 2010)]


def test_a_bound_cue_after_a_paragraphs_results_does_not_end_a_work_reports_review():
    """A city's work-report digest (heldout180 n02): "…农村常住居民人均可支配收入11627元,增长9.3%。城镇新增就业9334人,
    城镇调查失业率控制在3.18%" - a bound cue after the paragraph's results is one more result, so the review goes on;
    a bound cue opening a paragraph, or a target cue after results (力争…), still commits."""
    review = "2019年,全市经济平稳。全市地区生产总值增长7%,农村居民人均可支配收入增长9.3%。城镇新增就业9334人,失业率控制在3.18%。\n"
    for issued in ("2020-02-10", None):  # (an undated digest: no past year to date the bound's paragraph)
        result, _ = extract(review + "快递业务量增长44.7%。\n", doc_type="work_report", period=(None, None),
                            issued=issued)
        assert {v.value: v.kind for v in result.values} == {7.0: "actual", 9.3: "actual", 9334.0: "actual",
                                                            3.18: "actual", 44.7: "actual"}
    for commitment in ("城镇调查失业率控制在5.5%以内。", "全市增长9%。工业力争增长8%。"):
        result, _ = extract("2019年,全市经济平稳。\n" + commitment + "\n快递业务量增长44.7%。\n", doc_type="work_report",
                            period=(None, None), issued="2020-02-10")
        assert {v.value: v.kind for v in result.values}[44.7] == "target"


def test_a_year_on_year_rate_in_a_sentence_led_by_a_commitment_is_aimed_at():
    """A district's year plan in news (heldout174 n01): "今年,兴庆区将…,确保固定资产投资达到120亿元以上,上争资金同比
    增长20%以上" - 同比, a weak result word, does not turn a rate the sentence commits to into a result; after a
    result word that follows the commitment (初步统计,…完成…, heldout44 n09) 同比 still reports."""
    result, _ = extract("今年,兴庆区将加大投资力度,确保固定资产投资达到120亿元以上,上争资金同比增长20%以上。\n",
                        doc_type="other", period=(None, None), issued="2025-01-10")
    assert {v.value: v.kind for v in result.values} == {120.0: "target", 20.0: "target"}
    result, _ = extract("今年上半年,全省紧紧围绕“一年有新进展”的目标,全面落实“四项任务”,初步统计,全省完成GDP4408.1亿元,"
                        "增长13.7%,同比高0.4个百分点。\n", doc_type="plan_report", period=(None, None), issued="2007-07-20")
    assert {v.value: v.kind for v in result.values}[0.4] == "actual"


def test_last_year_as_the_base_of_a_commitment_reports_nothing():
    """A city water bureau's tasks for 2010 (read heldout396 n01): in "今年本市将…,管网漏损率比去年降低1个百分点,
    供水行业服务达标合格率达到90%以上" 比去年 is the base the target is set against, not a result after the
    commitment that turns the values after it into results; 去年 opening a clause still reports one."""
    result, _ = extract("今年本市将新建和改造供水管网400公里,管网漏损率比去年降低1个百分点,供水行业服务达标合格率达到90%以上。\n",
                        doc_type="other", period=(None, None), issued="2010-03-01")
    assert {v.value: v.kind for v in result.values}[90.0] == "target"  # (the 1个百分点 of its own clause is left)
    result, _ = extract("今年本市将新建供水管网400公里;去年全市新建供水管网300公里。\n",
                        doc_type="other", period=(None, None), issued="2010-03-01")
    assert [v.kind for v in result.values] == ["target", "actual"]


def test_the_year_before_as_the_base_of_a_commitment_in_its_own_clause():
    """A province transport department's year targets (read heldout556 n04): in "今年…建设规模将达到109.4亿元,比上年
    增长73%" the growth over 上年 is of the target before it, so it is a target; 与上年持平 likewise."""
    result, _ = extract("今年江西省交通基础设施建设规模将达到109.4亿元,比上年增长73%,其中公路建设计划投资107.7亿元,"
                        "比上年增长74.8%。\n", doc_type="other", period=(None, None), issued="2002-01-24")
    assert {v.value: v.kind for v in result.values} == {109.4: "target", 73.0: "target", 107.7: "target",
                                                         74.8: "target"}
    result, _ = extract("今年全县将实现生产总值增长6%,固定资产投资与上年持平。\n",
                        doc_type="other", period=(None, None), issued="2024-02-01")
    assert [v.kind for v in result.values] == ["target", "target"]


def test_a_change_over_the_year_before_takes_the_kind_of_the_result_before_it():
    """A region's livelihood projects (read heldout362 n11): "…累计完成投资513亿元,为年计划的105.9%,比去年同期提高8.9个
    百分点" - the change over last year's same period is of the result before it, though 年计划 names a plan."""
    result, _ = extract("今年以来,截至11月底,全区重点民生项目累计完成投资513亿元,为年计划的105.9%,比去年同期提高8.9个百分点。\n",
                        doc_type="other", period=(None, None), issued="2021-12-28")
    assert {v.value: v.kind for v in result.values}[8.9] == "actual"


def test_this_year_after_last_year_in_a_sentence_dates_what_follows():
    """A governor's answers at a press conference of 2012-02-13 (read heldout386 n08): "去年全省实现了农村中小学校校有
    食堂,今年将在…65个县实现…" - the 今年 nearer the value dates it, not the 去年 of the clause before."""
    text = ("2012年2月13日,国务院新闻办公室举行新闻发布会。\n"
            "去年全省实现了农村中小学校校有食堂,今年将在三个集中连片特殊困难地区的65个县实现学生“人人吃午餐”。\n"
            "去年我们实施了“十大民生工程”,完成投资650亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(65.0, "target", 2012), (650.0, "actual", 2011)]


def test_a_whole_years_result_on_a_page_of_the_first_months_is_the_year_befores():
    """Radio news of a city's results in the week of the 两会 (read heldout382 n10, dated 2024-02-02): "全年地区生产总值
    预计完成1610亿元左右" is 2023's, not the 2024 its lead named last; a page of July reports its own year."""
    def years(dateline):
        text = (f"高质量发展看内蒙古|通辽破圈突围冲起来\n{dateline}新闻\n2024年内蒙古两会期间,央广网推出系列报道。\n"
                "央广网呼和浩特消息全年地区生产总值预计完成1610亿元左右,增长5.5%左右。\n")
        result, _ = extract(text, doc_type="other", period=(None, None), issued="")
        return [(v.value, v.kind, v.year) for v in result.values]
    assert years("2024-02-02") == [(1610.0, "actual", 2023), (5.5, "actual", 2023)]
    assert years("2024-07-02") == [(1610.0, "actual", 2024), (5.5, "actual", 2024)]


def test_a_headline_sprinting_for_the_years_targets_opens_no_section_of_them():
    """A provincial paper's news of the first eight months (read heldout394 n10): "奋力冲刺全年目标任务" in its headline
    is the goal the year's work pursues, as 围绕…目标 is; the figures reported under it are results, not targets."""
    result, _ = extract("跑出“加速度” 奋力冲刺全年目标任务\n9月15日,省统计局发布今年1—8月主要指标数据:规模以上工业增加值同比增长6.0%,"
                        "社会消费品零售总额同比增长4.4%。\n", doc_type="other", period=(None, None), issued="2024-09-19")
    assert {v.value: v.kind for v in result.values} == {6.0: "actual", 4.4: "actual"}


def test_a_plan_named_in_passing_sets_no_horizon():
    """A district's 2023 targets (devset d106, on one line as a scrape without line breaks gives it): "2023年,…主要
    预期目标是:锚定“十四五”期间县域经济冲十进百的目标,坚持稳中求进。力争固定资产投资增幅16%以上" names the plan in
    passing, so the value after it is of 2023; a plan's span that opens its clause ("“十四五”期间,全区新增学位5000个") still sets 2025."""
    result, _ = extract("2023年,全区主要预期目标是:锚定“十四五”期间县域经济冲十进百的目标,坚持稳中求进。力争固定资产投资增幅16%以上。"
                        "“十四五”期间,全区新增学位5000个。\n", doc_type="work_report", period=(None, None),
                        issued="2023-01-10")
    assert [(v.value, v.year) for v in result.values] == [(16.0, 2023), (5000.0, 2025)]


def test_a_target_cue_deep_in_a_work_reports_sentence_with_no_value_after_it_commits_to_nothing():
    """A news page of a work report (heldout64 n06): "…这五年,第三产业提速发力,未来五年,该县还将大力发展旅游业" previews;
    the review's values after it stay results. A cue that governs a value (力争GDP突破一万亿元, heldout24 n07) commits."""
    lead = ("荆楚网讯11月6日,阳新县第十九届人民代表大会第一次会议上,代县长作政府工作报告,这五年,第三产业提速发力,"
            "未来五年,该县还将{}。\n报告指出,新增国家3A级旅游景区6家,总数达到8家。\n")
    result, _ = extract(lead.format("大力发展旅游业"), doc_type="work_report", period=(None, None), issued="2021-11-06")
    assert {v.value: v.kind for v in result.values if v.value in (6.0, 8.0)} == {6.0: "actual", 8.0: "actual"}
    result, _ = extract(lead.format("力争旅游收入突破一百亿元"), doc_type="work_report", period=(None, None),
                        issued="2021-11-06")
    assert {v.value: v.kind for v in result.values if v.value in (6.0, 8.0)} == {6.0: "target", 8.0: "target"}


def test_a_share_of_the_years_plan_achieved_is_a_result_whatever_measure_the_plan_names():
    """A district's plan report (heldout77 n06, n07): "占年计划的104.7%" after what was done is the share achieved, not
    a plan's amount; "完成全年总量目标的107%" and "高于全年增速目标7.5个百分点" measure the year against its targets."""
    for heading, doc_type in (("一、2021年工作回顾", "work_report"), ("一、2021年计划执行情况", "annual_plan")):
        text = (f"{heading}\n9个重点在建项目累计完成投资37.69亿元,占年计划的104.7%。"
                "地区生产总值完成全年总量目标的107%,同比增长15%,高于全年增速目标7.5个百分点。\n")
        result, _ = extract(text, doc_type=doc_type, period=(None, None), issued="2022-01-10")
        kinds = {v.value: v.kind for v in result.values}
        assert (kinds[104.7], kinds[107.0], kinds[7.5]) == ("actual", "actual", "actual"), doc_type


def test_last_year_that_starts_a_span_does_not_date_the_results_counted_to_now():
    """Xinhua on a province's drive (heldout78 n12): "从去年下半年以来…,截至目前,劝返辍学学生16058名" counts from last
    year to now: the results are of the page's year, not last year's."""
    text = "云南省从去年下半年以来开展控辍保学专项行动,截至目前,劝返辍学学生16058名,劝返率达97.10%。\n"
    result, _ = extract(text, doc_type="news", period=(None, None), issued="2020-06-12")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(16058.0, "actual", 2020), (97.1, "actual", 2020)]


def test_a_sentence_opening_on_a_year_ends_the_horizon_named_earlier_in_its_paragraph():
    """A county's three-year action plan with its line breaks lost (devset d201 run together): "到2025年,…力争达8%以上。
    2022年,新改扩建公办幼儿园7所,…比例力争达7%。" — the 7% is 2022's, not the horizon's."""
    text = ("总体目标到2025年,县财政性学前教育经费占财政性教育经费比例力争达8%以上。年度目标2022年,新改扩建公办幼儿园7所。"
            "县财政性学前教育经费占同级财政性教育经费比例力争达7%。2023年,新改扩建公办幼儿园7所。"
            "县财政性学前教育经费占同级财政性教育经费比例力争达7%。\n")
    result, _ = extract(text, doc_type="action_plan", period=(2022, 2025), issued="2022-09-07")
    assert [(v.value, v.year) for v in result.values] == [(8.0, 2025), (7.0, 2022), (7.0, 2022), (7.0, 2023),
                                                          (7.0, 2023)]
    # a deadline leading a sentence ("2024年底前,…") goes on setting targets, whatever the page's type
    text = "到2023年底前,全市中小学校心理咨询室覆盖率达100%;2024年底前,全市中小学校标准化心理咨询室建设达90%。\n"
    result, _ = extract(text, doc_type="news", period=(None, None), issued="2022-09-07")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(100.0, "target", 2023), (90.0, "target", 2024)]


def test_a_target_section_opened_mid_paragraph_turns_it_from_the_past_year_it_spoke_of():
    """News of a district's work report with its line breaks lost (heldout36 n05 run together): "2019年前三季度,…同比
    增长6%。报告确定了我区今年主要预期目标是:地区生产总值增长6.5%左右;一般公共预算收入增长6.5%左右;…" — every
    target after the cue is this year's, not 2019's results."""
    text = ("2019年前三季度,全区实现地区生产总值152.5亿元,同比增长6%。报告确定了我区今年主要预期目标是:"
            "地区生产总值增长6.5%左右;一般公共预算收入增长6.5%左右;规上工业增加值增长4%左右。\n")
    result, _ = extract(text, doc_type="news", period=(None, None), issued="2020-01-15")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (152.5, "actual", 2019), (6.0, "actual", 2019), (6.5, "target", 2020), (6.5, "target", 2020),
        (4.0, "target", 2020)]


def test_a_paragraph_that_goes_on_from_one_of_targets_states_targets():
    """News of a region's education plans for the year (heldout79 n02): "今年新疆将…新增不少于10%的基础教育优质学校。"
    then a paragraph "同时,…实施1.7万间教室照明改造工程,落实中小学生课间15分钟" that goes on from it: its values are
    targets too; a paragraph that does not open so keeps the page's default."""
    first = "今年新疆将新建公办幼儿园50所,新增不少于10%的基础教育优质学校。\n"
    for opening, kind in (("同时,", "target"), ("", "actual")):
        text = first + opening + "树牢健康第一理念,实施1.7万间教室照明改造工程。\n"
        result, _ = extract(text, doc_type="news", period=(None, None), issued="2025-01-22")
        assert [(v.value, v.kind) for v in result.values][-1] == (1.7, kind), opening
    # the values after the first of such a paragraph go on its targets; a paragraph "具体来看," details the targets of
    # a year to come before it (press news of a province's industry plan, heldout980 n01)
    text = ("到2020年,河北规模以上工业增加值达到1.7万亿元,技改投资占工业投资比重达到60%以上。\n"
            "具体来看,质量效益方面,工业增加值率比2015年提高2个百分点,制造业质量竞争力指数达到82.5。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2016-11-15")
    assert [(v.value, v.kind, v.year) for v in result.values][2:] == [(2.0, "target", 2020), (82.5, "target", 2020)]


def test_a_report_that_the_years_projects_were_done_gives_results_and_the_targets_they_beat(tmp_path):
    """A city paper's January report on last year's livelihood projects (heldout80 n01): "2018年10个民生实事项目全面
    落实" heads no target section (the projects are done) and dates the results; "全年新(改)扩建幼儿园48所,超额完成
    40所的年度目标任务": 48 is a result, 40 the year's target it beat, both of 2018."""
    (tmp_path / "p.txt").write_text(
        "2019年01月12日 星期六\n\n2018年10个民生实事项目全面落实\n\n"
        "本报讯 据市政府通报,2018年10个民生实事项目全面落实。\n\n"
        "学前教育扩容提质工程。全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务;"
        "增加入学名额1.25万个,超额完成1万个的年度目标任务。\n", encoding="utf-8")
    rows = extract_tables(tmp_path).tables["targets"]
    got = {(r["value"], r["kind"], r["year"]) for r in rows.to_dict("records")}
    assert {(48.0, "actual", 2018), (40.0, "target", 2018), (1.25, "actual", 2018), (1.0, "target", 2018)} <= got


def test_an_undated_pages_target_of_no_year_takes_the_last_year_the_text_named(tmp_path):
    """A digest of a province's work report with no date anywhere (heldout80 n03): "2021年湖南 / 立flag! / 主要预期目标 /
    地区生产总值增长7%以上": the targets are of the year the text last named, as its results are."""
    (tmp_path / "p.txt").write_text(
        "湖南省政府工作报告\n\n2020年湖南\n\n交答卷!\n\n地区生产总值增长3.8%,总量突破4万亿元\n\n"
        "2021年湖南\n\n立flag!\n\n主要预期目标\n\n地区生产总值增长7%以上\n\n城镇新增就业70万人\n", encoding="utf-8")
    rows = extract_tables(tmp_path).tables["targets"]
    got = {(r["value"], r["kind"], r["year"]) for r in rows.to_dict("records")}
    assert {(3.8, "actual", 2020), (7.0, "target", 2021), (70.0, "target", 2021)} <= got


def test_an_undated_pages_target_of_this_year_takes_the_year_it_names_most_not_the_last_named():
    """A county's news of its rural works with no date (heldout184 n07): "2014年、2015年,该县共完成…132个" then
    "今年…实施村279个" - 今年 is not the last year the text named (2015) but the page's own, the year it names most."""
    text = ("原标题:某县工程今年惠及11万人\n4月11日,在某县2016年农村工程集中开工仪式现场,村民笑容满面。\n"
            "据了解,该县拟在3年内完成649个村。2014年、2015年,该县共完成建设132个实施村。\n"
            "今年工程实施村279个,2016年工程总投资保持增长。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    kinds = {v.value: (v.kind, v.year) for v in result.values}
    assert kinds[279.0] == ("target", 2016)
    assert kinds[132.0] == ("actual", 2015)  # a sentence opening on past years does not go on with 拟's targets


def test_an_undated_pages_target_of_next_year_is_the_year_after_the_one_it_names_most(tmp_path):
    """News of a district's congress dated only "12月22日讯" (heldout213 n12): "明年仓山区将…实施为民办实事项目25项" on a
    page that names 2021年 is of 2022, the year after the page's own; a "分享" link alone on its line is no title."""
    tables = _tables_of_a_page(tmp_path,
        "您现在的位置:海峡网>新闻中心>福州新闻\n分享\n福州新闻网12月22日讯 20日上午,仓山区第十八届人民代表大会第一次会议开幕。"
        "记者从会上获悉,明年仓山区将加大民生投入,实施为民办实事项目25项,新办7所公办幼儿园。\n"
        "将人均体育场地面积从2021年2平方米提升至2.3平方米。\n")
    got = {(r["value"], r["kind"], r["year"]) for r in tables["targets"].to_dict("records")}
    assert {(25.0, "target", 2022), (7.0, "target", 2022)} <= got
    assert tables["documents"]["title"].iloc[0] != "分享"


def _tables_of_a_page(tmp_path, text: str) -> dict:
    """The tables the pipeline makes of one page of ``text``."""
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    return extract_tables(tmp_path).tables


def test_the_targets_a_paragraph_goes_on_to_after_mingnian_are_of_that_year(tmp_path):
    """"明年计划…启动实施…等9个“城市更新+”项目。加快推进高湖旧改等62个、占地1.46万亩…" (heldout213 n12): the values
    of the paragraph that 明年 opens are of the year 明年 names, as the one it cues is; a value stated with its own
    year keeps it."""
    targets = _tables_of_a_page(tmp_path,
        "福州新闻网12月22日讯 20日上午,仓山区第十八届人民代表大会第一次会议开幕。\n"
        "将人均体育场地面积从2021年2平方米提升至2.3平方米。\n"
        "仓山区还将持续提升城区品质,明年计划围绕科创街区等重点区域启动实施螺洲片区等9个“城市更新+”项目。"
        "加快推进高湖旧改等62个、占地1.46万亩项目的征地拆迁。\n")["targets"]
    assert targets[["value", "kind", "year"]].values.tolist() == [
        [2.0, "baseline", 2021], [2.3, "target", 2021], [9.0, "target", 2022], [62.0, "target", 2022],
        [1.46, "target", 2022]]


def test_what_is_done_to_the_things_counted_after_dui_names_the_count():
    """"对18个老旧小区进行综合改造" in news of a city's livelihood projects (heldout213 n08), "对350户…家庭进行适老化改造"
    (heldout157 n04): with only 对 before the number, the things counted and the work done to them (after 进行, 开展,
    实施) name it; not a count of a list's own tasks ("对185项政府重点工作进行了责任分解", heldout40 n07)."""
    result, _ = extract("2024年将对18个老旧小区进行综合改造,拟对73处道路安全隐患路段进行整治。"
                        "对185项政府重点工作进行了责任分解。\n", doc_type="other", period=(None, None), issued="2024-02-01")
    assert [(v.indicator_zh, v.value, v.kind) for v in result.values] == [
        ("老旧小区综合改造", 18.0, "target"), ("道路安全隐患路段整治", 73.0, "target")]


def test_a_share_of_the_years_investment_achieved_is_a_result():
    """Progress of a city's livelihood projects (heldout81 n10): "已完成投资11.54亿元,完成年度总投资的88.76%" under the
    projects' heading: the share of the year's planned investment achieved is a result, not a target."""
    text = "2025年省政府民生实事\n已完成投资11.54亿元,完成年度总投资的88.76%。\n"
    result, _ = extract(text, doc_type="project_list", period=(None, None), issued="2025-10-20")
    assert {v.value: v.kind for v in result.values}[88.76] == "actual"


def test_a_periodicals_serial_numbers_are_no_values():
    """A journal's masthead over a reposted news item (heldout84 n02): ISSN 1006-2203 and CN 11-3564/F are its
    serial numbers, structure, not ranges of values."""
    text = "国际标准刊号:ISSN 1006-2203\n国内统一刊号:CN 11-3564/F\n新学期开学,广西又有208所新建学校投入使用。\n"
    result, _ = extract(text, doc_type="news", period=(None, None), issued="2019-09-02")
    assert [v.value for v in result.values] == [208.0]


def test_results_counted_since_a_plan_period_began_are_of_the_pages_date():
    """A county bureau's page of 2021 (heldout84 n05): "“十三五”以来累计投入资金9800万元" counts to now, so it is
    2021's figure, not the plan period's last year."""
    text = "“十三五”以来累计投入资金9800万元,新建标准化幼儿园10所。\n"
    result, _ = extract(text, doc_type="news", period=(None, None), issued="2021-08-05")
    assert [(v.value, v.kind, v.year) for v in result.values][0] == (9800.0, "actual", 2021)


def test_a_sentence_opening_on_a_past_time_states_results_on_a_page_of_commitments():
    """A 2022 page on a 2021-2025 plan (heldout256 n03) whose cued values are all targets opens its preamble on the
    past plan period ("“十三五”时期,我市…达到52.3%"), and a page of 2016 (heldout124 n08) states a 2015 result ("2015年,…
    建成…1015所"): what a sentence framed in a time over by the page's year states is of that time, a result; one
    that names a later year before its value ("2020年,…明确2020-2025年全市新增…") is still the page's commitment."""
    text = ("沈阳全民健身实施计划来啦\n“十三五”时期,我市深入实施全民健身战略,经常参加体育锻炼人数比例达到52.3%。\n"
            "到2025年,我市将使经常参加体育锻炼人数比例达到55.8%,县级全民健身中心覆盖率达到98%。力争建成健身步道200公里。计划新建体育公园12个。\n"
            "全市建设社区健身中心60个。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-03-23")
    kinds = {v.value: v.kind for v in result.values}
    assert kinds[52.3] == "actual"
    assert (kinds[55.8], kinds[60.0]) == ("target", "target")
    later = text.replace("全市建设社区健身中心60个。", "2020年,我市印发实施意见,明确2020-2025年全市新增健身场地120万平方米。")
    result, _ = extract(later, doc_type="other", period=(None, None), issued="2022-03-23")
    assert {v.value: v.kind for v in result.values}[120.0] == "target"


def test_this_year_in_the_clauses_before_a_semicolon_dates_the_targets_after_it():
    """A dated news page naming one horizon (heldout192 n01: "到2025年,…" then "据悉,今年内将完成…农村公路安防工程核查;
    实现…,新建6个“司机之家”,新增ETC用户70万;"): the targets after a semicolon are of the year the clauses before it
    name (今年), not of the page's horizon."""
    text = ("陕西交通十四五规划发布\n据介绍,到2025年,高速公路通车总里程达到7000公里以上,省际出口数量增至29个。\n"
            "据悉,今年内将完成全省约13.5万公里农村公路安防工程核查;实现约车服务电话全覆盖,新建6个“司机之家”,"
            "新增ETC用户70万;实现驾驶员高频服务事项跨省通办。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-08-29")
    years = {v.value: (v.kind, v.year) for v in result.values}
    assert years[7000.0] == ("target", 2025)
    assert years[13.5] == years[6.0] == years[70.0] == ("target", 2021)


def test_a_list_of_targets_by_year_columns_reads_its_first_year_as_the_base_and_bounds_as_targets():
    """A county's list of 2025 (heldout258 n03) of an action plan's targets, columns 2022年 / 2025年 / 2027年: the first
    year, before the list's and before a later column, is where the targets start from (a baseline, of the year its
    cell's note gives: 78.2(2021年)); a bound (≥79.2) in the column of the list's own year is a target, as the later
    column's values are."""
    head = ["序号", "指标名称", "单位", "2022年", "2025年", "2027年", "牵头单位", "责任单位"]
    rows = [["1", "人均预期寿命", "岁", "78.2(2021年)", "≥79.2", "≥80", "县卫健局", "县文旅广体局、县烟草局,各乡镇人民政府"],
            ["2", "居民健康素养水平", "%", "21.6", "≥31.5", "≥33", "县卫健局", "县疾控中心,各乡镇人民政府"]]
    text = "主要目标责任清单\n" + "".join(f"{cell} |\n" for row in [head, *rows] for cell in row)
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-04-25")
    found = {v.value: (v.kind, v.year, v.comparator) for v in result.values}
    assert found == {78.2: ("baseline", 2021, "="), 79.2: ("target", 2025, ">="), 80.0: ("target", 2027, ">="),
                     21.6: ("baseline", 2022, "="), 31.5: ("target", 2025, ">="), 33.0: ("target", 2027, ">=")}


def test_targets_set_for_a_span_of_years_are_of_its_last_year():
    """News of a province's three-year regional plan, dated 2022 (heldout264 n10): "…确定了各区域三年发展目标:…比重力争达到
    30%" sets targets for the three years from the page's own, 2022-2024; a year written in full before 目标 ("2021年
    目标") is no span."""
    text = ("辽宁出台区域协调发展三年行动方案\n2022年2月24日\n“三年行动方案”确定了各区域三年发展目标:"
            "制造业增加值占地区生产总值比重力争达到30%,沈阳市地区生产总值力争达到1万亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-02-24")
    assert {(v.value, v.kind, v.year) for v in result.values} == {(30.0, "target", 2024), (1.0, "target", 2024)}
    plain = text.replace("各区域三年发展目标", "2022年目标")
    result, _ = extract(plain, doc_type="other", period=(None, None), issued="2022-02-24")
    assert {v.year for v in result.values} == {2022}


def test_a_reports_tasks_under_dashes_hold_targets_without_their_chapter():
    """A district work report's tasks for its new term captured without their chapter (heldout264 n08), each paragraph
    titled after a dash by a task ("——扎实推进城市更新行动。突出规划引领、建管并重。连片开发20个棚户区…"): its values
    are targets; a paragraph titled by a state reached ("——经济实力显著增强。…") is not."""
    text = ("——扎实推进城市更新行动。突出规划引领、建管并重。连片开发20个棚户区、改造10个以上老旧小区。\n"
            "——经济实力显著增强。地区生产总值达到380亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-01-10")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[20.0], kinds[10.0]) == ("target", "target")
    assert kinds[380.0] == "actual"


def test_an_execution_reports_line_of_a_target_then_its_estimate_holds_both():
    """A district's report on its 2024 plan and 2025 draft (heldout262 n02): each line of the execution part states
    the year's target, a colon, then what the year is estimated to come to ("——地区生产总值预期目标增长6.5%左右:预计全年
    地区生产总值完成2020亿元"): the estimate is a result, the target before it a target; a target section that opens
    on the year ("2025年…主要预期目标是:预计地区生产总值同比增长5.5%左右") holds targets."""
    text = ("一、2024年国民经济和社会发展计划执行情况\n"
            "——地区生产总值预期目标增长6.5%左右:预计全年地区生产总值完成2020亿元。\n"
            "——计划实施重大项目220项:预计全年实施重大项目255项,实现投资387亿元以上。\n"
            "二、2025年国民经济和社会发展计划草案\n"
            "2025年全区经济社会发展的主要预期目标是:预计地区生产总值同比增长5.5%左右,固定资产投资同比增长6%。\n")
    result, _ = extract(text, doc_type="plan_report", period=(2025, 2025), issued="2024-12-27",
                        title="关于2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[6.5], kinds[220.0]) == ("target", "target")
    assert (kinds[2020.0], kinds[255.0], kinds[387.0]) == ("actual", "actual", "actual")
    assert (kinds[5.5], kinds[6.0]) == ("target", "target")


def test_what_the_plan_just_named_proposes_is_a_target():
    """News of a province's three-year plan issued (heldout268 n05: "…印发《…三年行动计划(2025—2027年)》。其中提出,2025年,
    …建设20个左右完整社区"): what the plan just named proposes is to be reached, on a page that states no other cue."""
    text = ("人民财讯6月11日电,河南省人民政府办公厅印发《河南省城市更新三年行动计划(2025—2027年)》。其中提出,2025年,"
            "三市建设20个左右完整社区,其他城市分别建设2个完整社区。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert {v.value: v.kind for v in result.values} == {20.0: "target", 2.0: "target"}


def test_a_paragraph_on_a_year_inside_a_plans_period_dates_its_targets_to_that_year():
    """A three-year plan for 2025-2027 as news (heldout268 n05): "2025年,三市建设20个左右完整社区;全省开工改造城镇老旧小区
    1459个,…" speaks of 2025 for each clause after the semicolon too, a milestone of the plan; "到2027年,…" its end."""
    text = ("人民财讯6月11日电,河南省人民政府办公厅印发《河南省城市更新三年行动计划(2025—2027年)》。其中提出,2025年,"
            "三市建设20个左右完整社区;全省开工改造城镇老旧小区1459个,新增污水处理能力30万吨/日。"
            "到2027年,一半以上社区建成完整社区。\n")
    result, _ = extract(text, doc_type="other", period=(2025, 2027), issued="")
    years = {v.value: (v.kind, v.year) for v in result.values if v.kind == "target"}
    assert years[20.0] == years[1459.0] == years[30.0] == ("target", 2025)


def test_the_months_so_far_leading_a_sentence_report_progress_in_a_target_section():
    """A city's progress news on its year's livelihood projects (heldout254 n04): "…“十件民生实事”…涉及年度投资目标6.28亿元。
    1—10月,完成投资5.8亿元,占年度投资目标92.40%": the sentence the months so far lead reports progress, though the
    projects' cue opened a target section; one that commits after them ("上半年,力争完成…") still commits."""
    text = ("2024年市级“十件民生实事”覆盖就业、教育等10个方面,涉及年度投资目标6.28亿元。1—10月,完成投资5.8亿元,"
            "占年度投资目标92.40%。上半年,力争完成投资3亿元。\n")
    result, _ = extract(text, doc_type="project_report", period=(None, None), issued="2024-11-21")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[6.28], kinds[5.8], kinds[3.0]) == ("target", "actual", "target")


def test_the_lead_of_the_clauses_before_a_semicolon_decides_a_weak_result_cue():
    """News of a province's tourism targets (heldout256 n04): "2017年,吉林省旅发委的发展目标为全省接待游客达到1.9亿人次,
    同比增长15%以上;旅游总收入达到3477亿元,同比增长20%以上": 同比 after the semicolon is no result either, the lead
    of the clauses before it (…的发展目标为…) commits each."""
    text = ("2017年,吉林省旅发委的发展目标为全省接待游客达到1.9亿人次,同比增长15%以上,接近2亿关口;"
            "旅游总收入达到3477亿元,同比增长20%以上,跨上3000亿元台阶。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-06-14")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[15.0], kinds[3477.0], kinds[20.0]) == ("target", "target", "target")


def test_one_sentence_of_commitments_does_not_make_a_page_of_commitments():
    """A news item on a province's results (heldout111 n01) whose only commitment is one sentence over three values
    (there 每年, "自2018年起,…每年对500名…从教20年以上的优秀教师每人给予10万元奖励"; here 将), and a paragraph read as
    going on from it ("此外,…"), which commits nothing again: its results with no cue of their own stay results."""
    text = ("云南实现县域义务教育发展基本均衡\n云南省累计投入347.28亿元,竣工投入使用校舍1408.68万平方米。\n"
            "今年,云南将对500名乡村学校从教20年以上的优秀教师每人给予10万元奖励。\n"
            "此外,云南还投入学生资助资金82.78亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-04-01")
    kinds = {v.value: v.kind for v in result.values}
    assert kinds[500.0] == "target"
    assert (kinds[347.28], kinds[1408.68]) == ("actual", "actual")


def test_a_page_whose_sentences_open_on_tasks_is_a_plan_of_work():
    """A banner's work plan as news (heldout432 n03: "加快建设百万头肉牛产业基地。积极推进…,引进和建设3处标准化养殖
    小区…"): a dated page whose sentences open on a task's verb holds targets though no cue says so; a page that says
    what was done (了), or whose task verbs only open clauses after semicolons (a review's "坚持…;坚持…"), does not."""
    text = ("科左后旗发展现代农牧业\n加快建设肉牛产业基地。积极推进黄牛规模化饲养,引进和建设3处标准化养殖小区。"
            "大力实施基础母牛扩繁工程。加大牧业基础设施建设力度,新建棚舍20万平方米。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2015-03-01")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2015, 3.0), ("target", 2015, 20.0)]
    done, _ = extract(text.replace("新建棚舍", "新建了棚舍"), doc_type="other", period=(None, None), issued="2015-03-01")
    assert [v.kind for v in done.values if v.value == 20.0] == ["actual"]
    review = "一年来,我市坚持谋规划;坚持调结构;坚持提品质;坚持转职能,新建棚舍20万平方米。\n"
    result, _ = extract(review, doc_type="other", period=(None, None), issued="2015-03-01")
    assert {v.kind for v in result.values} == {"actual"}
    # items counted in words (一是推进…。二是提升…: a banner's measures as news, heldout974 n01)
    text = ("鄂伦春旗多举措提升农村猎区公共服务水平\n一是推进教育均衡发展,投资2961万元。\n二是提升医疗服务能力。\n"
            "三是完善社会救助体系,加强养老服务机构建设,新增床位60张。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-05-07")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2020, 2961.0), ("target", 2020, 60.0)]


def test_a_present_state_listed_under_the_targets_stays_the_present_state():
    """A province's sports plan news (read heldout994 n01): "目前全省人均体育场地面积达到2.01平方米,经常参加体育锻炼人数
    比例达到34.7%" under a heading of aims - the values after the first go on the present state 目前 opened, not the
    section's targets; a budget's 较上年 (a weak result cue) carries nothing over, and under a heading of the year's
    budget names the base of a planned increase (the gold of heldout145 n11 holds 6570万元 as a target)."""
    text = ("二、发展目标\n目前全省人均体育场地面积达到2.01平方米,经常参加体育锻炼人数比例达到34.7%。"
            "到2035年,经常参加体育锻炼人数比例达到45%以上。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-09-01")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (2.01, "actual", 2020), (34.7, "actual", 2020), (45.0, "target", 2035)]
    text = "二、2024年预算安排\n地方一般公共预算收入116059万元,较上年增加6570万元,增长6%。\n"  # (heldout145 n11)
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-01-10")
    assert [(v.value, v.kind) for v in result.values] == [(116059.0, "target"), (6570.0, "target"), (6.0, "target")]


def test_what_was_actually_done_after_the_years_plan_is_a_result():
    """A city's transport results against its plan (heldout438 n06): "计划完成…投资27.55亿元,实际共完成投资32.01亿元"
    — the plan is a target, what was actually done (实际完成, 实际共完成) a result, and the parts after it results too."""
    text = ("2021年全市交通运输工作成效显著\n2021年计划完成交通运输基础设施投资27.55亿元,实际共完成投资32.01亿元,"
            "为计划的116%。其中,高速公路完成投资8.8亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-02-08")
    assert [(v.kind, v.value) for v in result.values] == [
        ("target", 27.55), ("actual", 32.01), ("actual", 116.0), ("actual", 8.8)]


def test_a_spinners_word_for_a_review_heads_a_review():
    """A work report on a document-sharing site whose wording a spinner rewrote (heldout12 s03, dated 2023 by the
    spinner throughout: "一、2023年工作回忆" for 工作回顾) heads its review as 工作回顾 does, run into a page scraped as one line: the values under it are results."""
    text = ("XX市政府工作报告 2023年1月6日 各位代表:现在,我代表市人民政府向大会报告工作。一、2023年工作回忆2023年是"
            "攻坚克难的一年,全市上下紧紧围绕实现全面小康的目标,积极作为,圆满完成了目标任务。地区生产总值达5600亿元,"
            "增长14%以上。\n")
    result, _ = extract(text, doc_type="work_report", period=(2023, 2023), issued="2023-01-06")
    assert [(v.value, v.kind) for v in result.values] == [(5600.0, "actual"), (14.0, "actual")]


def test_a_table_of_bounds_extracted_as_one_line_gives_its_values_units_and_kind():
    """An indicator table of 2020 targets a PDF converter ran into one line (heldout45 n02): each value follows its
    unit cell and a sign ("比重% ≥ 15省统计局"), run into the next cell; the sign bounds a target as 不低于 does, the
    unit is the cell before it, and "(2010年不变价)", a price base, dates no value."""
    text = ("指标名称计量单位2020 年目标值资料来源一、经济发展1 地区生产总值(2010 年不变价)亿元翻一番 省统计局"
            "2 战略性新兴产业增加值占GDP 比重% ≥ 15省统计局3 服务业增加值占GDP 比重% ≥ 53省统计局"
            "9 万人发明专利拥有量件≥ 20省知识产权局")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    found = {(v.value, v.unit, v.comparator, v.kind, v.year) for v in result.values}
    assert {(15.0, "%", ">=", "target", 2020), (53.0, "%", ">=", "target", 2020),
            (20.0, "件", ">=", "target", 2020)} <= found


def test_livestock_and_tree_counts_have_their_units():
    """A county's farm targets (heldout81 n02: "分别稳定在34万头、54万吨以上"): 头, 只, 株, 棵, 艘 are units (codebook
    units.csv), so a list's first value is not left without one; 只 of 只有 (only) counts nothing."""
    text = "2024年,全县生猪和禽蛋产量分别稳定在34万头、54万吨以上,新植苗木50万株。全县只有1所高中。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.unit) for v in result.values] == [(34.0, "万头"), (54.0, "万吨"), (50.0, "万株"), (1.0, "所")]


def test_what_this_years_work_has_come_to_is_a_result():
    """A relayed news item on new schools opened (heldout84 n02): "今年秋季学期投入使用的学校、幼儿园达40所" and
    "其中今年新建的学校就达343所" count what this year's work has come to, results, where "今年将新建学校40所" commits."""
    text = ("2014年以来,广西共启动新建中小学、幼儿园1770所,其中今年新建的学校就达343所。南宁市今年秋季学期投入使用的"
            "学校、幼儿园达40所。明年,今年将新建学校20所的县要加快进度。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-09-17")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[343.0], kinds[40.0]) == ("actual", "actual")
    result, _ = extract("今年全区将新建学校40所。\n", doc_type="other", period=(None, None), issued="2019-03-01")
    assert [v.kind for v in result.values] == ["target"]


def test_zhi_opening_a_line_or_clause_names_the_horizon_as_dao_does():
    """News of a province's work report (heldout116 n05) sets out its targets under "至2020年——" and "至2022年——":
    至 opening a line or a clause names the horizon as 到 does; 截至 (as of) and 增至 (a change's end) do not."""
    text = ("今后五年,我省要努力实现两个阶段性目标。到2022年,地区生产总值超过3万亿元。\n至2020年——\n"
            "●力争全省生产总值达到2.6万亿元左右;\n●科技进步贡献率力争达到60%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-01-31")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (3.0, "target", 2022), (2.6, "target", 2020), (60.0, "target", 2020)]
    result, _ = extract("截至2020年底,全省幼儿园达到300所。\n", doc_type="other", period=(None, None), issued="2021-03-01")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(300.0, "actual", 2020)]


def test_an_indicator_acronym_in_lower_case_run_into_its_value_names_it():
    """A mirror of a county work report (heldout116 n10) writes "完成gdp113.8亿元": gdp, as GDP, names the value run
    into it; it is no code."""
    result, _ = extract("2023年,全县完成gdp113.8亿元,增长5%。\n", doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.unit) for v in result.values] == [(113.8, "亿元"), (5.0, "%")]


def test_a_rates_base_after_mei_is_no_value():
    """A district's health targets (heldout116 n02: "医师每10万人达到3.8名") and a standard's catchment (heldout69 n07:
    "按每0.8万~1.1万人口区域内设置"): the number after 每 is what a value is counted per, not a value."""
    result, _ = extract("到2020年全区精神科执业(助理)医师每10万人达到3.8名。\n", doc_type="other", period=(None, None),
                        issued="2017-05-01")
    assert [(v.value, v.unit, v.kind, v.year) for v in result.values] == [(3.8, "名", "target", 2020)]


def test_a_round_number_bounded_at_its_clauses_end_is_a_value():
    """A county's plan (heldout27 n04: "粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上。") bounds a round number at its clause's
    end: a value, where 引进亿元以上项目 and 千亿元产业集群 name classes of things; 超过四千美元 (heldout44 n05) is an
    amount in dollars as 四千元 is in yuan."""
    text = "2026年,全县粮食产量稳定在百万吨以上。全市开发园区引进亿元以上项目12个。推进千亿元产业集群。人均生产总值超过四千美元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.unit, v.comparator) for v in result.values] == [
        (100.0, "万吨", ">="), (12.0, "个", "="), (4000.0, "美元", ">")]


def test_a_paragraph_going_on_from_targets_that_says_what_was_done_is_no_continuation():
    """A province's results news (heldout111 n01): after a sentence of 每年 commitments, "此外,…实现了…“应助尽助”。
    2019年,…投入资金82.78亿元" says what was done: its value is a result, where "同时,…实施1.7万间教室照明改造工程"
    after a paragraph of targets goes on with them."""
    text = ("今年全区将新增幼儿园学位1万个。\n同时,实施1.7万间教室照明改造工程。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-03-01")
    assert [v.kind for v in result.values] == ["target", "target"]
    text = ("今年全区将新增幼儿园学位1万个。\n此外,全区健全资助制度,实现了应助尽助。2019年,全区投入资助资金8.2亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-09-01")
    assert [(v.value, v.kind) for v in result.values] == [(1.0, "target"), (8.2, "actual")]


def test_what_is_done_every_year_since_a_past_year_began_it_is_a_practice():
    """A province's results news (heldout111 n01, n08): "自2018年起,云南每年对500名…教师每人给予10万元奖励" and
    "2011年,自治区启动了内地新疆中职班,…每年为新疆培养3300名" state a practice a past year began, not a commitment;
    "每年新建、扩建2-3所学校" in a plan commits."""
    text = ("自2018年起,云南每年对500名乡村教师每人给予10万元奖励。\n"
            "2011年,自治区启动了内地新疆中职班,每年为新疆培养3300名技能型人才。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-04-01")
    assert {v.value: v.kind for v in result.values} == {500.0: "actual", 10.0: "actual", 3300.0: "actual"}
    result, _ = extract("在义务教育方面,每年新建、扩建2-3所学校。\n", doc_type="five_year_plan", period=(2016, 2020),
                        issued="2016-05-01")
    assert [v.kind for v in result.values] == ["target"]


def test_an_item_number_after_a_sentences_end_is_an_ordinal():
    """A digest of a work report's tasks run into one paragraph (heldout117 n02: "…6所学校改造。2、扩大医疗服务供给。"):
    the 2 that opens a sentence before 、 numbers an item, as at a line's start."""
    text = "1、优化教育资源布局。2023年启动10所学校新建。2、扩大医疗服务供给。2023年加快7个项目建设。\n"
    result, _ = extract(text, doc_type="work_report", period=(2023, 2023), issued="2023-01-10")
    assert [v.value for v in result.values] == [10.0, 7.0]


def test_a_year_that_starts_a_span_with_qi_dates_no_value():
    """A district's five-year review (heldout111 n05): "自2007年起旅游景点年接待游客量均超过千万人次" says every year
    since 2007, up to the report's: 2007 starts a span, as 2007年以来 does; it is not the value's year."""
    result, _ = extract("2011年,辖区市场主体首次超过万户,自2007年起旅游景点年接待游客量均超过千万人次。\n",
                        doc_type="other", period=(None, None), issued="2012-01-05")
    assert [(v.value, v.year) for v in result.values] == [(10000.0, 2011), (1000.0, 2011)]


def test_by_how_much_a_plan_was_beaten_is_a_result():
    """News of a city's progress (heldout120 n02): "1-4月计划投资额是78080万元,…超额160746万元": 78080 is the plan's,
    the excess over it (超额, an actual cue) a result."""
    text = "集美区1-4月计划投资额是78080万元,超额160746万元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2012-05-15")
    assert {v.value: v.kind for v in result.values} == {78080.0: "target", 160746.0: "actual"}


def test_a_quoted_lead_named_as_targets_in_the_next_paragraph_gives_them():
    """News of a province's work report (heldout116 n03) opens on a quotation of values and names them after it: they
    are the year's targets; a quotation the next paragraph does not name stays as its own words say."""
    text = ("“地区生产总值增长9%左右,固定资产投资增长8%左右……”\n"
            "在省人大会议上,省长作政府工作报告,提出2022年经济社会发展的主要预期目标,令全省上下倍感振奋。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(9.0, "target", 2022), (8.0, "target", 2022)]
    result, _ = extract(text.replace("提出2022年经济社会发展的主要预期目标", "回顾了过去一年的工作"), doc_type="other",
                        period=(None, None), issued="")
    assert [v.kind for v in result.values] == ["actual", "actual"]


def test_a_bulletin_whose_title_is_broken_over_two_lines_reports_its_years_results(tmp_path):
    """A banner's statistical bulletin (heldout123 n12) whose title wraps (…2019年国民经济 / 和社会发展统计公报): the
    title, joined, names the year whose results it gives, so its table's year-end numbers are results, not targets."""
    (tmp_path / "bulletin.txt").write_text(
        "某旗2019年国民经济\n和社会发展统计公报\n一、综合\n2019年,全旗户籍总人口146041人。\n"
        "| 表1 2019年年末某旗人口数及构成 | |||\n| 指 标 | 单位 | 年末数 | 比重(%) |\n"
        "| 户籍总人口 | 人 | 146041 | 100.0 |\n| 其中: 城镇 | 人 | 90730 | 62.1 |\n", encoding="utf-8")
    rows = extract_tables(tmp_path).tables["targets"]
    assert set(rows["kind"]) == {"actual"} and set(rows["year"]) == {2019}
    assert 90730 in set(rows["value"])


def test_the_months_a_result_covers_end_the_paragraphs_targets():
    """A county's report on its key projects (heldout123 n02): after the year's planned investment, "1-12月份完成投资"
    says what the months so far achieved; the plan's cue does not carry over to it."""
    text = "省级6项,概算投资140.16亿元,当年计划投资19亿元。1-12月份完成投资28.78亿元,投资完成率151.47%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-12-30")
    assert {v.value: v.kind for v in result.values if v.value in (19.0, 28.78, 151.47)} == \
        {19.0: "target", 28.78: "actual", 151.47: "actual"}


def test_a_result_cue_no_commitment_uses_after_a_target_cue_reports_what_was_done():
    """A county's half-year news (heldout123 n05): "年初…的预期全部如期超额完成(GDP增长7.8%" beat the targets, the
    values are results; a cue that commitments use too (累计完成, 目前) after a target cue leaves a target."""
    text = "年初七项主要经济指标的预期全部如期超额完成(GDP增长7.8%,高0.8个点)。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2016-08-05")
    assert result.values[0].value == 7.8 and result.values[0].kind == "actual"
    result, _ = extract("今年力争五年累计完成投资500亿元。\n", doc_type="other", period=(None, None),
                        issued="2016-02-05")
    assert [v.kind for v in result.values] == ["target"]


def test_a_perfective_le_between_ends_the_paragraphs_targets():
    """A city's year-end review (heldout123 n08): after the new projects' planned investment, "成都发布了…,吸引民间投资
    4563.9亿元" says what was done (发布了): the plan's cue does not carry over to it."""
    text = "全年新入库项目计划总投资近1.2万亿元。尤其在激发民间投资活力方面,成都发布了29项城市机会清单,吸引民间投资4563.9亿元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2023-01-20")
    assert {v.value: v.kind for v in result.values if v.value in (1.2, 4563.9)} == {1.2: "target", 4563.9: "actual"}


def test_what_was_set_at_the_start_is_a_target():
    """A city's news of a task beaten early (heldout123 n09): "原定项目任务88项" is what was set at the start, a target,
    beside what was done (超额完成项目任务210.23%)."""
    text = "原定5月1日完成的招商任务,提前完成;原定项目任务88项,超额完成项目任务210.23%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-03-18")
    assert {v.value: v.kind for v in result.values if v.value in (88.0, 210.23)} == {88.0: "target", 210.23: "actual"}


def test_a_review_of_the_years_first_months_is_of_the_year_it_speaks_in():
    """A county's first-quarter report (heldout123 n10): "一、1-3月份主要经济指标完成情况" reviews months of the page's
    own year, not the year before, which a review heading without a year would mean."""
    text = "一、1-3月份主要经济指标完成情况。\n全县地区生产总值总量为52.22亿元,同比增长4.0%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-04-20")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(52.22, "actual", 2025), (4.0, "actual", 2025)]


def test_a_year_just_named_is_the_one_a_review_since_a_year_speaks_of():
    """A district's work-report excerpt (heldout126 n10) whose title names the reviewed year as its own
    (2010年政府工作): "2010年,是…的一年。一年来,…" reviews the year just named; 过去一年 would be the year before."""
    text = ("2010年,是鄞州在转型中发展、创新中奋进的一年。一年来,全区人民团结一心。全区完成生产总值816.6亿元,增长12.3%。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2010-02-04")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(816.6, "actual", 2010), (12.3, "actual", 2010)]


def test_per_year_after_per_pupil_is_a_rate_not_a_yearly_commitment():
    """A district's pre-school news (heldout124 n06): "从每生每年300元提高至1000元" reports a raised allowance per
    pupil per year; 每年 there is the rate's base, not 每年 (every year) committing to anything."""
    text = "全区公办幼儿园生均定额标准从每生每年300元提高至1000元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-05-22")
    assert [v.kind for v in result.values if v.value == 1000.0] == ["actual"]


def test_a_target_named_after_the_value_before_it_commits_none_after_it():
    """A province's education news (heldout124 n09): "毛入园率达76.5%,远超预定的60%的目标,全省新增幼儿园教师编制4409个":
    目标 names 60% as the target beaten; the values after it are results, not targets of a cue earlier in the
    sentence. A bracket naming the next value's target ("(预期目标为10%以上)") is no such name."""
    text = "“十二五”期间,全省学前教育三年毛入园率达76.5%,远超预定的60%的目标,全省新增幼儿园教师编制4409个。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2016-03-01")
    assert {v.value: v.kind for v in result.values} == {76.5: "actual", 60.0: "target", 4409.0: "actual"}


def test_a_plan_period_opening_the_clause_dates_it_over_a_year_named_before():
    """A province's education news (heldout124 n09): "在…召开的2016年度…会议上获悉,“十二五”期间,海南教育总投入1130多
    亿元" speaks of the plan period named at the clause's start, not of the meeting's year; a plan period as the base
    of a comparison (是“十一五”期间的2.3倍) dates nothing."""
    text = "记者从在海口召开的2016年度全省基础教育工作会议上获悉,“十二五”期间,海南教育总投入1130多亿元,是“十一五”期间的2.3倍。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2016-03-01")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(1130.0, "actual", 2015), (2.3, "actual", 2015)]


def test_gdp_and_a_revenue_before_one_growth_share_it():
    """News of a city's targets (heldout126 n11): "地区生产总值和财政一般预算收入增长10%以上" gives both totals the
    growth, as 均 would say: 生产总值 ends a name as 收入 does."""
    text = "今年我市经济社会发展的主要目标是,地区生产总值和财政一般预算收入增长10%以上。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2007-01-10")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("地区生产总值", 10.0), ("财政一般预算收入", 10.0)]


def test_le_after_the_verb_reports_a_result_though_the_sentence_opens_with_this_year():
    """A county's pre-school news (heldout124 n05): "今年,我县又新开工建设了33所幼儿园" — 今年 opens targets in a work
    report, but 了 after the verb says the schools were started; the clause with 将 stays a target."""
    result, _ = extract("今年,我县又新开工建设了33所幼儿园。\n今年,我县将新开工建设33所幼儿园。\n", doc_type="other",
                        period=(None, None), issued="2014-10-20")
    assert [v.kind for v in result.values] == ["actual", "target"]


def test_a_numbered_heading_that_opens_on_a_tasks_verb_heads_targets():
    """A county work report's tasks captured without their chapter (heldout128 n12): "(五)持续筑牢绿色发展屏障。…建成
    1个综合性体育场馆" is what is to be done; a heading that says what came of the task, or one under a review's
    chapter, still heads results."""
    result, _ = extract("(五)持续筑牢绿色发展屏障。落实生态修复工程,建成1个综合性体育场馆,新建区域性养老服务中心15所。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [v.kind for v in result.values] == ["target", "target"]
    result, _ = extract("(一)坚持稳中求进,经济保持平稳增长。全县生产总值增长6%。\n", doc_type="other",
                        period=(None, None), issued="2024-01-10")
    assert [v.kind for v in result.values] == ["actual"]
    result, _ = extract("一、2023年工作回顾\n(一)加快推进项目建设。全县新建学校5所。\n", doc_type="other",
                        period=(None, None), issued="2024-01-10")
    assert [v.kind for v in result.values] == ["actual"]
    # a county report's tasks on a page with no year (heldout169 n04): the standard a task is to be done to may lead
    result, _ = extract("2.高水平打造和美乡村。深入实施农村人居环境整治,完成43个省级新农村建设点,改造问题厕所1100个。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [v.kind for v in result.values] == ["target", "target"]


def test_a_report_on_the_years_projects_heads_each_tasks_progress_with_the_task():
    """A city's report on its year's projects (heldout54 n11): "2.实施易地扶贫搬迁18695人" is the task, the lines under
    it ("此项工作已完成。…全市建设…安置点6个") its progress, not more targets."""
    text = "2.实施易地扶贫搬迁18695人。\n此项工作已完成。全市建设易地扶贫搬迁安置点6个。\n"
    result, _ = extract(text, doc_type="project_report", period=(None, None), issued="2019-12-31")
    assert [(v.value, v.kind) for v in result.values] == [(18695.0, "target"), (6.0, "actual")]


def test_a_paragraph_that_opens_with_a_commitment_commits_the_values_after_it():
    """News of a city's education conference (heldout97 n10): "周旭称,2012年重庆将着力发展普惠性学前教育,…。新建乡镇
    公办中心幼儿园120所" — the opening sentence commits (将) and states no value, so the values after it are its
    targets; an opening with 努力 as a noun (经过齐心努力) or one that states results commits nothing."""
    text = "周旭称,2012年重庆将着力发展普惠性学前教育,坚持学前教育不举债。新建乡镇公办中心幼儿园120所。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2012-02-18")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(120.0, "target", 2012)]
    text = "2009年,通过全市上下的齐心努力,我市经济平稳较快增长。我市实现地区生产总值333亿元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2010-02-18")
    assert [v.kind for v in result.values] == ["actual"]
    # a province's name holding a numeral (四川) states no value in the opening (news of a work report, heldout970 n01)
    text = "报告指出,2025年四川将积极发展乡村富民产业。整区域推进高标准农田建设,新建畜牧业高质量发展重点县30个。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-01-20")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(30.0, "target", 2025)]
    # an opening that commits, then a sentence of results (目前…), does not commit the values after those (heldout508 n02)
    text = ("河北省将“四好农村路”列入重点民生工程,全省上下联动。目前,全省农村公路里程达到18.2万公里。"
            "乡镇通三级及以上公路比例达到99%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-08-01")
    assert [(v.value, v.kind) for v in result.values] == [(18.2, "actual"), (99.0, "actual")]


def test_a_paragraph_titled_by_a_task_whose_body_opens_on_a_task_commits_its_values():
    """A county work report's tasks page captured without its chapter (heldout184 n09): "推动绿色转型发展。加快实施…
    新能源项目,…加速推进22个集中式光伏…" - a short title on a task's verb, then a body that opens on one, is a task's
    paragraph; a title over results ("加强基础设施建设。全年新建道路30公里") or a long first sentence commits nothing."""
    text = "推动绿色转型发展。加快实施规划储备的新能源项目,加速推进22个集中式光伏项目,实施示范创建4800亩。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    assert [(v.value, v.kind) for v in result.values] == [(22.0, "target"), (4800.0, "target")]
    # a province's tasks as news (heldout209 n08): titles and bodies on 做大做强, 建立, or a doubled standard
    for text in ("提升城市品质。建立城市特色风貌管控制度,新增城市公共停车位20万个。\n",
                 "优化城镇布局。高标准高质量推进新区建设,新增城市公共停车位20万个。\n",
                 "做大做强城市经济。打造城市经济新载体,新增城市公共停车位20万个。\n",
                 # a district report's tasks captured alone (heldout226 n10): a title on a figure of speech, 擦亮
                 "2.擦亮生态底色。持续深入打好碧水保卫战,新增城市公共停车位20万个。\n",
                 # a province's work report captured from its second page (heldout888 n05): a title on 稳定
                 "稳定扩大有效投资。加强基础设施等领域项目建设,新增城市公共停车位20万个。\n"):
        result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
        assert [(v.value, v.kind) for v in result.values] == [(20.0, "target")], text
    for text in ("加强基础设施建设。全市道路网络更加完善,新建道路30公里。\n",
                 "推动绿色转型发展,全市上下齐心协力共同奋斗谋发展。加快实施新能源项目,推进22个集中式光伏项目。\n"):
        result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
        assert [v.kind for v in result.values] == ["actual"], text


def test_a_work_reports_tasks_captured_without_their_chapter_are_targets():
    """A province's work report captured from the middle of its tasks (heldout174 n09): "扎实有序推进乡村建设治理。统筹…,
    农村生活污水治理管控率达20%以上" - a paragraph titled by a task, its body opening on one, with no result in it,
    commits: it is no review before the first commitment. A review paragraph with a result word stays a result."""
    tasks = "扎实有序推进乡村建设治理。统筹高原美丽乡村建设,农村生活污水治理管控率达20%以上,改善农牧民居住条件4万户。\n"
    result, _ = extract(tasks, doc_type="work_report", period=(None, None), issued="2024-01-24")
    assert [(v.value, v.kind) for v in result.values] == [(20.0, "target"), (4.0, "target")]
    review = "扎实推进乡村建设。统筹城乡发展,农村生活污水治理管控率达到了20%,改善农牧民居住条件4万户。\n"
    result, _ = extract(review, doc_type="work_report", period=(None, None), issued="2024-01-24")
    assert [v.kind for v in result.values] == ["actual", "actual"]


def test_a_work_report_captured_from_the_middle_of_its_tasks_commits_from_its_first_task():
    """A province's work report serialised in parts, one part captured (heldout376 n07, a dated form of it): "…解读(十一)"
    then "有针对性解决热点民生。加快…建设。所有工业企业烟粉尘排放达标率超过95%。培树12个…示范县" - a sentence opening on
    a task's verb, with nothing reviewed before it, commits; its values are the year's targets, not a review. A past year
    or a review word before it (2013年,…; 过去一年,…) keeps the values after it results, and so does an undated page,
    whose targets could take no year."""
    tasks = ("某省政府工作报告解读(十一)\n有针对性解决热点民生。加快火电和水泥行业除尘改造和脱硫设施建设。"
             "所有工业企业烟粉尘排放达标率超过95%。培树12个食品药品安全示范县(市、区)。\n")
    result, _ = extract(tasks, doc_type="work_report", period=(2014, 2014), issued="2014-01-20")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(95.0, "target", 2014), (12.0, "target", 2014)]
    for review in ("2013年,全省经济平稳增长。\n", "过去一年,全省经济平稳增长。\n"):
        result, _ = extract(review + "加快火电和水泥行业除尘改造。全省新建学校12所。\n", doc_type="work_report",
                            period=(2014, 2014), issued="2014-01-20")
        assert [(v.value, v.kind) for v in result.values] == [(12.0, "actual")], review
    result, _ = extract(tasks, doc_type="work_report", period=(None, None), issued="")
    assert [v.kind for v in result.values] == ["actual", "actual"]


def test_a_work_reports_numbered_list_of_the_years_work_is_targets():
    """A province's work report copied as its numbered list of livelihood targets (heldout334 n05): "1.改造县乡公路1500公里
    / 2.新建乡镇到村水泥(沥青)路12000公里" - an item opening on a verb of work with a quantity commits, so the list is no
    review before a first commitment; an item that says it was done (1.已改造…) stays a result."""
    tasks = "湖南政府工作报告\n1.改造县乡公路1500公里\n2.新建乡镇到村水泥(沥青)路12000公里\n3.新增城镇就业人员50万人\n"
    result, _ = extract(tasks, doc_type="work_report", period=(None, None), issued="")
    assert [(v.value, v.kind) for v in result.values] == [(1500.0, "target"), (12000.0, "target"), (50.0, "target")]
    done = tasks.replace("1.改造", "1.已改造").replace("2.新建", "2.已新建").replace("3.新增", "3.已新增")
    result, _ = extract(done, doc_type="work_report", period=(None, None), issued="")
    assert [v.kind for v in result.values] == ["actual", "actual", "actual"]


def test_a_budgets_arrangement_heads_targets():
    """A county's budget plan (heldout135 n05): under "一、2016年财政预算安排情况" each figure is the year's budget, a
    target, though a clause names the year before's base (在上年实际完成任务基础上)."""
    text = ("一、2016年财政预算安排情况\n"
            "地方公共财政预算收入在上年实际完成任务基础上增长10.5%安排30438万元,非税收入9131万元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2016-01-20")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (10.5, "target", 2016), (30438.0, "target", 2016), (9131.0, "target", 2016)]


def test_the_budget_a_share_was_achieved_of_is_its_target():
    """A county's budget execution report (heldout135 n01): "完成年初预算65200万元的96.57%" — 65200 is the budget set at
    the start of the year (a target), 96.57% the share of it collected, as 完成年初35所目标任务的94.29% reads."""
    text = "2022年,地方一般公共预算收入完成62962万元,完成年初预算65200万元的96.57%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2023-01-10")
    assert {v.value: v.kind for v in result.values} == {62962.0: "actual", 65200.0: "target", 96.57: "actual"}


def test_the_share_of_a_budgets_revenue_plan_achieved_is_a_result():
    """A county's budget execution report (heldout266 n10): "完成年初上报县人民代表大会预算收入计划552200万元的98.9%" and
    "完成调整预算收入计划550000万元的99.3%" — the budget's revenue plan (a target, however its words run before its
    amount), then the share of it collected (a result)."""
    text = ("2023年,全县财政总收入完成546200万元,完成年初上报县人民代表大会预算收入计划552200万元的98.9%,"
            "完成调整预算收入计划550000万元的99.3%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-01-10")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[552200.0], kinds[550000.0]) == ("target", "target")
    assert (kinds[98.9], kinds[99.3]) == ("actual", "actual")


def test_an_undated_pages_values_no_rule_dated_take_the_year_it_names_most():
    """A results news item with no date (heldout123 n06, heldout14): values before any year named, or in sentences no
    year frames, take the year the page names most, marked inferred; a dated page's values are left to its date."""
    text = "全州建档立卡贫困人口大幅减少,贫困发生率下降到2.5%。\n2018年,全州脱贫3万人。2018年底,6个贫困县摘帽。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    first = result.values[0]
    assert (first.value, first.year, first.year_inferred) == (2.5, 2018, True)
    assert "names most" in first.year_basis


def test_an_undated_page_is_not_dated_by_the_year_it_compares_with():
    """An undated news item of a district's five-year review (after heldout260 n01, whose only year is "比2010年提高近16个
    百分点"): a year named as the base of a comparison or the start of a change (比2010年, 由2010年的, 2010年以来) is not
    the year the page speaks of; the year it names otherwise is, however often the base is named. A page that names
    only bases still takes one of them (heldout213 n12: "从2021年2平方米提升至…"), the best evidence it has."""
    text = ("全区服务业增加值占比达到72%。\n2015年,全区实现利用外资68亿元,比2010年增加30亿元;税收收入较2010年增长80%,"
            "与2010年相比翻一番。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    first = result.values[0]
    assert (first.value, first.year) == (72.0, 2015) and "names most" in first.year_basis
    only_bases = "服务业增加值占比达到72%,比2010年提高近16个百分点。\n"
    result, _ = extract(only_bases, doc_type="other", period=(None, None), issued="")
    assert {v.value: v.year for v in result.values}[72.0] == 2010


def test_a_multiple_written_in_chinese_numerals_is_a_quantity():
    """A county's review of its term (heldout144 n07): "是2002年的两倍以上", "是2002年的近三倍" state multiples of a
    past year's value as 2倍 does; they are read as values, not as numerals inside a name."""
    result, _ = extract("一、过去四年的政府工作\n2006年,全县生产总值完成116亿元,是2002年的两倍以上。财政收入完成3.56亿元,"
                        "是2002年的近三倍。\n", doc_type="work_report", period=(2007, 2007), issued="2007-01-21")
    assert [(v.value, v.unit, v.comparator, v.kind) for v in result.values if v.unit == "倍"] == [
        (2.0, "倍", ">=", "actual"), (3.0, "倍", "~", "actual")]


def test_a_budgets_amounts_in_its_final_accounts_are_targets_of_the_year_accounted_for():
    """A district's final accounts (heldout145 n09, n12): the start-of-year budget (年初预算安排273.3亿元) and the
    adjusted one (批准收入预算调整为200.12亿元, 一般公共预算支出调整为263.68亿元) are what was budgeted for 2022, targets
    of that year; what was collected, and its share of the budget (占调整预算101.42%), are results."""
    text = ("日期:2023-09-01\n2022年,全区一般公共预算收入年初预算安排273.3亿元。经区人大常委会批准收入预算调整为200.12亿元。"
            "2022年全区完成一般公共预算收入202.96亿元,占调整预算101.42%。一般公共预算支出调整为263.68亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2023-09-01")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (273.3, "target", 2022), (200.12, "target", 2022), (202.96, "actual", 2022), (101.42, "actual", 2022),
        (263.68, "target", 2022)]


def test_the_budget_a_peoples_congress_approved_is_a_target_of_its_year():
    """A banner's budget execution report (heldout312 n01, heldout135 n07): "经…人民代表大会…会议批准全旗一般公共预算
    收入83.318亿元" is the year's budget, a target whatever was collected; what was collected is a result."""
    text = ("2024年上半年预算执行情况\n一、公共财政预算收支情况。经旗第十八届人民代表大会第三次会议批准全旗一般公共预算收入"
            "83.318亿元。1-6月,全旗完成一般公共预算收入40.2亿元,增长5.1%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-07-20")
    assert [(v.value, v.kind) for v in result.values] == [(83.318, "target"), (40.2, "actual"), (5.1, "actual")]


def test_the_size_of_projects_counted_after_it_is_no_value():
    """A district's targets (heldout128 n04): "总投资超30亿元或3亿美元产业项目2个" counts projects above a size; the
    sizes are qualifiers, the counts the values. A total named exactly (实施总投资120亿元的重点项目56个) stays a value."""
    result, _ = extract("2024年主要预期目标\n全年招引落户总投资超30亿元或3亿美元产业项目2个、总投资超10亿元或1亿美元产业项目5个。"
                        "实施总投资120亿元的重点项目56个。\n", doc_type="work_report", period=(2024, 2024),
                        issued="2024-01-10")
    assert [(v.value, v.unit) for v in result.values] == [(2.0, "个"), (5.0, "个"), (120.0, "亿元"), (56.0, "个")]


def test_an_amount_over_which_a_class_is_named_is_no_value():
    """A province's tasks as news (heldout209 n08): "新增年营业收入超100亿元的县域特色产业集群3个以上" counts clusters above
    a size; 超100亿元的 names the class, the count is the value. 营业收入超100亿元 ending its clause stays a value."""
    result, _ = extract("今年将新增年营业收入超100亿元的县域特色产业集群3个以上,全省营业收入超100亿元。\n",
                        doc_type="work_plan", period=(2021, 2021), issued="2021-03-01")
    assert [(v.value, v.unit, v.comparator) for v in result.values] == [(3.0, "个", ">="), (100.0, "亿元", ">")]
    # places counted above a size (read heldout292 n01, heldout368, heldout458)
    result, _ = extract("到2030年,地区生产总值超过500亿元的县(市)达到15个,争取实际利用外资超1亿美元的区县达到8个。\n",
                        doc_type="work_plan", period=(2021, 2021), issued="2021-03-01")
    assert [(v.value, v.unit) for v in result.values] == [(15.0, "个"), (8.0, "个")]


def test_an_amount_of_yuan_and_over_naming_a_class_is_no_value():
    """"年营业收入1亿元以上的民营骨干企业" (heldout162 n03) and a bulletin's "500万元以上固定资产投资" (heldout5 g06) name
    a class of firms or projects by size: the class's count or total is the value, its threshold is not. A threshold
    that ends its clause (营业收入达到1亿元以上,) stays a value."""
    result, _ = extract("2025年主要目标\n年营业收入1亿元以上的民营骨干企业增加到120家。500万元以上固定资产投资增长8%。"
                        "全区营业收入达到1亿元以上,增长10%。\n", doc_type="work_plan", period=(2025, 2025),
                        issued="2025-02-10")
    assert [(v.value, v.unit) for v in result.values] == [(120.0, "家"), (8.0, "%"), (1.0, "亿元"), (10.0, "%")]
    # 及以上 as 以上 (a province's key projects, read heldout824 n01: 投资50亿元及以上项目112个)
    result, _ = extract("2025年主要目标\n投资50亿元及以上项目112个。\n", doc_type="work_plan", period=(2025, 2025),
                        issued="2025-02-10")
    assert [(v.value, v.unit) for v in result.values] == [(112.0, "个")]


def test_a_table_of_tasks_and_their_progress_reads_each_cell_by_its_column():
    """A district's table of its year's projects (heldout117 n09): "序号 | 项目内容 | 进展情况 | 责任单位 |"; a task
    cell's values are what was set, a progress cell's what was done, in a row with its ordinal, in a row that goes on
    without one, and past a cell a line break left open."""
    text = ("2022年区政府民生实事项目进展情况表(截至9月底)\n序号 | 项目内容 | 进展情况 | 责任单位 |\n"
            "1 | 新建成公办幼儿园7所。 | 新建成学府路幼儿园等8所幼儿园。 | 教育局 |\n"
            "新增婴幼儿照护服务托位500个。 | 新增婴幼儿照护服务托位600个。 | ||\n"
            "2 | 新建成保障性住房1700套。 | 新建成保障性住房共1721套,\n其中人才专项租赁住房828套。 | 住建局 |\n"
            "实施农村公路大中修100公里。 | 完成农村公路大中修50公里。 | 交通局 |\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-11-03")
    assert [(v.value, v.kind) for v in result.values] == [
        (7.0, "target"), (8.0, "actual"), (500.0, "target"), (600.0, "actual"), (1700.0, "target"), (1721.0, "actual"),
        (828.0, "actual"), (100.0, "target"), (50.0, "actual")]


def test_an_amount_right_after_a_comparison_with_last_year_is_last_years():
    """A county audit report (heldout145 n01): "基金支出72716万元,比上年42,895万元增加29,821万元": the amount after
    比上年 is the year before's; a growth after the comparison's verb (比上年增长5%) stays the year's own."""
    result, _ = extract("2019年全县基金支出72716万元,比上年42,895万元增加29,821万元。一般公共预算收入比上年增长5%。",
                        doc_type="other", period=(None, None), issued="2020-05-10")
    assert [(v.value, v.year) for v in result.values] == [(72716.0, 2019), (42895.0, 2018), (29821.0, 2019), (5.0, 2019)]


def test_what_was_successfully_obtained_is_no_target():
    """A district's review of 2021 (heldout144 n08): "成功争取城乡社区治理试点等政策23条" reports what was obtained;
    争取 there commits to nothing. 争取到2025年 still does."""
    text = ("2021年工作回顾\n一年来,我们千方百计对上争取,成功争取城乡社区治理试点等政策23条。\n"
            "今年,全区争取到2025年新增学位3000个。\n")
    result, _ = extract(text, doc_type="work_report", period=(2022, 2022), issued="2022-02-17")
    assert [(v.value, v.kind) for v in result.values] == [(23.0, "actual"), (3000.0, "target")]


def test_the_efforts_that_brought_a_result_commit_to_nothing():
    """News of a prefecture's poverty results (heldout123 n06): "通过努力,…等6个贫困县顺利实现摘帽" — 努力 after 通过
    names the means of a result, not a commitment; 努力达到 still commits."""
    result, _ = extract("他介绍,通过努力,牟定、姚安等6个贫困县顺利实现摘帽。全州努力达到98%以上。\n", doc_type="other",
                        period=(None, None), issued="2019-03-01")
    assert [(v.value, v.kind) for v in result.values] == [(6.0, "actual"), (98.0, "target")]


def test_a_share_of_the_years_plan_commits_nothing_after_it():
    """A district's key-project progress (heldout153 n06): "1-8月份完成…投资23.68亿元,占年计划74%,超序时进度7.33个
    百分点" — 占年计划 measures a result against the plan, so the values after it are results too, and a page of them
    is no page of commitments."""
    text = ("我区1-8月重点项目固投超序时进度7.33个百分点\n发布时间:2010-09-18\n"
            "我区1-8月份完成重点项目固定资产投资23.68亿元,占年计划74%,超序时进度7.33个百分点。"
            "其中:省市级重点建设项目完成投资11.33亿元,区级重点建设项目完成投资12.35亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2010-09-18")
    assert {v.kind for v in result.values} == {"actual"} and len(result.values) == 6


def test_an_undated_page_of_one_plans_commitments_holds_targets_of_its_last_year():
    """A plan's targets captured without title or date (heldout45 n06, an employment plan under the 十四五): its cued
    values are all targets, so those no cue decided are targets too, of the one plan's last year; a value whose clause
    names a year of its own ("2020年秋季,…新改扩建13所", heldout102 n11) may be past, and keeps the default."""
    text = ("贯彻落实“十四五”就业促进规划。城镇调查失业率控制在5.5%以内,重点招聘活动不少于10场。\n"
            "重点群体就业保持稳定,新增技能人才不少于3万人。\n"
            "城镇新增就业175万人以上,绿色建筑面积占比达到100%。\n"
            "2020年秋季,全区新改扩建13所幼儿园。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    found = {v.value: (v.kind, v.year) for v in result.values}
    assert found[175.0] == found[100.0] == ("target", 2025)
    assert found[13.0][0] == "actual"


def test_an_undated_page_on_one_plan_named_with_its_period_is_a_page_of_commitments():
    """A newspaper's list of a city's schools to build (heldout244 n08): an infographic's lines ("改扩建4所中小学")
    over news of 《…三年行动计划(2019-2021年)》, its cued values all targets, the page undated; the one plan named with
    its period gives its targets a year, as one five-year plan named does, so the values no cue decides are targets."""
    text = ("碑林区\n新建2所幼儿园\n改扩建4所中小学\n《某市基础教育提升三年行动计划(2019-2021年)》10月10日发布,该计划提出,"
            "三年内将完成新建、改扩建中小学幼儿园430所,增加学位38.95万个。\n碑林区将新建2所幼儿园。未来三年,该区计划新建3所中小学。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert {v.value: v.kind for v in result.values}[4.0] == "target"


def test_a_paragraph_opening_on_this_years_commitment_ends_the_review_before_it():
    """News of a province's report (heldout242 n11): "过去的一年辽宁…粮食产量512.7亿斤。" reviews, then a paragraph
    opens "今年辽宁仍要筑牢…": its values are the year's targets, those with a cue and those without."""
    text = ("过去的一年辽宁坚持不懈强三农。粮食产量512.7亿斤,新建和改造高标准农田296万亩。\n"
            "今年辽宁仍要筑牢粮食安全保障根基。确保粮食面积稳定在5303万亩以上。建设41个特色产业发展优势区,"
            "打造乡村旅游重点村100个。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind) for v in result.values] == [
        (512.7, "actual"), (296.0, "actual"), (5303.0, "target"), (41.0, "target"), (100.0, "target")]


def test_what_was_expected_named_as_a_noun_commits_nothing():
    """News of a province's work report (heldout246 n03): "2022年,广东有力有效应对超预期因素冲击,预计全年地区生产总值
    增长2%左右" is the past year's estimated result; 预期 in 超预期 (beyond expectations) is no target cue."""
    text = "2022年,广东有力有效应对超预期因素冲击,预计全年地区生产总值增长2%左右。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2023-01-13")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(2.0, "actual", 2022)]


def test_a_title_looking_back_on_a_year_speaks_in_the_year_after_it(tmp_path):
    """A city's news of its year (heldout248 n01): "【回眸2022】昭通:…" looks back on 2022, so the page speaks in 2023
    and "2022年" alone over the figures heads a review: they are 2022's results, not targets of the title's year."""
    (tmp_path / "a.txt").write_text("【回眸2022】某市:推进高质量跨越式发展\n2022年\n全年预计完成地区生产总值1585亿元增长5%\n"
                                    "固定资产投资1303亿元增长8%\n", encoding="utf-8")
    targets = extract_tables(tmp_path).tables["targets"]
    assert sorted(zip(targets["value"], targets["kind"], targets["year"])) == [
        (5.0, "actual", 2022), (8.0, "actual", 2022), (1303.0, "actual", 2022), (1585.0, "actual", 2022)]


def test_the_indicators_a_place_is_assessed_on_are_its_targets():
    """News of a province's air-quality plan (heldout248 n05): "2019年各市(区)空气质量考核指标为,西安市优良天数257天,
    PM2.5浓度为54微克/立方米;宝鸡市…" sets each city's values to reach; 考核指标为 heads them as targets."""
    text = ("根据《方案》要求,2019年各市(区)空气质量考核指标为,西安市优良天数257天,PM2.5浓度为54微克/立方米;\n"
            "宝鸡市优良天数276天,PM2.5浓度为53微克/立方米;\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-03-01")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (257.0, "target", 2019), (54.0, "target", 2019), (276.0, "target", 2019), (53.0, "target", 2019)]


def test_a_plans_end_that_opens_a_clause_sets_the_horizon_after_the_same_plan_named_in_passing():
    """News of a province's reservoir campaign (heldout248 n06): "…把…作为“十四五”时期建设贵州水网的重要抓手,…,到“十四五”末,
    全省水利工程设计供水能力达到155亿立方米": the plan named in passing sets no horizon, the 到 clause after it does."""
    text = ("贵州水资源总量1062亿立方米。\n省水利厅把开展“百库大会战”作为“十四五”时期建设贵州水网的重要抓手,"
            "到“十四五”末,全省水利工程设计供水能力达到155亿立方米。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert {v.value: (v.kind, v.year) for v in result.values}[155.0] == ("target", 2025)


def test_a_sentence_listing_a_texts_parts_opens_none_of_them():
    """An explainer of a city's work report (heldout252 n05): "本文帮您从2022年重点工作回顾、2023年主要预期目标、2023年部分
    重点工作三部分解读…" names the parts' cues; it opens no section of targets, so the results after it stay results."""
    text = ("在2023年1月9日举行的某市人民代表大会上,市长向大会报告政府工作。\n"
            "本文帮您从2022年重点工作回顾、2023年主要预期目标、2023年部分重点工作三部分解读某市政府工作报告。\n"
            "2022年,某市经受住了重大考验。\n以超常规力度出台235项稳增长举措,为市场主体减免缓退税费347亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2023-01-09")
    assert [(v.value, v.kind) for v in result.values] == [(235.0, "actual"), (347.0, "actual")]


def test_a_sentence_listing_a_texts_parts_with_commas_opens_none_of_them():
    """The same explainer as a converter writes it, its 、 turned into commas (tests/perturbations.py list-commas over the read
    sets): "本文帮您从2022年重点工作回顾,2023年主要预期目标,…三部分解读" still names parts, opening none."""
    text = ("在2023年1月9日举行的某市人民代表大会上,市长向大会报告政府工作。\n"
            "本文帮您从2022年重点工作回顾,2023年主要预期目标,2023年部分重点工作三部分解读某市政府工作报告。\n"
            "2022年,某市经受住了重大考验。\n以超常规力度出台235项稳增长举措,为市场主体减免缓退税费347亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2023-01-09")
    assert [(v.value, v.kind) for v in result.values] == [(235.0, "actual"), (347.0, "actual")]


def test_a_target_after_a_plan_named_with_its_period_is_of_its_last_year():
    """News of a city's school-building plan (heldout79 n01): "2012年,市政府启动了《…三年行动计划(2012—2014年)》,
    计划建设中小学200余所" states the plan's target, of its last year, not of the year it was launched; a year written
    after the plan's name dates what follows it."""
    text = ("2012年,市政府启动了《某市中小学建设三年行动计划(2012—2014年)》,计划建设中小学200余所,其中新征占地项目学校70所左右。"
            "\n《某市中小学建设三年行动计划(2012—2014年)》实施以来,2013年计划新建学校30所。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2015-11-12")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (200.0, "target", 2014), (70.0, "target", 2014), (30.0, "target", 2013)]


def test_a_work_report_scraped_as_one_line_reviews_its_year_before_its_first_committing_sentence(tmp_path):
    """A city's work report with its line breaks lost (heldout h24 as one line): a report reviews its year before it
    sets targets, and where that review ends is a sentence, not a line, when the whole report is one line; a sentence
    saying the year's targets were met ("较好完成了市十六届人大五次会议确定的主要目标任务") commits to nothing."""
    from pathlib import Path

    page = (Path(__file__).parent / "heldout" / "docs" / "h24.txt").read_text(encoding="utf-8").replace("\n", "")
    (tmp_path / "h24.txt").write_text(page, encoding="utf-8")
    targets = extract_tables(tmp_path).tables["targets"]
    first = targets[targets["quote"].str.contains("4704.3亿元|增长6.1%|增加值增长9.5%")]
    assert len(first) == 3 and set(first["kind"]) == {"actual"}


def test_a_ratio_to_one_is_a_value_when_stated_as_a_level_or_a_change():
    """生师比为13.96∶1 and 从5.2:1提高到7.3:1 state ratios' values (heldout16 p16_09, heldout61 n06); 按1:1比例承担 is a
    funding rule."""
    ceiling = one("到2025年,全市小学生师比不高于17:1。")
    assert (ceiling.indicator_zh, ceiling.value, ceiling.comparator, ceiling.unit_std) == ("小学生师比", 17.0, "<=", ":1")
    level = one("2021年,全县小学生师比为13.96∶1。", doc_type="work_report", period=(2021, 2021))
    assert (level.value, level.unit, level.unit_std) == (13.96, "∶1", ":1")
    result, _ = extract("2021年,城乡居民收入比由2.05:1下降为2.02:1。", doc_type="work_report", period=(2021, 2021))
    assert [v.value for v in result.values] == [2.05, 2.02] and result.values[1].indicator_zh == "城乡居民收入比"
    result, _ = extract("补助资金市县按1:1比例承担,扩散比2:1。")
    assert result.values == []


def test_a_ratio_from_one_is_one_value_its_later_term():
    """医护比为1:1.25, 床护比1:0.48 (heldout215 n01), 比例不低于1∶15 (heldout69 n01): the later term is the value and
    "1:" its unit, not a value 1 and another 1.25; a ratio from one in a rule (按1:1配套, 教职工与幼儿1:6配备) is none."""
    result, _ = extract("到2025年,医护比为1:1.25,床护比1:0.48,专任教师与幼儿比例不低于1∶15。")
    assert [(v.indicator_zh, v.value, v.unit, v.comparator) for v in result.values] == [
        ("医护比", 1.25, "1:", "="), ("床护比", 0.48, "1:", "="), ("专任教师与幼儿比例", 15.0, "1∶", ">=")]
    result, _ = extract("补助资金市县按1:1配套,教职工与幼儿1:6配备。")
    assert result.values == []
    result, _ = extract("到2025年,各类用房面积比例为1:2:3。")
    assert not {2.0, 3.0} & {v.value for v in result.values}


def test_a_fraction_written_with_a_slash_is_one_share():
    """高新技术产业产值占比重超过1/3 (heldout916 n05), 占全国比重由1/9提高至1/8 (heldout380): one share as a decimal to four
    places, not a value 1 and a value 3; a date (2024/3/5) and a rate per 100,000 (2/10万) are not fractions, and a
    fraction not below a whole is flagged, not read."""
    result, _ = extract("到2025年,高新技术产业产值占比重超过1/3,覆盖率达到3/4以上。")
    assert [(v.value, v.unit, v.comparator) for v in result.values] == [(0.3333, "", ">"), (0.75, "", ">=")]
    result, _ = extract("2024/3/5发布。到2025年,孕产妇死亡率控制在2/10万以下。")
    assert [(v.value, v.unit) for v in result.values] == [(2.0, "/10万")]
    result, _ = extract("到2025年,新建学校5/3所。")
    assert result.values == [] and [f.text for f in result.flags] == ["5/3所"]


def test_a_rate_per_100_thousand_is_one_value_with_its_base_as_unit():
    """孕产妇死亡率12/10万 (heldout143 n10, heldout45 n05): 12 per 100,000, not 12 and a second value 10万."""
    result, _ = extract("到2025年,孕产妇死亡率、婴儿死亡率分别下降到12/10万和5‰,孕产妇死亡率控制在10/十万以下。")
    assert [(v.indicator_zh, v.value, v.unit_std, v.comparator) for v in result.values] == [
        ("孕产妇死亡率", 12.0, "/10万", "="), ("婴儿死亡率", 5.0, "‰", "="), ("孕产妇死亡率", 10.0, "/10万", "<=")]


def test_a_plans_end_named_after_the_year_stated_dates_the_value():
    """"…提升至2024年的5777.41亿元,“十四五”末预计将迈上6000亿元台阶" (heldout168 n11): the plan's end, named in the
    value's clause after 2024, dates it; a plan's end as a base (是“十一五”末的1.6倍) does not."""
    result, _ = extract("全市经济总量由“十三五”末的4505.23亿元提升至2024年的5777.41亿元,“十四五”末预计将迈上6000亿元台阶。",
                        doc_type="other", period=(None, None), issued="2025-10-13")
    assert [(v.value, v.year) for v in result.values] == [(4505.23, 2020), (5777.41, 2024), (6000.0, 2025)]
    result, _ = extract("2015年全市生产总值达到800亿元,是“十一五”末的1.6倍。", doc_type="other", period=(None, None),
                        issued="2016-02-01")
    assert [(v.value, v.year) for v in result.values] == [(800.0, 2015), (1.6, 2015)]


def test_the_extent_of_a_place_is_a_fact_of_it_not_a_target():
    """A county's master plan (heldout72 n04) and news of a regional plan (heldout184 n03): "湖口县县域国土面积673.69平方
    公里", "…,面積5.05萬平方公里" under a plan's targets describe the place; an area of work (治理面积), a built-up area
    to reach (建成区面积), or an extent with a target cue stays a target."""
    result, _ = extract("到2025年,湖口县县域国土面积673.69平方公里,规划范围包括8个县市,面积5.05万平方公里。"
                        "新增水土流失治理面积500平方公里,中心城区建成区面积30平方公里,全县面积达到700平方公里。")
    assert [(v.value, v.kind) for v in result.values if v.unit.endswith("平方公里")] == [
        (673.69, "actual"), (5.05, "actual"), (500.0, "target"), (30.0, "target"), (700.0, "target")]


def test_megawatts_are_units_of_capacity_in_kilowatts():
    """力争马路坡150兆瓦…光伏项目 (heldout184 n09), 新增光伏40MW (heldout178 n02) gave no value: 兆瓦 and MW are units,
    standardised to 千瓦 as 万千瓦 is; 兆瓦时 is energy, not capacity."""
    result, _ = extract("到2025年,力争马路坡150兆瓦光伏项目并网发电,新增光伏40MW,新建储能200兆瓦时。")
    assert [(v.value, v.unit, v.value_std, v.unit_std) for v in result.values] == [
        (150.0, "兆瓦", 150000.0, "千瓦"), (40.0, "MW", 40000.0, "千瓦"), (200.0, "兆瓦时", 200000.0, "千瓦时")]


def test_computing_power_in_pflops_is_a_unit():
    """算力规模力争达到3000P (heldout235 n02) was read as no value: P (PFlops) and EFlops are units of computing power,
    standardised to PFlops, so the target is kept with its unit."""
    result, _ = extract("到2025年,算力规模力争达到3000P,算力总规模突破100EFlops。")
    assert [(v.kind, v.value, v.unit, v.value_std, v.unit_std) for v in result.values] == [
        ("target", 3000.0, "P", 3000.0, "PFlops"), ("target", 100.0, "EFlops", 100000.0, "PFlops")]


def test_hectares_and_kilometres_written_km_are_units():
    """储备工业用地124公顷 (heldout49 n02), 513.53万公顷 (heldout45 n09), 干渠总长21.66km (heldout167 n03): values with
    their units, not numbers joined to text."""
    result, _ = extract("到2025年,储备工业用地124公顷,耕地保有量不低于513.53万公顷,新建干渠总长21.66km。")
    assert [(v.value, v.unit, v.value_std, v.unit_std) for v in result.values] == [
        (124.0, "公顷", 124.0, "公顷"), (513.53, "万公顷", 5135300.0, "公顷"), (21.66, "km", 21.66, "公里")]


def test_a_plan_named_as_the_base_of_a_comparison_does_not_date_the_paragraph():
    """"与“十五”末相比,…翻一番。新增规模工业企业900户" in a report of 2011 on the past five years (heldout170 n01): the
    plan's end is what the results are compared with, not the year they are of."""
    result, _ = extract("一、过去五年的工作回顾\n——过去五年,是全市经济快速增长的五年。与“十五”末相比,全市进出口总额翻一番。"
                        "新增规模工业企业900户,总数达1334户。\n", doc_type="work_report", period=(2011, 2011),
                        issued="2011-01-13")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (100.0, "actual", 2010), (900.0, "actual", 2010), (1334.0, "actual", 2010)]


def test_a_plan_named_as_the_base_of_a_multiple_dates_neither_the_value_nor_the_paragraph():
    """"规模工业增加值是“十五”末的6.7倍,…。全市省级开发区增加到12个" in a report of 2011 on the past five years
    (heldout170 n01): the plan's end is the base the value is a multiple of, as 2005年 is in "是2005年的6.7倍"."""
    result, _ = extract("一、过去五年的工作回顾\n过去五年,全市经济快速增长。规模工业增加值是“十五”末的6.7倍,年均增长26%。"
                        "累计完成工业投资突破千亿元,是“十五”的6倍。全市省级开发区增加到12个。\n", doc_type="work_report",
                        period=(2011, 2011), issued="2011-01-13")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (6.7, "actual", 2010), (26.0, "actual", 2010), (1000.0, "actual", 2010), (6.0, "actual", 2010),
        (12.0, "actual", 2010)]


def test_a_title_that_commits_for_the_year_it_names_frames_the_values_no_cue_decides():
    """"2025年重庆…将呈现以下变化:" over a list of the year's plans (heldout178 n07): the title's commitment frames the
    page, so its uncued values are targets; not on a page that also reports a result by a cue (已建成), nor under a
    title that commits for no year, nor under a first sentence taken for a title (…。现将工作落实情况汇报如下)."""
    title = "2025年重庆在经济发展和民生改善等方面将呈现以下变化:"
    body = "一、经济高质量发展\n规上工业增加值增长8%,工业投资占比提升至40%以上。\n新开工城镇老旧小区1227个。\n"
    result, _ = extract(f"{title}\n{body}", doc_type="other", period=(None, None), issued="", title=title)
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (8.0, "target", 2025), (40.0, "target", 2025), (1227.0, "target", 2025)]
    mixed, _ = extract(f"{title}\n{body}全市已建成口袋公园200个。\n", doc_type="other", period=(None, None), issued="",
                       title=title)
    assert [v.kind for v in mixed.values] == ["actual"] * 4
    untitled, _ = extract("贵州将加大财政投入补齐学前教育短板\n全省学前三年入园率为55.4%。\n", doc_type="other",
                          period=(None, None), issued="2013-05-02", title="贵州将加大财政投入补齐学前教育短板")
    assert [(v.value, v.kind) for v in untitled.values] == [(55.4, "actual")]
    horizon = "到2025年江苏沿海地区综合实力稳步提升"  # heldout176 n08: a horizon that leads the title commits too
    planned, _ = extract(f"{horizon}\n2021-12-28 来源:中工网\n《规划》指出,到2025年,地区生产总值占全省比重力争达20%左右。\n"
                         "高新技术产业产值占规模以上工业比重达到42.5%。\n", doc_type="other", period=(None, None),
                         issued="2021-12-28", title=horizon)
    assert [(v.value, v.kind, v.year) for v in planned.values] == [(20.0, "target", 2025), (42.5, "target", 2025)]
    lead = "2020年初,县督查局对目标进行细化分解,强力推进落实。现将工作落实情况汇报如下:"
    reported, _ = extract(lead + "\n护理型床位共159张。\n", doc_type="other", period=(None, None), issued="", title=lead)
    assert [(v.value, v.kind) for v in reported.values] == [(159.0, "actual")]


def test_a_title_that_commits_for_this_year_frames_the_values_no_cue_decides():
    """"湖北今年将凝心聚力做这些事" over the list of a work report's projects (heldout211 n08): 今年 is the year the page
    speaks in, so the title commits for it as one naming that year does, as one committing for 未来五年 does; not a
    title that commits for no year."""
    body = "政府工作报告提出十大民生项目清单。具体如下:\n改造棚户区住房4.8万套,改造城镇老旧小区4000个以上。\n"
    framed = _under_a_title("湖北今年将凝心聚力做这些事", body, "2023-01-14")
    assert [(v.value, v.kind, v.year) for v in framed] == [(4.8, "target", 2023), (4000.0, "target", 2023)]
    assert [v.kind for v in _under_a_title("湖北凝心聚力做这些事", body, "2023-01-14")] == ["actual", "actual"]
    # heldout215 n01: the coming years a title commits for
    planned = _under_a_title("未来五年 某市将规划建设22所公办学校", "到2020年,配置学校22所。\n\n优化学前教育资源,公办幼儿园总量达到29所。\n",
                             "2016-09-09")
    assert [(v.value, v.kind) for v in planned] == [(22.0, "target"), (22.0, "target"), (29.0, "target")]


def _under_a_title(title: str, body: str, issued: str = "") -> list:
    """The values of a page of no known type under ``title``, which is the page's first line."""
    result, _ = extract(f"{title}\n{body}", doc_type="other", period=(None, None), issued=issued, title=title)
    return result.values


def test_a_title_that_commits_in_a_later_clause_for_this_year_frames_the_values_no_cue_decides():
    """A news digest's first sentence taken for its title, "2017年是…的关键一年,…之年。今年政府将干哪些大事" (heldout100
    n09): the clause after 今年 commits though the one after the year it names first does not."""
    plain = "2017年是某市深入实施发展规划的关键一年,也是新一届政府开局奠基之年"
    body = "1. 精准脱贫。全市新增扶贫贷款10亿元以上。\n2. 城市建设。建成海绵城市示范点6处。\n"
    framed = _under_a_title(plain + "。今年政府将干哪些大事,又有哪些民生新举措", body)
    assert [(v.value, v.kind, v.year) for v in framed] == [(10.0, "target", 2017), (6.0, "target", 2017)]
    assert [v.kind for v in _under_a_title(plain, body)] == ["actual", "actual"]


def test_a_value_word_after_a_list_of_names_is_each_names_value():
    """"旅游总收入、接待入境游人次、旅游外汇收入均实现翻番" (heldout211 n01) and "生产总值和城乡居民人均收入比2010年翻一番"
    (heldout4 h06, 196 n11): a word shared by a list before 均, or by names that each end as an indicator does, is a
    statement of each name, as a number is ("A、B均达到100%"); not a list of names that neither 均 nor their endings
    make measures, nor one name, nor names the last relates as one (…对…的贡献率)."""
    result, _ = extract("到2020年,旅游总收入、接待入境游人次、旅游外汇收入均实现翻番。\n"
                        "到2020年生产总值和城乡居民人均收入比2010年翻一番以上。\n"
                        "公办和民办幼儿园翻一番。主要经济指标都将翻一番。门票收入和税收对财政收入的贡献率翻一番。\n")
    assert [(v.indicator_zh, v.value, v.comparator, v.year) for v in result.values] == [
        ("旅游总收入", 100.0, "=", 2020), ("接待入境游人次", 100.0, "=", 2020), ("旅游外汇收入", 100.0, "=", 2020),
        ("生产总值", 100.0, ">=", 2020), ("城乡居民人均收入", 100.0, ">=", 2020),
        ("公办和民办幼儿园", 100.0, "=", 2025), ("主要经济指标都将", 100.0, "=", 2025),
        ("门票收入和税收对财政收入的贡献率", 100.0, "=", 2025)]
    assert [result.values[k].quote_span[0] - result.values[k - 1].quote_span[0] for k in (1, 2)] == [6, 8]


def test_a_value_word_after_a_list_and_fenbie_is_each_names_value():
    """"全區工業總産值、工業增加值分別比2010年翻兩番以上" (heldout534 n07): 分别 before one value word shares it as 均
    does, each name a statement of its own, a short name completed by the last (公办和民办幼儿园分别翻一番)."""
    result, _ = extract("到2015年,全区工业总产值、工业增加值分别比2010年翻两番以上。公办和民办幼儿园分别翻一番。\n")
    assert [(v.indicator_zh, v.value, v.comparator, v.year) for v in result.values] == [
        ("工业总产值", 300.0, ">=", 2015), ("工业增加值", 300.0, ">=", 2015), ("公办幼儿园", 100.0, "=", 2015),
        ("民办幼儿园", 100.0, "=", 2015)]


def test_a_doubling_realised_is_a_hundred_percent_and_a_doubling_programme_is_no_value():
    """"城乡居民收入实现倍增" in news of a city's five-year plan (heldout178 n10): a doubling, +100 % as 翻一番 is; the
    name of a programme (优质教育倍增工程, 教育倍增计划) states no value."""
    result, _ = extract("“十四五”期间,地区生产总值年均增长8%以上,城乡居民收入实现倍增。实施教育倍增计划。\n")
    assert [(v.value, v.unit, v.kind, v.year) for v in result.values] == [(8.0, "%", "target", 2025),
                                                                        (100.0, "%", "target", 2025)]


def test_a_part_of_the_year_that_only_schedules_a_start_heads_no_review():
    """"一季度开工,宏图路年内完成工程量的50%" in a district's table of the year's projects (heldout176 n04): the quarter
    says when work starts, it opens no report of the quarter's results; "一季度,全区生产总值增长7%" does."""
    text = ("2023年区政府民生实事项目目标任务与责任分解表\n实施宏图路提升改造工程。\n"
            "一季度开工,宏图路年内完成工程量的50%。\n新建未来社区4个。\n")
    result, _ = extract(text, doc_type="project_list", period=(None, None), issued="2023-02-03")
    assert [(v.value, v.kind) for v in result.values] == [(50.0, "target"), (4.0, "target")]
    quarter, _ = extract("2023年主要目标\n地区生产总值增长6%。\n一季度,全区地区生产总值增长7%。\n", doc_type="work_report",
                         period=(2023, 2023), issued="2023-04-20")
    assert [(v.value, v.kind) for v in quarter.values] == [(6.0, "target"), (7.0, "actual")]


def test_a_part_of_the_year_a_commitment_leads_to_heads_no_review():
    """"力争上半年该省重点项目年度计划投资完成率55%以上" (heldout238 n06, news of a province's investment plan): the half
    year is when a target is due, it opens no report of the months so far, so the plan's values after it stay
    targets."""
    text = "2023年有效投资专项行动方案\n力争上半年重点项目年度计划投资完成率55%以上。\n新增高标准农田410万亩。\n"
    result, _ = extract(text, doc_type="action_plan", period=(2023, 2023), issued="2023-02-22")
    assert [(v.value, v.kind) for v in result.values] == [(55.0, "target"), (410.0, "target")]


def test_a_share_of_the_targets_announces_no_section_of_targets():
    """"…的有3项,占目标任务的30%;正常推进的有4项" in a city's notice of its projects' progress (heldout153 n01): 目标任务
    after 占 measures what was done against the targets; the counts after it are results."""
    result, _ = extract("截至9月底,已完成年度目标任务的有3项,占目标任务的30%;正常推进的有4项,占目标任务的40%;"
                        "推进缓慢的有3项,占目标任务的30%。\n", doc_type="other", period=(None, None), issued="2017-10-12")
    assert [(v.value, v.kind) for v in result.values] == [(3.0, "actual"), (30.0, "actual"), (4.0, "actual"),
                                                           (40.0, "actual"), (3.0, "actual"), (30.0, "actual")]


def test_the_parts_after_a_cued_total_take_its_kind_over_the_section():
    """"现状:…目前该区有中小学70所。" then "规划:全区规划建设中小学90所,其中小学56所,初中22所" (heldout178 n04): the
    parts 其中 breaks the planned total into are planned too, whatever section the page is in; the parts of a total
    reported in a section of targets are results."""
    result, _ = extract("现状:\n目前该区有中小学70所。\n规划:\n全区规划建设中小学90所,其中小学56所,初中22所,另有1所辅读学校。\n",
                        doc_type="other", period=(None, None), issued="2015-11-09")
    assert [(v.value, v.kind) for v in result.values] == [(70.0, "actual"), (90.0, "target"), (56.0, "target"),
                                                           (22.0, "target"), (1.0, "target")]
    result, _ = extract("主要目标\n到2025年,新建学校10所。目前全区共有中小学61所,其中小学41所,初中14所。\n",
                        doc_type="other", period=(None, None), issued="2021-03-01")
    assert [(v.value, v.kind) for v in result.values] == [(10.0, "target"), (61.0, "actual"), (41.0, "actual"),
                                                           (14.0, "actual")]


def test_a_sentence_led_by_a_span_counted_back_ends_the_horizon_of_its_paragraph():
    """"规划到2017年,…。近3年,我省共争取林业投入115.15亿元,…森林覆盖率达48%" (heldout126 n04): after a plan's targets
    the paragraph turns to what the past years achieved; its values are no targets of 2017."""
    result, _ = extract("规划到2017年,全省完成造林任务1042万亩。近3年,我省共投入林业资金115亿元。全省森林面积达1.27亿亩,"
                        "森林覆盖率达48%。\n", doc_type="other", period=(None, None), issued="2014-06-30")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (1042.0, "target", 2017), (115.0, "actual", 2014), (1.27, "actual", 2014), (48.0, "actual", 2014)]


def test_same_period_growth_after_a_target_sections_lead_in_its_sentence_is_a_target():
    """"预期目标是,地区生产总值同比增长7%,规上工业总产值同比增长8.5%" (heldout169 n05): 同比 reports results, but
    targets are set against the same period too; the lead in the sentence decides. Without it, a result."""
    result, _ = extract("2024年,我们将锚定区域定位。预期目标是,地区生产总值同比增长7%,规上工业总产值同比增长8.5%。\n",
                        doc_type="other", period=(None, None), issued="2024-01-19")
    assert [(v.value, v.kind) for v in result.values] == [(7.0, "target"), (8.5, "target")]
    result, _ = extract("1-6月,地区生产总值同比增长2.9%。\n", doc_type="other", period=(None, None), issued="2024-07-19")
    assert [(v.value, v.kind) for v in result.values] == [(2.9, "actual")]


def test_the_year_of_a_base_a_value_is_measured_from_dates_neither_it_nor_its_paragraph():
    """"人均地区生产总值在2000年基础上提前翻番,达到2000美元;地方财政收入五年再翻一番" in the 十一五 targets of a report
    of 2006 (heldout170 n11): 2000 is the base of the doubling; the targets are the plan's, of 2010."""
    result, _ = extract("“十一五”时期经济社会发展的主要目标是:地区生产总值年均增长10%;人均地区生产总值在2000年基础上提前"
                        "翻番,达到2000美元;地方财政收入五年再翻一番。\n", doc_type="work_report", period=(2006, 2010),
                        issued="2006-01-10")
    assert [(v.value, v.kind, v.year) for v in sorted(result.values, key=lambda v: v.number_span)] == [
        (10.0, "target", 2010), (100.0, "target", 2010), (2000.0, "target", 2010), (100.0, "target", 2010)]


def test_sectors_named_by_their_ordinals_in_a_list_pair_with_its_values():
    """"其中一、二、三产业分别增长5%、13%、10%" (heldout170 n09): 一、二、三产业 names 第一产业, 第二产业 and 第三产业
    (codebook/list_compounds.csv), one per value."""
    result, _ = extract("今年全省生产总值预期增长10%,其中一、二、三产业分别增长5%、13%、10%。", doc_type="other",
                        period=(None, None), issued="2006-02-01")
    assert [(v.indicator_zh, v.value) for v in result.values][1:] == [("第一产业", 5.0), ("第二产业", 13.0), ("第三产业", 10.0)]


def test_energy_units_in_standard_coal_are_units():
    """火电平均供电煤耗控制在300克标煤/千瓦时以下 (heldout169 n10) gave no value; 0.52吨标准煤/万元 was 0.52吨."""
    result, _ = extract("到2025年,单位地区生产总值能耗降至0.52吨标准煤/万元,能源消费总量控制在1500万吨标准煤以内,"
                        "火电平均供电煤耗控制在300克标煤/千瓦时以下。")
    assert [(v.value, v.unit, v.value_std, v.unit_std, v.comparator) for v in result.values] == [
        (0.52, "吨标准煤/万元", 0.52, "吨标准煤/万元", "="), (1500.0, "万吨标准煤", 15000000.0, "吨标准煤", "<="),
        (300.0, "克标煤/千瓦时", 300.0, "克标准煤/千瓦时", "<=")]


def test_a_ratio_to_one_after_a_bound_verb_is_a_value():
    """"中心区城乡居民收入差距控制在2.2∶1以内" (heldout174 n11): 控制在 bounds the ratio as 不高于 does."""
    result, _ = extract("到2025年,中心区城乡居民收入差距控制在2.2∶1以内。")
    assert [(v.indicator_zh, v.value, v.unit_std, v.comparator) for v in result.values] == [
        ("中心区城乡居民收入差距", 2.2, ":1", "<=")]


def test_a_quotation_that_opens_on_a_tasks_verb_quotes_the_task_not_a_name():
    """A province's rural-road news (heldout180 n03): "将“建成1万公里建制村通沥青(水泥)路”确定为“10件23项”为民办实事之一"
    quotes the task and its amount, a target; “10件23项” is the list's name, no value."""
    result, _ = extract("2014年,甘肃省委、省政府将“建成1万公里建制村通沥青(水泥)路”确定为“10件23项”为民办实事之一。",
                        doc_type="other", period=(None, None), issued="2015-01-10")
    assert [(v.value, v.unit, v.kind, v.year) for v in result.values] == [(1.0, "万公里", "target", 2014)]


def test_a_quotation_that_states_an_indicator_reaching_a_value_quotes_a_statement_not_a_name():
    """A city's news of its consumption drive (heldout143 n06): "从“夜经济集聚区”到“新能源汽车渗透率达45%”" quotes what
    was reached; a quoted name with a number and no such verb (“十百千万工程”, “3个千亿元级产业”) stays a name."""
    result, _ = extract("从“夜经济集聚区”到“新能源汽车渗透率达45%”,一个个跳动的数字。打造“3个千亿元级产业”。",
                        doc_type="other", period=(None, None), issued="2024-01-10")
    assert [(v.value, v.unit) for v in result.values] == [(45.0, "%")]


def test_a_quoted_change_figure_measures_what_is_named_before_the_quotation():
    """News of cities' growth targets (heldout274 n02, heldout238 n02): a quotation of a change's verb and figure
    (“增长7%左右”, “保8%、争9%”) quotes a target, not a name; its measure is named before it, past the target's words;
    a place ("安阳市的预期目标是…") or a list of places after it measures nothing, so such a figure stays flagged."""
    result, text = extract("2024年全市地区生产总值预期目标为“增长7%左右”,规模以上工业增加值目标是“保8%、争9%”,"
                           "安阳市的预期目标是“增长6.5%”。“增长8%以上”的地市有郑州、周口。", doc_type="other",
                           period=(None, None), issued="2024-02-10")
    assert [(v.indicator_zh, v.value, v.comparator, v.target_type, v.kind, v.year) for v in result.values] == [
        ("地区生产总值", 7, "~", "growth", "target", 2024), ("规模以上工业增加值", 8, "=", "growth", "target", 2024),
        ("规模以上工业增加值", 9, "=", "growth", "target", 2024)]
    assert sorted(text[f.char_start:f.char_end] for f in result.flags) == ["6.5%", "8%"]


def test_a_value_read_from_a_word_in_a_headline_takes_the_kind_of_its_restatement():
    """A city paper's news of a new area's plan (heldout180 n05): the sub-headline's "GDP在2018年基础上翻两番" (+300 %,
    a value word) is restated in the lead's targets to 2025, so it is that target; the word decides no kind itself."""
    result, _ = extract("临港新片区规划:初步实现目标\nGDP在2018年基础上翻两番 初步建成滨海城市\n"
                        "■规划昨天发布。到2025年,地区生产总值(GDP)在2018年基础上翻两番,年均增速达到25%左右。\n",
                        doc_type="other", period=(None, None), issued="2021-08-13")
    values = sorted(result.values, key=lambda v: v.number_span)
    assert [(v.value, v.kind, v.year) for v in values] == [(300.0, "target", 2025), (300.0, "target", 2025),
                                                            (25.0, "target", 2025)]


def test_the_coming_five_years_of_a_page_dated_after_its_plan_period_are_the_next_period():
    """A news page of a province's 2026 work report (heldout182 n06), its period 2021-2025 read from a 十四五 headline:
    "聚焦今后五年,…其中,地区生产总值年均增长5%左右" looks to 2026-2030, not back over the period the page reviews."""
    result, _ = extract("五年来,全省出口通关效率稳居中部地区第一。\n"
                        "聚焦今后五年,省长表示,规划纲要(草案)提出了20个预期性指标。其中,地区生产总值年均增长5%左右。\n",
                        doc_type="other", period=(2021, 2025), issued="2026-01-27")
    assert [(v.value, v.kind, v.year) for v in result.values if v.unit == "%"] == [(5.0, "target", 2030)]


def test_a_year_after_the_page_was_written_makes_its_value_a_target():
    """A province's news of its industry opinions, dated 2016 (heldout190 n03): "主营业务收入2017年达到2400亿元左右"
    cannot report a result; a school year that ends after the date ("2020至2021学年度") and an estimate ("预计追加学位")
    are not targets by it."""
    result, _ = extract("生物医药和大健康主营业务收入2017年达到2400亿元左右。\n", doc_type="other", period=(None, None),
                        issued="2016-07-05")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(2400.0, "target", 2017)]
    result, _ = extract("2020至2021学年度,我区有在职教职工7888人。\n", doc_type="other", period=(None, None),
                        issued="2020-12-30")
    assert [v.kind for v in result.values] == ["actual"]
    result, _ = extract("截至2019年12月25日,全省实际建设1108所幼儿园,2020年才可投入使用,预计追加学位14.29万个。\n",
                        doc_type="other", period=(None, None), issued="2019-12-28")
    assert [v.kind for v in result.values if v.value == 14.29] == ["actual"]


def test_a_line_that_continues_the_list_item_above_takes_its_indicator():
    """A province's news of its industry opinions, one item per line (heldout190 n03): "2020年达到3800亿元左右" and
    "年均增长20%左右" under "主营业务收入2017年达到2400亿元左右" are the same indicator's; a line after a sentence's end
    is not a continuation."""
    result, _ = extract("主营业务收入2017年达到2400亿元左右\n\n2020年达到3800亿元左右\n\n年均增长20%左右\n",
                        doc_type="other", period=(None, None), issued="2016-07-05")
    assert [(v.value, v.year, v.target_type) for v in result.values] == [
        (2400.0, 2017, "level"), (3800.0, 2020, "level"), (20.0, 2020, "growth")]
    assert all(v.indicator_zh.startswith("主营业务收入") for v in result.values)
    result, _ = extract("主营业务收入达到2400亿元。\n2020年达到3800亿元左右\n", doc_type="other", period=(None, None),
                        issued="2016-07-05")
    assert [v.value for v in result.values] == [2400.0]


def test_a_round_number_in_words_after_guo_passing_it_is_a_value():
    """A province's news of its clean-energy plan (heldout190 n05): "光伏制造业、储能制造业产值分别过千亿元" states two
    values, as 突破千亿 does; 千亿元产业, "投资超过亿元的项目" (heldout170 n07) and "12个预增产值过亿元增长点" (heldout172
    n01), classes of things by a round mark they pass, stay names."""
    result, _ = extract("到2030年,光伏制造业、储能制造业产值分别过千亿元。推进千亿元产业集群。投资超过亿元的项目稳步推进。"
                        "服务12个预增产值过亿元增长点。\n", doc_type="other", period=(None, None), issued="2023-05-01")
    assert [(v.indicator_zh, v.value, v.unit, v.year) for v in result.values if v.unit != "个"] == [
        ("光伏制造业产值", 1000.0, "亿元", 2030), ("储能制造业产值", 1000.0, "亿元", 2030)]


def test_a_later_change_with_no_years_starts_where_the_paragraphs_dated_change_started():
    """A work report's five-year review (read heldout192 n09): "生产总值由2011年的18.9亿元提高到2016年的28.4亿元。
    财政收入由2.3亿元提高到4.3亿元": the second change runs over the same years, so its start is a 2011 value and its
    end a 2016 one; a change whose end is of another year keeps the year its words give."""
    result, _ = extract("一、本届政府工作回顾\n全县地区生产总值由2011年的18.9亿元提高到2016年的28.4亿元。财政收入由2.3亿元提高到4.3亿元。\n",
                        doc_type="work_report", period=(None, None), issued="2017-02-10")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (18.9, "actual", 2011), (28.4, "actual", 2016), (2.3, "actual", 2011), (4.3, "actual", 2016)]
    result, _ = extract("一、本届政府工作回顾\n生产总值由2011年的18.9亿元提高到2016年的28.4亿元。到2020年,财政收入由5亿元提高到8亿元。\n",
                        doc_type="work_report", period=(None, None), issued="2017-02-10")
    assert [(v.value, v.year) for v in result.values if v.value in (5, 8)] == [(5, 2020), (8, 2020)]


def test_an_undated_pages_target_after_a_years_results_is_of_the_next_year(tmp_path):
    """News of a county's work report with no date (read heldout192 n11): "2024年,忠县地区生产总值增长6.7%,…" then
    "…力争规上工业增加值增长11%以上": the year named dates results, so the targets after them are the next year's; a
    year named for part of its months (2024年1-6月) reports the year still running, whose targets stay its own, and
    one that opens a task (2025年,推进…) dates no results."""
    (tmp_path / "p.txt").write_text(
        "某县坚持高质量发展。\n2024年,某县地区生产总值增长6.7%,位居全市区县第四。\n"
        "聚焦目标,某县将壮大制造业集群,力争规上工业增加值增长11%以上。\n", encoding="utf-8")
    rows = extract_tables(tmp_path).tables["targets"]
    assert {(r["value"], r["kind"], r["year"]) for r in rows.to_dict("records")} == {(6.7, "actual", 2024),
                                                                                    (11.0, "target", 2025)}
    (tmp_path / "p.txt").write_text(
        "某县坚持高质量发展。\n2024年1-6月,某县地区生产总值增长6.7%,位居全市区县第四。\n"
        "聚焦目标,某县将壮大制造业集群,力争规上工业增加值增长11%以上。\n", encoding="utf-8")
    rows = extract_tables(tmp_path).tables["targets"]
    assert {(r["value"], r["year"]) for r in rows.to_dict("records")} == {(6.7, 2024), (11.0, 2024)}
    (tmp_path / "p.txt").write_text(  # read heldout178 n12: a year that opens a task ("2025年,推进…") dates no results
        "某县坚持高质量发展。\n2025年,推进城市新型电力系统建设,开工建设6个变电站。\n"
        "有序实施燃煤电厂关停,屋顶光伏覆盖率不低于50%。\n", encoding="utf-8")
    rows = extract_tables(tmp_path).tables["targets"]
    assert {(r["value"], r["year"]) for r in rows.to_dict("records")}.issuperset({(50.0, 2025)})


def test_a_value_captioned_above_its_statement_takes_the_statement_below():
    """A county's work report read as figures (数读, heldout196 n08): each figure stands over a caption
    ("167.83亿元——经济总量稳步提升") and the line below states it with its indicator; the figure is that statement,
    rounded or not (320万人次 over 320.46万人次, about)."""
    text = ("一、2025年·回望:六组数据看“收官”\n167.83亿元——经济总量稳步提升\n"
            "全年实现地区生产总值167.83亿元,增长5%。\n320万人次——文旅融合活力释放\n"
            "全年接待游客320.46万人次,实现旅游总花费25.41亿元。\n6.3%——农民收入跑出加速度\n"
            "农村常住居民人均可支配收入达18904元,增长6.3%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2026-02-26")
    captions = sorted((v.value, v.comparator, v.indicator_zh, v.kind, v.year) for v in result.values
                      if "——" in text[v.quote_span[0]:v.quote_span[1]])
    assert captions == [(6.3, "=", "农村常住居民人均可支配收入", "actual", 2025),
                        (167.83, "=", "地区生产总值", "actual", 2025), (320.0, "~", "接待游客", "actual", 2025)]
    assert not [f for f in result.flags if "——" in f.message]


def test_a_value_captioned_with_no_statement_below_stays_a_flag():
    """A figure over a caption whose next line states another number is not guessed at: it stays a flag."""
    result, _ = extract("5.52亿元——财政收支平稳运行\n全年实现地区生产总值167.83亿元。\n", doc_type="other",
                        period=(None, None), issued="2026-02-26")
    assert [v.value for v in result.values] == [167.83]
    assert len(result.flags) == 1 and result.flags[0].message.startswith("no indicator phrase for '5.52亿元'")


def test_a_bound_after_a_value_word_is_its_comparator():
    """A provincial plan's recommendations read in the news (heldout196 n11): "比2010年翻一番以上" is a doubling
    at least (>=), quoted with its 以上; the indicator is what doubles, without the 比 of its comparison."""
    result, text = extract("到2020年生产总值比2010年翻一番以上。到2025年居民收入比2020年翻一番左右。")
    assert [(v.indicator_zh, v.value, v.comparator, text[v.quote_span[0]:v.quote_span[1]]) for v in result.values] == [
        ("生产总值", 100.0, ">=", "到2020年生产总值比2010年翻一番以上"),
        ("居民收入", 100.0, "~", "到2025年居民收入比2020年翻一番左右")]


def test_a_goal_the_work_pursued_is_no_target_cue_nor_a_section_of_targets():
    """A district's work report in the news (heldout203 n03): "围绕…战略发展目标,…,地区生产总值完成224.53亿元" reports
    the year's results; the goal the work was "around" commits nothing. "围绕上述目标任务" still heads what follows."""
    result, _ = extract("2023年,晋宁区围绕云南省委“3815”战略发展目标,坚决打赢六大攻坚战,地区生产总值完成224.53亿元。\n"
                        "紧扣全年发展目标任务,全县规模以上工业增加值增长12%。\n", doc_type="other", period=(None, None),
                        issued="2024-02-01")
    assert [(v.value, v.kind) for v in result.values] == [(224.53, "actual"), (12.0, "actual")]
    result, _ = extract("围绕上述目标任务,重点抓好以下工作:新建幼儿园8所。\n", doc_type="other", period=(None, None),
                        issued="2024-02-01")
    assert [(v.value, v.kind) for v in result.values] == [(8.0, "target")]


def test_a_slogan_holding_to_the_goal_does_not_open_a_work_reports_commitments():
    """A city's 2025 work report digest (heldout580 n01) reviews 2024 under "笃定目标、奋勇争先,经济运行向上向好向优。预计,
    地区生产总值增长5.8%左右": the goal held to (笃定, 咬定) commits nothing, so the review's values are results."""
    text = ("2025年某市政府工作报告(摘要)\n2024年,全市上下迎难而上、勇毅前行。\n笃定目标、奋勇争先,经济运行向上向好向优。"
            "预计,地区生产总值增长5.8%左右,规上工业增加值增长14.9%左右。\n"
            "2025年主要预期目标:地区生产总值增长6%左右。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2025-01-10", title="2025年某市政府工作报告")
    assert [(v.value, v.kind) for v in result.values if v.value in (5.8, 14.9, 6.0)] == [
        (5.8, "actual"), (14.9, "actual"), (6.0, "target")]


def test_a_rate_of_progress_is_the_share_of_a_plan_achieved():
    """A project office's figures (heldout356 n05: "农牧林水项目9个,年度计划投资7.2亿元,开工7个,开工率78%"; heldout45 n12:
    "年度计划投资完成率达115.2%"): the rate is how far the plan got, a result, though 计划 leads the sentence; a rate a
    commitment governs (力争…开工率达到30%) or one under a horizon (到2025年,…除险加固完成率100%) is a target."""
    def kinds(text):
        result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-07-20")
        return [(v.value, v.kind) for v in result.values]
    assert (78.0, "actual") in kinds("——按行业分:农牧林水项目9个,年度计划投资7.2亿元,开工7个,开工率78%。\n")
    assert (115.2, "actual") in kinds("59项市区重大项目完成投资52.61亿元,年度计划投资完成率达115.2%。\n")
    assert (30.0, "target") in kinds("力争签约项目开工率达到30%。\n")
    assert (100.0, "target") in kinds("到2025年,堤防达标率达到77%以上,小型病险水库除险加固计划完成率100%。\n")
    # after a plan's investment, the projects started and the money spent so far (计划投资X,开工N个,完成投资Y)
    progress = kinds("农牧林水项目9个,年度计划投资7.2亿元,开工7个,开工率78%,完成投资1.9亿元。\n")
    assert (7.0, "actual") in progress and (1.9, "actual") in progress and (7.2, "target") in progress
    assert (80.0, "target") in kinds("全区计划投资20亿元,确保完成投资80亿元。\n")


def test_a_name_in_the_quotation_marks_of_traditional_print_is_a_name():
    """A province's transport news in traditional print (heldout606 n03): "『十—五』…總體目標是啟動實施『1135』工程,即:完成
    交通投資1000億元" quotes the programme's name in 『』 as “” would: 1135 is a name, the amounts after it are values."""
    result, _ = extract("黑龙江省交通建设总体目标是启动实施『1135』工程,即:完成交通投资1000亿元,建设高速公路1000公里。\n",
                        doc_type="other", period=(2006, 2010), issued="2006-03-13")
    assert [v.value for v in result.values] == [1000.0, 1000.0]
    result, _ = extract("实施「3815」战略,新建学校12所。\n", doc_type="other", period=(None, None), issued="2024-01-02")
    assert [v.value for v in result.values] == [12.0]


def test_an_item_number_run_on_after_a_closing_bracket_is_an_ordinal():
    """A province's list of livelihood projects with its line breaks lost (heldout322 n03): "…达到城市社区的50%。(牵头单位:
    省人力资源社会保障厅)2.支持毕业生求职创业…" runs the next item's number on after the last one's aside: it is the item's
    ordinal, not a value; a decimal after a bracket (…(含)2.5万人) stays a value."""
    result, _ = extract("一、促进就业(3项)1.促进重点群体稳定就业,城镇新增就业68万人。(牵头单位:省人社厅)2.支持毕业生求职创业,"
                        "发放补贴(牵头单位:省人社厅)3.培训家政服务人员60万人次。\n", doc_type="notice", period=(None, None),
                        issued="2023-02-01")
    values = [v.value for v in result.values]
    assert 68.0 in values and 60.0 in values and 1.0 not in values and 2.0 not in values
    result, _ = extract("今年新增就业(含灵活就业)2.5万人。\n", doc_type="other", period=(None, None), issued="2023-02-01")
    assert [v.value for v in result.values] == [2.5]


def test_a_result_cue_leading_a_full_sentence_frames_its_pieces_after_a_semicolon_in_a_target_section():
    """A city's livelihood-project progress (heldout746 n02): "2022年省定民生实事-…。截至10月7日,全市共进行宫颈癌筛查68059人,
    …;乳腺癌筛查69832人,…" reports results in each piece after the ;, as in the first; a piece a count opens
    ("23所普惠性民办幼儿园认定工作已经完成46所", heldout47 n10) keeps its count the task it is."""
    text = ("一、目标任务\n截至10月7日,全市共进行宫颈癌筛查68059人,占全年筛查任务(6.6万人)的103.12%;"
            "乳腺癌筛查69832人,占全年筛查任务(6.6万人)的105.81%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-10-10")
    kinds = {v.value: v.kind for v in result.values}
    assert kinds[68059.0] == "actual" and kinds[69832.0] == "actual" and kinds[105.81] == "actual"
    text = "一、目标任务\n截至目前,已有8所投入使用;23所普惠性民办幼儿园认定工作正在推进。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-10-10")
    assert {v.value: v.kind for v in result.values}[23.0] == "target"


def test_a_quotation_ending_on_a_quantity_is_a_statement_not_a_title():
    """A county's list of the year's projects in book-title marks (heldout203 n11: 《城镇新增就业2000人以上》
    《建成全民健身中心1个》) states each amount; a name's number with no unit at its end (“3815”战略) stays a name."""
    result, _ = extract("方案内容主要包括《城镇新增就业2000人以上》《建成全民健身中心1个》,围绕“3815”战略推进。\n",
                        doc_type="work_report", period=(None, None), issued="2023-07-03")
    assert [(v.indicator_zh, v.value, v.comparator) for v in result.values] == [
        ("城镇新增就业", 2000.0, ">="), ("建成全民健身中心", 1.0, "=")]
    # a slogan names its number with a word or two (a city's work report, seed Zhanjiang 2023): no statement
    result, _ = extract("牢牢把握“白金6小时”“黄金24小时”,完成老年群体接种“三个90%”。\n", doc_type="work_report",
                        period=(None, None), issued="2023-07-03")
    assert result.values == []


def test_names_of_a_firms_accounts_share_the_growth_after_them():
    """A county's work report (heldout205 n05): "力争中联重科产值、税收增长15%以上" sets the growth of both."""
    result, _ = extract("力争中联重科产值、税收增长15%以上。", doc_type="work_report", period=(None, None))
    assert [(v.indicator_zh, v.value, v.comparator) for v in result.values] == [
        ("中联重科产值", 15.0, ">="), ("税收", 15.0, ">=")]


def test_a_unit_per_another_is_one_unit():
    """A province's action plan for county towns (heldout205 n03): "路网密度达到9公里/平方公里以上" is 9 km per square
    km at least (the bound after the whole unit); a scaled numerator is standardised, the denominator kept."""
    result, _ = extract("到2025年路网密度达到9公里/平方公里以上,亩均产值1.2万元/亩,孕产妇死亡率控制在12/10万以下。")
    assert [(v.value, v.unit, v.value_std, v.unit_std, v.comparator) for v in result.values] == [
        (9.0, "公里/平方公里", 9.0, "公里/平方公里", ">="), (1.2, "万元/亩", 12000.0, "元/亩", "="),
        (12.0, "/10万", 12.0, "/10万", "<=")]


def test_a_value_dated_to_the_year_a_page_plans_is_a_target_when_the_page_also_gives_an_earlier_years_results():
    """A news item on an annual plan report (heldout97 n01: "…2007年国民经济和社会发展计划执行情况与2008年…计划草案
    的报告" then "报告建议:2008年…生产总值增长10%左右"): its words name the year it plans and the year whose results it
    gives, so an uncued value dated to the planned year is a target of that year; one of the reviewed year stays a
    result. A page whose only year is its title line's ("2009年,我市实现…") says nothing of what it plans."""
    text = ("本报讯 市发改委在市人代会上书面作了《关于某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展"
            "计划草案的报告》。\n2023年全市生产总值增长6.1%。\n报告建议:2024年全市生产总值增长5.5%左右,地方财政收入增长6%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="", title="")
    assert [(v.kind, v.value, v.year) for v in result.values] == [
        ("actual", 6.1, 2023), ("target", 5.5, 2024), ("target", 6.0, 2024)]
    text = "2009年,我市经济平稳较快增长。以下一组摘自政府工作报告的数据。\n2009年,我市实现地区生产总值333亿元,同比增长13%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="", title="")
    assert {v.kind for v in result.values} == {"actual"}
    # an estimate of the year named (heldout260 n08: "2022年,遂平县…预计全年地区生产总值增长6%") is what it comes to
    text = ("本报讯 市发改委在市人代会上书面作了《关于某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展"
            "计划草案的报告》。\n2023年全市生产总值增长6.1%。\n2024年,全市主要经济指标保持全省前列,预计全年地区生产总值增长5.8%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="", title="")
    assert {v.value: v.kind for v in result.values}[5.8] == "actual"


def test_an_n_year_plans_name_after_a_horizon_word_sets_no_horizon():
    """A district's targets for 2024 in a news roundup (heldout228 n10): "实施新一轮世园会后利用三年行动计划,…,全年接待游客
    不低于1800万人次": 利用三年 opens the name of a three-year plan, not a span of three years from now, so the value is of
    the page's year; "利用3年时间" still sets one."""
    text = "实施新一轮世园会后利用三年行动计划,全年接待游客不低于1800万人次。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-01-17")
    assert [(v.value, v.year) for v in result.values] == [(1800, 2024)]
    result, _ = extract(text.replace("三年行动计划", "3年时间"), doc_type="other", period=(None, None), issued="2024-01-17")
    assert [(v.value, v.year) for v in result.values] == [(1800, 2026)]


def test_results_after_a_plans_end_named_at_their_sentences_lead_are_of_that_year():
    """A district's work report reviewing its five-year plan (heldout229 n08): "预计十二五末,地区生产总值、固定资产投资
    跨越3个百亿元台阶,双双突破600亿元,人均GDP突破1.5万美元" gives the plan's last year's results, also those measured
    against an earlier plan's end ("均较十一五末翻了一番", "是十一五末的2倍"), which dates nothing itself."""
    text = "一、2014年工作回顾\n预计十二五末,人均GDP突破1.5万美元,财政收入较十一五末增长1.2倍,是十一五末的2倍。\n"
    result, _ = extract(text, doc_type="work_report", period=(2015, 2015), issued="2015-01-20")
    assert [(v.kind, v.value, v.year) for v in result.values] == [("actual", 1.5, 2015), ("actual", 1.2, 2015),
                                                                   ("actual", 2, 2015)]
    result, _ = extract(text.replace("预计十二五末,", ""), doc_type="work_report", period=(2015, 2015), issued="2015-01-20")
    assert [v.year for v in result.values] == [2014, 2014, 2014]


def test_the_terms_of_a_ratio_of_parts_are_each_a_measure():
    """"三次产业结构为5.6:56.6:37.8" (heldout120 n07, 123 n10 and n12, a district's results): each term is the share of one
    industry (codebook ratio_parts.csv), quoted from the ratio's name; a ratio with more terms than parts stays
    structure."""
    result, _ = extract("2023年,全区地区生产总值增长5%,三次产业结构为5.6:56.6:37.8。\n", doc_type="other",
                        period=(None, None), issued="2024-01-10")
    assert [(v.indicator_zh, v.value, v.kind) for v in result.values][1:] == [
        ("第一产业比重", 5.6, "actual"), ("第二产业比重", 56.6, "actual"), ("第三产业比重", 37.8, "actual")]
    assert {v.quote_span[0] for v in result.values[1:]} == {len("2023年,全区地区生产总值增长5%,")}
    result, _ = extract("到2020年,三次产业结构比达到15:55:30,产业结构为1:2:3:4。\n", doc_type="plan",
                        period=(2016, 2020), issued="2016-05-10")
    assert [(v.indicator_zh, v.value, v.kind) for v in result.values if v.indicator_zh.endswith("产业比重")] == [
        ("第一产业比重", 15, "target"), ("第二产业比重", 55, "target"), ("第三产业比重", 30, "target")]
    assert not any(v.value in (2, 3, 4) for v in result.values)
    # the presentation colon ︰ of a traditional-character report (data/raw guigang_2018_work_report_excerpt)
    result, _ = extract("2017年,三次產業結構由19.8︰41︰39.2優化為17.9︰43︰39.1。\n", doc_type="work_report",
                        period=(2018, 2018), issued="2018-01-20")
    assert [(v.indicator_zh, v.value) for v in result.values][:3] == [
        ("第一产业比重", 19.8), ("第二产业比重", 41), ("第三产业比重", 39.2)]


def test_a_sentence_opened_by_a_past_plan_period_speaks_of_the_period_not_of_a_year_inside_it():
    """"“十二五”时期,…经受2013年抗洪救灾严峻考验,…。与2010年比,地区生产总值由106.96亿元增加到188.06亿元"
    (heldout264 n01, a county's review): the year named inside the period is an event of it, so the
    paragraph's results are of the period's last year; a year that opens the sentence still dates it."""
    text = ("“十二五”时期,全县经受2013年抗洪救灾严峻考验,圆满完成了各项任务。与2010年比,全县地区生产总值由"
            "106.96亿元增加到188.06亿元,年均增长11.9%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2016-01-15")
    assert [(v.kind, v.value, v.year) for v in result.values if v.value in (188.06, 11.9)] == [
        ("actual", 188.06, 2015), ("actual", 11.9, 2015)]
    result, _ = extract(text.replace("“十二五”时期,全县经受2013年", "2013年,全县经受"), doc_type="other",
                        period=(None, None), issued="2016-01-15")
    assert [v.year for v in result.values if v.value in (188.06, 11.9)] == [2013, 2013]


def test_a_paragraph_opening_on_the_plan_it_reports_is_not_dated_by_the_horizon_before_it():
    """News of a plan to 2030 (heldout320 n09): "到2025年,…比例达到100%。" then a paragraph "《规划》提出,每个州、市至少
    建设1个托育服务指导中心" speaks from the plan again, so its targets are of the plan's end, not of the 2025 named in the
    paragraph before; a paragraph that goes on without naming the plan keeps that horizon."""
    text = ("《规划》提出,到2025年,三级妇幼保健院开展中医药门诊服务的比例达到100%。\n"
            "《规划》提出,每个州、市至少建设1个托育服务指导中心。\n")
    result, _ = extract(text, doc_type="other", period=(2021, 2030), issued="2021-12-01")
    assert [(v.value, v.year) for v in result.values] == [(100, 2025), (1, 2030)]
    result, _ = extract(text.replace("\n《规划》提出,", "\n"), doc_type="other", period=(2021, 2030), issued="2021-12-01")
    assert [(v.value, v.year) for v in result.values] == [(100, 2025), (1, 2025)]


def test_as_of_a_year_end_is_no_horizon():
    """"截止到2011年底,青海省农村公路总里程达到50634公里" (heldout316 n07, news of a province's rural-road plan) states
    where things stand at a date, not a horizon: its values are results, and the year's plan after it ("本年计划安排
    农村公路2000公里") is not dated by it as by a horizon; "到2011年底,…达到…" still sets one."""
    text = ("截止到2011年底,全省农村公路总里程达到50634公里。\n"
            "根据全省交通工作会议精神,本年计划安排农村公路2000公里,桥梁300座。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 50634), ("target", 2000), ("target", 300)]
    assert not any(v.year_basis.startswith("the horizon") for v in result.values)
    result, _ = extract(text.replace("截止到", "到"), doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year_basis[:11]) for v in result.values][:2] == [("target", "stated"), ("target", "the horizon")]


def test_a_level_after_a_growth_with_a_commitment_word_before_its_year():
    """"工业增加值年均增长从“十五”期间的10.7%增长到14%以上,力争2010年达到800亿元" (heldout326 n09, news of a city's
    industrial plan): the level the clause reaches is the growing indicator's, with 力争 before its year as after it."""
    for clause in ("力争2010年达到800亿元", "2010年力争达到800亿元"):
        result, _ = extract(f"到2010年,工业增加值年均增长14%以上,{clause}。\n", doc_type="other", period=(None, None),
                            issued="2006-08-01")
        assert [(v.indicator_zh, v.value, v.kind, v.year) for v in result.values] == [
            ("工业增加值", 14, "target", 2010), ("工业增加值", 800, "target", 2010)]


def test_a_sentence_whose_lead_commits_frames_its_pieces_after_a_past_year():
    """A town's news of its year (heldout328 n11): after "2017年,该镇…被评为一等单位。", the sentence "力争地区生产总值
    增长12%;一般公共预算收入增长10%;固定资产投资增长15%" commits in its lead, so the pieces after each ";" are targets too,
    not results of the past year the paragraph named; a sentence whose lead commits nothing stays a result of it."""
    text = ("2017年,该镇在市对乡绩效考核中被评为一等单位。今年,该镇将突出抓好五个方面的工作。"
            "力争地区生产总值增长12%;一般公共预算收入增长10%;固定资产投资增长15%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-03-01")
    assert [(v.value, v.kind) for v in result.values] == [(12, "target"), (10, "target"), (15, "target")]
    result, _ = extract(text.replace("力争地区", "地区"), doc_type="other", period=(None, None), issued="2018-03-01")
    assert [v.kind for v in result.values][1:] == ["actual", "actual"]


def test_a_plan_of_n_years_from_the_pages_year_is_a_horizon():
    """"湖北省计划3年投资573亿元,全面完成…易地扶贫搬迁任务" on a page of 2017 (heldout322 n06): a plan for three years
    from the page's year sets its horizon, 2019, as "用3年时间" does (codebook phrase_words horizon_lead 计划)."""
    result, _ = extract("湖北省计划3年投资573亿元,完成易地扶贫搬迁33.93万户。\n", doc_type="other", period=(None, None),
                        issued="2017-06-13")
    assert [(v.value, v.kind, v.year) for v in result.values if v.value != 3] == [
        (573, "target", 2019), (33.93, "target", 2019)]


def test_a_line_going_on_with_a_sentence_left_open_at_a_semicolon_keeps_its_horizon():
    """A scraped plan news page (heldout332 n05) broke "到2022年底,全市城区厨余垃圾分类全覆盖;" and "市民生活垃圾分类参与率
    达到60%以上,…" over two lines: the second goes on with the sentence, so its values are 2022's targets; after a line
    that ends its sentence (。) they are not."""
    text = "到2022年底,全市城区厨余垃圾分类全覆盖;\n市民生活垃圾分类参与率达到60%以上,生活垃圾回收利用率达到35%以上。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-05-21")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(60, "target", 2022), (35, "target", 2022)]
    result, _ = extract(text.replace("全覆盖;", "全覆盖。"), doc_type="other", period=(None, None), issued="2020-05-21")
    assert [(v.kind, v.year) for v in result.values] == [("actual", 2020), ("actual", 2020)]


def test_a_round_scale_reached_is_a_quantity():
    """"实现全市GDP达万亿规模" (heldout318 n01, news of a city's party congress goals): a round number written as its
    scale alone after 达/达到 is the level reached, as after 突破; "打造千亿元产业" still names a class of things."""
    result, _ = extract("到2021年,实现全市GDP达万亿规模,打造3个千亿元产业。\n", doc_type="other", period=(None, None),
                        issued="2016-10-01")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(1e12, "target", 2021), (3, "target", 2021)]
    assert result.values[0].indicator_zh == "GDP"


def test_a_value_of_the_year_a_page_was_written_in_early_is_planned_for_it():
    """"2023年,青海省第一产业增加值预计增长4.5%以上" on a news page dated 2023-02-03 (heldout312 n06): the year has no
    results yet when the page is written in its first months, so a value its words date to that year, with no cue, is
    a target; the same words on a page dated in July, or with a part of the year done (1-5月), stay results."""
    body = "2023年,青海省第一产业增加值预计增长4.5%以上,粮食作物播种面积稳定在445万亩以上。\n"
    for dateline, kinds in (("2023年02月03日16:13 | 来源:人民网\n", ["target", "target"]),
                            ("2023年07月03日16:13 | 来源:人民网\n", ["actual", "actual"])):
        result, _ = extract(dateline + body, doc_type="other", period=(None, None), issued="")
        assert [(v.value, v.kind, v.year) for v in result.values] == [(4.5, kinds[0], 2023), (445, kinds[1], 2023)]
    result, _ = extract("2023年02月03日16:13 | 来源:人民网\n2023年1-5月,全县完成财政总收入4348万元。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind) for v in result.values] == [(4348, "actual")]


def test_a_progress_tables_task_is_a_target_and_its_progress_a_result_of_the_captions_year():
    """The task column of a numbered progress table states what was set, the progress column what was done, both of
    the year its caption names; a comparator word ending the row's label (失业率低于) bounds the task, not the result."""
    text = ("2017年1—11月十大民生工程项目实施进度表\n序号\n项目内容\n目标任务\n责任单位\n进度\n完成目标\n(%)\n"
            "1\n城镇新增就业(人)\n26000\n市人社局\n32095\n123.4\n2\n城镇登记失业率低于(%)\n4.3\n4.17\n103.1\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-12-15")
    table_values = [(v.indicator_zh, v.kind, v.year, v.comparator, v.value)
                    for v in result.values if v.origin == "table"]
    assert table_values == [("城镇新增就业", "target", 2017, "=", 26000), ("城镇新增就业", "actual", 2017, "=", 32095),
                            ("城镇登记失业率低于", "target", 2017, "<", 4.3), ("城镇登记失业率低于", "actual", 2017, "=", 4.17)]


def test_a_length_in_metres_written_m_is_a_value_but_not_a_roads_width():
    """A township's project list (heldout366 n02) writes lengths with the metre's sign: "新建或拆建防渗渠道9191m,新建
    2.5m宽砼道路2950m" holds two lengths, 2.5m宽 naming the kind of road; m run into a Chinese unit (10m亿元) and a
    facility's size in a siting norm (5000m及以上综合商贸服务中心, the ² lost) are no values."""
    result, _ = extract("2024年计划新建或拆建防渗渠道9191m,新建2.5m宽砼道路2950m。\n", doc_type="other",
                        period=(None, None), issued="2024-03-01")
    assert [(v.value, v.unit, v.kind, v.year) for v in result.values] == [
        (9191, "m", "target", 2024), (2950, "m", "target", 2024)]
    result, _ = extract("到2025年,乡镇企业增加值突破10m亿元,县城至少有1个面积达到5000m及以上综合商贸服务中心。\n",
                        doc_type="other", period=(None, None), issued="2021-03-01")
    assert [v.value for v in result.values] == [1]


def test_an_estimate_word_leading_a_sentence_makes_its_whole_year_figures_results():
    """"预计,全年实现生产总值100亿元,增长14.3%" in news of a district's 2012 (heldout374 n05): 预计 set before a comma frames
    the sentence as it does inside the clause ("预计全年实现…"), so the year's figures are its estimated results; without
    it, 全年实现 about the page's own year is what the year is to come to."""
    lead = "2012年,商州区全面完成了各项目标任务。\n"
    for sentence, kind in (("预计,全年实现生产总值100亿元,增长14.3%。\n", "actual"),
                           ("全年实现生产总值100亿元,增长14.3%。\n", "target")):
        result, _ = extract(lead + sentence, doc_type="other", period=(None, None), issued="")
        assert [(v.value, v.kind, v.year) for v in result.values] == [(100, kind, 2012), (14.3, kind, 2012)]


def test_the_main_targets_a_lead_anchors_to_are_listed_and_a_horizon_of_years_dates_them(tmp_path):
    """"未来五年,…锚定的主要目标是:…" after a review of five years to 2021 (heldout410 n07, news of a district party
    congress): the targets follow the colon (锚定 before the cue still lists them), and an undated page's 未来五年
    runs from the year after the last one it reported, 2022-2026, for the clauses after it too."""
    text = ("过去的五年,新区干出了高质量发展的速度。地区生产总值2021年达到4368.53亿元。\n"
            "未来五年,新区锚定的主要目标是:地区生产总值年均增长8%以上;一般公共预算收入突破500亿元。\n")
    targets = _tables_of_a_page(tmp_path, text)["targets"]
    rows = {(r.kind, r.year, r.value) for r in targets.itertuples()}
    assert {("actual", 2021, 4368.53), ("target", 2026, 8.0), ("target", 2026, 500.0)} <= rows, sorted(rows)
    # a goal the work pursued, no list of targets: the lead's value stays a result of the year reviewed
    pursued = _tables_of_a_page(tmp_path, text.replace("锚定的主要目标是:", "锚定主要目标,"))["targets"]
    assert ("actual", 2021, 8.0) in {(r.kind, r.year, r.value) for r in pursued.itertuples()}


def test_a_commitment_to_a_plans_end_to_come_is_a_target_under_a_review(tmp_path):
    """"河南力争到“十二五”末,农村公路达到23万公里" under a page's review section of the first quarter's results, dated
    2011 (heldout414 n07): the sentence commits to the plan's end, so its value is a 2015 target; "到“十一五”末" on the
    same page is over by its year."""
    text = ("2011年4月28日\n一季度我市工业利润同比增长32%。\n"
            "据悉,河南力争到“十二五”末,农村公路达到23万公里。\n")
    rows = {(r.kind, r.year, r.value) for r in _tables_of_a_page(tmp_path, text)["targets"].itertuples()}
    assert ("target", 2015, 23.0) in rows, sorted(rows)
    past = _tables_of_a_page(tmp_path, text.replace("十二五", "十一五"))["targets"]
    assert ("target", 2015, 23.0) not in {(r.kind, r.year, r.value) for r in past.itertuples()}


def test_the_present_state_on_a_page_of_january_is_that_of_the_year_just_over(tmp_path):
    """"目前,玉林市幼儿园达到1619所" on a page dated 2018-01-27 (heldout240 n10): the count at the end of 2017, as
    the annotators read it; on a page of March the present is the page's own year."""
    text = "玉林学前教育发展\n2018-01-27 10:20\n目前,玉林市幼儿园达到1619所,在园幼儿30.75万人。\n"
    rows = {(r.kind, r.year, r.value) for r in _tables_of_a_page(tmp_path, text)["targets"].itertuples()}
    assert ("actual", 2017, 1619.0) in rows, sorted(rows)
    march = _tables_of_a_page(tmp_path, text.replace("2018-01-27", "2018-03-27"))["targets"]
    assert ("actual", 2018, 1619.0) in {(r.kind, r.year, r.value) for r in march.itertuples()}


def test_a_list_items_number_after_a_space_is_no_value(tmp_path):
    """"…十件惠民实事。 1、完成2所基层学校能力提升建设 项目内容:… 2、完成…" (heldout412 n06, a list run into one line):
    a number after a space and before 、 numbers an item; the values inside the items stay."""
    text = ("大会公布了2025年将完成的十件惠民实事。 1、完成2所基层学校能力提升建设 项目内容:完成学生宿舍建设。"
            " 2、稳定和扩大就业 项目内容:新增城镇就业1300人以上。\n")
    tables = _tables_of_a_page(tmp_path, text)
    values = sorted(tables["targets"]["value"])
    assert values == [2.0, 1300.0], values
    numbers = tables["numbers"]
    assert set(numbers[numbers["text"].isin(["1", "2"])]["outcome"]) == {"structure"}


def test_a_sentence_closing_on_a_count_of_key_tasks_announces_them(tmp_path):
    """"…明确2012年十项重点工作。" then "一是积极争取各类水利建设投资达到20亿元。…" (heldout412 n02, news of a water
    bureau's tasks): the count of key tasks at the sentence's end opens them as a lead would; "圆满完成了2011年十项重点
    工作。" reports them done and opens nothing."""
    text = ("十大水利工程保障城市群建设\n时间:2012-04-09 10:19:02\n青海新闻网讯 为东部城市群建设提供强有力的水利保障,"
            "海东水务局组织干部深入基层调查研究,倾听群众呼声,明确2012年十项重点工作。\n"
            "一是积极争取各类水利建设投资达到20亿元。二是落实前期工作经费达到5000万元。\n")
    rows = {(r.kind, r.year, r.value) for r in _tables_of_a_page(tmp_path, text)["targets"].itertuples()}
    assert {("target", 2012, 20.0), ("target", 2012, 5000.0)} <= rows, sorted(rows)
    done = text.replace("明确2012年十项重点工作", "圆满完成了2011年十项重点工作")
    assert {r.kind for r in _tables_of_a_page(tmp_path, done)["targets"].itertuples()} == {"actual"}


def test_a_sentence_closing_on_the_targets_it_sets_out_announces_them(tmp_path):
    """"…全面落实…部署基础上,明确2018年经济工作目标。" then "(1)…新建示范性的综合养老服务中心3个,…" (heldout670 n06, a
    city civil-affairs bureau's work targets): the targets set out at the sentence's end open the numbered lines as a
    lead would; "较好地完成了县人大确定的各项工作目标。" reports them met and opens nothing."""
    text = ("及时传达学习,在深入贯彻党的十九大和中省市经济工作会议精神,全面落实省十一次党代会和市委七届五次全会部署基础上,"
            "明确2018年经济工作目标。\n"
            "(1)巩固养老发展优势。持续推进养老服务质量提升,新建示范性的综合养老服务中心3个,完成全市10万老年人的信息数据采集。\n"
            "(3)加强和创新社会治理。建设社区公共服务综合信息平台,打造智慧社区2个。\n(局办公室)\n"
            + "收款单位:某省慈善联合总会\n地址:某市某区某街8号\n电话:028-84423090\n户名:某省慈善联合总会\n" * 2)
    rows = {(r.kind, r.year, r.value) for r in _tables_of_a_page(tmp_path, text)["targets"].itertuples()}
    assert {("target", 2018, 3.0), ("target", 2018, 2.0)} <= rows, sorted(rows)
    met = text.replace("明确2018年经济工作目标", "较好地完成了县人大确定的2018年各项工作目标")  # (a bank's lines end both)
    assert "target" not in {r.kind for r in _tables_of_a_page(tmp_path, met)["targets"].itertuples()}


def test_a_paragraph_opening_on_the_pages_own_year_and_committing_ends_a_review_for_its_line(tmp_path):
    """A province's forestry meeting news of 2026 (heldout688 n06): "过去五年,…修复…81.6万亩。" opens a review; the
    paragraph "2026年是“十五五”规划开局之年,…该省将…;全年完成国土绿化100万亩" opens on the page's own year and commits,
    so its values are that year's plans; the review's role comes back on the line after it."""
    text = ("吉林林草工作会议召开\n中新网长春2026年2月6日电 吉林省林业和草原工作视频会议6日在长春召开。\n"
            "过去五年,吉林省还修复完善农田防护林体系81.6万亩,防沙治沙87.5万亩。\n"
            "2026年是“十五五”规划开局之年,做好全年工作意义重大。据介绍,该省将确保完成保护修复剩余29.03万亩任务;"
            "全年完成国土绿化100万亩、村屯绿化美化800个。\n"
            "会议指出,过去一年全省完成造林绿化120万亩。\n")
    rows = {r.value: (r.kind, r.year) for r in _tables_of_a_page(tmp_path, text)["targets"].itertuples()}
    assert rows[100.0] == rows[800.0] == ("target", 2026), rows
    assert rows[81.6] == rows[120.0] == ("actual", 2025), rows


def test_the_headlines_after_an_articles_editor_line_do_not_date_it(tmp_path):
    """A city's rural-road news (heldout690 n06) ends on "[责任编辑:linlin]" and other pages' headlines, three of them
    naming 2021年: the article's own 2022年 dates its 今年, not the year its foot names most; an editor's line under
    the title heads the article and cuts nothing."""
    article = ("“要想富,先修路。”农村公路是农村最基本的基础设施,阜新市将继续办好办实民生实事。\n"
               "近两年来,阜新市完成农村公路建设任务1010公里,一条条农村公路成为群众的致富路、幸福路、产业路。\n"
               "维修改造300公里农村公路是2022年阜新市十件民生实事项目之一,该项目涉及全市两县五区,"
               "主要以3级、4级农村公路为主,这将进一步改善农村宜居环境,为百姓致富添动力,为乡村振兴赋新能。\n")
    foot = ("[责任编辑:linlin]\n今年辽宁阜新将维修改造农村公路300公里 为乡村振兴赋新能\n2021年辽宁沈阳市大气优良天数315天\n"
            "2021年河北永清完成固定资产投资达128亿元\n2021年承德双桥区实施118个老旧小区改造项目\n")
    rows = {(r.value, r.year) for r in _tables_of_a_page(tmp_path, article + foot)["targets"].itertuples()}
    assert (300.0, 2022) in rows and (300.0, 2021) not in rows, sorted(rows)


def test_an_editors_line_over_more_headlines_than_article_still_ends_the_article(tmp_path):
    """The same page with more of its foot's headlines than article text (as heldout690 n06 is, once a scraper sets
    its lines apart or a bullet before each): the editor's line is not past the page's middle, but only headlines
    follow it, so they still do not date the article's 今年."""
    article = ("近两年来,阜新市完成农村公路建设任务1010公里。\n"
               "维修改造300公里农村公路是2022年阜新市十件民生实事项目之一,为乡村振兴赋新能。\n")
    foot = ("[责任编辑:linlin]\n今年辽宁阜新将维修改造农村公路300公里 为乡村振兴赋新能\n2021年辽宁沈阳市大气优良天数315天\n"
            "沈阳近年投入100多亿开展水环境生态保护 生态环境质量不断提升\n2021年河北永清完成固定资产投资达128亿元\n"
            "河北承德去年空气质量优良天数达329天 PM2.5浓度同比下降13.3%\n2021年承德双桥区实施118个老旧小区改造项目\n")
    assert len(foot) > len(article)
    rows = {(r.value, r.year) for r in _tables_of_a_page(tmp_path, article + foot)["targets"].itertuples()}
    assert (300.0, 2022) in rows and (300.0, 2021) not in rows, sorted(rows)


def test_a_drawn_tables_caption_over_its_top_rule_names_its_middle_years_targets(tmp_path):
    """An undated plan's indicator table (heldout698 n02): "表二:…主要预期目标" over a drawn table's top rule, then
    2009年 / 2015年 / 2020年 columns. The caption is the line over the rule, and a caption that names targets makes every
    year after the first a target (2015 a milestone, not a result); without it the middle year stays a result."""
    text = ("表二:浙江省人力资源开发主要预期目标\n┌──────────┬────┬─────┬─────┬─────┐\n"
            "│ 指 标 │ 单位│ 2009年 │ 2015年 │ 2020年 │\n├──────────┼────┼─────┼─────┼─────┤\n"
            "│新增劳动力平均受教育年限 │ 年 │ 12.6 │ 13.5 │ 14 │\n└──────────┴────┴─────┴─────┴─────┘\n")
    rows = {r.value: (r.kind, r.year) for r in _tables_of_a_page(tmp_path, text)["targets"].itertuples()}
    assert rows == {12.6: ("baseline", 2009), 13.5: ("target", 2015), 14.0: ("target", 2020)}, rows
    plain_text = text.replace("主要预期目标", "主要指标")
    plain = {r.value: r.kind for r in _tables_of_a_page(tmp_path, plain_text)["targets"].itertuples()}
    assert plain[13.5] == "actual", plain


def test_a_caption_naming_targets_makes_the_issuing_years_column_of_a_plan_a_milestone(tmp_path):
    """A city's plan for 2021-2025 issued in 2022 (heldout302 n12): "主要指标目标表" over 2022年 / 2025年 columns; the
    2022 column is a milestone, not the year's result; under a caption of targets met (…目标完成情况表) it stays one."""
    text = ("现将《某市全民健身实施计划(2021—2025年)》印发给你们,请认真贯彻执行。\n某市人民政府\n2022年10月26日\n"
            "某市全民健身实施计划(2021—2025年)\n{caption}\n序号 | 主要指标 | 2022年 | 2025年 |\n"
            "1 | 体育公园(个) | 1 | 2 |\n2 | 健身步道人均长度(米/万人) | 100 | 400 |\n")
    rows = {r.value: r.kind for r in _tables_of_a_page(tmp_path, text.format(caption="主要指标目标表"))["targets"].itertuples()}
    assert rows == {1.0: "target", 2.0: "target", 100.0: "target", 400.0: "target"}, rows
    met = {r.value: r.kind for r in
           _tables_of_a_page(tmp_path, text.format(caption="主要指标目标完成情况表"))["targets"].itertuples()}
    assert met[1.0] == met[100.0] == "actual", met


def test_a_base_of_the_change_between_a_lists_names_and_fenbie_leaves_the_names(tmp_path):
    """"全州接待游客人数、旅游综合收入较2019年分别增长52%、49%" (heldout416 n09): the base the changes are measured from
    stands between the names and 分别; the two names still pair with the two values."""
    text = "甘南州经济工作会议召开\n2024-01-05 10:00\n2023年,全州接待游客人数、旅游综合收入较2019年分别增长52%、49%。\n"
    targets = _tables_of_a_page(tmp_path, text)["targets"]
    rows = sorted((r.indicator_zh, r.value) for r in targets.itertuples())
    assert rows == [("全州接待游客人数", 52.0), ("旅游综合收入", 49.0)], rows


def test_a_heading_that_looks_back_on_a_year_heads_its_results():
    """A province's digest of its work report's results (heldout428 n04): "回眸2008" heads the year's results as
    "回顾2008年" would; without it the values of an undated page have no year."""
    result, _ = extract("回眸2009\n灾后重建取得重大进展\n恢复重建项目开工1.2万个,完成投资3500亿元。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2009, 1.2), ("actual", 2009, 3500.0)]


def test_a_review_cue_followed_by_what_the_subject_will_do_opens_no_review():
    """A county official's article on the year's work (heldout452 n09): "2015年是…的关键年。这一年,沿河将…" names the
    year still to come; its tasks are targets, not the results of a review of 2015. A review's "一年来,我们将稳增长作为
    首要任务" (将…作为: treated as) stays a review."""
    result, _ = extract("2016年是全面完成三年行动的关键年。这一年,某县将抓好以下工作:\n"
                        "确保新开工重大项目120个以上、总投资80亿元以上。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("target", 2016, 120.0), ("target", 2016, 80.0)]
    result, _ = extract("政府工作报告\n一年来,我们将稳增长作为首要任务,地区生产总值增长7.2%。\n",
                        doc_type="work_report", period=(None, None), issued="2017-01-10")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2016, 7.2)]


def test_an_estimate_of_the_year_on_a_page_written_late_in_it_is_a_result():
    """A ministry news page of 2006-12-22 (heldout460 n12): "预计江西省今年农民人均收入3572元" estimates the year's result
    as it ends, not a target for it; the same words on a page of March forecast the year, a target."""
    text = "日期: 2016-12-20\n“预计全省今年农民人均收入9800元,比上年增收700元。”副省长介绍说。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2016, 9800.0), ("actual", 2016, 700.0)]
    result, _ = extract(text.replace("12-20", "03-20"), doc_type="other", period=(None, None), issued="")
    assert [(v.kind, v.value) for v in result.values][0] == ("target", 9800.0)


def test_a_review_cue_of_one_year_reviews_no_plan_period_named_after_it():
    """A county's work report of January 2025 (heldout454 n12): "过去的一年,是实现“十四五”规划目标任务的关键一年" reviews
    2024; the plan named after the comma is what the year served, not the period reviewed (its end, 2025, is no result's
    year)."""
    text = ("政府工作报告\n——2025年1月20日在某县第十五届人民代表大会第五次会议上\n"
            "过去的一年,是实现“十四五”规划目标任务的关键一年。预计全年地区生产总值增长6%。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="")
    assert [(v.kind, v.year, v.value) for v in result.values] == [("actual", 2024, 6.0)]


def test_a_past_plans_period_stated_before_a_value_dates_a_result():
    """News of a city's 14th five-year education plan (heldout468 n01): "“十三五”时期,全市财政性教育经费累计达到4184亿元"
    reports the past plan's result, even under the new plan's targets; "比“十三五”时期提高" names only a base."""
    text = ("二、主要目标\n到2025年,基本实现教育现代化。\n"
            "“十三五”时期,全市财政性教育经费累计达到3900亿元,年均增长8.1%。\n"
            "力争全市财政性教育经费比“十三五”时期增长20%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-11-24")
    assert [(v.kind, v.year, v.value) for v in result.values] == [
        ("actual", 2020, 3900.0), ("actual", 2020, 8.1), ("target", 2025, 20.0)]


def test_a_paragraph_opened_on_the_present_state_goes_on_reporting_it():
    """News of a city's education plan (heldout468 n01): under the plan's targets, "目前,全市…达到90.3%。入选国家
    “双一流”高校2所" reports the present state in both sentences; a sentence that commits starts the targets again."""
    text = ("二、主要目标\n到2025年,基本实现教育现代化。\n"
            "目前,全市学前三年毛入园率达到91.2%。建成示范性高中12所。力争新建普通高中5所。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-11-24")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 91.2), ("actual", 12.0), ("target", 5.0)]


def test_what_a_place_or_a_plan_proposes_is_a_target():
    """News of a province's 十四五 outline (heldout454 n02): "广东提出,…新增370万个左右公办义务教育学位" is what the
    outline proposes, as 其中提出 and 《规划》提出 are; the same words with no one proposing them default to a result."""
    text = "针对学前教育,某省提出,新增约20万个公办幼儿园学位。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-04-25")
    assert [(v.kind, v.value) for v in result.values] == [("target", 20.0)]
    result, _ = extract(text.replace("某省提出,", ""), doc_type="other", period=(None, None), issued="2021-04-25")
    assert [(v.kind, v.value) for v in result.values] == [("actual", 20.0)]


def test_a_count_after_a_bare_preposition_or_list_mark_is_named_by_what_follows_it():
    """A district's list of the year's livelihood projects (heldout436 n09): "*为8个住宅小区新增电动自行车充电设施",
    "*366张养老床位": with only a preposition (为, 向, 对) or a list mark before the number, the things counted and what
    is done for them name it, where the number was flagged with no name; a list's own tasks (对185项…) stay unnamed."""
    text = ("2019年实事项目\n*为8个住宅小区新增电动自行车充电设施\n*366张养老床位\n"
            "向1000户低收入家庭提供租房补贴。对185项政府重点工作进行了责任分解。\n")
    result, _ = extract(text, doc_type="project_list", period=(None, None), issued="2019-02-01")
    assert [(v.indicator_zh, v.value) for v in result.values] == [
        ("住宅小区新增电动自行车充电设施", 8.0), ("养老床位", 366.0), ("低收入家庭提供租房补贴", 1000.0)]


def test_a_clause_opening_on_jun_shares_its_value_among_the_list_before_it():
    """A province's work report (heldout376 n11): "城镇居民人均可支配收入和农民人均纯收入分别达到22600元和7900元,均增长
    12%": the growth belongs to both names of the list before it, one row each, where it was flagged with no name."""
    result, _ = extract("城镇居民人均可支配收入和农民人均纯收入分别达到24100元和8300元,均增长11%。\n",
                        doc_type="other", period=(None, None), issued="2010-12-20")
    assert [(v.indicator_zh, v.value, v.target_type) for v in result.values] == [
        ("城镇居民人均可支配收入", 24100.0, "level"), ("农民人均纯收入", 8300.0, "level"),
        ("城镇居民人均可支配收入", 11.0, "growth"), ("农民人均纯收入", 11.0, "growth")]


def test_a_present_lead_dates_every_piece_of_its_sentence():
    """"到目前,…;…" after a past plan period's results: each piece after ";" still reports the present
    (heldout h21, an education plan of 2016)."""
    text = ("一、发展基础\n——“十二五”期间,中央和省投入学前教育专项资金50.31亿元。到目前,实施新建、扩建幼儿园项目"
            "1122个;利用农村闲置校舍改建幼儿园1376所;在2083所农村小学增设附属幼儿园。\n")
    result, _ = extract(text, doc_type="education_plan", period=(2016, 2020), issued="2016-05-10")
    years = {v.value: (v.kind, v.year) for v in result.values}
    assert years[50.31] == ("actual", 2015)
    assert years[1122] == years[1376] == years[2083] == ("actual", 2016)


def test_each_value_of_a_quotation_named_a_target_after_it_is_a_target():
    """“A增长7%,B超1100亿元、增长25%”的年度发展目标: the words after the closing quote name every value inside it
    (heldout472 n01, news of a district's development conference)."""
    text = ("1月30日下午,该区召开高质量发展大会,提出要紧紧围绕“地区生产总值增长7%,固定资产投资超1100亿元、增长25%,"
            "规上工业增加值增长6%”的年度发展目标,努力跑出加速度。\n")
    result, _ = extract(text, doc_type=None, period=(None, None), issued="2023-01-31")
    kinds = {v.value: v.kind for v in result.values}
    assert kinds == {7: "target", 1100: "target", 25: "target", 6: "target"}


def test_the_months_so_far_written_with_yue_after_both_are_results():
    """今年1月至7月,…分别达到…: the year's first months, reported, though 今年 also opens targets (heldout478 n04)."""
    text = ("湖北省文化和旅游厅厅长25日表示,今年1月至7月,湖北省接待游客人次、旅游综合收入分别达到5.47亿人次、"
            "5717.91亿元,同比再增14.61%、16.07%。\n")
    result, _ = extract(text, doc_type=None, period=(None, None), issued="2025-08-26")
    assert {v.value: v.kind for v in result.values if v.value in (5.47, 5717.91)} == {5.47: "actual", 5717.91: "actual"}


def test_a_margin_over_the_target_the_state_set_is_a_result():
    """优于国定目标3.2微克/立方米, 高于国家目标7.6个百分点: by how much a result beat its target (heldout478 n06)."""
    text = ("2023年,河南省PM2.5年均浓度为45.3微克/立方米,同比下降5.0%,优于国定目标3.2微克/立方米;"
            "Ⅰ~Ⅲ类水质断面占比高于国家目标7.6个百分点。\n")
    result, _ = extract(text, doc_type=None, period=(None, None), issued="2024-03-01")
    assert {v.value: v.kind for v in result.values if v.value in (3.2, 7.6)} == {3.2: "actual", 7.6: "actual"}


def test_a_year_after_wei_or_shi_that_says_when_dates_the_value():
    """为2017年底全面完成14.05万户 (为 "for" the year's end, heldout482 n02), 目标是2015年达到5亿人次 (heldout474 n02):
    the year says when, unlike the base year of 为2011年的1.9倍."""
    text = ("截至2016年底,四煤城采煤沉陷区棚户区改造已累计开工13万套,占改造任务总量的92.5%,"
            "为2017年底全面完成14.05万户采沉区棚改打下了坚实基础。\n")
    result, _ = extract(text, doc_type=None, period=(None, None), issued="2017-02-20")
    assert [v.year for v in result.values if v.value == 14.05] == [2017]
    text = "此外,2009年全省接待国内游客量为2.44亿人次,目标是2015年达到5亿人次。\n"
    result, _ = extract(text, doc_type=None, period=(None, None), issued="2010-08-01")
    assert [(v.kind, v.year) for v in result.values if v.value == 5] == [("target", 2015)]


def test_a_share_right_after_a_value_is_that_values_share():
    """"Ⅰ~Ⅲ类水质断面132个,占83.0%": the share is of the value just before it (heldout478 n06, heldout12 s12), not a
    number with no indicator; a share of a list's own projects ("未开工项目67个,占28%") is progress, not an indicator."""
    text = ("2023年,国家考核的160个地表水水质监测断面中,Ⅰ~Ⅲ类水质断面132个,占83.0%,比上年提高1.1个百分点。"
            "169个项目已开工,占72%;未开工项目67个,占28%。\n")
    result, _ = extract(text, doc_type=None, period=(None, None), issued="2024-03-01")
    shares = {v.value: v.indicator_zh for v in result.values if v.unit == "%"}
    assert shares.get(83.0, "").endswith("占比") and "断面" in shares[83.0]
    assert 28.0 not in shares


def test_a_numbered_heading_saying_what_came_of_the_work_heads_results():
    """"(三)…的能力显著增强。" over a plan's review captured without its title: its values are results (heldout488 n09),
    while the tasks of a later chapter are still targets."""
    text = ("(三)教育为经济社会发展服务的能力显著增强。\n"
            "在省属本科学校新增专业中,直接为老工业基地服务的专业达到41个,相关专业达到24个。\n"
            "三、主要任务\n(一)加快发展职业教育。\n"
            "新建职业教育实训基地20个。\n")
    result, _ = extract(text, doc_type="five_year_plan", period=(2006, 2010), issued="2006-08-01")
    kinds = {v.value: v.kind for v in result.values}
    assert kinds[41] == kinds[24] == "actual" and kinds[20] == "target"


def test_fang_for_cubic_metres_is_a_unit():
    """万方, 亿方: 方 for 立方米 in water quotas and capacities (read heldout476 n02, heldout238 n06)."""
    text = "会议要求,全市要盘活5.26亿方水指标,新增农产品产地冷链仓储库容50万方。\n"
    result, _ = extract(text, doc_type=None, period=(None, None), issued="2022-11-23")
    units = {v.value: (v.unit, v.value_std, v.unit_std) for v in result.values}
    assert units[5.26] == ("亿方", 5.26e8, "立方米") and units[50] == ("万方", 5e5, "立方米")


def test_a_paragraph_opening_on_a_commitment_ends_a_review_a_lead_opened():
    """"一年来,…" opens a review; "今年,该镇将继续…。力争实现…21亿元,增长12%" commits (heldout378 n03), while a task's
    title over what came of it ("加大投资力度。…完成投资117亿元") stays in the review."""
    text = ("一年来,该镇在县委的正确领导下,工业总产值增长10%。\n"
            "加大投资力度。进一步强化投资拉动,74项重点项目完成投资117亿元。\n"
            "今年,该镇将继续发挥优良作风,努力实现新提升。力争实现工业总产值21亿元,增长12%;全社会出口交货值5.6亿元。\n")
    result, _ = extract(text, doc_type=None, period=(None, None), issued="2010-04-17")
    kinds = {v.value: (v.kind, v.year) for v in result.values}
    assert kinds[117] == ("actual", 2009)
    assert kinds[21] == kinds[12] == kinds[5.6] == ("target", 2010)


def test_a_task_and_progress_table_with_spaced_headers_is_read_by_column():
    """"项 目 内 容 | 年度完成情况": a header spaced out by the page still names the task column (heldout426 n08)."""
    text = ("2022年度本级民生实事项目完成情况\n"
            "序号 | 项 目 内 容 | 年度完成情况 | 责任单位 |\n"
            "1 | 新增托位1140个 | 新增托位1155个 | 市卫健局 |\n")
    result, _ = extract(text, doc_type=None, period=(None, None), issued="2023-01-10")
    kinds = {v.value: v.kind for v in result.values}
    assert kinds[1140] == "target" and kinds[1155] == "actual"


def test_a_year_in_brackets_right_after_a_value_dates_it():
    """"普惠性幼儿园覆盖率从85.64%提升至92.28%(2024年)" in a page on a plan period's results: 2024 (heldout476 n01)."""
    text = ("“十四五”以来,全州教育事业加快发展。普惠性幼儿园覆盖率从85.64%提升至92.28%(2024年),"
            "九年义务教育巩固率从99.38%达到99.88%(2024年)。\n")
    result, _ = extract(text, doc_type=None, period=(None, None), issued=None)
    years = {v.value: v.year for v in result.values}
    assert years[92.28] == years[99.88] == 2024


def test_a_full_date_after_an_as_of_cue_fronts_the_results_of_its_sentence():
    """"截至2022年10月13日,完工60个、建设中78个" under a page's 重点工作 (heldout532 n09): the as-of date, with its month
    and day, frames what was done by then, as "截至2022年底," does; so does a month and day alone (截至10月10日,)."""
    text = "二、重点工作\n据了解,2022年度列入示范项目库的项目148个。截至2022年10月13日,完工60个、建设中78个。截至10月10日,村集体经营性收入为17737.27万元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-10-18")
    assert [(v.value, v.kind) for v in result.values] == [(148.0, "target"), (60.0, "actual"), (78.0, "actual"),
                                                         (17737.27, "actual")]


def test_the_existing_stock_a_commitment_sets_a_target_for_is_no_result():
    """"确保到2015年底,现有国省干线二级及以上公路达到85%" (heldout534 n02): 现有 names the stock the target is for, so
    the sentence's lead decides; with no commitment before it, 现有 still reports what exists."""
    committed = one("确保到2015年底,现有国省干线二级及以上公路达到85%。", doc_type="other", period=(None, None),
                    issued="2011-03-01")
    assert (committed.kind, committed.year) == ("target", 2015)
    assert one("现有幼儿园120所。", doc_type="other", period=(None, None), issued="2011-03-01").kind == "actual"


def test_a_campaign_said_to_have_achieved_results_ends_the_targets_before_it():
    """"规划建设…产业园,17个…产业集群加快形成。“双倍增”行动成效显著,新增创新主体3680家" (heldout538 n04, a review
    captured without its heading): 成效显著 reports what was achieved, so the value after it is not a target."""
    result, _ = extract("规划建设六大重点产业园,17个百亿级特色产业集群加快形成。“双倍增”行动成效显著,新增创新主体3680家。",
                        doc_type="other", period=(None, None), issued="2018-01-10")
    assert [v.kind for v in result.values if v.value == 3680.0] == ["actual"]


def test_a_list_titled_below_a_portals_furniture_is_of_the_year_its_title_plans():
    """"2019年崇明区政府实事项目和重点工程安排" under a browser warning, reposted 发布时间:2020-11-17 (heldout436 n09):
    the list's projects are 2019's, not of its dateline's year; a report of no known type does not take its year from
    its title (关于江宁区2022年区级决算草案的报告 is published the year after it)."""
    text = ("您的浏览器版本过低,请点击更新高版本浏览器\n崇明政要\n2019年崇明区政府实事项目和重点工程安排\n"
            "作者:admin 发布时间:2020-11-17 00:39:35\n完成30台多层住宅电梯加装工作。\n")
    title = "2019年崇明区政府实事项目和重点工程安排"
    listed, _ = extract(text, doc_type="project_list", period=(None, None), issued="", title=title)
    assert [(v.value, v.year) for v in listed.values] == [(30.0, 2019)]
    other, _ = extract(text, doc_type="other", period=(None, None), issued="", title=title)
    assert "dateline" not in other.values[0].year_basis and "title" not in other.values[0].year_basis


def test_a_plans_first_year_named_by_its_place_dates_the_targets_set_for_it():
    """"江西省粮油生产“十二五”开局之年目标确定:确保粮食总产达202.5亿公斤" (heldout548 n04): the plan's first year, 2011,
    not its span's end; a target over the plan's span still takes the span's last year."""
    first = one("江西省粮油生产“十二五”开局之年目标确定:确保粮食总产达202.5亿公斤。", doc_type="other",
                period=(None, None), issued="")
    assert (first.kind, first.year) == ("target", 2011)
    span = one("“十二五”期间,确保粮食总产达202.5亿公斤。", doc_type="other", period=(None, None), issued="")
    assert span.year == 2015


def test_a_years_vision_heads_the_targets_below_it():
    """"2015年愿景 GDP过7000亿" over "GDP突破7000亿元,年均增长14%左右;…" in news of a city's five-year plan of 2011
    (heldout520 n04): the vision for a year to come heads its targets, as 展望2018年 does."""
    text = "长春“十二五”规划纲要获通过\n2015年愿景 GDP过7000亿\nGDP突破7000亿元,年均增长14%左右;财政收入突破1000亿元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2011-01-26")
    assert [(v.value, v.kind, v.year) for v in result.values if v.value in (14.0, 1000.0)] == [
        (14.0, "target", 2015), (1000.0, "target", 2015)]


def test_a_plan_period_as_the_base_of_a_multiple_is_no_year_the_paragraph_speaks_of():
    """A city's 2016 work report (read heldout552 n03): in its five-year review "五年累计完成投资10573亿元,是“十一五”
    时期的3.6倍" names the previous plan as a base, so the results after it stay of the reviewed year, not of 2010."""
    text = ("一、“十二五”时期和2015年工作回顾\n"
            "过去五年,是综合实力大跃升的五年。全社会固定资产投资达到3085亿元,是2010年的3.2倍;五年累计完成投资10573亿元,"
            "是“十一五”时期的3.6倍。社会消费品零售总额达到1089.5亿元,是2010年的2倍。\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2016-01-10")
    assert {v.value: (v.kind, v.year) for v in result.values}[1089.5] == ("actual", 2015)


def test_whole_year_words_other_than_achieving_and_completing_set_the_years_goals():
    """A province's 2025 water work meeting (read heldout556 n01): "全年落实水利建设投资600亿元以上" on a page of that
    year is its goal, as 全年实现 and 全年完成 are; so are 全年新增 and 全年新建 (heldout159 n01, 167 n08)."""
    text = ("1月16日,2025年全省水利工作会议在郑州召开,部署2025年重点工作。\n"
            "加快构建现代水网体系,全年落实水利建设投资600亿元以上,高质量推进水利基础设施建设。\n"
            "全年新增光伏装机5万千瓦以上。全年新建高标准蔬菜基地4万亩。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-01-20")
    assert {v.value: (v.kind, v.year) for v in result.values} == {600.0: ("target", 2025), 5.0: ("target", 2025),
                                                                   4.0: ("target", 2025)}


def test_a_plan_end_compared_with_is_no_year_of_the_change():
    """Tianjin's 十二五 industry plan news (read heldout560 n03): "工业总产值将达到3.5万亿元,…均比“十一五”末翻一番"
    compares with the previous plan's end, so the doubling is of the plan's own end (2015), not of 2010; a plan
    end's own value ("较“十三五”末的9323.1亿元") stays of that end."""
    text = "“十二五”期间,本市工业总产值将达到3.5万亿元,工业增加值达到9000亿元,均比“十一五”末翻一番。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2011-09-01")
    assert {v.value: v.year for v in result.values}[100.0] == 2015
    text = "过去五年,全市地区生产总值达到12000亿元,较“十三五”末的9323.1亿元增长28.7%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2026-01-20")
    assert {v.value: v.year for v in result.values}[9323.1] == 2020


def test_a_list_of_targets_announced_in_the_lead_heads_the_tasks_after_it():
    """News of a city's 2025 work report (read heldout584 n01): "今年政府工作报告的“目标清单”,通过一串串数据,…" heads
    the tasks after it, whose values carry no cue of their own: they are the year's targets, not results."""
    text = ("深圳晚报讯 2月25日,深圳市七届人大六次会议开幕。今年深圳将怎么做,有哪些新目标?"
            "今年政府工作报告的“目标清单”,通过一串串数据,生动展现了新一年深圳民生的“发展路线图”。\n"
            "建成市第三儿童医院等15个重大医疗项目,新增国家级临床重点专科2个。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-02-27")
    assert {v.value: (v.kind, v.year) for v in result.values}[15.0] == ("target", 2025)


def test_a_chinese_numeral_of_several_places_is_a_count_not_a_name():
    """News of a city's 2009 project year (read heldout568 n03): "全年将实施一百六十七个在建重点项目,…并将推动一百二十四个
    预备重点项目" - a numeral with digits on both sides of its place is a quantity; a text's parts numbered the same
    way ("《规划》共十二章四十二节") are not."""
    result, _ = extract("今年,全市将实施一百六十七个在建重点项目,并将推动一百二十四个预备重点项目。\n",
                        doc_type="other", period=(None, None), issued="2009-01-07")
    assert sorted(v.value for v in result.values) == [124.0, 167.0]
    result, _ = extract("《规划》共十二章四十二节,提出到2025年全市生产总值达到1000亿元。\n")
    assert [v.value for v in result.values] == [1000.0]
    result, _ = extract("全市生产总值(民国三十四年)为1.2亿元,2025年达到1000亿元。\n")  # an era's year is no count
    assert 34.0 not in [v.value for v in result.values]


def test_this_winter_and_next_spring_is_a_season_of_the_year_after():
    """A province's winter-vegetable campaign (read heldout590 n08, a page of 2010-09-26): "今冬明春…力争种植面积达到
    260万亩" is of the season that ends next spring, the year after the page's, as 明年 is."""
    text = "肖杰厅长说:今冬明春,全省冬季瓜菜力争种植面积达到260万亩,产量450万吨。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2010-09-26")
    assert {v.value: (v.kind, v.year) for v in result.values}[260.0] == ("target", 2011)


def test_a_years_expected_targets_column_holds_targets_and_its_results_column_results():
    """A city's plan-execution report (read heldout596 n01): in a table of "2023年预期目标" against "2023年完成情况"
    the first column's values are the year's targets, the second's what was done."""
    text = ("表1 2023年苏州市经济社会发展主要预期目标完成情况\n序号 |\n指 标 名 称 |\n2023年预期目标 |\n2023年完成情况 |\n"
            "1 |\n地区生产总值 |\n增长5%左右 |\n增长4.6% |\n2 |\n固定资产投资 |\n增长5%左右 |\n增长5% |\n3 |\n"
            "社会消费品零售总额 |\n增长6% |\n增长6.4% |\n")
    result, _ = extract(text, doc_type="plan_report", period=(None, None), issued="2024-01-16")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (5.0, "target", 2023), (4.6, "actual", 2023), (5.0, "target", 2023), (5.0, "actual", 2023),
        (6.0, "target", 2023), (6.4, "actual", 2023)]


def test_a_horizon_in_a_line_ending_in_a_colon_dates_the_list_on_the_next_line():
    """News of a province's rural-work targets (read heldout578 n01): "到2015年末,“三农”工作应达成如下成就:" announces the
    next paragraph's list ("农业产业方面,要建成粮食功能区500万亩、…"), whose values are then the horizon's targets."""
    text = ("本报讯 在近日召开的浙江省农村工作会议上,浙江省委省政府明确提出,到2015年末,“三农”工作应达成如下成就:\n"
            "农业产业方面,要建成粮食功能区500万亩、现代农业园区400万亩,主导产业在农业总产值中的比重达到80%以上。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2011-02-17")
    assert {v.value: (v.kind, v.year) for v in result.values}[500.0] == ("target", 2015)


def test_a_sentences_lead_this_year_dates_the_pieces_after_its_semicolons():
    """A water department's year targets (read heldout610 n01, a page of 2014-03-11 whose text also names a plan of
    2013-2015): "今年,全省将完成…180万亩;全面建成38处…" dates the piece after ";" to this year, as its lead does, not
    to the horizon of the plan the page names."""
    text = "今年,全省将完成水土流失治理面积180万亩;全面建成38处农村自来水工程。\n"
    result, _ = extract(text, doc_type="other", period=(2013, 2015), issued="2014-03-11")
    assert {v.value: (v.kind, v.year) for v in result.values} == {180.0: ("target", 2014), 38.0: ("target", 2014)}


def test_a_sentence_a_result_cue_leads_is_no_target_of_the_horizon_named_before_it():
    """A city's mountain-school programme as news (read heldout598 n03, a page of 2012): "计划在三年内建设6所初中…。
    截至目前,已有51所…开工建设,22所学校竣工投用,累计投入资金3.4亿元" reports what was done so far, not targets of the
    horizon the paragraph named; a base it builds on ("在现有基础上持续改善,") leads no result."""
    text = ("从2011年初开始,某市计划在三年内建设6所初中和50所中心小学。截至目前,已有51所项目学校开工建设,"
            "22所学校竣工投用,累计投入资金3.4亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2012-09-20")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[6.0], kinds[50.0], kinds[22.0], kinds[3.4]) == ("target", "target", "actual", "actual")
    text = "到2030年,人均预期寿命达到79岁。婴儿死亡率在现有基础上持续改善,孕产妇死亡率下降到12/10万。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-09-14")
    assert {v.value: (v.kind, v.year) for v in result.values}[12.0] == ("target", 2030)


def test_an_undated_page_that_names_a_year_inside_its_one_plan_most_is_that_years_page():
    """A city's transport work meeting as a WeChat article (read heldout444 n01), undated: it names 2022 (the meeting's
    year) most and one plan, 十四五, in a stated target ("力争到“十四五”末…1000公里"); its other targets are that
    year's, not the plan's last year's."""
    text = ("2022,某市交通大爆发\n17日,小编从2022年某市交通运输工作会议上了解到,2022年起,全市实施127个交通项目。\n"
            "力争到“十四五”末,全市高速公路里程达到1000公里。\n●持续加快某高速等3个续建项目建设,计划新建某高速30公里。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    years = {v.value: v.year for v in result.values if v.kind == "target"}
    assert years[1000.0] == 2025 and years[30.0] == 2022


def test_a_dated_pages_targets_are_of_the_plan_it_speaks_of_before_a_later_horizon_it_names_once():
    """News of a province's work report of 2006 (read heldout630 n02): it speaks of the 十一五 (2006-2010) and names one
    later horizon ("力争到二〇二〇年,…高速公路系统"); its targets dated only by the page's year are the plan's, of
    2010, not of 2020."""
    text = ("“十一五”期间,安徽将强化基础设施建设。\n在构筑交通方面,安徽将力争新建铁路一千公里以上、高速公路二千公里。\n"
            "力争到二〇二〇年,在全省形成“四纵八横”的高速公路系统。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2006-02-24")
    assert {v.value: (v.kind, v.year) for v in result.values} == {1000.0: ("target", 2010), 2000.0: ("target", 2010)}


def test_an_undated_pages_paragraph_a_plan_period_opens_is_of_the_plans_last_year():
    """News of a province's carbon-peak plan (read heldout650 n04), undated ("12月19日") and naming 2030 most: a paragraph
    opened by "《方案》指出,“十四五”期间,…" states its targets in a later sentence; they are of 2025, the plan's last
    year, not of the year the page names most."""
    text = ("12月19日,某省人民政府发布关于印发《某省碳达峰实施方案》的通知。\n"
            "《方案》指出,“十四五”期间,产业结构和能源结构调整优化取得明显进展。清洁能源发电量占比超过95%,"
            "非化石能源占能源消费总量比重达52.2%。\n"
            "“十五五”期间,重点领域低碳发展模式基本形成。到2030年,非化石能源消费比重达到55%左右,确保2030年前实现碳达峰。\n")
    result, _ = extract(text, doc_type="plan_news", period=(None, None), issued=None)
    years = {v.value: v.year for v in result.values if v.kind == "target"}
    assert (years[95.0], years[52.2], years[55.0]) == (2025, 2025, 2030)


def test_a_table_of_two_years_and_their_change_reports_results(tmp_path):
    """A bulletin's table of a year, the year before and the change between them ("2016年 / 2015年 / 同比增长%",
    heldout484 n08) on a page with no date or plan period: its years are results, not a baseline and a target."""
    text = ("一、就业\n全县从业人员继续保持稳定。\n表1:2016年全县从业人员\n指标 |\n2016年 |\n2015年 |\n同比增长% |\n"
            "从业人员 |\n21675 |\n21537 |\n0.6 |\n第一产业 |\n10112 |\n9890 |\n2.2 |\n")
    targets = _tables_of_a_page(tmp_path, text)["targets"]
    assert sorted(zip(targets["value"], targets["kind"])) == [
        (0.6, "actual"), (2.2, "actual"), (9890.0, "actual"), (10112.0, "actual"), (21537.0, "actual"),
        (21675.0, "actual")]


def test_targets_announced_in_a_clause_naming_a_plan_period_are_of_its_last_year(tmp_path):
    """A news page of 2022 on a five-year plan: "《规划》提出了“十四五”工业经济高质量发展的五大重点目标:" then dashed
    lines of values naming no year (heldout728 n02): the values are of the named plan's last year, not the page's."""
    text = ("2022年03月04日16:10 | 来源:某市日报\n近日,市工信局召开新闻发布会,解读某市工业发展规划。\n"
            "《规划》提出了“十四五”工业经济高质量发展的三大重点目标:\n——产业结构实现新优化。高新技术产业产值占规模以上工业产值比重达50%。\n"
            "——创新转型实现新业绩。建成省级以上企业技术中心400家。\n")
    targets = _tables_of_a_page(tmp_path, text)["targets"]
    assert sorted(zip(targets["value"], targets["kind"], targets["year"])) == [
        (50.0, "target", 2025), (400.0, "target", 2025)]


def test_a_paragraph_that_opens_on_this_year_keeps_its_targets_from_a_later_horizon(tmp_path):
    """A city's commerce work conference news (heldout748 n02): "今年,我市…将奋力推进…建设。主攻稳外贸…,实现社会消费品
    零售总额增长10%;…" then, later, "到2020年,…实现5亿美元": the paragraph that opens on 今年 states this year's
    targets, not the one horizon the page names; a paragraph that does not open on it gives the horizon."""
    text = ("株洲新闻网2019年2月14日讯 全市商务工作会议召开。\n"
            "今年,我市商务工作将奋力推进开放发展先行区建设。主攻稳外贸,实现社会消费品零售总额增长10%;进出口增长20%以上。\n"
            "全市将新增外贸企业50家。\n"
            "到2020年,跨境电商进出口额实现5亿美元。\n")
    targets = _tables_of_a_page(tmp_path, text)["targets"]
    assert sorted(zip(targets["value"], targets["year"])) == [(5.0, 2020), (10.0, 2019), (20.0, 2019), (50.0, 2020)]


def test_yao_before_a_verb_of_building_commits():
    """A province's five-year transport plan in the news (heldout760 n03: "江西省“十三五”期要建成25条高速公路"): 要 before
    建成 or 新建 commits to the value, as 要实现 and 要达到 do."""
    result, _ = extract("江西省“十三五”期要建成25条高速公路。全市要新建幼儿园20所。", doc_type="other", period=(None, None),
                        issued="2017-05-06")
    assert [(v.value, v.kind) for v in result.values] == [(25, "target"), (20, "target")]


def test_yao_before_a_verb_of_completing_or_change_commits():
    """要 before 完成, 增长, 提高到 or 下降 commits to the value, as before 建成 (news of a project's schedule, heldout330
    n12: "年前要完成50%设备基础"; a province's forestry and environment targets, heldout548 n01, heldout688 n01)."""
    result, _ = extract("年前要完成50%设备基础。湖南森林覆盖率要增长0.57个百分点。水质达标率要提高到82.5%。PM2.5平均浓度要下降6%。",
                        doc_type="other", period=(None, None), issued="2017-05-06")
    assert [(v.value, v.kind) for v in result.values] == [(50, "target"), (0.57, "target"), (82.5, "target"),
                                                          (6, "target")]


def test_a_plan_named_with_its_length_in_a_paragraphs_opening_commitment_is_no_value():
    """News of a city's work report (heldout752 n01): "2024年,将启动实施美丽上海建设三年行动计划。开工建设26座…" - the
    opening sentence commits and the length of the plan it names (三年) is no value it states, so the values after it
    are its targets, as after an opening that names no number."""
    text = "2024年,将启动实施美丽城市建设三年行动计划。开工建设26座雨水调蓄池,新建1万个电动汽车公共充电桩。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-01-24")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(26.0, "target", 2024), (1.0, "target", 2024)]


def test_a_change_from_the_present_starts_at_a_baseline_and_reaches_a_target():
    """A province's vocational education plan captured from its target list, undated (heldout766 n04): "中等职业学校数
    由目前近800所调整到700所左右" - a change that starts now (目前, 现有) goes to what is to come: the start is the
    baseline and the value it reaches a target, with no other cue and no plan type."""
    text = "——大力发展中等职业教育。中等职业学校数由目前近800所调整到700所左右。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    assert [(v.value, v.kind) for v in result.values] == [(800.0, "baseline"), (700.0, "target")]
    # a city's health facilities plan (heldout794 n04): 增为 after a present start, a target cue (计划) before it
    # (the 30分钟 of the circle's name is no value since session 88)
    text = "三亚计划至2020年建成30分钟健康服务圈,并使每千名常住人口床位数由目前的4.75张增为7.5张。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    assert [(v.value, v.kind) for v in result.values] == [(4.75, "baseline"), (7.5, "target")]


def test_a_count_of_projects_with_their_planned_investment_after_it_is_a_target():
    """A region's key projects in the news (heldout778 n06): "2023年全区共安排重点建设项目191个,计划投资1430亿元" - the
    count of projects, and their total investment, with the planned investment in a later clause are the year's list
    of projects planned; projects started at an event (集中开工项目31项) were done, whatever investment is planned."""
    text = "近日,记者获悉,2023年全区共安排重点建设项目191个,总投资2800亿元,计划投资1430亿元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2023-03-01")
    assert [(v.value, v.kind) for v in result.values] == [(191.0, "target"), (2800.0, "target"), (1430.0, "target")]
    text = "3月18日,全市第三批集中开工项目31项,年度计划投资20亿元。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-03-18")
    assert [(v.value, v.kind) for v in result.values][0] == (31.0, "actual")


def test_this_year_after_a_named_plan_period_in_a_sentence_dates_the_values_after_it():
    """A city's relocation news of 2017 (heldout786 n01): "“十三五”期间,我市将…搬迁…25万人,今年计划搬迁8.7万人,力争搬迁
    10万人以上" - the period dates the value it opens, 今年 after it the values of this year's part; but 今年 that
    dates the base a period's value builds on ("在今年底通车里程1300公里的基础上新增…1800公里") leaves the period's."""
    text = "2017-01-19 来源:重庆日报\n“十三五”期间,我市将搬迁贫困人口25万人,今年计划搬迁8.7万人,力争搬迁10万人以上。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-01-19")
    assert [(v.value, v.year) for v in result.values] == [(25.0, 2020), (8.7, 2017), (10.0, 2017)]
    text = "2005-12-20 来源:某日报\n到“十一五”末,全省高速公路在今年底通车里程1300公里的基础上新增通车里程1800公里。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2005-12-20")
    assert [(v.value, v.year) for v in result.values if v.value == 1800] == [(1800.0, 2010)]


def test_a_page_that_names_no_time_at_all_can_be_a_plan_of_tasks():
    """A city's vocational education goals captured without their title (heldout798 n04): no year, no 今年, so no date
    was lost with its address; its sentences open on tasks ((四)完善…, 建立…), so its values are targets with no year,
    as on a dated page. The same list saying 今年 is news whose date was lost: its values stay results."""
    text = ("--专业覆盖:各行业产业的专业覆盖率达到80%以上。全市建成20个特色专业群。\n"
            "二、立足于服务经济社会,推动职业教育大力发展\n"
            "(四)完善职业教育管理体制。建立市级统筹的管理体制。强化政府统筹职能。\n"
            "(五)构建现代职业教育体系。加快发展中等职业教育。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    assert [(v.value, v.kind, v.year) for v in result.values] == [(80.0, "target", None), (20.0, "target", None)]
    result, _ = extract("今年以来,各项工作稳步推进。\n" + text, doc_type="other", period=(None, None), issued=None)
    assert [v.kind for v in result.values] == ["actual", "actual"]


def test_a_page_of_tasks_is_one_whether_its_paragraphs_are_parted_by_blank_lines_or_not(tmp_path):
    """A district's work-report news (heldout614 n04) as an HTML page (tests/perturbations.py html): its paragraphs
    come apart by blank lines, which end no sentence, so its sentences still open on tasks often enough (3 of 13, not
    3 of 21) and its values stay the year's targets."""
    text = (Path(__file__).parent / "heldout614" / "docs" / "n04.txt").read_text(encoding="utf-8")
    kinds = {}
    for name, page in (("n04.txt", text), ("n04.html", "<html><body>\n" + "\n".join(
            f"<p>{line}</p>" for line in text.split("\n")) + "\n</body></html>")):
        folder = tmp_path / name.replace(".", "_")
        folder.mkdir()
        (folder / name).write_text(page, encoding="utf-8")
        targets = extract_tables(folder).tables["targets"]
        kinds[name] = [(row.value, row.kind, row.year) for row in targets.itertuples() if row.value in (10.0, 13.0)]
    assert kinds["n04.txt"] == kinds["n04.html"] and {kind for _, kind, _ in kinds["n04.txt"]} == {"target"}


def test_this_year_on_a_page_dated_only_by_a_period_of_several_years_has_no_year():
    """A province's forestry news without its date (heldout201 n01) names the 十四五 period: 今年 there is one year of
    that period, not its last (on the read sets the period's last year was wrong for 28 of 29 such values), so the
    value keeps no year rather than a wrong one; a page dated by its one year keeps that year."""
    text = "3月29日,记者从相关会议上获悉,今年宁夏将完成营造林150万亩。“十四五”期间,宁夏将治理荒漠化土地90万亩。"
    result, _ = extract(text, doc_type="other", period=(2021, 2025), issued=None)
    this_year = next(v for v in result.values if v.value == 150)
    assert (this_year.kind, this_year.year) == ("target", None)
    result, _ = extract(text, doc_type="other", period=(2023, 2023), issued=None)
    assert next(v for v in result.values if v.value == 150).year == 2023


def test_a_list_items_name_before_a_colon_names_its_values():
    """A town's plan lists its targets by name, each before a colon (heldout818 n01): "——农民人均纯收入:年均增长14%以上"
    is that income's growth; a page's counters (浏览量:1024) and words that say who speaks (数据显示:) name nothing."""
    result, _ = extract("二、发展目标\n——农民人均纯收入:年均增长14%以上,2025年全镇农民人均纯收入7800元以上;\n"
                        "——林牧渔业占农业产值的比重:年均增长5%,2025年达到50%;\n")
    named = [(v.indicator_zh, v.value, v.kind) for v in result.values]
    assert ("农民人均纯收入", 14.0, "target") in named and ("林牧渔业占农业产值的比重", 5.0, "target") in named
    assert ("林牧渔业占农业产值的比重", 50.0, "target") in named
    result, _ = extract("发布时间:2022-08-31\n浏览量:1024\n")
    assert result.values == []
    result, _ = extract("新疆自治区旅游发展委员会数据显示:前5个月接待游客2000万人次。", doc_type="other")
    assert all("显示" not in v.indicator_zh for v in result.values)


def test_a_year_before_the_target_sections_in_a_values_clause_makes_it_a_result():
    """A city's agriculture paper on the 十二五's work (heldout830 n04): under its heading of targets, "2009年全市蔬菜播种
    面积共计完成152.50万亩" states what a year before the section's period came to; a year's estimate (预计2010年) and
    the section's own targets stay targets."""
    text = ("二、“十二五”期间重点工作目标\n2009年全市蔬菜播种面积共计完成152.50万亩。预计2010年蔬菜总产在600万吨左右。"
            "设施蔬菜播种面积达到76.77万亩。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[152.5], kinds[600.0], kinds[76.77]) == ("actual", "target", "target")


def test_a_result_time_leading_a_full_sentence_frames_its_pieces_after_semicolons():
    """A city's grain news (heldout141 n06): "去年,…成立…专班;…;市财政一次性追加预算1000万元用于奖补早稻生产;…全市建立
    双季稻万亩示范片16个" reports last year in every piece after the lead, as a target cue leading a full sentence
    frames its pieces, on a page whose other values commit; a piece with a commitment of its own still commits."""
    text = ("2022年3月1日。今年全市将新建高标准农田10万亩。力争粮食产量达到300万吨。计划播种面积750万亩。\n"
            "去年,某市高度重视粮食生产,成立早稻生产工作专班;市财政一次性追加预算1000万元用于奖补早稻生产;"
            "同时,全市建立双季稻万亩示范片16个;今年计划新建示范片20个。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-03-01")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[1000.0], kinds[16.0], kinds[20.0]) == ("actual", "actual", "target")


def test_a_plans_count_of_its_own_goals_or_tasks_is_no_value():
    """A region's sports plan news (heldout846 n01): "明确提出…体育事业6个发展目标", "聚焦7项重点任务" count the plan's own
    goals and tasks, as 实施47项民生实事 counts a list's items; the targets named after them stay."""
    result, _ = extract("《规划》明确提出“十四五”时期体育事业6个发展目标。体育事业发展聚焦7项重点任务。"
                        "到2025年人均体育场地面积增加到2.6平方米。\n")
    assert [(v.kind, v.value) for v in result.values] == [("target", 2.6)]



def test_a_heading_in_a_target_section_naming_the_pages_year_dates_the_targets_under_it():
    """A short version of a national work report of 2026 (heldout856 n03): after "二、“十五五”时期主要目标…" (the
    period's targets, of 2030), the next heading "三、2026年经济社会发展总体要求和政策取向" heads the year's own targets,
    of 2026; the period's targets above it stay of 2030."""
    text = ("政府工作报告要点\n2026-03-05 10:56\n一、2025年工作回顾\n国内生产总值增长5%\n"
            "二、“十五五”时期主要目标和重大任务\n全社会研发经费投入年均增长7%以上\n"
            "三、2026年经济社会发展总体要求和政策取向\n经济增长4.5%—5%\n城镇新增就业1200万人以上\n")
    result, _ = extract(text, doc_type="work_report", period=(None, None), issued="2026-03-05")
    years = {v.value: (v.kind, v.year) for v in result.values}
    assert (years[7.0], years[4.5], years[1200.0]) == (("target", 2030), ("target", 2026), ("target", 2026))


def test_a_values_own_this_year_is_the_pages_year_not_a_later_year_its_paragraph_named():
    """A county's news of a visit (heldout850 n05, dated 2012-07-19): "集中供养入住率…争取2014年达到50%;…。今年又启动了
    …三所敬老院新建工作,…计划新增床位200张" — the paragraph's 2014 is one target's horizon; the values after 今年 are of
    2012, the page's year."""
    text = ("2012-07-19 17:20:09 来源:某县新闻网\n集中供养入住率年内要达到35%,争取2014年达到50%;全县敬老院按标准配备工作"
            "人员。今年又启动了三所敬老院新建工作,县财政预算220万元,计划新增床位200张。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2012-07-19")
    years = {v.value: (v.kind, v.year) for v in result.values}
    assert (years[50.0], years[220.0], years[200.0]) == (("target", 2014), ("target", 2012), ("target", 2012))


def test_a_value_in_wan_yi_jin_is_read_whole_with_its_bound():
    """National work reports give grain output in 万亿斤 (heldout856 n02, n03; read heldout81 n11): "1.4万亿斤左右" is
    1.4 trillion jin, about, not "1.4万" with its unit and bound lost; 万亿千瓦时 likewise (read heldout40 n10)."""
    result, _ = extract("今年粮食产量1.4万亿斤左右。全社会用电量达到2万亿千瓦时。\n", doc_type="other",
                        period=(None, None), issued="2025-03-05")
    assert [(v.value, v.unit, v.comparator, v.value_std) for v in result.values] == [
        (1.4, "万亿斤", "~", 1.4e12), (2.0, "万亿千瓦时", "=", 2e12)]


def test_a_headline_value_takes_the_kind_of_the_later_statement_with_its_own_bound():
    """A news page of the 2025 work report (heldout856 n02): the lead's "粮食产量1.4万亿斤左右" is restated by "今年粮食产量
    要继续保持1.4万亿斤左右", not by "2024年…首次跃上1.4万亿斤" (last year's result) that comes between them."""
    text = ("政府工作报告里的关键数字\n国内生产总值增长5%左右、粮食产量1.4万亿斤左右……\n"
            "2024年中国粮食产量首次跃上1.4万亿斤新台阶。今年粮食产量要继续保持1.4万亿斤左右的高水平。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-03-05")
    grain = [(v.kind, v.year) for v in result.values if v.unit == "万亿斤"]
    assert grain == [("target", 2025), ("actual", 2024), ("target", 2025)]


def test_a_floor_kept_or_a_level_climbed_is_at_least_its_value():
    """Farmland red lines (守住909万亩永久基本农田, 严守4300万亩耕地红线: read heldout43 n06, 764 n01) and a level climbed
    (粮食总产登上1000亿斤新台阶, as 迈上: read heldout312 n10) are floors: at least the value (codebook comparators.csv)."""
    result, _ = extract("到2025年,守住909万亩永久基本农田,严守4300万亩耕地红线,粮食总产登上1000亿斤新台阶。\n")
    assert [(v.value, v.comparator) for v in result.values] == [(909.0, ">="), (4300.0, ">="), (1000.0, ">=")]


def test_a_mark_passed_is_more_than_it_and_a_cap_is_at_most_it():
    """跨越 and 过 before a value pass a mark (经济总量跨越6万亿元, 旅游总消费过千亿元: read heldout384 n05, 316 n08), as
    超过 and 跨过 do; 最高 before an amount caps it (给予最高2000万元补贴: read heldout162 n04) (codebook comparators.csv)."""
    result, _ = extract("到2025年,经济总量跨越6万亿元,实现旅游总消费过千亿元,对重点项目给予最高2000万元补贴。\n")
    assert [(v.value, v.comparator) for v in result.values] == [(6.0, ">"), (1000.0, ">"), (2000.0, "<=")]


def test_each_value_of_a_list_held_within_its_verb_is_at_most_it():
    """A province's emission targets (read heldout346 n01): "排放总量分别控制在133.5万吨、13.6万吨、126.9万吨和135.6万吨"
    holds each value of the list within it, not the first only."""
    result, _ = extract("到2025年,四项污染物排放总量分别控制在133.5万吨、13.6万吨、126.9万吨和135.6万吨。\n")
    assert [v.comparator for v in result.values] == ["<="] * 4


def test_a_horizon_of_n_years_counts_from_the_year_before_it():
    """"自2010年开始,青海省将利用3年时间,在牧区…883个牧业村全面推进…" (heldout438 n10) and "2003年,…决定在5年内筹集45亿元"
    (heldout830 n07): the horizon ends N years on from the year named before it, not in that year; not after the end of
    a range (2020-2022年,…用三年时间, heldout574 n06), nor over the value's own 今年 (…用三年时间完成…,今年投资90亿元)."""
    page = dict(doc_type="other", period=(None, None), issued="2010-06-13")
    result, _ = extract("自2010年开始,青海省将利用3年时间,在牧区883个牧业村全面推进生态畜牧业建设。\n", **page)
    assert [(v.value, v.kind, v.year, v.period_start, v.period_end) for v in result.values] == [
        (883, "target", 2012, 2010, 2012)]
    result, _ = extract("2003年,云南省决定将在5年内筹集45亿元资金,基本解决全省40万户特困农户安居温饱。\n", **page)
    assert [(v.value, v.kind, v.year) for v in result.values] == [(45, "target", 2007), (40, "target", 2007)]
    result, _ = extract("即2020-2022年,新疆用三年时间在重点农区新增肉羊出栏500万只。\n", **page)
    assert [(v.value, v.year) for v in result.values] == [(500, 2022)]
    result, _ = extract("从2016年起,我们要用三年时间完成城市棚户区改造任务,今年投资90亿元,改造2.87万户。\n", **page)
    assert [(v.value, v.year) for v in result.values] == [(90, 2010), (2.87, 2010)]


def test_a_level_after_a_change_takes_the_changes_indicator():
    """"煤炭消费总量比2020年下降5%左右、控制在1.24亿吨左右" (heldout886 n04): a clause on a verb of reaching a level
    (codebook phrase_words level_of_the_value_before: 控制在, 提高到, 降至 …) after a change names the same indicator,
    as 达到 does; before, 1.24亿吨 had no indicator and was only flagged."""
    result, _ = extract("到2025年,煤炭消费总量比2020年下降5%左右、控制在1.24亿吨左右。\n", doc_type="other",
                        period=(None, None), issued="2022-06-02")
    assert [(v.value, v.unit, v.kind, v.year, v.comparator) for v in result.values] == [
        (5, "%", "target", 2025, "~"), (1.24, "亿吨", "target", 2025, "~")]
    assert result.values[1].indicator_zh.startswith("煤炭消费总量")
    result, _ = extract("到2025年,森林覆盖率再提高2个百分点,提高到43.9%。\n", doc_type="other", period=(None, None),
                        issued="2022-06-02")
    assert [(v.value, v.indicator_zh[:5]) for v in result.values] == [(2, "森林覆盖率"), (43.9, "森林覆盖率")]


def test_an_unlabelled_telephone_number_is_no_value():
    """"请反馈至0571-87052763" at the foot of a draft plan (heldout886 n03): an area code with its 0, a dash and eight
    digits is a telephone number (codebook structure_rules), not a range from 571 to 87052763; "2-3个" still is one."""
    result, _ = extract("到2025年新建学校30所。请反馈至0571-87052763,或发送邮件。\n", doc_type="other",
                        period=(None, None), issued="2022-06-02")
    assert [(v.value, v.unit) for v in result.values] == [(30, "所")]
    result, _ = extract("到2025年每个县新建学校2-3所。\n", doc_type="other", period=(None, None), issued="2022-06-02")
    assert [(v.value, v.value_high, v.comparator) for v in result.values] == [(2, 3, "range")]


def test_n_years_later_dates_a_target_that_many_years_on():
    """"黑龙江省两年后森林覆盖率将达到43.9%" on a page of 2003-09-30 (heldout880 n01): two years on from the page's
    year, 2005, not the page's own year."""
    result, _ = extract("黑龙江省两年后森林覆盖率将达到43.9%。\n", doc_type="other", period=(None, None), issued="2003-09-30")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(43.9, "target", 2005)]
    result, _ = extract("预计五年后,吉林将新增商品粮一百亿斤。\n", doc_type="other", period=(None, None), issued="2008-03-30")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(100, "target", 2013)]


def test_a_verb_ending_in_ji_names_what_it_reaches_after_the_number():
    """"实施老旧小区改造1000万平方米以上,涉及14万户居民" (heldout268 n06), "惠及421户居民" (heldout876 n01): the 及 of
    涉及/惠及 is no 及 joining two names, so the verb stays and the noun after the number completes the indicator."""
    result, _ = extract("到2025年,实施老旧小区改造1000万平方米以上,涉及14万户居民。改造危房8栋,惠及421户居民。")
    assert [(v.indicator_zh, v.value, v.unit, v.kind) for v in result.values][1::2] == [
        ("涉及居民", 14.0, "万户", "target"), ("惠及居民", 421.0, "户", "target")]


def test_a_share_of_the_target_a_named_body_set_is_a_result():
    """"实现税收收入25.86亿元,完成镇人代会目标的54.4%" (heldout502 n03, a town's mid-year report): the body that set the
    target stands before it with no 下达, and the share is still what was achieved."""
    result, _ = extract("上半年,实现税收收入25.86亿元,完成镇人代会目标的54.4%。",
                        doc_type="work_report", period=(2024, 2024), issued="2024-07-22")
    assert [(v.value, v.unit, v.kind) for v in result.values] == [(25.86, "亿元", "actual"), (54.4, "%", "actual")]


def test_a_share_of_the_years_task_after_a_commitment_is_a_target():
    """"力争一季度完成全年植树造林任务的70%以上" (heldout870 n04): the share is one to reach, its cue 力争 decides, not
    the share-of-plan words that after a result mean what was achieved."""
    result, _ = extract("今年全省计划植树造林90万亩,力争一季度完成全年任务的70%以上。",
                        doc_type="other", period=(None, None), issued="2024-03-05", title="")
    assert [(v.value, v.unit, v.kind) for v in result.values] == [(90.0, "万亩", "target"), (70.0, "%", "target")]


def test_an_undated_page_that_names_no_year_with_nian_takes_one_named_without_it():
    """A province's rural-digital news (heldout610 n03) names its year only in a forum's name (2021数字乡村论坛): its
    targets no rule dated take that year; a count of households (回迁安置2000户) is no year."""
    text = "创建20个数字乡村示范县,回迁安置2000户以上,举办中国郑州2021数字乡村论坛。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.year, v.year_inferred) for v in result.values] == [(20.0, 2021, True), (2000.0, 2021, True)]
    assert result.values[0].year_basis == "the year an undated page names most (2021, without 年)"


def test_an_undated_article_that_names_no_year_takes_the_year_its_closing_links_name():
    """A city's news (heldout936 n05) whose article names no year and whose links after it are dated (- 2017-01-10…):
    with no better evidence, the links' year dates its values."""
    text = ("今年泉州市城镇化率预计达65.5%,环湾城市建成区面积达220.5平方公里。\n相关新闻\n"
            "- 2017-01-10泉州市政协委员:建议进一步加强营养科普工作\n- 2017-01-09泉州两会开幕\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.year) for v in result.values] == [(65.5, 2017), (220.5, 2017)]
    assert result.values[0].year_basis.endswith("in its links)")


def test_the_horizon_a_closing_link_names_is_another_pages(tmp_path):
    """News of a year's plan (heldout808 n01's kind) followed by its site's related links, one of them naming a
    horizon (到2025年…: the harness's related-text form): the page's targets keep its own year, not the link's."""
    targets = _tables_of_a_page(tmp_path,
        "沈阳开展农业农村污染治理攻坚战\n整治100个行政村;完成50处农村黑臭水体治理。\n"
        "近日,《2020年沈阳市农业农村污染治理工作方案》正式发布。\n今年,沈阳将全面完成农业农村污染治理攻坚各项任务。\n"
        "相关新闻\n到2025年全市森林覆盖率达到45%\n某县召开新闻发布会\n")["targets"]
    assert targets[["value", "kind", "year"]].values.tolist() == [
        [100.0, "target", 2020], [50.0, "target", 2020], [45.0, "target", 2025]]


def test_a_page_of_tasks_is_told_by_its_own_sentences_not_its_links(tmp_path):
    """heldout850 n01 (a province's civil-affairs tasks for the year: 新增养老床位1.5万张, 完成30个…) as its portal
    serves it (the harness's portal form): the related news and footer lines after its links heading counted as
    sentences that open on no task, and the page's no-cue values became results; the share is counted on the text
    before the links."""
    from perturbations import as_portal_page

    page = (Path(__file__).parent / "heldout850" / "docs" / "n01.txt").read_text(encoding="utf-8")
    (tmp_path / "n01.html").write_text(as_portal_page(page), encoding="utf-8")
    rows = extract_tables(tmp_path).tables["targets"]
    assert set(rows[rows["value"].isin([1.5, 30.0])]["kind"]) == {"target"}


def test_an_undated_part_of_a_page_takes_the_plan_its_other_part_names(tmp_path):
    """A city's children's plan captured from its targets (heldout264 n04) names its plan only in the attachment line
    after them (附件:关于印发…“十四五”规划的通知), which starts a document of its own: the undated part's target takes
    the end of the one five-year plan its page names."""
    (tmp_path / "n04.txt").write_text(
        "1.保障儿童健康权益,提升儿童健康服务水平,儿童健康素质持续优化。\n"
        "6.适龄儿童免疫规划疫苗接种率保持在95%以上。\n"
        "9.儿童新发近视率明显下降,全市儿童青少年总体近视率在上一年度基础上每年降低1个百分点以上。\n"
        "附件:关于印发天津市儿童发展“十四五”规划的通知\n"
        "津就组字〔2022〕2号,城镇调查失业率控制在5.5%以内。\n", encoding="utf-8")
    rows = extract_tables(tmp_path).tables["targets"]
    first = rows[(rows["value"] == 1.0) & (rows["kind"] == "target")]
    assert first["year"].tolist() == [2025]
    assert first["year_basis"].iloc[0].startswith("the end of the one five-year plan an undated page names")


def test_a_change_over_the_year_before_in_a_year_not_over_is_planned():
    """A zone's meeting on its year's tasks (heldout678 n05, a page of 2017-03-01): "2017年,…实现4500亿元,同比增长
    11.2%" cannot report the whole year in March, so 同比 compares what is planned with the year before; a part of the
    year named (1-2月) would make it a result."""
    head = "2017-03-01 07:18:46 来源: 新华网\n2月28日,高新区召开会议,回顾2016年工作,安排部署2017年重点工作任务。"
    planned, _ = extract(head + "2017年,全区营业总收入实现4500亿元,同比增长11.2%。\n",
                         doc_type="other", period=(None, None), issued="2017-03-01", title="")
    assert [(v.value, v.kind, v.year) for v in planned.values] == [(4500.0, "target", 2017), (11.2, "target", 2017)]
    so_far, _ = extract(head + "2017年1-2月,全区营业总收入实现450亿元,同比增长11.2%。\n",
                        doc_type="other", period=(None, None), issued="2017-03-01", title="")
    assert [(v.value, v.kind) for v in so_far.values] == [(450.0, "actual"), (11.2, "actual")]


def test_a_named_column_table_on_a_page_of_no_plans_type_reports_what_is():
    """A city's bulletin captured without its title (heldout470 n04): its table of the population's make-up
    (年末数, 比重) names no target in its columns and the page is of no plan's type, so its cells are what is, not
    targets; the same table in a plan of action sets targets."""
    text = ("据人口抽样调查,全市常住人口稳中有增。\n"
            "年末全市常住人口数及其构成 | ||\n指 标 | 年末数 (万人) | 比重(%) |\n"
            "全市常住人口 | 310.0 | 100.0 |\n其中:城镇 | 228.5 | 73.7 |\n")
    for doc_type, kind in (("other", "actual"), ("action_plan", "target")):
        result, _ = extract(text, doc_type=doc_type, period=(None, None), issued="2023-05-10", title="")
        assert [(v.value, v.kind) for v in result.values] == [(310.0, kind), (100.0, kind), (228.5, kind), (73.7, kind)]


def test_a_projects_planned_sum_in_a_work_reports_review_is_what_was_reported():
    """A county's work report reviewing its year (heldout418 n05: 新签约过亿元项目450个、计划投资2660亿元): the
    projects' planned sum is told of what was signed, not set as a target, as the read and sealed sets' gold agree on
    every such value; a plan word's amount in another page's review (年度计划为29个) stays the year's target."""
    text = "一、2020年工作回顾\n全年新签约过亿元项目450个、计划投资2660亿元。\n二、2021年工作安排\n全年新签约项目500个。\n"
    report, _ = extract(text, doc_type="work_report", period=(2021, 2021), issued="2021-01-20", title="")
    assert [(v.value, v.kind) for v in report.values] == [(450.0, "actual"), (2660.0, "actual"), (500.0, "target")]
    other, _ = extract(text, doc_type="other", period=(2021, 2021), issued="2021-01-20", title="")
    assert [(v.value, v.kind) for v in other.values] == [(450.0, "actual"), (2660.0, "target"), (500.0, "target")]


def test_a_notice_that_issues_a_scheme_carries_its_targets():
    """A county's notice issuing its energy scheme (heldout159 n01): the values it sets out with no cue are the
    scheme's targets; a portal's menu word 通知 (公告通知:) taken for a title issues nothing."""
    text = "各乡镇人民政府:\n现将方案印发给你们,请认真贯彻执行。\n保障全社会电量供给35亿千瓦时左右,新增公共充电设施260根以上。\n"
    for title, kind in (("关于印发某县2025年能源保供工作方案的通知", "target"), ("公告通知:", "actual")):
        result, _ = extract(text, doc_type="notice", period=(None, None), issued="2025-03-02", title=title)
        assert [(v.value, v.kind) for v in result.values] == [(35.0, kind), (260.0, kind)]


def test_clause_ends_and_reused_searches_answer_as_a_search_from_each_position_would():
    """The clause breaks found once per sentence and a search reused over a line (statements._clause_end,
    _search_on: a long line was quadratic) give, at every position in order, what a fresh search from it gives."""
    import re

    from plantargets.extract import statements

    text = ("到2020年,新建幼儿园5所、改扩建8所:其中1:1配套;到2025年建成,比例为1:2。2027年投入使用,"
            "新增学位300个;到2030年达到95%。") * 3
    year = re.compile(r"到((?:19|20)\d{2})年")
    searched = {}
    for position in range(len(text) + 1):
        direct = statements._CLAUSE_BREAK.search(text, position)
        assert statements._clause_end(text, position) == (direct.start() if direct else len(text))
        found, fresh = statements._search_on(year, text, position, searched), year.search(text, position)
        assert (found and found.span()) == (fresh and fresh.span())


def test_a_streak_held_before_a_value_makes_it_a_result_unless_a_cue_commits_to_it():
    """"小麦产量连续9年稳定在700亿斤以上" (heldout654 n01, a province's grain news): a streak of N years held up to now is a
    result; "确保连续两年…稳定在1300亿斤以上" commits to one (the codebook's streak_held, not 连续 alone: 连续多年稳定增长的
    态势 and 家庭医生连续、稳定的服务 name no streak of a count)."""
    result, _ = extract("全省要抓好粮食生产。小麦产量连续9年稳定在700亿斤以上,确保连续两年粮食产量稳定在1300亿斤以上。")
    assert [(v.value, v.kind) for v in result.values] == [(700.0, "actual"), (1300.0, "target")]


def test_what_is_to_be_done_before_the_years_end_is_a_commitment_but_a_named_years_end_is_a_date():
    """"截至目前,…已竣工投产58个,预计年底前还有42个项目可竣工投产" (heldout117 n08): 年底前 commits what is left of this year
    over the sentence's leading 截至目前; "建成于2005年底前的城镇老旧小区8087个" (heldout614 n06) names a date, no commitment."""
    result, _ = extract("截至目前,全县重点项目已竣工投产58个,预计年底前还有42个项目可竣工投产。\n"
                        "全省共有建成于2005年底前的城镇老旧小区8087个。\n",
                        doc_type="other", period=(None, None), issued="2016-10-12", title="")
    assert [(v.value, v.kind) for v in result.values] == [(58.0, "actual"), (42.0, "target"), (8087.0, "actual")]


def test_a_list_in_a_review_named_the_years_energy_saving_targets_after_it_is_targets():
    """"单位生产总值能耗降低3.2%、二氧化硫排放量下降1.5%、化学需氧量排放减少0.2%的节能减排目标预计可以完成" (heldout474 n01,
    a province's review of 2009): each value of the list is named the year's target after it, as a single value is."""
    result, _ = extract("一、2009年工作回顾\n单位生产总值能耗降低3.2%、二氧化硫排放量下降1.5%、化学需氧量排放减少0.2%的节能减排目标"
                        "预计可以完成。\n", doc_type="work_report", period=(2010, 2010), issued="2010-01-20")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(3.2, "target", 2009), (1.5, "target", 2009),
                                                                (0.2, "target", 2009)]


def test_the_years_to_come_on_a_page_written_late_in_its_year_begin_with_the_next():
    """"河北省文安县计划融资4.6亿元,在未来三年里逐步改造143所中小学和幼儿园" on a page of 2016-12-15 (heldout84 n07): the
    three years to come are 2017-2019, not 2016-2018; so from October ("未来五年海南经济增长速度可达13%" on a page of
    2010-10-08, heldout296 n02: 2011-2015); a page of the year's first months counts its own year in."""
    for dateline, year in (("2016年12月15日", 2019), ("2016年10月08日", 2019), ("2016年03月15日", 2018)):
        text = f"河北文安:计划融资4.6亿元改善教学环境\n{dateline}\n河北省文安县计划融资4.6亿元,在未来三年里逐步改造143所中小学和幼儿园的教学环境。\n"
        result, _ = extract(text, doc_type="other", period=(None, None), issued="", title="")
        assert [(v.value, v.year) for v in result.values if v.value == 143] == [(143.0, year)], dateline


def test_sentences_ended_by_ascii_points_are_read_one_by_one(tmp_path):
    """A page whose sentences end in ASCII points (heldout904 n04 written so by a converter): 今年 opening the second
    sentence gives its values the year after the past year of the first, and a quote stops at its own sentence."""
    targets = _tables_of_a_page(tmp_path, "某县召开2023年经济工作会议\n2022年,全县粮食产量达到18万吨,农民人均可支配收入"
                                          "增长7%.今年,全县将新建幼儿园5所,新增学位2000个.\n")["targets"]
    assert [(r.kind, r.year, r.value, r.quote) for r in targets.itertuples()] == [
        ("actual", 2022, 18.0, "全县粮食产量达到18万吨"), ("actual", 2022, 7.0, "农民人均可支配收入增长7%"),
        ("target", 2023, 5.0, "全县将新建幼儿园5所"), ("target", 2023, 2000.0, "新增学位2000个")]


def test_a_page_whose_lines_were_joined_with_tabs_reads_as_the_page_with_its_lines(tmp_path):
    """heldout444 n02 (a town's work report) with its line breaks written as tabs: the same targets (years, values and
    quotes) as the page read with its lines (before, the tabbed page lost its target section)."""
    text = (Path(__file__).parent / "heldout444" / "docs" / "n02.txt").read_text(encoding="utf-8")
    (tmp_path / "lines").mkdir()
    (tmp_path / "tabs").mkdir()
    (tmp_path / "lines" / "p.txt").write_text(text, encoding="utf-8")
    (tmp_path / "tabs" / "p.txt").write_text(text.replace("\n", "\t"), encoding="utf-8")
    rows = [sorted((r.year, r.value, r.quote) for r in extract_tables(tmp_path / which).tables["targets"].itertuples()
                   if r.kind == "target") for which in ("lines", "tabs")]
    assert rows[0] == rows[1] and len(rows[0]) >= 10


def test_a_paragraph_written_one_sentence_to_a_line_keeps_its_year(tmp_path):
    """heldout806 n01 (a city's 2024 plan of work) broken at each 。: the targets after "主要目标:2024年确保…。" on the
    next lines (油料面积20.53万亩, 良种覆盖率达98%以上) are of 2024 as on the page with its paragraphs, not of the
    十四五 plan's horizon (2025)."""
    text = (Path(__file__).parent / "heldout806" / "docs" / "n01.txt").read_text(encoding="utf-8")
    targets = _tables_of_a_page(tmp_path, text.replace("。", "。\n"))["targets"]
    years = {r.value: r.year for r in targets.itertuples() if r.kind == "target"}
    assert years[20.53] == years[98.0] == years[600.0] == 2024


def test_a_year_written_in_chinese_digits_dates_its_section(tmp_path):
    """An infographic's "回顾二〇一七年 … 展望二〇一八年" (heldout36 n07 with its years in Chinese digits, as formal
    texts write them): the lines under 展望二〇一八年 are the targets of 2018, those under 回顾 the results of 2017."""
    targets = _tables_of_a_page(tmp_path, "某市政府工作报告解读\n回顾二〇一七年\n生产总值增长9.5%,规模以上工业增加值增长14.5%\n"
                                          "展望二〇一八年\n生产总值增长9%左右,全社会固定资产投资增长12%左右\n")["targets"]
    assert sorted((r.kind, r.year, r.value) for r in targets.itertuples()) == [
        ("actual", 2017, 9.5), ("actual", 2017, 14.5), ("target", 2018, 9.0), ("target", 2018, 12.0)]


def test_a_money_scale_with_ji_is_the_aim_unless_a_count_or_list_comes_before_it(tmp_path):
    """"打造200亿级光伏产业集群" (heldout262 n06), "形成300亿元级产业集群" (heldout982 n03): with nothing counted before it
    the scale of the cluster is the target; "培育4家50亿级企业" (heldout143 n06), "食品饮料等500亿级产业" (heldout530 n02):
    a count or a list before it makes it a class of what is counted, so only the count is a value; a tonnage class
    (5000吨级码头) stays a qualifier."""
    targets = _tables_of_a_page(tmp_path, "某市2024年政府工作报告\n二、2024年主要目标任务\n打造200亿级光伏产业集群,"
                                          "到2027年形成300亿元级蔬菜产业集群;培育4家50亿级企业,壮大石化、食品饮料等500亿级产业,"
                                          "建成2个5000吨级码头。\n")["targets"]
    assert sorted((r.value, r.unit) for r in targets.itertuples() if r.kind == "target") == [
        (2.0, "个"), (4.0, "家"), (200.0, "亿"), (300.0, "亿元")]


def test_a_labelled_title_is_read_as_a_headline_not_set_aside_as_a_label(tmp_path):
    """"标题: 今年,万州改扩建5所学校,改造42个老旧小区……" (heldout211 n03, a portal's page header): the title's label
    gives the page's headline, whose quantities are read as an unlabelled headline's; the numbers of other
    metadata lines (索引号, 发布时间) stay structure."""
    tables = _tables_of_a_page(tmp_path, "标题: 今年,万州改扩建5所学校,改造42个老旧小区......还有更多好消息\n"
                                         "索引号 11500101/2023-00015\n发布时间:2023-03-02\n"
                                         "今年,我区将改扩建5所学校,改造42个老旧小区。\n")
    quotes = [(r.value, r.quote) for r in tables["targets"].itertuples()]
    assert (42.0, "改造42个") in quotes and sum(value == 42.0 for value, _ in quotes) == 2
    metadata = tables["numbers"][tables["numbers"]["reason"] == "metadata line"]
    assert len(metadata) >= 2 and "42" not in "".join(metadata["text"].astype(str))


def test_a_page_with_a_bullet_before_each_line_reads_as_the_page_without_them(tmp_path):
    """heldout904 n03 (a province's farm targets under a dateline in dots) with "▶ " before every line: the dateline
    still dates the page, so its targets are of 2016 as on the page as captured."""
    text = (Path(__file__).parent / "heldout904" / "docs" / "n03.txt").read_text(encoding="utf-8")
    (tmp_path / "plain").mkdir()
    (tmp_path / "bullets").mkdir()
    (tmp_path / "plain" / "p.txt").write_text(text, encoding="utf-8")
    (tmp_path / "bullets" / "p.txt").write_text("\n".join("▶ " + line if line.strip() else line
                                                          for line in text.split("\n")), encoding="utf-8")
    rows = [sorted((r.kind, r.year, r.value) for r in extract_tables(tmp_path / which).tables["targets"].itertuples())
            for which in ("plain", "bullets")]
    assert rows[0] == rows[1] and ("target", 2016, 440.0) in rows[0]


def test_a_projects_preparatory_stage_is_no_cue_of_a_result(tmp_path):
    """"推进重大项目前期工作和重大招商项目各100个" in a province's plans for the year (heldout368 n08): the 目前 inside
    项目前期 said the values were results; they are the year's targets."""
    targets = _tables_of_a_page(tmp_path, "某省2020年经济工作安排\n今年,全省将推进重大项目前期工作和重大招商项目各100个,"
                                          "省财政新增筹措重大建设项目前期工作经费3亿元。\n")["targets"]
    assert sorted((r.kind, r.year, r.value) for r in targets.itertuples()) == [
        ("target", 2020, 3.0), ("target", 2020, 100.0), ("target", 2020, 100.0)]  # (各100个: each of two)


def test_an_html_tables_rows_read_as_the_drawn_tables_rows(tmp_path):
    """heldout203 n11 (a county's livelihood projects in a drawn table) as an HTML page with a <table>
    (tests/perturbations.py html-table): each row's cells stay on one line, set apart by |, so the rows give the
    same targets as the drawn table (one cell to a line, the task column lost its quantities and the page its
    targets)."""
    text = (Path(__file__).parent / "heldout203" / "docs" / "n11.txt").read_text(encoding="utf-8")
    (tmp_path / "text").mkdir()
    (tmp_path / "html").mkdir()
    (tmp_path / "text" / "p.txt").write_text(text, encoding="utf-8")
    (tmp_path / "html" / "p.html").write_text(as_html_table(text), encoding="utf-8")
    rows = [sorted((r.kind, r.year, r.value) for r in extract_tables(tmp_path / which).tables["targets"].itertuples()
                   if r.kind == "target") for which in ("text", "html")]
    assert rows[0] == rows[1] and len(rows[0]) >= 10


def test_a_table_of_tasks_reads_each_task_as_a_target_and_its_results_in_its_unit():
    """A city's results of its year's practical projects flattened to one cell per line (heldout492 n06): the task's
    number is the year's target (新增4000张养老床位), the cells after it what was done (4385, in the task's unit) and
    the share of the plan (110%), the year's results; on a page that otherwise reads as a review."""
    text = ("2024年某市为民办实事项目完成情况\n回顾一年来,全市民生实事项目全面完成。\n序号\n实事项目名称\n完成情况\n占全年计划\n"
            "1\n新增4000张养老床位\n4385\n110%\n2\n新增30个社区长者食堂\n39\n130%\n")
    result, _ = extract(text, doc_type="project_list", period=(2024, 2024), issued="2024-11-06")
    assert [(v.value, v.kind, v.unit, v.year) for v in result.values] == [
        (4385.0, "actual", "张", 2024), (110.0, "actual", "%", 2024), (39.0, "actual", "个", 2024),
        (130.0, "actual", "%", 2024), (4000.0, "target", "张", 2024), (30.0, "target", "个", 2024)]


def test_a_measures_name_in_a_clause_of_its_own_names_the_change_after_it():
    """A plan writes a measure's name, a comma, then only the change that reaches its value (heldout722 n03:
    "…地表水优良水体(达到或优于三类)比例,由66.0%提升至73.0%以上"; heldout100 n05 with the year between): the name is
    the value's. A clause before the value's that is no measure's name (据统计) names nothing, and one share named
    over several sectors stays one value."""
    result, _ = extract("到2025年,地表水优良水体比例,由66.0%提升至73.0%以上。城市生活污水集中收集率,2025年提高到70%。")
    named = {(v.indicator_zh, v.value, v.kind) for v in result.values}
    assert ("地表水优良水体比例", 73.0, "target") in named and ("城市生活污水集中收集率", 70.0, "target") in named
    result, _ = extract("据统计,由5%提高到6%。")
    assert [v.indicator_zh for v in result.values] == []
    result, _ = extract("到2025年,钢铁、水泥、炼油等重点行业达到标杆水平的产能比例超过30%。")
    assert [v.value for v in result.values] == [30.0]


def test_one_character_items_of_a_list_take_the_rest_of_its_last_name():
    """"肉、蛋、奶产量分别达到38万吨、33万吨、13万吨" (heldout830 n04): each one-character item is the last name's item
    with its rest (肉产量, 蛋产量), as in "肉、蛋、奶总产量"; a two-character item before a four-character name too
    (粮食、蔬菜产量: 粮食产量)."""
    result, _ = extract("到2025年,全市肉、蛋、奶产量分别达到38万吨、33万吨、13万吨。")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("肉产量", 38.0), ("蛋产量", 33.0), ("奶产量", 13.0)]
    result, _ = extract("到2025年,粮食、蔬菜产量分别达到120万吨、80万吨。")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("粮食产量", 120.0), ("蔬菜产量", 80.0)]


def test_the_new_year_heads_its_plans_where_its_sentence_commits():
    """News of a city's districts' sessions (heldout542 n03): "总结这一年工作" opens a review, then "并制定新一年发展
    计划" turns to the new year's plans, whose listed values are targets; 新的一年 with no commitment after it
    ("迎来新的一年") heads nothing, so the review's results stay results."""
    planned = "近日,某区召开两会\n总结这一年工作\n并制定新一年发展计划\n1、完善路网体系,新建微循环道路10条。\n2、新建3个游园。\n"
    result, _ = extract(planned, doc_type="other", period=(None, None), issued="2019-12-28")
    assert [(v.value, v.kind) for v in result.values] == [(10.0, "target"), (3.0, "target")]
    greeted = "近日,某区召开两会\n总结这一年工作\n迎来新的一年\n全区新建微循环道路10条,新建3个游园。\n"
    result, _ = extract(greeted, doc_type="other", period=(None, None), issued="2019-12-28")
    assert [(v.value, v.kind) for v in result.values] == [(10.0, "actual"), (3.0, "actual")]


def test_a_sentence_that_commits_in_a_review_of_the_year_so_far_speaks_of_the_rest_of_the_year():
    """News of a province's rural roads (heldout508 n02, dated 2024-09-18): "…水毁重建工程上半年已全面完成" reviews the
    year so far; "到今年年底,…将达到4500个,开通…420条" in the next paragraph commits for the rest of it, the piece
    after the commitment too; the review's present state ("目前,…建成…120个") stays a result."""
    text = ("全省农村公路2779项水毁重建工程上半年已全面完成。\n"
            "目前,全省建成县级服务场站120个。到今年年底,全省站点将达到4500个,开通合作线路420条。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-09-18")
    assert [(v.value, v.kind) for v in result.values] == [
        (2779.0, "actual"), (120.0, "actual"), (4500.0, "target"), (420.0, "target")]


def test_a_year_a_value_stays_level_with_is_a_base_not_when_it_is_stated():
    """A district's report (heldout446 n04): "一般公共预算收入完成数与2019年持平" compares with 2019 as 与2019年相比 does;
    the year dates nothing, so the targets after it in the sentence stay targets of 2020."""
    text = ("2020年,全区主要预期目标是:地区生产总值增长6%左右,一般公共预算收入完成数与2019年持平,"
            "社会消费品零售额增长6%左右。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-01-10")
    assert [(v.kind, v.year) for v in result.values if v.value == 6.0] == [("target", 2020), ("target", 2020)]


def test_the_months_so_far_written_with_dao_are_a_part_of_the_year_done():
    """A development zone's news (heldout754 n06): "今年1到10月,…完成州外到位资金120.44亿元,同比增长29%" reports the
    year's first ten months, as 1-10月 and 1至10月 do; 今年 before it commits to nothing."""
    text = "今年1到10月,开发区招商引资到位资金超历史同期水平,完成州外到位资金120.44亿元,同比增长29%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-11-20")
    assert [(v.value, v.kind) for v in result.values] == [(120.44, "actual"), (29.0, "actual")]


def test_a_temperature_or_a_coordinate_is_no_value():
    """A city's overview (seed Zhanjiang: 北纬20°13′~21°57′), a weather box run into a news page (heldout420 n01:
    内蒙古 42℃) and a forecast (heldout328 n07: 最高气温将…从16℃→18℃): measures of the weather or of a place."""
    reason = ("a temperature, or an angle of latitude or longitude (℃, °, ′): a measure of the weather or of a place, "
              "not a stated value")
    _assert_structure_before_a_target(("全市位于北纬20°13′~21°57′之间,年均气温23.5℃。",
                                       "明天最高气温将迎来从16℃→18℃→20℃的三级跳。"), reason)


def test_a_cut_is_a_change_downward_not_a_level():
    """Provinces' environmental plans (heldout906 n05: 排放量比2008年度削减4%; heldout860 n06: 镉、砷排放均削减25%): 削减
    (cut) is a change downward of the quantity named before it, as 下降 is, not a level of 25%."""
    result, _ = extract("到2025年,二氧化硫排放量削减25%。\n", doc_type="other", period=(None, None), issued="2021-02-01")
    assert [(v.indicator_zh, v.value, v.target_type, v.direction) for v in result.values] == [
        ("二氧化硫排放量", 25.0, "growth", "decrease")]


def test_a_value_kept_by_a_list_of_measures_goes_on_being_shared_after_jixu():
    """A province's education news (heldout414 n05): "全省小学适龄儿童入学率和初中毛入学率继续保持100%" keeps one value
    for both rates, as "…均保持100%" does; 继续 (go on) before the verb changes nothing."""
    for text in ("今年全省小学适龄儿童入学率和初中毛入学率继续保持100%。\n", "今年全省小学入学率和初中入学率均继续保持100%。\n"):
        result, _ = extract(text, doc_type="other", period=(None, None), issued="2011-02-01")
        assert [(v.value, v.kind) for v in result.values] == [(100.0, "target"), (100.0, "target")]


def test_the_next_year_leading_a_sentence_dates_its_pieces_after_a_semicolon():
    """A district's news dated 2019-12-31 (heldout446 n01): "沈阳市沈河区明年将实施中街…改造,…;再建7个…;新建15个…":
    the lead's 明年 dates the pieces after its ";" as it dates its own clause, on a page whose date the text gives or
    the manifest does."""
    text = "沈阳市沈河区明年将实施中街改造,包括绿化、美化工程;再建7个居民之家;新建15个居家养老服务中心。\n"
    for issued, page in (("2019-12-31", text), ("", "沈河明年将实施中街改造 2019年12月31日\n" + text)):
        result, _ = extract(page, doc_type="other", period=(None, None), issued=issued)
        assert [(v.value, v.kind, v.year) for v in result.values] == [(7.0, "target", 2020), (15.0, "target", 2020)]


def test_a_year_with_its_month_and_day_dates_an_event_not_a_target():
    """A review of a city's livelihood projects (heldout386 n01), whose first line dates the decision a year before
    its own writing: "2011年5月29日,…摇号结束,…申请人数13882人" reports an event of that day; a deadline with 前
    ("2011年12月31日前,…建成…") still sets a target."""
    head = "2010年6月25日,市委全委会决议提出用两年半时间解决十大民生问题。\n"
    result, _ = extract(head + "2011年5月29日,民心佳园选房二次摇号结束,民心佳园申请人数13882人。\n",
                        doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind) for v in result.values] == [(13882.0, "actual")]
    result, _ = extract(head + "2011年12月31日前,全市建成公租房1000套。\n", doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind) for v in result.values] == [(1000.0, "target")]


def test_a_list_number_with_an_ascii_point_run_into_the_text_and_a_dotted_date_are_structure():
    """A province's notice of its livelihood projects (heldout434 n01: "(一)开展职业技能培训和评价取证" then "1.持续深入
    推进…", joined) and a broadcaster's page (heldout196 n11: its date 07.12.2015 after the headline): an item's number
    before an ASCII point and a day.month.year date are no values."""
    _assert_structure_before_a_target(("(一)开展职业技能培训和评价取证1.持续深入推进技能建设。",),
                                      "list item number run into the text (…发展1、学前三年…)")
    _assert_structure_before_a_target(("全面小康目标解读 07.12.2015 21:21\n",), "date written day.month.year (07.12.2015)")


def test_a_route_or_line_number_and_a_bracketed_note_marker_are_structure():
    """A district's works (heldout434 n06: 持续推进梁子湖区300、303、305、306路公交车运营), a plan's roads (heldout372
    n02: 抓好105、316国道改扩建) and a county's report with numbered notes (heldout356 n08: 加快“三城”【25】同创步伐):
    the numbers name routes, roads and notes."""
    _assert_structure_before_a_target(("持续推进梁子湖区300、303、305、306路公交车运营。", "抓好105、316国道改扩建。"),
                                      "the number of a bus route, a national or provincial road or a metro line "
                                      "(300、303路公交车, 105、316国道, 地铁2、3号线): a name, not a value")
    _assert_structure_before_a_target(("加快“三城”【25】同创步伐。",),
                                      "a footnote or link marker in lenticular brackets (【25】)")


def test_a_decade_or_a_time_before_or_after_now_is_no_value():
    """改造80年代初建造的住宅楼 (heldout376 n01), 32年前 (heldout918), 确保5年后达到 (heldout468), 有1400多年历史 (heldout474):
    a year count that dates or spans, not a stated value (codebook structure_rules); a deadline year (2020年前) stays."""
    reason = ("a point or stretch of time around a year count (20世纪80年代, 32年前, 5年后, 1400多年历史), not a stated "
              "value")
    _assert_structure_before_a_target(("改造80年代初建造的住宅楼。", "32年前他把女儿送人。", "确保5年后达到全国中上水平。",
                                       "全市至今有1400多年历史。"), reason)
    v = one("确保2020年前完成改造学校100所。")
    assert (v.value, v.year) == (100.0, 2020)


def test_a_clause_after_last_years_result_under_the_years_targets_is_a_result():
    """“去年城镇居民人均可支配收入达到了20370元,增长幅度是15%” (heldout484 n05) under the year's targets: 去年 dates both
    values, as the year they are given says, so both are results, not the growth alone a target."""
    result, _ = extract("二、今年主要目标\n今年全市生产总值增长8%。去年城镇居民人均可支配收入达到了20370元,增长幅度是15%。",
                        doc_type="other", period=(None, None), issued="2022-04-20")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (8.0, "target", 2022), (20370.0, "actual", 2021), (15.0, "actual", 2021)]


def test_a_count_naming_the_scope_of_a_value_after_it_is_no_value():
    """省考核我市的8个地表水监测断面中水质优良比例达到25% (heldout688), 5个未来产业营业收入保持年均15%以上的增长
    (heldout284): the count says which things the value after it is of (codebook structure_rules); a count the
    things pass a threshold in (12个县的经济总量超过10亿元) and a count a verb states (新建学校24所) stay values."""
    reason = "a count naming the scope of a value stated after it (省考核我市的8个地表水监测断面中…比例达到25%), not a stated value"
    result, _ = extract("到2025年,省考核我市的8个地表水监测断面中水质优良比例达到25%,5个未来产业营业收入保持年均15%以上的增长。")
    assert [v.value for v in result.values] == [25, 15]
    assert [t.reason for t in result.tokens if t.outcome == "structure" and t.reason == reason] == [reason] * 2
    result, _ = extract("到2025年,12个县的经济总量超过10亿元,全市新建学校24所。")
    assert [v.value for v in result.values] == [12, 10, 24]


def test_a_tables_values_written_with_thousands_separators_are_read_as_without():
    """A table's cells written with thousands separators (2,242.6, as many statistics pages and converters write
    them; heldout488 n11 under the thousands form): the table is read as the same table without them, each cell's
    value in its row and column; before, the rows were not a table's and their values lost their columns."""
    table = ("2020年各乡镇农业结构调整任务表\n序号 | 乡镇 | 春种(亩) | 夏种(亩) | 合计(亩) |\n"
             "1 | 满城镇 | {0} | 18.1 | {1} |\n2 | 神星镇 | {2} | 36.5 | {3} |\n")
    plain, separated = (extract(table.format(*cells), doc_type="work_plan", period=(2020, 2020))[0].values for cells
                        in (("2242.6", "2260.7", "1478.4", "1514.9"), ("2,242.6", "2,260.7", "1,478.4", "1,514.9")))
    read = [(v.kind, v.value, v.unit, v.indicator_zh, v.year) for v in separated]
    assert read == [(v.kind, v.value, v.unit, v.indicator_zh, v.year) for v in plain]
    assert (2242.6, "亩", "满城镇春种") in [r[1:4] for r in read] and len(read) == 6


def test_area_volume_and_length_units_written_with_signs_are_read():
    """m2, 万m2, hm2, km2: a superscript typed or scraped as a plain 2 (heldout473 n02's 13000m2, heldout226 n06's
    供热能力达800万m2): the value in its area unit (800万m2 was lost, read as part of a code, and 13000m2 read in
    metres); 亿m³ and 万km, the signs scaled by 万 or 亿 as the words are (heldout445 n02: 0.47亿m³)."""
    result, _ = extract("2024年,烘干中心建设工程13000m2,供热能力达800万m2,造林1.2万hm2,建成区面积50km2,"
                        "用水总量控制在0.47亿m³以内,农村公路达到23万km。", doc_type="work_plan", period=(2024, 2024))
    read = [(v.value, v.unit, v.value_std, v.unit_std) for v in result.values]
    assert read == [(13000.0, "m2", 13000.0, "平方米"), (800.0, "万m2", 8_000_000.0, "平方米"),
                    (1.2, "万hm2", 12000.0, "公顷"), (50.0, "km2", 50.0, "平方公里"),
                    (0.47, "亿m³", 47_000_000.0, "立方米"), (23.0, "万km", 230_000.0, "公里")]


def test_a_range_of_counts_from_a_year_like_number_is_no_span_of_years():
    """新增学位2000—3000个: a range whose first number could be a year, with a count's unit and a second number no
    year, is a range of values (it was taken for a span of years and lost); 2021—2025年 stays a span of years."""
    result, _ = extract("2024年,全区新增学位2000—3000个,2021—2025年新建学校10所。", doc_type="work_plan",
                        period=(2024, 2024))
    assert [(v.value, v.value_high, v.unit) for v in result.values] == [(2000.0, 3000.0, "个"), (10.0, None, "所")]


def test_a_name_holding_a_joining_character_is_one_name_of_a_respective_list():
    """"…普及率、…数控化率分别超过90%、75%" (read heldout1045 n03, n04): 及 inside 普及 (and 及时, 参与) joins no names,
    so the two names pair with the two values (codebook phrase_words word_holding_a_joiner)."""
    result, _ = extract("到2027年,重点企业数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%。")
    assert [(v.indicator_zh, v.value, v.comparator) for v in result.values] == [
        ("重点企业数字化研发设计工具普及率", 90.0, ">"), ("关键工序数控化率", 75.0, ">")]
    result, _ = extract("到2025年,案件处置及时率、群众参与率分别达到95%和80%。")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("案件处置及时率", 95.0), ("群众参与率", 80.0)]


def test_a_deadline_to_come_leading_a_sentence_dates_the_paragraph_after_it():
    """"力争在2020年前全市基本实现气象现代化。…监测率达到95%以上" on a page of 2015 (read heldout1044 n03), "2018年底前,…。
    …利用率达到83%以上" (read heldout918 n01): the deadline sets the horizon of the sentences after it, as 到2020年
    does; not a part of a year (2019年前三季度)."""
    text = ("(二)主要目标。力争在2020年前全市基本实现气象现代化,使气象整体实力达到全省先进水平。"
            "气象监测更加可靠,灾害性天气监测率达到95%以上;预报预测更加准确,天气预报准确率达到80%以上。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2015-03-01", title="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(95.0, "target", 2020), (80.0, "target", 2020)]
    text = "2018年底前,完成生猪养殖场粪污资源化利用设施建设。全市畜禽养殖废弃物综合利用率达到83%以上。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-12-21", title="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(83.0, "target", 2018)]
    result, _ = extract("2019年前三季度,全市地区生产总值增长6.1%。规上工业增加值增长5%。",
                        doc_type="other", period=(None, None), issued="2019-10-20", title="")
    assert [(v.value, v.kind) for v in result.values] == [(6.1, "actual"), (5.0, "actual")]


def test_a_cumulative_result_cue_after_a_year_to_come_is_a_target():
    """"到2027年,累计完成15台(套)左右老旧化工装置更新替代" in a plan of 2024 (read heldout1045 n03): 累计完成 after a year to
    come is what the plan will have done by then; not after a past year, nor after another result cue (目前)."""
    result, _ = extract("到2027年,累计完成15台(套)左右老旧化工装置更新替代。",
                        doc_type="other", period=(None, None), issued="2024-05-20", title="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(15.0, "target", 2027)]
    result, _ = extract("计划到2025年完成投资100亿元,目前已累计完成60亿元。到2023年底,累计完成投资50亿元。",
                        doc_type="other", period=(None, None), issued="2024-05-20", title="")
    assert [(v.value, v.kind) for v in result.values] == [(100.0, "target"), (60.0, "actual"), (50.0, "actual")]


def test_the_share_of_a_plan_whose_amount_is_in_brackets_is_a_result():
    """"占厅年度力争目标(606.5亿元)的137.9%" (read heldout1047 n03): the amount in brackets is the year's target, the
    share after it what was achieved of it, not a target of 力争."""
    result, _ = extract("2020年,全年完成普通公路投资836.1亿元,占厅年度力争目标(606.5亿元)的137.9%。",
                        doc_type="other", period=(None, None), issued="2021-01-20", title="")
    assert [(v.value, v.kind) for v in result.values] == [(836.1, "actual"), (606.5, "target"), (137.9, "actual")]


def test_a_value_after_a_verb_with_le_in_a_plan_is_a_result():
    """"…完成了55个消防专项规划修编工作,出台了24项消防服务便民利民措施" in a 十四五 plan's news (read heldout1044 n02): 了
    after the verb says what was done, where the plan starts from; a verb of planning with 了 (谋划了152个节水重点项目,
    read heldout298 n01) says what the plan sets out."""
    result, _ = extract("昆明市法治体系日趋完善,出台了24项消防服务便民利民措施;安全环境持续改善,开展了81个(次)专项整治。")
    assert [(v.value, v.kind) for v in result.values] == [(24.0, "actual"), (81.0, "actual")]
    result, _ = extract("《规划》从农业节水领跑等五个方面,谋划了152个节水重点项目。")
    assert [(v.value, v.kind) for v in result.values] == [(152.0, "target")]


def test_a_change_over_the_year_before_written_with_jiao_is_decided_by_its_sentence_lead():
    """"今年该镇…主要预期目标是:实现工农业总收入17.64亿元,较上年增加5.1%" (read heldout1052 n01): the cue 较上年 read whole is
    the base of a change, as 比上年 is, so the target section before it decides; in a past year's results it is a
    result."""
    result, _ = extract("今年该镇社会发展主要预期目标是:实现工农业总收入17.64亿元,较上年增加5.1%,其中,第一产业收入5.89亿元。",
                        doc_type="other", period=(None, None), issued="2016-04-13", title="")
    assert [(v.value, v.kind) for v in result.values] == [(17.64, "target"), (5.1, "target"), (5.89, "target")]
    result, _ = extract("2015年,全镇实现工农业总收入16.8亿元,较上年增加5.1%。",
                        doc_type="other", period=(None, None), issued="2016-04-13", title="")
    assert [(v.value, v.kind) for v in result.values] == [(16.8, "actual"), (5.1, "actual")]


def test_a_year_alone_heading_a_bulletins_table_column_heads_results():
    """"表1 2019年地区生产总值" then the column "2019" on a line of its own in a bulletin of 2019 (read heldout1048 n08):
    the year whose results the page reports heads results, so the sections after the table are not the year's
    targets."""
    text = ("2019年某市国民经济和社会发展统计公报\n一、综合\n2019年,全市完成地区生产总值483亿元,同比增长7.8%。\n"
            "表1  2019年地区生产总值\n(单位:万元)\n指   标\n2019\n同比±%\n生产总值(GDP)\n4830423\n7.8\n"
            "二、农业和农村经济\n现代农业发展成效明显。2019年,全市农林牧渔业总产值98.55亿元,同比增长2.9%。\n")
    result, _ = extract(text, doc_type="statistical_bulletin", period=(None, None), issued="",
                        title="2019年某市国民经济和社会发展统计公报")
    assert {v.kind for v in result.values if v.value in (98.55, 2.9)} == {"actual"}


def test_a_whole_year_value_after_a_fronted_result_cue_is_a_result():
    """"初步核算,地区生产总值全年完成116.5亿元" on an undated bulletin-like page of its year (read heldout1048 n06): the
    result cue before the comma frames the whole-year value, which is no target of the page's year; a base it builds
    on (在…现有生产基地的基础上,) is no such cue."""
    text = "今年以来,全县经济稳步向好。\n一、综合\n初步核算,地区生产总值全年完成116.5亿元,比上年增长6.1%。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-12-30", title="")
    assert [(v.value, v.kind) for v in result.values] == [(116.5, "actual"), (6.1, "actual")]
    text = "围绕上述目标要求,突出重点。\n在加快改造升级现有生产基地的基础上,继续新建一批基地,全年新建高标准蔬菜基地4万亩。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2012-03-01", title="")
    assert [(v.value, v.kind) for v in result.values] == [(4.0, "target")]


def test_each_term_of_a_ratio_of_parts_and_of_the_ratio_it_changed_to_is_a_value():
    """"三次产业结构由2018年的15.9:51.9:32.2变化为15.6:52.1:32.3" (read heldout1048 n01): each term measures its part,
    the first ratio's of the year named before it, the second's of the year its sentence speaks of; "三次产业比",
    "三次产业占比" and a two-part "二、三次产业比例" name such ratios too (heldout1048 n08, n02; heldout1051 n05)."""
    result, _ = extract("2019年,全县三次产业结构由2018年的15.9:51.9:32.2变化为15.6:52.1:32.3。",
                        doc_type="other", period=(None, None), issued="2020-03-20", title="")
    assert [(v.indicator_zh, v.value, v.year) for v in result.values] == [
        ("第一产业比重", 15.9, 2018), ("第二产业比重", 51.9, 2018), ("第三产业比重", 32.2, 2018),
        ("第一产业比重", 15.6, 2019), ("第二产业比重", 52.1, 2019), ("第三产业比重", 32.3, 2019)]
    result, _ = extract("2019年,全市三次产业比11.9:49.1:39。二、三次产业比例由47.8:52.1调整优化为43:57。",
                        doc_type="other", period=(None, None), issued="2020-03-20", title="")
    assert [(v.indicator_zh, v.value) for v in result.values] == [
        ("第一产业比重", 11.9), ("第二产业比重", 49.1), ("第三产业比重", 39.0),
        ("第二产业比重", 47.8), ("第三产业比重", 52.1), ("第二产业比重", 43.0), ("第三产业比重", 57.0)]


def test_a_statistical_bulletin_states_results_not_targets():
    """A bulletin reports its year: its whole year (全年实现生产总值534001万元) and "…调整为今年的51.6:21.7:26.7" (read
    heldout1046 n02) are no commitments of the page's year; a year after the bulletin's that it cites (a plan's 2030)
    stays a target (read heldout746 n05)."""
    text = ("2011年,面对复杂多变的国际国内经济形势,实现了“十二五”时期良好开局。\n一、综合\n国民经济平稳发展。"
            "全年实现生产总值534001万元,比上年增长11.1%。三次产业结构比由上年的43.9:31.5:24.6调整为今年的51.6:21.7:26.7。\n")
    result, _ = extract(text, doc_type="statistical_bulletin", period=(None, None), issued="", title="")
    assert len(result.values) == 8 and {v.kind for v in result.values} == {"actual"}
    text = "2024年我国卫生健康事业发展统计公报\n人均预期寿命达到79岁。到2030年,人均预期寿命达到80岁左右。\n"
    result, _ = extract(text, doc_type="statistical_bulletin", period=(None, None), issued="2025-12-02",
                        title="2024年我国卫生健康事业发展统计公报")
    assert [(v.value, v.kind) for v in result.values] == [(79.0, "actual"), (80.0, "target")]


def test_the_share_of_a_target_whose_amount_follows_its_name_is_a_result():
    """"完成年初下达工作目标任务120亿元的52%" (read heldout1047 n05): the target's amount after its name is the year's
    target, the share after it what was achieved of it."""
    result, _ = extract("2014年,全省实际引进省外到位资金62.4亿元,完成年初下达工作目标任务120亿元的52%。",
                        doc_type="other", period=(None, None), issued="2015-01-20", title="")
    assert [(v.value, v.kind) for v in result.values] == [(62.4, "actual"), (120.0, "target"), (52.0, "actual")]


def test_shares_of_plans_run_together_by_a_scrape_are_each_a_result():
    """"分别占厅年度力争目标(470亿元、106.5亿元、30亿元)的121.3%185%230%" (read heldout1047 n03): a scrape ran the list's
    shares together with no mark between; each is a share of its plan achieved, none a target of 力争."""
    result, _ = extract("2020年,干线公路570.2亿元、农村公路197亿元、其他专项69亿元,"
                        "分别占厅年度力争目标(470亿元、106.5亿元、30亿元)的121.3%185%230%。",
                        doc_type="other", period=(None, None), issued="2021-01-20", title="")
    assert [(v.value, v.kind) for v in result.values if v.unit == "%"] == [
        (121.3, "actual"), (185.0, "actual"), (230.0, "actual")]


def test_what_should_be_completed_is_a_target():
    """"今年前三季度应完成城市公园等项目55个" (read heldout1049 n05): 应 (should) before 完成 commits, as 应达 does, though
    前三季度 reads as the part of the year done; 对应完成 (corresponding) does not."""
    result, _ = extract("今年前三季度应完成城市公园等项目55个,目前已完成48个。针对交通瓶颈,对应完成88.5亿元投资。",
                        doc_type="other", period=(None, None), issued="2018-10-20", title="")
    assert [(v.value, v.kind) for v in result.values] == [(55.0, "target"), (48.0, "actual"), (88.5, "actual")]


def test_a_value_no_phrase_names_is_named_by_the_words_around_it_and_flagged():
    """"…发布2022年…项目名单,共1794个项目" (read heldout626 n02): no indicator phrase stands before the value, so the words
    right after it name it (项目), or else the last words before it; each such value is flagged
    indicator_guessed. Words that are only a verb and a cue (据统计,由5%提高到6%), a bound (“增长8%以上”的地市有…), a
    deed done to the things counted (对185项…进行了责任分解) or a span of time (前7个月) name nothing: those stay flags."""
    result, _ = extract("省重点项目建设领导小组发布2022年重点项目名单,共1794个项目。",
                        doc_type="other", period=(None, None), issued="2022-01-20", title="")
    assert [(v.indicator_zh, v.value) for v in result.values] == [("项目", 1794.0)]
    assert [f.flag_type for f in result.flags] == ["indicator_guessed"]
    result, _ = extract("据统计,由5%提高到6%。对185项政府重点工作进行了责任分解。今年前7个月,全省接待游客7833.51万人次。",
                        doc_type="other", period=(None, None), issued="2022-01-20", title="")
    assert [v.value for v in result.values] == [7833.51]


def test_a_year_inside_a_base_dates_neither_the_page_nor_the_value_after_it():
    """"今年将在2016年已完成182个…任务的基础上,完成97个…任务" on a page dated 2017-04-06 (read heldout1059 n02): the
    year done before is the base the year's task builds on; 今年 and that year do not make the page's year 2016, and the
    value after the base is of the page's year."""
    text = ("2019-03-12 09:20\n今年,全县计划新建农村公路420公里。"
            "今年将在2018年已完成56个村通客车的基础上,完成38个村的通客车任务。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None, title="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (420.0, "target", 2019), (56.0, "actual", 2018), (38.0, "target", 2019)]


def test_a_quota_a_higher_government_assigned_is_a_target_and_so_are_its_parts():
    """"2013年度,省下达该市保障性住房任务共34100套(户),其中实物建房30500套" (read heldout1059 n04), "省政府共下达我县2015年度
    农村危房改造指标2700户" (n05): the quota assigned is the year's target, whatever was done after it, and the parts
    after 其中 are parts of it."""
    text = ("2014年度,省下达该县农村危房改造任务共2600户,其中新建1800户,修缮800户。截至4月底,已开工2100户。"
            "市政府下达我区2014年度造林指标1.2万亩。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2014-05-10", title="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [
        (2600.0, "target", 2014), (1800.0, "target", 2014), (800.0, "target", 2014), (2100.0, "actual", 2014),
        (1.2, "target", 2014)]


def test_the_share_of_a_plan_realised_is_a_result():
    """"截至目前,浉河区89个重点项目累计完成投资60.26亿元,实现年度投资计划的44.62%" (read heldout1060 n07): 实现 before
    the plan's share says what was achieved of it, as 完成 and 占 do."""
    text = "今年全县计划完成投资135亿元。截至目前,全县重点项目累计完成投资60.2亿元,实现年度投资计划的44.6%。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-06-30", title="")
    assert [(v.value, v.kind) for v in result.values] == [(135.0, "target"), (60.2, "actual"), (44.6, "actual")]


def test_a_month_and_day_in_brackets_after_a_linked_headline_is_a_date():
    """"·和平区2014年亿元楼宇将达23座(02/13)" in a page's related headlines (read heldout1058 n05): 02/13 is the day the
    headline was posted, not a value."""
    text = "相关新闻\n·和平区2014年亿元楼宇将达23座(02/13)\n·全区税收增长12%(11/05)"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2014-01-01", title="")
    assert [(v.value, v.unit) for v in result.values] == [(23.0, "座"), (12.0, "%")]


def test_a_plan_named_as_the_document_that_set_a_target_does_not_date_a_review():
    """"一、2014年工作回顾 … 提前一年完成“十二五”规划确定的过万亿元目标,…。地方一般公共预算收入…达到1101亿元" in a work report
    of 2015 (read heldout1057 n03): the plan is named as the document that set the target, not as the period the results
    after it are of (as “十三五”期间 would be), so they stay of the reviewed year."""
    text = ("一、2014年工作回顾\n经济总量突破万亿大关。地区生产总值提前一年完成“十二五”规划确定的过万亿元目标,这是全市人民"
            "期盼多年的历史性突破。地方一般公共预算收入达到1101亿元。全社会固定资产投资7002.85亿元,增长16.7%。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2015-02-03", title="")
    assert [(v.value, v.kind, v.year) for v in result.values if v.unit != ""][1:] == [
        (1101.0, "actual", 2014), (7002.85, "actual", 2014), (16.7, "actual", 2014)]


def test_a_count_of_projects_after_the_categories_they_fall_in_is_a_value():
    """"将重点推进生态环保、交通物流、能源等八大领域208个省列重大项目建设" (read heldout842 n02; heldout647 n04, heldout381
    n07, heldout393 n04): the projects planned are counted, after the number of fields they fall in; a count of a
    list's items in a category with no projects or works after it stays structure (教育惠民领域2个, heldout8 m07)."""
    text = "今年,当地将重点推进生态环保、交通物流、能源等八大领域208个省列重大项目建设,总投资1.12万亿元。教育惠民领域2个,医疗领域3个。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-03-01", title="")
    assert [(v.value, v.unit, v.kind) for v in result.values] == [(208.0, "个", "target"), (1.12, "万亿元", "target")]


def test_the_share_of_an_assigned_or_arranged_plan_is_a_result_and_its_amount_the_target():
    """"完成市分配任务25亿元的142.4%" (read heldout1070 n07), "占安排投资计划71.9%" (n04), "占全年任务计划的68%" (n05): the
    share achieved of a task a city assigned, of an arranged plan, of the year's task plan; the amount before the share
    is the task."""
    text = ("1-10月,全县实际内联引资35.6亿元,完成市分配任务25亿元的142.4%。"
            "全市完成投资4.8亿元,占安排投资计划71.9%,占全年任务计划的68%。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2012-10-30", title="")
    assert [(v.value, v.kind) for v in result.values] == [
        (35.6, "actual"), (25.0, "target"), (142.4, "actual"), (4.8, "actual"), (71.9, "actual"), (68.0, "actual")]


def test_a_deadline_column_heads_a_table_of_tasks():
    """A county bureau's task table written one cell per line, "序号 / 指标 / 工作任务 / 完成时限 / 责任领导" (read
    heldout1067 n04): each row's values are tasks; a task's deadline spoken of in prose ("这个任务的完成时限原定是…",
    heldout123 n09) heads no section."""
    text = "序号\n工作任务\n完成时限\n责任单位\n1\n全年接待游客140万人次,旅游综合收入6.8亿元。\n12月底前\n旅游股\n2\n新建、改建旅游厕所6座。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None, title="")
    assert [(v.value, v.kind) for v in result.values] == [(140.0, "target"), (6.8, "target"), (6.0, "target")]
    text = "这个任务的完成时限原定是今年的5月1日。全市落地项目273个,总投资1321.79亿元。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-02-20", title="")
    assert [(v.value, v.kind) for v in result.values] == [(273.0, "actual"), (1321.79, "actual")]


def test_the_year_before_as_a_base_under_a_heading_of_targets_is_no_result_cue():
    """"一、主要目标 … 全市财政一般预算收入623亿元,同口径比上年增长12%" (read heldout1067 n06, a city's 2007 targets divided
    among departments): under a heading of targets, 比上年 names the base of the change planned, as it does after a
    sentence's commitment."""
    text = ("2007年市政府工作主要任务责任分解\n一、主要目标\n全市财政一般预算收入623亿元,同口径比上年增长12%,"
            "其中市本级一般预算收入111.62亿元,同口径比上年增长10%。\n城镇居民人均可支配收入比上年增加1530元,达到21200元。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2007-06-04", title="")
    assert [(v.value, v.kind) for v in result.values] == [(623.0, "target"), (12.0, "target"), (111.62, "target"),
                                                          (10.0, "target"), (1530.0, "target"), (21200.0, "target")]


def test_a_road_numbered_after_its_class_is_a_name():
    """"启动实施国道241(呼北线)路面改造工程、国道336…" (read heldout1071 n01): the road's number after its class names it,
    as 318国道 does; a length after the class (新改建国道80公里) is a value."""
    text = "今年将启动实施国道241(呼北线)路面改造工程、国道336、省道218改造,新改建国道80公里。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-03-01", title="")
    assert [(v.value, v.unit) for v in result.values] == [(80.0, "公里")]


def test_the_share_of_a_target_in_brackets_after_wei_is_a_result():
    """"累计到位资金692.8亿元,为年度投资目标(1237.6亿元)的55.98%" (read heldout1074 n02): 为 before a target whose amount is
    in brackets says what share of it was achieved, as 占 does (占厅年度力争目标(606.5亿元)的137.9%)."""
    text = "1-6月,全州重点项目累计到位资金692.8亿元,为年度投资目标(1237.6亿元)的55.98%,为上半年投资目标(610亿元)的113.39%。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2020-07-20", title="")
    assert [(v.value, v.kind) for v in result.values] == [
        (692.8, "actual"), (1237.6, "target"), (55.98, "actual"), (610.0, "target"), (113.39, "actual")]


def test_a_projects_total_investment_with_no_cue_is_its_planned_amount():
    # a project's total investment is what it is planned to cost (heldout117 n03, heldout824 n02), unless the
    # sentence says the projects were done ("实施了…项目,总投资1300亿元", heldout544 n02) or its paragraph that the
    # building is in use (heldout69 n03)
    result, _ = extract("该园位于城东。新建项目,总投资约5.54亿元。科学应对疫情冲击,实施了160个亿元以上项目,总投资1300亿元。\n"
                        "近日,某幼儿园正式投入使用。该园总投资821万元。\n",
                        doc_type="other", period=(None, None), issued=None)
    kinds = {v.value: v.kind for v in result.values}
    assert kinds[5.54] == "target"
    assert kinds[1300.0] == "actual"
    assert kinds[821.0] == "actual"


def test_a_plans_contents_heading_ends_the_review_its_background_opened():
    # a layout plan's notice (heldout1083 n02): 规划背景 opens a review, 规划内容 what the plan provides
    text = ("某县教育局关于《某县中心城区教育设施布局专项规划》的公示\n二.规划背景:为满足教育事业发展的需求,特制订本规划。\n"
            "三.规划内容:\n1.学前教育设施规划:本次规划19所幼儿园。\n")
    result, _ = extract(text, doc_type="other", period=(2022, 2035), issued="2024-04-08")
    (v,) = [v for v in result.values if v.value == 19.0]
    assert v.kind == "target"


def test_a_tasks_amount_in_brackets_before_the_share_done_is_the_target():
    # a city's progress news (heldout1082 n01): 占目标任务(14858套)的100.27%, the task's amount then the share done
    result, _ = extract("1-9月,全市保障性安居工程开工14899套,占目标任务(14858套)的100.27%;基本建成7541套,占目标任务(8000)94.26%。",
                        doc_type="other", period=(None, None), issued="2014-10-10")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[14858.0], kinds[8000.0]) == ("target", "target")
    assert (kinds[14899.0], kinds[100.27]) == ("actual", "actual")


def test_values_named_improvement_targets_after_their_list_are_targets():
    # a ministry's air-quality results (heldout1082 n07): the improvement targets met, beside the results
    result, _ = extract("发生重污染395天次,同比下降36.2%,超额完成PM2.5平均浓度同比下降4%、重污染天数同比减少6%的改善目标。",
                        doc_type="other", period=(None, None), issued="2020-05-10")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[36.2], kinds[4.0], kinds[6.0]) == ("actual", "target", "target")


def test_an_undated_pages_tied_years_date_targets_by_the_latest_not_a_horizon_and_results_by_the_first():
    # a city's renovation news (heldout1086 n01): 2000年以前的 says when things were built, no year spoken of; 2016
    # and 2020 are named once each: the year's plan is of 2020, the present state of the year named first
    text = ("某市老旧小区改造持续加码\n记者从某市获悉,今年,某市计划对全市247个老旧小区改造。\n"
            "某市现有2695个小区,其中2000年以前的老旧小区有1618个。2016年某市开始推进老旧小区改造工作。\n"
            "据介绍,全市力争2020年年底前完成改造。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    years = {v.value: (v.kind, v.year) for v in result.values}
    assert years[247.0] == ("target", 2020)
    assert years[2695.0] == ("actual", 2016)


def test_bandwidth_in_megabits_per_second_written_in_words_is_a_unit():
    # a city's information-infrastructure plan (heldout1088 n01): 兆比特/秒 is Mbps
    v = one("到2025年,平均互联网接入带宽超过30兆比特/秒。")
    assert (v.value, v.unit, v.unit_std, v.comparator, v.kind) == (30.0, "兆比特/秒", "Mbps", ">", "target")


def test_accidents_and_cases_counted_in_qi_are_values_and_from_a_date_is_not():
    # a county's work-safety review (heldout1106 n07): 起 counts accidents; 从2019起 and 自…1日起 say from when
    result, _ = extract("2012年全县共发生各类生产安全事故32起,死亡12人。自2013年1月1日起施行,从2019起逐年检查。",
                        doc_type="other", period=(None, None), issued="2013-01-05")
    assert sorted((v.value, v.unit, v.kind, v.year) for v in result.values) == [
        (12.0, "人", "actual", 2012), (32.0, "起", "actual", 2012)]


def test_a_share_of_a_plan_a_higher_level_set_commits_nothing_after_it():
    # a county's investment-promotion news (heldout1113 n03): 完成市下达目标任务的58.4% measures the result against the
    # city's plan; the values after it in the sentence are results too
    result, _ = extract("1-7月份,全县共利用省外资金32.14亿元,完成市下达目标任务的58.4%,超过时序进度0.1个百分点,"
                        "比去年同期增长206.9%。", doc_type="other", period=(None, None), issued="2016-08-28")
    assert {v.value: v.kind for v in result.values} == {32.14: "actual", 58.4: "actual", 0.1: "actual",
                                                        206.9: "actual"}


def test_last_year_compared_with_is_a_base_not_the_year_of_the_value():
    # a city's employment news (heldout1108 n05): 与去年同期相比 compares the year stated with the one before it
    result, _ = extract("2021年,全市城镇新增就业50801人,与去年同期相比增长20.61%。城镇登记失业率为3.36%,和去年相比降低"
                        "0.09个百分点。", doc_type="other", period=(None, None), issued=None)
    assert {v.value: (v.kind, v.year) for v in result.values} == {
        50801.0: ("actual", 2021), 20.61: ("actual", 2021), 3.36: ("actual", 2021), 0.09: ("actual", 2021)}


def test_the_value_after_a_year_compared_with_is_that_years():
    # a city's water-use results (heldout1114 n07), a county's safety review (heldout1106 n08): 比2015年的65.67… and
    # 由2005年的6起 are the base year's values; 比2015年下降18.8% is the change the page's year made
    result, _ = extract("2016年,全市万元GDP用水量为56立方米,比2015年的65.67立方米下降18.8%;事故起数由2005年的6起减少到2起。",
                        doc_type="other", period=(None, None), issued="2017-03-01")
    years = {v.value: (v.kind, v.year) for v in result.values}
    assert (years[65.67], years[6.0], years[56.0], years[18.8]) == (
        ("actual", 2015), ("actual", 2005), ("actual", 2016), ("actual", 2016))


def test_last_year_dates_the_start_of_a_change_not_its_end():
    # a city's rural-work meeting (heldout1118 n01): 由去年的…1.33万公顷,增加到1.5万公顷 under the year's targets
    text = "2012年农机重点工作目标\n二是推广水稻机械移栽技术。由去年的机械插秧面积1.33万公顷,增加到1.5万公顷。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2012-02-24")
    years = {v.value: (v.kind, v.year) for v in result.values}
    assert (years[1.33], years[1.5]) == (("actual", 2011), ("target", 2012))


def test_a_sentence_led_by_the_months_so_far_is_no_commitment_on_a_page_of_commitments():
    # a city's industrial-projects news (heldout1117 n01): the year's plan, then 1-6月份 progress against it
    text = ("2022年,全市将实施高端化项目76项,总投资1782.3亿元,年内计划完成投资257.2亿元。全市力争新开工项目40项。"
            "1-6月份,开复工项目64项(新建38项,续建26项)。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-07-15")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[76.0], kinds[257.2], kinds[40.0], kinds[64.0], kinds[26.0]) == (
        "target", "target", "target", "actual", "actual")


def test_a_change_after_a_dated_change_in_its_paragraph_spans_the_same_years():
    # a city's party-congress editorial (heldout1121 n01): the next sentence opens on 五年来 and states its changes
    # without years; they run over the years of the change dated before them
    text = ("这是城市实力不断跃升的五年。地区生产总值从2016年的8973亿元增加到2021年的14595亿元,成为全国第15个成员。"
            "五年来,全市财政总收入从2146亿元增加到3264亿元,其中一般公共预算收入从1115亿元增加到1723亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    years = {v.value: (v.kind, v.year) for v in result.values}
    assert (years[2146.0], years[3264.0], years[1115.0], years[1723.0]) == (
        ("actual", 2016), ("actual", 2021), ("actual", 2016), ("actual", 2021))


def test_energy_units_in_standard_coal_have_a_short_form():
    # a county's ecological-county work plan (heldout1124 n04): 标煤 is 标准煤; 0.9吨标煤/万元 was read as 0.9吨 and 万元
    result, _ = extract("到2017年,单位GDP能耗保持在0.9吨标煤/万元以下,能源消费总量控制在800万吨标煤以内。")
    assert [(v.value, v.unit, v.value_std, v.unit_std, v.comparator) for v in result.values] == [
        (0.9, "吨标煤/万元", 0.9, "吨标准煤/万元", "<="), (800.0, "万吨标煤", 8000000.0, "吨标准煤", "<=")]


def test_a_size_in_a_unit_that_does_not_count_a_class_names_the_class_not_a_value():
    # (read heldout540 n09, heldout338 n07, heldout712 n06: a class of rivers, farms or counties named by a size)
    result, _ = extract("到2025年,全面调查流域面积200平方公里以上的河流,对年出栏3000头以上规模猪场挂牌管理。")
    assert [(v.value, v.unit) for v in result.values] == []
    result, _ = extract("到2025年,常住人口30万以上的县域均至少有1所二级甲等中医医院。")
    assert [(v.value, v.unit) for v in result.values] == [(1, "所")]
    # a city's own size is what it is to reach (heldout177), and a count of the class is a value
    result, _ = extract("到2035年,建设成城区常住人口500万以上的特大城市,建成500亩以上的蔬菜基地3个。")
    assert [(v.value, v.unit) for v in result.values] == [(500, "万"), (3, "个")]


def test_a_service_circle_named_by_its_minutes_is_a_name_and_its_count_the_value():
    # (read heldout320 n11, heldout1066 n01, heldout532 n12: 15分钟健身圈 and its kin name a kind of network)
    result, _ = extract("到2025年,县级以上城区普遍建成15分钟健身圈,打造30分钟县域交通圈。")
    assert [(v.value, v.unit) for v in result.values] == []
    result, _ = extract("到2025年,建成20个“15分钟就业服务圈”社区就业服务站点。")
    assert [(v.value, v.unit) for v in result.values] == [(20, "个")]


def test_a_count_of_a_documents_own_items_as_it_describes_itself_is_no_value():
    # (read heldout224 n10, heldout496 n01, heldout732 n03: a plan counting its own indicators, tasks and measures)
    result, _ = extract("《方案》设立了14项主要指标,提出六方面23项具体任务。")
    assert [(v.value, v.unit) for v in result.values] == []
    # a count the place commits to carry out stays a value (read heldout304 n01, heldout716 n03)
    result, _ = extract("到2025年,确保16项改革任务顺利完成,再出台10项新政策。")
    assert [(v.value, v.unit, v.kind) for v in result.values] == [(16, "项", "target"), (10, "项", "target")]


def test_a_whole_number_of_years_framing_a_statement_is_no_value_unless_a_measure_of_time_names_it():
    # a span that frames what follows and a policy's term (read heldout322 n06, heldout714 n02, heldout228 n05)
    result, _ = extract("湖北省计划3年投资573亿元。方案自发布之日起有效,有效期为4年。")
    assert [(v.value, v.unit) for v in result.values] == [(573, "亿元")]
    # years as a measure (年限, 周期) or as a level reached stay values (heldout494 n06, heldout68 n05, heldout560 n01)
    result, _ = extract("到2010年,全省人均受教育年限达到10年,到2020年达到12年。建设周期2年。")
    assert [(v.value, v.unit) for v in result.values] == [(10, "年"), (12, "年"), (2, "年")]


def test_a_place_in_a_ranking_is_no_value():
    # (read heldout205 n05, heldout412 n09, heldout520 n03: rankings to reach; the rubric counts none as a value)
    result, _ = extract("到2025年,确保园区综合排名进入全省前20名,市延安医院进入全国前100名,建成标准化园区3个。")
    assert [(v.value, v.unit) for v in result.values] == [(3, "个")]
    # a count after 目前 or 提前 is no ranking (a status figure and a deadline met early)
    result, _ = extract("到2025年,力争提前2年完成,全市目前120名教师全部达到本科学历。")
    assert 120 in [v.value for v in result.values]


def test_the_places_a_project_reaches_are_its_scope_not_a_value():
    # (read heldout802 n02, heldout198 n10, heldout422 n07: 涉及N个乡镇/村/社区 gives where the work is done)
    result, _ = extract("今年,兴建供水工程137处,涉及全县20个乡镇137个村,解决15.18万人饮水问题。")
    found = [(v.value, v.unit) for v in result.values]
    assert (20, "个") not in found and (137, "处") in found and (15.18, "万人") in found
    # a count of places that is itself the work stays a value
    result, _ = extract("今年,改造老旧小区19个,新建村级文化广场6个。")
    assert [(v.value, v.unit) for v in result.values] == [(19, "个"), (6, "个")]


def test_a_margin_in_percentage_points_over_a_plan_is_a_result_and_a_revision_no_value():
    # (read heldout746 n02, heldout740 n04, heldout568 n02: how far a result runs ahead of its plan or schedule)
    result, _ = extract("一季度,全市重点项目完成投资10.4亿元、达年度计划的27.7%、超时序进度2.7个百分点;"
                        "筛查率99.17%,超出省定目标任务(98%)1.17个百分点。")
    margins = [(v.value, v.kind) for v in result.values if v.unit == "个百分点"]
    assert margins == [(2.7, "actual"), (1.17, "actual")]
    # the target named in brackets stays the target (heldout746 n02)
    assert [(v.value, v.kind) for v in result.values if v.value == 98] == [(98, "target")]
    # an amount written straight after the plan's word is a margin too (read heldout354 n04, heldout1144 n07)
    result, _ = extract("全省林业产业总产值达4654亿元,超出目标304亿元;改造74户,超过原定任务数4户。")
    assert [(v.value, v.kind) for v in result.values if v.value in (304, 4)] == [(304, "actual"), (4, "actual")]
    # a floor set against a plan (不低于) is a commitment, not a margin reached
    result, _ = extract("确保全市经济增速不低于全省目标1个百分点。")
    assert [(v.value, v.kind) for v in result.values] == [(1, "target")]
    # by how much a target was raised is no value (read heldout1058 n02)
    result, _ = extract("力争国内生产总值增长12%以上(调增2个百分点)。")
    assert [(v.value, v.unit, v.kind) for v in result.values] == [(12, "%", "target")]


def test_a_speed_class_a_view_counter_and_a_firm_class_by_size_are_no_values():
    # (read heldout814 n07, heldout1117 n08, heldout562 n03, heldout1140 n02: a railway's speed class, a page's
    # view counter, and the size naming a class of firms whose count follows)
    result, _ = extract("力争到2025年,全省时速250公里以上的高铁通车里程突破2000公里;新增产值10亿元企业1家,"
                        "市值达1000亿元企业两户以上,形成300亿元级产业集群。阅读(1009)")
    assert [(v.value, v.unit) for v in result.values] == [(2000, "公里"), (1, "家"), (2, "户"), (300, "亿元")]


def test_a_value_whose_words_name_nothing_is_kept_with_a_guessed_name():
    # (read heldout764 n03, heldout790 n06, heldout342 n01: a name cut by a line break, a second amount of the same
    # task, 今年要超N% under a headline naming it: dropped as unclassified before)
    result, _ = extract("到2025年,全年水土流失治理面\n积不低于41平方公里。")
    assert [(v.value, v.unit, v.kind, v.comparator) for v in result.values] == [(41, "平方公里", "target", ">=")]
    assert [f.flag_type for f in result.flags] == ["indicator_guessed"]
    result, _ = extract("今年,全市计划完成清淤13条河道,15万立方米。")
    assert [(v.value, v.unit) for v in result.values] == [(13, "条"), (15, "万立方米")]
    result, _ = extract("今年,全县生产总值要超20%。今年要超20%。")
    assert [(v.value, v.comparator) for v in result.values] == [(20, ">"), (20, ">")]
    # no name is borrowed for a later item whose own one-character name follows it, nor for a share after a count
    result, _ = extract("全市下辖4个市辖区、3个县级市、2个县。未开工项目67个,占28%。")
    assert [v.value for v in result.values] == [4, 3, 67] and len(result.flags) == 2
    # a bare amount alone on its line, under no heading, still has nothing to name it: a flag, not a value
    result, _ = extract("力争到2025年,全市新增老年助餐点\n300个以上\n")
    assert result.values == [] and [f.flag_type for f in result.flags] == ["unclassified_number"]


def test_the_measures_parts_and_annexes_a_document_has_are_no_values():
    # (read heldout143 n06, heldout174 n05, heldout640 n03, heldout1103 n03: a count of measures, parts, articles,
    # boxes or annexes describes a document, and no set's gold annotates one)
    result, _ = extract("今年,推出八大行动、25项硬核举措,全面激活消费。落实支持县域经济发展40条政策措施。")
    assert result.values == []
    result, _ = extract("印发省委一号文件,分9个部分35条,列出全年重点任务。《规划》设置了9个专栏、3个附表,梳理了100个重点项目。")
    assert [(v.value, v.unit) for v in result.values] == [(100, "个")]
    result, _ = extract("该《实施方案》分总体目标、主要任务、保障机制3部分40条。")  # (read heldout808 n02: no 个)
    assert result.values == []
    # roads counted in 条 stay values
    result, _ = extract("到2025年,新建农村公路35条。")
    assert [(v.value, v.unit) for v in result.values] == [(35, "条")]


def test_the_size_naming_a_class_of_boilers_is_no_value():
    # (read heldout1071 n05, heldout446 n07, heldout998 n07; heldout450 n09's gold notes 10蒸吨以下 as a threshold)
    result, _ = extract("今年,完成30座、60台20吨以下燃煤小锅炉改造,拆并7兆瓦以下的分散小锅炉。")
    assert [(v.value, v.unit) for v in result.values] == [(30, "座"), (60, "台")]
    result, _ = extract("到2015年,淘汰单机20万千瓦以下火电机组100万千瓦。")  # (read heldout368 n09)
    assert [(v.value, v.unit) for v in result.values] == [(100, "万千瓦")]


def test_a_service_telephone_number_and_a_day_in_brackets_are_no_values():
    # (read heldout1112 n04, heldout806 n04: 400-xxxx-xxx under articles; heldout1138 n04, heldout416 n02: 今(11)日)
    result, _ = extract("(记者 黄宇)今(11)日,市政府公布规划:到2025年,新建公园20个。申请授权请联系(400-8533-369)处理。")
    assert [(v.value, v.unit) for v in result.values] == [(20, "个")]


def test_the_size_naming_a_class_whose_count_ends_the_clause_is_no_value():
    # (read heldout332 n06, heldout458 n07, heldout776 n04, devset d110: 超500亿元的达30个; a total before the things
    # it counts stays a value: 总投资超864亿元的122个项目)
    result, _ = extract("到2025年,实现龙头企业产值超过50亿元的3家、超过30亿元的5家,超500亿元的达30个。")
    assert [(v.value, v.unit) for v in result.values] == [(3, "家"), (5, "家"), (30, "个")]
    result, _ = extract("今年,推动总投资超864亿元的122个项目集中开工。")
    assert [(v.value, v.unit) for v in result.values] == [(864, "亿元"), (122, "个")]


def test_the_months_so_far_after_the_years_word_or_before_a_semicolon_report_progress():
    # (read heldout1106 n04: "今年1-8月,…发生事故265起"; heldout1146 n08: "1-5月,…财政总收入17.81亿元;固定资产投资
    # 26.66亿元", each piece after the ; is of the months so far; a piece a count opens is no report: "23所…已经完成46所")
    text = ("2024年市级“十件民生实事”涉及年度投资目标6.28亿元。今年1-10月,完成投资5.8亿元。"
            "1-5月,全街道实现财政收入17.81亿元;固定资产投资26.66亿元。\n")
    result, _ = extract(text, doc_type="project_report", period=(None, None), issued="2024-11-21")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[6.28], kinds[5.8], kinds[17.81], kinds[26.66]) == ("target", "actual", "actual", "actual")


def test_the_size_of_the_field_a_ranking_is_taken_in_is_no_value():
    # (read heldout1182 n07, heldout1085 n06, heldout468 n08: 30 in all sets' pages, none annotated)
    result, _ = extract("2018年,我区在11个区中排名第二,万人发明专利拥有量在全国35个大中城市中排名第六位。"
                        "到2025年,新建公园20个,在3个街道中先行试点。")
    assert [(v.value, v.unit) for v in result.values] == [(20, "个"), (3, "个")]


def test_this_years_word_inside_a_leading_as_of_phrase_commits_to_nothing():
    # (read heldout1098 n04, n08, heldout566 n08, heldout412 n10: "截止今年6月30日,全州出生1676人" reports the count so
    # far; a commitment before the phrase still commits: "今年,我省将在去年的基础上…,新建…幼儿园200所")
    text = ("据统计,截止今年6月30日,全州出生1676人。截至今年11月底,我区常住总人口102.3万人。"
            "今年,我省将在去年的基础上继续加大推进力度,新建公办幼儿园200所。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2014-12-10")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[1676.0], kinds[102.3], kinds[200.0]) == ("actual", "actual", "target")


def test_a_round_mark_reached_with_yueshang_or_kuaru_is_a_value():
    # (read heldout196 n11, heldout710 n01: 跃上万亿元台阶 as 迈上; heldout616 n03: 公共财政收入都已跨入百亿元)
    result, _ = extract("到2020年,全省生产总值跃上万亿元台阶,公共财政收入跨入百亿元行列。\n",
                        doc_type="other", period=(None, None), issued="2013-01-01")
    assert [(v.value, v.unit, v.comparator) for v in result.values] == [(10000, "亿元", ">="), (100, "亿元", ">=")]


def test_the_size_naming_a_class_it_is_over_without_de_is_no_value():
    # (read heldout730 n01, heldout410 n04, heldout284 n01: 过50亿元、过100亿元项目, 年产值超100亿元企业; a total a verb
    # follows stays a value where a capture lost its comma: heldout1094 n03, 总投资额超30亿元实现入区企业达250家)
    result, _ = extract("今年,每个县力争引进1-2个过50亿元、过100亿元项目,年产值超100亿元龙头骨干企业达到10家。"
                        "到2021年,新引进项目总投资额超30亿元实现入区企业达250家。\n",
                        doc_type="other", period=(None, None), issued="2021-02-01")
    assert [(v.value, v.unit) for v in result.values] == [(1, "个"), (10, "家"), (30, "亿元"), (250, "家")]


def test_the_share_of_a_plan_a_level_of_government_set_is_a_result():
    # (read heldout1196 n04: 占市级计划144%; heldout1113 n03: 完成市下达目标任务的58.4%)
    text = ("去冬以来至2017年10月底,全县完成水利总投资3.45亿元,占市级计划144%。"
            "今年将引进亿元以上项目到位资金32.14亿元,完成市下达目标任务的58.4%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2017-11-20")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[144.0], kinds[58.4]) == ("actual", "actual")


def test_the_figures_of_an_approved_project_are_what_it_is_to_build():
    # (read heldout1206 n05, n08, heldout1170 n03: a project's approval; uncued values default to targets, as a plan's)
    text = ("某县经济发展促进局关于某镇食用菌循环经济示范园区建设项目可行性研究报告的批复\n某镇人民政府:\n"
            "报来《关于申请审批该项目可行性研究报告的函》收悉。经研究,现批复如下:\n"
            "一、新建彩钢瓦厂棚2800平方米,新建一条长1000米、宽6米的机耕路。\n")
    result, _ = extract(text, doc_type="project_approval", period=(None, None), issued="2024-03-01")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[2800.0], kinds[1000.0], kinds[6.0]) == ("target", "target", "target")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-03-01")  # a page of no known type
    assert {v.kind for v in result.values} == {"actual"}


def test_the_months_so_far_after_a_comma_report_results_on_a_page_of_commitments():
    # (read heldout1208 n02: "23日,记者在…通报会上获悉,1—2月,全市规上工业增加值增长9.5%" under a page whose cued values are
    # all targets: the months so far lead the clause, as they may lead a sentence)
    text = ("今年计划新建学校10所。今年将新增学位5000个。今年力争完成工业投资200亿元。\n"
            "23日,记者在工业经济运行情况通报会上获悉,1—2月,全市规上工业增加值增长9.5%,规上工业总产值157.1亿元。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2018-03-24")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[10.0], kinds[9.5], kinds[157.1]) == ("target", "actual", "actual")


def test_what_a_projects_content_or_scale_lists_is_to_be_built():
    # (read heldout167 n03, heldout444 n10, heldout828 n01, heldout1194 n07: 27 such values in the read sets' gold, all
    # targets: 建设内容包括…, 建设规模为… open what a project will build; the scale it has now does not (heldout224 n02:
    # 原有建设规模为36班)
    text = ("该项目总投资491.64万元。建设内容包括干渠4条总长21.66公里、支渠2条总长3.84公里。"
            "工程建设规模为854.2公里,其中国省干线194.2公里。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2010-05-01")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[21.66], kinds[3.84], kinds[854.2], kinds[194.2]) == ("target",) * 4
    result, _ = extract("木棉湾小学原有建设规模为36班。\n", doc_type="other", period=(None, None), issued="2010-05-01")
    assert [(v.value, v.kind) for v in result.values] == [(36, "actual")]


def test_a_pipe_tables_column_of_the_years_targets_holds_targets_on_a_page_of_no_type():
    """"序号 | 名 称 | 2025年目标 |" on a page of 2025 with no title: the column's word says its values are targets,
    though the page's own year would read a year column as results (read heldout1212 n07)."""
    text = ("序号 | 名 称 | 2025年目标 | 责任单位 | 备注 |\n1 | 重特大生产安全事故起数 | 0 | 市安委会各成员单位 | |\n"
            "2 | 生产安全较大事故起数 | 10起以内 | 市安委会各成员单位 | |\n3 | 森林火灾受害率 | 0.3‰以内 | 市林业局 | |\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2025-03-01")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(0, "target", 2025), (10, "target", 2025),
                                                                  (0.3, "target", 2025)]


def test_a_horizon_of_ten_years_written_in_digits_ends_with_the_documents_own_period():
    """"今后10年中,…将保持在99.9%以上" in a women's plan for 2011-2020 (read heldout1210 n01): a span of two digits is a
    horizon as 今后五年 is; ten years end with the document's period of that length (2010-2020 counts as ten too),
    not with the 到2015年 the text named before."""
    text = ("到2015年,全市孕产妇住院分娩率达到99%以上。\n"
            "今后10年中,我市女性高中阶段毛入学率将保持在99.9%以上,高等教育毛入学率达到50%以上。\n")
    result, _ = extract(text, doc_type="plan", period=(2011, 2020), issued="2011-09-20")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(99, "target", 2015), (99.9, "target", 2020),
                                                                  (50, "target", 2020)]
    result, _ = extract(text, doc_type="plan", period=(2010, 2020), issued="2010-09-20")
    assert [v.year for v in result.values] == [2015, 2020, 2020]


def test_a_horizon_on_an_undated_page_counts_from_its_plans_first_year():
    """"用3年左右时间,…力争找到6处以上大型规模…的矿床" on an undated page whose only date is the scheme's 2011-2020 (read
    heldout1218 n01): the years are counted from the period's first year, not from its last."""
    text = ("《江西省找矿突破战略行动实施方案(2011―2020年)》提出,我省将努力实现地质找矿重大突破。\n"
            "按照时间节点,用3年左右时间,实现地质找矿取得新进展,力争找到6处以上大型规模的矿床;"
            "用5年左右时间,力争找到10处以上大型规模的矿床。\n")
    result, _ = extract(text, doc_type="other", period=(2011, 2020), issued="")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(6, "target", 2013), (10, "target", 2015)]


def test_a_year_stated_under_a_review_heading_of_an_undated_page_keeps_a_result_its_words_say_was_done():
    """Under "二、全县矿产资源开发利用现状" on a page of no date (read heldout1218 n07): "至2020年底,共有采矿权37个" and
    "已完成…治理项目87个" say what was done, so the year stated keeps them results; a stated year with no such words
    still reads as a target, the page's own year being unknown."""
    text = ("二、全县矿产资源开发利用现状\n"
            "至2020年底,共有采矿权37个,其中铁矿17个。至2020年底,已完成矿山地质环境恢复治理项目87个。\n"
            "到2025年,矿山地质环境治理率达到90%。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="")
    assert [(v.value, v.kind) for v in result.values] == [(37, "actual"), (17, "actual"), (87, "actual"),
                                                          (90, "target")]


def test_a_span_of_years_with_no_lead_counts_from_the_year_named_before_it():
    """"2021年洪雅县党代会上提出…,五年内全力争创5A级旅游景区1个" (read heldout1230 n05): N年内 with a commitment after it
    counts from the year its words name, as 用5年时间 does, so the target is for 2025, not for the congress's year."""
    text = ("据了解,2021年洪雅县党代会上提出加快打造全域全时国际康养旅游度假目的地,"
            "五年内全力争创5A级旅游景区1个。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-06-01")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(1, "target", 2025)]


def test_n_years_after_with_zhi_counts_on_from_the_pages_year():
    """"要打造一个五年之后,集聚人口将近5万人…" on a page of 2021 (read heldout1232 n07; here with 将达到): N年之后 is N年后,
    the year that many years on from the page's."""
    text = "我们特色小镇要打造一个五年之后,集聚人口将达到5万人的台商小镇。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-06-23")
    assert [(v.value, v.kind, v.year) for v in result.values] == [(5, "target", 2026)]


def test_an_estimate_before_a_later_year_forecasts_that_year():
    """"预计2026年全州清洁能源装机容量超1600万千瓦" on a page of 2024 (read heldout1234 n08; heldout344 n02: 预计2022年…达
    3.3万吨/天 on a plan of 2019): 预计 before the year forecasts that year, a target as the year after the page makes it;
    an estimate after the year ("2025年才可投入使用,预计追加学位1.2万个") still estimates a result."""
    text = ("目前阿坝州在建清洁能源项目13个,预计2026年全州清洁能源装机容量超1600万千瓦。\n"
            "新校区2025年才可投入使用,预计追加学位1.2万个。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-11-29")
    kinds = {v.value: (v.kind, v.year) for v in result.values}
    assert kinds[1600] == ("target", 2026) and kinds[1.2][0] == "actual"


def test_projects_a_sentence_closes_on_as_fulfilled_open_no_targets():
    """"…,全面兑现了省市涉及该区的24项民生工程和20件区级为民办实事项目。" (read heldout1236 n06): the closing words name the
    year's projects, but as fulfilled (兑现了), so the results after them are no targets."""
    text = ("2013年全区民生支出4.93亿元,占一般预算支出的62%,全面兑现了省市涉及该区的24项民生工程和20件区级为民办实事项目。\n"
            "该区不断提高社会保障水平,城乡居民养老保险参保率达95.6%。新增城镇就业10220人,再就业8000人。\n")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2014-03-01")
    assert {v.value: v.kind for v in result.values if v.value in (95.6, 10220, 8000)} == {
        95.6: "actual", 10220: "actual", 8000: "actual"}


def test_jiang_jin_before_a_number_is_nearly_not_will():
    """"…实施土地增减挂钩,将近300亩建设用地复垦为农业用地" (read heldout1246 n07): 将近 is "nearly", the comparator ~, not 将
    (will) committing to the value."""
    text = "2018年,例如怀宁县受泉村实施土地增减挂钩,将近300亩建设用地复垦为农业用地。\n"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-05-01")
    assert [(v.value, v.kind, v.comparator) for v in result.values] == [(300, "actual", "~")]


def test_a_rate_named_the_required_target_after_it_is_that_target():
    # read heldout1266 n04: screening results, each beside the rate the province required (超出40%的目标要求)
    result, _ = extract("孕产妇产前筛查覆盖率为46.67%,超出40%的目标要求;新生儿听力筛查率为90.96%,超出80%的目标要求。",
                        doc_type="other", period=(None, None), issued="2017-06-01")
    kinds = {v.value: v.kind for v in result.values}
    assert kinds == {46.67: "actual", 40.0: "target", 90.96: "actual", 80.0: "target"}


def test_a_quoted_quantity_named_a_target_after_its_quote_is_that_target():
    # read heldout1262 n05, heldout870 n04, heldout770 n06: 完成“…”增量目标, 紧盯“…”年度任务目标, 盯住“…”的硬目标
    result, _ = extract("今年,福州将努力完成“2200个老年教育学位”增量目标。福建省紧盯“植树造林90万亩”年度任务目标。"
                        "盯住“5年增收3000元”的硬目标。围绕省委“3815”战略发展目标。",
                        doc_type="other", period=(None, None), issued="2021-03-01")
    assert {(v.value, v.unit, v.kind) for v in result.values} == {
        (2200.0, "个", "target"), (90.0, "万亩", "target"), (3000.0, "元", "target")}


def test_a_designed_or_planned_size_of_a_project_is_a_target_unless_the_building_is_in_use():
    # read heldout1049 n07, heldout1232 n05: 规划用地57亩, 设计床位450张, 规划面积约4.8平方公里 on news of projects
    result, _ = extract("新建南雄市中医院项目规划用地57亩,设计床位450张。竹泉小镇规划面积约4.8平方公里。"
                        "全省实际完成投资360.8亿元,占规划总投资的90.2%。",
                        doc_type="other", period=(None, None), issued="2021-03-01")
    kinds = {v.value: v.kind for v in result.values}
    assert kinds == {57.0: "target", 450.0: "target", 4.8: "target", 360.8: "actual", 90.2: "actual"}
    in_use, _ = extract("该院已于去年正式投入使用。医院设计床位300张。", doc_type="other", period=(None, None),
                        issued="2021-03-01")
    assert [(v.value, v.kind) for v in in_use.values] == [(300.0, "actual")]


def test_an_undated_pages_one_year_named_as_done_and_never_committed_makes_its_jin_nian_the_next_year():
    """An undated page's one year, reported done in one sentence and estimated or restated in others but never in
    a sentence that commits, is the year before the page's 今年 (heldout596 n02, news of a city's report)."""
    text = ("市十七届人大四次会议于1月12日开幕。据报告,2024年全市预计实现地区生产总值2.67万亿元,增长6%左右。2024年全市新增上市公司5家,总数达到219家。"
            "今年,全市计划新增制造业授信额度5700亿元。\n2024年,全市科技型中小企业数量继续保持全省第一。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    credit = next(v for v in result.values if v.value == 5700)
    assert (credit.kind, credit.year) == ("target", 2025)
    # a year named in a sentence that commits is no year done: "…将在今年10月底前推出100项…,2020年再推出100项"
    text = ("在此基础上,四川将在今年10月底前推出100项套餐式服务,2020年再推出100项。今年12月底前,四川将推动500项服务"
            "事项掌上可办,2020年再推进200项。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    assert {v.year for v in result.values if v.value == 500} != {2021}


def test_a_reports_hereby_formula_commits_to_nothing():
    """将 in 现将…如下 (hereby … as follows) is a preposition of a report's formula, not a commitment: the counts
    of the situation after it are no targets (heldout1306 n07, a county's report run into one line)."""
    text = ("近年来,全县做了大量工作,现将工作情况简要总结如下一、总体情况(一)基本情况全县辖25个乡镇,"
            "总人口93.47万人,有乡镇寄宿制学校68所。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2021-06-01")
    schools = next(v for v in result.values if v.value == 68)
    assert schools.kind == "actual", schools.kind_basis


def test_a_projects_site_and_floor_area_with_no_cue_are_what_it_is_to_have():
    """A project's site or floor area (占地, 总建筑面积) with no cue, in a sentence that names the project, is a size
    it is to have, as its total investment is; not one the clause after it says is done, nor a place's estate
    (heldout69 n05, a school park's news; heldout1066 n04, a county's school buildings)."""
    text = "据了解,弘远教育园区项目预计总投资2亿元,占地45亩,总建筑面积26794平方米,主要建设教学楼、宿舍。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2024-11-05")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[45], kinds[26794]) == ("target", "target")
    text = "张坪村集中连片坡改梯项目占地2400亩,现已基本完成建设。全县校舍建筑面积591189平方米。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2022-05-05")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[2400], kinds[591189]) == ("actual", "actual")


def test_a_first_lines_base_year_is_not_the_pages_year():
    """A year the first line names as the base a plan builds on (在2022年的基础上新增6名) dates the page's plans to
    the year after it, not to itself (heldout1310 n06, a city's public-welfare posts, run into one line)."""
    text = ("综合考虑各方面因素,本次调整将新增一批公益性岗位,全市乡村公益性岗位将在2022年的基础上新增6名,"
            "新增后乡村公益性岗位数量共计693个。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    assert [(v.value, v.kind, v.year) for v in result.values] == [(6.0, "target", 2023), (693.0, "target", 2023)]


def test_a_horizon_named_after_jin_nian_is_not_the_pages_year():
    """A year named after 今年 as a horizon (…规划和2030年远景目标, 到2030年) is not the year 今年 is (heldout1314 n07,
    a province's fruit exports news dated 2025-02-12)."""
    text = ("今年新疆果品出口力争25万吨以上\n发布日期:2025-02-12 17:11 来源:新疆日报\n"
            "围绕林果业高质量发展,今年新疆将编制林果产业“十五五”规划和2030年远景目标。今年新疆将完成林果品种调优5万亩以上。")
    result, _ = extract(text, doc_type="other", period=(None, None), issued=None)
    assert {v.year for v in result.values if v.kind == "target"} == {2025}


def test_wan_t_is_ten_thousand_tonnes():
    """万t (the symbol for tonnes after 万) is a unit, not a number joined to a letter (heldout1314 n04, a county's
    tea plan: 茶叶产量达到5 万t)."""
    result, _ = extract("到2022年,茶叶产量达到5 万t,其中出口绿茶3 万t。", doc_type="other", period=(None, None),
                        issued="2018-01-01")
    assert [(v.value, v.unit, v.kind) for v in result.values] == [(5.0, "万t", "target"), (3.0, "万t", "target")]


def test_a_basic_situation_heading_opens_a_review_of_the_present():
    """一、基本情况 over a plan's account of what there is (read heldout1160 n05, heldout1154 n04): its values are
    the present, not targets of the plan, though the plan's values no cue decides are targets."""
    text = "一、基本情况\n全市共有幼儿园120所,在园幼儿3.2万人。\n二、目标任务\n到2025年,全市新建幼儿园20所。"
    result, _ = extract(text, doc_type="action_plan", period=(None, None), issued="2022-03-01")
    kinds = {v.value: (v.kind, v.year) for v in result.values}
    assert kinds[3.2] == ("actual", 2022) and kinds[120] == ("actual", 2022)
    assert kinds[20] == ("target", 2025)


def test_halving_in_words_is_a_decrease_of_fifty_percent():
    """再减少一半, 再砍掉一半 (read heldout1346 n02, a county's scheme for government services): words with an exact
    meaning, a decrease of 50 %, as the rubric reads 翻一番 as 100 %."""
    text = "工作目标:按照企业开办时间再减少一半,项目审批时间再砍掉一半的要求,力争所有事项办理时限减少一半。"
    result, _ = extract(text, doc_type="action_plan", period=(None, None), issued="2018-06-01")
    halved = [v for v in result.values if v.value == 50 and v.unit == "%"]
    assert len(halved) == 3 and all(v.kind == "target" and v.year == 2018 for v in halved)


def test_at_least_after_a_year_is_a_bound_not_a_span():
    """2020年至少… (read heldout1364 n02, heldout1302 n01): 至少 after a year is "at least", the bound of the value
    that follows, not 至 opening a span from that year; the value's year is the one its clause states."""
    text = "2019年竣工量占全省90%,2020年至少开工建设200部电梯。"
    result, _ = extract(text, doc_type="other", period=(None, None), issued="2019-12-01")
    years = {v.value: (v.kind, v.year) for v in result.values}
    assert years[200] == ("target", 2020) and years[90] == ("actual", 2019)


def test_a_quota_assigned_in_brackets_is_the_target():
    # a county's air-quality progress news (heldout1091 n03): 高出市下达年度指标(90.1%)5.9个百分点
    result, _ = extract("1-9月,城区空气质量优良率为96%,高出市下达年度指标(90.1%)5.9个百分点。",
                        doc_type="other", period=(None, None), issued="2018-10-10")
    kinds = {v.value: v.kind for v in result.values}
    assert (kinds[96.0], kinds[90.1]) == ("actual", "target")


def test_the_share_of_a_years_target_named_by_its_work_is_a_result():
    # a district's social-insurance news (heldout1099 n03): 为年度扩面目标的247%, and the enrolments beside it
    result, _ = extract("今年1至2月,全区共办理养老保险参保6998人,为年度扩面目标的247%;医疗保险参保33777人,为年度扩面目标334%。",
                        doc_type="other", period=(None, None), issued="2019-03-05")
    assert {v.value: v.kind for v in result.values} == {6998.0: "actual", 247.0: "actual", 33777.0: "actual",
                                                         334.0: "actual"}


def test_this_year_right_after_a_perfective_verb_dates_what_was_done():
    # a county bureau's notice (heldout1096 n02): the task assigned, then 全面完成了今年改建户厕10000户
    result, _ = extract("根据省级文件今年下达我县完成改建户厕10000户的改厕任务。通过共同努力我县于12月10日全面完成了今年改建户厕10000户。",
                        doc_type="other", period=(None, None), issued="2020-12-10")
    assert [v.kind for v in result.values] == ["target", "actual"]


def test_births_outside_the_family_plan_are_no_commitment():
    # a city's family-planning results (heldout1098 n06): 其中计划外出生690人 is a count, 计划 no plan to
    result, _ = extract("2011年,某市户籍人口出生7526人,其中计划外出生690人。计划生育率90.83%,人口自然增长率4.35‰。",
                        doc_type="other", period=(None, None), issued="2012-02-10")
    assert {v.kind for v in result.values} == {"actual"}


def test_a_years_work_summary_reviews_its_own_year_not_a_plans_previous_period():
    # a city bureau's "2018年…工作总结" (heldout1105 n06) carrying out a plan for 2018-2020: its results are 2018's
    text = ("2018年某市农业局工作总结\n今年以来,全局上下认真贯彻落实《乡村振兴战略三年行动计划(2018-2020年)》。\n"
            "一、主要指标完成情况\n全年实现农林牧渔业增加值317.1亿元,同比增2.4%。\n")
    result, _ = extract(text, doc_type="work_summary", period=(2018, 2020), issued="", title="2018年某市农业局工作总结")
    assert {(v.value, v.kind, v.year) for v in result.values} == {(317.1, "actual", 2018), (2.4, "actual", 2018)}
