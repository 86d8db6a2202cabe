"""Crossheads: a section's subhead, set on a line of its own inside a story, which the
paragraph above or below it must not swallow.

Defect: OCR keeps a crosshead's line but reads no blank line around it, and damages it:
it flips a letter's case (``Fire Destroys barn``), loses the full stop the paper set
after it, reads a letter as a digit or a capital as specks; and a paragraph may
announce what follows with a colon. rejoin then runs the crosshead into the paragraph
above (a line that ends no sentence before a capital goes on) or the one below (a
short line that ends no sentence leads on).

Recognition, from how papers set a crosshead: one line between a paragraph that ends a
sentence (or on a colon) and a line that opens a sentence (its first character no
lower-case letter), that opens with a word and closes with a full stop or with no mark
at all, says a few words (``Tuning.crosshead_min_words`` to ``crosshead_max_words``),
its content words mostly capitalised (``crosshead_capitalised_share``; a digit opening
a word is a letter OCR misread), or set in sentence case with no closing mark after a
finished sentence, over a line that opens with a capital letter, not ending on a
possessive or demonstrative (``data/closed_words.txt``) or on an adjective after a
German article, before their noun (``_sentence_case_head``). Only a crosshead in
sentence case reaches ``split`` as one (``Layout.crosshead``): in headline case it is
set as the next brief's headline is, and split's widths decide.

Set as an old paper sets a one-line headline (every long word capitalised, closed by its
full stop) over running text not in headline case, it is one at any width. Otherwise the
layout must show it too: it is much narrower than the column around it
(``crosshead_max_measure_share`` of the measure, taken as ``Layout.measure`` is, of the
printed lines within ``crosshead_measure_reach_lines``), where a paragraph's first line
fills its column or falls short by its indent only; and narrower than the line under it,
which opens a paragraph at the column's measure.

Not a crosshead: a dateline or a credit (``Line.starts_new``, ``Line.byline``), a list
item (it opens with its marker, not a word), a line opening with a word in capitals (a
stack's line or a dateline's place), one that ends on a leading word (``of the``) or
opens as a sentence does (an article, then words in lower case: a heading drops the
article), a sentence's short first line (``The Board of Education`` over ``met on
Monday``: the line under it goes on in lower case), a paragraph's short last line (the
line above it ends no sentence; or it is in sentence case), an advertisement's display
lines (the line under it is narrower still).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsclean import regex
from newsclean.latin import LEADING_WORDS, in_headline_case, is_headline_case_deck, sentence_opening
from newsclean.page import lexicon
from newsclean.page.tuning import TUNING, Tuning
from newsclean.passes.rejoin.lines import Line, printed_widths

#: Marks that open a line before its first word (a quote, a bracket).
_OPENERS = "\"'“‘„«([¡¿"
#: Marks around a word that are not part of it.
_AROUND_WORD = ".,;:!?\"'“”‘’„«»()[]*"


def crosshead(lines: Sequence[Line], i: int, tuning: Tuning = TUNING) -> bool:
    """Is ``lines[i]``, between two lines of its block, a crosshead?"""
    # Cheap tests first: this is asked of every line of the page.
    before, line, after = lines[i - 1], lines[i], lines[i + 1]
    text = line.text
    if not (text.endswith(".") or text[-1:].isalpha()):
        return False
    if not (before.ends_sentence or before.text.endswith(":")):
        return False
    if line.cjk or after.cjk or line.byline or line.starts_new or _opens_lower(after.text):
        return False
    words = _few_words(text, tuning.crosshead_max_words)
    if words is None or len(words) < tuning.crosshead_min_words:
        return False
    if words[0].isupper() or not _capitalised(words[0].lstrip(_OPENERS)):
        return False
    if line.leading_word_end or sentence_opening(text):
        return False
    if not (_mostly_capitalised(words, tuning) or _sentence_case_head(text, before, after, words)):
        return False
    if (
        text.endswith(".")
        and before.ends_sentence
        and is_headline_case_deck(text)
        and not in_headline_case(after.text)
    ):
        return True
    short = tuning.crosshead_max_measure_share * _measure_around(lines, i, tuning)
    return line.width <= short and line.width < printed_widths(after)[0]


def in_sentence_case(text: str, tuning: Tuning = TUNING) -> bool:
    """A crosshead's words are not mostly capitalised: set in sentence case, it is
    told only by its place (a brief's headline in headline case is set as a crosshead
    in headline case is, between a story's last sentence and the next's first)."""
    return not _mostly_capitalised(text.split(), tuning)


def _sentence_case_head(text: str, before: Line, after: Line, words: Sequence[str]) -> bool:
    """Headed in sentence case (``What happens next``, ``Wie es weitergeht``), as many
    papers set their crossheads: capitals no longer tell it, so it must show the
    crosshead's other marks, no closing mark after a finished sentence (a paragraph's
    short last line ends on its full stop), and end on a word a heading can end on (not
    a possessive or demonstrative before its noun: ``Das Gebäude und seine`` /
    ``Umgebung``, where German's capitalised noun opens the next line), over a line that
    opens with a capital letter, as the section's first sentence does (a ragged line
    ending on ``rund`` goes on over a figure: ``90.000 Menschen``). The width test that
    follows must hold too."""
    return (
        text[-1:].isalpha()
        and before.ends_sentence
        and after.text.lstrip(_OPENERS)[:1].isupper()
        and words[-1].lower() not in _determiners()
        and not _before_noun(words)
    )


@cache
def _determiners() -> frozenset[str]:
    """The possessives and demonstratives of ``data/closed_words.txt``."""
    return frozenset(lexicon.sections("closed_words")["determiners"])


@cache
def _german_articles() -> frozenset[str]:
    """German's articles that are no English word (``die`` is): ``data/closed_words.txt``."""
    closed = lexicon.sections("closed_words")
    return frozenset((*closed["articles.de"], *closed["genitive.de"])) - {"die"}


#: A word in lower case with an adjective's ending, the bare ``-e`` too (``eine
#: schusssichere``).
_ADJECTIVE = regex.compile(r"[a-zäöüß]+(?:e|en|em|er|es)")


def _before_noun(words: Sequence[str]) -> bool:
    """The words end on an adjective after a German article (``Der Verdächtige habe
    eine schusssichere`` / ``Weste getragen``): its noun, capitalised, opens the next
    line. A heading ends on its noun or verb (``Was das bedeutet``)."""
    return (
        len(words) >= 2
        and words[-2].lower() in _german_articles()
        and _ADJECTIVE.fullmatch(words[-1]) is not None
    )


def _few_words(text: str, most: int) -> list[str] | None:
    """``text.split()`` when it holds ``most`` words or fewer, else None. A joined
    paragraph is refused after its first ``most + 1`` words, where splitting it read
    all of them: split at most ``most`` times, a text of more words leaves its rest in
    one piece, so the pieces are more than ``most``."""
    words = text.split(maxsplit=most)
    return words if len(words) <= most else None


def _measure_around(lines: Sequence[Line], i: int, tuning: Tuning) -> int:
    """The measure of the column around ``lines[i]``: the upper quartile of the printed
    widths of the lines near it (a joined paragraph's by its ``Layout.column``), as
    ``Layout.measure`` takes a paragraph's. Near, as a block an extractor read across a
    page holds headlines and columns of other widths."""
    reach = tuning.crosshead_measure_reach_lines
    near = [*lines[max(0, i - reach) : i], *lines[i + 1 : i + 1 + reach]]
    widths = sorted(n.width if n.layout is None else n.layout.column for n in near)
    return widths[3 * (len(widths) - 1) // 4]


def _capitalised(word: str) -> bool:
    """The word opens with a capital, or with a digit OCR read for one before letters
    (``0ar``; ``9x12`` and ``1917`` are numbers)."""
    return word[:1].isupper() or (word[:1].isdigit() and word[1:].isalpha())


def _opens_lower(text: str) -> bool:
    """The line's first character, after an opening quote or bracket, is a lower-case
    letter: it goes on a sentence. (A capital OCR read as specks, ``*%iicre``, opens
    none.)"""
    first = text.lstrip(_OPENERS)[:1]
    return first.islower()


def _mostly_capitalised(words: Sequence[str], tuning: Tuning) -> bool:
    """Most content words (no leading word, of ``crosshead_content_word_min_chars``
    letters or digits or more) open with a capital, or with a digit OCR read for a
    letter (``0ar``), and at least two of them do."""
    content = 0
    capitalised = 0
    for word in words:
        bare = word.strip(_AROUND_WORD)
        if sum(ch.isalnum() for ch in bare) < tuning.crosshead_content_word_min_chars:
            continue
        if bare.lower() in LEADING_WORDS:
            continue
        content += 1
        capitalised += _capitalised(bare)
    return capitalised >= 2 and capitalised >= tuning.crosshead_capitalised_share * content
