"""Helpers shared by the report, fault, security and browser tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FIXTURE_NOTEBOOKS = Path(__file__).parent / "notebooks"


def make_fixture_checkout(root: Path) -> Path:
    """A throwaway checkout with the fixture notebooks and a small data/clean for the runner to fingerprint."""
    (root / "notebooks").mkdir(parents=True)
    for notebook in FIXTURE_NOTEBOOKS.glob("*.ipynb"):
        shutil.copy(notebook, root / "notebooks" / notebook.name)
    (root / "data" / "clean").mkdir(parents=True)
    (root / "data" / "clean" / "targets.csv").write_text("city,value\n湛江,1\n", encoding="utf-8")
    return root


def netns_prefix() -> list[str]:
    """``unshare -n`` with loopback up, when this machine lets us make a network namespace; else []."""
    if not sys.platform.startswith("linux") or not shutil.which("unshare") or not shutil.which("ip"):
        return []
    wrap = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh"]
    try:
        probe = subprocess.run([*wrap, "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return []
    return wrap if probe.returncode == 0 else []
