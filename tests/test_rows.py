"""The row model keeps a layout row's pieces at their offsets through a repair
(``rows.kept_offsets``): a repair that closes a gap between two pieces (the spaces after
a mark it took as justification) has the gap opened again, so that a second run of
``fix`` reads the row in the columns the first run read it in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.passes.rows import closed_gaps, kept_offsets, segments

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


#: A piece of a CJK row: its characters and marks, a figure or a Latin word among them.
_CJK_PIECE = st.tuples(
    st.text(alphabet="傷亡人受國聯合，。、", min_size=1, max_size=6),
    st.sampled_from(["", "12", " 3 ", "abc", " abc "]),
    st.text(alphabet="傷亡人受國聯合，。", min_size=0, max_size=5),
    # No piece ends a sentence: the gap after one is kept (the next test).
    st.text(alphabet="傷亡人受國聯合，、", min_size=1, max_size=1),
).map("".join)


@settings(derandomize=True, max_examples=300)
@given(st.lists(_CJK_PIECE, min_size=2, max_size=5), st.data())
def test_a_joined_cjk_rows_gaps_close_to_one_space_and_keep_its_text(
    pieces: list[str], data: st.DataObject
) -> None:
    gaps = data.draw(
        st.lists(st.integers(3, 14), min_size=len(pieces) - 1, max_size=len(pieces) - 1)
    )
    row = pieces[0] + "".join(
        " " * gap + piece for gap, piece in zip(gaps, pieces[1:], strict=True)
    )
    closed, n = closed_gaps(row)
    # One piece is left: no later reading finds a gutter in it.
    assert len(segments(closed)) == 1
    assert n == len(pieces) - 1
    assert closed.split() == row.split()


def test_a_gap_after_a_sentences_end_is_kept() -> None:
    # The sentence ended at a gutter: the line under the row starts a paragraph, which
    # rejoin reads off the gap in every round and every run.
    row = "经济学家预计德国经济零增长。”            国际人士指出；美国的保护主义"
    assert closed_gaps(row) == (row, 0)
    # A paragraph that keeps one gap is still a row: its other gaps are kept too, so
    # that its pieces stay at the edges they were read at.
    kept = "依法合   研究院。   人      改造"
    assert closed_gaps(kept) == (kept, 0)
    assert closed_gaps("依法合   研究院，   人") == ("依法合 研究院， 人", 2)


def test_a_gap_in_latin_text_an_indentation_and_two_spaces_are_kept() -> None:
    # A wide gap between Latin words may be an alignment the writer set; two spaces are
    # the writer's or justification's (the whitespace pass judges them); a line's
    # indentation is no gap between pieces.
    assert closed_gaps("in order, Kyiv north      south") == ("in order, Kyiv north      south", 0)
    assert closed_gaps("   他说，  低于 预测") == ("   他说，  低于 预测", 0)


def test_a_repair_that_changes_the_characters_is_taken_as_it_is() -> None:
    # Dropped or added characters leave no count to find the gap by: nothing is padded.
    assert kept_offsets("ab,   cd   e", "ab, cd e!") == "ab, cd e!"


def test_a_row_without_a_gap_is_the_repair() -> None:
    assert kept_offsets("他说， 低于一月预测的  增长", "他说，低于一月预测的  增长") == (
        "他说，低于一月预测的  增长"
    )
