"""A CJK column's measure to the cell: what two lines' widths say of one column."""

from __future__ import annotations

import pytest

from newsclean.page.cjk_column_measure import OTHER_MEASURE, SAME_MEASURE, measure_odds
from newsclean.page.runon import read_line

_FULL = "物化载体，在考古遗址研究阐释、保护利用和文化"  # 22 characters, running on


@pytest.mark.parametrize(
    ("x", "y", "odds"),
    [
        # Two full lines of one column: one measure.
        (_FULL, "传承方面具有全国性示范意义。国家考古遗址公园", SAME_MEASURE),
        # A closing mark hung in the margin: still one measure.
        (_FULL, "传承方面具有全国性示范意义。国家考古遗址公，", SAME_MEASURE),
        # A narrower box's line running on: another column's.
        (_FULL, "不确定性，美国多家大型企业下调营", OTHER_MEASURE),
        # A wider column's line after a full one: another column's.
        ("不确定性，美国多家大型企业下调营", _FULL, OTHER_MEASURE),
        # The paragraph's last line, ending its sentence, may be any width.
        (_FULL, "传承方面具有全国性示范意义。", 0.0),
        # A paragraph's first line, indented two characters (OCR drops the indent).
        ("国家考古遗址公园是中华文明的物化载体，在", _FULL, 0.0),
        # After a sentence's end a paragraph may end: the width says nothing.
        ("传承方面具有全国性示范意义。", _FULL, 0.0),
        # Too short to show a measure.
        (_FULL, "营收预期", 0.0),
        # Latin lines are runon's.
        ("the question would be decided before the", "spring floods came down", 0.0),
    ],
)
def test_two_lines_widths_say_whether_they_share_a_column(x: str, y: str, odds: float) -> None:
    assert measure_odds(read_line(x), read_line(y)) == odds
