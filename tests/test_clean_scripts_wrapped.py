"""Clean prose in every script the corpus holds, hard-wrapped as a plain-text file sets
it (``python -m tools.harm_audit --scripts``: the one-line paragraphs of
``tests/clean/scripts`` and ``tests/clean/news-*`` at 32, 48 and 64 half-em cells),
keeps every character, in its articles, and comes back from ``fix`` with each paragraph
on one line.

Where it does not yet, the documents are named below by what is left (no character is
lost in any of them); a named document that comes back as it should fails too, so the
list stays true and only shrinks."""

from __future__ import annotations

import pytest

from tools.harm_audit import Harm, audit, expected, script_documents

#: What is left, and the documents (``FILE@MEASURE``) it is left in.
LEFT: dict[str, tuple[str, ...]] = {
    "a paragraph of two lines, its first ending no sentence and its second one: with "
    "no third line to show the measure, the first reads as a heading over a one-line "
    "paragraph (one that ends on a leading word, or on a semicolon before lower case, "
    "goes on: page.leading, latin_joins._semicolon_goes_on; a CJK one goes on where three "
    "first lines of the page agree in width: rejoin.cjk_measure; these end on a noun, "
    "a name, a verb, a sentence at the margin, or a list's semicolon before a capital, "
    "or are CJK lines in two parts around a space (a wire dateline or a law's article "
    "number run into its text goes on: rejoin.run_in_dateline, rejoin.law_articles), or "
    "on a page of two such lines)": (
        "news-de-navigation-words@48",
        "news-de-navigation-words@64",
        "news-en-quoted-links@32",
        "news-en-quoted-links@64",
        "news-en-sports-report@32",
        "news-en-sports-report@64",
        "news-numbers-contacts@48",
        "news-numbers-league-table@32",
        "news-numbers-sports-results@48",
        "news-zh-foreign-names@48",
        "scripts-ar-news@48",
        "scripts-ar-news@64",
        "scripts-ko@48",
        "scripts-ko@64",
        "scripts-pt@32",
        "scripts-pt@48",
        "scripts-pt@64",
        "scripts-ru-news@64",
        "scripts-uk-news@48",
    ),
    "Thai sets no space between words and one between phrases: a break between words "
    "and one at a space (which a wrapper drops) look the same, so its lines are kept "
    "(rejoin.spacing)": (
        "scripts-th-news@32",
        "scripts-th-news@48",
        "scripts-th-news@64",
        "scripts-th@32",
        "scripts-th@48",
        "scripts-th@64",
    ),
    "soft hyphens are dropped, as fix documents (the text is otherwise joined)": (
        "news-de-soft-hyphen@32",
        "news-de-soft-hyphen@48",
        "news-de-soft-hyphen@64",
    ),
}

DOCUMENTS = script_documents()


def _key(name: str) -> str:
    """``scripts-32/wrapped/KIND-FILE.txt`` as ``KIND-FILE@32``."""
    measure = name.split("/", 1)[0].removeprefix("scripts-")
    return f"{name.rsplit('/', 1)[1].removesuffix('.txt')}@{measure}"


LEFT_KEYS = {key for keys in LEFT.values() for key in keys}


def test_every_left_document_is_in_the_audit() -> None:
    assert {_key(name) for name in DOCUMENTS} >= LEFT_KEYS
    assert len(DOCUMENTS) >= 150


@pytest.fixture(scope="module")
def harms() -> dict[str, Harm]:
    return {name: audit(name, text) for name, text in DOCUMENTS.items()}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_wrapped_prose_keeps_its_text_and_its_paragraphs(name: str, harms: dict[str, Harm]) -> None:
    harm = harms[name]
    assert (harm.lost, harm.to_furniture, harm.replaced, harm.split_lost) == ("", "", [], "")
    whole = harm.output == expected(name, DOCUMENTS[name]) and harm.split_out == ""
    assert whole == (_key(name) not in LEFT_KEYS)
