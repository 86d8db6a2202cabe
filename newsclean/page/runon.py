"""How well one line runs on into another: the evidence at a line break.

Where two columns were read in turn (``passes/interleave``) or set one space apart
(``passes/narrow``), the text at each break tells which line is which line's next.
The score of a join is in log odds that the second line is the first one's next line:

* CJK: a line that starts with a mark no CJK line may start with (``，。、）”``) continues
  a line that does not end on a clause's mark (``，。；``), and not one that does; the
  last characters of one line and the first of the next make a common word (``结⏎束``,
  ``影⏎响``) where a column broke a word, which two columns' lines side by side do only
  by chance (about two breaks in five against one pair in fifty, measured on real
  pages), a word of three or four characters more than one of two; a line ending on a
  Han character whose next line completes no word with it counts a little against.
* Latin: a word broken by a hyphen whose halves join into a word of the language
  (``dehyphenate``'s vocabulary), a lower-case start after a line that ends without a
  sentence's end; a lower-case start after a sentence's end, or a capital after a
  hyphen, count against.
* Both: a bracket or quote left open on one line and closed first thing on the other.
  A column has one measure: two lines in the middle of a paragraph are as wide as each
  other, and the paragraph's last line no wider; a short line that ends no sentence
  (a signature, a heading) does not go on from a full line.

A line is read once (:func:`read_line`) into the few facts the score asks of it
(:class:`LineEnds`); :func:`join_odds` scores a pair.
"""

from __future__ import annotations

from functools import cache, lru_cache

from newsclean import regex
from newsclean.chardata import HAN, display_width, ends_sentence, has_cjk
from newsclean.dehyphenate import LINE_END_MARK, zipf
from newsclean.page.describe import NO_LINE_START, unclosed
from newsclean.passes.convert import convert_text
from newsclean.vocabulary import cjk_words

#: A common word across the break (log odds; about 0.4 of breaks against 0.02 by chance)...
WORD = 3.0
#: ...and one of three or four characters, which two lines side by side make far more
#: seldom than one of two.
LONG_WORD = 4.0
#: A CJK line ending inside running text, whose next line completes no word with it.
NO_WORD = -0.5
#: A closing mark or a comma first on a line: it continues a line that did not end on a
#: clause's mark...
MARK_AFTER_OPEN = 2.5
#: ...and never one that did.
MARK_AFTER_CLOSE = -2.5
#: A word broken by a hyphen that joins into a word of the language.
HYPHEN_WORD = 3.0
#: A hyphen, and the next line starts with a capital or a number.
HYPHEN_CAPITAL = -1.0
#: A lower-case start after a line without a sentence's end...
LOWER_AFTER_OPEN = 0.5
#: ...and after a sentence's end.
LOWER_AFTER_END = -1.5
#: A bracket or quote left open, closed first thing on the next line.
CLOSES_BRACKET = 1.5
#: Two lines inside a paragraph as wide as each other, within this share...
SAME_MEASURE = 0.12
#: ...score this much; more than ``OTHER_MEASURE`` apart, ``MEASURE_MISMATCH``.
MEASURE_MATCH = 0.4
OTHER_MEASURE = 0.3
MEASURE_MISMATCH = -1.0
#: Lines narrower than this many half-em cells say nothing by their width.
MIN_MEASURED = 16
#: A joined Latin word needs this Zipf frequency to be a word.
MIN_ZIPF = 3.0

_NOT_HAN = regex.compile(f"[^{HAN}]")
_CLAUSE_END = frozenset("。！？；：，、…!?;:,")
_CLOSERS = frozenset("）)”」』》")
#: The marks a line broken inside a word ends on (``LINE_END_MARK``'s last character).
HYPHENS = frozenset("-\u00ad¬=⸗")
_FIRST_WORD = regex.compile(r"^[^\W\d_]+")


@lru_cache(maxsize=65536)
def _cjk_head(text: str) -> tuple[str, str]:
    """A CJK line's first three characters in Simplified characters (the words are
    listed so), and the Han characters that start them: the same few recur on every
    page (``的``, ``。``, dates), and OpenCC is slow to ask."""
    simple = convert_text(text, "t2s")
    return simple, _NOT_HAN.split(simple)[0]


@lru_cache(maxsize=65536)
def _cjk_tail(text: str) -> tuple[str, str]:
    """A CJK line's last three characters in Simplified characters, and the Han
    characters that end them (as :func:`_cjk_head`)."""
    simple = convert_text(text, "t2s")
    return simple, _NOT_HAN.split(simple)[-1]


class LineEnds:
    """What the scores ask of a line, worked out once and never changed. Compared and
    hashed by identity: the search asks for the joins of the same few lines again and
    again, and hashing every field for each question cost more than the question. A
    plain class with slots, not a frozen dataclass: its ``__init__`` sets each field
    through ``object.__setattr__``, which cost more than reading the line."""

    __slots__ = (
        "cjk",
        "clause_end",
        "ends_sentence",
        "first_closer",
        "first_word",
        "han_head",
        "han_tail",
        "head",
        "hyphen_stem",
        "lower_start",
        "tail",
        "unclosed",
        "width",
    )

    # Built by position in ``read_line``: thirteen keywords cost a call three times what
    # the same arguments by position do, and interleave reads every line of a block.
    def __init__(
        self,
        cjk: bool,
        head: str,
        tail: str,
        han_tail: str,
        han_head: str,
        width: int,
        ends_sentence: bool,
        clause_end: bool,
        unclosed: bool,
        first_closer: bool,
        lower_start: bool,
        hyphen_stem: str | None,
        first_word: str,
    ) -> None:
        self.cjk = cjk
        self.head = head
        self.tail = tail
        #: The Han characters that end ``tail`` and that start ``head``: a word across
        #: the break is made of them.
        self.han_tail = han_tail
        self.han_head = han_head
        self.width = width
        self.ends_sentence = ends_sentence
        self.clause_end = clause_end
        self.unclosed = unclosed
        self.first_closer = first_closer
        self.lower_start = lower_start
        self.hyphen_stem = hyphen_stem
        self.first_word = first_word


def read_line(text: str) -> LineEnds:
    """What ``join_odds`` reads of a line (its script, its ends, its width), read once
    so that a line compared with many others is not read again. A CJK line's words
    across the break are read only of a CJK line, and a Latin line's first word, case
    and hyphen only of a Latin one: ``join_odds`` asks each only where both lines are
    of that script."""
    text = text.strip()
    cjk = has_cjk(text)
    last = text[-1:]
    if cjk:
        head, han_head = _cjk_head(text[:3])
        tail, han_tail = _cjk_tail(text[-3:])
        lower_start, hyphen_stem, first_word = False, None, ""
    else:
        head, tail, han_head, han_tail = text[:3], text[-3:], "", ""
        # The word broken at the end holds no space: searched from the last space, where
        # the search tried each character of a joined paragraph.
        at = text.rfind(" ") + 1
        hyphen = LINE_END_MARK.search(text, at) if last in HYPHENS else None
        hyphen_stem = (hyphen.group(1) or hyphen.group(3)) if hyphen else None
        word = _FIRST_WORD.match(text)
        first_word = word.group(0) if word else ""
        lower_start = text[:1].islower()
    return LineEnds(
        cjk,
        head,
        tail,
        han_tail,
        han_head,
        display_width(text),
        ends_sentence(text),
        last in _CLAUSE_END,
        unclosed(text),
        text[:1] in _CLOSERS,
        lower_start,
        hyphen_stem,
        first_word,
    )


@cache
def _word_starts() -> frozenset[str]:
    """Every start two characters or longer of the listed words that :func:`_word_across`
    can find (two to four characters), the words themselves among them."""
    return frozenset(
        word[:k] for word in cjk_words() if len(word) <= 4 for k in range(2, len(word) + 1)
    )


def word_openers(tail: str) -> tuple[str, ...]:
    """The ends of ``tail`` (a CJK line's last Han characters, ``LineEnds.han_tail``)
    that a word across the break may start with: each is a word's start once the next
    line's first character is added, so a line whose first character completes none of
    them into a word's start (:func:`may_start_word`) makes no word with this one. The
    last character always; two or three only where they start a listed word already."""
    starts = _word_starts()
    return tuple(
        tail[-a:] for a in range(1, min(len(tail), 3) + 1) if a == 1 or tail[-a:] in starts
    )


def may_start_word(openers: tuple[str, ...], first: str) -> bool:
    """Whether a line whose first Han character is ``first`` may make a word across the
    break with a line whose ``word_openers`` these are (necessary, not sufficient)."""
    starts = _word_starts()
    return any(opener + first in starts for opener in openers)


@lru_cache(maxsize=65536)
def _word_across(tail: str, head: str) -> int:
    """The length of the longest common word made of the end of ``tail`` and the start
    of ``head`` (Han characters, the last and first of their lines; 0: none)."""
    words = cjk_words()
    longest = 0
    for a in range(1, min(len(tail), 3) + 1):
        left = tail[-a:]
        for b in range(1, min(len(head), 4 - a) + 1):
            if a + b > longest and left + head[:b] in words:
                longest = a + b
    return longest


@lru_cache(maxsize=65536)
def join_odds(x: LineEnds, y: LineEnds, language: str | None) -> float:
    """Log odds that ``y`` is the line after ``x`` in the same column."""
    score = 0.0
    if x.cjk and y.cjk:
        if y.head[:1] in NO_LINE_START:
            score += MARK_AFTER_CLOSE if x.clause_end else MARK_AFTER_OPEN
        elif x.han_tail and y.han_head:
            length = _word_across(x.han_tail, y.han_head)
            score += NO_WORD if not length else WORD if length == 2 else LONG_WORD
    elif not x.cjk and not y.cjk:
        if x.hyphen_stem is not None:
            if not y.lower_start:
                score += HYPHEN_CAPITAL
            elif language is not None and zipf(x.hyphen_stem + y.first_word, language) >= MIN_ZIPF:
                score += HYPHEN_WORD
        elif y.lower_start:
            score += LOWER_AFTER_END if x.ends_sentence else LOWER_AFTER_OPEN
    if x.unclosed and y.first_closer:
        score += CLOSES_BRACKET
    if not x.ends_sentence and min(x.width, y.width) >= MIN_MEASURED:
        # In a paragraph's middle both lines fill the column; its last line may be shorter.
        apart = (y.width - x.width) / max(x.width, y.width)
        if abs(apart) <= SAME_MEASURE:
            score += MEASURE_MATCH
        elif abs(apart) > OTHER_MEASURE and not (y.ends_sentence and apart < 0):
            score += MEASURE_MISMATCH
    elif not x.ends_sentence and x.width >= MIN_MEASURED and not y.ends_sentence:
        # A short line after a full one that runs on is no paragraph's last line (that
        # ends a sentence): a signature, a label, a heading.
        score += MEASURE_MISMATCH
    return score
