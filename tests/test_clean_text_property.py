"""Property: ``fix`` leaves clean text as it is, whatever scripts it mixes.

Paragraphs are put together from real sentences (the fixture pages, simplified and
traditional; CPython's mixed-script codec texts: Chinese, Japanese, Korean with English;
English reference text) and from runs of common characters of each script, so the
encoding repairs see every script next to every other. Deterministic (derandomize).
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import api
from tests.conftest import FIXTURES

_SENTENCE = re.compile(r"[^。！？!?\n]{8,80}[。！？!?]")
_ENGLISH = re.compile(r"[A-Z][a-z][^.!?\n]{20,120}[.!?]")
#: Korean ends its sentences with an ASCII full stop.
_KOREAN = re.compile(r"[^.\n]{8,80}[\uac00-\ud7a3]\.")


@cache
def _sentences() -> tuple[str, ...]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "pages").glob("*.txt"))]
    texts += [
        p.read_text(encoding="utf-8")
        for p in sorted((FIXTURES / "text" / "cpython-cjkencodings").glob("*.txt"))
    ]
    found = [
        m.group(0).strip()
        for text in texts
        for pattern in (_SENTENCE, _KOREAN)
        for m in pattern.finditer(text)
    ]
    import pydoc_data.topics

    topics = pydoc_data.topics.topics
    english = " ".join(topics[k] for k in sorted(topics)[:40])
    found += [m.group(0) for m in _ENGLISH.finditer(english)]
    # Markup, U+FFFD and layout leftovers in the pages are defects, not clean text.
    return tuple(s for s in found if not re.search(r"[<>\ufffd]|\s{2}|^\W", s))


#: Common characters of each script, as a run of them might appear in a name or a quote.
_RUNS = (
    "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生",
    "們個來這為說國時對會後學發經過問還當進動現點開與從關義將種應實體頭長書間",
    "あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコ",
    "가나다라마바사아자차카타파하한국어서울",
    "“”‘’—…，。、；：？！（）《》「」『』",
)
#: Accented Latin comes in words.
_WORDS = (" café ", " naïve ", " Müller ", " São Paulo ", " Ærøskøbing ", " señor ", " Zürich ")


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_sentences()),
                st.sampled_from(_RUNS).flatmap(lambda run: st.text(run, min_size=1, max_size=6)),
                st.sampled_from(_WORDS),
            ),
            min_size=1,
            max_size=4,
        )
    )
    return "".join(parts) + draw(st.sampled_from(_sentences()))


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.lists(paragraphs(), min_size=1, max_size=3))
def test_encoding_repairs_leave_clean_text_alone(texts: list[str]) -> None:
    text = "\n\n".join(texts)
    doc = api.clean(text, passes=("mojibake", "replacement"))
    assert doc.text == text
    assert not doc.changes.get("mojibake")


@cache
def _clean_sentences() -> tuple[str, ...]:
    """The sentences that ``fix`` leaves alone on their own (some fixture sentences
    have real defects, halfwidth brackets in Chinese, that it repairs)."""
    return tuple(s for s in _sentences() if api.fix_text(s) == s + "\n")


@settings(derandomize=True, max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_clean_sentences()), min_size=1, max_size=4))
def test_fix_leaves_clean_paragraphs_alone(sentences: list[str]) -> None:
    text = "\n\n".join(sentences)
    assert api.fix_text(text) == text + "\n"
