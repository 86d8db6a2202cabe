"""Headless articles kept in the article before: a learnt model's say, guarded by
typesetting facts, and only on articles without a headline group."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pycrfsuite
import pytest

from newsclean import api
from newsclean.linemodel import openers
from newsclean.segment.model import Article, Blocks, Unit
from tools.linemodel.data import (
    DIAGNOSE_SEEDS,
    PAGEGEN_TRAIN,
    composition,
    diagnosed,
    training_share,
)
from tools.linemodel.openers import asked_of


def _story() -> Article:
    return Article(
        headline="Storm Warning",
        blocks=Blocks(
            [{"type": "paragraph", "text": "Heavy rain is expected in the north tonight."}]
        ),
        closed=True,
    )


def _headless(text: str, byline: str | None = None) -> Article:
    return Article(
        byline=byline,
        blocks=Blocks([{"type": "paragraph", "text": text}]),
        signals=["body without a headline"],
    )


def test_only_articles_without_a_headline_group_after_the_first_are_asked() -> None:
    articles = [_headless("Opening text of the page."), _story(), _headless("More rain.")]
    assert [openers.asked(articles, k) for k in range(3)] == [False, False, True]
    item = _headless("Two rooms to let, apply within.")
    item.signals = ["briefs item"]
    assert not openers.asked([_story(), item], 1)


def test_a_sure_article_is_moved_into_the_one_before_as_built() -> None:
    articles = [_story(), _headless("Roads were closed near the river.", "By Jane Doe")]
    kept = openers.apply_sure(articles, {1: openers.SURE})
    assert len(kept) == 1
    assert kept[0].headline == "Storm Warning"
    assert [b["text"] for b in kept[0].blocks] == [
        "Heavy rain is expected in the north tonight.",
        "Roads were closed near the river.",
    ]
    assert kept[0].byline == "By Jane Doe"
    # A second credit is kept as the assembler keeps one: a dateline block.
    credited = _story()
    credited.byline = "By John Roe"
    kept = openers.apply_sure([credited, _headless("More.", "By Jane Doe")], {1: 0.99})
    assert kept[0].byline == "By John Roe"
    assert kept[0].blocks[-1] == {"type": "dateline", "text": "By Jane Doe"}


def test_an_unsure_article_stays_a_story() -> None:
    articles = [_story(), _headless("Roads were closed near the river.")]
    assert len(openers.apply_sure(articles, {1: openers.SURE - 0.01})) == 2


def test_typesetting_guards_keep_a_story_apart() -> None:
    # A story is printed in one script.
    cjk = _headless("市区道路今晨恢复通行。")
    assert len(openers.apply_sure([_story(), cjk], {1: 0.99})) == 2
    # A dateline opens a story's first paragraph.
    dated = _headless("LONDON, May 3 - The river rose overnight.")
    assert len(openers.apply_sure([_story(), dated], {1: 0.99})) == 2
    undated = _headless("The river rose overnight, the council said.")
    assert len(openers.apply_sure([_story(), undated], {1: 0.99})) == 1


def test_features_see_the_opener_and_the_article_before() -> None:
    articles = [_story(), _headless("roads were closed near the river.", "By Jane Doe")]
    feats = openers.article_features(articles, 1)
    assert {"open=paragraph", "start=lower", "-1:head=y", "-1:closed=y", "head=n"} <= set(feats)
    assert "sig=body without a headline" in feats
    alone = [_story(), Article(byline="By Jane Doe", signals=["credit alone"])]
    assert "open=byline" in openers.article_features(alone, 1)


def test_without_a_model_file_nothing_moves(tmp_path: Path) -> None:
    articles = [_story(), _headless("Roads were closed near the river.")]
    assert openers.kept_together(articles, str(tmp_path / "none.crfsuite")) == articles


def test_a_model_that_learnt_continuations_moves_them_and_keeps_stories(tmp_path: Path) -> None:
    def goes_on() -> list[Article]:
        return [_story(), _headless("and the roads near the river were closed")]

    def new_story() -> list[Article]:
        return [_story(), _headless("The mayor opened the new bridge on Monday.", "By Jane Doe")]

    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(20):
        trainer.append([openers.article_features(goes_on(), 1)], ["M"])
        trainer.append([openers.article_features(new_story(), 1)], ["A"])
    model = tmp_path / "toy.crfsuite"
    trainer.train(str(model))
    assert len(openers.kept_together(goes_on(), str(model))) == 1
    assert len(openers.kept_together(new_story(), str(model))) == 2


def test_gold_labels_articles_by_where_most_of_their_text_is(tmp_path: Path) -> None:
    gold = tmp_path / "g.json"
    gold.write_text(
        json.dumps(
            {
                "articles": [
                    {
                        "headline": "Storm Warning",
                        "paragraphs": ["Heavy rain is expected.", "Roads were closed."],
                    },
                    {"headline": "New Bridge", "paragraphs": ["The mayor opened it."]},
                ]
            }
        ),
        encoding="utf-8",
    )

    def units(*texts: tuple[str, str]) -> bytes:
        return pickle.dumps([Unit(text, i, None, "", role) for i, (role, text) in enumerate(texts)])

    head = ("heading", "Storm Warning")
    rain = ("body", "Heavy rain is expected.")
    ended = ("end", "By Jane Doe")
    same = asked_of(units(head, rain, ended, ("body", "Roads were closed.")), gold, None)
    assert same.tags == ["M"]
    other = asked_of(units(head, rain, ended, ("body", "The mayor opened it.")), gold, None)
    assert other.tags == ["A"]


@pytest.mark.skipif(not PAGEGEN_TRAIN.is_dir(), reason="no generated pages")
def test_the_compositions_diagnose_scores_are_never_trained_on() -> None:
    skip = diagnosed()
    assert len(DIAGNOSE_SEEDS) == 2
    assert not {composition(gold.stem) for _, gold in training_share(200)} & skip


def test_the_shipped_model_is_small_and_split_stays_deterministic() -> None:
    assert openers.OPENERS_MODEL.stat().st_size < 5_000_000
    text = "Storm Warning\n\nHeavy rain tonight.\n\nBy Jane Doe\n\nroads were closed."
    assert api.split(text) == api.split(text)
