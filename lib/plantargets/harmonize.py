"""Map indicator phrases as written to canonical indicator ids of the codebook (kept as CSV data)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from plantargets.paths import CODEBOOK_DIR

CODEBOOK_FILE = CODEBOOK_DIR / "indicators.csv"
QUALIFIERS_FILE = CODEBOOK_DIR / "indicator_qualifiers.csv"
QUALIFIER_SCOPES = ("any", "percent", "non_percent")
CODEBOOK_COLUMNS = ("indicator_id", "name_en", "name_zh", "aliases_zh", "unit", "domain", "direction",
                    "lower_bound", "upper_bound", "description_en")
DOMAINS = ("preschool", "compulsory", "senior_secondary", "vocational", "higher", "special", "teachers",
           "finance", "lifelong", "health", "economy", "environment", "infrastructure", "society", "other")
DIRECTIONS = ("higher_is_better", "lower_is_better", "neutral")


@dataclass(frozen=True)
class Indicator:
    indicator_id: str
    name_en: str
    name_zh: str
    aliases: tuple[str, ...]
    unit: str
    domain: str
    direction: str
    lower_bound: float | None
    upper_bound: float | None
    description_en: str


def _bound(text: str) -> float | None:
    return float(text) if text.strip() else None


def _key(text: str) -> str:
    """Compare phrases on their Chinese characters and digits only (quotes, brackets, spaces ignored)."""
    return re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", text)


class IndicatorCodebook:
    """The canonical indicators and their aliases; ``match`` picks the longest alias in a phrase."""

    def __init__(self, indicators: list[Indicator], qualifiers: tuple[tuple[str, str], ...] = ()):
        ids = [i.indicator_id for i in indicators]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise ValueError(f"duplicate indicator ids in the codebook: {sorted(duplicates)}")
        self.indicators = {i.indicator_id: i for i in indicators}
        owners: dict[str, str] = {}
        for indicator in indicators:
            for alias in indicator.aliases:
                key = _key(alias)
                if key in owners and owners[key] != indicator.indicator_id:
                    raise ValueError(f"alias {alias!r} belongs to {owners[key]} and {indicator.indicator_id}")
                owners[key] = indicator.indicator_id
        self._aliases = sorted(owners.items(), key=lambda item: -len(item[0]))
        self._owners = owners
        self.qualifiers = qualifiers
        self._cache: dict[tuple[str, bool], Indicator | None] = {}

    @classmethod
    def from_csv(cls, path: str | Path = CODEBOOK_FILE,
                 qualifiers_path: str | Path | None = QUALIFIERS_FILE) -> "IndicatorCodebook":
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        if rows and tuple(rows[0].keys()) != CODEBOOK_COLUMNS:
            raise ValueError(f"{path}: columns must be {CODEBOOK_COLUMNS}")
        indicators = []
        for row in rows:
            if row["domain"] not in DOMAINS or row["direction"] not in DIRECTIONS:
                raise ValueError(f"{path}: bad domain or direction in {row['indicator_id']}")
            aliases = tuple(a.strip() for a in row["aliases_zh"].split("|") if a.strip())
            indicators.append(Indicator(
                row["indicator_id"], row["name_en"], row["name_zh"], (row["name_zh"], *aliases), row["unit"],
                row["domain"], row["direction"], _bound(row["lower_bound"]), _bound(row["upper_bound"]),
                row["description_en"],
            ))
        return cls(indicators, _read_qualifiers(qualifiers_path) if qualifiers_path else ())

    def match(self, phrase: str, target_type: str = "level") -> Indicator | None:
        """The indicator whose longest alias occurs in ``phrase`` (growth phrases also try their ``…增长`` id)."""
        cache_key = (phrase, target_type == "growth")
        if cache_key not in self._cache:
            self._cache[cache_key] = self._match(phrase, target_type)
        return self._cache[cache_key]

    def _match(self, phrase: str, target_type: str) -> Indicator | None:
        key = _key(phrase)
        candidates = [key + "增长", key] if target_type == "growth" else [key]
        for candidate in candidates:
            for alias, indicator_id in self._aliases:
                if alias and alias in candidate and not self._qualified(candidate, alias, indicator_id):
                    if target_type == "growth" and self.indicators[indicator_id].unit != "%":
                        # 地区生产总值实现…增长6%: the growth of the alias's indicator, where the codebook has one
                        indicator_id = self._owners.get(alias + "增长", indicator_id)
                        if self._qualified(candidate, alias, indicator_id):
                            continue
                    return self.indicators[indicator_id]
        return None

    def _qualified(self, phrase_key: str, alias: str, indicator_id: str) -> bool:
        """True when a qualifier outside the alias (占…比重, 贡献率, 每所) makes the phrase a different measure."""
        rest = phrase_key.replace(alias, "|", 1)
        percent = self.indicators[indicator_id].unit == "%"
        return any(word in rest and (scope == "any" or (scope == "percent") == percent)
                   for word, scope in self.qualifiers)


def _read_qualifiers(path: str | Path) -> tuple[tuple[str, str], ...]:
    """Words that turn a phrase naming an indicator into another measure (codebook/indicator_qualifiers.csv)."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    bad = [row["qualifier"] for row in rows if row["refuses"] not in QUALIFIER_SCOPES]
    if bad:
        raise ValueError(f"{path}: 'refuses' must be one of {QUALIFIER_SCOPES}: {bad}")
    return tuple((row["qualifier"], row["refuses"]) for row in rows)


@lru_cache(maxsize=1)
def load_codebook() -> IndicatorCodebook:
    return IndicatorCodebook.from_csv()


def flag_out_of_bounds(values, codebook: IndicatorCodebook) -> list:
    """Flag values outside their indicator's bounds (a rate above 100 %), keeping them as stated."""
    from plantargets.flags import Flag

    flags = []
    for value in values:
        indicator = codebook.match(value.indicator_zh, value.target_type)
        if indicator is None or value.target_type != "level" or (value.unit_std or "") != indicator.unit:
            continue
        low, high = indicator.lower_bound, indicator.upper_bound
        if (low is not None and value.value_std < low) or (high is not None and value.value_std > high):
            value.flag_types.add("value_out_of_bounds")
            flags.append(Flag(value.doc.source_file, "value_out_of_bounds", value.char_start, value.char_end, "",
                              f"{indicator.indicator_id} = {value.value_std:g}{value.unit_std} outside "
                              f"[{low}, {high}]", doc_id=value.doc.doc_id))
    return flags
