"""Labelled lines into articles: the model's split, decided by its labels.

Each line carries a role and a boundary (``newsclean.linemodel.align.Label``). A line
labelled ``C`` continues the unit before it and is joined to it the way ``rejoin``
joins lines (no space inside CJK text, a word broken at a hyphen joined when the page's
vocabulary says so, the gaps justification left in CJK running text taken out); ``A``
or ``P`` opens a unit. Furniture and noise lines go to the page's furniture list, one
by one, and a ``C`` line after them continues the article unit they interrupted (a
running head inside a paragraph broken by the page or column).

A unit opened by ``A`` opens an article. Kicker, headline, subtitle and byline units
go to their article's fields; subheads, captions and datelines become blocks of their
type; body and ad units paragraphs. Two repairs follow what the labels cannot say:

* A *run-in dateline* (``Athen, 6. Mai –`` / ``本报北京5月1日电``) continued by body
  text opens that paragraph: the dateline unit becomes body.
* A *headline without a body* next to a *body without a headline* are one article:
  extractors read a column's text before or after the headline set over several
  columns, so the model opens an article for each half. A headline-only article takes
  the headless article right after it, or else the one right before it.

Missing ``A`` marks are repaired from the fields: a kicker or headline that arrives
when its article already has body text, or a second kicker, opens the next article.

``page_units`` builds the units ``segment`` reads instead (heading kinds and ``A`` left
to segment's rules), with the block each stands in and how it was set, as ``rejoin``
records them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsclean.chardata import display_width, joins_without_space
from newsclean.dehyphenate import join_lines
from newsclean.linemodel.align import PAGE_ROLES, Label
from newsclean.linemodel.features import first_in_block
from newsclean.model import Layout
from newsclean.page import Page
from newsclean.page.credits import END_MARK
from newsclean.passes.whitespace import remove_cjk_gaps
from newsclean.segment import Article, Unit

#: Label roles that hold article text set as running text.
BODY_ROLES = frozenset(("body", "ad"))
#: Block types of the label roles set as blocks that are not paragraphs.
BLOCK_TYPE = {"subhead": "subhead", "caption": "caption", "dateline": "dateline"}


def join(first: str, second: str, vocab: Counter[str]) -> str:
    """Two lines of one unit as ``rejoin`` joins them."""
    broken = join_lines(first, second, vocab)
    if broken is not None:
        return broken[0]
    return first + second if joins_without_space(first, second) else f"{first} {second}"


@dataclass
class _Unit:
    role: str
    opens: bool
    lines: list[str] = field(default_factory=list)

    def text(self, vocab: Counter[str]) -> str:
        text = self.lines[0]
        for nxt in self.lines[1:]:
            text = join(text, nxt, vocab)
        if len(self.lines) > 1 and self.role in BODY_ROLES:
            text, _ = remove_cjk_gaps(text, running_text=True)
        return text


@dataclass
class Assembled:
    articles: list[Article]
    furniture: list[str]


def units(lines: list[str], labels: list[Label]) -> tuple[list[_Unit], list[str]]:
    """The article units in reading order, and the furniture lines."""
    out: list[_Unit] = []
    furniture: list[str] = []
    for line, label in zip(lines, labels, strict=True):
        if label.role in PAGE_ROLES:
            furniture.append(line)
            continue
        if out and label.boundary == "C":
            unit = out[-1]
            if unit.role == "dateline" and label.role in BODY_ROLES:
                unit.role = label.role
            unit.lines.append(line)
            continue
        out.append(_Unit(label.role, label.boundary == "A", [line]))
    return out, furniture


def _headed(article: Article) -> bool:
    return bool(article.headline or article.kicker)


def _opens_next(article: Article, role: str) -> bool:
    """A heading that cannot belong to ``article``: the model missed an ``A``."""
    if role == "kicker":
        return bool(article.kicker or article.headline or article.has_body)
    if role == "headline":
        return article.has_body
    return False


def _add(article: Article, role: str, text: str) -> None:
    if role in ("kicker", "headline", "subtitle", "byline"):
        now = getattr(article, role)
        setattr(article, role, text if now is None else f"{now} {text}")
    elif role in BLOCK_TYPE:
        article.blocks.append({"type": BLOCK_TYPE[role], "text": text})
    else:
        article.blocks.append({"type": "paragraph", "text": text})


def _pair_orphans(articles: list[Article]) -> list[Article]:
    out: list[Article] = []
    i = 0
    while i < len(articles):
        art = articles[i]
        if _headed(art) and not art.has_body:
            after = articles[i + 1] if i + 1 < len(articles) else None
            if after is not None and not _headed(after) and after.has_body:
                art.blocks += after.blocks
                art.byline = art.byline or after.byline
                art.signals.append("headline over the headless text after it")
                out.append(art)
                i += 2
                continue
            before = out[-1] if out else None
            if before is not None and not _headed(before) and before.has_body:
                for name in ("kicker", "headline", "subtitle"):
                    setattr(before, name, getattr(art, name))
                before.blocks += art.blocks
                before.byline = before.byline or art.byline
                before.signals.append("headline read after its text")
                i += 1
                continue
        out.append(art)
        i += 1
    return out


def assemble(lines: list[str], labels: list[Label], vocab: Counter[str]) -> Assembled:
    """The articles and furniture lines of a page whose lines are labelled."""
    parts, furniture = units(lines, labels)
    articles: list[Article] = []
    for unit in parts:
        if not articles or unit.opens or _opens_next(articles[-1], unit.role):
            articles.append(Article())
        _add(articles[-1], unit.role, unit.text(vocab))
    return Assembled(_pair_orphans(articles), furniture)


#: The roles of segment's units, by label role.
SEGMENT_ROLE = {
    "kicker": "heading",
    "headline": "heading",
    "subtitle": "heading",
    "subhead": "heading",
    "byline": "byline",
    "dateline": "dateline",
    "caption": "caption",
    "body": "body",
    "ad": "body",
}


def decision(label: Label | None) -> tuple[str, bool]:
    """What of a label ``segment`` reads: the unit's role, and whether the line goes on
    with the unit before it (the kind of heading and a new article are segment's).

    A line out of the articles is one decision however it is labelled: furniture and
    noise lines go to the furniture list one by one (whether one continues another
    changes nothing), and a line the rules' split does not show (``None``) is one the
    rules took out of the articles."""
    if label is None or label.role in PAGE_ROLES:
        return "furniture", False
    return SEGMENT_ROLE[label.role], label.boundary == "C"


@dataclass
class _Run:
    role: str
    block: int
    hint: str
    lines: list[str] = field(default_factory=list)


def page_units(
    page: Page, hints: list[str], labels: list[Label], vocab: Counter[str]
) -> tuple[list[Unit], list[str]]:
    """The page's units in reading order, and its furniture lines."""
    runs: list[_Run] = []
    furniture: list[str] = []
    block = -1
    new_block = False
    for i, (line, label) in enumerate(zip(page.lines, labels, strict=True)):
        # A blank line starts a block, unless the line after it goes on with the unit
        # before it (a column break inside a paragraph): then the block goes on too.
        new_block = new_block or first_in_block(page, i)
        if label.role in PAGE_ROLES:
            furniture.append(line.text)
            continue
        if runs and label.boundary == "C" and runs[-1].role == label.role:
            runs[-1].lines.append(line.text)
            new_block = False
            continue
        if new_block or not runs:
            block += 1
            new_block = False
        runs.append(_Run(label.role, block, hints[i], [line.text]))
    return [_segment_unit(run, vocab) for run in runs], furniture


def _segment_unit(run: _Run, vocab: Counter[str]) -> Unit:
    text = run.lines[0]
    for nxt in run.lines[1:]:
        text = join(text, nxt, vocab)
    if len(run.lines) > 1 and run.role in ("body", "ad"):
        text, _ = remove_cjk_gaps(text, running_text=True)
    widths = [display_width(line) for line in run.lines]
    layout = Layout(len(widths), max(widths), widths[0], widths[-1])
    role = "end" if END_MARK.match(text) else SEGMENT_ROLE[run.role]
    return Unit(text, run.block, layout, run.hint, role)
