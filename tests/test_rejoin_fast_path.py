"""rejoin's fast paths answer as its full rules do, and dehyphenation's page-wide
searches count what a search of every line counts.

``decide._goes_on_in_lower_case`` settles the commonest join of a Latin page (a line
inside a paragraph, before a line in lower case) without the full rules: wherever it
answers, on every line of the readable fixture pages, ``decide._decides`` must answer
the same, and the full rules must still see every line it leaves to them.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import dehyphenate
from newsclean.api import fix_text
from newsclean.dehyphenate import LINE_END_MARK
from newsclean.passes import rejoin
from newsclean.passes.rejoin import apart, decide, lines
from newsclean.passes.rejoin.lines import Columns, Line, Paragraph, _describe

ROOT = Path(__file__).resolve().parent.parent
#: The pages the project may read (not the untouched sets).
PAGES = [
    page
    for folder in ("pages", "heldout/raw", "heldout-latin/raw", "real-train/raw", "text")
    for page in sorted((ROOT / "fixtures" / folder).glob("*.txt"))
]


def test_fast_path_decides_as_the_rules_on_every_fixture_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answered: list[tuple[str, str]] = []
    disagree: list[tuple[str, str]] = []

    def held(paragraph: Paragraph, b: Line, columns: Columns, after: Line | None = None) -> bool:
        full = decide._decides(paragraph, b, columns, after)
        if decide._goes_on_in_lower_case(paragraph, b):
            answered.append((paragraph.last.text, b.text))
            if not full:
                disagree.append((paragraph.last.text, b.text))
        return full

    monkeypatch.setattr(rejoin, "_continues", held)
    for page in PAGES:
        fix_text(page.read_text("utf-8", errors="replace"))
    assert disagree == []
    # The Latin OCR pages put most of their joins on the fast path.
    assert len(answered) > 1000


def _paragraph(*texts: str) -> Paragraph:
    lines = [_describe(text, 0.0, ()) for text in texts]
    paragraph = Paragraph.start(lines[0])
    for line in lines[1:]:
        paragraph.add(line)
    return paragraph


@pytest.mark.parametrize(
    ("texts", "b", "answered"),
    [
        # Inside a paragraph, before a line in lower case: settled here.
        (("The council met on Tuesday to hear", "the report of the"), "committee on roads", True),
        # A sentence ended: the full rules ask whether the paragraph ended too.
        (
            ("The council met on Tuesday to hear", "the report in full."),
            "committee on roads",
            False,
        ),
        # One line so far: a headline or a label over text may stand there.
        (("The council met on Tuesday to hear",), "the report of the", False),
        # Upper case: a headline over a column may open there.
        (("The council met on Tuesday to hear", "the report of the"), "Committee on Roads", False),
        # A line in capitals is a headline line.
        (("The council met on Tuesday to hear", "THE REPORT OF THE"), "committee on roads", False),
        # A number over an address: contact details, a line each.
        (("Write to the clerk at the office", "or call 555 1234"), "clerk@example.org", False),
    ],
)
def test_fast_path_answers_only_inside_a_paragraph_before_lower_case(
    texts: tuple[str, ...], b: str, answered: bool
) -> None:
    assert decide._goes_on_in_lower_case(_paragraph(*texts), _describe(b, 0.0, ())) is answered


def _slow_hyphenated_line_ends(text: str) -> int:
    """Every line, stripped at its end, that ends in a hyphen-like mark (not a soft
    hyphen, which is no evidence), asked of ``LINE_END_MARK``."""
    ends = (line.rstrip() for line in text.split("\n"))
    return sum(1 for end in ends if end[-1:] in "-¬=⸗" and LINE_END_MARK.search(end))


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "ab",
                "x",
                "1",
                "-",
                "\u00ad",
                "¬",
                "=",
                "⸗",
                " ",
                "\t",
                "\u3000",
                "\n",
                "\r",
                ".",
                "é",
            ]
        ),
        max_size=24,
    ).map("".join)
)
def test_hyphenated_line_ends_counted_where_a_mark_ends_a_line(text: str) -> None:
    assert dehyphenate._hyphenated_line_ends(text) == _slow_hyphenated_line_ends(text)


def test_hyphenated_line_ends_on_fixture_pages() -> None:
    for page in PAGES:
        text = page.read_text("utf-8", errors="replace")
        assert dehyphenate._hyphenated_line_ends(text) == _slow_hyphenated_line_ends(text)


def test_word_count_stops_past_a_headline() -> None:
    """``Line.words`` is asked only whether a line or a paragraph says more words than a
    headline (or a heading line, fewer): it counts exactly up to one past
    ``HEADLINE_WORDS`` and stops, however long a joined paragraph is."""
    assert lines.HEADING_WORDS < lines.HEADLINE_WORDS
    cap = lines.HEADLINE_WORDS + 1
    for n in (0, 1, lines.HEADING_WORDS, lines.HEADLINE_WORDS, cap):
        assert _describe(" ".join(["word"] * n) + ".", 0.0, ()).words == n
    long = _describe("It said, " + "so it went on and on, " * 200 + "to the end.", 0.0, ())
    assert long.words == cap


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.booleans()), min_size=1, max_size=40))
def test_most_of_one_width_counts_as_every_pair_does(shapes: list[tuple[int, bool]]) -> None:
    lines = cast(list[Line], [SimpleNamespace(width=w, cjk=cjk) for w, cjk in shapes])
    by_pairs = max(
        sum(1 for other in lines if abs(other.width - line.width) <= apart._give(line))
        for line in lines
    )
    assert apart._most_of_one_width(lines) == by_pairs
