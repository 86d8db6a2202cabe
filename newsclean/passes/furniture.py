"""furniture: mastheads, running heads, dates, page labels, credits, navigation.

Defect: lines that are not part of any story are mixed into the text: the paper's name
and date, page labels (``A14``, ``T05``, ``第4版``, ``Page 4``), running section heads
(``社会·民生·关注``), the publisher's imprint, editor credits (``责任编辑：…``), source
credits (``（文章来源：经济参考网）``), and, in scraped pages, share and navigation
lines and bare URLs.

Recognition works on whole lines, in their general printed forms:

* *anywhere on the page* (as the next two bullets allow): a line that is only a URL; a
  navigation or share line; a source or editor credit; an imprint (``社出版``,
  ``地址：``, ``邮编``, ``零售价``; an address or postcode alone only beside other
  furniture: among an address's lines it is the address's); a line that is a date
  with at most a paper name and weekday (a date alone, with neither, only under the
  nameplate or beside other furniture: opening, closing or between lines of text it is
  a letter's or a notice's date); a page label alone or followed by a section name set
  with ``·``, on a page: a text as long as one, or with a masthead, date, imprint or
  printed section head (on a note, a list or a chat with none, ``A4``, ``TF1`` and
  ``第3版`` are the writer's lines);
* *standing alone*: a navigation or share line is a bar of links (``Home | News``,
  ``返回首页``, ``首页 上一页 1 2 下一页``, ``分享到：微信 微博``, ``Share this``), never a
  sentence that begins with a link's word (``Home prices rose…``, ``回到家乡发展…``),
  and it stands between blank lines or the page's edges, alone or with other furniture
  lines that fill its block; next to a line of text in its block it is that text's
  (``The minister said the`` / ``Home Office would publish guidance``);
* *outside running text*: a URL, source or credit line is the sentence's when the line
  after it in its block goes on with it (lower case, or punctuation no line starts
  with), or the line before is running text that breaks off mid-sentence; a URL on a
  line of its own between blank lines is the sentence's when the text before it breaks
  off and the text after it goes on;
* *in the page header or footer only* (the run of short unpunctuated lines before the
  first story line, or after the last): a paper name alone (``…报``, ``…報``, ``… DAILY``),
  a section head (``文化·体育``), a page number, and any short line that sits between
  such lines and the page edge, which is where a section label (``国内``) is printed
  (a sentence, ``So it began.``, is none); not a number that the text counts its
  blocks with (the next two numbers alone on lines too: subtitle cues, sections); a
  work's copyright notice, the word and the sign (``Copyright © 2024 Example News``),
  in the footer only: a licence or a book opens with its own;

Latin-script pages add their own printed forms:

* *anywhere*: a running head or dateline of the issue, in capitals or a place and a date
  (``THE EVENING STAR, WASHINGTON, D. C., MONDAY, JANUARY 5, 1920.``, ``MARDI 5 DECEMBRE
  1905``, ``Berlin, 6. Januar 1894.``); issue, volume and price lines (``Nr. 1.``,
  ``Neue Folge. 7. Jahrgang.``, ``PRICE THREE CENTS.``; not a sentence that opens with
  a number, ``Vol. 3 of the series is due in May.``); copyright credits under a
  headline or photo (``(Copyright, 1903, by The Tribune Association.)``, read through
  OCR errors; no copyright sign); jump lines (``Continued on Page 4``, ``(Continued
  from First Page.)``, ``Suite en deuxième page``, ``Fortsetzung auf Seite 2``), which go to
  ``metadata["continuations"]`` with the text line they follow, for segmentation to put on
  the article; and scan debris, lines of the marks OCR reads specks and broken rules
  as (``-' - - -v 1 ' :``, ``■``, ``-``) with no word in them, standing between lines
  of the page (a text of marks alone, or marks after its last line, were written so,
  and so were marks between the turns of a dialogue: ``« »``, ``|``, ``— …``, a
  table's rule between its rows: ``|---|--:|``, and the ``>`` of a quoted e-mail's
  empty line beside its quoted lines).
  Brackets, operators and other symbols (``(-1/2)! = √π``, ``[x] ©``, ``°``, box
  drawing, ``(╯°□°)╯︵ ┻━┻``) are never debris, nor is one mark repeated (``* * *``,
  ``---``);
* *in the page header or footer only*: a paper's name (``Deutsche Kolonialzeitung.``,
  ``LE GRAND ÉCHO DU NORD``);
* *near the top of the page*: the weather forecast of the nameplate's ear (``Rain and
  much colder to-day.``, ``Saturday fair.``), above the page's first sentence of a
  story (under one, the forecast is the story's).

Not furniture but found here: the display lines in capitals over a photo's copyright
credit, when no story follows the credit, are the photo's captions; they stay in the
text as a caption block of their own, which segmentation makes a caption.

What a line carries goes to metadata: ``paper``, ``date`` (ISO), ``page``, ``url``,
``source_name``. Every furniture line is listed in ``furniture``. What leaves the text is
chosen by ``options.furniture``: ``header`` (the default of ``fix``) keeps the page
header lines in place, repaired, and takes out the rest; ``strip`` takes out all;
``keep`` takes out none. Kept lines become their own block, so ``rejoin`` never joins
them to a paragraph and segmentation leaves them out of every article.

The forms are the line description's (``newsclean.page``): ``page.forms`` reads each
line's form wherever it stands, ``page.surroundings`` decides what the lines around a
line decide; this pass takes the lines out, keeps them, and files what they carry.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from newsclean.model import CAPTION, FURNITURE, Block, Document, Furniture, Origin
from newsclean.options import Options
from newsclean.page.forms import HEADER, Form, carried, form_anywhere
from newsclean.page.jumps import jump_of
from newsclean.page.surroundings import _Edge, page_forms
from newsclean.patterns import compiled

NAME = "furniture"
DESCRIPTION = "mastheads, running heads, dates, page labels, credits, share/navigation lines"

#: Kinds that make up the printed page header; ``fix`` keeps them in the text by default.
HEADER_KINDS = frozenset(form.value for form in HEADER)


@dataclass(frozen=True)
class Verdict:
    """A furniture line's kind, and what it carries to the page's metadata."""

    kind: str
    metadata: tuple[tuple[str, str], ...] = ()


#: Not furniture: a photo's caption, set apart in its own block.
PHOTO_CAPTION = Verdict("caption")
#: The kind of a line that one of the user's ``furniture_patterns`` finds.
CONFIGURED = Verdict("configured")


def classify_page(
    lines: list[str],
    *,
    edges: tuple[bool, bool] = (True, True),
    anchors: frozenset[str] | None = None,
    breaks: frozenset[int] = frozenset(),
) -> list[Verdict | None]:
    """Verdicts for the lines of a page. ``edges``: the lines begin at the top of a page
    / end at its foot, so header and footer forms apply there; ``anchors``: the kinds
    that stay in the text (None: all), which alone mark a label nearer the edge;
    ``breaks``: the lines that a blank line stands before (each block's first line)."""
    texts = [line.strip() for line in lines]
    # Each line's block, numbered: lines of one block share a number.
    block = list(itertools.accumulate(int(i in breaks) for i in range(len(lines))))
    at_edge: list[bool] = []
    forms = page_forms(
        [_Edge(text) for text in texts],
        [form_anywhere(text) for text in texts],
        edges=edges,
        anchors=None if anchors is None else frozenset(map(Form, anchors)),
        blocks=block,
        at_edge=at_edge,
    )
    none = Form.NONE
    return [
        None if form is none else _verdict(text, form, edge)
        for text, form, edge in zip(texts, forms, at_edge, strict=True)
    ]


def _verdict(text: str, form: Form, at_edge: bool) -> Verdict:
    if form is Form.PHOTO_CAPTION:
        return PHOTO_CAPTION
    return Verdict(form.value, carried(text, form, at_edge))


def page_verdicts(
    lines: list[str],
    options: Options,
    edges: tuple[bool, bool] = (True, True),
    breaks: frozenset[int] = frozenset(),
) -> list[Verdict | None]:
    """Each line's furniture kind, or None: the general forms, then the user's patterns.
    ``edges``: see :attr:`newsclean.model.Document.edges`; ``breaks``: see
    :func:`classify_page`."""
    # Where ``fix`` keeps the page header only, a label kept beside a credit it takes
    # out would lose its reason in a second run: only header lines mark labels.
    anchors = HEADER_KINDS if options.furniture == "header" else None
    verdicts = classify_page(lines, edges=edges, anchors=anchors, breaks=breaks)
    if options.furniture_patterns:
        extra = compiled(options.furniture_patterns, "furniture_patterns")
        for i, line in enumerate(lines):
            if verdicts[i] is None and any(p.search(line.strip()) for p in extra):
                verdicts[i] = CONFIGURED
    return verdicts


def block_starts(blocks: list[Block]) -> frozenset[int]:
    """The index of each block's first line among all the blocks' lines."""
    return frozenset(itertools.accumulate((len(b.lines) for b in blocks[:-1]), initial=0))


def apply(doc: Document, options: Options) -> None:
    lines = [line for block in doc.blocks for line in block.lines]
    if not lines:
        return
    verdicts = page_verdicts(lines, options, doc.edges, block_starts(doc.blocks))
    if not any(verdicts):
        return
    # A whole text that is nothing but furniture (``Share this article``, a bare URL, a
    # credit alone) frames no text: by default, taking it out would leave nothing, so it
    # stays; ``strip`` asks for it gone. (A cut in a stream is no whole text.)
    nothing_else = options.furniture == "header" and doc.edges == (True, True) and all(verdicts)
    new_blocks: list[Block] = []
    index = 0
    previous = ""
    for block in doc.blocks:
        kept: list[str] = []
        kept_origins: list[Origin] = []
        spans = block.origins
        for at, line in enumerate(block.lines):
            verdict = verdicts[index]
            index += 1
            origin = None if spans is None else spans[at]
            if verdict is None:
                kept.append(line)
                if origin is not None:
                    kept_origins.append(origin)
                previous = line
                continue
            if kept:
                new_blocks.append(_block(kept, block.kind, kept_origins))
                kept, kept_origins = [], []
            if verdict is PHOTO_CAPTION:
                new_blocks.append(
                    _block([line.strip()], CAPTION, [] if origin is None else [origin])
                )
                doc.count(NAME, "caption-set-apart")
                continue
            if verdict.kind == "continuation":
                jump = jump_of(line.strip()) or {}
                doc.metadata.setdefault("continuations", []).append(
                    {"text": line.strip(), **jump, "after": previous.strip()}
                )
            _take_metadata(doc, verdict)
            doc.furniture.append(Furniture(line.strip(), verdict.kind, NAME, origin))
            stays = (
                nothing_else
                or options.furniture == "keep"
                or (options.furniture == "header" and verdict.kind in HEADER_KINDS)
            )
            doc.count(NAME, f"kept-{verdict.kind}" if stays else verdict.kind)
            if not stays:
                doc.example(NAME, verdict.kind, line.strip(), "")
            if stays:
                new_blocks.append(
                    _block([line.strip()], FURNITURE, [] if origin is None else [origin])
                )
        if kept:
            new_blocks.append(_block(kept, block.kind, kept_origins))
    if nothing_else:
        # As it stood, blank lines and all; furniture, so no article takes it.
        doc.blocks = [Block(b.lines, FURNITURE, b.layout, b.origins) for b in doc.blocks]
    else:
        doc.blocks = _merge_furniture_blocks(new_blocks)


def _block(lines: list[str], kind: str, origins: list[Origin]) -> Block:
    """A block of lines; their origins when every line's is known."""
    return Block(lines, kind, origins=origins if len(origins) == len(lines) else None)


def _merge_furniture_blocks(blocks: list[Block]) -> list[Block]:
    """Furniture lines that stood together stay together in one block."""
    merged: list[Block] = []
    for block in blocks:
        if merged and block.kind == FURNITURE and merged[-1].kind == FURNITURE:
            last = merged[-1]
            if last.origins is not None and block.origins is not None:
                last.origins += block.origins
            else:
                last.origins = None
            last.lines.extend(block.lines)
        else:
            merged.append(block)
    return merged


def _take_metadata(doc: Document, verdict: Verdict) -> None:
    for key, value in verdict.metadata:
        doc.metadata.setdefault(key, value)
