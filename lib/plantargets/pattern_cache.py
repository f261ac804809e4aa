"""Regular expressions compiled once per machine instead of once per process.

The library compiles about 900 patterns, most of them long alternations of the codebook's words; ``re`` keeps its
compiled code in memory only, so every build, worker and notebook kernel paid a third of a second compiling them
again (issue 11: a third of the seed build). ``compile_pattern`` keeps the code ``re`` compiles for each pattern in
a file of the user's cache folder and hands it back to ``re``'s own engine next time, which checks it (``_sre``
validates code it is given) and builds the same pattern object ``re.compile`` builds.

The file is named after the interpreter and ``re``'s engine version, so another Python never reads it; anything
unreadable in it is ignored and compiled again. ``PLANTARGETS_PATTERN_CACHE=off`` turns the cache off;
``PLANTARGETS_CACHE_DIR`` moves it (default ``$XDG_CACHE_HOME/plantargets`` or ``~/.cache/plantargets``).
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

try:  # the parser, code generator and engine of Python's own re module (3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: patterns are compiled by re as usual
    _sre = _compiler = _parser = None

# Entries kept in the file: past this, the patterns this process did not use are dropped when it writes (the
# codebook's patterns change as it is edited; a build uses about 900).
MAX_ENTRIES = 4000
T = TypeVar("T")
_CODE_TYPE = {2: "H", 4: "I", 8: "Q"}.get(_sre.CODESIZE) if _sre else None


class PatternCache:
    """Compiled patterns kept in one file: read at the first pattern asked for, written back by ``save``
    (atomically, so a reader never sees half of it; the process's own cache saves at exit) when patterns were
    compiled afresh. ``path`` None keeps nothing."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple[str, int], tuple] | None = None
        self.used: set[tuple[str, int]] = set()
        self.added = 0

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, with the compiled code taken from the file when it is there."""
        if self.path is None or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        if self.entries is None:
            self._load()
        key = (pattern, int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = _build(pattern, entry)
            except (RuntimeError, TypeError, ValueError):  # not code this engine accepts: compiled afresh below
                compiled = None
            if compiled is not None:
                self.used.add(key)
                return compiled
        entry = _compile_entry(pattern, int(flags))
        self.entries[key] = entry
        self.used.add(key)
        self.added += 1
        return _build(pattern, entry)

    def remembered(self, kind: str, pattern: re.Pattern[str], compute: Callable[[], T]) -> T:
        """What ``compute`` finds out about ``pattern`` (a value marshal can store), kept in the file beside its code;
        ``kind`` names the question and the version of the code that answers it."""
        if self.path is None or not isinstance(pattern.pattern, str):
            return compute()
        if self.entries is None:
            self._load()
        key = (kind, pattern.pattern, pattern.flags)
        if key not in self.entries:
            self.entries[key] = compute()
            self.added += 1
        self.used.add(key)
        return self.entries[key]

    def _load(self) -> None:
        self.entries = {}
        try:
            with open(self.path, "rb") as handle:
                entries = marshal.load(handle)
        except (OSError, EOFError, ValueError, TypeError):
            return  # missing or unreadable: patterns are compiled and the file written anew
        if isinstance(entries, dict):
            self.entries = entries

    def save(self) -> None:
        """Write the file if patterns were compiled afresh; past MAX_ENTRIES only the patterns used are kept."""
        if not self.added or self.path is None:
            return
        entries = self.entries
        if len(entries) > MAX_ENTRIES:
            entries = {key: entry for key, entry in entries.items() if key in self.used}
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            with os.fdopen(handle, "wb") as out:
                marshal.dump(entries, out)
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # a read-only or full disk only costs the next run its compiling
            if temporary is not None and os.path.exists(temporary):
                os.remove(temporary)
            return
        self.added = 0


_DEFAULT: PatternCache | None = None


def cache_file() -> Path | None:
    """Where compiled patterns are kept for this interpreter, or None when the cache is off or cannot be used."""
    if _CODE_TYPE is None or os.environ.get("PLANTARGETS_PATTERN_CACHE", "").lower() in {"off", "0", "no", "false"}:
        return None
    try:
        folder = os.environ.get("PLANTARGETS_CACHE_DIR") or Path(
            os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "plantargets"
    except RuntimeError:  # no home folder to be found (a service account without one): no cache
        return None
    version = "".join(map(str, sys.version_info[:3]))
    return Path(folder) / f"patterns-{sys.implementation.cache_tag}-{version}-sre{_sre.MAGIC}.marshal"


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` through the user's pattern cache (``cache_file()``)."""
    return _default().compile(pattern, flags)


def remembered(kind: str, pattern: re.Pattern[str], compute: Callable[[], T]) -> T:
    """``compute()``, an answer about ``pattern`` kept in the user's pattern cache (``PatternCache.remembered``)."""
    return _default().remembered(kind, pattern, compute)


def _default() -> PatternCache:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = PatternCache(cache_file())
        atexit.register(_DEFAULT.save)
    return _DEFAULT


def _compile_entry(pattern: str, flags: int) -> tuple:
    """What ``re``'s compiler makes of a pattern (as ``re._compiler.compile`` does), in a form marshal can store."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    group_index = dict(parsed.state.groupdict)
    index_group = [None] * parsed.state.groups
    for name, index in group_index.items():
        index_group[index] = name
    return (flags | parsed.state.flags, array.array(_CODE_TYPE, code).tobytes(), parsed.state.groups - 1,
            group_index, tuple(index_group))


def _build(pattern: str, entry: tuple) -> re.Pattern[str]:
    flags, code, groups, group_index, index_group = entry
    return _sre.compile(pattern, flags, array.array(_CODE_TYPE, code).tolist(), groups, group_index, index_group)
