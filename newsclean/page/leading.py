"""A line that ends on a word leading into the next: a preposition, an article, a
conjunction or a postposition's case marker (``…ухвалила бюджет на`` / ``2024 рік``,
``…הגשר החדש מעל`` / ``הנהר,``, ``De gemeenteraad van`` / ``Utrecht``). No heading
and no sentence ends on one, so the line goes on, whatever the line under it opens
with; a script without case shows no lower case to say so.

The last word is the run of letters and marks the line ends in (a line ending in a
mark or a digit ends on no word); it is looked up in the list of its script, named as
Unicode names its first letter (``data/leading_words.txt``). Each such list is of
one script's languages, which share none of their leading words with another's
ordinary last words. Latin letters spell many languages: English, French and German
are ``newsclean.latin``'s to answer; Italian, Dutch and Spanish leading words are
asked only where the text before the word reads as that language by its function
words (``stolen van`` is English, ``gemeenteraad van`` Dutch).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from newsclean.dehyphenate import language_of
from newsclean.page import lexicon


@cache
def _lists() -> dict[str, frozenset[str]]:
    """The leading words of each script, by the first word of its letters' Unicode
    names in lower case (``cyrillic``, ``hebrew``)."""
    sections = lexicon.sections("leading_words")
    return {script: frozenset(words) for script, words in sections.items() if script}


def _latin_leading_end(text: str) -> bool:
    """The line ends on a leading word of Italian, Dutch or Spanish, and the text before
    it reads as that language by its function words."""
    word = text[-_window() :].rsplit(None, 1)[-1].lower()
    languages = _latin_languages().get(word)
    if languages is None:
        return False
    # The word itself is no evidence: ``stolen van`` would read as Dutch by it.
    return f"latin.{language_of(text[: len(text) - len(word)])}" in languages


@cache
def _latin_languages() -> dict[str, frozenset[str]]:
    """Each Latin leading word and the lists (``latin.it``…) that hold it: rejoin asks
    of every Latin line that ends in a letter, and one look-up answers what a test of
    each script's list did."""
    found: dict[str, set[str]] = {}
    for name, words in _lists().items():
        if name.startswith("latin."):
            for word in words:
                found.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in found.items()}


@cache
def _window() -> int:
    """Characters to read from the line's end: one more than the longest entry, so
    a longer word cut by the window reads as no entry."""
    return 1 + max(len(word) for words in _lists().values() for word in words)


def ends_in_leading_word(text: str) -> bool:
    """The line's last word leads into the next, in its script's list (a Latin line's,
    in the list of the language it reads as)."""
    if not text:
        return False
    if text[-1] < "\u0370":
        return text[-1].isalpha() and _latin_leading_end(text)
    word = text[-_window() :].rsplit(None, 1)[-1]
    # Letters and marks only (an Indic word ends in a vowel sign, which is no letter):
    # a word followed by a mark, a digit or a bracket ends no phrase of its own.
    if not all(unicodedata.category(ch)[0] in "LM" for ch in word):
        return False
    script = unicodedata.name(word[0], "").split(" ", 1)[0].lower()
    leading = _lists().get(script)
    return leading is not None and word.lower() in leading
