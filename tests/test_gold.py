"""Extractor against the hand annotations: precision and recall of kind=target rows, printed, at least 0.95."""

from gold_matching import load_gold, score

THRESHOLD = 0.95


def test_gold_quotes_are_on_their_lines(raw_dir):
    gold = load_gold(raw_dir)
    assert len(gold) > 250
    assert {g.row["kind"] for g in gold} == {"target", "baseline"}


def test_target_precision_and_recall(targets, raw_dir):
    result = score(targets, raw_dir)
    print(f"\ngold targets: precision {result['precision']:.3f} recall {result['recall']:.3f} "
          f"(extracted {result['n_extracted']}, gold {result['n_gold']}, matched {len(result['matched'])})")
    for t in result["false_positives"]:
        print(f"  extra:  {t['source_file']}:{t['char_start']} {t['quote'][:40]}")
    for g in result["missed"]:
        print(f"  missed: {g.source_file}:L{g.row['line']} {g.row['quote'][:40]}")
    assert result["precision"] >= THRESHOLD
    assert result["recall"] >= THRESHOLD


def test_matched_targets_agree_on_year_comparator_and_unit(targets, raw_dir):
    """Beyond finding the value: its year, comparator and unit should agree with the annotators' in most rows."""
    result = score(targets, raw_dir)
    matched = result["matched"]
    checks = {
        "year": sum(str(t["year"]) == g.row["year"] for t, g in matched if g.row["year"]),
        "comparator": sum(t["comparator"] == g.row["comparator"] for t, g in matched),
        "unit": sum((t["unit"] if isinstance(t["unit"], str) else "") == g.row["unit"] for t, g in matched),
    }
    totals = {"year": sum(1 for _, g in matched if g.row["year"]), "comparator": len(matched), "unit": len(matched)}
    rates = {k: checks[k] / totals[k] for k in checks}
    print("\nagreement on matched targets: " + ", ".join(f"{k} {v:.3f}" for k, v in rates.items()))
    assert min(rates.values()) >= 0.85


def test_table_baselines_are_found(targets, raw_dir):
    gold = [g for g in load_gold(raw_dir) if g.row["kind"] == "baseline"]
    baselines = targets[targets["kind"] == "baseline"]
    found = 0
    for g in gold:
        hit = baselines[(baselines["source_file"] == g.source_file) & (baselines["value_char_start"] < g.end)
                        & (baselines["value_char_end"] > g.start) & (baselines["value"] == float(g.row["value"]))]
        found += len(hit) > 0
    print(f"\ngold baselines found: {found} of {len(gold)}")
    assert found / len(gold) >= 0.9
