"""The one slug function (``plantargets.names.slugify``): run folders and figure files are named with it."""

from __future__ import annotations

import pytest

from plantargets.names import slugify


@pytest.mark.parametrize("text, expected", [
    ("Zhanjiang", "Zhanjiang"),                      # a plain name stays as it is, case kept
    ("fig_1.v2", "fig_1.v2"),
    ("city targets", "city-targets"),                # spaces: one hyphen
    ("city \t  targets", "city-targets"),            # a run of whitespace: still one hyphen
    ("湛江市", ""),                                   # Chinese only: nothing left, the caller decides
    ("湛江 Zhanjiang", "Zhanjiang"),                  # Chinese dropped, the hyphen left at the start trimmed
    ("Zhan湛江jiang", "Zhan-jiang"),                  # Chinese inside a name: one hyphen
    ("Dumbbells: Shared (EN)", "Dumbbells-Shared-EN"),
    ("ols+holt", "ols-holt"),                        # a list of values, joined with +
    ("a/b\\c", "a-b-c"),                             # path separators never survive
    ("../etc/passwd", "etc-passwd"),
    ("x...y", "x.y"),                                # no '..' inside
    ("--fig_1.v2--", "fig_1.v2"),                    # '-', '.', '_' trimmed at both ends
    ("._hidden_.", "hidden"),
    ("", ""),
])
def test_slugify_keeps_ascii_letters_digits_dot_underscore_hyphen(text, expected):
    assert slugify(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dumbbells: Shared (EN)", "dumbbells-shared-en"),
    ("fig_2 v1", "fig-2-v1"),                        # '_' is not kept: a hyphen
    ("projection-preschool_gross_enrollment_rate", "projection-preschool-gross-enrollment-rate"),
    ("Ünïcode name", "ncode-name"),                  # non-ASCII dropped, not replaced
    ("a--b..c", "a-b-c"),
    ("湛江", ""),
])
def test_slugify_for_figure_files_lowercase_letters_digits_and_hyphens(text, expected):
    assert slugify(text, keep="", lowercase=True) == expected


def test_different_names_can_share_a_slug():
    """Why callers add something when a name lost characters: the slug alone does not tell such names apart."""
    assert slugify("湛江") == slugify("四会") == ""
    assert slugify("a b") == slugify("a/b") == slugify("a-b") == "a-b"
