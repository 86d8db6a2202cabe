"""A Chinese headline set large over a narrow column, made body by its many lines.

Set in display type, a CJK headline fits few characters to the line: over a narrow
column it wraps onto three, four, six lines, and ``roles`` makes any unit of more than
two lines body. Over a wide column ``places``' ``headline-set-large`` finds it by its
measure, narrower than the body's; over a column no wider than it (a headline across
two columns of body, or a page whose extractor read the headline with the body's
measure), and over a credit (``本报记者 周敏``) that has no measure of body, that test
cannot tell.

Body of the same words and lines cannot end as it does. A paragraph's last line is
short where its text ended, and Chinese text ends with its sentence's mark (``。``,
``！``, ``”``); a paragraph that ends without one was cut at a column's foot, where its
last line runs the full measure. Nor is it the rest of a paragraph above it cut at a
column's foot: that rest, too, ends with its mark or runs full again. Words that read
as a heading (no full stop, no clause's end, at most one comma: ``wrapped_heading``)
whose last line stops well short of their widest ended there without a mark: the
headline of what stands under them.
"""

from __future__ import annotations

from newsclean.segment.model import Unit

#: The last line of a headline that ended mid-line fills at most this share of its
#: widest line (a headline balanced to fill its last line is left to the other tests).
LAST_LINE_SHARE_OF_WIDEST = 0.6


def cjk_headline_ended_short(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """Words of a heading on many lines, the last short, over more of the page: a
    headline (at the page's foot, nothing stands under it to be its story)."""
    layout = unit.layout
    return (
        after is not None
        and unit.role == "body"
        and unit.wrapped_heading
        and unit.cjk
        and layout is not None
        # 0: not measured (a line that the extractor gave no measure).
        and 0 < layout.last <= LAST_LINE_SHARE_OF_WIDEST * layout.width
    )
