"""rejoin's join decision for two Latin lines: Latin columns are often set ragged, so a
line goes on unless it ends a sentence short of its measure; headline lines in capitals
and slogans stand alone; a line-end hyphen joins; a dateline broken after its place, a
justified line an extractor broke up and a semicolon before lower case go on; a
quotation a colon announces, set as a paragraph of its own, does not."""

from __future__ import annotations

from newsclean.chardata import SENTENCE_END
from newsclean.latin import caps_share, is_deck_line
from newsclean.page.credits import starts_with_dateline
from newsclean.page.describe import ends_in_abbreviation, hyphen_end
from newsclean.page.tuning import TUNING
from newsclean.passes.rejoin.ended import JUSTIFIED_SHORT, LONGEST_LATIN_LINE, _ended_short, _script
from newsclean.passes.rejoin.lines import (
    FULL,
    LATIN_SHORT,
    LEADING_DASHES,
    Columns,
    Line,
    Paragraph,
)
from newsclean.passes.rejoin.ragged import as_wide, opens_without_case, wrapped_first_line

#: The longest place (with its country in brackets) a dateline opens with, in characters.
_LONGEST_DATELINE_PLACE = 60


def _dateline_broken_after_place(paragraph: Paragraph, b: Line) -> bool:
    """A dateline broken at a line end after its place (``Prag (Tschechien),`` /
    ``27.04.2012 – Die drei Parteien…``): the place's comma goes on, and the lines read
    together open with a dateline run into its story, however short the place's line
    (a short line before a capital otherwise ends its paragraph)."""
    if not paragraph.last.text.endswith(","):
        return False
    place = " ".join(line.text for line in paragraph.lines)
    return len(place) <= _LONGEST_DATELINE_PLACE and starts_with_dateline(f"{place} {b.text}")


#: The marks that open a quotation in Latin print (OCR reads the curly ones straight).
_OPENING_QUOTES = '"“„«'


def _quotation_set_apart(paragraph: Paragraph, b: Line) -> bool:
    """A statement a colon announces (``Mr. Gompers said:`` / ``"The labor movement…``)
    that the paper set as a paragraph of its own: the announcing line stops short of
    its column, and the quotation opens the next line with its mark and a capital. The
    first round keeps them apart by that short line; a later round reads the joined
    paragraph's last printed line (``_ended_short``), and a second ``fix`` the
    quotation already joined into a line longer than any column, where a quotation
    run on after the colon inside one paragraph would have been joined with it. A
    quotation wrapped after its colon at the margin reaches the column and goes on."""
    a = paragraph.last
    if not a.text.endswith(":") or b.text[:1] not in _OPENING_QUOTES:
        return False
    first = next((ch for ch in b.text if ch.isalpha()), "")
    if not first.isupper():
        return False
    if a.layout is not None:
        return _ended_short(a)
    return len(paragraph.lines) == 1 and b.width > LONGEST_LATIN_LINE


def _latin_continues(paragraph: Paragraph, b: Line, columns: Columns, after: Line | None) -> bool:
    """Latin lines. Headline lines in capitals stand alone (``split`` stacks them),
    but for the end of a sentence set in capitals (``_capitals_go_on``);
    a line-end hyphen before a lower-case word, or after a letter before a capital (a
    compound's halves), joins; otherwise, since Latin columns
    are often set ragged, a line goes on unless it ends a sentence short of the
    measure (with no measure yet, short of the line under it, which goes on)."""
    a = paragraph.last
    if a.caps or (b.caps and not _capitals_go_on(paragraph)):
        return False
    if a.shouted or b.shouted:
        # An advertiser's slogan (``Poland! Poland!! Poland!!!``) is a display line.
        return False
    if a.width > LONGEST_LATIN_LINE and len(paragraph.lines) == 1:
        # Longer than any printed column: a paragraph already rejoined (or never
        # wrapped) ends where it ends, unless it stops mid-sentence before a line in
        # lower case (an extractor ran two columns' lines into one).
        return not a.ends_sentence and b.starts_lower
    if (
        hyphen_end(a.text)
        and (
            b.text[:1].islower()
            or (a.text[-2:-1].isdigit() and b.text[:1].isdigit())
            # A compound broken before its capitalised half (``Anglo-⏎Saxon``): a hyphen
            # after a letter ends no paragraph, measured columns or not.
            or (a.text[-2:-1].isalpha() and b.text[:1].isupper())
        )
    ):
        return True
    if (
        a.ends_sentence
        and paragraph.after_heading
        and all(is_deck_line(line.text) for line in paragraph.lines)
    ):
        # A deck under its headline, set headline style, ends with its full stop: the
        # body starts on the next line however wide the deck's last line ran.
        return False
    reference = paragraph.measure or columns.column_of(a.width)
    if (
        not a.ends_sentence
        or (b.starts_lower and ends_in_abbreviation(a.text))
        or _semicolon_goes_on(a, b)
    ):
        return _goes_on_unended(paragraph, b, columns, after, reference)
    if (
        reference is None
        and not columns.widths
        and not columns.unwrapped
        and paragraph.opens_block
        and len(paragraph.lines) == 1
    ):
        # Ragged text with no column measured: a block's first line that ends a sentence
        # goes on when the line under it, still inside its paragraph (it ends no
        # sentence), is as wide give or take the ragged margin: both are wrapped to one
        # measure. A heading is narrower than the text under it; a paragraph on a line
        # of its own is followed by one that ends a sentence. (Further into a block, a
        # line that ends a sentence is as often a whole line of a page's head.) A line
        # that ends its block ending no sentence is no paragraph's inside: a heading's,
        # or a second run's, which measures no column once the first has joined them.
        # Nor is a page wrapped whose running text stands on lines wider than any
        # column: a second run reads the first's joined paragraphs, and the lines the
        # first kept apart beside them, whatever their widths, were kept apart by a
        # measure the second run no longer sees.
        return after is not None and as_wide(a, b)
    return reference is not None and a.width >= FULL * reference


def _goes_on_unended(
    paragraph: Paragraph, b: Line, columns: Columns, after: Line | None, reference: int | None
) -> bool:
    """A Latin line that ends no sentence (or ends on an abbreviation before lower case):
    it goes on, unless it stops so short of its paragraph's measure (``reference``) that
    it ends the paragraph, or it is a heading line over a capital."""
    a = paragraph.last
    if a.text.endswith(LEADING_DASHES) or a.leading_word_end:
        # A dash at the line end leads on (a dateline run into its story), and so
        # does an article, preposition or conjunction: nothing ends on ``of the``.
        return True
    if _justified_line_broken_up(paragraph, b, columns):
        return True
    if _dateline_broken_after_place(paragraph, b):
        return True
    if _quotation_set_apart(paragraph, b):
        return False
    # A line this short ends its paragraph, whatever the OCR made of its last mark
    # (``would like,`` for ``would like.``): in a paragraph whose lines so far are
    # justified, a line a fifth shorter than its middle line; in one that may be
    # set ragged, a line much shorter than its widest.
    if paragraph.justified:
        ends_short = a.width < JUSTIFIED_SHORT * paragraph.widths[len(paragraph.widths) // 2]
    else:
        ends_short = reference is not None and a.width < LATIN_SHORT * reference
    if ends_short and not b.starts_lower:
        return False
    if paragraph.running or paragraph.lines[0].starts_new or b.starts_lower:
        # A dateline opens running text, whatever the first line's punctuation.
        return True
    if len(paragraph.lines) > 1 and opens_without_case(b.text):
        # A script without case shows no lower case going on: inside a paragraph,
        # a line that reaches the measure and ends no sentence goes on.
        return True
    # Ragged text measures a column short of its measure when its words are long (Tamil
    # sets words of ten cells): its widest lines, the first among them, stand wider than
    # the "column", as a headline over justified text does. Before a line in a script
    # without case, no capital says a heading ended, so a wrapper's breaks decide.
    if (not columns.widths or opens_without_case(b.text)) and wrapped_first_line(
        paragraph, b, after
    ):
        return True
    # A first line without a clause, before a capital: a headline or deck line
    # unless it fills a column exactly (headlines are set larger or wider).
    strict = len(paragraph.lines) == 1
    return columns.column_of(a.width, strict=strict) is not None


#: Marks that, standing alone before a semicolon, show scan debris: after a word or an
#: abbreviation (``5 p.m.;``) the semicolon still parts clauses.
_MARKS_ALONE = frozenset((*SENTENCE_END, ",", ":", "-", "–", "—"))


def _semicolon_goes_on(a: Line, b: Line) -> bool:
    """``a`` ends on a semicolon, which parts clauses (``…a demandé un élu ;`` /
    ``personne n’a répondu.``, Tamil's ``பிறக்கின்றனர்;``) in every script but Greek,
    whose question mark it is: before a line in lower case, or in a script without
    case, its sentence goes on. Before a capital it may end a list's item or a
    stanza's line, and is left to end the line as a sentence does. A semicolon after
    a mark standing alone (``4/25° . ;``) parts no clause: it is scan debris."""
    if not a.text.endswith(";") or not (b.starts_lower or opens_without_case(b.text)):
        return False
    before = a.text[:-1].rstrip()
    if not before or (before[-1] in _MARKS_ALONE and not before[-2:-1].isalnum()):
        return False
    last = next((ch for ch in reversed(a.text) if ch.isalpha()), "")
    return bool(last) and _script(last) != "GREEK"


def _capitals_go_on(paragraph: Paragraph) -> bool:
    """A paragraph of running text set in capitals (a licence's disclaimer), its last
    line longer than any headline line and its sentence unfinished: the short line in
    capitals under it is that sentence's end (``…DEALINGS IN THE`` / ``SOFTWARE.``),
    not a headline."""
    a = paragraph.last
    return paragraph.running and not a.ends_sentence and caps_share(a.text) >= TUNING.capitals_share


def _justified_line_broken_up(paragraph: Paragraph, b: Line, columns: Columns) -> bool:
    """A justified line stretched across a narrow column comes out of a PDF extractor
    one word or two to a line (``State-owned`` / ``enterprise`` / ``Energoatom,``):
    in running text, a line much shorter than the narrowest column wider than it, that
    ends in a letter, before another such line, is a piece of one printed line, not a
    paragraph's end."""
    a = paragraph.last
    if not (paragraph.running or b.running) or b.ends_sentence or not a.text[-1:].isalpha():
        return False
    column = next((w for w in columns.widths if w > a.width), None)
    return column is not None and a.width < LATIN_SHORT * column and b.width < LATIN_SHORT * column
