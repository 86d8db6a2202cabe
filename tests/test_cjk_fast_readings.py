"""The strict readings skip ASCII and give what reading it character by character gives.

Every codec here reads an ASCII character between two characters as itself, and no span
ends after one, so ``readings._longest`` takes a run of ASCII whole and the searches for
spans jump over it. These tests hold it to the reading it replaced, which decoded every
character (below, as it was), on every line of the fixture pages and on generated text
made of what the codecs turn on.
"""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cjk_mojibake import readings
from newsclean.cjk_mojibake.fingerprints import HYPOTHESES, Hypothesis
from newsclean.cjk_mojibake.readings import MAX_BRANCHES, MAX_GAP, MAX_READING, _at_boundary
from tests.conftest import READABLE_PAGES

PAGES = READABLE_PAGES


def _longest_slowly(
    line: str,
    alternatives: list[tuple[bytes, ...]],
    h: Hypothesis,
    start: int,
    walked: list[int] | None = None,
) -> readings._Reading | None:
    """The longest reading from ``start`` that reverses strictly under ``h``.
    Ambiguous characters are tried each way; the reading that goes furthest wins.
    The characters read (every branch counted) are added to ``walked[0]``."""
    best: readings._Reading | None = None
    budget = MAX_BRANCHES
    n = min(len(line), start + MAX_READING)

    def walk(j: int, state: tuple[bytes, int], reading: readings._Reading) -> None:
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
                    walk(j + 1, branch.getstate(), readings._Reading("".join(parts) + piece, fork))
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
            best = readings._Reading(text, marks)

    walk(start, (b"", 0), readings._Reading("", []))
    return best


def _same_readings(line: str, h: Hypothesis) -> int:
    """Asserts the two readings agree from every character above ASCII; how many read."""
    alternatives = readings._alternatives(line, h)
    found = 0
    for i, ch in enumerate(line):
        if ch >= "\x80":
            fast_walked, slow_walked = [0], [0]
            fast = readings._longest(line, alternatives, h, i, fast_walked)
            slow = _longest_slowly(line, alternatives, h, i, slow_walked)
            assert fast == slow, (line, h.name, i)
            assert fast_walked == slow_walked, (line, h.name, i)
            found += fast is not None and any(c < "\x80" for c in fast.text)
    return found


def test_ascii_is_read_as_itself() -> None:
    for h in HYPOTHESES:
        ascii_line = "".join(map(chr, range(0x80)))
        assert readings._alternatives(ascii_line, h) == [
            (h.encode(ch) or b"",) for ch in ascii_line
        ]


def test_same_on_fixture_lines() -> None:
    found = 0
    for page in PAGES:
        for line in page.read_text("utf-8", errors="replace").splitlines():
            if not line.isascii():
                found += sum(_same_readings(line[:300], h) for h in HYPOTHESES)
    # Readings that run over ASCII, as most do in accented Latin text.
    assert found > 100


_PIECES = [
    "décès",
    "\xa0",
    " ",
    "de la ",
    "größeren",
    "ÉÌÌÀ¿Æ¼¼",
    "¤¤¤å",
    "Ã©",
    "â€™",
    "鍟嗘堡",
    "€",
    "\ufffd",
    "1",
    "x" * 70,
    "é1",
]


@settings(max_examples=500, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_same_on_generated_lines(line: str) -> None:
    for h in HYPOTHESES:
        _same_readings(line, h)
