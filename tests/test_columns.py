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


#: CJK columns set one space apart, as Tesseract prints them; one row lost its gutter.
TIGHT = """\
算力，是人工智能发展的新 是近一段时间，也是因为算 中心，目前的总算力可以达
型基础设施。目前，上海算 力，却出现了一些“小烦恼 到每秒640亿亿次浮点运
力指数排名位列全国首位，”。这是为什么呢？来看记 算，是目前亚洲最大的智能
这在全国人工智能大发展的 者的一线调研。位于上海临 计算平台之一。虽然计算能
当下是一件幸福的事情。但 港的商汤科技人工智能计算 力超群，但最近他们却在着"""


def test_columns_set_one_space_apart_keep_every_character_and_their_rows() -> None:
    doc = _read(TIGHT)
    raw = TIGHT.split("\n")
    assert doc.changes["columns"]
    assert Counter(doc.text.replace(" ", "").replace("\n", "")) == Counter(
        TIGHT.replace(" ", "").replace("\n", "")
    )
    pieces = [
        (line, origin)
        for b in doc.blocks
        for line, origin in zip(b.lines, b.origins or [], strict=True)
    ]
    # Three columns of five rows: each row gives a line to each column.
    assert len(pieces) == 15
    for line, (first, last) in pieces:
        assert first == last
        assert line.replace(" ", "") in raw[first].replace(" ", "")
