"""connect() (DuckDB views) and show_source() (a value in its sentence, escaped HTML)."""

import pytest

import plantargets


def test_connect_has_a_view_per_table_matching_load(clean_dir):
    connection = plantargets.connect(clean_dir)
    views = {row[0] for row in connection.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert views == {"targets", "documents", "indicators", "flags", "national", "numbers"}
    sql = connection.execute("SELECT count(*) FROM targets WHERE kind = 'target'").fetchone()[0]
    assert sql == int((plantargets.load(clean_dir=clean_dir)["kind"] == "target").sum())


def test_show_source_marks_the_value_inside_its_quote(clean_dir):
    targets = plantargets.load(clean_dir=clean_dir)
    row = targets[targets["quote"].str.contains("新增公办幼儿园学位5100个", regex=False)].iloc[0]
    view = plantargets.show_source(row["target_id"], clean_dir)
    assert view.number == "5100"
    assert view.quote_before + view.number + view.quote_after == row["quote"]
    assert "【5100】" in str(view)
    assert "<mark>5100</mark>" in view._repr_html_()


def test_show_source_escapes_document_text(tmp_path, raw_dir):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "x.txt").write_text("某市教育发展规划\n第二节 发展目标\n到2025年,<b>学前三年毛入园率</b>达到98%以上。\n", encoding="utf-8")
    plantargets.build(raw, tmp_path / "clean")
    targets = plantargets.load(clean_dir=tmp_path / "clean")
    html = plantargets.show_source(targets.iloc[0]["target_id"], tmp_path / "clean", raw)._repr_html_()
    assert "<b>" not in html and "&lt;b&gt;" in html


def test_show_source_unknown_id_is_a_clear_error(clean_dir):
    with pytest.raises(KeyError, match="no value"):
        plantargets.show_source("v_000000000000", clean_dir)


def test_show_source_of_a_table_value_names_its_row_its_year_column_and_the_table(clean_dir):
    """In Sihui's plan, 99.86 alone says nothing: it is the 2020年 cell of the row 学前三年毛入园率(%) of 表1."""
    targets = plantargets.load(clean_dir=clean_dir)
    row = targets[(targets["source_file"] == "sihui_2022_education_14th_fyp.txt") & (targets["origin"] == "table")
                  & (targets["indicator_zh"] == "学前三年毛入园率") & (targets["year"] == 2020)].iloc[0]
    view = plantargets.show_source(row["target_id"], clean_dir)
    assert view.number == "99.86"
    assert view.table_caption == "表1 四会市教育发展“十四五”主要目标"
    assert view.row_label == "学前三年毛入园率(%)"
    assert view.column_header == "2020年"
    text = str(view)
    for part in ("表1 四会市教育发展“十四五”主要目标", "学前三年毛入园率(%)", "2020年", "【99.86】"):
        assert part in text
    html = view._repr_html_()
    assert "学前三年毛入园率(%)" in html and "2020年" in html and "四会市教育发展“十四五”主要目标" in html


def test_show_source_of_a_prose_value_has_no_table_context(clean_dir):
    targets = plantargets.load(clean_dir=clean_dir)
    row = targets[targets["quote"].str.contains("新增公办幼儿园学位5100个", regex=False)].iloc[0]
    view = plantargets.show_source(row["target_id"], clean_dir)
    assert (view.table_caption, view.row_label, view.column_header) == ("", "", "")
