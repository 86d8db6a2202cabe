#!/usr/bin/env python3
"""Where the rules lose on generated pages: a validation sample by composition, scored
metric by metric, by extraction and language, and where each gold paragraph went.

    .venv/bin/python tools/pagegen/diagnose.py [--set train|historic] [--pages 100] [--seed 1]
                                               [--kind all|ocr] [--half tune|confirm]
                                               [--jobs 2] [--out /work/cache/pagegen]

The sample is drawn by composition, not by extraction (a page's four extractions and its
OCR go together), a fifth of it among the OCR'd pages. `--kind ocr` draws among the OCR'd
pages only and scores only their OCR'd files (the weakest extraction, which the mixed
sample barely sees); `--half` keeps the compositions of one half of a fixed split (by a
hash of the composition's name, so a page's variants stay together and the halves never
move): tune on `tune`, confirm on `confirm`'s total only. `--pages 0` takes them all.
`--set historic` reads the pages set as 1890-1920 papers (`make pages-historic`), every
one OCR'd from a simulated worn scan: the set to tune real-OCR rules on. `--set rows`
reads Chinese pages whose side-by-side columns a line-based OCR read row by row
(`rowwise.py`, made with its own `--out`; use `--kind ocr`).
Each file is scored with
../shared/eval/score.py's own score_file, newsclean called as a library instead of a
command (the same figures as the CLI to about 0.002, forty times faster). Never run it
on the untouched set: that set is scored once, by the lead, with score.py.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import re
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# beside the repository's checkout, or beside the folder of its worktrees (/work/wt/NAME)
SCORER = next((p / "shared" / "eval" / "score.py" for p in HERE.parents[2:4]
               if (p / "shared" / "eval" / "score.py").is_file()),
              HERE.parents[2] / "shared" / "eval" / "score.py")
METRICS = ("fix", "count", "heads", "paras", "placed", "subheads", "byline")
PARA_TYPES = {"lead", "paragraph"}
HALVES = ("tune", "confirm")


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None
    assert spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def half(comp: str) -> str:
    """Which half of the fixed tune/confirm split a composition falls in."""
    return ("tune", "confirm")[hashlib.sha1(comp.encode()).digest()[0] & 1]


def sample(out: Path, n: int, seed: int, halves: tuple[str, ...] = HALVES) -> list[str]:
    """Gold names of n compositions with all their extractions."""
    comps = sorted(p.stem for p in (out / "sidecar").glob("*.json") if half(p.stem) in halves)
    ocr = {p.stem.split("_ocr-")[0] for p in (out / "gold").glob("*_ocr-*.json")}
    rng = random.Random(seed)
    with_ocr = sorted(c for c in comps if c in ocr)
    k = min(len(with_ocr), n // 5)
    pick = rng.sample(with_ocr, k) + rng.sample(sorted(c for c in comps if c not in ocr), n - k)
    return sorted(p.stem for c in pick for p in (out / "gold").glob(f"{c}_*.json"))


def sample_ocr(out: Path, n: int, seed: int, halves: tuple[str, ...] = HALVES) -> list[str]:
    """Gold names of the OCR'd files of n compositions (all of them if n is 0)."""
    files = sorted(p.stem for p in (out / "gold").glob("*_ocr-*.json")
                   if half(p.stem.split("_ocr-")[0]) in halves)
    if not n or n >= len(files):
        return files
    return sorted(random.Random(seed).sample(files, n))


def _score_one(args: tuple[Path, str]) -> tuple[str, dict[str, float], dict[str, Any]]:
    from newsclean import api
    from newsclean.emit import render_text

    out, name = args
    score = _scorer()
    split: dict[str, Any] = {}

    def run(cmd: list[str]) -> tuple[int, str, str]:
        raw = Path(cmd[-1]).read_bytes()
        if "split" in cmd:
            split.update(api.split(raw, source=cmd[-1]))
            return 0, json.dumps(split, ensure_ascii=False), ""
        return 0, render_text(api.clean(raw, source=cmd[-1])), ""

    score.run = run
    gold = json.loads((out / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    metrics = score.score_file(gold, out / "raw" / gold["source"], ["newsclean"], False)
    return name, metrics, split


def extraction(name: str) -> str:
    how = re.sub(r"^.*_[tuhvr]\d{5}_", "", name)
    return "ocr" if how.startswith("ocr") else how


def language(name: str) -> str:
    return "zh_trad" if "_trad_" in name else name[:2]


def table(res: dict[str, dict[str, float]], key: Any) -> None:
    groups: dict[str, list[dict[str, float]]] = defaultdict(list)
    for name, m in res.items():
        groups[key(name)].append(m)
        groups["all"].append(m)
    print(f"| {'':18} | n | score | " + " | ".join(METRICS) + " |")
    for g in sorted(groups):
        ms = groups[g]
        cells = [f"{sum(sum(m.values()) / len(m) for m in ms) / len(ms):.3f}"]
        for k in METRICS:
            v = [m[k] for m in ms if k in m]
            cells.append(f"{sum(v) / len(v):.3f}" if v else "")
        print(f"| {g:18} | {len(ms)} | " + " | ".join(cells) + " |")


def squash(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def unhyphened(s: str) -> str:
    return s.replace("-", "").replace("\u00ad", "")


def paragraph_fate(gold: dict[str, Any], split: dict[str, Any]) -> Counter[str]:
    """Where each gold paragraph went in newsclean's articles."""
    arts = split.get("articles", [])
    paras = [squash(b["text"]) for a in arts for b in a["blocks"] if b["type"] in PARA_TYPES]
    every = [squash(b["text"]) for a in arts for b in a["blocks"]]
    every += [squash((a["kicker"] or "") + (a["headline"] or "")) for a in arts]
    found, loose = set(paras), {unhyphened(p) for p in paras}
    fate: Counter[str] = Counter()
    for art in gold["articles"]:
        for text in art.get("paragraphs", []):
            p = squash(text)
            if p in found:
                fate["found"] += 1
            elif unhyphened(p) in loose:
                fate["differs by a hyphen"] += 1
            elif any(unhyphened(p) in unhyphened(q) for q in paras):
                fate["run into a longer paragraph"] += 1
            elif any(len(q) >= 8 and unhyphened(q) in unhyphened(p) for q in paras):
                fate["torn into pieces"] += 1
            elif any(p[:20] in q for q in every):
                fate["start glued elsewhere"] += 1
            else:
                fate["lost (columns read across)"] += 1
    return fate


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--set", choices=["train", "historic", "rows"], default="train")
    ap.add_argument("--out", type=Path, default=Path("/work/cache/pagegen"))
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--kind", choices=["all", "ocr"], default="all")
    ap.add_argument("--half", choices=HALVES)
    a = ap.parse_args()
    out = a.out / a.set
    halves = (a.half,) if a.half else HALVES
    draw = sample_ocr if a.kind == "ocr" else sample
    names = draw(out, a.pages, a.seed, halves)
    with Pool(a.jobs) as pool:
        done = pool.map(_score_one, [(out, n) for n in names], chunksize=4)
    res = {name: m for name, m, _ in done}
    total = [sum(m.values()) / len(m) for m in res.values()]
    print(f"{len(res)} files ({a.kind}, {a.half or 'both halves'}): score {sum(total) / len(total):.3f}\n")
    table(res, extraction)
    print()
    table(res, language)
    fates: dict[str, Counter[str]] = defaultdict(Counter)
    for name, _, split in done:
        gold = json.loads((out / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        fate = paragraph_fate(gold, split)
        fates["all"] += fate
        fates[extraction(name)] += fate
    kinds = [k for k, _ in fates["all"].most_common()]
    print("\n| gold paragraphs | n | " + " | ".join(kinds) + " |")
    for g in sorted(fates):
        n = sum(fates[g].values())
        print(f"| {g} | {n} | " + " | ".join(f"{fates[g][k] / n:.2f}" for k in kinds) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
