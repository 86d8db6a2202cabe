"""Issue 14's repros for furniture: ``fix`` never loses a line of text to a rule about
links or scan debris, and what it does take out is counted and listed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsclean.view import trace
from tests.cli_runner import run


def _fix(text: str) -> str:
    code, out, _ = run("fix", stdin=text)
    assert code == 0
    return out


def _fix_json(text: str) -> dict[str, Any]:
    code, out, _ = run("fix", "--format", "json", stdin=text)
    assert code == 0
    result: dict[str, Any] = json.loads(out)
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said the\nHome Office would publish guidance\non asylum claims.\n",
            "The minister said the Home Office would publish guidance on asylum claims.\n",
        ),
        (
            "Home prices rose 5% last year, the report said.\n",
            "Home prices rose 5% last year, the report said.\n",
        ),
    ],
)
def test_a_sentence_that_begins_with_a_link_word_is_kept(text: str, expected: str) -> None:
    assert _fix(text) == expected


def test_a_cjk_line_that_begins_with_a_link_word_is_kept() -> None:
    out = _fix("越来越多的年轻人选择\n回到家乡发展特色农业\n并带动了村民增收。\n")
    assert "".join(out.split()) == "越来越多的年轻人选择回到家乡发展特色农业并带动了村民增收。"


def test_a_navigation_line_standing_alone_is_counted_and_listed() -> None:
    result = _fix_json("正文。\n\n返回首页\n")
    assert result["text"] == "正文。\n"
    assert result["furniture"] == ["返回首页"]
    assert result["changes"]["furniture"]["navigation"] == 1


SYMBOLS = [
    "(-1/2)! = √π",
    "[x] ©",
    "∆°",
    "¯\\_(ツ)_/¯",
    "(╯°□°)╯︵ ┻━┻",
    "╔══╗\n║  ║\n╚══╝",
    "#╬ò╬╗╬╗╬¼╬┤╬▒",
    "-' - - -v 1 ' :",
]


@pytest.mark.parametrize("text", SYMBOLS)
def test_symbols_alone_are_kept(text: str) -> None:
    assert _fix(text + "\n") == text + "\n"


@pytest.mark.parametrize("text", SYMBOLS[:-1])
def test_symbols_between_lines_of_text_are_kept(text: str) -> None:
    out = _fix(f"The notes follow.\n\n{text}\n\nThe vote was taken.\n")
    assert text in out


def test_a_speck_between_blocks_is_counted_and_listed() -> None:
    result = _fix_json("The council met on Monday.\n\n-\n\nThe vote was taken.\n")
    assert result["text"] == "The council met on Monday.\n\nThe vote was taken.\n"
    assert result["furniture"] == ["-"]
    assert result["changes"]["furniture"]["noise"] == 1


def test_the_view_reads_the_blocks_as_the_pass_does() -> None:
    """The HTML view follows each line through furniture with the same block breaks:
    a link line alone is navigation, one inside a sentence is body."""
    view = trace(
        "正文在这里。\n\n返回首页\n\nThe minister said the\nHome Office would publish guidance\n",
        furniture="strip",
    )
    went = {line.text: (line.furniture, line.unit is not None) for line in view.lines}
    assert went["返回首页"] == ("navigation", False)
    assert went["Home Office would publish guidance"] == (None, True)
