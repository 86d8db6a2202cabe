"""Headings the rules saw where the page printed running text, vetoed by a learnt model.

The rules' largest loss on generated pages is over-splitting: a unit they take for a
heading opens an article the page does not have. Many such units are running text that
goes on across a break: a paragraph's first line torn from it (pdfminer in narrow
columns), a line of a paragraph read between columns. For each unit the rules made a
heading (after ``segment``'s roles, ``first_lines_rejoined`` and ``reunite``), a model
trained with CRFsuite on generated and hand-gold pages reads its role, form, setting
against the page's body measure and its neighbours', and says what the gold would call
it (:data:`ACTED`). It decides one thing only: a heading the model is sure runs on
becomes body, joined to the paragraph it starts (the next unit continues it) or
continues (the body unit before). Two facts of typesetting guard the joins: a line torn
from a paragraph breaks a sentence, so a unit ending one does not start the next
unit's paragraph, nor does a unit continue a body unit that ended one; and a text that
breaks off over a jump line (``Continued on Page 4``) goes on on that page, not in the
unit after it. Every other
decision stays the rules'; a briefs item's title and a notice's heading are the box's.

The model file ships beside this module and is loaded on first use; without it the
units are left as they are. Tagging is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsclean.chardata import ENDS_SENTENCE, joins_without_space
from newsclean.dehyphenate import Vocabulary, join_lines, vocabulary
from newsclean.linemodel.buckets import bucket
from newsclean.model import Layout
from newsclean.page import Flag
from newsclean.page.boxes import notice_heading
from newsclean.page.describe import NO_LINE_END, ends_clause, hyphen_end
from newsclean.page.jumps import breaks_off

if TYPE_CHECKING:
    from newsclean.segment.model import Unit

Features = dict[str, float]

VETO_MODEL = Path(__file__).with_name("veto.crfsuite")
#: A heading unit's labels: a heading field of the gold (``H``); running text: a
#: paragraph of its own (``B``), a paragraph's start the next unit continues (``J``), the
#: continuation of the unit before (``C``); anything else (``O``: a byline, furniture…).
#: The veto acts on ``J`` and ``C`` only, where the text itself runs on across the
#: break: made body alone, a ``B`` unit costs more real headings than it gains (on the
#: hand-gold pages; ``docs/model.md``).
ACTED = ("J", "C")
#: The gold roles a heading unit may rightly stand for.
HEADING_ROLES = frozenset(("kicker", "headline", "subtitle", "subhead"))
#: How sure the model must be that a heading unit runs on into a paragraph to veto it.
SURE = 0.7
#: The neighbours whose main features a unit sees.
WINDOW = (-2, -1, 1, 2)
_SHARED = ("role", "lines", "w", "end", "start", "len", "blk")


def gold_tag(label: tuple[str, str] | None, after: tuple[str, str] | None) -> str | None:
    """A heading unit's label from the gold items it and the unit after it are found in
    (``align``'s role and boundary of each)."""
    if label is None:
        return None
    role, boundary = label
    if role in HEADING_ROLES:
        return "H"
    if role not in ("body", "ad"):
        return "O"
    if boundary == "C":
        return "C"
    return "J" if after is not None and after[0] in ("body", "ad") and after[1] == "C" else "B"


def _end(unit: Unit) -> str:
    """The first of ``Flag.ENDS_SENTENCE``, ``HYPHEN_END``, ``ENDS_CLAUSE`` and
    ``NO_LINE_END`` the unit's description holds, found without describing the whole
    unit (the neighbours of every heading are asked: most of a page's paragraphs)."""
    text = unit.text.strip()
    if ENDS_SENTENCE.search(text):
        return "ENDS_SENTENCE"
    if not unit.cjk and hyphen_end(text) and Flag.HYPHEN_END in unit.flags:
        # The description sets it on Latin lines only.
        return "HYPHEN_END"
    if ends_clause(text):
        return "ENDS_CLAUSE"
    return "NO_LINE_END" if unit.cjk and text[-1:] in NO_LINE_END else "open"


def _start(text: str) -> str:
    first = next((ch for ch in text if ch.isalnum()), "")
    if not first:
        return "mark"
    return "digit" if first.isdigit() else "lower" if first.islower() else "upper"


def _own(units: list[Unit], i: int, measure: int | None) -> dict[str, str]:
    unit = units[i]
    layout = unit.layout
    role = unit.role + ("/item" if unit.item else "") + ("/wrap" if unit.wrapped_heading else "")
    own = {
        "role": role,
        "lines": str(min(layout.lines, 4)) if layout else "none",
        "w": bucket(layout.width / measure, (0.3, 0.6, 0.85, 0.95, 1.06))
        if layout and measure
        else "none",
        "end": _end(unit),
        "start": _start(unit.text),
        "len": bucket(len(unit.text), (4, 8, 16, 32, 64, 128)),
        "blk": (
            f"{i == 0 or units[i - 1].block != unit.block:d}"
            f"{i == len(units) - 1 or units[i + 1].block != unit.block:d}"
        ),
        "script": "CJK" if unit.cjk else "LATIN",
        "hint": unit.hint or "plain",
    }
    if layout is not None and layout.lines > 1:
        own["first"] = "indent" if layout.first <= layout.width - 3 else "full"
        own["last"] = "full" if layout.last >= layout.width - 2 else "short"
    return own


def unit_features(units: list[Unit], which: Iterable[int] | None = None) -> dict[int, Features]:
    """The features of each unit (of the units at ``which``), its neighbours' main ones
    included. Describing a unit costs: only the units asked about and their neighbours
    are described, each once."""
    from newsclean.segment.model import body_width

    measure = body_width(units)
    owns: dict[int, dict[str, str]] = {}

    def own(j: int) -> dict[str, str]:
        found = owns.get(j)
        if found is None:
            found = owns[j] = _own(units, j, measure)
        return found

    scale = f"measure={bucket(measure or 0, (1, 20, 30, 40, 60, 90))}"
    count = len(units)
    out: dict[int, Features] = {}
    for i in range(count) if which is None else which:
        mine = own(i)
        before = own(i - 1) if i else None
        after = own(i + 1) if i + 1 < count else None
        names = [f"{k}={v}" for k, v in mine.items()]
        names += _flag_names(units[i].flags)
        names.append(scale)
        names.append(f"end-1+start={before['end'] if before else 'top'}/{mine['start']}")
        names.append(f"end+start+1={mine['end']}/{after['start'] if after else 'foot'}")
        names.append(
            f"roles={before['role'] if before else 'top'}/{mine['role']}/"
            f"{after['role'] if after else 'foot'}"
        )
        names.append(f"role+w={mine['role']}/{mine['w']}/{mine['lines']}")
        for offset in WINDOW:
            j = i + offset
            if 0 <= j < count:
                theirs = own(j)
                names += [f"{offset}:{k}={theirs[k]}" for k in _SHARED]
            else:
                names.append(f"{offset}:edge")
        out[i] = dict.fromkeys(names, 1.0) | {"bias": 1.0}
    return out


@lru_cache(maxsize=1024)
def _flag_names(flags: Flag) -> tuple[str, ...]:
    """The features of a unit's flags, in the flags' order. (Cached: a page's units
    share a few sets of flags, and iterating an enum's flags is slow.)"""
    return tuple(f"f={flag.name}" for flag in flags)


def model_tags(units: list[Unit], model: str) -> list[tuple[str, float]]:
    """For each heading unit the veto may overrule, the most likely running-text label
    and how sure the model is that the unit is running text; ``("", 0.0)`` for the
    others."""
    out: list[tuple[str, float]] = [("", 0.0)] * len(units)
    vetoable = [_vetoable(unit) for unit in units]
    asked = _may_join(units, vetoable)
    if not asked:
        # No heading to ask about: CRFsuite is not even loaded.
        return out
    from newsclean.linemodel import opened

    tagger = opened(model)
    known = [label for label in ACTED if label in tagger.labels()]
    feats = unit_features(units, asked if known else [])
    for i in feats:
        tagger.set([feats[i]])
        tagger.tag()
        sure = {label: tagger.marginal(label, 0) for label in known}
        out[i] = (max(known, key=sure.__getitem__), sum(sure.values()))
    return out


def _may_join(units: list[Unit], vetoable: list[bool]) -> list[int]:
    """The vetoable headings :func:`apply_tags` could join to a paragraph, were the model
    sure: to the next unit only if the rules made it body (a unit's role changes only
    when it is itself vetoed, after this one); to the body unit before only if one
    stands before it past vetoable headings alone, as every other unit is kept with its
    own role and would be the unit before. Units that cannot be joined are not described
    nor tagged. (The unit before is carried along: looking back from each heading made
    a run of headings quadratic.)"""
    asked = []
    kept_before_is_body = False
    for i, able in enumerate(vetoable):
        if not able:
            kept_before_is_body = units[i].role == "body"
            continue
        if kept_before_is_body or (i + 1 < len(units) and units[i + 1].role == "body"):
            asked.append(i)
    return asked


def vetted(
    units: list[Unit], model: str | None = None, jumped: frozenset[str] = frozenset()
) -> list[Unit]:
    """``units`` with the headings the model vetoes made running text (``model``: the
    model file; the shipped one by default, nothing vetoed when there is none;
    ``jumped``: the lines jump lines stood under, ``page.jumps.jumped_lines``)."""
    path = Path(model) if model else VETO_MODEL
    if not units or not path.is_file():
        return units
    return apply_tags(units, model_tags(units, str(path)), jumped)


def _vetoable(unit: Unit) -> bool:
    # A briefs item's title and a notice's heading are decided by the box they open.
    return unit.role == "heading" and not unit.item and not notice_heading(unit.text)


def apply_tags(
    units: list[Unit], tags: list[tuple[str, float]], jumped: frozenset[str] = frozenset()
) -> list[Unit]:
    """Join each vetoed heading (``J`` or ``C`` with at least :data:`SURE`) to the
    paragraph it is part of, as body: to the next unit when it starts the paragraph that
    unit goes on with (``J``), to the body unit before when it goes on with that one
    (``C``). A line torn from a paragraph breaks a sentence: a vetoed unit is joined to
    the next only if it ends no sentence, and to the unit before only if that unit ends
    none; and only to a unit the rules made body. Nor across a jump line: the first of
    the two units breaks off over one (``jumped``)."""
    vocab: Vocabulary | None = None
    kept: list[Unit] = []
    joined_to_next: Unit | None = None
    for i, unit in enumerate(units):
        if joined_to_next is not None:
            _join(joined_to_next, unit, vocab)
            joined_to_next = None
        tag, sure = tags[i]
        after = units[i + 1] if i + 1 < len(units) else None
        before = kept[-1] if kept else None
        if tag == "J":
            act = after is not None and after.role == "body" and not unit.ends_sentence
            act = act and not breaks_off(unit.text, jumped)
        else:
            act = tag == "C" and before is not None and before.role == "body"
            act = act and before is not None and not before.ends_sentence
            act = act and before is not None and not breaks_off(before.text, jumped)
        if not act or not _vetoable(unit) or sure < SURE:
            kept.append(unit)
            continue
        unit.role = "body"
        vocab = vocab or vocabulary("\n".join(u.text for u in units))
        if tag == "J":
            joined_to_next = unit
        elif before is not None:
            _join(before, unit, vocab, into_first=True)
    return kept


def _join(first: Unit, second: Unit, vocab: Vocabulary | None, *, into_first: bool = False) -> None:
    """The two units' text as one paragraph, kept in ``second`` (or ``first``)."""
    broken = join_lines(first.text, second.text, vocab) if vocab is not None else None
    if broken is not None:
        text = broken[0]
    elif joins_without_space(first.text, second.text):
        text = first.text + second.text
    else:
        text = f"{first.text} {second.text}"
    a, b = first.layout, second.layout
    layout = (
        Layout(a.lines + b.lines, max(a.width, b.width), a.first, b.last, max(a.column, b.column))
        if a is not None and b is not None
        else a or b
    )
    target = first if into_first else second
    target.text, target.layout = text, layout
