"""rejoin's later rounds read how a joined paragraph was printed (its ``Layout``), not
the width of its joined text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.model import Layout
from newsclean.passes.rejoin.ended import _ended_short
from newsclean.passes.rejoin.lines import _describe
from newsclean.passes.rejoin.paragraphs import _counted_layout, _layout, _line_layout


@pytest.mark.parametrize(
    ("layout", "ended"),
    [
        # Its last printed line stopped well short of the column: the paragraph ended.
        (Layout(lines=9, width=30, first=26, last=21), True),
        # Its last line ran to the margin: the sentence ended there by chance.
        (Layout(lines=9, width=30, first=26, last=29), False),
        # One printed line shows no column to fall short of.
        (Layout(lines=1, width=21, first=21, last=21), False),
    ],
)
def test_a_joined_paragraph_ends_where_its_last_line_stopped_short(
    layout: Layout, ended: bool
) -> None:
    line = _describe("The first time music has been sent into deep space.", 0.0, ())
    line.layout = layout
    assert _ended_short(line) is ended


@pytest.mark.parametrize(
    ("widths", "measure"),
    [
        # One line OCR read long does not widen the column; the last line is left out.
        ([36, 35, 37, 38, 36, 34, 36, 36, 44, 35, 35, 20], 37),
        # A short paragraph's measure is its lines before the last.
        ([33, 34, 12], 34),
        # One printed line is its own measure.
        ([21], 21),
    ],
)
def test_a_paragraphs_measure_is_the_upper_quartile_of_its_lines_before_the_last(
    widths: list[int], measure: int
) -> None:
    lines = [_describe("x" * width, 0.0, ()) for width in widths]
    assert _layout(lines).measure == measure


def test_a_paragraph_joined_in_an_earlier_round_counts_its_lines_at_its_measure() -> None:
    joined = _describe("a paragraph of four printed lines, joined", 0.0, ())
    joined.layout = Layout(lines=4, width=44, first=36, last=30, measure=36)
    lines = [joined, *(_describe("x" * 37, 0.0, ()) for _ in range(3)), _describe("x", 0.0, ())]
    # Before the last: 36 (three lines), 30 (the joined one's last) and 37 (three).
    assert _layout(lines).measure == 37
    assert _layout(lines).column == 37
    assert Layout(lines=4, width=44).column == 44


_WIDTHS = st.integers(min_value=1, max_value=120)


@given(
    st.one_of(
        st.none(),
        st.builds(
            Layout,
            lines=st.integers(min_value=1, max_value=40),
            width=_WIDTHS,
            first=_WIDTHS,
            last=_WIDTHS,
            measure=st.one_of(st.just(0), _WIDTHS),
        ),
    ),
    _WIDTHS,
)
def test_a_paragraph_of_one_line_is_set_as_its_widths_count_says(
    layout: Layout | None, width: int
) -> None:
    line = _describe("x" * width, 0.0, ())
    line.layout = layout
    assert _line_layout(line) == _counted_layout([line])
    assert _layout([line]) == _counted_layout([line])


def test_a_paragraph_of_one_line_keeps_the_layout_an_earlier_round_measured() -> None:
    joined = _describe("a paragraph of four printed lines, joined", 0.0, ())
    joined.layout = Layout(lines=4, width=44, first=36, last=30, measure=36)
    assert _layout([joined]) is joined.layout
    # Measured by no round (a layout made elsewhere): its column is its measure.
    joined.layout = Layout(lines=4, width=44, first=36, last=30)
    assert _layout([joined]) == Layout(lines=4, width=44, first=36, last=30, measure=44)
