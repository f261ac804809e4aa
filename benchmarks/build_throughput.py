"""Throughput and peak memory of ``plantargets.build()`` on a synthetic corpus of N plan documents.

Why: the goal is to clean a provincial-scale crawl (thousands of captures) on a laptop, so a build must
run at >= 1 MB/s of raw text on one core and stay under 1 GiB of memory. Five seed files cannot show
that, so this script makes N documents at run time (never committed) by perturbing the seeds in
data/raw the way real captures differ: other numbers and cities, dropped or repeated paragraphs, partial
captures, search spam and page furniture, GB18030 encoding and CRLF line endings. The corpus has no
manifest, so metadata inference is exercised too.

Each build runs in a fresh Python process that reports its own wall time for ``build()`` (imports
excluded) and its peak RSS, so the memory figure belongs to that build alone. With ``--jobs 1,2`` each corpus
is built serially and with two worker processes, back to back, and the speed-up is printed. Ratios measured
in one run hold on a shared machine where absolute times do not: each build is also given as a multiple of a
floor measured in the same process (read and decode every file, then one regex pass over its text), and with
``--fixed-cost`` the seed build is timed against a build of an empty folder and ``import plantargets;
plantargets.load()`` against a bare interpreter start. Every row records the load average.

    python benchmarks/build_throughput.py --docs 1000
    python benchmarks/build_throughput.py --docs 300 --jobs 1,2 --fixed-cost
    python benchmarks/build_throughput.py --docs 100,1000 --json /tmp/bench.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[1] / "data" / "raw"
# The five full plan documents the corpus is made from (data/raw has since gained short excerpts, which would
# make another, smaller corpus for the same --docs and break the comparison with earlier results).
SEED_FILES = ("guigang_2022_education_action_plan.txt", "sihui_2022_education_14th_fyp.txt",
              "zhanjiang_2020_14th_fyp_recommendations.txt", "zhanjiang_2023_gazette_no3.txt",
              "zhanjiang_2023_work_report_mirror.txt")
MIN_MB_PER_S = 1.0
MAX_PEAK_MIB = 1024.0
# Scaling, checked when several sizes are run: CPU seconds per raw MB of the largest corpus within 25% of the
# smallest's (time linear), and its peak memory at most 25% above the smallest's (memory flat).
MAX_CPU_PER_MB_RATIO = 1.25
MAX_PEAK_RATIO = 1.25
# Issue "Builds on every core": on a quiet 2-core machine.
MAX_FLOOR_MULTIPLE = 25.0  # serial build wall time over the read + one-regex-pass floor
MIN_JOBS_SPEEDUP = 1.7  # --jobs 2 over --jobs 1
MAX_SEED_BUILD_S = 1.5  # python -m plantargets build, wall, interpreter start included
MAX_IMPORT_LOAD_S = 1.0  # python -c "import plantargets; plantargets.load()", wall
REPO = Path(__file__).resolve().parents[1]

SEED_CITIES = ("湛江", "四会", "贵港")
OTHER_CITIES = ("茂名", "肇庆", "南宁", "广州", "韶关", "柳州", "梧州", "江门")
SPAM = "57365线路检测中心(中国)有限公司官网"
FURNITURE = ("【打印】", "分享到:", "【打印】 【关闭】")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR_LIKE = re.compile(r"(19|20)\d\d+")  # years, and dates that lost 年/月/日 (202329日)
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Errors|Exception)\b", re.MULTILINE)

# Runs in the child process: the floor, the build, the floor again; then one JSON line with wall and CPU
# seconds (the worker processes' included), targets, peak RSS of the build process and of its largest worker
# (KiB on Linux), and the floor's seconds (the mean of the two, so a load that changes during the build
# weighs on both sides). CPU seconds close to wall seconds x jobs mean the build had its cores to itself.
CHILD = """
import cProfile, json, pstats, resource, sys, time
from pathlib import Path
from plantargets.pipeline import build
from plantargets.text.read import read_raw_file
raw, out, profile, jobs = sys.argv[1], sys.argv[2], sys.argv[3] == "1", int(sys.argv[4])
floor_pattern = __import__("re").compile(sys.argv[5])

def floor():
    start = time.perf_counter()
    for path in sorted(Path(raw).glob("*.txt")):
        text = read_raw_file(path).text
        sum(1 for _ in floor_pattern.finditer(text))
    return time.perf_counter() - start

import plantargets.pipeline as pipeline
per_file = {"seconds": 0.0}  # what worker processes run: pass 1, pass 2's rows of each file and its batches
parse_all, file_rows, prepared_batch = pipeline._parse_all, pipeline.file_rows, pipeline.prepared_batch

def timed(function):  # the workers' share of the serial build bounds what worker processes can gain
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            per_file["seconds"] += time.perf_counter() - start
    return run

pipeline._parse_all = timed(parse_all)
if jobs == 1:  # (a worker process could not unpickle a wrapper; pass 2's work is timed in the serial build)
    pipeline.file_rows, pipeline.prepared_batch = timed(file_rows), timed(prepared_batch)
floor_before = floor()
profiler = cProfile.Profile() if profile else None
start, cpu_start = time.perf_counter(), time.process_time()
result = profiler.runcall(build, raw, out, jobs=jobs) if profile else build(raw, out, jobs=jobs)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
children = resource.getrusage(resource.RUSAGE_CHILDREN)
floor_after = floor()
if profile:
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(15)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu + children.ru_utime + children.ru_stime,
                  "targets": result.stats.n_values, "peak_kib": peak, "worker_peak_kib": children.ru_maxrss,
                  "floor_seconds": (floor_before + floor_after) / 2, "per_file_seconds": per_file["seconds"]}))
"""
# The floor's one regex pass: every run of digits (what the extractor looks for first), over the decoded text.
FLOOR_PATTERN = r"\d+(?:\.\d+)?"


def scale_numbers(text: str, rng: random.Random) -> str:
    """Rescale about half of the numbers, keeping their number of decimals; years and dates are left alone."""
    factor = rng.uniform(0.5, 2.0)

    def rescale(match: re.Match) -> str:
        digits = match.group()
        if _YEAR_LIKE.fullmatch(digits) or rng.random() < 0.5:
            return digits
        decimals = len(digits.partition(".")[2])
        return f"{float(digits) * factor:.{decimals}f}"

    return _NUMBER.sub(rescale, text)


def swap_cities(text: str, rng: random.Random) -> str:
    """Replace each seed city (湛江, 四会, 贵港, with or without 市) by another two-character city."""
    for city in SEED_CITIES:
        text = text.replace(city, rng.choice(OTHER_CITIES))
    return text


def perturb_lines(lines: list[str], rng: random.Random) -> list[str]:
    """A contiguous slice (>= 30% of the lines) with some lines dropped or repeated, spam and furniture added."""
    length = max(1, round(len(lines) * rng.uniform(0.3, 1.0)))
    start = rng.randrange(len(lines) - length + 1)
    kept = []
    for line in lines[start:start + length]:
        roll = rng.random()
        if roll < 0.05:
            continue
        kept += [line, line] if roll > 0.97 else [line]
    for inserts, probability in ((SPAM,), 0.2), (FURNITURE, 0.2):
        if rng.random() < probability:
            for _ in range(rng.randint(1, 3)):
                kept.insert(rng.randint(0, len(kept)), rng.choice(inserts))
    return kept


def make_document(seed_text: str, rng: random.Random) -> bytes:
    """One synthetic capture of a seed document, as the bytes of its file."""
    text = scale_numbers(seed_text, rng)
    if rng.random() < 0.7:
        text = swap_cities(text, rng)
    lines = perturb_lines(text.splitlines(), rng)
    newline = "\r\n" if rng.random() < 0.15 else "\n"
    encoding = "gb18030" if rng.random() < 0.15 else "utf-8"
    return (newline.join(lines) + newline).encode(encoding)


def generate_corpus(raw_dir: Path, n_docs: int, seed: int) -> int:
    """Write n_docs synthetic .txt files (no manifest) into raw_dir; return their total size in bytes.

    Document i depends only on (seed, i), so a smaller corpus is a prefix of a larger one.
    """
    seeds = [(SEED_DIR / name).read_text(encoding="utf-8") for name in SEED_FILES]
    if raw_dir.exists():
        shutil.rmtree(raw_dir)
    raw_dir.mkdir(parents=True)
    total = 0
    for i in range(n_docs):
        rng = random.Random(seed * 1_000_003 + i)
        data = make_document(rng.choice(seeds), rng)
        (raw_dir / f"doc_{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def run_build(raw_dir: Path, out_dir: Path, profile: bool, timeout: float, jobs: int = 1) -> dict:
    """Build raw_dir into out_dir in a fresh process; return seconds, targets, peak_mib and the floor's seconds
    (or an error)."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    command = [sys.executable, "-c", CHILD, str(raw_dir), str(out_dir), "1" if profile else "0", str(jobs),
               FLOOR_PATTERN]
    try:
        child = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:g} s"}
    if child.returncode != 0:
        found = [m.start() for m in _EXCEPTION_LINE.finditer(child.stderr)]
        error = " ".join(child.stderr[found[-1]:].split())[:300] if found else f"exit {child.returncode}"
        return {"error": error, "stderr": child.stderr}
    report = json.loads(child.stdout.strip().splitlines()[-1])
    return {"seconds": report["seconds"], "cpu_seconds": report["cpu_seconds"], "targets": report["targets"],
            "peak_mib": report["peak_kib"] / 1024, "worker_peak_mib": report["worker_peak_kib"] / 1024,
            "floor_seconds": report["floor_seconds"], "per_file_seconds": report["per_file_seconds"],
            "load": load_average(), "profile": child.stderr}


def check_goals(row: dict) -> list[str]:
    """The goals a row misses (an error misses all of them)."""
    if "error" in row:
        return [row["error"]]
    misses = []
    if row["mb_per_s_per_core"] < MIN_MB_PER_S:
        misses.append(f"throughput {row['mb_per_s_per_core']:.2f} MB/s per core < {MIN_MB_PER_S:g} MB/s")
    if row["jobs"] == 1 and row["floor_multiple"] > MAX_FLOOR_MULTIPLE:
        misses.append(f"{row['floor_multiple']:.0f}x the floor > {MAX_FLOOR_MULTIPLE:g}x")
    if row["peak_mib"] >= MAX_PEAK_MIB:
        misses.append(f"peak memory {row['peak_mib']:.0f} MiB >= {MAX_PEAK_MIB:g} MiB")
    return misses


def check_scaling(rows: list[dict]) -> list[str]:
    """Lines describing how time and memory grow from the smallest to the largest corpus, with a verdict each
    (serial builds only)."""
    done = sorted((r for r in rows if "error" not in r and r["jobs"] == 1), key=lambda r: r["raw_mb"])
    if len(done) < 2 or done[-1]["raw_mb"] <= done[0]["raw_mb"]:
        return []
    small, large = done[0], done[-1]
    size_ratio = large["raw_mb"] / small["raw_mb"]
    time_ratio = (large["cpu_seconds"] / large["raw_mb"]) / (small["cpu_seconds"] / small["raw_mb"])
    peak_ratio = large["peak_mib"] / small["peak_mib"]
    per_mb = ", ".join(f"{r['cpu_seconds'] / r['raw_mb']:.3f}" for r in done)
    peaks = ", ".join(f"{r['peak_mib']:.0f}" for r in done)
    slope = (large["peak_mib"] - small["peak_mib"]) / (large["docs"] - small["docs"]) * 1000
    lines = [
        f"scaling over {size_ratio:.1f}x the raw text ({small['docs']} -> {large['docs']} documents):",
        f"  time:   CPU s per raw MB {per_mb} -> ratio {time_ratio:.2f} "
        f"({'linear' if time_ratio <= MAX_CPU_PER_MB_RATIO else 'FAIL: grows faster than linear'}, "
        f"goal <= {MAX_CPU_PER_MB_RATIO:g})",
        f"  memory: peak MiB {peaks} -> ratio {peak_ratio:.2f}, {slope:+.1f} MiB per 1000 more documents "
        f"({'flat' if peak_ratio <= MAX_PEAK_RATIO else 'FAIL: grows with the corpus'}, goal <= {MAX_PEAK_RATIO:g})",
    ]
    return lines


def check_speedups(rows: list[dict]) -> list[str]:
    """The speed-up of each parallel build over the serial build of the same corpus, with a verdict for 2 jobs."""
    serial = {r["docs"]: r for r in rows if r["jobs"] == 1 and "error" not in r}
    lines = []
    for row in rows:
        if row["jobs"] == 1 or "error" in row or row["docs"] not in serial:
            continue
        base = serial[row["docs"]]
        speedup = base["seconds"] / row["seconds"]
        # Amdahl: only the work of the workers runs in parallel, so its share of the serial build bounds the speed-up
        share = base["per_file_seconds"] / base["seconds"]
        bound = 1 / ((1 - share) + share / min(row["jobs"], os.cpu_count() or 1))
        row["speedup"], row["speedup_bound"] = speedup, bound
        verdict = "" if row["jobs"] != 2 else (
            f" (goal >= {MIN_JOBS_SPEEDUP:g} on a quiet 2-core machine: "
            f"{'ok' if speedup >= MIN_JOBS_SPEEDUP else 'FAIL'})")
        lines.append(f"speed-up of --jobs {row['jobs']} over --jobs 1, {row['docs']} documents: {speedup:.2f}x"
                     f"{verdict}; load {base['load']:.1f} and {row['load']:.1f}; the work of the workers (pass 1, pass 2's "
                     f"rows and batches) is {share:.0%} of the serial build, so at most {bound:.2f}x on this machine's cores")
    return lines


def _arithmetic(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_speedup(jobs: int, tasks: int = 12, size: int = 2_000_000) -> float:
    """The speed-up this machine gives ``jobs`` processes right now on pure-Python arithmetic (no I/O, no
    shared state): the most a parallel build could get at the same moment, so a shared machine's depressed
    build speed-up can be read against it."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    for _ in range(tasks):
        _arithmetic(size)
    serial = time.perf_counter() - start
    start = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_arithmetic, [size] * tasks))
    return serial / (time.perf_counter() - start)


def format_row(row: dict | None) -> str:
    """One line of the results table (the header when row is None)."""
    if row is None:
        cells = ("docs", "jobs", "raw MB", "seconds", "cpu s", "MB/s", "per core", "x floor", "peak MiB",
                 "worker MiB", "targets", "load", "goals")
    elif "error" in row:
        cells = (row["docs"], row["jobs"], f"{row['raw_mb']:.2f}", *"-" * 9, f"FAIL: {row['error']}")
    else:
        misses = check_goals(row)
        cells = (row["docs"], row["jobs"], f"{row['raw_mb']:.2f}", f"{row['seconds']:.1f}",
                 f"{row['cpu_seconds']:.1f}", f"{row['mb_per_s']:.2f}", f"{row['mb_per_s_per_core']:.2f}",
                 f"{row['floor_multiple']:.0f}", f"{row['peak_mib']:.0f}",
                 f"{row['worker_peak_mib']:.0f}" if row["jobs"] > 1 else "-", row["targets"], f"{row['load']:.1f}",
                 "FAIL: " + "; ".join(misses) if misses else "ok")
    return "{:>6} {:>4} {:>7} {:>7} {:>6} {:>5} {:>8} {:>7} {:>8} {:>10} {:>7} {:>4}  {}".format(*cells)


def load_average() -> float:
    """The machine's load average over the last minute."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def describe_load() -> str:
    """Load average over the last minute against the core count: a busy machine slows the wall time."""
    return f"{load_average():.1f} on {os.cpu_count()} cores"


def time_command(command: list[str], timeout: float, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of a command in a fresh process (interpreter start included); raises if it fails.
    CPU seconds change less with the machine's load than wall seconds do."""
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, capture_output=True, check=True, timeout=timeout, cwd=REPO, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - start, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def measure_fixed_cost(work: Path, repeats: int, timeout: float) -> list[dict]:
    """The seed build against a build of an empty folder, and import + first load() against a bare interpreter,
    each pair run alternately ``repeats`` times; the medians, their ratio and the load average. The builds use a
    pattern cache of their own, filled by one untimed seed build first (as every build after a machine's first
    finds it) and Python's bytecode files; a third pair times the seed build with the pattern cache off against the
    same build with it."""
    empty = work / "empty_raw"
    empty.mkdir(parents=True, exist_ok=True)
    # as on a user's machine: Python writes the library's bytecode (a sandbox's PYTHONDONTWRITEBYTECODE=1 would
    # make every run compile the library's sources again) and the warm-up run fills both caches
    cached = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
              "PLANTARGETS_CACHE_DIR": str(work / "pattern_cache")}
    uncached = {**cached, "PLANTARGETS_PATTERN_CACHE": "off"}
    build = [sys.executable, "-m", "plantargets", "build", "--no-progress", "--out"]
    seed_build = build + [str(work / "seed_clean"), "--raw", str(SEED_DIR)]
    time_command(seed_build, timeout, cached)
    pairs = [
        ("seed build / empty-folder build", MAX_SEED_BUILD_S, seed_build, cached,
         build + [str(work / "empty_clean"), "--raw", str(empty)], cached),
        ("import plantargets; load() / python -c pass", MAX_IMPORT_LOAD_S,
         [sys.executable, "-c", "import plantargets; plantargets.load()"], cached, [sys.executable, "-c", "pass"],
         cached),
        ("seed build, pattern cache off / on", None, seed_build, uncached, seed_build, cached),
    ]
    results = []
    for name, goal, command, env, baseline, baseline_env in pairs:
        times, baselines, loads = [], [], []
        for _ in range(repeats):
            times.append(time_command(command, timeout, env))
            baselines.append(time_command(baseline, timeout, baseline_env))
            loads.append(load_average())
        seconds, base = statistics.median(t[0] for t in times), statistics.median(t[0] for t in baselines)
        results.append({"name": name, "seconds": seconds, "baseline_seconds": base, "ratio": seconds / base,
                        "cpu_seconds": statistics.median(t[1] for t in times),
                        "baseline_cpu_seconds": statistics.median(t[1] for t in baselines),
                        "goal_seconds": goal, "load": statistics.median(loads), "repeats": repeats})
    return results


def format_fixed_cost(result: dict) -> str:
    goal = result["goal_seconds"]
    verdict = "no goal" if goal is None else (
        f"goal <= {goal:g} s on a quiet machine: {'ok' if result['seconds'] <= goal else 'FAIL'}")
    return (f"{result['name']}: {result['seconds']:.2f} s / {result['baseline_seconds']:.2f} s = "
            f"{result['ratio']:.1f}x (median of {result['repeats']}; {verdict}); "
            f"CPU {result['cpu_seconds']:.2f} s / {result['baseline_cpu_seconds']:.2f} s; load {result['load']:.1f}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="1000", help="number of documents, or a comma list such as 100,1000 "
                        "(\"\" with --fixed-cost: the fixed cost only)")
    parser.add_argument("--work", type=Path, help="folder for raw/ and clean/ (default: a temporary folder)")
    parser.add_argument("--seed", type=int, default=0, help="random seed for the corpus")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top 15 by cumulative time")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before a build counts as failed")
    parser.add_argument("--jobs", default="1", help="worker processes per build, or a comma list such as 1,2 "
                        "(each corpus is built with each, back to back)")
    parser.add_argument("--fixed-cost", action="store_true",
                        help="also time the seed build against an empty-folder build, and import + load()")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each fixed-cost command (the median is kept)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [int(n) for n in args.docs.split(",") if n]  # --docs "" with --fixed-cost: the fixed cost only
    jobs_list = [int(n) for n in args.jobs.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="plantargets-bench-"))
    print(f"work folder: {work}  seed: {args.seed}  python {platform.python_version()}  load: {describe_load()}\n"
          f"goals: >= {MIN_MB_PER_S:g} MB/s (wall time) per core, peak < {MAX_PEAK_MIB:g} MiB, serial build <= "
          f"{MAX_FLOOR_MULTIPLE:g}x the floor (read + decode + one pass of /{FLOOR_PATTERN}/)")
    print(format_row(None), flush=True)
    rows = []
    for n_docs in sizes:
        n_bytes = generate_corpus(work / "raw", n_docs, args.seed)
        for jobs in jobs_list:
            row = {"docs": n_docs, "jobs": jobs, "raw_mb": n_bytes / 1e6}
            row |= run_build(work / "raw", work / "clean", args.profile, args.timeout, jobs)
            if "seconds" in row:
                row["mb_per_s"] = row["raw_mb"] / row["seconds"]
                row["mb_per_s_per_core"] = row["mb_per_s"] / min(jobs, os.cpu_count() or 1)
                row["floor_multiple"] = row["seconds"] / row["floor_seconds"]
            row["goals_met"] = not check_goals(row)
            rows.append(row)
            print(format_row(row), flush=True)
            print(row.pop("stderr", "") + row.pop("profile", ""), end="", file=sys.stderr, flush=True)
    scaling = check_scaling(rows) + check_speedups(rows)
    for jobs in sorted({j for j in jobs_list if j > 1}):
        control = machine_speedup(jobs)
        scaling.append(f"the machine's own speed-up for {jobs} processes of pure-Python arithmetic, just after: "
                       f"{control:.2f}x; load {load_average():.1f}")
    print("\n".join(scaling))
    fixed = measure_fixed_cost(work, args.repeats, args.timeout) if args.fixed_cost else []
    for result in fixed:
        print(format_fixed_cost(result), flush=True)
    if args.json:
        args.json.write_text(json.dumps({
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "command": sys.argv,
            "machine": platform.platform(), "goals": {"min_mb_per_s": MIN_MB_PER_S, "max_peak_mib": MAX_PEAK_MIB},
            "rows": rows, "scaling": scaling, "fixed_cost": fixed}, indent=2) + "\n")
    scaling_met = not any("FAIL" in line for line in scaling)
    fixed_met = all(result["goal_seconds"] is None or result["seconds"] <= result["goal_seconds"] for result in fixed)
    return 0 if scaling_met and fixed_met and all(row["goals_met"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
