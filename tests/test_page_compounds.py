"""Closed compounds read as the words they are made of (``newsclean.page.compounds``)."""

from __future__ import annotations

import pytest

from newsclean.page.compounds import is_compound


@pytest.mark.parametrize(
    ("word", "compound"),
    [
        ("Herbstschlussverkauf", True),
        ("Bahnhofsvorsteherstellvertreter", True),
        ("Rijkswaterstaatsdienst", True),
        ("Obstschnaps", True),
        ("Arbeitsplatzschutz", True),
        ("Angstschreeuw", True),
        # OCR junk: no split into common words of one language.
        ("iwrdiament", False),
        ("Tbbrnnmsch", False),
        ("ltlllrrr", False),
        ("JfftZtmrre", False),
        ("mrnnlhtoe", False),
        # Parts of two languages are no compound of either (``Schnaps`` German,
        # ``fromage`` French).
        ("Schnapsfromage", False),
        # Four parts are more than a compound is read as.
        ("Herbstschlussverkaufsplatz", False),
        # Longer than a compound is looked for in, however it splits.
        ("Herbst" * 7, False),
    ],
)
def test_a_compound_splits_into_common_words_of_one_language(word: str, compound: bool) -> None:
    assert is_compound(word) is compound
