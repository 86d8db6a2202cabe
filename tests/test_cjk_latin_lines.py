"""Lines of accented Latin words turned away from the CJK repair before any reading
(:mod:`newsclean.cjk_mojibake.latin_lines`): only where the full repair, both rounds,
leaves the line as it is; and CJK mojibake whose bytes read as accented letters is
still repaired.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cjk_mojibake.fingerprints import latin_bytes
from newsclean.cjk_mojibake.latin_lines import in_latin_words, peels_to_nothing
from newsclean.cjk_mojibake.repair import _repair_line, refused

# Letters whose bytes pair up into hanzi, common and rare, fingerprints of a second round
# among them; cp1252's letters; letters with no Latin-1 byte (``ſ``, ``ő``, ``ł``).
_LETTERS = (
    "aeinrstlgkAEINRSTLGK" + "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿß" + "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"
)
_LETTERS += "ŠšŒœŽžŸƒſőł"
# What stands between words: spaces, marks with and without a cp1252 byte, digits (a
# GB18030 four-byte form is lead, digit, lead, digit), Catalan's ``l·l``.
_BETWEEN = [" ", " ", " ", ", ", ". ", "’", "-", "\xa0", " l·l ", "1", "19", "«", "»", "•"]


def _shaped(word: str, shape: int) -> str:
    return [word, word.lower(), word.upper(), word.title()][shape]


_ACCENTED = _LETTERS[20:]


def _lines(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    pairs = st.tuples(st.builds(_shaped, words, st.integers(0, 3)), st.sampled_from(_BETWEEN))
    return st.lists(pairs, min_size=1, max_size=8).map(
        lambda found: "".join(w + b for w, b in found).strip()
    )


# Any letters, and words as Latin text has them: ASCII letters around an accented one
# or two (most lines the module refuses are of these).
_ANY_LINES = _lines(st.text(alphabet=_LETTERS, min_size=1, max_size=9))
_WORD_LINES = _lines(
    st.builds(
        "".join,
        st.lists(
            st.one_of(st.sampled_from("aeinrstlgk"), st.sampled_from(_ACCENTED)),
            min_size=2,
            max_size=9,
        ),
    )
)


def _left_alone(line: str) -> bool:
    return _repair_line(line, 2) == (line, Counter())


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(_ANY_LINES)
def test_latin_lines_refused_only_where_left_alone(line: str) -> None:
    if refused(line):
        assert _left_alone(line), line


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(_WORD_LINES)
def test_latin_words_refused_only_where_left_alone(line: str) -> None:
    if refused(line):
        assert _left_alone(line), line


@pytest.mark.parametrize(
    "line",
    [
        "einen weit größeren Anteil am Weltmarkte unter offener deutscher",
        "Mutterlande erhalten und wird daraus die größten Vorteile ziehen.",
        "Amerikan suomalaisten työläisnaisten äänenkannattaja",
        "Bild des gemeinnüßigen Wirkens des betreffenden",
        "oro que la Compañía azucarera de Los Moehis, Sin., en",
        '"Gemeinnüßigen Veſellſhaft haben unter Anderem',
    ],
)
def test_accented_words_are_refused(line: str) -> None:
    data = latin_bytes(line)
    assert in_latin_words(line, data)
    assert peels_to_nothing(data)
    assert refused(line)
    assert _left_alone(line)


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Téléphone ÖÐÎÄ", "a word with no ASCII letter"),
        ("MéTéO du jour", "a word in no case"),
        ("prend garde d’éviter", "a cp1252 mark outside a word"),
        ("jäytää rikki", "äy is Big5 銛, which GBK reads from a UTF-8 lead byte"),
        ("Kapitel é1é2", "lead, digit, lead, digit: one GB18030 character"),
    ],
)
def test_lines_left_to_the_full_repair(line: str, why: str) -> None:
    data = latin_bytes(line)
    assert not (in_latin_words(line, data) and peels_to_nothing(data)), why


@pytest.mark.parametrize(
    ("mojibake", "repaired"),
    [
        # GBK read as Latin-1 or cp1252, every byte an accented letter.
        ("ÖÐÎÄ", "中文"),
        ("ÖÐÎÄ ÐÂÎÅ", "中文 新闻"),
        ("ÎÒÃÇµÄ¹ú¼Ò", "我们的国家"),
        ("ÉÌÌÀ¿Æ¼¼", "商汤科技"),
        ("Ó›ÕßˆóŒ§", "記者報導"),
        # Big5 read as Latin-1.
        ("°OªÌ³ø¾É", "記者報導"),
        ("¥xÆW·s»D", "台灣新聞"),
        # UTF-8 read as cp1252, and UTF-8 read as GBK.
        ("ä¸\xadæ–‡", "中文"),
        ("鍟嗘堡绉戞妧", "商汤科技"),
    ],
)
def test_cjk_mojibake_still_repaired(mojibake: str, repaired: str) -> None:
    assert not refused(mojibake)
    assert _repair_line(mojibake, 2)[0] == repaired
