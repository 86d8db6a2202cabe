"""The clean side of the peers' test data (``python -m tools.harm_audit --peers``:
ftfy's repaired texts, OpenCC's inputs and conversions, unstructured's cleaned texts)
comes back from ``fix`` unchanged, and ``split`` puts all of it in articles.

What ``fix`` changes is named below, document by document, with the reason; a named
document that comes back unchanged fails too, so the list stays true and only
shrinks."""

from __future__ import annotations

import pytest

from tools.harm_audit import Harm, audit, peer_documents

_TRIMMED = "spaces at a line's ends are trimmed (whitespace)"
#: The documents ``fix`` changes, and why; the characters it drops, where it drops any.
CHANGED: dict[str, tuple[str, str]] = {
    "peers-ftfy/known-failures/0009.txt": (
        "Â",
        "ftfy's own known failure (MISUTÂ AJIKKO): Â before a space is read, as ftfy "
        "reads it, as the cp1252 mojibake of a no-break space",
    ),
    "peers-ftfy/synthetic/0007.txt": ("\x81", "control characters are removed (whitespace)"),
    "peers-ftfy/synthetic/0008.txt": ("", "a control character is removed (whitespace)"),
    "peers-ftfy/synthetic/0017.txt": ("", "a trailing no-break space is removed (whitespace)"),
    "peers-opencc/input/0160.txt": (
        "",
        "spaces between CJK characters (才 核 煙) are read as a PDF's justification spaces",
    ),
    "peers-opencc/hk2t/0007.txt": ("", "the same text as input/0160, converted"),
    "peers-unstructured/expected/0002.txt": ("", _TRIMMED),
    "peers-unstructured/expected/0004.txt": ("", "HTML entities are unescaped (markup)"),
    "peers-unstructured/expected/0016.txt": ("", _TRIMMED),
    "peers-unstructured/expected/0041.txt": (
        "",
        "a C1 control in Latin text is the cp1252 character it was (0x80 is €)",
    ),
    "peers-unstructured/expected/0050.txt": ("", _TRIMMED),
    "peers-unstructured/expected/0052.txt": ("", _TRIMMED),
}

DOCUMENTS = peer_documents()


def test_every_peer_is_in_the_audit() -> None:
    kinds = {name.rsplit("/", 1)[0] for name in DOCUMENTS}
    assert {"peers-ftfy/negative", "peers-opencc/input", "peers-unstructured/expected"} <= kinds
    assert len(DOCUMENTS) >= 900
    assert set(CHANGED) <= set(DOCUMENTS)


@pytest.fixture(scope="module")
def harms() -> dict[str, Harm]:
    return {name: audit(name, text) for name, text in DOCUMENTS.items()}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_peer_text_comes_back_as_it_was(name: str, harms: dict[str, Harm]) -> None:
    harm = harms[name]
    assert (harm.to_furniture, harm.split_lost, harm.split_out) == ("", "", "")
    assert harm.lost == CHANGED.get(name, ("", ""))[0]
    assert (harm.output != DOCUMENTS[name]) == (name in CHANGED)
