"""The CJK repair's cheap refusal leaves alone only what the full repair leaves alone.

``cjk_mojibake.repair.refused`` turns a line away before any reading is made; it must be
a necessary condition of a repair and nothing more. These tests hold it to the full
path on every line of the fixture pages and on generated text made of what the codecs
turn on: accented letters, cp1252 punctuation, no-break spaces, digits (GB18030's four
bytes), C1 controls, U+FFFD, CJK, and pieces of real mojibake of every kind the package reverses.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cjk_mojibake.repair import _repair_line, refused
from tests.conftest import READABLE_PAGES

PAGES = READABLE_PAGES

_CHARS = "adeEcstT0139@_,.-' \xa0\x81\x85\x93ÉÈÀÇÊÔÃÂàéèçêôüßñ×÷¤¥¼¿©°«»’—…€œﬁ中文閏"
_PIECES = [
    "décès",
    "à",
    "été",
    "MÉTÉO",
    "Dépêche",
    "ÉÌÌÀ¿Æ¼¼",
    "¤¤¤å",
    "¥x¥_",
    "MAÇÃ",
    "Ã©",
    "â€™",
    "å¹´",
    "Â¥tÂ¥~",
    "鍟嗘堡",
    "\xa0",
    " ",
    "x",
    "1",
    "é1",
    "\x81",
    "\ufffd",
]


def _left_alone(line: str) -> bool:
    return _repair_line(line, 2) == (line, Counter())


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_fixture_lines(page: Path) -> None:
    for line in page.read_text("utf-8", errors="replace").splitlines():
        if refused(line):
            assert _left_alone(line), line


@settings(max_examples=1000, derandomize=True)
@given(st.text(alphabet=_CHARS, max_size=30))
def test_generated_characters(line: str) -> None:
    if refused(line):
        assert _left_alone(line)


@settings(max_examples=1000, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_generated_pieces(line: str) -> None:
    if refused(line):
        assert _left_alone(line)


@pytest.mark.parametrize(
    "line",
    [
        "Il est arrivé à Paris, où l’été fut chaud.",
        "Déjà là",
        "La famille a la douleur de vous faire part du décès de Mme Dupré.",
    ],
)
def test_accented_latin_is_refused(line: str) -> None:
    assert refused(line)


@pytest.mark.parametrize("line", ["ÉÌÌÀ¿Æ¼¼", "¤¤¤å", "¥x¥_", "ä¸­æ–‡", "décès 中文"])
def test_mojibake_is_not_refused(line: str) -> None:
    assert not refused(line)
