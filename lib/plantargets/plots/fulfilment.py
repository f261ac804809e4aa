"""Target against outcome, per indicator and year: the figure of ``plantargets.analysis.fulfilment``.

One panel per indicator (and measure: a growth target and a level target of one indicator are two panels), the
year on the x axis. The target is drawn as the other charts draw it (open ▲ at least, open ▼ at most, ◆ about,
● exactly, a bar for a range; a thin line below a 左右 target shows its tolerance); the outcome's marker says
the verdict by shape as well as colour, so it survives greyscale printing: ● met, ◐ met within tolerance,
✕ missed, □ undetermined (a bound on both sides of the target). A target with no outcome yet has no outcome
marker; a conflicting outcome is marked "conflict" at the target.
"""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from plantargets.plots.style import (
    _check_lang, comparator_style, comparator_symbol, figure_size, house_style, indicator_label, label, unit_label,
)

__all__ = ["plot_fulfilment", "STATUS_STYLE"]

# status → (marker, fillstyle, colour): shape and fill carry the verdict, colour repeats it
STATUS_STYLE = {
    "met": ("o", "full", "#009E73"),
    "met within tolerance": ("o", "left", "#0072B2"),
    "missed": ("X", "full", "#D55E00"),
    "undetermined": ("s", "none", "#6E6E6E"),
}
_TARGET_COLOR = "#262626"
_MS = 4.6


def _panel_title(key: tuple, codebook, lang: str, ncols: int) -> str:
    """The indicator's name and unit, wrapped to its panel's width (fewer characters for Chinese)."""
    indicator, measure, unit = key
    name = indicator_label(indicator, codebook, lang)
    if measure == "growth":
        title = f"{name} ({label('fulfilment_growth', lang)})"
    else:
        unit_text = unit_label(unit, lang)
        title = f"{name} ({unit_text})" if unit_text else name
    width = (120 if lang == "en" else 60) // ncols
    if lang == "zh":
        return "\n".join(title[i:i + width] for i in range(0, len(title), width))
    return "\n".join(textwrap.wrap(title, width)) or title


def _draw_target(ax, row) -> None:
    style = comparator_style(row.comparator)
    x, y = float(row.year), float(row.target_value)
    if style["kind"] == "range" and pd.notna(row.target_value_high):
        ax.plot([x, x], [y, float(row.target_value_high)], color=_TARGET_COLOR, lw=1.6, solid_capstyle="butt", zorder=3)
        return
    ax.plot([x], [y], marker=style["marker"], ms=_MS, color=_TARGET_COLOR, linestyle="none", zorder=3,
            markerfacecolor=_TARGET_COLOR if style["filled"] else "white", markeredgewidth=0.8)
    if row.comparator == "~" and pd.notna(row.tolerance):  # the shortfall 左右 allows, on the worse side
        tolerance = float(row.tolerance)
        low = y if row.better == "lower" else y - tolerance
        high = y if row.better == "higher" else y + tolerance
        ax.plot([x, x], [low, high], color=_TARGET_COLOR, lw=0.6, zorder=2)


def _draw_outcome(ax, row, lang: str) -> None:
    x = float(row.year)
    if row.status == "conflicting outcomes":
        ax.annotate(label("fulfilment_conflict", lang), (x, float(row.target_value)), xytext=(4, -2),
                    textcoords="offset points", fontsize=5, color="#6E6E6E")
        return
    if row.status not in STATUS_STYLE or pd.isna(row.outcome_value):
        return
    marker, fill, color = STATUS_STYLE[row.status]
    y = float(row.outcome_value)
    ax.plot([x + 0.18], [y], marker=marker, ms=_MS, linestyle="none", color=color,
            fillstyle=fill, markerfacecoloralt="white", markeredgewidth=0.8, zorder=4)
    symbol = comparator_symbol(row.outcome_comparator)
    if symbol:  # an outcome stated as a bound (超3100亿元) says so beside its marker
        ax.annotate(symbol, (x + 0.18, y), xytext=(4, 0), textcoords="offset points", fontsize=5, va="center",
                    color=color)


def plot_fulfilment(table: pd.DataFrame, codebook: pd.DataFrame | None = None, lang: str = "en",
                    width="double", max_panels: int = 12) -> Figure:
    """Targets and their outcomes (the ``fulfilment`` table, or its rows for one place), one panel per
    indicator; panels with an outcome come first, at most ``max_panels`` (the rest are counted in a note)."""
    _check_lang(lang)
    if table is None or len(table) == 0:
        raise ValueError("no targets to draw: the fulfilment table is empty")
    frame = table.copy()
    frame["unit_key"] = frame["unit_std"].astype("string").fillna("")
    keys = list(dict.fromkeys(zip(frame["indicator_id"], frame["measure"], frame["unit_key"])))
    assessed = {k for k, g in frame.groupby(["indicator_id", "measure", "unit_key"]) if (g["status"] != "not yet known").any()}
    keys.sort(key=lambda k: (k not in assessed, str(k[0])))
    shown, hidden = keys[:max_panels], len(keys) - min(len(keys), max_panels)
    ncols = min(3, len(shown))
    nrows = math.ceil(len(shown) / ncols)
    with house_style(lang):
        fig = Figure(figsize=figure_size(width, aspect=0.24 * nrows + 0.12), layout="constrained")
        axes = np.atleast_1d(fig.subplots(nrows, ncols, squeeze=False)).ravel()
        for ax, key in zip(axes, shown):
            rows = frame[(frame["indicator_id"] == key[0]) & (frame["measure"] == key[1]) & (frame["unit_key"] == key[2])]
            for row in rows.itertuples():
                _draw_target(ax, row)
                _draw_outcome(ax, row, lang)
            years = rows["year"].astype(float)
            ax.set_xlim(years.min() - 0.7, years.max() + 0.9)
            ticks = sorted({int(y) for y in years})
            ax.set_xticks(ticks if len(ticks) <= 5 else ticks[:: math.ceil(len(ticks) / 5)])
            ax.set_title(_panel_title(key, codebook, lang, ncols), loc="left", fontsize=6)
            ax.ticklabel_format(axis="y", style="plain", useOffset=False)
        for ax in axes[len(shown):]:
            ax.set_visible(False)
        handles = [Line2D([], [], marker="D", color=_TARGET_COLOR, linestyle="none", ms=_MS,
                          label=label("fulfilment_target", lang))]
        handles += [Line2D([], [], marker=m, fillstyle=f, color=c, markerfacecoloralt="white", linestyle="none", ms=_MS,
                           label=label(f"fulfilment_{status}", lang)) for status, (m, f, c) in STATUS_STYLE.items()]
        fig.legend(handles=handles, loc="outside lower center", ncols=len(handles), frameon=False)
        if hidden:
            fig.suptitle(label("fulfilment_more", lang, n=hidden), x=0.99, ha="right", fontsize=5, color="#6E6E6E")
    return fig
