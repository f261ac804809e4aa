"""The build summary: counts gathered table chunk by table chunk, so a large build never holds its tables."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

SUMMARY_FILE = "build_summary.txt"
CUT_FLAGS = ("scrape_residue", "page_furniture", "spam_text")


def _rule_of(basis: str) -> str:
    """The rule part of a year basis, without the evidence quoted after it ("the document's year (…)")."""
    return basis.split(" (", 1)[0]
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
    rules_fired: Counter = field(default_factory=Counter)  # (family, rule) -> how often it decided something

    def add(self, table: str, frame: pd.DataFrame) -> None:
        """Count one chunk of a table (targets, numbers, flags) or take a whole small table."""
        if table == "targets":
            self._add_targets(frame)
        elif table == "numbers":
            outcome = frame["outcome"].where(frame["outcome"] != "structure", "structure:" + frame["reason"].fillna(""))
            self.token_outcomes.update(outcome.value_counts(sort=False).to_dict())
            structure = frame.loc[frame["outcome"] == "structure", "reason"].fillna("")
            self.rules_fired.update(("structure", r) for r in structure.tolist())
        elif table == "flags":
            self.flag_types.update(frame["flag_type"].value_counts(sort=False).to_dict())
            cuts = frame[frame["flag_type"].isin(CUT_FLAGS)]
            self.rules_fired.update((f"cut:{t}", m) for t, m in zip(cuts["flag_type"].tolist(),
                                                                     cuts["message"].fillna("").tolist()))
            self.flag_severities.update(frame["severity"].value_counts(sort=False).to_dict())
        elif table == "documents":
            self.doc_types.update(frame["doc_type"].value_counts(sort=False).to_dict())
            self.document_files.update(frame["source_file"].tolist())
        elif table == "indicators":
            self.shared_indicators += int((frame["n_cities"] >= 2).sum())

    def _add_targets(self, targets: pd.DataFrame) -> None:
        # columns as lists first: iterating a column of pyarrow strings cell by cell is four times slower
        self.n_values += len(targets)
        with_city = targets["city"].notna()
        self.values_by_city_kind.update(zip(targets.loc[with_city, "city"].tolist(),
                                            targets.loc[with_city, "kind"].tolist()))
        mapped = targets["indicator_id"].notna()
        self.n_mapped += int(mapped.sum())
        self.mapped_indicators.update(targets.loc[mapped, "indicator_id"].tolist())
        self.unmapped_targets.update(
            targets.loc[~mapped & (targets["kind"] == "target"), "indicator_zh"].dropna().tolist())
        self.rules_fired.update(("kind", b) for b in targets["kind_basis"].dropna().tolist())
        self.rules_fired.update(("year", _rule_of(b)) for b in targets["year_basis"].dropna().tolist())

    def merge(self, other: "BuildStats") -> None:
        """Add the counts of another part of the build (a batch counted in a worker), taken after this one's."""
        for name, value in vars(other).items():
            if isinstance(value, (Counter, set)):
                getattr(self, name).update(value)
            else:
                setattr(self, name, getattr(self, name) + value)

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
        if self.flag_types.get("skipped_file"):
            lines.append(f"files not read: {self.flag_types['skipped_file']} (each in flags.csv as skipped_file, "
                         "with the reason)")
        unmapped = pd.Series(self.unmapped_targets, dtype="int64").sort_values(ascending=False, kind="stable")
        lines.append(f"unmapped target indicators: {len(unmapped)} phrases (most frequent first)")
        shown = unmapped if max_unmapped is None else unmapped.head(max_unmapped)
        for phrase, count in shown.items():
            lines.append(f"  {count:>3}  {phrase}")
        if len(unmapped) > len(shown):
            lines.append(f"  … and {len(unmapped) - len(shown)} more (all in data/clean/{SUMMARY_FILE})")
        lines.append("rules fired (how often each rule decided a kind, a year, a structure or a cut; a rule that "
                     "fires for one page only stands out here):")
        for family in sorted({f for f, _ in self.rules_fired}):
            rules = sorted(((n, r) for (f, r), n in self.rules_fired.items() if f == family), key=lambda x: (-x[0], x[1]))
            shown_rules = rules if max_unmapped is None else rules[:8]
            text = "; ".join(f"{r} {n}" for n, r in shown_rules)
            more = f"; … {len(rules) - len(shown_rules)} more" if len(rules) > len(shown_rules) else ""
            lines.append(f"  {family}: {text}{more}")
        return "\n".join(lines) + "\n"
