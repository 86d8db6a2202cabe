"""Byline forms as papers print them, each beside a line that only looks like one."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import api
from newsclean.page import credits, lexicon
from newsclean.page.credits import is_byline
from tests.conftest import READABLE_PAGES


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # The writer's name after Von / Par / By, in any case; names joined by und/et.
        ("Von Anna Müller", True),
        ("VON ANNA MÜLLER", True),
        ("Von Ursula von der Leyen", True),
        ("Von Anna Müller und Jonas Wagner", True),
        ("Par Élise Moreau", True),
        ("Par Jean Dupont, Envoyé Spécial", True),
        ("By JOHN SMITH", True),
        ("By James O'Neill", True),
        # Finnish: Kirj. (kirjoittanut, "written by"), its full stop often lost in OCR;
        # the word that opens running text is no opener.
        ("Kirj Mina Eskenazi", True),
        ("Kirj. Theressa Serber Malkiel", True),
        ("Kirjoittanut Mina Eskenazi", False),
        ("Kirj oli hyvä", False),
        # OCR's specks beside a credit (a lone lower-case letter or mark) hide no
        # other words: ``a by the way`` is still a sentence's scrap.
        ("r BY KENNETH W. PAYNE", True),
        ("' By John Smith", True),
        ("By John Smith '", True),
        ("a by the way", False),
        ("r the man who came", False),
        ("Von Berlin aus fuhr er weiter.", False),
        ("Von Rekord zu Rekord", False),
        ("Von Montag an gilt das neue Gesetz", False),
        ("Par ailleurs, le gouvernement a annoncé", False),
        ("Par Avion", False),
        ("By the way", False),
        # A role instead of a person: Von unserem Korrespondenten, De notre correspondant.
        ("Von unserem Korrespondenten in Moskau", True),
        ("Von unserer Korrespondentin", True),
        ("De notre correspondant à Berlin", True),
        ("De notre envoyé spécial à Kyiv", True),
        ("From Our Correspondent", True),
        ("(From Our Own Correspondent.)", True),
        ("Von unserem Garten aus sieht man die Berge", False),
        ("De notre côté, nous pensons autrement", False),
        ("From our point of view", False),
        ("From our correspondent's notebook came a long", False),
        # End bylines: name and signature, a signature alone, a dash and a name, initials.
        ("Anna Müller (dpa)", True),
        ("Jonas Wagner (red)", True),
        ("Anna Müller (dpa/AFP)", True),
        ("(amü)", True),
        ("— Anna Müller", True),
        ("– Tom Beckett", True),
        ("J. D.", True),
        ("É. M.", True),
        ("Einsatzkräfte vor Ort. (dpa)", False),
        ("(Archivbild)", False),
        ("(sic!)", False),
        ("— Und dann kam alles anders.", False),
        ("— Yes", False),
        ("LA GUERRE EST FINIE", False),
        # Chinese: a mark before the credit; a name alone in brackets ending a brief.
        ("□ 本报记者 王芳", True),
        ("■记者 李明 通讯员 周敏", True),
        ("（吳霞）", True),
        ("（王强 李明）", True),
        ("□ 今日天气晴朗", False),
        ("（待续）", False),
        ("（时评）", False),
        ("（有删节）", False),
    ],
)
def test_byline_forms(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


BODY_DE = (
    "Die Stadtverwaltung hat am Dienstag beschlossen, die Öffnungszeiten der "
    "Bibliothek im kommenden Jahr deutlich zu verlängern."
)
BODY_DE2 = (
    "Der Gemeinderat will im Frühjahr über die Kosten beraten und die Bürger "
    "rechtzeitig über die Ergebnisse informieren."
)


def _articles(page: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = api.split(page, furniture="strip")["articles"]
    return result


@pytest.mark.parametrize(
    ("top", "end", "byline"),
    [
        ("Von Anna Müller\n\n", "", "Von Anna Müller"),
        ("", "\n\nAnna Müller (dpa)", "Anna Müller (dpa)"),
        ("", "\n\n— Anna Müller", "— Anna Müller"),
        ("", "\n\n(amü)", "(amü)"),
        ("", "\n\nVon Montag an gilt das neue Gesetz für alle Bürger der Stadt.", None),
    ],
)
def test_byline_over_or_under_the_story(top: str, end: str, byline: str | None) -> None:
    page = f"Bibliothek öffnet länger\n\n{top}{BODY_DE}\n\n{BODY_DE2}{end}"
    (art,) = _articles(page)
    assert art["headline"] == "Bibliothek öffnet länger"
    assert art["byline"] == byline


def test_end_byline_closes_its_story_before_the_next() -> None:
    page = (
        f"Bibliothek öffnet länger\n\n{BODY_DE}\n\nJonas Wagner (red)\n\n"
        f"Neuer Spielplatz eröffnet\n\n{BODY_DE2}"
    )
    first, second = _articles(page)
    assert first["byline"] == "Jonas Wagner (red)"
    assert second["headline"] == "Neuer Spielplatz eröffnet"
    assert second["byline"] is None


BODY_ZH = "今年以来，全市新建改建公园四十余处，市民出门见绿的愿望正在一步步变成现实。"
BODY_ZH2 = "据介绍，这些公园大多利用边角地块建成，面积不大，却贴近居民，使用率很高。"


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        # Broken after the role word, or inside it, at a narrow column's edge.
        ("本报记者 王强 通讯员\n李明", "本报记者 王强 通讯员 李明"),
        ("本报记者 王强 通讯\n员 李明", "本报记者 王强 通讯员 李明"),
        ("本報記者 劉洋 通訊員\n王芳", "本報記者 劉洋 通訊員 王芳"),
        # A whole credit: the short line under it is no part of it.
        ("本报记者 王强\n城市新闻", "本报记者 王强"),
    ],
)
def test_credit_broken_at_the_column_edge_takes_its_names_back(credit: str, byline: str) -> None:
    page = f"城市公园建设提速\n\n{credit}\n\n{BODY_ZH}\n\n{BODY_ZH2}"
    arts = _articles(page)
    assert arts[0]["headline"] == "城市公园建设提速"
    assert arts[0]["byline"] == byline


@pytest.mark.parametrize(
    ("paragraph", "split"),
    [
        # The gap a PDF extractor reads before the full-width bracket as a space.
        (
            "本报讯 （记者郝艳军 通讯员曹晓林）10 月13 日，随着锦州 23-2 油田中心处理平台完工装船",
            (
                "本报讯 （记者郝艳军 通讯员曹晓林）",
                "10 月13 日，随着锦州 23-2 油田中心处理平台完工装船",
            ),
        ),
        (
            "新华社北京8月24日电 （记者 程欣婷）今年第21号台风“珊珊”的外围云系影响我国",
            ("新华社北京8月24日电 （记者 程欣婷）", "今年第21号台风“珊珊”的外围云系影响我国"),
        ),
        # 本报讯 alone, the paper's credit with no writer named.
        (
            "本报讯10月14日，中国海油党组召开2024年下半年巡视动员部署会",
            ("本报讯", "10月14日，中国海油党组召开2024年下半年巡视动员部署会"),
        ),
        # A credit line with no story after it, a bracket the role list does not read,
        # and the paper named inside the sentence are no opening credit.
        ("本報訊（記者 馬英 通訊員 馮敏雪）", None),
        ("本报讯（特稿）城市公园建设提速，市民出门见绿的愿望正在一步步变成现实", None),
        ("据本报讯，城市公园建设提速，市民出门见绿的愿望正在一步步变成现实", None),
    ],
)
def test_credit_that_opens_a_paragraph(paragraph: str, split: tuple[str, str] | None) -> None:
    assert credits.split_credit(paragraph) == split


@pytest.mark.parametrize(
    ("text", "closes", "caption"),
    [
        # A sentence closed by the bracketed credit of its photo: a picture word or a
        # wire agency, maybe with more of the credit after it.
        ("Rescue workers at the site. (AP)", True, True),
        ("Einsatzkräfte vor Ort. (dpa)", True, True),
        ("Der Ort des Geschehens. (Archivbild)", True, True),
        ("Firefighters at the blaze. (AP Photo/Evan Vucci)", True, True),
        ("Der Stadtrat tagte am Montag. (Foto: Anna Müller)", True, True),
        ("图为现场。（资料图片）", True, True),
        # A photographer's credit in brackets, named or not.
        ("图为活动现场。（本报记者摄）", True, True),
        ("市民在公园散步。（新华社记者 王强 摄）", True, True),
        # A story's last paragraph so closed is too long for a caption; it still ends
        # its paragraph.
        (
            "The state will review the records of every hospital in the county before "
            "the end of the year, the governor said on Sunday after the fire. (AP)",
            True,
            False,
        ),
        # A signature (no sentence ends before it), a year, a stage direction, a
        # bracket inside the sentence: no picture's credit.
        ("Anna Müller (dpa)", False, False),
        ("会议结束。（王强）", False, False),
        ("Die Wahlen im Land (2024)", False, False),
        ("He thanked the voters. (Applause)", False, False),
        ("The agency (AP) reported it first", False, False),
        ("Rescue workers at the site (AP", False, False),
    ],
)
def test_a_picture_credit_closes_a_caption(text: str, closes: bool, caption: bool) -> None:
    assert credits.closes_with_picture_credit(text) is closes
    assert credits.is_caption(text) is caption


# The refusals of ``byline_match`` give what the whole pattern gives.

_FIXTURE_LINES = sorted(
    {
        variant
        for page in READABLE_PAGES
        for line in page.read_text("utf-8", errors="replace").splitlines()
        for variant in (line, line.strip(), line.strip() + "\n")
    }
)


def _whole_pattern(line: str) -> bool:
    return credits.byline().match(line) is not None


def test_refusals_agree_on_every_fixture_line() -> None:
    assert [
        line for line in _FIXTURE_LINES if credits.byline_match(line) != _whole_pattern(line)
    ] == []


#: Pieces of every form: openers, roles, names, signatures, marks, the characters the
#: refusals turn on (capitals, ``)``, ``.``, sentence ends, a newline).
_PIECES = [
    "By",
    "BY",
    "Von",
    "Par",
    "De notre",
    "From Our Own",
    "Special to",
    "Associated Press",
    "Staff Writer",
    "The",
    "AP",
    "dpa",
    "(",
    ")",
    "（",
    "）",
    "{",
    "<",
    "—",
    "-",
    "Anna",
    "Müller",
    "Élise",
    "I.",
    "W.",
    "F.",
    " ",
    ".",
    ",",
    "\n",
    "记者",
    "本报",
    "通讯员",
    "文",
    "图",
    "王强",
    "李明",
    "□",
    "★",
    "、",
    "。",
    "！",
    "？",
    "新华社",
    "Korrespondenten",
    "x",
    "k",
    "K",
    "ſ",
    "1",
    "“",
]


@settings(max_examples=3000, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_refusals_agree_on_generated_lines(line: str) -> None:
    assert credits.byline_match(line) == _whole_pattern(line)


@settings(max_examples=2000, derandomize=True)
@given(st.text(alphabet="BbVvPpDdFfSTAKkyY()（）.。！？ 记者文图王强□\nÀÞaz-—", max_size=20))
def test_refusals_agree_on_generated_text(line: str) -> None:
    assert credits.byline_match(line) == _whole_pattern(line)


def test_case_blind_openings_have_two_cases() -> None:
    """The openings ``byline`` matches case-blind are listed in their two cases only:
    no other character matches them case-blind (as ``K``, the Kelvin sign, matches
    ``k``)."""
    initials = {
        w[0]
        for name in ("byline_openers", "byline_correspondent_openers")
        for w in lexicon.words(name)
    }
    blind = re.compile("(?i:[" + "".join(initials) + "])")
    found = {chr(i) for i in range(sys.maxunicode + 1) if blind.match(chr(i))}
    assert found <= credits._listed_openings()
