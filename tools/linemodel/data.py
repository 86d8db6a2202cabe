"""Pages with gold, as the line model sees them: lines, features, gold labels.

The gold of a page (the scorer's format: ``page_furniture``, ``stray_lines``,
``captions`` and per article ``kicker`` … ``paragraphs``) becomes a list of items, and
``newsclean.linemodel.align`` finds each line of the page in them. Lines the gold does
not account for get no label: training cuts its sequences there rather than guess.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import sys
import time
from argparse import ArgumentParser, Namespace
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from newsclean.api import clean
from newsclean.linemodel import page_features
from newsclean.linemodel.align import Item, Label, align, key
from newsclean.linemodel.features import Features, without_rules
from newsclean.options import Options
from tools.modules import load_file

ROOT = Path(__file__).resolve().parents[2]
# Beside the repository's checkout, or beside the folder of its worktrees (/work/wt/NAME).
SHARED = next(
    (p / "shared" for p in ROOT.parents[:2] if (p / "shared" / "eval").is_dir()),
    ROOT.parent / "shared",
)
#: Every set with gold: name -> (raw folder, gold folder). The fixture pages and
#: real-train may be trained on; the held-out sets never are (nor real-untouched, which
#: is not listed).
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
    "real-train": (
        ROOT / "fixtures" / "real-train" / "raw",
        ROOT / "fixtures" / "real-train" / "gold",
    ),
}
#: Generated pages (tools/pagegen of the describe/pagegen work) and hand-gold real
#: pages written for training; used when present.
EXTRA_TRAIN = {
    "pagegen-train": Path("/work/cache/pagegen/train"),
    "pagegen-historic": Path("/work/cache/pagegen/historic"),
    "real-train": ROOT / "fixtures" / "real-train",
}
#: The generated training pages (``tools/pagegen``): raw/, gold/, sidecar/.
PAGEGEN_TRAIN = EXTRA_TRAIN["pagegen-train"]
#: Generated pages set as Latin papers of 1890-1920 were, most of them OCR'd.
PAGEGEN_HISTORIC = EXTRA_TRAIN["pagegen-historic"]
#: ``tools/pagegen/diagnose.py`` scores a sample of the training share's compositions;
#: those of its seeds 1 (tuned on) and 2 (checked) are never trained on.
DIAGNOSE = ROOT / "tools" / "pagegen" / "diagnose.py"
DIAGNOSE_SEEDS = (1, 2)
#: Generated compositions held out of training to validate on: this many per thousand,
#: by a hash of the composition id (all its extractions go together).
VALIDATION_PER_MILLE = 70
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


#: The extraction a generated page's raw file names after its page (the sidecar is the
#: page's, shared by its extractions).
_EXTRACTION = re.compile(r"_(?:pdfminer|pdftotext-layout|pdftotext|pymupdf|ocr-[^_]*)$")


def notices_as_articles(items: list[Item], sidecar: dict[str, Any], articles: int) -> list[Item]:
    """A generated page's gold in the hand gold's conventions: the generator files the
    lines of its notices and small ads (``ad`` units of the sidecar) as page furniture,
    the hand gold as articles of kind advertisement (``fixtures/gold``'s ad copy). Each
    run of ad units is one box, numbered after the page's articles. Without this, two
    thirds of the furniture lines a model learns from generated pages are ad copy."""
    boxes: dict[str, int] = {}
    box = articles - 1
    previous = ""
    for unit in sidecar.get("units", []):
        if unit["role"] == "ad":
            box += previous != "ad"
            boxes.setdefault(key(unit["text"]), box)
        previous = unit["role"]
    return [
        Item("ad", boxes[key(item.text)], item.text)
        if item.role == "furniture" and key(item.text) in boxes
        else item
        for item in items
    ]


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

    def ruleless(self) -> Page:
        """The page as a model that does not read the rules' decisions sees it."""
        return Page(self.name, self.lines, [without_rules(f) for f in self.features], self.gold, [])


_COMPOSITION = re.compile(r"_([thl]\d+)_")


def composition(name: str) -> str:
    """The composition a generated page's extraction was made from (``t01485``,
    ``h00012`` for a historic page, ``l00003`` for one of the lists set)."""
    found = _COMPOSITION.search(name)
    return found.group(1) if found else name


def _rank(name: str) -> int:
    return int(hashlib.sha1(composition(name).encode()).hexdigest(), 16)


def validating(name: str) -> bool:
    """Whether a generated page is in the validation share (never trained on)."""
    return _rank(name) % 1000 < VALIDATION_PER_MILLE


def generated(*, validation: bool, folder: Path = PAGEGEN_TRAIN) -> list[tuple[Path, Path]]:
    """The generated pages (of ``folder``) of the training or the validation share, in
    the order of their compositions' hash (the first N are a sample of every kind of
    page)."""
    pairs = [p for p in extra_pairs(folder) if validating(p[1].stem) == validation]
    return sorted(pairs, key=lambda p: (_rank(p[1].stem), p[1].stem))


def diagnose() -> ModuleType:
    """``tools/pagegen/diagnose.py``, the generated pages' scorer."""
    return load_file("diagnose", DIAGNOSE)


def diagnosed() -> set[str]:
    """The compositions diagnose samples with :data:`DIAGNOSE_SEEDS`."""
    sample = diagnose().sample
    return {composition(n) for seed in DIAGNOSE_SEEDS for n in sample(PAGEGEN_TRAIN, 100, seed)}


def is_ocr(name: str) -> bool:
    """Whether a generated extraction was read by Tesseract from the page's image."""
    return "_ocr-" in name


def in_half(name: str, half: str | None) -> bool:
    """Whether a generated extraction's composition is in diagnose's ``half`` (``tune``
    or ``confirm``; None: either)."""
    return half is None or diagnose().half(_EXTRACTION.sub("", name)) == half


def training_share(n: int, ocr: int = 0, half: str | None = None) -> list[tuple[Path, Path]]:
    """The first ``n`` extractions of the generated training share that are not of a
    composition diagnose scores (:func:`diagnosed`): what a model may be trained on;
    with ``ocr``, the first ``ocr`` OCR'd extractions of that share are added where they
    are not among them. A fifth of the compositions are OCR'd and each has four PDF
    extractions, so OCR is one extraction in 21 of the share: 69 of the first 1,500.
    With ``half``, only the compositions of that half of diagnose's fixed split (the
    other is confirmed on)."""
    skip = diagnosed()
    share = [
        p
        for p in generated(validation=False)
        if composition(p[1].stem) not in skip and in_half(p[1].stem, half)
    ]
    first = share[:n]
    taken = {gold.stem for _, gold in first}
    read = [p for p in share if is_ocr(p[1].stem)][:ocr]
    return first + [p for p in read if p[1].stem not in taken]


def gold_labels(texts: list[str], gold_path: Path) -> list[Label | None]:
    """Each line's label in the gold of ``gold_path`` (a generated page's notices and
    small ads put in the hand gold's conventions)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    items = gold_items(gold)
    sidecar = gold_path.parent.parent / "sidecar" / f"{_EXTRACTION.sub('', gold_path.stem)}.json"
    if sidecar.is_file():
        side = json.loads(sidecar.read_text(encoding="utf-8"))
        items = notices_as_articles(items, side, len(gold.get("articles", [])))
    return align(texts, items)


def load_page(raw: Path, gold_path: Path) -> Page:
    doc = clean(raw.read_bytes(), source=raw.name, options=OPTIONS)
    described = page_features(doc, OPTIONS)
    texts = [line.text for line in described.page.lines]
    assert described.rules is not None
    return Page(raw.stem, texts, described.features, gold_labels(texts, gold_path), described.rules)


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


def _cached(pair: tuple[Path, Path], cache: Path | None) -> Page:
    raw, gold = pair
    if cache is None:
        return load_page(raw, gold)
    path = cache / f"{gold.stem}.pickle"
    if path.is_file():
        # The gold's labels are not kept: aligning is cheap, and changes.
        page: Page = pickle.loads(path.read_bytes())
        page.gold = gold_labels(page.lines, gold)
        return page
    page = load_page(raw, gold)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(page))
    return page


def _cached_star(args: tuple[tuple[Path, Path], Path | None]) -> Page:
    return _cached(*args)


def load_pages(
    pairs: list[tuple[Path, Path]], *, cache: Path | None = None, jobs: int = 1
) -> Iterator[Page]:
    """The pages of ``pairs``, in order; with ``cache``, read from (or written to) a
    folder of loaded pages (loading runs every pass and the rules on each page); with
    ``jobs``, loaded in that many processes."""
    work = [(pair, cache) for pair in pairs]
    if jobs <= 1:
        yield from map(_cached_star, work)
        return
    from multiprocessing import Pool

    with Pool(jobs) as pool:
        yield from pool.imap(_cached_star, work, chunksize=4)


def hand_pairs(limit: int | None = None, *, real_train: bool = False) -> list[tuple[Path, Path]]:
    """The hand-gold pages: the fixture pages, then (``real_train``) fixtures/real-train."""
    pairs = pages_of(*SETS["fixtures"])
    if real_train:
        pairs += extra_pairs(EXTRA_TRAIN["real-train"])
    return pairs[:limit] if limit else pairs


T = TypeVar("T")
U = TypeVar("U")


def pool_map(work: Callable[[T], U], items: list[T], jobs: int) -> list[U]:
    """``work`` over ``items`` in order, in ``jobs`` processes."""
    if jobs <= 1:
        return list(map(work, items))
    from multiprocessing import Pool

    with Pool(jobs) as pool:
        return pool.map(work, items, chunksize=4)


def model_arguments(
    doc: str | None, commands: tuple[str, ...], out: Path, cache: str
) -> ArgumentParser:
    """The arguments every model's ``train``/``score`` command reads (the veto's, the
    openers', the joins')."""
    ap = ArgumentParser(description=doc)
    ap.add_argument("command", choices=commands)
    ap.add_argument("--generated", type=int, default=1500)
    ap.add_argument(
        "--ocr", type=int, default=0, help="add the first N OCR'd extractions of the share"
    )
    ap.add_argument("--hand-weight", type=int, default=5)
    ap.add_argument("--ocr-weight", type=int, default=1, help="each OCR'd page this many times")
    ap.add_argument(
        "--extra", type=Path, help="a further folder of generated pages (raw/, gold/): its share"
    )
    ap.add_argument("--extra-n", type=int, default=0, help="train on its first N extractions")
    ap.add_argument(
        "--historic", type=int, default=0, help="add the first N of the historic training share"
    )
    ap.add_argument(
        "--half", choices=("tune", "confirm"), help="generated pages of this half of diagnose's"
    )
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--cache", type=Path, help=cache)
    ap.add_argument("--jobs", type=int, default=2)
    return ap


def train_model(
    args: Namespace,
    load: Callable[[list[tuple[Path, Path]]], list[T]],
    train: Callable[[list[T], list[T], int, Path], Any],
    what: Callable[[Any], str],
) -> int:
    """Loads the hand pages and ``--generated`` pages of the training share (and
    ``--ocr`` more OCR'd ones, and ``--historic`` pages set as 1890-1920 papers; with
    ``--half``, of that half of diagnose's split only) with ``load``, trains on them (each
    OCR'd page ``--ocr-weight`` times), and says what it trained on (``what`` says what
    ``train`` returns)."""
    start = time.monotonic()
    hand = load(hand_pairs(real_train=True))
    pairs = training_share(args.generated, args.ocr, args.half)
    if args.historic:
        historic = generated(validation=False, folder=PAGEGEN_HISTORIC)
        pairs += [p for p in historic if in_half(p[1].stem, args.half)][: args.historic]
    if args.extra:
        pairs += generated(validation=False, folder=args.extra)[: args.extra_n]
    pages = load(pairs)
    read = [page for page, (_, gold) in zip(pages, pairs, strict=True) if is_ocr(gold.stem)]
    used = train(pages + read * (args.ocr_weight - 1), hand, args.hand_weight, args.out)
    print(
        f"trained on {len(hand)} hand pages ({args.hand_weight} times) and {len(pages)} "
        f"generated ones ({len(read)} OCR'd, {args.ocr_weight} times), {what(used)}, "
        f"in {time.monotonic() - start:.0f} s: {args.out} ({args.out.stat().st_size} bytes)",
        file=sys.stderr,
    )
    return 0
