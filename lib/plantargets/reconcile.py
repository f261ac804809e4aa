"""Reconcile values across captures and within documents.

- The same text captured from two sites is one source with two provenances: paragraphs are aligned across
  files, the cleaner copy of each aligned paragraph (the longer after spam and furniture are cut, since lost
  characters and substituted spam shorten it) keeps its values, and the other copy's spans are recorded in
  ``other_sources``.
- Two different values for the same indicator, year and kind in one document are kept both, flagged
  ``conflict``.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import defaultdict
from dataclasses import dataclass

from plantargets.extract.statements import StatedValue
from plantargets.flags import Flag
from plantargets.text.normalize import NormalizedText
from plantargets.text.segment import Document

MIN_PARAGRAPH_CHARS = 20
MAX_PARAGRAPH_CHARS = 2000  # a paragraph is compared on its first 2,000 characters (a page-long line stays cheap)
MAX_LISTED = 10  # values named in one conflict message
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
    """What reconciliation needs of one paragraph, once its document's text has been let go."""

    source_file: str
    doc_id: str
    doc_lines: int
    raw_span: tuple[int, int]
    fullness: int  # characters without white space: lost characters and substituted spam lower it
    text_digest: bytes
    values: list[StatedValue]


MAX_REPRESENTATIVES_PER_BUCKET = 8


class CaptureIndex:
    """Near-identical paragraphs across raw files, gathered one document at a time.

    Each paragraph is compared only with a few cluster representatives that share one of its sketch
    shingles, and only representatives keep their shingles, so time grows linearly with the corpus and
    memory with the number of distinct paragraphs, not with the corpus.
    """

    def __init__(self) -> None:
        self._exact: dict[bytes, int] = {}
        self._buckets: dict[str, list[int]] = defaultdict(list)
        self._representatives: list[frozenset[str]] = []
        self._clusters: list[list[_Paragraph]] = []

    def add(self, item: ParsedDocument) -> None:
        for line in item.doc.lines:
            key = _key(line.text)
            if len(key) < MIN_PARAGRAPH_CHARS:
                continue
            key = key[:MAX_PARAGRAPH_CHARS]
            digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
            values = [v for v in item.values if line.start <= v.number_span[0] < line.end]
            paragraph = _Paragraph(item.doc.source_file, item.doc.doc_id, len(item.doc.lines),
                                   item.norm.to_raw(line.start, line.end), len(re.sub(r"\s", "", line.text)),
                                   hashlib.blake2b(line.text.encode("utf-8"), digest_size=16).digest(), values)
            found = self._exact.get(digest)
            if found is None:
                shingles = _shingles(key)
                hashes = _sketch(shingles)
                found = next((index for h in hashes for index in self._buckets.get(h, ())
                              if similarity(self._representatives[index], shingles) >= SIMILARITY), None)
                if found is None:
                    found = len(self._clusters)
                    self._clusters.append([])
                    self._representatives.append(shingles)
                    for h in hashes:
                        if len(self._buckets[h]) < MAX_REPRESENTATIVES_PER_BUCKET:
                            self._buckets[h].append(found)
                self._exact[digest] = found
            self._clusters[found].append(paragraph)

    def shared_clusters(self) -> list[list[_Paragraph]]:
        """Clusters with members from at least two raw files."""
        return [c for c in self._clusters if len({p.source_file for p in c}) > 1]


def merge_duplicate_captures(index: CaptureIndex) -> tuple[list[Flag], dict[str, str]]:
    """Keep each duplicated value once, from the fullest copy, recording the other copies' spans.

    Return the flags and, for documents sharing three or more paragraphs with another, which one they copy.
    Values removed from a copy are marked ``merged_into`` and dropped from their document's value list.
    """
    flags: list[Flag] = []
    shared_lines: dict[tuple[str, str], int] = defaultdict(int)
    for cluster in index.shared_clusters():
        # The fullest copy wins: lost characters and substituted spam shorten a copy. On a tie, the copy
        # in the longer document (not the partial capture), then the first by document id.
        winner = max(cluster, key=lambda p: (p.fullness, p.doc_lines, [-ord(c) for c in p.doc_id]))
        for copy in cluster:
            if copy.source_file == winner.source_file:
                continue  # repeated text within one file is the document's own repetition
            shared_lines[(copy.doc_id, winner.doc_id)] += 1
            flags.append(Flag(copy.source_file, "duplicate_capture", *copy.raw_span, "",
                              f"same paragraph as {winner.source_file}:{winner.raw_span[0]}-{winner.raw_span[1]}; "
                              "values taken from that copy", doc_id=copy.doc_id))
            if copy.text_digest != winner.text_digest:
                flags.append(Flag(winner.source_file, "capture_difference", *winner.raw_span, "",
                                  f"differs from {copy.source_file}:{copy.raw_span[0]}-{copy.raw_span[1]}; this copy "
                                  "was used (the other is shorter: lost characters or substituted text)",
                                  doc_id=winner.doc_id))
            unmatched = list(winner.values)
            for value in list(copy.values):
                twin = next((k for k in unmatched if k.value == value.value and k.value_high == value.value_high), None)
                if twin is None:
                    continue  # a value only this copy states is kept where it is
                unmatched.remove(twin)
                twin.other_sources.append(f"{value.doc.source_file}:{value.char_start}-{value.char_end}")
                value.merged_into = twin
                copy.values.remove(value)
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
        stated_values = sorted(f"{v.comparator}{v.value_std:g} at {v.char_start}" for v in group)
        description = "; ".join(stated_values[:MAX_LISTED]) + (
            f"; and {len(stated_values) - MAX_LISTED} more" if len(stated_values) > MAX_LISTED else "")
        for value in group:
            value.flag_types.add("conflict")
            flags.append(Flag(value.doc.source_file, "conflict", value.char_start, value.char_end,
                              "", f"{indicator} {year} ({kind}) stated differently in one document: {description}",
                              doc_id=doc_id))
    return flags
