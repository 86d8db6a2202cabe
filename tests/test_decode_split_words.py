"""decode on a Latin text in capitals that a double-byte codec's reading cut into hanzi
and ASCII letters (:mod:`newsclean.split_words`), and the texts that keep their codec:
CJK beside Latin letters, Icelandic, Turkish, Vietnamese, Cyrillic."""

from __future__ import annotations

import pytest

from newsclean.passes.decode import decode_bytes
from newsclean.split_words import latin_reading
from tests.test_decode_vietnamese import cp1258


@pytest.mark.parametrize(
    ("text", "raw", "codec"),
    [
        # Read as GB18030 before: ``軸AFJ諶蠻R``.
        ("ÝSAFJÖRÐUR\n", "ÝSAFJÖRÐUR\n".encode("cp1252"), "cp1252"),
        ("ÍSAFJÖRÐUR OG ÞINGEYRI\n", "ÍSAFJÖRÐUR OG ÞINGEYRI\n".encode("cp1252"), "cp1252"),
        # Read as GB18030 before: ``VI黍T NAM 性蘊G``.
        ("VIỆT NAM ĐỒNG\n", cp1258("VIỆT NAM ĐỒNG\n"), "cp1258"),
    ],
    ids=["is-capitals", "is-capitals-two-words", "vi-capitals"],
)
def test_latin_capitals_cut_into_hanzi_are_read_as_latin(text: str, raw: bytes, codec: str) -> None:
    decoded = decode_bytes(raw)
    assert (decoded.text, decoded.encoding) == (text, codec)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # CJK beside Latin letters, in words.
        ("iPhone手机App\n", "gb18030"),
        ("A股 and B股 rose.\n", "gb18030"),
        ("卡拉OK厅\n", "gb18030"),
        ("用iPhone拍照\n", "big5hkscs"),
        ("T恤衫\n", "big5hkscs"),
        ("PM2.5指數\n", "big5hkscs"),
        # cp932's 李四 took an ``l``: Mac Roman's ``óõél``, three letters side by side.
        ("李四 09:15\n", "cp932"),
        # Icelandic stays Icelandic, Turkish Turkish, Vietnamese Vietnamese.
        ("ÞAÐ ER ÞAR\n", "cp1252"),
        ("Það er þar.\n", "cp1252"),
        ("İSTANBUL'DA ŞİDDETLİ YAĞMUR\n", "cp1254"),
        ("МОСКВА СЕГОДНЯ\n", "cp1251"),
    ],
)
def test_texts_of_their_own_codec_keep_it(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_clean_vietnamese_keeps_cp1258() -> None:
    text = "Hà Nội là thủ đô.\n"
    decoded = decode_bytes(cp1258(text))
    assert (decoded.text, decoded.encoding) == (text, "cp1258")


@pytest.mark.parametrize(
    ("raw", "picked"),
    [
        # Too little evidence: Big5's ``X万Y`` is cp1252's ``XÉEY``, two letters.
        ("X万Y".encode("big5hkscs"), "big5hkscs"),
        # GBK's own dash, whose trail byte is ``C``: cp1257's ``3ØC1``, no CJK cut.
        ("3–1 and 0–0 and 2–4".encode("gb18030"), "gb18030"),
        # A single-byte pick is not in question.
        ("ÝSAFJÖRÐUR".encode("cp1252"), "cp1252"),
    ],
)
def test_latin_reading_leaves_what_is_no_cut_word(raw: bytes, picked: str) -> None:
    assert latin_reading(raw, picked, True, {picked: raw.decode(picked)}) == picked
