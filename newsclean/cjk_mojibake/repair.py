"""Judging readings and making repairs (steps 3 and 4 of :mod:`newsclean.cjk_mojibake`):
a span is replaced only when its reversal is clearly more plausible; mojibake of
mojibake is peeled one round at a time."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from newsclean import regex
from newsclean.chardata import HAS_CJK
from newsclean.cjk_mojibake.fingerprints import HYPOTHESES, Hypothesis, fingerprint, latin_bytes
from newsclean.cjk_mojibake.latin_lines import (
    LATIN_WORD,
    WORD_CHARS,
    in_latin_words,
    peels_to_nothing,
)
from newsclean.cjk_mojibake.readings import readable, readings, spans, unsure_bytes
from newsclean.plausibility import (
    UNCOMMON,
    char_cost,
    cost,
    count_non_ascii,
    density,
    is_cjk,
    mean_cost,
)

#: A repaired span must cost at most this per character, and this much less than the
#: mojibake it replaces.
MAX_REPAIRED_COST = 1.0
MIN_GAIN = 1.0
#: Reversing a legacy CJK codec read as Latin-1 must give at least this many CJK
#: characters between Latin letters: one is two Latin-1 characters, which real Latin
#: words can be (and two such words a line apart, ``größten … ößt``, are no better). A
#: letter between them counts, even alone: Big5 and GBK take ASCII letters as second
#: bytes, so accented capitals read as such pairs leave one hanzi in each word
#: (``MAÇÃ, PÃO`` as ``MAデ, P鬃``), where real mojibake leaves runs of them.
MIN_CJK_FROM_LATIN = 2


@dataclass(frozen=True)
class Repair:
    start: int
    end: int
    text: str
    kind: str
    gain: float


def _utf8_shaped(span: str) -> bool:
    """UTF-8 of accented Latin text read as Latin-1: ``Â`` or ``Ã`` every other
    character. Read as GBK those pairs are rows 0xC2-0xC3 of the common hanzi, which
    would pass for text; real GBK or Big5 text spreads its lead bytes over many rows."""
    return span.count("Â") + span.count("Ã") >= 0.3 * len(span)


def _judge(
    span: str, reversal: str, h: Hypothesis, before: str = "", after: str = ""
) -> tuple[str, float] | None:
    """The repair for ``span`` if its reversal under ``h`` is clearly more plausible:
    the repaired text and the gain in cost per non-ASCII character. ``before`` and
    ``after`` are the characters around the span: what sits beside a character counts
    (CJK inside a Latin word), so both readings are costed with them."""
    if reversal.strip("\ufffd") == "":
        # Only a lost character: the mojibake before it goes if it is not a common
        # character (and, see repair_line, the line has other mojibake of its kind).
        rest = span.replace("\ufffd", "")
        return (reversal, mean_cost(rest)) if rest and mean_cost(rest) >= UNCOMMON else None
    # A U+FFFD at the end is a lost character, kept; one inside was read as a byte.
    lost = span[:-1].count("\ufffd")
    # Each U+FFFD read as a byte is a guess that the rest of the span must carry.
    if count_non_ascii(reversal.replace("\ufffd", "")) < 2 * lost + 1:
        return None
    # Lost characters are lost either way: they weigh on neither side.
    source, target = span.replace("\ufffd", ""), reversal.replace("\ufffd", "")
    # A strict reversal is evidence in itself, the more so the more characters it
    # decodes (random text is rarely valid UTF-8, GBK or Big5 for long): the margin
    # asked for shrinks with their number. The span must hold something uncommon.
    # (Latin-1 readings keep the full margin: Latin text has many pairs of them.)
    needed = MIN_GAIN
    if h.read != "latin-1":
        needed = MIN_GAIN * 2 / (1 + count_non_ascii(target))
        if all(char_cost(c) < UNCOMMON for c in source):
            return None
    # Each cost reads its text character by character: the repair's first, as a
    # repair that costs too much per character is refused whatever the mojibake cost.
    context = char_cost(before) if before else 0.0
    context += char_cost(after) if after else 0.0
    target_cost = cost(before + target + after) - context
    if target_cost / max(1, count_non_ascii(target)) > MAX_REPAIRED_COST:
        return None
    source_cost = cost(before + source + after) - context
    gain = (source_cost - target_cost) / max(1, count_non_ascii(source))
    return (reversal, gain) if gain >= needed else None


def repair_line(line: str, rounds: int = 2) -> tuple[str, Counter[str]]:
    """Reverse the mojibake in one line, up to ``rounds`` of it nested in each other."""
    if refused(line):
        return line, Counter()
    return _repair_line(line, rounds)


#: The bytes of a UTF-8 character of two or more: a lead byte, then a continuation byte.
_UTF8_START = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def refused(line: str) -> bool:
    """Does no hypothesis stand a chance in ``line``? Asked before any reading, which
    in accented Latin text with no CJK (French most of all) was most of the pass.

    In a line with no CJK character and no U+FFFD, the CJK readers need their
    fingerprint; a reading as Latin-1 stands only if its repairs (and, in the outer
    round, its readings of GBK and Big5) hold every non-ASCII character of the line;
    and the outer round of UTF-8 read as Latin-1 needs a reading at all. So GBK and
    Big5 are out when one character can be in no strict reading (:func:`readable`):
    ``à`` between spaces, ``é`` of ``été`` before a space (after an ASCII letter it can
    only be a lead byte, and a space is no second byte). UTF-8 is out when no lead byte
    has a continuation byte after it: letters between ASCII letters have none.
    (A U+FFFD may stand for a dangling byte a reading ends on.) GBK and Big5 are out
    too where every accented letter is in a Latin word and no pair of bytes reads as
    something a second round takes up (:mod:`~newsclean.cjk_mojibake.latin_lines`):
    ``größeren``, which each reads as a hanzi."""
    if "\ufffd" in line or HAS_CJK.search(line) is not None:
        return False
    if any(h.read != "latin-1" and fingerprint(h, line) for h in HYPOTHESES):
        return False
    data = latin_bytes(line)
    if _UTF8_START.search(data) is not None:
        return False
    if in_latin_words(line, data) and peels_to_nothing(data):
        # Accented Latin words: see :mod:`newsclean.cjk_mojibake.latin_lines`.
        return True
    high = [m.start() for m in _HIGH_BYTE.finditer(data)]
    return all(
        not all(readable(data, i, h.written) for i in high)
        for h in HYPOTHESES
        if h.read == "latin-1" and h.written != "utf-8"
    )


def _repair_line(line: str, rounds: int) -> tuple[str, Counter[str]]:
    repairs: list[Repair] = []
    outer: list[Hypothesis] = []
    cjk = HAS_CJK.search(line) is not None
    for h in HYPOTHESES:
        if not fingerprint(h, line):
            continue
        if rounds > 1 and "\ufffd" not in line:
            # (Two rounds with bytes lost in between leave nothing to pair up right.)
            outer.append(h)
        strong: list[Repair] = []
        weak: list[Repair] = []
        for start, end, reversal in spans(line, h):
            if h.written != "utf-8" and (
                _utf8_shaped(line[start:end]) or _inside_latin_word(line, start, end)
            ):
                continue
            judged = _judge(
                line[start:end], reversal, h, line[start - 1 : start], line[end : end + 1]
            )
            if judged is None:
                continue
            text = judged[0]
            if h.read == "gb18030" and "\ufffd" in line[start:end]:
                text = unsure_bytes(line, start, end, h, text)
                if line[end - 1] == "\ufffd" and not text.endswith("\ufffd"):
                    # Read as 0x80 to end the span, it may as well be a dangling byte
                    # lost before the text that follows.
                    text = text[:-1] + "\ufffd"
            if h.written == "utf-8" and h.read == "latin-1" and max(text) < "\u0800" and not cjk:
                # Two-byte UTF-8 (accented Latin, Greek, Cyrillic, Hebrew, Arabic) read
                # as Latin-1 is ftfy's ground, and ftfy left it: ``NESTLÉ®`` is not
                # ``NESTLɮ``. Beside CJK it is the outer round of CJK mojibake
                # (``Â¥tÂ¥~``, Big5 read as Latin-1 and then again as cp1252).
                continue
            repair = Repair(start, end, text, h.name, judged[1])
            # Too little to go on alone: only a lost character, one CJK character from
            # two Latin-1 ones, or a reading that Latin words explain as well.
            # Repaired when the line has clear mojibake of the same kind, as mojibake
            # comes in whole lines and fields.
            few = h.written != "utf-8" and (
                _cjk_between_words(repair.text) < MIN_CJK_FROM_LATIN
                or _latin_words(line, start, end)
            )
            (weak if few or not repair.text.strip("\ufffd") else strong).append(repair)
        if strong and (h.read != "latin-1" or _in_cjk_context(line, strong + weak)):
            repairs += strong + weak
    best = _apply(line, repairs)
    for h in outer:
        # The outer round undone everywhere in the line, then the inner one judged
        # in place, with the text around it (a span of the inner round may reach past
        # the outer one's: ASCII reads the same in both).
        # Only readings that look like mojibake and still do once reversed. The
        # reversal is costed first (the shorter text): one that reads as plain text
        # settles it without costing the mojibake.
        layer = [
            Repair(a, b, text, h.name, 0)
            for a, b, text in readings(line, h)
            if density(text) > MAX_REPAIRED_COST and density(line[a:b]) > MAX_REPAIRED_COST
        ]
        if not layer or (
            # The outer round read as Latin-1 answers to the same rule as one round.
            h.read == "latin-1"
            and h.written != "utf-8"
            and HAS_CJK.search(line) is None
            and not _covers(line, layer)
        ):
            continue
        peeled, _ = _apply(line, layer)
        inner, found = repair_line(peeled, rounds - 1)
        size = sum(r.end - r.start for r in layer)
        if inner != peeled and cost(inner) + MIN_GAIN * size / 2 <= cost(best[0]):
            best = (inner, found + Counter(r.kind for r in layer))
    return best


def _inside_latin_word(line: str, start: int, end: int) -> bool:
    """Is ``line[start:end]`` accented letters of a Latin word (``Télévision``,
    ``SÖGÐU``)? Legacy CJK codecs take ASCII letters as second bytes, so such a word
    reads as hanzi (``T閘関ision``, ``S諫蠻``; ``très bon`` with no-break spaces as
    ``爐r鑣燽on``). A Chinese word read as Latin-1 is letters and marks of 0x80-0xFF
    alone: beside a Latin word it may be, but it has no ASCII letter of its own and
    stands inside none."""
    word = line[start:end]
    # (A no-break space is a Latin word space: an extractor may write all of them so.)
    if not all((c.isalpha() and c < "\u0250") or c == "\u00a0" for c in word):
        return False
    glued = [c.isascii() and c.isalpha() for c in (line[start - 1 : start], line[end : end + 1])]
    return all(glued) or (any(glued) and any(c.isascii() for c in word))


def _latin_words(line: str, start: int, end: int) -> bool:
    """Is every non-ASCII character of ``line[start:end]`` in a word that reads as a
    Latin word: accented and ASCII letters, in one case or capitalised? Legacy CJK
    codecs take an ASCII letter as the second byte of a pair, so an accented letter
    before one reads as a hanzi (``ÁDÁM`` as Big5 ``磺簍``, ``québécoise électeurs``
    as GBK ``qu閎閏oise 閘ecteurs``). Chinese read as Latin-1 seldom makes such a word:
    its lead bytes are as often symbols (``¥xÆW``, 台灣) and its second bytes of any
    case, and a common GB2312 character has no ASCII byte at all."""
    # The words around the span, from where the first begins to where the last ends
    # (the whole line, searched once per span, was quadratic in a line of mojibake).
    lo, hi = start, end
    while lo > 0 and line[lo - 1] in WORD_CHARS:
        lo -= 1
    while hi < len(line) and line[hi] in WORD_CHARS:
        hi += 1
    words = list(LATIN_WORD.finditer(line, lo, hi))
    covered = {i for m in words for i in range(m.start(), m.end())}
    if any(line[i] > "\x7f" and i not in covered for i in range(start, end)):
        return False
    for m in words:
        word = m.group().replace("\u00b7", "")
        if word.isascii():
            continue
        if not any(c.isascii() for c in word):
            return False
        if not (word.islower() or word.isupper() or word.istitle()):
            return False
    return True


def _in_cjk_context(line: str, repairs: list[Repair]) -> bool:
    """May these repairs of a reading as Latin-1 stand? Almost any pair of Latin-1
    characters is a GBK or Big5 character, so in a line with no CJK character the
    reading must explain the whole line: every non-ASCII character inside a repair,
    and the repaired line ordinary text. Mojibake comes in whole lines and fields;
    accented capitals (``MÄ£ÄM ÌÑÌ``) leave characters no pairing explains."""
    if HAS_CJK.search(line) is not None:
        return True
    if not _covers(line, repairs):
        return False
    repaired, _ = _apply(line, repairs)
    return density(repaired) <= MAX_REPAIRED_COST


def _covers(line: str, repairs: list[Repair]) -> bool:
    """Is every non-ASCII character of ``line`` inside one of ``repairs``?"""
    covered = bytearray(len(line))
    for r in repairs:
        covered[r.start : r.end] = b"\x01" * (r.end - r.start)
    return all(covered[i] for i, ch in enumerate(line) if ch >= "\x80")


_LATIN_LETTERS = regex.compile(r"[A-Za-z]+")


def _cjk_between_words(text: str) -> int:
    """The most CJK characters in a stretch of ``text`` between Latin letters."""
    return max(sum(map(is_cjk, piece)) for piece in _LATIN_LETTERS.split(text))


def _apply(line: str, repairs: list[Repair]) -> tuple[str, Counter[str]]:
    """``line`` with the best non-overlapping repairs made, and their counts."""
    counts: Counter[str] = Counter()
    # The chosen spans, kept in order: they do not overlap, so a new span can overlap
    # only the last one that starts before it ends. (Checking every chosen span, and
    # rebuilding the line once per span, was quadratic on a long line of mojibake.)
    spans: list[tuple[int, int]] = []
    chosen: list[Repair] = []
    for r in sorted(repairs, key=lambda r: -r.gain * (r.end - r.start)):
        k = bisect.bisect_left(spans, (r.end, -1))
        if k and spans[k - 1][1] > r.start:
            continue
        spans.insert(k, (r.start, r.end))
        chosen.insert(k, r)
    pieces = []
    at = 0
    for r in chosen:
        pieces += [line[at : r.start], r.text]
        at = r.end
        counts[r.kind] += 1
    pieces.append(line[at:])
    return "".join(pieces), counts
