"""A build or a report replaces only a folder it made (marked), an empty one or a new one: never the raw data,
its parent, a repository, a notebook folder or a folder of someone else's files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plantargets.atomic import OWNER_MARK, UnsafeOutputError, check_output_folder
from plantargets.paths import NOTEBOOKS_DIR, RAW_DIR
from plantargets.pipeline import build

PLAN = "某市教育发展规划(2021—2025年)\n到2025年,学前三年毛入园率达到95%以上。\n"


@pytest.fixture()
def raw(tmp_path):
    folder = tmp_path / "project" / "raw"
    folder.mkdir(parents=True)
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("where", ["the raw folder", "its parent", "inside it", "a repository", "someone's folder"])
def test_a_build_refuses_an_output_it_does_not_own_and_touches_nothing(raw, tmp_path, where):
    project = raw.parent
    (project / "notes.md").write_text("mine", encoding="utf-8")
    if where == "a repository":
        (project / ".git").mkdir()
    out = {"the raw folder": raw, "its parent": project, "inside it": raw / "clean",
           "a repository": project, "someone's folder": project}[where]
    before = _files(tmp_path)
    with pytest.raises(UnsafeOutputError, match="refusing to write"):
        build(raw, out)
    assert _files(tmp_path) == before


def test_a_new_folder_and_a_folder_a_build_wrote_are_replaced(raw, tmp_path):
    out = tmp_path / "clean"
    build(raw, out)
    assert (out / OWNER_MARK).is_file() and (out / "targets.csv").is_file()
    build(raw, out)  # its own folder: replaced
    empty = tmp_path / "empty"
    empty.mkdir()
    build(raw, empty)
    assert (empty / "targets.csv").is_file()


def test_the_command_line_says_why_and_exits_2(raw):
    done = subprocess.run([sys.executable, "-m", "plantargets", "build", "--raw", str(raw), "--out", str(raw),
                           "--no-progress"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "refusing to write the clean tables" in done.stderr and (raw / "plan.txt").read_text(encoding="utf-8") == PLAN


def test_a_report_refuses_the_folder_of_its_notebooks_or_grid(tmp_path):
    grid = tmp_path / "grid.yaml"
    grid.write_text("[]\n", encoding="utf-8")
    for out in (tmp_path, NOTEBOOKS_DIR, NOTEBOOKS_DIR.parent, Path.home()):
        with pytest.raises(UnsafeOutputError):
            check_output_folder(out, "report", protected=[grid.parent, NOTEBOOKS_DIR], inputs=[RAW_DIR])


def test_an_output_written_before_marks_existed_is_still_its_own(raw, tmp_path):
    out = tmp_path / "clean"
    build(raw, out)
    (out / OWNER_MARK).unlink()  # as a folder written by an earlier version: its datapackage.json names it
    build(raw, out)
    assert (out / OWNER_MARK).is_file()
    shutil.rmtree(out)


def test_entries_of_the_raw_folder_it_does_not_read_are_flagged_with_the_reason(raw, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (raw / "link.txt").symlink_to(outside)
    (raw / "report.pdf").write_bytes(b"%PDF-1.4")
    (raw / "notes").mkdir()
    (raw / "README").write_text("readme", encoding="utf-8")
    result = build(raw, tmp_path / "clean")
    flags = result.tables["flags"]
    skipped = dict(zip(flags.loc[flags["flag_type"] == "skipped_file", "source_file"],
                       flags.loc[flags["flag_type"] == "skipped_file", "message"]))
    assert set(skipped) == {"link.txt", "report.pdf", "notes", "README"}
    assert "outside the raw folder" in skipped["link.txt"]
    assert not flags["message"].fillna("").str.contains("root:x").any()  # the linked file was never read
    assert "files not read: 4" in result.summary()


def test_two_captures_with_one_stem_are_both_built(raw, tmp_path):
    """p.txt beside p.html: their documents' ids are kept apart, so the build does not stop on a duplicate id."""
    (raw / "plan.html").write_text("<p>" + PLAN + "</p>", encoding="utf-8")
    result = build(raw, tmp_path / "clean")
    documents = result.tables["documents"]
    assert sorted(documents["source_file"]) == ["plan.html", "plan.txt"]
    assert documents["doc_id"].is_unique
