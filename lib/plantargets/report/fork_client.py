"""Stands for one process forked by a report's fork server (``plantargets.report.fork_server``).

``python fork_client.py SOCKET MODULE ARG...`` asks the server at ``SOCKET`` for a fork that runs as
``python -m MODULE ARG...`` would (a kernel: ``ipykernel_launcher -f CONNECTION_FILE``; a notebook's worker:
``plantargets.report.worker JOB.json``), handing over its standard streams, environment and working
directory. It then behaves as that process for whoever started it: signals sent to it go to the fork, and
it exits when the fork exits, with its status. When it is killed, the server sees the connection close and
kills the fork; when the process that started it is gone, it kills the fork and exits (as ipykernel's parent
poller and the worker's own watch would). When the server cannot give a fork (gone, or started for another
interpreter or search path), it runs ``python -m MODULE ARG...`` in its own place; but when the server closes
the connection without a reply (it is stopping with its report) or the process that started the client is
gone, it starts nothing, since nobody would stop or wait for it.

Standard library only, run as a file (not as ``-m``, which would import the package): it starts in 20 ms.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import sys

FORWARDED_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2")
HEADER = struct.Struct("!I")  # length of the JSON request that follows the header


def request(module: str, args: list[str]) -> bytes:
    """The JSON a fork is asked with: the interpreter, the module and its arguments, environment and folder."""
    return json.dumps({"executable": os.path.realpath(sys.executable), "module": module, "argv": args,
                       "env": dict(os.environ), "cwd": os.getcwd()}).encode("utf-8")


def run_unforked(module: str, args: list[str], reason: str) -> None:
    """Replace this process with ``python -m module args`` (the server could not give a fork)."""
    print(f"fork server: {reason}; starting python -m {module} on its own", file=sys.stderr, flush=True)
    os.execv(sys.executable, [sys.executable, "-m", module, *args])


def _read_line(conn: socket.socket, buffer: bytearray) -> str | None:
    """The next line from the server, None when the connection closed."""
    while b"\n" not in buffer:
        chunk = conn.recv(256)
        if not chunk:
            return None
        buffer.extend(chunk)
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return line.decode("ascii")


def kill_quietly(pid: int, signum: int = signal.SIGKILL) -> None:
    """Send ``signum`` to ``pid``; a process already gone is no error."""
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def main(argv: list[str]) -> int:
    """Ask the server at ``argv[0]`` to run module ``argv[1]`` with ``argv[2:]``, stand for it, return its
    exit status."""
    socket_path, module, args = argv[0], argv[1], argv[2:]
    parent = os.getppid()
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    asked = False
    try:
        conn.connect(socket_path)
        body = request(module, args)
        socket.send_fds(conn, [HEADER.pack(len(body))], [0, 1, 2])
        conn.sendall(body)
        asked = True
        buffer = bytearray()
        reply = _read_line(conn, buffer)  # waits while the server is still importing
    except OSError as err:
        reply, failure = None, f"not reachable ({err})"
    else:
        failure = None if reply and reply.startswith("pid ") else f"no fork given ({reply or 'connection closed'})"
    if failure:
        conn.close()
        # A server that took the request and closed without a reply is stopping with its report; and whoever
        # asked may be gone already: either way nobody waits for this process, so none is started.
        if (asked and reply is None) or os.getppid() != parent:
            return 1
        run_unforked(module, args, failure)
        return 1
    pid = int(reply.split()[1])
    if os.getppid() != parent:  # whoever asked went while the fork was being made: it must not run for no one
        kill_quietly(pid)
        return 1

    def forward(signum, frame):
        kill_quietly(pid, signum)

    for name in FORWARDED_SIGNALS:
        signal.signal(getattr(signal, name), forward)
    conn.settimeout(1.0)
    while True:
        try:
            line = _read_line(conn, buffer)
        except TimeoutError:
            if os.getppid() != parent:  # the process that started this one is gone: so goes the fork
                kill_quietly(pid)
                return 1
            continue
        if line is None:  # the server is gone; its forks notice it and exit
            return 1
        if line.startswith("exit "):
            return int(line.split()[1])


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print("usage: python fork_client.py SOCKET MODULE [ARG...] (started by a report)", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
