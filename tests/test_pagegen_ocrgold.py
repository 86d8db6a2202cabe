"""The gold of generated OCR pages in the OCR's own characters (tools/pagegen/ocrgold.py,
issue 17): what Tesseract misread, dropped or split is what the gold says, a clean reading
gives the composed gold exactly, and a unit the OCR lost leaves the gold as the scorer
reads an incomplete gold."""

from __future__ import annotations

import copy
import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("numpy")

PAGEGEN = Path(__file__).resolve().parents[1] / "tools" / "pagegen"

HEAD = ["Storm closes the harbour", "for a second day"]
BYLINE = ["By Mary Ellis"]
PARA1 = [
    "PORTSMOUTH, March 3 - The harbour",
    "stayed closed on Tuesday as the storm",
    "kept the ferries in port, and the mod-",
    "ern quay was under water by noon. Sea-",
    "side traders counted their losses.",
]
PARA2 = [
    "The coastguard said the wind would",
    "ease overnight, and the first sailings",
    "could leave on Wednesday morning.",
]
CAPTION = ["The flooded quay at noon."]
FOLIO = ["Page 4"]

# a unit: role, article, printed lines, text
UNITS: list[tuple[str, int | None, list[str], str]] = [
    ("page_label", None, FOLIO, "Page 4"),
    ("headline", 0, HEAD, "Storm closes the harbour for a second day"),
    ("byline", 0, BYLINE, "By Mary Ellis"),
    (
        "body",
        0,
        PARA1,
        "PORTSMOUTH, March 3 - The harbour stayed closed on Tuesday as the storm kept the"
        " ferries in port, and the modern quay was under water by noon. Sea-side traders"
        " counted their losses.",
    ),
    ("caption", None, CAPTION, "The flooded quay at noon."),
    (
        "body",
        0,
        PARA2,
        "The coastguard said the wind would ease overnight, and the first sailings could"
        " leave on Wednesday morning.",
    ),
]


def units() -> list[dict[str, Any]]:
    return [
        {"role": r, "text": t, "article": a, "lines": [{"text": ln} for ln in lines]}
        for r, a, lines, t in UNITS
    ]


def composed() -> dict[str, Any]:
    texts = {r + str(i): t for i, (r, _, _, t) in enumerate(UNITS)}
    return {
        "source": "x_ocr-300-n0-s+0.0.txt",
        "kind": "page",
        "metadata": {"paper": "The Harbour Gazette", "date": "2020-03-03", "page": "4"},
        "page_furniture": [texts["page_label0"]],
        "captions": [texts["caption4"]],
        "articles": [
            {
                "headline": texts["headline1"],
                "byline": texts["byline2"],
                "dateline": "PORTSMOUTH, March 3",
                "paragraphs": [texts["body3"], texts["body5"]],
            }
        ],
    }


def raw(*edits: tuple[str, str]) -> str:
    """The page as a clean OCR reads it (each unit a block), with some lines edited."""
    text = "\n\n".join("\n".join(lines) for _, _, lines, _ in UNITS) + "\n"
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def ocrgold() -> ModuleType:
    sys.path.insert(0, str(PAGEGEN))
    return importlib.import_module("ocrgold")


def project(ocrgold: ModuleType, text: str) -> dict[str, Any]:
    g: dict[str, Any] = ocrgold.project(composed(), units(), text, "en")[0]
    return g


def test_a_clean_reading_gives_the_composed_gold(ocrgold: ModuleType) -> None:
    assert project(ocrgold, raw()) == composed()


def test_a_clean_reading_of_a_tilted_scan_in_other_columns_gives_it_too(
    ocrgold: ModuleType,
) -> None:
    # Tesseract read the caption first and broke the paragraph into two blocks
    text = raw(
        ("The flooded quay at noon.\n\n", ""),
        ("Page 4\n\n", "Page 4\n\nThe flooded quay at noon.\n\n"),
    )
    text = text.replace("by noon. Sea-\n", "by noon. Sea-\n\n")
    assert project(ocrgold, text) == composed()


@pytest.mark.parametrize(
    ("edit", "field", "want"),
    [
        # rn read as m: the gold says what a cleaner can give
        (
            ("the mod-\nern quay", "the mod-\nem quay"),
            "para",
            "kept the ferries in port, and the modem quay was under water",
        ),
        # a dropped line: its words are not on the page
        (
            ("stayed closed on Tuesday as the storm\n", ""),
            "para",
            "PORTSMOUTH, March 3 - The harbour kept the ferries in port",
        ),
        # a word split in two
        (("The coastguard said", "The coast guard said"), "para2", "The coast guard said the wind"),
        # a broken word's hyphen misread: still the hyphen of the break, dropped
        (("the mod-\nern", "the mod~\nern"), "para", "the modern quay"),
        # a compound's own hyphen at a line end stays
        (
            ("kept the ferries", "kept the femies"),
            "para",
            "femies in port, and the modern quay was under water by noon. Sea-side traders",
        ),
        # a headline misread and the byline's letters
        (
            ("Storm closes", "Storrn closes"),
            "headline",
            "Storrn closes the harbour for a second day",
        ),
        (("By Mary Ellis", "By Mary Eliis"), "byline", "By Mary Eliis"),
        (("PORTSMOUTH, March 3 -", "PORTSMOUTH, Marcb 3 -"), "dateline", "PORTSMOUTH, Marcb 3"),
    ],
)
def test_what_the_ocr_read_is_the_gold(
    ocrgold: ModuleType, edit: tuple[str, str], field: str, want: str
) -> None:
    art = project(ocrgold, raw(edit))["articles"][0]
    got = {
        "para": art["paragraphs"][0],
        "para2": art["paragraphs"][1],
        "headline": art["headline"],
        "byline": art["byline"],
        "dateline": art["dateline"],
    }[field]
    assert want in got


@pytest.mark.parametrize(
    ("edit", "field", "head", "tail"),
    [
        # specks Tesseract read before a paragraph's first words, on its first line, stay
        (
            ("PORTSMOUTH, March 3 - The", "\u2018 . PORTSMOUTH, March 3 - The"),
            "para",
            "\u2018 . PORTSMOUTH, March 3 - The harbour",
            "counted their losses.",
        ),
        # and after its last words, on its last line
        (("their losses.", "their losses. ee"), "para", "PORTSMOUTH,", "their losses. ee"),
        (("Wednesday morning.", "Wednesday morning. -,."), "para2", "The coast", "morning. -,."),
        # another unit's words on the line are not taken, nor the specks before them
        (
            ("their losses.\n\nThe flooded", "their losses. ee The flooded"),
            "para",
            "PORTSMOUTH,",
            "counted their losses.",
        ),
        (
            ("their losses.\n\nThe flooded", "their losses. ee The flooded"),
            "caption",
            "The flooded",
            "The flooded quay at noon.",
        ),
        # nor another unit's words the alignment gave to no unit (a column Tesseract read
        # across, here the caption read twice): they read as that unit's text
        (
            ("their losses.\n\n", "their losses. The flooded quay at\n\n"),
            "para",
            "PORTSMOUTH,",
            "counted their losses.",
        ),
        # a line of specks of its own between two units is neither's (the hand gold writes
        # a paragraph from its own lines)
        (("quay at noon.\n\n", "quay at noon.\n- .\n\n"), "para2", "The coast", "morning."),
        (("their losses.\n\n", "their losses.\n\n. ,\n\n"), "para", "PORTSMOUTH,", "losses."),
    ],
)
def test_specks_on_a_units_own_lines_are_its_own(
    ocrgold: ModuleType, edit: tuple[str, str], field: str, head: str, tail: str
) -> None:
    g = project(ocrgold, raw(edit))
    got = {
        "para": g["articles"][0]["paragraphs"][0],
        "para2": g["articles"][0]["paragraphs"][1],
        "caption": g["captions"][0],
    }[field]
    assert got.startswith(head)
    assert got.endswith(tail)


def test_a_paragraph_the_ocr_lost_is_not_kept(ocrgold: ModuleType) -> None:
    garbled = "Tle c0as# s@ld thc w!nd wou|d\n~ase ovcr..ght, aud tbe f.rst sa1l!ugs\nc0u|d"
    g = project(ocrgold, raw(("\n".join(PARA2), garbled)))
    assert g["paragraphs_complete"] is False
    assert [p[:10] for p in g["articles"][0]["paragraphs"]] == ["PORTSMOUTH"]
    assert "articles_complete" not in g


def test_an_article_whose_headline_was_lost_goes(ocrgold: ModuleType) -> None:
    gold = composed()
    second = {"headline": "Ferries sail again", "paragraphs": ["The ferries sailed at dawn."]}
    gold["articles"].append(second)
    us = [
        *units(),
        {
            "role": "headline",
            "text": second["headline"],
            "article": 1,
            "lines": [{"text": "Ferries sail again"}],
        },
        {
            "role": "body",
            "text": second["paragraphs"][0],
            "article": 1,
            "lines": [{"text": "The ferries sailed at dawn."}],
        },
    ]
    text = raw() + "\nF#r%i@s s~!l a&a!n\n\nThe ferries sailed at dawn.\n"
    g, counts = ocrgold.project(gold, us, text, "en")
    assert g["articles_complete"] is False
    assert g["paragraphs_complete"] is False
    assert [a["headline"] for a in g["articles"]] == [composed()["articles"][0]["headline"]]
    assert counts["lost_headline"] == 1


def test_two_identical_captions_find_two_places(ocrgold: ModuleType) -> None:
    gold = composed()
    gold["captions"] = [CAPTION[0], CAPTION[0]]
    us = [
        *units(),
        {"role": "caption", "text": CAPTION[0], "article": None, "lines": [{"text": CAPTION[0]}]},
    ]
    text = raw() + "\nThe fiooded quay at noon.\n"
    g, _ = ocrgold.project(gold, us, text, "en")
    assert sorted(g["captions"]) == ["The fiooded quay at noon.", "The flooded quay at noon."]


def test_regold_rewrites_ocr_gold_from_raw_and_composition(tmp_path: Path) -> None:
    pytest.importorskip("pymupdf")
    sys.path.insert(0, str(PAGEGEN))
    gen = importlib.import_module("gen")
    for sub in ("gold", "raw", "sidecar"):
        (tmp_path / sub).mkdir()
    name = "en_gen_harbour_2020-03-03_4_t00010"
    side = {"name": name, "lang": "en", "units": units()}
    (tmp_path / "sidecar" / f"{name}.json").write_text(json.dumps(side), encoding="utf-8")
    pdf_gold = dict(composed(), source=f"{name}_pymupdf.txt")
    (tmp_path / "gold" / f"{name}_pymupdf.json").write_text(json.dumps(pdf_gold), encoding="utf-8")
    how = "ocr-300-n0-s+0.0"
    (tmp_path / "raw" / f"{name}_{how}.txt").write_text(
        raw(("the mod-\nern", "the mod-\nem")), encoding="utf-8"
    )
    stale = copy.deepcopy(pdf_gold)
    (tmp_path / "gold" / f"{name}_{how}.json").write_text(json.dumps(stale), encoding="utf-8")
    for _ in range(2):  # the second pass starts from the composition again, not its own output
        counts = gen.regold_ocr(tmp_path, tmp_path / "sidecar" / f"{name}.json")
        g = json.loads((tmp_path / "gold" / f"{name}_{how}.json").read_text(encoding="utf-8"))
        assert counts["files"] == 1
        assert g["source"] == f"{name}_{how}.txt"
        assert "the modem quay" in g["articles"][0]["paragraphs"][0]
        assert "fix_checks" in g
    assert json.loads((tmp_path / "gold" / f"{name}_pymupdf.json").read_text()) == pdf_gold


def test_regold_copy_writes_only_the_copys_ocr_gold(tmp_path: Path) -> None:
    pytest.importorskip("pymupdf")
    sys.path.insert(0, str(PAGEGEN))
    regold_copy = importlib.import_module("regold_copy")
    src, dst = tmp_path / "src", tmp_path / "dst"
    for sub in ("gold", "raw", "sidecar"):
        (src / sub).mkdir(parents=True)
    name = "en_gen_harbour_2020-03-03_4_h00010"
    side = {"name": name, "lang": "en", "units": units()}
    (src / "sidecar" / f"{name}.json").write_text(json.dumps(side), encoding="utf-8")
    how = "ocr-300-n0-s+0.0"
    (src / "raw" / f"{name}_{how}.txt").write_text(
        raw(("their losses.", "their losses. ee")), encoding="utf-8"
    )
    pdf_gold = json.dumps(dict(composed(), source=f"{name}_pymupdf.txt"))
    (src / "gold" / f"{name}_pymupdf.json").write_text(pdf_gold, encoding="utf-8")
    stale = json.dumps(dict(composed(), source=f"{name}_{how}.txt"))
    (src / "gold" / f"{name}_{how}.json").write_text(stale, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    assert regold_copy.regold_copy(src, dst)["files"] == 1
    assert {p.name: p.read_bytes() for p in src.rglob("*") if p.is_file()} == before
    assert (dst / "raw").is_symlink()
    assert (dst / "gold" / f"{name}_pymupdf.json").read_text(encoding="utf-8") == pdf_gold
    g = json.loads((dst / "gold" / f"{name}_{how}.json").read_text(encoding="utf-8"))
    assert g["articles"][0]["paragraphs"][0].endswith("their losses. ee")
