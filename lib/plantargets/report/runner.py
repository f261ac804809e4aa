"""Run the report suite: every notebook × parameter set of a YAML grid, each in its own process.

The orchestration: the pool (threads or a Dask cluster), progress, the staging folder swapped into place,
manifest, index and timings; the other jobs live in ``grid``, ``one_run``, ``worker``, ``executed`` and
``provenance``.

``run_report("reports.yaml", "reports/latest")`` executes each run with papermill (kernel ``python3``,
working directory the repository root, a time limit per notebook) in a worker process, and writes
``<out>/<run>/``: the executed notebook (papermill's clocks stripped), an HTML version without code, and
whatever figures and tables the notebook wrote to its ``output_dir`` (set by the runner). A failing run
does not stop the others. ``<out>/manifest.json`` and ``<out>/index.html`` describe every run (no clock in
them: timings go to ``timings.json``). Everything is written in a staging folder next to ``<out>`` and
swapped in at the end, so a killed run leaves the previous report in place.

The grid's format is described in ``plantargets.report.grid``.

Runs go to ``jobs`` threads on this machine, or with ``scheduler="tcp://host:8786"`` to a Dask distributed
cluster, one task per run. Both call ``run_one`` (``report.one_run``), which starts a worker process and
post-processes its notebook; the runner then writes manifest and index the same way. Dask workers must share the file
system with the runner (one machine, or the repository and the output folder on a shared volume at the same
path) and have the same environment (plantargets installed, the ``python3`` kernel).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import shutil
import signal
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from plantargets import paths
from plantargets.atomic import check_output_folder, make_staging, recover_previous, swap_into_place
from plantargets.dask_client import connect_scheduler
from plantargets.report.grid import INDEX_FILE, MANIFEST_FILE, TIMINGS_FILE, RunSpec, load_grid, path_label
from plantargets.report.one_run import RunOutcome, declared_parameters, run_one
from plantargets.report.params import DATA_DIR, RAW_DIR
from plantargets.report.provenance import build_manifest
from plantargets.report.fork_server import ROLES, ForkServer
from plantargets.report.worker import WorkerProcesses, worker_env

__all__ = ["run_report", "RunResult", "SchedulerError"]


FORK_SERVERS_SWITCH = "PLANTARGETS_FORK_SERVERS"  # "0": workers and kernels start on their own (to compare)


class SchedulerError(RuntimeError):
    """``scheduler`` was given but cannot be used: no ``distributed`` package, or no scheduler at the address."""


@dataclass
class RunResult:
    out_dir: Path
    runs: list[RunOutcome]
    manifest: dict[str, Any]

    @property
    def failed(self) -> list[RunOutcome]:
        return [run for run in self.runs if run.status != "completed"]

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def table(self, width: int = 120) -> str:
        """A short text table of runs and statuses (first line of each error), and where the index is."""
        name_w = max([len("run"), *(len(run.name) for run in self.runs)])
        lines = [f"{'run':<{name_w}}  {'status':<9}  error", f"{'-' * name_w}  {'-' * 9}  {'-' * 5}"]
        for run in self.runs:
            error = (run.error or "").strip().splitlines()
            text = error[-1] if error else ""
            room = max(20, width - name_w - 13)
            text = text if len(text) <= room else text[: room - 1] + "…"
            lines.append(f"{run.name:<{name_w}}  {run.status:<9}  {text}".rstrip())
        n_failed = len(self.failed)
        lines.append(f"{len(self.runs)} runs: {len(self.runs) - n_failed} completed, {n_failed} failed; "
                     f"index: {self.out_dir / INDEX_FILE}")
        return "\n".join(lines) + "\n"


def _display_root(out_dir: Path, repo_root: Path) -> str:
    """How the final report folder is written in executed notebooks: relative to the repository when inside it."""
    try:
        return out_dir.relative_to(repo_root).as_posix()
    except ValueError:
        return out_dir.as_posix()


class _LocalPool:
    """``jobs`` threads on this machine, each driving one worker process at a time; workers and kernels are
    forked from the report's fork servers (``report.fork_server``; not when ``PLANTARGETS_FORK_SERVERS=0``)."""

    def __init__(self, jobs: int, root: Path) -> None:
        import nbformat  # noqa: F401 - imported once here, not by each thread

        forking = os.environ.get(FORK_SERVERS_SWITCH) != "0"
        self.servers = [ForkServer.start(role, worker_env(), root) for role in ROLES] if forking else []
        # a server that did not start: its processes start on their own
        self.processes = WorkerProcesses({s.role: s.socket_path for s in self.servers if s.running})
        self.executor = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="report")
        self.as_completed = as_completed

    def submit(self, spec: RunSpec, *args: Any):
        return self.executor.submit(run_one, spec, *args, self.processes)

    def close(self) -> None:
        self.executor.shutdown(wait=True)
        self._stop_servers()

    def abort(self, futures) -> None:
        try:
            self.processes.stop_all()
            self.executor.shutdown(wait=True, cancel_futures=True)
        finally:
            self._stop_servers()

    def _stop_servers(self) -> None:
        """Stop the servers (they kill and wait for their forks), then remove any run folder a late fork made anew."""
        for server in self.servers:
            server.stop()
        self.processes.remove_folders()


class _DaskPool:
    """A Dask distributed cluster: one task per run, on whichever worker the scheduler picks."""

    def __init__(self, address: str) -> None:
        import distributed

        self.client = connect_scheduler(address, SchedulerError, "running")
        self.as_completed = functools.partial(distributed.as_completed, loop=self.client.loop)
        self.token = uuid.uuid4().hex[:8]

    def submit(self, spec: RunSpec, *args: Any):
        return self.client.submit(run_one, spec, *args, key=f"plantargets-report-{self.token}-{spec.name}")

    def close(self) -> None:
        self.client.close()

    def abort(self, futures) -> None:  # queued runs are dropped; a running notebook stops at its next save
        try:
            self.client.cancel(list(futures))
        finally:
            self.client.close()


def _runner_error(err: Exception) -> str:
    if type(err).__name__ == "KilledWorker":  # distributed: the worker running it died (allowed-failures times)
        return f"Dask worker lost: {err}"
    return f"runner error: {type(err).__name__}: {err}"


def run_report(config_path: str | Path = "reports.yaml", out_dir: str | Path = "reports/latest", jobs: int = 1,
               timeout: float = 600, progress: bool = True, *, repo_root: str | Path | None = None,
               data_dir: str | Path | None = None, raw_dir: str | Path | None = None, scheduler: str | None = None,
               on_finished: Callable[[RunOutcome, int, int], None] | None = None) -> RunResult:
    """Run every notebook of the grid into ``out_dir`` (replaced at the end); see the module docstring.

    ``jobs`` runs at once, each notebook limited to ``timeout`` seconds. ``repo_root`` (default: the
    checkout plantargets lives in) is the kernels' working directory and the source of the commit;
    ``data_dir`` (default ``<repo_root>/data/clean``) is fingerprinted in the manifest and, when given, is the
    ``data_dir`` parameter of every run whose notebook declares one and whose grid entry does not set it;
    ``raw_dir`` likewise. ``progress`` shows a progress bar on stderr; ``on_finished(outcome, done, total)``
    is called as each run finishes (its files are then in the staging folder, under ``outcome.name``).
    With ``scheduler`` (a Dask scheduler address such as ``tcp://127.0.0.1:8786``) each run is a task on that
    cluster instead and ``jobs`` is not used; the workers must share the file system with this process (same
    paths).
    Raises ``ConfigError`` for a malformed grid and ``SchedulerError`` when the scheduler cannot be reached
    (before anything is written); failed runs are in the result (``result.exit_code == 1``).
    """
    if int(jobs) < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs!r}")
    if not float(timeout) > 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    root = Path(repo_root or paths.REPO_ROOT).resolve()
    config_path = Path(config_path)
    runs = load_grid(config_path, root)
    folders = {name: str(Path(path).resolve()) for name, path in ((DATA_DIR, data_dir), (RAW_DIR, raw_dir)) if path}
    runs = [_with_folders(spec, folders) for spec in runs] if folders else runs
    data_dir = Path(data_dir) if data_dir else paths.clean_dir_of(root)
    out_dir = check_output_folder(Path(out_dir), "report",
                                  protected=[config_path.resolve().parent, *{run.notebook.parent for run in runs}],
                                  inputs=[data_dir, *([Path(raw_dir)] if raw_dir else [])])
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    recover_previous(out_dir)

    from tqdm import tqdm

    pool = _DaskPool(scheduler) if scheduler else _LocalPool(int(jobs), root)
    wall_start, clock_start = time.monotonic(), datetime.now(timezone.utc)
    staging = make_staging(out_dir)
    outcomes: dict[str, RunOutcome] = {}
    futures: dict[Any, RunSpec] = {}
    previous_handler = _terminate_as_interrupt()
    try:
        for spec in runs:
            futures[pool.submit(spec, staging, _display_root(out_dir, root), root, float(timeout))] = spec
        with tqdm(total=len(runs), desc="report", unit="run", disable=not progress, file=sys.stderr) as bar:
            for future in pool.as_completed(futures):
                spec = futures[future]
                try:
                    outcome = future.result()
                except Exception as err:  # noqa: BLE001 - a runner bug or lost worker in one run must not lose the rest
                    outcome = RunOutcome(spec.name, spec.notebook_label, spec.parameters, "failed", _runner_error(err))
                    shutil.rmtree(staging / spec.name, ignore_errors=True)  # partial files: no output listed
                outcomes[spec.name] = outcome
                n_failed = sum(o.status != "completed" for o in outcomes.values())
                bar.set_postfix_str(f"{spec.name}: {outcome.status}" + (f" ({n_failed} failed)" if n_failed else ""))
                bar.update()
                if on_finished is not None:
                    on_finished(outcome, len(outcomes), len(runs))
        pool.close()
        ordered = [outcomes[spec.name] for spec in runs]
        manifest = build_manifest(ordered, path_label(config_path, root, config_path.resolve().parent), root, data_dir)
        _write_json(staging / MANIFEST_FILE, manifest)
        from plantargets.report.index import write_index

        write_index(manifest, staging / INDEX_FILE)
        _write_json(staging / TIMINGS_FILE, {
            "started": clock_start.isoformat(timespec="seconds"),
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "seconds": round(time.monotonic() - wall_start, 3), "jobs": None if scheduler else int(jobs),
            "scheduler": scheduler, "timeout": float(timeout), "runs": {o.name: round(o.seconds, 3) for o in ordered}})
        swap_into_place(staging, out_dir, "report")
    except BaseException:
        try:
            pool.abort(futures)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if previous_handler is not None:
            signal.signal(signal.SIGTERM, previous_handler)
    return RunResult(out_dir, ordered, manifest)


def _with_folders(spec: RunSpec, folders: dict[str, str]) -> RunSpec:
    """``spec`` with the data folders set where its notebook declares them and its grid entry does not."""
    try:
        declared = declared_parameters(spec.notebook) if spec.notebook.is_file() else None
    except Exception:  # noqa: BLE001 - an unreadable notebook fails in its own run, with the reason
        declared = None
    extra = {name: path for name, path in folders.items() if name in (declared or ()) and name not in spec.parameters}
    return dataclasses.replace(spec, parameters={**spec.parameters, **extra}) if extra else spec


def _terminate_as_interrupt():
    """While the report runs, SIGTERM (``kill``, a CI cancel) stops the workers and drops the staging folder,
    as Ctrl-C does; returns the handler to restore (None when not in the main thread)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return None

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"stopped by signal {signum}")

    return signal.signal(signal.SIGTERM, interrupt)


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
