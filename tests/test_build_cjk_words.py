"""The one CJK word-list builder (``tools/build_cjk_words.py``): which words each
language's list keeps, and that the shipped files carry the header it writes."""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest

pytest.importorskip("wordfreq")

from tools.build_cjk_words import LISTS

DATA = Path(__file__).resolve().parents[1] / "newsclean" / "data"


def _kept(language: str, word: str) -> bool:
    spec = LISTS[language]
    return spec.word.fullmatch(word) is not None and (
        spec.holds is None or spec.holds.search(word) is not None
    )


@pytest.mark.parametrize(
    ("language", "word", "kept"),
    [
        ("zh", "经济", True),
        ("zh", "人民日报", True),
        ("ja", "古池", True),
        ("ja", "飛び込む", True),
        # Negative: kana are no Chinese word, and a Japanese word of kana alone reads the
        # same in either double-byte codec, so it tells nothing.
        ("zh", "ひらがな", False),
        ("ja", "ひらがな", False),
        # Negative: one character, or more than four, is no word either list keeps.
        ("zh", "经", False),
        ("ja", "中華人民共和国", False),
    ],
)
def test_each_list_keeps_its_languages_words(language: str, word: str, kept: bool) -> None:
    assert _kept(language, word) is kept


@pytest.mark.parametrize("language", sorted(LISTS))
def test_the_shipped_file_is_what_the_builder_writes(language: str) -> None:
    # Its header names the list and wordfreq's release (and, where the builder adds
    # them, the source and licence), and every word in it is one the builder keeps.
    spec = LISTS[language]
    path = DATA / f"{spec.stem}_words.txt.xz"
    header, *words = lzma.decompress(path.read_bytes()).decode("utf-8").split("\n")
    assert header.startswith(f"newsclean-{spec.stem}-words wordfreq-")
    assert header.endswith(spec.header_tail)
    assert words == sorted(words)
    assert all(_kept(language, w) for w in words)
