"""Workers and kernels forked from the report's fork servers: the imports already made, each run as isolated
as an ordinary process, nothing left running, and an ordinary process when a server cannot give one."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import nbformat
import pytest
from plantargets.report.fork_server import ForkServer, forking_kernel_manager
from plantargets.report.runner import FORK_SERVERS_SWITCH, run_report
from plantargets.report.worker import worker_env

INLINE_BACKEND = "module://matplotlib_inline.backend_inline"  # what ipykernel sets MPLBACKEND to

PROBE = '''
import json, os, random, sys, tempfile
preloaded = "plantargets.plots" in sys.modules  # this notebook never imports it
def command_of(pid):  # a fork keeps its server's command line
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        return f.read().decode().split("\\0")[1:4]
import matplotlib, pandas as pd
state = {"preloaded": preloaded, "max_columns": pd.get_option("display.max_columns"),
         "backend": matplotlib.get_backend(), "linewidth": matplotlib.rcParams["lines.linewidth"],
         "cwd": os.getcwd(), "tmp_is_run_folder": tempfile.gettempdir() == os.environ["TMPDIR"] != "/tmp",
         "random": random.random(), "hash_seed": os.environ.get("PYTHONHASHSEED"), "pid": os.getpid(),
         "kernel_from": command_of(os.getppid()), "worker_from": command_of(os.environ["JPY_PARENT_PID"])}
matplotlib.rcParams["lines.linewidth"] = 9  # must not reach the next run
pd.set_option("display.max_columns", 3)
with open(os.path.join(output_dir, "state.json"), "w") as f:
    json.dump(state, f)
'''


def _notebook(folder: Path, name: str, *cells: str) -> Path:
    parameters = nbformat.v4.new_code_cell('i: int = 0\noutput_dir: str = ""')
    parameters.metadata["tags"] = ["parameters"]
    nb = nbformat.v4.new_notebook(cells=[parameters, *(nbformat.v4.new_code_cell(c) for c in cells)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


def _probe_report(tmp_path: Path) -> list[dict]:
    notebook = _notebook(tmp_path, "probe", PROBE)
    (tmp_path / "grid.yaml").write_text(f"- notebook: {notebook}\n  grid: {{i: [0, 1]}}\n", encoding="utf-8")
    result = run_report(tmp_path / "grid.yaml", tmp_path / "out", jobs=1, timeout=120, progress=False,
                        repo_root=tmp_path)
    assert result.ok, result.table()
    return [json.loads((tmp_path / "out" / f"probe__{i}" / "state.json").read_text()) for i in (0, 1)]


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads command lines from /proc")
def test_workers_and_kernels_fork_from_servers_that_made_the_imports_and_start_as_ordinary_ones(tmp_path):
    first, second = _probe_report(tmp_path)
    for state in (first, second):
        assert state["kernel_from"] == ["-m", "plantargets.report.fork_server", "kernel"]
        assert state["worker_from"] == ["-m", "plantargets.report.fork_server", "worker"]
        assert state["preloaded"] is True
        # pandas in a Jupyter kernel shows at most 20 columns; matplotlib gets ipykernel's backend
        assert (state["max_columns"], state["backend"], state["linewidth"]) == (20, INLINE_BACKEND, 1.5)
        assert state["cwd"] == str(tmp_path) and state["tmp_is_run_folder"] and state["hash_seed"] == "0"
    assert first["random"] != second["random"] and first["pid"] != second["pid"]


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads command lines from /proc")
def test_without_the_servers_a_kernel_imports_everything_itself_and_starts_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv(FORK_SERVERS_SWITCH, "0")
    for state in _probe_report(tmp_path):
        assert state["worker_from"] == ["-m", "plantargets.report.worker", state["worker_from"][2]]
        assert state["kernel_from"] == state["worker_from"]  # the worker started the kernel itself
        assert state["preloaded"] is False
        assert (state["max_columns"], state["backend"], state["linewidth"]) == (20, INLINE_BACKEND, 1.5)


def _gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_a_stopped_notebook_leaves_no_kernel_and_the_report_no_servers(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the server's socket folder goes
    pid_file = tmp_path / "kernel.pid"
    notebook = _notebook(tmp_path, "hangs", f"import os, time\nopen({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
                         "time.sleep(120)")
    (tmp_path / "grid.yaml").write_text(f"- notebook: {notebook}\n", encoding="utf-8")
    result = run_report(tmp_path / "grid.yaml", tmp_path / "out", jobs=1, timeout=8, progress=False,
                        repo_root=tmp_path)
    (run,) = result.runs
    assert run.status == "failed" and run.error.startswith("timed out after 8 s")
    assert list(tmp_path.glob("plantargets-*s-*")) == []  # the servers stopped, their sockets removed
    assert _gone(int(pid_file.read_text()), 5)


def test_a_kernel_the_server_refuses_starts_as_an_ordinary_kernel(tmp_path):
    """A server started with another hash seed imported its modules under other conditions than the kernel's:
    it refuses, and the kernel starts on its own, without the server's imports."""
    import papermill

    notebook = _notebook(tmp_path, "refused", "import sys\nprint('preloaded:', 'plantargets.plots' in sys.modules)")
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    server = ForkServer.start("kernel", {**worker_env(), "PYTHONHASHSEED": seed}, tmp_path)
    try:
        assert server.proc.poll() is None and Path(server.socket_path).exists()
        nb = papermill.execute_notebook(str(notebook), str(tmp_path / "out.ipynb"), kernel_name="python3",
                                        progress_bar=False, cwd=str(tmp_path),
                                        kernel_manager_class=forking_kernel_manager(server.socket_path))
    finally:
        server.stop()
    assert "".join(nb.cells[1].outputs[0]["text"]) == "preloaded: False\n"
    assert server.proc.poll() is not None and not server.folder.exists()


@pytest.mark.parametrize("command", [["-m", "ipykernel_launcher", "-f", "c.json"], ["-m", "other_kernel", "-f", "c.json"]])
def test_only_ipykernel_commands_are_sent_to_the_server(tmp_path, command):
    manager = forking_kernel_manager("/run/s")(kernel_name="python3")
    manager.kernel_spec.argv = ["python", *command]
    cmd = manager.format_kernel_cmd()
    if command[1] == "ipykernel_launcher":
        assert Path(cmd[1]).name == "fork_client.py" and Path(cmd[1]).is_file()
        assert cmd[2:] == ["/run/s", "ipykernel_launcher", "-f", "c.json"]
    else:
        assert cmd[1:] == command


def test_a_request_cut_short_is_refused_and_the_server_goes_on(tmp_path):
    import socket
    import subprocess
    import sys

    from plantargets.report.fork_server import client_command

    server = ForkServer.start("worker", worker_env(), tmp_path)
    try:
        for request in (b"", b"\x00\x00\x00\x05ab"):  # a client gone at once; a header promising 5 bytes, 2 sent
            client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            client.connect(server.socket_path)
            if request:
                socket.send_fds(client, [request[:4]], [0, 1, 2])
                client.sendall(request[4:])
            client.close()
        # a worker with no job file: forked, it prints its usage and exits 2 (on its own it would say why first)
        done = subprocess.run(client_command(sys.executable, server.socket_path, "plantargets.report.worker"),
                              env=worker_env(), capture_output=True, text=True, timeout=60, check=False)
        assert server.running
    finally:
        server.stop()
    assert done.returncode == 2
    assert done.stderr.startswith("usage: python -m plantargets.report.worker JOB.json")
