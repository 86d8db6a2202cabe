"""Labelled lines into the units ``segment`` builds articles from.

A unit is a line that starts one (``A`` or ``P``) and the lines that continue it
(``C``) with the same role; its lines are joined the way ``rejoin`` joins them (no space
inside CJK text, a word broken at a hyphen joined when the page's vocabulary says so,
the gaps justification left in CJK running text taken out). Furniture and noise go to
the page's furniture list. Each unit keeps how it was set (its lines and widths) and
which blank-line block it stands in, as ``rejoin`` records them: what happens after the
labels (headline groups, orphan headlines owning a later body, subheads against new
stories, a paragraph broken by another column) is ``segment``'s, as for the rules.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsclean.chardata import display_width, joins_without_space
from newsclean.dehyphenate import join_lines
from newsclean.linemodel.align import PAGE_ROLES, Label
from newsclean.linemodel.features import first_in_block
from newsclean.model import Layout
from newsclean.page import Page
from newsclean.passes.whitespace import remove_cjk_gaps
from newsclean.patterns import END_MARK
from newsclean.segment import Unit

#: The roles of segment's units, by label role.
SEGMENT_ROLE = {
    "kicker": "heading",
    "headline": "heading",
    "subtitle": "heading",
    "subhead": "heading",
    "byline": "byline",
    "dateline": "dateline",
    "caption": "caption",
    "body": "body",
    "ad": "body",
}


def decision(label: Label | None) -> tuple[str, bool]:
    """What of a label ``segment`` reads: the unit's role, and whether the line goes on
    with the unit before it (the kind of heading and a new article are segment's).

    A line out of the articles is one decision however it is labelled: furniture and
    noise lines go to the furniture list one by one (whether one continues another
    changes nothing), and a line the rules' split does not show (``None``) is one the
    rules took out of the articles."""
    if label is None or label.role in PAGE_ROLES:
        return "furniture", False
    return SEGMENT_ROLE[label.role], label.boundary == "C"


def join(first: str, second: str, vocab: Counter[str]) -> str:
    broken = join_lines(first, second, vocab)
    if broken is not None:
        return broken[0]
    return first + second if joins_without_space(first, second) else f"{first} {second}"


@dataclass
class _Run:
    role: str
    block: int
    hint: str
    lines: list[str] = field(default_factory=list)


def page_units(
    page: Page, hints: list[str], labels: list[Label], vocab: Counter[str]
) -> tuple[list[Unit], list[str]]:
    """The page's units in reading order, and its furniture lines."""
    runs: list[_Run] = []
    furniture: list[str] = []
    block = -1
    new_block = False
    for i, (line, label) in enumerate(zip(page.lines, labels, strict=True)):
        # A blank line starts a block, unless the line after it goes on with the unit
        # before it (a column break inside a paragraph): then the block goes on too.
        new_block = new_block or first_in_block(page, i)
        if label.role in PAGE_ROLES:
            furniture.append(line.text)
            continue
        if runs and label.boundary == "C" and runs[-1].role == label.role:
            runs[-1].lines.append(line.text)
            new_block = False
            continue
        if new_block or not runs:
            block += 1
            new_block = False
        runs.append(_Run(label.role, block, hints[i], [line.text]))
    return [_unit(run, vocab) for run in runs], furniture


def _unit(run: _Run, vocab: Counter[str]) -> Unit:
    text = run.lines[0]
    for nxt in run.lines[1:]:
        text = join(text, nxt, vocab)
    if len(run.lines) > 1 and run.role in ("body", "ad"):
        text, _ = remove_cjk_gaps(text, running_text=True)
    widths = [display_width(line) for line in run.lines]
    layout = Layout(len(widths), max(widths), widths[0], widths[-1])
    role = "end" if END_MARK.match(text) else SEGMENT_ROLE[run.role]
    return Unit(text, run.block, layout, run.hint, role)
