"""Every notebook runs under papermill with small parameters, writes its figures and tables, and fails loudly
on parameters that leave nothing to show."""

import json
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import papermill as pm
import pytest

from plantargets.paths import NOTEBOOKS_DIR, REPO_ROOT
from plantargets.report.worker import register_readable_translator

CASES = {
    "10_city_profile": ({"city": "四会", "lang": "zh"}, ["targets.csv", "targets.tex", "values-by-domain.pdf", "flags.csv"]),
    "20_compare_cities": ({"cities": "Zhanjiang,Sihui", "indicators": "['preschool_gross_enrollment_rate', "
                           "'compulsory_education_consolidation_rate']"},
                          ["dumbbells.pdf", "dumbbells.svg", "coverage.png", "ambition.csv", "ambition.tex"]),
    "30_trend_projection": ({"indicator": "compulsory_education_consolidation_rate", "cities": "Zhanjiang",
                             "horizon": "2030", "method": "holt"},
                            ["projection.csv", "verdicts.csv", "projection-compulsory-education-consolidation-rate.pdf"]),
    "40_target_fulfilment": ({"place": "湛江", "subdivisions": "true", "domain": "economy", "lang": "zh"},
                             ["fulfilment.csv", "fulfilment.tex", "status-by-year.csv", "target-and-outcome.pdf"]),
}


# A report page holds about 150 characters of 7-pt-like table text per line; a table whose narrowest layout
# (each column as wide as its longest unbreakable word) is wider than this does not fit without scrolling.
MAX_TABLE_WIDTH = 110


class _TableCells(HTMLParser):
    """The text of every header and data cell of an HTML table, by column."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.in_cell = False

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.rows[-1].append("")
            self.in_cell = True

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.in_cell = False

    def handle_data(self, data):
        if self.in_cell:
            self.rows[-1][-1] += data


def _table_cells(html: str) -> list[list[str]]:
    parser = _TableCells()
    parser.feed(html)
    return [row for row in parser.rows if row]


def _narrowest_width(html: str) -> int:
    """Characters the table needs at the least: per column its longest unbreakable word (cells wrap at spaces),
    plus two characters of padding."""
    columns: dict[int, int] = {}
    for row in _table_cells(html):
        for number, text in enumerate(row):
            longest = max((len(word) for word in text.split()), default=0)
            columns[number] = max(columns.get(number, 0), longest)
    return sum(width + 2 for width in columns.values())


def _run(name, parameters, tmp_path):
    register_readable_translator()  # as the report runner does
    output = tmp_path / f"{name}.ipynb"
    pm.execute_notebook(str(NOTEBOOKS_DIR / f"{name}.ipynb"), str(output), parameters=parameters,
                        kernel_name="python3", cwd=str(REPO_ROOT), progress_bar=False)
    return nbformat.read(output, as_version=4)


@pytest.mark.parametrize("name", sorted(CASES))
def test_notebook_runs_with_small_parameters(name, tmp_path):
    parameters, expected = CASES[name]
    out = tmp_path / "out"
    notebook = _run(name, {**parameters, "output_dir": str(out)}, tmp_path)
    assert {p.name for p in out.iterdir()} >= set(expected)
    outputs = [o for c in notebook.cells for o in c.get("outputs", [])]
    assert [o for o in outputs if o.get("output_type") == "error"] == []
    assert any("image/png" in o.get("data", {}) for o in outputs), "figures must show in the notebook, not as text"
    assert not any("<Figure size" in str(o.get("data", {}).get("text/plain", "")) and "image/png" not in o.get("data", {})
                   for o in outputs)
    # A cell's shown value is a table (HTML), a figure or the parameters, never a stray Series or list as text
    plain = [o["data"]["text/plain"] for o in outputs if o.get("output_type") == "execute_result"
             and not {"text/html", "image/png"} & set(o.get("data", {}))]
    assert plain == [], plain
    if name == "20_compare_cities":
        shown = [o["data"]["text/html"] for o in outputs if o.get("output_type") == "execute_result"
                 and "<table" in o.get("data", {}).get("text/html", "")][-1]   # the ambition table, last
        assert _narrowest_width(shown) <= MAX_TABLE_WIDTH, _table_cells(shown)
    if name == "10_city_profile":
        injected = next(c for c in notebook.cells if "injected-parameters" in c.metadata.get("tags", []))
        assert "四会" in injected.source  # Chinese parameter values stay readable in the executed notebook


def test_stored_notebooks_have_no_outputs_and_one_parameters_cell():
    for path in sorted(Path(NOTEBOOKS_DIR).glob("*.ipynb")):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
        assert all(not c["outputs"] and c["execution_count"] is None for c in code), path.name
        assert sum("parameters" in c["metadata"].get("tags", []) for c in code) == 1, path.name


def test_a_parameter_that_selects_nothing_fails_the_run(tmp_path):
    with pytest.raises(pm.PapermillExecutionError, match="EmptyResultError|no rows"):
        _run("20_compare_cities", {"indicators": "youth_myopia_rate", "cities": "Guigang", "output_dir": str(tmp_path)}, tmp_path)


def test_an_invalid_choice_fails_with_the_valid_ones_listed(tmp_path):
    with pytest.raises(pm.PapermillExecutionError, match="Zhanjiang"):
        _run("10_city_profile", {"city": "Atlantis", "output_dir": str(tmp_path)}, tmp_path)


def test_a_projection_without_data_names_the_parameters_to_change(tmp_path):
    with pytest.raises(pm.PapermillExecutionError) as info:
        _run("30_trend_projection", {"indicator": "air_quality_good_days_ratio", "output_dir": str(tmp_path)}, tmp_path)
    message = info.value.evalue  # the error's own message, not the traceback (which quotes the code)
    assert info.value.ename == "EmptyResultError"
    assert "target_year" in message and "indicator" in message and "cities" in message
