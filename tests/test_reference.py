"""National reference: every row of the reference file, mapped to codebook ids, with its source."""

import csv
import shutil

from plantargets.paths import NATIONAL_REFERENCE_DIR
from plantargets.pipeline import extract_tables
from plantargets.reference import reference_folder


def test_every_reference_row_is_kept_with_its_source(built):
    national = built.tables["national"]
    with open(NATIONAL_REFERENCE_DIR / "national_education.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(national) == len(rows)
    assert national["indicator_id"].notna().all()
    assert national["source_url"].notna().all()
    by_line = national.set_index("line")
    for number, row in enumerate(rows, start=2):
        assert by_line.loc[number, "value"] == float(row["value"])
        assert by_line.loc[number, "indicator_zh"] == row["indicator_zh"]


def test_disagreeing_sources_are_both_kept(built):
    national = built.tables["national"]
    rows = national[(national["indicator_id"] == "compulsory_education_consolidation_rate")
                    & (national["kind"] == "actual") & (national["year"] == 2010)]
    assert sorted(rows["value"]) == [89.7, 91.1]


def test_national_targets_for_2025_exist_for_the_main_rates(built):
    national = built.tables["national"]
    targets_2025 = national[(national["kind"] == "target") & (national["year"] == 2025)]
    assert {"preschool_gross_enrollment_rate", "compulsory_education_consolidation_rate",
            "senior_secondary_gross_enrollment_rate"} <= set(targets_2025["indicator_id"])


def test_the_packaged_reference_is_used_for_a_folder_without_its_own(tmp_path, raw_dir):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(raw_dir / "guigang_2022_education_action_plan.txt", raw / "plan.txt")
    assert reference_folder(raw) == NATIONAL_REFERENCE_DIR
    national = extract_tables(raw).tables["national"]
    with open(NATIONAL_REFERENCE_DIR / "national_education.csv", encoding="utf-8") as handle:
        assert len(national) == sum(1 for _ in csv.DictReader(handle)) > 0


def test_a_raw_folder_with_its_own_reference_replaces_the_packaged_one(tmp_path):
    raw = tmp_path / "raw"
    (raw / "reference").mkdir(parents=True)
    (raw / "reference" / "mine.csv").write_text(
        "indicator_zh,indicator_en,kind,year,comparator,value,unit,source_url,notes\n"
        "学前三年毛入园率,Preschool gross enrolment rate,target,2030,>=,96.5,%,https://example.org/plan,\n",
        encoding="utf-8")
    national = extract_tables(raw).tables["national"]
    assert list(national["value"]) == [96.5]
    assert list(national["source_file"]) == ["reference/mine.csv"]
    assert list(national["indicator_id"]) == ["preschool_gross_enrollment_rate"]
