"""A notice's text set in display lines, read as a headline group under its heading.

A small ad's or notice's text is a few short lines with little punctuation
(``市中心临街商铺 120平方米`` / ``电话 139 0000 1234``, ``本公司…公开招聘`` / ``销售经理 3名
技术员 5名``), set apart from its heading by space. An extractor that gives that space as a
blank line (pdftotext does) leaves the heading alone in its block; ``roles`` reads the
short lines under it as a headline group, and the heading, with no body of its own,
would become that group's kicker. Under a notice's heading, a group whose whole text is
no longer than a notice's (``page.boxes.MAX_NOTICE_CELLS``), with no credit of a story
and no kicker of its own, is the notice's text: its lines are the notice's paragraphs.
A group over more text than that is a story's, printed after the notice.
"""

from __future__ import annotations

from newsclean.chardata import display_width
from newsclean.page.boxes import MAX_NOTICE_CELLS, notice_heading
from newsclean.segment.model import Article, Blocks

#: The signal of an item opened by a notice's heading (``assemble``).
NOTICE_SIGNAL = "a notice's heading"


def takes_group_as_text(notice: Article, group: Article) -> bool:
    """Whether the bodiless ``notice`` owns ``group``, printed right after it, as its
    text (see the module docstring)."""
    if NOTICE_SIGNAL not in notice.signals or not notice_heading(notice.headline or ""):
        return False
    if group.kicker is not None or group.byline is not None or NOTICE_SIGNAL in group.signals:
        return False
    texts = group.head_lines() + [b["text"] for b in group.blocks]
    return all(b["type"] == "paragraph" for b in group.blocks) and (
        sum(display_width(t) for t in texts) <= MAX_NOTICE_CELLS
    )


def take_group_as_text(notice: Article, group: Article) -> None:
    """The group's title lines (it has no kicker: :func:`takes_group_as_text`) and
    paragraphs become the notice's paragraphs."""
    notice.blocks = Blocks({"type": "paragraph", "text": t} for t in group.head_lines())
    notice.blocks += group.blocks
    notice.layouts += group.layouts
    notice.signals.append("a notice's text set in display lines under its heading")
