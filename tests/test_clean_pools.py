"""Clean news prose at scale: a fixed sample of the page generator's text pools
(``python -m tools.harm_audit --pools``: English, French, German, Simplified and
Traditional Chinese), fed to ``fix`` and ``split`` as a user feeds clean text (one
article a document, a web scrape with title and byline, the pool as one stream, and
hard-wrapped paragraphs), keeps every character, in its articles, and comes back as it
went in, or, wrapped, with each paragraph on one line.

Where ``fix`` still changes a sampled document's layout (no character lost), it is
named below with the reason; a named document that comes back as it should fails too,
so the list stays true."""

from __future__ import annotations

import pytest

from tools.harm_audit import Harm, audit, expected, pool_documents

#: The first articles of each pool (and the stream of them): a few seconds in all.
SAMPLE_PER_POOL = 6

#: Sampled documents whose lines ``fix`` splits or joins, keeping every character.
LAYOUT_HARMED: dict[str, str] = {}

DOCUMENTS = pool_documents(per_pool=SAMPLE_PER_POOL)


def test_the_sample_covers_every_pool_and_shape() -> None:
    kinds = {name.rsplit("/", 1)[0] for name in DOCUMENTS}
    assert len(kinds) == 5 * 4
    assert set(LAYOUT_HARMED) <= set(DOCUMENTS)


@pytest.fixture(scope="module")
def harms() -> dict[str, Harm]:
    return {name: audit(name, text) for name, text in DOCUMENTS.items()}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_clean_prose_keeps_its_text(name: str, harms: dict[str, Harm]) -> None:
    harm = harms[name]
    assert (harm.lost, harm.to_furniture, harm.replaced) == ("", "", [])
    assert (harm.split_lost, harm.split_out) == ("", "")
    assert harm.normalised == 0
    if name in LAYOUT_HARMED:
        assert harm.output != expected(name, DOCUMENTS[name])
    else:
        assert harm.output == expected(name, DOCUMENTS[name])
