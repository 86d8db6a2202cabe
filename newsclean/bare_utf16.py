"""A few CJK characters in UTF-16 with no byte-order mark, whose bytes are UTF-8 too.

Defect: a UTF-16 file with no ASCII character in it (a title, a name, a cell's text
saved alone, with no line end) holds no NUL byte, so nothing marks it as UTF-16, and a
short one is valid UTF-8 now and then: ``全角`` in UTF-16-LE is ``hQ҉`` in UTF-8,
``いに同胞`` is ``D0k0\\x0cTހ``. Strict UTF-8 is taken without detection, so it came
back as those.

Recognition, from how each kind of file is made. A UTF-16 file whose bytes are all
ASCII (``杜甫`` in UTF-16-BE is ``g\\u+``) is read as ASCII: an ASCII file is far the
likelier, and no reader takes one for UTF-16. Beyond
:data:`newsclean.passes.decode.MAX_BARE_UTF16_BYTES` (16) UTF-16 CJK is
never valid UTF-8 by chance (of the clean corpus's CJK runs of 1 to 64 characters in
UTF-16 with no NUL: 188 in 30,964 of one character, 4 in 4,710 of six, none of eight
or more), and a UTF-8 file that size is left alone. Below it, the UTF-16 reading is
taken when the UTF-8 reading is not text, its CJK reading is:

* the UTF-8 reading holds a control character, a mark set on an ASCII letter or digit
  (``hQ҉``), or, in a word with ASCII letters or digits, a letter of a script beyond
  Latin's or a symbol (``D0k0\\x0cTހ``, ``Sшh``): no language writes its words so;
* the UTF-16 reading is CJK characters alone, none a control, unassigned or private
  use, its hanzi make words, and it costs less by ``MIN_BARE_WIDE_MARGIN`` a character
  (:mod:`newsclean.plausibility`).

Measured on the clean corpus: 139 of the 527 CJK strings of one to six characters
whose UTF-16 is UTF-8 with characters beyond ASCII are read right; none of 48,597
words and runs of its UTF-8 text beyond ASCII (one to eight characters) is taken for
UTF-16, nor is a Hebrew point standing alone (a grammar's list, ``ְ ֱ``).
"""

from __future__ import annotations

import unicodedata

#: The first code point of the letters beyond Latin's (IPA and on).
_BEYOND_LATIN = 0x250


def utf16_reading(raw: bytes, utf8: str) -> tuple[str, str] | None:
    """The UTF-16 codec and its reading of ``raw`` (short, valid UTF-8 as ``utf8``),
    where the module docstring says UTF-16 was meant; None where UTF-8 was."""
    if len(raw) % 2 or 0 in raw or raw.isascii() or not _not_text(utf8):
        return None
    from newsclean.cjk_readings import hanzi_make_words
    from newsclean.detection import MIN_BARE_WIDE_MARGIN, score, wide_readings
    from newsclean.plausibility import CJK_PUNCT_RANGES, is_cjk

    def cjk(ch: str) -> bool:
        return is_cjk(ch) or any(low <= ord(ch) <= high for low, high in CJK_PUNCT_RANGES)

    ceiling = score("utf-8", utf8) - MIN_BARE_WIDE_MARGIN
    for codec, text in wide_readings(raw, final=True).items():
        if all(map(cjk, text)) and hanzi_make_words(text) and score(codec, text) <= ceiling:
            return codec, text
    return None


def _not_text(text: str) -> bool:
    """Does ``text`` hold what no language writes (see the module docstring)?"""
    if any((ch < " " and ch not in "\t\n\r") or ch == "\x7f" for ch in text):
        return True
    for word in text.split():
        ascii_word = any(ch.isascii() and ch.isalnum() for ch in word)
        for i, ch in enumerate(word):
            if ch.isascii():
                continue
            kind = unicodedata.category(ch)[0]
            if kind == "M" and i and word[i - 1].isascii() and word[i - 1].isalnum():
                return True
            if ascii_word and ((kind == "L" and ord(ch) >= _BEYOND_LATIN) or kind not in "LMNPZ"):
                return True
    return False
