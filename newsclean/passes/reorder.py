"""reorder: pieces of a Latin column that OCR read out of their place, put back.

Defect: OCR engines read a page as blocks of text and then guess the blocks' order.
Three guesses go wrong often enough on old newspapers to need repair:

* *A column's top read before its place.* The first lines of a column that continues
  a sentence from the foot of the column before are read out with the page head or the
  headline (``darauf anzusehen; er wird …``), and the sentence they finish is left
  open further on (``… der braucht nur die Denkschriften zum Etat sich`` /
  ``In Südwestafrika, wo …``).
* *A printed line cut at a wide gap.* A justified line that holds a sentence end and a
  few words of the next sentence (``… erschüttert haben.   Doch neue Kräfte``) is read
  as two lines, the right-hand piece first, and sometimes a line or two early.
* *A headline run onto a paragraph's last line.* The short last line of a paragraph
  and the headline in capitals that starts the next story are read as one line
  (``chise. ARIZONA'S NEW GAME LAW.``).

Recognition, on Latin running text only (CJK text is left to ``rejoin``):

* A *displaced top* is a run of two or more running lines that begins in lower case
  with nothing before it to continue (the page's start, a finished sentence or a
  headline in capitals; not a dateline running into its story) and
  ends a sentence with nothing after it to go on (a heading, a label line or the end).
  Its place is a *cut*: a line of running text that ends on a letter, without a mark,
  followed by a line that begins with a capitalised article, preposition or
  conjunction (``In``, ``Der``, ``The``), which no sentence runs into. The run moves
  only when the page holds exactly one cut for it.
* A *cut line's right-hand piece* is a line of at most three words that begins with a
  capital and ends without a mark, between lines of running text that do not end a
  sentence; within the next three lines, a line that ends a sentence and, with the
  piece, fills the column, followed by a line in lower case, is its left-hand piece.
  The piece goes back to the end of that line.
* A *run-on headline* is a line of at most three words that end a sentence, then a
  headline in capitals of two words or more, before a line that begins with a capital:
  the line is cut before the headline.

The repairs leave the text as it was when any condition fails: a page without a
displaced run, or with two places it could go, is not touched.
"""

from __future__ import annotations

from functools import lru_cache

from newsclean import regex
from newsclean.chardata import ends_sentence, has_cjk
from newsclean.latin import LEADING_WORDS, caps_share, is_caps_headline
from newsclean.model import PLAIN, Document
from newsclean.options import Options

NAME = "reorder"
DESCRIPTION = "Latin column pieces that OCR read out of place put back in reading order"

_WORD = regex.compile(r"[^\W\d_][\w'’-]*")
#: Running text says at least this many words on a line.
MIN_RUNNING_WORDS = 5
#: Running text is set in lower case: less than this share of its letters are capitals.
MAX_CAPS_SHARE = 0.5
#: A line of running text that fills this share of the column is a full line.
FULL = 0.85
#: A displaced column top runs at least this many lines.
MIN_TOP_LINES = 2
#: The right-hand piece of a cut line says at most this many words...
MAX_PIECE_WORDS = 3
#: ...and its left-hand piece is at most this many lines further on.
PIECE_REACH = 3
#: A cut line's two pieces, put together, fill the column within this share.
PIECE_FIT = 0.15
#: A page shows its column width from at least this many lines of running text.
MIN_LINES_FOR_MEASURE = 8


#: Stands between blocks (a blank line, a furniture line) in the page's line sequence.
_BREAK = "\n"


def _first_letter(text: str) -> str:
    # Most lines open with their first letter: answered without the generator.
    if text[:1].isalpha():
        return text[0]
    return next((ch for ch in text if ch.isalpha()), "")


def _starts_lower(text: str) -> bool:
    return _first_letter(text).islower()


@lru_cache(maxsize=4096)
def _running(text: str) -> bool:
    # Cached: every repair asks of the same lines, and a page asks of each line often.
    return (
        text != _BREAK
        and not has_cjk(text)
        and len(_WORD.findall(text)) >= MIN_RUNNING_WORDS
        and caps_share(text) < MAX_CAPS_SHARE
    )


def _finished(text: str) -> bool:
    """A line nothing runs on from: a sentence's end or a headline in capitals (not a
    dateline in capitals that runs into its story: ``SAN DIEGO, Jan. 1. With th``)."""
    return ends_sentence(text) or is_caps_headline(text)


def _ends_open(text: str) -> bool:
    """Ends on a letter, with no mark: the sentence goes on."""
    return text.rstrip()[-1:].isalpha()


def _opens_with_leading_word(text: str) -> bool:
    words = _WORD.findall(text.lstrip()[:24])
    return bool(words) and words[0][0].isupper() and words[0].lower() in LEADING_WORDS


def _displaced_tops(lines: list[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of running lines that begins in lower case with
    nothing to continue and ends a sentence with nothing to go on."""
    tops: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        before = lines[i - 1] if i else _BREAK
        # Whether a line runs is the costly question: asked only of a line in lower
        # case after a break or a finished line, as few are.
        if not (_starts_lower(line) and (before == _BREAK or _finished(before))):
            continue
        if _running(before) or not _running(line):
            continue
        j = i
        while j + 1 < len(lines) and _running(lines[j + 1]):
            j += 1
        after = lines[j + 1] if j + 1 < len(lines) else _BREAK
        if j + 1 - i >= MIN_TOP_LINES and ends_sentence(lines[j]) and not _starts_lower(after):
            tops.append((i, j + 1))
    return tops


def _column_line(text: str, measure: float) -> bool:
    """Running text that fills its column, and no more."""
    return _running(text) and FULL * measure <= len(text.strip()) <= (1 + PIECE_FIT) * measure


def _cuts(lines: list[str], measure: float) -> list[int]:
    """Indexes of lines that a sentence should run on from but does not."""
    return [
        k
        for k in range(len(lines) - 1)
        if _column_line(lines[k], measure)
        and _column_line(lines[k + 1], measure)
        and _ends_open(lines[k])
        and _opens_with_leading_word(lines[k + 1])
    ]


def _restore_top(lines: list[str]) -> tuple[list[str], int]:
    # The column's measure and its cuts only for a page with one displaced top.
    tops = _displaced_tops(lines)
    if len(tops) != 1:
        return lines, 0
    measure = _measure(lines)
    if measure is None:
        return lines, 0
    cuts = _cuts(lines, measure)
    if len(cuts) != 1:
        return lines, 0
    (start, end), cut = tops[0], cuts[0]
    if start <= cut < end:
        return lines, 0
    top = lines[start:end]
    rest = lines[:start] + lines[end:]
    at = cut + 1 if cut < start else cut + 1 - len(top)
    return rest[:at] + top + rest[at:], 1


def _is_piece(text: str) -> bool:
    # The cheap tests first: nearly every line of a page is longer than a piece.
    pieces = text.split()
    if len(pieces) > MAX_PIECE_WORDS or not _ends_open(text):
        return False
    # A piece opens with a capital: a line of Han (no letter of it is upper case) is
    # refused by its first character, before its words are read.
    if not _first_letter(text).isupper():
        return False
    words = _WORD.findall(text)
    return 0 < len(words) == len(pieces)


def _rejoin_cut_lines(lines: list[str]) -> tuple[list[str], int]:
    out = list(lines)
    moved = 0
    measure: float | None = None
    i = 1
    while i < len(out) - 1:
        piece = out[i]
        if not (_is_piece(piece) and _running(out[i - 1]) and not ends_sentence(out[i - 1])):
            i += 1
            continue
        for j in range(i + 1, min(i + 1 + PIECE_REACH, len(out) - 1)):
            left = out[j]
            between = out[i + 1 : j]
            if not (
                _running(left)
                and _starts_lower(left)
                and ends_sentence(left)
                and _starts_lower(out[j + 1])
                and all(_running(b) and not ends_sentence(b) for b in between)
            ):
                continue
            # The column's measure only once a piece has a left-hand candidate: most
            # pages have none.
            if measure is None:
                measure = _measure(lines)
                if measure is None:
                    return lines, 0
            if abs(len(left.strip()) + 1 + len(piece.strip()) - measure) <= PIECE_FIT * measure:
                out = out[:i] + between + [f"{left.rstrip()} {piece.strip()}"] + out[j + 1 :]
                moved += 1
                break
        i += 1
    return out, moved


#: A sentence's last words in lower case (not initials: ``J. J. HILL``), then capitals.
_SENTENCE_THEN_CAPS = regex.compile(
    r"^(?P<tail>(?:\S+ ){0,2}\S*[a-z]{2}[.!?][\"'”’]?) (?P<head>[A-Z][^a-z]+)$"
)
#: What every match of ``_SENTENCE_THEN_CAPS`` holds where its two parts meet: a
#: sentence's mark, maybe a quote, a space and a capital. One search for it spares most
#: lines the pattern, whose word loop tries each of a line's first three words.
_SENTENCE_BEFORE_CAPS = regex.compile(r"[.!?][\"'”’]? [A-Z]")
#: A run-on headline says at least this many words...
MIN_RUN_ON_HEADLINE_WORDS = 2
#: ...and, with the sentence's end before it, fills at most this many characters.
MAX_RUN_ON_LINE = 160


def _cut_run_on_headlines(lines: list[str]) -> tuple[list[str], int]:
    out: list[str] = []
    cut = 0
    for i, line in enumerate(lines):
        # Only a column line and a headline: a longer line is never matched (the
        # pattern's word loop would try every split of a long run without spaces); nor
        # a line with no space between the sentence and the headline (a CJK line, whose
        # run of characters the loop read back one by one).
        text = line.strip()
        m = (
            _SENTENCE_THEN_CAPS.match(text)
            if len(text) <= MAX_RUN_ON_LINE
            and " " in text
            and _SENTENCE_BEFORE_CAPS.search(text) is not None
            else None
        )
        after = lines[i + 1] if i + 1 < len(lines) else _BREAK
        if (
            m is not None
            and len(_WORD.findall(m.group("head"))) >= MIN_RUN_ON_HEADLINE_WORDS
            and is_caps_headline(m.group("head"))
            and _first_letter(after).isupper()
        ):
            indent = line[: len(line) - len(line.lstrip())]
            out += [indent + m.group("tail"), m.group("head")]
            cut += 1
        else:
            out.append(line)
    return out, cut


def _measure(lines: list[str]) -> float | None:
    widths = [len(line.strip()) for line in lines if _running(line)]
    if len(widths) < MIN_LINES_FOR_MEASURE:
        return None
    # The median, as ``statistics.median`` takes it (importing ``statistics`` pulls in
    # ``fractions``, ``decimal`` and ``random``: a share of every start-up).
    widths.sort()
    middle = len(widths) // 2
    if len(widths) % 2:
        return float(widths[middle])
    return (widths[middle - 1] + widths[middle]) / 2


def apply(doc: Document, options: Options) -> None:
    # The page as one sequence of lines, each block closed by a break, so that a
    # column top can move across blocks while every block keeps its place. Lines keep
    # their indentation: ``rejoin`` reads it as a paragraph's start.
    sequence: list[str] = []
    for block in doc.blocks:
        if block.kind == PLAIN:
            sequence += block.lines
        sequence.append(_BREAK)
    # A moved top keeps the page's lines, so the measure both repairs take from their
    # own input is the page's.
    ordered, tops = _restore_top(sequence)
    ordered, pieces = _rejoin_cut_lines(ordered)
    ordered, headlines = _cut_run_on_headlines(ordered)
    if not tops and not pieces and not headlines:
        return
    doc.count(NAME, "displaced-column-top", tops)
    doc.count(NAME, "cut-line-piece", pieces)
    doc.count(NAME, "run-on-headline", headlines)
    lines = iter(ordered)
    for block in doc.blocks:
        taken = list(iter(lines.__next__, _BREAK))
        if block.kind == PLAIN:
            block.lines = taken
            block.layout = None
            # Lines moved between blocks and pieces rejoined: where each came from is
            # not followed here, and a stale origin would point at the wrong line.
            block.origins = None
    doc.blocks = [block for block in doc.blocks if block.kind != PLAIN or block.lines]
