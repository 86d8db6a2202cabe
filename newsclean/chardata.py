"""Character classes and regular-expression fragments shared by the passes.

Data, not logic (ftfy keeps its tables apart the same way). Fragments are written to
go inside a character class: ``f"[{HAN}]"``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsclean import regex

#: Han ideographs: URO, Extension A, compatibility ideographs, Extensions B..H.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
KANA = "\u3040-\u30ff\u31f0-\u31ff"
HANGUL = "\uac00-\ud7af"
#: Letters of the scripts set without spaces between words (Korean uses spaces, but its
#: justification spaces behave the same on the page, so it is grouped here).
CJK = HAN + KANA + HANGUL

#: Fullwidth and CJK punctuation, including the curly quotes Chinese text uses.
CJK_OPEN = "“‘（《〈【〔「『［｛"
CJK_CLOSE = "”’）》〉】〕」』］｝"
CJK_PUNCT = "，。、；：？！…—·" + CJK_OPEN + CJK_CLOSE + "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20"
#: The marks that divide and end the clauses of CJK running text (``，。；！？``). A
#: headline, a briefs title or a page's furniture sets none of them.
CJK_CLAUSE_MARKS = "，。；！？"
#: The enumeration comma divides the items of a list: running text sets it, and so do
#: headlines (``中、美、俄三国…``) and credits of several names (``记者 张三、李四``). Where
#: running text is told by its punctuation alone it counts as a clause mark; where a
#: line may still be a headline or a furniture form, it does not.
ENUMERATION_COMMA = "、"
#: A digit or a Chinese numeral, as a number is written in an issue, a date or a law's
#: article (``第86期``, ``第十一条``, ``二〇二三年``).
CHINESE_NUMERAL = "[0-9０-９〇零一二三四五六七八九十百千两兩]"
#: Running text by its CJK punctuation: a clause mark or a list's comma.
RUNNING_CJK_MARK = regex.compile(f"[{CJK_CLAUSE_MARKS}{ENUMERATION_COMMA}]")

#: Characters that end a sentence, and the closing marks that may follow them. Beside
#: the Latin and CJK marks, the full stops of scripts that set their own: the danda and
#: double danda (Devanagari, Bengali and the other Indic scripts), the Ethiopic full
#: stop, the Arabic question mark and the Urdu full stop, the Armenian full stop and the
#: Myanmar section mark.
SENTENCE_END = "。！？!?；;.．।॥።؟۔։။"
TRAILING_CLOSERS = "”’」』）)\"'》〉】"

#: A line that ends a sentence: a sentence-final mark, then optional closing marks.
ENDS_SENTENCE = regex.compile(
    f"[{SENTENCE_END}][{re.escape(TRAILING_CLOSERS)}]*(?: ?[,.'’-])?\\s*$"
)

#: Every character a match of ``ENDS_SENTENCE`` can hold: its marks, closers and
#: spaces, and every character ``\s`` (``str.isspace``) takes.
_SENTENCE_TAIL = (
    SENTENCE_END
    + TRAILING_CLOSERS
    + " ,.'’-"
    + "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    + "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def ends_sentence(text: str) -> bool:
    """``ENDS_SENTENCE.search(text) is not None``, searched only in the run of marks,
    closers and spaces the text ends with (where any match lies): the search tried
    each sentence mark of a joined paragraph, then read on to its next character."""
    return ENDS_SENTENCE.search(text, len(text.rstrip(_SENTENCE_TAIL))) is not None


#: A Latin line that ends a sentence at a full stop, ``!``, ``?`` or an ellipsis, and its
#: closing marks (a semicolon parts clauses: a stanza's line, a deck goes on after it).
ENDS_LATIN_SENTENCE = regex.compile(r"[.!?…][\"'”’)]*\s*$")

#: A CJK letter (``[{CJK}]``), found where a character lies in the one span from the
#: first CJK code point (kana) to the last (Han beyond the BMP) and, looking back at
#: it, is of the class. The span is what the search tests each character against: two
#: comparisons, where the class reads a bitmap and then a range; a Latin line with
#: accents, curly quotes or dashes is read at that cost, and a Chinese line is answered
#: at its first character as before.
HAS_CJK = regex.compile(f"[{KANA[0]}-{HAN[-1]}](?<=[{CJK}])")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a CJK letter (``HAS_CJK``). An ASCII text holds none, and
    ``str.isascii`` answers from a flag of the string without reading it, where the
    search tests each character: several times the cost on a line of English."""
    return not text.isascii() and HAS_CJK.search(text) is not None


#: A Han character.
HAS_HAN = regex.compile(f"[{HAN}]")


#: Hangul, and the letters of the scripts set with no space between words (Han, kana).
_HANGUL = regex.compile(f"[{HANGUL}]")
#: The Hangul block's first and last character (``HANGUL`` is one range).
_HANGUL_FIRST, _HANGUL_LAST = HANGUL[0], HANGUL[-1]
_UNSPACED = regex.compile(f"[{HAN}{KANA}]")


def is_korean(text: str) -> bool:
    """Korean text in Hangul alone: it sets a space between its words (eojeol) and
    Latin punctuation, so it is wrapped, measured and joined as Latin text is, not as
    Chinese or Japanese. A text with Han or kana among its Hangul (Hanja in Korean, a
    Korean name in Chinese text) is read as CJK."""
    # Han or kana first: a Chinese or Japanese line shows one at its first characters,
    # where the search for Hangul read it to its end (a Korean line is read to its end
    # for Han either way).
    return (
        not text.isascii() and _UNSPACED.search(text) is None and _HANGUL.search(text) is not None
    )


def korean_break(left: str, right: str) -> bool:
    """Is a line break between ``left`` and ``right`` one in Korean text: Hangul on one
    side and Hangul, a Latin letter or a digit on the other, where CJK would join tight?"""
    if not left or not right:
        return False
    a, b = left[-1], right[0]
    # Asked at every line break a paragraph is joined at: a character's place in the
    # Hangul block is two comparisons of strings, where a match was a call into the
    # regex engine for each side.
    return (_HANGUL_FIRST <= a <= _HANGUL_LAST and (b.isalnum() and not _UNSPACED.match(b))) or (
        _HANGUL_FIRST <= b <= _HANGUL_LAST and a.isalnum() and not _UNSPACED.match(a)
    )


#: Letters and marks of the scripts that set no space between words and a space
#: between phrases: Thai, Lao, Myanmar, Khmer.
_PHRASE_SPACED = regex.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def phrase_spaced_break(left: str, right: str) -> bool:
    """Is a line break between ``left`` and ``right`` inside Thai, Lao, Burmese or Khmer
    text: between a word and the next, or at a space between phrases, which a wrapper
    drops? Nothing on the line tells which."""
    return (
        bool(left)
        and bool(right)
        and _PHRASE_SPACED.match(left[-1]) is not None
        and _PHRASE_SPACED.match(right[0]) is not None
    )


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Han character (``HAS_HAN``), with ``has_cjk``'s ASCII
    shortcut: a class with a range beyond the BMP is tested range by range, at every
    character of a Latin page."""
    return not text.isascii() and HAS_HAN.search(text) is not None


#: CJK letters, CJK punctuation and fullwidth forms: text set without spaces. Not
#: Hangul: Korean sets spaces between its words (``korean_break`` decides its breaks).
_SET_TIGHT = regex.compile(f"[{HAN}{KANA}{CJK_PUNCT}\uff01-\uff60]")
#: Marks that Latin text uses too (dashes, ellipsis, middle dot, curly quotes): they
#: set tight only beside a CJK letter.
SHARED_MARKS = frozenset("—…·“”‘’")


#: What stands before a quote that opens: nothing, a space, a bracket or a dash.
_BEFORE_OPENING = frozenset(("", " ", "\t", "(", "[", "—", "–"))


def joins_without_space(left: str, right: str) -> bool:
    """Do two pieces of text, broken at a line end, join with no space between them?
    Yes where CJK text meets the break: a CJK letter or mark on either side, or a mark
    both scripts use set beside a CJK letter, or a curly quote against the word it
    encloses. Latin words keep their space (``declared`` + ``Jade``, ``“consider”`` +
    ``the``)."""
    if not left or not right:
        return False
    if right[0] in "”’" or (left[-1] in "“‘" and left[-2:-1] in _BEFORE_OPENING):
        # A quote opened at the line's end, or closed at the next line's start, holds
        # on to the word it encloses in any script. (Set against the word before it,
        # ``“`` closes a quotation opened by ``„``, as Czech and German print it:
        # ``nemocnic,“`` + ``řekl`` keep their space.)
        return True
    for ch, neighbour in ((left[-1], left[-2:-1]), (right[0], right[1:2])):
        if _SET_TIGHT.match(ch) and (ch not in SHARED_MARKS or HAS_CJK.match(neighbour)):
            return True
    return _number_broken_in_cjk(left, right)


#: The pieces of a number broken at a line end: digits and a decimal point before the
#: break, digits, a decimal point and a per cent sign after it.
_NUMBER_END = regex.compile(r"[\d.]*\d\.?\Z")
_NUMBER_START = regex.compile(r"\.?\d[\d.%]*|%")


def _number_broken_in_cjk(left: str, right: str) -> bool:
    """A number that a CJK column broke at its line end (``超过35`` + ``0万辆``, ``合计12.``
    + ``54万亿元``): CJK text sets no space inside or around a number, so a number set
    tight against text on both sides, CJK on one of them, is one number. Latin text
    sets its numbers apart by spaces (``in 2018.`` + ``2019 saw``)."""
    if not (left[-1].isdigit() or left[-1] == ".") or right[0] not in "0123456789.%":
        return False
    tail, head = _NUMBER_END.search(left), _NUMBER_START.match(right)
    if tail is None or head is None or tail.start() == 0 or head.end() == len(right):
        return False
    before, after = left[tail.start() - 1], right[head.end()]
    if before.isspace() or after.isspace():
        return False
    return _SET_TIGHT.match(before) is not None or _SET_TIGHT.match(after) is not None


#: Characters set a full em wide (East Asian Width W or F), as ranges.
_WIDE_CLASS = (
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U00020000-\U0003fffd]"
)
#: Runs of wide characters: a CJK line is a few long runs, so matching runs rather than
#: single characters makes a few matches per line instead of one per character.
_WIDE_RUN = regex.compile(regex.run_of(_WIDE_CLASS))


def display_width(line: str) -> int:
    """Width of a line in half-em cells: CJK and fullwidth characters count two,
    combining marks (an Indic vowel sign, Arabic harakat) none.

    Dashes and ellipses (``—``, ``…``) are ambiguous in width; in a line that holds CJK
    they are set a full em wide, so they count two there. Curly quotes are not: measured
    on real pages, a line of quotes holds more characters than its column. Counting
    stays in C (an ASCII
    check, a regex over runs, ``str.count``): rejoin measures every line of every page.
    """
    if line.isascii():
        return len(line)
    if len(line) <= _KEPT_WIDTH_CHARS:
        return _kept_width(line)
    return _width(line)


#: The widths of lines up to this long are kept: a page's lines are measured by the
#: furniture pass, by rejoin and by interleave, and a CJK line's runs found again each
#: time (nearly half the measures of a Chinese page). A joined paragraph is measured once
#: and not kept.
_KEPT_WIDTH_CHARS = 200


#: One wide character: searched for first, since the runs' pattern (a class then
#: ``+``) is tried at every character of a line, where the class alone is skipped to in C.
_WIDE = regex.compile(_WIDE_CLASS)


def _width(line: str) -> int:
    first = _WIDE.search(line)
    marks = _marks_width(line) if _MAY_MARK.search(line) else 0
    if first is None:
        return len(line) - marks
    wide = sum(map(len, _WIDE_RUN.findall(line, first.start())))
    if wide:
        wide += line.count("…") + line.count("—")
    return len(line) + wide - marks


#: Characters outside the blocks that hold no combining mark (ASCII, Latin-1 and the
#: Latin extensions, Greek and Cyrillic letters, Armenian, Hebrew letters, punctuation and
#: symbols, CJK ideographs, kana, Hangul syllables, fullwidth forms; checked against
#: Unicode by a test): where a mark may stand.
_MAY_MARK = regex.compile(
    regex.run_of(
        "[^\x00-\u02ff\u0370-\u0482\u048a-\u0590\u05d0-\u05ff\u2000-\u20cf\u2100-\u2cee"
        "\u3000-\u3029\u3030-\u3098\u309b-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
        "\uff00-\uffef]"
    )
)


def _marks_width(line: str) -> int:
    """The cells ``len`` and the wide runs counted for combining marks, which take none:
    an Indic vowel sign or virama (Mn or Mc), Arabic harakat, Hebrew points, a combining
    accent are drawn on or beside the letter they follow, as terminals (wcwidth) and
    type set them. Counted a character at a time, only in runs where a mark may stand."""
    cells = 0
    for run in _MAY_MARK.findall(line):
        for ch in run:
            if unicodedata.category(ch)[0] == "M":
                cells += 2 if _WIDE.match(ch) else 1
    return cells


_kept_width = lru_cache(maxsize=4096)(_width)


def mark_before(text: str, index: int) -> bool:
    """Whether a combining mark (an Indic vowel sign or virama, Arabic harakat, a
    combining accent) stands just before ``index``: the end of a word written with
    marks, which ``\\w`` does not read as a letter (``மதிப்பிலும்,``)."""
    return index > 0 and unicodedata.category(text[index - 1])[0] == "M"


def without_accents(text: str) -> str:
    """``text`` decomposed (NFD) with its combining marks dropped: ``Débâcle`` →
    ``Debacle``, for words printed with or without their accents. The one accent fold
    (``latin`` folds formulas with it, ``segment.closing_byline`` names); each caller
    sets the case its list is kept in."""
    # Only the runs of characters that may be combining marks are looked at one by one
    # (a loop over every character was most of the time of an article's kind).
    return MAY_COMBINE.sub(_without_combining, unicodedata.normalize("NFD", text))


#: Characters outside the blocks that hold no combining mark (ASCII, Latin-1 and the
#: Latin extensions, general punctuation, CJK punctuation up to U+3029, CJK ideographs,
#: fullwidth forms; checked against Unicode by a test).
MAY_COMBINE = regex.compile(
    "[^\x00-\u02ff\u2000-\u206f\u3000-\u3029\u3030-\u303f\u4e00-\u9fff\uff00-\uffef]+"
)


def _without_combining(run: re.Match[str]) -> str:
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))
