"""Replace an output folder in one step, so a killed build or report leaves the previous one usable.

The new content is written into a staging folder beside the target; the target is then renamed aside and
the staging folder renamed into place. A process killed between the two renames leaves the old folder
under ``.<name>-previous-<pid>``, which ``recover_previous`` puts back on the next run.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_previous(out_dir: Path) -> None:
    """Restore the previous folder after an interrupted swap; remove staging folders of dead processes."""
    backups = sorted(out_dir.parent.glob(f".{out_dir.name}-previous-*"))
    if not out_dir.exists() and backups:
        os.replace(backups[-1], out_dir)
    for leftover in out_dir.parent.glob(f".{out_dir.name}-previous-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for staging in out_dir.parent.glob(f".{out_dir.name}-staging-*"):
        match = re.match(rf"\.{re.escape(out_dir.name)}-staging-(\d+)-", staging.name)
        if match and not _alive(int(match.group(1))):
            shutil.rmtree(staging, ignore_errors=True)


def make_staging(out_dir: Path) -> Path:
    """A new empty folder beside ``out_dir`` (same file system, so the final rename is atomic)."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-staging-{os.getpid()}-", dir=out_dir.parent))


def swap_into_place(staging: Path, out_dir: Path) -> None:
    """Make ``staging`` the new ``out_dir``; the old one is removed only once the new one is in place."""
    os.chmod(staging, 0o755)
    backup = out_dir.parent / f".{out_dir.name}-previous-{os.getpid()}"
    if out_dir.exists():
        os.replace(out_dir, backup)
    os.replace(staging, out_dir)
    if backup.exists():
        shutil.rmtree(backup, ignore_errors=True)
