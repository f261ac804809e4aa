"""Replace an output folder in one step, so a killed build or report leaves the previous one usable.

The new content is written into a staging folder beside the target. On Linux the two folders are then
exchanged in one ``renameat2(RENAME_EXCHANGE)`` call, so the target always exists; elsewhere the target is
renamed aside and the staging folder renamed into place, and a process killed between the two renames leaves
the old folder under ``.<name>-previous-<pid>``, which ``recover_previous`` puts back on the next run.
"""

from __future__ import annotations

import json
import os
import re
import sys
import shutil
import tempfile
from pathlib import Path

# The file that marks a folder as written by plantargets: only such a folder, an empty one or a new one may be
# replaced by a build or a report.
OWNER_MARK = ".plantargets-output"
_OWNER_TEXT = "This folder is written by plantargets ({kind}) and is replaced as a whole by its next run.\n"


class UnsafeOutputError(ValueError):
    """An output folder that a build or report must not replace (it would destroy what the user owns)."""


def check_output_folder(out_dir: Path, kind: str, protected: list[Path] = (), inputs: list[Path] = ()) -> Path:
    """The resolved output folder, or ``UnsafeOutputError``: a folder may be replaced only when it is new,
    empty or marked as plantargets' own, and never when it is or holds a ``protected`` folder or an input
    (the raw data), a repository, a home folder or the file system's root, or lies inside an input."""
    out = Path(out_dir).expanduser().resolve()
    reasons = []
    if out == Path(out.anchor) or out == Path.home().resolve():
        reasons.append("it is the file system's root or a home folder")
    for path in {Path(p).expanduser().resolve() for p in (*protected, *inputs)}:
        if out == path or path.is_relative_to(out):
            reasons.append(f"it is or contains {path}, which must not be replaced")
    for path in {Path(p).expanduser().resolve() for p in inputs}:
        if out != path and out.is_relative_to(path):
            reasons.append(f"it lies inside {path}, whose files must not be touched")
    if out.exists() and not out.is_dir():
        reasons.append("it is a file, not a folder")
    elif out.is_dir():
        if (out / ".git").exists():
            reasons.append("it is a repository's root")
        elif any(out.iterdir()) and not (out / OWNER_MARK).is_file() and not _written_before_marks(out):
            reasons.append(f"it is not empty and was not written by plantargets (no {OWNER_MARK} file)")
    if reasons:
        raise UnsafeOutputError(f"refusing to write the {kind} into {out}: " + "; ".join(reasons)
                                + ". Choose a new or empty folder, or one a previous plantargets run wrote.")
    return out


def _written_before_marks(folder: Path) -> bool:
    """A folder plantargets wrote before it marked its outputs: its datapackage.json or manifest.json says so."""
    for name, key, value in (("datapackage.json", "name", "plantargets-clean"),
                             ("manifest.json", "generator", "plantargets report")):
        try:
            if json.loads((folder / name).read_text(encoding="utf-8")).get(key) == value:
                return True
        except (OSError, ValueError, AttributeError):
            continue
    return False


def mark_as_owned(folder: Path, kind: str) -> None:
    """Write the owner mark into a folder about to become an output (same text every time, so builds stay
    byte-identical)."""
    (folder / OWNER_MARK).write_text(_OWNER_TEXT.format(kind=kind), encoding="utf-8")


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists (one of another user counts as alive)."""
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
    remove_orphaned_folders(out_dir.parent, f".{out_dir.name}-staging-")


def remove_orphaned_folders(parent: Path, prefix: str) -> None:
    """Remove the folders ``<prefix><pid>-*`` in ``parent`` whose process is gone (left by a killed run)."""
    for folder in parent.glob(f"{prefix}*"):
        match = re.match(rf"{re.escape(prefix)}(\d+)-", folder.name)
        if match and not process_alive(int(match.group(1))):
            shutil.rmtree(folder, ignore_errors=True)


def make_staging(out_dir: Path) -> Path:
    """A new empty folder beside ``out_dir`` (same file system, so the final rename is atomic)."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-staging-{os.getpid()}-", dir=out_dir.parent))


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one system call (Linux renameat2); False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # noqa: PLC0415 - only here, where a folder is replaced

    try:
        # the process's own symbols, libc's among them (ctypes.util.find_library would run ldconfig: 10 ms)
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def swap_into_place(staging: Path, out_dir: Path, kind: str = "output") -> None:
    """Make ``staging`` the new ``out_dir`` (marked as plantargets' own); the old one is removed only once the
    new one is in place."""
    mark_as_owned(staging, kind)
    os.chmod(staging, 0o755)
    if out_dir.exists() and _exchange(staging, out_dir):
        shutil.rmtree(staging, ignore_errors=True)  # the staging name now holds the old folder
        return
    backup = out_dir.parent / f".{out_dir.name}-previous-{os.getpid()}"
    if out_dir.exists():
        os.replace(out_dir, backup)
    os.replace(staging, out_dir)
    if backup.exists():
        shutil.rmtree(backup, ignore_errors=True)
