"""Words broken at a line end in Latin-script text: join them, or keep their hyphen.

``rejoin`` calls :func:`join_lines` for every pair of lines it puts into one paragraph.
How a break is resolved comes from how columns are hyphenated and how OCR reads them:

* *A hyphen-like mark at the line end* (``-``, a soft hyphen, and the ``¬``, ``=`` and
  ``⸗`` that Fraktur OCR gives for the double hyphen) after a letter, before a word: the
  page's own vocabulary decides first (the hyphenated form seen on one line keeps the
  hyphen; the joined word seen keeps it out); then the rules of compounds: a capitalised
  second half or a number keeps the hyphen (``New-⏎York``, ``1914-⏎18``), as do prefixes
  written with one (``self-``, ``non-``, ``anti-``), unless the joined word is a common
  word of its own (``ex-⏎position``, ``pre-⏎sented``); a conjunction after the hyphen is
  a suspended compound, kept with its space (``West- und Ostafrika``, ``pre- and
  post-war``). Then word frequencies: a joined word that the language uses is joined,
  unless both halves are words on their own and the joined word is far rarer than they
  are (a compound: ``part-⏎time``, ``rendez-⏎vous``; German and Dutch, which close their
  compounds, join any word they know); two halves that are both words on their own keep
  their hyphen. With no language and no page vocabulary to go by, a short text keeps the
  hyphen (``Twenty-⏎five people came.``) and a long page joins. A soft hyphen always
  goes. A dash at a line end (``—``, ``–``) is punctuation, never a break, and is not
  touched here. In another cased alphabet (Cyrillic, Greek), with no vocabulary, a
  hyphen between letters is kept and the halves joined without a space; a hyphen that
  OCR set after a space (``par -⏎ade``) joins only when the joined word is a word.
* *A break whose hyphen the OCR lost* (``com⏎munity``): only on pages that show the loss
  (line ends where one half is no word and the joined one clearly is, more often than line
  ends with a hyphen, or three of them: OCR drops some of a page's hyphens and keeps
  others, and a typeset page never breaks a word without one). Hyphenation leaves at
  least two letters on each side and never breaks before a capital, so shorter or
  capitalised halves are words of their own. Two halves that are both common words are
  joined only when the joined word is far more likely than the two side by side
  (``may⏎be`` stays, ``dis⏎covered`` joins); otherwise the joined word must be a word and
  likelier than the rarer half.

* *A hyphen an encoder could not write* (``Uni?⏎ted``): a text saved to ASCII with
  replacement writes each soft hyphen as ``?``. Found by :func:`question_hyphens` (the
  ``replacement`` pass puts the soft hyphen back): only on a page that shows it, with
  more ``word?⏎word`` line ends whose joined word clearly is one than line ends with a
  hyphen, three at least, and then each such ``?`` only where a break whose hyphen was
  lost would join (``joins_lost_break``): a question at a line end before a lower-case
  word (``coming?⏎yes``) joins into no word and stays a question.

Frequencies are wordfreq's Zipf values, kept in the package (``newsclean.vocabulary``, read
only for Latin text in a language the page is recognised as: English, French, German and
a few more by their function words, five of them, or in a short text any of one
language only); in another language the page's vocabulary alone decides.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Literal

from newsclean import regex
from newsclean import vocabulary as frequencies

_LETTER = "A-Za-z\u00c0-\u024fſ"
#: A word or number, then a hyphen-like mark, at the end of a line (``¬ = ⸗`` after letters).
LINE_END_MARK = regex.compile(f"([{_LETTER}0-9]+)([-\u00ad])$|([{_LETTER}]+)([¬=⸗])$")
_LAST_WORD = regex.compile(f"(?<![{_LETTER}'’])([{_LETTER}]+)$")
_FIRST_WORD = regex.compile(f"^([{_LETTER}0-9]+)")
_WORDS = regex.compile(regex.run_of(f"[{_LETTER}]") + f"(?:-[{_LETTER}]+)*")
# Opens at the first character of a run of non-spaces only (``\S+`` alone is tried at
# every character of a long run, and reads to its end each time: quadratic).
_BROKEN = regex.compile("\\S(?<!\\S\\S)\\S*[-\u00ad¬=⸗]\n\\s*\\S+")
#: A word and a hyphen that OCR set apart by a space, at the end of a line.
_SPACED_HYPHEN = regex.compile(f"([{_LETTER}]{{2,}})( -)$")
_LETTERS = regex.compile(regex.run_of(f"[{_LETTER}]"))
_LETTER_SET = frozenset(ch for ch in map(chr, range(0x250)) if _LETTERS.fullmatch(ch))
# Opens at a word's first letter only: from every letter of a word it read the word to
# its end (quadratic in the word's length). Same matches.
_LINE_PAIR = regex.compile(f"(?<![{_LETTER}])([{_LETTER}]+)\n[ \t]*([a-zß-ÿſ][{_LETTER}]*)")

#: First halves that are written with a hyphen before any word.
HYPHEN_PREFIXES = frozenset(
    "self non anti ex all half well ill cross counter co post pre pro quasi semi ultra "
    "vice mid over under long short high low full far near much".split()
)
#: A conjunction after a line-end hyphen: the first word is a suspended compound.
SUSPENDED_BEFORE = frozenset("und oder bis sowie and or nor et ou ni".split())


@cache
def _function_words() -> dict[str, tuple[str, ...]]:
    """Function words that tell the language of a page, the commonest of each, by
    language: ``newsclean.page``'s ``data/function_words.txt``, read when first asked."""
    from newsclean.page import lexicon

    return {lang: words for lang, words in lexicon.sections("function_words").items() if lang}


#: A page needs this many function words of one language to be read as that language.
MIN_FUNCTION_WORDS = 5
#: A text of fewer characters is short (a caption, a post, a few lines): it may hold too
#: few function words to be read as its language, and too few words of its own to
#: decide a break by. (Characters, not Latin words: a Chinese page with a few English
#: words in it is no short text.)
SHORT_TEXT = 400
#: Zipf frequency from which a word counts as common on its own.
COMMON = 3.5
#: Two common words are joined only when the joined word beats them by this much
#: (Zipf units, over the two read as independent words).
FAR_MORE_LIKELY = 2.0
#: Two words broken at a hyphen are one word when the joined word is at most this much
#: rarer than the rarer of them (Zipf units).
COMPOUND_MARGIN = 2.5
#: Languages that write their compounds as one word (``Fußballspiel``, a long word rarer
#: than its parts): a word they know, broken at a hyphen, is that word.
CLOSED_COMPOUNDS = frozenset({"de", "nl"})
#: A joined word needs at least this Zipf frequency to be taken as a word.
MIN_WORD = 1.5
#: A word broken after a prefix is joined when the joined word is this common
#: (``exposition``, ``presented``; not ``selfgovernment`` or ``prewar``).
PREFIX_WORD = 3.5

Decision = Literal["join", "keep", "space"]


class Vocabulary(Counter[str]):
    """The page's words as written on one line, lowercased, with what the page tells:
    its ``language`` (or None), whether its OCR lost the hyphens of broken words, and
    whether it is too ``short`` to tell them."""

    language: str | None = None
    lost_hyphens: bool = False
    short: bool = False


#: The language is told from the page's first this-many characters.
LANGUAGE_WINDOW = 20000


def language_of(text: str) -> str | None:
    """The language whose function words the text uses most, if it uses enough of them
    (a short text: if they are of one language)."""
    counts = Counter(map(str.lower, _LETTERS.findall(text, 0, LANGUAGE_WINDOW)))
    return _most_used_language(counts.__getitem__, short=len(text) < SHORT_TEXT)


def reads_as_other(text: str, languages: frozenset[str]) -> bool:
    """Does a line or paragraph use more function words of a language outside
    ``languages`` than of any inside, however few (``Ministerium für Landwirtschaft``
    reads as German, not French)? Languages that share words (French and Dutch ``de``,
    ``en``) are asked together; a text with none reads as no other. Its last
    :data:`LANGUAGE_WINDOW` characters are read."""
    counts = Counter(map(str.lower, _LETTERS.findall(text, max(0, len(text) - LANGUAGE_WINDOW))))
    used = {lang: sum(map(counts.__getitem__, words)) for lang, words in _function_words().items()}
    inside = max((n for lang, n in used.items() if lang in languages), default=0)
    return max((n for lang, n in used.items() if lang not in languages), default=0) > inside


def _most_used_language(count: Callable[[str], int], *, short: bool = False) -> str | None:
    """``language_of``, from how many times the text uses each word (lowercased). A
    ``short`` text is read as the one language whose function words it uses, if any."""
    best, best_n, second_n = None, 0, 0
    for lang, words in _function_words().items():
        n = sum(map(count, words))
        if n > best_n:
            best, best_n, second_n = lang, n, best_n
        elif n > second_n:
            second_n = n
    if best_n >= MIN_FUNCTION_WORDS or (short and best_n > second_n):
        return best
    return None


@lru_cache(maxsize=65536)
def zipf(word: str, language: str) -> float:
    """How common ``word`` is (Zipf scale, 0 for unknown or in a language without a
    vocabulary). The long s (``ſ``) of Fraktur reads as ``s``."""
    return frequencies.zipf(word.lower().replace("ſ", "s"), language)


def vocabulary(text: str) -> Vocabulary:
    """Words of the page as written on one line; the halves of words broken at a line end
    are not evidence of anything. Also decides the page's language and hyphen loss."""
    vocab = Vocabulary()
    if not re.search(f"[{_LETTER}]{{3}}", text):
        return vocab
    kept, broken = _without_broken_words(text)
    words = _WORDS.findall(kept)
    # Counted in C (``Counter.update``); the halves of hyphenated words are known words
    # of the page too, seen no time on their own.
    vocab.update(map(str.lower, words))
    # The words ``language_of`` would count that the vocabulary leaves out: the halves
    # of hyphenated words and the words of broken ones.
    left_out: Counter[str] = Counter(map(str.lower, _LETTERS.findall(" ".join(broken))))
    for word in [w for w in words if "-" in w]:
        for part in word.split("-"):
            vocab[part.lower()] += 0
            left_out[part.lower()] += 1
    vocab.short = len(text) < SHORT_TEXT
    if len(text) <= LANGUAGE_WINDOW:
        # Its words are the vocabulary's and those left out: the page is not split again.
        vocab.language = _most_used_language(lambda w: vocab[w] + left_out[w], short=vocab.short)
    else:
        vocab.language = language_of(text)
    if vocab.language is not None:
        vocab.lost_hyphens = _lost_hyphens(text, vocab.language)
    return vocab


#: Where a word may be broken: a hyphen-like mark that ends a line.
_MARK_AT_LINE_END = regex.compile("[-\u00ad¬=⸗]\n")


def _without_broken_words(text: str) -> tuple[str, list[str]]:
    """``_BROKEN.sub(" ", text)``, and the broken words it took out; searched only where a
    line ends in a hyphen-like mark: the pattern, tried at every character of the page,
    cost a fifth of the vocabulary."""
    pieces: list[str] = []
    broken: list[str] = []
    done = 0
    for mark in _MARK_AT_LINE_END.finditer(text):
        at = mark.start()
        if at < done:
            continue
        # A match starts where the run of non-spaces holding the mark starts.
        start = at
        while start > done and not text[start - 1].isspace():
            start -= 1
        found = _BROKEN.match(text, start)
        if found is not None:
            pieces += [text[done:start], " "]
            broken.append(found.group())
            done = found.end()
    if not pieces:
        return text, broken
    pieces.append(text[done:])
    return "".join(pieces), broken


#: A hyphen-like mark with nothing but space after it on its line.
_HYPHEN_AT_LINE_END = regex.compile("[-¬=⸗](?=[^\\S\n]*$)", re.M)


def _hyphenated_line_ends(text: str) -> int:
    """How many lines end (but for space) in a word and a hyphen-like mark
    (``LINE_END_MARK``)."""
    # Only a line ending in a hyphen-like mark can match: one search of the page finds
    # them, and only the character before each mark is read (what follows the mark is
    # space; the pattern matches up to the mark if and only if that character is one of
    # its word's, and a search from the line's start would read every word before it).
    explicit = 0
    for mark in _HYPHEN_AT_LINE_END.finditer(text):
        start = max(text.rfind("\n", 0, mark.start()) + 1, mark.start() - 1)
        if LINE_END_MARK.search(text, start, mark.end()):
            explicit += 1
    return explicit


#: Line ends whose halves clearly make one word (``_clearly_one_word``) that show a page
#: lost hyphens, however many it kept: a typeset text never breaks a word without one,
#: and OCR drops some of a page's hyphens and keeps others (``com⏎n.unlcatlng`` and
#: ``fol⏎lowing`` beside ``over-⏎balances``).
MIN_CLEAR_BREAKS = 3


def _lost_hyphens(text: str, language: str) -> bool:
    """Does the page break words at line ends without a hyphen? Count the line ends where
    one half is no word and the joined word clearly is, against the hyphenated ones; or
    :data:`MIN_CLEAR_BREAKS` of them, whatever the hyphenated ones."""
    explicit = _hyphenated_line_ends(text)
    # Enough clear line ends settle it: the rest of the page is not read.
    enough = min(max(explicit + 1, 1 if explicit == 0 else 2), MIN_CLEAR_BREAKS)
    clear = 0
    for left, right in _line_pairs(text):
        if _clearly_one_word(left, right, language):
            clear += 1
            if clear >= enough:
                return True
    return False


def _clearly_one_word(left: str, right: str, language: str, *, marked: bool = False) -> bool:
    """Is ``left⏎right`` a break inside a word, beyond doubt: one half is no common word
    and the joined word clearly is one? A break ``marked`` at the line end (``Uni?⏎ted``)
    may fall between two common words too."""
    if len(left) < 2 or len(right) < 2:
        return False
    # Most line ends fall between two common words: the joined word is asked last.
    rarer = min(zipf(left, language), zipf(right, language))
    if rarer >= 3.0 and not marked:
        return False
    joined = zipf(left + right, language)
    return joined >= 2.5 and joined > rarer + 1.5


#: A word, the ``?`` an encoder wrote for its hyphen, and the next line's lower-case word.
_QUESTION_BREAK = regex.compile(f"([{_LETTER}]+)\\?\n[ \\t]*([a-zß-ÿſ][{_LETTER}]*)")
#: The fewest ``word?⏎word`` line ends that show a page writes its hyphens as ``?``.
MIN_QUESTION_BREAKS = 3


def question_hyphens(text: str) -> list[int]:
    """The offsets of the line-end ``?`` that stand for a hyphen the text's encoder could
    not write (see the module docstring): none unless the page's ``word?⏎word`` line
    ends whose joined word clearly is one (``_clearly_one_word``, the ``?`` a mark) outnumber
    its hyphenated line ends, three of them at least."""
    if text.count("?\n") < MIN_QUESTION_BREAKS:
        return []
    breaks = _question_breaks(text)
    if len(breaks) < MIN_QUESTION_BREAKS:
        return []
    vocab = vocabulary(text)
    language = vocab.language
    if language is None:
        return []
    clear = sum(_clearly_one_word(a, b, language, marked=True) for _, a, b in breaks)
    if clear < max(_hyphenated_line_ends(text) + 1, MIN_QUESTION_BREAKS):
        return []
    return [at for at, left, right in breaks if joins_lost_break(left, right, vocab)]


def _question_breaks(text: str) -> list[tuple[int, str, str]]:
    """Where each ``_QUESTION_BREAK.finditer(text)`` match's word ends, and its two
    words, found from the ``?⏎`` line ends it can match at: led by a word, the pattern
    was tried at every letter of the page (a page of OCR holds ``?⏎`` often enough to
    be asked). A match ends after a word, before a non-letter, so a word before the next
    ``?⏎`` that reaches back into it holds no letter after it, and no match."""
    breaks: list[tuple[int, str, str]] = []
    done = 0
    at = text.find("?\n")
    while at >= 0:
        start = at
        while start > done and text[start - 1] in _LETTER_SET:
            start -= 1
        found = _QUESTION_BREAK.match(text, start) if start < at else None
        if found is not None:
            breaks.append((found.end(1), found.group(1), found.group(2)))
            done = found.end()
        at = text.find("?\n", max(done, at + 2))
    return breaks


#: A line end between a letter and a lower-case letter: where ``_LINE_PAIR`` can match.
_LINE_END_BEFORE_LOWER = regex.compile(f"\n(?<=[{_LETTER}]\n)[ \t]*[a-zß-ÿſ]")
_LETTERS_FROM = regex.compile(f"[{_LETTER}]*")


def _line_pairs(text: str) -> Iterator[tuple[str, str]]:
    """The two groups of each ``_LINE_PAIR.finditer(text)`` match, found from the line
    ends it can match at (a search led by the line break skips to them; the pattern,
    led by a word, was tried at every character of the page)."""
    done = 0
    for end in _LINE_END_BEFORE_LOWER.finditer(text):
        at = end.start()
        start = at
        while start > 0 and text[start - 1] in _LETTER_SET:
            start -= 1
        if start < done:
            # The word before the line end closed the last pair: no match starts in it.
            continue
        right = _LETTERS_FROM.match(text, end.end() - 1)
        assert right is not None
        done = right.end()
        yield text[start:at], right.group()


def resolve_hyphen(left: str, right: str, vocab: Counter[str]) -> Decision:
    """``left-⏎right``: join the halves, keep the hyphen, or keep it with a space."""
    if right.lower() in SUSPENDED_BEFORE:
        return "space"
    hyphenated = f"{left}-{right}".lower()
    joined = f"{left}{right}".lower()
    if vocab[hyphenated]:
        return "keep"
    if vocab[joined]:
        return "join"
    if right[:1].isupper() or left.isdigit() or right.isdigit():
        return "keep"
    language = getattr(vocab, "language", None)
    if left.lower() in HYPHEN_PREFIXES:
        # ``self-⏎government`` keeps its hyphen; ``ex-⏎position`` is a word broken
        # after two letters that happen to be a prefix.
        if language is not None and zipf(joined, language) >= PREFIX_WORD:
            return "join"
        return "keep"
    if language is not None:
        z_joined = zipf(joined, language)
        rarer = min(zipf(left, language), zipf(right, language))
        # Two words of their own are a compound (``part-⏎time``, ``ice-⏎cream``,
        # ``rendez-⏎vous``) unless the joined word is about as common as they are
        # (``some-⏎thing``, ``head-⏎line``): a compound's joined spelling is rare.
        margin = COMPOUND_MARGIN if language not in CLOSED_COMPOUNDS else None
        if z_joined >= 2.0 and (margin is None or rarer < 3.0 or z_joined >= rarer - margin):
            return "join"
        if rarer >= 3.0:
            return "keep"
    if vocab[left.lower()] and vocab[right.lower()] and len(left) > 3:
        return "keep"
    # With nothing to go by, a short text keeps every character: its hyphen may be a
    # compound's (``twenty-⏎five``); a long page of an unknown language is mostly
    # words broken by its columns.
    return "keep" if getattr(vocab, "short", False) else "join"


def joins_lost_break(left: str, right: str, vocab: Vocabulary) -> bool:
    """Is ``left⏎right`` one word whose hyphen the OCR lost? See the module docstring."""
    if len(left) < 2 or len(right) < 2 or not right[0].islower():
        return False
    if left.isupper() and len(left) > 1:
        return False
    joined = (left + right).lower()
    if vocab[joined]:
        return True
    language = vocab.language
    if language is None:
        return False
    z_joined = zipf(joined, language)
    if z_joined < MIN_WORD:
        return False
    z_left, z_right = zipf(left, language), zipf(right, language)
    if z_left >= COMMON and z_right >= COMMON:
        # Read as two words, each is drawn on its own: compare log-probabilities.
        return z_joined >= z_left + z_right - 9 + FAR_MORE_LIKELY
    return z_joined > min(z_left, z_right)


#: A line-end pattern is looked for after the last space at least this far from the end
#: of a paragraph (the one space a match may hold, ``word -``, is nearer the end).
_TAIL = 8
#: A character no line-end pattern can match: a match ending at the end of the text
#: cannot reach back over it.
_BOUNDARY = regex.compile(f"[^{_LETTER}0-9\\-\u00ad¬=⸗]")


#: What the last character must be for each line-end pattern to match at all.
_LAST_CHAR = {
    LINE_END_MARK.pattern: regex.compile("[-\u00ad¬=⸗]"),
    _LAST_WORD.pattern: regex.compile(f"[{_LETTER}]"),
    _SPACED_HYPHEN.pattern: regex.compile("-"),
}


def _search_tail(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for the line-end patterns (anchored at the end),
    started at a boundary character near the end instead of at the start.

    ``join_lines`` runs once per line on the paragraph so far, so searching the whole
    paragraph each time costs time quadratic in its length. No match can contain the
    boundary character, and lookbehinds still see the real text before the start, so
    the result is the same; with no boundary near the tail, the whole text is searched.
    """
    # Both patterns end in ``$``: with no fitting last character (before a final
    # newline, which ``$`` skips) there is no match anywhere.
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    if not _LAST_CHAR[pattern.pattern].match(last):
        return None
    cut = len(text) - _TAIL
    if cut <= 0:
        return pattern.search(text)
    # A space is a boundary character, and the nearest one before the cut is a word
    # away: found in C, where the loop below reads every boundary of its window.
    space = text.rfind(" ", max(0, cut - 64), cut)
    if space >= 0:
        return pattern.search(text, space + 1)
    boundary = None
    for boundary in _BOUNDARY.finditer(text, max(0, cut - 64), cut):  # noqa: B007
        pass
    if boundary is None:
        return pattern.search(text)
    return pattern.search(text, boundary.end())


#: The last character of a paragraph whose word may be broken at its end.
_CAN_BREAK = regex.compile(f"[{_LETTER}\\-\u00ad¬=⸗]")


def _is_word(joined: str, vocab: Counter[str]) -> bool:
    language = getattr(vocab, "language", None)
    return bool(vocab[joined.lower()]) or (
        language is not None and zipf(joined.lower(), language) >= MIN_WORD
    )


def join_lines(out: str, nxt: str, vocab: Counter[str]) -> tuple[str, str] | None:
    """Join ``nxt`` to the paragraph ``out`` if a word is broken between them.

    Returns the joined text and what was counted, or None when no word is broken (the
    caller then joins with a space).
    """
    return join_broken(out, nxt, lambda: vocab)


def join_broken(
    out: str, nxt: str, vocabulary: Callable[[], Counter[str]]
) -> tuple[str, str] | None:
    """``join_lines``, with the page's vocabulary asked for only where a word opens
    ``nxt`` after a letter or a hyphen-like mark: rejoin builds it from the whole page in
    each round that joins, and a round that only bridges column breaks before a quote,
    a digit or a dash, or after a full stop, need not build it."""
    if out.endswith("\u00ad"):
        return out[:-1] + nxt, "soft-hyphen"
    # Every break below ends in a letter or a hyphen-like mark (CJK text, a full stop or
    # a digit never does): one test spares the three tail searches.
    end = out[-2:-1] if out.endswith("\n") else out[-1:]
    if _CAN_BREAK.match(end) is None:
        return None
    word = _FIRST_WORD.match(nxt)
    if word is not None:
        broken = _join_word(out, nxt, word.group(1), vocabulary())
        if broken is not None:
            return broken
    if out[-1:] == "-" and _cased(out[-2:-1]) and _cased(nxt[:1]) and nxt[:1].islower():
        # A hyphen between letters of another cased alphabet (Cyrillic, Greek, Armenian):
        # no vocabulary tells a compound (``француженкою-⏎гувернанткой``) from a broken
        # word, so the hyphen stays and the halves are not set apart by a space.
        return out + nxt, "hyphen-kept"
    return None


def _join_word(out: str, nxt: str, first: str, vocab: Counter[str]) -> tuple[str, str] | None:
    """``join_broken`` where the word ``first`` opens ``nxt``: a hyphen at the line end,
    one OCR set after a space, or a hyphen the page's OCR lost."""
    m = _search_tail(LINE_END_MARK, out)
    if m:
        left = m.group(1) or m.group(3)
        decision = resolve_hyphen(left, first, vocab)
        stem = out[: m.start(2) if m.group(2) else m.start(4)]
        if decision == "join":
            return stem + nxt, "hyphen-removed"
        if decision == "space":
            return stem + "- " + nxt, "hyphen-kept"
        return stem + "-" + nxt, "hyphen-kept"
    spaced = _search_tail(_SPACED_HYPHEN, out)
    if spaced and first.islower() and _is_word(spaced.group(1) + first, vocab):
        # OCR set a space before the hyphen (``par -⏎ade``).
        return out[: spaced.start(2)] + nxt, "hyphen-removed"
    if isinstance(vocab, Vocabulary) and vocab.lost_hyphens and first.isalpha():
        last = _search_tail(_LAST_WORD, out)
        if last and joins_lost_break(last.group(1), first, vocab):
            return out + nxt, "lost-hyphen-joined"
    return None


def _cased(char: str) -> bool:
    """A letter of a cased alphabet beyond the Latin letters handled above."""
    return char > "\u024f" and char.lower() != char.upper()
