"""The values a notebook parameter may take, read from the data and the codebook: cities and places with
values in a data folder, codebook indicator ids and domains, and the Chinese names accepted for each.

Read with the standard library only (no pandas), and cached per data folder, so a notebook's parameters cell
stays fast.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from plantargets import paths
from plantargets.csv_text import restore_formula_text

__all__ = ["city_choices", "city_aliases", "place_choices", "place_aliases", "domain_choices", "indicator_choices",
           "indicator_aliases", "fixed_choices"]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _short_zh(name: str) -> str:
    """湛江市 → 湛江 (the city name without its administrative suffix)."""
    return name[:-1] if len(name) > 2 and name[-1] in "市县区" else name


@lru_cache(maxsize=None)
def _city_table(data_dir: Path | None = None) -> tuple[tuple[str, str], ...]:
    """(city, city_zh) pairs from the clean targets table of ``data_dir`` (default data/clean), else from the
    city codebook."""
    targets = Path(data_dir or paths.CLEAN_DIR) / "targets.csv"
    if targets.is_file():
        rows = {(restore_formula_text(r["city"]), restore_formula_text(r.get("city_zh") or ""))
                for r in _read_csv(targets) if r.get("city")}
    else:  # no build yet: every codebook city
        rows = {(r["city_en"], r["city_zh"]) for r in _read_csv(paths.CODEBOOK_DIR / "cities.csv")}
    return tuple(sorted(rows))


def city_choices(data_dir: Path | None = None) -> list[str]:
    """Cities with values in ``data_dir`` (default data/clean; English names, as in the ``city`` column)."""
    return sorted({city for city, _ in _city_table(data_dir)})


def city_aliases(data_dir: Path | None = None) -> dict[str, str]:
    """Chinese spellings of those cities (湛江市, 湛江) → English name."""
    out = {}
    for city, city_zh in _city_table(data_dir):
        if city_zh:
            out[city_zh] = city
            out[_short_zh(city_zh)] = city
    return out


@lru_cache(maxsize=None)
def _place_names(data_dir: Path | None = None) -> tuple[str, ...]:
    """Places with values in ``data_dir`` (default data/clean; ``place_zh``: cities, districts, counties)."""
    targets = Path(data_dir or paths.CLEAN_DIR) / "targets.csv"
    if not targets.is_file():
        return ()
    return tuple(sorted({r["place_zh"] for r in _read_csv(targets) if r.get("place_zh")}))


def place_choices(data_dir: Path | None = None) -> list[str]:
    """A city's English name (its own values) or any place's Chinese name (湛江市, 麻章区)."""
    cities = city_choices(data_dir)
    return cities + [name for name in _place_names(data_dir) if name not in cities]


def place_aliases(data_dir: Path | None = None) -> dict[str, str]:
    """Short Chinese names of those places (麻章 → 麻章区)."""
    return {_short_zh(name): name for name in _place_names(data_dir) if _short_zh(name) != name}


def domain_choices(data_dir: Path | None = None) -> list[str]:
    """Domains of the indicator codebook, and "" for every domain."""
    return ["", *sorted({row["domain"] for row in _indicator_table() if row.get("domain")})]


@lru_cache(maxsize=None)
def _indicator_table() -> tuple[dict[str, str], ...]:
    return tuple(_read_csv(paths.CODEBOOK_DIR / "indicators.csv"))


def indicator_choices(data_dir: Path | None = None) -> list[str]:
    """Indicator ids of the codebook (lib/plantargets/codebook/indicators.csv)."""
    return sorted({row["indicator_id"] for row in _indicator_table()})


def indicator_aliases(data_dir: Path | None = None) -> dict[str, str]:
    """Chinese names and aliases (九年义务教育巩固率) → indicator id, where a name points to one id only."""
    seen: dict[str, set[str]] = {}
    for row in _indicator_table():
        names = [row.get("name_zh", ""), *(row.get("aliases_zh") or "").split("|")]
        for name in filter(None, (n.strip() for n in names)):
            seen.setdefault(name, set()).add(row["indicator_id"])
    return {name: next(iter(ids)) for name, ids in seen.items() if len(ids) == 1}


def fixed_choices(*values: str) -> Callable[..., list[str]]:
    """A choices function that gives ``values`` whatever the data folder (lang, method)."""
    def choices(data_dir: Path | None = None) -> list[str]:
        return list(values)
    return choices
