"""National reference: every row of the reference file, mapped to codebook ids, with its source."""

import csv


def test_every_reference_row_is_kept_with_its_source(built, raw_dir):
    national = built.tables["national"]
    with open(raw_dir / "reference" / "national_education.csv", encoding="utf-8") as handle:
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
