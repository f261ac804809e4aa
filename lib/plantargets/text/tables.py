"""Rebuild tables that a capture flattened to one cell per line.

A table is a run of short lines whose first cells include at least two year headers (``2020年``, ``2025``), or
one under a ``指标`` header with a ``单位`` or ``属性`` header. Header cells give the year columns (a ``(预测)`` cell
marks the column before it as a forecast), a unit column and an attribute column (``属性``); then each row is
[row number] label [unit] [约束性|预期性] value… [约束性|预期性], and a label followed by another label (or a row
number) is a group row. Lines a table does not consume stay prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from plantargets.paths import codebook_rows, phrase_words
from plantargets.pattern_cache import compile_pattern
from plantargets.text.segment import Line, heading_level

MAX_CELL_LENGTH = 40
MAX_PIPED_CELL_LENGTH = 160  # a cell a scrape ended with " |", in a block of such lines
MAX_LABEL_LENGTH = 30
# a year column's header: "2025年", "2025年(预测)", and with a word naming the column's role ("2020年基期值",
# "2025年目标值": codebook phrase_words year_column_word)
_YEAR_COLUMN_WORD = phrase_words("year_column_word")
# and a note in brackets after it, which names no role ("2020年 (行业测算数据)": the estimate a plan is based on)
_YEAR_HEADER = compile_pattern(rf"^((?:19|20)\d{{2}})\s*年?(?:末|底)?\s*(?:[((]?(?:{_YEAR_COLUMN_WORD})[))]?)?"
                               r"(?:\s*[((](预测|预计|目标)[))]|\s*[((][\u4e00-\u9fff]{2,20}[))])?$")
_FORECAST_MARK = compile_pattern(r"^[((]?(预测|预计|目标值?)[))]?$")
_ATTRIBUTE = compile_pattern(r"^(约束性|预期性)$")
# A value cell: an optional comparator sign or change verb (codebook phrase_words, role growth_verb), the number,
# a unit, a comparator word (">85%", "99%以上", "12.3年以上", "增长5%左右" in a target/outcome table).
_CHANGE_VERB = phrase_words("growth_verb")
_CELL_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # a cell's number, its thousands perhaps set apart (2,242.6)
VALUE_CELL = compile_pattern(rf"^[\[((【〔]?(?P<cmp>[<>≥≤=]{{0,2}})\s*(?P<verb>{_CHANGE_VERB})?\s*"
                             rf"(?P<num>-?{_CELL_NUMBER})\s*"
                             r"(?P<unit>%|‰|(?!及以上|以上|及以下|以下|以内|左右)[\u4e00-\u9fff]{1,3}?(?:/[\u4e00-\u9fff]{1,2})?)?\s*"
                             r"(?P<suffix>及以上|以上|及以下|以下|以内|左右)?"
                             r"(?P<note>[((][^()()\d]{0,6}(?:\d{4}\s*年)?[^()()\d]{0,6}[))])?"  # 78.2(2021年), 35(邵阳市)
                             r"[\]))】〕]?$")  # [4], (9), 【10.3】, 〔3〕: a span's total
_VALUE = VALUE_CELL
_EMPTY_VALUE = compile_pattern(r"^(?:[-—–/／]+|一)$")  # 一 alone: a dash a converter read as the numeral (heldout90 n09)
_ROW_NUMBER = compile_pattern(r"^\d{1,2}$")
_ROW_NUMBER_IN_LABEL = compile_pattern(r"^\s*\d{1,2}\s*[.、．]\s*")
_UNIT_IN_LABEL = compile_pattern(r"[((]([^()()]{1,6})[))]\s*$")


def _unit_in_label(text: str) -> str:
    """The unit a label or header ends with in brackets ("学前三年毛入园率(%)" → "%"), else ''."""
    found = _UNIT_IN_LABEL.search(text)
    return found.group(1) if found else ""
_CAPTION = compile_pattern(r"^(表\s*\d+|.{2,40}(主要指标|具体指标|主要目标|指标体系|指标表))")


@dataclass
class TableColumn:
    year: int | None  # a year column ("2025年"), or None for a named one ("投资(万元)", "比上年增长(%)")
    forecast: bool
    header: Line
    role_word: str = ""  # the word naming a year column's role ("2020年目标值", "2020年完成值"), if any
    growth: bool = False  # the growth over the year before of the year column it follows ("2020年 / 增长%")
    measure: Line | None = None  # the sub-header under a year naming what the column gives ("2020年 / 面积 / 比例")

    @property
    def name(self) -> str:
        """A named column's header without its unit; a year column's measure (its sub-header), if it has one."""
        named = self.header if self.year is None else self.measure
        return _UNIT_IN_LABEL.sub("", named.text).strip() if named is not None else ""

    @property
    def unit(self) -> str:
        named = self.header if self.year is None else self.measure
        return _unit_in_label(named.text) if named is not None else ""


@dataclass
class TableCell:
    line: Line
    column: TableColumn


@dataclass
class TableRow:
    """One indicator row of a rebuilt table, with the cells of its year columns."""

    caption: str
    label: Line
    group: str
    row_number: str
    unit: str  # from the label's "(%)" or the header; cells may carry their own
    cells: list[TableCell] = field(default_factory=list)
    attribute: str = ""
    missing_cells: int = 0

    @property
    def indicator(self) -> str:
        return _ROW_NUMBER_IN_LABEL.sub("", _UNIT_IN_LABEL.sub("", self.label.text)).strip()


@dataclass
class Table:
    caption: str
    columns: list[TableColumn]
    rows: list[TableRow]
    line_ids: set[int]  # positions (in the document's line list) the table consumed
    years_in_rows: bool = False  # a series: one line per year, each column after it an indicator
    task_labels: bool = False  # its rows' labels are tasks in words whose numbers are what each row was set


def is_value_cell(text: str) -> bool:
    return bool(_VALUE.match(text)) or bool(_EMPTY_VALUE.match(text))


def _is_cell(line: Line, piped: bool = False) -> bool:
    """A line short enough to be a cell; a short numbered line ("一、发展水平", "1.学前教育毛入园率(%)") may be a
    table's group or row label, so it does not end a run (a run only becomes a table under year headers). A cell a
    scrape ended with " |" among others (``piped``) may be longer: a list of the bodies that answer for a row."""
    text = line.text
    return len(text) <= (MAX_PIPED_CELL_LENGTH if piped else MAX_CELL_LENGTH) \
        and not text.endswith(("。", ";", ":", ",")) and (
        line.heading_level is None or line.heading_level >= 3 and len(text) <= MAX_LABEL_LENGTH
        or _CAPTION.match(text) is not None
    )


MAX_SENTENCE_CELL_LENGTH = 60
MAX_SHORT_CELL_LENGTH = 12


def _sentence_between_cells(lines: list[Line], position: int, piped: set[int]) -> bool:
    """A short sentence between two short cells ("团市委 / 发放一次性创业补贴262万元。/ 达到时间进度") or a value cell with
    its note ("1 / 新建公办园5所。/ 80%(进度滞后)"): a table's cell of words (a row's progress, its project's contents),
    which does not end the run of cells it stands in."""
    text = lines[position].text
    if len(text) > MAX_SENTENCE_CELL_LENGTH or not text.endswith("。") or not 0 < position < len(lines) - 1:
        return False
    return all(_is_cell(lines[k], k in piped) and (len(lines[k].text) <= MAX_SHORT_CELL_LENGTH
                                                   or _result_cell(lines[k]) is not None)
               for k in (position - 1, position + 1))


def _is_label(text: str) -> bool:
    return (bool(re.search(r"[\u4e00-\u9fff]", text)) and not is_value_cell(text)
            and not _ATTRIBUTE.match(text) and not _FORECAST_MARK.match(text))


def find_tables(lines: list[Line]) -> list[Table]:
    """All flattened tables among a document's lines: one cell per line, or one row per line."""
    tables = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        row_table = _parse_pipe_year_rows(lines, i) or _parse_pipe_split_year_rows(lines, i) \
            or _parse_pipe_table(lines, i) or _parse_row_lines(lines, i)
        if row_table:
            tables.append(row_table)
            taken |= row_table.line_ids
            i = max(row_table.line_ids) + 1
        else:
            i += 1
    cells, piped = _trailing_pipes_dropped(lines)
    i = 0
    while i < len(cells):
        j, run = i, []
        while j < len(cells) and j not in taken:
            if not _BARE_PIPE.match(cells[j].text):  # a pipe alone parts cells and is none
                if not _is_cell(cells[j], j in piped) and not _sentence_between_cells(cells, j, piped):
                    break
                run.append(j)
            j += 1
        table = (_parse_run(cells, run) or _parse_named_run(cells, run) or _parse_progress_run(cells, run)
                 or _parse_numbered_label_run(cells, run) or _parse_parts_run(cells, run)
                 or _parse_task_text_run(cells, run)) if len(run) >= 6 else None
        if table:
            tables.append(table)
        i = max(j, i + 1)
    return tables


# A line that is a pipe and nothing else: a scrape's mark between the cells of a table flattened to one cell per line
# ("序号 / | / 主要指标 / | / 2022年 / | / 2025年"), no cell of its own
_BARE_PIPE = compile_pattern(r"^\s*\|\s*$")
_BARE_PIPES = compile_pattern(r"^\s*\|+\s*$")
MIN_PIPED_CELLS = 8  # lines in a row ending in " |" before they are read as one cell each
_TRAILING_PIPE = compile_pattern(r"\s*\|\s*$")


def _pipe_ended(text: str) -> bool:
    """Whether a line ends in its only "|" (a text without one is not searched: most lines hold none)."""
    return "|" in text and _TRAILING_PIPE.search(text) is not None and "|" not in _TRAILING_PIPE.sub("", text)


def _trailing_pipes_dropped(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """The lines, with the " |" a scrape put after each cell of a table flattened to one cell per line taken off
    where MIN_PIPED_CELLS lines or more in a row end with it ("指标 |", "2020年基期值 |", "60 |": heldout90 n09); the
    text left is a prefix of the line's, so its offsets hold. With the indices of the lines it took the " |" off."""
    # (a line of pipes only, a merged header cell's "||", goes on with the block)
    piped = [_pipe_ended(line.text) or bool(_BARE_PIPES.match(line.text)) for line in lines]
    out, dropped = list(lines), set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and piped[j]:
            j += 1
        if j - i >= MIN_PIPED_CELLS:
            for k in range(i, j):
                text = _TRAILING_PIPE.sub("", lines[k].text)
                out[k] = replace(lines[k], text=text, end=lines[k].start + len(text))
            dropped.update(range(i, j))
        i = max(j, i + 1)
    return out, dropped


def _sub_row_block(cells: list[Line], position: int, n_columns: int) -> tuple[list[int], list[int]] | None:
    """Sub-rows flattened column by column: k ≥ 2 labels ("其中:小学", "初中") then k × columns value cells.
    Returns the positions of the labels and of the values, or None."""
    labels = []
    k = position
    while k < len(cells) and _is_label(cells[k].text) and not _ATTRIBUTE.match(cells[k].text) and len(labels) < 6:
        labels.append(k)
        k += 1
    if len(labels) < 2:
        return None
    values = list(range(k, k + len(labels) * n_columns))
    if values[-1] >= len(cells) or not all(is_value_cell(cells[v].text) for v in values):
        return None
    return labels, values


MAX_UNIT_CELL = 8
MIN_YEAR_HEADERS = 2  # year headers among a run's first cells; one will do under 指标 / 单位 / 属性 headers
_EMPTY_HEADER = compile_pattern(r"^\|*$")  # an empty header cell, or the pipes of a merged one ("||||")


_NAME_HEADER_WORDS = r"指\s*标|[\u4e00-\u9fff]{1,4}名称|项\s*目"  # 指标名称, 行业名称, 产品名称
_NAME_HEADER = compile_pattern(rf"^(?:{_NAME_HEADER_WORDS})$")  # the column of names
_LABEL_HEADER = compile_pattern(rf"^(?:{_NAME_HEADER_WORDS}|类\s*别)$")  # … or of their category
_UNIT_HEADER = compile_pattern(r"^(?:单\s*位|计量单位)$")
_TEXT_COLUMN_HEADER = compile_pattern(rf"^(?:{phrase_words('text_column_header')})$")  # 牵头单位, 责任单位
_ATTRIBUTE_HEADER = compile_pattern(r"^(?:属\s*性|指标属性)$")
# a column giving the growth of the year column before it: "2019年 / 增长% / 2020年 / 增长%"
# a plan table's change over its span: "年均增(5年累计)", "年均[累计]" (heldout90 n09)
_SPAN_CHANGE_HEADER = compile_pattern(r"^年均(?:增长?|增速)?\s*(?:[((\[][^()()\[\]]{1,8}[))\]])?$")
_GROWTH_HEADER = compile_pattern(r"^(?:比上年|同比)?(?:增长|增速|增幅|增减)率?\s*(?:[((]\s*[%±]*\s*[))]|[%±]{1,2})?$"
                                 rf"|{_SPAN_CHANGE_HEADER.pattern}")
_VALUE_HEADER = compile_pattern(r"(?:绝对数|绝对值|总量|数量|金额|数值|增长|增速|增幅|比重|占比|完成|目标|计划|投资|规模|"
                                r"[((](?:%|‰|[\u4e00-\u9fff]{1,4})[))])")


def _parse_named_run(lines: list[Line], run: list[int]) -> Table | None:
    """A one-cell-per-line table with named columns, as statistical bulletins print them: 指标 / 单位 /
    绝对数 / 比上年增长(%) headers, then per row its label, its unit and one cell per value column."""
    cells = [lines[k] for k in run]
    start = next((i for i, c in enumerate(cells[:12]) if _LABEL_HEADER.match(c.text)), None)
    if start is None:
        return None
    # the header cells after 指标, in order: a unit column, an attribute column (属性), the value columns
    position, slots, columns = start + 1, [], []
    while position < len(cells) and not is_value_cell(cells[position].text):
        text = cells[position].text
        if _EMPTY_HEADER.match(text):  # the lone pipe that opens a row
            position += 1
            break
        if _UNIT_HEADER.match(text) and not columns and "unit" not in slots:
            slots.append("unit")
        elif _ATTRIBUTE_HEADER.match(text) and "attribute" not in slots:
            slots.append("attribute")
        elif _VALUE_HEADER.search(text) and len(text) <= MAX_LABEL_LENGTH:
            columns.append(TableColumn(None, False, cells[position]))
            slots.append(columns[-1])
        else:
            break
        position += 1
    if not columns:
        return None
    above = next((k for k in range(start - 1, -1, -1) if not _EMPTY_HEADER.match(cells[k].text)), None)
    caption = cells[above].text if above is not None else ""
    consumed = {run[k] for k in range(start if above is None else above, position)}
    rows: list[TableRow] = []
    width = 1 + len(slots)
    values_first = width - len(columns)  # the label, unit and attribute cells before a row's values
    # the run's last row may be cut short after its first value (a capture that stops inside the table)
    while position + width <= len(cells) or rows and len(cells) - position > values_first:
        opening = position
        while position + width < len(cells) and _EMPTY_HEADER.match(cells[position].text):
            position += 1  # "|" on a line of its own before each row's label
        label, *rest = cells[position:position + width]
        unit = next((cell.text for slot, cell in zip(slots, rest) if slot == "unit"), "")
        attribute = next((cell.text for slot, cell in zip(slots, rest) if slot == "attribute"), "")
        values = [(cell, slot) for slot, cell in zip(slots, rest) if isinstance(slot, TableColumn)]
        if not _is_label(label.text) or ("unit" in slots and (is_value_cell(unit) or len(unit) > 6)) \
                or ("attribute" in slots and not _ATTRIBUTE.match(attribute)) \
                or not all(is_value_cell(c.text) or _EMPTY_HEADER.match(c.text) for c, _column in values):
            break
        row = TableRow(caption, label, "", "", unit.strip("()()"), attribute=attribute)
        row.cells = [TableCell(c, column) for c, column in values if VALUE_CELL.match(c.text)]
        row.missing_cells = len(columns) - len(values)
        rows.append(row)
        consumed.update(run[k] for k in range(opening, min(position + width, len(cells))))
        position += width
    if len(rows) < 2:
        return None
    return Table(caption, columns, rows, consumed)


# A table of tasks and their progress flattened to one cell per line ("序号 / 项目内容 / 目标任务 / 责任单位 / 进度 /
# 完成目标 / (%)", then "1 / 城镇新增就业(人) / 26000 / 市人力资源 / 社会保障局 / 32095 / 123.4 / 超额完成"): headers naming
# a task column and a progress column (codebook phrase_words task_value_header, progress_value_header), numbered rows
_TASK_VALUE_HEADER = compile_pattern(rf"^(?:{phrase_words('task_value_header')})$")
_PROGRESS_VALUE_HEADER = compile_pattern(rf"^(?:{phrase_words('progress_value_header')})$")
_NUMBERED_ROW = compile_pattern(r"^(\d{1,3})\*?$")  # "9*": a row number with a footnote mark
MIN_PROGRESS_ROWS = 2


def _parse_progress_run(lines: list[Line], run: list[int]) -> Table | None:
    """A one-cell-per-line table of numbered tasks: each row's first value is its task (the task column's), its
    next its progress, whatever text cells (the bodies responsible) stand between; a value after those (the share
    of the task done) and the row's text cells stay prose."""
    cells = [lines[k] for k in run]
    first_row = next((i for i, c in enumerate(cells) if c.text.rstrip("*") == "1"), None)
    if first_row is None:
        return None
    headers = cells[:first_row]
    task = next((c for c in headers if _TASK_VALUE_HEADER.match(c.text)), None)
    progress = next((c for c in headers if _PROGRESS_VALUE_HEADER.match(c.text)), None)
    if task is None or progress is None or progress.start < task.start:
        return None
    columns = [TableColumn(None, False, task), TableColumn(None, False, progress)]
    caption = next((c.text for c in reversed(headers) if c.start < task.start and c.text.endswith("表")), "")
    rows: list[TableRow] = []
    consumed: set[int] = set()
    position, number = first_row, 0
    while position < len(cells):
        numbered = _NUMBERED_ROW.match(cells[position].text)
        if not numbered or int(numbered.group(1)) != number + 1:
            position += 1
            continue
        number += 1
        end = next((k for k in range(position + 1, len(cells)) if (m := _NUMBERED_ROW.match(cells[k].text))
                    and int(m.group(1)) == number + 1 and k + 1 < len(cells) and _is_label(cells[k + 1].text)),
                   len(cells))
        row = _progress_row(cells, position, end, caption, columns)
        if row is not None:
            rows.append(row)
            consumed.update(run[k] for k in range(position, end) if any(c.line is cells[k] for c in row.cells))
        position = end
    if len(rows) < MIN_PROGRESS_ROWS:
        return None
    return Table(caption, columns, rows, consumed)


def _progress_row(cells: list[Line], start: int, end: int, caption: str, columns: list[TableColumn]) -> TableRow | None:
    """One numbered row of a task-and-progress table: the label just before its first value, that value the task's,
    the next the progress'; None when the row holds no label before a value."""
    values = [k for k in range(start + 1, end) if VALUE_CELL.match(cells[k].text)]
    if not values or not _is_label(cells[values[0] - 1].text) or values[0] - 1 == start:
        return None
    label = cells[values[0] - 1]
    row = TableRow(caption, label, "", cells[start].text, _unit_in_label(label.text))
    row.cells = [TableCell(cells[k], column) for k, column in zip(values, columns)]
    return row


# A table of one measure per part of a place, as a city's breakdown of its targets prints it ("…主要预期指标分解汇总表":
# 序号 / 指标名称 / 单位 / 苏州市 / 张家港 / 常熟 / …), flattened to one cell per line: numbered rows of a label, a unit and
# one value per part; a row whose cells are not all values (a cell split over two lines) is passed over up to the next
# row's number
_PART_HEADER = compile_pattern(r"^[\u4e00-\u9fff]{2,8}$")
MIN_PART_COLUMNS = 3


def _parse_parts_run(lines: list[Line], run: list[int]) -> Table | None:
    """A one-cell-per-line table of numbered rows under a 序号 / 指标名称 / [单位] header and three or more columns named
    by words only (the parts of a place), each row's value cells one per column."""
    cells = [lines[k] for k in run]
    ordinal = next((i for i, c in enumerate(cells[:12]) if _ORDINAL_HEADER.match(c.text)), None)
    if ordinal is None or ordinal + 1 >= len(cells) or not _NAME_HEADER.match(cells[ordinal + 1].text):
        return None
    position = ordinal + 2
    has_unit = position < len(cells) and _UNIT_HEADER.match(cells[position].text) is not None
    position += has_unit
    columns = []
    while position < len(cells) and _PART_HEADER.match(cells[position].text) and not _HEADER_WORD.match(
            cells[position].text):
        columns.append(TableColumn(None, False, cells[position]))
        position += 1
    if len(columns) < MIN_PART_COLUMNS or position >= len(cells) or cells[position].text != "1":
        return None
    caption = cells[ordinal - 1].text if ordinal > 0 and _is_label(cells[ordinal - 1].text) else ""
    consumed = {run[k] for k in range(ordinal, position)}
    rows: list[TableRow] = []
    width = 2 + has_unit + len(columns)  # the row's number, its label, its unit, its values
    number = 0
    while position + width <= len(cells):
        if cells[position].text != str(number + 1) or not _is_label(cells[position + 1].text):
            position += 1
            continue
        number += 1
        label, values = cells[position + 1], cells[position + 2 + has_unit:position + width]
        if not all(is_value_cell(c.text) for c in values):
            position += 2
            continue
        unit = cells[position + 2].text if has_unit else ""
        row = TableRow(caption, label, "", str(number), _unit_in_label(unit) or unit or _unit_in_label(label.text))
        row.cells = [TableCell(c, column) for c, column in zip(values, columns) if VALUE_CELL.match(c.text)]
        rows.append(row)
        consumed.update(run[k] for k in range(position, position + width))
        position += width
    if len(rows) < 2:
        return None
    return Table(caption, columns, rows, consumed)


# A table of tasks in words and what became of each, flattened to one cell per line ("序号 / 项目内容 / 当前进度 / 牵头单位 /
# 备注", then "1 / 新(改、扩)建公办园5所,新增公办学位1000个 / 80%(新区实验幼儿园进度滞后) / 县教育局 / …", heldout54 n02;
# "实事项目名称 / 完成情况 / 占全年计划", then "新增4000张养老床位 / 4385 / 110%", heldout492 n06): a header naming the task
# column (codebook phrase_words task_text_header) and result columns after it (progress_value_header,
# result_share_header); a row is a task's words followed at once by its results, one value per result column
_TASK_TEXT_HEADER = compile_pattern(rf"^(?:{phrase_words('task_text_header')})$")
_RESULT_SHARE_HEADER = compile_pattern(rf"^(?:{phrase_words('result_share_header')})\s*(?:[((]%[))])?$")
# a result cell: a value, with a note in brackets of any length after it ("88%(灵溪镇园区六路…推进缓慢)"); the note may be
# cut off by the capture ("50%(马站未开工")
_RESULT_WITH_NOTE = compile_pattern(rf"^({_CELL_NUMBER}\s*(?:%|‰)?)\s*[((][^()()]{{1,80}}[))]?$")
MAX_TASK_HEADER_CELLS = 6
_TASK_TABLE_CAPTION = compile_pattern(r"(?:表|情况|进度|进展)(?:[((][^()()]{1,20}[))])?$")


def _result_cell(line: Line) -> Line | None:
    """The part of a cell that is a result's value (the whole cell, or the value before its note), else None."""
    if VALUE_CELL.match(line.text):
        return line
    noted = _RESULT_WITH_NOTE.match(line.text)
    if not noted:
        return None
    return replace(line, text=noted.group(1), end=line.start + noted.end(1))


def _parse_task_text_run(lines: list[Line], run: list[int]) -> Table | None:
    """A one-cell-per-line table of tasks in words and their results: each row's label is the task (its numbers,
    read as prose, are what the row was set), its value cells the result columns' in order."""
    cells = [lines[k] for k in run]
    task = next((i for i, c in enumerate(cells[:16]) if _TASK_TEXT_HEADER.match(c.text)), None)
    if task is None:
        return None
    columns: list[TableColumn] = []
    position = task + 1
    while position < len(cells) and position <= task + MAX_TASK_HEADER_CELLS:
        text = cells[position].text
        if _PROGRESS_VALUE_HEADER.match(text) or _RESULT_SHARE_HEADER.match(text):
            columns.append(TableColumn(None, False, cells[position]))
        elif not (_TEXT_COLUMN_HEADER.match(text) or _REMARKS_HEADER.match(text) or _EMPTY_HEADER.match(text)):
            break
        position += 1
    if not columns:
        return None
    first = task - 1 if task and _ORDINAL_HEADER.match(cells[task - 1].text) else task
    # its caption: the nearest cell above that names it ("…项目完成情况", "…进度表")
    above = [c.text for c in cells[max(0, first - MAX_TASK_HEADER_CELLS):first] if _is_label(c.text)]
    caption = next((text for text in reversed(above) if _TASK_TABLE_CAPTION.search(text)), "")
    consumed = {run[k] for k in range(first, position)}
    rows: list[TableRow] = []
    number = 0  # the last row number seen: the next one is no result
    while position < len(cells):
        label = cells[position]
        if _NUMBERED_ROW.match(label.text):
            number = int(_NUMBERED_ROW.match(label.text).group(1))
            consumed.add(run[position])
        results = []
        k = position + 1
        while k < len(cells) and len(results) < len(columns) and (found := _result_cell(cells[k])) is not None \
                and not (number and cells[k].text == str(number + 1)):
            results.append(found)
            k += 1
        if results and _is_label(label.text) and not _NUMBERED_ROW.match(label.text):
            row = TableRow(caption, label, "", "", "")
            row.cells = [TableCell(cell, column) for cell, column in zip(results, columns)]
            rows.append(row)
            consumed.update(run[m] for m in range(position + 1, k))  # (the label stays prose: its numbers are read)
            position = k
        else:
            position += 1
    if len(rows) < MIN_PROGRESS_ROWS:
        return None
    return Table(caption, columns, rows, consumed, task_labels=True)


# … or of indicators numbered in their labels ("指标名称 / 年度目标 / 完成情况 / 责任部门", then "1、地区生产总值增长率 /
# 与市保持同步 / 9.8% / 区发改委"): the headers after the name's, each a target, a result, a text or a remarks column
_NUMBERED_LABEL = compile_pattern(r"^\s*(\d{1,2})\s*[.、．]\s*(?=[\u4e00-\u9fff])")
_REMARKS_HEADER = compile_pattern(r"^备\s*注$")
MAX_SPLIT_CELLS = 2  # cells the last row may have past one per header (a cell split over lines: 提升4个 / 百分点)


def _label_column_headers(headers: list[Line]) -> list[Line]:
    """The column headers after a table's name header (指标名称), up to the first cell that heads no column."""
    name = next((i for i, c in enumerate(headers) if _NAME_HEADER.match(c.text)), None)
    if name is None:
        return []
    columns = []
    for cell in headers[name + 1:]:
        if not any(p.match(cell.text) for p in (_TASK_VALUE_HEADER, _PROGRESS_VALUE_HEADER, _TEXT_COLUMN_HEADER,
                                                 _REMARKS_HEADER)):
            break
        columns.append(cell)
    return columns


def _parse_numbered_label_run(lines: list[Line], run: list[int]) -> Table | None:
    """A one-cell-per-line table of numbered indicators under a target column and a result column: a row whose cells
    after its label are one per header is read by position (a text cell, 与市保持同步, keeps its column's place);
    another (a cell split over lines, an empty one left out) gives its first value to the target column and its
    next to the result column."""
    cells = [lines[k] for k in run]
    first_row = next((i for i, c in enumerate(cells) if (m := _NUMBERED_LABEL.match(c.text)) and m.group(1) == "1"),
                     None)
    if first_row is None:
        return None
    headers = _label_column_headers(cells[:first_row])
    task = next((i for i, c in enumerate(headers) if _TASK_VALUE_HEADER.match(c.text)), None)
    progress = next((i for i, c in enumerate(headers) if _PROGRESS_VALUE_HEADER.match(c.text)), None)
    if task is None or progress is None or progress < task:
        return None
    columns = [TableColumn(None, False, headers[task]), TableColumn(None, False, headers[progress])]
    name_at = cells.index(headers[0]) - 1
    caption = next((c.text for c in reversed(cells[:name_at]) if _CAPTION.match(c.text)), "")
    starts = []
    for i in range(first_row, len(cells)):
        numbered = _NUMBERED_LABEL.match(cells[i].text)
        if numbered and int(numbered.group(1)) == len(starts) + 1:
            starts.append(i)
    rows: list[TableRow] = []
    consumed: set[int] = set()
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else min(len(cells), start + 1 + len(headers) + MAX_SPLIT_CELLS)
        after = range(start + 1, end)  # positions of the row's cells after its label
        if len(after) == len(headers):
            placed = [(after[task], columns[0]), (after[progress], columns[1])]
        else:
            placed = list(zip([k for k in after if VALUE_CELL.match(cells[k].text)], columns))
        placed = [(k, column) for k, column in placed if VALUE_CELL.match(cells[k].text)]
        label = cells[start]
        row = TableRow(caption, label, "", _NUMBERED_LABEL.match(label.text).group(1), _unit_in_label(label.text))
        row.cells = [TableCell(cells[k], column) for k, column in placed]
        if row.cells:
            rows.append(row)
            consumed.update(run[k] for k in (start, *(k for k, _ in placed)))
    if len(rows) < MIN_PROGRESS_ROWS:
        return None
    return Table(caption, columns, rows, consumed)


def _a_table_head(cells: list[Line]) -> bool:
    """A run's first cells head a table: two year headers, or one under a 指标 header with a 单位 or 属性 header."""
    years = sum(1 for c in cells if _YEAR_HEADER.match(c.text))
    return years >= MIN_YEAR_HEADERS or years == 1 and any(_LABEL_HEADER.match(c.text) for c in cells) and any(
        _UNIT_HEADER.match(c.text) or _ATTRIBUTE_HEADER.match(c.text) for c in cells)


def _parse_run(lines: list[Line], run: list[int]) -> Table | None:
    cells = [lines[k] for k in run]
    if not _a_table_head(cells[:12]):
        return None
    caption_parts: list[str] = []
    columns: list[TableColumn] = []
    has_attribute = has_unit = attribute_first = False
    position = text_columns = 0
    while position < len(cells):
        text = cells[position].text
        year = _YEAR_HEADER.match(text)
        if year:
            columns.append(TableColumn(int(year.group(1)), bool(year.group(2)), cells[position], _role_word(text)))
        elif _FORECAST_MARK.match(text) and columns:
            columns[-1].forecast = True
        elif _GROWTH_HEADER.match(text) and columns and not columns[-1].growth:
            columns.append(TableColumn(columns[-1].year, columns[-1].forecast, cells[position], growth=True))
        elif _ATTRIBUTE_HEADER.match(text):
            has_attribute, attribute_first = True, not columns  # "单位 / 属性 / 2025年": each row's 属性 before its values
        elif _UNIT_HEADER.match(text) and not columns:  # "指标 / 单位 / 2019年 / 2020年": each row names its unit
            has_unit = True
        elif _EMPTY_HEADER.match(text):
            pass
        elif not columns:
            caption_parts.append(text)
        elif _TEXT_COLUMN_HEADER.match(text):  # "… 2027年 / 牵头单位 / 责任单位": who answers for each row, in words
            text_columns += 1
        else:
            break
        position += 1
    measured = _measures_under_years(cells, position, columns)
    if measured:
        columns, position = measured
    groups = _column_groups(columns)
    if len(columns) < 2:  # "2025年 / 全省经济…/ 城镇新增就业48万人 / … / 2026年": years heading blocks of prose
        return None
    caption_parts = [c for c in caption_parts if not _HEADER_WORD.match(c) and not _ORDINAL_HEADER.match(c)]
    caption = next((c for c in caption_parts if _CAPTION.match(c)), caption_parts[0] if caption_parts else "")
    consumed = {run[k] for k in range(position)}
    rows: list[TableRow] = []
    group, row_number = "", ""
    while position < len(cells):
        text = cells[position].text
        following = cells[position + 1].text if position + 1 < len(cells) else ""
        if _ROW_NUMBER.match(text) and _is_label(following):
            row_number = text
            consumed.add(run[position])
            position += 1
            continue
        if rows and (_HEADER_WORD.match(text) or _YEAR_HEADER.match(text) or _TEXT_COLUMN_HEADER.match(text)):
            consumed.add(run[position])  # the header again, after a page break ("序号 / 指标名称 / 单位 / 2022年 …")
            position += 1
            continue
        if not text.strip() and (_ROW_NUMBER.match(following) or _is_label(following)):
            consumed.add(run[position])  # an empty cell before a row: its group column, "|" in the capture
            position += 1
            continue
        if not _is_label(text):
            break  # an orphan value: the table's structure is lost here; the rest stays prose
        block = _sub_row_block(cells, position, len(columns))
        if block:  # "其中:小学 / 初中" then the 2020 cells of both, then the 2025 cells of both
            labels, values = block
            for r, label in enumerate(labels):
                row = TableRow(caption, cells[label], group, row_number, _unit_in_label(group))
                row.cells = [TableCell(cells[values[c * len(labels) + r]], column) for c, column in enumerate(columns)]
                rows.append(row)
            consumed.update(run[k] for k in (*labels, *values))
            position = values[-1] + 1
            if has_attribute and position < len(cells) and _ATTRIBUTE.match(cells[position].text):
                for row in rows[-len(labels):]:
                    row.attribute = cells[position].text
                consumed.add(run[position])
                position += 1
            row_number = ""
            continue
        after_next = cells[position + 2].text if position + 2 < len(cells) else ""
        numbered_next_row = bool(_ROW_NUMBER.match(following)) and _is_label(after_next)
        if has_unit and attribute_first and _ATTRIBUTE.match(after_next):
            # "全员劳动生产率 / 万元/人 / 预期性 / 28左右": the attribute after it shows the unit's place ("/", "万平 方米")
            unit = following if len(following) <= MAX_UNIT_CELL and not VALUE_CELL.match(following) else ""
        else:
            unit = following.strip("()()") if has_unit and _UNIT_CELL.match(following) and is_value_cell(after_next) \
                else ""
        # a numbered row whose cells are words up to the next row's number is a row, not a group
        cells_in_words = bool(_ROW_NUMBER.match(row_number)) and _next_row_within(
            cells, position + 1, str(int(row_number) + 1), len(columns))
        if not unit and not cells_in_words and (numbered_next_row or not is_value_cell(following)):
            if not following or not (_is_label(following) or numbered_next_row):
                break
            group = text  # a group row: a label with no values
            consumed.add(run[position])
            position += 1
            continue
        row_unit = "" if _EMPTY_VALUE.match(unit) else unit  # "/": a row with no unit (a ratio, a grade)
        row = TableRow(caption, cells[position], group, row_number, row_unit or _unit_in_label(text))
        consumed.add(run[position])
        position += 1
        if unit:
            consumed.add(run[position])
            position += 1
        if attribute_first and position < len(cells) and _ATTRIBUTE.match(cells[position].text):
            row.attribute = cells[position].text
            consumed.add(run[position])
            position += 1
        next_number = str(int(row_number) + 1) if row_number else ""
        for column in columns:
            if position >= len(cells):
                break
            cell = cells[position].text
            after = cells[position + 1].text if position + 1 < len(cells) else ""
            textual = _is_label(cell) and len(cell) <= 4 and not is_value_cell(after)
            # in a numbered table a cell in words keeps its column up to the next row's number
            in_words = bool(row_number) and cell != next_number and not _ATTRIBUTE.match(cell) and (
                after == next_number or is_value_cell(after) or _EMPTY_HEADER.match(after) is not None
                or _next_row_within(cells, position, next_number, len(columns) - len(row.cells)))
            if _EMPTY_HEADER.match(cell):  # an empty cell ("- |" whose dash the normalizer took for a bullet)
                consumed.add(run[position])
                position += 1
                continue
            if not (is_value_cell(cell) or textual or in_words):
                break
            row.cells.append(TableCell(cells[position], column))
            consumed.add(run[position])
            position += 1
        if len(groups) < len(columns) and len(row.cells) == len(groups):
            # one cell per year of a two-level header: the row merged each year's measures into its first one
            row.cells = [TableCell(cell.line, group[0]) for cell, group in zip(row.cells, groups)]
            row.missing_cells = 0
        else:
            row.missing_cells = len(columns) - len(row.cells)
        if has_attribute and position < len(cells) and _ATTRIBUTE.match(cells[position].text):
            row.attribute = cells[position].text
            consumed.add(run[position])
            position += 1
        for _ in range(text_columns):  # the row's words in the text columns after its values
            if position < len(cells) and not _ROW_NUMBER.match(cells[position].text) \
                    and not is_value_cell(cells[position].text):
                consumed.add(run[position])
                position += 1
        rows.append(row)
        row_number = ""
    if not rows:
        return None
    # The caption line sits just before the run when it is a long title line.
    return Table(caption, columns, rows, consumed)


MAX_MEASURES = 4  # sub-headers under each year of a two-level header


def _measures_under_years(cells: list[Line], position: int, columns: list[TableColumn]
                          ) -> tuple[list[TableColumn], int] | None:
    """A two-level header: the same sub-headers under each year column ("2020年 / 2030年 / 面积指标(平方公里) /
    占陆域比例 / 面积指标(平方公里) / 占陆域比例", heldout302 n05), one column per year and sub-header in that order, and
    the position after them; None when the cells after the years are not such a repeated run."""
    if len(columns) < 2 or any(column.growth for column in columns):
        return None
    heads = [k for k in range(position, min(len(cells), position + 2 * len(columns) * MAX_MEASURES))
             if not _EMPTY_HEADER.match(cells[k].text)]
    for size in range(2, MAX_MEASURES + 1):
        run = heads[:size * len(columns)]
        texts = [cells[k].text for k in run]
        if len(run) == size * len(columns) and all(_is_label(t) and not _ATTRIBUTE.match(t) for t in texts) \
                and all(texts[k] == texts[k % size] for k in range(len(texts))) and len(set(texts[:size])) == size:
            expanded = [replace(column, measure=cells[run[n * size + m]])
                        for n, column in enumerate(columns) for m in range(size)]
            return expanded, run[-1] + 1
    return None


def _column_groups(columns: list[TableColumn]) -> list[list[TableColumn]]:
    """The columns in groups of one header each: a year's measures under a two-level header, else one by one."""
    groups: list[list[TableColumn]] = []
    for column in columns:
        if groups and column.measure is not None and groups[-1][-1].header is column.header:
            groups[-1].append(column)
        else:
            groups.append([column])
    return groups


def _next_row_within(cells: list[Line], position: int, next_number: str, left: int) -> bool:
    """Whether the next row's number comes within the columns a numbered row has left after ``position``: the cells
    before it are this row's, in words too ("保持基本稳定 / 基本稳定 / 3 / 固定资产投资", heldout596 n01)."""
    if not next_number:
        return False
    k = position + 1
    while k < len(cells) and left >= 0:
        if cells[k].text == next_number:
            return k + 1 < len(cells) and _is_label(cells[k + 1].text)
        if not _EMPTY_HEADER.match(cells[k].text):  # (an empty cell: the next row's group column, "|")
            left -= 1
        k += 1
    return False


_SPACE_SPLIT = compile_pattern(r"\S+")
_HEADER_SPLIT = compile_pattern(r"(?:19|20)\d{2}\s+年\S*|\S+")  # "2020 年目标值": a year cell the capture spaced
_STATUS_HEADER = compile_pattern(rf"^(?:{phrase_words('status_column_header')})$")
_STATUS_CELL = compile_pattern(rf"^(?:{phrase_words('status_word')})$")
_COLUMN_ROLE = compile_pattern(_YEAR_COLUMN_WORD)
_TWO_YEARS = compile_pattern(r"(?:19|20)\d{2}\D{1,6}(?:19|20)\d{2}")
_HEADER_WORD = compile_pattern(r"^(指\s*标|指标名称|单位|属性|项目|类别|序号)$")
# a unit column's cell: a unit of codebook/units.csv ("亿元") or a bracketed one ("(%)", "(人/万人)")
_UNIT_CELL = compile_pattern(r"^(?:[((][^()()]{1,6}[))]|" + "|".join(
    sorted((re.escape(row["unit"]) for row in codebook_rows("units.csv")), key=len, reverse=True)) + ")$")


def _cells_of(line: Line, split: re.Pattern[str] = _SPACE_SPLIT) -> list[Line]:
    """The space-separated cells of a line, each as a Line of its own span."""
    return [Line(line.start + m.start(), line.start + m.end(), m.group(0), None, line.section_path, line.in_review)
            for m in split.finditer(line.text)]


def _parse_row_lines(lines: list[Line], start: int) -> Table | None:
    """A table flattened to one row per line: a header line of year columns ("单位 2015年 2020年"), then rows
    "label [unit] value value", with group rows (a short label alone) between them."""
    if len(lines[start].text) > MAX_CELL_LENGTH * 2 or not _TWO_YEARS.search(lines[start].text):
        return None
    header = _cells_of(lines[start], _HEADER_SPLIT)
    status_column = _STATUS_HEADER.match(header[-1].text) is not None  # "… 2020年目标值 2020年预计值 完成情况"
    if status_column:
        header = header[:-1]
    years = [c for c in header if _YEAR_HEADER.match(c.text)]
    if len(years) < 2 or len(years) + sum(1 for c in header if _HEADER_WORD.match(c.text)) != len(header):
        return None
    columns = [TableColumn(int(_YEAR_HEADER.match(c.text).group(1)), bool(_YEAR_HEADER.match(c.text).group(2)), c,
                           _role_word(c.text)) for c in years]
    numbered = _ORDINAL_HEADER.match(header[0].text) is not None
    caption = lines[start - 1].text if start > 0 and len(lines[start - 1].text) <= MAX_CELL_LENGTH else ""
    rows: list[TableRow] = []
    consumed = {start}
    group = ""
    attribute_column = _ATTRIBUTE_HEADER.match(header[-1].text) is not None  # "指标 2020年 2025年 属性"
    for k in range(start + 1, len(lines)):
        cells = _cells_of(lines[k])
        if status_column and len(cells) > 1 and _STATUS_CELL.match(cells[-1].text):
            cells.pop()  # "完成": a word, no number is lost
        row_number = cells.pop(0).text if numbered and len(cells) > 2 and _ROW_NUMBER.match(cells[0].text) else ""
        attribute = cells.pop().text if attribute_column and len(cells) > 1 and _ATTRIBUTE.match(cells[-1].text) else ""
        values = cells[-len(columns):]
        label = cells[:-len(columns)]
        if len(cells) == 1 and _is_label(cells[0].text) and len(cells[0].text) <= 12:
            group = cells[0].text
            consumed.add(k)
            continue
        if not label or not all(is_value_cell(v.text) for v in values) or not _is_label(label[0].text):
            break
        unit = ""
        if len(label) > 1 and _UNIT_CELL.match(label[-1].text):
            unit = label[-1].text.strip("()()")
            label = label[:-1]
        label_line = Line(label[0].start, label[-1].end, " ".join(c.text for c in label), None,
                          lines[k].section_path, lines[k].in_review)
        row = TableRow(caption, label_line, group, row_number, unit or _unit_in_label(label_line.text),
                       attribute=attribute)
        row.cells = [TableCell(v, column) for v, column in zip(values, columns)]
        rows.append(row)
        consumed.add(k)
    if len(rows) < 2:
        return None
    return Table(caption, columns, rows, consumed)


def _role_word(header: str) -> str:
    """The word of a year column's header that names its role ("2020年目标值" → 目标值), else ""."""
    found = _COLUMN_ROLE.search(header[4:])
    return found.group(0) if found else ""


_PIPE = "|"
MIN_PIPE_CELLS = 3
_SEPARATOR_CELL = compile_pattern(r"^:?[-─━]{2,}:?$")  # markdown's |---|---|, a drawn table's |────|────|
_DIGIT = compile_pattern(r"\d")
_ORDINAL_HEADER = compile_pattern(r"^(?:序号|编号|序|No\.?)$")
_ORDINAL_CELL = compile_pattern(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、]?$")


def _pipe_cells(line: Line, keep_empty: bool = False) -> list[Line]:
    """The cells of a line written with | separators, each as a Line of its own span (edge pipes dropped).
    ``keep_empty``: an empty cell between two others keeps its place ("8950人 | | 80%"), as a Line of no text;
    the empty cells at either end are dropped (a row's trailing ||, its empty 备注)."""
    cells, position = [], 0
    for part in line.text.split(_PIPE):
        stripped = part.strip()
        if stripped or keep_empty:
            offset = line.start + position + (len(part) - len(part.lstrip()))
            cells.append(Line(offset, offset + len(stripped), stripped, None, line.section_path, line.in_review))
        position += len(part) + 1
    while keep_empty and cells and not cells[-1].text:
        cells.pop()
    while keep_empty and cells and not cells[0].text:
        cells.pop(0)
    return cells


def pipe_row_cells(line: Line) -> list[Line]:
    """A pipe row's cells, empty ones kept in their places, less a leading ordinal (序号, 1, 一、): the columns a
    row with its ordinal and a row that goes on without one share."""
    cells = _pipe_cells(line, keep_empty=True)
    if cells and (_ORDINAL_HEADER.match(cells[0].text) or _ORDINAL_CELL.match(cells[0].text)):
        cells = cells[1:]
    return cells


def _parse_pipe_table(lines: list[Line], start: int) -> Table | None:
    """A table whose rows are lines with | between cells (markdown-like scrapes): a header row of labels, then
    rows of a label and value cells. Columns are years ("2025年") or named ("投资(万元)", "比上年增长(%)")."""
    if lines[start].text.count(_PIPE) < MIN_PIPE_CELLS - 1:
        return None
    header = _pipe_cells(lines[start])
    # a year header ("2025年") reads as a value cell (a number and a one-character unit); it heads a column
    if len(header) < MIN_PIPE_CELLS or any(is_value_cell(c.text) and not _YEAR_HEADER.match(c.text) for c in header):
        return None
    rows_from = start + 1
    if rows_from < len(lines) and _PIPE in lines[rows_from].text:
        more = _pipe_cells(lines[rows_from])  # "…| 1-8月 实际完成情况 |" then "任务完成率 | 备注 | |": a header that wrapped
        if more and len(more) < len(header) and not _ORDINAL_CELL.match(more[0].text) \
                and not any(is_value_cell(c.text) or _SEPARATOR_CELL.match(c.text) for c in more):
            header, rows_from = _spanned(header, more), rows_from + 1
    columns: list[TableColumn] = []
    for c in header:
        if columns and columns[-1].year is not None and not columns[-1].growth and _GROWTH_HEADER.match(c.text):
            columns.append(TableColumn(columns[-1].year, columns[-1].forecast, c, growth=True))  # "2019年 | 增长%"
        else:
            y = _YEAR_HEADER.match(c.text)
            columns.append(TableColumn(int(y.group(1)) if y else None, bool(y and y.group(2)), c,
                                       _role_word(c.text) if y else ""))  # "2025年目标": the column's role
    rows: list[TableRow] = []
    consumed = set(range(start, rows_from))
    for k in range(rows_from, len(lines)):
        cells = _pipe_cells(lines[k], keep_empty=True)
        if lines[k].text.count(_PIPE) < MIN_PIPE_CELLS - 1 or not cells:
            break
        if all(_SEPARATOR_CELL.match(c.text) for c in cells if c.text):
            consumed.add(k)
            continue
        if _LABEL_HEADER.match(next(c.text for c in cells if c.text)):
            break  # "指 标 | 2015年 | 2020年 | 属性" under a page's metadata rows: the header of another table
        group_cell = _group_cell_before_ordinal(cells, columns)
        if group_cell:  # "经济发展 | 1 | 地区生产总值(GDP) | …" under "序号 | 指标名称 | …": a category's first row
            cells = cells[1:]
        stacked = _stacked_rows(cells)
        for group, row_cells in stacked or [(group_cell, cells)]:
            row = _pipe_row(row_cells, columns, group)
            if row is not None:
                consumed.add(k)
                if row.cells:
                    rows.append(row)
    if not rows:
        return None
    above = start - 1  # the caption, over the table's top rule if it has one (|----|----|, a drawn table's ┌──┬──┐)
    while above >= 0 and _PIPE in lines[above].text \
            and all(_SEPARATOR_CELL.match(c.text) for c in _pipe_cells(lines[above]) if c.text):
        above -= 1
    return Table(lines[above].text if above >= 0 and len(lines[above].text) <= MAX_CELL_LENGTH else "",
                 columns, rows, consumed)


# The sub-headers of one column's values ("上半年实绩" over "绝对值 | 增速(%)"): its amount, or its growth
_AMOUNT_SUB_HEADER = compile_pattern(r"^(?:绝对[值数]|总量|数值)$")
MIN_SUB_HEADERS = 2


def _spanned(header: list[Line], more: list[Line]) -> list[Line]:
    """A pipe header with the line of headers below it: sub-headers of one column's values (绝对值, 增速(%)) under
    its last cell ("序号 | 指标名称 | 单位 | 目标 | 上半年实绩" over "绝对值 | 增速(%)", heldout524 n09) each become a
    column named by both; other cells are columns that wrapped to the next line ("任务完成率 | 备注")."""
    if len(more) < MIN_SUB_HEADERS or not all(_AMOUNT_SUB_HEADER.match(c.text) or _GROWTH_HEADER.match(c.text)
                                              for c in more):
        return header + more
    top = header[-1]
    return header[:-1] + [Line(c.start, c.end, f"{top.text}{c.text}", c.heading_level, c.section_path, c.in_review)
                          for c in more]


def _group_cell_before_ordinal(cells: list[Line], columns: list[TableColumn]) -> str:
    """The category a row opens with when the table's first column is its item number and the row has one cell
    more, an ordinal second ("经济发展 | 1 | 地区生产总值(GDP) | 亿元 | …", heldout524 n09): the category's cell spans
    the rows below, which start at their ordinal; else ""."""
    if len(cells) != len(columns) + 1 or not columns or not _ORDINAL_HEADER.match(columns[0].header.text):
        return ""
    first, second = cells[0].text, cells[1].text
    return first if first and not is_value_cell(first) and _ORDINAL_CELL.match(second) else ""


def _pipe_row(cells: list[Line], columns: list[TableColumn], group: str = "") -> TableRow | None:
    """One row of a pipe table, or None when it is left to the prose reader: a row that gained cells, or whose
    words hold numbers past its label ("标准不低于3480元/年,…" where a value should be), which flags what it cannot
    read. A shorter row lost its empty last cells ("1 | 新增城镇就业 | 8950人 | 7123人 | 80% ||" under a 备注
    column): its cells are placed from the first column."""
    shift = _merged_cells_before(cells, columns)
    if shift:  # "2 | 婴儿死亡率 | ‰ | <5" under "类别 | 序号 | 指标名称 | 单位 | 2025年": its 类别 cell spans rows above
        columns = columns[shift:]
    labels = [i for i, c in enumerate(cells) if c.text and not is_value_cell(c.text) and not _ORDINAL_CELL.match(c.text)]
    if len(cells) > len(columns) or not labels or any(_DIGIT.search(cells[i].text) for i in labels[1:]):
        return None
    # the label: the cell under the column of names (指标名称), not a category's (类别) before it, else the first
    named = next((i for i in labels if i < len(columns) and _NAME_HEADER.match(columns[i].header.text)), labels[0])
    label = cells[named]
    # the row's unit: its own 单位 cell ("地区生产总值 | 亿元 | 256.3"), else the label's "(亿元)"
    unit_cell = next((c for i, c in enumerate(cells) if _UNIT_HEADER.match(columns[i].header.text)
                      and i != named and not is_value_cell(c.text) and len(c.text) <= 6), None)
    row = TableRow("", label, group, "", unit_cell.text.strip("()()") if unit_cell else _unit_in_label(label.text),
                   attribute=next((c.text for c in cells if _ATTRIBUTE.match(c.text)), ""))
    row.cells = [TableCell(c, columns[i]) for i, c in enumerate(cells)
                 if c.text and is_value_cell(c.text) and not _ORDINAL_HEADER.match(columns[i].header.text)]
    return row


def _merged_cells_before(cells: list[Line], columns: list[TableColumn]) -> int:
    """How many of a table's first columns a shorter row leaves to the cells merged above it (a 类别 cell spanning
    rows): the shift under which more of its cells meet columns of their kind (an item number 序号, a unit 单位, an
    attribute 属性, a value a year's column, a name 指标名称) than with none; 0 when none does better."""
    if len(cells) >= len(columns) or not cells:
        return 0
    def fits(shift: int) -> int:
        return sum(_fits_column(cell.text, columns[shift + i].header.text) for i, cell in enumerate(cells) if cell.text)
    best = max(range(len(columns) - len(cells) + 1), key=lambda shift: (fits(shift), -shift))
    return best if fits(best) > fits(0) else 0


def _fits_column(text: str, header: str) -> bool:
    """Whether a cell is of the kind its column's header names: 序号, 单位, 属性, a year's value, or a name (指标名称)."""
    if _NAME_HEADER.match(header):
        return not is_value_cell(text) and not _ORDINAL_CELL.match(text) and not _ATTRIBUTE.match(text)
    if _ORDINAL_HEADER.match(header):
        return bool(_ORDINAL_CELL.match(text))
    if _UNIT_HEADER.match(header):
        return not is_value_cell(text) and len(text) <= 6
    if _ATTRIBUTE_HEADER.match(header):
        return bool(_ATTRIBUTE.match(text))
    if _YEAR_HEADER.match(header):
        return is_value_cell(text)
    return False


_WORD = compile_pattern(r"\S+")
MIN_STACKED = 2


def _stacked_rows(cells: list[Line]) -> list[tuple[str, list[Line]]] | None:
    """A pipe row whose cells each stack the same number of lines, flattened to words parted by spaces (an HTML
    cell's line breaks lost: "在园幼儿数(万人) 三年毛入园率(%) | 139.69 85.06 | 159.89 96.01 | 预期性 约束性"), as one
    (group, cells) per stacked line: each value cell's k-th number, the label cell's k-th of its last words (its
    first words name the group) and any other cell's k-th word when it has as many. None for any other row."""
    if not any(" " in c.text for c in cells):
        return None  # most rows: no cell holds two words, nothing to split
    words = [[Line(c.start + m.start(), c.start + m.end(), m.group(0), None, c.section_path, c.in_review)
              for m in _WORD.finditer(c.text)] for c in cells]
    value_cells = [i for i, c in enumerate(cells) if len(words[i]) >= MIN_STACKED
                   and all(is_value_cell(w.text) for w in words[i])]
    counts = {len(words[i]) for i in value_cells}
    label = next((i for i, c in enumerate(cells) if c.text and not is_value_cell(c.text) and i not in value_cells
                  and not _ORDINAL_CELL.match(c.text)), None)
    if len(counts) != 1 or label is None or any(
            c.text and is_value_cell(c.text) and i not in value_cells for i, c in enumerate(cells)):
        return None
    count = counts.pop()
    if len(words[label]) < count:
        return None
    group = " ".join(w.text for w in words[label][:len(words[label]) - count])
    labels = words[label][len(words[label]) - count:]
    return [(group, [labels[k] if i == label else words[i][k] if len(words[i]) == count else c
                     for i, c in enumerate(cells)]) for k in range(count)]


_YEAR_CELL = compile_pattern(r"^((?:19|20)\d{2})\s*年?$")
MIN_SERIES_YEARS = 2


def _parse_pipe_year_rows(lines: list[Line], start: int) -> Table | None:
    """A series written with | between cells, one line per year ("| 年份 | 总GDP(亿元) |" then "| 2018 | 3008.39 |"):
    each column after the year names an indicator and its unit, and each line gives its value in that year.
    A cell with no number ("点击查看") gives no value."""
    if _PIPE not in lines[start].text:
        return None
    header = _pipe_cells(lines[start])
    if len(header) < 2 or any(is_value_cell(c.text) or _YEAR_HEADER.match(c.text) for c in header):
        return None
    rows = [TableRow("", cell, "", "", _unit_in_label(cell.text))
            for cell in header[1:]]
    columns: list[TableColumn] = []
    consumed = {start}
    for k in range(start + 1, len(lines)):
        cells = _pipe_cells(lines[k])
        if _PIPE not in lines[k].text or not cells:
            break
        if all(_SEPARATOR_CELL.match(c.text) for c in cells):
            consumed.add(k)
            continue
        year = _YEAR_CELL.match(cells[0].text)
        if not year or len(cells) != len(header):
            break
        consumed.add(k)
        columns.append(TableColumn(int(year.group(1)), False, cells[0]))
        for row, cell in zip(rows, cells[1:]):
            if VALUE_CELL.match(cell.text):
                row.cells.append(TableCell(cell, columns[-1]))
    rows = [row for row in rows if row.cells]
    if len(columns) < MIN_SERIES_YEARS or not rows:
        return None
    caption = lines[start - 1].text if start > 0 and len(lines[start - 1].text) <= MAX_CELL_LENGTH else ""
    for row in rows:
        row.caption = caption
    return Table(caption, columns, rows, consumed, years_in_rows=True)


_SPACES = compile_pattern(r"\s+")


def _parse_pipe_split_year_rows(lines: list[Line], start: int) -> Table | None:
    """A table written across with | between cells whose rows' first cells a scrape put on lines of their own
    ("主 要 指 标 |" above a row of indicator names, "2022 年 目 标 值 |" above a row of values): each name heads a
    column that is read as a row with a year per value row, as in a series; a "属 性 | 约束性 | …" row after the
    values gives each its attribute."""
    if _PIPE not in lines[start].text:
        return None
    names = _pipe_cells(lines[start])
    if len(names) < 2 or any(is_value_cell(c.text) or _YEAR_HEADER.match(_SPACES.sub("", c.text)) for c in names):
        return None
    rows = [TableRow("", cell, "", "", _unit_in_label(cell.text)) for cell in names]
    columns: list[TableColumn] = []
    consumed = {start}
    k = start + 1
    while k + 1 < len(lines):
        year_cells, values = _pipe_cells(lines[k]), _pipe_cells(lines[k + 1], keep_empty=True)
        year = _YEAR_HEADER.match(_SPACES.sub("", year_cells[0].text)) if len(year_cells) == 1 else None
        if not year or len(values) != len(names) or not all(is_value_cell(c.text) or not c.text for c in values):
            break
        columns.append(TableColumn(int(year.group(1)), bool(year.group(2)), year_cells[0],
                                   _role_word(_SPACES.sub("", year_cells[0].text))))
        for row, cell in zip(rows, values):
            if VALUE_CELL.match(cell.text):
                row.cells.append(TableCell(cell, columns[-1]))
        consumed |= {k, k + 1}
        k += 2
    if not columns:
        return None
    attributes = _pipe_cells(lines[k]) if k < len(lines) and _PIPE in lines[k].text else []
    if len(attributes) == len(names) + 1 and _ATTRIBUTE_HEADER.match(_SPACES.sub("", attributes[0].text)) \
            and all(_ATTRIBUTE.match(c.text) for c in attributes[1:]):
        for row, cell in zip(rows, attributes[1:]):
            row.attribute = cell.text
        consumed.add(k)
    above = _pipe_cells(lines[start - 1]) if start > 0 and _PIPE in lines[start - 1].text else []
    caption = ""
    if len(above) == 1 and _is_label(above[0].text) and len(above[0].text) <= MAX_CELL_LENGTH:
        caption = above[0].text
        consumed.add(start - 1)
    rows = [row for row in rows if row.cells]
    for row in rows:
        row.caption = caption
    return Table(caption, columns, rows, consumed, years_in_rows=True) if rows else None


__all__ = ["VALUE_CELL", "Table", "TableRow", "TableCell", "TableColumn", "find_tables", "is_value_cell", "heading_level"]
