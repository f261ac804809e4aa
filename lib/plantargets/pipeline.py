"""The pipeline, start to end: raw files → normalized text → documents → values → tidy tables → data/clean."""

from __future__ import annotations

import gc
import itertools
import operator
import os
import pickle
import tempfile
import traceback
import uuid
from collections import Counter, defaultdict, deque
from collections.abc import Mapping
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from plantargets.atomic import remove_orphaned_folders
from plantargets.dask_client import connect_scheduler
from plantargets.data import load
from plantargets.extract.statements import StatedValue, extract_values
from plantargets.flags import Flag
from plantargets.harmonize import IndicatorCodebook, flag_out_of_bounds, load_codebook
from plantargets.paths import CLEAN_DIR, RAW_DIR
from plantargets.publish import CleanFolderWriter, csv_lines, validated_parquet_rows
from plantargets.reconcile import (
    CaptureIndex, CaptureMerges, ParagraphRecord, ParsedDocument, flag_conflicts, merge_duplicate_captures,
    merges_in_file, paragraph_records,
)
from plantargets.reference import read_national_reference
from plantargets.schemas import TABLE_SCHEMAS
from plantargets.sources import SourceFile, list_sources
from plantargets.summary import SUMMARY_FILE, BuildStats
from plantargets.text.normalize import normalize_text
from plantargets.text.read import EXPECTED_ENCODINGS, UnreadableFileError, read_raw_file
from plantargets.text.segment import Document, load_cities, segment_documents
from plantargets.tidy import (
    build_indicators, document_rows, build_national, city_names, flag_rows, merged_number_rows, number_rows,
    target_rows, typed_frame, value_id,
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

    ``spilled`` holds what the tables need (documents, flags, number-ledger rows) unless the worker wrote it to
    the spill file itself; ``failure`` is the flag of a file that could not be parsed (nothing else is set then).
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
    if raw.misdecoded:
        flags.append(Flag(raw.source_file, "misdecoded_file", None, None, "",
                          f"the whole file is a page's {raw.encoding} bytes read one to a character as"
                          f" Latin-1/Windows-1252 and saved again (a scraper's default for a page sent without a"
                          f" charset): read from those bytes, so offsets and quotes refer to the repaired text"))
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


@contextmanager
def _one_collection():
    """Pause Python's cyclic garbage collector for one file's work; it runs once the file is done.

    A file's documents and values refer to each other (cycles), so the collector, not reference counts, frees
    them; while a file is worked on, the collector would run every few hundred new objects and walk the file's
    growing lists of lines, tokens and values each time (1.3 s of 23 s CPU on 1,000 documents; 0.6 s with the
    pause). A file's cyclic garbage waits at most until the file is done, so memory stays bounded per file."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def _older_objects_frozen():
    """Keep the objects made before the build (modules, codebooks, the caller's) out of the cyclic collector's
    full collections while it runs (``gc.freeze``): each would walk them all, for nothing (0.5 s of 23 s CPU on
    1,000 documents). Left alone when the caller froze objects itself."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def parse_file(source: SourceFile, spill: Path | None = None) -> ParsedFile:
    """Pass 1 for one file, in this process or a worker: parse it, and write what the tables need (documents,
    flags, rows of the numbers ledger) to ``spill`` if given (else keep it in ``spilled``). A file that cannot
    be parsed gives a flag, not an error: one file's bug must not stop the build."""
    with _one_collection():
        return _parse_file(source, spill)


def _parse_file(source: SourceFile, spill: Path | None) -> ParsedFile:
    try:
        documents, flags, sha, tokens, paragraphs = _parse(source)
    except Exception as error:  # noqa: BLE001 - recorded as the file's unreadable_file / processing_error flag
        return ParsedFile(source.name, failure=_failure_flag(source, error))
    # the number tokens as their ledger rows (tuples, ten times faster to load back than the token objects);
    # pass 2 points the rows of merged values at the kept copy
    spilled = (documents, flags, number_rows(tokens))
    if spill is not None:
        with spill.open("wb") as handle:
            pickle.dump(spilled, handle, protocol=pickle.HIGHEST_PROTOCOL)
        spilled = None
    return ParsedFile(source.name, sha, paragraphs, spilled)


def _parse_all(sources: list[SourceFile], captures: CaptureIndex, spill_dir: Path, progress: bool,
               executor: "_FileExecutor", spill_file: "_SpillFile"):
    """Pass 1: parse each file (on ``executor``), register its paragraphs, and spill what the tables need.

    The executor hands the files back in source-file order, so the capture index, and so the tables, are the
    same whichever executor parsed them. Returns the spill (its file, or its place in ``spill_file``) and raw
    hash of each parsed file, and the flags of files that could not be parsed.
    """
    parsed: dict[str, tuple[SourceFile, Path | tuple[int, int], str]] = {}
    failed: list[Flag] = []
    spills = [spill_dir / f"{number}.pickle" for number in range(len(sources))]
    results = iter(executor.parse(sources, spills))
    for source, spill in _progress(zip(sources, spills), progress, total=len(sources), desc="reading", unit="file"):
        # one collector pause over a file's parse (in this process, for the serial executor), its registration
        # and its spill: when the collector runs, the file's documents are garbage to free, not live objects it
        # would move to an older generation and walk again there (its time 0.45-0.49 -> 0.32-0.34 CPU s)
        with _one_collection() if executor.parses_here else nullcontext():
            result = next(results)
            if result.failure is not None:
                failed.append(result.failure)
                continue
            captures.add_paragraphs(result.paragraphs)
            if result.spilled is not None:
                spill = spill_file.append(result.spilled)
            parsed[source.name] = (source, spill, result.sha256)
            del result
    return parsed, failed


class _SpillFile:
    """The spills this process writes itself (a serial or a Dask build's), one after another in one file, each
    read back as bytes by its (offset, length): a file to create, read and remove per raw file cost more than
    the pickles."""

    def __init__(self, path: Path) -> None:
        self.path, self._handle = path, None

    def append(self, spilled: tuple) -> tuple[int, int]:
        """Write ``spilled`` at the end; give its offset and length."""
        if self._handle is None:
            self._handle = open(self.path, "w+b")  # noqa: SIM115 - closed by close()
        self._handle.seek(0, os.SEEK_END)
        start = self._handle.tell()
        pickle.dump(spilled, self._handle, protocol=pickle.HIGHEST_PROTOCOL)
        return start, self._handle.tell() - start

    def read(self, offset: int, length: int) -> bytes:
        self._handle.seek(offset)
        return self._handle.read(length)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def _progress(items, progress: bool, **bar):
    """``items``, with a progress bar when asked (tqdm is imported only then)."""
    if not progress:
        return items
    from tqdm import tqdm

    return tqdm(items, **bar)


class ParallelBuildError(RuntimeError):
    """The build could not run on the pool or cluster asked for: a worker process died (killed, out of
    memory), the pool or cluster failed, or the Dask scheduler cannot be reached."""


@dataclass
class FileTask:
    """What pass 2 needs of one raw file, small enough to send to a worker: the file, its spill (the path a
    worker wrote it to, or the spilled bytes from this process's spill file; None for a file that was not parsed),
    its raw hash, the capture merges concerning it (or the shared capture index's file, for a worker on this
    machine to read them from) and its flags from outside the file (listing the sources, a parse failure, the
    national reference). ``codebook`` None means the packaged one; ``csv`` asks for the
    rows' CSV lines too, and ``pack`` for the rows pickled (for a worker's rows that this process only passes
    on to another worker)."""

    name: str
    source: SourceFile | None = None
    spill: Path | bytes | None = None
    sha256: str = ""
    merges: CaptureMerges | str | None = None
    flags: list[Flag] = field(default_factory=list)
    codebook: IndicatorCodebook | None = None
    csv: bool = False
    pack: bool = False


@dataclass
class FileRows:
    """One raw file's rows of the streamed tables (each a tuple in its table's column order, or all of a table's
    pickled), made by ``file_rows`` in this process or a worker; the (indicator_id, city) of each target row
    with an indicator; and, if asked, each table's CSV lines of them (UTF-8)."""

    name: str
    targets: list[tuple] | bytes
    numbers: list[tuple] | bytes
    documents: list[tuple] | bytes
    flags: list[tuple] | bytes
    indicator_cities: list[tuple[str, str]] = field(default_factory=list)
    csv: dict[str, bytes] | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def finish(self, task: FileTask) -> "FileRows":
        """These rows as ``task`` asks for them: with their CSV lines (``publish.csv_lines``), made where the rows
        are, and pickled."""
        if task.csv:
            self.csv = {table: csv_lines(table, getattr(self, table)).encode("utf-8") for table in STREAMED_TABLES}
        if task.pack:
            for table in STREAMED_TABLES:
                self.counts[table] = len(getattr(self, table))
                setattr(self, table, pickle.dumps(getattr(self, table), protocol=pickle.HIGHEST_PROTOCOL))
        return self

    def count(self, table: str) -> int:
        """How many rows of ``table`` these are."""
        rows = getattr(self, table)
        return self.counts[table] if isinstance(rows, bytes) else len(rows)


def _unpacked(parts: list[list[tuple] | bytes]) -> list[tuple]:
    """The rows of ``FileRows`` parts of one table, in order."""
    if len(parts) == 1 and not isinstance(parts[0], bytes):
        return parts[0]
    return [row for part in parts for row in (pickle.loads(part) if isinstance(part, bytes) else part)]


STREAMED_TABLES = ("targets", "numbers", "documents", "flags")  # written as the files' rows come


def _load_spill(spill: Path | bytes) -> tuple:
    if isinstance(spill, bytes):
        return pickle.loads(spill)
    with spill.open("rb") as handle:
        spilled = pickle.load(handle)
    spill.unlink()
    return spilled


def _tables_of_file(task: FileTask, codebook: IndicatorCodebook,
                    cities: dict) -> tuple[list[Document], list[StatedValue], list[Flag], list[tuple], dict]:
    """One file's spilled documents and number rows with the merge decisions applied, its checked values and
    its flags."""
    documents, flags, numbers = _load_spill(task.spill)
    merges = task.merges
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
    places = {doc.doc_id: city_names(doc.city_zh, cities, task.source.manifest) for doc in documents}
    return documents, values, flags, merged_number_rows(numbers, merges.kept_elsewhere), places


def prepared_batch(table: str, parts: list[list[tuple] | bytes]) -> tuple:
    """A batch of rows of a streamed table (``FileRows`` parts) made ready for a clean folder, in this process or
    a worker: typed, validated, as the Parquet file takes them, and counted for the build summary (a
    ``BuildStats``)."""
    frame = typed_frame(_unpacked(parts), table)
    counts = BuildStats()
    counts.add(table, frame)
    return validated_parquet_rows(table, frame), counts


def _as_tuples(rows: list[dict], table: str) -> list[tuple]:
    cells = operator.itemgetter(*TABLE_SCHEMAS[table].columns)  # (a table has more than one column)
    return [cells(row) for row in rows]


def file_rows(task: FileTask) -> FileRows:
    """Pass 2 for one file, in this process or a worker: its rows of the targets, numbers, documents and flags
    tables, with the capture merges applied. Everything here depends on this file and its merges only; what
    spans files (the capture index, ordering, writing) stays in the building process."""
    with _one_collection():
        return _file_rows(task)


def _file_rows(task: FileTask) -> FileRows:
    if task.spill is None:  # not parsed: only its flags
        return FileRows(task.name, [], [], [], flag_rows(task.flags)).finish(task)
    if isinstance(task.merges, str):
        task.merges = merges_in_file(task.merges, task.name)
    codebook = task.codebook or load_codebook()
    documents, values, file_flags, numbers, places = _tables_of_file(task, codebook, load_cities())
    targets = target_rows(values, codebook, places)
    counts = Counter(row["doc_id"] for row in targets)
    documents = document_rows(documents, task.merges.duplicate_of, counts, places, task.sha256)
    indicator_cities = [(row["indicator_id"], row["city"]) for row in targets if row["indicator_id"] is not None]
    return FileRows(task.name, _as_tuples(targets, "targets"), numbers, _as_tuples(documents, "documents"),
                    flag_rows(task.flags + file_flags), indicator_cities).finish(task)


class _FileExecutor:
    """Runs the per-file work of both passes (``parse_file``, then ``file_rows``) and yields the results in
    the order given, with at most ``window`` files in work ahead of the one the caller holds (memory stays flat
    however large the corpus). This one runs them in the building process."""

    window = 1
    pack = False  # whether pass 2's rows should come back pickled (see FileTask)
    local = False  # whether the workers see this process's work folder (the spills, the capture index)
    # whether pass 1 runs in this process (_parse_all then pauses the collector over each file's parse and
    # spill; a pool's workers pause their own, and must not be forked while this process's collector is off:
    # they would inherit it off, and never collect)
    parses_here = True

    def parse(self, sources: list[SourceFile], spills: list[Path]):
        return (_parse_file(source, None) for source in sources)  # the collector is paused by _parse_all

    def rows(self, tasks):
        return (file_rows(task) for task in tasks)

    def submit(self, function, *arguments) -> "_Done":
        """``function(*arguments)`` as a task whose ``result()`` the caller takes later (here: run now)."""
        return _Done(function(*arguments))

    def close(self) -> None:
        """Stop the workers."""


class _Done:
    """The result of work already done, read as a pool's task is."""

    def __init__(self, value) -> None:
        self.value = value

    def done(self) -> bool:
        return True

    def result(self):
        return self.value


class _ProcessExecutor(_FileExecutor):
    """``jobs`` worker processes on this machine; they read and write the spills themselves (the work folder
    is local), so only paragraphs and rows travel back, the rows pickled once for the worker that prepares
    their batch (``pack``)."""

    parses_here = False

    def __init__(self, jobs: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        # a window of 8 files per worker: with 2 per worker, a long file at the head left the other workers idle
        self.pool, self.window, self.pack, self.local = ProcessPoolExecutor(max_workers=jobs), 8 * jobs, True, True

    def parse(self, sources, spills):
        return self._in_order(parse_file, ((source.name, (source, spill)) for source, spill in zip(sources, spills)))

    def submit(self, function, *arguments) -> "_PoolTask":
        return _PoolTask(self.pool.submit(function, *arguments))

    def rows(self, tasks):
        return self._in_order(file_rows, ((task.name, (task,)) for task in tasks))

    def _in_order(self, function, work):
        """``function(*arguments)`` for each (file name, arguments) of ``work`` on the pool, results in order."""
        from concurrent.futures.process import BrokenProcessPool

        pending = deque()
        work = iter(work)
        try:
            for name, arguments in itertools.islice(work, self.window):
                pending.append((name, self.pool.submit(function, *arguments)))
            while pending:
                name, future = pending[0]
                try:
                    result = future.result()
                except BrokenProcessPool:
                    raise
                except Exception as error:  # noqa: BLE001 - the functions raise nothing: the pool failed
                    raise ParallelBuildError(f"the worker pool failed on {name}: {type(error).__name__}: "
                                             f"{error}") from error
                pending.popleft()
                for next_name, next_arguments in itertools.islice(work, 1):
                    pending.append((next_name, self.pool.submit(function, *next_arguments)))
                yield result
        except BrokenProcessPool:  # a worker died (killed, out of memory), whichever future noticed it first
            in_flight = [name for name, _ in pending]
            raise ParallelBuildError(
                f"a build worker process died (killed, or out of memory) while working on one of "
                f"{', '.join(in_flight[:MAX_NAMED])}{' ...' if len(in_flight) > MAX_NAMED else ''}; "
                "build with --jobs 1 to find which file it was") from None

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _PoolTask:
    """A task of the pool whose ``result()`` says a worker died as the rest of the build does."""

    def __init__(self, future) -> None:
        self.future = future

    def done(self) -> bool:
        return self.future.done()

    def result(self):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.future.result()
        except BrokenProcessPool:
            raise ParallelBuildError("a build worker process died (killed, or out of memory) while preparing a "
                                     "batch of rows; build with --jobs 1 to see why") from None


class _DaskExecutor(_FileExecutor):
    """A Dask distributed cluster: one task per file and pass; the results come back to this process, which
    writes the spills and sends each back with its file's pass-2 task (the workers need the raw folder at the
    same path, not the work folder)."""

    parses_here = False

    def __init__(self, address: str) -> None:
        self.client = connect_scheduler(address, ParallelBuildError, "building")
        self.window = 2 * max(1, sum(self.client.nthreads().values()))
        self.token = uuid.uuid4().hex[:8]

    def parse(self, sources, spills):
        # an absolute path: a worker's working folder is not this process's
        return self._in_order(parse_file, "parse", (
            (source.name, (replace(source, path=source.path.resolve()), None)) for source in sources))

    def rows(self, tasks):
        def shipped(task: FileTask) -> FileTask:  # the spill's bytes travel with the task
            return replace(task, spill=_read_and_remove(task.spill)) if isinstance(task.spill, Path) else task

        return self._in_order(file_rows, "rows", ((task.name, (shipped(task),)) for task in tasks))

    def _in_order(self, function, stage: str, work):
        pending = deque()
        work = iter(enumerate(work))
        for number, (name, arguments) in itertools.islice(work, self.window):
            pending.append((name, self._submit(function, stage, number, arguments)))
        while pending:
            name, future = pending.popleft()
            try:
                result = future.result()
            except Exception as error:  # noqa: BLE001 - the functions raise nothing: the cluster failed
                if type(error).__name__ == "KilledWorker":  # the worker running it died (allowed-failures times)
                    raise ParallelBuildError(f"the Dask worker working on {name} died: {error}") from None
                raise ParallelBuildError(f"the Dask cluster failed on {name}: {type(error).__name__}: "
                                         f"{error}") from error
            future.release()
            for number, (next_name, next_arguments) in itertools.islice(work, 1):
                pending.append((next_name, self._submit(function, stage, number, next_arguments)))
            yield result

    def _submit(self, function, stage: str, number: int, arguments: tuple):
        return self.client.submit(function, *arguments, key=f"plantargets-build-{self.token}-{stage}-{number}")

    def close(self) -> None:
        self.client.close()


def _read_and_remove(path: Path) -> bytes:
    data = path.read_bytes()
    path.unlink()
    return data


MAX_NAMED = 10  # files named in a ParallelBuildError


def _file_executor(jobs: int = 1, scheduler: str | None = None) -> _FileExecutor:
    if scheduler:
        return _DaskExecutor(scheduler)
    if int(jobs) < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs!r}")
    return _ProcessExecutor(int(jobs)) if int(jobs) > 1 else _FileExecutor()


def _file_tasks(names, parsed: dict, other_flags: dict, captures: CaptureIndex | str, codebook, csv: bool,
                pack: bool, spill_file: _SpillFile):
    """Pass 2's task for each file, made as the executor asks for the next one: with its merges, read then, or
    the shared capture index's file (a str) for the worker to read them from."""
    for name in names:
        flags = other_flags.get(name, [])
        if name not in parsed:
            yield FileTask(name, flags=flags, csv=csv, pack=pack)
            continue
        source, spill, sha = parsed.pop(name)
        if isinstance(spill, tuple):  # in the spill file of this process
            spill = spill_file.read(*spill)
        merges = captures if isinstance(captures, str) else captures.merges_for(name)
        yield FileTask(name, source, spill, sha, merges, flags, codebook, csv, pack)


def write_tables(raw_dir: str | Path, sink, codebook: IndicatorCodebook | None = None,
                 progress: bool = False, *, jobs: int = 1, scheduler: str | None = None) -> BuildStats:
    """Build the tidy tables from ``raw_dir`` and hand them to ``sink.write(table, frame)`` chunk by chunk.

    Pass 1 parses one file at a time, keeping only the duplicate-capture index (on disk) and spilling each
    file's documents, values, flags and number-ledger rows to a work folder. After the captures are reconciled,
    pass 2 makes each file's rows of targets, numbers, flags and documents from its spill and its merges, and
    they are written in source-file order; indicators and national follow. So memory does not grow with the
    corpus.

    With ``jobs`` > 1, the per-file work of both passes runs in that many worker processes; with
    ``scheduler`` (a Dask scheduler address such as ``tcp://127.0.0.1:8786``, whose workers see ``raw_dir``
    at the same path) on that cluster. The tables are the same byte for byte: the capture index takes the
    files, and the tables their rows, in source-file order.
    Raises ``ParallelBuildError`` when a worker process dies or the scheduler cannot be reached.
    """
    custom_codebook, codebook = codebook, codebook or load_codebook()
    sources, source_flags = list_sources(raw_dir)
    stats = BuildStats()
    executor = _file_executor(jobs, scheduler)

    def emit(table: str, frame: pd.DataFrame) -> None:
        sink.write(table, frame)
        stats.add(table, frame)

    # A clean folder takes the CSV lines of each file's rows as they come, made where the rows are, and each
    # batch of rows typed, validated and counted by the executor (in the workers of a parallel build), so
    # this process only writes them in order.
    csv_apart = hasattr(sink, "append_csv_lines") and hasattr(sink, "write_validated")
    prepared: deque = deque()  # (table, task of prepared_batch), in the order the batches were made

    def write_prepared(wait: bool) -> None:
        while prepared and (wait or prepared[0][1].done() or len(prepared) > MAX_PREPARED):
            table, task = prepared.popleft()
            parquet_rows, counts = task.result()
            sink.write_validated(table, parquet_rows)
            stats.merge(counts)

    def emit_rows(table: str, parts: list) -> None:
        if csv_apart:
            prepared.append((table, executor.submit(prepared_batch, table, parts)))
            write_prepared(wait=False)
        else:
            emit(table, typed_frame(_unpacked(parts), table))

    batches = _RowBatches(emit_rows)
    indicator_counts, indicator_cities = Counter(), defaultdict(set)
    with _work_folder() as work, _older_objects_frozen():
        captures, spill_file = CaptureIndex(Path(work) / "captures.sqlite"), _SpillFile(Path(work) / "spill.pickles")
        try:
            parsed, failed = _parse_all(sources, captures, Path(work), progress, executor, spill_file)
            merge_duplicate_captures(captures)
            national_rows, reference_flags = read_national_reference(raw_dir, codebook)
            other_flags: dict[str, list[Flag]] = defaultdict(list)
            for flag in source_flags + failed + reference_flags:
                other_flags[flag.source_file].append(flag)
            names = sorted(set(parsed) | set(other_flags))
            # rows pickled in a worker go on to the worker that prepares their batch without being read here
            tasks = _file_tasks(names, parsed, other_flags, captures.share() if executor.local else captures,
                                custom_codebook, csv_apart, csv_apart and executor.pack, spill_file)
            for table in STREAMED_TABLES if csv_apart else ():
                sink.append_csv_lines(table, b"")  # the header, also of a table left without rows
            for rows in _progress(executor.rows(tasks), progress, total=len(names), desc="writing", unit="file"):
                for table in STREAMED_TABLES:
                    if csv_apart:
                        sink.append_csv_lines(table, rows.csv[table])
                    batches.add(table, getattr(rows, table), rows.count(table))
                for indicator, city in rows.indicator_cities:
                    indicator_counts[indicator] += 1
                    indicator_cities[indicator].add(city)
            batches.flush_all()
            # the small tables are written while the workers prepare the last batches
            emit("indicators", build_indicators(codebook, indicator_counts, indicator_cities))
            emit("national", build_national(national_rows))
            write_prepared(wait=True)
        finally:
            executor.close()
            captures.close()
            spill_file.close()
    return stats


WORK_PREFIX = "plantargets-build-"
BATCH_ROWS = 20_000  # rows typed, validated and written at once: bounds memory, and is one Parquet row group
MAX_PREPARED = 4  # batches in work or waiting to be written (memory)


def _work_folder() -> tempfile.TemporaryDirectory:
    """A temporary folder for the spill and the capture index, named with this process id; folders that
    killed builds left behind (their process is gone) are removed first, since a large corpus fills them."""
    remove_orphaned_folders(Path(tempfile.gettempdir()), WORK_PREFIX)
    return tempfile.TemporaryDirectory(prefix=f"{WORK_PREFIX}{os.getpid()}-")


class _RowBatches:
    """Rows of the streamed tables (targets, numbers, flags, documents), handed on in batches of about
    BATCH_ROWS rows, so pandas works on large batches rather than one small frame per file."""

    TABLES = ("targets", "numbers", "flags", "documents")

    def __init__(self, emit) -> None:
        self.emit, self.emitted = emit, set()
        self.parts, self.counts = {t: [] for t in self.TABLES}, dict.fromkeys(self.TABLES, 0)

    def add(self, table: str, rows: list[tuple] | bytes, count: int) -> None:
        """Add ``count`` rows of ``table`` (a list, or pickled), and hand on a batch when it is full."""
        if count:
            self.parts[table].append(rows)
            self.counts[table] += count
        if self.counts[table] >= BATCH_ROWS:
            self.flush(table)

    def flush(self, table: str) -> None:
        if self.counts[table] or table not in self.emitted:  # a corpus without values still gets an empty table
            self.emit(table, self.parts[table] or [[]])
            self.parts[table], self.counts[table], self.emitted = [], 0, self.emitted | {table}

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
