"""A headline set between two stories of one column, in a face the extractor does not
show: the story above ends its last sentence at a line's end, the headline's lines end
no sentence, and the next story opens under them: with its byline, its dateline (a
CJK paper's 电头: ``本报讯（记者 王芳）``, ``新华社北京4月18日电``), or as a sentence
opens (a capitalised article, preposition or conjunction before a word in lower case).
Read line by line, the headline's first line looked like the next sentence
of the paragraph above, and the paragraph ran on through the headline into the next
story. Told by these text facts alone, never by widths: a headline in a narrow column
wraps to the column's width."""

from __future__ import annotations

import re
from functools import cache

from newsclean import regex
from newsclean.latin import sentence_opening
from newsclean.page.credits import DATELESS_DATELINE_CJK, _bracketed
from newsclean.page.describe import NO_LINE_END, hyphen_end
from newsclean.passes.rejoin.headings import (
    _opens_sentence,
    _reads_as_heading,
    _titled,
    ends_on_particle,
)
from newsclean.passes.rejoin.lines import HEADLINE_WORDS, Line

#: A CJK headline wraps onto at most this many lines of its column.
MAX_CJK_HEADLINE_LINES = 4


def mark_headlines_between(lines: list[Line]) -> None:
    """Mark the first line of each headline that stands, in one block, between a line
    ending a sentence and a line opening one (``Line.heads_story``)."""
    for i in range(1, len(lines) - 1):
        if lines[i - 1].ends_sentence and _headline_from(lines, i):
            lines[i].heads_story = True


def _headline_from(lines: list[Line], start: int) -> bool:
    """Do the lines from ``start`` up to a line that opens a story read as one headline?
    Its lines are heading lines (a Latin one may be a subject, a colon and what befell
    it; a CJK one holds no clause mark), a Latin headline's words are few, its first
    opens on a capital and not as an English sentence opens (a headline drops the
    article), and its last leads nowhere (no broken word, no leading word but a German
    clause's particle)."""
    first = lines[start]
    if first.starts_lower or first.starts_new or first.byline:
        return False
    if not first.cjk and (not first.text[:1].isupper() or sentence_opening(first.text)):
        return False
    words = 0
    for end in range(start, len(lines)):
        line = lines[end]
        if line.cjk != first.cjk or line.byline or not (_reads_as_heading(line) or _titled(line)):
            return False
        words += line.words
        if words > HEADLINE_WORDS or (line.cjk and end - start >= MAX_CJK_HEADLINE_LINES):
            return False
        below = lines[end + 1] if end + 1 < len(lines) else None
        if below is not None and _opens_story(below, line.cjk):
            return _leads_nowhere(line)
    return False


def _opens_story(line: Line, cjk: bool) -> bool:
    if line.starts_new or line.byline:
        return True
    if cjk:
        return _cjk_credit().match(line.text) is not None or (
            DATELESS_DATELINE_CJK.match(line.text) is not None
        )
    return not line.cjk and _opens_sentence(line.text)


@cache
def _cjk_credit() -> re.Pattern[str]:
    """``本报讯（记者 王芳）``: the paper's credit a CJK story opens with."""
    return regex.compile(f"^{_bracketed()}")


def _leads_nowhere(line: Line) -> bool:
    if line.cjk:
        return line.text[-1] not in NO_LINE_END
    if hyphen_end(line.text) or not line.text[-1:].isalnum():
        return False
    return not line.leading_word_end or ends_on_particle(line)
