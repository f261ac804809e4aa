"""CSV cells a spreadsheet would run as formulas: guarded with a leading ', and the guard undone exactly."""

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from plantargets.csv_text import (
    neutralize_formula_frame,
    neutralize_formula_text,
    restore_formula_frame,
    restore_formula_text,
)
from plantargets.publish import free_text_columns


@given(st.text(alphabet="'=+-@\t\r a字1", max_size=8))
def test_restoring_a_neutralized_cell_gives_the_text_back(text):
    assert restore_formula_text(neutralize_formula_text(text)) == text


def test_cells_that_start_a_formula_are_guarded_and_others_are_not():
    assert [neutralize_formula_text(t) for t in ["=1+1", "+86", "-5%", "@SUM(A1)", "\tx", "\rx", "'=x", "a=b", "'", ""]] \
        == ["'=1+1", "'+86", "'-5%", "'@SUM(A1)", "'\tx", "'\rx", "''=x", "a=b", "'", ""]
    assert neutralize_formula_text(-5.2) == -5.2 and neutralize_formula_text(None) is None
    # a comparator code in a report table (baseline_comparator "=") runs nothing and is written as it is
    assert [neutralize_formula_text(t) for t in ["=", "=;>=", "=A1"]] == ["=", "=;>=", "'=A1"]


def test_a_frame_keeps_its_numbers_and_missing_values():
    frame = pd.DataFrame({"quote": pd.array(["-学前", None, "ok"], dtype="string"), "value": [-5.2, 1.0, None]})
    guarded = neutralize_formula_frame(frame)
    assert guarded["quote"].tolist()[0] == "'-学前" and pd.isna(guarded["quote"].tolist()[1])
    assert guarded["value"].equals(frame["value"])
    pd.testing.assert_frame_equal(restore_formula_frame(guarded).astype({"quote": "string"}), frame)


def test_coded_columns_of_the_clean_tables_are_written_as_they_are():
    assert "comparator" not in free_text_columns("targets") and "kind" not in free_text_columns("targets")
    assert {"quote", "indicator_zh", "doc_title", "source_file"} <= set(free_text_columns("targets"))
    assert {"text", "message"} <= set(free_text_columns("flags"))
