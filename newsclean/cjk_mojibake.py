"""CJK mojibake: spans written in one codec and read in another, found and reversed.

ftfy repairs UTF-8 read as Latin-1 or cp1252, CJK included (``ä¸­æ–‡``); its
maintainers leave the CJK codecs out of scope. This module covers them:

=====================  ==========================  =============================
written as             read as                     looks like
=====================  ==========================  =============================
UTF-8                  GBK / GB18030               ``鍟嗘堡绉戞妧`` (商汤科技), ``鈥淗``
UTF-8                  Big5 / Big5-HKSCS           ``銝剜`` (中文)
GBK / GB18030          Latin-1 / cp1252            ``ÉÌÌÀ¿Æ¼¼`` (商汤科技)
Big5                   Latin-1 / cp1252            ``¤¤¤å`` (中文)
=====================  ==========================  =============================

and two rounds of any of them. ``锟斤拷`` (U+FFFD twice, in UTF-8, read as GBK), and
``烫烫烫`` / ``屯屯屯`` (the 0xCC and 0xCD fill bytes of uninitialised memory, read as
GBK) stand for characters that are lost; they are reported (and dropped on request),
never guessed at.

Recognition, cheapest first:

1. A prefilter over the whole text, a set intersection and one regular-expression
   search: a character that GBK or Big5 reads from a UTF-8 lead byte of a CJK
   character and the continuation byte after it (every run of two or more CJK
   characters in UTF-8 read as GBK or Big5 holds one), two Latin-1/cp1252 characters
   from 0x80-0xFF within three characters, or a filler run. Clean Chinese text seldom
   holds these (a rare name may), so a clean page costs next to nothing.
2. In a line that has a hit, spans are read strictly: their characters encoded in the
   codec that read them, the bytes decoded in the codec that wrote them, ending on a
   character boundary. Each is trimmed to the part that reads better reversed (a
   correct character beside mojibake may continue its UTF-8). Two-byte codecs try both
   pairings. A U+FFFD that a GB18030 reader left for the one byte it cannot read (0x80)
   is read as that byte, unless another byte fits as well (Python's narrower ``gbk``
   codec loses user-defined pairs the same way); a U+FFFD that ends a span is a
   character lost, and stays one U+FFFD.
3. A span is replaced only when the reversal is clearly more plausible, by the cost of
   :mod:`newsclean.plausibility` per non-ASCII character (the share of common
   characters, from the frequency tiers of GB2312, Big5, JIS and KS X 1001): the result
   must read as ordinary text, and be better by a margin that shrinks with the number
   of characters the strict reading decoded, as a long strict reading is evidence in
   itself. A span too short to stand alone (one hanzi from two Latin-1 characters, a
   lone lost character) is repaired only beside clear mojibake of the same kind. A
   reading as Latin-1 is weak evidence (almost any two Latin-1 characters are a GBK or
   Big5 character): in a line with no CJK character it must explain every non-ASCII
   character of the line, and UTF-8 read as Latin-1 is reversed there only where it
   gives CJK (two-byte UTF-8 is ftfy's, and what ftfy leaves stays).
4. Mojibake of mojibake: the outer round is undone over the whole line, and the line
   is kept if the inner round then repairs to something far more plausible.

Correct text does not reverse strictly into plausible text: mixed Chinese, English and
Japanese, curly quotes and fullwidth punctuation start no span (their GBK and Big5
bytes are not UTF-8 lead bytes), and a rare hanzi that does is left alone because what
it would reverse to is not more common. ``make eval-encoding`` measures both sides.
"""

from __future__ import annotations

import bisect
import codecs
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from newsclean import regex
from newsclean.chardata import HAS_CJK
from newsclean.plausibility import (
    LATIN_HIGH,
    UNCOMMON,
    char_cost,
    cost,
    count_non_ascii,
    density,
    is_cjk,
    mean_cost,
)

Encoder = Callable[[str], bytes | None]

#: A repaired span must cost at most this per character, and this much less than the
#: mojibake it replaces.
MAX_REPAIRED_COST = 1.0
MIN_GAIN = 1.0
#: A rival reading of a byte is as good when its character costs at most this more.
UNSURE = 1.0
#: Reversing a legacy CJK codec read as Latin-1 must give at least this many CJK
#: characters between Latin words: one is two Latin-1 characters, which real Latin
#: words can be (and two such words a line apart, ``größten … ößt``, are no better).
MIN_CJK_FROM_LATIN = 2

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
def _utf8_pairs(codec: str) -> frozenset[str]:
    """What ``codec`` reads from a UTF-8 lead byte of a 3- or 4-byte sequence followed
    by a continuation byte: every run of two or more CJK characters in UTF-8 read as
    GBK or Big5 holds one. (A set, not a regular expression: compiling a class of a
    thousand characters costs milliseconds at every start of the command.)"""
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
    return _utf8_pairs("gbk") | _utf8_pairs("big5hkscs")


@cache
def _latin_pairs() -> re.Pattern[str]:
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
    """Where in ``text`` something is worth a closer look (step 1), in no set order: a
    set intersection and a regular-expression search over the whole text, so a clean
    page costs next to nothing."""
    if text.isascii():
        # Every fingerprint holds a character above U+007F; ASCII text also spares a
        # one-line run building the lead-byte sets (milliseconds of start-up).
        return
    for ch in _all_utf8_pairs().intersection(text):
        at = text.find(ch)
        while at >= 0:
            yield at
            at = text.find(ch, at + 1)
    for m in _latin_pairs().finditer(text):
        yield m.start()
    for filler in ("锟斤拷", "烫烫烫", "屯屯屯"):
        at = text.find(filler)
        while at >= 0:
            yield at
            at = text.find(filler, at + 1)


def _fingerprint(h: Hypothesis, line: str) -> bool:
    if h.read == "latin-1":
        return _latin_pairs().search(line) is not None
    return not _utf8_pairs("gbk" if h.read == "gb18030" else "big5hkscs").isdisjoint(line)


@dataclass(frozen=True)
class Repair:
    start: int
    end: int
    text: str
    kind: str
    gain: float


@lru_cache(maxsize=64)
def _alternatives(line: str, h: Hypothesis) -> list[tuple[bytes, ...]]:
    """For each character of ``line``, the bytes it may have been read from under ``h``.

    Two characters of GB18030 readers are ambiguous: ``€`` is 0xA2E3 to Python and the
    single byte 0x80 to browsers and Windows; and U+FFFD between two non-ASCII
    characters is the one byte a GB18030 reader cannot read inside such text, 0x80.
    """
    alternatives: list[tuple[bytes, ...]] = []
    gb = h.read == "gb18030"
    for j, ch in enumerate(line):
        if gb and ch == "€":
            alternatives.append((b"\xa2\xe3", b"\x80"))
        elif ch == "\ufffd":
            after = line[j + 1] if j + 1 < len(line) else "\n"
            alternatives.append((b"\x80",) if gb and ord(after) >= 0x80 else ())
        else:
            b = h.encode(ch)
            alternatives.append(() if b is None else (b,))
    return alternatives


#: How many ambiguous characters one span may branch on.
MAX_BRANCHES = 32


@dataclass
class _Reading:
    """One way of reading a span: the reversal so far, and where it may end (index
    after a character of the line, length of the reversal there)."""

    text: str
    marks: list[tuple[int, int]]


#: A reading goes no further than this many characters from its start: a longer span
#: is found in parts, each next part starting where the last one ended (on a character
#: boundary, so the bytes pair up the same way). Without a bound, a line that reads
#: strictly all the way (``é`` over and over is GBK read as Latin-1) was read to its end
#: from every character: quadratic.
MAX_READING = 256
#: ...and stops after this many characters with no place a span could end (ASCII reads
#: the same either way: trailing ASCII is never part of a span).
MAX_GAP = 64
#: Characters read in all, per character of a line, before the line is given up on.
WALK_BUDGET = 8


def _longest(
    line: str,
    alternatives: list[tuple[bytes, ...]],
    h: Hypothesis,
    start: int,
    walked: list[int] | None = None,
) -> _Reading | None:
    """The longest reading from ``start`` that reverses strictly under ``h``.
    Ambiguous characters are tried each way; the reading that goes furthest wins.
    The characters read (every branch counted) are added to ``walked[0]``."""
    best: _Reading | None = None
    budget = MAX_BRANCHES
    n = min(len(line), start + MAX_READING)

    def walk(j: int, state: tuple[bytes, int], reading: _Reading) -> None:
        nonlocal best, budget
        begin = j
        decoder = codecs.getincrementaldecoder(h.written)()
        decoder.setstate(state)
        parts = [reading.text]
        size = len(reading.text)
        marks = reading.marks
        while j < n:
            options = alternatives[j]
            if not options or j - (marks[-1][0] if marks else start) > MAX_GAP:
                break
            if len(options) > 1 and budget > 0:
                budget -= 1
                before = decoder.getstate()
                for option in options:
                    branch = codecs.getincrementaldecoder(h.written)()
                    branch.setstate(before)
                    try:
                        piece = branch.decode(option)
                    except UnicodeDecodeError:
                        continue
                    fork = [*marks]
                    if _at_boundary(line, j, piece, branch):
                        fork.append((j + 1, size + len(piece)))
                    walk(j + 1, branch.getstate(), _Reading("".join(parts) + piece, fork))
                return
            try:
                piece = decoder.decode(options[0])
            except UnicodeDecodeError:
                break
            parts.append(piece)
            size += len(piece)
            if _at_boundary(line, j, piece, decoder):
                marks.append((j + 1, size))
            j += 1
        if walked is not None:
            walked[0] += j - begin + 1
        text = "".join(parts)
        if j < n and line[j] == "\ufffd" and decoder.getstate()[0]:
            # The reader turned a dangling byte into U+FFFD: that character is lost,
            # the ones before it are not.
            text += "\ufffd"
            marks.append((j + 1, len(text)))
        if marks and (best is None or marks[-1][0] > best.marks[-1][0]):
            best = _Reading(text, marks)

    walk(start, (b"", 0), _Reading("", []))
    return best


def _at_boundary(line: str, j: int, piece: str, decoder: codecs.IncrementalDecoder) -> bool:
    """May a span end after character ``j``? On a character boundary of the writer's
    codec, after a character that is not ASCII in one reading or the other (trailing
    ASCII reads the same both ways)."""
    return decoder.getstate()[0] == b"" and (
        ord(line[j]) >= 0x80 or (piece != "" and ord(piece[-1]) >= 0x80)
    )


#: Chinese doubles its dash and ellipsis (——, ……); cp1252 puts both at bytes that are
#: GBK and Big5 lead bytes, so such a pair beside mojibake reads as a hanzi with it.
#: Counted as a little better than free, a doubled mark is left out of a span's edge.
_DOUBLED_BONUS = 0.5


def _doubled_mark(line: str, j: int) -> float:
    ch = line[j]
    if ch not in "—…":
        return 0.0
    doubled = (j > 0 and line[j - 1] == ch) or (j + 1 < len(line) and line[j + 1] == ch)
    return _DOUBLED_BONUS if doubled else 0.0


def _best_part(
    line: str, start: int, reading: _Reading
) -> tuple[float, tuple[int, int, str]] | None:
    """The part of a reading worth replacing: between two of its marks, where reversing
    lowers the summed cost most. Text that reverses strictly but reads worse reversed
    (a correct character beside the mojibake, whose GBK bytes happen to continue the
    UTF-8) is left out at either end."""
    points = [(start, 0), *reading.marks]
    source = target = 0.0
    best: tuple[float, int, int] | None = None
    low_value, low_index = 0.0, 0
    for k in range(1, len(points)):
        (j0, r0), (j1, r1) = points[k - 1], points[k]
        source += sum(char_cost(line[j]) - _doubled_mark(line, j) for j in range(j0, j1))
        target += sum(char_cost(c) for c in reading.text[r0:r1])
        value = source - target
        if best is None or value - low_value >= best[0]:
            best = (value - low_value, low_index, k)
        if value < low_value:
            low_value, low_index = value, k
    if best is None or best[0] <= 0:
        return None
    (a, ra), (b, rb) = points[best[1]], points[best[2]]
    return best[0], (a, b, reading.text[ra:rb])


def _part_from(
    line: str,
    alternatives: list[tuple[bytes, ...]],
    h: Hypothesis,
    i: int,
    walked: list[int] | None = None,
) -> tuple[float, tuple[int, int, str]] | None:
    if ord(line[i]) < 0x80 or not alternatives[i] or not any(h.starts(o) for o in alternatives[i]):
        return None
    reading = _longest(line, alternatives, h, i, walked)
    return None if reading is None else _best_part(line, i, reading)


def _readings(line: str, h: Hypothesis) -> Iterator[tuple[int, int, str]]:
    """Every longest reading under ``h``, untrimmed: the outer round of mojibake of
    mojibake, whose reversal is itself mojibake and cannot be judged by its looks."""
    alternatives = _alternatives(line, h)
    near = _near_fingerprints(line, h)
    walked, budget = [0], WALK_BUDGET * len(line) + 4 * MAX_READING
    i = 0
    while i < len(line):
        options = alternatives[i]
        reading = None
        if (
            ord(line[i]) >= 0x80
            and (near is None or i in near)
            and options
            and any(h.starts(o) for o in options)
        ):
            if walked[0] > budget:
                return
            reading = _longest(line, alternatives, h, i, walked)
        if reading is None:
            i += 1
            continue
        points = [(i, 0), *reading.marks]
        end = points[-1][0]
        # A correct CJK character beside the outer round whose GBK bytes happen to be
        # UTF-8 of a Greek, Cyrillic or other two-byte letter (支 is U+05A7 that way) is
        # not part of it: the outer round of CJK mojibake read by a CJK codec reverses
        # to CJK.
        # (Read as Latin-1, the outer round of GBK mojibake is Latin-1 letters.)
        cjk_reader = h.read != "latin-1"
        while (
            cjk_reader
            and len(points) > 1
            and _two_byte(reading.text[points[-2][1] : points[-1][1]])
        ):
            points.pop()
        while (
            cjk_reader and len(points) > 1 and _two_byte(reading.text[points[0][1] : points[1][1]])
        ):
            points.pop(0)
        if len(points) > 1:
            (a, ra), (b, rb) = points[0], points[-1]
            yield a, b, reading.text[ra:rb]
        i = end


def _two_byte(text: str) -> bool:
    return all("\u0080" <= c < "\u0800" for c in text)


def _near_fingerprints(line: str, h: Hypothesis) -> set[int] | None:
    """Where a span read by GBK or Big5 may start: at a fingerprint character (the
    lead and first continuation byte of a CJK character), or up to two characters
    before one (a two-byte UTF-8 character such as ``·`` may come first). None: anywhere.
    Scanning from every character of a clean line with one rare character would cost
    more than the rest of the pass."""
    if h.read == "latin-1":
        return None
    marks = _utf8_pairs("gbk" if h.read == "gb18030" else "big5hkscs")
    return {j for i, ch in enumerate(line) if ch in marks for j in (i - 2, i - 1, i)}


def _spans(line: str, h: Hypothesis) -> Iterator[tuple[int, int, str]]:
    """The spans of ``line`` worth reversing under ``h``: start, end, reversal."""
    alternatives = _alternatives(line, h)
    n = len(line)
    near = _near_fingerprints(line, h)
    # Characters read so far, and how many a line of this length may read.
    walked, budget = [0], WALK_BUDGET * n + 4 * MAX_READING
    i = 0
    while i < n:
        options = alternatives[i]
        if (
            ord(line[i]) < 0x80
            or (near is not None and i not in near)
            or not options
            or not any(h.starts(o) for o in options)
        ):
            i += 1
            continue
        if walked[0] > budget:
            # Hostile: a line where reading is tried from everywhere and fails. What was
            # found stands; the rest of the line is left as it is.
            return
        part = _part_from(line, alternatives, h, i, walked)
        if part is not None and part[1][0] > i and i + 1 < n:
            # The best part starts later: the character at i may belong to what came
            # before (a curly quote is a cp1252 byte too), so the two-byte codecs may
            # pair the bytes from i + 1 the other way. Keep the better reading.
            other = _part_from(line, alternatives, h, i + 1, walked)
            if other is not None and other[0] > part[0]:
                part = other
        if part is None:
            i += 1
            continue
        yield part[1]
        i = max(part[1][1], i + 1)


@cache
def _unreadable_leads(trail: int) -> bytes:
    """Bytes that Python's strict ``gbk`` codec cannot read before ``trail`` (GBK's
    user-defined areas), and so turns into one U+FFFD, as it does 0x80."""
    leads = []
    for lead in range(0x81, 0xFF):
        try:
            bytes((lead, trail)).decode("gbk")
        except UnicodeDecodeError:
            leads.append(lead)
    return bytes(leads)


_GB18030_ONLY = regex.compile("[\ue000-\uf8ff€]")


@lru_cache(maxsize=8)
def _read_by_gb18030(line: str) -> bool:
    """Does ``line`` hold what only GB18030 reads? Asked once per span of the line; the
    answer is kept, so a long line of many spans is read once, not once per span."""
    return _GB18030_ONLY.search(line) is not None


def _unsure_bytes(line: str, start: int, end: int, h: Hypothesis, repaired: str) -> str:
    """``repaired`` with each character rebuilt from a U+FFFD read as 0x80 turned back
    into U+FFFD when that reading is not the only plausible one.

    GB18030 readers leave U+FFFD only for 0x80 inside such text; Python's narrower
    ``gbk`` codec leaves it also for a byte of a user-defined pair, and then the byte
    could be any of those. A line that holds what only GB18030 reads (private-use
    characters, ``€``) was read by GB18030, and the 0x80 reading stands."""
    if _read_by_gb18030(line):
        return repaired
    chars = list(line[start:end])
    encoded = [b"\x80" if ch == "\ufffd" else h.encode(ch) or b"" for ch in chars]
    raw = b"".join(encoded)
    offset = 0
    for k, ch in enumerate(chars):
        after = h.encode(line[start + k + 1]) if start + k + 1 < len(line) else None
        if ch == "\ufffd" and after:
            for lead in _unreadable_leads(after[0]):
                try:
                    rival = (raw[:offset] + bytes((lead,)) + raw[offset + 1 :]).decode(h.written)
                except UnicodeDecodeError:
                    continue
                if len(rival) != len(repaired) and repaired.endswith("\ufffd"):
                    rival += "\ufffd"
                if len(rival) == len(repaired):
                    repaired = "".join(
                        "\ufffd" if a != b and char_cost(b) <= char_cost(a) + UNSURE else a
                        for a, b in zip(repaired, rival, strict=True)
                    )
        offset += len(encoded[k])
    return repaired


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
    context = char_cost(before) if before else 0.0
    context += char_cost(after) if after else 0.0
    source_cost = cost(before + source + after) - context
    target_cost = cost(before + target + after) - context
    gain = (source_cost - target_cost) / max(1, count_non_ascii(source))
    # A strict reversal is evidence in itself, the more so the more characters it
    # decodes (random text is rarely valid UTF-8, GBK or Big5 for long): the margin
    # asked for shrinks with their number. The span must hold something uncommon.
    # (Latin-1 readings keep the full margin: Latin text has many pairs of them.)
    needed = MIN_GAIN
    if h.read != "latin-1":
        needed = MIN_GAIN * 2 / (1 + count_non_ascii(target))
        if all(char_cost(c) < UNCOMMON for c in source):
            return None
    if target_cost / max(1, count_non_ascii(target)) <= MAX_REPAIRED_COST and gain >= needed:
        return reversal, gain
    return None


def repair_line(line: str, rounds: int = 2) -> tuple[str, Counter[str]]:
    """Reverse the mojibake in one line, up to ``rounds`` of it nested in each other."""
    repairs: list[Repair] = []
    outer: list[Hypothesis] = []
    cjk = HAS_CJK.search(line) is not None
    for h in HYPOTHESES:
        if not _fingerprint(h, line):
            continue
        if rounds > 1 and "\ufffd" not in line:
            # (Two rounds with bytes lost in between leave nothing to pair up right.)
            outer.append(h)
        strong: list[Repair] = []
        weak: list[Repair] = []
        for start, end, reversal in _spans(line, h):
            if h.written != "utf-8" and _utf8_shaped(line[start:end]):
                continue
            judged = _judge(
                line[start:end], reversal, h, line[start - 1 : start], line[end : end + 1]
            )
            if judged is None:
                continue
            text = judged[0]
            if h.read == "gb18030" and "\ufffd" in line[start:end]:
                text = _unsure_bytes(line, start, end, h, text)
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
            # Too little to go on alone: only a lost character, or one CJK character
            # from two Latin-1 ones. Repaired when the line has clear mojibake of the
            # same kind, as mojibake comes in whole lines and fields.
            few = h.written != "utf-8" and _cjk_between_words(repair.text) < MIN_CJK_FROM_LATIN
            (weak if few or not repair.text.strip("\ufffd") else strong).append(repair)
        if strong and (h.read != "latin-1" or _in_cjk_context(line, strong + weak)):
            repairs += strong + weak
    best = _apply(line, repairs)
    for h in outer:
        # The outer round undone everywhere in the line, then the inner one judged
        # in place, with the text around it (a span of the inner round may reach past
        # the outer one's: ASCII reads the same in both).
        # Only readings that look like mojibake and still do once reversed.
        layer = [
            Repair(a, b, text, h.name, 0)
            for a, b, text in _readings(line, h)
            if min(density(line[a:b]), density(text)) > MAX_REPAIRED_COST
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


_LATIN_WORD = regex.compile(r"[A-Za-z]{2,}")


def _cjk_between_words(text: str) -> int:
    """The most CJK characters in a stretch of ``text`` between Latin words."""
    return max(sum(map(is_cjk, piece)) for piece in _LATIN_WORD.split(text))


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
