"""How scripts are written and set, as the passes measure and join them: the cells a
line takes (combining marks take none)."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from newsclean import chardata
from newsclean.chardata import display_width
from newsclean.page.describe import running as running_text


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # Vowel signs and viramas (Mn and Mc) are drawn on or beside their consonant.
        ("नमस्ते दुनिया", 8),
        ("মানুষ স্বাধীনভাবে", 10),
        ("மனிதப் பிறவியினர்", 11),
        # Thai vowels above and tone marks, Arabic harakat, Hebrew points, an accent
        # given as a combining character, a combining voiced mark after kana.
        ("ที่นี่", 2),
        ("مَرْحَبًا بِكُمْ", 9),
        ("שָׁלוֹם", 4),
        ("cafe\u0301 noir", 9),
        ("か\u3099き", 4),
        # Negative cases: precomposed letters, Cyrillic, Greek, CJK, Hangul keep their
        # cells.
        ("café noir", 9),
        ("Москва — столица", 16),
        ("Ἀθῆναι", 6),
        ("中文，新闻", 10),
        ("대한민국 서울", 13),
    ],
)
def test_combining_marks_take_no_cell(text: str, cells: int) -> None:
    assert display_width(text) == cells
    assert display_width(text * 30) == cells * 30


@pytest.mark.parametrize(
    ("text", "running"),
    [
        # A clause mark after a letter of any alphabet, or after the vowel sign, virama
        # or point that ends a word (most Hindi, Tamil and Bengali words end with one).
        ("Москва — столица России, сказал он", True),
        ("Η Αθήνα, είπε", True),
        ("அவர்கள் மதிப்பிலும், உரிமைகளிலும்", True),
        ("सभी मनुष्यों को, गौरव", True),
        ("সমান মর্যাদা এবং অধিকার নিয়ে, জন্মগ্রহণ", True),
        ("cafe\u0301, noir", True),
        # The marks of scripts that set their own: the Arabic comma, the danda, the
        # Ethiopic comma.
        ("القاهرة هي عاصمة مصر، وهي أكبر", True),
        ("प्राप्त है। उन्हें बुद्धि और", True),
        ("መርቆ ከፈተ፣ ለትራፊክም", True),
        # Negative cases: no clause mark; a mark after a digit or inside a number.
        ("नई दिल्ली में बारिश", False),
        ("ГОСУДАРСТВЕННАЯ ДУМА", False),
        ("१२३, ४५६", False),
        ("3,5 млн рублей", False),
        ("افتتاح معرض الكتاب في القاهرة", False),
    ],
)
def test_running_text_is_a_clause_mark_after_a_word_in_any_script(text: str, running: bool) -> None:
    assert running_text(text, cjk=False) is running


def test_only_characters_that_may_be_marks_are_looked_at_one_by_one() -> None:
    marks = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c))[0] == "M"]
    assert all(chardata._MAY_MARK.fullmatch(ch) for ch in marks)


@pytest.mark.parametrize(
    ("left", "right", "tight", "korean"),
    [
        # Korean sets spaces between its words and around its Latin marks.
        ("그 존엄과", "권리에 있어", False, True),
        ("기자 =", "정부는", False, False),
        ("정부는 5일", "새 정책을", False, True),
        # Negative cases: Chinese and Japanese set no space; a quote holds on to its word.
        ("中国", "北京", True, False),
        ("日本の", "首都", True, False),
        ("그는 “좋다", "”고 말했다", True, False),
    ],
)
def test_korean_breaks_join_as_latin(left: str, right: str, tight: bool, korean: bool) -> None:
    assert chardata.joins_without_space(left, right) is tight
    assert chardata.korean_break(left, right) is korean


@pytest.mark.parametrize(
    ("text", "korean"),
    [
        ("서울은 대한민국의 수도이다.", True),
        ("大韓民國의 首都는 서울이다.", False),
        ("Seoul", False),
        ("中国 서울", False),
        ("서울の", False),
        ("“서울” — 2024", True),
    ],
)
def test_korean_text_is_hangul_without_han_or_kana(text: str, korean: bool) -> None:
    assert chardata.is_korean(text) is korean


@pytest.mark.parametrize(
    ("left", "right", "untold"),
    [
        ("และ ปริ", "มณฑล ทำให้", True),
        ("ເມືອງ", "ຫຼວງ", True),
        # Negative cases: a Thai line before a digit or Latin, Latin, CJK.
        ("ในปี", "2570", False),
        ("the", "river", False),
        ("中国", "北京", False),
    ],
)
def test_breaks_in_scripts_spaced_by_phrase(left: str, right: str, untold: bool) -> None:
    assert chardata.phrase_spaced_break(left, right) is untold
