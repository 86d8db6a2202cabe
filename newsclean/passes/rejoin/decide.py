"""rejoin's join decision: does a line continue the paragraph above it, across a line
end or across a blank line (see the package docstring for the rules)."""

from __future__ import annotations

from newsclean.latin import ends_in_leading_word
from newsclean.page.boxes import contact_line
from newsclean.page.describe import (
    NO_LINE_END,
    NO_LINE_START,
    caption_credit,
    dash_led,
    has_clause_mark,
    hyphen_end,
    starts_lower,
    unclosed,
)
from newsclean.passes.rejoin.announced_items import item_announced
from newsclean.passes.rejoin.credit_lines import (
    _EMAIL,
    _completes_byline,
    _name_cut_after_surname,
    _signed_off,
)
from newsclean.passes.rejoin.dateline_alone import opens_story_below
from newsclean.passes.rejoin.ended import (
    JUSTIFIED_SHORT,
    _ended_short,
    _label_over_text,
    _paragraph_ended,
)
from newsclean.passes.rejoin.headings import (
    ends_on_particle,
    heading_over_column,
    heading_over_sentence,
)
from newsclean.passes.rejoin.latin_joins import _latin_continues
from newsclean.passes.rejoin.lines import (
    FIRST_LINE_INDENT,
    FULL,
    Columns,
    Line,
    Paragraph,
    printed_widths,
)
from newsclean.passes.rejoin.run_in_dateline import heading_in_two_parts, story_runs_on
from newsclean.passes.rejoin.spacing import space_untold

#: A heading line at least this wide followed by one at most this share of it is one
#: headline wrapped by its column.
MIN_WRAPPED_HEADING = 24
WRAPPED_TAIL = 0.6
#: A line this much narrower than its paragraph that does not end a sentence is
#: not that paragraph's last line.
NARROWER = 0.7


def _joins_across_blank(paragraph: Paragraph, b: Line) -> bool:
    a = paragraph.last
    paragraph_running = paragraph.running
    if caption_credit(a.text) or a.set_apart or b.set_apart or b.list_item:
        return False
    if item_announced(paragraph, b):
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
    if item_announced(paragraph, b, after):
        return False
    if a.text[-1:].isdigit() and _EMAIL.match(b.text):
        # Contact details go a line each (``Tel. +44 1865 123456`` / ``ed@example.org``):
        # a sentence never runs from a number into an address without a word between.
        return False
    if opens_story_below(paragraph, b):
        return True
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
    if a.ends_sentence and b.heads_story:
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
    if story_runs_on(paragraph, b):
        return True
    if not paragraph.running and heading_in_two_parts(a.text):
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


def _indented_first_line(b: Line, measure: int) -> bool:
    return measure - FIRST_LINE_INDENT - 1 <= b.width <= measure - 3


def _is_dash_subtitle(text: str) -> bool:
    """``——加快提升涉外法律服务水平``: a subtitle set after a dash."""
    return dash_led(text) and not has_clause_mark(text)
