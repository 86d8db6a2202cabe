"""Train and score the join model (``newsclean/linemodel/joins.py``).

    python -m tools.linemodel.joins train [--generated N] [--ocr N] [--historic N]
                                          [--ocr-weight K] [--half tune] [--hand-weight K]
                                          [--out PATH]
    python -m tools.linemodel.joins score [--engine rules|model|oracle|oracle-guarded]
                                          [--set train|historic] [--kind all|ocr]
                                          [--half tune|confirm] [--pages 100] [--seed 1]
                                          [--sure P] [--overrules J|N|JN] [--model PATH]

``train`` runs ``split`` on each training page with rejoin's two join decisions
wrapped by a recorder: every decision rejoin makes (in every round, blank-line bridges
included) is kept with the model's features and the rules' answer, and labelled from
the gold: the two lines are one paragraph when the end of the first and the start of
the second (letters and digits, ``align.key``) run on inside one gold item, two when
each is found in the gold but not so. Decisions the gold does not show (OCR misreads,
lines it leaves out) are not labelled. Decisions with no running text on either side
are not trained on: the guards never let the model change them (headline lines are
segment's). A CRF is trained on one item per decision: the decisions are made one at a
time as rejoin reads down a block and each depends on the paragraph the ones before it
built, so there is no fixed chain of them to tag at once.
The pages: the hand-gold pages (fixture pages and fixtures/real-train, ``--hand-weight``
times) and the first N extractions of the generated training share, leaving out the
compositions diagnose samples with seeds 1 and 2 and the validation share (as the veto
does); ``--ocr`` and ``--historic`` add OCR'd and historic pages, ``--half`` keeps the
compositions of one half of diagnose's split (the other is confirmed on). ``score``
scores diagnose's sample (``--set``, ``--kind``, ``--half``, ``--pages`` as diagnose
reads them) as diagnose does, with ``split``'s join decisions asked, by the rules alone, the
model, or the oracle (the gold's answer at every decision it shows; ``oracle-guarded``:
only where the model's typesetting guards would let it), with the paragraph fates by
extraction and by language.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import pycrfsuite

from newsclean import api
from newsclean.linemodel import joins
from newsclean.linemodel.align import key
from newsclean.options import Options
from tools.linemodel.data import (
    PAGEGEN_HISTORIC,
    PAGEGEN_TRAIN,
    diagnose,
    gold_items,
    model_arguments,
    pool_map,
    train_model,
)

PARAMS = {
    "c1": 0.1,
    "c2": 0.05,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
#: How many letters of each line's end and start are looked for in the gold.
REACH = 24
#: Fewer letters than this on both sides together may meet in the gold by chance.
MIN_LETTERS = 8
#: One decision: its features, the rules' answer, the gold's (None: not shown).
Decision = tuple[joins.Features, bool, bool | None]
#: ``split``'s options with the decisions asked about (the recorder, the model or the
#: oracle answers them).
SPLIT = Options(furniture="strip", learnt_joins=True)


def gold_text(gold: Path) -> str:
    """The gold's items' letters, each item apart (a NUL between them)."""
    items = gold_items(json.loads(gold.read_text(encoding="utf-8")))
    return "\0" + "\0".join(key(item.text) for item in items) + "\0"


def gold_join(a: str, b: str, text: str) -> bool | None:
    """Whether the gold prints the end of line ``a`` and the start of ``b`` in one item
    (None: it does not show)."""
    ka, kb = key(a)[-REACH:], key(b)[:REACH]
    if len(ka) + len(kb) < MIN_LETTERS or not ka or not kb:
        return None
    if ka + kb in text:
        return True
    return False if ka in text and kb in text else None


@contextmanager
def _wrapped(answer: joins.Answer) -> Iterator[None]:
    """rejoin's decisions second-guessed by ``answer`` (guards applied) where the
    options ask for the model (in ``split``), with or without a model file."""
    original = joins.deciding

    def deciding(
        continues: joins.Decision, across_blank: Any, enabled: bool, blocks: Any = ()
    ) -> tuple[joins.Decision, joins.Decision]:
        plain_continues, across = original(continues, across_blank, False)
        if not enabled:
            return plain_continues, across
        known = joins.measures(blocks)
        return (
            joins.second_opinion(plain_continues, answer, blank=False, known=known),
            joins.second_opinion(across, answer, blank=True, known=known),
        )

    joins.deciding = deciding
    try:
        yield
    finally:
        joins.deciding = original


def record(pair: tuple[Path, Path], cache: Path | None = None) -> list[Decision]:
    """Every join decision ``split`` makes on a page, with its gold answer."""
    raw, gold = pair
    path = cache / f"{gold.stem}.pickle" if cache else None
    if path is not None and path.is_file():
        done: list[Decision] = pickle.loads(path.read_bytes())
        return done
    text = gold_text(gold)
    seen: list[Decision] = []
    unguarded = joins.guarded

    def recorder(
        paragraph: Any, b: Any, after: Any, columns: Any, decided: bool, blank: bool, known: Any
    ) -> bool | None:
        feats = joins.features(paragraph, b, after, columns, decided, blank, known)
        seen.append((feats, decided, gold_join(paragraph.last.text, b.text, text)))
        return None

    # Every decision is recorded, the guarded ones too (the model learns from them).
    joins.guarded = lambda *args: False
    try:
        with _wrapped(recorder):
            api.split(raw.read_bytes(), source=raw.name, options=SPLIT)
    finally:
        joins.guarded = unguarded
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(seen))
    return seen


def _load(pairs: list[tuple[Path, Path]], cache: Path | None, jobs: int) -> list[list[Decision]]:
    return pool_map(partial(record, cache=cache), pairs, jobs)


def train(pages: list[list[Decision]], hand: list[list[Decision]], weight: int, out: Path) -> int:
    trainer = pycrfsuite.Trainer(verbose=False)
    used = 0
    for page in hand * weight + pages:
        for feats, _, gold in page:
            if gold is not None and ("running" in feats or "b.running" in feats):
                trainer.append([feats], ["J" if gold else "N"])
                used += 1
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return used


_ENGINE: dict[str, Any] = {"engine": "rules", "model": None}


@contextmanager
def _engine(gold: Path) -> Iterator[None]:
    engine = _ENGINE["engine"]
    if engine == "rules":
        with _wrapped(lambda *args: None):
            yield
    elif engine == "model":
        with _wrapped(joins.model_answer(_ENGINE["model"] or str(joins.JOINS_MODEL))):
            yield
    else:
        text = gold_text(gold)

        def oracle(
            paragraph: Any, b: Any, after: Any, columns: Any, decided: bool, blank: bool, known: Any
        ) -> bool | None:
            return gold_join(paragraph.last.text, b.text, text)

        unguarded = joins.guarded
        if engine == "oracle":
            joins.guarded = lambda *args: False
        try:
            with _wrapped(oracle):
                yield
        finally:
            joins.guarded = unguarded


def _score_one(args: tuple[Path, str]) -> tuple[str, dict[str, float], dict[str, Any]]:
    out, name = args
    # diagnose's split runs with split's default options: these ask about the decisions.
    defaults = api._split_defaults
    api._split_defaults = lambda: SPLIT  # type: ignore[assignment]
    try:
        with _engine(out / "gold" / f"{name}.json"):
            result: tuple[str, dict[str, float], dict[str, Any]] = diagnose()._score_one(args)
    finally:
        api._split_defaults = defaults
    return result


def score(names: list[str], out: Path, jobs: int) -> None:
    scorer = diagnose()
    with Pool(jobs) as pool:
        done = pool.map(_score_one, [(out, n) for n in names], chunksize=4)
    res = {name: m for name, m, _ in done}
    total = [sum(m.values()) / len(m) for m in res.values()]
    print(f"{_ENGINE['engine']}: {len(res)} files: score {sum(total) / len(total):.3f}")
    scorer.table(res, scorer.extraction)
    scorer.table(res, scorer.language)
    fates: dict[str, Counter[str]] = defaultdict(Counter)
    for name, _, split in done:
        gold = json.loads((out / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        fate = scorer.paragraph_fate(gold, split)
        fates["all"] += fate
        fates[scorer.extraction(name)] += fate
        fates[scorer.language(name)] += fate
    kinds = [k for k, _ in fates["all"].most_common()]
    print("\n| gold paragraphs | n | " + " | ".join(kinds) + " |")
    for group in sorted(fates):
        n = sum(fates[group].values())
        shares = " | ".join(f"{fates[group][k] / n:.3f}" for k in kinds)
        print(f"| {group} | {n} | {shares} |")


def main(argv: list[str] | None = None) -> int:
    ap = model_arguments(
        __doc__,
        ("train", "score"),
        joins.JOINS_MODEL,
        "a folder of recorded pages, read or written",
    )
    ap.add_argument(
        "--engine", choices=("rules", "model", "oracle", "oracle-guarded"), default="model"
    )
    ap.add_argument("--model", type=Path, help="the model to score (default: shipped)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--every", type=int, default=1, help="score every K-th file")
    ap.add_argument("--sure", type=float, help=f"joins.SURE (default {joins.SURE})")
    ap.add_argument("--overrules", help="joins.OVERRULES: J, N or JN (default both)")
    ap.add_argument("--set", choices=("train", "historic"), default="train")
    ap.add_argument("--kind", choices=("all", "ocr"), default="all")
    ap.add_argument("--pages", type=int, default=100, help="diagnose's --pages")
    args = ap.parse_args(argv)
    if args.command == "train":
        return train_model(
            args,
            partial(_load, cache=args.cache, jobs=args.jobs),
            train,
            lambda n: f"{n} decisions",
        )
    if args.sure is not None:
        joins.SURE = args.sure
    if args.overrules:
        joins.OVERRULES = frozenset(args.overrules)
    _ENGINE.update(engine=args.engine, model=str(args.model) if args.model else None)
    folder = PAGEGEN_TRAIN if args.set == "train" else PAGEGEN_HISTORIC
    scorer = diagnose()
    draw = scorer.sample_ocr if args.kind == "ocr" else scorer.sample
    halves = (args.half,) if args.half else scorer.HALVES
    names = draw(folder, args.pages, args.seed, halves)[:: args.every]
    score(names, folder, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
