"""Segmentation signals, one small page each, written to show one typeset form."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import api
from newsclean.segment import _join_wrapped, split_document

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
    assert _join_wrapped(group) == [joined]


def test_parallel_subheads_stay_in_one_article() -> None:
    page = (
        f"常态化战疫：上控风险 下稳需求\n\n{BODY_A}\n\n人工智能筛查\n\n{BODY_B}\n\n"
        f"在线需求释放\n\n{BODY_C}\n\n疫苗稳步研发\n\n{BODY_A}\n\n北京商报记者 钱瑜 濮振宇"
    )
    (art,) = articles(page)
    assert subheads(art) == ["人工智能筛查", "在线需求释放", "疫苗稳步研发"]
    assert art["byline"] == "北京商报记者 钱瑜 濮振宇"


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
    # Inside running text the justification space after 记者 is gone, as in the body.
    assert art["byline"] == "新华社北京8月24日电（记者程欣婷）"
    assert paragraphs(art) == [BODY_A]


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


def test_photo_captions_are_captions_not_paragraphs() -> None:
    caption = "4月12日，市民在新建的公园里散步。新华社记者 王强 摄"
    page = f"城市公园建设提速\n\n{BODY_A}\n\n{caption}\n\n{BODY_B}"
    (art,) = articles(page)
    assert [b["type"] for b in art["blocks"]] == ["paragraph", "caption", "paragraph"]


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
