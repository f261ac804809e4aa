"""The data flows one way: raw → read → normalize → segment → tables → context → extract → harmonize → reconcile
→ tidy → publish → analysis → plots → notebooks/reports. A module imports only modules before it in this order."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lib" / "plantargets"

# Every module of the package, in the order of the flow; shared leaves (paths, flags, the pure number parsers)
# come first.
ORDER = [
    "plantargets.pattern_cache", "plantargets.paths", "plantargets.scanning", "plantargets.names", "plantargets.dask_client", "plantargets.flags", "plantargets.csv_text", "plantargets.atomic", "plantargets.summary",
    "plantargets.extract", "plantargets.extract.numbers",
    "plantargets.text", "plantargets.text.read", "plantargets.sources", "plantargets.text.normalize",
    "plantargets.text.places", "plantargets.text.segment", "plantargets.text.tables", "plantargets.text.context",
    "plantargets.extract.statements", "plantargets.harmonize", "plantargets.reference", "plantargets.reconcile",
    "plantargets.schemas", "plantargets.tidy", "plantargets.publish", "plantargets.data", "plantargets.pipeline",
    "plantargets.analysis.project", "plantargets.analysis.assess", "plantargets.analysis.compare",
    "plantargets.analysis.observations", "plantargets.analysis.fulfilment", "plantargets.analysis",
    "plantargets",  # the package's own functions (load, observations, fulfilment) sit on top of the analysis
    "plantargets.plots.style", "plantargets.plots.charts", "plantargets.plots.fulfilment", "plantargets.plots",
    # the report: what a notebook may receive and write; the grid's runs; the servers workers and kernels fork from;
    # one run (its worker process, its tidied outputs); the manifest; the index page; the orchestration
    "plantargets.report.choices", "plantargets.report.params", "plantargets.report.outputs",
    "plantargets.report.lean_imports", "plantargets.report.grid_file", "plantargets.report.grid",
    "plantargets.report.run_folders", "plantargets.report.fork_client", "plantargets.report.fork_server",
    "plantargets.report.worker", "plantargets.report.executed",
    "plantargets.report.one_run", "plantargets.report.provenance", "plantargets.report.index",
    "plantargets.report.runner", "plantargets.report",
    "plantargets.cli", "plantargets.__main__",
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "plantargets":
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "plantargets")
    return found


def test_every_module_has_a_place_in_the_order():
    modules = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    assert modules == set(ORDER), (sorted(modules - set(ORDER)), sorted(set(ORDER) - modules))


def test_no_module_reaches_back_up_the_flow():
    position = {name: i for i, name in enumerate(ORDER)}
    backward = []
    for path in PACKAGE.rglob("*.py"):
        module = _module_name(path)
        for imported in _imports(path):
            if position[imported] > position[module]:
                backward.append(f"{module} imports {imported}")
    assert not backward, backward
