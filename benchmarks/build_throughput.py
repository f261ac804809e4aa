"""Throughput and peak memory of ``plantargets.build()`` on a synthetic corpus of N plan documents.

Why: the goal is to clean a provincial-scale crawl (thousands of captures) on a laptop, so a build must
run at >= 1 MB/s of raw text on one core and stay under 1 GiB of memory. Five seed files cannot show
that, so this script makes N documents at run time (never committed) by perturbing the seeds in
data/raw the way real captures differ: other numbers and cities, dropped or repeated paragraphs, partial
captures, search spam and page furniture, GB18030 encoding and CRLF line endings. The corpus has no
manifest, so metadata inference is exercised too.

Each build runs in a fresh Python process (one core) that reports its own wall time for ``build()``
(imports excluded) and its peak RSS, so the memory figure belongs to that build alone.

    python benchmarks/build_throughput.py --docs 1000
    python benchmarks/build_throughput.py --docs 100,1000 --json /tmp/bench.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[1] / "data" / "raw"
MIN_MB_PER_S = 1.0
MAX_PEAK_MIB = 1024.0
# Scaling, checked when several sizes are run: CPU seconds per raw MB of the largest corpus within 25% of the
# smallest's (time linear), and its peak memory at most 25% above the smallest's (memory flat).
MAX_CPU_PER_MB_RATIO = 1.25
MAX_PEAK_RATIO = 1.25

SEED_CITIES = ("湛江", "四会", "贵港")
OTHER_CITIES = ("茂名", "肇庆", "南宁", "广州", "韶关", "柳州", "梧州", "江门")
SPAM = "57365线路检测中心(中国)有限公司官网"
FURNITURE = ("【打印】", "分享到:", "【打印】 【关闭】")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR_LIKE = re.compile(r"(19|20)\d\d+")  # years, and dates that lost 年/月/日 (202329日)
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Errors|Exception)\b", re.MULTILINE)

# Runs in the child process: build, then print one JSON line with wall and CPU seconds, targets and peak RSS
# (KiB on Linux). CPU seconds close to wall seconds mean the build had its core to itself.
CHILD = """
import cProfile, json, pstats, resource, sys, time
from plantargets.pipeline import build
raw, out, profile = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
profiler = cProfile.Profile() if profile else None
start, cpu_start = time.perf_counter(), time.process_time()
result = profiler.runcall(build, raw, out) if profile else build(raw, out)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
if profile:
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(15)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "targets": result.stats.n_values, "peak_kib": peak}))
"""


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
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]
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


def run_build(raw_dir: Path, out_dir: Path, profile: bool, timeout: float) -> dict:
    """Build raw_dir into out_dir in a fresh process; return seconds, targets and peak_mib (or an error)."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    command = [sys.executable, "-c", CHILD, str(raw_dir), str(out_dir), "1" if profile else "0"]
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
            "peak_mib": report["peak_kib"] / 1024, "profile": child.stderr}


def check_goals(row: dict) -> list[str]:
    """The goals a row misses (an error misses all of them)."""
    if "error" in row:
        return [row["error"]]
    misses = []
    if row["mb_per_s"] < MIN_MB_PER_S:
        misses.append(f"throughput {row['mb_per_s']:.2f} MB/s < {MIN_MB_PER_S:g} MB/s")
    if row["peak_mib"] >= MAX_PEAK_MIB:
        misses.append(f"peak memory {row['peak_mib']:.0f} MiB >= {MAX_PEAK_MIB:g} MiB")
    return misses


def check_scaling(rows: list[dict]) -> list[str]:
    """Lines describing how time and memory grow from the smallest to the largest corpus, with a verdict each."""
    done = sorted((r for r in rows if "error" not in r), key=lambda r: r["raw_mb"])
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


def format_row(row: dict | None) -> str:
    """One line of the results table (the header when row is None)."""
    if row is None:
        cells = ("docs", "raw MB", "seconds", "cpu s", "MB/s", "peak MiB", "targets", "goals")
    elif "error" in row:
        cells = (row["docs"], f"{row['raw_mb']:.2f}", "-", "-", "-", "-", "-", f"FAIL: {row['error']}")
    else:
        misses = check_goals(row)
        cells = (row["docs"], f"{row['raw_mb']:.2f}", f"{row['seconds']:.1f}", f"{row['cpu_seconds']:.1f}",
                 f"{row['mb_per_s']:.2f}", f"{row['peak_mib']:.0f}", row["targets"],
                 "FAIL: " + "; ".join(misses) if misses else "ok")
    return "{:>6} {:>8} {:>8} {:>7} {:>6} {:>9} {:>8}  {}".format(*cells)


def describe_load() -> str:
    """Load average over the last minute against the core count: a busy machine slows the wall time."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{load:.1f} on {os.cpu_count()} cores"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="1000", help="number of documents, or a comma list such as 100,1000")
    parser.add_argument("--work", type=Path, help="folder for raw/ and clean/ (default: a temporary folder)")
    parser.add_argument("--seed", type=int, default=0, help="random seed for the corpus")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top 15 by cumulative time")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before a build counts as failed")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [int(n) for n in args.docs.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="plantargets-bench-"))
    print(f"work folder: {work}  seed: {args.seed}  python {platform.python_version()}  load: {describe_load()}\n"
          f"goals: >= {MIN_MB_PER_S:g} MB/s (wall time) on one core, peak < {MAX_PEAK_MIB:g} MiB")
    print(format_row(None), flush=True)
    rows = []
    for n_docs in sizes:
        n_bytes = generate_corpus(work / "raw", n_docs, args.seed)
        row = {"docs": n_docs, "raw_mb": n_bytes / 1e6}
        row |= run_build(work / "raw", work / "clean", args.profile, args.timeout)
        if "seconds" in row:
            row["mb_per_s"] = row["raw_mb"] / row["seconds"]
        row["goals_met"] = not check_goals(row)
        rows.append(row)
        print(format_row(row), flush=True)
        print(row.pop("stderr", "") + row.pop("profile", ""), end="", file=sys.stderr, flush=True)
    scaling = check_scaling(rows)
    print("\n".join(scaling))
    if args.json:
        args.json.write_text(json.dumps({
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "command": sys.argv,
            "machine": platform.platform(), "goals": {"min_mb_per_s": MIN_MB_PER_S, "max_peak_mib": MAX_PEAK_MIB},
            "rows": rows, "scaling": scaling}, indent=2) + "\n")
    scaling_met = not any("FAIL" in line for line in scaling)
    return 0 if scaling_met and all(row["goals_met"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
