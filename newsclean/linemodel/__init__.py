"""The line model: ``split --engine model``.

Each line of a page, after the character passes (decode … punctuation), gets one label
from a linear-chain CRF: its role (furniture, kicker, headline, subtitle, byline,
dateline, subhead, caption, body, ad, noise) and where it stands (it opens an article,
opens a unit, or continues the line before: rejoin's join decision and segment's
boundary in one). The decisions today's rules make (furniture, reorder, rejoin,
segment) are run on a copy of the page and become features of each line
(``features``), not decisions. ``assemble`` turns the labelled lines into articles;
orphan headlines and the page's furniture stay explicit code after labelling.

The model file ships in the package and is loaded on first use (``tools/linemodel``
trains it; ``docs/model.md`` says from what). Tagging is deterministic.
"""

from __future__ import annotations

import copy
import dataclasses
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsclean.dehyphenate import vocabulary
from newsclean.linemodel.align import Label, align, items_of_split
from newsclean.linemodel.features import Features, describe_lines
from newsclean.model import Document, Furniture
from newsclean.options import Options

if TYPE_CHECKING:
    import pycrfsuite

    from newsclean.page import Page
    from newsclean.segment import Unit

MODEL = Path(__file__).with_name("model.crfsuite")


def describe_page(doc: Document, options: Options) -> tuple[Page, list[str]]:
    """The page as the model reads it (every non-blank line, described), and the kind
    of block each line stands in."""
    from newsclean.page import HEADER, Page

    blocks = [block.lines for block in doc.blocks]
    page = Page.from_blocks(
        blocks,
        edges=doc.edges,
        anchors=HEADER if options.furniture == "header" else None,
        byline_patterns=options.byline_patterns,
        furniture_patterns=options.furniture_patterns,
    )
    hints = [block.kind for block in doc.blocks for line in block.lines if line.strip()]
    return page, hints


def rules_split(doc: Document, options: Options) -> tuple[Document, list[dict[str, Any]]]:
    """Today's rules on a copy of ``doc``: the layout passes, then ``segment``."""
    from newsclean.passes import furniture, rejoin, reorder
    from newsclean.pipeline import select
    from newsclean.segment import split_document

    rules = dataclasses.replace(options, engine="rules")
    chosen = {p.name for p in select(rules)}
    ruled = copy.deepcopy(doc)
    for module in (furniture, reorder, rejoin):
        if module.NAME in chosen:
            module.apply(ruled, rules)
    return ruled, [a.to_dict() for a in split_document(ruled, rules)]


def page_features(
    doc: Document, options: Options
) -> tuple[Page, list[str], list[Features], Document]:
    """The page (after the character passes) described, its block kinds, each line's
    features, and the page as the rules left it (its metadata is the page's metadata)."""
    page, hints = describe_page(doc, options)
    ruled, ruled_articles = rules_split(doc, options)
    split = {"furniture": [f.text for f in ruled.furniture], "articles": ruled_articles}
    texts = [line.text for line in page.lines]
    rule_labels = align(texts, items_of_split(split))
    vocab = vocabulary("\n".join(texts))
    return page, hints, describe_lines(page, hints, rule_labels, vocab), ruled


@cache
def _tagger(path: str) -> pycrfsuite.Tagger:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def label_lines(feats: list[Features], model: str | None = None) -> list[Label]:
    if not feats:
        return []
    tags = _tagger(model or str(MODEL)).tag(feats)
    return [Label.from_tag(tag) for tag in tags]


def page_units(doc: Document, options: Options) -> list[Unit]:
    """The units of a page the character passes repaired, with the roles the model
    gives them; the page's furniture and metadata are set on ``doc``."""
    from newsclean.linemodel.assemble import page_units as assemble

    page, hints, feats, ruled = page_features(doc, options)
    labels = label_lines(feats, options.line_model)
    vocab = vocabulary("\n".join(line.text for line in page.lines))
    units, furniture = assemble(page, hints, labels, vocab)
    doc.metadata = ruled.metadata
    doc.furniture += [Furniture(text, "line-model", "linemodel") for text in furniture]
    return units
