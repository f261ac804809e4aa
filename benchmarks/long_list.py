"""How extraction scales with the length of one line, as a ratio measured in one run.

A scraped page can run hundreds of items into one line: a list into one sentence ("新建幼儿园5所、新建幼儿园5所、…"),
a table's rows into one line ("| 幼儿园1 | 1所 || 幼儿园2 | 2所 |…"). Every value asks about its clause or what
follows it, and a question answered by a scan from the line's start or to its end made the whole line quadratic:
5,000 listed items took 38 s where 500 took 1.6 s (session 62). For each shape this script builds one-line
documents of ``--short`` and ``--long`` items, extracts each in this process (CPU seconds, best of ``--repeats``),
and prints the CPU seconds per item of each and their ratio: about 1 when extraction is linear in the line's
length, ``long / short`` when it is quadratic.

    python benchmarks/long_list.py                       # 1,000 against 4,000 items
    PYTHONPATH=<other checkout>/lib python benchmarks/long_list.py

Exit status 1 when, for either shape, the long line costs more than ``GOAL_RATIO`` times as much per item as the short.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from plantargets.pipeline import extract_tables

GOAL_RATIO = 1.5  # per item, long list over short list; a quadratic cost gives long / short (4 by default)
# one sentence of listed values, and a table's rows run into one line (two values a row: the rank and the count)
SHAPES = {"list": (lambda items: "到2025年," + "新建幼儿园5所、" * items + "。", 1),
          "row": (lambda items: "| 指标 | 2025年 |\n" + "".join(f"| 幼儿园{i} | {i}所 |" for i in range(items)), 2)}


def seconds_per_item(shape: str, items: int, repeats: int) -> float:
    """The best CPU seconds per item of extracting a document of ``items`` items of ``shape`` on one line."""
    text, values_per_item = SHAPES[shape]
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "list.txt").write_text(text(items), encoding="utf-8")
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            targets = extract_tables(folder).tables["targets"]
            best = min(best, time.process_time() - start)
        if len(targets) < items * values_per_item * 0.9:
            sys.exit(f"{items} items of a {shape} gave {len(targets)} targets: the line is not read item by item")
    return best / items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--short", type=int, default=1000, help="items in the short list")
    parser.add_argument("--long", type=int, default=4000, help="items in the long list")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each list; the best is kept")
    args = parser.parse_args(argv)
    seconds_per_item("list", 50, 1)  # the first extraction pays for imports and compiled patterns
    failed = False
    for shape in SHAPES:
        short = seconds_per_item(shape, args.short, args.repeats)
        long = seconds_per_item(shape, args.long, args.repeats)
        ratio = long / short
        failed = failed or ratio > GOAL_RATIO
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"{shape:<5} items {args.short:>6} {args.long:>6}   ms per item {short * 1000:.3f} {long * 1000:.3f}   "
              f"ratio {ratio:.2f} (goal <= {GOAL_RATIO}; quadratic: {args.long / args.short:.1f})   load {load:.1f}   "
              f"{'ok' if ratio <= GOAL_RATIO else 'FAIL'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
