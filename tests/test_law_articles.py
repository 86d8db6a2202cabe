"""``rejoin.law_articles``: an article's number (条) is read past before a line is read
for a heading's two parts; a chapter's, section's or part's (章, 节, 编) is not, so
those lines stay headings."""

from __future__ import annotations

import pytest

from newsclean.passes.rejoin.run_in_dateline import heading_in_two_parts


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("第十一条 对保护和改善环境有显著", False),
        ("第3条 对保护和改善环境有显著", False),
        # Negatives: headings set in two parts stay so.
        ("第二章 监督管理", True),
        ("第一节 一般规定", True),
        ("第三编 合同通则", True),
        ("上控风险 下稳需求", True),
        # An article's text set in two parts itself is still read as such.
        ("第十条 上控风险 下稳需求", True),
    ],
)
def test_only_an_article_number_is_read_past(line: str, heading: bool) -> None:
    assert heading_in_two_parts(line) is heading
