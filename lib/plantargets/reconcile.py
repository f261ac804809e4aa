"""Reconcile values across captures and within documents.

- The same text captured from two sites is one source with two provenances: paragraphs are aligned across
  files, the cleaner copy of each aligned paragraph (the longer after spam and furniture are cut, since lost
  characters and substituted spam shorten it) keeps its values, and the other copy's spans are recorded in
  ``other_sources``.
- Two different values for the same indicator, year and kind in one document are kept both, flagged
  ``conflict``.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, NamedTuple

import numpy as np

from plantargets.extract.statements import StatedValue
from plantargets.flags import Flag
from plantargets.pattern_cache import compile_pattern
from plantargets.text.normalize import NormalizedText
from plantargets.text.segment import Document

MIN_PARAGRAPH_CHARS = 20
MAX_PARAGRAPH_CHARS = 2000  # a paragraph is compared on its first 2,000 characters (a page-long line stays cheap)
MAX_LISTED = 10  # values named in one conflict message, captures in one capture_difference message
SHINGLE = 6
SIMILARITY = 0.7


@dataclass
class ParsedDocument:
    doc: Document
    norm: NormalizedText
    values: list[StatedValue]


# Chinese characters and digits, as runs; written to begin with a class so that re skips the rest in C
_KEY_RUN = compile_pattern(r"[\u4e00-\u9fff0-9][\u4e00-\u9fff0-9]*")



def _key(text: str) -> str:
    return "".join(_KEY_RUN.findall(text))


def _shingles(key: str) -> frozenset[str]:
    return frozenset(key[i:i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1)))


def _sketch(shingles: frozenset[str], n: int = 4) -> list[str]:
    """The n smallest shingles in code-point order: shared by near-identical paragraphs, cheap, deterministic."""
    return heapq.nsmallest(n, shingles)


_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it mixes a shingle's first four characters' bits


def shingle_fingerprint(key: str, n: int = 4) -> tuple[list[str], np.ndarray]:
    """``_sketch(_shingles(key), n)``, and a 64-bit hash of each distinct shingle, sorted (what ``similarity``
    compares). A shingle of characters of the Basic Multilingual Plane (a key's Chinese characters and digits)
    is packed as two numbers, its first four characters' code points and its last two, so numpy makes all of a
    key's shingles at once (in Python, a string per shingle was most of registering a paragraph)."""
    data = key.encode("utf-16-be", "surrogatepass")  # two bytes a character when all are in the BMP
    count = len(key) - SHINGLE + 1
    if count < 1 or len(data) != 2 * len(key):
        shingles = _shingles(key)
        return _sketch(shingles, n), _sorted_distinct(np.fromiter(
            (hash(s) & 0xFFFF_FFFF_FFFF_FFFF for s in shingles), dtype=np.uint64, count=len(shingles)))
    # read in place: the 8 bytes from character i on, big-endian, are its first four code points packed
    # (c0 << 48 | c1 << 32 | c2 << 16 | c3), and the 4 bytes from character i + 4 on its last two (c4 << 16 | c5)
    first = np.ndarray((count,), dtype=">u8", buffer=data, strides=(2,)).astype(np.uint64)
    last = np.ndarray((count,), dtype=">u4", buffer=data, offset=8, strides=(2,)).astype(np.uint64)
    # the n smallest shingles begin with the n smallest distinct first parts (or fewer): only those are compared
    distinct_first = _sorted_distinct(first)
    starts = np.flatnonzero(first <= distinct_first[min(n, len(distinct_first)) - 1]).tolist()
    return sorted({key[i:i + SHINGLE] for i in starts})[:n], _sorted_distinct((first * _MIX) ^ last)


def _sorted_distinct(numbers: np.ndarray) -> np.ndarray:
    """``np.unique(numbers)``, without its overhead (four times the sort itself on a paragraph's shingles)."""
    ordered = np.sort(numbers)
    keep = np.empty(len(ordered), dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Shared shingles over the larger paragraph's shingles (1.0 for identical text); ``a`` and ``b`` are the
    sorted shingle hashes of ``shingle_fingerprint``."""
    at = np.minimum(np.searchsorted(b, a), len(b) - 1)
    return int(np.count_nonzero(b[at] == a)) / max(len(a), len(b))


MAX_REPRESENTATIVES_PER_BUCKET = 8
LOOKUP_BATCH = 500  # digests per query (SQLite allows 999 parameters in older builds)

_SCHEMA = """
CREATE TABLE paragraph (seq INTEGER PRIMARY KEY, cluster INTEGER NOT NULL, source_file TEXT NOT NULL,
    doc_id TEXT NOT NULL, doc_lines INTEGER NOT NULL, raw_start INTEGER NOT NULL, raw_end INTEGER NOT NULL,
    fullness INTEGER NOT NULL, text_digest BLOB NOT NULL);
CREATE TABLE paragraph_value (paragraph INTEGER NOT NULL, position INTEGER NOT NULL, value_id TEXT NOT NULL,
    value REAL NOT NULL, value_high REAL, source_ref TEXT NOT NULL, PRIMARY KEY (paragraph, position)) WITHOUT ROWID;
CREATE TABLE merged_value (value_id TEXT PRIMARY KEY, source_file TEXT NOT NULL, kept_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE other_source (seq INTEGER PRIMARY KEY, source_file TEXT NOT NULL, value_id TEXT NOT NULL,
    source_ref TEXT NOT NULL);
CREATE TABLE capture_flag (seq INTEGER PRIMARY KEY, source_file TEXT NOT NULL, flag_type TEXT NOT NULL,
    char_start INTEGER, char_end INTEGER, message TEXT NOT NULL, doc_id TEXT);
CREATE TABLE shared_paragraph (copy_file TEXT NOT NULL, copy_doc TEXT NOT NULL, kept_doc TEXT NOT NULL);
CREATE TABLE duplicate_document (copy_doc TEXT PRIMARY KEY, copy_file TEXT NOT NULL, kept_doc TEXT NOT NULL)
    WITHOUT ROWID;
CREATE TABLE exact_text (digest BLOB PRIMARY KEY, cluster INTEGER NOT NULL) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS paragraph_by_cluster ON paragraph (cluster, seq);
CREATE INDEX IF NOT EXISTS merged_by_file ON merged_value (source_file);
CREATE INDEX IF NOT EXISTS other_source_by_file ON other_source (source_file, seq);
CREATE INDEX IF NOT EXISTS capture_flag_by_file ON capture_flag (source_file, seq);
CREATE INDEX IF NOT EXISTS duplicate_by_file ON duplicate_document (copy_file);
"""


@dataclass
class _Paragraph:
    """What reconciliation needs of one paragraph: where it is, how full it is, and its values' numbers."""

    seq: int
    source_file: str
    doc_id: str
    doc_lines: int
    raw_span: tuple[int, int]
    fullness: int  # characters without white space: lost characters and substituted spam lower it
    text_digest: bytes
    values: list[tuple[str, float, float | None, str]]  # value_id, value, value_high, "file:start-end"


@dataclass
class CaptureMerges:
    """What reconciliation decided for one raw file: its values kept elsewhere, the other captures of the
    values it keeps, and its duplicate_capture / capture_difference flags."""

    kept_elsewhere: dict[str, str]  # value_id in this file -> target_id of the copy that is kept
    other_sources: dict[str, list[str]]  # value_id in this file -> "file:start-end" of other captures
    flags: list[Flag]
    duplicate_of: dict[str, str]  # doc_id in this file -> doc_id of the document it is another capture of


class ParagraphRecord(NamedTuple):
    """What the capture index needs of one paragraph, made without the index (so a worker process can make
    it): its comparison key and the key's digest, where it is, how full it is, and its values."""

    key: str  # Chinese characters and digits only, at most MAX_PARAGRAPH_CHARS
    key_digest: bytes
    source_file: str
    doc_id: str
    doc_lines: int
    raw_start: int
    raw_end: int
    fullness: int
    text_digest: bytes
    values: list[tuple[int, str, float, float | None, str]]  # position, value_id, value, value_high, ref


def paragraph_records(item: ParsedDocument, value_id) -> list[ParagraphRecord]:
    """The paragraphs of a document long enough to align across captures, with the values each states;
    ``value_id`` gives the stable id of each value."""
    records = []
    by_position = sorted(item.values, key=lambda v: v.number_span[0])
    starts = [v.number_span[0] for v in by_position]
    for line in item.doc.lines:
        key = _key(line.text)
        if len(key) < MIN_PARAGRAPH_CHARS:
            continue
        key = key[:MAX_PARAGRAPH_CHARS]
        raw_start, raw_end = item.norm.to_raw(line.start, line.end)
        values = by_position[bisect.bisect_left(starts, line.start):bisect.bisect_left(starts, line.end)]
        records.append(ParagraphRecord(
            key, hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest(), item.doc.source_file,
            item.doc.doc_id, len(item.doc.lines), raw_start, raw_end, len("".join(line.text.split())),
            hashlib.blake2b(line.text.encode("utf-8"), digest_size=16).digest(),
            [(position, value_id(v), v.value, v.value_high, f"{v.doc.source_file}:{v.char_start}-{v.char_end}")
             for position, v in enumerate(values)]))
    return records


class CaptureIndex:
    """Near-identical paragraphs across raw files, gathered one document at a time.

    Each paragraph is compared only with a few cluster representatives that share one of its sketch
    shingles, so time grows linearly with the corpus. The paragraphs, their values, the digest of every
    distinct text and the merge decisions are kept in an SQLite file; only the representatives' shingles
    (as hashes) stay in memory, so memory grows with the number of clusters, not with the corpus.
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self._db = sqlite3.connect(str(path))
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16000;"
                               + _SCHEMA)
        self._buckets: dict[str, list[int]] = defaultdict(list)
        # a 64-bit hash of each shingle, 8 bytes each; only a 64-bit collision could change a result
        self._representatives: list[np.ndarray] = []
        self._seq = 0

    def close(self) -> None:
        self._db.close()

    def add(self, item: ParsedDocument, value_id) -> None:
        """Register a document's paragraphs; ``value_id`` gives the stable id of each of its values."""
        self.add_paragraphs(paragraph_records(item, value_id))

    def add_paragraphs(self, records: list[ParagraphRecord]) -> None:
        """Register paragraphs made by ``paragraph_records`` (perhaps in another process), in the order given:
        the clusters depend on that order, so a parallel build adds its files in source-file order."""
        paragraphs, paragraph_values, new_texts = [], [], []
        known = self._known_texts({record.key_digest for record in records})
        for record in records:
            found = known.get(record.key_digest)
            if found is None:
                found = known[record.key_digest] = self._cluster_of(record.key)
                new_texts.append((record.key_digest, found))
            self._seq += 1
            paragraphs.append((self._seq, found, record.source_file, record.doc_id, record.doc_lines,
                               record.raw_start, record.raw_end, record.fullness, record.text_digest))
            paragraph_values += [(self._seq, *value) for value in record.values]
        self._db.executemany("INSERT INTO exact_text VALUES (?, ?)", new_texts)
        self._db.executemany("INSERT INTO paragraph VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", paragraphs)
        self._db.executemany("INSERT INTO paragraph_value VALUES (?, ?, ?, ?, ?, ?)", paragraph_values)

    def _known_texts(self, digests: set[bytes]) -> dict[bytes, int]:
        """The cluster of each of ``digests`` already in the index, looked up a few hundred at a time (one query
        per paragraph cost more than the rest of registering it)."""
        digests, known = sorted(digests), {}
        for at in range(0, len(digests), LOOKUP_BATCH):
            batch = digests[at:at + LOOKUP_BATCH]
            known.update(self._db.execute(
                f"SELECT digest, cluster FROM exact_text WHERE digest IN ({', '.join('?' * len(batch))})", batch))
        return known

    def _cluster_of(self, key: str) -> int:
        """The cluster whose representative is similar enough, else a new cluster with this representative."""
        hashes, hashed = shingle_fingerprint(key)
        found = next((index for h in hashes for index in self._buckets.get(h, ())
                      if similarity(self._representatives[index], hashed) >= SIMILARITY), None)
        if found is None:
            found = len(self._representatives)
            self._representatives.append(hashed)
            for h in hashes:
                if len(self._buckets[h]) < MAX_REPRESENTATIVES_PER_BUCKET:
                    self._buckets[h].append(found)
        return found

    def shared_clusters(self) -> Iterator[list[_Paragraph]]:
        """Clusters with members from at least two raw files, one at a time, members in the order added."""
        self._db.executescript(_INDEXES)
        shared = [row[0] for row in self._db.execute(
            "SELECT cluster FROM paragraph GROUP BY cluster HAVING COUNT(DISTINCT source_file) > 1 ORDER BY cluster")]
        for cluster in shared:
            members = {}
            for row in self._db.execute("SELECT * FROM paragraph WHERE cluster = ? ORDER BY seq", (cluster,)):
                seq, _, source_file, doc_id, doc_lines, raw_start, raw_end, fullness, digest = row
                members[seq] = _Paragraph(seq, source_file, doc_id, doc_lines, (raw_start, raw_end), fullness, digest, [])
            for seq, _, value_id, value, value_high, ref in self._db.execute(
                    "SELECT v.* FROM paragraph p JOIN paragraph_value v ON v.paragraph = p.seq "
                    "WHERE p.cluster = ? ORDER BY v.paragraph, v.position", (cluster,)):
                members[seq].values.append((value_id, value, value_high, ref))
            yield list(members.values())

    def merges_for(self, source_file: str) -> CaptureMerges:
        """The merge decisions concerning one raw file (after ``merge_duplicate_captures``)."""
        return _merges_in(self._db, source_file)

    def share(self) -> str:
        """Make the index readable by other processes (after ``merge_duplicate_captures``) and give its file, for
        ``merges_in_file``; an index in memory cannot be shared."""
        self._db.commit()
        path = self._db.execute("PRAGMA database_list").fetchone()[2]
        if not path:
            raise ValueError("a capture index in memory cannot be read by another process")
        return path


_READERS: dict[str, sqlite3.Connection] = {}  # a worker process's read-only connection to each shared index


def merges_in_file(index_file: str, source_file: str) -> CaptureMerges:
    """``CaptureIndex.merges_for``, read from a shared index file (``CaptureIndex.share``), as a worker process
    does; its connection is kept for the next file."""
    if index_file not in _READERS:
        _READERS[index_file] = sqlite3.connect(Path(index_file).as_uri() + "?mode=ro", uri=True)
    return _merges_in(_READERS[index_file], source_file)


def _merges_in(db: sqlite3.Connection, source_file: str) -> CaptureMerges:
    kept = dict(db.execute("SELECT value_id, kept_id FROM merged_value WHERE source_file = ?", (source_file,)))
    others: dict[str, list[str]] = defaultdict(list)
    for value_id, ref in db.execute(
            "SELECT value_id, source_ref FROM other_source WHERE source_file = ? ORDER BY seq", (source_file,)):
        others[value_id].append(ref)
    flags = [Flag(source_file, flag_type, start, end, "", message, doc_id=doc_id)
             for flag_type, start, end, message, doc_id in db.execute(
                 "SELECT flag_type, char_start, char_end, message, doc_id FROM capture_flag "
                 "WHERE source_file = ? ORDER BY seq", (source_file,))]
    duplicate_of = dict(db.execute("SELECT copy_doc, kept_doc FROM duplicate_document WHERE copy_file = ?",
                                   (source_file,)))
    return CaptureMerges(kept, dict(others), flags, duplicate_of)


def merge_duplicate_captures(index: CaptureIndex) -> None:
    """Keep each duplicated value once, from the fullest copy, recording the other copies' spans; and mark a
    document sharing three or more paragraphs with another as a duplicate of it.

    The decisions are stored in the index; read them per file with ``merges_for``.
    """
    db = index._db  # noqa: SLF001 - the merge is the index's second half, kept as a function for reading
    for cluster in index.shared_clusters():
        # The fullest copy wins: lost characters and substituted spam shorten a copy. On a tie, the copy
        # in the longer document (not the partial capture), then the first by document id.
        fullest = max((p.fullness, p.doc_lines) for p in cluster)
        tied = [p for p in cluster if (p.fullness, p.doc_lines) == fullest]
        winner = tied[0] if len(tied) == 1 else max(tied, key=lambda p: [-ord(c) for c in p.doc_id])
        shared, flags, merged, others, differing = [], [], [], [], []
        for copy in cluster:
            if copy.source_file == winner.source_file:
                continue  # repeated text within one file is the document's own repetition
            shared.append((copy.source_file, copy.doc_id, winner.doc_id))
            flags.append((copy.source_file, "duplicate_capture", *copy.raw_span,
                          f"same paragraph as {winner.source_file}:{winner.raw_span[0]}-{winner.raw_span[1]}; "
                          "values taken from that copy", copy.doc_id))
            if copy.text_digest != winner.text_digest:
                differing.append(f"{copy.source_file}:{copy.raw_span[0]}-{copy.raw_span[1]}")
            unmatched = list(winner.values)
            for value_id, value, value_high, ref in copy.values:
                twin = next((k for k in unmatched if k[1] == value and k[2] == value_high), None)
                if twin is None:
                    continue  # a value only this copy states is kept where it is
                unmatched.remove(twin)
                others.append((winner.source_file, twin[0], ref))
                merged.append((value_id, copy.source_file, twin[0]))
        if differing:  # one flag on the kept copy, however many captures differ (each copy has its own flag)
            listed = ", ".join(differing[:MAX_LISTED]) + (
                f" and {len(differing) - MAX_LISTED} more" if len(differing) > MAX_LISTED else "")
            others_are = "the other is" if len(differing) == 1 else "the others are"
            flags.append((winner.source_file, "capture_difference", *winner.raw_span,
                          f"differs from {listed}; this copy was used ({others_are} shorter: lost characters or "
                          "substituted text)", winner.doc_id))
        db.executemany("INSERT INTO shared_paragraph VALUES (?, ?, ?)", shared)
        db.executemany("INSERT INTO capture_flag (source_file, flag_type, char_start, char_end, message, doc_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)", flags)
        db.executemany("INSERT INTO merged_value VALUES (?, ?, ?)", merged)
        db.executemany("INSERT INTO other_source (source_file, value_id, source_ref) VALUES (?, ?, ?)", others)
    # per copied document, the first (by doc_id) document it shares three or more paragraphs with
    db.execute("INSERT INTO duplicate_document SELECT copy_doc, copy_file, MIN(kept_doc) FROM ("
               "SELECT copy_doc, copy_file, kept_doc FROM shared_paragraph GROUP BY copy_doc, copy_file, kept_doc "
               "HAVING COUNT(*) >= 3) GROUP BY copy_doc")


def flag_conflicts(values: list[StatedValue], indicator_of) -> list[Flag]:
    """Flag values of one document that state different numbers for the same indicator, year and kind (a growth
    per year and a growth over the whole span are different measures)."""
    groups: dict[tuple, list[StatedValue]] = defaultdict(list)
    for value in values:
        indicator = indicator_of(value) or value.indicator_zh
        groups[(value.doc.doc_id, indicator, value.year, value.kind, value.target_type, value.unit_std,
                value.per_year)].append(value)
    flags = []
    for (doc_id, indicator, year, kind, _type, _unit, _per_year), group in sorted(groups.items(), key=lambda g: str(g[0])):
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
