"""Read a report grid (YAML) safely: bounded in size, depth and aliases, plain data only, JSON-safe values.

A grid is a small hand-written file, so anything beyond plain data is refused before a notebook runs, with
one message naming the file, the line and the problem: a file over ``MAX_GRID_BYTES``, nesting deeper than
``MAX_DEPTH``, more than ``MAX_ALIASES`` aliases or a document that would expand to more than ``MAX_NODES``
values (an alias bomb), and any tag other than YAML's plain ones (``!!set``, ``!!binary``, ``!!omap``,
``!!python/...``, ``!custom``). What is left is turned into JSON's types: an unquoted date or timestamp
(``2025-01-01``) becomes its ISO text, ``.nan``/``.inf`` are refused, mapping keys must be text.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import yaml

__all__ = ["GridFileError", "read_grid_yaml", "MAX_GRID_BYTES", "MAX_DEPTH", "MAX_ALIASES", "MAX_NODES", "MAX_RUNS"]

MAX_GRID_BYTES = 1_000_000  # the default grid is under 2 KB; a 1,000-run grid written out is about 100 KB
MAX_DEPTH = 20              # a grid nests four levels (runs, entry, parameters, a list value)
MAX_ALIASES = 100
MAX_NODES = 100_000         # values after aliases are expanded
MAX_RUNS = 100_000          # runs one grid entry may make (parameter sets × grid combinations)

_CORE = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_CORE + name for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "merge")}
_VALUE_TAG = _CORE + "value"  # a lone "=", which PyYAML resolves to a tag it cannot construct: read as text


class GridFileError(ValueError):
    """A grid file that is not plain, bounded YAML data; the message names the file, the line and the problem."""


def _where(path: Path, mark) -> str:
    return f"{path}, line {mark.line + 1}" if mark is not None else str(path)


def _check_events(text: str, path: Path) -> None:
    """Depth and alias count from the event stream, before anything is built (the parser does not recurse)."""
    depth = aliases = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise GridFileError(f"{_where(path, event.start_mark)}: nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise GridFileError(f"{_where(path, event.start_mark)}: more than {MAX_ALIASES} aliases (*name); "
                                    "write the values out")


def _check_nodes(root, path: Path) -> None:
    """Plain tags only, and at most MAX_NODES values once aliases are expanded (sizes are memoized per node)."""
    sizes: dict[int, int] = {}
    sizing: set[int] = set()  # nodes being sized now: reaching one again means a value holds itself

    def size(node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in sizing:
            raise GridFileError(f"{_where(path, node.start_mark)}: an alias refers to a value that holds it; "
                                "write the grid out")
        sizing.add(key)
        if node.tag not in _PLAIN_TAGS and node.tag != _VALUE_TAG:
            raise GridFileError(f"{_where(path, node.start_mark)}: the tag {node.tag.replace(_CORE, '!!')!r} is not "
                                "allowed in a grid; write plain text, numbers, lists and mappings")
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(item) for item in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(key) + size(value) for key, value in node.value)
        if total > MAX_NODES:
            raise GridFileError(f"{_where(path, node.start_mark)}: expands to more than {MAX_NODES:,} values "
                                "(aliases repeated inside aliases); write the grid out")
        sizing.discard(key)
        sizes[key] = total
        return total

    size(root)


class _GridLoader(yaml.SafeLoader):
    """SafeLoader whose timestamps come out as ISO text and whose lone ``=`` is text."""


def _timestamp_as_text(loader, node) -> str:
    return loader.construct_yaml_timestamp(node).isoformat()


_GridLoader.add_constructor(_CORE + "timestamp", _timestamp_as_text)
_GridLoader.add_constructor(_VALUE_TAG, yaml.SafeLoader.construct_yaml_str)


def _json_safe(value: Any, path: Path, where: str) -> Any:
    """Raise for what JSON cannot hold (non-text keys, NaN and infinities); return ``value``."""
    if isinstance(value, float) and not math.isfinite(value):
        raise GridFileError(f"{path}: {where} is {value!r}, which is not a number a notebook can be given")
    if isinstance(value, list):
        for i, item in enumerate(value):
            _json_safe(item, path, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise GridFileError(f"{path}: {where} has the key {key!r}, which is not text; quote it")
            _json_safe(item, path, f"{where}.{key}" if where else key)
    return value


def read_grid_yaml(path: str | Path) -> Any:
    """The data of a grid file (lists, mappings with text keys, text, numbers, booleans, None), or
    ``GridFileError`` saying what is wrong and where."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_GRID_BYTES:
            raise GridFileError(f"{path} is {size:,} bytes, over the {MAX_GRID_BYTES:,} a grid may have")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise GridFileError(f"{path} cannot be read: {err.strerror or err}") from None
    except UnicodeDecodeError as err:
        raise GridFileError(f"{path} is not UTF-8 text (byte {err.start}); save it as UTF-8") from None
    try:
        _check_events(text, path)
        documents = list(yaml.compose_all(text, Loader=_GridLoader))
        if len(documents) > 1:
            raise GridFileError(f"{path} holds {len(documents)} YAML documents (---); a grid is one")
        if not documents or documents[0] is None:
            return None
        _check_nodes(documents[0], path)
        loader = _GridLoader("")
        try:
            data = loader.construct_document(documents[0])
        finally:
            loader.dispose()
    except yaml.YAMLError as err:
        raise GridFileError(f"{path}: not valid YAML: {err}") from None
    return _json_safe(data, path, "")
