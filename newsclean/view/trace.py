"""Following each raw line of a page through the passes (see :mod:`newsclean.view`):
what each pass made of it, which unit and article it went into, and where on its
characters each repair was made."""

from __future__ import annotations

import dataclasses
import difflib
import html
import re
from dataclasses import dataclass, field
from typing import Any

from newsclean.model import FURNITURE, Document, Furniture, Origin, blocks_from_text
from newsclean.options import Options
from newsclean.passes.furniture import block_starts
from newsclean.pipeline import Pass

#: Roles of a headline group and byline, in the order an article shows them; ``decks``
#: holds a list, each deck a line of its own (role ``deck``).
HEAD_ROLES = ("kicker", "headline", "subtitle", "decks", "byline")
#: Longest text quoted in a hover note.
MAX_QUOTE = 120


@dataclass(frozen=True)
class Step:
    """One pass's change to one line: what the line read before and after it."""

    pass_name: str
    before: str
    after: str


@dataclass
class Track:
    """Where a line of the Document came from: the raw lines it was made of, whether its
    text follows from one raw line by the recorded steps alone, and those steps."""

    origins: tuple[int, ...]
    exact: bool = True
    steps: list[Step] = field(default_factory=list)


@dataclass
class RawLine:
    """One line of the page as it came in, and what became of it."""

    text: str
    #: Repairs made to the line while it was a line of its own, in pass order.
    steps: list[Step] = field(default_factory=list)
    #: The furniture kind, when the line was furniture.
    furniture: str | None = None
    #: The pass that took the line out of the text into metadata or nowhere.
    removed_by: str | None = None
    #: Index of the article block (unit) the line went into.
    unit: int | None = None
    #: The line ends a paragraph, headline or other unit.
    unit_end: bool = False
    #: The blank line after this one was a column break that ``rejoin`` bridged.
    bridged: bool = False


@dataclass
class Unit:
    """One paragraph, headline or byline of the repaired page, and where it went."""

    text: str
    lines: tuple[int, ...]
    #: Changes made after the unit's lines were joined, or that cannot be placed on one
    #: raw line (HTML rewritten by ``markup``, a conversion of a whole paragraph).
    steps: list[Step] = field(default_factory=list)
    article: int | None = None
    role: str = "unplaced"


@dataclass
class Mark:
    """A repair placed on a raw line: characters ``start:end`` (an insertion when
    equal), and what each pass made of them."""

    start: int
    end: int
    notes: list[str]


@dataclass
class PageView:
    """Everything the HTML view shows of one page."""

    source: str
    encoding: str | None
    lines: list[RawLine]
    units: list[Unit]
    articles: list[dict[str, Any]]
    changes: dict[str, dict[str, int]]
    furniture: list[tuple[str, str]]


def trace(
    data: str | bytes,
    *,
    source: str = "<string>",
    options: Options | None = None,
    **overrides: Any,
) -> PageView:
    """Run ``split`` on ``data``, following every raw line through the passes."""
    from newsclean import pipeline
    from newsclean.api import document
    from newsclean.emit import changes_dict
    from newsclean.segment import split_document

    opts = dataclasses.replace(options or Options(), **overrides)
    doc = document(data, source)
    tracer = _Tracer(_raw_text(data, opts).split("\n"), opts)
    pipeline.run(doc, opts, observe=tracer)
    articles = [a.to_dict() for a in split_document(doc, opts)]
    units = tracer.finish(doc, articles)
    return PageView(
        source=source,
        encoding=doc.encoding,
        lines=tracer.raw,
        units=units,
        articles=articles,
        changes=changes_dict(doc),
        furniture=[(f.kind, f.text) for f in doc.furniture],
    )


def _raw_text(data: str | bytes, options: Options) -> str:
    """The page as the passes first see it, blank lines included (the Document keeps
    only blocks): text as ``api.document`` reads it, bytes as ``decode`` decodes them."""
    from newsclean.api import unix_newlines

    if isinstance(data, str):
        return unix_newlines(data)
    from newsclean.passes.decode import decode_bytes, normalize_line_ends

    return normalize_line_ends(decode_bytes(data, options.encoding)[0])


def _flat(doc: Document) -> list[tuple[str, str]]:
    return [(block.kind, line) for block in doc.blocks for line in block.lines]


def _spans(doc: Document) -> list[Origin] | None:
    """Each line's origin, or None when some block's are unknown."""
    spans: list[Origin] = []
    for block in doc.blocks:
        if block.origins is None:
            return None
        spans += block.origins
    return spans


class _Tracer:
    """Follows each line of the Document back to the raw lines it came from: by the
    lines' origins (``Block.origins``) while every line has one. A pass that rebuilds
    lines without them (HTML blocks, ``columns``, ``reorder``) leaves the page to the
    fallback, which finds lines again by their text: joins by ``join_groups``, the
    furniture pass's verdicts by running it again, anything else by ``difflib``."""

    def __init__(self, raw_lines: list[str], options: Options) -> None:
        self.raw = [RawLine(text) for text in raw_lines]
        self.options = options
        # The Document's lines are the raw lines that are not blank (blocks_from_text).
        self.lines = [text for text in raw_lines if text.strip()]
        self.tracks = [Track((i,)) for i, text in enumerate(raw_lines) if text.strip()]
        self.spans: list[Origin] | None = [
            (i, i) for i, text in enumerate(raw_lines) if text.strip()
        ]
        #: How many furniture records the passes so far made.
        self.recorded = 0
        #: Where the Document's blocks begin among ``lines``: furniture reads them.
        self.breaks = block_starts(blocks_from_text("\n".join(raw_lines)))
        #: The raw lines with HTML entities decoded, made when first needed.
        self.unescaped: list[str] | None = None

    def __call__(self, the_pass: Pass, doc: Document) -> None:
        after = _flat(doc)
        spans = _spans(doc)
        records = doc.furniture[self.recorded :]
        self.recorded = len(doc.furniture)
        tracks = None
        if self.spans is not None and spans is not None:
            tracks = self._by_origin(the_pass.name, after, spans, records)
        if tracks is None:
            tracks = self._by_text(the_pass.name, after)
        self.tracks = tracks
        self.lines = [text for _, text in after]
        self.spans = spans
        self.breaks = block_starts(doc.blocks)

    def _by_origin(
        self,
        name: str,
        after: list[tuple[str, str]],
        spans: list[Origin],
        records: list[Furniture],
    ) -> list[Track] | None:
        """Each line after the pass takes the lines before it whose origins its own
        covers; a line that none covers was taken out. Passes keep the lines' order, so
        one walk pairs them; None when they did not (the fallback finds them)."""
        assert self.spans is not None
        before = self.spans
        groups: list[list[int]] = []
        gone: list[int] = []
        i = 0
        for first, last in spans:
            group: list[int] = []
            while i < len(before) and before[i][0] <= last:
                if before[i][1] < first:
                    gone.append(i)
                elif first <= before[i][0] and before[i][1] <= last:
                    group.append(i)
                else:
                    return None
                i += 1
            if not group:
                return None
            groups.append(group)
        gone += range(i, len(before))
        kinds = {r.origin: r.kind for r in records if r.origin is not None}
        for at in gone:
            self._gone(name, at, kinds)
        return self._grouped(name, groups, after, kinds)

    def _grouped(
        self,
        name: str,
        groups: list[list[int]],
        after: list[tuple[str, str]],
        kinds: dict[Origin, str] | None = None,
    ) -> list[Track]:
        """The tracks of the lines after a pass, each line from its group of lines
        before (``groups``, however they were paired): a line alone goes on with its
        track, a step added where the pass changed it; lines joined make one new track
        of all their origins. ``kinds``: the furniture the pass recorded, by origin."""
        tracks: list[Track] = []
        for group, (_, text) in zip(groups, after, strict=True):
            if len(group) == 1:
                track = self.tracks[group[0]]
                if kinds and self.spans is not None:
                    self._found(track, kinds.get(self.spans[group[0]]))
                if self.lines[group[0]] != text:
                    track.steps.append(Step(name, self.lines[group[0]], text))
                tracks.append(track)
                continue
            joined = Track((), exact=False)
            for at in group:
                part = self.tracks[at]
                self._settle(part, joined)
                joined.origins += part.origins
            tracks.append(joined)
        return tracks

    def _found(self, track: Track, kind: str | None) -> None:
        if kind is not None:
            for origin in track.origins:
                self.raw[origin].furniture = kind

    def _gone(self, name: str, at: int, kinds: dict[Origin, str]) -> None:
        """The line at ``at`` was taken out: as furniture, or by another pass."""
        track = self.tracks[at]
        kind = kinds.get(self.spans[at]) if self.spans is not None else None
        self._settle(track, Track(()))
        if kind is not None:
            self._found(track, kind)
            return
        for origin in track.origins:
            self.raw[origin].removed_by = self.raw[origin].removed_by or name

    def _by_text(self, name: str, after: list[tuple[str, str]]) -> list[Track]:
        """The fallback, for lines without origins: found again by their text."""
        if name == "furniture":
            tracks = self._furniture(after)
        elif len(after) == len(self.lines):
            tracks = self._in_place(name, after)
        else:
            tracks = self._joined(name, after)
        return self._realigned(name, after) if tracks is None else tracks

    def _in_place(self, name: str, after: list[tuple[str, str]]) -> list[Track]:
        for track, before, (_, text) in zip(self.tracks, self.lines, after, strict=True):
            if before != text:
                track.steps.append(Step(name, before, text))
        return self.tracks

    def _furniture(self, after: list[tuple[str, str]]) -> list[Track] | None:
        from newsclean.passes.furniture import PHOTO_CAPTION, page_verdicts

        # A photo's caption stays in the text (a block of its own): body, not furniture.
        found_here = page_verdicts(self.lines, self.options, breaks=self.breaks)
        verdicts = [None if v is PHOTO_CAPTION else v for v in found_here]
        body = [i for i, (kind, _) in enumerate(after) if kind != FURNITURE]
        kept = [i for i, (kind, _) in enumerate(after) if kind == FURNITURE]
        tracks: list[Track | None] = [None] * len(after)
        found: list[tuple[Track, str]] = []
        gone: list[Track] = []
        for track, line, verdict in zip(self.tracks, self.lines, verdicts, strict=True):
            if verdict is None:
                if not body or after[body[0]][1] != line:
                    return None
                tracks[body.pop(0)] = track
                continue
            found.append((track, verdict.kind))
            if kept and after[kept[0]][1] == line.strip():
                tracks[kept.pop(0)] = track
                if line != line.strip():
                    track.steps.append(Step("furniture", line, line.strip()))
            else:
                gone.append(track)
        if body or kept:
            return None
        for track, kind in found:
            for origin in track.origins:
                self.raw[origin].furniture = kind
        for track in gone:
            self._settle(track, Track(()))
        return [t for t in tracks if t is not None]

    def _joined(self, name: str, after: list[tuple[str, str]]) -> list[Track] | None:
        groups = join_groups(self.lines, [text for _, text in after])
        if groups is None:
            return None
        return self._grouped(name, groups, after)

    def _realigned(self, name: str, after: list[tuple[str, str]]) -> list[Track]:
        texts = [text for _, text in after]
        matcher = difflib.SequenceMatcher(None, self.lines, texts, autojunk=False)
        tracks: list[Track] = []
        cursor = 0
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                tracks += self.tracks[i1:i2]
                cursor = max(cursor, *(o for t in self.tracks[i1:i2] for o in t.origins), 0)
                continue
            for track in self.tracks[i1:i2]:
                self._settle(track, Track(()))
                for origin in track.origins:
                    self.raw[origin].removed_by = self.raw[origin].removed_by or name
            for text in texts[j1:j2]:
                holder = self._containing(text, cursor)
                cursor = holder if holder is not None else cursor
                new = Track((holder,) if holder is not None else (), exact=False)
                new.steps.append(Step(name, "", text))
                tracks.append(new)
        return tracks

    def _containing(self, text: str, start: int) -> int | None:
        """The raw line that holds ``text`` (or its start), searching on from ``start``."""
        needle = text.strip()[:24]
        if not needle:
            return None
        if self.unescaped is None:
            self.unescaped = [html.unescape(line.text) for line in self.raw]
        order = [*range(start, len(self.raw)), *range(start)]
        return next((i for i in order if needle in self.unescaped[i]), None)

    def _settle(self, track: Track, into: Track) -> None:
        """A line is about to lose its identity (joined, or the chain ended): its steps
        go to its raw line when they describe it exactly, else to ``into``."""
        if track.exact and len(track.origins) == 1:
            self.raw[track.origins[0]].steps.extend(track.steps)
        else:
            into.steps.extend(track.steps)

    def finish(self, doc: Document, articles: list[dict[str, Any]]) -> list[Unit]:
        """The Document's units (lines outside furniture blocks) with their raw lines,
        placed in ``articles`` by their text, in order."""
        units = []
        for (kind, text), track in zip(_flat(doc), self.tracks, strict=True):
            unit = Unit(text, tuple(sorted(set(track.origins))))
            self._settle(track, Track((), steps=unit.steps))
            if kind == FURNITURE:
                continue
            units.append(unit)
        _place(units, articles)
        for number, unit in enumerate(units):
            for origin in unit.lines:
                self.raw[origin].unit = number
                self.raw[origin].removed_by = None
            if unit.lines:
                self.raw[unit.lines[-1]].unit_end = True
            for a, b in zip(unit.lines, unit.lines[1:], strict=False):
                if any(not self.raw[i].text.strip() for i in range(a + 1, b)):
                    self.raw[a].bridged = True
        return units


def join_groups(before: list[str], after: list[str]) -> list[list[int]] | None:
    """How each line of ``after`` is made of consecutive lines of ``before`` (rejoin's
    joins), or None when it is not. Lines are compared without whitespace (joins and
    justification spaces) and a line-end hyphen may be gone (a word rejoined)."""
    groups: list[list[int]] = []
    i = 0
    for text in after:
        target = _squash(text)
        done = ""
        group: list[int] = []
        while i < len(before) and (len(done) < len(target) or not group):
            part = _squash(before[i])
            rest = target[len(done) :]
            if rest.startswith(part):
                done += part
            elif part.endswith(("-", "\u00ad")) and rest.startswith(part[:-1]):
                done += part[:-1]
            else:
                return None
            group.append(i)
            i += 1
        if done != target:
            return None
        groups.append(group)
    return groups if i == len(before) else None


_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def _place(units: list[Unit], articles: list[dict[str, Any]]) -> None:
    """Give each unit its article and role: the first unplaced unit with the text of
    each headline-group line, byline and block."""
    free: dict[str, list[Unit]] = {}
    for unit in units:
        free.setdefault(unit.text, []).append(unit)
    for number, article in enumerate(articles):
        heads = head_lines(article)
        blocks = [(block["type"], block["text"]) for block in article["blocks"]]
        for place, (role, text) in enumerate(heads + blocks):
            waiting = free.get(text, [])
            while waiting and waiting[0].article is not None:
                waiting.pop(0)  # placed already, as a line of a wrapped head line
            if waiting:
                found = [waiting.pop(0)]
            else:
                found = _wrapped(units, text) if place < len(heads) else []
            for unit in found:
                unit.article, unit.role = number, role


def _wrapped(units: list[Unit], text: str) -> list[Unit]:
    """The first run of unplaced units that make up ``text`` joined by spaces: a head
    line that segmentation read whole from the units of its wrapped lines (a subtitle
    over two lines of capitals)."""
    for start, unit in enumerate(units):
        if unit.article is not None or not text.startswith(unit.text + " "):
            continue
        joined, end = unit.text, start + 1
        while end < len(units) and units[end].article is None:
            joined, end = joined + " " + units[end].text, end + 1
            if joined == text:
                return units[start:end]
            if not text.startswith(joined + " "):
                break
    return []


def head_lines(article: dict[str, Any]) -> list[tuple[str, str]]:
    """An article's headline group and byline as ``(role, text)``, top to bottom."""
    lines: list[tuple[str, str]] = []
    for role in HEAD_ROLES:
        if role == "decks":
            lines += [("deck", deck) for deck in article["decks"]]
        elif article[role]:
            lines.append((role, article[role]))
    return lines


def marks(raw: str, steps: list[Step]) -> list[Mark]:
    """Where on ``raw`` each step changed it, in raw character positions."""
    owner: list[int | None] = list(range(len(raw)))
    text = raw
    found: list[Mark] = []
    for step in steps:
        if step.before != text:
            break  # out of step with the line: better no mark than a wrong one
        matcher = difflib.SequenceMatcher(None, step.before, step.after, autojunk=False)
        new_owner: list[int | None] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                new_owner += owner[i1:i2]
                continue
            placed = [o for o in owner[i1:i2] if o is not None]
            if placed:
                start, end = min(placed), max(placed) + 1
            else:
                before = [o for o in owner[:i1] if o is not None]
                start = end = before[-1] + 1 if before else 0
            remark = note(step.pass_name, step.before[i1:i2], step.after[j1:j2])
            found.append(Mark(start, end, [remark]))
            new_owner += [None] * (j2 - j1)
        owner, text = new_owner, step.after
    return _merge_marks(found)


def _merge_marks(found: list[Mark]) -> list[Mark]:
    merged: list[Mark] = []
    for mark in sorted(found, key=lambda m: (m.start, m.end)):
        last = merged[-1] if merged else None
        if last is not None and (
            mark.start < last.end or (mark.start == last.start and mark.end == last.end)
        ):
            last.end = max(last.end, mark.end)
            last.notes += mark.notes
        else:
            merged.append(mark)
    return merged


def _show(text: str) -> str:
    text = text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"
    return "“" + text.replace(" ", "␣").replace("\u3000", "□") + "”"


def note(pass_name: str, before: str, after: str) -> str:
    if not after:
        return f"{pass_name}: removed {_show(before)}"
    if not before:
        return f"{pass_name}: added {_show(after)}"
    return f"{pass_name}: {_show(before)} → {_show(after)}"
