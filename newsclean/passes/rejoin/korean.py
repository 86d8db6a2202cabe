"""Korean lines: which of them may be joined, since a join cannot always tell where the
spaces went.

Korean sets a space between its words (eojeol) and Latin punctuation. A plain-text
file wraps it at its spaces, dropping the space at each break, as it wraps Latin: its
lines are ragged, and each joins the next with a space (``paragraphs._join``). A column
that fills its lines to the measure breaks Korean anywhere, inside a word too (``자유로``
/ ``우며``), and a space that fell at a break is dropped by the extractor or the
whitespace pass: there a break inside a word and a break at a space look the same, and
a join would either put a space inside a word or take one from between two. Such lines
are kept as they are: a line break loses nothing.

Recognised by the widths of the paragraph's lines so far and of the line joined to it
(unless that is the block's last, which may be short): all within one syllable of the
widest, they were filled to a measure; a line shorter by more was broken at a space
(a column would have fitted another syllable).
"""

from __future__ import annotations

from newsclean.chardata import korean_break
from newsclean.passes.rejoin.lines import Line, Paragraph

#: A column that breaks Korean anywhere fills each line to within one syllable (two
#: cells) of its measure.
FILLED_SLACK_CELLS = 2


def column_filled(paragraph: Paragraph, b: Line, after: Line | None) -> bool:
    """Is ``b`` the next line of a Korean column filled to its measure, where the break
    before it may be inside a word or at a space (see the module docstring)? ``after``
    is the line under ``b`` in its block, if any."""
    if not korean_break(paragraph.last.text, b.text):
        return False
    lines = [*paragraph.lines, b] if after is not None else paragraph.lines
    widths = [line.width for line in lines]
    return max(widths) - min(widths) <= FILLED_SLACK_CELLS
