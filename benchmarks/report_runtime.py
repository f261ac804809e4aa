"""Wall time of the README's main job after installation: build data/clean, then the default report.

Goal (issue: notebook suite): raw → clean → reports/latest/index.html with the default grid in under two
minutes on the 2-core machine. Runs both steps as the README does, in fresh processes, into a temporary
output folder so the committed data and the last report stay untouched, and checks every run completed.

    python benchmarks/report_runtime.py [--jobs 2] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 120.0
ROOT = Path(__file__).resolve().parents[1]


def time_command(arguments: list[str]) -> float:
    """Run one command from the repository root and return its wall time; raise if it fails."""
    start = time.perf_counter()
    completed = subprocess.run(arguments, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        raise SystemExit(f"{' '.join(arguments)} failed ({completed.returncode}):\n{completed.stdout[-2000:]}{completed.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="notebooks run at once (the README uses 2)")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="plantargets-bench-") as work:
        clean, report = Path(work) / "clean", Path(work) / "latest"
        build_seconds = time_command([sys.executable, "-m", "plantargets", "build", "--out", str(clean), "--no-progress"])
        report_seconds = time_command([sys.executable, "-m", "plantargets", "report", "--out", str(report),
                                       "--jobs", str(args.jobs), "--no-progress"])
        manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
        runs = manifest["runs"]
        completed = sum(run["status"] == "completed" for run in runs)
        index_exists = (report / "index.html").is_file()
    total = build_seconds + report_seconds
    results = {"build_seconds": round(build_seconds, 1), "report_seconds": round(report_seconds, 1),
               "total_seconds": round(total, 1), "jobs": args.jobs, "runs": len(runs), "completed": completed,
               "index_html": index_exists, "goal_seconds": GOAL_SECONDS}
    print(f"build {build_seconds:.1f} s + report {report_seconds:.1f} s = {total:.1f} s "
          f"({completed}/{len(runs)} runs completed, jobs={args.jobs}); goal < {GOAL_SECONDS:.0f} s: "
          f"{'ok' if total < GOAL_SECONDS and completed == len(runs) and index_exists else 'FAIL'}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if total < GOAL_SECONDS and completed == len(runs) and index_exists else 1


if __name__ == "__main__":
    sys.exit(main())
