"""A paper's own patterns (Options hooks that a config file fills): furniture lines,
byline forms and the headline length limit."""

from __future__ import annotations

import pytest

from newsclean import api
from newsclean.errors import UsageError

PAGE = (
    "今日导读 第三版\n\n"
    "城市更新再提速\n\n"
    "本市今年将完成老旧小区改造一百个，涉及居民三万户，改造内容包括加装电梯、管网更新和停车设施建设。\n\n"
    "Reported by Jane Doe\n"
)


def test_furniture_pattern_takes_the_line_out_and_counts_it() -> None:
    plain = api.split(PAGE, furniture="strip")
    assert plain["furniture"] == []
    page = api.split(PAGE, furniture="strip", furniture_patterns=("^今日导读",))
    assert page["furniture"] == ["今日导读 第三版"]
    assert page["changes"]["furniture"] == {"configured": 1}
    headlines = [a["headline"] for a in page["articles"]]
    assert "城市更新再提速" in headlines
    assert "今日导读 第三版" not in headlines


def test_byline_pattern_makes_a_byline() -> None:
    plain = api.split(PAGE, furniture="strip")
    assert all(a["byline"] is None for a in plain["articles"])
    page = api.split(PAGE, furniture="strip", byline_patterns=(r"^Reported by \w+",))
    assert page["articles"][-1]["byline"] == "Reported by Jane Doe"


def test_byline_pattern_keeps_the_line_apart_in_rejoin() -> None:
    text = "这是第一段的文字，写到这里还没有完\n王小明\n继续写下去。\n"
    assert api.fix_text(text) == "这是第一段的文字，写到这里还没有完王小明继续写下去。\n"
    fixed = api.fix_text(text, byline_patterns=("^王小明$",))
    assert fixed == "这是第一段的文字，写到这里还没有完\n王小明\n继续写下去。\n"


def test_max_headline_limits_what_can_be_a_headline() -> None:
    page = api.split(PAGE, furniture="strip", max_headline=5)
    assert all(a["headline"] is None for a in page["articles"])


def test_a_bad_pattern_is_a_usage_error_naming_the_option() -> None:
    with pytest.raises(UsageError, match="furniture_patterns"):
        api.split(PAGE, furniture_patterns=("([",))
