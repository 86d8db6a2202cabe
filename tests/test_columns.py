"""The columns pass moves lines, never text: each line it puts in reading order keeps
the raw line it came from as its origin, and every character of the page comes back."""

from __future__ import annotations

from collections import Counter

from newsclean.model import Document
from newsclean.options import Options
from newsclean.passes import columns
from newsclean.passes.rows import segments

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


#: Three narrow headlines side by side, one space apart, over a column and beside one.
SIDE_BY_SIDE = """\
中国制造业采购 乌媒称基辅哈尔 端午佳节将至       以军今天轰炸加沙
经理指数重回扩 科夫遭袭 俄媒 市场兴旺消费升       地带南部和中部
张区间     称俄军打击乌军 温
        外国雇佣兵驻地
  央视网消息 中国物流与采购联合会、国          新华社武汉5月13日电据巴
家统计局今天（10月31日）发布10月份中国          勒斯坦通讯社今天报道，以"""


def test_side_by_side_headlines_keep_every_character_and_span_their_rows() -> None:
    doc = _read(SIDE_BY_SIDE)
    assert Counter(doc.text.replace(" ", "").replace("\n", "")) == Counter(
        SIDE_BY_SIDE.replace(" ", "").replace("\n", "")
    )
    lines = {
        line: origin
        for b in doc.blocks
        for line, origin in zip(b.lines, b.origins or [], strict=True)
    }
    # Each headline is one line, from the row it starts on to the row it ends on.
    assert lines["中国制造业采购经理指数重回扩张区间"] == (0, 2)
    assert lines["乌媒称基辅哈尔科夫遭袭 俄媒称俄军打击乌军外国雇佣兵驻地"] == (0, 3)
    assert lines["端午佳节将至市场兴旺消费升温"] == (0, 2)
    # The text under the headlines starts in the first one's column: it is read last.
    order = [line for b in doc.blocks for line in b.lines]
    assert (
        order.index("中国制造业采购经理指数重回扩张区间")
        == order.index("  央视网消息 中国物流与采购联合会、国") - 1
    )


#: A piece's text, and how many of its characters a gutter's cover counts from its start.
COVER_CASES = [
    # Lone spaces OCR set between ideographs and beside clause marks: ``whitespace``
    # takes them out, so the cover ends where the repaired piece will.
    ("交 二呆代哩等 ， 拦截1枚", 11),
    ("乌军还打击了 俄军", 8),
    # Kept by the repairs, so counted: two spaces (a row's alignment), a space beside a
    # curly quote (shared with Latin text), a figure or a Latin word, and Latin text.
    ("幸福  多方册的", 8),
    ("首次 ”的小", 6),
    ("据新华社 3月", 7),
    ("乌军 Kyiv 城", 9),
    ("the old mill", 12),
]


def test_a_cjk_piece_covers_the_offsets_its_repaired_text_will() -> None:
    for text, covered in COVER_CASES:
        (seg,) = segments(text)
        assert columns._cover_end(seg) - seg.start == covered, text
