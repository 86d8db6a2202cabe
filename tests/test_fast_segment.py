"""The faster forms of segment's and the nameplate forms' searches give what the first
forms gave.

``page.forms._reads_as`` finds the words a token may read as through an index of their
spellings with letters deleted, where it first tried the edit-distance table against
every word; these tests hold it to the table on every token of the fixture pages and on
generated near-spellings of the words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.page import forms
from newsclean.page.forms import _fuzzy_equal, _ocr_slips

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "fixtures").glob("**/*.txt"))

#: Every word set the garbled forms read tokens against.
_VOCABULARIES = (
    forms._MONTH_NAMES,
    forms._WEEKDAY_NAMES,
    forms._PRICE_WORDS,
    forms._PRICE_ENDS,
    forms._COINS,
    forms._ISSUE_WORDS,
)


def _reads_as_by_table(token: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    """The first form: the edit-distance table against every word."""
    letters = token.translate(forms._LETTER_SHAPES)
    return any(_fuzzy_equal(letters, w, _ocr_slips(w)) for w in words)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_reads_as_on_fixture_tokens(page: Path) -> None:
    tokens = set(forms._TOKEN.findall(page.read_text("utf-8", errors="replace")))
    for words in _VOCABULARIES:
        for token in tokens:
            assert forms._reads_as(token, words) == _reads_as_by_table(token, words), token


#: The letters of the words, the digits OCR reads for letters, case, and characters
#: whose lower case is longer (``İ``) or not ASCII.
_NEAR_WORDS = st.text(alphabet="januarychesdmbtpioflwkvzJANUCS0123568İéß", max_size=14)


@settings(max_examples=3000, derandomize=True)
@given(_NEAR_WORDS, st.sampled_from(range(len(_VOCABULARIES))))
def test_reads_as_on_generated_tokens(token: str, which: int) -> None:
    words = _VOCABULARIES[which]
    assert forms._reads_as(token, words) == _reads_as_by_table(token, words)


@settings(max_examples=2000, derandomize=True)
@given(st.sampled_from(sorted(forms._MONTH_NAMES | forms._WEEKDAY_NAMES)), st.data())
def test_reads_as_on_slipped_words(word: str, data: st.DataObject) -> None:
    # A word with a few letters deleted, doubled or put for others: near the edge of
    # the slips it may carry.
    chars = list(word)
    for _ in range(data.draw(st.integers(0, 3))):
        i = data.draw(st.integers(0, len(chars)))
        edit = data.draw(st.sampled_from(["delete", "insert", "replace"]))
        if edit == "delete" and i < len(chars):
            del chars[i]
        elif edit == "insert":
            chars.insert(i, data.draw(st.sampled_from("aeiou0l1X")))
        elif i < len(chars):
            chars[i] = data.draw(st.sampled_from("aeiou0l1X"))
    token = "".join(chars)
    for words in _VOCABULARIES:
        assert forms._reads_as(token, words) == _reads_as_by_table(token, words), token
