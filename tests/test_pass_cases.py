"""Table-driven cases for each pass: ``tests/cases/<pass>.toml``.

Each ``[[case]]`` has a ``name`` and an ``input``; ``expected`` is the output of that
pass alone, and a case without it must come back unchanged (a negative case).
``options`` overrides :class:`newsclean.Options`. Every case is also checked for
idempotence, and for "counted changes if and only if the text changed".
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

import pytest

from newsclean.model import Document
from newsclean.options import Options
from newsclean.pipeline import registry

CASES = Path(__file__).parent / "cases"
#: Counts named ``kept-…`` report what a pass found and left alone: not changes.
FINDING_PREFIX = "kept-"


def _load() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            params.append(pytest.param(path.stem, case, id=f"{path.stem}::{case['name']}"))
    return params


def _run(pass_name: str, text: str, overrides: dict[str, Any]) -> tuple[str, Document]:
    (the_pass,) = [p for p in registry() if p.name == pass_name]
    doc = Document.from_text(text)
    the_pass.apply(doc, dataclasses.replace(Options(), **overrides))
    return doc.text, doc


def _changed(doc: Document) -> bool:
    return any(
        n
        for counter in doc.changes.values()
        for k, n in counter.items()
        if not k.startswith(FINDING_PREFIX)
    )


def test_every_pass_has_a_case_file() -> None:
    names = {p.name for p in registry()}
    assert names <= {path.stem for path in CASES.glob("*.toml")}


@pytest.mark.parametrize(("pass_name", "case"), _load())
def test_case(pass_name: str, case: dict[str, Any]) -> None:
    overrides = case.get("options", {})
    source = case["input"]
    expected = case.get("expected", Document.from_text(source).text)
    out, doc = _run(pass_name, source, overrides)
    assert out == expected
    assert _changed(doc) == (out != Document.from_text(source).text)
    again, _ = _run(pass_name, out, overrides)
    assert again == out, "the pass is not idempotent on this case"
