"""The bounded-memory build: batches, the on-disk capture index and the work folder."""

from __future__ import annotations

import tempfile

import pandas as pd
import pyarrow.parquet as pq
import pytest

import plantargets.pipeline as pipeline
from plantargets.data import load
from plantargets.reconcile import CaptureIndex, merge_duplicate_captures, merges_in_file
from plantargets.sources import list_sources
from plantargets.summary import SUMMARY_FILE
from plantargets.tidy import value_id

PARAGRAPH = "到2025年，全市学前教育毛入园率达到95%以上，新增公办幼儿园学位12000个，普惠性幼儿园覆盖率达到85%。\n"


def test_tables_written_in_small_batches_equal_the_tables_built_in_memory(tmp_path, raw_dir, built, clean_dir,
                                                                         monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_ROWS", 7)
    out = tmp_path / "clean"
    result = pipeline.build(raw_dir, out)
    for name, frame in built.tables.items():
        pd.testing.assert_frame_equal(load(name, out), frame, check_dtype=True)
        assert (out / f"{name}.csv").read_bytes() == (clean_dir / f"{name}.csv").read_bytes(), name
    assert pq.ParquetFile(out / "targets.parquet").metadata.num_row_groups >= 3  # one batch per file here
    assert (out / SUMMARY_FILE).read_text(encoding="utf-8") == (clean_dir / SUMMARY_FILE).read_text(encoding="utf-8")
    assert result.stats.n_values == len(built.tables["targets"])
    assert sum(result.token_outcomes.values()) == len(built.tables["numbers"])


def test_a_build_leaves_no_work_files_behind_even_when_it_fails(tmp_path, raw_dir, monkeypatch):
    work = tmp_path / "tmp"
    work.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(work))
    pipeline.build(raw_dir, tmp_path / "clean")
    assert list(work.iterdir()) == []

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pipeline, "build_national", broken)
    with pytest.raises(OSError):
        pipeline.build(raw_dir, tmp_path / "clean")
    assert list(work.iterdir()) == []


def _parse_folder(folder, index):
    sources, _ = list_sources(folder)
    return {source.name: pipeline.parse_source(source, index)[0] for source in sources}


def test_capture_index_keeps_the_fuller_copy_and_records_the_other(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a_full.txt").write_text("湛江市教育发展规划\n" + PARAGRAPH, encoding="utf-8")
    # the same paragraph with two characters lost, plus a value only this capture states
    (folder / "b_lossy.txt").write_text("湛江市教育发展规划\n" + PARAGRAPH.replace("全市", "") +
                                        "到2025年，全市特殊教育学校达到6所。\n", encoding="utf-8")
    index = CaptureIndex(tmp_path / "captures.sqlite")
    documents = _parse_folder(folder, index)
    merge_duplicate_captures(index)
    kept = {value_id(v): v for v in documents["a_full.txt"][0].values}
    lossy = {value_id(v): v for v in documents["b_lossy.txt"][0].values}
    to_a, to_b = index.merges_for("a_full.txt"), index.merges_for("b_lossy.txt")
    shared = index.share()  # a parallel build's workers read the decisions from the index file itself
    assert (merges_in_file(shared, "a_full.txt"), merges_in_file(shared, "b_lossy.txt")) == (to_a, to_b)
    index.close()

    assert (tmp_path / "captures.sqlite").stat().st_size > 0
    assert to_a.kept_elsewhere == {}
    assert set(to_b.kept_elsewhere.values()) <= set(kept)
    merged = {lossy[i].value: kept[k].value for i, k in to_b.kept_elsewhere.items()}
    assert merged == {95.0: 95.0, 12000.0: 12000.0, 85.0: 85.0}
    assert 6.0 not in merged  # stated by one capture only: stays where it is
    for kept_id, sources in to_a.other_sources.items():
        assert kept_id in kept and all(s.startswith("b_lossy.txt:") for s in sources)
    assert len(to_a.other_sources) == 3
    assert {f.flag_type for f in to_b.flags} == {"duplicate_capture"}
    assert {f.flag_type for f in to_a.flags} == {"capture_difference"}


def test_a_kept_paragraph_gets_one_capture_difference_flag_however_many_copies_differ(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a_full.txt").write_text("湛江市教育发展规划\n" + PARAGRAPH, encoding="utf-8")
    for i in range(12):  # twelve lossy captures, each missing other characters
        lossy = PARAGRAPH.replace("全市", "", 1) if i % 2 else PARAGRAPH.replace("普惠性", "", 1)
        (folder / f"copy_{i:02d}.txt").write_text("湛江市教育发展规划\n" + lossy, encoding="utf-8")
    index = CaptureIndex(tmp_path / "captures.sqlite")
    _parse_folder(folder, index)
    merge_duplicate_captures(index)
    kept = index.merges_for("a_full.txt")
    copies = [index.merges_for(f"copy_{i:02d}.txt") for i in range(12)]
    index.close()

    assert [f.flag_type for f in kept.flags] == ["capture_difference"]
    message = kept.flags[0].message
    assert message.count("copy_") == 10 and "and 2 more" in message and "the others are shorter" in message
    assert all([f.flag_type for f in c.flags] == ["duplicate_capture"] for c in copies)
    assert all(len(sources) == 12 for sources in kept.other_sources.values())  # every capture is still named


def test_an_index_in_memory_cannot_be_shared_with_other_processes():
    with pytest.raises(ValueError, match="in memory"):
        CaptureIndex().share()
