"""The report runner on a Dask cluster (``run_report(scheduler=...)``, ``plantargets report --scheduler``).

A LocalCluster of two worker processes on the loopback interface runs a small grid of the fixture notebooks
of test_report_runner.py; the report must equal a local run of the same grid byte for byte (manifest, index,
tables, figures). A worker killed mid-run fails only its own run. Each notebook run takes a few seconds.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import dask
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from plantargets import paths
from plantargets.cli import main
from plantargets.report.runner import run_report
from test_report_runner import _make_repo, _snapshot, _without_stderr

GRID = """
- notebook: notebooks/figure_table.ipynb
  name: figure_table
  parameters: {label: 湛江, n: 3}
- notebook: notebooks/fails
  parameters: {n: 0}
- notebook: notebooks/missing.ipynb
"""
RUNS = {"figure_table": "completed", "fails__0": "failed", "missing": "failed"}
# Waits for a notebook to start, a worker to come back or a report to end: guards against a hang, generous because
# these tests are about isolation, not speed (a kernel start takes 1 s on 2 idle cores, several at load 6).
WAIT_GUARD_SECONDS = 300


@pytest.fixture(scope="module")
def cluster():
    # A run whose worker dies fails at once (Dask's default re-runs it on another worker up to 3 times).
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          host="127.0.0.1") as local_cluster:
            yield local_cluster


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    repo = _make_repo(tmp_path_factory.mktemp("dask") / "repo")
    (repo / "grid.yaml").write_text(GRID, encoding="utf-8")
    return repo


@pytest.fixture(scope="module")
def local(repo):
    """The grid run on this machine (two threads): the reference. Every run here writes the same folder."""
    run_report(repo / "grid.yaml", repo / "reports" / "latest", jobs=2, timeout=120, progress=False, repo_root=repo)
    return _snapshot(repo / "reports" / "latest")


@pytest.fixture(scope="module")
def on_dask(repo, cluster, local):
    result = run_report(repo / "grid.yaml", repo / "reports" / "latest", timeout=120, progress=False,
                        repo_root=repo, scheduler=cluster.scheduler_address)
    return result, _snapshot(repo / "reports" / "latest")


def _assert_same_report(snapshot: dict[str, bytes], reference: dict[str, bytes]) -> None:
    assert set(snapshot) == set(reference)
    assert snapshot["manifest.json"] == reference["manifest.json"]
    assert snapshot["index.html"] == reference["index.html"]
    for name in reference:
        if name.endswith(".ipynb"):  # kernel warnings on stderr may differ, as between two local runs
            assert _without_stderr(snapshot[name]) == _without_stderr(reference[name]), name
        elif name != "timings.json":
            assert snapshot[name] == reference[name], name


def test_every_run_is_recorded_and_the_failing_one_marked_failed(on_dask, repo):
    result, snapshot = on_dask
    assert {run.name: run.status for run in result.runs} == RUNS
    assert result.exit_code == 1
    manifest = json.loads(snapshot["manifest.json"])
    assert [run["name"] for run in manifest["runs"]] == list(RUNS)
    fails = next(run for run in manifest["runs"] if run["name"] == "fails__0")
    assert fails["error"] == "EmptyResultError: no rows for n=0: n must be at least 1"
    for name in ("figure_table.ipynb", "figure_table.html", "demo_figure.png", "demo_table.csv", "demo_table.tex"):
        assert (repo / "reports" / "latest" / "figure_table" / name).is_file(), name
    timings = json.loads(snapshot["timings.json"])
    assert timings["scheduler"].startswith("tcp://127.0.0.1:") and timings["jobs"] is None


def test_the_report_is_the_same_as_a_local_run(on_dask, local):
    _assert_same_report(on_dask[1], local)


def test_the_command_line_runs_on_the_scheduler(repo, cluster, local, on_dask):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "REPO_ROOT", repo)
        result = CliRunner().invoke(main, ["report", "--config", str(repo / "grid.yaml"),
                                           "--out", str(repo / "reports" / "latest"),
                                           "--scheduler", cluster.scheduler_address, "--no-progress"])
    assert result.exit_code == 1, result.output
    assert "3 runs: 1 completed, 2 failed" in result.output
    _assert_same_report(_snapshot(repo / "reports" / "latest"), local)
    assert sorted(p.name for p in (repo / "reports").iterdir()) == ["latest"]   # no staging or backup left


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path):
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(main, ["report", "--config", str(_make_repo(tmp_path / "repo") / "grid.yaml"),
                                           "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9",
                                           "--no-progress"])
    assert result.exit_code == 2 and "cannot connect to the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert not (tmp_path / "out").exists() and [p.name for p in tmp_path.iterdir()] == ["repo"]


def test_a_lost_worker_fails_its_run_and_the_others_complete(tmp_path, cluster):
    repo = _make_repo(tmp_path / "repo")
    (repo / "lost.yaml").write_text("- notebook: notebooks/fails\n  name: slow\n  parameters: {pause: 60}\n"
                                    "- notebook: notebooks/figure_table\n  name: quick\n", encoding="utf-8")
    results = []
    thread = threading.Thread(target=lambda: results.append(run_report(
        repo / "lost.yaml", repo / "out", timeout=120, progress=False, repo_root=repo,
        scheduler=cluster.scheduler_address)))
    thread.start()
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        deadline = time.monotonic() + WAIT_GUARD_SECONDS
        while time.monotonic() < deadline:   # the worker that took the slow run, once its notebook has started
            worker = next((w for w, keys in client.processing().items() if any("-slow" in str(k) for k in keys)), None)
            if worker and any(repo.glob(".out-staging-*/slow/fails.ipynb")):
                break
            time.sleep(0.2)
        assert worker, "the slow run never started"
        time.sleep(1)
        pid = client.run(os.getpid, workers=[worker])[worker]
        os.kill(pid, signal.SIGKILL)
        thread.join(timeout=WAIT_GUARD_SECONDS)
    assert not thread.is_alive()
    (result,) = results
    runs = {run.name: run for run in result.runs}
    assert runs["quick"].status == "completed"
    assert runs["slow"].status == "failed" and runs["slow"].error.startswith("Dask worker lost:")
    assert runs["slow"].outputs == [] and not (repo / "out" / "slow").exists()
    assert json.loads((repo / "out" / "manifest.json").read_text(encoding="utf-8"))["summary"] == {
        "runs": 2, "completed": 1, "failed": 1}
    cluster.wait_for_workers(2, timeout=WAIT_GUARD_SECONDS)   # the nanny restarts the worker for the next tests
