"""A person's name alone under a short title, over its text, is the author's credit (a
poem's poet), and a headline's or a deck's last line is not, however it is capitalised."""

from __future__ import annotations

from typing import Any

import pytest

from newsclean import api

VERSE_DE = (
    "Es war, als hätt der Himmel\nDie Erde still geküsst,\n"
    "Dass sie im Blütenschimmer\nVon ihm nun träumen müsst."
)
VERSE_EN = (
    "I met a traveller from an antique land,\n"
    "Who said: Two vast and trunkless legs of stone\nStand in the desert."
)
VERSE_ZH = "春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。"
BODY_EN = (
    "The survey released new maps on Monday, showing where the ground is likely to\n"
    "shake in the coming year and which towns face the greatest risk."
)
BODY_ZH = (
    "中国物流与采购联合会今天发布10月份中国采购经理指数，"
    "制造业采购经理指数重回扩张区间，经济景气水平继续回升。"
)


def _first(page: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = api.split(page, furniture="strip")["articles"]
    return found[0]


@pytest.mark.parametrize(
    ("page", "headline", "byline"),
    [
        (
            f"Mondnacht\nJoseph von Eichendorff\n{VERSE_DE}",
            "Mondnacht",
            "Joseph von Eichendorff",
        ),
        (f"Ozymandias\n\nPercy Bysshe Shelley\n\n{VERSE_EN}", "Ozymandias", "Percy Bysshe Shelley"),
        (f"春晓\n\n孟浩然\n\n{VERSE_ZH}", "春晓", "孟浩然"),
    ],
)
def test_a_name_under_a_title_is_its_author(page: str, headline: str, byline: str) -> None:
    article = _first(page)
    assert (article["headline"], article["byline"]) == (headline, byline)


@pytest.mark.parametrize(
    "page",
    [
        # A headline in headline case wrapped to two capitalised words.
        f"Maps to Show\n\nEarthquake Hazards\n\n{BODY_EN}",
        f"Low Streamflow Conditions Add to\n\nMidwest Drought Woes\n\n{BODY_EN}",
        # A deck: a name says no conjunction.
        f"Belgium Beaten\n\nBut Not Conquered\n\n{BODY_EN}",
        # A label in capitals over a portrait's headline.
        f"INTERVIEW\n\nAngela Merkel\n\n{BODY_EN}",
        # The last line of a headline group of several lines.
        f'"TALK WITH US ABOUT COAL"\nCity "Dads Hold\n\nRegular Meeting\n\n{BODY_EN}',
        # A headline's tail that opens with a surname's character.
        f"中国制造业采购经理指数重回扩\n\n张区间\n\n{BODY_ZH}",
    ],
)
def test_a_headline_or_deck_line_is_no_author(page: str) -> None:
    assert _first(page)["byline"] is None
