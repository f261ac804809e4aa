"""Kernels and workers forked from processes that have already imported what they import.

Every run of a report executes its notebook with papermill in a worker process of its own, which starts a
fresh IPython kernel; the worker spends 0.5 s of CPU importing papermill, and the kernel 1.5–2 s importing
IPython, pandas, pyarrow, matplotlib and this library before its first line of work: the same imports in
every run. A local report starts two fork servers (``ForkServer``), one per ``ROLES`` entry: a process that
makes the role's imports once (imports only: no table read, no figure drawn, no notebook opened) and then
forks one child per process asked for. Each child starts from the server's untouched state, so runs are as
isolated from each other as before (their own globals, rcParams, registered fonts and random state), and
runs as ``python -m MODULE ARG...`` would (``ipykernel_launcher -f CONNECTION_FILE``, or
``plantargets.report.worker JOB.json``), with the standard streams, environment and working directory of
the process that asked (``fork_client``).

The runner starts its workers through ``fork_client.py`` (``client_command``), and the worker's papermill
its kernel (``forking_kernel_manager``, in place of ``ipykernel_launcher``). A fork is refused (and the
client runs the module itself) when it asks for another module, interpreter, ``PYTHONPATH`` or
``PYTHONHASHSEED`` than the server's, since the modules the server imported would then not be the ones the
process would import. A server exits when the process that started it is gone or on SIGTERM, after killing
its forks and waiting for them; a fork whose client is killed (or gone before the fork was announced) is
killed; kernels whose server is gone exit (ipykernel's parent poller), and so do
workers (they watch their parent).

``python -m plantargets.report.fork_server ROLE SOCKET`` (started by ``ForkServer.start``).
"""

from __future__ import annotations

import atexit
import importlib
import importlib.util
import json
import os
import runpy
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from plantargets.report.fork_client import HEADER, kill_quietly

__all__ = ["CLIENT_SCRIPT", "KERNEL_MODULES", "ROLES", "WORKER_MODULES", "ForkServer", "client_command",
           "forking_kernel_manager", "serve"]

KERNEL_MODULES = (
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
projection): imported once by the kernel server instead of once per notebook."""

WORKER_MODULES = ("papermill", "papermill.translators", "nbclient", "jupyter_client.manager",
                  "plantargets.report.grid", "plantargets.report.params")
"""What a notebook's worker imports to run it (after ``lean_imports``, as the worker does); not the worker's
own module, which each fork runs as ``__main__``."""

ROLES = {"kernel": "ipykernel_launcher", "worker": "plantargets.report.worker"}
"""Each server's role and the module its forks run as."""

CLIENT_SCRIPT = str(Path(__file__).with_name("fork_client.py"))
# the environment that decides which modules an import finds, or how they behave from the start
SAME_ENV = ("PYTHONPATH", "PYTHONHASHSEED", "PYTHONNOUSERSITE")
_POLL_SECONDS = 0.05
_REQUEST_SECONDS = 10.0  # a client sends its request as soon as it connects
_REQUEST_KEYS = {"executable", "module", "argv", "env", "cwd"}


def client_command(python: str, socket_path: str, module: str, *args: str) -> list[str]:
    """The command that runs ``python -m module args`` as a fork from the server at ``socket_path``."""
    return [python, CLIENT_SCRIPT, socket_path, module, *args]


def forking_kernel_manager(socket_path: str):
    """A jupyter_client kernel manager whose ``ipykernel_launcher`` kernels are asked of the kernel server at
    ``socket_path`` (through ``fork_client.py``); any other kernel command is left as it is."""
    from jupyter_client import AsyncKernelManager

    class ForkingKernelManager(AsyncKernelManager):
        def format_kernel_cmd(self, extra_arguments=None):
            cmd = super().format_kernel_cmd(extra_arguments)
            if cmd[1:3] == ["-m", ROLES["kernel"]]:
                return client_command(cmd[0], socket_path, ROLES["kernel"], *cmd[3:])
            return cmd

    return ForkingKernelManager


class ForkServer:
    """One fork server of a report: started with the workers' environment, stopped at the end."""

    def __init__(self, role: str, proc: subprocess.Popen, folder: Path) -> None:
        self.role, self.proc, self.folder = role, proc, folder
        self.socket_path = str(folder / role)

    @classmethod
    def start(cls, role: str, env: dict[str, str], cwd: Path) -> ForkServer:
        """Start the server for ``role`` (its imports go on in the background; forks asked for meanwhile wait)."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
        folder = Path(tempfile.mkdtemp(prefix=f"plantargets-{role}s-"))  # 0700: only this user connects
        proc = subprocess.Popen([sys.executable, "-m", "plantargets.report.fork_server", role, str(folder / role)],
                                cwd=cwd, env=env, stdin=subprocess.DEVNULL)
        server = cls(role, proc, folder)
        deadline = time.monotonic() + 30
        while not os.path.exists(server.socket_path) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)  # the socket is bound before the imports, within a few hundredths of a second
        return server

    @property
    def running(self) -> bool:
        return self.proc.poll() is None

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


def _preload(role: str) -> list[str]:
    """Make the role's imports; the ones that failed, with why (the fork will import them itself, and fail
    the same way where it needs them)."""
    if role == "worker":
        from plantargets.report.lean_imports import skip_unused_optional_imports

        skip_unused_optional_imports()  # as the worker does before it imports papermill
        return _import_all(WORKER_MODULES)
    return _preload_kernel()


def _import_all(names) -> list[str]:
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as err:  # noqa: BLE001 - reported; the fork will import it itself
            failed.append(f"{name}: {type(err).__name__}: {err}")
    return failed


def _preload_kernel() -> list[str]:
    """Import ``KERNEL_MODULES`` as a kernel's first cells would. Some libraries look at their surroundings
    when imported: matplotlib reads ``MPLBACKEND``, which ipykernel sets; pandas asks ``get_ipython()``
    whether it runs in a Jupyter kernel (then a table's text shows at most 20 columns, else as many as a
    terminal fits). Both are answered as in a kernel while the modules are imported."""
    import builtins

    backend_set = "MPLBACKEND" in os.environ
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    builtins.get_ipython = _KernelShellStandIn
    try:
        failed = _import_all(KERNEL_MODULES)
    finally:
        del builtins.get_ipython
        if not backend_set:
            del os.environ["MPLBACKEND"]
    return failed


def _refusal(asked: dict, role: str) -> str | None:
    """Why the process asked for cannot be forked from this server, or None."""
    if asked["module"] != ROLES[role]:
        return f"this server runs {ROLES[role]}, not {asked['module']}"
    if asked["executable"] != os.path.realpath(sys.executable):
        return f"interpreter {asked['executable']} is not the server's"
    for name in SAME_ENV:
        if asked["env"].get(name) != os.environ.get(name):
            return f"{name} differs from the server's"
    return None


def _receive(conn: socket.socket) -> tuple[dict, list[int]]:
    """A client's request and the three streams it handed over (closed again when the request is cut short or
    malformed: ``ConnectionError``)."""
    conn.settimeout(_REQUEST_SECONDS)
    head, fds, _, _ = socket.recv_fds(conn, HEADER.size, 3)
    try:
        if len(head) != HEADER.size or len(fds) != 3:
            raise ConnectionError("request cut short")
        (size,) = HEADER.unpack(head)
        body = bytearray()
        while len(body) < size:
            chunk = conn.recv(size - len(body))
            if not chunk:
                raise ConnectionError("request cut short")
            body.extend(chunk)
        asked = json.loads(body)
        if not isinstance(asked, dict) or not _REQUEST_KEYS <= asked.keys():
            raise ConnectionError("request without " + ", ".join(sorted(_REQUEST_KEYS)))
    except BaseException:
        for fd in fds:
            os.close(fd)
        raise
    conn.settimeout(None)
    return asked, fds


def _take_over(asked: dict, fds: list[int], start_cwd: str) -> None:
    """In a forked child: the asking process's streams, environment, folder and command line, default
    signal handlers, a session of its own (as jupyter_client starts kernels) and a fresh random seed."""
    os.setsid()
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
    sys.argv = [str(Path(importlib.util.find_spec(asked["module"]).origin)), *asked["argv"]]
    if "numpy" in sys.modules:  # a new process draws a new seed (random reseeds itself after a fork)
        sys.modules["numpy"].random.seed()


def _run_fork(asked: dict) -> int:
    """Run the module as ``python -m MODULE ARG...`` does (``sys.argv`` is set); the exit status."""
    try:
        runpy.run_module(asked["module"], run_name="__main__", alter_sys=True)
        return 0
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)


def serve(role: str, socket_path: str) -> int:
    """Bind ``socket_path``, make the role's imports, then fork a process for each request until the starting
    process is gone or SIGTERM; forks whose client disconnects are killed."""
    parent, start_cwd = os.getppid(), os.getcwd()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    # bound under another name and renamed once listening: a client that sees the path never finds it refusing
    binding = f"{socket_path}.binding"
    listener.bind(binding)
    listener.listen(64)  # requests made during the imports wait in the backlog
    os.rename(binding, socket_path)
    for failure in _preload(role):
        print(f"{role} server: could not preload {failure}", file=sys.stderr, flush=True)
    stopping = []
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    forks: dict[int, socket.socket] = {}  # pid -> its client's connection
    while not stopping and os.getppid() == parent:
        for key, _ in selector.select(timeout=_POLL_SECONDS):
            if key.fileobj is listener:
                conn, _ = listener.accept()
                try:
                    asked, fds = _receive(conn)
                except (OSError, ValueError) as err:
                    conn.close()
                    print(f"{role} server: bad request ({err})", file=sys.stderr, flush=True)
                    continue
                refusal = _refusal(asked, role)
                if refusal:
                    try:
                        conn.sendall(f"refused {refusal}\n".encode())
                    except OSError:
                        pass  # the client is gone: it needs no answer
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
                        for other in forks.values():
                            other.close()
                        _take_over(asked, fds, start_cwd)
                        code = _run_fork(asked)
                    finally:
                        atexit._run_exitfuncs()
                        sys.stdout.flush()
                        sys.stderr.flush()
                        os._exit(code)
                for fd in fds:
                    os.close(fd)
                try:
                    conn.sendall(f"pid {pid}\n".encode())
                except OSError:  # the client went while its fork was made: nobody would stop the fork
                    _kill_and_reap(pid)
                    conn.close()
                    continue
                forks[pid] = conn
                selector.register(conn, selectors.EVENT_READ, pid)
            else:  # a client closed its connection (it was killed): its fork goes too
                pid = key.data
                if key.fileobj.recv(64) == b"":
                    selector.unregister(key.fileobj)
                    kill_quietly(pid)
        _reap(forks, selector)
    for pid in forks:  # reaped, so that once the server has exited no fork can write another byte
        _kill_and_reap(pid)
    listener.close()
    return 0


def _kill_and_reap(pid: int) -> None:
    kill_quietly(pid)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _reap(forks: dict[int, socket.socket], selector: selectors.BaseSelector) -> None:
    """Collect the forks that exited and tell each one's client its status."""
    while forks:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = forks.pop(pid, None)
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
    if len(sys.argv) != 3 or sys.argv[1] not in ROLES:
        print(f"usage: python -m plantargets.report.fork_server {{{','.join(ROLES)}}} SOCKET (started by plantargets "
              "report)", file=sys.stderr)
        sys.exit(2)
    sys.exit(serve(sys.argv[1], sys.argv[2]))
