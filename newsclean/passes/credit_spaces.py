"""The spaces of CJK credits that are the writer's, inside a line and at its end.

Chinese sets no space between words, but a credit's parts are set apart by one: a wire
dateline from its story (``新华社北京3月5日电 第十四届…``, with no date ``据新华社电 …``),
each credit run in after it (``本报北京3月5日讯 记者张三报道 近日…``), the names inside
a bracketed credit (``（记者 王小明）``) and a photographer's credit that ends a caption
(``新华社记者 王强 摄``); a law's article number is set off from its text the same way
(``第一条 为了保护环境，…``). ``whitespace`` keeps these (``credit_spans``) where it takes
justification's spaces out of running text.

A photographer's credit broken over two lines (``新华社记者 王强`` / ``摄``) is read whole
too (``credit_across``): neither line alone ends in the credit's ``摄``, and the first, a
caption's running text, would lose the space between role and name.

Defect: such a space that fell at a line end (``新华社记者 `` / ``王强 摄``) went with
every other trailing space, and ``rejoin`` joined the credit closed up. Most trailing
spaces are an extractor's (a PDF line's padding, pdftotext's), and go; one is the
writer's where the two lines, joined with it, hold a credit whose span takes it in, and
where no other line of the page ends in a space that no credit explains (an extractor
that pads a line pads them all: on such a page a credit's line-end space is padding
too). Only a single space after a CJK character qualifies: two or more are alignment,
and a Latin line is joined with a space anyway. A dateline on a line of its own whose
space is kept so opens the story under it (``rejoin.dateline_alone``).
"""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import CHINESE_NUMERAL, HAN, KANA
from newsclean.page.credits import (
    CAPTION_CREDIT,
    DATELESS_DATELINE_CJK,
    is_byline,
    opening_credit_end,
    split_credit,
)

#: The number of an article, chapter or section opening a line of a law, a charter or
#: a report (``第一条 为了保护环境``, ``第十一条 对…``), with the space that sets it off
#: from its text, as such documents are set.
_ARTICLE_NUMBER = regex.compile(f"第{CHINESE_NUMERAL}+[条條章节節款编編] (?=[^ ])")
#: A bracketed span short enough to be a credit (``（记者 王小明）``).
_BRACKETED = regex.compile("[（(][^（）()\n]{2,40}[）)]")
# Opens with the space and looks behind for the run's start: ``[ \t]+(?=\n|$)`` is
# tried at every space of a long run and reads the run to its end each time (quadratic).
_TRAILING = regex.compile(r"[ \t](?<![ \t][ \t])[ \t]*+(?=\n|$)")
#: A CJK character and one space: the only line end a credit's space can be.
_CJK_AND_SPACE = regex.compile(f"[{HAN}{KANA}] ")


def credit_spans(line: str) -> list[tuple[int, int]]:
    """Where a line of running text holds credits whose spaces are the writer's: the
    dateline and credits that open it, with the space after each (a dateline is set off
    from its story by a space, a role word from the names), bracketed credits, and the
    article number that opens a line of a law."""
    spans = []
    head = split_credit(line)
    end = len(line) - len(head[1]) if head else 0
    if not end and (dateline := DATELESS_DATELINE_CJK.match(line)):
        end = dateline.end()
    # Unbracketed credits run in after the dateline (``记者张三报道 近日``): each is a
    # word the byline forms read whole, then its space.
    while (space := line.find(" ", end)) > end and is_byline(line[end:space]):
        end = space + 1
    if end:
        spans.append((0, end))
    elif number := _ARTICLE_NUMBER.match(line):
        spans.append(number.span())
    if "（" in line or "(" in line:
        spans += [m.span() for m in _BRACKETED.finditer(line) if is_byline(m.group(0))]
    if ("摄" in line or "攝" in line) and (photographer := CAPTION_CREDIT.search(line)):
        spans.append(photographer.span())
    return spans


def credit_space_at_break(line: str, following: str) -> bool:
    """Does ``line``, which ends in a space, end inside a credit that ``following``
    completes (``新华社记者 `` / ``王强 摄``), so that the space is the credit's?"""
    joined = line + following.strip(" \t")
    at = len(line) - 1
    return _dateline_ends_at(joined, at) or any(
        begin <= at < end for begin, end in credit_spans(joined)
    )


def _dateline_ends_at(text: str, at: int) -> bool:
    """Does the wire dateline (or other opening credit) that opens ``text`` end at the
    space at ``at``? A dateline alone on its line over a narrow column's first line of
    its story (``新华社北京3月5日电 `` / ``第十四届全国人民代表``): ``credit_spans`` reads
    a dateline only with enough of its story after it to be a paragraph's."""
    dateline = DATELESS_DATELINE_CJK.match(text)
    return (dateline.end() - 1 if dateline else opening_credit_end(text)) == at


def credit_across(line: str, following: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A photographer's credit that ``line`` opens and ``following`` ends: the span of
    each part, to keep, or None."""
    if "摄" not in following and "攝" not in following:
        return None
    credit = CAPTION_CREDIT.search(line + following)
    if credit is None or not credit.start() < len(line) < credit.end():
        return None
    return (credit.start(), len(line)), (0, credit.end() - len(line))


def trim_line_ends(text: str) -> tuple[str, int]:
    """``text`` with its trailing spaces and tabs taken off, and how many were taken;
    on a page where every line that ends in a space ends inside a credit, they are kept
    (the module docstring)."""
    lines = text.split("\n")
    ends = [at for at, line in enumerate(lines) if line.endswith((" ", "\t"))]
    if all(_credit_line_end(lines, at) for at in ends):
        return text, 0
    return _TRAILING.subn("", text)


def _credit_line_end(lines: list[str], at: int) -> bool:
    line = lines[at]
    following = lines[at + 1] if at + 1 < len(lines) else ""
    return (
        _CJK_AND_SPACE.fullmatch(line, len(line) - 2) is not None
        and following[:1] not in ("", " ", "\t")
        and credit_space_at_break(line, following)
    )
