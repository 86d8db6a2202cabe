"""A closing byline set in capitals (``segment.closing_byline``): a given name tells it
from the labels and headlines set in capitals too."""

from __future__ import annotations

from typing import Any

import pytest

from newsclean import api
from newsclean.segment.closing_byline import capitals_name

STORY = (
    "Un incendie a détruit un entrepôt dans la nuit de lundi à mardi, près du port.\n\n"
    "Les pompiers sont restés sur place jusqu'au matin pour éviter toute reprise du feu."
)
NEXT = (
    "La mairie a annoncé mardi la réouverture du marché couvert après six mois de travaux.\n\n"
    "Les commerçants retrouveront leurs places dès le premier samedi du mois prochain."
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SOPHIE LEROY", True),
        ("JEAN-PIERRE MARTIN", True),
        ("MARIE DE LA FONTAINE", True),
        ("ÉLISE MOREAU", True),
        # Labels and headlines in capitals do not open on a given name.
        ("AVIS PUBLIC", False),
        ("FAITS DIVERS", False),
        ("RUE VICTOR HUGO", False),
        # A headline naming a person runs on in a clause, or in more words.
        ("JEAN JAURÈS, UN HÉROS", False),
        ("JEAN JAURÈS ENTRE AU PANTHÉON CE SOIR", False),
        # One word, or a name in mixed case, is no line of capitals.
        ("SOPHIE", False),
        ("Sophie Leroy", False),
    ],
)
def test_a_name_in_capitals_opens_on_a_given_name(text: str, name: bool) -> None:
    assert capitals_name(text) is name


def _split(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = api.split(page, furniture="strip")["articles"]
    return articles


def test_a_name_in_capitals_after_a_finished_story_signs_it() -> None:
    articles = _split(f"INCENDIE AU PORT\n\n{STORY}\n\nSOPHIE LEROY\n\nMARCHÉ ROUVERT\n\n{NEXT}\n")
    assert [a["headline"] for a in articles] == ["INCENDIE AU PORT", "MARCHÉ ROUVERT"]
    assert articles[0]["byline"] == "SOPHIE LEROY"
    assert articles[1]["byline"] is None


@pytest.mark.parametrize(
    "line",
    [
        # A label in capitals after a story opens the next one.
        "AVIS PUBLIC",
        # A headline naming a person, over its own story.
        "JEAN JAURÈS, UN HÉROS",
        # A name in capitals set over its story's text is that story's headline.
        "SOPHIE LEROY",
    ],
)
def test_a_capitals_line_over_its_story_stays_its_headline(line: str) -> None:
    articles = _split(f"INCENDIE AU PORT\n\n{STORY}\n\n{line}\n\n{NEXT}\n")
    assert [a["headline"] for a in articles] == ["INCENDIE AU PORT", line]
    assert all(a["byline"] is None for a in articles)


def test_an_opening_byline_in_capitals_is_not_given_to_the_story_before() -> None:
    # Under the next story's headline, not after a finished paragraph.
    articles = _split(f"INCENDIE AU PORT\n\n{STORY}\n\nMARCHÉ ROUVERT\n\nSOPHIE LEROY\n\n{NEXT}\n")
    assert [a["headline"] for a in articles] == ["INCENDIE AU PORT", "MARCHÉ ROUVERT"]
    assert articles[0]["byline"] is None
    assert "SOPHIE LEROY" in articles[1]["text"]
