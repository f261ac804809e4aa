"""Report time, as ratios measured in one run: this checkout against a baseline revision on the same grid,
against bare papermill, and a notebook's fixed cost.

Issue "Builds on every core" asks for the default report in at most 0.6x the time it took when the issue was
filed, measured side by side with the same grid. Three measurements, each command a fresh process:

- **current / baseline**: ``python -m plantargets report --jobs J`` of this checkout and of ``--baseline REF``
  (checked out into a temporary ``git worktree``, run with ``PYTHONPATH`` at its ``lib``), on the same grid:
  by default the baseline's own ``reports.yaml`` (a grid both revisions can run), or ``--grid FILE``. Each
  revision runs its own notebooks on its own ``data/clean`` (notebook paths in the grid are read relative to
  each revision's root). Beside the wall time, the CPU seconds of each report command and of every process it
  waited for (workers, kernels, fork servers), from ``getrusage(RUSAGE_CHILDREN)``: their ratio moves less
  with the load than the wall times'.
- **report / bare papermill**: the current report's time over ``python -m papermill`` of as many trivial
  notebooks as the grid has runs, ``J`` at once (each a fresh process, as the runner's workers are): what
  is left above the cost of starting that many papermill processes and kernels. Also against "lean"
  papermill, the same command in a process that skips jsonschema's IRI grammar as the runner's workers do
  (``plantargets.report.lean_imports``): the floor the runner itself can reach.
- **a notebook's fixed cost**: a report of ``--trivial-runs`` trivial notebooks (one line of work each,
  ``--jobs 1``) through each revision's runner, against bare and lean papermill of the same notebooks one
  after the other; seconds per notebook (the runner's include its own start, shared by the notebooks).

The commands of one repeat run back to back, and the order of the two revisions alternates from one repeat
to the next; each ratio is the median over ``--repeats`` of the repeats' own ratios (the ratio of the
medians is printed beside it). Every line gives the 1-minute load average (on the 2-core
machine a load above 2 means the commands shared their cores: compare ratios, not seconds).

    python benchmarks/report_time.py --baseline-path /tmp/sb   # baseline 01d0f7e (needs seaborn), its grid, jobs 2
    python benchmarks/report_time.py --baseline main --grid reports.yaml --repeats 5 --json results.json

Exit status 1 when the report takes more than 0.6x the baseline's time or a run does not complete.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BASELINE = "01d0f7e"  # the last commit before issue "Builds on every core" was filed (benchmarks/README.md)
GOAL_RATIO = 0.6


def load_average() -> float:
    """The machine's load average over the last minute."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def git(*arguments: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *arguments], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def revision_env(root: Path, extra_path: str | None = None) -> dict[str, str]:
    """The environment a revision's commands run in: its ``lib`` first on the path, then ``extra_path`` (packages
    only that revision needs, such as the baseline's seaborn), nothing else pointing elsewhere."""
    env = {key: value for key, value in os.environ.items() if key not in {"PLANTARGETS_ROOT", "PYTHONPATH"}}
    env["PYTHONPATH"] = os.pathsep.join([str(root / "lib"), *([extra_path] if extra_path else [])])
    return env


def grid_for(root: Path, grid_text: str, folder: Path, name: str) -> tuple[Path, int]:
    """The grid with each notebook path made absolute inside ``root``; its path and number of runs."""
    import yaml

    entries = yaml.safe_load(grid_text)
    entries = entries["runs"] if isinstance(entries, dict) else entries
    runs = 0
    for entry in entries:
        notebook = Path(entry["notebook"])
        entry["notebook"] = str(notebook if notebook.is_absolute() else root / notebook)
        sets = entry.get("parameters") or [{}]
        n_sets = len(sets) if isinstance(sets, list) else 1
        for values in (entry.get("grid") or {}).values():
            n_sets *= len(values) if isinstance(values, list) else 1
        runs += n_sets
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path, runs


def write_trivial_notebook(folder: Path) -> Path:
    """A notebook with a parameters cell (``i``, ``output_dir``) and one line of work: a run is its fixed cost."""
    import nbformat

    parameters = nbformat.v4.new_code_cell('i: int = 0  # run number\noutput_dir: str = ""  # set by the runner')
    parameters.metadata["tags"] = ["parameters"]
    notebook = nbformat.v4.new_notebook(cells=[parameters, nbformat.v4.new_code_cell("i + 1")])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / "trivial.ipynb"
    nbformat.write(notebook, path)
    return path


def children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children and every process they waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_report(root: Path, grid: Path, runs: int, jobs: int, out: Path, timeout: float,
                extra_path: str | None = None, cpu: list[float] | None = None) -> float:
    """Wall seconds of ``python -m plantargets report`` of ``root`` on ``grid`` (its CPU seconds, with its workers'
    and kernels', appended to ``cpu``); exits when a run did not complete."""
    command = [sys.executable, "-m", "plantargets", "report", "--config", str(grid), "--out", str(out),
               "--jobs", str(jobs), "--no-progress"]
    start, start_cpu = time.perf_counter(), children_cpu()
    done = subprocess.run(command, cwd=root, env=revision_env(root, extra_path), capture_output=True, text=True,
                          timeout=timeout, check=False)
    seconds = time.perf_counter() - start
    if cpu is not None:
        cpu.append(children_cpu() - start_cpu)
    manifest = out / "manifest.json"
    summary = json.loads(manifest.read_text(encoding="utf-8"))["summary"] if manifest.is_file() else None
    shutil.rmtree(out, ignore_errors=True)
    if done.returncode != 0 or summary != {"runs": runs, "completed": runs, "failed": 0}:
        raise SystemExit(f"report of {root} on {grid} failed ({done.returncode}, {summary}):\n"
                         f"{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return seconds


# papermill's command line in a process that skips jsonschema's IRI grammar, as the runner's workers do
LEAN_PAPERMILL = ("import sys; sys.modules['rfc3987_syntax'] = None\n"
                  "from papermill.cli import papermill; papermill()")


def time_papermill(notebook: Path, count: int, jobs: int, folder: Path, timeout: float, lean: bool = False) -> float:
    """Wall seconds of ``count`` bare ``python -m papermill`` runs of ``notebook``, ``jobs`` at once (``lean``:
    without the IRI grammar)."""
    start_papermill = [sys.executable, "-c", LEAN_PAPERMILL] if lean else [sys.executable, "-m", "papermill"]

    def one(number: int) -> None:
        out = folder / f"papermill-{number}.ipynb"
        subprocess.run([*start_papermill, str(notebook), str(out), "-p", "i", str(number),
                        "-k", "python3", "--no-progress-bar", "--cwd", str(folder)],
                       cwd=ROOT, env=revision_env(ROOT), check=True, capture_output=True, timeout=timeout)
        out.unlink()

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, range(count)))
    return time.perf_counter() - start


def ratio_line(name: str, seconds: list[float], base: list[float], loads: list[float], goal: float | None = None) -> dict:
    """Two series measured side by side: the median of the repeats' own ratios (each pair ran back to back, so
    a change of load between repeats cancels out), the medians, their ratio and the load; printed and returned.
    The goal, if any, is judged on the median of the repeats' ratios."""
    a, b = statistics.median(seconds), statistics.median(base)
    paired = statistics.median(x / y for x, y in zip(seconds, base))
    result = {"name": name, "ratio": round(paired, 3), "seconds": round(a, 2), "baseline_seconds": round(b, 2),
              "ratio_of_medians": round(a / b, 3), "runs": [round(s, 2) for s in seconds],
              "baseline_runs": [round(s, 2) for s in base], "load": round(statistics.median(loads), 1),
              "goal_ratio": goal}
    verdict = "" if goal is None else f"; goal <= {goal:g}x: {'ok' if paired <= goal else 'FAIL'}"
    print(f"{name}: {paired:.2f}x (median of {len(seconds)} repeats' ratios{verdict}); medians {a:.1f} s / {b:.1f} s "
          f"= {a / b:.2f}x; load {result['load']:.1f}", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help=f"git ref to compare with (default {DEFAULT_BASELINE})")
    parser.add_argument("--grid", type=Path, help="grid file both revisions run (default: the baseline's reports.yaml)")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks at once (default 2, as the README)")
    parser.add_argument("--repeats", type=int, default=3, help="repeats of each command; medians are kept (default 3)")
    parser.add_argument("--trivial-runs", type=int, default=4, help="trivial notebooks for the fixed cost (default 4)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a command counts as failed")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--baseline-path", help="a folder put on the baseline's PYTHONPATH after its lib, for the "
                        "packages it needs and this checkout does not declare (01d0f7e: seaborn, e.g. "
                        "`pip install --target /tmp/sb --no-deps seaborn==0.13.2`)")
    args = parser.parse_args()
    if args.jobs < 1 or args.repeats < 1 or args.trivial_runs < 1:
        parser.error("--jobs, --repeats and --trivial-runs must be at least 1")

    commit = git("rev-parse", "--short", "HEAD")
    dirty = " with uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else ""
    baseline_commit = git("rev-parse", "--short", f"{args.baseline}^{{commit}}")
    with tempfile.TemporaryDirectory(prefix="plantargets-report-time-") as temp:
        work = Path(temp)
        base_root = work / "baseline"
        git("worktree", "add", "--detach", str(base_root), baseline_commit)
        try:
            grid_text = (args.grid.read_text(encoding="utf-8") if args.grid
                         else git("show", f"{baseline_commit}:reports.yaml"))
            grids = {"current": grid_for(ROOT, grid_text, work, "current"),
                     "baseline": grid_for(base_root, grid_text, work, "baseline")}
            runs = grids["current"][1]
            roots = {"current": ROOT, "baseline": base_root}
            extra = {"current": None, "baseline": args.baseline_path}
            trivial = write_trivial_notebook(work)
            trivial_grid = work / "trivial.yaml"
            trivial_grid.write_text(f"- notebook: {trivial}\n  grid: {{i: {list(range(args.trivial_runs))}}}\n",
                                    encoding="utf-8")
            print(f"current: {commit}{dirty} ({ROOT}); baseline: {args.baseline} = {baseline_commit}; grid: "
                  f"{args.grid or f'reports.yaml of {baseline_commit}'} ({runs} runs); jobs {args.jobs}; "
                  f"python {sys.version.split()[0]}; load {load_average():.1f} on {os.cpu_count()} cores", flush=True)
            times: dict[str, list[float]] = {key: [] for key in
                                             ("current", "baseline", "papermill", "lean papermill", "trivial current",
                                              "trivial baseline", "trivial papermill", "trivial lean papermill",
                                              "current cpu", "baseline cpu")}
            loads: list[float] = []
            for repeat in range(args.repeats):
                order = ["current", "baseline"] if repeat % 2 == 0 else ["baseline", "current"]
                for key in order:
                    grid, _ = grids[key]
                    times[key].append(time_report(roots[key], grid, runs, args.jobs, work / f"out-{key}", args.timeout,
                                                  extra[key], times[f"{key} cpu"]))
                times["papermill"].append(time_papermill(trivial, runs, args.jobs, work, args.timeout))
                times["lean papermill"].append(time_papermill(trivial, runs, args.jobs, work, args.timeout, lean=True))
                for key in order:
                    times[f"trivial {key}"].append(time_report(roots[key], trivial_grid, args.trivial_runs, 1,
                                                               work / f"out-trivial-{key}", args.timeout,
                                                               extra[key]))
                times["trivial papermill"].append(time_papermill(trivial, args.trivial_runs, 1, work, args.timeout))
                times["trivial lean papermill"].append(time_papermill(trivial, args.trivial_runs, 1, work, args.timeout,
                                                                      lean=True))
                loads.append(load_average())
                print(f"  repeat {repeat + 1}: report current {times['current'][-1]:.1f} s "
                      f"(CPU {times['current cpu'][-1]:.1f} s), baseline {times['baseline'][-1]:.1f} s "
                      f"(CPU {times['baseline cpu'][-1]:.1f} s), {runs} trivial notebooks by papermill {times['papermill'][-1]:.1f} s "
                      f"(lean {times['lean papermill'][-1]:.1f} s);"
                      f" {args.trivial_runs} trivial notebooks: runner {times['trivial current'][-1]:.1f} s, baseline "
                      f"runner {times['trivial baseline'][-1]:.1f} s, papermill {times['trivial papermill'][-1]:.1f} s "
                      f"(lean {times['trivial lean papermill'][-1]:.1f} s);"
                      f" load {loads[-1]:.1f}", flush=True)
        finally:
            git("worktree", "remove", "--force", str(base_root))

    results = [
        ratio_line(f"report time, current / baseline ({runs} runs, jobs {args.jobs})", times["current"],
                   times["baseline"], loads, GOAL_RATIO),
        ratio_line(f"report CPU seconds (its processes and kernels), current / baseline ({runs} runs, jobs {args.jobs})",
                   times["current cpu"], times["baseline cpu"], loads),
        ratio_line(f"report time over bare papermill of {runs} trivial notebooks (jobs {args.jobs})", times["current"],
                   times["papermill"], loads),
        ratio_line(f"report time over lean papermill (no IRI grammar) of {runs} trivial notebooks (jobs {args.jobs})",
                   times["current"], times["lean papermill"], loads),
        ratio_line("baseline's report time over bare papermill", times["baseline"], times["papermill"], loads),
    ]
    per = {key: [t / args.trivial_runs for t in times[f"trivial {key}"]]
           for key in ("current", "baseline", "papermill", "lean papermill")}
    fixed = {key: statistics.median(values) for key, values in per.items()}
    results.append({"name": "fixed cost per trivial notebook", "runner_seconds": round(fixed["current"], 2),
                    "baseline_runner_seconds": round(fixed["baseline"], 2),
                    "papermill_seconds": round(fixed["papermill"], 2),
                    "lean_papermill_seconds": round(fixed["lean papermill"], 2), "trivial_runs": args.trivial_runs,
                    "load": round(statistics.median(loads), 1)})
    print(f"a notebook's fixed cost ({args.trivial_runs} trivial notebooks, jobs 1, per notebook): runner "
          f"{fixed['current']:.2f} s, bare papermill {fixed['papermill']:.2f} s, lean papermill "
          f"{fixed['lean papermill']:.2f} s (runner - lean papermill {fixed['current'] - fixed['lean papermill']:+.2f} s); "
          f"baseline's runner {fixed['baseline']:.2f} s "
          f"(median of {args.repeats}); load {statistics.median(loads):.1f}")
    if args.json:
        args.json.write_text(json.dumps({"current": commit + dirty, "baseline": baseline_commit, "jobs": args.jobs,
                                         "results": results}, indent=2) + "\n", encoding="utf-8")
    return 0 if results[0]["ratio"] <= GOAL_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
