"""Build newsclean/data/cjk_words.txt.xz: the Chinese words the ``interleave`` pass knows.

``newsclean.passes.interleave`` asks whether the last characters of one line and the first
of another make one word: a column breaks lines inside words, two columns' lines side by
side do so only by chance. The words are wordfreq's Chinese list (Simplified; the pass
folds Traditional text to Simplified before it asks), those of two to four Han characters
with a Zipf frequency of at least ``MIN_ZIPF``: rarer words match chance pairs of
characters more often than they match real breaks. Run once per wordfreq release
(``python -m tools.build_cjk_words``; wordfreq is a dev dependency, not a runtime one).
"""

from __future__ import annotations

import lzma
import re
import sys
from importlib.metadata import version
from pathlib import Path

from wordfreq import freq_to_zipf, get_frequency_dict

OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "cjk_words.txt.xz"
MIN_ZIPF = 3.0
_HAN = re.compile("[\u4e00-\u9fff]{2,4}")


def build() -> bytes:
    # The list itself, not ``zipf_frequency``: that one tokenises its argument, with jieba.
    frequencies = get_frequency_dict("zh")
    words = sorted(
        w for w, f in frequencies.items() if _HAN.fullmatch(w) and freq_to_zipf(f) >= MIN_ZIPF
    )
    header = f"newsclean-cjk-words wordfreq-{version('wordfreq')} zipf>={MIN_ZIPF} {len(words)}"
    return lzma.compress("\n".join([header, *words]).encode("utf-8"), preset=9)


def main() -> int:
    data = build()
    OUT.write_bytes(data)
    sys.stderr.write(f"cjk words: {len(data) / 1e3:.0f} kB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
