"""The report suite: parameterised notebooks run over a grid, with validated parameters and exported tables.

In a notebook (right after the cell tagged ``parameters``)::

    from plantargets.report import validate_parameters, export_table, require_rows
    params = validate_parameters("10_city_profile", globals())

From the command line: ``plantargets report [--config reports.yaml] [--out reports/latest] [--jobs N]``,
or ``plantargets.report.run_report(...)``. ``params`` and ``outputs`` are imported eagerly (light: no pandas,
no papermill); the runner and the index page only when asked for.
"""

from __future__ import annotations

from plantargets.report.outputs import EmptyResultError, export_table, require_rows
from plantargets.report.params import (
    NOTEBOOK_PARAMETERS,
    NotebookSpec,
    Parameter,
    ParameterError,
    ReportParameters,
    coerce_parameter,
    safe_slug,
    validate_parameters,
)

__all__ = [
    "NOTEBOOK_PARAMETERS", "NotebookSpec", "Parameter", "ParameterError", "EmptyResultError", "ReportParameters",
    "coerce_parameter", "validate_parameters", "export_table", "require_rows", "safe_slug",
    "run_report", "load_grid", "RunResult", "RunOutcome", "RunSpec", "ConfigError", "render_index",
]

_LAZY = {
    "run_report": "plantargets.report.runner", "load_grid": "plantargets.report.grid",
    "RunResult": "plantargets.report.runner", "RunOutcome": "plantargets.report.one_run",
    "RunSpec": "plantargets.report.grid", "ConfigError": "plantargets.report.grid",
    "render_index": "plantargets.report.index",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'plantargets.report' has no attribute {name!r}")
