"""rows: a layout-mode page's rows as pieces of text between gaps, each at its offset.

Layout-mode extraction (``pdftotext -layout``, some OCR engines) prints a page row by
row, each piece of text at the horizontal position it was printed at, padded with
spaces. A run of three or more spaces is a gap between pieces (a gutter, or the
indentation that shifts a line to its column); the offset a piece starts at is its
column's edge. ``columns`` reads the page's columns off these pieces; ``whitespace`` and
``punctuation``, which repair a line's characters before ``columns`` runs again (a
second ``fix``), keep each piece at its offset, so that the repaired page is read in the
same columns; a gap a repair closed (the spaces after a mark it made fullwidth, read as
justification) is opened again where the repair kept the row's other characters.

A row that ``columns`` left uncut and ``rejoin`` joined to the lines under it is a row no
more: its gaps beside CJK text are closed to one space (:func:`closed_gaps`). Kept, they
stand at offsets no line of the paragraph covers any longer (the lines under the row
that ran across them are now its tail), and a second run's ``columns`` reads a gutter
there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from newsclean import regex
from newsclean.chardata import CJK, CJK_PUNCT, ends_sentence

_GAP = regex.compile(r" {3,}")
#: A gap between two pieces of text (not a line's indentation).
_INNER_GAP = regex.compile(r"(?<=\S) {3,}(?=\S)")
_CJK_CHAR = regex.compile(f"[{CJK}{CJK_PUNCT}]")
#: A sentence's end before a gap is read in this many characters before it (its mark and
#: the closing quotes and brackets after it).
_SENTENCE_TAIL_CHARS = 8


@dataclass(frozen=True)
class Seg:
    start: int
    end: int
    text: str


def segments(line: str) -> tuple[Seg, ...]:
    """Each run of text between runs of three or more spaces, with its offset."""
    out: list[Seg] = []
    pos = len(line) - len(line.lstrip(" "))
    for gap in _GAP.finditer(line, pos):
        if gap.start() > pos:
            out.append(Seg(pos, gap.start(), line[pos : gap.start()]))
        pos = gap.end()
    if pos < len(line.rstrip()):
        end = len(line.rstrip())
        out.append(Seg(pos, end, line[pos:end]))
    return tuple(out)


def closed_gaps(paragraph: str) -> tuple[str, int]:
    """A paragraph joined from lines with the gaps between pieces of a row closed to one
    space (see the module docstring), and how many were closed: all of them, when each
    stands beside CJK text and after no sentence's end; else none. CJK words take no
    spaces, so such a gap is the layout's alone, where a wide gap in Latin text may be an
    alignment the writer set (the whitespace pass keeps those too). A sentence that ends
    at a gap ended at a gutter: the text after it is another column's, and the line under
    the row starts a paragraph (``rejoin.apart``, which reads the gap in every round and
    every run). A paragraph that keeps one gap is still a row to ``columns``, and closing
    the others would move its pieces off the edges they were read at. The one space left
    is judged after, as any space of the paragraph is."""
    if "   " not in paragraph:
        return paragraph, 0
    gaps = list(_INNER_GAP.finditer(paragraph))
    if not gaps or not all(_closes(paragraph, gap) for gap in gaps):
        return paragraph, 0
    return _INNER_GAP.subn(" ", paragraph)


def _closes(text: str, gap: re.Match[str]) -> bool:
    beside = text[gap.start() - 1] + text[gap.end()]
    return _CJK_CHAR.search(beside) is not None and not ends_sentence(
        text[max(0, gap.start() - _SENTENCE_TAIL_CHARS) : gap.start()]
    )


def kept_offsets(old: str, new: str) -> str:
    """``new``, a repair of the line ``old``, with each piece of a row that stands
    between gaps back at its offset in ``old``: a repair that takes spaces out of a
    piece (justification beside CJK text) would move the pieces after it left, out of
    the column they were printed in, and a later run of ``columns`` would read the row's
    columns at other edges."""
    if old == new or "   " not in old:
        return new
    before, after = segments(old), segments(new)
    if len(before) >= 2 and len(after) < len(before):
        new = _gaps_back(old, before, new)
        after = segments(new)
    if len(before) < 2 or len(before) != len(after) or before[0].start != after[0].start:
        return new
    out = new[: after[0].end]
    for was, seg, gap in zip(before[1:], after[1:], pairwise(after), strict=True):
        out += " " * max(was.start - len(out), gap[1].start - gap[0].end) + seg.text
    return out + new[after[-1].end :]


def _gaps_back(old: str, before: tuple[Seg, ...], new: str) -> str:
    """``new`` with each gap between the pieces of ``old`` that the repair closed opened
    again, when the repair kept every character that is not a space: a repair that
    takes the spaces after a mark (``傷,            亡`` to ``傷，亡``) reads a gap as
    justification, but it is a gutter, and the text on its two sides is two columns'."""
    if _ink(old) != _ink(new):
        return new
    cuts = {_ink(old[: seg.start]) for seg in before[1:]}
    out: list[str] = []
    ink = 0
    for ch in new:
        if ch != " ":
            if ink in cuts and out[-3:] != [" "] * 3:
                # The spaces the repair left there are the gap's: it is put back whole.
                while out[-1] == " ":
                    out.pop()
                out += " " * 3
            ink += 1
        out.append(ch)
    return "".join(out)


def _ink(text: str) -> int:
    """The characters of ``text`` that are not spaces."""
    return len(text) - text.count(" ")


def keeping_offsets(
    repair: Callable[[str], tuple[str, Counter[str]]],
) -> Callable[[str], tuple[str, Counter[str]]]:
    """A line-preserving repair (for ``Document.map_lines``) whose rows keep their pieces
    at their offsets (:func:`kept_offsets`)."""

    def wrapped(text: str) -> tuple[str, Counter[str]]:
        repaired, counts = repair(text)
        if repaired == text or "   " not in text:
            return repaired, counts
        pairs = zip(text.split("\n"), repaired.split("\n"), strict=True)
        return "\n".join(kept_offsets(old, new) for old, new in pairs), counts

    return wrapped
