"""Short lines between the CJK repair and the alphabets (``newsclean.cjk_mojibake.alphabets``).

A word of four to six Cyrillic or Greek letters in a single-byte codec, read as Latin-1
or cp1252, is as many bytes as two or three hanzi in GBK or Big5, and as plausible
character by character. What tells them apart is words: a Chinese headline that short is
Chinese words, the pairs a real Cyrillic or Greek word's bytes make are not. Measured
here on the commonest words of wordfreq's lists, both sides:

* real short words of Russian, Ukrainian, Bulgarian, Macedonian and Greek, in lower
  case, capitalised and in capitals, each legacy codec, read as Latin-1, alone on a
  line and between English words, seldom become hanzi (about 20 % of such lines did
  before the CJK reading had to make words; 0.2 % of those of the 3,000 commonest words
  of each language still do, a chance word among the pairs, ``ПЕРВОЕ`` as ``吓新闻``);
* short Chinese words whose GBK bytes read as speakable Cyrillic or Greek words too
  (``我们`` as cp1251's ``ОТГЗ``) are still repaired;
* correct text of a non-CJK alphabet, with no Latin-1 character, never starts a repair.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import top_n_list

from newsclean.chardata import HAS_CJK
from newsclean.cjk_mojibake.alphabets import SINGLE_BYTE, alphabet_reading
from newsclean.passes.mojibake import repair_line

LANGUAGES = {"ru": "cyrillic", "uk": "cyrillic", "bg": "cyrillic", "mk": "cyrillic", "el": "greek"}
#: How many of each language's commonest words, and the share of their mojibake lines
#: that may become hanzi (0.2 % on 3,000 words; 20 % before the words test).
WORDS = 200
MAX_READ_AS_HANZI = 0.01
#: The share of short Chinese words read as alphabet words that must still be repaired
#: (13 of 446 are not, before and after: ftfy's reading of their bytes wins, ``系统`` as
#: ``ϵͳ``).
MIN_REPAIRED = 0.95
_RANGES = {"cyrillic": (0x400, 0x4FF), "greek": (0x370, 0x3FF)}


def _of(word: str, script: str) -> bool:
    low, high = _RANGES[script]
    return all(low <= ord(c) <= high for c in word)


@cache
def _short_words(language: str) -> tuple[str, ...]:
    script = LANGUAGES[language]
    return tuple(w for w in top_n_list(language, WORDS) if 2 <= len(w) <= 6 and _of(w, script))


def _mojibake_lines(language: str) -> list[str]:
    script = LANGUAGES[language]
    lines = []
    for word in _short_words(language):
        for form in {word, word.capitalize(), word.upper()}:
            for codec, codec_script in SINGLE_BYTE:
                if codec_script != script:
                    continue
                try:
                    data = form.encode(codec)
                except UnicodeEncodeError:
                    continue
                # (Read as cp1252 the same bytes differ only in 0x80-0x9F.)
                text = data.decode("latin-1")
                lines += [text, f"Report {text} today"]
    return lines


def test_short_alphabet_words_in_legacy_codecs_are_seldom_read_as_hanzi() -> None:
    lines = [line for language in LANGUAGES for line in _mojibake_lines(language)]
    hanzi = [line for line in lines if HAS_CJK.search(repair_line(line)[0])]
    assert len(lines) > 10_000
    assert len(hanzi) <= MAX_READ_AS_HANZI * len(lines), hanzi[:20]


def test_short_chinese_words_that_read_as_alphabet_words_are_still_repaired() -> None:
    words = [
        w
        for w in top_n_list("zh", 3000)
        if 2 <= len(w) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in w)
    ]
    found = repaired = 0
    for word in words:
        try:
            mojibake = word.encode("gbk").decode("latin-1")
        except UnicodeEncodeError:
            continue
        if alphabet_reading(mojibake) is None:
            continue
        found += 1
        repaired += repair_line(mojibake)[0] == word
    assert found > 300
    assert repaired >= MIN_REPAIRED * found


#: Letters of alphabets with no character in Latin-1's upper half, and what prose sets
#: between their words.
_ALPHABETS = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯіїєґ",
    "αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "אבגדהוזחטיכלמנסעפצקרשתךםןףץ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौं",
    "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอะาิีึืุูเแโใไ",
)
_GAPS = (" ", " ", ", ", ". ", "\n", " — ", "1")


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.data())
def test_correct_alphabet_text_is_never_repaired(data: st.DataObject) -> None:
    letters = data.draw(st.sampled_from(_ALPHABETS))
    word = st.text(st.sampled_from(letters), min_size=1, max_size=8)
    words = data.draw(st.lists(word, min_size=1, max_size=8))
    gaps = data.draw(st.lists(st.sampled_from(_GAPS), min_size=len(words), max_size=len(words)))
    text = "".join(w + g for w, g in zip(words, gaps, strict=True)).strip()
    for line in text.split("\n"):
        assert repair_line(line) == (line, {}), line
