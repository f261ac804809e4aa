"""Flattened tables rebuilt into rows: headers, group rows, row numbers, units, attributes, forecasts."""

from plantargets.text.segment import structure_lines
from plantargets.text.tables import find_tables


def _lines(text):
    return list(structure_lines(text, 0, len(text)))


FLAT = """前文一段很长的说明文字,说明下表列出本规划的主要目标和指标,供各地参照执行,不得随意变更。

表1 某市教育发展主要目标

2020年

2025年

属性

学前教育

学前三年毛入园率(%)

95.5

≥98

约束性

其中:公办园在园幼儿占比(%)

40

>50

预期性

师资队伍

专任教师数(人)

1200

1500

预期性

第三章 发展任务
"""


def test_flat_table_is_rebuilt_into_rows():
    tables = find_tables(_lines(FLAT))
    assert len(tables) == 1
    table = tables[0]
    assert table.caption == "表1 某市教育发展主要目标"
    assert [c.year for c in table.columns] == [2020, 2025]
    rows = [(r.group, r.indicator, r.unit, [c.line.text for c in r.cells], r.attribute) for r in table.rows]
    assert rows == [
        ("学前教育", "学前三年毛入园率", "%", ["95.5", "≥98"], "约束性"),
        ("学前教育", "其中:公办园在园幼儿占比", "%", ["40", ">50"], "预期性"),
        ("师资队伍", "专任教师数", "人", ["1200", "1500"], "预期性"),
    ]


NUMBERED = """湛江市教育事业发展主要指标

主要指标

2020

2025

1

公办幼儿园在园幼儿占比

>50%

>50%

高中阶段教育

2

高中阶段教育毛入学率

>95%

>95%

一段足够长的正文,说明表格已经结束,这一行不是表格中的任何单元格内容,所以表格到此为止。
"""


def test_row_numbers_and_group_rows_before_a_numbered_row():
    table = find_tables(_lines(NUMBERED))[0]
    assert [(r.row_number, r.group, r.indicator) for r in table.rows] == [
        ("1", "", "公办幼儿园在园幼儿占比"), ("2", "高中阶段教育", "高中阶段教育毛入学率")]


FORECAST = """表2 义务教育发展具体指标

具体指标

2020年

2025年

(预测)

小学学龄人口

50478人

61178人

实现优质均衡目标

20%

达标

  二、实施路径
"""


def test_forecast_header_and_textual_cells():
    table = find_tables(_lines(FORECAST))[0]
    assert [(c.year, c.forecast) for c in table.columns] == [(2020, False), (2025, True)]
    assert [c.line.text for c in table.rows[1].cells] == ["20%", "达标"]


def test_prose_is_not_a_table():
    assert find_tables(_lines("2020年\n\n全市学前三年毛入园率达到98%以上,九年义务教育巩固率达到97%。\n\n2025年")) == []


ROW_PER_LINE = """“十三五”期间某省教育事业主要预期指标
指 标
单位 2015年 2020年
学前教育
幼儿在园人数 万人 181 222
学前三年入园率 % 97 97
九年义务教育
在校生 万人 505 535
"""


def test_a_table_flattened_to_one_row_per_line():
    tables = find_tables(_lines(ROW_PER_LINE))
    assert len(tables) == 1
    rows = [(r.group, r.indicator, r.unit, [c.line.text for c in r.cells], [c.column.year for c in r.cells])
            for r in tables[0].rows]
    assert rows == [
        ("学前教育", "幼儿在园人数", "万人", ["181", "222"], [2015, 2020]),
        ("学前教育", "学前三年入园率", "%", ["97", "97"], [2015, 2020]),
        ("九年义务教育", "在校生", "万人", ["505", "535"], [2015, 2020]),
    ]


NUMBERED_WITH_SUB_ROWS = """“十四五”教育事业发展主要指标表
指 标
2020年
2025年
属性
一、发展水平
1.学前教育毛入园率(%)
99%
99%以上
约束性
2.义务教育标准班额比例(%)
其中:小学
初中
34.52%
77.34%
80%以上
85%以上
预期性
"""


def test_numbered_labels_value_words_and_sub_rows_flattened_column_by_column():
    tables = find_tables(_lines(NUMBERED_WITH_SUB_ROWS))
    assert len(tables) == 1
    rows = {(r.indicator, r.unit): [c.line.text for c in r.cells] for r in tables[0].rows}
    assert rows == {
        ("学前教育毛入园率", "%"): ["99%", "99%以上"],
        ("其中:小学", "%"): ["34.52%", "80%以上"],  # the 2020 cells of both sub-rows come first
        ("初中", "%"): ["77.34%", "85%以上"],
    }
    assert {r.attribute for r in tables[0].rows} == {"约束性", "预期性"}


NAMED_COLUMNS = """表1 2023年主要经济指标
指标
单位
绝对数
比上年增长(%)
地区生产总值
亿元
245.6
5.1
一般公共预算收入
亿元
12.8
-2.1
"""


def test_a_bulletin_table_with_named_columns_one_cell_per_line():
    tables = find_tables(_lines(NAMED_COLUMNS))
    assert len(tables) == 1
    rows = [(r.indicator, r.unit, [(c.column.name, c.column.unit, c.line.text) for c in r.cells])
            for r in tables[0].rows]
    assert rows == [
        ("地区生产总值", "亿元", [("绝对数", "", "245.6"), ("比上年增长", "%", "5.1")]),
        ("一般公共预算收入", "亿元", [("绝对数", "", "12.8"), ("比上年增长", "%", "-2.1")]),
    ]


SERIES = """某市历年地区生产总值
| 年份 | 地区生产总值(亿元) | 常住人口(万人) |
|---|---|---|
| 2021 | 点击查看 | 点击查看 |
| 2020 | 3100.22 | 698.1 |
| 2019年 | 3064.72 | - |
| 2018 | 3008.39 | 733.2 |
以上数据来自统计年鉴。
"""


def test_a_pipe_table_with_a_year_per_row():
    """"| 年份 | 总GDP(亿元) |" then one line per year (corpus_cities zhanjiang_gdp_series): each column after the year
    is an indicator with its unit, each line its value in that year; a cell with no number gives none."""
    lines = _lines(SERIES)
    tables = find_tables(lines)
    assert len(tables) == 1
    table = tables[0]
    assert table.years_in_rows
    assert [(row.indicator, row.unit) for row in table.rows] == [("地区生产总值", "亿元"), ("常住人口", "万人")]
    assert [(c.column.year, c.line.text) for c in table.rows[0].cells] == [
        (2020, "3100.22"), (2019, "3064.72"), (2018, "3008.39")]
    assert [(c.column.year, c.line.text) for c in table.rows[1].cells] == [(2020, "698.1"), (2018, "733.2")]
    assert table.line_ids == {1, 2, 3, 4, 5, 6}  # the caption and the sentence after it stay prose


MARKDOWN = """表1 主要发展指标
| 指标 | 2020年 | 2025年 | 属性 |
| --- | --- | --- | --- |
| 学前三年毛入园率(%) | 88.5 | 92 | 预期性 |
| 九年义务教育巩固率(%) | 95.2 | ≥97 | 约束性 |
"""


def test_a_markdown_table_with_year_headers():
    """A plan's indicator table as markdown (html2text-style scrapes): "2020年" in the header heads a year column,
    though it reads like a value with a one-character unit; the separator row is skipped; 属性 is each row's."""
    tables = find_tables(_lines(MARKDOWN))
    assert len(tables) == 1
    rows = tables[0].rows
    assert [(row.indicator, row.unit, row.attribute) for row in rows] == [
        ("学前三年毛入园率", "%", "预期性"), ("九年义务教育巩固率", "%", "约束性")]
    assert [[(c.column.year, c.line.text) for c in row.cells] for row in rows] == [
        [(2020, "88.5"), (2025, "92")], [(2020, "95.2"), (2025, "≥97")]]


def test_a_year_header_may_name_the_columns_role():
    """"2020年基期值" and "2025年目标值" head year columns (codebook phrase_words year_column_word)."""
    text = MARKDOWN.replace("| 2020年 | 2025年 |", "| 2020年基期值 | 2025年目标值 |")
    rows = find_tables(_lines(text))[0].rows
    assert [(c.column.year, c.line.text) for c in rows[0].cells] == [(2020, "88.5"), (2025, "92")]


def test_results_and_targets_headers_name_year_columns():
    """"2010年实绩 / 2015年目标" (a city's five-year agricultural plan, heldout43 n01), under a 类别 / 指标 header
    whose 类别 cells are merged into group rows."""
    text = ("“十二五”现代农业主要经济指标表\n类别\n指标\n2010年实绩\n2015年目标\n一、经济增长\n农业增加值(亿元)\n81.53\n163\n"
            "农民人均纯收入(元)\n10874\n22000\n二、农产品供给\n粮食总产(万吨)\n119.6\n100\n")
    table = find_tables(_lines(text))[0]
    assert [(c.year, c.role_word) for c in table.columns] == [(2010, "实绩"), (2015, "目标")]
    assert [(r.group, r.indicator, r.unit, [c.line.text for c in r.cells]) for r in table.rows] == [
        ("一、经济增长", "农业增加值", "亿元", ["81.53", "163"]), ("一、经济增长", "农民人均纯收入", "元", ["10874", "22000"]),
        ("二、农产品供给", "粮食总产", "万吨", ["119.6", "100"])]


def test_a_table_of_one_row_per_line_with_an_attribute_column():
    """A table copied with tabs (read as spaces): "指标 2020年 2025年 属性" then "label value value 预期性"; the last
    cell is the row's attribute, the label's "(%)" its unit (the rows were refused: 预期性 is no value)."""
    text = "表1 主要发展指标\n指标 2020年 2025年 属性\n学前三年毛入园率(%) 88.5 92 预期性\n九年义务教育巩固率(%) 95.2 ≥97 约束性\n"
    rows = find_tables(_lines(text))[0].rows
    assert [(row.indicator, row.unit, row.attribute) for row in rows] == [
        ("学前三年毛入园率", "%", "预期性"), ("九年义务教育巩固率", "%", "约束性")]
    assert [(c.column.year, c.line.text) for c in rows[1].cells] == [(2020, "95.2"), (2025, "≥97")]


def test_a_table_of_targets_against_results_one_row_per_line():
    """A district yearbook's table of its 十三五 targets (heldout30 n11): a spaced "2020 年目标值" header, numbered
    rows and a 完成情况 column; the columns' words name their roles."""
    text = ("“十三五”规划主要指标完成情况\n序号 指标名称 2020 年目标值 2020 年预计值 完成情况\n"
            "1 全区生产总值(亿元) 1000 1008.5 完成\n2 人均生产总值(元) 130000 130913 完成\n后文说明。\n")
    tables = find_tables(_lines(text))
    assert len(tables) == 1
    table = tables[0]
    assert [(c.year, c.role_word) for c in table.columns] == [(2020, "目标值"), (2020, "预计值")]
    assert [(r.row_number, r.indicator, r.unit, [c.line.text for c in r.cells]) for r in table.rows] == [
        ("1", "全区生产总值", "亿元", ["1000", "1008.5"]), ("2", "人均生产总值", "元", ["130000", "130913"])]


def test_a_table_with_named_columns_whose_last_row_the_capture_cut_short():
    """A plan report's completion table one cell per line (heldout238 n04): the capture stops after the last row's
    target cell, before its 全年完成 cell; the cells it kept are read in their columns, and the row says one is missing."""
    text = ("表一 2025年主要目标完成情况\n指标名称\n属性\n全年目标\n全年完成\n"
            "全市生产总值\n预期性\n增长5%左右\n增长5.4%\n每万人口高价值发明专利拥有量\n预期性\n63件左右\n")
    tables = find_tables(_lines(text))
    assert len(tables) == 1
    rows = tables[0].rows
    assert [(r.label.text, r.attribute, [c.line.text for c in r.cells], r.missing_cells) for r in rows] == [
        ("全市生产总值", "预期性", ["增长5%左右", "增长5.4%"], 0),
        ("每万人口高价值发明专利拥有量", "预期性", ["63件左右"], 1)]


def test_a_unit_column_and_growth_columns_one_cell_per_line():
    """An annual plan's table flattened to one cell per line with a 单位 column and a 增长% column after each year:
    every row reads label, unit, then its cells; the growth cells belong to the year before them (the unit cell
    was read as the label, and the growth headers ended the header, so every row was lost)."""
    text = ("表1 主要指标\n指标\n单位\n2019年实绩\n增长%\n2020年目标\n增长(%)\n一、经济\n地区生产总值\n亿元\n650\n6.5\n700\n"
            "6左右\n一般公共预算收入\n亿元\n120\n5\n130\n6\n")
    table = find_tables(_lines(text))[0]
    assert [(c.year, c.growth, c.role_word) for c in table.columns] == [
        (2019, False, "实绩"), (2019, True, ""), (2020, False, "目标"), (2020, True, "")]
    assert [(r.group, r.indicator, r.unit, [c.line.text for c in r.cells]) for r in table.rows] == [
        ("一、经济", "地区生产总值", "亿元", ["650", "6.5", "700", "6左右"]),
        ("一、经济", "一般公共预算收入", "亿元", ["120", "5", "130", "6"])]


def test_a_growth_column_of_a_pipe_table_follows_its_year():
    """"| 2019年实绩 | 增长% |": the growth column is the growth of 2019, not a named column of no year."""
    text = ("| 指标 | 单位 | 2019年实绩 | 增长% | 2020年目标 | 增长% |\n| 地区生产总值 | 亿元 | 650 | 6.5 | 700 | 6左右 |\n"
            "| 一般公共预算收入 | 亿元 | 120 | 5 | 130 | 6 |\n")
    table = find_tables(_lines(text))[0]
    assert [(c.year, c.growth) for c in table.columns] == [
        (None, False), (None, False), (2019, False), (2019, True), (2020, False), (2020, True)]
    assert [(c.column.year, c.column.growth, c.line.text) for c in table.rows[0].cells] == [
        (2019, False, "650"), (2019, True, "6.5"), (2020, False, "700"), (2020, True, "6左右")]


def test_a_pipe_tables_year_headers_keep_the_word_that_names_their_role():
    """"| 2025年目标 |", "| 2024年完成值 |": a pipe table's year column keeps its role word, as a flattened table's
    does (a city's emergency-management target table, read heldout1212 n07)."""
    text = ("序号 | 名 称 | 2024年完成值 | 2025年目标 | 责任单位 |\n1 | 重特大生产安全事故起数 | 1 | 0 | 市安委会 |\n"
            "2 | 森林火灾受害率 | 0.2‰ | 0.3‰以内 | 市林业局 |\n")
    table = find_tables(_lines(text))[0]
    assert [(c.year, c.role_word) for c in table.columns if c.year] == [(2024, "完成值"), (2025, "目标")]


def test_a_pipe_table_whose_header_wrapped_and_whose_rows_lost_their_empty_last_cells():
    """A district's progress table of its livelihood projects (heldout54 n06): the header wraps onto a second line,
    rows drop their empty 备注, and a row whose words hold numbers where a value should be is left to the prose
    reader (it was consumed and its numbers lost as table structure)."""
    text = ("序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |\n任务完成率 | 备注 | |\n"
            "1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | ||\n"
            "5 | 提高城乡低保标准 | 区民政局 | 标准不低于3480元/年 | 100% | |||\n"
            "8 | 推行一村一辅警全覆盖 | 公安分局 | 18个 | 18个 | 100% | 已完成 |\n")
    lines = _lines(text)
    table = find_tables(lines)[0]
    assert [c.text for c in (column.header for column in table.columns)] == [
        "序号", "项目名称", "责任单位", "目标任务", "1- 8月 实际完成情况", "任务完成率", "备注"]
    assert [(r.indicator, [(c.column.header.text, c.line.text) for c in r.cells]) for r in table.rows] == [
        ("新增城镇就业", [("目标任务", "8950人"), ("1- 8月 实际完成情况", "7123人"), ("任务完成率", "80%")]),
        ("推行一村一辅警全覆盖", [("目标任务", "18个"), ("1- 8月 实际完成情况", "18个"), ("任务完成率", "100%")])]
    assert table.line_ids == {0, 1, 2, 4}  # not the 低保 row (line 3): read as prose


def test_a_pipe_tables_cells_that_stack_several_rows_are_split_into_them():
    """A province's 十三五 education indicators (heldout91 n04): the page's cells held several lines each, flattened
    to spaces ("在园幼儿数(万人) 三年毛入园率(%) | 139.69 85.06 | 159.89 96.01"): one row per stacked value, its label
    the matching one of the label cell's last words (the first words name the group)."""
    text = ("指 标 | 2015年 | 2020年 (行业测算数据) | 属性 |\n"
            "学前教育 在园幼儿数(万人) 三年毛入园率(%) | 139.69 85.06 | 159.89 96.01 | 预期性 约束性 |\n"
            "继续教育 从业人员继续教育(万人) | 1081.81 | 1267.20 | 预期性 |\n")
    lines = _lines(text)
    table = find_tables(lines)[0]
    assert [c.year for c in table.columns] == [None, 2015, 2020, None]  # a note in brackets names no role
    rows = [(r.group, r.indicator, r.unit, r.attribute, [(c.column.year, c.line.text) for c in r.cells]) for r in table.rows]
    assert rows == [
        ("学前教育", "在园幼儿数", "万人", "预期性", [(2015, "139.69"), (2020, "159.89")]),
        ("学前教育", "三年毛入园率", "%", "约束性", [(2015, "85.06"), (2020, "96.01")]),
        ("", "继续教育 从业人员继续教育", "万人", "预期性", [(2015, "1081.81"), (2020, "1267.20")])]
    cell = table.rows[1].cells[0].line
    assert text[cell.start:cell.end] == "85.06"  # each stacked cell keeps its own span
    # the page's metadata rows above it are another table, not rows of it (heldout91 n04)
    table = find_tables(_lines("| [ 发布机构 ] | 省教育厅 | [ 效力状态 ] | 有效 |\n| [ 成文日期 ] | [ 发布日期 ] | 2017-04-28 |\n"
                               + text))[0]
    assert [c.header.text for c in table.columns][:2] == ["指 标", "2015年"] and len(table.rows) == 3


def test_a_table_one_cell_per_line_with_a_pipe_after_each_cell_and_a_span_change_column():
    """A national plan's indicator table as a scraper wrote it (heldout90 n09): "指标 |", "2020年基期值(起始日期用作比较
    的数据) |", "2025年目标值(…) |", "年均增(5年累计) |", then four cells a row; 一 for an empty cell, [4] a span's
    total. Too few piped lines in a row stay prose."""
    head = ("指标 |\n2020年基期值(起始日期用作比较的数据) |\n2025年目标值(各项目标应达到的水平) |\n年均增(5年累计) |\n"
            "粮食综合生产能力(亿吨) |\n一 |\n>6.5 |\n一 |\n农业科技进步贡献率(%) |\n60 |\n64 |\n[4] |\n")
    tables = find_tables(_lines(head))
    assert len(tables) == 1
    assert [(row.indicator, [cell.line.text for cell in row.cells]) for row in tables[0].rows] == [
        ("粮食综合生产能力", ["一", ">6.5", "一"]), ("农业科技进步贡献率", ["60", "64", "[4]"])]
    assert [column.year for column in tables[0].columns] == [2020, 2025, 2025]
    assert find_tables(_lines("说明 |\n2020年 |\n2025年 |\n其他 |\n60 |\n64 |\n")) == []


NUMBERED_PLAN_TABLE = ("表:某市“十四五”规划主要指标\n序号 |\n指 标 |\n单位 |\n属性 |\n“十四五”目标 |\n|\n2025年 |\n年均[累计] |\n"
                       "||||\n1 |\n全市生产总值年均增长率 |\n% |\n预期性 |\n- |\n6左右 |\n2 |\n全员劳动生产率 |\n万元/人 |\n"
                       "预期性 |\n28左右 |\n|\n3 |\n新增企业总部数量 |\n家 |\n预期性 |\n- |\n[累计达到500] |\n4 |\n"
                       "居民人均可支配收入增长 |\n% |\n预期性 |\n- |\n与经济增长同步 |\n5 |\n森林覆盖率 |\n% |\n约束性 |\n"
                       "18.5 |\n- |\n6 |\n城乡居民收入比 |\n/ |\n预期性 |\n2.2 |\n- |\n注:[]内为五年累计数。\n")


def test_a_numbered_table_one_cell_per_line_with_unit_and_attribute_before_one_year_column():
    """A five-year plan's indicator table one cell per line (heldout45 n01's layout): 序号 / 指标 / 单位 / 属性, a group
    header over one year column and a span-change column, then per row its number, label, unit, attribute and two
    cells. A cell in words ("与经济增长同步", "[累计达到500]") keeps its column, an empty one (a lone pipe) gives none; the
    next row starts at the next number."""
    tables = find_tables(_lines(NUMBERED_PLAN_TABLE))
    assert len(tables) == 1
    table = tables[0]
    assert [(column.year, column.growth) for column in table.columns] == [(2025, False), (2025, True)]
    assert [(row.row_number, row.indicator, row.unit, row.attribute, [cell.line.text for cell in row.cells])
            for row in table.rows] == [
        ("1", "全市生产总值年均增长率", "%", "预期性", ["-", "6左右"]),
        ("2", "全员劳动生产率", "万元/人", "预期性", ["28左右"]),
        ("3", "新增企业总部数量", "家", "预期性", ["-", "[累计达到500]"]),
        ("4", "居民人均可支配收入增长", "%", "预期性", ["-", "与经济增长同步"]),
        ("5", "森林覆盖率", "%", "约束性", ["18.5", "-"]), ("6", "城乡居民收入比", "", "预期性", ["2.2", "-"])]
    assert table.caption == "表:某市“十四五”规划主要指标"


def test_one_year_column_alone_does_not_make_a_table():
    """One year header with no 指标 / 单位 / 属性 header and no change column stays prose (a heading year over a list)."""
    assert find_tables(_lines("2025年 |\n新建学校 |\n12 |\n新增学位 |\n6000 |\n改造校舍 |\n30 |\n备注 |\n")) == []


def test_a_bulletin_table_with_a_name_header_and_an_empty_cell_opening_each_row():
    """A statistical bulletin's table one cell per line (heldout8 m05's layout): "行业名称 |" heads the label column
    (any short "…名称" does, as 指标 does), named value columns follow, and each row opens with a lone pipe; an empty
    cell inside a row keeps its column."""
    text = ("表1 某县2016年地区生产总值构成表\n|\n行业名称 |\n现价 (万元) |\n增速 (%) |\n行业占 比(%) |\n|\n"
            "地区生产总值 |\n529757 |\n13.1 |\n100 |\n|\n第一产业 |\n138062 |\n|\n26.1 |\n|\n第二产业 |\n130344 |\n13.1 |\n"
            "24.6 |\n")
    tables = find_tables(_lines(text))
    assert len(tables) == 1
    assert tables[0].caption == "表1 某县2016年地区生产总值构成表"
    assert [column.header.text for column in tables[0].columns] == ["现价 (万元)", "增速 (%)", "行业占 比(%)"]
    assert [(row.indicator, [(cell.column.header.text[:2], cell.line.text) for cell in row.cells])
            for row in tables[0].rows] == [
        ("地区生产总值", [("现价", "529757"), ("增速", "13.1"), ("行业", "100")]),
        ("第一产业", [("现价", "138062"), ("行业", "26.1")]),
        ("第二产业", [("现价", "130344"), ("增速", "13.1"), ("行业", "24.6")])]


def test_a_table_of_indicator_columns_whose_year_cell_a_scrape_split_onto_its_own_line():
    """A plan's small indicator table written across (heldout45 n03's layout): a row of indicator names with | between
    them, the year cell of the next row on a line of its own ("2022 年 目 标 值 |", spaced), then that row's values,
    then the 属性 row; the first cell of the names row ("主 要 指 标 |") sits on the line above it, as a caption. A cell's
    unit may be three characters or a rate ("32亿人次", "5.5万元/人")."""
    text = ("主 要 指 标 |\n粮食综合生产能力 | 农业科技进步贡献率 | 农产品加工产值与农业产值比 | 农业劳动生产率 | "
            "乡村旅游接待人数 |\n2022 年 目 标 值 |\n>6亿吨 | 61.5% | 2.5 | 5.5万元/人 | 32亿人次 |\n"
            "属 性 | 约束性 | 预期性 | 预期性 | 预期性 | 预期性 |\n下一段正文。\n")
    tables = find_tables(_lines(text))
    assert len(tables) == 1
    table = tables[0]
    assert table.years_in_rows and [(c.year, c.role_word) for c in table.columns] == [(2022, "目标值")]
    assert [(row.indicator, row.attribute, [cell.line.text for cell in row.cells]) for row in table.rows] == [
        ("粮食综合生产能力", "约束性", [">6亿吨"]), ("农业科技进步贡献率", "预期性", ["61.5%"]),
        ("农产品加工产值与农业产值比", "预期性", ["2.5"]), ("农业劳动生产率", "预期性", ["5.5万元/人"]),
        ("乡村旅游接待人数", "预期性", ["32亿人次"])]
    assert find_tables(_lines("甲 | 乙 | 丙 |\n说明文字 |\n1 | 2 | 3 |\n")) == []


def test_rows_under_a_category_cell_merged_across_them_are_placed_from_their_item_number():
    """A district's health-plan indicator table (heldout129 n01): its 类别 cell spans several rows, so the rows after
    the first lack it ("2 | 婴儿死亡率 | ‰ | <5"); their item number meets the 序号 column, and so every cell its own."""
    text = ("类别 | 序号 | 指标名称 | 单位 | 2025年 |\n"
            "健康水平 指标 | 1 | 人均期望寿命 | 岁 | 83 |\n"
            "2 | 婴儿死亡率 | ‰ | <5 | |\n"
            "3 | 居民健康素养水平 | % | 40 | |\n")
    table = find_tables(_lines(text))[0]
    assert [(r.indicator, r.unit, [(c.column.year, c.line.text) for c in r.cells]) for r in table.rows] == [
        ("人均期望寿命", "岁", [(2025, "83")]), ("婴儿死亡率", "‰", [(2025, "<5")]), ("居民健康素养水平", "%", [(2025, "40")])]


def test_rows_under_a_merged_category_cell_without_item_numbers_meet_their_unit_and_attribute_columns():
    """A plan's indicator table whose 类别 cell spans rows and which has no 序号: a shorter row's unit and attribute
    meet the 单位 and 属性 columns only when placed from the second column, so its values meet their years."""
    text = ("类别 | 指标 | 单位 | 2020年 | 2025年 | 属性 |\n"
            "经济发展 | 地区生产总值 | 亿元 | 100 | 150 | 预期性 |\n"
            "人均生产总值 | 元 | 5000 | 7000 | 预期性 |\n")
    table = find_tables(_lines(text))[0]
    assert [(r.indicator, r.unit, [(c.column.year, c.line.text) for c in r.cells]) for r in table.rows] == [
        ("地区生产总值", "亿元", [(2020, "100"), (2025, "150")]), ("人均生产总值", "元", [(2020, "5000"), (2025, "7000")])]


def test_a_list_of_targets_with_the_bodies_that_answer_for_them_keeps_every_row():
    """A county's list of an action plan's targets and who answers for each (heldout258 n03), one cell per line with
    a scrape's " |" after each: text columns after the year columns (牵头单位, 责任单位, whose cells run long), a value
    cell with a note in brackets (78.2(2021年), 35(邵阳市)), and the header again after a page break. Every row is
    read, the notes and the bodies' names are no values."""
    head = ["序号", "指标名称", "单位", "2022年", "2025年", "2027年", "牵头单位", "责任单位"]
    rows = [["1", "人均预期寿命", "岁", "78.2(2021年)", "≥79.2", "≥80", "县卫健局",
             "县文旅广体局、县烟草局、市生态环境局绥宁分局、县农业农村局、县住建局、县城管局、县市场监管局、县发改局、"
             "县医保局、县民政局、县教育局、县应急局、县交警大队等单位,各乡镇人民政府"],
            ["2", "居民健康素养水平", "%", "21.6", "≥31.5", "≥33", "县卫健局", "县疾控中心,各乡镇人民政府"],
            ["3", "总体癌症5年生存率", "%", "35(邵阳市)", "≥38", "≥40", "县卫健局", "县疾控中心、县人民医院,各乡镇人民政府"],
            head,
            ["4", "5岁以下儿童死亡率", "‰", "6.07", "持续改善", "持续改善", "县卫健局", "县妇计中心,各乡镇人民政府"]]
    text = "绥宁县人均预期寿命提升行动计划主要目标责任清单\n" + "".join(f"{cell} |\n" for row in [head, *rows] for cell in row)
    tables = find_tables(_lines(text))
    assert len(tables) == 1
    found = [(row.label.text, row.unit, [cell.line.text for cell in row.cells]) for row in tables[0].rows]
    assert found == [("人均预期寿命", "岁", ["78.2(2021年)", "≥79.2", "≥80"]),
                     ("居民健康素养水平", "%", ["21.6", "≥31.5", "≥33"]),
                     ("总体癌症5年生存率", "%", ["35(邵阳市)", "≥38", "≥40"]),
                     ("5岁以下儿童死亡率", "‰", ["6.07", "持续改善", "持续改善"])]


PROGRESS = """2017年1—11月十大民生工程项目实施进度表

序号

项 目 内 容

目标任务

市级牵头

责任单位

进度

完成目标

(%)

1

促进城乡劳动者就业创业

城镇新增就业(人)

26000

市人力资源

社会保障局

32095

123.4

超额完成

2

城镇登记失业率低于(%)

4.3

4.17

103.1

超额完成
"""


def test_a_table_of_numbered_tasks_and_their_progress_pairs_each_label_with_its_task_and_progress():
    """A progress table of a city's livelihood projects flattened to one cell per line (heldout54 n01): each numbered
    row's first value is its task's (目标任务), the next its progress' (进度), past the bodies responsible; the share
    done (完成目标 %) and the notes stay prose, so their lines are not taken."""
    lines = _lines(PROGRESS)
    (table,) = find_tables(lines)
    assert table.caption == "2017年1—11月十大民生工程项目实施进度表"
    rows = [(row.indicator, row.unit, [(c.line.text, c.column.header.text) for c in row.cells]) for row in table.rows]
    assert rows == [
        ("城镇新增就业", "人", [("26000", "目标任务"), ("32095", "进度")]),
        ("城镇登记失业率低于", "%", [("4.3", "目标任务"), ("4.17", "进度")])]
    taken = {lines[k].text for k in table.line_ids}
    assert taken == {"26000", "32095", "4.3", "4.17"}
    assert not find_tables(_lines(PROGRESS.replace("\n进度\n", "\n备注\n")))


def test_a_short_sentence_between_two_short_cells_is_a_cell_and_the_rows_after_it_are_read():
    """A progress table whose row reports its progress in a sentence (heldout54 n01: "团市委 / 发放一次性创业补贴262万元,
    争取创业补贴、贷款537万元。/ 达到时间进度"): the sentence is a cell of words, so the rows after it stay in the table;
    a sentence of prose after a table still ends it."""
    words_row = ("3\n\n对在校大学生创业给予补贴等政策扶持\n\n应补尽补\n\n团市委\n\n发放一次性创业补贴262万元,争取贷款537万元。"
                 "\n\n达到时间进度\n\n4\n\n促进大学生创业(人)\n\n260\n\n团市委\n\n262\n\n100.8\n\n超额完成\n")
    (table,) = find_tables(_lines(PROGRESS + "\n" + words_row))
    assert [(row.indicator, [c.line.text for c in row.cells]) for row in table.rows][-1] == ("促进大学生创业", ["260", "262"])
    prose = PROGRESS + "\n以上各项工作均已按进度推进,全市民生工程总体进展顺利,群众满意度较高。\n\n" + words_row.replace("3\n", "", 1)
    assert [len(t.rows) for t in find_tables(_lines(prose))] == [2]


def test_a_breakdown_of_targets_by_part_of_a_place_one_cell_per_line():
    """A city's breakdown of its year's targets by district (heldout186 n12: 序号 / 指标名称 / 单位 / 苏州市 / 张家港 / …):
    a column per part, named by words only; a row whose cell split over two lines (与上年 / 持平) is passed over and
    the rows after it are read."""
    header = ["某市主要预期指标分解表", "序号", "指标名称", "单位", "全市", "东城区", "西城区", "南湖区"]
    body = ["1", "地区生产总值", "增幅(%)", "7左右", "7以上", "6.5", "7", "2", "全社会固定资产投资", "亿元", "与上年持平",
            "与上年", "持平", "增长5%", "与上年持平", "3", "城镇新增就业", "万人", "2.1", "0.6", "0.5", "0.4"]
    tables = find_tables(_lines("\n\n".join(header + body) + "\n"))
    assert len(tables) == 1 and tables[0].caption == "某市主要预期指标分解表"
    assert [c.header.text for c in tables[0].columns] == ["全市", "东城区", "西城区", "南湖区"]
    rows = [(r.indicator, r.unit, [c.line.text for c in r.cells]) for r in tables[0].rows]
    assert rows == [("地区生产总值", "%", ["7左右", "7以上", "6.5", "7"]), ("城镇新增就业", "万人", ["2.1", "0.6", "0.5", "0.4"])]
    two_parts = header[:4] + header[6:] + ["1", "地区生产总值", "增幅(%)", "7", "6.5", "2", "城镇新增就业", "万人", "0.5", "0.4"]
    assert not find_tables(_lines("\n\n".join(two_parts) + "\n"))


def test_a_two_level_header_repeats_its_measures_under_each_year():
    """A province's zoning table (heldout302 n05: "2020年 | / 2030年 | / || / 面积指标(平方公里) | / 占陆域空间比例 | / …"):
    the same sub-headers under each year make a column per year and measure; a line of pipes only (a merged cell)
    keeps the cells' block, whose " |" are taken off, and an empty cell before the first row is passed over."""
    cells = ["表:某省各类功能区汇总表", "空间类型 |", "2020年 |", "2030年 |", "||", "面积指标(平方公里) |", "占陆域空间比例 |",
             "面积指标(平方公里) |", "占陆域空间比例 |", "|", "一级生态功能区 |", "11535 |", "33.6% |", "11600 |", "33.8% |",
             "开发功能区 |", "3571 |", "10.4% |", "3699 |", "10.8% |"]
    (table,) = find_tables(_lines("\n".join(cells) + "\n"))
    assert [(c.year, c.name, c.unit) for c in table.columns] == [
        (2020, "面积指标", "平方公里"), (2020, "占陆域空间比例", ""), (2030, "面积指标", "平方公里"), (2030, "占陆域空间比例", "")]
    rows = [(r.indicator, [(c.line.text, c.column.year, c.column.name) for c in r.cells]) for r in table.rows]
    assert rows[1] == ("开发功能区", [("3571", 2020, "面积指标"), ("10.4%", 2020, "占陆域空间比例"),
                                      ("3699", 2030, "面积指标"), ("10.8%", 2030, "占陆域空间比例")])


def test_a_row_with_one_cell_per_year_of_a_two_level_header_puts_each_under_its_year():
    """A city's plan-execution table (heldout568 n02: "2015年目标 / 2015年实绩 / 绝对值 / 增速(%) / 绝对值 / 增速(%)"):
    a row of four cells fills the four columns; a row of two (居民消费价格指数 / % / 103左右 / 100.7) gives one to each
    year's first column, the target's and the result's."""
    cells = ["表一 某市计划主要指标完成情况", "指标名称", "单位", "2015年目标", "2015年实绩", "绝对值", "增速(%)", "绝对值", "增速(%)",
             "全市生产总值", "亿元", "4620", "7以上", "4619.8", "8.3", "居民消费价格指数", "%", "103左右", "100.7",
             "固定资产投资", "亿元", "3420", "12以上", "3456.4", "13.2"]
    (table,) = find_tables(_lines("\n\n".join(cells) + "\n"))
    rows = {r.indicator: [(c.line.text, c.column.role_word, c.column.name) for c in r.cells] for r in table.rows}
    assert rows["全市生产总值"] == [("4620", "目标", "绝对值"), ("7以上", "目标", "增速"), ("4619.8", "实绩", "绝对值"),
                                   ("8.3", "实绩", "增速")]
    assert rows["居民消费价格指数"] == [("103左右", "目标", "绝对值"), ("100.7", "实绩", "绝对值")]
    assert rows["固定资产投资"][3] == ("13.2", "实绩", "增速")


def test_a_table_of_tasks_in_words_pairs_each_task_with_its_results():
    """A city's results of its year's practical projects (heldout492 n06: 序号 / 实事项目名称 / 完成情况 / 占全年计划, then
    "1 / 新增4000张养老床位 / 4385 / 110%", sub-rows under one number) and a county's progress of its unfinished ones
    (heldout54 n02: 序号 / 项目内容 / 当前进度 / 牵头单位 / 备注, a progress with its note): each task's words head a row
    of its results; a row number is no result; the task's words stay prose (their numbers are read there)."""
    cells = ["某市为民办实事项目完成情况", "序号", "实事项目名称", "完成情况", "占全年计划", "1", "新增4000张养老床位", "4385",
             "110%", "改建3000张认知障碍照护床位", "3210", "107%", "2", "新增30个社区长者食堂", "39", "130%"]
    (table,) = find_tables(_lines("\n\n".join(cells) + "\n"))
    assert table.caption == "某市为民办实事项目完成情况" and table.task_labels
    rows = [(r.label.text, [(c.line.text, c.column.header.text) for c in r.cells]) for r in table.rows]
    assert rows[2] == ("新增30个社区长者食堂", [("39", "完成情况"), ("130%", "占全年计划")])
    taken = {_lines("\n\n".join(cells) + "\n")[k].text for k in table.line_ids}
    assert "新增4000张养老床位" not in taken and {"2", "4385", "占全年计划"} <= taken
    progress = ["序号", "项目内容", "当前进度", "牵头单位", "备注", "1", "新建公办园5所,新增公办学位1000个。",
                "80%(新区实验幼儿园进度滞后)", "县教育局", "市民生实事", "2", "建设四好农村路55公里。", "95%", "县交通局",
                "县民生实事", "3", "推进县职业中专扩容提升。", "22%(严重滞后)", "县教育局", "县民生实事"]
    (table,) = find_tables(_lines("\n\n".join(progress) + "\n"))
    assert [(r.label.text, [c.line.text for c in r.cells]) for r in table.rows] == [
        ("新建公办园5所,新增公办学位1000个。", ["80%(新区实验幼儿园进度滞后)"]), ("建设四好农村路55公里。", ["95%"]),
        ("推进县职业中专扩容提升。", ["22%(严重滞后)"])]


def test_a_table_whose_cells_a_scrape_parted_by_lines_of_a_bare_pipe():
    """"序号 / | / 主要指标 / | / 2022年 / | / 2025年 / | / 1 / | / …" (heldout302 n12, a city's fitness plan): a line
    that is only a pipe parts the cells and is none; the table is read as without them."""
    piped = "\n|\n".join(["主要指标目标表", "序号", "主要指标", "2022年", "2025年", "1", "经常参加体育锻炼人数比例(%)",
                          "≥39", "≥40", "2", "人均体育场地面积(平方米)", "≥2", "≥2.1"])
    tables = find_tables(_lines("说明下表列出本规划到2025年的主要指标,供各地参照执行。\n" + piped + "\n"))
    assert len(tables) == 1
    rows = [(r.indicator, r.unit, [c.line.text for c in r.cells]) for r in tables[0].rows]
    assert rows == [("经常参加体育锻炼人数比例", "%", ["≥39", "≥40"]), ("人均体育场地面积", "平方米", ["≥2", "≥2.1"])]


def test_a_pipe_row_whose_attribute_cell_spans_the_rows_above_starts_at_the_column_of_names():
    """A district's plan-execution table (heldout436 n11): the 属性 cell spans several rows, so the later rows begin
    with the indicator's name; the name goes under 指标名称 and the values under the target and result columns, not
    one column to the left (the target read as a name's value, the result as the target)."""
    text = ("表一:某区年度主要指标完成情况\n"
            "属性 | 指标名称 | 年度目标 | 完成情况 | 评价 | |||\n"
            "预期性 | 地区生产总值 | 7%左右 | 8.1 | 完成 | |\n"
            "一般公共预算收入 | 6%以上 | 9.5% | 完成 | |||\n")
    table = find_tables(_lines(text))[0]
    assert [(r.indicator, [(c.column.header.text, c.line.text) for c in r.cells]) for r in table.rows] == [
        ("地区生产总值", [("年度目标", "7%左右"), ("完成情况", "8.1")]),
        ("一般公共预算收入", [("年度目标", "6%以上"), ("完成情况", "9.5%")])]


def test_a_pipe_header_over_sub_headers_and_a_category_opening_its_first_row():
    """A city's mid-year table of its plan's targets and results (heldout524 n09): "上半年实绩" heads the two
    sub-headers below it (绝对值, 增速(%)), and a category's cell opens the first row of its rows, before the ordinal."""
    text = ("序号 | 指标名称 | 单位 | 目标 | 上半年实绩 | |||||\n绝对值 | 增速(%) | ||||||||\n"
            "经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长6%以上 | 4297.8 | 6.2 | |||\n"
            "2 | #农林牧渔业增加值 | 亿元 | 增长4% | 77.7 | 4.2 ||||\n")
    table = find_tables(_lines(text))[0]
    assert [column.header.text for column in table.columns] == [
        "序号", "指标名称", "单位", "目标", "上半年实绩绝对值", "上半年实绩增速(%)"]
    assert [(r.indicator, r.group, [(c.column.header.text, c.line.text) for c in r.cells]) for r in table.rows] == [
        ("地区生产总值", "经济发展",
         [("目标", "增长6%以上"), ("上半年实绩绝对值", "4297.8"), ("上半年实绩增速(%)", "6.2")]),
        ("#农林牧渔业增加值", "", [("目标", "增长4%"), ("上半年实绩绝对值", "77.7"), ("上半年实绩增速(%)", "4.2")])]


def test_a_years_expected_targets_beside_what_was_done_one_cell_per_line():
    """A city's plan-execution report (read heldout596 n01): "2023年预期目标 |" and "2023年完成情况 |" head the columns
    of the year's targets and of what was done, one cell per line with a pipe after each."""
    text = ("序号 |\n指 标 名 称 |\n2023年预期目标 |\n2023年完成情况 |\n1 |\n地区生产总值 |\n增长5%左右 |\n增长4.6% |\n"
            "2 |\n固定资产投资 |\n增长5%左右 |\n增长5% |\n3 |\n社会消费品零售总额 |\n增长6% |\n增长6.4% |\n")
    tables = find_tables(_lines(text))
    assert len(tables) == 1
    assert [(column.year, column.role_word) for column in tables[0].columns] == [(2023, "预期目标"), (2023, "完成情况")]
    assert [(row.indicator, [cell.line.text for cell in row.cells]) for row in tables[0].rows] == [
        ("地区生产总值", ["增长5%左右", "增长4.6%"]), ("固定资产投资", ["增长5%左右", "增长5%"]),
        ("社会消费品零售总额", ["增长6%", "增长6.4%"])]


NUMBERED_LABELS = """上半年,全区总体实现了“时间过半、完成任务过半”。

表1:上半年主要指标完成情况

类别

指标名称

年度目标

完成情况

责任部门

高质量发展

1、地区生产总值增长率

与市保持同步

9.8%

区发改委

2、区级财政收入增长率

6%以上

28.97%

区财政局

3、四大重点培育产业占区级税收

比重

提升4个

百分点

提升3.89个百分点

区科委

4、新增税收亿元楼

3幢

年度指标

区投促办

5、城乡登记失业人数

控制在

10410人内

7919人

区人社局
"""


def test_a_table_of_numbered_labels_under_target_and_result_columns_reads_each_row_by_its_headers():
    """A district's mid-year table flattened to one cell per line with blank lines between (read heldout418 n07; the
    same shape in a city's plan report, heldout628 n05): rows are numbered in their labels (1、…); a row with one cell
    per header is read by position, so 9.8% under 完成情况 is no target though the 年度目标 cell is words; a row split
    over more lines gives its first value to the target column and its next to the result column."""
    lines = _lines(NUMBERED_LABELS)
    (table,) = find_tables(lines)
    assert table.caption == "表1:上半年主要指标完成情况"
    rows = [(row.indicator, [(c.line.text, c.column.header.text) for c in row.cells]) for row in table.rows]
    assert rows == [
        ("地区生产总值增长率", [("9.8%", "完成情况")]),
        ("区级财政收入增长率", [("6%以上", "年度目标"), ("28.97%", "完成情况")]),
        ("四大重点培育产业占区级税收", [("提升4个", "年度目标")]),
        ("新增税收亿元楼", [("3幢", "年度目标")]),
        ("城乡登记失业人数", [("10410人内", "年度目标"), ("7919人", "完成情况")])]
    assert not find_tables(_lines(NUMBERED_LABELS.replace("\n完成情况\n", "\n备忘\n")))


def test_a_numbered_table_one_cell_per_line_keeps_rows_whose_cells_are_words():
    """A results table flattened to one cell per line, each cell ending in " |", a group column left empty ("|")
    before most rows and cells in words ("保持稳定") in its value columns (heldout596 n01): every row is read, the
    words keep their columns, and no row's label becomes a group."""
    text = ("表1 某市2023年主要预期目标完成情况\n指标 分类 |\n序号 |\n指 标 名 称 |\n2023年预期目标 |\n2023年完成情况 |\n"
            "经济 发展 |\n1 |\n地区生产总值 |\n增长6%左右 |\n增长5.2% |\n"
            "2 |\n服务业增加值比重 |\n保持稳定 |\n基本稳定 |\n|\n"
            "3 |\n固定资产投资 |\n增长7% |\n增长7.5% |\n|\n"
            "民生 保障 |\n4 |\n城镇新增就业 |\n2万人 |\n2.3万人 |\n")
    tables = find_tables(_lines(text))
    assert len(tables) == 1
    rows = [(r.group, r.indicator, [c.line.text for c in r.cells]) for r in tables[0].rows]
    assert rows == [
        ("经济 发展", "地区生产总值", ["增长6%左右", "增长5.2%"]),
        ("经济 发展", "服务业增加值比重", ["保持稳定", "基本稳定"]),
        ("经济 发展", "固定资产投资", ["增长7%", "增长7.5%"]),
        ("民生 保障", "城镇新增就业", ["2万人", "2.3万人"]),
    ]


def test_a_bracketed_cumulative_cell_is_a_value_and_keeps_the_table_going():
    """A five-year plan's table flattened one cell per line whose 年均增长 column gives a span's total in brackets,
    【10.3】 or 〔3〕, with a note 注:【】为累计增加数 (heldout884 n01): the cell is a value, and the rows after it are read
    (the first bracketed cell ended the table, and every later row was read as prose)."""
    text = ("主要指标\n指 标\n2020年\n2025年\n年均增长\n粮食综合生产能力(亿斤)\n1500\n1600\n1.3%\n畜牧业产值占农业总产值之比(%)\n"
            "29.7\n40\n【10.3】\n农产品加工转化率(%)\n63\n70\n〔7〕\n规上农产品加工企业数量(个)\n1612\n2150\n5.9%\n")
    table = find_tables(_lines(text))[0]
    assert [(r.indicator, [c.line.text for c in r.cells]) for r in table.rows] == [
        ("粮食综合生产能力", ["1500", "1600", "1.3%"]), ("畜牧业产值占农业总产值之比", ["29.7", "40", "【10.3】"]),
        ("农产品加工转化率", ["63", "70", "〔7〕"]), ("规上农产品加工企业数量", ["1612", "2150", "5.9%"])]
