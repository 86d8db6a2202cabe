"""markup: HTML and Markdown remnants to plain blocks.

Defect: scraped articles keep their markup: ``<p>`` tags, ``<br />``, entities such as
``&nbsp;``, hidden stock-chart widgets, images, scripts, comments, Markdown links and
``<http://…>`` autolinks.

Recognition: a document that holds block or inline HTML tags, and closes one or holds
a comment, a ``<br>``, ``<hr>``, ``<p>`` or ``<img>`` (text about HTML names tags, as in
``Use the <b> tag for bold``, but closes none), outside Markdown code (a span between
backticks, a fenced block: where a text about HTML shows it), is parsed with the
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
Entities are unescaped everywhere but in a plain document's Markdown code (a span
between backticks, a fenced block), where they are literal, and in a plain document
that holds an ampersand opening no entity (``AT&T``), which was never escaped;
``[text](url)`` keeps its text in the text, and its text and URL go to
``metadata["links"]`` (the URL is nowhere else); ``<url>`` keeps its URL.
Every drop is counted. The HTML side is :mod:`newsclean.html_blocks`, imported only for
a document that looks like HTML.
"""

from __future__ import annotations

import re
from collections import Counter

from newsclean import regex
from newsclean.model import PLAIN, Document, Furniture
from newsclean.options import Options

NAME = "markup"
DESCRIPTION = "HTML/Markdown remnants to plain blocks; hidden elements, images, scripts dropped"

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
#: An ampersand that opens no entity (``AT&T``, ``Tom & Jerry``): a text that holds one
#: was not escaped as HTML is, so an entity in it is written as text, by a writer about
#: HTML (``the teacher wrote &lt; on the board``), not left by a scraper.
_BARE_AMPERSAND = regex.compile(
    r"&(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
)
#: Markdown code, whose entities are literal (CommonMark: entity references "are not
#: recognized in code blocks and code spans"; a text about HTML writes ``&amp;`` there):
#: a fenced block, from a line opening with three backticks or tildes to the line that
#: closes it, and a code span inside a line, between equal runs of backticks.
_CODE = regex.compile(
    r"^(`{3,}|~{3,})[^\n]*\n(?:[^\n]*\n)*?\1[^\n]*$|(?<!`)(`+)[^`\n]+?\2(?!`)", re.MULTILINE
)
_CDATA_OPEN = "<![CDATA["
_CDATA_CLOSE = "]]>"


#: What only markup has: an end tag, a comment, a line or paragraph break, an image.
#: Prose about HTML names its tags (``Use the <b> tag for bold``) but closes none.
_MARKUP_ONLY = regex.compile(r"</[A-Za-z][^<>]*>|<!--|<(?:br|hr|img|p)\b[^<>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return _TAG.search(text) is not None and _MARKUP_ONLY.search(text) is not None


def _markdown_inline(
    text: str, images: list[dict[str, str]], links: list[dict[str, str]], counts: Counter[str]
) -> str:
    def image(m: re.Match[str]) -> str:
        images.append({k: v for k, v in (("alt", m.group(1)), ("src", m.group(2))) if v})
        counts["image"] += 1
        return ""

    def link(m: re.Match[str]) -> str:
        links.append({"text": m.group(1), "url": m.group(2)})
        counts["link"] += 1
        return m.group(1)

    def autolink(m: re.Match[str]) -> str:
        counts["autolink"] += 1
        return m.group(1)

    text = _MD_IMAGE.sub(image, text)
    text = _MD_LINK.sub(link, text)
    return _AUTOLINK.sub(autolink, text)


def _unescape_entities(text: str) -> tuple[str, Counter[str]]:
    """``text`` with its entities unescaped, but in Markdown code (:data:`_CODE`)."""
    counts: Counter[str] = Counter()

    from html import unescape

    def one(m: re.Match[str]) -> str:
        value = unescape(m.group(0))
        if value == m.group(0) or "\n" in value:
            return m.group(0)
        counts["entity"] += 1
        return value

    if not _may_hold_code(text):
        return _ENTITY.sub(one, text), counts
    pieces = []
    at = 0
    for code in _CODE.finditer(text):
        pieces += [_ENTITY.sub(one, text[at : code.start()]), code.group()]
        at = code.end()
    pieces.append(_ENTITY.sub(one, text[at:]))
    return "".join(pieces), counts


def _outside_code(text: str) -> str:
    """``text`` without its Markdown code: a text about HTML shows its tags there
    (``Use `<br>` for a line break``), and a page of HTML is one by its tags outside."""
    return _CODE.sub("", text) if _may_hold_code(text) else text


def _may_hold_code(text: str) -> bool:
    """A backtick or a tilde fence: what :data:`_CODE` needs, tested before searching."""
    return "`" in text or "~~~" in text


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
            doc.rewrite_text(text)
            doc.count(NAME, "cdata", sections)
    has_markdown = "](" in text or "<http" in text.lower() or "<ftp" in text.lower()
    if not looks_like_html(_outside_code(text)):
        if has_markdown:
            counts: Counter[str] = Counter()
            images: list[dict[str, str]] = []
            links: list[dict[str, str]] = []
            new = _markdown_inline(text, images, links, counts)
            if new != text:
                doc.rewrite_text(new)
                _record(doc, "images", images)
                _record(doc, "links", links)
                for kind, n in counts.items():
                    doc.count(NAME, kind, n)
        if "&" in text and not _BARE_AMPERSAND.search(text):
            doc.map_lines(NAME, _unescape_entities)
        return
    from newsclean.html_blocks import BlockBuilder

    builder = BlockBuilder()
    images = builder.images
    links = []
    if has_markdown:
        text = _markdown_inline(text, images, links, builder.counts)
    builder.feed(text)
    builder.close()
    doc.blocks = builder.blocks
    _record(doc, "images", images)
    _record(doc, "links", links)
    if builder.title is not None:
        doc.metadata.setdefault("title", builder.title)
    for furniture_text, purpose in builder.furniture:
        doc.furniture.append(Furniture(furniture_text, purpose, NAME))
    for kind, n in builder.counts.items():
        doc.count(NAME, kind, n)
    doc.count(NAME, "html-blocks", sum(1 for b in doc.blocks if b.kind != PLAIN))


def _record(doc: Document, key: str, found: list[dict[str, str]]) -> None:
    if found:
        doc.metadata.setdefault(key, []).extend(found)
