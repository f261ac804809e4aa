"""The clean tables: span invariant, hashes, schema, determinism, atomic writes, committed = fresh build."""

import csv
import filecmp
import hashlib
import json
import shutil

import pandera.errors
import pytest

import plantargets
from plantargets.paths import NATIONAL_REFERENCE_DIR
from plantargets.pipeline import build, extract_tables
from plantargets.schemas import TABLE_SCHEMAS
from plantargets.text.read import read_raw_file

SPAM_MARKERS = ("57365", "线路检测中心", "有限公司官网")
EDUCATION_DOMAINS = {"preschool", "compulsory", "senior_secondary", "vocational", "higher", "special", "teachers"}


def test_every_raw_file_matches_its_manifest_hash(raw_dir):
    for manifest in (raw_dir / "manifest.csv", NATIONAL_REFERENCE_DIR / "manifest.csv"):
        with open(manifest, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert rows
        for row in rows:
            data = (manifest.parent / row["source_file"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == row["sha256"], row["source_file"]
            assert len(data) == int(row["n_bytes"])


def test_quote_is_exactly_the_raw_text_of_its_span(targets, raw_dir):
    texts = {name: read_raw_file(raw_dir / name).text for name in targets["source_file"].unique()}
    for row in targets.itertuples():
        text = texts[row.source_file]
        assert text[row.char_start:row.char_end] == row.quote, row.target_id
        assert row.char_start <= row.value_char_start < row.value_char_end <= row.char_end
        number = text[row.value_char_start:row.value_char_end]
        assert number and number in row.quote


def test_other_provenances_point_at_the_same_number(targets, raw_dir):
    duplicated = targets[targets["other_sources"].notna()]
    assert len(duplicated) > 10
    for row in duplicated.itertuples():
        for item in row.other_sources.split("; "):
            name, span = item.rsplit(":", 1)
            start, end = map(int, span.split("-"))
            quote = read_raw_file(raw_dir / name).text[start:end]
            assert f"{row.value:g}" in quote.translate(str.maketrans("０１２３４５６７８９．", "0123456789.")) or row.origin == "table"


def test_tables_validate_against_their_schemas(built):
    for name, frame in built.tables.items():
        TABLE_SCHEMAS[name].validate(frame, lazy=True)


def test_a_text_column_that_is_not_of_strings_fails_its_schema(built):
    """Text columns are checked once per column (schemas._String), as strictly as pandera's cell-by-cell check."""
    documents = built.tables["documents"].copy()
    documents["title"] = documents["title"].astype(object)
    documents.loc[0, "title"] = 7
    with pytest.raises(pandera.errors.SchemaErrors, match="title"):
        TABLE_SCHEMAS["documents"].validate(documents, lazy=True)
    documents["title"] = documents["title"].astype(str).astype("string")  # of strings again: valid
    TABLE_SCHEMAS["documents"].validate(documents, lazy=True)


def test_no_spam_in_values_indicators_or_quotes_and_flags_record_where_it_was(built):
    targets = built.tables["targets"]
    for column in ("indicator_zh", "quote", "section_path", "doc_title"):
        text = targets[column].fillna("")
        assert not text.str.contains("|".join(SPAM_MARKERS)).any(), column
    spam = built.tables["flags"].query("flag_type == 'spam_text'")
    assert len(spam) >= 7 and spam["text"].str.startswith("57365").all()


def test_all_three_cities_and_shared_education_indicators(built):
    targets = built.tables["targets"]
    assert set(targets["city"]) >= {"Zhanjiang", "Sihui", "Guigang"}
    education = targets[targets["domain"].isin(EDUCATION_DOMAINS) & targets["kind"].isin(["target", "baseline"])]
    cities_per_indicator = education.groupby("indicator_id")["city"].nunique()
    shared = sorted(cities_per_indicator[cities_per_indicator >= 2].index)
    print(f"\neducation indicators with values from two or more cities ({len(shared)}): {', '.join(shared)}")
    assert len(shared) >= 8
    for indicator in ("preschool_gross_enrollment_rate", "compulsory_education_consolidation_rate",
                      "senior_secondary_gross_enrollment_rate", "disabled_children_enrollment_rate"):
        assert indicator in shared


def test_missing_is_missing_not_zero(targets):
    assert targets["unit"].isna().sum() < len(targets)
    assert not (targets["binding"] == "").any()
    assert targets.loc[targets["comparator"] != "range", "value_high"].isna().all()


def test_every_digit_in_the_raw_files_is_in_the_numbers_ledger_or_a_flag(built, raw_dir):
    """Nothing is lost: each run of digits is a value, named structure, a flagged number, or inside cut-out text."""
    import re
    numbers, flags = built.tables["numbers"], built.tables["flags"].dropna(subset=["char_start"])
    for name in built.tables["documents"]["source_file"].unique():
        text = read_raw_file(raw_dir / name).text
        spans = sorted(list(zip(numbers.loc[numbers["source_file"] == name, "char_start"],
                                numbers.loc[numbers["source_file"] == name, "char_end"]))
                       + list(zip(flags.loc[flags["source_file"] == name, "char_start"],
                                  flags.loc[flags["source_file"] == name, "char_end"])))
        missing = [m.group(0) for m in re.finditer(r"[0-9０-９]+", text)
                   if not any(start <= m.start() and m.end() <= end for start, end in spans)]
        assert missing == [], f"{name}: digits accounted for nowhere: {missing[:10]}"


def test_numbers_ledger_agrees_with_targets_and_flags(built, raw_dir):
    numbers, targets, flags = built.tables["numbers"], built.tables["targets"], built.tables["flags"]
    values = numbers[numbers["outcome"].isin(["value", "duplicate"])]
    assert set(values["target_id"]) == set(targets["target_id"])
    assert (numbers.loc[numbers["outcome"] == "value", "target_id"].value_counts() == 1).all()
    flagged = numbers[numbers["outcome"] == "flagged"]
    flag_spans = set(zip(flags["source_file"], flags["char_start"], flags["char_end"]))
    assert all((r.source_file, r.char_start, r.char_end) in flag_spans for r in flagged.itertuples())
    assert numbers.loc[numbers["outcome"].isin(["structure", "flagged"]), "reason"].notna().all()
    for row in numbers.sample(200, random_state=0).itertuples():
        assert read_raw_file(raw_dir / row.source_file).text[row.char_start:row.char_end] == row.text


def test_build_is_deterministic_and_committed_clean_equals_a_fresh_build(tmp_path, raw_dir, clean_dir):
    first, second = tmp_path / "one", tmp_path / "two"
    build(raw_dir, first)
    build(raw_dir, second)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    _, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    assert mismatch == [] and errors == []
    committed = sorted(p.name for p in clean_dir.iterdir())
    assert committed == names
    _, stale, _ = filecmp.cmpfiles(first, clean_dir, [n for n in names if n.endswith((".csv", ".json", ".txt"))], shallow=False)
    assert stale == [], "data/clean is stale: run `python -m plantargets build` and commit it"


def test_a_failed_build_leaves_the_previous_clean_folder_untouched(tmp_path, raw_dir, monkeypatch):
    out = tmp_path / "clean"
    build(raw_dir, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    import plantargets.publish as publish

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(publish.pq, "ParquetWriter", broken)
    with pytest.raises(OSError):
        build(raw_dir, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not list(tmp_path.glob(".clean-*"))


def test_datapackage_describes_every_column(built, clean_dir):
    package = json.loads((clean_dir / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    for name, frame in built.tables.items():
        fields = [f["name"] for f in resources[name]["schema"]["fields"]]
        assert fields == list(frame.columns)
        assert all(f["description"] for f in resources[name]["schema"]["fields"])


def test_datapackage_validates_with_frictionless(clean_dir):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(clean_dir / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_load_returns_typed_targets(clean_dir):
    targets = plantargets.load(clean_dir=clean_dir)
    assert str(targets["year"].dtype) == "Int64"
    assert str(targets["value"].dtype) == "Float64"
    assert str(targets["year_inferred"].dtype) == "boolean"
    assert str(targets["city"].dtype).startswith("string")
    with pytest.raises(ValueError, match="unknown table"):
        plantargets.load("nope")


def test_build_works_on_a_folder_without_manifest_with_gbk_html_and_bom(tmp_path, raw_dir):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = (raw_dir / "guigang_2022_education_action_plan.txt").read_text(encoding="utf-8")
    (raw / "gbk.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    (raw / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    html_body = "".join(f"<p>{line}</p>" for line in text.splitlines())
    (raw / "page.html").write_text(f"<html><head><script>var x=1;</script></head><body>{html_body}</body></html>", encoding="utf-8")
    result = extract_tables(raw)
    targets = result.tables["targets"]
    assert len(targets) == 50  # the plan's 50 stated values, each once: three captures of one text
    assert (targets["city"] == "Guigang").all()
    for provenances in targets["other_sources"]:  # the two other captures are named for every value
        assert {item.rsplit(":", 1)[0] for item in provenances.split("; ")} | set(targets["source_file"]) == {
            "gbk.txt", "bom.txt", "page.html"}
    for row in targets.itertuples():
        assert read_raw_file(raw / row.source_file).text[row.char_start:row.char_end] == row.quote
        for item in row.other_sources.split("; "):  # the other captures' spans hold the same number
            name, span = item.rsplit(":", 1)
            start, end = map(int, span.split("-"))
            assert f"{row.value:g}" in read_raw_file(raw / name).text[start:end]


def test_manifest_problems_are_flagged(tmp_path, raw_dir):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(raw_dir / "guigang_2022_education_action_plan.txt", raw / "a.txt")
    (raw / "manifest.csv").write_text("source_file,sha256\na.txt,deadbeef\nmissing.txt,00\n", encoding="utf-8")
    flags = extract_tables(raw).tables["flags"]
    mismatch = flags[flags["flag_type"] == "manifest_mismatch"]
    assert set(mismatch["source_file"]) == {"a.txt", "missing.txt"}
    assert (mismatch["severity"] == "error").all()


def test_an_unexpected_error_in_one_file_is_an_error_flag_not_a_stopped_build(tmp_path, raw_dir, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("guigang_2022_education_action_plan.txt", "sihui_2022_education_14th_fyp.txt"):
        shutil.copy(raw_dir / name, raw / name)
    import plantargets.pipeline as pipeline
    real = pipeline.extract_values

    def fails_for_sihui(doc, norm):
        if doc.source_file.startswith("sihui"):
            raise RuntimeError("simulated bug")
        return real(doc, norm)

    monkeypatch.setattr(pipeline, "extract_values", fails_for_sihui)
    tables = extract_tables(raw).tables
    errors = tables["flags"].query("flag_type == 'processing_error'")
    assert list(errors["source_file"]) == ["sihui_2022_education_14th_fyp.txt"]
    assert "simulated bug" in errors.iloc[0]["message"]
    assert set(tables["targets"]["city"]) == {"Guigang"}


def test_a_damaged_date_with_no_valid_reading_is_flagged_not_read(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "r.txt").write_text("政府工作报告\n——360862日在某市第十五届人民代表大会上\n今年地区生产总值增长6%左右。\n", encoding="utf-8")
    tables = extract_tables(raw).tables
    assert tables["documents"]["issued_date"].isna().all()
    assert tables["flags"]["message"].str.contains("no valid reading").any()
