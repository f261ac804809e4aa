"""Charts on small synthetic frames: encodings, reference lines, bounds, languages, and loud failure on empty input."""

from __future__ import annotations

import io
import warnings

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

from plantargets.analysis.project import TrendFit, fit_trend
from plantargets.plots import plot_coverage_heatmap, plot_dumbbells, plot_projection
from plantargets.plots.style import BASELINE_COLOR, NATIONAL_COLOR, city_style

RATE = "preschool_gross_enrollment_rate"
COUNT = "new_kindergarten_places"


@pytest.fixture
def codebook():
    return pd.DataFrame({
        "indicator_id": [RATE, COUNT],
        "name_en": ["Preschool gross enrollment rate", "New kindergarten places"],
        "name_zh": ["学前教育毛入园率", "新增幼儿园学位"],
        "unit": ["%", "个"],
        "direction": ["higher_is_better", "higher_is_better"],
        "lower_bound": [0.0, 0.0],
        "upper_bound": [100.0, np.nan],
    })


def _comparison(**overrides) -> pd.DataFrame:
    rows = pd.DataFrame({
        "city": ["Zhanjiang", "Sihui", "Guigang", "Sihui"],
        "city_zh": ["湛江市", "四会市", "贵港市", "四会市"],
        "indicator_id": [RATE, RATE, RATE, COUNT],
        "unit_std": ["%", "%", "%", "个"],
        "direction": "higher_is_better",
        "baseline_year": pd.array([2020, 2020, pd.NA, 2020], dtype="Int64"),
        "baseline_value": [88.0, 97.0, np.nan, 1000.0],
        "target_year": pd.array([2025, 2025, 2023, 2025], dtype="Int64"),
        "comparator": [">=", "=", "range", "~"],
        "target_value": [92.0, 99.0, 90.0, 5000.0],
        "target_value_high": [np.nan, np.nan, 95.0, np.nan],
    })
    for key, value in overrides.items():
        rows[key] = value
    return rows


def _national(year=2025, value=90.0) -> pd.DataFrame:
    return pd.DataFrame({"indicator_id": [RATE, RATE], "kind": ["target", "actual"], "year": [year, 2020],
                         "comparator": [">=", "="], "value": [value, 85.2]})


def _point_lines(ax, x=None, y=None):
    """Single-point Line2Ds (markers) of an axes, optionally at a given x or y."""
    out = []
    for line in ax.get_lines():
        xs, ys = np.asarray(line.get_xdata(), dtype=float), np.asarray(line.get_ydata(), dtype=float)
        if len(xs) != 1 or line.get_marker() in (None, "None", "", " "):
            continue
        if (x is None or np.isclose(xs[0], x)) and (y is None or np.isclose(ys[0], y)):
            out.append(line)
    return out


def _axes_with_title(fig: Figure, needle: str):
    return next(ax for ax in fig.axes if needle in ax.get_title(loc="left") and ax.get_visible())


# --- dumbbells -------------------------------------------------------------------------------------------

def test_dumbbell_markers_differ_by_comparator(codebook):
    fig = plot_dumbbells(_comparison(), codebook=codebook)
    ax = _axes_with_title(fig, "Preschool")
    at_least = _point_lines(ax, x=92.0)
    exactly = _point_lines(ax, x=99.0)
    assert len(at_least) == 1 and len(exactly) == 1
    ge, eq = at_least[0], exactly[0]
    assert (ge.get_marker(), ge.get_fillstyle()) != (eq.get_marker(), eq.get_fillstyle())
    assert ge.get_marker() == "^" and ge.get_markerfacecolor() == "white"        # open: "at least"
    assert eq.get_marker() == "o" and eq.get_markerfacecolor() == eq.get_markeredgecolor()  # filled: "exactly"
    assert ge.get_markeredgecolor().lower() == city_style("Zhanjiang")["color"].lower()


def test_dumbbell_draws_baseline_dot_line_and_range(codebook):
    fig = plot_dumbbells(_comparison(), codebook=codebook)
    ax = _axes_with_title(fig, "Preschool")
    grey = [l for l in _point_lines(ax) if l.get_color() == BASELINE_COLOR]
    assert sorted(float(l.get_xdata()[0]) for l in grey) == [88.0, 97.0]      # Guigang has no baseline: no dot
    segments = [tuple(np.asarray(l.get_xdata(), dtype=float)) for l in ax.get_lines() if len(l.get_xdata()) == 2]
    assert (88.0, 92.0) in segments                                          # baseline → target
    assert (90.0, 95.0) in segments                                          # range bar value..value_high


def test_dumbbell_national_line_only_where_a_national_target_exists(codebook):
    def national_lines(fig):
        ax = _axes_with_title(fig, "Preschool")
        return [l for l in ax.get_lines() if l.get_color() == NATIONAL_COLOR and l.get_linestyle() != "-"
                and len(set(np.asarray(l.get_xdata(), dtype=float))) == 1]

    with_line = national_lines(plot_dumbbells(_comparison(), national=_national(2025, 90.0), codebook=codebook))
    assert len(with_line) == 1 and float(with_line[0].get_xdata()[0]) == 90.0
    texts = [t.get_text() for t in _axes_with_title(
        plot_dumbbells(_comparison(), national=_national(), codebook=codebook), "Preschool").texts]
    assert any("National 2025" in t and "90" in t for t in texts)
    assert national_lines(plot_dumbbells(_comparison(), national=_national(2030, 90.0), codebook=codebook)) == []
    assert national_lines(plot_dumbbells(_comparison(), codebook=codebook)) == []


def test_dumbbell_handles_missing_baselines_everywhere(codebook):
    comp = _comparison(baseline_value=np.nan, baseline_year=pd.array([pd.NA] * 4, dtype="Int64"))
    fig = plot_dumbbells(comp, codebook=codebook)
    ax = _axes_with_title(fig, "Preschool")
    assert not [l for l in _point_lines(ax) if l.get_color() == BASELINE_COLOR]
    assert len(_point_lines(ax, x=92.0)) == 1


def test_dumbbell_axis_respects_bounds_and_big_numbers_are_readable(codebook):
    comp = _comparison(target_value=[99.5, 100.0, 90.0, 5_000_000.0])
    fig = plot_dumbbells(comp, codebook=codebook)
    assert _axes_with_title(fig, "Preschool").get_xlim()[1] <= 100.0
    ax = _axes_with_title(fig, "kindergarten places")
    _draw(fig)  # tick labels get their text at draw time
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert any(t.endswith(" m") or t.endswith("k") for t in ticks), ticks
    assert not any("e+" in t for t in ticks)


def _draw(fig: Figure) -> None:
    fig.savefig(io.BytesIO(), format="png", dpi=72)


def test_dumbbell_rows_are_cities_in_chinese(codebook):
    fig = plot_dumbbells(_comparison(), codebook=codebook, lang="zh")
    ax = _axes_with_title(fig, "学前教育毛入园率")
    assert {t.get_text() for t in ax.get_yticklabels()} == {"湛江市", "四会市", "贵港市"}
    assert "（%" in ax.get_title(loc="left")


def test_dumbbell_width_presets(codebook):
    assert plot_dumbbells(_comparison(), codebook=codebook).get_size_inches()[0] * 25.4 == pytest.approx(183)
    assert plot_dumbbells(_comparison(), codebook=codebook, width="single").get_size_inches()[0] * 25.4 == pytest.approx(89)


def test_dumbbell_conflicting_targets_share_the_city_row(codebook):
    comp = pd.concat([_comparison(), _comparison().iloc[[0]].assign(comparator="=", target_value=95.0)])
    ax = _axes_with_title(plot_dumbbells(comp, codebook=codebook), "Preschool")
    ys = [float(_point_lines(ax, x=v)[0].get_ydata()[0]) for v in (92.0, 95.0)]
    assert ys[0] != ys[1] and abs(ys[0] - ys[1]) < 1.0


def test_dumbbell_empty_input_raises(codebook):
    with pytest.raises(ValueError, match="empty"):
        plot_dumbbells(_comparison().iloc[0:0], codebook=codebook)
    with pytest.raises(ValueError):
        plot_dumbbells(_comparison(), codebook=codebook, indicators=["no_such_indicator"])
    with pytest.raises(ValueError):
        plot_dumbbells(None)
    with pytest.raises(ValueError, match="lang"):
        plot_dumbbells(_comparison(), lang="fr")


# --- coverage heatmap ------------------------------------------------------------------------------------

def _coverage():
    return pd.DataFrame({RATE: [1, 2, 0], COUNT: [0, 3, 0]},
                        index=pd.Index(["Guigang", "Sihui", "Zhanjiang"], name="city")).rename_axis(columns="indicator_id")


def test_heatmap_annotates_nonzero_counts_only(codebook):
    fig = plot_coverage_heatmap(_coverage(), codebook=codebook)
    ax = fig.axes[0]
    annotations = sorted(t.get_text() for t in ax.texts if t.get_text())
    assert annotations == ["1", "2", "3"]
    assert {t.get_text() for t in ax.get_xticklabels()} == {"Guigang", "Sihui", "Zhanjiang"}
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows == ["Preschool gross enrollment rate", "New kindergarten places"]   # shared by two cities first


def test_heatmap_in_chinese_and_split_into_blocks(codebook):
    fig = plot_coverage_heatmap(_coverage(), codebook=codebook, lang="zh", max_rows=1)
    assert len([ax for ax in fig.axes if ax.get_visible()]) == 2
    labels = {t.get_text() for ax in fig.axes for t in ax.get_xticklabels()}
    assert labels == {"贵港市", "四会市", "湛江市"}


def test_heatmap_empty_input_raises():
    with pytest.raises(ValueError, match="empty"):
        plot_coverage_heatmap(pd.DataFrame())
    with pytest.raises(ValueError):
        plot_coverage_heatmap(pd.DataFrame(index=["Sihui"]))


# --- projection ------------------------------------------------------------------------------------------

def _observed():
    return pd.DataFrame({"city": "Sihui", "indicator_id": RATE, "year": [2016, 2017, 2018, 2019, 2020],
                         "value": [90.0, 93.0, 95.5, 97.0, 99.0], "unit_std": "%"})


def _wild_fit() -> TrendFit:
    """A fit whose interval runs far outside 0–100 (as an unbounded model could give)."""
    table = pd.DataFrame({"year": pd.array([2021, 2022, 2023], dtype="Int64"), "value": [100.5, 102.0, 104.0],
                          "lower": [-5.0, -10.0, -20.0], "upper": [110.0, 120.0, 130.0],
                          "series_kind": "projected", "method": "ols"})
    return TrendFit(table, "OLS linear trend on original scale, 5 points; 95% prediction intervals", "ols", 5)


def test_projection_interval_stays_within_rate_bounds(codebook):
    fig = plot_projection(_observed(), {"Sihui": _wild_fit()}, codebook=codebook)
    ax = next(a for a in fig.axes if a.get_visible())
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert bands, "no interval band drawn"
    ys = np.concatenate([p.vertices[:, 1] for c in bands for p in c.get_paths()])
    assert ys.min() >= 0.0 and ys.max() <= 100.0
    lo, hi = ax.get_ylim()
    assert lo >= 0.0 and hi <= 100.0
    for line in ax.get_lines():
        y = np.asarray(line.get_ydata(), dtype=float)
        assert np.nanmax(y) <= 100.0 and np.nanmin(y) >= 0.0


def test_projection_band_is_not_clipped_without_bounds():
    """Control: without codebook bounds the same fit is drawn as given (so the test above can fail)."""
    fig = plot_projection(_observed(), {"Sihui": _wild_fit()})
    ax = next(a for a in fig.axes if a.get_visible())
    ys = np.concatenate([p.vertices[:, 1] for c in ax.collections if isinstance(c, PolyCollection)
                         for p in c.get_paths()])
    assert ys.max() > 100.0


def test_projection_is_dashed_observed_solid_and_targets_marked(codebook):
    observed = _observed()
    fit = fit_trend(observed["year"], observed["value"], 2025, bounds=(0, 100))
    targets = _comparison().query("city == 'Sihui' and indicator_id == @RATE")
    verdicts = targets.assign(verdict="on_track", method="eurostat")
    fig = plot_projection(observed, {("Sihui", RATE): fit}, targets=targets, national=_national(),
                          verdicts=verdicts, codebook=codebook)
    ax = next(a for a in fig.axes if a.get_visible())
    color = city_style("Sihui")["color"]
    city_lines = [l for l in ax.get_lines() if l.get_color() == color and len(l.get_xdata()) > 1]
    styles = {l.get_linestyle() for l in city_lines}
    assert "-" in styles and "--" in styles                                   # observed solid, projection dashed
    dashed = next(l for l in city_lines if l.get_linestyle() == "--")
    assert float(dashed.get_xdata()[0]) == 2020.0 and float(dashed.get_xdata()[-1]) == 2025.0
    assert len(_point_lines(ax, x=2025, y=99.0)) == 1                          # the "=" target at its year
    assert any("on track" in t.get_text() for t in ax.texts)
    grey = [l for l in ax.get_lines() if l.get_color() == BASELINE_COLOR]
    assert grey, "national series missing"


def test_projection_accepts_project_indicators_output_and_chinese(codebook):
    from plantargets.analysis.project import project_indicators

    observed = _observed()
    stacked = project_indicators(observed, 2025, codebook=codebook)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"(?s).*missing from font", category=UserWarning)
        fig = plot_projection(observed, stacked, codebook=codebook, lang="zh")
        _draw(fig)
    ax = next(a for a in fig.axes if a.get_visible())
    assert ax.get_title(loc="left") == "四会市" and ax.get_xlabel() == "年份"


def test_projection_notes_when_nothing_can_be_projected(codebook):
    observed = _observed().iloc[[0]]
    fit = fit_trend(observed["year"], observed["value"], 2025)
    fig = plot_projection(observed, {"Sihui": fit}, codebook=codebook)
    ax = next(a for a in fig.axes if a.get_visible())
    assert any("no projection" in t.get_text() for t in ax.texts)


def _legend_texts(fig) -> list[str]:
    return [t.get_text() for legend in fig.legends for t in legend.get_texts()]


def test_projection_draws_bounds_apart_from_points(codebook):
    # an exact 2019 value, a "≥ 99.76" 2023 statement, and a plan baseline stated as ">95"
    observed = pd.DataFrame({"city": "Zhanjiang", "indicator_id": RATE, "year": [2019, 2023],
                             "value": [96.0, 99.76], "comparator": ["=", ">="]})
    comparison = pd.DataFrame({"city": ["Zhanjiang"], "indicator_id": [RATE], "baseline_year": [2020],
                               "baseline_value": [95.0], "baseline_comparator": [">"], "target_year": [2025],
                               "comparator": ["="], "target_value": [98.0], "target_value_high": [np.nan],
                               "forecast": [False]})
    fig = plot_projection(observed, None, targets=comparison, codebook=codebook)
    _draw(fig)
    ax = next(a for a in fig.axes if a.get_visible())
    color = city_style("Zhanjiang")["color"]
    exact, bound = _point_lines(ax, x=2019, y=96.0), _point_lines(ax, x=2023, y=99.76)
    assert exact and exact[0].get_markerfacecolor() == color                  # a point: filled
    assert bound and bound[0].get_markerfacecolor() == "white"                # a bound: open …
    carets = [t for t in ax.texts if getattr(t, "arrow_patch", None) is not None]
    assert len(carets) == 2                                                   # … with an arrow, baseline too
    base = _point_lines(ax, x=2020, y=95.0)
    assert base and base[0].get_marker() == "s" and base[0].get_markerfacecolor() == "white"
    texts = _legend_texts(fig)
    assert any("stated as a bound" in t for t in texts) and any("Baseline, stated as a bound" in t for t in texts)
    # the exact-only line joins exact values, never the bound
    city_lines = [l for l in ax.get_lines() if len(l.get_xdata()) > 1 and l.get_color() == color]
    assert all(99.76 not in np.asarray(l.get_ydata(), dtype=float) for l in city_lines)


def test_a_line_through_two_points_is_dotted_and_not_called_a_trend(codebook):
    observed = _observed().iloc[[3, 4]]
    fit = fit_trend(observed["year"], observed["value"], 2025)
    fig = plot_projection(observed, {"Sihui": fit}, codebook=codebook)
    ax = next(a for a in fig.axes if a.get_visible())
    color = city_style("Sihui")["color"]
    projected = [l for l in ax.get_lines() if l.get_color() == color and len(l.get_xdata()) > 1
                 and float(l.get_xdata()[-1]) == 2025.0]
    assert projected and projected[0].get_linestyle() == ":"
    texts = _legend_texts(fig)
    assert any("Line through 2 observations" in t for t in texts)
    assert not any(t.startswith("Fitted trend") for t in texts)
    assert any("line through 2 observations" in t.get_text() for t in ax.texts)


def test_missing_verdicts_say_why_per_method(codebook):
    targets = _comparison().query("city == 'Sihui' and indicator_id == @RATE")
    verdicts = pd.concat([
        targets.assign(verdict="not_assessable", method="eurostat",
                       reason="baseline stated as a bound (>95, 2020): a growth rate needs an exact base value"),
        targets.assign(verdict="limited_progress", method="unsd", reason="ratio 0.000 = …"),
    ])
    fig = plot_projection(_observed(), None, targets=targets, verdicts=verdicts, codebook=codebook)
    ax = next(a for a in fig.axes if a.get_visible())
    text = "\n".join(t.get_text() for t in ax.texts)
    assert "Eurostat: not assessable" in text and "  baseline stated as a bound (>95, 2020)" in text
    assert "UNSD: limited progress" in text


def test_national_series_gets_its_own_panel_and_is_never_averaged(codebook):
    national = pd.DataFrame({"indicator_id": RATE, "kind": "actual", "year": [2010, 2010, 2012, 2013],
                             "comparator": "=", "value": [89.7, 91.1, 91.8, 92.3]})
    observed = pd.concat([_observed(), national.assign(city="China (national)")[["city", "indicator_id", "year", "value"]]])
    fig = plot_projection(observed, None, national=national, codebook=codebook)
    titles = [a.get_title(loc="left") for a in fig.axes if a.get_visible()]
    assert titles[0] == "China (national)"
    city_ax = next(a for a in fig.axes if a.get_visible() and a.get_title(loc="left") != "China (national)")
    grey_lines = [l for l in city_ax.get_lines() if l.get_color() == BASELINE_COLOR and len(l.get_xdata()) > 1
                  and l.get_linestyle() == "-"]
    ys = np.concatenate([np.asarray(l.get_ydata(), dtype=float) for l in grey_lines])
    assert not np.any(np.isclose(ys, 90.4))                                   # no mean of 89.7 and 91.1
    assert set(np.round(ys, 1)) == {91.8, 92.3}                               # the line joins single-source years
    national_ax = next(a for a in fig.axes if a.get_visible() and a.get_title(loc="left") == "China (national)")
    solid = [l for l in national_ax.get_lines() if l.get_linestyle() == "-" and len(l.get_xdata()) > 1]
    assert solid and all(2010.0 not in np.asarray(l.get_xdata(), dtype=float) for l in solid)
    assert len(_point_lines(national_ax, x=2010)) == 0                         # both 2010 values drawn, as points …
    assert sum(2010.0 in np.asarray(l.get_xdata(), dtype=float) for l in national_ax.get_lines()) == 1  # … not joined


def test_projection_refuses_empty_or_ambiguous_input(codebook):
    with pytest.raises(ValueError, match="empty"):
        plot_projection(_observed().iloc[0:0], {})
    with pytest.raises(ValueError):
        plot_projection(_observed().assign(value=np.nan), {})
    two = pd.concat([_observed(), _observed().assign(indicator_id=COUNT)])
    with pytest.raises(ValueError, match="indicator"):
        plot_projection(two, {"Sihui": _wild_fit()})


def test_domain_counts_stack_kinds_and_keep_unmapped_values():
    import warnings

    from plantargets.plots import plot_domain_counts
    values = pd.DataFrame({
        "city": ["Sihui"] * 5 + ["Guigang"],
        "domain": ["preschool", "preschool", "teachers", None, "teachers", "preschool"],
        "kind": ["target", "baseline", "target", "target", "actual", "target"],
        "city_zh": ["四会市"] * 5 + ["贵港市"],
    })
    fig = plot_domain_counts(values, city="Sihui")
    ax = fig.axes[0]
    widths = sorted(round(p.get_width()) for p in ax.patches if p.get_width() > 0)
    assert sum(widths) == 4  # the Guigang row is not counted; the unmapped one is counted apart …
    assert "not in the codebook" not in [t.get_text() for t in ax.get_yticklabels()]
    assert "and 1 value(s) not in the codebook\n(Targets 1)" in ax.get_xlabel()  # … under the axis, not hidden
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig_zh = plot_domain_counts(values, city="Sihui", lang="zh")
        fig_zh.savefig(__import__("io").BytesIO(), format="png")
    with pytest.raises(ValueError):
        plot_domain_counts(values, city="Zhanjiang")


def test_dumbbell_draws_a_bound_baseline_open_with_an_arrow_and_a_forecast_as_a_cross(codebook):
    comparison = _comparison().assign(baseline_comparator=["=", ">", "=", "="], forecast=[False, False, False, True])
    fig = plot_dumbbells(comparison, codebook=codebook)
    _draw(fig)
    ax = _axes_with_title(fig, "Preschool")
    bound = [l for l in _point_lines(ax) if l.get_color() == BASELINE_COLOR and l.get_markerfacecolor() == "white"]
    assert len(bound) == 1 and any(getattr(t, "arrow_patch", None) is not None for t in ax.texts)
    texts = _legend_texts(fig)
    assert "Baseline, stated as a bound" in texts and "Forecast, not a target" in texts


def test_domain_counts_count_a_restated_fact_once():
    from plantargets.plots import plot_domain_counts
    values = pd.DataFrame({
        "city": ["Sihui"] * 3, "domain": ["preschool"] * 3, "kind": ["target"] * 3, "city_zh": ["四会市"] * 3,
        "target_id": ["v_table", "v_sentence", "v_other"], "value_std": [98.0, 98.0, 85.0],
        "restates_id": [pd.NA, "v_table", pd.NA],
    })
    ax = plot_domain_counts(values, city="Sihui").axes[0]
    assert sum(round(p.get_width()) for p in ax.patches) == 2  # the sentence restating the table is not counted
