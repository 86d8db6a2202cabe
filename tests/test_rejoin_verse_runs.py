"""rejoin's Latin verse candidates: a block reads as verse only through four phrase
lines in a row, and one without them is asked nothing more (``verse._in_a_row``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.passes.rejoin.lines import Line, _describe
from newsclean.passes.rejoin.verse import _in_a_row, _latin_verse_candidates


@given(st.lists(st.booleans(), max_size=30), st.integers(min_value=1, max_value=6))
def test_in_a_row_is_count_trues_side_by_side(found: list[bool], count: int) -> None:
    windows = (found[i : i + count] for i in range(len(found) - count + 1))
    assert _in_a_row(found, count) == any(all(window) for window in windows)


def _lines(text: str) -> list[Line]:
    return [_describe(line, 0.0, ()) for line in text.strip().splitlines()]


def test_a_stanza_of_four_phrase_lines_is_a_candidate() -> None:
    stanza = """
Because I could not stop for Death,
He kindly stopped for me;
The carriage held but just ourselves
And Immortality.
"""
    lines = _lines(stanza)
    # The third line ends no phrase: the capitals' run is refused, the clauses' too.
    assert _latin_verse_candidates(lines) == []
    four = _lines(stanza.replace("ourselves", "ourselves,"))
    assert _latin_verse_candidates(four) == [four]


def test_three_phrase_lines_in_a_row_are_no_candidate() -> None:
    prose = """
The council met on Monday,
and the mayor spoke first;
then the clerk read the minutes,
which took most of the evening and left little time for the
questions the public had brought.
"""
    assert _latin_verse_candidates(_lines(prose)) == []
