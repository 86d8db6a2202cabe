"""decode on GB18030's four-byte characters among Latin text (:mod:`newsclean.gb_four_byte`),
and the single-byte texts whose signs between digits take the same form, which must
keep their codec."""

from __future__ import annotations

import pytest

from newsclean.gb_four_byte import four_byte_reading
from newsclean.passes.decode import decode_bytes


@pytest.mark.parametrize(
    "text",
    [
        # A market table's minus sign and triangles (read as Mac Icelandic before).
        "Markets\n\nDow Jones 38,112.60 −0.2%\n\nBrent crude $82.15 ▲ 0.63\n"
        "Gold $2,318.40 ▼ 4.10\n\nSterling $1.2541 €1.1702\n",
        "Dow Jones 38,112.60 −0.2%\n",
        # A formula's signs and a subscript (read as Mac Greek before).
        "(-1/2)! = √π\n\n∑ aᵢ ≤ ∞ and ∀x ∈ ℝ: x² ≥ 0\n\n∆° = 5 K\n",
        "Δt ≥ ħ / (2ΔE)\n",
        # An emoji, from the supplementary planes (read as Mac Roman before).
        "2024-03-01 09:15 <anna> morning all 👋\n",
    ],
)
def test_gb18030_four_byte_characters_among_latin_text_are_read_in_gb18030(text: str) -> None:
    decoded = decode_bytes(text.encode("gb18030"))
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Negatives: signs between single digits make the four-byte form, and
        # GB18030 reads them as a hanzi beyond GBK (``5𣛨``, ``䎎``).
        ("Lyon 5–3–2 17\nNice 4–3–3 15\n", "cp1252"),
        ("Score Ç3É4\n", "mac_roman"),
        # Signs beside digits without the form.
        ("Box 3×4×5 m, 23°C, 1½ kg, £5.\n", "cp1252"),
        ("À bientôt : 23°C à Paris.\n", "mac_roman"),
        ("Температура 23°C\n", "koi8_r"),
    ],
)
def test_single_byte_text_keeps_its_codec(text: str, codec: str) -> None:
    raw = text.encode(codec)
    decoded = decode_bytes(raw)
    assert decoded.text == text
    assert raw.decode(decoded.encoding) == text


def test_a_double_byte_pick_is_not_asked() -> None:
    sample = "−0.2".encode("gb18030")
    texts = {"gb18030": sample.decode("gb18030"), "johab": "x"}
    assert four_byte_reading(sample, "johab", texts) == "johab"
    assert four_byte_reading(sample, "mac_roman", texts) == "gb18030"
    # Without the form, a single-byte pick stands.
    plain = "▲ 0.63".encode("gb18030")
    assert four_byte_reading(plain, "mac_roman", {"gb18030": "▲ 0.63"}) == "mac_roman"
