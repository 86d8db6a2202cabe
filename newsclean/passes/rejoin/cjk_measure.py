"""The measure a CJK page is wrapped to, where its running text does not show it.

``Columns`` measures a page by its lines of running text (a clause mark in them) that
end no sentence. A page of short CJK paragraphs wrapped to a fixed measure (a wire
story exported as plain text, a page of briefs) may hold few such lines: a paragraph
of one sentence over two lines carries its only mark on its last line, and its first
line, which holds none, reads as a headline over a one-line paragraph
(``匈牙利的KÖZÉPKORI历史博物馆今年`` / ``重新开放。``).

Chinese and Japanese text is wrapped at any character, so every line of a paragraph
but its last fills the measure, to a cell (a wide character that would overflow by one
cell goes to the next line; Latin letters and digits take one cell). A page's measure
therefore shows in the widths of its CJK lines that stand over another line of their
block and end no sentence, whether or not they hold a mark: three of them that share a
width show the measure as three running lines would. Headlines over their text stand
there too, but set by their words, not by the measure, three seldom agree in width;
OCR's debris (a stray letter, a word torn off a photo) and a list's short items are
narrower than any column. Korean is not wrapped so: it sets a space between its words
and is wrapped at them, as Latin text is, so a line with Hangul (Hanja among it or
not) is no evidence of the measure.

These lines are asked only where the running lines show no column and none of them is
wider than any column: a page that measures one keeps it, and a page a first run of
``fix`` joined (its paragraphs each on a line) shows no measure in what is left.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsclean import regex
from newsclean.chardata import HANGUL
from newsclean.passes.rejoin.lines import MIN_COLUMN_LINE, Line

_HANGUL = regex.compile(f"[{HANGUL}]")


def full_cjk_lines(blocks: Iterable[list[Line]]) -> list[Line]:
    """The Chinese and Japanese lines of ``blocks`` that stand over another line of
    their block and end no sentence: each a wrapped paragraph's full line, or a
    headline over its text."""
    return [
        line
        for lines in blocks
        for line in lines[:-1]
        if line.cjk
        and line.width >= MIN_COLUMN_LINE
        and not line.ends_sentence
        and not line.set_apart
        and not line.list_item
        and _HANGUL.search(line.text) is None
    ]
