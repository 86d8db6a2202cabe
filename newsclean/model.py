"""The data that flows through the passes: a Document of blocks, and what was done to it.

Nothing here imports the rest of the package, so every pass and the CLI can share it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

#: Block kinds that a pass may set as a hint for later passes and for segmentation.
#: ``""`` means "plain text, structure unknown": the layout passes may rewrap it.
PLAIN = ""
#: A block whose line breaks are authoritative (an HTML ``<p>``): never rewrapped or bridged.
PARAGRAPH = "paragraph"
#: An HTML heading, or a line that markup marks as a heading.
HEADING = "heading"
#: Preformatted, table or list text: line breaks are kept as they are.
VERBATIM = "verbatim"
#: Page furniture left in the text on purpose (``fix`` keeps the page header): its own
#: block, never joined to a paragraph, never part of an article.
FURNITURE = "furniture"
#: A photo's caption, known by the photo credit printed under it: its own block, never
#: joined to a paragraph; segmentation makes it a caption, not a headline or body.
CAPTION = "caption"

#: The first and last raw line (0-based, in the decoded text) a line was made of.
Origin = tuple[int, int]

#: How many examples of each kind of change a document keeps for ``--explain``.
EXAMPLES_PER_KIND = 5


@dataclass(frozen=True)
class Layout:
    """How a paragraph was set on the page, as ``rejoin`` measured it: the number of
    printed lines, the width of its widest line in half-em cells, the widths of its
    first and last lines (an indent, a line that ran to the margin), and its measure.

    ``measure`` is the upper quartile of the widths of its lines before the last (0
    where not measured): the column it is set in. The widest line overstates it on an
    OCR'd page, where a line of the same column reads a tenth longer than the next (more
    narrow letters, a space read twice), and more the more lines a paragraph has.

    ``crosshead``: rejoin kept the line apart as a section's crosshead between two
    paragraphs of one story (``passes.rejoin.crossheads``), by the sentences around it,
    which ``split`` no longer sees once they are paragraphs."""

    lines: int
    width: int
    first: int = 0
    last: int = 0
    measure: int = 0
    crosshead: bool = False

    @property
    def column(self) -> int:
        """The column the paragraph is set in: its measure, else its widest line."""
        return self.measure or self.width


@dataclass
class Block:
    """A run of lines between blank lines (or one HTML block element).

    After ``rejoin`` each line of a block is one paragraph, headline or byline, and
    ``layout`` (when set) describes each of them, index for index.

    ``origins`` (when known) holds, index for index, the first and last raw line each
    line was made of (0-based in the decoded text, like markdown-it's ``Token.map``), so
    the view and segmentation find a line's source without searching for its text. A
    pass that rebuilds lines without knowing where they came from (HTML blocks, pieces
    of a column that ``reorder`` moved) leaves it None.
    """

    lines: list[str]
    kind: str = PLAIN
    layout: list[Layout] | None = None
    origins: list[Origin] | None = None

    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Furniture:
    """A line taken out of the text, the pass that took it, why, and (when known) the raw
    lines it was."""

    text: str
    kind: str
    pass_name: str
    origin: Origin | None = None


@dataclass(frozen=True)
class Example:
    """One change, kept for ``--explain``: what the text read before and after."""

    before: str
    after: str


@dataclass
class Document:
    """One input document on its way through the passes.

    ``raw`` holds the undecoded bytes until the ``decode`` pass turns them into blocks.
    ``changes`` counts what each pass did, by kind; ``examples`` keeps a few spans of each
    kind when ``explain`` is on.
    """

    source: str = "<stdin>"
    raw: bytes | None = None
    blocks: list[Block] = field(default_factory=list)
    encoding: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    furniture: list[Furniture] = field(default_factory=list)
    changes: dict[str, Counter[str]] = field(default_factory=dict)
    examples: dict[tuple[str, str], list[Example]] = field(default_factory=dict)
    explain: bool = False
    #: Does the text begin at the top of a page, and end at its foot? Both, unless it is
    #: a chunk cut out of a longer stream (``newsclean.stream``): then the lines at a cut
    #: are mid-page, and the furniture pass must not read them as a page header or footer.
    edges: tuple[bool, bool] = (True, True)

    @classmethod
    def from_text(cls, text: str, source: str = "<string>") -> Document:
        doc = cls(source=source)
        doc.set_text(text)
        return doc

    @property
    def text(self) -> str:
        """The document as plain text: lines joined by newlines, blocks by a blank line."""
        return "\n\n".join(block.text() for block in self.blocks if block.lines)

    def set_text(self, text: str) -> None:
        """Replace the content with ``text``, split into blocks at blank lines; its line
        numbers are the origins (``text`` is the page as decoded)."""
        self.blocks = blocks_from_text(text, origins=True)

    def rewrite_text(self, text: str) -> None:
        """Replace the content with ``text``, a rewrite of :attr:`text`. Lines keep their
        origins when the rewrite kept every line (an inline repair) or kept the last
        lines as they were (a header taken off); otherwise they are unknown."""
        old = [(line, origin) for block in self.blocks for line, origin in _with_origins(block)]
        self.blocks = blocks_from_text(text)
        new = [line for block in self.blocks for line in block.lines]
        if len(new) > len(old):
            return
        tail = old[len(old) - len(new) :]
        if len(new) != len(old) and any(n != o for n, (o, _) in zip(new, tail, strict=True)):
            return
        spans = [origin for _, origin in tail if origin is not None]
        if len(spans) != len(new):
            return
        start = 0
        for block in self.blocks:
            block.origins = spans[start : start + len(block.lines)]
            start += len(block.lines)

    def lines(self) -> Iterator[str]:
        # Chained in C: a generator's frame resumed once a line cost more than the join
        # that reads them (every line-preserving pass joins the document).
        return chain.from_iterable([block.lines for block in self.blocks])

    def count(self, pass_name: str, kind: str, n: int = 1) -> None:
        if n:
            # Not ``setdefault(pass_name, Counter())``: that makes a Counter at each
            # count, and rejoin counts each kind of each paragraph.
            counts = self.changes.get(pass_name)
            if counts is None:
                counts = self.changes[pass_name] = Counter()
            counts[kind] += n

    def example(self, pass_name: str, kind: str, before: str, after: str) -> None:
        """When explaining, keep a few changes of each kind as they read before and after."""
        if self.explain:
            kept = self.examples.setdefault((pass_name, kind), [])
            if len(kept) < EXAMPLES_PER_KIND:
                kept.append(Example(before, after))

    def map_lines(self, pass_name: str, repair: Callable[[str], tuple[str, Counter[str]]]) -> None:
        """Apply a line-preserving text repair to the whole document in one call.

        ``repair`` gets all lines joined by newlines, must keep every newline where it is,
        and returns the new text with counts by kind. One call over the whole text is much
        faster than one call per line, which matters at corpus scale.
        """
        shape = [len(block.lines) for block in self.blocks]
        joined = "\n".join(self.lines())
        repaired, counts = repair(joined)
        if repaired == joined:
            return
        new_lines = repaired.split("\n")
        if len(new_lines) != sum(shape):
            msg = f"pass {pass_name} changed the number of lines"
            raise AssertionError(msg)
        start = 0
        for block, n in zip(self.blocks, shape, strict=True):
            old_lines = block.lines
            block.lines = new_lines[start : start + n]
            start += n
            if self.explain:
                for old, new in zip(old_lines, block.lines, strict=True):
                    if old != new:
                        self.example(pass_name, "line", old, new)
        for kind, n in counts.items():
            self.count(pass_name, kind, n)


def blocks_from_text(text: str, *, origins: bool = False) -> list[Block]:
    """Split text into blocks at blank (or whitespace-only) lines; with ``origins``, each
    line's origin is its own line number in ``text``."""
    blocks: list[Block] = []
    current: list[str] = []
    spans: list[Origin] = []
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            current.append(line)
            spans.append((number, number))
        elif current:
            blocks.append(Block(current, origins=spans if origins else None))
            current, spans = [], []
    if current:
        blocks.append(Block(current, origins=spans if origins else None))
    return blocks


def _with_origins(block: Block) -> Iterator[tuple[str, Origin | None]]:
    if block.origins is None:
        return ((line, None) for line in block.lines)
    return zip(block.lines, block.origins, strict=True)
