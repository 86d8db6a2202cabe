"""A CJK wire dateline run into its story on the story's first line is no heading in
two parts (``新华社北京3月5日电 第十`` / ``四届全国人民代表大会…``).

A line of CJK text in two parts around a space, with no punctuation, is a heading's
form (``上控风险 下稳需求``), and ``decide`` keeps it over the line under it. A wire
dateline (agency, place, date and 电, or with no date ``据新华社电``) is set off from
the story it opens by a space too: when the story's first line is cut before any clause
mark, the line's first part is the dateline and its second the story's first words,
which run on into the next line. Recognised by the dateline forms of ``page.credits``:
the line is read for a heading's two parts only after its dateline. A heading over a
dateline's paragraph is another matter and stays apart: the heading opens with no
dateline, and the dateline line under it starts a paragraph (``Line.starts_new``).

For the same reason a paragraph's first line that opens with a dateline and ends no
sentence goes on into the CJK line under it, however short that line (the story's
last): a dateline opens running text, as ``latin_joins`` reads a Latin one. A dateline
on a line of its own is read as a credit line (``Line.byline``) and stays there, unless
the space that sets it off from its story was kept at the line end
(``dateline_alone``).
"""

from __future__ import annotations

from newsclean.page.credits import DATELESS_DATELINE_CJK, opening_credit_end
from newsclean.page.describe import two_part
from newsclean.passes.rejoin.law_articles import article_text_opens
from newsclean.passes.rejoin.lines import Line, Paragraph


def heading_in_two_parts(text: str) -> bool:
    """``describe.two_part`` of the line ``text`` after the wire dateline or a law's
    article number (``law_articles``) that opens it, if one does."""
    return two_part(text[story_opens(text) or article_text_opens(text) :])


def story_opens(text: str) -> int:
    """Where the story opens after the wire dateline that opens ``text`` (0: none)."""
    dateline = DATELESS_DATELINE_CJK.match(text)
    return dateline.end() if dateline else opening_credit_end(text)


def story_runs_on(paragraph: Paragraph, b: Line) -> bool:
    """Does the story a dateline line opens (the paragraph's only line) go on into
    ``b``?"""
    a = paragraph.last
    if len(paragraph.lines) > 1 or not (a.cjk and b.cjk) or a.ends_sentence:
        return False
    opens = story_opens(a.text)
    return 0 < opens < len(a.text)
