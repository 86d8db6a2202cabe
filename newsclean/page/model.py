"""``Page``, ``Line`` and ``Paragraph``: a page's lines, each described once.

A ``Line`` keeps where it came from (``origin``: the raw line numbers it covers, first
and one past the last, like markdown-it's ``Token.map``), its indentation and display
width in cells, its flags and its one form. A ``Page`` holds the non-blank lines with
their blocks (runs of lines between blank lines) and the facts measured once over the
whole page: the column widths its running text is set in, the median line width, the
share of indented lines. ``Page.replace`` re-describes only the line a repair changed.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypedDict, Unpack

from newsclean.page.describe import Described, describe
from newsclean.page.flags import Flag
from newsclean.page.forms import FURNITURE, HEADER, Form
from newsclean.page.surroundings import _Edge, page_forms
from newsclean.page.tuning import TUNING, Tuning
from newsclean.patterns import compiled


def column_widths(counts: Counter[int], tuning: Tuning = TUNING) -> list[int]:
    """The column widths (cells) that lines inside a paragraph, counted by width, show.

    Justified columns make most lines of running text exactly as wide as their column,
    so each column shows as a peak of the counts; digits and Latin letters are narrower
    than a cell, so the lines of one column scatter by a cell or two around its width,
    and each width counts its neighbours. The lines around a peak (a last line, a line
    of narrow digits) belong to it and are not columns."""
    near = {w: counts[w - 1] + counts[w] + counts[w + 1] for w in counts}
    widths: list[int] = []
    for width in sorted(near, key=lambda w: (-near[w], -counts[w], -w)):
        if near[width] < tuning.column_min_lines:
            break
        if all(
            abs(width - w) > max(tuning.column_apart_cells, tuning.column_apart_share * w)
            for w in widths
        ):
            widths.append(width)
    return sorted(widths)


@dataclass(slots=True)
class Line:
    """One non-blank line of the page, described."""

    #: The line without its leading and trailing white space.
    text: str
    #: Raw line numbers (0-based) this line covers: ``(first, one past the last)``.
    origin: tuple[int, int]
    #: Index of the block (run of lines between blank lines) the line stands in.
    block: int
    indent_cells: int
    #: Display width in half-em cells (a CJK character two), justification spaces
    #: beside CJK text left out: the room the line takes in its column.
    width_cells: int
    flags: Flag
    form: Form
    #: Share of capitals among the line's cased letters.
    capitals_share: float
    #: Latin words of the line (empty for CJK lines).
    words: tuple[str, ...]
    #: The form the line reads as wherever it stands, before the page decided.
    own_form: Form = Form.NONE
    indent_mark: bool = False

    @classmethod
    def of(cls, d: Described, origin: tuple[int, int], block: int) -> Line:
        return cls(
            text=d.text,
            origin=origin,
            block=block,
            indent_cells=d.indent_cells,
            width_cells=d.width_cells,
            flags=d.flags,
            form=d.form,
            capitals_share=d.capitals,
            words=d.words,
            own_form=d.form,
            indent_mark=d.indent_mark,
        )

    def __contains__(self, flag: Flag) -> bool:
        return flag in self.flags


@dataclass(slots=True)
class Paragraph:
    """Lines of one paragraph, and its text once they are joined."""

    lines: list[Line]
    text: str = ""
    role: str = ""

    @property
    def origin(self) -> tuple[int, int]:
        return self.lines[0].origin[0], self.lines[-1].origin[1]

    @property
    def flags(self) -> Flag:
        """What holds of any of its lines (running text anywhere is running text),
        and the sentence end of its last line."""
        flags = Flag(0)
        for line in self.lines:
            flags |= line.flags
        if Flag.ENDS_SENTENCE not in self.lines[-1].flags:
            flags &= ~Flag.ENDS_SENTENCE
        return flags

    @property
    def measure_cells(self) -> int:
        """The widest of its lines: the column it is set in."""
        return max(line.width_cells for line in self.lines)


class PageOptions(TypedDict, total=False):
    """How a page is described (``Page.from_lines``'s keywords)."""

    tuning: Tuning
    edges: tuple[bool, bool]
    anchors: frozenset[Form] | None
    byline_patterns: tuple[str, ...]
    furniture_patterns: tuple[str, ...]


@dataclass
class Page:
    """A page's non-blank lines, described, and the facts of the whole page."""

    lines: list[Line]
    #: Raw lines of the page (blank ones included), for origins to point into.
    raw: list[str] = field(default_factory=list)
    tuning: Tuning = TUNING
    #: Whether the lines begin at a page's top / end at its foot (header and footer
    #: forms apply there), and which forms stay in the text (only they anchor a label).
    edges: tuple[bool, bool] = (True, True)
    anchors: frozenset[Form] | None = HEADER
    byline_patterns: tuple[str, ...] = ()

    @classmethod
    def from_text(cls, text: str, **options: Unpack[PageOptions]) -> Page:
        """Describe every line of ``text``; blank lines separate blocks."""
        return cls.from_lines(text.split("\n"), **options)

    @classmethod
    def from_blocks(cls, blocks: Iterable[Sequence[str]], **options: Unpack[PageOptions]) -> Page:
        """A page from blocks of lines (a ``Document``'s), one blank line between."""
        raw: list[str] = []
        for block in blocks:
            if raw:
                raw.append("")
            raw.extend(block)
        return cls.from_lines(raw, **options)

    @classmethod
    def from_lines(
        cls,
        raw: list[str],
        *,
        tuning: Tuning = TUNING,
        edges: tuple[bool, bool] = (True, True),
        anchors: frozenset[Form] | None = HEADER,
        byline_patterns: tuple[str, ...] = (),
        furniture_patterns: tuple[str, ...] = (),
    ) -> Page:
        lines: list[Line] = []
        block = 0
        blank = False
        for n, line in enumerate(raw):
            if not line.strip():
                blank = True
                continue
            if blank and lines:
                block += 1
            blank = False
            lines.append(Line.of(describe(line, tuning, byline_patterns), (n, n + 1), block))
        page = cls(lines, raw, tuning, edges, anchors, byline_patterns)
        page._settle(furniture_patterns)
        return page

    def _settle(self, furniture_patterns: tuple[str, ...] = ()) -> None:
        """The facts that depend on the page around each line: indentation against the
        page's habit, lines short of their column, runs of short lines, and the forms
        only the lines around decide."""
        for key in ("columns", "median_width_cells", "indented_share"):
            self.__dict__.pop(key, None)
        tuning = self.tuning
        indented = self.indented_share < tuning.indented_page_max_share
        # On the flags' bits as ints: an enum operation per line and flag adds up.
        kept = ~(Flag.INDENTED | Flag.SHORT | Flag.VERSE).value
        for line in self.lines:
            bits = line.flags.value & kept
            if indented and line.indent_mark:
                bits |= Flag.INDENTED.value
            if self._short(line.width_cells):
                bits |= Flag.SHORT.value
            line.flags = Flag(bits)
        self._mark_verse()
        self._page_forms(furniture_patterns)

    def _short(self, width: int) -> bool:
        columns = self.columns
        if columns:
            reference = next((w for w in columns if w >= width), None)
            return reference is not None and width < self.tuning.full_share * reference
        return width < self.tuning.short_line_share * self.median_width_cells

    def _mark_verse(self) -> None:
        run: list[Line] = []
        for line in [*self.lines, None]:
            starts = (
                line is not None
                and Flag.SHORT in line.flags
                and Flag.STARTS_LOWER not in line.flags
                and (not run or run[-1].block == line.block)
            )
            if starts and line is not None:
                run.append(line)
                continue
            if len(run) >= self.tuning.verse_min_lines:
                for member in run:
                    member.flags |= Flag.VERSE
            run = (
                [line]
                if line is not None
                and Flag.SHORT in line.flags
                and Flag.STARTS_LOWER not in line.flags
                else []
            )

    def _page_forms(self, furniture_patterns: tuple[str, ...]) -> None:
        edge_lines = [
            _Edge(
                line.text,
                line.capitals_share,
                Flag.CJK in line.flags,
                Flag.BRACKETED_CREDIT in line.flags,
                Flag.ADVERT_END in line.flags,
            )
            for line in self.lines
        ]
        own = [line.own_form if line.own_form in FURNITURE else Form.NONE for line in self.lines]
        decided = page_forms(
            edge_lines,
            own,
            edges=self.edges,
            anchors=self.anchors,
            tuning=self.tuning,
            blocks=[line.block for line in self.lines],
        )
        if furniture_patterns:
            extra = compiled(furniture_patterns, "furniture_patterns")
            for i, line in enumerate(self.lines):
                if decided[i] is Form.NONE and any(p.search(line.text) for p in extra):
                    decided[i] = Form.CONFIGURED
        # The page decides the furniture forms, taking one back where it stands among
        # running text; the story's own forms (byline, dateline...) stand wherever.
        for line, form in zip(self.lines, decided, strict=True):
            line.form = (
                line.own_form if form is Form.NONE and line.own_form not in FURNITURE else form
            )

    def replace(self, i: int, raw: str) -> None:
        """A repair changed line ``i``: describe it again, and the page facts with it."""
        old = self.lines[i]
        described = describe(raw, self.tuning, self.byline_patterns)
        self.lines[i] = Line.of(described, old.origin, old.block)
        self._settle()

    # --- facts of the whole page, measured once -------------------------------------

    @cached_property
    def columns(self) -> list[int]:
        """The column widths (cells) the page's running text is set in: widths that
        lines inside a paragraph (running text that does not end a sentence) share.
        Justified lines scatter by a cell or two around their column, so each width
        counts its neighbours."""
        counts = Counter(
            line.width_cells
            for line in self.lines
            if Flag.RUNNING in line.flags and Flag.ENDS_SENTENCE not in line.flags
        )
        return column_widths(counts, self.tuning)

    @cached_property
    def median_width_cells(self) -> int:
        widths = sorted(line.width_cells for line in self.lines)
        return widths[len(widths) // 2] if widths else 0

    @cached_property
    def indented_share(self) -> float:
        """Share of the page's lines that open with two spaces or a tab."""
        if not self.lines:
            return 0.0
        return sum(line.indent_mark for line in self.lines) / len(self.lines)

    @property
    def blocks(self) -> list[range]:
        """Each block's line indices."""
        if not self.lines:
            return []
        starts = [
            i
            for i, line in enumerate(self.lines)
            if i == 0 or line.block != self.lines[i - 1].block
        ]
        return [range(a, b) for a, b in zip(starts, [*starts[1:], len(self.lines)], strict=True)]

    def blank_before(self, i: int) -> int:
        """How many blank raw lines stand between line ``i`` and the line before it."""
        if i == 0:
            return self.lines[0].origin[0]
        return self.lines[i].origin[0] - self.lines[i - 1].origin[1]

    def column_of(self, width: int) -> int | None:
        """The column a line of this width fills (within the share a full line fills)."""
        tuning = self.tuning
        for w in self.columns:
            widest = w + tuning.column_overrun_cells + tuning.column_overrun_share * w
            if tuning.full_share * w <= width <= widest:
                return w
        return None

    def line_at(self, raw_line: int) -> Line | None:
        """The line that covers raw line number ``raw_line``."""
        starts = [line.origin[0] for line in self.lines]
        k = bisect.bisect_right(starts, raw_line) - 1
        if k >= 0 and self.lines[k].origin[0] <= raw_line < self.lines[k].origin[1]:
            return self.lines[k]
        return None
