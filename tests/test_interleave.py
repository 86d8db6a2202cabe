"""The interleave pass keeps every line and where it came from."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsclean.model import Document
from newsclean.options import Options
from newsclean.passes import interleave

CASES = tomllib.loads((Path(__file__).parent / "cases" / "interleave.toml").read_text("utf-8"))


def _case(start: str) -> dict[str, str]:
    (case,) = [c for c in CASES["case"] if c["name"].startswith(start)]
    return {key: str(value) for key, value in case.items()}


def test_moved_lines_keep_their_origins() -> None:
    case = _case("two CJK columns read in turn")
    raw = case["input"].split("\n")
    doc = Document.from_text(case["input"])
    interleave.apply(doc, Options())
    (block,) = doc.blocks
    assert block.lines == case["expected"].split("\n")
    assert block.origins is not None
    assert [raw[first] for first, _ in block.origins] == block.lines
    assert sorted(block.origins) == [(n, n) for n in range(len(raw))]


_PAGES = sorted((Path(__file__).parent.parent / "fixtures").glob("*/raw/*.txt")) + sorted(
    (Path(__file__).parent.parent / "fixtures" / "pages").glob("*.txt")
)
_PIECES = [
    "影",
    "响",
    "，",
    "结",
    "束",
    "word-",
    "ing",
    "(open",
    ") close",
    "the",
    "And",
    "「",
    "」",
    " ",
]


def _strong_joins_open_only_where_asked(texts: list[str]) -> int:
    lines = [interleave._describe(text) for text in texts]
    checked = 0
    for language in (None, "en", "fr", "de"):
        for i, x in enumerate(lines):
            for y in lines[i + 1 : i + 6]:
                if interleave._join(x, y, language) >= interleave.STRONG:
                    assert interleave._may_join_strongly(texts[i]), (texts[i], language)
                    checked += 1
    return checked


def test_only_the_lines_the_pre_check_lets_through_open_a_strong_join() -> None:
    # The pre-check spares a block the search when fewer than MIN_STRONG of its lines
    # could open a strong join: it must never turn away a line that can.
    checked = 0
    for page in _PAGES:
        texts = [line for line in page.read_text("utf-8").split("\n") if line.strip()]
        checked += _strong_joins_open_only_where_asked(texts)
    assert checked > 100


@given(
    st.lists(
        st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join),
        min_size=2,
        max_size=12,
    )
)
def test_the_pre_check_holds_on_any_lines(texts: list[str]) -> None:
    _strong_joins_open_only_where_asked([text for text in texts if text.strip()])
