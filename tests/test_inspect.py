"""``newsclean inspect``: the defects it reports are the ones ``fix --explain`` repairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.inspect import inspect, render_plain, report_tree
from tests.cli_runner import run
from tests.conftest import FIXTURES

SEEDS = [
    FIXTURES / "pages" / "000_1737f1c581002fb6.txt",
    FIXTURES / "pages" / "004_bd6d0331c44bdc06.txt",
]


def explained_counts(*args: str) -> dict[str, dict[str, int]]:
    """``fix --explain``'s counts, read back from its plain stderr lines
    (``NAME: PASS: KIND: N``)."""
    code, _, err = run("fix", "--explain", *args)
    assert code == 0
    counts: dict[str, dict[str, int]] = {}
    for line in err.splitlines():
        parts = line.split(": ")
        if len(parts) == 4 and parts[3].isdigit():
            counts.setdefault(parts[1], {})[parts[2]] = int(parts[3])
    return counts


@pytest.mark.parametrize("page", SEEDS, ids=[p.stem for p in SEEDS])
@pytest.mark.parametrize("flags", [[], ["--strip-furniture"], ["--skip", "rejoin,whitespace"]])
def test_inspect_counts_equal_fix_explain(page: Path, flags: list[str]) -> None:
    code, out, _ = run("inspect", "--format", "json", *flags, str(page))
    assert code == 0
    report = json.loads(out)
    expected = explained_counts(*flags, str(page))
    assert expected, "fix --explain reported nothing: the comparison would prove nothing"
    assert report["defects"] == expected
    assert report["total"] == sum(n for kinds in expected.values() for n in kinds.values())


def test_the_seed_page_report() -> None:
    page = SEEDS[1]
    report = inspect(page.read_bytes(), source=page.name)
    assert report.encoding == "utf-8"
    assert report.confidence is None
    assert report.defects["replacement"] == {"lost-space": 5}
    assert report.defects["rejoin"]["bridged-column-break"] == 2
    assert [a.headline for a in report.articles] == [
        "常态化战疫：上控风险 下稳需求",
        "筑牢疫情防控一线“桥头堡”",
        "冲在金融防疫一线的“排头兵”",
    ]
    first = report.articles[0]
    assert first.byline == "北京商报记者 钱瑜 濮振宇"
    assert first.subheads == ["人工智能筛查", "在线需求释放", "疫苗稳步研发"]
    assert first.paragraphs == 13


def test_plain_text_report_when_not_a_terminal() -> None:
    code, out, _ = run("inspect", str(SEEDS[1]))
    assert code == 0
    assert "\x1b[" not in out
    assert out == render_plain(report_tree(inspect(SEEDS[1].read_bytes(), source=str(SEEDS[1]))))
    assert "  defects: 214\n" in out
    assert "      lost-space: 5\n" in out
    assert "    1. 常态化战疫：上控风险 下稳需求\n" in out


def test_a_guessed_encoding_shows_its_confidence() -> None:
    text = "北京商报记者报道，今年的春节作为故事时间线的起点。" * 20
    report = inspect(text.encode("gb18030"))
    assert report.encoding == "gb18030"
    assert report.confidence is not None
    assert "guessed, confidence" in render_plain(report_tree(report))


def test_an_unreadable_input_is_reported_and_the_others_still_inspected() -> None:
    code, out, err = run("inspect", "--format", "json", "/nonexistent/page.txt", str(SEEDS[1]))
    assert code == 3
    assert "/nonexistent/page.txt: no such file" in err
    # Two inputs: an array, whichever of them could be read.
    assert [page["source"] for page in json.loads(out)] == [str(SEEDS[1])]


#: A 1916 headline stack: headline, subtitle wrapped over two lines, two decks.
DECKED = (
    "SOCIALIST SENATOR\nIS EXPELLED BY\nTHE STATE SENATE.\nVote Was Thirty-three\n"
    "to Three in Caucus\nMEMBERS CHEER RESULT\n"
    "PHOENIX, April 26.— The senate expelled its only socialist member\n"
    "today by a vote of thirty-three to three.\n"
)


def test_a_stack_s_decks_are_reported_in_order() -> None:
    report = inspect(DECKED)
    (article,) = report.articles
    assert article.decks == ["Vote Was Thirty-three to Three in Caucus", "MEMBERS CHEER RESULT"]
    assert report.to_dict()["articles"][0]["decks"] == article.decks
    tree = render_plain(report_tree(report))
    assert (
        "    1. SOCIALIST SENATOR\n"
        "      subtitle: IS EXPELLED BY THE STATE SENATE.\n"
        "      deck: Vote Was Thirty-three to Three in Caucus\n"
        "      deck: MEMBERS CHEER RESULT\n"
        "      1 paragraphs\n"
    ) in tree


def test_an_article_without_decks_shows_no_deck_line() -> None:
    report = inspect(SEEDS[1].read_bytes())
    assert all(article.decks == [] for article in report.articles)
    assert "deck:" not in render_plain(report_tree(report))
