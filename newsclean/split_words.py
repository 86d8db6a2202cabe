"""A Latin text that a double-byte codec's reading cut into hanzi and letters.

Defect: a Latin letter beyond ASCII before an ASCII letter is a lead byte and a trail
byte to GB18030, Big5 and the other double-byte codecs, so a word in capitals reads as
common hanzi among the ASCII letters they left (Icelandic's ``ÝSAFJÖRÐUR`` in cp1252
as GB18030's ``軸AFJ諶蠻R``, Vietnamese's ``VIỆT NAM ĐỒNG`` in cp1258 as
``VI黍T NAM 性蘊G``). ``decode`` scores a reading by the mean cost of its characters
beyond ASCII (:mod:`newsclean.plausibility`): a common hanzi costs nothing and an
accented letter something, so the reading that swallowed the letters undercut the one
that kept them, and every letter of the text was changed.

Recognition: the double-byte reading holds fewer ASCII letters than a Latin one (it
took some as trail bytes) and makes no Chinese or Japanese word, and the Latin reading
(three letters beyond ASCII at least) is words whose letters are of one case as a
word's are (all capitals, all small, or a capital and small ones), each letter beyond
ASCII inside a word with as many ASCII letters, no three side by side, no letter out of place
(:func:`newsclean.latin_codecs.out_of_place`) and nothing beyond ASCII outside such a
word. A double-byte codec's own text, read as Latin, is runs of accented letters and
signs side by side (GB 2312's ``中文`` is Latin-1's ``ÖÐÎÄ``, Big5's ``手機`` is
``¤â¾÷``), not letters beyond ASCII among ASCII ones, so it keeps its codec; CJK
characters that took no ASCII letter are not in question.

Measured: none of the clean corpus's 2,125 lines beyond ASCII in the seven double-byte
codecs is moved, nor any of its documents in the codec audit; of 91,176 made-up forms
of its CJK runs glued to Latin letters (``X{run}Y``, ``T{run}s``), 21 are, each two
hanzi that make no word between capitals. A Vietnamese word in capitals with three
letters beyond ASCII side by side (``ĐƯỜNG``) is left to the scores.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from newsclean.korean_codecs import DOUBLE_BYTE

#: The letters beyond ASCII a Latin reading needs before it is asked: fewer are too
#: little evidence against a CJK reading (Big5's ``X万Y`` is cp1252's ``XÉEY``).
MIN_CUT_LETTERS = 3
#: A word: a run of letters (no digit, no underscore).
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile("[A-Za-z]")
#: More letters beyond ASCII side by side than a Latin word in capitals commonly holds
#: (``ĐỒNG``: two); a CJK text read as Latin holds such runs (``Tóéňls``).
_HIGH_RUN = re.compile("[^\\W\\d_\x00-\x7f]{3,}")


def _one_case(word: str) -> bool:
    """Are ``word``'s letters of one case, as a word's are (``ÖRÐ``, ``örð``, ``Örð``)?"""
    return word.isupper() or word.islower() or (word[:1].isupper() and word[1:].islower())


def _latin_words(text: str) -> bool:
    """Is every character beyond ASCII of ``text`` a letter inside a word that holds as
    many ASCII letters at least, no three of its own side by side, and whose letters are
    of one case (and is there one)?
    A Latin word's letters beyond ASCII stand among ASCII ones (``ÝSAFJÖRÐUR``,
    ``ĐỒNG``); a CJK text's bytes read as Latin are accented letters side by side, an
    ASCII one now and then (cp932's ``李四`` is Mac Roman's ``óõél``)."""
    inside = 0
    for match in _WORD.finditer(text):
        word = match.group()
        high = sum(ch >= "\x80" for ch in word)
        if not high:
            continue
        if len(_ASCII_LETTERS.findall(word)) < high or not _one_case(word):
            return False
        if _HIGH_RUN.search(word):
            return False
        inside += high
    return inside > 0 and inside == sum(ch >= "\x80" for ch in text)


def _all_cjk(text: str) -> bool:
    """Is every character beyond ASCII of ``text`` a CJK one? A double-byte codec's
    own Latin letters and signs (GBK's ``–`` and ``é``, whose trail bytes are ASCII
    letters too) read as Latin letters and signs beside a letter in a Latin codec
    (``3ØC1``): such a reading is the file's, not a Latin text cut up."""
    from newsclean.plausibility import is_cjk

    return all(is_cjk(ch) for ch in text if ch >= "\x80")


def _makes_words(text: str) -> bool:
    """Do any of the CJK reading's characters make a Chinese or Japanese word? Cut
    from Latin words, hanzi stand one or two together, in no order a language writes
    (``軸AFJ諶蠻R``); CJK text beside Latin letters is words (``iPhone手机``)."""
    from newsclean.cjk_mojibake.alphabets import hanzi_in_words
    from newsclean.cjk_readings import in_japanese_words

    return hanzi_in_words(text)[1] > 0 or in_japanese_words(text) > 0


def latin_reading(sample: bytes, picked: str, final: bool, texts: dict[str, str]) -> str:
    """``picked``, or where it is a double-byte codec whose reading cut Latin words (see
    the module docstring), the Latin codec whose reading keeps them."""
    if picked not in DOUBLE_BYTE or picked not in texts:
        return picked
    from newsclean.latin_codecs import best_reading, out_of_place

    latin = best_reading(sample, "cp1252", final)
    try:
        text = codecs.getincrementaldecoder(latin)().decode(sample, final=final)
    except UnicodeDecodeError:
        return picked
    text = unicodedata.normalize("NFC", text)
    ascii_letters = len(_ASCII_LETTERS.findall(text))
    cut = texts[picked]
    if len(_ASCII_LETTERS.findall(cut)) >= ascii_letters or not _all_cjk(cut):
        return picked
    if sum(ch >= "\x80" for ch in text) < MIN_CUT_LETTERS or _makes_words(cut):
        return picked
    if out_of_place(text, latin) or not _latin_words(text):
        return picked
    return latin
