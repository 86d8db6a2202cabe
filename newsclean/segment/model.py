"""What segmentation works on: the page's units (a paragraph, headline or byline line
after ``rejoin``, with how it was set), the articles built from them, and whether two
column widths are one."""

from __future__ import annotations

from abc import abstractmethod
from bisect import insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Self, TypeVar, overload

from newsclean.chardata import ends_sentence, has_cjk
from newsclean.latin import is_caps_headline
from newsclean.model import Layout
from newsclean.page import Flag, describe
from newsclean.page.credits import is_caption, starts_with_dateline
from newsclean.page.describe import ends_clause, inner_sentence

#: Two column widths are the same when they differ by at most this share.
SAME_COLUMN = 0.12


@dataclass
class Unit:
    text: str
    block: int
    layout: Layout | None
    hint: str
    role: str = "body"
    #: The title line of a briefs item (``roles``: the marker opens it): it starts an
    #: article of its own.
    item: bool = False
    #: A heading by its words that only its many printed lines made body (``roles``):
    #: set large, a headline wraps after a few words; the column under it decides.
    wrapped_heading: bool = False
    #: The text the facts below were found for: a unit's facts are found when first
    #: asked, and again only if its text changed since (``reunite`` joins two units'
    #: text, ``assemble`` a credit's lines). The rules ask each many times.
    _seen: str | None = field(default=None, init=False, repr=False, compare=False)
    _cjk: bool = field(default=False, init=False, repr=False, compare=False)
    _facts: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _flags: Flag | None = field(default=None, init=False, repr=False, compare=False)

    def _fresh(self) -> None:
        self._seen, self._facts, self._flags = self.text, {}, None
        self._cjk = has_cjk(self.text)

    def _fact(self, name: str, test: Callable[[str], object]) -> bool:
        if self._seen is not self.text:
            self._fresh()
        fact = self._facts.get(name)
        if fact is None:
            fact = self._facts[name] = bool(test(self.text))
        return fact

    @property
    def flags(self) -> Flag:
        """The unit's line facts, from the page description (``newsclean.page``).
        Describing a whole paragraph costs far more than one fact: the facts below that
        every unit is asked are asked of their definitions directly."""
        if self._seen is not self.text:
            self._fresh()
        if self._flags is None:
            self._flags = describe(self.text).flags
        return self._flags

    @property
    def cjk(self) -> bool:
        """CJK letters in the unit (``Flag.CJK``), asked of every unit many times."""
        if self._seen is not self.text:
            self._fresh()
        return self._cjk

    @property
    def crosshead(self) -> bool:
        """rejoin kept the unit apart as a crosshead between its story's sentences
        (``Layout.crosshead``)."""
        return self.layout is not None and self.layout.crosshead

    @property
    def ends_sentence(self) -> bool:
        """``Flag.ENDS_SENTENCE`` (``chardata``)."""
        return self._fact("ends_sentence", ends_sentence)

    @property
    def ends_clause(self) -> bool:
        """``Flag.ENDS_CLAUSE``."""
        return self._fact("ends_clause", _ends_clause)

    @property
    def inner_sentence(self) -> bool:
        """``Flag.INNER_SENTENCE``, which the description finds in Latin units only."""
        return not self.cjk and self._fact("inner_sentence", inner_sentence)

    @property
    def opens_with_dateline(self) -> bool:
        """``Flag.DATELINE_START`` (``page.credits``)."""
        return self._fact("dateline", starts_with_dateline)

    @property
    def caption(self) -> bool:
        """A photo's caption (``page.credits.is_caption``): asked by the role rules and
        again when the unit is added to an article."""
        return self._fact("caption", is_caption)

    @property
    def caps_headline(self) -> bool:
        """A headline line in capitals. The description asks this of Latin lines only; a
        CJK unit with a Latin acronym (``RCEP其他14個成員國``) is still asked, as the
        rules were written against ``latin.is_caps_headline``, which reads any line."""
        if self.cjk:
            return is_caps_headline(self.text)
        return Flag.CAPS_HEADLINE in self.flags


T = TypeVar("T")

#: One block of an article: its ``type`` (``paragraph``, ``lead``, ``subhead``, ``caption``,
#: ``dateline``) and its ``text``, as ``split`` reports it.
Block = dict[str, str]

#: The block types that are an article's text rather than what stands around it.
BODY_TYPES = ("paragraph", "lead")


class _Kept(Sequence[T]):
    """A list that only grows, at its end or at its front, and keeps what is asked of it
    as it grows (``_added``): the rules ask an article's blocks and layouts for each
    unit of a page, and reading them through each time was quadratic. The list is
    private, so that nothing is added without the answers kept."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = []
        self.extend(items)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"

    def __iadd__(self, items: Iterable[T]) -> Self:
        self.extend(items)
        return self

    def append(self, item: T) -> None:
        self._items.append(item)
        self._added([item], front=False)

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def insert_front(self, items: Iterable[T]) -> None:
        """Put ``items`` before the first (a standfirst, body printed before its
        headline)."""
        front = list(items)
        self._items[0:0] = front
        self._added(front, front=True)

    @abstractmethod
    def _added(self, items: list[T], *, front: bool) -> None:
        """Keep the answers for ``items``, just added at the end or the front."""


class Blocks(_Kept[Block]):
    """An article's blocks in order, and where its body text starts: whether an article
    has body yet is asked for every unit while a page is assembled. The watcher
    (``assembly``) is told the first time body is added. A block's type is set when it
    is added; only its text is changed later."""

    __slots__ = ("_first_body", "_watch")

    def __init__(self, blocks: Iterable[Block] = ()) -> None:
        self._first_body: int | None = None
        self._watch: Callable[[], None] | None = None
        super().__init__(blocks)

    @property
    def has_body(self) -> bool:
        return self._first_body is not None

    @property
    def first_body(self) -> Block | None:
        """The first paragraph or lead."""
        return None if self._first_body is None else self._items[self._first_body]

    def watch(self, gained_body: Callable[[], None]) -> None:
        """Call ``gained_body`` when the first body block is added (at once if there is one)."""
        self._watch = gained_body
        if self.has_body:
            gained_body()

    def _added(self, items: list[Block], *, front: bool) -> None:
        first = next((i for i, b in enumerate(items) if b["type"] in BODY_TYPES), None)
        had_body = self.has_body
        if front and first is not None:
            self._first_body = first
        elif front and had_body:
            assert self._first_body is not None
            self._first_body += len(items)
        elif first is not None and not had_body:
            self._first_body = len(self._items) - len(items) + first
        if not had_body and self.has_body and self._watch is not None:
            self._watch()


class Layouts(_Kept[Layout]):
    """How an article's wrapped paragraphs were set, in order, with their widths and
    measures kept sorted: the column of the article is asked for each heading under it,
    and sorting them each time was quadratic in a long story with many subheads."""

    __slots__ = ("_columns", "_widths")

    def __init__(self, layouts: Iterable[Layout] = ()) -> None:
        self._widths: list[int] = []
        self._columns: list[int] = []
        super().__init__(layouts)

    def middle_width(self) -> int | None:
        """The middle of the paragraphs' widest lines (``_middle``), with two at least."""
        return _middle_of_sorted(self._widths, least=2)

    def middle_column(self) -> int | None:
        """The middle of the paragraphs' measures (``Layout.column``), with two at least."""
        return _middle_of_sorted(self._columns, least=2)

    def _added(self, items: list[Layout], *, front: bool) -> None:
        for layout in items:
            insort(self._widths, layout.width)
            insort(self._columns, layout.column)


#: Consecutive units of one role (``assemble``), with that role.
Run = tuple[str, list[Unit]]


#: What ``split`` reports of an article's headline group, in the order its JSON keys
#: stand: ``inspect``'s outline of an article reports the same fields.
HEAD_FIELDS = ("headline", "kicker", "subtitle", "decks", "byline")


@dataclass(eq=False)
class Article:
    """One article of a page. Two articles are the same only if they are one object:
    the assembler finds an article in its lists by identity, never by its fields."""

    headline: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    #: The decks a Latin stack sets under its subtitle, each a unit of its own (a
    #: headline of 1916 carries three or four).
    decks: list[str] = field(default_factory=list)
    byline: str | None = None
    blocks: Blocks = field(default_factory=Blocks)
    signals: list[str] = field(default_factory=list)
    closed: bool = False
    #: How its wrapped paragraphs (not captions) were set, in order.
    layouts: Layouts = field(default_factory=Layouts)
    subhead_lengths: list[int] = field(default_factory=list)
    #: Jump lines of this article (``Continued on Page 4``), as furniture recorded them.
    continuations: list[dict[str, Any]] = field(default_factory=list)
    #: ``news``, ``advertisement`` or ``notice`` (``kinds``), decided once the article is
    #: whole; serialising only reports it.
    kind: str = "news"
    #: For a notice or small ad (``assemble``): the block its text is set in, once it
    #: has text. A boxed notice is a few short lines set apart by space; the body of
    #: another block after them is another story's.
    notice_block: int | None = None
    #: The first paragraph's block and its text as printed, when the credit or dateline
    #: that opened it was taken as the byline (``assemble``): a byline of the story's
    #: own found later gives it back.
    opening_credit: tuple[int, str] | None = None

    @property
    def has_body(self) -> bool:
        return self.blocks.has_body

    def column(self) -> int | None:
        """The column width the article's body is set in (its middle paragraph width).

        One paragraph does not establish a column: it may be a standfirst set wider.
        """
        return self.layouts.middle_width()

    def measure(self) -> int | None:
        """The column as its paragraphs' measures show it (``Layout.column``), which a
        line OCR read long does not widen: what a subhead's body is compared with."""
        return self.layouts.middle_column()

    def add_subhead(self, text: str) -> None:
        self.blocks.append({"type": "subhead", "text": text})
        self.subhead_lengths.append(len(text))

    def head_lines(self) -> list[str]:
        """The headline group's lines, top to bottom: kicker, headline, subtitle, decks."""
        return [line for line in (self.kicker, self.headline, self.subtitle, *self.decks) if line]

    def text(self) -> str:
        parts = [*self.head_lines(), *([self.byline] if self.byline else [])]
        parts += [b["text"] for b in self.blocks]
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            **{name: getattr(self, name) for name in HEAD_FIELDS},
            "blocks": list(self.blocks),
            "text": self.text(),
            "kind": self.kind,
            "continuations": self.continuations,
            "signals": self.signals,
        }


def _ends_clause(text: str) -> bool:
    return ends_clause(text.strip())


def same_column(a: int | None, b: int | None) -> bool | None:
    if a is None or b is None:
        return None
    return abs(a - b) <= SAME_COLUMN * max(a, b)


def body_width(units: list[Unit]) -> int | None:
    """The column the units' wrapped paragraphs are set in, as their widest lines show
    it (the middle of them): what the rules compare, and the page measure the heading
    veto (``linemodel.veto``) was trained on."""
    return _middle([layout.width for layout in _wrapped(units)])


def body_column(units: list[Unit]) -> int | None:
    """The column the units' wrapped paragraphs are set in: the middle of their measures
    (``Layout.column``), which OCR's long lines do not widen."""
    return _middle([layout.column for layout in _wrapped(units)])


def _wrapped(units: list[Unit]) -> list[Layout]:
    """The layouts of the units set over several lines: paragraphs wrapped by a column."""
    return [u.layout for u in units if u.layout is not None and u.layout.lines > 1]


def _middle(values: list[int], least: int = 1) -> int | None:
    """The middle of ``values`` (the upper one of an even count), or None with fewer
    than ``least`` of them."""
    return _middle_of_sorted(sorted(values), least)


def _middle_of_sorted(values: list[int], least: int = 1) -> int | None:
    return values[len(values) // 2] if len(values) >= max(1, least) else None
