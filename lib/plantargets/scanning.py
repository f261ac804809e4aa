"""Cheaper regex scans over long text, finding exactly what the plain pattern finds.

Python's ``re`` skips ahead quickly only when a pattern begins with a literal or a character class; a pattern that
begins with an optional group, a repeat that may be empty or a look-behind (the number token, a year not preceded
by 比) is tried in full at every position of the text. ``guarded`` puts a look-ahead for the few characters a
match can begin with in front of such a pattern, so the other positions fail at one character test.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from plantargets.pattern_cache import compile_pattern, remembered

try:  # the parser of Python's own re module (3.11 and later); without it nothing is guarded, which is safe
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    _c = _p = None

# A class of first characters wider than this (all Chinese characters, \w) holds most characters of a page: a
# look-ahead for it would cost more than it saves.
MAX_GUARD_CHARACTERS = 1000
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}  # narrow ones; \w, \D, \S hold most characters
# What this module finds out about a pattern is kept in the pattern cache under its source's digest: a change here
# makes it find everything out again.
try:
    _VERSION = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()
except OSError:  # pragma: no cover - a source that cannot be read (a zipped install): nothing is kept
    _VERSION = ""


def _remembered(question: str, pattern: re.Pattern[str], compute):
    """``compute()``, kept in the pattern cache under the question and this module's version when it has one."""
    return remembered(f"{question} {_VERSION}", pattern, compute) if _VERSION else compute()
_GLOBAL_FLAGS = compile_pattern(r"^\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """The first characters of a pattern piece cannot be told, or are too many to be worth a test."""


@dataclass
class _FirstCharacters:
    characters: set[int] = field(default_factory=set)
    ranges: set[tuple[int, int]] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)

    def add(self, other: "_FirstCharacters") -> None:
        self.characters |= other.characters
        self.ranges |= other.ranges
        self.categories |= other.categories

    def width(self) -> int:
        return len(self.characters) + sum(high - low + 1 for low, high in self.ranges)

    def as_class(self) -> str:
        pieces = [f"\\U{c:08x}" for c in sorted(self.characters)]
        pieces += [f"\\U{low:08x}-\\U{high:08x}" for low, high in sorted(self.ranges)]
        return "".join(pieces + sorted(self.categories))


def _first_of_item(op, arg, last: bool = False) -> tuple[_FirstCharacters, bool]:
    """(characters a match of the item can begin with, or end with when ``last``, whether it can match empty)."""
    found = _FirstCharacters()
    if op is _c.LITERAL:
        found.characters.add(arg)
        return found, False
    if op is _c.IN:
        for kind, value in arg:
            if kind is _c.LITERAL:
                found.characters.add(value)
            elif kind is _c.RANGE:
                found.ranges.add(tuple(value))
            elif kind is _c.CATEGORY and getattr(value, "name", None) in _CATEGORIES:
                found.categories.add(_CATEGORIES[value.name])
            else:  # a negated class, \w, \S …
                raise _Unknown
        return found, False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # anchors and look-arounds take no character
        return found, True
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            raise _Unknown
        return _first_of_sequence(inner, last)
    if op is _c.BRANCH:
        empty = False
        for branch in arg[1]:
            branch_found, can_be_empty = _first_of_sequence(branch, last)
            found.add(branch_found)
            empty = empty or can_be_empty
        return found, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, inner = arg
        found, empty = _first_of_sequence(inner, last)
        return found, empty or low == 0
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first_of_sequence(arg, last)
    raise _Unknown  # any character, a back-reference, a conditional group


def _first_of_sequence(items, last: bool = False) -> tuple[_FirstCharacters, bool]:
    found = _FirstCharacters()
    for op, arg in (reversed(items) if last else items):
        item_found, empty = _first_of_item(op, arg, last)
        found.add(item_found)
        if not empty:
            return found, False
    return found, True


def _fails_fast(items) -> bool:
    """Whether the pattern already fails at most positions in one step: ``re`` scans for its first character
    itself (it begins, inside any groups, with a literal, a character class, or alternatives that each begin
    with a literal), it begins with an anchor (``(?m)^`` is one test, cheaper than a look-ahead) or with a
    repeat of at least one of a single character (``\\d{3,}``: one test where it fails)."""
    while items and items[0][0] is _c.SUBPATTERN:
        items = items[0][1][3]
    if not items:
        return False
    op, arg = items[0]
    if op in (_c.LITERAL, _c.IN, _c.AT):
        return True
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1 and len(arg[2]) == 1:
        return arg[2][0][0] in (_c.LITERAL, _c.IN)
    return op is _c.BRANCH and all(branch and branch[0][0] is _c.LITERAL for branch in arg[1])


def first_characters(pattern: re.Pattern[str], last: bool = False) -> str | None:
    """A character class (without brackets) of the characters a match of ``pattern`` can begin with (end with,
    when ``last``); None when that cannot be told, when they are too many to be worth a test (more than
    MAX_GUARD_CHARACTERS, or \\w), or when the pattern can match the empty string."""
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _remembered(f"{'last' if last else 'first'}_characters", pattern, lambda: _first_characters(pattern, last))


def _first_characters(pattern: re.Pattern[str], last: bool) -> str | None:
    try:
        found, empty = _first_of_sequence(list(_p.parse(pattern.pattern, pattern.flags)), last)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return None
    if empty or found.width() > MAX_GUARD_CHARACTERS or not (found.width() or found.categories):
        return None
    return found.as_class()


@lru_cache(maxsize=None)
def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for its possible first characters in front, when ``re`` would otherwise try
    more than one step at every position; else ``pattern`` itself. Both find the same matches with the same
    groups: every match takes at least one character, and its first is one of those."""
    text = _remembered("guarded", pattern, lambda: _guarded_text(pattern))
    return pattern if text is None else compile_pattern(text, pattern.flags)


def _guarded_text(pattern: re.Pattern[str]) -> str | None:
    first = first_characters(pattern)
    if first is None or _fails_fast(_p.parse(pattern.pattern, pattern.flags)):
        return None
    flags = _GLOBAL_FLAGS.match(pattern.pattern)  # global inline flags must stay at the very start
    lead = flags.group(0) if flags else ""
    return f"{lead}(?=[{first}])(?:{pattern.pattern[len(lead):]})"


def last_match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The last of ``pattern``'s matches in ``text[pos:endpos]`` (as ``finditer`` finds them), else None."""
    found = None
    for found in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        pass
    return found


def shortest_match(pattern: re.Pattern[str]) -> int:
    """How many characters a match of ``pattern`` takes at least (0 when that cannot be told)."""
    if _p is None or not isinstance(pattern.pattern, str):
        return 0
    return _remembered("shortest_match", pattern, lambda: _shortest_match(pattern))


def _shortest_match(pattern: re.Pattern[str]) -> int:
    try:
        return _p.parse(pattern.pattern, pattern.flags).getwidth()[0]
    except (re.error, TypeError, ValueError, AttributeError):
        return 0


def best_required_set(sets: list[set[str]]) -> set[str] | None:
    """The most selective of several required sets: the longest shortest string, then the fewest strings."""
    return max(sets, key=lambda strings: (min(map(len, strings)), -len(strings))) if sets else None


# A class of at most this many characters ([Aa], [备证]) goes into a run of literals as its alternatives, while the
# run stays at most MAX_RUN_VARIANTS strings.
MAX_CLASS_CHARACTERS = 4
MAX_RUN_VARIANTS = 16


def _small_class(op, arg) -> tuple[str, ...] | None:
    """The characters of a class of a few literal characters (no range, category or negation), else None."""
    if op is _c.IN and arg and len(arg) <= MAX_CLASS_CHARACTERS and all(kind is _c.LITERAL for kind, _ in arg):
        return tuple(chr(value) for _, value in arg)
    return None


@lru_cache(maxsize=None)
def required_strings(pattern: re.Pattern[str], shortest: int = 1) -> tuple[tuple[str, ...], ...]:
    """Sets of strings (each of ``shortest`` characters or more) such that every match of ``pattern`` contains a
    string of every set; none when none can be told.

    Read from the parsed pattern: a run of literal characters is required where it stands, as is a run with
    classes of a few characters in it (``[Aa][Vv]``: AV, Av, aV or av); an alternation requires one string of each
    branch's most selective set (when every branch has one); a group, and a repeat of at least once, require what
    their body requires. Wider classes, anchors, look-arounds and optional parts require nothing; a case-insensitive
    pattern gives nothing.
    """
    if _p is None or pattern.flags & re.IGNORECASE:
        return ()
    return _remembered(f"required_strings {shortest}", pattern, lambda: _required_strings(pattern, shortest))


def _required_strings(pattern: re.Pattern[str], shortest: int) -> tuple[tuple[str, ...], ...]:
    try:
        items = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - no screen is always safe
        return ()
    repeats = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))

    def of_sequence(sequence) -> list[set[str]]:
        sets, runs = [], {""}  # the strings the run of literals (and small classes) so far can be
        for op, arg in sequence:
            characters = (chr(arg),) if op is _c.LITERAL else _small_class(op, arg)
            if characters and len(runs) * len(characters) <= MAX_RUN_VARIANTS:
                runs = {run + character for run in runs for character in characters}
                continue
            if runs != {""}:
                sets.append(runs)
            runs = set(characters) if characters else {""}
            if op is _c.SUBPATTERN and not arg[1] & re.IGNORECASE:
                sets += of_sequence(arg[3])
            elif op is _c.BRANCH:
                branches = [best_required_set(of_sequence(branch)) for branch in arg[1]]
                if all(branches):
                    sets.append(set().union(*branches))
            elif op in repeats and arg[0] >= 1:
                sets += of_sequence(arg[2])
            elif op is getattr(_c, "ATOMIC_GROUP", None):
                sets += of_sequence(arg)
        if runs != {""}:
            sets.append(runs)
        return [strings for strings in sets if min(map(len, strings)) >= shortest]

    return tuple(tuple(sorted(strings)) for strings in of_sequence(items))


def could_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when ``text`` holds no string of one of ``pattern``'s required sets, so the pattern cannot match it
    (a few C-level substring tests instead of a scan that tries the pattern at every position)."""
    return all(any(string in text for string in strings) for strings in required_strings(pattern))


def skipping(pattern: re.Pattern[str]):
    """``pattern.finditer`` for a whole text that first finds, by one character-class scan in C, where a match could
    begin, and gives nothing at once when no such character is in the text (half the sentences of a plan hold
    no digit or numeral at all); the same matches."""
    first = first_characters(pattern)
    if first is None:
        return pattern.finditer
    start = compile_pattern(f"[{first}]")

    def finditer(text: str):
        found = start.search(text)
        return pattern.finditer(text, found.start()) if found else iter(())

    return finditer


def _parsed_items(pattern: re.Pattern[str]) -> list | None:
    """The parsed items of a plain str pattern (no IGNORECASE, no VERBOSE), else None."""
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        return list(_p.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, AttributeError):
        return None


def literal_alternatives(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings ``pattern`` stands for when it is nothing but a literal, a class of single characters or an
    alternation of literals (``繁|拼音|读``, ``[\\u200b\\ufeff]``), so that ``pattern.search(text)`` finds something
    exactly when one of them is ``in`` the text (a substring test in C, several times faster than ``re``'s scan
    over a page of Chinese text); else None."""
    items = _parsed_items(pattern)
    if items is None:
        return None

    def literal_run(sequence) -> str | None:
        sequence = list(sequence)
        if sequence and all(op is _c.LITERAL for op, _ in sequence):
            return "".join(chr(arg) for _, arg in sequence)
        return None

    run = literal_run(items)
    if run is not None:
        return (run,)
    if len(items) != 1:
        return None
    op, arg = items[0]
    if op is _c.IN and arg and all(kind is _c.LITERAL for kind, _ in arg):
        return tuple(chr(value) for _, value in arg)
    if op is _c.BRANCH:
        branches = [literal_run(branch) for branch in arg[1]]
        return tuple(branches) if all(branches) else None
    return None


# The few first characters a pattern's matches begin with are found by str.find when they are at most this many
# and take at most this share of a text's characters; past that re's own scan is as quick.
MAX_SPARSE_CHARACTERS = 4
MAX_SPARSE_SHARE = 0.02


def _sparse_first_characters(items) -> tuple[str, ...] | None:
    try:
        found, empty = _first_of_sequence(items)
    except _Unknown:
        return None
    if empty or found.ranges or found.categories or not 0 < len(found.characters) <= MAX_SPARSE_CHARACTERS:
        return None
    return tuple(chr(c) for c in sorted(found.characters))


def _doubled_group_width(items) -> int | None:
    """n when the pattern begins with a look-behind that is one group of n characters exactly, followed by a
    back-reference to that group (``(?<=([\\u4e00-\\u9fff]{2}))\\1…``: a word said twice): every match begins
    where the n characters before it are repeated."""
    if len(items) < 2 or items[0][0] is not _c.ASSERT or items[1][0] is not _c.GROUPREF:
        return None
    direction, inner = items[0][1]
    inner = list(inner)
    if direction != -1 or len(inner) != 1 or inner[0][0] is not _c.SUBPATTERN:
        return None
    group = inner[0][1][0]
    low, high = inner[0][1][3].getwidth() if hasattr(inner[0][1][3], "getwidth") else (0, -1)
    if group != items[1][1] or low != high or low < 1:
        return None
    return low


def _matches_at(pattern: re.Pattern[str], text: str, positions):
    """What ``pattern.finditer(text)`` gives when every match begins at one of ``positions`` (ascending) and takes
    at least one character: the pattern is tried at those positions only, past the end of the last match."""
    end = 0
    for position in positions:
        if position < end:
            continue
        match = pattern.match(text, position)
        if match:
            yield match
            end = match.end()


def positional_finditer(pattern: re.Pattern[str]):
    """A function giving the same matches as ``pattern.finditer(text)`` that finds where a match can begin
    without ``re`` trying every position, or None when no such way is known for the pattern:

    - its matches begin with one of a few characters (a dash, a bracket): their places by ``str.find``, in C,
      when they are few in the text (else ``re``'s own scan);
    - it begins with a look-behind group of n characters and a back-reference to it (a word said twice): the
      places where the n characters before equal the n after, by comparing the text with itself shifted
      (numpy, over the code points), a test ``re`` would make at each character.
    """
    items = _parsed_items(pattern)
    if items is None:
        return None
    characters = None if _fails_fast(items) else _sparse_first_characters(items)  # else re skips ahead itself
    if characters is not None:
        def by_characters(text: str):
            counts = [text.count(c) for c in characters]
            if sum(counts) > MAX_SPARSE_SHARE * len(text):
                return pattern.finditer(text)
            positions = []
            for character, count in zip(characters, counts):
                at = -1
                for _ in range(count):
                    at = text.find(character, at + 1)
                    positions.append(at)
            return _matches_at(pattern, text, sorted(positions))

        return by_characters
    width = _doubled_group_width(items)
    if width is not None:
        import numpy as np  # noqa: PLC0415 - only for such a pattern (pandas imports it for every build anyway)

        def by_repeats(text: str):
            if len(text) < 2 * width:
                return iter(())
            points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            same = points[width:] == points[:-width]  # same[i]: the character at i recurs n on
            repeated = same[:len(same) - width + 1].copy()
            for shift in range(1, width):
                repeated &= same[shift:len(same) - width + 1 + shift]
            return _matches_at(pattern, text, (np.flatnonzero(repeated) + width).tolist())

        return by_repeats
    return None
