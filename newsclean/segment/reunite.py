"""Paragraphs that reached segmentation in pieces, put back together.

* A paragraph cut off at a column's foot, joined to its continuation printed later.
  Extractors sometimes read another story's column in between (pdfminer's text boxes
  out of order), so ``rejoin`` never saw the two halves side by side; segmentation, which
  sees the whole page's units, puts them back together.
* A CJK paragraph's first line left standing alone, taken for a heading: the lines under
  it go on at the full measure, so they open no paragraph of their own (a page that
  indents its paragraphs indents the first line under a headline or subhead too), and it
  is set to the column's measure less the first-line indent, or narrower only by the
  digits, Latin letters and justification spaces in it. A heading is set apart from its
  column's measure; one this wide is the last line of a headline wrapped over the lines
  above it in its block, or a notice's heading; nor is running text set in two parts
  with a space between them, as a headline often is.
"""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import HAN, display_width
from newsclean.model import Layout
from newsclean.page.boxes import notice_heading
from newsclean.page.credits import split_credit, starts_with_dateline
from newsclean.segment.model import Unit

#: A page needs this many paragraphs to show whether it indents them.
MIN_PARAGRAPHS_FOR_INDENT = 6
#: A paragraph's first line is indented by two CJK characters (four half-em cells);
#: one cell more for a narrow character at a line's end.
FIRST_LINE_INDENT = 5
#: Half-em cells by which a line run to the margin may fall short of its column's
#: measure or pass it (a narrow mark at its end, justification).
MEASURE_SLACK = 2
#: A paragraph's first line holding digits or Latin letters (half a cell each, or less
#: once justified) is at least this share of its column's measure.
MIN_FIRST_LINE_SHARE = 0.55
#: A CJK headline in two parts, a space between them (``东风着陆场准备就绪 迎接…``);
#: an extractor's justification spaces stand between single characters.
_TWO_PART_HEADLINE = regex.compile(f"[{HAN}]{{3}} +[{HAN}]{{3}}")


def reunite_broken_paragraphs(units: list[Unit]) -> list[Unit]:
    """Join a paragraph cut off at a column's foot to its continuation printed later.

    Extractors sometimes read another story's column in between (pdfminer's text boxes
    out of order), so ``rejoin`` never saw the two halves side by side. On a page whose
    paragraphs begin with an indent, a body block that begins with a full line of the
    same column, right after a blank line, is the rest of the nearest paragraph above
    that ran to the margin without finishing its sentence.
    """
    if not _indents_paragraphs(units):
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
                        max(match.layout.column, layout.column),
                    )
                    if not match.ends_sentence:
                        open_ends.append(match)
                    continue
            if _runs_to_margin(unit):
                open_ends.append(unit)
        kept.append(unit)
    return kept


def _indents_paragraphs(units: list[Unit]) -> bool:
    """The page sets the first line of most of its paragraphs in by an indent."""
    multi = [u for u in units if u.role == "body" and u.layout and u.layout.lines > 1]
    indented = [u for u in multi if u.layout and u.layout.first <= u.layout.width - 3]
    return len(multi) >= MIN_PARAGRAPHS_FOR_INDENT and len(indented) >= 0.5 * len(multi)


def first_lines_rejoined(units: list[Unit]) -> list[Unit]:
    """A one-line CJK "heading" that fills its column less the first-line indent, over
    body in the same block whose first line runs at the full measure, is that
    paragraph's first line: the two are one paragraph (``傳統文化熱潮帶`` /
    ``動民俗產品推陳出新，…``). The column is the body's measure where its first line
    runs at it, not its widest line: one line set loose (digits, a space read twice)
    overstates it by a character or two, and the first line would read as short of
    its indent. Narrower, down to ``MIN_FIRST_LINE_SHARE`` of the
    measure (``从2020年8月`` / ``启动城中村改造以来，…``), it is one too on a page that
    indents its paragraphs (elsewhere every paragraph opens at the full measure), unless
    it ends a headline wrapped over the heading lines above it and opens with no
    dateline. Under a briefs item's marked title, in its block, it is that title
    wrapped, at any width.

    A Latin dateline's place torn from the rest of it (``Greifswald`` / ``(Deutschland),
    03.06.2009 – Im …``, ``DENVER`` / ``— The BBC …``) is the first words of the
    paragraph the dateline opens: a place alone is no headline over its own dateline.
    So is a CJK credit that opens a paragraph (``本报讯（记者 刘洋）``, ``新华社北京4月18日
    电``) set on a line of its own right over it in its block: whether it is the byline
    is ``assemble``'s to say, as for any credit run into the text."""
    indents = _indents_paragraphs(units)
    kept: list[Unit] = []
    for unit in units:
        first = kept[-1] if kept else None
        above = kept[-2] if len(kept) > 1 else None
        if first is None or first.layout is None or unit.layout is None:
            kept.append(unit)
            continue
        if _opens_paragraph(above, first, unit, indents):
            unit.text = first.text + unit.text
        elif _torn_dateline(first, unit):
            unit.text = f"{first.text} {unit.text}"
        elif _opening_credit(first, unit):
            unit.text = first.text + unit.text
        else:
            kept.append(unit)
            continue
        unit.layout = Layout(
            unit.layout.lines + 1,
            unit.layout.width,
            first.layout.width,
            unit.layout.last,
            unit.layout.column,
        )
        kept[-1] = unit
    return kept


def _opening_credit(line: Unit, body: Unit) -> bool:
    return (
        line.role == "byline"
        and body.role == "body"
        and line.block == body.block
        and line.cjk
        and (credit := split_credit(line.text + body.text)) is not None
        and credit[0] == line.text.strip()
    )


def _torn_dateline(line: Unit, body: Unit) -> bool:
    return (
        line.role == "heading"
        and body.role == "body"
        and not line.cjk
        and not line.item
        and line.layout is not None
        and line.layout.lines == 1
        and not body.opens_with_dateline
        and starts_with_dateline(f"{line.text} {body.text}")
    )


def _opens_paragraph(above: Unit | None, line: Unit, body: Unit, indents: bool) -> bool:
    head, rest = line.layout, body.layout
    return (
        head is not None
        and rest is not None
        and line.role == "heading"
        and not line.item
        and body.role == "body"
        and line.block == body.block
        and line.cjk
        and body.cjk
        and head.lines == 1
        and rest.lines > 1
        and head.width <= rest.width
        and rest.first >= rest.width - 2
        and not line.ends_sentence
        and not line.text.endswith(("？", "！", "?", "!"))
        and _TWO_PART_HEADLINE.search(line.text) is None
        and not notice_heading(line.text)
        and not _wraps_item_title(above, line)
        and (
            _set_column(rest) - FIRST_LINE_INDENT <= head.width
            or (
                indents
                and MIN_FIRST_LINE_SHARE * rest.width <= head.width
                and _has_narrow(line.text)
                and (line.opens_with_dateline or not _ends_headline(above, line))
            )
        )
    )


def _set_column(body: Layout) -> int:
    """The column a paragraph is set in, where its first line runs: its measure when the
    first line runs at it (a line set loose elsewhere overstates the widest line), else
    its widest line (the first line runs wider than the measure: lines of two columns
    read together)."""
    if abs(body.first - body.column) <= MEASURE_SLACK:
        return body.column
    return body.width


def _wraps_item_title(above: Unit | None, line: Unit) -> bool:
    """``▲ 中国制造业采购经理`` / ``指数重回扩张区间``: a heading line right under a briefs
    item's marked title in its block is the title wrapped (rejoin kept it on its line as
    the title's), however near the column's measure it runs."""
    return above is not None and above.item and above.block == line.block


def _has_narrow(text: str) -> bool:
    """Does the line hold a character narrower than a CJK one (a digit, a Latin letter, a
    space)? Only they set a paragraph's first line narrower than its column less the
    indent: a line of CJK characters alone that is narrower is a heading."""
    return display_width(text) < 2 * len(text)


def _ends_headline(above: Unit | None, line: Unit) -> bool:
    return above is not None and above.role == "heading" and above.block == line.block


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
