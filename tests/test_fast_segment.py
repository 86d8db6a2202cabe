"""The faster forms of segment's and the nameplate forms' searches give what the first
forms gave.

``page.forms._reads_as`` (``page.slips.reads_as``) finds the words a token may read as
through an index of their spellings with letters deleted, where it first tried the
edit-distance table against every word; these tests hold it to the table on every token
of the fixture pages and on generated near-spellings of the words. The heading veto
builds each unit's features once and asks the model only of headings it could join to a
paragraph: the features are held to the first form's on the fixture pages, and the
headings left unasked to ``apply_tags``, which joins none of them whatever the model
would have said. An article's kind searches a text for the CJK advertising words only if
it holds CJK, and a weather table's row is looked for only in a text with a degree sign,
its column only in the first words of a text.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import api
from newsclean.chardata import HAS_CJK
from newsclean.linemodel import veto
from newsclean.linemodel.buckets import bucket
from newsclean.options import Options
from newsclean.page import boxes, forms, lexicon
from newsclean.page.slips import fuzzy_equal, ocr_slips
from newsclean.segment import kinds, units_of
from newsclean.segment.model import Unit, body_width
from newsclean.segment.reunite import first_lines_rejoined, reunite_broken_paragraphs
from tests.conftest import READABLE_PAGES

PAGES = READABLE_PAGES

#: Every word set the garbled forms read tokens against.
_VOCABULARIES = (
    forms._MONTH_NAMES,
    forms._WEEKDAY_NAMES,
    forms._PRICE_WORDS,
    forms._PRICE_ENDS,
    forms._COINS,
    forms._ISSUE_WORDS,
)


def _reads_as_by_table(token: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    """The first form: the edit-distance table against every word."""
    letters = token.translate(forms._LETTER_SHAPES)
    return any(fuzzy_equal(letters, w, ocr_slips(w)) for w in words)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_reads_as_on_fixture_tokens(page: Path) -> None:
    tokens = set(forms._TOKEN.findall(page.read_text("utf-8", errors="replace")))
    for words in _VOCABULARIES:
        for token in tokens:
            assert forms._reads_as(token, words) == _reads_as_by_table(token, words), token


#: The letters of the words, the digits OCR reads for letters, case, and characters
#: whose lower case is longer (``İ``) or not ASCII.
_NEAR_WORDS = st.text(alphabet="januarychesdmbtpioflwkvzJANUCS0123568İéß", max_size=14)


@settings(max_examples=3000, derandomize=True)
@given(_NEAR_WORDS, st.sampled_from(range(len(_VOCABULARIES))))
def test_reads_as_on_generated_tokens(token: str, which: int) -> None:
    words = _VOCABULARIES[which]
    assert forms._reads_as(token, words) == _reads_as_by_table(token, words)


@settings(max_examples=2000, derandomize=True)
@given(st.sampled_from(sorted(forms._MONTH_NAMES | forms._WEEKDAY_NAMES)), st.data())
def test_reads_as_on_slipped_words(word: str, data: st.DataObject) -> None:
    # A word with a few letters deleted, doubled or put for others: near the edge of
    # the slips it may carry.
    chars = list(word)
    for _ in range(data.draw(st.integers(0, 3))):
        i = data.draw(st.integers(0, len(chars)))
        edit = data.draw(st.sampled_from(["delete", "insert", "replace"]))
        if edit == "delete" and i < len(chars):
            del chars[i]
        elif edit == "insert":
            chars.insert(i, data.draw(st.sampled_from("aeiou0l1X")))
        elif i < len(chars):
            chars[i] = data.draw(st.sampled_from("aeiou0l1X"))
    token = "".join(chars)
    for words in _VOCABULARIES:
        assert forms._reads_as(token, words) == _reads_as_by_table(token, words), token


# --- the heading veto ---------------------------------------------------------------


def _features_first_form(units: list[Unit], which: list[int]) -> dict[int, dict[str, float]]:
    """``veto.unit_features`` as first written: each feature asked of the neighbours'
    descriptions anew, the flags iterated from the enum."""
    measure = body_width(units)
    owns: dict[int, dict[str, str]] = {}

    def own(j: int) -> dict[str, str]:
        if j not in owns:
            owns[j] = veto._own(units, j, measure)
        return owns[j]

    out: dict[int, dict[str, float]] = {}
    for i in which:
        unit = units[i]
        names = [f"{k}={v}" for k, v in own(i).items()]
        names += [f"f={flag.name}" for flag in unit.flags]
        names.append(f"measure={bucket(measure or 0, (1, 20, 30, 40, 60, 90))}")
        before = own(i - 1) if i else None
        after = own(i + 1) if i + 1 < len(units) else None
        names.append(f"end-1+start={before['end'] if before else 'top'}/{own(i)['start']}")
        names.append(f"end+start+1={own(i)['end']}/{after['start'] if after else 'foot'}")
        names.append(
            f"roles={before['role'] if before else 'top'}/{own(i)['role']}/"
            f"{after['role'] if after else 'foot'}"
        )
        names.append(f"role+w={own(i)['role']}/{own(i)['w']}/{own(i)['lines']}")
        for offset in veto.WINDOW:
            j = i + offset
            if 0 <= j < len(units):
                names += [f"{offset}:{k}={own(j)[k]}" for k in veto._SHARED]
            else:
                names.append(f"{offset}:edge")
        out[i] = dict.fromkeys(names, 1.0) | {"bias": 1.0}
    return out


def _page_units(page: Path) -> list[Unit]:
    doc = api.clean(page.read_bytes(), source=str(page))
    options = Options()
    return reunite_broken_paragraphs(first_lines_rejoined(units_of(doc, options)))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_veto_features_on_fixture_pages(page: Path) -> None:
    units = _page_units(page)
    which = list(range(len(units)))
    fast = veto.unit_features(units, which)
    first = _features_first_form(units, which)
    # The same features in the same order: CRFsuite sums their weights in that order.
    assert [list(f.items()) for f in fast.values()] == [list(f.items()) for f in first.values()]


def _untagged(units: list[Unit], tags: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """``tags`` with the units the veto does not ask about left untagged, as
    ``model_tags`` leaves them."""
    asked = set(veto._may_join(units, [veto._vetoable(u) for u in units]))
    return [tag if i in asked else ("", 0.0) for i, tag in enumerate(tags)]


def _may_join_looking_back(units: list[Unit], vetoable: list[bool], i: int) -> bool:
    """``veto._may_join``'s first form, for one heading: it looked back from each."""
    if i + 1 < len(units) and units[i + 1].role == "body":
        return True
    k = i - 1
    while k >= 0 and vetoable[k]:
        k -= 1
    return k >= 0 and units[k].role == "body"


def _applied(units: list[Unit], tags: list[tuple[str, float]]) -> list[tuple[str, str]]:
    return [(u.role, u.text) for u in veto.apply_tags(copy.deepcopy(units), tags)]


_ROLES = ("heading", "heading", "body", "byline", "caption")
_TEXTS = ("Residents of the northern", "districts pay less.", "BY JANE DOE", "the council")


@settings(max_examples=1500, derandomize=True)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_ROLES),
            st.sampled_from(_TEXTS),
            st.sampled_from([("J", 0.99), ("C", 0.99), ("B", 0.99), ("J", 0.5), ("", 0.0)]),
        ),
        max_size=9,
    )
)
def test_veto_asks_only_where_it_may_join(
    units_tags: list[tuple[str, str, tuple[str, float]]],
) -> None:
    # Whatever the model says of a unit it is not asked about, nothing is joined there.
    units = [Unit(text, k // 3, None, "", role) for k, (role, text, _) in enumerate(units_tags)]
    tags = [tag for _, _, tag in units_tags]
    assert _applied(units, tags) == _applied(units, _untagged(units, tags))
    vetoable = [veto._vetoable(u) for u in units]
    looking_back = [
        i for i, able in enumerate(vetoable) if able and _may_join_looking_back(units, vetoable, i)
    ]
    assert veto._may_join(units, vetoable) == looking_back


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_veto_asks_only_where_it_may_join_on_fixture_pages(page: Path) -> None:
    units = _page_units(page)
    for tag in ("J", "C"):
        tags = [(tag, 0.99)] * len(units)
        assert _applied(units, tags) == _applied(units, _untagged(units, tags))


# --- an article's kind ----------------------------------------------------------------


def test_every_cjk_advert_word_holds_cjk() -> None:
    # What lets a text without CJK skip the search.
    for name, entries in lexicon.sections("kinds.zh").items():
        assert all(HAS_CJK.search(entry) for entry in entries), name


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_cjk_advert_on_fixture_lines(page: Path) -> None:
    text = page.read_text("utf-8", errors="replace")
    for line in [*text.splitlines(), *text.split("\n\n")]:
        assert kinds._cjk_advert(line) == (kinds._CJK_AD.search(line) is not None), line


# --- a weather table's row ------------------------------------------------------------


def _table_row_first_form(text: str) -> bool:
    """``boxes.table_row`` without the degree signs looked for first."""
    readings = len(boxes._TEMPERATURE_RANGE.findall(text))
    if not readings:
        return False
    words = boxes._TEMPERATURE_RANGE.sub(" ", text).split()
    return len(words) <= boxes.MAX_ROW_WORDS * readings and all(
        boxes._ROW_WORD.match(w) is not None
        and (HAS_CJK.search(w) is None or len(w) <= boxes.MAX_ROW_WORD_CHARS)
        for w in words
    )


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_table_row_on_fixture_lines(page: Path) -> None:
    text = page.read_text("utf-8", errors="replace")
    for line in [*text.splitlines(), *text.split("\n\n")]:
        assert boxes.table_row(line) == _table_row_first_form(line), line


@settings(max_examples=2000, derandomize=True)
@given(st.text(alphabet="0123 -~～/–°℃CF北京晴Rain", max_size=30))
def test_table_row_on_generated_lines(text: str) -> None:
    assert boxes.table_row(text) == _table_row_first_form(text)


def _table_column_first_form(text: str) -> bool:
    """``boxes.table_column`` splitting the whole text."""
    latin, cjk = boxes._conditions()
    words = text.split()
    if not words or len(words) > boxes.MAX_COLUMN_WORDS:
        return False
    if HAS_CJK.search(text) is not None:
        return all(cjk.fullmatch(w) is not None for w in words)
    return " ".join(words).casefold() in latin or all(w.casefold() in latin for w in words)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_table_column_on_fixture_lines(page: Path) -> None:
    text = page.read_text("utf-8", errors="replace")
    for line in [*text.splitlines(), *text.split("\n\n")]:
        assert boxes.table_column(line) == _table_column_first_form(line), line


@settings(max_examples=2000, derandomize=True)
@given(
    st.lists(
        st.sampled_from(["Cloudy", "Rain", "阴", "晴", " ", "\t", "\n", "\u3000"]), max_size=20
    )
)
def test_table_column_on_generated_lines(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert boxes.table_column(text) == _table_column_first_form(text)


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("晴 阴 晴 阴 晴 阴 晴 阴 ", True),
        ("  Cloudy Rain Cloudy Rain Cloudy Rain Cloudy Rain\t", True),
        ("晴 阴 晴 阴 晴 阴 晴 阴 晴", False),
        ("Cloudy Rain Cloudy Rain Cloudy Rain Cloudy Rain Cloudy ", False),
    ],
)
def test_table_column_at_its_most_words(text: str, column: bool) -> None:
    assert boxes.table_column(text) is column
    assert _table_column_first_form(text) is column
