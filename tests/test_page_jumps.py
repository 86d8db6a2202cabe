"""Jump lines: which lines are one, and where each points (``page.jumps``)."""

from __future__ import annotations

import pytest

from newsclean.page.jumps import breaks_off, jump_of, jumped_lines


@pytest.mark.parametrize(
    ("line", "direction", "page"),
    [
        ("Continued on Page 4", "to", "4"),
        ("(Continued from First Page.)", "from", "First"),
        # A paper of the 1910s named the column, and OCR lost the opening bracket.
        ("Continued on Page Two, Column Four.)", "to", "Two"),
        ("Continued on Page 2, Col. 3", "to", "2"),
        ("Suite page 3", "to", "3"),
        ("(Suite de la une)", "from", "une"),
        ("Suite en dernière page", "to", "dernière page"),
        ("(Schluß folgt.)", "to", ""),
        ("(Continúa en la página 4)", "to", "4"),
        ("(Viene de la primera página)", "from", "primera"),
        ("(Jatkuu toisella sivulla)", "to", "toisella"),
        ("(Jatkoa 1:seltä sivulta)", "from", "1:seltä"),
        # The Finnish line's first word garbled past reading: the rest tells it.
        ("(Jiitlnia toisella sivulla)", "to", "toisella"),
        ("（转第A12版）", "to", "A12"),
    ],
)
def test_jump_of(line: str, direction: str, page: str) -> None:
    assert jump_of(line) == {"direction": direction, "page": page}


@pytest.mark.parametrize(
    "line",
    [
        "Continued on Page Two, Column Four, the story ran",
        # No brackets, and a first word that is no jump line's.
        "Kuva toisella sivulla",
        "Pasa a la página siguiente cuando",
        "(katso sivulla)",
        "The story continued on page after page.",
        # ``à la`` / ``suite de la collision.``: a French sentence wrapped, no page named.
        "suite de la collision.",
        "Suite de la réunion des ministres",
    ],
)
def test_not_a_jump_line(line: str) -> None:
    assert jump_of(line) is None


def test_breaks_off_over_a_jump_line() -> None:
    jumped = jumped_lines([{"after": "rikki  sotavarustelujen juu"}, {"after": ""}])
    assert jumped == frozenset({"rikki sotavarustelujen juu"})
    assert breaks_off("Rakkaus voi jäytää rikki sotavarustelujen juu", jumped)
    assert not breaks_off("Rakkaus voi jäytää rikki sotavarustelujen juuret.", jumped)
    assert not breaks_off("Rakkaus voi jäytää rikki sotavarustelujen juu", frozenset())
