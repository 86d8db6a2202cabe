"""The model's assembler: labelled lines into articles and furniture."""

from __future__ import annotations

from typing import Any

import pytest

from newsclean.dehyphenate import vocabulary
from newsclean.linemodel.align import Label
from newsclean.linemodel.assemble import assemble


def _split(rows: list[tuple[str, str]]) -> tuple[list[dict[str, Any]], list[str]]:
    lines = [line for line, _ in rows]
    labels = [Label.from_tag(tag) for _, tag in rows]
    built = assemble(lines, labels, vocabulary("\n".join(lines) + "\nwonderful wonderful"))
    fields = ("kicker", "headline", "subtitle", "byline")
    articles = [
        {k: v for k, v in a.to_dict().items() if k in fields and v}
        | {"blocks": [(b["type"], b["text"]) for b in a.blocks]}
        for a in built.articles
    ]
    return articles, built.furniture


@pytest.mark.parametrize(
    ("rows", "texts"),
    [
        # Latin lines join with a space, a hyphen the vocabulary joins goes.
        (
            [("It was a won-", "body|P"), ("derful day", "body|C"), ("and so on.", "body|C")],
            ["It was a wonderful day and so on."],
        ),
        # CJK lines join with nothing between them.
        (
            [("今年以来，全市新建改建公园，", "body|P"), ("市民出门见绿。", "body|C")],
            ["今年以来，全市新建改建公园，市民出门见绿。"],
        ),
        # P opens the next paragraph of the same article.
        ([("One line.", "body|P"), ("Two lines.", "body|P")], ["One line.", "Two lines."]),
        # A running head between two lines of a paragraph goes out; the paragraph goes on.
        (
            [("The rain fell", "body|P"), ("PAGE 3", "furniture|P"), ("all day.", "body|C")],
            ["The rain fell all day."],
        ),
    ],
)
def test_c_joins_the_unit_before(rows: list[tuple[str, str]], texts: list[str]) -> None:
    articles, _ = _split(rows)
    assert [text for a in articles for _, text in a["blocks"]] == texts


def test_a_opens_an_article_and_headings_go_to_their_fields() -> None:
    articles, furniture = _split(
        [
            ("THE DAILY POST", "furniture|P"),
            ("ELECTION", "kicker|A"),
            ("Big news", "headline|P"),
            ("today", "headline|C"),
            ("It was close", "subtitle|P"),
            ("By Ann Lee", "byline|P"),
            ("The vote was counted.", "body|P"),
            ("Results", "subhead|P"),
            ("The mayor won.", "body|P"),
            ("Second story", "headline|A"),
            ("Another paragraph.", "body|P"),
            ("~~~", "noise|P"),
        ]
    )
    assert furniture == ["THE DAILY POST", "~~~"]
    assert articles == [
        {
            "kicker": "ELECTION",
            "headline": "Big news today",
            "subtitle": "It was close",
            "byline": "By Ann Lee",
            "blocks": [
                ("paragraph", "The vote was counted."),
                ("subhead", "Results"),
                ("paragraph", "The mayor won."),
            ],
        },
        {"headline": "Second story", "blocks": [("paragraph", "Another paragraph.")]},
    ]


def test_a_body_line_labelled_p_does_not_open_an_article() -> None:
    articles, _ = _split([("Story", "headline|A"), ("One.", "body|P"), ("Two.", "body|P")])
    assert len(articles) == 1


@pytest.mark.parametrize(
    ("rows", "count"),
    [
        # A headline that arrives when its article has text opens the next one.
        ([("One", "headline|A"), ("Text.", "body|P"), ("Two", "headline|P")], 2),
        # A second kicker does too.
        ([("NEWS", "kicker|A"), ("SPORT", "kicker|P")], 2),
        # A headline under a kicker does not.
        ([("NEWS", "kicker|A"), ("One", "headline|P"), ("Text.", "body|P")], 1),
    ],
)
def test_a_missing_a_is_repaired_from_the_fields(rows: list[tuple[str, str]], count: int) -> None:
    assert len(_split(rows)[0]) == count


@pytest.mark.parametrize(
    ("rows", "blocks"),
    [
        # A run-in dateline continued by its story's text opens the paragraph.
        (
            [("Athen, 6. Mai –", "dateline|P"), ("Das Parlament tagte.", "body|C")],
            [("paragraph", "Athen, 6. Mai – Das Parlament tagte.")],
        ),
        # A dateline on its own stays a dateline block.
        (
            [("Lille, le 4 décembre.", "dateline|P"), ("Il y a encore.", "body|P")],
            [("dateline", "Lille, le 4 décembre."), ("paragraph", "Il y a encore.")],
        ),
    ],
)
def test_datelines(rows: list[tuple[str, str]], blocks: list[tuple[str, str]]) -> None:
    rows = [("Story", "headline|A"), *rows]
    assert _split(rows)[0][0]["blocks"] == blocks


@pytest.mark.parametrize(
    ("rows", "articles"),
    [
        # The text of a column read before the headline set over it.
        (
            [("Its text.", "body|A"), ("Headline", "headline|A"), ("Next", "headline|A")],
            [("Headline", ["Its text."]), ("Next", [])],
        ),
        # The headline read before its text, which the model opened as an article.
        (
            [("Headline", "headline|A"), ("Its text.", "body|A")],
            [("Headline", ["Its text."])],
        ),
        # A headline with its own text takes no other.
        (
            [("Text.", "body|A"), ("Headline", "headline|A"), ("Own.", "body|P")],
            [(None, ["Text."]), ("Headline", ["Own."])],
        ),
    ],
)
def test_a_headline_without_text_takes_the_headless_text_beside_it(
    rows: list[tuple[str, str]], articles: list[tuple[str | None, list[str]]]
) -> None:
    got = _split(rows)[0]
    assert [(a.get("headline"), [t for _, t in a["blocks"]]) for a in got] == articles
