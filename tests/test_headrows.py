"""headrows: which rows hold headlines set side by side, and how a column's pieces join."""

from __future__ import annotations

import pytest

from newsclean.passes.headrows import Run, joined, reading, side_by_side


def _rows(text: str) -> list[tuple[int, str]]:
    return [(len(line) - len(line.lstrip(" ")), line.strip()) for line in text.split("\n")]


def test_rows_whose_pieces_start_at_shared_offsets_are_one_run() -> None:
    rows = _rows("中国制造业采购 端午佳节将至\n经理指数重回扩 市场兴旺消费升\n张区间     温")
    assert side_by_side(rows) == [Run(0, 3, (0, 8))]


@pytest.mark.parametrize(
    "text",
    [
        # One row: a headline with a space of its own.
        "上海 幸福的“小烦恼”",
        # A byline over a dateline: the edge falls inside the dateline's brackets.
        "□ 本报记者 王芳\n本报讯（记者 王芳）结合自身产业优势",
        # A line set letter-spaced has a space after every character.
        "央视网消息 巴黎当地时\n间 7 月 26 日 19 时",
        # Latin words one space apart meet at the same offsets by chance.
        "Mayor opens new wing\nRain ends dry month",
        # A short line letter-spaced to fill its measure beside a column's line.
        "区交出了一份不错的 成 绩\n单，一月份规模以上 工 业",
        # A table's cells stand a wide gap apart: columns judged that gutter already.
        "北京         小雨\n上海         小雨",
        # The two rows do not start at one offset: no shared baseline.
        "地区。      不确定性上\n         升 美多家",
    ],
)
def test_rows_that_are_not_side_by_side_headlines(text: str) -> None:
    assert side_by_side(_rows(text)) == []


def test_the_column_the_text_below_starts_in_is_read_last() -> None:
    run = Run(0, 2, (0, 8, 16))
    assert reading(run, 2) == [1, 2, 0]
    assert reading(run, 8) == [0, 2, 1]
    assert reading(run, None) == [0, 1, 2]


def test_pieces_join_without_a_space_unless_letters_meet_letters() -> None:
    assert joined(["中国制造业采购", "经理指数"]) == "中国制造业采购经理指数"
    assert joined(["超过", "350万辆"]) == "超过350万辆"
    assert joined(["Expo 2020", "opens"]) == "Expo 2020 opens"


@pytest.mark.parametrize(
    ("mark", "runs"),
    [
        # Kinsoku: no line of a headline starts with a closing bracket, a clause mark,
        # an ellipsis or a percent sign, so the row is one line read across.
        ("」", []),
        ("］", []),
        ("…", []),
        ("%", []),
        ("，", []),
        # ...nor with a Latin clause's mark (the space before it is the text's own).
        (",", []),
        # Negative: a piece that opens on a character lines do start with.
        ("", [Run(0, 3, (0, 8))]),
    ],
)
def test_a_piece_no_line_starts_with_keeps_its_row_one_line(mark: str, runs: list[Run]) -> None:
    rows = _rows(f"中国制造业采购 端午佳节将至\n经理指数重回扩 {mark}场兴旺消费升\n张区间     温")
    assert side_by_side(rows) == runs


def test_the_kinsoku_set_is_rejoins_and_latin_marks_are_headrows_own() -> None:
    from newsclean.page.describe import NO_LINE_START
    from newsclean.passes import headrows

    assert headrows._NO_LINE_START >= NO_LINE_START
    # Negative: a Latin line that opens on a stop is no CJK line's tail for rejoin.
    assert "." not in NO_LINE_START
    assert "." in headrows._NO_LINE_START
