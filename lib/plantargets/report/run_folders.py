"""Temporary folders of report runs (``plantargets-run-*`` in TMPDIR): removed on every exit, and after a kill
at the next run, without touching the folder of a run that is still going.

Each notebook run works in its own folder: the job file, the worker's log, and the kernel's connection file
(the worker is started with ``TMPDIR`` and ``JUPYTER_RUNTIME_DIR`` inside it, so its temporary files and
the kernel's go there, not into the shared TMPDIR or the user's Jupyter folder). The folder is removed when the run ends, normally or by an
exception, Ctrl-C or SIGTERM (which the runner turns into Ctrl-C). A SIGKILL leaves it behind.

Whether a folder belongs to a live run is decided by a lock, not by a process id (process ids repeat, and
differ between PID namespaces: a container, ``unshare``): the run holds ``fcntl.flock`` on the folder's
``.lock`` file from before the folder gets its name until it is removed, and the kernel drops the lock when
the process dies, however it dies. ``remove_stale_run_folders`` (called each time a run folder is made)
removes this user's folders whose lock it can take. A folder without a lock file (made by an older version,
or by a process killed in the instant between making it and locking it) is removed once it is older than
``UNLOCKED_MAX_AGE``.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import stat
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["RUN_PREFIX", "LOCK_NAME", "run_folder", "remove_stale_run_folders", "UNLOCKED_MAX_AGE"]

RUN_PREFIX = "plantargets-run-"
_STARTING_PREFIX = ".plantargets-run-starting-"  # a folder being set up: locked before it takes RUN_PREFIX
LOCK_NAME = ".lock"
UNLOCKED_MAX_AGE = 3600.0  # seconds; longer than a run folder is ever without its lock


def _lock(folder: Path, create: bool) -> int | None:
    """An open descriptor of ``folder/.lock`` holding its exclusive lock; None when another process holds it.

    Raises FileNotFoundError when there is no lock file and ``create`` is false."""
    flags = os.O_RDWR | os.O_CLOEXEC | os.O_NOFOLLOW | (os.O_CREAT if create else 0)
    fd = os.open(folder / LOCK_NAME, flags, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        os.close(fd)
        if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return None
        raise
    return fd


@contextmanager
def run_folder(parent: str | Path | None = None) -> Iterator[Path]:
    """A new ``plantargets-run-*`` folder in ``parent`` (default TMPDIR), locked while the block runs and
    removed when it ends however it ends; stale folders of this user are removed first."""
    parent = Path(parent or tempfile.gettempdir())
    remove_stale_run_folders(parent)
    token = uuid.uuid4().hex[:16]
    starting, folder = parent / f"{_STARTING_PREFIX}{token}", parent / f"{RUN_PREFIX}{token}"
    os.mkdir(starting, 0o700)
    fd = None
    try:
        try:
            fd = _lock(starting, create=True)
        except OSError:  # a file system without locks (some network mounts): the folder is kept until its run ends
            fd = None
        os.rename(starting, folder)  # the folder is locked before anyone can take it for a run's
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(starting, ignore_errors=True)
        if fd is not None:
            os.close(fd)


def remove_stale_run_folders(parent: str | Path | None = None) -> list[Path]:
    """Remove this user's run folders in ``parent`` (default TMPDIR) that no live run holds; return them."""
    parent = Path(parent or tempfile.gettempdir())
    removed = []
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith((RUN_PREFIX, _STARTING_PREFIX)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            continue  # a link, a file, or another user's run: not ours to remove
        folder = Path(entry.path)
        old = time.time() - info.st_mtime > UNLOCKED_MAX_AGE
        if entry.name.startswith(_STARTING_PREFIX) and not old:
            continue  # being set up right now (it is locked before it is renamed), or only just killed
        try:
            fd = _lock(folder, create=False)
        except FileNotFoundError:
            if old:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
            continue
        except OSError:
            continue  # a lock file we cannot open (a link, no permission): leave the folder alone
        if fd is None:
            continue  # a live run holds it
        try:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        finally:
            os.close(fd)
    return removed
