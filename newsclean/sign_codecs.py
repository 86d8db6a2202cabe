"""Which codec wrote a file whose only bytes beyond ASCII are signs.

Defect: an English or German text with a degree sign, a copyright sign or a table's
box drawing, and no letter beyond ASCII, saved in KOI8-R or cp866 (the codecs of a
Russian machine), comes back as cp1252 or a Latin codec: KOI8-R's ``220 °C`` as
``220 œC``, its ``© 1987`` as cp1250's ``ż 1987``, cp866's ``23°C`` as ``23øC``, a
KOI8-R table's rules as cp1125's Cyrillic capitals; cp1251's (Windows Cyrillic)
``€1.17`` as Mac Roman's ``à1.17``. The detector's statistics and the Latin alphabets
have nothing to go on: every reading is a few letters or signs among ASCII, and the
Cyrillic codecs are not candidates of the plausibility vote (their letters would
compete with every Latin and CJK reading).

Recognition: a sign has its place in text, where a letter read from the same byte has
none (:func:`newsclean.plausibility.reading_cost`): ``°`` after a number, ``©`` alone
before a year or a name, box drawing in a table's runs. So a reading by one of
:data:`SIGN_CODECS` whose characters beyond ASCII are all signs (no letter), each in
its place, costing nothing, is taken over a reading that costs more: no sign between
two letters of a word (cp1251's ``t€ml€mvision`` is Big5's ``télévision``), and a
currency sign beside a number (cp1251's ``va €j Paris`` is Big5's ``va à Paris``).
A table's rules touch a letter only where a vertical one closes a cell (``│name│``): a
corner, a tee or a horizontal rule beside a letter is a letter of a double-byte codec
read as two signs (GBK's ``café`` in KOI8-R: ``caf╕╗``). A file with
Cyrillic letters in it has letters in these readings and is left to the alphabet
codecs (:mod:`newsclean.alphabet_codecs`); a text whose picked reading costs nothing
(a GBK box table, cp1252's ``23°C``) keeps its codec.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

#: The single-byte codecs, beyond the candidates of the plausibility vote, whose signs
#: stand at bytes where the Latin codecs have letters: KOI8-R's ``°`` at 0x9C and
#: ``©`` at 0xBF, cp866's ``°`` at 0xF8, and their box drawing; cp1251's ``€`` at
#: 0x88 (its other signs stand where cp1252's do). KOI8-U reads the bytes of these
#: signs as KOI8-R does; in order of use.
SIGN_CODECS = ("koi8_r", "cp866", "cp1251")

#: Box drawing that is not a vertical rule, beside a letter (either side).
_RULE_AT_LETTER = re.compile(
    r"(?<=[^\W\d_])[─-╿](?<![│┃║┆┇┊┋╎╏])|[─-╿](?<![│┃║┆┇┊┋╎╏])(?=[^\W\d_])"
)

#: A sign beyond ASCII between two letters, but the marks ordinary text sets there (an
#: apostrophe, a no-break hyphen, a soft hyphen, a middle dot): a letter of the file's
#: codec read as a sign (cp1251's ``€`` for Big5's ``é``: ``t€ml€mvision``).
_SIGN_IN_WORD = re.compile(
    r"(?<=[^\W\d_])[^\w\s\x00-\x7f\u2019\u02bc\u2011\u00ad\u00b7](?=[^\W\d_])"
)


def _currency_at_numbers(text: str) -> bool:
    """Does each currency sign beyond ASCII of ``text`` stand beside a number, before or
    after it, a space between at most (``€1.17``, ``5 €``), as a price is written?
    cp1251's ``€`` for Big5's ``à`` stands before a letter (``va €j Paris``)."""
    for i, ch in enumerate(text):
        if ch >= "\x80" and unicodedata.category(ch) == "Sc":
            before = text[max(0, i - 2) : i].rstrip(" ")[-1:]
            after = text[i + 1 : i + 3].lstrip(" ")[:1]
            if not (before.isdigit() or after.isdigit()):
                return False
    return True


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
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            # cp1251 leaves 0x98 unassigned.
            continue
        if not _signs_only(text) or _RULE_AT_LETTER.search(text) or _SIGN_IN_WORD.search(text):
            continue
        if reading_cost(text) > 0 or not _currency_at_numbers(text):
            continue
        try:
            chosen = codecs.getincrementaldecoder(picked)().decode(sample, final=final)
        except UnicodeDecodeError:
            return codec
        return codec if reading_cost(chosen) > 0 else picked
    return picked
