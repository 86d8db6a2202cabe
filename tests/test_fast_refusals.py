"""Refusals taken before a costly test give what that test gives.

A line that cannot be a photo caption, end on a leading word, or hold a byline is
refused by what every form of it needs (a first or last character, a short run of
letters); the tests here hold each refusal to the full test it stands before, on every
line and two-line paragraph of the fixtures and on generated text made of the
characters the forms turn on.
"""

from __future__ import annotations

import importlib
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import latin, pipeline
from newsclean.chardata import display_width
from newsclean.latin import LEADING_WORDS, WORD, caps_share, ends_advertisement
from newsclean.page import Form, Tuning, boxes, describe
from newsclean.page.credits import CAPTION, is_caption
from newsclean.page.printed import HAS_CJK
from newsclean.page.surroundings import _Edge
from newsclean.passes.rejoin import announced_items
from tests.conftest import READABLE_PAGES

PAGES = READABLE_PAGES


def _lines() -> list[str]:
    lines = [
        line.strip()
        for page in PAGES
        for line in page.read_text("utf-8", errors="replace").splitlines()
        if line.strip()
    ]
    # Paragraphs as rejoin and segment ask of them: two lines joined.
    return lines + [f"{a} {b}" for a, b in itertools.pairwise(lines)]


LINES = _lines()


def _slow_ends_in_leading_word(line: str) -> bool:
    """The last word of the line's last 24 characters, split into words, looked up; one
    of some languages only, in a line of one of them."""
    words = WORD.findall(line[-24:])
    if not (words and line[-1:].isalpha() and words[-1].lower() in LEADING_WORDS):
        return False
    return latin.leads_in_language(words[-1].lower(), line[: -len(words[-1])])


# --- photo captions -------------------------------------------------------------------


def test_captions_on_fixture_lines() -> None:
    assert [is_caption(t) for t in LINES] == [CAPTION.search(t) is not None for t in LINES]


_CAPTION_PIECES = st.sampled_from(
    ["图为", "上图", "圖為", "新华社记者", "记者", " ", "王强", "王", "摄", "攝", "）", ")",
     "（", "(", "图片来源", "資料圖片", "Photo", "Photo by", "File photo", "AP", ": ", "x",
     "\n", "。"]
)  # fmt: skip


@settings(max_examples=1500, derandomize=True)
@given(st.lists(_CAPTION_PIECES, max_size=12).map("".join))
def test_captions_on_generated_text(text: str) -> None:
    assert is_caption(text) == (CAPTION.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("新华社记者 王强 摄", True),
        ("新华社记者 王强 摄\n", True),
        ("图为市民在公园里散步。", True),
        ("航拍的城区夜景（资料图片）。", True),
        ("Workers on the launch pad. (File photo)", True),
        ("Photo by Ana Ruiz", True),
        ("The mayor said so (twice).", False),
        ("记者 王强 摄影展开幕", False),
        ("Photography is an art.", False),
    ],
)
def test_captions_table(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


# --- leading words --------------------------------------------------------------------


def test_leading_word_ends_on_fixture_lines() -> None:
    assert [latin.ends_in_leading_word(t) for t in LINES] == [
        _slow_ends_in_leading_word(t) for t in LINES
    ]


_WORD_PIECES = st.sampled_from(
    ["the", "of", "Der", "und", "à", "l", "'", "’", " ", "x", "İ", "ß", "ſ", "-", "1", "²",
     "between", "abetween", ".", "Ab", "en", "la", "für"]
)  # fmt: skip


@settings(max_examples=1500, derandomize=True)
@given(st.lists(_WORD_PIECES, max_size=14).map("".join))
def test_leading_word_ends_on_generated_text(text: str) -> None:
    assert latin.ends_in_leading_word(text) == _slow_ends_in_leading_word(text)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("the Red Forest of the", True),
        ("and went on to", True),
        ("l'homme et", True),
        ("a don't-the", True),
        ("he said there", False),
        ("of the.", False),
        ("it was l'the", False),
        ("without", True),
        ("withoutthe", False),
        ("la République en", True),
        ("Domänen UND Vort en", False),
        ("en", True),
    ],
)
def test_leading_word_table(text: str, ends: bool) -> None:
    assert latin.ends_in_leading_word(text) is ends


# --- the lines page_forms reads -------------------------------------------------------


def test_edge_works_out_each_fact_as_its_test_does() -> None:
    for text in LINES[:2000]:
        edge = _Edge(text)
        assert edge.capitals == caps_share(text)
        assert edge.cjk == (HAS_CJK.search(text) is not None)
        assert edge.advert == ends_advertisement(text)
        assert edge.bracketed == latin.is_bracketed_credit(text)


def test_edge_keeps_what_it_is_given() -> None:
    edge = _Edge("NEWS OF THE WORLD", capitals=0.25, cjk=True, bracketed=True, advert=True)
    assert (edge.capitals, edge.cjk, edge.bracketed, edge.advert) == (0.25, True, True, True)
    assert _Edge("NEWS OF THE WORLD").capitals == 1.0


# --- a line's form, read when first asked --------------------------------------------


def test_the_form_is_read_with_the_description_s_byline_patterns() -> None:
    line = "Filed from the wires"
    assert describe(line, byline_patterns=(r"^Filed from",)).form is Form.BYLINE
    assert describe(line).form is Form.NONE


def test_the_form_is_read_with_the_description_s_tuning() -> None:
    # A byline is short: a tuning that allows fewer characters reads none.
    line = "By JOHN SMITH, Staff Writer"
    assert describe(line).form is Form.BYLINE
    assert describe(line, Tuning(byline_max_chars=10)).form is Form.NONE


# --- passes ----------------------------------------------------------------------------


def test_a_pass_is_its_module() -> None:
    for p in pipeline.registry():
        module = p.module
        assert module is importlib.import_module(f"newsclean.passes.{p.name}")
        assert p.name == module.NAME


# --- notice headings ------------------------------------------------------------------


def _slow_notice_heading(text: str) -> bool:
    """``boxes.notice_heading`` before it refused a line by its last character."""
    head = text.strip().rstrip(boxes._CLOSING).strip()
    if not head or len(head) > boxes.MAX_LABEL_CELLS:
        return False
    if display_width(head) > boxes.MAX_LABEL_CELLS:
        return False
    latin, cjk, endings, _ = boxes._headings()
    if HAS_CJK.search(head) is None:
        return " ".join(head.split()).casefold() in latin
    return head in cjk or (len(head) <= boxes.MAX_CJK_NOTICE_CHARS and head.endswith(endings))


def _headings() -> list[str]:
    latin, cjk, endings, _ = boxes._headings()
    return [*latin, *cjk, *endings]


def test_notice_headings_on_fixture_lines() -> None:
    lines = [t for t in LINES if len(t) <= 2 * boxes.MAX_LABEL_CELLS] + _headings()
    assert [boxes.notice_heading(t) for t in lines] == [_slow_notice_heading(t) for t in lines]


@settings(max_examples=1500, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            [*_headings(), " ", ".", "：", "。", "X", "ß", "SS", "İ", "ǅ", "遗失", "x", "\t"]
        ),
        max_size=4,
    ).map("".join)
)
def test_notice_headings_on_generated_text(text: str) -> None:
    for case in (text, text.upper(), text.title()):
        assert boxes.notice_heading(case) == _slow_notice_heading(case)


def test_notice_heading_keeps_only_short_lines() -> None:
    """The answers kept per text (``boxes._names_notice``) are of lines short enough to
    be a heading: a paragraph asked about is refused by its length and not kept."""
    before = boxes._names_notice.cache_info().currsize
    assert not boxes.notice_heading("联系电话：0571-8812 3456，地址：杭州市西湖区。" * 4)
    assert boxes._names_notice.cache_info().currsize == before
    boxes.notice_heading("招工启事 ")
    assert boxes._names_notice.cache_info().currsize <= before + 1


# --- items a colon announces -----------------------------------------------------------


def _may_open_item(text: str) -> bool:
    first = text[:1]
    return first.isdecimal() or first in announced_items._ITEM_OPENERS


def test_item_openers_on_fixture_lines() -> None:
    """Every line an item's marker or a date opens is let through by its first
    character (``announced_items._ITEM_OPENERS``)."""
    opened = [
        t for t in LINES if announced_items._MARKER.match(t) or announced_items._DATE_ITEM.match(t)
    ]
    assert opened
    assert all(_may_open_item(t) for t in opened)


@settings(max_examples=1500, derandomize=True)
@given(
    st.text(
        st.sampled_from("（(①⑳一十〇○零甲癸Aza019０٣、．.，, 年月日）)我的"),
        min_size=1,
        max_size=8,
    )
)
def test_item_openers_on_generated_text(text: str) -> None:
    if announced_items._MARKER.match(text) or announced_items._DATE_ITEM.match(text):
        assert _may_open_item(text)


# --- Clause marks after a letter -------------------------------------------------------

_DESCRIBE = importlib.import_module("newsclean.page.describe")
#: ``describe``'s clause pattern written plainly: a letter of any alphabet, then the
#: mark.
_SLOW_LETTER_CLAUSE = re.compile(f"[^\\W\\d_][{_DESCRIBE._CLAUSE_MARKS}][\"'”’)]?(?: |$)")


def test_letter_clauses_on_fixture_lines() -> None:
    fast = _DESCRIBE._LETTER_CLAUSE
    assert [fast.search(t) is not None for t in LINES] == [
        _SLOW_LETTER_CLAUSE.search(t) is not None for t in LINES
    ]


@settings(max_examples=1500, derandomize=True)
@given(
    st.lists(
        st.sampled_from(["a", "Z", "é", "д", "ע", "क", "1", "١", ",", ".", ";", ":", "!", "?",
                         "،", "।", '"', "’", ")", " ", "\n", "，", "x."]),
        max_size=10,
    ).map("".join)
)  # fmt: skip
def test_letter_clauses_on_generated_text(text: str) -> None:
    fast = _DESCRIBE._LETTER_CLAUSE
    assert (fast.search(text) is not None) == (_SLOW_LETTER_CLAUSE.search(text) is not None)
