"""The leading words of scripts other than Latin (``page/data/leading_words.txt``,
read by ``newsclean.page.leading``): each entry is one of its languages' commonest
words, as the file's header says, and only a line's last word in its own script
(a Latin line's, in the language it reads as) is asked."""

from __future__ import annotations

import pytest
from wordfreq import top_n_list

from newsclean.page import lexicon
from newsclean.page.leading import ends_in_leading_word

#: The languages each section was taken from, and how many of their words were read.
LANGUAGES = {
    "cyrillic": ("ru", "uk", "bg"),
    "greek": ("el",),
    "hebrew": ("he",),
    "arabic": ("ar", "fa"),
    "devanagari": ("hi",),
    "bengali": ("bn",),
    "tamil": ("ta",),
    "latin.it": ("it",),
    "latin.nl": ("nl",),
    "latin.es": ("es",),
}
TOP = 400


@pytest.mark.parametrize("script", sorted(LANGUAGES))
def test_each_entry_is_among_its_languages_commonest_words(script: str) -> None:
    entries = lexicon.sections("leading_words")[script]
    # wordfreq folds Greek's final sigma into σ.
    common = {word for lang in LANGUAGES[script] for word in top_n_list(lang, TOP)}
    assert [w for w in entries if w.replace("ς", "σ") not in common] == []
    assert len(set(entries)) == len(entries)


def test_every_section_is_a_script_with_its_languages() -> None:
    assert set(lexicon.sections("leading_words")) - {""} == set(LANGUAGES)


@pytest.mark.parametrize(
    ("line", "leads"),
    [
        ("Міська рада ухвалила бюджет на", True),
        ("ГОСУДАРСТВЕННАЯ ДУМА И", True),
        ("הגשר החדש מעל", True),
        ("गाँव के लोगों ने सरकार से", True),
        # A mark or a digit after the word: the line ends on no word.
        ("ухвалила бюджет на:", False),
        ("бюджет на 2024", False),
        # The word's end, not a longer word that ends in the same letters (на).
        ("Україна", False),
        # Greek's clitic pronoun follows its noun: a heading may end on it.
        ("Ο πατέρας του", False),
        # Polish and Serbian "na", "i" in Latin letters are not read by the Cyrillic
        # list, though they spell the same sounds.
        ("Wizyta prezydenta na", False),
        ("Đoàn xe của", False),
        # A Latin language's leading word where the text before it reads as that
        # language, and not where it reads as none or as another (English "van").
        ("De gemeenteraad van", True),
        ("El alcalde habló con", True),
        ("Police find stolen van", False),
        ("The new Ford van", False),
        ("", False),
    ],
)
def test_a_line_ends_in_its_scripts_leading_word(line: str, leads: bool) -> None:
    assert ends_in_leading_word(line) == leads
