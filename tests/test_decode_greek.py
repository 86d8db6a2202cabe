"""decode on Greek in ISO 8859-7, whose ``Ά`` is cp1253's pilcrow
(:mod:`newsclean.greek_codecs`), and the cp1253 texts that must keep their codec."""

from __future__ import annotations

import pytest

from newsclean.greek_codecs import greek_reading
from newsclean.passes.decode import decode_bytes

#: Greek with a capital alpha with tonos opening its sentences and articles.
LAW = (
    "Άρθρο 1\n\nΌλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και "
    "τα δικαιώματα. Άλλωστε είναι προικισμένοι με λογική και συνείδηση.\n"
)
NEWS = (
    "Η κυβέρνηση ανακοίνωσε χθες νέο σχέδιο για τις συγκοινωνίες της πόλης. "
    "Άμεσα θα ξεκινήσουν τα έργα στην Αθήνα.\n"
)


@pytest.mark.parametrize("text", [LAW, NEWS])
def test_greek_in_iso8859_7_keeps_its_capital_alpha_with_tonos(text: str) -> None:
    # (Read as cp1253 before: ``¶ρθρο 1``.)
    decoded = decode_bytes(text.encode("iso8859_7"))
    assert (decoded.text, decoded.encoding) == (text, "iso8859_7")


#: Verse with the apostrophe of a dropped vowel inside its lines, and a quotation
#: closed after a word: ISO 8859-7's ``’`` where text sets it.
VERSE = (
    "Σε γνωρίζω από την κόψη του σπαθιού την τρομερή,\nκι ας μου λες πως ’ναι αργά.\n"
    "Είπε ‘ναι’ και έφυγε.\n"
)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # cp1253's own Ά, which a detector naming ISO 8859-7 read as ``’ρθρο 1``.
        (LAW, "cp1253"),
        (NEWS, "cp1253"),
        # Negatives: pilcrows apart from words, quotes after them or inside a line.
        ("¶ 12. Η κυβέρνηση ανακοίνωσε χθες νέο σχέδιο για τις συγκοινωνίες.\n", "cp1253"),
        (VERSE, "cp1253"),
    ],
)
def test_greek_keeps_its_letters_in_either_codec(text: str, codec: str) -> None:
    raw = text.encode(codec)
    decoded = decode_bytes(raw)
    assert decoded.text == text
    assert raw.decode(decoded.encoding) == text


def test_only_a_greek_pick_is_asked() -> None:
    sample = "Άρθρο 1".encode("iso8859_7")
    assert greek_reading(sample, "cp1253", True) == "iso8859_7"
    assert greek_reading(sample, "cp1252", True) == "cp1252"
    # A byte ISO 8859-7 leaves undefined (0xAE, cp1253's ®) keeps cp1253's reading.
    assert greek_reading(sample + b"\xae", "cp1253", True) == "cp1253"
    windows = "Άρθρο 1".encode("cp1253")
    assert greek_reading(windows, "iso8859_7", True) == "cp1253"
    # Negative: ISO 8859-7's quotes where text sets them, inside a line or after a word.
    assert greek_reading(VERSE.encode("iso8859_7"), "iso8859_7", True) == "iso8859_7"
