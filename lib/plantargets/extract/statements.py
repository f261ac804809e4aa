"""Turn a document's sentences and table rows into stated values with their exact spans.

Every number token in the prose is accounted for: it becomes a value, is recognised as structure (a year,
a date, an ordinal, a document number, part of a name or of an indicator's definition), or is kept as a
flag (``unclassified_number``) with the reason it could not be classified. A numeral character alone inside
a word (the 一 of 进一步) is not a number token (``NUMBER_TOKEN``, codebook/numerals_in_words.csv).
"""

from __future__ import annotations

import bisect
import re
import string
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain

from plantargets.extract.numbers import (
    ARABIC_NUMBER,
    COMPARATOR_PREFIXES,
    CN_DIGITS,
    CN_NUMERAL,
    HORIZONTAL_SPACE,
    PER_100_THOUSAND_UNITS,
    RATIO_TO_ONE_UNITS,
    UNIT_PATTERN,
    UNITS_AS_WRITTEN,
    NumberParseError,
    parse_comparator,
    parse_numeral,
    FIVE_YEAR_PLANS,
    parse_period,
    plan_year_placed,
    standardize,
)
from plantargets.flags import Flag
from plantargets.paths import codebook_rows
from plantargets.paths import phrase_words as _phrase_words  # the alternation of one role's words
from plantargets.pattern_cache import compile_pattern
from plantargets.scanning import could_match, first_characters, guarded, last_match, shortest_match, skipping
from plantargets.text.context import (
    PART_OF_THE_YEAR,
    PLAUSIBLE_YEARS,
    PlaceTracker,
    SectionRole,
    SectionTracker,
    cue_pattern,
    may_announce_a_section,
    names_a_task,
    names_targets_met,
    infer_current_year,
    without_closing_links,
    plans_after_its_results,
    results_year_and_whether_stated,
    written_year_and_month,
)
from plantargets.text.normalize import NormalizedText
from plantargets.text.places import Place, place_named
from plantargets.text.segment import Document, Line, gives_the_title, metadata_line_pattern, split_sentences
from plantargets.text.tables import VALUE_CELL, Table, find_tables, pipe_row_cells

KINDS = ("target", "baseline", "actual")
TARGET_TYPES = ("level", "growth", "cumulative", "count")
COMMITMENTS = ("确保", "力争", "争取", "预测", "plain")

# How far back from a number the extractor reads: its clause, year and commitment words are near it, and a
# bound keeps the work linear in the length of a sentence that never ends (a flattened page of commas).
CONTEXT = 200
LOOK_BEHIND = 40
MIN_REPEATED_CHARS = 20  # a shorter line repeated (a heading, "各位代表:") is not a repeated paragraph
# A document's year is announced in its title and first paragraphs; reading further costs time on huge files.
CONTEXT_HEAD = 6000
CONTEXT_FOOT = 600  # characters at a document's end in which its date may stand
_NUMBER = rf"(?:{ARABIC_NUMBER}|{CN_NUMERAL})"
_RANGE_DASH = r"\s*(?:[-—–~～至]{1,2}|(?<![%‰万亿])到)\s*"  # 0.5到1个百分点 (not 从75%到80.22%: a change)
RATIO_TO_ONE = "|".join(map(re.escape, RATIO_TO_ONE_UNITS))  # 生师比为13.96∶1: the later term as the value's unit
PER_100_THOUSAND = "|".join(map(re.escape, PER_100_THOUSAND_UNITS))  # 孕产妇死亡率12/10万: the base as its unit
# what a unit is per (9公里/平方公里, 800元/月, 3所/百万人口: codebook phrase_words unit_denominator), scaled or not
PER_UNIT = rf"[百千万]{{0,2}}(?:{_phrase_words('unit_denominator')})"
# A ratio from one (医护比为1:1.25, 比例不低于1∶15): its later term is the value, "1:" its unit; not a ratio of three
# terms (1:2:3) nor a clock time (11:30)
_RATIO_FROM_ONE = r"(?<![\d.:∶/])1\s*[:∶：︰]\s*(?=\d+(?:\.\d+)?(?![\d.]|\s*[:∶：︰]\s*\d))"
# A fraction written with a slash (比重超过1/3, 城镇人口3/4): one digit over one, not a date's (2024/3/5, 3/5/2024),
# a page's (第1/3页: codebook phrase_words not_a_fraction_before) nor a rate per 100,000's (2/10万)
_SLASH_FRACTION = rf"(?<![\d./\-:])(?<!{_phrase_words('not_a_fraction_before')})[1-9]\s*/\s*(?=[2-9](?![\d./]))"
TOKEN = compile_pattern(
    rf"(?:(?P<pct>百分之|千分之)|(?P<den>[二两三四五六七八九十]|\d{{1,2}})分之|(?P<one>{_RATIO_FROM_ONE})"
    rf"|(?P<numer>{_SLASH_FRACTION}))?(?P<sign>(?<![\d.%])[-−])?(?P<num>{_NUMBER})(?:(?P<unit1>%|‰|万|亿)?(?P<dash>{_RANGE_DASH})(?P<num2>{_NUMBER}))?\s*(?P<unit>{UNIT_PATTERN}|万|亿|(?:{RATIO_TO_ONE})(?![\d.:∶])|(?:{PER_100_THOUSAND})(?![\d.]))?"
    rf"(?(unit)(?P<per>/(?:{PER_UNIT})))?(?:(?P<approx>多|余)(?P<unit2>{UNIT_PATTERN}|万|亿)?)?"
)
_TOKEN_SOURCE = TOKEN.pattern
TOKEN = guarded(TOKEN)  # the same matches, without trying the whole pattern at every character (scanning.py)


def _numeral_in_a_word() -> str:
    """A numeral character alone inside a word (the 一 of 进一步, the 零 of 零售): a Chinese character on each side,
    nothing after it that makes it part of a longer token (a numeral, 点, a range's 至, 分之, a unit, 多/余), and
    no mark of a date or an ordinal around it (第一, 五月, 三号, 二期: codebook/numerals_in_words.csv). Every such
    token is structure (the cascade reads a Chinese numeral without a unit as part of a name or phrase), so it
    is not a number token at all."""
    rows = codebook_rows("numerals_in_words.csv")
    before = "".join(row["word"] for row in rows if row["role"] == "ordinal_mark_before")
    after = "".join(row["word"] for row in rows if row["role"] == "date_or_ordinal_mark_after")
    return (rf"(?<=[\u4e00-\u9fff])(?<![{before}])[{CN_DIGITS}](?=[\u4e00-\u9fff])"
            rf"(?![{CN_DIGITS}{after}点至多余]|分之|{UNIT_PATTERN})")


# The number tokens of the ledger: TOKEN's matches but a numeral alone inside a word. (The list readers, which
# look for a list's values, still use TOKEN.)
NUMBER_TOKEN = guarded(compile_pattern(rf"(?!{_numeral_in_a_word()})(?:{_TOKEN_SOURCE})"))
_TOKENS_IN = skipping(NUMBER_TOKEN)  # NUMBER_TOKEN.finditer of a sentence, from its first digit or numeral


# bare numbers of a list, then one with its unit: "1.8和1.7%", "23.7、18.0和9.6个百分点"
_UNIT_LATER_IN_LIST = compile_pattern(rf"(?:\s*[、和及与]\s*(?:{ARABIC_NUMBER})(?![\d.]))*?\s*[、和及与]\s*(?:{ARABIC_NUMBER})\s*"
                                      rf"(%|‰|{UNIT_PATTERN})")


def _scale_written_in_words(numeral: str, unit: str) -> tuple[float, str] | None:
    """A Chinese numeral ending in its scale before a unit (一万两千三百亿元, 两亿元) as the number and the scaled unit
    as written (12300, 亿元), as an Arabic numeral is (12300亿元), when the codebook has the scaled unit; else None."""
    if len(numeral) < 2 or numeral[-1] not in "万亿" or not unit or numeral[-1] + unit not in UNITS_AS_WRITTEN \
            or not any(c in CN_DIGITS for c in numeral[:-1]):
        return None
    try:
        return parse_numeral(numeral[:-1]), numeral[-1] + unit
    except NumberParseError:
        return None


def _slash_fraction(numerator: int, denominator: float) -> float:
    """The share a fraction written with a slash states, to four places; one not less than a whole is no share."""
    if numerator >= denominator:
        raise NumberParseError(f"{numerator}/{denominator:g} is not a share (numerator not below denominator)")
    return round(numerator / denominator, 4)


def unit_of(match: re.Match) -> str:
    """The unit a number token states: % for 百分之, ‰ for 千分之, the scale and unit around 多/余 joined (1.8万余个
    → 万个), a unit per another with it (9公里/平方公里)."""
    pct, den, unit, unit1, unit2, per = match.group("pct", "den", "unit", "unit1", "unit2", "per")
    if pct == "千分之":
        return "‰"
    if pct or den:
        return "%"
    if match.group("one"):
        return "".join(match.group("one").split())
    unit, unit2 = unit or unit1 or "", unit2 or ""
    if unit2 and unit in ("", "万", "亿"):
        return unit + unit2
    return unit + (per or "")
# Measure words after which a Chinese numeral is read as a quantity.
_CN_QUANTITY_UNITS = frozenset(_phrase_words("count_unit_after_a_chinese_numeral").split("|"))
_ROUND_MAGNITUDE = compile_pattern("[百千万亿]+")  # 万, 千万, 百亿: a round number written as its scale alone
# a text's parts, a body's sessions, an era's years (民国三十四年): numbered, not counted
_NUMBERED_NOT_COUNTED = frozenset(("章", "节", "条", "款", "届", "年"))
# a numeral of three places or more, digits on both sides of a place (一百六十七, 二十三, 一千零五, 两万四千八百): a count
_COUNTED_IN_PLACES = compile_pattern("[一二两三四五六七八九][十百千万亿](?:[零〇]?[一二两三四五六七八九][十百千万]?)+")
# The comparators before a number that bound it from below or about (突破, 超过, 逾, 近: codebook/comparators.csv).
_LOWER_BOUND_WORDS = tuple(word for word, comparator in COMPARATOR_PREFIXES if comparator in (">", ">=", "~"))
# Units of measure after which a Chinese numeral is a quantity too (money, people, area, weight, rates).
_CN_MEASURE_UNITS = frozenset(("万亿元", "兆元", "亿元", "万元", "元", "美元", "万美元", "亿美元", "万人次", "万人", "人次", "万吨", "吨", "万亩", "亩", "公里",
                               "平方米", "万平方米", "%", "‰", "个百分点", "百分点", "成", "倍"))
# ":" ends a clause, but not as the sign of a ratio to one (2.05:1下降为2.02:1)
_CLAUSE_BREAK = compile_pattern(r"(?:[,;。!?]|(?<!\d):|:(?!1(?![\d.:∶])))")
_QUOTED = compile_pattern(r"[“\"《][^”\"》]{0,20}[”\"》]")  # (「」『』 of traditional print: the normalizer reads them as “”)
_OPENS_A_QUOTATION = ("“", '"', "《")


def _quotation_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the short quotations in ``text`` (a name in “” or 《》)."""
    return [m.span() for m in _QUOTED.finditer(text)] if any(mark in text for mark in _OPENS_A_QUOTATION) else []


# The words that shape an indicator phrase (codebook/phrase_words.csv): commitment, the verbs of growth, level,
# addition and counting, and the subjects and time words an indicator phrase starts with.
_COMMITMENT_CUE = compile_pattern(_phrase_words("commitment"))
# the part of the year so far or 已, after the year's word or not, set before a comma (1—10月,完成投资5.8亿元; 今年1-8月,
# 发生事故265起; 截至目前,…): it leads a sentence, or a clause after a comma ("记者…获悉,1—2月,全市…增长9.5%")
_SO_FAR = rf"(?:(?:{_phrase_words('this_year_word')})\s*)?({_phrase_words('completion_cue')})\s*[,,]"
_SO_FAR_LEADING = compile_pattern(rf"\s*{_SO_FAR}")
_SO_FAR_AFTER_A_COMMA = compile_pattern(rf"[,,;;::]\s*{_SO_FAR}")
_ESTIMATE = compile_pattern(_phrase_words("estimate_word"))  # 预计: a result estimated before the year's figures are in
_ESTIMATE_LEADING = compile_pattern(rf"\s*(?:{_phrase_words('estimate_word')})\s*[,,]")  # "预计,…": it frames the sentence
# a line of an execution report: the year's target, a colon, then what the year is estimated to come to
# (a value before the colon, not a year: "2025年…主要预期目标是:预计…增长5.5%左右" states targets)
_ESTIMATE_AFTER_A_TARGET = compile_pattern(rf"(?<![\d.])\d+(?:\.\d+)?(?![\d.]|\s*年)[^::。;;]*[::]\s*"
                                           rf"({_phrase_words('estimate_word')})[^::。;;]*$")
# an estimate of the year the page speaks in ("预计江西省今年农民人均收入…", "预计全年…可完成…")
_ESTIMATE_OF_THE_YEAR = compile_pattern(rf"(?:{_phrase_words('estimate_word')})[^,,。;;\d]{{0,10}}?(?:今年|全年|本年)")
_GROWTH_VERB = compile_pattern(rf"({_phrase_words('growth_verb')})(?:了)?$")
# a growth verb with what qualifies it as a rate ("年均增长": 均 alone is a level verb, 均达到)
_QUALIFIED_GROWTH_VERB = compile_pattern(rf"(?:年均|平均)?({_phrase_words('growth_verb')})(?:了)?$")
_LEVEL_VERB = guarded(compile_pattern(rf"({_phrase_words('level_verb')})$"))  # (scanning.py: the same matches, faster)
_CUMULATIVE = compile_pattern(_phrase_words("cumulative_verb"))
# an indicator measured in years of age, whose 岁 is a value's unit (人均期望寿命80岁)
# (its words up to the value: "人均预期寿命比“十三五”末提高1岁", heldout102 n03)
_MEASURED_IN_AGE = compile_pattern(rf"(?:{_phrase_words('measured_in_years_of_age')})[^,;。\d]{{0,12}}$")
_COMPLETION_CUE = compile_pattern(_phrase_words("completion_cue"))  # 已, 截止目前: what is stated is done
# words that hold a target cue in another sense ("将20所…办成": 将 as 把; 平均每年: an average)
_NOT_A_TARGET_CUE = guarded(compile_pattern(_phrase_words("not_a_target_cue")))
# "由上年的293人": the value of the year before the one the statement speaks of (a share of it, 上年的95%, is not)
_OF_THE_YEAR_BEFORE = compile_pattern(_phrase_words("value_of_the_year_before"))
# "比2015年的65.67…": the value of the year compared with
_OF_A_BASE_YEAR = guarded(compile_pattern(_phrase_words("value_of_a_base_year")))
_SHARE_UNITS = ("%", "倍")
_COUNT = compile_pattern(_phrase_words("count_verb"))
_QUOTED_TASK_VERB = compile_pattern(_phrase_words("quoted_task_verb"))
_EXTENT_BEHIND = compile_pattern(rf"(?:{_phrase_words('extent_word')})(?:为|约)?\s*$")
_EXTENT_OF_A_PLACE = "the extent of a place (面积N平方公里), a fact of it"
# a quotation of what is named and how much, its quantity last (《城镇新增就业2000人以上》《建成全民健身中心1个》 as a
# list of a year's projects): a statement, not a title; a name's number has no unit after it at its end (“3815”战略),
# and a slogan's has a word or two before it ("把握“白金6小时”", "“三个90%”")
# a bound after the number, quoted with it; a scraped page may put a space between them ("增长 6% 左右")
_QUOTED_SUFFIX = compile_pattern(rf"[{HORIZONTAL_SPACE}]*(?:及以上|以上|以下|以内|左右|多|余)")
_QUOTE_ENDS_ON_A_QUANTITY = compile_pattern(
    rf"(?:[^“”\"《》\d]*?[\u4e00-\u9fff]){{3}}[^“”\"《》]*?\d[\d.]*\s*(?:{UNIT_PATTERN})(?:{_QUOTED_SUFFIX.pattern})?")
# the words after a quotation that name what it quotes a target (“2200个老年教育学位”增量目标, “植树造林90万亩”年度任务目标)
_QUOTE_NAMED_A_TARGET = compile_pattern(_phrase_words("named_as_a_target_after_a_quote"))
_SLOGAN_COUNT_BEFORE = compile_pattern(_phrase_words("count_opening_a_quoted_slogan"))  # (“两个95%”目标)
_OPEN_QUOTATION = compile_pattern(r"[“《](?=[^“”《》]*$)")  # the quotation a value stands in, not closed before it
_QUOTED_STATEMENT = compile_pattern(rf"[^“”\"。;]{{2,20}}?(?:{_phrase_words('quoted_statement_verb')})")  # “…渗透率达45%”
# a quotation of a change's figure, or of several: “增长7%以上”, “保8%、争9%” (the number after its verb)
_QUOTED_CHANGE = compile_pattern(rf"(?:(?:{_phrase_words('quoted_change_verb')})\s*[\d.]+\s*%?\s*[、,]\s*)*"
                                 rf"(?:{_phrase_words('quoted_change_verb')})\s*")
# "地区生产总值预期目标为“增长7%左右”": the measure of a quoted change is named before the quotation, its target words aside
_TARGET_BEFORE_A_QUOTATION = compile_pattern(rf"(?:{_phrase_words('target_before_quotation')})\s*$")
_SUBJECT = compile_pattern(rf"^(?:{_phrase_words('subject_word')})+")
_NOUN_NOT_VERB = compile_pattern(_phrase_words("noun_not_verb"))


@dataclass
class StatedValue:
    """A value as stated in one place of one document, before harmonization."""

    doc: Document
    kind: str
    indicator_zh: str
    value: float
    value_high: float | None
    unit: str
    value_std: float
    value_std_high: float | None
    unit_std: str
    comparator: str
    target_type: str
    commitment: str
    binding: str
    year: int | None
    period_start: int | None
    period_end: int | None
    year_inferred: bool
    per_year: bool
    section_path: tuple[str, ...]
    quote_span: tuple[int, int]  # normalized offsets of the quote
    number_span: tuple[int, int]  # normalized offsets of the number itself
    sentence: str
    origin: str  # "prose" or "table"
    char_start: int = -1  # raw offsets of the quote and of the number (set by locate_in_raw)
    char_end: int = -1
    value_char_start: int = -1
    value_char_end: int = -1
    other_sources: list[str] = field(default_factory=list)
    flag_types: set[str] = field(default_factory=set)
    merged_into: str | None = None  # target_id of another capture's copy of this value, when that one is kept
    quote: str = ""  # the raw text of [char_start, char_end), filled once the raw text is at hand
    place: Place | None = None  # the place the statement is about (text/places.py), with its parent
    year_basis: str = ""  # where the year comes from: stated, or what it was inferred from
    kind_basis: str = ""  # the rule that made it a target, baseline or actual (cue word, section, table column)
    direction: str = ""  # for a change: "increase" (增长, 提高) or "decrease" (下降, 减少); the value stays as written

    def locate_in_raw(self, norm: NormalizedText) -> None:
        """Map the quote to raw offsets; a quote that would span cut-out text shrinks to the number."""
        start, end = self.quote_span
        if not norm.is_contiguous(start, end):
            start, end = self.number_span[0], max(self.number_span[1], min(end, self.number_span[1] + 4))
            while end > self.number_span[1] and not norm.is_contiguous(start, end):
                end -= 1
            self.quote_span = (start, end)
        self.char_start, self.char_end = norm.to_raw(start, end)
        self.value_char_start, self.value_char_end = norm.to_raw(*self.number_span)


@dataclass
class NumberToken:
    """One number token seen in a document and what became of it (the ledger behind "nothing is lost")."""

    doc_id: str
    source_file: str
    char_start: int  # raw offsets of the token
    char_end: int
    outcome: str  # value, structure or flagged
    reason: str  # why structure, or the flag's message; empty for values
    value: StatedValue | None = None
    text: str = ""  # the raw text of the token, filled once the raw text is at hand
    shares: int = 0  # the k-th further statement of a value one list shares ("A、B均达到100%": B's is 1)


@dataclass
class CaptionedFigure:
    """A figure opening a line over its caption ("167.83亿元——经济总量稳步提升"), flagged when read."""

    numeral: str
    value: float
    unit: str
    number_span: tuple[int, int]  # normalized offsets
    line: Line
    flag_index: int
    token_index: int


@dataclass
class ExtractionResult:
    values: list[StatedValue]
    flags: list[Flag]
    tokens: list[NumberToken] = field(default_factory=list)
    # the page's cued values are all targets: its prose is read again with this set to the basis of the uncued
    # values' kind (_a_page_of_commitments)
    page_of_commitments: str = ""
    # where a work report's first line of commitment starts (_first_commitment): before it, its review
    first_commitment: int = 0
    # figures over a caption that no indicator named, flagged until the statement below names them
    captioned: list[CaptionedFigure] = field(default_factory=list)
    # values whose indicator the words around them named (_words_naming_an_unnamed_value), until the prose is read
    unnamed: list[StatedValue] = field(default_factory=list)

    @property
    def token_outcomes(self) -> Counter:
        """How many tokens ended as values, flags, or each kind of structure."""
        return Counter(t.outcome if t.outcome != "structure" else f"structure:{t.reason}" for t in self.tokens)


# Types whose title names the year they plan; a report of no known type may be titled by the year it reviews
_TYPES_TITLED_BY_THE_YEAR_THEY_PLAN = ("project_list", "work_plan", "plan", "action_plan")


def extract_values(doc: Document, norm: NormalizedText) -> ExtractionResult:
    """All stated values of one document: table rows first, then the prose lines tables did not consume."""
    result = ExtractionResult([], [])
    if doc.current_year is None:
        head = norm.text[doc.start:min(doc.end, doc.start + CONTEXT_HEAD)]
        foot = norm.text[max(doc.start, doc.end - CONTEXT_FOOT):doc.end]
        # the title of a year's list or plan found below a portal's furniture names the year it plans (a repost's
        # dateline is later: "2019年崇明区政府实事项目和重点工程安排" over 发布时间:2020-11-17, heldout436 n09)
        planned = doc.title if doc.doc_type in _TYPES_TITLED_BY_THE_YEAR_THEY_PLAN else ""
        current = infer_current_year(head, doc.issued_date, foot, planned)
        if current:
            doc.current_year, doc.current_year_evidence = current.year, current.evidence
        doc.results_year, results_stated = results_year_and_whether_stated(head, doc.current_year, doc.title)
        doc.plans_after_its_results = plans_after_its_results(current, doc.results_year, results_stated)
        doc.written_year, doc.written_month = written_year_and_month(head) or (None, None)
    document_place = doc.place_zh or doc.city_zh
    place_tracker = PlaceTracker(place_named(document_place) if document_place else None)
    tables = find_tables(doc.lines)
    consumed = set().union(*(t.line_ids for t in tables)) if tables else set()
    doc.task_lines = {row.label.start for table in tables if table.task_labels for row in table.rows}
    for table in tables:
        _extract_table(doc, norm, table, result)
    for value in result.values:  # a table's rows are the document's place's
        value.place = place_tracker.document_place
    cell_spans = sorted((cell.line.start, cell.line.end) for table in tables for row in table.rows for cell in row.cells)
    cell_starts = [start for start, _ in cell_spans]
    for index in sorted(consumed):
        line = doc.lines[index]
        for match in NUMBER_TOKEN.finditer(line.text):  # captions, year headers, row numbers, group rows, units
            start, end = _abs(match.span(), line.start)
            i = bisect.bisect_right(cell_starts, start) - 1
            if i >= 0 and start < cell_spans[i][1]:
                continue  # a value cell: read by its table row
            _token(result, doc, norm, (start, end), "structure", "table caption, header or row number")
    read_in_tables = len(result.values), len(result.flags), len(result.tokens)
    if doc.doc_type == "work_report":
        result.first_commitment = _first_commitment(doc)
    _extract_prose(doc, norm, consumed, result)
    body = norm.text[doc.start:doc.end]
    commitments = _a_page_of_commitments(result.values, norm.text, _title_commits(doc.title, doc.current_year)) \
        if doc.dated or _one_plan_named(body) or _one_plan_period_named(body) \
        or _one_horizon_named(norm.text, doc.start, doc.end) or _names_no_time(body) else ""
    if commitments:
        # (an undated page's targets would have no year, unless it names one five-year plan or one horizon (到2025年):
        # they are of its last year, or of the horizon)
        del result.values[read_in_tables[0]:], result.flags[read_in_tables[1]:], result.tokens[read_in_tables[2]:]
        result.unnamed.clear()
        result.page_of_commitments = commitments
        _extract_prose(doc, norm, consumed, result)
    if result.unnamed:
        result.values[read_in_tables[0]:] = sorted(result.values[read_in_tables[0]:] + result.unnamed,
                                                   key=lambda value: value.number_span[0])
        result.unnamed.clear()
    if not doc.dated:
        _targets_of_the_one_plan_named(norm.text[doc.start:doc.end], result.values)
        _the_year_an_undated_page_names_most(without_closing_links(norm.text[doc.start:doc.end]), result.values,
                                             norm.text[doc.start:doc.end])
        if (doc.start, doc.end) != (0, len(norm.text)):  # one part of a page: what the rest of it names
            # (targets captured above the attachment line that names their plan, heldout264 n04)
            _targets_of_the_one_plan_named(norm.text, result.values)
            _the_year_an_undated_page_names_most(without_closing_links(norm.text), result.values, norm.text)
    elif doc.doc_type != "work_report":
        _targets_of_the_one_horizon_named(norm.text, doc, result.values)
    for value in result.values:
        value.locate_in_raw(norm)
    return result


def _years_named(text: str) -> Counter:
    """How often a text names each plausible year (2016年)."""
    return Counter(year for found in _YEAR_WORD.findall(text) if (year := int(found[:4])) in PLAUSIBLE_YEARS)


# "力争基本完成2000年底前建成的需改造城镇老旧小区改造任务" (heldout284 n01): which things, by when they were built
_BUILT_BEFORE_A_YEAR = r"\s*(?:底|末)?\s*(?:以)?前[^,,。;;\d]{0,8}?的"
# a year named as the base of a comparison or the start of a change (比2010年提高, 由2010年的…, 2010年以来), or as when
# things were built (2000年以前的老旧小区)
_BASE_YEAR_NAMED = compile_pattern(r"(?:比|较|与|同|从|由)\s*(?:19|20)\d{2}\s*年(?:底|末)?|"
                                   r"(?:19|20)\d{2}\s*年(?:底|末)?(?:以来|的?基础上|相比)|"
                                   rf"(?:19|20)\d{{2}}\s*年{_BUILT_BEFORE_A_YEAR}")


def _years_named_not_as_bases(text: str) -> Counter:
    """How often a text names each plausible year other than as a base or a start (_BASE_YEAR_NAMED): a page that
    names 2015年 once and compares with 比2010年 three times speaks of 2015."""
    return _years_named(_BASE_YEAR_NAMED.sub(_blank, text) if "年" in text else text)


# after four digits before a Chinese character: a year's 年, or a unit or a word of quantity (2000余人, 2035万人, 2000户)
_NOT_A_BARE_YEAR_AFTER = rf"(?!年|余|多|以|左右|万|亿|(?:{UNIT_PATTERN}))"
# a year written with no 年: a forum's or a campaign's name (2021数字乡村论坛, "2020实现多项突破"), a link's date
# (2017-01-10泉州市…); not a quantity (2000户, 2022戶) nor a document's number (〔2022〕2号)
_YEAR_WITHOUT_NIAN = compile_pattern(rf"(?<![\d.:/〔\[((])((?:19|20)\d{{2}})"
                                     rf"(?:(?=-\d{{1,2}}-\d{{1,2}}|[,,])|(?=[\u4e00-\u9fff]){_NOT_A_BARE_YEAR_AFTER})")


def _years_named_without_nian(text: str) -> Counter:
    """How often a text names each plausible year without 年: evidence of the year of an undated page that names
    none with it."""
    return Counter(year for found in _YEAR_WITHOUT_NIAN.findall(text) if (year := int(found)) in PLAUSIBLE_YEARS)


def _the_year_an_undated_page_names_most(text: str, values: list[StatedValue], whole: str = "") -> None:
    """An undated page's values no rule dated take the year its text names most often (a news item's 2016年 over
    its paragraphs, a report's 2022年 in its headings): where the page names none for a value, its years are the
    best evidence there is (on the read sets the gold's main year is the one named most on 92 of the 133 undated pages
    that name a year; the others' come from the page's address or its date elsewhere). A page whose article names
    none with 年 takes one named without it, else one of the links it ends on (``whole``, its text with them): on the
    read sets' 93 such pages with gold years, that year is the gold's main year on 59."""
    for source, count, named in ((text, _years_named_not_as_bases, "{}年"), (text, _years_named, "{}年"),
                                 (text, _years_named_without_nian, "{}, without 年"),
                                 (whole, _years_named, "{}年, in its links"),
                                 (whole, _years_named_without_nian, "{}, without 年, in its links")):
        years = count(source)
        if years:
            break
    else:
        return
    most = max(years.values())
    horizons = {int(parse_numeral(found.group(1))) for found in _STATED_YEAR.finditer(source)}
    # a tie: a result takes the year named first; a target the latest not named as a horizon (到2020年), which a page
    # of 2016 names beside its own
    first = years.most_common(1)[0][0]
    latest = max((named_year not in horizons, named_year) for named_year, count in years.items() if count == most)[1]
    for value in values:
        if value.year is None and value.kind in ("actual", "target") and value.year_basis != _THIS_YEAR_OF_A_PERIOD:
            year = latest if value.kind == "target" else first
            after = value.year_basis == _NEXT_YEAR_OF_AN_UNDATED_PAGE  # "明年仓山区将…" on a page naming 2021年
            value.year, value.year_inferred = year + after, True
            value.year_basis = f"{'明年 after ' if after else ''}the year an undated page names most ({named.format(year)})"


def _one_plan_named(text: str) -> tuple[int, int] | None:
    """The period of the one five-year plan a text names, if it names one and no other."""
    named = {FIVE_YEAR_PLANS[name] for name in _NAMED_PLAN.findall(text)}
    return named.pop() if len(named) == 1 else None


# a plan named with its period in book-title marks: 《西安市基础教育提升三年行动计划(2019-2021年)》
_PLAN_WITH_ITS_PERIOD = compile_pattern(r"《[^》\n]{2,80}?[((]\s*((?:19|20)\d{2})\s*[-—–~至到]{1,2}\s*"
                                        r"((?:19|20)\d{2})\s*年?\s*[))]\s*》")


def _plan_named_last(words: str) -> tuple[int, int] | None:
    """The period of a plan named with it in book-title marks when nothing after the name states another year."""
    named = _last_match(_PLAN_WITH_ITS_PERIOD, words)
    if named is None or _YEAR_WORD.search(words, named.end()):
        return None
    return int(named.group(1)), int(named.group(2))


def _one_plan_period_named(text: str) -> tuple[int, int] | None:
    """The period of the one plan a text names in book-title marks with its period, if it names one and no other."""
    named = {(int(m.group(1)), int(m.group(2))) for m in _PLAN_WITH_ITS_PERIOD.finditer(text)} if "《" in text else ()
    return next(iter(named)) if len(named) == 1 else None


def _targets_of_the_one_plan_named(text: str, values: list[StatedValue]) -> None:
    """An undated page that names one five-year plan and no other ("“十一五”职业教育发展的主要任务" under a plan's
    targets captured without its title) is that plan's text: a target no rule dated is of the plan's last year."""
    named = _one_plan_named(text)
    if named is None:
        return
    start, end = named
    years = _years_named(text)
    if years and start <= years.most_common(1)[0][0] < end:
        return  # "2022年洛阳市交通运输工作会议…力争到“十四五”末…": a year's page inside the plan, dated by that year
    # "回望“十四五”,…" : a page that looks back on the plan is of the year after it, its targets that year's
    looked_back = any(_PLAN_LOOKED_BACK_ON.search(text, max(0, m.start() - 4), m.start())
                      for m in _NAMED_PLAN.finditer(text))
    for value in values:
        if value.kind == "target" and value.year is None and value.year_basis != _THIS_YEAR_OF_A_PERIOD:
            value.year, value.year_inferred = (end + 1 if looked_back else end), True
            value.year_basis = f"the year after the one five-year plan an undated page looks back on ({start}-{end})" \
                if looked_back else f"the end of the one five-year plan an undated page names ({start}-{end})"


_PLAN_LOOKED_BACK_ON = compile_pattern(_phrase_words("plan_looked_back_on"))


_NEXT_YEAR_OF_AN_UNDATED_PAGE = "明年 on an undated page"
_THIS_YEAR_OF_A_PERIOD = "今年 on a page dated only by a period of several years"
# what ends a chain of clauses joined by semicolons (full-width ; is ; once normalized)
_CLAUSE_CHAIN_ENDS = ("。", "\n")
_OPENS_ON_THIS_YEAR = compile_pattern(r"[ \t\u3000]*(?:今年|年内)[,,]")


def _one_horizon_named(text: str, start: int, end: int) -> int | None:
    """The one horizon ``text[start:end]`` names (到2025年), if it names one and no other, before the list of links
    to other pages it may end on (a related headline's "到2025年…" is another page's)."""
    found = list(_STATED_YEAR.finditer(text, start, end))
    if found:  # (most pages name none: their links are not sought)
        end = start + len(without_closing_links(text[start:end]))
    horizons = {int(parse_numeral(m.group(1))) for m in found if m.start() < end}
    return horizons.pop() if len(horizons) == 1 else None


def _targets_of_the_one_horizon_named(text: str, doc: Document, values: list[StatedValue]) -> None:
    """A page that names one horizon and no other (到2020年, after the page's year) sets its targets to it: a target
    dated only by the page's date, before the horizon is named ("每个县城区至少要办好3所…。到2020年,…") and with no
    word of the page's own year (今年, 年内), is of that year. A work report's targets are its year's."""
    horizon = _one_horizon_named(text, doc.start, doc.end)
    if horizon is None or horizon <= doc.report_year:
        return
    plan = _one_plan_named(text[doc.start:doc.end])
    # "“十一五”期间,安徽将…;…力争到二〇二〇年…" on a page of 2006: the plan the page speaks of ends first
    by_plan = plan is not None and plan[0] <= doc.report_year <= plan[1] < horizon
    if by_plan:
        horizon = plan[1]
    for value in values:
        if value.kind != "target" or not value.year_basis.startswith(_DOCUMENT_YEAR):
            continue
        start = max(doc.start - 1, *(text.rfind(end, doc.start, value.number_span[0]) for end in _CLAUSE_CHAIN_ENDS))
        paragraph = max(doc.start, text.rfind("\n", doc.start, value.number_span[0]) + 1)
        # its sentence up to it, and the clauses before it up to a semicolon ("今年内将完成…;实现…,新建6个…"), or a
        # paragraph that opens on 今年 ("今年,我市…将奋力推进…。主攻稳外贸…,实现…增长10%", heldout748 n02)
        if not _THIS_YEAR.search(text, start + 1, value.number_span[0]) \
                and not _OPENS_ON_THIS_YEAR.match(text, paragraph, value.number_span[0]):
            value.year, value.year_inferred = horizon, True
            value.year_basis = (f"the end of the one five-year plan the page names ({plan[0]}-{plan[1]}), before its "
                                f"one horizon; {value.year_basis}" if by_plan
                                else f"the one horizon the page names (到{horizon}年; {value.year_basis})")


# A numbered item that opens on a verb of work and states a quantity ("1.改造县乡公路1500公里", "7.建设乡镇卫生院300所"):
# one of a work report's list of the year's tasks
_AN_ITEM_OF_WORK = compile_pattern(rf"\s*\d{{1,2}}\s*[.、]\s*(?:{_phrase_words('work_item_verb')})[^。\d]{{0,30}}\d")


def _first_commitment(doc: Document) -> int:
    """Where a document's first sentence that commits starts, else its end: a sentence holding a target-section cue
    (主要预期目标) or a cue that governs a value (力争达到95%, 目标为6%), or led by a target cue (将, 力争, 到2025年 in
    its first characters), unless the cue names targets met (确定的目标任务基本完成). A work report reviews its
    year before it sets the next one's targets; a cue deep in a
    sentence with no value after it (…,未来五年,该县还将大力发展旅游业) commits to nothing, nor does a bound cue after
    its paragraph's results (…增长9.3%。…失业率控制在3.18%: one more result). A paragraph titled by a task, with no
    result in it, commits from its start (a report's tasks captured without their chapter), as does a sentence that
    opens on a task's verb in prose (a line with a sentence's mark, not a heading: "做好“六稳”“六保”" over results)
    on a dated page that has reviewed nothing before it (no review, result or whole-year cue, no past year: a report
    captured from the middle of its tasks, "…(十一)⏎有针对性解决热点民生。加快…。培树12个…示范县"). Sentences, not
    lines: a report scraped as one line is one line."""
    target_section = cue_pattern("target_section")
    reviewed = False  # whether a review, result or whole-year cue or a past year came before (the lines read so far)
    dated = doc.report_year is not None  # (an undated page's targets could take no year: its values stay results)
    for line in doc.lines:
        if ("。" in line.text and _titled_by_a_task(line.text) or _AN_ITEM_OF_WORK.match(line.text)) \
                and not _DONE_MARKER.search(line.text) \
                and not cue_pattern("actual_cue").search(line.text) and not _COMPLETION_CUE.search(line.text):
            return line.start  # "扎实有序推进乡村建设治理。统筹…,…管控率达20%以上"; "1.改造县乡公路1500公里"
        values_before = False
        prose = dated and _SENTENCE_MARK.search(line.text) is not None
        for start, _end, sentence in split_sentences(line.text, line.start):
            rest = line.text[start - line.start:]  # (its paragraph from it: "扎实推进…。…达到了20%" reviews)
            if prose and not reviewed and names_a_task(sentence) \
                    and not _DONE_MARKER.search(rest) \
                    and not cue_pattern("actual_cue").search(rest) and not _COMPLETION_CUE.search(rest):
                return start
            reviewed = reviewed or any(cue_pattern(role).search(sentence)
                                       for role in ("review_section", "actual_cue", "whole_year_cue")) \
                or dated and any(int(parse_numeral(year.group(1))) < doc.report_year
                                 for year in _PLAIN_YEAR.finditer(sentence))  # "2013年,全省经济平稳增长。"
            commits, lead = _commitments_only(sentence), _commitments_only(sentence[:_COMMITMENT_LEAD])
            bound = cue_pattern("bound_cue").search(lead) or _CUE_BEFORE_VALUE.search(commits)
            cues = chain(target_section.finditer(sentence), cue_pattern("target_cue").finditer(lead))
            if any(not names_targets_met(sentence, m.start(), m.end()) for m in cues) \
                    or _STATED_YEAR.search(lead) \
                    or _TARGET_CUE_BEFORE_VALUE.search(commits) or bound and not values_before:
                return start
            values_before = values_before or bool(_DIGIT.search(sentence))
    return doc.end


_SENTENCE_MARK = compile_pattern(r"[。!?]")  # a line that holds one is prose (a headline too), not a bare heading
_REPORTS_ON_TASKS = ("project_report", "work_summary")  # each numbered task heads how far it got


# A table of tasks and their progress written in sentences: "序号 | 项目内容 | 进展情况 | 责任单位 |" (codebook
# phrase_words task_column_header, progress_column_header); a row's leading ordinal cell is no column of its own.
_TASK_COLUMN = compile_pattern(_phrase_words("task_column_header"))
_PROGRESS_COLUMN = compile_pattern(_phrase_words("progress_column_header"))


def _progress_columns(line: Line) -> tuple[int, int] | None:
    """(task column, progress column) of a header row naming both, else None."""
    names = ["".join(cell.text.split()) for cell in pipe_row_cells(line)]  # ("项 目 内 容", heldout426 n08)
    task = next((i for i, name in enumerate(names) if _TASK_COLUMN.search(name) and not _PROGRESS_COLUMN.search(name)), None)
    progress = next((i for i, name in enumerate(names) if _PROGRESS_COLUMN.search(name)), None)
    return (task, progress) if task is not None and progress is not None else None


def _read_by_column(values: list[StatedValue], first: int, line: Line, columns: tuple[int, int], carried: int) -> int:
    """The values of a row of a task-and-progress table from ``first`` on: a task cell's are what was set (targets), a
    progress cell's what was done (results), whatever their words say. Returns the column a cell the row leaves open
    (no closing |) goes on in on the next line."""
    cells = pipe_row_cells(line)
    task, progress = columns
    for k in range(first, len(values)):
        position = values[k].number_span[0]
        column = next((i for i, cell in enumerate(cells) if cell.start <= position <= cell.end), None)
        if column is None:
            continue
        column += carried
        if column == task and values[k].kind != "target":
            values[k] = replace(values[k], kind="target", kind_basis="the task column of a table of tasks and their progress")
        elif column == progress and (values[k].kind != "actual" or values[k].kind_basis == _NO_EVIDENCE):
            values[k] = replace(values[k], kind="actual", kind_basis="the progress column of a table of tasks and their progress")
    return 0 if line.text.rstrip().endswith("|") or not cells else carried + len(cells) - 1


def _extract_prose(doc: Document, norm: NormalizedText, consumed: set[int], result: ExtractionResult) -> None:
    """The values of the lines tables did not consume, in order, each line with the sections and places above it."""
    tracker = SectionTracker(doc.report_year, doc.results_year, doc.doc_type not in _REPORTS_ON_TASKS)
    result.captioned = []
    document_place = doc.place_zh or doc.city_zh
    place_tracker = PlaceTracker(place_named(document_place) if document_place else None)
    seen_paragraphs: dict[str, int] = {}
    columns, carried = None, 0  # the task and progress columns of the table being read, and an open cell's column
    for index, line in enumerate(doc.lines):
        if index in consumed:
            continue
        if "|" in line.text:
            header = _progress_columns(line)
            if header:
                columns, carried = header, 0
        elif not carried:
            columns = None
        if len(line.text) >= MIN_REPEATED_CHARS:
            if line.text in seen_paragraphs:
                _flag(doc, norm, result, "repeated_text", (line.start, line.end),
                      f"repeats the paragraph at character {norm.raw_start(seen_paragraphs[line.text])}"
                      " of the raw file; its values are kept and linked by restates_id")
            else:
                seen_paragraphs[line.text] = line.start
        first = len(result.values)
        _extract_line(doc, norm, line, result, tracker, place_tracker)
        if columns and "|" in line.text:
            carried = _read_by_column(result.values, first, line, columns, carried)
    _quoted_leads_named_as_targets(doc, result.values)
    _headlines_take_the_body(result.values)
    _figures_take_the_statement_below(doc, result)


def _figures_take_the_statement_below(doc: Document, result: ExtractionResult) -> None:
    """A figure over its caption (数读 pages: "320万人次——文旅融合活力释放") is the value the next lines state with
    an indicator, as written or rounded (全年接待游客320.46万人次): it takes that statement's indicator, kind and
    year; a figure whose value the next lines do not state stays a flag."""
    line_starts = [line.start for line in doc.lines]
    resolved = []
    for figure in result.captioned:
        index = bisect.bisect_right(line_starts, figure.line.start)
        below = doc.lines[index:index + FIGURE_STATEMENT_LINES]
        if not below:
            continue
        decimals = len(figure.numeral.partition(".")[2])
        same = next((v for v in result.values if below[0].start <= v.number_span[0] < below[-1].end
                     and v.unit == figure.unit and v.value_high is None
                     and round(v.value, decimals) == figure.value), None)
        if same is None:
            continue
        std = standardize(figure.value, figure.unit)
        value = replace(same, value=figure.value, value_std=std.value, comparator=same.comparator
                        if same.value == figure.value else "~", quote_span=(figure.number_span[0], figure.line.end),
                        number_span=figure.number_span, sentence=figure.line.text.strip(), other_sources=[],
                        flag_types=set(), kind_basis=f"a figure over its caption, as stated below ({same.kind_basis})")
        result.values.insert(next(i for i, v in enumerate(result.values) if v is same), value)
        result.tokens[figure.token_index] = replace(result.tokens[figure.token_index], outcome="value", reason="",
                                                    value=value)
        resolved.append(figure.flag_index)
    for index in sorted(resolved, reverse=True):
        del result.flags[index]


# The words that name what a quotation before them was ("…提出2022年经济社会发展的主要预期目标")
_NAMES_THE_QUOTE_TARGETS = compile_pattern(r"(?:提出|确定|明确|公布|描绘)了?[^。!?]{0,30}?(?:主要预期目标|预期目标|发展目标|目标任务)")
NAMING_LEAD = 120  # characters of the paragraph after a quoted lead in which it names what the quotation was


def _quoted_leads_named_as_targets(doc: Document, values: list[StatedValue]) -> None:
    """A news item that opens on a quotation of values ("“地区生产总值增长9%左右,…增长11%……”") and names them in the
    paragraph after it ("…作政府工作报告,提出2022年经济社会发展的主要预期目标", heldout116 n03): the quotation's values
    no cue decided are those targets, of the year the naming gives."""
    lines = [line for line in doc.lines if line.text.strip()]
    for quoted, after in zip(lines, lines[1:]):
        text = quoted.text.strip()
        if not (text.startswith("“") and text.rstrip("。").endswith("”")):
            continue
        named = _NAMES_THE_QUOTE_TARGETS.search(after.text[:NAMING_LEAD])
        if not named:
            continue
        year = _YEAR_WORD.search(named.group(0))
        for value in values:
            if quoted.start <= value.number_span[0] < quoted.end and value.kind_basis in (_NO_EVIDENCE, _WORK_REPORT_DEFAULT):
                value.kind, value.kind_basis = "target", f"a quoted lead the next paragraph names ({named.group(0)[-6:]})"
                if year:
                    value.year, value.year_inferred, value.year_basis = int(year.group(0)[:4]), True, "named with the quotation"


# A page of no known type whose own words commit to at least this many values and state no result anywhere
# ("…将新建…;到2025年…达到…") speaks of what is to come: a value there with no cue of its own is one of them.
MIN_COMMITMENTS_OF_A_PAGE = 3
MIN_COMMITTING_SENTENCES = 2  # one sentence ("…每年对500名…从教20年以上的…给予10万元") is one statement
# 了 after the verb, 首次: the value's own clause says it was reached (codebook phrase_words done_marker)
_DONE_MARKER = compile_pattern(_phrase_words("done_marker"))
# 超额, 实际完成, 初步核算: result cues no commitment uses, so one after a target cue reports what was done
_DONE_OVER_A_COMMITMENT = compile_pattern(_phrase_words("result_over_commitment"))
# 提高到了45%, 增加了2.9个百分点, 建成了12所; not after a verb of deciding (确定了128个工程项目: a target set)
_LE_BEFORE_VALUE = compile_pattern(r"(?<![为除])了[^\d,,;;。了]{0,2}$")
_DECIDED_BEFORE_VALUE = compile_pattern(rf"(?:{_phrase_words('decision_verb')})了[^\d,,;;。了]{{0,2}}$")
_REACHED_WITH_LE = "了 after the verb before the value: what was reached"  # (a kind_basis)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts: after the last sentence end or line break before it."""
    return max(text.rfind(mark, 0, position) for mark in "。!?;\n") + 1


_ANY_YEAR = compile_pattern(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # a year in any form (2024年, 到2030年, 2024-05-01, 2000人 too)
# words of a time relative to the page's date (今年, 明年, 年内): a page that uses them had a date its capture lost
_RELATIVE_YEAR_WORD = compile_pattern(_phrase_words("relative_year_word"))


def _names_no_time(text: str) -> bool:
    """Whether a page names no year and no time relative to a date (今年, 年内): a plan's list of goals captured
    without its title and chapter ("——大力发展中等职业教育。…年招生数达到50万人左右"), whose targets have no year
    anyone could give them, rather than news whose date was lost with its address."""
    return not _ANY_YEAR.search(text) and not _RELATIVE_YEAR_WORD.search(text)


def _a_page_of_commitments(values: list[StatedValue], text: str, title_commits: bool = False) -> str:
    """Whether a page's cue-decided values are all targets, at least MIN_COMMITMENTS_OF_A_PAGE of them in at least
    MIN_COMMITTING_SENTENCES sentences, or none is a result under a title that commits for its year: a dated page's
    values no cue decides are then targets too (the default of a page of no known type, a result, stands on a page
    that states any result by a cue, and on an undated page naming no one plan or horizon, whose targets could
    take no year); failing those, a page whose sentences open on tasks. The basis of their kind, or ''."""
    cued = Counter(v.kind for v in values if _CUE_DECIDED.search(v.kind_basis))
    # the sentences that commit, by a cue or as a paragraph's targets; not a paragraph read as going on from the one
    # before ("此外,…" after one sentence's 每年 commits nothing again, heldout111 n01)
    committing = {_sentence_start(text, v.number_span[0]) for v in values if v.kind == "target"
                  and _CUE_DECIDED.search(v.kind_basis) and not v.kind_basis.startswith(_PARAGRAPH_CONTINUED)}
    if cued["actual"] or not any(_decided_by(v) == _NO_EVIDENCE for v in values):
        return ""
    if cued["target"] >= MIN_COMMITMENTS_OF_A_PAGE and len(committing) >= MIN_COMMITTING_SENTENCES:
        return _COMMITMENTS_PAGE
    if title_commits:
        return _TITLE_COMMITS
    return _TASKS_PAGE if _a_page_of_tasks(without_closing_links(text)) else ""


# A page whose sentences open on a task's verb ("加快建设…。积极推进…,引进和建设3处…") at least this often, and that
# says nothing was done, is a plan of work
MIN_SHARE_OF_TASK_SENTENCES = 0.2
MIN_TASK_SENTENCES = 3
# a list item's number before its words ("(二)", "3.", "十、"), if any
_ITEM_NUMBER = r"(?:[((]?[一二三四五六七八九十\d]{1,3}[)).、]\s*)?"
# ("一是推进教育均衡发展,…。二是提升…": the items of a page of measures, counted in words)
_TASK_OPENING = compile_pattern(rf"(?:^|(?<=[。!?\n]))[ \t\u3000]*(?:{_ITEM_NUMBER}|[一二三四五六七八九十]{{1,2}}是)"
                                rf"(?:{_phrase_words('task_heading_word')})")
_SENTENCE_END = compile_pattern(r"[。!?\n]")
_BLANK_LINES = compile_pattern(r"\n(?:[ \t\u3000]*\n)+")  # (an HTML page's paragraphs come apart by them)


def _a_page_of_tasks(text: str) -> bool:
    """Whether a page's sentences open on a task's verb often enough (MIN_SHARE_OF_TASK_SENTENCES) and none says
    a thing was done (了, 首次)."""
    tasks = len(_TASK_OPENING.findall(text))
    sentences = len(_SENTENCE_END.findall(_BLANK_LINES.sub("\n", text))) + 1  # (a blank line ends no sentence)
    return tasks >= MIN_TASK_SENTENCES and tasks >= MIN_SHARE_OF_TASK_SENTENCES * sentences \
        and not _DONE_MARKER.search(text)


_VALUE_WORD_NOTE = "; value word "  # after the basis of a value read from a word (翻两番), naming the word


def _decided_by(value: StatedValue) -> str:
    """What decided a value's kind, without the note that it was read from a word (翻两番 decides no kind)."""
    return value.kind_basis.split(_VALUE_WORD_NOTE, 1)[0]


def _headlines_take_the_body(values: list[StatedValue]) -> None:
    """A value no cue decided that the text states again later with a cue (a news headline over its lead:
    "余庆县投资6300万元建10个乡镇幼儿园" over "将分批投入6300万元…") takes the later statement's kind and year; a
    value with no year takes the year of the same value of the same kind stated elsewhere in the text."""
    # a value no cue decided, or only a work report's type (its headline over the review: "预计生产总值增长6.5%")
    undecided = [v for v in values if _decided_by(v) in _UNDECIDED]
    decided: dict[tuple, list[StatedValue]] = defaultdict(list)
    # (a project's task restated in what was done, "全市完成…幼儿园8所", leaves that a result)
    for value in values:
        if _decided_by(value) not in (*_UNDECIDED, _PROJECT_TASK) \
                and value.kind in ("target", "actual"):
            decided[(value.value_std, value.unit_std)].append(value)
    for value in undecided:
        same = decided.get((value.value_std, value.unit_std), [])
        # the restatement after it (a headline over its lead), else the one before it (a sub-heading restating the
        # lead's target: "江苏将实现…3.6平方米" … "【实现人均体育场地面积3.6平方米】")
        # (one with its qualifier first: "粮食产量1.4万亿斤左右" in a lead restates "…要继续保持1.4万亿斤左右", not
        # "2024年…首次跃上1.4万亿斤" between them, heldout856 n02)
        later = [v for v in same if v.number_span[0] > value.number_span[0]]
        restated = next((v for v in later if v.comparator == value.comparator), later[0] if later else
                        same[-1] if same else None)
        if restated is not None:
            value.kind, value.kind_basis = restated.kind, f"stated again later ({restated.kind_basis})"
            if restated.year is not None:
                value.year, value.year_inferred = restated.year, True
                value.period_start, value.period_end = restated.period_start, restated.period_end
                value.year_basis = f"stated again later ({restated.year_basis})"
    with_year: dict[tuple, StatedValue] = {}
    stated: dict[tuple, StatedValue] = {}
    for value in values:
        if value.year is not None:
            with_year.setdefault((value.kind, value.value_std, value.unit_std), value)
            if value.year_basis == "stated":
                stated.setdefault((value.kind, value.value_std, value.unit_std), value)
    for value in values:
        key = (value.kind, value.value_std, value.unit_std)
        # no year, or only the document's: the year the same value is stated with elsewhere ("将新增学位2885个" in
        # the headline of a page of December 2023, "2024年…新增学位2885个" in its body)
        other = with_year.get(key) if value.year is None else \
            stated.get(key) if value.year_basis.startswith(_DOCUMENT_YEAR) else None
        if other is not None and other.year != value.year:  # "宁夏普惠性幼儿园在园占比达到89%" above the page's date
            value.year, value.year_inferred = other.year, True
            value.period_start, value.period_end = other.period_start, other.period_end
            value.year_basis = f"the same value stated elsewhere in the text ({other.year_basis})"


# ---------------------------------------------------------------- tables

_CELL = VALUE_CELL
_CELL_CMP = {"": "=", "=": "=", ">": ">", ">=": ">=", "≥": ">=", "<": "<", "<=": "<=", "≤": "<="}


def _past_a_gap(result: ExtractionResult, line_start: int, previous: StatedValue, unit: str) -> StatedValue:
    """The value a rate named a target is the target of: the last rate before it, past a gap in points between."""
    if unit != "%" or previous.unit not in ("个百分点", "百分点"):
        return previous
    rates = (v for v in reversed(result.values) if v.number_span[0] >= line_start and v.unit == "%")
    return next(rates, previous)


def _kind_of_column_word(word: str) -> str:
    """The kind a year column's role word gives ("目标值" target, "完成值" actual, "基期值" baseline), else ""."""
    return next((kind for kind, words in _COLUMN_WORD_KINDS if word and words.fullmatch(word)), "")


_COLUMN_WORD_KINDS = tuple((kind, compile_pattern(_phrase_words(role))) for kind, role in (
    ("target", "column_of_targets"), ("actual", "column_of_results"), ("baseline", "column_of_baselines")))


def _column_kind(doc: Document, table: Table, year: int) -> str:
    """A year column's kind: before the plan's period a baseline, at its end or after the document's date a
    target. The period is the document's, else the table caption's ("“十四五”主要指标"); with neither, the
    table's own columns say it: its first year is the baseline and its last the target."""
    start, end = doc.period_start, doc.period_end
    if start is None:
        start, end = parse_period(table.caption) or (None, None)
    if start is not None and year < start:
        return "baseline"
    issued_year = int(doc.issued_date[:4]) if doc.issued_date else None
    if (end is not None and year >= end) or (issued_year and year > issued_year):
        return "target"
    if start is None and any(column.growth and cue_pattern("actual_cue").search(column.header.text)
                             for column in table.columns):
        return "actual"  # "2016年 / 2015年 / 同比增长%": a year's results beside the year before's (heldout484 n08)
    years = sorted({column.year for column in table.columns if column.year is not None})  # not named ones
    if start is None and not issued_year and len(years) >= 2:
        # a caption that names targets ("表二:浙江省人力资源开发主要预期目标 / 2009年 / 2015年 / 2020年", heldout698 n02)
        # makes every year after the first a milestone, not a result
        named_targets = bool(cue_pattern("target_section").search(table.caption or ""))
        return "baseline" if year == years[0] else "target" if year == years[-1] or named_targets else "actual"
    if start is None and issued_year and len(years) >= 2 and year == years[0] < issued_year < years[-1]:
        return "baseline"  # "2022年 / 2025年 / 2027年" in a list of 2025: the first year is where the targets start from
    if issued_year and year >= issued_year and _CAPTION_OF_TARGETS.search(table.caption or ""):
        return "target"  # "主要指标目标表 / 2022年 / 2025年" in a plan for 2021-2025 issued in 2022: a milestone
    return "actual"


_CAPTION_OF_TARGETS = compile_pattern(_phrase_words("caption_of_targets"))  # "主要指标目标表", not "…目标完成情况"


def _series_kind(doc: Document, header: str, year: int) -> tuple[str, str]:
    """The kind of a value in a series with a year per row: a target when its column says so (目标, 计划) or its
    year is after the document's; otherwise what was achieved in that year."""
    if _has_target_cue(header):
        return "target", f"table column {header}"
    if doc.report_year and year > doc.report_year:
        return "target", "a year after the document's, in a table with a year per row"
    return "actual", "a table with a year per row (a series of values)"


# Named columns: headers that only say "the value" add nothing to the row's indicator; growth columns.
_GENERIC_COLUMNS = {"", "数值", "数量", "绝对数", "绝对值", "总量", "指标值", "完成数", "目标值", "合计"}
# a task-and-progress table's columns (目标任务, 进度) name no measure of their own: the row's thing is the indicator
_GENERIC_COLUMNS |= {*_phrase_words("task_value_header").split("|"), *_phrase_words("progress_value_header").split("|")}
_GROWTH_COLUMN = compile_pattern(r"增长|增速|增幅|比上年|同比")


def _named_column_kind(doc: Document, name: str) -> tuple[str, str]:
    """A named column's kind: its header's words first (目标/计划 → target, 完成/比上年 → actual), else what the
    document reports (a bulletin's results are achieved values; a plan's or a report's table sets targets)."""
    # "任务完成率", "1-8月实际完成情况", "实际值", "占全年计划": what was done, though 任务 or 计划 names a target
    if _DONE_COLUMN.search(name) or _SHARE_OF_PLAN_COLUMN.match(name):
        return "actual", f"table column {name}"
    if _has_target_cue(name) or "任务" in name:
        return "target", f"table column {name}"
    if cue_pattern("actual_cue").search(name) or cue_pattern("whole_year_cue").search(name) or "完成" in name:
        return "actual", f"table column {name}"
    if doc.results_year and doc.results_year == doc.report_year and not doc.period_end:
        return "actual", "a table of a document that reports its year's results (a bulletin)"
    if doc.doc_type not in _PLAN_TYPES and doc.doc_type != "notice":
        return "actual", _UNTYPED_PAGES_TABLE
    return "target", _TABLE_OF_A_PLAN


_TABLE_OF_A_PLAN = "a table of a plan or report"
_UNTYPED_PAGES_TABLE = "a table of a page of no plan's type, its column naming no target"
_DONE_COLUMN = compile_pattern(rf"完成率|完成情况|实际完成|实际|{_phrase_words('progress_value_header')}")  # 进度: how far
# a column of the share of the year's plan each row came to ("完成情况 | 占全年计划", heldout340 n02)
_SHARE_OF_PLAN_COLUMN = compile_pattern(rf"\s*(?=占)(?:{_phrase_words('share_of_plan')})")


_TABLE_NUMBER = compile_pattern(r"^附?表\s*\d{1,2}?(?=(?:19|20)\d{2}\s*年)")


def _caption_year(caption: str) -> int | None:
    """The one year a table's caption names ("表1 2017年全区生产总值及其增长速度", also run together: 表12017年)."""
    text = _TABLE_NUMBER.sub("", caption.strip())
    years = set(_PLAIN_YEAR.findall(text))
    return int(parse_numeral(years.pop())) if len(years) == 1 else None


def _unit_after_a_number(text: str) -> str:
    """The unit of the first number with one in a task's words ("新增4000张养老床位" -> 张), as a token reads it."""
    return next((token.group("unit") for token in TOKEN.finditer(text) if token.group("unit")), "")


_SPAN_TOTAL_OPENERS = ("[", "(", "(")


def _extract_table(doc: Document, norm: NormalizedText, table: Table, result: ExtractionResult) -> None:
    for row in table.rows:
        cell_units = [m.group("unit") for c in row.cells if (m := _CELL.match(c.line.text)) and m.group("unit")]
        section = (*row.label.section_path, table.caption, row.label.text)
        if row.missing_cells:
            _flag(doc, norm, result, "table_row_incomplete", (row.label.start, row.label.end),
                  f"row {row.label.text!r} has {len(row.cells)} of {len(row.cells) + row.missing_cells} cells")
        for cell in row.cells:
            match = _CELL.match(cell.line.text)
            span = (cell.line.start, cell.line.end)
            if not match:
                _reject(result, doc, norm, "unclassified_number", span,
                        f"non-numeric table cell {cell.line.text!r} for {row.indicator!r} in {cell.column.year}")
                continue
            column = cell.column
            # a plan table's bracketed change ("年均增(5年累计)" / "[4]"): the span's total, in the row's unit (a rate's
            # in percentage points), not a yearly growth rate
            span_total = column.growth and cell.line.text.lstrip()[:1] in _SPAN_TOTAL_OPENERS
            row_unit = row.unit or match.group("unit") or (cell_units[0] if cell_units else "")
            unit = ("个百分点" if row_unit == "%" else row_unit) if span_total else "%" if column.growth else \
                (column.unit or row.unit) or match.group("unit") \
                or (cell_units[0] if cell_units else "")
            if table.task_labels:  # "新增4000张养老床位 / 4385 / 110%": a result in its cell's unit, else in the task's
                unit = match.group("unit") or _unit_after_a_number(row.label.text)
            value = float(match.group("num").replace(",", ""))
            std = standardize(value, unit)
            indicator, target_type = row.indicator, _table_row_type(row.indicator)
            if span_total:
                indicator, target_type = f"{row.indicator}累计", "cumulative"
            elif column.growth:  # "2020年 / 增长%": the row's thing grows by the cell's rate
                indicator, target_type = f"{row.indicator}{column.header.text.rstrip('%±()() ')}", "growth"
            if table.years_in_rows:
                kind, kind_basis = _series_kind(doc, row.label.text, column.year)
                named = _kind_of_column_word(column.role_word)
                if named:  # "2022 年 目 标 值" over a row of values
                    kind, kind_basis = named, f"table row {column.year}{column.role_word}"
                year, year_basis = column.year, "table row"
            elif column.year is not None:
                if column.measure is not None and column.name not in _GENERIC_COLUMNS:
                    indicator = f"{row.indicator}{column.name}"  # "2020年 / 面积指标(平方公里) / 占陆域比例"
                    if _GROWTH_COLUMN.search(column.name):  # "2015年目标 / 绝对值 / 增速(%)"
                        target_type = "growth"
                kind, kind_basis = _column_kind(doc, table, column.year), f"table column {column.year}"
                named = _kind_of_column_word(column.role_word)
                if named and not (named == "actual" and kind == "baseline"):  # 预计值 before a plan's period: its base
                    kind, kind_basis = named, f"table column {column.year}{column.role_word}"
                elif kind == "actual" and match.group("cmp") and doc.report_year and column.year >= doc.report_year:
                    kind, kind_basis = "target", f"a bound ({match.group('cmp')}) in the table column {column.year}"
                year, year_basis = column.year, "table column"
                noted = _YEAR_WORD.search(match.group("note") or "")
                if noted and kind != "target":  # "78.2(2021年)" in the 2022 column: the latest year known
                    year, year_basis = int(noted.group(0)[:4]), "the year in the cell's note"
            else:  # a named column: the row's thing and the column's measure; kind and year from the document
                indicator = f"{row.indicator}{column.name}" if column.name not in _GENERIC_COLUMNS else row.indicator
                target_type = "growth" if _GROWTH_COLUMN.search(column.name) or match.group("verb") else "level"
                kind, kind_basis = _named_column_kind(doc, column.name)
                caption_year = _caption_year(table.caption)
                if caption_year and doc.report_year and caption_year < doc.report_year and kind == "target" \
                        and kind_basis == _TABLE_OF_A_PLAN:
                    kind, kind_basis = "actual", "a table whose caption names a past year"  # 表1 2017年全区生产总值…
                column_year = _caption_year(column.name)
                if column_year:  # "2023年小麦任务面积" in a notice of 2022: the year the column's name holds
                    year, year_basis = column_year, "the year the column's name holds"
                elif caption_year:  # 表一 2024年…主要目标完成情况: both the year's targets and its outcomes
                    year, year_basis = caption_year, "the table caption's year"
                elif table.task_labels and not doc.results_year:  # how far the year's tasks got, that year
                    year, year_basis = doc.report_year, "the document's year, whose tasks the table follows"
                else:
                    year, year_basis = (doc.results_year, "the year whose results the document reports") \
                        if kind == "actual" and (doc.results_year or kind_basis != _UNTYPED_PAGES_TABLE) \
                        else (doc.report_year, "the document's year")
            result.values.append(StatedValue(
                doc=doc, kind=kind, indicator_zh=indicator, value=value, value_high=None, unit=unit,
                value_std=std.value, value_std_high=None, unit_std=std.unit,
                comparator=(parse_comparator("", match.group("suffix")) if match.group("suffix")
                            else _CELL_CMP.get(match.group("cmp"), "=") if match.group("cmp") or kind != "target"
                            else parse_comparator(row.indicator, "")), target_type=target_type,
                commitment="预测" if column.forecast else "plain", binding=row.attribute,
                year=year, period_start=None, period_end=None, year_inferred=column.year is None, per_year=False,
                section_path=section, quote_span=span,
                number_span=(cell.line.start + match.start("num"), cell.line.start + match.end("num")),
                sentence=f"{row.label.text} | {column.header.text} | {cell.line.text}", origin="table",
                kind_basis=kind_basis, year_basis=year_basis,
                direction=_direction(match.group("verb")) if match.group("verb") else "",
            ))
            _token(result, doc, norm, span, "value", "", result.values[-1])


# ---------------------------------------------------------------- prose

# A page's metadata line is short ("文件名称 | …的通知 | ||"); a longer line that opens with a label is a page whose
# line breaks were lost, its metadata run into the text: read as prose, not set aside whole.
MAX_METADATA_LINE = 200


def _extract_line(doc: Document, norm: NormalizedText, line: Line, result: ExtractionResult,
                  tracker: SectionTracker, place_tracker: PlaceTracker | None = None) -> None:
    if tracker.role_of_one_line is not None:  # the plans of a paragraph that opened on a year end with it
        scoped, tracker.role_of_one_line = tracker.role_of_one_line, None
        if tracker.role is scoped[0]:
            tracker.role = scoped[1]
    if line.heading_level is not None:
        tracker.heading(line.text, line.heading_level)
    if len(line.text) <= MAX_METADATA_LINE and metadata_line_pattern().match(line.text) \
            and not gives_the_title(line.text):
        for match in NUMBER_TOKEN.finditer(line.text):
            _token(result, doc, norm, _abs(match.span(), line.start), "structure", "metadata line")
        return
    # a line that goes on with the sentence the line above left open at ";" keeps the horizon it set ("到2022年底,
    # 全市城区厨余垃圾分类全覆盖;" then "市民生活垃圾分类参与率达到60%以上", heldout332 n05)
    context_year = tracker.open_horizon if line.heading_level is None else None
    tracker.open_horizon = None
    # the last year a sentence of this line spoke of ("2016年,全市生产总值…。来源于…"), at first the year of a
    # title line just above it ("2019年高质量发展迈出坚实步伐" over that year's results)
    line_year = tracker.title_year
    tracker.title_year = _title_year(line.text) or _year_a_colon_introduces(line.text)
    if tracker.role.role == "review" and line.heading_level is None and _OPENS_ON_A_YEARS_COMMITMENT.match(line.text):
        # "过去的一年辽宁…粮食产量512.7亿斤。" then "今年辽宁仍要筑牢…。…确保粮食面积稳定在5303万亩以上": the year to come
        next_year = line.text.lstrip().startswith("明年")
        tracker.role = SectionRole("target", doc.current_year + next_year if doc.current_year else None)
    in_review = tracker.role.role == "review" and line.heading_level is None
    opening = _OPENS_ON_A_YEAR.match(line.text) if in_review else None
    if opening and doc.current_year and int(opening.group(1)) >= doc.current_year \
            and not (doc.results_year and doc.results_year >= int(opening.group(1))) \
            and _LINE_COMMITS.search(line.text, opening.end()):
        # "过去五年,…修复…81.6万亩。" then "2026年是“十五五”规划开局之年,…该省将…;全年完成国土绿化100万亩" on a page of
        # 2026 (heldout688 n06): a paragraph that opens on the page's own year, or a later one, and commits is its plans
        tracker.role, before = SectionRole("target", int(opening.group(1))), tracker.role
        tracker.role_of_one_line = (tracker.role, before)  # (not the lines after it: "去年GDP增长4.9%" / results)
    alone = _YEAR_ALONE.fullmatch(line.text) if tracker.title_year and doc.report_year else None
    if alone:  # "2025年" over a block of results, "2026年" over the year's targets (an infographic's columns)
        year = int(alone.group(1))
        # (a year the page reports the results of heads results: a bulletin's table column "2019")
        reviewed = year < doc.report_year or bool(doc.results_year and year <= doc.results_year)
        tracker.role = SectionRole("review" if reviewed else "target", year)
    plans = _NAMED_PLAN.findall(line.text) if "五" in line.text else None
    if plans:
        tracker.named_plan = FIVE_YEAR_PLANS[plans[-1]]
        spans = _PLAN_REVIEWED.findall(line.text) if not doc.dated else None
        if spans:  # an undated page on a plan's period ("“十三五”期间经济社会发展综述")
            tracker.plan_spoken_of = FIVE_YEAR_PLANS[spans[-1]]
    if not doc.dated and "》" in line.text:
        reviewed = _DATED_PLAN_REVIEWED.search(line.text)
        if reviewed:  # "《…三年行动计划(2011-2013年)》实施三年来,新建…": an undated page's review of that plan's period
            tracker.plan_spoken_of = (int(reviewed.group(1)), int(reviewed.group(2)))
    list_names: list[str] = []  # the names of the last list of values ("A、B分别达到x、y;2020年分别达到z、w")
    sentences = []  # (start, end, first value, end of values) of each sentence, for the places of its values
    first_of_line = len(result.values)
    # What a sentence is searched for is searched in its line first, once: words of value (持平, 翻一番), the words
    # that set a year (到…年, a plan's span), a section's cue. A line without them has no sentence with them.
    value_words = load_value_words()[0].search(line.text) is not None
    names_years = "年" in line.text
    plan_span_in_line = _PLAN_SPAN.search(line.text) is not None
    sets_context = names_years or plan_span_in_line
    announces_roles = line.heading_level is None and may_announce_a_section(line.text)
    earlier = ""  # the pieces before this one of the same full sentence (to its 。), ";" ending each
    if tracker.last_horizon and "》" in line.text and _PLAN_QUOTED_OPENING.match(line.text.lstrip()):
        tracker.last_horizon = None  # "…到2025年,…。" then "《规划》提出,每个州、市至少建设1个…": the plan speaks again
    for s_start, s_end, sentence in split_sentences(line.text, line.start):
        stated, stated_at = _sentence_context(doc, sentence, plan_span_in_line) if sets_context else (None, 0)
        earlier_context = context_year
        if stated:
            context_year = stated
            if stated[1] == "stated" or stated[1] == "plan span" and _PLAN_END_NAMED.search(sentence):
                tracker.last_horizon = stated[0]  # 到2025年, 截至“十四五”末 (not 十四五期间, a span named in passing)
                if line_year and line_year < stated[0]:
                    line_year = None  # "总结了“十一五”…成绩,提出了…目标:到2015年,…": the paragraph turns to its targets
            elif line_year and line_year < stated[0] and _commits_before_a_number(sentence, stated_at):
                line_year = None  # "2020年…达1048亿元。“十四五”期间,我省将实施…": a plan's span to come, then a commitment
        elif context_year and _PAST_SPAN_LEAD.match(sentence):
            context_year = None  # "规划到2017年,…。近3年,我省…。…森林覆盖率达48%": the paragraph turns to the past
        carried = tracker.role
        changes = tracker.roles_in(sentence, 0, line_year) if announces_roles else []
        reviewed = [role.year for _at, role in changes if role.role == "review" and role.year] if changes else []
        if reviewed:  # "报告回顾了2023年工作,提出了2024年…。过去一年,…": the paragraph now speaks of the reviewed year
            line_year = reviewed[-1]
            if not stated:  # "…二、“十五五”时期任务及目标。2025年工作回顾 …": a review ends the horizon named before it
                context_year = None
        elif changes and changes[-1][1].role == "target" and line_year:
            # "…2019年前三季度,…增长6%。报告确定了我区今年主要预期目标是:…": the paragraph turns to the targets' year
            targets_year = changes[-1][1].year or (doc.report_year if "今年" in sentence[:_COMMITMENT_LEAD] else None)
            if targets_year and line_year < targets_year:
                line_year = None
        first_new = len(result.values)
        tokens = list(_TOKENS_IN(sentence))  # about half the sentences have none: then no list or quote is read
        if tokens:
            _extract_sentence(doc, norm, line, sentence, tokens, s_start, context_year, result, carried, changes,
                              line_year, list_names, earlier_context, stated_at, earlier)
        if value_words:
            _extract_value_words(doc, norm, line, sentence, s_start, context_year, result, carried, changes, line_year,
                                 earlier)
        clauses = earlier + sentence  # the sentence with the ones before it that ended at a semicolon
        earlier = clauses if sentence.rstrip().endswith((";", ";")) else ""
        sentences.append((s_start, s_end, first_new, len(result.values)))
        for value in result.values[first_new:]:
            if value.kind == "actual" and value.year is None and (_a_whole_years_result_before_its_own(
                    doc, sentence[:value.number_span[0] - s_start])
                    or clauses != sentence and _a_whole_years_result_before_its_own(doc, clauses[:_FRAMING_LEAD])):
                # "2024-02-02 … 全年地区生产总值预计完成1610亿元左右": written before that year's results are in (and
                # the pieces after ";" of the sentence it leads: "…;新建高标准农田56万亩")
                value.year, value.year_inferred = doc.written_year - 1, True
                written = f"{doc.written_year}-{doc.written_month:02d}"
                value.year_basis = f"a whole year's result on a page of {written}: the year before"
            if value.kind == "actual" and value.year is None and tracker.last_year:
                # "2023年,在县委…的领导下,…。" then "全年实现地区生产总值…": the year the text last named, not in a
                # sentence that commits ("2024年,湖北经济…。2025年,湖北将…促进消费。" then "…增长7.7%", heldout274 n09)
                value.year, value.year_inferred = tracker.last_year_not_committed or tracker.last_year, True
                value.year_basis = "the last year the text named before it"
            if value.kind == "target" and tracker.named_plan and _plan_end_in_clause(norm.text, value):
                # "纲要…。…规划期末目标为6.1%": the end of the plan the text last named
                value.year, value.period_start, value.period_end = tracker.named_plan[1], None, None
                value.year_inferred = True
                value.year_basis = f"the end of the plan the text last named ({tracker.named_plan[0]}-{tracker.named_plan[1]})"
            elif value.kind == "target" and tracker.last_horizon and (
                    value.year is None or value.year_basis.startswith(_DOCUMENT_YEAR) and value.year < tracker.last_horizon
                    and doc.doc_type != "work_report" and not _THIS_YEAR.search(clauses)
                    or value.year_basis == _PLANS_HORIZON and value.year > tracker.last_horizon >= doc.period_start):
                # "到2017年,…翻一番以上。" then, paragraphs on, "森林覆盖率达到47.3%": the horizon the text set (a
                # page of 2018 on an opinion's targets to 2020 goes on about them, not about 2018; a plan to 2035 on
                # its goals for 2025, not its whole period's); not after 今年 in the clauses before it ("今年内将完成…;
                # 实现…,新建6个…")
                value.year, value.year_inferred = tracker.last_horizon, True
                if value.year_basis == _PLANS_HORIZON:
                    value.period_start = value.period_end = None
                value.year_basis = "the horizon the text last named (到…年)"
            elif value.kind == "actual" and value.year is None and tracker.plan_spoken_of:
                # an undated review of "“十三五”期间": its results are the period's, dated to its last year
                value.year, value.year_inferred = tracker.plan_spoken_of[1], True
                value.period_start, value.period_end = tracker.plan_spoken_of
                value.year_basis = "the plan period an undated text speaks of"
            elif value.kind in ("target", "baseline") and value.year is None and tracker.last_year and not doc.dated \
                    and not _THIS_YEAR.search(sentence, 0, value.number_span[0] - s_start):
                # an undated page's "2021年湖南 / 立flag! / 主要预期目标 / 地区生产总值增长7%以上": the year it last named
                # (a change's start "由现有的2247人增加至3507人": now, in that year); not a 今年 target, which is of the
                # page's own year: the year it names most gives that
                value.year, value.year_inferred = tracker.last_year, True
                value.year_basis = "the last year the text named before it"
                if tracker.results_reported == tracker.last_year:  # "2024年,某县地区生产总值增长6.7%。…力争…增长11%以上"
                    value.year += 1
                    value.year_basis = "the year after the results the text last named"
                horizon = _horizon_in(sentence, 0, value.number_span[0] - s_start)
                if horizon and 1 <= (years := int(parse_numeral(horizon.group(1)))) <= MAX_HORIZON_YEARS:
                    # "过去的五年,…2021年达到4368.53亿元" then "未来五年,…主要目标是:…年均增长8%以上": the horizon's
                    # last year, counted from the year after the one the text last told of (not one it committed for)
                    if value.year == tracker.last_year == tracker.last_year_not_committed:
                        value.year += 1
                    value.year += years - 1
                    value.year_basis = f"a horizon of {years} years from {value.year - years + 1} ({value.year_basis})"
                    tracker.last_horizon = value.year  # and the clauses after it ("…;一般公共预算收入突破500亿元")
            elif value.kind == "actual" and value.year is None and doc.dated:
                # "宁夏普惠性幼儿园在园占比达到89%" over a news page of 2020 that names no year before it
                value.year, value.year_inferred = doc.report_year, True
                value.year_basis = f"the document's year ({doc.current_year_evidence or doc.issued_date})"
        for value, share in zip(result.values[first_new:], result.values[first_new + 1:]) \
                if len(result.values) > first_new + 1 else ():  # (most sentences add no two values)
            if value.kind_basis == _PLAN_AMOUNT and value.year is None and share.year is not None:
                # "完成年初35所目标任务的94.29%": the plan's amount is of the year its share achieved is
                value.year, value.year_inferred, value.year_basis = share.year, True, "the year of the share achieved after it"
            elif value.kind_basis == _CHANGE_STARTS and share.kind == "target" and share.year is not None \
                    and share.year_basis.startswith(_DOCUMENT_YEAR) \
                    and (value.year is None
                         or value.year == share.year and value.year_basis.startswith(_DOCUMENT_YEAR)):
                # "将城乡低保标准由904元/月提高到995元/月" in a list of the year's projects: the level before the year's
                value.year, value.year_inferred = share.year - 1, True
                value.year_basis = "the year before its year's target"
        plain = [] if not names_years or "年" not in sentence else \
            list(_PLAIN_YEAR.finditer(_book_titles_blanked(
                _BRACKET.sub(_qualifier_years_dropped, sentence) if "(" in sentence else sentence)))
        horizon_stated = stated is not None and stated[1] == "stated"  # "…“十一五”…成绩,提出了…:到2015年,…"
        bases_blanked = _BASE_OF_A_MULTIPLE_PLAN.sub(_blank, _COMPARED_WITH_A_PLAN.sub(_blank, _START_AT_A_PLAN.sub(
            _blank, sentence))) if plan_span_in_line and not plain and doc.report_year and not horizon_stated else None
        past_plan = _PLAN_SPAN.search(bases_blanked) if bases_blanked is not None else None
        if past_plan and FIVE_YEAR_PLANS[past_plan.group(1)][1] <= doc.report_year \
                and not _PLAN_DOCUMENT_WORD.search(past_plan.group(0)):  # (not “十二五”规划确定的…目标: the document)
            line_year = FIVE_YEAR_PLANS[past_plan.group(1)][1]  # "“十三五”期间,投入…;投入…": the plan's last year
        opened = _PLAN_SPAN_OPENING.match(sentence.lstrip("“\" ")) \
            if plain and plan_span_in_line and plain[0].start() > _YEAR_LEAD else None
        span = FIVE_YEAR_PLANS[opened.group(1)] if opened else None
        if span and span[1] <= (doc.report_year or span[1]) \
                and all(span[0] <= int(parse_numeral(year.group(1))) <= span[1] for year in plain):
            plain = []  # "“十二五”时期,…经受2013年抗洪救灾…。…由106.96亿元增加到188.06亿元": the period's, not 2013's
            line_year = span[1]
        framing = _PLAN_SPAN_OPENING.search(sentence, 0, _PLAN_LEAD + _PLAN_SPAN_LENGTH) \
            if not plain and plan_span_in_line and doc.report_year is None else None
        if framing and _PLAN_LEAD_WORDS.fullmatch(sentence[:framing.start()].strip("“\" ")):
            # "《方案》指出,“十四五”期间,…。…非化石能源占能源消费总量比重达52.2%" on an undated page: the plan's last year
            line_year = FIVE_YEAR_PLANS[framing.group(1)][1]
        if plain:
            line_year = int(parse_numeral(plain[-1].group(1)))
            tracker.note_year(line_year)
            if not _PARAGRAPH_COMMITMENT.search(_commitments_only(sentence[:_COMMITMENT_LEAD])):
                tracker.last_year_not_committed = line_year
            # "2024年,某县地区生产总值增长6.7%": a sentence led by a year gives its results (not "2025年,推进…建设", a
            # task, nor 1-6月's; "下拨某市2014年中央预算内资金3209万元" is no year's results)
            reported = plain[0].start() <= _YEAR_LEAD and any(v.kind == "actual" and v.year == line_year
                                                              for v in result.values[first_new:]) \
                and not names_a_task(sentence[plain[0].end():].lstrip(" ,,、")) \
                and not PART_OF_THE_YEAR.search(sentence)
            tracker.results_reported = line_year if reported else None
            opening = int(parse_numeral(plain[0].group(1)))
            if plain[0].start() <= _YEAR_LEAD and not stated and context_year and context_year[0] != opening \
                    and not _DEADLINE_AFTER_YEAR.match(sentence, plain[0].end()):
                context_year = None  # "到2025年,…。年度目标2022年,新改扩建…": a sentence led by a year ends the horizon
                # (not "…;2025年底前,普查率达100%", a deadline that goes on setting targets)
            role = tracker.role
            if s_start == line.start and plain[0].start() == 0 and role.role == "review" and role.year_inferred \
                    and role.period is None and opening <= (doc.report_year or opening) and not _has_target_cue(sentence):
                # "过去一年…" over a report its page misdates, then "2019年,是我县…的一年": the year the review names
                # ("2024年,贵州将…" states what is to come: no review of it)
                tracker.role = SectionRole("review", opening)
    if context_year and context_year[1] != _REACHED and line.text.rstrip().endswith((";", ";", ":", ":")):
        tracker.open_horizon = context_year  # (a line ending in a colon announces the next: "到2015年末,…如下成就:")
    _horizon_named_after(line, result.values[first_of_line:])
    if place_tracker:
        _place_values(place_tracker, line, result.values, sentences)


def _place_values(place_tracker: PlaceTracker, line: Line, values: list[StatedValue],
                  sentences: list[tuple[int, int, int, int]]) -> None:
    """The place each value of a line's sentences is about, then the line's end for the tracker. The line's place
    names are looked up only where they can matter: a heading, a line with values, any line of a document whose
    place is unknown (a place named there carries on); elsewhere they would hold to the line's end only."""
    if line.heading_level is None and place_tracker.document_place is not None \
            and all(first == end for _, _, first, end in sentences):
        place_tracker.end_line()
        return
    line_places = place_tracker.mentions_in(line.text)
    if line.heading_level is not None:
        place_tracker.heading(line_places, line.heading_level)
    place_starts = [line.start + m.start for m in line_places]  # in order: each sentence takes its slice
    for s_start, s_end, first, end in sentences:
        place_before = place_tracker.current
        in_sentence = line_places[bisect.bisect_left(place_starts, s_start):bisect.bisect_left(place_starts, s_end)]
        place_changes = place_tracker.places_in(in_sentence, s_start - line.start) if in_sentence else []
        for value in values[first:end]:
            position = value.number_span[0] - s_start
            value.place = next((p for at, p in reversed(place_changes) if at <= position), place_before)
    place_tracker.end_line()


def _horizon_named_after(line: Line, values: list[StatedValue]) -> None:
    """A target nothing dated takes the horizon its paragraph names after it ("提出每年将新建2000所,三年内新增6000所。
    到2017年,…"): the paragraph's targets run to that year. A value no cue decided, in a paragraph that says its
    project comes into use in a later year than the document's ("建筑面积6612平方米,新增学位1000个,…2027年正式投入
    使用"), is a target of that year. A target its sentence describes as a project's, with the year the project starts
    or is done after it ("…投资1600万元,规划2017年开工建设"), is of that year, not of a year the paragraph named before
    or of the plan's horizon (2023年至2028年期间…; "拟增加1200个学位,计划2026年3月完工").
    A result nothing dated takes the year its sentence names after it ("年均增长12%,2007年达到9145亿元")."""
    # the last search of each pattern over the line, reused by the values after it (they come in order: a search
    # from each to the line's end made a long line quadratic)
    searched: dict = {}
    for value in values:
        after = value.number_span[1] - line.start
        sentence_end = line.text.find("。", after)
        sentence_end = sentence_end if sentence_end >= 0 else len(line.text)
        if value.kind_basis in (_NO_EVIDENCE, _PROJECT_SIZE) and value.doc.report_year:
            in_use = _search_on(_COMES_INTO_USE, line.text, after, searched)
            if in_use and int(in_use.group(1)) > value.doc.report_year:
                value.kind, value.kind_basis = "target", f"its project comes into use later ({in_use.group(0)})"
                value.year, value.year_inferred, value.period_start, value.period_end = int(in_use.group(1)), True, None, None
                value.year_basis = f"the year its project comes into use ({in_use.group(0)})"
                continue
        if value.kind == "target" and (value.year is None or value.year_basis in (_PARAGRAPH_YEAR, _PLANS_HORIZON)
                                       or value.year_basis.startswith(_DOCUMENT_YEAR)):
            semicolon = _SEMICOLON.search(line.text, after, sentence_end)
            clause_end = semicolon.start() if semicolon else sentence_end
            # (not a later clause's: "新开工项目6个,加快…建设进度;204国道…,确保2018年建成通车" dates one project, heldout364 n12)
            project_year = _PROJECT_YEAR_AFTER.search(line.text, after, clause_end)
            if project_year:  # "…计划投资1600万元,规划2017年开工建设。": the project's year, not the sentence before's
                value.year, value.year_inferred, value.period_start, value.period_end = int(project_year.group(1)), True, None, None
                value.year_basis = f"the year its project starts or is done, later in its sentence ({project_year.group(0)})"
                continue
        if value.kind == "actual" and value.year is None:
            named = _PLAIN_YEAR.search(line.text, after, sentence_end)
            if named:  # "生产总值年均增长12%,2007年达到9145亿元": the undated growth is of the year reached after it
                value.year, value.year_inferred = int(parse_numeral(named.group(1))), True
                value.year_basis = f"the year its sentence names after it ({named.group(0).strip()})"
                continue
        if value.kind != "target" or value.year is not None:
            continue
        later = _search_on(_STATED_YEAR, line.text, after, searched)
        if later:
            value.year, value.year_inferred = int(parse_numeral(later.group(1))), True
            value.year_basis = f"the horizon its paragraph names after it ({later.group(0)})"


def _search_on(pattern: re.Pattern[str], text: str, position: int, searched: dict) -> re.Match | None:
    """``pattern.search(text, position)``, reusing the last search of the pattern over the same text when it began no
    later and found nothing, or found a match starting at or after ``position``: no position between holds one."""
    last = searched.get(pattern)
    if last is not None and last[0] <= position and (last[1] is None or last[1].start() >= position):
        return last[1]
    found = pattern.search(text, position)
    searched[pattern] = (position, found)
    return found


_SEMICOLON = compile_pattern(r"[;;]")
# A project's year and when in it ("2026年9月", "2026年秋季"), before the word of what happens to it then
_PROJECT_TIME = r"((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|前|秋季|春季)?\s*"
# "规划2017年开工建设", "2026年建成": the year a project the sentence describes starts or is done
_PROJECT_YEAR_AFTER = compile_pattern(rf"{_PROJECT_TIME}(?:正式|全面)?\s*(?:开工|动工|启动|建成|{_phrase_words('in_use_verb')})")
# "2027年正式投入使用", "预计2026年9月建成投用": the year a project comes into use (codebook phrase_words in_use_verb)
_COMES_INTO_USE = compile_pattern(rf"{_PROJECT_TIME}(?:正式|全面|建成并?|完成并?)?\s*(?:{_phrase_words('in_use_verb')})")


# A year a statement is about, not a base of comparison (比2011年), a start (从2011年, 2011年以来) or a period;
# 截至2017年底 (as of) is the year of a state.
# "在2000年基础上翻番": the year of the base a value is measured from, not the value's
# "在2015年的基础上", "煤炭消费总量低于2012年水平", "恢复到2019年同期水平": a base or a level referred to, not when
_BASE_AFTER_YEAR = r"\s*(?:底|末)?\s*的?\s*(?:基础上|(?:同期)?水平)"
_PLAIN_YEAR = compile_pattern(r"(?<![比较与同从自由到按以是为\d-])(?<!(?<!截)至)(?<!相当于)(?<!基于)"
                              r"((?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})\s*年"
                              rf"(?!\s*(?:以来|至今|起|前|[-—–~至到])|{_BASE_AFTER_YEAR}|{_BUILT_BEFORE_A_YEAR})")
_PLAIN_YEAR = guarded(_PLAIN_YEAR)
_ACHIEVED_BY = compile_pattern(r"到\s*((?:19|20)\d{2})\s*年[底末]?\s*,?\s*(?:已经|已)")
_ACRONYM = compile_pattern(r"[A-Z]{2,}")  # GDP, CPI, PM2.5 name an indicator as well as two characters do
# 2014年以来…累计, “十三五”以来累计投入: as of the document's date
_OPENS_A_SPAN = r"[^,,。;;]{0,4}以来"  # what after a year (or 去年) makes it a span's start: 以来, 换届以来, 下半年以来
_SINCE_A_YEAR = compile_pattern(rf"年{_OPENS_A_SPAN}")  # 2012年以来, 2012年换届以来
_SINCE_A_PLAN = compile_pattern(r"五[”\"]?以来")  # “十三五”以来
_PRESENT = compile_pattern(rf"{_phrase_words('as_of_now_word')}|{_SINCE_A_YEAR.pattern}|{_SINCE_A_PLAN.pattern}")
# a full sentence's lead "到目前,…;" that dates every piece after it (codebook phrase_words role present_lead)
_PRESENT_LEAD = compile_pattern(_phrase_words("present_lead"))
# a result cue of the present state ("actual cue 目前"): a list it opens under the targets states where they start from
_PRESENT_STATE_CUE = compile_pattern(rf"actual cue (?:{_phrase_words('present_state_word')})")
# "用2年时间", "今后五年", "今后10年": a span of years from the document's own (codebook phrase_words role horizon_lead)
# (not an N-year plan's name: "实施新一轮世园会后利用三年行动计划")
_HORIZON = compile_pattern(rf"(?:{_phrase_words('horizon_lead')})\s*(\d{{1,2}}|[一二两三四五六七八九十])\s*年"
                           r"(?!\s*(?:行动|计划|规划))(?:时间|内|左右)?")
# "5年内,太原市计划建设…", "3年内计划投资180亿元": N年内 with no lead, a span from now when a commitment follows it
# before the value (not "2年内新建、改扩建农村幼儿园75所", what two years brought; nor 近3年内, 过去5年内)
_HORIZON_WITHOUT_LEAD = compile_pattern(_phrase_words("horizon_without_lead"))


def _horizon_in(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first span of N years from now that ``text`` names between ``start`` and ``end``: after a lead (用3年时间,
    今后五年), or N年内 followed by a commitment."""
    end = len(text) if end is None else end
    led = _HORIZON.search(text, start, end)
    for bare in _HORIZON_WITHOUT_LEAD.finditer(text, start, led.start() if led else end):
        if _commits_before_a_number(text, bare.end()):
            return bare
    return led


# "…确定了各区域三年发展目标:…力争达到30%": targets set for a span of years from the document's own
_HORIZON_OF_TARGETS = compile_pattern(rf"(?<![\d年])([一二两三四五六七八九十\d])\s*年(?:{_phrase_words('targets_of_a_horizon')})")
# "近3年,", "五年来", "近年来": a sentence led by a span counted back from now speaks of the past
_PAST_SPAN_LEAD = compile_pattern(rf"\s*(?:(?:{_phrase_words('past_span_lead')})\s*[一二两三四五六七八九十\d]{{1,2}}\s*年(?:来|以来|间)?"
                                  rf"|[一二两三四五六七八九十\d]{{1,2}}\s*年(?:来|以来)|近年来)")
_DECREASE = compile_pattern(rf"(?:{_phrase_words('decrease_verb')})(?:了)?[^\d,;。]{{0,3}}$")
_INCREASE = compile_pattern(rf"(?:{_phrase_words('growth_verb')})(?:了)?[^\d,;。]{{0,3}}$")


def _direction(before: str) -> str:
    """Whether the change a growth value states is an increase or a decrease (下降3.5% is not 增长3.5%)."""
    if _DECREASE.search(before):
        return "decrease"
    return "increase" if _INCREASE.search(before) else ""


# The verb of a list of values, after its names and 分别 ("A、B和C分别达到", "A、B控制在"), and before its values
# or a rate's base ("城镇、农村低保标准提高到每人每月828元和579元").
_LIST_VERB = compile_pattern(r"(?:达到|达|为|超过|超|提高到|提升到|不低于|保持在|控制在|增长|增加|提高|下降)"
                             r"(?=(?:每[\u4e00-\u9fff]{1,2}){0,2}(?:[\s\d〇○零一二两三四五六七八九十百千]|百分之|千分之))")
_LIST_GLUE = compile_pattern(r"(?:以上|以下|以内|左右)?\s*,?\s*[、和及与]\s*")  # "10.0%,、8.2%": a scrape's stray comma
# A clause that states only the growth of the value before it: "…1642亿元,(比上年|同比)增长7.2%".
# "…530亿元,比2005年增长172%,5年平均递增22%": growths of the amount before them
_GROWTH_OF_PREVIOUS = compile_pattern(r"(?:扣除价格因素(?:后)?)?(?:[“\"]?十[一二三四五]五[”\"]?(?:时期|期间)?)?"  # “十三五”时期年均增长
                                      r"(?:比上年末?|比去年|同比|较上年末?|年均|[比较]\s*(?:19|20)\d{2}\s*年末?"
                                      r"|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*年\s*(?:平均|年均|累计)?|年?平均|年)?(?:名义|实际)?"
                                      rf"(?:{_phrase_words('growth_verb')}|增幅|降幅|增产|减产)(?:了)?")
# "年均递增14%,将达260亿元", "年均增长8.5%左右,到2020年将达到2.6万亿元", "增长14%以上,力争达296亿元"
_LEVEL_OF_PREVIOUS = compile_pattern(rf"(?:(?:{_phrase_words('commitment')})?(?:到|至)?\s*(?:19|20)\d{{2}}\s*年(?:底|末)?\s*)?"
                                     rf"(?:将|可|预计|{_phrase_words('commitment')})?(?:总量|总额|规模)?(?:{_phrase_words('level_of_the_value_before')})")
# A stretch goal for the value before it: "地区生产总值增长10%,力争11.5%" (commitment words of the codebook).
# "生产总值25.23亿元,…,人均达到5.62万元": the value before it per head (人均 alone names no indicator)
_PER_CAPITA_OF_PREVIOUS = compile_pattern(rf"(?:其中)?人均(?:值)?(?:{_LEVEL_OF_PREVIOUS.pattern})?")
# the verbs around a total's name that 人均 does not take ("完成地区生产总值", "地区生产总值完成")
_RESULT_VERBS = compile_pattern(r"^(?:全年)?(?:预计)?(?:实现|完成|达到)?|(?:实现|完成|达到)$")
# The share of the total the value before it is: "其中:地方级财政收入58.7亿元,占13.4%", "公办园798所,仅占20%"
_SHARE_OF_PREVIOUS = compile_pattern(r"(?:仅|只|约|共)?占(?:比)?(?:为|达)?")
_SHARE_RIGHT_AFTER = compile_pattern(rf"[^,,;;。\d]{{0,4}}[,,]\s*{_SHARE_OF_PREVIOUS.pattern}")  # (the clause right after)
_STRETCH_OF_PREVIOUS = compile_pattern(rf"(?:{_phrase_words('commitment')})(?:达到|实现|增长|超过|突破)?")
_GROWTH_WORDS = compile_pattern(r"(?:累计|年均|比上年|同比)?(?:增长|增幅|递增)$")
# "地区生产总值增长5.5%(年度目标6%)": the year's own target, in brackets after the result it is measured against.
_TARGET_IN_BRACKETS = compile_pattern(r"\d[^((]*[((]\s*(?:与|同)?(?:年度|全年|年初)?(?:预期|计划)?(?:目标|计划)(?:值)?(?:为|是)?\s*$")
# "学前三年毛入园率达到92%以上(2020年为88.5%)": the same indicator's value of another year, in brackets after it
_EARLIER_VALUE_IN_BRACKETS = compile_pattern(r"\d[^((]*[((]\s*(?:(?:19|20)\d{2}\s*年[底末]?|上年|去年)\s*(?:为|是|:|:)?\s*$")
# "增长4.2%,…,比年初目标(6.5%)低2.3个百分点": the target word, then its value in brackets
_TARGET_BEFORE_BRACKET = compile_pattern(rf"(?:{_phrase_words('target_word_before_bracket')})\s*[((]\s*$")
_TARGET_WORDS_ONLY = compile_pattern(rf"\s*(?:{_phrase_words('plan_end_word')}|年度|全年|年初|预期|计划)*目标值?(?:为|是)?\s*"
                                     r"(?:下降|增长|提高|降低|降至|达到)?\s*")  # ",规划期末目标为下降20%": the value before's target
# a clause of a year and a verb only: "2015 年在 315 万人以内" after "总人口2010年控制在300万人以内"
_YEAR_AND_VERB_ONLY = compile_pattern(rf"(?:19|20)\d{{2}}\s*年[底末]?\s*(?:要|将)?(?:{_phrase_words('level_verb')})")  # 2035年减少到
# 2011年下降: a year and a change only, after a list's item of the same unit ("“十二五”期间下降19%、2011年下降3.7%")
_YEAR_AND_CHANGE_ONLY = compile_pattern(rf"(?:19|20)\d{{2}}\s*年\s*(?:要|将)?(?:{_phrase_words('growth_verb')}|"
                                        rf"{_phrase_words('decrease_verb')})")


def _a_year_and_a_verb_only(item: str) -> bool:
    """Whether a list's item before its value is a year and a verb of level or change only (2015年在, 2011年下降)."""
    return bool(_YEAR_AND_VERB_ONLY.fullmatch(item) or _YEAR_AND_CHANGE_ONLY.fullmatch(item))


_HELD_WITHIN = compile_pattern(r"控制在\s*$")
_TIME_ONLY = compile_pattern(r"^(?:(?:19|20)\d{2}\s*[-—–~至到]?\s*)+年?(?:每年|年均|以后|后)?$|^(?:每年|年均|此后|之后|以后)$")


# A year written without 年 before a name, as headlines write it ("2025北京全市地区生产总值5.2万亿元"): not before
# a unit or a word of quantity (2000余人, 2035万人).
_BARE_YEAR = guarded(compile_pattern(rf"(?<![\d.])((?:19|20)\d{{2}})(?=[\u4e00-\u9fff]){_NOT_A_BARE_YEAR_AFTER}"))


_DIGIT = compile_pattern(r"\d")  # a bare year has digits: one scan in C decides whether to look for one


# A bracket that qualifies a measure ("(扣除2022年灾后恢复重建专项资金支出外)", "(按2020年不变价计算)"): its year is
# not the year the statement speaks of. A bracket holding little but a year ("今年(2024年)") glosses it.
_BRACKET = compile_pattern(r"\(([^()]{0,60})\)")
_YEAR_WORD = compile_pattern(r"(?:19|20)\d{2}\s*年")
_CJK_CHARACTER = compile_pattern(r"[\u4e00-\u9fff]")
MIN_QUALIFIER_CHARACTERS = 3  # "(2010年不变价)": a price base (heldout45 n02)


_BOOK_TITLE = compile_pattern(r"《[^《》\n]{1,80}》")


def _book_titles_blanked(sentence: str) -> str:
    """The sentence with each name in book-title marks blanked (its length kept): the years of a document's name
    ("《…第十四个五年规划和2035年远景目标纲要》正式发布") are not the years a sentence speaks of."""
    return _BOOK_TITLE.sub(_blank, sentence) if "《" in sentence else sentence


# A bracket holding only a year right after a value ("92.28%(2024年)"): the year the value is of
_YEAR_IN_BRACKETS_AFTER = compile_pattern(r"\s*[((]\s*((?:19|20)\d{2})\s*年?(?:底|末)?\s*[))]")


def _qualifier_years_dropped(bracket: re.Match) -> str:
    inner = bracket.group(1)
    rest = _YEAR_WORD.sub("", inner)
    if rest != inner and _DIGIT.search(rest):
        return f"({rest})"  # "(2020年为88.5%)": the year of another value, stated aside
    if rest == inner or len(_CJK_CHARACTER.findall(rest)) < MIN_QUALIFIER_CHARACTERS:
        return bracket.group(0)
    return f"({rest})"


def _mark_bare_years(prefix: str) -> str:
    """The text before a value as the rules that read years see it (not for spans): 年 written after its bare
    years, and the years of bracketed qualifiers dropped."""
    if not _DIGIT.search(prefix):
        return prefix
    if "(" in prefix:
        prefix = _BRACKET.sub(_qualifier_years_dropped, prefix)
    return _BARE_YEAR.sub(r"\1年", prefix)


MAX_TAIL_OF_A_LINE_ITEM = 6  # "亿元左右": what may follow a value to its line's end when the next line continues it
_SENTENCE_END_IN = compile_pattern(r"[。;;]")


def _value_ending_the_line_above(result: ExtractionResult, text: str, line_start: int) -> StatedValue | None:
    """The last value before a line when only its unit and bound end its own line ("…2400亿元左右"), else None."""
    if not result.values:
        return None
    above = result.values[-1]
    tail = text[above.number_span[1]:line_start]
    if tail.count("\n") > 2 or len(tail.strip()) > MAX_TAIL_OF_A_LINE_ITEM or _SENTENCE_END_IN.search(tail):
        return None
    return above


def _joined_to(previous: StatedValue, sentence: str, offset: int, start: int) -> bool:
    """Whether a value follows the previous one with only 、 or 和 between them ("城乡居民人均可支配收入36430元、15393元",
    "同比增长6.2%、8.4%"): a paired list whose second value has the first one's indicator."""
    previous_end = previous.number_span[1] - offset
    if not 0 <= previous_end <= start:
        return False
    gap = sentence[previous_end:start].strip()
    return gap.removeprefix(previous.unit).strip() in ("、", "和")


_SENTENCE_PUNCTUATION = compile_pattern(r"[。;;,,::]")
_ARABIC_NUMERAL = compile_pattern(r"\d+(?:\.\d+)?")


_YEAR_ALONE = compile_pattern(r"\s*((?:19|20)\d{2})\s*年?\s*")


def _title_year(text: str) -> int | None:
    """The one year a short title line names (no sentence punctuation, no number but the year), else None."""
    if len(text) > 40 or _SENTENCE_PUNCTUATION.search(text):
        return None
    alone = _YEAR_ALONE.fullmatch(text)
    if alone:  # a year on a line of its own over a paragraph (an infographic's "2021" over its figures)
        return int(alone.group(1))
    years = _PLAIN_YEAR.findall(text)
    if len(years) != 1 or len(_ARABIC_NUMERAL.findall(text)) != 1:
        return None
    return int(parse_numeral(years[0]))


_LAST_CLAUSE = compile_pattern(r"[^。!?;!?;,,]*$")


def _year_a_colon_introduces(text: str) -> int | None:
    """The one year the clause that ends a line at a colon names, and no other number ("…报告了2008年工作取得的成绩:"
    over the lines of that year's results), else None."""
    if not text.rstrip().endswith((":", ":")):
        return None
    last = _LAST_CLAUSE.search(text.rstrip()).group(0)
    years = _PLAIN_YEAR.findall(last)
    if len(years) != 1 or len(_ARABIC_NUMERAL.findall(last)) != 1:
        return None
    return int(parse_numeral(years[0]))


_GROWTH_UNITS = ("%", "个百分点", "百分点", "倍", "")
# From the value before to this one: the next item of a list ("总产值151亿元、增加值…", "种植面积8万亩,产量…").
_ITEM_OF_LIST = compile_pattern(r"[^,;。、]*[、,][^,;。、]*")
# "人均地区生产总值53757元(按年平均汇率折算为7629美元)": the value before it, restated in another unit.
_RESTATED = compile_pattern(rf"(?:{_phrase_words('restated_as')})\s*$")
MAX_RESTATEMENT_GAP = 20


def _restates(sentence: str, offset: int, previous: StatedValue, position: int) -> bool:
    """Whether the number at ``position`` restates the value just before it (折合, 折算为: codebook role restated_as)."""
    gap_start = previous.number_span[1] - offset
    if gap_start < 0 or position - gap_start > MAX_RESTATEMENT_GAP:
        return False
    gap = sentence[gap_start:position]
    return ";" not in gap and "。" not in gap and bool(_RESTATED.search(gap))


def _name_of_value_before(result: ExtractionResult, offset: int, item: ListedValue) -> str | None:
    """"A151亿元、B43亿元,分别增长8.5%、8%": the indicator of the item's value among the ``count`` values stated
    just before the list's 分别, or None when fewer are stated there."""
    before = [v for v in result.values if v.origin == "prose" and offset <= v.number_span[0] < offset + item.anchor]
    if len(before) < item.count:
        return None
    return _GROWTH_WORDS.sub("", before[len(before) - item.count + item.order].indicator_zh)


# 到2025年, and 至2020年 opening a clause or a line ("至2020年——", heldout116 n05; not 截至2020年 nor 截止到2011年底,
# "as of" (heldout316 n07), nor 增至, 提高至: a change's end); 恢复到2019年的113%: a base
_STATED_YEAR = compile_pattern(r"(?<!恢复)(?<!截止)(?<!截至)(?<!\d)(?<!\d年)(?:到|(?:^|(?<=[,,;;::。\s]))至)\s*"
                               r"((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年")
_STATED_YEAR = guarded(_STATED_YEAR)  # searched in most sentences and whole documents (scanning.py: faster)
# a deadline to come that sets the horizon as 到…年 does (codebook phrase_words horizon_before_a_year: 在2020年前)
_BEFORE_A_YEAR = guarded(compile_pattern(_phrase_words("horizon_before_a_year")))  # (searched in most sentences)


# A five-year plan named as a span (codebook plan_periods and phrase_words plan_span_word): 十四五时期, “十四五”期间, 十四五末.
_PLAN_END_BEFORE = compile_pattern(rf"({'|'.join(FIVE_YEAR_PLANS)})[”\"]?\s*期?末的?\s*$")
_PLAN_NAMES = "|".join(sorted(FIVE_YEAR_PLANS, key=len, reverse=True))  # 十五五 before 十五
# a word of comparison just before a plan's end (均比“十一五”末翻一番): the end is the base of a change
_COMPARED_BEFORE_PLAN_END = compile_pattern(r"(?:比|较|与|同|和)\s*[“\"]?$")
_NAMED_PLAN = compile_pattern(rf"({_PLAN_NAMES})")
_PLAN_END_NAMED = compile_pattern(rf"({_PLAN_NAMES})[”\"]?\s*期?末")  # "到“十三五”末,": a plan's last year
# where a change starts ("人均生产总值由“十五”末的2400美元提高到6000美元", heldout310 n09): no year the paragraph speaks of
_START_AT_A_PLAN = compile_pattern(rf"(?:由|从)\s*[“\"]?{_PLAN_END_NAMED.pattern}")
_COMPARED_WITH_A_PLAN = compile_pattern(rf"(?:和|与|同|较|比)\s*[“\"]?(?:{'|'.join(FIVE_YEAR_PLANS)})[”\"]?\s*(?:期末|末)?(?:相比|比较)?")
# a plan a task drafts ("高质量编制“十五五”规划"): no period of the values beside it
_PLAN_BEING_DRAFTED = compile_pattern(rf"(?:{_phrase_words('plan_being_drafted')})[^,,;;。]{{0,4}}[“\"]?"
                                      rf"(?:{_PLAN_NAMES})[”\"]?[^,,;;。]{{0,8}}规划")
_PLAN_REVIEWED = compile_pattern(rf"({_PLAN_NAMES})[”\"]?\s*(?:期间|以来|时期)")
_PLAN_END_WORD = compile_pattern(_phrase_words("plan_end_word"))


def _plan_end_in_clause(text: str, value: StatedValue) -> bool:
    """Whether the value's own clause, before it, says the plan's end (规划期末) and names no year of its own."""
    clause = text[value.quote_span[0]:value.number_span[0]]
    return bool(_PLAN_END_WORD.search(clause)) and not _VALUE_YEAR.search(clause)


# A plan named with its period, then what has been done since it began: "《…行动计划(2011-2013年)》实施三年来"
_DATED_PLAN_REVIEWED = compile_pattern(r"《[^》]*?((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年?[)）]?》"
                                  r"[^,,。;]{0,8}?(?:实施|执行|推进|出台|印发)[^,,。;]{0,6}?(?:以来|来)")
# Where a plan's span opens its clause ("“十四五”期间,新增…", "到“十四五”末,…"): the text before it in the sentence
_OPENS_A_CLAUSE = compile_pattern(r"(?:^|[,;:。])\s*(?:到|在|至|截至|截止|预计)?\s*[“\"]?$")
_PLAN_DOCUMENT_WORD = compile_pattern(_phrase_words("plan_document_word"))
_PLAN_SPAN = compile_pattern(rf"({'|'.join(FIVE_YEAR_PLANS)})[”\"]?\s*(?:{_phrase_words('plan_span_word')})")


# a paragraph opening on the plan it reports ("《规划》提出,…"): what follows is the plan's, not of a horizon named before
_PLAN_QUOTED_OPENING = compile_pattern(_phrase_words("plan_quoted_opening"))
_PLAN_SPAN_OPENING = compile_pattern(_PLAN_SPAN.pattern + r"(?=[,,])")  # "“十二五”期间,…": a plan period framing its clause
_BASE_OR_START_BEFORE_PLAN = compile_pattern(r"(?:由|从|比|较|同|是)[“\"]?$")  # 由“十三五”末的, 比“十三五”末: no value's time


def _sentence_context(doc: Document, sentence: str, plan_span: bool = True) -> tuple[tuple[int, str] | None, int]:
    """The year a sentence sets for what follows it (到2025年, a coming plan's span, 用2年时间) and where it is set:
    values before that point keep the paragraph's earlier context ("今年新建4387所,将提前完成“十三五”期间的目标").
    ``plan_span``: False when the sentence's line names no plan's span, so the sentence is not searched for one."""
    names_years = "年" in sentence  # 到…年 and 用N年 both need it: most sentences are not searched for them
    stated = _STATED_YEAR.search(sentence) if names_years else None
    # the first plan's span that opens a clause ("…作为“十四五”时期…的重要抓手,…,到“十四五”末,…达到155亿立方米"): one named
    # in passing sets no horizon ("…主要预期目标是:锚定“十四五”期间县域经济冲十进百的目标")
    spans = _PLAN_SPAN.finditer(sentence, 0, stated.start() if stated else len(sentence)) if plan_span else ()
    span = next((found for found in spans if _OPENS_A_CLAUSE.search(sentence, 0, found.start())), None)
    # a plan's span is to come after the document's year, or, that year unknown, when 到 leads to it ("到“十四五”末");
    # one before a stated 到YYYY年 sets the horizon from where it is ("“十四五”时期经济年均增长6%左右,到2025年…")
    if span and (FIVE_YEAR_PLANS[span.group(1)][1] > doc.report_year if doc.report_year
                 else "到" in sentence[max(0, span.start() - 2):span.start()]):
        return (FIVE_YEAR_PLANS[span.group(1)][1], "plan span"), span.start()
    if stated:  # (a change's end reached by the page's year, "…增长到2020年的85%" in a page of 2020, dates what
        # follows but sets no horizon to reach); of several, the last sets what follows ("到2011年,…翻一番,到2012年,…")
        last = _last_match(_STATED_YEAR, sentence) or stated
        return (int(parse_numeral(last.group(1))), _REACHED if _reached_end(doc, sentence, last) else "stated"), \
            stated.start()
    before = _BEFORE_A_YEAR.search(sentence) if names_years else None
    lead = sentence[:before.start()].strip() if before else ""
    if before and int(before.group(1)) > (doc.report_year or 0) \
            and (not lead or _PARAGRAPH_COMMITMENT.fullmatch(lead)) and (doc.report_year or lead):
        # "力争在2020年前…": a deadline to come dates the sentences after it in its paragraph, as 到2020年 does (but
        # sets no horizon for the paragraphs after it: "规划在2010年底前,设置…" then "今年年底前,…预计可建成…")
        return (int(before.group(1)), "deadline"), before.start()
    horizon = _horizon_in(sentence) if names_years and doc.report_year else None
    end = _horizon_end(doc, int(parse_numeral(horizon.group(1)))) if horizon else None
    if end:  # "今年起…将用2年": the horizon's end
        return (end[1], "horizon"), horizon.start()
    return None, 0


def _commits_before_a_number(sentence: str, start: int) -> bool:
    """Whether the sentence commits (codebook phrase_words paragraph_commitment: 将, 计划, 力争 …) after ``start`` and
    before its first Arabic number ("“十四五”期间,我省将实施…", not "“十四五”规划中央投资44.38亿元,…投资计划任务")."""
    number = _DIGIT.search(sentence, start)
    return _PARAGRAPH_COMMITMENT.search(sentence, start, number.start() if number else len(sentence)) is not None


def _plan_end_named_before(prefix: str) -> re.Match | None:
    """The last plan's end a value's sentence names before it ("预计十二五末,…双双突破600亿元"), not one compared with
    (较十一五末) or a base (是十一五末的2倍), which date nothing."""
    ends = _PLAN_END_NAMED.finditer(_COMPARED_WITH_A_PLAN.sub(_blank, prefix))
    return next((m for m in reversed(list(ends)) if not prefix.startswith("的", m.end())), None)


def _reached_end(doc: Document, sentence: str, stated: re.Match) -> bool:
    """Whether a 到YYYY年 is the end of a change at a year's value (到2020年的85%) no later than the page's year, or,
    that year unknown, of a change from a stated year's value (从2012年的1.1万亿元增长到2021年的2.71万亿元)."""
    if _A_YEARS_VALUE_AFTER.match(sentence, stated.end()) is None:
        return False
    if not doc.report_year:
        return _from_a_years_value_before(sentence, stated.start())
    return int(parse_numeral(stated.group(1))) <= doc.report_year


_FROM_A_YEARS_VALUE = compile_pattern(r"(?:由|从)\s*(?:19|20)\d{2}\s*年[底末]?的")


def _from_a_years_value_before(text: str, end: int) -> bool:
    """Whether a change from a stated year's value (从2012年的) opens before ``end``."""
    return _FROM_A_YEARS_VALUE.search(text, 0, end) is not None


_A_YEARS_VALUE_AFTER = compile_pattern(r"\s*[底末]?\s*的")
_REACHED = "a change's end reached"  # the basis of a year _sentence_context sets that is no horizon


MAX_HORIZON_YEARS = 10
AMBIGUOUS_HORIZON_YEARS = 10  # a span this long counted from a page's year may end in its last year or the next
FIRST_MONTH_OF_A_HORIZON_FROM_THE_NEXT_YEAR = 10  # "今后五年" said from October: the five years after it


def _horizon_end(doc: Document, years: int) -> tuple[int, int] | None:
    """The span of a horizon of ``years`` years ("未来五年", "用2年时间"):
    - the document's own period when it is that long or a year longer (a 十三五 page's 未来五年 is 2016-2020, a ten-year
      plan's 今后10年 2010-2020), unless the period is over by the document's year (a page of 2026 reviewing the 十四五
      looks to 2026-2030);
    - else the years from the document's year on: from the next on a page written in its last months, from its
      period's first year on a page whose only date is its period; not ten years (今后10年 on a page of 2011 may end
      in 2020 or in 2021)."""
    if not 1 <= years <= MAX_HORIZON_YEARS:
        return None
    if doc.period_start and doc.period_end and doc.period_end - doc.period_start + 1 in (years, years + 1) \
            and not (doc.report_year and doc.report_year > doc.period_end):
        return doc.period_start, doc.period_end
    if not doc.report_year or years >= AMBIGUOUS_HORIZON_YEARS:
        return None
    # "在未来三年里逐步改造143所中小学" on a page of 2016-12-15, "未来五年海南经济增长速度可达13%" on one of 2010-10-08:
    # from October the years to come begin with the next one
    late = bool(doc.written_month) and doc.written_month >= FIRST_MONTH_OF_A_HORIZON_FROM_THE_NEXT_YEAR
    first = doc.report_year + 1 if doc.written_year == doc.report_year and late else doc.report_year
    if not doc.dated and doc.period_start:
        first = doc.period_start  # an undated page's only date is its plan's period: it speaks from its start
    return first, first + years - 1


def _stated_year(sentence: str) -> tuple[int, str] | None:
    match = _STATED_YEAR.search(sentence)
    if match:
        return int(parse_numeral(match.group(1))), "stated"
    return None


_YEAR_RUN_TOGETHER = compile_pattern(r"(?:199\d|20[0-4]\d)\d{3,4}")  # 2020123: a year and a number, 年 or 月 lost
_ITEM_BREAK = compile_pattern(r"[、,]")


_MONEY_UNITS = ("元", "美元")


def _total_before(result, sentence_start: int):
    """The last amount of money stated before in the sentence (not a growth): what 人均 divides."""
    for value in reversed(result.values):
        if value.number_span[0] < sentence_start:
            return None
        if value.target_type in ("level", "cumulative") and value.unit_std in _MONEY_UNITS:
            return value
    return None


def _last_item(before: str) -> str:
    """The words after the last item break (、 or ,) of the text before a value."""
    return _ITEM_BREAK.split(before)[-1].strip()


def _extract_sentence(doc, norm, line, sentence, tokens: list[re.Match], offset, context_year, result,
                      carried: SectionRole, changes: list[tuple[int, SectionRole]], line_year: int | None = None,
                      list_names: list[str] | None = None, earlier_context=None, context_from: int = 0,
                      earlier: str = "") -> None:
    """The values of one sentence's number tokens (NUMBER_TOKEN matches in it): each becomes a value, structure or a flag."""
    listed, shared_comparator = _enumerations(sentence, list_names, earlier)
    quoted = _quotation_spans(sentence)
    ratio_terms = _ratio_terms(sentence) if any(mark in sentence for mark in RATIO_MARKS) else {}
    listed.update(ratio_terms)
    for match in tokens:
        reason = "" if match.start() in ratio_terms else _structural_reason(sentence, match, quoted, line, offset)
        if reason:
            _token(result, doc, norm, _abs(match.span(), offset), "structure", reason)
            continue
        if _YEAR_RUN_TOGETHER.fullmatch(match.group("num")):
            _reject(result, doc, norm, "lost_characters", _abs(match.span(), offset),
                  f"{match.group(0)!r} looks like a year run together with another number (lost 年, 月 or a "
                  f"bracket); not read as a value: {sentence.strip()[:60]!r}")
            continue
        try:
            value = parse_numeral((match.group("sign") or "") + match.group("num"))  # 增长-0.5%
            if match.group("den"):  # 三分之一: a share, as a percentage
                value = round(value / parse_numeral(match.group("den")) * 100, 2)
            if match.group("numer"):  # 1/3: a share, as the decimal annotators write (0.3333)
                value = _slash_fraction(int(match.group("numer")[0]), value)
            value_high = parse_numeral(match.group("num2")) if match.group("num2") else None
        except NumberParseError as error:
            _reject(result, doc, norm, "unclassified_number", _abs(match.span(), offset), f"unreadable numeral: {error}")
            continue
        unit = unit_of(match)
        later_unit = _UNIT_LATER_IN_LIST.match(sentence, match.end()) if not unit else None
        if later_unit:  # "分别下降到1.8和1.7%", "提高23.7和18.0个百分点": the list's last unit is every item's
            unit = later_unit.group(1)
        unit_column = _UNIT_BEFORE_SIGN.search(sentence, max(0, match.start() - 12), match.start()) if not unit else None
        if unit_column:  # "服务业增加值占GDP比重% ≥ 53省统计局": a table's unit cell before its bound's sign
            unit = unit_column.group(1)
        scaled = _scale_written_in_words(match.group("num"), unit)
        if scaled and value_high is None:  # 一万两千三百亿元: 12300 亿元, the number and unit as written
            value, unit = scaled
        item = listed.get(match.start())
        name = item.name if item else None
        if item and item.count:
            name = _name_of_value_before(result, offset, item)
        if item and (item.mismatch or name is None):
            _reject(result, doc, norm, "list_mismatch", _abs(match.span(), offset), item.mismatch or
                    f"分别 pairs {item.count} values with the values before it, and fewer are stated: not paired")
            continue
        clause_start = min(_clause_start(sentence, match.start()), item.clause_start if item else len(sentence))
        clause_end = _clause_end(sentence, match.end())
        before = sentence[clause_start:match.start()]
        after = sentence[match.end():clause_end]
        # "主要包括《城镇新增就业2000人以上》": a quoted statement's indicator is inside the quotation
        opened = _OPEN_QUOTATION.search(sentence, clause_start, match.start()) if "“" in before or "《" in before \
            else None
        named = sentence[opened.end():match.start()] if opened else before
        if opened and _QUOTED_CHANGE.fullmatch(sentence, opened.end(), match.start()):
            # a quoted change (“增长7%左右”) measures what is named before the quotation, if a measure is named there
            # ("安阳市的预期目标是“增长6.5%”": a place; "“增长8%以上”的地市有郑州…": nothing)
            measure = _TARGET_BEFORE_A_QUOTATION.sub("", sentence[clause_start:opened.start()])
            indicator, target_type = _indicator(measure, "", unit, name)
            indicator = indicator if _INDICATOR_ENDING.search(indicator) else ""
            target_type = "growth" if indicator and unit in _GROWTH_UNITS else target_type
        else:
            indicator, target_type = _indicator(named, after, unit, name)
        if item and _GROWTH_VERB.search(item.verb.strip()) and unit in _GROWTH_UNITS:
            target_type = "growth"  # "A、B分别增长x、y": y is a growth as x is
        previous = result.values[-1] if result.values and result.values[-1].number_span[0] >= line.start else None
        verb_only = _VERB_OF_A_NAMED_VALUE.match(before) if not indicator and unit else None
        named_before = _NAME_BEFORE_A_COMMA.search(sentence, 0, clause_start) if verb_only else None
        if item:
            pass  # the list named it
        elif named_before:  # (its year, if any, dates the value: "…收集率,2025年提高到70%")
            indicator, target_type = _indicator(named_before.group(1) + before[verb_only.end("year"):], after, unit, name)
        elif previous and _MEASURE_WORD.fullmatch(indicator) and _ITEM_OF_LIST.fullmatch(
                sentence[max(0, previous.number_span[1] - offset):match.start()]):
            indicator = _with_subject_of(_GROWTH_WORDS.sub("", previous.indicator_zh), indicator)  # "…、增加值43亿元"
        elif previous and not indicator and _joined_to(previous, sentence, offset, match.start()):
            indicator, target_type = previous.indicator_zh, previous.target_type  # "存贷款余额288.42亿元、219.06亿元"
        elif previous and _restates(sentence, offset, previous, match.start()):
            indicator, target_type = previous.indicator_zh, previous.target_type  # "53757元(折算为7629美元)"
        elif previous and (_TARGET_IN_BRACKETS.search(before) or _TARGET_WORDS_ONLY.fullmatch(before)
                           or _TARGET_BEFORE_BRACKET.search(before)):
            source = _past_a_gap(result, line.start, previous, unit)  # "增长5.9%,高于全市0.8个百分点,…(预期目标为8.5%以上)"
            indicator, target_type = source.indicator_zh, source.target_type  # "增长5.5%(年度目标6%)", ",规划期末目标为6.1%"
        elif previous and _NAMED_AS_A_TARGET.match(sentence, match.end()) and not _indicator(before, "", unit, None)[0]:
            indicator, target_type = previous.indicator_zh, previous.target_type  # "上涨3.1%,控制在4.5%的预期目标内"
        elif previous and _EARLIER_VALUE_IN_BRACKETS.search(before):
            indicator, target_type = previous.indicator_zh, previous.target_type  # "达到92%以上(2020年为88.5%)"
        elif _TIME_ONLY.match(indicator) and previous:
            indicator = previous.indicator_zh  # "…达到52%,2023-2024年每年提升2个百分点": same indicator
            target_type = "growth" if _GROWTH_VERB.search(before.strip()[-4:]) or "提升" in before else target_type
        elif previous and unit in ("%", "个百分点", "百分点", "倍") and _GROWTH_OF_PREVIOUS.fullmatch(_last_item(before)):
            indicator, target_type = previous.indicator_zh, "growth"  # "生产总值3839.93亿元,增长1.2%", "…,增长3.4倍"
        elif previous and not indicator and previous.unit == unit and _last_item(before) in ("由", "从"):
            indicator, target_type = previous.indicator_zh, previous.target_type  # "财政收入突破千亿元,由346.7亿元增加到…"
        elif previous and not indicator and previous.unit == unit and _a_year_and_a_verb_only(_last_item(before)):
            indicator, target_type = previous.indicator_zh, previous.target_type  # "…300万人以内,2015年在315万人以内"
        elif previous and not indicator and _STRETCH_OF_PREVIOUS.fullmatch(_last_item(before)) \
                and (previous.target_type != "growth" or unit in _GROWTH_UNITS):
            indicator, target_type = previous.indicator_zh, previous.target_type  # "增长10%,力争11.5%"
        elif previous and not indicator and _PER_CAPITA_OF_PREVIOUS.fullmatch(_last_item(before)) \
                and standardize(value, unit).unit in _MONEY_UNITS \
                and (total := _total_before(result, offset)) is not None:  # "生产总值25.23亿元,…,人均达到5.62万元"
            indicator, target_type = "人均" + _RESULT_VERBS.sub("", total.indicator_zh), "level"
        elif not indicator and _LEVEL_OF_PREVIOUS.fullmatch(_last_item(before)) \
                and (worded := _indicator_before_a_value_word(sentence[:clause_start], unit)):
            indicator, target_type = worded, "level"  # "增加值实现翻番,达到5500亿元" (heldout294 n05)
        elif previous and not indicator and unit == "%" and previous.unit != "%" \
                and _SHARE_RIGHT_AFTER.fullmatch(sentence, max(0, previous.number_span[1] - offset), match.start()) \
                and not _counts_tasks_or_projects(previous):
            indicator, target_type = _GROWTH_WORDS.sub("", previous.indicator_zh) + "占比", "level"
        elif previous and not indicator and _LEVEL_OF_PREVIOUS.fullmatch(_last_item(before)):
            indicator = _GROWTH_WORDS.sub("", previous.indicator_zh)  # "…累计增长42%,达到160.35亿元"
            target_type = "level"
        above = _value_ending_the_line_above(result, norm.text, line.start) if not indicator and previous is None else None
        if above and (_YEAR_AND_VERB_ONLY.fullmatch(before.strip())
                      or unit in _GROWTH_UNITS and _GROWTH_OF_PREVIOUS.fullmatch(before.strip())):
            # one item of a list per line: "收入2017年达到2400亿元左右 / 2020年达到3800亿元左右 / 年均增长20%左右"
            growth = unit in _GROWTH_UNITS and _GROWTH_VERB.search(before.strip()) is not None
            indicator = _GROWTH_WORDS.sub("", above.indicator_zh) if growth else above.indicator_zh
            target_type = "growth" if growth else above.target_type
        # "——农民人均纯收入:年均增长14%以上": a list of targets by name, each name before a colon; a value with a unit
        # (a page's counters have none: "浏览量:1024", "本文字数:509")
        label = _LABEL_BEFORE_A_COLON.search(sentence, 0, clause_start) if not indicator and unit else None
        if label and not _NOT_A_LABEL.search(label.group(1)):
            indicator, target_type = _indicator(label.group(1) + before, after, unit, name)
        unnamed = not indicator and value and unit and (unit == "%" or unit not in _SHARE_UNITS) \
            and not _TIME_SPAN_UNIT.fullmatch(unit) and not _PER_CAPITA_OF_PREVIOUS.fullmatch(_last_item(before))
        if unnamed:
            # "共1794个项目", "让1.6万户…住上新房": no indicator phrase before the value; the words right after it name what
            # it counts (not a deed done to them: 对185项…进行了责任分解), or else the last words before it when they are
            # more than a verb and a cue (not "据统计,由5%提高到6%", “增长6.5%”), else a name borrowed from the value
            # before it or its clause's words, so it is kept; the flag says it was guessed
            indicator = _words_naming_an_unnamed_value(before, after) \
                or _name_borrowed_for_an_unnamed_value(before, after, previous, offset, unit)
            target_type = "growth" if unit in _GROWTH_UNITS and _GROWTH_VERB.search(before) else "level"
            unnamed = bool(indicator)
        if not indicator:
            _reject(result, doc, norm, "unclassified_number", _abs(match.span(), offset),
                  f"no indicator phrase for {match.group(0)!r} in {sentence.strip()[:60]!r}")
            start, end = _abs(match.span(), offset)
            if not line.text[:start - line.start].strip() and _FIGURE_CAPTION.match(line.text, end - line.start) \
                    and not match.group("num2") and not scaled:
                figure = _abs(match.span("num"), offset)
                result.captioned.append(CaptionedFigure(match.group("num"), value, unit, figure, line,
                                                        len(result.flags) - 1, len(result.tokens) - 1))
            continue
        role = _unless_its_paragraph_commits(next((r for position, r in reversed(changes) if position <= match.start()),
                                                  carried), line)
        value_context = context_year if match.start() >= context_from else earlier_context
        prefix = _mark_bare_years(sentence[max(0, match.start() - CONTEXT):match.start()])
        kind, kind_basis = _kind(doc, line, sentence, match, before, prefix, role, value_context, line_year, earlier,
                                 result.page_of_commitments, offset + match.start() < result.first_commitment)
        if kind == "target" and unit.endswith("平方公里") and _EXTENT_BEHIND.search(before) and not _has_target_cue(before):
            kind, kind_basis = "actual", _EXTENT_OF_A_PLACE  # "湖口县县域国土面积673.69平方公里" under a plan's targets
        if kind == "target" and (unit.endswith("百分点") and _MARGIN_AGAINST_PLAN.search(before)
                                 or _MARGIN_AGAINST_PLAN_DIRECT.search(before)):
            kind, kind_basis = "actual", _MARGIN_OVER_A_PLAN  # "快于序时进度0.7个百分点" under the year's targets
        if kind == "target" and previous is not None and previous.kind == "actual" \
                and previous.number_span[0] >= offset \
                and _change_over_the_year_before(norm.text[previous.number_span[1]:offset + match.start()]):
            # "…累计完成投资513亿元,为年计划的105.9%,比去年同期提高8.9个百分点": the change of the result before it
            kind = "actual"
            kind_basis = f"a change over the year before of the result before it ({previous.kind_basis})"
        if kind_basis == _NO_EVIDENCE and previous is not None and previous.number_span[0] >= offset \
                and previous.kind_basis.startswith(_CUE_BASES):  # "全年实现A增长6%,B增长20%": B is A's kind
            kind, kind_basis = previous.kind, f"the list it continues ({previous.kind_basis})"
        elif kind_basis == "target section" and previous is not None and previous.number_span[0] >= offset \
                and previous.kind == "actual" and _PRESENT_STATE_CUE.search(previous.kind_basis) \
                and not _has_target_cue(norm.text[previous.number_span[1]:offset + match.start()]):
            # "目前青海全省人均体育场地面积达到2.01平方米,经常参加体育锻炼人数比例达到34.7%" under the targets: the
            # present state the sentence opened on goes on
            kind, kind_basis = previous.kind, f"the list it continues ({previous.kind_basis})"
        elif kind_basis == _NO_EVIDENCE and previous is not None and previous.kind == "target" \
                and previous.kind_basis.startswith(("target cue", "the list it continues (target cue",
                                                    _PARAGRAPH_TARGETS, _PARAGRAPH_CONTINUED)) \
                and not cue_pattern("bound_cue").search(previous.kind_basis) \
                and not _result_cue_between(norm.text, previous.number_span[1], offset + match.start()) \
                and not _opens_on_an_earlier_year(sentence, previous.year):
            # 控制在 also states a result; "…计划建设等项目,新建…。目前,全县…达7.6平方米": 目前 ends the targets
            # "今年,…建设任务为,新建中小学30所;全市新建幼儿园40所": the paragraph's targets go on past a ;
            kind, kind_basis = "target", (previous.kind_basis if previous.kind_basis.startswith(_PARAGRAPH_TARGETS)
                                          else f"{_PARAGRAPH_TARGETS} ({previous.kind_basis})")
        elif kind_basis == _NO_EVIDENCE and previous is None and result.values \
                and (going_on := _CONTINUES.match(line.text)) and result.values[-1].kind == "target" \
                and (cued := _target_cued_in_paragraph(result.values, going_on.group("details") is not None)) \
                and not _DONE_MARKER.search(line.text, 0, offset - line.start + match.start()):
            # "今年新疆将…新增不少于10%的…。" then "同时,…实施1.7万间教室照明改造工程": the paragraph it goes on from;
            # not one that says before the value what was done ("此外,…实现了…“应助尽助”…", heldout111 n01)
            kind, kind_basis = "target", f"{_PARAGRAPH_CONTINUED} ({cued.kind_basis})"
        if kind_basis in _SECTION_DEFAULTS and previous is not None and previous.number_span[0] >= offset \
                and previous.kind in ("target", "actual") \
                and previous.kind_basis.startswith((*_CUE_BASES, _PARTS_OF_A_TOTAL, _TASK_AMOUNT_BASIS)) \
                and (previous.kind_basis.startswith(_PARTS_OF_A_TOTAL)
                     or "其中" in norm.text[previous.number_span[1]:offset + match.start()]) \
                and not _result_cue_between(norm.text, previous.number_span[1], offset + match.start()) \
                and not _has_target_cue(before):
            # "规划:全区规划建设中小学90所,其中小学56所,初中22所" under a heading of the present state: the parts of the
            # planned total are planned, whatever the section
            kind, kind_basis = previous.kind, (previous.kind_basis if previous.kind_basis.startswith(_PARTS_OF_A_TOTAL)
                                               else f"{_PARTS_OF_A_TOTAL} ({previous.kind_basis})")
        if kind == "target" and item and _SHARE_OF_PLAN.search(item.verb):  # "分别占年度计划111.08%、110.78%"
            kind, kind_basis = "actual", "the share of a plan achieved (占年度计划的N%), for each of a list"
        # a page's dateline says when it was written better than the year it names most ("2010年9月15日" over a plan's
        # 2015 and 2020 targets: heldout294 n06)
        now = doc.written_year or doc.report_year \
            or (previous.year if previous is not None and previous.kind == "target" else None)
        if (kind == "target" or kind_basis == _NO_EVIDENCE) and item and item.year and now and item.year < now \
                and not _has_target_cue(before):  # "2016年、2017年…;劣Ⅴ类水体比例分别为4.4%、4.4%、2.6%"
            kind, kind_basis = "actual", f"a past year of the list 分别 pairs with ({item.year})"
        elif kind_basis == _NO_EVIDENCE and item and item.year and now and item.year > now:  # "明确2017年、2020年…分别提高到"
            kind, kind_basis = "target", f"a year to come of the list 分别 pairs with ({item.year})"
        if kind == "forecast":
            _reject(result, doc, norm, "unclassified_number", _abs(match.span(), offset),
                  f"a forecast (预测), neither target nor actual: {sentence.strip()[:60]!r}")
            continue
        if kind is None:
            _reject(result, doc, norm, "unclassified_number", _abs(match.span(), offset),
                  f"number in a {doc.doc_type} outside any report or plan statement: {sentence.strip()[:60]!r}")
            continue
        comparator = "range" if value_high is not None else parse_comparator(before, after)
        if comparator == "=" and kind == "target" and _HELD_WITHIN.search(before):
            comparator = "<="  # "城镇登记失业率控制在4.5%": a target held within it (a result 控制在 is as stated)
        if match.group("approx"):
            comparator = ">"  # 100多万平方米, 1.8万余个
        if comparator == "=" and match.start() in shared_comparator:
            comparator = shared_comparator[match.start()]  # "分别控制在4.2%、3%、2.5‰以内"
        if comparator == "=" and item:
            comparator = parse_comparator(item.verb, "")  # "分别超30%、60%": the list's verb bounds each value
        if comparator == "=" and kind == "target" and item and _HELD_WITHIN.search(item.verb):
            comparator = "<="  # "排放总量分别控制在133.5万吨、13.6万吨…": each value of the list held within it
        if comparator == "=" and unit in _CIRCLE_UNITS and _TIME_CIRCLE_FOLLOWS.match(sentence, match.end()):
            comparator = "<="  # "都市圈1小时通勤": within the hour
        # the plan's (or budget's) amount is of the year whose execution is reported, as the results beside it are
        dated_as_results = kind_basis == _PLAN_AMOUNT or kind_basis.startswith(_BUDGET_AMOUNT_BASIS)
        year, period, inferred, per_year, year_basis = _year(doc, prefix, value_context,
                                                             "actual" if dated_as_results else kind,
                                                             role, line_year, line.in_review,
                                                             sentence[max(0, match.start() - CONTEXT):match.start()],
                                                             earlier)
        if item and item.year:
            year, period, inferred, year_basis = item.year, None, False, "the year list that 分别 pairs with"
        glossed = _YEAR_IN_BRACKETS_AFTER.match(sentence, match.end())
        if glossed:  # "普惠性幼儿园覆盖率从85.64%提升至92.28%(2024年)": the year the value is of (heldout476 n01)
            year, period, inferred, year_basis = int(glossed.group(1)), None, False, "the year in brackets after it"
        if previous is not None and previous.year_basis.startswith("明年") and year_basis != "stated" \
                and (kind_basis.startswith(_PARAGRAPH_TARGETS) or earlier and kind_basis == _CUE_EARLIER_IN_THE_SENTENCE
                     and year_basis.startswith(_DOCUMENT_YEAR)):
            # "明年计划…启动…9个,…加快推进…62个": the 明年 it goes on from, in its paragraph or after a ";" of its
            # sentence ("明年计划种植棉花680万亩,产量110万吨;种植粮食作物400万亩", heldout350 n02)
            year, period, inferred, year_basis = previous.year, None, True, previous.year_basis
        if kind_basis == _plan_default(doc) and doc.doc_type != "work_report" and year \
                and doc.period_start and year < doc.period_start:  # "…增加到2010年的16.1万人,增幅为36.4%" in a 十二五 plan
            kind, kind_basis = "actual", f"{_plan_default(doc)}, but of a year before its period"
        elif kind_basis == "target section" and year_basis == "stated" and year and role.year \
                and year < (role.period[0] if role.period else role.year) and not _ESTIMATE.search(prefix):
            # "2009年全市蔬菜播种面积共计完成152.50万亩" under a heading of the 十二五's work: what the year before it came to
            kind, kind_basis = "actual", "target section, but a year before the section's is stated"
        if kind_basis.startswith(_NAMED_TARGET) and year_basis.startswith(_DOCUMENT_YEAR) and doc.results_year \
                and year and doc.results_year < year and _TARGET_MET_BEFORE.search(before) \
                and not _SPEAKS_OF_ANOTHER_YEAR.search(prefix):  # "…48所,超额完成40所的年度目标任务" in a January report
            year, inferred, year_basis = doc.results_year, True, "the year whose results it stands beside"
        if year and unit not in _SHARE_UNITS and _OF_THE_YEAR_BEFORE.search(prefix):
            year, period, inferred, year_basis = year - 1, None, True, f"上年 before the value ({year_basis}, less one)"
        base = _OF_A_BASE_YEAR.search(prefix) if year and kind == "actual" else None
        if base and int(base.group(1)) < year:  # "比2015年的65.67立方米/万元下降…" in a page of 2016: 2015's value
            year, period, inferred = int(base.group(1)), None, True
            year_basis = f"the year compared with ({base.group(0)})"
        if kind == "target" and doc.doc_type == "statistical_bulletin" \
                and not (year and doc.results_year and year > doc.results_year):
            # "…由上年的43.9:31.5:24.6调整为今年的51.6:21.7:26.7": a bulletin reports its year (not a plan's 2025 it cites)
            kind, kind_basis = "actual", f"a statistical bulletin reports its year's results ({kind_basis})"
        over = period or (role.period if role.role == "review" else None)
        if kind == "actual" and over and year == over[1] and year_basis != "stated" \
                and _starts_a_change(prefix, sentence, match.end()):  # "五年…从179.92亿元增加到245亿元": the start
            year_basis = f"the start of a change over {over[0]}-{over[1]} ({year_basis})"
            year, period, inferred = over[0] - 1, None, True
        elif kind == "actual" and year and year_basis == "stated" \
                and (spanned := _last_match(_SPAN_FROM_A_YEAR, prefix) or _SPAN_FROM_A_YEAR.match(
                    _time_leading(earlier) if earlier and not _names_a_time(prefix) else "")) \
                and int(spanned.group(2)) == year \
                and _starts_a_change(prefix, sentence, match.end()):
            # "从2011年到2016年,地区生产总值由65.6亿元增加到120.5亿元": the start, of the span's first year
            year, inferred = int(spanned.group(1)), True
            year_basis = f"the start of a change from its span's first year ({spanned.group(0).strip()})"
        elif kind == "actual" and (year is None or year_basis == _EARLIER_IN_THE_PARAGRAPH) \
                and ((starts := _starts_a_change(prefix, sentence, match.end()))
                     or year is None and _ENDS_A_CHANGE.search(prefix)):
            dated = _last_match(_DATED_CHANGE, line.text[:offset + match.start() - line.start])
            if dated and (year is None or int(dated.group(2)) == year):
                # "由2011年的18.9亿元提高到2016年的28.4亿元。财政收入由2.3亿元…"; the same after a sentence of its own time
                # ("…从2016年的8973亿元增加到2021年的14595亿元。五年来,全市财政总收入从2146亿元增加到3264亿元")
                year, inferred = int(dated.group(1 if starts else 2)), True
                year_basis = f"the {'start' if starts else 'end'} of the change its paragraph dated ({dated.group(0)})"
        direction = _direction(item.verb if item else before) if target_type == "growth" else ""
        std = standardize(value, unit)
        std_high = standardize(value_high, unit).value if value_high is not None else None
        suffix = _QUOTED_SUFFIX.match(after)
        quote_end = match.end() + (suffix.end() if suffix else 0)
        quote_start = clause_start + (len(before) - len(before.lstrip()))
        result.values.append(StatedValue(
            doc=doc, kind=kind, indicator_zh=indicator, value=value, value_high=value_high, unit=unit,
            value_std=std.value, value_std_high=std_high, unit_std=std.unit, comparator=comparator,
            target_type=target_type, commitment=_commitment(prefix), binding=_binding(sentence[max(0, match.start() - CONTEXT):match.end() + CONTEXT]),
            year=year, period_start=period[0] if period else None, period_end=period[1] if period else None,
            year_inferred=inferred, per_year=per_year, section_path=line.section_path, year_basis=year_basis,
            kind_basis=kind_basis, direction=direction, quote_span=_abs((quote_start, quote_end), offset),
            number_span=_abs((match.start("sign") if match.group("sign") else match.start("num"),
                              match.end("num") - (1 if scaled and value_high is None else 0)), offset),  # 两万个: 两
            sentence=sentence[max(0, match.start() - CONTEXT):match.end() + CONTEXT].strip(), origin="prose",
        ))
        if unnamed:  # (set apart until the document's prose is read: no value after it takes it as the one before)
            result.unnamed.append(result.values.pop())
            _token(result, doc, norm, _abs(match.span(), offset), "value", "", result.unnamed[-1])
            _flag(doc, norm, result, "indicator_guessed", _abs(match.span(), offset),
                  f"no indicator phrase before {match.group(0)!r}: named {indicator!r} from the words around it")
            continue
        _token(result, doc, norm, _abs(match.span(), offset), "value", "", result.values[-1])
        first = result.values[-1]
        for order, (name, start) in enumerate(item.shared if item else (), start=1):
            # each name of "A、B均达到100%" is a statement of its own, its quote from its name to the value
            result.values.append(replace(first, indicator_zh=name, quote_span=_abs((max(start, quote_start), quote_end), offset)))
            _token(result, doc, norm, _abs(match.span(), offset), "value", "", result.values[-1], shares=order)


@lru_cache(maxsize=1)
def load_value_words() -> tuple[re.Pattern[str], dict[str, tuple[float, str, str]]]:
    """Words with an exact numeric meaning (持平 = 0 %, 翻一番 = 100 %), from ``codebook/value_words.csv``; not
    where the character before makes its first character the end of another word (``not_after``: 保持|平稳)."""
    table = codebook_rows("value_words.csv")
    rows = {r["word"]: (float(r["value"]), r["unit"], r["comparator"]) for r in table}
    not_after = {r["word"]: r["not_after"] for r in table}
    return guarded(compile_pattern("|".join((f"(?<!{not_after[w]})" if not_after[w] else "") + re.escape(w)
                                       for w in sorted(rows, key=len, reverse=True)))), rows  # (searched in every line)


_VERB_BEFORE_VALUE_WORD = compile_pattern(r"(?:力争|要|将|可)?(?:实现|达到)$")
_COMPARED_WITH_A_YEAR = compile_pattern(r"(?:与|和|同|比)?(?:19|20)\d{2}年$|比?上年$")  # "与2021年持平": the value before's change
# "增长7.5%,与预期目标持平", "与全省平均水平持平", "这一增速目标与去年持平": level with a target, with another place's
# level, or a target kept (codebook phrase_words not_a_change_before_value_word): no change of 0
_COMPARED_NOT_A_CHANGE = compile_pattern(f"(?:{_phrase_words('not_a_change_before_value_word')})$")


def _indicator_before_a_value_word(text: str, unit: str) -> str:
    """The indicator of a clause ending ``text`` in a value word ("数字经济核心产业增加值实现翻番,"), for the level
    the next clause reaches ("达到5500亿元"); "" when the clause ends in none."""
    clause = text.rstrip(" ,,")
    ending = _last_match(load_value_words()[0], clause) if clause != text else None
    if not ending or ending.end() != len(clause):
        return ""
    return _value_word_indicator(clause[_clause_start(clause, ending.start()):ending.start()], unit)[0]


def _value_word_indicator(before: str, unit: str) -> tuple[str, re.Match | None]:
    """The indicator the words before a value word name, and the year compared with, if any, they end in
    ("粮食总产量与上年持平", "地区生产总值比2015年翻一番": the indicator is before it; "…实现翻番": not the verb)."""
    compared = _COMPARED_WITH_A_YEAR.search(before)
    indicator, _ = _indicator(before[:compared.start()] if compared else before, "", unit, None)
    return _VERB_BEFORE_VALUE_WORD.sub("", indicator), compared


def _extract_value_words(doc, norm, line, sentence, offset, context_year, result, carried, changes,
                         line_year, earlier: str = "") -> None:
    """Values written as words: a growth of the value stated just before ("264.49亿元,与2021年持平"), or of the
    indicator the clause names ("公办园在园幼儿翻了一番多")."""
    pattern, meanings = load_value_words()
    quoted = _quotation_spans(sentence)
    for match in pattern.finditer(sentence):
        quote = next((start for start, end in quoted if start <= match.start() < end), None)
        value, unit, comparator = meanings[match.group(0)]
        before = sentence[_clause_start(sentence, match.start()):match.start()]
        if quote is not None:  # quoted: a value only with its indicator inside the quote (“氮氧化物排放量零增长”),
            before = sentence[quote + 1:match.start()]  # not a goal's name (“提前翻番”, “两个翻番”)
            if not _indicator(before, "", unit, None)[0] or _CUMULATIVE.match(before) or len(before) < 3:
                continue
        previous = next((v for v in reversed(result.values) if v.origin == "prose"
                         and offset <= v.number_span[0] < offset + match.start()), None)
        indicator, compared = _value_word_indicator(before, unit)
        if (not indicator or _GROWTH_OF_PREVIOUS.search(before) or compared) and previous is not None:
            indicator = previous.indicator_zh
        if not indicator or _COMPARED_NOT_A_CHANGE.search(before):
            continue  # a word with no indicator is not a value; it holds no digits, so nothing is lost
        role = _unless_its_paragraph_commits(next((r for position, r in reversed(changes) if position <= match.start()),
                                                  carried), line)
        prefix = _mark_bare_years(sentence[max(0, match.start() - CONTEXT):match.start()])
        kind, kind_basis = _kind(doc, line, sentence, match, before, prefix, role, context_year, line_year, earlier,
                                 result.page_of_commitments, offset + match.start() < result.first_commitment)
        if kind not in KINDS:
            continue
        year, period, inferred, per_year, year_basis = _year(doc, prefix, context_year, kind, role, line_year,
                                                             line.in_review,
                                                             sentence[max(0, match.start() - CONTEXT):match.start()],
                                                             earlier)
        quote_start = _clause_start(sentence, match.start())
        suffix = _QUOTED_SUFFIX.match(sentence, match.end())  # "比2010年翻一番以上": a bound after the word
        if suffix and comparator == "=":
            comparator = parse_comparator("", suffix.group(0))
        result.values.append(StatedValue(
            doc=doc, kind=kind, indicator_zh=indicator, value=value, value_high=None, unit=unit,
            value_std=value, value_std_high=None, unit_std=unit, comparator=comparator, target_type="growth",
            commitment=_commitment(prefix), binding="", year=year,
            period_start=period[0] if period else None, period_end=period[1] if period else None,
            year_inferred=inferred, per_year=per_year, section_path=line.section_path, year_basis=year_basis,
            kind_basis=f"{kind_basis}{_VALUE_WORD_NOTE}{match.group(0)} (codebook/value_words.csv)",
            quote_span=_abs((quote_start, suffix.end() if suffix else match.end()), offset),
            number_span=_abs(match.span(), offset),
            sentence=sentence[max(0, match.start() - CONTEXT):match.end() + CONTEXT].strip(), origin="prose",
        ))
        _token(result, doc, norm, _abs(match.span(), offset), "value", "", result.values[-1])
        shared = _names_sharing_a_word(before) if quote is None else []
        if shared:
            first = result.values[-1]
            first.indicator_zh = shared[0][0]
            for order, (name, start) in enumerate(shared[1:], start=1):
                # each name of "A、B均实现翻番" is a statement of its own, its quote from its name to the word
                quote_span = (quote_start + start + offset, first.quote_span[1])
                result.values.append(replace(first, indicator_zh=name, quote_span=quote_span))
                _token(result, doc, norm, _abs(match.span(), offset), "value", "", result.values[-1], shares=order)


# what may stand between a list of names and a value word they share: 均, 都 or 分别 (each of the list's names takes the
# word: "全区工业总产值、工业增加值分别比2010年翻两番以上", heldout534 n07), a base year (比2010年, 在2010年基础上), a verb
# ("旅游总收入、接待入境游人次、旅游外汇收入均实现翻番", "生产总值和城乡居民人均收入比2010年翻一番")
_SHARED_WORD_TAIL = compile_pattern(r"(均|都|分别)?(?:要|将|可)?(?:[比较与同在](?:(?:19|20)\d{2}\s*年|上年)(?:的?基础上)?)?"
                                    r"(均|都)?(?:要|将|可)?(?:实现|达到)?$")


def _names_sharing_a_word(before: str) -> list[tuple[str, int]]:
    """The names of a list that share the value word after it, each with where it starts in ``before``: a list
    before 均, 都 or 分别, or one whose names each end as an indicator does (总值, 收入: codebook indicator_ending); else
    []."""
    tail = _SHARED_WORD_TAIL.search(before)
    head = before[:tail.start()]
    names = _list_names(head)
    if len(names) < 2 or any(_ENDS_WITH_VALUE.search(n) for n in names):
        return []
    if not (tail.group(1) or tail.group(2)) and not _each_a_measure(names):
        return []
    return _names_where_written(head, 0, len(head), names)


def _abs(span: tuple[int, int], offset: int) -> tuple[int, int]:
    return span[0] + offset, span[1] + offset


# the name a list item opens on, before the colon that ends the clause before a value ("1.地区生产总值:增长7%左右")
_LABEL_LEAD = rf"[ \t\u3000—\-·•]*{_ITEM_NUMBER}"  # what may stand before a list item's name: a dash, a bullet, its number
_LABEL_BEFORE_A_COLON = compile_pattern(rf"(?:^|[,;。\n]){_LABEL_LEAD}([\u4e00-\u9fff()()]{{2,24}})\s*:\s*$")
_NOT_A_LABEL = compile_pattern(rf"(?:{_phrase_words('not_a_label')})$")  # "…数据显示:": who speaks, no name of a measure
# "地表水优良水体比例,由66.0%提升至73.0%以上": a measure's name (ending as indicators do) as a clause of its own, before
# a clause of only a verb and the value
_VERB_OF_A_NAMED_VALUE = compile_pattern(rf"(?P<year>\s*(?:(?:到|至)?(?:19|20)\d{{2}}\s*年[底末]?\s*)?)"
                                         rf"(?:由|从|{_phrase_words('level_verb')}|{_phrase_words('growth_verb')}|"
                                         rf"{_phrase_words('decrease_verb')})")
_NAME_BEFORE_A_COMMA = compile_pattern(rf"(?:^|[,;。\n:]){_LABEL_LEAD}"
                                       rf"([\u4e00-\u9fff()()]{{1,24}}?(?:{_phrase_words('indicator_ending')}|"
                                       rf"{_phrase_words('share_name_ending')}))\s*,\s*$")


def _clause_start(sentence: str, position: int) -> int:
    """Start of the clause holding ``position``, looking back at most CONTEXT characters."""
    floor = max(0, position - CONTEXT)
    last = _LAST_CLAUSE_BREAK.match(sentence, floor, position)  # the last break before it, found from the end
    return last.end() if last else floor


_LAST_CLAUSE_BREAK = compile_pattern(rf"(?s:.*){_CLAUSE_BREAK.pattern}")


def _clause_end(sentence: str, position: int, breaks: re.Pattern[str] = _CLAUSE_BREAK) -> int:
    """Where the first of ``breaks`` (one character each) at or after ``position`` is, else the sentence's end."""
    starts = _break_starts(breaks, sentence)
    after = bisect.bisect_left(starts, position)
    return starts[after] if after < len(starts) else len(sentence)


@lru_cache(maxsize=16)
def _break_starts(breaks: re.Pattern[str], sentence: str) -> list[int]:
    """Where a sentence's clause breaks are, found once: each of its values asks for its clause's end (a search from
    each made a long list quadratic)."""
    return [found.start() for found in breaks.finditer(sentence)]


# The structure checks' patterns, compiled once (they run for every number token).
_YEAR_NUMERAL = compile_pattern(r"(19|20)\d{2}|[〇○零一二三四五六七八九]{4}")
_ARABIC_YEAR = compile_pattern(r"(19|20)\d{2}")
_YEAR_FOLLOWS = compile_pattern(r"\s*(年|[-—–~至]|届)")
_DATE_FOLLOWS = compile_pattern(r"\s*(月|日|号|时|点|分[^之])")
# "05-01", "04-28" after a headline in a list of news: a month and day, zero-padded as no range is written
_MONTH_DAY = compile_pattern(r"(?=0|\d\d-0)(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_SIZE_QUALIFIER = compile_pattern(r"(以上|以下)的?[\u4e00-\u9fff]")
# "超30亿元或3亿美元产业项目2个", "亿元以上的重大项目20个": the projects of that size, then how many
_ALTERNATIVE_THRESHOLD_BEHIND = compile_pattern(r"(?:超|超过|过)\s*[\d.]+\s*[万亿]?元(?:以上)?或\s*$")  # "超30亿元或" before 3亿美元
_PROJECTS_COUNTED_AFTER = compile_pattern(r"\s*(?:以上)?的?(?:或\s*[\d.]+\s*[万亿]?(?:美元|元)(?:以上)?)?[\u4e00-\u9fff]{0,8}?项目\s*"
                                          r"(?:\d|[一二两三四五六七八九十]+个)")
_CJK_CHAR = compile_pattern(r"[\u4e00-\u9fff]")
_EVERY_DAY_BEHIND = compile_pattern(r"每[天日周]$")
_DURATION_UNITS = ("小时", "天")
_CIRCLE_UNITS = ("小时", "分钟")
# a figure's caption after it on its line ("167.83亿元——经济总量稳步提升"), and the lines below it that may state it
_FIGURE_CAPTION = compile_pattern(rf"\s*(?:{_phrase_words('figure_caption_dash')})\s*[^\d\s]")
FIGURE_STATEMENT_LINES = 2
# a plan's time circle (都市圈1小时通勤, 2小时交通圈; codebook time_circle_word): the time is its target (minutes
# before a circle's name are structure: codebook structure_rules.csv)
_TIME_CIRCLE_FOLLOWS = compile_pattern(rf"[\u4e00-\u9fff]{{0,8}}?(?:{_phrase_words('time_circle_word')})")
_VERSION_WORDS = ("工程", "计划", "版")  # a number after them names a version
_RATIO_FOLLOWS = compile_pattern(r"\s*[::]\s*\d")
_LEVEL_WORDS = "不低于|不少于|达到|达|为"
_LEVEL_WORD_BEHIND = compile_pattern(rf"({_LEVEL_WORDS})$")
# A ratio to one or from one stated as a level or the ends of a change (生师比不高于17:1, 从5.2:1提高到7.3:1, 下降至2.09:1,
# 车桩比在2.5:1以下, 比例不得低于1∶15)
_RATIO_LEVEL_BEHIND = compile_pattern(rf"({_LEVEL_WORDS}|不高于|不超过|低于|高于|是|从|由|到|至|的|控制在|保持在|稳定在|比在)$")
# a ratio from one right after its name (床护比1:0.48; codebook phrase_words ratio_name_ending) is its value
_RATIO_NAME_BEHIND = compile_pattern(f"(?:{_phrase_words('ratio_name_ending')})$")
_CODE_CHARACTERS = frozenset(string.ascii_letters + "#+")  # a number joined to them is part of a code
_CODE_CHARACTERS_BEHIND = _CODE_CHARACTERS | {"."}
_INDICATOR_ACRONYM_BEHIND = compile_pattern(rf"(?:{_phrase_words('indicator_acronym')})$")  # "完成GDP4408.1亿元"
_WORDS_BEFORE = compile_pattern(r"[\u4e00-\u9fff]{2}")  # (not a piece a count opens: "23所…认定工作已经完成46所")
_ORDINAL_MARK_FOLLOWS = compile_pattern(r"\s*[.、.)]")  # "3)扩大…" opens a numbered line as "3、" does
_ITEM_MARK_FOLLOWS = compile_pattern(r"[.、]\s*[\u4e00-\u9fff]")  # "2.支持…" (not "2.5", a decimal; ． reads as .)
_PLAN_NUMERAL = compile_pattern(r"十[一二三四五]")
# 新建, 改扩建, 新增 (codebook cumulative_verb) before "四个": a count of what is added ("建设两个中心" is a slogan's)
_BUILT_BEHIND = compile_pattern(rf"(?:{_phrase_words('cumulative_verb')})$")
_ONE_AS_QUANTITY_BEHIND = compile_pattern(r"(至少|最多|保留|新建|举办|建成|每个)[\u4e00-\u9fff]{0,3}$")
_DURATION_NOUN_FOLLOWS = compile_pattern(f"({_phrase_words('duration_noun_after')})")
_SUFFIX_FOLLOWS = compile_pattern(r"(以上|以下|以内|左右|多|余|及以上|倍)")
_BOUND_ENDS_CLAUSE = compile_pattern(r"\s*(?:以上|以下|以内|左右)\s*(?:[,;。、:!?)]|$)")
_BOUND_FOLLOWS = compile_pattern(r"及?以[上下内]|左右")  # the bounds after a count (以上, 及以上, 以内, 左右)
# an age, a span of time or a grade under such a bound qualifies (三年以上教龄, 二类以上公厕, 四星以上酒店)
_NOT_COUNTED_UNDER_A_BOUND = ("年", "岁", "类", "星", "等", "档") + _DURATION_UNITS
_SCHOOLING_YEARS_BEHIND = compile_pattern(r"[\u4e00-\u9fff]{0,6}(学前三|九|十二|十五)$")


@lru_cache(maxsize=None)
def load_structure_rules() -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, str], ...]:
    """Contexts that make a number structure, not a value (``codebook/structure_rules.csv``): the words before it,
    the numeral itself, the words after it; each rule with an example and where it was seen."""
    return tuple(
        (compile_pattern(f"(?:{row['before_number']})$") if row["before_number"] else None,
         compile_pattern(row["number"]) if row["number"] else None,
         compile_pattern(row["after_number"]) if row["after_number"] else None, row["reason"])
        for row in codebook_rows("structure_rules.csv"))


@lru_cache(maxsize=None)
def _structure_rule_screen() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None] | None:
    """One test per part for all structure rules at once: every rule needs each of its parts (words after the
    number, its numeral, words before it), so a token none of these alternations fits is no rule's and the
    rules need not be tried one by one. Each rule joins the alternation of its part that takes the most
    characters (words after, then before, then the numeral, on a tie): a part that can match nothing, as a
    bare look-ahead for a comma, would let most tokens through. None when a rule has no part or a part
    cannot join an alternation (a back-reference). A part whose edge characters cannot be told (words after
    it such as ``[^,。]{0,3}的``) is taken only when no other part of its rule can be: it would leave the
    whole after- or before-alternation unscreened by its edge (``_screen_with_edges``)."""
    afters, numbers, befores = [], [], []
    for before, number, after, _ in load_structure_rules():
        parts = [(part, kind) for part, kind in ((after, afters), (before, befores), (number, numbers)) if part]
        if not parts:
            return None
        part, kind = max(parts, key=lambda found: (found[1] is numbers or first_characters(
            found[0], last=found[1] is befores) is not None, shortest_match(found[0])))  # the first of the longest
        if re.search(r"\\\d|\(\?P=|\(\?\(", part.pattern):
            return None
        kind.append(part.pattern)
    try:
        return tuple(compile_pattern("|".join(f"(?:{p})" for p in parts)) if parts else None
                     for parts in (afters, numbers, befores))
    except re.error:
        return None


@lru_cache(maxsize=None)
def _screen_with_edges() -> tuple | None:
    """The screen (after, number, before) with the characters its after-alternation can start with and its
    before-alternation can end with (a bracket, a colon, 表 …): a token with other characters around it is not
    tried against them (most are not). An edge is None when its characters cannot be told."""
    screen = _structure_rule_screen()
    if screen is None:
        return None
    after, number, before = screen
    first = first_characters(after) if after is not None else None
    last = first_characters(before, last=True) if before is not None else None
    return (after, compile_pattern(f"[{first}]") if first else None, number,
            before, compile_pattern(f"[{last}]") if last else None)


def _structure_rule(sentence: str, match: re.Match) -> str:
    """The reason of the first structure rule whose context matches around the token, else ''."""
    start, number_end, numeral = match.start(), match.end("num"), match.group("num")
    if match.group("pct") or match.group("den"):
        numeral = match.group(0)  # 百分之十 is a rate: not the round 十 of 千亿元产业
    screen = _screen_with_edges()
    if screen is not None:
        after, after_start, number, before, before_end = screen
        if not ((after and (after_start is None or after_start.match(sentence, number_end))
                 and after.match(sentence, number_end))
                or (number and number.fullmatch(numeral))
                or (before and (before_end is None or (start > 0 and before_end.match(sentence, start - 1)))
                    and before.search(sentence[max(0, start - 12):start]))):  # a slice: ^ and look-behinds
            return ""
    behind = sentence[max(0, start - 12):start]
    for before, number, after, reason in load_structure_rules():
        if number is not None and not number.fullmatch(numeral):
            continue
        if before is not None and not before.search(behind):
            continue
        if after is not None and not after.match(sentence, number_end):
            continue
        return reason
    return ""


_SIGN_BEFORE = compile_pattern(r"[≥≤<>=]\s*$")  # a comparator sign just before a number: what follows bounds a value
_UNIT_BEFORE_SIGN = compile_pattern(rf"(%|‰|{UNIT_PATTERN})\s*[≥≤<>=]\s*$")


_COUNT_BEFORE_A_CLASS = compile_pattern(rf"(?:{_phrase_words('count_before_a_scale_class')})\s*(?:超过|超|过)?\s*$")
_UNIT_ALSO_FROM_WHEN = compile_pattern(_phrase_words("unit_also_from_when"))  # a count's unit that also says "from"
_LEADING_ZERO = compile_pattern(r"0\d+")  # digits written with a leading zero and no point: a code, not a quantity


def _structural_reason(sentence: str, match: re.Match, quoted, line: Line, offset: int) -> str:
    """Why a number token is structure rather than a value, or '' when it may be a value."""
    num, unit = match.group("num"), unit_of(match)
    start, end = match.start(), match.end()
    behind = sentence[max(0, start - LOOK_BEHIND):start]  # the checks below look a few characters back
    following = sentence[end:end + 2]
    # (a base year between, its digits no value: "人均预期寿命在2020年基础上提高0.4岁")
    in_years_of_age = (unit == "岁" or following.lstrip().startswith("岁")) \
        and bool(_MEASURED_IN_AGE.search(_ANY_YEAR.sub("", behind) if "年" in behind else behind))
    rule = "" if in_years_of_age else _structure_rule(sentence, match)  # "人均期望寿命80岁" is a value
    if rule:
        return rule
    preceding = sentence[max(0, start - 2):start]
    is_chinese = not num[0].isdigit()
    if unit == "年" and _YEAR_NUMERAL.fullmatch(num):
        return "year"
    scaled_range = match.group("unit1") in ("万", "亿")  # 1500亿至2000亿元: amounts, not years
    if len(num) == 4 and _ARABIC_YEAR.fullmatch(num) and not scaled_range \
            and (_YEAR_FOLLOWS.match(following) or not unit):  # (a range with a unit is a year span only to a year)
        return "year"
    if match.group("num2") and _ARABIC_YEAR.fullmatch(match.group("num2") or "") and not scaled_range:
        return "year"
    if _UNIT_ALSO_FROM_WHEN.fullmatch(unit or "") and _ARABIC_YEAR.fullmatch(num) \
            and _SINCE_BEFORE_A_YEAR.search(preceding):
        return "year"  # 从2019起: from when, not 2019 accidents
    if not unit and _DATE_FOLLOWS.match(following):
        return "date"
    if not unit and match.group("num2") and _MONTH_DAY.fullmatch(sentence[start:end].rstrip()):
        return "date"
    if (unit == "岁" or following.lstrip().startswith("岁")) and not in_years_of_age:
        return "age qualifier"  # "3-6岁适龄儿童"
    if unit and sentence[end:end + 1] == "级" and not ((unit.endswith("元") or unit in ("亿", "万亿"))
                                                        and not _COUNT_BEFORE_A_CLASS.search(behind)):
        return "grade qualifier (…级)"  # (打造200亿级光伏产业集群: the scale is the aim; 培育4家50亿级企业: a class)
    if unit in ("人", "万人", "户") and _SIZE_QUALIFIER.match(sentence[end:end + 4]):
        return "size qualifier (schools or villages of N people)"
    if unit.endswith("元") and (behind.endswith(("超", "超过", "过")) or following.startswith("以上")
                                or _ALTERNATIVE_THRESHOLD_BEHIND.search(behind)) \
            and _PROJECTS_COUNTED_AFTER.match(sentence, end):
        return "size qualifier (projects of over N yuan, counted after it)"  # "总投资超10亿元或1亿美元产业项目5个"
    if (unit in _DURATION_UNITS and _CJK_CHAR.match(sentence[end:end + 1]) and not _EVERY_DAY_BEHIND.search(behind)
            and not _BOUND_ENDS_CLAUSE.match(sentence, end)  # "天数稳定在300天以上。" is a value
            and not _TIME_CIRCLE_FOLLOWS.match(sentence, end)):
        return "duration qualifier"
    if not unit and behind.endswith(_VERSION_WORDS):
        return "version number"
    if _RATIO_FOLLOWS.match(sentence, end) and not _LEVEL_WORD_BEHIND.search(behind) \
            or unit in RATIO_TO_ONE_UNITS and not _RATIO_LEVEL_BEHIND.search(behind) \
            or match.group("one") and not _RATIO_LEVEL_BEHIND.search(behind) and not _RATIO_NAME_BEHIND.search(behind):
        return "ratio in a rule"
    if unit == "级" or following[:1] in _CODE_CHARACTERS or (preceding[-1:] in _CODE_CHARACTERS_BEHIND
                                                          and not _INDICATOR_ACRONYM_BEHIND.search(behind)):
        return "part of a code or name"
    if not unit and _LEADING_ZERO.fullmatch(num):
        return "part of a code or name"  # "中交地产(000736", an infographic's "…政府工作报告01": a code or a label
    if preceding.rstrip().endswith(("第", "〔")) or following.lstrip().startswith("〕"):  # 第 16 条: a converter's spaces
        return "ordinal or document number"
    if quoted and any(q_start <= start and end <= q_end  # (the token's quotation first: most are not)
                      and not _QUOTED_TASK_VERB.fullmatch(sentence, q_start + 1, start)  # “建成1万公里…路”: a task
                      and not _QUOTED_STATEMENT.fullmatch(sentence, q_start + 1, start)
                      and not _QUOTED_CHANGE.fullmatch(sentence, q_start + 1, start)
                      and not _QUOTE_ENDS_ON_A_QUANTITY.fullmatch(sentence, q_start + 1, q_end - 1)
                      and not (unit and not is_chinese and sentence[q_end - 1] in "”\""
                               and _QUOTE_NAMED_A_TARGET.match(sentence, q_end)
                               and not _SLOGAN_COUNT_BEFORE.search(sentence, q_start + 1, start))
                      for q_start, q_end in quoted):
        return "inside a quoted name"
    if following.lstrip().startswith("+") or preceding.endswith("+"):
        return "part of a code or name"
    if start == 0 and not unit and _ORDINAL_MARK_FOLLOWS.match(following):  # at a line's or a sentence's start
        return "ordinal"  # ("。2、扩大…"; not a value with its unit, "2803.5亿元、增长3.8%", heldout272 n01)
    if not unit and preceding[-1:] == ")" and len(num) <= 2 and _ITEM_MARK_FOLLOWS.match(following):
        return "ordinal"  # "(牵头单位:省人社厅)2.支持毕业生…": an item run on after the last one's closing aside
    if is_chinese:
        if "十" in num and following.startswith("五") or following[:1] == "五" and _PLAN_NUMERAL.fullmatch(num):
            return "plan name"
        if match.group("pct") or match.group("den") or ("点" in num and unit) or unit in _CN_MEASURE_UNITS \
                or (unit and num[-1] in "万亿" and len(num) > 1):  # 三万个, 两亿元: a scaled count is a quantity
            return ""
        scaled_or_round = num[-1] in "万亿" and len(num) > 1 or _ROUND_MAGNITUDE.fullmatch(num)
        if scaled_or_round and behind.endswith(_LOWER_BOUND_WORDS + ("达", "达到")):
            return ""  # "地区生产总值突破千亿", "市场主体首次超过万户", "GDP达万亿规模": a scaled number bounded or reached
        if unit and unit not in _NUMBERED_NOT_COUNTED and _COUNTED_IN_PLACES.fullmatch(num):
            return ""  # "全年将实施一百六十七个在建重点项目": a numeral of several places counts (not "十二章四十二节")
        if unit and unit not in _NOT_COUNTED_UNDER_A_BOUND and _BOUND_FOLLOWS.match(sentence, end):
            return ""  # "县有两条以上高速通达", "每镇建成一个以上": a name takes no bound, a count does
        if unit not in _CN_QUANTITY_UNITS and not (unit == "个" and _BUILT_BEHIND.search(behind)):
            return "Chinese numeral in a name or phrase"  # (新建四个机场: a count of what is built)
        if num == "一" and not _ONE_AS_QUANTITY_BEHIND.search(behind):
            return "Chinese numeral in a name or phrase"
    if unit == "年" and _DURATION_NOUN_FOLLOWS.match(sentence[end:end + 2]):
        return "duration qualifier"
    if not unit and _CJK_CHAR.match(following) and not _SUFFIX_FOLLOWS.match(following) \
            and not _UNIT_LATER_IN_LIST.match(sentence, end) \
            and not _SIGN_BEFORE.search(behind):  # "比重% ≥ 15省统计局": a table's bound, run into the next cell
        return "number joined to text (part of a name, or a lost unit)"
    if unit == "年" and _SCHOOLING_YEARS_BEHIND.search(behind):
        return "duration qualifier"
    return ""


@dataclass(frozen=True)
class ListedValue:
    """A value of a list ("A、B分别增长x、y"): the name it pairs with, the list's verb (it types every value:
    增长 a growth, 下降 a decrease) and where the list's clause starts. ``count`` > 0: the names are those of the
    ``count`` values stated just before ``anchor`` ("A151亿元、B43亿元,分别增长8.5%、8%"), this one the
    ``order``-th. ``mismatch``: why the values could not be paired with names (their counts differ)."""

    name: str
    verb: str
    clause_start: int
    anchor: int = 0
    order: int = 0
    count: int = 0
    mismatch: str = ""
    year: int | None = None  # "2016年、2017年…分别下降16.7%、21.2%": the year of the list it pairs with
    # "小学、初中适龄人口入学率均达到100%": the names after the first that share the one value, each with where it
    # starts in the sentence (its own statement's quote starts there)
    shared: tuple[tuple[str, int], ...] = ()


_RESPECTIVELY = compile_pattern(_phrase_words("respectively"))
MAX_RESPECTIVE_VERB = 12  # 分别 … its first value: a verb and its qualifiers ("分别比2011年增长")
_COMMA_GLUE = compile_pattern(r"(?:以上|以下|以内|左右)?\s*,\s*")
_DATED_ITEM_GLUE = compile_pattern(r"(?:以上|以下|以内|左右)?\s*[、和及与,]\s*(?:19|20)\d{2}\s*年[底末]?的?\s*")
# (not a code's digits: "PM2.5、PM10年均浓度分别下降3%、4%" names two indicators)
_ENDS_WITH_VALUE = compile_pattern(rf"(?<![A-Za-z\d.])\d+(?:\.\d+)?\s*(?:{UNIT_PATTERN}|万|亿)?(?:以上|以下|左右|多|余)?$")


def _is_year_token(token: re.Match) -> bool:
    return bool(_ARABIC_YEAR.fullmatch(token.group("num"))) and unit_of(token) in ("", "年")


def _joiner_outside_words(joiner: str) -> str:
    """A pattern for ``joiner`` (及, 与, 和) between names, not inside a word that holds it (codebook phrase_words
    word_holding_a_joiner: 普及率, 及时率, 参与率, 65岁及以上)."""
    words = [word for word in _phrase_words("word_holding_a_joiner").split("|") if joiner in word]
    behind = "".join(f"(?<!{word[:word.index(joiner) + len(joiner)]})" for word in words if not word.startswith(joiner))
    ahead = "|".join(word[len(joiner):] for word in words if word.startswith(joiner))
    return joiner + (f"(?!{ahead})" if ahead else "") + behind


_NAME_BREAK = compile_pattern("|".join(map(_joiner_outside_words, "、|以及|和|及|与".split("|"))))


# "2016年、2017年、2018年上半年居民人均可支配收入": a list of years run into the one name whose values they date
_YEARS_BEFORE_NAME = compile_pattern(r"(?:(?:19|20)\d{2}\s*年(?:(?:上|下)半年|底|末)?\s*[、和及至]\s*)+"
                                     r"(?:19|20)\d{2}\s*年(?:(?:上|下)半年|底|末)?(?=[^、和及与\d])")


# a change that every name of a clause shares, at its end (在2005年的基础上均削减15%): the names come before it
_SHARED_CHANGE_AT_END = compile_pattern(r"(?:[在比较]\s*(?:19|20)\d{2}\s*年?(?:的)?(?:基础上)?)?\s*(?:均|都)[^\d,,;;。]{1,6}"
                                        r"\d+(?:\.\d+)?\s*(?:%|个百分点)?$")
# a clause's predicate after its names ("…持续增长", "均稳步提高")
_PREDICATE_AT_END = compile_pattern(rf"(?:均|都)?(?:持续|稳步|继续|保持|较快|快速|明显|大幅)*(?:{_phrase_words('growth_verb')}|提高|增加|上升)$")


# the base the list's changes are measured from, between its names and 分别 ("游客人数、旅游综合收入较2019年分别增长52%、49%")
_BASE_OF_THE_CHANGE_AT_END = compile_pattern(rf"(?:{_phrase_words('change_base_before_respectively')})\s*$")


def _list_names(head: str) -> list[str]:
    """The names a list of values pairs with; a list of years before one name is that one name (its values are
    the years'; ``_years_listed`` finds them)."""
    head = _BASE_OF_THE_CHANGE_AT_END.sub("", head.strip())
    years = _YEARS_BEFORE_NAME.search(head)
    if years:
        return [head[years.end():]] if _NAME_BREAK.search(head, years.end()) is None else []
    return [n for n in _NAME_BREAK.split(_SUBJECT.sub("", head)) if n]  # 65岁及以上老年人


def _complete_short_names(names: list[str]) -> list[str]:
    """"城、乡居民收入": the characters of a compound (codebook/list_compounds.csv) name its parts, 城镇… and
    农村…; "肉、蛋、奶产量", "粮食、蔬菜产量": a short name takes the rest of the last one; "城镇居民、农村居民人均可支配收入",
    "高技术制造业、装备制造业增加值": a name whose ending recurs inside the last takes the last one's rest after it;
    "规上工业总产值、增加值": a bare measure (codebook role measure_word) takes the subject of the first."""
    longest = names[-1]
    split = _split_compound_by_characters(names)
    if split:
        return split
    names = [n + longest[len(n):] if len(n) < 3 and len(longest) >= len(n) + 2 else _with_rest_of(n, longest)
             for n in names[:-1]] + [longest]
    return [names[0]] + [_with_subject_of(names[0], n) for n in names[1:]]


MIN_SHARED_ENDING = 2


def _with_rest_of(name: str, last: str) -> str:
    """"城镇居民" before "农村居民人均可支配收入" is 城镇居民人均可支配收入: the longest ending of the name (two
    characters at least) found inside the last name, followed there by more words, is completed with them."""
    for size in range(len(name) - 1, MIN_SHARED_ENDING - 1, -1):
        at = last.find(name[-size:], 1)
        if at > 0 and at + size < len(last):
            return name + last[at + size:]
    return name


def _split_compound_by_characters(names: list[str]) -> list[str] | None:
    """"城、乡居民人均可支配收入": names that are the characters of a compound, the last followed by the rest,
    name the compound's parts with that rest."""
    for compound, parts in load_list_compounds():
        if len(compound) == len(parts) == len(names) and all(n == c for n, c in zip(names[:-1], compound)) \
                and names[-1].startswith(compound[-1]) and len(names[-1]) > 1:
            return [part + names[-1][1:] for part in parts]
    return None


_MEASURE_WORD = compile_pattern(_phrase_words("measure_word"))
_MEASURE_AT_END = compile_pattern(rf"(?:{_phrase_words('measure_word')})$")


def _with_subject_of(first: str, name: str) -> str:
    """"增加值" after "规上工业总产值" is 规上工业增加值: a bare measure word takes the words before the first
    name's own measure, without a leading verb ("完成蔬菜种植面积…,产量…" → 蔬菜产量); any other name stays."""
    if not _MEASURE_WORD.fullmatch(name):
        return name
    measure = _MEASURE_AT_END.search(first)
    if not measure or measure.start() == 0:
        return name
    subject = re.sub(rf"^(?:{_CUMULATIVE.pattern}|{_COUNT.pattern})", "", first[:measure.start()])  # 完成蔬菜…
    return subject + name if subject else name


RATIO_MARKS = ":：︰"  # what separates a ratio's terms


@lru_cache(maxsize=1)
def _ratio_patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Ratios whose terms are each a measure, from ``codebook/ratio_parts.csv``: the ratio's name, a few words, then
    as many terms as it has parts, and no further term."""
    patterns = []
    for row in codebook_rows("ratio_parts.csv"):
        parts = tuple(row["parts"].split("|"))
        terms = rf"\s*[{RATIO_MARKS}]\s*".join([r"(\d+(?:\.\d+)?)"] * len(parts)) \
            + rf"(?![\d.]|\s*[{RATIO_MARKS}]?\s*\d)"  # (no further term: 17.4:36.7:45.9 is no two-part ratio)
        patterns.append((compile_pattern(f"(?:{row['name']}){_RATIO_GAP}{terms}"), compile_pattern(_RATIO_GAP + terms),
                         parts))
    return tuple(patterns)


# what may stand between a ratio's name and its terms, or between two ratios of one name: a few words, and a year
# ("三次产业结构由2018年的15.9:51.9:32.2变化为15.6:52.1:32.3")
_RATIO_GAP = rf"(?:[^,，;；。{RATIO_MARKS}\d]|(?:19|20)\d{{2}}\s*年){{0,10}}?"


def _ratio_terms(sentence: str) -> dict[int, ListedValue]:
    """Each term of a ratio of parts ("三次产业结构为5.6:56.6:37.8", and the ratio it changed to after it), by where it
    starts: the part it measures."""
    terms = {}
    for pattern, follow_on, parts in _ratio_patterns():
        for ratio in pattern.finditer(sentence):
            while ratio:
                year = _YEAR_WORD.search(sentence, ratio.start(), ratio.start(1))  # "由2018年的15.9:51.9:32.2"
                for i, part in enumerate(parts, start=1):
                    terms[ratio.start(i)] = ListedValue(part, "", ratio.start(),
                                                        year=int(year.group(0)[:4]) if year else None)
                ratio = follow_on.match(sentence, ratio.end())
    return terms


@lru_cache(maxsize=1)
def load_list_compounds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Words that name two things at once in a list (城乡 = 城镇 and 农村), from ``codebook/list_compounds.csv``."""
    return tuple((row["compound"], tuple(row["parts"].split("|"))) for row in codebook_rows("list_compounds.csv"))


def _split_compound(name: str, count: int | None = None) -> list[str] | None:
    """"城乡居民人均可支配收入分别增长7%、8%": one name per part of its compound, in order, when the parts are as
    many as the values (or ``count`` is None: one value they share)."""
    for compound, parts in load_list_compounds():
        if compound in name and count in (None, len(parts)):
            return [name.replace(compound, part, 1) for part in parts]
    return None


def _respective_lists(sentence: str, last_names: list[str], listed: dict[int, ListedValue],
                      shared: dict[int, str], earlier: str = "") -> list[tuple[int, int]]:
    """The lists a word of 分别 (codebook role ``respectively``) states: its names before it, its values after its
    verb, separated by 、 和 及 与, a comma (while names are left to pair) or nothing after a unit (a scrape's
    "下降50%36.9%66.7%"). Names that end in a value, or none, mean the values stated before it; counts that
    differ are a mismatch, never paired. Returns the spans the lists cover."""
    covered = []
    for word in _RESPECTIVELY.finditer(sentence):
        clause_start = _clause_start(sentence, word.start())
        tail_end = _clause_end(sentence, word.end())
        first = next((t for t in TOKEN.finditer(sentence, word.end(), tail_end) if not _is_year_token(t)), None)
        if first is None or first.start() - word.end() > MAX_RESPECTIVE_VERB:
            continue
        verb = sentence[word.end():first.start()]
        names = _list_names(sentence[clause_start:word.start()])
        if not names and clause_start > 0 and sentence[clause_start - 1] in ",,::":
            # "…收入以及农民人均纯收入持续增长,分别达到12452元和5347元": the names are the clause before, less its predicate
            # (or the label before a colon: "速生丰产用材林、珍贵用材林基地:分别营造117万亩和100.5万亩")
            previous_clause = sentence[_clause_start(sentence, clause_start - 1):clause_start - 1]
            if not _DIGIT.search(previous_clause):
                names = _list_names(_PREDICATE_AT_END.sub("", previous_clause))
            elif change := _SHARED_CHANGE_AT_END.search(previous_clause):
                # "COD和二氧化硫排放量在2005年的基础上均削减15%,分别控制在89.9万吨和110万吨以内": one change for both
                names = _list_names(previous_clause[:change.start()])
        named = bool(names) and not any(_ENDS_WITH_VALUE.search(n) for n in names)
        wanted = len(names) if named and len(names) >= 2 else 0
        tokens = [first]
        for token in TOKEN.finditer(sentence, first.end()):
            gap = sentence[tokens[-1].end():token.start()]
            if _is_year_token(token):
                continue  # "分别为2020年的95%和2025年的98%": an item's year, inside the gap to its value
            if _LIST_GLUE.fullmatch(gap) or _DATED_ITEM_GLUE.fullmatch(gap) or (not gap and unit_of(tokens[-1])) \
                    or (len(tokens) < wanted and _COMMA_GLUE.fullmatch(gap)):
                tokens.append(token)
            else:
                break
        count = len(tokens)
        if count < 2 and not wanted and not (named and _split_compound(names[0])):
            continue
        end = tokens[-1].end()
        covered.append((word.start(), end))
        one_name = named and len(names) == 1
        if one_name:  # "毛入园率分别达到95%、98%": one name, a value per year
            names = _split_compound(names[0], count) or names * count
        elif not named and len(last_names) == count:
            names, named = list(last_names), True  # "…分别达到x和y,分别增长a和b"
            one_name = len(set(names)) == 1  # "2011年、2012年…分别达到x、y,分别增长a、b": the years again
        years = _years_listed(earlier + sentence[:word.start()], count) if one_name else None
        if one_name and count == 1 and (parts := _split_compound(names[0])):
            names = parts  # "城乡居民人均可支配收入分别增长10%": one value for each part of the compound
        if named and count == 1 and len(names) >= 2 and not years:  # "入学率、巩固率分别达到99.9%": one value for each
            listed[first.start()] = _shared_value(sentence, clause_start, word.start(), names, verb)
            covered.append((word.start(), end))
            continue
        if named and len(names) != count:
            message = (f"分别 pairs {len(names)} names ({'、'.join(names)}) with {count} values "
                       f"({sentence[first.start():end]!r}): not paired")
            for token in tokens:
                listed[token.start()] = ListedValue("", verb, clause_start, mismatch=message)
            continue
        if named:
            names = _complete_short_names(names)
            last_names[:] = names
            for order, (name, token) in enumerate(zip(names, tokens)):
                listed[token.start()] = ListedValue(name, verb, clause_start, year=years[order] if years else None)
        else:
            for order, token in enumerate(tokens):
                listed[token.start()] = ListedValue("", verb, clause_start, word.start(), order, count)
        _share_last_suffix(sentence, tokens, _clause_end(sentence, end), shared)
    return covered


_YEAR_LIST = compile_pattern(r"((?:19|20)\d{2})\s*年?(?:(?:上|下)半年|底|末)?(?:\s*[、和及至]\s*((?:19|20)\d{2})\s*年?"
                             r"(?:(?:上|下)半年|底|末)?)+")
_YEAR_SPAN_LIST = compile_pattern(r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年")


def _years_listed(text: str, count: int) -> list[int] | None:
    """The years of a list that pairs with ``count`` values of one name ("2016年、2017年、2018年上半年,…浓度分别下降
    16.7%、21.2%、21.2%"; "2011—2015年…分别增长…"): the last list or span of years before 分别, when as many."""
    found, at = None, -1
    for match in _YEAR_LIST.finditer(text):
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", match.group(0))]
        if "至" not in match.group(0):
            found, at = years, match.end()
    for match in _YEAR_SPAN_LIST.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if match.end() > at and 0 < end - start < MAX_HORIZON_YEARS:
            found, at = list(range(start, end + 1)), match.end()
    return found if found and len(found) == count and found == sorted(set(found)) else None


def _share_last_suffix(sentence: str, tokens: list[re.Match], tail_end: int, shared: dict[int, str]) -> None:
    """"分别控制在4.2%、3%以内": the last value's suffix is every value's comparator, unless items carry their own
    ("98%、99%、95%、60%以上和15年以上")."""
    between = [sentence[a.end():b.start()] for a, b in zip(tokens, tokens[1:])]
    symbol = parse_comparator("", sentence[tokens[-1].end():tail_end])
    if symbol != "=" and not any(g.strip()[:1] in "以左" for g in between):
        for token in tokens[:-1]:
            shared[token.start()] = symbol


MAX_LIST_CONTINUATION_GAP = 1  # characters from a 分别 list's last value to a verb that lists as many more ("元、增长")


# 均 and a verb after a list of names and before one value: "小学、初中适龄人口入学率均达到100%", "汽车和化工新材料产业产值
# 均达到250亿元左右", "粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上", "…均继续保持100%"; not 年均, 人均, 平均 (a rate, a head,
# a mean); 各 just before it: "寄读学校、职业高中、社区学院各1所"
_SHARED_VALUE_WORD = compile_pattern(rf"(?:(?<![年人平日户])均|(?:要|将|可)?(?P<both>{_phrase_words('both_word')}))"
                                     rf"(?=(?:要|将|可|已)?(?:继续)?(?:{_phrase_words('shared_value_verb')})"
                                     r"[^,,;;。\d]{0,10}(?:\d|[一二两三四五六七八九十百千万]))"
                                     r"|各(?=\s*(?:\d|[一二两三四五六七八九十]+\s*[所个家座名]))")
_SHARES_A_VALUE = compile_pattern(rf"均|各|{_phrase_words('both_word')}")  # a word that may share one value (cheap test)


# a list of names that each end as an indicator does (codebook phrase_words indicator_ending) before a verb and one
# value: "财政总收入和地方财政收入增长8%左右", "…入学率和初中毛入学率继续保持100%" share it as 均 would say (not
# "公办和普惠性民办幼儿园覆盖率": 公办 names no measure)
_INDICATOR_ENDING = compile_pattern(rf"(?:{_phrase_words('indicator_ending')})$")
_INDICATORS_SHARING = compile_pattern(rf"(?:{_phrase_words('indicator_ending')})(?=(?:要|将|可|应)?(?:继续)?(?:年均|平均|比上年|同比|"
                                      rf"[比较](?:19|20)\d{{2}}年)?(?:增速|增幅)?(?:{_phrase_words('indicator_list_verb')})"
                                      r"[^,,;;。\d]{0,4}\d)")
_INDICATORS_SHARING = guarded(_INDICATORS_SHARING)  # (scanning.py: the same matches, scanned faster)


# "门票收入和综合税收对地方公共财政收入的贡献率": the last name relates the whole list to something, so it is one measure
_RELATION_OF_THE_LIST = compile_pattern(r"对.+的")


SHORT_NAME_LENGTH = 2  # "化肥、农药有效利用率": a name this long before 、 takes the rest of the last (_complete_short_names)
_JOINING_WORD = compile_pattern("[和与及]")


def _each_a_measure(names: list[str], joined_by_word: bool = True) -> bool:
    """Whether every name of a list ends as an indicator does (or, in a list of 、 alone, is a short name the last
    one completes: 化肥、农药有效利用率; not 公办和普惠性民办幼儿园覆盖率), and the last does not measure the list
    as one."""
    def a_measure(name: str) -> bool:
        return bool(_INDICATOR_ENDING.search(name)) or (not joined_by_word and (
            len(name) == SHORT_NAME_LENGTH or _with_rest_of(name, names[-1]) != name))
    return bool(_INDICATOR_ENDING.search(names[-1])) and all(a_measure(n) for n in names[:-1]) \
        and not _RELATION_OF_THE_LIST.search(names[-1])


def _lists_sharing_a_value(sentence: str, listed: dict[int, ListedValue],
                           indicators_only: bool = False, last_names: list[str] | None = None) -> list[tuple[int, int]]:
    """The lists of names before 均 (or, ``indicators_only``, of whole indicators before their verb) whose one value
    each of them takes; the spans they cover. A clause that opens on 均 shares its value among ``last_names``, the
    names of the list just before it ("A和B分别达到x和y,均增长12%")."""
    covered = []
    for word in (_INDICATORS_SHARING if indicators_only else _SHARED_VALUE_WORD).finditer(sentence):
        # where the names end and the verb begins: around 均, or after the last name (the verb in place of 均)
        names_end, verb_start = (word.end(), word.end()) if indicators_only else word.span()
        clause_start = _clause_start(sentence, names_end)
        tail_end = _clause_end(sentence, verb_start)
        tokens = [t for t in TOKEN.finditer(sentence, verb_start, tail_end)
                  if not _is_year_token(t) and t.group(0) not in FIVE_YEAR_PLANS]  # (均是“十二五”末的1.3倍)
        if len(tokens) != 1 or tokens[0].start() in listed or tokens[0].start() - verb_start > MAX_RESPECTIVE_VERB:
            continue
        names = _list_names(sentence[clause_start:names_end])
        if not indicators_only and last_names and len(last_names) >= 2 \
                and not sentence[clause_start:names_end].strip(",, "):
            names = list(last_names)
        if len(names) == 1 and not indicators_only and word.group("both"):
            names = _split_compound(names[0]) or names  # "存贷款余额双双突破5000亿元": both parts of the compound
        valued = [k for k, name in enumerate(names) if _ENDS_WITH_VALUE.search(name)]
        if valued and not indicators_only:
            # "教育专家20名、教育名师和骨干教师各100名": the list after the last valued item
            names, valued = names[valued[-1] + 1:], []
        if len(names) < 2 or valued \
                or (indicators_only
                    and not _each_a_measure(names, bool(_JOINING_WORD.search(sentence, clause_start, names_end)))):
            continue
        listed[tokens[0].start()] = _shared_value(sentence, clause_start, names_end, names,
                                                  sentence[verb_start:tokens[0].start()])
        covered.append((names_end, tokens[0].end()))
    return covered


def _shared_value(sentence: str, clause_start: int, end: int, names: list[str], verb: str) -> ListedValue:
    """One value every name of a list takes: the first name's statement and, in ``shared``, the others' with where
    each starts (found in the clause; the clause's start when a completed name is not written as such)."""
    named = _names_where_written(sentence, clause_start, end, names)
    return ListedValue(named[0][0], verb, clause_start, shared=tuple(named[1:]))


def _names_where_written(text: str, start: int, end: int, names: list[str]) -> list[tuple[str, int]]:
    """Each name of a list completed (_complete_short_names), with where it is written in ``text[start:end]``, in
    order (``start`` when a name is not written as such)."""
    starts, at = [], start
    for name in names:
        found = text.find(name, at, end)
        starts.append(found if found >= 0 else start)
        at = found + len(name) if found >= 0 else at
    return list(zip(_complete_short_names(names), starts))


def _enumerations(sentence: str, last_names: list[str] | None = None,
                  earlier: str = "") -> tuple[dict[int, ListedValue], dict[int, str]]:
    """For "A、B和C分别达到x、y、z以上" (or "A、B控制在x、y以内"): what each value pairs with and the comparator the
    last value's suffix gives them all, by the value's position. "…分别达到x和y,分别增长a和b": the second list
    takes the first's names, also across sentences of a paragraph (``last_names`` carries them)."""
    last_names = [] if last_names is None else last_names
    listed: dict[int, ListedValue] = {}
    shared: dict[int, str] = {}
    shares_words = bool(_SHARES_A_VALUE.search(sentence))
    if "、" not in sentence and not _RESPECTIVELY.search(sentence):
        if shares_words:
            _lists_sharing_a_value(sentence, listed)
        if "和" in sentence:
            _lists_sharing_a_value(sentence, listed, indicators_only=True)
        return listed, shared
    covered = _respective_lists(sentence, last_names, listed, shared, earlier)
    covered += _lists_sharing_a_value(sentence, listed, last_names=last_names) if shares_words else []
    covered += _lists_sharing_a_value(sentence, listed, indicators_only=True)
    for verb in _LIST_VERB.finditer(sentence):
        if any(start <= verb.start() < end for start, end in covered):
            continue
        clause_start = _clause_start(sentence, verb.start())
        names = _list_names(sentence[clause_start:verb.start()].removesuffix("分别"))
        tail_end = _clause_end(sentence, verb.end())
        tokens = [t for t in TOKEN.finditer(sentence, verb.end(), tail_end)
                  if not _ARABIC_YEAR.fullmatch(t.group("num"))]
        between = [sentence[a.end():b.start()] for a, b in zip(tokens, tokens[1:])]
        if len(tokens) >= 2 and len(last_names) == len(tokens) \
                and any(0 <= verb.start() - end <= MAX_LIST_CONTINUATION_GAP for _, end in covered):
            # "…分别达到37462元和17597元、增长7%和10%": the list goes on, its names the same (what stands before the
            # verb is the list's own values, however many)
            names = list(last_names)
        if len(tokens) < 2 or not all(_LIST_GLUE.fullmatch(g) for g in between) or len(names) != len(tokens):
            continue
        names = _complete_short_names(names)
        for name, token in zip(names, tokens):
            listed[token.start()] = ListedValue(name, verb.group(0), clause_start)
        last_names[:] = names
        _share_last_suffix(sentence, tokens, tail_end, shared)
    return listed, shared


# _indicator's patterns built from the phrase words, compiled once (it runs for every candidate value).
_LEAD_VERB = compile_pattern(rf"^(?:{_SUBJECT.pattern})?((?:{_CUMULATIVE.pattern}|{_COUNT.pattern})+)")
_LEADS_WITH_VERB = compile_pattern(rf"^(?:{_CUMULATIVE.pattern}|{_COUNT.pattern})")
_VERBS_ONLY = compile_pattern(rf"(?:{_CUMULATIVE.pattern}|{_COUNT.pattern})+")
_VERB_ENDING_LIKE_A_CONJUNCTION = compile_pattern(rf"(?:{_phrase_words('verb_ending_like_a_conjunction')})$")  # 涉及
_LEADS_WITH_CUMULATIVE = compile_pattern(rf"^(?:{_CUMULATIVE.pattern})")


_OPEN_BRACKET_AT_END = compile_pattern(r"(\(|\()$")
_LATER_ITEM = compile_pattern(r"^.*\d[^、]*、")
_SYMBOLS_AT_END = compile_pattern(r"[≥≤><=]+$")
_NOUN_AFTER = compile_pattern(r"^(?:的)?((?:[\u4e00-\u9fff0-9“”\"()()]|、(?!\d)){2,30})")
_DONE_TO = compile_pattern(rf"^(?:的)?([\u4e00-\u9fff“”()()、]{{2,24}}?)(?:{_phrase_words('done_to_verb')})"
                           r"([\u4e00-\u9fff“”]{2,12})")
_BARE_PREPOSITION = compile_pattern(rf"^[^\u4e00-\u9fff]*(?:{_phrase_words('object_preposition')})$")  # "*为" before 8个
_UNITS_OF_A_LISTS_OWN_ITEMS = ("项", "件")  # "对185项政府重点工作进行了责任分解": a list's own tasks, counted


def _counts_tasks_or_projects(value: StatedValue) -> bool:
    """Whether a value counts a list's own tasks or projects ("完成12项", "未开工项目67个"): the share after it
    ("占28%") is progress through the list, not an indicator."""
    return value.unit in _UNITS_OF_A_LISTS_OWN_ITEMS or "项目" in value.indicator_zh


def _indicator(before: str, after: str, unit: str, enumerated: str | None) -> tuple[str, str]:
    """The indicator phrase and the target type, from the clause around a number."""
    phrase = before.strip()
    phrase = _OPEN_BRACKET_AT_END.sub("", phrase)
    lead_verb = _LEAD_VERB.match(phrase)
    listed = _LATER_ITEM.search(phrase) if "、" in phrase else None
    if listed:  # a later item of "新建28所A、8所B": keep what follows the last item break
        phrase = phrase[listed.end():]
        if lead_verb and not _LEADS_WITH_VERB.match(phrase):
            phrase = lead_verb.group(1) + phrase
    phrase = _SYMBOLS_AT_END.sub("", phrase).strip()
    growth = bool(_GROWTH_VERB.search(phrase)) and unit in _GROWTH_UNITS
    core = _SUBJECT.sub("", phrase)
    while True:
        stripped = _LEVEL_VERB.sub("", core)
        stripped = stripped if _VERB_ENDING_LIKE_A_CONJUNCTION.search(stripped) else stripped.rstrip("、和及与")
        stripped = _QUALIFIED_GROWTH_VERB.sub("", stripped) if growth else stripped
        if stripped == core:
            break
        core = stripped
    core = _SUBJECT.sub("", core).strip()
    start_of_change = _START_OF_CHANGE.search(core)
    if start_of_change and len(_CJK_CHARACTER.findall(core[:start_of_change.start()])) >= 2:
        core = core[:start_of_change.start()]  # "高中阶段毛入学率由2020年的91.2%提高到95%": the change's start is no name
    if enumerated:
        core = enumerated
    noun_after = ""
    bound = _QUOTED_SUFFIX.match(after)
    tail = (after[bound.end():] if bound else after).strip()
    tail_noun = _NOUN_AFTER.match(tail)
    if tail_noun:
        noun_after = tail_noun.group(1)
    # ("*为" before "8个住宅小区…", "向" before "1000户…家庭": no name before the number, only a mark or a preposition)
    bare = not (_CJK_CHARACTER.search(core) or _ACRONYM.search(core)) \
        or bool(_BARE_PREPOSITION.match(core)) and unit not in _UNITS_OF_A_LISTS_OWN_ITEMS
    verb_only = bare or bool(_VERBS_ONLY.fullmatch(core)) or bool(_VERB_ENDING_LIKE_A_CONJUNCTION.fullmatch(core))
    done_to = _DONE_TO.match(tail) if core.endswith("对") and unit not in _UNITS_OF_A_LISTS_OWN_ITEMS else None
    if done_to:  # "对18个老旧小区进行综合改造": the things counted and the work done to them name the count
        indicator = done_to.group(1) + done_to.group(2)
    elif verb_only and noun_after:
        indicator = ("" if bare else core) + noun_after
    else:
        indicator = core
    indicator = indicator.strip(",、 ")
    if not _has_two_cjk_characters(indicator) and not _ACRONYM.search(indicator):
        return "", ""
    if growth:
        target_type = "growth"
    elif _named_by_an_addition(indicator) or _CUMULATIVE.search(_NOUN_NOT_VERB.sub("", phrase[-8:])):
        target_type = "cumulative"
    elif unit in ("所", "个", "座", "家", "项", "支", "间", "批", "条", "处", "园", "村") and _COUNT.search(phrase + noun_after):
        target_type = "count"
    else:
        target_type = "level"
    return indicator, target_type


def _has_two_cjk_characters(text: str) -> bool:
    """Whether the text holds at least two Chinese characters (an indicator's name needs two)."""
    first = _CJK_CHARACTER.search(text)
    return first is not None and _CJK_CHARACTER.search(text, first.end()) is not None


_START_OF_CHANGE = compile_pattern(rf"[由从](?=[^由从]*(?:\d|{'|'.join(FIVE_YEAR_PLANS)}))[^由从]*$")  # 由2020年的, 由“八五”期末的


def _named_by_an_addition(indicator: str) -> bool:
    """新增学位数, 新建幼儿园: a name that starts with a verb of addition (增加值 adds nothing: codebook noun_not_verb)."""
    return bool(_LEADS_WITH_CUMULATIVE.search(_NOUN_NOT_VERB.sub("", indicator)))


def _table_row_type(indicator: str) -> str:
    """A table row named by an addition holds amounts added, not levels reached."""
    return "cumulative" if _named_by_an_addition(indicator) else "level"


_CHANGE_REACHED = compile_pattern(r"(?:提高|提升|增加|增长|上升|下降|降低|扩大|缩小|减少)(?:到|至)\s*((?:19|20)\d{2})\s*年[底末]?的?\s*$")
_CHANGE_FROM_A_YEAR = compile_pattern(_FROM_A_YEARS_VALUE.pattern + r"[^,;。由从]{0,20}$")  # "由2015年的141家"
_CHANGE_TO_YEAR = compile_pattern(r"[^,;。]{0,12}?(?:到|至)\s*((?:19|20)\d{2})\s*年")  # "从2015年的75.6%提高到2020年的86.7%"
_PLAN_TYPES = ("five_year_plan", "action_plan", "plan", "plan_recommendations", "work_report", "project_list", "work_plan",
               "plan_news", "project_approval")


# "高于计划3个百分点", "完成年度目标": a comparison with a plan, which is a result, not a commitment.
# (高于全年增速目标7.5个百分点, 完成全年总量目标的107%: the plan's measure named between, heldout77 n07)
# (优于国定目标3.2微克/立方米, 高于国家目标7.6个百分点: a result's margin over the target the state set, heldout478 n06)
# (完成市下达目标任务的58.4%, 完成省下达的年度计划: a plan a higher level set, heldout1113 n03)
_MEASURED_AGAINST_PLAN = compile_pattern(r"(?:高于|低于|超过|超额完成|完成|比|超|达成|占|优于|好于|快于|慢于)(?:了)?"
                                         r"(?:(?:省|市|县|区|上级)?下达的?)?"
                                         r"(?:国定|省定|市定|国家|年度|全年|年初|预期|年)?(?:总量|增速)?(?:计划目标|计划|目标)")
# The same comparison seen from the value after it (codebook phrase_words margin_against_plan, _direct): the
# pattern above only blanks a plan's words out of a clause's cues; these reach up to the number (a schedule, a
# standard, the plan's value in brackets between) and make the margin a result, whatever cue the clause holds.
# ("超出省定目标任务(98%)1.17个百分点", "比年初预期目标高1.3个百分点": how far a result is over or under its plan)
_MARGIN_AGAINST_PLAN = compile_pattern(rf"(?:{_phrase_words('margin_against_plan')})$")
_MARGIN_AGAINST_PLAN_DIRECT = compile_pattern(rf"(?:{_phrase_words('margin_against_plan_direct')})$")  # "超出目标304亿元"
_MARGIN_OVER_A_PLAN = ("a margin over or under a plan, a schedule or a standard (in percentage points, or an amount "
                       "written straight after the plan's word): a result")


# "完成投资629亿元,占年度投资计划的97.2%", "完成目标任务的103.1%": the share of a plan achieved so far.
# "完成年度计划的", and the later shares of its list ("…规划目标的132.76%和121.58%")
# (its shares run together as a scrape leaves them: "…的121.3%185%230%")
_SHARE_OF_PLAN = compile_pattern(rf"(?:{_phrase_words('share_of_plan')})\s*(?:[\d.]+\s*%\s*[、和及]?\s*)*$")
# "完成年计划710亿元的89.4%": the plan's amount (a target of the year reviewed), then the share of it achieved
# "开工7个,开工率78%", "年度计划投资完成率达115.2%": a rate of progress, the share of a plan achieved so far (达到 commits)
_PROGRESS_RATE = compile_pattern(rf"(?:{_phrase_words('progress_rate')})\s*(?:为|达(?!到)|是)?\s*$")
# "年度计划投资7.2亿元,开工7个,…完成投资1.9亿元": after the plan's amount, the projects started and the money spent so far
_PLANNED_INVESTMENT_BEFORE = compile_pattern(r"计划总?投资\s*[\d.]+\s*[万亿]*元[^。;]*?[,、]\s*(?:已|累计|共)?"
                                             rf"(?:{_phrase_words('progress_after_planned_investment')})\s*$")
_PLAN_AMOUNT_BEFORE = compile_pattern(rf"(?:{_phrase_words('share_of_plan')})[\d.]+\s*[^\d\s,;。]{{0,4}}的\s*$")
_SHARE_AFTER = compile_pattern(r"\s*的\s*[\d.]+\s*%")
# "完成年初35所目标任务的94.29%": the plan's amount between the plan's time and its word, then the share achieved
_PLAN_TIME_BEFORE = compile_pattern(r"(?:占|完成|达到)(?:了)?(?:年度|全年|年初)\s*$")
_PLAN_WORD_AND_SHARE_AFTER = compile_pattern(r"\s*(?:计划|目标)(?:任务)?\s*的\s*[\d.]+\s*%")
_NAMED_AS_A_TARGET = compile_pattern(rf"\s*(?:左右|以上|以内)?(?:{_phrase_words('named_as_a_target_after')})")
# 计划 or 规划 as the plan's word (not a five-year plan's name, “十二五”规划22项主要指标): its amount is the target
_PLAN_WORD = compile_pattern(r"计划|规划")
_PLAN_NAME_ENDS = ("五", "”", '"')


# a task's amount just before the value: "开工任务为15130套", "棚户区改造任务2417户", "(任务数占比60%)"
_TASK_AMOUNT = compile_pattern(r"(?:目标)?任务(?:数|量)?(?:占比)?\s*(?:共|共计|总计|合计)?\s*(?:为|是)?\s*$")
# the quota a higher government assigned: "省下达该市保障性住房任务共34100套", "下达我县…农村危房改造指标2700户"
_ASSIGNED_QUOTA = compile_pattern(_phrase_words("assigned_quota"))
# what was done against a task: "超额完成年度任务2.1亿元", "高于全年目标任务0.1个百分点", "超出国家下达任务433万吨"
_MEASURED_AGAINST_A_TASK = compile_pattern(_phrase_words("measured_against_a_task"))


def _task_amount(clause: str, token: str = "") -> str | None:
    """The task word a value's clause ends with, as the amount set (年度…开工任务为15130套), else None; not a count of
    tasks (任务261条) or a value measured against one."""
    task = (_TASK_AMOUNT.search(clause) if "任务" in clause else None) or _ASSIGNED_QUOTA.search(clause)
    if task is None or _MEASURED_AGAINST_A_TASK.search(clause, 0, task.start()) or token.rstrip().endswith(("条", "项", "件")):
        return None
    return task.group(0).strip()


# A budget's amount: the clause ends in a budget word (年初预算安排, 预算调整为, 预算总额为), or in 调整为 after the
# word 预算 ("一般公共预算支出调整为263.68亿元"); not the share of it achieved (完成年初预算的101%: 的 ends that clause).
_BUDGET_AMOUNT = compile_pattern(rf"(?:(?:{_phrase_words('budget_amount_word')})(?:调整)?|预算[^,;。]*调整)\s*(?:为|是|到)?\s*$")


def _budget_amount(clause: str, token: str = "") -> str | None:
    """The budget word a value's clause ends with, as the amount budgeted (a target of its year, whatever was
    collected or spent), else None; a share after it (占调整预算105.47%) is what was achieved of it."""
    if token.rstrip().endswith(("%", "‰")):
        return None
    budget = _BUDGET_AMOUNT.search(clause) if "预算" in clause else None
    return budget.group(0).strip() if budget else None


# A count of projects, or their total investment, with the planned investment in a later clause of the sentence
# ("安排省市重点开工在建项目135项,总投资881.4亿元,年计划投资275亿元"): the list of projects planned (codebook
# planned_investment_after); not the share of it achieved (完成年度计划投资的85%: its clause opens on 完成)
_PLANNED_INVESTMENT_AFTER = compile_pattern(
    rf"[^。;;]{{0,60}}?[,,、]\s*(?:{_phrase_words('planned_investment_after')})(?![^,,;;。]{{0,3}}的)")
_PROJECTS_COUNTED_BEFORE = compile_pattern(_phrase_words("projects_counted_before"))
_PROJECTS_DONE_EVENT = compile_pattern(_phrase_words("projects_done_event"))  # 集中开工, 引进: done at an event
_PROJECTS_PLANNED = "target cue …,计划投资 after it: a count or total of projects planned"


def _projects_with_planned_investment(clause: str, sentence: str, match: re.Match) -> bool:
    """Whether a value counts projects or states their total investment, its clause says nothing was done (已, 了),
    and a later clause of its sentence states their planned investment."""
    if not _PROJECTS_COUNTED_BEFORE.search(clause) or match.group(0).rstrip().endswith(("%", "‰")):
        return False
    if "已" in clause or _LE_BEFORE_VALUE.search(clause) or _PROJECTS_DONE_EVENT.search(clause):
        return False
    return bool(_PLANNED_INVESTMENT_AFTER.match(sentence, match.end()))


def _planned_amount(clause: str) -> str | None:
    """The plan word a value's clause states it as the amount of (计划总投资, 年度计划为, 计划建设项目共), with no word
    of what was done after it (完成, 已, 实际); not a programme's name (三年行动计划) or a plan measured against."""
    if _SHARE_OF_PLAN.search(clause):  # "…完成投资37.69亿元,占年计划的104.7%": the share achieved
        return None
    plan = _last_match(_PLAN_WORD, _commitments_only(clause))
    if plan is None or plan.start() and clause[plan.start() - 1] in _PLAN_NAME_ENDS:
        return None
    after = clause[plan.end():]
    if "完成" in after or _COMPLETION_CUE.search(after) or cue_pattern("actual_cue").search(after):
        return None
    return plan.group(0)


_PLAN_AMOUNT = "the plan's amount, whose share achieved follows (完成年计划X的N%)"
_BUDGET_AMOUNT_BASIS = "the amount of a budget"


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def _commitments_only(text: str) -> str:
    """``text`` with the words that hold a target cue in another sense blanked out, positions kept: a comparison
    with a plan (完成年度计划), a name in quotation or book-title marks ("…“三年行动计划”以来"), a goal pursued
    (围绕…发展目标), and the codebook's not_a_target_cue words (将 before a quantity, 平均每年, 营养改善计划)."""
    text = _MEASURED_AGAINST_PLAN.sub(_blank, text) if "计划" in text or "目标" in text else text
    text = _QUOTED.sub(_blank, text) if any(mark in text for mark in _OPENS_A_QUOTATION) else text
    text = _TARGET_NAMED_AFTER_A_VALUE.sub(_blank, text) if "目标" in text else text
    text = _GOAL_PURSUED.sub(_blank, text) if "目标" in text else text
    return _NOT_A_TARGET_CUE.sub(_blank, text)


# "围绕…战略发展目标,持续开展…,地区生产总值完成224.53亿元": the goal the work pursued, no commitment of the value
_GOAL_PURSUED = compile_pattern(rf"(?:{_phrase_words('goal_pursuing_verb')})[^,,;;。::]{{0,24}}?目标(?:任务|要求)?")


# "远超预定的60%的目标,全省新增…4409个": 目标 names the value before it, it commits no value after it (the codebook's
# words naming a target after a value with 的, "of": not a bracket's "(预期目标为10%以上)", which names the next)
_TARGET_NAMED_AFTER_A_VALUE = compile_pattern(r"(?<=\d)[^\d,,;;。()()的]{0,3}(?:%s)" % "|".join(
    row["pattern"] for row in codebook_rows("phrase_words.csv")
    if row["role"] == "named_as_a_target_after" and row["pattern"].startswith("的")))


_TO_A_YEARS_VALUE = compile_pattern(r"到(?=\s*((?:19|20)\d{2})\s*年[底末]?的)")  # 增加到2011年的95.2亿元


def _past_ends_unmarked(text: str, now: int | None) -> str:
    """``text`` with the 到 of each 到YYYY年的 whose year is before ``now`` blanked: a change that ended at a past
    year's value is no horizon to reach (到2020年, before a clause, stays one: a reposted page's date is later).
    On an undated page, the 到 of a change from a stated year's value (从2012年的…增长到2021年的) is blanked."""
    if "到" not in text:
        return text
    if not now:
        return _TO_A_YEARS_VALUE.sub(lambda m: " " if _from_a_years_value_before(text, m.start()) else m.group(0), text)
    return _TO_A_YEARS_VALUE.sub(lambda m: " " if int(m.group(1)) < now else m.group(0), text)


def _has_target_cue(text: str) -> bool:
    text = _commitments_only(text)
    return bool(cue_pattern("target_cue").search(text) or cue_pattern("bound_cue").search(text) or _STATED_YEAR.search(text)
                or "年底前" in text and _DEADLINE_OF_THE_YEAR.search(text))


_DEADLINE_OF_THE_YEAR = compile_pattern(_phrase_words("deadline_of_the_year"))  # "预计年底前还有42个项目可竣工投产"


# What this year's work has come to: a relative clause on 今年's things, then 达 before the value ("今年秋季学期投入
# 使用的学校、幼儿园达40所", heldout84 n02), with no target cue but 今年 itself
_THIS_YEARS_COUNT = compile_pattern(r"今年[^,,。;;]{0,16}的[^,,。;;]{0,12}?(?:就|已|共|总共)?达(?:到)?\s*$")

# What is done every year since a past year began it ("自2018年起,云南每年对500名…教师…给予10万元奖励"; "2011年,自治区
# 启动了内地新疆中职班,…每年为新疆培养3300名": heldout111 n01, n08): a practice, not a commitment
_SINCE_BEFORE_A_YEAR = compile_pattern(r"(?:自|从)\s*$")
_BEGUN = compile_pattern(r"\s*年?\s*(?:起|开始|以来)")
_EVERY_YEAR = compile_pattern(r"每年")


def _a_habit_since(prefix: str, past_year: re.Match) -> bool:
    """Whether the only target cue after a past year is 每年 and that year began the practice (自…年起, or 了 after
    it: what was started)."""
    after = prefix[past_year.end():]
    every_year = _EVERY_YEAR.search(after)
    if not every_year or _has_target_cue(_EVERY_YEAR.sub("  ", after)):
        return False
    begun = _SINCE_BEFORE_A_YEAR.search(prefix, 0, past_year.start()) and _BEGUN.match(prefix, past_year.end())
    return bool(begun or _DONE_MARKER.search(after, 0, every_year.start()))


_NO_EVIDENCE = "no cue, in a document of no known type"
_COMMITMENTS_PAGE = "no cue, on a page whose cued values are all targets"
_TITLE_COMMITS = "no cue, under a title that commits for the year it names"
_CHANGE_STARTS = "由X提高到Y: the starting value"
_TASKS_PAGE = "no cue, on a page whose sentences open on tasks"
_PLANNED_YEAR_NAMED = "no cue, the year named is the one the page plans (its results are of the year before)"
_PARAGRAPH_CONTINUED = "the paragraph before it, which it continues"
_PROJECT_TASK = "a numbered task of a report on the year's projects"
_WORK_REPORT_DEFAULT = "no cue, in a work_report"


def _plan_default(doc: Document) -> str:
    """The basis of a plan's (or report's) value that no cue decided: a target by the document's type."""
    return f"no cue, in a {doc.doc_type}"


_WORK_REPORT_REVIEW = "no cue, in a work report before its first commitment"
# kinds only a default gave (a page's type or its commitments), which a restatement elsewhere may decide
_UNDECIDED = (_NO_EVIDENCE, _WORK_REPORT_DEFAULT, _WORK_REPORT_REVIEW, _COMMITMENTS_PAGE, _TITLE_COMMITS)
_NAMED_TARGET = "named a target after it"
_LIST_CLAUSE_END = compile_pattern(r"[,,;;。]")  # (a list's clause: its values and the words after them)


@lru_cache(maxsize=16)
def _last_number_token(sentence: str, end: int) -> re.Match | None:
    """The last number token before ``end``, once per clause: each value of a long list asks for it."""
    return _last_match(NUMBER_TOKEN, sentence[:end])


def _named_a_target_after_its_list(sentence: str, end: int) -> re.Match | None:
    """The words naming a target after the last value of the list a value opens, in its clause ("下降18%、2011年
    下降3.5%的目标任务": both values are named the target), else None."""
    clause_end = _clause_end(sentence, end, _LIST_CLAUSE_END)
    first_break = sentence.find("、", end, clause_end)
    if first_break < 0:
        return None
    last = _last_number_token(sentence, clause_end)
    if last is None or last.start() <= first_break:
        return None
    return _NAMED_AS_A_TARGET.match(sentence, last.end())


def _named_a_target_after_its_quote(sentence: str, end: int) -> re.Match | None:
    """The words naming a target right after the quotation a value stands in (“地区生产总值增长7%,固定资产投资超
    1100亿元”的年度发展目标: each value of the quote is named the target), else None."""
    opening = sentence.rfind("“", 0, end)
    if opening < 0 or "”" in sentence[opening:end]:
        return None
    closing = sentence.find("”", end)
    if closing < 0:
        return None
    return _NAMED_AS_A_TARGET.match(sentence, closing + 1) or _QUOTE_NAMED_A_TARGET.match(sentence, closing + 1)


_TARGET_MET_BEFORE = compile_pattern(r"(?:超额)?完成了?$|超过了?$")  # "超额完成40所的年度目标任务": the target it met
_PLAN_LEAD = 12  # the characters of a sentence's lead before a plan period that frames it ("《方案》指出,“十四五”期间,")
_PLAN_SPAN_LENGTH = 12  # room for the plan period itself after that lead (“十四五”时期, 第十四个五年规划期间)
_PLAN_LEAD_WORDS = compile_pattern(rf"[^,,。;;\d]{{0,{_PLAN_LEAD}}}[,,:]?")
_YEAR_LEAD = 8  # the characters of a sentence's lead in which a year frames it (年度目标2022年,…)
_DEADLINE_AFTER_YEAR = compile_pattern(r"\s*(?:年\s*)?(?:底|末)?\s*(?:以前|前)")  # 2025年底前: a deadline, not a year spoken of
_COMMITMENT_LEAD = 30  # the characters of a sentence's lead whose target cue makes it a commitment
# a target cue with a number in its clause after it (目标为6%, 力争达到95%, 力争GDP首次突破一万亿元)
_A_VALUE_IN_ITS_CLAUSE = r"[^,，;。]{0,8}?(?:\d|[一二三四五六七八九十两][十百千万亿])"
_CUE_BEFORE_VALUE = compile_pattern(f"(?:{cue_pattern('target_cue').pattern}|{cue_pattern('bound_cue').pattern})"
                                    + _A_VALUE_IN_ITS_CLAUSE)
_TARGET_CUE_BEFORE_VALUE = compile_pattern(f"(?:{cue_pattern('target_cue').pattern})" + _A_VALUE_IN_ITS_CLAUSE)
# A paragraph that opens by going on from the one before (同时, 此外, 另外, 与此同时) or by detailing it (具体来看),
# and the bases of a kind its own words decided as a target, which such a paragraph carries on
# (the group "details": 具体来看, the targets of the paragraph before in detail)
_CONTINUES = compile_pattern(rf"(?:(?P<details>{_phrase_words('paragraph_detailing')})"
                             rf"|{_phrase_words('paragraph_going_on')})[,,]")
_TARGET_CUED = ("target cue", "the paragraph's targets it continues")
# a year to come stated (到2020年, …) makes targets too, of which a detailing paragraph gives the parts
_TARGET_YEAR_STATED = ("a year to come is stated", "a year after the page was written is stated",
                       "到YYYY年 earlier in the paragraph")


def _target_cued_in_paragraph(values: list[StatedValue], or_dated: bool = False) -> StatedValue | None:
    """The last of the targets that end ``values`` whose own target cue (not a bound, which also states results:
    控制在) made it a target (``or_dated``: or the year to come it states), or None."""
    cued = (*_TARGET_CUED, *_TARGET_YEAR_STATED) if or_dated else _TARGET_CUED
    for value in reversed(values):
        if value.kind == "target" and value.kind_basis.startswith(cued) \
                and not cue_pattern("bound_cue").search(value.kind_basis):
            return value
        if value.kind != "target":
            return None
    return None


_FRAMING_LEAD = 20  # the characters of a full sentence's lead whose target cue frames its pieces after a ;
_DOCUMENT_YEAR = "the document's year ("  # how a year basis begins when the year is only the document's
_PARAGRAPH_TARGETS = "the paragraph's targets it continues"
_CUE_EARLIER_IN_THE_SENTENCE = "target cue earlier in the sentence"
_PARTS_OF_A_TOTAL = "the parts of the total before it (其中)"
_TASK_AMOUNT_BASIS = "the amount of a task"
# kinds no words of the value's own decided: its section's, its paragraph's horizon's, none
_SECTION_DEFAULTS = ("review section", "target section", "到YYYY年 earlier in the paragraph", _NO_EVIDENCE)
_PARAGRAPH_YEAR = "the year the paragraph speaks of"
_PLANS_HORIZON = "the plan's horizon"
_CUE_BASES = ("whole-year cue", "actual cue", "target cue")  # a kind its own words decided
# a kind its words decided, at any depth of its basis ("the paragraph's targets it continues (target cue 将)")
_CUE_DECIDED = compile_pattern("|".join((*_CUE_BASES, "completion cue", "bound cue")))


def _speaks_of_its_own_year(doc: Document, prefix: str, line_year: int | None) -> bool:
    """Whether a whole-year statement (全年实现…) is about the year the document speaks in, before that year's
    results are in: the year it names (else the document's own) is the current year, and the document does not
    report that year's results (a bulletin of the year does)."""
    if not doc.current_year or doc.results_year == doc.current_year:
        return False
    named = _PLAIN_YEAR.findall(prefix)
    year = int(parse_numeral(named[-1])) if named else line_year or doc.current_year
    return year == doc.current_year


# "2011年5月29日,…摇号结束,…申请人数13882人": a day an event happened, not a year a target is set for
_EVENT_DATE = compile_pattern(_phrase_words("event_date_after_year"))
_A_SPAN_FROM_BEFORE = compile_pattern(r"(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*$")  # "2020至" before 2021学年度
# a year compared with ("与2015年相比,…分别下降3%、4%", "较2020年", "与2019年持平"): the base of a change, not when it is
# stated
_COMPARED_AFTER_YEAR = r"\s*(?:底|末)?\s*(?:相比|基本持平|持平)"
# (not 到2025年, a horizon; 到2006年底 is a year's end, past when the page is later)
_PAST_YEAR = guarded(compile_pattern(r"(?<![按以较])(?<![^对]比)(?<!基于)(?<!到(?=\d{4}年(?![底末])))"
                                     r"((?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})\s*年"
                                     rf"(?:底|末)?(?!{_BASE_AFTER_YEAR}|{_COMPARED_AFTER_YEAR}|{_BUILT_BEFORE_A_YEAR})[,:]?"))


def _framed_by_its_lead(earlier: str) -> bool:
    """Whether the pieces of a full sentence before this one (each ending at ";") open on a target cue and state no
    result: the lead then frames every piece of the sentence."""
    return bool(earlier) and cue_pattern("target_cue").search(_commitments_only(earlier[:_FRAMING_LEAD])) is not None \
        and not (cue_pattern("actual_cue").search(earlier) or _COMPLETION_CUE.search(earlier))


_STREAK_HELD = compile_pattern(_phrase_words("streak_held"))  # "小麦产量连续9年稳定在700亿斤以上": a result held so far


def _kind(doc: Document, line: Line, sentence: str, match: re.Match, before: str, prefix: str, role: SectionRole,
          context_year=None, line_year: int | None = None, earlier: str = "",
          page_of_commitments: str = "", before_first_commitment: bool = False) -> tuple[str | None, str]:
    """(kind, basis): target, baseline, actual or forecast, from the statement's own words and its section's
    role, with the rule that decided it. The document's type is one piece of evidence (the default for a
    statement with no cue), never a gate."""
    if doc.doc_type == "front_matter":
        return None, "front matter"
    if line.start in doc.task_lines:  # "新增4000张养老床位 / 4385 / 110%": the task, beside what became of it
        return "target", "the task of a row of a table of tasks and their results"
    stated = _stated_year(prefix)
    if line.in_review:  # past results: "由X提高到Y" there is two actuals
        # (a piece after ";" of a sentence its lead dates: "到2015年,…地区生产总值达到1000亿元…;地方财政…收入100亿元")
        stated = stated or (_stated_year(earlier) if earlier else None)
        if stated and stated[0] > (doc.report_year or 0) and (doc.report_year or not _says_done(prefix)):
            # (the page's year unknown, words that say it was done keep it a result: "至2020年底,共有采矿权37个")
            return "target", "review heading, but a later year is stated"
        # (a work report's review tells its projects' planned sums as what was signed or done: 签约…项目450个、计划投资
        # 2660亿元)
        planned = (_planned_amount(before) if doc.doc_type != "work_report" else None) \
            or _task_amount(before, match.group(0)) or _budget_amount(before, match.group(0))
        if planned:  # "公办幼儿园建设项目年度计划为29个", "计划总投资7976万元" in a year's review: what was planned
            return "target", f"the plan's amount ({planned}), in a review"
        named = _NAMED_AS_A_TARGET.match(sentence, match.end()) or _named_a_target_after_its_list(sentence, match.end())
        if named:  # "增长26.4%,高于年初人代会12%的目标14.4个百分点": the year's target, beside its result
            return "target", f"{_NAMED_TARGET} ({named.group(0).strip()}), in a review"
        return "actual", "review heading"
    if _starts_a_change(prefix, sentence, match.end()):
        destination = _CHANGE_TO_YEAR.match(sentence, match.end()) or _PLAIN_YEAR.search(sentence, match.end())
        reached = destination and doc.report_year and int(parse_numeral(destination.group(1))) < doc.report_year
        cued = _has_target_cue(_past_ends_unmarked(prefix, doc.report_year))
        future = not reached and (cued or role.role == "target" or doc.doc_type in _PLAN_TYPES
                                  or _FROM_THE_PRESENT.search(prefix))
        if future and role.role != "review":
            return "baseline", _CHANGE_STARTS
        return "actual", "由X提高到Y in a review: the value it started from"
    if role.role != "review" and _FROM_THE_PRESENT_TO.search(prefix):
        return "target", "target cue 由目前的X…到: the value a change from the present reaches"
    if _BASIS_AFTER.match(sentence, match.end()) and _BASIS_OPENED.search(prefix) \
            and _has_target_cue(sentence) and role.role != "review":
        return "baseline", "在X的基础上 before a target: the base it builds on"  # "在现有286所幼儿园的基础上,再翻一番"
    reached = _CHANGE_REACHED.search(prefix)
    if reached and doc.report_year and (int(reached.group(1)) < doc.report_year or int(reached.group(1)) == doc.report_year
                                        and not doc.period_start and _CHANGE_FROM_A_YEAR.search(prefix[:reached.start()])):
        return "actual", "提高到YYYY年的Y: the end of a change in a past year"  # "由2020年的88.5%提高到2023年的92.1%"
    forecast = cue_pattern("forecast_cue")
    if forecast.search(before) or forecast.match(sentence) and forecast.search(prefix[-40:]):
        return "forecast", "forecast cue"
    if _TARGET_BEFORE_BRACKET.search(before):  # "比年初目标(6.5%)低2.3个百分点": the value is the target
        return "target", "named a target before it, in brackets"
    named = _NAMED_AS_A_TARGET.match(sentence, match.end()) or _named_a_target_after_its_list(sentence, match.end()) \
        or _named_a_target_after_its_quote(sentence, match.end())
    if named:  # "提出的当年地区生产总值增长8.5%的目标": whatever was achieved, this value is the target
        return "target", f"{_NAMED_TARGET} ({named.group(0).strip()})"
    clause = before
    share = _SHARE_OF_PLAN.search(clause)
    if share and not _COMMITMENT_CUE.search(clause, 0, share.start()):  # "力争…完成全年任务的70%以上": its cue decides
        if _SHARE_AFTER.match(sentence, match.end()):
            return "target", _PLAN_AMOUNT
        return "actual", "the share of a plan achieved (占年度计划的N%)"
    if _PLAN_AMOUNT_BEFORE.search(clause):
        return "actual", "the share of a plan achieved (占年度计划的N%)"
    if not stated and not context_year:  # (no horizon: "到2025年,…除险加固完成率100%" is a target)
        if _PROGRESS_RATE.search(clause) and not _COMMITMENT_CUE.search(clause):
            return "actual", "a rate of progress (开工率, 完成率): the share of a plan achieved so far"
        if _PLANNED_INVESTMENT_BEFORE.search(prefix) and not _COMMITMENT_CUE.search(prefix):
            return "actual", "projects started or money spent after the plan's investment (计划投资X,开工N个): so far"
    if _PLAN_TIME_BEFORE.search(clause) and _PLAN_WORD_AND_SHARE_AFTER.match(sentence, match.end()):
        return "target", _PLAN_AMOUNT
    task = _task_amount(clause, match.group(0))
    if task:  # "年度省下达我市棚户区改造开工任务为15130套,全市已开工9870套": the year's task, whatever was done
        return "target", f"{_TASK_AMOUNT_BASIS} ({task})"
    budget = _budget_amount(clause, match.group(0))
    if budget:  # "全区一般公共预算收入年初预算安排273.3亿元", "批准收入预算调整为200.12亿元": what was budgeted
        return "target", f"{_BUDGET_AMOUNT_BASIS} ({budget})"
    # "…增加到2011年的95.2亿元,增长3.4倍" in a page of 2012: a past end, no target
    clause, prefix = _past_ends_unmarked(clause, doc.report_year), _past_ends_unmarked(prefix, doc.report_year)
    estimated = _ESTIMATE_AFTER_A_TARGET.search(prefix)
    if estimated:  # "——地区生产总值预期目标增长6.5%左右:预计全年…完成2020亿元": the year's target, then its estimated result
        return "actual", f"an estimate ({estimated.group(1)}) after the year's target and a colon"
    late = _ESTIMATE_OF_THE_YEAR.search(prefix) if _written_late_in_its_year(doc) else None
    if late and not _has_target_cue(prefix[late.end():]):
        # "预计江西省今年农民人均收入3572元" on a page of 2006-12-22: the year's result, estimated as it ends
        return "actual", f"an estimate of the year ({late.group(0)}) on a page written late in that year"
    target_cue = _has_target_cue(clause)
    achieved = _ACHIEVED_BY.search(clause)
    if achieved and int(parse_numeral(achieved.group(1))) <= (doc.report_year or 0):
        return "actual", "到YYYY年已… in a document of that year"  # "到2020年已经超过90%" in a page of 2020
    whole_year = cue_pattern("whole_year_cue").search(clause)
    if whole_year and not target_cue and role.role != "review" and _speaks_of_its_own_year(doc, prefix, line_year) \
            and not _fronted_result_cue(_ON_THE_BASIS_OF.sub(_blank, prefix)):
        # (not "初步核算,地区生产总值全年完成116.5亿元", a result accounted; "在…现有生产基地的基础上," is a base, no result)
        if _ESTIMATE.search(clause) or _ESTIMATE_LEADING.match(prefix):
            # "预计全年完成地区生产总值2245亿元", "预计,全年实现生产总值100亿元": what the year is expected to come to
            return "actual", f"whole-year cue {whole_year.group(0)} after an estimate word: the year's result, estimated"
        if _LE_BEFORE_VALUE.search(clause) and not _DECIDED_BEFORE_VALUE.search(clause):  # "全年新增托位数达到了6250个"
            return "actual", f"whole-year cue {whole_year.group(0)} with 了 after the verb: what the year came to"
        return "target", f"whole-year cue {whole_year.group(0)} about the document's own year, not over when it speaks"
    # "到2020年,…由目前的75%提升至85%": 目前 dates where the change starts, not the value it reaches
    started = _START_OF_A_CHANGE_BEFORE.search(clause) if "由" in clause or "从" in clause else None
    cue_clause = clause[:started.start()] if started else clause
    if _BASIS_WORD in cue_clause:  # "在上年实际完成任务基础上增长10.5%": the base a plan builds on, no result
        cue_clause = _ON_THE_BASIS_OF.sub(_blank, cue_clause)
    actual_cue = cue_pattern("actual_cue").search(cue_clause) or whole_year or _STREAK_HELD.search(cue_clause)
    base = actual_cue and _cue_stands_as(_YEAR_BEFORE_AS_BASE, cue_clause, actual_cue)
    if actual_cue and not target_cue and (base or _cue_stands_as(_WEAK_ACTUAL_CUE, cue_clause, actual_cue)) \
            and (cue_pattern("target_section").search(prefix) or base and role.role == "target"
                 or (_PARAGRAPH_COMMITMENT.search(_commitments_only(prefix)) if base else _has_target_cue(prefix))
                 or earlier and _has_target_cue(earlier[:_FRAMING_LEAD])):
        # "预期目标是,地区生产总值同比增长7%", "将…,确保…,上争资金同比增长20%": the sentence's lead decides; so does the
        # lead of the clauses before a semicolon ("…的发展目标为…,同比增长15%以上;旅游总收入…,同比增长20%以上");
        # 比上年 only after a word that commits ("将达到109.4亿元,比上年增长73%"; not "今年…达到95.89亿公斤,比上年增长3.6%")
        actual_cue = None
    if actual_cue and not target_cue and _cue_stands_as(_WEAK_ACTUAL_CUE, cue_clause, actual_cue) \
            and _in_a_year_not_over(doc, prefix, sentence, earlier):
        return "target", f"{_YEAR_NOT_OVER}: its change over the year before ({actual_cue.group(0)}) is planned"
    if actual_cue and not target_cue and _cue_stands_as(_CUMULATIVE_RESULT_CUE, cue_clause, actual_cue) \
            and _a_year_to_come_leads(doc, earlier + prefix):
        return "target", f"a year to come is stated before the cumulative cue {actual_cue.group(0)}"
    if actual_cue and not target_cue:
        return "actual", f"actual cue {actual_cue.group(0)}"
    done = (_done_after_commitment(clause, _COMPLETION_CUE) or _done_after_commitment(clause, _DONE_OVER_A_COMMITMENT)) \
        if target_cue else None
    if done:  # "截止目前,成都市今年已新增幼儿园64所"
        return "actual", f"completion cue {done[0]} after the target cue {done[1]}"
    if target_cue and _LE_BEFORE_VALUE.search(clause) and not _DECIDED_BEFORE_VALUE.search(clause):  # "…提高到了45%"
        return "actual", _REACHED_WITH_LE
    if target_cue and _THIS_YEARS_COUNT.search(clause) and not _has_target_cue(clause.replace("今年", "  ")):
        return "actual", "今年…的…达N: what this year's work has come to"  # "其中今年新建的学校就达343所"
    past_year = _last_match(_PAST_YEAR, prefix) if "年" in prefix else None  # the year nearest the value ("2017年…发布会上,…截至2016年底,…达到")
    if past_year and _dates_the_start_of_a_change(prefix, past_year):
        past_year = None  # "由2020年的91.2%提高到95%": 2020 dates where the change starts, not the value it reaches
    # a plan's values are measured against its period, and so are those of a notice issuing one (its title gives the
    # plan's period); a page of another type may name a past plan's period ("于2014—2016年实施…以来") in its preamble,
    # so its own year decides when it has one
    planned_period = doc.period_start and (doc.doc_type in _PLAN_TYPES or doc.doc_type == "notice" or not doc.dated)
    reference_year = doc.period_start if doc.doc_type != "work_report" and planned_period else doc.report_year
    # a commitment before the past year does not reach past it ("到2025年,…达到92%以上(2020年为88.5%)")
    if past_year and reference_year and int(parse_numeral(past_year.group(1))) < reference_year \
            and (not _has_target_cue(prefix[past_year.start():]) or _a_habit_since(prefix, past_year)) \
            and not _COMMITTED_BEFORE_A_YEAR.search(prefix, 0, past_year.start()):
        if planned_period and doc.doc_type != "work_report" and int(parse_numeral(past_year.group(1))) == reference_year - 1:
            return "actual", "the year before the plan's period (its starting state, stated in prose)"
        return "actual", "a past year is stated"
    # "主营业务收入2017年达到2400亿元左右" on a page written in 2016; not a span's end ("2020至2021学年度"), an
    # estimate after the year ("2020年才可投入使用,预计追加学位14.29万个"; one before it forecasts that year: "预计2026年全州
    # 清洁能源装机容量超1600万千瓦") nor a count a year was read from ("水窖2059口")
    written = doc.written_year or (int(doc.issued_date[:4]) if doc.issued_date else None)
    spoken = sentence[:match.start()]
    estimate = _ESTIMATE.search(clause)
    forecast = estimate is not None and past_year is not None and estimate.start() < clause.find(past_year.group(0))
    later = _last_match(_PAST_YEAR, spoken) if written and past_year and (not estimate or forecast) else None
    if later and int(parse_numeral(later.group(1))) > written \
            and not _A_SPAN_FROM_BEFORE.search(spoken, 0, later.start()) and not _EVENT_DATE.match(spoken, later.end()):
        return "target", "a year after the page was written is stated"
    led = _value_years(earlier[:_FRAMING_LEAD]) \
        if written and not past_year and earlier and not _ESTIMATE.search(clause) else None
    if led and int(parse_numeral(led[-1].group(1))) > written:
        # "会议指出,2022年全省要完成营造林100万亩,…;完成草原修复治理12万亩" on a page of 2021: a piece after ";" of a
        # sentence whose lead names a later year
        return "target", "a year after the page was written leads the sentence"
    ended = _last_match(_PLAN_END_NAMED, _COMPARED_WITH_A_PLAN.sub(_blank, prefix)) \
        if not past_year and "末" in prefix else None  # (比“十三五”末提高1岁: a base of comparison, not the value's time)
    if ended and reference_year and FIVE_YEAR_PLANS[ended.group(1)][1] < reference_year \
            and not _has_target_cue(prefix[ended.end():]):
        return "actual", "the end of a past plan is stated"  # a 十四五 plan's "到“十三五”末,…覆盖率达到84.7%"
    spanned = _last_match(_PLAN_SPAN, prefix) if not past_year and not ended and reference_year else None
    if spanned and FIVE_YEAR_PLANS[spanned.group(1)][1] < reference_year \
            and not _BASE_OR_START_BEFORE_PLAN.search(prefix, 0, spanned.start()) \
            and not _has_target_cue(prefix[spanned.end():]):
        return "actual", "a past plan's period is stated"  # a 十四五 plan's news: "“十三五”时期,…累计达到4184亿元"
    committed = _last_match(cue_pattern("target_cue"), prefix[:ended.start()]) \
        if ended and reference_year and FIVE_YEAR_PLANS[ended.group(1)][1] >= reference_year else None
    if committed:  # "河南力争到“十二五”末,农村公路达到23万公里" on a page of 2011, whatever section its furniture left open
        return "target", f"target cue {committed.group(0)} before a plan's end to come"
    if not past_year and line_year and reference_year and line_year < reference_year:
        if not _has_target_cue(prefix) and not _framed_by_its_lead(earlier):
            # (not a piece after ";" of a sentence its lead commits: "…。力争地区生产总值增长12%;一般公共预算收入增长10%")
            return "actual", "the paragraph speaks of a past year"  # "2012年,全县…。…分别达到9807元"
        commitments = _commitments_only(prefix)
        if cue_pattern("bound_cue").search(clause) and not cue_pattern("target_cue").search(commitments) \
                and not _STATED_YEAR.search(commitments):  # "2022年,…;城镇登记失业率控制在3%以内"
            return "actual", "a bound kept, in a paragraph that speaks of a past year"
        if not cue_pattern("target_cue").search(commitments) and not _STATED_YEAR.search(commitments) \
                and not _has_target_cue(clause) and cue_pattern("bound_cue").search(prefix):
            # "…新增就业9.8万人,城镇登记失业率控制在4%以内,城乡居民人均可支配收入增长7%" (heldout350 n08): a bound kept
            # before it commits nothing after it
            return "actual", "the paragraph speaks of a past year (a bound kept before it)"
    if target_cue:
        cue = cue_pattern("target_cue").search(clause) or cue_pattern("bound_cue").search(clause)
        reviewed = role.role == "review" or doc.doc_type == "work_report" and before_first_commitment
        if cue and cue.re is cue_pattern("bound_cue") and not _STATED_YEAR.search(clause):
            if reviewed:  # "失业率控制在5.5%以内" as a result
                where = "a review section" if role.role == "review" else "a work report before its first commitment"
                return "actual", f"bound cue {cue.group(0)} in {where}"
            framed = _fronted_result_cue(earlier + prefix, bounds_commit=False)
            if framed:  # "北京去年多项重要数据,也随之揭晓:…;…,城镇调查失业率控制在4.5%左右": a bound kept, reported
                return "actual", f"bound cue {cue.group(0)} after the result cue {framed} leading the sentence"
        return "target", f"target cue {cue.group(0)}" if cue else "target cue 到YYYY年"
    if stated and reference_year and stated[0] >= reference_year:
        return "target", "a year to come is stated"
    # (a summary's "明确了…未来五年的目标" frames no result after it; "从1990年到1995年" in a plan for 1996-2000 is past)
    if context_year and doc.doc_type != "work_summary" and not (reference_year and context_year[0] < reference_year) \
            and context_year[1] != _REACHED and not _fronted_result_cue(_ON_THE_BASIS_OF.sub(_blank, prefix)):
        # (not a sentence a result cue leads: "计划在三年内建设…。截至目前,…,22所学校竣工投用"; a base it builds on,
        # "在现有基础上持续改善,", is none)
        return "target", "到YYYY年 earlier in the paragraph"
    spoken = None
    if role.role == "review" and reference_year:  # the year the value's words speak of, read only in a review
        spoken = int(parse_numeral(past_year.group(1))) if past_year else line_year \
            if _has_target_cue(prefix) or _in_a_year_not_over(doc, prefix, sentence, earlier) else None
        if spoken is None and role.year_inferred and role.year == doc.current_year \
                and _PARAGRAPH_COMMITMENT.search(_commitments_only(prefix)):
            # "今年1至7月,…完成…。…到今年年底,…将达到4500个,开通…420条": a review of the year so far, and a sentence that
            # commits in it speaks of the rest of the year
            spoken = role.year
    if spoken is not None and spoken >= reference_year and (role.year is None or role.year_inferred or spoken > role.year):
        # "过去一年…。" then "2024年,贵州将…预计增长5.5%左右" (or "…。贵州将推动…45%以上"): the page's own year opens
        # what is to come, unless the review is of that year (a December execution report's "2022年,…完成1078.6亿元")
        role = SectionRole()
    if role.role == "target":
        fronted = _fronted_result_cue(prefix)
        if fronted:  # "…的目标任务。…截至2022年底,全省学前教育毛入园率达到91.8%": the sentence reports a result
            return "actual", f"actual cue {fronted} leading the sentence, in a target section"
        fronted = _fronted_result_cue(earlier + prefix) if earlier and _WORDS_BEFORE.search(prefix) else None
        if fronted:  # "截至10月7日,…筛查68059人,…;乳腺癌筛查69832人": it leads the full sentence, each piece after its ;
            return "actual", f"actual cue {fronted} leading the full sentence, before a ;, in a target section"
        committed = _has_target_cue(prefix)
        opened = _present_state_the_paragraph_opened(line, sentence) if not committed else None
        if opened:  # "目前,全市…毛入园率达到90.3%…。入选国家“双一流”高校2所": the state it reports goes on
            return "actual", f"actual cue {opened} leading the paragraph's first sentence, in a target section"
        last_year = _dated_last_year(prefix) if not committed else ""
        if last_year:  # "“去年城镇居民人均可支配收入达到了20370元,增长幅度是15%" under the year's targets: the year before's
            return "actual", f"actual cue {last_year} earlier in the sentence, in a target section"
        so_far = _SO_FAR_LEADING.match(sentence) or earlier and _WORDS_BEFORE.search(prefix) \
            and _SO_FAR_LEADING.match(earlier)
        # (the year's word before the months, 今年1-8月, commits nothing)
        if so_far and not _has_target_cue(_SO_FAR_LEADING.sub(_blank, prefix, count=1)):
            # "…涉及年度投资目标6.28亿元。1—10月,完成投资5.8亿元": the months so far, after the year's projects
            return "actual", f"completion cue {so_far.group(1)} leading the sentence, in a target section"
    if doc.doc_type == "project_report" and line.heading_level is not None \
            and not (cue_pattern("actual_cue").search(prefix) or _COMPLETION_CUE.search(prefix)):
        # "一、减少农村扶贫对象6.76万人;…" under a 完成情况 title: the task, whatever was done
        return "target", _PROJECT_TASK
    if role.role:
        return ("actual" if role.role == "review" else "target"), f"{role.role} section"
    if doc.doc_type == "work_report" and before_first_commitment:
        # "…全年完成地区生产总值78亿元" in a report's opening pages, before any commitment: its review
        return "actual", _WORK_REPORT_REVIEW
    if doc.doc_type in _PLAN_TYPES:
        fronted = _fronted_result_cue(prefix) if not _has_target_cue(prefix) else None
        if fronted:  # "据统计,主城区的51所小学中达不到国家规范要求的有48所" in an action plan: where it starts from
            return "actual", f"actual cue {fronted} leading the sentence, in a {doc.doc_type}"
        if _LE_BEFORE_VALUE.search(prefix) and not _DECIDED_BEFORE_VALUE.search(prefix) and not _has_target_cue(prefix):
            # "“十三五”时期,…出台了24项消防服务便民利民措施" in a 十四五 plan: what was done, where the plan starts from
            return "actual", _REACHED_WITH_LE
        return "target", _plan_default(doc)
    if not _has_target_cue(prefix) and _framed_by_its_lead(earlier):
        prefix = earlier[:_FRAMING_LEAD] + prefix  # "今年西藏将稳步发展…;严守耕地红线,青稞播种面积稳定在230万亩以上"
    if _has_target_cue(prefix):
        fronted = _fronted_result_cue(_ON_THE_BASIS_OF.sub(_blank, prefix), lead_commits=False)
        if fronted and not _has_target_cue(prefix[:prefix.rfind(fronted)]):
            # "截止今年6月30日,全州出生1676人": the time phrase before the comma frames the clause after it, its own
            # 今年 no commitment (not "今年,我省将在去年的基础上…新建…200所", a commitment before it)
            return "actual", f"actual cue {fronted} leading the sentence"
        review = _last_match(cue_pattern("review_section"), prefix)
        target = _last_match(cue_pattern("target_cue"), prefix)
        if review and target and review.start() > target.end():  # "今年是…收官之年,…获悉,五年来,共新建165所"
            return "actual", f"review cue {review.group(0)} after the target cue {target.group(0)}"
        done = _done_after_commitment(prefix, cue_pattern("actual_cue")) or _done_after_commitment(prefix, _COMPLETION_CUE)
        if done:  # "今年,…计划新建幼儿园8所…。据了解,去年…投入1.12亿元"; "今年上半年,生产总值完成13640亿元"
            return "actual", f"actual cue {done[0]} after the target cue {done[1]}"
        if _LE_BEFORE_VALUE.search(prefix) and not _DECIDED_BEFORE_VALUE.search(prefix):
            return "actual", _REACHED_WITH_LE  # "今年,我县新开工建设了33所"
        framed = _fronted_result_cue(earlier + prefix, bounds_commit=False)
        if framed:  # "去年…:…,城镇调查失业率控制在4.5%左右,…实际增长6.3%左右": the bound was a result, so is the rest
            return "actual", f"actual cue {framed} leading the sentence, a bound kept after it"
        return "target", _CUE_EARLIER_IN_THE_SENTENCE
    fronted = _fronted_result_cue(prefix)
    if fronted:  # "去年,广西学前教育三年毛入园率达85.6%": the time phrase before the comma frames the clause after it
        return "actual", f"actual cue {fronted} leading the sentence"
    if _projects_with_planned_investment(before, sentence, match):  # "安排重点建设项目191个,计划投资1430亿元"
        return "target", _PROJECTS_PLANNED
    if page_of_commitments and not _DONE_MARKER.search(before) and (doc.dated or not _PAST_YEAR.search(prefix)) \
            and not _opens_on_a_past_time(sentence, prefix, doc.current_year) \
            and not _SO_FAR_LEADING.match(earlier or sentence) and not _SO_FAR_AFTER_A_COMMA.search(prefix):
        # (not "比2017年增加了2.9个百分点"; on an undated page, not "2020年秋季,全区新改扩建13所…", which may be past;
        # not "1-6月份,开复工项目64项" nor "…获悉,1—2月,全市规上工业增加值增长9.5%": the months so far)
        return "target", page_of_commitments
    led = _fronted_result_cue(earlier[:_FRAMING_LEAD]) if earlier else None
    if led:  # "去年,…成立…专班;市财政一次性追加预算1000万元…": the lead's time of results frames each piece
        return "actual", f"actual cue {led} leading the full sentence, before a ;"
    if "。" in line.text and _opens_with_a_commitment(line.text) and line.text.find(sentence) > line.text.index("。") \
            and not _DONE_MARKER.search(before) \
            and not cue_pattern("actual_cue").search(line.text, line.text.index("。"), line.text.find(sentence)):
        # "2012年重庆将着力发展普惠性学前教育,…。新建乡镇公办中心幼儿园120所,…": the paragraph's opening commitment
        # (not past a sentence of results between: "…将…列入重点民生工程。目前,全省…达到18.2万公里。…达到99%")
        return "target", "the commitment that opens its paragraph"
    if doc.plans_after_its_results and not _DONE_MARKER.search(before) and not _ESTIMATE.search(prefix):
        dated = _value_years(prefix)
        if (int(parse_numeral(dated[-1].group(1))) if dated else line_year) == doc.current_year:
            # "报告建议:2008年…生产总值增长10%左右" on a page of a 2007 execution report and a 2008 plan: the year it plans
            return "target", _PLANNED_YEAR_NAMED
    if _in_a_year_not_over(doc, prefix, sentence, earlier):
        return "target", _YEAR_NOT_OVER
    if doc.doc_type == "notice" and _ISSUES_A_DOCUMENT.search(doc.title) and not _DONE_MARKER.search(before):
        # a notice that issues a plan or scheme (关于印发…的通知) carries it: what it sets out is to be reached
        return "target", _ISSUED_DOCUMENT
    # "新建项目,总投资约5.54亿元", "规划用地57亩": what the project is planned to cost or to have (not a share of it)
    total = _TOTAL_INVESTMENT_BEFORE.search(before)
    planned = total or _PLANNED_SIZE_BEFORE.search(before) and unit_of(match) not in ("%", "‰")
    sized = not planned and _PROJECT_SIZE_BEFORE.search(before) and _PROJECT_NAMED.search(prefix) \
        and not _says_done(sentence[match.end():])
    if (planned or sized) and not _says_done(prefix) \
            and not _FACILITY_IN_USE.search(_paragraph_before(line, sentence) + prefix):
        return "target", _TOTAL_INVESTMENT if total else _PLANNED_SIZE if planned else _PROJECT_SIZE
    return "actual", _NO_EVIDENCE


_TOTAL_INVESTMENT_BEFORE = compile_pattern(_phrase_words("total_investment_before"))
_TOTAL_INVESTMENT = "no cue, a project's total investment: the amount planned"
# a size its words call designed, planned or estimated (设计床位, 规划用地, 概算投资): what the project is to have
_PLANNED_SIZE_BEFORE = compile_pattern(_phrase_words("planned_size_before"))
_PLANNED_SIZE = "no cue, a designed, planned or estimated size: what the project is to have"
# "该项目占地46.7亩,总建筑面积…": a project's site or floor area, no cue, what the project is to have
_PROJECT_SIZE_BEFORE = compile_pattern(_phrase_words("project_size_before"))
_PROJECT_NAMED = compile_pattern(_phrase_words("project_named"))
_PROJECT_SIZE = "no cue, a project's site or floor area: what the project is to have"
# "…正式投入使用。该园总投资821万元": a building its paragraph says is in use cost what is stated, a result
_FACILITY_IN_USE = compile_pattern(_phrase_words("facility_in_use"))


def _paragraph_before(line: Line, sentence: str) -> str:
    """The text of a value's paragraph before its sentence ("" when the sentence is not found in it)."""
    start = line.text.find(sentence)
    return line.text[:start] if start > 0 else ""


def _says_done(text: str) -> bool:
    """Whether a piece of a sentence (the words before a value, or after it) says something was done (了, 已, 引进,
    签约, 截至目前): then the projects whose total investment it states are the results ("实施了160多个亿元以上项目,
    总投资1300亿元", "…项目占地2400亩,现已基本完成建设")."""
    return bool(_DONE_MARKER.search(text) or _PROJECTS_DONE_EVENT.search(text) or _COMPLETION_CUE.search(text)
                or cue_pattern("actual_cue").search(text))


_ISSUES_A_DOCUMENT = compile_pattern(_phrase_words("notice_issuing_title"))
_ISSUED_DOCUMENT = "no cue, in the document a notice issues"


# A page dated in these first months of a year speaks of that year before its results are in (plans, 两会 news)
MONTHS_BEFORE_RESULTS = 3
FIRST_MONTH_OF_THE_YEARS_ESTIMATES = 11  # from November a page's "预计今年…" estimates the year's result
MONTHS_OF_LAST_YEARS_STATE = 1  # a page of January tells the state of things (目前) at the end of the year before
_YEAR_NOT_OVER = "its year had not ended when the page was written"


def _written_before_its_years_results(doc: Document, months: int = MONTHS_BEFORE_RESULTS) -> bool:
    """Whether the page's dateline falls in the first ``months`` months of its year."""
    return bool(doc.written_month) and doc.written_month <= months


def _written_late_in_its_year(doc: Document) -> bool:
    """Whether the page's dateline falls in the last months of its year, when the year's results are being tallied."""
    return bool(doc.written_month) and doc.written_month >= FIRST_MONTH_OF_THE_YEARS_ESTIMATES


def _in_a_year_not_over(doc: Document, prefix: str, sentence: str, earlier: str = "") -> bool:
    """Whether a value its words date to the year of the page's dateline, early in that year, with no word of a part
    of the year done ("2023年,…第一产业增加值预计增长4.5%以上" on a page of 2023-02-03), is what is planned for it;
    a piece after ";" is dated by the pieces before it when its own words name no year ("2017年,全区营业总收入实现
    4500亿元,…;工业总产值实现4180亿元左右" on a page of 2017-03-01)."""
    if not _written_before_its_years_results(doc) or _COMPLETION_CUE.search(sentence):
        return False
    dated = _value_years(prefix) or _value_years(earlier)
    return bool(dated) and int(parse_numeral(dated[-1].group(1))) == doc.written_year


_WHOLE_YEAR_WORD = compile_pattern(_phrase_words("whole_year_word"))  # 全年: a statement of the whole year
_YEAR_END_WORD = compile_pattern(_phrase_words("year_end_word"))  # 年底前, 年内: by the end of the page's own year


def _a_whole_years_result_before_its_own(doc: Document, before: str) -> bool:
    """Whether a result its words give for a whole year (全年) stands on a page dated in the first months of a year,
    when no result of that year is in: the year before's."""
    return _written_before_its_years_results(doc) and _WHOLE_YEAR_WORD.search(before) is not None


@lru_cache(maxsize=64)
def _title_commits(title: str, current_year: int | None) -> bool:
    """Whether a title commits (将, 计划, 力争 …) in a clause that names a year not before the document's own, 今年
    or the coming years (not a first sentence taken for a title: "2020年初,县督查局…推进落实。现将工作落实情况汇报如下"),
    or opens on a horizon (到2025年江苏沿海地区综合实力稳步提升)."""
    horizon = _STATED_YEAR.match(title.lstrip()) if "到" in title or "至" in title else None
    if horizon and not (current_year and int(parse_numeral(horizon.group(1))) < current_year):
        return True
    named = _PLAIN_YEAR.search(title) if "年" in title else None
    if named and current_year and int(parse_numeral(named.group(1))) < current_year:
        return False
    # "湖北今年将…做这些事", "未来五年…将规划建设…": the time the page speaks of; "2017年是…关键一年。今年政府将干哪些
    # 大事": each such time's clause
    times = [named] if named else []
    times += list(_TIME_SPOKEN_OF_IN_TITLE.finditer(title))
    clauses = (_TITLE_CLAUSE_BREAK.split(title[time.end():], maxsplit=1)[0] for time in times)
    return any(_PARAGRAPH_COMMITMENT.search(_commitments_only(clause)) for clause in clauses)


_TITLE_CLAUSE_BREAK = compile_pattern(r"[,,。;;::!!??]")
_TIME_SPOKEN_OF_IN_TITLE = compile_pattern(r"今年|(?:未来|今后)[一二三四五六七八九十0-9]{1,2}年")


_PARAGRAPH_COMMITMENT = compile_pattern(_phrase_words("paragraph_commitment"))
# a year a commitment is set for ("将在2023年底前实现…达到55%以上", "力争2023年…"): the text was written before it,
# whatever later date its copy carries
_COMMITTED_BEFORE_A_YEAR = compile_pattern(_phrase_words("commitment_before_a_year"))
# a paragraph that opens on this or next year's commitment ("今年辽宁仍要…", "明年,全市将…")
_YEARS_COMMITMENT = f"{_phrase_words('paragraph_commitment')}|{_phrase_words('year_commitment_word')}"
_OPENS_ON_A_YEARS_COMMITMENT = compile_pattern(rf"\s*(?:今年|明年)[^,,。;;\d]{{0,8}}?(?:{_YEARS_COMMITMENT})")
_OPENS_ON_A_YEAR = compile_pattern(r"\s*((?:19|20)\d{2})\s*年(?:是|[,,])")  # "2026年是…开局之年", "2026年,全省…"
_LINE_COMMITS = compile_pattern(_YEARS_COMMITMENT)
_YEAR_BEFORE_AS_BASE = compile_pattern(_phrase_words("year_before_as_base"))
_WEAK_ACTUAL_CUE = compile_pattern(f"{_phrase_words('weak_actual_cue')}|{_phrase_words('year_before_as_base')}")


def _change_over_the_year_before(between: str) -> bool:
    """Whether the words between two values of a clause chain hold a weak result cue (比上年, 同比; 现有 too, as the
    pattern is the weak cues'): the second then is a change of the first, of its kind."""
    return len(between) <= _CHANGE_AFTER_ITS_VALUE and not _CLAUSE_CHAIN_BREAK.search(between) \
        and _WEAK_ACTUAL_CUE.search(between) is not None


_CHANGE_AFTER_ITS_VALUE = 16  # the most characters from a value to the change stated after it ("亿元,比上年增长")
_CLAUSE_CHAIN_BREAK = compile_pattern(r"[。;;!?\n]")


_CUMULATIVE_RESULT_CUE = compile_pattern(_phrase_words("cumulative_result_cue"))


def _a_year_to_come_leads(doc: Document, text: str) -> bool:
    """Whether ``text`` (a value's sentence before it) names a year to come with 到…年, after the page's year when
    that is known, and no result cue after it but one ("到2027年,累计完成15台(套)…": what the plan will have done;
    not "计划到2025年完成…,目前已累计完成…")."""
    horizon = _last_match(_STATED_YEAR, text)
    written = doc.written_year or doc.report_year
    if horizon is None or written and int(parse_numeral(horizon.group(1))) <= written:
        return False
    return len(cue_pattern("actual_cue").findall(text, horizon.end())) == 1


def _cue_stands_as(words: re.Pattern[str], text: str, cue: re.Match[str]) -> bool:
    """Whether the actual cue found in ``text`` is one of ``words``, read where it stands (比上年, not 上年 alone)."""
    weak = words.match(text, cue.start())
    return weak is not None and weak.end() >= cue.end()


_TITLE_SENTENCE = 20  # the most characters of a paragraph's title set as its first sentence ("推动绿色转型发展。")


def _titled_by_a_task(paragraph: str) -> bool:
    """Whether a paragraph opens on a short title on a task's verb and its body on one too ("推动绿色转型发展。加快
    实施…")."""
    opening = paragraph[:paragraph.index("。")] if "。" in paragraph else paragraph
    title, body = opening.strip(), paragraph[len(opening) + 1:].strip()
    return len(title) <= _TITLE_SENTENCE and names_a_task(title) and names_a_task(body)


def _unless_its_paragraph_commits(role: SectionRole, line: Line) -> SectionRole:
    """A review (here one a lead phrase opened: "一年来,该镇…") ends at a paragraph whose first sentence commits in its
    lead ("今年,洪畴镇将继续…。力争实现工业总产值21亿元,增长12%", heldout378 n03): its values are what the year is to
    bring."""
    if role.role == "review" and "。" in line.text and _opens_with_a_commitment(line.text, titled=False):
        # (not a task's title over what came of it: "加大投资力度。…74项重点项目完成投资117亿元")
        return SectionRole("target")
    return role


@lru_cache(maxsize=64)  # asked once per uncued value of the line: the answer is the line's
def _opens_with_a_commitment(paragraph: str, titled: bool = True) -> bool:
    """Whether a paragraph's first sentence commits in its lead (…将…, 计划…), or (``titled``) is a short title on a
    task's verb whose body opens on one too ("推动绿色转型发展。加快实施…": a report's tasks without their chapter), and
    states no value nor result."""
    opening = paragraph[:paragraph.index("。")]
    lead = _commitments_only(opening[:_COMMITMENT_LEAD])
    commits = _PARAGRAPH_COMMITMENT.search(lead) or titled and _titled_by_a_task(paragraph)
    undated = _PLAIN_YEAR.sub("", opening)  # (the length of a plan it names, 三年行动计划, is no value)
    return bool(commits) and not any(_may_be_a_value(undated, token) for token in NUMBER_TOKEN.finditer(undated)) \
        and not cue_pattern("actual_cue").search(opening) and not _COMPLETION_CUE.search(opening)


def _may_be_a_value(text: str, token: re.Match) -> bool:
    """Whether a number token may state a value: no structure rule takes it, and it is in digits or has a unit (a
    Chinese numeral with none is part of a name: 四川, 三农, 一批)."""
    return not _structure_rule(text, token) and (token.group("num")[0].isdigit() or bool(unit_of(token)))


# up to the comma: words and dates (截至2022年10月13日, 截至10月10日), no value
_FRONTED = compile_pattern(r"(?:[^,;。:\d%]|(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:19|20)\d{2}\s*年)*?,")
_CLAUSE_LEAD = compile_pattern(r"[^,;。:\d%]{0,8}$")


def _present_state_the_paragraph_opened(line: Line, sentence: str) -> str | None:
    """The actual cue leading the first sentence of the paragraph a later sentence goes on (目前, 截至2022年底), when
    no sentence between commits to anything; None for the first sentence itself or when the line is not found."""
    at = line.text.find(sentence)
    if at <= 0 or _has_target_cue(line.text[:at]):
        return None
    first = line.text[:at].split("。", 1)[0]
    return _fronted_result_cue(first) if len(first) < at else None


_THIS_YEAR_AS_A_TIME = compile_pattern(r"\s*今年\s*[,,]")  # 今年 set before a comma just after a result's lead


def _dated_last_year(prefix: str) -> str:
    """The 去年 that dates what follows it in ``prefix`` (no 今年 after it), as it dates the value's year, else ''."""
    last_year = _last_match(_LAST_YEAR, prefix) if "去年" in prefix else None
    if last_year and _dates_the_start_of_a_change(prefix, last_year):
        return ""  # "由去年的…1.33万公顷,增加到1.5万公顷": 去年 dates the start of the change, not its end
    return last_year.group(0) if last_year and prefix.rfind("今年") < last_year.start() else ""


def _fronted_result_cue(prefix: str, bounds_commit: bool = True, lead_commits: bool = True) -> str | None:
    """The actual cue of a time phrase set before a comma at a clause's start (截至2022年底, 目前,), with no
    commitment after it: it frames the values after it, where a cue inside a clause (同比增长) frames its own.
    With ``bounds_commit`` False a bound kept (控制在) is no commitment: after 去年 it is a result, when nothing
    else in the text commits (not "今年,我省将在去年的基础上…"). With ``lead_commits`` False the time phrase the cue
    leads commits to nothing ("截止今年6月30日,": 今年 dates the count) unless a year is named after it."""
    commitments = _commitments_only(prefix)
    if not bounds_commit and (cue_pattern("target_cue").search(commitments) or _STATED_YEAR.search(prefix)):
        return None
    fronted, lead_end = None, 0
    for cue in cue_pattern("actual_cue").finditer(_DECIDED_AFTER_A_CUE.sub(_blank, prefix)):
        lead = _FRONTED.match(prefix, cue.end())
        if lead and lead.end() - cue.end() <= 16 and _CLAUSE_LEAD.search(prefix, 0, cue.start()):
            fronted, lead_end = cue, lead.end()
    if fronted is None:
        return None
    time_only = _THIS_YEAR_AS_A_TIME.match(commitments, lead_end)
    if time_only:  # "统计显示,今年,全市…新增76所": 今年 says when, it commits to nothing
        commitments = commitments[:lead_end] + _blank(time_only) + commitments[time_only.end():]
    if not lead_commits and not _ANY_YEAR.search(prefix, lead_end):
        # (not "截至今年7月,相城区2023年民生实事31个项目已全部启动": the year's projects, named by their year)
        commitments = commitments[:fronted.end()] + " " * (lead_end - fronted.end()) + commitments[lead_end:]
    bound = _last_match(cue_pattern("bound_cue"), commitments) if bounds_commit else None
    later = [m for m in (_last_match(cue_pattern("target_cue"), commitments), bound,
                         _last_match(_STATED_YEAR, commitments)) if m and m.end() > fronted.start()]
    return None if later else fronted.group(0)


def _done_after_commitment(text: str, result_cue: re.Pattern[str]) -> tuple[str, str] | None:
    """(result cue, target cue) when the last word announcing a result comes after the last commitment in
    ``text``: the value nearer to it reports what was done."""
    if _BASIS_WORD in text:  # "在现有286所幼儿园的基础上,再翻一番": 现有 names the base the target builds on
        text = _ON_THE_BASIS_OF.sub(_blank, text)
    # (将…,上争资金同比增长20%: a rate aimed at; 目标已经设定,…70万人: a target set, no result)
    done = _last_match(result_cue, _DECIDED_AFTER_A_CUE.sub(_blank, _WEAK_ACTUAL_CUE.sub(_blank, text)))
    if done is None or _COMMITTED_BEFORE_PART_OF_YEAR.search(text, 0, done.start()) \
            and PART_OF_THE_YEAR.fullmatch(done.group(0)):
        return None  # "力争上半年…", "明年上半年…": when a target is due, no report of the months so far
    text = _commitments_only(text)
    commitment = max((m for m in (_last_match(cue_pattern("target_cue"), text), _last_match(cue_pattern("bound_cue"), text),
                                  _last_match(_STATED_YEAR, text)) if m), key=lambda m: m.end(), default=None)
    if commitment is None or done.start() < commitment.end():
        return None
    return done.group(0), commitment.group(0)


_COMMITTED_BEFORE_PART_OF_YEAR = compile_pattern(_phrase_words("commitment_before_part_of_year"))
_DECIDED_AFTER_A_CUE = compile_pattern(rf"已经?(?=(?:{_phrase_words('decision_verb')}))")  # 已经设定: a target was set
_BASIS_WORD = "基础上"
_ON_THE_BASIS_OF = compile_pattern(rf"在[^,;。在]{{0,40}}?(?:的)?{_BASIS_WORD}")
# "在全区现有" before the value: the base is a present state (not "在支持每个乡镇建好1所…的基础上", itself a task)
_BASIS_OPENED = compile_pattern(r"在[^,;。在\d]{0,10}?(?:目前|现有|当前|已有|现)[^,;。在\d]{0,10}$")
_BASIS_AFTER = compile_pattern(r"[^,;。\d]{0,12}?的?基础上")  # "所幼儿园的基础上" after it
_CHANGE_FROM = compile_pattern(r"(由|从)[^,;。由从]{0,30}$")
# the start of a change before the value it reaches: "由目前的75%提升至", "从2015年的141家增加到"
_PRESENT_START = r"(?:由|从)(?:目前|现在|当前|现有|现)的?(?:近|约)?\s*"
_FROM_THE_PRESENT = compile_pattern(_PRESENT_START + "$")
# "由目前近800所调整到" before a value: the change starts now, so what it reaches is to come (增为, 调整为 too)
_FROM_THE_PRESENT_TO = compile_pattern(_PRESENT_START + r"\d[^,;。由从]{0,16}?(?:到|至|(?<=[增调提扩减降整])[^,;。由从\d]{0,2}为)\s*$")
_START_OF_A_CHANGE_BEFORE = compile_pattern(r"(?:由|从)[^,;。由从]{0,30}?\d[^,;。由从\d]{0,12}?(?:到|至)\s*$")
_CHANGE_TO = compile_pattern(r"[^,;。]{0,20}?(提高|提升|增加|增长|下降|降低|减少|扩大|缩小|调整|整合)?(到|至|为)")


# a change whose start and end years are both stated: "由2011年的18.9亿元提高到2016年的"
_DATED_CHANGE = compile_pattern(r"(?:由|从)\s*((?:19|20)\d{2})\s*年[底末]?的?[^,,;;。由从]{0,30}?(?:到|至)\s*((?:19|20)\d{2})\s*年")
_EARLIER_IN_THE_PARAGRAPH = "stated earlier in the paragraph (到…年)"
_ENDS_A_CHANGE = compile_pattern(rf"(?:{_phrase_words('change_from_word')})\s*\d[^,,;;。]{{0,30}}?"
                                 rf"(?:{_phrase_words('change_to_word')})\s*$")  # (从2146亿元增加到: the value after it)


def _starts_a_change(prefix: str, sentence: str, end: int) -> bool:
    """Whether the value ending at ``end`` is where a change starts ("从179.92亿元增加到245亿元")."""
    return bool(_CHANGE_FROM.search(prefix) and _CHANGE_TO.match(sentence, end))


# the years a sentence opens on, before its first comma ("2014年、2015年,该县共完成建设132个实施村")
_LEADING_YEARS = compile_pattern(r"\s*(?:(?:19|20)\d{2}\s*年(?:[、和及至-]|\s)*)+[,,]")


def _opens_on_an_earlier_year(sentence: str, year: int | None) -> bool:
    """Whether a sentence opens on years before ``year``, or on any when ``year`` is unknown: it turns from the
    targets of the sentence before to another time."""
    lead = _LEADING_YEARS.match(sentence)
    return bool(lead) and (year is None or max(int(y[:4]) for y in _YEAR_WORD.findall(lead.group(0))) < year)


_CLAUSE_LEAD_TIME = compile_pattern(r"\s*([^,,。;;]{2,16})[,,]")


def _opens_on_a_past_time(sentence: str, prefix: str, year: int | None) -> bool:
    """Whether a sentence opens on a time over before ``year`` ("“十三五”时期,我市…达到52.3%" on a page of 2022, "2020
    年,…") and names no later one before the value (``prefix``; not "2020年,…印发《…》,明确2020-2025年全市新增…"):
    what it states is of that time, whatever the page around it commits to."""
    if year is None or any(int(found[:4]) >= year for found in _YEAR_WORD.findall(prefix)):
        return False
    lead = _CLAUSE_LEAD_TIME.match(sentence)
    period = parse_period(lead.group(1)) if lead else None
    return bool(period and period[1] < year) or _opens_on_an_earlier_year(sentence, year)


def _result_cue_between(text: str, start: int, end: int) -> bool:
    """Whether the text between two values holds a word that announces results (目前, 五年来) or the part of the
    year they cover (1-12月份, 前7个月)."""
    between = text[start:end] if start < end else ""
    return bool(cue_pattern("actual_cue").search(between) or cue_pattern("review_section").search(between)
                or _COMPLETION_CUE.search(between) or _DONE_MARKER.search(between))


_last_match = last_match


_VALUE_YEAR = guarded(compile_pattern(r"(?<![比较与按以])(?<!是)(?<!为)(?<!相当于)(?<!相当)(?<!恢复)(?<!恢复到)(?:到|至|在|于)?\s*((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年"
                                      rf"(?!\s*(?:[-—–~]|至(?![少多])|{_OPENS_A_SPAN}|起(?![草步飞点])|远景)|{_BASE_AFTER_YEAR}"
                                      rf"|{_BUILT_BEFORE_A_YEAR})"))  # 二〇三五年远景目标纲要: a vision's year
# names the plan; 自2007年起…均超过千万人次: a span's start (heldout111 n05); 2020年至少…: a bound, no span


_SPEAKS_OF_ANOTHER_YEAR = compile_pattern(_phrase_words("year_word_naming_another_year"))
_THIS_OR_NEXT_YEAR = compile_pattern(r"今年|明年")
_TRAJECTORY = compile_pattern(r"((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年?\s*(?:每年|年均)")
# 去年 dating a value, not a base compared with (比去年, 与去年同期相比: heldout1108 n05), built on (在去年的基础上) or a
# span's start (从去年下半年以来…, 截至目前: heldout78 n12); guarded: re skips to 去 (scanning.py)
_LAST_YEAR = guarded(compile_pattern(rf"(?<![比较同与和跟])(?<!在)去年(?!的?基础上)(?!{_OPENS_A_SPAN})"))


def _dates_the_start_of_a_change(prefix: str, year: re.Match) -> bool:
    """"由2016年的80%提高到85%", "从去年的1610亿增加到2000亿元": the year (or 去年) after 由/从 with a number after it
    dates the value the change starts from, not the one it reaches."""
    return prefix[:year.start()].rstrip().endswith(("由", "从")) and any(c.isdigit() for c in prefix[year.end():])


def _dates_the_base_of_the_value(prefix: str, year: re.Match) -> bool:
    """"是新区开发前(2010年底)的9.7倍": 2010 dates the base the value is a multiple of, not the value."""
    if prefix.endswith("基于", 0, year.start(1)):
        return bool(_BASED_ON_A_YEARS_AMOUNT.fullmatch(prefix, year.end()))
    return bool(_BASE_OF_A_MULTIPLE_AFTER.fullmatch(prefix, year.end())
                and _BASE_OF_A_MULTIPLE_BEFORE.search(prefix, max(0, year.start(1) - MAX_BASE_WORDS), year.start(1)))


def _ends_with_base_of_a_multiple(prefix: str) -> bool:
    """"规模工业增加值是“十五”末的": the plan's end is the base of the value that follows, not its time."""
    base = _last_match(_BASE_OF_A_MULTIPLE_PLAN, prefix)
    return base is not None and not prefix[base.end():].strip()


# "是新区开发前(2010年底)的9.7倍", "相当于2010年的1.5倍": a year between 是 (为, 相当于) and the 的 before the value
MAX_BASE_WORDS = 12
_BASE_WORDS = r"(?:是|为|相当于)[^,,。;;\d]"  # the words before a base, up to MAX_BASE_WORDS characters of them
_BASE_OF_A_MULTIPLE_AFTER = compile_pattern(r"\s*年?\s*(?:底|末)?\s*[))]?\s*的\s*")
# "控制在基于2020年城镇建设用地规模的1.3倍以内": 基于 a year's named amount, of which the value is a multiple
_BASED_ON_A_YEARS_AMOUNT = compile_pattern(r"\s*年?\s*(?:底|末)?[^,,。;;\d的]{0,12}的\s*")
_BASE_OF_A_MULTIPLE_BEFORE = compile_pattern(rf"{_BASE_WORDS}*$")
# "是“十五”末的6.7倍", "相当于“十一五”的3倍", "是“十一五”时期的3.6倍": a plan as the base the value is a multiple of,
# as a year is
_BASE_OF_A_MULTIPLE_PLAN = compile_pattern(rf"{_BASE_WORDS}{{0,{MAX_BASE_WORDS}}}?[“\"]?(?:{_PLAN_NAMES})"
                                           r"[”\"]?\s*(?:时期|期间)?\s*(?:期末|末)?\s*的")  # 是“十一五”时期的3.6倍


# "年均增长8%", "5年平均递增22%": a rate per year (not "按年平均汇率折算")
_THIS_YEAR = compile_pattern(_phrase_words("this_year_word"))  # words that date a statement to the document's own year
_NAMES_A_WORK_REPORT = compile_pattern(r"[^,,。;;\d]{0,8}?政府工作报告|\s*(?:的)?工作报告")  # 2025年(某区政府)工作报告
_OWN_YEAR_WORD = compile_pattern(r"(?:今年|本年)(?!起)")  # of them, those that cannot mean the year just named (当年, 全年 can)
_PER_YEAR = compile_pattern(rf"每年|年均|年\s*平均\s*(?:{_phrase_words('growth_verb')})")


def _value_years(prefix: str) -> list[re.Match]:
    """The years a value's words before it date it to (not 比2017年增加, 是(为)2011年的1.9倍, 在2016年已完成…的基础上:
    a base; nor 2014年以来: a start)."""
    if "年" not in prefix:
        return []
    bases = [m.span() for m in _ON_THE_BASIS_OF.finditer(prefix)] if _BASIS_WORD in prefix else []
    years = [m for m in _VALUE_YEAR.finditer(prefix)
             if not _dates_the_start_of_a_change(prefix, m) and not _dates_the_base_of_the_value(prefix, m)
             and not any(start <= m.start() < end for start, end in bases)]
    if "为" in prefix or "是" in prefix:  # (为/是 before a year is a base's, 为2011年的1.9倍, unless the year is when)
        years = sorted(years + list(_WHEN_AFTER_WEI_OR_SHI.finditer(prefix)), key=lambda m: m.start())
    return years


# 为/是 before a year that says when, not what the value is a multiple of: "为2017年底全面完成14.05万户" (为 "for" the
# year's end, heldout482 n02), "目标是2015年达到5亿人次" (the year the value is reached, heldout474 n02)
_WHEN_AFTER_WEI_OR_SHI = compile_pattern(r"(?<=[为是])\s*((?:19|20)\d{2})\s*年(?:(?:底|末)(?!的)"
                                         r"|(?=\s*(?:将|要|力争|争取)?\s*(?:达到|达|实现|突破|超过|建成|完成)))")


# a year a span of years is counted from: 2003年 (决定在5年内), 自2010年开始, 从2011年初, 2016年起 (not 到2020年 or the
# end of 2020-2022年; nor 2014年以来, 2020年底, 2020年的85%: a state reached)
_START_OF_A_HORIZON = compile_pattern(r"(?<![到至比较\d\-—–~])((?:19|20)\d{2})\s*年(?!\s*(?:以来|底|末|的|前|[-—–~至到]))")
_COUNTS_FROM_NOW = ("今后", "未来")  # horizon leads that count from the document's year, whatever year came before
# "两年后", "5年后", "五年之后": the year that many years on from the page's (the read pages use it so; none counts on
# from a thing's own start, as "建成三年后" would)
_YEARS_LATER = compile_pattern(r"(?<![\d年])([一二两三四五六七八九十\d])\s*年之?后")


def _horizon_from_a_year(prefix: str) -> tuple[int, int] | None:
    """(start, years) of a horizon of N years named after a year in a value's words ("2003年,…决定在5年内筹集45亿元"),
    or None (a horizon after no year is counted from the document's year, by ``_horizon_end``)."""
    horizon = _last_match(_HORIZON, prefix)
    if horizon is None and could_match(_HORIZON_WITHOUT_LEAD, prefix):  # "2021年…党代会上提出…五年内全力争创…": N年内
        bare = _last_match(_HORIZON_WITHOUT_LEAD, prefix)
        horizon = bare if bare and _commits_before_a_number(prefix, bare.end()) else None
    if not horizon or horizon.group(0).startswith(_COUNTS_FROM_NOW) \
            or _SPEAKS_OF_ANOTHER_YEAR.search(prefix, horizon.end()):  # "…用三年时间完成…,今年投资90亿元": its own year
        return None
    start = _last_match(_START_OF_A_HORIZON, prefix[:horizon.start()])
    years = int(parse_numeral(horizon.group(1)))
    if not start or not 1 <= years <= MAX_HORIZON_YEARS:
        return None
    return int(start.group(1)), years


_SPAN_FROM_A_YEAR = compile_pattern(_phrase_words("span_from_a_year"))  # 从2011年到2016年: a change's span
# a sentence's leading phrase up to its first comma or colon ("从2011年到2016年,", "“十三五”期间,")
_LEADING_PHRASE = compile_pattern(r"[^,,::;;。]{1,20}[,,::]")
_YEAR_DIGITS = compile_pattern(r"(?:19|20)\d{2}")


def _time_leading(earlier: str) -> str:
    """The phrase that leads a full sentence when it names a time and nothing else counted ("2011年至2013年上半年,"),
    else "" (not "2010年底发布实施的《…》提到,": an event's date; nor "2015年全省城镇化率达到40%;": a value's own)."""
    lead = _LEADING_PHRASE.match(earlier)
    if not lead or not _names_a_time(lead.group(0)) or _DIGIT.search(_YEAR_DIGITS.sub("", lead.group(0))) \
            or "》" in lead.group(0):
        return ""
    return lead.group(0)


def _names_a_time(text: str, own_words: bool = False) -> bool:
    """Whether ``text`` names a year, a span of years or a five-year plan (``own_words``: or 今年, 去年, 明年)."""
    if _value_years(text) or parse_period(text) or _PLAN_SPAN.search(text) or _PLAN_END_NAMED.search(text):
        return True
    return own_words and bool(_OWN_YEAR_WORD.search(text) or _LAST_YEAR.search(text) or _NEXT_YEAR_WORD.search(text)
                              or _horizon_in(text) or _HORIZON_OF_TARGETS.search(text))


def _year(doc: Document, prefix: str, context_year, kind: str, role: SectionRole, line_year: int | None = None,
          in_review: bool = False, words_before: str = "", earlier: str = ""):
    """(year, period, year_inferred, per_year, basis) of a value from its sentence, its section, else the document.
    ``words_before``: the sentence's text before the value as written (``prefix`` has its bracketed years dropped);
    ``earlier``: the pieces of its full sentence before it, each ending at ";"."""
    lead = _time_leading(earlier) if earlier and not _names_a_time(prefix, own_words=True) else ""
    if lead:
        # "从2011年到2016年,地区生产总值由65.6亿元增加到120.5亿元,…;…收入由17.07亿元增加到39.51亿元": a piece after
        # ";" that names no time of its own is of the time that leads its sentence
        prefix = lead + prefix
    per_year = bool(_PER_YEAR.search(prefix))
    plan = _plan_named_last(words_before) if kind == "target" and "《" in words_before else None
    if plan:  # "2012年,市政府启动了《…三年行动计划(2012—2014年)》,计划建设中小学200余所": the plan's, of its last year
        return plan[1], plan, True, per_year, f"the period of the plan named before it ({plan[0]}-{plan[1]})"
    if kind == "baseline" and doc.report_year and _FROM_THE_PRESENT.search(prefix):
        # "到2020年,…由目前的75%提升至85%": the change starts now, in the document's year
        return doc.report_year, None, True, False, f"由目前的: the start of a change, now ({doc.current_year_evidence or doc.issued_date})"
    trajectory = _TRAJECTORY.search(prefix)
    if trajectory:
        start, end = int(trajectory.group(1)), int(trajectory.group(2))
        return end, (start, end), False, True, "stated trajectory"
    stated = _value_years(prefix)
    later_plan = _last_match(_PLAN_SPAN_OPENING, prefix) if stated and "五" in prefix else None
    if later_plan and later_plan.start() >= stated[-1].end():
        # "…召开的2016年度…会议上获悉,“十二五”期间,海南教育总投入1130多亿元": the plan period that opens the value's
        # clause, nearer to it (not a base of comparison: 是“十一五”末的1.6倍)
        start, end = FIVE_YEAR_PLANS[later_plan.group(1)]
        return end, (start, end), True, per_year, f"a named plan period after the year stated ({later_plan.group(0)})"
    plan_end_after = _last_match(_PLAN_END_NAMED, prefix) if stated and "末" in prefix else None
    if plan_end_after and plan_end_after.start() >= stated[-1].end() \
            and not _BASE_OR_START_BEFORE_PLAN.search(prefix, 0, plan_end_after.start()) \
            and not prefix.startswith("的", plan_end_after.end()):  # (是“十一五”末的1.6倍: a base)
        # "…提升至2024年的5777.41亿元,“十四五”末预计将迈上6000亿元台阶" (heldout168 n11): the plan's end, named later
        return FIVE_YEAR_PLANS[plan_end_after.group(1)][1], None, False, per_year, \
            f"the end of a named plan period after the year stated ({plan_end_after.group(0)})"
    counted = _horizon_from_a_year(prefix) if kind == "target" and "年" in prefix else None
    if counted:  # "自2017年开始,山东将利用4年时间完成…633.7万亩": the horizon's last year, counted from the year
        start, years = counted
        return start + years - 1, (start, start + years - 1), True, per_year, \
            f"a horizon of N years from the year before it ({years} years from {start})"
    if stated:
        year = int(parse_numeral(stated[-1].group(1)))
        own_clause = max(prefix.rfind(mark) for mark in ",,;;") + 1
        if kind == "target" and doc.report_year and own_clause > stated[-1].end() \
                and _OWN_YEAR_WORD.search(prefix, own_clause):
            # "截至2016年底累计完成投资309.937亿元,本年度计划投资137.65亿元" (heldout280 n06): its own clause's 本年度
            return doc.report_year, None, True, per_year, \
                f"本年度 in its clause after an earlier year (a document of {doc.report_year})"
        if kind == "actual" and _NAMES_A_WORK_REPORT.match(prefix, stated[-1].end()):
            # "赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上" (heldout272 n03): the report's review year
            return year - 1, None, True, per_year, f"the year before the work report it names ({stated[-1].group(0)})"
        last_year = _LAST_YEAR.search(prefix, stated[-1].end()) if "去年" in prefix else None
        if last_year and _dates_the_start_of_a_change(prefix, last_year):
            last_year = None  # "到2010年GDP从去年的1610亿增加到2000亿元" (heldout276 n08): 去年 dates the change's start
        if last_year:  # "2024全国地方两会 | 贵州去年GDP增长4.9%": 去年 after the year counts back from it
            return year - 1, None, True, per_year, f"去年 after {stated[-1].group(0).strip()}"
        return year, None, False, per_year, "stated"
    plan_end = _PLAN_END_BEFORE.search(prefix) if "末" in prefix else None
    # "由“八五”期末的833亿元增加到…": the value at the named plan's last year, whatever its kind (not a multiple's base)
    if plan_end and (_ends_with_base_of_a_multiple(prefix) or not plan_end.group(0).rstrip().endswith("的")
                     and _COMPARED_BEFORE_PLAN_END.search(prefix, 0, plan_end.start())):
        # "…均比“十一五”末翻一番": the base of a change, not the value's year (but "较“十三五”末的9323.1亿元" is the
        # base's own value, of that year)
        plan_end = None
    if plan_end:
        return FIVE_YEAR_PLANS[plan_end.group(1)][1], None, False, False, f"the end of a named plan period ({plan_end.group(0)})"
    led = _plan_end_named_before(prefix) if kind == "actual" and "末" in prefix else None
    if led:
        # "预计十二五末,地区生产总值…双双突破600亿元" (heldout229 n08): the results at the named plan's end
        return FIVE_YEAR_PLANS[led.group(1)][1], None, False, False, \
            f"the end of a named plan period earlier in the sentence ({led.group(0)})"
    plan_span = _PLAN_SPAN.search(prefix) if kind == "target" else None
    if plan_span and _BASE_OR_START_BEFORE_PLAN.search(prefix, 0, plan_span.start()):
        plan_span = None  # "相比“十三五”时期分别下降15%" (heldout304 n07): the period compared with, not the target's
    its_year = prefix.rfind("今年") if plan_span else -1
    if plan_span and its_year > plan_span.end() and _BASIS_WORD not in prefix[its_year:]:
        # "“十三五”期间,我市将…搬迁…25万人,今年计划搬迁8.7万人" (heldout786 n01): this year's part of the period (not
        # "在今年底通车里程1300公里的基础上新增…1800公里": 今年 dates the base)
        plan_span = None
    if plan_span:  # "“十四五”时期的目标为…", "到“十四五”末": the named plan's last year
        start, end = FIVE_YEAR_PLANS[plan_span.group(1)]
        return end, (start, end), False, per_year, f"a named plan period ({plan_span.group(0)})"
    this_year = prefix.rfind("今年") if context_year and kind == "target" and doc.report_year else -1
    if this_year >= 0 and not _STATED_YEAR.search(prefix, this_year) and not _horizon_in(prefix, this_year):
        # "未来5年,…新建…77所学校。其中,今年将有11所…投入使用": this year's part of the horizon named before
        return doc.report_year, None, True, per_year, \
            f"今年 after the horizon its paragraph named (a document of {doc.report_year}: {doc.current_year_evidence or doc.issued_date})"
    if context_year and not (kind == "actual" and doc.report_year and context_year[0] > doc.report_year):
        return context_year[0], None, False, per_year, _EARLIER_IN_THE_PARAGRAPH  # (no result to come)
    if kind == "target" and role.role == "target" and role.year and not _SPEAKS_OF_ANOTHER_YEAR.search(prefix):
        return role.year, role.period, True, per_year, "the year its target section names"
    if kind == "target" and role.role == "review" and role.year and not _SPEAKS_OF_ANOTHER_YEAR.search(prefix) \
            and not (line_year and line_year > role.year):  # "…。2024年,贵州将…": a later year the paragraph speaks of
        return role.year, None, True, False, "the reviewed year's own target, in its review"  # "符合3%左右的预期目标"
    current = doc.report_year
    if kind == "target" and in_review and line_year and current and line_year < current \
            and not _THIS_OR_NEXT_YEAR.search(prefix):  # "2006年…较上年增长26.4%,高于年初人代会12%的目标" under a review heading
        return line_year, None, True, False, "the year its review paragraph speaks of: its own target"
    if current and _dated_last_year(prefix):  # not "去年全省实现了…,今年将在…65个县…"
        return current - 1, None, True, per_year, f"去年 (a document of {current}: {doc.current_year_evidence or 'its date'})"
    next_year = _NEXT_YEAR_WORD.search(prefix) if "明" in prefix else None
    if next_year is None and kind == "target" and earlier and (doc.written_year or doc.issued_date):
        # "沈河区明年将实施…改造,…;再建7个…;新建15个…" on a page dated 2019-12-31: the lead's 明年 dates the pieces
        # after its ";" (on a page with no date of its own, 明年 may be the year its plan names: heldout844 n01)
        next_year = _NEXT_YEAR_WORD.search(earlier, 0, _FRAMING_LEAD)
        next_year = next_year if next_year and _framed_by_its_lead(earlier) else None
    if not current and not line_year and kind == "target" and next_year:
        return None, None, True, per_year, _NEXT_YEAR_OF_AN_UNDATED_PAGE  # dated by the year the page names most
    if current and next_year:  # 明年; 今冬明春, a season that ends in the year after
        said = "" if next_year.group(0) == "明年" else f"{next_year.group(0)}: "
        if doc.written_year and doc.written_year < current:  # news of a December session about the coming year
            return doc.written_year + 1, None, True, per_year, f"明年 ({said}a page dated {doc.written_year})"
        return current + 1, None, True, per_year, \
            f"明年 ({said}a document of {current}: {doc.current_year_evidence or 'its date'})"
    # (a full sentence's lead "到目前,…;" dates every piece after it)
    if current and doc.dated and kind == "actual" \
            and (_PRESENT.search(prefix) or _PRESENT_LEAD.search(earlier[:_FRAMING_LEAD])):
        if role.role == "review" and role.year and role.year < current \
                and (_SINCE_A_YEAR.search(prefix) or _SINCE_A_PLAN.search(prefix)):
            # "过去五年工作回顾 / 2012年换届以来,…增加到338亿元" in a report of January 2017: up to the reviewed year (and
            # "一、2022年工作回顾 / …实现“十三五”以来首次…,其中,第一产业增速5.5%" in one of 2023, heldout276 n04)
            return role.year, None, True, per_year, "a span since a year, up to the year its review reviews"
        if doc.written_year == current and _written_before_its_years_results(doc, MONTHS_OF_LAST_YEARS_STATE):
            # "目前,玉林市幼儿园达到1619所" on a page of 2018-01-27: the count at the end of the year just over
            written = f"{current}-{doc.written_month:02d}"
            return current - 1, None, True, per_year, f"present tense on a page of {written}: the year before's end"
        return current, None, True, per_year, f"present tense (a document of {current}: {doc.current_year_evidence or 'its date'})"  # "目前全市有幼儿园201所" in a page of that year
    # (not a year's work summary, whose review is of its own year: "2018年…工作总结" implementing a plan for 2018-2020)
    multi_year_plan = doc.period_start and doc.period_end and doc.period_end > doc.period_start \
        and doc.doc_type != "work_summary"
    if kind == "actual" and (in_review or role.role == "review") and multi_year_plan:
        # a plan's 发展基础: the previous plan period's results, dated to its last year
        return doc.period_start - 1, (doc.period_start - 5, doc.period_start - 1), True, per_year, "review of the previous plan period"
    in_period = kind == "target" and doc.period_start and doc.period_end and doc.period_start <= (line_year or 0) \
        < doc.period_end  # "2025年,…建设20个…;全省开工改造…1459个" in a plan for 2025-2027: that year's milestone
    # (not over its own 今年: "争取2014年达到50%;…。今年又启动了…三所敬老院" on a page of 2012, heldout850 n05)
    own_year = bool(current) and line_year != current and _OWN_YEAR_WORD.search(prefix) is not None
    if line_year and not own_year and (kind == "actual" or (current and line_year >= current)
                                       or (kind == "target" and not current) or in_period):
        return line_year, None, True, per_year, _PARAGRAPH_YEAR  # "2022年,新改扩建公办幼儿园7所。…覆盖面力争达50%"
    later = _YEARS_LATER.search(prefix) if current and kind == "target" and could_match(_YEARS_LATER, prefix) else None
    if later and 1 <= (years := int(parse_numeral(later.group(1)))) <= MAX_HORIZON_YEARS:
        # "黑龙江省两年后森林覆盖率将达到43.9%" on a page of 2003: the year N years on from the page's
        return current + years, None, True, per_year, f"N years after the document's year ({later.group(0)}, {current})"
    horizon = _horizon_in(prefix) or _HORIZON_OF_TARGETS.search(prefix)
    if horizon and current and kind == "target":  # "今年起,用2年时间新建…": the horizon's last year
        years = int(parse_numeral(horizon.group(1)))
        span = _horizon_end(doc, years)
        if span:
            return span[1], span, True, per_year, f"a horizon of N years ({years} years: {span[0]}-{span[1]})"
    if kind == "actual" and role.role == "review" and role.year:
        return role.year, role.period, True, per_year, "the reviewed year of its section"
    if kind == "actual" and doc.results_year:
        return doc.results_year, None, True, per_year, "the year whose results the document reports"  # a bulletin of 2021, the review of a 2022 report
    # (a full sentence's lead "今年,全省将完成…;" dates the pieces after it, as its own 今年 would)
    if current and ("今年" in prefix or doc.doc_type == "work_report"
                    or kind == "target" and "今年" in earlier[:_FRAMING_LEAD] and _framed_by_its_lead(earlier)
                    or kind == "target" and (_WHOLE_YEAR_WORD.search(prefix[-12:]) or _YEAR_END_WORD.search(prefix))):
        if not doc.dated and doc.period_start and doc.period_end and doc.period_start < doc.period_end:
            # "今年宁夏将完成营造林150万亩" on a page whose only date is the 十四五 it names: any year of the period
            return None, None, True, per_year, _THIS_YEAR_OF_A_PERIOD
        return current, None, doc.doc_type != "work_report" or "今年" not in prefix, per_year, f"the document's year ({doc.current_year_evidence or doc.issued_date or 'its period'})"
    placed = plan_year_placed(prefix) if "之年" in prefix else None
    if placed:  # "江西省粮油生产“十二五”开局之年目标确定:确保…" (heldout548 n04): the plan's first year, not its span
        return placed[0], None, False, per_year, f"the year its plan's place names ({placed[1]})"
    # "和“十二五”末相比,…增长44.6%": a base, not a period; "编制“十五五”规划,…": a plan drafted, not the values' period
    period = parse_period(_PLAN_BEING_DRAFTED.sub("", _COMPARED_WITH_A_PLAN.sub("", prefix)))
    if period:
        return period[1], period, False, per_year, "stated period"
    if kind == "target" and doc.period_end:
        return doc.period_end, (doc.period_start, doc.period_end), True, per_year, _PLANS_HORIZON
    if kind == "target" and current:
        return current, None, True, per_year, f"the document's year ({doc.current_year_evidence})"
    return None, None, False, per_year, ""


# the year after the document's (明春: next spring, of 今冬明春; 今明两年: this year and the next, ending in the next)
_NEXT_YEAR_WORD = compile_pattern(r"明年|明春|今明[两兩]年")


def _commitment(prefix: str) -> str:
    cues = _COMMITMENT_CUE.findall(prefix)
    if not cues:
        return "plain"
    return {"努力": "力争"}.get(cues[-1], cues[-1])


_BINDING = compile_pattern(r"(约束性|预期性)")


def _binding(sentence: str) -> str:
    found = _BINDING.search(sentence)
    return found.group(1) if found else ""


def _token(result: ExtractionResult, doc: Document, norm: NormalizedText, span, outcome: str, reason: str,
           value: StatedValue | None = None, shares: int = 0) -> None:
    raw_start, raw_end = norm.to_raw(*span)
    result.tokens.append(NumberToken(doc.doc_id, doc.source_file, raw_start, raw_end, outcome, reason, value,
                                     shares=shares))


def _reject(result: ExtractionResult, doc: Document, norm: NormalizedText, flag_type: str, span, message: str) -> None:
    """A number kept as a flag (with the reason) instead of a value."""
    _flag(doc, norm, result, flag_type, span, message)
    _token(result, doc, norm, span, "flagged", message)


def _flag(doc: Document, norm: NormalizedText, result: ExtractionResult, flag_type: str, span, message: str) -> None:
    raw_start, raw_end = norm.to_raw(*span)
    result.flags.append(Flag(doc.source_file, flag_type, raw_start, raw_end, norm.text[span[0]:span[1]], message,
                             doc_id=doc.doc_id))


# a value no phrase before names: two Chinese characters and a few more after it, up to a break (1794个项目), or the
# last such run before it that no digit leads (…,出口力争增长10%)
_UNNAMED_VALUE_WORDS = r"[\u4e00-\u9fff]{2}[^,\uff0c\u3002;\uff1b\u3001:\uff1a\d\u201c\u201d\"]{0,10}"  # (no break, digit, quote)
_WORDS_AFTER_AN_UNNAMED_VALUE = compile_pattern(_UNNAMED_VALUE_WORDS)
_WORDS_BEFORE_AN_UNNAMED_VALUE = compile_pattern(rf"(?<![\d.]){_UNNAMED_VALUE_WORDS}$")
_TIME_SPAN_UNIT = compile_pattern(_phrase_words("time_span_unit"))
_DONE_TO_THEM = compile_pattern(_phrase_words("deed_done_mark"))
_CHANGE_TO_AT_END = compile_pattern(f"(?:{_phrase_words('change_to_word')})$")  # (提高到, 降至: a change's verb, no name)


_QUOTE_MARKS_REMOVED = str.maketrans("", "", "“”‘’\"'")


def _name_borrowed_for_an_unnamed_value(before: str, after: str, previous: StatedValue | None, offset: int,
                                        unit: str) -> str:
    """A name for a value no words around it name, so that it is kept (flagged as guessed) rather than lost: the
    name of the value before it in its sentence ("计划完成清淤13条河道,15万立方米"; not a share after a count:
    "未开工项目67个,占28%", nor a value whose own one-character name follows it: "3个县级市、2个县"), else the words
    of its clause when more than a verb, a cue, a year, a change's start or a share stays of them ("积不低于41平方公里":
    a name cut by a line break). "" for a figure quoted after a target's words ("目标是“增长6.5%”": its measure is
    named, if anywhere, before it), for a preposition ("对185项…进行了责任分解"), for a later item of a list ("全市有
    82个镇、2个乡") and for a bare cell (nothing before it)."""
    clause = before.strip().rstrip("(([《")
    opening = clause.rfind("“")
    if opening >= 0 and "”" not in clause[opening:]:
        return ""
    named_after = _CJK_CHARACTER.match(after, _past_its_bound(after))  # "3个县级市、2个县": its own name
    if previous is not None and previous.number_span[0] >= offset and not named_after \
            and (previous.unit == unit or unit not in _SHARE_UNITS):
        return previous.indicator_zh
    words = _START_OF_CHANGE.sub("", _YEAR_WORDS.sub("", clause))
    while (stripped := _without_cues(_without_verbs(words))) != words:
        words = stripped
    named = _has_two_cjk_characters(clause) and _CJK_CHARACTER.search(words) and not _DIGIT.search(clause) \
        and not _SHARE_OF_PREVIOUS.fullmatch(words.strip(",,、 "))
    return clause.translate(_QUOTE_MARKS_REMOVED) if named else ""


# a year, or a word for one relative to the page's date (今年, 明年, 年内, 全年): no name of a value
_YEAR_WORDS = compile_pattern(rf"(?:19|20)\d{{2}}\s*年(?:底|末)?|{_phrase_words('relative_year_word')}"
                              rf"|{_THIS_YEAR.pattern}")


def _past_its_bound(after: str) -> int:
    """Where the words after a value begin past its bound (以上, 左右 after a value are its bound, no name)."""
    bound = _SUFFIX_FOLLOWS.match(after)
    return bound.end() if bound else 0


def _without_verbs(words: str) -> str:
    """The words with the verbs of a change or a level taken off their end, again until none is left (提高到, 达到)."""
    while (stripped := _QUALIFIED_GROWTH_VERB.sub("", _LEVEL_VERB.sub("", _CHANGE_TO_AT_END.sub("", words)))) != words:
        words = stripped
    return words


def _without_cues(words: str) -> str:
    """The words with every target and result cue taken out of them."""
    return cue_pattern("target_cue").sub("", cue_pattern("actual_cue").sub("", words))


def _words_naming_an_unnamed_value(before: str, after: str) -> str:
    """The words that name a value no phrase before it names: those right after it (not a deed done to what it counts,
    with 了), or else the last words before it; either only when two characters stay once a verb and the cues are
    taken off them."""
    tail = _WORDS_AFTER_AN_UNNAMED_VALUE.match(after, _past_its_bound(after))
    head = _WORDS_BEFORE_AN_UNNAMED_VALUE.search(before)
    for named in (tail if tail and not _DONE_TO_THEM.search(tail.group(0)) else None, head):
        if named is None:
            continue
        core = _without_cues(_without_verbs(named.group(0)))
        if len(_CJK_CHARACTER.findall(core)) >= 2:
            return named.group(0)
    return ""
