"""Match extracted target rows against the hand-made gold annotations in tests/gold/.

Run as a script to print precision, recall and every miss: ``python tests/gold_matching.py``.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from plantargets.text.read import read_raw_file

GOLD_DIR = Path(__file__).parent / "gold"
GOLD_COLUMNS = ["source_file", "line", "quote", "number", "value", "value_high", "unit", "year", "comparator",
                "indicator_zh", "target_type", "commitment", "binding", "kind", "note"]


@dataclass
class GoldRow:
    row: dict
    source_file: str
    start: int  # raw offsets of the gold quote
    end: int


def load_gold(raw_dir: Path) -> list[GoldRow]:
    """Every gold row with the raw span of its quote (the quote must be on its line, verbatim)."""
    rows = []
    texts: dict[str, tuple[str, list[int]]] = {}
    for path in sorted(GOLD_DIR.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames == GOLD_COLUMNS, f"{path.name}: columns {reader.fieldnames}"
            for row in reader:
                name = row["source_file"]
                if name not in texts:
                    text = read_raw_file(raw_dir / name).text
                    starts = [0]
                    for line in text.split("\n")[:-1]:
                        starts.append(starts[-1] + len(line) + 1)
                    texts[name] = (text, starts)
                text, starts = texts[name]
                line_no = int(row["line"])
                line_start = starts[line_no - 1]
                line_text = text[line_start:starts[line_no] - 1] if line_no < len(starts) else text[line_start:]
                position = line_text.find(row["quote"])
                if position < 0:
                    raise AssertionError(f"{path.name}: quote {row['quote']!r} not on line {line_no} of {name}")
                start = line_start + position
                rows.append(GoldRow(row, name, start, start + len(row["quote"])))
    return rows


def _spans(target: pd.Series) -> list[tuple[str, int, int]]:
    spans = [(target["source_file"], int(target["value_char_start"]), int(target["value_char_end"]))]
    if isinstance(target["other_sources"], str):
        for item in target["other_sources"].split("; "):
            name, span = item.rsplit(":", 1)
            start, end = span.split("-")
            spans.append((name, int(start), int(end)))
    return spans


def match_targets(targets: pd.DataFrame, gold: list[GoldRow]) -> tuple[list, list, list]:
    """(matched pairs, unmatched extracted rows, unmatched gold rows) for kind=target.

    A row whose value was captured twice (other_sources) may match one gold row in each capture's file. Only
    the files the gold annotates are scored: the other documents of the corpus have gold sets of their own.
    """
    annotated = {g.source_file for g in gold}
    extracted = targets[(targets["kind"] == "target") & targets["source_file"].isin(annotated)]
    wanted = [g for g in gold if g.row["kind"] == "target"]
    by_file: dict[str, list[GoldRow]] = {}
    for g in wanted:
        by_file.setdefault(g.source_file, []).append(g)
    matched, unmatched_extracted, used = [], [], set()
    for _, target in extracted.iterrows():
        hits = []
        for name, start, end in _spans(target):
            for g in by_file.get(name, []):
                if id(g) in used or not (start < g.end and g.start < end):
                    continue
                if abs(float(g.row["value"]) - float(target["value"])) < 1e-9:
                    hits.append(g)
                    break
        for hit in hits:
            used.add(id(hit))
            matched.append((target, hit))
        if not hits:
            unmatched_extracted.append(target)
    missed = [g for g in wanted if id(g) not in used]
    return matched, unmatched_extracted, missed


def score(targets: pd.DataFrame, raw_dir: Path) -> dict:
    gold = load_gold(raw_dir)
    matched, false_positives, missed = match_targets(targets, gold)
    n_extracted = len({t["target_id"] for t, _ in matched}) + len(false_positives)
    n_gold = len(matched) + len(missed)
    return {
        "precision": (n_extracted - len(false_positives)) / n_extracted if n_extracted else 0.0,
        "recall": len(matched) / n_gold if n_gold else 0.0,
        "n_extracted": n_extracted, "n_gold": n_gold, "matched": matched,
        "false_positives": false_positives, "missed": missed,
    }


if __name__ == "__main__":
    from plantargets.pipeline import extract_tables
    from plantargets.paths import RAW_DIR

    result = score(extract_tables(RAW_DIR).tables["targets"], RAW_DIR)
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"(extracted {result['n_extracted']}, gold {result['n_gold']}, matched {len(result['matched'])})")
    verbose = "-v" in sys.argv
    print("\nFALSE POSITIVES")
    for t in result["false_positives"]:
        print(f"  {t['source_file'][:12]} {t['char_start']:>6} {t['value']:>8g}{t['unit'] if isinstance(t['unit'], str) else ''} | {t['indicator_zh']} | {t['quote'][:50]}")
    print("\nMISSED")
    for g in result["missed"]:
        print(f"  {g.source_file[:12]} L{g.row['line']:>4} {g.row['number']}{g.row['unit']} | {g.row['indicator_zh']} | {g.row['quote'][:50]}")
    if verbose:
        print("\nYEAR DISAGREEMENTS")
        for t, g in result["matched"]:
            if g.row["year"] and str(t["year"]) != g.row["year"]:
                print(f"  {g.source_file[:12]} L{g.row['line']} gold {g.row['year']} got {t['year']} | {g.row['quote'][:40]}")
