"""tools/pagegen's page composer for the tests that compose pages: imported from the
tools folder, the test skipped where the faces the asked sets print in are not
installed (``make pagegen-deps``)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

PAGEGEN = Path(__file__).resolve().parents[1] / "tools" / "pagegen"


def compose_with_faces(*settings: tuple[str, ...]) -> ModuleType:
    """The ``compose`` module, skipping the test unless every face the ``settings`` print
    in is installed (each a path of keys into ``compose.SETS`` to a list of face lists:
    ``("train", "cjk")``)."""
    sys.path.insert(0, str(PAGEGEN))
    module = importlib.import_module("compose")
    faces: set[str] = set()
    for keys in settings:
        face_lists = module.SETS
        for key in keys:
            face_lists = face_lists[key]
        faces.update(face for faces_of_one in face_lists for face in faces_of_one)
    if not all((Path(module.FONTDIR) / module.F[face]).is_file() for face in faces):
        pytest.skip("the pagegen faces are not installed (make pagegen-deps)")
    return module
