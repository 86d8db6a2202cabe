"""Where the peers' test data is: see ``tests/peers/README.md``.

The data is other projects' (ftfy's test cases, chardet's sample files), copied from
their repositories at the commits the README names. It is looked for in the shared
folder beside the repository (``../shared/peers/<name>``, where CI has it), then in
``tests/peers/<name>`` (a local copy); the tests that need it skip, saying where, when
it is in neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT

PLACES = (ROOT.parent / "shared" / "peers", ROOT / "tests" / "peers")


def peer_dir(name: str, probe: str) -> Path:
    """The folder of peer ``name`` that holds ``probe``; skips the test if none does."""
    for place in PLACES:
        if (place / name / probe).exists():
            return place / name
    pytest.skip(f"peer data {name}/{probe} is in none of {', '.join(map(str, PLACES))}")
