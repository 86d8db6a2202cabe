"""rejoin's paragraph boundary, second-guessed by a learnt model where it is sure.

The rules' largest loss on generated pages is the paragraph itself: a gold paragraph
torn into pieces, or run into the next one. Both are rejoin's join decision (does this
line continue the paragraph above it, across a line end or a blank line). For each
decision the rules make, a model trained with CRFsuite on hand-gold pages and generated
ones (PDF extractions, OCR'd renders, OCR'd pages set as 1890-1920 papers, and pages
with blocks of short items run in as one paragraph: contents boxes, notes) reads the
two lines (their ``describe()`` flags and forms, rejoin's facts, their widths against the
measure, and, since OCR drops the indent and blurs the columns, against their block's
and the page's robust measure, how the first ends and the second starts), the word
the break may split (``runon.join_odds``: a common word across the break, a
hyphenated stem), the line after, and the rules' own answer, and says whether the gold
prints them in one paragraph. Where it disagrees with the rules and is at least
:data:`SURE` of it, its answer stands.

Typesetting guards what it may change, whatever it is sure of. A paragraph may end
wherever a sentence ends, and only the measure and the indent show whether it did (OCR
drops the indent): the model never joins across a sentence end. A Latin line in
capitals or headline case is display type: never joined to text. A line never starts
with closing punctuation, nor ends with an opening bracket, nor breaks a hyphenated word
before its lower-case rest: such a pair is never broken. Headline lines (neither the
paragraph nor the line is running text) are left to segment, which builds headline
groups whole. Lines the rules set apart (verse, tables, program text, list items) and
credits keep the rules' decision.

It is asked only under ``Options.learnt_joins`` (a library keyword; no configuration key),
off by default: in ``split`` it lifts generated pages (diagnose seeds 1 and 2, the
OCR'd confirm halves) but lowered both untouched hand sets (stop 23's model), the
fixtures and heldout-latin (stop 31's) and heldout-latin still (stop 32's), and in
``fix`` it would also rewrap clean text the rules leave alone (``make harm``);
docs/model.md has the figures. The model file ships beside this module and is loaded on
first use; without it the rules decide alone.
Tagging is deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsclean.linemodel.buckets import bucket
from newsclean.page.describe import NO_LINE_END, NO_LINE_START, describe, hyphen_end
from newsclean.page.flags import Flag

if TYPE_CHECKING:
    from newsclean.passes.rejoin.lines import Columns, Line, Paragraph

Features = dict[str, float]
#: A join decision: (paragraph so far, the next line, the page's columns, the line
#: after it in its block) -> whether the line continues the paragraph.
Decision = Callable[["Paragraph", "Line", "Columns", "Line | None"], bool]
#: A second opinion on a decision (..., the rules' answer, a blank line between, the
#: round's measures): join, break, or None to leave the rules' answer.
Answer = Callable[
    ["Paragraph", "Line", "Line | None", "Columns", bool, bool, "Measures"], "bool | None"
]

JOINS_MODEL = Path(__file__).with_name("joins.crfsuite")
#: The two answers: the line continues the paragraph (``J``) or starts a new one (``N``).
LABELS = ("J", "N")
#: How sure the model must be to overrule the rules (tuned on diagnose's seed-1 sample).
SURE = 0.8
#: The answers the model may give against the rules': ``J`` joins what they break,
#: ``N`` breaks what they join.
OVERRULES = frozenset(LABELS)
_DISPLAY = Flag.CAPITALS | Flag.CAPS_HEADLINE | Flag.HEADLINE_CASE
#: Where in a block's sorted line widths its measure is read: high enough to pass its
#: paragraphs' short last lines, low enough to miss a line OCR ran long (two columns
#: read across, a speck beside the margin).
MEASURE_QUANTILE = 0.8
#: A block of fewer lines shows no measure of its own.
MEASURE_LINES = 3
_WIDTHS = (0.5, 0.7, 0.85, 0.95, 1.05, 1.3)


@dataclass(frozen=True)
class Measures:
    """The measures a round's lines are read against when the columns show none (OCR
    keeps no indent and its widths wander, so the page's column peaks are often
    missing): each block's, by the id of its lines, and the page's."""

    block: dict[int, int] = field(default_factory=dict)
    page: int = 0


def _quantile(widths: list[int]) -> int:
    ordered = sorted(widths)
    return ordered[int(MEASURE_QUANTILE * (len(ordered) - 1))]


def measures(blocks: Iterable[list[Line]]) -> Measures:
    """Each block's measure (its lines' widths at :data:`MEASURE_QUANTILE`) and the
    page's (the same over the running lines of every block that shows one)."""
    block: dict[int, int] = {}
    running: list[int] = []
    for lines in blocks:
        if len(lines) < MEASURE_LINES:
            continue
        measure = _quantile([line.width for line in lines])
        block.update((id(line), measure) for line in lines)
        running += [line.width for line in lines if line.running]
    return Measures(block, _quantile(running) if running else 0)


def _end(text: str) -> str:
    """How a line ends: the class of its last character."""
    last = text[-1:]
    if not last:
        return "none"
    if last in "。！？.!?":
        return "stop"
    if last in "，、；：,;:":
        return "clause"
    if last in "-‐\u00ad":
        return "hyphen"
    if last in NO_LINE_END:
        return "open"
    if last in "”’」』）)》\"'":
        return "close"
    if last.isdigit():
        return "digit"
    if last.isalpha():
        return "lower" if last.islower() else "han" if ord(last) > 0x2E80 else "letter"
    return "mark"


def _start(text: str) -> str:
    """How a line starts: the class of its first character."""
    first = text[:1]
    if not first:
        return "none"
    if first in NO_LINE_START:
        return "closing"
    if first in NO_LINE_END or first in "\"'(":
        return "opening"
    if first.isdigit():
        return "digit"
    if first.isalpha():
        if ord(first) > 0x2E80:
            return "han"
        return "lower" if first.islower() else "upper"
    return "dash" if first in "—–-" else "mark"


def _shape(word: str) -> str:
    """A word's shape: capitals, capitalised, lower case, digits, an abbreviation."""
    letters = word.strip("\"'“”‘’()[],;:")
    if not letters:
        return "none"
    if letters.isdigit():
        return "digit"
    if letters.endswith(".") and len(letters) <= 4 and letters[:1].isupper():
        return "abbr"
    if letters.isupper() and len(letters) > 1:
        return "caps"
    return "title" if letters[:1].isupper() else "lower" if letters[:1].islower() else "other"


def _ratio(width: int, measure: int) -> str:
    return bucket(width / measure, _WIDTHS) if measure else "none"


@lru_cache(maxsize=8192)
def _described(text: str) -> tuple[str, ...]:
    """A line's ``describe()`` flags and form, as feature names (the same text is asked
    again each round while no join changes it)."""
    line = describe(text)
    names = [f"f={flag.name}" for flag in line.flags]
    names.append(f"form={line.form.name}")
    return tuple(names)


@lru_cache(maxsize=8192)
def _display(text: str) -> bool:
    """A Latin line set in capitals or in headline case."""
    return bool(describe(text).flags & _DISPLAY)


def _facts(line: Line) -> list[str]:
    facts = ("cjk", "running", "ends_sentence", "byline", "starts_new", "unclosed", "title")
    names = [name for name in facts if getattr(line, name)]
    names += [name for name in ("indented", "set_apart", "list_item") if getattr(line, name)]
    if not line.cjk and line.caps:
        names.append("caps")
    return names


def _word_across(a: str, b: str) -> str:
    """The vocabulary's evidence that the break splits a word (or a phrase)."""
    from newsclean.page.runon import join_odds

    return bucket(join_odds(_read(a), _read(b), None), (-2.0, -0.5, 0.5, 2.0))


@lru_cache(maxsize=8192)
def _read(text: str) -> Any:
    """``runon.read_line``, once per text: a line is asked about as the line above
    and as the line below, and again each round."""
    from newsclean.page.runon import read_line

    return read_line(text)


def features(
    paragraph: Paragraph,
    b: Line,
    after: Line | None,
    columns: Columns,
    decided: bool,
    blank: bool,
    known: Measures | None = None,
) -> Features:
    """What the model reads of one join decision (``decided``: the rules' answer;
    ``blank``: a blank line stands between the paragraph and ``b``; ``known``: the
    round's block and page measures)."""
    a = paragraph.last
    measure = _measure(paragraph, columns) or columns.column_of(b.width) or 0
    rules = "J" if decided else "N"
    end, start = _end(a.text), _start(b.text)
    wa, wb = _ratio(a.width, measure), _ratio(b.width, measure)
    names = [
        f"rules={rules}",
        f"blank={blank:d}",
        f"end={end}",
        f"start={start}",
        f"wa={wa}",
        f"wb={wb}",
        f"ab={bucket(b.width / max(a.width, 1), (0.5, 0.8, 0.95, 1.05, 1.25))}",
        f"measure={bucket(measure, (1, 20, 30, 40, 60, 90))}",
        f"lines={min(len(paragraph.lines), 4)}",
        f"word={_word_across(a.text, b.text)}",
        f"rules+end+start={rules}/{end}/{start}",
        f"rules+wa+wb={rules}/{wa}/{wb}",
        f"end+wa={end}/{wa}",
        f"start+wb={start}/{wb}",
        f"script={'C' if a.cjk else 'L'}{'C' if b.cjk else 'L'}",
    ]
    names += _ocr_kept(a, b, known or Measures(), end, start, rules)
    names += [
        name
        for name in ("running", "after_heading", "after_open", "opens_block", "justified")
        if getattr(paragraph, name)
    ]
    if a.layout is not None:
        names.append(f"a.printed={min(a.layout.lines, 4)}")
        names.append(f"a.last={bucket(a.layout.last / max(a.layout.width, 1), (0.7, 0.9))}")
    names += [f"a.{name}" for name in _facts(a)] + [f"b.{name}" for name in _facts(b)]
    names += [f"a.{name}" for name in _described(a.text)]
    names += [f"b.{name}" for name in _described(b.text)]
    if after is None:
        names.append("after=none")
    else:
        names.append(f"after.start={_start(after.text)}")
        names.append(f"after.wb={bucket(after.width / max(b.width, 1), (0.5, 0.8, 0.95, 1.05))}")
        names += [f"after.{name}" for name in _facts(after)]
    return dict.fromkeys(names, 1.0) | {"bias": 1.0}


def _ocr_kept(a: Line, b: Line, known: Measures, end: str, start: str, rules: str) -> list[str]:
    """What OCR keeps of a paragraph's end: the line's length against its block's and
    the page's measure (not the columns', which OCR's wandering widths often hide), the
    word it ends on and the word the next line opens with."""
    wa = _ratio(a.width, known.block.get(id(a), 0))
    wb = _ratio(b.width, known.block.get(id(b), 0))
    pa = _ratio(a.width, known.page)
    last = a.text.rsplit(None, 1)[-1] if a.text.strip() else ""
    first = b.text.split(None, 1)[0] if b.text.strip() else ""
    return [
        f"wa.blk={wa}",
        f"wb.blk={wb}",
        f"wa.pg={pa}",
        f"a.word={_shape(last)}",
        f"b.word={_shape(first)}",
        f"end+wa.blk+start={end}/{wa}/{start}",
        f"end+wa.pg+start={end}/{pa}/{start}",
        f"rules+end+wa.blk={rules}/{end}/{wa}",
        f"end+words={end}/{_shape(last)}/{_shape(first)}",
    ]


def guarded(paragraph: Paragraph, b: Line, join: bool) -> bool:
    """Whether typesetting forbids the model to change the rules' answer to ``join``."""
    a = paragraph.last
    if a.set_apart or b.set_apart or b.list_item or paragraph.lines[0].list_item:
        return True
    if a.byline or b.byline:
        return True
    if not (paragraph.running or b.running):
        # Headline lines are left to segment, which builds a headline group of all its
        # lines at once: joined one decision at a time, some of a torn headline's
        # pieces would be taken and others left.
        return True
    if join:
        if _display(a.text) or _display(b.text):
            # A Latin line in capitals or headline case is display type, and one under
            # running text opens a story (the text above went on in another column):
            # neither goes on a paragraph.
            return True
        # A paragraph may end wherever a sentence does; only the measure and the
        # indent show whether it did, and the rules read them.
        return a.ends_sentence
    return (
        b.text[:1] in NO_LINE_START
        or a.text[-1:] in NO_LINE_END
        or (hyphen_end(a.text) and b.text[:1].islower())
    )


def _measure(paragraph: Paragraph, columns: Columns) -> int:
    """The measure the paragraph is set to, as far as the page shows it (0: unknown)."""
    return (
        columns.column_of(paragraph.measure)
        or paragraph.measure
        or columns.column_of(paragraph.last.width)
        or 0
    )


def model_answer(model: str) -> Answer:
    """The model's answer to a decision the guards leave open, or None when it is not
    :data:`SURE` of it."""
    from newsclean.linemodel import opened

    tagger = opened(model)

    def answer(
        paragraph: Paragraph,
        b: Line,
        after: Line | None,
        columns: Columns,
        decided: bool,
        blank: bool,
        known: Measures,
    ) -> bool | None:
        tagger.set([features(paragraph, b, after, columns, decided, blank, known)])
        label: str = tagger.tag()[0]
        if label not in OVERRULES or tagger.marginal(label, 0) < SURE:
            return None
        return label == "J"

    return answer


def second_opinion(rule: Decision, answer: Answer, *, blank: bool, known: Measures) -> Decision:
    """``rule``, overruled by ``answer`` where the guards let it."""

    def decide(paragraph: Paragraph, b: Line, columns: Columns, after: Line | None) -> bool:
        decided = rule(paragraph, b, columns, after)
        if guarded(paragraph, b, not decided):
            return decided
        said = answer(paragraph, b, after, columns, decided, blank, known)
        return decided if said is None else said

    return decide


def deciding(
    continues: Decision,
    across_blank: Callable[[Paragraph, Line], bool],
    enabled: bool,
    blocks: Iterable[list[Line]] = (),
) -> tuple[Decision, Decision]:
    """rejoin's two join decisions (within a block, across a blank line), each with the
    model's second opinion when ``enabled`` and the model file is there (``blocks``: the
    round's lines, block by block, whose measures it reads)."""
    across: Decision = lambda paragraph, b, columns, after: across_blank(paragraph, b)  # noqa: E731
    if not enabled or not JOINS_MODEL.is_file():
        return continues, across
    answer = model_answer(str(JOINS_MODEL))
    known = measures(blocks)
    return (
        second_opinion(continues, answer, blank=False, known=known),
        second_opinion(across, answer, blank=True, known=known),
    )
