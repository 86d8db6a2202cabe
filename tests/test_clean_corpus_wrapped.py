"""Property: sentences of the clean corpus (``tests/clean``), put together into
paragraphs and hard-wrapped at any width, as a column or a plain-text file sets them,
come back from ``fix`` with every character (in the text or the furniture), and
``split`` keeps every one of them in its articles, furniture or metadata.

The sentences are the corpus's prose (its scripts, wrapped prose, CJK prose, news and
law), in every script it holds; a paragraph draws from one document, so a script's own
line-breaking rule applies: CJK lines break at any character, the others at spaces
(and, as Python's ``textwrap`` does, after a compound's hyphen). Deterministic
(derandomize).
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections import Counter
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import api
from newsclean.chardata import HAS_CJK
from tools.harm_audit import CORPUS, DROPPED

#: Kinds of running prose (not verse, lists, tables, code or chat, whose lines are set).
PROSE_KINDS = ("scripts", "wrapped", "cjk-prose", "news-en", "news-fr", "news-de", "news-zh")
_SENTENCE = re.compile(r"[^\s].*?(?:[.!?。！？](?=\s|$)|[。！？]|$)")


@cache
def _documents() -> tuple[tuple[str, ...], ...]:
    """Each prose document's sentences (of a few words at least)."""
    found = []
    for kind in PROSE_KINDS:
        for path in sorted((CORPUS / kind).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if kind == "wrapped":
                text = "\n\n".join(b.replace("\n", " ") for b in text.split("\n\n"))
            sentences = [
                m.group(0).strip()
                for line in text.splitlines()
                for m in _SENTENCE.finditer(line.strip())
                if len(m.group(0).strip()) >= 12
            ]
            if len(sentences) >= 2:
                found.append(tuple(sentences))
    return tuple(found)


def _ink(text: str) -> Counter[str]:
    """The characters of ``text`` but spaces and what ``fix`` drops by design (soft
    hyphens, zero-width spaces), up to the normalisations it documents (NFKC)."""
    ink = Counter(unicodedata.normalize("NFKC", "".join(text.split())))
    for dropped in DROPPED:
        del ink[dropped]
    return ink


def _wrap(paragraph: str, width: int) -> str:
    if HAS_CJK.search(paragraph):
        return "\n".join(paragraph[i : i + width] for i in range(0, len(paragraph), width))
    return textwrap.fill(paragraph, 2 * width)


@st.composite
def wrapped_documents(draw: st.DrawFn) -> tuple[str, str]:
    """A document of one to three paragraphs, and the same hard-wrapped."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 3))):
        sentences = draw(st.sampled_from(_documents()))
        picked = draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=4))
        sep = "" if HAS_CJK.search(picked[0]) else " "
        paragraphs.append(sep.join(picked))
    width = draw(st.integers(min_value=10, max_value=40))
    return "\n\n".join(paragraphs), "\n\n".join(_wrap(p, width) for p in paragraphs)


@settings(derandomize=True, max_examples=60, deadline=None)
@given(wrapped_documents())
def test_wrapped_clean_sentences_keep_every_character(document: tuple[str, str]) -> None:
    text, wrapped = document
    doc = api.clean(wrapped)
    kept = "".join(block_line for b in doc.blocks for block_line in b.lines)
    kept += "".join(f.text for f in doc.furniture)
    assert _ink(text) - _ink(kept) == Counter()
    result = api.split(wrapped)
    parts = [a[k] or "" for a in result["articles"] for k in ("text", "headline", "kicker")]
    parts += [a[k] or "" for a in result["articles"] for k in ("subtitle", "byline")]
    parts += list(result["furniture"]) + [str(v) for v in result["metadata"].values()]
    assert _ink(api.fix_text(wrapped)) - _ink("".join(parts)) == Counter()
