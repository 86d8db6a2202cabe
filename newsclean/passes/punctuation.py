"""punctuation: ASCII punctuation inside Chinese sentences to fullwidth; fullwidth
letters and digits to ASCII.

Defects: input methods and OCR leave halfwidth ``,`` ``;`` ``:`` ``?`` ``!`` ``(`` ``)``
inside Chinese sentences (``数字化平台, 激活``), and fullwidth Latin letters and digits
(``２０２０``, ``ＡＩ``) where the rest of the text uses ASCII.

Recognition: a halfwidth mark is converted only when a CJK character stands right
before it and the next non-space character is CJK (or an opening quote or bracket
before CJK); the spaces after it go too, as they would after the fullwidth mark. So
numbers (``1,000``, ``2.8``), URLs and Latin sentences, which never have CJK on both
sides of the mark, are untouched. ``.`` becomes ``。`` only between two CJK characters.
Parentheses become fullwidth when they hold CJK and touch CJK outside. Fullwidth
punctuation itself is the correct form in Chinese and is never made halfwidth (ftfy's
``fix_character_width`` would do that, which is why it is not used here).

Spaces the new fullwidth marks leave over (``（4月25日 ）``) are judged by the whitespace
pass's rules, which ran before the marks were there (unless that pass is left out); and
rejoin judges the marks of a sentence a line end cut once it is joined.

Only Chinese is repaired. Korean sets ASCII punctuation with spaces after it
(``근면, 검소, 협동은``); Japanese has its own comma (``、``), and halfwidth ``!?()``
are an accepted style of Japanese web and magazine text, so a line that holds Hangul or
kana keeps its marks. The rows of delimited data (a CSV's ``张三,北京``) keep their
delimiters: see :func:`delimited_rows`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsclean import regex
from newsclean.chardata import CJK_CLAUSE_MARKS, ENUMERATION_COMMA, HAN, HANGUL, KANA, has_han
from newsclean.model import Document
from newsclean.options import Options
from newsclean.passes.rows import keeping_offsets
from newsclean.passes.whitespace import justification

NAME = "punctuation"
DESCRIPTION = "ASCII ,;:?!() in Chinese sentences to fullwidth; fullwidth letters/digits to ASCII"

_FULLWIDTH = {ord(","): "，", ord(";"): "；", ord(":"): "：", ord("?"): "？", ord("!"): "！"}
_NEXT_IS_CJK = f"(?=[“‘《「『（【]?[{HAN}])"
# Each pattern opens with the halfwidth mark and looks behind from there, so the regex
# engine skips to the next mark in C instead of trying a lookbehind at every character.
_MARK = regex.compile(f"[,;:?!](?<=[{HAN}][,;:?!])[ \t]*{_NEXT_IS_CJK}")
_FULL_STOP = regex.compile(f"\\.(?<=[{HAN}]\\.)(?=[{HAN}])")
#: The text inside holds a CJK character: read as "no CJK, then one, then the rest", each
#: part possessive, so a ``(`` before a long run with no ``)`` is read once (``[^()]*``
#: around a CJK class backtracked over every way to split the run: quadratic).
_INSIDE = f"[^()\\n{HAN}]*+[{HAN}][^()\\n]*+"
_PARENS = regex.compile(f"\\((?:(?<=[{HAN}]\\()({_INSIDE})\\)|({_INSIDE})\\)(?=[{HAN}]))")
_FULLWIDTH_ALNUM = regex.compile(regex.run_of("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"))


#: A line in Korean or Japanese.
_NOT_CHINESE = regex.compile(f"[{HANGUL}{KANA}]")
#: What separates the fields of delimited data: each one, where it is not inside a
#: number (``1,000``) nor ends the line; and whether prose uses it too (then a line of
#: prose is no row, see ``_PROSE``).
_DELIMITERS = (
    ("\t", regex.compile(r"\t"), False),
    ("|", regex.compile(r"\|"), False),
    (",", regex.compile(r",(?=\S)(?:(?<!\d,)|(?!\d))"), True),
    (";", regex.compile(r";(?=\S)(?:(?<!\d;)|(?!\d))"), True),
)
#: A quoted field of delimited data: opened after a delimiter or at the line's start,
#: closed before one or at the line's end, its own quotes doubled.
_QUOTED_FIELD = regex.compile(r'(?:^|(?<=[,;\t|]))"(?:[^"]|"")*"(?=[,;\t|]|$)')
#: Rows of delimited data come in runs of at least this many lines (a header and a row).
MIN_ROWS = 2
#: Prose: clause punctuation, or a comma or semicolon set with a space after it.
_PROSE = regex.compile(f"[{CJK_CLAUSE_MARKS}{ENUMERATION_COMMA}]|[,;] ")


def _fields(line: str, delimiters: Sequence[int] = range(len(_DELIMITERS))) -> list[int]:
    """How many fields each of ``delimiters`` (indices into ``_DELIMITERS``, all of them
    unless given) splits the line into (0: none, or prose)."""
    # A tab that indents the line delimits nothing. A quoted field's text is data, not
    # prose, whatever it holds (``1,"Council backs bridge, at last",612``).
    body = line.lstrip()
    if '"' in body:
        body = _QUOTED_FIELD.sub('""', body)
    prose: bool | None = None
    counts = []
    for d in delimiters:
        char, pattern, shared_with_prose = _DELIMITERS[d]
        if char not in body:
            counts.append(0)
            continue
        if shared_with_prose:
            if prose is None:
                prose = _PROSE.search(body) is not None
            if prose:
                counts.append(0)
                continue
        counts.append(len(pattern.findall(body)))
    return counts


#: What a line needs for any delimiter to split it into fields (see ``_fields``).
_MAY_DELIMIT = regex.compile(r"[\t|,;](?:(?<![,;])|(?=\S))")


def delimited_rows(lines: list[str]) -> set[int]:
    """The lines that are rows of delimited data (CSV, TSV): two or more lines in a row
    that split into the same number of fields by the same delimiter. Prose is never
    that: it has clause punctuation somewhere on the line, or sets a space after its
    halfwidth commas (``的今天, 開發``), where data does not (``张三,北京``)."""
    if len(lines) < MIN_ROWS:
        return set()
    # Most blocks hold no delimiter at all (a CJK block, once its marks are fullwidth):
    # four substring tests of the block spare a look at each line.
    block = "\n".join(lines)
    # A delimiter the block does not hold splits no line: no line is asked of it.
    present = [d for d, (char, _, _) in enumerate(_DELIMITERS) if char in block]
    if not present:
        return set()
    # A line splits by a delimiter only where it holds a tab, a bar, or a comma or
    # semicolon before a non-space (prose sets its commas before spaces): one search of
    # the block finds those lines, and only they are read field by field.
    fields: dict[int, list[int]] = {}
    row = 0
    at = 0
    for mark in _MAY_DELIMIT.finditer(block):
        row += block.count("\n", at, mark.start())
        at = mark.start()
        if row not in fields:
            fields[row] = _fields(lines[row], present)
    rows: set[int] = set()
    for d in range(len(present)):
        # A run is broken by a line that does not split, read or not.
        run: list[int] = []
        for i, counts in fields.items():
            n = counts[d]
            if n and run and run[-1] == i - 1 and fields[run[-1]][d] == n:
                run.append(i)
                continue
            if run:
                run = _keep(rows, run)
            if n:
                run.append(i)
        _keep(rows, run)
    return rows


def _keep(rows: set[int], run: list[int]) -> list[int]:
    if len(run) >= MIN_ROWS:
        rows.update(run)
    return []


def _repair_chinese(text: str, counts: Counter[str]) -> str:
    text, n = _MARK.subn(lambda m: _FULLWIDTH[ord(m.group(0)[0])], text)
    counts["halfwidth-mark"] += n
    text, n = _FULL_STOP.subn("。", text)
    counts["halfwidth-full-stop"] += n
    text, n = _PARENS.subn(lambda m: f"（{m.group(1) or m.group(2)}）", text)
    counts["halfwidth-parentheses"] += n
    return text


def repair(text: str) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    # Fullwidth letters and digits are beyond ASCII: an ASCII page is not read for them.
    if not text.isascii() and _FULLWIDTH_ALNUM.search(text):
        text, n = _FULLWIDTH_ALNUM.subn(
            lambda m: "".join(chr(ord(c) - 0xFEE0) for c in m.group(0)), text
        )
        counts["fullwidth-alphanumeric"] += n
    # Each of ``_repair_chinese``'s repairs stands beside a Han character (a mark's
    # look-behind, a bracket's inside): a Latin page is spared its substitutions.
    if not any(c in text for c in ",;:?!.(") or not has_han(text):
        return text, +counts
    # The whole text in one call first (fast); line by line only where a repair was
    # found and some lines may have to keep their marks.
    found: Counter[str] = Counter()
    repaired = _repair_chinese(text, found)
    if repaired == text:
        return text, +counts
    lines = text.split("\n")
    kept = delimited_rows(lines)
    if not kept and not _NOT_CHINESE.search(text):
        return repaired, +(counts + found)
    for i, line in enumerate(lines):
        if i not in kept and not _NOT_CHINESE.search(line):
            lines[i] = _repair_chinese(line, counts)
    return "\n".join(lines), +counts


def _repair_then_spaces(text: str) -> tuple[str, Counter[str]]:
    """The repair, and then the spaces the fullwidth marks it made leave over (``（4月25日
    ）``, a line that a converted comma makes running text): the whitespace pass ran
    before there were such marks, and a second run would take them."""
    repaired, counts = repair(text)
    if repaired == text:
        return text, counts
    repaired, spaces = justification(repaired)
    return repaired, counts + spaces


def apply(doc: Document, options: Options) -> None:
    doc.map_lines(
        NAME, keeping_offsets(_repair_then_spaces if options.chooses("whitespace") else repair)
    )
