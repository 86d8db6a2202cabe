"""tools/codec_audit's encoder: cp1258 as Windows writes it, so the audit holds
Vietnamese in the codec made for it."""

from __future__ import annotations

import unicodedata

import pytest

from tools.codec_audit import _audit_codec, encoded


@pytest.mark.parametrize("text", ["NGƯỜI ĐƯỜNG", "Việt Nam", "Điều 1: mọi người"])
def test_vietnamese_is_written_in_cp1258_with_its_tones_after_the_letter(text: str) -> None:
    with pytest.raises(UnicodeEncodeError):
        text.encode("cp1258")
    raw = encoded(text, "cp1258")
    assert unicodedata.normalize("NFC", raw.decode("cp1258")) == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Negatives: letters the table holds are written as they stand (é is 0xE9,
        # not e and a combining acute), and other codecs encode as Python does.
        ("café, hôtel, Đà", "cp1258"),
        ("Straße", "cp1252"),
    ],
)
def test_letters_a_table_holds_are_written_as_they_stand(text: str, codec: str) -> None:
    assert encoded(text, codec) == text.encode(codec)


def test_a_codec_that_cannot_hold_a_text_still_refuses_it() -> None:
    with pytest.raises(UnicodeEncodeError):
        encoded("中文", "cp1258")


def test_the_audit_holds_a_vietnamese_document_in_cp1258() -> None:
    held, exact, misread, refused = _audit_codec(
        "cp1258", {"vi": "Mọi người sinh ra đều được tự do.\n"}, None
    )
    assert (held, refused) == (1, 0)
    assert exact + sum(misread.values()) == 1
