"""decode on the short texts and the signs that codecs misread: a Cyrillic line with a
sign in KOI8-R or cp866, and their negatives (texts that must keep their reading).

Each case was read wrongly before; each has its negative.
"""

from __future__ import annotations

import pytest

from newsclean.alphabet_codecs import reads_as_text
from newsclean.passes.decode import decode_bytes

#: Short Russian lines, one with a sign beside a number, as a weather box or a
#: headline has them.
SHORT_RUSSIAN = (
    "Температура 23°C\n",
    "Температура воздуха 23°C, ветер слабый.\n",
    "Лев Толстой\n",
    "Передо мной явилась ты,\n",
)


@pytest.mark.parametrize("codec", ["koi8_r", "koi8_u", "cp866"])
@pytest.mark.parametrize("text", SHORT_RUSSIAN)
def test_a_short_cyrillic_line_is_read_in_the_codec_whose_words_it_makes(
    text: str, codec: str
) -> None:
    # (Read as Mac Roman before: ``Ù≈Õ–≈“¡‘’“¡ 23úC``, a Latin reading with few
    # letters and most of its characters signs standing inside words.)
    assert_read_back(text, codec)


def assert_read_back(text: str, codec: str) -> None:
    """``text`` in ``codec`` comes back as it went in, read by ``codec`` or by a codec
    that reads its bytes the same (KOI8-U for KOI8-R, cp1125 for cp866)."""
    raw = text.encode(codec)
    decoded = decode_bytes(raw)
    assert decoded.text == text
    assert raw.decode(decoded.encoding) == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Negatives: Latin texts whose letters beyond ASCII stand in words of ASCII
        # letters, and one whose only words beyond ASCII are one letter each.
        ("À bientôt : 23°C à Paris.\n", "mac_roman"),
        ("Sim, É verdade. À tarde vamos à praia, 23°C.\n", "cp1252"),
        ("Fußball: Düsseldorf gewinnt 3–1 bei 23°C.\n", "cp1252"),
        ("Temperatura 23°C, vjetar slab, sutra kiša.\n", "cp1250"),
        ("Температура 23°C\n", "cp1251"),
    ],
)
def test_latin_and_cp1251_lines_with_a_sign_keep_their_codec(text: str, codec: str) -> None:
    assert_read_back(text, codec)


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("Температура 23°C", True),
        ("© 1987 Лев Толстой", True),
        # Negatives: a degree sign inside a word, a copyright sign glued to one: no
        # sign's place, so the word is judged and is no Cyrillic word.
        ("Темпе°ратура", False),
        ("Толстой©", False),
    ],
)
def test_a_word_of_signs_in_their_place_is_left_out_of_the_judgement(
    text: str, speaks: bool
) -> None:
    assert reads_as_text(text) is speaks
