"""decode on the short texts and the signs that codecs misread: a Cyrillic line with a
sign in KOI8-R or cp866, and their negatives (texts that must keep their reading).

Each case was read wrongly before; each has its negative.
"""

from __future__ import annotations

import pytest

from newsclean.alphabet_codecs import reads_as_text
from newsclean.passes.decode import decode_bytes
from newsclean.plausibility import COMMON, LETTER, char_cost, cost, reading_cost

#: Short Russian lines, one with a sign beside a number, as a weather box or a
#: headline has them.
SHORT_RUSSIAN = (
    "Температура 23°C\n",
    "Температура воздуха 23°C, ветер слабый.\n",
    "Лев Толстой\n",
    "Передо мной явилась ты,\n",
    # Small letters, which cp1256 reads as Arabic ones.
    "через реку.\n",
    "Дети, я собираюсь рассказать\n",
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
        # Arabic, whose commonest letters are Cyrillic capitals in KOI8-R.
        ("القاهرة هي عاصمة مصر.\n", "cp1256"),
        ("قال الرئيس إن الاقتصاد نما.\n", "cp1256"),
    ],
)
def test_latin_cp1251_and_arabic_lines_keep_their_codec(text: str, codec: str) -> None:
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


@pytest.mark.parametrize("text", ["人々の暮らし\n", "時々雨が降る。\n", "日々の生活と人々。\n"])
def test_an_iteration_mark_in_euc_jp_is_not_read_as_gbs_closing_bracket(text: str) -> None:
    # (GB 2312 reads EUC-JP's ``々`` as ``」``: ``客」の孰らし`` cost less before.)
    assert decode_bytes(text.encode("euc_jp"))[:2] == (text, "euc_jp")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Negatives: brackets closed, a quotation over two paragraphs that opens each
        # and closes the last, a list numbered with ``）``, Japanese in GB18030.
        ("他说：「我们明天去。」\n", "gb18030"),
        ("他说：「我们明天去。\n\n「后天也去。」\n", "gb18030"),
        ("1）第一个问题\n2）第二个问题\n", "gb18030"),
        ("【北京】电 《人民日报》报道。\n", "gb18030"),
        ("彼は「はい」と言った。\n", "gb18030"),
        ("彼は「はい」と言った。\n", "euc_jp"),
    ],
)
def test_cjk_texts_whose_brackets_open_before_they_close_keep_their_codec(
    text: str, codec: str
) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("客」の", LETTER),
        ("好」。」", 2 * LETTER),
        # Negatives: closed, opened alone, a list's number.
        ("「好」", COMMON),
        ("「好", COMMON),
        ("1）第一", COMMON),
    ],
)
def test_a_closing_bracket_that_nothing_opened_costs_a_letter(text: str, extra: float) -> None:
    assert reading_cost(text) == cost(text) + extra


@pytest.mark.parametrize(
    "text",
    [
        "The fee is £5 a year.\n",
        "Price: £120, ¢50, ¬x\n",
        "Tickets: £12, concessions £8; the loss was −5 on the night.\n",
    ],
)
def test_a_latin_text_in_cp932_is_read_by_the_jis_standards_table(text: str) -> None:
    # (cp932 reads its pound sign back as ``￡``; this text was Mac Cyrillic's, cp852's
    # or GB's before: ``亽120, 亼50``.)
    raw = text.encode("cp932")
    assert decode_bytes(raw)[:2] == (text, "shift_jis")
    assert text.encode("shift_jis") == raw


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Negatives: Japanese text keeps the table Windows reads it by, fullwidth
        # sign and all; a sign beside a character only cp932 has (NEC's ``①``); a
        # Big5 text, whose own standard table reads ``£``.
        ("会費は年￡5です。\n", "cp932"),
        ("ＮＨＫ　受信料　￥１，１００\n", "cp932"),
        ("① The fee is ￡5 a year.\n", "cp932"),
        ("Offering 5×£35 pin ups\n", "big5hkscs"),
    ],
)
def test_japanese_and_big5_texts_keep_their_tables(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


@pytest.mark.parametrize(("fullwidth", "latin"), [("￡", "£"), ("￠", "¢"), ("￥", "¥")])
def test_a_fullwidth_sign_is_priced_as_its_latin_one(fullwidth: str, latin: str) -> None:
    assert char_cost(fullwidth) == char_cost(latin)
    # Beside another sign too: Big5-HKSCS's ``×£`` against cp950's ``×￡``.
    assert cost(f"5×{fullwidth}3") == cost(f"5×{latin}3")


@pytest.mark.parametrize(
    "raw",
    [
        # Negatives: braces of ASCII that read as one GB 2312 character no Latin text
        # holds (fullwidth ``＃``, Greek ``α``, pinyin ``ī``, Cyrillic ``п``), and the
        # ``~{`` of templates, format strings and keys met in real code, which open no
        # span ``~}`` closes.
        b"tmpl ~{##~} x\n",
        b"ratio ~{&A~} here\n",
        b"~{()~}\n",
        b'(format t "~{\'a~}")\n',
        b'(format t "~{~a~^, ~}" xs)\n',
        b'<div th:replace="~{fragments/header :: header}"></div>\n',
        b"if ~{!defined(vcfs_idx)}; then\n",
        b'return f"~{(n or 0) / 1000:.1f}K"\n',
        b"'-bG+](DaFcvpX3K.{!`/)5~{!G.u}q87HzX^up>]g/:[J5B'\n",
    ],
)
def test_ascii_whose_braces_read_as_no_latin_character_stays_ascii(raw: bytes) -> None:
    assert decode_bytes(raw)[:2] == (raw.decode(), "utf-8")


@pytest.mark.parametrize("text", ["He said so…\n", "It was 23°C.\n", "Zürich\n"])
def test_a_latin_text_in_hz_with_one_character_cp1252_holds_is_read(text: str) -> None:
    assert decode_bytes(text.encode("hz"))[:2] == (text, "hz")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("いに同胞", "utf-16-le"),
        ("到繁體", "utf-16-le"),
        ("「滑鼠」", "utf-16-be"),
        ("发表", "utf-16-be"),
    ],
)
def test_utf16_cjk_whose_bytes_are_utf8_that_is_no_text_is_read_as_utf16(
    text: str, codec: str
) -> None:
    # (Strict UTF-8 took them: ``D0k0\x0cTހ``, ``Sшh``.)
    raw = text.encode(codec)
    raw.decode("utf-8")
    assert decode_bytes(raw)[:2] == (text, codec)


@pytest.mark.parametrize(
    "text",
    [
        # Negatives: short UTF-8 words of other scripts and of Chinese beside Latin,
        # Hebrew points alone, and UTF-16 whose bytes are all ASCII (``杜甫`` in
        # UTF-16-BE), which is read as the ASCII it is.
        "да",
        "Ёлка",
        "αβ",
        "naïve",
        "A股",
        "ְ ֱ",
        "g\\u+",
        "%f\x1bg",
    ],
)
def test_short_utf8_stays_utf8(text: str) -> None:
    assert decode_bytes(text.encode())[:2] == (text, "utf-8")
