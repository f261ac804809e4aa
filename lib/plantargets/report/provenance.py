"""Where a report came from, for its manifest: the commit, a checksum of the data read, the installed
versions, and every run's record, with nothing that changes from one run of the same inputs to the next.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from plantargets.report.grid import path_label
from plantargets.report.one_run import RunOutcome
from plantargets.report.worker import KERNEL_NAME

__all__ = ["build_manifest", "git_commit", "data_fingerprint", "installed_versions"]


def git_commit(repo_root: str | Path) -> str | None:
    """The checked-out commit, read from .git (no git command needed); None outside a repository."""
    root = Path(repo_root)
    git = root / ".git"
    try:
        if git.is_file():  # worktree or submodule: "gitdir: <path>"
            text = git.read_text(encoding="utf-8").strip()
            if not text.startswith("gitdir:"):
                return None
            git = (root / text[len("gitdir:"):].strip()).resolve()
        if not (git / "HEAD").is_file():
            return None
        head = (git / "HEAD").read_text(encoding="utf-8").strip()
        if re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", head):
            return head
        if not head.startswith("ref:"):
            return None
        ref = head[len("ref:"):].strip()
        bases = [git]
        if (git / "commondir").is_file():
            bases.append((git / (git / "commondir").read_text(encoding="utf-8").strip()).resolve())
        for base in bases:
            if (base / ref).is_file():
                return (base / ref).read_text(encoding="utf-8").strip() or None
        for base in bases:
            packed = base / "packed-refs"
            if packed.is_file():
                for line in packed.read_text(encoding="utf-8").splitlines():
                    parts = line.split()
                    if len(parts) == 2 and parts[1] == ref:
                        return parts[0]
    except OSError:
        return None
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def data_fingerprint(data_dir: str | Path, repo_root: str | Path | None = None) -> dict[str, Any]:
    """SHA-256 of each CSV in ``data_dir`` and one over all of them (of ``sha256sum``'s output lines)."""
    data_dir = Path(data_dir)
    files = sorted(data_dir.glob("*.csv")) if data_dir.is_dir() else []
    per_file = {path.name: _sha256(path) for path in files}
    combined = (hashlib.sha256("".join(f"{h}  {n}\n" for n, h in per_file.items()).encode()).hexdigest()
                if per_file else None)
    label = path_label(data_dir, Path(repo_root)) if repo_root else data_dir.as_posix()
    return {"dir": label, "sha256": combined, "files": per_file}


def build_manifest(runs: list[RunOutcome], config_label: str, repo_root: Path, data_dir: Path) -> dict[str, Any]:
    """What manifest.json holds: provenance and every run's record, nothing that changes from run to run."""
    from plantargets import __version__

    n_failed = sum(run.status != "completed" for run in runs)
    return {
        "generator": "plantargets report",
        "plantargets_version": __version__,
        "config": config_label,
        "git_commit": git_commit(repo_root),
        "data": data_fingerprint(data_dir, repo_root),
        "kernel": KERNEL_NAME,
        "environment": installed_versions(),
        "summary": {"runs": len(runs), "completed": len(runs) - n_failed, "failed": n_failed},
        "runs": [run.record() for run in runs],
    }


def installed_versions() -> dict[str, Any]:
    """The Python version and every installed distribution's version (importlib.metadata), names normalised
    and sorted, so a report says which stack made it (compare with requirements/constraints.txt)."""
    import platform
    from importlib import metadata

    packages = {}
    for distribution in metadata.distributions():
        name = re.sub(r"[-_.]+", "-", distribution.metadata.get("Name") or "").lower()
        if name:
            packages[name] = distribution.version
    return {"python": platform.python_version(), "packages": dict(sorted(packages.items()))}
