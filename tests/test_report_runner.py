"""The report runner on tiny fixture notebooks (tests/notebooks): outputs, failures, escaping, determinism.

One grid runs twice (through the CLI, then through ``run_report``) in a throwaway repository; the other
tests read those two reports. Each notebook run starts a kernel (about 1–2 s).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from helpers import make_fixture_checkout
from click.testing import CliRunner

from plantargets import paths
from plantargets.cli import main
from plantargets.report.index import render_index
from plantargets.report.grid import ConfigError, RunSpec, load_grid
from plantargets.report.one_run import declared_parameters
from plantargets.report.provenance import data_fingerprint, git_commit
from plantargets.report.runner import run_report

FIXTURES = Path(__file__).parent / "notebooks"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
LABEL = "<script>alert('x')</script> 湛江"
GRID = f"""
- notebook: notebooks/figure_table.ipynb
  name: figure_table
  parameters: {{label: "{LABEL}", n: 3}}
- notebook: notebooks/fails            # the same notebook completes for n=1 and fails for n=0
  grid: {{n: [1, 0]}}
- notebook: notebooks/fails.ipynb
  name: unknown_parameter
  parameters: {{colour: red}}
- notebook: notebooks/missing.ipynb
"""


def _make_repo(root: Path) -> Path:
    make_fixture_checkout(root)
    (root / ".git" / "refs" / "heads").mkdir(parents=True)
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / ".git" / "refs" / "heads" / "main").write_text(COMMIT + "\n")
    (root / "grid.yaml").write_text(GRID, encoding="utf-8")
    return root


def _without_stderr(notebook: bytes) -> dict:
    nb = json.loads(notebook)
    for cell in nb["cells"]:
        cell["outputs"] = [o for o in cell.get("outputs", []) if o.get("name") != "stderr"]
    return nb


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return _make_repo(tmp_path_factory.mktemp("report") / "repo")


@pytest.fixture(scope="module")
def first(repo):
    """The grid run through the CLI (kernels in the throwaway repository): (click result, report snapshot)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "REPO_ROOT", repo)
        result = CliRunner().invoke(main, ["report", "--config", str(repo / "grid.yaml"),
                                           "--out", str(repo / "reports" / "latest"), "--jobs", "3", "--no-progress"])
    return result, _snapshot(repo / "reports" / "latest")


@pytest.fixture(scope="module")
def second(repo, first):
    """The same grid again, through the Python API."""
    result = run_report(repo / "grid.yaml", repo / "reports" / "latest", jobs=3, timeout=120, progress=False,
                        repo_root=repo)
    return result, _snapshot(repo / "reports" / "latest")


@pytest.fixture(scope="module")
def manifest(first):
    return json.loads(first[1]["manifest.json"])


def _run(manifest, name):
    return next(run for run in manifest["runs"] if run["name"] == name)


# ----------------------------------------------------------------------------------------------- runs

def test_cli_exits_1_and_prints_each_run_with_its_status(first):
    result, _ = first
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("figure_table ") and "completed" in line for line in lines)
    assert any(line.startswith("fails__0 ") and "failed" in line and "EmptyResultError" in line for line in lines)
    assert "5 runs: 2 completed, 3 failed" in result.output


def test_each_finished_run_is_logged_on_one_line_when_no_bar_is_shown(first):
    result, _ = first
    logged = [line for line in result.output.splitlines() if line.startswith("[")]
    assert len(logged) == 5, result.output
    assert sum(" completed " in line for line in logged) == 2 and sum(" failed " in line for line in logged) == 3
    assert any(" failed fails__0 in " in line and "EmptyResultError" in line for line in logged)


def test_quiet_prints_only_the_final_table(repo, tmp_path):
    (repo / "quiet.yaml").write_text("- notebook: notebooks/fails.ipynb\n  name: one\n  parameters: {n: 1}\n",
                                     encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "REPO_ROOT", repo)
        result = CliRunner().invoke(main, ["report", "--config", str(repo / "quiet.yaml"),
                                           "--out", str(tmp_path / "quiet"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("run ") and "1 runs: 1 completed, 0 failed" in result.output
    assert not any(line.startswith("[") for line in result.output.splitlines())


def test_each_run_writes_its_notebook_html_figure_and_tables(repo, first):
    run_dir = repo / "reports" / "latest" / "figure_table"
    for name in ("figure_table.ipynb", "figure_table.html", "demo_figure.png", "demo_table.csv", "demo_table.tex"):
        assert (run_dir / name).is_file(), name
    assert (run_dir / "demo_table.csv").read_text(encoding="utf-8").splitlines()[1] == f"0,{LABEL},0.0"
    html = (run_dir / "figure_table.html").read_text(encoding="utf-8")
    assert "export_table(" not in html and "matplotlib.use" not in html      # no code cells
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; 湛江: 3 rows" in html or \
        "&lt;script&gt;alert('x')&lt;/script&gt; 湛江: 3 rows" in html          # the outputs are there
    assert "Figure and table" in html                                           # and the markdown


def test_manifest_records_status_error_and_outputs_of_every_run(manifest):
    assert [run["name"] for run in manifest["runs"]] == [
        "figure_table", "fails__1", "fails__0", "unknown_parameter", "missing"]
    assert {run["name"]: run["status"] for run in manifest["runs"]} == {
        "figure_table": "completed", "fails__1": "completed", "fails__0": "failed",
        "unknown_parameter": "failed", "missing": "failed"}
    assert _run(manifest, "fails__0")["error"] == "EmptyResultError: no rows for n=0: n must be at least 1"
    assert _run(manifest, "unknown_parameter")["error"].startswith("unknown parameter colour")
    assert _run(manifest, "missing")["error"] == "notebook not found: notebooks/missing.ipynb"
    figure_table = _run(manifest, "figure_table")
    assert figure_table["parameters"] == {"label": LABEL, "n": 3}
    assert figure_table["error"] is None
    assert {(o["path"], o["kind"]) for o in figure_table["outputs"]} == {
        ("figure_table/figure_table.ipynb", "notebook"), ("figure_table/figure_table.html", "html"),
        ("figure_table/demo_figure.png", "figure"), ("figure_table/demo_table.csv", "table"),
        ("figure_table/demo_table.tex", "table")}
    assert _run(manifest, "fails__0")["executed_notebook"] == "fails__0/fails.ipynb"   # failed runs keep their notebook
    assert manifest["summary"] == {"runs": 5, "completed": 2, "failed": 3}


def test_manifest_has_commit_and_data_hash_but_no_clock(repo, manifest, first):
    assert manifest["git_commit"] == COMMIT
    data = repo / "data" / "clean" / "targets.csv"
    assert manifest["data"]["files"] == {"targets.csv": hashlib.sha256(data.read_bytes()).hexdigest()}
    assert manifest["data"]["dir"] == "data/clean"
    text = first[1]["manifest.json"].decode("utf-8")
    assert LABEL.split()[-1] in text and "\\u" not in text                       # Chinese readable
    timings = json.loads(first[1]["timings.json"])
    assert set(timings["runs"]) == {run["name"] for run in manifest["runs"]} and "started" in timings
    assert "started" not in text and "seconds" not in text


def test_index_links_every_run_marks_failures_and_escapes_parameters(first):
    index = first[1]["index.html"].decode("utf-8")
    assert "<script>alert" not in index
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; 湛江" in index
    for path in ("figure_table/figure_table.html", "figure_table/figure_table.ipynb", "figure_table/demo_figure.png",
                 "figure_table/demo_table.csv", "figure_table/demo_table.tex", "fails__0/fails.html"):
        assert f'href="{path}"' in index
    assert index.count("✘ failed") == 3 and index.count("✔ completed") == 2
    assert "EmptyResultError: no rows for n=0" in index and "notebook not found" in index


def test_executed_notebooks_carry_no_timestamps_and_show_the_final_output_dir(first):
    text = first[1]["figure_table/figure_table.ipynb"].decode("utf-8")
    for clock in ("start_time", "end_time", "duration", "iopub.", "shell.execute_reply", "staging"):
        assert clock not in text, clock
    nb = json.loads(text)
    injected = next(cell for cell in nb["cells"] if "injected-parameters" in cell["metadata"].get("tags", []))
    source = "".join(injected["source"])
    assert LABEL in source                                                      # readable, not \u escapes
    assert "output_dir = 'reports/latest/figure_table'" in source


def test_a_second_run_gives_identical_outputs(first, second, repo):
    result, snapshot = second
    assert result.exit_code == 1 and [run.status for run in result.failed] == ["failed"] * 3
    before = first[1]
    assert snapshot["manifest.json"] == before["manifest.json"]
    assert snapshot["index.html"] == before["index.html"]
    assert set(snapshot) == set(before)
    for name in before:
        if name.endswith(".ipynb"):   # kernel warnings on stderr (e.g. a slow machine's flush notice) may differ
            assert _without_stderr(snapshot[name]) == _without_stderr(before[name]), name
        elif name not in ("timings.json",) and not name.endswith(".html"):
            assert snapshot[name] == before[name], name
    assert snapshot["figure_table/figure_table.html"] == before["figure_table/figure_table.html"]
    assert sorted(p.name for p in (repo / "reports").iterdir()) == ["latest"]   # no staging or backup left


def test_a_notebook_over_its_time_limit_is_stopped_and_marked_failed(tmp_path):
    repo = _make_repo(tmp_path / "repo")
    (repo / "slow.yaml").write_text("- notebook: notebooks/fails\n  parameters: {pause: 60}\n", encoding="utf-8")
    result = run_report(repo / "slow.yaml", repo / "out", timeout=3, progress=False, repo_root=repo)
    (run,) = result.runs
    assert run.status == "failed" and run.error.startswith("timed out after 3 s")
    assert result.exit_code == 1
    assert json.loads((repo / "out" / "manifest.json").read_text(encoding="utf-8"))["runs"][0]["status"] == "failed"


def test_a_run_that_fails_after_writing_tables_leaves_none_of_them(tmp_path):
    """A failed run keeps its executed notebook and HTML (to read the error), not half a set of tables."""
    repo = _make_repo(tmp_path / "repo")
    (repo / "partial.yaml").write_text("- notebook: notebooks/partial_then_fails\n  name: partial\n", encoding="utf-8")
    result = run_report(repo / "partial.yaml", repo / "out", progress=False, repo_root=repo)
    (run,) = result.runs
    assert run.status == "failed" and "planned failure after the table was written" in run.error
    assert sorted(p.name for p in (repo / "out" / "partial").iterdir()) == [
        "partial_then_fails.html", "partial_then_fails.ipynb"]
    assert {o["kind"] for o in run.outputs} == {"notebook", "html"}


# ----------------------------------------------------------------------------------------------- grid

def _grid(tmp_path, text: str) -> Path:
    path = tmp_path / "grid.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_grid_forms_one_run_per_parameter_set_and_combination(tmp_path):
    runs = load_grid(_grid(tmp_path, """
runs:
  - notebook: nb/a
    parameters: [{city: Zhanjiang}, {city: 湛江}]
  - notebook: nb/b.ipynb
    name: trend
    parameters: {lang: zh}
    grid: {indicator: [x_rate, y_rate], method: [ols, holt]}
  - notebook: nb/c.ipynb
"""), repo_root=tmp_path)
    names = [run.name for run in runs]
    assert names[0] == "a__Zhanjiang" and names[1].startswith("a__") and len(names[1]) == len("a__") + 8
    assert names[2:6] == ["trend__zh__x_rate__ols", "trend__zh__x_rate__holt", "trend__zh__y_rate__ols",
                          "trend__zh__y_rate__holt"]
    assert names[6] == "c"
    assert runs[1].parameters == {"city": "湛江"}
    assert runs[2].parameters == {"lang": "zh", "indicator": "x_rate", "method": "ols"}
    assert runs[0].notebook == (tmp_path / "nb" / "a.ipynb").resolve() and runs[0].notebook_label == "nb/a.ipynb"


def test_run_names_that_would_collide_get_a_parameter_hash(tmp_path):
    """Values that lose characters in the slug (湛江, 四会 → "") or give the same text (1 and "1") still give
    one folder per run: ``<notebook>__<slug>__<8 hex digits of the parameters>``."""
    runs = load_grid(_grid(tmp_path, """
- notebook: nb/a
  parameters: [{city: 湛江}, {city: 四会}, {city: a b}, {city: a-b}, {n: 1}, {n: "1"}]
"""), repo_root=tmp_path)
    names = [run.name for run in runs]
    assert len(set(names)) == 6
    assert all(re.fullmatch(r"a__[0-9a-f]{8}", name) for name in names[:2]), names   # nothing left but the hash
    assert re.fullmatch(r"a__a-b__[0-9a-f]{8}", names[2]) and names[3] == "a__a-b", names  # "a b" lost its space
    assert all(re.fullmatch(r"a__1__[0-9a-f]{8}", name) for name in names[4:]), names  # alike: both hashed


@pytest.mark.parametrize("text, message", [
    ("- notebook: a\n  name: ../x\n", "path separator"),
    ("- notebook: a\n  name: /etc\n", "absolute path"),
    ("- notebook: a\n  name: same\n- notebook: b\n  name: same\n", "used more than once"),
    ("- notebook: a\n  parameters: {output_dir: x}\n", "set by the runner"),
    ("- notebook: a\n  params: {}\n", "unknown key"),
    ("- parameters: {}\n", "'notebook'"),
    ("- notebook: a\n- notebook: a.ipynb\n", "listed twice"),
    ("- notebook: a\n  parameters: {n: 1}\n  grid: {n: [2]}\n", "both in parameters and in grid"),
    ("[]\n", "non-empty list"),
    ("- notebook: a\n  grid: {n: []}\n", "empty"),
    ("- notebook: [unclosed\n", "not valid YAML"),
])
def test_malformed_grids_are_config_errors(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_grid(_grid(tmp_path, text), repo_root=tmp_path)


def test_a_malformed_grid_is_a_usage_error_on_the_command_line(tmp_path):
    result = CliRunner().invoke(main, ["report", "--config", str(_grid(tmp_path, "- notebook: a\n  name: ../x\n")),
                                       "--out", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 2 and "path separator" in result.output
    assert not (tmp_path / "out").exists()


def test_the_default_grid_covers_the_suite_with_valid_parameters(tmp_path):
    from plantargets.report import validate_parameters

    runs = load_grid(paths.REPO_ROOT / "reports.yaml")
    assert [run.name for run in runs] == [
        "10_city_profile__Zhanjiang", "10_city_profile__Sihui", "10_city_profile__Guigang", "20_compare_cities",
        "30_trend_projection__preschool_gross_enrollment_rate",
        "30_trend_projection__compulsory_education_consolidation_rate",
        "30_trend_projection__senior_secondary_gross_enrollment_rate",
        "40_target_fulfilment__Zhanjiang", "40_target_fulfilment__Sihui", "40_target_fulfilment__Guigang"]
    for run in runs:
        validate_parameters(run.notebook.stem, {**run.parameters, "output_dir": str(tmp_path)})


# ---------------------------------------------------------------------------------------- pieces

def test_index_escapes_everything_taken_from_runs():
    manifest = {"config": "<b>grid</b>.yaml", "git_commit": None, "data": {"dir": "data/clean", "sha256": None},
                "runs": [{"name": "r1", "notebook": "nb/<i>.ipynb", "parameters": {"city": "<script>x</script>"},
                          "status": "failed", "error": "ValueError: <img src=x onerror=alert(1)>",
                          "executed_notebook": "r1/a b.ipynb", "report_html": None,
                          "outputs": [{"path": "r1/a b.ipynb", "kind": "notebook"},
                                      {"path": "r1/fig\"q.png", "kind": "figure"}]}]}
    page = render_index(manifest)
    for raw in ("<script>x", "<img src=x", "<b>grid", "<i>.ipynb", 'fig"q'):
        assert raw not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="r1/a%20b.ipynb"' in page and 'href="r1/fig%22q.png"' in page
    assert render_index(manifest) == page


def test_index_shows_a_thumbnail_of_each_figure_linked_to_it():
    outputs = [{"path": f"r1/dumbbells.{suffix}", "kind": "figure"} for suffix in ("pdf", "png", "svg")]
    outputs.append({"path": "r1/only_vector.svg", "kind": "figure"})
    manifest = {"config": "grid.yaml", "git_commit": None, "data": {"dir": "data/clean", "sha256": None},
                "runs": [{"name": "r1", "notebook": "nb.ipynb", "parameters": {}, "status": "completed",
                          "error": None, "executed_notebook": None, "report_html": None, "outputs": outputs}]}
    page = render_index(manifest)
    assert page.count("<img ") == 2       # one per figure: its PNG, else its SVG
    assert '<a href="r1/dumbbells.png"><img class="thumb" src="r1/dumbbells.png" alt="dumbbells"' in page
    assert '<img class="thumb" src="r1/only_vector.svg" alt="only_vector"' in page


def test_index_parameters_wrap_at_word_ends_not_at_every_character():
    """Indicator ids in the parameters column must not be broken one character per line (the column may not
    shrink below its longest word; the table scrolls sideways instead)."""
    from plantargets.report.index import _STYLE

    rules = {selector.strip(): body for selector, body in re.findall(r"([^{}]+?)\s*\{([^}]*)\}", _STYLE)}
    params = rules["td.params code"]
    assert "break-word" not in params.replace("overflow-wrap: break-word", "") and "anywhere" not in params
    assert "word-break: normal" in params and "min-width" in rules["td.params"]


def test_git_commit_is_read_without_git(tmp_path):
    assert git_commit(tmp_path) is None
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / ".git" / "packed-refs").write_text(f"# pack-refs with: peeled\n{COMMIT} refs/heads/main\n")
    assert git_commit(tmp_path) == COMMIT
    (tmp_path / ".git" / "HEAD").write_text("f" * 40 + "\n")                      # detached, as in CI checkouts
    assert git_commit(tmp_path) == "f" * 40


def test_data_fingerprint_hashes_each_csv_and_all_together(tmp_path):
    (tmp_path / "b.csv").write_text("x\n")
    (tmp_path / "a.csv").write_text("y\n")
    (tmp_path / "a.parquet").write_bytes(b"ignored")
    print_ = data_fingerprint(tmp_path)
    assert list(print_["files"]) == ["a.csv", "b.csv"]
    lines = "".join(f"{h}  {n}\n" for n, h in print_["files"].items())
    assert print_["sha256"] == hashlib.sha256(lines.encode()).hexdigest()
    assert data_fingerprint(tmp_path / "none")["sha256"] is None


def test_declared_parameters_survive_comments_papermill_cannot_parse(tmp_path):
    import nbformat

    cell = nbformat.v4.new_code_cell('indicators: list = []  # empty = shared by ≥2 cities\noutput_dir = ""')
    cell.metadata["tags"] = ["parameters"]
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), tmp_path / "n.ipynb")
    assert declared_parameters(tmp_path / "n.ipynb") == ["indicators", "output_dir"]
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), tmp_path / "m.ipynb")
    assert declared_parameters(tmp_path / "m.ipynb") is None


def test_a_kernel_that_dies_before_it_starts_is_started_again(tmp_path, monkeypatch):
    """Two kernels starting at one moment may take each other's ports: the one that died before answering ran
    none of the notebook, so its run starts once more instead of failing; any other failure stands."""
    from plantargets.report import one_run

    errors = iter(["Kernel died before replying to kernel_info", None])
    calls = []

    def fake_spawn(*args, **kwargs):
        calls.append(args[0].name)
        return next(errors)

    monkeypatch.setattr(one_run, "_precheck", lambda spec: None)
    monkeypatch.setattr(one_run, "run_in_worker", fake_spawn)
    spec = RunSpec("profile", tmp_path / "nb.ipynb", "nb.ipynb", {})
    outcome = one_run.run_one(spec, tmp_path / "staging", "reports/latest", tmp_path, timeout=60)
    assert (outcome.status, calls) == ("completed", ["profile", "profile"])

    calls.clear()
    monkeypatch.setattr(one_run, "run_in_worker", lambda *a, **k: calls.append(1) or "ValueError: planned failure")
    outcome = one_run.run_one(spec, tmp_path / "staging", "reports/latest", tmp_path, timeout=60)
    assert (outcome.status, len(calls)) == ("failed", 1)
