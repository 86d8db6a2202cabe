"""markup: HTML and Markdown remnants to plain blocks.

Defect: scraped articles keep their markup: ``<p>`` tags, ``<br />``, entities such as
``&nbsp;``, hidden stock-chart widgets, images, scripts, comments, Markdown links and
``<http://…>`` autolinks.

Recognition: a document that holds block or inline HTML tags is parsed with the
standard library's forgiving HTML parser. Block elements (``p``, ``div``, ``li``,
headings...) end paragraphs and become blocks whose line breaks are final; text outside
any block element keeps its own lines. An element that is neither HTML's block nor its
inline vocabulary (an RSS item's ``<title>``, ``<link>``) is a field of its own: its
edges end a paragraph, so fields never run together. CDATA sections (an RSS item's
``<description><![CDATA[…]]>``) are text: their markers go and their content stays, as
markup if it is markup. Hidden elements (``display:none``, ``visibility:hidden``,
``hidden``, ``aria-hidden``), ``<nav>``, the ``<head>``, scripts, styles and comments are
dropped from the text, and nothing else: the page's ``<title>`` becomes
``metadata["title"]``, and it, hidden and navigation text, and any other text of a
dropped element go to the furniture (the code of scripts and styles and the notes of
comments are not text: they are counted). A start tag that cannot stand in a head ends
a ``<head>`` that was never closed, and the end tag of a dropped or hidden element ends
the elements left open inside it (void elements such as ``<param>`` never wait for
one). Image ``src``/``alt`` go to ``metadata["images"]``.
Entities are unescaped everywhere; ``[text](url)`` keeps its text and ``<url>`` its URL.
Every drop is counted.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from html.parser import HTMLParser

from newsclean import regex
from newsclean.model import (
    HEADING,
    PARAGRAPH,
    PLAIN,
    VERBATIM,
    Block,
    Document,
    Furniture,
    blocks_from_text,
)
from newsclean.options import Options

NAME = "markup"
DESCRIPTION = "HTML/Markdown remnants to plain blocks; hidden elements, images, scripts dropped"

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


_TAG = regex.compile(
    r"</?(?:p|div|br|img|a|span|h[1-6]|li|ul|ol|table|tr|td|th|script|style|section|article|"
    r"strong|em|b|i|u|blockquote|figure|figcaption|pre|hr|font|center|nav|iframe)\b[^<>]*>|<!--",
    re.IGNORECASE,
)
_AUTOLINK = regex.compile(r"<((?:https?|ftp)://[^\s<>]+)>", re.IGNORECASE)
# Link text holds no ``[`` and a URL no ``(``: what one opening bracket's match may read
# then ends where the next one's starts, so a line of ``[`` or ``[a](http:`` that never
# closes is read once, not once from every bracket (quadratic).
_MD_IMAGE = regex.compile(r"!\[([^\[\]\n]*+)\]\(([^()\s]++)(?:\s+\"[^\"\n]*+\")?\)")
_MD_LINK = regex.compile(r"\[([^\[\]\n]++)\]\(((?:https?:|ftp:|mailto:|/|\.|#)[^()\s]*+)\)")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACE_RUN = regex.compile(r"[ \t\r\n\f\v]+")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: A source line break between two CJK characters: browsers render it as nothing.
_CJK_BREAK = regex.compile(
    "(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \t]*\n[ \t\n]*"
    "(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])"
)
_CDATA_OPEN = "<![CDATA["
_CDATA_CLOSE = "]]>"
#: What ``<br>`` becomes while a block is collected; source newlines are just spaces.
_BR = "\u2028"


def looks_like_html(text: str) -> bool:
    return _TAG.search(text) is not None


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for key, value in attrs:
        if key == "hidden" or (key == "aria-hidden" and value == "true"):
            return True
        if key == "style" and value and _HIDDEN_STYLE.search(value):
            return True
    return False


class _BlockBuilder(HTMLParser):
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


def _markdown_inline(text: str, images: list[dict[str, str]], counts: Counter[str]) -> str:
    def image(m: re.Match[str]) -> str:
        images.append({k: v for k, v in (("alt", m.group(1)), ("src", m.group(2))) if v})
        counts["image"] += 1
        return ""

    def link(m: re.Match[str]) -> str:
        counts["link"] += 1
        return m.group(1)

    def autolink(m: re.Match[str]) -> str:
        counts["autolink"] += 1
        return m.group(1)

    text = _MD_IMAGE.sub(image, text)
    text = _MD_LINK.sub(link, text)
    return _AUTOLINK.sub(autolink, text)


def _unescape_entities(text: str) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()

    def one(m: re.Match[str]) -> str:
        value = html.unescape(m.group(0))
        if value == m.group(0) or "\n" in value:
            return m.group(0)
        counts["entity"] += 1
        return value

    return _ENTITY.sub(one, text), counts


def _unwrap_cdata(text: str) -> tuple[str, int]:
    """CDATA sections' content, without their markers; one that never closes is text."""
    pieces: list[str] = []
    found = start = 0
    while (begin := text.find(_CDATA_OPEN, start)) >= 0:
        end = text.find(_CDATA_CLOSE, begin + len(_CDATA_OPEN))
        if end < 0:
            break
        pieces += [text[start:begin], text[begin + len(_CDATA_OPEN) : end]]
        found += 1
        start = end + len(_CDATA_CLOSE)
    return "".join([*pieces, text[start:]]), found


def apply(doc: Document, options: Options) -> None:
    text = doc.text
    if _CDATA_OPEN in text:
        text, sections = _unwrap_cdata(text)
        if sections:
            doc.set_text(text)
            doc.count(NAME, "cdata", sections)
    has_markdown = "](" in text or "<http" in text.lower() or "<ftp" in text.lower()
    if not looks_like_html(text):
        if has_markdown:
            counts: Counter[str] = Counter()
            images: list[dict[str, str]] = []
            new = _markdown_inline(text, images, counts)
            if new != text:
                doc.set_text(new)
                _record_images(doc, images)
                for kind, n in counts.items():
                    doc.count(NAME, kind, n)
        if "&" in text:
            doc.map_lines(NAME, _unescape_entities)
        return
    builder = _BlockBuilder()
    images = builder.images
    if has_markdown:
        text = _markdown_inline(text, images, builder.counts)
    builder.feed(text)
    builder.close()
    doc.blocks = builder.blocks
    _record_images(doc, images)
    if builder.title is not None:
        doc.metadata.setdefault("title", builder.title)
    for furniture_text, purpose in builder.furniture:
        doc.furniture.append(Furniture(furniture_text, purpose, NAME))
    for kind, n in builder.counts.items():
        doc.count(NAME, kind, n)
    doc.count(NAME, "html-blocks", sum(1 for b in doc.blocks if b.kind != PLAIN))


def _record_images(doc: Document, images: list[dict[str, str]]) -> None:
    if images:
        doc.metadata.setdefault("images", []).extend(images)
