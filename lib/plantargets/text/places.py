"""Places named in a text: provinces, prefectures, counties and districts, each with its parent.

The names and their hierarchy come from the national administrative-division codes (GB/T 2260 adcodes) as
shipped by the ``cpca`` package (``cpca/resources/adcodes.csv``, MIT licence), not from a hand list: a
code's first two digits name its province, its first four its prefecture. Full names (湛江市, 麻章区, 遂溪县)
are recognised everywhere; short names (湛江, 广东) only for provinces and prefectures, whose short forms are
how news and reports name them. A county's short form (城关, 江南) is too often an ordinary word.
"""

from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick_rs

from plantargets.pattern_cache import compile_pattern

LEVELS = ("province", "prefecture", "county")
# Suffixes a short name drops, longest first (广西壮族自治区 → 广西, 甘孜藏族自治州 → 甘孜, 湛江市 → 湛江).
_SHORT_SUFFIX = compile_pattern(r"(?:(?:壮族|回族|维吾尔|藏族|蒙古族?|朝鲜族|土家族苗族|苗族侗族|布依族苗族|[\u4e00-\u9fff]{1,6}族)?"
                                r"自治(?:区|州|县|旗)|特别行政区|省|市|地区|盟)$")
# Words that look like a short place name but, followed by these, are something else (中山路, 长治久安).
_NOT_A_PLACE_AFTER = compile_pattern(r"(?:[\u4e00-\u9fff]{0,2}(?:网|报(?![告道名送表])|电视台)|新闻|路|街|大道|大街|小学|中学|大学|学院|学校|幼儿园|医院|公园|广场|久安|号|站|港|湾|镇|乡)")


# Rows of the code list that group districts or counties without being places ("市辖区", "县").
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# County-level names that are also everyday words (中心城区, 城市郊区, 矿区, 新区建设): never read as places.
_GENERIC_NAMES = {"城区", "郊区", "矿区", "新区"}


@dataclass(frozen=True)
class Place:
    name: str  # full name as the code list writes it
    level: str  # province, prefecture or county
    adcode: str
    parent: str  # the parent's full name; "" for a province
    province: str


@lru_cache(maxsize=1)
def load_places() -> dict[str, Place]:
    """Every place of the code list by adcode."""
    # the package's data file, found without importing cpca (its import builds cpca's own matcher: 0.4 s)
    path = Path(importlib.util.find_spec("cpca").origin).parent / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(row["adcode"][:6], row["name"]) for row in csv.DictReader(handle)]
    names = {code: name for code, name in rows if name not in _PLACEHOLDERS}
    places = {}
    for code, name in rows:
        if name in _PLACEHOLDERS:
            continue
        level = "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"
        province = names.get(code[:2] + "0000", "")
        if level == "province":
            parent = ""
        elif level == "prefecture":
            parent = province
        else:  # a district of a municipality has no prefecture row: its parent is the province-level city
            parent = names.get(code[:4] + "00", province)
        places[code] = Place(name, level, code, parent, province if level != "province" else name)
    return places


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[str, tuple[Place, ...]], list[str], "ahocorasick_rs.AhoCorasick"]:
    """Places by the names a text may use, the names in a list, and an Aho-Corasick automaton that finds any of
    them in one pass, leftmost-longest (the Rust ``aho-corasick`` crate: its automaton steps in constant time
    per character, where a trie with thousands of first characters searched one by one does not)."""
    index: dict[str, list[Place]] = {}
    for place in load_places().values():
        if place.name in _GENERIC_NAMES:
            continue
        forms = {place.name}
        if place.level in ("province", "prefecture"):
            short = _SHORT_SUFFIX.sub("", place.name)
            if len(short) >= 2:
                forms.add(short)
        for form in forms:
            index.setdefault(form, []).append(place)
    names = list(index)
    # the crate's default automaton: a DFA of ~3,800 names is twice as fast alone but, between the extractor's
    # other work, slower (it no longer fits the processor's caches)
    automaton = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return {k: tuple(v) for k, v in index.items()}, names, automaton


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: Place


def find_places(text: str, context: Place | None = None) -> list[PlaceMention]:
    """Place names in ``text`` with their spans; a name shared by several places takes the one under ``context``
    (the document's place or province), else the highest level (湖南 the province, not a district)."""
    index, names, automaton = _name_index()
    mentions = []
    for number, start, end in automaton.find_matches_as_indexes(text):  # leftmost-longest, no overlaps
        name = names[number]
        if _NOT_A_PLACE_AFTER.match(text, end) and name != (context.name if context else ""):
            continue
        chosen = _choose(index[name], context)
        if chosen is not None and context is not None and chosen.level == "county" \
                and chosen.province != context.province:
            continue  # "新增城区" holds 增城区 of another province: a county far away is a word, not a place
        if chosen is not None:
            mentions.append(PlaceMention(start, end, chosen))
    return mentions


def _choose(candidates: tuple[Place, ...], context: Place | None) -> Place | None:
    if len(candidates) == 1:
        return candidates[0]
    if context is not None:
        related = [c for c in candidates if context.name in (c.parent, c.province, c.name)
                   or c.province == context.province]
        if len(related) == 1:
            return related[0]
    levels = sorted(candidates, key=lambda c: LEVELS.index(c.level))
    if LEVELS.index(levels[0].level) < LEVELS.index(levels[1].level):
        return levels[0]
    return None  # 鼓楼区 of four cities, and nothing says which: no place rather than a guess


def is_ancestor(older: Place, younger: Place) -> bool:
    """True when ``older`` contains ``younger`` (its prefecture or province)."""
    return older.name in (younger.parent, younger.province) and older.name != younger.name


def main_place(text: str) -> Place | None:
    """The place a document is about: of the places its opening names, the one named most often (the first on
    a tie), or a place inside it named right after it ("绵阳市涪城区…")."""
    mentions = find_places(text)
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.place.adcode] = counts.get(mention.place.adcode, 0) + 1
    opening = mentions[:8]
    first = max(opening, key=lambda m: (counts[m.place.adcode], -m.start)).place
    for mention in opening:
        if is_ancestor(first, mention.place):
            first = mention.place
    return first


def place_named(name: str) -> Place | None:
    """The place with this full or short name, when only one (or one highest-level one) has it."""
    index, _, _ = _name_index()
    candidates = index.get(name, ())
    return _choose(candidates, None) if candidates else None
