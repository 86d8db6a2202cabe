"""Headline groups: the lines over a story's byline or dateline, and a one-line headline
or section subhead between paragraphs (``crossheads``), keep their lines (see the
package docstring). So do the titles of boxed items (``newsclean.page.boxes``): a
notice's heading and its telephone line, and a briefs item's marked title with the lines
it wraps onto, which its first sentence would otherwise run on from."""

from __future__ import annotations

from newsclean.latin import is_headline_case_deck
from newsclean.page.boxes import (
    MAX_LABEL_CELLS,
    MAX_NOTICE_CELLS,
    briefs_label,
    contact_line,
    holds_marker,
    item_marker,
    notice_heading,
    notice_heading_wrapped,
)
from newsclean.passes.rejoin.crossheads import crosshead, in_sentence_case
from newsclean.passes.rejoin.decide import WRAPPED_TAIL
from newsclean.passes.rejoin.lines import Line

#: A CJK item title's line at most this share of its first line's width stops short of
#: the column's measure (a paragraph's first line, indented, fills more of it).
SHORT_OF_MEASURE = 0.75
#: At most this many lines over a byline are its headline group.
MAX_TITLE_LINES = 4


def _mark_titles(lines: list[Line], text: str) -> None:
    """The lines over an opening byline, up to the block's start or a finished
    sentence, are its story's headline group: headline, deck, subtitle. They keep their
    lines, even when one holds a comma (``Tilting train derails in Croatia, six dead``).
    ``text``: the lines' texts joined by newlines."""
    _mark_boxed_items(lines, text)
    for i, line in enumerate(lines):
        if (line.starts_new or line.byline) and not line.cjk:
            _mark_decks_over(lines, i)
        if 0 < i < len(lines) - 1 and crosshead(lines, i):
            line.title = True
            # Only a crosshead in sentence case is told from the next brief's
            # headline by its place alone (``Layout.crosshead``).
            line.crosshead = in_sentence_case(line.text)
        if not line.byline or i == 0:
            continue
        start = i
        while start > 0 and not lines[start - 1].ends_sentence and not lines[start - 1].byline:
            start -= 1
        group = lines[start:i]
        if len(group) <= MAX_TITLE_LINES:
            for title in group:
                title.title = True


def _mark_decks_over(lines: list[Line], opening: int) -> None:
    """Lines set headline style (``Eradication of His Prejudice Is Keynote`` / ``Sounded
    By Governor Campbell``) right over a story's byline or run-in dateline (``PHOENIX,
    Jan. 1.``) are that story's headline group, even where the column before ends
    mid-sentence or a deck ends on an initial's full stop (``Given by U. S. Agents.``)."""
    start = opening
    while (
        start > 0
        and opening - start < MAX_TITLE_LINES
        and not lines[start - 1].cjk
        and is_headline_case_deck(lines[start - 1].text)
    ):
        start -= 1
    for title in lines[start:opening]:
        title.title = True


def _mark_boxed_items(lines: list[Line], text: str) -> None:
    """A notice's heading keeps its line (or its two lines, when it wraps). A briefs
    item's title keeps its lines, as a headline group's do, when the block shows a
    briefs box: two titles with the same marker and text between them, or one under
    the box's label with its text under it. A single marked line in running text is not an item."""
    marked = (
        [(i, m) for i, line in enumerate(lines) if (m := item_marker(line.text))]
        if holds_marker(text)
        else []
    )
    for i, marker in marked:
        end = _title_end(lines, i)
        repeated = any(m == marker and (j > end or j < i - 1) for j, m in marked if j != i)
        labelled = i > 0 and not lines[i - 1].running and briefs_label(lines[i - 1].text)
        if end < len(lines) and (repeated or labelled):
            for title in lines[i:end]:
                title.title = True
            lines[end].item_text = True
    for i, line in enumerate(lines):
        if line.width > MAX_LABEL_CELLS:
            # Wider than any heading of a notice: asked of every line, refused first.
            continue
        before = lines[i - 1] if i else None
        if before is not None and notice_heading_wrapped(before.text, line.text):
            before.title = line.title = True
        elif notice_heading(line.text) and (
            before is None or before.ends_sentence or not before.running
        ):
            # After running text that goes on, the line is the end of its sentence
            # (``现面向社会公开`` / ``招聘``), not a heading.
            line.title = True
            mark_contact_line(lines[i + 1 :])


def mark_contact_line(text: list[Line]) -> None:
    """A notice's telephone line keeps its line: it is a paragraph of the notice's text
    (``text``: the lines under its heading), and ends it, where the extractor may run
    the next story's headline or the next notice's heading on with no blank line
    between (``联系电话：0571-8812 3456`` / ``我国单月汽车产量…``). Read no further than
    a notice's text goes."""
    cells = 0
    for line in text:
        cells += line.width
        if cells > MAX_NOTICE_CELLS or line.title:
            return
        if contact_line(line.text):
            line.title = True
            return


def _title_end(lines: list[Line], first: int) -> int:
    """Where the item title on line ``first`` ends (the index after its last line). A
    CJK title wraps at the column as its text does, so a line with no clause mark is
    the title's only when it is the title's short tail, or a middle line with more of
    the title under it (a line that stops short of the measure is the last); a Latin
    title runs on over lines that go on in lower case, or after a word that leads on
    (``in``)."""
    end = first + 1
    while end < len(lines) and end - first < MAX_TITLE_LINES:
        before, line = lines[end - 1], lines[end]
        if item_marker(line.text) is not None or line.byline or line.starts_new:
            break
        if line.cjk and before.cjk:
            if line.running or line.ends_sentence:
                break
            if line.width <= WRAPPED_TAIL * lines[first].width:
                return end + 1
            after = lines[end + 1] if end + 1 < len(lines) else None
            if after is None or after.running or after.ends_sentence:
                # The text's first line, which has no clause mark yet.
                break
            if line.width <= SHORT_OF_MEASURE * lines[first].width:
                # A title wraps at the column's measure: its line that stops short of it
                # is its last, and the full line under it is the text's first.
                return end + 1
        elif not (line.starts_lower or before.leading_word_end):
            break
        end += 1
    return end
