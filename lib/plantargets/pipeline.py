"""The pipeline, start to end: raw files → normalized text → documents → values → tidy tables → data/clean."""

from __future__ import annotations

import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from plantargets.extract.statements import extract_values
from plantargets.flags import Flag
from plantargets.harmonize import IndicatorCodebook, flag_out_of_bounds, load_codebook
from plantargets.paths import CLEAN_DIR, RAW_DIR
from plantargets.publish import publish_tables
from plantargets.reconcile import CaptureIndex, ParsedDocument, flag_conflicts, merge_duplicate_captures
from plantargets.sources import SourceFile, list_sources
from plantargets.text.normalize import normalize_text
from plantargets.text.read import UnreadableFileError, read_raw_file
from plantargets.text.segment import Document, load_cities, segment_documents
from plantargets.reference import read_national_reference
from plantargets.tidy import (
    build_documents, build_flags, build_indicators, build_national, build_numbers, build_targets, city_names,
)

SUMMARY_FILE = "build_summary.txt"


@dataclass
class BuildResult:
    tables: dict[str, pd.DataFrame]
    token_outcomes: Counter = field(default_factory=Counter)
    out_dir: Path | None = None

    def summary(self, max_unmapped: int | None = 15) -> str:
        return format_summary(self.tables, self.token_outcomes, max_unmapped)


def _apply_manifest(documents, source: SourceFile) -> None:
    """A manifest row fixes city for every document of its file, and title/type of a single-document file."""
    row = source.manifest or {}
    for doc in documents:
        if row.get("city_zh"):
            doc.city_zh = row["city_zh"]
    if len(documents) == 1 and row:
        doc = documents[0]
        doc.title = row.get("title") or doc.title
        doc.doc_type = row.get("doc_type") or doc.doc_type


def parse_source(source: SourceFile, captures: CaptureIndex) -> tuple[list[Document], list[Flag], str, list]:
    """Read, normalize, segment and extract one raw file, register its paragraphs for reconciliation, and
    keep only what the tables need (the file's text and offset map are let go once this returns)."""
    raw = read_raw_file(source.path)
    norm, flags = normalize_text(raw.text, raw.source_file, raw.is_html)
    documents = segment_documents(norm, raw.source_file, source.path.stem)
    _apply_manifest(documents, source)
    tokens = []
    if not documents:
        flags.append(Flag(raw.source_file, "empty_document", None, None, "", "no text left after normalization"))
    for doc in documents:
        result = extract_values(doc, norm)
        for value in result.values:
            value.quote = raw.text[value.char_start:value.char_end]
            value.sentence = ""  # only extraction needs it
        for token in result.tokens:
            token.text = raw.text[token.char_start:token.char_end]
        doc.raw_start, doc.raw_end = norm.to_raw(doc.start, doc.end) if doc.end > doc.start else (0, 0)
        doc.values = result.values
        captures.add(ParsedDocument(doc, norm, result.values))
        doc.lines = []
        flags += doc.flags + result.flags
        tokens += result.tokens
    return documents, flags, raw.sha256, tokens


def extract_tables(raw_dir: str | Path = RAW_DIR, codebook: IndicatorCodebook | None = None,
                   progress: bool = False) -> BuildResult:
    """Build the tidy tables (targets, documents, indicators, flags, national, numbers) in memory."""
    codebook = codebook or load_codebook()
    sources, flags = list_sources(raw_dir)
    documents: list[Document] = []
    captures = CaptureIndex()
    hashes, tokens = {}, []
    for source in tqdm(sources, desc="reading", unit="file", disable=not progress):
        try:
            file_documents, file_flags, sha, file_tokens = parse_source(source, captures)
        except (UnreadableFileError, UnicodeDecodeError) as error:
            flags.append(Flag(source.name, "unreadable_file", None, None, "", f"{type(error).__name__}: {error}"))
            continue
        except Exception as error:  # noqa: BLE001 - one file's bug must not stop the build; it is an error flag
            where = traceback.extract_tb(error.__traceback__)[-1]
            flags.append(Flag(source.name, "processing_error", None, None, "",
                              f"{type(error).__name__}: {error} (at {Path(where.filename).name}:{where.lineno}); "
                              "please report it with this file"))
            continue
        documents += file_documents
        flags += file_flags
        hashes[source.name] = sha
        tokens += file_tokens
    duplicate_flags, duplicates = merge_duplicate_captures(captures)
    flags += duplicate_flags
    values = [v for doc in documents for v in doc.values if v.merged_into is None]

    def indicator_id(value):
        found = codebook.match(value.indicator_zh, value.target_type)
        return found.indicator_id if found else None

    flags += flag_conflicts(values, indicator_id)
    flags += flag_out_of_bounds(values, codebook)
    national_rows, reference_flags = read_national_reference(raw_dir, codebook)
    flags += reference_flags
    cities = load_cities()
    manifests = {s.name: s.manifest for s in sources}
    places = {doc.doc_id: city_names(doc.city_zh, cities, manifests.get(doc.source_file)) for doc in documents}
    targets = build_targets(values, codebook, places)
    counts = targets["doc_id"].value_counts().to_dict()
    tables = {
        "targets": targets,
        "documents": build_documents(documents, duplicates, counts, places, hashes),
        "indicators": build_indicators(codebook, targets),
        "flags": build_flags(flags),
        "national": build_national(national_rows),
        "numbers": build_numbers(tokens),
    }
    numbers = tables["numbers"]
    outcomes = Counter(numbers["outcome"].where(numbers["outcome"] != "structure", "structure:" + numbers["reason"].fillna("")))
    return BuildResult(tables, outcomes)


def build(raw_dir: str | Path = RAW_DIR, out_dir: str | Path = CLEAN_DIR, progress: bool = False) -> BuildResult:
    """Build data/clean from data/raw (or any folders given): validated, deterministic, atomic."""
    result = extract_tables(raw_dir, progress=progress)
    result.out_dir = publish_tables(result.tables, out_dir, {SUMMARY_FILE: result.summary(max_unmapped=None)})
    return result


def format_summary(tables: dict[str, pd.DataFrame], outcomes: Counter, max_unmapped: int | None = 15) -> str:
    """A one-screen account of a build: documents, values by kind and city, flags, unmapped indicators.

    The screen shows the ``max_unmapped`` most frequent unmapped phrases; the summary file lists them all.
    """
    targets, documents, flags = tables["targets"], tables["documents"], tables["flags"]
    lines = ["plantargets build summary", "========================="]
    lines.append(f"documents: {len(documents)} in {documents['source_file'].nunique()} raw files "
                 f"({', '.join(f'{k} {v}' for k, v in documents['doc_type'].value_counts().sort_index().items())})")
    by_city = targets.pivot_table(index="city", columns="kind", values="target_id", aggfunc="count", fill_value=0)
    lines.append("values by city and kind:")
    for city, row in by_city.iterrows():
        lines.append(f"  {city:<12} " + "  ".join(f"{kind} {int(row.get(kind, 0))}" for kind in ("target", "baseline", "actual")))
    mapped = targets["indicator_id"].notna()
    lines.append(f"indicator mapping: {int(mapped.sum())} of {len(targets)} values mapped to "
                 f"{targets.loc[mapped, 'indicator_id'].nunique()} codebook indicators")
    shared = tables["indicators"]
    lines.append(f"indicators with values from two or more cities: {int((shared['n_cities'] >= 2).sum())}")
    numbers_seen = sum(outcomes.values())
    accounted = outcomes.get("value", 0) + outcomes.get("duplicate", 0) + outcomes.get("flagged", 0)
    lines.append(f"numbers seen in the text: {numbers_seen} = values {outcomes.get('value', 0)} + other captures' "
                 f"copies {outcomes.get('duplicate', 0)} + flagged {outcomes.get('flagged', 0)} + structure "
                 f"{numbers_seen - accounted} (years, dates, ordinals, names); each is a row of numbers.csv")
    lines.append("flags: " + ", ".join(f"{k} {v}" for k, v in flags["flag_type"].value_counts().sort_index().items()))
    unmapped = targets.loc[~mapped & (targets["kind"] == "target"), "indicator_zh"].value_counts()
    lines.append(f"unmapped target indicators: {len(unmapped)} phrases (most frequent first)")
    shown = unmapped if max_unmapped is None else unmapped.head(max_unmapped)
    for phrase, count in shown.items():
        lines.append(f"  {count:>3}  {phrase}")
    if len(unmapped) > len(shown):
        lines.append(f"  … and {len(unmapped) - len(shown)} more (all in data/clean/{SUMMARY_FILE})")
    return "\n".join(lines) + "\n"
