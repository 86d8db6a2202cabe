"""Counts and look-ups rejoin asks of every Latin line, taken a cheaper way, give what
the slower way gave.

``Line.words`` finds a printed line's words in one call (a joined paragraph is still
read only as far as the count); ``describe.shouted`` refuses a line that repeats no
word by a set before it counts; ``leading`` finds the Italian, Dutch and Spanish lists
that hold a line's last word in one look-up; ``torn_lines`` refuses a line with a
space before its pattern reads it. Each is held here to the way it replaced, on every
line of the readable fixture pages, on joined paragraphs, and on generated text made
of the pieces the count turns on.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.latin import WORD
from newsclean.page import leading
from newsclean.page.describe import shouted
from newsclean.page.tuning import TUNING
from newsclean.passes.rejoin import torn_lines
from newsclean.passes.rejoin.lines import HEADLINE_WORDS, WORDS_AT_ONCE_CHARS, _describe
from tests.conftest import READABLE_PAGES

PAGES = [page.read_text("utf-8", errors="replace") for page in READABLE_PAGES]
LINES = [line.strip() for page in PAGES for line in page.splitlines() if line.strip()]
#: Lines and joined runs of lines: the lengths on both sides of ``WORDS_AT_ONCE_CHARS``.
TEXTS = LINES + [" ".join(LINES[i : i + n]) for n in (2, 3, 8) for i in range(0, len(LINES), 7)]


def _words_one_by_one(text: str) -> int:
    return sum(1 for _ in islice(WORD.finditer(text), HEADLINE_WORDS + 1))


def _words(text: str) -> int:
    return _describe(text, 0.0, ()).words


def test_words_counted_as_one_by_one_on_fixture_text() -> None:
    assert [_words(t) for t in TEXTS] == [_words_one_by_one(t) for t in TEXTS]
    lengths = [len(t) for t in TEXTS]
    # Both ways of counting are asked, and counts below and at the cap.
    assert min(lengths) <= WORDS_AT_ONCE_CHARS < max(lengths)
    assert {_words(t) for t in TEXTS} >= {0, 1, HEADLINE_WORDS, HEADLINE_WORDS + 1}


_WORD_PIECES = st.sampled_from(
    ["a", "Zo", "é", "ß", "1", "_", "'", "’", "-", " ", "  ", ".", "中", "don't", "l’"]
)


@settings(max_examples=400, derandomize=True)
@given(st.lists(_WORD_PIECES, max_size=120).map("".join))
def test_words_counted_as_one_by_one_on_generated_text(text: str) -> None:
    line = text.strip(" \t") or "x"
    assert _words(line) == _words_one_by_one(line)


def _shouted_by_counts(words: list[str]) -> bool:
    if len(words) < TUNING.shouted_min_repeats:
        return False
    counts = Counter(map(str.lower, words))
    if len(counts) > len(words) - 2:
        return False
    return counts.most_common(1)[0][1] >= max(
        TUNING.shouted_min_repeats, TUNING.shouted_min_share * len(words)
    )


def test_shouted_as_counted_on_fixture_text() -> None:
    found = [_shouted_by_counts(WORD.findall(t)) for t in TEXTS]
    assert [shouted(WORD.findall(t)) for t in TEXTS] == found


@settings(max_examples=400, derandomize=True)
@given(st.lists(st.sampled_from(["Poland", "POLAND", "poland", "the", "war", "Ünd"]), max_size=9))
def test_shouted_as_counted_on_generated_words(words: list[str]) -> None:
    assert shouted(words) == _shouted_by_counts(words)


def test_a_slogan_is_shouted_and_a_sentence_repeating_a_word_is_not() -> None:
    assert shouted(["POLAND", "Poland", "poland"])
    # ``the`` three times in a sentence is not a slogan: the set lets it through to
    # the counts, which refuse it.
    assert not shouted("the cat and the dog and the bird went home".split())


def _latin_lists_by_scan(word: str) -> list[str]:
    return [
        name
        for name, words in leading._lists().items()
        if name.startswith("latin.") and word in words
    ]


def test_latin_leading_words_found_as_by_a_scan_of_every_list() -> None:
    listed = {word for words in leading._lists().values() for word in words}
    asked = listed | {w.lower() for t in LINES for w in t.split()[-1:]}
    index = leading._latin_languages()
    assert {w: sorted(index.get(w, ())) for w in asked} == {
        w: sorted(_latin_lists_by_scan(w)) for w in asked
    }
    # Words two languages share are listed under both.
    assert any(len(names) > 1 for names in index.values())


def test_latin_leading_end_by_the_language_before_the_word() -> None:
    assert leading.ends_in_leading_word("De gemeenteraad heeft besloten van")
    # ``van`` is Dutch's, but the words before it are English's.
    assert not leading.ends_in_leading_word("The paintings were stolen van")


def test_a_torn_piece_holds_no_space_as_its_pattern_says() -> None:
    # ``torn_lines`` refuses a line with a space before its pattern reads it.
    spaced = [t for t in TEXTS if " " in t]
    assert len(spaced) > 1000
    assert not any(torn_lines._PIECE.fullmatch(t) for t in spaced)
    assert torn_lines._PIECE.fullmatch("gehoben.")
    assert not torn_lines._PIECE.fullmatch("gehoben. Dies")
