"""The parallel build (``build(jobs=N)``, ``build(scheduler=ADDRESS)``, ``plantargets build --jobs/--scheduler``).

Pass 1 (read, normalize, segment, extract) runs in worker processes or on a Dask cluster; the capture index
takes the files back in source-file order, so every file the build writes must equal the serial build's byte
for byte. A file that raises gives its flag as in a serial build; a worker process that dies stops the build
with an error naming the files it may have been parsing, rather than hanging.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import shutil
from pathlib import Path

import dask
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from distributed import LocalCluster

import plantargets.pipeline as pipeline
from plantargets.cli import main
from plantargets.data import load

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "build_throughput.py"
fork_only = pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                               reason="the workers see the test's patched reader only when forked")


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _assert_same_folder(folder: Path, reference: Path) -> None:
    found, expected = _folder_bytes(folder), _folder_bytes(reference)
    assert sorted(found) == sorted(expected)
    assert [name for name in expected if found[name] != expected[name]] == []


@pytest.fixture(scope="module")
def synthetic_raw(tmp_path_factory, raw_dir):
    """Twelve synthetic captures of the seed documents (the benchmark's generator: near-copies across files,
    GB18030, CRLF, spam), the seed files themselves, an unreadable file and an empty one."""
    spec = importlib.util.spec_from_file_location("build_throughput", BENCHMARK)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    folder = tmp_path_factory.mktemp("synthetic") / "raw"
    generator.generate_corpus(folder, 12, seed=3)
    for path in raw_dir.glob("*.txt"):
        shutil.copy(path, folder / f"seed_{path.name}")
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def serial_synthetic(tmp_path_factory, synthetic_raw):
    out = tmp_path_factory.mktemp("serial") / "clean"
    pipeline.build(synthetic_raw, out)
    return out


def test_two_jobs_build_the_seed_corpus_byte_for_byte_like_one(tmp_path, raw_dir, clean_dir):
    result = pipeline.build(raw_dir, tmp_path / "clean", jobs=2)
    _assert_same_folder(tmp_path / "clean", clean_dir)  # data/clean is the serial build (test_data.py)
    assert result.stats.n_values == len(load("targets", clean_dir))


def test_two_jobs_build_a_synthetic_corpus_byte_for_byte_like_one(tmp_path, synthetic_raw, serial_synthetic):
    pipeline.build(synthetic_raw, tmp_path / "clean", jobs=2)
    _assert_same_folder(tmp_path / "clean", serial_synthetic)
    flags = load("flags", tmp_path / "clean")
    assert set(flags.loc[flags.source_file == "scan.txt", "flag_type"]) == {"unreadable_file"}
    assert set(flags.loc[flags.source_file == "empty.txt", "flag_type"]) == {"empty_document"}
    assert (flags.flag_type == "duplicate_capture").sum() > 0  # captures were aligned across files


def test_two_jobs_in_small_batches_write_the_serial_csv_files(tmp_path, raw_dir, clean_dir, monkeypatch):
    """Many batches: the workers make each batch's CSV lines, and the writing process appends them in order."""
    monkeypatch.setattr(pipeline, "BATCH_ROWS", 7)
    pipeline.build(raw_dir, tmp_path / "clean", jobs=2)
    for csv_file in sorted(clean_dir.glob("*.csv")):
        assert (tmp_path / "clean" / csv_file.name).read_bytes() == csv_file.read_bytes(), csv_file.name
    assert pq.ParquetFile(tmp_path / "clean" / "numbers.parquet").metadata.num_row_groups >= 3


def test_three_jobs_in_memory_equal_the_serial_tables(synthetic_raw):
    serial = pipeline.extract_tables(synthetic_raw).tables
    parallel = pipeline.extract_tables(synthetic_raw, jobs=3).tables
    assert sorted(parallel) == sorted(serial)
    for name, frame in serial.items():
        pd.testing.assert_frame_equal(parallel[name], frame, check_exact=True)


@pytest.fixture(scope="module")
def threads_cluster():
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as cluster:
        yield cluster


def test_a_dask_build_equals_the_serial_build(tmp_path, synthetic_raw, serial_synthetic, threads_cluster):
    pipeline.build(synthetic_raw, tmp_path / "clean", scheduler=threads_cluster.scheduler_address)
    _assert_same_folder(tmp_path / "clean", serial_synthetic)


def test_a_dask_build_on_two_worker_processes_equals_the_serial_build(tmp_path, raw_dir, clean_dir):
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      host="127.0.0.1") as cluster:
        pipeline.build(raw_dir, tmp_path / "clean", scheduler=cluster.scheduler_address)
    _assert_same_folder(tmp_path / "clean", clean_dir)


def _reader_failing_on(name: str, failure):
    real = pipeline.read_raw_file

    def read(path):
        if Path(path).name == name:
            failure()
        return real(path)

    return read


def _raise():
    raise RuntimeError("parser bug")


@fork_only
def test_a_file_that_raises_in_a_worker_is_flagged_and_the_rest_is_built(tmp_path, monkeypatch, synthetic_raw):
    name = sorted(p.name for p in synthetic_raw.glob("doc_*.txt"))[4]
    monkeypatch.setattr(pipeline, "read_raw_file", _reader_failing_on(name, _raise))
    pipeline.build(synthetic_raw, tmp_path / "serial")
    result = pipeline.build(synthetic_raw, tmp_path / "parallel", jobs=2)
    _assert_same_folder(tmp_path / "parallel", tmp_path / "serial")
    flags = load("flags", tmp_path / "parallel")
    failed = flags[flags.source_file == name]
    assert list(failed.flag_type) == ["processing_error"]
    assert failed.message.iloc[0].startswith("RuntimeError: parser bug (at test_parallel_build.py:")
    assert result.stats.n_errors >= 1


def test_a_file_that_raises_on_dask_is_flagged_like_a_serial_build(tmp_path, monkeypatch, synthetic_raw,
                                                                  threads_cluster):
    name = sorted(p.name for p in synthetic_raw.glob("doc_*.txt"))[7]
    monkeypatch.setattr(pipeline, "read_raw_file", _reader_failing_on(name, _raise))
    pipeline.build(synthetic_raw, tmp_path / "serial")
    pipeline.build(synthetic_raw, tmp_path / "dask", scheduler=threads_cluster.scheduler_address)
    _assert_same_folder(tmp_path / "dask", tmp_path / "serial")
    flags = load("flags", tmp_path / "dask")
    assert list(flags.loc[flags.source_file == name, "flag_type"]) == ["processing_error"]


@fork_only
def test_a_worker_that_dies_stops_the_build_with_an_error_naming_the_file(tmp_path, monkeypatch, synthetic_raw):
    name = sorted(p.name for p in synthetic_raw.glob("doc_*.txt"))[2]
    monkeypatch.setattr(pipeline, "read_raw_file", _reader_failing_on(name, lambda: os._exit(9)))
    work = tmp_path / "tmp"
    work.mkdir()
    monkeypatch.setattr(pipeline.tempfile, "tempdir", str(work))
    with pytest.raises(pipeline.ParallelBuildError, match=f"worker process died.*{name}"):
        pipeline.build(synthetic_raw, tmp_path / "clean", jobs=2)
    assert not (tmp_path / "clean").exists()
    assert list(work.iterdir()) == []  # the work folder is gone too


def test_jobs_below_one_is_refused(tmp_path, raw_dir):
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        pipeline.build(raw_dir, tmp_path / "clean", jobs=0)


def test_build_command_with_two_jobs_writes_the_serial_tables(tmp_path, raw_dir, clean_dir):
    result = CliRunner().invoke(main, ["build", "--raw", str(raw_dir), "--out", str(tmp_path / "clean"),
                                       "--jobs", "2", "--no-progress"])
    assert result.exit_code == 0, result.output
    _assert_same_folder(tmp_path / "clean", clean_dir)


def test_build_command_with_an_unreachable_scheduler_is_a_clear_error(tmp_path, raw_dir):
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(main, ["build", "--raw", str(raw_dir), "--out", str(tmp_path / "clean"),
                                           "--scheduler", "tcp://127.0.0.1:9", "--no-progress"])
    assert result.exit_code == 2
    assert "cannot connect to the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert not (tmp_path / "clean").exists()


def test_a_pool_holds_at_most_its_window_of_files_at_once(tmp_path, raw_dir, monkeypatch):
    sources, _ = pipeline.list_sources(raw_dir)
    sources = sources * 4  # more files than the window
    executor = pipeline._ProcessExecutor(2)
    submitted, consumed, most_ahead = [], [], []
    real_submit = executor.pool.submit

    def submit(function, source, spill):
        submitted.append(source.name)
        most_ahead.append(len(submitted) - len(consumed))
        return real_submit(function, source, spill)

    monkeypatch.setattr(executor.pool, "submit", submit)
    try:
        spills = [tmp_path / f"{i}.pickle" for i in range(len(sources))]
        for source, result in zip(sources, executor.parse(sources, spills)):
            assert result.name == source.name  # in source order
            consumed.append(result)
    finally:
        executor.close()
    assert len(consumed) == len(sources) == len(submitted)
    assert max(most_ahead) == executor.window + 1 == 17  # the file being registered, and the window ahead of it
    assert all(spill.is_file() for spill in spills)  # each worker wrote its file's spill


def test_pass1_stages_benchmark_times_every_stage_and_digests_what_pass_1_gives(synthetic_raw, capsys):
    """benchmarks/pass1_stages.py: a line per stage, and the same digest for the same files (so two revisions
    can be compared); it leaves the pipeline as it found it."""
    spec = importlib.util.spec_from_file_location("pass1_stages", BENCHMARK.with_name("pass1_stages.py"))
    stages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stages)
    parse_before = pipeline.normalize_text
    digests = []
    for files in (6, 6, 5):
        assert stages.main([str(synthetic_raw), "--files", str(files)]) == 0
        out = capsys.readouterr().out
        assert all(f"  {stage} " in out for stage in stages.STAGES) and "  pass 1 " in out
        digests.append(out.rsplit("digest ", 1)[1].strip())
    assert digests[0] == digests[1] != digests[2]
    assert pipeline.normalize_text is parse_before


def test_a_pool_started_during_pass_1_has_workers_that_collect_garbage(tmp_path, raw_dir):
    """Pass 1 of a serial build pauses the collector over each file in this process; a pool's workers, forked
    when the first file is submitted, must not inherit it paused (they would never collect their cycles)."""
    import gc

    from plantargets.reconcile import CaptureIndex

    sources, _ = pipeline.list_sources(raw_dir)
    executor = pipeline._ProcessExecutor(2)
    captures, spill_file = CaptureIndex(), pipeline._SpillFile(tmp_path / "spill.pickles")
    try:
        pipeline._parse_all(sources, captures, tmp_path, False, executor, spill_file)
        assert executor.pool.submit(gc.isenabled).result() is True
    finally:
        executor.close()
        captures.close()
        spill_file.close()
    assert gc.isenabled()


def test_long_list_benchmark_reads_each_list_whole_and_prints_the_ratio_per_item(capsys):
    """benchmarks/long_list.py: each one-line document gives its targets item by item (else it stops), and a line
    per shape gives the CPU milliseconds per item of both lengths and their ratio against the goal."""
    spec = importlib.util.spec_from_file_location("long_list", BENCHMARK.with_name("long_list.py"))
    long_list = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(long_list)
    status = long_list.main(["--short", "20", "--long", "60", "--repeats", "1"])
    lines = capsys.readouterr().out.strip().splitlines()
    ratios = [float(line.split("ratio ")[1].split()[0]) for line in lines]
    assert [line.split()[:4] for line in lines] == [["list", "items", "20", "60"], ["row", "items", "20", "60"]]
    assert all(line.endswith("ok" if ratio <= long_list.GOAL_RATIO else "FAIL") for line, ratio in zip(lines, ratios))
    assert status == (0 if max(ratios) <= long_list.GOAL_RATIO else 1)
