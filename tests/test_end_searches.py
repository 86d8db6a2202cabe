"""Searches cut short where a pattern cannot match give what the whole search gives.

A pattern anchored at a line's end (``$``) whose match is a few characters long is
searched only from where such a match can start (``regex.ends_with``); an announcing
line is asked for its pattern only when it ends at a colon; the glyphs pass replaces the
characters it finds instead of translating the text. These tests hold each to the slow
form, on every readable fixture line, on each fixture block read as one paragraph (as
rejoin's later rounds read them), and on generated text made of the characters the
patterns turn on.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import regex
from newsclean.page import announced
from newsclean.page import printed as pr
from newsclean.passes import glyphs
from newsclean.passes.rejoin import apart, verse
from tests.conftest import READABLE_PAGES

#: The module itself (``newsclean.page.describe`` is also the package's function).
describe = importlib.import_module("newsclean.page.describe")

#: (pattern, the longest match its module says it has, the shortcut).
_END_PATTERNS = [
    (verse._VERSE_END, verse._VERSE_END_CHARS),
    (verse._LATIN_VERSE_END, verse._LATIN_VERSE_END_CHARS),
    (apart._CLAUSE_END, apart._CLAUSE_END_CHARS),
    (describe._ENDS_CLAUSE, describe._ENDS_CLAUSE_CHARS),
]


def _texts() -> list[str]:
    """Every line of the readable fixture pages, and each block of lines as one text."""
    texts: set[str] = set()
    for page in READABLE_PAGES:
        text = page.read_text("utf-8", "replace")
        texts.update(text.splitlines())
        texts.update(block.replace("\n", " ") for block in text.split("\n\n"))
        texts.update(line + "\n" for line in text.splitlines()[:50])
    return sorted(texts)


TEXTS = _texts()
#: The whole search for an announcing line is quadratic in its words (what the colon
#: test spares most lines): it is compared on texts up to this long.
_LONGEST_ASKED = 400


def _same_ends(text: str) -> None:
    for pattern, longest in _END_PATTERNS:
        assert regex.ends_with(pattern, text, longest) == (pattern.search(text) is not None)
    assert verse._ends_phrase(text) == (verse._LATIN_VERSE_END.search(text) is not None)
    assert apart.ends_clause_or_dash(text) == (apart._CLAUSE_END.search(text) is not None)
    assert describe.ends_clause(text) == (describe._ENDS_CLAUSE.search(text) is not None)
    if len(text) <= _LONGEST_ASKED:
        assert announced.announces(text) == (pr.ANNOUNCING.search(text) is not None)


@pytest.mark.parametrize(("pattern", "longest"), _END_PATTERNS, ids=lambda p: str(p)[:30])
def test_longest_match_is_the_patterns_own(pattern: re.Pattern[str], longest: int) -> None:
    from re import _parser  # type: ignore[attr-defined]

    assert _parser.parse(pattern.pattern).getwidth()[1] == longest


def test_end_searches_on_fixture_text() -> None:
    assert len(TEXTS) > 5000
    ends = dict.fromkeys(("phrase", "clause", "announces", "cjk clause"), 0)
    for text in TEXTS:
        _same_ends(text)
        ends["phrase"] += verse._ends_phrase(text)
        ends["clause"] += apart.ends_clause_or_dash(text)
        ends["announces"] += announced.announces(text)
        ends["cjk clause"] += describe.ends_clause(text)
    # The fixture text holds lines of each kind, so the comparison above is not empty.
    assert min(ends.values()) > 0


@settings(max_examples=1500, derandomize=True)
@given(st.text(alphabet="ab Z,;:.!?–—-\"'”’)，。：:\n中文字", max_size=24))
def test_end_searches_on_generated_text(text: str) -> None:
    _same_ends(text)


def test_end_searches_refuse_what_the_patterns_refuse() -> None:
    # A mark inside the line, not at its end, ends no phrase or clause.
    assert not verse._ends_phrase("For Death, he kindly stopped for me")
    assert not apart.ends_clause_or_dash("And never stops - at all")
    assert verse._ends_phrase("Because I could not stop for Death –")
    assert apart.ends_clause_or_dash("That perches in the soul,\n")
    # A label is too short to announce, and a colon inside the line announces nothing.
    assert not announced.announces("Filed under:")
    assert not announced.announces("The caption said only: Home")
    assert announced.announces("The button on the lift said only one word:")
    assert announced.announces("按钮上只写着两个字：\n")


def _translated(text: str, keep_long_s: bool) -> str:
    table: dict[str, str | int | None] = {**(glyphs.KEEP_LONG_S if keep_long_s else glyphs.PLAIN)}
    return text.translate(str.maketrans(table))


@pytest.mark.parametrize("keep_long_s", [False, True])
def test_glyphs_replaced_as_the_translation_gives(keep_long_s: bool) -> None:
    replaced = 0
    for page in READABLE_PAGES:
        text = page.read_text("utf-8", "replace")
        fixed, _ = glyphs.repair(text, keep_long_s)
        plain = glyphs._unified_ideographs(text)[0]
        assert fixed == _translated(plain, keep_long_s)
        replaced += fixed != plain
    assert replaced > 0


@settings(max_examples=500, derandomize=True)
@given(st.text(alphabet="ﬀﬁﬂﬃﬄﬅﬆſst f", max_size=20), st.booleans())
def test_glyphs_replaced_on_generated_text(text: str, keep_long_s: bool) -> None:
    assert glyphs.repair(text, keep_long_s)[0] == _translated(text, keep_long_s)


def test_replaced_glyphs_leave_other_text() -> None:
    assert glyphs.repair("offset Straße 中文", False) == ("offset Straße 中文", Counter())
    assert glyphs.repair("Waſſer ﬁnden", True)[0] == "Waſſer finden"
