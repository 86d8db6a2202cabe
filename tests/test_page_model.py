"""The described page: origins, widths, flags, forms, and re-description on repair."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from newsclean.latin import CASED_NOT_LETTERS, caps_share
from newsclean.page import FURNITURE, Flag, Form, Page, Tuning, describe, lexicon


def test_lines_keep_origin_block_indent_and_width() -> None:
    page = Page.from_text("标题\n\n  第一行，继续\n第二行。\n\n\nEnd.")
    assert [line.origin for line in page.lines] == [(0, 1), (2, 3), (3, 4), (6, 7)]
    assert [line.block for line in page.lines] == [0, 1, 1, 2]
    assert page.lines[1].indent_cells == 2
    assert page.lines[1].width_cells == 12
    assert [page.blank_before(i) for i in range(4)] == [0, 1, 0, 2]
    assert page.line_at(3) is page.lines[2]
    assert page.line_at(1) is None
    assert [list(r) for r in page.blocks] == [[0], [1, 2], [3]]


@pytest.mark.parametrize(
    ("line", "present", "absent"),
    [
        ("记者 王强", Flag.CJK, Flag.LATIN | Flag.RUNNING),
        ("对邮储银行北京大兴，", Flag.CJK | Flag.RUNNING | Flag.ENDS_CLAUSE, Flag.ENDS_SENTENCE),
        ("，开启了新的岁月。", Flag.NO_LINE_START | Flag.ENDS_SENTENCE, Flag.NO_LINE_END),
        ("凝心聚力 邮储北京", Flag.TWO_PART, Flag.RUNNING),
        ("RUSSIA IN TO STAY.", Flag.LATIN | Flag.CAPS_HEADLINE | Flag.CAPITALS, Flag.DECK),
        ("Only Force Can Turn Her Out of", Flag.DECK | Flag.LEADING_WORD_END, Flag.CAPITALS),
        ("borne in the lower house said the", Flag.PROSE | Flag.STARTS_LOWER, Flag.DECK),
        ("Poland! Poland!! Poland!!!", Flag.SHOUTED, Flag.PROSE),
        ("infor-", Flag.HYPHEN_END, Flag.RUNNING),
        ("（一）总体要求", Flag.LIST_MARKER, Flag.UNCLOSED),
        ("他说（这是", Flag.UNCLOSED, Flag.LIST_MARKER),
        ("Name     12     34", Flag.TABLE, Flag.PROSE),
    ],
)
def test_flags(line: str, present: Flag, absent: Flag) -> None:
    flags = describe(line).flags
    assert present in flags
    assert not flags & absent


def test_latin_facts_are_not_asked_of_cjk_lines() -> None:
    # A CJK line with a Latin acronym is not a line set in capitals.
    flags = describe("中国GDP增长").flags
    assert not flags & (Flag.CAPS_HEADLINE | Flag.CAPITALS | Flag.DECK)


@pytest.mark.parametrize(
    ("line", "form"),
    [
        ("https://example.com/a", Form.URL),
        ("（文章来源：经济参考网）", Form.SOURCE),
        ("责任编辑：王强", Form.CREDIT),
        ("本报讯（记者 贺倩）", Form.BYLINE),
        ("By JOHN SMITH, Staff Writer", Form.BYLINE),
        ("Reuters", Form.BYLINE),
        ("WASHINGTON, Jan. 5, 1920.", Form.DATE),
        ("Continued on Page 4", Form.JUMP),
        ("（转第A12版）", Form.JUMP),
        ("（上接第3版）", Form.JUMP),
        ("转第A12版的报道引起关注", Form.NONE),
        ("（完）", Form.END_MARK),
        ("图为工人在车间里忙碌。", Form.CAPTION),
        ("这是一个普通的句子，没有什么特别。", Form.NONE),
        ("Reuters said the talks would go on.", Form.NONE),
    ],
)
def test_forms_wherever_the_line_stands(line: str, form: Form) -> None:
    assert describe(line).form is form


def test_edge_forms_only_at_the_page_edge() -> None:
    body = "\n".join(["这是正文的第一句话，后面还有很多。"] * 12)
    top = Page.from_text("北辰时报\n" + body)
    middle = Page.from_text(body + "\n北辰时报\n" + body)
    assert top.lines[0].form is Form.MASTHEAD
    assert middle.lines[12].form is not Form.MASTHEAD
    assert Form.MASTHEAD in FURNITURE


def test_running_head_repeats_the_papers_name() -> None:
    body = ["这是正文的第一句话，后面还有很多。"] * 12
    page = Page.from_text("\n".join(["北辰时报", *body, "北辰时报", *body]))
    assert page.lines[13].form is Form.RUNNING_HEAD
    assert Page.from_text("\n".join([*body, "北辰时报", *body])).lines[12].form is Form.NONE


def test_columns_are_peaks_of_running_line_widths() -> None:
    lines = ["一二三四五六七八九十，一二三四五六七八"] * 5 + ["短句。"]
    page = Page.from_text("\n".join(lines))
    assert page.columns == [page.lines[0].width_cells]
    assert Flag.SHORT in page.lines[-1].flags
    assert Flag.SHORT not in page.lines[0].flags


def test_indent_counts_only_on_a_page_that_rarely_indents() -> None:
    few = Page.from_text("\n".join(["  Indented first line here", *["Body text goes on"] * 5]))
    all_ = Page.from_text("\n".join(["  Indented first line here"] * 4))
    assert Flag.INDENTED in few.lines[0].flags
    assert Flag.INDENTED not in all_.lines[0].flags


def test_replace_describes_the_changed_line_again() -> None:
    page = Page.from_text("记者 王强\n正文第一句，继续。")
    before, unchanged = page.lines
    page.replace(0, "这一行改成了正文，继续")
    after = page.lines[0]
    assert page.lines[1] is unchanged
    assert (before.form, after.form) == (Form.BYLINE, Form.NONE)
    assert Flag.RUNNING in after.flags
    assert after.origin == (0, 1)


def test_tuning_changes_a_threshold() -> None:
    line = "A SHORT LINE IN CAPITALS"
    assert Flag.CAPS_HEADLINE in describe(line).flags
    assert Flag.CAPS_HEADLINE not in describe(line, Tuning(capitals_headline_max_chars=10)).flags


def test_word_lists_are_data() -> None:
    assert "TRIBUNE" in lexicon.word_set("paper_title_words")
    assert "rain" in lexicon.per_language("weather")
    assert "regen" in lexicon.per_language("weather")


def test_cased_characters_that_are_not_letters_are_all_listed() -> None:
    """latin.caps_share counts by C loops unless a line holds one of these."""
    cased_not_letters = {
        chr(c)
        for c in range(sys.maxunicode + 1)
        if (chr(c).isupper() or chr(c).islower()) and not chr(c).isalpha()
    }
    listed = {chr(c) for c in range(sys.maxunicode + 1) if CASED_NOT_LETTERS.match(chr(c))}
    assert listed == cased_not_letters


@pytest.mark.parametrize("line", ["第Ⅱ部分 GDP", "中国GDP增长", "ⓐⓑ abc DEF", "Straße ÉTÉ", ""])
def test_caps_share_counts_cased_letters(line: str) -> None:
    cased = [ch for ch in line if ch.isalpha() and (ch.isupper() or ch.islower())]
    expected = sum(ch.isupper() for ch in cased) / len(cased) if cased else 0.0
    assert caps_share(line) == expected


#: The notice formulas and ad labels as latin.py spelt them before they were data.
_NOTICE_BEFORE = re.compile(
    r"\b(?:NOTICE IS HEREBY GIVEN|LEGAL NOTICE|NOTICE TO CREDITORS|SHERIFF'?S SALE|"
    r"TRUSTEE'?S SALE|SUMMONS|IN THE (?:DISTRICT|CIRCUIT|PROBATE|SUPERIOR) COURT|"
    r"AVIS (?:DE|AUX)|VENTE (?:JUDICIAIRE|PAR AUTORITÉ)|ANNONCES? LÉGALES?|"
    r"BEKANNTMACHUNG|ZWANGSVERSTEIGERUNG|ÖFFENTLICHE LADUNG|AUFGEBOT)\b",
    re.IGNORECASE,
)
_AD_LABEL_BEFORE = re.compile(r"^\s*(?:Anzeige|Annonce|Réclame|Advertisement)\b", re.I)


@pytest.mark.parametrize(
    "text",
    [
        "Notice is hereby given that the partnership",
        "SHERIFFS SALE. By virtue of a writ",
        "Sheriff's Sale",
        "In the Probate Court of the county",
        "Avis aux créanciers",
        "ANNONCE LEGALES",
        "Annonces légales",
        "Öffentliche Ladung",
        "Oeffentliche Ladung",
        "Summonses were served",
        "Anzeige",
        "Advertisements",
        "  Réclame des grands magasins",
        "The notice was given to the sheriff at the sale",
    ],
)
def test_notice_and_ad_words_as_data_match_as_before(text: str) -> None:
    flags = describe(text).flags
    folded = "".join(
        ch for ch in unicodedata.normalize("NFD", text.upper()) if not unicodedata.combining(ch)
    )
    notice_before = bool(_NOTICE_BEFORE.search(text) or _NOTICE_BEFORE.search(folded))
    assert (Flag.NOTICE_FORMULA in flags) == notice_before
    assert (Flag.ADVERT_LABEL in flags) == bool(_AD_LABEL_BEFORE.match(text.strip()))


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\t\n"])
def test_a_page_of_no_text_has_no_lines(text: str) -> None:
    page = Page.from_text(text)
    assert (page.lines, page.columns, page.median_width_cells, page.blocks) == ([], [], 0, [])


def test_the_languages_lists_are_read_in_are_languages_a_page_is_told_in() -> None:
    """``data/languages.txt`` (the weather and forecast lists, the vocabularies that
    vouch for a doubted word) names only languages that dehyphenate tells a page's
    language by, and each of those has a packaged vocabulary."""
    from newsclean import vocabulary
    from newsclean.dehyphenate import _function_words

    told = set(_function_words())
    assert lexicon.words("languages") == ("en", "de", "fr")
    assert set(lexicon.words("languages")) <= told <= set(vocabulary.LANGUAGES)
    assert all(len(words) >= 10 for words in _function_words().values())
