"""What a report notebook may receive: typed specs of its parameters, their coercion and validation, and the
names a run, table or folder may take. What it writes is in ``report.outputs``.

Each notebook in ``notebooks/`` has one code cell tagged ``parameters`` with typed, commented defaults (so
``papermill --help-notebook`` documents them) and, right after it::

    from plantargets.report import validate_parameters, export_table, require_rows
    params = validate_parameters("20_compare_cities", globals())

``validate_parameters`` takes the values as papermill gives them (``-p target_year 2025`` → int,
``-p cities a,b`` → str, ``-y "cities: [a, b]"`` → list), coerces them to the declared types, checks
choices (cities in ``data_dir``, codebook indicator ids, lang, method, years), writes the canonical values
back into the namespace (``湛江`` → ``Zhanjiang``, ``data_dir`` → the ``Path`` of a built folder,
``output_dir`` → a ``Path`` that exists) and returns them. Every problem is reported at once, with the valid
choices.

The valid values come from ``report.choices``. This module imports neither pandas nor papermill: a notebook's
first cell stays fast.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from plantargets import paths
from plantargets.report.choices import (
    city_aliases,
    city_choices,
    domain_choices,
    fixed_choices,
    indicator_aliases,
    indicator_choices,
    place_aliases,
    place_choices,
)

__all__ = [
    "ParameterError", "Parameter", "NotebookSpec", "NOTEBOOK_PARAMETERS", "ReportParameters",
    "coerce_parameter", "validate_parameters", "resolve_output_dir", "resolve_data_dir", "resolve_raw_dir",
    "safe_slug", "YEAR_RANGE", "LANGUAGES", "METHODS",
]

YEAR_RANGE = (2000, 2050)   # inclusive; plan targets in the corpus run 2016–2035
LANGUAGES = ("en", "zh")
METHODS = ("ols", "holt")   # plantargets.analysis.project.METHODS (a test keeps the two in step)
OUTPUT_DIR = "output_dir"   # the parameter the runner sets for every run
DATA_DIR = "data_dir"       # the clean tables a notebook reads (plantargets report --data sets it)
RAW_DIR = "raw_dir"         # the raw documents they were built from (plantargets report --raw sets it)


class ParameterError(ValueError):
    """A notebook parameter (or a run or file name) that cannot be used; the message says why and what would do."""


# ------------------------------------------------------------------------------------------------ specs

@dataclass(frozen=True)
class Parameter:
    """One notebook parameter: its declared type, default, description and (optionally) its valid values.

    ``type`` is ``str``, ``int``, ``float``, ``bool`` or ``list`` (items of ``item_type``). ``choices``
    returns the valid values (for a list: the valid items) for the notebook's data folder, passed to it;
    ``aliases`` other accepted spellings mapped to a valid value. Matching ignores case. ``bounds`` is an inclusive (low, high) range for numbers.
    """

    name: str
    type: type
    default: Any
    description: str
    choices: Callable[[Path | None], Sequence[str]] | None = None
    aliases: Callable[[Path | None], Mapping[str, str]] | None = None
    bounds: tuple[float, float] | None = None
    item_type: type = str

    def cell_line(self) -> str:
        """The line for the notebook's parameters cell, e.g. ``target_year: int = 2025  # ...``."""
        return f"{self.name}: {self.type.__name__} = {_python_literal(self.default)}  # {self.description}"


@dataclass(frozen=True)
class NotebookSpec:
    """The parameters of one notebook, in the order of its parameters cell."""

    name: str
    parameters: tuple[Parameter, ...]
    description: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "parameters", tuple(self.parameters))
        names = [p.name for p in self.parameters]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.name}: parameter names repeat: {names}")
        for parameter in self.parameters:
            if "=" in parameter.description or "\n" in parameter.description:
                # papermill cannot parse a parameters line whose comment holds "=" (--help-notebook drops it)
                raise ValueError(f"{self.name}.{parameter.name}: no '=' or newline in the description, please")

    def __getitem__(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.parameters]

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.parameters}

    def parameters_cell(self) -> str:
        """Source of the notebook's ``parameters`` cell, generated from this spec (paste it into the notebook)."""
        return "\n".join(p.cell_line() for p in self.parameters)


def _python_literal(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # "Zhanjiang": double quotes, Chinese as is
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_python_literal(v) for v in value) + "]"
    return repr(value)


def _output_dir_parameter() -> Parameter:
    return Parameter(OUTPUT_DIR, str, "", "where figures/tables go (empty: reports/interactive/<notebook>)")


def _data_dir_parameter() -> Parameter:
    return Parameter(DATA_DIR, str, str(paths.RELATIVE_CLEAN_DIR),
                     "folder of clean tables from plantargets build (relative: to the repository)")


def _raw_dir_parameter() -> Parameter:
    return Parameter(RAW_DIR, str, str(paths.RELATIVE_RAW_DIR), "folder of the raw documents data_dir was built from (for quotes)")


def _lang_parameter() -> Parameter:
    return Parameter("lang", str, "en", "language of labels and text: en or zh", choices=fixed_choices(*LANGUAGES))


def _target_year_parameter(description: str = "plan target year") -> Parameter:
    return Parameter("target_year", int, 2025, description, bounds=YEAR_RANGE)


def _cities_parameter(description: str) -> Parameter:
    return Parameter("cities", list, [], description, choices=city_choices, aliases=city_aliases)


def _indicator_parameter(name: str, type_: type, default: Any, description: str) -> Parameter:
    return Parameter(name, type_, default, description, choices=indicator_choices, aliases=indicator_aliases)


NOTEBOOK_PARAMETERS: dict[str, NotebookSpec] = {spec.name: spec for spec in (
    NotebookSpec("10_city_profile", (
        Parameter("city", str, "Zhanjiang", "city in English or Chinese", choices=city_choices, aliases=city_aliases),
        Parameter("target_year", int, 0, "plan target year listed (0: the city's latest target year)",
                  bounds=(0, YEAR_RANGE[1])),
        _lang_parameter(),
        _data_dir_parameter(),
        _raw_dir_parameter(),
        _output_dir_parameter(),
    ), "One city's targets: coverage, baselines, targets and the quotes they came from."),
    NotebookSpec("20_compare_cities", (
        _cities_parameter("cities in English or Chinese (empty: all cities in the data)"),
        _indicator_parameter("indicators", list, [], "codebook ids (empty: those shared by ≥2 cities)"),
        Parameter("target_year", int, 0, "plan target year compared across cities (0: each city's latest)",
                  bounds=(0, YEAR_RANGE[1])),
        _lang_parameter(),
        _data_dir_parameter(),
        _output_dir_parameter(),
    ), "Cross-city comparison of baselines, targets, ambition and required pace."),
    NotebookSpec("30_trend_projection", (
        _indicator_parameter("indicator", str, "preschool_gross_enrollment_rate", "codebook id of the indicator to project"),
        _cities_parameter("cities in English or Chinese (empty: all cities with observed values)"),
        Parameter("horizon", int, 2035, "last year of the projection", bounds=YEAR_RANGE),
        Parameter("method", str, "ols", "trend model: ols (linear) or holt (damped Holt)", choices=fixed_choices(*METHODS)),
        _target_year_parameter("plan target year the projection is checked against"),
        _lang_parameter(),
        _data_dir_parameter(),
        _output_dir_parameter(),
    ), "Observed values projected to the horizon, with prediction intervals, against the stated targets."),
    NotebookSpec("40_target_fulfilment", (
        Parameter("place", str, "Zhanjiang", "a city in English (its own values) or a place in Chinese (麻章区)",
                  choices=place_choices, aliases=place_aliases),
        Parameter("subdivisions", bool, False, "also the place's districts and counties"),
        Parameter("years", list, [], "target years (empty: every year with a target)", bounds=YEAR_RANGE,
                  item_type=int),
        Parameter("domain", str, "", "codebook domain, e.g. economy or preschool (empty: all)",
                  choices=domain_choices),
        _lang_parameter(),
        _data_dir_parameter(),
        _raw_dir_parameter(),
        _output_dir_parameter(),
    ), "Each target of a place against the outcome a later document reports: met, missed or not yet known."),
)}


# ------------------------------------------------------------------------------------------- coercion

_TRUE = {"true", "yes", "y", "1", "on", "是"}
_FALSE = {"false", "no", "n", "0", "off", "否"}
_LIST_SEPARATORS = re.compile(r"[,，、;；]")


def coerce_parameter(value: Any, type_: type, name: str = "value", item_type: type = str) -> Any:
    """``value`` as ``type_`` (str, int, float, bool, list), read the way papermill may have passed it.

    ``"2025"`` → 2025; ``2025.0`` → 2025; ``"a,b"``, ``"a，b"``, ``"['a','b']"`` and ``"[a, b]"`` → ``['a', 'b']``;
    ``""`` and ``"[]"`` → ``[]``; a single value → a one-item list; ``"true"``/``"false"`` → bool.
    Strings are stripped and otherwise kept as they are (Chinese included). Raises ``ParameterError``.
    """
    def fail(why: str) -> ParameterError:
        return ParameterError(f"{name}={value!r}: {why}")

    if type_ is list:
        if isinstance(value, str):
            text = value.strip()
            if not text:
                return []
            if text[0] in "[(":
                items = _parse_list_literal(text)
                if items is None:
                    raise fail("not a list; write it as a,b or ['a', 'b']")
            else:
                items = [part.strip() for part in _LIST_SEPARATORS.split(text)]
                items = [part for part in items if part]
        elif isinstance(value, (list, tuple, set, frozenset)):
            items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        elif isinstance(value, Mapping):
            raise fail("expected a list, got a mapping")
        else:
            items = [value]
        return [coerce_parameter(item, item_type, f"{name}[{i}]") for i, item in enumerate(items)]

    if type_ is str:
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, bool) or value is None or isinstance(value, (list, tuple, dict, set)):
            raise fail("expected text")
        return str(value)

    if type_ is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise fail("expected true or false")

    if type_ is int:
        if isinstance(value, bool):
            raise fail("expected a whole number, got a boolean")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str):
            text = value.strip()
            if re.fullmatch(r"[+-]?\d+", text):
                return int(text)
            if re.fullmatch(r"[+-]?\d+\.0*", text):
                return int(float(text))
        raise fail("expected a whole number")

    if type_ is float:
        if isinstance(value, bool):
            raise fail("expected a number, got a boolean")
        if isinstance(value, (int, float)):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value.strip())
            except ValueError:
                pass
        raise fail("expected a number")

    raise TypeError(f"parameter {name}: unsupported type {type_!r}; use str, int, float, bool or list")


def _parse_list_literal(text: str) -> list | None:
    """``['a','b']`` / ``[a, b]`` / ``("a", "b")`` → list, via YAML (a JSON and flow-list superset)."""
    import yaml

    candidate = "[" + text[1:-1] + "]" if text[0] == "(" and text[-1] == ")" else text
    try:
        parsed = yaml.safe_load(candidate)
    except yaml.YAMLError:
        return None
    return parsed if isinstance(parsed, list) else None


# ----------------------------------------------------------------------------------------- validation

def _canonical(parameter: Parameter, value: str, label: str, data_dir: Path | None) -> str:
    valid = list(parameter.choices(data_dir))
    if value in valid:
        return value
    lookup = {v.casefold(): v for v in valid}
    aliases = dict(parameter.aliases(data_dir)) if parameter.aliases else {}
    lookup.update({alias.casefold(): target for alias, target in aliases.items()})
    found = lookup.get(value.casefold())
    if found is not None:
        return found
    message = f"{label}={value!r} is not a valid choice; valid: {', '.join(valid) if valid else '(none: no data)'}"
    if aliases and len(aliases) <= 12:
        message += f" (also accepted: {', '.join(sorted(aliases))})"
    elif aliases:
        message += f" (or one of {len(aliases)} Chinese names and aliases, e.g. {', '.join(sorted(aliases)[:3])})"
    close = difflib.get_close_matches(value, [*valid, *aliases], n=3, cutoff=0.6)
    if close:
        message += f"; did you mean {' or '.join(repr(c) for c in close)}?"
    raise ParameterError(message)


def _check(parameter: Parameter, raw: Any, data_dir: Path | None = None) -> Any:
    value = coerce_parameter(parameter.default if raw is None else raw, parameter.type, parameter.name,
                             parameter.item_type)
    if parameter.choices is not None:
        if parameter.type is list:
            canonical = [_canonical(parameter, str(item), f"{parameter.name}[{i}]", data_dir)
                         for i, item in enumerate(value)]
            value = list(dict.fromkeys(canonical))  # 湛江 and Zhanjiang are one city
        else:
            value = _canonical(parameter, str(value), parameter.name, data_dir)
    if parameter.bounds is not None:
        low, high = parameter.bounds
        items = value if parameter.type is list else [value]
        for item in items:
            if isinstance(item, (int, float)) and not low <= item <= high:
                raise ParameterError(f"{parameter.name}={item!r} is outside {low:g}–{high:g}")
    return value


def resolve_output_dir(value: str | Path, notebook: str) -> Path:
    """Where a notebook writes: ``value`` (relative to the repository root), or reports/interactive/<notebook>."""
    text = str(value).strip()
    if not text:
        return paths.INTERACTIVE_REPORTS_DIR / safe_slug(notebook, what="notebook name")
    return paths.in_repo(text)


def _existing_folder(value: str | Path, default: Path, name: str, hint: str) -> Path:
    """``value`` as a folder that exists (empty: ``default``; relative: to the repository root)."""
    text = str(value).strip()
    path = paths.in_repo(text) if text else default
    if not path.is_dir():
        raise ParameterError(f"{name}={text!r}: folder not found ({path}); {hint}")
    return path


def resolve_data_dir(value: str | Path, name: str = DATA_DIR) -> Path:
    """A folder of clean tables (relative: to the repository root), or ``ParameterError`` saying how to make one."""
    path = _existing_folder(value, paths.CLEAN_DIR, name,
                            "build one with `plantargets build --raw YOUR_RAW_FOLDER --out FOLDER`")
    if not any((path / f"targets.{suffix}").is_file() for suffix in ("parquet", "csv")):
        raise ParameterError(f"{name}={str(value).strip()!r}: {path} holds no targets table; it must be the output "
                             "of `plantargets build --out FOLDER`")
    return path


def resolve_raw_dir(value: str | Path, name: str = RAW_DIR) -> Path:
    """A folder of raw documents (relative: to the repository root), or ``ParameterError``."""
    return _existing_folder(value, paths.RAW_DIR, name, "give the folder passed to `plantargets build --raw`")


class ReportParameters(dict):
    """Validated parameter values (a dict, also readable as attributes: ``params.city``)."""

    def __init__(self, notebook: str, values: Mapping[str, Any]):
        super().__init__(values)
        self.notebook = notebook

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"{self.notebook} has no parameter {name!r}; it has {', '.join(self)}") from None

    def to_json(self) -> str:
        return json.dumps({k: str(v) if isinstance(v, Path) else v for k, v in self.items()}, ensure_ascii=False)

    def __repr__(self) -> str:
        body = ", ".join(f"{k}={str(v) if isinstance(v, Path) else v!r}" for k, v in self.items())
        return f"{self.notebook}({body})"

    def _repr_html_(self) -> str:
        from html import escape

        rows = "".join(f"<tr><th style='text-align:left'>{escape(str(k))}</th><td><code>"
                       f"{escape(json.dumps(str(v) if isinstance(v, Path) else v, ensure_ascii=False))}</code></td></tr>"
                       for k, v in self.items())
        return f"<table class='plantargets-parameters'><caption>{escape(self.notebook)}</caption>{rows}</table>"


def _spec(notebook: str | NotebookSpec) -> NotebookSpec:
    if isinstance(notebook, NotebookSpec):
        return notebook
    name = PurePosixPath(str(notebook)).name.removesuffix(".ipynb")
    if name not in NOTEBOOK_PARAMETERS:
        raise ParameterError(f"no parameter spec for notebook {notebook!r}; known: {', '.join(NOTEBOOK_PARAMETERS)}")
    return NOTEBOOK_PARAMETERS[name]


def validate_parameters(notebook: str | NotebookSpec, namespace: Mapping[str, Any] | None = None, *,
                        update: bool = True) -> ReportParameters:
    """Coerce and check a notebook's parameters; return them (and, by default, write them back).

    ``notebook`` is a key of ``NOTEBOOK_PARAMETERS`` (``"20_compare_cities"``) or a ``NotebookSpec``;
    ``namespace`` is where the values are (``globals()`` in a notebook; missing names take the spec's
    default, ``None`` means the default). Values are coerced to the declared type, matched against their
    choices (case-insensitive, aliases such as 湛江 → Zhanjiang; cities are those of ``data_dir``) and bounds.
    ``data_dir`` and ``raw_dir`` become ``Path``s of existing folders (relative: to the repository root;
    ``data_dir`` must hold a targets table); ``output_dir`` a ``Path`` that exists (empty:
    reports/interactive/<notebook>; relative: to the repository root).
    With ``update`` (default) the canonical values replace those in ``namespace``, so the notebook's own
    variables are the checked ones. All problems are raised together as one ``ParameterError``.
    """
    spec = _spec(notebook)
    given = dict(namespace or {})
    values: dict[str, Any] = {}
    errors: list[str] = []
    for name, resolve in ((DATA_DIR, resolve_data_dir), (RAW_DIR, resolve_raw_dir)):  # the choices depend on data_dir
        if name in spec.names:
            try:
                values[name] = resolve(_check(spec[name], given.get(name, spec[name].default)), name)
            except ParameterError as err:
                errors.append(str(err))
    data_dir = values.get(DATA_DIR)
    for parameter in spec.parameters:
        if parameter.name in (DATA_DIR, RAW_DIR):
            continue
        try:
            values[parameter.name] = _check(parameter, given.get(parameter.name, parameter.default), data_dir)
        except ParameterError as err:
            errors.append(str(err))
    values = {name: values[name] for name in spec.names if name in values}
    if errors:
        head = f"invalid parameter{'s' if len(errors) > 1 else ''} for {spec.name}"
        raise ParameterError(f"{head}: {errors[0]}" if len(errors) == 1 else head + ":\n  - " + "\n  - ".join(errors))
    if OUTPUT_DIR in values:
        out = resolve_output_dir(values[OUTPUT_DIR], spec.name)
        out.mkdir(parents=True, exist_ok=True)
        values[OUTPUT_DIR] = out
    if update and namespace is not None and hasattr(namespace, "__setitem__"):
        for key, value in values.items():
            namespace[key] = value  # type: ignore[index]
    return ReportParameters(spec.name, values)


# ---------------------------------------------------------------------------------------------- names

_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
MAX_SLUG_LENGTH = 120


def safe_slug(name: str, what: str = "name") -> str:
    """``name`` as a safe single file or folder name, or ``ParameterError``.

    Whitespace runs become ``_``; otherwise the name must be ASCII letters, digits, ``.``, ``_`` and ``-``,
    start with a letter or digit, hold no ``..`` and no path separator, not be absolute or a Windows device
    name, and be at most 120 characters. ``"../x"``, ``"/etc"``, ``"a/b"`` and ``".hidden"`` are refused.
    """
    if not isinstance(name, str):
        raise ParameterError(f"{what} must be text, got {name!r}")
    text = re.sub(r"\s+", "_", name.strip())
    if not text:
        raise ParameterError(f"{what} is empty")
    if PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute() or PureWindowsPath(text).drive:
        raise ParameterError(f"{what} {name!r} is an absolute path; give a plain name such as 'city_targets'")
    if "/" in text or "\\" in text:
        raise ParameterError(f"{what} {name!r} contains a path separator; give a plain name such as 'city_targets'")
    if ".." in text:
        raise ParameterError(f"{what} {name!r} contains '..'; give a plain name such as 'city_targets'")
    if not _SLUG.fullmatch(text):
        odd = sorted({ch for ch in text if not re.fullmatch(r"[A-Za-z0-9._-]", ch)})
        detail = f"characters {''.join(odd)!r} are not allowed" if odd else "it must start with a letter or digit"
        raise ParameterError(f"{what} {name!r}: {detail} (use ASCII letters, digits, '.', '_', '-')")
    if len(text) > MAX_SLUG_LENGTH:
        raise ParameterError(f"{what} {name!r} is longer than {MAX_SLUG_LENGTH} characters")
    if text.split(".")[0].lower() in _WINDOWS_RESERVED:
        raise ParameterError(f"{what} {name!r} is a reserved device name on Windows")
    return text
