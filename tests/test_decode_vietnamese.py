"""decode on Vietnamese in cp1258 (``newsclean.latin_codecs``), and its neighbours.

cp1258 writes most toned letters as a letter and a combining tone (``ộ`` is ``ô`` and a
dot below), which read in any other Latin codec as two accented letters side by side
(``Nôòi``); such a reading was taken, and a headline of capitals went to iso8859_16.
Each neighbour codec's text must keep its reading: Vietnamese's alphabet holds most of
Latin-1's vowels, so it counts for cp1258's reading alone.
"""

from __future__ import annotations

import io
import unicodedata

import pytest

from newsclean.latin_codecs import out_of_place
from newsclean.passes.decode import decode_bytes

#: The tone marks cp1258 has as combining characters.
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """``text`` as Windows writes it in cp1258: a toned letter the code page lacks is
    its base letter (with circumflex, breve or horn) and a combining tone."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in marks if c not in _TONES))
            out += (base + "".join(c for c in marks if c in _TONES)).encode("cp1258")
    return bytes(out)


#: Sentences in the style of Vietnamese news, written for these tests.
VIETNAMESE = [
    "Thủ tướng Chính phủ yêu cầu các bộ, ngành khẩn trương triển khai các giải pháp "
    "phòng chống bão lũ tại các tỉnh miền Trung.\n",
    "Theo Tổng cục Thống kê, kim ngạch xuất khẩu của Việt Nam trong quý đạt hơn 90 tỷ "
    "đô la, tăng 12% so với cùng kỳ năm trước.\n",
    "Giá xăng dầu tăng lần thứ ba liên tiếp\n",
    "ĐỘI TUYỂN VIỆT NAM VÀO CHUNG KẾT\n",
    "Hà Nội mưa to\n",
]


@pytest.mark.parametrize("text", VIETNAMESE, ids=["prose", "figures", "title", "capitals", "short"])
def test_vietnamese_in_cp1258_is_read_composed(text: str) -> None:
    raw = cp1258(text)
    assert raw != text.encode("cp1258", errors="replace")
    assert decode_bytes(raw)[:2] == (text, "cp1258")


def test_a_forced_cp1258_is_composed_too() -> None:
    assert decode_bytes(cp1258("Hà Nội\n"), "cp1258").text == "Hà Nội\n"


#: Negatives: each neighbour codec's language, with the bytes cp1258 reads otherwise
#: (Italian ``ò`` after a vowel is a dot below there, Portuguese ``ã õ`` are ``ă ơ``,
#: Icelandic ``ð þ ý`` are ``đ ₫ ư``, Turkish ``ı ş ğ`` are ``ư ̃ đ``).
NEIGHBOURS = [
    ("Però il sindaco ha detto che ciò non può bastare: la città aspetta più fondi.\n", "cp1252"),
    ("O governo não aprovou as alterações às regras de imigração, disse o ministro.\n", "cp1252"),
    ("Ríkisstjórnin samþykkti í gær að hækka laun kennara, sagði ráðherrann.\n", "cp1252"),
    ("L'été sera chaud à Paris : où irez-vous en août, près de la forêt ?\n", "cp1252"),
    ("Die Bundesregierung will die Förderung für Wärmepumpen kürzen, heißt es.\n", "cp1252"),
    ("Rada miasta przyjęła w środę plan budowy nowego mostu na Wiśle.\n", "cp1250"),
    ("Rada miasta przyjęła w środę plan budowy nowego mostu na Wiśle.\n", "iso8859_2"),
    ("Hükümet, asgari ücrete yılın ikinci yarısında zam yapılacağını açıkladı.\n", "cp1254"),
    ("Hükümet, asgari ücrete yılın ikinci yarısında zam yapılacağını açıkladı.\n", "iso8859_9"),
    ("Guvernul a aprobat ieri bugetul pentru învăţământ şi sănătate.\n", "cp1250"),
    ("Seimas priėmė įstatymą dėl šildymo kainų mažinimo.\n", "cp1257"),
]


@pytest.mark.parametrize(("text", "codec"), NEIGHBOURS)
def test_the_neighbour_codecs_keep_their_readings(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding != "cp1258"


def test_vietnamese_letters_count_for_cp1258_alone() -> None:
    # ``ý à ù``: Polish in cp1257 read as cp1252, which only Vietnamese would explain.
    assert out_of_place("powaýni ýyjàcy wùasnych") == 2
    assert out_of_place("powaýni ýyjàcy wùasnych", "cp1252") == 2
    assert out_of_place("powaýni ýyjàcy wùasnych", "cp1258") == 0
    assert out_of_place("Hà Nội mưa to", "cp1258") == 0
    # A tone with no letter to sit on is out of place.
    assert out_of_place("Hà N\u0323i", "cp1258") == 1


@pytest.mark.parametrize("read_bytes", [1, 2, 3, 7])
def test_a_stream_composes_a_tone_read_apart_from_its_letter(
    monkeypatch: pytest.MonkeyPatch, read_bytes: int
) -> None:
    from newsclean import stream

    monkeypatch.setattr(stream, "DETECT_BYTES", 4)
    monkeypatch.setattr(stream, "READ_BYTES", read_bytes)
    text = "Người đường phố\r\nHà Nội\n"
    pieces = stream.decoded_pieces(io.BytesIO(cp1258(text)), "cp1258")
    assert "".join(piece for _, piece in pieces) == "Người đường phố\nHà Nội\n"


def test_a_stream_in_another_codec_keeps_its_marks() -> None:
    from newsclean import stream

    # A combining mark written as such (ISO 8859-1 has none; UTF-8 here) stays.
    raw = "Cafe\u0301\n".encode()
    assert "".join(p for _, p in stream.decoded_pieces(io.BytesIO(raw))) == "Cafe\u0301\n"
