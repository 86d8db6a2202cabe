"""Runs (part of step 2 of :mod:`newsclean.cjk_mojibake`): a line decoded strictly
once from a character boundary, and the walks from the starts it passes read off it.

A walk from a start reads what a decoder started there reads, and where a decoder holds
nothing after a character it is as good as a new one: so the walk from every such place
a run passes reads the same pieces as the run from there on. On a long line of mojibake
the walk from each start re-read up to :data:`MAX_READING` characters that the walk
before it had read; a run reads them once, and keeps the summed costs of its text, from
which the part of a reading worth replacing is chosen.
"""

from __future__ import annotations

import bisect
import codecs
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, islice

from newsclean import regex
from newsclean.cjk_mojibake.fingerprints import Hypothesis
from newsclean.plausibility import char_cost

NON_ASCII = regex.compile("[^\x00-\x7f]")


@dataclass
class Reading:
    """One way of reading a span: the reversal so far, and where it may end (index
    after a character of the line, length of the reversal there)."""

    text: str
    marks: list[tuple[int, int]]
    #: Summed character costs before each place of the text, as a list and the place in
    #: it where the text starts (a run's sums, shared by the readings off it); None:
    #: summed when asked.
    costs: tuple[list[float], int] | None = field(default=None, compare=False)


#: A reading goes no further than this many characters from its start: a longer span
#: is found in parts, each next part starting where the last one ended (on a character
#: boundary, so the bytes pair up the same way). Without a bound, a line that reads
#: strictly all the way (``é`` over and over is GBK read as Latin-1) was read to its end
#: from every character: quadratic.
MAX_READING = 256
#: ...and stops after this many characters with no place a span could end (ASCII reads
#: the same either way: trailing ASCII is never part of a span).
MAX_GAP = 64


@dataclass
class _Run:
    """The line decoded strictly from one character boundary, as far as it has been
    read: its text, the text's length before each character read (``offsets[k]``
    before character ``start + k``), whether the decoder held part of a character
    there, and the places a span may end (with the text's length there, and the
    indexes of those that come more than :data:`MAX_GAP` characters after the one
    before, where a walk stops). ``end`` is the next character to read;
    ``stopped`` says there is none (the line's end, a character with no bytes or that
    fails to decode), ``ambiguous`` that it is one read two ways."""

    start: int
    decoder: codecs.IncrementalDecoder
    text: str
    offsets: list[int]
    pending: list[bool]
    marks: list[int]
    mark_sizes: list[int]
    gaps: list[int]
    end: int
    #: Summed costs of the text's characters before each place in it.
    costs: list[float]
    stopped: bool = False
    ambiguous: bool = False


@lru_cache(maxsize=16)
def _runs(line: str, h: Hypothesis) -> dict[int, _Run]:
    """The runs of ``line`` read under ``h``, by every boundary they pass where the
    decoder holds nothing. From such a place a walk reads the same pieces as a decoder
    that starts there, so the walks from the starts a run passes are read off it: on a
    long line of mojibake each start's walk re-read up to :data:`MAX_READING` characters
    that the walk before it had read."""
    return {}


def _extend(
    run: _Run, line: str, alternatives: list[tuple[bytes, ...]], to: int, where: dict[int, _Run]
) -> None:
    """Read ``run`` on to character ``to``, or to where it stops."""
    j, size, pending = run.end, run.offsets[-1], run.pending[-1]
    parts: list[str] = []
    # Bound once: this loop is most of the reading of a long line.
    decode, getstate = run.decoder.decode, run.decoder.getstate
    offsets, pendings, marks = run.offsets, run.pending, run.marks
    while j < to:
        options = alternatives[j]
        if len(options) != 1:
            run.stopped, run.ambiguous = True, len(options) > 1
            break
        if not pending and line[j] < "\x80":
            # Every writer reads ASCII between characters as itself.
            found = NON_ASCII.search(line, j, to)
            k = found.start() if found else to
            parts.append(line[j:k])
            offsets.extend(range(size + 1, size + k - j + 1))
            pendings.extend([False] * (k - j))
            size += k - j
            j = k
            where.setdefault(j, run)
            continue
        try:
            piece = decode(options[0])
        except UnicodeDecodeError:
            run.stopped = True
            break
        parts.append(piece)
        size += len(piece)
        state = getstate()
        pending = state[0] != b""
        if not pending and (line[j] >= "\x80" or (piece != "" and piece[-1] >= "\x80")):
            if marks and j - marks[-1] > MAX_GAP:
                run.gaps.append(len(marks))
            marks.append(j + 1)
            run.mark_sizes.append(size)
        offsets.append(size)
        pendings.append(pending)
        j += 1
        if state == (b"", 0):
            where.setdefault(j, run)
    run.end = j
    run.stopped = run.stopped or j == len(line)
    more = "".join(parts)
    run.text += more
    run.costs.extend(islice(accumulate(map(char_cost, more), initial=run.costs[-1]), 1, None))


def read_on_run(
    line: str, alternatives: list[tuple[bytes, ...]], h: Hypothesis, start: int
) -> tuple[Reading | None, int] | None:
    """The longest strict reading from ``start`` (see
    :func:`~newsclean.cjk_mojibake.readings._longest`) read off a run, and the characters
    its walk reads; None when the walk meets an ambiguous character (it branches)."""
    where = _runs(line, h)
    run = where.get(start)
    if run is None:
        decoder = codecs.getincrementaldecoder(h.written)()
        run = where[start] = _Run(start, decoder, "", [0], [False], [], [], [], start, [0.0])
    n = min(len(line), start + MAX_READING)
    if not run.stopped and run.end < n:
        # Read ahead as far again as the run has come: a long line is read once.
        _extend(run, line, alternatives, min(len(line), max(n, 2 * run.end - run.start)), where)
    base = run.offsets[start - run.start]
    limit = min(run.end, n)
    # The walk takes the marks up to the limit, and stops at the first gap too wide
    # (from the start to the first mark, or between two marks).
    first = bisect.bisect_right(run.marks, start)
    stop = bisect.bisect_right(run.marks, limit)
    if first < stop and run.marks[first] - 1 - start > MAX_GAP:
        stop = first
    gap = bisect.bisect_right(run.gaps, first)
    if gap < len(run.gaps):
        stop = min(stop, run.gaps[gap])
    marks = [
        (m, size - base)
        for m, size in zip(run.marks[first:stop], run.mark_sizes[first:stop], strict=True)
    ]
    last = marks[-1][0] if marks else start
    j = min(limit, last + MAX_GAP + 1)
    if run.ambiguous and j == run.end < n and j - last <= MAX_GAP:
        return None
    text = run.text[base : run.offsets[j - run.start]]
    costs: tuple[list[float], int] | None = (run.costs, base)
    if j < n and line[j] == "\ufffd" and run.pending[j - run.start]:
        # The reader turned a dangling byte into U+FFFD: that character is lost,
        # the ones before it are not.
        text += "\ufffd"
        marks.append((j + 1, len(text)))
        costs = None
    return (Reading(text, marks, costs) if marks else None), j - start + 1
