"""Issue 14's repros for furniture and markup: ``fix`` never loses a line of text to a
rule about links, scan debris or markup, and what it does take out is counted and
listed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsclean.model import Document
from newsclean.options import Options
from newsclean.passes import furniture
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


def test_cdata_content_is_kept_and_counted() -> None:
    rss = (
        "<rss><channel><item><link>http://example.com/a</link><description>"
        "<![CDATA[<p>The council met on Monday.</p>]]></description></item></channel></rss>"
    )
    result = _fix_json(rss)
    assert "The council met on Monday." in result["text"]
    assert result["changes"]["markup"]["cdata"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "See [the docs](https://example.org/docs) for more.",
        "<p>See [the docs](https://example.org/docs) for more.</p>",
    ],
)
def test_a_markdown_link_keeps_its_text_and_its_url_goes_to_metadata(text: str) -> None:
    result = _fix_json(text)
    assert result["text"] == "See the docs for more.\n"
    assert result["metadata"]["links"] == [{"text": "the docs", "url": "https://example.org/docs"}]
    assert result["changes"]["markup"]["link"] == 1


def test_text_with_no_link_has_no_links() -> None:
    result = _fix_json("See the docs (https://example.org/docs) for more.")
    assert "links" not in result["metadata"]


def test_the_title_goes_to_metadata_and_furniture() -> None:
    page = "<html><head><title>Council meets</title></head><body><p>Body.</p></body></html>"
    result = _fix_json(page)
    assert result["text"] == "Body.\n"
    assert result["metadata"]["title"] == "Council meets"
    assert "Council meets" in result["furniture"]
    assert result["changes"]["markup"]["title"] == 1


def test_text_of_a_dropped_element_is_listed() -> None:
    result = _fix_json("<p>Body.</p><noscript>Turn on scripts to see the map.</noscript>")
    assert result["furniture"] == ["Turn on scripts to see the map."]
    assert result["changes"]["markup"]["dropped-noscript"] == 1


def test_a_head_never_closed_does_not_swallow_the_body() -> None:
    result = _fix_json("<head><title>T</title><p>Para one.</p><p>Para two.</p>")
    assert result["text"] == "Para one.\n\nPara two.\n"


@pytest.mark.parametrize(
    ("title", "heading", "headline", "subheads"),
    [
        ("Council meets | Example News", "Council meets", "Council meets", []),
        ("Council meets", "Council meets", "Council meets", []),
        ("Council meets again", "Council meets", "Council meets again", ["Council meets"]),
        ("Council meets", "Vote delayed", "Council meets", ["Vote delayed"]),
    ],
)
def test_a_post_heading_that_repeats_the_title_is_its_headline(
    title: str, heading: str, headline: str, subheads: list[str]
) -> None:
    page = f"<html><head><title>{title}</title></head><body><h1>{heading}</h1>"
    page += "<p>The vote was taken on Monday, and the mayor spoke first at the meeting.</p>"
    code, out, _ = run("split", "--format", "json", stdin=page)
    assert code == 0
    (article,) = json.loads(out)["articles"]
    assert article["headline"] == headline
    assert [b["text"] for b in article["blocks"] if b["type"] == "subhead"] == subheads


@pytest.mark.parametrize(
    ("edges", "expected"),
    [((False, True), "The vote was taken."), ((True, True), "-\nThe vote was taken.")],
)
def test_marks_at_a_stream_cut_are_read_as_mid_page(
    edges: tuple[bool, bool], expected: str
) -> None:
    """A chunk of a stream starts mid-page: marks before its first line of text are
    debris there, and marks at the top of a whole text are not."""
    doc = Document.from_text("-\nThe vote was taken.")
    doc.edges = edges
    furniture.apply(doc, Options())
    assert doc.text == expected
