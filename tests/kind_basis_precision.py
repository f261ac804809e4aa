"""How often the gold agrees with each rule that decides a value's kind, by page type: a rule that over-fires.

For every held-out set, each target row's kind basis (the rule that made it a target, its particulars dropped) and
page type, and whether the gold holds it; and each result row's, with whether the gold holds its value as a target
(all result rows called targets at once). Sums are printed separately for the read and the sealed sets; a sealed
set adds to the sums only, so no page or gold row of it is shown. A target rule whose precision is under half the
target F1 costs more than it brings, and a result rule whose values are gold targets that often is missing them.

    python tests/kind_basis_precision.py                  # the rules under 0.5 precision, or over 0.3 gold targets
    python tests/kind_basis_precision.py --all --min 30   # every rule with 30 rows or more
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from rubric_scoring import SETS, load_rubric_gold, score
from score_all_sets import sealed_sets


def rule_of(basis: object, doc_type: object) -> str:
    """A kind basis without its particulars (quoted words, years), with the page type."""
    rule = re.sub(r"\([^()]*\)", "", str(basis))
    return f"{re.sub(r'(?:19|20)[0-9]{2}', 'YYYY', rule).strip()[:70]} @{doc_type}"


def count_set(name: str) -> tuple[Counter, Counter, Counter, Counter]:
    """(target rows, target rows the gold does not hold, result rows, result rows the gold holds as targets)."""
    from plantargets.pipeline import extract_tables

    raw_dir, gold_dir = SETS[name]
    gold = load_rubric_gold(gold_dir)
    rows = extract_tables(raw_dir).tables["targets"]
    rows = rows[rows["kind"].isin(["target", "actual"])].copy()
    rows["_rule"] = [rule_of(b, d) for b, d in zip(rows["kind_basis"], rows["doc_type"])]
    targets = rows[rows["kind"] == "target"]
    unmatched = score(targets, raw_dir, gold)["unmatched_targets"]
    results = rows[rows["kind"] == "actual"].assign(kind="target")
    results_unmatched = score(results, raw_dir, gold)["unmatched_targets"]
    return (Counter(targets["_rule"]), Counter(row["_rule"] for row in unmatched),
            Counter(results["_rule"]), Counter(row["_rule"] for row in results_unmatched))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every rule, not only the doubtful ones")
    parser.add_argument("--min", type=int, default=10, help="rows a rule needs, read and sealed together")
    args = parser.parse_args(argv)
    sealed = sealed_sets()
    names = sorted(name for name in SETS if name.startswith("heldout"))
    sums = {group: [Counter(), Counter(), Counter(), Counter()] for group in ("read", "sealed")}
    with ProcessPoolExecutor(2) as pool:
        for name, counts in zip(names, pool.map(count_set, names)):
            for total, part in zip(sums["sealed" if name in sealed else "read"], counts):
                total.update(part)

    def line(rule: str, first: int, second: int, agreeing) -> str | None:
        cells = []
        for group in ("read", "sealed"):
            n, other = sums[group][first][rule], sums[group][second][rule]
            cells.append(f"{group} {n:5d} {agreeing(n, other):.2f}" if n else f"{group}     0    -")
        return " | ".join(cells)

    for title, first, second, agreeing, doubtful in (
            ("target rules: rows, precision", 0, 1, lambda n, fp: 1 - fp / n, lambda p: p < 0.5),
            ("result rules: rows, share of gold targets", 2, 3, lambda n, un: 1 - un / n, lambda t: t > 0.3)):
        print(title)
        rules = set(sums["read"][first]) | set(sums["sealed"][first])
        for rule in sorted(rules, key=lambda r: -(sums["read"][first][r] + sums["sealed"][first][r])):
            n = sums["read"][first][rule] + sums["sealed"][first][rule]
            if n < args.min:
                continue
            both = agreeing(n, sums["read"][second][rule] + sums["sealed"][second][rule])
            if args.all or doubtful(both):
                print(f"  {rule:75s} {line(rule, first, second, agreeing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
