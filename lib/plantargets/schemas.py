"""The one source of every clean table's schema: columns, types, checks and descriptions.

``publish`` validates each table against these models on every build and generates
``datapackage.json`` from them, so a column is described once.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from plantargets.flags import FLAG_TYPES

KINDS = ["target", "baseline", "actual"]
TARGET_TYPES = ["level", "growth", "cumulative", "count"]
COMPARATORS = ["=", ">=", ">", "<=", "<", "~", "range"]
COMMITMENTS = ["确保", "力争", "争取", "预测", "plain"]
BINDINGS = ["约束性", "预期性"]
SEVERITIES = ["info", "warning", "error"]

Str = Series[pd.StringDtype]
Int = Series[pd.Int64Dtype]
Float = Series[pd.Float64Dtype]
Bool = Series[pd.BooleanDtype]


def _f(description: str, **checks) -> object:
    return pa.Field(description=description, **checks)


class TargetsSchema(pa.DataFrameModel):
    """One row per stated value (target, baseline or actual) with its exact source span."""

    target_id: Str = _f("Stable id of the value: hash of source file and span", unique=True, str_matches=r"^v_[0-9a-f]{12}$")
    city: Str = _f("City name in English")
    city_zh: Str = _f("City name in Chinese")
    province: Str = _f("Province in English", nullable=True)
    doc_id: Str = _f("Document id (documents.doc_id): raw file stem and ordinal")
    doc_title: Str = _f("Title of the document the value was stated in", nullable=True)
    doc_type: Str = _f("Document type: work_report, five_year_plan, action_plan, plan_recommendations, plan, notice")
    source_file: Str = _f("Raw file in data/raw whose text[char_start:char_end] is the quote")
    indicator_id: Str = _f("Canonical indicator id from the codebook; empty when unmapped", nullable=True)
    indicator_zh: Str = _f("Indicator phrase as the text names it")
    indicator_en: Str = _f("English name of the canonical indicator", nullable=True)
    domain: Str = _f("Policy domain of the canonical indicator", nullable=True)
    place_zh: Str = _f("The place the statement is about (province, prefecture, county or district), from the "
                       "names in its sentence or paragraph, else the document's; GB/T 2260 names", nullable=True)
    place_level: Str = _f("province, prefecture or county (counties, county-level cities and districts)",
                          nullable=True, isin=["province", "prefecture", "county"])
    parent_place_zh: Str = _f("The place's parent: a county's prefecture, a prefecture's province", nullable=True)
    kind: Str = _f("target (to reach), baseline (reference value of the plan) or actual (achieved)", isin=KINDS)
    kind_basis: Str = _f("The rule that decided the kind: a cue word (codebook/statement_cues.csv), the section's "
                         "role, a stated year, a table column, or the default for the document's type", nullable=True)
    target_type: Str = _f("level, growth (a rate of change), cumulative (added over a period) or count", isin=TARGET_TYPES)
    direction: Str = _f("For a growth value: increase (增长, 提高) or decrease (下降, 减少); the value stays as written, "
                        "so 下降3.5% is 3.5 with direction decrease", nullable=True, isin=["increase", "decrease"])
    year: Int = _f("Year the value is for (stated, or the plan horizon when year_inferred)", nullable=True, ge=1949, le=2100)
    year_inferred: Bool = _f("True when the value states no year of its own (see year_basis)")
    year_basis: Str = _f("Where the year comes from: stated, or what it was inferred from (the plan's horizon, "
                         "the document's year and its evidence, the reviewed year …)", nullable=True)
    period_start: Int = _f("First year of a stated period or trajectory", nullable=True, ge=1949, le=2100)
    period_end: Int = _f("Last year of a stated period or trajectory", nullable=True, ge=1949, le=2100)
    per_year: Bool = _f("True when the value applies to each year (每年, 年均)")
    comparator: Str = _f("=, >=, >, <=, <, ~ (about) or range", isin=COMPARATORS)
    value: Float = _f("The number as written (before 万/亿 scaling; Chinese numerals converted)")
    value_high: Float = _f("Upper bound of a range as written", nullable=True)
    unit: Str = _f("Unit as written (%, 万个, 所 …); empty when none is stated", nullable=True)
    value_std: Float = _f("Value in the standard unit (万/亿 applied)")
    value_high_std: Float = _f("Upper bound of a range in the standard unit", nullable=True)
    unit_std: Str = _f("Standard unit (% , 个, 人, 元, percentage_point …)", nullable=True)
    binding: Str = _f("约束性 (binding) or 预期性 (expected) where the document says so", nullable=True, isin=BINDINGS)
    commitment: Str = _f("Strength of commitment: 确保, 力争, 争取, 预测 (forecast column) or plain", isin=COMMITMENTS)
    section_path: Str = _f("Headings above the statement, joined by ' > '", nullable=True)
    quote: Str = _f("Exact characters of the raw file the value was read from")
    char_start: Int = _f("Start offset of the quote in the decoded raw file", ge=0)
    char_end: Int = _f("End offset (exclusive) of the quote in the decoded raw file", ge=1)
    value_char_start: Int = _f("Start offset of the number itself in the raw file", ge=0)
    value_char_end: Int = _f("End offset of the number itself in the raw file", ge=1)
    origin: Str = _f("prose (a sentence) or table (a rebuilt table row)", isin=["prose", "table"])
    other_sources: Str = _f("Other captures stating the same value: file:start-end; …", nullable=True)
    restates_id: Str = _f("target_id of the first statement of the same value in the same document (a headline, "
                          "summary or table restating it); empty for a first statement, so counts never double",
                          nullable=True)
    flags: Str = _f("Flag types attached to this value, ';'-separated", nullable=True)

    class Config:
        strict = True
        ordered = True


class DocumentsSchema(pa.DataFrameModel):
    """One row per document found in the raw files (a gazette holds several), in file order."""

    doc_id: Str = _f("Document id: raw file stem and ordinal", unique=True)
    source_file: Str = _f("Raw file the document was found in")
    ordinal: Int = _f("Position of the document in its raw file", ge=0)
    city: Str = _f("City name in English", nullable=True)
    city_zh: Str = _f("City name in Chinese", nullable=True)
    province: Str = _f("Province in English", nullable=True)
    admin_level: Str = _f("prefecture, county or district: the level of the place the document is about", nullable=True)
    place_zh: Str = _f("The place the document is about: the manifest's place_zh (a district's report: 麻章区), "
                       "else its city", nullable=True)
    doc_type: Str = _f("work_report, five_year_plan, action_plan, plan_recommendations, plan, notice, front_matter")
    title: Str = _f("Title inferred from the text (or the manifest for single-document files)", nullable=True)
    issuer: Str = _f("Issuing body", nullable=True)
    doc_number: Str = _f("Document number such as 湛府办〔2023〕5号", nullable=True)
    issued_date: Str = _f("Date issued or delivered (ISO)", nullable=True, str_matches=r"^\d{4}-\d{2}-\d{2}$")
    period_start: Int = _f("First year of the plan period", nullable=True, ge=1949, le=2100)
    period_end: Int = _f("Last year (horizon) of the plan period", nullable=True, ge=1949, le=2100)
    char_start: Int = _f("Start of the document in the raw file", ge=0)
    char_end: Int = _f("End of the document in the raw file", ge=0)
    duplicate_of: Str = _f("doc_id of the document this one is another capture of", nullable=True)
    n_values: Int = _f("Number of values the document contributes to targets", ge=0)
    raw_sha256: Str = _f("SHA-256 of the raw file", str_matches=r"^[0-9a-f]{64}$")

    class Config:
        strict = True
        ordered = True


class IndicatorsSchema(pa.DataFrameModel):
    """The indicator codebook with how many values each indicator has, by city."""

    indicator_id: Str = _f("Canonical indicator id (English snake_case)", unique=True, str_matches=r"^[a-z][a-z0-9_]*$")
    name_en: Str = _f("English name")
    name_zh: Str = _f("Chinese name")
    aliases_zh: Str = _f("Chinese phrasings mapped to this id, '|'-separated")
    unit: Str = _f("Standard unit", nullable=True)
    domain: Str = _f("Policy domain")
    direction: Str = _f("higher_is_better, lower_is_better or neutral")
    lower_bound: Float = _f("Lower bound of the indicator", nullable=True)
    upper_bound: Float = _f("Upper bound of the indicator", nullable=True)
    description_en: Str = _f("One-line description", nullable=True)
    n_values: Int = _f("Number of rows in targets for this indicator", ge=0)
    n_cities: Int = _f("Number of cities with a value for this indicator", ge=0)
    cities: Str = _f("Cities with a value, ';'-separated", nullable=True)

    class Config:
        strict = True
        ordered = True


class FlagsSchema(pa.DataFrameModel):
    """Everything the build amended, doubted or could not classify, located in the raw files."""

    flag_id: Str = _f("Stable id of the flag", unique=True)
    source_file: Str = _f("Raw file concerned")
    doc_id: Str = _f("Document concerned", nullable=True)
    flag_type: Str = _f("What happened (see plantargets.flags.FLAG_TYPES)", isin=sorted(FLAG_TYPES))
    severity: Str = _f("info, warning or error", isin=SEVERITIES)
    char_start: Int = _f("Start offset in the raw file", nullable=True, ge=0)
    char_end: Int = _f("End offset in the raw file", nullable=True, ge=0)
    text: Str = _f("The characters concerned (normalized)", nullable=True)
    message: Str = _f("What was done and why")

    class Config:
        strict = True
        ordered = True


class NationalSchema(pa.DataFrameModel):
    """National reference values (yearly actuals and national targets) with their sources."""

    reference_id: Str = _f("Stable id: reference file stem and line number", unique=True)
    indicator_id: Str = _f("Canonical indicator id from the codebook", nullable=True)
    indicator_zh: Str = _f("Indicator name in Chinese as in the reference file")
    indicator_en: Str = _f("Indicator name in English as in the reference file")
    scope: Str = _f("Geographic scope of the value", isin=["national"])
    kind: Str = _f("actual (observed national value) or target (national plan target)", isin=["actual", "target"])
    year: Int = _f("Year of the value", ge=1949, le=2100)
    comparator: Str = _f("=, >=, >, <=, <, ~", isin=COMPARATORS)
    value: Float = _f("Value as stated by the source")
    unit: Str = _f("Unit as in the reference file")
    unit_std: Str = _f("Unit in the codebook's spelling")
    source_url: Str = _f("Page the value was read from", nullable=True)
    notes: Str = _f("Disagreements between sources and derivations", nullable=True)
    source_file: Str = _f("Reference file: reference/<name> of the raw folder, else of the package's national_reference")
    line: Int = _f("Line of the reference file (header is line 1)", ge=2)

    class Config:
        strict = True
        ordered = True


class NumbersSchema(pa.DataFrameModel):
    """Every number token the extractor saw, and what became of it: nothing is dropped without a reason."""

    number_id: Str = _f("Stable id of the token: hash of file and span", unique=True)
    source_file: Str = _f("Raw file the token is in")
    doc_id: Str = _f("Document the token is in")
    char_start: Int = _f("Start offset of the token in the raw file", ge=0)
    char_end: Int = _f("End offset of the token in the raw file", ge=1)
    text: Str = _f("The token's characters in the raw file")
    outcome: Str = _f("value (a row of targets), duplicate (another capture's row of targets), structure (a year, "
                      "date, ordinal, document number or part of a name) or flagged (see flags)",
                      isin=["value", "duplicate", "structure", "flagged"])
    reason: Str = _f("Why it is structure, or the flag's message", nullable=True)
    target_id: Str = _f("targets.target_id of the value (for value and duplicate)", nullable=True)

    class Config:
        strict = True
        ordered = True


TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "targets": TargetsSchema,
    "documents": DocumentsSchema,
    "indicators": IndicatorsSchema,
    "flags": FlagsSchema,
    "national": NationalSchema,
    "numbers": NumbersSchema,
}
