"""Which gapped lines ``rejoin`` keeps as a table's rows (``apart._mark_tables``): rows whose
gaps line up, and lines that are not running text or are wider than the page's column,
keep their lines; running text in which OCR left gaps at no common place does not."""

from __future__ import annotations

import pytest

from newsclean.passes.rejoin.apart import _mark_tables
from newsclean.passes.rejoin.lines import _describe

#: The page's widest column in half-em cells, as rejoin measures it from running text.
MEASURE = 48

#: (what the case shows, the gapped lines, whether they are kept apart as a table)
CASES = [
    (
        "OCR's gaps in running text, at no common place",
        [
            "家庭划清界限，进行改造的状况，决心              区",
            "别。                人      改造过来，也可成为左派。",
        ],
        False,
    ),
    (
        "a table's rows of running text: their gaps line up",
        ["姓名    城市，省    年龄", "张三    北京，河北    30"],
        True,
    ),
    (
        "a weather table's rows: no clause mark, whatever their gaps",
        ["北京 阴  8～26℃", "哈尔滨 多云转晴  13～23℃"],
        True,
    ),
    (
        "columns read side by side, wider than the page's column",
        [
            "今年以来全市经济运行平稳，工业生产稳步回升    记者从市交通局获悉，今年全市",
            "持续回暖，外贸进出口增长。      将新开通公交线路十条，方便市民出行。",
        ],
        True,
    ),
]


@pytest.mark.parametrize(("shows", "texts", "table"), CASES, ids=[c[0] for c in CASES])
def test_gapped_lines_kept_as_a_table(shows: str, texts: list[str], table: bool) -> None:
    lines = [_describe(text, 0.0, ()) for text in texts]
    _mark_tables(lines, "\n".join(texts), MEASURE)
    assert [line.set_apart for line in lines] == [table] * len(lines)


#: (what the case shows, the gapped lines, the lines' text once marked)
GAP_CASES = [
    (
        "OCR's gaps in running text close between CJK characters and marks",
        ["家庭划清界限，进行改造的状况，决心    区", "别。      人   改造过来，也可成为左派。"],
        ["家庭划清界限，进行改造的状况，决心区", "别。人改造过来，也可成为左派。"],
    ),
    (
        "a table's rows keep their gaps: they line up",
        ["姓名    城市，省    年龄", "张三    北京，河北    30"],
        ["姓名    城市，省    年龄", "张三    北京，河北    30"],
    ),
    (
        "columns read side by side keep their gutter",
        [
            "今年以来全市经济运行平稳，工业生产稳步回升    记者从市交通局获悉，今年全市",
            "持续回暖，外贸进出口增长。      将新开通公交线路十条，方便市民出行。",
        ],
        [
            "今年以来全市经济运行平稳，工业生产稳步回升    记者从市交通局获悉，今年全市",
            "持续回暖，外贸进出口增长。      将新开通公交线路十条，方便市民出行。",
        ],
    ),
    (
        "a gap beside a figure or a Latin word is not closed",
        ["会议决定，今年拨款    300万元用于", "建设，由市    政府负责实施，共计   A级。"],
        ["会议决定，今年拨款    300万元用于", "建设，由市政府负责实施，共计   A级。"],
    ),
]


@pytest.mark.parametrize(("shows", "texts", "marked"), GAP_CASES, ids=[c[0] for c in GAP_CASES])
def test_ocr_gaps_close(shows: str, texts: list[str], marked: list[str]) -> None:
    lines = [_describe(text, 0.0, ()) for text in texts]
    _mark_tables(lines, "\n".join(texts), MEASURE)
    assert [line.text for line in lines] == marked


def test_korean_words_keep_their_spaces() -> None:
    # (Marks set full width, so the lines are running text and their gaps are asked.)
    texts = [
        "정부는    올해 예산을 늘리기로 했다，시민들은",
        "환영했다。그러나 일부는 크게    우려했다，",
    ]
    lines = [_describe(text, 0.0, ()) for text in texts]
    _mark_tables(lines, "\n".join(texts), MEASURE)
    assert [line.text for line in lines] == texts
