"""Score a targets table against rubric-format gold (tests/devset, tests/corpus_extra, tests/corpus_cities,
tests/heldout, heldout2, heldout3, the seeds' achieved values), with the matching rule of ``tests/devset/score.py``
(the devset's own scorer, copied from ``../shared/devset``), broken down per document and per kind.

The rule: a gold row and a predicted row match when they come from the same file, have the same kind, the same
year (when gold has one), the same value (as written or standardised: 万 = 1e4, 亿 = 1e8), and either overlap in
the raw text or have indicator texts with a bigram similarity of at least 0.3. Gold rows with longer quotes claim
their match first. ``tests/test_generalisation.py`` checks that these totals equal what score.py prints.

Run as a script to print the tables:
``python tests/rubric_scoring.py [devset|corpus_extra|corpus_cities|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|seeds]``.
"""

from __future__ import annotations

import csv
import math
import sys
from collections import defaultdict
from pathlib import Path

import pandas as pd

TESTS = Path(__file__).parent
ROOT = TESTS.parent
# name -> (raw folder, gold folder)
SETS = {
    "devset": (TESTS / "devset" / "docs", TESTS / "devset" / "gold"),
    "corpus_extra": (TESTS / "corpus_extra" / "docs", TESTS / "corpus_extra" / "gold"),
    "corpus_cities": (TESTS / "corpus_cities" / "docs", TESTS / "corpus_cities" / "gold"),
    "heldout": (TESTS / "heldout" / "docs", TESTS / "heldout" / "gold"),
    # heldout2 … heldout15: annotated before their first run (docs/generalisation.md says which are sealed)
    **{f"heldout{n}": (TESTS / f"heldout{n}" / "docs", TESTS / f"heldout{n}" / "gold") for n in range(2, 10000) if (TESTS / f"heldout{n}").is_dir()},
    "seeds": (ROOT / "data" / "raw", TESTS / "gold" / "actuals"),
}
KINDS = ("target", "baseline", "actual")


def _num(x) -> float | None:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    s = str(x).strip().replace(",", "")
    if s == "" or s.lower() in ("nan", "none", "null", "<na>"):
        return None
    try:
        return float(s)
    except ValueError:
        return None


def _year(x) -> int | None:
    v = _num(x)
    return None if v is None else int(round(v))


def _scale(unit: str) -> float:
    unit = (unit or "").strip()
    for prefix, factor in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3)):
        if unit.startswith(prefix):
            return factor
    return 1.0


def _close(a, b) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _bigrams(s: str) -> set[str]:
    s = "".join(ch for ch in (s or "") if not ch.isspace())
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def _similar(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _spans(text: str, sub: str) -> list[tuple[int, int]]:
    out, i = [], text.find(sub)
    while sub and i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def _read(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def load_rubric_gold(gold_dir: Path) -> list[dict]:
    rows = []
    for path in sorted(gold_dir.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


def score(pred: pd.DataFrame, raw_dir: Path, gold: list[dict]) -> dict:
    """Totals as score.py prints them, plus per-document counts, the misses and the unmatched predictions."""
    texts = {p.name: _read(p) for p in raw_dir.iterdir() if p.is_file()}
    pred = pred.assign(_file=pred["source_file"].map(lambda s: Path(str(s)).name))
    pred = pred[pred["_file"].isin({g["doc"] for g in gold})].reset_index(drop=True)
    records = pred.to_dict("records")
    candidates = defaultdict(list)
    for j, p in enumerate(records):
        candidates[(p["_file"], str(p.get("kind") or "").strip())].append(j)
    used: set[int] = set()
    matched: dict[int, int] = {}
    for i in sorted(range(len(gold)), key=lambda i: len(gold[i]["quote"]), reverse=True):
        g = gold[i]
        gv, gy = _num(g["value"]), _year(g["year"])
        if gv is None:
            continue
        gstd = gv * _scale(g["unit"])
        spans = _spans(texts.get(g["doc"], ""), g["quote"])
        best, best_score = None, 0.0
        for j in candidates.get((g["doc"], g["kind"].strip()), []):
            if j in used:
                continue
            p = records[j]
            pv, pstd = _num(p.get("value")), _num(p.get("value_std"))
            if not (_close(pv, gv) or _close(pstd, gstd) or _close(pv, gstd) or _close(pstd, gv)):
                continue
            if gy is not None and _year(p.get("year")) != gy:
                continue
            s0, s1 = _num(p.get("char_start")), _num(p.get("char_end"))
            hit = s0 is not None and s1 is not None and any(a < s1 and s0 < b for a, b in spans)
            sim = _similar(g["indicator_zh"], str(p.get("indicator_zh") or ""))
            value = (2.0 if hit else 0.0) + sim
            if (hit or sim >= 0.3) and value > best_score:
                best, best_score = j, value
        if best is not None:
            used.add(best)
            matched[i] = best
    result: dict = {"pred_rows": len(records)}
    per_doc: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for kind in KINDS:
        wanted = [i for i, g in enumerate(gold) if g["kind"].strip() == kind and _num(g["value"]) is not None]
        hit = [i for i in wanted if i in matched]
        result[f"gold_{kind}"] = len(wanted)
        result[f"recall_{kind}"] = round(len(hit) / len(wanted), 4) if wanted else None
        for i in wanted:
            per_doc[gold[i]["doc"]][f"gold_{kind}"] += 1
            per_doc[gold[i]["doc"]][f"hit_{kind}"] += i in matched
    predicted = [j for j, p in enumerate(records) if str(p.get("kind") or "").strip() == "target"]
    true_positive = [j for j in predicted if j in used]
    for j in predicted:
        per_doc[records[j]["_file"]]["pred_target"] += 1
        per_doc[records[j]["_file"]]["tp_target"] += j in used
    result["pred_target"] = len(predicted)
    result["precision_target"] = round(len(true_positive) / len(predicted), 4) if predicted else 0.0
    r, p = result["recall_target"] or 0.0, result["precision_target"]
    result["f1_target"] = round(2 * r * p / (r + p), 4) if r + p else 0.0
    agree = sum((str(records[j].get("comparator") or "=").strip() or "=") == ((gold[i]["comparator"] or "=").strip())
                for i, j in matched.items())
    result["comparator_accuracy"] = round(agree / len(matched), 4) if matched else None
    exact = sum(texts.get(records[j]["_file"], "")[int(records[j]["char_start"]):int(records[j]["char_end"])]
                == records[j].get("quote") for j in used)
    result["quote_span_exact"] = round(exact / len(used), 4) if used else None
    result["per_doc"] = {doc: dict(counts) for doc, counts in sorted(per_doc.items())}
    result["missed"] = [g for i, g in enumerate(gold) if i not in matched and _num(g["value"]) is not None]
    result["unmatched_targets"] = [records[j] for j in predicted if j not in used]
    return result


def format_result(name: str, result: dict) -> str:
    """A printable summary: totals, then one line per document."""
    lines = [f"{name}: target P {result['precision_target']:.3f} R {result['recall_target'] or 0:.3f} "
             f"F1 {result['f1_target']:.3f} | baseline R {result['recall_baseline'] if result['recall_baseline'] is not None else '-'} "
             f"| actual R {result['recall_actual'] if result['recall_actual'] is not None else '-'} "
             f"| comparator {result['comparator_accuracy']} | spans exact {result['quote_span_exact']}"]
    lines.append(f"  {'document':<42} {'tgt P':>6} {'tgt R':>6} {'base R':>6} {'act R':>6}")
    for doc, c in result["per_doc"].items():
        def ratio(hit, total):
            return f"{c.get(hit, 0) / c[total]:.2f}" if c.get(total) else "-"
        lines.append(f"  {doc[:42]:<42} {ratio('tp_target', 'pred_target'):>6} {ratio('hit_target', 'gold_target'):>6} "
                     f"{ratio('hit_baseline', 'gold_baseline'):>6} {ratio('hit_actual', 'gold_actual'):>6}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from plantargets.pipeline import extract_tables

    names = argv or list(SETS)
    show = "-v" in names
    names = [n for n in names if n != "-v"] or list(SETS)
    for name in names:
        raw_dir, gold_dir = SETS[name]
        if not gold_dir.is_dir():
            print(f"{name}: no gold at {gold_dir}")
            continue
        tables = extract_tables(raw_dir).tables
        result = score(tables["targets"], raw_dir, load_rubric_gold(gold_dir))
        print(format_result(name, result))
        if show:
            for g in result["missed"]:
                print(f"  missed [{g['doc']}] {g['kind']} {g['year']} {g['indicator_zh']} {g['comparator']}{g['value']}"
                      f"{g['unit']} | {g['quote']}")
            for p in result["unmatched_targets"]:
                print(f"  extra  [{p['_file']}] {p['year']} {p['indicator_zh']} {p['comparator']}{p['value']}"
                      f"{p['unit'] or ''} | {str(p['quote'])[:50]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
