"""Words broken at a line end where the page says little: short texts, whose language
may show in one function word or none, and compounds whose halves are words of their
own (``newsclean.dehyphenate``). Each decision has a case that keeps the hyphen and one
that joins."""

from __future__ import annotations

from collections import Counter

import pytest

from newsclean import api
from newsclean.dehyphenate import join_broken, join_lines, resolve_hyphen, vocabulary
from newsclean.emit import render_text


def _fix(text: str) -> str:
    return render_text(api.clean(text)).rstrip("\n")


#: A page of running text in no language with a packaged vocabulary (Polish): long
#: enough to be no short text, so a break with nothing to go by is joined.
_LONG_POLISH = " ".join(["Rada miasta zebrała się w poniedziałek wieczorem."] * 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No function word of any language, and too few words to decide by: the
        # hyphen is kept (it may be a compound's), not taken out.
        ("Twenty-\nfive people came.", "Twenty-five people came."),
        ("A state-\nowned bank lends.", "A state-owned bank lends."),
        ("Vingt-\ndeux hommes.", "Vingt-deux hommes."),
        # One function word reads a short text as its language, and the vocabulary
        # decides: a word the language uses is joined.
        ("Die Zei-\ntung erschien.", "Die Zeitung erschien."),
        ("The new infor-\nmation centre opens.", "The new information centre opens."),
    ],
)
def test_short_texts(text: str, expected: str) -> None:
    assert _fix(text) == expected


def test_a_long_page_in_another_language_joins_its_breaks() -> None:
    # Mostly words broken by its columns; a short text keeps what it cannot tell.
    assert resolve_hyphen("Po", "siedzenie", vocabulary(_LONG_POLISH)) == "join"
    assert resolve_hyphen("Po", "siedzenie", vocabulary("Po-\nsiedzenie trwało długo.")) == "keep"


@pytest.mark.parametrize(
    ("text", "left", "right", "decision"),
    [
        # Two common words whose joined spelling is far rarer are a compound.
        ("He took the part-time work at the mill.", "part", "time", "keep"),
        ("Les rendez-vous sont pris pour le mois de mai.", "rendez", "vous", "keep"),
        ("The take-off was late and the plane was full.", "take", "off", "keep"),
        # ... and one word when the joined word is about as common as they are.
        ("The headline was long and the paper was late.", "head", "line", "join"),
        ("There was something in the air that day.", "some", "thing", "join"),
        ("The outlook for the farm was good this year.", "out", "look", "join"),
        # German writes its compounds closed: a word it knows is joined, however
        # much rarer than its halves.
        ("Ein Fußballspiel am Abend, und die Stadt ist voll.", "Fußball", "spiel", "join"),
    ],
)
def test_compound_or_word(text: str, left: str, right: str, decision: str) -> None:
    assert resolve_hyphen(left, right, vocabulary(text)) == decision


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Zeitung erschien.", "de"),
        ("The ice cream truck.", "en"),
        # Nothing to tell, or two languages tied (``van`` is Dutch): no language.
        ("Twenty five people came.", None),
        ("Die Zeitung, the paper.", None),
        ("The ice cream van.", None),
    ],
)
def test_language_of_a_short_text(text: str, language: str | None) -> None:
    vocab = vocabulary(text)
    assert vocab.short
    assert vocab.language == language


def test_a_long_text_needs_five_function_words() -> None:
    vocab = vocabulary(_LONG_POLISH + " The end.")
    assert not vocab.short
    assert vocab.language is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphen after a letter before a capital is a compound broken at the line
        # end: the lines join, short text or not, and the hyphen stays.
        (
            "The museum opened a new gallery devoted to the Anglo-\nSaxon kingdoms.",
            "The museum opened a new gallery devoted to the Anglo-Saxon kingdoms.",
        ),
        # Headline lines in capitals stand alone.
        ("ANGLO-\nSAXON KINGS", "ANGLO-\nSAXON KINGS"),
    ],
)
def test_a_compound_broken_before_a_capital(text: str, expected: str) -> None:
    assert _fix(text) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # A hyphen between letters of a cased alphabet without a vocabulary: kept,
        # and the halves not set apart (it was ``француженкою- гувернанткой``).
        ("в их доме француженкою-", "гувернанткой, и", "в их доме француженкою-гувернанткой, и"),
        ("ἡ σκοτία-", "φῶς", "ἡ σκοτία-φῶς"),
        # A dash after a space, or a hyphen before a capital, is no break.
        ("сказал он -", "это правда", None),
        ("в доме Облонских-", "Щербацких", None),
    ],
)
def test_a_hyphen_in_another_alphabet(first: str, second: str, expected: str | None) -> None:
    joined = join_lines(first, second, vocabulary(first + "\n" + second))
    assert (joined and joined[0]) == expected


def test_soft_hyphens_an_encoder_wrote_as_question_marks_are_joined() -> None:
    page = (
        "The coal industry of the Uni?\nted States began the year under adverse con?\n"
        "ditions, which improved steadily dur?\ning the summer, and there was an in?\n"
        "crease in the output of the mines."
    )
    assert _fix(page) == (
        "The coal industry of the United States began the year under adverse conditions,"
        " which improved steadily during the summer, and there was an increase in the"
        " output of the mines."
    )


#: Running English whose OCR kept the hyphens of four broken words and lost those of
#: ``breaks``: each ``(left, right)`` pair is set at a line end without a hyphen.
def _ocr_page(breaks: list[tuple[str, str]]) -> str:
    kept = [("com", "pany"), ("govern", "ment"), ("pro", "duce"), ("agri", "culture")]
    lines = []
    for left, right in kept:
        lines += [f"The council met on Monday and spoke of the {left}-", f"{right} of the town."]
    for left, right in breaks:
        lines += [f"The mayor said that the farmers of the county would {left}", f"{right} soon."]
    return "\n".join(lines) + "\n"


def test_three_clear_breaks_show_lost_hyphens_whatever_the_page_kept() -> None:
    # OCR drops some hyphens of a page and keeps others: three breaks that only join
    # into a word settle it, as a typeset page never breaks a word without one.
    clear = [("fol", "lowing"), ("acc", "omplished"), ("pos", "sess")]
    assert vocabulary(_ocr_page(clear[:2])).lost_hyphens is False
    assert vocabulary(_ocr_page(clear)).lost_hyphens is True


@pytest.mark.parametrize(
    ("first", "second", "reads", "expected"),
    [
        # A word after a hyphen, after a letter (a hyphen OCR may have lost), after a
        # hyphen OCR set apart: the page's words decide.
        ("the infor-", "mation was", True, "the information was"),
        ("the ruling", "party met", True, None),
        ("a par -", "ade went by", True, "a parade went by"),
        # A number after a word may be a compound's second half (``1914-⏎18``).
        ("on page", "12 of it", True, None),
        # No word is broken: after a full stop, a digit or a dash, before a quote, at a
        # soft hyphen, or a hyphen before a letter no vocabulary knows.
        ("It ended.", "The next", False, None),
        ("in 1916", "there were", False, None),
        ("he said —", "and went", False, None),
        ("he said", '"No more', False, None),
        ("infor\u00ad", "mation", False, "information"),
        ("в их доме француженкою-", "гувернанткой", False, "в их доме француженкою-гувернанткой"),
    ],
)
def test_a_join_builds_the_vocabulary_only_for_a_word_it_may_break(
    first: str, second: str, reads: bool, expected: str | None
) -> None:
    page = " ".join(["The information was sent to the paper by the ruling party."] * 8)
    built: list[bool] = []

    def asked() -> Counter[str]:
        built.append(True)
        return vocabulary(page + "\n" + first + "\n" + second)

    joined = join_broken(first, second, asked)
    assert (joined and joined[0]) == expected
    assert bool(built) is reads
    assert joined == join_lines(first, second, vocabulary(page + "\n" + first + "\n" + second))
