"""How common a word is in a language: a compact copy of wordfreq's Zipf values.

Why: dehyphenation asks the Zipf frequency of the halves of words broken at line ends.
wordfreq answers by loading its whole list for the language into a dictionary: about a
second and over 100 MB for English, French and German, on every process that meets a
Latin page. The values it gives for the words that can be asked here (lower-case runs
of Latin letters) are kept instead in ``data/vocabulary/<lang>.txt.xz``, built once by
``make vocab`` (``tools/build_vocabulary.py``) from the wordfreq release named in the
file's header.

Format: an xz-compressed text. The first line is the header (``newsclean-vocabulary``,
the format version, the language, the wordfreq version, the number of words). Each
further line is a block of words in sorted order, separated by spaces; each word is
written as the number of leading bytes (UTF-8) it shares with the word before it in its
block (one base-36 digit), the rest of the word, ``:``, and its Zipf value times 100.
The first word of a block shares nothing, so a block can be read alone: a lookup
bisects the blocks' first words and reads one block of at most ``BLOCK`` words.

Memory: the text of one language (2 to 6 MB of UTF-8) and its block heads, read the
first time that language is asked for.

The Chinese words of two to four characters (``data/cjk_words.txt.xz``, from wordfreq's
list, built by ``tools/build_cjk_words.py``) live here too: the join evidence across a
CJK line break and the test of a short line's CJK-mojibake reading both ask for them.
"""

from __future__ import annotations

import bisect
from functools import cache
from pathlib import Path

#: Format of the vocabulary files this module reads.
FORMAT = 2
MAGIC = "newsclean-vocabulary"
#: Words per block.
BLOCK = 32
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
#: The shared length a digit byte stands for.
_SHARED = {ord(digit): n for n, digit in enumerate(_DIGITS)}
#: Languages with a packaged vocabulary.
LANGUAGES = ("de", "en", "es", "fr", "it", "nl")


class Vocabulary:
    """One language's words and their Zipf values."""

    def __init__(self, data: bytes) -> None:
        header, _, body = data.partition(b"\n")
        fields = header.decode("utf-8", "replace").split()
        if len(fields) < 5 or fields[0] != MAGIC or fields[1] != str(FORMAT):
            msg = f"not a vocabulary file of format {FORMAT}: {header[:80]!r}"
            raise ValueError(msg)
        self.language = fields[2]
        self.source = fields[3]
        self.size = int(fields[4])
        # Kept as UTF-8 bytes, whose order is the order of the words' code points: half
        # the memory of a str that holds one letter beyond Latin-1.
        self._blocks = body.split(b"\n")
        self._heads = [block[1 : block.index(b":")] for block in self._blocks]

    def zipf(self, word: str) -> float:
        """The word's Zipf value (0 for a word not listed). ``word`` is as wordfreq
        stores it: case-folded."""
        key = word.encode("utf-8")
        i = bisect.bisect_right(self._heads, key) - 1
        if i < 0:
            return 0.0
        previous = b""
        for entry in self._blocks[i].split(b" "):
            shared = _SHARED[entry[0]]
            rest, _, value = entry[1:].partition(b":")
            current = previous[:shared] + rest
            if current == key:
                return int(value) / 100
            if current > key:
                break
            previous = current
        return 0.0


@cache
def vocabulary(language: str) -> Vocabulary | None:
    """The packaged vocabulary of ``language``, read on first use; None if there is none."""
    if language not in LANGUAGES:
        return None
    # Imported here: a page with no Latin text never needs them (importlib.resources
    # brings tempfile, random and shutil).
    import lzma
    from importlib import resources

    path = resources.files("newsclean").joinpath("data", "vocabulary", f"{language}.txt.xz")
    return Vocabulary(lzma.decompress(path.read_bytes()))


def zipf(word: str, language: str) -> float:
    """How common ``word`` is in ``language`` (Zipf scale, 0 for unknown words), as
    wordfreq's ``zipf_frequency`` gives it for a word of Latin letters."""
    table = vocabulary(language)
    return 0.0 if table is None else table.zipf(word.casefold())


def encode(language: str, source: str, words: dict[str, float]) -> bytes:
    """The vocabulary file of ``words`` (case-folded word → Zipf value)."""
    import lzma

    lines = [f"{MAGIC} {FORMAT} {language} {source} {len(words)}".encode()]
    ordered = sorted((word.encode("utf-8"), value) for word, value in words.items())
    for start in range(0, len(ordered), BLOCK):
        entries = []
        previous = b""
        for word, value in ordered[start : start + BLOCK]:
            # Counted in bytes, as the reader slices them.
            shared = 0
            limit = min(len(previous), len(word), len(_DIGITS) - 1)
            while shared < limit and previous[shared] == word[shared]:
                shared += 1
            digit = _DIGITS[shared].encode()
            entries.append(digit + word[shared:] + b":" + str(round(value * 100)).encode())
            previous = word
        lines.append(b" ".join(entries))
    return lzma.compress(b"\n".join(lines), preset=9 | lzma.PRESET_EXTREME)


_CJK_WORDS = Path(__file__).resolve().parent / "data" / "cjk_words.txt.xz"


@cache
def cjk_words() -> frozenset[str]:
    """The listed Chinese words (Simplified), read the first time they are asked for."""
    import lzma

    text = lzma.decompress(_CJK_WORDS.read_bytes()).decode("utf-8")
    return frozenset(text.split("\n")[1:])
