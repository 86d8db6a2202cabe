"""Paragraphs made: the lines of each joined (words broken at a line end resolved), its
spaces judged again, vertical runs of one character joined."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import accumulate, pairwise

from newsclean import regex
from newsclean.chardata import CJK, CJK_PUNCT, has_cjk, joins_without_space, korean_break
from newsclean.dehyphenate import join_broken
from newsclean.dehyphenate import vocabulary as page_vocabulary
from newsclean.model import PLAIN, Block, Document, Layout, Origin
from newsclean.passes import punctuation
from newsclean.passes.credit_spaces import credit_space_at_break
from newsclean.passes.rejoin.lines import Line, Paragraph
from newsclean.passes.rows import closed_gaps
from newsclean.passes.whitespace import justification, latin_justification, remove_cjk_gaps

NAME = "rejoin"

#: ``_join`` works on the paragraph's last this-many characters or more; what lies
#: before them is settled (no line-end decision reaches that far back).
_JOIN_WINDOW = 256


def _join(lines: list[Line], vocabulary: Callable[[], Counter[str]]) -> tuple[str, Counter[str]]:
    """The lines as one paragraph, and what the joins were; the page's ``vocabulary`` is
    built when a join first reads it (``dehyphenate.join_broken``).

    Each join looks only at the end of the paragraph so far (the word broken at the
    line end, the characters meeting there), so the paragraph is kept as a settled list
    and a tail of at most twice :data:`_JOIN_WINDOW` characters: joining N lines costs
    time linear in N, where rebuilding one growing string was quadratic.
    """
    counts: Counter[str] = Counter()
    settled: list[str] = []
    out = lines[0].text
    for above, line in pairwise(lines):
        nxt = line.text
        broken = join_broken(out, nxt, vocabulary)
        if broken is not None:
            out, kind = broken
            counts[kind] += 1
        else:
            # Korean sets spaces between its words: joined lines were broken at one
            # (``spacing.space_untold`` keeps a column's lines, which may not be).
            tight = not korean_break(out, nxt) and joins_without_space(out, nxt)
            # A credit's space that fell at the line end, kept by ``whitespace``
            # (``新华社记者 `` / ``王强 摄``), stays between the lines.
            tight = tight and not (
                above.raw.endswith(" ") and credit_space_at_break(above.text + " ", nxt)
            )
            out += nxt if tight else " " + nxt
            counts["joined-line"] += 1
        if len(out) > 2 * _JOIN_WINDOW:
            # Cut after a space where there is one, so no word is cut in two.
            cut = out.rfind(" ", 0, len(out) - _JOIN_WINDOW) + 1 or len(out) - _JOIN_WINDOW
            settled.append(out[:cut])
            out = out[cut:]
    settled.append(out)
    return "".join(settled), counts


def _vocabulary(text: str) -> Counter[str]:
    """Words of the page as written on one line, with its language and whether its OCR
    lost the hyphens of broken words (``newsclean.dehyphenate.vocabulary``)."""
    return page_vocabulary(text)


#: Lines of one CJK character (or mark) in a row this long are a vertical setting.
MIN_VERTICAL_RUN = 3
#: A line of one CJK character or mark, matched on a line (searched in a block's lines
#: joined by newlines, it says what ``holds_one_cjk_line`` says).
_ONE_CJK_LINE = regex.compile(f"^[ \t]*[{CJK}{CJK_PUNCT}][ \t]*$", re.M)
#: ``_ONE_CJK_LINE`` searched in a block's lines each led by a newline: the search
#: skips from newline to newline (a literal first), where ``^`` was tried at every
#: character of the block.
_AFTER_NEWLINE_ONE_CJK = regex.compile(f"\n[ \t]*[{CJK}{CJK_PUNCT}][ \t]*(?![^\n])")


def holds_one_cjk_line(lines: list[str]) -> bool:
    """Whether a line of ``lines`` is one CJK character or mark (``_ONE_CJK_LINE``)."""
    return _AFTER_NEWLINE_ONE_CJK.search("\n" + "\n".join(lines)) is not None


def join_vertical_runs(
    lines: list[str], origins: list[Origin] | None
) -> tuple[list[str], list[Origin] | None, int]:
    """Vertical-layout remnants: a headline or masthead set top to bottom comes out of
    the extractor one character per line. Three or more such lines in a row are one
    line of text; a poem, a list or a heading never has lines of one character. The
    lines come back with their origins, a joined run's spanning its lines'."""
    # Asked of every block in every round, and most hold no such line: one search over
    # the block says so.
    if len(lines) < MIN_VERTICAL_RUN or not holds_one_cjk_line(lines):
        return lines, origins, 0
    spans: list[Origin | None] = [None] * len(lines) if origins is None else [*origins]
    out: list[str] = []
    out_spans: list[Origin | None] = []
    joined = 0
    run: list[str] = []
    for at, line in enumerate([*lines, ""]):
        if _ONE_CJK_LINE.match(line):
            run.append(line.strip())
            continue
        if len(run) >= MIN_VERTICAL_RUN:
            out.append("".join(run))
            first, last = spans[at - len(run)], spans[at - 1]
            out_spans.append(None if first is None or last is None else (first[0], last[1]))
            joined += 1
        else:
            out += run
            out_spans += spans[at - len(run) : at]
        run = []
        out.append(line)
        out_spans += spans[at : at + 1]
    known = [span for span in out_spans if span is not None]
    return out[:-1], known if origins is not None else None, joined


def _layout(lines: list[Line]) -> Layout:
    """How the paragraph of these lines was set; lines of an earlier round bring theirs."""
    if len(lines) == 1:
        return _line_layout(lines[0])
    return _counted_layout(lines)


def _line_layout(line: Line) -> Layout:
    """``_counted_layout`` of a paragraph of one line, without counting its widths:
    most paragraphs are one line (a heading; in a later round, a paragraph an earlier
    one joined), and each is set as that line was. Its measure is that of its printed
    lines before its last: at its column, or, printed on one line, that line's width
    (a test holds it to the count). A crosshead found in any round stays one."""
    was = line.layout
    if was is None:
        width = line.width
        return Layout(1, width, width, width, width, line.crosshead)
    measure = was.column if was.lines > 1 else was.last
    crosshead = was.crosshead or line.crosshead
    if measure == was.measure and crosshead == was.crosshead:
        return was
    return Layout(was.lines, was.width, was.first, was.last, measure, crosshead)


def _counted_layout(lines: list[Line]) -> Layout:
    printed = 0
    widest = 0
    for line in lines:
        if line.layout is None:
            printed += 1
            widest = max(widest, line.width)
        else:
            printed += line.layout.lines
            widest = max(widest, line.layout.width)
    first, last = lines[0], lines[-1]
    return Layout(
        printed,
        widest,
        first.width if first.layout is None else first.layout.first,
        last.width if last.layout is None else last.layout.last,
        _measure(lines, printed),
    )


def _measure(lines: list[Line], printed: int) -> int:
    """The upper quartile of the widths of the paragraph's printed lines before its
    last (``Layout.measure``); lines of an earlier round count their lines before their
    last at their measure. Counted by width, as a paragraph may run to many lines."""
    # A plain dict: a Counter's missing key is a call of Python code, once per width.
    counts: dict[int, int] = {}
    for line in lines:
        if line.layout is None:
            counts[line.width] = counts.get(line.width, 0) + 1
        else:
            column, last_width = line.layout.column, line.layout.last
            counts[column] = counts.get(column, 0) + line.layout.lines - 1
            counts[last_width] = counts.get(last_width, 0) + 1
    last = lines[-1]
    if printed > 1:
        end = last.width if last.layout is None else last.layout.last
        counts[end] -= 1
    rank = 3 * (printed - 1) // 4 if printed > 1 else 0
    widths = sorted(counts)
    seen = accumulate(counts[width] for width in widths)
    return next(width for width, up_to in zip(widths, seen, strict=True) if up_to > rank)


def _judge_spaces(text: str, running: bool, counts: Counter[str]) -> str:
    """The whitespace pass judged each line alone: a space after a closing quote that
    began a line, a wide gap on a line of one or two words. Joined, the paragraph is
    judged again by the same rules, as a second run would. The gaps of a row joined
    into it are no gutters (``rows.closed_gaps``)."""
    text, gaps = closed_gaps(text)
    counts["gap-in-paragraph"] += gaps
    if running:
        text, gaps = remove_cjk_gaps(text, running_text=True)
        counts["space-between-cjk"] += gaps
    text, spaces = justification(text)
    counts.update(spaces)
    text, spaces = latin_justification(text)
    counts.update(spaces)
    return text


def _flush(
    new_blocks: list[Block],
    paragraphs: list[Paragraph],
    doc: Document,
    vocabulary: Callable[[], Counter[str]],
    punctuate: bool,
) -> bool:
    """Append the paragraphs as one block; whether its lines differ from the round's.

    The punctuation pass judged each line alone: a halfwidth mark or a bracket pair of a
    Chinese sentence that a line end cut (``(2018-⏎2022)``) is judged again once
    joined, as a second run would (when that pass runs), and so are the spaces."""
    if not paragraphs:
        return False
    texts = []
    layout = []
    origins: list[Origin] = []
    for paragraph in paragraphs:
        lines = paragraph.lines
        layout.append(_layout(lines))
        first, last = lines[0].origin, lines[-1].origin
        if first is not None and last is not None:
            origins.append((first[0], last[1]))
        if len(lines) == 1:
            texts.append(lines[0].text)
            continue
        text, counts = _join(lines, vocabulary)
        if punctuate and has_cjk(text):
            text, marks = punctuation.repair(text)
            counts.update(marks)
        # Every rule below takes out or narrows spaces: a CJK paragraph joined without
        # one is spared their searches of the whole paragraph.
        if " " in text:
            spaced = text
            text = _judge_spaces(text, paragraph.running, counts)
            if punctuate and text != spaced and has_cjk(text):
                # A gap closed beside a halfwidth mark (``受傷,    （轉第B12版）``) sets
                # the mark between CJK characters, where a second run's punctuation
                # pass, after its whitespace pass, makes it fullwidth.
                text, marks = punctuation.repair(text)
                counts.update(marks)
        for kind, n in counts.items():
            doc.count(NAME, kind, n)
        if doc.explain:
            doc.example(NAME, "paragraph", " ⏎ ".join(line.text for line in lines), text)
        texts.append(text)
    new_blocks.append(Block(texts, PLAIN, layout, origins if len(origins) == len(texts) else None))
    # Joined lines, or a line that lost its indentation (read by the next round).
    return any(len(p.lines) > 1 or p.lines[0].text != p.lines[0].raw for p in paragraphs)
