"""ftfy's own test cases (rspeer/python-ftfy ``tests/test-cases/*.json``) through ``fix``.

Two floors from issue 14, on what ftfy's ``fix_encoding`` plans for each case:

* negatives, the cases it leaves unchanged: ``fix`` changes none of them but for the
  documented normalisations below, each named with its reason: at most four that change
  more than spaces (no-break spaces becoming spaces are the whitespace pass's), and no
  character deleted but a control character;
* UTF-8 read as Latin-1 or cp1252, the cases whose plan is a Latin-1/cp1252 round trip
  (ftfy's ``known-failures.json`` aside): at least 95% come out as ftfy repairs them,
  spaces compared as the whitespace pass leaves them (a no-break space is a space).

The other cases (MacRoman, cp437, cp1250/1251 mojibake; C1 controls; entities) are
outside both floors: the mojibake pass leaves those codecs to ftfy's plausibility.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from newsclean.api import fix_text
from tests.peer_data import peer_dir

#: Negatives that ``fix`` changes on purpose, with what it gives and why. Only the
#: first two change more than spaces.
DOCUMENTED = {
    "10Î&frac14;s": (
        "10μs",
        "HTML entities are unescaped (markup); the UTF-8 read as Latin-1 under the entity "
        "is then repaired, as ftfy's fix_text repairs it too",
    ),
    "Here's a control character: \x1a": (
        "Here's a control character:",
        "control characters are removed, and then the trailing space (whitespace)",
    ),
    "NICIODATĂ\xa0": ("NICIODATĂ", "a trailing no-break space is removed (whitespace)"),
}
#: ftfy's steps that make a Latin-1/cp1252 round trip (the others in such a plan
#: restore a byte 0xA0 or mark a lost byte, and change no codec).
ROUND_TRIP = frozenset(
    {
        ("encode", "latin-1"),
        ("encode", "sloppy-windows-1252"),
        ("decode", "utf-8"),
        ("transcode", "restore_byte_a0"),
    }
)
MIN_REPAIRED_SHARE = 0.95
MAX_DOCUMENTED = 4


@cache
def _cases() -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], str]]]:
    """ftfy's negatives, and its round trips with what ``fix_encoding`` makes of them."""
    import ftfy

    folder = peer_dir("ftfy", "negative.json")
    negatives, round_trips = [], []
    for path in sorted(folder.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            fixed, plan = ftfy.fix_encoding_and_explain(case["original"])
            steps = {(step.action, step.parameter) for step in plan or ()}
            if not steps:
                negatives.append(case)
            elif steps <= ROUND_TRIP and path.name != "known-failures.json":
                round_trips.append((case, str(fixed)))
    return negatives, round_trips


def _fix(text: str) -> str:
    return fix_text(text).removesuffix("\n")


def _spaces(text: str) -> str:
    return " ".join(text.split())


def test_the_suites_are_the_ones_measured() -> None:
    negatives, round_trips = _cases()
    assert (len(negatives), len(round_trips)) == (50, 49)
    originals = {case["original"] for case in negatives}
    assert set(DOCUMENTED) <= originals
    beyond_spaces = [text for text, (out, _) in DOCUMENTED.items() if _spaces(out) != _spaces(text)]
    assert len(beyond_spaces) <= MAX_DOCUMENTED


@pytest.mark.parametrize("case", _cases()[0], ids=lambda case: str(case["label"]))
def test_negative_is_unchanged_but_for_documented_normalisations(case: dict[str, Any]) -> None:
    original = case["original"]
    expected, _reason = DOCUMENTED.get(original, (original, ""))
    assert _fix(original) == expected


def test_latin_round_trips_are_repaired_as_ftfy_repairs_them() -> None:
    _, round_trips = _cases()
    missed = {
        case["original"]: (fixed, out)
        for case, fixed in round_trips
        if _spaces(out := _fix(case["original"])) != _spaces(fixed)
    }
    assert 1 - len(missed) / len(round_trips) >= MIN_REPAIRED_SHARE, missed
