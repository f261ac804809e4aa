"""Guarded patterns find exactly what the plain pattern finds, and are guarded only where that pays."""

from __future__ import annotations

import re

from plantargets.paths import RAW_DIR
from plantargets.scanning import (could_match, first_characters, guarded, literal_alternatives, positional_finditer,
                                  required_strings, shortest_match, skipping)


def _accepts(first: str, character: str) -> bool:
    return re.fullmatch(f"[{first}]", character) is not None


def test_first_characters_of_optional_groups_look_behinds_and_repeats():
    first = first_characters(re.compile(r"(?<!比)(?:百分之|[二三]分之)?-?\d+(?:\.\d+)?"))
    assert [c for c in "百二三-57年分比.a" if _accepts(first, c)] == ["百", "二", "三", "-", "5", "7"]
    # an alternative of a repeat that may be empty: what follows it can begin a match too
    first = first_characters(re.compile(r"(?:x{0,2}|y)z"))
    assert sorted(c for c in "xyzw" if _accepts(first, c)) == ["x", "y", "z"]


def test_first_characters_cannot_be_told_or_are_not_worth_a_test():
    assert first_characters(re.compile(r"a?")) is None  # matches the empty string
    assert first_characters(re.compile(r"(a)\1?.b")) is not None  # the back-reference comes after the group
    assert first_characters(re.compile(r"(?<=(ab))\1c")) is None  # a back-reference first: anything
    assert first_characters(re.compile(r".?x")) is None  # any character
    assert first_characters(re.compile(r"[^x]?y")) is None  # a negated class
    assert first_characters(re.compile(r"\w*\.png")) is None  # \w: most characters of a page
    assert first_characters(re.compile(r"[\u4e00-\u9fff]{0,8}彩票")) is None  # every Chinese character
    assert first_characters(re.compile(r"(?i)a?b")) is None  # case-insensitive


def test_guard_only_where_re_cannot_skip_ahead_itself():
    for pattern in (r"【打印】|【关闭】", r"[((]按", r"(?m)^[ \t]*分享到$", r"\d{3,}公司", r"(?:ab|cd)x"):
        compiled = re.compile(pattern)
        assert guarded(compiled) is compiled, pattern
    token = re.compile(r"(?:百分之)?\d+%?")
    assert guarded(token) is not token and guarded(token).pattern.startswith("(?=[")


def test_guarded_patterns_keep_global_flags_groups_and_positions():
    pattern = re.compile(r"(?s)(?:(?P<lead>约))?(?P<num>\d+)\s*(?P<unit>万.元)?")
    text = "约12万\n元,34\n万x元;约5"
    fast = guarded(pattern)
    assert fast is not pattern and fast.pattern.startswith("(?s)(?=[")
    found = [(m.span(), m.group("lead"), m.group("num"), m.group("unit")) for m in fast.finditer(text)]
    assert found == [((0, 6), "约", "12", "万\n元"), ((7, 13), None, "34", "万x元"), ((14, 16), "约", "5", None)]
    assert fast.search(text, 8).span() == (8, 13) and fast.match(text, 7).group("num") == "34"
    assert [m.span() for m in fast.finditer(text, 1, 4)] == [(1, 3)]  # pos and endpos as for the plain pattern


_GUARD = re.compile(r"^(\(\?[aiLmsux]+\))?\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", re.S)


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its guard."""
    found = _GUARD.match(pattern.pattern)
    return re.compile((found.group(1) or "") + found.group(2), pattern.flags) if found else pattern


def test_guarded_patterns_find_the_same_matches_in_the_seed_documents():
    from plantargets.extract.statements import _PLAIN_YEAR, TOKEN
    from plantargets.text.normalize import load_patterns

    texts = [path.read_text(encoding="utf-8") for path in sorted(RAW_DIR.glob("*.txt"))]
    patterns = [_plain(TOKEN), _plain(_PLAIN_YEAR)]
    assert all(p.pattern != q.pattern for p, q in zip(patterns, (TOKEN, _PLAIN_YEAR)))
    patterns += [p for name in ("page_furniture.csv", "spam_patterns.csv", "scrape_residue.csv")
                 for p, _ in load_patterns(name)]
    checked = 0
    for plain in patterns:
        for text in texts:
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in guarded(plain).finditer(text)] == expected, plain.pattern
            checked += len(expected)
    assert checked > 500


def test_structure_rules_screened_at_once_still_give_each_rules_reason_on_its_example():
    """The structure rules are screened by one alternation per part (statements._structure_rule_screen); each
    rule still gives its reason on its own codebook example, and a plain value gives none."""
    from plantargets.extract.statements import TOKEN, _structure_rule, _structure_rule_screen
    from plantargets.paths import codebook_rows

    assert _structure_rule_screen() is not None
    for row in codebook_rows("structure_rules.csv"):
        reasons = [_structure_rule(row["example"], m) for m in TOKEN.finditer(row["example"])]
        # "3-6岁": the range's first number is followed by "-6", not 岁; the unit check reads it as an age
        assert row["reason"] in reasons or row["example"] == "3-6岁适龄儿童", row["reason"]
    sentence = "全市生产总值达到3500亿元,增长6.5%,学前三年毛入园率达到95%"
    assert [_structure_rule(sentence, m) for m in TOKEN.finditer(sentence)] == [
        "", "", "the length of preschool in an indicator's name (学前3年毛入园率), not a duration", ""]


def test_last_characters_read_the_pattern_backwards():
    last = first_characters(re.compile(r"(?:表|附表|专栏)\s*$"), last=True)
    assert sorted(c for c in "表栏附专 图" if _accepts(last, c)) == [" ", "栏", "表"]
    last = first_characters(re.compile(r"[((]按(?:照)?$"), last=True)
    assert sorted(c for c in "按照((" if _accepts(last, c)) == ["按", "照"]  # 按 is required: no bracket ends it
    assert first_characters(re.compile(r"ab?"), last=True) is not None  # ends with b, else a
    assert first_characters(re.compile(r"(?:x|y?)"), last=True) is None  # may match nothing


def test_required_strings_and_could_match():
    year = re.compile(r"(?<!到)((?:19|20)\d{2})\s*年(?:底|末)?")
    assert required_strings(year) == (("19", "20"), ("年",))
    assert required_strings(year, 2) == (("19", "20"),)  # 年 is one character
    assert could_match(year, "2025年底") and not could_match(year, "2025年度".replace("年", ""))
    assert not could_match(year, "1850年")
    either = re.compile(r"回顾\s*\d{4}|\d{4}年工作回顾")
    assert required_strings(either) == (("回顾", "年工作回顾"),)
    assert not could_match(either, "2023年主要预期目标")


def test_skipping_finds_what_finditer_finds():
    token = guarded(re.compile(r"(?<![\d.])[-−]?\d+(?:\.\d+)?%?"))
    scan = skipping(token)
    for text in ("增长-0.5%,达到12.3%", "没有数字", "", "3", "a-b-1"):
        assert [m.span() for m in scan(text)] == [m.span() for m in token.finditer(text)]
    assert list(scan("没有数字")) == []


def test_shortest_match():
    assert shortest_match(re.compile(r"\s*(?:[::]\s*\d|[。;,]|$)")) == 0
    assert shortest_match(re.compile(r"\d\s*[::]\s*")) == 2
    assert shortest_match(re.compile(r"(?:大类|领域)")) == 2


def test_literal_alternatives_only_for_patterns_of_literals():
    assert literal_alternatives(re.compile("繁|拼音|读")) == ("繁", "拼音", "读")
    assert literal_alternatives(re.compile("[\u200b\ufeff]")) == ("\u200b", "\ufeff")
    assert literal_alternatives(re.compile("base64")) == ("base64",)
    for pattern in (r"\d", "a+", "[^a]", "[a-z]", "(?i)ab", "a|b+", "^a"):
        assert literal_alternatives(re.compile(pattern)) is None, pattern


def test_positional_finditer_finds_what_finditer_finds():
    """Where a match can begin found by str.find (a few first characters) or by comparing the text with itself
    shifted (a look-behind group and its back-reference): the same matches, groups included."""
    doubled = re.compile(r"(?<=([\u4e00-\u9fff]{2}))\1(?=[\u4e00-\u9fff0-9])")
    dashes = guarded(re.compile(r"(?m)(?:^|(?<=\s))[—－]{1,2}\s*\d{1,3}\s*[—－]{1,2}(?=\s|$)"))
    three = re.compile(r"(?<=(...))\1")
    assert positional_finditer(re.compile(r"\d+")) is None  # digits: re's own scan
    assert positional_finditer(re.compile("【打印】")) is None  # a literal: re skips ahead itself
    texts = ["发展发展规划", "发展发展发展发展2", "学前学前", "— 3 —\n正文 －12－ 完", "x —1— y", "", "发",
             "abcabcabcab", "发展\ud800发展发展"]
    texts += [path.read_text(encoding="utf-8") for path in sorted(RAW_DIR.glob("*.txt"))]
    for pattern in (doubled, dashes, three):
        scan = positional_finditer(pattern)
        assert scan is not None, pattern.pattern
        for text in texts:
            assert [(m.span(), m.groups()) for m in scan(text)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)], (pattern.pattern, text[:20])
    assert [m.span() for m in positional_finditer(doubled)("发展发展发展发展2")] == [(2, 4), (4, 6), (6, 8)]


def test_last_match_is_the_last_finditer_finds_within_the_bounds():
    from plantargets.scanning import last_match

    pattern = re.compile(r"\d+")
    assert last_match(pattern, "a1 b22 c333").group(0) == "333"
    assert last_match(pattern, "a1 b22 c333", 0, 6).group(0) == "22"
    assert last_match(pattern, "a1 b22 c333", 3).group(0) == "333"
    assert last_match(pattern, "no digits") is None
