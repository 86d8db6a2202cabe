"""Roles: what each unit of the page is (heading, body, byline, dateline, caption, end).

* A byline or wire dateline has its typeset form (``patterns``). A heading is a short unit
  that is not running text: no ``。``/``；``, no clause ending, at most one comma, set on
  one or two lines. Everything else is body.
* Latin stacks (capital lines, then decks, then a credit) end at the body. A line closed
  by its ``Advt.`` mark ends an ad; running text between two capital display lines is
  the upper item's copy; a bracketed line at a stack's foot is the credit; mixed-case
  lines over a capital name with its full stop, run into more capitals, are a portrait's
  caption; a line over a byline under a bodiless group is its deck, and a headline
  wrapped at a comma over a byline is still the headline. Headlines begin with a capital:
  lower-case text after unfinished body continues it, and a heading over text that begins
  in lower case is not that text's headline. Long lines that leave content words in
  lower case are running text.
"""

from __future__ import annotations

from itertools import pairwise

from newsclean import regex
from newsclean.chardata import ENDS_SENTENCE, HAS_CJK
from newsclean.latin import (
    LEADING_WORDS,
    ends_advertisement,
    is_bracketed_credit,
    is_caps_headline,
    is_deck_line,
    is_shouted,
)
from newsclean.model import CAPTION as CAPTION_BLOCK
from newsclean.model import FURNITURE, HEADING, Document
from newsclean.options import Options
from newsclean.patterns import CAPTION, END_MARK, is_byline, starts_with_dateline
from newsclean.segment.model import Unit

_FULL_STOP = regex.compile("[。；;]")
_CLAUSE_END = regex.compile("[，、：:,]$")
_COMMAS = regex.compile("[，,]")
#: ``Lille, le 4 décembre 1905.``: a place and a date on a line of their own.
_DATELINE_ALONE = regex.compile(r"^[A-ZÀ-Ý][\w'’ .-]{1,30}, .{4,30}(?:1[6-9]|20)\d\d\.?$")
_INNER_SENTENCE = regex.compile(r"[a-z]{2}[.!?][\"'”’]? +[A-Z]")
#: Longest Latin headline or deck, in characters, and the most lines it runs.
MAX_LATIN_HEADING = 120
MAX_LATIN_HEADING_LINES = 3
#: The most words a Latin headline or deck line in sentence case says.
MAX_LATIN_HEADING_WORDS = 15
#: Longest heading, in characters.
MAX_HEADING = 48
#: A Latin title line between paragraphs has at most this many words...
MAX_TITLE_WORDS = 6
#: ...and stands over a paragraph of at least this many printed lines.
MIN_LINES_UNDER_TITLE = 3
#: The longest line that a byline below makes a headline.
MAX_TITLE_OVER_BYLINE = 50
#: A caption (a line over a name) and a stack (two capital lines) run this many lines.
MIN_CAPTION_AND_STACK = 4
#: Running text has at least this many words of content in lower case.
MIN_LOWER_CONTENT_WORDS = 2
#: Running text has at least this many words on a line (a short label does not).
MIN_WORDS_OF_COPY = 4
#: An organisation named as a story's credit runs at most this many words.
MAX_CREDIT_WORDS = 5
LATIN_WORD = regex.compile(r"[A-Za-z\u00c0-\u024f]+")


def _latin_role(unit: Unit, options: Options) -> str:
    """Latin body paragraphs end with a sentence; headlines and decks, set in headline
    or sentence case, do not, and run a line or two."""
    text = unit.text
    if ENDS_SENTENCE.search(text) and not text.endswith(("?", "!")):
        return "body"
    if unit.layout is not None and unit.layout.lines > MAX_LATIN_HEADING_LINES:
        return "body"
    if len(text) > (options.max_headline or MAX_LATIN_HEADING) or text.endswith((",", ";", ":")):
        return "body"
    if _INNER_SENTENCE.search(text):
        # Two sentences are running text, even if the second lost its full stop.
        return "body"
    one_line = unit.layout is not None and unit.layout.lines == 1
    if (
        one_line
        and len(LATIN_WORD.findall(text)) > MAX_LATIN_HEADING_WORDS
        and _not_title_case(text)
    ):
        # More words on one printed line than a headline or deck says, in lower case:
        # a line of running text set wide (a deck this long wraps in its column).
        return "body"
    if (
        text.count(",") >= 2
        and len(LATIN_WORD.findall(text)) > 2 * MAX_TITLE_WORDS
        and _not_title_case(text)
    ):
        # Clauses set off by two commas (``On Wednesday, in the final, United…``):
        # a sentence of running text that lost its full stop, not a headline.
        return "body"
    return "heading"


def _role(unit: Unit, options: Options) -> str:
    text = unit.text
    longest = options.max_headline or MAX_HEADING
    if END_MARK.match(text):
        return "end"
    if is_byline(text, options.byline_patterns):
        return "byline"
    if _DATELINE_ALONE.match(text):
        return "dateline"
    if CAPTION.search(text):
        # ``… on the launch pad. (File photo)``: a photo's caption, set under it.
        return "body"
    if not HAS_CJK.search(text) and ends_advertisement(text):
        # The ``Advt.`` mark closes an ad's copy: body, whatever its case.
        return "body"
    if unit.hint == HEADING or is_caps_headline(text) or is_shouted(text):
        return "heading"
    if not HAS_CJK.search(text):
        return _latin_role(unit, options)
    if len(text) > longest or _FULL_STOP.search(text) or _CLAUSE_END.search(text):
        return "body"
    if ENDS_SENTENCE.search(text) and not text.endswith(("？", "！", "?", "!")):
        return "body"
    if len(_COMMAS.findall(text)) > 1 or ("、" in text and len(text) > 24):
        return "body"
    if unit.layout is not None and unit.layout.lines > 2:
        return "body"
    return "heading"


def _deck(line: str) -> bool:
    """A deck: one headline-style line (its words capitalised but the small ones) of at
    most one sentence; a wrapped deck rejoined is longer than a deck line."""
    if ends_advertisement(line):
        return False
    if is_deck_line(line):
        return True
    words = LATIN_WORD.findall(line)
    big = [w for w in words if w.lower() not in LEADING_WORDS]
    return (
        len(line) <= 100
        and len(big) >= 3
        and sum(w[0].isupper() for w in big) >= 0.7 * len(big)
        and line.count(". ") == 0
    )


def units_of(doc: Document, options: Options) -> list[Unit]:
    units: list[Unit] = []
    for index, block in enumerate(doc.blocks):
        if block.kind == FURNITURE:
            continue
        for i, line in enumerate(block.lines):
            layout = block.layout[i] if block.layout is not None else None
            unit = Unit(line, index, layout, block.kind)
            unit.role = _role(unit, options)
            if unit.role == "body" and units and units[-1].role == "heading" and _deck(line):
                # A deck under a headline reads as a sentence but belongs to the stack.
                unit.role = "heading"
            units.append(unit)
    for before, after in pairwise(units):
        if before.role == "body" and after.role == "byline" and _title_over_byline(before):
            before.role = "heading"
    _wrapped_title_over_byline(units)
    for i in range(1, len(units) - 1):
        if _latin_title_between_paragraphs(units[i - 1], units[i], units[i + 1]):
            units[i].role = "heading"
        elif _bracketed_credit_under_stack(units[i - 1], units[i], units[i + 1]):
            units[i].role = "byline"
        elif _copy_between_display_lines(units[i - 1], units[i], units[i + 1]):
            units[i].role = "body"
    for unit, after in pairwise(units):
        if _heading_over_continued_text(unit, after):
            unit.role = "body"
    for before, unit in pairwise(units):
        if _continues_unfinished_text(before, unit):
            unit.role = "body"
    _portrait_captions(units)
    for i in range(1, len(units) - 1):
        if _organisation_credit(units[i - 1], units[i], units[i + 1]):
            units[i].role = "byline"
    for unit in units:
        if unit.hint == CAPTION_BLOCK:
            unit.role = "caption"
    return units


def _latin_title_between_paragraphs(before: Unit, unit: Unit, after: Unit) -> bool:
    """``Zur Jahreswende.``: a few capitalised words on a line of their own, between a
    finished paragraph and a long one, is how older Latin papers set a headline (with a
    full stop, so it reads like a sentence)."""
    text = unit.text
    words = LATIN_WORD.findall(text)
    return (
        unit.role == "body"
        and not HAS_CJK.search(text)
        and 1 <= len(words) <= MAX_TITLE_WORDS
        and text[:1].isupper()
        and "," not in text
        and (unit.layout is None or unit.layout.lines == 1)
        and before.role == "body"
        and ENDS_SENTENCE.search(before.text) is not None
        and after.role == "body"
        and after.layout is not None
        and after.layout.lines >= MIN_LINES_UNDER_TITLE
    )


def _organisation_credit(before: Unit, unit: Unit, after: Unit) -> bool:
    """``U.S. Geological Survey`` set apart between a headline group and a body that
    opens with its dateline: a name in headline style, a few words, no verb in lower
    case, on a line of its own is the story's credit (an agency or an organisation)."""
    text = unit.text.strip()
    words = LATIN_WORD.findall(text)
    return (
        unit.role == "heading"
        and before.role == "heading"
        and after.role == "body"
        and before.block != unit.block != after.block
        and starts_with_dateline(after.text)
        and not HAS_CJK.search(text)
        and 1 <= len(words) <= MAX_CREDIT_WORDS
        and len(text) <= MAX_TITLE_OVER_BYLINE
        and not ENDS_SENTENCE.search(text)
        and not is_caps_headline(text)
        and all(w[0].isupper() or w.lower() in LEADING_WORDS for w in words)
    )


def _portrait_captions(units: list[Unit]) -> None:
    """A stack opens with its capitals. Lines in upper and lower case over a name in
    capitals that ends with its full stop (``City Official`` / ``Who Is Stricken`` /
    ``RUDOLPH ALFF.``), run into further capital lines, are a portrait's caption set
    above the story's headline: the stack begins at the next capital line."""
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].role == "heading" and units[j].block == units[i].block:
            j += 1
        run = units[i:j]
        i = max(j, i + 1)
        if len(run) < MIN_CAPTION_AND_STACK or any(HAS_CJK.search(u.text) for u in run):
            continue
        caps = [is_caps_headline(u.text) for u in run]
        first = caps.index(True) if True in caps else 0
        if (
            first > 0
            and first + 1 < len(run)
            and caps[first + 1]
            and run[first].text.rstrip().endswith(".")
        ):
            for unit in run[: first + 1]:
                unit.role = "caption"


def _not_title_case(text: str) -> bool:
    """Words that say something (not ``of``, ``the``…) set in lower case: not a line in
    headline style, whatever its proper names."""
    words: list[str] = LATIN_WORD.findall(text)
    lower = sum(w[0].islower() for w in words if len(w) > 2 and w.lower() not in LEADING_WORDS)
    return lower >= MIN_LOWER_CONTENT_WORDS


def _sentence_case(text: str) -> bool:
    """Set as running text: most words in lower case, neither headline style nor
    capitals, and not a line that goes on from the one above in lower case."""
    words = LATIN_WORD.findall(text)
    first = next((ch for ch in text if ch.isalpha()), "")
    return (
        len(words) >= MIN_WORDS_OF_COPY
        and first.isupper()
        and sum(w[0].isupper() for w in words) < 0.5 * len(words)
    )


def _copy_between_display_lines(before: Unit, unit: Unit, after: Unit) -> bool:
    """A line of running text between two display lines in capitals (``POLAND!
    POLAND!! POLAND!!!`` / ``Poland Water, first among nature's remedies`` /
    ``BILLY WHISKERS.``) is the copy of the display line above; the next display line
    opens the next item. A stack goes on in decks set headline style, or ends."""
    return (
        unit.role == "heading"
        and before.role == "heading"
        and after.role == "heading"
        and before.block == unit.block == after.block
        and not HAS_CJK.search(unit.text)
        and (is_caps_headline(before.text) or is_shouted(before.text))
        and is_caps_headline(after.text)
        and _sentence_case(unit.text)
    )


def _heading_over_continued_text(unit: Unit, after: Unit) -> bool:
    """A headline stands over the start of a paragraph. A one-line heading whose next
    unit is Latin body beginning in lower case (``darauf anzusehen; er wird…``: the
    rest of a paragraph read out of column order) is not that text's headline, and
    not set as one: a line of the text above it (a contents line, a fragment)."""
    first = next((ch for ch in after.text if ch.isalpha()), "")
    return (
        unit.role == "heading"
        and after.role == "body"
        and not HAS_CJK.search(unit.text)
        and not HAS_CJK.search(after.text)
        and not is_caps_headline(unit.text)
        and first.islower()
        and not starts_with_dateline(after.text)
    )


def _continues_unfinished_text(before: Unit, unit: Unit) -> bool:
    """A Latin "heading" that begins in lower case right after body that stops
    mid-sentence (``…that lead to the`` / ``death of an innocent man in July of``) is
    the rest of that text, cut at a column's foot: body. (A stack line in lower case
    follows a capital line, never running text.)"""
    first = next((ch for ch in unit.text if ch.isalpha()), "")
    return (
        unit.role == "heading"
        and before.role == "body"
        and first.islower()
        and not HAS_CJK.search(unit.text)
        and not HAS_CJK.search(before.text)
        and not ENDS_SENTENCE.search(before.text)
    )


def _bracketed_credit_under_stack(before: Unit, unit: Unit, after: Unit) -> bool:
    """``[By Cable to The Tribune.]``: a bracketed line at the foot of a headline stack,
    over the body, is the story's credit, not a deck (a deck is never bracketed whole)."""
    return (
        unit.role == "heading"
        and before.role == "heading"
        and before.block == unit.block
        and after.role == "body"
        and not HAS_CJK.search(unit.text)
        and is_bracketed_credit(unit.text)
    )


def _wrapped_title_over_byline(units: list[Unit]) -> None:
    """``More drought looming if rains do not return,`` / ``USGS warns`` / deck / byline:
    a Latin headline wrapped at its comma. The lines of one block over a byline, up to
    the block's start or a finished sentence, are that story's stack; a headline-sized
    line among them that stops at a comma is its first line, not running text."""
    for i, unit in enumerate(units):
        if unit.role != "byline":
            continue
        k = i - 1
        while k >= 0 and i - k <= MAX_LATIN_HEADING_LINES and units[k].block == unit.block:
            above = units[k]
            if above.role == "heading":
                k -= 1
                continue
            if (
                above.role == "body"
                and k < i - 1
                and not HAS_CJK.search(above.text)
                and above.text.endswith(",")
                and _title_over_byline_line(above)
                and (k == 0 or units[k - 1].block != above.block or _finished(units[k - 1]))
            ):
                above.role = "heading"
            break


def _finished(unit: Unit) -> bool:
    return unit.role != "body" or ENDS_SENTENCE.search(unit.text) is not None


def _title_over_byline_line(unit: Unit) -> bool:
    layout = unit.layout
    return len(unit.text) <= MAX_TITLE_OVER_BYLINE and (layout is None or layout.lines <= 1)


def _title_over_byline(unit: Unit) -> bool:
    """A short single line standing over a byline is that story's headline, even when
    it ends with a full stop (``Postmistress at Lark.``)."""
    layout = unit.layout
    return (
        len(unit.text) <= MAX_TITLE_OVER_BYLINE
        and (layout is None or layout.lines <= 1)
        and not _CLAUSE_END.search(unit.text)
        and len(_COMMAS.findall(unit.text)) <= 1
    )
