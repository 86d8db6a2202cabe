"""The packaged word frequencies (``newsclean.vocabulary``) give wordfreq's values, and
a Latin page is repaired without importing wordfreq."""

from __future__ import annotations

import lzma
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from newsclean import vocabulary

ROOT = Path(__file__).resolve().parent.parent
LATIN_PAGES = sorted(
    p
    for pattern in ("fixtures/pages/[a-z][a-z]_*.txt", "fixtures/heldout-latin/raw/*.txt")
    for p in ROOT.glob(pattern)
    if not p.name.startswith("zh_")
)
_WORD = re.compile("[A-Za-z\u00c0-\u024fſ]+")


def test_roundtrip_and_unknown_words() -> None:
    words = {f"w{i:04d}": round(1 + i / 100, 2) for i in range(200)} | {"straße": 4.5}
    table = vocabulary.Vocabulary(lzma.decompress(vocabulary.encode("xx", "test", words)))
    assert table.size == len(words)
    assert all(table.zipf(w) == z for w, z in words.items())
    assert table.zipf("a") == 0.0  # before the first word
    assert table.zipf("w0001x") == 0.0  # between two words
    assert table.zipf("zzz") == 0.0  # after the last


def test_a_file_of_another_format_is_refused() -> None:
    with pytest.raises(ValueError, match="not a vocabulary file"):
        vocabulary.Vocabulary(b"something else 2 en\nabc:100")


def test_no_vocabulary_for_other_languages() -> None:
    assert vocabulary.zipf("the", "xx") == 0.0
    assert vocabulary.zipf("the", "en") > 7


@pytest.mark.parametrize("language", vocabulary.LANGUAGES)
def test_values_are_wordfreqs_on_every_word_of_the_latin_pages(language: str) -> None:
    wordfreq = pytest.importorskip("wordfreq")
    table = vocabulary.vocabulary(language)
    assert table is not None
    from importlib.metadata import version

    if table.source != f"wordfreq-{version('wordfreq')}":
        pytest.skip(f"built from {table.source}; `make vocab` rebuilds it from this wordfreq")
    words: set[str] = set()
    for page in LATIN_PAGES:
        found = [w.lower().replace("ſ", "s") for w in _WORD.findall(page.read_text("utf-8"))]
        # The words, and each two side by side joined: what a line-end break asks.
        words.update(found, (a + b for a, b in pairwise(found)))
    assert len(words) > 10000
    wrong = {
        w: (vocabulary.zipf(w, language), wordfreq.zipf_frequency(w, language))
        for w in words
        if vocabulary.zipf(w, language) != wordfreq.zipf_frequency(w, language)
    }
    assert wrong == {}


def test_a_latin_page_is_repaired_without_wordfreq() -> None:
    page = ROOT / "fixtures" / "pages" / "en_nytribune_1903-05-01_p1.txt"
    code = (
        "import sys, newsclean, pathlib;"
        f"newsclean.fix_text(pathlib.Path({str(page)!r}).read_text('utf-8'));"
        "from newsclean import dehyphenate;"
        "assert dehyphenate.zipf.cache_info().currsize > 0;"
        "print('wordfreq' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
