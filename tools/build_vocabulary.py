"""`make vocab`: build newsclean/data/vocabulary/<lang>.txt.xz from wordfreq.

Run once per wordfreq release (wordfreq is a dev dependency, not a runtime one). For
each language dehyphenation recognises, every word of wordfreq's "best" list that is a
run of Latin letters (the only words ``newsclean.dehyphenate`` asks about) is written
with the Zipf value ``wordfreq.zipf_frequency`` gives it; the build checks that value
against ``zipf_frequency`` itself on a sample of each list, and refuses to write on any
difference.
"""

from __future__ import annotations

import math
import random
import re
import sys
from importlib.metadata import version
from pathlib import Path

from wordfreq import cB_to_freq, freq_to_zipf, get_frequency_list, zipf_frequency

from newsclean.vocabulary import LANGUAGES, encode

OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "vocabulary"
#: The words dehyphenation can ask about, as wordfreq stores them (case-folded).
_LETTERS = re.compile("[a-z\u00df-\u00f6\u00f8-\u024f]+")
SAMPLE = 2000


def zipf_of_bucket(index: int) -> float:
    """``zipf_frequency`` of a one-token word in bucket ``index`` (-index centibels):
    the frequency rounded to three significant digits, then to hundredths of Zipf."""
    freq = cB_to_freq(-index)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(freq_to_zipf(freq), 2)


def build(language: str) -> bytes:
    words: dict[str, float] = {}
    for index, bucket in enumerate(get_frequency_list(language)):
        value = zipf_of_bucket(index)
        for word in bucket:
            if _LETTERS.fullmatch(word) and word.isalpha():
                words.setdefault(word, value)
    rng = random.Random(language)
    for word in rng.sample(sorted(words), min(SAMPLE, len(words))):
        if zipf_frequency(word, language) != words[word]:
            msg = f"{language}: {word!r} is {zipf_frequency(word, language)} in wordfreq"
            raise SystemExit(msg)
    return encode(language, f"wordfreq-{version('wordfreq')}", words)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        data = build(language)
        (OUT / f"{language}.txt.xz").write_bytes(data)
        sys.stderr.write(f"vocab: {language}: {len(data) / 1e6:.2f} MB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
