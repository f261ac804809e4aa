"""Split normalized text into documents (a gazette bundles several) and documents into headed lines.

Documents start at a report title (``政府工作报告`` followed by ``——date在…会议上``) or a notice title
(``…关于印发…的通知``, possibly broken over lines, with its document number before or after). A title that
appears again later is a table-of-contents entry and starts nothing. Metadata (title, issuer, document
number, date, plan period, type) is inferred from the text; every inference from damaged text is flagged.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from plantargets.extract.numbers import FIVE_YEAR_PLANS, parse_numeral, parse_period, year_named_by_period
from plantargets.flags import Flag
from plantargets.paths import CODEBOOK_DIR, codebook_rows, phrase_words
from plantargets.pattern_cache import compile_pattern
from plantargets.scanning import could_match
from plantargets.text.normalize import SITE_NAME_SEPARATOR, NormalizedText, metadata_line_pattern
from plantargets.text.places import main_place

CN_ORDINAL = "一二三四五六七八九十百零〇"
# Heading patterns, outermost first; the index is the heading level.
HEADING_PATTERNS = [
    compile_pattern(rf"^第[{CN_ORDINAL}]+章"),
    compile_pattern(rf"^第[{CN_ORDINAL}]+节"),
    compile_pattern(rf"^[{CN_ORDINAL}]+(?:、|,(?![{CN_ORDINAL}\d]))"),  # "一,提升医疗卫生服务水平" (heldout676 n06)
    compile_pattern(rf"^\([{CN_ORDINAL}]+\)"),
    compile_pattern(r"^\d{1,2}[.、．](?!\d)"),
    compile_pattern(r"^(专栏|表)\s*\d+"),
]
REVIEW_HEADING = compile_pattern(phrase_words("review_heading"))  # "第一章 发展基础", "一、…工作回顾"
# A heading that sets an aim in the words of results ("(二)取得人居环境整治新成绩" in a year's work plan, heldout167 n02)
_AIM_HEADING = compile_pattern(r"(?:取得|实现|再创|创造|开创)[^,。,;]{0,12}新(?:成绩|成效|成就|突破|进展)")
HEADING_OF_TARGETS = compile_pattern(phrase_words("heading_of_targets"))  # "一、主要目标", "(三)战略构架和目标体系"
_SENTENCE_ENDER = compile_pattern(r"[。!?;]")  # the last character of a sentence (a line's last sentence may have none)

_DOC_NUMBER = compile_pattern(r"(?P<prefix>[\u4e00-\u9fff]{1,6})〔(?P<year>\d{4})〕(?P<number>\d{1,4})号")
_DOC_NUMBER_DAMAGED = compile_pattern(r"^(?P<prefix>[\u4e00-\u9fff]{1,6})〔(?P<year>\d{4})〕?(?P<number>\d{1,4})号?$")
_REPORT_TITLE = compile_pattern(r"^(?:(?:19|20)\d{2}\s*年)?[\u4e00-\u9fff]{0,12}政府工作报告$")  # 2026年黄龙县政府工作报告
_SPEECH_LINE = compile_pattern(r"^——")
_NOTICE_END = compile_pattern(r"(的通知|的决定|的意见|的建议)$")
_FULL_DATE = compile_pattern(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DAMAGED_DATE = compile_pattern(r"^(\d{4})(\d{1,2})(\d{1,2})日?$")
_CN_FULL_DATE = compile_pattern(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?")


@dataclass
class Line:
    """One non-blank line of a document, with the headings above it."""

    start: int  # offsets in the normalized text
    end: int
    text: str
    heading_level: int | None
    section_path: tuple[str, ...]
    in_review: bool  # under a heading about past results (回顾, 发展基础 …)


@dataclass
class Document:
    """One report, plan or notice found in a raw file, with its metadata and lines."""

    doc_id: str
    source_file: str
    ordinal: int
    start: int
    end: int
    title: str = ""
    issuer: str = ""
    doc_number: str = ""
    issued_date: str = ""
    period_start: int | None = None
    period_end: int | None = None
    doc_type: str = "other"
    city_zh: str = ""
    place_zh: str = ""  # the place it is about when narrower than its city (a district's report), from the manifest
    lines: list[Line] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    raw_start: int = 0  # the document's span in the raw file, for the documents table
    raw_end: int = 0
    values: list = field(default_factory=list)  # stated values, set by the pipeline after extraction
    current_year: int | None = None  # the year its 今年 refers to, from any evidence in the text (text/context.py)
    current_year_evidence: str = ""
    results_year: int | None = None  # the year whose results it reports (a bulletin's year, a report's review)
    written_year: int | None = None  # the year of its dateline, when it has one (news of a December session)
    written_month: int | None = None  # the month of that dateline
    plans_after_its_results: bool = False  # its words name the year it plans and an earlier one's results
    task_lines: set[int] = field(default_factory=set)  # starts of its lines that are the tasks of a table's rows

    @property
    def dated(self) -> bool:
        """Whether the year the document speaks in is known (its date, or what its text says), not only its
        period's last year."""
        return bool(self.issued_date) or self.current_year is not None

    @property
    def report_year(self) -> int | None:
        """The year a work report speaks of as 今年: what its date and text say (a report of December speaks of the
        next year), else its delivery year, else its period's last year."""
        if self.current_year is not None:
            return self.current_year
        return int(self.issued_date[:4]) if self.issued_date else self.period_end


def iter_lines(text: str, start: int = 0, end: int | None = None):
    """Yield (start, end, text) of each non-blank line in text[start:end], stripped of edge spaces."""
    end = len(text) if end is None else end
    position = start
    for line in text[start:end].split("\n"):  # one split in C instead of a find per line
        stripped = line.strip()
        if stripped:
            offset = position + (len(line) - len(line.lstrip()))
            yield offset, offset + len(stripped), stripped
        position += len(line) + 1


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Sentences of a line (ending at 。!?;), as (start, end, text) with ``offset`` added."""
    out, start = [], 0
    for match in _SENTENCE_ENDER.finditer(text):  # each sentence runs to its ender, the last to the line's end
        end = match.end()
        sentence = text[start:end]
        if sentence.strip():
            out.append((offset + start, offset + end, sentence))
        start = end
    sentence = text[start:]
    if sentence.strip():
        out.append((offset + start, offset + len(text), sentence))
    return out


# The heading patterns as one alternation (one test per line): the first alternative that matches is the
# first pattern that does, and its group names the level.
_ANY_HEADING = compile_pattern("|".join(f"(?P<level{level}>{pattern.pattern})"
                                   for level, pattern in enumerate(HEADING_PATTERNS, start=1)))


def heading_level(line: str) -> int | None:
    found = _ANY_HEADING.match(line)
    return int(found.lastgroup[len("level"):]) if found else None


def heading_title(line: str) -> str:
    """A heading's words after its mark (第一章, 一、, (三), 2.): the line itself when it is no heading."""
    found = _ANY_HEADING.match(line)
    return line[found.end():].lstrip() if found else line


def _title_key(text: str) -> str:
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


def find_document_starts(text: str) -> list[tuple[int, str, str]]:
    """Offsets where documents start, with the title found there and its kind (report / notice)."""
    lines = list(iter_lines(text))
    candidates: list[tuple[int, str, str]] = []
    for i, (start, _end, line) in enumerate(lines):
        if _REPORT_TITLE.match(line) and any(_SPEECH_LINE.match(l[2]) for l in lines[i + 1:i + 3]):
            candidates.append((start, line, "report"))
        elif _NOTICE_END.search(line) and "关于" in "".join(l[2] for l in lines[max(0, i - 3):i + 1]):
            first = i
            while first > 0 and "关于" not in lines[first][2] and i - first < 3:
                previous = lines[first - 1][2]
                if previous.endswith(("。", ":", ";", ",")) or len(previous) > 60:
                    break
                first -= 1
            title = "".join(l[2] for l in lines[first:i + 1])
            if "关于" not in title or len(title) > 120:
                continue
            begin = first
            if first > 0 and (_DOC_NUMBER.search(lines[first - 1][2]) or _DOC_NUMBER_DAMAGED.match(lines[first - 1][2])):
                begin = first - 1  # document number printed above the title
            candidates.append((lines[begin][0], title, "notice"))
    # A title seen again further on is a contents entry: keep its last occurrence. A title printed
    # twice in a row (a page heading above the document's own) keeps its first.
    kept: list[tuple[int, str, str]] = []
    for candidate in candidates:
        key = _title_key(candidate[1])
        earlier = next((k for k in kept if _title_key(k[1]) == key), None)
        if earlier is None:
            kept.append(candidate)
        elif len(text[earlier[0]:candidate[0]].strip()) > 200:
            kept.remove(earlier)
            kept.append(candidate)
    return sorted(kept)


@lru_cache(maxsize=None)
def load_issuer_codes() -> dict[str, str]:
    with open(CODEBOOK_DIR / "issuers.csv", encoding="utf-8", newline="") as handle:
        return {row["doc_number_prefix"]: row["issuer_zh"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=None)
def load_cities() -> dict[str, dict[str, str]]:
    with open(CODEBOOK_DIR / "cities.csv", encoding="utf-8", newline="") as handle:
        return {row["city_zh"]: row for row in csv.DictReader(handle)}


# A line of running text: a sentence ended (。) in a line longer than a title or a contents entry.
_PROSE_LINE = compile_pattern(r"(?m)^[^\n]{40,}。")


def segment_documents(norm: NormalizedText, source_file: str, stem: str) -> list[Document]:
    """Split one file's normalized text into documents with metadata and headed lines."""
    text = norm.text
    starts = find_document_starts(text)
    boundaries = [s for s, _, _ in starts]
    edges = sorted({0, *boundaries, len(text)})
    documents = []
    spans = [(a, b) for a, b in zip(edges, edges[1:]) if text[a:b].strip()]
    for ordinal, (start, end) in enumerate(spans):
        doc = Document(doc_id=f"{stem}-{ordinal:02d}", source_file=source_file, ordinal=ordinal, start=start, end=end)
        kind = next((k for s, _, k in starts if s == start), "")
        if not kind and boundaries and start < boundaries[0] and not _PROSE_LINE.search(text, start, end):
            kind = "front_matter"  # a gazette's masthead and contents, before its first document (a news lead
            # before the document it quotes, "…原文如下:", is a text of its own)
        infer_metadata(doc, text, norm, kind)
        doc.lines = list(structure_lines(text, start, end))
        documents.append(doc)
    return documents


def structure_lines(text: str, start: int, end: int):
    """Each non-blank line with its heading level and the path of headings above it."""
    stack: list[tuple[int, str]] = []
    path, in_review = (), False  # they change only at a heading
    for line_start, line_end, line in iter_lines(text, start, end):
        level = heading_level(line)
        if level is not None and level < 6:
            title = re.split(r"[。:]", line, maxsplit=1)[0][:40]
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, title))
            path = tuple(t for _, t in stack)
            in_review = _under_a_review_heading(path)
        yield Line(line_start, line_end, line, level, path, in_review)


def _under_a_review_heading(path: tuple[str, ...]) -> bool:
    """Whether a heading of the path reviews results, above any heading of targets: under "一、主要目标" a sub-heading in
    the words of results ("(一)运输结构进一步优化,…取得明显突破", heldout288 n12) sets an aim."""
    for title in path:
        if HEADING_OF_TARGETS.search(title):
            return False
        if REVIEW_HEADING.search(_AIM_HEADING.sub("", title) if "新" in title else title):
            return True
    return False


def _doc_type_of(title: str, body_length: int, issues_a_document: bool) -> str:
    """The document type from its title; a notice whose issued document is not included stays a notice."""
    if "政府工作报告" in "".join(title.split()):  # (政 府 工 作 报 告: a title set apart)
        return "work_report"
    if "建议" in title and ("五年规划" in title or any(name in title for name in FIVE_YEAR_PLANS)):
        return "plan_recommendations"
    if issues_a_document and body_length < 3000 and not _names_a_project_list(title):
        return "notice"  # (a list of the year's projects it issues is read as the list: its items follow it)
    if not _ISSUING.search(title):
        title = _OTHER_DOCUMENT_NAMED.sub("", title, count=1)
    compact = "".join(title.split())  # "…发展计划 执行情况及…", "计划执行 情况与…": a capture's spaces
    if _ACTION_PLAN_TITLE.search(compact):
        return "action_plan"
    if re.search(r"(?:计划|预算)执行情况|规划(?:纲要)?(?:实施|执行)情况|中期评估|完成[^,。,;]{0,8}规划(?!(?:纲要)?编制)", compact) \
            or _PLAN_TARGETS_MET.search(compact):
        return "plan_report"
    if _PLAN_TITLE.search(_PLANNING_OFFICE.sub("", title)) and not _YEAR_DESCRIBED.search(title):
        return "five_year_plan" if re.search(r"十[一二三四五]五|五年", title) else "plan"
    if _ANNUAL_PLAN_TITLE.search(compact):
        return "plan"  # "2023年鄂尔多斯市国民经济和社会发展计划" (heldout168 n05): a year's plan, its values to be reached
    if "统计公报" in title:
        return "statistical_bulletin"
    if _names_a_project_list(title):
        return "project_list"  # the year's livelihood projects (民生实事), each item a commitment
    if _PROJECT_LIST.search(title) and re.search(rf"完成|进展|进度|推进|{_PROJECTS_DONE}|{_PROJECTS_ASSESSED}", title):
        return "project_report"  # how far the year's projects got: each numbered item a task, the text its progress
    if re.search(r"工作总结|年度总结", title) and not re.search(r"打算|计划|要点|思路|安排", title):
        return "work_summary"  # what a year's work achieved, with no part on the next year's
    if _WORK_PLAN.search(title) and not re.search(r"总结|回顾", title):
        return "work_plan"  # a body's plan of the year's work (教育局2018年工作计划, 工作要点): its values are to be reached
    if _SCHEME_TITLE.search(compact):
        return "action_plan"  # "…农业结构调整工作推进方案" (heldout488 n11): a scheme of work, as an 实施方案 is
    return "notice" if issues_a_document or "通知" in title else "other"


_PROJECT_LIST = compile_pattern(phrase_words("project_list_word"))
_ACTION_PLAN_TITLE = compile_pattern(phrase_words("action_plan_title_word"))


def _names_a_project_list(title: str) -> bool:
    """Whether a title names a list of the year's projects to do, not what came of them (完成, 成效, 去年 …) or how
    far they got (进度, 进展: 2017年1—11月十大民生工程项目实施进度表)."""
    return bool(_PROJECT_LIST.search(title)) \
        and not re.search(rf"(?<!要)完成|成效|回顾|总结|去年|进度|进展|{_PROJECTS_DONE}|{_PROJECTS_ASSESSED}", title)


_PLAN_TARGETS_MET = compile_pattern(phrase_words("plan_targets_met_title"))  # "…“十四五”规划主要目标基本实现"
# a span of years in brackets with no 年 that ends a title, as a plan's title gives its period ("三年行动计划(2024-2026)",
# a file's name: "….docx"), not a span a sentence names ("继…三年行动(2018-2020)后…")
_BRACKETED_SPAN = compile_pattern(r"[((]\s*((?:19|20)\d{2})\s*[-—–~～至]\s*((?:19|20)\d{2})\s*[))]"
                                  r"\s*(?:\.[a-z]{3,4})?$")
# a first line that says what a year is ("2017年是…实施“十三五”规划的关键一年", "2026年,是…开局之年"), after a news
# byline if any ("广元新闻网讯(记者 …)今年是…"): a sentence of a page, no plan's name
_YEAR_DESCRIBED = compile_pattern(rf"^\s*(?:{phrase_words('news_byline')})?\s*(?:(?:19|20)\d{{2}}|今|明)年[,,]?是")
# A title naming the tasks or plan of one year ("…2023年重点工作任务", "2024年工作要点")
_ONE_YEARS_TASKS = compile_pattern(r"(?<![\d—–~-])((?:19|20)\d{2})\s*年度?[^\d年]{0,20}(?:工作任务|工作要点|工作计划|重点工作|重点任务)"
                                   r"(?:清单|分解方案)?(?:的通知)?$")
# a title's period or draft mark in brackets, (2021-2025年)(征求意见稿), or its draft mark bare: …规划(2021-2035年)征求意见稿
_DRAFT_MARK = rf"(?:{phrase_words('draft_mark')})?"
_BRACKETS_AT_END = r"(?:[((][^()()]*[))])*\s*" + _DRAFT_MARK + "$"
_ANNUAL_PLAN_TITLE = compile_pattern("发展计划" + _BRACKETS_AT_END)
# a title ending on a scheme (方案) that no more particular type claimed
_SCHEME_TITLE = compile_pattern("方案" + _BRACKETS_AT_END)
_WORK_REPORT_OPENING = compile_pattern(phrase_words("work_report_opening"))
_SUMMARY_OPENING = compile_pattern(phrase_words("summary_opening"))
_PLAN_REPORT_OPENING = compile_pattern(phrase_words("plan_report_opening"))
_BULLETIN_FIRST_SECTION = compile_pattern(phrase_words("bulletin_first_section"))
# A news headline of a plan issued: "四川教育“十三五”规划公布 到2020年建成教育强省", "浙江公布教育事业发展“十三五”规划"
_PLAN_NAMED = r"(?:规划(?:纲要)?|行动计划|实施方案)"
_PLAN_ISSUED_VERB = rf"(?:{phrase_words('plan_issued_verb')})"
_PLAN_NEWS_HEADLINE = compile_pattern(rf"{_PLAN_NAMED}[^,。,;;]{{0,12}}{_PLAN_ISSUED_VERB}|{_PLAN_ISSUED_VERB}[^,。,;;]{{0,20}}{_PLAN_NAMED}")
MAX_HEADLINE = 50
HEADLINE_LINES = 10
LEAD_PARAGRAPHS = 2  # a news lead may follow a line summing up the plan's values (heldout808 n01)
_LINE_SENTENCES = compile_pattern(r"[^。]*。?")  # a line's sentences, each to its full stop


# A news lead that says a plan was issued, naming it: "3月12日,通辽市人民政府发布《…关于印发2024年通辽市国民经济和社会
# 发展计划的通知》。" (not "《…规划》实施以来", a plan spoken of since)
_PLAN_ISSUED_IN_LEAD = compile_pattern(rf"^[^。《]{{0,40}}{_PLAN_ISSUED_VERB}了?(《[^》\n]{{2,80}}发展计划"
                                       r"[^》\n]{0,12}》)(?![^。]{0,6}以来)")


# … or names the document first, then says it was issued: "近日,2025年江西省委一号文件《…的实施意见》正式发布"
# (behind an attribution as long as "从某市…领导小组办公室(市生态环境局)获悉,为加快…,近日,": heldout808 n01)
_PLAN_NAMED_THEN_ISSUED_IN_LEAD = compile_pattern(
    rf"^[^。《]{{0,80}}(《[^》\n]{{2,80}}(?:实施意见|发展计划|行动计划|实施方案|行动方案|工作方案)[^》\n]{{0,12}}》)"
    rf"\s*(?:正式|日前|近日)?\s*{_PLAN_ISSUED_VERB}")


def _news_of_a_plan(head_lines) -> str | None:
    """The headline that makes a page of no known type news of a plan: a short line of its head, before its first
    sentence, that says a plan was issued, or the plan's name in one of the first LEAD_PARAGRAPHS lines of sentences
    that says so; else None. Its values no cue decides are the plan's, as a plan's own would be, and the plan's
    period is the one named."""
    sentences = 0
    for _s, _e, line in head_lines[:HEADLINE_LINES]:
        if "。" in line:
            # each of its first sentences: a scrape that lost the page's line breaks ran the summary line and the lead
            # into one ("…整治100个行政村;…。从…获悉,…近日,《…工作方案》正式发布。", heldout808 n01 as one line)
            for sentence in _LINE_SENTENCES.findall(line)[:LEAD_PARAGRAPHS]:
                issued = _PLAN_ISSUED_IN_LEAD.search(sentence) or _PLAN_NAMED_THEN_ISSUED_IN_LEAD.search(sentence)
                if issued:
                    return issued.group(1)
            sentences += 1
            if sentences == LEAD_PARAGRAPHS:
                return None
            continue
        if not sentences and len(line) <= MAX_HEADLINE and _PLAN_NEWS_HEADLINE.search(line):
            return line
    return None


_PROJECTS_ASSESSED = phrase_words("target_assessed")  # 重点民生实事考核自查报告 (heldout84 n03): what was done, assessed
_PROJECTS_DONE = phrase_words("projects_done_title_word")  # 2025年为民兴办实事项目全落地 (heldout81 n06),
# 20项民心工程三季度“答卷”出炉 (heldout420 n10): done, not to do
# A project's approval (可行性研究报告的批复), news of it (项目获…批复立项) or its environmental notice (环境影响评价公示)
# in the first characters of a page: the project is to be built, the figures of what it will have are its targets
_PROJECT_APPROVAL = compile_pattern(phrase_words("project_approval_word"))
MAX_APPROVAL_HEAD = 200
_WORK_PLAN = compile_pattern(r"工作(?:参考)?(?:计划|要点|思路|安排)")
# A document named in book-title marks that the title goes on to say something of ("《…三年行动计划(2011-2013年)》实施
# 三年来,新建…"): the page speaks of that plan, it is not the plan; a title issuing it (印发, 通知, 征求意见稿) or the
# plan's own title with a short mark after it (《…规划》全文) keeps it
_OTHER_DOCUMENT_NAMED = compile_pattern(r"《[^》\n]*》(?=[^\n]{5,})")
_ISSUING = compile_pattern(phrase_words("issuing_title_word"))
_PLAN_ISSUED = compile_pattern(r"《[^》\n]{2,60}规划[^》\n]{0,20}》[^。\n《]{0,20}(?:现)?印发给你们")
_YEAR_SPAN = compile_pattern(r"(?:19|20)\d{2}\s*年?\s*[-—–~至到]{1,2}\s*(?:19|20)\d{2}")
_HORIZON_YEAR = compile_pattern(r"到\s*((?:19|20)\d{2})\s*年")
_PLAN_TERM = compile_pattern(rf"规划(?:期限|期|时限|时间)\s*(?:为|是|:|:)?\s*{_YEAR_SPAN.pattern}\s*年")
# A plan's name: 规划 of a five-year plan, or ending the title, its 纲要 and bracketed period or draft mark after it
# (…发展规划(2021-2025年)); not a headline's verb (西藏规划到2035年建成5600公里高等级公路)
_PLAN_TITLE = compile_pattern(r"五年规划|十[一二三四五]五.{0,3}规划|规划(?:纲要)?(?:\s*[((][^()()]*[))])*\s*" + _DRAFT_MARK
                              + r"\s*(?:$|[》”\"])")
# 规划 in an office's name (发展规划司, 自然资源和规划局) names no plan: a news lead quoting its head is no plan.
_PLANNING_OFFICE = compile_pattern(rf"规划(?:{phrase_words('office_after_plan_word')})")


# A line that ends as a document's name ends: 2026年黄龙县政府工作报告, …统计公报, 关于…的报告, …行动计划.
_TITLE_SHAPED = compile_pattern(r"(?:政府工作报告|统计公报|的报告|规划|行动计划|行动方案|实施方案|发展计划|工作计划|工作要点)"
                                + _BRACKETS_AT_END)


_TWO_CJK = compile_pattern(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]")
# a line that is a date and perhaps its weekday ("2023年03月29日 星期三", a site's date of the day): no title
_DATE_LINE = compile_pattern(rf"^\s*{_FULL_DATE.pattern}\s*(?:星期[一二三四五六日天])?\s*$")
_TITLE_GOES_ON = compile_pattern(r"(?:及|和|与|暨|以及)\s*")  # a title's second line, broken before its conjunction


def _title_line(head_lines) -> str:
    """A title when none is labelled: the first short head line that names a document type, else the first line
    (a page that opens with its table of contents names itself further down: 2026年黄龙县政府工作报告)."""
    for k, (_s, _e, line) in enumerate(head_lines[:15]):
        if len(line) <= 60 and heading_level(line) is None and _TITLE_SHAPED.search(line) \
                and not re.search(r"[。>|:]", line):
            if k and _TITLE_GOES_ON.match(line) and not re.search(r"[。>|:,]", head_lines[k - 1][2]):
                return head_lines[k - 1][2] + line  # "关于…2022年…计划执行情况" / "及2023年…计划草案的报告"
            return line
    for _s, _e, line in head_lines[:MAX_LINES_BEFORE_A_LIST_TITLE]:
        if len(line) <= MAX_TITLE and heading_level(line) is None and _names_a_project_list(line) \
                and not re.search(r"[。>|:,,]|进度|进展|推进", line):
            return line  # "2021年河北省石家庄10件惠民实事公布!" under a portal's greeting (heldout514 n07)
        if len(line) <= MAX_TITLE and heading_level(line) is None and _PROJECT_LIST.search(line) \
                and _PROGRESS_TITLE_END.search(line) and not re.search(r"[。>|:,,]", line):
            return line  # "2015年度全区25项民生实事项目进展情况" under a portal's slogan and its breadcrumb (heldout1002 n05)
    # else the first line of words: not an image's or a link's markup ("![](/Files261/…/28/202") a scrape left
    worded = next((line for _s, _e, line in head_lines if _TWO_CJK.search(line) and not _DATE_LINE.match(line)
                   and (not metadata_line_pattern().match(line) or _TITLE_LABEL.match(line))), None)
    return worded or (head_lines[0][2] if head_lines else "")


# the end of a title of how far a year's projects got (…实事项目进展情况, …完成情况)
_PROGRESS_TITLE_END = compile_pattern(r"(?:进展|进度|完成)情况$")
# a metadata line that gives the title ("文件名称 | 紫阳县人民政府关于印发…的通知"), unlike 索引号, 发布时间 … (skipped):
# the labels codebook/metadata_labels.csv marks gives_title
_TITLE_LABEL = compile_pattern(r"^[|\s]*(?:{})".format("|".join(
    re.escape(row["label"]) for row in codebook_rows("metadata_labels.csv") if row["gives_title"] == "yes")))
MAX_TITLE = 60  # characters of a title taken from a page's first line
MAX_LINES_BEFORE_A_LIST_TITLE = 5  # head lines in which a line naming a list of the year's projects is its title
# a first line longer than this is a page scraped as one line, not a title or a preamble ("“十四五”时期,…制定本规划。"
# opens a plan: its period is the plan's)
MAX_OPENING_LINE = 400
# chapter numbers of headings run together in one line ("一、2025年…工作回顾二、“十五五”发展目标…三、…"): a table of
# contents or a page scraped as one line, not a title
_RUN_ON_ORDINAL = compile_pattern(rf"(?<![{CN_ORDINAL}])([{CN_ORDINAL}]+)、")


def gives_the_title(line: str) -> bool:
    """Whether a metadata line gives the page's title ("标题: 今年,万州改扩建5所学校…"): its words are read as a
    headline's, not set aside as a label's."""
    return bool(_TITLE_LABEL.match(line))


# A site's name after a page's title on a line a scrape kept from the page's <title> ("…的通知_区政府办公室文件_上海市
# 宝山区人民政府门户网站", heldout359 n06; "…幼儿园全覆盖_幼儿资讯_查字典幼儿网", heldout115 n10): its sections and name
# after a separator, ending on a word a site's name ends on (codebook/phrase_words.csv, role site_name_end).
_SITE_NAME_AFTER_TITLE = compile_pattern(rf"(?<=[^\s_|\uff5c]{{6}})\s*{SITE_NAME_SEPARATOR}[^\n]{{0,60}}"
                                         rf"(?:{phrase_words('site_name_end')})\s*$")
MAX_TITLE_WITH_SITE_NAME = 120  # characters of such a line
_SITE_NAME_SEPARATORS = ("_", "|", "\uff5c", "-", "\u2013", "\u2014")  # (a line with none is not searched)


def _without_site_name(line: str) -> str:
    """A head line without the site's name a page's <title> puts after the title."""
    if len(line) > MAX_TITLE_WITH_SITE_NAME or not any(mark in line for mark in _SITE_NAME_SEPARATORS):
        return line
    return _SITE_NAME_AFTER_TITLE.sub("", line)


def infer_metadata(doc: Document, text: str, norm: NormalizedText, kind: str) -> None:
    """Fill title, issuer, number, date, period, type and city from the document's own text."""
    head_lines = [(start, end, _without_site_name(line))
                  for start, end, line in list(iter_lines(text, doc.start, min(doc.end, doc.start + 3000)))[:40]]
    head = "\n".join(l[2] for l in head_lines)
    if kind == "front_matter":
        doc.doc_type = "front_matter"
        doc.title = head_lines[0][2][:80] if head_lines else ""
        doc.city_zh = _find_city(head)
        return

    def flag(flag_type: str, span: tuple[int, int] | None, message: str) -> None:
        if span:
            raw_span = norm.to_raw(*span)
            doc.flags.append(Flag(doc.source_file, flag_type, raw_span[0], raw_span[1], text[span[0]:span[1]],
                                  message, doc_id=doc.doc_id))
        else:
            doc.flags.append(Flag(doc.source_file, flag_type, None, None, "", message, doc_id=doc.doc_id))

    # Title: the issued document's name for notices (关于印发《X》的通知 → X), else the first title line.
    full_title = ""
    for i, (_s, _e, line) in enumerate(head_lines):
        labelled = re.match(r"^标\s*题[::](.+?)(\s*\|.*)?$", line)
        if labelled:
            full_title = labelled.group(1).strip()
            break
        if _NOTICE_END.search(line) or _REPORT_TITLE.match(line) or re.search(r"关于制定.*建议$", line):
            first = i
            while first > 0 and "关于" not in head_lines[first][2] and i - first < 3 and _NOTICE_END.search(line):
                first -= 1
            full_title = "".join(l[2] for l in head_lines[first:i + 1])
            break
    issued = re.search(r"关于印发(.+?)的通知", full_title)
    doc.title = (issued.group(1) if issued else full_title).strip("《》 ")
    # a first line as long as a page is a page scraped as one line: the plans it names are no title's
    running_text = False
    if not doc.title:
        first_line = _title_line(head_lines)
        doc.title = first_line[:MAX_TITLE]
        running_text = len(first_line) > MAX_OPENING_LINE or len(set(_RUN_ON_ORDINAL.findall(first_line))) > 1
    issuer_match = re.match(r"^(.+?)关于", full_title)
    doc.issuer = issuer_match.group(1) if issuer_match else ""

    # Document number, possibly damaged (〔20235 for 〔2023〕5号).
    for s, e, line in head_lines:
        # a short line holding 〔, 〕 and 号 (re would try the number's leading characters at every character)
        match = _DOC_NUMBER.search(line) if len(line) < 40 and could_match(_DOC_NUMBER, line) else None
        if match:
            doc.doc_number = match.group(0)
            break
        damaged = _DOC_NUMBER_DAMAGED.match(line.replace("发文字号:", ""))
        if damaged:
            doc.doc_number = f"{damaged['prefix']}〔{damaged['year']}〕{damaged['number']}号"
            flag("lost_characters", (s, e), f"document number with lost characters read as {doc.doc_number}")
            break
    if not doc.issuer and doc.doc_number:
        prefix = re.match(r"^([\u4e00-\u9fff]+)〔", doc.doc_number).group(1)
        issuer = load_issuer_codes().get(prefix, "")
        if issuer:
            doc.issuer = issuer
            flag("metadata_inferred", None, f"issuer {issuer} inferred from the document number prefix {prefix}")
    if not doc.issuer and "政府工作报告" in full_title + head:
        city = _find_city(full_title + head)
        if city:
            doc.issuer = city + "人民政府"

    body_length = doc.end - doc.start
    if kind == "report" or (_REPORT_TITLE.match(doc.title) and "——" in head):
        doc.doc_type = "work_report"
    else:
        doc.doc_type = _doc_type_of(doc.title, body_length, issued is not None)
    if doc.doc_type == "other" and "各位代表" in head and _WORK_REPORT_OPENING.search(head):
        doc.doc_type = "work_report"  # "各位代表:现在,我代表市人民政府,向大会报告政府工作" opens a report with no title
    if doc.doc_type == "other" and _PLAN_REPORT_OPENING.search(head):
        doc.doc_type = "plan_report"  # "现将…2018年…计划执行情况与2019年…计划草案的报告提交大会审议"
    if doc.doc_type == "other" and _SUMMARY_OPENING.search(head):
        doc.doc_type = "project_report"  # "现将工作落实情况汇报如下:" opens a report on how its tasks went
    if doc.doc_type == "other" and _BULLETIN_FIRST_SECTION.search(head):
        doc.doc_type = "statistical_bulletin"  # a bulletin captured without its title: "…。" then "一、综合"
    headline = _news_of_a_plan(head_lines) if doc.doc_type == "other" else None
    if headline is not None:
        doc.doc_type = "plan_news"
    if doc.doc_type in ("other", "notice") and _PROJECT_APPROVAL.search(head, 0, MAX_APPROVAL_HEAD):
        doc.doc_type = "project_approval"  # a project's approval or environmental notice: what it is to build

    doc.issued_date = _infer_date(head_lines, flag)
    if not doc.issued_date and _FULL_DATE.search(doc.title):
        doc.issued_date = _iso(*_FULL_DATE.search(doc.title).groups())
    # (not "2017年是…实施“十三五”规划的关键一年", a year named)
    period = parse_period(doc.title) if not (year_named_by_period(doc.title) or _YEAR_DESCRIBED.search(doc.title)) \
        and not running_text else None
    span = _BRACKETED_SPAN.search(doc.title) if period is None and not running_text else None
    if span and int(span.group(1)) <= int(span.group(2)):  # "…三年建设行动实施方案(2024-2026)" (heldout760 n01)
        period = (int(span.group(1)), int(span.group(2)))
    if period is None and headline:  # "江苏体育发展“十四五”规划出台": the period of the plan the news is of
        period = parse_period(headline)
    one_year = _ONE_YEARS_TASKS.search(doc.title) if period is None else None
    if one_year:  # "…高质量发展2023年重点工作任务" (heldout167 n05): that year's, whatever plan the preamble names
        period = (int(one_year.group(1)), int(one_year.group(1)))
    if period is None and doc.doc_type in ("work_report", "plan_report") and doc.issued_date:
        year = int(doc.issued_date[:4])
        period = (year, year)
    if period is None and doc.doc_type != "work_report":  # a work report has a year, not a plan's period
        horizons: list[int] = []  # the years of the 到YYYY年 the lines above named
        for s, e, line in head_lines[:12]:
            # "…编制本规划,规划期限为2021—2025年", "《某市“十二五”发展规划》已经市政府同意,现印发给你们": the plan's own period
            term = _PLAN_TERM.search(line) or _PLAN_ISSUED.search(line)
            found = parse_period(term.group(0) if term else line)
            if found and not term and horizons and min(horizons) < found[0]:
                break  # "现在到2020年是重点创建阶段…" over "2021到2025年是全面提质阶段": a later stage, not its period
            horizons += [int(year) for year in _HORIZON_YEAR.findall(line)]
            if found and year_named_by_period(line) and not term:  # "今年是“十五五”开局之年" names a year
                continue
            if found and not term and len(set(_YEAR_SPAN.findall(line))) > 1:
                continue  # "一期(2011年—2013年)…二期(2014年—2016年)…": periods the page tells of, none its own
            if found and (term or not any(name in line for name in FIVE_YEAR_PLANS)):
                period = found
                flag("metadata_inferred", (s, e), f"plan period {found[0]}-{found[1]} inferred from the preamble")
                break
    if period:
        doc.period_start, doc.period_end = period
    elif doc.doc_type not in ("notice", "front_matter"):
        flag("metadata_missing", None, "plan period not found")

    doc.city_zh = _find_city(f"{doc.title}\n{doc.issuer}\n{head}")


def _find_city(text: str) -> str:
    """The first city of the codebook named in ``text``, else the place the text opens with (division codes)."""
    known = [(text.find(name), name) for name in load_cities() if name in text]
    if known:
        return min(known)[1]
    place = main_place(text)
    return place.name if place else ""


def _infer_date(head_lines, flag) -> str:
    """The document's date: labelled (成文日期), spoken (——date在), adopted ((date…通过)), or signed."""
    for s, e, line in head_lines:
        labelled = re.search(r"成文日期[::]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", line)
        if labelled:
            return _iso(*labelled.groups())
    for s, e, line in head_lines:
        if line.startswith("——") or re.match(r"^\(\d{4}年.*通过\)$", line):
            full = _FULL_DATE.search(line)
            if full:
                return _iso(*full.groups())
            damaged = re.match(r"^——(\d{4})年?(\d)月?(\d{1,2})日", line)
            if damaged and _valid_date(*map(int, damaged.groups())):
                flag("lost_characters", (s, e), "date with lost characters; read as year, month, day")
                return _iso(*damaged.groups())
            if damaged:
                flag("lost_characters", (s, e), f"date {line[:20]!r} with lost characters has no valid reading; not read")
    for s, e, line in head_lines:
        if full := _FULL_DATE.fullmatch(line):
            if _a_later_copys_date(int(full.group(1)), head_lines, s):
                continue  # "2025年05月19日" over "2010年成都减排目标…" (heldout1095 n04): a content farm's copy
            return _iso(*full.groups())
        damaged = _DAMAGED_DATE.fullmatch(line)
        if damaged:
            year, rest = line[:4], line[4:].rstrip("日")
            readings = [(rest[:k], rest[k:]) for k in (1, 2) if 0 < k < len(rest)]
            valid = [(m, d) for m, d in readings if _valid_date(int(year), int(m), int(d))]
            if len(valid) == 1:
                flag("lost_characters", (s, e), f"signature date {line!r} with lost 年/月/日; only {year}-{valid[0][0]}-{valid[0][1]} is a valid reading")
                return _iso(year, *valid[0])
            flag("lost_characters", (s, e), f"signature date {line!r} with lost 年/月/日 is ambiguous; not read")
    for s, e, line in head_lines:
        chinese = _CN_FULL_DATE.fullmatch(line)
        if chinese and chinese.group(3):
            return _iso(*(int(parse_numeral(g)) for g in chinese.groups()))
    return ""


# A date line at least this many years after every other year the page's head names, named at least twice and
# none as a span to the present (2009年以来), is a later copy's, not the document's (context.py reads a dateline so too)
YEARS_A_COPY_IS_LATER = 2
MIN_YEARS_NAMED_IN_A_COPY = 2
_YEAR_NAMED_IN_HEAD = compile_pattern(rf"((?:19|20)\d{{2}})\s*年(?P<since>{phrase_words('span_to_the_present')})?")


def is_a_later_copys_year(year: int, named: list[int], since: bool) -> bool:
    """Whether a date's year is a later copy's: the page names at least MIN_YEARS_NAMED_IN_A_COPY other years
    (``named``), none as a span to the present (``since``), all at least YEARS_A_COPY_IS_LATER before it."""
    return len(named) >= MIN_YEARS_NAMED_IN_A_COPY and not since and year - max(named) >= YEARS_A_COPY_IS_LATER


def _a_later_copys_date(year: int, head_lines, date_line_start: int) -> bool:
    """Whether a date line's year is a later copy's, by the years the other lines of the head name."""
    named = [m for s, e, line in head_lines if s != date_line_start for m in _YEAR_NAMED_IN_HEAD.finditer(line)]
    return is_a_later_copys_year(year, [int(m.group(1)) for m in named], any(m.group("since") for m in named))


def _valid_date(year: int, month: int, day: int) -> bool:
    """A real calendar date in the years plans are written for."""
    if not 1949 <= year <= 2100:
        return False
    try:
        date(year, month, day)
        return True
    except ValueError:
        return False


def _iso(year, month, day) -> str:
    """An ISO date, or "" when the text's numbers make no real date (a typo or lost characters)."""
    if not _valid_date(int(year), int(month), int(day)):
        return ""
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
