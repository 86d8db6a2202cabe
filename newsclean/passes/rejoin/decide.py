"""rejoin's join decision: does a line continue the paragraph above it, across a line
end or across a blank line (see the package docstring for the rules)."""

from __future__ import annotations

import unicodedata
from functools import cache

from newsclean import regex
from newsclean.chardata import SENTENCE_END
from newsclean.latin import (
    caps_share,
    ends_in_leading_word,
    is_deck_line,
)
from newsclean.page import lexicon
from newsclean.page.boxes import contact_line
from newsclean.page.credits import MAX_BYLINE, is_byline, starts_with_dateline
from newsclean.page.describe import (
    NO_LINE_END,
    NO_LINE_START,
    caption_credit,
    closes_earlier,
    dash_led,
    ends_in_abbreviation,
    has_clause_mark,
    hyphen_end,
    starts_lower,
    two_part,
    unclosed,
)
from newsclean.page.tuning import TUNING
from newsclean.passes.rejoin.headings import (
    ends_on_particle,
    heading_over_column,
    heading_over_sentence,
)
from newsclean.passes.rejoin.lines import (
    FIRST_LINE_INDENT,
    FULL,
    LATIN_SHORT,
    LEADING_DASHES,
    Columns,
    Line,
    Paragraph,
    printed_widths,
)
from newsclean.passes.rejoin.ragged import as_wide, opens_without_case, wrapped_first_line
from newsclean.passes.rejoin.spacing import space_untold

#: A heading line at least this wide followed by one at most this share of it is one
#: headline wrapped by its column.
MIN_WRAPPED_HEADING = 24
WRAPPED_TAIL = 0.6
#: In a justified paragraph, a line this much shorter than its middle line ends it
#: (OCR character counts of justified lines scatter by a tenth around the middle).
JUSTIFIED_SHORT = 0.8
#: No printed Latin column is this wide, in characters.
LONGEST_LATIN_LINE = 100
#: A line this much narrower than its paragraph that does not end a sentence is
#: not that paragraph's last line.
NARROWER = 0.7


def _joins_across_blank(paragraph: Paragraph, b: Line) -> bool:
    a = paragraph.last
    paragraph_running = paragraph.running
    if caption_credit(a.text) or a.set_apart or b.set_apart or b.list_item:
        return False
    if paragraph.lines[0].list_item:
        # A list's last item ends at the blank line (三、保障措施 ⏎⏎ 人人生而自由…):
        # items are phrases, which is why they read as unfinished sentences.
        return False
    if b.indented or a.byline or b.byline or b.starts_new:
        return False
    if b.text[0] in NO_LINE_START or a.text[-1] in NO_LINE_END:
        return True
    if a.unclosed and not a.ends_sentence and b.running:
        return True
    if (
        not a.cjk
        and not b.cjk
        and ends_in_leading_word(a.text)
        and (starts_lower(b.text) or not _headline_particle(paragraph))
    ):
        # ``first of`` ⏎⏎ ``course to bring``: no paragraph ends on ``of``.
        return b.running or starts_lower(b.text)
    if not a.cjk and not b.cjk and _wrapped_into_lower(paragraph, b):
        return True
    if a.ends_sentence or not (a.running or paragraph_running):
        return False
    if not a.cjk and not b.cjk:
        return starts_lower(b.text)
    return b.running and not _short_line_alone(paragraph, b)


def _wrapped_into_lower(paragraph: Paragraph, b: Line) -> bool:
    """A Latin sentence wrapped in a narrow column holds no comma over two or three
    lines, and OCR reads a blank line into it wherever the line spacing widens (a
    speck, a skewed baseline): a paragraph that wrapped (two lines or more) and ends no
    sentence goes on into a line in lower case, and so does a line alone that ends on
    half a word, into running text. A heading alone on one line, whole, does not; nor
    does a fragment an extractor set between blank lines (``zum Kreis-`` over another
    piece of a row), which runs into no sentence."""
    a = paragraph.last
    if a.ends_sentence or not starts_lower(b.text):
        return False
    return len(paragraph.lines) > 1 or (hyphen_end(a.text) and b.running)


def _short_line_alone(paragraph: Paragraph, b: Line) -> bool:
    """A printed line alone between blank lines, much shorter than the line after the
    second (``今天晴，最高气温25℃`` over a paragraph): a column break leaves a paragraph's
    first line at a column's foot as wide as the column, so a short line there ended,
    though no sentence mark shows it (a quoted line, a forecast, a slogan)."""
    a = paragraph.last
    return (
        len(paragraph.lines) == 1
        and a.layout is None
        and a.width < JUSTIFIED_SHORT * printed_widths(b)[0]
    )


def _headline_particle(paragraph: Paragraph) -> bool:
    """A line alone between blank lines, no clause in it, that ends on a word German
    also ends a main clause on (a separable verb's particle: ``Parlament spricht
    Papandreou Vertrauen aus``) may be a whole headline: the word leads nowhere. (A
    column break inside a German sentence is still bridged where the next line goes on
    in lower case.)"""
    a = paragraph.last
    return len(paragraph.lines) == 1 and not a.running and ends_on_particle(a)


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


def _continues(paragraph: Paragraph, b: Line, columns: Columns, after: Line | None = None) -> bool:
    """Does line ``b`` continue ``paragraph``? ``after`` is the line after ``b`` in its
    block, if any."""
    return _goes_on_in_lower_case(paragraph, b) or _decides(paragraph, b, columns, after)


def _goes_on_in_lower_case(paragraph: Paragraph, b: Line) -> bool:
    """The common case of a Latin page, settled without the rules that cannot refuse
    it: inside a paragraph (two lines or more), a line that ends no sentence before a
    line that opens in lower case goes on, unless either is a line the rules keep
    apart (indented, a credit, a dateline, set apart, a list item, a headline-group,
    capitals or slogan line) or the paragraph's last line closes something on its own
    (a photo credit, a dash subtitle, a wrapped byline, a number over an address).
    Where it answers, ``_decides`` answers the same (held by a test over every
    fixture page): a heading over a column, a label over text in another script and a
    short last line all need a line that does not open in lower case, or a
    one-line paragraph."""
    a = paragraph.last
    return (
        b.starts_lower
        and len(paragraph.lines) > 1
        and not a.ends_sentence
        and not a.cjk
        and not b.cjk
        and not (b.indented or b.starts_new or b.byline or a.byline)
        and not (a.set_apart or b.set_apart or b.list_item or a.title or b.title)
        and not a.text[-1:].isdigit()
        and not caption_credit(a.text)
        and not _is_dash_subtitle(a.text)
        and not _completes_byline(paragraph)
        and not (a.caps or b.caps or a.shouted or b.shouted)
    )


def _decides(paragraph: Paragraph, b: Line, columns: Columns, after: Line | None) -> bool:
    """``_continues`` by every rule."""
    a = paragraph.last
    if b.indented or b.starts_new or caption_credit(a.text):
        return False
    if space_untold(paragraph, b, after):
        return False
    if a.set_apart or b.set_apart or b.list_item or _signed_off(paragraph, b, after):
        return False
    if a.text[-1:].isdigit() and _EMAIL.match(b.text):
        # Contact details go a line each (``Tel. +44 1865 123456`` / ``ed@example.org``):
        # a sentence never runs from a number into an address without a word between.
        return False
    if a.byline and not unclosed(a.text):
        return False
    if _name_cut_after_surname(paragraph, b):
        return True
    if _label_over_text(paragraph, b):
        return False
    if (
        b.text[0] in NO_LINE_START
        or a.text[-1] in NO_LINE_END
        or (a.unclosed and not _paragraph_ended(a, b, columns))
    ):
        return not b.byline or b.text[0] in NO_LINE_START
    if heading_over_column(paragraph, b, after, columns) or heading_over_sentence(paragraph, b):
        return False
    if a.ends_sentence and _ended_short(a):
        return False
    if b.byline or _is_dash_subtitle(a.text) or _completes_byline(paragraph):
        return False
    if a.title or b.title:
        return a.title and b.title and _wrapped_heading(paragraph, b)
    if not a.cjk and not b.cjk:
        return _latin_continues(paragraph, b, columns, after)
    if not b.cjk and b.caps:
        # A Latin headline in capitals stands alone after CJK text as after Latin. (Were
        # it joined, the Latin line after it would stop there, and join the next round.)
        return False
    if not paragraph.running and two_part(a.text):
        # A line set in two parts around a space, with no punctuation, is a heading.
        return False
    if _wrapped_heading(paragraph, b):
        return True
    if paragraph.after_heading and not paragraph.running and not b.running:
        # Under a headline-group line, an unpunctuated line followed by another one is
        # the next line of the group (a kicker's headline, a headline's subtitle); a
        # first body line would lead into running text.
        return False
    running = paragraph.running
    if running and not a.ends_sentence:
        return True
    reference = columns.column_of(paragraph.measure) or paragraph.measure
    starts_paragraph = _indented_first_line(b, reference) or b.width < NARROWER * reference
    if paragraph.measure and a.ends_sentence and not b.ends_sentence and starts_paragraph:
        # The sentence ended at the margin and the next line, which goes on, is two
        # characters short (the indent of a new paragraph) or much narrower (the first
        # line of a narrower column).
        return False
    if paragraph.measure:
        # The paragraph's own earlier lines show the measure it is set to. A line that
        # ends a sentence goes on only if it reaches the margin: the sentence ended
        # there by chance, and the short line that ends the paragraph is still to come.
        least = reference - 3 if a.ends_sentence else FULL * reference
        column: int | None = reference if a.width >= least else None
    else:
        column = columns.column_of(a.width, strict=not running)
    if column is not None and b.width > column * 1.25 + 2:
        return False
    if not columns.widths and not running and b.running:
        # No measured column to go by: a first line about as wide as the running line
        # after it is the first line of that paragraph; a heading is much narrower.
        return 0.75 * b.width <= a.width <= 1.05 * b.width + 2
    return column is not None


#: The most characters of a name a line end leaves under its surname.
_NAME_REST = 2


def _name_cut_after_surname(paragraph: Paragraph, b: Line) -> bool:
    """A credit whose writer's name a line end cut after the surname (``本报记者 张`` /
    ``三``): a surname alone is no one's name, so the one or two ideographs alone under
    it are the rest of the name, where the lines read together are a credit and the
    first alone is none. (A credit that names its writers a line each, ``本报记者 王强``
    / ``李明``, is a credit on its first line already.)"""
    a = paragraph.last
    if not (a.cjk and b.cjk and len(b.text) <= _NAME_REST and b.text.isalpha()):
        return False
    if a.text[-1:] not in lexicon.word_set("surnames_cjk") or len(paragraph.lines) > 2:
        return False
    head = "".join(line.text for line in paragraph.lines)
    return not is_byline(head) and is_byline(head + b.text)


#: An e-mail address alone on a line (and the stop of a sentence it ends).
_EMAIL = regex.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$")
#: A letter's closing or greeting: a word or two and a comma (``Best,``, ``Yours
#: truly,``, ``Dear Anna,``)...
_LETTER_FORMULA = regex.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?,$")
#: ...over a name: one to three capitalised words (an initial with its stop between).
_NAME = regex.compile(r"^[A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*\.?)*(?: [A-Z][^\W\d_]*)?$")
#: A name of more words is a heading.
MAX_NAME_WORDS = 3


def _signed_off(paragraph: Paragraph, b: Line, after: Line | None) -> bool:
    """A letter's closing on a line of its own over the name that ends the block
    (``Best,`` / ``Anna``): two lines, not one sentence, as a wrapped line of text is
    never a word and a comma alone before a name and a blank line."""
    return (
        after is None
        and len(paragraph.lines) == 1
        and _LETTER_FORMULA.match(paragraph.last.text) is not None
        and _NAME.match(b.text) is not None
        and len(b.text.split()) <= MAX_NAME_WORDS
    )


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


def _wrapped_heading(paragraph: Paragraph, b: Line) -> bool:
    """A long heading line followed by a much shorter one that is not running text is
    one headline broken by its column (``…发展报告（2018-2022）》今`` + ``天发布``);
    kickers and subtitles are not that short beside their headline. A notice's telephone
    line keeps its line too, but is no heading: the short line under it is the next
    notice's heading (``联系电话：0571-8812 3456`` / ``旺铺招租``)."""
    a = paragraph.last
    return (
        len(paragraph.lines) == 1
        and a.cjk
        and not a.running
        and not b.running
        and not b.ends_sentence
        and a.width >= MIN_WRAPPED_HEADING
        and b.width <= WRAPPED_TAIL * a.width
        and not _is_dash_subtitle(b.text)
        and not contact_line(a.text)
    )


def _completes_byline(paragraph: Paragraph) -> bool:
    """A credit wrapped over lines (``新华社北京8月24日电（记⏎者 程欣婷、贾明娟）``)
    ends where its bracket closes."""
    if len(paragraph.lines) < 2 or not paragraph.last.text.endswith(("）", ")")):
        return False
    # No credit is longer than MAX_BYLINE: a long paragraph is read only that far, not
    # joined whole for every line that ends in a bracket (quadratic).
    first, last = paragraph.lines[0].text, paragraph.last.text
    longest = MAX_BYLINE + len(first) - len(first.lstrip()) + len(last) - len(last.rstrip())
    total = 0
    for line in paragraph.lines:
        total += len(line.text)
        if total > longest:
            return False
    return is_byline("".join(line.text for line in paragraph.lines))


def _indented_first_line(b: Line, measure: int) -> bool:
    return measure - FIRST_LINE_INDENT - 1 <= b.width <= measure - 3


def _is_dash_subtitle(text: str) -> bool:
    """``——加快提升涉外法律服务水平``: a subtitle set after a dash."""
    return dash_led(text) and not has_clause_mark(text)
