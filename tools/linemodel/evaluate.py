"""Rules against the model on every set, by the shared scorer; label accuracy by role.

``python -m tools.linemodel.evaluate [--sets a,b] [--lopo]``

* Scores: ``../shared/eval/score.py`` runs ``newsclean split`` (rules) and
  ``split --engine model`` over each set's gold. The fixture pages are what the model
  is trained on, so they are also scored leave-one-page-out (``--lopo``): for each page
  (both extractions of a generated page count as one) a model is trained on the other
  pages and scored on that page alone.
* Alignment coverage: the share of each set's lines found in its gold.
* Label accuracy on held-out pages: per gold role, the share of lines whose role the
  model (and the rules) got right, and the share of boundaries (new article, new unit,
  continues) right.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from newsclean.linemodel import MODEL, label_lines
from tools.linemodel.data import HELD_OUT, SETS, Page, load_page, pages_of
from tools.linemodel.train import train, training_pairs

SCORER = SETS["seeds"][0].parent / "eval" / "score.py"
ROOT = Path(__file__).resolve().parents[2]
NEWSCLEAN = str(ROOT / ".venv" / "bin" / "newsclean")
_EXTRACTOR = re.compile(r"_(?:pdfminer|pdftotext|pymupdf|layout|ocr)$")


def model_cmd(model: Path | None = None) -> str:
    tail = f" {model}" if model is not None else ""
    return f"{sys.executable} -m tools.linemodel.engine_cmd model{tail}"


def score(raw: Path, gold: Path, cmd: str) -> list[float]:
    """Per-file scores of the scorer (its last line is their mean)."""
    out = subprocess.run(
        [sys.executable, str(SCORER), "--cmd", cmd, "--gold", str(gold), "--raw", str(raw)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return [float(line.split()[0]) for line in out.splitlines() if re.match(r"\d\.\d{3}  ", line)]


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def lopo(name: str) -> list[float]:
    """Each page of the set scored by a model that never saw it (nor its other
    extractions)."""
    raw_dir, gold_dir = SETS[name]
    groups: dict[str, list[tuple[Path, Path]]] = {}
    for raw, gold in pages_of(raw_dir, gold_dir):
        groups.setdefault(_EXTRACTOR.sub("", gold.stem), []).append((raw, gold))
    # Only the hand-gold pages: a model per left-out page on the generated pages too
    # would take hours.
    train_pages = {gold.stem: (raw, gold) for raw, gold in training_pairs(generated=False)}
    loaded = {stem: load_page(*pair) for stem, pair in train_pages.items()}
    scores: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for group, pairs in sorted(groups.items()):
            left_out = {gold.stem for _, gold in pairs}
            model = Path(tmp) / f"{group}.crfsuite"
            train([p for stem, p in loaded.items() if stem not in left_out], model)
            golds = Path(tmp) / group
            golds.mkdir()
            for _, gold in pairs:
                (golds / gold.name).symlink_to(gold)
            scores += score(raw_dir, golds, model_cmd(model))
    return scores


def label_accuracy(pages: list[Page]) -> tuple[dict[str, tuple[int, int, int]], float, float]:
    """Per gold role: (lines, model right, rules right); boundary accuracy of both."""
    per: dict[str, list[int]] = {}
    bounds = Counter[str]()
    for page in pages:
        predicted = label_lines(page.features)
        for gold, model, rules in zip(page.gold, predicted, page.rules, strict=True):
            if gold is None:
                continue
            row = per.setdefault(gold.role, [0, 0, 0])
            row[0] += 1
            row[1] += model.role == gold.role
            row[2] += rules is not None and rules.role == gold.role
            bounds["n"] += 1
            bounds["model"] += model.boundary == gold.boundary
            bounds["rules"] += rules is not None and rules.boundary == gold.boundary
    table = {role: (r[0], r[1], r[2]) for role, r in sorted(per.items())}
    n = bounds["n"] or 1
    return table, bounds["model"] / n, bounds["rules"] / n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--lopo", action="store_true", help="also score fixtures leave-one-page-out")
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
        rules = mean(score(raw_dir, gold_dir, NEWSCLEAN))
        model = mean(score(raw_dir, gold_dir, model_cmd(MODEL)))
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
        table, model_b, rules_b = label_accuracy(held)
        print("\n| role (held-out lines) | lines | model | rules |")
        print("|---|---|---|---|")
        for role, (n, m, r) in table.items():
            print(f"| {role} | {n} | {m / n:.3f} | {r / n:.3f} |")
        print(f"| boundary (A/P/C) | | {model_b:.3f} | {rules_b:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
