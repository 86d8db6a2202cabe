#!/usr/bin/env python3
"""Chinese pages read row by row across side-by-side columns, as a line-based OCR reads
them, with the exact gold (issue 17: `passes/interleave.py`'s training data).

A line-based OCR engine (PaddleOCR) finds one box per printed line and orders the boxes
by their top edge, across the whole page; boxes whose tops lie within a few pixels are
ordered left to right. Two columns set side by side then come out line by line in turn.
Where the columns are set at different sizes or leadings (a body at ~24 characters, a
boxed quotation at ~20 at a larger size, a narrow sidebar), their rows drift apart and
the turns follow the pitches (2:1, 3:2); a headline or a paragraph's spacing in one
column shifts them again.

No PDF is made: every line is set here (CJK justified on a whole number of characters,
closing punctuation hung in the margin rather than opening a line, opening punctuation
never ending one, a paragraph's first line indented two characters, which the OCR does
not print), given a top edge from its column's pitch, and the boxes are sorted as
PaddleOCR's ``sorted_boxes`` sorts them. So the gold is exact: every paragraph's text
is printed whole. Some pages print a blank line where no column has a line for a while
(as a flattener of boxes by height does), and on some a narrow gutter lets the engine
merge two columns' boxes of one row into one line.

Its own random stream (``rows:SEED:I``) and its own names (``…_rNNNNN_ocr-rows``):
nothing the other sets make moves. Tune on ``diagnose.py --set rows --kind ocr --half
tune --out DIR``; read the confirm half's total only.

    python tools/pagegen/rowwise.py --pages 300 --seed 1 --out /work/cache/pagegen-zhrows
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pools  # noqa: E402

SETNAME = "rows"
#: Closing marks hang in the margin rather than open a line; opening marks never end one.
NO_START = set("，。、；：？！”’）》」』〉】…·")
NO_END = set("“‘（《「『〈【")
#: Line pitch of a column against the body's (1.0): the same, 3:2, 2:1, 4:3, 5:4, and
#: smaller type whose lines come faster than the body's.
PITCHES = (1.0, 1.0, 1.5, 2.0, 1.33, 1.25, 0.75, 0.67)
#: PaddleOCR's sorted_boxes puts a box before the one above it when their tops are less
#: than 10 px apart and it lies further left: about a quarter of a body line's pitch.
SAME_ROW = 0.28
#: A top edge is off its row by up to this share of the pitch (skew, the box's fit).
JITTER = 0.06


def cells(text: str) -> int:
    """Width in half-em cells: an ideograph or full-width mark two, ASCII one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def set_paragraph(text: str, measure: int, indent: int = 2) -> list[str]:
    """The paragraph's printed lines on a measure of ``measure`` characters, justified the
    Chinese way; the first line indented ``indent`` characters (not printed)."""
    lines: list[str] = []
    line = ""
    room = 2 * (measure - indent)
    i = 0
    while i < len(text):
        c = text[i]
        if cells(line + c) > room and line:
            if c in NO_START:
                line += c  # hung in the margin
                i += 1
            elif line[-1] in NO_END and len(line) > 1:
                line, c = line[:-1], line[-1]
                i -= 1
            lines.append(line)
            line, room = "", 2 * measure
            continue
        line += c
        i += 1
    if line:
        lines.append(line)
    return lines


@dataclass
class Column:
    """One column of a band: its boxes' texts and tops, left edge, and the paragraphs and
    line breaks it prints (for the gold and its fix checks)."""

    x: float
    lines: list[tuple[float, str]] = field(default_factory=list)
    breaks: list[tuple[str, str]] = field(default_factory=list)


def take_paragraphs(rng: random.Random, art: dict[str, Any], measure: int,
                    rows: int) -> list[tuple[str, list[str]]]:
    """Whole paragraphs of the article, from a random one on, until about ``rows`` lines."""
    paras = art["paragraphs"]
    start = rng.randrange(len(paras))
    out: list[tuple[str, list[str]]] = []
    used = 0
    for p in paras[start:] + paras[:start]:
        lines = set_paragraph(p, measure)
        out.append((p, lines))
        used += len(lines)
        if used >= rows:
            break
    return out


def fill_column(rng: random.Random, col: Column, top: float, pitch: float,
                head: str | None, paras: list[tuple[str, list[str]]],
                spaced: bool) -> float:
    """Sets the column's boxes from ``top``; returns the top of the line under its last."""
    y = top
    if head is not None:
        col.lines.append((y + rng.uniform(-JITTER, JITTER), head))
        y += pitch * rng.uniform(1.4, 2.4)  # a headline's larger size and space under it
    for _, lines in paras:
        for k, line in enumerate(lines):
            col.lines.append((y + rng.uniform(-JITTER, JITTER) * pitch, line))
            if k + 1 < len(lines):
                col.breaks.append((line, lines[k + 1]))
            y += pitch
        if spaced:
            y += pitch * rng.uniform(0.3, 0.8)
    return y


Box = tuple[float, float, str]  # top, left, text


def read_rows(boxes: list[Box], pitch: float) -> list[Box]:
    """The boxes in PaddleOCR's order: by top, then left to right within a row."""
    order = sorted(boxes, key=lambda b: (b[0], b[1]))
    for i in range(len(order) - 1):
        for j in range(i, -1, -1):
            a, b = order[j], order[j + 1]
            if abs(b[0] - a[0]) < SAME_ROW * pitch and b[1] < a[1]:
                order[j], order[j + 1] = b, a
            else:
                break
    return order


def compose(seed: int, i: int) -> dict[str, Any]:
    """One page: raw text, gold articles and furniture, and its settings."""
    h = hashlib.sha256(f"{seed}:{SETNAME}:{i}".encode()).digest()
    rng = random.Random(int.from_bytes(h[:8], "big"))
    lang = "zh_trad" if rng.random() < 0.3 else "zh"
    script = rng.choice(["s2t", "s2tw", "s2hk"])
    texts = [pools.article_text(lang, a, script) for _, a in pools.pool("zh", False)]
    rng.shuffle(texts)
    paper = rng.choice(pools.PAPERS["train"][lang])
    date = f"{rng.randrange(1960, 2025)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    st = {"set": SETNAME, "lang": lang, "paper": paper, "date": date,
          "page": str(rng.randrange(1, 9)),
          "blank_rows": rng.random() < 0.4, "merged": rng.random() < 0.2,
          "spaced": rng.random() < 0.5, "bands": rng.choice([1, 1, 2])}
    boxes: list[tuple[float, float, str]] = []
    furniture = [paper, date]
    boxes += [(0.0, 0.0, paper), (0.1, 30.0, date)]
    articles: list[dict[str, Any]] = []
    breaks: list[tuple[str, str]] = []
    y = 2.0
    for _ in range(st["bands"]):
        body = rng.randrange(20, 29)
        measures = [body, rng.choice([rng.randrange(16, 23), rng.randrange(8, 13)])]
        if rng.random() < 0.25:
            measures.append(rng.randrange(8, 13))
        rows = rng.randrange(10, 28)
        cols: list[Column] = []
        x = 0.0
        bottom = y
        spanning = rng.random() < 0.5  # the first column's headline over the whole band
        if spanning:
            boxes.append((y, 0.0, texts[0]["title"]))
            y += rng.uniform(2.0, 3.0)
        for c, measure in enumerate(measures):
            art = texts.pop(0) if texts else None
            if art is None:
                break
            pitch = 1.0 if c == 0 else rng.choice(PITCHES)
            col = Column(x)
            x += measure + rng.uniform(1.0, 3.0)
            paras = take_paragraphs(rng, art, measure, int(rows / pitch))
            head = None if (c == 0 and spanning) else art["title"]
            offset = rng.uniform(0.0, 0.9) if c else 0.0
            end = fill_column(rng, col, y + offset, pitch, head, paras, st["spaced"])
            bottom = max(bottom, end)
            cols.append(col)
            boxes += [(top, col.x, text) for top, text in col.lines]
            breaks += col.breaks
            articles.append({"headline": art["title"], "paragraphs": [p for p, _ in paras]})
        st.setdefault("measures", []).append(measures[: len(cols)])
        y = bottom + rng.uniform(1.0, 2.0)
    raw = render(rng, read_rows(boxes, 1.0), st)
    return {"settings": st, "raw": raw, "articles": articles, "furniture": furniture,
            "fix_checks": fix_checks(rng, breaks, raw)}


def render(rng: random.Random, order: list[tuple[float, float, str]], st: dict[str, Any]) -> str:
    """The OCR's text: one box a line; a blank line where no box starts for a while (on
    pages that print them); two boxes of one row merged where the gutter is narrow."""
    out: list[str] = []
    last: tuple[float, float, str] | None = None
    for box in order:
        if last is not None:
            if st["blank_rows"] and box[0] - last[0] > 2.2:
                out.append("")
            elif (st["merged"] and box[1] > last[1] and abs(box[0] - last[0]) < 0.12
                  and rng.random() < 0.5 and out and out[-1] == last[2]):
                out[-1] += box[2]
                last = None
                continue
        out.append(box[2])
        last = box
    return "\n".join(out) + "\n"


def fix_checks(rng: random.Random, breaks: list[tuple[str, str]], raw: str,
               n: int = 4) -> dict[str, list[str]]:
    """must_contain: text across a column's line break that the raw text does not hold."""
    lines = set(raw.splitlines())
    cands = [a[-6:] + b[:6] for a, b in breaks
             if len(a) >= 6 and len(b) >= 6 and a[-6:] + b[:6] not in raw and a in lines]
    return {"must_contain": rng.sample(cands, min(n, len(cands))), "must_not_contain": []}


def page_name(st: dict[str, Any], i: int) -> str:
    paper = hashlib.sha1(st["paper"].encode()).hexdigest()[:8]
    trad = "_trad" if st["lang"] == "zh_trad" else ""
    return f"zh_gen_{paper}_{st['date']}_p{st['page']}{trad}_r{i:05d}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    out = a.out / SETNAME
    for sub in ("raw", "gold", "sidecar"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    for i in range(a.pages):
        page = compose(a.seed, i)
        st = page["settings"]
        name = page_name(st, i)
        source = f"{name}_ocr-rows.txt"
        (out / "raw" / source).write_text(page["raw"], encoding="utf-8")
        gold = {"source": source, "kind": "page",
                "metadata": {"paper": st["paper"], "date": st["date"], "page": st["page"]},
                "page_furniture": page["furniture"], "articles": page["articles"],
                "fix_checks": page["fix_checks"]}
        (out / "gold" / f"{name}_ocr-rows.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        (out / "sidecar" / f"{name}.json").write_text(json.dumps(st, ensure_ascii=False),
                                                     encoding="utf-8")
    print(f"{a.pages} pages into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
