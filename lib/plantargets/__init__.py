"""plantargets: quantitative targets of Chinese municipal plans as tidy, traceable tables.

>>> import plantargets
>>> targets = plantargets.load()          # the tidy targets table (pandas, typed)
>>> plantargets.build()                   # data/raw → data/clean
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["load", "build", "__version__"]


def load(table: str = "targets", clean_dir=None, validate: bool = True):
    """The tidy targets table (or ``documents``, ``indicators``, ``flags``) as a typed DataFrame."""
    from plantargets.data import load as _load
    from plantargets.paths import CLEAN_DIR

    return _load(table, clean_dir or CLEAN_DIR, validate)


def build(raw_dir=None, out_dir=None, progress: bool = False):
    """Build the clean tables from a folder of plan documents; see ``plantargets.build.build``."""
    from plantargets.build import build as _build
    from plantargets.paths import CLEAN_DIR, RAW_DIR

    return _build(raw_dir or RAW_DIR, out_dir or CLEAN_DIR, progress)
