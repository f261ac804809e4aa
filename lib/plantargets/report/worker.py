"""One notebook in its own worker process: the job file, the process started, timed out and stopped, and
inside it the papermill call (``python -m plantargets.report.worker JOB.json``).

A notebook runs in a process of its own so that a hanging or crashing kernel cannot take the report with
it: the runner waits for the process up to the run's time limit, then stops it. The worker exits when the
runner is gone, so no notebook outlives its report.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from plantargets.report.grid import RunSpec
from plantargets.report.lean_imports import skip_unused_optional_imports
from plantargets.report.params import OUTPUT_DIR

__all__ = ["KERNEL_NAME", "WorkerProcesses", "run_in_worker", "worker_env", "register_readable_translator", "strip_ansi", "main"]


KERNEL_NAME = "python3"
KILL_GRACE_SECONDS = 5
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def strip_ansi(text: str) -> str:
    """``text`` without terminal colour codes (as in tracebacks), for error messages."""
    return _ANSI.sub("", text)


class WorkerProcesses:
    """Worker processes alive right now, so an interrupted report can stop them."""

    def __init__(self, servers: dict[str, str] | None = None) -> None:
        self._lock = threading.Lock()
        self._live: set[subprocess.Popen] = set()
        self.folders: set[Path] = set()  # the run folders workers were started in
        self.stopping = False
        self.servers = servers or {}  # role -> socket of the fork server workers or kernels fork from

    def add(self, proc: subprocess.Popen) -> None:
        with self._lock:
            self._live.add(proc)
            stopping = self.stopping
        if stopping:  # started just as the report was being stopped
            _stop(proc)

    def discard(self, proc: subprocess.Popen) -> None:
        with self._lock:
            self._live.discard(proc)

    def stop_all(self) -> None:
        with self._lock:
            self.stopping = True
            live = list(self._live)
        for proc in live:
            _stop(proc)

    def add_folder(self, folder: Path) -> None:
        """Note a run folder a worker is started in (under the lock remove_folders empties the set with)."""
        with self._lock:
            self.folders.add(folder)

    def remove_folders(self) -> None:
        """Remove the run folders again once every process of the runs is gone: a kernel forked just as its
        worker was stopped can make its folder anew (writing its connection file) before it is killed."""
        with self._lock:
            folders, self.folders = list(self.folders), set()
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)


def _stop(proc: subprocess.Popen) -> None:
    """Terminate a worker (its kernel notices its parent is gone and exits), then kill it if it lingers."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=KILL_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def worker_env(work: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if work is not None:  # the kernel's connection file (a temporary file) goes into the run folder, and with it
        env["TMPDIR"] = str(work)
        env["JUPYTER_RUNTIME_DIR"] = str(work / "jupyter-runtime")
    env["PYTHONHASHSEED"] = "0"             # set/dict orders in outputs stay the same from run to run
    env.setdefault("SOURCE_DATE_EPOCH", "0")  # matplotlib: no creation date in PDF/SVG metadata
    env.setdefault("PYTHONIOENCODING", "utf-8")
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    env.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    return env


def _last_line(text: str) -> str | None:
    lines = [line.strip() for line in strip_ansi(text).splitlines() if line.strip()]
    return lines[-1] if lines else None


def run_in_worker(spec: RunSpec, run_dir: Path, executed: Path, work: Path, repo_root: Path, timeout: float,
                  processes: WorkerProcesses) -> str | None:
    """Run the worker for one notebook; None when it completed, else the error."""
    job = {"input": str(spec.notebook), "output": str(executed), "cwd": str(repo_root), "timeout": timeout,
           "parameters": {**spec.parameters, OUTPUT_DIR: str(run_dir)}, "result": str(work / f"{spec.name}.result.json"),
           "kernel_server": processes.servers.get("kernel")}
    if processes.stopping:
        return "not run: the report was stopped"
    job_file = work / f"{spec.name}.job.json"
    processes.add_folder(work)
    job_file.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    log_file = work / f"{spec.name}.log"
    with open(log_file, "wb") as log:
        command = [sys.executable, "-m", "plantargets.report.worker", str(job_file)]
        if "worker" in processes.servers:  # forked from the report's worker server (papermill already imported)
            from plantargets.report.fork_server import client_command

            command = client_command(sys.executable, processes.servers["worker"], *command[2:])
        proc = subprocess.Popen(command,
                                cwd=repo_root, env=worker_env(work), stdin=subprocess.DEVNULL, stdout=log,
                                stderr=subprocess.STDOUT)
        processes.add(proc)
        try:
            returncode = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(proc)
            return f"timed out after {timeout:g} s (notebook stopped)"
        finally:
            processes.discard(proc)
    if returncode == 0:
        return None
    result_file = Path(job["result"])
    if result_file.is_file():
        error = json.loads(result_file.read_text(encoding="utf-8")).get("error")
        if error:
            return error
    return _last_line(log_file.read_text(encoding="utf-8", errors="replace")) or f"worker exited with status {returncode}"


def register_readable_translator() -> None:
    """Make papermill write parameter strings with repr(), so 湛江 stays 湛江 in the injected cell."""
    from papermill.translators import papermill_translators

    papermill_translators.register("python", _readable_python_translator())


def _readable_python_translator():
    """papermill's Python translator, but strings written with repr(): 湛江 stays 湛江 in the injected cell."""
    from papermill.translators import PythonTranslator

    class ReadablePythonTranslator(PythonTranslator):
        @classmethod
        def translate_escaped_str(cls, str_val):
            return repr(str_val) if isinstance(str_val, str) else super().translate_escaped_str(str_val)

    return ReadablePythonTranslator


def _exit_with_parent() -> None:
    """Stop this worker when the runner is gone (even killed with SIGKILL); its kernel then stops too."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(job_file: str) -> int:
    """Execute one notebook as described by a job file written by ``run_in_worker``; exit status 0 when it completed."""
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    result = Path(job["result"])
    _exit_with_parent()
    skip_unused_optional_imports()  # before papermill: nbformat's jsonschema would import a grammar it never uses
    try:
        import papermill
        from papermill.exceptions import PapermillExecutionError
        register_readable_translator()
        forked = {}
        if job.get("kernel_server"):  # a kernel forked from the report's kernel server (imports already made)
            from plantargets.report.fork_server import forking_kernel_manager

            forked["kernel_manager_class"] = forking_kernel_manager(job["kernel_server"])
        papermill.execute_notebook(job["input"], job["output"], parameters=job["parameters"], kernel_name=KERNEL_NAME,
                                   cwd=job["cwd"], execution_timeout=job["timeout"], progress_bar=False,
                                   log_output=False, request_save_on_cell_execute=True, **forked)
    except PapermillExecutionError as err:
        error = f"{err.ename}: {strip_ansi(str(err.evalue)).strip()}"
    except BaseException as err:  # noqa: BLE001 - reported to the runner, which marks the run failed
        error = f"{type(err).__name__}: {err}".strip()
    else:
        return 0
    result.write_text(json.dumps({"error": error}, ensure_ascii=False), encoding="utf-8")
    print(error, file=sys.stderr)
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python -m plantargets.report.worker JOB.json (started by plantargets report)", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
