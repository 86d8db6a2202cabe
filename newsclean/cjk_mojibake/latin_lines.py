"""Lines of accented Latin words, turned away from the CJK repair before any reading.

What it saves: ``größeren``, ``répétition``, ``työläisnaisten`` have a reading as GBK or
Big5 read as Latin-1 for every accented letter (an ASCII letter is a second byte), so
:func:`~newsclean.cjk_mojibake.repair.refused` let such lines through, and the repair
read them in both rounds only to reject them: a tenth of ``fix`` on a German page of
1885, a sixth on a Finnish one.

Why the repair cannot be taken, in a line that :func:`refused` has already found with no
CJK character, no U+FFFD, no fingerprint of UTF-8 read as GBK or Big5, and no UTF-8 lead
byte before a continuation byte (so UTF-8 read as Latin-1 has no reading in either
round): only GBK or Big5 read as Latin-1 are left, and this module asks two things.

1. :func:`in_latin_words`: every character with a Latin-1 or cp1252 byte above 0x7F
   stands in a Latin word that holds an ASCII letter and is in one case or capitalised.
   In one round each repair of those hypotheses is then one that Latin words explain as
   well (``repair._latin_words`` asks this of the words around its span, which are words
   of the whole line), so it is kept only beside a clear repair, and there is none.
2. :func:`peels_to_nothing`: no two bytes side by side read in GBK or Big5 as a
   character that a second round could start from (a fingerprint of UTF-8 read as GBK
   or Big5, or a Latin-1 or cp1252 character, the fingerprint of the readings as
   Latin-1), and no four bytes GB18030 reads as one (lead, digit, lead, digit). The
   outer round of two goes on only with readings that cover every non-ASCII character,
   so what it leaves is ASCII and characters of such pairs: the inner round finds no
   fingerprint and changes nothing, and the outer round is taken only when the inner
   one changes something.

Characters with no Latin-1 byte (``ſ``, ``ő``) stop every reading and may stand anywhere.
The tests hold both answers to the full repair on generated Latin lines.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean import regex
from newsclean.cjk_mojibake.fingerprints import HYPOTHESES, _encode_latin, utf8_pairs

#: A Latin word: letters up to IPA (not ``×`` and ``÷``), and Catalan's ``l·l``.
LETTERS = r"[a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+"
LATIN_WORD = regex.compile(rf"{LETTERS}(?:(?<=[lL])\u00b7(?=[lL]){LETTERS})*")
WORD_CHARS = frozenset([c for c in map(chr, range(0x250)) if re.fullmatch(LETTERS, c)] + ["\u00b7"])

_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def in_latin_words(line: str, data: bytes) -> bool:
    """Is every byte above 0x7F of ``data`` (``line`` one byte a character, as
    :func:`~newsclean.cjk_mojibake.fingerprints.latin_bytes` gives it) in a Latin word
    of ``line`` that holds an ASCII letter and is in one case or capitalised?"""
    covered = 0
    for m in LATIN_WORD.finditer(line):
        if m.group().isascii():
            continue
        # (The dot of ``l·l`` is above 0x7F and in the word, but no letter of it.)
        word = m.group().replace("\u00b7", "")
        if not word.isascii() and not (
            any(c.isascii() for c in word) and (word.islower() or word.isupper() or word.istitle())
        ):
            return False
        covered += len(_HIGH_BYTE.findall(data, m.start(), m.end()))
    return covered == len(_HIGH_BYTE.findall(data))


#: The codecs of the readings as Latin-1 that a Latin word leaves to the outer round.
_LEGACY = tuple(h.written for h in HYPOTHESES if h.read == "latin-1" and h.written != "utf-8")
_LEAD = re.compile(rb"[\x81-\xfe]")
#: GB18030's four bytes: a lead byte, a digit, a lead byte, a digit.
_FOUR_BYTES = re.compile(rb"[\x81-\xfe][0-9][\x81-\xfe][0-9]")


@cache
def _risky_after(lead: int) -> frozenset[int]:
    """The bytes after ``lead`` that GBK or Big5 read with it as a character a second
    round could start from. Made for each lead byte a page has, when first met (a Latin
    page has a few dozen; all of them at once were 70 ms of a run's start)."""
    second_round = utf8_pairs("gbk") | utf8_pairs("big5hkscs")
    risky = set()
    for second in range(0x40, 0x100):
        for codec in _LEGACY:
            try:
                text = bytes((lead, second)).decode(codec)
            except UnicodeDecodeError:
                continue
            if any(c in second_round or (c > "\x7f" and _encode_latin(c)) for c in text):
                risky.add(second)
    return frozenset(risky)


def peels_to_nothing(data: bytes) -> bool:
    """Does no outer round of GBK or Big5 read as Latin-1 leave, in ``data`` (a line
    as Latin-1 bytes), anything an inner round reads? Two bytes side by side are asked
    whatever their place: the outer round may pair them either way."""
    if _FOUR_BYTES.search(data) is not None:
        return False
    return not any(
        m.end() < len(data) and data[m.end()] in _risky_after(data[m.start()])
        for m in _LEAD.finditer(data)
    )
