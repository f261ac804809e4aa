"""Figures layer: the house style (colours, sizes, fonts, bilingual labels, deterministic export) and the charts.

>>> import plantargets
>>> from plantargets.analysis import compare_targets, coverage_matrix
>>> from plantargets.plots import plot_dumbbells, plot_coverage_heatmap, export_figure
>>> targets, codebook = plantargets.load(), plantargets.load("indicators")
>>> comparison = compare_targets(targets, codebook=codebook)
>>> fig = plot_dumbbells(comparison, national=plantargets.load("national"), codebook=codebook, lang="zh")
>>> export_figure(fig, "dumbbells-zh", "reports/figures")

Charts take DataFrames and return matplotlib Figures (no pyplot state); English by default, Chinese with
``lang="zh"``. Empty input raises ValueError.
"""

from __future__ import annotations

from plantargets.plots.charts import plot_coverage_heatmap, plot_domain_counts, plot_dumbbells, plot_projection
from plantargets.plots.style import (
    CITY_COLORS, COLUMN_WIDTH_MM, MARKERS, OKABE_ITO, city_label, city_style, comparator_style, export_figure,
    figure_size, figure_stem, house_style, indicator_label, label, use_house_style,
)

__all__ = [
    "OKABE_ITO", "CITY_COLORS", "MARKERS", "COLUMN_WIDTH_MM",
    "city_style", "comparator_style", "figure_size", "use_house_style", "house_style", "export_figure", "figure_stem",
    "label", "indicator_label", "city_label",
    "plot_dumbbells", "plot_coverage_heatmap", "plot_projection", "plot_domain_counts",
]
