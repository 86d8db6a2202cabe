"""The join model: a learnt second opinion on rejoin's paragraph boundary, within the
typesetting guards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pycrfsuite
import pytest

from newsclean import api
from newsclean.linemodel import joins
from newsclean.passes.rejoin.lines import Columns, Line, Paragraph, _describe
from tools.linemodel.joins import gold_join, gold_text


def _line(text: str) -> Line:
    return _describe(text, 0.0, ())


def _paragraph(*texts: str) -> Paragraph:
    paragraph = Paragraph.start(_line(texts[0]))
    for text in texts[1:]:
        paragraph.add(_line(text))
    return paragraph


@pytest.mark.parametrize(
    ("a", "b", "join", "guarded"),
    [
        # A paragraph may end wherever a sentence does: the model never joins there...
        ("the plan was agreed on Monday.", "The council then met again", True, True),
        ("the plan was agreed on Monday, and", "the council then met again", True, False),
        # ...nor joins display type to text.
        ("the plan was agreed on Monday, and", "Council Meets Again Next Week", True, True),
        ("the plan was agreed on Monday, and", "Council meets again next week", True, False),
        # A line never starts with closing punctuation...
        ("会议指出要加快推进改革发展和建设", "，各地要抓好落实工作任务", False, True),
        ("会议指出要加快推进改革发展和建设", "各地要抓好落实工作任务", False, False),
        # ...nor ends with an opening bracket...
        ("会议指出要加快推进改革发展和《", "关于加快发展的意见》", False, True),
        # ...nor is a hyphenated word broken before its lower-case rest.
        ("the members of the infor-", "mation committee agreed on", False, True),
        ("the members of the Anglo-", "Saxon committee agreed on", False, False),
    ],
)
def test_guards(a: str, b: str, join: bool, guarded: bool) -> None:
    paragraph = _paragraph("The members of the committee said, as they met,", a)
    assert joins.guarded(paragraph, _line(b), join) is guarded


def test_headline_lines_and_lines_set_apart_keep_the_rules_answer() -> None:
    paragraph = _paragraph("The members of the committee said, as they met,", "that they went on")
    b = _line("to the next item on the list")
    assert not joins.guarded(paragraph, b, False)
    b.set_apart = True
    assert joins.guarded(paragraph, b, False)
    assert joins.guarded(paragraph, b, True)
    # A torn headline's pieces: segment gathers them.
    assert joins.guarded(_paragraph("我国单月汽"), _line("车产量首次"), True)
    assert not joins.guarded(
        _paragraph("我国单月汽"), _line("车产量首次超过350万辆，创新高。"), True
    )


def test_features_read_the_rules_answer_and_both_lines() -> None:
    paragraph = _paragraph("The council met on Monday and agreed", "to cut the water rates by")
    b = _line("a tenth from April.")
    feats = joins.features(paragraph, b, None, Columns([]), True, False)
    assert feats["rules=J"] == feats["end=lower"] == feats["start=lower"] == 1.0
    assert {"after=none", "blank=0", "b.f=ENDS_SENTENCE", "a.f=LATIN"} <= feats.keys()
    assert "a.f=ENDS_SENTENCE" not in feats
    other = joins.features(paragraph, b, None, Columns([]), False, True)
    assert {"rules=N", "blank=1"} <= other.keys()
    assert "rules=J" not in other


def _constant_model(path: Path, label: str) -> str:
    """A model that gives ``label`` to every decision, and is sure of it."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(20):
        trainer.append([{"bias": 1.0}], [label])
    trainer.append([{"never": 1.0}], ["J" if label == "N" else "N"])
    trainer.set_params({"c2": 0.0001, "max_iterations": 50})
    trainer.train(str(path))
    return str(path)


TEXT = "\n".join(
    [
        "The council met on Monday and agreed to cut",
        "the water rates by a tenth from April, the",
        "mayor said after the meeting in the old hall.",
        "",
        "Residents will pay less.",
        "New charges for parking in the centre of the",
        "town will be set in the spring, she added.",
    ]
)


def _paragraphs(text: str) -> int:
    return sum(1 for line in text.splitlines() if line)


def _model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, label: str) -> None:
    """The shipped model replaced by one that says ``label`` wherever it is asked."""
    monkeypatch.setattr(joins, "JOINS_MODEL", Path(_constant_model(tmp_path / "m.crf", label)))


def test_the_model_breaks_where_the_rules_join(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _model(tmp_path, monkeypatch, "N")
    assert len(api.fix_text(TEXT).split()) == len(api.fix_text(TEXT, learnt_joins=True).split())
    assert _paragraphs(api.fix_text(TEXT)) == 3
    assert _paragraphs(api.fix_text(TEXT, learnt_joins=True)) == 6


def test_the_model_joins_where_the_rules_break_but_never_across_a_sentence_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _model(tmp_path, monkeypatch, "J")
    text = "会议 指出\n要加快推进改革发展，建设现代化经济体系。\n各地要抓好落实。"
    assert _paragraphs(api.fix_text(text)) == 3
    assert api.fix_text(text, learnt_joins=True).splitlines() == [
        "会议指出要加快推进改革发展，建设现代化经济体系。",
        "各地要抓好落实。",
    ]
    assert api.fix_text(TEXT, learnt_joins=True) == api.fix_text(TEXT)


def test_split_asks_the_model_only_when_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _model(tmp_path, monkeypatch, "N")
    learnt = _blocks(api.split(TEXT, learnt_joins=True))
    monkeypatch.setattr(joins, "SURE", 1.01)
    rules = _blocks(api.split(TEXT))
    assert len(learnt) > len(rules)
    monkeypatch.setattr(joins, "SURE", 0.8)
    assert _blocks(api.split(TEXT)) == rules


def _blocks(page: dict[str, Any]) -> list[str]:
    return [block["text"] for article in page["articles"] for block in article["blocks"]]


def test_the_model_is_not_heeded_where_it_is_not_sure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _model(tmp_path, monkeypatch, "N")
    monkeypatch.setattr(joins, "SURE", 1.01)
    assert api.fix_text(TEXT, learnt_joins=True) == api.fix_text(TEXT)


@pytest.mark.parametrize(
    ("a", "b", "answer"),
    [
        ("The council met on Monday and agreed to cut", "the water rates by a tenth", True),
        ("the mayor said after the meeting.", "Residents will pay less.", False),
        # Hyphens and case do not part a word.
        ("the water rates by a te-", "nth from April", True),
        # Too few letters to tell; not in the gold at all.
        ("Ca", "ts", None),
        ("An editorial about", "something else entirely", None),
    ],
)
def test_gold_join(a: str, b: str, answer: bool | None, tmp_path: Path) -> None:
    gold = tmp_path / "g.json"
    gold.write_text(
        '{"articles": [{"headline": "Rates cut", "paragraphs": ['
        '"The council met on Monday and agreed to cut the water rates by a tenth from '
        'April, the mayor said after the meeting.", "Residents will pay less."]}]}',
        encoding="utf-8",
    )
    assert gold_join(a, b, gold_text(gold)) is answer


def test_a_block_measures_its_lines_past_their_short_last_lines_and_long_specks() -> None:
    block = [_line("x" * width) for width in (40, 41, 12, 40, 39, 70, 40, 18, 41, 40)]
    short = [_line("a short block"), _line("of two lines")]
    known = joins.measures([block, short])
    assert {known.block[id(line)] for line in block} == {41}
    # A block of two lines shows no measure of its own.
    assert not any(id(line) in known.block for line in short)
    assert joins.measures([short]).page == 0


@pytest.mark.parametrize(
    ("width", "blk"),
    [
        # A sentence ending well short of its block's measure: a paragraph's last line.
        (15, "wa.blk=<0.5"),
        # ...and one ending at the measure, which OCR cannot tell by an indent.
        (38, "wa.blk=<1.05"),
    ],
)
def test_features_read_the_line_against_its_block(width: int, blk: str) -> None:
    lines = [_line("the council met again on Monday and it")] * 3
    a = _line(("the council met again on Monday " * 3)[: width - 1] + ".")
    b = _line("The mayor said the rates would fall.")
    known = joins.measures([[*lines, a, b]])
    feats = joins.features(Paragraph.start(a), b, None, Columns([]), False, False, known)
    assert {blk, "a.word=lower", "b.word=title", "wb.blk=<0.95"} <= feats.keys()
    # Without the round's measures, the line shows none.
    plain = joins.features(Paragraph.start(a), b, None, Columns([]), False, False)
    assert {"wa.blk=none", "wa.pg=none"} <= plain.keys()


@pytest.mark.parametrize(
    ("word", "shape"),
    [
        ("Mr.", "abbr"),
        ("Monday.", "title"),
        ("CHICAGO,", "caps"),
        ("A", "title"),
        ("“said", "lower"),
        ("1917", "digit"),
        ("——", "other"),
        ("", "none"),
    ],
)
def test_word_shapes(word: str, shape: str) -> None:
    assert joins._shape(word) == shape


@pytest.mark.parametrize(("overrules", "paragraphs"), [("N", 6), ("J", 3), ("JN", 6)])
def test_the_model_gives_only_the_answers_it_may(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, overrules: str, paragraphs: int
) -> None:
    _model(tmp_path, monkeypatch, "N")
    monkeypatch.setattr(joins, "OVERRULES", frozenset(overrules))
    assert _paragraphs(api.fix_text(TEXT, learnt_joins=True)) == paragraphs
