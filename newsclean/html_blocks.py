"""HTML to blocks, for the ``markup`` pass: the standard library's forgiving parser,
told which elements end paragraphs, which are fields of their own, and which are
dropped, hidden or furniture (see :mod:`newsclean.passes.markup`). Imported only for
a document that looks like HTML."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from newsclean import regex
from newsclean.model import HEADING, PARAGRAPH, VERBATIM, Block, blocks_from_text

BLOCK_TAGS = frozenset(
    "p div section article header footer main aside address blockquote figure figcaption "
    "ul ol li dl dt dd table thead tbody tfoot tr caption h1 h2 h3 h4 h5 h6 pre hr body html "
    "form fieldset details summary center".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
#: Elements whose content is never text of the page.
DROPPED_TAGS = frozenset("script style noscript template iframe svg object canvas head".split())
#: Dropped elements whose content is code, not text: counted, never listed.
CODE_TAGS = frozenset(("script", "style"))
#: What a ``<head>`` holds; any other start tag means the head has ended.
HEAD_TAGS = frozenset("title meta link base script style noscript template object".split())
#: Elements whose content is page furniture.
FURNITURE_TAGS = frozenset(("nav",))
#: HTML's void elements (and the legacy ones browsers still treat so): they have no end
#: tag, so none may wait for one.
VOID_TAGS = frozenset(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source "
    "track wbr".split()
)
CELL_TAGS = frozenset(("td", "th"))
#: HTML's phrasing elements: they run inside a line of text.
INLINE_TAGS = frozenset(
    "a abbr acronym b bdi bdo big blink cite code data del dfn em font i ins kbd label mark "
    "nobr q rp rt ruby s samp small span strike strong sub sup time tt u var".split()
)


def _field_edge(tag: str) -> bool:
    """An element that is none of the above (an RSS item's ``<title>``, ``<link>``,
    ``<description>``; a form's ``<option>``) holds a field of its own: its edges end a
    paragraph, so two fields never run together (``Council meetshttp://…``). Prefixed
    (``<o:p>``, ``<st1:place>``) and custom (``<x-name>``) elements run in the line."""
    known = tag in INLINE_TAGS or tag in BLOCK_TAGS or tag in CELL_TAGS or tag in VOID_TAGS
    return not known and ":" not in tag and "-" not in tag


_SPACE_RUN = regex.compile(r"[ \t\r\n\f\v]+")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: A source line break between two CJK characters: browsers render it as nothing.
_CJK_BREAK = regex.compile(
    "(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \t]*\n[ \t\n]*"
    "(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])"
)
#: What ``<br>`` becomes while a block is collected; source newlines are just spaces.
_BR = "\u2028"


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for key, value in attrs:
        if key == "hidden" or (key == "aria-hidden" and value == "true"):
            return True
        if key == "style" and value and _HIDDEN_STYLE.search(value):
            return True
    return False


class BlockBuilder(HTMLParser):
    """Collects blocks from HTML; what it drops it reports instead of losing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.images: list[dict[str, str]] = []
        self.furniture: list[tuple[str, str]] = []
        self.counts: Counter[str] = Counter()
        self._pieces: list[str] = []
        self._block_depth = 0
        self._kind = PARAGRAPH
        #: The page's title, from its head.
        self.title: str | None = None
        # A stack of (tag, purpose, text) for elements whose content is diverted: inner
        # elements of no purpose of their own share the text of the one they are in.
        self._diverted: list[tuple[str, str, list[str]]] = []
        #: How many of each tag ``_diverted`` holds, for the same constant-time look-up.
        self._diverted_open: Counter[str] = Counter()
        self._open_stack: list[str] = []
        #: How many of each tag ``_open_stack`` holds: a stray end tag under deep nesting
        #: is looked up in constant time, not by reading the whole stack.
        self._open: Counter[str] = Counter()

    # --- diversion of hidden, dropped and furniture elements ---------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # Every tag taken out of the text is counted: an inline ``<b>`` changes the text
        # as much as a ``<p>`` does, and a change is never left uncounted.
        self.counts["tag"] += 1
        if len(self._diverted) == 1 and self._diverted[0][0] == "head" and tag not in HEAD_TAGS:
            self._end_diversions()
        if self._diverted:
            if tag not in VOID_TAGS:
                # Only the head's title is the page's (an SVG icon has one too).
                in_head = self._diverted[0][0] == "head"
                inner = "title" if tag == "title" and in_head else ""
                inner = "dropped" if tag in CODE_TAGS else inner
                pieces = [] if inner else self._diverted[-1][2]
                self._divert(tag, inner, pieces)
            return
        purpose = ""
        if tag in DROPPED_TAGS:
            purpose = "dropped"
        elif tag in FURNITURE_TAGS:
            purpose = "navigation"
        elif _hidden(attrs):
            purpose = "hidden"
        if purpose and tag not in VOID_TAGS:
            self._flush()
            self._divert(tag, purpose, [])
            self.counts[f"{purpose}-{tag}" if purpose == "dropped" else f"{purpose}-element"] += 1
            return
        if tag == "img":
            self._image(attrs)
            return
        if tag == "br":
            self._pieces.append(_BR)
            return
        if tag in CELL_TAGS:
            self._pieces.append(" ")
            return
        if _field_edge(tag):
            self._flush()
            return
        if tag in BLOCK_TAGS:
            self._flush()
            if tag not in VOID_TAGS:
                self._block_depth += 1
                self._open_stack.append(tag)
                self._open[tag] += 1
                if tag in HEADING_TAGS:
                    self._kind = HEADING
                elif tag == "pre":
                    self._kind = VERBATIM

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.counts["tag"] += 1
        if self._diverted:
            return
        if tag == "img":
            self._image(attrs)
        elif tag == "br":
            self._pieces.append(_BR)
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        self.counts["tag"] += 1
        if self._diverted:
            # The end tag of a diverted element also ends the elements left open inside
            # it (a ``<p>`` never closed in a hidden ``<div>``), as a browser ends them;
            # an end tag of nothing diverted changes nothing.
            if self._diverted_open[tag]:
                ended = ""
                while ended != tag:
                    ended, purpose, pieces = self._undivert()
                    self._end_diversion(ended, purpose, pieces)
            return
        if tag in BLOCK_TAGS and self._open[tag]:
            self._flush()
            while self._open_stack:
                popped = self._open_stack.pop()
                self._open[popped] -= 1
                if popped == tag:
                    break
                self._block_depth -= 1
            self._block_depth -= 1
            self._kind = PARAGRAPH
        elif tag == "tr":
            self._pieces.append(_BR)
        elif _field_edge(tag):
            self._flush()

    def _end_diversion(self, tag: str, purpose: str, pieces: list[str]) -> None:
        if not purpose or tag in CODE_TAGS:
            return
        text = _SPACE_RUN.sub(" ", "".join(pieces)).strip()
        if not text:
            return
        if purpose == "title":
            self.counts["title"] += 1
            if self.title is None:
                self.title = text
        self.furniture.append((text, tag if purpose == "dropped" else purpose))

    def _end_diversions(self) -> None:
        """End every open diversion: a head never closed ends at the body's first tag,
        and what any element left open at the end diverted is still reported."""
        while self._diverted:
            self._end_diversion(*self._undivert())

    def _divert(self, tag: str, purpose: str, pieces: list[str]) -> None:
        self._diverted.append((tag, purpose, pieces))
        self._diverted_open[tag] += 1

    def _undivert(self) -> tuple[str, str, list[str]]:
        entry = self._diverted.pop()
        self._diverted_open[entry[0]] -= 1
        return entry

    def handle_data(self, data: str) -> None:
        if self._diverted:
            self._diverted[-1][2].append(data)
            return
        self._pieces.append(data)

    def handle_comment(self, data: str) -> None:
        self.counts["comment"] += 1

    def _image(self, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v for k, v in attrs if k in ("src", "alt") and v}
        if found:
            self.images.append(found)
        self.counts["image"] += 1

    def _flush(self) -> None:
        text = "".join(self._pieces)
        self._pieces = []
        if not text.strip():
            return
        if self._block_depth <= 0:
            # Text outside any block element keeps the lines it was written in.
            self.blocks.extend(blocks_from_text(text.replace(_BR, "\n")))
            return
        if self._kind == VERBATIM:
            lines = text.replace(_BR, "\n").strip("\n").split("\n")
            self.blocks.append(Block(lines, VERBATIM))
            return
        lines = []
        for part in _CJK_BREAK.sub("", text).split(_BR):
            line = _SPACE_RUN.sub(" ", part).strip()
            if line:
                lines.append(line)
        if lines:
            self.blocks.append(Block(lines, self._kind))

    def close(self) -> None:
        super().close()
        self._flush()
        self._end_diversions()
