"""Train the model that keeps headless articles in the one before
(``newsclean/linemodel/openers.py``).

    python -m tools.linemodel.openers train [--generated N] [--hand-weight K] [--out PATH]
                                            [--cache DIR] [--veto PATH]

Reads the same pages as the heading veto (``tools.linemodel.veto``: the units each page
reaches the veto with, recorded in ``--cache``), runs the veto (``--veto``: the shipped
model by default) and the rules' assembler on them, and labels each article the model
is asked about by the gold: ``M`` when most of its text is in the gold article most of
the article before is in, else ``A``. The compositions diagnose samples and the
validation share are left out, as for the veto. Scoring is ``tools.linemodel.veto
score`` (``--openers``).
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pycrfsuite

from newsclean.linemodel import openers, veto
from newsclean.segment.assemble import page_articles
from newsclean.segment.model import Article
from tools.linemodel.data import gold_labels, model_arguments, pool_map, train_model
from tools.linemodel.veto import PARAMS, record


@dataclass
class Asked:
    """The articles of a page the model is asked about: features and gold labels."""

    features: list[openers.Features]
    tags: list[str | None]


def _texts(article: Article) -> list[str]:
    fields = [article.kicker, article.headline, article.subtitle, article.byline]
    return [t for t in fields if t] + [b["text"] for b in article.blocks]


def _majority(articles: list[int | None], texts: list[str]) -> int | None:
    weight: Counter[int] = Counter()
    for article, text in zip(articles, texts, strict=True):
        if article is not None:
            weight[article] += len(text)
    return weight.most_common(1)[0][0] if weight else None


def gold_tags(articles: list[Article], gold: Path) -> dict[int, str | None]:
    """Each asked article's gold label (``M``, ``A``; None where the gold has none of
    its text, or none of the article before's)."""
    texts = [_texts(a) for a in articles]
    flat = [t for ts in texts for t in ts]
    found = [label.article if label else None for label in gold_labels(flat, gold)]
    majority: list[int | None] = []
    at = 0
    for ts in texts:
        majority.append(_majority(found[at : at + len(ts)], ts))
        at += len(ts)
    tags: dict[int, str | None] = {}
    for k in range(len(articles)):
        if openers.asked(articles, k):
            own, before = majority[k], majority[k - 1]
            tags[k] = None if own is None or before is None else "M" if own == before else "A"
    return tags


def asked_of(units_pickle: bytes, gold: Path, veto_model: str | None) -> Asked:
    """The articles the rules and the veto build from a page's recorded units, and for
    each one the model is asked about, its features and gold label."""
    units = veto.vetted(pickle.loads(units_pickle), model=veto_model)
    articles = page_articles(units, [])
    tags = gold_tags(articles, gold)
    return Asked([openers.article_features(articles, k) for k in tags], list(tags.values()))


def _page(pair: tuple[Path, Path], cache: Path | None, veto_model: str | None) -> Asked:
    return asked_of(record(pair, cache, tagged=False).units, pair[1], veto_model)


def train(pages: list[Asked], hand: list[Asked], weight: int, out: Path) -> Counter[str]:
    trainer = pycrfsuite.Trainer(verbose=False)
    used: Counter[str] = Counter()
    for page in hand * weight + pages:
        for feats, tag in zip(page.features, page.tags, strict=True):
            if tag is not None:
                trainer.append([feats], [tag])
                used[tag] += 1
    # The veto's settings: both classify one item at a time from features of one kind.
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return used


def main(argv: list[str] | None = None) -> int:
    ap = model_arguments(
        __doc__, ("train",), openers.OPENERS_MODEL, "the veto's folder of recorded pages"
    )
    ap.add_argument("--veto", type=Path, help="the veto model (default: shipped)")
    args = ap.parse_args(argv)
    model = str(args.veto) if args.veto else None

    def asked(pairs: list[tuple[Path, Path]]) -> list[Asked]:
        return pool_map(partial(_page, cache=args.cache, veto_model=model), pairs, args.jobs)

    return train_model(args, asked, train, lambda used: f"articles {dict(used)}")


if __name__ == "__main__":
    sys.exit(main())
