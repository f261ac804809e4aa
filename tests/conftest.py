"""Shared fixtures: one in-memory build of the seed corpus per test session."""

from __future__ import annotations

import pytest
from hypothesis import settings

# Property tests: no per-example deadline (first calls import cn2an), and reproducible examples in CI.
settings.register_profile("plantargets", deadline=None, derandomize=True, max_examples=150)
settings.load_profile("plantargets")

from plantargets.pipeline import extract_tables
from plantargets.paths import CLEAN_DIR, RAW_DIR


@pytest.fixture(scope="session")
def raw_dir():
    return RAW_DIR


@pytest.fixture(scope="session")
def clean_dir():
    return CLEAN_DIR


@pytest.fixture(scope="session")
def built(raw_dir):
    """The four tidy tables built from data/raw (not written anywhere)."""
    return extract_tables(raw_dir)


@pytest.fixture(scope="session")
def targets(built):
    return built.tables["targets"]
