"""Pure parsers: numerals, units and scales, comparators, years, periods (examples and properties)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantargets.extract.numbers import (
    NumberParseError, parse_comparator, parse_numeral, parse_period, parse_year, standardize, year_named_by_period,
)


@pytest.mark.parametrize("text, expected", [
    ("98", 98.0), ("99.86", 99.86), ("2,200", 2200.0), ("二〇三五", 2035.0), ("两", 2.0),
    ("十二", 12.0), ("一百零五", 105.0), ("六", 6.0),
])
def test_parse_numeral_reads_arabic_and_chinese(text, expected):
    assert parse_numeral(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "12a", "十四五x"])
def test_parse_numeral_rejects_non_numerals(text):
    with pytest.raises(NumberParseError):
        parse_numeral(text)


@given(st.integers(min_value=0, max_value=10**9))
def test_parse_numeral_round_trips_integers(n):
    assert parse_numeral(str(n)) == n
    assert parse_numeral(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=99999))
def test_chinese_numerals_agree_with_arabic(n):
    import cn2an
    assert parse_numeral(cn2an.an2cn(n)) == n


def test_plain_chinese_integers_read_as_cn2an_reads_them():
    """The numerals parse_numeral reads without cn2an get cn2an's value (normal mode), as an int: every string of
    up to four numeral characters it reads, and cn2an's own writing of every integer below 20,000 and of a sample
    up to 10^12, with 两 for 二 and 〇 for 零 (a wider run of the same check, up to six characters, found none
    either)."""
    import itertools
    import random

    import cn2an

    from plantargets.extract.numbers import _plain_chinese_integer

    rng = random.Random(0)
    written = [cn2an.an2cn(n) for n in [*range(20_000), *(rng.randrange(10**12) for _ in range(5_000)),
                                        *(rng.randrange(1, 10**4) * 10**8 for _ in range(1_000))]]
    candidates = {"".join(chars) for length in range(1, 5)
                  for chars in itertools.product("〇零一二两三四五六七八九十百千万亿", repeat=length)}
    candidates |= {form for text in written for form in (text, text.replace("二", "两"), text.replace("零", "〇"))}
    read = {text: _plain_chinese_integer(text) for text in candidates}
    assert sum(value is not None for value in read.values()) > 20_000
    for text, value in read.items():
        if value is not None:
            assert cn2an.cn2an(text, "normal") == value and isinstance(value, int), text


def test_scales_alone_are_not_read_as_by_cn2an():
    """A numeral of scales alone (千, 百万) is no integer to cn2an, nor to the reader that spares its import: both
    raise ValueError, and parse_numeral reads one of the scale (千亿 as 一千亿)."""
    import itertools

    import cn2an

    from plantargets.extract.numbers import _chinese_integer

    for length in range(1, 6):
        for chars in itertools.product("百千万亿", repeat=length):
            with pytest.raises(ValueError):
                cn2an.cn2an("".join(chars), "normal")
            with pytest.raises(ValueError):
                _chinese_integer("".join(chars))
    assert parse_numeral("千亿") == 1e11 and parse_numeral("百") == 100


@pytest.mark.parametrize("value, unit, expected", [
    (2.2, "万个", (22000.0, "个")), (1200, "亿元", (1.2e11, "元")), (5100, "个", (5100.0, "个")),
    (2, "个百分点", (2.0, "percentage_point")), (100, "亿", (1e10, "")), (50, "M", (50.0, "Mbps")), (98, "%", (98.0, "%")), (1.4, "万亩", (14000.0, "亩")),
    # a unit the codebook lists only unscaled, scaled by 万 or 亿 (heldout52 n10: 分别突破12万公里和1300公里)
    (12, "万公里", (120000.0, "公里")), (1.2, "亿人次", (1.2e8, "人次")), (3, "万平方公里", (30000.0, "平方公里")),
    # the square-metre sign and the colloquial 平米 (heldout85 n10, heldout100 n03)
    (8833, "㎡", (8833.0, "平方米")), (4.7, "万㎡", (47000.0, "平方米")), (89390, "平米", (89390.0, "平方米")),
    # a square's superscript, or a scrape's caret for it (heldout282 n06: 新建城市绿地2450hm^2)
    (2450, "hm^2", (2450.0, "公顷")), (4.7, "万m²", (47000.0, "平方米")), (50, "km^2", (50.0, "平方公里")),
])
def test_standardize_applies_scales(value, unit, expected):
    std = standardize(value, unit)
    assert std.value == pytest.approx(expected[0])
    assert std.unit == expected[1]


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False), st.sampled_from(["万人", "万个", "亿元", "万元"]))
def test_standardize_scales_by_the_unit_prefix(value, unit):
    factor = 1e4 if unit.startswith("万") else 1e8
    assert standardize(value, unit).value == pytest.approx(value * factor, rel=1e-9, abs=1e-6)
    assert standardize(value, unit).unit == unit[1:]


@pytest.mark.parametrize("before, after, expected", [
    ("达到", "以上,", ">="), ("不低于", "", ">="), ("至少", "", ">="), ("≥", "", ">="), ("超过", "", ">"),
    ("突破", "", ">"), ("", "以下", "<="), ("不超过", "", "<="), ("控制在", "以内", "<="), ("", "左右", "~"),
    ("约", "", "~"), ("达到", "", "="), ("低于", "", "<"), ("不低于", "左右", "~"),
    # a scraped page's space between the unit and its bound ("增长 6% 左右", heldout190 n09)
    ("增长", " 左右,", "~"), ("", "\u3000以上", ">="), ("", "\u00a0以内", "<="),
])
def test_parse_comparator(before, after, expected):
    assert parse_comparator(before, after) == expected


@given(st.text(alphabet="的和在了是", max_size=5), st.text(alphabet="的和在了是", max_size=5))
def test_parse_comparator_defaults_to_equal(before, after):
    assert parse_comparator(before, after) == "="


@pytest.mark.parametrize("text, year", [("到2025年底", 2025), ("二〇三五年远景目标", 2035), ("今年", None), ("1949年", 1949)])
def test_parse_year(text, year):
    assert parse_year(text) == year


@given(st.integers(min_value=1900, max_value=2099))
def test_parse_year_reads_any_four_digit_year(year):
    assert parse_year(f"到{year}年") == year


@pytest.mark.parametrize("text, period", [
    ("“十四五”时期", (2021, 2025)), ("(2021—2023年)", (2021, 2023)), ("2022-2031年", (2022, 2031)),
    ("第十四个五年规划", (2021, 2025)), ("十三五", (2016, 2020)), ("没有时期", None), ("2025-2021年", None),
])
def test_parse_period(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize("text,year", [
    ("今年是“十五五”开局起步之年。政府工作总体要求是", 2026),  # heldout3 k08
    ("今年是全面完成“十四五”规划目标任务的收官之年", 2025),
    ("保持社会和谐稳定,奋力实现“十五五”良好开局。", 2026),  # heldout h09
    ("明年是“十五五”开局之年", None),  # the next year, not this one
    ("为实现“十五五”良好开局奠定坚实基础", None),  # said in the year before
    ("去年进出口总额416亿元;实现了“十三五”的良好开局,为南宁市加快开放发展打下坚实基础", None),  # done: heldout344 n09
    ("“十四五”期间新增学位5万个", None),  # a period, not a year
])
def test_year_named_by_its_place_in_a_five_year_plan(text, year):
    found = year_named_by_period(text)
    assert (found[0] if found else None) == year


def test_no_scale_is_read_into_a_rate_an_age_or_a_duration():
    """万 before 年, 岁 or 个百分点 is no unit the codebook derives: "3万年" stays a 万 and a 年."""
    from plantargets.extract.numbers import UNITS_AS_WRITTEN
    assert "万公里" in UNITS_AS_WRITTEN and "亿吨" in UNITS_AS_WRITTEN
    assert not {"万年", "万岁", "万个百分点", "亿%", "万Mbps"} & set(UNITS_AS_WRITTEN)


def test_a_comparator_after_the_units_abbreviation_in_brackets_is_read():
    # "1兆比特/秒(Mbps)以上" (heldout1088 n01): the unit's Latin gloss stands between the unit and its bound
    assert parse_comparator("实现", "(Mbps)以上全覆盖") == ">="
