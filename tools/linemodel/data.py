"""Pages with gold, as the line model sees them: lines, features, gold labels.

The gold of a page (the scorer's format: ``page_furniture``, ``stray_lines``,
``captions`` and per article ``kicker`` … ``paragraphs``) becomes a list of items, and
``newsclean.linemodel.align`` finds each line of the page in them. Lines the gold does
not account for get no label: training cuts its sequences there rather than guess.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsclean.api import clean
from newsclean.linemodel import page_features
from newsclean.linemodel.align import Item, Label, align
from newsclean.linemodel.features import Features
from newsclean.options import Options

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
#: Every set with gold: name -> (raw folder, gold folder). ``TRAIN`` may be trained on;
#: the held-out sets never are.
SETS: dict[str, tuple[Path, Path]] = {
    "seeds": (SHARED / "seeds", SHARED / "gold"),
    "dev": (SHARED / "dev" / "raw", SHARED / "dev" / "gold"),
    "fixtures": (ROOT / "fixtures" / "pages", ROOT / "fixtures" / "gold"),
    "heldout": (ROOT / "fixtures" / "heldout" / "raw", ROOT / "fixtures" / "heldout" / "gold"),
    "heldout-fresh": (
        ROOT / "fixtures" / "heldout-fresh" / "raw",
        ROOT / "fixtures" / "heldout-fresh" / "gold",
    ),
    "heldout-latin": (
        ROOT / "fixtures" / "heldout-latin" / "raw",
        ROOT / "fixtures" / "heldout-latin" / "gold",
    ),
    "heldout-latin-fresh": (
        ROOT / "fixtures" / "heldout-latin-fresh" / "raw",
        ROOT / "fixtures" / "heldout-latin-fresh" / "gold",
    ),
}
#: Generated pages (tools/pagegen of the describe/pagegen work) and hand-gold real
#: pages written for training; used when present.
EXTRA_TRAIN = {
    "pagegen-train": Path("/work/cache/pagegen/train"),
    "real-train": ROOT / "fixtures" / "real-train",
}
HELD_OUT = ("heldout", "heldout-fresh", "heldout-latin", "heldout-latin-fresh")
OPTIONS = Options(furniture="strip", engine="model")


def gold_items(gold: dict[str, Any]) -> list[Item]:
    items = [Item("furniture", None, t) for t in gold.get("page_furniture", [])]
    items += [Item("noise", None, t) for t in gold.get("stray_lines", [])]
    items += [Item("caption", None, t) for t in gold.get("captions", [])]
    items += [Item("body", None, t) for t in _table_rows(gold.get("tables", []))]
    for n, art in enumerate(gold.get("articles", [])):
        body = "ad" if art.get("kind") in ("advertisement", "notice") else "body"
        fields = (
            ("kicker", "kicker"),
            ("headline", "headline"),
            ("subtitle", "subtitle"),
            ("decks", "subtitle"),
            ("byline", "byline"),
            ("dateline", "dateline"),
            ("credits", "byline"),
            ("section_subheads", "subhead"),
            ("paragraphs", body),
            ("paragraphs_first_chars", body),
            ("captions", "caption"),
            ("signature", "byline"),
        )
        for name, role in fields:
            value = art.get(name)
            for text in value if isinstance(value, list) else [value] if value else []:
                items.append(Item(role, n, text))
    return items


def _table_rows(tables: list[Any]) -> list[str]:
    """A table's rows (generated pages list them as strings or lists of cells)."""
    rows: list[str] = []
    for table in tables:
        for row in table if isinstance(table, list) else [table]:
            rows.append(" ".join(row) if isinstance(row, list) else str(row))
    return rows


@dataclass
class Page:
    name: str
    lines: list[str]
    features: list[Features]
    gold: list[Label | None]
    rules: list[Label | None]


def load_page(raw: Path, gold_path: Path) -> Page:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = clean(raw.read_bytes(), source=raw.name, options=OPTIONS)
    described = page_features(doc, OPTIONS)
    texts = [line.text for line in described.page.lines]
    labels = align(texts, gold_items(gold))
    return Page(raw.stem, texts, described.features, labels, described.rules)


def pages_of(raw_dir: Path, gold_dir: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for gold in sorted(gold_dir.glob("*.json")):
        raw = raw_dir / json.loads(gold.read_text(encoding="utf-8"))["source"]
        if raw.exists():
            pairs.append((raw, gold))
    return pairs


def extra_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """A training folder holds raw/ and gold/, or both beside each other."""
    if (folder / "gold").is_dir():
        return pages_of(folder / "raw", folder / "gold")
    return pages_of(folder, folder) if folder.is_dir() else []
