"""Target fulfilment: was each target of a year met, read against the outcome a document reports for that year?

A target (``kind == "target"`` with a year, an indicator and a place; forecasts, 预测, are not targets) is paired
with the observation (``analysis.observations``) of the same place, indicator, measure (a growth target with a
growth outcome, a level with a level), unit and year. The verdict follows the target's comparator:

- ``>=`` / ``>`` (以上, 不低于, 超过): met when the outcome is at or above (above) the target;
- ``<=`` / ``<`` (以内, 控制在…以下): met when at or below (below);
- ``=`` (a plain number): read by the indicator's direction (codebook ``direction``; a change of an indicator the
  codebook lacks by its own 增长 or 下降): reaching it is meeting it; with no known direction (a ``neutral``
  indicator such as consumer prices, whose 3%左右 is a ceiling in practice) the verdict is ``undetermined``;
- ``~`` (左右): met when the outcome reaches it; **met within tolerance** when it falls short by no more than
  the tolerance; by default half a unit of the target's last stated digit (6%左右: 0.5 points, so 5.5 % counts;
  6.5%左右: 0.05), because a number stated at that precision stands for everything that rounds to it; pass
  ``tolerance`` to use a fixed one instead;
- ``range`` (6%–6.5%): met when inside, or beyond it on the better side.

An outcome stated as a bound (超3100亿元) decides only when every value it allows gives the same verdict;
otherwise the verdict is ``undetermined``. A conflicting outcome (two reports disagree) gives ``conflicting
outcomes``, with both values; no outcome in the corpus gives ``not yet known``.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from plantargets.analysis.observations import (
    observations, series_indicator, signed_values, statement_measure, with_place,
)

__all__ = ["FULFILMENT_COLUMNS", "STATUSES", "fulfilment", "stated_tolerance"]

STATUSES = ("met", "met within tolerance", "missed", "undetermined", "conflicting outcomes", "not yet known")
FULFILMENT_COLUMNS = [
    "target_id", "city", "city_zh", "place_zh", "place_level", "parent_place_zh", "indicator_id", "indicator_zh", "measure",
    "year", "comparator", "target_value", "target_value_high", "unit_std", "better", "tolerance", "target_quote",
    "target_source", "target_doc_title", "observation_id", "outcome_comparator", "outcome_value",
    "outcome_values_stated", "outcome_quotes", "outcome_sources", "outcome_target_ids", "gap", "status", "reason",
]
_NUMBER = re.compile(r"\d+(?:\.(\d+))?")
_EPSILON = 1e-9  # floating-point noise in a comparison of two stated numbers


def stated_tolerance(number_text: str, scale: float = 1.0) -> float:
    """Half a unit of the last digit a number is stated to (``"6"`` → 0.5, ``"6.5"`` → 0.05), times ``scale``
    (the factor from the stated unit to the standard one, 万 → 10,000)."""
    match = _NUMBER.search(number_text or "")
    if not match:
        return math.nan
    decimals = len(match.group(1) or "")
    return 0.5 * 10 ** -decimals * scale


def _better(row, directions: dict[str, str]) -> str | None:
    """``higher`` or ``lower``: which side of the target is better; None when it cannot be told."""
    if row.comparator in (">", ">="):
        return "higher"
    if row.comparator in ("<", "<="):
        return "lower"
    codebook = directions.get(row.indicator_id) or directions.get(row.series_indicator)
    if codebook == "higher_is_better":
        return "higher"
    if codebook == "lower_is_better":
        return "lower"
    if codebook is None and row.measure == "growth":  # not in the codebook: a stated 增长 or 下降 says it
        return "lower" if row.direction == "decrease" else "higher"
    return None


def _outcome_interval(obs) -> tuple[float, float]:
    """The values an outcome allows: a point, a half-line for a bound, or a range."""
    value, high = float(obs.value), float(obs.value_high) if pd.notna(obs.value_high) else math.nan
    if obs.comparator in (">", ">="):
        return value, math.inf
    if obs.comparator in ("<", "<="):
        return -math.inf, value
    if obs.comparator == "range" and not math.isnan(high):
        return value, high
    return value, value


def _verdict_at(outcome: float, low: float, high: float, comparator: str, better: str,
                tolerance: float) -> str:
    """The verdict for one outcome value against a target (``low``; ``high`` for a range)."""
    if comparator == ">":
        return "met" if outcome > low + _EPSILON else "missed"
    if comparator == "<":
        return "met" if outcome < low - _EPSILON else "missed"
    if comparator == "range":
        inside = low - _EPSILON <= outcome <= high + _EPSILON
        beyond = outcome > high if better == "higher" else outcome < low
        return "met" if inside or beyond else "missed"
    reached = outcome >= low - _EPSILON if better == "higher" else outcome <= low + _EPSILON
    if reached:
        return "met"
    if comparator == "~" and abs(outcome - low) <= tolerance + _EPSILON:
        return "met within tolerance"
    return "missed"


def _judge(target, obs, better: str | None, tolerance: float) -> tuple[str, str, float]:
    """Status, reason and gap (outcome − target) of one target against its observation."""
    if obs is None:
        return "not yet known", "no outcome for this place, indicator and year in the corpus", math.nan
    if obs.status == "conflict":
        return "conflicting outcomes", f"the reports disagree: {obs.values_stated}", math.nan
    if better is None and target.comparator in ("=", "~", "range"):
        return "undetermined", "the codebook gives no direction for this indicator", math.nan
    low, high = float(target.target_value), float(target.target_value_high)
    # the verdict is monotone in the outcome, so the interval's two ends (an open side is infinite) decide it
    verdicts = {_verdict_at(v, low, high, target.comparator, better, tolerance) for v in _outcome_interval(obs)}
    gap = float(obs.value) - low if obs.comparator in ("=", "~") else math.nan
    if len(verdicts) > 1:
        return "undetermined", f"the outcome is stated as a bound ({obs.values_stated}) on both sides of the target", gap
    status = verdicts.pop()
    rule = {">": "above", ">=": "at or above", "<": "below", "<=": "at or below", "range": "inside the range or beyond it"}
    if target.comparator in rule:
        reason = f"the outcome must be {rule[target.comparator]} the target"
    else:
        side = "at or above" if better == "higher" else "at or below"
        reason = f"the outcome must be {side} the target ({better} is better)"
        if target.comparator == "~":
            reason += f"; 左右 allows a shortfall of {tolerance:g}"
    return status, reason, gap


def fulfilment(targets: pd.DataFrame, indicators: pd.DataFrame | None = None,
               tolerance: float | None = None) -> pd.DataFrame:
    """One row per target with a year: its outcome, a verdict (``STATUSES``) with the rule that gave it, and
    both provenances (the target's quote and span; every statement of the outcome)."""
    directions = {} if indicators is None else dict(zip(indicators["indicator_id"], indicators["direction"]))
    placed = with_place(targets)
    chosen = placed[(placed["kind"] == "target") & placed["year"].notna() & placed["indicator_id"].notna()
                    & placed["place_zh"].notna() & placed["value_std"].notna()
                    & (placed["commitment"].astype("string").fillna("") != "预测")].copy()
    if chosen.empty:
        return pd.DataFrame(columns=FULFILMENT_COLUMNS)
    chosen["measure"] = statement_measure(chosen)
    chosen["series_indicator"] = series_indicator(chosen, chosen["measure"])
    chosen["target_value"] = signed_values(chosen)
    chosen["target_value_high"] = signed_values(chosen, "value_high_std")
    observed = observations(targets)
    observed = observed[observed["series_kind"] == "observed"]
    by_key = {(r.place_zh, r.indicator_id, r.measure, r.unit_std if isinstance(r.unit_std, str) else "",
               int(r.year)): r for r in observed.itertuples()}
    rows = []
    for target in chosen.itertuples():
        unit = target.unit_std if isinstance(target.unit_std, str) else ""
        obs = by_key.get((target.place_zh, target.series_indicator, target.measure, unit, int(target.year)))
        better = _better(target, directions)
        if tolerance is not None:
            tol = float(tolerance)
        else:
            number = target.quote[target.value_char_start - target.char_start:target.value_char_end - target.char_start]
            scale = float(target.value_std) / float(target.value) if target.value else 1.0
            tol = stated_tolerance(number, abs(scale))
        status, reason, gap = _judge(target, obs, better, tol)
        rows.append({
            "target_id": target.target_id, "city": target.city, "city_zh": target.city_zh,
            "place_zh": target.place_zh,
            "place_level": target.place_level, "parent_place_zh": target.parent_place_zh,
            "indicator_id": target.indicator_id, "indicator_zh": target.indicator_zh, "measure": target.measure,
            "year": target.year, "comparator": target.comparator, "target_value": target.target_value,
            "target_value_high": target.target_value_high, "unit_std": unit or pd.NA, "better": better,
            "tolerance": tol if target.comparator == "~" else np.nan, "target_quote": target.quote,
            "target_source": f"{target.source_file}:{target.char_start}-{target.char_end}",
            "target_doc_title": target.doc_title,
            "observation_id": obs.observation_id if obs is not None else pd.NA,
            "outcome_comparator": obs.comparator if obs is not None else pd.NA,
            "outcome_value": obs.value if obs is not None else np.nan,
            "outcome_values_stated": obs.values_stated if obs is not None else pd.NA,
            "outcome_quotes": obs.quotes if obs is not None else pd.NA,
            "outcome_sources": obs.sources if obs is not None else pd.NA,
            "outcome_target_ids": obs.target_ids if obs is not None else pd.NA,
            "gap": gap, "status": status, "reason": reason,
        })
    frame = pd.DataFrame(rows, columns=FULFILMENT_COLUMNS)
    frame["year"] = frame["year"].astype("Int64")
    return frame

