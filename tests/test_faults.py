"""Faults: builds and reports killed part-way, and notebooks that raise, hang or kill their own kernel.

Everything runs the real command line in subprocesses (``python -m plantargets ...``) and kills it with
SIGKILL, which no handler can catch, so only the atomic swap (``plantargets.atomic``) protects the output
folders. Linux only (processes are followed through /proc). About 60 s on 2 idle cores: the hanging notebook
runs until the time limit, derived from a kernel start-up measured in the session (tests/helpers.py).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import make_fixture_checkout, notebook_time_limit

from plantargets import paths

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="needs Linux /proc to follow processes")

FIXTURES = Path(__file__).parent / "notebooks"
PYTHON = sys.executable
# The fault grid's --timeout is helpers.notebook_time_limit(): derived from a kernel start-up measured in this
# session, so the run that must complete has room at any load; the hanging run is stopped at it.
FAULT_JOBS = 2             # sized for 2 cores: the hanging run holds one slot, the other three share the second
PROCESS_EXIT_SECONDS = 30  # workers and kernels poll for their parent each second; generous: this is about isolation
# Guards against a hung subprocess, not speed limits: a build of data/raw takes ~5 s on 2 idle cores, ~15 s at load 6.
SUBPROCESS_GUARD_SECONDS = 600
KILL_POINTS = 6            # SIGKILLs spread over one build's duration (plus one in its write phase, one in its swap)


# ------------------------------------------------------------------------------------------ helpers

def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too), by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _diff(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(name for name in set(expected) & set(actual) if expected[name] != actual[name])
    return f"missing {missing}, extra {extra}, changed {changed}"


def _leftovers(parent: Path, name: str) -> list[str]:
    """Staging and backup folders of ``parent/name`` (``.<name>-staging-*``, ``.<name>-previous-*``)."""
    return sorted(p.name for p in parent.glob(f".{name}-*"))


def _ppid_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (workers and their kernels: kernels run in a session of their own)."""
    children, found, todo = _ppid_map(), set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def _running(pid: int, cmdline: str) -> bool:
    """``pid`` still runs the same command (a zombie or a reused pid does not count)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X") and _cmdline(pid) == cmdline


def _wait_gone(processes: dict[int, str], seconds: float) -> dict[int, str]:
    """The processes of ``processes`` ({pid: cmdline}) still running after up to ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        alive = {pid: cmd for pid, cmd in processes.items() if _running(pid, cmd)}
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.2)


def _stop_all(processes: dict[int, str]) -> None:
    """Clean up after a failed assertion: kill what this test started and still runs (by pid)."""
    for pid, cmd in processes.items():
        if _running(pid, cmd):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def _build_env(out_dir: Path) -> dict[str, str]:
    """The build's temporary work folders go beside the clean folder, where the tests can see them."""
    work = out_dir.parent / "tmp"
    work.mkdir(exist_ok=True)
    return {**os.environ, "TMPDIR": str(work)}


def _build_command(out_dir: Path) -> list[str]:
    return [PYTHON, "-m", "plantargets", "build", "--raw", str(paths.RAW_DIR), "--out", str(out_dir), "--no-progress"]


def _build(out_dir: Path) -> float:
    started = time.monotonic()
    done = subprocess.run(_build_command(out_dir), cwd=paths.REPO_ROOT, capture_output=True, text=True,
                          timeout=SUBPROCESS_GUARD_SECONDS, env=_build_env(out_dir))
    assert done.returncode == 0, done.stdout + done.stderr
    return time.monotonic() - started


# ------------------------------------------------------------------------------ a build killed anywhere

BETWEEN_RENAMES = """
import os, signal, sys
from pathlib import Path

import plantargets.atomic as atomic

target = str(Path(sys.argv[2]).resolve())
mode = sys.argv[3]
real_replace, real_exchange = os.replace, atomic._exchange

def replace(src, dst, *args, **kwargs):
    real_replace(src, dst, *args, **kwargs)
    if str(src) == target:                   # the old folder was just renamed aside; the new one is not in yet
        os.kill(os.getpid(), signal.SIGKILL)

def exchange(a, b):
    if mode == "fallback":                   # as on a system without renameat2: two renames
        return False
    swapped = real_exchange(a, b)
    os.kill(os.getpid(), signal.SIGKILL)     # right after the one-call swap, before the old folder is removed
    return swapped

os.replace = replace
atomic._exchange = exchange
from plantargets.cli import main
sys.argv = ["plantargets", "build", "--raw", sys.argv[1], "--out", sys.argv[2], "--no-progress"]
main()
"""


@pytest.fixture(scope="module")
def killed_builds(tmp_path_factory):
    """One clean build, then builds into the same folder SIGKILLed at many points, then one more build.

    Returns what was seen after each kill and after the final build.
    """
    root = tmp_path_factory.mktemp("killed-builds")
    clean = root / "clean"
    duration = _build(clean)
    first = _snapshot(clean)
    assert "targets.csv" in first and "datapackage.json" in first

    step = (0.95 * duration - 0.05) / (KILL_POINTS - 1)
    plan: list[tuple[str, float | None]] = [(f"{0.05 + i * step:.2f} s", 0.05 + i * step) for i in range(KILL_POINTS)]
    plan += [("staging appeared", None)]
    kills = []
    for label, delay in plan:
        proc = subprocess.Popen(_build_command(clean), cwd=paths.REPO_ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=_build_env(clean))
        try:
            if label.startswith("staging"):   # aim at the write phase (~50 ms): wait for the staging folder
                deadline = time.monotonic() + SUBPROCESS_GUARD_SECONDS
                while proc.poll() is None and not any(p.name.startswith(".clean-staging-") for p in root.iterdir()):
                    if time.monotonic() > deadline:
                        break
                    time.sleep(0.0005)
                time.sleep(delay or 0)
            else:
                time.sleep(delay)
        finally:
            proc.send_signal(signal.SIGKILL)
            returncode = proc.wait(timeout=30)
        kills.append({"when": label, "returncode": returncode, "present": clean.is_dir(),
                      "snapshot": _snapshot(clean) if clean.is_dir() else None,
                      "leftovers": _leftovers(root, "clean")})

    # killed during the swap: right after the one-call exchange (Linux), and between the two renames of the
    # fallback (old folder moved aside, new one not yet in place)
    windows = {}
    for mode in ("exchange", "fallback"):
        between = subprocess.run([PYTHON, "-c", BETWEEN_RENAMES, str(paths.RAW_DIR), str(clean), mode],
                                 cwd=paths.REPO_ROOT, capture_output=True, text=True, timeout=SUBPROCESS_GUARD_SECONDS)
        windows[mode] = {"returncode": between.returncode, "present": clean.is_dir(),
                         "snapshot": _snapshot(clean) if clean.is_dir() else None,
                         "leftovers": _leftovers(root, "clean")}
        if mode == "exchange":  # the next build tidies up before the fallback case runs
            subprocess.run(_build_command(clean), cwd=paths.REPO_ROOT, capture_output=True, text=True,
                           timeout=SUBPROCESS_GUARD_SECONDS, env=_build_env(clean))

    # the work folder of a build whose process is gone (as a SIGKILL leaves it), for the final build to remove
    gone = subprocess.run([PYTHON, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (root / "tmp" / f"plantargets-build-{int(gone.stdout)}-stale" / "0.pickle").parent.mkdir(parents=True)
    work_before_final = sorted(p.name for p in (root / "tmp").iterdir())
    final = subprocess.run(_build_command(clean), cwd=paths.REPO_ROOT, capture_output=True, text=True,
                           timeout=SUBPROCESS_GUARD_SECONDS, env=_build_env(clean))
    return {"root": root, "duration": duration, "first": first, "kills": kills, "windows": windows, "final": final,
            "final_snapshot": _snapshot(clean) if clean.is_dir() else None,
            "final_leftovers": _leftovers(root, "clean"), "work_before_final": work_before_final,
            "work_after_final": sorted(p.name for p in (root / "tmp").iterdir())}


def test_a_build_killed_at_any_point_leaves_the_previous_clean_folder_byte_for_byte(killed_builds):
    first = killed_builds["first"]
    summary = [(k["when"], k["returncode"], k["leftovers"]) for k in killed_builds["kills"]]
    print(f"build takes {killed_builds['duration']:.2f} s; kills (when, return code, leftovers): {summary}")
    for kill in killed_builds["kills"]:
        assert kill["present"], f"SIGKILL at {kill['when']}: the clean folder is gone"
        # before the swap: the previous build; after it: a complete new build, byte-identical (builds are deterministic)
        assert kill["snapshot"] == first, f"SIGKILL at {kill['when']}: {_diff(first, kill['snapshot'])}"
    assert any(k["returncode"] == -signal.SIGKILL for k in killed_builds["kills"]), "no build was actually killed"
    # at least one kill hit the write phase: it left a half-written staging folder behind (removed by the next build)
    assert any(any("-staging-" in name for name in k["leftovers"]) for k in killed_builds["kills"]), summary


def test_the_next_build_succeeds_and_removes_staging_and_backup_folders(killed_builds):
    final = killed_builds["final"]
    assert final.returncode == 0, final.stdout + final.stderr
    assert killed_builds["final_snapshot"] == killed_builds["first"]
    assert killed_builds["final_leftovers"] == []
    assert sorted(p.name for p in killed_builds["root"].iterdir()) == ["clean", "tmp"]  # tmp: the builds' TMPDIR


def test_the_next_build_removes_the_work_folders_of_killed_builds(killed_builds):
    print(f"work folders before the final build: {killed_builds['work_before_final']}")
    assert any(name.endswith("-stale") for name in killed_builds["work_before_final"])
    assert killed_builds["work_after_final"] == []


def test_a_build_killed_between_the_two_renames_is_restored_by_the_next_build(killed_builds):
    """Where the one-call exchange is not available, the old folder is set aside and put back next time."""
    window = killed_builds["windows"]["fallback"]
    assert window["returncode"] == -signal.SIGKILL, "the kill between the renames did not happen"
    assert [name for name in window["leftovers"] if "-previous-" in name], window   # the old folder, set aside
    assert killed_builds["final"].returncode == 0 and killed_builds["final_snapshot"] == killed_builds["first"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2(RENAME_EXCHANGE) is Linux-only")
def test_the_clean_folder_exists_even_right_after_a_kill_during_the_swap(killed_builds):
    window = killed_builds["windows"]["exchange"]
    assert window["returncode"] == -signal.SIGKILL, "the kill during the swap did not happen"
    assert window["present"], f"no clean folder after the kill; only {window['leftovers']}"
    assert window["snapshot"] == killed_builds["first"]


# --------------------------------------------------------------------------------- report fault grid

FAULT_GRID = """
- notebook: notebooks/hangs                # sleeps 600 s: stopped by --timeout
  name: hangs
- notebook: notebooks/raises
  name: raises
  parameters: {message: "planned failure <img src=x onerror=alert(1)>"}
- notebook: notebooks/kills_kernel
  name: kills_kernel
- notebook: notebooks/hangs
  name: completes
  parameters: {seconds: 0}
"""

KILL_GRID = """
- notebook: notebooks/hangs
  name: sleeper_a
  parameters: {seconds: 2}
- notebook: notebooks/hangs
  name: sleeper_b
  parameters: {seconds: 2.5}
"""


def _make_repo(root: Path) -> Path:
    """A throwaway checkout: the fixture notebooks, a data/clean to fingerprint, the grids."""
    make_fixture_checkout(root)
    (root / "faults.yaml").write_text(FAULT_GRID, encoding="utf-8")
    (root / "kill.yaml").write_text(KILL_GRID, encoding="utf-8")
    (root / "tmp").mkdir()
    return root


def _report_env(repo: Path) -> dict[str, str]:
    return dict(os.environ, PLANTARGETS_ROOT=str(repo), TMPDIR=str(repo / "tmp"))


def _report_command(repo: Path, grid: str, out_dir: Path, jobs: int, timeout: float) -> list[str]:
    return [PYTHON, "-m", "plantargets", "report", "--config", str(repo / grid), "--out", str(out_dir),
            "--jobs", str(jobs), "--timeout", str(timeout), "--no-progress"]


def _watch(proc: subprocess.Popen, seen: dict[int, str], until=None, limit: float = 300) -> None:
    """Record every process below ``proc`` until it exits (or ``until()`` is true)."""
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        for pid in _descendants(proc.pid):
            seen.setdefault(pid, _cmdline(pid))
        if until is not None and until():
            return
        time.sleep(0.1)


@pytest.fixture(scope="module")
def fault_report(tmp_path_factory):
    """The fault grid through ``python -m plantargets report --jobs FAULT_JOBS --timeout T``, T derived from the
    measured kernel start-up (helpers.notebook_time_limit)."""
    timeout = notebook_time_limit()
    repo = _make_repo(tmp_path_factory.mktemp("faults") / "repo")
    out = repo / "reports" / "latest"
    seen: dict[int, str] = {}
    proc = subprocess.Popen(_report_command(repo, "faults.yaml", out, FAULT_JOBS, timeout), cwd=repo,
                            env=_report_env(repo), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _watch(proc, seen, limit=4 * timeout + 60)   # at worst each run takes the time limit, one after another
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    left = _wait_gone(seen, PROCESS_EXIT_SECONDS)
    _stop_all(left)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8")) if (out / "manifest.json").is_file() else None
    if (out / "timings.json").is_file():
        print("fault grid timings:", json.loads((out / "timings.json").read_text(encoding="utf-8"))["runs"])
    return {"repo": repo, "out": out, "returncode": proc.returncode, "stdout": stdout, "stderr": stderr,
            "manifest": manifest, "seen": seen, "left": left, "timeout": timeout}


def _runs(manifest: dict) -> dict[str, dict]:
    return {run["name"]: run for run in manifest["runs"]}


def test_raising_hanging_and_kernel_killing_notebooks_fail_while_the_others_complete(fault_report):
    assert fault_report["manifest"] is not None, fault_report["stdout"] + fault_report["stderr"]
    runs = _runs(fault_report["manifest"])
    assert {name: run["status"] for name, run in runs.items()} == {
        "hangs": "failed", "raises": "failed", "kills_kernel": "failed", "completes": "completed"}
    assert runs["hangs"]["error"].startswith(f"timed out after {fault_report['timeout']} s")
    assert runs["raises"]["error"] == "ValueError: planned failure <img src=x onerror=alert(1)>"
    assert "DeadKernelError" in runs["kills_kernel"]["error"] or "died" in runs["kills_kernel"]["error"].lower()
    assert fault_report["manifest"]["summary"] == {"runs": 4, "completed": 1, "failed": 3}
    out = fault_report["out"]
    assert (out / "completes" / "done.txt").read_text(encoding="utf-8") == "slept 0 s\n"
    for run in runs.values():                                  # every listed output exists
        for output in run["outputs"]:
            assert (out / output["path"]).is_file(), output


def test_the_command_exits_non_zero_and_lists_the_failures(fault_report):
    assert fault_report["returncode"] == 1, fault_report["stderr"]
    stdout = fault_report["stdout"]
    assert "4 runs: 1 completed, 3 failed" in stdout
    for name in ("hangs", "raises", "kills_kernel"):
        assert any(line.startswith(name + " ") and "failed" in line for line in stdout.splitlines()), stdout


def test_the_index_marks_each_failure_with_its_error_escaped(fault_report):
    index = (fault_report["out"] / "index.html").read_text(encoding="utf-8")
    assert index.count("✘ failed") == 3 and index.count("✔ completed") == 1
    assert f"timed out after {fault_report['timeout']} s" in index
    assert "ValueError: planned failure &lt;img src=x onerror=alert(1)&gt;" in index
    assert "<img" not in index
    assert "DeadKernelError" in index or "Kernel died" in index
    for name in ("hangs", "raises", "kills_kernel"):
        assert f"id='run-{name}'" in index and f"href='#run-{name}'" in index


def test_no_worker_or_kernel_outlives_the_report(fault_report):
    kernels = [cmd for cmd in fault_report["seen"].values() if "ipykernel" in cmd]
    assert len(kernels) >= 3, fault_report["seen"]          # the processes were seen, so the check means something
    assert fault_report["left"] == {}, f"still running after the report ended: {fault_report['left']}"


def test_a_report_killed_mid_way_keeps_the_previous_report_and_can_be_run_again(fault_report):
    repo, out = fault_report["repo"], fault_report["out"]
    assert fault_report["manifest"] is not None
    before = _snapshot(out)
    seen: dict[int, str] = {}

    def kernel_started() -> bool:
        return any("ipykernel" in cmd for cmd in seen.values())

    timeout = SUBPROCESS_GUARD_SECONDS / 2    # the sleepers must complete in the second report: generous
    proc = subprocess.Popen(_report_command(repo, "kill.yaml", out, 2, timeout), cwd=repo, env=_report_env(repo),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _watch(proc, seen, until=kernel_started, limit=SUBPROCESS_GUARD_SECONDS)
        assert kernel_started(), f"no kernel started: {seen}"
        time.sleep(0.3)                                          # the notebooks are sleeping now
        staging = [p.name for p in out.parent.iterdir() if "-staging-" in p.name]
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL, "the report finished before it could be killed"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert staging, "the kill did not come while the report was being written"
    assert _snapshot(out) == before, _diff(before, _snapshot(out))
    left = _wait_gone(seen, PROCESS_EXIT_SECONDS)                # workers see their parent gone; kernels theirs
    _stop_all(left)
    assert left == {}, f"still running after the report was killed: {left}"

    again = subprocess.run(_report_command(repo, "kill.yaml", out, 2, timeout), cwd=repo, env=_report_env(repo),
                           capture_output=True, text=True, timeout=SUBPROCESS_GUARD_SECONDS)
    assert again.returncode == 0, again.stdout + again.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {run["name"]: run["status"] for run in manifest["runs"]} == {"sleeper_a": "completed",
                                                                        "sleeper_b": "completed"}
    assert (out / "sleeper_b" / "done.txt").read_text(encoding="utf-8") == "slept 2.5 s\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["latest"], "staging or backup folders left behind"
