"""Justified lines an extractor tore into words, one a line, put back together.

Defect: an extractor that writes a line per run of text it read close together (PyMuPDF's
plain text) cuts a justified line wherever its word gaps are wider than it expects: a
line of a few long words, spread to the column's measure, comes out a word a line
(``Koalitionsvertrag am Sonntag auf-`` ⏎ ``gehoben.`` ⏎ ``Dies`` ⏎ ``sagte`` ⏎
``Premierminister`` ⏎ ``Petr Nečas vor der Presse. Das Ende der``). Each piece reads as
a paragraph's short last line, a heading or a byline, so rejoin breaks the paragraph
there or sets a word apart.

Recognised as: two or more lines in a row that are each one word (no space of any kind
in it, a lower-case Latin letter among its characters), between a line that ends no
sentence and a line after them, both full lines of running text (``flank_min_words``
words or more) that agree on a measure (the shorter within ``flank_min_share`` of the
longer), and the pieces, joined with one space, fill it (between ``run_min_share`` and
``run_max_share`` of it), as the printed line did. The run is then one line, which
rejoin reads as it reads any other.

Not touched: a list, a table's column or a poem set a word a line fills no measure
between full lines of running text, or sits under a line that ended its sentence (a
heading or a paragraph's end); a headline over a byline has no full line of running
text on both sides; a line of two words (a name in a byline, a headline's line) is no
torn piece. Blocks in layout mode keep their rows: ``columns`` reads their gaps.
"""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import ends_sentence
from newsclean.model import Block, Origin
from newsclean.page.tuning import TUNING, Tuning

#: A word alone on its line, as a justified line's gaps leave it: no space of any kind
#: inside or around it, and a lower-case Latin letter (a word of running text, not a
#: number, a CJK run or a heading's capitals).
_PIECE = regex.compile(r"(?=\S*[a-zß-ÿ])\S+")


def join_torn_blocks(blocks: list[Block]) -> int:
    """Join the torn runs of each block not in layout mode; how many were joined."""
    joined = 0
    for block in blocks:
        if block.layout is None:
            block.lines, block.origins, runs = join_torn_lines(block.lines, block.origins)
            joined += runs
    return joined


def join_torn_lines(
    lines: list[str], origins: list[Origin] | None, tuning: Tuning = TUNING
) -> tuple[list[str], list[Origin] | None, int]:
    """The block's lines with each torn run joined into one line (the module's
    docstring), their origins (a joined run's spanning its pieces') and how many runs
    were joined."""
    # A line with a space is no piece: refused before the pattern reads its first word.
    pieces = [" " not in line and _PIECE.fullmatch(line) is not None for line in lines]
    if sum(pieces) < tuning.torn_min_pieces:
        return lines, origins, 0
    out: list[str] = []
    spans: list[Origin] | None = [] if origins is not None else None
    joined = 0
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and pieces[end]:
            end += 1
        if end > at and _torn(lines, at, end, tuning):
            out.append(" ".join(lines[at:end]))
            if spans is not None and origins is not None:
                spans.append((origins[at][0], origins[end - 1][1]))
            joined += 1
            at = end
            continue
        stop = max(end, at + 1)
        out += lines[at:stop]
        if spans is not None and origins is not None:
            spans += origins[at:stop]
        at = stop
    return out, spans, joined


def _torn(lines: list[str], start: int, end: int, tuning: Tuning) -> bool:
    """Whether the pieces ``lines[start:end]`` are one printed line torn at its gaps:
    enough of them, between full lines of one measure that they fill together, under a
    line that goes on into them."""
    if end - start < tuning.torn_min_pieces or start == 0 or end == len(lines):
        return False
    before, after = lines[start - 1].strip(), lines[end].strip()
    if (
        ends_sentence(before)
        or min(len(before.split()), len(after.split())) < tuning.torn_flank_min_words
    ):
        return False
    measure = max(len(before), len(after))
    if min(len(before), len(after)) < tuning.torn_flank_min_share * measure:
        return False
    width = len(" ".join(lines[start:end]))
    return tuning.torn_run_min_share * measure <= width <= tuning.torn_run_max_share * measure
