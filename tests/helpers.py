"""Helpers shared by the report, fault, security and browser tests."""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import time
from functools import lru_cache
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


# A notebook run of the fixture grids is: start a worker process (imports papermill, ~1 s), start a kernel, run a
# few tiny cells. So its duration scales with the kernel start-up, which is what load on the machine stretches.
# Measured on 2 idle cores: start-up 1.0–1.5 s, a completing fixture run 2–5 s (four at once: 5.1 s); with four
# CPU-bound processes beside the tests (load ~6) both grow about threefold. A time limit that a run must meet is
# this many start-ups: over ten times what a run needs at the load measured.
KERNEL_STARTS_PER_RUN_LIMIT = 20
MIN_RUN_LIMIT_SECONDS = 30


@lru_cache(maxsize=None)
def kernel_start_seconds() -> float:
    """Seconds to start a ``python3`` kernel and get its first reply, measured once per test session on this
    machine at its load of the moment (the basis of the tests' notebook time limits)."""
    from jupyter_client.manager import start_new_kernel

    started = time.monotonic()
    manager, client = start_new_kernel(kernel_name="python3", startup_timeout=600)
    seconds = time.monotonic() - started
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    return seconds


def notebook_time_limit() -> int:
    """``--timeout`` for a fixture run that must complete: KERNEL_STARTS_PER_RUN_LIMIT measured kernel start-ups,
    at least MIN_RUN_LIMIT_SECONDS; whole seconds, so messages quote it exactly."""
    return max(MIN_RUN_LIMIT_SECONDS, math.ceil(KERNEL_STARTS_PER_RUN_LIMIT * kernel_start_seconds()))
