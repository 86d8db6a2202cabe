"""Which scan debris among a page's lines was written: a line of marks that reads as a
scanner's specks (``Form.NOISE``) is the text's where nothing stands before or after it
(a one-line text, a note of symbols at its end), between the turns of a dialogue (its
reply: ``« »``, ``|``, ``— …``), as a list's empty item, as the rule under a text
table's head, or as the ``>`` of an empty line of a quotation in an e-mail.
(``surroundings.page_forms`` asks this first.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsclean import regex
from newsclean.page import printed as pr
from newsclean.page.forms import Form

if TYPE_CHECKING:
    from newsclean.page.surroundings import _Edge


#: How a turn of a dialogue opens: its time (``[09:15] ``, ``09:15 ``), its speaker
#: (``<ben> ``, ``HAMLET: ``, ``Anna: ``), or a dash or a quotation mark.
_TURN = regex.compile(
    r"^(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?\s|<[^>\s]{1,20}>\s|[\w.-]{1,20}:\s|[—–-]\s|[«“\"„「『])"
)


def debris_among_text(lines: Sequence[_Edge], forms: list[Form], edges: tuple[bool, bool]) -> None:
    """Scan debris falls between the lines of a page: marks with no other line before
    or after them (a one-line text, a note of symbols at its end) were written, and so
    were marks between the turns of a dialogue (under a chat message's head, or between
    two lines that open as turns do: a time, a speaker, a dash or a quote), which are
    its reply (``« »``, ``|``, ``— …``), and so was the ``>`` that marks an empty
    line of a quotation in an e-mail. Past a cut in a stream (``edges`` false) the
    page goes on."""
    # (A member of an enum is read through a descriptor, several times the cost of a
    # local: the loops over every line of the page read it once.)
    noise_form = Form.NOISE
    noise = [form is noise_form for form in forms]
    if not any(noise):
        return
    text = [i for i, is_debris in enumerate(noise) if not is_debris]
    first = -1 if not edges[0] else text[0] if text else len(noise)
    last = len(noise) if not edges[1] else text[-1] if text else -1
    for i, is_debris in enumerate(noise):
        if is_debris and (
            not first < i < last
            or _reply(lines, forms, i)
            or _empty_item(lines, i)
            or _table_rule(lines, i)
            or _quotation_gap(lines, i)
        ):
            forms[i] = Form.NONE


#: A rule of a table drawn in text: its columns' bars, dashes and alignment colons
#: (``|------|-------:|``, a Markdown table's delimiter row).
_TABLE_RULE = regex.compile(r"^\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?)?\s*$")


def _table_rule(lines: Sequence[_Edge], i: int) -> bool:
    """Is line ``i`` the rule under a table's head: dashes between bars, between two
    rows that open with the bar?"""
    if _TABLE_RULE.match(lines[i].text) is None:
        return False
    above, below = nearest(lines, i, -1), nearest(lines, i, 1)
    return (
        above is not None
        and below is not None
        and lines[above].text.startswith("|")
        and lines[below].text.startswith("|")
    )


def _quotation_gap(lines: Sequence[_Edge], i: int) -> bool:
    """Is line ``i`` a quotation's marks alone (``>``, ``>>``) beside a quoted line: the
    blank line between a quoted message's paragraphs?"""
    if pr.QUOTED_LINE.match(lines[i].text) is None or lines[i].text.strip("> "):
        return False
    return any(
        k is not None and pr.QUOTED_LINE.match(lines[k].text) is not None
        for k in (nearest(lines, i, -1), nearest(lines, i, 1))
    )


#: A list's marker, alone on its line or opening an item.
_MARKER = regex.compile(r"^([-–—*•·])(?: |$)")


def _empty_item(lines: Sequence[_Edge], i: int) -> bool:
    """Is line ``i`` a list's marker alone, next to an item of the list it opens
    (``-`` over ``- first``): an item left empty?"""
    m = _MARKER.match(lines[i].text)
    if m is None or lines[i].text != m.group(1):
        return False
    return any(
        k is not None and lines[k].text.startswith(m.group(1) + " ")
        for k in (nearest(lines, i, -1), nearest(lines, i, 1))
    )


def _reply(lines: Sequence[_Edge], forms: list[Form], i: int) -> bool:
    """Does line ``i`` stand as a turn of a dialogue: under a message's head, or
    between two lines of text that open as turns?"""
    above, below = nearest(lines, i, -1), nearest(lines, i, 1)
    if above is None or forms[above] is Form.NOISE:
        return False
    if pr.MESSAGE_HEAD.match(lines[above].text):
        return True
    return (
        below is not None
        and forms[below] is not Form.NOISE
        and _TURN.match(lines[above].text) is not None
        and _TURN.match(lines[below].text) is not None
    )


def nearest(lines: Sequence[_Edge], i: int, step: int) -> int | None:
    """The nearest line to ``i`` in direction ``step`` that a repair left text in."""
    k = i + step
    while 0 <= k < len(lines) and not lines[k].text:
        k += step
    return k if 0 <= k < len(lines) else None
