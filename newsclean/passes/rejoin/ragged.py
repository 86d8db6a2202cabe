"""Ragged hard-wrapped text with no column measured: does a block's first line go on
into the line under it?

A plain-text file wrapped to a fixed measure (an e-mail, a README, a wire story
exported from an editing system) has no justified column to measure, and its
paragraphs may open on a line that ends no sentence before a line that opens with a
capital (a name: ``…nawiedziło w środę`` / ``Tongę i okoliczne wyspy.``). Such a line
looks like a headline over its text, and was kept apart from it. It is the
paragraph's first line when the lines under it show the measure it was wrapped to:

* either it opens as an English sentence does (an article, then words mostly in
  lower case; headlines drop the article), says more than a heading line, and is as
  wide as the line under it, give or take the ragged margin, that line still inside
  its paragraph (it ends no sentence);
* or, in any language (with case or without), it is set in sentence case (a capital
  or a caseless letter, then words mostly in lower case: a capital that opens a
  sentence, ``России. В``, and a word in capitals, ``ДУМЕ``, are no title case; no
  clause mark at its end, as verse has) and was broken where a wrapper breaks a line:
  the first word of the line under it would not have fitted on it within the measure
  the next two lines are wrapped to (``b`` breaks there too, and may end a sentence
  at the margin by chance; the line under it goes on, in lower case, a caseless
  script or after a word in capitals, where each line of verse opens with a capital,
  and is not short enough to end its paragraph). A title over its text is set apart
  by its width: the first word of the text would have fitted beside a shorter title.
"""

from __future__ import annotations

import itertools

from newsclean.chardata import ends_sentence
from newsclean.latin import sentence_opening
from newsclean.page.describe import ends_clause, width_cells
from newsclean.passes.rejoin.lines import (
    FULL,
    HEADING_WORDS,
    LATIN_SHORT,
    MIN_COLUMN_LINE,
    Line,
    Paragraph,
)

#: A line in sentence case says at least this many words (fewer tell no case).
MIN_SENTENCE_CASE_WORDS = 4


def as_wide(a: Line, b: Line) -> bool:
    """``b`` is inside its paragraph (it ends no sentence) and ``a`` is as wide as it,
    give or take the ragged margin: both wrapped to one measure."""
    return not b.ends_sentence and _same_measure(a, b)


def _same_measure(a: Line, b: Line) -> bool:
    return (
        b.layout is None
        and b.width >= MIN_COLUMN_LINE
        and FULL * b.width <= a.width <= b.width / FULL
    )


def wrapped_first_line(paragraph: Paragraph, b: Line, after: Line | None) -> bool:
    """A block's first line, which ends no sentence, is the first line of the paragraph
    ``b`` goes on with (see the module docstring). ``after`` is the line under ``b``.
    Where both lines were broken where a wrapper breaks, ``b`` may end a sentence (it
    ended at the margin by chance: ``…प्राप्त है।`` before ``उन्हें…``), and may fall short
    of ``a`` by the long word the wrapper carried to ``after``."""
    a = paragraph.last
    if len(paragraph.lines) != 1 or not paragraph.opens_block:
        return False
    if as_wide(a, b) and len(a.text.split()) > HEADING_WORDS and sentence_opening(a.text):
        return True
    if after is None or b.layout is not None or b.width < MIN_COLUMN_LINE:
        return False
    measure = max(b.width, after.width)
    return (
        after.layout is None
        and a.width <= measure / FULL
        and _goes_on(after.text)
        and (after.ends_sentence or after.width >= LATIN_SHORT * measure)
        and _sentence_case(a.text)
        and _broken_where_full(a, b, after)
    )


def _goes_on(text: str) -> bool:
    """A line that goes on with a sentence: it opens in lower case, in a script without
    case, or with a word in capitals before words in lower case (a name or an
    abbreviation set in capitals inside the sentence: ``ΚΟΙΝΟΒΟΥΛΙΟ συζητήθηκε``)."""
    if text[:1].islower() or opens_without_case(text):
        return True
    words = text.split()
    return len(words) > 1 and words[0].isupper() and _mostly_lower(words)


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
        and _mostly_lower(words)
    )


def _mostly_lower(words: list[str]) -> bool:
    """The words after the first are mostly not capitalised as a title capitalises
    them, and some are in lower case. A word that opens a sentence (``России. В``) is
    capitalised in any sentence, and one in capitals is an abbreviation or a phrase set
    in capitals (``СССР``, ``В ГОСУДАРСТВЕННОЙ ДУМЕ вчера``): neither is title case. A
    line of capitals alone has no word in lower case (a script without case counts as
    lower case)."""
    # Not ``latin.mostly_lower``, on purpose: that one counts capitals as a headline's
    # (display type on a Latin page); this one tells sentence case from title case in
    # any script, and a line with no word in lower case is no sentence's.
    titled = lower = 0
    for before, word in itertools.pairwise(words):
        if word[:1].islower() or opens_without_case(word):
            lower += 1
        elif word[:1].isupper() and not word.isupper() and not ends_sentence(before):
            titled += 1
    return lower > 0 and 2 * titled < len(words) - 1


def _broken_where_full(a: Line, b: Line, after: Line) -> bool:
    """``a`` and ``b`` are each broken where the next word would not fit within the
    measure of ``b`` and ``after`` (the wider of them): a wrapper's breaks."""
    measure = max(b.width, after.width)
    return _next_word_overflows(a, b, measure) and _next_word_overflows(b, after, measure)


def _next_word_overflows(line: Line, below: Line, measure: int) -> bool:
    first = below.text.split(" ", 1)[0]
    return line.width + 1 + width_cells(first, False) > measure
