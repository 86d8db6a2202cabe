"""Boxed items' forms (``newsclean.page.boxes``): each with lines it takes and lines it
does not."""

from __future__ import annotations

import pytest

from newsclean.page.boxes import (
    briefs_label,
    contact_line,
    item_marker,
    notice_heading,
    notice_heading_wrapped,
    table_cell,
    table_column,
    table_row,
    without_marker,
)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("HELP WANTED", True),
        ("Avis de décès.", True),
        ("BEKANNTMACHUNG", True),
        ("诚聘英才", True),
        ("遺失聲明", True),
        ("旺铺招租", True),
        # A story's headline that ends in a notice's word says more.
        ("外交部就此事发表声明", False),
        ("Help wanted at the plant after the storm", False),
        ("Background", False),
    ],
)
def test_notice_headings(text: str, heading: bool) -> None:
    assert notice_heading(text) is heading


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("联系电话：0571-8812 3456", True),
        ("电话 139 0000 1234", True),
        ("聯繫電話：(0755) 2233 4455", True),
        ("Tel. 0221 / 55 41 23", True),
        ("Call 555-0142 after 6 p.m.", True),
        # A sentence about a telephone, a label with no number, a year or a price.
        ("电话费今年下调了百分之十五，用户普遍欢迎。", False),
        ("电话 请于工作日拨打", False),
        ("热线 2024年开通", False),
        ("Caller 555-0142-7788", False),
        ("Telephone rates rise by 12 per cent in 2025", False),
        ("本公司因业务发展需要，联系电话：0571-8812 3456", False),
    ],
)
def test_contact_lines(text: str, contact: bool) -> None:
    assert contact_line(text) is contact


def test_a_notice_heading_wrapped_over_two_lines() -> None:
    assert notice_heading_wrapped("PETITES", "ANNONCES") == "PETITES ANNONCES"
    assert notice_heading_wrapped("PETITES", "NOUVELLES") is None


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("△ 我国单月汽车产量首次超过350万辆", "△"),
        ("• Jade Rabbit moon rover declared", "•"),
        ("■今年前11个月我国外贸进出口总值同比增", "■"),
        # A point that is a sentence, a clause, or a credit's box is no item's title.
        ("• The council approved the budget.", None),
        ("● 加快建设现代化产业体系，推动经济", None),
        ("□ 本报记者 陈静", None),
        ("Jade Rabbit moon rover declared", None),
    ],
)
def test_item_markers(text: str, marker: str | None) -> None:
    assert item_marker(text) == marker


def test_an_item_title_loses_its_marker() -> None:
    assert without_marker("▲ 上海：幸福的“小烦恼”") == "上海：幸福的“小烦恼”"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("简讯", True),
        ("IN BRIEF", True),
        ("NEWS OF THE STATE.", True),
        ("城市公园建设提速，市民受益", False),
        ("● 简讯", False),
        ("Storm damage in town leaves many families without roofs", False),
    ],
)
def test_briefs_labels(text: str, label: bool) -> None:
    assert briefs_label(text) is label


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("哈尔滨 小雨 1～20℃", True),
        ("Berlin Regen 7/18°", True),
        ("-2/30°", True),
        # Read across a box: several rows on one line.
        ("Atlanta Sunny 3/20° New York Cloudy 3/32°", True),
        # News that mentions a temperature says it in a sentence or a headline's words.
        ("今天最高气温达到38℃，市民注意防暑。", False),
        ("北京今日最高气温38～40℃", False),
        ("Temperatures reached 30/35° on Monday.", False),
        ("Madrid swelters at 40°", False),
        ("Tel. 0221 / 55 41 23", False),
    ],
)
def test_table_rows(text: str, row: bool) -> None:
    assert table_row(text) is row


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Cloudy", True),
        ("Sunny Cloudy Cloudy Rain", True),
        ("Partly cloudy", True),
        ("Brume Pluie", True),
        ("Sonnig Regen", True),
        # Run together, as an extractor reads a narrow column of CJK cells.
        ("阴晴阴阴阴", True),
        ("多雲 晴 小雨", True),
        # A headline or a sentence that names the weather says more.
        ("Rain Returns", False),
        ("Rain falls on the city", False),
        ("今天晴转多云", False),
        ("晴天", False),
    ],
)
def test_table_columns(text: str, column: bool) -> None:
    assert table_column(text) is column


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("武汉 广州 哈尔滨", True),
        ("Atlanta", True),
        ("New York", True),
        ("WEATHER", True),
        ("北京，上海", False),
        ("new york", False),
        ("3 Dead", False),
        ("全市新增公园绿地四十余处", False),
    ],
)
def test_table_cells(text: str, cell: bool) -> None:
    assert table_cell(text) is cell
