"""A CJK column's measure, to the cell: the evidence that two lines are not one column's.

Chinese and Japanese text is set on a whole number of characters: every line of a
paragraph but its last fills the measure exactly (a closing mark may hang one cell into
the margin, and a paragraph's first line is indented two characters, which OCR does not
print). Side-by-side columns are seldom set on one measure (a body of ~24 characters, a
boxed quotation of ~20 at a larger size, a sidebar of ~10), so where OCR read them row by
row, a line and the next one read, both full and running on, differ by more than a
character where two lines of one column do not. ``runon.join_odds`` judges the measure
by a share of the width, as Latin lines need (a justified Latin line's width in
characters scatters by a tenth); a CJK line's width says more, and this is the rest of
what it says (``interleave`` adds it to the join's odds).

Recognition: both lines CJK and at least ``runon.MIN_MEASURED`` cells, the first not
ending a sentence (a paragraph may end there, and the next line start anywhere). Within
``cjk_same_measure_cells`` of each other: one measure. The second wider than the first by
more than ``cjk_indent_hang_cells`` (more than an indent and a hung mark): another
column's. The second narrower by more than ``cjk_same_measure_cells`` without ending a
sentence: no paragraph's last line, so another column's (or a heading).
"""

from __future__ import annotations

from newsclean.page.runon import MIN_MEASURED, LineEnds
from newsclean.page.tuning import TUNING, Tuning

#: Log odds that the second line follows the first in its column, no weightier than
#: ``runon``'s own measure evidence, to which they add: OCR drops and merges characters,
#: so a width is evidence, never proof. One measure to the cell...
SAME_MEASURE = 0.3
#: ...and a measure no line of the first one's column can have.
OTHER_MEASURE = -0.75


def measure_odds(x: LineEnds, y: LineEnds, tuning: Tuning = TUNING) -> float:
    """What the widths of two CJK lines add to the odds that ``y`` follows ``x`` in one
    column (0 for other lines)."""
    if not (x.cjk and y.cjk) or x.ends_sentence or min(x.width, y.width) < MIN_MEASURED:
        return 0.0
    wider = y.width - x.width
    if abs(wider) <= tuning.cjk_same_measure_cells:
        return SAME_MEASURE
    if wider > tuning.cjk_indent_hang_cells or (wider < 0 and not y.ends_sentence):
        return OTHER_MEASURE
    return 0.0
