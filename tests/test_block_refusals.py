"""Questions asked once of a block give what asking each of its lines gives.

rejoin's marks (briefs items, list items, records, chat heads, tables, program text)
first ask the block's lines joined by newlines whether any line can open or hold what
the mark reads, and look at the lines one by one only then. The tests here hold each
block-wide question to the per-line test it stands before, on every block of the
fixtures and on generated blocks made of the characters the patterns turn on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.model import blocks_from_text
from newsclean.page import boxes
from newsclean.passes.rejoin import apart

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "fixtures").glob("**/*.txt"))


def _blocks() -> list[list[str]]:
    found = []
    for page in PAGES:
        for block in blocks_from_text(page.read_text("utf-8", errors="replace")):
            found.append(block.lines)
    return found


BLOCKS = _blocks()

#: (block-wide pattern, per-line pattern, the per-line pattern's method).
_PAIRS = [
    (boxes.MARKED_LINE, boxes._MARKER, "match"),
    (apart._LIST_MARKER_LINE, apart._LIST_MARKER, "match"),
    (apart._FIELD_ROW_LINE, apart._FIELD_ROW, "match"),
    (apart._MESSAGE_HEAD_LINE, apart._MESSAGE_HEAD, "match"),
]


def _stripped(lines: list[str]) -> list[str]:
    """The lines as rejoin's marks read them: stripped of spaces and tabs."""
    return [line.strip(" \t") for line in lines]


def _block_says(block: re.Pattern[str], lines: list[str]) -> bool:
    return block.search("\n".join(lines)) is not None


def _lines_say(line: re.Pattern[str], method: str, lines: list[str]) -> bool:
    return any(getattr(line, method)(text) is not None for text in lines)


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


@pytest.mark.parametrize(("block", "line", "method"), _PAIRS)
def test_block_questions_on_fixture_blocks(
    block: re.Pattern[str], line: re.Pattern[str], method: str
) -> None:
    for lines in BLOCKS:
        stripped = _stripped(lines)
        # A block refused holds no line the pattern finds.
        assert _block_says(block, stripped) or not _lines_say(line, method, stripped), stripped


def test_one_depth_on_fixture_blocks() -> None:
    for raw in BLOCKS:
        if apart._INDENTED_LINE.search("\n".join(raw)) is None:
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
    for block, line, method in _PAIRS:
        assert _block_says(block, stripped) or not _lines_say(line, method, stripped)
    if stripped and _fast_no_table_line(stripped):
        assert _slow_no_table_line(stripped)
    if apart._INDENTED_LINE.search("\n".join(lines)) is None:
        assert _slow_one_depth(lines)


@pytest.mark.parametrize(
    ("lines", "marked"),
    [
        (["△ 我国单月出口创新高", "海关总署发布数据。"], True),
        (["• Storm closes the pass", "Snow fell all night."], True),
        (["我国单月出口创新高", "海关总署发布数据。"], False),
        (["The road △ closed.", "Snow fell."], False),
    ],
)
def test_marked_line_table(lines: list[str], marked: bool) -> None:
    assert _block_says(boxes.MARKED_LINE, lines) is marked
