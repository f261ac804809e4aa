"""One house style for every figure: colours, markers, sizes, fonts, labels in English or Chinese, export.

Figures are sized to journal columns (89 mm single, 183 mm double), set in 5–7 pt type, and exported so
that text stays text: TrueType (Type 42) fonts in PDF and PostScript, ``<text>`` elements in SVG. Chinese
labels use WenQuanYi Micro Hei (from the ``mpl-font`` package) as a fallback behind the Latin font, so
mixed labels such as ``湛江市 ≥ 96%`` render with no missing glyphs. Exports are byte-identical on re-run.

>>> from plantargets.plots import use_house_style, export_figure
>>> use_house_style()                                   # optional: charts apply the style themselves
>>> export_figure(fig, "dumbbells-shared", "reports/figures")   # -> [….pdf, ….svg, ….png]
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from cycler import cycler
from matplotlib import font_manager

from plantargets import names

__all__ = [
    "OKABE_ITO", "OKABE_ITO_NAMES", "CITY_COLORS", "MARKERS", "KNOWN_CITIES", "COLUMN_WIDTH_MM", "LANGS",
    "BASELINE_COLOR", "NATIONAL_COLOR", "LATIN_FONT", "CJK_FONT",
    "city_style", "comparator_style", "comparator_symbol", "figure_size", "house_rc", "house_style",
    "use_house_style", "cjk_font_path", "figure_stem", "export_figure", "label", "indicator_label", "city_label",
    "unit_label",
]

# --- colours and markers ---------------------------------------------------------------------------------

OKABE_ITO = ("#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
"""The eight Okabe–Ito colours, in their published order (black, orange, sky blue, bluish green, yellow,
blue, vermillion, reddish purple): distinguishable with the common colour-vision deficiencies."""

OKABE_ITO_NAMES = ("black", "orange", "sky blue", "bluish green", "yellow", "blue", "vermillion", "reddish purple")

CITY_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
"""Okabe–Ito colours in the order cities take them: yellow is left out (too light on white) and black comes
last (black and grey are the baseline and national reference elements)."""

MARKERS = ("s", "P", "X", "p", "h", "*", ">")
"""Marker shapes paired one-to-one with ``CITY_COLORS``, so a city stays recognisable in greyscale.

None of them is a shape that encodes a comparator (circle, diamond, up/down triangle): a city's observed
values can never be read as a target statement."""

KNOWN_CITIES = ("Zhanjiang", "Sihui", "Guigang", "Zhaoqing", "Guangzhou", "Maoming", "Nanning")
"""Cities with a fixed style, in corpus order; new cities are appended here (never inserted) so no city's
colour changes. Others get a style from a stable hash of their name."""

BASELINE_COLOR = "#8C8C8C"
NATIONAL_COLOR = "#595959"

# Comparator → how a target is drawn. Lower bounds point up (open), upper bounds down (open): the open
# shape says "at least / at most", a filled one "exactly / about".
_COMPARATOR_KIND = {">=": "lower", ">": "lower", "=": "exact", "~": "approx", "<=": "upper", "<": "upper",
                    "range": "range"}
_KIND_MARKER = {
    "lower": {"marker": "^", "filled": False},
    "exact": {"marker": "o", "filled": True},
    "approx": {"marker": "D", "filled": True},
    "upper": {"marker": "v", "filled": False},
    "range": {"marker": "|", "filled": True},
}
_SYMBOL = {">=": "≥", ">": ">", "=": "", "~": "≈", "<=": "≤", "<": "<", "range": ""}


def city_style(city: str) -> dict:
    """Colour and marker of a city, the same in every figure: ``{"color": "#0072B2", "marker": "s"}``.

    Known cities (``KNOWN_CITIES``, English or Chinese name) take their fixed position; any other name a
    position from the MD5 of the name (stable across runs and machines, unlike ``hash``).
    """
    name = _english_city(str(city))
    if name in KNOWN_CITIES:
        i = KNOWN_CITIES.index(name) % len(CITY_COLORS)
    else:
        i = int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16) % len(CITY_COLORS)
    return {"color": CITY_COLORS[i], "marker": MARKERS[i]}


def comparator_style(comparator) -> dict:
    """How a target with this comparator is drawn: ``kind``, ``marker``, ``filled`` (else a white face, so
    an open marker reads "at least / at most") and the matplotlib ``fillstyle``.

    Joined comparators from merged statements (``">;>="``) take their common kind; statements of different
    kinds (``">=;="``) take the first inequality's marker half-filled (kind ``mixed``). Unknown or missing:
    exact.
    """
    parts = [p.strip() for p in str(comparator).split(";") if p.strip()] if pd.notna(comparator) else []
    kinds = [_COMPARATOR_KIND.get(p, "exact") for p in parts] or ["exact"]
    if len(set(kinds)) == 1:
        return dict(_KIND_MARKER[kinds[0]], kind=kinds[0], fillstyle="full")
    first = next((k for k in kinds if k not in ("exact", "approx")), kinds[0])
    marker = _KIND_MARKER[first]["marker"] if first != "range" else "o"
    return {"kind": "mixed", "marker": marker, "filled": False, "fillstyle": "left"}


def comparator_symbol(comparator) -> str:
    """The comparator as a symbol before a number: ≥, >, ≈, ≤, < (nothing for = and range); joined ones: the first."""
    if comparator is None or (not isinstance(comparator, str) and pd.isna(comparator)):
        return ""
    first = str(comparator).split(";")[0].strip()
    return _SYMBOL.get(first, "")


# --- sizes -----------------------------------------------------------------------------------------------

COLUMN_WIDTH_MM = {"single": 89, "double": 183}
MM_PER_INCH = 25.4


def figure_size(width="single", aspect: float = 0.62) -> tuple[float, float]:
    """(width, height) in inches for a journal column preset (``"single"`` 89 mm, ``"double"`` 183 mm) or a
    width in millimetres; height = width × ``aspect``."""
    if isinstance(width, str):
        if width not in COLUMN_WIDTH_MM:
            raise ValueError(f"unknown width {width!r}; choose one of {', '.join(COLUMN_WIDTH_MM)} or give millimetres")
        mm = COLUMN_WIDTH_MM[width]
    else:
        mm = float(width)
        if not mm > 0:
            raise ValueError(f"width must be positive, got {width!r}")
    if not aspect > 0:
        raise ValueError(f"aspect must be positive, got {aspect!r}")
    w = mm / MM_PER_INCH
    return w, w * float(aspect)


# --- fonts and rcParams ----------------------------------------------------------------------------------

LANGS = ("en", "zh")
LATIN_FONT = "DejaVu Sans"          # ships with matplotlib: the same metrics on every machine, TrueType
CJK_FONT = "WenQuanYi Micro Hei"    # TrueType collection from mpl-font; embeds as Type 42
_CJK_RESOURCE = ("mpl_font", "fonts/wqy/wqy-microhei.ttc")
SVG_HASHSALT = "plantargets"


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown lang {lang!r}; choose one of {', '.join(LANGS)}")
    return lang


def cjk_font_path() -> Path | None:
    """Path of the WenQuanYi Micro Hei TrueType collection shipped by ``mpl-font``; None when not installed."""
    package, rel = _CJK_RESOURCE
    try:
        path = Path(str(resources.files(package).joinpath(rel)))
    except (ModuleNotFoundError, TypeError):
        return None
    return path if path.is_file() else None


def _register_cjk_font(required: bool) -> bool:
    """Add the CJK font to matplotlib's font manager once; True when it is available."""
    path = cjk_font_path()
    if path is None:
        if required:
            raise RuntimeError(f"Chinese labels need the {CJK_FONT} font from the 'mpl-font' package "
                               "(pip install mpl-font); it is not installed")
        return False
    known = {str(Path(f.fname).resolve()) for f in font_manager.fontManager.ttflist}
    if str(path.resolve()) not in known:
        font_manager.fontManager.addfont(str(path))
    return True


def house_rc(lang: str = "en") -> dict:
    """The house rcParams: seaborn ``ticks`` on ``paper``, 5–7 pt type, thin lines, embeddable fonts, the
    CJK font after the Latin one (fallback for missing glyphs), fixed SVG hash salt, Okabe–Ito cycle."""
    import seaborn as sns

    _check_lang(lang)
    has_cjk = _register_cjk_font(required=(lang == "zh"))
    fonts = [LATIN_FONT] + ([CJK_FONT] if has_cjk else [])
    rc = {}
    rc.update(sns.axes_style("ticks"))
    rc.update(sns.plotting_context("paper"))
    rc.update({
        # fonts: Latin first, CJK as fallback; family lists both so glyph fallback works in every backend
        "font.family": ["sans-serif"] + ([CJK_FONT] if has_cjk else []),
        "font.sans-serif": fonts + ["DejaVu Sans", "sans-serif"],
        "axes.unicode_minus": False,
        "text.parse_math": False,        # data strings with $ stay literal
        "pdf.fonttype": 42, "ps.fonttype": 42, "svg.fonttype": "none", "svg.hashsalt": SVG_HASHSALT,
        "pdf.use14corefonts": False,
        # type: 5–7 pt
        "font.size": 6, "axes.titlesize": 7, "axes.labelsize": 6.5, "xtick.labelsize": 5.5, "ytick.labelsize": 5.5,
        "legend.fontsize": 5.5, "legend.title_fontsize": 6, "figure.titlesize": 7,
        "axes.titlepad": 3, "axes.labelpad": 2,
        # thin lines
        "axes.linewidth": 0.5, "grid.linewidth": 0.4, "lines.linewidth": 0.8, "lines.markersize": 3.5,
        "lines.markeredgewidth": 0.6, "patch.linewidth": 0.5, "hatch.linewidth": 0.5,
        "xtick.major.width": 0.5, "ytick.major.width": 0.5, "xtick.minor.width": 0.4, "ytick.minor.width": 0.4,
        "xtick.major.size": 2.5, "ytick.major.size": 2.5, "xtick.minor.size": 1.5, "ytick.minor.size": 1.5,
        "xtick.major.pad": 1.5, "ytick.major.pad": 1.5,
        "axes.spines.top": False, "axes.spines.right": False,
        "axes.prop_cycle": cycler(color=list(CITY_COLORS)),
        "legend.frameon": False, "legend.handlelength": 1.6, "legend.borderaxespad": 0.2,
        "legend.columnspacing": 1.2, "legend.handletextpad": 0.4,
        # layout and output
        "figure.dpi": 150, "savefig.dpi": 300, "savefig.bbox": None, "savefig.facecolor": "white",
        "savefig.transparent": False,
        "figure.constrained_layout.use": True,
        "figure.constrained_layout.h_pad": 0.02, "figure.constrained_layout.w_pad": 0.02,
        "figure.constrained_layout.hspace": 0.03, "figure.constrained_layout.wspace": 0.03,
        "image.cmap": "viridis",
    })
    return rc


@contextlib.contextmanager
def house_style(lang: str = "en") -> Iterator[None]:
    """The house style for the duration of a ``with`` block, leaving global rcParams as they were."""
    with mpl.rc_context(house_rc(lang)):
        yield


def use_house_style(lang: str = "en") -> None:
    """Apply the house style globally (seaborn theme plus ``house_rc``); calling it again changes nothing."""
    import seaborn as sns

    rc = house_rc(lang)
    sns.set_theme(context="paper", style="ticks", palette=list(CITY_COLORS), rc=rc)


# --- export ----------------------------------------------------------------------------------------------

FORMATS = ("pdf", "svg", "png")
_METADATA = {
    "pdf": {"CreationDate": None, "ModDate": None},
    "svg": {"Date": None},
    "png": {"Software": None},
}
_EXPORT_RC = {"pdf.fonttype": 42, "ps.fonttype": 42, "svg.fonttype": "none", "svg.hashsalt": SVG_HASHSALT,
              "savefig.bbox": None, "savefig.facecolor": "white", "savefig.transparent": False,
              "savefig.pad_inches": 0.0}


def figure_stem(name: str) -> str:
    """A figure's file stem from ``name``: ``plantargets.names.slugify`` lowercased, with ASCII letters, digits
    and single hyphens only.

    Refuses names that look like paths (``/``, ``\\``, ``..``, a leading ``~``) rather than quietly
    flattening them, and names with nothing left after slugging (e.g. only Chinese characters).
    """
    if not isinstance(name, str) or not name.strip():
        raise ValueError("figure name must be a non-empty string")
    if "/" in name or "\\" in name or ".." in name or name.strip().startswith("~"):
        raise ValueError(f"figure name {name!r} looks like a path: give a plain name, and the folder as out_dir")
    slug = names.slugify(name, keep="", lowercase=True)
    if not slug:
        raise ValueError(f"figure name {name!r} has no ASCII letters or digits to name a file with")
    return slug


def export_figure(fig, name: str, out_dir, formats: Iterable[str] = FORMATS, dpi: int = 300) -> list[Path]:
    """Write ``fig`` to ``out_dir/<slug>.<format>`` for each format; the paths written, in ``formats`` order.

    PDF embeds TrueType (Type 42) fonts, SVG keeps text as ``<text>``, PNG is rendered at ``dpi`` with the
    figure's exact size (no tight bounding box, so the column width holds). Dates and software stamps are
    left out, so re-running gives byte-identical files. ``out_dir`` is created.
    """
    formats = list(formats)
    if not formats:
        raise ValueError("no formats given")
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(map(repr, unknown))}; choose from {', '.join(FORMATS)}")
    if not (isinstance(dpi, (int, float)) and dpi > 0):
        raise ValueError(f"dpi must be positive, got {dpi!r}")
    stem = figure_stem(name)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with mpl.rc_context(_EXPORT_RC):
        for fmt in dict.fromkeys(formats):
            path = out / f"{stem}.{fmt}"
            if path.resolve().parent != out.resolve():
                raise ValueError(f"figure name {name!r} would write outside {out}")
            fig.savefig(path, format=fmt, dpi=dpi, metadata=_METADATA[fmt])
            paths.append(path)
    return paths


# --- labels ----------------------------------------------------------------------------------------------

LABELS: dict[str, tuple[str, str]] = {
    "baseline": ("Baseline", "基期值"),
    "target": ("Target", "目标值"),
    "year": ("Year", "年份"),
    "value": ("Value", "数值"),
    "city": ("City", "城市"),
    "indicator": ("Indicator", "指标"),
    "national_target": ("National target", "全国目标"),
    "national_actual": ("National (observed)", "全国实际值"),
    "national_line": ("National {year}: {value}", "全国{year}年目标：{value}"),
    "observed": ("Observed", "实际值"),
    "observed_city": ("{city}, observed", "{city}实际值"),
    "projected": ("Fitted trend, 3+ observations (projected)", "拟合趋势（≥3个数据点，外推）"),
    "projected_line": ("Line through 2 observations (extended, not a trend)", "两点连线（延长，非趋势）"),
    "line_two_points": ("line through 2 observations, no interval", "两点连线，无区间"),
    "observed_bound": ("Observed, stated as a bound (arrow: where the value lies)", "实际值为界限（箭头指向真值所在）"),
    "baseline_bound": ("Baseline, stated as a bound", "基期值（界限）"),
    "forecast": ("Forecast, not a target", "预测值（非目标）"),
    "national_panel": ("China (national)", "全国"),
    "interval": ("{pct}% prediction interval", "{pct}%预测区间"),
    "interval_generic": ("Prediction interval", "预测区间"),
    "no_interval": ("trend through {n} points, no interval", "{n}个数据点外推，无区间"),
    "no_projection": ("no projection: {reason}", "未外推：{reason}"),
    "no_observed": ("no observed values", "无实际值"),
    "comparator": ("Target stated as", "目标表述"),
    "cmp_lower": ("at least (≥, >)", "不低于（≥、>）"),
    "cmp_exact": ("exactly (=)", "等于（=）"),
    "cmp_approx": ("about (≈)", "左右（≈）"),
    "cmp_upper": ("at most (≤, <)", "不高于（≤、<）"),
    "cmp_range": ("range", "区间"),
    "cmp_mixed": ("statements differ (e.g. ≥ and =)", "表述不一（如≥与=）"),
    "conflict": ("two markers in a row: conflicting targets", "同一行两个标记：目标相互冲突"),
    "no_target": ("no target", "无目标"),
    "count": ("Number of stated targets", "所定目标数"),
    "coverage_title": ("Stated targets per city and indicator", "各城市各指标所定目标数"),
    "lower_is_better": ("lower is better", "越低越好"),
    "verdict": ("Verdict", "评估"),
    "verdict_achieved": ("achieved", "已实现"),
    "verdict_on_track": ("on track", "进展顺利"),
    "verdict_needs_acceleration": ("needs acceleration", "需加快"),
    "verdict_limited_progress": ("limited progress", "进展有限"),
    "verdict_deterioration": ("deterioration", "倒退"),
    "verdict_not_assessable": ("not assessable", "无法评估"),
    "method_eurostat": ("Eurostat", "Eurostat法"),
    "method_unsd": ("UNSD", "UNSD法"),
    "kind_target": ("Targets", "目标值"),
    "kind_baseline": ("Baselines", "基期值"),
    "kind_actual": ("Achieved (actual)", "实际值"),
    "n_values": ("Number of stated values", "数值个数"),
    "domain_unmapped": ("not in the codebook", "未归入指标库"),
    "unmapped_note": ("and {n} value(s) not in the codebook\n({parts})", "另有{n}个数值未归入指标库\n（{parts}）"),
    "profile_title": ("{city}: stated values by domain", "{city}：各领域所列数值"),
    "fulfilment_target": ("Target (△ at least, ▽ at most, ◆ about, ● exactly)", "目标(△ 不低于,▽ 不高于,◆ 左右,● 等于)"),
    "fulfilment_met": ("Met", "完成"),
    "fulfilment_met within tolerance": ("Met within tolerance (左右)", "在“左右”容差内完成"),
    "fulfilment_missed": ("Missed", "未完成"),
    "fulfilment_undetermined": ("Undetermined (bound)", "无法判定(区间值)"),
    "fulfilment_conflict": ("conflict", "来源矛盾"),
    "fulfilment_growth": ("growth, %", "增速, %"),
    "fulfilment_more": ("{n} more indicators in the table", "另有{n}项指标见表"),
}

_UNITS: dict[str, tuple[str, str]] = {
    "%": ("%", "%"),
    "percentage_point": ("percentage points", "个百分点"),
    "人": ("persons", "人"),
    "人次": ("person-times", "人次"),
    "元": ("yuan", "元"),
    "个": ("", "个"),                 # a bare count: the indicator's name says of what
    "所": ("schools", "所"),
    "年": ("years", "年"),
    "小时": ("hours", "小时"),
    "学时": ("class hours", "学时"),
    "张": ("beds", "张"),
    "Mbps": ("Mbps", "Mbps"),
}


def label(key: str, lang: str = "en", **fields) -> str:
    """A fixed text of the figures in English (default) or Chinese (``lang="zh"``); ``fields`` fill its
    ``{placeholders}``. Unknown keys raise KeyError naming the known ones."""
    _check_lang(lang)
    try:
        en, zh = LABELS[key]
    except KeyError:
        raise KeyError(f"no label {key!r}; known: {', '.join(sorted(LABELS))}") from None
    text = zh if lang == "zh" else en
    return text.format(**fields) if fields else text


def unit_label(unit, lang: str = "en") -> str:
    """A standard unit (``unit_std``) as an axis-title unit: ``元`` → ``yuan`` in English; empty when missing."""
    _check_lang(lang)
    if unit is None or (not isinstance(unit, str) and pd.isna(unit)) or str(unit) == "":
        return ""
    en, zh = _UNITS.get(str(unit), (str(unit), str(unit)))
    return zh if lang == "zh" else en


def indicator_label(indicator_id: str, codebook: pd.DataFrame | None = None, lang: str = "en") -> str:
    """The codebook's English (``name_en``) or Chinese (``name_zh``) name of an indicator; without a codebook
    entry, the id with spaces (``youth_myopia_rate`` → ``Youth myopia rate``)."""
    _check_lang(lang)
    column = "name_zh" if lang == "zh" else "name_en"
    if codebook is not None and column in codebook.columns and "indicator_id" in codebook.columns:
        hit = codebook.loc[codebook["indicator_id"] == indicator_id, column]
        hit = hit[hit.notna()]
        if len(hit) and str(hit.iloc[0]).strip():
            return str(hit.iloc[0]).strip()
    text = str(indicator_id).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def _packaged_cities() -> tuple[dict, dict]:
    """English → Chinese and Chinese → English city names from the packaged codebook/cities.csv."""
    en_zh, zh_en = {}, {}
    try:
        text = resources.files("plantargets").joinpath("codebook/cities.csv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return en_zh, zh_en
    for row in csv.DictReader(text.splitlines()):
        en, zh = (row.get("city_en") or "").strip(), (row.get("city_zh") or "").strip()
        if en and zh:
            en_zh.setdefault(en, zh)
            zh_en.setdefault(zh, en)
    return en_zh, zh_en


def _english_city(city: str) -> str:
    return _packaged_cities()[1].get(city, city)


def city_label(city: str, targets: pd.DataFrame | None = None, lang: str = "en") -> str:
    """A city's name in English or Chinese: from ``targets`` (its ``city``/``city_zh`` columns) when given,
    else from the packaged city codebook, else the name as given."""
    _check_lang(lang)
    city = str(city)
    if targets is not None and {"city", "city_zh"} <= set(targets.columns):
        pairs = targets[["city", "city_zh"]].dropna().astype(str)
        if lang == "zh":
            hit = pairs.loc[pairs["city"] == city, "city_zh"]
        else:
            hit = pairs.loc[pairs["city_zh"] == city, "city"]
        if len(hit):
            return hit.iloc[0]
    en_zh, zh_en = _packaged_cities()
    return en_zh.get(city, city) if lang == "zh" else zh_en.get(city, city)
