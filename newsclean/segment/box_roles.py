"""Place rules for what a page sets apart from its stories in boxes: a briefs box's marked
titles over their text are its items, and the short line over the first its label; the
short lines right over a weather table's row or column (the table's name, or its places
read apart) are the table's (role ``label``); a block the caption's photo credit marked
is a caption."""

from __future__ import annotations

from newsclean.model import CAPTION as CAPTION_BLOCK
from newsclean.page.boxes import briefs_label, item_marker, table_cell, table_column, table_row
from newsclean.segment.model import Unit
from newsclean.segment.roles import MAX_LATIN_HEADING_LINES

#: A briefs box whose label is not found shows itself by this many marked items.
MIN_UNLABELLED_ITEMS = 3


def _caption_block(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A block the caption's photo credit marked (``markup``, ``furniture``)."""
    return unit.hint == CAPTION_BLOCK


def _briefs_boxes(units: list[Unit]) -> None:
    """A briefs box: items whose titles open with one marker (``page.boxes``), each
    over its text, under a label. Every such title on the page is an item (an extractor
    may read the box's items apart); the label over the first is the box's name
    (role ``label``). A title wrapped over more lines than a headline of running text
    has is still a title (role ``heading``). Two marked titles with no label over
    either (points of a list in a story) and a single marked title are not a box;
    three or more are, the label lost among other columns' text."""
    items: dict[str, list[int]] = {}
    for i, unit in enumerate(units):
        marker = item_marker(unit.text) if unit.role in ("heading", "body") else None
        if marker is not None and _over_its_text(units, i):
            items.setdefault(marker, []).append(i)
    for found in items.values():
        labels = [i - 1 for i in found if i > 0 and _box_label(units[i - 1])]
        if len(found) < 2 or (not labels and len(found) < MIN_UNLABELLED_ITEMS):
            continue
        for i in found:
            units[i].item = True
            units[i].role = "heading"
        for i in labels:
            units[i].role = "label"


def _over_its_text(units: list[Unit], first: int) -> bool:
    """The title on unit ``first``, with the lines it wraps onto, stands over body."""
    k = first + 1
    while (
        k < len(units)
        and k - first < MAX_LATIN_HEADING_LINES
        and units[k].role == "heading"
        and units[k].block == units[first].block
        and item_marker(units[k].text) is None
    ):
        k += 1
    return k < len(units) and units[k].role == "body" and item_marker(units[k].text) is None


def _table_cells(units: list[Unit]) -> None:
    """A short line right over a table's row or column (``天气预报``, ``WEATHER``, or the
    places read as a column apart from their rows: ``武汉 广州 哈尔滨``) is the table's
    too, and so is each such line over it in turn, up to the table's name."""
    table = False
    for unit in reversed(units):
        if unit.role == "label" and (table_row(unit.text) or table_column(unit.text)):
            table = True
        elif table and unit.role == "heading" and table_cell(unit.text):
            unit.role = "label"
        else:
            table = False


def _box_label(unit: Unit) -> bool:
    return unit.role == "heading" and not unit.item and briefs_label(unit.text)
