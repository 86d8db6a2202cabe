"""Find each line of a page in a split of that page: which item (headline, paragraph,
furniture line…) it was printed as, and whether it starts that item or continues it.

The same alignment serves twice: a gold split (hand-written or composed) gives the
labels a model is trained and judged on, and the rules engine's own split gives each
line what today's rules decided about it, as features of the model.

Lines and items are compared by their letters and digits only, case folded: spacing,
punctuation, a hyphen at a line end, fullwidth forms and the spaces justification put
inside CJK text differ between a raw line and its cleaned item, and none of them says
where the line belongs. A line is looked for where the line before it ended (it
continues that item), then at the start of an item not yet read (reading order may
jump between columns and stories), then anywhere. A line OCR misread differs from its
hand-corrected item in a few letters: when no exact match is found, the places the
line is most likely to be (where the last line ended, where each unread item goes on)
are compared by similarity.
"""

from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass, field
from typing import Any

from newsclean import regex

_LETTERS = regex.compile(r"[^\W_]+")

#: Item roles (a line's role is that of the item it starts or continues).
ROLES = (
    "furniture",
    "kicker",
    "headline",
    "subtitle",
    "byline",
    "dateline",
    "subhead",
    "caption",
    "body",
    "ad",
    "noise",
)
#: Roles that belong to the page, not to one of its articles.
PAGE_ROLES = frozenset(("furniture", "noise"))
#: Where a line stands: it opens a new article (``A``), opens a new unit of the same
#: article or of the page (``P``), or continues the unit of the line before (``C``).
BOUNDARIES = ("A", "P", "C")

#: A line this short (in letters) is found only where a unit goes on or begins: as a
#: substring anywhere it would match by chance.
MIN_FREE_MATCH = 4
#: Similarity a misread line needs to be taken as the text at a candidate place.
MIN_SIMILARITY = 0.72
#: How far behind and ahead of where the last line ended a line is looked for first.
NEAR_BEHIND = 40
NEAR_AHEAD = 120
#: How many places of an exact substring are weighed before the first one is taken.
MAX_OCCURRENCES = 64


def key(text: str) -> str:
    """What two readings of the same text share: letters and digits, case folded."""
    return "".join(_LETTERS.findall(text)).casefold()


@dataclass(frozen=True)
class Item:
    """One piece of a split: its role, the article it belongs to (None: the page)."""

    role: str
    article: int | None
    text: str


@dataclass(frozen=True)
class Label:
    role: str
    boundary: str
    #: The article of the item the line is found in (None: the page's), which the
    #: label's tag leaves out.
    article: int | None = field(default=None, compare=False)

    @property
    def tag(self) -> str:
        return f"{self.role}|{self.boundary}"

    @classmethod
    def from_tag(cls, tag: str) -> Label:
        role, boundary = tag.split("|")
        return cls(role, boundary)


def items_of_split(page: dict[str, Any]) -> list[Item]:
    """The items of a ``split --format json`` page, in their order."""
    items = [Item("furniture", None, text) for text in page.get("furniture", [])]
    for number, article in enumerate(page.get("articles", [])):
        advert = article.get("kind") in ("advertisement", "notice")
        for role in ("kicker", "headline", "subtitle", "byline"):
            if article.get(role):
                items.append(Item(role, number, article[role]))
        for block in article.get("blocks", []):
            kind = block.get("type")
            role = {"subhead": "subhead", "caption": "caption", "dateline": "dateline"}.get(
                kind, "ad" if advert else "body"
            )
            items.append(Item(role, number, block.get("text", "")))
    return items


class _Text:
    """The items' keys laid end to end, with where each item begins and how far it has
    been read."""

    def __init__(self, items: list[Item]) -> None:
        keys = [key(item.text) for item in items]
        self.starts: list[int] = []
        offset = 0
        for k in keys:
            self.starts.append(offset)
            offset += len(k)
        self.ends = [s + len(k) for s, k in zip(self.starts, keys, strict=True)]
        self.text = "".join(keys)
        self.read = list(self.starts)

    def item_at(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1 if self.text else -1

    def mark_read(self, pos: int, end: int) -> None:
        first = self.item_at(pos)
        last = self.item_at(max(pos, end - 1))
        for i in range(first, last + 1):
            self.read[i] = max(self.read[i], min(end, self.ends[i]))

    def frontiers(self) -> list[int]:
        return [r for r, e in zip(self.read, self.ends, strict=True) if r < e]


def _exact(s: str, text: _Text, cursor: int | None) -> int | None:
    # A line that is the whole of an item not yet read is that item (a subhead whose
    # words open the paragraph after it is not that paragraph's first line).
    for start, read, end in zip(text.starts, text.read, text.ends, strict=True):
        if read == start and end - start == len(s) and text.text.startswith(s, start):
            return start
    if cursor is not None and text.text.startswith(s, cursor):
        return cursor
    fronts = set(text.frontiers())
    occurrences = _occurrences(s, text.text, 0, len(text.text))
    for pos in occurrences:
        if pos in fronts:
            return pos
    if cursor:
        # Extractors that read a justified line's words out of order (``the / initial /
        # in / Chernobyl / stages of``) put a line a few words from where the last ended,
        # in the same paragraph.
        item = text.item_at(cursor - 1)
        near = [
            p
            for p in occurrences
            if -NEAR_BEHIND <= p - cursor <= NEAR_AHEAD and p + len(s) <= text.ends[item]
        ]
        if near:
            return min(near, key=lambda p: abs(p - cursor))
    if len(s) < MIN_FREE_MATCH:
        return None
    unread = [p for p in occurrences if p >= text.read[text.item_at(p)]]
    chosen = unread or occurrences
    return chosen[0] if chosen else None


def _occurrences(s: str, text: str, start: int, end: int) -> list[int]:
    found: list[int] = []
    pos = text.find(s, start, end)
    while pos >= 0 and len(found) < MAX_OCCURRENCES:
        found.append(pos)
        pos = text.find(s, pos + 1, end)
    return found


def _similar(s: str, text: _Text, cursor: int | None) -> tuple[int, int] | None:
    """The candidate place most like ``s``: (position, length matched)."""
    places = text.frontiers()
    if cursor is not None:
        places.insert(0, cursor)
    best: tuple[float, int] | None = None
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(s)
    for place in places:
        matcher.set_seq1(text.text[place : place + len(s)])
        if matcher.real_quick_ratio() < MIN_SIMILARITY or matcher.quick_ratio() < MIN_SIMILARITY:
            continue
        ratio = matcher.ratio()
        if ratio >= MIN_SIMILARITY and (best is None or ratio > best[0]):
            best = (ratio, place)
    return None if best is None else (best[1], len(s))


def _inside(found: list[tuple[int, int] | None], i: int, text: _Text) -> tuple[int, int] | None:
    """Where a line without letters or digits (a dash, a bracket, a mark set alone)
    stands: inside the item that the lines on both sides of it are read from, as a
    continuation; elsewhere nowhere (a rule or ornament the gold leaves out)."""
    before = found[i - 1] if i > 0 else None
    after = next((place for place in found[i + 1 :] if place is not None), None)
    if before is None or after is None:
        return None
    item = text.item_at(before[0] + before[1] - 1)
    if text.item_at(after[0]) != item or after[0] == text.starts[item]:
        return None
    return before[0] + before[1] - 1, 1


def align(lines: list[str], items: list[Item]) -> list[Label | None]:
    """Each line's label, or None where the line is not found in the items."""
    text = _Text(items)
    found: list[tuple[int, int] | None] = []
    cursor: int | None = None
    for line in lines:
        s = key(line)
        place: tuple[int, int] | None = None
        if s and text.text:
            pos = _exact(s, text, cursor)
            place = (pos, len(s)) if pos is not None else _similar(s, text, cursor)
        found.append(place)
        if place is not None:
            pos, size = place
            text.mark_read(pos, pos + size)
            cursor = pos + size
    labels: list[Label | None] = []
    article: int | None = None
    for i, place in enumerate(found):
        if place is None and not key(lines[i]):
            place = _inside(found, i, text)
        if place is None:
            labels.append(None)
            continue
        index = text.item_at(place[0])
        item = items[index]
        if place[0] != text.starts[index]:
            boundary = "C"
        elif item.article is None or item.article == article:
            boundary = "P"
        else:
            boundary = "A"
        if item.article is not None:
            article = item.article
        labels.append(Label(item.role, boundary, item.article))
    return labels
