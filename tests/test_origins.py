"""Line origins (``Block.origins``): each line of the Document knows the raw lines it
was made of, through every pass, so the view and segmentation need not find it again
by its text."""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from newsclean import pipeline
from newsclean.api import document
from newsclean.model import Document
from newsclean.options import Options
from newsclean.passes.decode import decode_bytes, normalize_line_ends
from newsclean.view import trace
from tests.conftest import FIXTURES

PAGES = sorted(
    p
    for p in (FIXTURES / "pages").iterdir()
    if p.suffix in (".txt", ".html", ".md") and ".expected" not in p.name
)


def _letters(text: str) -> Counter[str]:
    # Repairs change a letter's form (a long s, full-width digits), not which it is.
    return Counter(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def _repaired(page: Path) -> tuple[Document, list[str]]:
    data = page.read_bytes()
    doc = document(data, page.name)
    pipeline.run(doc, Options(furniture="header"))
    return doc, normalize_line_ends(decode_bytes(data, None)[0]).split("\n")


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_every_line_comes_from_the_raw_lines_its_origin_names(page: Path) -> None:
    """Every repaired line's letters are among the letters of the raw lines its origin
    spans; on a page no pass rebuilt without origins, every line has one."""
    doc, raw = _repaired(page)
    for block in doc.blocks:
        if block.origins is None:
            continue
        assert len(block.origins) == len(block.lines)
        for line, (first, last) in zip(block.lines, block.origins, strict=True):
            assert first <= last
            missing = _letters(line) - _letters("\n".join(raw[first : last + 1]))
            assert not missing, f"{line!r} is not made of raw lines {first}..{last}"
    # HTML blocks, and lines that reorder moved, have no origin.
    html = "html-blocks" in doc.changes.get("markup", {})
    if not html and "reorder" not in doc.changes:
        assert all(block.origins is not None for block in doc.blocks)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_furniture_records_the_raw_line_it_took(page: Path) -> None:
    doc, raw = _repaired(page)
    for record in doc.furniture:
        if record.pass_name == "furniture" and record.origin is not None:
            first, last = record.origin
            assert (first, last) == (first, first)
            assert _letters(raw[first]) == _letters(record.text)


@pytest.mark.parametrize(
    ("text", "origins"),
    [
        # A paragraph wrapped over three lines is one line spanning them.
        (
            "The council met on Tuesday to discuss the\n"
            "budget for the coming year, which includes\n"
            "new spending on roads and schools.\n",
            [[(0, 2)]],
        ),
        # Two paragraphs apart stay apart, each with its own line.
        ("First paragraph ends here.\n\n\nSecond one.\n", [[(0, 0)], [(3, 3)]]),
    ],
)
def test_rejoin_merges_the_origins_of_the_lines_it_joins(
    text: str, origins: list[list[tuple[int, int]]]
) -> None:
    doc = Document.from_text(text)
    pipeline.run(doc, Options())
    assert [block.origins for block in doc.blocks] == origins


@pytest.mark.parametrize(
    ("text", "origins"),
    [
        # Four one-character lines are a headline set top to bottom: one line.
        ("头\n版\n新\n闻\n\n本市今年将完成老旧小区改造一百个。\n", [[(0, 3)], [(5, 5)]]),
        # Two are too few to be a vertical run: each keeps its own line.
        ("头\n版\n\n本市今年将完成老旧小区改造一百个。\n", [[(0, 0), (1, 1)], [(3, 3)]]),
    ],
)
def test_a_vertical_run_spans_its_one_character_lines(
    text: str, origins: list[list[tuple[int, int]]]
) -> None:
    doc = Document.from_text(text)
    pipeline.run(doc, Options())
    assert [block.origins for block in doc.blocks] == origins


def test_front_matter_leaves_the_body_its_raw_line_numbers() -> None:
    doc = Document.from_text("---\ntitle: A post\n---\n\nThe body.\n\nMore of it.\n")
    pipeline.run(doc, Options())
    assert doc.metadata["title"] == "A post"
    assert [block.origins for block in doc.blocks] == [[(4, 4)], [(6, 6)]]


@pytest.mark.parametrize(
    ("rewrite", "origins"),
    [
        # A repair inside the lines keeps each line's origin.
        ("One.\n\nTwo!", [[(0, 0)], [(2, 2)]]),
        # A rewrite that made lines of its own: where they came from is unknown.
        ("One.\nand a half\n\nTwo.", [None, None]),
        # Leading lines taken off whose rest changed too: unknown.
        ("Two!", [None]),
    ],
)
def test_a_rewrite_keeps_origins_only_where_lines_are_kept(
    rewrite: str, origins: list[list[tuple[int, int]] | None]
) -> None:
    doc = Document.from_text("One.\n\nTwo.")
    doc.rewrite_text(rewrite)
    assert [block.origins for block in doc.blocks] == origins


TRACE = sys.modules["newsclean.view.trace"]


def test_the_view_follows_plain_pages_by_origin_and_html_by_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    by_text: list[str] = []
    fallback = TRACE._Tracer._by_text

    def spy(self: object, name: str, after: list[tuple[str, str]]) -> object:
        by_text.append(name)
        return fallback(self, name, after)

    monkeypatch.setattr(TRACE._Tracer, "_by_text", spy)
    plain = FIXTURES / "pages" / "004_bd6d0331c44bdc06.txt"
    trace(plain.read_bytes(), source=plain.name)
    assert by_text == []
    trace("<p>本市今年将完成老旧小区改造一百个。</p>\n<p>涉及居民三万户。</p>\n")
    assert "markup" in by_text
