"""What the first ``load()``, a build, a chart and a report process import: only what they use (issue "Builds
on every core").

Heavy packages that a build or a load does not need must stay out of the process: dask and scipy (pandera
imports them when a DataFrameModel is turned into a schema), hypothesis (pandera's checks import it for data
synthesis), cpca's own matcher (only its code list is read), distributed (only ``build --scheduler``
connects to a cluster), tqdm (only a progress bar needs it) and charset_normalizer (only a file in neither
UTF-8 nor GB18030 does). A chart needs neither seaborn (which imports scipy) nor pyplot; a report process
skips jsonschema's IRI grammar. Checked by module names, not by time.
"""

from __future__ import annotations

import json
import subprocess
import sys

NOT_NEEDED = ["dask", "distributed", "scipy", "cpca", "hypothesis", "tqdm", "charset_normalizer"]

REPORT = f"import json, sys; print(json.dumps(sorted(m for m in {NOT_NEEDED!r} if m in sys.modules)))"


def _loaded_after(code: str) -> list[str]:
    completed = subprocess.run([sys.executable, "-c", code + "\n" + REPORT], capture_output=True, text=True,
                               check=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_import_and_first_load_leave_out_dask_scipy_hypothesis_and_cpca():
    assert _loaded_after("import plantargets; frame = plantargets.load(); assert len(frame) > 0") == []


def test_a_seed_build_leaves_out_dask_scipy_hypothesis_and_cpca(tmp_path):
    code = f"import plantargets; plantargets.build(out_dir={str(tmp_path / 'clean')!r})"
    assert _loaded_after(code) == []
    assert (tmp_path / "clean" / "targets.csv").is_file()


def test_hypothesis_stays_importable_after_a_load():
    code = "import plantargets; plantargets.load(); import hypothesis.strategies"
    assert _loaded_after(code) == ["hypothesis"]


def _modules_after(code: str, names: list[str]) -> dict[str, str]:
    """For each of ``names``, after ``code`` runs in a fresh interpreter: "imported", "absent" or "blocked"
    (marked as missing in sys.modules)."""
    report = (f"import json, sys; print(json.dumps({{m: 'absent' if m not in sys.modules else 'blocked' "
              f"if sys.modules[m] is None else 'imported' for m in {names!r}}}))")
    completed = subprocess.run([sys.executable, "-c", code + "\n" + report], capture_output=True, text=True, check=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_charts_import_neither_seaborn_scipy_nor_pyplot(tmp_path):
    code = ("import plantargets\n"
            "from plantargets.analysis import coverage_matrix\n"
            "from plantargets.plots import export_and_show, plot_coverage_heatmap\n"
            "targets = plantargets.load()\n"
            f"export_and_show(plot_coverage_heatmap(coverage_matrix(targets), lang='zh'), 'c', {str(tmp_path)!r})")
    assert _modules_after(code, ["seaborn", "scipy", "matplotlib.pyplot"]) == {
        "seaborn": "absent", "scipy": "absent", "matplotlib.pyplot": "absent"}
    assert (tmp_path / "c.png").is_file()


def test_a_report_process_reads_and_validates_notebooks_without_the_iri_grammar(tmp_path):
    notebook = tmp_path / "n.ipynb"
    code = ("from plantargets.report.lean_imports import skip_unused_optional_imports\n"
            "assert skip_unused_optional_imports() == ['rfc3987_syntax']\n"
            "import nbformat, papermill\n"
            "nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('1 + 1')])\n"
            f"nbformat.write(nb, {str(notebook)!r})\n"
            f"nbformat.validate(nbformat.read({str(notebook)!r}, as_version=4))\n"
            "assert skip_unused_optional_imports() == []  # jsonschema is in: nothing more to mark")
    assert _modules_after(code, ["rfc3987_syntax", "jsonschema"]) == {"rfc3987_syntax": "blocked",
                                                                      "jsonschema": "imported"}

