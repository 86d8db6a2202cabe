"""Strict readings of a line under one hypothesis (step 2 of
:mod:`newsclean.cjk_mojibake`): spans whose characters, encoded in the codec that read
them, decode in the codec that wrote them, trimmed to the part that reads better
reversed."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import accumulate

from newsclean import regex
from newsclean.cjk_mojibake.fingerprints import Hypothesis, utf8_pairs
from newsclean.cjk_mojibake.runs import MAX_GAP, MAX_READING, NON_ASCII, read_on_run
from newsclean.cjk_mojibake.runs import Reading as _Reading
from newsclean.plausibility import char_cost

#: A rival reading of a byte is as good when its character costs at most this more.
UNSURE = 1.0


#: Every reader here reads ASCII as itself.
_ASCII = [(bytes((b,)),) for b in range(0x80)]


@lru_cache(maxsize=64)
def _alternatives(line: str, h: Hypothesis) -> list[tuple[bytes, ...]]:
    """For each character of ``line``, the bytes it may have been read from under ``h``.

    Two characters of GB18030 readers are ambiguous: ``€`` is 0xA2E3 to Python and the
    single byte 0x80 to browsers and Windows; and U+FFFD between two non-ASCII
    characters is the one byte a GB18030 reader cannot read inside such text, 0x80.
    """
    gb = h.read == "gb18030"
    # Each character is encoded once a line, not once each time the line has it.
    table: dict[str, tuple[bytes, ...]] = {}
    for ch in set(line):
        if ch < "\x80":
            table[ch] = _ASCII[ord(ch)]
        elif gb and ch == "€":
            table[ch] = (b"\xa2\xe3", b"\x80")
        elif ch == "\ufffd":
            table[ch] = ()
        else:
            b = h.encode(ch)
            table[ch] = () if b is None else (b,)
    alternatives = [table[ch] for ch in line]
    if gb:
        j = line.find("\ufffd")
        while j >= 0:
            after = line[j + 1] if j + 1 < len(line) else "\n"
            if ord(after) >= 0x80:
                alternatives[j] = (b"\x80",)
            j = line.find("\ufffd", j + 1)
    return alternatives


#: How many ambiguous characters one span may branch on.
MAX_BRANCHES = 32


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
    The characters read (every branch counted) are added to ``walked[0]``: what the walk
    from ``start`` reads, though a run read from an earlier start may answer for it."""
    failed = _fails_at_once(line, alternatives, h, start)
    if failed:
        if walked is not None:
            walked[0] += failed
        return None
    on_run = read_on_run(line, alternatives, h, start)
    if on_run is not None:
        reading, read = on_run
        if walked is not None:
            walked[0] += read
        return reading
    return _longest_branching(line, alternatives, h, start, walked)


def _longest_branching(
    line: str,
    alternatives: list[tuple[bytes, ...]],
    h: Hypothesis,
    start: int,
    walked: list[int] | None,
) -> _Reading | None:
    """:func:`_longest` where the walk meets an ambiguous character, read each way."""
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
        # The bytes the decoder holds of a character begun: kept here, not asked of
        # the decoder twice a character (the walk is most of the pass on a long line).
        pending = state[0]
        while j < n:
            options = alternatives[j]
            if not options or j - (marks[-1][0] if marks else start) > MAX_GAP:
                break
            if not pending and line[j] < "\x80":
                # Between characters every writer reads ASCII as itself, and no span
                # ends after it: the run is taken whole, up to where the gap ends.
                last = marks[-1][0] if marks else start
                found = NON_ASCII.search(line, j, min(n, last + MAX_GAP + 1))
                k = found.start() if found else min(n, last + MAX_GAP + 1)
                parts.append(line[j:k])
                size += k - j
                j = k
                continue
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
            pending = decoder.getstate()[0]
            # A span may end here: see :func:`_at_boundary`.
            if not pending and (line[j] >= "\x80" or (piece != "" and piece[-1] >= "\x80")):
                marks.append((j + 1, size))
            j += 1
        if walked is not None:
            walked[0] += j - begin + 1
        text = "".join(parts)
        if j < n and line[j] == "\ufffd" and pending:
            # The reader turned a dangling byte into U+FFFD: that character is lost,
            # the ones before it are not.
            text += "\ufffd"
            marks.append((j + 1, len(text)))
        if marks and (best is None or marks[-1][0] > best.marks[-1][0]):
            best = _Reading(text, marks)

    walk(start, (b"", 0), _Reading("", []))
    return best


def _fails_at_once(
    line: str, alternatives: list[tuple[bytes, ...]], h: Hypothesis, start: int
) -> int:
    """How many characters a walk from ``start`` reads before it fails with no place to
    end, when that is its first or second character (a UTF-8 lead byte before one that
    cannot follow it, ``é`` before ``é``); 0 when it may get further. From each
    character of a long line that no reading takes, the walk was most of the pass; this
    answer is kept per pair of bytes."""
    if start + 1 >= len(line) or line[start] < "\x80" or line[start + 1] == "\ufffd":
        return 0
    first, second = alternatives[start], alternatives[start + 1]
    if len(first) != 1 or len(second) != 1:
        return 0
    return _pair_fails(h.written, first[0], second[0])


@cache
def _pair_fails(written: str, first: bytes, second: bytes) -> int:
    decoder = codecs.getincrementaldecoder(written)()
    try:
        if decoder.decode(first):
            return 0
    except UnicodeDecodeError:
        return 1
    try:
        decoder.decode(second)
    except UnicodeDecodeError:
        return 2
    return 0


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


@lru_cache(maxsize=8)
def _line_costs(line: str) -> list[float]:
    """The summed cost of ``line``'s characters before each place in it, its doubled
    marks counted as :func:`_doubled_mark` says. Every span tried in the line sums
    stretches of it: the sums are made once a line, not once a span (costs are whole
    and half units, so differences of these sums are exact)."""
    return [
        0.0,
        *accumulate(char_cost(ch) - _doubled_mark(line, j) for j, ch in enumerate(line)),
    ]


def _best_part(
    line: str, start: int, reading: _Reading
) -> tuple[float, tuple[int, int, str]] | None:
    """The part of a reading worth replacing: between two of its marks, where reversing
    lowers the summed cost most. Text that reverses strictly but reads worse reversed
    (a correct character beside the mojibake, whose GBK bytes happen to continue the
    UTF-8) is left out at either end."""
    points = [(start, 0), *reading.marks]
    best: tuple[float, int, int] | None = None
    low_value, low_index = 0.0, 0
    line_costs = _line_costs(line)
    costs, base = reading.costs or ([0.0, *accumulate(map(char_cost, reading.text))], 0)
    # Sums of whole and half units: their differences are exact, as the sums of each
    # stretch were.
    source0, target0 = line_costs[start], costs[base]
    for k in range(1, len(points)):
        j1, r1 = points[k]
        value = (line_costs[j1] - source0) - (costs[base + r1] - target0)
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
    """The best part (``_best_part``) of the longest reading from ``i``: ``_longest``
    with its own arguments, after the refusals that need no walk (an ASCII character,
    or no bytes of ``line[i]`` that a span under ``h`` can start with)."""
    if ord(line[i]) < 0x80 or not alternatives[i] or not any(h.starts(o) for o in alternatives[i]):
        return None
    reading = _longest(line, alternatives, h, i, walked)
    return None if reading is None else _best_part(line, i, reading)


def _next_non_ascii(line: str, i: int) -> int:
    """Where the next character from ``i`` above ASCII is (the line's end: none). No
    reading starts at ASCII, which every codec here reads as itself."""
    found = NON_ASCII.search(line, i)
    return found.start() if found else len(line)


def readings(line: str, h: Hypothesis) -> Iterator[tuple[int, int, str]]:
    """Every longest reading under ``h``, untrimmed: the outer round of mojibake of
    mojibake, whose reversal is itself mojibake and cannot be judged by its looks."""
    alternatives = _alternatives(line, h)
    near = _near_fingerprints(line, h)
    walked, budget = [0], WALK_BUDGET * len(line) + 4 * MAX_READING
    i = 0
    while i < len(line):
        if line[i] < "\x80":
            i = _next_non_ascii(line, i)
            continue
        options = alternatives[i]
        reading = None
        if (near is None or i in near) and options and any(h.starts(o) for o in options):
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


def readable(data: bytes, i: int, codec: str) -> bool:
    """Can a strict reading in ``codec`` take in byte ``i`` of ``data``? Only inside one
    character, so a run of one to four bytes around it (GB18030 and UTF-8 go up to
    four) must decode on its own."""
    for size in range(1, 5):
        for a in range(max(0, i - size + 1), min(i, len(data) - size) + 1):
            try:
                data[a : a + size].decode(codec)
            except UnicodeDecodeError:
                continue
            return True
    return False


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
    marks = utf8_pairs("gbk" if h.read == "gb18030" else "big5hkscs")
    return {j for i, ch in enumerate(line) if ch in marks for j in (i - 2, i - 1, i)}


def spans(line: str, h: Hypothesis) -> Iterator[tuple[int, int, str]]:
    """The spans of ``line`` worth reversing under ``h``: start, end, reversal."""
    alternatives = _alternatives(line, h)
    n = len(line)
    near = _near_fingerprints(line, h)
    # Characters read so far, and how many a line of this length may read.
    walked, budget = [0], WALK_BUDGET * n + 4 * MAX_READING
    i = 0
    while i < n:
        if line[i] < "\x80":
            i = _next_non_ascii(line, i)
            continue
        options = alternatives[i]
        if (
            (near is not None and i not in near)
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


def unsure_bytes(line: str, start: int, end: int, h: Hypothesis, repaired: str) -> str:
    """``repaired`` with each character rebuilt from a U+FFFD read as 0x80 turned back
    into U+FFFD when that reading is not the only plausible one.

    GB18030 readers leave U+FFFD only for 0x80 inside such text; Python's narrower
    ``gbk`` codec leaves it also for a byte of a user-defined pair, and then the byte
    could be any of those. A line that holds what only GB18030 reads (private-use
    characters, ``€``) was read by GB18030, and the 0x80 reading stands."""
    if _read_by_gb18030(line):
        return repaired
    return _unsure_span(line[start : end + 1], end - start, h, repaired)


@lru_cache(maxsize=256)
def _unsure_span(text: str, size: int, h: Hypothesis, repaired: str) -> str:
    """:func:`unsure_bytes` of the span ``text[:size]``, the character after it (if
    any) last in ``text``. Kept: mojibake repeats (a name, a word, a whole line that a
    page or a feed sets again), and each U+FFFD is read again with every byte it may
    have been."""
    chars = list(text[:size])
    encoded = [b"\x80" if ch == "\ufffd" else h.encode(ch) or b"" for ch in chars]
    raw = b"".join(encoded)
    offset = 0
    for k, ch in enumerate(chars):
        after = h.encode(text[k + 1]) if ch == "\ufffd" and k + 1 < len(text) else None
        if after:
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
