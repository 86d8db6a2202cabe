"""rejoin's heading tests: a line that ends no sentence is a headline, kicker or deck
standing over the text under it, not that text's first line, when its width sets it
apart from the measure the text shows (a headline is set larger than its column, or
across several) or, where widths cannot tell, when the line under it opens a sentence."""

from __future__ import annotations

from newsclean import regex
from newsclean.latin import (
    LEADING_WORDS,
    WORD,
    clause_particles,
    is_headline_case_deck,
    sentence_opening,
)
from newsclean.page.describe import ends_clause, hyphen_end
from newsclean.passes.rejoin.lines import (
    FIRST_LINE_INDENT,
    FULL,
    HEADING_APART,
    HEADING_WORDS,
    HEADLINE_WORDS,
    LEADING_DASHES,
    MIN_COLUMN_LINE,
    SAME_MEASURE,
    WIDEST_MEASURE,
    Columns,
    Line,
    Paragraph,
    printed_widths,
)


def heading_over_column(
    paragraph: Paragraph, b: Line, after: Line | None, columns: Columns
) -> bool:
    """A headline is set in larger type than the column under it (fewer characters to
    the line) or across several columns (more): lines that end no sentence, none of
    them within a column's give of the measure the text under them is set to, are a
    headline, kicker or deck over that text, not its first lines. (A paragraph's first
    line is its column's width, or short by its indent.) The measure is shown by the
    next two lines agreeing in width as a column of the page or as running text, or by
    ``b``'s own lines once an earlier round joined them. A line wider than any column
    (a paragraph an earlier run of ``fix`` joined, or one never wrapped) shows no
    measure: the heading before it was kept apart by that run, and stays apart. So does
    any line on a page that measures no column and holds running text wider than any:
    a second run's, where the first measured the heading against printed lines that
    are joined now."""
    a = paragraph.last
    if a.ends_sentence or paragraph.after_open or ends_clause(a.text):
        # The rest of an unfinished paragraph, torn into pieces by the extractor, or a
        # line of verse.
        return False
    if paragraph.lines[0].starts_new:
        # A dateline set larger or wider than the story it opens.
        return False
    if not a.cjk and (b.starts_lower or hyphen_end(a.text) or a.leading_word_end):
        # A word or a sentence going on.
        return False
    if not all(_reads_as_heading(line) for line in paragraph.lines):
        return False
    if not a.cjk and sum(line.words for line in paragraph.lines) > HEADLINE_WORDS:
        # More words than a headline says: the text's first lines, set narrower beside
        # a picture.
        return False
    if columns.shows_no_measure(b):
        return len(paragraph.lines) == 1 and a.layout is None and a.width <= WIDEST_MEASURE
    measure = _measure_below(b, after, columns)
    if measure is None:
        return _narrower_than_the_last_line(paragraph, b)
    apart = max(FIRST_LINE_INDENT + 2, HEADING_APART * measure)
    return all(abs(w - measure) > apart for line in paragraph.lines for w in printed_widths(line))


#: A sentence's opening word and the word after it (``The shipwrecked``, ``Im
#: mecklenburg-vorpommerischen``, ``Over 400``): the second in lower case or figures,
#: so not a name or a title (``Le Pen``, ``The Hague``, ``Die Welt``).
_SENTENCE_OPENING = regex.compile(r"^[\"“‘'(]?([A-ZÀ-Ý][a-zß-ÿ]*) [a-zß-ÿ0-9]")


#: A dateline in capitals with its dash closed up to the text (``BOSTON —At least``,
#: ``WASHINGTON—The``), as many papers set it: the text's first word opens on a
#: capital, where a heading in capitals goes on in capitals (``NATO—THE FUTURE``).
_CLOSED_DATELINE = regex.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý.'-]+(?: [A-ZÀ-Ý.'-]+){0,3} ?[—–][A-ZÀ-Ý][a-zß-ÿ]* "
)


def _opens_sentence(text: str) -> bool:
    """Does the line open a sentence, on a capitalised closed-class word or after a
    dateline?"""
    opening = _SENTENCE_OPENING.match(text)
    if opening is not None:
        return opening.group(1).lower() in LEADING_WORDS
    return _CLOSED_DATELINE.match(text) is not None


def heading_over_sentence(paragraph: Paragraph, b: Line) -> bool:
    """A headline set larger may hold about as many characters to the line as the
    column under it, so widths cannot tell its line from the text's first line. Its
    words can: lines that end on a word, no sentence ended, before a line that opens
    with an article, a preposition or a conjunction in capitals (``Earthquake hits
    Tonga region`` / ``The earthquake…``, ``Greifswald: Feuerwehr quittiert den
    Dienst`` / ``Im mecklenburg-vorpommerischen…``) or with a dateline (``BOSTON —At
    least…``) end there: inside a sentence such a word is in lower case, in German
    too, which capitalises only its nouns. Only heading lines (few words, or a
    subject and a colon before what befell it; not a credit or a dateline) whose
    first opens with a capital (a sentence's lines go on from a line above, where OCR
    may read ``in`` as ``In``), and not as an English sentence opens (a headline
    drops the article): a sentence whose stop OCR lost goes on as it did. The last
    may end on a leading word only where German ends a clause on it, as a separable
    verb's particle (``…spricht Papandreou Vertrauen aus`` / ``Das griechische…``). A
    headline wrapped over lines is set to a measure of its own, wider or narrower
    than the text's: lines as wide as ``b`` are the text's first lines."""
    a, first = paragraph.last, paragraph.lines[0]
    if a.cjk or b.cjk or a.ends_sentence or not a.text[-1:].isalnum() or first.starts_lower:
        return False
    if not _opens_sentence(b.text):
        return False
    if a.leading_word_end and not ends_on_particle(a):
        return False
    if b.byline or first.starts_new or any(line.byline for line in paragraph.lines):
        return False
    if len(paragraph.lines) > 1 and not _own_measure(paragraph, b):
        return False
    return (
        all(_reads_as_heading(line) or _titled(line) for line in paragraph.lines)
        and sum(line.words for line in paragraph.lines) <= HEADLINE_WORDS
        and not sentence_opening(first.text)
    )


def ends_on_particle(line: Line) -> bool:
    """Does the line end on a word German also ends a main clause on, a separable verb's
    particle (``Parlament spricht Papandreou Vertrauen aus``)?"""
    last = WORD.findall(line.text[-_LAST_WORD_WINDOW:])
    return bool(last) and last[-1].lower() in clause_particles()


#: Enough of a line's end to hold its last word.
_LAST_WORD_WINDOW = 24


#: A headline's two parts around a colon, no other clause mark (``Schießerei in einem
#: Kino in Colorado: Viele Tote und Verletzte``, ``France : un accident…``).
_TITLED = regex.compile(r"^[^,;:.!?]+ ?: [^,;:.!?]+$")


def _titled(line: Line) -> bool:
    """A Latin headline names its subject, a colon, then what befell it: a line of more
    words than a heading line in clauses, but of one clause mark, the colon."""
    return not line.cjk and not line.ends_sentence and _TITLED.match(line.text) is not None


def _own_measure(paragraph: Paragraph, b: Line) -> bool:
    """The widest of the lines (a wrapped headline's measure) is not ``b``'s width."""
    below = printed_widths(b)[0]
    widest = max(w for line in paragraph.lines for w in printed_widths(line))
    return abs(widest - below) > max(2, SAME_MEASURE * below)


def _narrower_than_the_last_line(paragraph: Paragraph, b: Line) -> bool:
    """A paragraph's first line fills its column, and its last line (``b``, ending a
    sentence) is no wider: heading lines much narrower than ``b`` are a headline over
    it. So a second run of ``fix``, which sees a deck joined, keeps the headline apart
    as the first run did by the deck's printed measure."""
    if b.layout is not None or not b.ends_sentence or b.width < MIN_COLUMN_LINE:
        return False
    if paragraph.last.text.endswith(LEADING_DASHES) or sentence_opening(paragraph.lines[0].text):
        # A dash leads on; a headline drops the article a sentence opens with.
        return False
    apart = max(FIRST_LINE_INDENT + 2, HEADING_APART * b.width)
    return all(w < b.width - apart for line in paragraph.lines for w in printed_widths(line))


def _reads_as_heading(line: Line) -> bool:
    """No sentence ends it; a CJK line has no clause mark (nor a credit run into text),
    a Latin line in clauses says few words."""
    if line.ends_sentence or (line.cjk and line.running):
        return False
    return line.cjk or not line.running or line.words <= HEADING_WORDS


def _measure_below(b: Line, after: Line | None, columns: Columns) -> int | None:
    """The measure of the text that ``b`` opens, when ``b`` shows one: ``b`` and the
    line after it agree in width (neither ends a sentence: a last line is short), or
    ``b`` was joined from lines of a column its first line fills."""
    layout = b.layout
    if layout is not None:
        full = layout.lines > 1 and layout.first >= FULL * layout.width
        return layout.width if full and layout.width >= MIN_COLUMN_LINE else None
    if after is None or b.width < MIN_COLUMN_LINE or b.ends_sentence or after.ends_sentence:
        return None
    if after.layout is not None or abs(after.width - b.width) > max(2, SAME_MEASURE * b.width):
        return None
    if not (b.running or columns.column_of(b.width) is not None) or (
        not b.cjk and is_headline_case_deck(b.text)
    ):
        # Two display lines of one width (a headline over its credit) are no column.
        return None
    return b.width
