"""Build newsclean/data/ja_words.txt.xz: the Japanese words ``decode`` knows.

``decode`` breaks a tie between two double-byte readings that cost the same (EUC-JP
and GB 2312 lay their tables out alike: each reads the other's kana as the same kana
and its kanji as common hanzi) by the words each makes (``newsclean.cjk_readings``).
Chinese words alone do not tell a Japanese text: its kanji words are often no Chinese
ones (``古池``, ``飛び込む``), and its kana read the same either way. The words are
wordfreq's Japanese list, those of two to four kana and kanji with a kanji among them
and a Zipf frequency of at least ``MIN_ZIPF``.

Source and licence, written into the file's header line: wordfreq (Robyn Speer and
contributors, https://github.com/rspeer/wordfreq), whose word lists are distributed
under the Creative Commons Attribution-ShareAlike 4.0 licence. Run once per wordfreq
release (``python -m tools.build_ja_words``; wordfreq is a dev dependency).
"""

from __future__ import annotations

import lzma
import re
import sys
from importlib.metadata import version
from pathlib import Path

from wordfreq import freq_to_zipf, get_frequency_dict

OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "ja_words.txt.xz"
MIN_ZIPF = 3.0
_WORD = re.compile("[\u3040-\u30ff\u4e00-\u9fff]{2,4}")
_KANJI = re.compile("[\u4e00-\u9fff]")


def build() -> bytes:
    # The list itself, not ``zipf_frequency``: that one tokenises its argument.
    frequencies = get_frequency_dict("ja")
    words = sorted(
        w
        for w, f in frequencies.items()
        if _WORD.fullmatch(w) and _KANJI.search(w) and freq_to_zipf(f) >= MIN_ZIPF
    )
    header = (
        f"newsclean-ja-words wordfreq-{version('wordfreq')} zipf>={MIN_ZIPF} {len(words)}"
        " source:https://github.com/rspeer/wordfreq licence:CC-BY-SA-4.0"
    )
    return lzma.compress("\n".join([header, *words]).encode("utf-8"), preset=9)


def main() -> int:
    data = build()
    OUT.write_bytes(data)
    sys.stderr.write(f"ja words: {len(data) / 1e3:.0f} kB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
