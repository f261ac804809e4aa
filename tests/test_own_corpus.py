"""A researcher's own corpus, end to end: ``build --raw`` on the constructed example folder
(examples/my_corpus: three short invented documents), then ``report --data`` on its output, as a cron job
would run it (output captured, not a terminal)."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "my_corpus"
GRID = ROOT / "examples" / "my_corpus_reports.yaml"
LOG_LINE = re.compile(r"^\[\d\d:\d\d:\d\dZ\] (\d)/(\d) (completed|failed) (\S+) in \d+\.\d s(?: \(.*\))? -> (.+)$")


def _plantargets(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "plantargets", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=900)  # generous: five notebooks on a busy machine; the test is about the result


@pytest.fixture(scope="module")
def own_corpus(tmp_path_factory):
    work = tmp_path_factory.mktemp("own_corpus")
    built = _plantargets("build", "--raw", str(EXAMPLE), "--out", str(work / "clean"), cwd=work)
    reported = _plantargets("report", "--config", str(GRID), "--data", str(work / "clean"), "--raw", str(EXAMPLE),
                            "--out", str(work / "reports"), "--jobs", "2", cwd=work)
    return work, built, reported


def test_the_example_corpus_builds_with_the_packaged_national_reference(own_corpus):
    work, built, _ = own_corpus
    assert built.returncode == 0, built.stdout + built.stderr
    with open(work / "clean" / "targets.csv", encoding="utf-8") as handle:
        cities = {row["city"] for row in csv.DictReader(handle)}
    assert cities == {"Jiazhou", "Yizhou"}       # the manifest's cities, no others
    with open(work / "clean" / "national.csv", encoding="utf-8") as handle:
        national = list(csv.DictReader(handle))
    assert national and {row["source_file"] for row in national} == {"reference/national_education.csv"}


def test_report_on_the_built_folder_runs_every_notebook_on_that_data(own_corpus):
    work, _, reported = own_corpus
    assert reported.returncode == 0, reported.stdout + reported.stderr
    manifest = json.loads((work / "reports" / "manifest.json").read_text(encoding="utf-8"))
    runs = manifest["runs"]
    assert {run["notebook"] for run in runs} == {f"notebooks/{name}.ipynb" for name in
                                                 ("10_city_profile", "20_compare_cities", "30_trend_projection",
                                                  "40_target_fulfilment")}
    assert all(run["status"] == "completed" for run in runs)
    assert all(run["parameters"]["data_dir"] == str(work / "clean") for run in runs)
    assert manifest["data"]["dir"] == str(work / "clean")
    index = (work / "reports" / "index.html").read_text(encoding="utf-8")
    for run in runs:
        assert run["notebook"] in index and f"id='run-{run['name']}'" in index
    with open(work / "reports" / "preschool_projection" / "projection.csv", encoding="utf-8") as handle:
        cities = {row["city"] for row in csv.DictReader(handle)}
    assert "China (national)" in cities and "Jiazhou" in cities   # national line drawn from the packaged reference
    with open(work / "reports" / "compare_cities" / "ambition.csv", encoding="utf-8") as handle:
        assert all(row["national_target"] for row in csv.DictReader(handle))


def test_an_unattended_report_prints_one_line_per_finished_notebook(own_corpus):
    work, _, reported = own_corpus
    lines = [LOG_LINE.match(line) for line in reported.stdout.splitlines() if line.startswith("[")]
    assert len(lines) == 5 and all(lines), reported.stdout
    assert sorted(int(m.group(1)) for m in lines) == [1, 2, 3, 4, 5] and {m.group(2) for m in lines} == {"5"}
    for match in lines:
        assert match.group(3) == "completed"
        assert Path(match.group(5)) == work / "reports" / match.group(4) and Path(match.group(5)).is_dir()
    assert "\r" not in reported.stdout + reported.stderr   # no progress bar when nobody watches


def test_the_manifest_records_the_installed_versions(own_corpus):
    from importlib import metadata

    work, _, _ = own_corpus
    environment = json.loads((work / "reports" / "manifest.json").read_text(encoding="utf-8"))["environment"]
    assert environment["python"] == ".".join(map(str, sys.version_info[:3]))
    for name in ("pandas", "numpy", "matplotlib", "papermill", "statsmodels"):
        assert environment["packages"][name] == metadata.version(name)


def test_a_report_is_not_written_into_the_raw_or_data_folder(tmp_path):
    from click.testing import CliRunner

    from plantargets.cli import main

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "plan.txt").write_text("示例\n", encoding="utf-8")
    for out in (raw / "reports", tmp_path / "clean_of_mine" / "reports"):
        (tmp_path / "clean_of_mine").mkdir(exist_ok=True)
        result = CliRunner().invoke(main, ["report", "--config", str(GRID), "--data", str(tmp_path / "clean_of_mine"),
                                           "--raw", str(raw), "--out", str(out), "--quiet"])
        assert result.exit_code == 2 and "refusing" in result.output, result.output
        assert not out.exists()
