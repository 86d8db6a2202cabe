"""rejoin: column-wrapped lines back into paragraphs; column breaks bridged.

Defect: PDF and OCR text keeps the line breaks of the printed column, and a blank line
wherever a column ended, even in the middle of a sentence. Many extractors put no blank
line between paragraphs at all.

Recognition, from how columns are set:

* *Column width* is measured on the page itself: the widths (in half-em cells) that
  three or more lines of running text share. A line is *full* when it reaches such a
  width; a line clearly shorter than its column ends a paragraph. In a paragraph whose
  lines so far are justified (all but one fill its measure), a line a fifth shorter
  than its middle line ends it, whatever OCR made of its last mark (``would like,``).
* A line of *running text* (it holds clause punctuation ``，。、；！？``) that does not
  end a sentence goes on into the next line. A full line goes on even after ``。``:
  the sentence ended exactly at the margin, which the next short line would show.
* A line never starts with closing punctuation (``，。、）”``): kinsoku, the CJK line
  breaking rule, so such a line always continues the one before.
* *Column breaks*: a blank line after running text that does not end a sentence, before
  a line that continues it (running text itself, not indented), is bridged.
* A line that does not read as running text and starts a paragraph is a headline,
  kicker, subhead or byline: it joins the next line only when it is full (a long
  heading wrapped in a body column); bylines and datelines never join.
* An indented line starts a paragraph.
* *Headline groups in Latin text*: lines set in headline case (every word of four
  letters capitalised, so not German nouns) right over a byline or a run-in dateline,
  and a one-line headline in headline case closed by its full stop between two
  finished sentences, keep their lines, even where the text above stops mid-sentence.
* Joining: CJK lines join with nothing between; Latin lines with one space. A Latin
  line ending in a hyphen joins the next word: the hyphen is kept when the hyphenated
  form appears elsewhere in the document, when the joined word does not while the
  halves do, when a half is a number or starts with a capital, or when the first half
  is a prefix written with a hyphen (``self-``, ``non-``, ``well-``…) and the joined
  word is not a common word of its own (``ex-⏎position`` joins); otherwise it goes
  (``infor-⏎mation`` → ``information``, ``well-⏎known`` stays). A soft hyphen at a line
  end always goes. See ``newsclean.dehyphenate`` for lost hyphens.
* *Rounds*: joining changes what the rules read (a line joined to running text is
  running text; a paragraph no longer ends in a short line), so the pass repeats until
  a round changes nothing, and a second ``fix`` finds nothing more to join. A joined
  paragraph's spaces are judged again by ``whitespace``'s rules. The text ``fix``
  prints has no indentation, so a paragraph that only its indentation set apart (the
  line before it goes on) is joined by the next round, as a second run would join it.

* *Set apart*: verse, lists, tables and program text keep their lines. Verse: CJK
  lines of one width that each end at a clause mark, three or more in a row (or a
  couplet standing alone), or four or more Latin lines that each open with a capital
  and end at a mark; either narrower than the page's columns (wrapped prose fills its
  column). Lists: a line opening with a marker (``-``, ``1.``, ``一、``,
  ``（一）``, ``①``) that the next item, a few lines on, continues in the same form.
  Tables: rows aligned by wide gaps, or rows of delimited data. Program text: a block
  indented to several depths whose lines hold calls, braces and assignments; it keeps
  its indentation too.

Blocks that markup marked as paragraphs, headings or verbatim text, and furniture kept in
the text, are never rewrapped.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property

from newsclean import regex
from newsclean.chardata import (
    CJK,
    CJK_PUNCT,
    ENDS_SENTENCE,
    display_width,
    joins_without_space,
)
from newsclean.dehyphenate import LINE_END_MARK, join_lines, resolve_hyphen
from newsclean.dehyphenate import vocabulary as page_vocabulary
from newsclean.latin import (
    ends_in_leading_word,
    in_headline_case,
    is_caps_headline,
    is_deck_line,
    is_headline_case_deck,
    is_shouted,
)
from newsclean.model import PLAIN, Block, Document, Layout
from newsclean.options import Options
from newsclean.page.credits import (
    CAPTION_CREDIT,
    MAX_BYLINE,
    is_byline,
    split_credit,
    starts_with_dateline,
)
from newsclean.passes.punctuation import delimited_rows
from newsclean.passes.whitespace import justification, latin_justification, remove_cjk_gaps

NAME = "rejoin"
DESCRIPTION = "column-wrapped lines back into paragraphs; column-break blank lines bridged"

_CLAUSE = regex.compile("[，。；、！？]")
_LATIN_CLAUSE = regex.compile(r"[A-Za-z][,.;:!?][\"'”’)]?(?: |$)")
_HAS_CJK = regex.compile(f"[{CJK}]")
#: Spaces beside CJK text are justification: they take no room of their own.
# The second form starts only at the first space of a run: from every space of a long
# run not followed by CJK it read the run to its end (quadratic). Same matches.
_JUSTIFICATION_SPACE = regex.compile(f"(?<=[{CJK}{CJK_PUNCT}]) +|(?<! ) ++(?=[{CJK}{CJK_PUNCT}])")
_HAS_CJK_PUNCT = regex.compile(f"[{CJK_PUNCT}]")
#: Characters a CJK line may not start with (kinsoku shori).
_NO_LINE_START = frozenset("，。、；：？！）」』】》〉〕”’…%")
#: Characters a CJK line may not end with.
_NO_LINE_END = frozenset("（「『【《〈〔“‘")
_HYPHEN_END = regex.compile(r"([A-Za-z\u00c0-\u024f]+)[-\u00ad]$")
_FIRST_WORD = regex.compile(r"^([A-Za-z\u00c0-\u024f]+)")
_WORDS = regex.compile(r"[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*")
#: First halves that English writes with a hyphen.
HYPHEN_PREFIXES = frozenset(
    "self non anti ex all half well ill cross counter co post pre pro quasi semi ultra "
    "vice mid over under long short high low full far near much".split()
)
#: Share of a column a line must fill to count as full.
FULL = 0.85
#: The indent of a paragraph's first line, in cells (two CJK characters).
FIRST_LINE_INDENT = 4
#: A heading line at least this wide followed by one at most this share of it is one
#: headline wrapped by its column.
MIN_WRAPPED_HEADING = 24
WRAPPED_TAIL = 0.6
#: A Latin line this much shorter than its paragraph's measure ends the paragraph.
LATIN_SHORT = 0.7
#: In a justified paragraph, a line this much shorter than its middle line ends it
#: (OCR character counts of justified lines scatter by a tenth around the middle).
JUSTIFIED_SHORT = 0.8
#: No printed Latin column is this wide, in characters.
LONGEST_LATIN_LINE = 100
#: A line this many times wider than the middle line of its paragraph was run long.
OUTLIER = 1.3
#: A one-line headline between paragraphs says this many words.
MIN_ONE_LINE_HEADLINE_WORDS = 2
MAX_ONE_LINE_HEADLINE_WORDS = 6
#: At most this many lines over a byline are its headline group.
MAX_TITLE_LINES = 4
#: A line this much narrower than its paragraph that does not end a sentence is
#: not that paragraph's last line.
NARROWER = 0.7
#: A paragraph shows it is set justified once this many of its lines fill the measure.
MIN_JUSTIFIED_LINES = 4
#: A running width is a column width when this many lines share it (within a cell).
MIN_LINES_FOR_COLUMN = 3


@dataclass
class Line:
    text: str
    width: int
    indented: bool
    cjk: bool
    running: bool
    ends_sentence: bool
    byline: bool
    starts_new: bool
    #: An opening bracket or quote closes on a later line (CJK lines only).
    unclosed: bool = False
    #: A headline-group line: it stands over a byline with nothing finished between.
    title: bool = False
    #: How the line was set, when an earlier round of rejoining made it of several.
    layout: Layout | None = None
    #: A line of verse, a table row or program text: it keeps its line.
    set_apart: bool = False
    #: The line as the round found it, indentation and all.
    raw: str = ""
    #: Opens with a list marker that a nearby line continues (see ``_mark_list_items``).
    list_item: bool = False

    # Asked of Latin lines only, as the line above and as the line below: found once,
    # when first asked (a CJK page asks them of few lines).
    @cached_property
    def caps(self) -> bool:
        """A Latin headline line set in capitals (``latin.is_caps_headline``)."""
        return not self.cjk and is_caps_headline(self.text)

    @cached_property
    def shouted(self) -> bool:
        """A Latin slogan, one word said three times (``latin.is_shouted``)."""
        return not self.cjk and is_shouted(self.text)


def _describe(raw: str, indented_share: float, bylines: tuple[str, ...]) -> Line:
    text = raw.strip(" \t")
    indented = raw.startswith(("  ", "\t")) and indented_share < 0.5
    cjk = _HAS_CJK.search(text) is not None
    running = (
        _CLAUSE.search(text) is not None
        or (not cjk and _LATIN_CLAUSE.search(text) is not None)
        # A credit run into the first words of its story (本报讯（记者 贺倩）由于美国).
        or (cjk and split_credit(text) is not None)
    )
    return Line(
        raw=raw,
        text=text,
        width=display_width(
            # The substitution tries every position of a long Latin paragraph: asked
            # only of a line that holds what a justification space stands beside.
            _JUSTIFICATION_SPACE.sub("", text) if cjk or _HAS_CJK_PUNCT.search(text) else text
        ),
        indented=indented,
        cjk=cjk,
        running=running,
        ends_sentence=ENDS_SENTENCE.search(text) is not None,
        byline=is_byline(text, bylines),
        starts_new=starts_with_dateline(text),
        unclosed=cjk and _unclosed(text),
    )


@dataclass
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

    @classmethod
    def start(cls, line: Line, previous: Paragraph | None = None) -> Paragraph:
        after = previous is not None and previous.heading
        return cls([line], line.running, after_heading=after)

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

    def __init__(self, lines: list[Line]) -> None:
        # Lines inside a paragraph: running text that does not end a sentence. (A last
        # line is shorter; and once lines are rejoined few of them are inside a
        # paragraph, so a later round finds fewer columns: see ``apply``.)
        counts = Counter(line.width for line in lines if line.running and not line.ends_sentence)
        # Digits and Latin letters are narrower than a cell, so the lines of one column
        # scatter by a cell or two around its width: count each width's neighbours.
        near = {w: counts[w - 1] + counts[w] + counts[w + 1] for w in counts}
        self.widths: list[int] = []
        for width in sorted(near, key=lambda w: (-near[w], -counts[w], -w)):
            if near[width] < MIN_LINES_FOR_COLUMN:
                break
            if all(abs(width - w) > max(3, 0.1 * w) for w in self.widths):
                self.widths.append(width)
        self.widths.sort()

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


def _joins_across_blank(paragraph: Paragraph, b: Line) -> bool:
    a = paragraph.last
    paragraph_running = paragraph.running
    if CAPTION_CREDIT.search(a.text) or a.set_apart or b.set_apart or b.list_item:
        return False
    if paragraph.lines[0].list_item:
        # A list's last item ends at the blank line (三、保障措施 ⏎⏎ 人人生而自由…):
        # items are phrases, which is why they read as unfinished sentences.
        return False
    if b.indented or a.byline or b.byline or b.starts_new:
        return False
    if b.text[0] in _NO_LINE_START or a.text[-1] in _NO_LINE_END:
        return True
    if a.unclosed and not a.ends_sentence and b.running:
        return True
    if not a.cjk and not b.cjk and ends_in_leading_word(a.text):
        # ``first of`` ⏎⏎ ``course to bring``: no paragraph ends on ``of``.
        return b.running or _starts_lower(b.text)
    if a.ends_sentence or not (a.running or paragraph_running):
        return False
    if not a.cjk and not b.cjk:
        return _starts_lower(b.text)
    return b.running


def _continues(paragraph: Paragraph, b: Line, columns: Columns) -> bool:
    """Does line ``b`` continue ``paragraph``?"""
    a = paragraph.last
    if b.indented or b.starts_new or CAPTION_CREDIT.search(a.text):
        return False
    if a.set_apart or b.set_apart or b.list_item:
        return False
    if a.byline and not _unclosed(a.text):
        return False
    if b.text[0] in _NO_LINE_START or a.text[-1] in _NO_LINE_END or a.unclosed:
        return not b.byline or b.text[0] in _NO_LINE_START
    if b.byline or _is_dash_subtitle(a.text) or _completes_byline(paragraph):
        return False
    if a.title or b.title:
        return a.title and b.title and _wrapped_heading(paragraph, b)
    if not a.cjk and not b.cjk:
        return _latin_continues(paragraph, b, columns)
    if not b.cjk and b.caps:
        # A Latin headline in capitals stands alone after CJK text as after Latin. (Were
        # it joined, the Latin line after it would stop there, and join the next round.)
        return False
    if not paragraph.running and _two_part(a.text):
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


def _starts_lower(text: str) -> bool:
    """The first letter is lower case (after any opening quote or bracket)."""
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def _latin_continues(paragraph: Paragraph, b: Line, columns: Columns) -> bool:
    """Latin lines. Headline lines in capitals stand alone (``split`` stacks them);
    a line-end hyphen before a lower-case word joins; otherwise, since Latin columns
    are often set ragged, a line goes on unless it ends a sentence short of the
    measure."""
    a = paragraph.last
    if a.caps or b.caps:
        return False
    if a.shouted or b.shouted:
        # An advertiser's slogan (``Poland! Poland!! Poland!!!``) is a display line.
        return False
    if a.width > LONGEST_LATIN_LINE and len(paragraph.lines) == 1:
        # Longer than any printed column: a paragraph already rejoined (or never
        # wrapped) ends where it ends, unless it stops mid-sentence before a line in
        # lower case (an extractor ran two columns' lines into one).
        return not a.ends_sentence and _starts_lower(b.text)
    mark = LINE_END_MARK.search(a.text)
    if mark and (b.text[:1].islower() or (a.text[-2:-1].isdigit() and b.text[:1].isdigit())):
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
    if not a.ends_sentence:
        if a.text.endswith(("—", "–", " -")) or ends_in_leading_word(a.text):
            # A dash at the line end leads on (a dateline run into its story), and so
            # does an article, preposition or conjunction: nothing ends on ``of the``.
            return True
        if _justified_line_broken_up(paragraph, b, columns):
            return True
        # A line this short ends its paragraph, whatever the OCR made of its last mark
        # (``would like,`` for ``would like.``): in a paragraph whose lines so far are
        # justified, a line a fifth shorter than its middle line; in one that may be
        # set ragged, a line much shorter than its widest.
        if paragraph.justified:
            ends_short = a.width < JUSTIFIED_SHORT * paragraph.widths[len(paragraph.widths) // 2]
        else:
            ends_short = reference is not None and a.width < LATIN_SHORT * reference
        if ends_short and not _starts_lower(b.text):
            return False
        if paragraph.running or paragraph.lines[0].starts_new or _starts_lower(b.text):
            # A dateline opens running text, whatever the first line's punctuation.
            return True
        # A first line without a clause, before a capital: a headline or deck line
        # unless it fills a column exactly (headlines are set larger or wider).
        strict = len(paragraph.lines) == 1
        return columns.column_of(a.width, strict=strict) is not None
    return reference is not None and a.width >= FULL * reference


def _justified_line_broken_up(paragraph: Paragraph, b: Line, columns: Columns) -> bool:
    """A justified line stretched across a narrow column comes out of a PDF extractor
    one word or two to a line (``State-owned`` / ``enterprise`` / ``Energoatom,``):
    in running text, a line much shorter than the narrowest column wider than it, that
    ends in a letter, before another such line, is a piece of one printed line, not a
    paragraph's end."""
    a = paragraph.last
    column = next((w for w in columns.widths if w > a.width), None)
    return (
        column is not None
        and (paragraph.running or b.running)
        and a.text[-1:].isalpha()
        and a.width < LATIN_SHORT * column
        and b.width < LATIN_SHORT * column
        and not b.ends_sentence
    )


def _wrapped_heading(paragraph: Paragraph, b: Line) -> bool:
    """A long heading line followed by a much shorter one that is not running text is
    one headline broken by its column (``…发展报告（2018-2022）》今`` + ``天发布``);
    kickers and subtitles are not that short beside their headline."""
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
    )


def _mark_titles(lines: list[Line]) -> None:
    """The lines over an opening byline, up to the block's start or a finished
    sentence, are its story's headline group: headline, deck, subtitle. They keep their
    lines, even when one holds a comma (``Tilting train derails in Croatia, six dead``)."""
    for i, line in enumerate(lines):
        if (line.starts_new or line.byline) and not line.cjk:
            _mark_decks_over(lines, i)
        if 0 < i < len(lines) - 1 and _headline_between_sentences(lines[i - 1], line, lines[i + 1]):
            line.title = True
        if not line.byline or i == 0:
            continue
        start = i
        while start > 0 and not lines[start - 1].ends_sentence and not lines[start - 1].byline:
            start -= 1
        group = lines[start:i]
        if len(group) <= MAX_TITLE_LINES:
            for title in group:
                title.title = True


def _headline_between_sentences(before: Line, line: Line, after: Line) -> bool:
    """``Mining Shares Under New Law.``: a few words in headline case, closed by the full
    stop older papers set after a headline, on a line of their own after a finished
    sentence and before running text that starts a new one, is a story's one-line
    headline, not the last line of the paragraph above or the first of the one below.
    (A line that opens with a word in capitals is a dateline's or a stack's.)"""
    # Cheap tests first: this is asked of every line of the page.
    return (
        line.text.endswith(".")
        and before.ends_sentence
        and not line.cjk
        and not (line.byline or line.starts_new)
        and not line.text.split()[0].isupper()
        and (
            MIN_ONE_LINE_HEADLINE_WORDS
            <= len(_WORDS.findall(line.text))
            <= MAX_ONE_LINE_HEADLINE_WORDS
        )
        and is_headline_case_deck(line.text)
        and not after.cjk
        and after.text[:1].isupper()
        and not in_headline_case(after.text)
    )


def _mark_decks_over(lines: list[Line], opening: int) -> None:
    """Lines set headline style (``Eradication of His Prejudice Is Keynote`` / ``Sounded
    By Governor Campbell``) right over a story's byline or run-in dateline (``PHOENIX,
    Jan. 1.``) are that story's headline group, even where the column before ends
    mid-sentence or a deck ends on an initial's full stop (``Given by U. S. Agents.``)."""
    start = opening
    while (
        start > 0
        and opening - start < MAX_TITLE_LINES
        and not lines[start - 1].cjk
        and is_headline_case_deck(lines[start - 1].text)
    ):
        start -= 1
    for title in lines[start:opening]:
        title.title = True


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
    return text.startswith(("——", "—", "--")) and not _CLAUSE.search(text)


_TWO_PART = regex.compile(f"[{CJK}] +[{CJK}]")


def _two_part(text: str) -> bool:
    """A heading set in two parts around a space (``上控风险 下稳需求``)."""
    return _TWO_PART.search(text) is not None


_PAIRS = (("（", "）"), ("(", ")"), ("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"))


def _unclosed(text: str) -> bool:
    """An opening bracket or quote whose closing one is on a later line."""
    for opening, closing in _PAIRS:
        if opening in text and text.count(opening) > text.count(closing):
            return True
    return False


#: ``_join`` works on the paragraph's last this-many characters or more; what lies
#: before them is settled (no line-end decision reaches that far back).
_JOIN_WINDOW = 256


def _join(lines: list[Line], vocabulary: Counter[str]) -> tuple[str, Counter[str]]:
    """The lines as one paragraph, and what the joins were.

    Each join looks only at the end of the paragraph so far (the word broken at the
    line end, the characters meeting there), so the paragraph is kept as a settled list
    and a tail of at most twice :data:`_JOIN_WINDOW` characters: joining N lines costs
    time linear in N, where rebuilding one growing string was quadratic.
    """
    counts: Counter[str] = Counter()
    settled: list[str] = []
    out = lines[0].text
    for line in lines[1:]:
        nxt = line.text
        broken = join_lines(out, nxt, vocabulary)
        if broken is not None:
            out, kind = broken
            counts[kind] += 1
        else:
            out += nxt if joins_without_space(out, nxt) else " " + nxt
            counts["joined-line"] += 1
        if len(out) > 2 * _JOIN_WINDOW:
            # Cut after a space where there is one, so no word is cut in two.
            cut = out.rfind(" ", 0, len(out) - _JOIN_WINDOW) + 1 or len(out) - _JOIN_WINDOW
            settled.append(out[:cut])
            out = out[cut:]
    settled.append(out)
    return "".join(settled), counts


#: Marks shared by Latin and CJK text: they join without a space only next to CJK.
def keep_hyphen(left: str, right: str, vocabulary: Counter[str]) -> bool:
    """Is the hyphen at ``left-⏎right`` part of the word? See ``newsclean.dehyphenate``."""
    return resolve_hyphen(left, right, vocabulary) != "join"


def _vocabulary(text: str) -> Counter[str]:
    """Words of the page as written on one line, with its language and whether its OCR
    lost the hyphens of broken words (``newsclean.dehyphenate.vocabulary``)."""
    return page_vocabulary(text)


#: Lines of one CJK character (or mark) in a row this long are a vertical setting.
MIN_VERTICAL_RUN = 3
_ONE_CJK = regex.compile(f"^[ \t]*[{CJK}{CJK_PUNCT}][ \t]*$")
_ONE_CJK_LINE = regex.compile(f"^[ \t]*[{CJK}{CJK_PUNCT}][ \t]*$", re.M)


def join_vertical_runs(lines: list[str]) -> tuple[list[str], int]:
    """Vertical-layout remnants: a headline or masthead set top to bottom comes out of
    the extractor one character per line. Three or more such lines in a row are one
    line of text; a poem, a list or a heading never has lines of one character."""
    # Asked of every block in every round, and most hold no such line: one search over
    # the block says so.
    if len(lines) < MIN_VERTICAL_RUN or _ONE_CJK_LINE.search("\n".join(lines)) is None:
        return lines, 0
    out: list[str] = []
    joined = 0
    run: list[str] = []
    for line in [*lines, ""]:
        if _ONE_CJK.match(line):
            run.append(line.strip())
            continue
        if len(run) >= MIN_VERTICAL_RUN:
            out.append("".join(run))
            joined += 1
        else:
            out += run
        run = []
        out.append(line)
    return out[:-1], joined


#: Rounds of rejoining are few (each one joins what the last one made possible); this
#: bounds them all the same.
MAX_ROUNDS = 8


def apply(doc: Document, options: Options) -> None:
    """Rejoin until nothing more joins. The evidence read here (the columns, whether
    a line is running text, the first line of a paragraph) is measured on the lines as
    they stand, and joining lines changes it: a blank line before a line without a
    clause is not bridged, but once that line is joined to the running text after it, it
    is. Another run of ``fix`` would see the joined lines and join again, so the rounds
    run here, and ``fix`` is idempotent."""
    for _ in range(MAX_ROUNDS):
        # Not only joins change the evidence: a round takes off the indentation that
        # started a paragraph, which the next round (and a second run) no longer sees.
        if not _rejoin(doc, options):
            return


def _rejoin(doc: Document, options: Options) -> bool:
    """One round of rejoining; whether it changed the text of the plain blocks."""
    plain = [block for block in doc.blocks if block.kind == PLAIN]
    if not plain:
        return False
    changed = False
    for block in plain:
        block.lines, runs = join_vertical_runs(block.lines)
        doc.count(NAME, "vertical-run", runs)
        if runs:
            block.layout = None
            changed = True
    all_raw = [line for block in plain for line in block.lines]
    indented_share = sum(1 for r in all_raw if r.startswith(("  ", "\t"))) / len(all_raw)
    described = {
        id(block): [_describe(r, indented_share, options.byline_patterns) for r in block.lines]
        for block in plain
    }
    for block in plain:
        if block.layout is not None:
            for line, layout in zip(described[id(block)], block.layout, strict=True):
                line.layout = layout
    for block in plain:
        lines = described[id(block)]
        _mark_titles(lines)
        _mark_list_items(lines)
        _mark_tables(lines)
        _mark_code(block.lines, lines)
    verse = [run for lines in described.values() for run in _verse_candidates(lines)]
    in_verse = {id(line) for run in verse for line in run}
    # Lines set apart are not set to a column: a list or a poem of equal lines would
    # show as a column of its own width.
    columns = Columns(
        [
            line
            for lines in described.values()
            for line in lines
            if id(line) not in in_verse and not line.set_apart and not line.list_item
        ]
    )
    _mark_verse(verse, columns)
    # Only joins read the vocabulary: a round that joins nothing never builds it.
    vocabulary = cache(lambda: _vocabulary("\n".join(all_raw)))

    new_blocks: list[Block] = []
    paragraphs: list[Paragraph] = []
    previous_plain = False
    for block in doc.blocks:
        if block.kind != PLAIN:
            changed |= _flush(new_blocks, paragraphs, doc, vocabulary)
            paragraphs = []
            new_blocks.append(block)
            previous_plain = False
            continue
        lines = described[id(block)]
        rest = lines
        can_continue = False
        if previous_plain and paragraphs:
            current = paragraphs[-1]
            if _joins_across_blank(current, lines[0]):
                current.add(lines[0])
                doc.count(NAME, "bridged-column-break")
                rest = lines[1:]
                can_continue = True
            else:
                changed |= _flush(new_blocks, paragraphs, doc, vocabulary)
                paragraphs = []
        for line in rest:
            if can_continue and _continues(paragraphs[-1], line, columns):
                paragraphs[-1].add(line)
            else:
                previous = paragraphs[-1] if can_continue else None
                paragraphs.append(Paragraph.start(line, previous))
            can_continue = True
        previous_plain = True
    changed |= _flush(new_blocks, paragraphs, doc, vocabulary)
    doc.blocks = new_blocks
    return changed


#: A list item's marker: a bullet and its space, or a number, a Chinese numeral, a
#: circled number or a lower-case letter with its stop or brackets (``1.`` before a
#: digit is a decimal point, not a marker).
_LIST_MARKER = regex.compile(
    r"^(?:[-*+•●○◦▪■□◆◇►▶✓✔](?= )|\d{1,3}[.)．、](?!\d)|[(（]\d{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473]"
    r"|[(（]?[a-z][)）])"
)
_NUMERALS = "一二三四五六七八九"
_DIGITS = regex.compile(r"\d+")
_NUMERAL = regex.compile(f"[{_NUMERALS}十]+")
_LETTER = regex.compile("[a-z]")
#: The next marker of a list is this many lines away at most (an item wraps).
MAX_ITEM_LINES = 4


def _marker(text: str) -> tuple[str, int] | None:
    """A line's list marker as its form (``0.``, ``（一）``, ``-``) and its number."""
    m = _LIST_MARKER.match(text)
    if m is None:
        return None
    marker = m.group(0)
    if digits := _DIGITS.search(marker):
        return marker.replace(digits.group(0), "0"), int(digits.group(0))
    if numeral := _NUMERAL.search(marker):
        return marker.replace(numeral.group(0), "一"), _chinese_number(numeral.group(0))
    if "\u2460" <= marker <= "\u2473":
        return "①", ord(marker) - 0x245F
    if letter := _LETTER.search(marker):
        return marker.replace(letter.group(0), "a"), ord(letter.group(0))
    return marker, 0


def _chinese_number(numeral: str) -> int:
    """``三`` → 3, ``十二`` → 12, ``二十`` → 20."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _NUMERALS.index(numeral) + 1 if len(numeral) == 1 else 0
    return (_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (
        _NUMERALS.index(units) + 1 if units else 0
    )


def _mark_list_items(lines: list[Line]) -> None:
    """Lists keep their items apart: a line opening with a list marker is an item when
    another item of the same list stands a few lines before or after it (the same
    bullet, or the same form numbered one less or one more: ``一、`` … ``二、``,
    ``（一）`` … ``（二）``, ``1.`` … ``2.``). One marker-like line alone (``1.``
    running on from a line above) is not a list."""
    markers = [_marker(line.text) for line in lines]
    found = [(i, m) for i, m in enumerate(markers) if m is not None]
    for (i, (form, number)), (j, (next_form, next_number)) in itertools.pairwise(found):
        if (
            form == next_form
            and j - i <= MAX_ITEM_LINES
            and next_number in ((number + 1,) if number else (0,))
        ):
            lines[i].list_item = lines[j].list_item = True


#: A line of verse ends at a clause or sentence mark (and the quote closing there).
_VERSE_END = regex.compile("[，。！？；：、][”’」』]?$")
#: Verse lines come in runs this long. A couplet may stand alone between blank lines
#: when its lines are as short as classical verse (seven characters and a mark, in
#: cells): two lines of prose can be as wide as each other and end at marks.
MIN_VERSE_LINES = 3
LONGEST_COUPLET_LINE = 16


def _verse_candidates(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines that may be verse: CJK lines of one width, each ending at a clause
    mark. Wrapped prose ends its lines wherever the column ends, so a run of them
    ending at marks is rare; it is also as wide as its column, which
    ``_mark_verse`` asks next (with the page's columns measured without these)."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if (
            line is not None
            and line.cjk
            and _printed_line(line)
            and _VERSE_END.search(line.text)
            and (not run or abs(line.width - run[0].width) <= 1)
        ):
            run.append(line)
            continue
        couplet = len(run) == 2 == len(lines) and run[0].width <= LONGEST_COUPLET_LINE
        if len(run) >= MIN_VERSE_LINES or couplet:
            runs.append(run)
        run = (
            [line]
            if line is not None
            and line.cjk
            and _printed_line(line)
            and _VERSE_END.search(line.text)
            else []
        )
    return runs + _latin_verse_candidates(lines)


def _printed_line(line: Line) -> bool:
    """One line as printed, not a paragraph an earlier round of rejoining made."""
    return line.layout is None or line.layout.lines == 1


#: A Latin line of verse opens with a capital (after a quote or bracket).
_CAPITAL_START = regex.compile(r"^[\"'“‘(]?[A-ZÀ-Þ]")
#: A line of verse ends where a phrase ends; wrapped prose, anywhere.
_LATIN_VERSE_END = regex.compile(r"[,;:.!?][\"'”’)]?$")
#: No line of verse is longer, in characters (a long line is prose).
LONGEST_VERSE_LINE = 60
#: Latin verse comes in runs this long (a quatrain; three capitals in a row are
#: common enough in prose).
MIN_LATIN_VERSE_LINES = 4


def _latin_verse_candidates(lines: list[Line]) -> list[list[Line]]:
    """Runs of Latin lines that may be verse: each opens with a capital, as a line of
    verse does wherever its sentence stands, and ends at a mark (a phrase ends with the
    line), and none is set in capitals (a headline stack) or broken by a hyphen.
    Capitals alone say little (German capitalises its nouns), and a line of wrapped
    prose ends at a mark by chance: four such lines in a row are not chance. Whether
    they stop short of the column is asked next, as for CJK verse."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if (
            line is not None
            and not line.cjk
            and _printed_line(line)
            and line.width <= LONGEST_VERSE_LINE
            and _CAPITAL_START.match(line.text)
            and not line.text.endswith("-")
            and not line.caps
        ):
            run.append(line)
            continue
        if len(run) >= MIN_LATIN_VERSE_LINES and all(
            _LATIN_VERSE_END.search(verse.text) for verse in run
        ):
            runs.append(run)
        run = []
    return runs


#: Two or more spaces inside a CJK line, five or more inside a Latin one (where
#: justification leaves up to four), or a tab: a table's alignment.
_CJK_ALIGNED = regex.compile(r"\S(?: {2,}|\t)\S")
_LATIN_ALIGNED = regex.compile(r"\S(?: {5,}|\t)\S")
#: Table rows come in runs at least this long.
MIN_TABLE_ROWS = 2


def _mark_verse(verse: list[list[Line]], columns: Columns) -> None:
    """Verse keeps its lines: a run from ``_verse_candidates`` shorter than the page's
    narrowest column (its lines stop before the margin; wrapped prose fills it)."""
    narrowest = min(columns.widths, default=None)
    for run in verse:
        if narrowest is None or all(line.width < FULL * narrowest for line in run):
            for line in run:
                line.set_apart = True


def _mark_tables(lines: list[Line]) -> None:
    """Tables keep their lines: two or more lines in a row aligned by wide gaps, or rows
    of delimited data (``newsclean.passes.punctuation.delimited_rows``)."""
    rows = delimited_rows([line.text for line in lines])
    table: list[Line] = []
    for i, line in enumerate(lines):
        aligned = _CJK_ALIGNED if line.cjk else _LATIN_ALIGNED
        gap = "  " in line.text or "\t" in line.text
        if i in rows or (gap and aligned.search(line.text)):
            table.append(line)
            continue
        _set_apart(table)
        table = []
    _set_apart(table)


#: What only program text has: a call or definition (``main(``), braces, an
#: assignment or comparison set off by spaces, an arrow.
_CODE_TOKEN = regex.compile(r"\w\(|[{}]|\s(?:=|==|!=|\+=|-=|:=)\s|->|=>")
#: Lines of a code block that hold such a token, at least.
MIN_CODE_LINES = 2


def _mark_code(raw: list[str], lines: list[Line]) -> None:
    """Program text keeps its lines and its indentation: a block (between blank
    lines) whose lines are indented to two or more depths and half of which hold
    what only code has (``def main():``, ``x = 1``, ``}``). Newspaper prose indents
    to one depth, the first line of a paragraph, and has no such tokens (two lines at
    least must hold one)."""
    depths = {len(r) - len(r.lstrip(" \t")) for r in raw if r.strip()}
    if len(depths) < 2:
        return
    tokens = sum(1 for r in raw if _CODE_TOKEN.search(r))
    if tokens < MIN_CODE_LINES or 2 * tokens < len(raw):
        return
    for line, r in zip(lines, raw, strict=True):
        line.set_apart = True
        line.text = r.rstrip(" \t")


def _set_apart(rows: list[Line]) -> None:
    if len(rows) >= MIN_TABLE_ROWS:
        for row in rows:
            row.set_apart = True


def _layout(lines: list[Line]) -> Layout:
    """How the paragraph of these lines was set; lines of an earlier round bring theirs."""
    set_as = [line.layout or Layout(1, line.width, line.width, line.width) for line in lines]
    return Layout(
        sum(x.lines for x in set_as),
        max(x.width for x in set_as),
        set_as[0].first,
        set_as[-1].last,
    )


def _flush(
    new_blocks: list[Block],
    paragraphs: list[Paragraph],
    doc: Document,
    vocabulary: Callable[[], Counter[str]],
) -> bool:
    """Append the paragraphs as one block; whether its lines differ from the round's."""
    if not paragraphs:
        return False
    texts = []
    layout = []
    for paragraph in paragraphs:
        lines = paragraph.lines
        layout.append(_layout(lines))
        text, counts = _join(lines, vocabulary() if len(lines) > 1 else Counter())
        if len(lines) > 1 and paragraph.running:
            text, gaps = remove_cjk_gaps(text, running_text=True)
            counts["space-between-cjk"] += gaps
        if len(lines) > 1:
            # The whitespace pass judged each line alone: a space after a closing quote
            # that began a line, a wide gap on a line of one or two words. Joined, the
            # paragraph is judged again by the same rules, as a second run would.
            text, spaces = justification(text)
            counts.update(spaces)
            text, spaces = latin_justification(text)
            counts.update(spaces)
        for kind, n in counts.items():
            doc.count(NAME, kind, n)
        if len(lines) > 1:
            doc.example(NAME, "paragraph", " ⏎ ".join(line.text for line in lines), text)
        texts.append(text)
    new_blocks.append(Block(texts, PLAIN, layout))
    # Joined lines, or a line that lost its indentation (read by the next round).
    return any(len(p.lines) > 1 or p.lines[0].text != p.lines[0].raw for p in paragraphs)
