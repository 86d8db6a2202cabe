"""GB18030's four-byte characters, which a single-byte codec's reading undercut.

Defect: GB18030 writes the characters GBK lacks (``−``, ``²``, ``ℝ``, ``∆``, ``ᵢ``,
the letters of most scripts, emoji) in four bytes each: a byte 0x81-0xFE, a digit, a
byte 0x81-0xFE, a digit. A text of Latin words and a few signs in GB18030 (a market
table's ``▲ −0.2 €``, a formula's ``√π ≤ ∞``) read in Mac Roman, Mac Icelandic or Mac
Greek is a string of Latin-1 signs and letters, each cheap alone (``Å6”10.2%``,
``°¯ 0.63``), and a character more for each the GB reading has, so its mean cost
per character beyond ASCII fell below the GB reading's, whose minus signs and
triangles are priced as rare signs: every sign of the text came back as another.

Recognition: the bytes hold GB18030's four-byte form, which no single-byte text
makes: a letter or sign beyond ASCII, a digit, another, a digit, with nothing between
(``Å6”1``). None of the clean corpus's documents in the 30 single-byte and double-byte
codecs of ``tools/codec_audit`` holds it, nor any of chardet's 425 sample files. So a
single-byte pick gives way to GB18030 where the bytes hold that form and GB18030 reads
them all, with no unassigned character, private use or hanzi beyond GBK: a chain of
single-byte signs between single digits has the form too (cp1252's ``5–3–2``, a
team's record), and GB18030 reads it as a rare hanzi alone among Latin text. Johab, whose
trail bytes may be digits, and the other double-byte codecs keep their picks: their
readings are judged by plausibility as before.
"""

from __future__ import annotations

import re
import unicodedata

from newsclean.korean_codecs import DOUBLE_BYTE

#: GB18030's four-byte form: a lead byte, a digit, a lead byte, a digit.
_FOUR_BYTE = re.compile(rb"[\x81-\xfe][\x30-\x39][\x81-\xfe][\x30-\x39]")
#: The picks this does not ask: the double-byte codecs and the wide ones.
_MULTI_BYTE = frozenset(DOUBLE_BYTE) | {
    "utf-16-le",
    "utf-16-be",
    "utf_16_le",
    "utf_16_be",
    "shift_jis",
}


def four_byte_reading(sample: bytes, picked: str, texts: dict[str, str]) -> str:
    """``picked``, or ``gb18030`` where ``picked`` is a single-byte codec, ``sample``
    holds GB18030's four-byte form and GB18030 reads it (``texts``: each codec's
    strict reading of ``sample``) with no unassigned character and no private use."""
    if picked in _MULTI_BYTE or "gb18030" not in texts or not _FOUR_BYTE.search(sample):
        return picked
    high = {ch for ch in texts["gb18030"] if ch >= "\x80"}
    return picked if any(map(_made_of_signs, high)) else "gb18030"


def _made_of_signs(ch: str) -> bool:
    """Is ``ch`` what a single-byte text's signs between digits read as in GB18030: an
    unassigned code point, private use, or a hanzi GBK lacks (cp1252's ``5–3–2``, a
    team's record, is ``5𣛨``; Mac Roman's ``Ç3É4`` is ``䎎``)? A Chinese text's rare
    hanzi stand among common ones, which GB18030 wins by plausibility alone."""
    from newsclean.plausibility import is_cjk

    if unicodedata.category(ch) in ("Cn", "Co"):
        return True
    if not is_cjk(ch):
        return False
    try:
        ch.encode("gbk")
    except UnicodeEncodeError:
        return True
    return False
