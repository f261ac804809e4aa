"""Report notebook parameters: coercion, validation against the data and codebook, safe names, table export."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from plantargets import paths
from plantargets.report import (
    NOTEBOOK_PARAMETERS,
    EmptyResultError,
    NotebookSpec,
    Parameter,
    ParameterError,
    coerce_parameter,
    export_table,
    require_rows,
    safe_slug,
    validate_parameters,
)
from plantargets.report.choices import city_choices
from plantargets.report.params import METHODS, resolve_output_dir


# ------------------------------------------------------------------------------------------- coercion

@pytest.mark.parametrize("value, type_, expected", [
    ("1", int, 1), (" 2025 ", int, 2025), (2025.0, int, 2025), ("2025.0", int, 2025), (7, int, 7),
    ("1.5", float, 1.5), (2, float, 2.0),
    (1, str, "1"), ("  Zhanjiang ", str, "Zhanjiang"), ("湛江", str, "湛江"),
    ("true", bool, True), ("False", bool, False), (0, bool, False),
    ("a,b", list, ["a", "b"]), ("a, b ,", list, ["a", "b"]), ("['a','b']", list, ["a", "b"]),
    ('["a", "b"]', list, ["a", "b"]), ("[a, b]", list, ["a", "b"]), ("('a', 'b')", list, ["a", "b"]),
    ("湛江，四会、贵港", list, ["湛江", "四会", "贵港"]), ("", list, []), ("[]", list, []),
    ("Zhanjiang", list, ["Zhanjiang"]), (("a", "b"), list, ["a", "b"]), ([1, 2], list, ["1", "2"]),
])
def test_values_are_coerced_to_the_declared_type(value, type_, expected):
    result = coerce_parameter(value, type_, "p")
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize("value, type_", [
    ("abc", int), ("20x", int), (True, int), ("1.5", int), ("x", float), ("maybe", bool), ({"a": 1}, list),
    ("[a, b", list), (["a"], str),
])
def test_uncoercible_values_name_the_parameter_and_the_expected_type(value, type_):
    with pytest.raises(ParameterError, match=r"^p="):
        coerce_parameter(value, type_, "p")


# ----------------------------------------------------------------------------------------- validation

def test_validate_parameters_coerces_canonicalises_and_writes_back(tmp_path):
    namespace = {"cities": "湛江, Sihui, zhanjiang", "indicators": "['compulsory_education_consolidation_rate']",
                 "target_year": "2025", "lang": "ZH", "output_dir": str(tmp_path / "out"), "unrelated": 1}
    params = validate_parameters("20_compare_cities", namespace)
    assert params.cities == ["Zhanjiang", "Sihui"]          # Chinese alias and case resolved, duplicate dropped
    assert params.indicators == ["compulsory_education_consolidation_rate"]
    assert params.target_year == 2025 and params.lang == "zh"
    assert params.output_dir == tmp_path / "out" and params.output_dir.is_dir()
    assert namespace["cities"] == ["Zhanjiang", "Sihui"] and namespace["target_year"] == 2025
    assert namespace["unrelated"] == 1


def test_missing_and_none_values_take_the_defaults(tmp_path):
    params = validate_parameters("30_trend_projection", {"method": None, "output_dir": str(tmp_path)})
    spec = NOTEBOOK_PARAMETERS["30_trend_projection"]
    folders = ("output_dir", "data_dir")
    assert {k: v for k, v in params.items() if k not in folders} == {
        k: v for k, v in spec.defaults().items() if k not in folders}
    assert params.data_dir == paths.CLEAN_DIR  # "data/clean", relative to the repository


def test_data_dir_must_be_a_built_folder_and_its_cities_are_the_choices(tmp_path):
    with pytest.raises(ParameterError, match=r"data_dir='nowhere': folder not found.*plantargets build"):
        validate_parameters("20_compare_cities", {"data_dir": "nowhere", "output_dir": str(tmp_path)})
    (tmp_path / "empty").mkdir()
    with pytest.raises(ParameterError, match="holds no targets table"):
        validate_parameters("20_compare_cities", {"data_dir": str(tmp_path / "empty"), "output_dir": str(tmp_path)})
    data = tmp_path / "clean"
    data.mkdir()
    (data / "targets.csv").write_text("city,city_zh\nExampleton,示例市\n", encoding="utf-8")
    params = validate_parameters("10_city_profile", {"city": "示例", "data_dir": str(data), "output_dir": str(tmp_path)})
    assert params.city == "Exampleton" and params.data_dir == data
    with pytest.raises(ParameterError, match=r"city='Zhanjiang' is not a valid choice; valid: Exampleton"):
        validate_parameters("10_city_profile", {"city": "Zhanjiang", "data_dir": str(data), "output_dir": str(tmp_path)})
    with pytest.raises(ParameterError, match=r"raw_dir='nowhere': folder not found"):
        validate_parameters("10_city_profile", {"city": "示例", "data_dir": str(data), "raw_dir": "nowhere",
                                                "output_dir": str(tmp_path)})


def test_chinese_indicator_name_is_accepted(tmp_path):
    params = validate_parameters("30_trend_projection", {"indicator": "九年义务教育巩固率", "output_dir": str(tmp_path)})
    assert params.indicator == "compulsory_education_consolidation_rate"


def test_invalid_choice_lists_the_valid_ones(tmp_path):
    with pytest.raises(ParameterError) as info:
        validate_parameters("10_city_profile", {"city": "北京", "output_dir": str(tmp_path)})
    message = str(info.value)
    assert "北京" in message                       # Chinese kept readable, not \u escapes
    for city in city_choices():
        assert city in message
    assert "湛江" in message                       # the Chinese spellings are offered too


def test_every_problem_is_reported_at_once(tmp_path):
    with pytest.raises(ParameterError) as info:
        validate_parameters("30_trend_projection", {"indicator": "no_such_indicator", "method": "hot", "horizon": "1900",
                                                    "lang": "fr", "output_dir": str(tmp_path)})
    message = str(info.value)
    assert "no_such_indicator" in message and "preschool_gross_enrollment_rate" in message
    assert "valid: ols, holt" in message and "did you mean 'holt'" in message
    assert "horizon=1900 is outside 2000–2050" in message
    assert "valid: en, zh" in message


def test_unknown_notebook_lists_the_known_ones():
    with pytest.raises(ParameterError, match="10_city_profile, 20_compare_cities, 30_trend_projection"):
        validate_parameters("40_nothing", {})


def test_spec_by_path_and_custom_spec(tmp_path):
    params = validate_parameters("notebooks/10_city_profile.ipynb", {"city": "贵港市", "output_dir": str(tmp_path)})
    assert params.city == "Guigang"
    spec = NotebookSpec("mine", (Parameter("n", int, 1, "count", bounds=(0, 3)), Parameter("output_dir", str, "", "out")))
    assert validate_parameters(spec, {"n": "3", "output_dir": str(tmp_path)}).n == 3
    with pytest.raises(ParameterError, match="n=4 is outside 0–3"):
        validate_parameters(spec, {"n": 4, "output_dir": str(tmp_path)})


def test_output_dir_defaults_to_reports_interactive_and_is_relative_to_the_repository():
    assert resolve_output_dir("", "20_compare_cities") == paths.REPORTS_DIR / "interactive" / "20_compare_cities"
    assert resolve_output_dir("reports/x", "20_compare_cities") == paths.REPO_ROOT / "reports" / "x"
    assert resolve_output_dir("/tmp/abs", "20_compare_cities") == Path("/tmp/abs")


def test_parameters_serialise_with_chinese_readable(tmp_path):
    params = validate_parameters("10_city_profile", {"city": "Sihui", "lang": "zh", "output_dir": str(tmp_path)})
    assert json.loads(params.to_json())["city"] == "Sihui"
    assert "\\u" not in NotebookSpec("x", (Parameter("city", str, "湛江", "城市"),)).parameters_cell()


# ------------------------------------------------------------------------------------------------ specs

def test_specs_are_complete_and_their_defaults_are_valid(tmp_path):
    for name, spec in NOTEBOOK_PARAMETERS.items():
        assert spec.names[-1] == "output_dir", name
        for parameter in spec.parameters:
            assert parameter.type in (str, int, float, bool, list) and parameter.description, parameter
        validate_parameters(spec, {"output_dir": str(tmp_path)})   # defaults run as they are


def test_methods_are_those_of_the_projection_module():
    from plantargets.analysis.project import METHODS as PROJECT_METHODS

    assert METHODS == PROJECT_METHODS


def _inspect_cell(source: str, tmp_path: Path) -> dict:
    import papermill

    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["tags"] = ["parameters"]
    nb = nbformat.v4.new_notebook(cells=[cell], metadata={"kernelspec": {"name": "python3", "language": "python",
                                                                           "display_name": "Python 3"}})
    path = tmp_path / "spec.ipynb"
    nbformat.write(nb, path)
    return papermill.inspect_notebook(str(path))


def test_generated_parameters_cells_are_fully_documented_by_papermill(tmp_path):
    """papermill --help-notebook drops a line whose comment holds '='; the generated cells must have none."""
    for spec in NOTEBOOK_PARAMETERS.values():
        inspected = _inspect_cell(spec.parameters_cell(), tmp_path)
        assert list(inspected) == spec.names
        for parameter in spec.parameters:
            assert inspected[parameter.name]["inferred_type_name"] == parameter.type.__name__
            assert inspected[parameter.name]["help"] == parameter.description


def test_a_description_with_an_equals_sign_is_refused():
    with pytest.raises(ValueError, match="no '='"):
        NotebookSpec("x", (Parameter("a", list, [], "empty = all"),))


@pytest.mark.parametrize("name", sorted(NOTEBOOK_PARAMETERS))
def test_suite_notebooks_declare_the_spec_parameters(name):
    """Once a notebook exists, its parameters cell must declare exactly its spec's parameters (papermill-parsable)."""
    path = paths.NOTEBOOKS_DIR / f"{name}.ipynb"
    if not path.is_file():
        pytest.skip(f"{path.name} not written yet")
    import papermill

    assert list(papermill.inspect_notebook(str(path))) == NOTEBOOK_PARAMETERS[name].names


# ------------------------------------------------------------------------------------------ safe names

@pytest.mark.parametrize("bad", ["../x", "/etc", "a/b", "a\\b", "..", ".", ".hidden", "x..y", "C:x", "", "   ",
                                 "a<b", "湛江", "-x", "nul", "a" * 121])
def test_safe_slug_refuses_paths_and_odd_characters(bad):
    with pytest.raises(ParameterError):
        safe_slug(bad)


@pytest.mark.parametrize("good, expected", [("fig_1.v2", "fig_1.v2"), ("city targets", "city_targets"),
                                            ("10_city_profile__Zhanjiang", "10_city_profile__Zhanjiang")])
def test_safe_slug_keeps_plain_names(good, expected):
    assert safe_slug(good) == expected


# ----------------------------------------------------------------------------------------- table export

def test_export_table_writes_utf8_csv_and_escaped_latex(tmp_path):
    frame = pd.DataFrame({"city_zh": ["湛江市", "四会市"], "share_%": [95.5, None], "note": ["A & B", "#1"]})
    written = export_table(frame, "coverage.csv", tmp_path / "out", caption="Coverage")
    assert written == {"csv": tmp_path / "out" / "coverage.csv", "tex": tmp_path / "out" / "coverage.tex"}
    csv_text = written["csv"].read_text(encoding="utf-8")
    assert csv_text.splitlines() == ["city_zh,share_%,note", "湛江市,95.5,A & B", "四会市,,#1"]
    tex = written["tex"].read_text(encoding="utf-8")
    assert r"share\_\%" in tex and r"A \& B" in tex and r"\#1" in tex and "湛江市" in tex
    assert r"\label{tab:coverage}" in tex and "nan" not in tex.lower()
    first = {k: p.read_bytes() for k, p in written.items()}
    export_table(frame, "coverage", tmp_path / "out", caption="Coverage")
    assert {k: p.read_bytes() for k, p in written.items()} == first   # deterministic


@pytest.mark.parametrize("name", ["../escape", "/tmp/abs", "sub/table", "表"])
def test_export_table_refuses_names_that_leave_the_folder(tmp_path, name):
    with pytest.raises(ParameterError):
        export_table(pd.DataFrame({"a": [1]}), name, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_require_rows_fails_loudly_on_an_empty_result():
    frame = pd.DataFrame({"a": [1]})
    assert require_rows(frame, "anything") is frame
    with pytest.raises(EmptyResultError, match="no rows for targets of Sihui in 2030: check target_year"):
        require_rows(frame.iloc[0:0], "targets of Sihui in 2030", hint="check target_year")
    with pytest.raises(EmptyResultError):
        require_rows(None, "nothing")
