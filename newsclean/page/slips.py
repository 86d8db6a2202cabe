"""Words as OCR may have read them: within a few slips (edit distance) of the word.

A nameplate's date, price and issue lines as OCR garbled them (``forms.garbled_form``)
are read word by word against the months, weekdays and coin words, and a copyright
credit's first word against ``copyright``. A word within ``k`` slips of another shares a
spelling with it, each with at most ``k`` letters deleted; a word list is indexed once
by those spellings, so a token is compared by the edit-distance table only with the few
words its own deletions find.
"""

from __future__ import annotations

from functools import lru_cache


def fuzzy_equal(word: str, target: str, errors: int) -> bool:
    """``word`` reads as ``target`` with at most ``errors`` OCR slips (edit distance)."""
    a, b = word.lower(), target
    if abs(len(a) - len(b)) > errors:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= errors


def ocr_slips(word: str) -> int:
    """The OCR slips (edit distance) a word of this length may carry and still be read
    as the word it was: none in a word of three letters, two from six (``Nuniber``)."""
    return 0 if len(word) <= 3 else 1 if len(word) <= 5 else 2


#: The most slips :func:`ocr_slips` allows any word.
MOST_SLIPS = 2


def _deletions(word: str, most: int) -> set[str]:
    """``word`` with up to ``most`` of its letters deleted, in every way."""
    found = {word}
    layer = found
    for _ in range(most):
        layer = {w[:i] + w[i + 1 :] for w in layer for i in range(len(w))}
        found |= layer
    return found


@lru_cache(maxsize=16)
def _slip_index(words: tuple[str, ...] | frozenset[str]) -> tuple[dict[str, tuple[str, ...]], int]:
    """Each of ``words`` under every spelling with as many letters deleted as the word
    allows slips, and the longest word's length. A word within ``k`` slips of another
    shares a spelling with it, each with at most ``k`` letters deleted (a letter put for
    another is one deleted from each; one too many, one deleted from the longer), so a
    token's own deletions find every word it may read as, and only those few need the
    edit-distance table."""
    index: dict[str, list[str]] = {}
    for word in words:
        for spelling in _deletions(word, ocr_slips(word)):
            index.setdefault(spelling, []).append(word)
    found = {spelling: tuple(found) for spelling, found in index.items()}
    return found, max(map(len, words))


@lru_cache(maxsize=8192)
def reads_as(letters: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    """``letters`` is one of ``words`` with the slips the word's length allows (a
    garbled form's token, its digits read as the letters of their shape). (Cached: the
    month, weekday and coin words are asked of the same few words page after page.)"""
    index, longest = _slip_index(words)
    lower = letters.lower()
    if len(lower) > longest + MOST_SLIPS:
        return False
    candidates = {w for s in _deletions(lower, MOST_SLIPS) for w in index.get(s, ())}
    return any(fuzzy_equal(letters, w, ocr_slips(w)) for w in candidates)
