"""OCR junk at a page's foot: a line read off a torn or smudged edge of the scan
(``Jfai- i, JfftZtmrre-MaGia .n IV !.,,-``), letters enough to pass for words but
hardly a word anyone wrote. It is judged by how much of it reads as words, not by its
characters: a readable word has a word's case (``word``, ``Word``, ``WORD``,
``McDONALD``, ``Tuesday's``), a vowel and no run of five consonants (``subscribed``
has four) unless the languages' vocabularies know it (``Deutschland``, ``strengths``,
``Postschalter``: German and English run five consonants together) or it is a compound
of words they know (``Herbstschlussverkauf``: ``page.compounds``); a line whose readable
words hold under a third of the letters of its words of three letters or more is junk
(initials and short scraps say nothing either way).
A folio, a label, a credit or a garbled last line of a story at the foot reads as
words enough (``Continued on Page 5``, ``McCORMICK BROS.``, ``BILLT WHISKERa``).
"""

from __future__ import annotations

from newsclean import regex
from newsclean.dehyphenate import zipf
from newsclean.page import lexicon
from newsclean.page.compounds import is_compound

_TOKEN = regex.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_WORD_SHAPE = regex.compile(
    r"^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+|(?:Mc|Mac|O['’])[A-Z][a-zA-Z]+)(?:['’](?:[a-z]+|[A-Z]+))?$"
)
_VOWEL = regex.compile(r"[aeiouyAEIOUY]")
_CONSONANTS = regex.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{5}")
#: The fewest letters (in words of three or more) a junk line holds: fewer is a speck
#: or a mark (``is_noise``'s), or initials.
_MIN_LETTERS = 6


def _readable(word: str) -> bool:
    if _WORD_SHAPE.match(word) is None or _VOWEL.search(word) is None:
        return False
    if _CONSONANTS.search(word) is None:
        return True
    # Asked only of the rare word the letter test doubts: the vocabularies are read once.
    return any(zipf(word, lang) > 0 for lang in lexicon.words("languages")) or is_compound(word)


def is_unreadable(text: str) -> bool:
    """``text`` (a Latin line) is OCR junk: its readable words hold under a third of
    the letters of its words of three letters or more."""
    if not text.isascii() or "://" in text or "www." in text:
        # A link is a string of words run together, read by its own form.
        return False
    words = [w for w in _TOKEN.findall(text) if len(w) >= 3]
    letters = sum(len(w) for w in words)
    if letters < _MIN_LETTERS:
        return False
    return 3 * sum(len(w) for w in words if _readable(w)) < letters
