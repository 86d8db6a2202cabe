"""rejoin's lines: each line described once (its width, script, running text, sentence
end, credit), the paragraphs lines are gathered into, and the columns a page is set in."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from newsclean.chardata import ends_sentence, has_cjk, is_korean
from newsclean.latin import (
    WORD,
    ends_before_noun,
    ends_in_leading_word,
    is_caps_headline,
    is_shouted,
)
from newsclean.model import Layout, Origin
from newsclean.page.credits import is_byline, starts_with_dateline
from newsclean.page.describe import running, starts_lower, unclosed, width_cells
from newsclean.page.leading import ends_in_leading_word as ends_in_script_leading_word
from newsclean.page.model import column_widths
from newsclean.page.tuning import TUNING
from newsclean.passes.rejoin.specked_end import ends_sentence_under_specks

#: Share of a column a line must fill to count as full.
FULL = TUNING.full_share
#: A Latin line this much shorter than its paragraph's measure ends the paragraph.
LATIN_SHORT = 0.7
#: The indent of a paragraph's first line, in cells (two CJK characters).
FIRST_LINE_INDENT = 4
#: A line this many times wider than the middle line of its paragraph was run long.
OUTLIER = 1.3
#: A paragraph shows it is set justified once this many of its lines fill the measure.
MIN_JUSTIFIED_LINES = 4
#: A Latin headline says at most this many words in all its lines.
HEADLINE_WORDS = 15
#: Two lines this narrow (in cells) that agree in width show no column: pieces of lines
#: torn by an extractor agree by chance.
MIN_COLUMN_LINE = 16
#: A Latin headline line in clauses says at most this many words (a line of running
#: text in clauses says more). No more than ``HEADLINE_WORDS``: ``Line.words`` counts
#: no further.
HEADING_WORDS = 8
#: A line no longer than this (in characters) has all its words found at once by
#: ``Line.words``; a longer one (a joined paragraph) is read only as far as the count.
WORDS_AT_ONCE_CHARS = 200
#: The lines of one column agree in width to this share of it (digits and Latin
#: letters are narrower than a cell)...
SAME_MEASURE = 0.1
#: ...and a headline line over the column differs from it by more than this share.
HEADING_APART = 0.25
#: Two lines wider than this (in cells) are no column's: an extractor ran columns together.
WIDEST_MEASURE = 120
#: A line that ends in a dash leads on into the next.
LEADING_DASHES = ("—", "–", " -")


@dataclass(slots=True)
class Line:
    text: str
    width: int
    indented: bool
    cjk: bool
    running: bool
    ends_sentence: bool
    byline: bool
    starts_new: bool
    #: The first letter is lower case (``page.describe.starts_lower``).
    starts_lower: bool
    #: An opening bracket or quote closes on a later line (CJK lines only).
    unclosed: bool = False
    #: A headline-group line: it stands over a byline with nothing finished between.
    title: bool = False
    #: The first line of a briefs item's text, under the title that ended over it: it
    #: opens the item's running text even where the column broke it before any mark.
    item_text: bool = False
    #: A section's crosshead between two paragraphs (``crossheads``), a title too.
    crosshead: bool = False
    #: Opens a headline between a finished sentence and its story's first (``between``).
    heads_story: bool = False
    #: How the line was set, when an earlier round of rejoining made it of several.
    layout: Layout | None = None
    #: A line of verse, a table row or program text: it keeps its line.
    set_apart: bool = False
    #: The line as the round found it, indentation and all.
    raw: str = ""
    #: Opens with a list marker that a nearby line continues (see ``_mark_list_items``).
    list_item: bool = False
    #: The first and last raw line it was made of, when known (``Block.origins``).
    origin: Origin | None = None

    _caps: bool | None = None
    _shouted: bool | None = None
    _leading_word_end: bool | None = None
    _words: int = -1

    # Asked of Latin lines only, as the line above and as the line below: found once,
    # when first asked (a CJK page asks them of few lines). Not ``cached_property``,
    # whose lock costs more than the cached test.
    @property
    def caps(self) -> bool:
        """A Latin headline line set in capitals (``latin.is_caps_headline``)."""
        if self._caps is None:
            self._caps = not self.cjk and is_caps_headline(self.text)
        return self._caps

    @property
    def shouted(self) -> bool:
        """A Latin slogan, one word said three times (``latin.is_shouted``)."""
        if self._shouted is None:
            self._shouted = not self.cjk and is_shouted(self.text)
        return self._shouted

    @property
    def leading_word_end(self) -> bool:
        """Ends on an article, preposition or conjunction (``latin.ends_in_leading_word``;
        in another script, ``page.leading``), or between a German article and its noun
        (``latin.ends_before_noun``)."""
        if self._leading_word_end is None:
            self._leading_word_end = (
                ends_in_leading_word(self.text)
                or ends_before_noun(self.text)
                or ends_in_script_leading_word(self.text)
            )
        return self._leading_word_end

    @property
    def words(self) -> int:
        """How many words (``latin.WORD``) the line says, up to one more than
        ``HEADLINE_WORDS``: asked of a paragraph's every line for each line that may
        open under it, only whether they are too many for a headline (or a heading line,
        fewer still). Counting stops there, so a joined paragraph's words are not all
        read."""
        if self._words < 0:
            if len(self.text) <= WORDS_AT_ONCE_CHARS:
                # A printed line's words, found in one call: counting the matches one
                # by one cost more than finding them.
                self._words = min(len(WORD.findall(self.text)), HEADLINE_WORDS + 1)
            else:
                found = WORD.finditer(self.text)
                self._words = sum(1 for _ in islice(found, HEADLINE_WORDS + 1))
        return self._words


#: What a line's text says of it, found once per text: width, CJK, running text, ends
#: a sentence, byline, dateline first, first letter lower case, unclosed bracket (see
#: ``_facts``).
Facts = tuple[int, bool, bool, bool, bool, bool, bool, bool]


def _facts(text: str, bylines: tuple[str, ...]) -> Facts:
    # Korean sets spaces between words: its lines are measured and decided as Latin.
    cjk = has_cjk(text) and not is_korean(text)
    return (
        width_cells(text, cjk),
        cjk,
        running(text, cjk),
        ends_sentence(text) or (not cjk and ends_sentence_under_specks(text)),
        is_byline(text, bylines),
        starts_with_dateline(text),
        starts_lower(text),
        cjk and unclosed(text),
    )


def _describe(
    raw: str,
    indented_share: float,
    bylines: tuple[str, ...],
    known: dict[str, Facts] | None = None,
) -> Line:
    """The line ``raw``; its facts are taken from ``known`` when an earlier round found
    them (a line no join changed is described once per document)."""
    text = raw.strip(" \t")
    facts = known.get(text) if known is not None else None
    if facts is None:
        facts = _facts(text, bylines)
        if known is not None:
            known[text] = facts
    width, cjk, running, ends_sentence, byline, starts_new, lower, unclosed = facts
    indented = raw.startswith(("  ", "\t")) and indented_share < 0.5
    # By position: a dataclass built by keywords costs twice as much, once per line and
    # round.
    return Line(
        text,
        width,
        indented,
        cjk,
        running,
        ends_sentence,
        byline,
        starts_new,
        lower,
        unclosed,
        raw=raw,
    )


@dataclass(slots=True)
class Paragraph:
    """Lines gathered into one paragraph so far, with what is known of its setting."""

    lines: list[Line]
    running: bool = False
    #: The measure this paragraph is set to: the widest of its lines before the last
    #: one, leaving out a line an extractor ran long (a hyphenated word pulled up).
    measure: int = 0
    #: The widths of its lines before the last one, in increasing order.
    widths: list[int] = field(default_factory=list)
    #: The paragraph before this one, in the same block, is a heading line.
    after_heading: bool = False
    #: The paragraph before this one, in the same block, is running text that ends no
    #: sentence: this one may be its torn-off rest.
    after_open: bool = False
    #: This paragraph opens its block: no paragraph before it in the same block.
    opens_block: bool = False

    @classmethod
    def start(cls, line: Line, previous: Paragraph | None = None) -> Paragraph:
        after = previous is not None and previous.heading and not line.item_text
        open_end = previous is not None and previous.running and not previous.last.ends_sentence
        return cls(
            [line], line.running, after_heading=after, after_open=open_end, opens_block=not previous
        )

    @property
    def heading(self) -> bool:
        """One line that is not running text, a sentence end or a credit."""
        only = self.lines[0]
        return (
            len(self.lines) == 1
            and not only.running
            and not only.ends_sentence
            and not only.byline
            and not only.starts_new
        )

    def add(self, line: Line) -> None:
        # ``widths`` is kept sorted, so a paragraph of many lines costs a binary search
        # per line rather than a sort (a page of one wrapped paragraph was quadratic).
        bisect.insort(self.widths, self.lines[-1].width)
        middle = self.widths[len(self.widths) // 2]
        self.measure = self.widths[bisect.bisect_right(self.widths, OUTLIER * middle) - 1]
        self.lines.append(line)
        self.running = self.running or line.running

    @property
    def last(self) -> Line:
        return self.lines[-1]

    @property
    def justified(self) -> bool:
        """Its lines so far all fill the measure (one may fall short: a first line
        indented or opened by a dateline): the column is set justified, not ragged."""
        return len(self.widths) >= MIN_JUSTIFIED_LINES and self.widths[1] >= FULL * self.measure


class Columns:
    """The column widths a page's running text is set in.

    Justified columns make most lines of running text exactly as wide as their column,
    so each column shows as a peak in the histogram of line widths; the lines around a
    peak (a last line, a line of narrow digits) belong to it and are not columns.
    """

    def __init__(self, lines: list[Line], full_cjk: list[Line] | None = None) -> None:
        # Lines inside a paragraph: running text that does not end a sentence. (A last
        # line is shorter; and once lines are rejoined few of them are inside a
        # paragraph, so a later round finds fewer columns: see ``apply``.)
        counts = Counter(line.width for line in lines if line.running and not line.ends_sentence)
        self.widths: list[int] = column_widths(counts)
        # Running text on a line wider than any column was never wrapped, or was rejoined
        # (a second run of ``fix`` reads the first's paragraphs): the lines left apart
        # beside it show no measure they were wrapped to.
        self.unwrapped = any(line.running and line.width > WIDEST_MEASURE for line in lines)
        if full_cjk and not self.widths and not self.unwrapped:
            # A CJK page whose running lines show no measure (``cjk_measure``).
            self.widths = column_widths(Counter(line.width for line in full_cjk))

    def column_of(self, width: int, *, strict: bool = False) -> int | None:
        """The column a line of this width fills, or None if it fills none.

        Justified lines vary by a character or so (digits and Latin letters are
        narrower than a cell); ``strict`` allows less, for lines that may be headings:
        full, or short by the two-character indent that starts a Chinese paragraph
        (extractors drop the indent, so a first line is two characters short).
        """
        for w in self.widths:
            low, high = (
                (w - FIRST_LINE_INDENT - 1, w + 1) if strict else (FULL * w, w + 2 + 0.03 * w)
            )
            if low <= width <= high:
                return w
        return None

    def shows_no_measure(self, line: Line) -> bool:
        """A line not joined by this run shows no measure it was wrapped to: it is wider
        than any column (never wrapped, or a paragraph an earlier run joined), or it
        stands on a page that measures no column and holds such running text (a second
        run's, where the first measured it against printed lines joined since)."""
        return line.layout is None and (
            line.width > WIDEST_MEASURE or (self.unwrapped and not self.widths)
        )


def printed_widths(line: Line) -> tuple[int, ...]:
    """The widths a line was printed at: its own, or its first, middle and last printed
    lines once an earlier round joined them."""
    layout = line.layout
    if layout is None:
        return (line.width,)
    return (layout.first, layout.width, layout.last)
