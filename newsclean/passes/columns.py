"""columns: side-by-side columns of layout-preserving extraction put back in reading order.

Defect: extractors that keep the page layout (``pdftotext -layout``, some OCR engines)
print a row of the page on one line, so the first line of every column sits on the
same text line, separated by wide runs of spaces; read line by line, the columns are
interleaved.

Recognition: in a block (lines between blank lines), a line is cut into segments at
runs of three or more spaces. When many lines of the block have several segments and
the segments start at a few recurring offsets (the columns' left edges, within a couple
of characters, and a column's width apart), the block is set in columns: every segment
goes to the column whose edge it starts at, and the block becomes column one's lines,
then column two's, and so on. Segments of one line that fall in the same column are the
words of a justified line set wide apart and stay one line. A segment that starts two or
more characters right of its column's edge keeps that indent, since it starts a
paragraph. A line with one segment above the columns that starts at the left edge or
runs across a gutter (a headline spanning the columns) stays where it is, before them.

Layout mode prints a blank row wherever all columns are blank at once, so one set of
columns often runs over several blocks. Consecutive blocks with wide gaps whose segments
mostly start at the same edges are put in order together (a blank row stays a break in
each column); a block whose gaps fall elsewhere is judged on its own. Blocks that do not
show recurring edges, or whose segments are short cells (tables, aligned lists), and
ordinary text are left alone.
"""

from __future__ import annotations

from collections import Counter

from newsclean import regex
from newsclean.model import PLAIN, Block, Document
from newsclean.options import Options

NAME = "columns"
DESCRIPTION = "side-by-side columns of layout-mode extraction put back in reading order"

_GAP = regex.compile(r" {3,}")
#: Share of a block's lines that must hold two or more segments.
MIN_MULTI_SHARE = 0.3
#: A block needs at least this many lines with two or more segments.
MIN_MULTI_LINES = 3
#: Segments whose starts differ by at most this many characters share a column edge.
EDGE_SLACK = 3
#: A column edge must start a segment on this share of the block's multi-segment lines.
MIN_EDGE_SUPPORT = 0.3
#: Column text runs the width of its column: the middle segment is at least this long.
MIN_COLUMN_TEXT = 12
#: A segment this many characters right of its edge is an indented first line.
INDENT = 2


def _segments(line: str) -> list[tuple[int, str]]:
    """``(offset, text)`` for each run of text between gaps of three or more spaces."""
    out: list[tuple[int, str]] = []
    pos = 0
    for gap in _GAP.finditer(line):
        if gap.start() > pos:
            out.append((pos, line[pos : gap.start()]))
        pos = gap.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    # A leading run of spaces is indentation, not a gutter: it stays with its text.
    if out and out[0][0] > 0 and not line[: out[0][0]].strip():
        first_offset, first_text = out[0]
        lead = len(line) - len(line.lstrip(" "))
        out[0] = (lead, line[lead : first_offset + len(first_text)])
    return out


def _edges(starts: list[int], lines_with_columns: int) -> list[int]:
    """Column left edges: offsets where many segments start (within EDGE_SLACK)."""
    counts = Counter(starts)
    edges: list[int] = []
    for start in sorted(counts, key=lambda s: (-counts[s], s)):
        # Two columns' edges are a column's width apart: a start nearer to a better
        # supported edge is an indented line of that column.
        if any(abs(start - e) < MIN_COLUMN_TEXT for e in edges):
            continue
        support = sum(n for s, n in counts.items() if abs(s - start) <= EDGE_SLACK)
        if support >= max(2, MIN_EDGE_SUPPORT * lines_with_columns):
            edges.append(start)
    return sorted(edges)


def deinterleave(lines: list[str]) -> list[str] | None:
    """The block's lines in reading order, or None if it is not set in columns."""
    ordered = _region([lines])
    return None if ordered is None else [line for line in ordered if line != _BREAK]


#: Stands for a blank row of a region in the lines deinterleaving gives back.
_BREAK = ""


def _spans_gutter(start: int, text: str, edges: list[int]) -> bool:
    """A segment that runs across a column's left edge: a line set over several columns."""
    end = start + len(text.rstrip())
    return any(start + EDGE_SLACK < e < end - EDGE_SLACK for e in edges)


def _region(parts: list[list[str]]) -> list[str] | None:
    """The lines of consecutive blocks (parts) in reading order, a blank row between two
    parts or a column's empty cell as ``_BREAK``, or None if they are not set in columns."""
    lines = [line for part in parts for line in part]
    # Two segments on a line need a gap between them: a block with too few lines that
    # hold one is refused before any line is cut up (nearly every block of a page).
    gapped = sum(1 for line in lines if "   " in line)
    if gapped < MIN_MULTI_LINES or gapped < MIN_MULTI_SHARE * len(lines):
        return None
    rows: list[list[tuple[int, str]] | None] = []
    for k, part in enumerate(parts):
        if k:
            rows.append(None)
        rows += [_segments(line) for line in part]
    multi = [segs for segs in rows if segs is not None and len(segs) > 1]
    if len(multi) < MIN_MULTI_LINES or len(multi) < MIN_MULTI_SHARE * len(lines):
        return None
    lengths = sorted(len(text.strip()) for segs in multi for _, text in segs)
    if lengths[len(lengths) // 2] < MIN_COLUMN_TEXT:
        # Short cells at recurring offsets are a table, which keeps its rows.
        return None
    edges = _edges([start for segs in multi for start, _ in segs], len(multi))
    if len(edges) < 2:
        return None
    head: list[str] = []
    columns: list[list[str]] = [[] for _ in edges]
    started = False
    for segs in rows:
        if segs is None:
            if started:
                for column in columns:
                    if column and column[-1] != _BREAK:
                        column.append(_BREAK)
            elif head and head[-1] != _BREAK:
                head.append(_BREAK)
            continue
        if not segs:
            continue
        if not started and len(segs) == 1:
            start, text = segs[0]
            if start <= edges[0] + EDGE_SLACK or _spans_gutter(start, text, edges):
                # Lines above the columns that span them (a headline) keep their place.
                head.append(text.strip())
                continue
        started = True
        last = -1
        for start, text in segs:
            at = max((i for i, e in enumerate(edges) if e <= start + EDGE_SLACK), default=0)
            if at == last:
                # Words a justified line set wide apart, inside one column: one line.
                columns[at][-1] += " " + text.strip()
                continue
            indent = "  " if start - edges[at] >= INDENT else ""
            columns[at].append(indent + text.strip())
            last = at
    # A column's foot is not a paragraph's end: the text runs on at the next column's head.
    out = head + [line for column in columns for line in column if line.strip() or line == _BREAK]
    while out and out[-1] == _BREAK:
        out.pop()
    return out


def _gapped(block: Block) -> bool:
    return block.kind == PLAIN and any("   " in line for line in block.lines)


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    for line in [*lines, _BREAK]:
        if line != _BREAK:
            current.append(line)
        elif current:
            blocks.append(Block(current, PLAIN))
            current = []
    return blocks


def _run_edges(region: list[Block]) -> list[int]:
    """The column edges of a run of blocks, from the lines that hold two segments."""
    multi = [segs for block in region for line in block.lines if len(segs := _segments(line)) > 1]
    return _edges([start for segs in multi for start, _ in segs], len(multi))


def _on_edges(block: Block, edges: list[int]) -> bool:
    """Most segments after a line's first start at one of the columns' edges (headlines
    and captions set across the columns start elsewhere)."""
    starts = [start for line in block.lines for start, _ in _segments(line)[1:]]
    on = sum(1 for start in starts if any(abs(start - e) <= EDGE_SLACK for e in edges))
    return on * 2 >= len(starts)


def apply(doc: Document, options: Options) -> None:
    blocks: list[Block] = []
    i = 0
    while i < len(doc.blocks):
        if not _gapped(doc.blocks[i]):
            blocks.append(doc.blocks[i])
            i += 1
            continue
        # Layout-mode extraction prints a blank row wherever every column is blank, so
        # one set of columns runs over several blocks: they are put in order together,
        # or each column's text would be cut at every blank row and read across. A block
        # whose gaps fall elsewhere (a line with a wide space) is not part of them.
        j = i + 1
        while j < len(doc.blocks) and _gapped(doc.blocks[j]):
            j += 1
        edges = _run_edges(doc.blocks[i:j])
        k = i
        while k < j:
            if not _on_edges(doc.blocks[k], edges):
                blocks += _one(doc, doc.blocks[k : k + 1])
                k += 1
                continue
            m = k + 1
            while m < j and _on_edges(doc.blocks[m], edges):
                m += 1
            blocks += _one(doc, doc.blocks[k:m])
            k = m
        i = j
    doc.blocks = blocks


def _one(doc: Document, region: list[Block]) -> list[Block]:
    """A run of blocks in reading order: together if they are one set of columns, else
    each on its own."""
    ordered = _region([block.lines for block in region])
    if ordered is not None:
        doc.count(NAME, "block-in-columns", len(region))
        return _blocks(ordered)
    out: list[Block] = []
    for block in region:
        one = _region([block.lines]) if len(region) > 1 else None
        if one is None:
            out.append(block)
            continue
        out += _blocks(one)
        doc.count(NAME, "block-in-columns")
    return out
