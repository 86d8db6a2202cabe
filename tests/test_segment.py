"""Segmentation signals, one small page each, written to show one typeset form."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import api
from newsclean.segment import join_wrapped, split_document

BODY_A = "今年以来，全市新建改建公园四十余处，市民出门见绿的愿望正在一步步变成现实。"
BODY_B = "据介绍，这些公园大多利用边角地块建成，面积不大，却贴近居民，使用率很高。"
BODY_C = "下一步，有关部门将继续完善配套设施，让公园更好地服务周边群众的日常生活。"


def articles(page: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = api.split(page, furniture="strip")["articles"]
    return result


def paragraphs(article: dict[str, Any]) -> list[str]:
    return [b["text"] for b in article["blocks"] if b["type"] in ("paragraph", "lead")]


def subheads(article: dict[str, Any]) -> list[str]:
    return [b["text"] for b in article["blocks"] if b["type"] == "subhead"]


def test_one_article_with_a_byline_on_top() -> None:
    page = f"城市公园建设提速\n\n本报记者 王强\n\n{BODY_A}\n\n{BODY_B}\n\n{BODY_C}"
    (art,) = articles(page)
    assert art["headline"] == "城市公园建设提速"
    assert art["byline"] == "本报记者 王强"
    assert paragraphs(art) == [BODY_A, BODY_B, BODY_C]


def test_byline_at_the_bottom_closes_the_article() -> None:
    page = (
        f"城市公园建设提速\n\n{BODY_A}\n\n{BODY_B}\n\n（本报记者 王强）\n\n"
        f"第二条新闻的标题在这里\n\n{BODY_C}"
    )
    first, second = articles(page)
    assert first["byline"] == "（本报记者 王强）"
    assert second["headline"] == "第二条新闻的标题在这里"
    assert paragraphs(second) == [BODY_C]


def test_kicker_set_in_two_parts_above_the_headline() -> None:
    page = f"凝心聚力 邮储北京大兴区支行党总支\n筑牢疫情防控一线“桥头堡”\n\n{BODY_A}"
    (art,) = articles(page)
    assert art["kicker"] == "凝心聚力 邮储北京大兴区支行党总支"
    assert art["headline"] == "筑牢疫情防控一线“桥头堡”"


def test_subtitle_below_the_headline() -> None:
    page = f"冲在金融防疫一线的“排头兵”\n邮储银行北京望京支行青年突击队在行动\n\n{BODY_A}"
    (art,) = articles(page)
    assert art["headline"] == "冲在金融防疫一线的“排头兵”"
    assert art["subtitle"] == "邮储银行北京望京支行青年突击队在行动"


def test_dash_subtitle_and_wrapped_headline() -> None:
    page = f"首屆鏈博會達成合作及意向協議金額\n超1500億元\n——為期5天的鏈博會閉幕\n\n{BODY_A}"
    (art,) = articles(page)
    assert art["headline"] == "首屆鏈博會達成合作及意向協議金額超1500億元"
    assert art["subtitle"] == "——為期5天的鏈博會閉幕"


@pytest.mark.parametrize(
    ("group", "joined"),
    [
        (
            ["首屆鏈博會達成合作及意向協議金額", "超1500億元"],
            "首屆鏈博會達成合作及意向協議金額超1500億元",
        ),
        (["Chinese state news today declared", "Jade"], "Chinese state news today declared Jade"),
        (
            ["Russia seized control of the plant", "today"],
            "Russia seized control of the plant today",
        ),
        (
            ["“經濟觀察”今年前10個月外貿進出口總值", "增長"],
            "“經濟觀察”今年前10個月外貿進出口總值增長",
        ),
    ],
)
def test_a_headline_broken_by_the_column_joins_with_its_script_spacing(
    group: list[str], joined: str
) -> None:
    assert join_wrapped(group) == [joined]


def test_parallel_subheads_stay_in_one_article() -> None:
    page = (
        f"常态化战疫：上控风险 下稳需求\n\n{BODY_A}\n\n人工智能筛查\n\n{BODY_B}\n\n"
        f"在线需求释放\n\n{BODY_C}\n\n疫苗稳步研发\n\n{BODY_A}\n\n北京商报记者 钱瑜 濮振宇"
    )
    (art,) = articles(page)
    assert subheads(art) == ["人工智能筛查", "在线需求释放", "疫苗稳步研发"]
    assert art["byline"] == "北京商报记者 钱瑜 濮振宇"


@pytest.mark.parametrize(
    ("opening", "heads"),
    [
        # A dateline opens a story's first paragraph: the heading over it is a headline.
        ("本报成都2月8日电 ", ["城市公园建设提速", "绿地建设"]),
        # The same heading over the story's own text is its section subhead.
        ("", ["城市公园建设提速"]),
    ],
)
def test_a_heading_over_a_paragraph_its_dateline_opens_starts_a_story(
    opening: str, heads: list[str]
) -> None:
    page = f"城市公园建设提速\n\n{BODY_A}\n\n{BODY_B}\n\n绿地建设\n\n{opening}{BODY_C}"
    assert [a["headline"] for a in articles(page)] == heads


def test_five_short_briefs_are_five_articles() -> None:
    heads = [
        "全市新增公园绿地四十余处",
        "地铁三号线北延段开工建设",
        "老旧小区加装电梯提速推进",
        "社区食堂覆盖所有街道乡镇",
        "城市书房延长开放时间服务",
    ]
    page = "\n\n".join(
        f"{h}\n\n{b}" for h, b in zip(heads, [BODY_A, BODY_B, BODY_C] * 2, strict=False)
    )
    found = articles(page)
    assert [a["headline"] for a in found] == heads


def test_orphan_headline_owns_the_body_without_a_headline() -> None:
    page = (
        f"常态化战疫：上控风险 下稳需求\n\n筑牢疫情防控一线“桥头堡”\n\n{BODY_A}\n\n{BODY_B}\n\n"
        f"（本报记者 李明）\n\n{BODY_C}"
    )
    orphan, second = articles(page)
    assert orphan["headline"] == "常态化战疫：上控风险 下稳需求"
    assert paragraphs(orphan) == [BODY_C]
    assert second["headline"] == "筑牢疫情防控一线“桥头堡”"
    assert second["byline"] == "（本报记者 李明）"


def test_credit_that_opens_the_first_paragraph_is_the_byline() -> None:
    page = f"城市公园建设提速\n\n新华社北京8月24日电（记者 程欣婷）{BODY_A}"
    (art,) = articles(page)
    # The space after 记者 is the credit's own (the gold of real pages keeps it), not
    # justification, even where the credit runs into the body.
    assert art["byline"] == "新华社北京8月24日电（记者 程欣婷）"
    assert paragraphs(art) == [BODY_A]


@pytest.mark.parametrize(
    ("credit", "closing", "byline", "first"),
    [
        # The story's own byline closes it: the dateline is the first paragraph's again.
        (
            "新华社北京8月24日电 ",
            "（本报记者 王强）",
            "（本报记者 王强）",
            f"新华社北京8月24日电 {BODY_A}",
        ),
        # No byline of its own: the credit that opens the text stays the byline.
        ("新华社北京8月24日电 ", "", "新华社北京8月24日电", BODY_A),
    ],
)
def test_a_closing_byline_gives_the_opening_credit_back(
    credit: str, closing: str, byline: str, first: str
) -> None:
    tail = f"\n\n{closing}" if closing else ""
    page = f"城市公园建设提速\n\n{credit}{BODY_A}\n\n{BODY_B}{tail}"
    (art,) = articles(page)
    assert art["byline"] == byline
    assert paragraphs(art) == [first, BODY_B]


def test_a_dash_subtitle_set_apart_closes_the_headline_group() -> None:
    subtitle = "——全市新建改建公园四十余处，市民出门见绿。"
    (art,) = articles(f"城市公园建设提速\n\n{subtitle}\n\n{BODY_B}\n\n{BODY_C}")
    assert art["headline"] == "城市公园建设提速"
    assert art["subtitle"] == subtitle
    assert paragraphs(art) == [BODY_B, BODY_C]


def test_a_page_that_is_all_furniture_has_no_articles() -> None:
    result = api.split("北京商报 2020.12.10\n\nA14\n\n责任编辑：王强", furniture="strip")
    assert result["articles"] == []
    assert result["furniture"] == ["北京商报 2020.12.10", "A14", "责任编辑：王强"]
    assert result["metadata"]["date"] == "2020-12-10"


def test_a_post_is_one_article_under_its_title() -> None:
    post = (
        "---\ntitle: 商汤科技助力守沪\n---\n"
        f"<p>{BODY_A}</p><p>积极履行社会责任全力支持疫情防控</p><p>{BODY_B}</p>"
    )
    (art,) = articles(post)
    assert art["headline"] == "商汤科技助力守沪"
    assert subheads(art) == ["积极履行社会责任全力支持疫情防控"]
    assert paragraphs(art) == [BODY_A, BODY_B]


def _non_space(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


def _article_chars(article: dict[str, Any]) -> Counter[str]:
    parts = [article[k] or "" for k in ("kicker", "headline", "subtitle", "byline")]
    parts += [b["text"] for b in article["blocks"]]
    return _non_space("".join(parts))


LINE = st.sampled_from(
    [
        BODY_A,
        BODY_B,
        BODY_C,
        "城市公园建设提速",
        "本报记者 王强",
        "（本报记者 李明）",
        "人工智能筛查",
        "凝心聚力 邮储北京大兴区支行党总支",
        "北京商报 2020.12.10",
        "A14",
        "今年以来，全市新建改建",
        "公园四十余处。",
        "（完）",
        "By JOHN SMITH",
        "The council met on Monday and agreed to",
        "build a new bridge.",
    ]
)


@settings(
    derandomize=True, max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None
)
@given(st.lists(st.lists(LINE, min_size=1, max_size=4), min_size=1, max_size=10))
def test_every_character_lands_in_exactly_one_article_or_the_furniture(
    blocks: list[list[str]],
) -> None:
    page = "\n\n".join("\n".join(lines) for lines in blocks)
    doc = api.clean(page, furniture="strip")
    found: Counter[str] = Counter()
    for art in split_document(doc):
        found += _article_chars(art.to_dict())
    # The page head that segmentation recognised is added to the furniture.
    for furniture in doc.furniture:
        if furniture.pass_name == "segment":
            found += _non_space(furniture.text)
    assert found == _non_space(doc.text)


def test_advertisements_and_notices_are_told_apart_from_news() -> None:
    page = (
        f"城市公园建设提速\n\n{BODY_A}\n\n"
        "遗失声明\n\n本人不慎遗失身份证一张，证号略，特此声明作废。\n\n"
        "春季家装节\n\n全场家具八折起，欢迎垂询，订购热线：12345678。"
    )
    kinds = [(a["headline"], a["kind"]) for a in articles(page)]
    assert kinds == [
        ("城市公园建设提速", "news"),
        ("遗失声明", "notice"),
        ("春季家装节", "advertisement"),
    ]


def test_the_kind_is_decided_when_the_article_is_assembled_not_when_serialised() -> None:
    notice = "遗失声明\n\n本人不慎遗失身份证一张，证号略，特此声明作废。"
    page = f"{notice}\n\n城市公园建设提速\n\n{BODY_A}"
    lost, news = split_document(api.clean(page, furniture="strip"))
    assert (lost.kind, news.kind) == ("notice", "news")
    # Serialising reports the kind it was given; it does not classify again.
    news.headline = "遗失声明"
    assert news.to_dict()["kind"] == "news"


def test_a_jump_line_goes_to_the_article_it_ends() -> None:
    page = (
        "BIG FIRE IN TOWN\n\nThe fire started at noon and burned for hours before the\n"
        "crew arrived on the scene.\n\nContinued on Page 4\n\nNEW BRIDGE OPENS\n\n"
        "The bridge opened today after two years of work on the span.\n"
    )
    result = api.split(page, furniture="strip")
    fire, bridge = result["articles"]
    assert result["furniture"] == ["Continued on Page 4"]
    assert [j["page"] for j in fire["continuations"]] == ["4"]
    assert bridge["continuations"] == []


def test_a_chinese_jump_line_goes_to_the_article_it_ends_not_to_a_headline() -> None:
    page = (
        "城市公园建设提速\n\n今年以来，全市新建改建公园四十余处，市民出门见绿的愿望\n"
        "正在变成现实。据介绍，这些公园贴近居民\n\n（转第A12版）\n\n"
        "新疆加快建设产业体系\n\n今年，新疆集中力量打造以油气生产加工为支撑的产业体系。\n"
    )
    result = api.split(page, furniture="strip")
    parks, xinjiang = result["articles"]
    assert result["furniture"] == ["（转第A12版）"]
    assert [(j["direction"], j["page"]) for j in parks["continuations"]] == [("to", "A12")]
    assert xinjiang["continuations"] == []


HYDERABAD = "20 dead in\nHyderabad, India\nflyover\ncollapse\n\n"


@pytest.mark.parametrize(
    ("measure", "headline"),
    [
        # The column under the headline holds twice its characters to the line.
        (72, "20 dead in Hyderabad, India flyover collapse"),
        # Under lines of the same measure the four lines are the column's own text.
        (16, None),
    ],
)
def test_a_headline_set_large_wraps_over_many_lines_and_is_still_the_headline(
    measure: int, headline: str | None
) -> None:
    words = (
        "At least twenty people died on Tuesday when a flyover under construction collapsed "
        "onto a busy road in the city of Hyderabad, officials said, and rescue workers "
        "searched the rubble through the night for survivors while the police closed the "
        "road to traffic and cranes lifted the concrete."
    ).split()
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > measure:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    page = HYDERABAD + "\n".join([*lines, line]) + "\n"
    first = articles(page)[0]
    assert first["headline"] == headline


def _column(text: str, measure: int = 12) -> str:
    return "\n".join(text[i : i + measure] for i in range(0, len(text), measure))


@pytest.mark.parametrize(
    ("credit", "headline"),
    [
        ("本报记者 李明", "全市老旧小区改造工程全面启动"),
        # A wire dateline that rejoin ran into the first paragraph opens it all the same.
        ("新华社北京5月6日电", "全市老旧小区改造工程全面启动"),
        # A credit that closes a story is no new story's: the lines are body type.
        ("（李明）", None),
    ],
)
def test_a_headline_as_wide_as_the_column_over_an_opening_credit_starts_a_story(
    credit: str, headline: str | None
) -> None:
    title = "全市老旧小区改造工程全面\n启动"
    page = f"城市公园建设提速\n本报记者 王强\n{_column(BODY_A)}\n{_column(BODY_B)}\n"
    page += f"{title}\n{credit}\n{_column(BODY_C)}\n"
    found = articles(page)
    assert [a["headline"] for a in found[1:]] == ([headline] if headline else [])
    if headline is None:
        assert "全市老旧小区改造工程全面启动" in paragraphs(found[0])


def test_photo_captions_are_captions_not_paragraphs() -> None:
    caption = "4月12日，市民在新建的公园里散步。新华社记者 王强 摄"
    page = f"城市公园建设提速\n\n{BODY_A}\n\n{caption}\n\n{BODY_B}"
    (art,) = articles(page)
    assert [b["type"] for b in art["blocks"]] == ["paragraph", "caption", "paragraph"]


_FIRE = (
    "CHICAGO — Fire broke out on Friday morning and destroyed the east wing\nof the "
    "hospital, where forty elderly patients were being cared for at\nthe time, officials said."
)
_CAUSE = (
    "The cause of the fire is not yet known, and the investigation will\ntake several "
    "weeks, the fire department said on Saturday."
)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("{head}\n\n{cap}\n\n{fire}\n\n{cause}\n", id="under-the-headline"),
        pytest.param("{head}\n{cap}\n{fire}\n{cause}\n", id="under-the-headline-no-blanks"),
        pytest.param("{head}\n\n{fire}\n\n{cap}\n\n{cause}\n", id="between-paragraphs"),
    ],
)
def test_a_caption_closed_by_its_credit_stays_in_its_story(page: str) -> None:
    """A photo's caption under a headline read as its deck, or between paragraphs as a
    title, left the headline with no body and headed the story's text itself."""
    caption = "Rescue workers at the site. (AP)"
    text = page.format(head="Fire in hospital kills four", cap=caption, fire=_FIRE, cause=_CAUSE)
    (art,) = articles(text)
    assert art["headline"] == "Fire in hospital kills four"
    assert [b["text"] for b in art["blocks"] if b["type"] == "caption"] == [caption]
    assert len(paragraphs(art)) == 2


def test_a_headline_with_a_bracket_is_no_caption() -> None:
    """Negative: a headline may close with a bracket (a year, an agency): with no
    sentence ended before it, it is no caption's credit and heads its story."""
    (art,) = articles(f"Fire in hospital kills four (AP)\n\n{_FIRE}\n\n{_CAUSE}\n")
    assert art["headline"] == "Fire in hospital kills four (AP)"
    assert [b["type"] for b in art["blocks"]] == ["paragraph", "paragraph"]


def test_a_long_last_paragraph_closed_by_a_wire_credit_is_no_caption() -> None:
    """Negative: the story's last paragraph, closed by its agency's credit, stays text."""
    last = (
        "The hospital passed its last inspection in March, and the state will\nreview the "
        "records of every hospital in the county before the end of\nthe year, the governor "
        "said on Sunday. (AP)"
    )
    (art,) = articles(f"Fire in hospital kills four\n\n{_FIRE}\n\n{last}\n")
    assert [b["type"] for b in art["blocks"]] == ["paragraph", "paragraph"]


def test_a_paragraph_cut_at_a_column_foot_meets_its_continuation() -> None:
    """pdfminer read another story's box between the two halves of a paragraph."""
    col = "今年以来全市新建，改建公园四十余处"  # a full line: the column's measure
    para = f"  今年以来，全市新建改建公园四十\n{col}\n{col}\n"
    finished = "\n\n".join([para + "民出门见绿的愿望正在变成现实。"] * 6)
    page = (
        f"城市公园建设提速\n\n{finished}\n\n{para}{col}\n\n"
        f"另一条新闻的标题\n\n{para}据介绍，这些公园贴近居民。\n\n"
        f"{col}\n民出门见绿的愿望正在变成现实。"
    )
    first, second = articles(page)
    assert paragraphs(first)[-1].endswith(f"{col}{col}民出门见绿的愿望正在变成现实。")
    assert paragraphs(second)[-1].endswith("这些公园贴近居民。")


def _heads(page: str) -> list[tuple[str | None, str | None, str | None]]:
    """Headline, the stack under it (subtitle and decks) and byline of each article."""
    return [
        (a["headline"], " ".join(filter(None, [a["subtitle"], *a["decks"]])) or None, a["byline"])
        for a in articles(page)
    ]


def test_a_stack_s_decks_are_units_of_their_own() -> None:
    # The first line under the headline is its subtitle; each deck under it stands
    # alone, a deck wrapped over lines in its own case read whole.
    (article,) = articles(RUSSIA + LONDON)
    assert article["subtitle"] == "THE FEELING IN LONDON."
    assert article["decks"] == ["Only Force Can Turn Her Out of Manchuria — Personal Notes."]
    assert "Only Force Can Turn" in article["text"]


def test_capital_lines_under_capital_lines_wrap_one_deck() -> None:
    # A deck wraps over lines in its own case; a line of capitals under a deck in upper
    # and lower case opens the next one. (Not the other way round: OCR reads a line of
    # capitals with lower-case slips, so a mixed line under capitals may be their own.)
    page = (
        "SOCIALIST SENATOR\nIS EXPELLED BY\nTHE STATE SENATE.\nVote Was Thirty-three\n"
        "to Three in Caucus\nMEMBERS CHEER RESULT\n"
        "PHOENIX, April 26.— The senate expelled its only socialist member\n"
        "today by a vote of thirty-three to three.\n"
    )
    (article,) = articles(page)
    assert article["headline"] == "SOCIALIST SENATOR"
    assert article["subtitle"] == "IS EXPELLED BY THE STATE SENATE."
    assert article["decks"] == ["Vote Was Thirty-three to Three in Caucus", "MEMBERS CHEER RESULT"]


RUSSIA = (
    "RUSSIA IN TO STAY.\nTHE FEELING IN LONDON.\nOnly Force Can Turn Her Out of\n"
    "Manchuria — Personal Notes.\n"
)
LONDON = (
    "London, May 1.— The discussion in Parliament\nyesterday afternoon failed to throw any\n"
    "light on the question of the day.\n"
)
BOOSTERS = (
    "At the last meeting of the Boosters Monday night many\ncommittees were chosen and "
    "plans made to further\nthe greater development of the county and its roads.\n"
)
HAVANA = (
    "Havana, April 30.— The law students of the\nuniversity became riotous to-day because\n"
    "the date of the examinations was changed.\n"
)
APPOINTED = (
    "Der Stadtassistenzarzt Dr. Puppel aus Duisburg ist zum Kreisarzt\nin Johannisburg "
    "ernannt worden, und der Kreisassistenzarzt Dr. Ebert\naus Cassel ist zum Kreisarzt "
    "in Sögel ernannt worden.\n"
)
EFFORT = (
    "L'EFFORT\ndes députés du Nord\npour la défense fiscale\nSi la tactique envisagée échouait\n"
    "devant la Chambre\n(DE NOTRE RÉDACTEUR PARLEMENTAIRE)\n"
    "Paris, 5. — J'ai indiqué ces jours-ci quelle\nposition nos représentants à la Chambre\n"
    "comptent prendre dans le grand débat.\n"
)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            f"{RUSSIA}{LONDON}",
            [
                (
                    "RUSSIA IN TO STAY.",
                    "THE FEELING IN LONDON. Only Force Can Turn Her Out of Manchuria — "
                    "Personal Notes.",
                    None,
                )
            ],
            id="stack-of-capitals-and-decks-keeps-its-top",
        ),
        pytest.param(
            f"RIOTOUS STUDENTS.\nSerious Outbreak at the University\nof Havana.\n"
            f"\\.-~ CABLE TO THE TRIBUNE.. ]\n{HAVANA}",
            [
                (
                    "RIOTOUS STUDENTS.",
                    "Serious Outbreak at the University of Havana.",
                    "\\.-~ CABLE TO THE TRIBUNE.. ]",
                )
            ],
            id="bracketed-credit-at-the-stack-foot-is-the-byline",
        ),
        pytest.param(
            f"RIOTOUS STUDENTS.\n{HAVANA}\n(The students were later released.)\n\n{LONDON}",
            [("RIOTOUS STUDENTS.", None, None), (None, None, None)],
            id="negative-bracketed-line-between-paragraphs-stays-body",
        ),
        pytest.param(
            "POLAND! POLAND! POLAND!\nBottled at the Famous Spring, Maine.-Advt.\n\n"
            f"{RUSSIA}{LONDON}",
            [
                ("POLAND! POLAND! POLAND!", None, None),
                (
                    "RUSSIA IN TO STAY.",
                    "THE FEELING IN LONDON. Only Force Can Turn Her Out of Manchuria — "
                    "Personal Notes.",
                    None,
                ),
            ],
            id="advt-mark-line-ends-an-ad-not-a-deck",
        ),
        pytest.param(
            EFFORT,
            [
                (
                    "L'EFFORT des députés du Nord pour la défense fiscale",
                    "Si la tactique envisagée échouait devant la Chambre",
                    "(DE NOTRE RÉDACTEUR PARLEMENTAIRE)",
                )
            ],
            id="catchword-in-capitals-continued-in-lower-case-is-one-headline",
        ),
        pytest.param(
            "NATION COULD SAVE BY\nEATING HORSE MEAT\nPhysicians Declare Equine Steaks Are\n"
            f"Healthful and Appetizing\n{LONDON}",
            [
                (
                    "NATION COULD SAVE BY EATING HORSE MEAT",
                    "Physicians Declare Equine Steaks Are Healthful and Appetizing",
                    None,
                )
            ],
            id="capitals-headline-ending-on-a-preposition-goes-on-in-the-next-capitals-line",
        ),
        pytest.param(
            f"MARSHAL ANDREW EASLEY SHOT\nAND KILLED AT HOULKA FEB. 19.\n{LONDON}",
            [("MARSHAL ANDREW EASLEY SHOT AND KILLED AT HOULKA FEB. 19.", None, None)],
            id="capitals-line-opening-on-a-conjunction-goes-on-with-the-headline",
        ),
        pytest.param(
            f"LA GRÈVE DES MINEURS DU\nNORD EST TERMINÉE\nLes ouvriers reprennent le travail\n"
            f"{LONDON}",
            [
                (
                    "LA GRÈVE DES MINEURS DU NORD EST TERMINÉE",
                    "Les ouvriers reprennent le travail",
                    None,
                )
            ],
            id="french-capitals-headline-ending-on-du-goes-on",
        ),
        pytest.param(
            f"DER KRIEG GEGEN DIE\nTÜRKEI ERKLÄRT\nDie Antwort aus Wien\n{LONDON}",
            [("DER KRIEG GEGEN DIE TÜRKEI ERKLÄRT", "Die Antwort aus Wien", None)],
            id="german-capitals-headline-ending-on-die-goes-on",
        ),
        pytest.param(
            f"WAR DECLARED ON SERBIA\nTHE KAISER REFUSES TO MEDIATE\n{LONDON}",
            [("WAR DECLARED ON SERBIA", "THE KAISER REFUSES TO MEDIATE", None)],
            id="negative-capitals-deck-that-is-its-own-sentence-stays-the-subtitle",
        ),
        pytest.param(
            f"STRIKE ENDS AT THE MILLS OF\nFall River Weavers Return on Monday\n{LONDON}",
            [("STRIKE ENDS AT THE MILLS OF", "Fall River Weavers Return on Monday", None)],
            id="negative-a-deck-in-upper-and-lower-case-does-not-finish-a-capitals-headline",
        ),
        pytest.param(
            f"JEUDI\n7\nJUILLET 1921\nLILLE\n{EFFORT}",
            [
                (
                    "L'EFFORT des députés du Nord pour la défense fiscale",
                    "Si la tactique envisagée échouait devant la Chambre",
                    "(DE NOTRE RÉDACTEUR PARLEMENTAIRE)",
                )
            ],
            id="box-run-into-a-stack-above-its-catchword-is-page-head",
        ),
        pytest.param(
            f"{HAVANA}\nZur Jahreswende.\n\n{LONDON}",
            # Not a subhead of the headless body: the headline, which takes that body.
            [("Zur Jahreswende.", None, None)],
            id="lone-heading-after-headless-body-starts-a-story",
        ),
        pytest.param(
            f"Ministerium des Innern.\n\n{APPOINTED}",
            [("Ministerium des Innern.", None, None)],
            id="a-gazette-office-heading-with-its-full-stop-tops-the-page",
        ),
        pytest.param(
            f"Es regnet.\n\n{APPOINTED}",
            [(None, None, None)],
            id="negative-a-short-sentence-atop-the-page-is-no-heading",
        ),
        pytest.param(
            "Ministerium des Innern.\n\nDer Arzt ist ernannt worden.\nEr kommt.\n",
            [(None, None, None)],
            id="negative-a-heading-like-line-atop-a-short-paragraph-stays-text",
        ),
        pytest.param(
            "POLAND! POLAND:! POLAND::!\nPoland Water, first among nature's remedies\n"
            "BILLY WHISKERS.\nA Jolly Story for boys and girls, now running in\n"
            "the Sunday paper. Be sure to read it.-Advt.\n",
            [("POLAND! POLAND:! POLAND::!", None, None), ("BILLY WHISKERS.", None, None)],
            id="copy-between-two-display-lines-belongs-to-the-upper",
        ),
        pytest.param(
            f"RIOTOUS STUDENTS.\nSerious Outbreak at the University\nRIOT ACT READ.\n{HAVANA}",
            [
                (
                    "RIOTOUS STUDENTS.",
                    "Serious Outbreak at the University RIOT ACT READ.",
                    None,
                )
            ],
            id="negative-a-headline-style-deck-between-capital-lines-stays-in-the-stack",
        ),
        pytest.param(
            f"{RUSSIA}{LONDON}\nContents of this issue, page two\n"
            "and the rest of the debate, which went on\nlate into the night and ended.\n",
            [
                (
                    "RUSSIA IN TO STAY.",
                    "THE FEELING IN LONDON. Only Force Can Turn Her Out of Manchuria — "
                    "Personal Notes.",
                    None,
                )
            ],
            id="a-heading-over-text-that-begins-in-lower-case-is-not-its-headline",
        ),
        pytest.param(
            f"RUSSIA IN TO STAY.\n{LONDON}\nA Quiet Day in Paris\n\n"
            "The chamber sat for an hour on Monday and rose\nwithout taking a vote.\n",
            [("RUSSIA IN TO STAY.", None, None), ("A Quiet Day in Paris", None, None)],
            id="negative-a-heading-over-a-capital-start-opens-a-story",
        ),
        pytest.param(
            "SPACE\nAtlantis ready to carry the lab to orbit\n\n"
            "NASA puts the chance of good weather at launch at 40 percent\nBy Jane Doe\n\n"
            "Shuttle Atlantis on the launch pad. (File photo)\n\n"
            "CAPE CANAVERAL, Fla. — The shuttle and the station module are\n"
            "ready for launch on Thursday, the agency said.\n",
            [
                (
                    "Atlantis ready to carry the lab to orbit",
                    "NASA puts the chance of good weather at launch at 40 percent",
                    "By Jane Doe",
                )
            ],
            id="deck-over-the-byline-completes-the-stack-and-a-caption-is-no-heading",
        ),
        pytest.param(
            f"{LONDON}\nMore drought looming if rains do not return,\nUSGS warns\n"
            "Record-low flows for the season east of the river\nBy ROBERT KING, Science Writer\n"
            f"\n{HAVANA}",
            [
                (
                    "More drought looming if rains do not return, USGS warns",
                    "Record-low flows for the season east of the river",
                    "By ROBERT KING, Science Writer",
                ),
            ],
            id="a-headline-wrapped-at-its-comma-over-a-byline",
        ),
        pytest.param(
            f"{LONDON}\nThe debate went on late into the night, and\nno vote was taken,\n"
            "By ROBERT KING\n",
            [(None, None, "By ROBERT KING")],
            id="negative-running-text-over-a-closing-byline",
        ),
        pytest.param(
            "City Official\nWho Is Stricken\nRUDOLPH ALFF.\nAPOPLEXY STRIKES\nCITY AUDITOR\n"
            f"Falls on Main Street and Is\nStill Unconscious.\n{HAVANA}",
            [
                (
                    "APOPLEXY STRIKES",
                    "CITY AUDITOR Falls on Main Street and Is Still Unconscious.",
                    None,
                )
            ],
            id="a-portrait-caption-over-the-stack-is-a-caption",
        ),
        pytest.param(
            f"Serious Outbreak\nat the University\nRIOTOUS STUDENTS.\n{HAVANA}",
            [("Serious Outbreak at the University RIOTOUS STUDENTS.", None, None)],
            id="negative-a-capital-line-with-no-more-capitals-under-it-is-no-name",
        ),
        pytest.param(
            "Atlantis ready to carry the lab to orbit\nBy Jane Doe\n\nCargo jet crashes\n\n"
            f"{HAVANA}\nCAPE CANAVERAL, Fla. — The shuttle and the station module are\n"
            "ready for launch on Thursday, the agency said.\n",
            [
                ("Atlantis ready to carry the lab to orbit", None, "By Jane Doe"),
                ("Cargo jet crashes", None, None),
            ],
            id="a-dateline-story-goes-to-the-headline-still-waiting-for-its-body",
        ),
        pytest.param(
            f"RIOTOUS STUDENTS.\n{HAVANA}\nThe students then marched to the palace and\n"
            "\ndeath of an innocent man in the crowd,\n\nthe police said.\n",
            [("RIOTOUS STUDENTS.", None, None)],
            id="a-lower-case-line-after-unfinished-text-is-that-text",
        ),
        pytest.param(
            f"RIOTOUS STUDENTS.\n{HAVANA}\n"
            "The students then marched in a long column up to the palace of the governor and\n\n"
            "The police waited for them at the gates.\n",
            [("RIOTOUS STUDENTS.", None, None)],
            id="a-wide-line-in-lower-case-with-more-words-than-a-headline-is-body",
        ),
        pytest.param(
            "Shishaldin remains\nat Watch level\nVolcano glows orange at the summit\n"
            f"By Erin Walsh\n\n{LONDON}",
            [
                (
                    "Shishaldin remains at Watch level",
                    "Volcano glows orange at the summit",
                    "By Erin Walsh",
                )
            ],
            id="a-headline-line-in-lower-case-goes-on-from-the-line-above",
        ),
        pytest.param(
            f"RIOTOUS STUDENTS.\n{HAVANA}\n"
            "On Wednesday, in the final of the Europa League, Manchester United defeated Ajax\n\n"
            "The club will play in the Champions League next season.\n",
            [("RIOTOUS STUDENTS.", None, None)],
            id="clauses-between-two-commas-are-running-text-not-a-headline",
        ),
        pytest.param(
            f"Tilting train derails in Croatia, six dead, dozens hurt\n\n{LONDON}",
            [("Tilting train derails in Croatia, six dead, dozens hurt", None, None)],
            id="negative-a-short-headline-with-two-commas",
        ),
        pytest.param(
            f"INDIA\n\nCONGO\n\nDerailment leaves 100 hurt\n\n{HAVANA}\n"
            f"Power cable kills 26\n\n{LONDON}",
            [("Derailment leaves 100 hurt", None, None), ("Power cable kills 26", None, None)],
            id="two-labels-in-a-row-are-the-kickers-of-two-stories-side-by-side",
        ),
        pytest.param(
            f"RIOTOUS STUDENTS.\n{HAVANA}\nRussia seized control of\nUkraine which began on\n"
            "February 24. The last troops were reported to have left on Friday.\n",
            [("RIOTOUS STUDENTS.", None, None)],
            id="lines-ending-on-of-or-on-over-body-run-on-into-it",
        ),
        pytest.param(
            f"Low Streamflow Conditions Add to\nMidwest Drought Woes\n\n{LONDON}",
            [("Low Streamflow Conditions Add to Midwest Drought Woes", None, None)],
            id="negative-a-headline-wrapped-after-to-ends-on-a-noun",
        ),
        pytest.param(
            "Low Streamflow Conditions Add to\nMidwest Drought Woes\n\nU.S. Geological Survey\n\n"
            "RESTON, Va. — Streamflow levels are below normal\nacross much of the Midwest.\n",
            [
                (
                    "Low Streamflow Conditions Add to Midwest Drought Woes",
                    None,
                    "U.S. Geological Survey",
                )
            ],
            id="an-organisation-set-apart-over-a-dateline-body-is-the-credit",
        ),
        pytest.param(
            "Low Streamflow Conditions Add to\nMidwest Drought Woes\n\nRivers run low in July\n\n"
            "RESTON, Va. — Streamflow levels are below normal\nacross much of the Midwest.\n",
            # No credit: the group over it becomes its kicker, as before.
            [("Rivers run low in July", None, None)],
            id="negative-a-deck-set-apart-says-something-in-lower-case",
        ),
        pytest.param(
            "Resolved, That a copy be sent to the family of the deceased.\nD. S. Bishop,\n"
            f"Grady Cook,\nRad H. Reed\nBETTER ROADS FOR CHICKASAW COUNTY\n{BOOSTERS}",
            [("BETTER ROADS FOR CHICKASAW COUNTY", None, None)],
            id="a-signature-s-last-names-over-a-capitals-head-are-not-its-headline",
        ),
        pytest.param(
            "PROF. V. M. O'SHEA\nLecturer on Child Study and Training\nCAMBRIA FARMER\n"
            f"DROWNS IN RIVER\nATTEMPTS TO CROSS FLOODED\nAPPROACH TO BRIDGE.\n{HAVANA}",
            [
                (
                    "CAMBRIA FARMER",
                    "DROWNS IN RIVER ATTEMPTS TO CROSS FLOODED APPROACH TO BRIDGE.",
                    None,
                )
            ],
            id="a-portrait-caption-over-a-capitals-stack-is-not-its-headline",
        ),
        pytest.param(
            f"Teutonic Allies Await Offensive\nALONG ALL FRONTS\n{LONDON}",
            [("Teutonic Allies Await Offensive ALONG ALL FRONTS", None, None)],
            id="negative-a-lower-case-headline-over-a-capitals-deck-names-no-one",
        ),
        pytest.param(
            f"Teutonic Allies Await Offensive\nOFFICIAL REPORT TELLS OF FAILURE.\n{LONDON}",
            [("Teutonic Allies Await Offensive", "OFFICIAL REPORT TELLS OF FAILURE.", None)],
            id="negative-a-capitals-deck-closed-by-its-stop-under-a-lower-case-headline",
        ),
        pytest.param(
            f"REMEMBER THE\nPalace Sweet Cafe of J. R. Erickson\nUNDER NEW MANAGEMENT\n{BOOSTERS}",
            [("Palace Sweet Cafe of J. R. Erickson UNDER NEW MANAGEMENT", None, None)],
            id="negative-an-advertisement-s-display-lines-lead-on-into-its-name",
        ),
    ],
)
def test_latin_headline_stacks(
    page: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _heads(page) == expected


def test_a_box_above_a_catchword_goes_to_the_furniture() -> None:
    result = api.split(f"JEUDI\n7\nJUILLET 1921\nLILLE\n{EFFORT}", furniture="strip")
    assert result["furniture"] == ["JEUDI", "7", "JUILLET 1921", "LILLE"]


def test_a_box_after_a_story_has_begun_is_left_in_the_text() -> None:
    result = api.split(f"{RUSSIA}{LONDON}\nJEUDI\nLILLE\n{EFFORT}", furniture="strip")
    assert result["furniture"] == []


#: A front-page stack of the 1910s: a headline in three lines and three decks.
WILSON_STACK = (
    "WILSON APPEALS\nFOR PATRIOTISM\nOF REVOLUTION\n"
    "President Declares Test of National Preparedness\nSPIRIT OF OTHER DAYS\n"
    "Executive Says He Believes There\nAre Many Selfish Influences at Work.\n"
    "IS NOT AFRAID OF DEBATE\n"
)
RATES = ["ABONNEMENTS", "LILLE 3 mois", "— 6 mois 21.15", "— 1 an 43.50", "FRANCE 3 mois"]
RATES += ["— 6 mois 24.75", "— 1 an 48.00", "LES ANNONCES", "SONT REÇUES"]


@pytest.mark.parametrize(
    ("page", "head"),
    [
        pytest.param(
            "\n".join(RATES) + f"\n15 cent. ( LE PLUS FORT TIRAGE DU NORD ) 15 cent.\n\n{EFFORT}",
            [*RATES, "15 cent. ( LE PLUS FORT TIRAGE DU NORD ) 15 cent."],
            id="box-of-more-lines-than-a-stack-and-its-strap",
        ),
        pytest.param(
            "\n".join(RATES[:4]) + f"\n\n{LONDON}",
            [],
            id="negative-a-short-run-is-a-stack",
        ),
        pytest.param(
            f"{LONDON}\n" + "\n".join(RATES) + "\n\nThe end of the day.",
            [],
            id="negative-after-the-first-story-no-page-head",
        ),
        pytest.param("The council met on Monday.", [], id="negative-no-story-no-head"),
        pytest.param(
            f"15 cent. ( LE PLUS FORT TIRAGE DU NORD ) 15 cent.\n\n{EFFORT}",
            ["15 cent. ( LE PLUS FORT TIRAGE DU NORD ) 15 cent."],
            id="a-strap-at-the-very-top",
        ),
        pytest.param(
            "The Only Republican Paper in the County\nVOLUME 41\n"
            f"RED CLOUD, NEBRASKA, FEBRUARY 3, 1916.\nNUMBER 5\n\n{LONDON}",
            [
                "VOLUME 41",
                "RED CLOUD, NEBRASKA, FEBRUARY 3, 1916.",
                "The Only Republican Paper in the County",
                "NUMBER 5",
            ],
            id="a-strap-over-the-nameplate-s-issue-lines",
        ),
        pytest.param(
            f"Tickets cost 10 cents.\n\n{LONDON}",
            [],
            id="negative-a-sentence-that-names-a-price-is-no-masthead",
        ),
        pytest.param(
            f"PRICE FIVE CENTS\n\n{LONDON}",
            ["PRICE FIVE CENTS"],
            id="a-price-line-at-the-very-top",
        ),
        pytest.param(
            f"The council met on Monday.\n\n{LONDON}",
            [],
            id="negative-a-first-sentence-alone-over-a-text-with-no-masthead",
        ),
        pytest.param(
            f"NASA and the ESA signed the agreement in Paris.\n\n{LONDON}",
            [],
            id="negative-a-capitals-sentence-over-a-text-with-no-masthead",
        ),
        pytest.param(
            "Члан 1.\n\nСва људска бића рађају се слободна и једнака у\n"
            "достојанству и правима. Она су обдарена разумом и\n"
            "свешћу и треба једни према другима да поступају у\nдуху братства.\n",
            [],
            id="negative-an-article-s-label-atop-a-text-with-no-masthead",
        ),
        pytest.param(
            "THE OMAHA SUNDAY BEE\n" + WILSON_STACK + LONDON,
            ["THE OMAHA SUNDAY BEE"],
            id="a-run-longer-than-a-stack-over-a-story-ends-in-its-stack",
        ),
        pytest.param(
            "\n".join(RATES) + f"\n{LONDON}",
            RATES,
            id="negative-a-box-of-figures-over-a-story-is-still-a-box",
        ),
        pytest.param(
            "Hi all,\n\nThe slides from yesterday are in the office, and the recording\n"
            "will follow tomorrow when the editor has cut it, she said.\n",
            [],
            id="negative-a-greeting-at-the-very-top-leads-into-the-text",
        ),
    ],
)
def test_latin_page_head_boxes(page: str, head: list[str]) -> None:
    assert api.split(page, furniture="strip")["furniture"] == head


def test_a_latin_subhead_is_measured_against_the_stack_line_the_story_is_told_in() -> None:
    body = (
        "Drought is the costliest natural disaster, far exceeding earthquakes,\n"
        "tornados, hurricanes and floods in the damage it does to farms.\n"
    )
    page = (
        "DROUGHT WATCH\nLow Streamflow Conditions Add to Midwest Drought Woes\n\n"
        f"{body}\nFish kills reported\n\n{body}"
    )
    (art,) = articles(page)
    assert subheads(art) == ["Fish kills reported"]


def test_a_portrait_caption_goes_to_the_story_under_it() -> None:
    page = (
        f"City Official\nWho Is Stricken\nRUDOLPH ALFF.\nAPOPLEXY STRIKES\nCITY AUDITOR\n{HAVANA}"
    )
    (art,) = articles(page)
    captions = [b["text"] for b in art["blocks"] if b["type"] == "caption"]
    assert captions == ["City Official", "Who Is Stricken", "RUDOLPH ALFF."]


def test_two_labels_in_a_row_go_to_their_stories_in_order() -> None:
    page = (
        f"INDIA\n\nCONGO\n\nDerailment leaves 100 hurt\n\n{HAVANA}\n"
        f"Power cable kills 26\n\n{LONDON}"
    )
    assert [a["kicker"] for a in articles(page)] == ["INDIA", "CONGO"]


GERMAN_BODY = """Vor zehn Jahren, am 1. Januar 1884, wurde die erste Nummer
der Deutschen Kolonialzeitung in Frankfurt a. M. ausgegeben, nach-
dem der Deutsche Kolonialverein als solcher bereits ein Jahr vorher
gegründet war. Als der Deutsche Kolonialverein heute vor einem
Jahr ins Leben trat, war es der einmütige begeisterte Ausdruck einer
nationalen Strömung, der feste Wille, nunmehr mit vereinten Kräften
zum Wohle und zur Ehre unseres Vaterlandes zu wirken."""


def test_a_terms_box_and_a_contents_list_in_the_page_head_are_furniture() -> None:
    page = (
        "Deutsche Kolonialzeitung.\n"
        "Redakteur: Gustav Meinecke.\n\n"
        "Bezugspreis in Deutschland und Österreich-Ungarn (durch die Post\n"
        "oder im Buchhandel) vierteljährlich 2 Mark, jährlich 8 Mark, im\n"
        "Auslande jährlich 10 Mark; Nr. 1592 der Postzeitungsliste.\n"
        "\n"
        "Inhalt: Zur Jahreswende.\n"
        "Plantagenbetrieb in Usambara. (Mit Karte.) – Die Erschließung\n"
        "des Innern Deutsch-Ostafrikas. Von Leutnant Werther.\n"
        "Litteratur. Eingänge für die Bibliothek. Nachruf.\n"
        "Zur Jahreswende.\n" + GERMAN_BODY
    )
    result = api.split(page, furniture="strip")
    (art,) = result["articles"]
    assert art["headline"] == "Zur Jahreswende."
    assert [p[:15] for p in paragraphs(art)] == ["Vor zehn Jahren"]
    furniture = " ".join(result["furniture"])
    assert "Bezugspreis" in furniture
    assert "Inhalt: Zur Jahreswende." in furniture
    assert "Litteratur. Eingänge" in furniture


def test_running_text_after_a_contents_label_is_not_taken_for_entries() -> None:
    page = "Inhalt: Zur Jahreswende.\n" + GERMAN_BODY
    result = api.split(page, furniture="strip")
    assert any("Vor zehn Jahren" in p for art in result["articles"] for p in paragraphs(art))


def test_a_nameplate_with_labelled_boxes_is_page_head_down_to_the_first_story() -> None:
    page = (
        "Vingt-troisième année. - N° 7,756 CINQ Centimes LUNDI 10 AVRIL 1893\n"
        "LE XIXe SIECLE\n"
        "RÉDACTION ET ADMINISTRATION\n"
        "142, Rue Montmartre\n"
        "DIRECTEUR POLITIQUE\n"
        "ED. PORTALIS\n"
        "Adresse télégraphique : XIXe SIÈCLE - PARIS\n"
        "Téléphone : 20.289 bis.\n"
        "ANNONCES\n"
        "Chez MM. LAGRANGE, CERF et Cie\n"
        "ABONNEMENTS :\n"
        "Paris. Trois mois, 6 f.; Six mois, 11 f.; Un an, 20 f.\n"
        "Les Abonnements sont reçus sans frais dans tous\n"
        "les bureaux de poste.\n"
        "UNE APPLICATION\n"
        "DU REFERENDUM\n"
        "Ce n'est pas en Suisse seulement\n"
        "que l'idée du referendum, c'est-à-dire\n"
        "de la ratification des lois par le peu-\n"
        "ple, a rencontré un favorable accueil.\n"
    )
    result = api.split(page, furniture="strip")
    (art,) = result["articles"]
    # ``UNE APPLICATION`` / ``DU REFERENDUM``: one headline on two lines of capitals.
    assert art["headline"] == "UNE APPLICATION DU REFERENDUM"
    assert [p[:20] for p in paragraphs(art)] == ["Ce n'est pas en Suis"]
    assert "ABONNEMENTS :" in result["furniture"]


BULLETIN_STORY = (
    "BATTLE IN BESSARABIA\n"
    "Each Day Finds the Russians Claiming New Positions\n"
    "London, Jan. 5. While the battle on the borders of Bessarabia\n"
    "is apparently still far from a decision, each day finds the\n"
    "Russians claiming the occupation of additional enemy positions,\n"
    "and Petrograd believes that if this process continues a short\n"
    "time longer a break must come somewhere in the lines.\n"
)
#: Two ears as OCR read them beside the nameplate: the paper's circulation claim, and
#: the forecast.
EAR = (
    "The East Oregonian has the largest paid\n"
    "circulation of any paper in Oregon east of\n"
    "Portland and over twice the circulation in\n"
    "Pendleton of any other newspaper.\n"
    "Tonight and Thursday fair; slowly\n"
    "rising temperature.\n"
)
#: The ears' paragraphs as rejoined.
EAR_PARAGRAPHS = [
    "The East Oregonian has the largest paid circulation of any paper in Oregon east of "
    "Portland and over twice the circulation in Pendleton of any other newspaper.",
    "Tonight and Thursday fair; slowly rising temperature.",
]
#: The same paragraph layout in a story: it names a paper mill and the morning.
PAPER_MILL = (
    "The planing mill of the Pendleton Lumber\n"
    "company burned this morning, and the\n"
    "paper mill beside it was saved by the\n"
    "firemen after a fight of two hours.\n"
)
FOLIO = "VOL. 27.\nDAILY EAST OREGONIAN, PENDLETON, OREGON, WEDNESDAY, JANUARY 5, 1916.\nNO. 8697\n"
NASA = (
    "La NASA a déclaré que, comme cela était prévu, la navette spatiale\n"
    "Discovery sera lancée dans l'espace au mois de juillet et toutes les\n"
    "mesures de sécurité nécessaires seront mises en œuvre jusqu'au lancement.\n"
    "Des tests réalisés sur la fusée par la NASA n'ont trouvé aucune raison\n"
    "de retarder davantage le lancement, a indiqué l'agence.\n"
)


@pytest.mark.parametrize(
    ("page", "head", "kept"),
    [
        pytest.param(
            "OUR MOTTO\nBOOST AND HELP THE OTHER FELLOW.\nVolume 2\n" + BULLETIN_STORY,
            ["OUR MOTTO", "BOOST AND HELP THE OTHER FELLOW."],
            ["BATTLE IN BESSARABIA"],
            id="slogan-above-the-volume-line",
        ),
        pytest.param(
            "Le Progrès du Nord\n\nMétéo : éclaircies, 18°\n\nN° 23 456\n\n"
            "Vendredi 6 juin 2008\n\nDiscovery sera lancée en juillet\n\n" + NASA,
            ["Le Progrès du Nord", "Météo : éclaircies, 18°"],
            ["Discovery sera lancée en juillet"],
            id="title-and-ear-above-number-and-date",
        ),
        pytest.param(
            "Le Progrès du Nord\n\nN° 23 456\n\nVendredi 6 juin 2008\n\n"
            "Discovery en juillet\n\nMARSEILLE —\n" + NASA,
            ["Le Progrès du Nord"],
            ["Discovery en juillet"],
            id="negative-a-short-headline-and-dateline-under-the-nameplate-stay",
        ),
        pytest.param(
            "8\n\nLe Petit Normand\n\nDimanche 26 février 2017\n\nINTERNATIONAL\n"
            "Discovery sera lancée en juillet\n" + NASA,
            ["Le Petit Normand"],
            ["Discovery sera lancée en juillet"],
            id="an-inner-page-running-head-names-the-paper-beside-its-date",
        ),
        pytest.param(
            "12\n\nSPORT\n\nDiscovery sera lancée en juillet\n\nVendredi 6 juin 2008\n\n"
            "EN BREF\nLa navette est prête.\n\n" + NASA,
            [],
            ["Discovery sera lancée en juillet"],
            id="negative-an-inner-page-headline-read-above-its-date",
        ),
        pytest.param(
            "12\n\nDiscovery sera lancée en juillet\n\nVendredi 6 juin 2008\n\n" + NASA,
            [],
            ["Discovery sera lancée en juillet"],
            id="negative-an-inner-page-date-read-after-the-headline",
        ),
        pytest.param(
            "12\n\nDiscovery sera lancée en juillet\n\nVendredi 6 juin 2008\n\n"
            + NASA
            + "\nN° 23 456\n",
            [],
            ["Discovery sera lancée en juillet"],
            id="negative-a-number-below-the-first-story-makes-no-front-page",
        ),
        pytest.param(
            "Le Progrès du Nord\n\nN° 23 456\n\nDiscovery sera lancée en juillet\n"
            "Par Jean Martin\n\nVendredi 6 juin 2008\n\n" + NASA,
            [],
            ["Discovery sera lancée en juillet", "Par Jean Martin"],
            id="negative-a-byline-above-the-date-is-a-story-stack",
        ),
        pytest.param(
            "OUR MOTTO\nBOOST AND HELP THE OTHER FELLOW.\nVolume 2\n"
            "Houston, Miss., Feb. 25, IOIG.\n398\n" + BULLETIN_STORY,
            [
                "OUR MOTTO",
                "BOOST AND HELP THE OTHER FELLOW.",
                "Houston, Miss., Feb. 25, IOIG.",
                "398",
            ],
            ["BATTLE IN BESSARABIA"],
            id="a-garbled-date-and-a-number-right-under-the-volume-line",
        ),
        pytest.param(
            "OUR MOTTO\nBOOST AND HELP THE OTHER FELLOW.\nVolume 2\n"
            "BATTLE IN BESSARABIA\nFIVE CENTS A COPY\n" + BULLETIN_STORY.split("\n", 1)[1],
            ["OUR MOTTO", "BOOST AND HELP THE OTHER FELLOW."],
            ["BATTLE IN BESSARABIA", "FIVE CENTS A COPY"],
            id="negative-a-price-like-deck-below-the-headline-stays-in-the-stack",
        ),
        pytest.param(
            "OUR\nBOOST AND HELP THE OTHER FELLOW.\nVolume 2\n"
            "Houston, Miss., Feb. 25, IOIG.\nMOTTO\n-II\nMMER\n" + BULLETIN_STORY,
            ["MOTTO", "-II", "MMER"],
            ["BATTLE IN BESSARABIA"],
            id="the-pieces-ocr-broke-the-title-into-under-the-date",
        ),
        pytest.param(
            "OUR MOTTO\nBOOST AND HELP THE OTHER FELLOW.\nVolume 2\n"
            "Houston, Miss., Feb. 25, IOIG.\nWAR\n" + BULLETIN_STORY,
            [],
            ["WAR", "BATTLE IN BESSARABIA"],
            id="negative-one-short-word-under-the-date-is-a-headline",
        ),
        pytest.param(
            "DAILY EVENING EDITION\nTO ADVERTISERS.\n" + EAR + FOLIO + BULLETIN_STORY,
            ["DAILY EVENING EDITION", "TO ADVERTISERS.", *EAR_PARAGRAPHS],
            ["BATTLE IN BESSARABIA"],
            id="ears-of-the-papers-circulation-and-the-weather-above-the-folio",
        ),
        pytest.param(
            "MILL BURNS AT DAWN\n" + PAPER_MILL + FOLIO + BULLETIN_STORY,
            [],
            ["MILL BURNS AT DAWN", "BATTLE IN BESSARABIA"],
            id="negative-a-story-above-the-folio-that-names-a-paper-is-no-ear",
        ),
        pytest.param(
            "POLAND! POLAND! POLAND!\nBottled at the Famous Poland Spring, Me.-Advt.\n"
            "Rain and much colder to-day.\nSaturday fair.\n" + BULLETIN_STORY,
            [],
            ["POLAND! POLAND! POLAND!", "BATTLE IN BESSARABIA"],
            id="negative-an-advertisement-in-the-ear-is-an-item",
        ),
    ],
)
def test_the_lines_above_and_among_the_nameplate_forms_are_its_own(
    page: str, head: list[str], kept: list[str]
) -> None:
    """``head``: lines the nameplate zone takes; ``kept``: a story's stack lines, which
    stay in its article (headline, subtitle or byline)."""
    result = api.split(page, furniture="strip")
    assert [f for f in result["furniture"] if f in head] == head
    stacks = " | ".join(
        " | ".join(a[k] or "" for k in ("kicker", "headline", "subtitle", "byline"))
        for a in result["articles"]
    )
    assert all(line in stacks for line in kept)
    assert not any(line in result["furniture"] for line in kept)


def test_a_page_head_without_box_labels_keeps_its_ads() -> None:
    page = (
        "POLAND! POLAND! POLAND!\n"
        "Bottled at the Famous Poland Spring, Me.-Advt.\n"
        "RUSSIA IN TO STAY.\n"
        "London, May 1.— The discussion in Parliament yesterday\n"
        "afternoon failed to throw any light on the Manchuria\n"
        "question, and the House rose without a division.\n"
    )
    headlines = [a["headline"] for a in articles(page)]
    assert headlines == ["POLAND! POLAND! POLAND!", "RUSSIA IN TO STAY."]


WIRE_STORY = (
    "SANTA FE SHOPMEN\n"
    "TO GET SPLENDID RAISE\n"
    "(By Review Leased Wire)\n"
    "WASHINGTON, April 26. The war army bill will be passed\n"
    "by congress before the present week ends, and unless\n"
    "leaders in both houses are mistaken it will pass today.\n"
)


def test_a_cross_head_inside_a_wire_story_is_a_subhead() -> None:
    page = (
        WIRE_STORY + "VOTES TODAY AND SATURDAY\n"
        "The senate definitely committed itself today to a final\n"
        "vote on the bill before midnight Saturday, and the house\n"
        "sat far into the night on the same measure.\n"
    )
    (art,) = articles(page)
    assert subheads(art) == ["VOTES TODAY AND SATURDAY"]
    assert len(paragraphs(art)) == 2


def test_a_cross_head_wrapped_over_two_lines_is_one_subhead() -> None:
    page = (
        WIRE_STORY + "NOTES WILL BE SENT BEFORE\n"
        "NIGHT\n"
        "Secretary Lansing said the peace notes probably would be\n"
        "forwarded before night, and one uniform translation would\n"
        "go to every capital at the same hour.\n"
    )
    (art,) = articles(page)
    assert subheads(art) == ["NOTES WILL BE SENT BEFORE NIGHT"]


def test_two_capitals_lines_over_a_new_dateline_start_an_article() -> None:
    page = (
        WIRE_STORY + "DENY HAMBURG\nRIOT\n"
        "BERLIN, Jan. 1. A report published by the London Express\n"
        "that a thousand persons were killed in riots in Hamburg\n"
        "is denied by the Overseas News Agency.\n"
    )
    assert len(articles(page)) == 2


def test_three_capitals_lines_inside_a_wire_story_are_a_headline_stack() -> None:
    page = (
        WIRE_STORY + "FREEWATER LEVY IS\nLARGEST OF ANY OF\nTOTAL COUNTY LEVIES\n"
        "The levy for the city schools was set at seven mills, the\n"
        "highest of any district in the county, and the council\n"
        "voted the budget without a dissent.\n"
    )
    assert len(articles(page)) == 2


def test_a_headline_over_a_story_with_its_own_dateline_starts_an_article() -> None:
    page = (
        WIRE_STORY + "DENY HAMBURG RIOT\n"
        "BERLIN, Jan. 1. A report published by the London Express\n"
        "that a thousand persons were killed in riots in Hamburg\n"
        "is denied by the Overseas News Agency.\n"
    )
    assert [a["headline"] for a in articles(page)][1:] == ["DENY HAMBURG RIOT"]


def test_a_local_item_headline_with_its_full_stop_starts_an_article() -> None:
    page = (
        WIRE_STORY + "HE SUBSCRIBED.\n"
        "In an eastern farming community a man who had never bought\n"
        "a bond walked into the bank and asked for one of the largest\n"
        "that the bank had to offer that morning.\n"
    )
    assert len(articles(page)) == 2


def test_a_box_label_does_not_swallow_a_page_of_briefs_before_the_first_long_story() -> None:
    briefs = "".join(
        f"ITEM NUMBER {n}.\nThe council met on day {n} and voted to adjourn.\n\n" for n in range(25)
    )
    page = (
        "ABONNEMENTS :\nParis. Trois mois, 6 f.; Six mois, 11 f.\n\n"
        + briefs
        + "THE LONG STORY.\nThe long story runs over several lines of its\n"
        "column, as a story does, and it goes on with more\nwords until it ends here.\n"
    )
    headlines = [a["headline"] for a in articles(page)]
    assert "ITEM NUMBER 3." in headlines


BRIEFS = (
    "简讯\n● 全市新增公园绿地四十余处\n今年以来，全市新建改建公园\n四十余处。\n"
    "● 地铁三号线北延段开工建设\n地铁三号线北延段今天开工，\n预计两年后通车。\n"
    "● 老旧小区加装电梯提速推进\n全市今年将为老旧小区加装电\n梯三百部，惠及居民万余户。"
)


def test_each_item_of_a_briefs_box_is_an_article_and_its_label_is_furniture() -> None:
    result = api.split(f"城市公园建设提速\n\n{BODY_A}\n\n{BRIEFS}", furniture="strip")
    heads = [a["headline"] for a in result["articles"]]
    assert heads == [
        "城市公园建设提速",
        "全市新增公园绿地四十余处",
        "地铁三号线北延段开工建设",
        "老旧小区加装电梯提速推进",
    ]
    assert paragraphs(result["articles"][2]) == ["地铁三号线北延段今天开工，预计两年后通车。"]
    assert "简讯" in result["furniture"]


def test_a_latin_briefs_item_keeps_its_wrapped_title_apart_from_its_text() -> None:
    page = (
        "IN BRIEF\n• Bridge reopens after repairs\nThe bridge reopened on Monday after\n"
        "two months of work on the span.\n• School board meets on\nThursday night\n"
        "The school board will meet on\nThursday to discuss the budget."
    )
    found = articles(page)
    assert [a["headline"] for a in found] == [
        "Bridge reopens after repairs",
        "School board meets on Thursday night",
    ]
    assert paragraphs(found[1]) == ["The school board will meet on Thursday to discuss the budget."]


def test_marked_points_inside_a_story_stay_in_the_story() -> None:
    page = f"城市公园建设提速\n\n{BODY_A}\n● 新增公园绿地\n{BODY_B}\n● 完善配套设施\n{BODY_C}"
    (art,) = articles(page)
    assert subheads(art) == ["● 新增公园绿地", "● 完善配套设施"]
    assert paragraphs(art) == [BODY_A, BODY_B, BODY_C]


def test_a_single_marked_title_under_a_label_is_not_a_briefs_box() -> None:
    (art,) = articles(f"简讯\n● 全市新增公园绿地四十余处\n{BODY_A}")
    assert art["headline"] == "● 全市新增公园绿地四十余处"
    assert "a briefs item" not in art["signals"]


@pytest.mark.parametrize(
    ("page", "heading"),
    [
        (
            "BRIDGE REOPENS\n\nThe bridge reopened on Monday after two months of work.\n\n"
            "HELP WANTED\n\nExperienced printer for night shift. Apply at 12 Main St.",
            "HELP WANTED",
        ),
        # Set large in a narrow column, the heading wraps.
        (
            "Le pont rouvert\n\nLe pont a rouvert lundi après deux mois de travaux.\n\n"
            "PETITES\nANNONCES\nÀ vendre : vélo de course, très bon état, 250 €.",
            "PETITES ANNONCES",
        ),
        (
            f"城市公园建设提速\n\n{BODY_A}\n旺铺招租\n市中心临街商铺120平方米，欢迎来电。",
            "旺铺招租",
        ),
    ],
)
def test_a_notice_under_its_heading_is_an_advertisement_of_its_own(page: str, heading: str) -> None:
    story, notice = articles(page)
    assert (story["kind"], notice["headline"], notice["kind"]) == ("news", heading, "advertisement")
    assert not subheads(story)


@pytest.mark.parametrize(
    "page",
    [
        f"城市公园建设提速\n\n{BODY_A}\n\n遗失声明\n\n本人不慎遗失身份证一张，特此声明作废。"
        f"\n\n{BODY_B}\n\n{BODY_C}",
        "BRIDGE REOPENS\n\nThe bridge reopened on Monday after two months of work.\n\n"
        "HELP WANTED\nExperienced printer for night shift.\nApply at 12 Main St.\n\n"
        "The council will meet again on Friday to hear the engineers' report.",
    ],
)
def test_a_boxed_notice_ends_with_its_own_short_text(page: str) -> None:
    # The body of the next block is another story's (printed on in column order), not
    # the notice's; the notice keeps its own lines.
    arts = articles(page)
    notice = next(a for a in arts if a["kind"] != "news")
    assert 1 <= len(paragraphs(notice)) <= 2
    assert not any(p.startswith(("据介绍", "The council")) for p in paragraphs(notice))


def test_a_notice_ends_at_its_telephone_line() -> None:
    # The extractor ran the next story's headline group on under the notice's box with no
    # blank line: the telephone line closed the notice's text.
    notice = "诚聘英才\n本公司现面向社会公开招聘技术员五名。\n联系电话：0571-8812 3456"
    story = f"城市公园建设提速\n本报记者 李明\n{BODY_A}"
    found, news = articles(f"{notice}\n{story}")
    assert (found["headline"], news["headline"]) == ("诚聘英才", "城市公园建设提速")
    assert paragraphs(found)[-1] == "联系电话：0571-8812 3456"
    # A notice whose text goes on after a line that names a telephone but gives no
    # number keeps all of it.
    (_, kept) = articles(f"城市公园建设提速\n\n{BODY_A}\n旺铺招租\n电话预约看房\n市中心临街商铺")
    assert "".join(paragraphs(kept)).replace(" ", "") == "电话预约看房市中心临街商铺"


def test_a_notice_heading_set_apart_owns_its_display_lines() -> None:
    # pdftotext gives the space under a notice's heading as a blank line: the short lines
    # of its text read as a headline group, which is the notice's text, not a story the
    # heading is kicker of.
    ad = "旺铺招租\n\n市中心临街商铺 120平方米\n电话 139 0000 1234"
    (_, notice) = articles(f"城市公园建设提速\n\n{BODY_A}\n\n{ad}")
    assert (notice["headline"], notice["kicker"]) == ("旺铺招租", None)
    assert paragraphs(notice) == ["市中心临街商铺 120平方米", "电话 139 0000 1234"]
    # A group over a story's text after the heading is that story's, not the notice's.
    story = f"城市公园建设提速\n\n{BODY_A}{BODY_B}{BODY_C}"
    arts = articles(f"旺铺招租\n\n{story}")
    assert [a["headline"] for a in arts] == ["城市公园建设提速"]
    assert paragraphs(arts[0]) == [BODY_A + BODY_B + BODY_C]


def test_a_notice_keeps_its_lines_and_a_long_notice_section_its_items() -> None:
    short = "市中心临街商铺120平方米\n电话 139 0000 1234"
    (_, notice) = articles(f"城市公园建设提速\n\n{BODY_A}\n旺铺招租\n{short}")
    assert "".join(paragraphs(notice)).replace(" ", "") == short.replace("\n", "").replace(" ", "")
    # A heading over long text heads a section (a column of obituaries) that runs on
    # over its blank lines.
    long = " ".join(["John Smith, 84, of Main Street, died on Monday at his home."] * 3)
    (_, section) = articles(
        f"BRIDGE REOPENS\n\nThe bridge reopened.\n\nOBITUARIES\n\n{long}\n\n{long}"
    )
    assert len(paragraphs(section)) == 2


def test_a_story_whose_sentence_ends_in_a_notice_word_is_not_cut_there() -> None:
    # ``招聘`` ends a notice's heading (…招聘) but here ends the sentence's line.
    page = (
        f"城市公园建设提速\n\n{BODY_A}\n本公司因业务发展需要，现面向社会公开\n招聘\n销售经理三名。"
    )
    (art,) = articles(page)
    assert paragraphs(art)[-1] == "本公司因业务发展需要，现面向社会公开招聘销售经理三名。"


def test_three_marked_items_are_a_briefs_box_when_its_label_is_lost() -> None:
    page = f"城市公园建设提速\n\n{BODY_A}\n\n" + BRIEFS.removeprefix("简讯\n")
    heads = [a["headline"] for a in articles(page)]
    assert heads[1:] == [
        "全市新增公园绿地四十余处",
        "地铁三号线北延段开工建设",
        "老旧小区加装电梯提速推进",
    ]


#: A wire story in an OCR'd column: one line of its first paragraph read long (OCR's
#: character counts of one column scatter), the rest within a few cells of each other.
OCR_STORY = (
    "ARMY BILL SURE TO PASS\n"
    "WASHINGTON, April 26. The war army bill\n"
    "will be passed by congress before the\n"
    "present week ends, and unless leaders\n"
    "in senate and house are far afield in their\n"
    "predictions, it will go through with\n"
    "the selective draft feature, the thing\n"
    "of bitter attacks.\n"
    "The house sat late to clear up general\n"
    "debate except for the closing remarks\n"
    "of Chairman Dent, military committee,\n"
    "heading the volunteer champions, and of\n"
    "Representative Kahn, ranking member of\n"
    "the committee.\n"
    "Stone For Draft\n"
)


#: The text under the heading, set as long as the story's usual lines.
SAME_COLUMN_BODY = (
    "Senator Hale, Beckham, Myers and Mr.\n"
    "Stone supported the administration's\n"
    "bill today; Senator Sherman spoke.\n"
)
#: The story with a line of each paragraph run into the next column's by an extractor.
RUN_ACROSS_STORY = OCR_STORY.replace(
    "far afield in their\n", "far afield in their     NEW YORK, April 26. The mayor said\n"
).replace("champions, and of\n", "champions, and of     that the city would not pay the bill\n")


@pytest.mark.parametrize(
    ("story", "body", "headlines"),
    [
        # The text under the heading runs as long as the story's lines but for the one
        # OCR read long: the same column, so the heading is the story's subhead.
        (OCR_STORY, SAME_COLUMN_BODY, ["ARMY BILL SURE TO PASS"]),
        # Set a sixth narrower than the story's lines: another column, another story.
        (
            OCR_STORY,
            "Senator Hale, Beckham, Myers\n"
            "and Stone supported the bill\n"
            "today; Senator Sherman spoke\n"
            "against it in the afternoon.\n",
            ["ARMY BILL SURE TO PASS", "Stone For Draft"],
        ),
        # Lines twice the column's: no OCR slip but another setting, whatever the
        # measures say.
        (RUN_ACROSS_STORY, SAME_COLUMN_BODY, ["ARMY BILL SURE TO PASS", "Stone For Draft"]),
    ],
)
def test_a_column_is_measured_by_its_usual_lines_not_the_one_ocr_read_long(
    story: str, body: str, headlines: list[str]
) -> None:
    found = articles(story + body)
    assert [a["headline"] for a in found] == headlines
    if len(found) == 1:
        assert subheads(found[0]) == ["Stone For Draft"]


SENATE_STORY = (
    "SOCIALIST IN SENATE IS EXPELLED\n"
    "MADISON, April 26. The charges against\n"
    "Senator Raguse were made on Tuesday\n"
    "evening during a debate on a resolution\n"
    "to print copies of the message. The\n"
    "statement to which exception was taken\n"
    "is as follows{close}\n"
    "ACCUSES MAINE HEROES .\n"
    '"This resolution is meant to create\n'
    "patriotism but it will not do it, and\n"
    'the senate knows it will not."\n'
)


@pytest.mark.parametrize(
    ("close", "headlines"),
    [
        # The colon announces what follows: the heading under it is the story's own.
        (":", ["SOCIALIST IN SENATE IS EXPELLED"]),
        # A story that ends its sentence may end there: a heading in capitals after it
        # starts the next story.
        (".", ["SOCIALIST IN SENATE IS EXPELLED", "ACCUSES MAINE HEROES ."]),
    ],
)
def test_a_heading_under_a_paragraph_that_ends_on_a_colon_is_the_storys_subhead(
    close: str, headlines: list[str]
) -> None:
    found = articles(SENATE_STORY.format(close=close))
    assert [a["headline"] for a in found] == headlines
    if close == ":":
        assert subheads(found[0]) == ["ACCUSES MAINE HEROES ."]
