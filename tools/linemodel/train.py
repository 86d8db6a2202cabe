"""Train the line model: ``python -m tools.linemodel.train [--out PATH] [--limit N]``.

Trains on the fixture pages (their gold is the dev set's and the seeds') and the real
pages of fixtures/real-train when they are there, and with ``--generated N`` on N of the
generated pages in /work/cache/pagegen/train (not by default: a model trained on 764 of
them did worse on every set but one, docs/model.md); never on a held-out set. A
page's lines become one sequence per run of lines its gold accounts for. L-BFGS with
L1 and L2 penalties: the same pages give the same model, and L1 keeps only the
features that earn their weight (the shipped file must stay small).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pycrfsuite

from newsclean.linemodel import MODEL
from newsclean.linemodel.features import Features
from tools.linemodel.data import EXTRA_TRAIN, SETS, Page, extra_pairs, load_page, pages_of

PARAMS = {
    "c1": 0.5,
    "c2": 0.1,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}


def training_pairs(limit: int | None = None, *, generated: int = 0) -> list[tuple[Path, Path]]:
    """The hand-gold pages, and ``generated`` of the generated pages (taken evenly over
    the sorted list, so every paper, language and extractor is in)."""
    pairs = pages_of(*SETS["fixtures"])
    for name, folder in EXTRA_TRAIN.items():
        extra = extra_pairs(folder)
        if name == "pagegen-train":
            if not generated or not extra:
                continue
            step = max(1, -(-len(extra) // generated))
            extra = extra[::step]
        pairs += extra
    return pairs[:limit] if limit else pairs


def sequences(page: Page) -> Iterator[tuple[list[Features], list[str]]]:
    """Runs of consecutive lines that the gold labels."""
    xs: list[Features] = []
    ys: list[str] = []
    for feats, label in zip(page.features, page.gold, strict=True):
        if label is None:
            if xs:
                yield xs, ys
            xs, ys = [], []
            continue
        xs.append(feats)
        ys.append(label.tag)
    if xs:
        yield xs, ys


def train(pages: Iterable[Page], out: Path, iterations: int | None = None) -> int:
    """Train on ``pages`` and write the model to ``out``; returns the lines used."""
    trainer = pycrfsuite.Trainer(verbose=False)
    used = 0
    for page in pages:
        for xs, ys in sequences(page):
            trainer.append(xs, ys)
            used += len(ys)
    trainer.set_params(PARAMS | ({"max_iterations": iterations} if iterations else {}))
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return used


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--limit", type=int, help="train on the first N pages only (smoke test)")
    ap.add_argument("--iterations", type=int)
    ap.add_argument(
        "--generated",
        type=int,
        default=0,
        help="also train on this many generated pages (default none: see docs/model.md)",
    )
    args = ap.parse_args(argv)
    start = time.monotonic()
    pairs = training_pairs(args.limit, generated=args.generated)
    pages = [load_page(raw, gold) for raw, gold in pairs]
    used = train(pages, args.out, args.iterations)
    print(
        f"trained on {len(pages)} pages, {used} labelled lines, in "
        f"{time.monotonic() - start:.1f} s: {args.out} ({args.out.stat().st_size} bytes)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
