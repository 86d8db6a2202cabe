"""rejoin's later rounds read how a joined paragraph was printed (its ``Layout``), not
the width of its joined text."""

from __future__ import annotations

import pytest

from newsclean.model import Layout
from newsclean.passes.rejoin.decide import _ended_short
from newsclean.passes.rejoin.lines import _describe


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
