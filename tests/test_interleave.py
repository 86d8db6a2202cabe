"""The interleave pass keeps every line and where it came from."""

from __future__ import annotations

import tomllib
from pathlib import Path

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
