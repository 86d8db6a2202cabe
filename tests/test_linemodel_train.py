"""The smoke test of training: a model from the fixture pages, in seconds."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest

from newsclean import api, linemodel
from newsclean.linemodel import MODEL, label_lines, page_articles, page_features, reads_rules
from newsclean.linemodel.align import Label
from newsclean.linemodel.features import without_rules
from newsclean.options import Options
from tools.linemodel import data
from tools.linemodel.data import (
    OPTIONS,
    SETS,
    composition,
    gold_items,
    hand_pairs,
    load_page,
    notices_as_articles,
    pages_of,
    validating,
)
from tools.linemodel.train import sequences, train

SMOKE_PAGES = 20


def test_gold_items_take_every_part_of_the_gold() -> None:
    gold = {
        "page_furniture": ["A1"],
        "stray_lines": ["~~"],
        "articles": [
            {
                "headline": "H",
                "kicker": "K",
                "byline": "By X",
                "section_subheads": ["S"],
                "paragraphs": ["P1", "P2"],
            },
            {"headline": "Sale", "kind": "advertisement", "paragraphs": ["Q"]},
        ],
    }
    assert [(i.role, i.article, i.text) for i in gold_items(gold)] == [
        ("furniture", None, "A1"),
        ("noise", None, "~~"),
        ("kicker", 0, "K"),
        ("headline", 0, "H"),
        ("byline", 0, "By X"),
        ("subhead", 0, "S"),
        ("body", 0, "P1"),
        ("body", 0, "P2"),
        ("headline", 1, "Sale"),
        ("ad", 1, "Q"),
    ]


def test_generated_notices_become_ad_articles_and_other_furniture_stays() -> None:
    gold = {"page_furniture": ["Millbrook Post", "PUBLIC NOTICE", "Call 555-0142", "HELP WANTED"]}
    units = [
        {"role": "running_head", "text": "Millbrook Post"},
        {"role": "ad", "text": "PUBLIC NOTICE"},
        {"role": "ad", "text": "Call 555-0142"},
        {"role": "body", "text": "A paragraph."},
        {"role": "ad", "text": "HELP  WANTED"},
    ]
    items = notices_as_articles(gold_items(gold), {"units": units}, articles=2)
    assert [(i.role, i.article, i.text) for i in items] == [
        ("furniture", None, "Millbrook Post"),
        ("ad", 2, "PUBLIC NOTICE"),
        ("ad", 2, "Call 555-0142"),
        ("ad", 3, "HELP WANTED"),
    ]


def test_sequences_are_cut_where_the_gold_says_nothing() -> None:
    raw, gold = pages_of(*SETS["fixtures"])[-1]
    page = load_page(raw, gold)
    page.gold[3] = None
    runs = list(sequences(page))
    assert len(runs[0][0]) == 3
    assert sum(len(xs) for xs, _ in runs) == sum(label is not None for label in page.gold)


def test_smoke_training_gives_a_deterministic_model_that_splits(tmp_path: Path) -> None:
    pages = [load_page(raw, gold) for raw, gold in hand_pairs(SMOKE_PAGES)]
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    used = train(pages, first, iterations=30)
    train(pages, second, iterations=30)
    assert used > 1000
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != MODEL.read_bytes()
    page = api.split(
        "城市公园建设提速\n\n本报记者 王强\n\n今年以来，全市新建改建公园四十余处。",
        options=Options(engine="model", line_model=str(first)),
    )
    assert page["articles"][0]["blocks"][-1]["text"] == "今年以来，全市新建改建公园四十余处。"


def test_hand_gold_pages_weigh_more_than_generated_ones(tmp_path: Path) -> None:
    pages = [load_page(raw, gold) for raw, gold in hand_pairs(2)]
    lines = [sum(label is not None for label in page.gold) for page in pages]
    used = train(pages[:1], tmp_path / "m.crfsuite", 2, pages[1:], weight=3)
    assert used == 3 * lines[0] + lines[1]


def test_the_model_overrules_the_rules_only_where_it_is_sure(tmp_path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(20):
        trainer.append([{"capitals": 1.0}, {"prose": 1.0}], ["headline|A", "body|P"])
        trainer.append([{"prose": 1.0}, {"prose": 1.0}], ["body|P", "body|C"])
    model = tmp_path / "toy.crfsuite"
    trainer.train(str(model))
    rules: list[Label | None] = [Label("body", "P"), Label("headline", "A")]
    labels = label_lines([{"capitals": 1.0}, {"unseen": 1.0}], str(model), rules)
    # Sure of the capitals line: its own label. Not sure of a line it never saw: the rules'.
    assert [label.tag for label in labels] == ["headline|A", "headline|A"]
    assert label_lines([{"capitals": 1.0}, {"unseen": 1.0}], str(model))[1].tag != "headline|A"


def test_a_model_without_the_rules_features_does_not_run_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [load_page(raw, gold).ruleless() for raw, gold in hand_pairs(2)]
    model = tmp_path / "norules.crfsuite"
    train(pages, model, iterations=10)
    assert not reads_rules(str(model))
    assert reads_rules()

    def no_rules(*_: object) -> None:
        raise AssertionError("the rules ran")

    monkeypatch.setattr(linemodel, "rules_split", no_rules)
    options = Options(furniture="strip", engine="model", line_model=str(model))
    doc = api.clean("城市公园建设提速\n\n今年以来，全市新建改建公园四十余处。", options=options)
    assert page_articles(doc, options)


def test_features_without_the_rules_are_the_features_the_rules_add_to() -> None:
    raw, _ = pages_of(*SETS["fixtures"])[0]
    doc = api.clean(raw.read_bytes(), source=raw.name, options=OPTIONS)
    ruled = page_features(doc, OPTIONS).features
    ruleless = page_features(doc, OPTIONS, rules=False).features
    assert [without_rules(f) for f in ruled] == ruleless
    assert all(len(r) > len(f) for r, f in zip(ruled, ruleless, strict=True))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The extractions of one composition go to the same share.
        (
            "de_gen_x_2005-04-07_A5_t01485_pdfminer",
            "de_gen_x_2005_t01485_ocr-150-n0-s+0.0",
        ),
        ("zh_gen_a_2007-08-01_3_t00734_pymupdf", "zh_gen_a_2007-08-01_3_t00734_pdftotext"),
        # a historic page's extractions, its OCR named with the worn scan's settings
        (
            "en_gen_x_1903-01-10_6_h00000_pymupdf",
            "en_gen_x_1903-01-10_6_h00000_ocr-200-n1-s+1.5-i6w-1",
        ),
    ],
)
def test_validation_share_keeps_a_composition_together(a: str, b: str) -> None:
    assert composition(a) == composition(b) != a
    assert validating(a) == validating(b)


def test_validation_share_is_about_seven_in_a_hundred_compositions() -> None:
    names = [f"x_t{n:05d}_pdfminer" for n in range(2000)]
    share = sum(validating(name) for name in names) / len(names)
    assert 0.05 < share < 0.09
    assert composition("x_t00001_pdfminer") != composition("x_t00002_pdfminer")


def test_the_ocr_share_adds_ocr_extractions_not_already_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = [
        "a_t00001_pdfminer",
        "a_t00001_ocr-150-n0-s+0.0",
        "b_t00002_pymupdf",
        "c_t00003_pdftotext",
        "c_t00003_ocr-200-n1b-s-1.0",
        "d_t00004_ocr-300-n0-s+0.5",
        "e_t00005_pdfminer",
    ]
    pairs = [(Path(f"raw/{n}.txt"), Path(f"gold/{n}.json")) for n in names]
    monkeypatch.setattr(data, "generated", lambda validation: pairs)
    monkeypatch.setattr(data, "diagnosed", lambda: {"t00005"})

    def stems(n: int, ocr: int = 0) -> list[str]:
        return [gold.stem for _, gold in data.training_share(n, ocr)]

    # Without it, the first n as before; a diagnosed composition is never taken.
    assert stems(3) == names[:3]
    assert stems(10) == names[:6]
    # The first OCR'd extraction is among the first three: taken once, not twice.
    assert stems(3, ocr=2) == [*names[:3], names[4]]
    assert stems(3, ocr=9) == [*names[:3], names[4], names[5]]
    assert [data.is_ocr(n) for n in names] == [False, True, False, False, True, True, False]


def test_ocr_weight_repeats_the_ocr_pages_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    names = ["a_t00001_pdfminer", "a_t00001_ocr-150-n0-s+0.0", "b_t00002_pymupdf"]
    pairs = [(Path(f"raw/{n}.txt"), Path(f"gold/{n}.json")) for n in names]
    monkeypatch.setattr(data, "training_share", lambda n, ocr, half: pairs)
    monkeypatch.setattr(data, "hand_pairs", lambda real_train: [])
    seen: list[str] = []

    def train(pages: list[str], hand: list[str], weight: int, out: Path) -> int:
        seen.extend(pages)
        out.write_bytes(b"model")
        return len(pages)

    def stems(pairs: list[tuple[Path, Path]]) -> list[str]:
        return [gold.stem for _, gold in pairs]

    out = tmp_path / "m.crfsuite"
    for weight, expected in ((1, names), (3, [*names, names[1], names[1]])):
        seen.clear()
        args = data.model_arguments(None, ("train",), out, "").parse_args(
            ["train", f"--ocr-weight={weight}"]
        )
        data.train_model(args, stems, train, str)
        assert seen == expected


def test_historic_pages_are_added_from_the_half_asked_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    names = ["h_h00001_ocr-240-n3", "h_h00002_pdfminer", "h_h00003_ocr-300-n2"]
    historic = [(Path(f"raw/{n}.txt"), Path(f"gold/{n}.json")) for n in names]
    halves: list[str | None] = []

    def share(n: int, ocr: int, half: str | None) -> list[tuple[Path, Path]]:
        halves.append(half)
        return []

    monkeypatch.setattr(data, "training_share", share)
    monkeypatch.setattr(data, "hand_pairs", lambda real_train: [])
    monkeypatch.setattr(data, "generated", lambda validation, folder: historic)
    # The second composition is in the other half: never trained on.
    monkeypatch.setattr(data, "in_half", lambda name, half: half is None or "h00002" not in name)
    seen: list[str] = []

    def train(pages: list[str], hand: list[str], weight: int, out: Path) -> int:
        seen.extend(pages)
        out.write_bytes(b"model")
        return len(pages)

    out = tmp_path / "m.crfsuite"
    for argv, expected in (
        ([], []),
        (["--historic=5"], names),
        (["--historic=5", "--half=tune"], [names[0], names[2]]),
        (["--historic=1", "--half=tune"], [names[0]]),
    ):
        seen.clear()
        args = data.model_arguments(None, ("train",), out, "").parse_args(["train", *argv])
        data.train_model(args, lambda pairs: [g.stem for _, g in pairs], train, str)
        assert seen == expected
    assert halves == [None, None, "tune", "tune"]
