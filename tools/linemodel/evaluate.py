"""Rules against the model on every set, by the shared scorer; label accuracy by role.

``python -m tools.linemodel.evaluate [--sets a,b] [--lopo]``

* Scores: the metrics of ``../shared/eval/score.py`` over each set's gold, with
  ``split`` (rules) and ``split --engine model`` run in this process
  (``tools/linemodel/engine_cmd.py`` runs the scorer itself on the model engine).
  The fixture pages are what the shipped model is trained on, so they are also scored
  leave-one-page-out (``--lopo``): for each page (the extractions of one page count as
  one) a model is trained on the other fixture pages and scored on that page alone.
* Alignment coverage: the share of each set's lines found in its gold.
* Label accuracy on held-out pages: per gold role, the share of lines whose role the
  model (and the rules) got right, and the share of boundaries (new article, new unit,
  continues) right.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from newsclean import api
from newsclean.emit import render_text
from newsclean.linemodel import label_lines
from newsclean.options import Options
from tools.linemodel.data import HELD_OUT, SETS, Page, load_page, pages_of
from tools.linemodel.train import hand_pairs, train

SCORER = SETS["seeds"][0].parent / "eval" / "score.py"
#: What ``newsclean split`` runs with (the CLI takes furniture out of articles), by engine.
RULES_OPTIONS = Options(furniture="strip")
MODEL_OPTIONS = Options(furniture="strip", engine="model")
_EXTRACTOR = re.compile(r"_(?:pdfminer|pdftotext|pymupdf|layout|ocr)$")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _in_process(options: Options) -> Callable[[list[str]], tuple[int, str, str]]:
    """What the scorer's ``CMD fix RAW`` and ``CMD split --format json RAW`` print,
    computed in this process (a page costs no interpreter start-up)."""

    def run(cmd: list[str]) -> tuple[int, str, str]:
        raw = Path(cmd[-1])
        data = raw.read_bytes()
        if cmd[-2] == "json":
            page = api.split(data, source=str(raw), options=options)
            return 0, json.dumps(page, ensure_ascii=False), ""
        return 0, render_text(api.clean(data, source=str(raw))), ""

    return run


def score(raw_dir: Path, gold_dir: Path, options: Options) -> list[float]:
    """Per-file scores of the shared scorer (its metrics, its gold), with ``split`` and
    ``fix`` run in this process under ``options``."""
    scorer = _scorer()
    scorer.run = _in_process(options)
    scores = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        metrics = scorer.score_file(gold, raw_dir / gold["source"], ["newsclean"], False)
        scores.append(sum(metrics.values()) / len(metrics))
    return scores


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def lopo(name: str) -> list[float]:
    """Each page of the set scored by a model that never saw it (nor its other
    extractions)."""
    raw_dir, gold_dir = SETS[name]
    groups: dict[str, list[tuple[Path, Path]]] = {}
    for raw, gold in pages_of(raw_dir, gold_dir):
        groups.setdefault(_EXTRACTOR.sub("", gold.stem), []).append((raw, gold))
    loaded = {gold.stem: load_page(raw, gold) for raw, gold in hand_pairs()}
    scores: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for group, pairs in sorted(groups.items()):
            left_out = {gold.stem for _, gold in pairs}
            model = Path(tmp) / f"{group}.crfsuite"
            hand = [p for stem, p in loaded.items() if stem not in left_out]
            train(hand, model)
            golds = Path(tmp) / group
            golds.mkdir()
            for _, gold in pairs:
                (golds / gold.name).symlink_to(gold)
            scores += score(raw_dir, golds, replace(MODEL_OPTIONS, line_model=str(model)))
    return scores


def label_accuracy(
    pages: list[Page], model: str | None
) -> tuple[dict[str, tuple[int, int, int]], float, float]:
    """Per gold role: (lines, model right, rules right); boundary accuracy of both."""
    per: dict[str, list[int]] = {}
    bounds = Counter[str]()
    for page in pages:
        predicted = label_lines(page.features, model, page.rules)
        for gold, tagged, rules in zip(page.gold, predicted, page.rules, strict=True):
            if gold is None:
                continue
            row = per.setdefault(gold.role, [0, 0, 0])
            row[0] += 1
            row[1] += tagged.role == gold.role
            row[2] += rules is not None and rules.role == gold.role
            bounds["n"] += 1
            bounds["model"] += tagged.boundary == gold.boundary
            bounds["rules"] += rules is not None and rules.boundary == gold.boundary
    table = {role: (r[0], r[1], r[2]) for role, r in sorted(per.items())}
    n = bounds["n"] or 1
    return table, bounds["model"] / n, bounds["rules"] / n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--lopo", action="store_true", help="also score fixtures leave-one-page-out")
    ap.add_argument("--model", help="a model file instead of the shipped one")
    args = ap.parse_args(argv)
    names = [s for s in args.sets.split(",") if s]
    print("| set | pages | lines aligned | rules | model |")
    print("|---|---|---|---|---|")
    held: list[Page] = []
    for name in names:
        raw_dir, gold_dir = SETS[name]
        pages = [load_page(raw, gold) for raw, gold in pages_of(raw_dir, gold_dir)]
        lines = sum(len(p.lines) for p in pages)
        aligned = sum(label is not None for p in pages for label in p.gold)
        rules = mean(score(raw_dir, gold_dir, RULES_OPTIONS))
        model = mean(score(raw_dir, gold_dir, replace(MODEL_OPTIONS, line_model=args.model)))
        print(
            f"| {name} | {len(pages)} | {aligned}/{lines} ({aligned / max(lines, 1):.1%}) "
            f"| {rules:.3f} | {model:.3f} |",
            flush=True,
        )
        if name in HELD_OUT:
            held += pages
    if args.lopo:
        print(f"| fixtures, leave one page out | | | | {mean(lopo('fixtures')):.3f} |")
    if held:
        table, model_b, rules_b = label_accuracy(held, args.model)
        print("\n| role (held-out lines) | lines | model | rules |")
        print("|---|---|---|---|")
        for role, (n, m, r) in table.items():
            print(f"| {role} | {n} | {m / n:.3f} | {r / n:.3f} |")
        print(f"| boundary (A/P/C) | | {model_b:.3f} | {rules_b:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
