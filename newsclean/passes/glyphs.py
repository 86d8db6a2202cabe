"""glyphs: typographic ligatures and CJK compatibility ideographs, as the characters they
stand for; the long s of Fraktur (``Geſellſchaft``) as printed, or as ``s`` on request.

Defect: text extracted from PDFs and OCR of older type keeps presentation forms that are
not letters a search or a spell checker knows: the ligatures ``ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ``. Chinese
PDFs whose fonts hold a glyph under a compatibility code point (``U+F98A`` for 力,
``U+F9BA`` for 了, ``U+F98E`` for 年) extract as those code points: text that looks
right and matches nothing.

Recognition is a table: each ligature is replaced by its letters (``ﬅ`` by ``ſt``). The
long s is a letter, not a presentation form: it is kept as printed, as ftfy keeps it and
as transcriptions of historic type (the Deutsches Textarchiv) keep it, since writing it
as ``s`` cannot be undone. ``Options(keep_long_s=False)`` (``--fold-long-s``) writes it as
``s`` for users who search the text with modern spelling. Curly quotes and apostrophes
are left as they are: they are what was printed, not a defect.

A compatibility ideograph with a canonical equivalent (Unicode's NFC: the 1,002 of
``U+F900``–``U+FAFF`` and ``U+2F800``–``U+2FA1F`` that have one) becomes that ideograph
on a line with no Hangul and no kana: Korean keeps the duplicates its KS X 1001 hanja
readings need, and Japanese the JIS X 0213 variants; the twelve compatibility-block
characters that are unified ideographs themselves (``﨎 﨏 﨑`` …) are no duplicates and
stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from newsclean.model import Document
from newsclean.options import Options

NAME = "glyphs"
DESCRIPTION = (
    "ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ), the long s (ſ) and CJK compatibility ideographs as plain characters"
)

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
#: What each character becomes; no replacement holds a character replaced, so the
#: order they are replaced in does not matter.
PLAIN = {**LIGATURES, "ſ": "s"}
KEEP_LONG_S = {**LIGATURES, "ﬅ": "ſt"}

_COMPATIBILITY_BLOCKS = (range(0xF900, 0xFB00), range(0x2F800, 0x2FA20))
_IDEOGRAPH_OF = {
    code: unicodedata.normalize("NFC", chr(code))
    for block in _COMPATIBILITY_BLOCKS
    for code in block
    if unicodedata.normalize("NFC", chr(code)) != chr(code)
}
#: The blocks as ranges: a class of the 1,002 characters themselves is searched character
#: by character against a list (most of them lie beyond the BMP), 20 times slower.
_COMPATIBILITY_BLOCK = re.compile(
    "["
    + "".join(f"{chr(block.start)}-{chr(block.stop - 1)}" for block in _COMPATIBILITY_BLOCKS)
    + "]"
)
#: Hangul syllables and jamo, hiragana and katakana: scripts whose users need the
#: duplicates.
_KEEPS_DUPLICATES = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\uac00-\ud7af]")


def _unified_ideographs(text: str) -> tuple[str, int]:
    # Every compatibility ideograph is beyond ASCII: an ASCII page (a flag of the
    # string) is not read for one.
    if text.isascii() or not _COMPATIBILITY_BLOCK.search(text) or _KEEPS_DUPLICATES.search(text):
        return text, 0
    found = sum(1 for char in text if ord(char) in _IDEOGRAPH_OF)
    return text.translate(_IDEOGRAPH_OF), found


def repair(text: str, keep_long_s: bool = True) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    text, counts["compatibility-ideograph"] = _unified_ideographs(text)
    counts["ligature"] = sum(text.count(lig) for lig in LIGATURES)
    if not keep_long_s:
        counts["long-s"] = text.count("ſ")
    if not counts["ligature"] and not counts["long-s"]:
        return text, +counts
    # Each character found replaced (``str.replace``), not the text translated: a
    # translation through a table looks up every character of the text, and a Fraktur
    # page has a long s in most of its lines.
    for char, plain in (KEEP_LONG_S if keep_long_s else PLAIN).items():
        text = text.replace(char, plain)
    return text, +counts


def apply(doc: Document, options: Options) -> None:
    doc.map_lines(NAME, lambda text: repair(text, options.keep_long_s))
