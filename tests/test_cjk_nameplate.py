"""A Chinese paper's issue, price and registration lines are nameplate furniture; a
sentence that names an issue or an amount stays text."""

from __future__ import annotations

import pytest

from newsclean.page.cjk_nameplate import is_nameplate_item
from newsclean.page.forms import Form, form_anywhere


@pytest.mark.parametrize(
    "line",
    [
        "第86期",
        "第十六期",
        "总第1234号",
        "第6號",
        "第期合刊1967年8月29日",
        "67.7.18.第68期（内部参考注意保存）",
        "成本费三分",
        "本期八点",
        "定价：0.50元",
        "零售每份一角",
        "每份一角五分",
        "国内统一刊号 CN11-0001",
        "邮发代号 1-12",
    ],
)
def test_issue_and_price_lines_are_the_nameplates(line: str) -> None:
    assert is_nameplate_item(line)
    assert form_anywhere(line) is Form.IMPRINT


@pytest.mark.parametrize(
    "line",
    [
        "第三期工程已经完工",
        "第三期工程",
        "三分",
        "每份三分钱的报纸很便宜",
        "他买了第一期",
        "本期",
        "本期八点钟开会",
        "第二号文件指出，",
        "定价太高",
        "No. 86",
    ],
)
def test_sentences_naming_an_issue_or_amount_stay_text(line: str) -> None:
    assert not is_nameplate_item(line)
