"""Rules against the model, page by page, on any set with gold, generated validation
pages included: ``python -m tools.linemodel.evaluate [--sets a,b] [--engines ...]``.

Engines, each scored by the shared scorer's metrics (``../shared/eval/score.py``, run in
this process, ``fix`` once per page):

* ``rules``: ``split`` as it is;
* ``model``: the model's labels assembled into articles (``linemodel.page_articles``);
* ``model-segment``: the model's labels handed to ``segment`` as units (``split
  --engine model`` today);
* ``gold-labels``: the gold's own labels (``align``) assembled: what an assembler
  from labels can reach at best with these lines.

``generated-val`` is the generated pages' validation share
(``tools.linemodel.data.validating``, never trained on), ``historic-val`` that of the
pages set as 1890-1920 papers; ``--every K`` scores every K-th of their compositions.
Per-metric means are printed beside each engine's score, and with ``--labels`` the
share of each gold role the model got right, by extraction.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsclean import api, linemodel
from newsclean.dehyphenate import vocabulary
from newsclean.emit import render_text
from newsclean.linemodel import label_lines, page_articles, reads_rules
from newsclean.linemodel.align import Label
from newsclean.linemodel.assemble import assemble
from newsclean.options import Options
from tools.linemodel.data import (
    PAGEGEN_HISTORIC,
    PAGEGEN_TRAIN,
    SETS,
    Page,
    composition,
    generated,
    hand_pairs,
    load_pages,
    pages_of,
)
from tools.linemodel.train import train
from tools.modules import load_file

Splitter = Callable[[Path], dict[str, Any]]
SCORER = SETS["seeds"][0].parent / "eval" / "score.py"
#: What ``newsclean split`` runs with (the CLI takes furniture out of articles), by engine.
RULES_OPTIONS = Options(furniture="strip")
MODEL_OPTIONS = Options(furniture="strip", engine="model")
_EXTRACTION = re.compile(r"_(pdfminer|pdftotext-layout|pdftotext|pymupdf|ocr)[^_]*$")


def extraction(name: str) -> str:
    found = _EXTRACTION.search(name)
    return found.group(1) if found else "hand"


def _scorer() -> Any:
    return load_file("score", SCORER)


def rules_splitter(options: Options) -> Splitter:
    return lambda raw: api.split(raw.read_bytes(), source=str(raw), options=options)


def model_splitter(options: Options) -> Splitter:
    def split(raw: Path) -> dict[str, Any]:
        doc = api.clean(raw.read_bytes(), source=str(raw), options=options)
        return api.split_dict(doc, [a.to_dict() for a in page_articles(doc, options)])

    return split


def gold_splitter(pages: dict[str, Page]) -> Splitter:
    def split(raw: Path) -> dict[str, Any]:
        page = pages[raw.stem]
        labels = [g or Label("noise", "P") for g in page.gold]
        built = assemble(page.lines, labels, vocabulary("\n".join(page.lines)))
        return {"furniture": built.furniture, "articles": [a.to_dict() for a in built.articles]}

    return split


def score_pages(
    pairs: list[tuple[Path, Path]], engines: dict[str, Splitter]
) -> dict[str, list[dict[str, float]]]:
    """Each engine's metrics for each page."""
    scorer = _scorer()
    fixed: dict[str, str] = {}
    out: dict[str, list[dict[str, float]]] = {name: [] for name in engines}
    for raw, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for name, splitter in engines.items():

            def run(cmd: list[str], splitter: Splitter = splitter) -> tuple[int, str, str]:
                path = Path(cmd[-1])
                if cmd[-2] == "json":
                    return 0, json.dumps(splitter(path), ensure_ascii=False), ""
                if str(path) not in fixed:
                    fixed[str(path)] = render_text(api.clean(path.read_bytes(), source=str(path)))
                return 0, fixed[str(path)], ""

            scorer.run = run
            out[name].append(scorer.score_file(gold, raw, ["newsclean"], False))
    return out


def summary(metrics: list[dict[str, float]]) -> str:
    if not metrics:
        return "n/a"
    total = sum(sum(m.values()) / len(m) for m in metrics) / len(metrics)
    names = sorted({k for m in metrics for k in m})
    parts = []
    for k in names:
        values = [m[k] for m in metrics if k in m]
        parts.append(f"{k}={sum(values) / len(values):.2f}")
    return f"{total:.3f} ({' '.join(parts)})"


def label_table(pages: list[Page], model: str | None) -> None:
    """Per extraction and gold role: lines, and the share the model labelled right."""
    uses = reads_rules(model)
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    bounds: Counter[str] = Counter()
    for page in pages:
        feats = page.features if uses else page.ruleless().features
        got = label_lines(feats, model, page.rules if uses else None)
        kind = extraction(page.name)
        for gold, tagged in zip(page.gold, got, strict=True):
            if gold is None:
                continue
            for key in ((kind, gold.role), ("all", gold.role)):
                rows[key][0] += 1
                rows[key][1] += tagged.role == gold.role
            bounds[f"{kind} n"] += 1
            bounds[f"{kind} ok"] += tagged.boundary == gold.boundary
    kinds = sorted({k for k, _ in rows})
    roles = sorted({r for _, r in rows})
    print("| role | " + " | ".join(kinds) + " |")
    print("|---" * (len(kinds) + 1) + "|")
    for role in roles:
        cells = []
        for kind in kinds:
            n, ok = rows.get((kind, role), [0, 0])
            cells.append(f"{ok / n:.2f} ({n})" if n else "")
        print(f"| {role} | " + " | ".join(cells) + " |")
    cells = []
    for kind in kinds:
        n = bounds[f"{kind} n"] or sum(bounds[f"{k} n"] for k in kinds if k != "all")
        ok = bounds[f"{kind} ok"] or sum(bounds[f"{k} ok"] for k in kinds if k != "all")
        cells.append(f"{ok / max(n, 1):.2f}")
    print("| boundary A/P/C | " + " | ".join(cells) + " |")


_PAGE = re.compile(r"_(?:pdfminer|pdftotext|pymupdf|layout|ocr)$")


def folded(
    k: int, generated_pages: int, cache: Path | None, *, rules: bool, weight: int, c2: float
) -> dict[str, list[dict[str, float]]]:
    """The hand-gold pages (fixtures and real-train) in ``k`` folds, the extractions of
    one page together: each fold scored by a model trained on the other folds and the
    first ``generated_pages`` generated ones, with the model's assembler; by set."""
    pairs = hand_pairs(real_train=True)
    groups = sorted({_PAGE.sub("", gold.stem) for _, gold in pairs})
    fold_of = {group: n % k for n, group in enumerate(groups)}
    pages = list(load_pages(pairs, cache=cache))
    gen = list(load_pages(generated(validation=False)[:generated_pages], cache=cache))
    if not rules:
        pages = [page.ruleless() for page in pages]
        gen = [page.ruleless() for page in gen]
    out: dict[str, list[dict[str, float]]] = {"fixtures": [], "real-train": []}
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(k):
            inside = [fold_of[_PAGE.sub("", gold.stem)] == fold for _, gold in pairs]
            model = Path(tmp) / f"{fold}.crfsuite"
            hand = [page for page, held in zip(pages, inside, strict=True) if not held]
            train(hand, model, None, gen, weight=weight, c2=c2)
            chosen = [pair for pair, held in zip(pairs, inside, strict=True) if held]
            options = replace(MODEL_OPTIONS, line_model=str(model))
            scores = score_pages(chosen, {"model": model_splitter(options)})
            for (raw, _), metrics in zip(chosen, scores["model"], strict=True):
                out["real-train" if "real-train" in raw.parts else "fixtures"].append(metrics)
            print(f"fold {fold}: {summary(scores['model'])}", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sets", default="generated-val")
    ap.add_argument("--engines", default="rules,model,gold-labels")
    ap.add_argument("--model", help="a model file instead of the shipped one")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--cache", type=Path, help="a folder of loaded pages (see train --cache)")
    ap.add_argument("--labels", action="store_true")
    ap.add_argument("--by-extraction", action="store_true")
    ap.add_argument("--sure", type=float, help="the model's SURE threshold")
    ap.add_argument("--folds", type=int, help="score the hand pages in K folds")
    ap.add_argument("--generated", type=int, default=0, help="(folds) generated pages")
    ap.add_argument("--no-rules", action="store_true", help="(folds) a model without rules")
    ap.add_argument("--hand-weight", type=int, default=5, help="(folds)")
    ap.add_argument("--c2", type=float, default=1.0, help="(folds)")
    args = ap.parse_args(argv)
    if args.sure is not None:
        linemodel.SURE = args.sure
    if args.folds:
        scores = folded(
            args.folds,
            args.generated,
            args.cache,
            rules=not args.no_rules,
            weight=args.hand_weight,
            c2=args.c2,
        )
        for name, metrics in scores.items():
            print(f"{name} in {args.folds} folds: {summary(metrics)}")
        return 0
    model_options = replace(MODEL_OPTIONS, line_model=args.model)
    for name in args.sets.split(","):
        if name in ("generated-val", "historic-val"):
            folder = PAGEGEN_TRAIN if name == "generated-val" else PAGEGEN_HISTORIC
            pairs = generated(validation=True, folder=folder)
            comps = sorted({composition(g.stem) for _, g in pairs})[:: args.every]
            pairs = [p for p in pairs if composition(p[1].stem) in set(comps)]
        else:
            pairs = pages_of(*SETS[name])
        needs_pages = args.labels or "gold-labels" in args.engines
        pages = {p.name: p for p in load_pages(pairs, cache=args.cache)} if needs_pages else {}
        makers: dict[str, Callable[[], Splitter]] = {
            "rules": lambda: rules_splitter(RULES_OPTIONS),
            "model": lambda: model_splitter(model_options),
            "model-segment": lambda: rules_splitter(model_options),
            "gold-labels": lambda pages=pages: gold_splitter(pages),  # type: ignore[misc]
        }
        engines = {engine: makers[engine]() for engine in args.engines.split(",")}
        scores = score_pages(pairs, engines)
        for engine, metrics in scores.items():
            print(f"{name} ({len(pairs)} pages) {engine}: {summary(metrics)}", flush=True)
            if args.by_extraction:
                kinds = sorted({extraction(r.stem) for r, _ in pairs})
                for kind in kinds:
                    chosen = [
                        m
                        for (r, _), m in zip(pairs, metrics, strict=True)
                        if extraction(r.stem) == kind
                    ]
                    print(f"    {kind}: {summary(chosen)}")
        if args.labels:
            label_table(list(pages.values()), args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
