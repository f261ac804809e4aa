"""Normalize decoded text for extraction, keeping an offset map back to the raw text.

What it changes, and records: HTML markup, page furniture and spam are cut out (each furniture and spam cut
is a flag, and so is each script, style or comment block that holds a number); full-width ASCII becomes ASCII;
runs of spaces become one (none at a line's edges); CRLF becomes LF; a doubled ``%%`` is read as one (flagged).
A text broken into lines of one width inside its sentences (PDF text) has those breaks joined (flagged once); a
text run into one line has line breaks put back before its chapter headings and dateline (flagged once).
Everything else is kept character for character.

Damaged text is cut out and flagged ``mojibake`` with its span, never read: UTF-8 that was read as
Latin-1/Windows-1252 (``å­¦å‰``) or as GBK (``瀛﹀墠``) and saved again, and characters lost to an encoding
error (U+FFFD, ``锟斤拷``), together with the digits touching them. The flag's message gives the repaired
reading, so the file can be fixed by hand. A file written in traditional characters is read through a
one-character-for-one traditional→simplified map (OpenCC's character table), so the simplified keywords of
the extractor apply and every offset stays exact; it is flagged ``traditional_characters`` once.
"""

from __future__ import annotations

import bisect
import dataclasses
import html
import importlib.resources
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from plantargets.flags import Flag
from plantargets.paths import codebook_rows, phrase_words
from plantargets.pattern_cache import compile_pattern
from plantargets.scanning import best_required_set, guarded, literal_alternatives, positional_finditer, required_strings

# Full-width ASCII (U+FF01..U+FF5E) → ASCII; ideographic and no-break spaces → space. One char for one char.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20, 0x0009: 0x20})
# Signs typed for % by look-alike (℅ "care of" in a county report, heldout18 p18_05; small ﹪)
_FULLWIDTH.update({0x2105: ord("%"), 0xFE6A: ord("%")})
# Line breaks other than \n a page or an exporter wrote (the line and paragraph separators, NEL, \v, \f)
_FULLWIDTH.update({0x2028: 0x0A, 0x2029: 0x0A, 0x0085: 0x0A, 0x000B: 0x0A, 0x000C: 0x0A})
# The corner quotation marks of traditional print (「十四五」, 『1135』工程) read as the curly ones simplified text uses
# (“十四五”), so every pattern that looks for a quoted name or plan finds them (devset d103; heldout606 n03; heldout18
# p18_02 in the harness's corner-quotes form)
_FULLWIDTH.update({0x300C: 0x201C, 0x300D: 0x201D, 0x300E: 0x201C, 0x300F: 0x201D})
# The horizontal bar a typesetter writes for the dash of a span (方案(2011―2020年), heldout1218 n01; 2017―2025年,
# heldout1138 n04) read as the dash simplified text uses, so the span is one period, not a year named after a bar
_FULLWIDTH.update({0x2015: 0x2014})
# A table drawn with box-drawing characters (│ 指 标 │ 单位│ 2009年 │, ├────┼────┤ between rows, heldout698 n02): its
# upright rules and corners read as the pipes of a text table (─ stays: prose writes it for a dash, ──2023年2月27日)
_FULLWIDTH.update({0x2502: ord("|"), 0x2503: ord("|")})
_FULLWIDTH.update({code: ord("|") for code in (0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C)})
_ONE_FOR_ONE = str.maketrans(_FULLWIDTH)
_LINE_BREAKS_ONE_FOR_ONE = str.maketrans({code: 0x0A for code in (0x2028, 0x2029, 0x0085, 0x000B, 0x000C)})
_OTHER_LINE_BREAK = compile_pattern("[\u2028\u2029\u0085\u000b\u000c]")
_CR_BEFORE_LF = compile_pattern("\r(?=\n)")

_FULLWIDTH_CLASS = "[" + "".join(re.escape(chr(code)) for code in sorted(_FULLWIDTH)) + "]"
# [x][x]* rather than [x]+: a pattern that begins with a class lets re skip ahead in C (a repeat does not)
_FULLWIDTH_RUN = compile_pattern(f"{_FULLWIDTH_CLASS}{_FULLWIDTH_CLASS}*")


def _map_fullwidth(run: re.Match) -> str:
    return run.group().translate(_ONE_FOR_ONE)


_SPACE_CHARS = " \t\u3000\xa0\u2002\u2003\u2009"
# A run of spaces, a CR (with its LF), a doubled %. Written to begin with one character class, so that re skips
# ahead to the next such character in C (a pattern that begins with alternatives is tried at every position:
# seven times slower over a page); a look-behind at the class character chooses the run it starts.
_SPACE_OR_BREAK = compile_pattern(rf"[{_SPACE_CHARS}\r%\uFF05](?:(?<=[{_SPACE_CHARS}])[{_SPACE_CHARS}]*|(?<=\r)\n?"
                                  r"|(?<=%)%+|(?<=\uFF05)\uFF05+)")
# A space that groups thousands ("实施新建、扩建幼儿园项目1 122个", "改建幼儿园1 376所", a bulletin's "2 329.5亿元"):
# 1-3 digits after a Chinese character, one space, three digits and perhaps decimals, then a Chinese character or
# bracket (not a second cell, not %).
_THOUSANDS_GAP = compile_pattern(r"(?<=[\u4e00-\u9fff])\d{1,3}[ \xa0\u2009\u202f]\d{3}(?:\.\d+)?(?=[\u4e00-\u9fff((])")


# A year in Chinese digits typed with Latin zeros (二00六年, 二OO六年): the zeros read as 〇, one for one.
_MIXED_DIGIT_YEAR = compile_pattern(r"[〇○零一二](?=[0OoО〇○零一二三四五六七八九]{3}\s*年)[0OoО〇○零一二三四五六七八九]{3}")
_LATIN_ZEROS = str.maketrans({"0": "〇", "O": "〇", "o": "〇", "О": "〇"})
# A year in Chinese digits (展望二〇一八年, 到二〇三五年, 二零一六-二零二零年) read as Arabic digits, one for one, so every
# rule that reads a year reads it; not a date's year before a month in Chinese digits (二〇二三年一月五日: the dateline
# patterns read it)
_CHINESE_YEAR = compile_pattern(r"(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}"
                                r"(?=\s*年|\s*[-—~至到]\s*(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}\s*年)"
                                r"(?!\s*年\s*[一二三四五六七八九十]{1,3}\s*月)")
_CHINESE_DIGITS = "〇○零一二三四五六七八九"
_ARABIC_DIGITS = str.maketrans(_CHINESE_DIGITS, "000123456789")


def _chinese_zeros(match: re.Match) -> str:
    return match.group(0).translate(_LATIN_ZEROS)


# Digits an OCR engine read as the letters they look like (2O25年, l2%, 1O0万元): a run of digits, these letters and
# points with no Latin letter or digit on either side (ISO9001, G15, No.1 and words stay), read one for one when it
# holds a real digit; not a trailing o (达到10o: a full stop read as o)
_OCR_LETTER_BY_DIGIT = compile_pattern(r"[OolI](?<=\d[OolI])|[OolI](?=\d)")  # (a class first: a fast scan)
_OCR_NUMBER = compile_pattern(r"(?<![A-Za-z0-9_.])[0-9OolI](?:[0-9OolI]|\.(?=[0-9OolI]))*(?![A-Za-z0-9_])")
_OCR_DIGITS = str.maketrans("OolI", "0011")
# a number of prose touches a word, a sign or a mark of Chinese text, or a space or line break before one (2O25年, l2%,
# 共l5,, a table's last cell 1O0⏎高中段): not a junk token between spaces (| l8 W M+, anti-scraping noise, heldout54 n04)
_OCR_NUMBER_CONTEXT = compile_pattern(r"(?s:.)?[\u4e00-\u9fff%‰\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f]")
# or a date's or a time's other part (2O24-O3-O1, 1O:3O)
_OCR_DATE_PART_BEFORE = compile_pattern(r"[0-9OolI][-/:]$")
_OCR_DATE_PART_AFTER = compile_pattern(r"[-/:][0-9OolI]")


def _ocr_digit_runs(text: str) -> list[re.Match]:
    """The runs of digits with letters an OCR engine read for some of them (see _OCR_NUMBER)."""
    if not _OCR_LETTER_BY_DIGIT.search(text):
        return []
    return [m for m in _OCR_NUMBER.finditer(text)
            if _reads_as_a_number(m.group(0), text[max(0, m.start() - 1):m.start()], text[m.end():m.end() + 1])
            and _in_prose_or_a_date(text, m)]


def _in_prose_or_a_date(text: str, run: re.Match) -> bool:
    """Whether a run stands by a word, sign or mark of Chinese text (a space between at most), or by a date's or a
    time's other part."""
    before = text[max(0, run.start() - 2):run.start()]
    return bool(_OCR_NUMBER_CONTEXT.match(before) or _OCR_NUMBER_CONTEXT.match(text, run.end())
                or _OCR_DATE_PART_BEFORE.match(before) or _OCR_DATE_PART_AFTER.match(text, run.end()))


def _reads_as_a_number(run: str, before: str, after: str) -> bool:
    """Whether a run of digits and look-alike letters is a number misread: opened by a digit (2O25, 1OO), by l or I
    before two digits or more and no fewer digits than letters (l3.5), or before a digit and % (l2%) or between Chinese
    words (增长l5个), by O before a point (O.5), or by O in a date's or a time's part (2O24-O3-O1, O3月O1日, 1O:O5); not
    a formula's or a code's letter before a digit (臭氧(O3), O2O, l4级)."""
    letters = sum(c in "OolI" for c in run.rstrip("o"))
    digits = sum(c.isdigit() for c in run)
    if not letters or not digits:
        return False
    if run[0].isdigit():
        return True
    if run[0] in "lI":  # (between Chinese words: 增长l5个; not a grade's code, L4级)
        return digits >= max(2, letters) or after in ("%", "‰") \
            or _CJK.match(before) is not None and _CJK.match(after) is not None and not _CODE_GRADE.fullmatch(after)
    in_a_date = bool(_DATE_PART_MARK.fullmatch(before) or _DATE_PART_MARK.fullmatch(after))
    return run[1:2] == "." or len(run) == 2 and in_a_date


_DATE_PART_MARK = compile_pattern(rf"[-/:]|{phrase_words('ocr_date_part_word')}")
_CODE_GRADE = compile_pattern(phrase_words("ocr_code_grade"))


def _read_ocr_digits(text: str, runs: list[re.Match]) -> str:
    """``text`` with the letters of each run read as the digits they stand for, one for one."""
    pieces, position = [], 0
    for run in runs:
        body = run.group(0)
        kept = len(body) - len(body.rstrip("o"))
        pieces += [text[position:run.start()], body[:len(body) - kept].translate(_OCR_DIGITS), body[len(body) - kept:]]
        position = run.end()
    return "".join(pieces) + text[position:]


def _group_start(raw: str, space: int) -> int:
    """Where the digit group just before a space starts (the space itself when no digit precedes it)."""
    start = space
    while start > 0 and space - start < 3 and raw[start - 1].isdigit():
        start -= 1
    return start

# A block left open (a page cut off inside a script) runs to the end of the text.
_HTML_DROP = compile_pattern(r"<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)", re.S | re.I)
_HTML_BLOCK_TAG = compile_pattern(r"</?(?:p|div|br|li|tr|h[1-6]|table|section|article|ul|ol|title)\b[^>]*>", re.I)
# A tag begins with a letter, "/", "!" or "?" after "<" (as in HTML's tokenizer): "<5%" and "< 45人" are text.
_HTML_TAG = compile_pattern(r"<(?:[A-Za-z!?]|/[A-Za-z])[^>]*>")
_CJK = compile_pattern(r"[\u3400-\u9fff]")
_HTML_CELL_TAG = compile_pattern(r"</t[dh]\s*>", re.I)
_HAS_DIGIT = compile_pattern(r"[0-9０-９]")
_HTML_ENTITY = compile_pattern(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
# A JSON string's text a scraper saved as it came (an API's response): its escapes (\n, \", \u4e2d, a surrogate pair)
_JSON_ESCAPE = compile_pattern(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
                               r"|u[0-9a-fA-F]{4}|[nrt\"\\/])")
_JSON_CHARACTER_ESCAPE = compile_pattern(r"\\u[0-9a-fA-F]{4}")
MIN_JSON_ESCAPES = 10  # escaped characters that make a page a JSON string's text
MIN_JSON_BREAKS = 3  # or escaped line breaks, when it has fewer real ones
# A tag of a page's markup escaped as text (&lt;p&gt;, &lt;/div&gt;, &lt;br /&gt;)
_ESCAPED_TAG = compile_pattern(r"&lt;/?(?:p|div|br|span|li|ul|ol|tr|td|th|table|h[1-6]|a|img|strong|b|section|font)\b",
                               re.I)
MIN_ESCAPED_TAGS = 3  # escaped tags that make a text a page whose markup is escaped
# A list with no list inside it; its items; a link and its text; what else an item of a list of links may show
_HTML_LIST = compile_pattern(r"<(ul|ol)\b[^>]*>((?:(?!<(?:ul|ol)\b)[\s\S])*?)</\1\s*>", re.I)
_HTML_LIST_ITEM = compile_pattern(r"<li\b", re.I)
_HTML_LINK = compile_pattern(r"<a\b[^>]*>([\s\S]*?)</a\s*>", re.I)
_LINK_ITEM_REST = compile_pattern(r"[\s\d\-/.:\uff1a()\uff08\uff09\[\]\u3010\u3011|\u00b7\u2022\u5e74\u6708\u65e5]*")
MIN_LINKS_IN_A_LIST = 2  # items of a list of links before it is taken for other pages' headlines or a menu


# ---------------------------------------------------------------- mojibake

# Windows-1252 (Latin-1 where 1252 leaves a byte undefined): the character each byte 0x80-0xFF is read as.
_BYTE_OF: dict[str, int] = {}
for _byte in range(0x80, 0x100):
    try:
        _BYTE_OF[bytes([_byte]).decode("cp1252")] = _byte
    except UnicodeDecodeError:
        pass
    _BYTE_OF.setdefault(chr(_byte), _byte)


def _byte_class(low: int, high: int) -> str:
    return "[" + "".join(re.escape(ch) for ch, b in sorted(_BYTE_OF.items()) if low <= b <= high) + "]"


_CONT, _LEAD2, _LEAD3, _LEAD4 = _byte_class(0x80, 0xBF), _byte_class(0xC2, 0xDF), _byte_class(0xE0, 0xEF), _byte_class(0xF0, 0xF4)
_UTF8_SEQ = rf"(?:{_LEAD2}{_CONT}|{_LEAD3}{_CONT}{{2}}|{_LEAD4}{_CONT}{{3}})"
# A run of UTF-8 sequences read one byte per character, with short stretches of plain ASCII (digits, %, commas) between.
_LATIN_MOJIBAKE = compile_pattern(rf"{_UTF8_SEQ}(?:[\x20-\x3b=\x3f-\x7e]{{0,40}}{_UTF8_SEQ})*")
# Characters lost to a decoding error: U+FFFD, and U+FFFD's UTF-8 bytes read as GBK (锟斤拷).
_LOST = compile_pattern(r"(?:锟斤拷)+(?:锟斤?)?|\ufffd+")
_NUMBER_CHARS = "0-9０-９.．%％‰"
_CJK_RUN = compile_pattern(r"[\u4e00-\u9fff]{3}")
_NON_ASCII_RUN = compile_pattern(r"[^\x00-\x7f\s]+")


def _readable(text: str, limit: int = 40) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit] + "…"


def _widen_over_numbers(raw: str, start: int, end: int) -> tuple[int, int]:
    """Widen a damaged span over the digits (and . %) touching it: a number cut in half is not read."""
    before = re.search(f"[{_NUMBER_CHARS}]*$", raw[max(0, start - 40):start])
    after = re.match(f"[{_NUMBER_CHARS}]*", raw[end:end + 40])
    return start - len(before.group(0)), end + len(after.group(0))


_LATIN_LEAD = compile_pattern("[\xc2-\xf4]")


def _latin_mojibake_cuts(raw: str) -> list[tuple[int, int, str]]:
    found = []
    if not _LATIN_LEAD.search(raw):  # a plain character class is scanned ten times faster than the full pattern
        return found
    for match in _LATIN_MOJIBAKE.finditer(raw):
        run = match.group(0)
        data = bytes(_BYTE_OF.get(ch, ord(ch) if ord(ch) < 0x80 else 0x3F) for ch in run)
        repaired = data.decode("utf-8", errors="replace")
        multibyte = sum(1 for ch in repaired if ord(ch) >= 0x80 and ch != "\ufffd")
        if multibyte >= 2 or any(ord(ch) >= 0x800 and ch != "\ufffd" for ch in repaired):
            found.append((match.start(), match.end(),
                          f"UTF-8 text read as Latin-1/Windows-1252 and saved again; it reads "
                          f"{_readable(repaired)!r}; not read"))
    return found


def _gbk_reading(segment: str) -> tuple[int, int]:
    """(CJK characters, inner replacement characters) of ``segment`` re-encoded as GBK and read as UTF-8,
    at the best of three byte alignments (a garbled run may start inside a UTF-8 character)."""
    try:
        data = segment.encode("gbk")
    except UnicodeEncodeError:
        return 0, 1
    best = (0, len(segment) + 1)
    for skip in (0, 1, 2):
        repaired = data[skip:].decode("utf-8", errors="replace").strip("\ufffd")
        cjk = sum(1 for ch in repaired if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
        bad = repaired.count("\ufffd")
        if bad < best[1] or (bad == best[1] and cjk > best[0]):
            best = (cjk, bad)
    return best


@lru_cache(maxsize=1)
def _gbk_tell() -> re.Pattern[str]:
    """The characters one of which a line must hold for its GBK bytes to read as three UTF-8 Chinese characters
    in a row: nine bytes [E4-E9][80-BF][80-BF] x 3 in GBK's two-byte characters (a four-byte GB18030 character
    holds a byte 30-39, which ends any UTF-8 sequence) pair up so that one character has a lead byte E4-E9
    and a trail byte 80-BF. Read from the codec: 384 characters, most of them rare."""
    tells = []
    for lead in range(0xE4, 0xEA):
        for trail in range(0x80, 0xC0):
            try:
                tells.append(bytes((lead, trail)).decode("gb18030"))
            except UnicodeDecodeError:
                pass
    return compile_pattern("[" + "".join(re.escape(ch) for ch in tells) + "]")


def _gbk_mojibake_cuts(raw: str) -> list[tuple[int, int, str]]:
    """Lines whose characters, re-encoded as GBK, are UTF-8 Chinese: UTF-8 read as GBK and saved again."""
    found = []
    position = 0
    for tell in _gbk_tell().finditer(raw):  # only the lines that hold a tell character can be garbled
        if tell.start() < position:
            continue
        position = raw.rfind("\n", 0, tell.start()) + 1
        newline = raw.find("\n", position)
        line_end = len(raw) if newline == -1 else newline
        line = raw[position:line_end]
        suspect = len(line) >= 3 and _CJK_RUN.search(
            line.replace("\ufffd", " ").encode("gb18030").decode("utf-8", errors="replace"))
        if suspect:
            all_runs = list(_NON_ASCII_RUN.finditer(line))
            runs = []
            for match in all_runs:
                pieces = [_gbk_reading(p) for p in match.group(0).split("\ufffd") if p]
                cjk, bad = sum(p[0] for p in pieces), sum(p[1] for p in pieces)
                if cjk >= 2 and bad * 4 <= cjk:
                    runs.append(match)
            if runs:
                non_ascii = sum(len(m.group(0)) for m in all_runs)
                covered = sum(len(m.group(0)) for m in runs)
                # Mostly garbled: one span from the line's first non-ASCII run to its last (the digits and
                # short garbled runs between are part of it); else each garbled run alone.
                spans = ([(all_runs[0].start(), all_runs[-1].end())] if covered * 2 >= non_ascii
                         else [m.span() for m in runs])
                for start, end in spans:
                    text = line[start:end]
                    repaired = "".join(p.encode("gbk", errors="replace").decode("utf-8", errors="replace")
                                       for p in text.split("\ufffd"))
                    found.append((position + start, position + end,
                                  f"UTF-8 text read as GBK and saved again; it reads about {_readable(repaired)!r}; not read"))
        position = line_end + 1
    return found


def _lost_character_cuts(raw: str) -> list[tuple[int, int, str]]:
    found = []
    if "\ufffd" not in raw and "锟斤拷" not in raw:
        return found
    for match in _LOST.finditer(raw):
        if match.group(0)[0] == "\ufffd":
            what = f"{len(match.group(0))} undecodable byte sequence(s) (U+FFFD)"
            if match.end() == len(raw.rstrip()):
                what += " at the end of the file: it was cut off inside a character"
        else:
            what = f"{match.group(0)!r}: characters lost to an encoding error (U+FFFD saved in UTF-8, read as GBK)"
        found.append((match.start(), match.end(), f"{what}; numbers touching it are not read"))
    return found


def find_mojibake_cuts(raw: str) -> list[Cut]:
    """Spans of text garbled by a wrong encoding or lost to one, widened over touching digits, merged."""
    spans = _latin_mojibake_cuts(raw) + _gbk_mojibake_cuts(raw) + _lost_character_cuts(raw)
    merged: list[list] = []
    # Spans sorted by start; a garbled reading's message (it explains its U+FFFD too) wins over a lost-character one.
    for start, end, message in sorted((*_widen_over_numbers(raw, s, e), m) for s, e, m in spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if "read as" in message and "read as" not in merged[-1][2]:
                merged[-1][2] = message
        else:
            merged.append([start, end, message])
    cuts = []
    for start, end, message in merged:
        numbers = re.findall(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", raw[start:end])
        tail = f" (numbers in it: {', '.join(numbers[:12])}{' …' if len(numbers) > 12 else ''})" if numbers else ""
        cuts.append(Cut(start, end, "\n", "mojibake", message + tail))
    return cuts


# ---------------------------------------------------------------- traditional characters

# A file is read as traditional when this share of its characters are traditional-only (and at least MIN of them).
TRADITIONAL_SHARE, TRADITIONAL_MIN, TRADITIONAL_WINDOW = 0.002, 5, 4096


@lru_cache(maxsize=None)
def traditional_map() -> tuple[dict[int, int], frozenset[str], re.Pattern[str]]:
    """OpenCC's traditional→simplified character table, one character for one, and the characters that only
    traditional text uses (not simplified, with no simplified reading of their own), as a set and a pattern."""
    try:
        dictionary = importlib.resources.files("opencc") / "dictionary"
    except ModuleNotFoundError as error:
        raise RuntimeError("plantargets needs opencc-python-reimplemented (OpenCC's character tables): "
                           "pip install -e .") from error

    def rows(name: str):
        for line in (dictionary / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                key, candidates = line.split("\t", 1)
                yield key, candidates.split(" ")

    simplified = {key for key, _ in rows("STCharacters.txt")}
    table, only_traditional = {}, []
    for key, candidates in rows("TSCharacters.txt"):
        if len(key) != 1 or len(candidates[0]) != 1:
            continue  # not one for one: left as it is
        if candidates[0] != key:
            table[ord(key)] = ord(candidates[0])
        if key not in candidates and key not in simplified:
            only_traditional.append(key)
    return table, frozenset(only_traditional), compile_pattern("[" + "".join(sorted(only_traditional)) + "]")


@lru_cache(maxsize=None)
def _traditional_scan() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The traditional-only characters of the Basic Multilingual Plane as one class (re tests such a class
    with a bitmap, one step per character), and the few others, looked for one by one."""
    _, only_traditional, _ = traditional_map()
    basic = "".join(sorted(ch for ch in only_traditional if ord(ch) <= 0xFFFF))
    return compile_pattern(f"[{basic}]"), tuple(sorted(ch for ch in only_traditional if ord(ch) > 0xFFFF))


def _traditional_characters_in(text: str) -> set[str]:
    """The traditional-only characters that occur in ``text``."""
    basic, others = _traditional_scan()
    return set(basic.findall(text)).union(ch for ch in others if ch in text)


# An ideograph a PDF's font gives in a radical's or a compatibility code point (⼈ U+2F08 for 人, 增⻓ with U+2ED3 for
# 长, 年 U+F98E for 年): Unicode's compatibility mapping (NFKC) for the Kangxi radicals and the compatibility
# ideographs, codebook/ideograph_forms.csv for the simplified radicals NFKC leaves alone
_IDEOGRAPH_FORMS = {code: ord(form) for code in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA))
                    if len(form := unicodedata.normalize("NFKC", chr(code))) == 1 and form != chr(code)}
_IDEOGRAPH_FORMS.update({ord(row["form"]): ord(row["character"]) for row in codebook_rows("ideograph_forms.csv")})
_IDEOGRAPH_FORM = compile_pattern("[" + "".join(map(chr, sorted(_IDEOGRAPH_FORMS))) + "]")


@lru_cache(maxsize=None)
def ideograph_forms() -> dict[int, int]:
    """The ideographs written in a radical's or a compatibility code point, each read as the simplified character,
    one for one (⾨ U+2FA8, NFKC 門, reads 门, as traditional text is read)."""
    simplified, _, _ = traditional_map()
    return {code: simplified.get(to, to) for code, to in _IDEOGRAPH_FORMS.items()}


def find_traditional(raw: str, source_file: str = "", skip: list[Cut] = ()) -> tuple[dict[int, int], list[Flag]]:
    """The character map to apply to ``raw`` (empty for simplified text) and its flag; the text of the
    ``skip`` cuts (mojibake: GBK-garbled text is full of traditional-only characters) does not count."""
    text = raw
    if skip:
        edges = [0, *(p for c in sorted(skip, key=lambda c: c.start) for p in (c.start, c.end)), len(raw)]
        text = "".join(raw[a:b] for a, b in zip(edges[::2], edges[1::2]))
    table, _, pattern = traditional_map()
    # A large file is judged on 64 windows spread over it: the share is what counts, and a pass over
    # every character of a 50 MB file would cost more than the rest of normalization.
    step = max(TRADITIONAL_WINDOW, len(text) // 64)
    sample = text if len(text) <= 64 * TRADITIONAL_WINDOW else "".join(
        text[i:i + TRADITIONAL_WINDOW] for i in range(0, len(text), step))
    present = _traditional_characters_in(sample)
    needed = max(TRADITIONAL_MIN, TRADITIONAL_SHARE * len(sample))
    hits = 0
    for ch in sorted(present):
        hits += sample.count(ch)
        if hits >= needed:
            break
    if hits < needed:
        return {}, []
    first = pattern.search(raw).start()
    last = len(raw) - pattern.search(raw[::-1]).start()
    examples = "".join(sorted(present, key=sample.find)[:8])
    flag = Flag(source_file, "traditional_characters", first, last, "",
                f"written in traditional characters ({len(present)} distinct traditional-only characters, e.g. "
                f"{examples}); read one for one as simplified ({examples.translate(table)}); quotes keep the raw "
                "characters")
    return table, [flag]


@dataclass(frozen=True)
class Cut:
    """A raw span replaced in the normalized text by ``replacement`` (often nothing)."""

    start: int
    end: int
    replacement: str
    flag_type: str = ""
    message: str = ""


@dataclass
class NormalizedText:
    """Normalized text plus, for every piece of it, the raw span it came from."""

    text: str
    # Parallel lists, one entry per piece: where it starts in text, in raw, and its lengths there.
    piece_norm_start: list[int] = field(default_factory=list)
    piece_raw_start: list[int] = field(default_factory=list)
    piece_norm_len: list[int] = field(default_factory=list)
    piece_raw_len: list[int] = field(default_factory=list)

    def _piece(self, position: int) -> int:
        return bisect.bisect_right(self.piece_norm_start, position) - 1

    def raw_start(self, position: int) -> int:
        """Raw offset where normalized character ``position`` begins."""
        i = self._piece(position)
        if self.piece_norm_len[i] == self.piece_raw_len[i]:
            return self.piece_raw_start[i] + position - self.piece_norm_start[i]
        return self.piece_raw_start[i]

    def raw_end(self, position: int) -> int:
        """Raw offset just after normalized character ``position``."""
        i = self._piece(position)
        if self.piece_norm_len[i] == self.piece_raw_len[i]:
            return self.piece_raw_start[i] + position - self.piece_norm_start[i] + 1
        return self.piece_raw_start[i] + self.piece_raw_len[i]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the raw span it was made from."""
        if end <= start:
            raise ValueError("empty span")
        # raw_start(start) and raw_end(end - 1) in one look-up when both ends fall in one piece (most spans)
        starts, last = self.piece_norm_start, end - 1
        i = bisect.bisect_right(starts, start) - 1
        j = i if i + 1 == len(starts) or last < starts[i + 1] else bisect.bisect_right(starts, last) - 1
        if self.piece_norm_len[i] == self.piece_raw_len[i]:
            raw_start = self.piece_raw_start[i] + start - starts[i]
        else:
            raw_start = self.piece_raw_start[i]
        if self.piece_norm_len[j] == self.piece_raw_len[j]:
            return raw_start, self.piece_raw_start[j] + last - starts[j] + 1
        return raw_start, self.piece_raw_start[j] + self.piece_raw_len[j]

    def is_contiguous(self, start: int, end: int) -> bool:
        """True when no cut (furniture, spam, markup) lies inside the raw span of [start, end)."""
        starts = self.piece_norm_start
        i = bisect.bisect_right(starts, start) - 1
        if end > start and (i + 1 == len(starts) or end - 1 < starts[i + 1]):
            return True  # inside one piece (most quotes): a piece is one raw span, cut or kept whole
        raw_start, raw_end = self.to_raw(start, end)
        raw_covered = sum(
            self.piece_raw_len[i] if self.piece_norm_len[i] else 0
            for i in range(self._piece(start), self._piece(end - 1) + 1)
        )
        return raw_covered >= raw_end - raw_start


@lru_cache(maxsize=None)
def load_patterns(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled patterns from a codebook CSV (``page_furniture.csv``, ``spam_patterns.csv``)."""
    return tuple((compile_pattern(row["pattern"]), row["description"]) for row in codebook_rows(name))


@lru_cache(maxsize=None)
def load_pattern_prefilters(name: str) -> tuple[re.Pattern[str] | None, ...]:
    """Per pattern, a cheap test a text must pass for the pattern to be worth running (the ``requires`` column)."""
    return tuple(compile_pattern(row["requires"]) if row.get("requires") else None for row in codebook_rows(name))


# A page's <title> element, and the separator after the page's own title in it, before the site's name
# ("…推进方案_某某市人民政府门户网站", "… - 人民网", "…|新闻中心")
_HTML_TITLE = compile_pattern(r"<title\b[^>]*>([^<]*)</title\s*>", re.I)
SITE_NAME_SEPARATOR = r"(?:[_|\uff5c]|\s[-\u2013\u2014]\s|--)"  # (segment reads a text scrape's title line by it too)
_SITE_NAME_SEPARATOR = compile_pattern(rf"\s*{SITE_NAME_SEPARATOR}\s*")
MAX_SITE_NAME = 40  # characters after the separator, a site's name and its sections
MIN_TITLE_KEY = 4  # Chinese characters of a title before it is sought in the page's body


def _chinese_only(text: str) -> str:
    return "".join(_CJK.findall(text))


def find_page_title_cuts(raw: str) -> list[Cut]:
    """The site's part of an HTML page's <title>: the whole element when the page's own title before the site's
    name is its headline in the body too (read once, where the page shows it), else the separator and the site's
    name after it (the title stands alone, as the page's own title)."""
    found = _HTML_TITLE.search(raw)
    if not found:
        return []
    separator = _SITE_NAME_SEPARATOR.search(raw, found.start(1), found.end(1))
    own_title = raw[found.start(1):separator.start()] if separator else found.group(1)
    key = _chinese_only(html.unescape(own_title))
    if len(key) >= MIN_TITLE_KEY and key in _chinese_only(raw[found.end():]):
        return [Cut(found.start(), found.end(), "\n", "page_furniture",
                    "the page's <title>, its headline shown again in the body, removed")]
    if separator and separator.start() > found.start(1) and found.end(1) - separator.end() <= MAX_SITE_NAME:
        return [Cut(separator.start(), found.end(1), "", "page_furniture",
                    "the site's name after the page's title in its <title> removed")]
    if not separator and len(own_title.strip()) <= MAX_SITE_NAME and not _HAS_DIGIT.search(own_title) \
            and _site_name_end().search(own_title.strip()):
        return [Cut(found.start(), found.end(), "\n", "page_furniture",
                    "the page's <title>, only its site's name, removed")]
    return []


@lru_cache(maxsize=1)
def _site_name_end() -> re.Pattern[str]:
    """The words a site's name ends on (codebook/phrase_words.csv, role site_name_end)."""
    return compile_pattern(f"(?:{phrase_words('site_name_end')})$")


def find_link_lists(raw: str) -> list[Cut]:
    """An HTML page's lists whose every item is a link, perhaps with its date (related news, other pages'
    headlines, a site's menu): page furniture, as a browser's reader view drops it; their headlines' numbers are
    other pages' (今年将新建幼儿园10所 under 相关新闻), kept in the flags."""
    cuts = []
    for found in _HTML_LIST.finditer(raw) if _HTML_LIST_ITEM.search(raw) else ():
        items = _HTML_LIST_ITEM.split(found.group(2))[1:]
        links = 0
        for item in items:
            item = item[item.find(">") + 1:]
            shown = _HTML_TAG.sub("", _HTML_LINK.sub("", item))
            if not _LINK_ITEM_REST.fullmatch(html.unescape(shown)):
                break
            links += any(_HTML_TAG.sub("", m.group(1)).strip() for m in _HTML_LINK.finditer(item))
        else:
            if links >= MIN_LINKS_IN_A_LIST:
                cuts.append(Cut(found.start(), found.end(), "\n", "page_furniture",
                                f"a list of {links} links (related news, a menu) removed: other pages' headlines"))
    return cuts


def find_html_cuts(raw: str) -> list[Cut]:
    """Markup to remove from an HTML page: scripts, styles, comments, tags (block tags become line breaks), the
    site's part of its <title>."""
    cuts = [Cut(m.start(), m.end(), "", "html_markup", f"<{(m.group(1) or '!--').lower()}> block removed: not page text, "
                "its numbers are not read" + ("" if m.group(0).endswith(">") else " (never closed: the page was cut off)"))
            for m in _HTML_DROP.finditer(raw)]
    dropped = _merge([(c.start, c.end) for c in cuts])
    title_cuts = [cut for cut in find_page_title_cuts(raw) if not _inside(dropped, cut.start)]
    cuts += title_cuts
    dropped = _merge(dropped + [(c.start, c.end) for c in title_cuts if c.replacement])
    for match in _HTML_TAG.finditer(raw):
        if _inside(dropped, match.start()):
            continue
        tag = match.group(0)
        if _HTML_BLOCK_TAG.fullmatch(tag):
            replacement = "\n"
        elif _HTML_CELL_TAG.fullmatch(tag):  # a row's cells stay on its line, set apart as a drawn table's are
            replacement = " | "
        else:
            replacement = ""
        if _CJK.search(tag) and not _HTML_BLOCK_TAG.fullmatch(tag) and not _HTML_CELL_TAG.fullmatch(tag):
            # "a<b 学前…>": a browser hides this text too; say so rather than lose its numbers without a word
            cuts.append(Cut(match.start(), match.end(), replacement, "html_markup",
                            f"a tag holding text ({tag[:30]}…) removed as markup, as a browser would: its numbers "
                            "are not read; if it is page text, the page has a '<' that should be '&lt;'"))
            continue
        cuts.append(Cut(match.start(), match.end(), replacement))
    for match in _HTML_ENTITY.finditer(raw):
        if not _inside(dropped, match.start()):
            cuts.append(Cut(match.start(), match.end(), html.unescape(match.group(0))))
    return cuts


# Codebook files whose patterns are cut out of a page, each match flagged.
CUT_PATTERN_FILES = ("spam_patterns.csv", "page_furniture.csv", "scrape_residue.csv")
# A pattern whose matches are at most this long is tried only near its required strings, not at every position.
MAX_WINDOW = 1000


def required_literal_sets(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Sets of strings (each of two characters or more) such that every match of ``pattern`` contains a string
    of every set; none when none can be told (``scanning.required_strings``)."""
    return required_strings(pattern, 2)


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The most selective set of ``required_literal_sets``: strings one of which every match contains."""
    best = best_required_set([set(strings) for strings in required_literal_sets(pattern)])
    return tuple(sorted(best)) if best else None


def _longest_match(pattern: re.Pattern[str]) -> int | None:
    """How long a match of ``pattern`` can be, when that is at most MAX_WINDOW characters."""
    try:
        from re import _parser as parser
        longest = parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    except Exception:  # noqa: BLE001 - then it is searched everywhere
        return None
    return longest if longest <= MAX_WINDOW else None


@dataclass(frozen=True)
class CutPattern:
    """A codebook pattern and how it is searched: skipped unless the text holds a string of every required
    set (and passes the ``requires`` column's test, by substring tests when it is literals only), and tried only
    near its anchors' occurrences when its matches are short, else where a match can begin when that can be
    found without trying every position (``scanning.positional_finditer``)."""

    pattern: re.Pattern[str]
    description: str
    prefilter: re.Pattern[str] | None
    required: tuple[tuple[str, ...], ...]
    anchors: tuple[str, ...] | None
    longest: int | None
    prefilter_strings: tuple[str, ...] | None = None
    finditer: object = None  # positional_finditer(pattern), or pattern.finditer
    # required sets of single characters (an email's @), which the literal automaton leaves out: a substring test each
    required_characters: tuple[tuple[str, ...], ...] = ()


@lru_cache(maxsize=None)
def load_cut_patterns(name: str) -> tuple[CutPattern, ...]:
    out = []
    for (pattern, description), prefilter in zip(load_patterns(name), load_pattern_prefilters(name)):
        longest = _longest_match(pattern)
        scan = guarded(pattern)
        out.append(CutPattern(scan, description, prefilter, required_literal_sets(pattern),
                              required_literals(pattern) if longest else None, longest,
                              literal_alternatives(prefilter) if prefilter is not None else None,
                              positional_finditer(scan) or scan.finditer,
                              tuple(s for s in required_strings(pattern, 1) if min(map(len, s)) == 1)))
    return tuple(out)


@lru_cache(maxsize=None)
def _line_wise_patterns(name: str) -> tuple[CutPattern, ...]:
    """The patterns of a codebook file anchored at a line's start or end ((?m) with ^ or $)."""
    return tuple(entry for entry in load_cut_patterns(name) if entry.pattern.flags & re.MULTILINE)


@lru_cache(maxsize=None)
def _literal_automaton(names: tuple[str, ...]):
    """Every required string of the patterns of ``names``, and an Aho-Corasick automaton over them."""
    import ahocorasick_rs

    literals = sorted({literal for name in names for entry in load_cut_patterns(name)
                       for strings in entry.required for literal in strings})
    # a DFA: a few dozen strings make a small one, and it steps twice as fast as the default NFA
    return literals, ahocorasick_rs.AhoCorasick(literals, implementation=ahocorasick_rs.Implementation.DFA) \
        if literals else None


def find_literals(text: str, names: tuple[str, ...] = CUT_PATTERN_FILES) -> dict[str, list[int]]:
    """Where each required string of the codebook patterns of ``names`` starts in ``text``: one pass for all
    of them, instead of one search per pattern."""
    literals, automaton = _literal_automaton(names)
    found: dict[str, list[int]] = {}
    if automaton is not None:
        for number, start, _end in automaton.find_matches_as_indexes(text, overlapping=True):
            found.setdefault(literals[number], []).append(start)
    return found


def _matches_near(entry: CutPattern, raw: str, found: dict[str, list[int]]):
    """The matches ``entry.pattern.finditer(raw)`` gives, found by trying only the positions from which a match
    could reach over an occurrence of one of its anchors (every match holds one and is at most
    ``entry.longest`` long)."""
    windows = sorted((max(0, at + len(anchor) - entry.longest), at)
                     for anchor in entry.anchors for at in found.get(anchor, ()))
    position = 0
    for low, high in windows:
        start = max(low, position)
        while start <= high:
            match = entry.pattern.match(raw, start)
            if match:
                yield match
                position = start = max(match.end(), start + 1)
            else:
                start += 1


def find_pattern_cuts(raw: str, pattern_file: str, flag_type: str,
                      literals: dict[str, list[int]] | None = None, line_wise: bool = False) -> list[Cut]:
    """Spans of ``raw`` matching the patterns of a codebook file, each to be cut and flagged; ``literals`` is
    ``find_literals(raw)`` when the caller has it (one pass serves the three pattern files); ``line_wise``: only
    the patterns anchored at a line's start or end."""
    if literals is None:
        literals = find_literals(raw, (pattern_file,))
    passed: dict[str, bool] = {}  # by prefilter: several patterns share one, and it is run once
    cuts = []
    for entry in _line_wise_patterns(pattern_file) if line_wise else load_cut_patterns(pattern_file):
        if entry.prefilter is not None:
            test = entry.prefilter.pattern
            if test not in passed:
                passed[test] = (any(string in raw for string in entry.prefilter_strings)
                                if entry.prefilter_strings is not None else entry.prefilter.search(raw) is not None)
            if not passed[test]:
                continue
        if not all(any(literal in literals for literal in strings) for strings in entry.required):
            continue
        if not all(any(character in raw for character in characters) for characters in entry.required_characters):
            continue  # (a pattern that needs @ is not scanned over a page without one)
        matches = _matches_near(entry, raw, literals) if entry.anchors else entry.finditer(raw)
        for match in matches:
            if match.end() > match.start():
                cuts.append(Cut(match.start(), match.end(), "", flag_type, entry.description))
    return cuts


# What a spam name keeps when a page substitutes only its name part: the cut text without a website or company
# suffix and a bracketed country ("57365线路检测中心(中国)有限公司官网" → "57365线路检测中心").
_SPAM_SUFFIX = compile_pattern(r"(?:[((][\u4e00-\u9fff]{1,6}[))])?(?:有限公司官网|有限公司|官方网站|官网|平台|网站|app|APP)$")
MIN_SPAM_CORE = 6


def find_spam_cuts(raw: str, literals: dict[str, list[int]] | None = None) -> list[Cut]:
    """Spam found by the codebook patterns, plus every other occurrence of its name part.

    A compromised page substitutes the full commercial name in some places and only its core
    (the name without its website or company suffix) in others; the core is searched for once the full form
    has been seen.
    """
    cuts = find_pattern_cuts(raw, "spam_patterns.csv", "spam_text", literals)
    cores = {core for c in cuts if len(core := _SPAM_SUFFIX.sub("", raw[c.start:c.end])) >= MIN_SPAM_CORE
             and core != raw[c.start:c.end]}
    for core in sorted(cores):
        for match in re.finditer(re.escape(core), raw):
            cuts.append(Cut(match.start(), match.end(), "", "spam_text", "spam name seen elsewhere in full"))
    return cuts


# A document site's watermark: one short token of letters and digits, in mixed case or of small letters and digits
# ("8Ay", "zTB", "m3T"), set again and again among a page's Chinese words ("政 府 工 作 报 告8Ay", "会议上8Ay", "报告zTB",
# heldout436 n06, 174 n02, 229 n08); run into a number (8Ay2020年) it would hide it as part of a code
_LETTER_RUN = compile_pattern(r"[A-Za-z][A-Za-z0-9]*")  # (the digits before a run are taken in by hand: a fast scan)
_WATERMARK_SHAPE = compile_pattern(r"(?=[a-z0-9]*[A-Z])(?=[A-Z0-9]*[a-z])[A-Za-z0-9]{3,6}"  # mixed case: 8Ay, zTB
                                   r"|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,6}")  # small letters and digits: xq7k
MIN_WATERMARKS = 3  # times a token must stand on a page to be read as its watermark


def find_watermark_cuts(raw: str) -> list[Cut]:
    """Every occurrence of a page's watermark token (one standing MIN_WATERMARKS times or more next to Chinese text,
    and no unit of codebook/units.csv): cut and flagged as spam."""
    counts = Counter(token for m in _LETTER_RUN.finditer(raw) if (token := _a_watermark_in_place(raw, m)))
    marks = [token for token, n in counts.items() if n >= MIN_WATERMARKS and token not in _units_written()]
    if not marks:
        return []
    # each occurrence, run into a number too ("xq7k2020年"), but not inside a longer word
    anywhere = compile_pattern(r"(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, marks)) + r")(?![A-Za-z])")
    return [Cut(m.start(), m.end(), "", "spam_text", f"a watermark token set {counts[m.group(0)]} times on the page")
            for m in anywhere.finditer(raw)]


def _a_watermark_in_place(raw: str, run: re.Match) -> str:
    """The token a run of letters and digits makes with the digits before it ("8Ay"), when it has a watermark's shape
    and stands next to Chinese text, not in a number, an address or a rate (3.5km2, /a1b/); else ''."""
    start = run.start()
    while start and raw[start - 1] in _ASCII_DIGITS:
        start -= 1
    token = raw[start:run.end()]
    before, after = raw[start - 1:start], raw[run.end():run.end() + 1]
    if not _WATERMARK_SHAPE.fullmatch(token) or (before and before in ".%/-") or (after and after in ".%/"):
        return ""
    return token if _CJK_NEIGHBOUR.search(raw, max(0, start - 2), start) or _CJK_NEIGHBOUR.match(raw, run.end()) else ""


_ASCII_DIGITS = frozenset("0123456789")
_CJK_NEIGHBOUR = compile_pattern(r"\s?[\u4e00-\u9fff]")
_HAS_ASCII_LETTER = compile_pattern(r"[A-Za-z]")


@lru_cache(maxsize=1)
def _units_written() -> frozenset[str]:
    return frozenset(row["unit"] for row in codebook_rows("units.csv"))


# Hard-wrapped text (PDF text, a document site's page chunks): lines broken at one width inside sentences.
SENTENCE_END = "。!?;:…”」』)\uff09\uff01\uff1f\uff1b\uff1a"  # a line ending in one (or in one and a short Latin mark) is closed
MIN_WRAPPED_LINE = 15  # characters; shorter lines (headings, dates) are never joined
MIN_WRAPPED_LINES = 5  # open lines of one width a text needs before its breaks are read as wraps
MIN_EXACT_WRAPS = 3  # … or open lines of exactly one raw length (a scraper's count of characters), on a short page
MIN_OPEN_SHARE = 0.3  # … and their share of its lines of MIN_WRAPPED_LINE or more
MAX_WIDTH_SPREAD = 0.2  # the open lines' widths: interquartile range over the median
FULL_LINE = 0.85  # a line at least this share of the median width, and open, continues on the next one
MAX_PAGE_BREAK_LINES = 5  # blank lines and a page's number or running head between a wrapped line and its next
WIDE_CHARACTER = 2  # columns of a Chinese character: a line wrapped at a width ends within one of it
FULL_CLUSTER_SHARE = 0.6  # … or, when short open lines spread the widths, the share of open lines at full width
_TRAILING_MARK = compile_pattern(r"[A-Za-z]{1,4}\s*$")  # "…目标任务。heK": a site's mark after a paragraph's end
_CLOSING = frozenset(SENTENCE_END)
_ASIDE_CLOSE = frozenset("”」』)\uff09")  # of SENTENCE_END, the marks that close a quotation or an aside, not a sentence
_FULL_STOPS = frozenset("。!?;\uff01\uff1f\uff1b")  # of SENTENCE_END, the marks that end a sentence
_ASIDE_CLOSE_OR_COLON = _ASIDE_CLOSE | frozenset(":\uff1a")  # … and the colons, which lead on to what follows


def _display_width(line: str) -> int:
    """Columns a line takes on a page: two for a character of three UTF-8 bytes or more (Chinese, full-width
    signs, the typographic quotes and ellipsis), one for ASCII (and one and a half for accented Latin)."""
    return len(line) + (len(line.encode("utf-8")) - len(line)) // 2


def _visible(text: str, start: int, end: int, covered: list[tuple[int, int]], covered_starts: list[int]) -> str:
    """text[start:end] without the spans ``covered`` (merged, sorted; their starts in ``covered_starts``)."""
    i = max(0, bisect.bisect_right(covered_starts, start) - 1)
    pieces, position = [], start
    while i < len(covered) and covered[i][0] < end:
        a, b = covered[i]
        if b > position:
            pieces.append(text[position:max(position, a)])
            position = max(position, b)
        i += 1
    pieces.append(text[position:end] if position < end else "")
    return "".join(pieces)


def _is_open(line: str) -> bool:
    """Whether a line ends inside a sentence (a short Latin mark after its end does not count)."""
    closing = _TRAILING_MARK.sub("", line) if line[-1:].isascii() else line
    return bool(closing) and closing[-1] not in _CLOSING


# a value cell a scraper closed with a pipe ("29.7 |", "【10.3】 |"): the line before it, a row's label cell
# ("畜牧业产值占农业总产值之比(%) |"), does not go on in it
_PIPED_VALUE_CELL = compile_pattern(r"[\[((【〔]?[<>≥≤]?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[%‰]?[\]))】〕]?\s*\|")
_PROSE_MARK = compile_pattern(r"[,，。;；、：]")  # (not an ASCII colon: a dateline's 00:00)
_PROSE_OR_END_MARK = compile_pattern(r"[,，。;；、：!！?？]")  # (…民生\n“十心”\n实事!: a headline's end)


# a thousands separator between digits (a cell's 2,242.6, 1,234,567): no mark of prose
_THOUSANDS_SEPARATOR = compile_pattern(r"(?<=\d),(?=\d{3}(?![\d,]))|(?<=\d),(?=\d{3},)")
# a drawn table's row or rule: | 指 标 | 单位 |, |----|----|, and the same in box-drawing characters (│, ├──┼──┤)
_PIPE_ROW_OR_RULE = compile_pattern(r"\s*[|\u2502\u2503].*[|\u2502\u2503]\s*|[\s|+\-=:\u2500-\u254b]+")


# brackets with a space inside, a phrase's aside across "cells" (中新网武汉1月26日电 (记者 艾启平)26日开幕的湖): prose
_SPACED_ASIDE = compile_pattern(r"[((][^()()\s]*\s[^()()]*[))]")


def _table_row(line: str) -> bool:
    """A line of three or more space-separated cells and no prose punctuation, or a drawn table's row or rule: a table
    row, never a wrapped line (a PDF's prose sets its numbers apart by spaces too: "…地区生产总值 369 亿元,增长", and
    an editor's by the digits: "…在现有 100 所“冰上示范学校”的基础上扩大至 500 所")."""
    return bool(_PIPE_ROW_OR_RULE.fullmatch(line)) or len(line.split(None, 2)) > 2 \
        and not _PROSE_MARK.search(_THOUSANDS_SEPARATOR.sub("", line) if "," in line else line) \
        and not _SPACED_ASIDE.search(line) and not _numbers_set_apart_in_prose(line)


_WORDS_OF_PROSE = compile_pattern(r"[\u4e00-\u9fff]{8}")  # a run of words no table's header or number cell holds


def _numbers_set_apart_in_prose(line: str) -> bool:
    """Whether a line's only spaces are single ones between its numbers and its words (an editor's typesetting, "现有
    100 所", as find_spaced_numbers reads them), with a run of words as long as prose's: a sentence typeset so, not a
    table's row (指 标 2015年, 入园率 85.06 96.01 have other gaps)."""
    text = line.strip()
    return text.count(" ") == sum(1 for _ in _SPACE_BY_A_NUMBER.finditer(text)) and "\t" not in text \
        and "\u3000" not in text and bool(_WORDS_OF_PROSE.search(text))


def _quartiles(values: list[int]) -> tuple[int, int, int]:
    """The lower quartile, median and upper quartile of sorted values."""
    return values[len(values) // 4], values[len(values) // 2], values[(3 * len(values)) // 4]


def _full_width_cluster(open_lines: list[tuple[int, ...]]) -> tuple[int, int]:
    """The measure and median width of the open lines at the text's full width, when they are most of its open
    lines: a wrapped page's short open lines (headings, list items without a stop) spread the widths of all.
    (0, 0) when no measure has such a cluster of MIN_WRAPPED_LINES lines of one width."""
    for measure in (3, 1, 2):
        widths = sorted(line[measure] for line in open_lines)
        full = [w for w in widths if w >= FULL_LINE * widths[(9 * len(widths)) // 10]]
        if len(full) < MIN_WRAPPED_LINES or len(full) < FULL_CLUSTER_SHARE * len(widths):
            continue
        low, median, high = _quartiles(full)
        if high - low <= MAX_WIDTH_SPREAD * median:
            return measure, median
    return 0, 0


def _count_of_characters(open_lines: list[tuple[int, ...]], lines: list[tuple]) -> tuple[int, int]:
    """The measure and length of a scraper's count of characters, when MIN_WRAPPED_LINES open lines or more have
    exactly one length that no line but one exceeds (a news page broken every 38 characters, its many short headlines
    and datelines open too: heldout278 n01 so wrapped), in raw characters with a paragraph's indent (measure 4, as a
    scraper counts them) or without it (3: an HTML page's lines, their indent taken with the markup); else (0, 0)."""
    for measure, of_line in ((4, 4), (3, 2)):  # (where each stands in an open line's widths, and in a line's)
        length, count = Counter(line[measure] for line in open_lines).most_common(1)[0] if open_lines else (0, 0)
        if count >= MIN_WRAPPED_LINES and sum(line[of_line] > length for line in lines) <= 1:
            return measure, length
    return 0, 0


def _at_a_scrapers_count(open_lines: list[tuple[int, ...]], lines: list[tuple]) -> bool:
    """Whether MIN_EXACT_WRAPS open lines or more have exactly one raw length that no line of the page exceeds: a text
    broken at a count of characters (60), whatever the share of its lines that end inside a sentence."""
    if len(open_lines) < MIN_EXACT_WRAPS:
        return False
    length, count = Counter(line[3] for line in open_lines).most_common(1)[0]
    return count >= MIN_EXACT_WRAPS and not any(line[2] > length for line in lines)


def _width_on_a_page(open_lines: list[tuple[int, ...]], lines: list[tuple]) -> tuple[int, int]:
    """The width of a PDF's page, when MIN_WRAPPED_LINES open lines or more end within a Chinese character of one width
    that no line but one exceeds (a page's text wrapped in columns, so a line of digits holds more characters than a
    line of Chinese; its headlines and datelines open too), in columns with a paragraph's indent (measure 5); else
    (0, 0)."""
    open_widths = sorted(line[5] for line in open_lines)
    all_widths = sorted(line[5] for line in lines)
    for width in sorted(set(open_widths), reverse=True):
        if len(all_widths) - bisect.bisect_right(all_widths, width) > 1:
            break  # (a narrower width is exceeded by these lines too)
        near = bisect.bisect_right(open_widths, width) - bisect.bisect_right(open_widths, width - WIDE_CHARACTER)
        if near >= MIN_WRAPPED_LINES:
            return 5, width
    return 0, 0


@lru_cache(maxsize=1)
def metadata_line_pattern() -> re.Pattern[str]:
    """A page's metadata line ("发布时间:2024-01-19", "索引号 0010…", "文件名称 | …"): no title, and its numbers are
    structure."""
    labels = sorted((row["label"] for row in codebook_rows("metadata_labels.csv")), key=len, reverse=True)
    spaced = "|".join(r"\s*".join(map(re.escape, label)) for label in labels)
    # (after "|": "| 索引号 | 620702001/2026-00010 |", a table's cell; labels and values set apart by spaces alone:
    # "组配分类 重点工作 发布机构 区科技局", a label, a short value, another label)
    return compile_pattern(rf"^[|\s]*(?:{spaced})(?:\s*[::|]|\s+(?=\d)|\s+[^\s::]{{1,20}}\s+(?:{spaced})(?:\s|[::]|$))")


# A number alone on its line (10, 39.8%), or a quoted phrase or a document's name (“十三五”, 《…规划》), as a scrape that
# breaks the line at every element of a page writes a number it set apart (bold, a font of its own) or a link's words
_NUMBER_LINE = compile_pattern(r"(?m)^[ \t]*\d+(?:\.\d+)?%?[ \t]*$")
_QUOTED_LINE = compile_pattern(r"(?m)^[ \t]*(?:\u201c[^\u201c\u201d\n]{1,30}\u201d|\u300a[^\u300a\u300b\n]{1,40}\u300b)"
                               r"[ \t]*$")
MIN_ELEMENT_LINES = 2  # of one kind, with both breaks inside sentences, before a page's are read as a scrape's
# (one is enough after a comma: a line of a sentence that ends on one goes on)
_COMMAS = ",\uff0c\u3001"
_SIGNED_NUMBER = compile_pattern(r"[ \t]*[-+]?\d+(?:\.\d+)?%?[ \t]*")


def _end_before(text: str, position: int) -> int:
    """Where the text before ``position`` ends, the spaces and tabs (and a CR) before it left out."""
    while position > 0 and text[position - 1] in " \t\r":
        position -= 1
    return position


def _going_on(readable: str, start: int, lines: int = 2 * MIN_ELEMENT_LINES + 1) -> str:
    """The line at ``start`` with the lines after it that numbers on lines of their own interrupt (新建\n10\n所,
    扩建\n5\n所,…): a sentence a scrape broke at each number it set apart."""
    end = start
    for _ in range(lines):
        end = readable.find("\n", end + 1)
        if end < 0:
            return readable[start:]
        if not _NUMBER_LINE.match(readable, end + 1):
            return readable[start:end]
        end = readable.find("\n", end + 1)
        if end < 0:
            return readable[start:]
    return readable[start:end]


def _breaks_around_a_number(readable: str, below_start: int, above: str, below: str) -> tuple[bool, bool]:
    """Whether the breaks before and after a number on a line of its own are inside its sentence: after it when the
    line below goes on with a word or % and is prose (a prose mark: not a table written one cell to a line,
    序号\n1\n完成投资, nor one whose line above is a number too: 1612.33\n9.2\n年末…, heldout5 g07), before it when
    the line above ends inside a sentence on a word too."""
    if not below or not (_CJK.match(below) or below[0] in "%\uff05") \
            or not _PROSE_MARK.search(_going_on(readable, below_start)) or _SIGNED_NUMBER.fullmatch(above):
        return False, False
    return bool(above) and _is_open(above) and not (above[-1].isascii() and above[-1].isalnum()), True


def _breaks_around_a_phrase(readable: str, below_start: int, above: str, below: str) -> tuple[bool, bool]:
    """Whether a quoted phrase on a line of its own stands inside a sentence (…李光明表示,\n“十三五”\n期间新疆将…): the
    line above ends inside a sentence (not on a colon: a document's name under a quotation's lead stays), the line
    below goes on with a word or a mark no sentence opens on, two phrases a line each go on with each other (多年的\n
    “名校梦”\n“名医院梦”\n即将实现), and a line beside it is prose or ends a headline (not a list of slogans a line
    each, heldout116 n03)."""
    goes_on = bool(below) and bool(_CJK.match(below) or below[0] in _CLOSING or below[0] in _COMMAS
                                   or _QUOTED_LINE.fullmatch(below))
    inside = goes_on and bool(above) and (_is_open(above) or bool(_QUOTED_LINE.fullmatch(above))) \
        and above[-1] not in ":\uff1a" and bool(_PROSE_OR_END_MARK.search(above) or _PROSE_OR_END_MARK.search(below))
    return inside, inside


def find_elements_on_lines_of_their_own(readable: str, source_file: str = "") -> tuple[list[Cut], list[Flag]]:
    """The line breaks around numbers and quoted phrases a scrape put on lines of their own inside sentences (新建\n10
    \n所幼儿园; 表示,\n“十三五”\n期间): cut, so the sentence reads whole, for each kind a page has MIN_ELEMENT_LINES of
    with both breaks inside their sentences (a page number after a paragraph's end is no such number). One flag."""
    joins = []
    for element_line, breaks in ((_NUMBER_LINE, _breaks_around_a_number), (_QUOTED_LINE, _breaks_around_a_phrase)):
        found, inside, after_a_comma = [], 0, []
        for element in element_line.finditer(readable):
            below_start = element.end() + 1
            if below_start >= len(readable):
                continue
            above_end = max(element.start() - 1, 0)
            above = readable[readable.rfind("\n", 0, above_end) + 1:above_end].rstrip(" \t\r")
            below_end = readable.find("\n", below_start)
            below_line = readable[below_start:below_end if below_end >= 0 else len(readable)]
            below = below_line.lstrip(" \t")
            before, after = breaks(readable, below_start, above, below)
            words = element.group().strip(" \t")
            words_start = element.start() + element.group().index(words)
            these = [Cut(_end_before(readable, above_end), words_start, "")] if before else []
            if after:
                these.append(Cut(words_start + len(words), below_start + len(below_line) - len(below), ""))
            found += these
            inside += before and after
            if before and after and above[-1] in _COMMAS:  # "…李光明表示,\n“十三五”\n期间新疆将…": a sentence broken off
                after_a_comma += these
        joins += found if inside >= MIN_ELEMENT_LINES else after_a_comma
    if not joins:
        return [], []
    joins.sort(key=lambda cut: cut.start)
    return joins, [Flag(source_file, "inline_line_breaks", joins[0].start, joins[-1].end, "",
                        f"numbers or quoted phrases a scrape put on lines of their own inside sentences: {len(joins)} "
                        "breaks joined")]


def find_hard_wraps(readable: str, cuts: list[Cut], source_file: str = "") -> tuple[list[Cut], list[Flag]]:
    """Line breaks inside sentences of a text broken at one width (PDF text): each a cut, joining the lines.

    A text is hard-wrapped when at least MIN_WRAPPED_LINES of its lines are open (they end inside a sentence, the
    next line is text, not a table row) and of one width (MAX_WIDTH_SPREAD); then each open line nearly as wide
    as they are (FULL_LINE) is joined to the next, and so is a line of prose that ends on a closing quotation mark or
    bracket before a line that opens no item (not counted as open); a short page needs only MIN_EXACT_WRAPS open
    lines of exactly one raw length. The text the other cuts remove is not counted. One flag."""
    raw_lines = readable.split("\n")
    long_raw = [line.rstrip() for line in raw_lines if len(line) >= MIN_WRAPPED_LINE]
    open_raw = sum(1 for line in long_raw if _is_open(line))
    if open_raw < MIN_EXACT_WRAPS or open_raw < MIN_OPEN_SHARE / 2 * len(long_raw):
        return [], []  # a quick screen of the raw lines (cuts not yet taken out): too few open lines to be wrapped
    covered = _merge([(c.start, c.end) for c in cuts])
    covered_starts = [a for a, _ in covered]
    unglossed = None  # the cuts but a converter's pinyin glosses, (spans, starts): computed when first needed
    lines, start = [], 0
    for raw_line in raw_lines:
        end = start + len(raw_line)
        before_end = bisect.bisect_left(covered_starts, end)  # the cuts that start before the line ends
        cut_inside = before_end > 0 and covered[before_end - 1][1] > start
        text = _visible(readable, start, end, covered, covered_starts) if cut_inside else raw_line
        glossed = False  # short once a converter's pinyin is cut, long with it: 设(shè)施(shī)…
        if cut_inside and len(text.strip()) < MIN_WRAPPED_LINE <= len(raw_line.strip()):
            if unglossed is None:
                spans = _merge([(c.start, c.end) for c in cuts if c.flag_type != "scrape_residue"])
                unglossed = spans, [a for a, _ in spans]
            glossed = len(_visible(readable, start, end, *unglossed).strip()) >= MIN_WRAPPED_LINE
        lines.append((end, text.strip(), len(raw_line.strip()), glossed, len(raw_line.rstrip()),
                      _display_width(text.rstrip())))
        start = end + 1
    long_lines, open_lines, glossed_open, aside_open, closed_full = 0, [], [], [], []
    cut_whole: dict[int, list[int]] = {}  # an open line's end: the ends of the lines cut whole after it
    for index, (end, text, raw_length, glossed, counted, on_the_page) in enumerate(lines[:-1]):
        if len(text) < MIN_WRAPPED_LINE and not glossed:
            continue
        long_lines += not glossed
        after = index + 1  # the next line with text: a PDF's page number, cut whole, may stand inside a sentence
        while after < len(lines) - 1 and not lines[after][1] and lines[after][2]:
            after += 1
        if after == index + 1 and not lines[after][1]:  # (and blank lines around it, as a PDF's text sets it)
            past = index + 1
            while past < min(len(lines) - 1, index + 1 + MAX_PAGE_BREAK_LINES) and not lines[past][1]:
                past += 1
            if lines[past][1] and any(lines[k][2] for k in range(index + 1, past)):
                after = past
        if not lines[after][1] or _table_row(text) or metadata_line_pattern().match(text):
            continue  # (a metadata line, 发布时间:2012年10月19日, ends where it ends)
        if _is_open(text) and not (text.endswith("|") and _PIPED_VALUE_CELL.fullmatch(lines[after][1])) \
                and not _OPENS_A_HEADING.match(lines[after][1]):  # (a heading opens its own line: 一、…, (二)…)
            # (a glossed line is joined at a scraper's count of raw characters only, and does not decide that count)
            found = glossed_open if glossed else open_lines
        elif text[-1:] in _ASIDE_CLOSE_OR_COLON and _PROSE_MARK.search(text) \
                and not _OPENS_AN_ITEM.match(lines[after][1]) and not _OPENS_A_HEADING.match(lines[after][1]):
            # a wrap just after a quotation, an aside or a colon ("…全市85%左右县(市、区)" / "创建成…", "…主要预期目标是:"
            # / "地区生产总值增长15%以上,…" in a PDF's text wrapped at a width): joined when the page is wrapped, as full
            # as its open lines, before no item or heading; a line of prose that ends so closes no sentence, but
            # decides nothing
            found = aside_open
        elif not glossed and text[-1:] in _FULL_STOPS and _PROSE_MARK.search(text) \
                and not _OPENS_AN_ITEM.match(lines[after][1]) and _PROSE_MARK.search(lines[after][1]):
            # a wrap just after a sentence's end ("…清水塘口岸经济产业园建设。" / "主攻稳外贸…"): joined when the line
            # is as long as the scraper's count, as a paragraph's last line is only by chance; it decides nothing
            found = closed_full
        else:
            continue
        found.append((end, _display_width(text), len(text), raw_length, counted, on_the_page))
        if after > index + 1:
            cut_whole[end] = [lines[k][0] for k in range(index + 1, after)]
    if len(open_lines) < MIN_OPEN_SHARE * long_lines and not _at_a_scrapers_count(open_lines, lines):
        return [], []  # (a page broken at a count of characters may have few lines open: most end a sentence there)
    if len(open_lines) < MIN_WRAPPED_LINES:  # a short page: a scraper's count of characters, exactly, on a few lines
        counts = Counter(line[3] for line in open_lines)
        if not counts or counts.most_common(1)[0][1] < MIN_EXACT_WRAPS:
            return [], []
    # a page is wrapped at a width on the page (PDF text) or at a count of characters (a scraper's, counted before
    # or after what the other cuts take out, such as a converter's pinyin): the measure in which the open lines agree
    # better
    measure, median = min(((m, _quartiles(sorted(line[m] for line in open_lines))) for m in (1, 2, 3)),
                          key=lambda found: (found[1][2] - found[1][0]) / found[1][1])
    low, median, high = median
    if high - low > MAX_WIDTH_SPREAD * median:
        measure, median = _full_width_cluster(open_lines)
        if not median:
            measure, median = _count_of_characters(open_lines, lines)
        if not median:
            measure, median = _width_on_a_page(open_lines, lines)
        if not median:
            return [], []
    joins = []
    # a closed line is joined only on a page broken at an exact count of characters (most of its open lines that
    # long), at that count: a width on a page (PDF text) leaves a paragraph's full last line possible
    count, times = Counter(line[3] for line in open_lines).most_common(1)[0]
    full = {line for line in closed_full if line[3] == count} if times >= max(MIN_EXACT_WRAPS, len(open_lines) / 2) \
        else set()
    for line in sorted(open_lines + aside_open + list(full) + (glossed_open if measure in (3, 4) else [])):
        end, *widths = line
        if line in full or widths[measure - 1] >= FULL_LINE * median:
            left, right = end, end + 1
            while left > 0 and readable[left - 1] in " \t\r\u3000":
                left -= 1
            while right < len(readable) and readable[right] in " \t\u3000":
                right += 1
            joins.append(Cut(left, right, ""))
            joins += [Cut(line_end, line_end + 1, "") for line_end in cut_whole.get(end, [])]
    if not joins:
        return [], []
    flag = Flag(source_file, "hard_wrapped_lines", joins[0].start, joins[-1].end, "",
                f"lines broken at one width (about {median // 2 if measure in (1, 5) else median} characters) inside "
                f"sentences: {len(joins)} line breaks joined")
    return joins, [flag]


def find_sentences_broken_by_furniture(readable: str, cuts: list[Cut], wraps: list[Cut]) -> list[Cut]:
    """The line breaks around lines cut whole as page furniture that stand inside a sentence, on a page not wrapped
    at one width too (a PDF's page number at a page's end: "…各项存贷款余额达7338万元和4022 / - 1 - / 万元,同比增长…",
    heldout582 n01; its running head after it): the line before holds prose marks and ends inside a sentence, the
    line after goes on with it (it opens no heading or item); the breaks are cut, so the sentence is read whole."""
    joined = {cut.start for cut in wraps}
    whole_lines = {}  # line start -> line end, of the lines furniture cuts whole
    for cut in cuts:
        if cut.flag_type != "page_furniture":
            continue
        line_start = readable.rfind("\n", 0, cut.start) + 1
        line_end = readable.find("\n", cut.end)
        if line_start and line_end >= 0 and not readable[line_start:cut.start].strip() \
                and not readable[cut.end:line_end].strip():
            whole_lines[line_start] = line_end
    joins = []
    for line_start in sorted(whole_lines):
        if line_start - 1 in joined or readable.rfind("\n", 0, line_start - 1) + 1 in whole_lines:
            continue  # (a run of such lines is joined from its first)
        last_end = whole_lines[line_start]
        while last_end + 1 in whole_lines:
            last_end = whole_lines[last_end + 1]
        before = readable[readable.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip()
        after_end = readable.find("\n", last_end + 1)
        after = readable[last_end + 1:after_end if after_end >= 0 else len(readable)]
        if len(before) >= MIN_WRAPPED_LINE and _is_open(before) and _PROSE_MARK.search(before) and after.strip() \
                and not _OPENS_AN_ITEM.match(after):
            joins += [Cut(line_start - 1, line_start, "")]
            end = line_start - 1
            while end < last_end:  # the break after each line of the run
                end = whole_lines[end + 1]
                joins.append(Cut(end, end + 1, ""))
    return joins


# A site's menu: a run of short lines of words (首页 / 政务公开 / 互动交流 / 走进某市), blank lines and separators
# between them, one of them its home page's link; a home page's link alone on its line is a menu's item too.
MIN_MENU_ITEMS = 3
_MENU_WORD = compile_pattern(r"[^\d\s\u3002\uff0c,\uff1b;\uff1a:\uff01!\uff1f?()\uff08\uff09|\u00b7\u2022/]{1,8}")
_MENU_SEPARATOR = compile_pattern(r"[|\u00b7\u2022/]")
_LINE_SPACE = " \t\u3000\xa0\r"


@lru_cache(maxsize=1)
def _home_page_link() -> re.Pattern[str]:
    """A home page's link, as a menu's item (codebook/phrase_words.csv, role home_page_word)."""
    return compile_pattern(f"(?:{phrase_words('home_page_word')})")


def find_site_menus(readable: str) -> list[Cut]:
    """A site's menus, each cut whole (at least MIN_MENU_ITEMS words, one a home page's link), and a home page's link
    on its own line, cut alone: the first line of words of a page is taken for its title."""
    if not _home_page_link().search(readable):
        return []
    cuts: list[Cut] = []
    run: list[tuple[int, int, str]] = []  # the run's lines: start, end, what ("home", "word" or "separator")

    def close() -> None:
        words = [line for line in run if line[2] != "separator"]
        if len(words) >= MIN_MENU_ITEMS and any(what == "home" for *_, what in words):
            cuts.append(Cut(run[0][0], run[-1][1], "", "page_furniture",
                            "a site's menu (a run of short lines of words, one its home page's link)"))
        else:
            cuts.extend(Cut(start, end, "", "page_furniture", "a home page's link on a line of its own")
                        for start, end, what in run if what == "home")
        run.clear()

    position = 0
    for line in readable.split("\n"):
        start = position + len(line) - len(line.lstrip(_LINE_SPACE))
        end = position + len(line.rstrip(_LINE_SPACE))
        position += len(line) + 1
        if end <= start:
            continue  # (a blank line goes on with the run)
        if _MENU_SEPARATOR.fullmatch(readable, start, end):
            run.append((start, end, "separator"))
        elif _MENU_WORD.fullmatch(readable, start, end):
            run.append((start, end, "home" if _home_page_link().fullmatch(readable, start, end) else "word"))
        elif run:
            close()
    if run:
        close()
    return cuts


MAX_RUNNING_HEAD = 60  # characters of a PDF's running head or foot ...
MIN_RUNNING_HEAD_WORDS = 4  # ... and Chinese characters at least (a table's cell, 100% or 预期性, is no head)
MIN_RUNNING_HEADS = 2  # page numbers a line must stand next to, to be read as a running head ...
RUNNING_HEAD_SHARE = 0.5  # ... and this share of them at least (a table's cell, 预期性, stands next to a few)
PAGE_NUMBER = "page number"  # how the description of a page_furniture row that cuts a page number opens


def find_running_heads(readable: str, cuts: list[Cut]) -> list[Cut]:
    """A PDF's running head or foot (its title, its issuer, on every page): a short line with no sentence's end,
    written next to page-number lines MIN_RUNNING_HEADS times or more, and next to RUNNING_HEAD_SHARE of them, cut
    wherever it stands next to one (the title at the top of the first page stays)."""
    beside: dict[str, set[tuple[int, int]]] = {}
    numbers = [cut for cut in cuts if cut.flag_type == "page_furniture" and cut.message.startswith(PAGE_NUMBER)]
    number_lines = []  # (start, end) of each page number's line
    for cut in numbers:
        line_end = readable.find("\n", cut.end)
        number_lines.append((readable.rfind("\n", 0, cut.start) + 1, len(readable) if line_end < 0 else line_end))
    for line_start, line_end in number_lines:
        for start, end in (_line_before(readable, line_start), _line_after(readable, line_end)):
            text = readable[start:end].strip()
            if len(text) <= MAX_RUNNING_HEAD and len(_CJK.findall(text)) >= MIN_RUNNING_HEAD_WORDS and "。" not in text:
                beside.setdefault(text, set()).add((start, end))
    heads = [Cut(start, end, "", "page_furniture", f"running head or foot of a paged document, next to its page "
                 f"numbers ({len(spans)} times)")
             for text, spans in beside.items()
             if len(spans) >= max(MIN_RUNNING_HEADS, RUNNING_HEAD_SHARE * len(numbers)) for start, end in sorted(spans)]
    found = {cut.start for cut in heads}
    for line_start, line_end in number_lines:  # (a page or two: a head seen once, inside a sentence the page broke)
        head = _line_after(readable, line_end)
        foot = _line_before(readable, line_start)
        for span, before, after in ((head, _line_before(readable, line_start), _line_after(readable, head[1])),
                                    (foot, _line_before(readable, foot[0]), _line_after(readable, line_end))):
            if span[0] not in found and _stands_inside_a_sentence(readable, span, before, after):
                found.add(span[0])
                heads.append(Cut(*span, "", "page_furniture", "running head or foot of a paged document, next to a "
                                 "page number inside a sentence the page broke"))
    return heads


def _stands_inside_a_sentence(readable: str, span: tuple[int, int], before: tuple[int, int],
                              after: tuple[int, int]) -> bool:
    """Whether the short line at ``span``, next to a page number, stands in a sentence the page broke: it has words
    and no prose mark, and the line before it (past the number) ends inside a sentence, longer, which the line after
    goes on with (it opens no item)."""
    text, open_line = readable[span[0]:span[1]].strip(), readable[before[0]:before[1]].strip()
    goes_on = readable[after[0]:after[1]]
    return MIN_RUNNING_HEAD_WORDS <= len(_CJK.findall(text)) and len(text) < min(MAX_RUNNING_HEAD, len(open_line)) \
        and not _PROSE_MARK.search(text) and "。" not in text and len(open_line) >= MIN_WRAPPED_LINE \
        and _is_open(open_line) and bool(_PROSE_MARK.search(open_line)) and bool(goes_on.strip()) \
        and not _OPENS_AN_ITEM.match(goes_on)


def _line_before(text: str, line_start: int) -> tuple[int, int]:
    """The span of the last non-blank line before the line at ``line_start`` (empty at the text's start)."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return 0, 0


def _line_after(text: str, line_end: int) -> tuple[int, int]:
    """The span of the first non-blank line after the line ending at ``line_end`` (empty at the text's end)."""
    start = line_end + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            return start, end
        start = end + 1
    return len(text), len(text)


# Markdown a scraper wrote (html2text, readers for language models): a heading's #, a list's bullet or a quote's >
# at a line's start, ** or __ around emphasis, and a link's [text](address), whose text stays.
_MARKDOWN_LINE_MARK = compile_pattern(r"(?m)^[ \t]{0,3}(?:#{1,6}|[-*+]|>)(?:[ \t]+(?=\S)|[ \t]*$)")
# A decorative bullet a page sets before a line ("● 引进举办…", "▶ 20.01.2016 11:24", a WeChat post's "🔹全年…", a Word
# file's Wingdings bullet in the private use area, U+F06C): cut with any space after it, so the line's words open it
# (a dateline, a heading, a list's item). A middle dot opens a line as a bullet only with a space after it (·3·14).
_BULLETS = "•●■◆★▶►▪◇□◎▲△☆➤→·"  # the decorative bullets pages set before a line
_GLYPHS = ("\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ue000-\uf8ff\U0001f300-\U0001faff"
           "•▪")  # arrows, technical signs, shapes, symbols, dingbats, private use, pictographs (emoji)
# (one class first, so that re skips ahead to a glyph; a middle dot with no space after it is dropped after the match)
_BULLET_LINE_MARK = compile_pattern(rf"[{_GLYPHS}·](?:[{_GLYPHS}]|\ufe0f)*[ \t\u3000]*(?=\S)")


def _bullet_marks(text: str):
    """The decorative bullets in ``text`` with any space after them (a middle dot only with a space after it)."""
    return (m for m in _BULLET_LINE_MARK.finditer(text)
            if m.group(0)[0] != "·" or m.group(0)[1:2] in (" ", "\t", "\u3000"))
_LINE_INDENT = compile_pattern(r"[ \t\u3000]*")
_MARKDOWN_EMPHASIS = compile_pattern(r"\*\*|__")
_MARKDOWN_LINK = compile_pattern(r"(?<!!)\[([^\]\n]{1,200})\]\(([^)\s]{1,500})\)")


# A decimal point typed as a full stop ("同比增长9。5%"), or lost to "?" by a conversion to an encoding without the
# page's point (a middle dot: "由21?5%上升为46?36%"): the mark first, the digit before it checked after (a pattern
# that starts with a character class is searched fast).
_STOP_AS_POINT = compile_pattern(r"[。?](?=\d{1,3}\s*(?:%|％|‰|万|亿|元|个百分点|百分点|倍|吨|亩|平方米|公里|人|个|所))")
# A full stop typed as the ASCII point (…18万吨.畜牧业…, 达到100%.⏎): after a Chinese character, a closing quote or a
# percent sign, and before a Chinese word, a digit, an opening quote or bracket, or a line's end, it ends a sentence
# as 。 does. Not after an item's numeral at a line's start (一.指导思想), nor between digits (a decimal point).
# (the point first, then what is before it: a look-behind first would be tried at every character)
_POINT_AS_STOP = compile_pattern(r"\.(?<=[\u4e00-\u9fff”%‰]\.)(?=[ \t\u3000]*(?:[\u4e00-\u9fff“(\d]|\n|$))")
# A full stop an OCR engine read as the letter o (…新建学校12所o⏎, 增长8%o全年…): after a Chinese character, a digit,
# a closing quote, bracket or percent sign, and before a Chinese word, an opening quote or bracket, or a line's end
# (or a digit, after no digit: …下降4%o2023年…); not an o between Chinese numerals (二o二四年: a zero, read with the year)
_O_AS_STOP = compile_pattern(rf"o(?<=[\u4e00-\u9fff”%‰)）\d]o)(?!(?<=[{_CHINESE_DIGITS}]o)[{_CHINESE_DIGITS}])"
                             r"(?=[ \t\u3000]*(?:[\u4e00-\u9fff“(（]|\n|$)|(?<!\do)\d)")
_ITEM_NUMERAL_BEFORE = compile_pattern(r"(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]{1,3}$")


# an item's number at a line's start, its 、 written as a comma by a converter (1,优化教育资源布局。)
_ITEM_NUMBER_COMMA = compile_pattern(r"(?m)^[ \t\u3000]*\d{1,2}([,\uff0c])(?=[\u4e00-\u9fff])")
# a comma before a number, and the number and unit before it (每月631元,286元)
_COMMA_BEFORE_A_DIGIT = compile_pattern(r"[,\uff0c](?=\d)")
_NUMBER_AND_UNIT_BEFORE = compile_pattern(r"\d([^\d\s]{1,4})$")
_NUMBER_AT = compile_pattern(r"\d+(?:\.\d+)?")


def _commas_between_values_of_a_list(readable: str) -> list[Cut]:
    """A comma between two values of one unit, nothing else between them ("每月631元,286元提高到653元,300元": a
    converter that writes the list mark 、 as a comma), read as 、, so the values are read as one list."""
    units, cuts = _units_written(), []
    for comma in _COMMA_BEFORE_A_DIGIT.finditer(readable):
        before = _NUMBER_AND_UNIT_BEFORE.search(readable, max(0, comma.start() - 5), comma.start())
        if before and before.group(1) in units \
                and readable.startswith(before.group(1), _NUMBER_AT.match(readable, comma.end()).end()):
            cuts.append(Cut(comma.start(), comma.end(), "、"))
    return cuts


def _stops_as_points_behind_watermarks(readable: str, watermarks: list[Cut]) -> list[Cut]:
    """A stop written for a decimal point that a watermark token follows (财政收入301。xq7k2亿元: a page writing 。 for
    the point, heldout372 n05, under a site's token after each mark): read as the point, through the watermark."""
    return [Cut(mark.start - 1, mark.start, ".") for mark in watermarks
            if mark.start >= 2 and readable[mark.start - 1] in "。?" and readable[mark.start - 2].isdigit()
            and _STOP_AS_POINT.match(readable[mark.start - 1] + readable[mark.end:mark.end + 12])]


def find_markdown_cuts(readable: str) -> list[Cut]:
    """The markup of a page a scraper wrote as Markdown, cut so its words and numbers read as prose ("## 一、目标",
    "达到**98%**以上", "[…规划](https://…)"): a link keeps its text and loses its address (flagged when the address
    holds digits, so no number goes unseen)."""
    if "#" not in readable and "*" not in readable and "_" not in readable and "](" not in readable \
            and "- " not in readable and "> " not in readable:
        return []
    cuts = [Cut(m.start(), m.end(), "") for m in _MARKDOWN_LINE_MARK.finditer(readable)]
    emphasis = list(_MARKDOWN_EMPHASIS.finditer(readable)) if "**" in readable or "__" in readable else []
    if len(emphasis) >= 2:  # in pairs: a lone ** is a character of the text
        cuts += [Cut(m.start(), m.end(), "") for m in emphasis]
    for m in (_MARKDOWN_LINK.finditer(readable) if "](" in readable else ()):
        cuts.append(Cut(m.start(), m.start(1), ""))
        address = (m.end(1), m.end())
        if _HAS_DIGIT.search(readable, *address):
            cuts.append(Cut(*address, "", "page_furniture", "a Markdown link's address removed, its text kept: "
                                                             "its digits are no value"))
        else:
            cuts.append(Cut(*address, ""))
    return cuts


# A page whose characters a PDF extraction set apart ("教 育 事 业 发 展 规 划"): most pairs of Chinese characters are
# split by one space. The spaces that set characters apart are then removed (one flag).
_SPACED_PAIR = compile_pattern(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
_CLOSE_PAIR = compile_pattern(r"[\u3400-\u9fff](?=[\u3400-\u9fff])")
_SPACE_BY_CJK = compile_pattern(r"(?<=[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’]) {1,2}(?=\S)"
                                r"|(?<=\S) {1,2}(?=[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’])")
# when digits are set apart too (2 0 2 5 年, 9 8 %), one space sets characters apart and two or more separate words
# or a table's cells; else a single space between digits separates numbers (a table row's "181 222")
_LETTER_SPACE = compile_pattern(r"(?<=\S) (?=\S)")
_SPACED_DIGITS, _CLOSE_DIGITS = compile_pattern(r"(?<=\d) (?=\d)"), compile_pattern(r"\d(?=\d)")
MIN_SPACED_PAIRS = 20  # pairs of characters split by a space before a text is read as set apart
MIN_SPACED_SHARE = 0.5  # … and their share of all adjacent pairs of Chinese characters


def find_spaced_characters(readable: str, source_file: str = "") -> tuple[list[Cut], list[Flag]]:
    """The spaces a PDF extraction put between a text's Chinese characters, when most of its pairs are split so:
    each a cut, so 学 前 三 年 毛 入 园 率 达 到 9 8 % reads as 学前三年毛入园率达到98% again; a run of two or more
    spaces stays (a word or a cell apart). Other texts are left as they are."""
    spaces = readable.count(" ")  # half its pairs apart take a space for every three characters or so (of its Chinese
    if spaces * 5 < len(readable) and (spaces * 10 < len(readable) or spaces * 5 < len(_CJK.findall(readable))):
        return [], []  # ones, when a converter's pinyin glosses, 臺(tái), make the page longer)
    spaced = len(_SPACED_PAIR.findall(readable))
    if spaced < MIN_SPACED_PAIRS or spaced < MIN_SPACED_SHARE * (spaced + len(_CLOSE_PAIR.findall(readable))):
        return [], []
    digits_apart = len(_SPACED_DIGITS.findall(readable))
    letters_apart = digits_apart >= MIN_SPACED_SHARE * (digits_apart + len(_CLOSE_DIGITS.findall(readable)))
    cuts = [Cut(m.start(), m.end(), "") for m in (_LETTER_SPACE if letters_apart else _SPACE_BY_CJK).finditer(readable)]
    flag = Flag(source_file, "spaced_characters", cuts[0].start, cuts[-1].end, "",
                f"characters set apart by spaces ({spaced} pairs of Chinese characters): {len(cuts)} spaces removed")
    return cuts, [flag]


# A number a PDF extraction set apart from the words around it in running text ("比 2020 年提高 10 个百分点",
# "到 2025 年"): one space between a Chinese character and a digit, in a line with prose punctuation (a table row's
# cells stay apart, and so do the numbers of a series set apart, 表中数字 10 20 30). Each is a cut, so 比2020年 reads
# as the comparison it is; one flag.
_SPACE_BY_A_NUMBER = compile_pattern(r"(?<=[\u3400-\u9fff])[ \u3000\u00a0](?=\d)|(?<=\d)[ \u3000\u00a0](?=[\u3400-\u9fff])")
_SPACE_BY_A_NUMBER = guarded(_SPACE_BY_A_NUMBER)  # it begins with look-behinds: re would try it at every character
_SERIES_GOES_ON = compile_pattern(r"[\d.]*\s\d")  # after the number the space is before: another number set apart
_SERIES_BEFORE = compile_pattern(r"\d\s[\d.]*$")  # … or before the number the space is after
# a line of words and one year set apart by spaces, as a heading, a caption or a title ("展望 2018 年", "2024 年工作安排",
# "沈阳市政府工作安排 2010 政府工作报告"): no table's row, whose cells hold more than one number
_ONE_YEAR_SPACED = compile_pattern(r"[^\d\n]*?[\u3400-\u9fff]?[ \u3000\u00a0]?(?:19|20)\d{2}"
                                   r"(?:[ \u3000\u00a0]?年|[ \u3000\u00a0](?=[\u3400-\u9fff]))[^\d\n]*")


def find_spaced_numbers(readable: str, source_file: str = "") -> tuple[list[Cut], list[Flag]]:
    """The single spaces between a Chinese character and a digit in the lines of running text; one flag."""
    cuts = []
    for m in _SPACE_BY_A_NUMBER.finditer(readable):
        before = readable[max(0, m.start() - 16):m.start()]
        if _SERIES_GOES_ON.match(readable, m.end()) or _SERIES_BEFORE.search(before):
            continue
        line_start = readable.rfind("\n", 0, m.start()) + 1
        line_end = readable.find("\n", m.end())
        line = readable[line_start:line_end if line_end >= 0 else len(readable)]
        if _PROSE_MARK.search(line) or _ONE_YEAR_SPACED.fullmatch(line):
            cuts.append(Cut(m.start(), m.end(), ""))
    if not cuts:
        return [], []
    first = cuts[0]
    return cuts, [Flag(source_file, "spaced_numbers", first.start, first.end, readable[first.start:first.end],
                       f"numbers set apart from the words around them: {len(cuts)} space(s) between a digit and a "
                       "Chinese character removed, the first here")]


# A page whose line breaks a scrape lost (one line for the whole text): line breaks are put back before what
# opens a line on a page (codebook/line_starts.csv: a chapter heading run into the text, a dateline, a bullet, an
# infographic's 回顾2017年 / 展望2018年), so headings, datelines and list items are read as lines again.
RUN_TOGETHER_LINE = 200  # characters: a line this long holding most of a text is a page run together


@lru_cache(maxsize=1)
def _line_starts() -> re.Pattern[str]:
    """The codebook's patterns of what opens a line on a page, as one alternation (each a zero-width match)."""
    return compile_pattern("|".join(f"(?:{row['pattern']})" for row in codebook_rows("line_starts.csv")))


_TAB_RUN = compile_pattern(r"\t+")


MOST_OF_THE_TEXT = 0.6  # the share of a page's characters on its longest line when the page is run into one line
MIN_JOINING_TABS = 3  # tabs in a long line that hold its lost line breaks; a page of one line needs two runs of them


def find_lines_joined_by_tabs(readable: str, source_file: str = "") -> tuple[str, list[Cut], list[Flag]]:
    """A page whose scraper joined its lines with tabs (its text on one line of RUN_TOGETHER_LINE or more with
    MIN_JOINING_TABS tabs, or a page of one line of prose with two runs of tabs): each run of tabs is a line break
    again, in the readable text (tab for newline, one for one, so page furniture, headings and datelines are found as
    lines) and as a cut in the normalized text; one flag. Returns the readable text, the cuts and the flags."""
    longest = max(readable.split("\n"), key=len, default="")
    if "\t" not in longest or len(longest) < MOST_OF_THE_TEXT * len(readable.strip()):
        return readable, [], []
    one_line = "\n" not in readable.strip()
    runs = list(_TAB_RUN.finditer(longest))
    if not (len(longest) >= RUN_TOGETHER_LINE and longest.count("\t") >= MIN_JOINING_TABS
            or one_line and len(runs) >= 2 and "。" in longest):  # (a short line of cells, no sentence: a table's row)
        return readable, [], []
    offset = readable.find(longest)
    breaks = [Cut(offset + m.start(), offset + m.end(), "\n" * len(m.group())) for m in runs]
    readable = readable[:offset] + longest.replace("\t", "\n") + readable[offset + len(longest):]
    return readable, breaks, [Flag(source_file, "lost_line_breaks", breaks[0].start, breaks[-1].end, "",
                                   f"a text of {len(longest)} characters on one line: {len(breaks)} line breaks put "
                                   "back for its tabs")]


def find_lost_line_breaks(readable: str, source_file: str = "") -> tuple[list[Cut], list[Flag]]:
    """Zero-width cuts that put a line break back where a page run into one line (RUN_TOGETHER_LINE, most of its
    text) had one; one flag."""
    longest = max(readable.split("\n"), key=len, default="")
    if len(longest) < RUN_TOGETHER_LINE or len(longest) < MOST_OF_THE_TEXT * len(readable.strip()):
        return [], []
    offset = readable.find(longest)
    breaks = [Cut(offset + m.start(), offset + m.start(), "\n") for m in _line_starts().finditer(longest)]
    if not breaks:
        return [], []
    return breaks, [Flag(source_file, "lost_line_breaks", breaks[0].start, breaks[-1].end, "",
                         f"a text of {len(longest)} characters on one line: {len(breaks)} line breaks put back before "
                         "its headings, dateline and bullets")]


# A table's row whose cells a scraper set apart by tabs ("指 标\t2015年\t2020年\t属性") or, laid out in columns (a
# text browser's dump, a PDF's layout), by runs of spaces: the gaps between its cells
_CELL_TABS = compile_pattern(r"[ \u3000]*\t[\t \u3000]*")
_CELL_GAPS = compile_pattern(r"[ \u3000]*\t[\t \u3000]*|[ \u3000]{2,}")
# (a line of a wrapped sentence, set apart by a PDF's justification: no table's row)
_CLAUSE_MARK = compile_pattern(r"[。\uff0c;\uff1b]|,(?!\d)")
MIN_TAB_CELLS = 3  # cells a line needs, as the line above or below it does, to be read as a table's row


def find_tab_separated_rows(readable: str, spaced: bool = False) -> list[Cut]:
    """The tabs (``spaced``: also runs of two spaces or more, in a line with no clause mark) between the cells of a
    table's rows, each set apart as a drawn table's cells are (" | "), so the table is read as one: lines of
    MIN_TAB_CELLS or more cells next to another such line, and a line of two cells between two of them (a header's
    second line: 绝对值\t增幅); a gap before a line's text or after it parts no cells."""
    lines, starts, gaps, cells = readable.split("\n"), [], [], []
    start = 0
    for line in lines:
        starts.append(start)
        gaps.append(_CELL_GAPS if spaced and not _CLAUSE_MARK.search(line) else _CELL_TABS)
        cells.append(sum(1 for cell in gaps[-1].split(line) if cell.strip()) if len(line) < RUN_TOGETHER_LINE else 0)
        start += len(line) + 1
    row = [count >= MIN_TAB_CELLS for count in cells]
    row = [row[k] or (cells[k] == 2 and 0 < k < len(row) - 1 and row[k - 1] and row[k + 1]) for k in range(len(row))]
    cuts = []
    for index, line in enumerate(lines):
        if not row[index] or not any(0 <= k < len(row) and row[k] for k in (index - 1, index + 1)):
            continue
        body = line.strip(" \t\u3000")
        offset = starts[index] + line.find(body)
        cuts += [Cut(offset + m.start(), offset + m.end(), " | ") for m in gaps[index].finditer(body)]
    return cuts


# A line that opens a heading, an item or a bullet (第三章, 第2项, 一、, (二), 3., ①, ●, —): a paragraph of its own, never
# joined to the sentence before it
_OPENS_AN_ITEM = compile_pattern(r"\s*(?:第[一二三四五六七八九十百\d]+[章节部分篇条项]|[一二三四五六七八九十]{1,3}[、.]"
                                 rf"|[((][一二三四五六七八九十\d]{{1,3}}[))]|\d{{1,2}}[.、)](?!\d)"
                                 rf"|[-*○√—>|①-⑳{_BULLETS}{_GLYPHS}])")
# A heading's number opening a line (第三章, 一、, (二)), never a wrap's next line; not a list of ordinals ("木都底" /
# "六、七组产业道路")
_CN_ORDINAL = r"[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]"  # 一 to 十, an item's number
_OPENS_A_HEADING = compile_pattern(rf"\s*(?:\u7b2c(?:{_CN_ORDINAL}|[\u767e\d])+[\u7ae0\u8282\u90e8\u5206\u7bc7]"
                                   rf"|{_CN_ORDINAL}{{1,3}}\u3001(?!{_CN_ORDINAL})"
                                   rf"|[(\uff08]{_CN_ORDINAL}{{1,3}}[)\uff09])")
MIN_SENTENCE_LINES = 4  # lines of prose (PROSE_LINE characters or more, no heading) a page needs to be read so
PROSE_LINE = 10
SENTENCE_LINE_SHARE = 0.7  # of its prose lines that hold one sentence, ended by 。, ...
SEVERAL_SENTENCES_SHARE = 0.1  # ... and at most this share of lines of two sentences or more


def find_sentence_lines(readable: str, source_file: str = "") -> tuple[list[Cut], list[Flag]]:
    """The line breaks between the sentences of a paragraph on a page written one sentence to a line (a scraper
    that broke lines at each 。, a site that sets each sentence apart): each joined, so a paragraph's year and cues
    reach all its sentences; a line that opens a heading, an item or a bullet stays a line. One flag."""
    if readable.count("。") < MIN_SENTENCE_LINES:
        return [], []
    lines, start = [], 0
    for line in readable.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    prose = [text for _, line in lines if len(text := line.strip()) >= PROSE_LINE and not _OPENS_AN_ITEM.match(text)]
    single = sum(line.count("。") == 1 and line.endswith("。") for line in prose)
    several = sum(line.count("。") >= 2 for line in prose)
    if len(prose) < MIN_SENTENCE_LINES or single < SENTENCE_LINE_SHARE * len(prose) \
            or several > SEVERAL_SENTENCES_SHARE * len(prose):
        return [], []
    joins = [Cut(start + len(line), next_start, "") for (start, line), (next_start, next_line) in zip(lines, lines[1:])
             if line.rstrip().endswith("。") and len(next_line.strip()) >= PROSE_LINE
             and not _OPENS_AN_ITEM.match(line) and not _OPENS_AN_ITEM.match(next_line)]
    if not joins:
        return [], []
    return joins, [Flag(source_file, "sentence_per_line", joins[0].start, joins[-1].end, "",
                        f"one sentence to a line: {len(joins)} line breaks inside paragraphs joined")]


def _decoded(raw: str, escapes, decode) -> tuple[str, list[tuple[int, int, int, int]]]:
    """``raw`` with each of the ``escapes`` (matches, in order) read by ``decode``, and the pieces that map the text
    to the raw (decoded start, raw start, decoded length, raw length)."""
    out, pieces, position, length = [], [], 0, 0
    for match in escapes:
        if match.start() > position:
            out.append(raw[position:match.start()])
            pieces.append((length, position, match.start() - position, match.start() - position))
            length += match.start() - position
        character = decode(match.group(0))
        out.append(character)
        pieces.append((length, match.start(), len(character), match.end() - match.start()))
        length, position = length + len(character), match.end()
    out.append(raw[position:])
    pieces.append((length, position, len(raw) - position, len(raw) - position))
    return "".join(out), pieces


def decode_json_escapes(raw: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """A page saved as a JSON string's text (every line break written \\n, or its characters \\u4e2d): its text with
    the escapes read as the characters they stand for, and the pieces that map it to the raw text; None for a page
    with a few backslashes or none."""
    if "\\" not in raw:
        return None
    escaped_breaks, escaped_characters = raw.count("\\n"), len(_JSON_CHARACTER_ESCAPE.findall(raw))
    if escaped_characters < MIN_JSON_ESCAPES and (escaped_breaks < MIN_JSON_BREAKS
                                                  or escaped_breaks <= raw.count("\n")):
        return None
    return _decoded(raw, _JSON_ESCAPE.finditer(raw), lambda escape: json.loads(f'"{escape}"'))


def decode_escaped_markup(raw: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """A text whose page's markup is escaped (&lt;p&gt;…: a feed's description, a double-encoded export): its
    entities read as the characters they stand for, so the page is read as HTML; None for a text with few."""
    if "&lt;" not in raw or len(_ESCAPED_TAG.findall(raw)) < MIN_ESCAPED_TAGS:
        return None
    return _decoded(raw, _HTML_ENTITY.finditer(raw), html.unescape)


# Invisible format characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen, direction
# marks): an editor's, a chat app's or a site's anti-copying marks, anywhere inside words and numbers (9\u200b5%); not
# a soft hyphen after a character UTF-8 read as Windows-1252 gives (å\u00ad¦ is 学's bytes: mojibake, flagged as such)
_ZERO_WIDTH_AND_MARKS = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"  # (a character class's ranges)
_INVISIBLE = compile_pattern(rf"(?:[{_ZERO_WIDTH_AND_MARKS}]|(?<!{_byte_class(0x80, 0xFF)})\u00ad)+")
_INVISIBLE_CHARACTER = compile_pattern(f"[\u00ad{_ZERO_WIDTH_AND_MARKS}]")
_INVISIBLE_MESSAGE = "zero-width and soft-hyphen characters (invisible; inside a number they would split it: 9\u200b5%)"


def drop_invisible_characters(raw: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """A text with its invisible format characters dropped (they split the words every pattern reads, 增加值(zēng
    \u200bjiā) or 主要\u200b目标, not only numbers), and the pieces that map it to the raw; None for a text with none."""
    if not _INVISIBLE_CHARACTER.search(raw):  # (one class: scanned far faster than the pattern)
        return None
    found = list(_INVISIBLE.finditer(raw))  # (none when each is a soft hyphen of mojibake)
    return _decoded(raw, found, lambda _: "") if found else None


def _raw_offset(pieces: list[tuple[int, int, int, int]], starts: list[int], position: int, closing: bool) -> int:
    """The raw offset of a decoded text's ``position``, through the decoding's pieces (``starts``: their starts): a
    position inside an escape is its start, or its end when ``closing`` a span."""
    d_start, r_start, d_len, r_len = pieces[max(bisect.bisect_right(starts, position) - 1, 0)]
    if d_len == r_len or position == d_start:
        return r_start + position - d_start
    return r_start + r_len if closing else r_start


def _through_decoding(norm: NormalizedText, pieces: list[tuple[int, int, int, int]],
                      starts: list[int]) -> NormalizedText:
    """``norm``, normalized from a decoded text, with its offsets mapped through the decoding's pieces to the raw."""
    result = NormalizedText(norm.text)
    for n_start, d_start, n_len, d_len in zip(norm.piece_norm_start, norm.piece_raw_start, norm.piece_norm_len,
                                              norm.piece_raw_len):
        if n_len != d_len or not d_len:  # a cut or a replacement: its whole raw span
            r_start = _raw_offset(pieces, starts, d_start, False)
            r_end = _raw_offset(pieces, starts, d_start + d_len, True) if d_len else r_start
            spans = [(n_start, r_start, n_len, r_end - r_start)]
        else:  # kept text, split where the decoding's pieces change
            spans, position = [], d_start
            while position < d_start + d_len:
                p_start, p_raw, p_len, p_raw_len = pieces[bisect.bisect_right(starts, position) - 1]
                end = min(p_start + p_len, d_start + d_len)
                if p_len == p_raw_len:
                    spans.append((n_start + position - d_start, p_raw + position - p_start, end - position,
                                  end - position))
                else:  # an escape: its character and its raw characters
                    spans.append((n_start + position - d_start, p_raw, end - position, p_raw_len))
                position = end
        for span in spans:
            result.piece_norm_start.append(span[0])
            result.piece_raw_start.append(span[1])
            result.piece_norm_len.append(span[2])
            result.piece_raw_len.append(span[3])
    return result


def normalize_text(raw: str, source_file: str = "", is_html: bool = False) -> tuple[NormalizedText, list[Flag]]:
    """Normalize ``raw`` and return it with its offset map and the flags for everything cut out; an HTML page whose
    lines (one to a paragraph or a <br>) are broken at one width inside sentences is normalized again with them
    joined (find_html_wraps). A page saved as a JSON string's text, or a text whose page's markup is escaped, is
    normalized as the text or page it stands for, its offsets mapped back to the raw (decode_json_escapes,
    decode_escaped_markup); one flag. Invisible characters are dropped first the same way, each run flagged."""
    layer, flag_type = decode_json_escapes(raw), "json_escapes"
    if layer is None and not is_html:
        layer, flag_type = decode_escaped_markup(raw), "escaped_markup"
    if layer is None:
        layer, flag_type = drop_invisible_characters(raw), "scrape_residue"
    if layer:  # (each layer is shorter than the text it came from: a JSON text of escaped markup is undone in turn)
        text, pieces = layer
        norm, flags = normalize_text(text, source_file, is_html or flag_type == "escaped_markup")
        starts = [piece[0] for piece in pieces]
        norm = _through_decoding(norm, pieces, starts)
        flags = [dataclasses.replace(flag, char_start=_raw_offset(pieces, starts, flag.char_start, False),
                                     char_end=None if flag.char_end is None
                                     else _raw_offset(pieces, starts, flag.char_end, True))
                 if flag.char_start is not None else flag for flag in flags]
        if flag_type == "scrape_residue":  # each run of invisible characters, where it is (a piece read as nothing)
            return norm, flags + [Flag(source_file, flag_type, start, start + length, raw[start:start + length],
                                       _INVISIBLE_MESSAGE) for _, start, read, length in pieces if not read and length]
        return norm, flags + [Flag(source_file, flag_type, 0, len(raw), raw[:40],
                                   f"{len(raw) - len(text)} characters of escapes read as the characters they stand "
                                   "for; quotes keep the raw text")]
    norm, flags = _normalize(raw, source_file, is_html)
    joins, wrap_flags = find_html_wraps(raw, norm, source_file) if is_html else ([], [])
    if joins:
        norm, flags = _normalize(raw, source_file, is_html, joins)
        flags += wrap_flags
    return norm, flags


# Line breaks with blank lines between two lines of an HTML page's text
_BREAK_RUN = compile_pattern(r"\n(?:[ \t\u3000]*\n)*")
_MARKUP_OR_SPACE = compile_pattern(r"(?:<[^<>]*>|\s|&nbsp;)*")
_MARKUP_RUN = compile_pattern(r"(?:<[^<>]*>|\s|&nbsp;)+")
_TAG = compile_pattern(r"<[^<>]*>")
MAX_LINE_BREAK_TAGS = 2  # block tags of a line break between two lines of an HTML page (</p><p>)


def find_html_wraps(raw: str, norm: NormalizedText, source_file: str = "") -> tuple[list[Cut], list[Flag]]:
    """The markup between an HTML page's lines that a PDF's width broke inside sentences (a text copied from a PDF
    into a page, each line a paragraph or ended by <br>), or between the sentences of a page of one sentence to a
    paragraph: the lines of its normalized text, each run of breaks a line break or a blank line as its markup says,
    are read as find_sentence_lines and find_hard_wraps read a text, in their raw characters less the tags, with what
    the first pass cut marked cut (a converter's pinyin, a page number in its own paragraph), as a plain text's lines
    are read; each break joined is the raw markup and space it came from, cut to nothing. One flag."""
    if norm.text.count("。") < MIN_SENTENCE_LINES and sum(
            1 for line in norm.text.split("\n") if len(line) >= MIN_WRAPPED_LINE and _is_open(line)) < MIN_EXACT_WRAPS:
        return [], []  # (the first screens of find_sentence_lines and find_hard_wraps, before the raw lines are made)
    length = len(norm.text)
    runs = [match for match in _BREAK_RUN.finditer(norm.text) if match.start() and match.end() < length]
    if not runs:
        return [], []
    # Each break's raw span, with the markup after it, is read as runs of markup that break the line and the text
    # the first pass cut between them (a converter's pinyin at a line's end, a page number in its own paragraph): text
    # before the first such run is its line's end, text between two is a line cut whole.
    parts, position = [], 0  # (raw start, raw end) of text; (raw run, glue) of a line break
    for break_start, break_end in (norm.to_raw(match.start(), match.end()) for match in runs):
        markup_end = _MARKUP_OR_SPACE.match(raw, break_end).end()  # (with the tags that made no break)
        breaking = [m for m in _MARKUP_RUN.finditer(raw, break_start, markup_end)
                    if "\n" in m.group() or _HTML_BLOCK_TAG.search(m.group())]
        for m in breaking:
            tags = [tag.lower() for tag in _HTML_BLOCK_TAG.findall(m.group())]
            # a line break is one paragraph's end and the next one's start (</p>\n<p>) or one <br>; more (an empty
            # paragraph between, <br><br>) hold a blank line, which no wrap crosses
            one_break = len(tags) <= MAX_LINE_BREAK_TAGS and sum(tag.startswith("<br") for tag in tags) <= 1
            parts += [(position, m.start()), (m.span(), "\n" if one_break else "\n\n")]
            position = m.end()
    if position == 0:
        return [], []
    parts.append((position, len(raw)))
    # what the first pass cut to nothing (but tags), in ``text`` too, so lines are measured as a plain text's are
    cut_raw = [(start, start + raw_length) for start, raw_length, norm_length
               in zip(norm.piece_raw_start, norm.piece_raw_len, norm.piece_norm_len) if raw_length and not norm_length]
    cut_starts = [start for start, _ in cut_raw]
    text_parts, cuts, separators, at = [], [], [], 0  # ``text``, its spans the first pass cut, its line breaks
    for part in parts:
        if isinstance(part[0], tuple):
            separators.append((at, *part))
            text_parts.append(part[1])
            at += len(part[1])
            continue
        edges = [part[0], *(position for tag in _TAG.finditer(raw, *part) for position in tag.span()), part[1]]
        for start, end in zip(edges[::2], edges[1::2]):
            i = max(0, bisect.bisect_right(cut_starts, start) - 1)
            while i < len(cut_raw) and cut_raw[i][0] < end:
                if cut_raw[i][1] > start:
                    cuts.append(Cut(at + max(cut_raw[i][0], start) - start, at + min(cut_raw[i][1], end) - start, ""))
                i += 1
            text_parts.append(raw[start:end].replace("\n", " "))
            at += end - start
    text = "".join(text_parts)
    newlines = [at for at, _, _ in separators]
    wraps, _ = find_sentence_lines(text)  # (as a plain text is read: one sentence to a line, else wrapped lines)
    flag_type, what = ("sentence_per_line", "one sentence to a line") if wraps else \
        ("hard_wrapped_lines", "lines broken at one width inside sentences")
    wraps = wraps or find_hard_wraps(text, cuts)[0]
    joins = []
    for wrap in wraps:
        i = bisect.bisect_left(newlines, wrap.start)
        if i < len(separators) and newlines[i] < wrap.end and separators[i][2] == "\n":
            joins.append(Cut(*separators[i][1], ""))
    if not joins:
        return [], []
    return joins, [Flag(source_file, flag_type, joins[0].start, joins[-1].end, "",
                        f"an HTML page's {what}: {len(joins)} line breaks joined")]


def _text_of_the_markup(readable: str) -> tuple[str, list[int], list[int]]:
    """An HTML page as a browser shows its lines: block tags as line breaks, other tags taken out (a breadcrumb's
    links: <a href=/>首页</a> > <a …>新闻中心</a>); with, per piece of it, where it starts in the view and in the page."""
    pieces, view_starts, raw_starts = [], [], []
    length, position = 0, 0
    for tag in _HTML_TAG.finditer(readable):
        for text, raw_start in ((readable[position:tag.start()], position),
                                ("\n" if _HTML_BLOCK_TAG.fullmatch(tag.group()) else "", tag.start())):
            if text:
                pieces.append(text)
                view_starts.append(length)
                raw_starts.append(raw_start)
                length += len(text)
        position = tag.end()
    pieces.append(readable[position:])
    view_starts.append(length)
    raw_starts.append(position)
    return "".join(pieces), view_starts, raw_starts


def _bullets_after_block_tags(raw: str, markup: list[Cut]) -> list[Cut]:
    """An HTML page's decorative bullets that open a line (<p>🔹全年…, <li><span>● </span>…): a bullet with only
    spaces and inline tags between it and a block tag, cut as a plain page's bullet before a line is."""
    ends = {cut.end: cut for cut in markup}
    bullets = []
    for match in _bullet_marks(raw):
        position = match.start()
        while True:
            while position and raw[position - 1] in " \t\r\n\u3000":
                position -= 1
            cut = ends.get(position)
            if position == 0 or (cut and cut.replacement == "\n"):
                bullets.append(Cut(match.start(), match.end(), ""))
            if cut is None or cut.replacement != "":
                break
            position = cut.start
    return bullets


def _furniture_between_block_tags(readable: str) -> list[Cut]:
    """Page furniture on an HTML page's lines as a browser shows them (a PDF's page number in a paragraph of its
    own, <p>- 2 -</p>; a breadcrumb of links; a site's menu), each cut from its first character to its last on the
    page."""
    view, view_starts, raw_starts = _text_of_the_markup(readable)

    def on_the_page(position: int) -> int:
        i = bisect.bisect_right(view_starts, position) - 1
        return raw_starts[i] + position - view_starts[i]

    cuts = []
    for cut in find_pattern_cuts(view, "page_furniture.csv", "page_furniture", line_wise=True) + find_site_menus(view):
        found = view[cut.start:cut.end]
        start, end = cut.start + len(found) - len(found.lstrip()), cut.start + len(found.rstrip())
        if end > start:
            cuts.append(Cut(on_the_page(start), on_the_page(end - 1) + 1, cut.replacement, cut.flag_type, cut.message))
    return cuts


def _normalize(raw: str, source_file: str, is_html: bool, html_joins: list[Cut] = ()) -> tuple[NormalizedText,
                                                                                               list[Flag]]:
    """normalize_text's one pass; ``html_joins``: the markup between an HTML page's wrapped lines, cut to nothing."""
    mojibake = find_mojibake_cuts(raw)
    traditional, traditional_flags = find_traditional(raw, source_file, mojibake)
    # The codebook's patterns are written in simplified characters: a traditional page is searched through its
    # one-for-one simplified reading, so every span found is the same span of the raw text.
    readable = raw.translate(traditional) if traditional else raw
    forms = ideograph_forms() if _IDEOGRAPH_FORM.search(raw) else {}
    if forms:  # (so that the cut patterns find their words in it: 首页 written ⾸⻚)
        readable = readable.translate(forms)
    ocr_runs = _ocr_digit_runs(raw)  # (read before the patterns too: 20ll年 is no watermark's token)
    if ocr_runs:
        readable = _read_ocr_digits(readable, ocr_runs)
    if _OTHER_LINE_BREAK.search(readable):  # U+2028 and its kind end lines for the line-wise patterns too (one for one)
        readable = readable.translate(_LINE_BREAKS_ONE_FOR_ONE)
    if "\r\n" in readable:  # a line ended by CR LF ends before its CR for the line-wise patterns too ("分享到:\r\n")
        readable = _CR_BEFORE_LF.sub(" ", readable)
    readable, tab_breaks, tab_flags = find_lines_joined_by_tabs(readable, source_file) if not is_html \
        else (readable, [], [])
    literals = find_literals(readable)
    cuts = find_spam_cuts(readable, literals)
    watermarks = find_watermark_cuts(readable) if _HAS_ASCII_LETTER.search(readable) else []
    cuts += watermarks
    cuts += find_pattern_cuts(readable, "page_furniture.csv", "page_furniture", literals)
    if is_html:  # a block tag ends a line: furniture on a line of its own (<p>- 2 -</p>) is found as a plain page's
        cuts += _furniture_between_block_tags(readable)
    cuts += find_running_heads(readable, cuts) if "\n" in readable else []
    cuts += find_site_menus(readable) if not is_html else []  # (an HTML page's: on the text a browser shows)
    residue = find_pattern_cuts(readable, "scrape_residue.csv", "scrape_residue", literals)
    if residue:  # "當(dāng)前位置:主頁 > …": furniture is also sought with the residue out of the way
        cuts += _pattern_cuts_past(readable, residue, "page_furniture.csv", "page_furniture")
    bullets = []
    if is_html:  # an HTML page's markup is read as markup (block tags become line breaks), not as residue
        markup = find_html_cuts(raw)
        covered = _merge([(c.start, c.end) for c in markup])
        residue = [c for c in residue if not _inside(covered, c.start)]
        cuts += markup
        bullets = _bullets_after_block_tags(raw, markup)
    else:  # a plain-text scrape: its Markdown markup, and the page's entities it kept (&nbsp;, &ldquo;) read as the
        cuts += find_markdown_cuts(readable)  # characters they stand for
        cuts += [Cut(m.start(), m.end(), decoded) for m in (_HTML_ENTITY.finditer(raw) if "&" in raw else ())
                 if (decoded := html.unescape(m.group(0))) != m.group(0)]
        bullets = [Cut(line_start, m.end(), "") for m in _bullet_marks(readable)
                   if _LINE_INDENT.fullmatch(readable, line_start := readable.rfind("\n", 0, m.start()) + 1, m.start())]
    cuts += [Cut(m.start(), m.end(), ".") for m in (_STOP_AS_POINT.finditer(readable) if "。" in readable or "?" in readable
                                                    else ())
             if m.start() and readable[m.start() - 1].isdigit()]
    cuts += _stops_as_points_behind_watermarks(readable, watermarks)
    cuts += _commas_between_values_of_a_list(readable) if "," in readable or "\uff0c" in readable else []
    if "\u3001" not in readable:  # a page a converter wrote with no 、 (U+3001): an item's number before a comma is
        cuts += [Cut(m.start(1), m.end(1), "\u3001") for m in _ITEM_NUMBER_COMMA.finditer(readable)]  # 1、 (1,优化…)
    cuts += [Cut(m.start(), m.end(), "。") for m in (_POINT_AS_STOP.finditer(readable) if "." in readable else ())
             if not _ITEM_NUMERAL_BEFORE.search(readable, max(0, m.start() - 8), m.start())]
    cuts += [Cut(m.start(), m.end(), "。") for m in _O_AS_STOP.finditer(readable)] if "o" in readable else []
    cuts += residue
    cuts = _sparing_page_dates(cuts, readable)
    cuts += find_link_lists(raw) if is_html else []  # (after the dates are spared: the links' dates are theirs)
    cuts += mojibake
    spacing, spacing_flags = find_spaced_characters(readable, source_file)
    if spacing and not residue and "(" in readable:  # a converter's pinyin in a text then set apart: 标 ( b i ā o )
        residue = _pattern_cuts_past(readable, spacing, "scrape_residue.csv", "scrape_residue")
        cuts += residue
    wraps, wrap_flags = find_sentence_lines(readable, source_file) if not is_html else ([], [])
    if not wraps:  # (a page of one sentence to a line has no lines open inside a sentence)
        wraps, wrap_flags = find_hard_wraps(readable, cuts + spacing, source_file) if not is_html else ([], [])
    inline, inline_flags = find_elements_on_lines_of_their_own(readable, source_file) \
        if not is_html and "\n" in readable else ([], [])
    wraps, wrap_flags = wraps + inline, wrap_flags + inline_flags
    joins = wraps + list(html_joins)  # (an HTML page's joined lines: the markup between them)
    if joins and residue:  # a converter's pinyin that a wrap broke in two or put at a line's start: 个(\ngè), 点\n(diǎn)
        joined = sorted((w.start, w.end) for w in joins)
        cuts += [c for c in _pattern_cuts_past(readable, joins, "scrape_residue.csv", "scrape_residue")
                 if (i := bisect.bisect_left(joined, (c.end,))) and joined[i - 1][1] >= c.start]
    wraps += find_sentences_broken_by_furniture(readable, cuts, wraps) if not is_html else []
    if spacing:  # furniture set apart too (您 当 前 的 位 置:首 页>…), perhaps wrapped: sought with both out of the way
        cuts += _pattern_cuts_past(readable, spacing + wraps, "page_furniture.csv", "page_furniture")
    cuts += bullets  # (after the wraps are sought: a line opening on a bullet goes on no line before it)
    breaks, break_flags = find_lost_line_breaks(readable, source_file) if not is_html else ([], [])
    spaced_cells = not is_html and not spacing and ("  " in readable or "\u3000\u3000" in readable)
    tab_cells = find_tab_separated_rows(readable, spaced_cells) if ("\t" in readable or spaced_cells) \
        and not breaks else []
    # (a page run into one line keeps its spaces: they stand for its lost line breaks, 工作回顾 2022年,…)
    numbers, number_flags = find_spaced_numbers(readable, source_file) if not spacing and not breaks \
        and not tab_breaks else ([], [])
    cuts = _resolve_overlaps(cuts + spacing + numbers + wraps + breaks + tab_breaks + tab_cells + list(html_joins))
    flags = [
        Flag(source_file, c.flag_type, c.start, c.end, raw[c.start:c.end], c.message)
        for c in cuts
        if c.flag_type in ("spam_text", "page_furniture", "mojibake", "scrape_residue")
        or (c.flag_type == "html_markup" and _HAS_DIGIT.search(raw, c.start, c.end))
    ]
    flags += traditional_flags + spacing_flags + number_flags + wrap_flags + tab_flags + break_flags
    one_for_one = str.maketrans({**traditional, **_FULLWIDTH}) if traditional else _ONE_FOR_ONE
    # One character for one, so each kept piece is a slice of the mapped text. Without a traditional map only
    # the runs of full-width characters and odd spaces are translated: translate looks every character up.
    mapped = raw.translate(one_for_one) if traditional else _FULLWIDTH_RUN.sub(_map_fullwidth, raw)
    mapped = mapped.translate(forms) if forms else mapped
    mapped = _MIXED_DIGIT_YEAR.sub(_chinese_zeros, mapped)
    mapped = _CHINESE_YEAR.sub(lambda m: m.group(0).translate(_ARABIC_DIGITS), mapped)
    if ocr_runs:
        mapped = _read_ocr_digits(mapped, ocr_runs)
        flags.append(Flag(source_file, "ocr_digits", ocr_runs[0].start(), ocr_runs[-1].end(), ocr_runs[0].group(0),
                          f"{len(ocr_runs)} number(s) with letters an OCR engine read for digits (O, o as 0; l, I as "
                          f"1), read as digits: {', '.join(m.group(0) for m in ocr_runs[:8])}"))

    out: list[str] = []
    result = NormalizedText("")
    norm_starts, raw_starts = result.piece_norm_start, result.piece_raw_start
    norm_lengths, raw_lengths = result.piece_norm_len, result.piece_raw_len
    norm_position, last = 0, "\n"  # where the next piece starts in the normalized text; its last character

    def emit(text: str, raw_start: int, raw_len: int) -> None:
        nonlocal norm_position, last
        norm_starts.append(norm_position)
        raw_starts.append(raw_start)
        norm_lengths.append(len(text))
        raw_lengths.append(raw_len)
        if text:
            out.append(text)
            norm_position += len(text)
            last = text[-1]

    def emit_segment(start: int, end: int) -> None:
        position = start
        for match in _SPACE_OR_BREAK.finditer(raw, start, end):
            if match.start() > position:
                emit(mapped[position:match.start()], position, match.start() - position)
            token = match.group(0)
            if token[0] in "\r":
                emit("\n", match.start(), len(token))
            elif token[0] in "%\uFF05":
                flags.append(Flag(source_file, "typo_repeated_symbol", match.start(), match.end(), token,
                                  f"{token!r} read as a single %"))
                emit("%", match.start(), len(token))
            else:
                next_char = raw[match.end()] if match.end() < len(raw) else "\n"
                at_edge = last == "\n" or next_char in "\r\n"
                emit("" if at_edge or _THOUSANDS_GAP.match(raw, _group_start(raw, match.start())) else " ",
                     match.start(), len(token))
            position = match.end()
        if end > position:
            emit(mapped[position:end], position, end - position)

    position = 0
    for cut in cuts:
        emit_segment(position, cut.start)
        replacement = cut.replacement
        if replacement == "\n" and last == "\n":
            replacement = ""
        emit(replacement.translate(one_for_one), cut.start, cut.end - cut.start)
        position = cut.end
    emit_segment(position, len(raw))
    emit("", len(raw), 0)  # sentinel so that lookups past the end resolve
    result.text = "".join(out)
    return result, flags


# A full date (2021.01.15, 2018-01-26 15:55:35, 2019年01月14日 09:42) near a page's top, not a web address's path
# (…/2016-09-02/…): the page's dateline, which furniture around it (a breadcrumb line, a web address run into it:
# http://m.mattsalter.com2019年01月14日) must not take with it
_PAGE_DATE = compile_pattern(r"(?<![\d_-])(?:19|20)\d{2}\s*([-./年])\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?"
                             r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?(?![\d/])")
PAGE_DATE_HEAD = 800  # characters from a page's top in which a cut date would be its dateline
MAX_PAGE_DATE = 30  # characters of the longest such date (a date that a cut's end runs into is spared whole)
# a site's banner of the day a page is viewed (今天是2025年5月11日 星期日, codebook page_furniture): no date of the page's
_DAY_VIEWED = "今天是"


def _sparing_page_dates(cuts: list[Cut], readable: str) -> list[Cut]:
    """Furniture and residue cuts near a page's top with a date inside parted around it, so the date stays in
    the text ("您当前的位置 : 洛阳网 > 洛阳新闻  来源: 洛阳网 2021.01.15 11:58": heldout506 n02, heldout13 p11)."""
    kept = []
    for cut in cuts:
        dates = [date for date in _PAGE_DATE.finditer(readable, cut.start, cut.end + MAX_PAGE_DATE)
                 if date.start() < cut.end] \
            if cut.start < PAGE_DATE_HEAD and cut.flag_type in ("page_furniture", "scrape_residue") \
            and not readable.startswith(_DAY_VIEWED, cut.start) else []
        position = cut.start
        for date in dates:
            if date.start() > position:
                kept.append(Cut(position, date.start(), cut.replacement, cut.flag_type, cut.message))
            position = date.end()
        if not dates:
            kept.append(cut)
        elif cut.end > position:
            kept.append(Cut(position, cut.end, "", cut.flag_type, cut.message))
    return kept


def _pattern_cuts_past(readable: str, removed: list[Cut], pattern_file: str, flag_type: str) -> list[Cut]:
    """The cuts of a codebook pattern file found in the text with the spans ``removed`` taken out (a pinyin gloss
    inside furniture, the spaces of a text set apart: 目 标 ( b i ā o )), each mapped back to the span it covers."""
    kept, origin, position = [], [], 0
    for cut in sorted(removed, key=lambda c: c.start):
        if cut.start >= position:
            kept.append(readable[position:cut.start])
            origin.extend(range(position, cut.start))
            position = cut.end
    kept.append(readable[position:])
    origin.extend(range(position, len(readable)))
    stripped = "".join(kept)
    return [Cut(origin[c.start], origin[c.end - 1] + 1, c.replacement, c.flag_type, c.message)
            for c in find_pattern_cuts(stripped, pattern_file, flag_type)]


def _resolve_overlaps(cuts: list[Cut]) -> list[Cut]:
    """Sort cuts and drop any that overlaps an earlier, longer or flagged one; damaged text (mojibake) that
    overlaps an earlier cut keeps the part after it, so none of it is read."""
    ordered = sorted(cuts, key=lambda c: (c.start, -(c.end - c.start), c.flag_type == ""))
    kept: list[Cut] = []
    for cut in ordered:
        if kept and cut.start < kept[-1].end:
            if cut.flag_type == "mojibake" and cut.end > kept[-1].end:
                kept.append(Cut(kept[-1].end, cut.end, cut.replacement, cut.flag_type, cut.message))
            continue
        kept.append(cut)
    return kept


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    i = bisect.bisect_right([s for s, _ in spans], position) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]
