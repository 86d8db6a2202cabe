"""interleave: two columns that OCR read row by row put back one after the other.

Defect: OCR engines that return text boxes (PaddleOCR, many cloud OCRs, hOCR flattened by
height) sort the boxes top to bottom across the page. Two columns set side by side then
come out line by line in turn: column A's first line, column B's first line, A's second,
B's second… Where one column's lines sit a little higher than the other's, or a headline
takes more height in one of them, two lines of one column follow each other, so the turns
are not strict. Read in that order each column's text runs on every other line.

Recognition: how well one line runs on into another is judged from the text at the break
(``page/runon``: the score of a join, in log odds that the second line is the first one's
next line; words and marks across the break, hyphens, case, brackets, the measure).

A dynamic programme over the block's lines finds the best reading: each line either
follows in the order read, or belongs to one of two columns read in turn (each line's
column mate at most a few lines back), for runs of the block. A run is taken only when
its two columns together read clearly better than the lines in the order read (by
``MIN_GAIN``), on several rows (each column at least ``MIN_ROWS`` lines), with more joins
of strong evidence (a word or a mark across the break) than the order read has, by at
least one for every five lines; and when it looks like two columns read in turn: its lines
mostly alternate between the columns, and the neighbours it parts seldom join strongly.
Its lines are then set column by column: first the column of the run's first line,
unless the other one's last line clearly runs on into that column's first line. Lines
keep their origins.

Where the gutter is narrow, an engine may merge the two columns' boxes of one row into
one line (the end of column A's line, then column B's). A line clearly wider than the
two lines before it, one of each column, where the line two before is a full line of
its column (as wide as the one two before it, running on without a sentence's end), is
cut where its left piece is as wide as that line (the joins of the pieces choose among
the cuts nearest the measure; the right piece is no wider than the other column's lines
before it); the cut is kept only when the columns, read apart, part its pieces, and the
block is otherwise read as if no line had been cut. Both pieces keep the line's origin.

Verse, lists, tables and dialogue (alternating short and long lines without words
broken across them) show no such evidence and are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from newsclean.chardata import HAS_CJK, display_width, ends_sentence, has_cjk
from newsclean.dehyphenate import language_of as latin_language
from newsclean.model import PLAIN, Block, Document
from newsclean.options import Options
from newsclean.page.describe import NO_LINE_START
from newsclean.page.runon import (
    HYPHENS,
    MIN_MEASURED,
    SAME_MEASURE,
    LineEnds,
    join_odds,
    may_start_word,
    read_line,
    word_openers,
)

NAME = "interleave"
DESCRIPTION = "two columns that OCR read in turn, line by line, put back one after the other"


#: A line's column mate (the line before it in its column) is at most this many lines
#: back: one column's line pitch or a headline may set two or three of its lines between
#: two of the other's.
REACH = 4
#: Each column of a run holds at least this many lines.
MIN_ROWS = 4
#: A run's columns read better than the order read by at least this much (log odds)...
MIN_GAIN = 8.0
#: ...and hold at least this many more joins of strong evidence...
MIN_STRONG = 5
#: ...and this many for each of its lines: where two columns are read in turn, about two
#: breaks in five split a CJK word, and narrow Latin columns hyphenate one line in five
#: to ten; far fewer is chance.
MIN_STRONG_SHARE = 0.2
#: At most this share of a run's lines follow a line of their own column...
MAX_SAME = 0.2
#: ...and the neighbours it parts join strongly at most this share of its strong joins.
MAX_PARTED = 0.25
#: Cost of reading a run in two columns, paid once per run...
ENTER = 4.0
#: ...and of each line that follows a line of its own column rather than the other's:
#: the columns are read in turn, and only now and then does one give two lines in a row.
SAME = 1.0

#: Joins scoring at least this much are strong evidence.
STRONG = 2.0
#: A line this many times as wide as the lines of both columns before it may hold a line
#: of each...
MERGED = 1.3
#: ...cut where its left piece is as wide as the left column's line, within this many
#: half-em cells.
CUT_SLACK = 4
#: Cost of each half-em cell that a cut's left piece is off the left column's measure.
CUT_COST = 2.0


class _Run:
    """Lines ``start`` to ``end`` (exclusive) of a block, read as two columns: ``column``
    gives each line's (0 or 1). (A plain class: trimming makes one for each line it
    tries, and a frozen dataclass's ``__init__`` is slow.)"""

    __slots__ = ("column", "end", "start")

    def __init__(self, start: int, end: int, column: dict[int, int]) -> None:
        self.start = start
        self.end = end
        self.column = column

    def columns(self) -> tuple[list[int], list[int]]:
        """Each column's lines, the column of the run's first line first."""
        head = self.column[self.start]
        lines = range(self.start, self.end)
        return (
            [i for i in lines if self.column[i] == head],
            [i for i in lines if self.column[i] != head],
        )


#: A state of the reading: ``(t, -1)``, line t read in order; ``(t, u)``, lines t and
#: u < t the last lines so far of the two columns of a run.
_State = tuple[int, int]


def _runs(lines: list[LineEnds], language: str | None) -> list[_Run]:
    n = len(lines)
    # layers[t][u]: the best score of a state (t, u); backs[t][u]: the state before it.
    # A state is offered a value, and kept if it beats the one held (the first offered
    # wins a tie); the offers are written out in the loop, since a function call per
    # offer cost more than the offer.
    layers: list[dict[int, float]] = [{} for _ in range(n)]
    backs: list[dict[int, _State | None]] = [{} for _ in range(n)]
    layers[0][-1], backs[0][-1] = 0.0, None
    if n > 1:
        # A run opens on a row, lines 0 and 1 heading the two columns.
        layers[1][0], backs[1][0] = -ENTER, None
    lowest = float("-inf")
    for t in range(n - 1):
        after = lines[t + 1]
        step = join_odds(lines[t], after, language)
        nxt, nxt_back = layers[t + 1], backs[t + 1]
        for u, value in layers[t].items():
            if u < 0:
                here: _State = (t, -1)
                score = value + step
                if score > nxt.get(-1, lowest):
                    nxt[-1], nxt_back[-1] = score, here
                if t + 2 < n:
                    # Lines t + 1 and t + 2 head the two columns of a run.
                    score = value - ENTER
                    if score > layers[t + 2].get(t + 1, lowest):
                        layers[t + 2][t + 1], backs[t + 2][t + 1] = score, here
                continue
            # Line t + 1 follows line t in its column, or line u in the other; or the
            # run closes and line t + 1 is read in order again.
            here = (t, u)
            if t + 1 - u <= REACH:
                score = value + step - SAME
                if score > nxt.get(u, lowest):
                    nxt[u], nxt_back[u] = score, here
            score = value + join_odds(lines[u], after, language)
            if score > nxt.get(t, lowest):
                nxt[t], nxt_back[t] = score, here
            if value > nxt.get(-1, lowest):
                nxt[-1], nxt_back[-1] = value, here
    last = layers[n - 1]
    end: _State | None = (n - 1, max(last, key=last.__getitem__))
    path: list[_State] = []
    while end is not None:
        path.append(end)
        end = backs[end[0]][end[1]]
    path.reverse()
    runs: list[_Run] = []
    column: dict[int, int] = {}
    start = 0
    previous: _State | None = None
    for t, u in path:
        if u < 0:
            if column:
                runs.append(_Run(start, t, column))
                column = {}
        elif previous is None or previous[1] < 0:
            start, column = u, {u: 0, t: 1}
        else:
            column[t] = column[t - 1] if u == previous[1] else 1 - column[t - 1]
        previous = (t, u)
    if column:
        runs.append(_Run(start, n, column))
    return runs


def _order(run: _Run, lines: list[LineEnds], language: str | None) -> list[int]:
    """The run's lines column by column: first the column of its first line, unless the
    other column's foot runs on into that column's head and not the other way round."""
    first, second = run.columns()
    forward = join_odds(lines[first[-1]], lines[second[0]], language)
    backward = join_odds(lines[second[-1]], lines[first[0]], language)
    if backward >= STRONG and forward < STRONG:
        return second + first
    return first + second


def _evidence(run: _Run, lines: list[LineEnds], language: str | None) -> tuple[float, int]:
    """What the run read column by column says for itself and the order read does not:
    the joins of the new reading that the order read lacks (with the lines before and
    after the run), against the joins of the order read that it parts (their sum, and how
    many more are strong).

    Only positive evidence counts here: a page's stray marks and headlines join with
    nothing, so against them splitting lines into columns always looks better.
    """
    around = range(max(run.start - 1, 0), min(run.end + 1, len(lines)))
    before = list(range(around.start, run.start))
    after = list(range(run.end, around.stop))
    reading = before + _order(run, lines, language) + after
    new = set(pairwise(reading))
    old = set(pairwise(around))
    gained = [max(0.0, join_odds(lines[a], lines[b], language)) for a, b in new - old]
    lost = [max(0.0, join_odds(lines[a], lines[b], language)) for a, b in old - new]
    strong = sum(1 for j in gained if j >= STRONG) - sum(1 for j in lost if j >= STRONG)
    return sum(gained) - sum(lost), strong


def _trimmed(run: _Run, lines: list[LineEnds], language: str | None) -> _Run:
    """The run without the lines at its ends that add nothing to its evidence: the last
    line before two columns start, or the first after they end, often has no join that
    says where it belongs, and is read in order."""
    best = _evidence(run, lines, language)
    for step in ((1, 0), (0, -1)):
        while run.end - run.start > 2 * MIN_ROWS:
            shorter = _Run(run.start + step[0], run.end + step[1], run.column)
            evidence = _evidence(shorter, lines, language)
            if evidence < best:
                break
            run, best = shorter, evidence
    return run


def _taken(run: _Run, lines: list[LineEnds], language: str | None) -> list[int] | None:
    """The run's lines in reading order, or None when the evidence is not strong enough.

    Besides the evidence for the columns, the run must look like two columns read in
    turn: lines mostly alternate between the columns, and few of the neighbours it parts
    join strongly (lines of different columns join only by chance). Text
    in one column whose paragraphs end on most lines gives away little at its breaks, so
    a few chance words across every other line must not split it.
    """
    first, second = run.columns()
    if min(len(first), len(second)) < MIN_ROWS:
        return None
    gain, strong = _evidence(run, lines, language)
    if gain < MIN_GAIN or strong < max(MIN_STRONG, MIN_STRONG_SHARE * (run.end - run.start)):
        return None
    read = list(pairwise(range(run.start, run.end)))
    same = sum(1 for a, b in read if run.column[a] == run.column[b])
    parted = sum(
        1
        for a, b in read
        if run.column[a] != run.column[b] and join_odds(lines[a], lines[b], language) >= STRONG
    )
    if same > MAX_SAME * len(read) or parted > MAX_PARTED * strong:
        return None
    return _order(run, lines, language)


def _may_join_strongly(text: str) -> bool:
    """Can a join that opens with this line be strong evidence? Only across a CJK line's
    break (a word or a mark) or a hyphen: a Latin line without one joins by its lower-case
    start, a bracket it closes and its measure, and no line starts both in lower case and
    with a closing bracket, so these stay below ``STRONG``. Asked of the text, before the
    line is described (the hyphen's mark alone, a superset of ``hyphen_stem``)."""
    text = text.strip()
    return text[-1:] in HYPHENS or has_cjk(text)


def _cuts(
    texts: list[str], language: str | None, read: Callable[[str], LineEnds] = read_line
) -> dict[int, tuple[str, str]]:
    """The lines that may hold a line of each column, merged into one box, and the two
    pieces each is cut into.

    Such a line is clearly wider than the two lines before it (one of each column), the
    first of which runs on without a sentence's end and is as wide as the line two before
    it (a full line of its column); its
    left piece is as wide as that line, its right piece no wider than the other column's
    lines before it (the line before, and the one two before that), and it is cut where
    the pieces join best (the left one after the line two before and into the next
    lines, the right one after the line before), among the cuts nearest the measure.
    """
    cuts: dict[int, tuple[str, str]] = {}
    widths = [read(text).width for text in texts]
    for i in range(4, len(texts)):
        measure = widths[i - 2]
        if (
            min(measure, widths[i - 1]) < MIN_MEASURED
            or widths[i] < MERGED * max(measure, widths[i - 1])
            or abs(measure - widths[i - 4]) > SAME_MEASURE * measure
            or ends_sentence(texts[i - 2])
        ):
            continue
        above, beside, text = texts[i - 2].strip(), texts[i - 1].strip(), texts[i].strip()
        other = max(widths[i - 1], widths[i - 3])
        top, side = read(above), read(beside)
        after = [read(t) for t in texts[i + 1 : i + 3]]
        best: tuple[float, str, str] | None = None
        for k in range(1, len(text)):
            if text[k] != " " and HAS_CJK.search(text[k - 1 : k + 1]) is None:
                continue
            left, right = text[:k].rstrip(), text[k:].lstrip()
            apart = abs(display_width(left) - measure)
            if (
                not left
                or not right
                or apart > CUT_SLACK
                or display_width(right) > other + CUT_SLACK
            ):
                continue
            x, y = read(left), read(right)
            score = join_odds(top, x, language) + join_odds(side, y, language)
            score += max((join_odds(x, z, language) for z in after), default=0.0)
            # The measure first: a chance word across a cut a character off it must not
            # outweigh it.
            score -= CUT_COST * apart
            if best is None or score > best[0]:
                best = (score, left, right)
        if best is not None:
            cuts[i] = best[1], best[2]
    return cuts


def _reading(
    texts: list[str], language: str | None, read: Callable[[str], LineEnds]
) -> tuple[list[int], int]:
    """The lines' order (the order read when no run is taken) and how many runs moved."""
    lines = [read(text) for text in texts]
    if _strong_joins_to_gain(texts, lines, language) < MIN_STRONG:
        return list(range(len(lines))), 0
    return _searched(lines, language)


def _strong_joins_to_gain(texts: list[str], lines: list[LineEnds], language: str | None) -> int:
    """At most how many strong joins any run of these lines can gain over the order
    read (``_evidence``'s count), counted up to ``MIN_STRONG``. Each line opens one join
    in either reading, and only a line ``_may_join_strongly`` lets through opens a
    strong one: where a run gives such a line a new strong join, it parts the line from
    its next one, and that join, if strong, is lost. So a line gains one net only if its
    join with the next line in the order read is not strong, or if it has no next line
    in the run's reading (one line: the last the run reads); and a CJK line only if it
    joins some other line of the block strongly (``_StrongPartners``). A column read in
    order joins each hyphen's halves strongly: a Latin page in one column gains none,
    and is spared the search; a CJK column's lines seldom make a word with any line but
    their next, and most CJK blocks are spared it too."""
    partners = _StrongPartners(lines, language)
    gain = 1
    for i in range(len(lines) - 1):
        if not _may_join_strongly(texts[i]):
            continue
        if join_odds(lines[i], lines[i + 1], language) >= STRONG:
            continue
        if lines[i].cjk and not partners.joins_another(i):
            continue
        gain += 1
        if gain >= MIN_STRONG:
            break
    return gain


class _StrongPartners:
    """Which lines of a block a CJK line may join strongly, found without asking every
    pair: a CJK join is strong only on a mark no line starts with or a word across the
    break (``page/runon``; a bracket and the measure together stay below ``STRONG``), so
    the partners are among the lines that start with such a mark and the lines whose
    first Han character continues one of the line's ends into a word's start. The lines
    are indexed by that character once per block; each candidate's join is then asked."""

    __slots__ = ("heads", "language", "lines", "marked")

    def __init__(self, lines: list[LineEnds], language: str | None) -> None:
        self.lines = lines
        self.language = language
        self.marked: list[int] = []
        self.heads: dict[str, list[int]] = {}
        for j, line in enumerate(lines):
            if not line.cjk:
                continue
            if line.head[:1] in NO_LINE_START:
                self.marked.append(j)
            elif line.han_head:
                self.heads.setdefault(line.han_head[0], []).append(j)

    def joins_another(self, i: int) -> bool:
        """Whether line ``i`` (a CJK line) joins strongly a line other than itself and
        the next one."""
        x = self.lines[i]
        candidates = list(self.marked)
        if x.han_tail:
            openers = word_openers(x.han_tail)
            for first, where in self.heads.items():
                if may_start_word(openers, first):
                    candidates += where
        return any(
            j != i and j != i + 1 and join_odds(x, self.lines[j], self.language) >= STRONG
            for j in candidates
        )


def _searched(lines: list[LineEnds], language: str | None) -> tuple[list[int], int]:
    """``_reading`` by the search: each run found, trimmed, and taken on its evidence."""
    order = list(range(len(lines)))
    moved = 0
    for found in _runs(lines, language):
        run = _trimmed(found, lines, language)
        taken = _taken(run, lines, language)
        if taken is not None:
            order[run.start : run.end] = taken
            moved += 1
    return order, moved


def _reader() -> Callable[[str], LineEnds]:
    """``read_line`` for one block, each text read once: the cuts measure every line,
    the search reads them again with the pieces, and again without them when no cut is
    kept (the same line objects then meet ``join_odds``'s answers again too)."""
    read: dict[str, LineEnds] = {}

    def line(text: str) -> LineEnds:
        found = read.get(text)
        if found is None:
            found = read[text] = read_line(text)
        return found

    return line


def _reorder(block: Block, language: str | None) -> tuple[int, int]:
    """Reads the block's columns apart: how many runs moved, and how many merged lines
    were cut (a cut is kept only where the columns read apart part its pieces)."""
    read = _reader()
    cuts = _cuts(block.lines, language, read)
    pieces: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(block.lines):
        parts = cuts.get(i, (text,))
        pieces += parts
        owner += [i] * len(parts)
    order, moved = _reading(pieces, language, read)
    lines: list[str] = []
    whose: list[int] = []
    for k, j in enumerate(order):
        if k and order[k - 1] == j - 1 and owner[j - 1] == owner[j]:
            # The pieces read together: the line was one column's.
            lines[-1] = block.lines[owner[j]]
            continue
        lines.append(pieces[j])
        whose.append(owner[j])
    cut = len(whose) - len(set(whose))
    if cuts and not cut:
        # No merged line was two columns': the columns are read without the cuts.
        order, moved = _reading(block.lines, language, read)
        lines, whose = [block.lines[i] for i in order], order
    if moved:
        block.lines = lines
        if block.origins is not None:
            block.origins = [block.origins[i] for i in whose]
        block.layout = None
    # The joins asked are keyed by this block's lines, compared by identity: no later
    # question can hit them, and kept they would hold up to the cache's size in lines
    # alive (15 MB more on a stream of English pages).
    join_odds.cache_clear()
    return moved, cut if moved else 0


def apply(doc: Document, options: Options) -> None:
    language: str | None = None
    asked = False
    for block in doc.blocks:
        # A shorter block cannot hold two columns of several rows.
        if block.kind != PLAIN or len(block.lines) < 2 * MIN_ROWS:
            continue
        # A run is taken on at least MIN_STRONG strong joins the order read lacks, each
        # opened by a different line: a block with fewer lines that can open one is
        # spared the search and the page its language (most Latin blocks).
        if sum(map(_may_join_strongly, block.lines)) < MIN_STRONG:
            continue
        if not asked:
            language, asked = latin_language(doc.text), True
        runs, cut = _reorder(block, language)
        doc.count(NAME, "interleaved-columns", runs)
        doc.count(NAME, "merged-line-cut", cut)
