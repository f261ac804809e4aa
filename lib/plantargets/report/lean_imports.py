"""What a report process need not import: called first in processes that only read and run notebooks.

nbformat (and so papermill and nbconvert) imports jsonschema, and jsonschema imports ``rfc3987_syntax``
when it is installed (jupyter-events asks for it) to offer an ``iri`` format check: that import builds a
grammar and takes 1-3 s, in every worker process, for a check that reading, validating and running a
notebook never makes (nbformat validates without format checks, and its schema uses no ``iri`` format).
"""

from __future__ import annotations

import sys

__all__ = ["UNUSED_OPTIONAL_MODULES", "skip_unused_optional_imports"]

UNUSED_OPTIONAL_MODULES = ("rfc3987_syntax",)
"""Optional modules that libraries import inside ``try: ... except ImportError``, unused by a report."""


def skip_unused_optional_imports() -> list[str]:
    """Mark ``UNUSED_OPTIONAL_MODULES`` as absent for this process, so the libraries that try them go on
    without; the names marked (none when a library that uses one, such as jsonschema, is already imported,
    or the module is). Only for a process that does nothing but report work: the runner's worker and the
    ``plantargets report`` command."""
    if "jsonschema" in sys.modules:
        return []
    marked = [name for name in UNUSED_OPTIONAL_MODULES if name not in sys.modules]
    for name in marked:
        sys.modules[name] = None  # ``import name`` now raises ModuleNotFoundError, which the importers catch
    return marked
