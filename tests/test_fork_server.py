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

    server = ForkServer.start("worker", worker_env(), tmp_path)
    try:
        for request in (b"", b"\x00\x00\x00\x05ab"):  # a client gone at once; a header promising 5 bytes, 2 sent
            client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            client.connect(server.socket_path)
            if request:
                socket.send_fds(client, [request[:4]], [0, 1, 2])
                client.sendall(request[4:])
            client.close()
        done = _worker_without_a_job(server)
    finally:
        server.stop()
    _assert_forked(done)


def _worker_without_a_job(server: ForkServer):
    """A worker asked of ``server`` with no job file (the server must still be running)."""
    import subprocess
    import sys

    from plantargets.report.fork_server import client_command

    done = subprocess.run(client_command(sys.executable, server.socket_path, "plantargets.report.worker"),
                          env=worker_env(), capture_output=True, text=True, timeout=60, check=False)
    assert server.running
    return done


def _assert_forked(done) -> None:
    """Forked, a worker with no job file prints its usage and exits 2; on its own it would first say why."""
    assert done.returncode == 2
    assert done.stderr.startswith("usage: python -m plantargets.report.worker JOB.json")


def _send_request(socket_path: str, module: str, argv: list[str], env: dict[str, str]) -> None:
    """Ask the server for a fork as fork_client.py does, and hang up before the answer."""
    import socket
    import sys

    from plantargets.report.fork_client import HEADER

    body = json.dumps({"executable": os.path.realpath(sys.executable), "module": module, "argv": argv, "env": env,
                       "cwd": os.getcwd()}).encode()
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(socket_path)
    socket.send_fds(client, [HEADER.pack(len(body))], [0, 1, 2])
    client.sendall(body)
    client.close()


def test_a_client_gone_before_its_fork_is_announced_leaves_the_server_serving(tmp_path):
    server = ForkServer.start("worker", worker_env(), tmp_path)
    try:
        _send_request(server.socket_path, "plantargets.report.worker", [], worker_env())  # would be forked
        _send_request(server.socket_path, "json.tool", [], worker_env())  # would be refused
        done = _worker_without_a_job(server)
    finally:
        server.stop()
    _assert_forked(done)


class _SilentServer:
    """A fork server stand-in on a socket: takes one request, then answers with ``reply`` (None: hangs up)
    once ``go`` is set."""

    def __init__(self, folder: Path, reply: str | None) -> None:
        import socket
        import threading

        self.path = str(folder / "server")
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(self.path)
        self.listener.listen(1)
        self.accepted, self.go, self.reply = threading.Event(), threading.Event(), reply
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        import socket

        conn, _ = self.listener.accept()
        self.accepted.set()
        for fd in socket.recv_fds(conn, 4, 3)[1]:
            os.close(fd)  # the client's streams: held here, its caller would wait for their end
        conn.settimeout(5)
        try:
            while conn.recv(65536):
                if self.go.wait(0.05):
                    break
        except TimeoutError:
            pass
        self.go.wait(60)
        if self.reply is not None:
            conn.sendall(self.reply.encode())
            time.sleep(1)
        conn.close()


def test_a_client_whose_server_hangs_up_after_the_request_starts_nothing(tmp_path):
    """A server that took the request and closed without an answer is stopping with its report: the client
    must not start the module on its own (a kernel then would write into a run folder already removed)."""
    import subprocess
    import sys

    from plantargets.report.fork_server import client_command

    (tmp_path / "marker_module.py").write_text(f"open({str(tmp_path / 'ran')!r}, 'w').close()\n", encoding="utf-8")
    server = _SilentServer(tmp_path, None)
    server.go.set()
    done = subprocess.run(client_command(sys.executable, server.path, "marker_module"), cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(tmp_path)}, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 1 and not (tmp_path / "ran").exists(), done.stderr


def test_a_client_whose_starter_is_gone_when_its_fork_is_announced_kills_the_fork(tmp_path):
    import subprocess
    import sys

    from plantargets.report.fork_server import client_command

    fork = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])  # stands for the fork
    server = _SilentServer(tmp_path, f"pid {fork.pid}\n")
    command = client_command(sys.executable, server.path, "marker_module")
    # the starter starts the client, and is gone once the client has asked (and noted who started it)
    starter = subprocess.Popen([sys.executable, "-c", f"import subprocess, sys; subprocess.Popen({command!r}, "
                                "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); sys.stdin.read()"],
                               stdin=subprocess.PIPE)
    assert server.accepted.wait(60)
    starter.stdin.close()
    assert starter.wait(timeout=60) == 0
    server.go.set()
    try:
        assert fork.wait(timeout=30) == -9  # SIGKILL
    finally:
        fork.kill()


def test_the_servers_socket_path_appears_only_once_it_listens(tmp_path):
    """A client that finds the socket's path connects (a busy machine once showed the path bound but not yet
    listening: ConnectionRefusedError). The server here is slowed between bind and listen to widen that window."""
    import socket
    import subprocess
    import sys

    path = tmp_path / "worker"
    slowed = ("import socket, sys, time\n"
              "listen = socket.socket.listen\n"
              "def slow_listen(self, *args):\n"
              "    time.sleep(1.0)\n"
              "    return listen(self, *args)\n"
              "socket.socket.listen = slow_listen\n"
              "from plantargets.report.fork_server import serve\n"
              "serve('worker', sys.argv[1])\n")
    proc = subprocess.Popen([sys.executable, "-c", slowed, str(path)], env=worker_env(), stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not path.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert path.exists()
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(str(path))  # refused if the path were there before listen()
        client.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
