"""The pipeline, start to end: raw files → normalized text → documents → values → tidy tables → data/clean."""

from __future__ import annotations

import os
import pickle
import tempfile
import traceback
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from plantargets.atomic import remove_orphaned_folders
from plantargets.data import load
from plantargets.extract.statements import StatedValue, extract_values
from plantargets.flags import Flag
from plantargets.harmonize import IndicatorCodebook, flag_out_of_bounds, load_codebook
from plantargets.paths import CLEAN_DIR, RAW_DIR
from plantargets.publish import CleanFolderWriter
from plantargets.reconcile import CaptureIndex, ParsedDocument, flag_conflicts, merge_duplicate_captures
from plantargets.reference import read_national_reference
from plantargets.schemas import TABLE_SCHEMAS
from plantargets.sources import SourceFile, list_sources
from plantargets.summary import SUMMARY_FILE, BuildStats
from plantargets.text.normalize import normalize_text
from plantargets.text.read import EXPECTED_ENCODINGS, UnreadableFileError, read_raw_file
from plantargets.text.segment import Document, load_cities, segment_documents
from plantargets.tidy import (
    build_indicators, document_rows, build_national, city_names, flag_rows, number_rows, target_rows, typed_frame,
    value_id,
)


class MemoryTables:
    """Collects table chunks in memory and hands back whole tables (for tests and small corpora)."""

    def __init__(self) -> None:
        self.chunks: dict[str, list[pd.DataFrame]] = defaultdict(list)

    def write(self, table: str, frame: pd.DataFrame) -> None:
        """Keep the next rows of ``table`` (an empty frame only while the table has none)."""
        if len(frame) or not self.chunks[table]:
            self.chunks[table].append(frame)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Each table whole, its chunks concatenated in the order written."""
        return {name: pd.concat([c for c in chunks if len(c)] or chunks[:1], ignore_index=True)
                for name, chunks in self.chunks.items()}


class _CleanFolderTables(Mapping):
    """The tables of a written clean folder, each read on first use (a large build does not hold them)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir, self._loaded = out_dir, {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLE_SCHEMAS or not (self.out_dir / f"{name}.parquet").is_file():
            raise KeyError(name)
        if name not in self._loaded:
            self._loaded[name] = load(name, self.out_dir, validate=False)
        return self._loaded[name]

    def __iter__(self):
        return (name for name in TABLE_SCHEMAS if (self.out_dir / f"{name}.parquet").is_file())

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass
class BuildResult:
    """What a build returns: its counts, its tables (in memory, or read from ``out_dir`` on first use) and
    where they were written."""

    stats: BuildStats
    tables: Mapping[str, pd.DataFrame]
    out_dir: Path | None = None

    @property
    def token_outcomes(self) -> Counter:
        return self.stats.token_outcomes

    def summary(self, max_unmapped: int | None = 15) -> str:
        return self.stats.format(max_unmapped)


def _apply_manifest(documents, source: SourceFile) -> None:
    """A manifest row fixes city and place for every document of its file, and title, type and date of a
    single-document file."""
    row = source.manifest or {}
    for doc in documents:
        if row.get("city_zh"):
            doc.city_zh = row["city_zh"]
        if row.get("place_zh"):
            doc.place_zh = row["place_zh"]
    if len(documents) == 1 and row:
        doc = documents[0]
        doc.title = row.get("title") or doc.title
        doc.doc_type = row.get("doc_type") or doc.doc_type
        doc.issued_date = doc.issued_date or row.get("published_date") or ""


def parse_source(source: SourceFile, captures: CaptureIndex) -> tuple[list[Document], list[Flag], str, list]:
    """Read, normalize, segment and extract one raw file, register its paragraphs for reconciliation, and
    keep only what the tables need (the file's text and offset map are let go once this returns)."""
    raw = read_raw_file(source.path)
    norm, flags = normalize_text(raw.text, raw.source_file, raw.is_html)
    if raw.encoding not in EXPECTED_ENCODINGS:
        flags.append(Flag(raw.source_file, "encoding_detected", None, None, "",
                          f"decoded as {raw.encoding} (detected: the file is neither UTF-8 nor GB18030)"))
    documents = segment_documents(norm, raw.source_file, source.doc_stem or source.path.stem)
    _apply_manifest(documents, source)
    tokens = []
    if not documents:
        flags.append(Flag(raw.source_file, "empty_document", None, None, "", "no text left after normalization"))
    for doc in documents:
        result = extract_values(doc, norm)
        for value in result.values:
            value.quote = raw.text[value.char_start:value.char_end]
            value.sentence = ""  # only extraction needs it
        for token in result.tokens:
            token.text = raw.text[token.char_start:token.char_end]
        doc.raw_start, doc.raw_end = norm.to_raw(doc.start, doc.end) if doc.end > doc.start else (0, 0)
        doc.values = result.values
        captures.add(ParsedDocument(doc, norm, result.values), value_id)
        doc.lines = []
        flags += doc.flags + result.flags
        tokens += result.tokens
    return documents, flags, raw.sha256, tokens


def _parse_all(sources: list[SourceFile], captures: CaptureIndex, spill_dir: Path, progress: bool):
    """Pass 1: parse each file, register its paragraphs, and spill what the tables need to disk.

    Returns the spill file and raw hash of each parsed file, and the flags of files that could not be read.
    """
    parsed: dict[str, tuple[SourceFile, Path, str]] = {}
    failed: list[Flag] = []
    for number, source in enumerate(tqdm(sources, desc="reading", unit="file", disable=not progress)):
        try:
            file_documents, file_flags, sha, file_tokens = parse_source(source, captures)
        except (UnreadableFileError, UnicodeDecodeError) as error:
            failed.append(Flag(source.name, "unreadable_file", None, None, "", f"{type(error).__name__}: {error}"))
            continue
        except Exception as error:  # noqa: BLE001 - one file's bug must not stop the build; it is an error flag
            where = traceback.extract_tb(error.__traceback__)[-1]
            failed.append(Flag(source.name, "processing_error", None, None, "",
                               f"{type(error).__name__}: {error} (at {Path(where.filename).name}:{where.lineno}); "
                               "please report it with this file"))
            continue
        spill = spill_dir / f"{number}.pickle"
        with spill.open("wb") as handle:
            pickle.dump((file_documents, file_flags, file_tokens), handle, protocol=pickle.HIGHEST_PROTOCOL)
        parsed[source.name] = (source, spill, sha)
    return parsed, failed


def _tables_of_file(source: SourceFile, spill: Path, captures: CaptureIndex, codebook: IndicatorCodebook,
                    cities: dict) -> tuple[list[Document], list[StatedValue], list[Flag], list, dict, dict]:
    """Pass 2 for one file: its spilled documents with the merge decisions applied, checked values and flags."""
    with spill.open("rb") as handle:
        documents, flags, tokens = pickle.load(handle)
    spill.unlink()
    merges = captures.merges_for(source.name)
    flags += merges.flags
    values = []
    for doc in documents:
        for value in doc.values:
            target_id = value_id(value)
            value.merged_into = merges.kept_elsewhere.get(target_id)
            value.other_sources = merges.other_sources.get(target_id, [])
        doc.values = [v for v in doc.values if v.merged_into is None]
        values += doc.values

    def indicator_id(value):
        found = codebook.match(value.indicator_zh, value.target_type)
        return found.indicator_id if found else None

    flags += flag_conflicts(values, indicator_id)
    flags += flag_out_of_bounds(values, codebook)
    places = {doc.doc_id: city_names(doc.city_zh, cities, source.manifest) for doc in documents}
    return documents, values, flags, tokens, places, merges.duplicate_of


def write_tables(raw_dir: str | Path, sink, codebook: IndicatorCodebook | None = None,
                 progress: bool = False) -> BuildStats:
    """Build the tidy tables from ``raw_dir`` and hand them to ``sink.write(table, frame)`` chunk by chunk.

    Pass 1 parses one file at a time, keeping only the duplicate-capture index (on disk) and spilling each
    file's values, flags and number tokens to a work folder. After the captures are reconciled, pass 2 reads
    the files back one at a time, in source-file order, and writes their rows of targets, numbers, flags and
    documents; indicators and national follow. So memory does not grow with the corpus.
    """
    codebook = codebook or load_codebook()
    sources, source_flags = list_sources(raw_dir)
    stats = BuildStats()

    def emit(table: str, frame: pd.DataFrame) -> None:
        sink.write(table, frame)
        stats.add(table, frame)

    batches = _RowBatches(emit)
    with _work_folder() as work:
        captures = CaptureIndex(Path(work) / "captures.sqlite")
        try:
            parsed, failed = _parse_all(sources, captures, Path(work), progress)
            merge_duplicate_captures(captures)
            national_rows, reference_flags = read_national_reference(raw_dir, codebook)
            other_flags: dict[str, list[Flag]] = defaultdict(list)
            for flag in source_flags + failed + reference_flags:
                other_flags[flag.source_file].append(flag)
            cities = load_cities()
            indicator_counts, indicator_cities = Counter(), defaultdict(set)
            for name in tqdm(sorted(set(parsed) | set(other_flags)), desc="writing", unit="file",
                             disable=not progress):
                flags = other_flags.get(name, [])
                if name in parsed:
                    source, spill, sha = parsed.pop(name)
                    documents, values, file_flags, tokens, places, duplicates = _tables_of_file(
                        source, spill, captures, codebook, cities)
                    flags = flags + file_flags
                    targets = target_rows(values, codebook, places)
                    batches.add("targets", targets)
                    batches.add("numbers", number_rows(tokens))
                    counts = Counter(row["doc_id"] for row in targets)
                    batches.add("documents", document_rows(documents, duplicates, counts, places, sha))
                    for row in targets:
                        if row["indicator_id"] is not None:
                            indicator_counts[row["indicator_id"]] += 1
                            indicator_cities[row["indicator_id"]].add(row["city"])
                batches.add("flags", flag_rows(flags))
        finally:
            captures.close()
    batches.flush_all()
    emit("indicators", build_indicators(codebook, indicator_counts, indicator_cities))
    emit("national", build_national(national_rows))
    return stats


WORK_PREFIX = "plantargets-build-"
BATCH_ROWS = 20_000  # rows typed, validated and written at once: bounds memory, and is one Parquet row group


def _work_folder() -> tempfile.TemporaryDirectory:
    """A temporary folder for the spill and the capture index, named with this process id; folders that
    killed builds left behind (their process is gone) are removed first, since a large corpus fills them."""
    remove_orphaned_folders(Path(tempfile.gettempdir()), WORK_PREFIX)
    return tempfile.TemporaryDirectory(prefix=f"{WORK_PREFIX}{os.getpid()}-")


class _RowBatches:
    """Rows of the streamed tables (targets, numbers, flags, documents), handed on as typed frames of about
    BATCH_ROWS rows, so pandas works on large batches rather than one small frame per file."""

    TABLES = ("targets", "numbers", "flags", "documents")

    def __init__(self, emit) -> None:
        self.emit, self.rows, self.emitted = emit, {t: [] for t in self.TABLES}, set()

    def add(self, table: str, rows: list) -> None:
        self.rows[table] += rows
        if len(self.rows[table]) >= BATCH_ROWS:
            self.flush(table)

    def flush(self, table: str) -> None:
        if self.rows[table] or table not in self.emitted:  # a corpus without values still gets an empty table
            self.emit(table, typed_frame(self.rows[table], table))
            self.rows[table], self.emitted = [], self.emitted | {table}

    def flush_all(self) -> None:
        for table in self.TABLES:
            self.flush(table)


def extract_tables(raw_dir: str | Path = RAW_DIR, codebook: IndicatorCodebook | None = None,
                   progress: bool = False) -> BuildResult:
    """Build the tidy tables (targets, documents, indicators, flags, national, numbers) in memory."""
    sink = MemoryTables()
    stats = write_tables(raw_dir, sink, codebook, progress)
    return BuildResult(stats, sink.tables())


def build(raw_dir: str | Path = RAW_DIR, out_dir: str | Path = CLEAN_DIR, progress: bool = False) -> BuildResult:
    """Build data/clean from data/raw (or any folders given): validated, deterministic, atomic, in bounded memory.

    The tables are written as they are made; ``result.tables`` reads them back from ``out_dir`` on use.
    """
    with CleanFolderWriter(out_dir, inputs=[Path(raw_dir)]) as writer:
        stats = write_tables(raw_dir, writer, progress=progress)
        out = writer.commit({SUMMARY_FILE: stats.format(max_unmapped=None)})
    return BuildResult(stats, _CleanFolderTables(out), out)
