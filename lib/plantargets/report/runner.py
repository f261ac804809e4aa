"""Run the report suite: every notebook × parameter set of a YAML grid, each in its own process.

``run_report("reports.yaml", "reports/latest")`` executes each run with papermill (kernel ``python3``,
working directory the repository root, a time limit per notebook) in a worker process, and writes
``<out>/<run>/``: the executed notebook (papermill's clocks stripped), an HTML version without code, and
whatever figures and tables the notebook wrote to its ``output_dir`` (set by the runner). A failing run
does not stop the others. ``<out>/manifest.json`` and ``<out>/index.html`` describe every run (no clock in
them: timings go to ``timings.json``). Everything is written in a staging folder next to ``<out>`` and
swapped in at the end, so a killed run leaves the previous report in place.

Grid (YAML), a list of entries (or a mapping with ``runs:``)::

    - notebook: notebooks/10_city_profile.ipynb   # relative to the YAML file
      parameters: {city: Zhanjiang}               # one run
    - notebook: notebooks/10_city_profile.ipynb
      parameters: [{city: Sihui}, {city: Guigang}] # one run per set
    - notebook: notebooks/30_trend_projection.ipynb
      grid: {indicator: [a, b], method: [ols, holt]}  # one run per combination (× each parameter set)
      name: trend                                  # optional run folder name (a prefix when several runs)

Runs go to ``jobs`` threads on this machine, or with ``scheduler="tcp://host:8786"`` to a Dask distributed
cluster, one task per run. Both call ``run_one``, which starts the worker process below and post-processes
its notebook; the runner then writes manifest and index the same way. Dask workers must share the file
system with the runner (one machine, or the repository and the output folder on a shared volume at the same
path) and have the same environment (plantargets installed, the ``python3`` kernel).

This module is also the worker: ``python -m plantargets.report.runner JOB.json`` runs one notebook.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from plantargets import paths
from plantargets.atomic import check_output_folder, make_staging, recover_previous, swap_into_place
from plantargets.dask_client import connect_scheduler
from plantargets.report.grid_file import MAX_RUNS, GridFileError, read_grid_yaml
from plantargets.report.lean_imports import skip_unused_optional_imports
from plantargets.report.params import DATA_DIR, OUTPUT_DIR, RAW_DIR, ParameterError, safe_slug
from plantargets.report.run_folders import run_folder

__all__ = ["run_report", "run_one", "load_grid", "declared_parameters", "RunSpec", "RunOutcome", "RunResult", "ConfigError", "SchedulerError", "git_commit",
           "data_fingerprint", "installed_versions", "KERNEL_NAME"]

KERNEL_NAME = "python3"
MANIFEST_FILE, INDEX_FILE, TIMINGS_FILE = "manifest.json", "index.html", "timings.json"
FIGURE_SUFFIXES = {".pdf", ".svg", ".png", ".jpg", ".jpeg"}
TABLE_SUFFIXES = {".csv", ".tex"}
ENTRY_KEYS = {"notebook", "parameters", "grid", "name"}
MAX_AUTO_NAME = 100
KILL_GRACE_SECONDS = 5
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class ConfigError(ValueError):
    """The report grid cannot be read: the message names the file, the entry and what is wrong."""


class SchedulerError(RuntimeError):
    """``scheduler`` was given but cannot be used: no ``distributed`` package, or no scheduler at the address."""


@dataclass(frozen=True)
class RunSpec:
    """One notebook run of the grid."""

    name: str                 # folder under out_dir (safe_slug)
    notebook: Path            # absolute path of the source notebook
    notebook_label: str       # as recorded: relative to the repository root when inside it
    parameters: dict[str, Any]


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


@dataclass
class RunResult:
    out_dir: Path
    runs: list[RunOutcome]
    manifest: dict[str, Any]

    @property
    def failed(self) -> list[RunOutcome]:
        return [run for run in self.runs if run.status != "completed"]

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def table(self, width: int = 120) -> str:
        """A short text table of runs and statuses (first line of each error), and where the index is."""
        name_w = max([len("run"), *(len(run.name) for run in self.runs)])
        lines = [f"{'run':<{name_w}}  {'status':<9}  error", f"{'-' * name_w}  {'-' * 9}  {'-' * 5}"]
        for run in self.runs:
            error = (run.error or "").strip().splitlines()
            text = error[-1] if error else ""
            room = max(20, width - name_w - 13)
            text = text if len(text) <= room else text[: room - 1] + "…"
            lines.append(f"{run.name:<{name_w}}  {run.status:<9}  {text}".rstrip())
        n_failed = len(self.failed)
        lines.append(f"{len(self.runs)} runs: {len(self.runs) - n_failed} completed, {n_failed} failed; "
                     f"index: {self.out_dir / INDEX_FILE}")
        return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------ grid

def _label(path: Path, *bases: Path) -> str:
    resolved = path.resolve()
    for base in bases:
        try:
            return resolved.relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return resolved.as_posix()


def _digest(parameters: dict) -> str:
    text = json.dumps(parameters, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def _value_text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, tuple)):
        return "+".join(_value_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def _slugify(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text)
    return re.sub(r"\.{2,}", ".", slug).strip("-._")


def _auto_name(prefix: str, parameters: dict) -> str:
    """``<prefix>__<value>__<value>``; a short hash of the parameters is added when a value lost characters."""
    parts, lossy = [], False
    for value in parameters.values():
        raw = _value_text(value)
        slug = _slugify(raw)
        lossy = lossy or slug != raw
        if slug:
            parts.append(slug)
    name = "__".join([prefix, *parts])
    if lossy or len(name) > MAX_AUTO_NAME:
        name = name[: MAX_AUTO_NAME - 10].rstrip("-._") + "__" + _digest(parameters)
    return name


def _parameter_sets(entry: dict, where: str) -> list[dict]:
    sets = entry.get("parameters")
    if sets is None:
        sets = [{}]
    elif isinstance(sets, dict):
        sets = [sets]
    elif not isinstance(sets, list) or not sets or not all(isinstance(s, dict) for s in sets):
        raise ConfigError(f"{where}: 'parameters' must be a mapping or a non-empty list of mappings")
    grid = entry.get("grid") or {}
    if not isinstance(grid, dict):
        raise ConfigError(f"{where}: 'grid' must map parameter names to lists of values")
    axes = {key: values if isinstance(values, list) else [values] for key, values in grid.items()}
    empty = [key for key, values in axes.items() if not values]
    if empty:
        raise ConfigError(f"{where}: grid values for {', '.join(map(str, empty))} are empty")
    n_runs = len(sets) * math.prod(len(values) for values in axes.values())
    if n_runs > MAX_RUNS:
        raise ConfigError(f"{where}: {n_runs:,} runs, over the {MAX_RUNS:,} a grid may have; split it")
    combos = [dict(zip(axes, values)) for values in itertools.product(*axes.values())]
    out = []
    for base in sets:
        clash = set(base) & set(axes)
        if clash:
            raise ConfigError(f"{where}: {', '.join(sorted(map(str, clash)))} given both in parameters and in grid")
        for combo in combos:
            parameters = {**base, **combo}
            for key in parameters:
                if not isinstance(key, str) or not key.isidentifier():
                    raise ConfigError(f"{where}: parameter name {key!r} is not a Python identifier")
                if key == OUTPUT_DIR:
                    raise ConfigError(f"{where}: {OUTPUT_DIR} is set by the runner (out_dir/<run name>); remove it")
            out.append(parameters)
    return out


def load_grid(config_path: str | Path = "reports.yaml", repo_root: str | Path | None = None) -> list[RunSpec]:
    """The runs of a report grid, in file order, with unique safe names; ``ConfigError`` if it is malformed.

    Notebook paths are relative to the YAML file (``.ipynb`` may be left out). A notebook that does not
    exist is not an error here: its run fails, the others go ahead.
    """
    config_path = Path(config_path)
    if not config_path.is_file():
        raise ConfigError(f"report grid not found: {config_path}")
    try:
        data = read_grid_yaml(config_path)  # plain, bounded, JSON-safe data (or why not), before any notebook runs
    except GridFileError as err:
        raise ConfigError(str(err)) from None
    if isinstance(data, dict):
        unknown = set(data) - {"runs"}
        if unknown:
            raise ConfigError(f"{config_path}: unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}; "
                              "expected a list of runs or a mapping with 'runs'")
        data = data.get("runs")
    if not isinstance(data, list) or not data:
        raise ConfigError(f"{config_path}: expected a non-empty list of runs (notebook, parameters, name)")
    base = config_path.resolve().parent
    root = Path(repo_root or paths.REPO_ROOT).resolve()

    drafts: list[tuple[str, bool, Path, str, dict]] = []
    for number, entry in enumerate(data, 1):
        where = f"{config_path.name}, run entry {number}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: expected a mapping with 'notebook', got {entry!r}")
        unknown = set(entry) - ENTRY_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
                              f"allowed: {', '.join(sorted(ENTRY_KEYS))}")
        notebook = entry.get("notebook")
        if not isinstance(notebook, str) or not notebook.strip():
            raise ConfigError(f"{where}: 'notebook' (a path to an .ipynb file) is missing")
        path = Path(notebook.strip())
        if path.suffix != ".ipynb":
            path = path.with_name(path.name + ".ipynb")
        path = path if path.is_absolute() else base / path
        label = _label(path, root, base)
        sets = _parameter_sets(entry, where)
        given = entry.get("name")
        if given is not None:
            try:
                given = safe_slug(str(given), what=f"{where}: run name")
            except ParameterError as err:
                raise ConfigError(str(err)) from None
        prefix = given or _slugify(path.stem) or "notebook"
        for parameters in sets:
            if given and len(sets) == 1 and not entry.get("grid"):
                drafts.append((given, True, path, label, parameters))
            else:
                drafts.append((_auto_name(prefix, parameters), False, path, label, parameters))

    seen_runs: dict[tuple[str, str], int] = {}
    for _, _, _, label, parameters in drafts:
        key = (label, json.dumps(parameters, sort_keys=True, ensure_ascii=False, default=str))
        seen_runs[key] = seen_runs.get(key, 0) + 1
        if seen_runs[key] > 1:
            raise ConfigError(f"{config_path}: {label} with parameters {key[1]} is listed twice")
    counts: dict[str, int] = {}
    for name, *_ in drafts:
        counts[name.lower()] = counts.get(name.lower(), 0) + 1
    explicit_names = [name.lower() for name, explicit, *_ in drafts if explicit]
    runs, taken = [], set()
    for name, explicit, path, label, parameters in drafts:
        if explicit and explicit_names.count(name.lower()) > 1:
            raise ConfigError(f"{config_path}: run name {name!r} is used more than once")
        if not explicit and counts[name.lower()] > 1:  # two generated names alike (or like a given one)
            name = f"{name[: MAX_AUTO_NAME - 10].rstrip('-._')}__{_digest({'notebook': label, **parameters})}"
        if name.lower() in taken:
            raise ConfigError(f"{config_path}: run name {name!r} is used more than once")
        if name in {MANIFEST_FILE, INDEX_FILE, TIMINGS_FILE}:
            raise ConfigError(f"{config_path}: run name {name!r} is reserved")
        taken.add(name.lower())
        runs.append(RunSpec(safe_slug(name, what="run name"), path, label, parameters))
    return runs


# ------------------------------------------------------------------------------------------ provenance

def git_commit(repo_root: str | Path) -> str | None:
    """The checked-out commit, read from .git (no git command needed); None outside a repository."""
    root = Path(repo_root)
    git = root / ".git"
    try:
        if git.is_file():  # worktree or submodule: "gitdir: <path>"
            text = git.read_text(encoding="utf-8").strip()
            if not text.startswith("gitdir:"):
                return None
            git = (root / text[len("gitdir:"):].strip()).resolve()
        if not (git / "HEAD").is_file():
            return None
        head = (git / "HEAD").read_text(encoding="utf-8").strip()
        if re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", head):
            return head
        if not head.startswith("ref:"):
            return None
        ref = head[len("ref:"):].strip()
        bases = [git]
        if (git / "commondir").is_file():
            bases.append((git / (git / "commondir").read_text(encoding="utf-8").strip()).resolve())
        for base in bases:
            if (base / ref).is_file():
                return (base / ref).read_text(encoding="utf-8").strip() or None
        for base in bases:
            packed = base / "packed-refs"
            if packed.is_file():
                for line in packed.read_text(encoding="utf-8").splitlines():
                    parts = line.split()
                    if len(parts) == 2 and parts[1] == ref:
                        return parts[0]
    except OSError:
        return None
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def data_fingerprint(data_dir: str | Path, repo_root: str | Path | None = None) -> dict[str, Any]:
    """SHA-256 of each CSV in ``data_dir`` and one over all of them (of ``sha256sum``'s output lines)."""
    data_dir = Path(data_dir)
    files = sorted(data_dir.glob("*.csv")) if data_dir.is_dir() else []
    per_file = {path.name: _sha256(path) for path in files}
    combined = (hashlib.sha256("".join(f"{h}  {n}\n" for n, h in per_file.items()).encode()).hexdigest()
                if per_file else None)
    label = _label(data_dir, Path(repo_root)) if repo_root else data_dir.as_posix()
    return {"dir": label, "sha256": combined, "files": per_file}


# ------------------------------------------------------------------------------------- one run's work

class _Processes:
    """Worker processes alive right now, so an interrupted report can stop them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: set[subprocess.Popen] = set()
        self.stopping = False

    def add(self, proc: subprocess.Popen) -> None:
        with self._lock:
            self._live.add(proc)
            stopping = self.stopping
        if stopping:  # started just as the report was being stopped
            _stop(proc)

    def discard(self, proc: subprocess.Popen) -> None:
        with self._lock:
            self._live.discard(proc)

    def stop_all(self) -> None:
        with self._lock:
            self.stopping = True
            live = list(self._live)
        for proc in live:
            _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    """Terminate a worker (its kernel notices its parent is gone and exits), then kill it if it lingers."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=KILL_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _worker_env(work: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if work is not None:  # the kernel's connection file (a temporary file) goes into the run folder, and with it
        env["TMPDIR"] = str(work)
        env["JUPYTER_RUNTIME_DIR"] = str(work / "jupyter-runtime")
    env["PYTHONHASHSEED"] = "0"             # set/dict orders in outputs stay the same from run to run
    env.setdefault("SOURCE_DATE_EPOCH", "0")  # matplotlib: no creation date in PDF/SVG metadata
    env.setdefault("PYTHONIOENCODING", "utf-8")
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    env.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    return env


def _last_line(text: str) -> str | None:
    lines = [line.strip() for line in _ANSI.sub("", text).splitlines() if line.strip()]
    return lines[-1] if lines else None


def _notebook_error(nb) -> str | None:
    """``ExceptionName: message`` of the first error output in an executed notebook."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                evalue = _ANSI.sub("", str(output.get("evalue", ""))).strip()
                ename = str(output.get("ename", "Error"))
                return f"{ename}: {evalue}" if evalue else ename
    return None


def _normalize_notebook(executed: Path, source: Path, label: str, replacements: dict[str, str]):
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


def _export_html(nb, path: Path, title: str) -> None:
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


def _collect(run_dir: Path, root: Path, stem: str) -> list[dict[str, str]]:
    """Every file the run left, relative to the report folder; the executed notebook and its HTML first."""
    if not run_dir.is_dir():
        return []
    files = sorted((p for p in run_dir.rglob("*") if p.is_file()), key=lambda p: p.relative_to(run_dir).as_posix())
    own = {run_dir / f"{stem}.ipynb": 0, run_dir / f"{stem}.html": 1}
    files.sort(key=lambda p: own.get(p, 2))
    return [{"path": p.relative_to(root).as_posix(), "kind": _kind(p)} for p in files]


def _drop_partial_outputs(run_dir: Path, stem: str) -> None:
    """Remove what a failed run wrote before it failed (tables, figures): they would pass for a result. Its
    executed notebook and HTML stay, to show the error."""
    if not run_dir.is_dir():
        return
    keep = {run_dir / f"{stem}.ipynb", run_dir / f"{stem}.html"}
    for path in sorted(run_dir.iterdir()):
        if path not in keep:
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()


KERNEL_START_ATTEMPTS = 2
_KERNEL_START_FAILED = re.compile(r"Kernel died before replying to kernel_info|Kernel didn't respond in \d+ seconds")


def run_one(spec: RunSpec, staging: Path, display_root: str, repo_root: Path, timeout: float,
            processes: _Processes | None = None) -> RunOutcome:
    """One run of the grid, start to end: check, execute in a worker process, post-process, list outputs.

    The one function both executors call: a thread of the local pool, or a task on a Dask worker (which
    must see ``staging``, ``repo_root`` and the notebook at the same paths). ``processes`` tracks the worker
    process so an interrupted local report can stop it; a Dask task gets its own. Starting again (Dask
    re-runs a task whose worker was lost) begins from an empty run folder.
    """
    processes = _Processes() if processes is None else processes
    started = time.monotonic()
    run_dir = staging / spec.name
    stem = spec.notebook.stem
    executed = run_dir / f"{stem}.ipynb"
    error = _precheck(spec)
    for _ in range(KERNEL_START_ATTEMPTS if error is None else 0):
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        with run_folder() as work:  # removed on any exit; a killed run's is removed by the next run
            error = _spawn(spec, run_dir, executed, work, repo_root, timeout, processes)
        # A kernel that died before it answered (ports taken by another kernel starting at the same moment)
        # ran none of the notebook: start it again rather than report the notebook as failed.
        if error is None or not _KERNEL_START_FAILED.search(error) or time.monotonic() - started > timeout:
            break
    if executed.is_file():
        try:
            nb = _normalize_notebook(executed, spec.notebook, spec.notebook_label,
                                     {str(staging): display_root})
            error = error if error is None or error.startswith("timed out") else (_notebook_error(nb) or error)
            _export_html(nb, run_dir / f"{stem}.html", spec.name)
        except Exception as err:  # noqa: BLE001 - a broken output is this run's failure, not the report's
            error = error or f"could not post-process the executed notebook: {type(err).__name__}: {err}"
    if error is not None:
        _drop_partial_outputs(run_dir, stem)
    outputs = _collect(run_dir, staging, stem)
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


def _spawn(spec: RunSpec, run_dir: Path, executed: Path, work: Path, repo_root: Path, timeout: float,
           processes: _Processes) -> str | None:
    """Run the worker for one notebook; None when it completed, else the error."""
    job = {"input": str(spec.notebook), "output": str(executed), "cwd": str(repo_root), "timeout": timeout,
           "parameters": {**spec.parameters, OUTPUT_DIR: str(run_dir)}, "result": str(work / f"{spec.name}.result.json")}
    if processes.stopping:
        return "not run: the report was stopped"
    job_file = work / f"{spec.name}.job.json"
    job_file.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    log_file = work / f"{spec.name}.log"
    with open(log_file, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "plantargets.report.runner", str(job_file)],
                                cwd=repo_root, env=_worker_env(work), stdin=subprocess.DEVNULL, stdout=log,
                                stderr=subprocess.STDOUT)
        processes.add(proc)
        try:
            returncode = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(proc)
            return f"timed out after {timeout:g} s (notebook stopped)"
        finally:
            processes.discard(proc)
    if returncode == 0:
        return None
    result_file = Path(job["result"])
    if result_file.is_file():
        error = json.loads(result_file.read_text(encoding="utf-8")).get("error")
        if error:
            return error
    return _last_line(log_file.read_text(encoding="utf-8", errors="replace")) or f"worker exited with status {returncode}"


# ------------------------------------------------------------------------------------------ the report

def _display_root(out_dir: Path, repo_root: Path) -> str:
    """How the final report folder is written in executed notebooks: relative to the repository when inside it."""
    try:
        return out_dir.relative_to(repo_root).as_posix()
    except ValueError:
        return out_dir.as_posix()


def build_manifest(runs: list[RunOutcome], config_label: str, repo_root: Path, data_dir: Path) -> dict[str, Any]:
    """What manifest.json holds: provenance and every run's record, nothing that changes from run to run."""
    from plantargets import __version__

    n_failed = sum(run.status != "completed" for run in runs)
    return {
        "generator": "plantargets report",
        "plantargets_version": __version__,
        "config": config_label,
        "git_commit": git_commit(repo_root),
        "data": data_fingerprint(data_dir, repo_root),
        "kernel": KERNEL_NAME,
        "environment": installed_versions(),
        "summary": {"runs": len(runs), "completed": len(runs) - n_failed, "failed": n_failed},
        "runs": [run.record() for run in runs],
    }


def installed_versions() -> dict[str, Any]:
    """The Python version and every installed distribution's version (importlib.metadata), names normalised
    and sorted, so a report says which stack made it (compare with requirements/constraints.txt)."""
    import platform
    from importlib import metadata

    packages = {}
    for distribution in metadata.distributions():
        name = re.sub(r"[-_.]+", "-", distribution.metadata.get("Name") or "").lower()
        if name:
            packages[name] = distribution.version
    return {"python": platform.python_version(), "packages": dict(sorted(packages.items()))}


class _LocalPool:
    """``jobs`` threads on this machine, each driving one worker process at a time."""

    def __init__(self, jobs: int) -> None:
        import nbformat  # noqa: F401 - imported once here, not by each thread

        self.processes = _Processes()
        self.executor = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="report")
        self.as_completed = as_completed

    def submit(self, spec: RunSpec, *args: Any):
        return self.executor.submit(run_one, spec, *args, self.processes)

    def close(self) -> None:
        self.executor.shutdown(wait=True)

    def abort(self, futures) -> None:
        self.processes.stop_all()
        self.executor.shutdown(wait=True, cancel_futures=True)


class _DaskPool:
    """A Dask distributed cluster: one task per run, on whichever worker the scheduler picks."""

    def __init__(self, address: str) -> None:
        import distributed

        self.client = connect_scheduler(address, SchedulerError, "running")
        self.as_completed = functools.partial(distributed.as_completed, loop=self.client.loop)
        self.token = uuid.uuid4().hex[:8]

    def submit(self, spec: RunSpec, *args: Any):
        return self.client.submit(run_one, spec, *args, key=f"plantargets-report-{self.token}-{spec.name}")

    def close(self) -> None:
        self.client.close()

    def abort(self, futures) -> None:  # queued runs are dropped; a running notebook stops at its next save
        try:
            self.client.cancel(list(futures))
        finally:
            self.client.close()


def _runner_error(err: Exception) -> str:
    if type(err).__name__ == "KilledWorker":  # distributed: the worker running it died (allowed-failures times)
        return f"Dask worker lost: {err}"
    return f"runner error: {type(err).__name__}: {err}"


def run_report(config_path: str | Path = "reports.yaml", out_dir: str | Path = "reports/latest", jobs: int = 1,
               timeout: float = 600, progress: bool = True, *, repo_root: str | Path | None = None,
               data_dir: str | Path | None = None, raw_dir: str | Path | None = None, scheduler: str | None = None,
               on_finished: Callable[[RunOutcome, int, int], None] | None = None) -> RunResult:
    """Run every notebook of the grid into ``out_dir`` (replaced at the end); see the module docstring.

    ``jobs`` runs at once, each notebook limited to ``timeout`` seconds. ``repo_root`` (default: the
    checkout plantargets lives in) is the kernels' working directory and the source of the commit;
    ``data_dir`` (default ``<repo_root>/data/clean``) is fingerprinted in the manifest and, when given, is the
    ``data_dir`` parameter of every run whose notebook declares one and whose grid entry does not set it;
    ``raw_dir`` likewise. ``progress`` shows a progress bar on stderr; ``on_finished(outcome, done, total)``
    is called as each run finishes (its files are then in the staging folder, under ``outcome.name``).
    With ``scheduler`` (a Dask scheduler address such as ``tcp://127.0.0.1:8786``) each run is a task on that
    cluster instead and ``jobs`` is not used; the workers must share the file system with this process (same
    paths).
    Raises ``ConfigError`` for a malformed grid and ``SchedulerError`` when the scheduler cannot be reached
    (before anything is written); failed runs are in the result (``result.exit_code == 1``).
    """
    if int(jobs) < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs!r}")
    if not float(timeout) > 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    root = Path(repo_root or paths.REPO_ROOT).resolve()
    config_path = Path(config_path)
    runs = load_grid(config_path, root)
    folders = {name: str(Path(path).resolve()) for name, path in ((DATA_DIR, data_dir), (RAW_DIR, raw_dir)) if path}
    runs = [_with_folders(spec, folders) for spec in runs] if folders else runs
    data_dir = Path(data_dir) if data_dir else root / "data" / "clean"
    out_dir = check_output_folder(Path(out_dir), "report",
                                  protected=[config_path.resolve().parent, *{run.notebook.parent for run in runs}],
                                  inputs=[data_dir, *([Path(raw_dir)] if raw_dir else [])])
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    recover_previous(out_dir)

    from tqdm import tqdm

    pool = _DaskPool(scheduler) if scheduler else _LocalPool(int(jobs))
    wall_start, clock_start = time.monotonic(), datetime.now(timezone.utc)
    staging = make_staging(out_dir)
    outcomes: dict[str, RunOutcome] = {}
    futures: dict[Any, RunSpec] = {}
    previous_handler = _terminate_as_interrupt()
    try:
        for spec in runs:
            futures[pool.submit(spec, staging, _display_root(out_dir, root), root, float(timeout))] = spec
        with tqdm(total=len(runs), desc="report", unit="run", disable=not progress, file=sys.stderr) as bar:
            for future in pool.as_completed(futures):
                spec = futures[future]
                try:
                    outcome = future.result()
                except Exception as err:  # noqa: BLE001 - a runner bug or lost worker in one run must not lose the rest
                    outcome = RunOutcome(spec.name, spec.notebook_label, spec.parameters, "failed", _runner_error(err))
                    shutil.rmtree(staging / spec.name, ignore_errors=True)  # partial files: no output listed
                outcomes[spec.name] = outcome
                n_failed = sum(o.status != "completed" for o in outcomes.values())
                bar.set_postfix_str(f"{spec.name}: {outcome.status}" + (f" ({n_failed} failed)" if n_failed else ""))
                bar.update()
                if on_finished is not None:
                    on_finished(outcome, len(outcomes), len(runs))
        pool.close()
        ordered = [outcomes[spec.name] for spec in runs]
        manifest = build_manifest(ordered, _label(config_path, root, config_path.resolve().parent), root, data_dir)
        _write_json(staging / MANIFEST_FILE, manifest)
        from plantargets.report.index import write_index

        write_index(manifest, staging / INDEX_FILE)
        _write_json(staging / TIMINGS_FILE, {
            "started": clock_start.isoformat(timespec="seconds"),
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "seconds": round(time.monotonic() - wall_start, 3), "jobs": None if scheduler else int(jobs),
            "scheduler": scheduler, "timeout": float(timeout), "runs": {o.name: round(o.seconds, 3) for o in ordered}})
        swap_into_place(staging, out_dir, "report")
    except BaseException:
        try:
            pool.abort(futures)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if previous_handler is not None:
            signal.signal(signal.SIGTERM, previous_handler)
    return RunResult(out_dir, ordered, manifest)


def _with_folders(spec: RunSpec, folders: dict[str, str]) -> RunSpec:
    """``spec`` with the data folders set where its notebook declares them and its grid entry does not."""
    try:
        declared = declared_parameters(spec.notebook) if spec.notebook.is_file() else None
    except Exception:  # noqa: BLE001 - an unreadable notebook fails in its own run, with the reason
        declared = None
    extra = {name: path for name, path in folders.items() if name in (declared or ()) and name not in spec.parameters}
    return dataclasses.replace(spec, parameters={**spec.parameters, **extra}) if extra else spec


def _terminate_as_interrupt():
    """While the report runs, SIGTERM (``kill``, a CI cancel) stops the workers and drops the staging folder,
    as Ctrl-C does; returns the handler to restore (None when not in the main thread)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return None

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"stopped by signal {signum}")

    return signal.signal(signal.SIGTERM, interrupt)


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------------------- the worker

def register_readable_translator() -> None:
    """Make papermill write parameter strings with repr(), so 湛江 stays 湛江 in the injected cell."""
    from papermill.translators import papermill_translators

    papermill_translators.register("python", _readable_python_translator())


def _readable_python_translator():
    """papermill's Python translator, but strings written with repr(): 湛江 stays 湛江 in the injected cell."""
    from papermill.translators import PythonTranslator

    class ReadablePythonTranslator(PythonTranslator):
        @classmethod
        def translate_escaped_str(cls, str_val):
            return repr(str_val) if isinstance(str_val, str) else super().translate_escaped_str(str_val)

    return ReadablePythonTranslator


def _exit_with_parent() -> None:
    """Stop this worker when the runner is gone (even killed with SIGKILL); its kernel then stops too."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker(job_file: str) -> int:
    """Execute one notebook as described by a job file written by ``_spawn``; exit status 0 when it completed."""
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    result = Path(job["result"])
    _exit_with_parent()
    skip_unused_optional_imports()  # before papermill: nbformat's jsonschema would import a grammar it never uses
    try:
        import papermill
        from papermill.exceptions import PapermillExecutionError
        register_readable_translator()
        papermill.execute_notebook(job["input"], job["output"], parameters=job["parameters"], kernel_name=KERNEL_NAME,
                                   cwd=job["cwd"], execution_timeout=job["timeout"], progress_bar=False,
                                   log_output=False, request_save_on_cell_execute=True)
    except PapermillExecutionError as err:
        error = f"{err.ename}: {_ANSI.sub('', str(err.evalue)).strip()}"
    except BaseException as err:  # noqa: BLE001 - reported to the runner, which marks the run failed
        error = f"{type(err).__name__}: {err}".strip()
    else:
        return 0
    result.write_text(json.dumps({"error": error}, ensure_ascii=False), encoding="utf-8")
    print(error, file=sys.stderr)
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python -m plantargets.report.runner JOB.json (started by plantargets report)", file=sys.stderr)
        sys.exit(2)
    sys.exit(_worker(sys.argv[1]))
