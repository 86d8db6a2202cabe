"""Closed compounds: German and Dutch write a compound as one word (``Herbst`` +
``schluss`` + ``verkauf``), and the join of its parts can run five consonants together
(``Herbstschlussverkauf``: ``rbstschl``), which the OCR-junk test doubts. A vocabulary
lists the common compounds (``Postschalter``), not every one a writer makes. A word
reads as a compound when it splits into two or three parts, each a common word of one
of those languages (with the linking ``s``/``es``/``n``/``en`` between them,
``data/compound_links.txt``) and long enough to say something: junk splits into none
(``Tbbrnnmsch``), as the vocabularies' short scraps (``tbb``, ``rrr``) are too short
to be parts and too rare to count.
"""

from __future__ import annotations

from newsclean.dehyphenate import zipf
from newsclean.page import lexicon
from newsclean.page.tuning import TUNING, Tuning


def is_compound(word: str, tuning: Tuning = TUNING) -> bool:
    """``word`` (letters only) is one, two or three common words of one compounding
    language written as one."""
    if len(word) > tuning.compound_max_chars:
        # No compound a writer makes is that long; each split would cost lookups.
        return False
    lower = word.lower()
    return any(
        _splits(lower, language, tuning.compound_max_parts, tuning)
        for language in lexicon.sections("compound_links")
        if language
    )


def _splits(word: str, language: str, parts: int, tuning: Tuning) -> bool:
    """``word`` is at most ``parts`` common words of ``language``, each but the last
    with its link."""
    if _common(word, language, tuning):
        return True
    least = tuning.compound_part_min_chars
    return parts > 1 and any(
        _common_head(word[:end], language, tuning)
        and _splits(word[end:], language, parts - 1, tuning)
        for end in range(least, len(word) - least + 1)
    )


def _common_head(part: str, language: str, tuning: Tuning) -> bool:
    """A compound's first or middle part, with or without its link."""
    if _common(part, language, tuning):
        return True
    return any(
        part.endswith(link) and _common(part[: -len(link)], language, tuning)
        for link in lexicon.sections("compound_links")[language]
    )


def _common(part: str, language: str, tuning: Tuning) -> bool:
    return len(part) >= tuning.compound_part_min_chars and (
        zipf(part, language) >= tuning.compound_part_min_zipf
    )
