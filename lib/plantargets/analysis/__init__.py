"""Analysis layer: cross-city comparison, trend projections and on-track assessment of plan targets.

>>> import plantargets
>>> from plantargets.analysis import compare_targets, assess_targets, select_observed
>>> targets = plantargets.load()
>>> comparison = compare_targets(targets, codebook=plantargets.load("indicators"))
>>> verdicts = assess_targets(comparison, select_observed(targets))

Pure functions over pandas DataFrames: no file access, no plotting.
"""

from __future__ import annotations

from plantargets.analysis.assess import (
    VERDICTS, Assessment, assess_progress, assess_targets, assessment_methods, method_thresholds,
)
from plantargets.analysis.fulfilment import STATUSES, fulfilment
from plantargets.analysis.observations import observations
from plantargets.analysis.compare import (
    compare_targets, coverage_matrix, distinct_facts, national_observed, own_place_rows, select_observed,
    shared_indicators,
)
from plantargets.analysis.project import (
    HOLT_MIN_POINTS, MIN_TREND_POINTS, SERIES_KINDS, TrendFit, fit_trend, genuine_observations, project_indicators,
    stack_series,
)

__all__ = [
    "compare_targets", "coverage_matrix", "shared_indicators", "select_observed", "own_place_rows",
    "distinct_facts", "national_observed",
    "TrendFit", "fit_trend", "stack_series", "project_indicators", "genuine_observations", "SERIES_KINDS",
    "MIN_TREND_POINTS", "HOLT_MIN_POINTS",
    "Assessment", "assess_progress", "assess_targets", "assessment_methods", "method_thresholds", "VERDICTS",
    "observations", "fulfilment", "STATUSES",
]
