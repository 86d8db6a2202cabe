"""The shortcuts ``furniture`` takes before its costly tests refuse only what those tests
would refuse: the letters-in-common bound before the edit-distance table, and the year
a date line must hold before the date parsers run."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.latin import parse_date
from newsclean.passes.furniture import _YEAR, _fuzzy_equal


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, the textbook way."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


# Words near ``copyright``: its own letters, with a few others OCR reads for them.
_NEAR_COPYRIGHT = st.text(alphabet="copyrightCOPYRIGHTsl1", min_size=5, max_size=12)


@settings(derandomize=True, max_examples=400)
@given(_NEAR_COPYRIGHT, st.integers(min_value=0, max_value=3))
def test_fuzzy_equal_is_the_edit_distance(word: str, errors: int) -> None:
    assert _fuzzy_equal(word, "copyright", errors) == (
        _distance(word.lower(), "copyright") <= errors
    )


def test_fuzzy_equal_reads_ocr_spellings() -> None:
    assert _fuzzy_equal("Cpyrisht", "copyright", 2)
    assert _fuzzy_equal("Copvright", "copyright", 2)
    assert not _fuzzy_equal("Corporate", "copyright", 2)


_DATE_PIECES = st.sampled_from(
    [
        "Jan.", "January", "SEPTEMBER", "décembre", "Januar", "Junio", "le", "de", "DE",
        "1er", "5", "17", "6.", "6DE", "1911", "1894", "2008", "99", "0", "12345", ",", ".",
        " ", "  ", "Tuesday", "MARDI",
    ]
)  # fmt: skip


@settings(derandomize=True, max_examples=600)
@given(st.lists(_DATE_PIECES, min_size=1, max_size=8).map(" ".join))
def test_every_date_holds_a_year(text: str) -> None:
    # ``_latin_head`` refuses a line without a year before parsing a date out of it.
    assert parse_date(text) is None or _YEAR.search(text) is not None


def test_a_year_alone_is_not_a_date() -> None:
    assert parse_date("Jan. 5, 1920") is not None
    assert parse_date("Jan. 5, 20") is None
