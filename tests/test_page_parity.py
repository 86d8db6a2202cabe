"""Parity: the stages' own line predicates and the page description agree on every line
of every fixture page (the pages, the held-out sets, the shared dev set), as each stage
reads it: the raw page, furniture's input after the character passes, rejoin's input
after reorder, and the units segment reads after rejoin.

This is what lets each stage move onto ``newsclean.page`` without a decision changing,
and its old predicates be deleted. The disagreements are intended, each for a reason
named in ``INTENDED``:

* *Latin facts of CJK lines*: ``latin``'s capitals, headline-case, deck and slogan tests
  read any line, so a Chinese line with a Latin acronym (``积极拥抱VR、物联网``, ``RCEP其他
  14個成員國``) was "in capitals" or "a headline in capitals". The description asks them
  of Latin lines only.
* *A digit before the first letter*: the description's ``starts_lower`` (which rejoin
  asks) stops at a digit (``75 cents`` does not start in lower case); segment's and
  reorder's first-letter tests skip it.
* *A sentence end behind specks*: rejoin reads a Latin line's sentence end past the
  specks OCR set after it (``…bit. :``, ``rejoin.specked_end``), to end a paragraph on
  its short last line; the description's ``ENDS_SENTENCE``, which segment and the line
  model's features read, does not (yet).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from newsclean import api, latin, pipeline, segment
from newsclean.dehyphenate import LINE_END_MARK
from newsclean.model import FURNITURE as FURNITURE_BLOCK
from newsclean.model import PLAIN, Document
from newsclean.options import Options
from newsclean.page import FURNITURE, HEADER, Flag, Form, Line, Page, credits
from newsclean.passes import furniture, rejoin, reorder
from newsclean.passes.rejoin.specked_end import ends_sentence_under_specks
from newsclean.pipeline import Pass

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


def _sentence_end_under_specks(line: Line) -> bool:
    return ends_sentence_under_specks(line.text)


#: Why an old predicate and the description may disagree on a line (see the docstring).
INTENDED: dict[str, Callable[[Line], bool]] = {
    "latin facts are asked of Latin lines only": _cjk,
    "a line starting with a digit does not start in lower case": _digit_before_first_letter,
    "rejoin reads a sentence end past the specks after it": _sentence_end_under_specks,
}

Check = tuple[str, Callable[[str], object], Flag, str | None]

_LATIN_ONLY = "latin facts are asked of Latin lines only"
_DIGIT = "a line starting with a digit does not start in lower case"
_SPECKS = "rejoin reads a sentence end past the specks after it"
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
    ("segment._DASH_LED", segment._DASH_LED.match, Flag.DASH_LED, None),
    (
        "segment first letter lower",
        lambda t: next((c for c in t if c.isalpha()), "").islower(),
        Flag.STARTS_LOWER,
        _DIGIT,
    ),
    ("dehyphenate.LINE_END_MARK", LINE_END_MARK.search, Flag.HYPHEN_END, None),
    (
        "credits.CAPTION_CREDIT or a picture credit",
        lambda t: credits.CAPTION_CREDIT.search(t) or credits.closes_with_picture_credit(t),
        Flag.CAPTION_CREDIT,
        None,
    ),
    ("credits.starts_with_dateline", credits.starts_with_dateline, Flag.DATELINE_START, None),
]
#: Forms a story's line takes before a later one is asked (``describe._story_form``).
_STORY_FORMS = (
    ("credits.END_MARK", lambda t: credits.END_MARK.match(t), Form.END_MARK),
    ("credits.is_byline", credits.is_byline, Form.BYLINE),
    ("credits.is_caption", credits.is_caption, Form.CAPTION),
    ("latin.is_box_label", latin.is_box_label, Form.BOX_LABEL),
    ("latin.is_contents_label", latin.is_contents_label, Form.CONTENTS_LABEL),
)


def _stage_inputs(text: str) -> dict[str, list[list[str]]]:
    """The lines each stage reads, as blocks: the raw page, furniture's input (after the
    character passes), rejoin's (plain blocks after reorder) and segment's (the units
    rejoin made: paragraphs and the lines it kept)."""
    seen: dict[str, list[list[str]]] = {
        "raw": [
            block.split("\n") for block in re.split(r"\n\s*\n", text.strip("\n")) if block.strip()
        ]
    }

    def observe(step: Pass, doc: Document) -> None:
        if step.name == "punctuation":
            seen["furniture"] = [list(block.lines) for block in doc.blocks if block.lines]
        elif step.name == "reorder":
            seen["rejoin"] = [list(b.lines) for b in doc.blocks if b.kind == PLAIN and b.lines]
        elif step.name == "rejoin":
            seen["segment"] = [
                [line for b in doc.blocks if b.kind != FURNITURE_BLOCK for line in b.lines]
            ]

    pipeline.run(api.document(text, "parity"), Options(), observe)
    return seen


class Disagreements:
    """Lines compared, unintended disagreements by predicate, intended ones by reason."""

    def __init__(self) -> None:
        self.compared = 0
        self.wrong: dict[str, list[str]] = {}
        self.intended: dict[str, int] = dict.fromkeys(INTENDED, 0)

    def note(self, name: str, where: str, line: Line, old: object, reason: str | None) -> None:
        if reason is not None and INTENDED[reason](line):
            self.intended[reason] += 1
        else:
            self.wrong.setdefault(name, []).append(f"{where}: {line.text[:60]!r} (old {old})")

    def furniture(self, where: str, blocks: list[list[str]]) -> None:
        """Furniture's verdicts against the page's forms, as ``fix`` and ``--furniture
        strip`` anchor labels, on the page's blocks as the pass sees them."""
        lines = [line for block in blocks for line in block]
        starts = itertools.accumulate(len(block) for block in blocks[:-1])
        breaks = frozenset(starts)
        for anchors, new_anchors in ((furniture.HEADER_KINDS, HEADER), (None, None)):
            verdicts = furniture.classify_page(lines, anchors=anchors, breaks=breaks)
            page = Page.from_blocks(blocks, anchors=new_anchors)
            described = [line for line in page.lines if line.text.strip()]
            assert len(described) == len(lines)
            for verdict, line in zip(verdicts, described, strict=True):
                new = line.form.value if line.form in FURNITURE else None
                new = "caption" if new == Form.PHOTO_CAPTION.value else new
                if (verdict.kind if verdict else None) != new:
                    self.note("furniture.classify_page", where, line, verdict, None)

    def lines(self, where: str, blocks: list[list[str]]) -> None:
        """Rejoin's line description, the columns it measures, and the line predicates
        of latin, reorder, segment and the credit forms, on every line."""
        page = Page.from_blocks(blocks)
        raw = [line for block in blocks for line in block]
        assert len(page.lines) == len(raw)
        share = sum(r.startswith(("  ", "\t")) for r in raw) / len(raw)
        old_lines = [rejoin._describe(r, share, ()) for r in raw]
        if rejoin.Columns(old_lines).widths != page.columns:
            self.wrong.setdefault("rejoin.Columns", []).append(where)
        for line, old in zip(page.lines, old_lines, strict=True):
            self.compared += 1
            self._line(where, line, old)

    def _line(self, where: str, line: Line, old: rejoin.Line) -> None:
        text, flags = line.text, line.flags
        pairs = [
            ("rejoin cjk", old.cjk, Flag.CJK in flags, None),
            ("rejoin running", old.running, Flag.RUNNING in flags, None),
            ("rejoin ends_sentence", old.ends_sentence, Flag.ENDS_SENTENCE in flags, _SPECKS),
            ("rejoin starts_new", old.starts_new, Flag.DATELINE_START in flags, None),
            ("rejoin unclosed", old.unclosed, Flag.UNCLOSED in flags and _cjk(line), None),
            ("rejoin indented", old.indented, Flag.INDENTED in flags, None),
            ("rejoin width", old.width, line.width_cells, None),
        ]
        for name, was, now, why in pairs:
            if was != now:
                self.note(name, where, line, was, why)
        for name, predicate, flag, reason in CHECKS:
            was = bool(predicate(text))
            if was != (flag in flags):
                self.note(name, where, line, was, reason)
        if line.form in FURNITURE:
            # The stages after furniture never see these lines.
            return
        for name, predicate, form in _STORY_FORMS:
            was = bool(predicate(text))
            if was != (line.form is form):
                self.note(name, where, line, was, None)
            if was:
                break


def _disagreements() -> Disagreements:
    found = Disagreements()
    for path in PAGES:
        inputs = _stage_inputs(path.read_text("utf-8"))
        found.furniture(f"{path.name} (raw)", inputs["raw"])
        found.furniture(f"{path.name} (furniture)", inputs["furniture"])
        for stage in ("raw", "rejoin", "segment"):
            if any(inputs[stage]):
                found.lines(f"{path.name} ({stage})", inputs[stage])
    return found


@pytest.fixture(scope="module")
def parity() -> Disagreements:
    return _disagreements()


def test_every_fixture_line_is_compared(parity: Disagreements) -> None:
    assert parity.compared >= MIN_LINES


def test_old_predicates_and_the_description_agree(parity: Disagreements) -> None:
    assert parity.wrong == {}


def test_every_intended_disagreement_occurs(parity: Disagreements) -> None:
    """A reason listed for a disagreement that never happens is stale: remove it."""
    assert all(parity.intended.values()), parity.intended


@pytest.mark.parametrize(
    ("blocks", "form"),
    [
        # A URL the sentence runs on through is that sentence's: neither takes it out.
        ([["The guidance is at", "https://example.com/guide", "for all readers."]], None),
        # Standing alone in its block, it is furniture to both.
        ([["The guidance is out."], ["https://example.com/guide"]], "url"),
    ],
)
def test_page_and_furniture_decide_running_text_alike(
    blocks: list[list[str]], form: str | None
) -> None:
    lines = [line for block in blocks for line in block]
    breaks = frozenset(itertools.accumulate(len(block) for block in blocks[:-1]))
    verdicts = furniture.classify_page(lines, breaks=breaks)
    page = Page.from_blocks(blocks, anchors=None)
    url = next(i for i, line in enumerate(lines) if line.startswith("https"))
    verdict = verdicts[url]
    assert (verdict.kind if verdict else None) == form
    assert (page.lines[url].form.value or None) == form
