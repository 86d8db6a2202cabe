"""Build the CJK word lists newsclean knows from wordfreq's, one language at a time:

- ``zh``, ``newsclean/data/cjk_words.txt.xz``, the Chinese words the ``interleave`` pass
  knows. ``newsclean.passes.interleave`` asks whether the last characters of one line
  and the first of another make one word: a column breaks lines inside words, two
  columns' lines side by side do so only by chance. The words are wordfreq's Chinese
  list (Simplified; the pass folds Traditional text to Simplified before it asks),
  those of two to four Han characters.
- ``ja``, ``newsclean/data/ja_words.txt.xz``, the Japanese words ``decode`` knows.
  ``decode`` breaks a tie between two double-byte readings that cost the same (EUC-JP
  and GB 2312 lay their tables out alike: each reads the other's kana as the same kana
  and its kanji as common hanzi) by the words each makes (``newsclean.cjk_readings``).
  Chinese words alone do not tell a Japanese text: its kanji words are often no Chinese
  ones (``古池``, ``飛び込む``), and its kana read the same either way. The words are
  wordfreq's Japanese list, those of two to four kana and kanji with a kanji among them.

Both keep words with a Zipf frequency of at least ``MIN_ZIPF``: rarer words match chance
pairs of characters more often than they match real breaks. Source and licence: wordfreq
(Robyn Speer and contributors, https://github.com/rspeer/wordfreq), whose word lists are
distributed under the Creative Commons Attribution-ShareAlike 4.0 licence (the ``ja``
file's header line says so; the ``zh`` file's header was written before that, and is
kept as it is so the built file stays the same). Run once per wordfreq release
(``python -m tools.build_cjk_words zh`` and ``… ja``; wordfreq is a dev dependency, not
a runtime one).
"""

from __future__ import annotations

import argparse
import lzma
import re
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from wordfreq import freq_to_zipf, get_frequency_dict

DATA = Path(__file__).resolve().parent.parent / "newsclean" / "data"
MIN_ZIPF = 3.0
_KANJI = re.compile("[\u4e00-\u9fff]")


@dataclass(frozen=True)
class WordList:
    """One language's list: the file it is written to, the shape of a word it keeps
    (and a character every word must hold, if any), and what its header line adds."""

    stem: str
    word: re.Pattern[str]
    holds: re.Pattern[str] | None
    header_tail: str


LISTS = {
    "zh": WordList("cjk", re.compile("[\u4e00-\u9fff]{2,4}"), None, ""),
    "ja": WordList(
        "ja",
        re.compile("[\u3040-\u30ff\u4e00-\u9fff]{2,4}"),
        _KANJI,
        " source:https://github.com/rspeer/wordfreq licence:CC-BY-SA-4.0",
    ),
}


def build(language: str) -> bytes:
    """The compressed list for ``language``: a header line, then the words, sorted."""
    spec = LISTS[language]
    # The list itself, not ``zipf_frequency``: that one tokenises its argument (with
    # jieba, for Chinese).
    frequencies = get_frequency_dict(language)
    words = sorted(
        w
        for w, f in frequencies.items()
        if spec.word.fullmatch(w)
        and (spec.holds is None or spec.holds.search(w))
        and freq_to_zipf(f) >= MIN_ZIPF
    )
    header = (
        f"newsclean-{spec.stem}-words wordfreq-{version('wordfreq')} zipf>={MIN_ZIPF}"
        f" {len(words)}{spec.header_tail}"
    )
    return lzma.compress("\n".join([header, *words]).encode("utf-8"), preset=9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("language", choices=sorted(LISTS))
    language = parser.parse_args(argv).language
    data = build(language)
    (DATA / f"{LISTS[language].stem}_words.txt.xz").write_bytes(data)
    sys.stderr.write(f"{LISTS[language].stem} words: {len(data) / 1e3:.0f} kB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
