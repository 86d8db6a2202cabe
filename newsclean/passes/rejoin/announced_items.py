"""An enumerated item a colon or semicolon announces: Chinese sets each item of a list on
a line of its own (``可以看出来：`` / ``（1）浙江的无产阶级革命派…``; ``主要有：`` /
``一九五九年，林总提出…；``), so a CJK line that ends on a colon or semicolon does not
run on into a line that opens with an item's marker: a bracketed or circled number, a
number or ordinal with its enumeration comma or full stop (``一、``, ``1．``, ``甲、``),
or, in a chronology, a year or date and the comma after it. A marker alone is no list
(``_mark_list_items`` wants a pair; OCR often misreads the next item's), but the mark
that announces it is a second witness.

What it must not part: a number that goes on a sentence (``增长了：`` / ``1.5倍``: a
decimal is no marker), a date a colon announces inside a sentence (``时间：`` /
``1966年8月8日``: a date with no comma after it opens no item), a year after a line
with no colon (``共计`` / ``1966年``), and a quotation a colon announces (it opens with
a quotation mark, no marker). A year or date opens an item only as one of a
chronology's: the line after it, or the paragraph before it, opens with one too (so a
year that merely opens the announced sentence, ``他说：`` / ``1966年，我们…``, goes
on). Two one-line chronology items in a row keep apart though OCR lost the semicolon
between them, where the first ended (``…提出“四个第一”`` / ``一九六一年，…``); a year
the next line of a sentence opens with (``1965年，…到`` / ``1966年，…``) goes on."""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import CJK_CLOSE
from newsclean.passes.rejoin.lines import Line, Paragraph

#: The marks that announce a list at a line's end (OCR reads the full-width ones narrow,
#: with a space before them).
_ANNOUNCING = frozenset("：:；;")
_NUMERAL = "[一二三四五六七八九十]{1,3}"
_STEM = "[甲乙丙丁戊己庚辛壬癸]"
#: An item's marker: bracketed (``（1）``, ``(一)``, ``（甲）``), circled (``①``), or a
#: number, numeral or stem with its enumeration comma or full stop (``一、``, ``1．``,
#: ``2.`` before no digit, which a decimal has).
_MARKER = regex.compile(
    rf"^(?:[（(]\s*(?:\d{{1,2}}|{_NUMERAL}|{_STEM}|[A-Za-z])\s*[）)]"
    rf"|[\u2460-\u2473]"
    rf"|(?:\d{{1,2}}|{_NUMERAL}|{_STEM}|[A-Za-z])[、．]"
    rf"|\d{{1,2}}\.(?!\d))"
)
#: A chronology's item: a year (OCR drops a numeral of four, ``一九六年``), perhaps a
#: month and day, then the comma or space that sets the date off from its entry.
_DATE_ITEM = regex.compile(
    r"^(?:(?:[一二三四五六七八九〇○零]{2,4}|\d{2,4})年"
    r"(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})月(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})日)?)?"
    r"|(?:[一二三四五六七八九十]{1,3}|\d{1,2})月(?:[一二三四五六七八九十]{1,3}|\d{1,2})日)"
    r"[，,、 ]"
)

#: The characters an item's marker or a chronology's date opens with, but for digits
#: (``str.isdecimal``, what ``\d`` reads): a bracket, a circled number, a numeral, a stem
#: or a Latin letter.
_ITEM_OPENERS = frozenset(
    "（("
    + "".join(map(chr, range(0x2460, 0x2474)))
    + "一二三四五六七八九十〇○零甲乙丙丁戊己庚辛壬癸"
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)


def item_announced(paragraph: Paragraph, b: Line, after: Line | None = None) -> bool:
    """Does ``b`` open an item of a list, after the colon or semicolon that ends
    ``paragraph`` or as the next of a chronology's items? ``after`` is the line after
    ``b``, if any."""
    a = paragraph.last
    if not (a.cjk and b.cjk):
        return False
    # Asked of every pair of CJK lines, twice: most open with no marker's or date's
    # character, and are refused before the patterns are tried.
    first = b.text[:1]
    if not (first.isdecimal() or first in _ITEM_OPENERS):
        return False
    announced = a.text.rstrip()[-1:] in _ANNOUNCING
    if announced and _MARKER.match(b.text):
        return True
    if not _DATE_ITEM.match(b.text):
        return False
    # An item before it: the paragraph opened with a date of its own.
    follows_item = _DATE_ITEM.match(paragraph.lines[0].text) is not None
    if announced:
        return follows_item or (after is not None and _DATE_ITEM.match(after.text) is not None)
    # With no mark announcing it, only an item that ended (at its full stop or a closing
    # quote) before the next: a year can open the line a sentence wraps onto.
    ended = a.ends_sentence or a.text[-1:] in CJK_CLOSE
    return follows_item and ended and len(paragraph.lines) == 1
