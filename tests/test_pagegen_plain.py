"""Kickers and subtitles set as running text (tools/pagegen's train-plain set, issue 17):
a Chinese 副题 in the body face at about body size in one column, a phrase with no full
stop, often one line filling the column's measure; and no other set draws it, so their
pages are made again from their seeds as they were."""

from __future__ import annotations

import random
from types import ModuleType
from typing import Any

import pytest

from tests.pagegen_compose import compose_with_faces

pytest.importorskip("pymupdf")
pytest.importorskip("pyphen")


@pytest.fixture(scope="module")
def compose() -> ModuleType:
    return compose_with_faces(("train", "cjk"))


def _composer(compose: ModuleType, setname: str, seed: int, lang: str = "zh") -> Any:
    rng = random.Random(seed)
    return compose.Composer(compose.sample_settings(rng, lang, setname), rng)


def test_a_plain_chinese_subtitle_is_a_phrase_set_as_the_column_is(compose: ModuleType) -> None:
    filled = 0
    for seed in range(24):
        c = _composer(compose, "train-plain", seed, "zh_trad" if seed % 3 == 0 else "zh")
        colw = c.cols[0][1]
        unit = c.plain_subtitle(colw, 0)
        assert unit is not None
        assert unit.role == "subtitle"
        assert unit.article == 0
        assert not unit.text.endswith(("。", "！", "？"))
        assert all(line.fontkey == c.f_body for line in unit.lines)
        assert all(line.size <= c.st["body_size"] * 1.1 + 1e-9 for line in unit.lines)
        assert all(line.width <= colw + 0.5 for line in unit.lines)
        filled += len(unit.lines) == 1 and unit.lines[0].width >= 0.95 * colw
    # Half are asked to fill the measure, and can where the spare article holds a phrase
    # of that length: most of the narrow columns, none of the widest.
    assert 2 <= filled <= 12


def test_a_plain_latin_deck_is_set_in_the_body_italic_at_body_size(compose: ModuleType) -> None:
    c = _composer(compose, "train-plain", 3, "en")
    unit = c.plain_subtitle(c.cols[0][1], 2)
    assert unit is not None
    assert {line.fontkey for line in unit.lines} == {c.f_ital}
    assert {line.size for line in unit.lines} == {c.st["body_size"]}


@pytest.mark.parametrize("setname", ["train", "untouched2"])
def test_sets_without_the_share_set_no_plain_heads_and_draw_nothing(
    compose: ModuleType, setname: str
) -> None:
    for seed in range(20):
        c = _composer(compose, setname, seed)
        state = c.rng.getstate()
        assert not c.plain_heads()
        assert c.rng.getstate() == state


def test_the_plain_set_draws_its_share(compose: ModuleType) -> None:
    c = _composer(compose, "train-plain", 1)
    drawn = sum(c.plain_heads() for _ in range(2000))
    assert 500 <= drawn <= 700
