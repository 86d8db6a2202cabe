"""A sentence end OCR hid behind specks: a scan's dirt in the margin after a paragraph's
short last line is read as marks standing apart after the full stop
(``…throughout the Midwest. :``, ``…which occurs Tuesday.’ : ;``, ``…hazards. : :``).
The line still ends its sentence, and rejoin's short-line rules need to see that to end
the paragraph there: read as ending on ``:``, the line went on into the next paragraph.

Recognised by its form alone: a Latin full stop, question or exclamation mark or
ellipsis (and its closing quotes), then one or more groups of at most three of the small
marks a speck is read as, each group set off by a space. No word, digit, dash or double
quote is taken for a speck (a dash leads on; a double quote may open the next
quotation), and a mark run on without a space (``etc.:``) is written. The specks stay in
the text: only the line's sentence end is read past them."""

from __future__ import annotations

from newsclean.chardata import ENDS_LATIN_SENTENCE

#: The marks OCR reads a speck of dirt as, where it stands apart after a line's end.
SPECK_MARKS = ".,:;'`‘’‚|~_*^°·•…"
#: The most marks one speck is read as.
_MOST_MARKS = 3


def without_trailing_specks(text: str) -> str:
    """``text`` stripped, without the groups of at most three specks, each set off by a
    space, that stand at its end. Read from the end, one group at a time: a pattern
    searched from the start would read a long run of marks again from every space
    (quadratic on a line of dots)."""
    core = text.rstrip()
    while True:
        marks_start = len(core)
        while marks_start and core[marks_start - 1] in SPECK_MARKS:
            marks_start -= 1
            if len(core) - marks_start > _MOST_MARKS:
                return core
        if marks_start == len(core) or not marks_start or not core[marks_start - 1].isspace():
            return core
        core = core[:marks_start].rstrip()


def ends_sentence_under_specks(text: str) -> bool:
    """``text`` ends a Latin sentence, then specks (see the module's docstring)."""
    end = text.rstrip()
    core = without_trailing_specks(end)
    return len(core) < len(end) and ENDS_LATIN_SENTENCE.search(core) is not None
