"""Blocks of short items run in as one paragraph (tools/pagegen's lists set, issue 17):
contents boxes, notes, prices and results, each one paragraph in the gold; and no other
set draws them, so their pages are made again from their seeds as they were."""

from __future__ import annotations

import importlib
import random
import re
from types import ModuleType
from typing import Any

import pytest

from tests.pagegen_compose import compose_with_faces

pytest.importorskip("pymupdf")
pytest.importorskip("pyphen")


@pytest.fixture(scope="module")
def compose() -> ModuleType:
    return compose_with_faces(("train", "cjk"), ("historic", "old", "latin"))


def _composer(compose: ModuleType, seed: int, lang: str, style: str = "modern") -> Any:
    rng = random.Random(seed)
    return compose.Composer(compose.sample_settings(rng, lang, "lists", style), rng)


@pytest.mark.parametrize(
    ("lang", "style"), [("en", "historic"), ("de", "historic"), ("fr", "modern"), ("zh", "modern")]
)
def test_a_block_is_one_paragraph_of_items_each_closed_by_a_stop(
    compose: ModuleType, lang: str, style: str
) -> None:
    lists = importlib.import_module("lists")
    for seed in range(12):
        c = _composer(compose, seed, lang, style)
        for kind, make in lists.KINDS.items():
            made = make(c)
            if made is None:
                continue
            label, text = made
            assert label
            assert text
            assert "\n" not in text
            # a Chinese contents item closes with the page it is on: （3版）
            closed = re.findall(r"\.(?:\s|$)|。|版）", text)
            assert len(closed) >= 3, (kind, text)
            assert text[-1] in ".。)）", (kind, text)


def test_the_gold_keeps_a_drawn_block_whole(compose: ModuleType) -> None:
    lists = importlib.import_module("lists")
    drawn = 0
    for seed in range(16):
        c = _composer(compose, seed, "en", "historic" if seed % 2 else "modern")
        before = (len(c.articles), len(c.furniture))
        h = lists.draw(c, 0, 1, 100.0, c.st["h"])
        if h is None:
            assert (len(c.articles), len(c.furniture)) == before
            continue
        drawn += 1
        label, body = c.units[-2:]
        # printed on several lines, one item of the gold
        assert len(body.lines) >= 2
        if body.article is None:
            assert c.furniture[-2:] == [label.text, body.text]
        else:
            assert c.articles[-1] == {"headline": label.text, "paragraphs": [body.text]}
            assert body.role == "body"
            assert label.role == "headline"
    assert drawn >= 12


@pytest.mark.parametrize("setname", ["train", "train-plain", "historic", "untouched2"])
def test_other_sets_have_no_share_of_list_blocks(compose: ModuleType, setname: str) -> None:
    assert compose.SETS[setname].get("list_blocks", 0.0) == 0.0


def test_a_list_page_is_named_apart_from_the_training_pages(compose: ModuleType) -> None:
    gen = importlib.import_module("gen")
    st, _ = gen.make_page(5, "lists", 3)
    assert gen.page_name(st, 3).endswith("_l00003")
