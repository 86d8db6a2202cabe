"""A line end OCR made look final over a blank line OCR read into a paragraph. Tesseract
writes a blank line wherever the space between two printed lines widens (a speck, a
worn or skewed line, dirt), and reads a speck of dirt at the line's end as a full stop
or as marks standing apart (``the boards of.``, ``Reuters Group PLC an- |.``, ``…the
Midwest and |.``). rejoin keeps a paragraph apart over a blank line after a sentence
end, and does not see the word or hyphen such a speck stands after.

Two forms of it are read past, and only before a line that goes on (one opening with
a word in lower case, its first word all in lower case: ``iPhone`` or ``eBay`` may
open a paragraph):

* The line ends on a word that leads into the next (``of``, ``the``, ``und``, ``de``:
  ``latin.ends_in_leading_word``) or on half a word broken by a hyphen, behind a full
  stop run on to it or specks set off by a space. No paragraph ends on ``of`` or on
  ``an-``, whatever mark follows. (Specks alone, no full stop, also go on into running
  text that opens on a capital, as the clean line ending on the word does:
  ``in |`` ⏎⏎ ``Southern India``.) A paragraph of several lines whose last ends on any
  word in lower case behind specks set off by a space (``…was said |.``) goes on into
  lower case too, as it does from the word alone (``decide._wrapped_into_lower``).
* A line alone between blank lines, running text as wide as a column the page's text
  is set in (or as the line under the blank), ends on a full stop run on to a word in
  lower case, over a line that ends no sentence: a paragraph's text opens on a capital,
  so a line in lower case under it continues its sentence, and the stop is a speck or
  an abbreviation's (``…in the Vereinigten Staaten.`` ⏎⏎ ``wurden am Freitag…``). A
  paragraph's last line set with others keeps its blank line (a PDF dump sets its
  paragraphs between blank lines, and one may open in lower case), and so does a
  verse's stanza or a list of sentences a line each (they end a sentence on every
  line)"""

from __future__ import annotations

from newsclean.latin import ends_in_leading_word
from newsclean.page.describe import caption_credit, hyphen_end
from newsclean.page.tuning import TUNING, Tuning
from newsclean.passes.rejoin.ended import LONGEST_LATIN_LINE
from newsclean.passes.rejoin.lines import Columns, Line, Paragraph
from newsclean.passes.rejoin.specked_end import without_trailing_specks


def speck_over_gap(
    paragraph: Paragraph, b: Line, after: Line | None, columns: Columns, *, alone: bool
) -> bool:
    """``paragraph`` goes on across a blank line into ``b``, its last line's end a
    speck's (``alone``: that line stood alone between blank lines; ``after``: the line
    under ``b`` in its block, if any)."""
    if not _may_go_on(paragraph, b):
        return False
    return leads_on_behind_speck(paragraph, b) or _stop_alone(
        paragraph, b, after, columns, alone=alone
    )


def _stop_alone(
    paragraph: Paragraph,
    b: Line,
    after: Line | None,
    columns: Columns,
    *,
    alone: bool,
    tuning: Tuning = TUNING,
) -> bool:
    """A printed line alone between blank lines, running text as wide as a column the
    page's text is set in (or as the line under the blank), ends on a false stop
    (``false_stop``) over a line of running text that ends no sentence. A verse's stanza,
    or a list of sentences set a line each, ends a sentence on every line; a fragment
    an extractor set between blank lines (``zum Kreis-``) says a word or two. The text
    under the blank wraps on (a line under ``b`` in its block): once ``fix`` has joined
    a paragraph it stands in a block of its own, so a second run, which sees its lines
    alone, asks nothing the first did not."""
    a = paragraph.last
    if after is None or not alone or a.layout is not None or not a.ends_sentence or b.ends_sentence:
        return False
    if min(a.words, b.words) < tuning.ocr_gap_min_words or a.width > LONGEST_LATIN_LINE:
        return False
    least = max(tuning.ocr_gap_min_cells, tuning.ocr_gap_min_width_share * b.width)
    if columns.column_of(a.width) is None and a.width < least:
        return False
    return false_stop(a.text, b.text) is not None


def leads_on_behind_speck(paragraph: Paragraph, b: Line) -> bool:
    """``paragraph`` goes on across a blank line into ``b``: its last line ends on a
    leading word or a hyphen behind a speck (see the module's docstring)."""
    a = paragraph.last
    core = without_trailing_specks(a.text)
    stop = core.endswith(".") and not core.endswith("..")
    word = core[:-1] if stop else core
    if len(word) == len(a.text.rstrip()):
        # Nothing hides the line's end: the join decision saw it as it is.
        return False
    if hyphen_end(word):
        return opens_on_lower_word(b.text)
    if ends_in_leading_word(word):
        return opens_on_lower_word(b.text) or (not stop and b.running and not b.caps)
    # Specks set off after a word in lower case (``…was said |.``) end no sentence: a
    # wrapped paragraph goes on into lower case as it would from the word alone.
    wrapped = len(paragraph.lines) > 1 and not stop and word[-1:].islower()
    return wrapped and opens_on_lower_word(b.text)


def false_stop(text: str, below: str) -> str | None:
    """``text`` without the full stop (and the specks after it) that it ends on, where
    the stop is run on to a word in lower case and ``below`` opens on a word in lower
    case; None where ``text`` ends otherwise."""
    core = without_trailing_specks(text)
    if not core.endswith(".") or core.endswith(".."):
        return None
    word = core[:-1]
    if not word[-1:].isalpha() or not word[-1].islower():
        return None
    return word if opens_on_lower_word(below) else None


def _may_go_on(paragraph: Paragraph, b: Line) -> bool:
    """Neither line is one the rules keep apart: CJK text, capitals, a byline or a
    credit, a list's item, a line set apart, or an indented or story-opening line."""
    a = paragraph.last
    if a.cjk or b.cjk or a.caps or a.byline or b.byline or b.starts_new or b.indented:
        return False
    if a.set_apart or b.set_apart or a.list_item or b.list_item:
        return False
    return not paragraph.lines[0].list_item and not caption_credit(a.text)


def opens_on_lower_word(text: str) -> bool:
    """The line's first word (after any quote, bracket or speck) is all in lower case:
    no sentence opens so, but a brand's name may (``iPhone``), and a digit first tells
    nothing."""
    for start, ch in enumerate(text):
        if ch.isalpha():
            end = start
            while end < len(text) and text[end].isalpha():
                end += 1
            return text[start:end].islower()
        if ch.isdigit():
            return False
    return False
