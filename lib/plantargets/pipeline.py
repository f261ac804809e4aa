"""The pipeline, start to end: raw files → normalized text → documents → values → tidy tables → data/clean."""

from __future__ import annotations

import itertools
import os
import pickle
import tempfile
import traceback
import uuid
from collections import Counter, defaultdict, deque
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from plantargets.atomic import remove_orphaned_folders
from plantargets.dask_client import connect_scheduler
from plantargets.data import load
from plantargets.extract.statements import StatedValue, extract_values
from plantargets.flags import Flag
from plantargets.harmonize import IndicatorCodebook, flag_out_of_bounds, load_codebook
from plantargets.paths import CLEAN_DIR, RAW_DIR
from plantargets.publish import CleanFolderWriter
from plantargets.reconcile import (
    CaptureIndex, ParagraphRecord, ParsedDocument, flag_conflicts, merge_duplicate_captures, paragraph_records,
)
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


@dataclass
class ParsedFile:
    """One raw file after pass 1, made without the capture index so that a worker process can make it.

    ``spilled`` holds what the tables need (documents, flags, number tokens) unless the worker wrote it to the
    spill file itself; ``failure`` is the flag of a file that could not be parsed (nothing else is set then).
    """

    name: str
    sha256: str = ""
    paragraphs: list[ParagraphRecord] = field(default_factory=list)
    spilled: tuple | None = None
    failure: Flag | None = None


def _parse(source: SourceFile) -> tuple[list[Document], list[Flag], str, list, list[ParagraphRecord]]:
    """Read, normalize, segment and extract one raw file, and list its paragraphs for reconciliation; only
    what the tables need is kept (the file's text and offset map are let go once this returns)."""
    raw = read_raw_file(source.path)
    norm, flags = normalize_text(raw.text, raw.source_file, raw.is_html)
    if raw.encoding not in EXPECTED_ENCODINGS:
        flags.append(Flag(raw.source_file, "encoding_detected", None, None, "",
                          f"decoded as {raw.encoding} (detected: the file is neither UTF-8 nor GB18030)"))
    documents = segment_documents(norm, raw.source_file, source.doc_stem or source.path.stem)
    _apply_manifest(documents, source)
    tokens, paragraphs = [], []
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
        paragraphs += paragraph_records(ParsedDocument(doc, norm, result.values), value_id)
        doc.lines = []
        flags += doc.flags + result.flags
        tokens += result.tokens
    return documents, flags, raw.sha256, tokens, paragraphs


def parse_source(source: SourceFile, captures: CaptureIndex) -> tuple[list[Document], list[Flag], str, list]:
    """Parse one raw file and register its paragraphs in ``captures``: its documents, flags, hash and tokens."""
    documents, flags, sha, tokens, paragraphs = _parse(source)
    captures.add_paragraphs(paragraphs)
    return documents, flags, sha, tokens


def _failure_flag(source: SourceFile, error: BaseException) -> Flag:
    if isinstance(error, (UnreadableFileError, UnicodeDecodeError)):
        return Flag(source.name, "unreadable_file", None, None, "", f"{type(error).__name__}: {error}")
    where = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    at = f" (at {Path(where.filename).name}:{where.lineno})" if where else ""
    return Flag(source.name, "processing_error", None, None, "",
                f"{type(error).__name__}: {error}{at}; please report it with this file")


def parse_file(source: SourceFile, spill: Path | None = None) -> ParsedFile:
    """Pass 1 for one file, in this process or a worker: parse it, and write what the tables need to
    ``spill`` if given (else keep it in ``spilled``). A file that cannot be parsed gives a flag, not an error:
    one file's bug must not stop the build."""
    try:
        documents, flags, sha, tokens, paragraphs = _parse(source)
    except Exception as error:  # noqa: BLE001 - recorded as the file's unreadable_file / processing_error flag
        return ParsedFile(source.name, failure=_failure_flag(source, error))
    spilled = (documents, flags, tokens)
    if spill is not None:
        with spill.open("wb") as handle:
            pickle.dump(spilled, handle, protocol=pickle.HIGHEST_PROTOCOL)
        spilled = None
    return ParsedFile(source.name, sha, paragraphs, spilled)


def _parse_all(sources: list[SourceFile], captures: CaptureIndex, spill_dir: Path, progress: bool,
               executor: "_Pass1Executor"):
    """Pass 1: parse each file (on ``executor``), register its paragraphs, and spill what the tables need.

    The executor hands the files back in source-file order, so the capture index, and so the tables, are the
    same whichever executor parsed them. Returns the spill file and raw hash of each parsed file, and the
    flags of files that could not be parsed.
    """
    parsed: dict[str, tuple[SourceFile, Path, str]] = {}
    failed: list[Flag] = []
    spills = [spill_dir / f"{number}.pickle" for number in range(len(sources))]
    results = executor.parse(sources, spills)
    for source, spill, result in tqdm(zip(sources, spills, results), total=len(sources), desc="reading",
                                      unit="file", disable=not progress):
        if result.failure is not None:
            failed.append(result.failure)
            continue
        captures.add_paragraphs(result.paragraphs)
        if result.spilled is not None:
            with spill.open("wb") as handle:
                pickle.dump(result.spilled, handle, protocol=pickle.HIGHEST_PROTOCOL)
        parsed[source.name] = (source, spill, result.sha256)
    return parsed, failed


class ParallelBuildError(RuntimeError):
    """Pass 1 could not run on the pool or cluster asked for: a worker process died (killed, out of
    memory), the pool or cluster failed, or the Dask scheduler cannot be reached."""


class _Pass1Executor:
    """Runs ``parse_file`` over the sources and yields the results in source order, with at most ``window``
    files parsed or being parsed ahead of the one the caller holds (memory stays flat however large the
    corpus)."""

    window = 1

    def parse(self, sources: list[SourceFile], spills: list[Path]):
        return (parse_file(source, spill=None) for source in sources)

    def close(self) -> None:
        """Stop the workers."""


class _ProcessExecutor(_Pass1Executor):
    """``jobs`` worker processes on this machine; each writes its file's spill itself (the work folder is
    local), so only the paragraphs travel back."""

    def __init__(self, jobs: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.pool, self.window = ProcessPoolExecutor(max_workers=jobs), 2 * jobs

    def parse(self, sources, spills):
        from concurrent.futures.process import BrokenProcessPool

        pending = deque()
        work = iter(zip(sources, spills))
        try:
            for source, spill in itertools.islice(work, self.window):
                pending.append((source, self.pool.submit(parse_file, source, spill)))
            while pending:
                source, future = pending[0]
                try:
                    result = future.result()
                except BrokenProcessPool:
                    raise
                except Exception as error:  # noqa: BLE001 - parse_file raises nothing: the pool failed
                    raise ParallelBuildError(f"the worker pool failed on {source.name}: {type(error).__name__}: "
                                             f"{error}") from error
                pending.popleft()
                for next_source, next_spill in itertools.islice(work, 1):
                    pending.append((next_source, self.pool.submit(parse_file, next_source, next_spill)))
                yield result
        except BrokenProcessPool:  # a worker died (killed, out of memory), whichever future noticed it first
            in_flight = [s.name for s, _ in pending]
            raise ParallelBuildError(
                f"a build worker process died (killed, or out of memory) while parsing one of "
                f"{', '.join(in_flight[:MAX_NAMED])}{' ...' if len(in_flight) > MAX_NAMED else ''}; "
                "build with --jobs 1 to find which file it was") from None

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _DaskExecutor(_Pass1Executor):
    """A Dask distributed cluster: one task per file; the results come back to this process, which writes
    the spills (the workers need the raw folder at the same path, not the work folder)."""

    def __init__(self, address: str) -> None:
        self.client = connect_scheduler(address, ParallelBuildError, "building")
        self.window = 2 * max(1, sum(self.client.nthreads().values()))
        self.token = uuid.uuid4().hex[:8]

    def _submit(self, number: int, source: SourceFile):
        # an absolute path: a worker's working folder is not this process's
        return self.client.submit(parse_file, replace(source, path=source.path.resolve()), None,
                                  key=f"plantargets-build-{self.token}-{number}")

    def parse(self, sources, spills):
        pending = deque()
        work = iter(enumerate(sources))
        for number, source in itertools.islice(work, self.window):
            pending.append((source, self._submit(number, source)))
        while pending:
            source, future = pending.popleft()
            try:
                result = future.result()
            except Exception as error:  # noqa: BLE001 - parse_file raises nothing: the cluster failed
                if type(error).__name__ == "KilledWorker":  # the worker running it died (allowed-failures times)
                    raise ParallelBuildError(f"the Dask worker parsing {source.name} died: {error}") from None
                raise ParallelBuildError(f"the Dask cluster failed on {source.name}: {type(error).__name__}: "
                                         f"{error}") from error
            future.release()
            for number, next_source in itertools.islice(work, 1):
                pending.append((next_source, self._submit(number, next_source)))
            yield result

    def close(self) -> None:
        self.client.close()


MAX_NAMED = 10  # files named in a ParallelBuildError


def _pass1_executor(jobs: int = 1, scheduler: str | None = None) -> _Pass1Executor:
    if scheduler:
        return _DaskExecutor(scheduler)
    if int(jobs) < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs!r}")
    return _ProcessExecutor(int(jobs)) if int(jobs) > 1 else _Pass1Executor()


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
                 progress: bool = False, *, jobs: int = 1, scheduler: str | None = None) -> BuildStats:
    """Build the tidy tables from ``raw_dir`` and hand them to ``sink.write(table, frame)`` chunk by chunk.

    Pass 1 parses one file at a time, keeping only the duplicate-capture index (on disk) and spilling each
    file's values, flags and number tokens to a work folder. After the captures are reconciled, pass 2 reads
    the files back one at a time, in source-file order, and writes their rows of targets, numbers, flags and
    documents; indicators and national follow. So memory does not grow with the corpus.

    With ``jobs`` > 1, pass 1 parses files in that many worker processes; with ``scheduler`` (a Dask scheduler
    address such as ``tcp://127.0.0.1:8786``, whose workers see ``raw_dir`` at the same path) on that cluster.
    The tables are the same byte for byte: the capture index takes the files in source-file order.
    Raises ``ParallelBuildError`` when a worker process dies or the scheduler cannot be reached.
    """
    codebook = codebook or load_codebook()
    sources, source_flags = list_sources(raw_dir)
    stats = BuildStats()
    executor = _pass1_executor(jobs, scheduler)

    def emit(table: str, frame: pd.DataFrame) -> None:
        sink.write(table, frame)
        stats.add(table, frame)

    batches = _RowBatches(emit)
    with _work_folder() as work:
        captures = CaptureIndex(Path(work) / "captures.sqlite")
        try:
            try:
                parsed, failed = _parse_all(sources, captures, Path(work), progress, executor)
            finally:
                executor.close()
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
                   progress: bool = False, *, jobs: int = 1, scheduler: str | None = None) -> BuildResult:
    """Build the tidy tables (targets, documents, indicators, flags, national, numbers) in memory; ``jobs``
    and ``scheduler`` as for ``write_tables``."""
    sink = MemoryTables()
    stats = write_tables(raw_dir, sink, codebook, progress, jobs=jobs, scheduler=scheduler)
    return BuildResult(stats, sink.tables())


def build(raw_dir: str | Path = RAW_DIR, out_dir: str | Path = CLEAN_DIR, progress: bool = False, *,
          jobs: int = 1, scheduler: str | None = None) -> BuildResult:
    """Build data/clean from data/raw (or any folders given): validated, deterministic, atomic, in bounded memory.

    The tables are written as they are made; ``result.tables`` reads them back from ``out_dir`` on use.
    ``jobs`` worker processes, or the Dask cluster at ``scheduler``, parse the files (see ``write_tables``).
    """
    with CleanFolderWriter(out_dir, inputs=[Path(raw_dir)]) as writer:
        stats = write_tables(raw_dir, writer, progress=progress, jobs=jobs, scheduler=scheduler)
        out = writer.commit({SUMMARY_FILE: stats.format(max_unmapped=None)})
    return BuildResult(stats, _CleanFolderTables(out), out)
