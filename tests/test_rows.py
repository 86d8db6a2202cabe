"""The row model keeps a layout row's pieces at their offsets through a repair
(``rows.kept_offsets``): a repair that closes a gap between two pieces (the spaces after
a mark it took as justification) has the gap opened again, so that a second run of
``fix`` reads the row in the columns the first run read it in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.passes.rows import kept_offsets, segments

#: A piece of a row: words (Han or Latin, with marks) one space apart.
_WORD = st.text(alphabet="傷亡人受國聯合abcXYZ，。,.0123", min_size=1, max_size=6)
_PIECE = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)


@st.composite
def _rows(draw: st.DrawFn) -> tuple[str, str]:
    """A row of pieces between gaps, and the row with some of its gaps closed."""
    pieces = draw(st.lists(_PIECE, min_size=2, max_size=5))
    gaps = draw(st.lists(st.integers(3, 14), min_size=len(pieces) - 1, max_size=len(pieces) - 1))
    closed = draw(
        st.lists(st.sampled_from(["", " ", None]), min_size=len(gaps), max_size=len(gaps))
    )
    lead = " " * draw(st.integers(0, 4))
    row = lead + pieces[0]
    repaired = lead + pieces[0]
    for piece, gap, to in zip(pieces[1:], gaps, closed, strict=True):
        row += " " * gap + piece
        repaired += (" " * gap if to is None else to) + piece
    return row, repaired


@settings(derandomize=True, max_examples=300)
@given(_rows())
def test_a_repair_that_only_closes_gaps_is_undone(case: tuple[str, str]) -> None:
    row, repaired = case
    assert kept_offsets(row, repaired) == row


def test_a_closed_gutter_after_a_converted_mark_opens_at_its_offset() -> None:
    row = "傷,            亡、7人受傷          聯合國秘書長"
    kept = kept_offsets(row, "傷，亡、7人受傷          聯合國秘書長")
    assert [s.start for s in segments(kept)] == [s.start for s in segments(row)]
    assert kept.startswith("傷，   ")


def test_a_repair_that_changes_the_characters_is_taken_as_it_is() -> None:
    # Dropped or added characters leave no count to find the gap by: nothing is padded.
    assert kept_offsets("ab,   cd   e", "ab, cd e!") == "ab, cd e!"


def test_a_row_without_a_gap_is_the_repair() -> None:
    assert kept_offsets("他说， 低于一月预测的  增长", "他说，低于一月预测的  增长") == (
        "他说，低于一月预测的  增长"
    )
