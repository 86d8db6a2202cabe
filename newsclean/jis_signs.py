"""Which table of Shift_JIS reads a file that holds no Japanese.

Defect: an English text with a pound sign (``£5``), saved on a Japanese Windows
machine, is cp932 bytes whose only pair beyond ASCII is 0x81 0x92; cp932 reads it
back as the fullwidth ``￡5``. Six pairs of JIS X 0208's first two rows stand for
signs that Latin text uses: ``¢ £ ¬ − ‖ 〜`` in the JIS standard (Python's
``shift_jis``, ``euc_jp``, ``iso2022_jp``), but fullwidth ``￠ ￡ ￢ －``, ``∥`` and
``～`` in Microsoft's table, where Windows' encoder writes the Latin sign to the same
bytes. The fullwidth form is what a Japanese typist sets among fullwidth characters;
a Latin text's writer typed the Latin sign.

Recognition: a cp932 reading with no character of the Japanese repertoire besides
these six (no kana, kanji, CJK punctuation, fullwidth or halfwidth forms) is a Latin
text, and is read in the JIS standard's table (``shift_jis``) where that reads all
its bytes; a text with Japanese in it keeps cp932, the table Windows and browsers
read it by. Both tables write the signs back to the same bytes.
"""

from __future__ import annotations

import codecs

#: What cp932 reads the six pairs as, where the JIS standard reads Latin signs.
_MICROSOFT_SIGNS = frozenset("￠￡￢－∥～")
#: The Japanese repertoire beyond these signs: CJK punctuation, kana, kanji, the
#: compatibility ideographs, and the fullwidth and halfwidth forms.
_JAPANESE = ((0x3000, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))


def _japanese(ch: str) -> bool:
    o = ord(ch)
    return any(low <= o <= high for low, high in _JAPANESE) and ch not in _MICROSOFT_SIGNS


def standard_reading(sample: bytes, picked: str, final: bool) -> str:
    """``picked``, or ``shift_jis`` where ``picked`` is cp932, its reading of ``sample``
    holds one of the six signs and nothing Japanese, and ``shift_jis`` reads it all."""
    if picked != "cp932":
        return picked
    text = codecs.getincrementaldecoder(picked)().decode(sample, final=final)
    high = {ch for ch in text if ch >= "\x80"}
    if not high & _MICROSOFT_SIGNS or any(map(_japanese, high)):
        return picked
    try:
        codecs.getincrementaldecoder("shift_jis")().decode(sample, final=final)
    except UnicodeDecodeError:
        return picked
    return "shift_jis"
