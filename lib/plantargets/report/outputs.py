"""What a report notebook writes: its result tables as CSV and LaTeX files in its ``output_dir``, and a loud
failure when a result it needs came out empty.

Kept apart from ``params`` (what a notebook may receive) so that module stays free of pandas.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from plantargets.csv_text import neutralize_formula_frame
from plantargets.report.params import ParameterError, safe_slug

__all__ = ["export_table", "require_rows", "EmptyResultError"]


class EmptyResultError(RuntimeError):
    """A notebook's result table came out empty (raised by ``require_rows``)."""


def _inside(path: Path, folder: Path) -> Path:
    resolved = path.resolve()
    if resolved.parent != folder.resolve():
        raise ParameterError(f"{path} would be written outside {folder}")
    return path


def export_table(frame, name: str, output_dir: str | Path, *, index: bool = False, caption: str | None = None,
                 float_format: str | Callable | None = None) -> dict[str, Path]:
    """Write ``frame`` to ``output_dir/<name>.csv`` (UTF-8) and ``<name>.tex`` (``to_latex``, escaped).

    ``name`` must pass ``safe_slug`` (a trailing ``.csv``/``.tex`` is dropped), so the files land in
    ``output_dir`` and nowhere else; the same frame gives the same bytes. Missing values are left empty in
    both files. In the CSV, a text cell or label a spreadsheet would run as a formula (``=``, ``+``, ``-``,
    ``@``, tab, carriage return first) gets a leading ``'`` (``plantargets.csv_text``); numbers never do.
    ``index``: also write the index (use it for a pivot); ``caption`` adds a LaTeX caption and
    the label ``tab:<name>``. Returns ``{"csv": path, "tex": path}``.
    """
    import pandas as pd

    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"export_table needs a pandas DataFrame, got {type(frame).__name__}")
    stem = safe_slug(re.sub(r"\.(csv|tex)$", "", str(name), flags=re.IGNORECASE), what="table name")
    folder = Path(output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    out = {"csv": _inside(folder / f"{stem}.csv", folder), "tex": _inside(folder / f"{stem}.tex", folder)}
    neutralize_formula_frame(frame).to_csv(out["csv"], index=index, encoding="utf-8", lineterminator="\n",
                                           float_format=float_format)
    latex = frame.to_latex(index=index, escape=True, na_rep="", float_format=float_format, caption=caption,
                           label=f"tab:{stem}" if caption else None)
    out["tex"].write_text(latex if latex.endswith("\n") else latex + "\n", encoding="utf-8")
    return out


def require_rows(frame, what: str, hint: str | None = None):
    """``frame`` if it has rows; else ``EmptyResultError`` naming ``what`` (and a ``hint``), so the run fails loudly.

    >>> comparison = require_rows(compare_targets(targets, indicators=indicators), f"targets for {indicators}")
    """
    if frame is None or len(frame) == 0:
        message = f"no rows for {what}"
        if hint:
            message += f": {hint}"
        raise EmptyResultError(message)
    return frame
