"""columns: side-by-side columns of layout-preserving extraction put back in reading order.

Defect: extractors that keep the page layout (``pdftotext -layout``, some OCR engines)
print a row of the page on one line, so the first line of every column sits on the
same text line, separated by wide runs of spaces; read line by line, the columns are
interleaved.

Recognition: in a block (lines between blank lines), a line is cut into segments at
runs of three or more spaces. When many lines of the block have several segments and
the segments start at a few recurring offsets (the columns' left edges, within a couple
of characters), the block is set in columns: every segment goes to the column whose
edge it starts at, and the block becomes column one's lines, then column two's, and so
on. A segment that starts two or more characters right of its column's edge keeps that
indent, since it starts a paragraph. A line with one segment at the left edge (a
headline spanning the columns) stays where it is, before the columns. Blocks that do
not show recurring edges, or whose segments are short cells (tables, aligned lists),
and ordinary text are left alone.
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
        if any(abs(start - e) <= EDGE_SLACK for e in edges):
            continue
        support = sum(n for s, n in counts.items() if abs(s - start) <= EDGE_SLACK)
        if support >= max(2, MIN_EDGE_SUPPORT * lines_with_columns):
            edges.append(start)
    return sorted(edges)


def deinterleave(lines: list[str]) -> list[str] | None:
    """The block's lines in reading order, or None if it is not set in columns."""
    # Two segments on a line need a gap between them: a block with too few lines that
    # hold one is refused before any line is cut up (nearly every block of a page).
    gapped = sum(1 for line in lines if "   " in line)
    if gapped < MIN_MULTI_LINES or gapped < MIN_MULTI_SHARE * len(lines):
        return None
    split = [_segments(line) for line in lines]
    multi = [segs for segs in split if len(segs) > 1]
    if len(multi) < MIN_MULTI_LINES or len(multi) < MIN_MULTI_SHARE * len(lines):
        return None
    lengths = sorted(len(text.strip()) for segs in multi for _, text in segs)
    if lengths[len(lengths) // 2] < MIN_COLUMN_TEXT:
        # Short cells at recurring offsets are a table, which keeps its rows.
        return None
    edges = _edges([start for segs in multi for start, _ in segs], len(multi))
    if len(edges) < 2:
        return None
    base = edges[0]
    head: list[str] = []
    columns: list[list[str]] = [[] for _ in edges]
    started = False
    for segs in split:
        if not started and len(segs) == 1 and segs[0][0] <= base + EDGE_SLACK:
            # Lines above the columns that span them (a headline) keep their place.
            head.append(segs[0][1].strip())
            continue
        started = True
        for start, text in segs:
            column = max((i for i, e in enumerate(edges) if e <= start + EDGE_SLACK), default=0)
            indent = "  " if start - edges[column] >= INDENT else ""
            columns[column].append(indent + text.strip())
    return head + [line for column in columns for line in column if line.strip()]


def apply(doc: Document, options: Options) -> None:
    blocks: list[Block] = []
    for block in doc.blocks:
        ordered = deinterleave(block.lines) if block.kind == PLAIN else None
        if ordered is None:
            blocks.append(block)
            continue
        blocks.append(Block(ordered, PLAIN))
        doc.count(NAME, "block-in-columns")
    doc.blocks = blocks
