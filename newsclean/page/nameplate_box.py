"""A Chinese paper's nameplate box, as OCR reads it line by line.

Tabloids and bulletins (the mimeographed and letterpress papers of the 1960s and 1970s,
a works' or a school's paper) set their page head as a box: the paper's name in large
type, a quotation boxed beside it (``最高指示`` or ``毛主席语录`` over its lines), the
date, the issue's number (``第十六期``), the price, and the publisher's imprint under
them (``上海革命大批判联络站``, ``…《革命楼》编辑部``). An OCR engine that sorts its text
boxes top to bottom reads the box's pieces in turn: the name in pieces of a character or
two (``新師大`` / ``通``), between them the quotation's lines, then the issue line and the
imprint. None of it is a story's, but only the issue and price lines read as furniture on
their own (``cjk_nameplate``); the name's pieces and the quotation read as a headline and
its story, and the imprint as the first story's kicker.

Recognition: the last issue, price or registration line among the page's first lines
(``nameplate_box_lines``) closes the box: every line above it is the box's, when each is
furniture already or as narrow as a box's line (``nameplate_box_line_max_chars``: a
story's lines run across its column, and a page whose first story opens above the issue
line is left as it is). Under it, the box goes on to the publisher's imprint when one
follows within ``nameplate_imprint_reach_lines``: a line with no clause mark that ends in
the word a publishing body names itself with (``编辑部``, ``联络站``, ``编印``, ``机关报``,
listed in ``data/publisher_endings_cjk.txt``), each character in either of its forms, as
OCR mixes them, and one character of a word of three or more may be misread
(``联路組``); the lines between are the box's too. Without such an imprint the box ends
at the issue line, and is one only where a piece of the name stands among the lines
above it (one character alone on a line): a modern page's first headline may be read
before its issue line (pdfminer's text boxes), and no headline is one character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from newsclean import regex
from newsclean.page import printed as pr
from newsclean.page.cjk_nameplate import is_nameplate_item
from newsclean.page.forms import Form
from newsclean.page.lexicon import words
from newsclean.page.tuning import Tuning


class _Line(Protocol):
    @property
    def text(self) -> str: ...


@cache
def _imprint_end() -> re.Pattern[str]:
    """A publishing body's word at a line's end, each character in its simplified or
    traditional form, and a word of three characters or more also with one misread."""
    variants: list[str] = []
    for entry in words("publisher_endings_cjk"):
        simplified, traditional = entry.split()
        chars = [
            re.escape(s) if s == t else f"[{s}{t}]"
            for s, t in zip(simplified, traditional, strict=True)
        ]
        variants.append("".join(chars))
        if len(chars) >= 3:
            variants += [
                "".join(chars[:k]) + r"\w" + "".join(chars[k + 1 :]) for k in range(len(chars))
            ]
    return regex.compile(f"(?:{'|'.join(variants)})$")


def is_publisher_imprint(text: str, tuning: Tuning) -> bool:
    """``text`` (a stripped line) names a paper's publishing body: short, no clause
    mark, and ending in the word such a body names itself with (``…编辑部``)."""
    return (
        pr.HAS_CJK.search(text) is not None
        and len(text) <= tuning.nameplate_box_line_max_chars
        and pr.CLAUSE.search(text) is None
        and _imprint_end().search(text) is not None
    )


def _title_piece(text: str) -> bool:
    """One character of the paper's name, alone on its line: the large type that OCR
    read in pieces."""
    return len(text) == 1 and pr.HAS_CJK.match(text) is not None


def nameplate_box(lines: Sequence[_Line], forms: list[Form], tuning: Tuning) -> None:
    """Marks the lines of a nameplate box read line by line (see the module): the box's
    lines ``MASTHEAD``, its publisher's imprint ``IMPRINT``. (A line a repair emptied is
    no line of the box.)"""
    head = [i for i, line in enumerate(lines) if line.text][: tuning.nameplate_box_lines]
    items = [n for n, i in enumerate(head) if is_nameplate_item(lines[i].text)]
    if not items:
        return
    close = items[-1]
    above = head[:close]
    if any(
        forms[i] is Form.NONE and len(lines[i].text) > tuning.nameplate_box_line_max_chars
        for i in above
    ):
        return
    below = head[close + 1 : close + 1 + tuning.nameplate_imprint_reach_lines]
    imprint = next(
        (n for n, i in enumerate(below) if is_publisher_imprint(lines[i].text, tuning)), None
    )
    if imprint is None and not any(_title_piece(lines[i].text) for i in above):
        return
    if imprint is not None:
        forms[below[imprint]] = Form.IMPRINT
        above += below[:imprint]
    for i in above:
        if forms[i] is Form.NONE:
            forms[i] = Form.MASTHEAD
