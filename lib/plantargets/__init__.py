"""plantargets: quantitative targets of Chinese municipal plans as tidy, traceable tables.

>>> import plantargets
>>> targets = plantargets.load()          # the tidy targets table (pandas, typed)
>>> plantargets.build()                   # data/raw → data/clean
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["load", "connect", "show_source", "build", "observations", "fulfilment", "__version__"]


def load(table: str = "targets", clean_dir=None, validate: bool = True):
    """The tidy targets table (or ``documents``, ``indicators``, ``flags``) as a typed DataFrame."""
    from plantargets.data import load as _load
    from plantargets.paths import CLEAN_DIR

    return _load(table, clean_dir or CLEAN_DIR, validate)


def observations(clean_dir=None):
    """Observed series: one row per place × indicator × measure × year of achieved values, with every statement
    of it (``plantargets.analysis.observations``)."""
    from plantargets.analysis.observations import observations as _observations

    return _observations(load("targets", clean_dir))


def fulfilment(clean_dir=None, tolerance: float | None = None):
    """Every target with a year against its outcome: met, met within tolerance, missed, undetermined,
    conflicting outcomes or not yet known, with both provenances (``plantargets.analysis.fulfilment``)."""
    from plantargets.analysis.fulfilment import fulfilment as _fulfilment

    return _fulfilment(load("targets", clean_dir), load("indicators", clean_dir), tolerance)


def connect(clean_dir=None):
    """A DuckDB connection with one view per clean table (targets, documents, indicators, flags, national)."""
    from plantargets.data import connect as _connect
    from plantargets.paths import CLEAN_DIR

    return _connect(clean_dir or CLEAN_DIR)


def show_source(target_id: str, clean_dir=None, raw_dir=None, context: int = 120):
    """The sentence or table row a value came from, with the value's characters highlighted."""
    from plantargets.data import show_source as _show_source
    from plantargets.paths import CLEAN_DIR

    return _show_source(target_id, clean_dir or CLEAN_DIR, raw_dir, context)


def build(raw_dir=None, out_dir=None, progress: bool = False, *, jobs: int = 1, scheduler: str | None = None):
    """Build the clean tables from a folder of plan documents, parsing them in ``jobs`` processes or on the Dask
    cluster at ``scheduler``; see ``plantargets.pipeline.build``."""
    from plantargets.pipeline import build as _build
    from plantargets.paths import CLEAN_DIR, RAW_DIR

    return _build(raw_dir or RAW_DIR, out_dir or CLEAN_DIR, progress, jobs=jobs, scheduler=scheduler)
