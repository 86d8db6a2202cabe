"""Questions asked once of a block give what asking each of its lines gives.

rejoin's marks (briefs items, tables, program text) first ask the block's lines joined
by newlines, by substring tests, whether any line can open or hold what the mark reads,
and look at the lines one by one only then. The tests here hold each block-wide
question to the per-line test it stands before, on every block of the fixtures and on
generated blocks made of the characters the patterns turn on.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.model import blocks_from_text
from newsclean.page import boxes
from newsclean.passes.rejoin import apart
from tests.conftest import READABLE_PAGES

PAGES = READABLE_PAGES


def _blocks() -> list[list[str]]:
    found = []
    for page in PAGES:
        for block in blocks_from_text(page.read_text("utf-8", errors="replace")):
            found.append(block.lines)
    return found


BLOCKS = _blocks()


def _stripped(lines: list[str]) -> list[str]:
    """The lines as rejoin's marks read them: stripped of spaces and tabs."""
    return [line.strip(" \t") for line in lines]


def _marked(lines: list[str]) -> bool:
    return any(boxes._MARKER.match(text) is not None for text in lines)


def _any_indented(raw: list[str]) -> bool:
    return any(r[:1] in (" ", "\t") for r in raw)


def _slow_one_depth(raw: list[str]) -> bool:
    return len({len(r) - len(r.lstrip(" \t")) for r in raw if r.strip()}) < 2


def _slow_no_table_line(lines: list[str]) -> bool:
    """No line is aligned by a gap or drawn with box rules (rows of data aside)."""
    return not any(
        apart._CJK_ALIGNED.search(t) or apart._LATIN_ALIGNED.search(t) or apart._BOX_RULE.search(t)
        for t in lines
    )


def _fast_no_table_line(lines: list[str]) -> bool:
    text = "\n".join(lines)
    return "  " not in text and "\t" not in text and apart._BOX_DRAWING.search(text) is None


def test_marker_refusal_on_fixture_blocks() -> None:
    for lines in BLOCKS:
        stripped = _stripped(lines)
        # A block refused holds no line that opens an item.
        assert boxes.holds_marker("\n".join(stripped)) or not _marked(stripped), stripped


def test_one_depth_on_fixture_blocks() -> None:
    for raw in BLOCKS:
        if not apart.indented(raw):
            assert _slow_one_depth(raw), raw


def test_table_refusal_on_fixture_blocks() -> None:
    for lines in BLOCKS:
        stripped = _stripped(lines)
        if _fast_no_table_line(stripped):
            assert _slow_no_table_line(stripped), stripped


_PIECES = st.sampled_from(
    ["△", "■", "•", "▶", " ", "\u3000", "\t", "-", "*", "1", "12", ".", ")", "(", "（", "）",
     "一", "、", "十", "a", "b", "A", "Z", "From", ":", "：", "[", "]", "09:14", "张三", "é",
     "│", "─", "x", "’", "\u00a0", "2", "_"]
)  # fmt: skip
_LINES = st.lists(
    st.lists(_PIECES, max_size=10).map("".join).filter(lambda t: t.strip() != ""),
    min_size=1,
    max_size=5,
)


@settings(max_examples=600, derandomize=True)
@given(_LINES)
def test_block_questions_on_generated_blocks(lines: list[str]) -> None:
    stripped = [t for t in _stripped(lines) if t]
    assert boxes.holds_marker("\n".join(stripped)) or not _marked(stripped)
    if stripped and _fast_no_table_line(stripped):
        assert _slow_no_table_line(stripped)
    assert apart.indented(lines) == _any_indented(lines)
    if not apart.indented(lines):
        assert _slow_one_depth(lines)


@pytest.mark.parametrize(
    ("lines", "marked"),
    [
        (["△ 我国单月出口创新高", "海关总署发布数据。"], True),
        (["• Storm closes the pass", "Snow fell all night."], True),
        (["我国单月出口创新高", "海关总署发布数据。"], False),
        (["The road closed.", "Snow fell."], False),
    ],
)
def test_marker_table(lines: list[str], marked: bool) -> None:
    assert boxes.holds_marker("\n".join(lines)) is marked


@pytest.mark.parametrize(
    ("raw", "indented"),
    [
        (["  def main():", "x = 1"], True),
        (["first", "\tsecond"], True),
        (["first line", "second line"], False),
        (["a  gap inside", "b"], False),
    ],
)
def test_indented_table(raw: list[str], indented: bool) -> None:
    assert apart.indented(raw) is indented
