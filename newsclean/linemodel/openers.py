"""Articles the rules opened where the page went on with the story before, kept in it.

After the heading veto, the rules' largest loss on generated pages is still
over-splitting, and most of the extra articles have no headline: a closing byline, a
dateline, a photo's caption or a paragraph after a closed story opens "a story with no
headline" (``segment.assemble``), where the page printed the byline that closes the
story before, its caption, or its paragraphs read after a box or another column. For
each such article the rules open (every article after the first that has no kicker,
headline or subtitle), a model trained with CRFsuite on generated and hand-gold pages
reads what opens it, the rules' signals for it and the article before, their columns,
how the article before ends and how this one starts, and says whether the gold goes on
with the article before (``M``) or opens a new one (``A``). Where it is sure, the
article is moved into the one before as the rules built it: its paragraphs and
captions after that article's, its byline as that article's byline (or, when it has
one, as a dateline block, as the assembler keeps a second credit).

Facts of typesetting guard the move: a story is printed in one script, so a CJK
article is not moved into a Latin one or back; a dateline opens a story's first
paragraph, so an article whose first paragraph opens with one stays a story of its
own; and a boxed notice or a briefs item is the box's.

The model file ships beside this module and is loaded on first use; without it the
articles are left as they are. Tagging is deterministic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsclean.chardata import ENDS_SENTENCE, HAS_CJK
from newsclean.linemodel.buckets import bucket
from newsclean.page.credits import starts_with_dateline
from newsclean.page.describe import describe

if TYPE_CHECKING:
    from newsclean.segment.model import Article

Features = dict[str, float]

OPENERS_MODEL = Path(__file__).with_name("openers.crfsuite")
#: How sure the model must be that an article goes on with the one before to move it.
SURE = 0.7
#: The labels: the article goes on with the one before (``M``), or opens a new one.
LABELS = ("M", "A")
_NOT_ASKED = ("a notice's heading", "briefs item")


def asked(articles: list[Article], k: int) -> bool:
    """Whether the model is asked about the ``k``-th article: one after the first that
    has no headline group and is no box's."""
    article = articles[k]
    return (
        k > 0
        and not (article.headline or article.kicker or article.subtitle)
        and not any(s.startswith(_NOT_ASKED) for s in article.signals)
    )


def _opener(article: Article) -> tuple[str, str]:
    """What opens an article that has no headline group: its kind and text."""
    blocks = article.blocks
    if article.byline and (not blocks or article.opening_credit is not None):
        return "byline", article.byline
    if blocks:
        return blocks[0]["type"], blocks[0]["text"]
    return "byline", article.byline or ""


def _start(text: str) -> str:
    first = next((ch for ch in text if ch.isalnum()), "")
    if not first:
        return "mark"
    return "digit" if first.isdigit() else "lower" if first.islower() else "upper"


def _script(article: Article) -> str:
    text = " ".join(
        [article.headline or "", article.byline or ""] + [b["text"] for b in article.blocks[:2]]
    )
    return "CJK" if HAS_CJK.search(text) else "LATIN"


def _summary(prefix: str, article: Article) -> list[str]:
    blocks = article.blocks
    chars = sum(len(b["text"]) for b in blocks)
    names = [
        f"{prefix}head={'y' if article.headline else 'n'}",
        f"{prefix}byline={'y' if article.byline else 'n'}",
        f"{prefix}body={'y' if article.has_body else 'n'}",
        f"{prefix}closed={'y' if article.closed else 'n'}",
        f"{prefix}blocks={bucket(len(blocks), (1, 2, 3, 5, 9))}",
        f"{prefix}chars={bucket(chars, (1, 40, 120, 300, 800, 2000))}",
        f"{prefix}col={bucket(article.column() or 0, (1, 15, 25, 35, 50, 80))}",
    ]
    if blocks:
        names.append(f"{prefix}lastblock={blocks[-1]['type']}")
    # A subhead's signal names its text: the rule is the feature, not the words.
    names += [f"{prefix}sig={s.split(':')[0]}" for s in article.signals]
    return names


def article_features(articles: list[Article], k: int) -> Features:
    """The features of the ``k``-th article (``k`` > 0) and the one before it."""
    from newsclean.segment.model import same_column

    article, before = articles[k], articles[k - 1]
    kind, text = _opener(article)
    described = describe(text)
    last = before.blocks[-1]["text"] if before.blocks else before.headline or ""
    ends = "sentence" if ENDS_SENTENCE.search(last.strip()) else "open"
    ratio = (article.column() or 0) / (before.column() or 1)
    names = [
        f"open={kind}",
        f"start={_start(text)}",
        f"len={bucket(len(text), (8, 20, 40, 80, 160, 320))}",
        f"form={described.form.name}",
        f"end-1={ends}",
        f"end-1+open={ends}/{kind}/{_start(text)}",
        f"script={_script(article)}/{_script(before)}",
        f"same-col={same_column(before.column(), article.column())}",
        f"last={k == len(articles) - 1:d}",
        f"dateline-start={starts_with_dateline(text):d}",
        f"bylines={'y' if before.byline else 'n'}/{'y' if article.byline else 'n'}",
        f"col-ratio={bucket(ratio, (0.5, 0.9, 1.1, 2))}",
    ]
    names += [f"f={flag.name}" for flag in described.flags]
    names += _summary("", article) + _summary("-1:", before)
    return dict.fromkeys(names, 1.0) | {"bias": 1.0}


def kept_together(articles: list[Article], model: str | None = None) -> list[Article]:
    """``articles`` with those the model is sure go on with the article before moved
    into it (``model``: the model file; the shipped one by default, nothing moved when
    there is none)."""
    path = Path(model) if model else OPENERS_MODEL
    if len(articles) < 2 or not path.is_file():
        return articles
    which = [k for k in range(len(articles)) if asked(articles, k)]
    if not which:
        return articles
    from newsclean.linemodel import opened

    tagger = opened(str(path))
    sure: dict[int, float] = {}
    for k in which:
        tagger.set([article_features(articles, k)])
        tagger.tag()
        sure[k] = tagger.marginal("M", 0) if "M" in tagger.labels() else 0.0
    return apply_sure(articles, sure)


def _movable(before: Article, article: Article) -> bool:
    if _script(before) != _script(article):
        return False
    first = article.blocks[0]["text"] if article.blocks else ""
    return article.opening_credit is None and not (first and starts_with_dateline(first))


def apply_sure(articles: list[Article], sure: dict[int, float]) -> list[Article]:
    """Move each article whose ``sure`` is at least :data:`SURE` into the article kept
    before it, where the typesetting guards allow."""
    kept: list[Article] = []
    for k, article in enumerate(articles):
        if not kept or sure.get(k, 0.0) < SURE or not _movable(kept[-1], article):
            kept.append(article)
            continue
        before = kept[-1]
        before.blocks += article.blocks
        before.layouts += article.layouts
        if article.byline:
            if before.byline is None:
                before.byline = article.byline
            else:
                before.blocks.append({"type": "dateline", "text": article.byline})
        before.closed = before.closed or article.closed
        before.signals.append("the model keeps the next article's text in this one")
    return kept
