"""segment's role rules by name: for each rule, a unit it decides and one it does not.

Form rules read a unit alone; the first in ``FORM_RULES`` that applies decides, so a
negative case is a unit that another rule decides (often the next one down the list).
Place rules read a unit between its neighbours, with the roles those have so far.
"""

from __future__ import annotations

import pytest

from newsclean.model import CAPTION as CAPTION_BLOCK
from newsclean.model import HEADING, PLAIN, Block, Document, Layout
from newsclean.options import Options
from newsclean.page import Flag
from newsclean.segment.model import Article, Blocks, Layouts, Unit
from newsclean.segment.places import PLACE_RULES, StackRule, Sweep, units_of
from newsclean.segment.reunite import first_lines_rejoined
from newsclean.segment.roles import FORM_RULES, form_rule
from newsclean.segment.subheads import is_subhead

WRAPPED = Layout(lines=2, width=30)
LONG_TITLE = "Storm Damage In Town Leaves Many Families Without Roofs As Winter Nears"


def unit(text: str, layout: Layout | None = None, hint: str = PLAIN, block: int = 0) -> Unit:
    return Unit(text, block, layout, hint)


#: (rule, unit it decides, unit it does not decide).
FORM_CASES: list[tuple[str, Unit, Unit]] = [
    ("end-mark", unit("（完）"), unit("（完成）")),
    # A Q&A's question (OCR read 问 as 间); a headline that asks is no turn of one.
    ("qa-turn", unit("间 : 党在学校的阶级路线是什么 ?"), unit("党在学校的阶级路线是什么？")),
    ("byline", unit("本报记者 王强"), unit("王强在北京")),
    ("dateline-alone", unit("Lille, le 4 décembre 1905."), unit("Lille, le 4 décembre.")),
    # A weather table's row; a headline that names a temperature is still a headline.
    ("table-row", unit("哈尔滨 小雨 1～20℃"), unit("北京今日最高气温38℃")),
    ("table-row", unit("Berlin Regen 7/18°"), unit("Heat wave 18/40° in Madrid")),
    # A table's conditions read as a column; a headline that names the weather is not.
    ("table-column", unit("阴晴阴阴阴"), unit("今天晴转多云")),
    ("table-column", unit("Cloudy Cloudy Rain"), unit("Rain Returns")),
    ("photo-caption", unit("图为市民在公园散步。"), unit("市民在公园散步。")),
    ("advert-copy", unit("Best soap in town. Advt."), unit("Best soap in town.")),
    ("telephone-line", unit("联系电话：0571-8812 3456"), unit("电话预约看房")),
    ("heading-form", unit("Storm damage", hint=HEADING), unit("Storm damage")),
    ("heading-form", unit("STORM DAMAGE IN TOWN"), unit("Storm damage in town")),
    ("notice-heading", unit("Bekanntmachung."), unit("Bekanntmachung der Gemeinde.")),
    ("latin-sentence", unit("The storm damaged houses."), unit("Did the storm damage houses?")),
    (
        "latin-many-lines",
        unit("Storm damage in town", Layout(lines=4, width=20)),
        unit("Storm damage in town", Layout(lines=3, width=20)),
    ),
    (
        "latin-too-long",
        unit(f"{LONG_TITLE} And The Council Meets To Decide How To Help The Families Soon"),
        unit(LONG_TITLE),
    ),
    ("latin-ends-clause", unit("Storm damage in town,"), unit("Storm damage in town")),
    (
        "latin-two-sentences",
        unit("Storm damage in town. Roofs lost"),
        unit("Storm damage in Town Of Hope"),
    ),
    (
        "latin-wide-line",
        unit(
            "the storm that came over the hills in the night took roofs off "
            "many of the houses in town",
            Layout(lines=1, width=90),
        ),
        unit(
            "the storm that came over the hills in the night took roofs off "
            "many of the houses in town",
            WRAPPED,
        ),
    ),
    (
        "latin-clauses",
        unit("On Wednesday, in the final game, the visiting team from the coast scored twice"),
        unit("On Wednesday, in the final game, United scored"),
    ),
    # A sentence broken off on a preposition; a headline's first line (no article).
    ("latin-leads-on", unit("The chapter begins on"), unit("Cargo jet crashes near")),
    ("latin-heading", unit("Storm damage in town"), unit("城市公园建设提速")),
    ("too-long", unit("城市公园建设提速" * 7), unit("城市公园建设提速")),
    ("full-stop", unit("公园建设提速；市民受益"), unit("公园建设提速 市民受益")),
    ("ends-clause", unit("城市公园建设提速，"), unit("城市公园建设提速")),
    ("sentence", unit("城市公园建设提速."), unit("城市公园建设提速？")),
    ("commas", unit("公园，绿地，广场"), unit("公园，绿地")),
    (
        "many-lines",
        unit("城市公园建设提速", Layout(lines=3, width=20)),
        unit("城市公园建设提速", WRAPPED),
    ),
    ("short-line", unit("城市公园建设提速"), unit("城市公园建设提速。")),
]


@pytest.mark.parametrize(("name", "decided", "other"), FORM_CASES, ids=[c[0] for c in FORM_CASES])
def test_form_rule_decides_its_unit_and_not_another(name: str, decided: Unit, other: Unit) -> None:
    options = Options()
    assert form_rule(decided, options).name == name
    assert form_rule(other, options).name != name


def test_form_rules_have_distinct_names_and_end_with_a_rule_for_anything() -> None:
    names = [rule.name for rule in FORM_RULES]
    assert len(set(names)) == len(names)
    assert FORM_RULES[-1].applies(unit(""), Options())


def _place_rule(name: str) -> Sweep | StackRule:
    """The step of ``PLACE_RULES`` that holds the rule ``name``, run alone."""
    for step in PLACE_RULES:
        if isinstance(step, StackRule) and step.name == name:
            return step
        if isinstance(step, Sweep):
            for rule in step.rules:
                if rule.name == name:
                    return Sweep((rule,))
    raise KeyError(name)


def _caption_unit() -> Unit:
    made = unit("图为市民在公园散步", hint=CAPTION_BLOCK)
    made.role = "heading"
    return made


def _page(*lines: tuple[str, str, int, int]) -> list[Unit]:
    """Units from (text, role, block, printed lines)."""
    units = []
    for text, role, block, printed in lines:
        made = unit(text, Layout(lines=printed, width=40), block=block)
        made.role = role
        units.append(made)
    return units


def _set_large(title: str, measure: int, column: int) -> list[Unit]:
    """A heading's words printed on four lines of ``measure`` cells (only the line count
    made them body), over a paragraph set at ``column`` cells."""
    made = unit(title, Layout(lines=4, width=measure))
    made.wrapped_heading = True
    text = unit("來自世界各地的代表團乘坐船隻沿塞納河入場，開幕式在河上舉行。", Layout(6, column))
    return [made, text]


#: A Chinese headline set large over a narrow column: five characters to the line, the
#: last two alone on theirs (layout: lines, widest, first, last line, in cells).
_ENDED_SHORT = Layout(lines=6, width=10, first=10, last=4, measure=10)
#: The same words cut at a column's foot: the last line runs the full measure.
_CUT_FULL = Layout(lines=6, width=10, first=10, last=10, measure=10)


def _over_credit(
    layout: Layout, above: str = "今年，新疆发展的重点是做大八大产业集群。"
) -> list[Unit]:
    """Heading words on many lines (only their line count made them body) between a
    paragraph and a credit over a story."""
    text = unit(above, Layout(6, 26, 26, 12, 26))
    made = unit("以軍今天轟炸加沙地帶南部和中部巴武裝稱在多地與以軍激戰", layout)
    made.wrapped_heading = True
    credit = unit("本報記者 周敏", Layout(1, 12, 12, 12))
    credit.role = "byline"
    return [text, made, credit]


#: (rule, units before, index of the unit it revises, the role it gives; the same page
#: changed so that the rule does not apply).
#: The rest of an English paragraph: enough words to tell its language.
_REST = " and the duty of defense, is the first thing that the state owes to its people."


PLACE_CASES: list[tuple[str, list[Unit], list[Unit], int, str]] = [
    (
        "headline-set-large",
        _set_large("第33屆夏季奧林匹克運動會在法國巴黎開幕", 14, 40),
        _set_large("第33屆夏季奧林匹克運動會在法國巴黎開幕", 14, 16),
        0,
        "heading",
    ),
    (
        "cjk-headline-ended-short",
        _over_credit(_ENDED_SHORT),
        # Cut at a column's foot, the same words are the first part of a paragraph.
        _over_credit(_CUT_FULL),
        1,
        "heading",
    ),
    (
        "deck-under-headline",
        _page(("STORM IN TOWN", "heading", 0, 1), ("Roofs Lost In The Night Wind", "body", 0, 1)),
        _page(("STORM IN TOWN", "body", 0, 1), ("Roofs Lost In The Night Wind", "body", 0, 1)),
        1,
        "heading",
    ),
    (
        "dash-subtitle",
        _page(
            ("加强法治建设 服务保障高质量发展", "heading", 0, 1),
            ("——国家文物局在武汉发布《国家考古遗址公园发展报告》。", "body", 1, 2),
        ),
        # Under body, a dash opens a line of the text (a speaker, an aside).
        _page(
            ("今年以来，司法部扎实推进各项工作。", "body", 0, 2),
            ("——国家文物局在武汉发布《国家考古遗址公园发展报告》。", "body", 1, 2),
        ),
        1,
        "heading",
    ),
    (
        "deck-over-byline",
        _page(
            ("Jade Rabbit moon rover declared irreparably damaged", "heading", 0, 2),
            ('"We should be seeing groundwater recharge now and we are not."', "body", 0, 2),
            ("By Maria Alvarez", "byline", 0, 1),
        ),
        # A credit in the closing form follows the story's text: a short story.
        _page(
            ("Earthquake hits Tonga region", "heading", 0, 1),
            ("An earthquake with a magnitude of 5.4 has hit Tonga.", "body", 0, 2),
            ("— Olena Marsh", "byline", 0, 1),
        ),
        1,
        "heading",
    ),
    (
        "short-line-over-byline",
        _page(("Postmistress at Lark.", "body", 0, 1), ("By JOHN SMITH", "byline", 1, 1)),
        _page(("Postmistress at Lark, Idaho,", "body", 0, 1), ("By JOHN SMITH", "byline", 1, 1)),
        0,
        "heading",
    ),
    (
        "wrapped-title-over-byline",
        _page(
            ("More drought looming if rains do not return,", "body", 0, 1),
            ("USGS warns", "heading", 0, 1),
            ("By JOHN SMITH", "byline", 0, 1),
        ),
        _page(
            ("More drought looming if rains do not return,", "body", 0, 1),
            ("USGS warns", "heading", 1, 1),
            ("By JOHN SMITH", "byline", 1, 1),
        ),
        0,
        "heading",
    ),
    (
        "latin-title-between-paragraphs",
        _page(
            ("The year ended well.", "body", 0, 3),
            ("Zur Jahreswende.", "body", 1, 1),
            ("Ein langer Absatz folgt hier.", "body", 2, 4),
        ),
        _page(
            ("The year ended well", "body", 0, 3),
            ("Zur Jahreswende.", "body", 1, 1),
            ("Ein langer Absatz folgt hier.", "body", 2, 4),
        ),
        1,
        "heading",
    ),
    (
        "latin-title-between-paragraphs",
        # A paragraph that announces what follows with a colon finishes before it too...
        _page(
            ("Here are the things America has done at war:", "body", 0, 3),
            ("Our Contributions.", "body", 1, 1),
            ("Increased her army to three millions of men.", "body", 2, 4),
        ),
        # ...where a comma leads the sentence on.
        _page(
            ("Here are the things America has done at war,", "body", 0, 3),
            ("Our Contributions.", "body", 1, 1),
            ("Increased her army to three millions of men.", "body", 2, 4),
        ),
        1,
        "heading",
    ),
    (
        "bracketed-credit-under-stack",
        _page(
            ("STORM IN TOWN", "heading", 0, 1),
            ("[By Cable to The Tribune.]", "heading", 0, 1),
            ("The storm came at night.", "body", 1, 3),
        ),
        _page(
            ("STORM IN TOWN", "heading", 0, 1),
            ("By Cable to The Tribune", "heading", 0, 1),
            ("The storm came at night.", "body", 1, 3),
        ),
        1,
        "byline",
    ),
    (
        "copy-between-display-lines",
        _page(
            ("POLAND! POLAND!! POLAND!!!", "heading", 0, 1),
            ("Poland Water, first among all of nature's remedies", "heading", 0, 1),
            ("BILLY WHISKERS.", "heading", 0, 1),
        ),
        _page(
            ("POLAND! POLAND!! POLAND!!!", "heading", 0, 1),
            ("Poland Water, First Among Nature's Remedies", "heading", 0, 1),
            ("BILLY WHISKERS.", "heading", 0, 1),
        ),
        1,
        "body",
    ),
    (
        "heading-over-continued-text",
        _page(("Zur Lage", "heading", 0, 1), ("darauf anzusehen; er wird es tun", "body", 1, 3)),
        _page(("Zur Lage", "heading", 0, 1), ("Darauf anzusehen; er wird es tun", "body", 1, 3)),
        0,
        "body",
    ),
    (
        "heading-over-continued-text",
        # A word the vocabularies know, in lower case, goes on from somewhere else...
        _page(
            ("Would Educate Youth.", "heading", 0, 1),
            ("education of the young" + _REST, "body", 1, 3),
        ),
        # ...a word none knows lost its capital to the OCR (``E`` read as ``h``).
        _page(
            ("Would Kdurulc Youth.", "heading", 0, 1),
            ("hducation of the young" + _REST, "body", 1, 3),
        ),
        0,
        "body",
    ),
    (
        "heading-over-continued-text",
        _page(
            ("Breaks Arm in Fall.", "heading", 0, 1),
            ("?john M. Taylor happened to be hurt" + _REST, "body", 1, 3),
        ),
        # A speck before a capital read as two letters (``J`` as ``?l``).
        _page(
            ("Breaks Arm in Fall.", "heading", 0, 1),
            ("?lolili M. Taylor happened to be hurt" + _REST, "body", 1, 3),
        ),
        0,
        "body",
    ),
    (
        "heading-over-continued-text",
        # A heading that does not end its sentence may run on: the unknown word is no
        # excuse then (``- cause they weren't paying their`` / ``- lebts.``).
        _page(
            ("cause they were paying their", "heading", 0, 1), ("lebts to the bank.", "body", 1, 3)
        ),
        _page(("Zur Lage", "heading", 0, 1), ("Darauf anzusehen; er wird es tun", "body", 1, 3)),
        0,
        "body",
    ),
    (
        "heading-over-continued-text",
        # A heading without its full stop and not in headline case may run on...
        _page(
            ("No attempt to prosecute", "heading", 0, 1),
            ("*%iicre have been hundreds" + _REST, "body", 1, 3),
        ),
        # ...one in headline case is a heading over text whose capital the OCR read as
        # specks and a letter (``W`` as ``*%ii``).
        _page(
            ("No Attempt to Prosecute", "heading", 0, 1),
            ("*%iicre have been hundreds" + _REST, "body", 1, 3),
        ),
        0,
        "body",
    ),
    (
        "continues-unfinished-text",
        _page(("that lead to the", "body", 0, 3), ("death of a man in July", "heading", 1, 1)),
        _page(("that lead to the end.", "body", 0, 3), ("death of a man in July", "heading", 1, 1)),
        1,
        "body",
    ),
    (
        "portrait-caption",
        _page(
            ("City Official", "heading", 0, 1),
            ("RUDOLPH ALFF.", "heading", 0, 1),
            ("STRICKEN AT DESK", "heading", 0, 1),
            ("DIES IN OFFICE", "heading", 0, 1),
        ),
        _page(
            ("City Official", "heading", 0, 1),
            ("RUDOLPH ALFF", "heading", 0, 1),
            ("STRICKEN AT DESK", "heading", 0, 1),
            ("DIES IN OFFICE", "heading", 0, 1),
        ),
        0,
        "caption",
    ),
    (
        "organisation-credit",
        _page(
            ("VOLCANO STIRS", "heading", 0, 1),
            ("U.S. Geological Survey", "heading", 1, 1),
            ("ANCHORAGE, Alaska (AP) — The volcano stirred.", "body", 2, 3),
        ),
        _page(
            ("VOLCANO STIRS", "heading", 0, 1),
            ("U.S. Geological Survey", "heading", 1, 1),
            ("The volcano stirred.", "body", 2, 3),
        ),
        1,
        "byline",
    ),
    (
        "name-under-title",
        _page(
            ("Ozymandias", "heading", 0, 1),
            ("Percy Bysshe Shelley", "heading", 0, 1),
            ("I met a traveller from an antique land,", "body", 0, 3),
        ),
        # A headline in headline case, its small words in lower case, wrapped.
        _page(
            ("Maps to Show", "heading", 0, 1),
            ("Earthquake Hazards", "heading", 0, 1),
            ("The survey released new maps on Monday.", "body", 0, 3),
        ),
        1,
        "byline",
    ),
    (
        "briefs-box",
        _page(
            ("简讯", "heading", 0, 1),
            ("● 全市新增公园绿地四十余处", "heading", 0, 1),
            ("今年以来，全市新建改建公园四十余处。", "body", 0, 2),
            ("● 地铁三号线北延段开工建设", "heading", 0, 1),
            ("地铁三号线北延段今天开工建设。", "body", 0, 2),
        ),
        # One marked title under the label is not a box.
        _page(
            ("简讯", "heading", 0, 1),
            ("● 全市新增公园绿地四十余处", "heading", 0, 1),
            ("今年以来，全市新建改建公园四十余处。", "body", 0, 2),
        ),
        0,
        "label",
    ),
    (
        "table-cell",
        _page(
            ("WEATHER", "heading", 0, 1),
            ("Denver Fog -2/30°", "label", 1, 1),
        ),
        # A headline over a story that mentions a temperature is that story's.
        _page(
            ("WEATHER", "heading", 0, 1),
            ("Temperatures reached 30/35° on Monday.", "body", 1, 1),
        ),
        0,
        "label",
    ),
    (
        "table-cell",
        # The places read as a column, over the conditions' column, under the name.
        _page(
            ("天气预报", "heading", 0, 1),
            ("武汉 广州 哈尔滨", "heading", 0, 1),
            ("阴晴阴", "label", 1, 1),
            ("10～17℃", "label", 2, 1),
        ),
        # Over a story, the same lines are a headline and its subtitle.
        _page(
            ("天气预报", "heading", 0, 1),
            ("武汉 广州 哈尔滨", "heading", 0, 1),
            ("今天三地气温回升，市民出行方便。", "body", 1, 2),
        ),
        0,
        "label",
    ),
    (
        "table-cell",
        _page(("Atlanta Chicago", "heading", 0, 1), ("Cloudy", "label", 1, 1)),
        # A line in clauses is no table's cell.
        _page(("Atlanta, Chicago", "heading", 0, 1), ("Cloudy", "label", 1, 1)),
        0,
        "label",
    ),
    (
        "closing-byline-in-capitals",
        _page(
            ("Les secours sont restés sur place toute la nuit.", "body", 0, 3),
            ("SOPHIE LEROY", "heading", 1, 1),
            ("FAITS DIVERS", "heading", 2, 1),
        ),
        # Over its story's text, a name in capitals is that story's headline.
        _page(
            ("Les secours sont restés sur place toute la nuit.", "body", 0, 3),
            ("SOPHIE LEROY", "heading", 1, 1),
            ("La romancière publie un troisième livre.", "body", 2, 3),
        ),
        1,
        "byline",
    ),
    (
        "caption-block",
        [_caption_unit()],
        _page(("图为市民在公园散步", "heading", 0, 1)),
        0,
        "caption",
    ),
]


@pytest.mark.parametrize(
    ("name", "page", "other", "index", "role"), PLACE_CASES, ids=[c[0] for c in PLACE_CASES]
)
def test_place_rule_revises_its_unit_and_not_another(
    name: str, page: list[Unit], other: list[Unit], index: int, role: str
) -> None:
    step = _place_rule(name)
    was = other[index].role
    step.run(page)
    step.run(other)
    assert page[index].role == role
    assert other[index].role == was


@pytest.mark.parametrize(
    ("above", "layout", "foot", "role"),
    [
        ("今年，新疆发展的重点是做大八大产业集群。", _ENDED_SHORT, False, "heading"),
        # Under text cut at a column's foot: its rest would end with a mark or run full.
        ("今年，新疆发展的重点是做大", _ENDED_SHORT, False, "heading"),
        ("今年，新疆发展的重点是做大八大产业集群。", _CUT_FULL, False, "body"),
        # A line that the extractor gave no measure says nothing of where it ended.
        ("今年，新疆发展的重点是做大八大产业集群。", Layout(6, 10), False, "body"),
        # At the page's foot nothing stands under it to be its story.
        ("今年，新疆发展的重点是做大八大产业集群。", _ENDED_SHORT, True, "body"),
    ],
)
def test_a_cjk_headline_that_ended_short_stands_over_more_of_the_page(
    above: str, layout: Layout, foot: bool, role: str
) -> None:
    page = _over_credit(layout, above)
    if foot:
        page = page[:2]
    _place_rule("cjk-headline-ended-short").run(page)
    assert page[1].role == role


def test_every_role_rule_has_a_case_here() -> None:
    place = {s.name for s in PLACE_RULES if isinstance(s, StackRule)}
    place |= {r.name for s in PLACE_RULES if isinstance(s, Sweep) for r in s.rules}
    assert {r.name for r in FORM_RULES} == {c[0] for c in FORM_CASES}
    assert place == {c[0] for c in PLACE_CASES}


@pytest.mark.parametrize(
    ("text", "printed", "wrapped"),
    [
        ("20 dead in Hyderabad, India flyover collapse", 4, True),
        ("第33屆夏季奧林匹克運動會在法國巴黎開幕", 3, True),
        # Running text is body on one line or on many.
        ("Rescue workers searched the rubble through the night.", 4, False),
        ("來自世界各地的代表團乘坐船隻入場。", 3, False),
        # On two lines it is a heading already: no line count decided it.
        ("20 dead in Hyderabad, India flyover collapse", 2, False),
    ],
)
def test_words_of_a_heading_that_only_their_line_count_made_body_are_marked(
    text: str, printed: int, wrapped: bool
) -> None:
    doc = Document(blocks=[Block([text], layout=[Layout(printed, 14)])])
    (made,) = units_of(doc, Options())
    assert made.wrapped_heading is wrapped


def test_a_unit_is_described_again_when_its_text_changes() -> None:
    # ``reunite`` joins a paragraph's continuation onto it: the facts follow the text.
    joined = unit("今年以来，全市新建改建公园四十余处，市民出门见绿的")
    assert Flag.ENDS_CLAUSE not in joined.flags
    assert not joined.ends_sentence
    joined.text += "愿望正在一步步变成现实，"
    assert Flag.ENDS_CLAUSE in joined.flags
    joined.text += "这是好事。"
    assert joined.ends_sentence


@pytest.mark.parametrize(
    ("text", "caps"),
    [
        ("STORM DAMAGE IN TOWN", True),
        ("Storm damage in town", False),
        # Read as ``latin.is_caps_headline`` reads it, as the rules were written.
        ("RCEP其他14個成員國", True),
        ("城市公园建设提速", False),
    ],
)
def test_a_headline_in_capitals(text: str, caps: bool) -> None:
    assert unit(text).caps_headline is caps


def _first_line_and_body(
    first: str, head: Layout, body: Layout, block: int = 0
) -> tuple[Unit, Unit]:
    line = unit(first, head)
    line.role = "heading"
    rest = unit("動民俗產品推陳出新，在北京花卉交易中心，花藝師們正在趕製。", body, block=block)
    return line, rest


def _other_paragraphs(indent: int = 4) -> list[Unit]:
    """A page's other paragraphs (another block), their first lines set in by ``indent``."""
    return [
        unit("今天天氣晴朗，氣溫回升。", Layout(3, 18, 18 - indent, 9), block=-1) for _ in range(6)
    ]


def _under_heading(pair: tuple[Unit, Unit], above: str = "東風着陸場準備就緒") -> list[Unit]:
    """The pair under a heading line of the same block (a headline wrapped onto it)."""
    top = unit(above, Layout(1, 18))
    top.role = "heading"
    return [*_other_paragraphs(), top, *pair]


#: (a heading line over body, joined as that paragraph's first line?)
FIRST_LINE_CASES: list[tuple[tuple[Unit, Unit], bool]] = [
    # Set to the column's measure less the indent, over lines at the full measure.
    (_first_line_and_body("傳統文化熱潮帶", Layout(1, 14), Layout(3, 18, 18, 10)), True),
    # A subhead is set short of its column's measure.
    (_first_line_and_body("市場觀察", Layout(1, 8), Layout(3, 18, 18, 10)), False),
    # The body's widest line overstates its column (a line of digits set loose): the
    # indent is measured from the column the paragraph is set in.
    (_first_line_and_body("傳統文化熱潮帶", Layout(1, 14), Layout(3, 20, 18, 10, 18)), True),
    # Under the same body, a subhead is still set short of that column.
    (_first_line_and_body("市場觀察", Layout(1, 8), Layout(3, 20, 18, 10, 18)), False),
    (_first_line_and_body("衛生工作指示", Layout(1, 12), Layout(3, 20, 18, 10, 18)), False),
    # The body's first line runs far wider than its measure (two columns' lines read
    # together): its measure says nothing of where the line above it stops.
    (_first_line_and_body("傳統文化熱潮帶", Layout(1, 14), Layout(3, 28, 28, 10, 18)), False),
    # The body under it opens with its own indent: a paragraph of its own.
    (_first_line_and_body("傳統文化熱潮帶", Layout(1, 14), Layout(3, 18, 14, 10)), False),
    # A blank line sets it apart: another block.
    (_first_line_and_body("傳統文化熱潮帶", Layout(1, 14), Layout(3, 18, 18, 10), 1), False),
    # Two parts with a space between them: a headline, whatever its width.
    (_first_line_and_body("文化熱潮 帶動民俗產品", Layout(1, 15), Layout(3, 18, 18, 10)), False),
    # A question stands as a heading whatever its width.
    (_first_line_and_body("傳統文化熱潮何在？", Layout(1, 16), Layout(3, 18, 18, 10)), False),
    # Digits are half a cell: a first line narrower than the column less its indent.
    (_first_line_and_body("從2020年8月", Layout(1, 11), Layout(3, 18, 18, 10)), True),
    # As narrow, but CJK characters alone: nothing half a cell explains the width.
    (_first_line_and_body("衛生工作指示", Layout(1, 12), Layout(3, 18, 18, 10)), False),
    # Narrower still: a heading, not a line of the paragraph.
    (_first_line_and_body("市場觀察", Layout(1, 9), Layout(3, 18, 18, 10)), False),
    # A notice's heading over its text (which need not be indented).
    (_first_line_and_body("誠聘英才", Layout(1, 16), Layout(3, 18, 18, 10)), False),
]


@pytest.mark.parametrize(("pair", "joined"), FIRST_LINE_CASES)
def test_a_paragraphs_first_line_taken_for_a_heading_rejoins_it(
    pair: tuple[Unit, Unit], joined: bool
) -> None:
    line, body = pair
    text = line.text + body.text
    units = first_lines_rejoined([*_other_paragraphs(), line, body])[6:]
    if joined:
        assert [(u.role, u.text) for u in units] == [("body", text)]
        assert line.layout is not None
        assert body.layout is not None
        # The first line joined leaves the paragraph's measure as its body's.
        assert units[0].layout == Layout(
            4, body.layout.width, line.layout.width, 10, measure=body.layout.column
        )
    else:
        assert units == [line, body]


#: (the line under a heading line of its block, over the body; joined as its first line?)
STACK_CASES: list[tuple[tuple[Unit, Unit], bool]] = [
    # The last line of a headline wrapped over two lines, as wide as a first line.
    (_first_line_and_body("號乘組回家", Layout(1, 11), Layout(3, 18, 18, 10)), False),
    # A first line that opens with its dateline is the paragraph's, under any heading.
    (_first_line_and_body("本報北京4月18日電 端", Layout(1, 11), Layout(3, 18, 18, 10)), True),
    # Set to the measure less the indent: the paragraph's, under any heading.
    (_first_line_and_body("傳統文化熱潮帶", Layout(1, 14), Layout(3, 18, 18, 10)), True),
]


@pytest.mark.parametrize(("pair", "joined"), STACK_CASES)
def test_a_narrow_line_under_a_heading_ends_the_headline(
    pair: tuple[Unit, Unit], joined: bool
) -> None:
    units = first_lines_rejoined(_under_heading(pair))
    assert len(units) == (8 if joined else 9)


@pytest.mark.parametrize(("item", "joined"), [(True, False), (False, True)])
def test_a_briefs_items_title_wrapped_keeps_its_last_line(item: bool, joined: bool) -> None:
    """``▲ 中国制造业采购经理`` / ``指数重回扩张区间``: under a briefs item's marked title,
    a line set near the column's measure is the title wrapped, not its text's first line;
    under a heading that is no item's, the same line opens the paragraph."""
    pair = _first_line_and_body("指數重回擴張區", Layout(1, 14), Layout(3, 18, 18, 10))
    units = _under_heading(pair, "▲ 中國製造業採購經理")
    units[-3].item = item
    assert len(first_lines_rejoined(units)) == (8 if joined else 9)


#: (a Latin heading line, the body after it, joined as the dateline it was torn from?)
TORN_DATELINE_CASES: list[tuple[str, str, bool]] = [
    ("Greifswald", "(Deutschland), 03.06.2009 – Im Ort ist es zu einem Streik gekommen.", True),
    ("DENVER", "— The BBC and CNN reported that a train derailed on Saturday.", True),
    # A headline over a paragraph that opens with a dateline of its own.
    (
        "Streik",
        "Greifswald (Deutschland), 03.06.2009 – Im Ort ist es zu einem Streik gekommen.",
        False,
    ),
    # A headline over a paragraph that opens without one.
    ("Greifswald", "Im Ort ist es zu einem Streik der Feuerwehr gekommen, wie es heißt.", False),
]


@pytest.mark.parametrize(("place", "rest", "joined"), TORN_DATELINE_CASES)
def test_a_datelines_place_torn_from_it_rejoins_the_paragraph(
    place: str, rest: str, joined: bool
) -> None:
    line = unit(place, Layout(1, 10), block=0)
    line.role = "heading"
    body = unit(rest, Layout(4, 24, 12, 20), block=1)
    units = first_lines_rejoined([line, body])
    if joined:
        assert [(u.role, u.text) for u in units] == [("body", f"{place} {rest}")]
    else:
        assert units == [line, body]


@pytest.mark.parametrize(("block", "joined"), [(0, True), (1, False)])
def test_a_credit_set_over_the_paragraph_it_opens_rejoins_it(block: int, joined: bool) -> None:
    """``本报讯（记者 刘洋）`` on a line of its own right over its paragraph, in its block,
    opens that paragraph; set apart by space, it is a byline line of its own."""
    credit = unit("本报讯（记者 刘洋）", Layout(1, 18))
    credit.role = "byline"
    text = "据乌克兰媒体今天报道，基辅和哈尔科夫当天遭到导弹袭击，造成人员伤亡。"
    body = unit(text, Layout(3, 24, 24, 10), block=block)
    units = first_lines_rejoined([credit, body])
    if joined:
        assert [(u.role, u.text) for u in units] == [("body", f"本报讯（记者 刘洋）{text}")]
    else:
        assert units == [credit, body]


def test_a_narrow_first_line_rejoins_only_on_a_page_that_indents() -> None:
    """Where no paragraph is indented, a full first line under a heading shows nothing."""
    line, body = _first_line_and_body("從2020年8月", Layout(1, 11), Layout(3, 18, 18, 10))
    assert len(first_lines_rejoined([*_other_paragraphs(indent=0), line, body])) == 8
    line, body = _first_line_and_body("從2020年8月", Layout(1, 11), Layout(3, 18, 18, 10))
    assert len(first_lines_rejoined([*_other_paragraphs(indent=4), line, body])) == 7


def _story_under(kicker: str | None, headline: str) -> Article:
    """A story set in a column 22 cells wide, two paragraphs of it read so far."""
    body = {"type": "paragraph", "text": "端午佳節將至，節日氛圍漸濃。時令商品正在熱銷。"}
    return Article(
        kicker=kicker,
        headline=headline,
        blocks=Blocks([body, body]),
        layouts=Layouts([Layout(6, 22, 18, 10, 22), Layout(5, 22, 18, 12, 22)]),
    )


#: (the story's kicker and headline, the heading under its body: a section subhead?)
CJK_STACK_SUBHEAD_CASES: list[tuple[str | None, str, str, bool]] = [
    # A headline wrapped over narrow lines, read as a kicker over its last piece: the
    # subhead is measured against the longer line, the headline as printed.
    ("端午佳節將至 市場興", "旺消費升温", "後續進展", True),
    # Negative: a kicker label shorter than its headline changes nothing; a heading as
    # long as that headline over more body is the next brief's.
    ("權威發佈", "旺消費升温", "後續進展", False),
    (None, "旺消費升温", "後續進展", False),
    ("端午佳節將至 市場興", "旺消費升温", "端午假期市場保供穩價", False),
]


@pytest.mark.parametrize(("kicker", "headline", "heading", "subhead"), CJK_STACK_SUBHEAD_CASES)
def test_a_cjk_subhead_is_measured_against_the_headline_as_printed(
    kicker: str | None, headline: str, heading: str, subhead: bool
) -> None:
    body = unit(
        "商務部商務大數據監測，當前，全國生活必需品市場供應充足。", Layout(5, 22, 18, 8, 22)
    )
    assert is_subhead([unit(heading)], _story_under(kicker, headline), ("body", [body])) is subhead
