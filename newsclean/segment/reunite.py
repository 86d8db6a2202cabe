"""A paragraph cut off at a column's foot, joined to its continuation printed later.

Extractors sometimes read another story's column in between (pdfminer's text boxes out of
order), so ``rejoin`` never saw the two halves side by side; segmentation, which sees the
whole page's units, puts them back together.
"""

from __future__ import annotations

from newsclean.model import Layout
from newsclean.segment.model import Unit

#: A page needs this many paragraphs to show whether it indents them.
MIN_PARAGRAPHS_FOR_INDENT = 6


def reunite_broken_paragraphs(units: list[Unit]) -> list[Unit]:
    """Join a paragraph cut off at a column's foot to its continuation printed later.

    Extractors sometimes read another story's column in between (pdfminer's text boxes
    out of order), so ``rejoin`` never saw the two halves side by side. On a page whose
    paragraphs begin with an indent, a body block that begins with a full line of the
    same column, right after a blank line, is the rest of the nearest paragraph above
    that ran to the margin without finishing its sentence.
    """
    multi = [u for u in units if u.role == "body" and u.layout and u.layout.lines > 1]
    indented = [u for u in multi if u.layout and u.layout.first <= u.layout.width - 3]
    if len(multi) < MIN_PARAGRAPHS_FOR_INDENT or len(indented) < 0.5 * len(multi):
        return units
    open_ends: list[Unit] = []
    kept: list[Unit] = []
    previous_block = -1
    for unit in units:
        layout = unit.layout
        starts_block = unit.block != previous_block
        previous_block = unit.block
        if unit.role == "body" and layout is not None and unit.cjk:
            if starts_block:
                match = _open_end_for(unit, open_ends)
                if match is not None and match.block != unit.block - 1:
                    open_ends.remove(match)
                    match.text += unit.text
                    assert match.layout is not None
                    match.layout = Layout(
                        match.layout.lines + layout.lines,
                        max(match.layout.width, layout.width),
                        match.layout.first,
                        layout.last,
                    )
                    if not match.ends_sentence:
                        open_ends.append(match)
                    continue
            if _runs_to_margin(unit):
                open_ends.append(unit)
        kept.append(unit)
    return kept


def _runs_to_margin(unit: Unit) -> bool:
    layout = unit.layout
    return (
        layout is not None
        and layout.lines > 1
        and layout.last >= layout.width - 2
        and not unit.ends_sentence
    )


def _open_end_for(unit: Unit, open_ends: list[Unit]) -> Unit | None:
    """The nearest unfinished paragraph above whose column this unit's first line fills."""
    assert unit.layout is not None
    for candidate in reversed(open_ends):
        assert candidate.layout is not None
        column = candidate.layout.width
        if unit.layout.first >= column - 2 and unit.layout.width <= column + 2:
            return candidate
    return None
