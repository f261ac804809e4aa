"""environment.yml (conda) lists the same packages with the same ranges as pyproject.toml (pip), and the lock
(requirements/constraints.txt) pins every one of them to a version inside its range."""

import re
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "constraints.txt"


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pip_requirements() -> dict[str, SpecifierSet]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_name(r): Requirement(r).specifier
            for r in project["dependencies"] + project["optional-dependencies"]["test"]}


def _conda_requirements() -> dict[str, SpecifierSet]:
    environment = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    entries = []
    for entry in environment["dependencies"]:
        if isinstance(entry, dict):
            entries += [r.split("#")[0].strip() for r in entry["pip"] if not r.startswith("-e")]
        elif _name(entry) not in ("python", "pip"):
            entries.append(entry)
    return {_name(r): SpecifierSet(r[len(_name(r)):].strip()) for r in entries}


def _locked() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9._-]+)==([^\s;]+)", line)
        if match:
            pins[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    return pins


def test_conda_environment_matches_pip_dependencies():
    assert set(_conda_requirements()) == set(_pip_requirements())


def test_conda_and_pip_ranges_are_the_same():
    assert _conda_requirements() == _pip_requirements()


def test_the_lock_pins_every_direct_dependency_inside_its_range():
    pins = _locked()
    missing = sorted(set(_pip_requirements()) - set(pins))
    assert not missing, f"{LOCK.name} lacks {missing}: run `make lock`"
    outside = {name: (pins[name], str(spec)) for name, spec in _pip_requirements().items()
               if not spec.contains(pins[name], prereleases=True)}
    assert not outside, f"locked versions outside pyproject.toml's ranges: {outside}; run `make lock`"


def test_the_readme_ci_and_makefile_install_from_the_lock():
    for path in ("README.md", ".ci/run", "Makefile"):
        text = (ROOT / path).read_text(encoding="utf-8")
        installs = [line for line in re.findall(r"pip install [^\n&|;`]*", text) if " -e " in line]  # the project
        assert installs, path
        assert all("-c requirements/constraints.txt" in line for line in installs), (path, installs)
