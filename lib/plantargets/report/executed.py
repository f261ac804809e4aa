"""What a finished run leaves, tidied: its executed notebook without clocks and with final paths, an HTML
page without code, and the list of files it wrote (a failed run's partial tables and figures removed).

Kept apart from the worker so the same post-processing serves a local thread and a Dask task alike, and so
two runs of one grid give byte-identical folders.
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

from plantargets.report.worker import strip_ansi

__all__ = ["normalize_notebook", "notebook_error", "export_html", "collect_outputs", "drop_partial_outputs",
           "FIGURE_SUFFIXES", "TABLE_SUFFIXES"]


FIGURE_SUFFIXES = {".pdf", ".svg", ".png", ".jpg", ".jpeg"}
TABLE_SUFFIXES = {".csv", ".tex"}


def notebook_error(nb) -> str | None:
    """``ExceptionName: message`` of the first error output in an executed notebook."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                evalue = strip_ansi(str(output.get("evalue", ""))).strip()
                ename = str(output.get("ename", "Error"))
                return f"{ename}: {evalue}" if evalue else ename
    return None


def normalize_notebook(executed: Path, source: Path, label: str, replacements: dict[str, str]):
    """Strip papermill's and nbclient's clocks, give new cells fixed ids, and show final (not staging) paths."""
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    try:
        source_ids = {cell.get("id") for cell in nbformat.read(source, as_version=4).cells if cell.get("id")}
    except Exception:  # noqa: BLE001 - a notebook without ids just gets fixed ones below
        source_ids = set()
    papermill = nb.metadata.get("papermill", {})
    kept = {key: papermill[key] for key in ("default_parameters", "parameters", "exception", "version") if key in papermill}
    kept["input_path"] = label
    nb.metadata["papermill"] = kept
    used: set[str] = set()
    for number, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        cell_id = cell.get("id")
        if not cell_id or cell_id not in source_ids or cell_id in used:
            tags = cell.metadata.get("tags", [])
            base = ("injected-parameters" if "injected-parameters" in tags
                    else "papermill-error" if "papermill-error-cell-tag" in tags else "cell")
            cell_id = base if base == "injected-parameters" and base not in used else f"{base}-{number}"
            cell["id"] = cell_id
        used.add(cell_id)
    text = nbformat.writes(nb)
    for old, new in replacements.items():
        for old_form, new_form in {(old, new), (json.dumps(old)[1:-1], json.dumps(new)[1:-1])}:
            text = text.replace(old_form, new_form)
    executed.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return nbformat.reads(text, as_version=4)


_local = threading.local()


# nbconvert's lab template loads require.js and MathJax from a CDN; report pages need neither, and must open
# offline without running third-party code.
_OFFLINE_TEMPLATE = ("{%- extends 'lab/index.html.j2' -%}"
                     "{% block html_head_js_requirejs %}{% endblock %}{% block html_head_js_mathjax %}{% endblock %}")


def export_html(nb, path: Path, title: str) -> None:
    """The executed notebook as HTML without code cells (inputs and prompts hidden, outputs and text kept)."""
    exporter = getattr(_local, "html_exporter", None)
    if exporter is None:  # one exporter per thread: building one loads its templates
        import jinja2
        from nbconvert import HTMLExporter

        exporter = _local.html_exporter = HTMLExporter(
            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
            extra_loaders=[jinja2.DictLoader({"plantargets.html.j2": _OFFLINE_TEMPLATE})],
            template_file="plantargets.html.j2")
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    path.write_text(body, encoding="utf-8")


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".ipynb":
        return "notebook"
    if suffix in {".html", ".htm"}:
        return "html"
    if suffix in FIGURE_SUFFIXES:
        return "figure"
    if suffix in TABLE_SUFFIXES:
        return "table"
    return "other"


def collect_outputs(run_dir: Path, root: Path, stem: str) -> list[dict[str, str]]:
    """Every file the run left, relative to the report folder; the executed notebook and its HTML first."""
    if not run_dir.is_dir():
        return []
    files = sorted((p for p in run_dir.rglob("*") if p.is_file()), key=lambda p: p.relative_to(run_dir).as_posix())
    own = {run_dir / f"{stem}.ipynb": 0, run_dir / f"{stem}.html": 1}
    files.sort(key=lambda p: own.get(p, 2))
    return [{"path": p.relative_to(root).as_posix(), "kind": _kind(p)} for p in files]


def drop_partial_outputs(run_dir: Path, stem: str) -> None:
    """Remove what a failed run wrote before it failed (tables, figures): they would pass for a result. Its
    executed notebook and HTML stay, to show the error."""
    if not run_dir.is_dir():
        return
    keep = {run_dir / f"{stem}.ipynb", run_dir / f"{stem}.html"}
    for path in sorted(run_dir.iterdir()):
        if path not in keep:
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
