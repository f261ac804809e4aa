"""The pattern cache hands back exactly what re.compile builds, survives a broken file and is shared by processes."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from plantargets import pattern_cache, scanning
from plantargets.pattern_cache import PatternCache, cache_file

LIB = Path(__file__).resolve().parents[1] / "lib"
# Patterns of the kinds the library writes: named groups, look-behinds, back-references, Chinese ranges and classes
# with characters beyond the Basic Multilingual Plane, inline and passed flags.
SAMPLES = [
    (r"(?P<start>(?:19|20)\d{2})\s*年?\s*[-—–~～至到]+\s*(?P<end>(?:19|20)\d{2})\s*年", 0),
    (r"(?<=([\u4e00-\u9fff]{2}))(?<![零一二三四五六七八九十]{2})\1(?=[\u4e00-\u9fff0-9])", 0),
    (r"[㑮𠁞𣯩鿓]+|(?i:html)", 0),
    (r"^\s*(<!doctype (?:html|wml)|<html)", re.IGNORECASE),
    (r"(?m)^(?:一|二|三)、(?P<title>[^\n]{1,40})$", re.VERBOSE),
    ("不低于|不少于|以上", 0),
]


def test_a_cached_pattern_is_the_pattern_re_compiles(tmp_path):
    first = PatternCache(tmp_path / "patterns.marshal")
    fresh = [first.compile(pattern, flags) for pattern, flags in SAMPLES]
    first.save()
    second = PatternCache(tmp_path / "patterns.marshal")
    again = [second.compile(pattern, flags) for pattern, flags in SAMPLES]
    assert first.added == 0 and second.added == 0 and len(second.used) == len(SAMPLES)  # all read from the file
    for (pattern, flags), one, two in zip(SAMPLES, fresh, again):
        expected = re.compile(pattern, flags)
        assert one == expected and two == expected  # same pattern text, flags and compiled code
        assert (two.groups, dict(two.groupindex)) == (expected.groups, dict(expected.groupindex))
    assert again[1].search("增长增长市长").group(0) == "增长"
    assert again[0].search("2021—2025年").group("end") == "2025"


def test_every_pattern_a_build_compiles_is_the_same_from_the_cache(tmp_path):
    """The library's own patterns (about 900, most built from the codebook), compiled in a seed build that fills a
    cache file, then each read back from the file and compared with re.compile's."""
    env = {**os.environ, "PLANTARGETS_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(LIB)}
    env.pop("PLANTARGETS_PATTERN_CACHE", None)
    build = [sys.executable, "-m", "plantargets", "build", "--no-progress", "--out", str(tmp_path / "clean")]
    done = subprocess.run(build, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), done.stderr  # 1: built, with error flags
    (written,) = (tmp_path / "cache").glob("patterns-*.marshal")
    assert written.name == cache_file().name  # the same interpreter names the same file
    cache = PatternCache(written)
    cache._load()
    compiled = [key for key in cache.entries if len(key) == 2]
    assert len(compiled) > 500
    for pattern, flags in compiled:
        assert cache.compile(pattern, flags) == re.compile(pattern, flags), pattern[:80]
    assert cache.added == 0
    # what scanning found out about the patterns (their first characters, required strings, guarded text),
    # read back, is what it finds out afresh
    answers = {"first_characters": lambda p: scanning._first_characters(p, False),
               "last_characters": lambda p: scanning._first_characters(p, True),
               "guarded": scanning._guarded_text, "shortest_match": scanning._shortest_match}
    remembered = [key for key in cache.entries if len(key) == 3]
    assert len(remembered) > 100
    for kind, pattern, flags in remembered:
        question, *arguments, version = kind.split(" ")
        assert version == scanning._VERSION
        regex = re.compile(pattern, flags)
        fresh = (scanning._required_strings(regex, int(arguments[0])) if question == "required_strings"
                 else answers[question](regex))
        assert cache.entries[(kind, pattern, flags)] == fresh, (kind, pattern[:80])


def test_a_broken_file_is_compiled_afresh_and_rewritten(tmp_path):
    path = tmp_path / "patterns.marshal"
    path.write_bytes(b"\x00not marshal data")
    cache = PatternCache(path)
    assert cache.compile("年(?P<n>\\d+)") == re.compile("年(?P<n>\\d+)")
    cache.save()
    assert PatternCache(path).compile("年(?P<n>\\d+)") == re.compile("年(?P<n>\\d+)")
    # code this engine does not accept (as from another interpreter) is not used: the pattern is compiled again
    broken = PatternCache(path)
    broken._load()
    key = ("年(?P<n>\\d+)", 0)
    flags, code, *rest = broken.entries[key]
    broken.entries[key] = (flags, b"\xff\xff\xff\x7f" * 3, *rest)
    assert broken.compile(*key) == re.compile(key[0])
    assert broken.added == 1


def test_an_answer_about_a_pattern_is_kept_with_it(tmp_path):
    path = tmp_path / "patterns.marshal"
    calls = []
    regex = re.compile("年(?P<n>\\d+)")

    def compute():
        calls.append(1)
        return (("年",), ("0", "1"))

    first = PatternCache(path)
    assert first.remembered("required v1", regex, compute) == (("年",), ("0", "1"))
    first.save()
    second = PatternCache(path)
    assert second.remembered("required v1", regex, compute) == (("年",), ("0", "1"))
    assert len(calls) == 1 and second.added == 0
    assert second.remembered("required v2", regex, compute) and len(calls) == 2  # another version asks again


def test_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANTARGETS_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("PLANTARGETS_PATTERN_CACHE", "off")
    assert cache_file() is None
    cache = PatternCache(cache_file())
    assert cache.compile("目标") == re.compile("目标")
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_no_home_folder_means_no_cache(monkeypatch):
    for name in ("PLANTARGETS_CACHE_DIR", "XDG_CACHE_HOME", "PLANTARGETS_PATTERN_CACHE"):
        monkeypatch.delenv(name, raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert cache_file() is None


def test_a_full_file_keeps_only_the_patterns_in_use(tmp_path, monkeypatch):
    monkeypatch.setattr(pattern_cache, "MAX_ENTRIES", 3)
    path = tmp_path / "patterns.marshal"
    old = PatternCache(path)
    for word in ("一", "二", "三"):
        old.compile(word)
    old.save()
    new = PatternCache(path)
    new.compile("四")
    new.compile("一")
    new.save()
    kept = PatternCache(path)
    kept._load()
    assert set(kept.entries) == {("四", 0), ("一", 0)}


def test_an_unwritable_folder_or_an_answer_marshal_cannot_keep_only_costs_the_compiling(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    cache = PatternCache(blocker / "patterns.marshal")  # its folder cannot be made
    assert cache.compile("规划") == re.compile("规划")
    cache.save()
    assert cache.added == 1
    cache = PatternCache(tmp_path / "patterns.marshal")
    assert cache.remembered("a set", re.compile("规划"), lambda: {object()})
    cache.save()
    assert cache.added == 1 and sorted(p.name for p in tmp_path.iterdir()) == ["a_file"]  # no file, no leftovers


@pytest.mark.parametrize("modules", ["scanning.py", "text/*.py", "extract/*.py", "reconcile.py"])
def test_the_parsing_steps_compile_through_the_cache(modules):
    """re.compile in a parsing step would compile again in every process; literal re.search(...) calls are cached
    by re itself and are few."""
    files = sorted((LIB / "plantargets").glob(modules))
    calls = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"):
                calls.append(f"{path.name}:{node.lineno}")
    assert files and not calls, calls
