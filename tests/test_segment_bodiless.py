"""Lines under a page's last story with no text under them (``segment.bodiless``): a
footer, an end mark or debris goes to the furniture; a story's head, a list's item, a
verse's line, a closing sentence, a notice stays where it was."""

from __future__ import annotations

from typing import Any

import pytest

from newsclean import api
from newsclean.segment.bodiless import foot_lines_placed
from newsclean.segment.model import Article, Blocks

#: Two stories under a printed page's date line, so that the page is a printed page of
#: stories, not one text.
STORY = (
    "2024年6月6日 星期四\n\n城市公园建设提速\n\n"
    "今年以来，全市新建改建公园四十余处，市民出门见绿的愿望正在一步步变成现实。\n\n据介绍，这些公园大多利用边角地块建成，面积不大，却贴近居民，使用率很高。"
    "\n\n地铁新线下月开通\n\n记者从市轨道交通集团获悉，地铁五号线将于下月底开通运营。"
    "\n\n新线全长二十八公里，设车站十八座，将大大缓解城东地区的出行压力。"
)
LATIN_STORY = (
    "Friday, July 20, 2012\n\nCOUNCIL BACKS NEW BRIDGE\n\n"
    "The council voted last night to build the new bridge over the river, after two "
    "years of talks.\n\nWork is to start in the spring and "
    "to end within three years, the mayor said.\n\nSCHOOL ROOF REPAIRED\n\nThe roof of "
    "the old school was mended this week by a crew of six.\n\nLessons resume on Monday "
    "in every room, the head teacher said."
)

#: (name, page, furniture taken at the foot): the footers, end marks and debris.
TAKEN = [
    ("debris under a chinese story", f"{STORY}\n\nse\n", ["se"]),
    (
        "an end mark and a source line",
        f"{STORY}\n\n一完 一\n\n《抄于清华>\n",
        ["一完 一", "《抄于清华>"],
    ),
    ("a telephone number", f"{STORY}\n\n（010）84528274\n", ["（010）84528274"]),
    (
        "a printer's note",
        f"{LATIN_STORY}\n\nPrinted on recycled paper\n",
        ["Printed on recycled paper"],
    ),
    (
        "a licence line",
        f"{LATIN_STORY}\n\nWikinews stories, CC BY 2.5\n",
        ["Wikinews stories, CC BY 2.5"],
    ),
]

#: (name, page, the last article's headline): what is text or a story's head stays.
KEPT = [
    (
        "a one-paragraph brief",
        f"{LATIN_STORY}\n\nFERRY FARES RISE\n\nFares on the harbour ferry rise by ten "
        "cents from Monday.\n",
        "FERRY FARES RISE",
    ),
    (
        "a headline whose body is a list",
        f"{STORY}\n\n会议安排\n\n1.会议日程\n2.代表名单\n",
        None,
    ),
    ("a list's last items", f"{STORY}\n\n1.会议日程\n\n2.代表名单\n", None),
    (
        "a headline whose body is a table",
        f"{LATIN_STORY}\n\nLeague table\n\nArsenal      16  12   3   1   39\n"
        "Liverpool    16  11   4   1   37\n",
        None,
    ),
    (
        "a verse's closing line",
        f"{LATIN_STORY}\n\nWe passed the School, where Children strove –\n\nFor His Civility –\n",
        None,
    ),
    ("a closing sentence", f"{STORY}\n\n会议于十月一日至七日举行。\n", None),
    (
        "a headline in display capitals",
        f"{LATIN_STORY}\n\nARIZONA APACHES\nPLAN DEVIL DANCE\n",
        None,
    ),
    (
        "a notice under its heading",
        f"{STORY}\n\n招聘启事\n\n本公司因业务发展需要，招聘编辑二名。电话：12345678\n",
        "招聘启事",
    ),
]


def _split(page: str) -> dict[str, Any]:
    result: dict[str, Any] = api.split(page, furniture="strip")
    return result


@pytest.mark.parametrize(("name", "page", "taken"), TAKEN, ids=[c[0] for c in TAKEN])
def test_a_line_with_no_text_under_the_last_story_is_furniture(
    name: str, page: str, taken: list[str]
) -> None:
    result = _split(page)
    assert len(result["articles"]) == 2, name
    assert result["furniture"][-len(taken) :] == taken


@pytest.mark.parametrize(("name", "page", "headline"), KEPT, ids=[c[0] for c in KEPT])
def test_text_and_heads_at_the_page_foot_stay_in_the_articles(
    name: str, page: str, headline: str | None
) -> None:
    result = _split(page)
    text = "".join("".join(a["text"].split()) for a in result["articles"])
    for line in page.split("\n\n")[-1].splitlines():
        assert "".join(line.split()) in text, name
    if headline is not None:
        assert result["articles"][-1]["headline"] == headline


def test_a_head_whose_story_jumps_to_another_page_stays_an_article() -> None:
    page = f"{LATIN_STORY}\n\nMayor resigns over the bridge deal\n\nContinued on page 5\n"
    result = _split(page)
    assert [a["headline"] for a in result["articles"]][-1] == "Mayor resigns over the bridge deal"
    assert result["furniture"][-1] == "Continued on page 5"


def test_a_page_with_no_story_keeps_its_lines_as_they_stand() -> None:
    page = "Premier League table\n\nPos Team P W D L GD Pts\n\nResults: Arsenal 2-1 Luton\n"
    result = _split(page)
    assert result["articles"]
    assert result["furniture"] == []


def test_a_group_with_no_body_mid_page_is_left_to_the_assembler() -> None:
    body = [{"type": "paragraph", "text": "The fire burned for hours."}]
    stray = Article(headline="Printed on recycled paper")
    fire = Article(headline="BIG FIRE", blocks=Blocks(body))
    bridge = Article(headline="NEW BRIDGE", blocks=Blocks(body))
    page = [fire, stray, bridge]
    assert foot_lines_placed(page, [], True) == []
    assert page == [fire, stray, bridge]
    page = [fire, bridge, stray]
    assert [f.text for f in foot_lines_placed(page, [], True)] == ["Printed on recycled paper"]
    assert page == [fire, bridge]


def test_a_last_line_set_apart_under_a_page_of_one_text_is_that_texts() -> None:
    page = (
        "Dear Tom,\n\nThe proofs of page four are on your desk; please read them today.\n\nAnna\n"
    )
    result = _split(page)
    assert result["furniture"] == []
    assert "Anna" in result["articles"][-1]["text"]


@pytest.mark.parametrize(
    ("foot", "closes_the_ad"), [("Tél. 06 12 34 56 78", True), ("Printed on recycled paper", False)]
)
def test_a_contact_line_under_a_small_ad_is_its_last_paragraph(
    foot: str, closes_the_ad: bool
) -> None:
    story = Article(
        headline="BIG FIRE", blocks=Blocks([{"type": "paragraph", "text": "It burned."}])
    )
    sale = "À vendre : vélo de course, très bon état, 250 €."
    ad = Article(headline="PETITES ANNONCES", blocks=Blocks([{"type": "paragraph", "text": sale}]))
    page = [story, ad, Article(headline=foot)]
    furniture = [f.text for f in foot_lines_placed(page, [], True)]
    assert page == [story, ad]
    assert (ad.blocks[-1]["text"] == foot) is closes_the_ad
    assert furniture == ([] if closes_the_ad else [foot])


def test_a_small_ad_at_the_foot_stays_an_article_of_its_own() -> None:
    page = f"{STORY}\n\n旺铺招租\n\n市中心临街商铺 120平方米\n"
    result = _split(page)
    assert "旺铺招租" in [a["kicker"] or a["headline"] for a in result["articles"]]
    assert result["furniture"] == ["2024年6月6日 星期四"]


def test_a_line_under_the_last_text_of_a_page_with_no_furniture_closes_that_text() -> None:
    page = STORY.split("\n\n", 1)[1] + "\n\n一完 一\n\n《抄于清华>\n"
    result = _split(page)
    assert result["furniture"] == []
    assert [b["text"] for b in result["articles"][-1]["blocks"]][-2:] == ["一完 一", "《抄于清华>"]
    assert result["articles"][-1]["headline"] == "地铁新线下月开通"


def test_every_line_of_a_foot_group_goes_with_it_decks_too() -> None:
    story = Article(
        headline="SCHOOL ROOF REPAIRED", blocks=Blocks([{"type": "paragraph", "text": "x"}])
    )
    foot = Article(
        headline="Printed by", subtitle="the Union Press", decks=["of Plainfield", "in the county"]
    )
    articles = [
        Article(headline="A", blocks=Blocks([{"type": "paragraph", "text": "y"}])),
        story,
        foot,
    ]
    placed = foot_lines_placed(articles, [], printed_page=True)
    texts = ["Printed by", "the Union Press", "of Plainfield", "in the county"]
    assert [f.text for f in placed] == texts
    assert len(articles) == 2
