"""Normalize decoded text for extraction, keeping an offset map back to the raw text.

What it changes, and records: HTML markup, page furniture and spam are cut out (each furniture and spam cut
is a flag); full-width ASCII becomes ASCII; runs of spaces become one (none at a line's edges); CRLF becomes
LF; a doubled ``%%`` is read as one (flagged). Everything else is kept character for character.
"""

from __future__ import annotations

import bisect
import csv
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from plantargets.flags import Flag
from plantargets.paths import CODEBOOK_DIR

# Full-width ASCII (U+FF01..U+FF5E) → ASCII; ideographic and no-break spaces → space. One char for one char.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20, 0x0009: 0x20})
_ONE_FOR_ONE = str.maketrans(_FULLWIDTH)

_SPACE_OR_BREAK = re.compile(r"[ \t\u3000\xa0\u2002\u2003\u2009]+|\r\n?|%{2,}|\uFF05{2,}")
_SPACE_CHARS = " \t\u3000\xa0\u2002\u2003\u2009"

_HTML_DROP = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_HTML_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|tr|h[1-6]|table|section|article|ul|ol|title)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]+>")
_HTML_CELL_TAG = re.compile(r"</t[dh]\s*>", re.I)
_HTML_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


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
        return self.raw_start(start), self.raw_end(end - 1)

    def is_contiguous(self, start: int, end: int) -> bool:
        """True when no cut (furniture, spam, markup) lies inside the raw span of [start, end)."""
        raw_start, raw_end = self.to_raw(start, end)
        raw_covered = sum(
            self.piece_raw_len[i] if self.piece_norm_len[i] else 0
            for i in range(self._piece(start), self._piece(end - 1) + 1)
        )
        return raw_covered >= raw_end - raw_start


@lru_cache(maxsize=None)
def load_patterns(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled patterns from a codebook CSV (``page_furniture.csv``, ``spam_patterns.csv``)."""
    with open(CODEBOOK_DIR / name, encoding="utf-8", newline="") as handle:
        return tuple((re.compile(row["pattern"]), row["description"]) for row in csv.DictReader(handle))


def find_html_cuts(raw: str) -> list[Cut]:
    """Markup to remove from an HTML page: scripts, styles, comments, tags (block tags become line breaks)."""
    cuts = [Cut(m.start(), m.end(), "", "html_markup", "script/style/comment removed") for m in _HTML_DROP.finditer(raw)]
    dropped = _merge([(c.start, c.end) for c in cuts])
    for match in _HTML_TAG.finditer(raw):
        if _inside(dropped, match.start()):
            continue
        tag = match.group(0)
        if _HTML_BLOCK_TAG.fullmatch(tag):
            replacement = "\n"
        elif _HTML_CELL_TAG.fullmatch(tag):
            replacement = "\n"
        else:
            replacement = ""
        cuts.append(Cut(match.start(), match.end(), replacement))
    for match in _HTML_ENTITY.finditer(raw):
        if not _inside(dropped, match.start()):
            cuts.append(Cut(match.start(), match.end(), html.unescape(match.group(0))))
    return cuts


def find_pattern_cuts(raw: str, pattern_file: str, flag_type: str) -> list[Cut]:
    """Spans of ``raw`` matching the patterns of a codebook file, each to be cut and flagged."""
    cuts = []
    for pattern, description in load_patterns(pattern_file):
        for match in pattern.finditer(raw):
            if match.end() > match.start():
                cuts.append(Cut(match.start(), match.end(), "", flag_type, description))
    return cuts


_SPAM_CORE = re.compile(r"^\d{3,}[\u4e00-\u9fff]{2,12}?(?:中心|公司)")


def find_spam_cuts(raw: str) -> list[Cut]:
    """Spam found by the codebook patterns, plus every other occurrence of its name part.

    A compromised page substitutes the full commercial name in some places and only its core
    (``<digits><name>中心``) in others; the core is searched for once the full form has been seen.
    """
    cuts = find_pattern_cuts(raw, "spam_patterns.csv", "spam_text")
    cores = {m.group(0) for c in cuts if (m := _SPAM_CORE.match(raw[c.start:c.end]))}
    for core in sorted(cores):
        for match in re.finditer(re.escape(core), raw):
            cuts.append(Cut(match.start(), match.end(), "", "spam_text", "spam name seen elsewhere in full"))
    return cuts


def normalize_text(raw: str, source_file: str = "", is_html: bool = False) -> tuple[NormalizedText, list[Flag]]:
    """Normalize ``raw`` and return it with its offset map and the flags for everything cut out."""
    cuts = find_spam_cuts(raw)
    cuts += find_pattern_cuts(raw, "page_furniture.csv", "page_furniture")
    if is_html:
        cuts += find_html_cuts(raw)
    cuts = _resolve_overlaps(cuts)
    flags = [
        Flag(source_file, c.flag_type, c.start, c.end, raw[c.start:c.end], c.message)
        for c in cuts
        if c.flag_type in ("spam_text", "page_furniture")
    ]

    out: list[str] = []
    result = NormalizedText("")
    state = {"norm": 0, "last": "\n"}

    def emit(text: str, raw_start: int, raw_len: int) -> None:
        result.piece_norm_start.append(state["norm"])
        result.piece_raw_start.append(raw_start)
        result.piece_norm_len.append(len(text))
        result.piece_raw_len.append(raw_len)
        if text:
            out.append(text)
            state["norm"] += len(text)
            state["last"] = text[-1]

    def emit_segment(start: int, end: int) -> None:
        position = start
        for match in _SPACE_OR_BREAK.finditer(raw, start, end):
            if match.start() > position:
                emit(raw[position:match.start()].translate(_ONE_FOR_ONE), position, match.start() - position)
            token = match.group(0)
            if token[0] in "\r":
                emit("\n", match.start(), len(token))
            elif token[0] in "%\uFF05":
                flags.append(Flag(source_file, "typo_repeated_symbol", match.start(), match.end(), token,
                                  f"{token!r} read as a single %"))
                emit("%", match.start(), len(token))
            else:
                next_char = raw[match.end()] if match.end() < len(raw) else "\n"
                at_edge = state["last"] == "\n" or next_char in "\r\n"
                emit("" if at_edge else " ", match.start(), len(token))
            position = match.end()
        if end > position:
            emit(raw[position:end].translate(_ONE_FOR_ONE), position, end - position)

    position = 0
    for cut in cuts:
        emit_segment(position, cut.start)
        replacement = cut.replacement
        if replacement == "\n" and state["last"] == "\n":
            replacement = ""
        emit(replacement.translate(_ONE_FOR_ONE), cut.start, cut.end - cut.start)
        position = cut.end
    emit_segment(position, len(raw))
    emit("", len(raw), 0)  # sentinel so that lookups past the end resolve
    result.text = "".join(out)
    return result, flags


def _resolve_overlaps(cuts: list[Cut]) -> list[Cut]:
    """Sort cuts and drop any that overlaps an earlier, longer or flagged one."""
    ordered = sorted(cuts, key=lambda c: (c.start, -(c.end - c.start), c.flag_type == ""))
    kept: list[Cut] = []
    for cut in ordered:
        if kept and cut.start < kept[-1].end:
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
