"""Wall time of a large report grid: local threads (--jobs 1, 2) and a Dask LocalCluster (1, 2 workers).

Generates, in a temporary folder, a tiny notebook (parameters ``i`` and ``output_dir``; a sum and a one-line
CSV, no heavy imports, so a run is mostly kernel start) and a grid of ``--runs`` executions of it, then runs
``plantargets report`` on it four times, as a fresh command each time:

    --jobs 1, --jobs 2                 local path: threads of the runner, one worker process per run
    --scheduler ADDRESS (1 worker)     a LocalCluster(n_workers=1 or 2, threads_per_worker=1, processes=True)
    --scheduler ADDRESS (2 workers)    started by this script on 127.0.0.1 before the command (not timed)

in the order --jobs 1, 1 worker, --jobs 2, 2 workers (after an untimed 2-run warm-up).

Each report must complete every run. Prints a table: wall time, seconds per run, the speed-up of two
workers over one for each executor, and the machine's 1-minute load average when the command ended (other
work on the machine slows every row; compare rows taken at similar load).

    python benchmarks/report_grid.py [--runs 100] [--timeout 120] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_fixture(folder: Path, runs: int) -> Path:
    """The tiny notebook and a grid of ``runs`` executions of it; returns the grid's path."""
    import nbformat

    parameters = nbformat.v4.new_code_cell('i: int = 0  # run number\noutput_dir: str = ""  # set by the runner')
    parameters.metadata["tags"] = ["parameters"]
    work = nbformat.v4.new_code_cell(
        "from pathlib import Path\n\n"
        "total = sum(k * k for k in range(100_000 + i))\n"
        'Path(output_dir, "result.csv").write_text(f"i,total\\n{i},{total}\\n", encoding="utf-8")\n'
        "print(i, total)")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Tiny benchmark notebook"),
                                               parameters, work])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    (folder / "notebooks").mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, folder / "notebooks" / "tiny.ipynb")
    grid = folder / "grid.yaml"
    grid.write_text(f"- notebook: notebooks/tiny.ipynb\n  grid: {{i: {json.dumps(list(range(runs)))}}}\n",
                    encoding="utf-8")
    return grid


def run_command(arguments: list[str], root: Path, out: Path, runs: int) -> float:
    """Wall time of one ``plantargets report`` command; exits if it fails or a run did not complete."""
    env = dict(os.environ, PLANTARGETS_ROOT=str(root))
    start = time.perf_counter()
    completed = subprocess.run(arguments, cwd=root, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    manifest_file = out / "manifest.json"
    summary = json.loads(manifest_file.read_text(encoding="utf-8"))["summary"] if manifest_file.is_file() else None
    if completed.returncode != 0 or summary != {"runs": runs, "completed": runs, "failed": 0}:
        raise SystemExit(f"{' '.join(arguments)} failed ({completed.returncode}, {summary}):\n"
                         f"{completed.stdout[-2000:]}{completed.stderr[-2000:]}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="notebook executions in the grid (default 100)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds each notebook may take")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    logging.getLogger("distributed").setLevel(logging.WARNING)
    from distributed import LocalCluster

    rows = []
    with tempfile.TemporaryDirectory(prefix="plantargets-grid-bench-") as work:
        root = Path(work)
        grid = write_fixture(root, args.runs)

        def report(out: Path, *options: str, config: Path = grid, runs: int = args.runs) -> float:
            command = [sys.executable, "-m", "plantargets", "report", "--config", str(config), "--out", str(out),
                       "--timeout", str(args.timeout), "--no-progress", *options]
            return run_command(command, root, out, runs)

        report(root / "warm_up", config=write_fixture(root / "warm_up_grid", 2), runs=2)  # fills caches; not timed
        for workers in (1, 2):  # local and Dask side by side, so both see about the same load from other work
            for executor in ("local", "dask"):
                out = root / f"{executor}-{workers}"
                if executor == "local":
                    seconds = report(out, "--jobs", str(workers))
                else:
                    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None, host="127.0.0.1") as cluster:
                        seconds = report(out, "--scheduler", cluster.scheduler_address)
                option = f"--jobs {workers}" if executor == "local" else f"--scheduler (LocalCluster, {workers} worker{'s' * (workers > 1)})"
                rows.append({"executor": executor, "workers": workers, "option": option, "runs": args.runs,
                             "seconds": round(seconds, 1), "seconds_per_run": round(seconds / args.runs, 2),
                             "load_1min": round(os.getloadavg()[0], 1)})
                print(f"{option}: {seconds:.1f} s", file=sys.stderr, flush=True)
    rows.sort(key=lambda row: (row["executor"] != "local", row["workers"]))
    for row in rows:
        one = next(r for r in rows if r["executor"] == row["executor"] and r["workers"] == 1)
        row["speed_up"] = round(one["seconds"] / row["seconds"], 2)
    print(f"{args.runs} notebook runs, {os.cpu_count()} cores\n")
    print("| executor | option | wall s | s per run | speed-up vs 1 worker | load (1 min) at end |")
    print("|---|---|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row['executor']} | `{row['option']}` | {row['seconds']:.1f} | {row['seconds_per_run']:.2f} | "
              f"{row['speed_up']:.2f}× | {row['load_1min']:.1f} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
