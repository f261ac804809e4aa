"""Stands for one kernel forked by the report's kernel server (``plantargets.report.kernel_server``).

jupyter_client starts ``python -I -S kernel_client.py SOCKET -f CONNECTION_FILE`` where it would start
``python -m ipykernel_launcher -f CONNECTION_FILE`` (``ForkingKernelManager`` in the worker). This process
asks the server for a kernel, handing over its standard streams, environment and working directory, and
then behaves as the kernel's process for jupyter_client: signals sent to it go to the kernel, and it exits
when the kernel exits, with its status. When it is killed, the server sees the connection close and kills
the kernel; when the process that started it is gone, it stops the kernel and exits, as ipykernel's parent
poller would. When the server cannot give a kernel (gone, or started for another interpreter or search
path), it becomes an ordinary kernel: it runs ``python -m ipykernel_launcher`` in its own place.

Standard library only, run as a file with ``-I -S`` (no site packages): it starts in milliseconds.
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


def request(kernel_argv: list[str]) -> bytes:
    """The JSON a kernel is asked with: the interpreter, the kernel's arguments, environment and directory."""
    return json.dumps({"executable": os.path.realpath(sys.executable), "argv": kernel_argv,
                       "env": dict(os.environ), "cwd": os.getcwd()}).encode("utf-8")


def ordinary_kernel(kernel_argv: list[str], reason: str) -> None:
    """Replace this process with ``python -m ipykernel_launcher`` (the server could not give a kernel)."""
    print(f"kernel server: {reason}; starting an ordinary kernel", file=sys.stderr, flush=True)
    os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *kernel_argv])


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


def main(argv: list[str]) -> int:
    """Ask the server at ``argv[0]`` for a kernel with arguments ``argv[1:]``, stand for it, return its status."""
    socket_path, kernel_argv = argv[0], argv[1:]
    parent = os.getppid()
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(socket_path)
        body = request(kernel_argv)
        socket.send_fds(conn, [HEADER.pack(len(body))], [0, 1, 2])
        conn.sendall(body)
        buffer = bytearray()
        reply = _read_line(conn, buffer)  # waits while the server is still importing
    except OSError as err:
        conn.close()
        ordinary_kernel(kernel_argv, f"not reachable ({err})")
        return 1
    if reply is None or not reply.startswith("pid "):
        conn.close()
        ordinary_kernel(kernel_argv, f"no kernel given ({reply or 'connection closed'})")
        return 1
    kernel_pid = int(reply.split()[1])

    def forward(signum, frame):
        try:
            os.kill(kernel_pid, signum)
        except ProcessLookupError:
            pass

    for name in FORWARDED_SIGNALS:
        signal.signal(getattr(signal, name), forward)
    conn.settimeout(1.0)
    while True:
        try:
            line = _read_line(conn, buffer)
        except TimeoutError:
            if os.getppid() != parent:  # the process that started the kernel is gone: so is the kernel
                forward(signal.SIGKILL, None)
                return 1
            continue
        except InterruptedError:
            continue
        if line is None:  # the server is gone; its kernels notice it and exit
            return 1
        if line.startswith("exit "):
            return int(line.split()[1])


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print("usage: python kernel_client.py SOCKET -f CONNECTION_FILE (started by a report's worker)",
              file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
