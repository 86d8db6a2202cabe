"""segment: one repaired page into its articles (the stage after the passes in ``split``).

Each unit of the page (a paragraph, headline or byline line after ``rejoin``) gets a
role from its form, then articles are built from the sequence of roles, the way a reader
of the printed page sees them. Every decision records the signals that made it.

* *Roles.* A byline or wire dateline has its typeset form (``patterns``). A heading is a
  short unit that is not running text: no ``。``/``；``, no clause ending, at most one
  comma, set on one or two lines. Everything else is body.
* *Headline groups.* Consecutive heading lines within one block (no blank line between)
  form one group of kicker (引题), headline (主题) and subtitle (副题). Of two lines, the
  first is a kicker when it is much shorter than the second or is set in two parts
  around a space while the second is not; otherwise the second is a subtitle.
* *Subheads vs new articles.* A single short heading inside an open article (it has body
  and no closing byline yet) is a section subhead when the body after it is set in the
  same column width as the article, or parallels subheads already seen; a heading whose
  body is set in another column width starts another article.
* *Orphans* (reading-order repair). A headline group followed directly by another group
  has no body of its own; it owns the next body that starts without a headline of its
  own: a section whose column does not match the open article, or body after a
  closing byline.
* *Bylines* open the article when they stand between its headline and its body, and
  close it when they follow its body. A paragraph after the closing byline that is set
  wider than the article's column is that article's standfirst: its ``lead``.
* *Posts* (front matter with a title) are one article: the title is the headline and
  every heading is a subhead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newsclean.chardata import ENDS_SENTENCE
from newsclean.model import FURNITURE, HEADING, Document, Layout
from newsclean.options import Options
from newsclean.patterns import END_MARK, is_byline

_FULL_STOP = re.compile("[。；;]")
_CLAUSE_END = re.compile("[，、：:,]$")
_COMMAS = re.compile("[，,]")
#: Longest heading, in characters.
MAX_HEADING = 48
#: Two column widths are the same when they differ by at most this share.
SAME_COLUMN = 0.12


@dataclass
class Unit:
    text: str
    block: int
    layout: Layout | None
    hint: str
    role: str = "body"


@dataclass
class Article:
    headline: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    blocks: list[dict[str, str]] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    closed: bool = False
    widths: list[int] = field(default_factory=list)
    subhead_lengths: list[int] = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        return any(b["type"] in ("paragraph", "lead") for b in self.blocks)

    def column(self) -> int | None:
        """The column width the article's body is set in (its commonest paragraph width)."""
        if not self.widths:
            return None
        return sorted(self.widths)[len(self.widths) // 2]

    def text(self) -> str:
        parts = [p for p in (self.kicker, self.headline, self.subtitle, self.byline) if p]
        parts += [b["text"] for b in self.blocks]
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "blocks": self.blocks,
            "text": self.text(),
            "signals": self.signals,
        }


def _role(unit: Unit, options: Options) -> str:
    text = unit.text
    longest = options.max_headline or MAX_HEADING
    if END_MARK.match(text):
        return "end"
    if is_byline(text, options.byline_patterns):
        return "byline"
    if unit.hint == HEADING:
        return "heading"
    if len(text) > longest or _FULL_STOP.search(text) or _CLAUSE_END.search(text):
        return "body"
    if ENDS_SENTENCE.search(text) and not text.endswith(("？", "！", "?", "!")):
        return "body"
    if len(_COMMAS.findall(text)) > 1 or ("、" in text and len(text) > 24):
        return "body"
    if unit.layout is not None and unit.layout.lines > 2:
        return "body"
    return "heading"


def units_of(doc: Document, options: Options) -> list[Unit]:
    units = []
    for index, block in enumerate(doc.blocks):
        if block.kind == FURNITURE:
            continue
        for i, line in enumerate(block.lines):
            layout = block.layout[i] if block.layout is not None else None
            unit = Unit(line, index, layout, block.kind)
            unit.role = _role(unit, options)
            units.append(unit)
    return units


def _same_column(a: int | None, b: int | None) -> bool | None:
    if a is None or b is None:
        return None
    return abs(a - b) <= SAME_COLUMN * max(a, b)


def _body_width(units: list[Unit]) -> int | None:
    widths = [u.layout.width for u in units if u.layout is not None and u.layout.lines > 1]
    return sorted(widths)[len(widths) // 2] if widths else None


def _group_roles(group: list[str]) -> tuple[str | None, str | None, str | None, list[str]]:
    """kicker, headline, subtitle, and any further lines (subtitles beyond the third)."""
    if len(group) == 1:
        return None, group[0], None, []
    if len(group) == 2:
        first, second = group
        two_part = " " in first.strip() and " " not in second.strip()
        if len(first) <= 0.6 * len(second) or two_part:
            return first, second, None, []
        return None, first, second, []
    return group[0], group[1], group[2], group[3:]


def _runs(units: list[Unit]) -> list[tuple[str, list[Unit]]]:
    """Consecutive units of one role; heading runs also break where a block ends."""
    runs: list[tuple[str, list[Unit]]] = []
    for unit in units:
        role = unit.role
        if runs and runs[-1][0] == role and role in ("body", "heading"):
            last = runs[-1][1][-1]
            if role == "body" or last.block == unit.block:
                runs[-1][1].append(unit)
                continue
        runs.append((role, [unit]))
    return runs


def split_document(doc: Document, options: Options | None = None) -> list[Article]:
    """The articles of a repaired page; ``options`` carries the user's byline patterns
    and headline limit (the same Options the passes ran with)."""
    units = units_of(doc, options or Options())
    title = doc.metadata.get("title")
    if isinstance(title, str) and title.strip():
        return [_post_article(title.strip(), units)]
    return _page_articles(units)


def _post_article(title: str, units: list[Unit]) -> Article:
    article = Article(headline=title, signals=["front-matter title"])
    for unit in units:
        if unit.role == "heading":
            article.blocks.append({"type": "subhead", "text": unit.text})
        elif unit.role == "byline" and article.byline is None:
            article.byline = unit.text
        else:
            article.blocks.append({"type": "paragraph", "text": unit.text})
    return article


def _page_articles(units: list[Unit]) -> list[Article]:
    runs = _runs(units)
    articles: list[Article] = []
    orphans: list[Article] = []
    current: Article | None = None
    pending_byline: str | None = None

    def new_article(group: list[str], why: str) -> Article:
        kicker, headline, subtitle, extra = _group_roles(group)
        art = Article(kicker=kicker, headline=headline, subtitle=subtitle, signals=[why])
        for line in extra:
            art.blocks.append({"type": "subhead", "text": line})
        articles.append(art)
        return art

    for i, (role, run) in enumerate(runs):
        following = runs[i + 1] if i + 1 < len(runs) else None
        next_role = following[0] if following else None
        if role == "heading":
            next_body = _body_width(following[1]) if following and next_role == "body" else None
            if current is not None and _is_subhead(run, current, next_body, next_role):
                current.blocks.append({"type": "subhead", "text": run[0].text})
                current.subhead_lengths.append(len(run[0].text))
                current.signals.append(f"subhead: {run[0].text[:12]}")
                continue
            if (
                len(run) == 1
                and orphans
                and next_role == "body"
                and current is not None
                and current.has_body
                and len(run[0].text) <= 16
            ):
                current = orphans.pop(0)
                current.blocks.append({"type": "subhead", "text": run[0].text})
                current.subhead_lengths.append(len(run[0].text))
                current.signals.append("orphan headline owns a section led by a subhead")
                continue
            current = new_article([u.text for u in run], "headline group before body")
            if pending_byline is not None:
                current.byline, pending_byline = pending_byline, None
            if next_role == "heading":
                orphans.append(current)
                current.signals.append("orphan: another headline group follows")
            continue
        if role == "byline":
            text = run[0].text
            if current is None:
                pending_byline = text
            elif not current.has_body and current.byline is None:
                current.byline = text
                current.signals.append("byline opens the article")
            elif current.byline is None:
                current.byline = text
                current.closed = True
                current.signals.append("byline closes the article")
            else:
                current.blocks.append({"type": "dateline", "text": text})
                current.closed = True
            continue
        if role == "end":
            if current is None:
                current = Article(signals=["body without a headline"])
                articles.append(current)
            current.blocks.append({"type": "paragraph", "text": run[0].text})
            current.closed = True
            continue
        # body
        if current is None or (current.closed and not _standfirst(run, current)):
            if orphans:
                current = orphans.pop(0)
                current.signals.append("orphan headline owns body without a headline")
            elif current is None or current.closed:
                current = Article(signals=["body without a headline"])
                if pending_byline is not None:
                    current.byline, pending_byline = pending_byline, None
                articles.append(current)
        if current.closed and _standfirst(run, current):
            current.blocks[0:0] = [{"type": "lead", "text": u.text} for u in run]
            current.signals.append("standfirst after the closing byline is the lead")
            continue
        for unit in run:
            kind = "paragraph"
            if not current.has_body and _wider_than(unit, current, run):
                kind = "lead"
            current.blocks.append({"type": kind, "text": unit.text})
            if unit.layout is not None and unit.layout.lines > 1:
                current.widths.append(unit.layout.width)
    return [a for a in articles if a.headline or a.blocks]


def _wider_than(unit: Unit, article: Article, run: list[Unit]) -> bool:
    """A first paragraph set wider than the body that follows it: a standfirst."""
    body = _body_width(run[1:])
    return (
        unit.layout is not None
        and body is not None
        and unit.layout.lines > 1
        and unit.layout.width > body * (1 + SAME_COLUMN)
    )


def _standfirst(run: list[Unit], article: Article) -> bool:
    column = article.column()
    return (
        len(run) == 1
        and column is not None
        and run[0].layout is not None
        and run[0].layout.width > column * (1 + SAME_COLUMN)
    )


def _is_subhead(
    run: list[Unit], article: Article, next_body: int | None, next_role: str | None
) -> bool:
    if len(run) != 1 or next_role != "body" or article.closed or not article.has_body:
        return False
    text = run[0].text
    if len(text) > 20:
        return False
    same = _same_column(article.column(), next_body)
    if same is False:
        return False
    parallel = any(abs(n - len(text)) <= 2 for n in article.subhead_lengths)
    shorter = article.headline is None or len(text) < len(article.headline)
    return bool(same) or parallel or shorter
