"""The build summary: counts gathered table chunk by table chunk, so a large build never holds its tables."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

SUMMARY_FILE = "build_summary.txt"
KIND_ORDER = ("target", "baseline", "actual")


@dataclass
class BuildStats:
    """Running counts of a build's tables; ``format`` renders the one-screen account."""

    n_values: int = 0
    n_mapped: int = 0
    values_by_city_kind: Counter = field(default_factory=Counter)
    mapped_indicators: set = field(default_factory=set)
    unmapped_targets: Counter = field(default_factory=Counter)  # phrase -> count, in order of first appearance
    token_outcomes: Counter = field(default_factory=Counter)
    flag_types: Counter = field(default_factory=Counter)
    flag_severities: Counter = field(default_factory=Counter)
    doc_types: Counter = field(default_factory=Counter)
    document_files: set = field(default_factory=set)
    shared_indicators: int = 0

    def add(self, table: str, frame: pd.DataFrame) -> None:
        """Count one chunk of a table (targets, numbers, flags) or take a whole small table."""
        if table == "targets":
            self._add_targets(frame)
        elif table == "numbers":
            outcome = frame["outcome"].where(frame["outcome"] != "structure", "structure:" + frame["reason"].fillna(""))
            self.token_outcomes.update(outcome.value_counts(sort=False).to_dict())
        elif table == "flags":
            self.flag_types.update(frame["flag_type"].value_counts(sort=False).to_dict())
            self.flag_severities.update(frame["severity"].value_counts(sort=False).to_dict())
        elif table == "documents":
            self.doc_types.update(frame["doc_type"].value_counts(sort=False).to_dict())
            self.document_files.update(frame["source_file"])
        elif table == "indicators":
            self.shared_indicators += int((frame["n_cities"] >= 2).sum())

    def _add_targets(self, targets: pd.DataFrame) -> None:
        self.n_values += len(targets)
        self.values_by_city_kind.update(zip(targets["city"].dropna(), targets.loc[targets["city"].notna(), "kind"]))
        mapped = targets["indicator_id"].notna()
        self.n_mapped += int(mapped.sum())
        self.mapped_indicators.update(targets.loc[mapped, "indicator_id"])
        self.unmapped_targets.update(targets.loc[~mapped & (targets["kind"] == "target"), "indicator_zh"].dropna())

    @property
    def n_errors(self) -> int:
        return self.flag_severities.get("error", 0)

    def format(self, max_unmapped: int | None = 15) -> str:
        """A one-screen account of a build: documents, values by kind and city, flags, unmapped indicators.

        The screen shows the ``max_unmapped`` most frequent unmapped phrases; the summary file lists them all.
        """
        outcomes = self.token_outcomes
        lines = ["plantargets build summary", "========================="]
        lines.append(f"documents: {sum(self.doc_types.values())} in {len(self.document_files)} raw files "
                     f"({', '.join(f'{k} {v}' for k, v in sorted(self.doc_types.items()))})")
        lines.append("values by city and kind:")
        for city in sorted({city for city, _ in self.values_by_city_kind}):
            lines.append(f"  {city:<12} " + "  ".join(f"{kind} {self.values_by_city_kind[(city, kind)]}"
                                                      for kind in KIND_ORDER))
        lines.append(f"indicator mapping: {self.n_mapped} of {self.n_values} values mapped to "
                     f"{len(self.mapped_indicators)} codebook indicators")
        lines.append(f"indicators with values from two or more cities: {self.shared_indicators}")
        numbers_seen = sum(outcomes.values())
        accounted = outcomes.get("value", 0) + outcomes.get("duplicate", 0) + outcomes.get("flagged", 0)
        lines.append(f"numbers seen in the text: {numbers_seen} = values {outcomes.get('value', 0)} + other captures' "
                     f"copies {outcomes.get('duplicate', 0)} + flagged {outcomes.get('flagged', 0)} + structure "
                     f"{numbers_seen - accounted} (years, dates, ordinals, names); each is a row of numbers.csv")
        lines.append("flags: " + ", ".join(f"{k} {v}" for k, v in sorted(self.flag_types.items())))
        unmapped = pd.Series(self.unmapped_targets, dtype="int64").sort_values(ascending=False, kind="stable")
        lines.append(f"unmapped target indicators: {len(unmapped)} phrases (most frequent first)")
        shown = unmapped if max_unmapped is None else unmapped.head(max_unmapped)
        for phrase, count in shown.items():
            lines.append(f"  {count:>3}  {phrase}")
        if len(unmapped) > len(shown):
            lines.append(f"  … and {len(unmapped) - len(shown)} more (all in data/clean/{SUMMARY_FILE})")
        return "\n".join(lines) + "\n"
