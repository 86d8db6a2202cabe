"""A crosshead set in sentence case (``What happens next``) keeps its line between two
paragraphs of one story, and rejoin's decision reaches ``split`` on the paragraph's
``Layout``: segment reads the crosshead as the story's subhead even where the story's
column cannot be measured (an extractor ran columns together)."""

from __future__ import annotations

import pytest

from newsclean.model import PLAIN, Document, Layout
from newsclean.options import Options
from newsclean.passes.rejoin import crossheads
from newsclean.passes.rejoin.lines import _describe
from newsclean.pipeline import registry
from newsclean.segment.model import Article, Blocks, Layouts, Unit
from newsclean.segment.subheads import belongs_to_orphan, is_subhead

_BEFORE = "Der Gemeinderat hat den Plan mit großer Mehrheit angenommen."
_AFTER = "Die Arbeiten sollen im Frühjahr beginnen und bis zum Herbst dauern."

#: (what the case shows, the line between two sentences, the line under it, a crosshead?)
CASES = [
    ("an English crosshead in sentence case", "What happens next", _AFTER, True),
    ("a German crosshead in sentence case", "Wie es weitergeht", _AFTER, True),
    ("a crosshead in headline case", "Fire Destroys Barn", _AFTER, True),
    ("a German crosshead ending on a verb after an article", "Was das bedeutet", _AFTER, True),
    # Negatives.
    (
        "a German line ending on a possessive, its noun capitalised under it",
        "Das Gebäude und seine",
        "Umgebung sollen im Frühjahr neu gestaltet und bis zum Herbst fertig sein.",
        False,
    ),
    (
        "a French line ending on a possessive",
        "Le maire et ses",
        "Conseillers ont voté le plan hier soir après un long débat public.",
        False,
    ),
    (
        "a ragged short line over a figure that goes on with it",
        "Am Samstag waren rund",
        "90.000 Menschen kamen auf dem Platz in Prag zusammen, um zu protestieren.",
        False,
    ),
    ("a paragraph's short last sentence in sentence case", "It was read twice.", _AFTER, False),
    (
        "a German line ending on an adjective after its article, its noun under it",
        "Er habe eine schusssichere",
        "Weste getragen und sei mit einem Gewehr und zwei Pistolen bewaffnet gewesen.",
        False,
    ),
    ("a line ending on an article", "Die Arbeiten an der", _AFTER, False),
    (
        "a short sentence-case line as wide as the line under it",
        "Wie es weitergeht",
        "Die Stadt plant.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("middle", "after", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_sentence_case_crossheads(middle: str, after: str, expected: bool) -> None:
    lines = [_describe(text, 0.0, ()) for text in (_BEFORE, _BEFORE, middle, _AFTER, after)]
    lines = [lines[0], lines[1], lines[2], lines[4], lines[3]]
    assert crossheads.crosshead(lines, 2) is expected


def test_a_line_after_an_unfinished_sentence_is_no_sentence_case_crosshead() -> None:
    unfinished = "Der Gemeinderat hat den Plan mit großer Mehrheit"
    lines = [_describe(text, 0.0, ()) for text in (unfinished, "Wie es weitergeht", _AFTER)]
    assert not crossheads.crosshead(lines, 1)


@pytest.mark.parametrize(
    ("heading", "flagged"),
    # Negative: a crosshead in headline case keeps its line, but is set as the next
    # brief's headline is: the widths decide in split.
    [("What happens next", True), ("Fire Destroys Barn", False)],
)
def test_rejoin_marks_the_crosshead_on_its_paragraphs_layout(heading: str, flagged: bool) -> None:
    text = "\n".join(
        [
            "the farmers of the valley met at",
            "the grange hall on Saturday night",
            "to hear the report of the agent.",
            heading,
            "The council will vote on the plan",
            "at its meeting in March, when the",
            "report of the agent is printed.",
        ]
    )
    (rejoin,) = [p for p in registry() if p.name == "rejoin"]
    doc = Document.from_text(text)
    rejoin.apply(doc, Options())
    (block,) = doc.blocks
    assert block.lines[1] == heading
    assert block.layout is not None
    # Negative: the paragraphs around it are no crossheads.
    assert [layout.crosshead for layout in block.layout] == [False, flagged, False]


def _story(column: int) -> Article:
    """A story whose column an extractor measured at ``column`` cells."""
    body = {"type": "paragraph", "text": "The council met on Monday and voted the money."}
    return Article(
        headline="Council votes the money for the new bridge over the river",
        blocks=Blocks([body, body]),
        layouts=Layouts(
            [Layout(6, column, column, 20, column), Layout(5, column, column, 30, column)]
        ),
    )


@pytest.mark.parametrize(
    ("crosshead", "column", "subhead"),
    # Negative: unflagged, the widths decide.
    [(True, 294, True), (False, 294, False)],
)
def test_segment_trusts_a_crosshead_over_a_column_it_cannot_measure(
    crosshead: bool, column: int, subhead: bool
) -> None:
    """pdftotext ran the story's lines together with another column's (294 cells) over a
    body of 102: the widths say another story, rejoin's crosshead says this one's."""
    heading = Unit("What happens next", 0, Layout(1, 17, 17, 17, 17, crosshead), PLAIN)
    body = Unit("The council will vote on the plan.", 0, Layout(4, 102, 102, 40, 102), PLAIN)
    assert is_subhead([heading], _story(column), ("body", [body])) is subhead


#: (the heading, rejoin's crosshead flag, does a headline group waiting for its body
#: take it?)
ORPHAN_CASES = [
    ("What happens next", True, False),
    # Negatives: unflagged, the heading over a body of unknown column is the waiting
    # group's; flagged but longer than a subhead, it is a subtitle all the same.
    ("What happens next", False, True),
    ("Earthquake hits Tonga region", True, True),
]


@pytest.mark.parametrize(("heading", "crosshead", "orphans"), ORPHAN_CASES)
def test_a_crosshead_is_no_waiting_headline_groups(
    heading: str, crosshead: bool, orphans: bool
) -> None:
    story = Article(
        headline="Council votes the money", blocks=Blocks([{"type": "paragraph", "text": "x"}])
    )
    width = len(heading)
    unit = Unit(heading, 0, Layout(1, width, width, width, width, crosshead), PLAIN)
    assert belongs_to_orphan([unit], story, 57, "body") is orphans
