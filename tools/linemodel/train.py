"""Train the line model: ``python -m tools.linemodel.train [--out PATH] [--limit N]``.

Trains on the hand-gold pages (the 17 fixture pages, whose gold is the dev set's and
the seeds'; with ``--real-train`` also the hand-gold real pages of fixtures/real-train),
each ``--hand-weight`` times, and on the first ``--generated N`` extractions of the
generated pages' training share (``/work/cache/pagegen/train``, in the order of a hash
of their composition, so any N is a sample of every language, layout and extraction;
the validation share, ``data.validating``, and the compositions ``diagnose.py`` scores,
``data.diagnosed``, are never trained on), and ``--historic N``
of the pages set as 1890-1920 papers (``/work/cache/pagegen/historic``, the same way).
``--no-rules`` trains a model that does not read what today's rules decided (the engine
then does not run them). L-BFGS with ``--c1``/``--c2``; a strong L2 penalty keeps the
model from being sure of what a few pages taught it, L1 keeps only the features that
earn their weight (the shipped file must stay small). Never a held-out set. A page's
lines become one sequence per run of lines its gold accounts for. The same pages give
the same model.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

import pycrfsuite

from newsclean.linemodel import MODEL
from newsclean.linemodel.features import Features
from tools.linemodel.data import (
    PAGEGEN_HISTORIC,
    Page,
    generated,
    hand_pairs,
    load_pages,
    training_share,
)

PARAMS = {
    "c1": 0.5,
    "c2": 0.1,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}


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


def train(
    hand: Iterable[Page],
    out: Path,
    iterations: int | None = None,
    generated: Iterable[Page] = (),
    *,
    weight: int = 1,
    c1: float | None = None,
    c2: float | None = None,
    verbose: bool = False,
) -> int:
    """Train on the ``hand`` pages (each ``weight`` times) and the ``generated`` ones,
    and write the model to ``out``; returns the lines used."""
    trainer = pycrfsuite.Trainer(verbose=verbose)
    used = 0
    runs = [run for page in hand for run in sequences(page)] * weight
    runs += [run for page in generated for run in sequences(page)]
    for xs, ys in runs:
        trainer.append(xs, ys)
        used += len(ys)
    params = PARAMS | ({"max_iterations": iterations} if iterations else {})
    params |= {"c1": c1} if c1 is not None else {}
    trainer.set_params(params | ({"c2": c2} if c2 is not None else {}))
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return used


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--limit", type=int, help="train on the first N pages only (smoke test)")
    ap.add_argument("--iterations", type=int)
    ap.add_argument("--real-train", action="store_true", help="add fixtures/real-train")
    ap.add_argument("--generated", type=int, default=0, help="add N generated extractions")
    ap.add_argument("--historic", type=int, default=0, help="add N historic extractions")
    ap.add_argument("--hand-weight", type=int, default=1, help="train on each hand page K times")
    ap.add_argument("--no-rules", action="store_true", help="do not read the rules' decisions")
    ap.add_argument("--c1", type=float, help=f"L1 penalty (default {PARAMS['c1']})")
    ap.add_argument("--c2", type=float, help=f"L2 penalty (default {PARAMS['c2']})")
    ap.add_argument("--cache", type=Path, help="a folder of loaded pages, read or written")
    ap.add_argument("--jobs", type=int, default=1, help="load pages in N processes")
    ap.add_argument("--verbose", action="store_true", help="print CRFsuite's progress")
    args = ap.parse_args(argv)
    start = time.monotonic()
    load = partial(load_pages, cache=args.cache, jobs=args.jobs)
    hand = list(load(hand_pairs(args.limit, real_train=args.real_train)))
    gen = list(load(training_share(args.generated))) if args.generated else []
    if args.historic:
        gen += load(generated(validation=False, folder=PAGEGEN_HISTORIC)[: args.historic])
    if args.no_rules:
        hand = [page.ruleless() for page in hand]
        gen = [page.ruleless() for page in gen]
    used = train(
        hand,
        args.out,
        args.iterations,
        gen,
        weight=args.hand_weight,
        c1=args.c1,
        c2=args.c2,
        verbose=args.verbose,
    )
    print(
        f"trained on {len(hand)} hand-gold pages ({args.hand_weight} times) and "
        f"{len(gen)} generated ones, {used} labelled lines, in "
        f"{time.monotonic() - start:.1f} s: {args.out} ({args.out.stat().st_size} bytes)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
