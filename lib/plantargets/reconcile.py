"""Reconcile values across captures and within documents.

- The same text captured from two sites is one source with two provenances: paragraphs are aligned across
  files, the cleaner copy of each aligned paragraph (the longer after spam and furniture are cut, since lost
  characters and substituted spam shorten it) keeps its values, and the other copy's spans are recorded in
  ``other_sources``.
- Two different values for the same indicator, year and kind in one document are kept both, flagged
  ``conflict``.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from plantargets.extract.statements import StatedValue
from plantargets.flags import Flag
from plantargets.text.normalize import NormalizedText
from plantargets.text.segment import Document, Line

MIN_PARAGRAPH_CHARS = 20
SHINGLE = 8
SIMILARITY = 0.85


@dataclass
class ParsedDocument:
    doc: Document
    norm: NormalizedText
    values: list[StatedValue]


def _key(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff0-9]", "", text)


def _minhashes(key: str, n: int = 4) -> set[int]:
    shingles = {key[i:i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1))}
    return set(sorted(int(hashlib.blake2b(s.encode(), digest_size=6).hexdigest(), 16) for s in shingles)[:n])


def align_captures(parsed: list[ParsedDocument]) -> list[tuple[ParsedDocument, Line, ParsedDocument, Line, float]]:
    """Pairs of near-identical paragraphs in documents of different raw files."""
    index: dict[int, list[tuple[int, Line]]] = defaultdict(list)
    keys: dict[int, str] = {}
    for d, item in enumerate(parsed):
        for line in item.doc.lines:
            key = _key(line.text)
            if len(key) < MIN_PARAGRAPH_CHARS:
                continue
            keys[id(line)] = key
            for h in _minhashes(key):
                index[h].append((d, line))
    pairs = []
    seen: set[tuple[int, int]] = set()
    for bucket in index.values():
        for a in range(len(bucket)):
            for b in range(a + 1, len(bucket)):
                (da, la), (db, lb) = bucket[a], bucket[b]
                if parsed[da].doc.source_file == parsed[db].doc.source_file:
                    continue
                pair_id = tuple(sorted((id(la), id(lb))))
                if pair_id in seen:
                    continue
                seen.add(pair_id)
                matcher = difflib.SequenceMatcher(None, keys[id(la)], keys[id(lb)], autojunk=False)
                if matcher.quick_ratio() >= SIMILARITY and (ratio := matcher.ratio()) >= SIMILARITY:
                    pairs.append((parsed[da], la, parsed[db], lb, ratio))
    return pairs


def _values_in(item: ParsedDocument, line: Line) -> list[StatedValue]:
    return [v for v in item.values if line.start <= v.number_span[0] < line.end]


def merge_duplicate_captures(parsed: list[ParsedDocument]) -> tuple[list[Flag], dict[str, str]]:
    """Drop the weaker copy of each duplicated value (recording its span); return flags and doc duplicates."""
    flags: list[Flag] = []
    shared_lines: dict[tuple[str, str], int] = defaultdict(int)
    for a, line_a, b, line_b, ratio in align_captures(parsed):
        # The fuller copy wins (lost characters and substituted spam shorten a copy); on a tie, the
        # document that is not the partial capture (more lines) does.
        rank_a = (len(re.sub(r"\s", "", line_a.text)), len(a.doc.lines), b.doc.doc_id)
        rank_b = (len(re.sub(r"\s", "", line_b.text)), len(b.doc.lines), a.doc.doc_id)
        winner, win_line, loser, lose_line = (a, line_a, b, line_b) if rank_a >= rank_b else (b, line_b, a, line_a)
        shared_lines[(loser.doc.doc_id, winner.doc.doc_id)] += 1
        lose_raw = loser.norm.to_raw(lose_line.start, lose_line.end)
        win_raw = winner.norm.to_raw(win_line.start, win_line.end)
        flags.append(Flag(loser.doc.source_file, "duplicate_capture", *lose_raw, "",
                          f"same paragraph as {winner.doc.source_file}:{win_raw[0]}-{win_raw[1]} (similarity {ratio:.2f}); "
                          "values taken from that copy", doc_id=loser.doc.doc_id))
        if ratio < 1.0:
            flags.append(Flag(winner.doc.source_file, "capture_difference", *win_raw, "",
                              f"differs from {loser.doc.source_file}:{lose_raw[0]}-{lose_raw[1]}; this copy was used "
                              "(the other is shorter: lost characters or substituted text)", doc_id=winner.doc.doc_id))
        kept = _values_in(winner, win_line)
        dropped = _values_in(loser, lose_line)
        unmatched = list(kept)
        for value in dropped:
            twin = next((k for k in unmatched if k.value == value.value and k.value_high == value.value_high), None)
            if twin is None:
                continue  # a value only this copy states is kept where it is
            unmatched.remove(twin)
            twin.other_sources.append(f"{value.doc.source_file}:{value.char_start}-{value.char_end}")
            loser.values.remove(value)
    duplicates = {}
    for (loser_id, winner_id), count in shared_lines.items():
        if count >= 3:
            duplicates[loser_id] = winner_id
    return flags, duplicates


def flag_conflicts(values: list[StatedValue], indicator_of) -> list[Flag]:
    """Flag values of one document that state different numbers for the same indicator, year and kind."""
    groups: dict[tuple, list[StatedValue]] = defaultdict(list)
    for value in values:
        indicator = indicator_of(value) or value.indicator_zh
        groups[(value.doc.doc_id, indicator, value.year, value.kind, value.target_type, value.unit_std)].append(value)
    flags = []
    for (doc_id, indicator, year, kind, _type, _unit), group in sorted(groups.items(), key=lambda g: str(g[0])):
        stated = {(v.value_std, v.value_std_high, v.comparator) for v in group}
        if len(stated) < 2:
            continue
        description = "; ".join(sorted(f"{v.comparator}{v.value_std:g} at {v.char_start}" for v in group))
        for value in group:
            value.flag_types.add("conflict")
            flags.append(Flag(value.doc.source_file, "conflict", value.char_start, value.char_end,
                              "", f"{indicator} {year} ({kind}) stated differently in one document: {description}",
                              doc_id=doc_id))
    return flags
