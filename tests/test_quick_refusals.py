"""Quick refusals give the answers of the tests they stand before.

A line with no space, or no sentence's mark before a space and a capital, holds no
sentence's end before a run-on headline (reorder's ``_SENTENCE_THEN_CAPS`` needs them
where its parts meet); a text with no space or tab before a line break or at its end
has no trailing space to take off (``credit_spaces.trim_line_ends``); a line's first letter is its
first character when that is a letter; a Chinese nameplate line holds one of its
forms' marks, found by one class search rather than a set of the line's characters;
the characters UTF-8 read as GBK or Big5 leaves are found by one class search of a page,
not a set intersection. These tests hold each to the slow form on every readable fixture
line (or page) and on generated text.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import chardata
from newsclean.chardata import ENDS_SENTENCE, HAN, HAS_CJK
from newsclean.cjk_mojibake import fingerprints
from newsclean.dehyphenate import LINE_END_MARK
from newsclean.page import boxes, cjk_nameplate, runon
from newsclean.page.describe import unclosed
from newsclean.passes import credit_spaces, narrow, reorder, whitespace
from tests.conftest import READABLE_PAGES

#: The module itself (``newsclean.page.describe`` is also the package's function).
describe = importlib.import_module("newsclean.page.describe")

LINES = sorted(
    {
        line.strip()
        for page in READABLE_PAGES
        for line in page.read_text("utf-8", "replace").splitlines()
    }
)

_OLD_MARKS = frozenset("期号號元角分毛版页頁点點CN代")


def _nameplate_item_as_before(text: str) -> bool:
    if text.isascii() or len(text) > 40 or not _OLD_MARKS.intersection(text):
        return False
    return (
        cjk_nameplate._LINE.match(text) is not None and cjk_nameplate._KEY.search(text) is not None
    )


def _first_letter_as_before(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


def _same(text: str) -> None:
    assert reorder._first_letter(text) == _first_letter_as_before(text)
    assert cjk_nameplate.is_nameplate_item(text) == _nameplate_item_as_before(text)
    if " " not in text or reorder._SENTENCE_BEFORE_CAPS.search(text) is None:
        assert reorder._SENTENCE_THEN_CAPS.match(text) is None
    assert whitespace.normalize_characters(text) == _normalized_as_before(text)


def test_refusals_on_fixture_lines() -> None:
    assert len(LINES) > 5000
    for line in LINES:
        _same(line)
    # Both kinds of line are among them: the run-on headline's pattern matches some,
    # and some lines are nameplate items.
    assert any(reorder._SENTENCE_THEN_CAPS.match(line) for line in LINES)
    assert any(cjk_nameplate.is_nameplate_item(line) for line in LINES)


@settings(max_examples=2000, derandomize=True)
@given(st.text(alphabet="ab AZ.!?'”1 ,第期号元 定价中-\u3000\t\n", max_size=30))
def test_refusals_on_generated_text(text: str) -> None:
    _same(text)


def test_refusals_keep_what_the_tests_find() -> None:
    assert reorder._cut_run_on_headlines(["of the city. MAYOR IS ELECTED", "Mr Smith said"]) == (
        ["of the city.", "MAYOR IS ELECTED", "Mr Smith said"],
        1,
    )
    # No space before the capitals: the line is left whole.
    assert reorder._cut_run_on_headlines(["the city.MAYOR IS ELECTED", "Mr Smith"])[1] == 0
    assert reorder._first_letter("  (Paris)") == "P"
    assert reorder._first_letter("1905 —") == ""
    assert cjk_nameplate.is_nameplate_item("第86期")
    assert not cjk_nameplate.is_nameplate_item("第三期工程已经完工，明年通车")


def _suspect_as_before(text: str) -> set[int]:
    """``suspect_positions`` as it found them through a set intersection."""
    if text.isascii():
        return set()
    found: set[int] = set()
    for ch in fingerprints._all_utf8_pairs().intersection(text):
        found.update(i for i, c in enumerate(text) if c == ch)
    found.update(m.start() for m in fingerprints.latin_pairs().finditer(text))
    for filler in ("锟斤拷", "烫烫烫", "屯屯屯"):
        found.update(i for i in range(len(text)) if text.startswith(filler, i))
    return found


def test_suspect_positions_on_fixture_pages() -> None:
    suspect = 0
    for page in READABLE_PAGES:
        text = page.read_text("utf-8", "replace")
        found = set(fingerprints.suspect_positions(text))
        assert found == _suspect_as_before(text)
        suspect += bool(found)
    assert suspect > 0


@settings(max_examples=1000, derandomize=True)
@given(st.text(alphabet="a é中文鍟嗘堡绉戞妧ÉÌÌÀ¿Æ¼¼锟斤拷烫", max_size=20))
def test_suspect_positions_on_generated_text(text: str) -> None:
    assert set(fingerprints.suspect_positions(text)) == _suspect_as_before(text)


def _normalized_as_before(text: str) -> tuple[str, Counter[str]]:
    """``whitespace.normalize_characters`` with the trim run on every text."""
    counts: Counter[str] = Counter()
    if whitespace._ODD_CHARACTER.search(text) is not None:
        text = whitespace._odd_characters(text, counts)
    text, n = credit_spaces.trim_line_ends(text)
    counts["trailing-space"] += n
    return text, +counts


def test_trailing_space_taken_off_as_the_substitution_takes_it() -> None:
    trailing = 0
    for page in READABLE_PAGES:
        text = page.read_text("utf-8", "replace")
        normalized = whitespace.normalize_characters(text)
        assert normalized == _normalized_as_before(text)
        trailing += normalized[1]["trailing-space"]
    assert trailing > 0
    assert whitespace.normalize_characters("a \nb\t\nc ") == (
        "a\nb\nc",
        Counter({"trailing-space": 3}),
    )
    assert whitespace.normalize_characters("a b\n c") == ("a b\n c", Counter())


def test_kept_widths_are_the_measured_widths() -> None:
    chardata._kept_width.cache_clear()
    # Fewer lines than the cache holds, or a second pass in the same order finds every
    # entry evicted (the fixture corpus alone has more distinct lines than that).
    room = chardata._kept_width.cache_info().maxsize or 0
    lines = [line for line in LINES if not line.isascii()][: room // 2]
    # The second time from what was kept.
    for line in lines + lines:
        assert chardata.display_width(line) == chardata._width(line)
    assert chardata._kept_width.cache_info().hits > 0
    # A joined paragraph is measured each time, not kept.
    kept = chardata._kept_width.cache_info().currsize
    assert chardata.display_width("中文" * 200) == 800
    assert chardata._kept_width.cache_info().currsize == kept
    # Dashes count two only beside CJK; curly quotes count one.
    assert chardata.display_width("a—“b”") == 5
    assert chardata.display_width("中—“文”") == 8


def _read_line_by_keywords(text: str) -> runon.LineEnds:
    """``runon.read_line`` as written before it built its answer by position."""
    text = text.strip()
    cjk = not text.isascii() and HAS_CJK.search(text) is not None
    last = text[-1:]
    if cjk:
        head, han_head = runon._cjk_head(text[:3])
        tail, han_tail = runon._cjk_tail(text[-3:])
        lower_start, hyphen_stem, first_word = False, None, ""
    else:
        head, tail, han_head, han_tail = text[:3], text[-3:], "", ""
        hyphen = LINE_END_MARK.search(text) if last in runon.HYPHENS else None
        hyphen_stem = (hyphen.group(1) or hyphen.group(3)) if hyphen else None
        word = runon._FIRST_WORD.match(text)
        first_word = word.group(0) if word else ""
        lower_start = text[:1].islower()
    return runon.LineEnds(
        cjk=cjk,
        head=head,
        tail=tail,
        han_tail=han_tail,
        han_head=han_head,
        width=chardata.display_width(text),
        ends_sentence=ENDS_SENTENCE.search(text) is not None,
        clause_end=last in runon._CLAUSE_END,
        unclosed=unclosed(text),
        first_closer=text[:1] in runon._CLOSERS,
        lower_start=lower_start,
        hyphen_stem=hyphen_stem,
        first_word=first_word,
    )


def _fields(ends: runon.LineEnds) -> dict[str, object]:
    return {name: getattr(ends, name) for name in runon.LineEnds.__slots__}


def test_line_ends_read_by_position_as_by_keyword() -> None:
    for line in LINES:
        if line:
            assert _fields(runon.read_line(line)) == _fields(_read_line_by_keywords(line))
    # Every field takes more than one value over the fixture lines, so a field read into
    # another's place would show.
    read = [_fields(runon.read_line(line)) for line in LINES if line]
    assert all(len({repr(r[name]) for r in read}) > 1 for name in runon.LineEnds.__slots__)


def test_block_markers_and_cjk_rows_as_before() -> None:
    markers = rows = 0
    for page in READABLE_PAGES:
        text = page.read_text("utf-8", "replace")
        for block in text.split("\n\n"):
            held = boxes.holds_marker(block)
            assert held == any(mark in block for mark in boxes._MARKS)
            markers += held
        for line in text.splitlines():
            row = narrow._cjk_row(line)
            spaced = line.replace(" ", "")
            han = len(re.findall(f"[{HAN}]", spaced))
            assert row == (len(spaced) >= narrow.MIN_MEASURE // 2 and han * 2 >= len(spaced))
            rows += row
    assert markers > 0
    assert rows > 0


def test_cjk_asked_of_a_text_only_when_it_is_not_ascii() -> None:
    cjk = 0
    for line in LINES:
        assert chardata.has_cjk(line) == (HAS_CJK.search(line) is not None)
        assert describe.running(line, False) == _running_as_before(line, False)
        cjk += chardata.has_cjk(line)
    assert 0 < cjk < len(LINES)
    assert not chardata.has_cjk("Paris, 5 janvier — “Le Temps”")
    assert chardata.has_cjk("The word 中 alone")


@settings(max_examples=1000, derandomize=True)
@given(st.text(alphabet="ab ,.中，、ア한é“", max_size=20), st.booleans())
def test_cjk_asked_as_the_search_answers_on_generated_text(text: str, cjk: bool) -> None:
    assert chardata.has_cjk(text) == (HAS_CJK.search(text) is not None)
    assert describe.running(text, cjk) == _running_as_before(text, cjk)


def _running_as_before(text: str, cjk: bool) -> bool:
    return (
        describe._CJK_CLAUSE.search(text) is not None
        or (not cjk and describe._letter_clause(text))
        or (cjk and describe.split_credit(text) is not None)
    )
