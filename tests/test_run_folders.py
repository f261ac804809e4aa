"""Report run folders (``plantargets-run-*`` in TMPDIR) and kernel connection files never outlive a report: removed
on any exit, and after a SIGKILL by the next run, while a live run's folder (its lock held) is kept.

Real reports in a throwaway checkout (the ``hangs`` fixture notebook, about 5 s each): one SIGKILLed while its
notebook sleeps, one stopped with SIGTERM; then a third, in this process, that must clean up after the first.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from helpers import make_fixture_checkout
from hostile_inputs import start_holder

import plantargets
from plantargets.report.run_folders import LOCK_NAME, RUN_PREFIX
from plantargets.report.runner import run_report

LIB = str(Path(plantargets.__file__).resolve().parents[1])
SLEEPING_GRID = "- notebook: notebooks/hangs\n  name: sleeper\n  parameters: {seconds: 120}\n"
QUICK_GRID = "- notebook: notebooks/hangs\n  name: quick\n  parameters: {seconds: 0}\n"


@pytest.fixture()
def repo(tmp_path) -> Path:
    root = make_fixture_checkout(tmp_path / "repo")
    (root / "sleeping.yaml").write_text(SLEEPING_GRID, encoding="utf-8")
    (root / "quick.yaml").write_text(QUICK_GRID, encoding="utf-8")
    for name in ("tmp", "user-jupyter-runtime"):
        (root / name).mkdir()
    return root


def _run_folders(tmp: Path) -> list[Path]:
    return sorted(p for p in tmp.iterdir() if p.name.startswith(RUN_PREFIX))


def _kernel_files(folder: Path) -> list[Path]:
    """Kernel connection files under ``folder`` (JSON holding a ``shell_port``), whatever their name."""
    found = []
    for path in folder.rglob("*.json"):
        try:
            if '"shell_port"' in path.read_text(encoding="utf-8"):
                found.append(path)
        except (OSError, UnicodeDecodeError):
            continue
    return sorted(found)


def _start_sleeping_report(repo: Path) -> tuple[subprocess.Popen, Path]:
    """``plantargets report`` on the sleeping grid, returned once its kernel is up (its connection file exists)."""
    env = dict(os.environ, PLANTARGETS_ROOT=str(repo), TMPDIR=str(repo / "tmp"),
               JUPYTER_RUNTIME_DIR=str(repo / "user-jupyter-runtime"),  # where kernel files would go by default
               PYTHONPATH=os.pathsep.join(filter(None, [LIB, os.environ.get("PYTHONPATH")])))
    proc = subprocess.Popen([sys.executable, "-m", "plantargets", "report", "--config", str(repo / "sleeping.yaml"),
                             "--out", str(repo / "reports" / "latest"), "--timeout", "300", "--no-progress"],
                            cwd=repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        folders = _run_folders(repo / "tmp")
        if folders and _kernel_files(folders[0]):
            time.sleep(1.0)  # the kernel is answering and the notebook sleeping
            return proc, folders[0]
        time.sleep(0.2)
    proc.kill()
    raise AssertionError(f"no kernel started: {proc.communicate()[1][-2000:]}")


def _wait_for_lock_free(folder: Path, seconds: float = 30) -> None:
    import fcntl

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        fd = os.open(folder / LOCK_NAME, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
            return
        except BlockingIOError:
            time.sleep(0.2)
        finally:
            os.close(fd)
    raise AssertionError(f"{folder} is still locked")


def test_a_killed_report_leaves_its_folder_and_the_next_run_removes_it_but_not_a_live_one(repo, monkeypatch):
    proc, folder = _start_sleeping_report(repo)
    kernel_file = _kernel_files(folder)[0]
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    _wait_for_lock_free(folder)
    assert folder.is_dir() and kernel_file.is_file(), "a SIGKILLed run leaves its folder (this test needs one)"
    assert list((repo / "user-jupyter-runtime").iterdir()) == [], "a kernel file went to the user's Jupyter folder"

    holder, live = start_holder(repo / "tmp")  # another report's run, alive: its lock is held
    try:
        monkeypatch.setattr(tempfile, "tempdir", str(repo / "tmp"))
        result = run_report(repo / "quick.yaml", repo / "reports" / "latest", timeout=120, progress=False,
                            repo_root=repo)
        assert result.ok, result.table()
        assert not folder.exists(), "the killed run's folder was not removed by the next run"
        assert _run_folders(repo / "tmp") == [live], "the live run's folder must be kept, the next run's removed"
        assert _kernel_files(repo / "tmp") == [], "a kernel connection file outlived its run"
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert _run_folders(repo / "tmp") == [], "a run folder outlived its process's normal exit"


def test_a_report_stopped_with_sigterm_leaves_no_run_folder_or_kernel_file(repo):
    proc, folder = _start_sleeping_report(repo)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert not folder.exists() and _run_folders(repo / "tmp") == []
    assert _kernel_files(repo / "tmp") == [] and list((repo / "user-jupyter-runtime").iterdir()) == []


def test_a_run_folder_a_late_kernel_makes_anew_is_removed_when_the_report_ends(repo, monkeypatch):
    """A kernel forked just as its worker was stopped can write its connection file after the run folder was
    removed, making the folder anew; the report removes it again once its servers (and their forks) are gone."""
    from contextlib import contextmanager

    import plantargets.report.one_run as one_run

    real_run_folder = one_run.run_folder

    @contextmanager
    def run_folder_written_again_after_removal():
        with real_run_folder() as work:
            yield work
        (work / "jupyter-runtime").mkdir(parents=True)  # what a late kernel does: ensure_dir_exists, then write
        (work / "tmpkernel.json").write_text('{"shell_port": 1}', encoding="utf-8")

    monkeypatch.setattr(one_run, "run_folder", run_folder_written_again_after_removal)
    monkeypatch.setattr(tempfile, "tempdir", str(repo / "tmp"))
    result = run_report(repo / "quick.yaml", repo / "reports" / "latest", timeout=120, progress=False, repo_root=repo)
    assert result.ok, result.table()
    assert _run_folders(repo / "tmp") == [] and _kernel_files(repo / "tmp") == []
