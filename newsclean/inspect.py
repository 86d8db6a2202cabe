"""What is wrong with a page before it is fixed: ``newsclean inspect``.

The defect counts are the passes' own change counts (``Document.changes``) from the run
``fix`` would make with the same options, not a second opinion computed another way:
so ``inspect`` and ``fix --explain`` always agree, and a pass that learns to repair
something new shows up here with no change to this module. The outline is what
``split`` finds on the same page.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsclean.options import Options
from newsclean.segment.model import HEAD_FIELDS


@dataclass
class Outline:
    """One article as ``split`` sees it, without its text."""

    headline: str | None
    kicker: str | None
    subtitle: str | None
    #: The decks a Latin stack sets under its subtitle, top to bottom.
    decks: list[str]
    byline: str | None
    subheads: list[str]
    #: Count of each block type (``lead``, ``paragraph``, ``subhead``...).
    blocks: dict[str, int]

    @property
    def paragraphs(self) -> int:
        return self.blocks.get("lead", 0) + self.blocks.get("paragraph", 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            **{name: getattr(self, name) for name in HEAD_FIELDS},
            "subheads": self.subheads,
            "paragraphs": self.paragraphs,
            "blocks": self.blocks,
        }


@dataclass
class Inspection:
    """The report on one input."""

    source: str
    encoding: str | None
    #: How sure the detector was, or None when the codec was not guessed (a BOM, a
    #: forced ``encoding``, or text that is valid UTF-8).
    confidence: float | None
    #: ``{pass: {kind: count}}``, exactly as ``fix --explain`` reports it.
    defects: dict[str, dict[str, int]]
    #: Furniture lines as ``(kind, text)``.
    furniture: list[tuple[str, str]] = field(default_factory=list)
    articles: list[Outline] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(n for kinds in self.defects.values() for n in kinds.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "encoding": self.encoding,
            "encoding_confidence": self.confidence,
            "defects": self.defects,
            "total": self.total,
            "furniture": [{"kind": k, "text": t} for k, t in self.furniture],
            "articles": [a.to_dict() for a in self.articles],
        }


def inspect(
    data: str | bytes,
    *,
    source: str = "<string>",
    options: Options | None = None,
    **overrides: Any,
) -> Inspection:
    """Report on ``data``: the defects ``fix`` would repair under these options, the
    encoding, the furniture and the articles ``split`` would find."""
    from newsclean.api import clean
    from newsclean.emit import changes_dict
    from newsclean.segment import split_document

    opts = dataclasses.replace(options or Options(), **overrides)
    doc = clean(data, source=source, options=opts)
    # ``split`` takes every furniture line out before segmenting; with another policy
    # the page is segmented as ``split`` would see it, in a second run.
    paged = doc
    if opts.furniture != "strip":
        paged = clean(data, source=source, options=dataclasses.replace(opts, furniture="strip"))
    confidence = doc.metadata.get("encoding_confidence")
    return Inspection(
        source=source,
        encoding=doc.encoding,
        confidence=float(confidence) if confidence is not None else None,
        defects=changes_dict(doc),
        furniture=[(f.kind, f.text) for f in doc.furniture],
        articles=[_outline(a.to_dict()) for a in split_document(paged, opts)],
    )


def _outline(article: dict[str, Any]) -> Outline:
    blocks = article["blocks"]
    return Outline(
        **{name: article[name] for name in HEAD_FIELDS},
        subheads=[b["text"] for b in blocks if b["type"] == "subhead"],
        blocks=dict(Counter(b["type"] for b in blocks)),
    )


@dataclass
class Node:
    """One line of the report tree: a label, a quieter note after it, and what it is
    (``style``, for a terminal's colours)."""

    label: str
    style: str = ""
    note: str = ""
    children: list[Node] = field(default_factory=list)

    def add(self, label: str, style: str = "", note: str = "") -> Node:
        child = Node(label, style, note)
        self.children.append(child)
        return child


def report_tree(report: Inspection) -> Node:
    """The report as a tree: encoding, defects by pass, furniture, article outline."""
    from newsclean.pipeline import registry

    root = Node(report.source, "source")
    if report.confidence is None:
        root.add(f"encoding: {report.encoding or 'none, text given'}", "info", "not guessed")
    else:
        root.add(f"encoding: {report.encoding}", "warn", f"guessed, confidence {report.confidence}")
    descriptions = {p.name: p.description for p in registry()}
    defects = root.add(f"defects: {report.total}", "section")
    for name, kinds in report.defects.items():
        group = defects.add(name, "pass", descriptions.get(name, ""))
        for kind, n in kinds.items():
            group.add(f"{kind}: {n}", "count")
    furniture = root.add(f"furniture: {len(report.furniture)} lines", "section")
    for kind, text in report.furniture:
        furniture.add(f"{kind}: {text}", "muted")
    articles = root.add(f"articles: {len(report.articles)}", "section")
    for number, article in enumerate(report.articles, start=1):
        node = articles.add(f"{number}. {article.headline or '(no headline)'}", "headline")
        heads = [("kicker", article.kicker), ("subtitle", article.subtitle)]
        heads += [("deck", deck) for deck in article.decks] + [("byline", article.byline)]
        for role, value in heads:
            if value:
                node.add(f"{role}: {value}", "role")
        for subhead in article.subheads:
            node.add(f"subhead: {subhead}", "role")
        lead = article.blocks.get("lead", 0)
        node.add(f"{article.paragraphs} paragraphs" + (f" ({lead} lead)" if lead else ""), "count")
    return root


def render_plain(node: Node, depth: int = 0) -> str:
    """The tree as indented plain text, two spaces a level."""
    note = f" ({node.note})" if node.note else ""
    lines = [f"{'  ' * depth}{node.label}{note}\n"]
    lines += [render_plain(child, depth + 1) for child in node.children]
    return "".join(lines)
