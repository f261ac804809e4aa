"""The runs of a report grid: each notebook × parameter set of the YAML file, with a unique safe run name.

The file itself is read by ``grid_file`` (plain, bounded data); here its entries are checked and expanded
into ``RunSpec``s, before any notebook runs, so a malformed grid stops the report with one clear message.

Grid (YAML), a list of entries (or a mapping with ``runs:``)::

    - notebook: notebooks/10_city_profile.ipynb   # relative to the YAML file
      parameters: {city: Zhanjiang}               # one run
    - notebook: notebooks/10_city_profile.ipynb
      parameters: [{city: Sihui}, {city: Guigang}] # one run per set
    - notebook: notebooks/30_trend_projection.ipynb
      grid: {indicator: [a, b], method: [ols, holt]}  # one run per combination (× each parameter set)
      name: trend                                  # optional run folder name (a prefix when several runs)
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plantargets import paths
from plantargets.names import slugify
from plantargets.report.grid_file import MAX_RUNS, GridFileError, read_grid_yaml
from plantargets.report.params import OUTPUT_DIR, ParameterError, safe_slug

__all__ = ["load_grid", "RunSpec", "ConfigError", "path_label", "MANIFEST_FILE", "INDEX_FILE", "TIMINGS_FILE"]

# The report folder's own files: no run may take their names.
MANIFEST_FILE, INDEX_FILE, TIMINGS_FILE = "manifest.json", "index.html", "timings.json"
ENTRY_KEYS = {"notebook", "parameters", "grid", "name"}
MAX_AUTO_NAME = 100


class ConfigError(ValueError):
    """The report grid cannot be read: the message names the file, the entry and what is wrong."""


@dataclass(frozen=True)
class RunSpec:
    """One notebook run of the grid."""

    name: str                 # folder under out_dir (safe_slug)
    notebook: Path            # absolute path of the source notebook
    notebook_label: str       # as recorded: relative to the repository root when inside it
    parameters: dict[str, Any]


def path_label(path: Path, *bases: Path) -> str:
    """``path`` as recorded in the manifest: relative to the first of ``bases`` it lies in, else absolute."""
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


def _auto_name(prefix: str, parameters: dict) -> str:
    """``<prefix>__<value>__<value>``; a short hash of the parameters is added when a value lost characters."""
    parts, lossy = [], False
    for value in parameters.values():
        raw = _value_text(value)
        slug = slugify(raw)
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
        label = path_label(path, root, base)
        sets = _parameter_sets(entry, where)
        given = entry.get("name")
        if given is not None:
            try:
                given = safe_slug(str(given), what=f"{where}: run name")
            except ParameterError as err:
                raise ConfigError(str(err)) from None
        prefix = given or slugify(path.stem) or "notebook"
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
