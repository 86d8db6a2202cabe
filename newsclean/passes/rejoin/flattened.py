"""Words a column broke at a line end, left broken inside a line by a text conversion.

Defect: OCR kept as word boxes (hOCR, ALTO) and turned into text a paragraph a line joins
each printed line to the next with a space, so the hyphen of every word the column
broke stays in the middle of the line, before a space (the Reichsanzeiger's ``zum
Kreis- arzt in Freystadt``, ``die Dber- förstereien``, ``wegen Un- zuverlässigkeit``):
rejoin's dehyphenation only reads line ends, and never sees them.

Recognised as: a word of two letters or more, a hyphen, one space and a word in lower
case, inside a line, on a page that shows the conversion: at least
:data:`MIN_FLATTENED_BREAKS` such places whose joined word is a word (the page writes it
whole elsewhere, or the language's vocabulary knows it). Each place is then resolved as
a break at a line end is (``dehyphenate.resolve_hyphen``: the page's own spellings, a
conjunction after the hyphen, compounds, prefixes), and joined only where the joined
word is a word or the first half is none (``Dber``, OCR's ``O`` read as ``D``): a first
half that is a word of its own before a second it joins into no word with is a
suspended compound or a dash (``Ein- bzw. Ausfuhr``, ``two- to three-hour``, ``tired-
very tired``), kept as printed. Ordinary text, where a hyphen before a space is a
suspended compound (``West- und Ostafrika``, ``pre- and post-war``), shows no such
places and is never read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from newsclean import regex
from newsclean.dehyphenate import MIN_WORD, resolve_hyphen, zipf

_LETTER = "A-Za-z\u00c0-\u024f"
#: A word, its hyphen and one space, then a word in lower case: the break a conversion
#: left in a line. The first half is a word's start (no letter or hyphen before it).
_FLATTENED = regex.compile(f"(?<![{_LETTER}-])([{_LETTER}]{{2,}})- ([a-zß-ÿ][{_LETTER}]*)")
#: Places whose joined word is a word a page shows before its other places are read as
#: breaks: one alone may be a suspended compound whose conjunction OCR misread.
MIN_FLATTENED_BREAKS = 2


def join_flattened_breaks(
    blocks: list[list[str]], vocabulary: Callable[[str], Counter[str]]
) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """The blocks' lines with the words a conversion left broken inside them joined, and
    each word as it read and as joined; the lines as they are on a page that does not
    show it. The page's ``vocabulary`` is built only on a page with places enough to
    show it, and from its text without them: the halves of a broken word are no
    evidence of anything."""
    places = [m for lines in blocks for line in lines for m in _places(line)]
    if len(places) < MIN_FLATTENED_BREAKS:
        return blocks, []
    vocab = vocabulary("\n".join(_FLATTENED.sub(" ", line) for lines in blocks for line in lines))
    language = getattr(vocab, "language", None)

    def is_word(word: str) -> bool:
        word = word.lower()
        return bool(vocab[word]) or (language is not None and zipf(word, language) >= MIN_WORD)

    def joins(left: str, right: str) -> bool:
        if resolve_hyphen(left, right, vocab) != "join":
            return False
        return is_word(left + right) or not is_word(left)

    shown = sum(1 for m in places if joins(m[1], m[2]) and is_word(m[1] + m[2]))
    if shown < MIN_FLATTENED_BREAKS:
        return blocks, []
    joined: list[tuple[str, str]] = []

    def join(m: re.Match[str]) -> str:
        if not joins(m[1], m[2]):
            return m[0]
        joined.append((m[0], m[1] + m[2]))
        return m[1] + m[2]

    return [[_FLATTENED.sub(join, line) for line in lines] for lines in blocks], joined


def _places(line: str) -> list[re.Match[str]]:
    # Most lines hold no hyphen before a space: one substring test spares the pattern.
    return list(_FLATTENED.finditer(line)) if "- " in line else []
