"""Parity: the stages' own line predicates and the page description agree on every line
of every fixture page (the pages, the held-out sets, the shared dev set).

This is what lets each stage move onto ``newsclean.page`` without a decision changing,
and its old predicates be deleted. The disagreements are intended, each for a reason
named in ``INTENDED``:

* *Latin facts of CJK lines*: ``latin``'s capitals, headline-case, deck and slogan tests
  read any line, so a Chinese line with a Latin acronym (``积极拥抱VR、物联网``, ``RCEP其他
  14個成員國``) was "in capitals" or "a headline in capitals". The description asks them
  of Latin lines only.
* *A digit before the first letter*: rejoin's ``_starts_lower`` stops at a digit (``75
  cents`` does not start in lower case); segment's and reorder's first-letter tests skip
  it. The description keeps rejoin's definition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from newsclean import latin, patterns, segment
from newsclean.dehyphenate import LINE_END_MARK
from newsclean.page import FURNITURE, Flag, Form, Line, Page
from newsclean.passes import furniture, rejoin, reorder

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "fixtures" / "pages", *sorted((ROOT / "fixtures").glob("heldout*/raw"))]
SHARED_DEV = ROOT.parent / "shared" / "dev" / "raw"
PAGES = sorted(p for d in [*SETS, SHARED_DEV] if d.is_dir() for p in d.glob("*.txt"))
#: The fixture sets hold this many non-blank lines at least: a parity test that finds
#: no pages must fail, not pass.
MIN_LINES = 5000

_DIGIT_FIRST = re.compile(r"^[^A-Za-z\u00c0-\u024f]*?\d")


def _cjk(line: Line) -> bool:
    return Flag.CJK in line.flags


def _digit_before_first_letter(line: Line) -> bool:
    first = next((i for i, ch in enumerate(line.text) if ch.isalpha()), len(line.text))
    return any(ch.isdigit() for ch in line.text[:first])


#: Why an old predicate and the description may disagree on a line (see the docstring).
INTENDED: dict[str, Callable[[Line], bool]] = {
    "latin facts are asked of Latin lines only": _cjk,
    "a line starting with a digit does not start in lower case": _digit_before_first_letter,
}

Check = tuple[str, Callable[[str], object], Flag, str | None]

_LATIN_ONLY = "latin facts are asked of Latin lines only"
_DIGIT = "a line starting with a digit does not start in lower case"
CHECKS: list[Check] = [
    ("latin.is_caps_headline", latin.is_caps_headline, Flag.CAPS_HEADLINE, _LATIN_ONLY),
    ("latin.is_deck_line", latin.is_deck_line, Flag.DECK, _LATIN_ONLY),
    ("latin.in_headline_case", latin.in_headline_case, Flag.HEADLINE_CASE, _LATIN_ONLY),
    ("latin.is_shouted", latin.is_shouted, Flag.SHOUTED, _LATIN_ONLY),
    ("latin caps_share >= 0.8", lambda t: latin.caps_share(t) >= 0.8, Flag.CAPITALS, _LATIN_ONLY),
    ("latin.ends_in_leading_word", latin.ends_in_leading_word, Flag.LEADING_WORD_END, None),
    ("latin.is_bracketed_credit", latin.is_bracketed_credit, Flag.BRACKETED_CREDIT, None),
    ("latin.ends_advertisement", latin.ends_advertisement, Flag.ADVERT_END, None),
    ("reorder._running", reorder._running, Flag.PROSE, None),
    ("segment._sentence_case", segment._sentence_case, Flag.SENTENCE_CASE, None),
    ("segment._not_title_case", segment._not_title_case, Flag.LOWER_CONTENT, _LATIN_ONLY),
    ("segment._INNER_SENTENCE", segment._INNER_SENTENCE.search, Flag.INNER_SENTENCE, None),
    ("segment._CLAUSE_END", segment._CLAUSE_END.search, Flag.ENDS_CLAUSE, None),
    ("segment._DASH_LED", segment._DASH_LED.match, Flag.DASH_LED, None),
    (
        "segment first letter lower",
        lambda t: next((c for c in t if c.isalpha()), "").islower(),
        Flag.STARTS_LOWER,
        _DIGIT,
    ),
    ("rejoin._starts_lower", rejoin._starts_lower, Flag.STARTS_LOWER, None),
    ("rejoin._two_part", rejoin._two_part, Flag.TWO_PART, None),
    ("rejoin._NO_LINE_START", lambda t: t[0] in rejoin._NO_LINE_START, Flag.NO_LINE_START, None),
    ("rejoin._NO_LINE_END", lambda t: t[-1] in rejoin._NO_LINE_END, Flag.NO_LINE_END, None),
    ("dehyphenate.LINE_END_MARK", LINE_END_MARK.search, Flag.HYPHEN_END, None),
    ("patterns.CAPTION_CREDIT", patterns.CAPTION_CREDIT.search, Flag.CAPTION_CREDIT, None),
    ("patterns.starts_with_dateline", patterns.starts_with_dateline, Flag.DATELINE_START, None),
]
#: Forms a story's line takes before a later one is asked (``describe._story_form``).
_STORY_FORMS = (
    ("patterns.END_MARK", lambda t: patterns.END_MARK.match(t), Form.END_MARK),
    ("patterns.is_byline", patterns.is_byline, Form.BYLINE),
    ("segment._DATELINE_ALONE", lambda t: segment._DATELINE_ALONE.match(t), Form.DATELINE),
    ("patterns.CAPTION", lambda t: patterns.CAPTION.search(t), Form.CAPTION),
    ("latin.is_box_label", latin.is_box_label, Form.BOX_LABEL),
    ("latin.is_contents_label", latin.is_contents_label, Form.CONTENTS_LABEL),
)


def _page(path: Path) -> tuple[list[str], Page]:
    text = path.read_text("utf-8")
    return [line for line in text.split("\n") if line.strip()], Page.from_text(text)


def _disagreements() -> tuple[int, dict[str, list[str]], dict[str, int]]:
    """Lines compared, unintended disagreements by predicate, intended ones by reason."""
    compared = 0
    wrong: dict[str, list[str]] = {}
    intended: dict[str, int] = dict.fromkeys(INTENDED, 0)

    def note(name: str, path: Path, line: Line, old: object, reason: str | None) -> None:
        if reason is not None and INTENDED[reason](line):
            intended[reason] += 1
        else:
            wrong.setdefault(name, []).append(f"{path.name}: {line.text[:60]!r} (old {old})")

    for path in PAGES:
        raw, page = _page(path)
        assert len(raw) == len(page.lines)
        share = sum(r.startswith(("  ", "\t")) for r in raw) / len(raw)
        old_lines = [rejoin._describe(r, share, ()) for r in raw]
        if rejoin.Columns(old_lines).widths != page.columns:
            wrong.setdefault("rejoin.Columns", []).append(path.name)
        for anchors, new_anchors in ((furniture.HEADER_KINDS, Page.anchors), (None, None)):
            verdicts = furniture.classify_page(raw, anchors=anchors)
            forms = (
                page.lines
                if anchors is not None
                else Page.from_lines(raw, anchors=new_anchors).lines
            )
            for verdict, line in zip(verdicts, forms, strict=True):
                new = line.form.value if line.form in FURNITURE else None
                new = "caption" if new == Form.PHOTO_CAPTION.value else new
                if (verdict.kind if verdict else None) != new:
                    note("furniture.classify_page", path, line, verdict, None)
        for line, old in zip(page.lines, old_lines, strict=True):
            compared += 1
            text, flags = line.text, line.flags
            pairs = [
                ("rejoin cjk", old.cjk, Flag.CJK in flags),
                ("rejoin running", old.running, Flag.RUNNING in flags),
                ("rejoin ends_sentence", old.ends_sentence, Flag.ENDS_SENTENCE in flags),
                ("rejoin starts_new", old.starts_new, Flag.DATELINE_START in flags),
                ("rejoin unclosed", old.unclosed, Flag.UNCLOSED in flags and _cjk(line)),
                ("rejoin indented", old.indented, Flag.INDENTED in flags),
                ("rejoin width", old.width, line.width_cells),
            ]
            for name, was, now in pairs:
                if was != now:
                    note(name, path, line, was, None)
            for name, predicate, flag, reason in CHECKS:
                was = bool(predicate(text))
                if was != (flag in flags):
                    note(name, path, line, was, reason)
            if line.form in FURNITURE:
                # The stages after furniture never see these lines.
                continue
            for name, predicate, form in _STORY_FORMS:
                was = bool(predicate(text))
                if was != (line.form is form):
                    note(name, path, line, was, None)
                if was:
                    break
    return compared, wrong, intended


@pytest.fixture(scope="module")
def parity() -> tuple[int, dict[str, list[str]], dict[str, int]]:
    return _disagreements()


def test_every_fixture_line_is_compared(
    parity: tuple[int, dict[str, list[str]], dict[str, int]],
) -> None:
    assert parity[0] >= MIN_LINES


def test_old_predicates_and_the_description_agree(
    parity: tuple[int, dict[str, list[str]], dict[str, int]],
) -> None:
    _, wrong, _ = parity
    assert wrong == {}


def test_every_intended_disagreement_occurs(
    parity: tuple[int, dict[str, list[str]], dict[str, int]],
) -> None:
    """A reason listed for a disagreement that never happens is stale: remove it."""
    _, _, intended = parity
    assert all(intended.values()), intended
