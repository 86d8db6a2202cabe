"""Place rules of a headline stack: which lines around a headline belong to it. A
headline set in large type wraps after a few words, over a column clearly wider in
characters to the line; a deck under a headline, a Chinese subtitle led by a double
dash, and the lines between a headline and a byline that opens a story are the stack's;
a short line over a byline is its headline, even wrapped at a comma; older Latin papers
set a headline as a few capitalised words with a full stop between paragraphs; mixed-case
lines over a capital name with its full stop, run into more capitals, are a portrait's
caption; running text between two capital display lines is the upper item's copy."""

from __future__ import annotations

from newsclean.latin import LEADING_WORDS, ends_advertisement, is_deck_line, is_shouted
from newsclean.page import Flag
from newsclean.segment.continued_text import _first_letter_lower
from newsclean.segment.headlines import dash_subtitle
from newsclean.segment.model import Unit
from newsclean.segment.roles import COMMAS, LATIN_WORD, MAX_LATIN_HEADING_LINES, MAX_TITLE_WORDS

#: A headline set large fits at most this share of the characters its body's column
#: holds to the line.
LARGE_TYPE_SHARE = 0.75
#: The longest line that a byline below makes a headline.
MAX_TITLE_OVER_BYLINE = 50
#: How a credit that closes a story opens: a dash, or the bracket round a name.
CLOSING_CREDIT = ("—", "–", "--", "(", "（")
#: A caption (a line over a name) and a stack (two capital lines) run this many lines.
MIN_CAPTION_AND_STACK = 4
#: A title between paragraphs stands over a paragraph of at least this many printed lines.
MIN_LINES_UNDER_TITLE = 3


def _headline_set_large(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A headline set in large type wraps after a few words, so it runs more lines than
    a headline of body-size text would; a paragraph wraps at its column's measure. Words
    that read as a heading, printed on many lines clearly narrower than the body under
    them, are that body's headline (``20 dead in Hyderabad,`` / ``India flyover`` /
    ``collapse`` over a column of twice the measure)."""
    return (
        after is not None
        and unit.role == "body"
        and unit.wrapped_heading
        and after.role == "body"
        and unit.layout is not None
        and after.layout is not None
        and after.layout.lines > 1
        and unit.layout.width <= LARGE_TYPE_SHARE * after.layout.width
    )


def _deck_under_headline(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A deck under a headline reads as a sentence but belongs to the stack."""
    return (
        before is not None and unit.role == "body" and before.role == "heading" and _deck(unit.text)
    )


def _dash_subtitle(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """``——10月份中国制造业采购经理指数为50.1%…。``: a Chinese subtitle is led by a
    double dash and may be a whole sentence; set right under the headline, it is the
    group's last line (``headlines``), not the story's first paragraph."""
    return (
        before is not None
        and unit.role == "body"
        and before.role == "heading"
        and dash_subtitle(unit.text)
    )


def _deck_between_headline_and_byline(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A few lines set between a headline and a byline that opens a story (``By …``,
    ``本报记者 …``) are the stack's deck, even a whole sentence (a quotation pulled from
    the story): the story's text begins under its byline. A byline in the form that
    closes a story (``— Olena Marsh``, ``（王强）``) follows its text instead, and a
    deck begins with a capital, as a headline does."""
    return (
        before is not None
        and after is not None
        and unit.role == "body"
        and before.role == "heading"
        and after.role == "byline"
        and before.block == unit.block == after.block
        and unit.layout is not None
        and unit.layout.lines <= MAX_LATIN_HEADING_LINES
        and not after.text.startswith(CLOSING_CREDIT)
        and not _first_letter_lower(unit.text)
    )


def _short_line_over_byline(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    return (
        after is not None
        and unit.role == "body"
        and after.role == "byline"
        and _title_over_byline(unit)
    )


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


def _latin_title_between_paragraphs(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """``Zur Jahreswende.``: a few capitalised words on a line of their own, between a
    finished paragraph (or one that announces it with a colon) and a long one, is how
    older Latin papers set a headline (with a full stop, so it reads like a sentence).
    At the top of the page, with no paragraph
    before it, as a gazette opens on its issuing office (``Ministerium des Innern.``):
    there every long word is capitalised, as a heading's are, where a short sentence
    (``Es regnet.``) leaves its verb in lower case."""
    # Its place and setting first: the words are split only of a line they leave.
    if (
        after is None
        or unit.role != "body"
        or (before is not None and before.role != "body")
        or after.role != "body"
        or (unit.layout is not None and unit.layout.lines != 1)
        or after.layout is None
        or after.layout.lines < MIN_LINES_UNDER_TITLE
    ):
        return False
    text = unit.text
    return (
        not unit.cjk
        and text[:1].isupper()
        and "," not in text
        and (
            _finished_or_announcing(before)
            if before is not None
            else Flag.HEADLINE_CASE in unit.flags
        )
        and 1 <= len(LATIN_WORD.findall(text)) <= MAX_TITLE_WORDS
    )


def _finished_or_announcing(unit: Unit) -> bool:
    """The paragraph ends a sentence, or announces what follows with a colon: no
    sentence of it runs on into the next line."""
    return unit.ends_sentence or unit.text.rstrip().endswith(":")


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
        if len(run) < MIN_CAPTION_AND_STACK or any(u.cjk for u in run):
            continue
        caps = [Flag.CAPS_HEADLINE in u.flags for u in run]
        first = caps.index(True) if True in caps else 0
        if (
            first > 0
            and first + 1 < len(run)
            and caps[first + 1]
            and run[first].text.rstrip().endswith(".")
        ):
            for unit in run[: first + 1]:
                unit.role = "caption"


def _copy_between_display_lines(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A line of running text between two display lines in capitals (``POLAND!
    POLAND!! POLAND!!!`` / ``Poland Water, first among nature's remedies`` /
    ``BILLY WHISKERS.``) is the copy of the display line above; the next display line
    opens the next item. A stack goes on in decks set headline style, or ends."""
    if before is None or after is None:
        return False
    return (
        unit.role == "heading"
        and before.role == "heading"
        and after.role == "heading"
        and before.block == unit.block == after.block
        and not unit.cjk
        and (before.caps_headline or is_shouted(before.text))
        and after.caps_headline
        and Flag.SENTENCE_CASE in unit.flags
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
                and not above.cjk
                and above.text.endswith(",")
                and _title_over_byline_line(above)
                and (k == 0 or units[k - 1].block != above.block or _finished(units[k - 1]))
            ):
                above.role = "heading"
            break


def _finished(unit: Unit) -> bool:
    return unit.role != "body" or unit.ends_sentence


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
        and not unit.ends_clause
        and len(COMMAS.findall(unit.text)) <= 1
    )
