"""decode on an English text with a euro sign written on a Cyrillic Windows machine
(cp1251's ``€`` at 0x88, Mac Roman's ``à``: :mod:`newsclean.sign_codecs`), and the
files whose bytes cp1251 reads as signs out of place, which keep their codec."""

from __future__ import annotations

import pytest

from newsclean.passes.decode import decode_bytes


@pytest.mark.parametrize(
    "text",
    [
        # Read as Mac Roman before: ``and à1.17``.
        "The pound bought $1.27 and €1.17.\n",
        "It cost €20 — a bargain.\n",
        "Prices: €3, €4 and €5.\n",
    ],
)
def test_a_euro_sign_beside_a_number_in_cp1251_is_read(text: str) -> None:
    assert decode_bytes(text.encode("cp1251"))[:2] == (text, "cp1251")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Big5's ``à`` is cp1251's ``€j``: a currency sign before a letter.
        ("Il va à Paris.\n", "big5hkscs"),
        # Big5's ``é`` is cp1251's ``€m``: a sign between two letters.
        ("Le café est là.\n", "big5hkscs"),
        ("Ce soir à la télévision, la série.\n", "big5hkscs"),
        # A euro sign in the codecs that hold it at other bytes.
        ("Das kostet 5 €.\n", "cp1252"),
        ("It cost €20 — a bargain.\n", "cp1252"),
        ("It cost €20 — a bargain.\n", "mac_roman"),
    ],
)
def test_signs_out_of_place_in_cp1251_keep_their_codec(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)
