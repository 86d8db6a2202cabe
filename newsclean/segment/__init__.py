"""segment: one repaired page into its articles (the stage after the passes in ``split``).

Each unit of the page (a paragraph, headline or byline line after ``rejoin``) gets a
role from its form, then articles are built from the sequence of roles, the way a reader
of the printed page sees them. Every decision records the signals that made it.

* *Roles.* A byline or wire dateline has its typeset form (``patterns``). A heading is a
  short unit that is not running text: no ``。``/``；``, no clause ending, at most one
  comma, set on one or two lines. Everything else is body.
* *Headline groups.* Consecutive heading lines within one block (no blank line between)
  form one group of kicker (引题), headline (主题) and subtitle (副题). Of two lines, the
  first is a kicker when it is much shorter than the second or is set in two parts
  around a space while the second is not; otherwise the second is a subtitle.
* *Subheads vs new articles.* A single short heading inside an open article (it has body
  and no closing byline yet) is a section subhead when the body after it is set in the
  same column width as the article, or parallels subheads already seen; a heading whose
  body is set in another column width starts another article.
* *Orphans* (reading-order repair). A headline group followed directly by another group
  has no body of its own; it owns the next body that starts without a headline of its
  own: a section whose column does not match the open article, or body after a
  closing byline.
* *Bylines* open the article when they stand between its headline and its body, and
  close it when they follow its body. A paragraph after the closing byline that is set
  wider than the article's column is that article's standfirst: its ``lead``.
* *Latin stacks* (capital lines, then decks, then a credit) end at the body. A line
  closed by its ``Advt.`` mark ends an ad; running text between two capital display
  lines is the upper item's copy; a bracketed line at a stack's foot is the credit; a
  capital catchword continued in lower case (``L'EFFORT`` / ``des députés…``) is the
  stack's top; mixed-case lines over a capital name with its full stop, run into more
  capitals, are a portrait's caption; a line over a byline under a bodiless group is
  its deck, and a headline wrapped at a comma over a byline is still the headline.
  Headlines begin with a capital: lower-case text after unfinished body continues it,
  and a heading over text that begins in lower case is not that text's headline.
  Long lines that leave content words in lower case are running text.
* *Page head* (Latin): before the first body set in a column, lines run into a stack
  above its catchword, runs longer than any stack and the one-line strap under them
  are the nameplate's boxes: page furniture; so are a paragraph of subscription terms
  and prices, and a contents list (``Inhalt:`` and its entries). A nameplate whose
  boxes carry labels (``RÉDACTION ET ADMINISTRATION``, ``ABONNEMENTS``) is page head
  down to the first story's stack.
* *Cross-heads* (Latin): one line in capitals without a full stop, inside a story that
  opened with its dateline or credit, over text with no dateline of its own, is a
  subhead of that story, not the next story's headline.
* *Posts* (front matter with a title) are one article: the title is the headline and
  every heading is a subhead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from itertools import islice, pairwise
from typing import Any

from newsclean import regex
from newsclean.chardata import ENDS_SENTENCE, HAS_CJK, display_width, joins_without_space
from newsclean.latin import (
    LEADING_WORDS,
    article_kind,
    caps_share,
    ends_advertisement,
    is_box_label,
    is_bracketed_credit,
    is_caps_headline,
    is_contents_label,
    is_deck_line,
    is_shouted,
    is_terms_box,
    reads_as_contents,
)
from newsclean.model import CAPTION as CAPTION_BLOCK
from newsclean.model import FURNITURE, HEADING, Document, Furniture, Layout
from newsclean.options import Options
from newsclean.patterns import CAPTION, END_MARK, is_byline, split_credit, starts_with_dateline

_FULL_STOP = regex.compile("[。；;]")
_CLAUSE_END = regex.compile("[，、：:,]$")
_COMMAS = regex.compile("[，,]")
_DASH_LED = regex.compile("^(?:——|—|--)")
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
#: A heading line at most this share of the one before it ends a wrapped headline...
WRAPPED_TAIL = 0.6
#: ...when the line before it is this long (a short kicker is not wrapped).
MIN_WRAPPED_HEAD = 12
#: A page needs this many paragraphs to show whether it indents them.
MIN_PARAGRAPHS_FOR_INDENT = 6
#: A Latin title line between paragraphs has at most this many words...
MAX_TITLE_WORDS = 6
#: ...and stands over a paragraph of at least this many printed lines.
MIN_LINES_UNDER_TITLE = 3
#: The longest line that a byline below makes a headline.
MAX_TITLE_OVER_BYLINE = 50
#: Widths in half-em cells (a CJK character is two): the longest section subhead.
SUBHEAD_LONGEST = 40
#: A one-line group this short over another group is that group's kicker.
KICKER_MAX = 14
#: Section subheads are short; a longer heading line is a subtitle.
SUBHEAD_MAX = 20
#: A subhead is at most this share of its article's headline, unless it parallels
#: subheads already seen.
SUBHEAD_SHARE = 0.75
#: The most lines (after rejoining) a Latin headline stack runs: kicker, headline,
#: decks and credit; a longer run of short lines is a box of the page head.
MAX_LATIN_STACK = 8
#: The most lines (after rejoining) a nameplate with its boxes holds.
MAX_PAGE_HEAD_UNITS = 40
#: A story's running text is set over at least this many lines.
MIN_STORY_LINES = 3
#: A caption (a line over a name) and a stack (two capital lines) run this many lines.
MIN_CAPTION_AND_STACK = 4
#: Running text has at least this many words of content in lower case.
MIN_LOWER_CONTENT_WORDS = 2
#: Running text has at least this many words on a line (a short label does not).
MIN_WORDS_OF_COPY = 4
#: An organisation named as a story's credit runs at most this many words.
MAX_CREDIT_WORDS = 5
#: A kicker label set in capitals has at least this share of capitals.
CAPS_SHARE_OF_LABEL = 0.8
#: A line with less than this share of capitals is set in lower case.
CAPS_SHARE_OF_LOWER_LINE = 0.5
#: Two column widths are the same when they differ by at most this share.
SAME_COLUMN = 0.12


@dataclass
class Unit:
    text: str
    block: int
    layout: Layout | None
    hint: str
    role: str = "body"


@dataclass
class Article:
    headline: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    blocks: list[dict[str, str]] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    closed: bool = False
    widths: list[int] = field(default_factory=list)
    subhead_lengths: list[int] = field(default_factory=list)
    #: Jump lines of this article (``Continued on Page 4``), as furniture recorded them.
    continuations: list[dict[str, Any]] = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        return any(b["type"] in ("paragraph", "lead") for b in self.blocks)

    def column(self) -> int | None:
        """The column width the article's body is set in (its middle paragraph width).

        One paragraph does not establish a column: it may be a standfirst set wider.
        """
        if len(self.widths) < 2:
            return None
        return sorted(self.widths)[len(self.widths) // 2]

    def text(self) -> str:
        parts = [p for p in (self.kicker, self.headline, self.subtitle, self.byline) if p]
        parts += [b["text"] for b in self.blocks]
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "blocks": self.blocks,
            "text": self.text(),
            "kind": article_kind_of(self),
            "continuations": self.continuations,
            "signals": self.signals,
        }


#: Classified advertising and official notices in Chinese papers announce themselves.
_CJK_AD = regex.compile(
    "^(?:广告|廣告)|(?:广告|廣告|招商|订购|訂購|咨询|諮詢)(?:热线|熱線|电话|電話)|欢迎垂询|歡迎垂詢"
)
_CJK_NOTICE = regex.compile(
    "(?:公告|通告|启事|啟事|遗失声明|遺失聲明|拍卖公告|拍賣公告|更正声明)$|^(?:公告|通告|声明|聲明)$"
)


def article_kind_of(article: Article) -> str:
    """``news``, ``advertisement`` or ``notice``, from how each is set: an ad's label or
    hotline, a notice's title form (``…公告``, ``遗失声明``); Latin forms in ``latin``."""
    texts = [b["text"] for b in article.blocks]
    head = " ".join(p for p in (article.kicker, article.headline) if p)
    if _CJK_AD.search(head) or any(_CJK_AD.search(t) for t in texts[:3]):
        return "advertisement"
    if _CJK_NOTICE.search(article.headline or ""):
        return "notice"
    return article_kind(article.headline, texts)


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
        and len(_LATIN_WORD.findall(text)) > MAX_LATIN_HEADING_WORDS
        and _not_title_case(text)
    ):
        # More words on one printed line than a headline or deck says, in lower case:
        # a line of running text set wide (a deck this long wraps in its column).
        return "body"
    if (
        text.count(",") >= 2
        and len(_LATIN_WORD.findall(text)) > 2 * MAX_TITLE_WORDS
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


_LATIN_WORD = regex.compile(r"[A-Za-z\u00c0-\u024f]+")
#: Small words a headline-style deck leaves in lower case.


def _deck(line: str) -> bool:
    """A deck: one headline-style line (its words capitalised but the small ones) of at
    most one sentence; a wrapped deck rejoined is longer than a deck line."""
    if ends_advertisement(line):
        return False
    if is_deck_line(line):
        return True
    words = _LATIN_WORD.findall(line)
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


def _reunite_broken_paragraphs(units: list[Unit]) -> list[Unit]:
    """Join a paragraph cut off at a column's foot to its continuation printed later.

    Extractors sometimes read another story's column in between (pdfminer's text boxes
    out of order), so ``rejoin`` never saw the two halves side by side. On a page whose
    paragraphs begin with an indent, a body block that begins with a full line of the
    same column, right after a blank line, is the rest of the nearest paragraph above
    that ran to the margin without finishing its sentence.
    """
    multi = [u for u in units if u.role == "body" and u.layout and u.layout.lines > 1]
    indented = [u for u in multi if u.layout and u.layout.first <= u.layout.width - 3]
    if len(multi) < MIN_PARAGRAPHS_FOR_INDENT or len(indented) < 0.5 * len(multi):
        return units
    open_ends: list[Unit] = []
    kept: list[Unit] = []
    previous_block = -1
    for unit in units:
        layout = unit.layout
        starts_block = unit.block != previous_block
        previous_block = unit.block
        if unit.role == "body" and layout is not None and HAS_CJK.search(unit.text):
            if starts_block:
                match = _open_end_for(unit, open_ends)
                if match is not None and match.block != unit.block - 1:
                    open_ends.remove(match)
                    match.text += unit.text
                    assert match.layout is not None
                    match.layout = Layout(
                        match.layout.lines + layout.lines,
                        max(match.layout.width, layout.width),
                        match.layout.first,
                        layout.last,
                    )
                    if not ENDS_SENTENCE.search(match.text):
                        open_ends.append(match)
                    continue
            if _runs_to_margin(unit):
                open_ends.append(unit)
        kept.append(unit)
    return kept


def _runs_to_margin(unit: Unit) -> bool:
    layout = unit.layout
    return (
        layout is not None
        and layout.lines > 1
        and layout.last >= layout.width - 2
        and not ENDS_SENTENCE.search(unit.text)
    )


def _open_end_for(unit: Unit, open_ends: list[Unit]) -> Unit | None:
    """The nearest unfinished paragraph above whose column this unit's first line fills."""
    assert unit.layout is not None
    for candidate in reversed(open_ends):
        assert candidate.layout is not None
        column = candidate.layout.width
        if unit.layout.first >= column - 2 and unit.layout.width <= column + 2:
            return candidate
    return None


def _latin_title_between_paragraphs(before: Unit, unit: Unit, after: Unit) -> bool:
    """``Zur Jahreswende.``: a few capitalised words on a line of their own, between a
    finished paragraph and a long one, is how older Latin papers set a headline (with a
    full stop, so it reads like a sentence)."""
    text = unit.text
    words = _LATIN_WORD.findall(text)
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
    words = _LATIN_WORD.findall(text)
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
    words: list[str] = _LATIN_WORD.findall(text)
    lower = sum(w[0].islower() for w in words if len(w) > 2 and w.lower() not in LEADING_WORDS)
    return lower >= MIN_LOWER_CONTENT_WORDS


def _sentence_case(text: str) -> bool:
    """Set as running text: most words in lower case, neither headline style nor
    capitals, and not a line that goes on from the one above in lower case."""
    words = _LATIN_WORD.findall(text)
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


def _same_column(a: int | None, b: int | None) -> bool | None:
    if a is None or b is None:
        return None
    return abs(a - b) <= SAME_COLUMN * max(a, b)


def _body_width(units: list[Unit]) -> int | None:
    widths = [u.layout.width for u in units if u.layout is not None and u.layout.lines > 1]
    return sorted(widths)[len(widths) // 2] if widths else None


def _group_roles(group: list[str]) -> tuple[str | None, str, str | None]:
    """kicker, headline and subtitle of a headline group; every line finds a place.

    A line led by a dash is a subtitle (``——加快提升…``). A first line much shorter than
    the next, or set in two parts around a space when the next is not, is a kicker.
    Of two lines otherwise, the second is a subtitle; a headline broken over several
    lines between a kicker and a subtitle is joined with a space.
    """
    lines = _join_wrapped(group)
    subtitle = None
    if len(lines) > 1 and _DASH_LED.match(lines[-1]):
        subtitle = lines.pop()
    kicker = None
    if len(lines) > 1:
        first, second = lines[0], lines[1]
        two_part = " " in first.strip() and " " not in second.strip()
        if len(first) <= 0.6 * len(second) or two_part:
            kicker = lines.pop(0)
    if len(lines) == 1:
        return kicker, lines[0], subtitle
    if len(lines) == 2 and subtitle is None:
        return kicker, lines[0], lines[1]
    if len(lines) > 2 and kicker is None:
        kicker = lines.pop(0)
    if len(lines) > 1 and subtitle is None:
        subtitle = lines.pop()
    return kicker, " ".join(lines), subtitle


def _latin_lines_run_on(group: list[str]) -> list[str]:
    """``Shishaldin remains`` / ``at Watch level``: a Latin headline line that begins
    in lower case goes on from the line above (headlines begin with a capital)."""
    lines: list[str] = []
    for line in group:
        if (
            lines
            and not HAS_CJK.search(line + lines[-1])
            and _continues_in_lower_case(line)
            and not ENDS_SENTENCE.search(lines[-1])
        ):
            lines[-1] += " " + line
        else:
            lines.append(line)
    return lines


def _stack_roles(group: list[str]) -> tuple[str | None, str, str | None]:
    """A Latin headline stack: the first line in capitals is the headline, the lines
    under it (further capital lines, decks) the subtitle; a deck line that does not end
    a sentence runs on into the next. A short label in capitals with no full stop over
    a line in upper and lower case (``SPACE`` / ``Atlantis ready to…``) is a kicker:
    the headline is the line under it."""
    decks: list[str] = []
    kicker = None
    if (
        len(group) > 1
        and display_width(group[0]) <= KICKER_MAX
        and not ENDS_SENTENCE.search(group[0])
        and not group[0].rstrip().endswith(("!", "?"))
        and not is_caps_headline(group[1])
        and not _continues_in_lower_case(group[1])
    ):
        kicker, group = group[0], group[1:]
    headline = group[0]
    lines = group[1:]
    while lines and _continues_in_lower_case(lines[0]) and not ENDS_SENTENCE.search(headline):
        # The catchword's sentence goes on in lower case: one headline.
        headline += " " + lines.pop(0)
    for line in lines:
        if decks and not ENDS_SENTENCE.search(decks[-1]) and not is_caps_headline(line):
            decks[-1] += " " + line
        else:
            decks.append(line)
    return kicker, headline, " ".join(decks) or None


def _join_wrapped(group: list[str]) -> list[str]:
    """A heading line followed by one much shorter is one headline broken by the
    column: ``首屆鏈博會達成合作及意向協議金額`` + ``超1500億元``."""
    lines: list[str] = []
    for line in group:
        if (
            lines
            and len(line) <= WRAPPED_TAIL * len(lines[-1])
            and not _DASH_LED.match(line)
            and len(lines[-1]) >= MIN_WRAPPED_HEAD
        ):
            lines[-1] += line if joins_without_space(lines[-1], line) else " " + line
        else:
            lines.append(line)
    return lines


def _runs(units: list[Unit]) -> list[tuple[str, list[Unit]]]:
    """Consecutive units of one role; heading runs also break where a block ends."""
    runs: list[tuple[str, list[Unit]]] = []
    for unit in units:
        role = unit.role
        if runs and runs[-1][0] == role and role in ("body", "heading"):
            last = runs[-1][1][-1]
            if role == "body" or last.block == unit.block:
                runs[-1][1].append(unit)
                continue
        runs.append((role, [unit]))
    return runs


def split_document(doc: Document, options: Options | None = None) -> list[Article]:
    """The articles of a repaired page; ``options`` carries the user's byline patterns
    and headline limit (the same Options the passes ran with). Under ``engine="model"``
    the line model gives the units their roles (``newsclean.linemodel``); the articles
    are built from them here either way."""
    options = options or Options()
    if options.engine == "model":
        from newsclean import linemodel

        units = linemodel.page_units(doc, options)
    else:
        units = units_of(doc, options)
    units = _reunite_broken_paragraphs(units)
    title = doc.metadata.get("title")
    if isinstance(title, str) and title.strip():
        articles = [_post_article(title.strip(), units)]
    else:
        boxes: list[str] = []
        articles = _page_articles(units, boxes)
        doc.furniture += [Furniture(text, "box", "segment") for text in boxes]
    _place_continuations(articles, doc.metadata.get("continuations", []))
    return articles


def _place_continuations(articles: list[Article], jumps: list[dict[str, Any]]) -> None:
    """``Continued on Page 4`` lines were taken out as furniture with the line they
    followed; each goes to the article that holds that line."""
    for jump in jumps:
        after = " ".join(str(jump.get("after") or "").split())
        for article in articles:
            if after and after in " ".join(article.text().split()):
                article.continuations.append(jump)
                break


#: What a page's title sets after the headline: the site's name (``… | Example News``).
_SITE_AFTER_TITLE = regex.compile(r"\s*[|｜_]\s*\S|\s+[-–—·:]\s+\S")


def _post_article(title: str, units: list[Unit]) -> Article:
    article = Article(headline=title, signals=["front-matter title"])
    for unit in units:
        rest = title.removeprefix(unit.text)
        repeats = title.startswith(unit.text) and (not rest or _SITE_AFTER_TITLE.match(rest))
        if unit.role == "heading" and not article.blocks and repeats:
            # The post's first heading repeats its title (an HTML page's <title> adds
            # the site's name): it is the headline, not a subhead.
            article.headline = unit.text
            continue
        if unit.role == "heading":
            article.blocks.append({"type": "subhead", "text": unit.text})
        elif unit.role == "byline" and article.byline is None:
            article.byline = unit.text
        else:
            article.blocks.append({"type": "paragraph", "text": unit.text})
    return article


def _interleave(runs: list[tuple[str, list[Unit]]]) -> list[tuple[str, list[Unit]]]:
    """Two headline groups set side by side come out of a text extractor row by row:
    kicker A, kicker B, headline A, headline B. Four (or six...) one- or two-line
    groups in a row are taken as two groups interleaved; the left one, whose body
    follows, is put last, the right one first (an orphan that finds its body later)."""
    out: list[tuple[str, list[Unit]]] = []
    # Where the row of short headings from each run on ends, found in one pass from the
    # back (a scan forward from every run was quadratic on a page of headings alone).
    ends = list(range(len(runs) + 1))
    for k in range(len(runs) - 1, -1, -1):
        if runs[k][0] == "heading" and len(runs[k][1]) <= 2:
            ends[k] = ends[k + 1]
    i = 0
    while i < len(runs):
        j = ends[i]
        n = j - i
        if n >= 4 and n % 2 == 0 and j < len(runs) and runs[j][0] in ("body", "byline"):
            half = n // 2
            left = [u for k in range(i, j, 2) for u in runs[k][1]]
            right = [u for k in range(i + 1, j, 2) for u in runs[k][1]]
            if half == 2:
                out += [("heading", right), ("heading", left)]
                i = j
                continue
        out.append(runs[i])
        i += 1
    return out


def _continues_in_lower_case(line: str) -> bool:
    """A stack line that begins in lower case and is set in lower case (``des députés
    du Nord``) goes on with the words of the line above it."""
    first = next((ch for ch in line if ch.isalpha()), "")
    return first.islower() and caps_share(line) < CAPS_SHARE_OF_LOWER_LINE


def _catchword(run: list[Unit]) -> int:
    """Where a Latin headline stack opens with a catchword in capitals continued in lower
    case (``L'EFFORT`` / ``des députés du Nord``): the index of that capital line, the
    first of its stack, or 0. The lowest such pair is the stack's top."""
    for k in range(len(run) - 2, 0, -1):
        line, below = run[k].text, run[k + 1].text
        if HAS_CJK.search(line) or HAS_CJK.search(below):
            continue
        if is_caps_headline(line) and _continues_in_lower_case(below):
            return k
    return 0


def _boxes_above_stacks(
    runs: list[tuple[str, list[Unit]]], boxes: list[str]
) -> list[tuple[str, list[Unit]]]:
    """The page head of a Latin page, read into runs of heading and one-line body.

    A stack has one top: lines run together above its catchword are a box (a date box,
    an address, prices) that the extractor read into the same run. A run of more heading
    lines than any stack holds is such a box too (subscription rates, a contents list),
    and so are a paragraph that names subscription terms and prices, and a contents
    label with the entries under it (titles, not sentences),
    and a one-line strap set under a box or at the very top (price, circulation claim)
    belongs to the head with it. All of this only before the first story has begun,
    that is before the first body set in a column (wrapped over lines): page furniture.
    """
    out: list[tuple[str, list[Unit]]] = []
    # A page with no body set in a column has no story for a head to stand over.
    story_begun = not any(
        role == "body" and not all(_one_line(u) for u in run) for role, run in runs
    )
    after_box = True
    in_contents = False
    for role, run in runs:
        if story_begun or any(HAS_CJK.search(u.text) for u in run):
            story_begun = True
            out.append((role, run))
            continue
        # The contents list: its label and the entries under it, titles one after
        # another, up to the first heading or running text.
        in_contents = is_contents_label(run[0].text) or (in_contents and role == "body")
        if in_contents:
            run = _box_leading(
                run,
                boxes,
                lambda n, u: (n == 0 and is_contents_label(u.text)) or reads_as_contents(u.text),
            )
            if not run:
                after_box = True
                continue
            in_contents = False
        if role == "heading":
            top = _catchword(run)
            if top:
                boxes += [u.text for u in run[:top]]
                run = run[top:]
            elif len(run) > MAX_LATIN_STACK:
                boxes += [u.text for u in run]
                after_box = True
                continue
        elif role == "body":
            run = _box_leading(run, boxes, partial(_strap_or_terms, after_box))
            if not run:
                after_box = True
                continue
        after_box = False
        story_begun = role == "body" and not all(_one_line(u) for u in run)
        out.append((role, run))
    return out


def _story_text(unit: Unit) -> bool:
    """Running text of a story: body set over several lines that is not a box's terms
    or a contents list."""
    return (
        unit.role == "body"
        and unit.layout is not None
        and unit.layout.lines >= MIN_STORY_LINES
        and not is_terms_box(unit.text)
        and not reads_as_contents(unit.text)
    )


def _first_story(runs: list[tuple[str, list[Unit]]]) -> tuple[int, int] | None:
    """The run and the unit in it where a Latin page's first story text begins."""
    for k, (_, run) in enumerate(runs):
        if any(HAS_CJK.search(u.text) for u in run):
            return None
        story = next((n for n, u in enumerate(run) if _story_text(u)), None)
        if story is not None:
            return k, story
    return None


def _labelled_page_head(
    runs: list[tuple[str, list[Unit]]], boxes: list[str]
) -> list[tuple[str, list[Unit]]]:
    """A Latin nameplate whose boxes carry their labels (``RÉDACTION ET
    ADMINISTRATION``, ``ABONNEMENTS``, ``TERMS OF SUBSCRIPTION``): everything above the
    first story's stack (the headline, deck and byline runs right over its body) is the
    page head, however the extractor cut its addresses, prices and names into runs."""
    top_units = islice((u for _, run in runs for u in run), MAX_PAGE_HEAD_UNITS)
    if not any(is_box_label(u.text) for u in top_units):
        # Most pages have no labelled box: one look at their top lines settles it.
        return runs
    found = _first_story(runs)
    if found is None:
        return runs
    k, story = found
    role, run = runs[k]
    if story > 0:
        head, rest = [*runs[:k], (role, run[:story])], [(role, run[story:]), *runs[k + 1 :]]
    else:
        # The story's stack: the headline, deck, byline and dateline runs right over it.
        top = k
        while top > 0 and runs[top - 1][0] != "body":
            top -= 1
        head, rest = runs[:top], runs[top:]
    head_units = [u for _, r in head for u in r]
    if len(head_units) > MAX_PAGE_HEAD_UNITS or not any(is_box_label(u.text) for u in head_units):
        # A nameplate is a few dozen lines at most: a longer run of lines before the
        # first story is the page's own short items, not its head.
        return runs
    boxes += [u.text for u in head_units]
    return rest


def _box_leading(
    run: list[Unit], boxes: list[str], belongs: Callable[[int, Unit], bool]
) -> list[Unit]:
    """Move the units at the front of ``run`` that ``belongs`` (index, unit) to the
    page head's ``boxes``; the rest of the run is returned."""
    n = 0
    while n < len(run) and belongs(n, run[n]):
        n += 1
    boxes += [u.text for u in run[:n]]
    return run[n:]


def _strap_or_terms(after_box: bool, _: int, unit: Unit) -> bool:
    """A one-line strap right under a box, or a paragraph of subscription terms."""
    return (after_box and _one_line(unit)) or is_terms_box(unit.text)


def _one_line(unit: Unit) -> bool:
    return unit.layout is not None and unit.layout.lines == 1


def _page_articles(units: list[Unit], boxes: list[str]) -> list[Article]:
    runs = _interleave(_boxes_above_stacks(_labelled_page_head(_runs(units), boxes), boxes))
    articles: list[Article] = []
    orphans: list[Article] = []
    current: Article | None = None
    pending_byline: str | None = None
    pending_dateline: str | None = None
    pending_kicker: str | None = None
    waiting_kickers: list[str] = []
    pending_captions: list[str] = []

    for i, (role, run) in enumerate(runs):
        following = runs[i + 1] if i + 1 < len(runs) else None
        next_role = following[0] if following else None
        if role == "heading":
            next_body = _body_width(following[1]) if following and next_role == "body" else None
            text = run[0].text
            if (
                orphans
                and current is not None
                and _belongs_to_orphan(run, current, next_body, next_role)
            ):
                current = orphans.pop(0)
                if _takes_title_line(current, text, next_role):
                    current.signals.append("orphan headline group gets its subtitle and body")
                else:
                    current.blocks.append({"type": "subhead", "text": text})
                    current.subhead_lengths.append(len(text))
                    current.signals.append("orphan headline owns a section led by a subhead")
                continue
            if _deck_over_byline(run, current, next_role):
                assert current is not None
                current.subtitle = _joined(current.subtitle, text)
                if current in orphans:
                    orphans.remove(current)
                current.signals.append("a deck over the byline completes the stack")
                continue
            resumed = _resumed_article(run, current, articles, next_role)
            if resumed is not None and current is not None:
                # A headline group printed inside another story's run (PDF column
                # order): that story goes on under its next parallel subhead, and the
                # new group waits for its body.
                if current not in orphans:
                    orphans.append(current)
                current = resumed
                current.blocks.append({"type": "subhead", "text": text})
                current.subhead_lengths.append(len(text))
                current.signals.append("parallel subhead resumes the story after a stray group")
                continue
            if current is not None and _set_in_body_type(run, current):
                _add_body(current, run[0], run)
                current.signals.append("heading-like lines set in the body column: body")
                continue
            if current is not None and (
                _is_subhead(run, current, next_body, next_role)
                or _latin_cross_head(run, current, following)
            ):
                current.blocks.append({"type": "subhead", "text": text})
                current.subhead_lengths.append(len(text))
                current.signals.append(f"subhead: {text[:12]}")
                continue
            group = [u.text for u in run]
            if (
                pending_kicker is not None
                and next_role == "heading"
                and len(group) == 1
                and _label_beside(pending_kicker, group[0])
            ):
                # Two labels in a row (``INDIA`` / ``CONGO``): the kickers of two
                # stories set side by side, each over its own headline, in order.
                waiting_kickers.append(group[0])
                continue
            if pending_kicker is not None:
                group.insert(0, pending_kicker)
                pending_kicker = waiting_kickers.pop(0) if waiting_kickers else None
            if next_role == "heading" and len(group) == 1 and display_width(group[0]) <= KICKER_MAX:
                # A label this short over the next group is its kicker (热点追踪, 天气),
                # set apart by a blank line; a real orphan headline says more.
                pending_kicker = group[0]
                continue
            if is_caps_headline(group[0]):
                kicker, headline, subtitle = _stack_roles(group)
            else:
                kicker, headline, subtitle = _group_roles(_latin_lines_run_on(group))
            current = Article(kicker=kicker, headline=headline, subtitle=subtitle)
            current.signals.append("headline group before body")
            articles.append(current)
            if pending_captions:
                current.blocks += [{"type": "caption", "text": c} for c in pending_captions]
                current.signals.append("a caption set over the headline")
                pending_captions = []
            if pending_dateline is not None:
                current.blocks.append({"type": "dateline", "text": pending_dateline})
                pending_dateline = None
            if pending_byline is not None:
                current.byline, pending_byline = pending_byline, None
            if next_role == "heading":
                orphans.append(current)
                current.signals.append("orphan: another headline group follows")
            continue
        if role == "byline":
            text = run[0].text
            if current is None:
                pending_byline = _joined(pending_byline, text)
            elif not current.has_body:
                current.byline = _joined(current.byline, text)
                current.signals.append("byline opens the article")
            elif current.byline is None:
                current.byline = text
                current.closed = True
                current.signals.append("byline closes the article")
            else:
                current.blocks.append({"type": "dateline", "text": text})
                current.closed = True
            continue
        if role == "dateline":
            # A dateline set above a story's headline belongs to the story below it.
            if next_role == "heading" or current is None:
                pending_dateline = run[0].text
            else:
                current.blocks.append({"type": "dateline", "text": run[0].text})
            continue
        if role == "caption":
            pending_captions += [u.text for u in run]
            continue
        if role == "end":
            if current is None:
                current = Article(signals=["body without a headline"])
                articles.append(current)
            current.blocks.append({"type": "paragraph", "text": run[0].text})
            current.closed = True
            continue
        # body
        if current is None or (current.closed and not _standfirst(run, current)):
            if orphans:
                current = orphans.pop(0)
                current.signals.append("orphan headline owns body without a headline")
            elif current is None or current.closed:
                current = Article(signals=["body without a headline"])
                if pending_byline is not None:
                    current.byline, pending_byline = pending_byline, None
                articles.append(current)
        if current.closed and _standfirst(run, current):
            current.blocks[0:0] = [{"type": "lead", "text": u.text} for u in run]
            current.signals.append("standfirst after the closing byline is the lead")
            continue
        for unit in run:
            if (
                orphans
                and not current.has_body
                and current.byline is not None
                and split_credit(unit.text) is not None
            ):
                # A story already credited does not open with a second credit: this
                # body is the waiting headline group's.
                current = orphans.pop(0)
                current.signals.append("orphan headline owns the body its credit opens")
            elif current.has_body and starts_with_dateline(unit.text):
                # A dateline opens a story's first paragraph: this body is another
                # story's, printed after the one before it (PDF column order).
                waiting = _waiting_for_body(articles)
                if orphans:
                    current = orphans.pop(0)
                    current.signals.append("orphan headline owns the body its dateline opens")
                elif waiting is not None:
                    # A headline group closed by its byline, with no body yet: the
                    # story its dateline opens is that group's (column order).
                    current = waiting
                    current.signals.append("a bodiless headline owns the body its dateline opens")
                else:
                    current = Article(signals=["a dateline opens a story with no headline"])
                    articles.append(current)
            _add_body(current, unit, run)
    if pending_captions:
        if articles:
            articles[-1].blocks += [{"type": "caption", "text": c} for c in pending_captions]
        else:
            articles.append(
                Article(blocks=[{"type": "caption", "text": c} for c in pending_captions])
            )
    for label in [pending_kicker, *waiting_kickers]:
        if label is not None:
            articles.append(Article(headline=label, signals=["a label with no story under it"]))
    if pending_dateline is not None:
        if articles:
            articles[-1].blocks.append({"type": "dateline", "text": pending_dateline})
        else:
            articles.append(Article(blocks=[{"type": "dateline", "text": pending_dateline}]))
    if pending_byline is not None:
        # A credit with nothing after it closes the last article (or stands alone).
        if articles and articles[-1].byline is None:
            articles[-1].byline = pending_byline
        elif articles:
            articles[-1].blocks.append({"type": "dateline", "text": pending_byline})
        else:
            articles.append(Article(byline=pending_byline, signals=["credit alone"]))
    articles[:] = _merge_into_next(articles)
    _give_headless_to_next(articles)
    return [a for a in articles if a.headline or a.blocks or a.byline]


def _label_beside(first: str, second: str) -> bool:
    """Two Latin kicker labels in capitals, each short: set side by side."""
    return all(
        not HAS_CJK.search(label)
        and display_width(label) <= KICKER_MAX
        and caps_share(label) >= CAPS_SHARE_OF_LABEL
        for label in (first, second)
    )


def _deck_over_byline(run: list[Unit], current: Article | None, next_role: str | None) -> bool:
    """A Latin headline group with nothing under it yet, then one more line over a
    byline (an extractor's blank line between headline and deck): the byline closes
    the stack, so that line is the group's deck, not another story's headline."""
    return (
        current is not None
        and not current.blocks
        and current.byline is None
        and current.headline is not None
        and len(run) == 1
        and next_role == "byline"
        and not HAS_CJK.search(run[0].text)
        and not HAS_CJK.search(current.headline)
        and not is_caps_headline(run[0].text)
        and len(run[0].text) > len(current.headline)
    )


def _waiting_for_body(articles: list[Article]) -> Article | None:
    """The latest Latin headline group that has no body yet."""
    for article in reversed(articles):
        if (
            article.headline is not None
            and not article.has_body
            and not HAS_CJK.search(article.headline)
        ):
            return article
    return None


def _joined(first: str | None, second: str) -> str:
    """Credit lines in a row (reporter, then correspondent) make one byline."""
    return second if first is None else f"{first} {second}"


def _add_body(article: Article, unit: Unit, run: list[Unit]) -> None:
    text = unit.text
    if not article.has_body and article.byline is None:
        credit = split_credit(text)
        if credit is not None:
            article.byline, text = credit
            article.signals.append("credit opening the first paragraph is the byline")
    kind = "paragraph"
    if CAPTION.search(text):
        kind = "caption"
    elif not article.has_body and _wider_than(unit, article, run):
        kind = "lead"
    article.blocks.append({"type": kind, "text": text})
    if kind != "caption" and unit.layout is not None and unit.layout.lines > 1:
        article.widths.append(unit.layout.width)


def _set_in_body_type(run: list[Unit], article: Article) -> bool:
    """Lines that wrap at exactly the article's column width are set in body type:
    a headline is set larger, so it never fits as many characters to the line."""
    layout = run[0].layout
    return (
        len(run) == 1
        and layout is not None
        and layout.lines >= 2
        and article.has_body
        and not article.closed
        and _same_column(article.column(), layout.width) is True
    )


def _resumed_article(
    run: list[Unit], current: Article | None, articles: list[Article], next_role: str | None
) -> Article | None:
    """The open story that a heading continues as a subhead, when the current article
    has no body yet: the heading is short and parallels that story's subheads."""
    if current is None or current.has_body or len(run) != 1 or next_role != "body":
        return None
    text = run[0].text
    if display_width(text) > SUBHEAD_MAX:
        return None
    for article in reversed(articles):
        if article is current or article.closed or not article.has_body:
            continue
        if any(abs(n - len(text)) <= 2 for n in article.subhead_lengths):
            return article
        return None
    return None


def _takes_title_line(article: Article, text: str, next_role: str | None) -> bool:
    """Add a title line (over a byline, or too long for a subhead) under the headline
    group of ``article``, moving kicker and headline up if the group is short of one."""
    if next_role != "byline" and display_width(text) <= SUBHEAD_MAX:
        return False
    if article.subtitle is None:
        article.subtitle = text
        return True
    if article.kicker is None:
        article.kicker, article.headline, article.subtitle = (
            article.headline,
            article.subtitle,
            text,
        )
        return True
    return False


def _belongs_to_orphan(
    run: list[Unit], article: Article, next_body: int | None, next_role: str | None
) -> bool:
    """Does this heading begin the body of a headline group still waiting for one?

    It does when it stands over a byline (a title line, not a section subhead), or
    when it would be the open article's first subhead but its body is set in another
    column or it is too long for a subhead (a subtitle)."""
    if len(run) != 1 or not article.has_body:
        return False
    if next_role == "byline":
        return True
    if next_role != "body" or article.subhead_lengths:
        return False
    if display_width(run[0].text) > SUBHEAD_MAX:
        return True
    return _same_column(article.column(), next_body) is not True


def _give_headless_to_next(articles: list[Article]) -> None:
    """Body that comes before any headline (the extractor read a column below the
    headline first) belongs to the article whose headline follows, when it is set in
    the same column."""
    if len(articles) < 2 or articles[0].headline is not None:
        return
    headless, following = articles[0], articles[1]
    if _same_column(headless.column(), following.column()) is False:
        return
    if headless.byline and following.byline:
        return
    following.blocks[0:0] = headless.blocks
    following.widths += headless.widths
    following.byline = following.byline or headless.byline
    following.signals.append("owns the body printed before its headline")
    articles.pop(0)


def _merge_into_next(articles: list[Article]) -> list[Article]:
    """A one-line headline group that never found a body of its own is the kicker of
    the group printed after it (a blank line was all that set it apart). One pass over
    the list: finding each orphan in it (by value) and popping it was quadratic."""
    kept: list[Article] = []
    for index, orphan in enumerate(articles):
        following = articles[index + 1] if index + 1 < len(articles) else None
        if (
            following is not None
            and not (orphan.blocks or orphan.byline or orphan.kicker or orphan.subtitle)
            and following.kicker is None
            and following.headline is not None
        ):
            following.kicker = orphan.headline
            following.signals.append("kicker: a bodiless headline line printed above")
            continue
        kept.append(orphan)
    return kept


def _wider_than(unit: Unit, article: Article, run: list[Unit]) -> bool:
    """A first paragraph set wider than the body that follows it: a standfirst."""
    body = _body_width(run[1:])
    return (
        unit.layout is not None
        and body is not None
        and unit.layout.lines > 1
        and unit.layout.width > body * (1 + SAME_COLUMN)
    )


def _standfirst(run: list[Unit], article: Article) -> bool:
    column = article.column()
    return (
        len(run) == 1
        and column is not None
        and run[0].layout is not None
        and run[0].layout.width > column * (1 + SAME_COLUMN)
    )


def _latin_cross_head(
    run: list[Unit], article: Article, following: tuple[str, list[Unit]] | None
) -> bool:
    """A cross-head in a wire story (``VOTES TODAY AND SATURDAY``): one short line in
    capitals without the full stop a story's headline ends with, inside a story that
    opened with its dateline or credit, over text that goes on without a dateline of
    its own (the next story opens with its place and date)."""
    if len(run) != 1 or following is None or following[0] != "body":
        return False
    text = run[0].text.strip()
    if (
        HAS_CJK.search(text)
        or not is_caps_headline(text)
        or is_shouted(text)
        or text.endswith((".", "!"))
        or len(_LATIN_WORD.findall(text)) > MAX_TITLE_WORDS
        or (run[0].layout is not None and run[0].layout.lines > 1)
    ):
        return False
    if article.closed or not article.has_body or not _opened_as_wire_story(article):
        return False
    return not starts_with_dateline(following[1][0].text)


def _opened_as_wire_story(article: Article) -> bool:
    """The story's byline is a credit, or its first paragraph opens with a dateline."""
    if article.byline is not None:
        return True
    first = next((b["text"] for b in article.blocks if b["type"] in ("paragraph", "lead")), "")
    return starts_with_dateline(first)


def _is_subhead(
    run: list[Unit], article: Article, next_body: int | None, next_role: str | None
) -> bool:
    if len(run) != 1 or next_role != "body" or article.closed or not article.has_body:
        return False
    text = run[0].text
    if display_width(text) > SUBHEAD_LONGEST or is_caps_headline(text) or _CJK_NOTICE.search(text):
        # A heading in capitals is how a Latin paper starts its next story; a notice's
        # title (遗失声明) always starts a notice.
        return False
    same = _same_column(article.column(), next_body)
    if same is False:
        return False
    # A section subhead is set smaller than its article's headline and says less;
    # a line as long as the headline over a new body is the next brief's headline.
    parallel = any(abs(n - len(text)) <= 2 for n in article.subhead_lengths)
    # A story with no headline of its own (a page's head, a column read out of order)
    # takes a subhead only in parallel with others: a lone heading starts a story.
    title = article.headline
    if title is not None and not HAS_CJK.search(title) and article.subtitle:
        # A Latin stack's top line is often a short label or catchword in capitals;
        # the line the story is told in is the longest of the stack.
        title = max(title, article.subtitle, key=len)
    shorter = title is not None and len(text) <= SUBHEAD_SHARE * len(title)
    return parallel or shorter
