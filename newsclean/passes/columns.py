"""columns: columns of layout-mode extraction put back in reading order.

Defect: extractors that keep the page layout (``pdftotext -layout``, some OCR engines)
print the page row by row: a text line holds whatever stands at that height across the
whole page, each piece at its horizontal position, padded with spaces. Read line by
line, the columns are interleaved. Columns whose baselines do not line up (a column
under a taller headline, another article's module) share no rows at all: their lines
alternate, each shifted right to its column. CJK columns set one space apart (OCR, a
tightly set page) are spaced out first (``narrow``).

Recognition: the page's rows (blank rows included, at their raw line numbers) are cut
into segments at runs of three or more spaces, each with its offset. Reading order is
recovered by cutting the page like a printed sheet (the XY-cut of document analysis):

* A *gutter* is a run of offsets that no segment of a region covers, with a column edge
  after it: at least two rows start a segment there. The region is cut at its gutters,
  and its columns are read left to right, each from top to bottom. A gutter that most
  rows with text on both sides of it pass between two short cells is a table's, which
  keeps its rows: no cut there. A row at the head or foot of the page with pieces on
  both sides of a gutter that a blank row sets apart (a running head) is not column
  text: the page is cut at it first.
* A region without a gutter that has blank rows of the page (a row blank in one column
  may hold another column's line) is cut into bands at them and each band read in turn;
  two consecutive bands cut by the same gutters, the lower one's lines starting at the
  upper one's column edges, are one set of columns that a blank row happened to cross,
  and are read together (a box or the next story under the columns sets its own).
* A region without a gutter or a blank row may hold a line set across its columns (a
  headline over them): at a column edge that several rows start at, the few rows that
  run across it are cut out, and the rows above, the spanning rows and the rows below
  are read in turn. A line wider than the region's rows counts as the printed rows its
  width holds: ``fix``'s own output joins rows that ran across the edge into one
  paragraph, which is not one headline over the columns.

Narrow CJK headlines set side by side one space apart (``headrows``) are found among a
region's rows that no gutter cut, and read a headline at a time.

Within a column, the words of a justified line set wide apart are one line, and a line
that starts two or more characters right of its column's edge keeps an indent, since it
starts a paragraph; a row that no gutter cut keeps its spacing. A column's foot is not a
paragraph's end. Layout mode prints a blank row for vertical space, and display type
set at a wide leading (a headline's lines) or a column's text running on past space in
the column beside it gets one too: two blank rows, or one after a sentence's end, are a
break; one before a line that runs on (a word broken at a hyphen, a sentence going on
in lower case, CJK text after a line without a sentence's end) is not. Lines moved keep
their origins (a piece of a row is still that raw line). A page in which no gutter is
found (ordinary text, tables, aligned lists) is left alone. A page read in columns is
read again as that reading prints it, until a reading moves nothing: another run of
``fix`` reads it so.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from newsclean import regex
from newsclean.chardata import HAS_CJK, ends_sentence, has_cjk
from newsclean.model import PLAIN, Block, Document, Origin
from newsclean.options import Options
from newsclean.passes.headrows import Run, cut, joined, reading, side_by_side
from newsclean.passes.narrow import respaced
from newsclean.passes.rows import Seg, segments
from newsclean.passes.whitespace import SPACELESS

NAME = "columns"
DESCRIPTION = "side-by-side columns of layout-mode extraction put back in reading order"

#: A page is read in columns only if at least this many of its lines hold a run of three
#: spaces (a gutter, or the indentation that shifts a line to its column).
MIN_GAPPED_LINES = 3
#: Segments whose starts differ by at most this many characters share a column edge.
EDGE_SLACK = 3
#: A column edge starts a segment on at least this many rows of its region...
MIN_EDGE_ROWS = 2
#: ...and a line set across the columns is cut out only at an edge this many rows start at,
MIN_SPAN_EDGE_ROWS = 3
#: ...when at most this share of the region's rows run across it.
MAX_SPANNING_SHARE = 0.25
#: A table's cells are short: fewer characters than this (CJK: a third of it)...
MIN_COLUMN_TEXT = 12
#: ...and stand on both sides of a table's gutter on this share of the rows that have
#: text on both sides of it.
MIN_CELL_SHARE = 0.6
#: A segment this many characters right of its column's edge is an indented first line.
INDENT = 2
#: Cuts nest at most this deep (a page's grid is a few levels; hostile input is not).
MAX_DEPTH = 24
#: No column is set wider than this many characters: a wider row is rows that ran across
#: columns (read row by row), or a paragraph an earlier run of ``fix`` joined.
WIDEST_COLUMN_CHARS = 120
#: A page is read at most this many times over (each round reads what the last printed).
MAX_ROUNDS = 4


def _cover_end(seg: Seg) -> int:
    """The offset a piece's text covers up to, for the gutters: a lone space OCR set
    between two ideographs, kana or clause marks (``交 二``, ``等 ， 拦截``) is not
    counted. CJK words take none, and ``whitespace`` takes it out after this pass,
    keeping the next piece at its offset: counted, the offsets such spaces stood at are
    blank on a second run, and a gutter opens there that the first run did not read.
    Wider gaps inside a piece may be kept (a row's alignment), and are counted."""
    if not has_cjk(seg.text):
        return seg.end
    return seg.end - len(_TIGHT_SPACES.findall(seg.text))


@dataclass(frozen=True)
class _Row:
    line: str
    origin: Origin | None
    segs: tuple[Seg, ...]


@dataclass(frozen=True)
class _Region:
    """Rows ``top`` to ``bottom`` (exclusive) of the page, and the segments of each that
    start between offsets ``left`` and ``right`` (exclusive)."""

    top: int
    bottom: int
    left: int
    right: int


#: A lone space between two ideographs, kana or fullwidth clause marks and closers, that
#: ``whitespace`` takes out (a curly quote is shared with Latin text, and keeps them).
_TIGHT_SPACES = regex.compile(f"(?<=[{SPACELESS}]) (?=[{SPACELESS}])")

#: A column piece with a comma or a full stop is running text, not a headline's line.
_RUNNING_TEXT = regex.compile("[，。；]")

#: Stands for a break (a blank row) in the lines a page is read into.
_BREAK: tuple[str, Origin | None] = ("", None)


class _Page:
    def __init__(self, rows: list[_Row]) -> None:
        self.rows = rows
        #: Regions cut into columns: the page is rewritten only if there is one.
        self.cuts = 0
        self._starts = [[s.start for s in row.segs] for row in rows]

    def segs(self, region: _Region, row: int) -> tuple[Seg, ...]:
        starts = self._starts[row]
        if not starts or starts[-1] < region.left or starts[0] >= region.right:
            return ()
        return self.rows[row].segs[
            bisect_left(starts, region.left) : bisect_left(starts, region.right)
        ]

    def text_rows(self, region: _Region) -> list[int]:
        left, right = region.left, region.right
        return [
            r
            for r in range(region.top, region.bottom)
            if (starts := self._starts[r])
            and starts[-1] >= left
            and starts[0] < right
            and bisect_left(starts, left) < bisect_left(starts, right)
        ]

    # -- gutters -------------------------------------------------------------------

    def gutters(self, region: _Region, rows: list[int]) -> list[int]:
        """The column edges after the region's gutters: offsets that follow a run no
        segment covers and that at least MIN_EDGE_ROWS rows start a segment at."""
        # Each row's segments once: every test below reads them.
        segs = [self.segs(region, r) for r in rows]
        lo = min(ss[0].start for ss in segs)
        hi = max(ss[-1].end for ss in segs)
        cover = [0] * (hi - lo + 1)
        for ss in segs:
            for seg in ss:
                cover[seg.start - lo] += 1
                cover[_cover_end(seg) - lo] -= 1
        edges: list[int] = []
        depth = 0
        for x in range(hi - lo):
            was = depth
            depth += cover[x]
            if was == 0 and depth > 0 and x > 0:
                edges.append(lo + x)
        edges = [
            e
            for e in edges
            if sum(1 for ss in segs if any(e <= seg.start <= e + EDGE_SLACK for seg in ss))
            >= MIN_EDGE_ROWS
        ]
        bounds = [region.left, *edges, region.right]
        return [
            edge
            for left, edge, right in zip(bounds, bounds[1:], bounds[2:], strict=False)
            if not _table_gutter(segs, left, edge, right)
        ]

    def slices(self, region: _Region, edges: list[int]) -> list[_Region]:
        bounds = [region.left, *edges, region.right]
        return [_Region(region.top, region.bottom, a, b) for a, b in pairwise(bounds)]

    def set_apart(self, run: tuple[int, int], slices: list[_Region]) -> bool:
        """A row alone between blank rows with pieces in two or more columns: at the
        page's head or foot, a running head or foot set across the columns, not column
        text."""
        top, bottom = run
        return bottom - top == 1 and sum(1 for part in slices if self.segs(part, top)) > 1

    # -- lines set across the columns ----------------------------------------------

    def spanning(self, region: _Region, rows: list[int]) -> list[int]:
        """The rows that run across a column edge which most rows respect: a line set
        over the columns (a headline), or nothing."""
        segs = [(r, self.segs(region, r)) for r in rows]
        counts = Counter(seg.start for _, ss in segs for seg in ss)
        left = min(counts)
        best: list[int] = []
        for edge in sorted(counts):
            near = sum(counts[x] for x in range(edge, edge + EDGE_SLACK + 1))
            # The count of segments is a cheap bound on the rows that start one there.
            if edge <= left + EDGE_SLACK or near < MIN_SPAN_EDGE_ROWS:
                continue
            at = sum(1 for _, ss in segs if any(edge <= s.start <= edge + EDGE_SLACK for s in ss))
            if at < MIN_SPAN_EDGE_ROWS:
                continue
            across = [r for r, ss in segs if any(s.start < edge - 1 < s.end for s in ss)]
            if across and (not best or len(across) < len(best)) and _few(segs, across):
                best = across
        return best

    # -- reading ---------------------------------------------------------------------

    def read(self, region: _Region, depth: int = 0) -> list[tuple[str, Origin | None]]:
        rows = self.text_rows(region)
        if not rows:
            return []
        if depth > MAX_DEPTH:
            return self.leaf(region, rows)
        edges = self.gutters(region, rows) if len(rows) >= MIN_EDGE_ROWS else []
        if edges:
            slices = self.slices(region, edges)
            runs = self.runs(rows)
            # A running head or foot is the page's: a region cut out of it has none.
            ends = [runs[0], runs[-1]] if depth == 0 and len(runs) > 1 else []
            apart = [run for run in ends if self.set_apart(run, slices)]
            if apart:
                return self.stacked(region, _around(runs, apart), depth)
            self.cuts += 1
            return [line for part in slices for line in self.read(part, depth + 1)]
        bands = self.bands(region, rows)
        if len(bands) > 1:
            return self.stacked(region, bands, depth)
        across = self.spanning(region, rows)
        if across:
            return self.stacked(region, _runs(rows, across), depth)
        return self.leaf(region, rows)

    def runs(self, rows: list[int]) -> list[tuple[int, int]]:
        """The rows as runs between blank rows of the page."""
        # Only a blank row of the page is vertical space: a row blank in this region
        # may hold another column's line, set at a baseline between this column's.
        runs: list[tuple[int, int]] = []
        for r in rows:
            if runs and all(self.rows[b].segs for b in range(runs[-1][1], r)):
                runs[-1] = (runs[-1][0], r + 1)
            else:
                runs.append((r, r + 1))
        return runs

    def bands(self, region: _Region, rows: list[int]) -> list[tuple[int, int]]:
        """The region's runs of rows between blank rows, consecutive runs cut by the same
        gutters taken together."""
        runs = self.runs(rows)
        merged = runs[:1]
        for above, run in pairwise(runs):
            # Each run is judged against the run above it alone, so that a long set of
            # columns costs time in proportion to its length.
            if self._one_set(region, above, run):
                merged[-1] = (merged[-1][0], run[1])
            else:
                merged.append(run)
        return merged

    def _one_set(self, region: _Region, upper: tuple[int, int], lower: tuple[int, int]) -> bool:
        # Text in two columns starts at two offsets a column apart: a run without them
        # (a column's paragraph, a headline) is settled without looking for gutters.
        for top, bottom in (upper, lower):
            starts = [s.start for r in range(top, bottom) for s in self.segs(region, r)]
            if not starts or max(starts) - min(starts) <= EDGE_SLACK:
                return False
        both = _Region(upper[0], lower[1], region.left, region.right)
        rows = self.text_rows(both)
        edges = self.gutters(both, rows)
        if not edges:
            return False
        slices = self.slices(both, edges)

        def columns(run: tuple[int, int]) -> list[_Region]:
            part = [_Region(run[0], run[1], s.left, s.right) for s in slices]
            return [p for p in part if self.text_rows(p)]

        above, below = columns(upper), columns(lower)
        if len(above) < 2 or len(below) < 2:
            return False
        # A module under the columns (a box, the next story) sets its lines at edges of
        # its own; the columns' text goes on at their edges.
        edges = [min(s.start for r in self.text_rows(p) for s in self.segs(p, r)) for p in above]
        starts = [s.start for p in below for r in self.text_rows(p) for s in self.segs(p, r)]
        on = sum(1 for x in starts if any(abs(x - e) <= EDGE_SLACK for e in edges))
        return on * 2 >= len(starts)

    def stacked(
        self, region: _Region, runs: Iterable[tuple[int, int]], depth: int
    ) -> list[tuple[str, Origin | None]]:
        """Runs of rows read one after another, a blank row of the page between two runs
        kept as a break."""
        out: list[tuple[str, Origin | None]] = []
        last = -1
        for top, bottom in runs:
            part = self.read(_Region(top, bottom, region.left, region.right), depth + 1)
            if not part:
                continue
            gap = sum(1 for r in range(last, top) if not self.rows[r].segs) if last >= 0 else 0
            if out and (gap > 1 or (gap == 1 and not _runs_on(out[-1][0], part[0][0]))):
                out.append(_BREAK)
            out += part
            last = bottom
        return out

    def leaf(self, region: _Region, rows: list[int]) -> list[tuple[str, Origin | None]]:
        """A region with no gutter: its rows in order, a blank row of the page a break."""
        edge = min(s.start for r in rows for s in self.segs(region, r))
        placed = [
            (ss[0].start, self.rows[r].line[ss[0].start : ss[-1].end])
            for r in rows
            for ss in (self.segs(region, r),)
        ]
        heads = {run.top: run for run in side_by_side(placed)}
        out: list[tuple[str, Origin | None]] = []
        skip = 0
        for k, r in enumerate(rows):
            if k < skip:
                continue
            gap = sum(1 for b in range(rows[k - 1] + 1, r) if not self.rows[b].segs) if k else 0
            if gap > 1 or (gap == 1 and not _runs_on(out[-1][0], self.rows[r].line)):
                out.append(_BREAK)
            row = self.rows[r]
            if k in heads:
                out += self.headlines(rows, placed, heads[k])
                skip = heads[k].bottom
                continue
            segs = self.segs(region, r)
            if len(segs) == len(row.segs):
                text = row.line[segs[0].start : segs[-1].end]
            else:
                text = " ".join(s.text for s in segs)
            indent = "  " if segs[0].start - edge >= INDENT else ""
            out.append((indent + text, row.origin))
        return out

    def headlines(
        self, rows: list[int], placed: list[tuple[int, str]], run: Run
    ) -> list[tuple[str, Origin | None]]:
        """Headlines set side by side (``headrows``) read one after another, each
        column's pieces joined into one line (a display line the column's measure broke),
        a break after each; the column the text under them starts in is read last."""
        pieces = [cut(*placed[k], run.edges) for k in range(run.top, run.bottom)]
        below = placed[run.bottom][0] if run.bottom < len(placed) else None
        out: list[tuple[str, Origin | None]] = []
        for col in reading(run, below):
            column = [
                (row[col], self.rows[rows[run.top + i]].origin)
                for i, row in enumerate(pieces)
                if row[col]
            ]
            if not column:
                continue
            if any(_RUNNING_TEXT.search(text) for text, _ in column):
                # Running text (two columns set one space apart) keeps its lines for
                # ``rejoin``, which knows where its paragraphs end.
                out += [*column, _BREAK]
                continue
            known = [o for _, o in column if o is not None]
            origin = (known[0][0], known[-1][1]) if len(known) == len(column) else None
            out += [(joined([text for text, _ in column]), origin), _BREAK]
        return out


def _runs_on(upper: str, lower: str) -> bool:
    """The lower line goes on with the upper one's words: a word broken at a hyphen, a
    sentence that runs on in lower case, or CJK text that runs on without a sentence's
    end (CJK has no case to tell a new start by)."""
    if ends_sentence(upper):
        return False
    first = next((ch for ch in lower if ch.isalpha()), "")
    cjk = HAS_CJK.match(upper.rstrip()[-1:]) is not None and HAS_CJK.match(lower.lstrip()[:1])
    return upper.rstrip().endswith("-") or first.islower() or bool(cjk)


def _few(segs: list[tuple[int, tuple[Seg, ...]]], across: list[int]) -> bool:
    """The rows that run across an edge are few among the region's printed rows. A line
    wider than the region's other rows stands for as many printed rows as its width
    holds: a paragraph an earlier run of ``fix`` joined from lines that ran across the
    edge is those lines, not one headline over the columns. The printed rows' measure is
    no wider than a column (``WIDEST_COLUMN_CHARS``): read off the region's widest row,
    which may itself run across the columns, it made a paragraph a first run joined
    count as one row, and a second run cut it out as a headline."""
    spans = {r: ss[-1].end - ss[0].start for r, ss in segs}
    others = [width for r, width in spans.items() if r not in across]
    if not others:
        return False
    measure = min(max(others), WIDEST_COLUMN_CHARS)
    printed = sum(-(-spans[r] // measure) for r in across)
    return printed <= MAX_SPANNING_SHARE * (len(others) + printed)


def _table_gutter(segs: list[tuple[Seg, ...]], left: int, edge: int, right: int) -> bool:
    """A gutter between cells: the rows with text on both sides of it (between ``left``
    and ``right``) mostly hold a short cell on each side (a table's columns, which keep
    their rows)."""
    pairs = 0
    cells = 0
    for ss in segs:
        before = [seg for seg in ss if left <= seg.start < edge]
        after = [seg for seg in ss if edge <= seg.start < right]
        if before and after:
            pairs += 1
            cells += _is_cell(before[-1].text) and _is_cell(after[0].text)
    return pairs >= MIN_EDGE_ROWS and cells >= MIN_CELL_SHARE * pairs


def _is_cell(text: str) -> bool:
    limit = MIN_COLUMN_TEXT // 3 if has_cjk(text) else MIN_COLUMN_TEXT
    return len(text) < limit


def _around(runs: list[tuple[int, int]], apart: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs with each run set apart alone and the runs between them together."""
    out: list[tuple[int, int]] = []
    for run in runs:
        if out and run not in apart and out[-1] not in apart:
            out[-1] = (out[-1][0], run[1])
        else:
            out.append(run)
    return out


def _runs(rows: list[int], cut: list[int]) -> Iterator[tuple[int, int]]:
    """The rows as runs: each cut row alone, the rows between cut rows together."""
    marks = set(cut)
    top = rows[0]
    for r in rows:
        if r in marks:
            if r > top:
                yield top, r
            yield r, r + 1
            top = r + 1
    if top <= rows[-1]:
        yield top, rows[-1] + 1


def _page_rows(blocks: list[Block], texts: list[list[str]], *, printed: bool) -> list[_Row]:
    """The blocks (their lines as ``texts``) as the page's rows: blank rows between blocks
    where the raw text had them (``printed``), else one, as the text prints them."""
    rows: list[_Row] = []
    last: int | None = None
    for block, lines in zip(blocks, texts, strict=True):
        origins: list[Origin | None] = (
            list(block.origins) if block.origins is not None else [None] * len(block.lines)
        )
        if rows:
            first = origins[0]
            gap = 1
            if printed and first is not None and last is not None:
                gap = first[0] - last - 1
            rows += [_Row("", None, ())] * max(1, gap)
        for line, origin in zip(lines, origins, strict=True):
            rows.append(_Row(line, origin, segments(line)))
        end = origins[-1]
        last = end[1] if end is not None else None
    return rows


def _blocks(lines: list[tuple[str, Origin | None]]) -> list[Block]:
    blocks: list[Block] = []
    current: list[tuple[str, Origin | None]] = []
    for item in [*lines, _BREAK]:
        if item != _BREAK:
            current.append(item)
        elif current:
            spans = [origin for _, origin in current]
            known = [o for o in spans if o is not None]
            blocks.append(
                Block(
                    [text for text, _ in current],
                    PLAIN,
                    origins=known if len(known) == len(spans) else None,
                )
            )
            current = []
    return blocks


def reading_order(blocks: list[Block]) -> list[Block] | None:
    """Plain blocks of one page in reading order, or None if no columns were found.

    Read in rounds until a round moves nothing: the blocks one reading makes, printed
    one blank row apart, fall into other bands than the raw rows did and can show a
    gutter the rows around them hid; another run of ``fix`` would read it there. Each
    round after the first reads the blocks as they print."""
    ordered = _read(blocks, printed=True)
    rounds = 1
    while ordered is not None and rounds < MAX_ROUNDS:
        again = _read(ordered, printed=False)
        if again is None or [b.lines for b in again] == [b.lines for b in ordered]:
            break
        ordered, rounds = again, rounds + 1
    return ordered


def _read(blocks: list[Block], *, printed: bool) -> list[Block] | None:
    """One reading. The blocks as the raw text ``printed`` them: CJK columns set one
    space apart spaced out first; else a reading's blocks, spaced out already."""
    texts = [respaced(block.lines) if printed else block.lines for block in blocks]
    if sum(1 for lines in texts for line in lines if "   " in line) < MIN_GAPPED_LINES:
        return None
    page = _Page(_page_rows(blocks, texts, printed=printed))
    width = max(s.end for row in page.rows for s in row.segs) + 1
    lines = page.read(_Region(0, len(page.rows), 0, width))
    if not page.cuts:
        return None
    return _blocks(lines)


def apply(doc: Document, options: Options) -> None:
    out: list[Block] = []
    run: list[Block] = []
    for block in [*doc.blocks, None]:
        if block is not None and block.kind == PLAIN:
            run.append(block)
            continue
        if run:
            ordered = reading_order(run)
            if ordered is None or [b.lines for b in ordered] == [b.lines for b in run]:
                out += run
            else:
                doc.count(NAME, "block-in-columns", len(run))
                out += ordered
            run = []
        if block is not None:
            out.append(block)
    doc.blocks = out
