"""Character-class tests written for speed answer as the patterns they replace.

A search for a large class tests each character of a line against the class's ranges
one by one; the helpers here read a cheaper range, or skip to a literal first, and then
confirm with the class. These tests hold each to the pattern's answers on generated
text made of the characters at the edges of the ranges, and on the fixture pages.
"""

from __future__ import annotations

import re
from importlib import import_module
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import chardata, dehyphenate
from newsclean.chardata import CJK, HAN, HAS_CJK, has_cjk, korean_break
from newsclean.page import boxes, printed, runon
from newsclean.passes import glyphs, narrow, punctuation, whitespace
from newsclean.passes.rejoin.paragraphs import _ONE_CJK_LINE, holds_one_cjk_line
from tests.conftest import READABLE_PAGES

#: Each CJK range's first and last character and their neighbours outside it, the
#: marks that share a line with CJK text, and Latin letters, accented and plain.
_EDGES = sorted(
    {
        chr(ord(edge) + step)
        for edge in CJK[::3] + CJK[2::3]  # "first-last" ranges, one after another
        for step in (-1, 0, 1)
    }
    | set("aZ1 é—’“·，。中가あ\t\u3000")
)

_TEXT = st.text(alphabet=st.sampled_from(_EDGES) | st.characters(), max_size=12)


def _korean_break_by_pattern(left: str, right: str) -> bool:
    if not left or not right:
        return False
    a, b = left[-1], right[0]
    hangul, unspaced = chardata._HANGUL, chardata._UNSPACED
    return (hangul.match(a) is not None and (b.isalnum() and not unspaced.match(b))) or (
        hangul.match(b) is not None and a.isalnum() and not unspaced.match(a)
    )


#: The class ``HAS_CJK`` finds.
_CJK_CLASS = re.compile(f"[{CJK}]")


def _found(pattern: re.Pattern[str], text: str, start: int = 0) -> tuple[int, int] | None:
    m = pattern.search(text, start)
    return None if m is None else m.span()


@settings(max_examples=3000, derandomize=True)
@given(_TEXT, st.integers(min_value=0, max_value=12))
def test_has_cjk_finds_what_the_class_finds(text: str, start: int) -> None:
    assert _found(HAS_CJK, text, start) == _found(_CJK_CLASS, text, start)
    assert (HAS_CJK.match(text) is None) is (_CJK_CLASS.match(text) is None)
    assert has_cjk(text) is (_CJK_CLASS.search(text) is not None)


def test_has_cjk_reads_no_cjk_in_the_span_of_cjk_code_points() -> None:
    # Characters between the CJK ranges (CJK radicals, Yi, compatibility forms), and
    # Latin text with curly quotes and dashes: the span finds them, the class refuses.
    for text in ("⺀ ⿰ ㄅ", "ꀀ ︰ ＡＢ", "“Café” — naïve", "㏿", "\U00031350"):
        assert not has_cjk(text)
    assert has_cjk("“Café” — 中")


@settings(max_examples=3000, derandomize=True)
@given(_TEXT, _TEXT)
def test_korean_break_as_the_class_matches(left: str, right: str) -> None:
    assert korean_break(left, right) is _korean_break_by_pattern(left, right)


def test_korean_break_not_at_han_or_a_mark() -> None:
    assert korean_break("한국", "어")
    assert korean_break("서울", "1")
    assert not korean_break("한국", "中")
    assert not korean_break("한국", "，")
    assert not korean_break("中国", "어")


_LINE = st.text(alphabet=st.sampled_from([" ", "\t", "中", "。", "·", "a", "가", "\r"]), max_size=3)


@settings(max_examples=3000, derandomize=True)
@given(st.lists(_LINE, max_size=6))
def test_one_cjk_line_found_as_the_multiline_search(lines: list[str]) -> None:
    by_search = _ONE_CJK_LINE.search("\n".join(lines)) is not None
    assert holds_one_cjk_line(lines) is by_search


def test_one_cjk_line_not_found_in_lines_of_more() -> None:
    assert not holds_one_cjk_line(["中国", "a", " 中 国", "。。", "x中"])
    assert holds_one_cjk_line(["中国", " 中\t", "a"])
    assert holds_one_cjk_line(["。"])


@pytest.mark.parametrize("page", READABLE_PAGES, ids=lambda p: p.name)
def test_same_on_fixture_pages(page: Path) -> None:
    text = page.read_text("utf-8", errors="replace")
    lines = text.splitlines()
    for line in lines:
        assert _found(HAS_CJK, line) == _found(_CJK_CLASS, line)
    for upper, lower in pairwise(lines):
        assert korean_break(upper, lower) is _korean_break_by_pattern(upper, lower)
    for block in text.split("\n\n"):
        by_search = _ONE_CJK_LINE.search(block) is not None
        assert holds_one_cjk_line(block.split("\n")) is by_search


def test_classes_skipped_on_ascii_text_hold_no_ascii_character() -> None:
    """The compatibility ideographs, fullwidth letters, briefs markers and CJK letters
    and openers are not searched for in an ASCII text (a flag of the string): that
    holds only while no ASCII character is in their classes."""
    ascii_text = "".join(map(chr, range(128)))
    for pattern in (
        glyphs._COMPATIBILITY_BLOCK,
        punctuation._FULLWIDTH_ALNUM,
        boxes._ANY_MARKER,
        whitespace._TIGHT_OR_OPENER,
    ):
        assert pattern.search(ascii_text) is None, pattern.pattern
    # What each still finds beyond ASCII.
    assert glyphs._unified_ideographs("漢字 \uf900")[1] == 1
    assert punctuation.repair("ＡＢ１")[0] == "AB1"
    assert boxes.holds_marker("text\n■ 要闻")
    assert whitespace.remove_cjk_gaps("工作 组", running_text=True)[1] == 1


#: Each run pattern written by ``regex.run_of``, and the ``[…]+`` it stands for.
_RUNS = [
    (punctuation._FULLWIDTH_ALNUM, "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+"),
    (chardata._WIDE_RUN, chardata._WIDE_CLASS + "+"),
    (chardata._MAY_MARK, chardata._MAY_MARK.pattern[: len(chardata._MAY_MARK.pattern) // 2] + "+"),
    (dehyphenate._LETTERS, f"[{dehyphenate._LETTER}]+"),
    (dehyphenate._WORDS, f"[{dehyphenate._LETTER}]+(?:-[{dehyphenate._LETTER}]+)*"),
    (narrow._SPACES, " +"),
    (narrow._NOT_HAN_RUN, f"[^{HAN}]+"),
]
#: Characters in and out of each class, and at its edges.
_RUN_TEXT = st.text(
    alphabet=st.sampled_from([*_EDGES, "１", "Ａ", "ｚ", "\u0301", "ſ", "ɏ", "ɐ", "-", "é"])
    | st.characters(),
    max_size=16,
)


@pytest.mark.parametrize(("run", "written"), _RUNS, ids=lambda r: getattr(r, "pattern", "")[:12])
@settings(max_examples=1500, derandomize=True)
@given(text=_RUN_TEXT, start=st.integers(min_value=0, max_value=16))
def test_runs_found_as_the_repeat_finds_them(
    run: re.Pattern[str], written: str, text: str, start: int
) -> None:
    plus = re.compile(written)
    assert [m.span() for m in run.finditer(text, start)] == [
        m.span() for m in plus.finditer(text, start)
    ]
    assert (run.match(text) is None) is (plus.match(text) is None)


def test_runs_written_as_the_class_then_its_repeat() -> None:
    # The class first: a class that is not the repeat's (a typo in one copy) is caught.
    for run, written in _RUNS:
        assert run.pattern.startswith(written.split("+")[0]), run.pattern
    assert narrow._SPACES.findall("a  b c") == ["  ", " "]
    assert dehyphenate._LETTERS.findall("中文 abc 中 dé") == ["abc", "dé"]


@settings(max_examples=3000, derandomize=True)
@given(st.text(alphabet="ab1é ‐-\u00ad¬=⸗\t\n中", max_size=16).map(str.strip))
def test_hyphen_stem_read_from_the_last_space(text: str) -> None:
    whole = dehyphenate.LINE_END_MARK.search(text)
    if text[-1:] in runon.HYPHENS and not has_cjk(text):
        expected = (whole.group(1) or whole.group(3)) if whole else None
        assert runon.read_line(text).hyphen_stem == expected


#: ``printed._MAY_HOLD`` as it was written before its words were led by a rare letter.
_MAY_HOLD_WORDS = re.compile(
    rf"1[6-9]\d\d|20\d\d|\(cc[ -]by|{printed._IMPRINT.lower()}"
    r"|p(?:ubli|ara[iî]|ri(?:ce|x)|reis)|e(?:rscheint|dition|dn)|issued|jahrgang|année|le num"
)
#: The words' pieces, cut where the rewrite reads them and beside, and letters that
#: stand before and after them.
_HOLD_PIECES = st.sampled_from(
    [
        "e",
        "ers",
        "rscheint",
        "cheint",
        "d",
        "ed",
        "dition",
        "ition",
        "n",
        "dn",
        "iss",
        "issu",
        "ued",
        "u",
        "ed",
        "ann",
        "anné",
        "é",
        "ée",
        "e",
        "le",
        "le n",
        " num",
        "um",
        "m",
        "publi",
        "p",
        "arai",
        "araî",
        "rix",
        "(cc by",
        "(cc-by",
        "cn 12-3456",
        "cn12-345",
        "1899",
        "20",
        "1",
        "99",
        "jahrgang",
        "社出版",
        "地址：",
        "c",
        "a",
        "x",
        " ",
        "\n",
        "E",
        "ſ",
    ]
)


@settings(max_examples=4000, derandomize=True)
@given(st.lists(_HOLD_PIECES, max_size=8).map("".join))
def test_may_hold_finds_a_word_where_the_words_pattern_does(text: str) -> None:
    assert (printed._MAY_HOLD.search(text) is None) is (_MAY_HOLD_WORDS.search(text) is None)


def test_may_hold_reads_the_whole_word_before_its_rare_letter() -> None:
    for text in ("a recheint", "the dn", "an edit", "issue date", "tissued", "anée", "la num"):
        assert (printed._MAY_HOLD.search(text) is None) is (_MAY_HOLD_WORDS.search(text) is None)
    for text in ("the recheint", "it is due", "pure", "kind", "année", "le numéro"):
        found = printed._MAY_HOLD.search(text) is not None
        assert found is (text in ("année", "le numéro")), text
    # Each branch still opens with a character: the search skips to the next one (the
    # compiled code's first word says so; the compiler is private, hence the import).
    compiler, parser = (import_module(f"re.{name}") for name in ("_compiler", "_parser"))
    code = compiler._code(parser.parse(printed._MAY_HOLD.pattern, 0), 0)
    assert code[0] == compiler.INFO
    assert code[2] & compiler.SRE_INFO_CHARSET


@pytest.mark.parametrize("page", READABLE_PAGES[::7], ids=lambda p: p.name)
def test_may_hold_same_on_fixture_lines(page: Path) -> None:
    for line in page.read_text("utf-8", errors="replace").lower().splitlines():
        assert (printed._MAY_HOLD.search(line) is None) is (_MAY_HOLD_WORDS.search(line) is None)
