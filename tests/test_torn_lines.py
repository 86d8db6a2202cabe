"""rejoin's torn_lines: a justified line an extractor cut at its gaps, a word a line."""

from __future__ import annotations

import pytest

from newsclean.passes.rejoin.torn_lines import join_torn_lines

FULL = "Koalitionsvertrag am Sonntag auf-"
NEXT = "Petr Nečas vor der Presse. Das Ende"

CASES = [
    # (name, lines, joined runs)
    (
        "torn line between full lines",
        [FULL, "gehoben.", "Dies", "sagte", "Premierminister", NEXT],
        1,
    ),
    ("one word alone is a last line", [FULL, "gehoben.", NEXT], 0),
    (
        "under a finished sentence",
        ["Koalitionsvertrag am Sonntag aufgehoben.", "Dies", "sagte", "Premierminister", NEXT],
        0,
    ),
    ("a poem's words fill no measure", [FULL, "Roses", "red", "violets", NEXT], 0),
    (
        "pieces wider than the measure",
        [FULL, "Koalitionsregierung", "Premierministerium", "Vorsitzende", NEXT],
        0,
    ),
    ("a headline over a byline", [FULL, "Earthquake", "hits", "Tonga", "By Tom Beckett"], 0),
    (
        "a table's cells: no lower-case word",
        [FULL, "KÖLN", "9/16°", "HAMBURG", "14/17°", "LEIPZIG", NEXT],
        0,
    ),
    (
        "two words a line are no torn pieces",
        [FULL, "gehoben. Dies", "sagte Premierminister", NEXT],
        0,
    ),
    ("nothing after the pieces", [FULL, "gehoben.", "Dies", "sagte", "Premierminister"], 0),
    (
        "a headline's torn words between short lines",
        ["SEATTLE", "Corporation and", "Reuters", "Group", "PLC announced", NEXT],
        0,
    ),
    ("a masthead's words set apart", ["Allgemeine", "Zeitung", "am", "Main", NEXT], 0),
]


@pytest.mark.parametrize(("lines", "runs"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_torn_runs(lines: list[str], runs: int) -> None:
    out, _, joined = join_torn_lines(lines, None)
    assert joined == runs
    assert " ".join(out).split() == " ".join(lines).split()
    assert (len(out) < len(lines)) == bool(runs)


def test_origins_span_the_pieces() -> None:
    lines = ["Vorspann", FULL, "gehoben.", "Dies", "sagte", "Premierminister", NEXT]
    origins = [(i, i) for i in range(len(lines))]
    out, spans, joined = join_torn_lines(lines, origins)
    assert joined == 1
    assert out[2] == "gehoben. Dies sagte Premierminister"
    assert spans == [(0, 0), (1, 1), (2, 5), (6, 6)]
