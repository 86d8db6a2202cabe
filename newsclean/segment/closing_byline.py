"""A closing byline set in capitals, taken for the next story's headline.

Many papers (French ones above all) end a story with its writer's name in capitals on a
line of its own (``SOPHIE LEROY``, ``JEAN-PIERRE MARTIN``). Alone, that line has a
headline's shape, and ``roles`` makes it one: ``split`` then opens a story on it. Labels
and headlines are set in capitals too (``AVIS PUBLIC``, ``FAITS DIVERS``), so the shape
cannot tell them; a given name can. A line of two to four capitals words and nothing
else (no comma, no clause), whose first word or a hyphenated part of it is a given name
(``data/given_names``), standing after a paragraph that ends its sentence and not over
running text (text that begins in lower case goes on from elsewhere), signs the story
before it. A headline naming a person stands over its
story's text; a street or place in capitals (``RUE VICTOR HUGO``) does not open on the
name; an opening byline stands under a headline, not after a finished paragraph.
"""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import without_accents
from newsclean.page import lexicon
from newsclean.segment.model import Unit

#: A writer's name runs two to four words (given name, particles, surname).
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
#: A word of a name set in capitals: letters, joined by a hyphen or an apostrophe.
_CAPITALS_WORD = regex.compile(r"^[A-ZÀ-ÞŒ]+(?:['’-][A-ZÀ-ÞŒ]+)*$")


def fold_name(word: str) -> str:
    """Lower case without accents: how ``data/given_names`` lists the names
    (``tools/build_given_names.py`` folds them with this). The accent fold is
    ``latin._fold``'s; only the case differs, the list's."""
    return without_accents(word.lower())


def capitals_name(text: str) -> bool:
    """``text`` is a person's name in capitals that opens on a given name."""
    words = text.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return False
    if not all(_CAPITALS_WORD.match(w) for w in words):
        return False
    names = lexicon.word_set("given_names")
    return any(fold_name(part) in names for part in words[0].split("-"))


def _continues_other_text(unit: Unit) -> bool:
    """Text that begins in lower case goes on from elsewhere (a column read across the
    page): no headline stands over it, so it does not make the line over it one."""
    return next((ch for ch in unit.text if ch.isalpha()), "").islower()


def closing_byline_in_capitals(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A name in capitals after a finished paragraph, not over running text: the
    byline that closes the story before it."""
    return (
        before is not None
        and unit.role == "heading"
        and before.role == "body"
        and before.ends_sentence
        and (after is None or after.role != "body" or _continues_other_text(after))
        and not unit.cjk
        and capitals_name(unit.text.strip())
    )
