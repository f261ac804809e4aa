"""The second hostile corpus (``tests/hostile_inputs.py``): every case ends in a clear error, a recorded flag or
a reading it can justify, loses nothing, and touches nothing outside the output folder.

For every case the test asserts:
- the outcome is the one the case expects: ``error`` (the message names the problem; from the command line,
  exit status 2), ``flag`` (each expected flag type for each named file), or ``handled`` (its hand-written
  check); an exception nobody meant is a failure;
- nothing is lost: a build that went on still has the good plan's three values, every entry of the raw
  folder is read or has a ``skipped_file`` flag, every run of digits of every file read is in the
  ``numbers`` ledger or inside a flag's span, and quotes are the raw text of their spans (the helpers of
  ``test_bad_inputs.py``);
- nothing outside the output folder changed: the sandbox's files (content hash and mtime), links and special
  files are the same before and after, temporary folders included; after a refusal nothing changed at all.

Each case prints one line (visible with ``pytest -s``); ``test_outcomes_table`` prints them all at the end.
Everything runs in this process except the two command-line runs where the exit status is the point and the
processes that hold or lose a run folder's lock.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
import tempfile
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bad_inputs import GOOD_NAME, GOOD_VALUES  # noqa: E402
from hostile_inputs import CASES, Case  # noqa: E402
from test_bad_inputs import Outcome as BuiltCase, _check_accounting, _check_spans  # noqa: E402

from plantargets.paths import MANIFEST_NAME  # noqa: E402

_LINES: dict[str, str] = {}   # case → its line in the outcomes table
_KINDS: dict[str, str] = {}   # case → the outcome it gave


def snapshot(root: Path, skip: tuple[str, ...] = ()) -> dict[str, tuple]:
    """Every entry under ``root`` (links not followed, pipes not opened), except the top-level names in ``skip``:
    files by content hash and mtime, links by target, folders by existence, other files by type and mtime."""
    found: dict[str, tuple] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        relative = Path(folder).relative_to(root)
        if relative.parts and relative.parts[0] in skip:
            dirs[:] = []
            continue
        for name in dirs + files:
            path = Path(folder) / name
            key = path.relative_to(root).as_posix()
            if key.split("/")[0] in skip:
                continue
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                found[key] = ("link", os.readlink(path))
            elif stat.S_ISDIR(info.st_mode):
                found[key] = ("folder",)
            elif stat.S_ISREG(info.st_mode):
                found[key] = ("file", info.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
            else:
                found[key] = ("special", stat.S_IFMT(info.st_mode), info.st_mtime_ns)
    return found


def _changes(before: dict, after: dict) -> list[str]:
    return sorted({key for key in before.keys() | after.keys() if before.get(key) != after.get(key)})


def _check_nothing_lost(case: Case, outcome, sandbox: Path) -> None:
    from plantargets.sources import _readable_files

    tables, raw = outcome.tables, sandbox / "raw"
    targets, flags = tables["targets"], tables["flags"]
    good = targets[targets["source_file"] == GOOD_NAME]
    assert GOOD_VALUES <= {(r.indicator_zh, r.value, r.unit, r.comparator) for r in good.itertuples()}
    read, skipped = _readable_files(raw)
    named = {os.fsencode(p.name).decode("utf-8", "backslashreplace") for p in raw.iterdir()} - {MANIFEST_NAME}
    flagged = set(flags.loc[flags["flag_type"] == "skipped_file", "source_file"])
    assert named <= {p.name for p in read} | flagged, f"entries neither read nor flagged: {named - flagged}"
    built = BuiltCase(case.name, raw, tables)
    _check_accounting(built, read)
    _check_spans(built)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_case(case: Case, tmp_path, monkeypatch):
    sandbox = tmp_path / case.name
    monkeypatch.setattr(tempfile, "tempdir", str(sandbox / "tmp"))  # TMPDIR of this process for the case
    context = case.setup(sandbox)
    before = snapshot(sandbox)
    started = time.perf_counter()
    outcome = case.act(sandbox, context)
    seconds = time.perf_counter() - started
    shown = (outcome.detail if outcome.kind != "handled" else case.why).replace(str(sandbox), "…")
    _LINES[case.name] = f"{case.category:<9} {case.name:<28} {outcome.kind:<8} {seconds:5.2f} s  {shown[:120]!r}"
    _KINDS[case.name] = outcome.kind
    print("\n" + _LINES[case.name])

    assert outcome.kind == case.expect, f"expected {case.expect}, got {outcome.kind}: {outcome.detail}"
    if outcome.kind == "error":
        assert re.search(case.match, outcome.detail, re.DOTALL), f"{case.match!r} not in {outcome.detail!r}"
        if outcome.exit_code is not None:
            assert outcome.exit_code == 2
    if outcome.kind == "flag":
        assert outcome.detail, "no flag recorded"
        for file, types in case.flags.items():
            assert types <= outcome.flags_of(file), f"{file}: expected {types}, got {outcome.flags_of(file) or 'none'}"
    if outcome.kind == "handled":
        assert case.why and case.check is not None, "a handled case says why and proves it"
    if case.check is not None:
        case.check(outcome, sandbox)
    if outcome.tables:
        _check_nothing_lost(case, outcome, sandbox)

    skip = () if outcome.kind == "error" else case.may_change
    changed = _changes({k: v for k, v in before.items() if k.split("/")[0] not in skip}, snapshot(sandbox, skip))
    assert changed == [], f"changed outside the output folder: {changed[:10]}"


def test_the_corpus_covers_every_category_with_40_cases_or_more():
    categories = {case.category for case in CASES}
    assert len(CASES) >= 40 and len({case.name for case in CASES}) == len(CASES)
    assert categories == {"output", "links", "grid", "manifest", "numbers", "encoding", "cleanup", "csv"}


def test_outcomes_table(capsys):
    """One line per case run in this session (category, name, outcome, seconds, message or flags)."""
    lines = [_LINES[case.name] for case in CASES if case.name in _LINES]
    counts = {kind: list(_KINDS.values()).count(kind) for kind in sorted(set(_KINDS.values()))}
    with capsys.disabled():
        print(f"\nhostile corpus: {len(lines)} of {len(CASES)} cases run; outcomes {counts}")
        print("\n".join(lines))
    assert "crash" not in _KINDS.values(), [name for name, kind in _KINDS.items() if kind == "crash"]
