"""The line model: ``split --engine model``.

Each line of a page, after the character passes (decode … punctuation), gets one label
from a linear-chain CRF: its role (furniture, kicker, headline, subtitle, byline,
dateline, subhead, caption, body, ad, noise) and where it stands (it opens an article,
opens a unit, or continues the line before: rejoin's join decision and segment's
boundary in one). The line's description is the model's evidence (``features``); a
model trained to read them also sees what today's rules (furniture, reorder, rejoin,
segment, run on a copy of the page) decided for each line, and keeps their label where
it is not sure of its own. The labels become articles in one of two ways:
``page_articles`` assembles them alone (``assemble``), ``page_units`` hands them to
``segment`` as units (what ``split --engine model`` runs).

The model file ships in the package and is loaded on first use (``tools/linemodel``
trains it; ``docs/model.md`` says from what). Tagging is deterministic.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsclean.dehyphenate import vocabulary
from newsclean.model import Document, Furniture
from newsclean.options import Options

if TYPE_CHECKING:
    import pycrfsuite

    from newsclean.linemodel.align import Label
    from newsclean.linemodel.features import Features
    from newsclean.page import Page
    from newsclean.segment import Article, Unit

MODEL = Path(__file__).with_name("model.crfsuite")
#: The name its changes and furniture are counted under.
NAME = "linemodel"
#: How sure the model must be of a label to overrule the rules' label for a line.
#: (Chosen on the fixture pages left out one at a time: from 0.5 to 0.65 alike.)
SURE = 0.6


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


@dataclass
class Ruled:
    """The page as today's rules leave it: after the layout passes, what those passes
    took out, the rules' split (furniture and articles, as ``split`` emits them) and
    their articles."""

    doc: Document
    furniture: list[Furniture]
    split: dict[str, Any]
    options: Options
    articles: list[Article]


def rules_split(doc: Document, options: Options) -> Ruled:
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
    taken = list(ruled.furniture)
    built = split_document(ruled, rules)
    articles = [a.to_dict() for a in built]
    split = {"furniture": [f.text for f in ruled.furniture], "articles": articles}
    return Ruled(ruled, taken, split, rules, built)


@dataclass
class Described:
    """A page (after the character passes) as the model reads it: its lines described,
    the kind of block each stands in, each line's features and, when the rules ran,
    what they decided for each (None where the rules' split does not show the line)
    and the rules' page."""

    page: Page
    hints: list[str]
    features: list[Features]
    rules: list[Label | None] | None = None
    ruled: Ruled | None = None


def page_features(doc: Document, options: Options, *, rules: bool = True) -> Described:
    """The page described; with ``rules``, today's rules run on a copy and each line's
    features say what they decided."""
    # Imported here: the rules engine imports this package for its heading veto alone
    # (``veto``), and ``split`` starts up without the model's own modules.
    from newsclean.linemodel.align import align, items_of_split
    from newsclean.linemodel.features import describe_lines

    page, hints = describe_page(doc, options)
    texts = [line.text for line in page.lines]
    vocab = vocabulary("\n".join(texts))
    if not rules:
        return Described(page, hints, describe_lines(page, hints, None, vocab))
    ruled = rules_split(doc, options)
    labels = align(texts, items_of_split(ruled.split))
    return Described(page, hints, describe_lines(page, hints, labels, vocab), labels, ruled)


def reads_rules(model: str | None = None) -> bool:
    """Whether the model was trained on what today's rules decided (then they run on a
    copy of each page it labels)."""
    return _reads_rules(model or str(MODEL))


@cache
def _reads_rules(path: str) -> bool:
    from newsclean.linemodel.features import RULE_FEATURES

    attributes = opened(path).info().attributes
    return any(name.split("=", 1)[0].rsplit(":", 1)[-1] in RULE_FEATURES for name in attributes)


@cache
def opened(path: str) -> pycrfsuite.Tagger:
    """The model file at ``path``, opened once (the line model's and the veto's)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def label_lines(
    feats: list[Features], model: str | None = None, rules: list[Label | None] | None = None
) -> list[Label]:
    """Each line's label. With ``rules`` (the rules' labels), the model overrules the
    rules only where it is sure (its marginal probability at least :data:`SURE`):
    trained on a few dozen pages, it knows less than they do where it hesitates."""
    from newsclean.linemodel.align import Label

    if not feats:
        return []
    tagger = opened(model or str(MODEL))
    tagger.set(feats)
    tags: list[str] = tagger.tag()
    if rules is not None:
        known = set(tagger.labels())
        for i, rule in enumerate(rules):
            if (
                rule is not None
                and rule.tag != tags[i]
                and rule.tag in known
                and tagger.marginal(tags[i], i) < SURE
            ):
                tags[i] = rule.tag
    return [Label.from_tag(tag) for tag in tags]


def page_units(doc: Document, options: Options) -> list[Unit]:
    """The units of a page the character passes repaired, with the roles the model
    gives them; the page's furniture and metadata are set on ``doc``.

    Where the model confirms the rules' decision (as ``segment`` reads it) for every line
    of the page, the rules' own units stand: they carry what ``rejoin`` measured of each
    paragraph's setting, which the lines alone do not."""
    from newsclean.linemodel.assemble import decision
    from newsclean.linemodel.assemble import page_units as assemble
    from newsclean.pipeline import MODEL_DECIDES
    from newsclean.segment import units_of

    described = page_features(doc, options)
    ruled = described.ruled
    assert ruled is not None
    assert described.rules is not None
    labels = label_lines(described.features, options.line_model, described.rules)
    doc.metadata = ruled.doc.metadata
    doc.count(NAME, "labelled-line", len(labels))
    if [decision(x) for x in labels] == [decision(x) for x in described.rules]:
        doc.furniture += ruled.furniture
        # The rules' decisions stand: so do their counts.
        # In the order the rules counted them: a set's order changes from run to run.
        for name, counts in ruled.doc.changes.items():
            if name in MODEL_DECIDES:
                doc.changes[name] = counts
        return units_of(ruled.doc, ruled.options)
    page = described.page
    vocab = vocabulary("\n".join(line.text for line in page.lines))
    units, furniture = assemble(page, described.hints, labels, vocab)
    doc.furniture += [Furniture(text, "line-model", NAME) for text in furniture]
    doc.count(NAME, "furniture", len(furniture))
    doc.count(NAME, "joined-line", sum(label.boundary == "C" for label in labels))
    return units


def page_articles(doc: Document, options: Options) -> list[Article]:
    """The articles of a page the character passes repaired, as the model's labels
    build them (``assemble``); the page's furniture lines are added to ``doc``.

    A model that reads the rules' decisions and confirms them (as ``segment`` reads
    labels) for every line of the page leaves the page to the rules' own split, which
    carries what ``rejoin`` measured and ``segment`` repaired across columns."""
    from newsclean.linemodel.assemble import assemble, decision
    from newsclean.pipeline import MODEL_DECIDES

    described = page_features(doc, options, rules=reads_rules(options.line_model))
    labels = label_lines(described.features, options.line_model, described.rules)
    ruled = described.ruled
    if ruled is not None and described.rules is not None:
        doc.metadata = ruled.doc.metadata
        if [decision(x) for x in labels] == [decision(x) for x in described.rules]:
            doc.furniture += ruled.doc.furniture
            for name, counts in ruled.doc.changes.items():
                if name in MODEL_DECIDES:
                    doc.changes[name] = counts
            doc.count(NAME, "labelled-line", len(labels))
            return ruled.articles
    texts = [line.text for line in described.page.lines]
    built = assemble(texts, labels, vocabulary("\n".join(texts)))
    doc.furniture += [Furniture(text, "line-model", NAME) for text in built.furniture]
    doc.count(NAME, "labelled-line", len(labels))
    doc.count(NAME, "furniture", len(built.furniture))
    doc.count(NAME, "joined-line", sum(label.boundary == "C" for label in labels))
    return built.articles
