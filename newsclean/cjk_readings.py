"""What a CJK reading of a file that is not UTF-8 costs beyond its characters.

Defect: ``decode`` scores each legacy codec's reading of the bytes by how common its
characters are (:mod:`newsclean.plausibility`), and some wrong readings are made of
common characters: an alphabet's row of one double-byte table read by another is
hanzi side by side in table order (``盅盆盈相盹盼盾``), a Latin-1 sign before an ASCII
letter is one character that swallowed the letter (``23°C`` as Big5 ``23穡``), and two
codecs that lay their tables out alike read each other's text at the same cost
(EUC-JP's ``北京`` as GB 2312's ``颂叠``).

Recognition: Chinese is written in words, and CJK text in runs of characters. A
reading whose hanzi make no words (:func:`wordless_hanzi`), or whose CJK characters
each stand alone having taken an ASCII byte (:func:`lone_cjk`), costs more; of
readings that cost the same, the one whose hanzi make words wins
(:func:`words_break_tie`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

#: The hanzi a reading needs, and their share of its CJK characters, before whether
#: they make Chinese words is asked; and the share of them that must (see
#: :func:`wordless_hanzi`).
MIN_WORD_TEST_HANZI = 8
MIN_HAN_SHARE_OF_CJK = 0.9
MIN_HANZI_IN_WORDS = 0.2
#: The share is a statistic: this many characters of a reading give it.
WORD_TEST_CHARS = 4096
#: What each CJK character of a reading costs more when none stands beside another
#: (:func:`lone_cjk`), in plausibility units: more than a Latin-1 symbol's.
LONE_CJK_COST = 2.0
#: Two CJK characters this close (``第3版``: 2) are not alone.
LONE_CJK_GAP = 2


def lone_cjk(codec: str, text: str) -> float:
    """What a reading's CJK characters cost beyond their own when every one stands
    alone among ASCII and the lone ones took an ASCII byte as their second: a Latin-1
    sign before an ASCII letter, read by a double-byte codec as one character (``23°C``
    as Big5 ``23穡``, ``C`` its second byte). Chinese, Japanese and Korean come in runs
    of characters, or two with a number between (``第3版``), even inside Latin text (a
    name, ``A股``); and a lone one of theirs (``東`` among English words) mostly has a
    second byte above ASCII, as all of GB 2312 has. CJK punctuation counts as they do
    (Mac Roman's ``23°C`` as Big5 ``23。``): it is set beside CJK characters. Each
    such character costs :data:`LONE_CJK_COST` more."""
    _, close, _, lone = cjk_patterns()
    if close.search(text):
        return 0.0
    swallowed = 0
    for ch in lone.findall(text):
        try:
            swallowed += ch.encode(codec)[-1] < 0x80
        except (UnicodeEncodeError, LookupError):
            continue
    return LONE_CJK_COST * swallowed


@cache
def cjk_patterns() -> tuple[re.Pattern[str], ...]:
    """A CJK character (:data:`newsclean.plausibility.CJK_RANGES`, which
    :func:`~newsclean.plausibility.is_cjk` tests), two of them within
    :data:`LONE_CJK_GAP` places, kana or hangul, and a CJK character or CJK
    punctuation; compiled when a detection first needs them, not at every start of
    the command."""
    from newsclean.plausibility import (
        CJK_PUNCT_RANGES,
        CJK_RANGES,
        KANA_HANGUL_RANGES,
        char_class,
    )

    cjk = char_class(CJK_RANGES)
    between = f"(?s:.){{0,{LONE_CJK_GAP - 1}}}"
    return (
        re.compile(cjk),
        re.compile(cjk + between + cjk),
        re.compile(char_class(KANA_HANGUL_RANGES)),
        re.compile(char_class(CJK_RANGES + CJK_PUNCT_RANGES)),
    )


def wordless_hanzi(text: str) -> float:
    """What a reading's hanzi cost beyond their own cost when they make no Chinese words.

    An alphabet's letters (Cyrillic, Greek, kana, box drawing) sit in one or two rows of
    a double-byte codec's table; read in another double-byte codec those rows are
    hanzi side by side in its table's order (``盅盆盈相盹盼盾``), each common but
    together no words, and as common characters they cost less than the letters do.
    Chinese text is words: of the hanzi of a Chinese reading, 41% or more (classical
    verse) lie inside a word of two to four characters of wordfreq's list; of a
    misread alphabet's, 3% or fewer. A reading of at least :data:`MIN_WORD_TEST_HANZI`
    hanzi, nearly all its CJK characters (a Japanese reading's kanji among kana are
    judged by the kana), with fewer than :data:`MIN_HANZI_IN_WORDS` of them inside
    words, has each hanzi cost as a rare one."""
    from newsclean.plausibility import RARE, char_cost

    cjk_pattern, _, kana_or_hangul, _ = cjk_patterns()
    cjk = cjk_pattern.findall(text)
    han = len(cjk) - len(kana_or_hangul.findall(text))
    if han < MIN_WORD_TEST_HANZI or han < MIN_HAN_SHARE_OF_CJK * len(cjk):
        return 0.0
    if hanzi_make_words(text):
        return 0.0
    return sum(max(0.0, RARE - char_cost(c)) for c in cjk if not kana_or_hangul.match(c))


def hanzi_make_words(text: str) -> bool:
    """Do at least :data:`MIN_HANZI_IN_WORDS` of the reading's hanzi (in its first
    :data:`WORD_TEST_CHARS` characters) lie inside Chinese words? A text with no hanzi
    makes words vacuously."""
    from newsclean.cjk_mojibake.alphabets import hanzi_in_words

    count, in_words = hanzi_in_words(text[:WORD_TEST_CHARS])
    return in_words >= MIN_HANZI_IN_WORDS * count


def words_break_tie(tied: list[str], texts: dict[str, str]) -> str:
    """The first of readings that cost the same whose CJK characters make the most
    Chinese and Japanese words, and of those the one with fewest CJK characters
    outside words.
    Two double-byte codecs that share a table's layout read each other's bytes as
    common characters of the same rows: EUC-JP's ``北京`` is GB 2312's ``颂叠``, its
    ``番組`` and ``放送`` are ``戎寥`` and ``庶流``, as cheap character by character
    (and the kana are the same kana); the words are what only the right one makes. A
    Japanese text's kanji words are often no Chinese ones (``古池``, ``飛び込む``), so
    its own words are asked too (:func:`in_japanese_words`). A Latin letter that
    EUC-JP writes in three bytes (``œ``, ``Ü``) reads in GB 2312 or Shift_JIS as two
    hanzi inside a Latin word (``c彥蛈r``), at a letter's cost: CJK characters that make
    no words are the wrong reading's."""
    if len(tied) == 1:
        return tied[0]
    from newsclean.cjk_mojibake.alphabets import hanzi_in_words

    cjk = cjk_patterns()[0]

    def words(codec: str) -> tuple[int, int]:
        text = texts[codec][:WORD_TEST_CHARS]
        known = hanzi_in_words(text)[1] + in_japanese_words(text)
        return known, min(0, known - len(cjk.findall(text)))

    return max(tied, key=words)


_JAPANESE_WORDS = Path(__file__).resolve().parent / "data" / "ja_words.txt.xz"
#: Runs of kana and kanji, where a Japanese word may stand.
_KANA_KANJI_RUN = re.compile("[\u3040-\u30ff\u4e00-\u9fff]{2,}")


@cache
def japanese_words() -> frozenset[str]:
    """wordfreq's Japanese words of two to four kana and kanji, a kanji among them (the
    file's header names its source and licence; ``tools/build_cjk_words.py ja`` builds it),
    read the first time a tie asks for them."""
    import lzma

    text = lzma.decompress(_JAPANESE_WORDS.read_bytes()).decode("utf-8")
    return frozenset(text.split("\n")[1:])


def in_japanese_words(text: str) -> int:
    """How many of ``text``'s kana and kanji lie inside a listed Japanese word."""
    words = japanese_words()
    covered: set[int] = set()
    for run in _KANA_KANJI_RUN.finditer(text):
        piece = run.group()
        for i in range(len(piece)):
            for j in range(i + 2, min(len(piece), i + 4) + 1):
                if piece[i:j] in words:
                    covered.update(range(run.start() + i, run.start() + j))
    return len(covered)
