#!/usr/bin/env python3
"""Score newsclean against gold annotations of real pages.

For every gold file it runs `newsclean split --format json RAW` and `newsclean fix RAW`,
then compares what came back with the gold, metric by metric:

  fix      share of the gold's must_contain / must_not_contain checks that hold on `fix` output
  count    1 if the number of articles is right, else 1 - |pred - gold| / gold (floored at 0);
           skipped where the gold says "articles_complete": false
  heads    share of gold articles whose headline is found as a predicted article's headline
  paras    F1 of body paragraphs (exact match, whitespace ignored; *_first_chars: prefix match);
           recall alone where the gold says "paragraphs_complete": false
  placed   share of gold paragraphs that sit in the article matched to their gold article
  subheads share of gold section subheads kept as subheads (not turned into new articles)
  byline   share of gold bylines found on the right article

Usage: score.py [--gold DIR] [--raw DIR] [--cmd "newsclean"] [--verbose]
Defaults: the gold/ and seeds/ folders beside this script's parent.
The last line printed is `score: X` (mean over files of the mean of the metrics that apply).
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARA_TYPES = {"lead", "paragraph"}


def squash(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def run(cmd: list[str]) -> tuple[int, str, str]:
    p = subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120
    )
    return p.returncode, p.stdout, p.stderr


def title_of(art: dict) -> str:
    return squash(
        (art.get("kicker") or "") + (art.get("headline") or "") + (art.get("subtitle") or "")
    )


def paragraphs_of(art: dict) -> list[str]:
    return [b.get("text", "") for b in art.get("blocks", []) if b.get("type") in PARA_TYPES]


def subheads_of(art: dict) -> list[str]:
    return [b.get("text", "") for b in art.get("blocks", []) if b.get("type") == "subhead"]


def match_articles(gold_arts: list[dict], pred_arts: list[dict]) -> dict[int, int]:
    """gold index -> pred index, by headline containment, each pred used once."""
    used: set[int] = set()
    out: dict[int, int] = {}
    for gi, ga in enumerate(gold_arts):
        h = squash(ga["headline"])
        for pi, pa in enumerate(pred_arts):
            if pi not in used and h and h in title_of(pa) and len(title_of(pa)) <= 3 * len(h) + 40:
                out[gi] = pi
                used.add(pi)
                break
    return out


def score_file(gold: dict, raw: Path, cmd: list[str], verbose: bool) -> dict[str, float]:
    m: dict[str, float] = {}
    rc, fixed, err = run(cmd + ["fix", str(raw)])
    checks = gold.get("fix_checks", {})
    total = len(checks.get("must_contain", [])) + len(checks.get("must_not_contain", []))
    if total:
        ok = 0
        for s in checks.get("must_contain", []):
            hit = rc == 0 and s in fixed
            ok += hit
            if verbose and not hit:
                print(f"    fix: missing {s!r}")
        for s in checks.get("must_not_contain", []):
            hit = rc == 0 and s not in fixed
            ok += hit
            if verbose and not hit:
                print(f"    fix: still contains {s!r}")
        m["fix"] = ok / total
    rc, out, err = run(cmd + ["split", "--format", "json", str(raw)])
    try:
        doc = json.loads(out) if rc == 0 else {}
    except json.JSONDecodeError:
        doc = {}
    if not doc and verbose:
        print(f"    split failed (exit {rc}): {err.strip()[:300]}")
    pred = doc.get("articles", []) if isinstance(doc, dict) else []
    garts = gold["articles"]
    if gold.get("articles_complete", True):  # false: gold lists only some of the page's articles
        m["count"] = max(0.0, 1 - abs(len(pred) - len(garts)) / len(garts))
    match = match_articles(garts, pred)
    m["heads"] = len(match) / len(garts)
    if verbose:
        print(
            f"    articles: gold {len(garts)}, predicted {len(pred)}: "
            + " | ".join(title_of(a)[:24] for a in pred)
        )
    # paragraphs
    pred_paras = [(pi, squash(p)) for pi, a in enumerate(pred) for p in paragraphs_of(a)]
    gold_paras: list[tuple[int, str, bool]] = []
    for gi, ga in enumerate(garts):
        gold_paras += [(gi, squash(p), False) for p in ga.get("paragraphs", [])]
        gold_paras += [(gi, squash(p), True) for p in ga.get("paragraphs_first_chars", [])]
    if gold_paras:
        free = list(range(len(pred_paras)))
        tp = placed = 0
        for gi, gp, prefix in gold_paras:
            for k in free:
                pi, pp = pred_paras[k]
                if pp.startswith(gp) if prefix else pp == gp:
                    tp += 1
                    placed += match.get(gi) == pi
                    free.remove(k)
                    break
            else:
                if verbose:
                    print(f"    paragraph not found: {gp[:30]}")
        rec = tp / len(gold_paras)
        if gold.get("paragraphs_complete", True):
            prec = tp / len(pred_paras) if pred_paras else 0.0
            m["paras"] = 2 * prec * rec / (prec + rec) if tp else 0.0
        else:  # gold lists only some paragraphs: recall alone
            m["paras"] = rec
        m["placed"] = placed / len(gold_paras)
    subs = [(gi, squash(s)) for gi, ga in enumerate(garts) for s in ga.get("section_subheads", [])]
    if subs:
        ok = 0
        for gi, s in subs:
            pi = match.get(gi)
            ok += pi is not None and any(squash(x) == s for x in subheads_of(pred[pi]))
        m["subheads"] = ok / len(subs)
    bys = [(gi, squash(ga["byline"])) for gi, ga in enumerate(garts) if ga.get("byline")]
    if bys:
        m["byline"] = sum(
            match.get(gi) is not None and squash(pred[match[gi]].get("byline")) == b
            for gi, b in bys
        ) / len(bys)
    return m


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--gold", type=Path, default=HERE.parent / "fixtures" / "gold")
    ap.add_argument("--raw", type=Path, default=HERE.parent / "fixtures" / "pages")
    ap.add_argument("--cmd", default="newsclean")
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    cmd = shlex.split(a.cmd)
    files = sorted(a.gold.glob("*.json"))
    if not files:
        print(f"no gold files in {a.gold}")
        return 2
    scores = []
    for g in files:
        gold = json.loads(g.read_text(encoding="utf-8"))
        raw = a.raw / gold["source"]
        m = score_file(gold, raw, cmd, a.verbose)
        s = sum(m.values()) / len(m)
        scores.append(s)
        print(f"{s:.3f}  {gold['source']}  " + " ".join(f"{k}={v:.2f}" for k, v in m.items()))
    print(f"score: {sum(scores) / len(scores):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
