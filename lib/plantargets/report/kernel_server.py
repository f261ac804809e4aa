"""Kernels forked from one process that has already imported what the notebooks import.

Every run of a report executes its notebook in a fresh IPython kernel, and a fresh kernel spends 1.5–2 s of
CPU importing IPython, pandas, pyarrow, matplotlib and this library before its first line of work: the same
imports in every run. A local report starts one kernel server (``KernelServer``): a process that imports
``PRELOADED_MODULES`` once (imports only: no table read, no figure drawn) and then forks one child per
kernel asked for. Each child starts from the server's untouched state, so runs are as isolated from each
other as before (their own globals, rcParams, registered fonts and random state), and runs ipykernel as
``python -m ipykernel_launcher -f CONNECTION_FILE`` would, with the standard streams, environment and
working directory of the process that asked (``kernel_client``).

The worker's papermill starts its kernel through ``forking_kernel_manager``, which runs ``kernel_client.py``
in place of ``ipykernel_launcher``. A kernel is refused (and the client starts an ordinary kernel) when it
asks for another interpreter or another ``PYTHONPATH`` or ``PYTHONHASHSEED`` than the server's, since the
modules the server imported would then not be the ones the kernel would import. The server exits when the
process that started it is gone or on SIGTERM; a kernel whose client is killed is killed, and kernels whose
server is gone exit (ipykernel's parent poller).

``python -m plantargets.report.kernel_server SOCKET`` (started by ``KernelServer.start``).
"""

from __future__ import annotations

import atexit
import importlib
import importlib.util
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from plantargets.report.kernel_client import HEADER

__all__ = ["CLIENT_SCRIPT", "PRELOADED_MODULES", "KernelServer", "forking_kernel_manager", "serve"]

PRELOADED_MODULES = (
    # the kernel itself
    "ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell", "IPython.display",
    # what the notebooks import, directly or at their first table, figure or export
    "pandas", "pyarrow.parquet", "pandas.io.formats.style", "jinja2",
    "matplotlib.figure", "matplotlib.backends.backend_agg", "matplotlib.backends.backend_pdf",
    "matplotlib.backends.backend_svg", "fontTools.subset", "PIL.PngImagePlugin", "scipy.special",
    "plantargets", "plantargets.data", "plantargets.schemas", "plantargets.report", "plantargets.analysis",
    "plantargets.analysis.observations", "plantargets.plots", "plantargets.plots.fulfilment",
)
"""Modules the report's notebooks import (directly, or on their first ``load()``, table export, figure or
projection): imported once by the server instead of once per notebook."""

CLIENT_SCRIPT = str(Path(__file__).with_name("kernel_client.py"))
# the environment that decides which modules an import finds, or how they behave from the start
SAME_ENV = ("PYTHONPATH", "PYTHONHASHSEED", "PYTHONNOUSERSITE")
_POLL_SECONDS = 0.05


def forking_kernel_manager(socket_path: str):
    """A jupyter_client kernel manager whose ``ipykernel_launcher`` kernels are asked of the server at
    ``socket_path`` (through ``kernel_client.py``); any other kernel command is left as it is."""
    from jupyter_client import AsyncKernelManager

    class ForkingKernelManager(AsyncKernelManager):
        def format_kernel_cmd(self, extra_arguments=None):
            cmd = super().format_kernel_cmd(extra_arguments)
            if cmd[1:3] == ["-m", "ipykernel_launcher"]:
                return [cmd[0], "-I", "-S", CLIENT_SCRIPT, socket_path, *cmd[3:]]
            return cmd

    return ForkingKernelManager


class KernelServer:
    """The kernel server of one report: started with the workers' environment, stopped at the end."""

    def __init__(self, proc: subprocess.Popen, folder: Path) -> None:
        self.proc, self.folder = proc, folder
        self.socket_path = str(folder / "kernels")

    @classmethod
    def start(cls, env: dict[str, str], cwd: Path) -> KernelServer:
        """Start the server (its imports go on in the background; kernels asked for meanwhile wait)."""
        folder = Path(tempfile.mkdtemp(prefix="plantargets-kernels-"))  # 0700: only this user connects
        proc = subprocess.Popen([sys.executable, "-m", "plantargets.report.kernel_server", str(folder / "kernels")],
                                cwd=cwd, env=env, stdin=subprocess.DEVNULL)
        server = cls(proc, folder)
        deadline = time.monotonic() + 30
        while not os.path.exists(server.socket_path) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)  # the socket is bound before the imports, within a few hundredths of a second
        return server

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for path in (Path(self.socket_path), self.folder):
            try:
                path.unlink() if path.is_socket() else path.rmdir()
            except OSError:
                pass


class _KernelShellStandIn:
    """What ``get_ipython()`` answers during the server's imports: a shell with a kernel, as in a kernel."""

    kernel = None


def _preload() -> list[str]:
    """Import ``PRELOADED_MODULES`` as a kernel's first cells would, and the ones that failed, with why (a
    kernel importing them fails the same way, in its notebook). Some libraries look at their surroundings
    when imported: matplotlib reads ``MPLBACKEND``, which ipykernel sets; pandas asks ``get_ipython()``
    whether it runs in a Jupyter kernel (then a table's text shows at most 20 columns, else as many as a
    terminal fits). Both are answered as in a kernel while the modules are imported."""
    import builtins

    backend_set = "MPLBACKEND" in os.environ
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    builtins.get_ipython = _KernelShellStandIn
    failed = []
    try:
        for name in PRELOADED_MODULES:
            try:
                importlib.import_module(name)
            except Exception as err:  # noqa: BLE001 - reported; the kernel will import it itself
                failed.append(f"{name}: {type(err).__name__}: {err}")
    finally:
        del builtins.get_ipython
        if not backend_set:
            del os.environ["MPLBACKEND"]
    return failed


def _refusal(asked: dict) -> str | None:
    """Why a kernel asked for cannot be forked from this process, or None."""
    if asked["executable"] != os.path.realpath(sys.executable):
        return f"interpreter {asked['executable']} is not the server's"
    for name in SAME_ENV:
        if asked["env"].get(name) != os.environ.get(name):
            return f"{name} differs from the server's"
    return None


def _receive(conn: socket.socket) -> tuple[dict, list[int]]:
    head, fds, _, _ = socket.recv_fds(conn, HEADER.size, 3)
    (size,) = HEADER.unpack(head)
    body = bytearray()
    while len(body) < size:
        chunk = conn.recv(size - len(body))
        if not chunk:
            raise ConnectionError("request cut short")
        body.extend(chunk)
    return json.loads(body), fds


def _run_kernel(asked: dict, fds: list[int], start_cwd: str) -> int:
    """In the forked child: take over the asking process's streams, environment and directory, and run
    ipykernel as ``python -m ipykernel_launcher`` does; its exit status."""
    os.setsid()  # a session of its own, as jupyter_client starts kernels
    for fd, target in zip(fds, (0, 1, 2)):
        os.dup2(fd, target)
        os.close(fd)
    for name in ("SIGINT", "SIGTERM", "SIGCHLD", "SIGHUP"):
        signal.signal(getattr(signal, name), signal.default_int_handler if name == "SIGINT" else signal.SIG_DFL)
    os.chdir(asked["cwd"])
    os.environ.clear()
    os.environ.update(asked["env"])
    tempfile.tempdir = None  # TMPDIR is the run's folder
    if sys.path and sys.path[0] == start_cwd:  # ``python -m`` puts the working directory first
        sys.path[0] = asked["cwd"]
    sys.argv = [str(Path(importlib.util.find_spec("ipykernel_launcher").origin)), *asked["argv"]]
    if "numpy" in sys.modules:  # a new process draws a new seed (random reseeds itself after a fork)
        sys.modules["numpy"].random.seed()
    from ipykernel import kernelapp

    try:
        kernelapp.launch_new_instance(argv=asked["argv"])
        return 0
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)


def serve(socket_path: str) -> int:
    """Bind ``socket_path``, import ``PRELOADED_MODULES``, then fork a kernel for each request until the
    starting process is gone or SIGTERM; kernels whose client disconnects are killed."""
    parent, start_cwd = os.getppid(), os.getcwd()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(socket_path)
    listener.listen(64)  # requests made during the imports wait in the backlog
    for failure in _preload():
        print(f"kernel server: could not preload {failure}", file=sys.stderr, flush=True)
    stopping = []
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    kernels: dict[int, socket.socket] = {}  # pid -> its client's connection
    while not stopping and os.getppid() == parent:
        for key, _ in selector.select(timeout=_POLL_SECONDS):
            if key.fileobj is listener:
                conn, _ = listener.accept()
                try:
                    asked, fds = _receive(conn)
                except (OSError, ValueError) as err:
                    conn.close()
                    print(f"kernel server: bad request ({err})", file=sys.stderr, flush=True)
                    continue
                refusal = _refusal(asked)
                if refusal:
                    conn.sendall(f"refused {refusal}\n".encode())
                    conn.close()
                    for fd in fds:
                        os.close(fd)
                    continue
                sys.stdout.flush()
                sys.stderr.flush()
                pid = os.fork()
                if pid == 0:
                    code = 1
                    try:
                        selector.close()
                        listener.close()
                        conn.close()
                        for other in kernels.values():
                            other.close()
                        code = _run_kernel(asked, fds, start_cwd)
                    finally:
                        atexit._run_exitfuncs()
                        sys.stdout.flush()
                        sys.stderr.flush()
                        os._exit(code)
                for fd in fds:
                    os.close(fd)
                kernels[pid] = conn
                selector.register(conn, selectors.EVENT_READ, pid)
                conn.sendall(f"pid {pid}\n".encode())
            else:  # a client closed its connection (it was killed): its kernel goes too
                pid = key.data
                if key.fileobj.recv(64) == b"":
                    selector.unregister(key.fileobj)
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
        _reap(kernels, selector)
    for pid in kernels:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    listener.close()
    return 0


def _reap(kernels: dict[int, socket.socket], selector: selectors.BaseSelector) -> None:
    """Collect the kernels that exited and tell each one's client its status."""
    while kernels:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = kernels.pop(pid, None)
        if conn is None:
            continue
        try:
            selector.unregister(conn)
        except (KeyError, ValueError):
            pass
        try:
            conn.sendall(f"exit {os.waitstatus_to_exitcode(status)}\n".encode())
        except OSError:
            pass
        conn.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python -m plantargets.report.kernel_server SOCKET (started by plantargets report)",
              file=sys.stderr)
        sys.exit(2)
    sys.exit(serve(sys.argv[1]))
