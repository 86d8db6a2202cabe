"""Searches that skip to where a pattern can match give what the pattern gives.

Some whole-page patterns are tried at every character of the page; the searches that
replace them jump to the few places a match can start (a line end after a hyphen, a line
break between letters) and confirm there with the same pattern. These tests hold the two
to the same answers, on the fixture pages and on generated text made of the characters
the patterns turn on.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import dehyphenate, latin
from newsclean.chardata import display_width
from newsclean.latin import caps_share
from newsclean.page import credits, printed, surroundings
from newsclean.page.describe import hyphen_end
from newsclean.passes import punctuation, reorder, whitespace
from newsclean.passes.rejoin import apart
from tests.conftest import READABLE_PAGES

#: The module itself (imported by name, ``newsclean.page.describe`` is the package's
#: function).
describe = importlib.import_module("newsclean.page.describe")

PAGES = READABLE = READABLE_PAGES

#: Letters of each case, hyphen-like marks, spaces of several kinds, line breaks.
_ALPHABET = "aBz- \n\t=¬⸗\u00adéÉß÷ſİ1 \u3000\r中"


def _broken(text: str) -> tuple[str, list[str]]:
    found = [m.group() for m in dehyphenate._BROKEN.finditer(text)]
    return dehyphenate._BROKEN.sub(" ", text), found


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in dehyphenate._LINE_PAIR.finditer(text)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_same_on_fixture_pages(page: Path) -> None:
    text = page.read_text("utf-8", errors="replace")
    assert dehyphenate._without_broken_words(text) == _broken(text)
    assert list(dehyphenate._line_pairs(text)) == _pairs(text)
    vocabulary = dehyphenate.vocabulary(text)
    if vocabulary:
        assert vocabulary.language == dehyphenate.language_of(text)


@settings(max_examples=1000, derandomize=True)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_same_on_generated_text(text: str) -> None:
    assert dehyphenate._without_broken_words(text) == _broken(text)
    assert list(dehyphenate._line_pairs(text)) == _pairs(text)


@settings(max_examples=1000, derandomize=True)
@given(
    st.lists(
        st.sampled_from(["the", "of", "and", "der", "le", "-", "\n", " ", "x", "İ"]), max_size=40
    ).map("".join)
)
def test_language_from_the_vocabulary(text: str) -> None:
    vocabulary = dehyphenate.vocabulary(text)
    if vocabulary:
        assert vocabulary.language == dehyphenate.language_of(text)


@settings(max_examples=1000, derandomize=True)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=30))
def test_caps_share_counts_as_each_character_is_asked(text: str) -> None:
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    assert caps_share(text) == (upper / (upper + lower) if upper + lower else 0.0)


def _names_notice_formula(text: str) -> bool:
    """The notice formulas searched case-blind, as written and with accents folded."""
    if latin._notice_formula().search(text) is not None:
        return True
    return not text.isascii() and latin._notice_formula().search(latin._fold(text)) is not None


#: Pieces of notice formulas in several cases and foldings, and the characters that
#: match another case-blind.
_NOTICE_PIECES = [
    "notice", "NOTICE", " is hereby given", "Avis de", "vente par autorite",
    "VENTE PAR AUTORITÉ", "annonce légale", "ANNONCE LEGALE", "öffentliche ladung",
    "OFFENTLICHE LADUNG", "ß", "ſ", "İ", "\u212a", "sale", "sheriff's ", "x", " ", "é",
    "µ", "ÿ", "“",
]  # fmt: skip


@settings(max_examples=2000, derandomize=True)
@given(st.lists(st.sampled_from(_NOTICE_PIECES), max_size=8).map("".join))
def test_notice_formulas_in_lower_case(text: str) -> None:
    assert latin.names_notice_formula(text) == _names_notice_formula(text)


def _delimited_rows(lines: list[str]) -> set[int]:
    """Rows of delimited data with every line's fields counted."""
    if len(lines) < punctuation.MIN_ROWS:
        return set()
    fields = [punctuation._fields(line) for line in lines]
    rows: set[int] = set()
    for d in range(len(punctuation._DELIMITERS)):
        run: list[int] = []
        for i, counts in enumerate(fields):
            if counts[d] and run and fields[run[-1]][d] == counts[d]:
                run.append(i)
                continue
            run = punctuation._keep(rows, run)
            if counts[d]:
                run.append(i)
        punctuation._keep(rows, run)
    return rows


@settings(max_examples=2000, derandomize=True)
@given(
    st.lists(st.sampled_from(["a", ",", ";", "|", "\t", " ", "1", ", ", "，", "\n"]), max_size=16)
)
def test_delimited_rows_counted_where_a_delimiter_stands(pieces: list[str]) -> None:
    lines = "".join(pieces).split("\n")
    assert punctuation.delimited_rows(lines) == _delimited_rows(lines)


#: The one-pattern forms that ``surroundings.sentence_closed`` replaces (quadratic on a
#: long line: ``.*`` from every place the opening matches).
_RUNNING_SENTENCE = re.compile(r"(?:\b[a-zß-ÿ]+\b\W+){3}.*\b[a-zß-ÿ]{2,}[.!?][\"'”’)]?$")
_CJK_SENTENCE = re.compile(r"[，、；].*[。！？]$")


def _closed_both_ways(text: str) -> None:
    assert surroundings.sentence_closed(
        text, surroundings._THREE_LOWER_WORDS, surroundings._LOWER_WORD_CLOSE
    ) == bool(_RUNNING_SENTENCE.search(text))
    assert surroundings.sentence_closed(
        text, printed.INNER_CLAUSE, surroundings._CJK_CLOSE
    ) == bool(_CJK_SENTENCE.search(text))


def test_sentence_closed_as_the_one_pattern_on_fixture_lines() -> None:
    lines = [line for page in PAGES for line in page.read_text("utf-8", "replace").splitlines()]
    assert len(lines) > 1000
    for line in lines:
        _closed_both_ways(line)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="ab Zß.!?\"')”，、；。！？中-", max_size=40))
def test_sentence_closed_as_the_one_pattern_on_generated_text(text: str) -> None:
    _closed_both_ways(text)


# --- line-end and speck tests that read only a line's ends -------------------------

_LINE_END_ALPHABET = "aZé÷ſ1- \u00ad¬=⸗\n.中"


def _hyphen_end_by_search(text: str) -> bool:
    return text[-1:] in "-\u00ad¬=⸗" and dehyphenate.LINE_END_MARK.search(text) is not None


def _hyphen_ends_by_search(text: str) -> int:
    found = 0
    for mark in dehyphenate._HYPHEN_AT_LINE_END.finditer(text):
        start = text.rfind("\n", 0, mark.start()) + 1
        found += dehyphenate.LINE_END_MARK.search(text, start, mark.end()) is not None
    return found


#: The substitution ``credits._without_specks`` replaced: specks at either end.
_SPECKS = re.compile(r"^(?:[a-z'`’.,:;\-~^*] )+|(?: [a-z'`’.,:;\-~^*])+$")


@settings(max_examples=2000, derandomize=True)
@given(st.text(alphabet=_LINE_END_ALPHABET, max_size=30))
def test_hyphen_ends_read_from_the_mark(text: str) -> None:
    assert hyphen_end(text) == _hyphen_end_by_search(text)
    assert dehyphenate._hyphenated_line_ends(text) == _hyphen_ends_by_search(text)


@settings(max_examples=3000, derandomize=True)
@given(st.text(alphabet="ab Z'.-~*1’", max_size=20).map(str.strip))
def test_specks_taken_off_as_the_substitution_takes_them(line: str) -> None:
    assert credits._without_specks(line) == _SPECKS.sub("", line)


def test_line_end_tests_on_fixture_lines() -> None:
    lines = {line for page in READABLE for line in page.read_text("utf-8", "replace").splitlines()}
    specked = 0
    for line in lines:
        assert hyphen_end(line) == _hyphen_end_by_search(line)
        stripped = line.strip()
        without = credits._without_specks(stripped)
        assert without == _SPECKS.sub("", stripped)
        specked += without != stripped
    assert specked > 0
    hyphenated = [p.read_text("utf-8", "replace") for p in READABLE[:40]]
    assert [dehyphenate._hyphenated_line_ends(t) for t in hyphenated] == [
        _hyphen_ends_by_search(t) for t in hyphenated
    ]


def test_specks_and_hyphen_ends_in_their_places() -> None:
    assert credits._without_specks("r BY KENNETH W. PAYNE") == "BY KENNETH W. PAYNE"
    assert credits._without_specks("By John Smith '") == "By John Smith"
    assert credits._without_specks("a b") == "b"
    assert credits._without_specks("By John Smith of the Staff") == "By John Smith of the Staff"
    assert hyphen_end("the infor-")
    assert not hyphen_end("the infor -")
    assert not hyphen_end("a dash —")


def _dateline_by_pattern(line: str) -> bool:
    return credits.DATELINE_LATIN.match(line) is not None


@settings(max_examples=3000, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            [
                "PARIS",
                "Paris",
                "paris",
                ", ",
                ". ",
                " ",
                "5",
                "16",
                "Sept.",
                "janvier",
                "—",
                "–",
                "--",
                "-",
                "(AP)",
                "N. Y.",
                "Fla.",
                "06.11.2011",
                "Januar",
                "<",
                "(",
                "١",
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_latin_dateline_needs_a_figure_or_a_dash(line: str) -> None:
    if _dateline_by_pattern(line):
        assert credits.may_open_with_latin_dateline(line)


def test_latin_datelines_on_fixture_lines_need_a_figure_or_a_dash() -> None:
    lines = {s.strip() for p in READABLE for s in p.read_text("utf-8", "replace").splitlines()}
    datelines = [line for line in lines if _dateline_by_pattern(line)]
    assert len(datelines) > 10
    for line in datelines:
        assert credits.may_open_with_latin_dateline(line)
    assert credits.starts_with_dateline("WASHINGTON, Jan. 5 (AP) — The")
    assert credits.starts_with_dateline("TORONTO — The")
    assert not credits.starts_with_dateline("WASHINGTON, the capital, said")


def _width_by_substitution(text: str, cjk: bool) -> int:
    if " " in text and not text.isascii() and (cjk or describe._HAS_CJK_PUNCT.search(text)):
        return display_width(describe._JUSTIFICATION_SPACE.sub("", text))
    return display_width(text)


@settings(max_examples=3000, derandomize=True)
@given(st.text(alphabet=" a“—’中\u3000b\t…。", max_size=16), st.booleans())
def test_justification_spaces_counted_as_the_substitution_takes_them(text: str, cjk: bool) -> None:
    assert describe.width_cells(text, cjk) == _width_by_substitution(text, cjk)


def test_widths_of_fixture_lines_as_the_substitution_gives() -> None:
    lines = {s.strip() for p in READABLE for s in p.read_text("utf-8", "replace").splitlines()}
    marked = [line for line in lines if " " in line and describe._HAS_CJK_PUNCT.search(line)]
    assert len(marked) > 100
    for line in marked:
        assert describe.width_cells(line, False) == _width_by_substitution(line, False)
    assert describe.width_cells("he said “ yes ” — no", False) == 15


@settings(max_examples=3000, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            [
                "From",
                "Subject",
                "Tél.",
                " ",
                ":",
                "：",
                "地址",
                "[",
                "]",
                "09",
                "14",
                "2023-12-05",
                "T",
                "Z",
                "Dec",
                "192.0.2.10",
                ".",
                "x",
                "١",
                "²",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_field_rows_need_a_colon_or_a_figure_first(text: str) -> None:
    if apart._FIELD_ROW.match(text):
        assert apart.may_be_field_row(text)


def test_field_rows_on_fixture_lines_need_a_colon_or_a_figure_first() -> None:
    lines = {s.strip() for p in READABLE for s in p.read_text("utf-8", "replace").splitlines()}
    rows = [line for line in lines if apart._FIELD_ROW.match(line)]
    assert len(rows) > 10
    assert all(apart.may_be_field_row(line) for line in rows)
    assert apart.may_be_field_row("192.0.2.10 - - [05/Dec/2023]")
    assert not apart.may_be_field_row("From the start of the week")


def test_classes_skipped_on_ascii_text_hold_no_ascii_character() -> None:
    """``justification`` and the table marks skip an ASCII text (a flag of the string)
    instead of searching it for these classes: that holds only while no ASCII character
    is in them."""
    ascii_text = "".join(map(chr, range(128)))
    assert whitespace._CJK_OR_MARK.search(ascii_text) is None
    assert apart._BOX_DRAWING.search(ascii_text) is None
    assert whitespace.justification("工作组， 制定")[0] == "工作组，制定"


def test_pieces_refused_by_their_first_letter_as_by_their_words() -> None:
    """``reorder._is_piece`` asks a line's first letter before reading its words: the
    same answer as asking both together, on every readable fixture line."""

    def by_words(text: str) -> bool:
        pieces = text.split()
        if len(pieces) > reorder.MAX_PIECE_WORDS or not reorder._ends_open(text):
            return False
        words = reorder._WORD.findall(text)
        return 0 < len(words) == len(pieces) and reorder._first_letter(text).isupper()

    lines = {s.strip() for p in READABLE for s in p.read_text("utf-8", "replace").splitlines()}
    answers = [reorder._is_piece(line) for line in lines]
    assert answers == [by_words(line) for line in lines]
    assert any(answers)
