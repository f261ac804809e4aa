"""How extraction scales with the length of one sentence, as a ratio measured in one run.

A scraped page can run a list of hundreds of items into one sentence (a project list flattened by its scraper,
"新建幼儿园5所、新建幼儿园5所、…"). Every value of such a list asks about its clause, and a question answered by a
scan from the sentence's start or to its end made the whole sentence quadratic: 5,000 items took 38 s where 500
took 1.6 s (session 62). This script builds one-sentence documents of ``--short`` and ``--long`` items, extracts
each in this process (CPU seconds, best of ``--repeats``), and prints the CPU seconds per item of each and their
ratio: about 1 when extraction is linear in the sentence's length, ``long / short`` when it is quadratic.

    python benchmarks/long_list.py                       # 1,000 against 4,000 items
    PYTHONPATH=<other checkout>/lib python benchmarks/long_list.py

Exit status 1 when the long list costs more than ``GOAL_RATIO`` times as much per item as the short one.
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
ITEM = "新建幼儿园5所、"


def seconds_per_item(items: int, repeats: int) -> float:
    """The best CPU seconds per item of extracting a document that is one sentence of ``items`` listed values."""
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "list.txt").write_text("到2025年," + ITEM * items + "。", encoding="utf-8")
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            targets = extract_tables(folder).tables["targets"]
            best = min(best, time.process_time() - start)
        if len(targets) != items:
            sys.exit(f"{items} items gave {len(targets)} targets: the document is not read as one list")
    return best / items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--short", type=int, default=1000, help="items in the short list")
    parser.add_argument("--long", type=int, default=4000, help="items in the long list")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each list; the best is kept")
    args = parser.parse_args(argv)
    seconds_per_item(50, 1)  # the first extraction pays for imports and compiled patterns
    short = seconds_per_item(args.short, args.repeats)
    long = seconds_per_item(args.long, args.repeats)
    ratio = long / short
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"items {args.short:>6} {args.long:>6}   ms per item {short * 1000:.3f} {long * 1000:.3f}   "
          f"ratio {ratio:.2f} (goal <= {GOAL_RATIO}; quadratic: {args.long / args.short:.1f})   load {load:.1f}   "
          f"{'ok' if ratio <= GOAL_RATIO else 'FAIL'}")
    return 0 if ratio <= GOAL_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
