"""Context of each statement from any evidence in the text: the document's current year and the section role.

A work report, annual plan or news page rarely says in a metadata field which year its 今年 is; the title
("××县2023年政府工作报告"), a dateline ("发布时间:2024-01-19"), "回顾2023年工作" or "2023年主要预期目标" do.
A statement's role (a review of past results or a set of targets) follows from the section it sits in, which
is announced by headings and lead phrases (``codebook/statement_cues.csv``), not by the document's type.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from plantargets.extract.numbers import parse_numeral, parse_period, year_named_by_period
from plantargets.paths import codebook_rows, phrase_words
from plantargets.pattern_cache import compile_pattern
from plantargets.scanning import could_match, guarded, last_match
from plantargets.text.places import Place, PlaceMention, find_places, is_ancestor
from plantargets.text.segment import HEADING_OF_TARGETS, heading_title, is_a_later_copys_year

# A target met, missed or beaten ("完成了年初确定的主要预期目标", "低于预期目标0.8个百分点"): a result, not targets.
# verbs that say a target was met ("2018年10个民生实事项目全面落实": a report on the year's projects, heldout80 n01)
_ACHIEVEMENT = phrase_words("target_achieved_verb")
# "工作目标明确、措施有力"; "重点民生实事考核自查报告", "…落实情况" (codebook phrase_words target_assessed)
_ASSESSED = compile_pattern(rf"\s*(?:任务|项目)?\s*(?:明确|{_ACHIEVEMENT}|达成|{phrase_words('target_assessed')})")
# "主要目标、主要任务和重大工程项目实现“时间过半、任务过半”": the cue is the subject of a verb of achievement in
# its clause, not a heading ("主要目标是实现…" states targets)
_ACHIEVED_LATER = compile_pattern(rf"(?![是为::])[^,,;;。::是为]{{0,20}}?(?:{_ACHIEVEMENT}|达到)")
_MEETING = compile_pattern(phrase_words("meeting_noun"))  # "重点工作新闻发布会": a meeting's name, not a section
_INSTITUTION = compile_pattern(phrase_words("institution_noun"))  # "重点工作制度": a working system's name, not a section
# "目前进度:", "进展情况:" opening a sentence of a report on tasks: what was done on the task above it
_PROGRESS_LABEL = compile_pattern(rf"\s*(?:{phrase_words('progress_label')})")
_MEETING_BEFORE = compile_pattern(phrase_words("meeting_before_cue"))  # "会议的主要任务是…": a meeting's agenda
_MEANS_BEFORE = compile_pattern(phrase_words("means_before_cue"))  # "通过实施民生实事项目,…取得明显成效": a means, done
# "围绕…战略发展目标,": a goal the work pursued, no section of targets
_GOAL_PURSUED_BEFORE = compile_pattern(rf"(?:{phrase_words('goal_pursuing_verb')})[^,,;;。::]{{0,24}}$")
_TARGETS_LISTED_AFTER = compile_pattern(phrase_words("targets_listed_after"))  # "…的主要目标是:…": the targets follow
_STATE_TAKEN_INTO_ACCOUNT = compile_pattern(phrase_words("state_taken_into_account"))  # "结合电网现状,": a task's premise
# 新的一年 heads the year's plans only where its sentence goes on to commit ("新的一年,…将…"; not "迎来新的一年")
_SECTION_CUE_NEEDING_COMMITMENT = compile_pattern(phrase_words("section_cue_needing_commitment"))
_COMMITMENT_AFTER_NEW_YEAR = compile_pattern(
    f"{phrase_words('paragraph_commitment')}|{phrase_words('commitment_after_new_year')}")
_COMMITTED_AFTER = compile_pattern(phrase_words("commitment_after_review_cue"))  # "这一年,沿河将…": a year still to come
_STATE_OF_ONE_THING = compile_pattern(phrase_words("state_of_one_thing"))  # 现状为: a thing's present state
_STATE_AS_ATTRIBUTE = compile_pattern(phrase_words("state_as_attribute"))  # 现状历史名园: the things that exist
_STRIVEN_TOWARDS = compile_pattern(rf"\s*(?:{phrase_words('goal_striven_towards')})")  # "朝着…奋斗目标前进"
_SCHEDULE_AFTER = compile_pattern(phrase_words("schedule_after_part_of_year"))  # "一季度开工,": when work starts
_COMMITTED_BEFORE = compile_pattern(phrase_words("commitment_before_part_of_year"))  # "力争上半年…": when a target is due
_MEETING_AFTER = compile_pattern(phrase_words("meeting_after_part_of_year"))  # "一季度…集中开工动员大会": a meeting's name
_PARTS_LISTED = compile_pattern(phrase_words("parts_listed"))  # a sentence listing a text's parts: it opens none
_MET = compile_pattern(phrase_words("target_measured_against"))  # "高于预期目标", "与预期目标持平": a result set against a target
_VALUE_NAMED_A_TARGET = compile_pattern(r"\d(?:[%‰倍]|个百分点|[万亿千百]*元)?(?:左右|以上|以内|以下)?的(?:年度|全年)?$")
LEAD = 30  # characters at the start of a sentence or heading in which a section cue counts
ROLES = ("target_section", "review_section", "target_cue", "bound_cue", "actual_cue", "whole_year_cue", "forecast_cue")
_YEAR = r"((?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})"
_DATE_LABEL = r"(?:发布)?(?:时间|日期)"  # 发布日期:, and a portal's bare 时间: or 日期:
_DATELINE = compile_pattern(rf"(?:{_DATE_LABEL})?[::]?\s*((?:19|20)\d{{2}})\s*[-/年.]\s*(\d{{1,2}})\s*[-/月.]\s*(\d{{1,2}})")
_LABELLED_DATE = compile_pattern(_DATE_LABEL)
# "完成时限:2023年12月31日前": a deadline, in the year the page's work is for (no report given late in that year)
_DEADLINE_AFTER = compile_pattern(rf"\s*日?\s*(?:{phrase_words('deadline_after_a_date')})")
# A year named in a page's first line ("武威2021年新建哪些学校?") or a heading, not a period, a span's start or a date.
# Not the end of a span of years (2021—2023年, 2021至2023年); a doubled dash parts a headline ("…出发——2023年…报告解读")
_NOT_A_SPANS_END = r"(?<![\d\-–~至到])(?<!(?<!—)—)"
_TITLE_YEAR = compile_pattern(_NOT_A_SPANS_END + _YEAR + r"\s*年(?![\d\s]*[\-—–~至到月]|以来|前|远景)")
# 去年 earlier in the sentence of a year named ("去年…启动了“三年行动计划”,从2011年开始"): that year is last year
_LAST_YEAR_EARLIER_IN_THE_SENTENCE = compile_pattern(r"去年[^。!?!?\n]*$")
# A year said to be over just before it ("过去的2013年", "刚刚过去的2013年"): the year before the page's
_YEAR_GONE_BY_BEFORE = compile_pattern(rf"(?:{phrase_words('year_gone_by')})\s*$")
# A paragraph that reports work done (建成了, 完成了, 超额完成) or ranks a result (增速居全省第4位), within its next 80
# characters
_DONE_IN_ITS_PARAGRAPH = compile_pattern(rf"[^\n]*?(?:建成了|完成了|实现了|取得了|新增了|超额完成|{phrase_words('result_rank')})")
# A later sentence of the paragraph that opens on 今年 and commits ("2023年,全省新改建农村公路14759公里…。今年,…全省将
# 新改建…", heldout512 n02): the year named before it, in a sentence of figures that commits to nothing, is done
_THIS_YEAR_COMMITS = r"今年[,,]?[^\n。]*?(?:将|计划|力争|确保|争取)"
_THIS_YEAR_COMMITS_ANYWHERE = compile_pattern(_THIS_YEAR_COMMITS)
_THIS_YEAR_COMMITS_LATER_IN_ITS_PARAGRAPH = compile_pattern(r"([^\n。]*。)[^\n]*?(?<=[。;])[ \t\u3000]*" + _THIS_YEAR_COMMITS)
# ... or a later paragraph that opens on 今年, after a short lead ("据了解,今年,我省将持续推进…", heldout658 n06)
_THIS_YEAR_COMMITS_IN_A_LATER_PARAGRAPH = compile_pattern(r"([^\n。]*。)[^\n]*\n(?:[^\n]*\n)*?[ \t\u3000]*"
                                                          r"(?:[^\n,,。]{1,6}[,,])?" + _THIS_YEAR_COMMITS)
# A year that is its clause's time ("2024年,全省完成人工造林27.2万亩"), not a name's part nor a part of the year
# (2024年上半年): the only year a later paragraph's 今年 reports done
_YEAR_OPENS_ITS_CLAUSE = compile_pattern(r"[,,]")
_SENTENCE_MARKS = "。!?\n"  # the ends of a sentence or its line
_SENTENCE_OR_LINE_END = compile_pattern(f"[{_SENTENCE_MARKS}]")
# A year compared with (比2015年, 较2015年, 同2015年相比) or a change starts from (由2020年第34位), not one the page speaks of
_COMPARED_YEAR = compile_pattern(r"(?:比|较|同|与|由)\s*$")
# A news column's tag in the title: "【广东2023】…", "[2024两会]…".
_BRACKETED_YEAR = compile_pattern(r"[【\[]\D{0,8}?((?:19|20)\d{2})\D{0,8}?[】\]]")
# A report's delivery line written in Chinese digits ("——二〇二三年一月五日在县第十八届人民代表大会…").
_CHINESE_DATELINE = compile_pattern(r"([〇○零一二][〇○零一二三四五六七八九]{3})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                                    r"\s*([一二三四五六七八九十]{1,3})\s*日")
# A dateline with the year last and its time ("14.05.2015  10:47", pages of one news aggregator; "时间:03/08/2012
# 13:09:00", a portal's): group 1 the year (read ahead), 2 the month, as in _DATELINE, read day first (a month read
# from a month-first date may be wrong; its year is not)
_DAY_FIRST_DATELINE = compile_pattern(rf"(?:(?m:^)[ \t\u3000]*|{_DATE_LABEL}[::]\s*)"
                                      r"(?=\d{1,2}(?:\.\d{1,2}\.|/\d{1,2}/)((?:19|20)\d{2})[ \t\u3000]+\d{1,2}:\d{2})"
                                      r"\d{1,2}[./](\d{1,2})[./]\d{4}")
# The same matches, without trying a whole pattern at every character of a document's head (scanning.py).
_DATELINE, _TITLE_YEAR = guarded(_DATELINE), guarded(_TITLE_YEAR)
_FIRST_SENTENCE_END = compile_pattern(r"[。!?;]")
# A headline opening on a year with no 年 before its words ("2011大连市政府公布为民办实事15件", heldout376 n06)
_BARE_TITLE_YEAR = compile_pattern(r"\s*((?:19|20)\d{2})(?=[\u4e00-\u9fff])(?!年)")
# a year run into the report it names, anywhere in a headline ("沈阳市政府工作安排2010政府工作报告": a copy site's)
_YEAR_RUN_INTO_A_REPORT = compile_pattern(r"(?<!\d)((?:19|20)\d{2})(?=政府工作报告)")
_WORDS = compile_pattern(r"[\u4e00-\u9fff\d]")


def _bare_title_year(line: str) -> re.Match | None:
    """The year a headline opens on with no 年, unless the headline names a review ("2024工作回顾": the year before
    the page's, heldout250 n05); else a year run into the government work report it names (…2010政府工作报告)."""
    bare = _BARE_TITLE_YEAR.match(line)
    if bare is None:
        return _YEAR_RUN_INTO_A_REPORT.search(line)
    return None if cue_pattern("review_section").search(line) else bare


def _first_line_of_words(text: str) -> str:
    """A page's first line that holds a word or a digit, past lines of page furniture a scrape left ("|")."""
    return next((line for line in text.split("\n") if _WORDS.search(line)), "")


# This year, or a season of it ("今秋亳州市区新投用公办学校51所": the autumn term that opened, heldout111 n07)
_THIS_YEAR_OR_SEASON = compile_pattern(r"今(?:年|春|夏|秋|冬)")
_RESULT_HEADING_ENDING = compile_pattern(rf"(?:{phrase_words('result_heading_ending')})[。.]?\s*$")  # …显著增强。
# a commitment in the sentence, then 比/较 just before the year: "力争落实和完成水利投资比2011年增加30%以上"
_COMPARED_IN_A_COMMITMENT = compile_pattern(rf"(?:{phrase_words('paragraph_commitment')})[^。!?\n]*?[比较]\s*$")
_ARRANGED_FOR = compile_pattern(r"(?:安排|谋划|部署)\s*$")  # "初步安排2017年…": a year whose work is being arranged
# "在2008年实际完成的基础上,再增加25%": a year named as the base this year's plans build on
_BASE_OF_THIS_YEARS_PLANS = compile_pattern(r"[^,,。;;\n\d]{0,12}?的?基础上")
_TARGET_AFTER_TITLE_YEAR = compile_pattern(r"(?:提升|提高|增加|增长)(?:至|到)")
# the word before a year that, with _BASE_OF_THIS_YEARS_PLANS after it, makes it the base a plan builds on
_BASE_YEAR_LEAD = compile_pattern(rf"(?:{phrase_words('base_year_lead')})\s*$")
_HORIZON_BEFORE_TITLE_YEAR = compile_pattern(r"(?:力争|计划|预计|将|到)\s*(?:19|20)?\d{0,2}$")  # 力争2020年: a horizon
_WORK_REPORT_WORDS = phrase_words("work_report_word")


def _sets_next_years_targets(text: str, year: int) -> bool:
    """Whether a text dated late in ``year`` sets the next year's targets: it is a work report (or news of one), or
    it names expected targets and the next year ("明年", "2019年"); "今年…将达到2300亿元,提前两年实现预期目标" in a
    December news item is the year's own results (heldout37 n05)."""
    if re.search(_WORK_REPORT_WORDS, text):
        return True
    return "预期目标" in text and ("明年" in text or f"{year + 1}年" in text)


@lru_cache(maxsize=None)
def load_cues() -> dict[str, tuple[str, ...]]:
    """Cue words by role, longest first, from ``codebook/statement_cues.csv``."""
    cues: dict[str, list[str]] = {role: [] for role in ROLES}
    for row in codebook_rows("statement_cues.csv"):
        if row["role"] not in cues:
            raise ValueError(f"statement_cues.csv: unknown role {row['role']!r} for {row['cue']!r}")
        cues[row["role"]].append(row["cue"])
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in cues.items()}


@lru_cache(maxsize=None)
def cue_pattern(role: str) -> re.Pattern[str]:
    """The cues of one role as an alternation; a cue inside a longer word that holds it (目前 in 项目前期, codebook
    phrase_words word_holding_a_cue) is no cue."""
    holders = [row["pattern"] for row in codebook_rows("phrase_words.csv") if row["role"] == "word_holding_a_cue"]

    def guarded_cue(cue: str) -> str:
        guards = "".join(f"(?!(?<={re.escape(word[:at])}){re.escape(word[at:])})" if at else f"(?!{re.escape(word)})"
                         for word in holders if (at := word.find(cue)) >= 0)
        return guards + re.escape(cue)

    return compile_pattern("|".join(guarded_cue(c) for c in load_cues()[role]))


def _year_value(text: str) -> int:
    return int(parse_numeral(text.replace("○", "〇")))


@dataclass(frozen=True)
class CurrentYear:
    year: int
    evidence: str  # what the year was read from, for the year_inferred note
    stated: bool = False  # read from the words of codebook/year_evidence.csv (not a date nor a title line's year)


@dataclass(frozen=True)
class YearEvidence:
    """A phrase that tells which year a document speaks in (``codebook/year_evidence.csv``)."""

    pattern: re.Pattern[str]  # group 1 is the year; an optional group ``span`` adds N years
    shift: int  # added to the year found: 回顾2022年 speaks in 2023
    requires: re.Pattern[str] | None  # the document must also say this
    evidence: str

    def year_of(self, match: re.Match) -> int:
        span = match.groupdict().get("span")
        return _year_value(match.group(1)) + self.shift + (int(parse_numeral(span)) if span else 0)


@lru_cache(maxsize=None)
def load_year_evidence(gives: str) -> tuple[YearEvidence, ...]:
    """The evidence rows for ``gives`` (current_year, current_year_fallback or results_year), strongest first."""
    return tuple(
        YearEvidence(guarded(compile_pattern(row["pattern"].replace("{year}", _EVIDENCE_YEAR))), int(row["shift"]),
                     compile_pattern(row["requires"]) if row["requires"] else None, row["evidence"])
        for row in codebook_rows("year_evidence.csv") if row["gives"] == gives
    )


# A year of evidence is not a period's end (2018—2020年, 到2025年) and lies within the plans this library reads.
_EVIDENCE_YEAR = _NOT_A_SPANS_END + _YEAR
PLAUSIBLE_YEARS = range(1990, 2041)


# A year a project starts or comes into use ("预计2025年开工,2027年将投入使用"): a date of the project, not the page's
# year (codebook phrase_words in_use_verb, and the words that start a project)
_PROJECT_MILESTONE = compile_pattern(rf"\s*年?\s*(?:底|末)?\s*(?:将|正式)?\s*(?:{phrase_words('in_use_verb')}|开工|动工)")

# A page whose evidence of its own year names this many years or more names a plan's milestones instead
MILESTONE_YEARS = 3


def _latest_evidence(text: str, gives: str) -> tuple[int, YearEvidence, re.Match] | None:
    """The first kind of evidence the text holds; of its matches, the one naming the latest year
    ("2022年计划执行情况与2023年计划草案": the latest year named is the current one). Evidence of the current year
    that names MILESTONE_YEARS years or more is passed over."""
    for evidence in load_year_evidence(gives):
        if evidence.requires and not evidence.requires.search(text):
            continue
        if not could_match(evidence.pattern, text):
            continue  # a string it needs is missing: no scan of the head
        found = [m for m in evidence.pattern.finditer(text) if evidence.year_of(m) in PLAUSIBLE_YEARS
                 and not (gives == "current_year" and _PROJECT_MILESTONE.match(text, m.end(1)))]
        if gives == "current_year" and len({evidence.year_of(m) for m in found}) >= MILESTONE_YEARS:
            continue  # "2012年目标。…2015年目标。…2020年目标。": a plan's milestones, none of them the page's year
        if found:
            best = max(found, key=evidence.year_of)
            return evidence.year_of(best), evidence, best
    return None


def infer_results_year(text: str, current_year: int | None = None, title: str = "") -> int | None:
    """The year whose results a bulletin, execution report or work report's review gives, from its own words (its
    title first: a title broken over two lines, 2019年国民经济 / 和社会发展统计公报, is one in ``title``); else, for a
    work report (or news of one) of a known year, the year before; else, for a page of a known year that opens a line
    on the year so far (今年以来), that year."""
    return results_year_and_whether_stated(text, current_year, title)[0]


def results_year_and_whether_stated(text: str, current_year: int | None = None,
                                    title: str = "") -> tuple[int | None, bool]:
    """infer_results_year's year, and whether the text's words gave it (not only a work report's year before)."""
    found = _latest_evidence(f"{title}\n{text}" if title else text, "results_year")
    if found:
        year, evidence, _match = found
        if evidence.shift and current_year and year - evidence.shift == current_year - 1:
            # "2010年政府工作报告" given on 2011年1月13日: the title names the year whose work it reviews
            return current_year - 1, True
        return year, True
    if current_year and re.search(_WORK_REPORT_WORDS, text):
        return current_year - 1, False
    if current_year and _YEAR_SO_FAR_OPENING.search(text, 0, YEAR_SO_FAR_OPENING_WITHIN):
        return current_year, False  # "今年以来,我局…。一、主要指标完成情况": the year so far, reviewed
    return None, False


# A line of a page's opening characters that starts on the year so far (今年以来: codebook year_so_far_opening)
YEAR_SO_FAR_OPENING_WITHIN = 400
_YEAR_SO_FAR_OPENING = compile_pattern(rf"(?m)^[ \t\u3000]*(?:{phrase_words('year_so_far_opening')})")


def _done_in_its_paragraph(text: str, year: re.Match) -> bool:
    """Whether the paragraph of a year an undated page names reports it done: a result word soon after it, or its
    sentence gives figures and commits to nothing while a later sentence or paragraph opens on 今年 and commits."""
    if _DONE_IN_ITS_PARAGRAPH.match(text, year.end(), year.end() + 80):
        return True
    later = _THIS_YEAR_COMMITS_LATER_IN_ITS_PARAGRAPH.match(text, year.end())
    if not later and _YEAR_OPENS_ITS_CLAUSE.match(text, year.end()):  # "2024年,全省完成…", not "2024年上半年,"
        later = _THIS_YEAR_COMMITS_IN_A_LATER_PARAGRAPH.match(text, year.end())
    return bool(later) and any(ch.isdigit() for ch in later.group(1)) \
        and cue_pattern("target_cue").search(later.group(1)) is None


def _commits_in_its_sentence(text: str, year: re.Match) -> bool:
    """Whether the sentence that names a year commits (a target cue before or after it: "2025年,全省将…",
    "四川将在今年10月底前…推出100项…,2020年再推出100项")."""
    start = max(text.rfind(mark, 0, year.start()) for mark in _SENTENCE_MARKS) + 1
    end = _SENTENCE_OR_LINE_END.search(text, year.end())
    return cue_pattern("target_cue").search(text, start, end.start() if end else len(text)) is not None


def _opening_year_done(text: str, first_line: str, year: re.Match) -> CurrentYear | None:
    """The year after the one a page's first line names, when that line is a sentence of its results, not a
    headline, and the page's 今年 then commits ("2023年,我市完成水土流失治理面积64.95平方公里…。据了解,今年我市…将完成…
    35平方公里"): the page speaks in the year after the one it reports."""
    start = text.find(first_line)
    if start < 0 or not _THIS_YEAR_COMMITS_ANYWHERE.search(text, start + year.end()):
        return None
    in_text = _TITLE_YEAR.match(text, start + year.start())
    if in_text is None or text[start:in_text.start()].strip():
        return None  # (the year must open the page's first line: "2014年福建完成造林绿化面积163.9万亩,…")
    sentence = _FIRST_SENTENCE_END.split(text[in_text.end():], maxsplit=1)[0]
    if not (_done_in_its_paragraph(text, in_text) or any(ch.isdigit() for ch in sentence)
            and cue_pattern("target_cue").search(sentence) is None):
        return None
    return CurrentYear(_year_value(year.group(1)) + 1, "the year after the one the page's opening sentence reports done "
                                                       f"({year.group(0)!r}), before its 今年 commits")


def plans_after_its_results(current: CurrentYear | None, results_year: int | None, results_stated: bool) -> bool:
    """Whether a page's own words name the year it plans and, in a phrase of results, an earlier year whose results
    it gives ("2007年…计划执行情况与2008年…计划草案"): a value it dates to the planned year is then planned. The year
    of a title line or a dateline says when a page speaks, not what it plans."""
    return bool(current and current.stated and results_stated and results_year and results_year < current.year)


def infer_current_year(text: str, issued_date: str = "", foot: str = "", title: str = "") -> CurrentYear | None:
    """The year a document's 今年 refers to, from its own words (``text``, its head, and ``foot``, its last
    lines, and ``title``, the title line found below a portal's furniture); None when nothing says."""
    if issued_date:
        year = int(issued_date[:4])
        month = int(issued_date[5:7]) if re.match(r"\d{4}-\d{2}", issued_date) else 0
        if month >= 11 and _sets_next_years_targets(text, year) and not _year_of_a_congress_session(text):
            # "工作报告(2021年12月12日) … 在…第十七届人民代表大会第一次会议上": a new congress's report of December
            return CurrentYear(year + 1, f"document date {issued_date} (a report given late in the year)")
        return CurrentYear(year, f"document date {issued_date}")
    text = without_closing_links(text)
    found = _latest_evidence(text, "current_year")
    if found:
        year, evidence, match = found
        return CurrentYear(year, f"{evidence.evidence}: {match.group(0)[:30]!r}", stated=True)
    named = year_named_by_period(text)
    if named:  # "今年是“十五五”开局起步之年"
        return CurrentYear(named[0], f"the year's place in its five-year plan: {named[1][:30]!r}")
    after_congress = _year_after_a_congress(text)
    if after_congress:  # "今年是全面贯彻落实党的十八大精神的开局之年"
        return after_congress
    congress_held = _year_of_a_congress_held(text)
    if congress_held:  # "今年是党的二十大召开之年"
        return congress_held
    awaited = _year_of_a_congress_awaited(text)
    if awaited:  # "以优异成绩迎接党的十九大胜利召开"
        return awaited
    # (prose after 。 is no title)
    first_line = _FIRST_SENTENCE_END.split((title or _first_line_of_words(text))[:80], maxsplit=1)[0]
    title_year = _TITLE_YEAR.search(first_line) or _BRACKETED_YEAR.search(first_line) or _bare_title_year(first_line)
    if title_year and _TARGET_AFTER_TITLE_YEAR.search(first_line, title_year.end()):
        title_year = None  # "2020年全国学前三年毛入园率提升至85%": a headline's target year, not the page's
    if title_year and _YEAR_GONE_BY_BEFORE.search(first_line, max(0, title_year.start() - 6), title_year.start()):
        title_year = None  # "去的2013年,擁堵、治水…" (heldout528 n08 run into one line): a year named as over
    if title_year and _BASE_OF_THIS_YEARS_PLANS.match(first_line, title_year.end()) \
            and _BASE_YEAR_LEAD.search(first_line, max(0, title_year.start() - 4), title_year.start()):
        # (heldout1310 n06, a page run into one line: 在 + the year + …基础上, as an undated page's one year below)
        return CurrentYear(_year_value(title_year.group(1)) + 1, f"the year after the base its first line builds on "
                                                                 f"({title_year.group(0)!r})")
    lead_session = _year_of_a_congress_session(first_line) if title_year else None
    if lead_session:  # "1月15日…开幕的广东省十四届人大三次会议上,…预计2024年该省GDP迈上14万亿元": a news lead, its
        return lead_session  # year the session's, not the year of the results it estimates
    dateline = _own_dateline(text)
    if title_year and dateline and _year_value(dateline.group(1)) < _year_value(title_year.group(1)) \
            and _HORIZON_BEFORE_TITLE_YEAR.search(first_line, 0, title_year.start()):
        title_year = None  # "湖北力争2020年旅游业带动…" over "22.03.2018": a headline's horizon, the page of its dateline
    if title_year and dateline and _year_value(dateline.group(1)) > _year_value(title_year.group(1)) \
            and any(ch.isdigit() for ch in first_line[title_year.end():]):  # a figure: what that year came to
        title_year = None  # "…出炉:2025年北京市地区生产总值5.2万亿元" over "2026-01-26": a headline of the past year's results
    if title_year and not title and not dateline:
        opening = _opening_year_done(text, first_line, title_year)
        if opening:
            return opening
    if title_year:
        return CurrentYear(_year_value(title_year.group(1)), f"the year in the title line: {title_year.group(0)!r}")
    if dateline:
        return _year_of_a_date(text, dateline, "dateline")
    dated = _foot_date(foot)
    if dated:  # "本文由…编辑部整理发布 / 2019/09/17" (heldout84 n02); a notice's signature date
        return _year_of_a_date(text, dated, "date at the page's foot")
    session = _year_of_a_congress_session(text)
    if session:  # "山东省十三届人大二次会议在济南开幕"
        return session
    found = _latest_evidence(text, "current_year_fallback")
    if found:
        year, evidence, match = found
        return CurrentYear(year, f"{evidence.evidence}: {match.group(0)[:30]!r}")
    guided = _year_guided_by_a_plenum(text)
    if guided:  # "全面贯彻党的十九大和十九届二中、三中、四中全会精神" in a report whose years are masked
        return guided
    this_year = _THIS_YEAR_OR_SEASON.search(text)
    if this_year:  # "大连今年18项重点民生工程…" on a page whose only year is "2016年“18项重点民生工程”"
        named = [m for m in _TITLE_YEAR.finditer(text) if not _COMPARED_YEAR.search(text, 0, m.start())]
        if len({_year_value(m.group(1)) for m in named}) == 1:
            year = _year_value(named[0].group(1))
            done = [_done_in_its_paragraph(text, m) for m in named]
            if all(done) or any(done) and not any(_commits_in_its_sentence(text, m) for m in named):
                # "今年,我省全年将新建…。据了解,2013年,我省…建成了440所…": the one year named is last year's results
                # (where it is named again, not in a sentence that commits: "2024年,苏州的…数量继续保持全国第一")
                return CurrentYear(year + 1, f"the year after the one year an undated page that speaks of {this_year.group(0)} names as done")
            if all(_YEAR_GONE_BY_BEFORE.search(text, max(0, m.start() - 6), m.start()) for m in named):
                # "去的2013年,擁堵、治水…成為杭城市民最為關注的三件事情…。今年,杭州承諾的…十件實事" (heldout528 n08)
                return CurrentYear(year + 1, "the year after the one year an undated page that speaks of "
                                             f"{this_year.group(0)} names as over")
            if all(_LAST_YEAR_EARLIER_IN_THE_SENTENCE.search(text, max(0, m.start() - 40), m.start()) for m in named):
                # "去年北京市启动了…“三年行动计划”,从2011年开始的三年时间内,…" (heldout488 n03): the one year named
                # is the 去年 of its own sentence
                return CurrentYear(year + 1, "the year after the one year an undated page that speaks of "
                                             f"{this_year.group(0)} names as 去年")
            if all(_BASE_OF_THIS_YEARS_PLANS.match(text, m.end()) for m in named):
                # "今年新疆确定…增长25%,据此,…在2008年实际完成的基础上,再增加25%" (heldout566 n02): the one year named is
                # the base of this year's plans, the year before
                return CurrentYear(year + 1, "the year after the one year an undated page that speaks of "
                                             f"{this_year.group(0)} names as the base of its plans")
            if all(_ARRANGED_FOR.search(text, max(0, m.start() - 6), m.start()) for m in named):
                # "今年,…全年共安排盟级重点项目190项。…初步安排2017年盟级重点项目158项" (heldout117 n08): the one year
                # named is the next one, whose projects are being arranged
                return CurrentYear(year - 1, f"the year before the one year an undated page that speaks of {this_year.group(0)} arranges for")
            return CurrentYear(year, f"the one year an undated page that speaks of {this_year.group(0)} names")
        compared = set() if named else {_year_value(m.group(1)) for m in _TITLE_YEAR.finditer(text)
                                        if _COMPARED_IN_A_COMMITMENT.search(text, max(0, m.start() - 40), m.start())}
        if len(compared) == 1:
            # "今年全年…投资将至少完成115亿元…力争…比2011年增加30%以上" (heldout594 n01): the one year the page names, only
            # to compare with, is the year before its 今年
            return CurrentYear(compared.pop() + 1, "the year after the one year an undated page that speaks of "
                                                   f"{this_year.group(0)} compares with")
    return None


def _year_of_a_date(text: str, date: re.Match, label: str) -> CurrentYear:
    """The year a page's date (its dateline, or a date at its foot) makes its 今年: a report delivered in November or
    December sets the next year's targets, unless the page reports a congress session of the date's year (provincial
    congresses meet early in the year: a later re-post)."""
    year, month = _year_value(date.group(1)), int(parse_numeral(date.group(2)))
    if month >= 11 and _sets_next_years_targets(text, year) and not _DEADLINE_AFTER.match(text, date.end()):
        session = _year_of_a_congress_session(text)
        if session and session.year == year:
            return session
        return CurrentYear(year + 1, f"{label} {date.group(0).strip()} (a report given late in the year)")
    return CurrentYear(year, f"{label} {date.group(0).strip()}")


@lru_cache(maxsize=1)
def _congresses() -> tuple[str, dict[str, int]]:
    """The National Congresses of the CPC (codebook/party_congresses.csv): their names as an alternation, longest
    first, and the year each was held."""
    held = {row["name"]: int(row["year_held"]) for row in codebook_rows("party_congresses.csv")}
    return "|".join(sorted(held, key=len, reverse=True)), held


@lru_cache(maxsize=1)
def _congress_opening_year() -> tuple[re.Pattern[str], dict[str, int]]:
    """"今年是…党的十八大精神的开局之年": the year after a National Congress of the CPC (codebook/party_congresses.csv)."""
    names, held = _congresses()
    return compile_pattern(rf"(?:今年|本年)[^。;!?\n]{{0,30}}?(?P<name>{names})(?:精神)?的?开局之年"), held


@lru_cache(maxsize=1)
def _congress_held_year() -> re.Pattern[str]:
    """"今年是党的二十大召开之年": the year a National Congress of the CPC is held (codebook/party_congresses.csv)."""
    names, _ = _congresses()
    return compile_pattern(rf"(?:今年|本年)[^。;!?\n]{{0,30}}?(?P<name>{names})(?:胜利|勝利)?召[开開]之年")


_CN_SMALL_NUMBER = "一二三四五六七八九十"


@lru_cache(maxsize=1)
def _congress_sessions() -> tuple[re.Pattern[str], dict[tuple[str, str], tuple[int, bool]]]:
    """The sessions of the national and provincial people's congresses (codebook/provincial_congresses.csv):
    "山东省十三届人大二次会议", "北京市第十五届人民代表大会第五次会议", "十三届全国人大二次会议"; and each
    (place name, term) with its first session's year and whether an extra session was seen in it."""
    terms = {}
    for row in codebook_rows("provincial_congresses.csv"):
        for name in row["name_patterns"].split("|"):
            terms[(name, row["term"])] = (int(row["first_session_year"]), row["extra_session_seen"] == "yes")
    place = "|".join(sorted({name for name, _ in terms if name != "全国"}, key=lambda name: (-len(name), name)))
    congress = rf"(?:{phrase_words('congress_word')})"
    # guarded: it begins with alternatives, one of them an optional 第, so re would try it at every character
    pattern = guarded(compile_pattern(
        rf"(?:(?:(?P<place>{place})(?:省|市|自治区)?|(?P<province_word>省|自治区))\s*第?(?P<term>[{_CN_SMALL_NUMBER}]+)届{congress}"
        rf"|第?(?P<national_term>[{_CN_SMALL_NUMBER}]+)届全国{congress})"
        rf"\s*第?(?P<session>[{_CN_SMALL_NUMBER}]+)次(?:全体)?会议(?={phrase_words('session_held')})"))
    return pattern, terms


@lru_cache(maxsize=1)
def _province_names() -> re.Pattern[str]:
    """The provinces' names of codebook/provincial_congresses.csv (河北省, 河北, 广西壮族自治区 …)."""
    _, terms = _congress_sessions()
    return compile_pattern("|".join(sorted({name for name, _ in terms if name != "全国"}, key=lambda name: (-len(name), name))))


MAX_TERMS_AWAY = 2  # congress terms have been five years long since the 1990s; further back they varied


def _term_from_a_neighbour(terms: dict[tuple[str, str], tuple[int, bool]], place: str,
                           term: str) -> tuple[int, bool] | None:
    """A term the codebook does not list, from the nearest listed term of the same congress (at most
    MAX_TERMS_AWAY terms away, five years a term): 广东省第十一届 (2008) from its 十二届 (2013). A listed term
    that held an extra session dates nothing, nor does one derived from it."""
    number = int(parse_numeral(term))
    nearest = None
    for (name, listed), (first_year, extra) in terms.items():
        if name != place:
            continue
        away = int(parse_numeral(listed)) - number
        if 0 < abs(away) <= MAX_TERMS_AWAY and (nearest is None or abs(away) < abs(nearest[0])):
            nearest = (away, first_year, extra)
    if nearest is None:
        return None
    away, first_year, extra = nearest
    return first_year - 5 * away, extra


def _year_of_a_congress_session(text: str) -> CurrentYear | None:
    """The year of the latest session of a people's congress the text names (a report is given at a session and
    cites earlier ones): its term's first year plus the session's number less one, within the term's five years.
    Terms that held an extra session (codebook column extra_session_seen) date nothing."""
    if "届" not in text:
        return None
    pattern, terms = _congress_sessions()
    best = None
    for match in pattern.finditer(text):
        place = match.group("place") or ("全国" if match.group("national_term") else None)
        if place is None:  # "河北省长张庆伟在省十二届人大二次会议上": the province the text named before
            named = None
            for named in _province_names().finditer(text, 0, match.start()):
                pass
            if named is None:
                continue
            place = named.group(0)
        term = match.group("term") or match.group("national_term")
        found = terms.get((place, term)) or _term_from_a_neighbour(terms, place, term)
        if found is None or found[1]:
            continue
        first_year, _ = found
        year = first_year + min(int(parse_numeral(match.group("session"))) - 1, 4)
        if best is None or year > best[0]:
            best = (year, match.group(0))
    if best is None:
        return None
    return CurrentYear(best[0], f"the session of a people's congress (codebook/provincial_congresses.csv): {best[1][:30]!r}")


def _year_after_a_congress(text: str) -> CurrentYear | None:
    pattern, held = _congress_opening_year()
    match = pattern.search(text) if "开局之年" in text else None
    if match is None:
        return None
    return CurrentYear(held[match.group("name")] + 1, f"the year after the party congress: {match.group(0)[:30]!r}")


@lru_cache(maxsize=1)
def _plenums() -> tuple[re.Pattern[str], dict[tuple[str, int], tuple[int, int]]]:
    """"十九届二中、三中、四中全会精神": the plenums of a Central Committee a text cites as its guidance, and each
    (term, plenum) with the year and month it met (codebook/central_committee_plenums.csv)."""
    held = {(row["term"], int(row["plenum"])): (int(row["year_held"]), int(row["month_held"]))
            for row in codebook_rows("central_committee_plenums.csv")}
    terms = "|".join(sorted({term for term, _ in held}, key=lambda term: (-len(term), term)))
    return compile_pattern(rf"(?P<term>{terms})届(?P<plenums>(?:[一二三四五六七]中?[、和及与]?)*[一二三四五六七])中全会(?:的)?精神"), held


# a year a commitment names ("力争2010年实现地区生产总值200亿元"): one still to come where the page speaks
_YEAR_COMMITTED_TO = compile_pattern(rf"(?:{phrase_words('commitment')})\s*" + _TITLE_YEAR.pattern)


def _year_guided_by_a_plenum(text: str) -> CurrentYear | None:
    """A page that names no year of its own but takes the latest plenum it cites as guidance (十九届四中全会精神,
    October 2019) is of the year after an autumn plenum, or of a spring plenum's own year; a work report, given
    early in the year, is of the year after any plenum it cites. A page that commits to the autumn plenum's own year
    (力争2010年实现…) and not to the next speaks in that year."""
    pattern, held = _plenums()
    latest = None
    for match in pattern.finditer(text) if "全会" in text else ():
        for numeral in re.findall("[一二三四五六七]", match.group("plenums")):
            met = held.get((match.group("term"), int(parse_numeral(numeral))))
            if met and (latest is None or met > latest[0]):
                latest = (met, match)
    if latest is None:
        return None
    (year, month), match = latest
    report = re.search(_WORK_REPORT_WORDS, text) is not None
    after = 1 if month >= 7 or report else 0
    committed = {_year_value(found.group(1)) for found in _YEAR_COMMITTED_TO.finditer(text)} \
        if after and not report else set()
    if year in committed and year + 1 not in committed:
        after = 0  # "…十七届五中全会精神…力争2010年实现…" (heldout1094 n07)
    return CurrentYear(year + after, f"the latest plenum a page names no year of its own cites as guidance "
                                     f"({year}-{month:02d}): {match.group(0)[:30]!r}")


@lru_cache(maxsize=1)
def _congress_awaited() -> re.Pattern[str]:
    """"迎接党的十九大胜利召开": a text written in the year of a National Congress of the CPC, before it meets."""
    names, _ = _congresses()
    return compile_pattern(rf"迎接(?:党的)?(?P<name>{names})(?:的)?(?:胜利)?召开")


def _year_of_a_congress(text: str, pattern: re.Pattern[str], cue: str, how: str) -> CurrentYear | None:
    """The year of the party congress a text names as awaited or as held in its own year: the congress's year."""
    match = pattern.search(text) if cue in text else None
    if match is None:
        return None
    _, held = _congresses()
    return CurrentYear(held[match.group("name")], f"the year of the party congress {how}: {match.group(0)[:30]!r}")


def _year_of_a_congress_awaited(text: str) -> CurrentYear | None:
    return _year_of_a_congress(text, _congress_awaited(), "迎接", "it awaits")


def _year_of_a_congress_held(text: str) -> CurrentYear | None:
    """今年是党的十九大胜利召开之年: a page written in the year the congress is held."""
    return _year_of_a_congress(text, _congress_held_year(), "之年", "held")


_TIME_AFTER_A_DATE = compile_pattern(r"\s*日?\s*\d{1,2}\s*(?:[::]\s*\d{2}|时)")  # 2013-12-26 15:25, 2016年02月25日 07时15分


def _dateline(text: str) -> re.Match | None:
    """A page's dateline near its top ("发布时间:2024-01-19", "2013-12-26 15:25", "14.05.2015  10:47"), with a month
    that is one."""
    head = text[:600]
    links = _LINKS_LIST_HEADING.search(head)
    head = head[:links.start()] if links else head  # not the date of a related page
    dates = [m for m in _DATELINE.finditer(head) if _one_kind_of_separator(m) and not _is_the_epoch(m)
             and not _an_event_in_prose(m)]
    # a labelled date ("发布日期:2018-01-09"), else one stamped with its time ("2016年02月25日 07时15分"), before a bare
    # one (a site's date of the day it was captured at the top)
    dateline = next((m for m in dates if _LABELLED_DATE.match(m.group(0))), None) \
        or next((m for m in dates if _TIME_AFTER_A_DATE.match(head, m.end())), dates[0] if dates else None) \
        or _CHINESE_DATELINE.search(head) or _DAY_FIRST_DATELINE.search(head)
    return dateline if dateline and 1 <= int(parse_numeral(dateline.group(2))) <= 12 else None


# A dateline at least this many years after every other year a page names, named at least twice, is the date of a
# later copy (an essay site's "时间:2022-07-15" over a county bureau's "2010年1~6月工作总结"), not the year the page
# speaks in; one year named is too little to tell (a news item of 2019 that recalls 2017): segment.py's
# is_a_later_copys_year, which reads a date line of a page's head so too
# a year (2009年以来: a span up to the page's own date), or the end of a span with no 年 (规划(2010-2020))
_NAMED_YEAR = compile_pattern(_YEAR + rf"\s*年(?P<since>{phrase_words('span_to_the_present')})?"
                              r"|(?<=\d[-—–~至到])(?P<span_end>(?:19|20)\d{2})(?!\d)")


@lru_cache(maxsize=1)
def _own_dateline(text: str) -> re.Match | None:
    """A page's dateline, unless it is a later copy's (is_a_later_copys_year, by the other years the page names, not
    compared with: 比2012年): the page then reads as undated, its years taken from what it names."""
    dateline = _dateline(text)
    if dateline is None:
        return None
    named = [m for m in _NAMED_YEAR.finditer(text) if not dateline.start() <= m.start() < dateline.end()
             and not _COMPARED_YEAR.search(text, max(0, m.start() - 2), m.start())]
    later_copy = is_a_later_copys_year(_year_value(dateline.group(1)),
                                       [_year_value(m.group(1) or m.group("span_end")) for m in named],
                                       any(m.group("since") for m in named))
    return None if later_copy else dateline


# A line that is a date and nothing else, perhaps labelled or timed ("2019/09/17", "发布日期:2019-09-17 10:02",
# "二〇一九年九月十七日"): a page's publication date or a notice's signature date at its foot.
_DATE_LINE = compile_pattern(r"(?:(?:发布|更新|成文|印发)?(?:时间|日期)\s*[::]?\s*)?"
                             r"(?:((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?"
                             r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|" + _CHINESE_DATELINE.pattern + ")")
FOOT_LINES = 6  # the last lines of a page in which a date line counts


def _is_the_epoch(date: re.Match) -> bool:
    """Whether a date is 1970-01-01, the Unix epoch: what a site prints for a page whose date it lost, no date."""
    return date.group(1) == "1970" and int(date.group(2)) == 1 and int(date.group(3)) == 1


def _foot_date(foot: str) -> re.Match | None:
    """The one date line among a page's last lines, not under a list of links to other pages ("相关新闻")."""
    lines = [line.strip(" \t\u3000") for line in foot.split("\n")]
    lines = [line for line in lines if line][-FOOT_LINES:]
    if any(_LINKS_LIST_HEADING.search(line) for line in lines):
        return None
    dates = [m for m in map(_DATE_LINE.fullmatch, lines) if m]
    if len(dates) != 1:
        return None
    date = dates[0]
    if date.group(1) is None:  # written in Chinese digits: the same groups, read as numbers
        date = _CHINESE_DATELINE.search(date.group(0))
    if date.group(1)[0].isdigit() and not _one_kind_of_separator(date):
        return None
    return date if 1 <= int(parse_numeral(date.group(2))) <= 12 else None


_DATE_SEPARATORS = (("-", "-"), ("/", "/"), (".", "."), ("年", "月"))


MIN_WORDS_TELLING_A_DATE = 4  # characters of a sentence before a date; "截止2019年12月31日," is an as-of dateline


def _an_event_in_prose(date: re.Match) -> bool:
    """Whether a date is of an event a sentence tells, words before it on its line and a comma after it ("这是一个历史性
    的时刻——2009年6月25日,国务院批准…"), not the page's dateline; an as-of date ("截止2019年12月31日,…") still is."""
    line_start = date.string.rfind("\n", 0, date.start(1)) + 1
    words = re.findall(r"[\u4e00-\u9fff]", date.string[line_start:date.start(1)])
    told = len(words) >= MIN_WORDS_TELLING_A_DATE and not _LABELLED_DATE.match(date.group(0))
    return bool(told) and date.string[date.end():date.end() + 2].lstrip("日").startswith((",", ","))


def _one_kind_of_separator(date: re.Match) -> bool:
    """Whether a date's year, month and day are parted by one kind of separator ("2024-01-19", "2024年1月19"),
    not by a mix ("从2005年2.8万人": a year, then a number)."""
    return tuple(re.findall(r"[-/年.月]", date.string[date.end(1):date.start(3)])) in _DATE_SEPARATORS


# A line heading a list of links to other pages (相关新闻, 推荐阅读: codebook phrase_words links_list_heading).
_LINKS_LIST_HEADING = compile_pattern(rf"(?m)^[ \t\u3000]*(?:{phrase_words('links_list_heading')})[ \t\u3000]*[::]?[ \t\u3000]*$")


MAX_LINK_LINE = 60  # characters of a line in a list of links: one headline of another page
_A_LINE = compile_pattern(r"[^\n]+")


# A line that ends a news article: its editor's name ([责任编辑:linlin], 【编辑:田博群】), on a line of its own or run
# onto the end of the article's last sentence by the capture (heldout1312 n08)
_ARTICLE_END_LINE = compile_pattern(rf"(?m)(?:^|(?<=[。)）]))[ \t\u3000]*(?:{phrase_words('article_end_line')})"
                                    r"[ \t\u3000]*$")


def without_closing_links(text: str) -> str:
    """A page's text up to the list of links to other pages it ends on (推荐阅读, or its editor's line, then one headline
    a line): their years are other pages' (heldout674 n02: a 2020 item over "央视《2022年春节联欢晚会》新闻发布会召开,
    今年春晚…"; heldout690 n06: [责任编辑:linlin] over "2021年辽宁沈阳市大气优良天数315天…")."""
    for end in _ARTICLE_END_LINE.finditer(text):
        if len(text) - end.end() < end.start():  # (an editor's line under the title heads the article, ends nothing)
            text = text[:end.start()]
            break
    links = _closing_links_start(text)
    return text if links is None else text[:links]


def _closing_links_start(text: str) -> int | None:
    """Where the list of links to other pages a page ends on starts, else None: a links heading (相关新闻) or an
    article's end line (its editor's) past the end of the last line longer than a headline, with text after it."""
    # one pass: past the end of the last line longer than a headline there are only headlines
    last_long = max((line.end() for line in _A_LINE.finditer(text)
                     if len(line.group().strip(" \t\u3000")) > MAX_LINK_LINE), default=0)
    starts = (next((found.start() for found in pattern.finditer(text, last_long)
                    if found.start() > 0 and text[found.end():].strip()), None)
              for pattern in (_LINKS_LIST_HEADING, _ARTICLE_END_LINE))
    return min((start for start in starts if start is not None), default=None)


def written_year_and_month(text: str) -> tuple[int, int] | None:
    """The year and month of a page's dateline, else None: a news item of a December session says 明年 for the year
    its report calls 今年, and a page of February speaks of its year before any result of it is in."""
    dateline = _own_dateline(text)
    return (_year_value(dateline.group(1)), int(parse_numeral(dateline.group(2)))) if dateline else None


@dataclass
class SectionRole:
    """Which kind of section a position is in: "review" (past results), "target" (what is to be done) or ""."""

    role: str = ""
    year: int | None = None  # the reviewed year of a review section, when stated
    period: tuple[int, int] | None = None  # a reviewed period ("过去五年")
    year_inferred: bool = False  # the reviewed year is the document's, not one the review names


@lru_cache(maxsize=1)
def _parts_of_the_year() -> frozenset[str]:
    """Review cues that are also completion cues (一季度, 上半年, 前三季度): a part of this year, reported so far."""
    return frozenset(load_cues()["review_section"]) & frozenset(phrase_words("completion_cue").split("|"))


@lru_cache(maxsize=None)
def _section_cues() -> re.Pattern[str]:
    """Any cue of a target or a review section, in one pattern: a sentence without one announces no section."""
    return compile_pattern(f"{cue_pattern('target_section').pattern}|{cue_pattern('review_section').pattern}")


MET_WINDOW = 24  # characters before a target cue in which words say the target was met ("完成了年初确定的…")


def target_named_as_met(text: str, cue_start: int) -> bool:
    """Whether the words just before a target cue at ``cue_start`` set a result against it ("完成了年初确定的主要预期
    目标", "高于预期目标"): the cue names a target met, it announces none."""
    met = last_match(_MET, text, max(0, cue_start - MET_WINDOW), cue_start)
    if met is None:
        return False
    # "确保实现…会议提出的各项目标任务": a commitment to meet them, no report that they were met
    return not any(cue.end() >= met.start() - 1
                   for cue in cue_pattern("target_cue").finditer(text, max(0, met.start() - 4), met.start()))


def names_targets_met(sentence: str, cue_start: int, cue_end: int) -> bool:
    """Whether a target-section cue names targets met or assessed, not targets to come: the words before it
    ("完成了年初确定的主要预期目标", also before a sentence's closing words read as its lead: "全面兑现了…20件为民办实事
    项目") or after it ("确定的目标任务基本完成", "各项目标明确") in ``sentence``."""
    return target_named_as_met(sentence, cue_start) or _ASSESSED.match(sentence, cue_end) is not None \
        or _ACHIEVED_LATER.match(sentence, cue_end) is not None


def may_announce_a_section(text: str) -> bool:
    """Whether ``text`` holds a cue of a target or review section anywhere: a line without one has no sentence
    whose lead announces a section, so its sentences need not be read for one (SectionTracker.roles_in). A label of
    progress (目前进度:) may, on a report on tasks."""
    return _section_cues().search(text) is not None or _PROGRESS_LABEL.search(text) is not None


class SectionTracker:
    """Follows section roles through a document's sentences: a cue sets the role until the next cue or heading."""

    def __init__(self, current_year: int | None, results_year: int | None = None,
                 task_headings_head_targets: bool = True) -> None:
        # the year a review that names none speaks of: the document's results year (a bulletin's, a mid-year
        # execution report's), else the year before its own; a report on the year's projects heads each task's
        # progress with the task (task_headings_head_targets False)
        self.task_headings_head_targets = task_headings_head_targets
        self.reviewed_year = results_year or (current_year - 1 if current_year else None)
        self.current_year = current_year
        self.role = SectionRole()
        self._headings: list[tuple[int, SectionRole]] = []  # (level, role) of the headings above
        self.last_year: int | None = None  # the last year a line named, for a review that names none
        self.title_year: int | None = None  # the year a title line just read names, for the line below it
        self.last_horizon: int | None = None  # the last 到YYYY年 the text named, for a later target that names none
        self.open_horizon = None  # the horizon (year, basis) of a sentence a line left open at ";", for the next line
        self.named_plan: tuple[int, int] | None = None  # the period of the five-year plan the text last named
        self.plan_spoken_of: tuple[int, int] | None = None  # an undated text's plan period (“十三五”期间)
        self.results_reported: int | None = None  # the year a sentence that named it gave whole-year results of
        self.last_year_not_committed: int | None = None  # the last year a line named in no sentence that commits
        self.role_of_one_line: tuple[SectionRole, SectionRole] | None = None  # (role set for one line, role after it)

    def note_year(self, year: int | None) -> None:
        if year:
            self.last_year = year

    def heading(self, text: str, level: int = 1) -> None:
        """A heading starts a section: it sets a role if its title names one, else keeps its parent heading's, or
        the role a lead phrase set when no heading above has one (a chapter heading clears it)."""
        while self._headings and self._headings[-1][0] >= level:
            self._headings.pop()
        parent = next((role for _, role in reversed(self._headings) if role.role), None)
        if parent is not None:
            self.role = parent
        elif any(role.role for _, role in self._headings) or level <= 2:
            self.role = SectionRole()
        # else: a sub-heading under a section a lead phrase announced ("过去的一年,…" then "(一)经济实力…")
        if not self.roles_in(text[:LEAD], 0):
            self._heading_of_targets(text)
            self._heading_of_a_past_year(text)
            self._heading_of_a_coming_year(text)
            if not self.role.role:
                self._heading_of_results(text)
            if not self.role.role and self.task_headings_head_targets:
                self._heading_of_a_task(text)
        self._headings.append((level, self.role))

    def _heading_of_a_task(self, text: str) -> None:
        """A numbered heading with no section above it that opens on a task's verb ("(五)持续筑牢绿色发展屏障", "2. 加快
        推进新型城镇化") heads what is to be done, unless its first clause says what came of it (…,经济转型深入推进取得成效)."""
        if names_a_task(heading_title(text)):
            self.role = SectionRole("target")

    def _heading_of_results(self, text: str) -> None:
        """A numbered heading with no section above it that ends on what came of the work ("(三)教育为经济社会发展服务
        的能力显著增强。", "(四)教师整体素质不断提高。") heads results: a review captured without its own title."""
        title = heading_title(text)
        if len(title) <= 2 * LEAD and _RESULT_HEADING_ENDING.search(title):
            self.role = SectionRole("review")

    def _heading_of_a_past_year(self, text: str) -> None:
        """A heading that names a year before the document's and no target ("一、奋发有为,共克时艰的2010年和“十一五”"
        in a report of 2011, "一、极不平凡的2022年") heads that year's review; a numbered paragraph ("3.推动…改革。
        …从2021年入学的高中一年级开始实施新课程…") is no such title."""
        year = _TITLE_YEAR.search(text) if len(text) <= LEAD else None  # a title, not a numbered paragraph
        if year and self.current_year and _year_value(year.group(1)) < self.current_year \
                and not cue_pattern("target_cue").search(text) and not HEADING_OF_TARGETS.search(text):
            self.role = SectionRole("review", _year_value(year.group(1)))

    def _heading_of_a_coming_year(self, text: str) -> None:
        """A heading in a target section whose title opens on the page's year or a later one ("三、2026年经济社会发展
        总体要求和政策取向" after "二、“十五五”时期主要目标…" in a report of 2026) heads that year's targets, not the
        period's; not a year whose results the page reports ("一、2025年…" in a bulletin on 2025)."""
        year = _TITLE_YEAR.match(heading_title(text)) if self.role.role == "target" and len(text) <= LEAD else None
        named = _year_value(year.group(1)) if year else None
        if named and self.current_year and named >= self.current_year \
                and not (self.reviewed_year and named <= self.reviewed_year):
            self.role = SectionRole("target", named)

    def _heading_of_targets(self, text: str) -> None:
        """A heading that ends in 目标 heads targets whatever word qualifies them ("二、具体目标", "(二)教育体制改革目标"),
        unless it says they were met ("超额完成年度目标"); they are of the year before it, else of the end of the span
        after it in brackets ("(一)中期目标(2026-2030年)" in a plan to 2035)."""
        found = HEADING_OF_TARGETS.search(text)
        if found and len(text) <= LEAD and not _MET.search(text, 0, found.start()):
            year = _YEAR_OF_TARGETS.search(text, 0, found.start())
            span = None if year else parse_period(text[found.start():])
            self.role = SectionRole("target", _year_value(year.group(1)) if year else span[1] if span else None)

    def roles_in(self, sentence: str, offset: int, paragraph_year: int | None = None) -> list[tuple[int, SectionRole]]:
        """Positions (with offset added) where a role starts; only a sentence's lead phrase announces a section
        ("今年的主要预期目标是:…", "2022年工作回顾"), a cue deep in running text does not. ``paragraph_year``: the
        year the paragraph's sentences before this one spoke of."""
        changes = []
        lead = _leads(sentence)
        # on a report on tasks, a label of the progress of the task above (目前进度:): a review of the year so far
        progress = None if self.task_headings_head_targets else _PROGRESS_LABEL.match(lead)
        closing = _closing_words(sentence, len(lead))
        if closing and _LIST_OF_THE_YEARS_PROJECTS.search(closing):  # read as a lead, the words between masked
            lead = lead + _OUTSIDE_A_LEAD * (len(sentence) - len(lead) - len(closing)) + closing
        elif not _section_cues().search(lead) and not progress:
            return []  # most sentences: no cue of either kind, so nothing to sort or read
        if "部分" in sentence and _PARTS_LISTED.search(sentence):
            return []  # "报告分为2019年工作回顾、2020年工作安排两个部分": the parts named, none opened
        for role_name, pattern in (("target", cue_pattern("target_section")), ("review", cue_pattern("review_section"))):
            for match in pattern.finditer(lead):
                if role_name == "target" and names_targets_met(sentence, match.start(), match.end()):
                    continue  # "完成了年初确定的主要预期目标", "农业各项工作目标明确": a review of targets
                if _MEETING.match(sentence, match.end()) or _INSTITUTION.match(sentence, match.end()) \
                        or _STRIVEN_TOWARDS.match(sentence, match.end()) \
                        or _MEETING_BEFORE.search(lead, 0, match.start()) \
                        or _MEANS_BEFORE.search(lead, 0, match.start()) \
                        or _GOAL_PURSUED_BEFORE.search(lead, 0, match.start()) \
                        and not _TARGETS_LISTED_AFTER.match(sentence, match.end()):
                    continue  # "锚定的主要目标是:…" still lists the targets
                if role_name == "review" and _COMMITTED_AFTER.match(sentence, match.end()):
                    continue  # "2015年是…关键年。这一年,沿河将…": what the year is to bring, no review of it
                if role_name == "review" and _STATE_TAKEN_INTO_ACCOUNT.search(lead, 0, match.start()):
                    continue  # "结合电网现状,按照…原则,推进…改造": the state a task starts from, no review of results
                if role_name == "review" and match.group(0).endswith("现状") \
                        and (_STATE_OF_ONE_THING.match(sentence, match.end())
                             or _STATE_AS_ATTRIBUTE.match(sentence, match.end())):
                    # "学校现状为18班小学,现拟扩建为30班": one thing's present state; "保护修缮…等现状历史名园": which
                    # things exist; neither is a review of results
                    continue
                if _inside_brackets(lead, match.start()):
                    continue  # "12项约束性指标(目标任务均为国家下达)中,": an aside announces no section
                if match.group(0) in _parts_of_the_year() and (_inside_quotes(lead, match.start())
                                                               or _MEETING_AFTER.match(sentence, match.end())):
                    continue  # "“2021年上半年推进重大项目建设进展情况”新闻发布会": a meeting's name, no time frame
                if match.group(0) in _parts_of_the_year() and (_SCHEDULE_AFTER.match(sentence, match.end())
                                                               or _COMMITTED_BEFORE.search(lead, 0, match.start())):
                    continue  # "一季度开工,宏图路年内完成工程量的50%": when a project starts, no report of the quarter
                if role_name == "target" and _SECTION_CUE_NEEDING_COMMITMENT.fullmatch(match.group(0)) \
                        and not _COMMITMENT_AFTER_NEW_YEAR.search(sentence, match.end()):
                    continue  # "新的一年,…将…" heads the year's plans; "站在新的一年的起点上,回顾…" does not
                if role_name == "target" and _VALUE_NAMED_A_TARGET.search(lead, 0, match.start()):
                    continue  # "控制在4.5%的预期目标内": the cue names the value before it, it heads no section
                changes.append((match.start(), role_name, match))
        if progress:
            changes.append((progress.start(), "review", progress))
        out = []
        for position, role_name, match in sorted(changes, key=lambda c: c[0]):
            role = SectionRole(role_name)
            if role_name == "target":  # "2021年目标:", "“十四五”目标:", "2024年10个民生实事": the year the targets are for
                near = sentence[max(0, match.start() - 14):match.start()]
                year = _YEAR_OF_TARGETS.search(near) or _year_at_cue(sentence, match)
                # the plan period of the cue's clause ("《规划》提出了“十四五”工业经济高质量发展的五大重点目标:")
                clause = _CLAUSE_END.split(sentence[:match.start()])[-1]
                period = parse_period(near) or parse_period(clause)
                if year:
                    role.year = _year_value(year.group(1))
                elif period:
                    role.year, role.period = period[1], period
            if role_name == "review":
                # "一、2022年国民经济和社会发展计划执行情况": the year may open a lead whose cue ends it; a year past the
                # clause's end does not ("总结全年工作,谋划2022年重点任务": the year planned, not the one reviewed), a
                # plan's period may ("全面回顾,“十二五”期间…")
                near = sentence[max(0, match.start() - 8):match.end() + 8]
                in_clause = sentence[max(0, match.start() - 8):match.end()] \
                    + _CLAUSE_END.split(sentence[match.end():match.end() + 8], maxsplit=1)[0]
                # (a cue of one year reviews no plan's period: "过去的一年,是实现“十四五”…的关键一年")
                period = parse_period(near) if "一年" not in match.group(0) else None
                year = re.search(_YEAR + r"\s*年", in_clause) or _year_at_cue(sentence, match) \
                    or (None if period else _last_year_before(lead, match.start()))
                if year:  # ("过去五年及2016年工作总结一、过去五年工作回顾": the five years to 2016)
                    role.year = _year_value(year.group(1))
                    role.period = _years_reviewed(near, role.year)
                elif period:  # "回顾十三五": the reviewed plan period's last year
                    role.year, role.period = period[1], period
                elif match is progress and self.current_year:
                    role.year, role.year_inferred = self.current_year, True  # "目前进度:": the year so far
                elif match.group(0) in _parts_of_the_year() and self.role.role == "review" and self.role.year:
                    # "过去的一年,…。" then "…在一季度大幅回落的情况下,前三季度…": the quarters of the year reviewed
                    role.year, role.year_inferred, role.period = self.role.year, self.role.year_inferred, self.role.period
                elif self.current_year and (match.group(0) in _parts_of_the_year()
                                            or PART_OF_THE_YEAR.search(lead, 0, match.start())):
                    role.year, role.year_inferred = self.current_year, True  # "上半年,", "1-3月份…完成情况": so far
                elif paragraph_year and _REVIEW_OF_THE_YEAR_NAMED.fullmatch(match.group(0)) and self.current_year \
                        and self.reviewed_year < paragraph_year <= self.current_year:
                    role.year = paragraph_year  # "2010年,是鄞州…的一年。一年来,…": the year just named, reviewed
                elif self.current_year and _REVIEW_OF_ITS_OWN_YEAR.fullmatch(match.group(0)):
                    role.year, role.year_inferred = self.current_year, True  # "政府工作总结": the year it closes
                elif self.reviewed_year:
                    role.year, role.year_inferred = self.reviewed_year, True
                    role.period = _years_reviewed(near, self.reviewed_year)
                elif self.last_year and "一年" in match.group(0):
                    role.year = self.last_year  # "2024年全市上下…成绩单 / 过去的一年,…": the year just named
            out.append((position + offset, role))
            self.role = role
        return out


def _years_reviewed(near: str, last_year: int) -> tuple[int, int] | None:
    """The span of years a review cue names ("过去五年", "一、过去四年工作回顾", "五年来") up to ``last_year``, else None."""
    years = _YEARS_REVIEWED.search(near)
    count = _year_value(years.group(1) or years.group(2)) if years else 0
    return (last_year - count + 1, last_year) if 2 <= count <= MAX_YEARS_REVIEWED else None


_CLAUSE_END = compile_pattern(r"[,,;;。]")  # where a clause ends: a year past it is not the cue's
_TASK_HEADING_WORD = compile_pattern(phrase_words("task_heading_word"))
_RESULT_IN_HEADING = compile_pattern(phrase_words("result_in_heading"))


_DASH_BULLET = compile_pattern(r"^\s*[—–-]{1,2}\s*")  # "——扎实推进城市更新行动。": a report's dash before a paragraph's title


def names_a_task(title: str) -> bool:
    """Whether a title opens on a task's verb (持续筑牢…, 加快推进…, after a dash: ——扎实推进…) and its first clause says
    nothing came of it."""
    title = _DASH_BULLET.sub("", title)
    first_clause = re.split(r"[。;;]", title, maxsplit=1)[0]
    return bool(_TASK_HEADING_WORD.match(title)) and not _RESULT_IN_HEADING.search(first_clause)


PART_OF_THE_YEAR = compile_pattern(phrase_words("part_of_the_year"))  # 1-3月份, 上半年: months of the year so far
_REVIEW_OF_ITS_OWN_YEAR = compile_pattern(phrase_words("review_of_its_own_year"))  # a summary naming no year: its own
_REVIEW_OF_THE_YEAR_NAMED = compile_pattern(phrase_words("review_of_the_year_named"))  # 一年来 after "2010年,是…的一年"


# a year written without 年 next to a section's cue, as a news box heads its parts ("回顾2018", "展望2019")
_YEAR_BESIDE_A_CUE = compile_pattern(r"\s*((?:19|20)\d{2})(?![\d.%])")


def _year_at_cue(sentence: str, cue: re.Match) -> re.Match | None:
    """The year written right after a section's cue, with or without 年 (a cue may end in the year's first digits:
    展望20)."""
    word = cue.group(0)
    return _YEAR_BESIDE_A_CUE.match(sentence, cue.end() - (len(word) - len(word.rstrip("0123456789"))))


# The year just before a target section's cue, with at most a count of the items between ("2024年10个民生实事")
_YEAR_OF_TARGETS = compile_pattern(_YEAR + r"\s*年[^,,;;。\d]{0,6}(?:\d{1,3}\s*[个项件])?[^,,;;。\d]{0,4}$")


# The years a review spans, before its cue or in it ("过去四年工作回顾", "过去的五年", "三年来"); at most a decade
_YEARS_REVIEWED = compile_pattern(r"(?:过去|近)的?([二两三四五六七八九十]|[2-9])年|([二两三四五六七八九十]|[2-9])年(?:来|以来)")
MAX_YEARS_REVIEWED = 10


# A chapter heading run into the text when its line break was lost ("…县长 谭秀中 一、2012 年工作回顾(一)…"):
# a Chinese ordinal and 、 after a space or a sentence's end.
_RUN_IN_HEADING = compile_pattern(r"(?<=[\s。;;!?!?])[一二三四五六七八九十]{1,3}、")
_OUTSIDE_A_LEAD = "\x00"


def _leads(sentence: str) -> str:
    """The sentence's lead (its first LEAD characters) and the lead of every chapter heading run into it, the rest
    masked so that positions stay the sentence's."""
    lead = sentence[:LEAD]
    if "、" not in sentence or len(sentence) <= LEAD:
        return lead
    starts = [m.start() for m in _RUN_IN_HEADING.finditer(sentence, LEAD)]
    if not starts:
        return lead
    kept = [lead]
    for start in starts:
        covered = sum(map(len, kept))
        if start > covered:
            kept.append(_OUTSIDE_A_LEAD * (start - covered))
            covered = start
        kept.append(sentence[covered:start + LEAD])
    return "".join(kept)


# "…选出了10件2021年…民生实事项目。": a sentence's last words that announce the list of the year's projects after it
_LIST_OF_THE_YEARS_PROJECTS = compile_pattern(rf"(?:{phrase_words('projects_list_announced')})[。::]\s*$")
CLOSING = 30  # characters before a sentence's full stop or colon in which it announces the lines after it


def _closing_words(sentence: str, lead_length: int) -> str:
    """The last CLOSING characters of a sentence that ends at a full stop or colon, outside its lead: "…选出了10件2021年…
    民生实事项目。" announces the list that follows as a lead does."""
    end = len(sentence.rstrip())
    if not sentence[:end].endswith(("。", ":", ":")) or end - CLOSING <= lead_length:
        return ""
    return sentence[end - CLOSING:]


_YEAR_NOT_A_SPANS_START = compile_pattern(_YEAR + r"\s*年(?![\d\s]*[\-—–~至到])")


def _last_year_before(lead: str, position: int) -> re.Match | None:
    """The last year (YYYY年, not a span's start) named in a lead before a review cue at ``position``."""
    return last_match(_YEAR_NOT_A_SPANS_START, lead, 0, position)


def _inside_brackets(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a bracket opened before it in ``text``."""
    before = text[:position]
    return before.count("(") + before.count("(") > before.count(")") + before.count(")")


def _inside_quotes(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation (“…”) opened before it in ``text``."""
    before = text[:position]
    return before.count("“") > before.count("”")


@lru_cache(maxsize=1)
def _self_reference() -> re.Pattern[str]:
    """Words by which a text names its own place (全市, 我县 …; ``codebook/phrase_words.csv``, role self_reference)."""
    words = [row["pattern"] for row in codebook_rows("phrase_words.csv") if row["role"] == "self_reference"]
    return compile_pattern("|".join(sorted(words, key=len, reverse=True)))


class PlaceTracker:
    """The place each statement is about: the last place named before it in its paragraph, else the place of
    its section (a heading that names one: "(三)遂溪县"), else the document's. Naming a place's province or
    prefecture ("占肇庆市总产值的13.4%", "全省第一") does not move the statement away from it; 全市 / 我县 …
    name the document's own place again. When the document's place is known, another place named in prose
    (a partner city, "广东·海南特别合作区", a county cited as an example in a city's report) holds for its
    sentence only."""

    def __init__(self, document_place: Place | None) -> None:
        self.document_place = document_place
        self.section_place = document_place  # named by the current section's heading, else the document's
        self.section_level: int | None = None
        self.current = document_place

    def mentions_in(self, text: str) -> list[PlaceMention]:
        """The place names of a line (one search per line; sentences then take their share), and the words by
        which the document names its own place where that place's kind (市, 区, 县) matches."""
        mentions = find_places(text, self.current or self.document_place)
        home = self.document_place
        if home is not None and ("全" in text or "我" in text or "本" in text):
            starts, ends = [m.start for m in mentions], [m.end for m in mentions]  # in order, not overlapping
            for match in _self_reference().finditer(text):
                before = bisect.bisect_left(starts, match.end()) - 1  # the last name starting before its end
                if home.name.endswith(match.group()[-1]) and not (before >= 0 and ends[before] > match.start()):
                    mentions.append(PlaceMention(match.start(), match.end(), home))
            mentions.sort(key=lambda m: m.start)
        return mentions

    def heading(self, mentions: list[PlaceMention], level: int) -> None:
        """A heading that names a place makes it its section's; a heading as high without one ends that section.
        (With no known place for the document, every place named carries on until another is named.)"""
        if self.document_place is None:
            return
        own = [m.place for m in mentions if self._within_home(m.place)]
        if own:
            self.section_place, self.section_level = own[-1], level
        elif self.section_level is not None and level <= self.section_level:
            self.section_place, self.section_level = self.document_place, None
        self.current = self.section_place

    def end_line(self) -> None:
        """A place named in a paragraph holds to the paragraph's end."""
        if self.document_place is not None:
            self.current = self.section_place

    def _within_home(self, place: Place) -> bool:
        """The document's place or one inside it (or any place, when the document's place is unknown)."""
        home = self.document_place
        return home is None or place.name == home.name or is_ancestor(home, place)

    def places_in(self, mentions: list[PlaceMention], offset: int = 0) -> list[tuple[int, Place]]:
        """Positions (less ``offset``) where the place changes; the last one carries on to the paragraph's next
        sentences only when the document's place is unknown or it is the document's place."""
        changes = []
        here = self.current
        for mention in mentions:
            home = mention.place is self.document_place
            if here is not None and is_ancestor(mention.place, here) and not home:
                continue
            changes.append((mention.start - offset, mention.place))
            here = mention.place
            if self.document_place is None or mention.place.name == self.document_place.name:
                self.current = mention.place
        return changes
