"""The shortcuts the furniture forms take before their costly tests refuse only what
those tests would refuse: the letters-in-common bound before the edit-distance table,
the year a date line must hold before the date parsers run, and the one search that
spares running text every form's own pattern."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.chardata import CJK_CLAUSE_MARKS
from newsclean.latin import parse_date
from newsclean.page import printed
from newsclean.page.forms import (
    _printed_form,
    form_anywhere,
    is_copyright_credit,
)
from newsclean.page.printed import CLAUSE, YEAR, may_be_furniture
from newsclean.page.slips import fuzzy_equal
from newsclean.page.tuning import TUNING
from tests.conftest import READABLE_PAGES


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, the textbook way."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


# Words near ``copyright``: its own letters, with a few others OCR reads for them.
_NEAR_COPYRIGHT = st.text(alphabet="copyrightCOPYRIGHTsl1", min_size=5, max_size=12)


@settings(derandomize=True, max_examples=400)
@given(_NEAR_COPYRIGHT, st.integers(min_value=0, max_value=3))
def test_fuzzy_equal_is_the_edit_distance(word: str, errors: int) -> None:
    assert fuzzy_equal(word, "copyright", errors) == (
        _distance(word.lower(), "copyright") <= errors
    )


@settings(derandomize=True, max_examples=400)
@given(_NEAR_COPYRIGHT.filter(lambda w: len(w) >= 6))
def test_the_copyright_bound_refuses_only_what_the_distance_does(word: str) -> None:
    letters = "".join(ch for ch in word if ch.isalpha()).lower()
    assert is_copyright_credit(f"({word} 1903)") == (_distance(letters, "copyright") <= 2)


def test_fuzzy_equal_reads_ocr_spellings() -> None:
    assert fuzzy_equal("Cpyrisht", "copyright", 2)
    assert fuzzy_equal("Copvright", "copyright", 2)
    assert not fuzzy_equal("Corporate", "copyright", 2)


_DATE_PIECES = st.sampled_from(
    [
        "Jan.", "January", "SEPTEMBER", "décembre", "Januar", "Junio", "le", "de", "DE",
        "1er", "5", "17", "6.", "6DE", "1911", "1894", "2008", "99", "0", "12345", ",", ".",
        " ", "  ", "Tuesday", "MARDI",
    ]
)  # fmt: skip


@settings(derandomize=True, max_examples=600)
@given(st.lists(_DATE_PIECES, min_size=1, max_size=8).map(" ".join))
def test_every_date_holds_a_year(text: str) -> None:
    # ``_latin_head`` refuses a line without a year before parsing a date out of it.
    assert parse_date(text) is None or YEAR.search(text) is not None


def test_a_year_alone_is_not_a_date() -> None:
    assert parse_date("Jan. 5, 1920") is not None
    assert parse_date("Jan. 5, 20") is None


def _fixture_lines() -> list[str]:
    root = Path(__file__).resolve().parent.parent / "fixtures"
    pages = sorted(root.glob("pages/*.txt")) + sorted(
        page for page in root.glob("heldout*/raw/*.txt") if page in READABLE_PAGES
    )
    return [line.strip() for page in pages for line in page.read_text("utf-8").splitlines()]


def test_running_text_is_spared_only_forms_it_cannot_take() -> None:
    # A line the shortcut passes over gets, from debris and the copyright test alone,
    # the form every pattern in their order would give it.
    spared = [
        line
        for line in _fixture_lines()
        if line and not CLAUSE.search(line) and not may_be_furniture(line)
    ]
    assert len(spared) >= 1000
    for line in spared:
        assert form_anywhere(line) is _printed_form(line, False, None, TUNING), line


@pytest.mark.parametrize(
    ("line", "may_be"),
    [
        ("Published every evening except Sunday", True),
        ("PUBLİSHED EVERY EVENİNG", True),
        ("Price Three Cents.", True),
        ("2020年12月10日 星期四", True),
        ("Home | News", True),
        ("the council met on Tuesday to discuss the", False),
        ("全省各地积极推进乡村振兴", False),
        # Capitals, a number or ``No`` at the start: only the forms' own openings.
        ("NEW YORK HERALD B12", True),
        ("THREE MEN KILLED IN", False),
        ("No. 156", True),
        ("Nobody saw the fire", False),
        ("5 cents", True),
        ("15 men were killed in the riot", False),
        ("Share this article", True),
        ("（来源：新华社）", True),
    ],
)
def test_what_may_be_furniture(line: str, may_be: bool) -> None:
    assert may_be_furniture(line) is may_be


#: ``printed._MAY_HOLD`` as first written: one branch a word, in no order of letters.
_ONE_WORD_A_BRANCH = re.compile(
    rf"1[6-9]\d\d|20\d\d|\(cc[ -]by|{printed._IMPRINT.lower()}"
    r"|publi|issued|erscheint|para[iî]|edition|edn|jahrgang|année|pri(?:ce|x)|preis|le num"
)


def test_the_words_grouped_by_first_letter_are_found_where_each_was() -> None:
    lines = [line.lower() for line in _fixture_lines()]
    found = 0
    for line in lines:
        held = printed._MAY_HOLD.search(line) is not None
        assert held == (_ONE_WORD_A_BRANCH.search(line) is not None), line
        found += held
    assert found >= 100


@given(st.text(alphabet="publiarîcexsdtonhjgmé 19620(cb-社出版", max_size=30))
def test_the_words_grouped_by_first_letter_are_found_in_any_text(text: str) -> None:
    assert (printed._MAY_HOLD.search(text) is None) == (_ONE_WORD_A_BRANCH.search(text) is None)


def test_an_ascii_line_holds_no_clause_mark() -> None:
    # form_anywhere asks an ASCII line no clause search: the marks are CJK's.
    assert CLAUSE.pattern == f"[{CJK_CLAUSE_MARKS}]"
    assert not any(mark.isascii() for mark in CJK_CLAUSE_MARKS)


#: Pieces of the forms' openings and of running text, Latin and CJK, for lines that
#: come near the pre-test's edges: capitals runs over labels, numbers and prices, issue
#: words, link and share words, jump words, brackets and CJK form words.
_LINE_PIECES = st.sampled_from(
    [
        "NEW", "YORK", "A12", "B3", "No", "No.", "Nr", "N°", "Vol", "XII", "156", "5", "1903",
        "$", "£", "cents", "CENTS", "p", "Page", "P.", "Home", "Share", "this", "Tweet",
        "Back to top", "Continued", "on", "from", "Suite", "Compiled", "from wire", "Wire",
        "reports", "(", "[", "（", "【", ">>", "»", "|", "·", "the", "men", "killed", ".",
        ",", " ", "  ", "第", "3", "版", "转", "来源", "：", "新华社", "责任编辑", "返回首页",
        "分享到", "é", "ſ", "Edition", "FINAL", "EDITION", "Price", "2020年", "12月",
    ]
)  # fmt: skip


@settings(derandomize=True, max_examples=1500)
@given(st.lists(_LINE_PIECES, min_size=1, max_size=8).map("".join))
def test_a_line_the_pretest_spares_takes_only_debris_and_credit_forms(text: str) -> None:
    line = text.strip()
    if line and not CLAUSE.search(line) and not may_be_furniture(line):
        assert form_anywhere(line) is _printed_form(line, False, None, TUNING)


def _starts_alike(line: str) -> bool:
    # The CJK-free opening pattern is the whole one on a line with no CJK character.
    if printed.HAS_CJK.search(line):
        return True
    whole = printed._MAY_START.match(line) is not None
    return whole == (printed._MAY_START_NO_CJK.match(line) is not None)


def test_the_cjk_free_opening_is_the_whole_one_on_fixture_lines() -> None:
    lines = _fixture_lines()
    assert sum(printed.HAS_CJK.search(line) is None for line in lines) >= 1000
    assert all(_starts_alike(line) for line in lines)


@settings(derandomize=True, max_examples=1500)
@given(st.lists(_LINE_PIECES, min_size=1, max_size=8).map("".join))
def test_the_cjk_free_opening_is_the_whole_one_on_any_line(text: str) -> None:
    assert _starts_alike(text)
