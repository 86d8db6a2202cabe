"""Shared test options: ``--update-golden`` rewrites expected outputs (and still fails)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Keep the compiled-pattern cache (newsclean.regex) of test runs out of the user's home;
# CLI subprocesses inherit it.
os.environ.setdefault("NEWSCLEAN_CACHE_DIR", tempfile.mkdtemp(prefix="newsclean-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
#: The sets kept for evaluation: scored once at the end of a stop, never read by tests.
UNTOUCHED = ("real-untouched", "heldout-fresh")
#: Every fixture text the project may read (the untouched sets left out).
READABLE_PAGES = sorted(
    page
    for page in FIXTURES.glob("**/*.txt")
    if not page.relative_to(FIXTURES).parts[0].startswith(UNTOUCHED)
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite fixtures/expected/* for cases that differ; those tests still fail.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
