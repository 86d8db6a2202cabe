"""Searches skipped where they cannot find anything give what the searches give.

Each shortcut here stands before a pattern that needs something the text does not hold
(a Han character, a word of a branch): the tests hold it to the full pattern on every
readable fixture page and line, and on generated text made of the characters the
pattern turns on.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import chardata, dehyphenate
from newsclean.passes import punctuation
from tests.conftest import READABLE_PAGES

PAGES = [page.read_text("utf-8", errors="replace") for page in READABLE_PAGES]
LINES = [line.strip() for page in PAGES for line in page.splitlines() if line.strip()]


def _repaired(text: str) -> str:
    return punctuation._repair_chinese(text, Counter())


# --- punctuation: no Han, no repair ---------------------------------------------------


def test_han_free_pages_and_lines_need_no_repair() -> None:
    han_free = [text for text in PAGES + LINES if not chardata.has_han(text)]
    assert len(han_free) > 1000  # the Latin pages and lines are asked
    assert [_repaired(text) for text in han_free] == han_free


def test_han_found_as_the_class_search_finds_it() -> None:
    assert [chardata.has_han(t) for t in PAGES + LINES] == [
        chardata.HAS_HAN.search(t) is not None for t in PAGES + LINES
    ]


_PUNCTUATION_PIECES = st.sampled_from(
    ["中", "文", "𠀀", "ア", "한", "a", "Z", "1", ",", ";", ":", "?", "!", ".", "(", ")",
     " ", "\t", "\n", "“", "《", "（", "，"]
)  # fmt: skip


@settings(max_examples=2000, derandomize=True)
@given(st.lists(_PUNCTUATION_PIECES, max_size=14).map("".join))
def test_repair_skipped_only_without_han(text: str) -> None:
    assert chardata.has_han(text) == (chardata.HAS_HAN.search(text) is not None)
    if not chardata.has_han(text):
        assert _repaired(text) == text


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("数字化平台, 激活", "数字化平台，激活"),  # beside Han: repaired
        ("𠀀.中", "𠀀。中"),  # a Han character beyond the BMP counts
        ("Paris, London; 1,000 (sic).", "Paris, London; 1,000 (sic)."),  # no Han: kept
        ("ソウル, 東京", "ソウル, 東京"),  # kana beside the mark is no Han
    ],
)
def test_repair_beside_han_only(text: str, repaired: str) -> None:
    assert punctuation.repair(text)[0] == repaired


# --- a sentence's end, searched in the text's tail ------------------------------------


def test_sentence_tail_holds_every_space() -> None:
    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert spaces <= set(chardata._SENTENCE_TAIL)


def test_ends_sentence_as_the_search_on_fixture_text() -> None:
    texts = PAGES + LINES + [" ".join(LINES[i : i + 20]) for i in range(0, len(LINES), 20)]
    found = [chardata.ENDS_SENTENCE.search(t) is not None for t in texts]
    assert [chardata.ends_sentence(t) for t in texts] == found
    assert 1000 < sum(found) < len(texts)  # both answers are asked


_TAIL_PIECES = st.sampled_from(
    ["a", "中", ".", "。", "!", "?", ";", "．", "”", "’", "'", '"', ")", "）", "》", ",", "-",
     " ", "\n", "\t", "\u3000", "\u2003", "\x85", "x.", "\n\n"]
)  # fmt: skip


@settings(max_examples=3000, derandomize=True)
@given(st.lists(_TAIL_PIECES, max_size=12).map("".join))
def test_ends_sentence_as_the_search_on_generated_text(text: str) -> None:
    assert chardata.ends_sentence(text) == (chardata.ENDS_SENTENCE.search(text) is not None)


# --- display width: the runs of wide characters sought after the first one -------------


def _width_by_runs(line: str) -> int:
    wide = sum(map(len, chardata._WIDE_RUN.findall(line)))
    if wide:
        wide += line.count("…") + line.count("—")
    # Combining marks take no cell: every character tested, where ``_width`` tests only
    # the runs of characters that may be marks.
    marks = sum(
        2 if chardata._WIDE.match(ch) else 1 for ch in line if unicodedata.category(ch)[0] == "M"
    )
    return len(line) + wide - marks


def test_width_as_the_runs_give_on_fixture_text() -> None:
    texts = PAGES + LINES
    assert [chardata._width(t) for t in texts] == [_width_by_runs(t) for t in texts]


@settings(max_examples=2000, derandomize=True)
@given(st.text(alphabet="a中，—…\u3000 ｆ한\U00020001·é\u0301\u093f\u3099क", max_size=30))
def test_width_as_the_runs_give_on_generated_text(text: str) -> None:
    assert chardata._width(text) == _width_by_runs(text)


# --- dehyphenate: a ``?`` written for a hyphen, sought from each ``?⏎`` ------------------


def _question_breaks_by_search(text: str) -> list[tuple[int, str, str]]:
    return [(m.end(1), m.group(1), m.group(2)) for m in dehyphenate._QUESTION_BREAK.finditer(text)]


def test_question_breaks_as_the_search_on_fixture_text() -> None:
    texts = [*PAGES, "Ver?\nsammlung und Ge?\nmeinde, die Kir?\nche?\n?\nOb?\nEr", "Was?\nWarum"]
    found = [_question_breaks_by_search(t) for t in texts]
    assert [dehyphenate._question_breaks(t) for t in texts] == found
    assert found[-2]  # words broken at ``?``
    assert not found[-1]  # a question before a capital


_QUESTION_PIECES = st.sampled_from(
    ["a", "Zé", "ſ", "ß", "?", "\n", " ", "\t", "?\n", "x?\ny", "1", "-", "B", "中", "ǿ", "ɐ"]
)


@settings(max_examples=500, derandomize=True)
@given(st.lists(_QUESTION_PIECES, max_size=14).map("".join))
def test_question_breaks_as_the_search_on_generated_text(text: str) -> None:
    assert dehyphenate._question_breaks(text) == _question_breaks_by_search(text)
