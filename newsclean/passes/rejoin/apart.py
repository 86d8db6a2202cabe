"""Lines set apart: lists, tables, addresses, runs of one-line sentences and program
text keep their lines (see the package docstring; verse is ``verse.py``'s)."""

from __future__ import annotations

import bisect
import itertools
import math

from newsclean import regex
from newsclean.chardata import CJK_PUNCT, HAN, KANA, display_width, ends_sentence
from newsclean.latin import ends_in_leading_word
from newsclean.page.describe import NO_LINE_END, hyphen_end
from newsclean.page.printed import MESSAGE_HEAD, QUOTED_LINE
from newsclean.passes.punctuation import delimited_rows
from newsclean.passes.rejoin.lines import WIDEST_MEASURE, Columns, Line
from newsclean.passes.rows import segments

#: A list item's marker: a bullet and its space, or a number, a Chinese numeral, a
#: circled number or a lower-case letter with its stop or brackets (``1.`` before a
#: digit is a decimal point, not a marker).
_LIST_MARKER = regex.compile(
    r"^(?:[-*+•●○◦▪■□◆◇►▶✓✔](?= )|\d{1,3}[.)．、](?!\d)|[(（]\d{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473]"
    r"|[(（]?[a-z][)）])"
)
_NUMERALS = "一二三四五六七八九"
_DIGITS = regex.compile(r"\d+")
_NUMERAL = regex.compile(f"[{_NUMERALS}十]+")
_LETTER = regex.compile("[a-z]")
#: The next marker of a list is this many lines away at most (an item wraps).
MAX_ITEM_LINES = 4


def _marker(text: str) -> tuple[str, int] | None:
    """A line's list marker as its form (``0.``, ``（一）``, ``-``) and its number."""
    m = _LIST_MARKER.match(text)
    if m is None:
        return None
    marker = m.group(0)
    if digits := _DIGITS.search(marker):
        return marker.replace(digits.group(0), "0"), int(digits.group(0))
    if numeral := _NUMERAL.search(marker):
        return marker.replace(numeral.group(0), "一"), _chinese_number(numeral.group(0))
    if "\u2460" <= marker <= "\u2473":
        return "①", ord(marker) - 0x245F
    if letter := _LETTER.search(marker):
        return marker.replace(letter.group(0), "a"), ord(letter.group(0))
    return marker, 0


def _chinese_number(numeral: str) -> int:
    """``三`` → 3, ``十二`` → 12, ``二十`` → 20."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _NUMERALS.index(numeral) + 1 if len(numeral) == 1 else 0
    return (_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (
        _NUMERALS.index(units) + 1 if units else 0
    )


def _mark_list_items(lines: list[Line]) -> None:
    """Lists keep their items apart: a line opening with a list marker is an item when
    another item of the same list stands a few lines before or after it (the same
    bullet, or the same form numbered one less or one more: ``一、`` … ``二、``,
    ``（一）`` … ``（二）``, ``1.`` … ``2.``). One marker-like line alone (``1.``
    running on from a line above) is not a list."""
    found = [
        (i, m)
        for i, line in enumerate(lines)
        # The match first: few lines open with a marker.
        if _LIST_MARKER.match(line.text) and (m := _marker(line.text)) is not None
    ]
    for (i, (form, number)), (j, (next_form, next_number)) in itertools.pairwise(found):
        if (
            form == next_form
            and j - i <= MAX_ITEM_LINES
            and next_number in ((number + 1,) if number else (0,))
        ):
            lines[i].list_item = lines[j].list_item = True


#: A line that ends at a clause mark or a dash (and the quote closing there); a hyphen
#: after a space is a dash typed (``And never stops - at all -``).
_CLAUSE_END = regex.compile(r"(?:[,;:]|[,;:]? ?[–—]| -)[\"'”’)]?$")
#: The longest match of ``_CLAUSE_END``, in characters (a mark, a space, a dash, a quote).
_CLAUSE_END_CHARS = 4


def ends_clause_or_dash(text: str) -> bool:
    """``_CLAUSE_END`` searched where its match can start."""
    return regex.ends_with(_CLAUSE_END, text, _CLAUSE_END_CHARS)


def _printed_line(line: Line) -> bool:
    """One line as printed, not a paragraph an earlier round of rejoining made, nor
    one wider than any column: an earlier run of ``fix`` joined it (or it was never
    wrapped), and it stands for the lines it was joined from, as the earlier round's
    paragraph does (a second run would otherwise read it into a run of one-line
    blocks the first run never saw, and bridge that run's lines)."""
    if line.layout is not None:
        return line.layout.lines == 1
    return line.width <= WIDEST_MEASURE


#: Two or more spaces inside a CJK line, five or more inside a Latin one (where
#: justification leaves up to four), or a tab: a table's alignment.
_CJK_ALIGNED = regex.compile(r"\S(?: {2,}|\t)\S")
_LATIN_ALIGNED = regex.compile(r"\S(?: {5,}|\t)\S")
#: A line drawn from wall to wall with box-drawing characters: a table's rule or row
#: (a dash that a font gave as ``──`` stands inside a line, not at both its ends).
_BOX_RULE = regex.compile("^[\u2500-\u257f].*[\u2500-\u257f]$")
#: Table rows come in runs at least this long.
MIN_TABLE_ROWS = 2


#: One-line paragraphs stand in runs this long in a list of sentences set a paragraph
#: each (a column break leaves a single line between two blank lines at most once).
MIN_SENTENCE_RUN = 3
#: Lines set to one measure agree in width within two cells (a justified CJK column,
#: digits narrower than a cell), or within this share of it (a ragged Latin one).
SAME_WIDTH = 0.1


def _mark_sentence_runs(blocks: list[list[Line]]) -> None:
    """A column break leaves ONE blank line inside a sentence, between a column's lines,
    and the sentence ends in the next column or runs on down it. A run of three or more
    blocks of one printed line each is a column's lines only when the extractor set a
    blank line after every line (then most of them are of one width), or when a line of
    it carries a sentence into the next line, which ends it (the tail of a sentence
    carried into the next column, between a subhead and a byline; its line before is
    then as wide as a column the page's other blocks are set in), or visibly goes on (a
    hyphen, a leading word, an opening bracket at its end). Any other run is a list of
    sentences or items set a paragraph each (``现代无线通信技术…，不受电缆束缚`` ⏎⏎
    ``現代無線通訊技術…``), whatever their punctuation: each of its lines that ends no
    sentence keeps its line (one that ends a sentence may still end one carried over
    from the block above it)."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for lines in [*blocks, []]:
        if len(lines) == 1 and _printed_line(lines[0]):
            run.append(lines[0])
            continue
        if (
            len(run) >= MIN_SENTENCE_RUN
            and 2 * _most_of_one_width(run) < len(run)
            and not any(_goes_on(line) for line in run)
            and not any(b.ends_sentence and not a.ends_sentence for a, b in itertools.pairwise(run))
        ):
            runs.append(run)
        run = []
    if not runs:
        return
    columns = Columns([line for lines in blocks if len(lines) > 1 for line in lines])
    for run in runs:
        if all(columns.column_of(line.width) is None for line in run):
            for line in run:
                line.set_apart = not line.ends_sentence


def _goes_on(line: Line) -> bool:
    """A line whose end shows its sentence goes on: a hyphen, an opening bracket or
    quote, an article, preposition or conjunction."""
    text = line.text
    return hyphen_end(text) or text[-1] in NO_LINE_END or ends_in_leading_word(text)


def _most_of_one_width(lines: list[Line]) -> int:
    """How many of the lines, at most, agree in width with one of them. (Counted in
    the sorted widths: comparing every pair made a page of a million one-line blocks,
    as a file of blank-line runs is, quadratic.)"""
    widths = sorted(line.width for line in lines)
    most = 0
    for line in lines:
        # Widths are whole cells: within a give of g cells is within floor(g).
        give = math.floor(_give(line))
        agree = bisect.bisect_right(widths, line.width + give)
        most = max(most, agree - bisect.bisect_left(widths, line.width - give))
    return most


def _give(line: Line) -> float:
    return 2 if line.cjk else max(2, SAME_WIDTH * line.width)


#: An address's postcode and town (``51147 Köln``, ``D-51147 Köln``, ``1012 AB Amsterdam``,
#: ``00-238 Warszawa``, ``London NW1 6XE``, ``Springfield, IL 62704``, ``邮编：100006``,
#: ``〒100-0001``).
_POSTCODE_LINE = regex.compile(
    r"^(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d\d-\d{3})(?: [A-Z]{2})?"
    r"(?: [A-ZÀ-ÞŁŚŻŹĆŃŠČŘŽ][^\W\d_]*[.-]?){1,3}$"
    r"|[^\W\d_] [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$"
    r"|[^\W\d_], [A-Z]{2} \d{5}(?:-\d{4})?$"
    r"|^(?:邮编|郵編|邮政编码|郵遞區號)[：:]? ?\d{6}$|^〒\d{3}-\d{4}$"
)
#: An address's lines are short: a name, a street and its number, a town, a country.
LONGEST_ADDRESS_LINE = 40
#: Lines over an address's street (a name, a firm, a department) and under its town (a
#: country, or the addressee a Chinese envelope names last).
MAX_ADDRESSEE_LINES = 2


def _mark_address(lines: list[Line]) -> None:
    """An address keeps its lines: a block that is one address, set as a letter or an
    envelope sets it: a line or two of name, the street and its number, the postcode
    and town (``_POSTCODE_LINE``: the town's words capitalised, where a year opening a
    line of prose is followed by lower case), and a country (or an addressee) at most,
    every line short and none ending a sentence or at a clause mark. A wrapped
    paragraph's lines are a column wide, and a column does not break a sentence before
    a postcode."""
    if not 3 <= len(lines) <= MAX_ADDRESSEE_LINES + 3:
        return
    if any(
        len(line.text) > LONGEST_ADDRESS_LINE
        or line.ends_sentence
        or ends_clause_or_dash(line.text)
        for line in lines
    ):
        return
    town = next((i for i, line in enumerate(lines) if _POSTCODE_LINE.search(line.text)), None)
    if town is None or town == 0 or town > MAX_ADDRESSEE_LINES + 1 or town < len(lines) - 2:
        return
    if not any(ch.isdigit() for ch in lines[town - 1].text):
        # No street and number over the town: not an address's lines.
        return
    for line in lines:
        line.set_apart = True


#: A record's row: a field's label and its colon (``From: ``, ``Subject: ``, ``地址：``;
#: French sets a space before the colon, ``Tél. : ``) or a time stamp (``[09:14] ``, a
#: log's ``2023-12-05T09:14:03Z ``, ``Dec  5 09:15:01 ``) or a client's address (an
#: access log's ``192.0.2.10 ``) opening the line.
_FIELD_ROW = regex.compile(
    rf"^(?:[A-Z][\w'-]*(?: [\w'-]+){{0,2}}\.?[ \u00a0\u202f]?: "
    rf"|[{HAN}]{{1,6}}：|\[?\d{{1,2}}:\d\d(?::\d\d)?\]? "
    r"|\d{4}-\d\d-\d\d[T ]\d\d:\d\d\S* |[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d "
    r"|\d{1,3}(?:\.\d{1,3}){3} )"
)
#: Records come in runs at least this long (a label opening two lines is chance).
MIN_FIELD_ROWS = 3


def may_be_field_row(text: str) -> bool:
    """Whether ``_FIELD_ROW`` may match ``text``: a label ends at a colon, a time stamp
    holds one, and a client's address opens with a figure. A plain line (most of a page)
    is spared the pattern, whose label form reads its first words again and again."""
    return ":" in text or "：" in text or text[:1].isdigit()


def _field_rows(lines: list[Line]) -> set[int]:
    """The lines of runs of records: an e-mail's header, a form, a chat log."""
    rows: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and may_be_field_row(line.text) and _FIELD_ROW.match(line.text):
            run.append(i)
            continue
        if len(run) >= MIN_FIELD_ROWS:
            rows.update(run)
        run = []
    return rows


#: What a table's rule is drawn with.
_BOX_DRAWING = regex.compile("[\u2500-\u257f]")

#: A subtitle cue's timing (``00:00:02,943 --> 00:00:06,283``, SubRip and WebVTT).
_CUE_TIMING = regex.compile(r"\d\d:\d\d[.,]\d{3} --> (?:\d\d:)?\d\d:\d\d[.,]\d{3}")


def _cue_timing(text: str) -> bool:
    """Whether the line holds a cue's timing (``_CUE_TIMING``). Every timing holds its
    arrow: a substring test refuses the rest, where the search tried the pattern's
    figures at every character of a joined paragraph."""
    return "-->" in text and _CUE_TIMING.search(text) is not None


#: An e-mail signature's delimiter, alone on its line (``-- ``; clients drop the space).
_SIGNATURE = regex.compile(r"^--$")


def _mark_tables(lines: list[Line], text: str, measure: int = 0) -> None:
    """Tables keep their lines: two or more lines in a row aligned by wide gaps, drawn
    with box-drawing rules (``│ name │ page │``), rows of delimited data
    (``newsclean.passes.punctuation.delimited_rows``), or records: three or more lines
    in a row that each open with a field's label or a time stamp (``From: ``,
    ``Subject: ``, ``[09:14] ``). A chat message's head (a name and the time alone on a
    line) keeps its line too, and so does every line of a subtitle's cue (its number,
    its timing, and its text as the subtitler broke it), of an e-mail's signature (a
    block under ``--``: a name, a title, a telephone number) and of a quotation in an
    e-mail (two or more lines in a row opening with ``>``: its depth marks each line,
    and joined lines would carry them inside the text). ``text``: the lines' texts
    joined by newlines; a block with no rows, no gap and no box-drawing character in it
    has no table line, and its lines are not read one by one. A CJK line of running text
    no wider than ``measure`` (the page's widest column) is a table's row only when its
    gaps meet those of a row beside it (``_aligned_rows``)."""
    if any(_cue_timing(line.text) for line in lines[:2]) or _SIGNATURE.match(lines[0].text):
        for line in lines:
            line.set_apart = True
        return
    if ">" in text:
        for a, b in itertools.pairwise(lines):
            if QUOTED_LINE.match(a.text) and QUOTED_LINE.match(b.text):
                a.set_apart = b.set_apart = True
    rows = delimited_rows([line.text for line in lines]) | _field_rows(lines)
    for line in lines:
        # A message's head stands over its message, alone: no text runs on into it.
        if MESSAGE_HEAD.match(line.text):
            line.set_apart = True
    # (A rule's characters are beyond ASCII: an ASCII block, a flag of the string, holds
    # none.)
    drawn = not text.isascii() and _BOX_DRAWING.search(text) is not None
    if not rows and "  " not in text and "\t" not in text and not drawn:
        return
    # Each row of the run, and the cells a CJK row's gaps span (None: a row by its
    # data or its rules, which are not asked where its gaps stand).
    table: list[tuple[Line, list[tuple[int, int]] | None]] = []
    for i, line in enumerate(lines):
        aligned = _CJK_ALIGNED if line.cjk else _LATIN_ALIGNED
        gap = "  " in line.text or "\t" in line.text
        if i in rows or _BOX_RULE.search(line.text):
            table.append((line, None))
            continue
        if gap and aligned.search(line.text):
            # Asked only of running text (a clause mark in it): a weather table's row
            # (``阴  8～26℃``) holds none, wherever its gaps fall.
            within = (
                line.cjk and line.running and display_width(line.text) <= measure + MEASURE_SLACK
            )
            table.append((line, _gap_spans(line.text) if within else None))
            continue
        if table:
            _keep_rows(table)
            table = []
    _keep_rows(table)


#: A gapped line this many half-em cells wider than the page's widest column is wider
#: than any column: columns set side by side, read row by row.
MEASURE_SLACK = 2
#: A gap as wide as ``_CJK_ALIGNED``'s, between two characters.
_GAP = regex.compile(r"(?<=\S)(?: {2,}|\t)(?=\S)")


def _gap_spans(text: str) -> list[tuple[int, int]]:
    """The half-em cells each wide gap of a line spans, from the line's start."""
    return [
        (display_width(text[: m.start()]), display_width(text[: m.end()]))
        for m in _GAP.finditer(text)
    ]


def _aligned_rows(run: list[tuple[Line, list[tuple[int, int]] | None]]) -> list[Line]:
    """The run's rows without the CJK lines whose gaps meet no gap of the rows beside
    them. A table's cells stand in columns, so its rows' gaps meet, and so do the gutters
    of columns a layout extractor set side by side; OCR leaves a gap where it could read
    no character (a smudge, a fold, a stamp), anywhere in the line, and the text on both
    sides of it runs on as one sentence."""
    kept: list[Line] = []
    for k, (line, gaps) in enumerate(run):
        beside = [span for j in (k - 1, k + 1) if 0 <= j < len(run) for span in run[j][1] or ()]
        if gaps is None or any(a < d and c < b for a, b in gaps for c, d in beside):
            kept.append(line)
    return kept


def _keep_rows(run: list[tuple[Line, list[tuple[int, int]] | None]]) -> None:
    """The run's aligned rows set apart as a table; the running lines whose gaps are
    OCR's (they meet no row's beside them) lose the gaps between their ideographs,
    kana and marks (Korean spaces its words, and keeps them). OCR left them where it
    read nothing, inside one sentence. Kept, they stood inside the joined paragraph,
    and a second run read the gaps of two such paragraphs that met by chance as a
    gutter between columns, and cut the paragraphs at them."""
    _set_apart(_aligned_rows(run))
    for line, gaps in run:
        if gaps is not None and not line.set_apart and not line.list_item:
            line.text = _OCR_GAP.sub("", line.text)


#: A gap as wide as ``_CJK_ALIGNED``'s between two ideographs, kana or CJK marks.
_TIGHT = f"{HAN}{KANA}{CJK_PUNCT}"
_OCR_GAP = regex.compile(f"(?<=[{_TIGHT}])(?: {{2,}}|\t)(?=[{_TIGHT}])")


#: What only program text has: a call or definition (``main(``), braces, an
#: assignment or comparison set off by spaces, an arrow, a quoted key and its colon
#: indented under its brace (``  "page": 4``, a JSON object's member).
_CODE_TOKEN = regex.compile(r"\w\(|[{}]|\s(?:=|==|!=|\+=|-=|:=)\s|->|=>|^\s+\"[^\"]+\": ")
#: Lines of a code block that hold such a token, at least.
MIN_CODE_LINES = 2


#: A Markdown code fence: three backticks or tildes, and the code's language.
_FENCES = ("```", "~~~")


def _mark_fences(blocks: list[list[Line]]) -> None:
    """A Markdown code block keeps its lines, from its opening fence to its closing one
    (the fences too), across the blank lines inside it: program text as its writer set
    it, never a paragraph's lines."""
    inside = False
    for lines in blocks:
        for line in lines:
            fence = line.text.startswith(_FENCES)
            if fence or inside:
                line.set_apart = True
            inside ^= fence


#: A shell's or an interpreter's prompt before a command (``$ ls -l``, ``>>> len(x)``,
#: ``C:\\> dir``); a price (``$ 5``) is followed by a number.
_PROMPT = regex.compile(r"^(?:\$ [a-z./~]|>>> \S|(?:PS )?[A-Z]:\\[^>]*> ?\S)")


def _mark_code(raw: list[str], lines: list[Line]) -> None:
    """Program text keeps its lines and its indentation: a block (between blank
    lines) whose lines are indented to two or more depths and half of which hold
    what only code has (``def main():``, ``x = 1``, ``}``). Newspaper prose indents
    to one depth, the first line of a paragraph, and has no such tokens (two lines at
    least must hold one). A session at a prompt is program text too: a block that
    opens at a prompt with a command, and holds another (the commands, and the lines
    they printed)."""
    if _PROMPT.match(raw[0]) and sum(1 for r in raw if _PROMPT.match(r)) >= MIN_CODE_LINES:
        for line, r in zip(lines, raw, strict=True):
            line.set_apart = True
            line.text = r.rstrip(" \t")
        return
    # A block with no indented line has one depth: the lines are spared measuring.
    if not indented(raw):
        return
    depths = {len(r) - len(r.lstrip(" \t")) for r in raw if r.strip()}
    if len(depths) < 2:
        return
    tokens = sum(1 for r in raw if _CODE_TOKEN.search(r))
    if tokens < MIN_CODE_LINES or 2 * tokens < len(raw):
        return
    for line, r in zip(lines, raw, strict=True):
        line.set_apart = True
        line.text = r.rstrip(" \t")


def indented(raw: list[str]) -> bool:
    """Whether any of the lines begins with a space or a tab: substring tests of the
    lines joined (a regular expression tries a line start at every character)."""
    joined = "\n".join(raw)
    return joined[:1] in (" ", "\t") or "\n " in joined or "\n\t" in joined


def _mark_after_rows(lines: list[Line]) -> None:
    """The line under a row of two pieces between a gap (``rows.segments``: text, three
    spaces or more, text) whose first piece ends a sentence starts a paragraph. The
    sentence ended at the gutter, so the piece after it is another column's text, which
    ``columns`` left uncut, and the line under the row continues either column: a first
    run kept it apart by its indentation (the offset it was printed at), which its
    output no longer shows, and a second run ran the row on into it. Rows of more
    pieces (columns read side by side) are left to the rules: marked, they moved first
    runs' output of such pages, which second runs then cut elsewhere."""
    for a, b in itertools.pairwise(lines):
        if "   " in a.text and "   " not in b.text:
            pieces = segments(a.text)
            if len(pieces) == 2 and ends_sentence(pieces[0].text):
                b.starts_new = True


def _set_apart(rows: list[Line]) -> None:
    if len(rows) >= MIN_TABLE_ROWS:
        for row in rows:
            row.set_apart = True
