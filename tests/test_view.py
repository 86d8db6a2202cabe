"""The HTML view: lines traced through the passes, repairs placed, text escaped, and
nothing in the page that could reach the network or run."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsclean.view import PageView, Step, join_groups, marks, render_html, trace
from newsclean.view.trace import Unit, _wrapped
from tests.cli_runner import run
from tests.conftest import FIXTURES

SEED = FIXTURES / "pages" / "004_bd6d0331c44bdc06.txt"
POST = FIXTURES / "pages" / "000_1737f1c581002fb6.txt"
#: Markup in the raw text (shown in the raw pane), and a headline whose text, once the
#: markup pass unescapes it, is a script tag.
HOSTILE = (
    "&lt;script&gt;alert(1)&lt;/script&gt; 头条\n\n"
    "<p>本市今年将完成老旧小区改造一百个，涉及居民三万户。<img src=x onerror=alert(2)></p>\n"
)


def seed_view() -> PageView:
    return trace(SEED.read_bytes(), source=SEED.name, furniture="strip")


class Elements(HTMLParser):
    """Every start tag and its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def elements(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(page)
    return parser.tags


def test_every_raw_line_of_the_seed_is_accounted_for() -> None:
    view = seed_view()
    raw = SEED.read_text(encoding="utf-8").split("\n")
    assert [line.text for line in view.lines] == raw
    for number, line in enumerate(view.lines):
        if line.text.strip():
            placed = line.unit is not None or line.furniture is not None
            assert placed, f"line {number + 1} went nowhere: {line.text!r}"
    assert all(unit.article is not None for unit in view.units)
    assert {line.furniture for line in view.lines if line.furniture} == {"date", "masthead"}


PAGES = sorted((FIXTURES / "pages").glob("*.txt"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_every_page_traces_completely(page: Path) -> None:
    """Every line of every fixture page reaches an article block, the furniture or the
    pass that took it out; every block is traced to its raw lines; and the view finds
    as many bridged column breaks as rejoin counted."""
    view = trace(page.read_bytes(), source=page.name, furniture="strip")
    for number, line in enumerate(view.lines):
        if line.text.strip():
            went = (line.unit, line.furniture, line.removed_by)
            assert went != (None, None, None), f"line {number + 1} went nowhere: {line.text!r}"
    assert all(unit.lines for unit in view.units)
    bridged = sum(line.bridged for line in view.lines)
    assert bridged == view.changes.get("rejoin", {}).get("bridged-column-break", 0)


def test_each_raw_lines_steps_replay_from_the_raw_text() -> None:
    view = seed_view()
    repaired = [line for line in view.lines if line.steps]
    assert repaired
    for line in repaired:
        assert line.steps[0].before == line.text
        for earlier, later in zip(line.steps, line.steps[1:], strict=False):
            assert earlier.after == later.before


def test_marks_place_each_repair_on_the_raw_characters() -> None:
    raw = "工作组， 制定\ufffd方案, 推进"
    steps = [
        Step("whitespace", raw, "工作组，制定\ufffd方案, 推进"),
        Step("punctuation", "工作组，制定\ufffd方案, 推进", "工作组，制定\ufffd方案，推进"),
    ]
    found = marks(raw, steps)
    assert [(m.start, m.end) for m in found] == [(4, 5), (10, 12)]
    assert found[0].notes == ["whitespace: removed “␣”"]
    assert found[1].notes == ["punctuation: “,␣” → “，”"]


def test_an_insertion_is_marked_between_characters() -> None:
    (mark,) = marks("ab", [Step("x", "ab", "aXb")])
    assert (mark.start, mark.end, mark.notes) == (1, 1, ["x: added “X”"])


def test_join_groups_follow_rejoin() -> None:
    before = ["infor-", "mation is", "here.", "Next"]
    assert join_groups(before, ["information is here.", "Next"]) == [[0, 1, 2], [3]]
    assert join_groups(before, ["information is here. Next"]) == [[0, 1, 2, 3]]
    assert join_groups(before, ["something else", "Next"]) is None
    assert join_groups(before, ["information is here."]) is None


def test_html_is_self_contained_and_escaped() -> None:
    page = render_html([trace(HOSTILE, source="<b>hostile</b>.txt")])
    tags = [tag for tag, _ in elements(page)]
    assert "script" not in tags
    assert "img" not in tags
    view = trace(HOSTILE)
    assert view.articles[0]["headline"] == "<script>alert(1)</script> 头条"
    assert (
        '<h2 class="headline"><span class="num">1</span><span class="role">headline</span>'
        "&lt;script&gt;alert(1)&lt;/script&gt; 头条" in page
    )
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "&lt;b&gt;hostile&lt;/b&gt;.txt" in page
    for tag, attrs in elements(page):
        assert tag not in ("link", "iframe", "object", "embed", "base")
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}>"
            assert name not in ("src", "href", "srcset", "action"), f"<{tag} {name}={value}>"
    assert "url(" not in page.split("</style>")[0]
    assert "default-src 'none'" in page


def test_every_article_and_headline_is_in_the_page() -> None:
    view = seed_view()
    page = render_html([view])
    cards = [a for t, a in elements(page) if t == "article"]
    assert len(cards) == len(view.articles) == 3
    for article in view.articles:
        assert article["headline"] in page
    # Repairs are marked on the raw text with what they were, for the hover.
    assert '<mark class="fix" title="replacement: removed “\ufffd”">\ufffd</mark>' in page
    assert '<mark class="fix" title="whitespace: removed “␣”"> </mark>' in page


def test_a_front_matter_post_traces_its_html_lines() -> None:
    view = trace(POST.read_bytes(), source=POST.name, furniture="strip")
    assert len(view.articles) == 1
    assert [line.removed_by for line in view.lines[:7]] == ["frontmatter"] * 7
    # Each <p> of the HTML is traced to the raw line that holds it.
    placed = [u for u in view.units if u.lines]
    assert len(placed) == len(view.units)


def test_cli_writes_one_page_for_several_inputs(tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    code, stdout, err = run("view", str(SEED), str(POST), "-o", str(out))
    assert (code, stdout, err) == (0, "", "")
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="page"') == 2


def test_cli_reports_a_bad_input_and_still_shows_the_rest() -> None:
    code, stdout, err = run("view", "/nonexistent.txt", str(SEED))
    assert code == 3
    assert "/nonexistent.txt: no such file" in err
    assert stdout.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    "flags", [["--skip", "rejoin"], ["--passes", "decode"], ["--convert", "s2t"]]
)
def test_other_chains_still_trace(flags: list[str]) -> None:
    code, stdout, _ = run("view", *flags, str(SEED))
    assert code == 0
    assert "</html>" in stdout


def test_legacy_encodings_and_windows_line_ends_are_traced_as_decode_reads_them() -> None:
    text = "城市更新再提速\r\n\r\n本市今年将完成老旧小区改造一百个，涉及居民\r\n三万户。\r\n"
    view = trace((text * 8).encode("gb18030"))
    assert view.encoding == "gb18030"
    assert [line.text for line in view.lines] == (text * 8).replace("\r\n", "\n").split("\n")
    assert all(line.unit is not None for line in view.lines if line.text.strip())
    assert trace(text * 8).lines == view.lines


#: A 1916 headline stack: headline, subtitle wrapped over two lines, two decks.
DECKED = (
    "SOCIALIST SENATOR\nIS EXPELLED BY\nTHE STATE SENATE.\nVote Was Thirty-three\n"
    "to Three in Caucus\nMEMBERS CHEER RESULT\n"
    "PHOENIX, April 26.— The senate expelled its only socialist member\n"
    "today by a vote of thirty-three to three.\n"
)


def test_a_stack_s_decks_are_shown_and_placed() -> None:
    view = trace(DECKED)
    page = render_html([view])
    for deck in ("Vote Was Thirty-three to Three in Caucus", "MEMBERS CHEER RESULT"):
        assert f'<p class="deck"><span class="role">deck</span>{deck}</p>' in page
        (unit,) = [u for u in view.units if u.text == deck]
        assert (unit.article, unit.role) == (0, "deck")
    assert (
        '<div class="ln art p0-a0 role-deck end" style="--h: 210"><span class="no">6</span>' in page
    )
    # The subtitle segmentation read whole from two lines of capitals: both its units.
    roles = {u.text: u.role for u in view.units if u.article == 0}
    assert roles["IS EXPELLED BY"] == roles["THE STATE SENATE."] == "subtitle"
    assert "In no article" not in page


def test_a_page_without_decks_shows_no_deck() -> None:
    page = render_html([seed_view()])
    assert 'class="deck"' not in page
    assert 'class="ln art p0-a0 role-deck' not in page


def test_units_that_only_begin_a_head_line_are_not_placed_as_it() -> None:
    units = [Unit("A", (0,)), Unit("B", (1,)), Unit("C", (2,))]
    assert _wrapped(units, "A BC") == []
    assert _wrapped(units, "B C D") == []
    assert _wrapped(units, "A B") == units[:2]
    units[1].article = 0
    assert _wrapped(units, "A B") == []
