"""A headline set between two stories of one column, in a face the extractor does not
show: the story above ends its last sentence at a line's end, the headline's lines end
no sentence, and the next story opens under them: with its byline, its dateline, or as
a sentence opens (a capitalised article, preposition or conjunction before a word in
lower case). Read line by line, the headline's first line looked like the next sentence
of the paragraph above, and the paragraph ran on through the headline into the next
story. Told by these text facts alone, never by widths: a headline in a narrow column
wraps to the column's width, and widths fitted to generated pages failed on real OCR.
(CJK pages are left to the width rules: there no capital marks a sentence's start.)"""

from __future__ import annotations

from newsclean.latin import sentence_opening
from newsclean.page.describe import hyphen_end
from newsclean.passes.rejoin.headings import (
    _opens_sentence,
    _reads_as_heading,
    _titled,
    ends_on_particle,
)
from newsclean.passes.rejoin.lines import HEADLINE_WORDS, Line


def mark_headlines_between(lines: list[Line]) -> None:
    """Mark the first line of each headline that stands, in one block, between a line
    ending a sentence and a line opening one (``Line.heads_story``)."""
    for i in range(1, len(lines) - 1):
        if lines[i - 1].ends_sentence and _headline_from(lines, i) and not _verse(lines, i):
            lines[i].heads_story = True


def _verse(lines: list[Line], start: int) -> bool:
    """Verse opens every line on a capital, so each of its lines reads as a heading's
    (``Boost 'er up with all your might.`` / ``If you know some feller's failin's`` /
    ``Just forget 'em 'cause you know`` / ``That same feller's…``): the two lines over
    the run opening on capitals as well (or on a mark or figure OCR read for one: ``1"
    la vida…`` for ``Y la vida…``) tell a poem from a headline under a story's last
    line, which mostly opens in lower case."""
    return start >= 2 and not any(line.starts_lower for line in lines[start - 2 : start])


def _headline_from(lines: list[Line], start: int) -> bool:
    """Do the lines from ``start`` up to a line that opens a story read as one headline?
    Its lines are heading lines (or a subject, a colon and what befell it), its words
    are few, its first opens on a capital and not as an English sentence opens (a
    headline drops the article), and its last leads nowhere (no broken word, no leading
    word but a German clause's particle)."""
    first = lines[start]
    if first.cjk or first.starts_lower or first.starts_new or first.byline:
        return False
    if not first.text[:1].isupper() or sentence_opening(first.text):
        return False
    words = 0
    for end in range(start, len(lines)):
        line = lines[end]
        if line.cjk or line.byline or not (_reads_as_heading(line) or _titled(line)):
            return False
        words += line.words
        if words > HEADLINE_WORDS:
            return False
        below = lines[end + 1] if end + 1 < len(lines) else None
        if below is not None and _opens_story(below):
            return _leads_nowhere(line)
    return False


def _opens_story(line: Line) -> bool:
    return line.starts_new or line.byline or (not line.cjk and _opens_sentence(line.text))


def _leads_nowhere(line: Line) -> bool:
    if hyphen_end(line.text) or not line.text[-1:].isalnum():
        return False
    return not line.leading_word_end or ends_on_particle(line)
