"""The HTML view of a split page: ``newsclean view``.

One self-contained HTML file shows the page as it came in (decoded, line for line) beside
the articles ``split`` made of it: each article in its own colour on both sides, the
kicker, headline, subtitle, subheads and byline marked, furniture greyed, and every
repair highlighted where it was made, with what it was and which pass made it on hover.

To put repairs and articles back onto the raw lines, the view follows each line through
the real chain (``pipeline.run`` calls back after each pass) instead of re-implementing
any pass. After each pass it lines the new lines up with the old ones:

* a pass that keeps the number of lines (most of them) changed lines in place: each
  changed line records a step (pass, before, after);
* ``furniture`` takes lines out: its own verdicts on the lines it saw say which;
* a pass that joins lines (``rejoin``) made each new line of consecutive old ones, which
  is checked by comparing their text without whitespace and line-end hyphens;
* anything else (``frontmatter``, ``markup`` rewriting HTML) is lined up by
  ``difflib`` on whole lines, and a new line is traced to the raw line that contains
  its text; such a line's repairs are shown on its block, not on the raw text.

A raw line's steps, replayed with a character diff each, give the exact raw characters
each pass changed. Nothing is fetched and nothing runs in the page: the CSS is inline,
there is no script, and a Content-Security-Policy forbids both, so a headline that
reads ``<script>`` is text, escaped like all text.
"""

from __future__ import annotations

import dataclasses
import difflib
import html
import re
from dataclasses import dataclass, field
from typing import Any

from newsclean.model import FURNITURE, Document, blocks_from_text
from newsclean.options import Options
from newsclean.passes.furniture import block_starts
from newsclean.pipeline import Pass

#: Roles of a headline group and byline, in the order an article shows them.
HEAD_ROLES = ("kicker", "headline", "subtitle", "byline")
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


class _Tracer:
    """Follows each line of the Document back to the raw lines it came from."""

    def __init__(self, raw_lines: list[str], options: Options) -> None:
        self.raw = [RawLine(text) for text in raw_lines]
        self.options = options
        # The Document's lines are the raw lines that are not blank (blocks_from_text).
        self.lines = [text for text in raw_lines if text.strip()]
        self.tracks = [Track((i,)) for i, text in enumerate(raw_lines) if text.strip()]
        #: Where the Document's blocks begin among ``lines``: furniture reads them.
        self.breaks = block_starts(blocks_from_text("\n".join(raw_lines)))
        #: The raw lines with HTML entities decoded, made when first needed.
        self.unescaped: list[str] | None = None

    def __call__(self, the_pass: Pass, doc: Document) -> None:
        after = _flat(doc)
        if the_pass.name == "furniture":
            tracks = self._furniture(after)
        elif len(after) == len(self.lines):
            tracks = self._in_place(the_pass.name, after)
        else:
            tracks = self._joined(the_pass.name, after)
        if tracks is None:
            tracks = self._realigned(the_pass.name, after)
        self.tracks = tracks
        self.lines = [text for _, text in after]
        self.breaks = block_starts(doc.blocks)

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
        tracks = []
        for group, (_, text) in zip(groups, after, strict=True):
            if len(group) == 1:
                track = self.tracks[group[0]]
                if self.lines[group[0]] != text:
                    track.steps.append(Step(name, self.lines[group[0]], text))
                tracks.append(track)
                continue
            joined = Track((), exact=False)
            for i in group:
                part = self.tracks[i]
                self._settle(part, joined)
                joined.origins += part.origins
            tracks.append(joined)
        return tracks

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
        roles = [(role, article[role]) for role in HEAD_ROLES if article[role]]
        roles += [(block["type"], block["text"]) for block in article["blocks"]]
        for role, text in roles:
            waiting = free.get(text)
            if waiting:
                unit = waiting.pop(0)
                unit.article, unit.role = number, role


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
            note = _note(step.pass_name, step.before[i1:i2], step.after[j1:j2])
            found.append(Mark(start, end, [note]))
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


def _note(pass_name: str, before: str, after: str) -> str:
    if not after:
        return f"{pass_name}: removed {_show(before)}"
    if not before:
        return f"{pass_name}: added {_show(after)}"
    return f"{pass_name}: {_show(before)} → {_show(after)}"


# Rendering


def _hue(article: int) -> int:
    """Hues a golden angle apart: any number of articles, neighbours far apart."""
    return round(article * 137.508 + 210) % 360


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


CSS = """
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif;
  color: #1d1d1f; background: #fafafa; }
header.page-head { padding: 12px 20px; background: #fff; border-bottom: 1px solid #ddd; }
h1 { font-size: 18px; margin: 0 0 4px; }
.meta { color: #555; }
table.changes { border-collapse: collapse; margin-top: 6px; font-size: 12px; }
table.changes td { padding: 1px 10px 1px 0; }
.legend { margin-top: 6px; font-size: 12px; color: #555; }
.legend span { margin-right: 12px; }
.panes { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px;
  padding: 16px 20px; align-items: start; }
.pane h2 { font-size: 14px; margin: 0 0 8px; color: #555; text-transform: uppercase;
  letter-spacing: .04em; }
.raw { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 6px 0;
  font-family: "Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono", "Sarasa Mono SC",
  ui-monospace, monospace; }
.ln { display: grid; grid-template-columns: 3.2em minmax(0, 1fr) auto; gap: 8px;
  padding: 0 8px 0 0; border-left: 5px solid transparent; min-height: 1.55em; }
.ln .no { color: #999; text-align: right; user-select: none; }
.ln .tx { white-space: pre-wrap; overflow-wrap: anywhere; }
.ln .tag { font: 11px/1.55 system-ui, sans-serif; color: #666; white-space: nowrap; }
.ln.art { background: hsl(var(--h) 70% 95%); border-left-color: hsl(var(--h) 55% 50%); }
.ln.end .tx::after { content: " ¶"; color: hsl(var(--h) 40% 60%); }
.ln.furniture, .ln.removed { color: #9a9a9a; background: #f1f1f1;
  border-left-color: #c8c8c8; }
.ln.furniture .tx { text-decoration: line-through #c8c8c8; }
.ln.bridge { background: #fff4cc; }
.ln.bridge .tag { color: #8a6d00; }
.role-kicker .tx, .role-subtitle .tx { font-style: italic; }
.role-headline .tx { font-weight: 700; }
.role-subhead .tx { font-weight: 600; text-decoration: underline dotted; }
.role-byline .tx { font-variant: small-caps; color: #444; }
mark.fix { background: #ffd54f; border-radius: 2px; box-shadow: 0 0 0 1px #e0a800; }
mark.ins { background: none; box-shadow: none; }
mark.ins::after { content: "‸"; color: #c62828; font-weight: 700; }
.ln.repaired .no { color: #b26a00; font-weight: 700; cursor: help; }
.art-card { background: #fff; border: 1px solid #ddd; border-left: 6px solid hsl(var(--h) 55% 50%);
  border-radius: 6px; padding: 10px 14px; margin-bottom: 14px; }
.art-card .num { display: inline-block; min-width: 1.6em; text-align: center; color: #fff;
  background: hsl(var(--h) 55% 45%); border-radius: 10px; font-size: 12px; margin-right: 6px; }
.art-card .kicker, .art-card .subtitle { font-style: italic; color: #333; margin: 2px 0; }
.art-card .headline { font-size: 19px; margin: 2px 0; }
.art-card .byline { color: #444; font-variant: small-caps; margin: 4px 0; }
.blk { margin: 6px 0; }
.blk.subhead { font-weight: 600; }
.blk.lead { font-weight: 500; }
.role { display: inline-block; font: 10px/1.6 system-ui, sans-serif; color: hsl(var(--h) 45% 35%);
  background: hsl(var(--h) 70% 93%); border-radius: 3px; padding: 0 4px; margin-right: 6px;
  vertical-align: 1px; text-transform: uppercase; letter-spacing: .03em; }
.badge { font: 11px system-ui, sans-serif; color: #8a5a00; background: #fff1c2;
  border-radius: 3px; padding: 0 4px; margin-left: 4px; cursor: help; }
.signals { margin: 8px 0 0; padding: 0; list-style: none; font-size: 11px; color: #888; }
.signals li { display: inline; margin-right: 10px; }
.aside { background: #fff; border: 1px dashed #ccc; border-radius: 6px; padding: 8px 14px;
  color: #777; margin-bottom: 14px; }
.aside p { margin: 3px 0; }
"""


def render_html(pages: list[PageView]) -> str:
    """One self-contained HTML document showing every page."""
    title = ", ".join(page.source for page in pages) or "no pages"
    styles = [CSS]
    body = []
    for number, page in enumerate(pages):
        prefix = f"p{number}"
        for article in range(len(page.articles)):
            # Hovering an article card outlines its raw lines (no script needed).
            styles.append(
                f"body:has(#{prefix}-a{article}:hover) .{prefix}-a{article} "
                f"{{ outline: 2px solid hsl({_hue(article)} 55% 45%); outline-offset: -1px; }}"
            )
        body.append(_page_html(page, prefix))
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>newsclean view: {_esc(title)}</title>\n"
        f"<style>{''.join(styles)}</style>\n</head>\n<body>\n{''.join(body)}</body>\n</html>\n"
    )


def _page_html(page: PageView, prefix: str) -> str:
    marks_of = {i: marks(line.text, line.steps) for i, line in enumerate(page.lines) if line.steps}
    out = [f'<section class="page" id="{prefix}">\n<header class="page-head">\n']
    out.append(f"<h1>{_esc(page.source)}</h1>\n")
    repaired = sum(len(m) for m in marks_of.values())
    out.append(
        f'<div class="meta">encoding {_esc(page.encoding or "none (text given)")} · '
        f"{len(page.articles)} articles · {len(page.furniture)} furniture lines · "
        f"{repaired} repairs marked on the raw text</div>\n"
    )
    if page.changes:
        out.append('<table class="changes">')
        for name, kinds in page.changes.items():
            cells = ", ".join(f"{_esc(kind)} {n}" for kind, n in kinds.items())
            out.append(f"<tr><td><b>{_esc(name)}</b></td><td>{cells}</td></tr>")
        out.append("</table>\n")
    out.append(
        '<div class="legend"><span><mark class="fix">marked</mark> repaired (hover: what it '
        "was)</span><span>¶ end of a paragraph or heading</span><span>grey: furniture or "
        "taken out</span><span>yellow line: a column break bridged</span></div>\n"
    )
    out.append('</header>\n<div class="panes">\n<div class="pane">\n<h2>Page as extracted</h2>\n')
    out.append('<div class="raw">\n')
    for i, line in enumerate(page.lines):
        out.append(_raw_line_html(page, prefix, i, line, marks_of.get(i, [])))
    out.append('</div>\n</div>\n<div class="pane">\n<h2>Articles</h2>\n')
    for number, article in enumerate(page.articles):
        out.append(_article_html(page, prefix, number, article, marks_of))
    out.append(_leftovers_html(page))
    out.append("</div>\n</div>\n</section>\n")
    return "".join(out)


def _raw_line_html(page: PageView, prefix: str, i: int, line: RawLine, found: list[Mark]) -> str:
    classes = ["ln"]
    style = ""
    tag = ""
    unit = page.units[line.unit] if line.unit is not None else None
    if line.furniture is not None:
        classes.append("furniture")
        tag = f"furniture: {line.furniture}"
    elif unit is not None and unit.article is not None:
        classes += ["art", f"{prefix}-a{unit.article}", f"role-{unit.role}"]
        style = f' style="--h: {_hue(unit.article)}"'
        if line.unit_end:
            classes.append("end")
        if unit.lines and unit.lines[0] == i:
            tag = f"{unit.article + 1} · {unit.role}"
    elif line.removed_by is not None:
        classes.append("removed")
        tag = f"taken out by {line.removed_by}"
    elif unit is not None:
        tag = "in no article" if unit.lines and unit.lines[0] == i else ""
    if not line.text.strip() and i > 0 and page.lines[i - 1].bridged:
        classes.append("bridge")
        tag = "column break bridged (rejoin)"
    number_title = ""
    if line.steps:
        classes.append("repaired")
        both = f"as extracted: {line.text}\nrepaired: {line.steps[-1].after}"
        number_title = f' title="{_esc(both)}"'
    text = _marked_text(line.text, found)
    return (
        f'<div class="{" ".join(classes)}"{style}><span class="no"{number_title}>{i + 1}</span>'
        f'<span class="tx">{text}</span><span class="tag">{_esc(tag)}</span></div>\n'
    )


def _marked_text(text: str, found: list[Mark]) -> str:
    out = []
    pos = 0
    for mark in found:
        out.append(_esc(text[pos : mark.start]))
        title = _esc("\n".join(mark.notes))
        if mark.start == mark.end:
            out.append(f'<mark class="fix ins" title="{title}"></mark>')
        else:
            out.append(
                f'<mark class="fix" title="{title}">{_esc(text[mark.start : mark.end])}</mark>'
            )
        pos = mark.end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _article_html(
    page: PageView,
    prefix: str,
    number: int,
    article: dict[str, Any],
    marks_of: dict[int, list[Mark]],
) -> str:
    by_role: dict[tuple[str, str], Unit] = {}
    for placed in page.units:
        if placed.article == number:
            by_role.setdefault((placed.role, placed.text), placed)
    out = [f'<article class="art-card" id="{prefix}-a{number}" style="--h: {_hue(number)}">\n']
    tags = {"kicker": "p", "headline": "h2", "subtitle": "p", "byline": "p"}
    for role in HEAD_ROLES:
        if article[role]:
            unit = by_role.get((role, article[role]))
            number_html = f'<span class="num">{number + 1}</span>' if role == "headline" else ""
            out.append(
                f'<{tags[role]} class="{role}">{number_html}<span class="role">{role}</span>'
                f"{_esc(article[role])}{_badge(page, unit, marks_of)}</{tags[role]}>\n"
            )
    if not article["headline"]:
        out.append(f'<p><span class="num">{number + 1}</span><i>no headline</i></p>\n')
    for block in article["blocks"]:
        unit = by_role.get((block["type"], block["text"]))
        where = _line_range(unit)
        out.append(
            f'<p class="blk {_esc(block["type"])}"{where}><span class="role">'
            f"{_esc(block['type'])}</span>{_esc(block['text'])}{_badge(page, unit, marks_of)}</p>\n"
        )
    if article.get("signals"):
        signals = "".join(f"<li>{_esc(s)}</li>" for s in article["signals"])
        out.append(f'<ul class="signals" title="why segmentation decided so">{signals}</ul>\n')
    out.append("</article>\n")
    return "".join(out)


def _line_range(unit: Unit | None) -> str:
    if unit is None or not unit.lines:
        return ""
    first, last = unit.lines[0] + 1, unit.lines[-1] + 1
    span = f"line {first}" if first == last else f"lines {first}–{last}"
    return f' title="{span}"'


def _badge(page: PageView, unit: Unit | None, marks_of: dict[int, list[Mark]]) -> str:
    """How many repairs went into this block, listed on hover."""
    if unit is None:
        return ""
    notes = [
        f"line {i + 1} · {n}" for i in unit.lines for m in marks_of.get(i, []) for n in m.notes
    ]
    notes += [_note(s.pass_name, s.before, s.after) for s in unit.steps if s.before]
    if not notes:
        return ""
    word = "repair" if len(notes) == 1 else "repairs"
    return f'<span class="badge" title="{_esc(chr(10).join(notes))}">{len(notes)} {word}</span>'


def _leftovers_html(page: PageView) -> str:
    out = []
    if page.furniture:
        out.append('<div class="aside"><b>Furniture</b> (in no article)\n')
        out += [f"<p>{_esc(kind)}: {_esc(text)}</p>\n" for kind, text in page.furniture]
        out.append("</div>\n")
    unplaced = [u for u in page.units if u.article is None]
    if unplaced:
        out.append('<div class="aside"><b>In no article</b>\n')
        out += [f"<p>{_esc(u.text)}</p>\n" for u in unplaced]
        out.append("</div>\n")
    return "".join(out)
