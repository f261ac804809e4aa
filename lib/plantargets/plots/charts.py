"""Figures of the analysis tables: target dumbbells, coverage heatmap, trend projections.

Each function takes DataFrames (the outputs of ``plantargets.analysis``), draws in the house style and
returns a matplotlib Figure sized to a journal column; English by default, Chinese with ``lang="zh"``.
Empty input raises ValueError, so a notebook whose filters left nothing fails loudly instead of saving a
blank figure. Save with ``plantargets.plots.export_figure``.

Encodings shared by the charts:

* a target's marker says how it was stated: open ▲ at least (≥, >), open ▼ at most (≤, <), filled ● exactly
  (=), filled ◆ about (~), a bar from value to value_high for a range, a half-filled marker when merged
  statements differ (≥ in one document, = in another);
* a city has one colour and one marker shape (``city_style``) in every figure; city marker shapes are never
  comparator shapes;
* grey is for reference: the baseline dot, national series and national targets (dashed).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator
from matplotlib.transforms import blended_transform_factory, offset_copy

from plantargets.analysis.compare import distinct_facts
from plantargets.plots.style import (
    BASELINE_COLOR, NATIONAL_COLOR, _check_lang, city_label, city_style, comparator_style, comparator_symbol,
    figure_size, house_style, indicator_label, label, unit_label,
)

__all__ = ["plot_dumbbells", "plot_coverage_heatmap", "plot_projection", "plot_domain_counts"]

_PT = 1 / 72  # inch per point
_TARGET_MS = 4.4
_BASELINE_MS = 3.2
_CITY_MS = 4.4
_NATIONAL_DASH = (0, (3.0, 1.8))
_NOTE_COLOR = "#6E6E6E"
_EMPTY_CELL = "#F0F0F0"


# --- shared helpers --------------------------------------------------------------------------------------

def _require(frame, name: str, columns=(), hint: str = "") -> pd.DataFrame:
    """The frame, or ValueError when it is missing, empty, or lacks ``columns``."""
    if frame is None:
        raise ValueError(f"{name} is None: nothing to plot")
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"{name} must be a pandas DataFrame, got {type(frame).__name__}")
    if frame.empty:
        raise ValueError(f"{name} is empty: nothing to plot" + (f" ({hint})" if hint else ""))
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{name} lacks column(s) {', '.join(missing)}")
    return frame


def _float(x) -> float:
    try:
        return float(x) if pd.notna(x) else np.nan
    except (TypeError, ValueError):
        return np.nan


def _bounds(codebook: pd.DataFrame | None, indicator_id) -> tuple[float, float]:
    """(lower, upper) bound of an indicator from the codebook; NaN where there is none."""
    if codebook is None or "indicator_id" not in codebook.columns:
        return np.nan, np.nan
    row = codebook[codebook["indicator_id"] == indicator_id]
    if row.empty:
        return np.nan, np.nan
    row = row.iloc[0]
    return _float(row.get("lower_bound")), _float(row.get("upper_bound"))


def _codebook_value(codebook: pd.DataFrame | None, indicator_id, column: str):
    if codebook is None or column not in codebook.columns:
        return None
    hit = codebook.loc[codebook["indicator_id"] == indicator_id, column]
    hit = hit[hit.notna()]
    return hit.iloc[0] if len(hit) else None


def _scale(vmax: float, lang: str) -> tuple[float, str]:
    """Divisor and suffix for large numbers: 万/亿 in Chinese, k/m/bn in English."""
    a = abs(vmax) if np.isfinite(vmax) else 0.0
    if lang == "zh":
        if a >= 1e8:
            return 1e8, "亿"
        if a >= 1e4:
            return 1e4, "万"
        return 1.0, ""
    if a >= 1e9:
        return 1e9, " bn"
    if a >= 1e6:
        return 1e6, " m"
    if a >= 1e4:
        return 1e3, "k"
    return 1.0, ""


def _fmt(value: float, lang: str) -> str:
    """A number for a label: 4 significant digits, large ones with k/m/bn (万/亿)."""
    if not np.isfinite(value):
        return ""
    div, suffix = _scale(value, lang)
    return f"{value / div:.4g}{suffix}"


def _value_formatter(vmax: float, lang: str) -> FuncFormatter:
    div, suffix = _scale(vmax, lang)

    def fmt(x, _pos):
        text = f"{x / div:.4g}"
        return "0" if text in ("0", "-0") else text + suffix
    return FuncFormatter(fmt)


def _limits(values, bounds=(np.nan, np.nan), pad: float = 0.08) -> tuple[float, float]:
    """Axis limits around the finite values with padding, never beyond the indicator's bounds."""
    v = np.asarray([x for x in values if x is not None and np.isfinite(x)], dtype=float)
    if v.size == 0:
        lo, hi = 0.0, 1.0
    else:
        lo, hi = float(v.min()), float(v.max())
    b_lo, b_hi = bounds
    span = hi - lo
    if span <= 0 and hi > 0:
        # one distinct value: show it against zero (or the lower bound), not zoomed into noise
        lo = b_lo if np.isfinite(b_lo) and b_lo < hi else 0.0
        span = hi - lo
    elif span <= 0:
        span = max(abs(hi) * 0.1, 1.0)
    lo, hi = lo - pad * span, hi + pad * span
    if np.isfinite(b_lo):
        lo = max(lo, b_lo)
    if np.isfinite(b_hi):
        hi = min(hi, b_hi)
    if hi <= lo:
        hi = lo + 1.0
    return lo, hi


def _clip_to_bounds(values, bounds) -> np.ndarray:
    """Values as floats, clipped into the indicator's (lower, upper) bounds where a bound exists; NaN stays NaN."""
    lo = bounds[0] if np.isfinite(bounds[0]) else -np.inf
    hi = bounds[1] if np.isfinite(bounds[1]) else np.inf
    return np.clip(np.asarray(values, dtype=float), lo, hi)


def _year_locator(span: float):
    """Every year on short axes, every second or fifth on longer ones, integers only."""
    if span <= 9:
        return MultipleLocator(1)
    if span <= 18:
        return MultipleLocator(2)
    if span <= 45:
        return MultipleLocator(5)
    return MaxNLocator(nbins=6, integer=True)


def _comparator_column(frame: pd.DataFrame) -> str | None:
    for col in ("comparator", "target_comparator"):
        if col in frame.columns:
            return col
    return None


def _draw_target(ax, x, y, comparator, high, color, vertical: bool, size: float = _TARGET_MS, zorder: float = 4):
    """One target marker (or range bar) in ``color``; ``vertical`` for year × value axes (range runs up)."""
    st = comparator_style(comparator)
    if st["kind"] == "range" and np.isfinite(high):
        xs, ys = ([x, x], [y, high]) if vertical else ([x, high], [y, y])
        ax.plot(xs, ys, color=color, lw=2.4, solid_capstyle="butt", zorder=zorder, clip_on=False)
        return st
    marker = "o" if st["kind"] == "range" else st["marker"]
    ax.plot([x], [y], linestyle="none", marker=marker, markersize=size, markeredgecolor=color,
            markerfacecolor=color if st["filled"] or st["kind"] == "mixed" else "white",
            markerfacecoloralt="white", fillstyle=st["fillstyle"],
            markeredgewidth=0.8, zorder=zorder, clip_on=False)
    return st


_KIND_ORDER = ("lower", "exact", "approx", "upper", "range", "mixed")


def _comparator_handles(kinds, lang: str, color: str = "#262626", prefix: str | None = None) -> list:
    """Legend handles for the comparator kinds used, in a fixed order."""
    examples = {"lower": ">=", "exact": "=", "approx": "~", "upper": "<=", "range": "range", "mixed": ">=;="}
    handles = []
    for kind in _KIND_ORDER:
        if kind not in kinds:
            continue
        text = label(f"cmp_{kind}", lang)
        text = f"{prefix}{text}" if prefix else text
        if kind == "range":
            handles.append(Line2D([], [], color=color, lw=2.4, solid_capstyle="butt", label=text))
            continue
        st = comparator_style(examples[kind])
        handles.append(Line2D([], [], linestyle="none", marker=st["marker"], markersize=_TARGET_MS,
                              markeredgecolor=color, markerfacecolor=color if st["filled"] or kind == "mixed" else "white",
                              markerfacecoloralt="white", fillstyle=st["fillstyle"],
                              markeredgewidth=0.8, label=text))
    return handles


def _fit_text(text: str, width_pt: float, fontsize: float) -> str:
    """Shorten a one-line label to ``width_pt``: first drop a trailing parenthesis, then cut with '…'."""
    if _text_width_pt(text, fontsize) <= width_pt:
        return text
    shorter = re.sub(r"\s*[（(][^()（）]*[)）]\s*$", "", text)
    if _text_width_pt(shorter, fontsize) <= width_pt:
        return shorter
    while len(shorter) > 1 and _text_width_pt(shorter + "…", fontsize) > width_pt:
        shorter = shorter[:-1]
    return shorter.rstrip() + "…"


def _legend(fig: Figure, handles: list, ncols: int):
    if not handles:
        return None
    return fig.legend(handles=handles, loc="outside lower center", ncols=max(1, min(ncols, len(handles))),
                      frameon=False, borderaxespad=0.2)


def _text_width_pt(text: str, fontsize: float) -> float:
    """Rendered width of one line in points with the current rcParams fonts (CJK fallback included)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    if not text:
        return 0.0
    return float(text_to_path.get_text_width_height_descent(text, FontProperties(size=fontsize), ismath=False)[0])


_TOKENS = re.compile(r"[A-Za-z0-9.,'’%≥≤~+\-/()]+\s*|\s+|.")


def _wrap_measured(text: str, width_pt: float, fontsize: float) -> list[str]:
    """Greedy line breaks so no line is wider than ``width_pt``: between words, or after any CJK character
    (runs of Latin letters and digits such as ``2025`` or ``(%)`` stay together)."""
    lines, line = [], ""
    for token in _TOKENS.findall(str(text)):
        trial = line + token
        if line and _text_width_pt(trial.rstrip(), fontsize) > width_pt:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = trial
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _indicator_title(indicator_id, codebook, unit, lang: str, width_pt: float, fontsize: float,
                     extra: str = "") -> str:
    """Indicator name with (unit, extra), wrapped to ``width_pt``; the parenthesis is never split."""
    name = indicator_label(indicator_id, codebook, lang)
    unit_text = unit_label(unit, lang)
    parts = [p for p in (unit_text, extra) if p]
    suffix = (f"（{'，'.join(parts)}）" if lang == "zh" else f"({', '.join(parts)})") if parts else ""
    lines = _wrap_measured(name, width_pt, fontsize)
    if suffix:
        joined = lines[-1] + ("" if lang == "zh" else " ") + suffix
        if _text_width_pt(joined, fontsize) <= width_pt:
            lines[-1] = joined
        else:
            lines.append(suffix)
    return "\n".join(lines)


def _city_order(cities) -> list[str]:
    """Cities in a stable reading order: alphabetical by English name."""
    return sorted({str(c) for c in cities if pd.notna(c)})


# --- dumbbells -------------------------------------------------------------------------------------------

def plot_dumbbells(comparison: pd.DataFrame, national: pd.DataFrame | None = None,
                   codebook: pd.DataFrame | None = None, lang: str = "en", width="double",
                   indicators=None, ncols: int | None = None) -> Figure:
    """Baseline → target per city, one small panel per indicator (``compare_targets`` output).

    Each panel has one row per city (all cities of ``comparison``, in the same order in every panel, so an
    empty row says the city sets no target for that indicator). A line runs from the baseline (grey dot) to
    the target, whose marker says how it was stated; conflicting targets for one city sit side by side in
    its row. ``national`` (the national table) adds the national target for the panel's target year as a
    dashed line. ``indicators`` selects and orders panels (default: all, most widely shared first); each
    panel has its own value axis (units differ), kept within the codebook's bounds.
    """
    _check_lang(lang)
    _require(comparison, "comparison", ["city", "indicator_id", "target_value"],
             hint="no targets to compare; check the indicators, cities and target_year passed to compare_targets")
    cmp_col = _comparator_column(comparison)
    df = comparison[comparison["target_value"].notna() & comparison["indicator_id"].notna()].copy()
    if indicators is not None:
        wanted = [indicators] if isinstance(indicators, str) else list(indicators)
        df = df[df["indicator_id"].isin(wanted)]
        order = [i for i in dict.fromkeys(wanted) if i in set(df["indicator_id"])]
    else:
        n_cities = df.groupby("indicator_id")["city"].nunique()
        order = sorted(n_cities.index, key=lambda i: (-n_cities[i], indicator_label(i, codebook, "en").lower()))
    if df.empty:
        raise ValueError("comparison has no target values for the requested indicators: nothing to plot")

    cities = _city_order(comparison["city"])
    ypos = {c: len(cities) - 1 - i for i, c in enumerate(cities)}
    n_panels = len(order)
    fig_w, _ = figure_size(width)
    if ncols is None:
        ncols = min(n_panels, max(1, int(fig_w // 1.75)))
    ncols = max(1, min(int(ncols), n_panels))
    nrows = math.ceil(n_panels / ncols)
    nat = None
    if national is not None and not national.empty:
        _require(national, "national", ["indicator_id", "kind", "year", "value"])
        nat = national[(national["kind"] == "target")].copy()
        nat["value"] = pd.to_numeric(nat["value"], errors="coerce").astype(float)
        nat = nat[nat["value"].notna()]
    has_national_space = nat is not None and bool(set(order) & set(nat["indicator_id"].dropna()))
    row_h = 0.13
    panel_h = row_h * (len(cities) + (0.9 if has_national_space else 0.3)) + 0.62
    fig_h = nrows * panel_h + 0.35

    kinds_used, national_drawn, any_conflict = set(), False, False
    baseline_bound = forecast_drawn = False
    with house_style(lang):
        fig = Figure(figsize=(fig_w, fig_h), layout="constrained")
        axes = fig.subplots(nrows, ncols, squeeze=False, sharey=True)
        city_names = {c: city_label(c, comparison, lang) for c in cities}
        tick_w = max(_text_width_pt(n, 5.5) for n in city_names.values()) + 6
        title_w = (fig_w / ncols) * 72 - tick_w - 8
        top = len(cities) - 0.4 + (0.65 if has_national_space else 0.0)
        for k, ind in enumerate(order):
            ax = axes[k // ncols][k % ncols]
            rows = df[df["indicator_id"] == ind]
            bounds = _bounds(codebook, ind)
            unit = rows["unit_std"].dropna().iloc[0] if "unit_std" in rows and rows["unit_std"].notna().any() else None
            years = sorted({int(y) for y in rows.get("target_year", pd.Series(dtype=float)).dropna()})
            values = list(rows["target_value"].astype(float))
            if "baseline_value" in rows:
                values += list(rows["baseline_value"].astype(float))
            if "target_value_high" in rows:
                values += list(rows["target_value_high"].astype(float))
            nat_rows = pd.DataFrame(columns=["indicator_id", "kind", "year", "comparator", "value"])
            if nat is not None and years:
                nat_rows = nat[(nat["indicator_id"] == ind) & nat["year"].isin(years)]
                values += list(nat_rows["value"])
            lo, hi = _limits(values, bounds)
            ax.set_xlim(lo, hi)
            ax.set_ylim(-0.6, top)
            direction = rows["direction"].dropna().iloc[0] if "direction" in rows and rows["direction"].notna().any() \
                else _codebook_value(codebook, ind, "direction")
            # one target year in the panel: said once in the title; several: beside each city's dumbbell
            notes = [f"{years[0]}年" if lang == "zh" else str(years[0])] if len(years) == 1 else []
            if direction == "lower_is_better":
                notes.append(label("lower_is_better", lang))
            extra = ("，" if lang == "zh" else ", ").join(notes)
            ax.set_title(_indicator_title(ind, codebook, unit, lang, title_w, 6.0, extra), fontsize=6, loc="left")
            ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
            ax.xaxis.set_major_formatter(_value_formatter(max(abs(lo), abs(hi)), lang))
            ax.tick_params(axis="y", length=0, labelleft=True)
            ax.set_yticks([ypos[c] for c in cities], [city_names[c] for c in cities])
            ax.grid(axis="x", color="#E6E6E6", lw=0.4, zorder=0)
            ax.spines["left"].set_visible(False)
            for c in cities:
                ax.axhline(ypos[c], color="#F0F0F0", lw=0.4, zorder=0)

            for nat_i, ((n_year, n_value), g) in enumerate(nat_rows.groupby(["year", "value"], sort=True)):
                ax.axvline(n_value, color=NATIONAL_COLOR, lw=0.7, ls=_NATIONAL_DASH, zorder=1)
                symbol = comparator_symbol(g["comparator"].iloc[0]) if "comparator" in g else ""
                text = label("national_line", lang, year=int(n_year), value=f"{symbol}{_fmt(n_value, lang)}")
                right_half = (n_value - lo) > 0.55 * (hi - lo)
                ax.annotate(text, (n_value, top), xytext=(-2 if right_half else 2, -1 - 6.5 * nat_i),
                            textcoords="offset points", ha="right" if right_half else "left", va="top",
                            fontsize=5, color=NATIONAL_COLOR, annotation_clip=False)
                national_drawn = True

            for c in cities:
                mine = rows[rows["city"] == c]
                if mine.empty:
                    ax.text(0.5, ypos[c], label("no_target", lang), transform=blended_transform_factory(ax.transAxes, ax.transData),
                            ha="center", va="center", fontsize=5, color="#A6A6A6",
                            style="italic" if lang == "en" else "normal")
                    continue
                style = city_style(c)
                n = len(mine)
                any_conflict |= n > 1
                offsets = np.linspace(-0.22, 0.22, n) if n > 1 else [0.0]
                for off, (_, r) in zip(offsets, mine.iterrows()):
                    y = ypos[c] + off
                    t = float(r["target_value"])
                    b = _float(r.get("baseline_value"))
                    high = _float(r.get("target_value_high"))
                    if np.isfinite(b):
                        base_cmp = r.get("baseline_comparator", "=")
                        exact = comparator_style(base_cmp)["kind"] == "exact"
                        ax.plot([b, t], [y, y], color=style["color"], lw=0.9, zorder=2, solid_capstyle="butt")
                        ax.plot([b], [y], linestyle="none", marker="o", markersize=_BASELINE_MS, color=BASELINE_COLOR,
                                markerfacecolor=BASELINE_COLOR if exact else "white", markeredgecolor=BASELINE_COLOR,
                                markeredgewidth=0 if exact else 0.8, zorder=3, clip_on=False)
                        if not exact:
                            _bound_caret(ax, b, y, base_cmp, BASELINE_COLOR, horizontal=True)
                            baseline_bound = True
                    if bool(r.get("forecast", False)):
                        ax.plot([t], [y], linestyle="none", marker="x", markersize=_TARGET_MS, color=style["color"],
                                markeredgewidth=0.9, zorder=4, clip_on=False)
                        forecast_drawn = True
                        continue
                    st = _draw_target(ax, t, y, r[cmp_col] if cmp_col else "=", high, style["color"], vertical=False)
                    kinds_used.add(st["kind"] if not (st["kind"] == "range" and not np.isfinite(high)) else "exact")
                if len(years) > 1 and "target_year" in mine and mine["target_year"].notna().any():
                    # panels mixing target years say each city's year, beside its dumbbell where there is room
                    xs = [x for x in pd.concat([mine["target_value"], mine.get("baseline_value", pd.Series(dtype=float)),
                                                mine.get("target_value_high", pd.Series(dtype=float))]).astype(float)
                          if np.isfinite(x)]
                    text = "/".join(str(int(y)) for y in sorted(set(mine["target_year"].dropna())))
                    left_room = (min(xs) - lo) / (hi - lo)
                    on_left = left_room > 0.16 or left_room > (hi - max(xs)) / (hi - lo)
                    ax.annotate(text, (min(xs) if on_left else max(xs), ypos[c]), xytext=(-4 if on_left else 4, 0),
                                textcoords="offset points", ha="right" if on_left else "left", va="center",
                                fontsize=5, color=_NOTE_COLOR, annotation_clip=False, zorder=5,
                                bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85})
        for k in range(n_panels, nrows * ncols):
            axes[k // ncols][k % ncols].set_visible(False)

        handles = [Line2D([], [], linestyle="none", marker="o", markersize=_BASELINE_MS, color=BASELINE_COLOR,
                          markeredgewidth=0, label=label("baseline", lang))]
        if baseline_bound:
            handles.append(Line2D([], [], linestyle="none", marker="o", markersize=_BASELINE_MS, markerfacecolor="white",
                                  markeredgecolor=BASELINE_COLOR, markeredgewidth=0.8, label=label("baseline_bound", lang)))
        handles += _comparator_handles(kinds_used, lang, prefix=label("target", lang) + ("：" if lang == "zh" else ": "))
        if forecast_drawn:
            handles.append(Line2D([], [], linestyle="none", marker="x", markersize=_TARGET_MS, color="#404040",
                                  markeredgewidth=0.9, label=label("forecast", lang)))
        if national_drawn:
            handles.append(Line2D([], [], color=NATIONAL_COLOR, lw=0.7, ls=_NATIONAL_DASH, label=label("national_target", lang)))
        if any_conflict:
            handles.append(Line2D([], [], linestyle="none", label=label("conflict", lang)))
        _legend(fig, handles, ncols=4 if fig_w > 5 else 2)
    return fig


# --- coverage heatmap ------------------------------------------------------------------------------------

def plot_coverage_heatmap(coverage: pd.DataFrame, codebook: pd.DataFrame | None = None, lang: str = "en",
                          width="double", max_rows: int = 40, sort: bool = True,
                          targets: pd.DataFrame | None = None) -> Figure:
    """Which city states targets for which indicator: ``coverage_matrix`` output (city × indicator counts).

    Indicators are rows (named from the codebook), cities columns; each cell is annotated with its count,
    cells with none are left blank on grey. ``sort`` puts the most widely shared indicators first. More
    than ``max_rows`` indicators are split into side-by-side blocks (read down, then across).
    ``targets`` (optional) supplies Chinese city names; otherwise the packaged city list does.
    """
    from matplotlib.colors import LinearSegmentedColormap, Normalize

    _check_lang(lang)
    _require(coverage, "coverage", hint="coverage_matrix found no stated values")
    if coverage.shape[1] == 0:
        raise ValueError("coverage has no indicator columns: nothing to plot")
    counts = coverage.apply(pd.to_numeric, errors="coerce").fillna(0).astype(int)
    matrix = counts.T  # indicators × cities
    if sort:
        n_cities = (matrix > 0).sum(axis=1)
        total = matrix.sum(axis=1)
        keys = {i: (-int(n_cities[i]), -int(total[i]), indicator_label(i, codebook, "en").lower()) for i in matrix.index}
        matrix = matrix.loc[sorted(matrix.index, key=keys.__getitem__)]
    n_rows, n_cols = matrix.shape
    max_rows = max(1, int(max_rows))
    fig_w, _ = figure_size(width)
    n_blocks = max(1, math.ceil(n_rows / max_rows))
    per_block = math.ceil(n_rows / n_blocks)
    row_h = 0.1                      # inches per indicator row (5 pt labels)
    vmax = max(1, int(matrix.to_numpy().max()))
    cmap = LinearSegmentedColormap.from_list("plantargets_blues", ["#DCEAF5", "#0072B2", "#023858"]).with_extremes(
        under=_EMPTY_CELL)
    city_names = [city_label(c, targets, lang) for c in matrix.columns]
    blocks = [matrix.iloc[b * per_block:(b + 1) * per_block] for b in range(n_blocks)]
    blocks = [b for b in blocks if not b.empty]

    with house_style(lang):
        # Laid out by hand (no constrained layout): label column as wide as its longest label, cells as wide
        # as the longest city name (upright) or narrow with names turned 90°, blocks spread evenly.
        name_w = max(_text_width_pt(n, 5.5) for n in city_names) / 72 + 0.06
        longest = max(_text_width_pt(indicator_label(i, codebook, lang), 5.0) for i in matrix.index) / 72
        upright_room = fig_w / n_blocks - n_cols * max(0.22, name_w) - 0.15
        rotate = longest > upright_room and n_cols * name_w > n_cols * 0.16 + 0.05
        cell_w = 0.16 if rotate else max(0.22, name_w)
        max_label_w = (fig_w / n_blocks - n_cols * cell_w - 0.15) * 72
        names = [[_fit_text(indicator_label(i, codebook, lang), max_label_w, 5.0) for i in b.index] for b in blocks]
        label_ws = [max(_text_width_pt(n, 5.0) for n in ns) / 72 + 0.04 for ns in names]
        block_ws = [lw + n_cols * cell_w for lw in label_ws]
        gap = max(0.05, (fig_w - sum(block_ws)) / (len(blocks) + 1))
        top = (name_w if rotate else 0.14) + 0.04
        bottom = 0.2
        fig_h = top + per_block * row_h + bottom
        fig = Figure(figsize=(fig_w, fig_h), layout="none")
        x = gap
        for block, ns, lw, bw in zip(blocks, names, label_ws, block_ws):
            x_cells = x + lw
            ax = fig.add_axes(((x_cells) / fig_w, bottom / fig_h, n_cols * cell_w / fig_w, per_block * row_h / fig_h))
            _count_cells(ax, block.to_numpy(), cmap, Normalize(vmin=0.5, vmax=vmax + 0.5))
            ax.set_yticks(np.arange(len(block)) + 0.5, ns, fontsize=5, rotation=0)
            ax.set_xticks(np.arange(n_cols) + 0.5, city_names, fontsize=5.5, rotation=90 if rotate else 0)
            ax.xaxis.tick_top()
            ax.tick_params(length=0, pad=1.5)
            ax.set_xlabel("")
            ax.set_ylabel("")
            for spine in ax.spines.values():
                spine.set_visible(False)
            ax.set_ylim(per_block, 0)   # a short last block keeps the row height of the first
            x += bw + gap
        note = label("count", lang) + ("；空白：无" if lang == "zh" else "; blank: none stated")
        fig.text(0.5, 0.04 / fig_h, note, ha="center", va="bottom", fontsize=5.5, color=_NOTE_COLOR)
    return fig


def _count_cells(ax, values: np.ndarray, cmap, norm) -> None:
    """Draw a matrix of counts as cells one unit wide (row 0 at the top), white between cells, each cell with
    a count written on it in dark or white type, whichever reads better on its colour; zero cells blank."""
    ax.pcolormesh(values, cmap=cmap, norm=norm, edgecolors="white", linewidth=0.6)
    for (row, column), count in np.ndenumerate(values):
        if count > 0:
            dark_cell = _relative_luminance(cmap(norm(count))) <= 0.408
            ax.text(column + 0.5, row + 0.5, str(count), ha="center", va="center", fontsize=5,
                    color="white" if dark_cell else "#262626")
    ax.set_xlim(0, values.shape[1])
    ax.set_ylim(values.shape[0], 0)


def _relative_luminance(rgba) -> float:
    """WCAG relative luminance of an sRGB colour (0 black, 1 white)."""
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgba[:3]]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


# --- projection ------------------------------------------------------------------------------------------

def _interval_pct(note) -> int | None:
    m = re.search(r"(\d{1,2})% (?:prediction )?intervals", str(note or ""))
    return int(m.group(1)) if m else None


def _fits_by_key(fits, indicators: list) -> dict:
    """{(city, indicator_id): (table, note)} from a mapping of TrendFits/tables or a project_indicators frame."""
    out: dict = {}
    if fits is None:
        return out
    single = indicators[0] if len(indicators) == 1 else None
    if isinstance(fits, pd.DataFrame):
        if fits.empty:
            return out
        if "city" not in fits.columns:
            raise ValueError("fits as a DataFrame needs a city column (project_indicators output)")
        by = ["city"] + (["indicator_id"] if "indicator_id" in fits.columns else [])
        for key, g in fits.groupby(by, sort=False, dropna=False):
            key = key if isinstance(key, tuple) else (key,)
            city, ind = key[0], (key[1] if len(key) > 1 else single)
            if ind is None:
                raise ValueError("fits has no indicator_id column but observed holds several indicators")
            proj = g[g["series_kind"] == "projected"] if "series_kind" in g.columns else g
            note = g["note"].dropna().iloc[0] if "note" in g.columns and g["note"].notna().any() else ""
            out[(str(city), ind)] = (proj[["year", "value", "lower", "upper"]].copy(), note)
        return out
    if not isinstance(fits, Mapping):
        raise ValueError("fits must be a mapping {city or (city, indicator_id): TrendFit} or a DataFrame")
    for key, fit in fits.items():
        if isinstance(key, tuple):
            city, ind = key
        else:
            if single is None:
                raise ValueError(f"fits keyed by city ({key!r}) but observed holds several indicators: "
                                 "key them by (city, indicator_id)")
            city, ind = key, single
        if fit is None:
            continue
        table = fit.table if hasattr(fit, "table") else fit
        note = getattr(fit, "note", "")
        if not isinstance(table, pd.DataFrame):
            raise ValueError(f"fit for {key!r} is neither a TrendFit nor a DataFrame")
        out[(str(city), ind)] = (table.copy(), note)
    return out


def _targets_long(targets: pd.DataFrame | None) -> pd.DataFrame:
    """city, indicator_id, year, value, high, comparator from compare_targets output or the targets table."""
    cols = ["city", "indicator_id", "year", "value", "high", "comparator"]
    if targets is None or targets.empty:
        return pd.DataFrame(columns=cols)
    t = targets
    if "target_year" in t.columns:
        out = pd.DataFrame({"city": t["city"].astype(object), "indicator_id": t["indicator_id"].astype(object),
                            "year": pd.to_numeric(t["target_year"], errors="coerce"),
                            "value": pd.to_numeric(t["target_value"], errors="coerce"),
                            "high": pd.to_numeric(t.get("target_value_high", np.nan), errors="coerce"),
                            "comparator": t[_comparator_column(t)].astype(object) if _comparator_column(t) else "="})
    else:
        if "kind" in t.columns:
            t = t[t["kind"] == "target"]
        if "target_type" in t.columns:
            t = t[t["target_type"] == "level"]
        value = "value_std" if "value_std" in t.columns else "value"
        high = "value_high_std" if "value_high_std" in t.columns else "value_high"
        out = pd.DataFrame({"city": t["city"].astype(object), "indicator_id": t["indicator_id"].astype(object),
                            "year": pd.to_numeric(t["year"], errors="coerce"),
                            "value": pd.to_numeric(t[value], errors="coerce"),
                            "high": pd.to_numeric(t[high], errors="coerce") if high in t.columns else np.nan,
                            "comparator": t["comparator"].astype(object) if "comparator" in t.columns else "="})
    out["value"] = out["value"].astype(float)
    out["high"] = out["high"].astype(float)
    return out[out["year"].notna() & out["value"].notna()].drop_duplicates(
        subset=["city", "indicator_id", "year", "value", "high", "comparator"])


NATIONAL_PANEL = "China (national)"
_FIT_DASH = (0, (3.5, 2.0))
_LINE_DOTS = ":"


@dataclass
class _Drawn:
    """What the panels drew, so the legend lists exactly that."""

    cities: list = field(default_factory=list)
    bound_observed: bool = False
    fitted: bool = False
    line_only: bool = False
    band_pcts: set = field(default_factory=set)
    target_kinds: set = field(default_factory=set)
    forecast: bool = False
    baseline_exact: bool = False
    baseline_bound: bool = False
    national_actual: bool = False
    national_goal_kinds: set = field(default_factory=set)


def _panel_style(city: str) -> dict:
    """A city's colour and marker; the national panel is drawn in the national grey."""
    return {"color": NATIONAL_COLOR, "marker": "o"} if city == NATIONAL_PANEL else city_style(city)


def _bound_caret(ax, x: float, y: float, comparator, color: str, zorder: float = 5, horizontal: bool = False):
    """A short arrow from a bound's value toward where the true value lies (up/right for ≥ and >, down/left for
    ≤ and <); "~" and ranges get none (their open marker says it)."""
    symbol = str(comparator).split(";")[0].strip()
    sign = 1 if symbol in (">=", ">") else -1 if symbol in ("<=", "<") else 0
    if sign == 0:
        return
    shift = {"x": 6.5 * sign, "y": 0} if horizontal else {"x": 0, "y": 6.5 * sign}
    head = offset_copy(ax.transData, fig=ax.figure, units="points", **shift)
    ax.annotate("", xy=(x, y), xycoords=head, xytext=(x, y), textcoords="data",
                arrowprops={"arrowstyle": "-|>", "color": color, "lw": 0.6, "mutation_scale": 4,
                            "shrinkA": 0, "shrinkB": 0}, zorder=zorder, annotation_clip=False)


def _projection_inputs(observed, fits, targets, national):
    """Observed points (exact and bounds apart), fits, targets, baselines and national rows, checked."""
    _require(observed, "observed", ["city", "year", "value"],
             hint="no observed values; check the kinds and filters passed to select_observed")
    obs = observed.copy()
    if "indicator_id" not in obs.columns:
        obs["indicator_id"] = None
    if "series_kind" in obs.columns:
        obs = obs[obs["series_kind"].isin(["observed", "observed_bound"])]
    obs["year"] = pd.to_numeric(obs["year"], errors="coerce")
    obs["value"] = pd.to_numeric(obs["value"], errors="coerce").astype(float)
    obs = obs.dropna(subset=["year", "value"])
    if obs.empty:
        raise ValueError("observed has no rows with both a year and a value: nothing to plot")
    comparators = obs["comparator"] if "comparator" in obs.columns else pd.Series("=", index=obs.index)
    obs["comparator"] = comparators.where(comparators.notna(), "=").astype(str)
    obs["exact"] = obs["comparator"].isin(["=", ""])
    indicators = list(dict.fromkeys(obs["indicator_id"].tolist()))
    fit_map = _fits_by_key(fits, indicators)
    for (_, ind) in fit_map:
        if ind not in indicators:
            indicators.append(ind)
    goals = _targets_long(targets)
    if len(indicators) == 1 and indicators[0] is None and not goals.empty:
        raise ValueError("observed has no indicator_id column: targets cannot be matched to it")
    goals = goals[goals["indicator_id"].isin(indicators)]
    bases = _baselines_long(targets)
    bases = bases[bases["indicator_id"].isin(indicators)]
    cities = _city_order(list(obs["city"]) + [c for c, _ in fit_map] + list(goals["city"]) + list(bases["city"]))
    if NATIONAL_PANEL in cities:
        cities = [NATIONAL_PANEL] + [c for c in cities if c != NATIONAL_PANEL]
    nat_actual = nat_goal = pd.DataFrame(columns=["indicator_id", "year", "value", "comparator"])
    if national is not None and not national.empty:
        _require(national, "national", ["indicator_id", "kind", "year", "value"])
        nat = national.copy()
        nat["value"] = pd.to_numeric(nat["value"], errors="coerce").astype(float)
        nat["year"] = pd.to_numeric(nat["year"], errors="coerce")
        nat = nat.dropna(subset=["year", "value"])
        nat_actual = nat[nat["kind"] == "actual"]
        nat_goal = nat[nat["kind"] == "target"]
    return obs, indicators, fit_map, goals, bases, cities, nat_actual, nat_goal


def _baselines_long(targets: pd.DataFrame | None) -> pd.DataFrame:
    """city, indicator_id, year, value, comparator of the plans' baselines (compare_targets output), once each."""
    cols = ["city", "indicator_id", "year", "value", "comparator"]
    if targets is None or targets.empty or "baseline_value" not in targets.columns:
        return pd.DataFrame(columns=cols)
    t = targets
    out = pd.DataFrame({"city": t["city"].astype(object), "indicator_id": t["indicator_id"].astype(object),
                        "year": pd.to_numeric(t["baseline_year"], errors="coerce"),
                        "value": pd.to_numeric(t["baseline_value"], errors="coerce").astype(float),
                        "comparator": t["baseline_comparator"].astype(object) if "baseline_comparator" in t else "="})
    return out.dropna(subset=["year", "value"]).drop_duplicates(cols)


def _row_limits(ind, o_ind, g_ind, b_ind, fit_map, nat_actual, nat_goal, bounds):
    """One x and y range per indicator row, so the cities of a row compare at a glance."""
    years = list(o_ind["year"]) + list(g_ind["year"]) + list(b_ind["year"])
    ys = list(o_ind["value"]) + list(g_ind["value"]) + list(g_ind["high"]) + list(b_ind["value"])
    for (_, key_ind), (table, _) in fit_map.items():
        if key_ind == ind and len(table):
            years += list(pd.to_numeric(table["year"], errors="coerce"))
            for col in ("value", "lower", "upper"):
                ys += list(_clip_to_bounds(pd.to_numeric(table[col], errors="coerce"), bounds))
    years = [float(y) for y in years if pd.notna(y)]
    x_lo, x_hi = (min(years) - 0.6, max(years) + 0.6) if years else (2015, 2025)
    na = nat_actual[(nat_actual["indicator_id"] == ind) & nat_actual["year"].between(x_lo, x_hi)]
    ng = nat_goal[(nat_goal["indicator_id"] == ind) & nat_goal["year"].between(x_lo, x_hi)]
    ys += list(na["value"]) + list(ng["value"])
    return (x_lo, x_hi), _limits(ys, bounds, pad=0.1), na, ng


def _setup_axis(ax, xlim, ylim, ylabel, lang):
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.xaxis.set_major_locator(_year_locator(xlim[1] - xlim[0]))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(_value_formatter(max(abs(ylim[0]), abs(ylim[1])), lang))
    ax.grid(axis="y", color="#EBEBEB", lw=0.4, zorder=0)
    if ylabel:
        ax.set_ylabel(ylabel, fontsize=6)
    ax.set_xlabel(label("year", lang), fontsize=6)


def _draw_national_context(ax, na, ng, drawn: _Drawn):
    """National observed values (grey points; a line only through years with one value) and national targets."""
    if len(na):
        single = na.groupby("year")["value"].transform("nunique") == 1
        line = na[single].drop_duplicates("year").sort_values("year")
        if len(line) > 1:
            ax.plot(line["year"], line["value"], color=BASELINE_COLOR, lw=0.7, zorder=1)
        ax.plot(na["year"], na["value"], linestyle="none", marker="o", markersize=1.8,
                color=BASELINE_COLOR, markeredgewidth=0, zorder=1)
        drawn.national_actual = True
    for _, r in ng.drop_duplicates(["year", "value"]).iterrows():
        st = _draw_target(ax, r["year"], r["value"], r.get("comparator", "="), np.nan, NATIONAL_COLOR,
                          vertical=True, size=3.4, zorder=2)
        drawn.national_goal_kinds.add(st["kind"])


def _draw_fit(ax, fit, o, color, bounds, drawn: _Drawn, lang) -> list[str]:
    """The projection from the last exact observation: dashed for a fitted trend with its band, dotted for a
    line through two observations; the notes to print when there is no band or no projection."""
    table, note = fit
    table = table.copy()
    for col in ("year", "value", "lower", "upper"):
        table[col] = pd.to_numeric(table[col], errors="coerce").astype(float)
    table = table.dropna(subset=["year", "value"]).sort_values("year")
    if table.empty:
        reason = str(note).split(":")[0] if note else ""
        if lang == "zh":
            reason = {"one observation": "仅一个数据点", "no observation": "无数据点"}.get(reason, reason)
        return [label("no_projection", lang, reason=reason or "—")]
    exact = o[o["exact"]]
    start = exact.iloc[-1] if len(exact) and exact["year"].max() < table["year"].min() else None
    head = [float(start["year"])] if start is not None else []
    first = [float(start["value"])] if start is not None else []
    xs = head + list(table["year"])
    vals, lows, ups = (_clip_to_bounds(first + list(table[c]), bounds) for c in ("value", "lower", "upper"))
    line_only = "line through 2 observations" in str(note) or ("method" in table and (table["method"] == "line").all())
    notes = []
    if bool(np.isfinite(table["lower"]).any() and np.isfinite(table["upper"]).any()):
        ok = np.isfinite(lows) & np.isfinite(ups)
        ax.fill_between(np.asarray(xs)[ok], lows[ok], ups[ok], color=color, alpha=0.2, lw=0, zorder=2)
        drawn.band_pcts.add(_interval_pct(note))
    elif line_only:
        notes.append(label("line_two_points", lang))
    else:
        notes.append(label("no_interval", lang, n=len(exact) if len(exact) else 2))
    ax.plot(xs, vals, color=color, lw=0.9, ls=_LINE_DOTS if line_only else _FIT_DASH, zorder=3)
    if line_only:
        drawn.line_only = True
    else:
        drawn.fitted = True
    return notes


def _draw_observed(ax, o, style, drawn: _Drawn, city) -> None:
    """Exact observations as filled city markers joined by a line; bounds as open markers with a caret."""
    color = style["color"]
    exact, bounded = o[o["exact"]], o[~o["exact"]]
    if len(exact):
        single = exact[exact.groupby("year")["value"].transform("nunique") == 1].drop_duplicates("year")
        if len(single) > 1:  # the line joins years with one value; disagreeing sources stay separate points
            ax.plot(single["year"], single["value"], color=color, lw=0.8, zorder=4)
        ax.plot(exact["year"], exact["value"], linestyle="none", marker=style["marker"], markersize=_CITY_MS,
                color=color, markeredgecolor="white", markeredgewidth=0.25, zorder=5, clip_on=False)
    for _, r in bounded.iterrows():
        ax.plot([r["year"]], [r["value"]], linestyle="none", marker=style["marker"], markersize=_CITY_MS,
                markerfacecolor="white", markeredgecolor=color, markeredgewidth=0.8, zorder=5, clip_on=False)
        _bound_caret(ax, r["year"], r["value"], r["comparator"], color)
        drawn.bound_observed = True
    drawn.cities.append(city)


def _draw_plan_points(ax, g, b, color, drawn: _Drawn):
    """The plan's targets (comparator markers; a forecast as a cross) and baselines (squares; open + caret if a bound)."""
    for _, r in g.iterrows():
        if bool(r.get("forecast", False)):
            ax.plot([r["year"]], [r["value"]], linestyle="none", marker="x", markersize=_TARGET_MS, color=color,
                    markeredgewidth=0.9, zorder=6, clip_on=False)
            drawn.forecast = True
            continue
        st = _draw_target(ax, r["year"], r["value"], r["comparator"], r["high"], color, vertical=True, zorder=6)
        drawn.target_kinds.add(st["kind"] if not (st["kind"] == "range" and not np.isfinite(r["high"])) else "exact")
    for _, r in b.iterrows():
        exact = comparator_style(r["comparator"])["kind"] == "exact"
        ax.plot([r["year"]], [r["value"]], linestyle="none", marker="s", markersize=_BASELINE_MS, color=BASELINE_COLOR,
                markerfacecolor=BASELINE_COLOR if exact else "white", markeredgecolor=BASELINE_COLOR,
                markeredgewidth=0.8, zorder=6, clip_on=False)
        if exact:
            drawn.baseline_exact = True
        else:
            _bound_caret(ax, r["year"], r["value"], r["comparator"], BASELINE_COLOR, zorder=6)
            drawn.baseline_bound = True


def _short_reason(reason) -> str:
    """The first clause of a verdict's reason: enough to say why a verdict is missing."""
    text = str(reason or "").split(";")[0]
    return text.split(": ")[0].strip()


def _verdict_lines(v: pd.DataFrame, lang: str, width_pt: float) -> list[str]:
    """Per target: the verdict of each method (methods that agree share a line), and why when there is none."""
    lines = []
    if v.empty:
        return lines
    sep = "：" if lang == "zh" else ": "
    keys = [c for c in ("target_value", "target_year", "comparator") if c in v.columns]
    groups = v.groupby(keys, sort=False, dropna=False) if keys else [((), v)]
    for _, rows in groups:
        r0 = rows.iloc[0]
        head = ""
        if pd.notna(r0.get("target_value")):
            head = f"{comparator_symbol(r0.get('comparator')) or '='}{_fmt(float(r0['target_value']), lang)}"
            if pd.notna(r0.get("target_year")):
                head += f"（{int(r0['target_year'])}年）" if lang == "zh" else f" ({int(r0['target_year'])})"
            head += sep
        outcomes: dict = {}
        for _, r in rows.iterrows():
            why = _short_reason(r.get("reason")) if r["verdict"] == "not_assessable" else ""
            outcomes.setdefault((r["verdict"], why), []).append(r.get("method"))
        parts, reasons = [], []
        for (verdict, why), methods in outcomes.items():
            text = label(f"verdict_{verdict}", lang) if f"verdict_{verdict}" in _VERDICT_KEYS else str(verdict)
            names = [label("method_" + m, lang) for m in methods if isinstance(m, str) and f"method_{m}" in _METHOD_KEYS]
            parts.append((("、" if lang == "zh" else ", ").join(names) + sep if names else "") + text)
            if why:
                reasons.append(why)
        lines.append(_fit_text(head + ("；" if lang == "zh" else "; ").join(parts), width_pt, 5))
        for why in dict.fromkeys(reasons):
            lines += ["  " + w for w in _wrap_measured(why, width_pt - 8, 5)[:2]]
    return lines


def _projection_legend(fig, drawn: _Drawn, city_names: dict, lang: str, ncols: int):
    """Legend entries for what the panels drew, each kind of value apart."""
    handles = []
    for city in dict.fromkeys(drawn.cities):
        st = _panel_style(city)
        handles.append(Line2D([], [], color=st["color"], lw=0.8, marker=st["marker"], markersize=_CITY_MS,
                              markeredgecolor="white", markeredgewidth=0.25,
                              label=label("observed_city", lang, city=city_names[city])))
    if drawn.bound_observed:
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=_CITY_MS, markerfacecolor="white",
                              markeredgecolor="#404040", markeredgewidth=0.8, label=label("observed_bound", lang)))
    if drawn.fitted:
        handles.append(Line2D([], [], color="#404040", lw=0.9, ls=_FIT_DASH, label=label("projected", lang)))
    if drawn.line_only:
        handles.append(Line2D([], [], color="#404040", lw=0.9, ls=_LINE_DOTS, label=label("projected_line", lang)))
    if drawn.band_pcts:
        pcts = {p for p in drawn.band_pcts if p is not None}
        text = label("interval", lang, pct=pcts.pop()) if len(pcts) == 1 and None not in drawn.band_pcts \
            else label("interval_generic", lang)
        handles.append(Patch(facecolor="#404040", alpha=0.2, lw=0, label=text))
    if drawn.baseline_exact:
        handles.append(Line2D([], [], linestyle="none", marker="s", markersize=_BASELINE_MS, color=BASELINE_COLOR,
                              label=label("baseline", lang)))
    if drawn.baseline_bound:
        handles.append(Line2D([], [], linestyle="none", marker="s", markersize=_BASELINE_MS, markerfacecolor="white",
                              markeredgecolor=BASELINE_COLOR, markeredgewidth=0.8, label=label("baseline_bound", lang)))
    handles += _comparator_handles(drawn.target_kinds | drawn.national_goal_kinds, lang,
                                   prefix=label("target", lang) + ("：" if lang == "zh" else ": "))
    if drawn.forecast:
        handles.append(Line2D([], [], linestyle="none", marker="x", markersize=_TARGET_MS, color="#404040",
                              markeredgewidth=0.9, label=label("forecast", lang)))
    if drawn.national_actual:
        handles.append(Line2D([], [], color=BASELINE_COLOR, lw=0.7, marker="o", markersize=1.8, markeredgewidth=0,
                              label=label("national_actual", lang)))
    if drawn.national_goal_kinds:
        st = comparator_style(">=" if "lower" in drawn.national_goal_kinds else "=")
        handles.append(Line2D([], [], linestyle="none", marker=st["marker"], markersize=3.4,
                              markeredgecolor=NATIONAL_COLOR, markeredgewidth=0.8,
                              markerfacecolor=NATIONAL_COLOR if st["filled"] else "white",
                              label=label("national_target", lang)))
    _legend(fig, handles, ncols=ncols)


def plot_projection(observed: pd.DataFrame, fits=None, targets: pd.DataFrame | None = None,
                    national: pd.DataFrame | None = None, verdicts: pd.DataFrame | None = None,
                    codebook: pd.DataFrame | None = None, lang: str = "en", width="double") -> Figure:
    """Observed values, their projection with its interval, the plan's baselines and targets, and the verdicts.

    ``observed``: long frame with city, year, value (and indicator_id, comparator; ``select_observed`` or
    ``project_indicators`` output): exact values are filled markers on a line, bounds (≥ 95) open markers
    with a caret. ``fits``: ``{city: TrendFit}``, ``{(city, indicator_id): TrendFit}`` or
    ``project_indicators`` output: a fitted trend is dashed with its band, a line through two observations
    dotted and labelled so. ``targets`` (compare_targets output): targets by comparator marker, forecasts as
    crosses, baselines as grey squares (open with a caret when a bound). ``national`` adds the national
    observed values (a line only through years with one value: disagreeing sources are never averaged) and
    targets in grey; a city named "China (national)" gets its own panel first. ``verdicts``
    (assess_targets output): one line per target and method, with the reason when there is no verdict.
    Rows are indicators, columns cities; the value axis never leaves the codebook's bounds.
    """
    _check_lang(lang)
    obs, indicators, fit_map, goals, bases, cities, nat_actual, nat_goal = _projection_inputs(
        observed, fits, targets, national)
    if targets is not None and "forecast" in targets.columns and len(goals):
        forecast_keys = {(str(c), i, float(y), float(v)) for c, i, y, v, f in zip(
            targets["city"], targets["indicator_id"], targets["target_year"], targets["target_value"],
            targets["forecast"]) if bool(f) and pd.notna(y) and pd.notna(v)}
        goals = goals.assign(forecast=[(str(c), i, float(y), float(v)) in forecast_keys for c, i, y, v in
                                       zip(goals["city"], goals["indicator_id"], goals["year"], goals["value"])])
    verdict_rows = verdicts if verdicts is not None and not verdicts.empty and "verdict" in verdicts.columns else None
    max_cols = 4
    n_cols = min(len(cities), max_cols)
    chunks = math.ceil(len(cities) / max_cols)
    fig_w, _ = figure_size(width)
    panel_h = 1.55
    drawn = _Drawn()
    names_from = next((f for f in (targets, verdicts, observed) if f is not None and "city_zh" in f.columns), None)
    city_names = {c: (label("national_panel", lang) if c == NATIONAL_PANEL else city_label(c, names_from, lang))
                  for c in cities}
    text_width = fig_w / max(n_cols, 1) * 72 - 6

    with house_style(lang):
        fig = Figure(figsize=(fig_w, len(indicators) * chunks * panel_h + 0.55), layout="constrained")
        axes = fig.subplots(len(indicators) * chunks, n_cols, squeeze=False)
        for i_ind, ind in enumerate(indicators):
            bounds = _bounds(codebook, ind)
            o_ind = obs[obs["indicator_id"].isna()] if ind is None else obs[obs["indicator_id"] == ind]
            g_ind, b_ind = goals[goals["indicator_id"] == ind], bases[bases["indicator_id"] == ind]
            xlim, ylim, na, ng = _row_limits(ind, o_ind, g_ind, b_ind, fit_map, nat_actual, nat_goal, bounds)
            unit = o_ind["unit_std"].dropna().iloc[0] if "unit_std" in o_ind.columns and o_ind["unit_std"].notna().any() \
                else (_codebook_value(codebook, ind, "unit") if codebook is not None else None)
            ylabel = _indicator_title(ind, codebook, unit, lang, (panel_h - 0.5) * 72, 6.0) if ind is not None \
                else label("value", lang)
            for i_city, city in enumerate(cities):
                ax = axes[i_ind * chunks + i_city // max_cols][i_city % max_cols]
                o = o_ind[o_ind["city"] == city].sort_values("year")
                g, b = g_ind[g_ind["city"] == city], b_ind[b_ind["city"] == city]
                fit = fit_map.get((city, ind))
                if o.empty and fit is None and g.empty:
                    ax.set_visible(False)
                    continue
                style = _panel_style(city)
                _setup_axis(ax, xlim, ylim, ylabel if i_city % max_cols == 0 else None, lang)
                if city != NATIONAL_PANEL:
                    _draw_national_context(ax, na, ng, drawn)
                notes = _draw_fit(ax, fit, o, style["color"], bounds, drawn, lang) if fit is not None else []
                if len(o):
                    _draw_observed(ax, o, style, drawn, city)
                else:
                    notes.append(label("no_observed", lang))
                _draw_plan_points(ax, g, b, style["color"], drawn)
                v = pd.DataFrame()
                if verdict_rows is not None:
                    v = verdict_rows[(verdict_rows["city"] == city) & (
                        (verdict_rows["indicator_id"] == ind) if "indicator_id" in verdict_rows else True)]
                lines = _verdict_lines(v, lang, text_width) + notes
                if lines:
                    ax.text(0.0, 1.0, "\n".join(lines), transform=ax.transAxes, ha="left", va="bottom",
                            fontsize=5, color="#333333", linespacing=1.25)
                ax.set_title(city_names[city], fontsize=7, loc="left", color=style["color"],
                             pad=3 + len(lines) * 5 * 1.25 + (1 if lines else 0))
            for k in range(len(cities), chunks * max_cols):
                if k % max_cols < n_cols:
                    axes[i_ind * chunks + k // max_cols][k % max_cols].set_visible(False)
        _projection_legend(fig, drawn, city_names, lang, ncols=4 if fig_w > 5 else 2)
    return fig


_VERDICT_KEYS = {f"verdict_{v}" for v in ("achieved", "on_track", "needs_acceleration", "limited_progress",
                                          "deterioration", "not_assessable")}
_METHOD_KEYS = {"method_eurostat", "method_unsd"}


_KIND_COLORS = {"target": "#0072B2", "baseline": "#8C8C8C", "actual": "#E69F00"}
_KIND_HATCH = {"target": "", "baseline": "////", "actual": ".."}


def plot_domain_counts(values: pd.DataFrame, city: str | None = None, lang: str = "en", width="single") -> Figure:
    """Stated values of one city (or all rows given) by domain, stacked by kind: targets, baselines, actuals.

    ``values`` is the targets table (or a subset); rows whose indicator is not in the codebook are counted
    apart, in a line under the axis (by kind), so nothing stated is hidden and they do not set the scale. A fact stated twice in one document (``restates_id``)
    counts once. Colour and hatching both encode the kind.
    """
    _check_lang(lang)
    frame = values if city is None else values[values["city"] == city]
    if {"restates_id", "target_id"} <= set(frame.columns):
        frame = distinct_facts(frame)
    _require(frame, "values", ("domain", "kind"), hint=f"no stated values for {city!r}" if city else "")
    unmapped = frame["domain"].isna()
    mapped = frame[~unmapped]
    counts = pd.crosstab(mapped["domain"].astype(object), mapped["kind"].astype(object)).reindex(
        columns=list(_KIND_COLORS), fill_value=0)
    order = counts.sum(axis=1).sort_values(kind="stable").index
    counts = counts.loc[order]
    xlabel = label("n_values", lang)
    if unmapped.any():  # counted apart, in the axis label, so they neither hide nor set the scale of the bars
        by_kind = frame.loc[unmapped, "kind"].astype(object).value_counts()
        parts = [f"{label(f'kind_{k}', lang)} {int(by_kind[k])}" for k in _KIND_COLORS if k in by_kind]
        xlabel += "\n" + label("unmapped_note", lang, n=int(unmapped.sum()), parts=", ".join(parts))
    with house_style(lang):
        fig = Figure(figsize=figure_size(width, aspect=max(0.35, 0.045 * len(counts) + 0.25)), layout="constrained")
        ax = fig.add_subplot()
        left = np.zeros(len(counts))
        for kind in _KIND_COLORS:
            widths = counts[kind].to_numpy()
            ax.barh(range(len(counts)), widths, left=left, color=_KIND_COLORS[kind], hatch=_KIND_HATCH[kind],
                    edgecolor="white", linewidth=0.3, label=label(f"kind_{kind}", lang))
            left += widths
        ax.set_yticks(range(len(counts)), [str(d).replace("_", " ") for d in counts.index])
        ax.set_xlabel(xlabel)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        if city:
            ax.set_title(label("profile_title", lang, city=city_label(city, values, lang)), loc="left")
        ax.legend(loc="lower right", frameon=False)
    return fig
