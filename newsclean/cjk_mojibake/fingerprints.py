"""The codec pairs CJK mojibake comes from, the cheap scan for their fingerprints
(step 1 of :mod:`newsclean.cjk_mojibake`), and the filler runs that stand for lost
characters."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from newsclean import regex
from newsclean.plausibility import LATIN_HIGH

Encoder = Callable[[str], bytes | None]

KEPT = "kept-lost-character"
DROPPED = "lost-character"

#: Filler runs and the number of lost characters each unit stands for.
_FILLER = regex.compile("(?:锟斤拷)+|烫{3,}|屯{3,}")


def _latin_table() -> dict[str, int]:
    table = {chr(b): b for b in range(0x80, 0x100)}
    for b in range(0x80, 0xA0):
        try:
            table[bytes((b,)).decode("cp1252")] = b
        except UnicodeDecodeError:
            continue
    return table


_LATIN = _latin_table()


def _encode_latin(ch: str) -> bytes | None:
    """Latin-1 and cp1252 at once: a reader that fell back to Latin-1 for the five
    bytes cp1252 leaves undefined ("sloppy" cp1252) gives C1 controls for those."""
    o = ord(ch)
    if o < 0x80:
        return bytes((o,))
    b = _LATIN.get(ch)
    return None if b is None else bytes((b,))


_TO_LATIN_1 = {ord(ch): b for ch, b in _LATIN.items()}


def latin_bytes(line: str) -> bytes:
    """``line`` as a reader of Latin-1 and cp1252 at once got it, one byte a character
    (see :func:`_encode_latin`); a character neither has becomes ``?``."""
    return line.translate(_TO_LATIN_1).encode("latin-1", "replace")


def _encoder(*names: str) -> Encoder:
    def encode(ch: str) -> bytes | None:
        for name in names:
            try:
                return ch.encode(name)
            except UnicodeEncodeError:
                continue
        return None

    return encode


@dataclass(frozen=True)
class Hypothesis:
    """Text written in ``written`` and read as ``read``: reversed by encoding with the
    reader and decoding with the writer."""

    name: str
    written: str
    read: str
    encode: Encoder
    #: Does a span start at a character with these bytes?
    starts: Callable[[bytes], bool]


def _utf8_lead(b: bytes) -> bool:
    return 0xC2 <= b[0] <= 0xF4


def _dbcs_lead(b: bytes) -> bool:
    return b[0] >= 0x81


HYPOTHESES = (
    Hypothesis("utf-8-read-as-gbk", "utf-8", "gb18030", _encoder("gb18030"), _utf8_lead),
    Hypothesis("utf-8-read-as-big5", "utf-8", "big5", _encoder("big5hkscs", "cp950"), _utf8_lead),
    Hypothesis("gbk-read-as-latin-1", "gb18030", "latin-1", _encode_latin, _dbcs_lead),
    Hypothesis("big5-read-as-latin-1", "big5hkscs", "latin-1", _encode_latin, _dbcs_lead),
    # ftfy's ground, for what it leaves: short runs inside CJK text (``å¹´`` for 年),
    # and the outer round of GBK read as Latin-1, saved as UTF-8, read as cp1252.
    Hypothesis("utf-8-read-as-latin-1", "utf-8", "latin-1", _encode_latin, _utf8_lead),
)


@cache
def utf8_pairs(codec: str) -> frozenset[str]:
    """What ``codec`` reads from a UTF-8 lead byte of a 3- or 4-byte sequence followed
    by a continuation byte: every run of two or more CJK characters in UTF-8 read as
    GBK or Big5 holds one. (A set: a line is asked whether it holds one, which
    ``isdisjoint`` answers at the first; a page is searched with ``_utf8_pair_class``.)"""
    chars = set()
    for lead in range(0xE2, 0xF5):
        for trail in range(0x80, 0xC0):
            try:
                chars.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@cache
def _all_utf8_pairs() -> frozenset[str]:
    return utf8_pairs("gbk") | utf8_pairs("big5hkscs")


@cache
def _utf8_pair_class() -> re.Pattern[str]:
    """One class of every character of ``_all_utf8_pairs``, searched for over a whole
    page: the class is a bitmap the engine reads once a character, where a set
    intersection made a string of each of the page's CJK characters to hash it (five
    times slower on a Chinese page). Compiled once per machine: ``newsclean.regex``
    keeps it, and an ASCII text, or a start-up, never asks for it."""
    return regex.compile("[" + "".join(map(re.escape, sorted(_all_utf8_pairs()))) + "]")


@cache
def latin_pairs() -> re.Pattern[str]:
    """Two Latin-1/cp1252 characters from 0x80-0xFF within three characters. The first
    is a Latin-1 one, so runs of curly quotes, dashes and ellipses (cp1252's extras)
    are not a fingerprint."""
    high = re.escape("".join(sorted(LATIN_HIGH)))
    return regex.compile(f"[\u00a1-\u00ff](?:[{high}]|[\\x40-\\x7e][{high}])")


def _has_filler(text: str) -> bool:
    return "锟斤拷" in text or "烫烫烫" in text or "屯屯屯" in text


def suspect(text: str) -> bool:
    """Does ``text`` hold anything worth a closer look (step 1)?"""
    return next(suspect_positions(text), None) is not None


def suspect_positions(text: str) -> Iterator[int]:
    """Where in ``text`` something is worth a closer look (step 1), in no set order:
    searches of the whole text in C, so a clean page costs next to nothing."""
    if text.isascii():
        # Every fingerprint holds a character above U+007F; ASCII text also spares a
        # one-line run building the lead-byte sets (milliseconds of start-up).
        return
    for m in _utf8_pair_class().finditer(text):
        yield m.start()
    for m in latin_pairs().finditer(text):
        yield m.start()
    for filler in ("锟斤拷", "烫烫烫", "屯屯屯"):
        at = text.find(filler)
        while at >= 0:
            yield at
            at = text.find(filler, at + 1)


def fingerprint(h: Hypothesis, line: str) -> bool:
    if h.read == "latin-1":
        return latin_pairs().search(line) is not None
    return not utf8_pairs("gbk" if h.read == "gb18030" else "big5hkscs").isdisjoint(line)


def _lost(run: str) -> int:
    """How many characters a filler run stands for: two per 锟斤拷, one per 烫 or 屯."""
    return 2 * run.count("锟斤拷") or len(run)


def report_fillers(text: str, *, drop: bool = False) -> tuple[str, Counter[str]]:
    """Count the characters that filler runs stand for; remove the runs if ``drop``."""
    counts: Counter[str] = Counter()
    if not _has_filler(text):
        return text, counts
    lost = sum(_lost(m.group(0)) for m in _FILLER.finditer(text))
    if drop:
        counts[DROPPED] += lost
        return _FILLER.sub("", text), counts
    counts[KEPT] += lost
    return text, counts
