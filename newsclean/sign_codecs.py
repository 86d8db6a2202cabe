"""Which codec wrote a file whose only bytes beyond ASCII are signs.

Defect: an English or German text with a degree sign, a copyright sign or a table's
box drawing, and no letter beyond ASCII, saved in KOI8-R or cp866 (the codecs of a
Russian machine), comes back as cp1252 or a Latin codec: KOI8-R's ``220 °C`` as
``220 œC``, its ``© 1987`` as cp1250's ``ż 1987``, cp866's ``23°C`` as ``23øC``, a
KOI8-R table's rules as cp1125's Cyrillic capitals. The detector's statistics and the
Latin alphabets have nothing to go on: every reading is a few letters or signs among
ASCII, and the Cyrillic codecs are not candidates of the plausibility vote (their
letters would compete with every Latin and CJK reading).

Recognition: a sign has its place in text, where a letter read from the same byte has
none (:func:`newsclean.plausibility.reading_cost`): ``°`` after a number, ``©`` alone
before a year or a name, box drawing in a table's runs. So a reading by one of
:data:`SIGN_CODECS` whose characters beyond ASCII are all signs (no letter), each in
its place, costing nothing, is taken over a reading that costs more. A table's rules
touch a letter only where a vertical one closes a cell (``│name│``): a corner, a tee or
a horizontal rule beside a letter is a letter of a double-byte codec read as two
signs (GBK's ``café`` in KOI8-R: ``caf╕╗``). A file with
Cyrillic letters in it has letters in these readings and is left to the alphabet
codecs (:mod:`newsclean.alphabet_codecs`); a text whose picked reading costs nothing
(a GBK box table, cp1252's ``23°C``) keeps its codec.
"""

from __future__ import annotations

import codecs
import re

#: The single-byte codecs, beyond the candidates of the plausibility vote, whose signs
#: stand at bytes where the Latin codecs have letters: KOI8-R's ``°`` at 0x9C and
#: ``©`` at 0xBF, cp866's ``°`` at 0xF8, and their box drawing. KOI8-U reads the
#: bytes of these signs as KOI8-R does; in order of use.
SIGN_CODECS = ("koi8_r", "cp866")

#: Box drawing that is not a vertical rule, beside a letter (either side).
_RULE_AT_LETTER = re.compile(
    r"(?<=[^\W\d_])[─-╿](?<![│┃║┆┇┊┋╎╏])|[─-╿](?<![│┃║┆┇┊┋╎╏])(?=[^\W\d_])"
)


def _signs_only(text: str) -> bool:
    """Has ``text`` a character beyond ASCII, and no letter among them?"""
    high = [ch for ch in text if ch >= "\x80"]
    return bool(high) and not any(ch.isalpha() for ch in high)


def sign_reading(sample: bytes, picked: str, final: bool) -> str:
    """``picked``, or the first of :data:`SIGN_CODECS` whose reading of ``sample`` is
    signs alone, each in its place, where ``picked``'s reading costs more."""
    from newsclean.plausibility import reading_cost

    for codec in SIGN_CODECS:
        if codec == picked:
            return picked
        text = sample.decode(codec)
        if not _signs_only(text) or _RULE_AT_LETTER.search(text) or reading_cost(text) > 0:
            continue
        try:
            chosen = codecs.getincrementaldecoder(picked)().decode(sample, final=final)
        except UnicodeDecodeError:
            return codec
        return codec if reading_cost(chosen) > 0 else picked
    return picked
