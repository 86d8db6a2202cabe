"""Where the peers' test data is: ``tests/peers/<name>``, see ``tests/peers/README.md``.

The data is other projects' (ftfy's test cases, chardet's sample files, OpenCC's and
unstructured's cases), committed with its licence and the commit it was read at. A
missing folder fails the test that needs it: a floor that is not measured must not
pass as a skip.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT

PEERS = ROOT / "tests" / "peers"


def peer_dir(name: str, probe: str) -> Path:
    """The folder of peer ``name``; fails, naming what is missing, if it lacks ``probe``."""
    folder = PEERS / name
    assert (folder / probe).exists(), f"peer data {folder / probe} is missing"
    return folder
