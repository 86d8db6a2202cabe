"""whitespace: odd spaces, invisible characters, and spaces that justification left.

Defects:

* no-break, ideographic, thin and other Unicode spaces where a plain space is meant;
  zero-width spaces, word joiners, stray BOMs and soft hyphens inside words; C0/C1
  control characters; trailing spaces. A no-break space the writer set between two
  words of Latin text (a thousands gap, French spacing before ``;:!?»``, a name kept on
  one line) is text and kept; beside a space, an edge or CJK, or where no-break spaces
  are every word space of a line (an extractor that writes them for all spaces), it is
  an odd plain space;
* PDF justification in Chinese and Japanese text: the extractor turns the stretched gap
  after fullwidth punctuation into a space (``工作组， 制定``), or spreads a short line
  out character by character (``知 识 密 集 型``).

Recognition: the character repairs are a table. A justification gap comes out as one
space: two or more spaces (or a tab) beside CJK text are a table's or a form's
alignment and are kept (but OCR's two after a clause mark in a line with no gutter,
``向好，  10月份``: it reads the blank half of the mark's cell as a gap). Single spaces
next to fullwidth punctuation (``，。、；：？！`` and closing brackets) are
justification. Other spaces between two Han or kana characters are removed only in
lines that read as running text (they hold clause
punctuation) and in runs of three or more single characters set apart: a space in a
line without punctuation is how headlines and bylines separate their parts
(``常态化战疫：上控风险 下稳需求``, ``北京商报记者 钱瑜 濮振宇``) and is kept. In
running text, some spaces are the writer's too: those that set apart the words of a
list (``扞格 捍拒 捍卫；捍格 捍拒 捍卫``, see ``_word_list``), the space after a wire
dateline and after each credit run in after it (``新华社北京3月5日电 第十四届…``,
``本报北京3月5日讯 记者张三报道 近日…``, and with no date, ``据新华社电 …``), the
space inside a bracketed credit (``（记者 王小明）``) and a photographer's credit that
ends a caption (``新华社记者 王强 摄``), and the space after the number of an article
or chapter that opens a line of a law (``第一条 为了保护环境，…``).
Korean is written with spaces between words and its lines are left alone. A soft
hyphen at a line end is kept for ``rejoin``, which reads it as a hyphenation point.
Leading spaces are kept too: ``rejoin`` reads indentation as a paragraph start. In a
row of a layout page that ``columns`` left (pieces between gaps of three spaces or more),
the pieces after a repaired one stay at their offsets: the gap after it takes the spaces,
and a gap taken for the spaces after a mark is a gutter, opened again (``rows``).
"""

from __future__ import annotations

import re
from collections import Counter

from newsclean import regex
from newsclean.chardata import HAN, HANGUL, KANA, RUNNING_CJK_MARK, has_cjk
from newsclean.model import Document
from newsclean.options import Options
from newsclean.page.credits import is_byline
from newsclean.passes.credit_spaces import credit_across, credit_spans, trim_line_ends
from newsclean.passes.rows import keeping_offsets

NAME = "whitespace"
DESCRIPTION = "NBSP, U+3000, zero-width, soft hyphens, controls; justification spaces in CJK text"

_ODD_SPACE_CHARS = "\u1680\u2000-\u200a\u205f\u3000"
_NO_BREAK_CHARS = "\u00a0\u202f"
_INVISIBLE_CHARS = "\u200b\u2060\ufeff\u180e"
_CONTROL_CHARS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_ODD_SPACES = regex.compile(f"[{_ODD_SPACE_CHARS}]")
#: A no-break space (or the narrow one French sets before ``;:!?``) at a line's edge or
#: beside a space or CJK, where it can only be an odd plain space.
_LOOSE_NO_BREAK = regex.compile(
    f"[{_NO_BREAK_CHARS}](?=[\\s{HAN}{KANA}{HANGUL}\u3000-\u303f\uff00-\uffef]|$)"
    f"|(?<=[\\s{HAN}{KANA}{HANGUL}\u3000-\u303f\uff00-\uffef])[{_NO_BREAK_CHARS}]"
    f"|^[{_NO_BREAK_CHARS}]",
    re.MULTILINE,
)
_NO_BREAK = regex.compile(f"[{_NO_BREAK_CHARS}]")
_INVISIBLE = regex.compile(f"[{_INVISIBLE_CHARS}]|\u00ad(?!\n|$)")
_CONTROLS = regex.compile(f"[{_CONTROL_CHARS}]")

#: Fullwidth marks after which (or before which) a space is never wanted.
_AFTER_MARK = "，。、；：？！）」』】》〉〕］"
_BEFORE_MARK = "，。、；：？！）」』】》〉〕］"
#: The letters of the scripts set without spaces between words. Hangul is not one:
#: Korean puts a space between words, so no space beside it is justification.
TIGHT = HAN + KANA
#: Where a lone space between two characters is never the writer's: CJK letters and
#: the fullwidth marks and closers no space is wanted beside.
SPACELESS = TIGHT + _AFTER_MARK
# Several patterns below start with the space they remove and look behind from there
# (`` (?<=X )`` rather than ``(?<=X) ``): a pattern that opens with a character lets
# the regex engine skip to the next space in C, where one that opens with a lookbehind
# is tried at every character. Same matches, several times faster. Each removes one
# space standing alone: justification never leaves two.
_SPACE_AFTER_MARK = regex.compile(f" (?<=[{_AFTER_MARK}] )(?=[^ \t\n])")
_SPACE_BEFORE_MARK = regex.compile(f" (?<=[^ \t\n] )(?=[{_BEFORE_MARK}])")
#: Curly quotes are shared with Latin text: only between CJK on both sides. Corner
#: brackets (「」『』, the quotes of Traditional Chinese and Japanese) are the same
#: place in the sentence; being CJK-only, no space belongs inside them either.
_SPACE_AT_QUOTE = regex.compile(
    f" (?:(?<=[{TIGHT}][”’」』] )(?=[{TIGHT}])|(?<=[{TIGHT}] )(?=[“‘「『][{TIGHT}])"
    "|(?<=[「『] )(?=[^ \t\n]))"
)

_CJK_GAP = regex.compile(f" (?<=[{TIGHT}] )(?=[{TIGHT}])")
#: In running text, a space between CJK and an opening bracket or quote, or after one:
#: after a CJK bracket always, after a curly quote only where it opens in CJK text or
#: before a CJK character. (Czech and German close a quotation with ``“``: after it,
#: ``nemocnic,“ řekl``, the space is the writer's.)
_AT_OPENER = regex.compile(
    f" (?:(?<=[{TIGHT}] )(?=[（「『《【〔“‘])|(?<=[（「『《【〔] )(?! )"
    f"|(?<=[{TIGHT}][“‘] )(?! )|(?<=[{TIGHT}] [“‘] )(?! )|(?<=[“‘] )(?=[{TIGHT}]))"
)
#: A space on one side only of a number or Latin word inside CJK text: justification.
#: (Spaces on both sides are a deliberate style and are kept.) A halfwidth full stop
#: is no word: the space after it (``課題. 為``) is the writer's.
_ONE_SIDED = regex.compile(
    f"(?<=[{TIGHT}]) (?=[0-9A-Za-z][0-9A-Za-z.%]*[{TIGHT}，。、；：])"
    f"|(?<=[{TIGHT}][0-9A-Za-z%]) (?=[{TIGHT}])"
)
#: Two CJK characters touching: a line that has none is not spread out.
_CJK_PAIR = regex.compile(f"[{TIGHT}]{{2}}")
#: In a spread-out line, a space with a CJK character on either side.
_SPREAD_GAP = regex.compile(f"(?<=[{TIGHT}]) (?=[^ \t])|(?<=[^ \t]) (?=[{TIGHT}])")
#: A line spreads its characters out when this many CJK pairs are set apart...
MIN_SPREAD_GAPS = 3
#: Clause punctuation marks a line as running text.
_CLAUSE = RUNNING_CJK_MARK
#: Three or more single CJK characters set apart by single spaces: a spread-out line.
_SPREAD = regex.compile(f"(?<![{TIGHT}])[{TIGHT}](?: [{TIGHT}]){{2,}}(?![{TIGHT}])")
_HANGUL = regex.compile(f"[{HANGUL}]")
_TIGHT_OR_OPENER = regex.compile(f"[{TIGHT}（「『《【〔“‘]")
#: The pieces of a line between its spaces and clause marks.
_PIECES = regex.compile("[ ，。；、！？：]+")
#: A space beside a mark: justification stretches the gaps at punctuation too.
_GAP_AT_MARK = regex.compile(f" [{_BEFORE_MARK}]|[{_AFTER_MARK}（「『《] ")
#: A list of words: this many spaces at least, words of two to six characters.
MIN_LIST_GAPS = 3
LIST_WORD = (2, 6)


def _word_list(line: str) -> bool:
    """Spaces that set apart the words of a list (``扞格 捍拒 捍卫；捍格 捍拒 捍卫``)
    are the writer's: every piece between spaces and clause marks is a short word.
    Justification falls between characters with no regard for words, so its gaps leave
    single characters (``佳节 近 ，市 场 旺``) or a clause run long, and sit beside
    punctuation as often as anywhere."""
    # A paragraph's indentation sets apart no word: a second run, after rejoin took it
    # off, would not count it.
    words = line.strip()
    if words.count(" ") < MIN_LIST_GAPS or _GAP_AT_MARK.search(words):
        return False
    shortest, longest = LIST_WORD
    return all(shortest <= len(piece) <= longest for piece in _PIECES.split(words) if piece)


#: Every character the odd-space, no-break, invisible and control repairs start from:
#: most pages hold none, and one search spares the four.
_ODD_CHARACTER = regex.compile(
    f"[{_ODD_SPACE_CHARS}{_NO_BREAK_CHARS}{_INVISIBLE_CHARS}\u00ad{_CONTROL_CHARS}]"
)


def _counted(
    pattern: re.Pattern[str], repl: str, text: str, counts: Counter[str], kind: str
) -> str:
    """``text`` with each match of ``pattern`` replaced by ``repl``, every one counted as
    a repair of ``kind`` (the name ``fix --explain`` reports it under)."""
    text, n = pattern.subn(repl, text)
    counts[kind] += n
    return text


def normalize_characters(text: str) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    if _ODD_CHARACTER.search(text) is not None:
        text = _odd_characters(text, counts)
    # The substitution tries its pattern at every space of the page; only a space or a
    # tab before a line break or at the end is trailing.
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text, n = trim_line_ends(text)
        counts["trailing-space"] += n
    return text, +counts


def _odd_characters(text: str, counts: Counter[str]) -> str:
    text = _counted(_ODD_SPACES, " ", text, counts, "odd-space")
    if "\u00a0" in text or "\u202f" in text:
        text, n = _no_break_spaces(text)
        counts["odd-space"] += n
    text = _counted(_INVISIBLE, "", text, counts, "invisible")
    return _counted(_CONTROLS, "", text, counts, "control")


def _no_break_spaces(text: str) -> tuple[str, int]:
    """No-break spaces to plain ones where they stand beside a space, an edge or CJK, or
    in a line where they are every word space (an extractor's); the writer's between two
    words of Latin text are kept."""
    total = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "\u00a0" not in line and "\u202f" not in line:
            continue
        if " " not in line.strip() and len(_NO_BREAK.findall(line)) > 1:
            line, n = _NO_BREAK.subn(" ", line)
        else:
            line, n = _LOOSE_NO_BREAK.subn(" ", line)
        lines[i] = line
        total += n
    return "\n".join(lines), total


def remove_cjk_gaps(
    line: str, running_text: bool, kept: list[tuple[int, int]] | None = None
) -> tuple[str, int]:
    """Remove spaces between CJK characters: all of them in running text but those
    of its credits (and of the spans ``kept``), else only spread-out runs. Returns the
    line and the number of gaps removed.

    A line spread out whole (no two CJK characters touch, every one set apart) was
    stretched glyph by glyph, numbers included: its spaces beside numbers and Latin
    words go too (``低 于 1 月`` → ``低于1月``)."""
    if line.isascii() or _TIGHT_OR_OPENER.search(line) is None or _HANGUL.search(line):
        # Every gap removed here stands beside a CJK letter or an opening mark: Latin
        # text (rejoin's joined paragraphs) is answered with one search, or none when
        # ASCII (a flag of the string; every such letter and mark is beyond ASCII).
        return line, 0
    if _CJK_PAIR.search(line) is None and len(_CJK_GAP.findall(line)) >= MIN_SPREAD_GAPS:
        return _SPREAD_GAP.subn("", line)
    if running_text:
        if _CJK_GAP.search(line) and _word_list(line):
            return line, 0
        removed = 0
        pieces = []
        start = 0
        spans = sorted([*credit_spans(line), *(kept or [])])
        for begin, end in [*spans, (len(line), len(line))]:
            if end <= start:
                continue
            piece = line[start:begin]
            for pattern in (_CJK_GAP, _ONE_SIDED, _AT_OPENER):
                piece, n = pattern.subn("", piece)
                removed += n
            pieces += [piece, line[max(start, begin) : end]]
            start = end
        return "".join(pieces), removed
    removed = 0

    def join(m: re.Match[str]) -> str:
        nonlocal removed
        removed += m.group(0).count(" ")
        return m.group(0).replace(" ", "")

    return _SPREAD.sub(join, line), removed


#: Every rule of ``justification`` needs one of these characters: text without them
#: (Latin text) is skipped with one search instead of four substitutions.
_CJK_OR_MARK = regex.compile(f"[{TIGHT}{_AFTER_MARK}「『]")


def justification(text: str) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    # Every character of the class is beyond ASCII: an ASCII text (a flag of the string)
    # is not read at all.
    if text.isascii() or _CJK_OR_MARK.search(text) is None:
        return text, counts
    if _HANGUL.search(text):
        # Korean lines keep their spaces: judge the others one by one.
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if _HANGUL.search(line) is None:
                lines[i], found = justification(line)
                counts.update(found)
        return "\n".join(lines), +counts
    text = _counted(_SPACE_AFTER_MARK, "", text, counts, "space-after-punctuation")
    if "  " in text:
        text, n = _wide_gaps_after_marks(text)
        counts["space-after-punctuation"] += n
    text = _counted(_SPACE_BEFORE_MARK, "", text, counts, "space-before-punctuation")
    text = _counted(_SPACE_AT_QUOTE, "", text, counts, "space-at-quote")
    if _CJK_GAP.search(text) is None:
        return text, +counts
    lines = text.split("\n")
    broken = _broken_credits(lines)
    for i, line in enumerate(lines):
        if _CJK_GAP.search(line) is None:
            continue
        running = _CLAUSE.search(line) is not None
        lines[i], n = remove_cjk_gaps(line, running, broken.get(i))
        counts["space-between-cjk"] += n
    return "\n".join(lines), +counts


#: Two spaces after a clause mark, before the CJK text or figure that goes on.
_WIDE_AFTER_MARK = regex.compile(f"  (?<=[，。、；！？]  )(?=[{TIGHT}0-9])")
#: Three spaces or more: a gutter or an alignment, which keeps the line's spacing.
_GUTTER = regex.compile(r"\S {3,}\S")


def _wide_gaps_after_marks(text: str) -> tuple[str, int]:
    """OCR reads the blank half of a fullwidth mark's cell (``，`` and ``。`` sit in its
    left half) as a gap of its own, two spaces wide, in running text
    (``继续回升向好，  10月份``). A line with a gutter of three spaces or more is a row
    of columns or of a table, where two spaces after a mark may be the gutter: left
    alone; so is a colon, after which a form aligns its entries."""
    total = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "  " in line.strip() and _GUTTER.search(line) is None:
            lines[i], n = _WIDE_AFTER_MARK.subn("", line)
            total += n
    return "\n".join(lines), total


#: A bracket left open at a line's end (``本报讯 （记者徐昕联 通讯员``) and the text
#: that closes it at the next line's start (``田明 宋宗泽 姜山）``).
_OPEN_AT_END = regex.compile("[（(][^（）()]{0,40}$")
_CLOSED_AT_START = regex.compile("^[^（）()]{1,40}[）)]")


def _broken_credits(lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """A bracketed credit broken over two lines at a narrow column's edge: each line
    alone holds half a bracket, which no credit form reads, and the names on the second
    (``田明 宋宗泽 姜山）``) would be run together as justification. Read whole, the
    bracket is a credit, and the spaces in both halves are the writer's: the line
    index, and the span of each half to keep. A photographer's credit broken over two
    lines likewise (``credit_spaces.credit_across``)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for i in range(len(lines) - 1):
        head = _OPEN_AT_END.search(lines[i]) if "（" in lines[i] or "(" in lines[i] else None
        tail = _CLOSED_AT_START.match(lines[i + 1]) if head else None
        if head is None or tail is None:
            continue
        if is_byline(head.group(0).rstrip() + tail.group(0).lstrip()):
            spans.setdefault(i, []).append(head.span())
            spans.setdefault(i + 1, []).append(tail.span())
    for i in range(len(lines) - 1):
        if parts := credit_across(lines[i], lines[i + 1]):
            spans.setdefault(i, []).append(parts[0])
            spans.setdefault(i + 1, []).append(parts[1])
    return spans


#: Two to four spaces between words: what justification leaves in extracted Latin text.
_WIDE_WORD_GAP = regex.compile(r"(?<=\S) {2,4}(?=\S)")
#: Five or more spaces inside a line: a table's or a form's alignment, kept.
_ALIGNMENT_GAP = regex.compile(r"\S {5,}\S")
_LATIN_WORD = regex.compile(r"[^\W\d_]{2,}")


#: Fewer words than this on a line are not a justified line of text.
MIN_WORDS_JUSTIFIED = 3


def latin_justification(text: str) -> tuple[str, Counter[str]]:
    """Spaces widened by justification in Latin text, back to one. A line with a gap
    of five or more spaces is aligned (a table, a form) and keeps its spacing; the
    gutters of columns printed side by side were undone by ``columns`` before this."""
    counts: Counter[str] = Counter()
    if "  " not in text:
        return text, counts
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.lstrip(" ")
        if "  " not in stripped or has_cjk(line) or _ALIGNMENT_GAP.search(stripped):
            continue
        if len(_LATIN_WORD.findall(stripped)) < MIN_WORDS_JUSTIFIED:
            continue
        lead = line[: len(line) - len(stripped)]
        new, n = _WIDE_WORD_GAP.subn(" ", stripped)
        lines[i] = lead + new
        counts["justified-space"] += n
    return "\n".join(lines), +counts


def apply(doc: Document, options: Options) -> None:
    doc.map_lines(NAME, normalize_characters)
    doc.map_lines(NAME, keeping_offsets(justification))
    doc.map_lines(NAME, latin_justification)
