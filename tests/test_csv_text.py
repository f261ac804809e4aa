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
from plantargets.publish import csv_lines, free_text_columns, write_csv_lines
from plantargets.tidy import typed_frame


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


def _flag(flag_id="f_1", text=None, message="ok", start=3):
    return (flag_id, "a.txt", "a-00", "conflict", "warning", start, 9, text, message)


def test_a_files_csv_lines_are_made_from_its_rows_as_pandas_writes_them(tmp_path):
    rows = [_flag(), _flag("f_2", "-5%", "x, =y"), _flag("f_3", "=", "say \"hi\"", None)]
    # hand-written: missing cells empty, a quote or comma quoted, a formula-like text guarded even when only
    # one cell of the file needs it (each column's guard is judged cell by cell)
    expected = ('f_1,a.txt,a-00,conflict,warning,3,9,,ok\n'
                "f_2,a.txt,a-00,conflict,warning,3,9,'-5%,\"x, =y\"\n"
                'f_3,a.txt,a-00,conflict,warning,,9,=,"say ""hi"""\n')
    assert csv_lines("flags", rows) == expected
    frame_lines = write_csv_lines("flags", typed_frame(rows, "flags"), False, tmp_path / "flags.csv").read_text()
    assert frame_lines == expected
    assert csv_lines("flags", []) == ""


def test_csv_lines_format_floats_and_booleans_and_leave_a_comparator_code_alone():
    frame = typed_frame([], "targets")
    row = dict.fromkeys(frame.columns)
    row |= {"target_id": "v_1", "comparator": "=", "value": 2.0, "value_high": 1 / 3, "value_std": -0.5,
            "year_inferred": True, "per_year": False, "char_start": 7, "quote": "@home"}
    line = csv_lines("targets", [tuple(row[name] for name in frame.columns)])
    cells = dict(zip(frame.columns, line.rstrip("\n").split(",")))
    assert (cells["comparator"], cells["value"], cells["value_high"], cells["value_std"]) == ("=", "2", "0.3333333333", "-0.5")
    assert (cells["year_inferred"], cells["per_year"], cells["char_start"], cells["quote"]) == ("True", "False", "7", "'@home")
    assert cells["value_high_std"] == "" and cells["unit"] == ""


def test_a_cell_of_a_type_the_frame_converts_is_written_as_the_frame_writes_it():
    import numpy as np

    # a float in an integer column: pandas writes the integer, the csv module would write "3.0"
    assert csv_lines("flags", [_flag(start=3.0)]) == "f_1,a.txt,a-00,conflict,warning,3,9,,ok\n"
    assert csv_lines("flags", [_flag(start=np.int64(4))]) == "f_1,a.txt,a-00,conflict,warning,4,9,,ok\n"


def test_csv_lines_find_a_formula_in_any_row_and_not_after_a_nul_inside_a_cell():
    # the second row's message needs the guard, so does a guarded-looking message; a NUL then "=" inside a cell is
    # no cell start (hand-written lines)
    rows = [_flag(text="a\x00=b"), _flag("f_2", message="''=x"), _flag("f_3", message="+86")]
    assert csv_lines("flags", rows) == ("f_1,a.txt,a-00,conflict,warning,3,9,a\x00=b,ok\n"
                                        "f_2,a.txt,a-00,conflict,warning,3,9,,'''=x\n"
                                        "f_3,a.txt,a-00,conflict,warning,3,9,,'+86\n")
    assert csv_lines("flags", [_flag(text="a\x00=b")]) == "f_1,a.txt,a-00,conflict,warning,3,9,a\x00=b,ok\n"


_CELLS = st.one_of(st.none(), st.text(alphabet=',"\r\n\x00 a字1\'', max_size=6), st.integers(-5, 5), st.booleans(),
                   st.floats(allow_nan=True, allow_infinity=True))


@given(st.lists(st.tuples(_CELLS, _CELLS, _CELLS), max_size=5), st.lists(st.tuples(_CELLS), max_size=3))
def test_csv_text_is_what_the_csv_writer_writes(rows, narrow):
    """publish._csv_text joins rows itself when no cell needs more than a comma's quoting; the text is the csv
    module's, whatever the cells (commas, quotes, line breaks, NULs, None, numbers) and rows of any width."""
    import csv
    import io

    from plantargets.publish import _csv_text

    for case in (rows, narrow, rows + narrow, [list(row) for row in rows]):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(case)
        assert _csv_text(case) == buffer.getvalue()
