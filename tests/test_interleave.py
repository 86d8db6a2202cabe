"""The interleave pass keeps every line and where it came from."""

from __future__ import annotations

import re
import tomllib
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsclean.chardata import ENDS_SENTENCE, HAN, HAS_CJK, display_width
from newsclean.dehyphenate import LINE_END_MARK
from newsclean.model import Document
from newsclean.options import Options
from newsclean.page import runon
from newsclean.page.describe import unclosed
from newsclean.passes import interleave
from newsclean.passes.convert import convert_text
from newsclean.vocabulary import cjk_words

CASES = tomllib.loads((Path(__file__).parent / "cases" / "interleave.toml").read_text("utf-8"))


def _case(start: str) -> dict[str, str]:
    (case,) = [c for c in CASES["case"] if c["name"].startswith(start)]
    return {key: str(value) for key, value in case.items()}


def test_moved_lines_keep_their_origins() -> None:
    case = _case("two CJK columns read in turn")
    raw = case["input"].split("\n")
    doc = Document.from_text(case["input"])
    interleave.apply(doc, Options())
    (block,) = doc.blocks
    assert block.lines == case["expected"].split("\n")
    assert block.origins is not None
    assert [raw[first] for first, _ in block.origins] == block.lines
    assert sorted(block.origins) == [(n, n) for n in range(len(raw))]


def test_a_block_leaves_no_joins_behind_it() -> None:
    # Joins are keyed by the block's lines by identity: kept, they could never be asked
    # again and would hold the lines alive, block after block, on a long stream.
    case = _case("two CJK columns read in turn")
    doc = Document.from_text(case["input"])
    interleave.apply(doc, Options())
    assert doc.blocks[0].lines == case["expected"].split("\n")
    assert runon.join_odds.cache_info().currsize == 0


_PAGES = sorted((Path(__file__).parent.parent / "fixtures").glob("*/raw/*.txt")) + sorted(
    (Path(__file__).parent.parent / "fixtures" / "pages").glob("*.txt")
)
_PIECES = [
    "影",
    "响",
    "，",
    "结",
    "束",
    "word-",
    "ing",
    "(open",
    ") close",
    "the",
    "And",
    "「",
    "」",
    " ",
]


def _lines_of(pieces: list[str], piece_count: int, line_count: int) -> st.SearchStrategy[list[str]]:
    """Lines glued from a few pieces each: words, marks and spaces that make joins strong or
    weak across a break."""
    line = st.lists(st.sampled_from(pieces), min_size=1, max_size=piece_count).map("".join)
    return st.lists(line, min_size=2, max_size=line_count)


def _strong_joins_open_only_where_asked(texts: list[str]) -> int:
    lines = [runon.read_line(text) for text in texts]
    checked = 0
    for language in (None, "en", "fr", "de"):
        for i, x in enumerate(lines):
            for y in lines[i + 1 : i + 6]:
                if runon.join_odds(x, y, language) >= interleave.STRONG:
                    assert interleave._may_join_strongly(texts[i]), (texts[i], language)
                    checked += 1
    return checked


def test_only_the_lines_the_pre_check_lets_through_open_a_strong_join() -> None:
    # The pre-check spares a block the search when fewer than MIN_STRONG of its lines
    # could open a strong join: it must never turn away a line that can.
    checked = 0
    for page in _PAGES:
        texts = [line for line in page.read_text("utf-8").split("\n") if line.strip()]
        checked += _strong_joins_open_only_where_asked(texts)
    assert checked > 100


@given(_lines_of(_PIECES, piece_count=8, line_count=12))
def test_the_pre_check_holds_on_any_lines(texts: list[str]) -> None:
    _strong_joins_open_only_where_asked([text for text in texts if text.strip()])


def _refused_only_where_no_run_is_taken(texts: list[str], language: str | None) -> bool:
    """Whether the bound refuses these lines the search; and, where it does, that the
    search takes no run of them (it would read them in order)."""
    lines = [runon.read_line(text) for text in texts]
    refused = interleave._strong_joins_to_gain(texts, lines, language) < interleave.MIN_STRONG
    if refused:
        assert interleave._searched(lines, language) == (list(range(len(lines))), 0), texts
    return refused


_READ_PAGES = [
    path
    for path in _PAGES
    if path.parent.name == "pages" or path.parent.parent.name in ("real-train", "heldout")
]


def test_the_bound_refuses_only_blocks_the_search_leaves_in_order() -> None:
    # Every block of the readable pages (both sides of the bound are met there: a column
    # read in order is refused, two columns read in turn are searched; Latin and CJK).
    refused = searched = 0
    cjk_refused = cjk_searched = 0
    for page in _READ_PAGES:
        for block in page.read_text("utf-8").split("\n\n"):
            texts = [line for line in block.split("\n") if line.strip()]
            if len(texts) < 2 * interleave.MIN_ROWS:
                continue
            cjk = sum(map(bool, map(HAS_CJK.search, texts))) > len(texts) // 2
            for language in (None, "en", "de"):
                if _refused_only_where_no_run_is_taken(texts, language):
                    refused += 1
                    cjk_refused += cjk
                else:
                    searched += 1
                    cjk_searched += cjk
    assert refused > 10
    assert searched > 10
    assert cjk_refused > 10
    assert cjk_searched > 10


def _partners_as_every_pair_finds(texts: list[str], language: str | None) -> int:
    """That the index finds a strong partner for a CJK line exactly where asking it with
    every other line but the next does; how many lines have one."""
    lines = [runon.read_line(text) for text in texts]
    partners = interleave._StrongPartners(lines, language)
    found = 0
    for i, x in enumerate(lines):
        if not x.cjk:
            continue
        others = [y for j, y in enumerate(lines) if j not in (i, i + 1)]
        every = any(runon.join_odds(x, y, language) >= interleave.STRONG for y in others)
        assert partners.joins_another(i) == every, (texts[i], language)
        found += every
    return found


def test_the_index_finds_every_strong_partner_on_fixture_pages() -> None:
    found = 0
    for page in _READ_PAGES:
        for block in page.read_text("utf-8").split("\n\n"):
            texts = [line for line in block.split("\n") if line.strip()]
            if HAS_CJK.search(block) and len(texts) >= 2 * interleave.MIN_ROWS:
                found += _partners_as_every_pair_finds(texts, None)
    assert found > 100


_CJK_PIECES = ["影", "响", "结", "束", "大", "革", "命", "，", "。", "）", "（", "的", "A", " "]


@given(_lines_of(_CJK_PIECES, piece_count=6, line_count=16))
def test_the_index_finds_every_strong_partner_on_any_lines(texts: list[str]) -> None:
    _partners_as_every_pair_finds([text for text in texts if text.strip()], None)


@given(_lines_of(_CJK_PIECES, piece_count=6, line_count=24))
def test_the_bound_holds_on_any_cjk_lines(texts: list[str]) -> None:
    lines = [text for text in texts if text.strip()]
    assume(len(lines) >= 2)
    _refused_only_where_no_run_is_taken(lines, None)


@given(_lines_of(_PIECES, piece_count=8, line_count=24))
def test_the_bound_holds_on_any_lines(texts: list[str]) -> None:
    # The pass reads blocks of several lines (2 * MIN_ROWS at least), never an empty one.
    lines = [text for text in texts if text.strip()]
    assume(len(lines) >= 2)
    _refused_only_where_no_run_is_taken(lines, None)


@pytest.mark.parametrize(
    ("start", "refused"),
    [
        # Two columns read in turn: each hyphen's halves are parted, so the runs the
        # search takes are not refused.
        ("two Latin columns of different measure read in turn", False),
        ("two CJK columns read in turn", False),
        # The same columns in reading order: each hyphen's halves already meet.
        ("the same Latin columns in reading order", True),
        # CJK lines in order: most words across a break are made with the next line, and
        # a line that makes one with no other line gains no strong join in any run.
        ("the same two CJK columns in reading order", True),
        ("a CJK list of short heads and long items", True),
    ],
)
def test_the_bound_refuses_a_column_read_in_order(start: str, refused: bool) -> None:
    texts = [line for line in _case(start)["input"].split("\n") if line.strip()]
    assert _refused_only_where_no_run_is_taken(texts, "en") == refused


_LEFT = [
    "的，故意制造一些谣言，以致来北京的很多，",
    "这种风不好开，且会破坏北京市各大学的荣",
    "誉，扰乱各省工作的安排，我们已经尽力在做",
    "各种事，很累。请你们帮助。请你们也要复课",
]
_RIGHT = [
    "们为什么要来，谁动员他们来。这样来是同中",
    "央的“六·六”通令抵触的。我们必须积极执",
    "行这个通令，我们不能违背这个通令。如果因",
    "为我接见过一次福建一百几十个群众，就可以",
]
_ROWS = [line for row in zip(_LEFT, _RIGHT, strict=True) for line in row]
_SHORT_MERGED = "淡绿色的，夜间则放射出闪闪金光，象征着光对文化大革命的贡献。"
_MERGED = "闹革命，一切同学都回校。任何地方的文化大大来特来，这是很错误的，我不想再见了。"


@pytest.mark.parametrize(
    ("texts", "cut"),
    [
        # Two full lines of each column before it: cut at the left column's measure,
        # not a character on, where 以⏎来 would make a word by chance.
        (
            [*_ROWS, _MERGED],
            ("闹革命，一切同学都回校。任何地方的文化大", "大来特来，这是很错误的，我不想再见了。"),
        ),
        # The line two before is a subhead, narrower than its column's line before it:
        # nothing says where the left column's measure is.
        (
            [*_ROWS[:4], "胡说他主观上还是搞建设", _RIGHT[2], _SHORT_MERGED],
            None,
        ),
        # The line two before ends a sentence: a paragraph's last line, not the measure.
        (
            [*_ROWS[:4], "誉，扰乱各省工作的安排，我们已经尽力了。", _RIGHT[2], _MERGED],
            None,
        ),
        # The right piece would be wider than the other column's lines.
        (
            [
                _LEFT[0],
                "就可以大来特来",
                _LEFT[1],
                "我不想再见了",
                _LEFT[2],
                "行这个通令，如果因",
                _MERGED,
            ],
            None,
        ),
    ],
)
def test_a_line_is_cut_only_where_it_can_hold_a_line_of_each_column(
    texts: list[str], cut: tuple[str, str] | None
) -> None:
    assert interleave._cuts(texts, None).get(len(texts) - 1) == cut


def _joined(x: str, y: str) -> float:
    return runon.join_odds(runon.read_line(x), runon.read_line(y), None)


def test_a_long_word_across_the_break_says_more_than_a_short_one() -> None:
    # 大⏎革命 (a word of three) against 大⏎伯 (a word of two two lines side by side may make).
    chance = "伯父母都来了，我们一起去北京看望他"
    assert _joined(_MERGED[:20], "革命不可能由北京同学包办代替。") > _joined(_MERGED[:20], chance)
    assert _joined(_MERGED[:20], chance) >= interleave.STRONG


@pytest.mark.parametrize(
    ("y", "against"),
    [
        ("伯达", True),  # a signature: no paragraph's last line
        ("动。", False),  # a paragraph's last line, ending its sentence
    ],
)
def test_a_short_line_without_a_sentence_end_does_not_continue_a_full_one(
    y: str, against: bool
) -> None:
    # The line before runs on after a comma: no word across the break to count.
    assert (_joined(_LEFT[0], y) < 0) == against


_HAN_CHAR = re.compile(f"[{HAN}]")


def _word_across_slowly(x: runon.LineEnds, y: runon.LineEnds) -> int:
    """The word across the break as it was first asked: every split of the line's last
    three and next line's first three characters, each character tested for Han."""
    if not (_HAN_CHAR.match(x.tail[-1:]) and _HAN_CHAR.match(y.head[:1])):
        return 0
    longest = 0
    for a in range(1, 4):
        for b in range(1, 5 - a):
            left, right = x.tail[-a:], y.head[:b]
            word = left + right
            if (
                len(left) == a
                and len(right) == b
                and all(_HAN_CHAR.match(ch) for ch in word)
                and word in cjk_words()
            ):
                longest = max(longest, a + b)
    return longest


def _word_across(x: runon.LineEnds, y: runon.LineEnds) -> int:
    if not (x.han_tail and y.han_head):
        return 0
    return runon._word_across(x.han_tail, y.han_head)


#: Characters of common words across breaks (结束, 影响, 革命, 中华人民), Traditional ones
#: (OpenCC makes them Simplified first), marks, a Kana, Latin and a space.
_WORD_CHARS = "结束結影响響革命中华華人民共和国，。「a1 の"


def test_the_word_across_the_break_is_found_as_it_was_on_fixture_pages() -> None:
    found = 0
    for page in _PAGES:
        lines = [runon.read_line(t) for t in page.read_text("utf-8").split("\n") if t.strip()]
        for x, y in pairwise(lines):
            assert _word_across(x, y) == _word_across_slowly(x, y)
            found += _word_across(x, y) > 0
    assert found > 100


@given(st.text(alphabet=_WORD_CHARS, min_size=1), st.text(alphabet=_WORD_CHARS, min_size=1))
def test_the_word_across_the_break_is_found_as_it_was_on_any_lines(x: str, y: str) -> None:
    if x.strip() and y.strip():
        lines = runon.read_line(x), runon.read_line(y)
        assert _word_across(*lines) == _word_across_slowly(*lines)
        assert runon.join_odds(*lines, None) == runon.join_odds(*map(runon.read_line, (x, y)), None)


_READ_PAGES = sorted((Path(__file__).parent.parent / "fixtures" / "pages").glob("*.txt")) + sorted(
    (Path(__file__).parent.parent / "fixtures" / "real-train" / "raw").glob("*.txt")
)


def _read_every_fact(text: str) -> runon.LineEnds:
    """``read_line`` as it was first written: every fact of both scripts read of every
    line, the head and tail of a CJK line made Simplified before their Han ends are
    taken."""
    text = text.strip()
    cjk = HAS_CJK.search(text) is not None
    head, tail = text[:3], text[-3:]
    if cjk:
        head = convert_text(head, "t2s")
        tail = convert_text(tail, "t2s")
    last = text[-1:]
    hyphen = LINE_END_MARK.search(text) if last in runon.HYPHENS else None
    first_word = runon._FIRST_WORD.match(text)
    return runon.LineEnds(
        cjk=cjk,
        head=head,
        tail=tail,
        han_tail=runon._NOT_HAN.split(tail)[-1],
        han_head=runon._NOT_HAN.split(head)[0],
        width=display_width(text),
        ends_sentence=ENDS_SENTENCE.search(text) is not None,
        clause_end=last in runon._CLAUSE_END,
        unclosed=unclosed(text),
        first_closer=text[:1] in runon._CLOSERS,
        lower_start=text[:1].islower(),
        hyphen_stem=(hyphen.group(1) or hyphen.group(3)) if hyphen else None,
        first_word=first_word.group(0) if first_word else "",
    )


def _same_odds(texts: list[str], language: str | None) -> int:
    fast = [runon.read_line(t) for t in texts]
    slow = [_read_every_fact(t) for t in texts]
    asked = 0
    for i in range(len(texts)):
        for k in range(i + 1, min(i + 6, len(texts))):
            odds = runon.join_odds(fast[i], fast[k], language)
            assert odds == runon.join_odds(slow[i], slow[k], language), (texts[i], texts[k])
            asked += 1
    runon.join_odds.cache_clear()
    return asked


def test_a_line_reads_only_its_own_scripts_facts_and_joins_as_before() -> None:
    asked = 0
    for page in _READ_PAGES:
        texts = [t for t in page.read_text("utf-8").split("\n") if t.strip()]
        language = "en" if page.name.startswith(("en_", "fr_", "de_")) else None
        asked += _same_odds(texts, language)
    assert asked > 10_000


@given(st.lists(st.text(alphabet=_WORD_CHARS + "ABcd-.(", min_size=1), min_size=2, max_size=8))
def test_a_line_reads_only_its_own_scripts_facts_on_any_lines(texts: list[str]) -> None:
    _same_odds([t for t in texts if t.strip()] or ["x"], "en")


def _runs_one_offer_at_a_time(
    lines: list[runon.LineEnds], language: str | None
) -> list[tuple[int, int, dict[int, int]]]:
    """The search as first written, a function call for each offer of a state; the runs
    it finds as (start, end, each line's column)."""
    n = len(lines)
    layers: list[dict[int, float]] = [{} for _ in range(n)]
    back: dict[tuple[int, int], tuple[int, int] | None] = {}

    def offer(state: tuple[int, int], value: float, before: tuple[int, int] | None) -> None:
        t, u = state
        if value > layers[t].get(u, float("-inf")):
            layers[t][u], back[state] = value, before

    offer((0, -1), 0.0, None)
    offer((1, 0), -interleave.ENTER, None)
    for t in range(n - 1):
        step = runon.join_odds(lines[t], lines[t + 1], language)
        for u, value in list(layers[t].items()):
            if u < 0:
                offer((t + 1, -1), value + step, (t, -1))
                if t + 2 < n:
                    offer((t + 2, t + 1), value - interleave.ENTER, (t, -1))
                continue
            if t + 1 - u <= interleave.REACH:
                offer((t + 1, u), value + step - interleave.SAME, (t, u))
            offer((t + 1, t), value + runon.join_odds(lines[u], lines[t + 1], language), (t, u))
            offer((t + 1, -1), value, (t, u))
    last = layers[n - 1]
    end: tuple[int, int] | None = (n - 1, max(last, key=last.__getitem__))
    path = []
    while end is not None:
        path.append(end)
        end = back[end]
    runs = []
    column: dict[int, int] = {}
    start = 0
    previous: tuple[int, int] | None = None
    for t, u in reversed(path):
        if u < 0:
            if column:
                runs.append((start, t, column))
                column = {}
        elif previous is None or previous[1] < 0:
            start, column = u, {u: 0, t: 1}
        else:
            column[t] = column[t - 1] if u == previous[1] else 1 - column[t - 1]
        previous = (t, u)
    if column:
        runs.append((start, n, column))
    return runs


def _same_runs(texts: list[str]) -> int:
    lines = [runon.read_line(t) for t in texts]
    found = [(r.start, r.end, r.column) for r in interleave._runs(lines, None)]
    assert found == _runs_one_offer_at_a_time(lines, None)
    runon.join_odds.cache_clear()
    return len(found)


def test_the_search_finds_the_runs_it_found_with_a_call_per_offer() -> None:
    found = 0
    for page in _READ_PAGES:
        for block in page.read_text("utf-8").split("\n\n"):
            texts = [t for t in block.split("\n") if t.strip()]
            if len(texts) >= 2:
                found += _same_runs(texts)
    assert found >= 10


@given(st.lists(st.sampled_from([*_PIECES, "影响", "结束。", "，束", "word-", "ing."]), min_size=2))
def test_the_search_finds_the_runs_it_found_on_any_lines(texts: list[str]) -> None:
    lines = [t for t in texts if t.strip()]
    assume(len(lines) >= 2)
    _same_runs(lines)
