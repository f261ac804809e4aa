"""One run of the grid, start to end: checked against its notebook, executed in a worker process (started
again if its kernel died before it answered), post-processed, its outputs listed in a ``RunOutcome``.

``run_one`` is the one function both pools call (a thread on this machine, a task on a Dask worker), so a
run gives the same folder wherever it ran.
"""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantargets.report.executed import (
    collect_outputs,
    drop_partial_outputs,
    export_html,
    normalize_notebook,
    notebook_error,
)
from plantargets.report.grid import RunSpec
from plantargets.report.params import OUTPUT_DIR
from plantargets.report.run_folders import run_folder
from plantargets.report.worker import WorkerProcesses, run_in_worker

__all__ = ["run_one", "RunOutcome", "declared_parameters"]


@dataclass
class RunOutcome:
    """What one run gave: status ``completed`` or ``failed`` (with ``error``) and the files it wrote."""

    name: str
    notebook: str
    parameters: dict[str, Any]
    status: str
    error: str | None = None
    outputs: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def _first(self, kind: str) -> str | None:
        return next((o["path"] for o in self.outputs if o["kind"] == kind), None)

    def record(self) -> dict[str, Any]:
        """The run's entry in manifest.json (no timings)."""
        return {"name": self.name, "notebook": self.notebook, "parameters": self.parameters,
                "status": self.status, "error": self.error,
                "executed_notebook": self._first("notebook"), "report_html": self._first("html"),
                "outputs": self.outputs}


KERNEL_START_ATTEMPTS = 2
_KERNEL_START_FAILED = re.compile(r"Kernel died before replying to kernel_info|Kernel didn't respond in \d+ seconds")


def run_one(spec: RunSpec, staging: Path, display_root: str, repo_root: Path, timeout: float,
            processes: WorkerProcesses | None = None) -> RunOutcome:
    """One run of the grid, start to end: check, execute in a worker process, post-process, list outputs.

    The one function both executors call: a thread of the local pool, or a task on a Dask worker (which
    must see ``staging``, ``repo_root`` and the notebook at the same paths). ``processes`` tracks the worker
    process so an interrupted local report can stop it; a Dask task gets its own. Starting again (Dask
    re-runs a task whose worker was lost) begins from an empty run folder.
    """
    processes = WorkerProcesses() if processes is None else processes
    started = time.monotonic()
    run_dir = staging / spec.name
    stem = spec.notebook.stem
    executed = run_dir / f"{stem}.ipynb"
    error = _precheck(spec)
    for _ in range(KERNEL_START_ATTEMPTS if error is None else 0):
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        with run_folder() as work:  # removed on any exit; a killed run's is removed by the next run
            error = run_in_worker(spec, run_dir, executed, work, repo_root, timeout, processes)
        # A kernel that died before it answered (ports taken by another kernel starting at the same moment)
        # ran none of the notebook: start it again rather than report the notebook as failed.
        if error is None or not _KERNEL_START_FAILED.search(error) or time.monotonic() - started > timeout:
            break
    if executed.is_file():
        try:
            nb = normalize_notebook(executed, spec.notebook, spec.notebook_label,
                                     {str(staging): display_root})
            error = error if error is None or error.startswith("timed out") else (notebook_error(nb) or error)
            export_html(nb, run_dir / f"{stem}.html", spec.name)
        except Exception as err:  # noqa: BLE001 - a broken output is this run's failure, not the report's
            error = error or f"could not post-process the executed notebook: {type(err).__name__}: {err}"
    if error is not None:
        drop_partial_outputs(run_dir, stem)
    outputs = collect_outputs(run_dir, staging, stem)
    return RunOutcome(spec.name, spec.notebook_label, spec.parameters, "failed" if error else "completed",
                      error, outputs, time.monotonic() - started)


def declared_parameters(notebook: str | Path) -> list[str] | None:
    """Names assigned in the notebook's first code cell tagged ``parameters`` (None: no such cell).

    Read with ``ast``, so a comment papermill's own parser trips on (one holding ``=``) does not hide a name;
    falls back to ``papermill.inspect_notebook`` when the cell is not plain Python.
    """
    import ast

    import nbformat

    nb = nbformat.read(str(notebook), as_version=4)
    cell = next((c for c in nb.cells if c.cell_type == "code" and "parameters" in c.metadata.get("tags", [])), None)
    if cell is None:
        return None
    try:
        tree = ast.parse(cell.source)
    except SyntaxError:
        import papermill

        return list(papermill.inspect_notebook(str(notebook)))
    names: list[str] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            for leaf in ast.walk(target):
                if isinstance(leaf, ast.Name) and leaf.id not in names:
                    names.append(leaf.id)
    return names


def _precheck(spec: RunSpec) -> str | None:
    """Why the run cannot start (missing notebook, no parameters cell, unknown parameter), or None."""
    if not spec.notebook.is_file():
        return f"notebook not found: {spec.notebook_label}"
    try:
        declared = declared_parameters(spec.notebook)
    except Exception as err:  # noqa: BLE001
        return f"cannot read {spec.notebook_label}: {type(err).__name__}: {err}"
    if declared is None:
        return f"{spec.notebook_label} has no code cell tagged 'parameters'"
    if OUTPUT_DIR not in declared:
        return f"{spec.notebook_label} declares no '{OUTPUT_DIR}' parameter; the runner needs it to collect outputs"
    unknown = [key for key in spec.parameters if key not in declared]
    if unknown:
        return (f"unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} for {spec.notebook_label}; "
                f"it declares: {', '.join(declared)}")
    return None
