"""mojibake: text decoded with the wrong codec, reversed.

Defect: UTF-8 bytes read as Latin-1 or Windows-1252 (``Ã©`` for ``é``, ``â€™`` for
``’``), sometimes twice over.

Recognition: a cheap scan finds lines holding a UTF-8 lead byte rendered in Latin-1 or
cp1252 followed by a continuation byte rendered the same way, the fingerprint of this
defect. Only those lines go to ftfy, and only to its encoding repair: ftfy's other
defaults damage Chinese text (``fix_character_width`` turns ``，`` into ``,``,
``uncurl_quotes`` turns ``“”`` into ``""``), so they never run here. ftfy keeps a line
unchanged unless the repaired text is clearly less strange.
"""

from __future__ import annotations

from collections import Counter

from newsclean import regex
from newsclean.model import Document
from newsclean.options import Options

NAME = "mojibake"
DESCRIPTION = "wrong-codec text reversed: UTF-8 read as Latin-1/cp1252 (ftfy's encoding repair)"

#: cp1252 renderings of the bytes 0x80-0xBF, the continuation bytes of UTF-8.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
#: A UTF-8 lead byte (0xC2-0xF4) shown as Latin-1, then a continuation byte.
LATIN_MOJIBAKE = regex.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")


def repair_latin(text: str) -> tuple[str, Counter[str]]:
    """Repair UTF-8-as-Latin-1/cp1252 mojibake line by line; lines without the
    fingerprint are never handed to ftfy."""
    counts: Counter[str] = Counter()
    if LATIN_MOJIBAKE.search(text) is None:
        return text, counts
    import ftfy

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if LATIN_MOJIBAKE.search(line) is None:
            continue
        fixed = ftfy.fix_encoding(line)
        if fixed != line and "\n" not in fixed:
            lines[i] = fixed
            counts["latin-mojibake"] += 1
    return "\n".join(lines), counts


def apply(doc: Document, options: Options) -> None:
    doc.map_lines(NAME, repair_latin)
