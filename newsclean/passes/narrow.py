"""narrow: CJK columns set one space apart, spaced out so that ``columns`` can cut them.

Defect: OCR engines (Tesseract's text output) and layout-mode extraction of tightly set
pages print two or more CJK columns on one row with a single space between them, so
``columns`` finds no gutter (a run of three spaces) and each row is read across all the
columns.

Recognition, on one block (a run of rows between blank rows): CJK running text has no
spaces of its own, so a row of it that holds a narrow space (one or two) between CJK
characters may be a gutter. The block's column measure is the width (in half-em cells)
that most rows' pieces between spaces share, at least ``MIN_MEASURE``. Each row is then
cut from its start a measure at a time: at the space nearest the column's end (within
``SLACK`` cells, the characters OCR drops or adds), or, where OCR read the gutter as a
mark and no space is there, between two CJK characters at the measure (a column's line
of CJK fills all its cells). The block is taken as columns only when

* at least ``MIN_ROWS`` rows, and more than half of those wide enough to hold two
  columns or cut in two, are cut at a narrow space: the gutter comes back row after
  row, which a space OCR put into a line by chance does not, and a block whose gutters
  are mostly wide is one ``columns`` reads as it is;
* half of its rows or more are cut: a column with a row or two run together is not two
  columns; and at most half of the pieces still hold a space (a column's CJK text has
  none of its own: where most pieces do, the spaces are the text's, OCR spacing out
  marks and words, and no gutter);
* no row is shifted right to its column by spaces (layout mode placed that block's text
  at its positions, which respacing would lose);
* reading the pieces down their columns joins the lines better than reading each row
  across, and by a word or a mark across the break on at least one break in five
  (``page/runon``'s join evidence; a list's records, each row a whole, make none).

In a row set letter-spaced to fill its measure (a space after nearly every character),
the gutter is the space after which the text runs on unspaced, and the row's later
gutters are where they would stand without the letter-spacing. The block's rows are
then written again with each column's pieces at one offset, three spaces apart. A single
wide column, verse, a list or a table (pieces shorter than a measure, or at no repeated
width) gives no such evidence and is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import accumulate, pairwise

from newsclean import regex
from newsclean.chardata import HAN, display_width
from newsclean.page.runon import join_odds, read_line
from newsclean.passes.interleave import MIN_STRONG_SHARE, STRONG

#: A column is at least this many half-em cells wide (eight CJK characters).
MIN_MEASURE = 16
#: A row's cut may fall this many cells from the measure: OCR drops or adds a character.
SLACK = 4
#: At least this many rows of a block are cut at a narrow space.
MIN_ROWS = 3
#: ...and more than this share of its rows wide enough to hold two columns (and of
#: those cut in two): a block whose gutters are mostly wide is layout mode's own.
MIN_SHARE = 0.5
#: A space run this long or longer is a gutter ``columns`` finds on its own.
WIDE_GAP = 3
#: A column's line with this many single spaces or more, about one after each
#: character, is set letter-spaced (justified CJK text with a number, or a short line,
#: spread to fill its measure).
LETTER_SPACED = 3

_SPACES = regex.compile(regex.run_of(" "))
_NOT_HAN_RUN = regex.compile(regex.run_of(f"[^{HAN}]"))


#: Each character's width in cells, asked of every character of a row: a few thousand
#: characters recur.
_char_width = lru_cache(maxsize=8192)(display_width)


def _cjk_row(line: str) -> bool:
    text = line.replace(" ", "")
    if len(text) < MIN_MEASURE // 2:
        return False
    # The Han characters counted as what the runs of other characters leave: a CJK row
    # is a few such runs, where a list of its Han characters is a string for each.
    han = len(text) - sum(map(len, _NOT_HAN_RUN.findall(text)))
    return han * 2 >= len(text)


def _narrow(line: str, run: re.Match[str]) -> bool:
    """A space run of one or two next to a CJK character or mark (a full cell)."""
    a, b = run.start(), run.end()
    return (
        b - a < WIDE_GAP
        and a > 0
        and b < len(line)
        and line[a - 1] != " "
        and display_width(line[a - 1]) + display_width(line[b]) >= 3
    )


def _measure(lines: list[str]) -> int:
    """The width most rows' pieces between narrow spaces share, or 0."""
    widths: list[int] = []
    for line in lines:
        pos = len(line) - len(line.lstrip(" "))
        for run in _SPACES.finditer(line.rstrip(), pos):
            if _narrow(line, run):
                widths.append(display_width(line[pos : run.start()]))
            pos = run.end()
    support = Counter[int]()
    for w in set(widths):
        if w >= MIN_MEASURE:
            support[w] = sum(1 for x in widths if abs(x - w) <= SLACK // 2)
    if not support:
        return 0
    best = max(support.values())
    # The widest of the best supported: a column line is full, OCR rather drops a character.
    return max(w for w, n in support.items() if n == best)


def _spaces(line: str) -> list[tuple[int, int, bool]]:
    """The row's space runs between text: where each starts and ends (in cells), and
    whether it is narrow."""
    start = len(line) - len(line.lstrip(" "))
    return [
        (display_width(line[: r.start()]), display_width(line[: r.end()]), _narrow(line, r))
        for r in _SPACES.finditer(line.rstrip(), start)
    ]


def _gutters(lines: list[str], measure: int) -> list[int]:
    """The block's gutters, a measure apart: where rows' space runs end a column, the
    position taken afresh at each gutter (OCR's positions drift across a row)."""
    runs = [_spaces(line) for line in lines]
    out: list[int] = []
    left = 0
    while True:
        target = left + measure
        near = [
            min(
                (
                    (s if narrow else e - 1)
                    for s, e, narrow in row
                    if s - SLACK <= target <= e + SLACK
                ),
                key=lambda g: abs(g - target),
            )
            for row in runs
            if any(s - SLACK <= target <= e + SLACK for s, e, _ in row)
        ]
        # A narrow space is the gutter itself; a wide run (a short line's end) tells only
        # where the next column starts, an indent later.
        exact = [s for row in runs for s, _, narrow in row if narrow and abs(s - target) <= SLACK]
        if len(near) < MIN_ROWS:
            return out
        pick = sorted(exact) if len(exact) >= MIN_ROWS else sorted(near)
        at = min(max(pick[len(pick) // 2], target - SLACK), target + SLACK)
        out.append(at)
        left = at + 1


def _cut(line: str, gutters: list[int]) -> tuple[list[tuple[int, str]], bool]:
    """The row's pieces, each with its column, and whether a cut fell at a narrow space."""
    end = len(line.rstrip())
    start = len(line) - len(line.lstrip(" "))
    runs = list(_SPACES.finditer(line[:end], start))
    cells = [0, *accumulate(map(_char_width, line[:end]))]
    pieces: list[tuple[int, str]] = []
    spaced = False
    slot = 0
    # Cells that letter-spacing added to the row so far: the print's columns are where
    # the row would stand without them.
    shift = 0

    def letter_spacing(stop: int) -> int:
        spaces = line.count(" ", start, stop)
        # Nearly every character followed by one space, not a space or two OCR put in.
        spread = (
            spaces >= LETTER_SPACED
            and 2 * spaces >= stop - start - spaces
            and "  " not in line[start:stop]
        )
        return spaces if spread else 0

    def at_gutter(r: re.Match[str], gutter: int) -> bool:
        less = shift + letter_spacing(r.start())
        return cells[r.start()] - less - SLACK <= gutter <= cells[r.end()] - less + SLACK

    for gutter in gutters:
        if start >= end:
            break
        if cells[start] - shift >= gutter:
            slot += 1
            continue
        near = [r for r in runs if r.start() > start and at_gutter(r, gutter)]
        if near:
            # In a line set letter-spaced to fill its measure every character is
            # followed by a space; the next column's text runs on unspaced.
            run = max(
                near,
                key=lambda r: (_stretch(line, r.end()), -abs(cells[r.start()] - shift - gutter)),
            )
            spaced |= _narrow(line, run)
            cut, after = run.start(), run.end()
            shift += letter_spacing(cut)
        elif cells[end] - shift - gutter >= MIN_MEASURE // 2:
            # A line that runs a character or two past the measure is one column's.
            found = _full_cells(line, cells, start, end, gutter + shift)
            if found is None:
                break
            cut = after = found
        else:
            break
        pieces.append((slot, line[start:cut]))
        slot += 1
        start = after
    if start < end:
        pieces.append((slot, line[start:end]))
    return pieces, spaced


def _stretch(line: str, start: int) -> int:
    """How many characters from ``start`` run on before a space, up to a few."""
    head = line[start : start + 3]
    return len(head.split(" ", 1)[0])


def _full_cells(line: str, cells: list[int], start: int, end: int, gutter: int) -> int | None:
    """Where a column of CJK text that fills its cells ends: between the two characters
    nearest the gutter (OCR lost the gutter's space or read it as a mark), or None."""
    at = [
        i
        for i in range(start + 1, end)
        if abs(cells[i] - gutter) <= SLACK // 2 and line[i - 1] != " " != line[i]
    ]
    return min(at, key=lambda i: abs(cells[i] - gutter)) if at else None


def _reads_down(rows: list[list[tuple[int, str]]]) -> bool:
    """Reading each column's pieces down joins lines better than reading rows across, and
    by words or marks across the breaks as often as a column's lines break a word
    (a list's records, each row a whole, make none)."""
    down: list[float] = []
    across: list[float] = []
    described = [[(slot, read_line(text)) for slot, text in row] for row in rows]
    for upper, lower in pairwise(described):
        below = dict(lower)
        down += [join_odds(line, below[slot], None) for slot, line in upper if slot in below]
        if upper and lower:
            across.append(join_odds(upper[-1][1], lower[0][1], None))
    for row in described:
        across += [join_odds(a, b, None) for (_, a), (_, b) in pairwise(row)]
    strong = sum(1 for x in down if x >= STRONG)
    return sum(down) > sum(across) and strong >= MIN_STRONG_SHARE * len(down)


def respaced(lines: list[str]) -> list[str]:
    """The block's rows with CJK columns set one space apart spaced out to one offset per
    column, or the rows as they were."""
    # Most blocks hold no CJK row with a space between its words: settled at C speed.
    spaced_rows = [line for line in lines if not line.isascii() and " " in line.strip()]
    if len(spaced_rows) < MIN_ROWS or sum(map(_cjk_row, spaced_rows)) < MIN_ROWS:
        return lines
    # A row shifted right to its column by spaces is layout mode's: the extractor placed
    # the block's text at its positions, which ``columns`` reads as they are.
    if any(len(line) - len(line.lstrip(" ")) > SLACK for line in lines if line.strip()):
        return lines
    measure = _measure(lines)
    if not measure:
        return lines
    gutters = _gutters(lines, measure)
    if not gutters:
        return lines
    rows: list[list[tuple[int, str]]] = []
    spaced = wide = 0
    for line in lines:
        pieces, narrow = _cut(line, gutters)
        rows.append(pieces)
        wide += display_width(line.strip()) > measure + SLACK
        spaced += narrow and len(pieces) > 1
    cut = sum(1 for row in rows if len(row) > 1)
    if spaced < MIN_ROWS or spaced <= MIN_SHARE * max(wide, cut) or not _reads_down(rows):
        return lines
    # Columns set side by side fill the block's rows: a column with a few rows run
    # together by the extractor is not two columns.
    if cut < MIN_SHARE * sum(1 for line in lines if line.strip()):
        return lines
    # A column's CJK text holds no spaces of its own: where most pieces still hold one,
    # the spaces are the text's (OCR spacing marks and words out), not gutters.
    texts = [text.strip() for row in rows for _, text in row]
    if sum(1 for text in texts if " " in text) > MIN_SHARE * len(texts):
        return lines
    slots = max(slot for row in rows for slot, _ in row) + 1
    size = [
        max((len(t) for row in rows for s, t in row if s == k), default=0) for k in range(slots)
    ]
    out: list[str] = []
    for row in rows:
        cells = dict(row)
        out.append(
            "   ".join(cells.get(k, "").strip().ljust(size[k]) for k in range(slots)).rstrip()
        )
    return out
