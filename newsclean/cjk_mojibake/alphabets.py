"""An alphabet's legacy single-byte text read as Latin-1, told from CJK mojibake.

Cyrillic in cp1251 read as Latin-1 (``Ёлка Ёлка`` as ``¨ëêà ¨ëêà``) is two bytes a
letter pair, and when every word has an even number of letters the pairs are valid GBK
(``刺罻 刺罻``): the CJK repair, which asks only whether its reading is more plausible
than the Latin-1 characters, would turn a Russian or Greek line into hanzi. So before a
CJK reading of a line with no CJK in it stands, the same bytes are read as the common
single-byte codecs of other alphabets (:data:`SINGLE_BYTE`). One reading that gives
words of one alphabet (every word letters of the codec's script, in one case or
capitalised) that can be spoken (each word's letters from one language's alphabet, no
five consonants in a row, ``й`` and Greek's dialytika after a vowel, the hard and soft
signs after a consonant, vowels a quarter to four fifths of the letters of a line of
:data:`MIN_LETTERS` or more, some vowel in a shorter one) is that text
mis-decoded, and the CJK reading yields to it unless it is more plausible: only when
every hanzi it makes is of the common tier of :mod:`newsclean.plausibility`, the line
is too short to tell (fewer than :data:`MIN_LETTERS` characters above ASCII), and its
hanzi make Chinese words (at least :data:`MIN_WORD_SHARE` of them inside a word of two
to four characters of wordfreq's list, ``newsclean/data/cjk_words.txt.xz``).

A short line is where the last test matters. Two to three common hanzi are as
plausible, character by character, as four to six Cyrillic letters; but a Chinese
headline, label or name of that length is words (``北京``, ``体育 新闻``), and the pairs
a Cyrillic or Greek word's bytes make are common characters side by side by chance
(``если`` in KOI8-R is ``庞躺``, ``только`` ``韵特讼``, ``ТОЛЬКО`` in cp1251 ``椅塑饰``), which
make a listed word about once in a hundred pairs. (Measured on the 3,000 commonest words
of two to six letters of wordfreq's Russian, Ukrainian, Bulgarian, Macedonian and Greek
lists, in lower case, capitalised and in capitals, each legacy codec, read as Latin-1
and cp1252, alone and between English words: 80,004 of 406,912 lines became hanzi
before this test, 858 after it; GBK headlines of one to three of wordfreq's Chinese words
that still read as hanzi: 2,614 of 3,000 before, 2,585 after, all the lost ones lines
of one-character words a space apart, ``旧 滚``.)

Chinese bytes seldom read as such words: a GBK or Big5 character is a lead byte of
0x81-0xFE and a trail byte of any row, so read in a Cyrillic or Greek codec its pairs
change case inside a word, give symbols, or spell what no language does (``ъ`` after a
vowel, a dialytika after a consonant, letters of two languages). Lowercase Russian in
KOI8-R and Greek capitals in cp1253 read as common hanzi (their bytes fall in the rows
of GB2312's first level), so on a short line the two readings are equally plausible and
the CJK one, which Chinese headlines need, stands. (Measured on GBK and Big5 headlines
of one to three phrases a space apart, made from the fixtures' words, read as Latin-1
and as cp1252: 18 of 6,424 read as such words and stay unrepaired, 9 headlines, all but
one with a phrase of one hanzi, ``日 关于 赋``.)
"""

from __future__ import annotations

from itertools import pairwise

from newsclean import regex
from newsclean.chardata import HAN
from newsclean.cjk_mojibake.fingerprints import latin_bytes
from newsclean.plausibility import COMMON, char_cost, is_cjk
from newsclean.vocabulary import cjk_words

#: Legacy single-byte codecs and the script of their letters above ASCII.
SINGLE_BYTE = (
    ("cp1251", "cyrillic"),
    ("koi8_r", "cyrillic"),
    ("koi8_u", "cyrillic"),
    ("cp866", "cyrillic"),
    ("iso8859_5", "cyrillic"),
    ("cp1253", "greek"),
    ("iso8859_7", "greek"),
)
#: Characters above ASCII from which an alphabet's reading wins even over common hanzi:
#: four hanzi, or four words of two letters.
MIN_LETTERS = 8
#: How many consonants a word of these alphabets sets in a row, at most
#: (``братство``, ``σκληρ``).
MAX_CONSONANTS = 4
#: The share of vowels among the letters of a line of prose in these alphabets.
VOWEL_SHARE = (0.25, 0.8)

_VOWELS = frozenset("аеёиоуыэюяіїєўАЕЁИОУЫЭЮЯІЇЄЎαεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏΪΫ")
#: Letters no Russian, Ukrainian or Bulgarian word starts with.
_NO_START = frozenset("ъьыЪЬЫ")
#: Letters that follow only a vowel inside a word (``й``, Greek's dialytika), and
#: letters that follow only a consonant (the hard and soft signs).
_AFTER_VOWEL = frozenset("йЙϊϋΐΰΪΫ")
_AFTER_CONSONANT = frozenset("ъьЪЬ")
_BASIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
#: The alphabets of the languages written in these codecs: a word's letters come from
#: one (``СИЪГАВШЋКЭ`` mixes Serbian ``ћ`` with Russian ``ъ`` and ``э``).
_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        _BASIC + "ё",  # Russian
        _BASIC.translate({ord(c): None for c in "ъыэ"}) + "ґєії",  # Ukrainian
        _BASIC.translate({ord(c): None for c in "иъщ"}) + "ёіў",  # Belarusian
        _BASIC.translate({ord(c): None for c in "ыэ"}) + "ѝ",  # Bulgarian
        _BASIC.translate({ord(c): None for c in "йщъыьэюя"}) + "ђјљњћџѓѕќ",  # Serbian, Macedonian
        "αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊϋΐΰ",  # Greek
    )
)
#: The share of a short line's hanzi that must lie inside Chinese words for its CJK
#: reading to stand against an alphabet's.
MIN_WORD_SHARE = 0.5
_HAN_RUN = regex.compile(f"[{HAN}]+")
_TOKEN = regex.compile(r"\S+")
#: Marks that prose sets around a word.
_EDGE = "\"'()[]{}<>«»„“”‘’‚.,;:!?…–—-/*"


def _script(ch: str) -> str | None:
    o = ord(ch)
    if 0x400 <= o <= 0x52F:
        return "cyrillic"
    if 0x370 <= o <= 0x3FF or 0x1F00 <= o <= 0x1FFF:
        return "greek"
    return None


def _words(text: str, script: str) -> list[str] | None:
    """The words of ``text`` above ASCII, if every one is letters of ``script`` in one
    case or capitalised; None if one is not."""
    words = []
    for token in _TOKEN.findall(text):
        word = token.strip(_EDGE)
        if not word or word.isascii():
            continue
        if not word.isalpha() or any(_script(c) != script for c in word):
            return None
        if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
            return None
        words.append(word)
    return words


def _speakable(words: list[str]) -> bool:
    letters = 0
    vowels = 0
    for word in words:
        if word[0] in _NO_START:
            return False
        run = 0
        for c in word:
            if c in _VOWELS:
                vowels += 1
                run = 0
            else:
                run += 1
                if run > MAX_CONSONANTS:
                    return False
        for before, c in pairwise(word):
            if (c in _AFTER_VOWEL and before not in _VOWELS) or (
                c in _AFTER_CONSONANT and before in _VOWELS
            ):
                return False
        used = set(word.lower())
        if not any(used <= alphabet for alphabet in _ALPHABETS):
            return False
        letters += len(word)
    if letters < MIN_LETTERS:
        # One or two short words are too few letters for a share (``власть``, ``ВДРУГ``
        # hold one vowel in five or six): a vowel at all is what they must have.
        return vowels > 0
    return VOWEL_SHARE[0] <= vowels / letters <= VOWEL_SHARE[1]


def speakable(text: str, script: str) -> bool:
    """Are the words of ``text`` above ASCII words of ``script`` (``"cyrillic"``,
    ``"greek"``) that can be spoken, as the module docstring says?"""
    words = _words(text, script)
    return words is not None and bool(words) and _speakable(words)


def alphabet_reading(line: str) -> str | None:
    """The first reading of ``line``'s Latin-1/cp1252 bytes in :data:`SINGLE_BYTE`
    that gives speakable words of one alphabet, or None."""
    data = latin_bytes(line)
    if data.count(b"?") != line.count("?"):
        return None
    for codec, script in SINGLE_BYTE:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        words = _words(text, script)
        if words and _speakable(words):
            return text
    return None


def yields_to_alphabet(line: str, repaired: str) -> bool:
    """Must the CJK reading ``repaired`` of ``line`` (which has no CJK) give way to a
    reading of the same bytes as an alphabet? See the module docstring."""
    reading = alphabet_reading(line)
    if reading is None:
        return False
    long_enough = sum(not c.isascii() for c in reading) >= MIN_LETTERS
    uncommon = any(char_cost(c) > COMMON for c in repaired if is_cjk(c))
    return long_enough or uncommon or not _chinese_words(repaired)


def _chinese_words(text: str) -> bool:
    """Do at least :data:`MIN_WORD_SHARE` of the hanzi of ``text`` lie inside a listed
    word of two to four characters?"""
    han, in_words = hanzi_in_words(text)
    return han > 0 and in_words >= MIN_WORD_SHARE * han


def hanzi_in_words(text: str) -> tuple[int, int]:
    """How many hanzi ``text`` holds, and how many of them lie inside a word of two to
    four characters of wordfreq's Chinese list. (Folded to Simplified first, as the
    words are listed so: a Big5 reading is Traditional.)"""
    from newsclean.passes.convert import convert_text

    words = cjk_words()
    han = 0
    covered: set[int] = set()
    for run in _HAN_RUN.finditer(convert_text(text, "t2s")):
        piece = run.group()
        han += len(piece)
        for i in range(len(piece)):
            for j in range(i + 2, min(len(piece), i + 4) + 1):
                if piece[i:j] in words:
                    covered.update(range(run.start() + i, run.start() + j))
    return han, len(covered)
