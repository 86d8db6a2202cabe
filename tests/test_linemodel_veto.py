"""The heading veto: a learnt model's say on the headings the rules found, and only there."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest

from newsclean import api
from newsclean.linemodel import veto
from newsclean.model import Layout
from newsclean.segment.model import Unit
from tools.linemodel.data import SETS, pages_of
from tools.linemodel.veto import heading_tags, record, train


def _unit(text: str, role: str = "body", lines: int = 3, width: int = 40) -> Unit:
    return Unit(text, 0, Layout(lines, width, width, width), "", role)


@pytest.mark.parametrize(
    ("label", "after", "tag"),
    [
        (("headline", "A"), ("body", "P"), "H"),
        (("subhead", "P"), ("body", "P"), "H"),
        (("body", "C"), ("body", "P"), "C"),
        (("body", "P"), ("body", "C"), "J"),
        (("ad", "A"), ("ad", "C"), "J"),
        (("body", "P"), ("body", "P"), "B"),
        (("body", "P"), ("headline", "C"), "B"),
        (("body", "P"), None, "B"),
        (("byline", "P"), ("body", "C"), "O"),
        (None, ("body", "C"), None),
    ],
)
def test_gold_tag(
    label: tuple[str, str] | None, after: tuple[str, str] | None, tag: str | None
) -> None:
    assert veto.gold_tag(label, after) == tag


def _texts(units: list[Unit]) -> list[tuple[str, str]]:
    return [(u.role, u.text) for u in units]


def test_a_torn_first_line_is_joined_to_the_paragraph_it_starts() -> None:
    units = [
        _unit("The council met on Monday and agreed the budget."),
        _unit("Residents of the northern", "heading", 1, 26),
        _unit("districts will pay less for water from April."),
    ]
    kept = veto.apply_tags(units, [("", 0.0), ("J", 0.9), ("", 0.0)])
    assert _texts(kept) == [
        ("body", "The council met on Monday and agreed the budget."),
        ("body", "Residents of the northern districts will pay less for water from April."),
    ]
    assert kept[1].layout == Layout(4, 40, 26, 40, measure=40)


def test_cjk_pieces_join_without_a_space_and_a_broken_word_is_mended() -> None:
    cjk = [_unit("全市新建改建公园", "heading", 1, 16), _unit("四十余处，市民出行更方便。")]
    assert veto.apply_tags(cjk, [("J", 0.9), ("", 0.0)])[0].text == (
        "全市新建改建公园四十余处，市民出行更方便。"
    )
    latin = [
        _unit("The mayor said the new water rates are fair and the govern-"),
        _unit("ment will keep them", "heading", 1, 20),
        _unit("steady next year as well."),
    ]
    kept = veto.apply_tags(latin, [("", 0.0), ("C", 0.9), ("", 0.0)])
    assert kept[0].text == (
        "The mayor said the new water rates are fair and the government will keep them"
    )
    assert [u.role for u in kept] == ["body", "body"]


def test_a_sentence_end_keeps_a_heading_a_heading() -> None:
    # A line torn from a paragraph breaks a sentence: a whole sentence is not torn.
    ended = [_unit("Prices fell again.", "heading", 1, 18), _unit("Shops in the centre said so.")]
    assert _texts(veto.apply_tags(ended, [("J", 0.99), ("", 0.0)])) == _texts(ended)
    after_end = [_unit("The market closed early."), _unit("Storm Warning", "heading", 1, 13)]
    assert _texts(veto.apply_tags(after_end, [("", 0.0), ("C", 0.99)])) == _texts(after_end)


def test_only_sure_vetoes_of_acted_labels_on_plain_headings_act() -> None:
    def units() -> list[Unit]:
        return [_unit("Residents of the northern", "heading", 1, 26), _unit("districts pay less.")]

    assert len(veto.apply_tags(units(), [("J", veto.SURE), ("", 0.0)])) == 1
    assert len(veto.apply_tags(units(), [("J", veto.SURE - 0.01), ("", 0.0)])) == 2
    item = units()
    item[0].item = True
    assert len(veto.apply_tags(item, [("J", 0.99), ("", 0.0)])) == 2
    notice = [_unit("HELP WANTED", "heading", 1, 11), _unit("cooks and waiters for the inn")]
    assert len(veto.apply_tags(notice, [("J", 0.99), ("", 0.0)])) == 2
    # A unit that is a paragraph of its own is not vetoed: only text that runs on is.
    assert _texts(veto.apply_tags(units(), [("B", 0.99), ("", 0.0)])) == _texts(units())


def test_without_a_model_file_nothing_is_vetoed(tmp_path: Path) -> None:
    units = [_unit("Residents of the northern", "heading", 1, 26), _unit("districts pay less.")]
    assert veto.vetted(units, str(tmp_path / "none.crfsuite")) == units


def test_features_see_the_role_the_measure_and_the_neighbours() -> None:
    units = [
        _unit("The council met on Monday and agreed the budget for the year."),
        _unit("Residents of the northern", "heading", 1, 26),
        _unit("districts will pay less for water from April, the council said."),
    ]
    feats = veto.unit_features(units)
    assert {"role=heading", "-1:role=body", "1:start=lower", "w=<0.85"} <= set(feats[1])
    assert "-2:edge" in feats[1]
    assert "role=body" in feats[0]
    # Asked about one unit, the features are the same as asked about all.
    assert veto.unit_features(units, [1]) == {1: feats[1]}


def test_the_shipped_veto_keeps_a_chinese_headline_over_its_story() -> None:
    # The seeds' subtitle: one open line at the column's full measure, over body, as a
    # paragraph's torn first line is. Every veto retrained at stops 26 to 28 (with the
    # OCR'd pages or without, with or without features joined to the script, with
    # subtitles set as running text in the generated pages) was over SURE on it and
    # joined it into the paragraph under it (docs/model.md).
    # The fixture copy of the seed page: the shared seeds lie outside the repository,
    # and a clean clone (CI) has only what the repository holds.
    page = Path(__file__).parent.parent / "fixtures" / "pages" / "004_bd6d0331c44bdc06.txt"
    articles = api.split(page.read_bytes())["articles"]
    assert "邮储银行北京望京支行青年突击队在行动" in [a.get("subtitle") for a in articles]


def test_smoke_training_gives_a_deterministic_veto(tmp_path: Path) -> None:
    shipped = veto.vetted
    pages = [record(pair) for pair in pages_of(*SETS["fixtures"])[:20]]
    assert veto.vetted is shipped
    assert all(len(p.tags) == len(p.texts) for p in pages)
    assert {"H"} <= {tag for page in pages for tag in page.tags}
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    used = train(pages, [], 1, first)
    train(pages, [], 1, second)
    assert used > 20
    assert first.read_bytes() == second.read_bytes()
    units = [_unit("Residents of the northern", "heading", 1, 26), _unit("districts pay less.")]
    # The fixture pages alone hold no heading the rules tore from a paragraph: the
    # model learns no veto, and vetoes nothing.
    assert veto.model_tags(units, str(first)) == [("", 0.0), ("", 0.0)]


def test_heading_tags_label_heading_units_only(tmp_path: Path) -> None:
    gold = tmp_path / "g.json"
    gold.write_text(
        '{"articles": [{"headline": "Storm Warning", '
        '"paragraphs": ["Residents of the northern districts pay less."]}]}',
        encoding="utf-8",
    )
    texts = ["Storm Warning", "Residents of the northern", "districts pay less."]
    feats = [{"role=heading": 1.0}, {"role=heading": 1.0}, {"role=body": 1.0}]
    assert heading_tags(texts, feats, gold) == ["H", "J", None]


def test_the_shipped_veto_is_small_and_split_stays_deterministic() -> None:
    assert veto.VETO_MODEL.stat().st_size < 5_000_000
    text = "Storm Warning\n\nResidents of the northern\n\ndistricts pay less for water."
    assert api.split(text) == api.split(text)


def test_a_model_that_learnt_torn_lines_vetoes_them_and_keeps_headlines(tmp_path: Path) -> None:
    def torn() -> list[Unit]:
        return [
            _unit("The council met on Monday and agreed the budget."),
            _unit("Residents of the northern", "heading", 1, 26),
            _unit("districts will pay less for water from April."),
        ]

    def headline() -> list[Unit]:
        return [
            _unit("The council met on Monday and agreed the budget."),
            _unit("Storm Warning", "heading", 1, 13),
            _unit("Heavy rain is expected in the north tonight."),
        ]

    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(20):
        trainer.append([veto.unit_features(torn(), [1])[1]], ["J"])
        trainer.append([veto.unit_features(headline(), [1])[1]], ["H"])
    model = tmp_path / "toy.crfsuite"
    trainer.train(str(model))
    assert _texts(veto.vetted(torn(), str(model))) == [
        ("body", "The council met on Monday and agreed the budget."),
        ("body", "Residents of the northern districts will pay less for water from April."),
    ]
    assert _texts(veto.vetted(headline(), str(model))) == _texts(headline())


def test_no_join_across_a_jump_line() -> None:
    # The text broke off over ``(Jatkuu toisella sivulla)``: it goes on on that page, and
    # the unit after it on this one is another text, however unfinished the sentence.
    jumped = frozenset({"jäytää rikki sotavarustelujen juu"})

    def torn() -> list[Unit]:
        return [
            _unit("Rakkaus — äidin rakkaus voi jäytää rikki sotavarustelujen juu", "heading", 2),
            _unit("Tammikuun 9 p Oh se on kauheata nähdä kaikki nuo naiset"),
        ]

    assert _texts(veto.apply_tags(torn(), [("J", 0.99), ("", 0.0)], jumped)) == _texts(torn())
    # Without the jump line the same pieces are one paragraph.
    assert len(veto.apply_tags(torn(), [("J", 0.99), ("", 0.0)])) == 1

    def continued() -> list[Unit]:
        return [
            _unit("Äidin rakkaus voi jäytää rikki sotavarustelujen juu"),
            _unit("lurin ja kaikki muu", "heading", 1, 20),
        ]

    tags = [("", 0.0), ("C", 0.99)]
    assert _texts(veto.apply_tags(continued(), tags, jumped)) == _texts(continued())
    assert len(veto.apply_tags(continued(), tags)) == 1
