"""Reconcile values across captures and within documents.

- The same text captured from two sites is one source with two provenances: paragraphs are aligned across
  files, the cleaner copy of each aligned paragraph (the longer after spam and furniture are cut, since lost
  characters and substituted spam shorten it) keeps its values, and the other copy's spans are recorded in
  ``other_sources``.
- Two different values for the same indicator, year and kind in one document are kept both, flagged
  ``conflict``.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from dataclasses import dataclass

from plantargets.extract.statements import StatedValue
from plantargets.flags import Flag
from plantargets.text.normalize import NormalizedText
from plantargets.text.segment import Document, Line

MIN_PARAGRAPH_CHARS = 20
SHINGLE = 6
SIMILARITY = 0.7


@dataclass
class ParsedDocument:
    doc: Document
    norm: NormalizedText
    values: list[StatedValue]


def _key(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff0-9]", "", text)


def _shingles(key: str) -> frozenset[str]:
    return frozenset(key[i:i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1)))


def _sketch(shingles: frozenset[str], n: int = 4) -> list[str]:
    """The n smallest shingles in code-point order: shared by near-identical paragraphs, cheap, deterministic."""
    return heapq.nsmallest(n, shingles)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared shingles over the larger paragraph's shingles (1.0 for identical text)."""
    return len(a & b) / max(len(a), len(b))


@dataclass
class _Paragraph:
    item: ParsedDocument
    line: Line
    key: str


MAX_REPRESENTATIVES_PER_BUCKET = 8


def cluster_paragraphs(parsed: list[ParsedDocument]) -> list[list[_Paragraph]]:
    """Groups of near-identical paragraphs (two or more members, from at least two raw files).

    Each paragraph is compared only with a few cluster representatives that share one of its minhashes, so
    the work grows linearly with the corpus even when most paragraphs have many near-copies.
    """
    exact: dict[str, int] = {}
    buckets: dict[str, list[int]] = defaultdict(list)
    clusters: list[list[_Paragraph]] = []
    representatives: list[frozenset[str]] = []  # shingles of each cluster's first paragraph only
    for item in parsed:
        for line in item.doc.lines:
            key = _key(line.text)
            if len(key) < MIN_PARAGRAPH_CHARS:
                continue
            paragraph = _Paragraph(item, line, key)
            found = exact.get(key)
            if found is None:
                shingles = _shingles(key)
                hashes = _sketch(shingles)
                for h in hashes:
                    for index in buckets.get(h, ()):
                        if similarity(representatives[index], shingles) >= SIMILARITY:
                            found = index
                            break
                    if found is not None:
                        break
            if found is None:
                found = len(clusters)
                clusters.append([])
                representatives.append(shingles)
                exact[key] = found
                for h in hashes:
                    if len(buckets[h]) < MAX_REPRESENTATIVES_PER_BUCKET:
                        buckets[h].append(found)
            clusters[found].append(paragraph)
    return [c for c in clusters if len({p.item.doc.source_file for p in c}) > 1]


def _values_in(item: ParsedDocument, line: Line) -> list[StatedValue]:
    return [v for v in item.values if line.start <= v.number_span[0] < line.end]


def merge_duplicate_captures(parsed: list[ParsedDocument]) -> tuple[list[Flag], dict[str, str]]:
    """Keep each duplicated value once, from the fullest copy, recording the other copies' spans.

    Return the flags and, for documents sharing three or more paragraphs with another, which one they copy.
    """
    flags: list[Flag] = []
    shared_lines: dict[tuple[str, str], int] = defaultdict(int)
    for cluster in cluster_paragraphs(parsed):
        # The fullest copy wins: lost characters and substituted spam shorten a copy. On a tie, the copy
        # in the longer document (not the partial capture), then the first by document id.
        winner = max(cluster, key=lambda p: (len(re.sub(r"\s", "", p.line.text)), len(p.item.doc.lines),
                                             [-ord(c) for c in p.item.doc.doc_id]))
        win_raw = winner.item.norm.to_raw(winner.line.start, winner.line.end)
        kept = _values_in(winner.item, winner.line)
        for copy in cluster:
            if copy.item.doc.source_file == winner.item.doc.source_file:
                continue  # repeated text within one file is the document's own repetition
            shared_lines[(copy.item.doc.doc_id, winner.item.doc.doc_id)] += 1
            lose_raw = copy.item.norm.to_raw(copy.line.start, copy.line.end)
            flags.append(Flag(copy.item.doc.source_file, "duplicate_capture", *lose_raw, "",
                              f"same paragraph as {winner.item.doc.source_file}:{win_raw[0]}-{win_raw[1]}; "
                              "values taken from that copy", doc_id=copy.item.doc.doc_id))
            if copy.key != winner.key or copy.line.text != winner.line.text:
                flags.append(Flag(winner.item.doc.source_file, "capture_difference", *win_raw, "",
                                  f"differs from {copy.item.doc.source_file}:{lose_raw[0]}-{lose_raw[1]}; this copy "
                                  "was used (the other is shorter: lost characters or substituted text)",
                                  doc_id=winner.item.doc.doc_id))
            unmatched = list(kept)
            for value in _values_in(copy.item, copy.line):
                twin = next((k for k in unmatched if k.value == value.value and k.value_high == value.value_high), None)
                if twin is None:
                    continue  # a value only this copy states is kept where it is
                unmatched.remove(twin)
                twin.other_sources.append(f"{value.doc.source_file}:{value.char_start}-{value.char_end}")
                value.merged_into = twin
                copy.item.values.remove(value)
    duplicates = {}
    for (copy_id, winner_id), count in sorted(shared_lines.items()):
        if count >= 3 and copy_id not in duplicates:
            duplicates[copy_id] = winner_id
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
