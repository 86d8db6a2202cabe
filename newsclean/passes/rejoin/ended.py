"""Where a paragraph visibly ended, whatever its punctuation says: its last printed line
stops short of the column its lines were set to (a paragraph an earlier round joined
keeps that line in its layout), or a short Latin line stands over text in another
script, or over a line wider than any printed column, that a wrapped sentence never
runs into (a label over its text). rejoin's join decision (``decide``) and its Latin
rules (``latin_joins``) ask these."""

from __future__ import annotations

import unicodedata
from functools import cache

from newsclean.latin import ends_in_leading_word
from newsclean.page.describe import NO_LINE_END, NO_LINE_START, closes_earlier, hyphen_end
from newsclean.passes.rejoin.lines import FULL, LEADING_DASHES, Columns, Line, Paragraph

#: In a justified paragraph, a line this much shorter than its middle line ends it
#: (OCR character counts of justified lines scatter by a tenth around the middle).
JUSTIFIED_SHORT = 0.8
#: No printed Latin column is this wide, in characters.
LONGEST_LATIN_LINE = 100


def _label_over_text(paragraph: Paragraph, b: Line) -> bool:
    """A sentence does not change its script at a line's end: a Latin line standing
    alone, ending no sentence, over a line that opens in another script (Cyrillic,
    Arabic, Han…) is a label over that text (``Altai, Southern`` over a paragraph in
    Altai, ``Chinese, Gan`` over one in Chinese), whatever its punctuation. Nor does a
    wrapped sentence go on from a short line into a line longer than any printed column
    (set on one line, never wrapped): the short line is a label over that text too
    (``Gaelic, Scottish`` over ``Tha gach uile dhuine…``), unless it leads on (a
    dateline, a dash, a leading word) or is a piece of a layout line (a wide gap in
    it)."""
    a = paragraph.last
    if len(paragraph.lines) > 1 or a.cjk or a.ends_sentence or a.unclosed:
        return False
    if hyphen_end(a.text) or a.text[-1] in NO_LINE_END or b.text[0] in NO_LINE_START:
        return False
    if (
        not b.cjk
        and a.layout is None
        and b.layout is None
        and b.width > LONGEST_LATIN_LINE
        and 2 * a.width < b.width
        and not a.starts_new
        and "  " not in a.text
        and not a.text.endswith(LEADING_DASHES)
        and not ends_in_leading_word(a.text)
    ):
        return True
    last = next((ch for ch in reversed(a.text) if ch.isalpha()), "")
    first = next((ch for ch in b.text if ch.isalpha()), "")
    return bool(last and first) and _script(last) == "LATIN" and _script(first) != "LATIN"


@cache
def _script(letter: str) -> str:
    """The script a letter's Unicode name opens with (``LATIN``, ``CYRILLIC``, ``CJK``).
    Kept per letter: asked of two letters at every line a paragraph of one line may
    continue into, and a page writes few letters."""
    return unicodedata.name(letter, "").split(" ", 1)[0]


def _ended_short(a: Line) -> bool:
    """A paragraph an earlier round joined, whose last printed line stops short of the
    column its lines were set to, ended there (its joined text is far wider than any
    column, which the later rounds' measures would take for a line run to the margin)."""
    layout = a.layout
    return layout is not None and layout.lines > 1 and layout.last < FULL * layout.width


def _paragraph_ended(a: Line, b: Line, columns: Columns) -> bool:
    """A paragraph that ends a sentence where it visibly ended: its last printed line
    short of its column (an earlier round joined it), or one line wider than any column
    (an earlier run joined it), or any line on a page that measures no column and holds
    running text wider than any (a second run's: the first ended it by a printed line
    it no longer sees), or before a line that closes nothing (so a second run, which
    sees no printed line, agrees). A quote left open does not carry it on: a
    quotation over several paragraphs opens again on each, and a closing mark OCR lost
    (or a headline's quote) would otherwise run the rest of the page into it."""
    if not a.ends_sentence:
        return False
    return _ended_short(a) or columns.shows_no_measure(a) or not closes_earlier(b.text)
