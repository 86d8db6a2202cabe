"""Train and score the heading veto (``newsclean/linemodel/veto.py``).

    python -m tools.linemodel.veto train [--generated N] [--hand-weight K] [--out PATH]
                                         [--extra FOLDER --extra-n N]
    python -m tools.linemodel.veto score [--engine rules|veto|oracle] [--seed 1]
                                         [--validation [--extra FOLDER]] [--model PATH]
                                         [--openers PATH]
                                         [--ocr-only] [--dump PATH]

``train`` records the units each training page reaches the veto with (``split`` run
with the veto replaced by a recorder), labels each unit by the gold item it is found
in (``align``; generated notices in the hand gold's conventions) and trains a CRF on
the unit sequences: the hand-gold pages (fixture pages and fixtures/real-train, each
``--hand-weight`` times), the first N extractions of the generated training share and,
with ``--extra``, the first ``--extra-n`` of another folder's training share.
The compositions ``tools/pagegen/diagnose.py`` samples with seeds 1 and 2 are left
out, as is the validation share (``data.validating``), so both score out of sample.
The units themselves are recorded too, for ``tools.linemodel.openers``.
``score`` scores generated pages as diagnose does (``--seed``, or ``--validation``:
the validation share), with the rules (no veto, no openers model), the models, or the
oracle (the gold's own labels through the same veto and the same moves of articles:
what perfect models would reach); ``--openers`` and ``--open-sure`` choose the openers
model and its ``SURE`` as ``--model`` and ``--sure`` choose the veto's; ``--ocr-only``
scores the OCR'd files alone, ``--dump`` keeps each file's metrics (JSON) to compare
candidates file by file. A recorded page's features are found again from its units, so a
change of features is trained from the same recording.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import pycrfsuite

from newsclean import api
from newsclean.linemodel import openers, veto
from newsclean.options import Options
from tools.linemodel.data import (
    PAGEGEN_TRAIN,
    SETS,
    diagnose,
    generated,
    gold_labels,
    is_ocr,
    model_arguments,
    pages_of,
    pool_map,
    train_model,
)
from tools.linemodel.evaluate import RULES_OPTIONS, rules_splitter, score_pages, summary

PARAMS = {
    "c1": 0.2,
    "c2": 0.5,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}


@dataclass
class UnitPage:
    name: str
    texts: list[str]
    features: list[veto.Features]
    tags: list[str | None]
    #: The units as the veto received them (pickled: the assembler changes units).
    units: bytes = b""


def record(pair: tuple[Path, Path], cache: Path | None = None, *, tagged: bool = True) -> UnitPage:
    """The units ``split`` reaches the veto with on a page, and (``tagged``) their gold
    labels."""
    raw, gold = pair
    # Named apart from stop 22's records, which did not keep the units.
    path = cache / f"{gold.stem}.units.pickle" if cache else None
    if path is not None and path.is_file():
        name, texts, _, units = pickle.loads(path.read_bytes())
        # Features found again from the units (their facts were kept with them): a
        # change of features needs no new recording.
        feats = list(veto.unit_features(pickle.loads(units)).values())
        page = UnitPage(name, texts, feats, [], units)
    else:
        seen: list[Any] = []

        def recorder(
            units: list[Any], model: str | None = None, jumped: frozenset[str] = frozenset()
        ) -> list[Any]:
            feats = list(veto.unit_features(units).values())
            seen.append(([u.text for u in units], feats, pickle.dumps(units)))
            return units

        original, veto.vetted = veto.vetted, recorder
        try:
            api.split(raw.read_bytes(), source=raw.name, options=Options(furniture="strip"))
        finally:
            veto.vetted = original
        texts, feats, units = seen[0] if seen else ([], [], pickle.dumps([]))
        page = UnitPage(gold.stem, texts, feats, [], units)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps((page.name, page.texts, page.features, page.units)))
    if tagged:
        page.tags = heading_tags(page.texts, page.features, gold)
    return page


def heading_tags(texts: list[str], feats: list[veto.Features], gold: Path) -> list[str | None]:
    """Each heading unit's gold label (``veto.gold_tag``); None for the other units."""
    found = [(x.role, x.boundary) if x else None for x in gold_labels(texts, gold)]
    found.append(None)
    return [
        veto.gold_tag(found[i], found[i + 1]) if "role=heading" in f else None
        for i, f in enumerate(feats)
    ]


def train(pages: list[UnitPage], hand: list[UnitPage], weight: int, out: Path) -> int:
    trainer = pycrfsuite.Trainer(verbose=False)
    used = 0
    for page in hand * weight + pages:
        for feats, tag in zip(page.features, page.tags, strict=True):
            if tag is not None:
                trainer.append([feats], [tag])
                used += 1
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return used


def load(pairs: list[tuple[Path, Path]], cache: Path | None, jobs: int) -> list[UnitPage]:
    return pool_map(partial(record, cache=cache), pairs, jobs)


_ENGINE: dict[str, str | None] = {"engine": "rules", "model": None}


@contextmanager
def _engine(gold: Path) -> Iterator[None]:
    """``veto.vetted`` as :data:`_ENGINE` says, for the page whose gold is ``gold``."""
    original, kept_together = veto.vetted, openers.kept_together
    engine = _ENGINE["engine"]
    if engine == "rules":
        veto.vetted = lambda units, model=None, jumped=frozenset(): units
        openers.kept_together = lambda articles, model=None: articles
    elif engine == "veto":
        veto.vetted = partial(original, model=_ENGINE["model"])
    else:

        def oracle(
            units: list[Any], model: str | None = None, jumped: frozenset[str] = frozenset()
        ) -> list[Any]:
            feats = list(veto.unit_features(units).values())
            tags = heading_tags([u.text for u in units], feats, gold)
            sure = [(t or "", float(t in veto.ACTED)) for t in tags]
            return veto.apply_tags(units, sure, jumped)

        def oracle_openers(articles: list[Any], model: str | None = None) -> list[Any]:
            from tools.linemodel.openers import gold_tags

            tags = gold_tags(articles, gold)
            return openers.apply_sure(articles, {k: float(t == "M") for k, t in tags.items()})

        veto.vetted = oracle
        openers.kept_together = oracle_openers
    try:
        yield
    finally:
        veto.vetted, openers.kept_together = original, kept_together


def _score_one(args: tuple[Path, str]) -> tuple[str, dict[str, float], dict[str, Any]]:
    out, name = args
    with _engine(out / "gold" / f"{name}.json"):
        result: tuple[str, dict[str, float], dict[str, Any]] = diagnose()._score_one(args)
    return result


def _score_hand(pair: tuple[Path, Path]) -> dict[str, float]:
    """A hand page's metrics, the veto as ``--engine`` says (the oracle reads its gold)."""
    with _engine(pair[1]):
        return score_pages([pair], {"rules": rules_splitter(RULES_OPTIONS)})["rules"][0]


def score(names: list[str], out: Path, jobs: int) -> dict[str, dict[str, float]]:
    with Pool(jobs) as pool:
        done = pool.map(_score_one, [(out, n) for n in names], chunksize=4)
    return {name: m for name, m, _ in done}


def main(argv: list[str] | None = None) -> int:
    ap = model_arguments(
        __doc__, ("train", "score"), veto.VETO_MODEL, "a folder of recorded pages, read or written"
    )
    ap.add_argument("--engine", choices=("rules", "veto", "oracle"), default="veto")
    ap.add_argument("--model", type=Path, help="the veto model to score (default: shipped)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--validation", action="store_true", help="score the validation share")
    ap.add_argument("--every", type=int, default=1, help="score every K-th file")
    ap.add_argument("--ocr-only", action="store_true", help="score the OCR'd files only")
    ap.add_argument("--sets", help="score these hand sets (tools.linemodel.data.SETS) instead")
    ap.add_argument("--acted", help=f"act on these labels (default {''.join(veto.ACTED)})")
    ap.add_argument("--sure", type=float, help=f"veto.SURE (default {veto.SURE})")
    ap.add_argument("--openers", type=Path, help="the openers model (default: shipped)")
    ap.add_argument("--open-sure", type=float, help=f"openers.SURE (default {openers.SURE})")
    ap.add_argument("--dump", type=Path, help="write each generated file's metrics here (JSON)")
    args = ap.parse_args(argv)
    if args.command == "train":
        return train_model(
            args, partial(load, cache=args.cache, jobs=args.jobs), train, lambda n: f"{n} units"
        )
    if args.sure is not None:
        veto.SURE = args.sure
    if args.openers:
        openers.OPENERS_MODEL = args.openers
    if args.open_sure is not None:
        openers.SURE = args.open_sure
    if args.acted:
        veto.ACTED = tuple(args.acted)
    _ENGINE.update(engine=args.engine, model=str(args.model) if args.model else None)
    if args.sets:
        for name in args.sets.split(","):
            pairs = pages_of(*SETS[name])
            metrics = [_score_hand(pair) for pair in pairs]
            print(f"{name} ({len(pairs)} pages) {args.engine}: {summary(metrics)}", flush=True)
        return 0
    # --extra: the validation share of that folder instead of the training pages'
    folder = args.extra if args.extra and args.validation else PAGEGEN_TRAIN
    if args.validation:
        names = [gold.stem for _, gold in generated(validation=True, folder=folder)]
    else:
        names = diagnose().sample(PAGEGEN_TRAIN, 100, args.seed)
    names = [n for n in names if is_ocr(n) or not args.ocr_only][:: args.every]
    res = score(names, folder, args.jobs)
    if args.dump:
        # For comparing candidates file by file (by extraction, by language) afterwards.
        args.dump.write_text(json.dumps(res, indent=1, sort_keys=True), encoding="utf-8")
    total = [sum(m.values()) / len(m) for m in res.values()]
    print(f"{args.engine}: {len(res)} files: score {sum(total) / len(total):.3f}")
    diagnose().table(res, diagnose().extraction)
    return 0


if __name__ == "__main__":
    sys.exit(main())
