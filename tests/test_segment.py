"""Documents in a bundle, their metadata, and headed lines."""

import pytest

from plantargets.text.normalize import normalize_text
from plantargets.text.read import read_raw_file
from plantargets.text.segment import heading_level, segment_documents, split_sentences, structure_lines


def _documents(raw_dir, name):
    raw = read_raw_file(raw_dir / name)
    norm, _ = normalize_text(raw.text, raw.source_file)
    return segment_documents(norm, raw.source_file, name.rsplit(".", 1)[0])


def test_gazette_yields_one_document_per_report_notice_and_plan(raw_dir):
    docs = _documents(raw_dir, "zhanjiang_2023_gazette_no3.txt")
    types = [d.doc_type for d in docs]
    assert types == ["front_matter", "work_report", "notice", "notice", "five_year_plan"]
    report, notice8, notice9, plan = docs[1:]
    assert report.issued_date == "2023-02-09" and report.period_start == report.period_end == 2023
    assert notice8.doc_number == "湛府〔2023〕8号" and notice8.issued_date == "2023-02-16"
    assert notice9.doc_number == "湛府函〔2023〕9号" and (notice9.period_start, notice9.period_end) == (2022, 2031)
    assert plan.title == "湛江市教育发展“十四五”规划"
    assert (plan.period_start, plan.period_end) == (2021, 2025)
    assert plan.doc_number == "湛府办〔2023〕5号"
    assert all(d.city_zh == "湛江市" for d in docs)


def test_damaged_metadata_is_flagged_not_guessed_silently(raw_dir):
    docs = _documents(raw_dir, "zhanjiang_2023_gazette_no3.txt")
    plan = docs[-1]
    messages = [f.message for f in plan.flags]
    assert any("document number with lost characters" in m for m in messages)
    assert any("issuer" in m and "document number prefix" in m for m in messages)
    assert plan.issuer == "湛江市人民政府办公室"  # the spam had replaced it; the crosswalk names it


def test_contents_entries_start_no_document(raw_dir):
    docs = _documents(raw_dir, "zhanjiang_2023_gazette_no3.txt")
    assert sum(d.doc_type == "work_report" for d in docs) == 1
    assert docs[1].start > docs[0].start


@pytest.mark.parametrize("name, doc_type, number, date, period", [
    ("guigang_2022_education_action_plan.txt", "action_plan", "贵政通〔2022〕12号", "2022-03-19", (2021, 2023)),
    ("sihui_2022_education_14th_fyp.txt", "five_year_plan", "四府〔2022〕4号", "2022-06-02", (2021, 2025)),
    ("zhanjiang_2020_14th_fyp_recommendations.txt", "plan_recommendations", "", "2020-12-22", (2021, 2025)),
])
def test_single_document_metadata(raw_dir, name, doc_type, number, date, period):
    doc = [d for d in _documents(raw_dir, name) if d.doc_type != "front_matter"][0]
    assert (doc.doc_type, doc.doc_number, doc.issued_date, (doc.period_start, doc.period_end)) == (doc_type, number, date, period)


@pytest.mark.parametrize("line, level", [
    ("第二章 指导思想和发展目标", 1), ("第一节发展基础", 2), ("一、总体目标", 3), ("(六)建设教育强市。", 4),
    ("1.问题导向,改革创新。", 5), ("专栏1 体育美育浸润行动计划", 6), ("表2 义务教育发展具体指标", 6),
    ("到2025年,全市…", None), ("2020年", None),
    # a comma for the list mark: typed so (heldout676 n06) or written so by a converter (tests/perturbations.py)
    ("一,提升医疗卫生服务水平", 3), ("一, 1-4月完成工作", 3), ("十,二类公路", None), ("一,2021年", None),
])
def test_heading_levels(line, level):
    assert heading_level(line) == level


def test_section_paths_follow_headings(raw_dir):
    docs = _documents(raw_dir, "sihui_2022_education_14th_fyp.txt")
    line = next(l for d in docs for l in d.lines if l.text.startswith("表1"))
    assert line.section_path[-4:] == ("第二章 指导思想和发展目标", "第二节 发展目标", "二、具体目标", "(四)教育治理目标")
    review = next(l for d in docs for l in d.lines if l.section_path and l.section_path[-1] == "第一节 发展基础")
    assert review.in_review


def test_split_sentences_keeps_offsets():
    text = "到2025年,达到98%。新增学位5100个;其余"
    sentences = split_sentences(text, 10)
    assert [s[2] for s in sentences] == ["到2025年,达到98%。", "新增学位5100个;", "其余"]
    assert all(text[s - 10:e - 10] == t for s, e, t in sentences)


def _one_document(text):
    norm, _ = normalize_text(text, "t.txt")
    return segment_documents(norm, "t.txt", "t")[0]


def test_a_title_line_a_scrape_kept_from_the_pages_title_element_is_read_without_the_sites_name():
    """A text scrape's first line from the page's <title> ("…幼儿园全覆盖_幼儿资讯_查字典幼儿网", heldout115 n10;
    "…的通知_区政府办公室文件_…门户网站", heldout359 n06): the title is the page's own, and its type is read from it (a
    scheme's title ends on 方案); a line of site names only is left as it is."""
    doc = _one_document("某县2024年农业结构调整工作推进方案_政策文件_某某县人民政府门户网站\n一、目标任务\n调减低效农作物面积2万亩。\n")
    assert (doc.title, doc.doc_type) == ("某县2024年农业结构调整工作推进方案", "action_plan")
    doc = _one_document("甘肃省今年将实现86个县乡镇中心幼儿园全覆盖 - 幼儿资讯 - 某某幼儿网\n今年全省将新建幼儿园86所。\n")
    assert doc.title == "甘肃省今年将实现86个县乡镇中心幼儿园全覆盖"
    assert _one_document("中国政府网 | 武汉市人民政府网\n今年全市将新建幼儿园8所。\n").title == "中国政府网 | 武汉市人民政府网"


def test_a_page_that_opens_with_its_contents_takes_its_title_from_the_line_that_names_it():
    """A county's 2026 work report page opens with its table of contents (一、2025年及“十四五”工作回顾 …): the
    title is 2026年黄龙县政府工作报告, not the first contents line, and the contents' 十四五 is not its period."""
    doc = _one_document("一、2025年及“十四五”工作回顾\n二、“十五五”发展目标和主要任务\n三、2026年主要任务\n"
                        "2026年黄龙县政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n"
                        "一、2025年及“十四五”工作回顾\n2025年,全年生产总值完成30.69亿元、增长4.7%。\n")
    assert (doc.title, doc.doc_type, doc.period_start) == ("2026年黄龙县政府工作报告", "work_report", None)


@pytest.mark.parametrize("title, doc_type", [
    ("关于上海市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告", "plan_report"),
    ("2021年吴川市国民经济和社会发展统计公报", "statistical_bulletin"),
    # a capture's spaces inside the title (heldout120 n03, heldout34 n07)
    ("关于长沙县2021年国民经济和社会发展计划 执行情况及2022年计划(草案)的报告", "plan_report"),
    ("关于天津市2019年国民经济和社会发展计划执行 情况与2020年国民经济和社会发展计划草案的报告", "plan_report"),
])
def test_execution_reports_and_bulletins_are_typed_from_their_title(title, doc_type):
    assert _one_document(f"{title}\n全年地区生产总值增长5%。\n").doc_type == doc_type


def test_a_bulletin_captured_without_its_title_is_typed_by_its_first_section():
    """A county's 2011 bulletin whose capture opens on its preamble (read heldout1046 n02): the line 一、综合, a
    bulletin's first section, types it; a plan's or report's "一、综合施策" heading does not."""
    doc = _one_document("2011年,面对复杂多变的国际国内经济形势,国民经济保持平稳较快发展。\n一、综合\n"
                        "国民经济平稳发展。全年实现生产总值534001万元,比上年增长11.1%。\n")
    assert doc.doc_type == "statistical_bulletin"
    doc = _one_document("某县2024年工作要点\n一、综合施策\n全年地区生产总值增长5%。\n")
    assert doc.doc_type != "statistical_bulletin"


@pytest.mark.parametrize("title, doc_type", [
    ("保定市满城区2020年农业结构调整工作推进方案", "action_plan"),  # heldout488 n11: a district's scheme of work
    ("某县2023年农村人居环境整治工作方案(试行)", "action_plan"),
    ("某县关于方案征集的公告", "other"),  # a scheme named inside, not the title's end
])
def test_a_title_ending_on_a_scheme_of_work_is_a_plan(title, doc_type):
    assert _one_document(f"{title}\n全年调减低效农作物面积2万亩。\n").doc_type == doc_type


@pytest.mark.parametrize("first_line, doc_type", [
    ("中新网3月23日电 教育部举行新闻发布会,教育部发展规划司司长介绍2022年全国教育事业发展基本情况", "other"),
    ("市自然资源和规划局发布2023年工作总结", "work_summary"),  # a summary, no plan
    ("市政府印发《某市“十四五”教育事业发展规划》", "five_year_plan"),
    ("某市城乡规划实施情况的报告", "plan_report"),  # a report on how a plan went, not the plan
    ("某市“十三五”规划纲要实施情况中期评估报告", "plan_report"),
    ("陕西“十四五”规划主要目标基本实现", "plan_report"),  # a plan's results in its last year (heldout226 n04)
    ("某县“十四五”规划目标任务全面完成", "plan_report"),
    ("某县教育事业发展规划(2021-2025年)", "plan"),
])
def test_planning_in_an_offices_name_does_not_make_a_plan(first_line, doc_type):
    """A news lead quoting a ministry's 发展规划司 (heldout24 n05) is no plan; a plan's name still is one, and a report on
    how a plan went (规划实施情况, 中期评估, 规划主要目标基本实现) a report."""
    assert _one_document(f"{first_line}\n学前教育毛入园率89.7%。\n").doc_type == doc_type


def test_a_prose_line_or_a_breadcrumb_naming_a_report_is_not_a_title():
    doc = _one_document("网站支持IPv6\n您当前所在位置:首页 > 信息公开 > 政府工作报告\n区长陈清作政府工作报告。\n正文。\n")
    assert (doc.title, doc.doc_type) == ("网站支持IPv6", "other")


def test_a_breadcrumb_in_any_of_its_wordings_is_page_furniture_not_a_title():
    """"您的位置:首页 >要闻 >" over a news page's headline (heldout211 n08), and the other ways sites word it (您所在的位置,
    我的位置, 您当前所在位置): the headline under it is the title."""
    for crumb in ("您的位置:首页 >要闻 >", "您所在的位置:首页 >> 教育新闻", "我的位置:首页>文章详情", "您当前所在位置: 首页 / 新闻中心"):
        doc = _one_document(f"{crumb}\n湖北今年将凝心聚力做这些事\n2023-01-14 08:13:57 来源:楚天都市报\n正文。\n")
        assert doc.title == "湖北今年将凝心聚力做这些事", crumb


def test_an_undated_work_report_takes_no_plan_period_from_a_span_of_years_in_its_text():
    """A 2022 county report's page (heldout36 n09) has no date line; "2017-2021年,连续入选…" in its first lines is
    a span its review speaks of, not the report's period (a plan's 发展基础 would date its results before it)."""
    doc = _one_document("(内蒙古)2022年某旗人民政府工作报告(全文)\n发布时间:2022-08-21 22:19\n"
                        "2022年1月7日在某旗第十六届人民代表大会第一次会议上\n某旗人民政府代旗长  某某\n各位代表:\n"
                        "现在,我代表旗人民政府向大会报告工作,请予审议。\n一、过去四年工作回顾\n四年来,旗政府坚持稳中求进。\n"
                        "(一)坚持稳中求进,地区综合实力跃上新台阶\n"
                        "地区生产总值从2017年的111.8亿元提高至2021年的160亿元左右。2017-2021年,连续入选“中国西部百强县市”。\n")
    assert (doc.doc_type, doc.period_start, doc.period_end) == ("work_report", None, None)


def test_a_news_lead_before_the_document_it_quotes_is_no_front_matter():
    """A news page summing up an annual plan, then "原文如下:" and the notice that issues it (heldout52 n02): the lead
    is running text, read for its values, not a gazette's masthead set aside."""
    text = ("日前,内蒙古自治区人民政府发布的《2023年自治区国民经济和社会发展计划》提出,力争全年建成并网新能源装机2500万千瓦以上,"
            "新能源装机规模超过9000万千瓦。\n原文如下:\n内蒙古自治区人民政府关于下达2023年自治区国民经济和社会发展计划的通知\n"
            "内政发〔2023〕2号\n各盟行政公署、市人民政府:\n现将计划下达给你们,请认真贯彻执行。\n")
    norm, _ = normalize_text(text, "news.txt")
    docs = segment_documents(norm, "news.txt", "news")
    assert [d.doc_type for d in docs] == ["other", "notice"]
    masthead = "湛江市人民政府公报\n2023年第3期\n目录\n湛江市人民政府关于印发某某方案的通知\n"
    norm, _ = normalize_text(masthead + text[text.index("内蒙古自治区人民政府关于"):], "gazette.txt")
    assert [d.doc_type for d in segment_documents(norm, "gazette.txt", "gazette")][0] == "front_matter"


@pytest.mark.parametrize("title, doc_type", [
    ("安顺市2019年“十件实事”完成情况", "project_report"),
    ("岳阳楼区2019年1-8月省市重点民生实事项目完成情况", "project_report"),
    ("2022年度市县民生实事未完成项目进度表", "project_report"),
    ("县政府2025年度十件民生实事项目 正式出炉", "project_list"),
    ("魅力精致·新城关|2025年为民兴办实事项目全落地", "project_report"),  # heldout81 n06: done, 全落地 / 全部办结
    ("2018年10个民生实事项目全面落实", "project_report"),  # heldout80 n01
    ("衡东县教育局关于2019年重点民生实事考核 自 查 报 告", "project_report"),  # heldout84 n03: assessed, done
    ("抓好落实2024年十件民生实事", "project_list"),  # 落实 alone is to do, not done
    ("长安区2022年的十大惠民实事", "project_list"),  # heldout117 n10: 民生实事 in other words
    ("十项民生重点工程", "project_list"),  # heldout356 n02: a count of livelihood works names their list
    ("长沙市天心区2023年九大民生工程实行方案", "project_list"),
    ("2003年市政府要完成的与人民生活密切相关的实事", "project_list"),  # heldout758 n03: 要完成 is to do, not done
    ("甘肃省政府日前确定,2009年筹措216亿元,为民办好12件、27项实事:", "project_list"),  # heldout930 n01: 项实事 too
    ("河北:18项民生工程提前或超额完成年度目标任务", "project_report"),
    ("快看!2022年全县重点民生项目出炉!", "project_list"),  # heldout684 n04: the year's 民生项目, to do
    ("辛集今年将实施12项民心工程", "project_list"),  # heldout48 n02: 民心工程 counted, as 民生工程
    ("20项民心工程三季度“答卷”出炉", "project_report"),  # heldout420 n10: a quarter's 答卷, what was done
    ("常州市新北区2005年教育工作总结", "work_summary"),
    ("某县教育局2018年工作总结及2019年工作打算", "other"),  # a summary with the next year's plans
    ("某县教育局2018年工作总结及2019年工作计划", "other"),
    ("2019“教育局计划”教育工作计划", "work_plan"),  # heldout70 n03
    ("某县教育局2024年工作要点", "work_plan"),
    ("教育局基础教育科工作参考计划范文", "work_plan"),  # heldout69 n04: a template site's copy of a work plan
])
def test_a_report_on_how_far_the_years_projects_got_is_told_from_their_list(title, doc_type):
    """民生实事 with 完成/进展/进度 in the title: a report on the year's projects, not their list (heldout54 n02, n06, n11);
    工作计划, 工作要点: a body's plan of the year's work (its values are to be reached), not a summary of it."""
    norm, _ = normalize_text(title + "\n一、新建公办幼儿园8所。\n此项工作已完成。\n", "p.txt")
    assert segment_documents(norm, "p.txt", "p")[0].doc_type == doc_type


def test_a_notice_issuing_the_years_list_of_projects_is_read_as_the_list():
    """A city government's notice issuing its list of the year's projects, the list after it (heldout758 n03:
    "…关于印发2003年市政府要完成的与人民生活密切相关的实事的通知"): the page is the list, each item a commitment, not a
    notice whose issued document was left out; a notice issuing another document stays a notice."""
    body = ("\n(2003年3月19日 沪府办发[2003]4号)\n各区、县人民政府:\n现将《2003年实事》印发给你们,请抓紧组织实施。\n"
            "一、改造17家市级医院急诊室。\n二、新增就业岗位40万个。\n")
    doc = _one_document("上海市人民政府办公厅关于印发2003年市政府要完成的与人民生活密切相关的实事的通知" + body)
    assert doc.doc_type == "project_list"
    assert _one_document("上海市人民政府办公厅关于印发某区道路交通管理办法的通知" + body).doc_type == "notice"

def test_a_page_that_opens_by_reporting_how_its_tasks_went_is_a_report_on_tasks():
    """A county's report on the targets assigned to it, captured with no title (heldout153 n07): "现将工作落实情况汇报
    如下" opens a report whose numbered items are tasks and whose text is their progress; a plan of the next year's
    work reported in the same breath (…进展情况及2023年工作安排汇报如下) is a plan of work, as its title says."""
    body = "\n3.改扩建敬老院1所,护理床位达到50%以上。\n护理型床位共159张。\n"
    for opening, doc_type in [("2020年初,县督查局对下达的工作责任目标进行细化分解。现将工作落实情况汇报如下:", "project_report"),
                              ("现将有关建设情况汇报如下:", "project_report"),
                              ("现将2022年教育工作进展情况及2023年工作安排汇报如下:", "work_plan")]:
        norm, _ = normalize_text(opening + body, "t.txt")
        assert segment_documents(norm, "t.txt", "t")[0].doc_type == doc_type


def test_a_page_that_opens_by_submitting_a_plan_report_is_one_of_the_year_it_is_given():
    """A district's annual plan report captured from its speech line on (heldout250 n02): "受区人民政府委托,现将…2018年
    国民经济和社会发展计划执行情况与2019年…计划草案的报告提交大会审议" makes it a plan report of the year it is given,
    not a page of no known type whose period a review's "完成2018-2020年…" would give."""
    text = ("——2019年1月8日在北京市某区第十六届\n人民代表大会第五次会议上\n各位代表:\n"
            "受区人民政府委托,现将某区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告提交大会审议。\n"
            "一、2018年国民经济和社会发展计划执行情况\n顶层设计逐步完善,完成2018-2020年三年行动计划的编制。\n")
    norm, _ = normalize_text(text, "t.txt")
    doc = segment_documents(norm, "t.txt", "t")[0]
    assert (doc.doc_type, doc.period_start, doc.period_end) == ("plan_report", 2019, 2019)


def test_a_title_is_a_line_of_words_and_a_headlines_verb_names_no_plan():
    """A scrape that opens with an image's markup (devset d105 wrapped at 38 characters): the title is the first line
    of words, here naming a work report; a news headline whose 规划 is a verb ("西藏规划到2035年建成…", heldout52 n10)
    is no plan, while a plan's name ending in 规划 and its period is."""
    def doc_type(head):
        norm, _ = normalize_text(head + "\n正文。\n", "t.txt")
        return segment_documents(norm, "t.txt", "t")[0].doc_type
    assert doc_type("![](/Files261/BeyondPic/2021-11/28/202\n11月28日,甘谷县人民代表大会开幕,代表县人民政府向大会作政府工作报告。") \
        == "work_report"
    assert doc_type("tibet.cn\nhome\n西藏规划到2035年建成5600公里高等级公路") == "other"
    assert doc_type("某县学前教育发展规划(2021-2025年)(征求意见稿)") == "plan"
    # its draft mark bare, after the period (heldout196 n06)
    assert doc_type("云南:新型城镇化规划(2021-2035年)征求意见稿") == "plan"
    assert doc_type("某市国民经济和社会发展计划草案") == "plan"
    assert doc_type("某市教育事业发展“十四五”规划") == "five_year_plan"


def test_a_page_scraped_as_one_line_takes_no_plan_period_from_its_opening():
    """A work report's chapter scraped without line breaks (heldout39 n09 as one line): its first line is the whole
    page, so the 十三五 its text mentions ("今年是…实施“十三五”规划的重要一年") is no title's period; a plan's own
    preamble line ("“十四五”时期,…制定本规划。", heldout8 m08) still gives its plan's."""
    def period(text):
        norm, _ = normalize_text(text, "t.txt")
        doc = segment_documents(norm, "t.txt", "t")[0]
        return doc.period_start, doc.period_end
    body = "地区生产总值增长10%,规上工业增加值增长11%以上,固定资产投资增长15%以上,社会消费品零售总额增长12%左右。" * 8
    assert period("二、坚决完成今年各项目标任务今年是实施“十三五”规划的重要一年。经济社会发展主要预期目标是:" + body) \
        == (None, None)
    assert period("“十四五”时期,是教育高质量发展的关键时期,制定本规划。\n一、发展基础\n" + body) == (2021, 2025)
    # a work report's table of contents run into its first line (heldout5 g04 as one line): chapters, not a title
    assert period("一、2025年及“十四五”工作回顾二、“十五五”发展目标和主要任务三、2026年主要任务\n" + body) == (None, None)


def test_a_first_sentence_that_says_what_its_year_is_names_no_plan_type_or_period():
    """A news digest of a work report opens on "2017年是商洛市深入实施“十三五”规划的关键一年,…" (heldout100 n09), taken
    for its title: a sentence about the year, so the 十三五 it names makes the page no five-year plan and gives it no
    period; a plan's own title still does."""
    doc = _one_document("2017年是某市深入实施“十三五”规划的关键一年,也是新一届政府开局奠基之年。今年政府将干哪些大事\n"
                        "全市新增扶贫贷款10亿元以上。\n")
    assert (doc.doc_type, doc.period_start, doc.period_end) == ("other", None, None)
    plan = _one_document("某市“十三五”教育发展规划\n到2020年,学前三年毛入园率达到90%。\n")
    assert (plan.doc_type, plan.period_start, plan.period_end) == ("five_year_plan", 2016, 2020)
    # with a comma before 是 (heldout700 n04: "2026年,是实施“十五五”规划的开局之年,…现将…行动安排如下。"): a year's plan
    comma = _one_document("2026年,是实施“十五五”规划的开局之年,是示范区功能转换的起步之年。现将行动安排如下。\n"
                          "科技服务业营业收入同比增长15%。\n")
    assert (comma.doc_type, comma.period_start, comma.period_end) == ("other", None, None)


def test_a_first_sentence_after_a_news_byline_that_says_what_its_year_is_names_no_plan_type():
    """City news opening on its byline (heldout217 n07: "广元新闻网讯(记者 赵敬梅)今年是实施“十二五”规划承上启下…的关键之年"):
    the sentence after the byline says what the year is, so the 十二五 it names makes the page no five-year plan."""
    doc = _one_document("某市新闻网讯(记者 张三)今年是实施“十二五”规划承上启下的关键之年。近日,经济运行会议举行。\n"
                        "今年全市经济预期增长目标为14%以上。\n")
    assert (doc.doc_type, doc.period_start, doc.period_end) == ("other", None, None)
    # a byline with no reporter in brackets (read heldout384 n01: "本报讯 2026年是“十五五”开局之年"): its 2026 targets
    # were dated to the plan's end
    doc = _one_document("本报讯 2026年是“十五五”开局之年,也是封关运作开局之年。\n今年,海口市将力争实际使用外资增长10%。\n")
    assert (doc.period_start, doc.period_end) == (None, None)


def test_a_work_report_with_a_spaced_title_or_none_is_told_by_its_opening():
    """Work reports captured with their title set apart (政 府 工 作 报 告: heldout h04) or without one, opening with the
    report's formula (各位代表:…我代表市人民政府,向大会报告政府工作: heldout10 k07, heldout44 n07; the seeds' Guigang
    excerpt) are work reports; news of the congress that names its deputies is not."""
    def doc_type(text):
        norm, _ = normalize_text(text, "t.txt")
        return segment_documents(norm, "t.txt", "t")[0].doc_type
    assert doc_type("政 府 工 作 报 告\n——2024年1月18日在某县第十八届人民代表大会第三次会议上\n各位代表:\n一、2023年工作回顾\n") \
        == "work_report"
    assert doc_type("市 长 张志强\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2022年工作回顾\n") \
        == "work_report"
    assert doc_type("大会开幕\n会议期间,各位代表认真审议了市长所作的报告,今年将新建学校10所。\n") == "other"


def test_a_plan_that_states_its_own_term_has_that_period_whatever_plans_it_cites():
    """A provincial vocational-education plan captured without its title (heldout58 n09): "根据…《云南省“十四五”教育
    事业发展规划》编制本规划,规划期限为2021—2025年" states its period; the plans it cites do not hide it."""
    text = ("为整体推进职业教育提质培优,加快职业教育强省建设步伐,服务云南高质量跨越式发展,贯彻落实《中国教育现代化2035》,"
            "根据《云南省“十四五”教育事业发展规划》编制本规划,规划期限为2021—2025年。\n"
            "一、发展基础\n“十三五”以来,全省中等职业学校在校学生69.7万人。\n")
    doc = _one_document(text)
    assert (doc.period_start, doc.period_end) == (2021, 2025)


def test_a_notice_body_issuing_a_plan_gives_the_plans_period():
    """A city's notice captured without its title (heldout61 n05): "《扬州市教育事业“十二五”发展规划》已经市政府同意,
    现印发给你们" names the plan it issues, whose review is then of 2010."""
    text = ("各县(市、区)人民政府,市各委、办、局(公司),市各直属单位:\n《扬州市教育事业“十二五”发展规划》已经市政府同意,"
            "现印发给你们,请认真组织实施。 二〇一一年八月十六日\n一、“十一五”教育发展回顾\n学前三年毛入园率达95.7%。\n")
    doc = _one_document(text)
    assert (doc.period_start, doc.period_end) == (2011, 2015)


@pytest.mark.parametrize("title, doc_type", [
    ("《某省学前教育三年行动计划(2011-2013年)》实施三年来,新建幼儿园1300所", "other"),  # heldout66 n04
    ("《某县学前教育三年行动计划(2011-2013年)》", "action_plan"),
    ("某县人民政府关于印发《某县学前教育三年行动计划》的通知", "notice"),
    ("《某市教育事业发展“十四五”规划》全文", "five_year_plan"),
])
def test_a_plan_named_in_book_title_marks_that_the_title_goes_on_about_does_not_type_the_page(title, doc_type):
    """A news page that opens with "《…三年行动计划》实施三年来,…" reports on the plan, it is not the plan; the
    plan's own title, or a notice issuing it, keeps its type."""
    norm, _ = normalize_text(title + "\n正文。\n", "t.txt")
    assert segment_documents(norm, "t.txt", "t")[0].doc_type == doc_type


def test_a_title_broken_before_its_conjunction_is_joined():
    """A plan-execution report's title on two lines (heldout19 p19_06): "关于某旗2022年国民经济和社会发展计划执行情况"
    then "及2023年国民经济和社会发展计划草案的报告": one title, a report on a plan's execution."""
    doc = _one_document("来源:某旗 发布时间:2023-01-10\n关于某旗2022年国民经济和社会发展计划执行情况\n"
                        "及2023年国民经济和社会发展计划草案的报告\n各位代表:\n现在报告。\n")
    assert (doc.title, doc.doc_type) == ("关于某旗2022年国民经济和社会发展计划执行情况及2023年国民经济和社会发展计划草案的报告",
                                         "plan_report")


def test_news_whose_headline_says_a_plan_was_issued_is_news_of_that_plan():
    """A province's news page under a site's navigation (heldout87 n07): "四川教育“十三五”规划公布 到2020年建成…" says a
    plan was issued, so the page is news of it (its values no cue decides are the plan's) and the plan's period is
    the one the headline names; a headline of results is not."""
    doc = _one_document("四川新闻 成都市 绵阳市 自贡市\n地方网 > 四川 > 四川新闻 > 正文\n"
                        "四川教育“十三五”规划公布 到2020年建成教育强省和西部人才高地\n来源:四川科技报 2017-09-13 11:48\n"
                        "近日,笔者从省教育厅获悉,《四川省教育事业发展“十三五”规划》正式印发。\n")
    assert (doc.doc_type, doc.period_start, doc.period_end) == ("plan_news", 2016, 2020)
    doc = _one_document("四川新闻\n四川教育“十三五”成就回顾\n近日,笔者从省教育厅获悉,全省学前三年毛入园率达到85%。\n")
    assert doc.doc_type == "other"
    # a lead that says a year's development plan was issued, under an event banner and a headline of one task
    # (heldout196 n09); not a lead on what a plan brought since (《…计划》实施以来)
    doc = _one_document("“华天成杯”第18届暖通产业大会\n通辽:2024年推进城乡供暖清洁化改造\n"
                        "3月12日,通辽市人民政府发布《通辽市人民政府关于印发2024年通辽市国民经济和社会发展计划的通知》。"
                        "根据通知内容显示,通辽市将高效实施乡村振兴战略。\n")
    assert doc.doc_type == "plan_news"
    doc = _one_document("某市新闻\n某市民生持续改善\n某市人民政府印发《某市2020年国民经济和社会发展计划》实施以来,全市新建学校12所。\n")
    assert doc.doc_type == "other"
    # a lead that names the document first and then says it was issued (heldout246 n02, a province's No. 1 document)
    doc = _one_document("近日,2025年某省委一号文件《中共某省委 某省人民政府关于扎实推进乡村全面振兴的实施意见》正式发布,"
                        "其中提到要加强乡村生态环境治理。2025年农村卫生厕所普及率提升至86%左右。\n")
    assert doc.doc_type == "plan_news"
    # … an action plan (行动方案) so named under its dateline (heldout608 n02, a city's transport plan as news)
    doc = _one_document("2023年04月12日 09时 宁波发布\n日前,宁波市《加快建设高水平交通强市行动方案》正式发布。"
                        "方案提出:到2027年,宁波将基本建成高水平交通强市。\n")
    assert doc.doc_type == "plan_news"


def test_a_projects_approval_news_of_it_or_its_environmental_notice_is_a_project_approval():
    """A county's approval of a project's feasibility study (heldout1206 n08), news that a reservoir's study was
    approved (n06) and a project's environmental notice (n03): what each describes is to be built; a quarter's
    results that count the approvals granted (完成立项批复项目53个, heldout198 n04) are not one."""
    pages = {
        "某县发展促进局关于某镇食用菌循环经济示范园区建设项目可行性研究报告的批复\n某镇人民政府:\n"
        "报来《关于申请审批…的函》收悉。项目总投资1200万元,新建厂棚2800平方米。\n": "project_approval",
        "8月26日,记者从某州水利局获悉,该州重大水利工程,某水库可行性研究报告获得省发改委正式批复。"
        "水库总库容436万立方米。\n": "project_approval",
        "中药饮片生产线建设项目 环境影响评价第一次网上公示\n项目年生产中药饮片1500吨。\n": "project_approval",
        "某旗一季度经济运行开局良好\n今年全旗重点建设项目84个,截至3月底,完成立项批复项目53个,立项率达63%。\n": "other",
    }
    assert {text: _one_document(text).doc_type for text in pages} == pages


def test_a_lead_after_a_summary_of_values_can_say_a_plan_was_issued():
    """A city's news of a year's pollution work plan (heldout808 n01): under the headline a line sums up the plan's
    values, and the lead after it, behind a long attribution, says 《…工作方案》 was issued: news of that plan. A
    third sentence is no lead, and a work plan named behind a short attribution counts as the others do."""
    lead = ("从某市水体达标工作领导小组办公室(市生态环境局)获悉,为加快解决农业农村环境突出问题,打好农业农村污染治理攻坚战,"
            "近日,《2020年某市农业农村污染治理工作方案》正式发布。\n")
    deck = "整治100个行政村;完成50处农村黑臭水体治理;畜禽粪污综合利用率达到85%。\n"
    doc = _one_document("某市开展农业农村污染治理攻坚战\n" + deck + lead + "今年,某市将全面完成各项任务。\n")
    assert doc.doc_type == "plan_news"
    doc = _one_document("某市开展农业农村污染治理攻坚战\n" + deck + "去年,某市完成治理任务。\n" + lead)
    assert doc.doc_type == "other"
    doc = _one_document("某市开展农业农村污染治理攻坚战\n近日,《某市农村污染治理工作方案》正式发布。今年将整治100个行政村。\n")
    assert doc.doc_type == "plan_news"
    # the same page as a scrape that lost its line breaks: the lead is the second sentence of the one line
    doc = _one_document("某市开展农业农村污染治理攻坚战" + deck.strip() + lead.strip() + "今年,某市将全面完成各项任务。\n")
    assert doc.doc_type == "plan_news"
    doc = _one_document("某市开展农业农村污染治理攻坚战" + deck.strip() + "去年,某市完成治理任务。" + lead.strip() + "\n")
    assert doc.doc_type == "other"


def test_a_title_with_its_period_and_a_draft_mark_is_found_under_the_sites_banner():
    """A county's draft education plan on its government site (heldout95 n01): the title line carries two bracketed
    marks, its period and 征求意见稿; it is the title (a five-year plan of 2016-2020), not the site's welcome line."""
    doc = _one_document("欢迎您来到德保县人民政府门户网!\n当前位置: 首页 >> 意见征集\n"
                        "德保县“十三五”教育事业发展规划(2016—2020)(征求意见稿)\n发布时间: 2018-01-06 00:00:44\n"
                        "十三五时期,是我县建设教育强县的关键时期。\n")
    assert (doc.title, doc.doc_type, doc.period_start, doc.period_end) == (
        "德保县“十三五”教育事业发展规划(2016—2020)(征求意见稿)", "five_year_plan", 2016, 2020)


def test_an_open_information_pages_metadata_lines_are_no_title():
    """A district's open-information page (heldout117 n09) opens with 索引号 / 公开范围 / 发布单位 cells (codebook
    metadata_labels): the title is the first line of words after them, here a progress table of the year's projects;
    a 文件名称 line gives the title it holds (devset d109)."""
    def first(head):
        norm, _ = normalize_text(head + "\n1 | 新建成公办中小学、幼儿园7所。 | 已完成\n", "t.txt")
        return segment_documents(norm, "t.txt", "t")[0]
    doc = first("索引号 | 000330185/2022-86781 | 公开方式 | 主动公开 |\n公开范围 | 面向社会 | 公开时限 | 长期公开 |\n"
                "发布单位 | 区府办 | 发文日期 | 2022-11-03 |\n2022年区政府民生实事项目进展情况表(截至9月底)")
    assert (doc.title, doc.doc_type) == ("2022年区政府民生实事项目进展情况表(截至9月底)", "project_report")
    doc = first("文件名称 | 某县人民政府关于印发《某县2024年国民经济和社会发展计划》的通知 |\n有效性 | 有效 |")
    assert doc.doc_type == "notice"


def test_a_head_line_that_tells_of_several_periods_gives_the_page_none_of_them():
    """A city's news of its third pre-school action plan (heldout124 n07): "一期(2011年—2013年)…二期(2014年—2016年)"
    tells of the plans before; neither is the page's period (its headline's 至2020年 is the horizon), while a line
    naming one period still gives it."""
    head = "榆林将新建、改扩建275所公办幼儿园\n华商报 2017-10-20\n"
    doc = _one_document(head + "目前,全市共有幼儿园956所。一期(2011年—2013年)行动计划中,共建成投运360所幼儿园。"
                        "二期(2014年—2016年)行动计划中,全市规划新建、改扩建97所幼儿园。\n")
    assert doc.period_start is None
    doc = _one_document(head + "二期(2014年—2016年)行动计划中,全市规划新建、改扩建97所幼儿园。\n")
    assert (doc.period_start, doc.period_end) == (2014, 2016)


def test_a_later_stage_after_a_nearer_horizon_is_not_the_pages_period():
    """A paper's news of a province's tourism plan (read heldout390 n02): "现在到2020年是重点创建阶段" over
    "2021到2025年是全面提质阶段" names the plan's stages; the second is not the page's period (its 2020 targets were
    read as results from before it). A span with no nearer horizon above it is still the period."""
    head = "河北省5A级旅游景区到2020年将达12家\n《河北省国家全域旅游示范省创建规划》出炉\n"
    stages = "现在到2020年是重点创建阶段:到2020年,全省接待游客总量突破8亿人次。\n2021到2025年是全面提质阶段:到2025年,…\n"
    assert _one_document(head + stages).period_start is None
    doc = _one_document("河北省全域旅游示范省创建规划出炉\n2021到2025年是全面提质阶段:到2025年,…\n")
    assert (doc.period_start, doc.period_end) == (2021, 2025)


def test_a_years_development_plan_issued_by_its_notice_is_a_plan():
    """鄂府发〔2023〕1号 over a notice that issues "2023年…国民经济和社会发展计划" (heldout168 n05): the plan's own title
    line, further down the head, names the page, a year's plan whose uncued values are to be reached."""
    head = ("鄂府发〔2023〕1号\n各旗区人民政府,市人民政府各部门:\n《2023年某某市国民经济和社会发展计划》已经市五届人大二次会议审议通过,"
            "请认真组织实施。\n某某市人民政府\n2023年2月23日\n2023年某某市国民经济和社会发展计划\n")
    norm, _ = normalize_text(head + "建议2023年主要预期指标如下:\n——地区生产总值增长6.5%左右;\n", "t.txt")
    doc = segment_documents(norm, "t.txt", "t")[0]
    assert (doc.title, doc.doc_type) == ("2023年某某市国民经济和社会发展计划", "plan")
    norm, _ = normalize_text("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n正文。\n", "r.txt")
    assert segment_documents(norm, "r.txt", "r")[0].doc_type == "plan_report"


@pytest.mark.parametrize("title, doc_type", [
    ("“贵州高质量完成‘十四五’规划”系列主题新闻发布会举行", "plan_report"),  # heldout168 n11: results of a plan
    ("某市全面完成“十三五”规划目标任务", "plan_report"),
    ("某市完成“十五五”规划编制工作", "five_year_plan"),  # drafting a plan is no report on it
    ("某市教育事业发展“十四五”规划", "five_year_plan"),
])
def test_a_title_saying_a_plan_was_completed_is_a_report_on_it(title, doc_type):
    norm, _ = normalize_text(title + "\n地区生产总值年均增长7.5%。\n", "t.txt")
    assert segment_documents(norm, "t.txt", "t")[0].doc_type == doc_type


@pytest.mark.parametrize("heading, in_review", [
    ("(二)取得人居环境整治新成绩。", False),  # heldout167 n02: an aim of a year's work plan
    ("一、过去五年取得新成就", True),  # a review, whatever its aim words
    ("一、2023年工作回顾", True),
    ("(一)取得的主要成绩", True),
])
def test_a_heading_that_sets_an_aim_in_the_words_of_results_opens_no_review(heading, in_review):
    lines = list(structure_lines(heading + "\n全县卫生厕所普及率达85%左右。\n", 0, len(heading) + 20))
    assert lines[-1].in_review is in_review


@pytest.mark.parametrize("chapter, in_review", [
    ("一、主要目标", False),  # heldout288 n12: an action plan's aims, in the words of results
    ("一、“十三五”发展回顾", True),
])
def test_a_sub_heading_under_a_heading_of_targets_sets_an_aim(chapter, in_review):
    text = chapter + "\n(一)运输结构进一步优化,水运、航空运输取得明显突破,公路运输量占比力争下降到90%以下。\n"
    lines = list(structure_lines(text, 0, len(text)))
    assert lines[-1].in_review is in_review


def test_a_title_naming_one_years_tasks_gives_that_year_as_the_period():
    """"…高质量发展2023年重点工作任务" issued under a three-year plan (heldout167 n05): the period is 2023, not the plan's
    2023-2025 that its preamble names."""
    text = ("沂源县深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务\n"
            "为贯彻落实《某某三年行动计划(2023—2025年)》,制定本任务。\n力争新增5家市级创新平台。\n")
    norm, _ = normalize_text(text, "t.txt")
    doc = segment_documents(norm, "t.txt", "t")[0]
    assert (doc.period_start, doc.period_end) == (2023, 2023)


def test_a_list_of_the_years_projects_under_a_portals_greeting_takes_its_title_from_the_line_that_names_it():
    """A portal's greeting opens the page (heldout514 n07): the title is the headline naming the year's projects,
    and the page is their list; a headline of what came of them (去年…兴办惠民实事), or a progress table's, is not."""
    doc = _one_document("您好 ,欢迎您来到邯郸之窗! \n2021年河北省石家庄10件惠民实事公布!\n来源:冀时客户端\n"
                        "1.打通10条城区道路。\n2.新建30所普惠性民办幼儿园。\n")
    assert (doc.title, doc.doc_type) == ("2021年河北省石家庄10件惠民实事公布!", "project_list")
    done = _one_document("廊坊新闻网-主流媒体\n去年财政收入首破10亿元大关 投入13.7亿元兴办惠民实事\n1.建成公园3个。\n")
    assert done.doc_type != "project_list"
    progress = _one_document("首页\n2017年1—11月十大民生工程项目实施进度表\n1.新建学校5所。\n")
    assert progress.doc_type != "project_list"
    # a report of how far the year's projects got, under a portal's slogan and its breadcrumb (heldout1002 n05)
    report = _one_document("看家乡事,品故乡情\n山东> 山东新闻> 正文\n2015年度全区25项民生实事项目进展情况\n"
                           "今日周村 2015-08-21 22:17\n1.投资2316万元,对11个社区的老旧小区进行整体改造。\n")
    assert (report.title, report.doc_type) == ("2015年度全区25项民生实事项目进展情况", "project_report")


def test_a_titles_closing_bracketed_span_with_no_nian_is_the_plans_period():
    """A plan captured from a document site (heldout760 n01: "绵阳市游仙区农田水利设施三年建设行动实施方案(2024-2026).docx"):
    the span its title closes on, in brackets with no 年, is the plan's period; a span a first sentence names in passing
    ("…是继该县实施…三年行动(2018-2020)后继续深入推进的…", heldout750 n02) is no period of the page."""
    doc = _one_document("某区农田水利设施三年建设行动实施方案(2024-2026).docx\n一、工作目标\n新增高效节水灌面3.03万亩。\n")
    assert (doc.period_start, doc.period_end) == (2024, 2026)
    doc = _one_document("某县饮用水保障项目是继该县实施三年行动(2018-2020)后继续推进的又一个三年行动计划。目标到2024年,建成工程。\n")
    assert (doc.period_start, doc.period_end) != (2018, 2020)


def _documents_of(text: str):
    norm, _ = normalize_text(text, "t.txt")
    return segment_documents(norm, "t.txt", "t")


def test_a_date_line_long_after_every_year_the_head_names_is_a_copys_not_the_documents():
    # a content farm's copy (heldout1095 n04): "2025年05月19日" over a 2010 city's targets for its year
    text = ("2025年05月19日\n\n2010年成都减排目标单位生产总值能耗降4\n\n昨日,市政府召开常务会议。本年度全市的节能减排主要目标是:"
            "单位生产总值能耗同比下降4%。2010年,是实现“十一五”节能减排目标的关键一年。\n")
    assert _documents_of(text)[0].issued_date == ""
    # the same date line over a page naming a year of its own is the page's date
    recent = text.replace("2010年成都", "2025年成都").replace("2010年,是", "2025年,是")
    assert _documents_of(recent)[0].issued_date == "2025-05-19"
