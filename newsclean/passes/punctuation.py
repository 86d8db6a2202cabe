"""punctuation: ASCII punctuation inside CJK sentences to fullwidth; fullwidth
letters and digits to ASCII.

Defects: input methods and OCR leave halfwidth ``,`` ``;`` ``:`` ``?`` ``!`` ``(`` ``)``
inside Chinese sentences (``数字化平台, 激活``), and fullwidth Latin letters and digits
(``２０２０``, ``ＡＩ``) where the rest of the text uses ASCII.

Recognition: a halfwidth mark is converted only when a CJK character stands right
before it and the next non-space character is CJK (or an opening quote or bracket
before CJK); the spaces after it go too, as they would after the fullwidth mark. So
numbers (``1,000``, ``2.8``), URLs and Latin sentences, which never have CJK on both
sides of the mark, are untouched. ``.`` becomes ``。`` only between two CJK characters.
Parentheses become fullwidth when they hold CJK and touch CJK outside. Fullwidth
punctuation itself is the correct form in Chinese and is never made halfwidth (ftfy's
``fix_character_width`` would do that, which is why it is not used here).
"""

from __future__ import annotations

from collections import Counter

from newsclean import regex
from newsclean.chardata import CJK
from newsclean.model import Document
from newsclean.options import Options

NAME = "punctuation"
DESCRIPTION = "ASCII ,;:?!() inside CJK sentences to fullwidth; fullwidth letters/digits to ASCII"

_FULLWIDTH = {ord(","): "，", ord(";"): "；", ord(":"): "：", ord("?"): "？", ord("!"): "！"}
_NEXT_IS_CJK = f"(?=[“‘《「『（【]?[{CJK}])"
# Each pattern opens with the halfwidth mark and looks behind from there, so the regex
# engine skips to the next mark in C instead of trying a lookbehind at every character.
_MARK = regex.compile(f"[,;:?!](?<=[{CJK}][,;:?!])[ \t]*{_NEXT_IS_CJK}")
_FULL_STOP = regex.compile(f"\\.(?<=[{CJK}]\\.)(?=[{CJK}])")
#: The text inside holds a CJK character: read as "no CJK, then one, then the rest", each
#: part possessive, so a ``(`` before a long run with no ``)`` is read once (``[^()]*``
#: around a CJK class backtracked over every way to split the run: quadratic).
_INSIDE = f"[^()\\n{CJK}]*+[{CJK}][^()\\n]*+"
_PARENS = regex.compile(f"\\((?:(?<=[{CJK}]\\()({_INSIDE})\\)|({_INSIDE})\\)(?=[{CJK}]))")
_FULLWIDTH_ALNUM = regex.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")


def repair(text: str) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    if _FULLWIDTH_ALNUM.search(text):
        text, n = _FULLWIDTH_ALNUM.subn(
            lambda m: "".join(chr(ord(c) - 0xFEE0) for c in m.group(0)), text
        )
        counts["fullwidth-alphanumeric"] += n
    if not any(c in text for c in ",;:?!.("):
        return text, +counts
    text, n = _MARK.subn(lambda m: _FULLWIDTH[ord(m.group(0)[0])], text)
    counts["halfwidth-mark"] += n
    text, n = _FULL_STOP.subn("。", text)
    counts["halfwidth-full-stop"] += n
    text, n = _PARENS.subn(lambda m: f"（{m.group(1) or m.group(2)}）", text)
    counts["halfwidth-parentheses"] += n
    return text, +counts


def apply(doc: Document, options: Options) -> None:
    doc.map_lines(NAME, repair)
