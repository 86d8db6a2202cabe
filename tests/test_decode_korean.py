"""decode on files in a Korean codec (cp949, johab) that hold Japanese or Chinese,
which a Latin codec's reading of their byte pairs undercut (``newsclean.korean_codecs``),
and the negatives: Latin text, and CJK text in its own codecs, that keep their readings.
"""

from __future__ import annotations

import pytest

from newsclean.korean_codecs import holds_letter_run
from newsclean.passes.decode import decode_bytes

#: Japanese and Chinese as a Korean file holds them (each came back as cp1250, cp1254,
#: iso8859_2 or Mac Roman).
KOREAN_FILES_OF_CJK = (
    "ごん狐\n\n新美南吉\n\n\u3000これは、私が小さいときに、村の茂平というおじいさんから"
    "きいたお話です。\n",
    "ＮＨＫの番組は午後７時から放送されます。\n",
    "吾輩は猫である。名前はまだ無い。\n",
    "臺北是臺灣最大的城市之一。\n",
    "（中央社記者李明台北5日電）行政院今天召開院會。\n",
)


@pytest.mark.parametrize("codec", ["cp949", "johab"])
@pytest.mark.parametrize("text", KOREAN_FILES_OF_CJK)
def test_japanese_or_chinese_in_a_korean_codec_is_read_in_it(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


def test_a_chinese_name_in_a_cp949_table_is_read_in_it() -> None:
    # (cp1250 read it as ``ÝÁĚČ``: four Czech capitals, a letter out of place in none.)
    text = (
        "date,city,temperature,rain\n2023-12-05,Berlin,3.5,0.2\n2023-12-05,Paris,7.1,1.4\n"
        "2023-12-05,北京,-2.0,0.0\n"
    )
    assert decode_bytes(text.encode("cp949"))[:2] == (text, "cp949")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Negatives: Latin prose, and Estonian's four vowels side by side, whose johab
        # reading is CJK (``J擡擡r``) that makes no word; Chinese and Japanese in their
        # own codecs, whose cp949 reading is hangul; Korean.
        ("Le cœur a ses raisons que la raison ne connaît point. Où êtes-vous?\n", "cp1252"),
        ("Größere Straßenbahnen fahren über die Brücke nach Köln.\n", "cp1252"),
        ("Þjóðin á sér rætur í íslenskri menningu og sögu.\n", "cp1252"),
        ("Türkiye'nin başkenti Ankara'dır; İstanbul büyük bir şehirdir.\n", "cp1254"),
        ("Jäääär on see koht, kus jää lõpeb ja öö algab.\n", "cp1252"),
        ("北京\n", "gb18030"),
        ("上海市人民政府\n", "gb18030"),
        ("臺北市政府\n", "big5hkscs"),
        ("吾輩は猫である。名前はまだ無い。\n", "euc_jp"),
        ("吾輩は猫である。\n", "cp932"),
        ("서울시 교육청은 오늘 새 학기 계획을 발표했다.\n", "cp949"),
    ],
)
def test_latin_and_cjk_texts_keep_their_readings(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-12-05,ÝÁĚČ,-2.0", True),
        ("£Î£È£ËªÎÛãğÚªÏ", True),
        # Negatives: Vietnamese in cp1258 (two vowels and a tone mark, after a
        # capital), German, Estonian's three vowels, capitals of a title.
        ("Đươ\u0300ng phô\u0301", False),
        ("NGƯƠ\u0300I", False),
        ("Größe", False),
        ("jääär", False),
        ("ÉTÉ À PARIS", False),
    ],
)
def test_a_run_of_letters_beyond_ascii_is_no_latin_word(text: str, expected: bool) -> None:
    assert holds_letter_run(text) is expected
