"""reorder asks a line whether it runs only where the answer matters; what it finds is
what asking every line finds."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.chardata import ENDS_SENTENCE
from newsclean.passes import reorder
from newsclean.passes.reorder import _BREAK

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "fixtures").glob("**/*.txt"))


def _tops_of_runs(lines: list[str]) -> list[tuple[int, int]]:
    """The displaced tops as defined: every run of running lines, asked in turn."""
    tops = []
    i = 0
    while i < len(lines):
        if not reorder._running(lines[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and reorder._running(lines[j + 1]):
            j += 1
        before = lines[i - 1] if i else _BREAK
        after = lines[j + 1] if j + 1 < len(lines) else _BREAK
        if (
            j + 1 - i >= reorder.MIN_TOP_LINES
            and reorder._starts_lower(lines[i])
            and ENDS_SENTENCE.search(lines[j]) is not None
            and (before == _BREAK or reorder._finished(before))
            and not reorder._starts_lower(after)
        ):
            tops.append((i, j + 1))
        i = j + 1
    return tops


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_tops_on_fixture_pages(page: Path) -> None:
    text = page.read_text("utf-8", errors="replace")
    lines = [line if line.strip() else _BREAK for line in text.splitlines()]
    assert reorder._displaced_tops(lines) == _tops_of_runs(lines)


_LINES = [
    _BREAK,
    "and so the council voted on the matter of",
    "the new road to the river and the mill.",
    "In the spring the men went out to the fields",
    "who had been waiting there since the morning",
    "ARIZONA'S NEW GAME LAW.",
    "THE MARKETS TODAY",
    "Washington",
    "said he would come back to town next week.",
    "SAN DIEGO, Jan. 1. With the new year",
]


@settings(max_examples=2000, derandomize=True)
@given(st.lists(st.sampled_from(_LINES), max_size=14))
def test_tops_on_generated_pages(lines: list[str]) -> None:
    assert reorder._displaced_tops(lines) == _tops_of_runs(lines)


@given(st.lists(st.integers(min_value=0, max_value=200), min_size=reorder.MIN_LINES_FOR_MEASURE))
def test_the_measure_is_the_median_of_the_running_lines_widths(widths: list[int]) -> None:
    # Running text of every width, and a line in capitals (not running) for each zero.
    lines = ["and so the word went " + "x" * w if w else "NOT RUNNING TEXT AT ALL" for w in widths]
    running = [len(line.strip()) for line in lines if reorder._running(line)]
    measure = reorder._measure(lines)
    if len(running) < reorder.MIN_LINES_FOR_MEASURE:
        assert measure is None
    else:
        assert measure == float(statistics.median(running))
