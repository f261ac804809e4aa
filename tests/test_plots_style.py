"""House style: palette, sizes, fonts, bilingual labels and deterministic, embeddable exports."""

from __future__ import annotations

import io
import re
import struct
import warnings
import xml.etree.ElementTree as ET

import matplotlib as mpl
import pandas as pd
import pytest
from matplotlib import font_manager
from matplotlib.figure import Figure

from plantargets.plots import style
from plantargets.plots.style import (
    CITY_COLORS, COLUMN_WIDTH_MM, MARKERS, OKABE_ITO, city_label, city_style, comparator_style, export_figure,
    figure_size, figure_stem, house_style, indicator_label, label, use_house_style,
)

SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def restore_rc():
    """Global rcParams as they were before the test (use_house_style changes them on purpose)."""
    with mpl.rc_context():
        yield


def _figure(width="single", text="Baseline 96%", lang="en") -> Figure:
    with house_style(lang):
        fig = Figure(figsize=figure_size(width))
        ax = fig.subplots()
        ax.plot([2020, 2025], [95.0, 96.0], marker="o")
        ax.set_title(text)
        ax.set_xlabel(label("year", lang))
        ax.set_ylabel(label("target", lang))
    return fig


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def _pdf_font_names(data: bytes) -> set[str]:
    return {m.decode("ascii", "replace") for m in re.findall(rb"/BaseFont\s*/([^\s/<>\[\]]+)", data)}


# --- palette and markers ---------------------------------------------------------------------------------

def test_okabe_ito_is_the_published_palette_in_order():
    assert OKABE_ITO == ("#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
    assert set(CITY_COLORS) <= set(OKABE_ITO)
    assert "#F0E442" not in CITY_COLORS  # yellow is unreadable as a line on white


def test_markers_pair_one_to_one_with_city_colours_and_avoid_comparator_shapes():
    assert len(MARKERS) == len(CITY_COLORS) == len(set(MARKERS))
    comparator_markers = {comparator_style(c)["marker"] for c in (">=", "=", "~", "<=")}
    assert not comparator_markers & set(MARKERS)


def test_city_style_is_stable_distinct_and_language_blind():
    styles = [city_style(c) for c in ("Zhanjiang", "Sihui", "Guigang")]
    assert len({s["color"] for s in styles}) == 3 and len({s["marker"] for s in styles}) == 3
    assert city_style("Zhanjiang") == city_style("Zhanjiang") == city_style("湛江市")
    unknown = city_style("Atlantis")
    assert unknown == city_style("Atlantis")
    assert unknown["color"] in CITY_COLORS and MARKERS[CITY_COLORS.index(unknown["color"])] == unknown["marker"]


def test_comparator_styles():
    assert comparator_style(">=")["marker"] != comparator_style("=")["marker"]
    assert comparator_style(">=")["filled"] is False and comparator_style("=")["filled"] is True
    assert comparator_style(">")["marker"] == comparator_style(">=")["marker"] == "^"
    assert comparator_style("<")["marker"] == comparator_style("<=")["marker"] == "v"
    assert comparator_style("~")["marker"] == "D"
    assert comparator_style(">;>=")["kind"] == "lower"
    mixed = comparator_style(">=;=")
    assert mixed["kind"] == "mixed" and mixed["fillstyle"] not in ("full", "none")
    assert comparator_style(None)["kind"] == "exact"


# --- sizes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("preset", ["single", "double"])
def test_figure_size_matches_column_width(preset):
    w, h = figure_size(preset)
    assert w * 25.4 == pytest.approx(COLUMN_WIDTH_MM[preset])
    assert h == pytest.approx(w * 0.62)
    assert COLUMN_WIDTH_MM == {"single": 89, "double": 183}


def test_figure_size_takes_millimetres_and_refuses_nonsense():
    assert figure_size(120, aspect=1.0) == pytest.approx((120 / 25.4, 120 / 25.4))
    with pytest.raises(ValueError):
        figure_size("triple")
    with pytest.raises(ValueError):
        figure_size(-5)
    with pytest.raises(ValueError):
        figure_size("single", aspect=0)


# --- rcParams --------------------------------------------------------------------------------------------

def test_use_house_style_sets_fonts_sizes_and_output(restore_rc):
    use_house_style()
    rc = mpl.rcParams
    assert rc["pdf.fonttype"] == 42 and rc["ps.fonttype"] == 42 and rc["svg.fonttype"] == "none"
    assert rc["svg.hashsalt"] and rc["axes.unicode_minus"] is False
    for key in ("xtick.labelsize", "ytick.labelsize", "legend.fontsize"):
        assert 5 <= float(rc[key]) <= 6
    assert 6 <= float(rc["axes.labelsize"]) <= 7 and float(rc["axes.titlesize"]) == 7
    assert rc["axes.linewidth"] <= 0.6 and rc["lines.linewidth"] <= 1.0
    sans = list(rc["font.sans-serif"])
    assert sans.index(style.LATIN_FONT) < sans.index(style.CJK_FONT)
    assert style.CJK_FONT in rc["font.family"]


def test_use_house_style_is_idempotent(restore_rc):
    use_house_style()
    first = {k: v for k, v in mpl.rcParams.items()}
    n_fonts = len(font_manager.fontManager.ttflist)
    use_house_style()
    use_house_style("zh")
    assert {k: v for k, v in mpl.rcParams.items()} == first
    assert len(font_manager.fontManager.ttflist) == n_fonts


def test_house_style_context_leaves_global_rc_alone(restore_rc):
    mpl.rcParams["pdf.fonttype"] = 3
    with house_style():
        assert mpl.rcParams["pdf.fonttype"] == 42
    assert mpl.rcParams["pdf.fonttype"] == 3


def test_cjk_font_is_the_truetype_collection():
    path = style.cjk_font_path()
    assert path is not None and path.name == "wqy-microhei.ttc"
    assert path.read_bytes()[:4] == b"ttcf"


# --- labels ----------------------------------------------------------------------------------------------

def test_labels_english_by_default_chinese_on_request():
    assert label("baseline") == "Baseline"
    assert label("year", "zh") == "年份"
    assert label("national_target", "zh") == "全国目标"
    assert label("interval", pct=95) == "95% prediction interval"
    with pytest.raises(KeyError, match="known"):
        label("no-such-key")
    with pytest.raises(ValueError):
        label("year", "fr")


def test_indicator_and_city_labels():
    codebook = pd.DataFrame({"indicator_id": ["youth_myopia_rate"], "name_en": ["Overall myopia rate"],
                             "name_zh": ["总体近视率"]})
    assert indicator_label("youth_myopia_rate", codebook) == "Overall myopia rate"
    assert indicator_label("youth_myopia_rate", codebook, "zh") == "总体近视率"
    assert indicator_label("class_size") == "Class size"
    targets = pd.DataFrame({"city": ["Sihui"], "city_zh": ["四会市"]})
    assert city_label("Sihui", targets, "zh") == "四会市"
    assert city_label("Sihui", targets) == "Sihui"
    assert city_label("Zhanjiang", None, "zh") == "湛江市"  # packaged city list
    assert city_label("湛江市", None, "en") == "Zhanjiang"
    assert city_label("Atlantis", None, "zh") == "Atlantis"


# --- export ----------------------------------------------------------------------------------------------

def test_figure_stem_and_path_traversal():
    assert figure_stem("Dumbbells: Shared (EN)") == "dumbbells-shared-en"
    assert figure_stem("fig_2 v1") == "fig-2-v1"
    for bad in ("../x", "a/b", "..", "a\\b", "~x", "", "   ", "湛江"):
        with pytest.raises(ValueError):
            figure_stem(bad)


def test_export_refuses_names_escaping_out_dir(tmp_path):
    out = tmp_path / "figs"
    with pytest.raises(ValueError):
        export_figure(_figure(), "../x", out)
    assert not (tmp_path / "x.pdf").exists() and not any(tmp_path.rglob("x.*"))


def test_export_refuses_unknown_formats(tmp_path):
    with pytest.raises(ValueError, match="format"):
        export_figure(_figure(), "f", tmp_path, formats=("pdf", "jpg"))


def test_export_writes_valid_pdf_svg_png(tmp_path):
    out = tmp_path / "new" / "dir"
    paths = export_figure(_figure("single", "Target ≥ 96%"), "Fig 1", out)
    assert [p.name for p in paths] == ["fig-1.pdf", "fig-1.svg", "fig-1.png"]
    pdf, svg, png = (p.read_bytes() for p in paths)

    assert pdf.startswith(b"%PDF-")
    assert b"/FontFile2" in pdf               # TrueType embedded (Type 42)
    assert b"/Type3" not in pdf and b"/FontFile3" not in pdf
    assert b"CreationDate" not in pdf

    root = ET.fromstring(svg)
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG_NS}text")]
    assert "Target ≥ 96%" in texts and "Year" in texts
    assert b"DejaVuSans-" not in svg          # no glyphs converted to paths
    assert b"<dc:date>" not in svg

    w, h = _png_size(png)
    # Agg renders floor(inches × dpi) pixels: 89 mm at 300 dpi is 1051 px wide
    assert w == int(89 / 25.4 * 300) == 1051 and h == int(89 / 25.4 * 0.62 * 300)
    assert b"Software" not in png and b"tIME" not in png


def test_png_width_follows_double_preset_and_dpi(tmp_path):
    (path,) = export_figure(_figure("double"), "wide", tmp_path, formats=("png",), dpi=150)
    w, _ = _png_size(path.read_bytes())
    assert w == int(183 / 25.4 * 150) == 1080


def test_reexport_is_byte_identical(tmp_path):
    first = export_figure(_figure(text="湛江市 Zhanjiang", lang="zh"), "det", tmp_path / "a")
    again = export_figure(_figure(text="湛江市 Zhanjiang", lang="zh"), "det", tmp_path / "b")
    for a, b in zip(first, again):
        assert a.read_bytes() == b.read_bytes(), a.suffix


def test_chinese_text_embeds_wenquanyi_without_missing_glyphs(tmp_path):
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"(?s).*missing from font", category=UserWarning)
        fig = _figure(text="湛江市：目标值 ≥ 96%（2025年）", lang="zh")
        paths = export_figure(fig, "zh", tmp_path)
    pdf = paths[0].read_bytes()
    fonts = _pdf_font_names(pdf)
    assert any("WenQuanYiMicroHei" in f for f in fonts), fonts
    assert any("DejaVuSans" in f for f in fonts), fonts
    assert b"/Type3" not in pdf


def test_missing_glyph_check_can_fail():
    """Control: the same text without the CJK fallback does raise, so the test above is meaningful."""
    with mpl.rc_context({"font.family": ["DejaVu Sans"]}):
        fig = Figure(figsize=figure_size())
        fig.subplots().set_title("湛江市")
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=r"(?s).*missing from font", category=UserWarning)
            with pytest.raises(UserWarning, match="missing from font"):
                fig.savefig(io.BytesIO(), format="png")
