"""The strict readings skip ASCII and give what reading it character by character gives.

Every codec here reads an ASCII character between two characters as itself, and no span
ends after one, so ``readings._longest`` takes a run of ASCII whole and the searches for
spans jump over it; and it reads each walk off a run decoded once from a character
boundary, the part worth replacing chosen from the run's summed costs. These tests hold
it to the reading it replaced, which decoded every character from every start and summed
each stretch (below, as it was), on every line of the fixture pages, on the hostile
cases' text, on mojibake made from tests/clean and on generated text made of what the
codecs turn on.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cjk_mojibake import readings
from newsclean.cjk_mojibake.fingerprints import HYPOTHESES, Hypothesis
from newsclean.cjk_mojibake.readings import MAX_BRANCHES, _at_boundary
from newsclean.cjk_mojibake.runs import MAX_GAP, MAX_READING, Reading
from newsclean.plausibility import char_cost
from tests.conftest import READABLE_PAGES
from tests.hostile.cases import CASES

PAGES = READABLE_PAGES


def _longest_slowly(
    line: str,
    alternatives: list[tuple[bytes, ...]],
    h: Hypothesis,
    start: int,
    walked: list[int] | None = None,
) -> Reading | None:
    """The longest reading from ``start`` that reverses strictly under ``h``.
    Ambiguous characters are tried each way; the reading that goes furthest wins.
    The characters read (every branch counted) are added to ``walked[0]``."""
    best: Reading | None = None
    budget = MAX_BRANCHES
    n = min(len(line), start + MAX_READING)

    def walk(j: int, state: tuple[bytes, int], reading: Reading) -> None:
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
                    walk(j + 1, branch.getstate(), Reading("".join(parts) + piece, fork))
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
            best = Reading(text, marks)

    walk(start, (b"", 0), Reading("", []))
    return best


def _best_part_slowly(
    line: str, start: int, reading: Reading
) -> tuple[float, tuple[int, int, str]] | None:
    """``readings._best_part`` as it was: each stretch of the reading summed anew."""
    points = [(start, 0), *reading.marks]
    source = target = 0.0
    best: tuple[float, int, int] | None = None
    low_value, low_index = 0.0, 0
    line_costs = readings._line_costs(line)
    for k in range(1, len(points)):
        (j0, r0), (j1, r1) = points[k - 1], points[k]
        source += line_costs[j1] - line_costs[j0]
        target += sum(map(char_cost, reading.text[r0:r1]))
        value = source - target
        if best is None or value - low_value >= best[0]:
            best = (value - low_value, low_index, k)
        if value < low_value:
            low_value, low_index = value, k
    if best is None or best[0] <= 0:
        return None
    (a, ra), (b, rb) = points[best[1]], points[best[2]]
    return best[0], (a, b, reading.text[ra:rb])


def _same_spans(line: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Asserts the spans and the untrimmed readings of ``line`` under every hypothesis
    are those the slow forms give, the line's budget of characters walked included;
    how many spans there were."""
    found = 0
    for h in HYPOTHESES:
        fast = list(readings.spans(line, h)), list(readings.readings(line, h))
        with monkeypatch.context() as slow_forms:
            slow_forms.setattr(readings, "_longest", _longest_slowly)
            slow_forms.setattr(readings, "_best_part", _best_part_slowly)
            slow = list(readings.spans(line, h)), list(readings.readings(line, h))
        assert fast == slow, (line[:80], h.name)
        found += len(fast[0])
    return found


def _mojibake_of_clean() -> list[str]:
    """Every other line of tests/clean with a character above ASCII, written in one
    codec and read in another as the hypotheses say (one pair a line, in turn)."""
    pairs = [("utf-8", "gbk"), ("utf-8", "big5"), ("gbk", "latin-1"), ("big5", "latin-1")]
    pairs += [("utf-8", "latin-1"), ("utf-8", "cp1252")]
    clean = sorted(Path(__file__).parent.glob("clean/**/*.txt"))
    lines = [ln for page in clean for ln in page.read_text("utf-8").splitlines()]
    made = []
    for k, line in enumerate(ln for ln in lines if not ln.isascii()):
        if k % 2 == 0:
            written, read = pairs[k // 2 % len(pairs)]
            made.append(line.encode(written, "replace").decode(read, "replace"))
    return made


def test_same_spans_on_fixture_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = {
        line
        for page in PAGES
        for line in page.read_text("utf-8", errors="replace").splitlines()
        if not line.isascii()
    }
    assert sum(_same_spans(line, monkeypatch) for line in sorted(lines)) > 50


def test_same_spans_on_hostile_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long lines of mojibake, where the walks from every start read off one run, and
    the line's budget of characters walked runs out."""
    found = 0
    for _, make in CASES:
        text = make(3000).decode("utf-8", "replace")
        for line in {ln for ln in text.splitlines() if not ln.isascii()}:
            found += _same_spans(line, monkeypatch)
    assert found > 20


def test_same_spans_on_mojibake_of_clean_text(monkeypatch: pytest.MonkeyPatch) -> None:
    made = _mojibake_of_clean()
    assert len(made) > 200
    assert sum(_same_spans(line, monkeypatch) for line in made) > 100


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
