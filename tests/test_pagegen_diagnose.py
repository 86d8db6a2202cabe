"""diagnose's OCR-only sample and its fixed tune/confirm split (issue 17): a
composition's files fall in one half whatever the seed, the halves share no
composition, and `--kind ocr` draws only OCR'd files."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

DIAGNOSE = Path(__file__).resolve().parents[1] / "tools" / "pagegen" / "diagnose.py"
COMPS = [
    f"{lang}_gen_paper_2020-01-{d:02d}_A1_t{d:05d}" for lang in ("en", "zh") for d in range(1, 21)
]


@pytest.fixture(scope="module")
def diagnose() -> ModuleType:
    spec = importlib.util.spec_from_file_location("diagnose", DIAGNOSE)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def out(tmp_path: Path) -> Path:
    (tmp_path / "gold").mkdir()
    (tmp_path / "sidecar").mkdir()
    for c in COMPS:
        (tmp_path / "sidecar" / f"{c}.json").write_text("{}")
        (tmp_path / "gold" / f"{c}_pdftotext.json").write_text("{}")
        (tmp_path / "gold" / f"{c}_ocr-200-n0-s+0.0.json").write_text("{}")
    for c in COMPS[::4]:
        (tmp_path / "gold" / f"{c}_ocr-200-n0-s+0.0.json").unlink()
    return tmp_path


def test_halves_split_by_composition(diagnose: ModuleType, out: Path) -> None:
    tune = diagnose.sample_ocr(out, 0, 1, ("tune",))
    confirm = diagnose.sample_ocr(out, 0, 2, ("confirm",))
    assert tune
    assert confirm
    assert len(tune) + len(confirm) == len(COMPS) - len(COMPS[::4])
    assert not {n.split("_ocr-")[0] for n in tune} & {n.split("_ocr-")[0] for n in confirm}
    assert all("_ocr-" in n for n in tune + confirm)


def test_ocr_sample_is_seeded_within_its_half(diagnose: ModuleType, out: Path) -> None:
    tune = set(diagnose.sample_ocr(out, 0, 1, ("tune",)))
    a = diagnose.sample_ocr(out, 5, 1, ("tune",))
    assert a == diagnose.sample_ocr(out, 5, 1, ("tune",))
    assert len(a) == 5
    assert set(a) <= tune


def test_mixed_sample_keeps_every_extraction(diagnose: ModuleType, out: Path) -> None:
    names = diagnose.sample(out, 5, 1, ("confirm",))
    comps = {n.rsplit("_", 1)[0] for n in names if "_ocr-" not in n}
    assert len(comps) == 5
    assert all(diagnose.half(c) == "confirm" for c in comps)
    assert {f"{c}_pdftotext" for c in comps} <= set(names)


@pytest.mark.parametrize(
    ("name", "how"),
    [
        ("en_gen_paper_2020-01-01_A1_t00001_pdftotext-layout", "pdftotext-layout"),
        ("de_gen_volksblatt_1892-03-21_2_h00171_ocr-240-n3-s+0.3-i2w+0", "ocr"),
        ("fr_gen_echo_1905-12-05_1_h00012_pymupdf", "pymupdf"),
        ("zh_gen_3dfb5664_2022-12-19_3_v00220_pdfminer", "pdfminer"),
    ],
)
def test_extraction_named_for_every_set(diagnose: ModuleType, name: str, how: str) -> None:
    # historic (h) and validation (v) names were left whole, one group per file
    assert diagnose.extraction(name) == how
