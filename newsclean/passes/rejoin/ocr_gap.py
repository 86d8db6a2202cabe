"""A blank line OCR read under a paragraph's first line: Tesseract writes a blank line
wherever the space between two printed lines widens (a speck, a skewed or worn line),
and keeps no indentation, so a paragraph's first line can stand alone between blank
lines with its sentence going on under the second (``Based on data from the USGS
network of more`` ⏎⏎ ``than 7,000 streamgages nationwide, …``). rejoin bridges a blank
line in a paragraph of two lines or more that ends no sentence, before lower case
(``decide._wrapped_into_lower``); a line alone it bridges only on a hyphen, since a
line alone may be a heading or a table's cell. Asked where that decision refused.

Recognised by how a first line is set: it fills the column the text under it runs in
(at least ``ocr_gap_min_width_share`` of the line under the blank, never wider than
any printed column), says several words over a column's width (``ocr_gap_min_words``,
``ocr_gap_min_cells``: a table's cell or a list's item says fewer), is no line in
capitals, and ends on a word in lower case (or half of one, hyphenated), no sentence,
the specks OCR read after it aside (``specked_end``), before a line that opens in lower
case, and more lines under that (a verse or a list double-spaced sets each line
alone). A heading is narrower than its column, or ends on a capitalised word, and the
body under it opens on a capital."""

from __future__ import annotations

from newsclean.page.describe import caption_credit, hyphen_end
from newsclean.page.tuning import TUNING, Tuning
from newsclean.passes.rejoin.ended import LONGEST_LATIN_LINE
from newsclean.passes.rejoin.lines import Line, Paragraph
from newsclean.passes.rejoin.specked_end import without_trailing_specks


def first_line_over_gap(
    paragraph: Paragraph, b: Line, after: Line | None, tuning: Tuning = TUNING
) -> bool:
    """A Latin paragraph's only line goes on across an OCR blank line into ``b``, the
    first of the lines of its block (``after`` the second: a line alone after the blank
    is a verse's or a list's, set a line each)."""
    a = paragraph.last
    if len(paragraph.lines) != 1 or a.layout is not None or a.ends_sentence or after is None:
        return False
    if a.cjk or b.cjk or a.caps or not b.starts_lower:
        return False
    if a.set_apart or b.set_apart or a.list_item or b.list_item or b.indented:
        return False
    if a.byline or b.byline or b.starts_new or caption_credit(a.text):
        return False
    if not _ends_on_lower_case_word(without_trailing_specks(a.text)):
        return False
    least = max(tuning.ocr_gap_min_cells, tuning.ocr_gap_min_width_share * b.width)
    if not least <= a.width <= LONGEST_LATIN_LINE:
        return False
    return a.words >= tuning.ocr_gap_min_words


def _ends_on_lower_case_word(end: str) -> bool:
    """The line ends on a word in lower case, or on one broken by a hyphen after a
    lower-case letter (``move west-``), once the specks after it are left out."""
    if hyphen_end(end):
        end = end[:-1]
    return end[-1:].islower()
