"""Tidy rows: restatements of one value in one document are linked to its first statement; number-ledger rows
made before the captures were merged point merged values at the kept copy."""

from plantargets.tidy import link_restatements, merged_number_rows


def _row(target_id, indicator_zh, value, *, kind="target", year=2025, indicator_id=None, doc_id="d-00"):
    return {"target_id": target_id, "doc_id": doc_id, "kind": kind, "year": year, "value_std": value,
            "unit_std": "所", "indicator_id": indicator_id, "indicator_zh": indicator_zh}


def test_a_headline_restating_a_value_links_to_its_first_statement():
    rows = [_row("v1", "新建改扩建幼儿园", 25.0), _row("v2", "全县新建改扩建幼儿园", 25.0),
            _row("v3", "新建改扩建幼儿园", 25.0, year=2024),            # another year: another fact
            _row("v4", "新增托位", 25.0),                                # another indicator
            _row("v5", "新建改扩建幼儿园", 25.0, doc_id="d-01"),          # another document
            _row("v6", "公办园", 25.0, indicator_id="new_public_kindergartens"),
            _row("v7", "新建公办幼儿园", 25.0, indicator_id="new_public_kindergartens")]
    link_restatements(rows)
    assert [r["restates_id"] for r in rows] == [None, "v1", None, None, None, None, "v6"]


def test_number_rows_of_merged_values_point_at_the_kept_copy_as_duplicates():
    rows = [("n_1", "b.txt", "b-00", 10, 12, "95", "value", None, "v_b1"),
            ("n_2", "b.txt", "b-00", 20, 24, "2025", "structure", "year", None),
            ("n_3", "b.txt", "b-00", 30, 32, "12", "value", None, "v_b2")]
    merged = merged_number_rows(rows, {"v_b1": "v_a1"})
    assert merged == [("n_1", "b.txt", "b-00", 10, 12, "95", "duplicate", None, "v_a1"), rows[1], rows[2]]
    assert merged_number_rows(rows, {}) == rows


def test_typed_frame_of_tuples_has_the_schema_types_and_converts_a_number_in_a_text_column():
    from plantargets.tidy import typed_frame

    row = ("f_1", "a.txt", None, "conflict", "warning", 3, None, None, "ok")
    frame = typed_frame([row], "flags")
    assert [str(t) for t in frame.dtypes] == ["string"] * 5 + ["Int64", "Int64", "string", "string"]
    assert frame.loc[0, "char_start"] == 3 and frame["char_end"].isna().all() and frame["doc_id"].isna().all()
    odd = typed_frame([("f_1", 7, *row[2:])], "flags")  # pandas' conversion: the number as its text
    assert odd.loc[0, "source_file"] == "7" and str(odd.dtypes["source_file"]) == "string"
