"""Greek in ISO 8859-7, which a detector calls cp1253.

Defect: Windows' Greek codec (cp1253) and ISO 8859-7 set the same letters at the same
bytes but one: the capital alpha with tonos, ``Ά`` (0xA2 in cp1253, 0xB6 in ISO
8859-7), where cp1253 has the pilcrow ``¶``. A detector's statistics cannot tell the
two apart and name cp1253, so every ``Ά`` of an ISO 8859-7 text came back as ``¶``
(``¶ρθρο 1``: each article of a law, every sentence that opens on the letter).

The other way round, cp1253's ``Ά`` (0xA2) is ISO 8859-7's closing quote ``’``, and a
detector that names ISO 8859-7 for a cp1253 text turns ``Άρθρο 1`` into ``’ρθρο 1``.

Recognition: a pilcrow marks a paragraph, set before a number or a space (``¶ 12``),
never as a word's first or last letter. A cp1253 reading with a ``¶`` beside a Greek
letter is ISO 8859-7, where ISO 8859-7 reads every byte. A closing quote closes: it
follows a word, and the apostrophe of a dropped vowel (``που ’ναι``) stands inside a
sentence. An ISO 8859-7 reading with a ``’`` that opens a line or a sentence, before
a Greek letter, is cp1253, where cp1253 reads every byte. A text's own pilcrows and
quotes, apart from words or after them, keep its codec.
"""

from __future__ import annotations

import codecs
import re

#: A pilcrow beside a Greek letter (the Greek and Coptic block's letters).
_PILCROW_IN_WORD = re.compile("¶[\u0386-\u03ff]|[\u0386-\u03ff]¶")


#: A closing quote opening a line or a sentence, before a Greek letter.
_QUOTE_OPENING = re.compile("(?:^|[.;!:]\\s+|\n\\s*)’[\u0386-\u03ff]")
#: Each codec, its sibling, and what in its reading is the sibling's ``Ά``.
_SIBLINGS = {"cp1253": ("iso8859_7", _PILCROW_IN_WORD), "iso8859_7": ("cp1253", _QUOTE_OPENING)}


def greek_reading(sample: bytes, picked: str, final: bool) -> str:
    """``picked``, or its sibling where ``picked`` is cp1253 or ISO 8859-7, its reading
    of ``sample`` holds what the sibling reads as ``Ά`` where a letter stands (the
    module docstring), and the sibling reads every byte."""
    if picked not in _SIBLINGS:
        return picked
    sibling, misread = _SIBLINGS[picked]
    try:
        text = codecs.getincrementaldecoder(picked)().decode(sample, final=final)
        if not misread.search(text):
            return picked
        codecs.getincrementaldecoder(sibling)().decode(sample, final=final)
    except UnicodeDecodeError:
        return picked
    return sibling
