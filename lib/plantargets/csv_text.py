"""Text cells of the CSV files the suite writes, made safe to open in a spreadsheet, and the way back.

A spreadsheet (Excel, LibreOffice, Google Sheets) runs a cell that begins with ``=``, ``+``, ``-`` or ``@``
as a formula, and a leading tab or carriage return can hide one; a quote or a manifest cell from a hostile
page could then run on a researcher's machine. Following the OWASP rule on CSV injection
(https://owasp.org/www-community/attacks/CSV_Injection), a text cell that begins with one of these
characters is written with a ``'`` in front, which spreadsheets show as text. Numbers are never changed
(``-5.2`` stays a number), nor are cells of comparison symbols alone (the comparator code ``=``), which run
nothing. So that the change can be undone exactly, a cell that already begins with ``'``
followed by such a character gets one more ``'``: ``restore_formula_text`` removes exactly one leading
``'`` from every cell that begins with one or more ``'`` and then such a character, and nothing else.

Parquet files and ``plantargets.load()`` keep the exact text; only the CSV copies carry the ``'``.
This module imports nothing heavy: pandas is used only when a frame is passed in.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP CSV injection: characters that start a formula
GUARD = "'"
# \xhh escapes: the same pattern in Python's re and in pyarrow's RE2 (a pandas column of pyarrow strings)
_STARTS = "".join(f"\\x{ord(c):02x}" for c in FORMULA_STARTS)
_NEEDS_GUARD = re.compile(f"^'*[{_STARTS}]")
_GUARDED = re.compile(f"^'+[{_STARTS}]")
# A cell of comparison symbols only (a comparator code "=" or "=;>=") names no function or cell: nothing to run.
_COMPARISON_CODE = re.compile(r"^[=<>~;]+$")


def neutralize_formula_text(text):
    """``text`` with a ``'`` in front when a spreadsheet would read it as a formula; other values unchanged."""
    if isinstance(text, str) and _NEEDS_GUARD.match(text) and not _COMPARISON_CODE.match(text):
        return GUARD + text
    return text


def restore_formula_text(text):
    """The exact text ``neutralize_formula_text`` was given (one leading ``'`` removed where it added one)."""
    if isinstance(text, str) and _GUARDED.match(text):
        return text[1:]
    return text


def _text_columns(frame) -> list:
    import pandas as pd

    return [name for name in frame.columns
            if pd.api.types.is_string_dtype(frame[name].dtype) or frame[name].dtype == object]


def _labels(labels, change):
    """Column or index labels with ``change`` applied to the text ones, and to their names (the header cells)."""
    import pandas as pd

    if isinstance(labels, pd.MultiIndex):
        labels = labels.set_levels([_labels(level, change) for level in labels.levels])
    elif labels.dtype == object or pd.api.types.is_string_dtype(labels.dtype):
        labels = labels.map(change)
    return labels.set_names([change(name) for name in labels.names])


def _apply(frame, change, candidate: re.Pattern, labels: bool, columns=None):
    """``change`` applied to the text cells of a copy of ``frame``; only the cells ``candidate`` matches can
    change, so a column of pandas strings is screened with one vectorized match first."""
    import pandas as pd

    out = frame.copy()
    for name in _text_columns(out) if columns is None else columns:
        column = out[name]
        if isinstance(column.dtype, pd.StringDtype):
            screened = column.str.match(candidate.pattern, na=False)
            if screened.any():
                out[name] = column.mask(screened, column[screened].map(change))
        else:
            out[name] = column.map(change, na_action="ignore")
    if labels:
        out.columns = _labels(out.columns, change)
        out.index = _labels(out.index, change)
    return out


def neutralize_formula_frame(frame, labels: bool = True, columns=None):
    """A copy of ``frame`` whose text cells (and, with ``labels``, text column and index labels) are
    neutralized for a CSV file; numeric, boolean and date columns are left as they are. ``columns``: only
    these columns (default: every text column)."""
    return _apply(frame, neutralize_formula_text, _NEEDS_GUARD, labels, columns)


def restore_formula_frame(frame, labels: bool = True):
    """Undo ``neutralize_formula_frame`` on a frame read back from one of the suite's CSV files."""
    return _apply(frame, restore_formula_text, _GUARDED, labels)
