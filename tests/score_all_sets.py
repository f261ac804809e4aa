"""Score every rubric set at once and compare with an earlier run: the check of a change to the extractor.

Prints one summary line per group (sealed sets, read sets), as means of target F1 and actual recall, and with
``--against`` the sets that moved. A sealed set (labelled so in tests/test_generalisation.py) shows only its summary
numbers, never its documents. ``--out`` keeps this run's numbers as JSON for the next comparison.

    python tests/score_all_sets.py --out /tmp/before.json          # with the library before the change
    python tests/score_all_sets.py --against /tmp/before.json      # after it
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rubric_scoring import SETS, load_rubric_gold, score

TESTS = Path(__file__).parent


def sealed_sets() -> set[str]:
    """The sets tests/test_generalisation.py labels sealed (read for their summary line only)."""
    from test_generalisation import GOALS

    return {name for name, label, _ in GOALS if "(sealed)" in label}


def score_set(name: str) -> tuple[str, dict]:
    """One set's summary numbers, as rubric_scoring prints them."""
    from plantargets.pipeline import extract_tables

    raw_dir, gold_dir = SETS[name]
    result = score(extract_tables(raw_dir).tables["targets"], raw_dir, load_rubric_gold(gold_dir))
    keys = ("precision_target", "recall_target", "f1_target", "recall_actual", "comparator_accuracy")
    return name, {key: result[key] for key in keys}


def _mean(numbers: dict[str, dict], names: list[str], key: str) -> float:
    values = [numbers[n][key] for n in names if numbers[n][key] is not None]
    return round(statistics.fmean(values), 4) if values else float("nan")


def summary(numbers: dict[str, dict], before: dict[str, dict] | None, sealed: set[str]) -> list[str]:
    """Lines: each group's means (before -> now when an earlier run is given), then the sets that moved."""
    lines = []
    groups = {"sealed": sorted(n for n in numbers if n in sealed),
              "read": sorted(n for n in numbers if n not in sealed)}
    def means(run: dict[str, dict], names: list[str]) -> str:
        return f"F1 {_mean(run, names, 'f1_target'):.4f} actual R {_mean(run, names, 'recall_actual'):.4f}"

    for group, names in groups.items():
        common = [n for n in names if n in before] if before else names  # a set new since then is left out of both
        was = f"{means(before, common)} -> " if before else ""
        lines.append(f"{group} ({len(names)} sets): {was}{means(numbers, common)}")
    if before:
        for name in sorted(numbers):
            if name not in before:
                continue
            old, new = before[name], numbers[name]
            moved = [f"{key} {old[key]} -> {new[key]}" for key in ("f1_target", "recall_actual", "comparator_accuracy")
                     if old[key] != new[key]]
            if moved:
                lines.append(f"  {name}{' (sealed)' if name in sealed else ''}: " + "; ".join(moved))
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="processes scoring sets side by side")
    parser.add_argument("--out", type=Path, help="write this run's numbers here (JSON)")
    parser.add_argument("--against", type=Path, help="an earlier run's JSON to compare with")
    args = parser.parse_args(argv)
    names = [name for name in SETS if name != "seeds"]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        numbers = dict(pool.map(score_set, names))
    before = json.loads(args.against.read_text(encoding="utf-8")) if args.against else None
    print("\n".join(summary(numbers, before, sealed_sets())))
    if args.out:
        args.out.write_text(json.dumps(numbers, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
