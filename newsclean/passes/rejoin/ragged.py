"""Ragged hard-wrapped text with no column measured: does a block's first line go on
into the line under it?

A plain-text file wrapped to a fixed measure (an e-mail, a README, a wire story
exported from an editing system) has no justified column to measure, and its
paragraphs may open on a line that ends no sentence before a line that opens with a
capital (a name: ``…nawiedziło w środę`` / ``Tongę i okoliczne wyspy.``). Such a line
looks like a headline over its text, and was kept apart from it. It is the
paragraph's first line when the lines under it show the measure it was wrapped to:

* it is as wide as the line under it, give or take the ragged margin, and that line
  is still inside its paragraph (it ends no sentence);
* and either it opens as an English sentence does (an article, then words mostly in
  lower case; headlines drop the article) and says more than a heading line,
* or, in any language with case, it is set in sentence case (a capital, then words
  mostly in lower case; no clause mark at its end, as verse has) and was broken where
  a wrapper breaks a line: the first word of the line under it would not have fitted
  on it within the measure the next two lines are wrapped to (``b`` breaks there
  too, inside a sentence: the line under it opens in lower case, where each line of
  verse opens with a capital). A title over its text is set apart by its
  width: the first word of the text would have fitted beside a shorter title.
"""

from __future__ import annotations

from newsclean.latin import mostly_lower, sentence_opening
from newsclean.page.describe import ends_clause, width_cells
from newsclean.passes.rejoin.lines import FULL, HEADING_WORDS, MIN_COLUMN_LINE, Line, Paragraph

#: A line in sentence case says at least this many words (fewer tell no case).
MIN_SENTENCE_CASE_WORDS = 4


def as_wide(a: Line, b: Line) -> bool:
    """``b`` is inside its paragraph (it ends no sentence) and ``a`` is as wide as it,
    give or take the ragged margin: both wrapped to one measure."""
    return (
        not b.ends_sentence
        and b.layout is None
        and b.width >= MIN_COLUMN_LINE
        and FULL * b.width <= a.width <= b.width / FULL
    )


def wrapped_first_line(paragraph: Paragraph, b: Line, after: Line | None) -> bool:
    """A block's first line, which ends no sentence, is the first line of the paragraph
    ``b`` goes on with (see the module docstring). ``after`` is the line under ``b``."""
    a = paragraph.last
    if len(paragraph.lines) != 1 or not paragraph.opens_block or not as_wide(a, b):
        return False
    if len(a.text.split()) > HEADING_WORDS and sentence_opening(a.text):
        return True
    return (
        after is not None
        and after.layout is None
        and (after.starts_lower or opens_without_case(after.text))
        and (after.ends_sentence or as_wide(after, b))
        and _sentence_case(a.text)
        and _broken_where_full(a, b, after)
    )


def opens_without_case(text: str) -> bool:
    """The first letter is of a script without case (Arabic, Hebrew, Devanagari, Thai,
    Georgian): neither a capital nor lower case tells where a sentence starts."""
    letter = next((ch for ch in text if ch.isalpha()), "")
    return bool(letter) and not letter.isupper() and not letter.islower()


def _sentence_case(text: str) -> bool:
    """Opens with a capital, then words mostly in lower case, and ends in a word: a
    script without case shows no sentence case, and a line ending in a clause mark
    (``Я помню чудное мгновенье:``) is as often a line of verse or a list's lead-in."""
    words = text.split()
    return (
        len(words) >= MIN_SENTENCE_CASE_WORDS
        and (words[0][:1].isupper() or opens_without_case(text))
        and not ends_clause(text)
        and mostly_lower(words)
    )


def _broken_where_full(a: Line, b: Line, after: Line) -> bool:
    """``a`` and ``b`` are each broken where the next word would not fit within the
    measure of ``b`` and ``after`` (the wider of them): a wrapper's breaks."""
    measure = max(b.width, after.width)
    return _next_word_overflows(a, b, measure) and _next_word_overflows(b, after, measure)


def _next_word_overflows(line: Line, below: Line, measure: int) -> bool:
    first = below.text.split(" ", 1)[0]
    return line.width + 1 + width_cells(first, False) > measure
