"""glyphs: typographic ligatures and the long s, as the letters they stand for.

Defect: text extracted from PDFs and OCR of older type keeps presentation forms that are
not letters a search or a spell checker knows: the ligatures ``ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ``, and the
long s ``ſ`` of Fraktur and early roman type (``Geſellſchaft``, ``Congreſs``).

Recognition is a table: each ligature is replaced by its letters, and ``ſ`` by ``s``
(``Options.keep_long_s`` keeps it, for editions that transcribe the type as printed;
then ``ﬅ`` becomes ``ſt``). Curly quotes and apostrophes are left as they are: they are
what was printed, not a defect.
"""

from __future__ import annotations

from collections import Counter

from newsclean.model import Document
from newsclean.options import Options

NAME = "glyphs"
DESCRIPTION = "ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) and the long s (ſ) as plain letters"

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_PLAIN = str.maketrans({**LIGATURES, "ſ": "s"})
_KEEP_LONG_S = str.maketrans({**LIGATURES, "ﬅ": "ſt"})


def repair(text: str, keep_long_s: bool = False) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    counts["ligature"] = sum(text.count(lig) for lig in LIGATURES)
    if not keep_long_s:
        counts["long-s"] = text.count("ſ")
    if not +counts:
        return text, Counter()
    return text.translate(_KEEP_LONG_S if keep_long_s else _PLAIN), +counts


def apply(doc: Document, options: Options) -> None:
    doc.map_lines(NAME, lambda text: repair(text, options.keep_long_s))
