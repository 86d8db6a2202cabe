"""The wrong-codec repros of issue 14 (items 3-5), through the whole of ``fix``.

The pass tables (``cases/mojibake.toml``, ``cases/replacement.toml``) hold the general
cases; these are the texts the issue was filed with, so each of them stays fixed as the
other passes change around the codec repairs.
"""

from __future__ import annotations

import pytest

from newsclean.api import fix_text

REPROS = [
    pytest.param("Î•Î»Î»Î·Î½Î¹ÎºÎ¬", "Ελληνικά", id="greek-not-hanzi"),
    # The whitespace pass makes the no-break spaces plain ones.
    pytest.param("SELKÄ\xa0EDELLÄ\xa0MAAHAN", "SELKÄ EDELLÄ MAAHAN", id="finnish-capitals"),
    pytest.param("NESTLÉ® requiere personal", "NESTLÉ® requiere personal", id="registered-sign"),
    pytest.param(
        "MÄ£ÄM ÌÑÌ Q £ÄGÌ GÄLÄW ÑÍCH SÖÄ£", "MÄ£ÄM ÌÑÌ Q £ÄGÌ GÄLÄW ÑÍCH SÖÄ£", id="decorated-caps"
    ),
    pytest.param("âœ” No problems", "✔ No problems", id="check-mark"),
    pytest.param("hatikuâ™«~", "hatiku♫~", id="music-note"),
    pytest.param(
        "la rÃ©flexion des thÃ©ologiens jusqu'Ã nos jours",
        "la réflexion des théologiens jusqu'à nos jours",
        id="a-grave-word",
    ),
    pytest.param(
        "\x84Handwerk hat goldenen Boden\x93, sagt er.",
        "„Handwerk hat goldenen Boden“, sagt er.",
        id="cp1252-quotes-as-c1",
    ),
    pytest.param("She said â€œyesâ€\ufffd and left.", "She said “yes” and left.", id="lost-quote"),
]


@pytest.mark.parametrize(("raw", "fixed"), REPROS)
def test_repro(raw: str, fixed: str) -> None:
    assert fix_text(raw) == fixed + "\n"
