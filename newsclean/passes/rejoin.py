"""rejoin: column-wrapped lines back into paragraphs; column breaks bridged.

Defect: PDF and OCR text keeps the line breaks of the printed column, and a blank line
wherever a column ended, even in the middle of a sentence. Many extractors put no blank
line between paragraphs at all.

Recognition, from how columns are set:

* *Column width* is measured on the page itself: the widths (in half-em cells) that
  three or more lines of running text share. A line is *full* when it reaches such a
  width; a line clearly shorter than its column ends a paragraph.
* A line of *running text* (it holds clause punctuation ``，。、；！？``) that does not
  end a sentence goes on into the next line. A full line goes on even after ``。``:
  the sentence ended exactly at the margin, which the next short line would show.
* A line never starts with closing punctuation (``，。、）”``): kinsoku, the CJK line
  breaking rule, so such a line always continues the one before.
* *Column breaks*: a blank line after running text that does not end a sentence, before
  a line that continues it (running text itself, not indented), is bridged.
* A line that does not read as running text and starts a paragraph is a headline,
  kicker, subhead or byline: it joins the next line only when it is full (a long
  heading wrapped in a body column); bylines and datelines never join.
* An indented line starts a paragraph.
* Joining: CJK lines join with nothing between; Latin lines with one space. A Latin
  line ending in a hyphen joins the next word: the hyphen is kept when the hyphenated
  form appears elsewhere in the document, when the joined word does not while the
  halves do, when a half is a number or starts with a capital, or when the first half
  is a prefix written with a hyphen (``self-``, ``non-``, ``well-``…); otherwise it goes
  (``infor-⏎mation`` → ``information``, ``well-⏎known`` stays). A soft hyphen at a line
  end always goes.

Blocks that markup marked as paragraphs, headings or verbatim text, and furniture kept in
the text, are never rewrapped. Poems, lists and tables are short lines without running
text, so they keep their lines.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsclean import regex
from newsclean.chardata import CJK, CJK_PUNCT, ENDS_SENTENCE, display_width
from newsclean.model import PLAIN, Block, Document, Layout
from newsclean.options import Options
from newsclean.passes.whitespace import remove_cjk_gaps
from newsclean.patterns import is_byline, starts_with_dateline

NAME = "rejoin"
DESCRIPTION = "column-wrapped lines back into paragraphs; column-break blank lines bridged"

_CLAUSE = regex.compile("[，。；、！？]")
_LATIN_CLAUSE = regex.compile(r"[A-Za-z][,.;:!?][\"'”’)]?(?: |$)")
_HAS_CJK = regex.compile(f"[{CJK}]")
#: Characters a CJK line may not start with (kinsoku shori).
_NO_LINE_START = frozenset("，。、；：？！）」』】》〉〕”’…%")
#: Characters a CJK line may not end with.
_NO_LINE_END = frozenset("（「『【《〈〔“‘")
_HYPHEN_END = regex.compile(r"([A-Za-z\u00c0-\u024f]+)[-\u00ad]$")
_FIRST_WORD = regex.compile(r"^([A-Za-z\u00c0-\u024f]+)")
_WORDS = regex.compile(r"[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*")
#: First halves that English writes with a hyphen.
HYPHEN_PREFIXES = frozenset(
    "self non anti ex all half well ill cross counter co post pre pro quasi semi ultra "
    "vice mid over under long short high low full far near much".split()
)
#: Share of a column a line must fill to count as full.
FULL = 0.85
#: A running width is a column width when this many lines share it (within a cell).
MIN_LINES_FOR_COLUMN = 3


@dataclass
class Line:
    text: str
    width: int
    indented: bool
    cjk: bool
    running: bool
    ends_sentence: bool
    byline: bool
    starts_new: bool


def _describe(raw: str, indented_share: float) -> Line:
    text = raw.strip(" \t")
    indented = raw.startswith(("  ", "\t")) and indented_share < 0.5
    cjk = _HAS_CJK.search(text) is not None
    running = _CLAUSE.search(text) is not None or (
        not cjk and _LATIN_CLAUSE.search(text) is not None
    )
    return Line(
        text=text,
        width=display_width(text),
        indented=indented,
        cjk=cjk,
        running=running,
        ends_sentence=ENDS_SENTENCE.search(text) is not None,
        byline=is_byline(text),
        starts_new=starts_with_dateline(text),
    )


class Columns:
    """The column widths a page's running text is set in.

    Justified columns make most lines of running text exactly as wide as their column,
    so each column shows as a peak in the histogram of line widths; the lines around a
    peak (a last line, a line of narrow digits) belong to it and are not columns.
    """

    def __init__(self, lines: list[Line]) -> None:
        # Lines inside a paragraph: running text that does not end a sentence. (A last
        # line is shorter; and once lines are rejoined none of them is inside a
        # paragraph, so a second run finds no columns and joins nothing more.)
        counts = Counter(line.width for line in lines if line.running and not line.ends_sentence)
        self.widths: list[int] = []
        for width, n in counts.most_common():
            if n < MIN_LINES_FOR_COLUMN:
                break
            if all(abs(width - w) > max(3, 0.1 * w) for w in self.widths):
                self.widths.append(width)
        self.widths.sort()

    def column_of(self, width: int, *, strict: bool = False) -> int | None:
        """The column a line of this width fills, or None if it fills none.

        Justified lines vary by a character or so (digits and Latin letters are
        narrower than a cell); ``strict`` allows less, for lines that may be headings.
        """
        for w in self.widths:
            low, high = (0.9 * w, w + 1) if strict else (FULL * w, w + 2 + 0.03 * w)
            if low <= width <= high:
                return w
        return None


def _joins_across_blank(a: Line, b: Line, paragraph_running: bool) -> bool:
    if b.indented or a.byline or b.byline or b.starts_new:
        return False
    if b.text[0] in _NO_LINE_START or a.text[-1] in _NO_LINE_END:
        return True
    if a.ends_sentence or not (a.running or paragraph_running):
        return False
    if not a.cjk and not b.cjk:
        return b.text[0].islower()
    return b.running


def _continues(a: Line, b: Line, columns: Columns, paragraph_running: bool) -> bool:
    """Does line ``b`` continue the paragraph that line ``a`` is in?"""
    if b.indented or b.starts_new:
        return False
    if a.byline and not _unclosed(a.text):
        return False
    if b.text[0] in _NO_LINE_START or a.text[-1] in _NO_LINE_END or _unclosed(a.text):
        return not b.byline or b.text[0] in _NO_LINE_START
    if b.byline:
        return False
    running = a.running or paragraph_running
    if running and not a.ends_sentence:
        return True
    column = columns.column_of(a.width, strict=not running)
    if column is not None and b.width > column * 1.25 + 2:
        return False
    if column is None and not running and b.running and not _two_part(a.text):
        # No measured column to go by: a first line about as wide as the running line
        # after it is the first line of that paragraph; a heading is much narrower.
        return 0.75 * b.width <= a.width <= 1.05 * b.width + 2
    full = column is not None
    if not a.cjk and not b.cjk:
        if _HYPHEN_END.search(a.text) and b.text[0].islower():
            return True
        if a.ends_sentence:
            return full
        return a.running or paragraph_running or full or b.text[0].islower()
    return full


_TWO_PART = regex.compile(f"[{CJK}] +[{CJK}]")


def _two_part(text: str) -> bool:
    """A heading set in two parts around a space (``上控风险 下稳需求``)."""
    return _TWO_PART.search(text) is not None


def _unclosed(text: str) -> bool:
    """An opening bracket whose closing one is on a later line."""
    return text.count("（") > text.count("）") or text.count("(") > text.count(")")


def _join(lines: list[Line], vocabulary: Counter[str]) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    out = lines[0].text
    for line in lines[1:]:
        nxt = line.text
        if out.endswith("\u00ad"):
            out = out[:-1] + nxt
            counts["soft-hyphen"] += 1
            continue
        # ``out`` grows with the paragraph: search it only when it ends in a hyphen, or
        # joining a long paragraph costs time quadratic in its length.
        m = _HYPHEN_END.search(out) if out.endswith("-") else None
        word = _FIRST_WORD.match(nxt) if m else None
        if m and word and not _HAS_CJK.search(out[-1]):
            keep = keep_hyphen(m.group(1), word.group(1), vocabulary)
            out = (out if keep else out[:-1]) + nxt
            counts["hyphen-kept" if keep else "hyphen-removed"] += 1
            continue
        last, first = out[-1], nxt[0]
        if _is_cjkish(last) or _is_cjkish(first):
            out += nxt
        else:
            out += " " + nxt
        counts["joined-line"] += 1
    return out, counts


def _is_cjkish(ch: str) -> bool:
    return _HAS_CJK.match(ch) is not None or ch in CJK_PUNCT


def keep_hyphen(left: str, right: str, vocabulary: Counter[str]) -> bool:
    """Is the hyphen at ``left-⏎right`` part of the word? See the module docstring."""
    hyphenated = f"{left}-{right}".lower()
    joined = f"{left}{right}".lower()
    if vocabulary[hyphenated]:
        return True
    if vocabulary[joined]:
        return False
    if right[:1].isupper() or left.isdigit() or right.isdigit():
        return True
    if left.lower() in HYPHEN_PREFIXES:
        return True
    return bool(vocabulary[left.lower()] and vocabulary[right.lower()] and len(left) > 3)


_BROKEN_WORD = regex.compile(r"\S+[-\u00ad]\n\s*\S+")


def _vocabulary(text: str) -> Counter[str]:
    """Words of the page as written on one line, hyphenated compounds included; the
    halves of words broken at a line end are not evidence of anything."""
    counts: Counter[str] = Counter()
    for word in _WORDS.findall(_BROKEN_WORD.sub(" ", text)):
        counts[word.lower()] += 1
        if "-" in word:
            for part in word.split("-"):
                counts[part.lower()] += 0
    return counts


def apply(doc: Document, options: Options) -> None:
    plain = [block for block in doc.blocks if block.kind == PLAIN]
    if not plain:
        return
    all_raw = [line for block in plain for line in block.lines]
    indented_share = sum(1 for r in all_raw if r.startswith(("  ", "\t"))) / len(all_raw)
    described = {id(block): [_describe(r, indented_share) for r in block.lines] for block in plain}
    columns = Columns([line for lines in described.values() for line in lines])
    # A page without a hyphen anywhere (most CJK pages) needs no line-by-line look.
    has_hyphens = any("-" in r or "\u00ad" in r for r in all_raw) and any(
        _HYPHEN_END.search(r.rstrip()) for r in all_raw
    )
    vocabulary = _vocabulary("\n".join(all_raw)) if has_hyphens else Counter()

    new_blocks: list[Block] = []
    paragraphs: list[list[Line]] = []
    previous_plain = False
    for block in doc.blocks:
        if block.kind != PLAIN:
            _flush(new_blocks, paragraphs, doc, vocabulary)
            paragraphs = []
            new_blocks.append(block)
            previous_plain = False
            continue
        lines = described[id(block)]
        rest = lines
        can_continue = False
        if previous_plain and paragraphs:
            current = paragraphs[-1]
            if _joins_across_blank(current[-1], lines[0], _running(current)):
                current.append(lines[0])
                doc.count(NAME, "bridged-column-break")
                rest = lines[1:]
                can_continue = True
            else:
                _flush(new_blocks, paragraphs, doc, vocabulary)
                paragraphs = []
        for line in rest:
            if can_continue and _continues(
                paragraphs[-1][-1], line, columns, _running(paragraphs[-1])
            ):
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
            can_continue = True
        previous_plain = True
    _flush(new_blocks, paragraphs, doc, vocabulary)
    doc.blocks = new_blocks


def _running(paragraph: list[Line]) -> bool:
    return any(line.running for line in paragraph)


def _flush(
    new_blocks: list[Block], paragraphs: list[list[Line]], doc: Document, vocabulary: Counter[str]
) -> None:
    if not paragraphs:
        return
    texts = []
    layout = []
    for paragraph in paragraphs:
        layout.append(Layout(len(paragraph), max(line.width for line in paragraph)))
        text, counts = _join(paragraph, vocabulary)
        if len(paragraph) > 1 and _running(paragraph):
            text, gaps = remove_cjk_gaps(text, running_text=True)
            counts["space-between-cjk"] += gaps
        for kind, n in counts.items():
            doc.count(NAME, kind, n)
        texts.append(text)
    new_blocks.append(Block(texts, PLAIN, layout))
