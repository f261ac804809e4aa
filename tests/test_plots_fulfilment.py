"""The target-against-outcome figure: one panel per indicator and measure, the verdict told by marker shape."""

from __future__ import annotations

import pandas as pd
import pytest

from plantargets.plots.fulfilment import STATUS_STYLE, plot_fulfilment


def row(indicator, year, status, target=6.0, outcome=5.8, comparator="~", measure="growth", unit="%", **extra):
    return {"indicator_id": indicator, "measure": measure, "unit_std": unit, "year": year, "comparator": comparator,
            "target_value": target, "target_value_high": float("nan"), "tolerance": 0.5, "better": "higher",
            "status": status, "outcome_value": outcome, "outcome_comparator": "=", **extra}


def _markers(ax) -> list[tuple[str, str]]:
    return [(line.get_marker(), line.get_fillstyle()) for line in ax.get_lines() if line.get_marker() not in ("None", None, "")]


def test_each_verdict_has_its_own_marker_shape_or_fill():
    shapes = {(marker, fill) for marker, fill, _ in STATUS_STYLE.values()}
    assert len(shapes) == len(STATUS_STYLE)  # distinguishable without colour


def test_one_panel_per_indicator_and_measure_with_the_verdicts_drawn():
    table = pd.DataFrame([row("gdp", 2023, "met within tolerance"), row("gdp", 2024, "missed", outcome=4.0),
                          row("gdp", 2023, "not yet known", target=3000, outcome=float("nan"), comparator=">=",
                              measure="level", unit="元")])
    figure = plot_fulfilment(table)
    panels = [ax for ax in figure.axes if ax.get_visible()]
    assert len(panels) == 2  # gdp growth, gdp level
    growth = next(ax for ax in panels if "growth" in ax.get_title(loc="left"))
    drawn = _markers(growth)
    assert (STATUS_STYLE["missed"][0], "full") in drawn and (STATUS_STYLE["met within tolerance"][0], "left") in drawn
    level = next(ax for ax in panels if ax is not growth)
    assert _markers(level) == [("^", "full")]  # the ≥ target alone: no outcome yet, no outcome marker
    assert [t.get_text() for t in growth.get_xticklabels()] == ["2023", "2024"]


def test_panels_past_the_limit_are_counted_in_a_note():
    table = pd.DataFrame([row(f"indicator_{i}", 2023, "met", outcome=6.5) for i in range(5)])
    figure = plot_fulfilment(table, max_panels=3)
    assert sum(ax.get_visible() for ax in figure.axes) == 3
    assert "2 more indicators" in figure._suptitle.get_text()


def test_an_empty_table_is_an_error():
    with pytest.raises(ValueError, match="empty"):
        plot_fulfilment(pd.DataFrame(columns=["indicator_id"]))
