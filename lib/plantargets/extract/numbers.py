"""Pure parsers for the pieces of a stated value: numerals, units and scales, comparators, years, periods.

Every function takes plain text and returns plain Python values; nothing here knows about documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from plantargets.paths import codebook_rows
from plantargets.pattern_cache import compile_pattern

# Chinese numeral characters (including 〇, the circle ○ used for zero, and 两) that can form a quantity, with
# an optional decimal part written 点 + digits (六点五, 五点六七).
CN_DIGITS = "〇○零一二两三四五六七八九十百千万亿"
# (a 千 that opens 千瓦 is the unit's: 五百一十万千瓦 is 五百一十万 kilowatts)
CN_NUMERAL = f"(?:(?!千瓦)[{CN_DIGITS}])+(?:点[〇○零一二三四五六七八九]+)?"
# The characters a unit of codebook/units.csv begins with: what follows a number written with its thousands apart
_UNIT_STARTS = "".join(sorted({re.escape(row["unit"][0]) for row in codebook_rows("units.csv")}))
# Arabic digits, with thousands separators and a decimal point that a scraper may have spaced out ("6 . 5").
# Thousands may be grouped with a comma or, in print-style pages, a space ("1 122个"): a group of 1-3 digits
# then groups of exactly three, before a unit ("丰都县 150 100" is a table's two cells, not 150100).
# ("1.2018年苏州市…汇总表", "2. 2025年": an item's number before a year, not 1.2018 years)
_DIGITS = r"\d+(?:,\d{3})*(?:\s?\.\s?(?!(?:19|20)\d{2}\s*年)\d+)?"
ARABIC_NUMBER = rf"\d{{1,3}}(?: \d{{3}})+(?![\d.])(?=\s*[{_UNIT_STARTS}])|{_DIGITS}"
_CN_ZERO_TO_NINE = "〇一二三四五六七八九"
# No plan states a number of 16 digits as written (万/亿 scale it): a longer one is an identifier or garbage.
MAX_AS_WRITTEN = 1e15

_SCALES = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}


# (a token already cut from its text: its thousands apart whatever follows)
_ARABIC_NUMBER, _CN_NUMERAL = compile_pattern(rf"\d{{1,3}}(?: \d{{3}})+|{_DIGITS}"), compile_pattern(CN_NUMERAL)
_GROUPING = compile_pattern(r"[,\s]")
_CN_DIGIT_BY_DIGIT = compile_pattern("[〇零一二三四五六七八九]{2,}")


class NumberParseError(ValueError):
    """Raised when a numeral cannot be read as a number."""


@cache
def _chinese_to_number():
    """cn2an's converter, imported on the first Chinese numeral that is not written digit by digit (its
    import takes about 0.3 s, which a corpus of Arabic numerals need not pay)."""
    import cn2an

    return cn2an.cn2an


_CN_DIGIT_VALUES = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                    "九": 9}
_CN_PLACES = {"十": 10, "百": 100, "千": 1000}
# The plain written form of a Chinese integer below 10^12 (六, 十四, 两百, 三千零五十, 一百二十万, 三万零五百, 千 and 百
# with their digit, a 零 where a place is skipped), which _plain_chinese_integer reads itself
_D, _Z = "[一二两三四五六七八九]", "[零〇]"
_HUNDREDS = rf"{_D}百(?:{_D}十{_D}?|{_Z}{_D})?"
_THOUSANDS = rf"{_D}千(?:{_HUNDREDS}|{_Z}{_D}十{_D}?|{_Z}{_D})?"
_LED_BELOW_1000 = rf"{_HUNDREDS}|{_D}十{_D}?|{_D}"  # after a 零 (cn2an takes 零十, not 〇十)
_PLAIN_CHINESE_INTEGER = (rf"(?:{_THOUSANDS}|{_LED_BELOW_1000}|十{_D}?)"
                          rf"(?:万(?:{_Z}(?:{_LED_BELOW_1000})|{_THOUSANDS})?|亿)?|{_Z}")


@cache
def _plain_chinese_integer_pattern() -> re.Pattern[str]:
    return compile_pattern(_PLAIN_CHINESE_INTEGER)  # (compiled on first use: the import stays as quick)


def _plain_chinese_integer(whole: str) -> int | None:
    """The value of a Chinese integer in its plain written form (``_PLAIN_CHINESE_INTEGER``), else None: the
    numerals of plans are nearly all of that form, and reading them here spares a build cn2an's import (it and its
    dependencies compile many patterns: about 0.07 s). cn2an gives the same value for every string this reads
    (tests/test_numbers.py: every one of up to four characters, and cn2an's writing of 26,000 integers)."""
    if not _plain_chinese_integer_pattern().fullmatch(whole):
        return None
    total, section, digit = 0, 0, 0
    for character in whole:
        if character in _CN_DIGIT_VALUES:
            digit = _CN_DIGIT_VALUES[character]
        elif character in _CN_PLACES:
            section += (digit or 1) * _CN_PLACES[character]
            digit = 0
        else:  # 万 or 亿 closes the section before it
            total += (section + digit) * (10_000 if character == "万" else 100_000_000)
            section, digit = 0, 0
    return total + section + digit


@lru_cache(maxsize=1 << 14)  # a document repeats its numerals (years, 一, 两): each is read once
def parse_numeral(text: str) -> float:
    """Read an Arabic or Chinese numeral (``2,200``, ``6 . 5``, ``99.9``, ``二〇三五``, ``两``, ``六点五``) as a float."""
    token = text.strip().replace("○", "〇")
    if not token:
        raise NumberParseError("empty numeral")
    if token[0] in "-−" and len(token) > 1:  # a signed change (增长-0.5%)
        return -parse_numeral(token[1:])
    if _ARABIC_NUMBER.fullmatch(token):
        number = float(_GROUPING.sub("", token))  # "2,200", "1 122", "6 . 5"
        if not number < MAX_AS_WRITTEN:
            raise NumberParseError(f"a number of {len(token)} characters is beyond any stated value: {token[:20]}…")
        return number
    if _CN_NUMERAL.fullmatch(token):
        whole, _, decimals = token.partition("点")
        fraction = "".join(str(_CN_ZERO_TO_NINE.index(c.replace("零", "〇"))) for c in decimals)
        if _CN_DIGIT_BY_DIGIT.fullmatch(whole):  # digit-by-digit, as in 二〇三五
            number = "".join(str(_CN_ZERO_TO_NINE.index(c.replace("零", "〇"))) for c in whole)
            return float(f"{number}.{fraction}" if fraction else number)
        try:
            number = float(_chinese_integer(whole)) if whole else 0.0
        except (ValueError, KeyError) as error:
            if whole[0] not in "十百千万亿":
                raise NumberParseError(f"not a Chinese numeral: {token!r}") from error
            try:  # 千亿元, 百万人: a leading unit means one of it
                number = float(_chinese_integer("一" + whole))
            except (ValueError, KeyError):
                raise NumberParseError(f"not a Chinese numeral: {token!r}") from error
        return float(f"{int(number)}.{fraction}") if fraction and number.is_integer() else number
    raise NumberParseError(f"not a numeral: {token!r}")


def _chinese_integer(whole: str) -> int | float:
    """A Chinese integer numeral's value: its plain form read here, any other by cn2an (normal mode). Scales alone
    (千, 百万) raise ValueError, as cn2an does for them, and parse_numeral reads one of them (一千)."""
    plain = _plain_chinese_integer(whole)
    if plain is not None:
        return plain
    if not whole.strip("百千万亿"):
        raise ValueError(f"a scale without a digit: {whole}")
    return _chinese_to_number()(whole, "normal")


# Units as written after a number (codebook/units.csv), longest first so 万人 wins over 万 and 个百分点 over 个,
# each with the factor its 万/亿 applies and the unit left once it is applied.
_UNIT_ROWS = {row["unit"]: (float(row["factor"]), row["standard_unit"]) for row in codebook_rows("units.csv")}
# A unit of measure scaled by 万 or 亿 (12万公里, 1.2亿人次) where the codebook lists only its base: the same unit,
# the scale applied. Not rates, ages, durations, grades or compound units, which no scale is written before.
_UNSCALED = frozenset(("个百分点", "百分点", "倍", "成", "岁", "年", "个月", "天", "分", "级", "层"))
_UNIT_ROWS |= {scale + unit: (factor * _SCALES[scale], standard)
               for unit, (factor, standard) in list(_UNIT_ROWS.items())
               if factor == 1 and unit == standard and unit not in _UNSCALED and re.fullmatch(r"[\u4e00-\u9fff]+", unit)
               for scale in ("万", "亿") if scale + unit not in _UNIT_ROWS}
UNITS_AS_WRITTEN = sorted(_UNIT_ROWS, key=len, reverse=True)
# A ratio to one (生师比为13.96∶1) keeps its later term as its unit, a rate per 100,000 (孕产妇死亡率12/10万) its base:
# units the extractor reads only right after a number (statements.TOKEN), so they stay out of UNIT_PATTERN
RATIO_TO_ONE_UNITS = (":1", "∶1")
PER_100_THOUSAND_UNITS = ("/10万", "/十万")
_UNIT_ROWS |= {unit: (1.0, ":1") for unit in RATIO_TO_ONE_UNITS}
_UNIT_ROWS |= {unit: (1.0, "/10万") for unit in PER_100_THOUSAND_UNITS}
# A unit's last character that begins a word with what follows ("跨上万亿台阶": 台阶, a step, is no 台 of machines;
# codebook phrase_words role word_after_a_unit): no unit ends there.
_WORDS_AFTER_A_UNIT = [row["pattern"] for row in codebook_rows("phrase_words.csv") if row["role"] == "word_after_a_unit"]
_NO_UNIT_ENDS_HERE = "|".join(f"(?<={re.escape(word[0])}){re.escape(word[1:])}" for word in _WORDS_AFTER_A_UNIT)
UNIT_PATTERN = "(?:" + "|".join(re.escape(u) for u in UNITS_AS_WRITTEN) + ")" + (
    f"(?!{_NO_UNIT_ENDS_HERE})" if _NO_UNIT_ENDS_HERE else "")


@dataclass(frozen=True)
class StandardValue:
    value: float
    unit: str


def standardize(value: float, unit: str, scale_word: str = "") -> StandardValue:
    """Apply 万/亿 scales (in the numeral or the unit) so ``2.2万个`` becomes 22000 个; money in 元."""
    factor = _SCALES.get(scale_word, 1.0) if scale_word else 1.0
    if unit in ("万", "亿"):  # a scale written without a unit ("超100亿")
        return StandardValue(round(value * factor * _SCALES[unit], 6), "")
    if unit not in _UNIT_ROWS and "/" in unit:  # 万元/亩: the scale of the unit before the slash, per the one after
        numerator, denominator = unit.split("/", 1)
        unit_factor, std_unit = _UNIT_ROWS.get(numerator, (1.0, numerator))
        return StandardValue(round(value * factor * unit_factor, 6), f"{std_unit}/{denominator}")
    unit_factor, std_unit = _UNIT_ROWS.get(unit, (1.0, unit))
    return StandardValue(round(value * factor * unit_factor, 6), std_unit)


# Comparators (codebook/comparators.csv): words before the number and words after it (after the unit).
_COMPARATOR_ROWS = codebook_rows("comparators.csv")
COMPARATOR_PREFIXES = [(r["word"], r["comparator"]) for r in _COMPARATOR_ROWS if r["position"] == "before"]
COMPARATOR_SUFFIXES = [(r["word"], r["comparator"]) for r in _COMPARATOR_ROWS if r["position"] == "after"]
# Words that govern a number across a short verb ("至少办好2所"): the word, its comparator, how many characters.
_COMPARATOR_GAPPED = [compile_pattern(rf"{re.escape(r['word'])}[\u4e00-\u9fff]{{1,{int(r['max_gap'])}}}$")
                      for r in _COMPARATOR_ROWS if r["position"] == "before" and int(r["max_gap"] or 0) > 0]
_GAPPED_SYMBOL = [r["comparator"] for r in _COMPARATOR_ROWS if r["position"] == "before" and int(r["max_gap"] or 0) > 0]
COMPARATORS = ("=", ">=", ">", "<=", "<", "~", "range")


# The same, longest first (sorted once, not per call), and every word in a tuple for one C-level test.
_SUFFIXES_LONGEST_FIRST = sorted(COMPARATOR_SUFFIXES, key=lambda p: -len(p[0]))
_PREFIXES_LONGEST_FIRST = sorted(COMPARATOR_PREFIXES, key=lambda p: -len(p[0]))
_SUFFIX_WORDS = tuple(word for word, _ in COMPARATOR_SUFFIXES)
_PREFIX_WORDS = tuple(word for word, _ in COMPARATOR_PREFIXES)
HORIZONTAL_SPACE = " \u3000\u00a0\t"  # spaces a scraped page puts between a number's unit and its bound


# the unit's Latin abbreviation in brackets after it ("1兆比特/秒(Mbps)以上", heldout1088 n01)
_UNIT_GLOSS = compile_pattern(r"^\s*[((][A-Za-z/]{1,8}[))]")


def parse_comparator(before: str, after: str) -> str:
    """The comparator stated around a number: the suffix (以上, 左右 …) wins over the prefix (不低于, 约 …); a currency
    named after the unit stands between ("旅游总收入200亿元人民币以上"), and so may a space ("增长 5% 左右", heldout190 n09)
    or the unit's abbreviation in brackets ("1兆比特/秒(Mbps)以上")."""
    after = _UNIT_GLOSS.sub("", after.removeprefix("人民币"), count=1).lstrip(HORIZONTAL_SPACE)
    if after.startswith(_SUFFIX_WORDS):
        for word, symbol in _SUFFIXES_LONGEST_FIRST:
            if after.startswith(word):
                return symbol
    stripped = before.rstrip()
    if stripped.endswith(_PREFIX_WORDS):
        for word, symbol in _PREFIXES_LONGEST_FIRST:
            if stripped.endswith(word):
                return symbol
    for pattern, symbol in zip(_COMPARATOR_GAPPED, _GAPPED_SYMBOL):
        if pattern.search(stripped):
            return symbol
    return "="


_YEAR_RE = compile_pattern(r"(?P<year>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年")


def parse_year(text: str) -> int | None:
    """A four-digit year in Arabic or Chinese digits (``2025年``, ``二〇三五年``), or None."""
    match = _YEAR_RE.search(text)
    if not match:
        return None
    return int(parse_numeral(match.group("year")))


# Named plan periods and the years they cover (codebook/plan_periods.csv).
FIVE_YEAR_PLANS = {row["name"]: (int(row["start"]), int(row["end"])) for row in codebook_rows("plan_periods.csv")}
_PERIOD_RE = compile_pattern(
    r"(?P<start>(?:19|20)\d{2})\s*年?\s*[-—–~～至到]+\s*(?P<end>(?:19|20)\d{2})\s*年"
)


def _period_year_patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern, first|last, word) per row of codebook/period_year_words.csv; the period name is group 'name'."""
    names = "|".join(re.escape(n) for n in sorted(FIVE_YEAR_PLANS, key=len, reverse=True))
    out = []
    for row in codebook_rows("period_year_words.csv"):
        # one look-behind per word ("为|顺利"), as a look-behind takes no words of different lengths
        unless_before = "".join(rf"(?<!{word})" for word in row["unless_before"].split("|") if word)
        pattern = (rf"{unless_before}(?:{row['lead']})[^。;!?\n]{{0,{int(row['max_gap'])}}}?[“\"]?(?P<name>{names})[”\"]?"
                   rf"[^,。;!?\n]{{0,12}}?{re.escape(row['word'])}")
        if row["unless_after"]:
            pattern += rf"(?![^,。;!?\n]{{0,12}}{row['unless_after']})"
        out.append((compile_pattern(pattern), row["which"], row["word"]))
    return tuple(out)


_PERIOD_YEAR_PATTERNS = _period_year_patterns()


def year_named_by_period(text: str) -> tuple[int, str] | None:
    """The year a text names by its place in a five-year plan ("今年是“十五五”开局之年" = 2026, "…收官之年" = the
    last year), with the phrase; None when it names none. Such a phrase says which year 今年 is, not a period."""
    if not any(name in text for name in FIVE_YEAR_PLANS):
        return None  # every pattern names a plan: a text naming none is not searched
    for pattern, which, word in _PERIOD_YEAR_PATTERNS:
        match = pattern.search(text) if word in text else None  # (each pattern ends with its word)
        if match:
            start, end = FIVE_YEAR_PLANS[match.group("name")]
            return (start if which == "first" else end), match.group(0)
    return None


@cache
def _plan_year_placed() -> tuple[re.Pattern[str], dict[str, str]]:
    """A plan's name right before the words naming one of its years (开局之年, 收官之年: the rows of
    codebook/period_year_words.csv ending in 之年), and each word's first|last."""
    words = {row["word"]: row["which"] for row in codebook_rows("period_year_words.csv") if row["word"].endswith("之年")}
    names = "|".join(re.escape(n) for n in sorted(FIVE_YEAR_PLANS, key=len, reverse=True))
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return compile_pattern(rf"[“\"]?(?P<name>{names})[”\"]?(?:规划)?的?(?P<word>{alternation})"), words


def plan_year_placed(text: str) -> tuple[int, str] | None:
    """The year a plan's name and the words for its place name ("“十二五”开局之年" = 2011, "“十四五”规划收官之年" =
    2025), with the name and words; None when the text names none. Unlike year_named_by_period, no 今年 is needed."""
    pattern, words = _plan_year_placed()
    match = pattern.search(text)
    if match is None:
        return None
    start, end = FIVE_YEAR_PLANS[match.group("name")]
    return (start if words[match.group("word")] == "first" else end), match.group("name") + match.group("word")


def parse_period(text: str) -> tuple[int, int] | None:
    """A span of years: ``2021—2023年``, ``2022-2031年``, or a named five-year plan (``“十四五”``)."""
    match = _PERIOD_RE.search(text)
    if match:
        start, end = int(match.group("start")), int(match.group("end"))
        if start <= end:
            return start, end
    for name, years in FIVE_YEAR_PLANS.items():
        if name in text:
            return years
    return None
