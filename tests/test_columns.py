"""The columns pass moves lines, never text: each line it puts in reading order keeps
the raw line it came from as its origin, and every character of the page comes back."""

from __future__ import annotations

from collections import Counter

from newsclean.model import Document
from newsclean.options import Options
from newsclean.passes import columns

PAGE = """\
Council Approves Budget
                                         the plan next month, after a last
    The council met on Tuesday to
                                         round of hearings in the wards.
approve the budget for the coming        The mayor said the library would

    The new wing opened on Monday        for readers, the librarian said,
with a reading room and a cafe           and more shelves are planned."""


def _read(text: str) -> Document:
    doc = Document.from_text(text)
    columns.apply(doc, Options())
    return doc


def test_moved_lines_keep_the_raw_line_they_came_from() -> None:
    doc = _read(PAGE)
    raw = PAGE.split("\n")
    assert doc.changes["columns"]
    assert all(b.origins is not None for b in doc.blocks)
    lines = [
        (line, origin)
        for b in doc.blocks
        for line, origin in zip(b.lines, b.origins or [], strict=True)
    ]
    for line, (first, last) in lines:
        assert first == last
        assert line.strip() in " ".join(raw[first].split())
    # Column two's first line is read after column one's last, and still names row 1.
    assert ("the plan next month, after a last", (1, 1)) in lines
    assert [line for line, _ in lines].index("the plan next month, after a last") > 3


def test_no_character_is_lost() -> None:
    doc = _read(PAGE)
    assert Counter(doc.text.replace(" ", "").replace("\n", "")) == Counter(
        PAGE.replace(" ", "").replace("\n", "")
    )
