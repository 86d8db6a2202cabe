"""rejoin's later rounds read joined paragraphs, whole columns of text on one line: the
shortcuts that spare reading them (a crosshead's word count that stops past its
longest, a cue's timing refused by its arrow, a letter's script kept, a Latin line's
clause asked before a CJK mark) answer as the full reading does, and still find what
they look for."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.page.credits import split_credit
from newsclean.page.describe import _CJK_CLAUSE, _letter_clause, running
from newsclean.page.tuning import TUNING
from newsclean.passes.rejoin import apart, crossheads, ended
from newsclean.passes.rejoin.lines import _describe

#: Words, and the spaces Python's ``str.split`` parts them at (a joined paragraph's,
#: a CJK line's ideographic space, a line's end).
_SPACED = st.lists(
    st.one_of(
        st.text(alphabet="aZ9.,-", min_size=1, max_size=3),
        st.sampled_from([" ", "  ", "\t", "\n", "\u3000", "\u00a0", "\u2009"]),
    ),
    max_size=20,
).map("".join)


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(_SPACED, st.integers(0, 8))
def test_few_words_splits_as_split_does_up_to_the_most(text: str, most: int) -> None:
    words = text.split()
    assert crossheads._few_words(text, most) == (words if len(words) <= most else None)


def _crosshead(middle: str) -> bool:
    texts = ["The council met on Monday and voted.", middle, "It said the bridge would open."]
    return crossheads.crosshead([_describe(text, 0.0, ()) for text in texts], 1)


def test_a_crosshead_of_the_most_words_is_one_and_one_word_more_is_not() -> None:
    most = TUNING.crosshead_max_words
    words = ["Bridge", "Plans", "Change", "Again", "Under", "New", "Mayor", "Today"]
    assert len(words) > most
    assert _crosshead(" ".join(words[:most]) + ".")
    # Negative: the same line one word longer is a sentence, not a subhead.
    assert not _crosshead(" ".join(words[: most + 1]) + ".")


#: (what the case shows, the block's lines, whether they keep their lines)
CUES = [
    ("a subtitle cue, its timing under its number", ["1", "00:00:02,943 --> 00:00:06,283"], True),
    ("a WebVTT cue, its timing first", ["00:02.943 --> 00:06.283", "Hello there."], True),
    # Negatives: an arrow in prose, and times with no arrow, are no cue's timing.
    ("an arrow in a sentence", ["Click Save --> then Close,", "and the file is kept."], False),
    ("times in running text", ["The race began at 00:00:02,943 and", "ended at noon."], False),
]


@pytest.mark.parametrize(("shows", "texts", "cue"), CUES, ids=[c[0] for c in CUES])
def test_a_cue_is_found_by_its_timing(shows: str, texts: list[str], cue: bool) -> None:
    lines = [_describe(text, 0.0, ()) for text in texts]
    apart._mark_tables(lines, "\n".join(texts))
    assert [line.set_apart for line in lines] == [cue] * len(lines)


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_cue_timing_answers_as_the_search(text: str) -> None:
    timing = " 00:00:02,943 --> 00:00:06,283 "
    for line in (text, text + timing, timing + text, text.replace("-", "-->")):
        assert apart._cue_timing(line) == (apart._CUE_TIMING.search(line) is not None)


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.characters(codec="utf-8"))
def test_a_letters_script_kept_is_its_unicode_names_first_word(letter: str) -> None:
    for _ in range(2):
        assert ended._script(letter) == unicodedata.name(letter, "").split(" ", 1)[0]


def _slow_running(text: str, cjk: bool) -> bool:
    return (
        (not text.isascii() and _CJK_CLAUSE.search(text) is not None)
        or (not cjk and _letter_clause(text))
        or (cjk and split_credit(text) is not None)
    )


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(st.text(alphabet="aZ ,.;:”’—，。、（）记者报讯本", max_size=30), st.booleans())
def test_running_asks_the_latin_clause_first_and_answers_as_before(text: str, cjk: bool) -> None:
    assert running(text, cjk) == _slow_running(text, cjk)


def test_running_text_by_its_clauses() -> None:
    assert running("the council, which met", False)
    assert running("会议指出，要加强", True)
    # Negatives: a heading with no clause, and a Latin comma read as a CJK line's.
    assert not running("Bridge Plans Change Again", False)
    assert not running("council,meeting", True)
