"""The one source of every clean table's schema: columns, types, checks and descriptions.

``publish`` validates each table against these schemas on every build and generates
``datapackage.json`` from them, so a column is described once. They are pandera schema objects rather than
``DataFrameModel`` classes: turning a model into a schema makes pandera import dask (about 1 s) to see whether
a column is a Dask index, and a build or ``load()`` does not need dask. Nor do they need hypothesis, which
pandera's checks would import for data synthesis (see ``_strategies_without_hypothesis``).
"""

from __future__ import annotations

import sys

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine

from plantargets.flags import FLAG_TYPES

KINDS = ["target", "baseline", "actual"]
TARGET_TYPES = ["level", "growth", "cumulative", "count"]
COMPARATORS = ["=", ">=", ">", "<=", "<", "~", "range"]
COMMITMENTS = ["确保", "力争", "争取", "预测", "plain"]
BINDINGS = ["约束性", "预期性"]
SEVERITIES = ["info", "warning", "error"]


class _String(pandas_engine.STRING):
    """pandas' string type, checked once per column: pandera's own answers one True per cell, and then, even when
    every cell passes, formats an empty table of failure cases (3 ms a column, a quarter of a batch's validation)."""

    def check(self, pandera_dtype, data_container=None):
        try:
            if pandas_engine.Engine.dtype(pandera_dtype).type == self.type:
                return True
        except TypeError:
            pass
        return super().check(pandera_dtype, data_container)


Str = _String()
Int = pd.Int64Dtype()
Float = pd.Float64Dtype()
Bool = pd.BooleanDtype()


def _f(dtype, description: str, *, nullable: bool = False, unique: bool = False, ge: float | None = None,
       le: float | None = None, isin: list | None = None, str_matches: str | None = None) -> pa.Column:
    """A column of ``dtype`` with its description, and its checks in the order pandera's ``Field`` makes them."""
    checks = ([pa.Check.ge(ge)] if ge is not None else []) + ([pa.Check.le(le)] if le is not None else []) + (
        [pa.Check.isin(isin)] if isin is not None else []) + (
        [pa.Check.str_matches(str_matches)] if str_matches is not None else [])
    return pa.Column(dtype, checks, nullable=nullable, unique=unique, description=description)


def _table(name: str, description: str, columns: dict[str, pa.Column]) -> pa.DataFrameSchema:
    """A table's schema: exactly these columns, in this order."""
    return pa.DataFrameSchema(columns, strict=True, ordered=True, name=name, description=description)


TargetsSchema = _table("TargetsSchema", (
    "One row per stated value (target, baseline or actual) with its exact source span."
), {
    "target_id": _f(Str, "Stable id of the value: hash of source file and span", unique=True, str_matches=r"^v_[0-9a-f]{12}$"),
    "city": _f(Str, "City name in English"),
    "city_zh": _f(Str, "City name in Chinese"),
    "province": _f(Str, "Province in English", nullable=True),
    "doc_id": _f(Str, "Document id (documents.doc_id): raw file stem and ordinal"),
    "doc_title": _f(Str, "Title of the document the value was stated in", nullable=True),
    "doc_type": _f(Str, "Document type (text/segment.py): work_report, five_year_plan, action_plan, plan_recommendations, plan, plan_report, statistical_bulletin, project_list, project_report, work_summary, work_plan, plan_news (news whose headline says a plan was issued), project_approval (a project's approval, news of it or its environmental notice), notice, other"),
    "source_file": _f(Str, "Raw file in data/raw whose text[char_start:char_end] is the quote"),
    "indicator_id": _f(Str, "Canonical indicator id from the codebook; empty when unmapped", nullable=True),
    "indicator_zh": _f(Str, "Indicator phrase as the text names it"),
    "indicator_en": _f(Str, "English name of the canonical indicator", nullable=True),
    "domain": _f(Str, "Policy domain of the canonical indicator", nullable=True),
    "place_zh": _f(Str, "The place the statement is about (province, prefecture, county or district), from the "
                        "names in its sentence or paragraph, else the document's; GB/T 2260 names", nullable=True),
    "place_level": _f(Str, "province, prefecture or county (counties, county-level cities and districts)",
                           nullable=True, isin=["province", "prefecture", "county"]),
    "parent_place_zh": _f(Str, "The place's parent: a county's prefecture, a prefecture's province", nullable=True),
    "kind": _f(Str, "target (to reach), baseline (reference value of the plan) or actual (achieved)", isin=KINDS),
    "kind_basis": _f(Str, "The rule that decided the kind: a cue word (codebook/statement_cues.csv), the section's "
                          "role, a stated year, a table column, or the default for the document's type", nullable=True),
    "target_type": _f(Str, "level, growth (a rate of change), cumulative (added over a period) or count", isin=TARGET_TYPES),
    "direction": _f(Str, "For a growth value: increase (增长, 提高) or decrease (下降, 减少); the value stays as written, "
                         "so 下降3.5% is 3.5 with direction decrease", nullable=True, isin=["increase", "decrease"]),
    "year": _f(Int, "Year the value is for (stated, or the plan horizon when year_inferred)", nullable=True, ge=1949, le=2100),
    "year_inferred": _f(Bool, "True when the value states no year of its own (see year_basis)"),
    "year_basis": _f(Str, "Where the year comes from: stated, or what it was inferred from (the plan's horizon, "
                          "the document's year and its evidence, the reviewed year …)", nullable=True),
    "period_start": _f(Int, "First year of a stated period or trajectory", nullable=True, ge=1949, le=2100),
    "period_end": _f(Int, "Last year of a stated period or trajectory", nullable=True, ge=1949, le=2100),
    "per_year": _f(Bool, "True when the value applies to each year (每年, 年均)"),
    "comparator": _f(Str, "=, >=, >, <=, <, ~ (about) or range", isin=COMPARATORS),
    "value": _f(Float, "The number as written (before 万/亿 scaling; Chinese numerals converted)"),
    "value_high": _f(Float, "Upper bound of a range as written", nullable=True),
    "unit": _f(Str, "Unit as written (%, 万个, 所 …); empty when none is stated", nullable=True),
    "value_std": _f(Float, "Value in the standard unit (万/亿 applied)"),
    "value_high_std": _f(Float, "Upper bound of a range in the standard unit", nullable=True),
    "unit_std": _f(Str, "Standard unit (% , 个, 人, 元, percentage_point …)", nullable=True),
    "binding": _f(Str, "约束性 (binding) or 预期性 (expected) where the document says so", nullable=True, isin=BINDINGS),
    "commitment": _f(Str, "Strength of commitment: 确保, 力争, 争取, 预测 (forecast column) or plain", isin=COMMITMENTS),
    "section_path": _f(Str, "Headings above the statement, joined by ' > '", nullable=True),
    "quote": _f(Str, "Exact characters of the raw file the value was read from"),
    "char_start": _f(Int, "Start offset of the quote in the decoded raw file", ge=0),
    "char_end": _f(Int, "End offset (exclusive) of the quote in the decoded raw file", ge=1),
    "value_char_start": _f(Int, "Start offset of the number itself in the raw file", ge=0),
    "value_char_end": _f(Int, "End offset of the number itself in the raw file", ge=1),
    "origin": _f(Str, "prose (a sentence) or table (a rebuilt table row)", isin=["prose", "table"]),
    "other_sources": _f(Str, "Other captures stating the same value: file:start-end; …", nullable=True),
    "restates_id": _f(Str, "target_id of the first statement of the same value in the same document (a headline, "
                           "summary or table restating it); empty for a first statement, so counts never double",
                           nullable=True),
    "flags": _f(Str, "Flag types attached to this value, ';'-separated", nullable=True),
})


DocumentsSchema = _table("DocumentsSchema", (
    "One row per document found in the raw files (a gazette holds several), in file order."
), {
    "doc_id": _f(Str, "Document id: raw file stem and ordinal", unique=True),
    "source_file": _f(Str, "Raw file the document was found in"),
    "ordinal": _f(Int, "Position of the document in its raw file", ge=0),
    "city": _f(Str, "City name in English", nullable=True),
    "city_zh": _f(Str, "City name in Chinese", nullable=True),
    "province": _f(Str, "Province in English", nullable=True),
    "admin_level": _f(Str, "prefecture, county or district: the level of the place the document is about", nullable=True),
    "place_zh": _f(Str, "The place the document is about: the manifest's place_zh (a district's report: 麻章区), "
                        "else its city", nullable=True),
    "doc_type": _f(Str, "work_report, five_year_plan, action_plan, plan_recommendations, plan, plan_report, statistical_bulletin, project_list, project_report, work_summary, work_plan, plan_news, project_approval, notice, other, front_matter"),
    "title": _f(Str, "Title inferred from the text (or the manifest for single-document files)", nullable=True),
    "issuer": _f(Str, "Issuing body", nullable=True),
    "doc_number": _f(Str, "Document number such as 湛府办〔2023〕5号", nullable=True),
    "issued_date": _f(Str, "Date issued or delivered (ISO)", nullable=True, str_matches=r"^\d{4}-\d{2}-\d{2}$"),
    "period_start": _f(Int, "First year of the plan period", nullable=True, ge=1949, le=2100),
    "period_end": _f(Int, "Last year (horizon) of the plan period", nullable=True, ge=1949, le=2100),
    "char_start": _f(Int, "Start of the document in the raw file", ge=0),
    "char_end": _f(Int, "End of the document in the raw file", ge=0),
    "duplicate_of": _f(Str, "doc_id of the document this one is another capture of", nullable=True),
    "n_values": _f(Int, "Number of values the document contributes to targets", ge=0),
    "raw_sha256": _f(Str, "SHA-256 of the raw file", str_matches=r"^[0-9a-f]{64}$"),
})


IndicatorsSchema = _table("IndicatorsSchema", (
    "The indicator codebook with how many values each indicator has, by city."
), {
    "indicator_id": _f(Str, "Canonical indicator id (English snake_case)", unique=True, str_matches=r"^[a-z][a-z0-9_]*$"),
    "name_en": _f(Str, "English name"),
    "name_zh": _f(Str, "Chinese name"),
    "aliases_zh": _f(Str, "Chinese phrasings mapped to this id, '|'-separated"),
    "unit": _f(Str, "Standard unit", nullable=True),
    "domain": _f(Str, "Policy domain"),
    "direction": _f(Str, "higher_is_better, lower_is_better or neutral"),
    "lower_bound": _f(Float, "Lower bound of the indicator", nullable=True),
    "upper_bound": _f(Float, "Upper bound of the indicator", nullable=True),
    "description_en": _f(Str, "One-line description", nullable=True),
    "n_values": _f(Int, "Number of rows in targets for this indicator", ge=0),
    "n_cities": _f(Int, "Number of cities with a value for this indicator", ge=0),
    "cities": _f(Str, "Cities with a value, ';'-separated", nullable=True),
})


FlagsSchema = _table("FlagsSchema", (
    "Everything the build amended, doubted or could not classify, located in the raw files."
), {
    "flag_id": _f(Str, "Stable id of the flag", unique=True),
    "source_file": _f(Str, "Raw file concerned"),
    "doc_id": _f(Str, "Document concerned", nullable=True),
    "flag_type": _f(Str, "What happened (see plantargets.flags.FLAG_TYPES)", isin=sorted(FLAG_TYPES)),
    "severity": _f(Str, "info, warning or error", isin=SEVERITIES),
    "char_start": _f(Int, "Start offset in the raw file", nullable=True, ge=0),
    "char_end": _f(Int, "End offset in the raw file", nullable=True, ge=0),
    "text": _f(Str, "The characters concerned (normalized)", nullable=True),
    "message": _f(Str, "What was done and why"),
})


NationalSchema = _table("NationalSchema", (
    "National reference values (yearly actuals and national targets) with their sources."
), {
    "reference_id": _f(Str, "Stable id: reference file stem and line number", unique=True),
    "indicator_id": _f(Str, "Canonical indicator id from the codebook", nullable=True),
    "indicator_zh": _f(Str, "Indicator name in Chinese as in the reference file"),
    "indicator_en": _f(Str, "Indicator name in English as in the reference file"),
    "scope": _f(Str, "Geographic scope of the value", isin=["national"]),
    "kind": _f(Str, "actual (observed national value) or target (national plan target)", isin=["actual", "target"]),
    "year": _f(Int, "Year of the value", ge=1949, le=2100),
    "comparator": _f(Str, "=, >=, >, <=, <, ~", isin=COMPARATORS),
    "value": _f(Float, "Value as stated by the source"),
    "unit": _f(Str, "Unit as in the reference file"),
    "unit_std": _f(Str, "Unit in the codebook's spelling"),
    "source_url": _f(Str, "Page the value was read from", nullable=True),
    "notes": _f(Str, "Disagreements between sources and derivations", nullable=True),
    "source_file": _f(Str, "Reference file: reference/<name> of the raw folder, else of the package's national_reference"),
    "line": _f(Int, "Line of the reference file (header is line 1)", ge=2),
})


NumbersSchema = _table("NumbersSchema", (
    "Every number token the extractor saw, and what became of it: nothing is dropped without a reason. A "
    "numeral character alone inside a word (the 一 of 进一步 or 统一规划, the 零 of 零售: a Chinese character on each "
    "side, no unit, numeral or mark of a date or ordinal next to it) is no number token and has no row; every "
    "one of them was structure. Numerals with a measure word (一批), of several characters (十四五), after 第, "
    "before 月/日/号/期/届/等, or at a word's edge keep their rows (codebook/numerals_in_words.csv)."
), {
    "number_id": _f(Str, "Stable id of the token: hash of file and span (and, for the later statements of a number a list of names shares, their order)", unique=True),
    "source_file": _f(Str, "Raw file the token is in"),
    "doc_id": _f(Str, "Document the token is in"),
    "char_start": _f(Int, "Start offset of the token in the raw file", ge=0),
    "char_end": _f(Int, "End offset of the token in the raw file", ge=1),
    "text": _f(Str, "The token's characters in the raw file"),
    "outcome": _f(Str, "value (a row of targets), duplicate (another capture's row of targets), structure (a year, "
                       "date, ordinal, document number or part of a name) or flagged (see flags)",
                       isin=["value", "duplicate", "structure", "flagged"]),
    "reason": _f(Str, "Why it is structure, or the flag's message", nullable=True),
    "target_id": _f(Str, "targets.target_id of the value (for value and duplicate)", nullable=True),
})


def _strategies_without_hypothesis() -> None:
    """Import pandera's data-synthesis strategies with hypothesis hidden, so its placeholders stand in.

    pandera's pandas checks import those strategies on the first validation, and they import hypothesis when it
    is installed (0.1–0.15 s of a seed build); validating never synthesizes data. A process that has imported
    hypothesis already (the tests) keeps pandera's usual behaviour; hypothesis itself stays importable.
    """
    if "hypothesis" in sys.modules or "pandera.strategies.base_strategies" in sys.modules:
        return
    sys.modules["hypothesis"] = None  # makes `import hypothesis` raise ImportError
    try:
        import pandera.strategies.base_strategies  # noqa: F401
    finally:
        del sys.modules["hypothesis"]


_strategies_without_hypothesis()

TABLE_SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "targets": TargetsSchema,
    "documents": DocumentsSchema,
    "indicators": IndicatorsSchema,
    "flags": FlagsSchema,
    "national": NationalSchema,
    "numbers": NumbersSchema,
}
