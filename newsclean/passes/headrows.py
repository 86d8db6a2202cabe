"""headrows: narrow CJK headlines set side by side, read across the row by layout mode.

Defect: a page that sets a headline over each of several narrow stories (or one over
each column) puts two or three headlines of display type side by side, a narrow space
apart. Layout-mode extraction (``pdftotext -layout``) prints them row by row, the
headlines' pieces one space apart, so ``columns`` finds no gutter there (a run of three
spaces) and each row reads across the headlines::

    中国制造业采购 乌媒称基辅哈尔 端午佳节将至
    经理指数重回扩 科夫遭袭 俄媒 市场兴旺消费升
    张区间     称俄军打击乌军 温
            外国雇佣兵驻地

Recognition, on consecutive rows of a region ``columns`` found no gutter in: layout mode
keeps each headline's lines at its left edge, so its pieces start at the same offset row
after row. An *edge* is an offset that the run's first two rows both start a piece at
after a space, with no character of theirs just before it. The rows run on while no
character stands just before an edge, each row's text between two edges starts at the
left one (within ``EDGE_SLACK``: a line set with an opening mark hangs it), and every
piece holds CJK text (a Latin line's words one space apart meet at the same offsets by
chance; CJK display lines have no spaces but a headline's own). A single row, a
headline with a space of its own (``上海 幸福的“小烦恼”``), or a body line under the
headlines (it starts at an indent, or runs across an edge) is no such run; nor is a
byline over a dateline whose space falls inside the dateline's brackets, a bullet set
apart (``□ 本报记者``), or a line set letter-spaced. ``columns`` reads the run a column
at a time, each headline's pieces joined top to bottom into one line, the column that
the text under the run starts in last, so that its headline stands over its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from newsclean.chardata import CJK_CLOSE, CJK_OPEN, HAS_CJK, has_cjk
from newsclean.page.describe import NO_LINE_START

#: A piece may start this many characters right of its edge (a hanging opening mark).
EDGE_SLACK = 1
#: A run holds at least this many rows: one row with a space in it is one headline.
MIN_ROWS = 2
#: A gap this wide or wider is a gutter (``rows``), not a narrow space.
WIDE_GAP = 3
#: A piece holds at most this many spaces of its own (a headline's pause); a line set
#: letter-spaced (``中 国 汽 车``) has one after every character, at every offset.
MAX_INNER_SPACES = 1
#: The pieces of the two rows that set the edges hold at least this many CJK characters
#: each: a line's last character or a number's unit set apart (``息 巴黎``) is no
#: headline's line.
MIN_TOP_CJK = 2


#: A mark that ends a clause: the space after it is the text's own (OCR and some
#: extractors set one after a comma), not a gap between two headlines.
_MARKS = frozenset(",.:;!?，。：；、！？")


#: What no line of a row's headline starts with: what CJK typesetting never sets at a
#: line's start (kinsoku), and a Latin clause's marks (``_MARKS``).
_NO_LINE_START = NO_LINE_START | _MARKS


@dataclass(frozen=True)
class Run:
    """Rows ``top`` to ``bottom`` (exclusive) cut at ``edges`` (offsets, the run's left
    edge first)."""

    top: int
    bottom: int
    edges: tuple[int, ...]


def _starts(start: int, text: str) -> set[int]:
    """The offsets a piece of the row starts at: its start, and each after a space."""
    return {start} | {
        start + k for k in range(1, len(text)) if text[k - 1] == " " and text[k] != " "
    }


def _ink_at(start: int, text: str, x: int) -> bool:
    return 0 <= x - start < len(text) and text[x - start] != " "


def _pieces(start: int, text: str, edges: tuple[int, ...]) -> list[tuple[int, str]]:
    """The row's text in each column between ``edges``: where its first character
    stands, and the text stripped ("" where the row has none in that column)."""
    bounds = [*edges[1:], start + len(text) + 1]
    out: list[tuple[int, str]] = []
    left = start
    for right in bounds:
        part = text[max(left - start, 0) : max(right - start, 0)]
        lead = len(part) - len(part.lstrip(" "))
        out.append((max(left, start) + lead, part.strip()))
        left = right
    return out


def cut(start: int, text: str, edges: tuple[int, ...]) -> list[str]:
    """The row's text in each column between ``edges``, stripped."""
    return [piece for _, piece in _pieces(start, text, edges)]


def _fits(start: int, text: str, edges: tuple[int, ...]) -> bool:
    """Each of the row's pieces between edges starts at its edge and holds CJK text, no
    character stands just before an edge nor a mark before its gap, and the last piece
    is no wider than the widest column (a row of running text runs on past it)."""
    if start < edges[0] or any(_ink_at(start, text, e - 1) for e in edges[1:]):
        return False
    pieces = _pieces(start, text, edges)
    measure = max(b - a for a, b in pairwise(edges))
    if len(pieces[-1][1]) > measure or any(p[-1:] in _MARKS for _, p in pieces[:-1]):
        return False
    if any(p[:1] in _NO_LINE_START for _, p in pieces[1:]):
        # CJK typesetting never starts a line with a closing mark: the row is one line.
        return False
    return all(
        not piece
        or (
            at - edge <= EDGE_SLACK
            and has_cjk(piece)
            and piece.count(" ") <= MAX_INNER_SPACES
            and not _bullet(piece)
            and not _letter_spaced(piece)
        )
        for edge, (at, piece) in zip(edges, pieces, strict=True)
    ) and not any(_open(a) and _closes(b) for (_, a), (_, b) in pairwise(pieces))


def _letter_spaced(piece: str) -> bool:
    """The piece is characters each set apart (``成 绩``): a short line spread to fill
    its measure, not a headline's line with a pause."""
    words = piece.split(" ")
    return len(words) > 1 and all(len(word) == 1 for word in words)


def _bullet(piece: str) -> bool:
    """The piece opens with a mark set apart (``□ 本报记者``, ``◆ 上海``): an item's
    bullet, which starts a line of its own, not a headline's."""
    head = piece.split(" ", 1)[0]
    return len(head) == 1 and not has_cjk(head)


def _open(piece: str) -> bool:
    """The piece opens a bracket or quotation mark it does not close."""
    return sum(piece.count(ch) for ch in CJK_OPEN) > sum(piece.count(ch) for ch in CJK_CLOSE)


def _closes(piece: str) -> bool:
    """The piece closes a bracket or quotation mark it did not open: with the piece
    before it on the row open, the row is one line (``本报讯（记者 周敏）``) that a
    space inside its brackets happened to fall at the edge."""
    return sum(piece.count(ch) for ch in CJK_CLOSE) > sum(piece.count(ch) for ch in CJK_OPEN)


def _opens(start: int, text: str, edges: tuple[int, ...]) -> bool:
    """One of the two rows that set the edges: it fits them, and each of its pieces
    holds a few CJK characters."""
    return _fits(start, text, edges) and all(
        len(HAS_CJK.findall(piece)) >= MIN_TOP_CJK for piece in cut(start, text, edges) if piece
    )


def _edges(rows: list[tuple[int, str]], top: int) -> tuple[int, ...]:
    """The edges the two rows from ``top`` start pieces at, the left one first; none if
    they share no edge but their left one."""
    (s1, t1), (s2, t2) = rows[top], rows[top + 1]
    if s1 != s2:
        # Side-by-side headlines start on one baseline: both rows hold the first one's.
        return ()
    left = s1
    inner = sorted(
        e
        for e in _starts(s1, t1) & _starts(s2, t2)
        if e > left + EDGE_SLACK
        and not _ink_at(s1, t1, e - 1)
        and not _ink_at(s2, t2, e - 1)
        # The pieces stand a narrow space apart on one of the rows at least: a gap
        # that is wide on both is a gutter ``columns`` judged already (a table's).
        and (_ink_at(s1, t1, e - WIDE_GAP) or _ink_at(s2, t2, e - WIDE_GAP))
    )
    return (left, *inner) if inner else ()


def side_by_side(rows: list[tuple[int, str]]) -> list[Run]:
    """The runs of consecutive ``rows`` (each its start offset and its text from there)
    that hold headlines set side by side."""
    runs: list[Run] = []
    top = 0
    while top + MIN_ROWS <= len(rows):
        edges = _edges(rows, top)
        if not edges or not all(_opens(*rows[r], edges) for r in (top, top + 1)):
            top += 1
            continue
        bottom = top + 2
        while bottom < len(rows) and _fits(*rows[bottom], edges):
            bottom += 1
        runs.append(Run(top, bottom, edges))
        top = bottom
    return runs


def joined(pieces: list[str]) -> str:
    """A column's pieces as one line: CJK text runs on without a space, a word of
    letters or digits broken between two pieces is two words only where both sides are."""
    out = pieces[0]
    for piece in pieces[1:]:
        latin = (
            out[-1:].isascii()
            and out[-1:].isalnum()
            and piece[:1].isascii()
            and piece[:1].isalnum()
        )
        out += (" " if latin else "") + piece
    return out


def reading(run: Run, below: int | None) -> list[int]:
    """The order the run's columns are read in: left to right, but the column that the
    text under the run (starting at offset ``below``) starts in last, so that its
    headline stands over its text."""
    cols = list(range(len(run.edges)))
    if below is None or below < run.edges[0]:
        return cols
    host = max(k for k in cols if run.edges[k] <= below)
    return [k for k in cols if k != host] + [host]
