"""A CJK wire dateline that a line break cut from its story, with the space that sets it
off kept at the line end (``新华社北京3月5日电 `` / ``第十四届全国人民代表大会…``), opens
that story: it is no credit line standing alone.

A dateline is set off from the story it opens by a space, on the story's first line
(``run_in_dateline``). Where the story's first word fell on the next line, the space fell
at the line end; ``whitespace`` keeps such a space only where the two lines, joined with
it, read as a dateline and its story and no other line of the page is padded
(``credit_spaces``). Without that space the line is a dateline set on a line of its own
over its story, as a credit is (``Line.byline``), and stays apart: so does a dateline
over a credit line (``记者 张三``) or over a line that opens a paragraph of its own.
"""

from __future__ import annotations

from newsclean.passes.rejoin.lines import Line, Paragraph
from newsclean.passes.rejoin.run_in_dateline import story_opens


def opens_story_below(paragraph: Paragraph, b: Line) -> bool:
    """Is the paragraph a dateline alone whose kept line-end space shows that the story
    it opens goes on in ``b``?"""
    a = paragraph.last
    if len(paragraph.lines) > 1 or not (a.cjk and b.cjk) or b.byline:
        return False
    if not a.raw.endswith(" ") or a.raw.endswith("  "):
        return False
    # The dateline ends at the space (a dateless one's form takes the space in).
    return len(a.text) <= story_opens(f"{a.text} {b.text}") <= len(a.text) + 1
