"""The side-by-side summary of every rubric set: group means, and the sets that moved, sealed ones by number only."""

from score_all_sets import summary


def _set(f1, actual):
    return {"precision_target": None, "recall_target": None, "f1_target": f1, "recall_actual": actual,
            "comparator_accuracy": 1.0}


def test_summary_gives_each_groups_means_and_the_sets_that_moved():
    before = {"a": _set(0.5, 0.8), "b": _set(0.7, None), "s": _set(0.6, 0.9)}
    now = {"a": _set(0.7, 0.8), "b": _set(0.7, None), "s": _set(0.4, 0.9), "new": _set(1.0, 1.0)}
    lines = summary(now, before, sealed={"s"})
    # the sealed group's one set, and the read sets' means over the sets both runs have (a set with no actuals skipped)
    assert lines[0] == "sealed (1 sets): F1 0.6000 actual R 0.9000 -> F1 0.4000 actual R 0.9000"
    assert lines[1] == "read (3 sets): F1 0.6000 actual R 0.8000 -> F1 0.7000 actual R 0.8000"
    assert lines[2:] == ["  a: f1_target 0.5 -> 0.7", "  s (sealed): f1_target 0.6 -> 0.4"]


def test_summary_without_an_earlier_run_gives_the_means_only():
    lines = summary({"a": _set(0.5, 0.8), "s": _set(0.25, 0.5)}, None, sealed={"s"})
    assert lines == ["sealed (1 sets): F1 0.2500 actual R 0.5000", "read (1 sets): F1 0.5000 actual R 0.8000"]
