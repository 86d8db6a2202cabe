"""A Korean codec's file of Japanese or Chinese, which a Latin codec's reading undercut.

Defect: EUC-KR (cp949) and johab hold kana, hanja and fullwidth forms besides hangul,
so a Korean file may hold Japanese prose (``ごん狐``, ``ＮＨＫの番組は``) or Chinese
names (``北京``). ``decode`` prices the hanja of a Korean reading as rare characters
(GB 2312's hanzi rows are KS X 1001's hanja rows: a Korean reading full of hanja is
mostly a Chinese file), and the pairs of bytes such a file is made of (both above 0xA0 in
EUC-KR) read in cp1250, cp1254 or Mac Roman as accented letters and signs, each cheap
alone (``Ş´ŞóűĎ``, ``£Î£È£ËªÎÛã``, ``ÝÁĚČ``): the Latin reading won, and every
character of the text was changed.

Recognition: the Latin reading is not Latin text. Either a character of it is out of
place or its signs outnumber its letters
(:func:`newsclean.alphabet_codecs.latin_in_doubt`), or it holds
:data:`MIN_LETTER_RUN` letters beyond ASCII side by side, which Latin languages do not
write: their letters beyond ASCII stand among ASCII ones (``café``, ``Straße``), and
Vietnamese's longest run is three (cp1258's ``Đường``: ``Đ ư ơ``, the tone a mark
after); Estonian's ``jäääär`` (an ice edge) has four, and its Korean reading makes no
word. Then a Korean codec's reading is taken where it reads every byte, its every character beyond
ASCII is CJK (:data:`newsclean.plausibility.CJK_RANGES`, CJK punctuation or fullwidth
forms), and its kana and hanja make Chinese or Japanese words, more than any other
double-byte codec's reading (:func:`newsclean.cjk_readings.words_break_tie`): Big5's
reading of Japanese kana is hanzi in its table's order, which make none.
"""

from __future__ import annotations

import codecs
import re

#: Letters beyond ASCII side by side that no Latin word holds (see the docstring).
MIN_LETTER_RUN = 4
#: The codecs whose readings are asked, Korean first; the double-byte ones of
#: ``decode`` that compete with them for the words.
KOREAN = ("cp949", "johab")
DOUBLE_BYTE = ("gb18030", "big5hkscs", "cp950", "cp932", "euc_jp", *KOREAN)

_HIGH_LETTER_RUN = re.compile(rf"[^\W\d_\x00-\x7f]{{{MIN_LETTER_RUN},}}")


def holds_letter_run(text: str) -> bool:
    """Does ``text`` hold :data:`MIN_LETTER_RUN` letters beyond ASCII side by side?"""
    return _HIGH_LETTER_RUN.search(text) is not None


def _all_cjk(text: str) -> bool:
    """Is every character of ``text`` beyond ASCII CJK, and one at least?"""
    from newsclean.plausibility import CJK_PUNCT_RANGES, is_cjk

    high = {ch for ch in text if ch >= "\x80"}
    return bool(high) and all(
        is_cjk(ch) or any(low <= ord(ch) <= top for low, top in CJK_PUNCT_RANGES) for ch in high
    )


def korean_reading(sample: bytes, picked: str, final: bool, texts: dict[str, str]) -> str:
    """``picked``, or a Korean codec where ``picked``'s reading of ``sample`` is a Latin
    one that is not Latin text and the Korean reading (in ``texts``, each codec's
    reading of ``sample``) is CJK making words, as the module docstring says."""
    from newsclean.alphabet_codecs import latin_in_doubt
    from newsclean.cjk_mojibake.alphabets import hanzi_in_words
    from newsclean.cjk_readings import WORD_TEST_CHARS, in_japanese_words, words_break_tie
    from newsclean.latin_codecs import may_be_latin

    if picked in DOUBLE_BYTE or not any(codec in texts for codec in KOREAN):
        return picked
    try:
        text = codecs.getincrementaldecoder(picked)().decode(sample, final=final)
    except (UnicodeDecodeError, LookupError):
        return picked
    if not may_be_latin(text) or not (latin_in_doubt(text) or holds_letter_run(text)):
        return picked
    cjk = [codec for codec in DOUBLE_BYTE if codec in texts and _all_cjk(texts[codec])]
    if not any(codec in KOREAN for codec in cjk):
        return picked
    best = words_break_tie(cjk, texts)
    words = texts[best][:WORD_TEST_CHARS]
    if best in KOREAN and hanzi_in_words(words)[1] + in_japanese_words(words) > 0:
        return best
    return picked
