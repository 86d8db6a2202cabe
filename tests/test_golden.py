"""Whole pages end to end: every fixture page's `fix` text and `split` JSON.

The expected files are the reviewed output; `make golden` rewrites them after a
deliberate change, and `git diff fixtures/` is the review.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclean import api
from tests.conftest import FIXTURES

PAGES = sorted((FIXTURES / "pages").glob("*.txt"))
EXPECTED = FIXTURES / "expected"


def _compare(path: Path, actual: str, update: bool) -> None:
    if update and (not path.exists() or path.read_text(encoding="utf-8") != actual):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        pytest.fail(f"rewrote {path.name}: review `git diff fixtures/`")
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make golden` and review it")
    assert actual == path.read_text(encoding="utf-8")


def _split_json(page: Path) -> str:
    result: dict[str, Any] = api.split(page.read_bytes(), source=page.name, furniture="strip")
    return json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_fix_output_matches_golden(page: Path, update_golden: bool) -> None:
    actual = api.fix_text(page.read_bytes().decode("utf-8"))
    _compare(EXPECTED / f"{page.stem}.fix.txt", actual, update_golden)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_split_output_matches_golden(page: Path, update_golden: bool) -> None:
    _compare(EXPECTED / f"{page.stem}.split.json", _split_json(page), update_golden)
