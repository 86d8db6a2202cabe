"""rejoin.specked_end: a sentence end read past the specks OCR set after it, and only
past specks standing apart."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.passes.rejoin.specked_end import (
    SPECK_MARKS,
    ends_sentence_under_specks,
    without_trailing_specks,
)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("kills in some areas throughout the Midwest. :", True),
        ("the festival of lights, which occurs Tuesday.’ :", True),
        ("natural earthquake hazards. : : ‘", True),
        ("launch times.” ‘ ‘", True),
        # Negative: a mark run on without a space is written, not a speck.
        ("as in the following cases, e.g.:", False),
        # Negative: no sentence ends before the specks.
        ("other important structures, | : :", False),
        # Negative: a dash leads on (a dateline run into its story), a letter is a word.
        ("WASHINGTON, July 20. —", False),
        ("the council said. a", False),
        # Negative: a line that ends its sentence with no specks is not this rule's.
        ("the council said.", False),
    ],
)
def test_ends_sentence_under_specks(line: str, ends: bool) -> None:
    assert ends_sentence_under_specks(line) is ends


@pytest.mark.parametrize(
    ("line", "core"),
    [
        ("ward this summer as streamflows in |,", "ward this summer as streamflows in"),
        ("Last summer's drought may move west- |", "Last summer's drought may move west-"),
        ("the city, etc.:", "the city, etc.:"),
        ("no specks here ", "no specks here"),
    ],
)
def test_without_trailing_specks(line: str, core: str) -> None:
    assert without_trailing_specks(line) == core


#: The groups of specks as a pattern, the form the module's docstring gives them.
_SPECKS_AT_END = re.compile(f"(?:\\s+[{re.escape(SPECK_MARKS)}]{{1,3}})+\\s*$")


@settings(max_examples=500, derandomize=True)
@given(st.text(alphabet=".:;‘’| a\t", max_size=24))
def test_specks_read_from_the_end_are_the_pattern_s(line: str) -> None:
    stripped = line.rstrip()
    found = _SPECKS_AT_END.search(stripped)
    assert without_trailing_specks(line) == (
        stripped if found is None else stripped[: found.start()]
    )


def test_a_line_of_dots_is_read_once() -> None:
    # A long run of marks with no space before the last four is no speck, and is not
    # read again from each of its spaces.
    line = "Done. " + ". " * 200_000 + "...."
    assert without_trailing_specks(line) == line
