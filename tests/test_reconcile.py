"""One text captured by two sites: one fact, two provenances; conflicting values in one document flagged."""


def test_mirror_is_recognised_as_a_duplicate_capture(built):
    documents = built.tables["documents"]
    mirror = documents[documents["source_file"] == "zhanjiang_2023_work_report_mirror.txt"].iloc[0]
    report = documents[(documents["source_file"] == "zhanjiang_2023_gazette_no3.txt") & (documents["doc_type"] == "work_report")].iloc[0]
    assert mirror["duplicate_of"] == report["doc_id"]


def test_each_duplicated_fact_appears_once_with_both_provenances(built):
    targets = built.tables["targets"]
    places = targets[targets["quote"].str.contains("新增公办幼儿园学位5100个", regex=False)]
    assert len(places) == 1
    row = places.iloc[0]
    assert row["source_file"] == "zhanjiang_2023_gazette_no3.txt"
    assert "zhanjiang_2023_work_report_mirror.txt:" in row["other_sources"]


def test_the_clean_copy_wins_where_one_copy_lost_characters(built, raw_dir):
    """The mirror lost every % sign; the gazette copy keeps them, so its spans are used."""
    targets = built.tables["targets"]
    water = targets[targets["quote"].str.contains("水质优良率达100", regex=False)]
    assert len(water) == 1
    assert water.iloc[0]["source_file"] == "zhanjiang_2023_gazette_no3.txt"
    assert water.iloc[0]["unit"] == "%"
    flags = built.tables["flags"]
    assert (flags["flag_type"] == "capture_difference").any()


def test_conflicting_statements_are_both_kept_and_flagged(built):
    targets = built.tables["targets"]
    rate = targets[(targets["city"] == "Zhanjiang") & (targets["indicator_id"] == "compulsory_education_consolidation_rate")
                   & (targets["kind"] == "target") & (targets["year"] == 2025)]
    assert set(rate["value"]) >= {95.0, 96.0}  # the plan's text says 95% or more, its table 96%
    assert rate["flags"].fillna("").str.contains("conflict").all()


def test_shingle_fingerprint_gives_the_smallest_shingles_and_one_hash_per_distinct_shingle():
    from plantargets.reconcile import shingle_fingerprint, similarity

    # code points: 五 U+4E94 < 划 U+5212 < 十 U+5341 < 四 U+56DB < 标 U+6807; "十四五规划目" is there twice
    key = "十四五规划目十四五规划目标1"
    sketch, hashes = shingle_fingerprint(key, n=3)
    assert sketch == ["五规划目十四", "五规划目标1", "划目十四五规"]
    assert len(hashes) == 8  # 9 shingles, one repeated
    assert similarity(hashes, hashes) == 1.0
    # one character changed at the end: 8 shingles each, 7 shared
    _, other = shingle_fingerprint("十四五规划目十四五规划目标2", n=3)
    assert similarity(hashes, other) == 7 / 8


def test_shingle_fingerprint_of_a_key_shorter_than_a_shingle_is_the_key_itself():
    from plantargets.reconcile import shingle_fingerprint

    sketch, hashes = shingle_fingerprint("十四五")
    assert sketch == ["十四五"] and len(hashes) == 1
