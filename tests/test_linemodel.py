"""The line model: aligning lines to a split, features, units, the model engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import api, pipeline
from newsclean.dehyphenate import vocabulary
from newsclean.linemodel import MODEL, describe_page, label_lines, page_features
from newsclean.linemodel.align import BOUNDARIES, ROLES, Item, Label, align, items_of_split
from newsclean.linemodel.assemble import decision, page_units
from newsclean.linemodel.buckets import bucket
from newsclean.model import Document
from newsclean.options import Options
from tests.cli_runner import run
from tests.conftest import FIXTURES

ITEMS = [
    Item("furniture", None, "PAGE 3"),
    Item("headline", 0, "Big news today"),
    Item("body", 0, "The quick brown fox jumps over the lazy dog."),
    Item("body", 0, "It ran away."),
    Item("headline", 1, "Second story"),
    Item("body", 1, "Another paragraph of the second story is here."),
]
LINES = [
    "PAGE 3",
    "Big news",
    "today",
    "The quick brown fox jum-",
    "ps over the lazy dog.",
    "It ran away.",
    "Second story",
    "Another paragraph of the",
    "second story is here.",
]
TAGS = [
    "furniture|P",
    "headline|A",
    "headline|C",
    "body|P",
    "body|C",
    "body|P",
    "headline|A",
    "body|P",
    "body|C",
]
MODEL_OPTIONS = Options(furniture="strip", engine="model")


def tags(labels: list[Label | None]) -> list[str | None]:
    return [label.tag if label is not None else None for label in labels]


def test_align_finds_each_line_its_item_and_boundary() -> None:
    assert tags(align(LINES, ITEMS)) == TAGS


def test_align_follows_reading_order_that_jumps_between_stories() -> None:
    order = [6, 7, 8, 0, 1, 2, 3, 4, 5]
    assert tags(align([LINES[i] for i in order], ITEMS)) == [TAGS[i] for i in order]


def test_align_reads_past_ocr_misreadings() -> None:
    lines = ["Big news today", "The qnick brown f0x jumps over", "the lazy dog."]
    assert tags(align(lines, ITEMS)) == ["headline|A", "body|P", "body|C"]


@pytest.mark.parametrize(
    "line",
    [
        "Nothing like this is printed in the gold at all",
        # Two letters match anywhere by chance: only where a unit goes on or begins.
        "is",
    ],
)
def test_align_leaves_unfound_lines_unlabelled(line: str) -> None:
    assert align(["Big news today", line], ITEMS)[1] is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A subhead whose words open the paragraph after it is the subhead.
        (["It ran away.", "Yesterday", "Yesterday the fox"], ["body|A", "subhead|P", "body|P"]),
        # A line that is only the start of a paragraph is that paragraph's.
        (["It ran away.", "Yesterday the fox", "came back."], ["body|A", "body|P", "body|C"]),
    ],
)
def test_align_takes_a_line_that_is_a_whole_item_for_that_item(
    lines: list[str], expected: list[str]
) -> None:
    items = [
        Item("subhead", 0, "Yesterday"),
        Item("body", 0, "It ran away."),
        Item("body", 0, "Yesterday the fox came back."),
    ]
    assert tags(align(lines, items)) == expected


@pytest.mark.parametrize(
    ("lines", "tag"),
    [
        # A dash set on a line of its own inside a paragraph continues it.
        (["The quick brown fox", "—", "jumps over the lazy dog."], "body|C"),
        # Between two items it belongs to neither: an ornament the gold leaves out.
        (["Big news today", "* * *", "The quick brown fox jumps"], None),
    ],
)
def test_align_places_a_line_without_letters_by_its_neighbours(
    lines: list[str], tag: str | None
) -> None:
    assert tags(align(lines, ITEMS))[1] == tag


def test_items_of_split_reads_the_contract() -> None:
    page = {
        "furniture": ["A1"],
        "articles": [
            {
                "headline": "H",
                "kicker": "K",
                "subtitle": None,
                "byline": "By X",
                "kind": "news",
                "blocks": [{"type": "paragraph", "text": "P"}, {"type": "subhead", "text": "S"}],
            },
            {
                "headline": "Sale",
                "kind": "advertisement",
                "blocks": [{"type": "lead", "text": "Q"}],
            },
        ],
    }
    assert [(i.role, i.article, i.text) for i in items_of_split(page)] == [
        ("furniture", None, "A1"),
        ("kicker", 0, "K"),
        ("headline", 0, "H"),
        ("byline", 0, "By X"),
        ("body", 0, "P"),
        ("subhead", 0, "S"),
        ("headline", 1, "Sale"),
        ("ad", 1, "Q"),
    ]


def _page(text: str) -> Document:
    return api.clean(text, options=MODEL_OPTIONS)


def test_units_join_lines_as_rejoin_does_and_set_furniture_apart() -> None:
    doc = _page("\n".join(LINES))
    page, hints = describe_page(doc, MODEL_OPTIONS)
    labels = [Label.from_tag(t) for t in TAGS]
    units, furniture = page_units(page, hints, labels, vocabulary("\n".join(LINES)))
    assert furniture == ["PAGE 3"]
    assert [(u.role, u.text) for u in units] == [
        ("heading", "Big news today"),
        ("body", "The quick brown fox jumps over the lazy dog."),
        ("body", "It ran away."),
        ("heading", "Second story"),
        ("body", "Another paragraph of the second story is here."),
    ]


def test_units_join_cjk_lines_without_a_space() -> None:
    lines = ["今年以来，全市新建改建公园四十余处，", "市民出门见绿的愿望正在变成现实。"]
    doc = _page("\n".join(lines))
    page, hints = describe_page(doc, MODEL_OPTIONS)
    labels = [Label("body", "P"), Label("body", "C")]
    units, _ = page_units(page, hints, labels, vocabulary("\n".join(lines)))
    assert [u.text for u in units] == ["".join(lines)]


def test_a_continuation_of_another_role_starts_a_unit() -> None:
    lines = ["Big news", "today"]
    doc = _page("\n".join(lines))
    page, hints = describe_page(doc, MODEL_OPTIONS)
    labels = [Label("headline", "A"), Label("body", "C")]
    units, _ = page_units(page, hints, labels, vocabulary(""))
    assert [(u.role, u.text) for u in units] == [("heading", "Big news"), ("body", "today")]


@pytest.mark.parametrize(
    ("model", "rules", "same"),
    [
        # Out of the articles either way: one line of furniture is not joined to another.
        (Label("furniture", "C"), Label("furniture", "P"), True),
        (Label("noise", "P"), Label("furniture", "C"), True),
        # A line the rules' split does not show is one they took out of the articles.
        (Label("furniture", "P"), None, True),
        (Label("body", "P"), None, False),
        (Label("body", "C"), Label("body", "P"), False),
        (Label("headline", "P"), Label("furniture", "P"), False),
        # Segment reads neither the kind of heading nor a new article.
        (Label("kicker", "A"), Label("subtitle", "P"), True),
    ],
)
def test_decision_is_what_segment_reads(model: Label, rules: Label | None, same: bool) -> None:
    assert (decision(model) == decision(rules)) is same


def test_features_carry_the_rules_decision_and_the_neighbours() -> None:
    page_text = (
        "城市公园建设提速\n\n本报记者 王强\n\n今年以来，全市新建改建公园四十余处，市民出门见绿。"
    )
    feats = page_features(_page(page_text), MODEL_OPTIONS).features
    assert "rule=headline|A" in feats[0]
    assert "rule=byline|P" in feats[1]
    assert "form=byline" in feats[1]
    assert "-1:edge" in feats[0]
    assert "-1:edge" not in feats[1]
    assert "1:rule=byline|P" in feats[0]


def test_the_model_engine_leaves_the_layout_passes_to_the_model() -> None:
    names = [p.name for p in pipeline.select(MODEL_OPTIONS)]
    assert not {"furniture", "reorder", "rejoin"} & set(names)
    assert {"furniture", "reorder", "rejoin"} <= {p.name for p in pipeline.select(Options())}


PAGE = FIXTURES / "pages" / "zh_pdfgen_beichenshibao_2023-04-19_T06_pdftotext.txt"


def test_split_with_the_model_is_the_split_contract_and_deterministic() -> None:
    raw = PAGE.read_bytes()
    first = api.split(raw, source=PAGE.name, options=MODEL_OPTIONS)
    assert first == api.split(raw, source=PAGE.name, options=MODEL_OPTIONS)
    assert first["metadata"]["paper"] == "北辰时报"
    assert "T06" in first["furniture"]
    headlines = [a["headline"] for a in first["articles"]]
    assert "加征关税致不确定性上升 美多家大型企业下调营收预期" in headlines
    for article in first["articles"]:
        assert set(article) >= {"headline", "kicker", "subtitle", "byline", "blocks", "text"}


def test_split_with_the_model_writes_the_same_json_whatever_the_hash_seed() -> None:
    # A set's order follows string hashing, which Python seeds anew in every process:
    # two processes with different seeds must still write the same bytes.
    def split_in_a_process(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-m", "newsclean", "split", "--engine", "model", str(PAGE)]
        return subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout

    assert split_in_a_process("1") == split_in_a_process("3")


def test_cli_chooses_the_engine() -> None:
    code, out, _ = run("split", "--engine", "model", str(PAGE))
    assert code == 0
    assert json.loads(out)["changes"]["linemodel"]["labelled-line"] == 112
    code, out, _ = run("split", str(PAGE))
    assert "linemodel" not in json.loads(out)["changes"]
    code, _, err = run("split", "--engine", "crf", str(PAGE))
    assert code == 2
    assert "crf" in err


def test_the_model_counts_the_lines_it_labels_not_the_blank_ones() -> None:
    lines = ["Big news today", "", "The quick brown fox jumps over", "the lazy dog, and away."]
    page = api.split("\n".join(lines), options=MODEL_OPTIONS)
    assert page["changes"]["linemodel"]["labelled-line"] == 3


def test_the_shipped_model_is_small_and_tags_every_line() -> None:
    assert MODEL.stat().st_size <= 5 * 1024 * 1024
    feats = page_features(_page("\n".join(LINES)), MODEL_OPTIONS).features
    labels = label_lines(feats)
    assert len(labels) == len(LINES)
    assert all(label.role in ROLES and label.boundary in BOUNDARIES for label in labels)


def test_a_missing_model_file_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run(
        "split", "--engine", "model", "--line-model", str(tmp_path / "no"), str(PAGE)
    )
    assert code == 2
    assert "no" in err


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (0.2, "<0.5"),
        # A value on a bound belongs to the bucket above it.
        (0.5, "<0.95"),
        (0.94, "<0.95"),
        (1.3, ">=1.3"),
        (7.0, ">=1.3"),
    ],
)
def test_bucket_names_the_first_bound_a_value_is_under(value: float, name: str) -> None:
    assert bucket(value, (0.5, 0.95, 1.3)) == name
