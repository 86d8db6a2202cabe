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

import re

from newsclean import regex
from newsclean.chardata import ENDS_LATIN_SENTENCE

#: The marks OCR reads a speck of dirt as, where it stands apart after a line's end.
SPECK_MARKS = ".,:;'`‘’‚|~_*^°·•…"
#: One or more groups of specks, each set off by a space, at the end of a line.
_TRAILING_SPECKS = regex.compile(f"(?:\\s+[{re.escape(SPECK_MARKS)}]{{1,3}})+\\s*$")


def without_trailing_specks(text: str) -> str:
    """``text`` stripped, without the groups of specks that stand apart at its end."""
    end = text.rstrip()
    if not end or end[-1] not in SPECK_MARKS:
        return end
    specks = _TRAILING_SPECKS.search(end)
    return end if specks is None else end[: specks.start()]


def ends_sentence_under_specks(text: str) -> bool:
    """``text`` ends a Latin sentence, then specks (see the module's docstring)."""
    end = text.rstrip()
    core = without_trailing_specks(end)
    return len(core) < len(end) and ENDS_LATIN_SENTENCE.search(core) is not None
