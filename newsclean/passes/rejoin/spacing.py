"""Line breaks a join cannot give the right space to, kept as they are: a line break
loses nothing, where a space put inside a word or taken from between two changes the
text.

Korean sets a space between its words (eojeol) and Latin punctuation. A plain-text
file wraps it at its spaces, dropping the space at each break, as it wraps Latin: its
lines are ragged, and each joins the next with a space (``paragraphs._join``). A column
that fills its lines to the measure breaks Korean anywhere, inside a word too (``자유로``
/ ``우며``), and a space that fell at a break is dropped by the extractor or the
whitespace pass: there a break inside a word and a break at a space look the same.
Recognised by the widths of the paragraph's lines so far and of the line joined to it
(unless that is the block's last, which may be short): all within one syllable of the
widest, they were filled to a measure; a line shorter by more was broken at a space (a
column would have fitted another syllable).

Thai, Lao, Khmer and Burmese set no space between words, and a space between phrases
and sentences. A wrapper breaks them between words (where the join sets nothing) or at
a space (which it drops, and the join must give back), and has no case nor sentence
mark to tell which: a break between two letters of these scripts is never joined.
"""

from __future__ import annotations

from newsclean.chardata import korean_break, phrase_spaced_break
from newsclean.passes.rejoin.lines import Line, Paragraph

#: A column that breaks Korean anywhere fills each line to within one syllable (two
#: cells) of its measure.
FILLED_SLACK_CELLS = 2


def space_untold(paragraph: Paragraph, b: Line, after: Line | None) -> bool:
    """Is the break before ``b`` one whose space a join cannot tell (see the module
    docstring)? ``after`` is the line under ``b`` in its block, if any."""
    a = paragraph.last.text
    if phrase_spaced_break(a, b.text):
        return True
    if not korean_break(a, b.text):
        return False
    lines = [*paragraph.lines, b] if after is not None else paragraph.lines
    widths = [line.width for line in lines]
    return max(widths) - min(widths) <= FILLED_SLACK_CELLS
