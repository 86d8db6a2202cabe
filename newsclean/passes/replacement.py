"""replacement: stray U+FFFD judged by its neighbours.

Defect: "�" (U+FFFD) where an extractor or a lossy decode could not map a character.
On PDF text most of them stand for a thin or no-break space that had no mapping
(``BEIJING� BUSINESS``, ``We�智造``, ``2.8�万``); some stand for a real lost character.

Recognition, by the characters around each run of U+FFFD:

* after a word, inside a “ that the line does not close (``“yes�``): the closing ``”``,
  whose UTF-8 ends in 0x9D, the one byte of the quotes that cp1252 leaves undefined, so
  a reader lost it (``â€�``, which ``mojibake`` reverses to ``�``): restored;
* at a word's end, before a space (``BEIJING� BUSINESS``): a lost space next to a kept
  one: removed. At a word's start, after a space (``Asia, �frica``, ``costs �5``), it
  stood for a letter or a sign (an accented capital, a currency sign), and after a
  symbol (``⚠� As``) for a part of that symbol; between two spaces for a character of
  its own (a dash, a bullet: ``newspaper � email``);
* between a Latin letter or digit and CJK, either way round (``We�智造``, ``2.8�万``):
  a lost thin space, which Chinese typesetting puts exactly there: removed;
* anything else (between two CJK characters, inside a Latin word, a run of several):
  a lost character. It is kept and counted by default, because removing it would join
  two words that were never together; ``replacement="drop"`` removes it.

Defect: ``?`` where an encoder could not write a character: a text saved to ASCII with
replacement writes each soft hyphen of its broken words as ``?`` (``Uni?⏎ted``).
Recognised page by page (``dehyphenate.question_hyphens``: such line ends outnumber the
page's hyphenated ones and join into words); each is given its soft hyphen back, which
``rejoin`` takes out as it joins the word.
"""

from __future__ import annotations

from collections import Counter

from newsclean import regex
from newsclean.chardata import CJK, CJK_PUNCT
from newsclean.model import Document
from newsclean.options import Options

NAME = "replacement"
DESCRIPTION = (
    "stray U+FFFD judged by context: lost space removed, lost closing quote restored, "
    "lost character kept and counted; soft hyphens an encoder wrote as ? restored"
)

#: The count of lost characters left in place: a finding, not a change.
KEPT = "kept-lost-character"

_RUN = regex.compile("\ufffd+")
_LATIN_OR_DIGIT = regex.compile(r"[0-9A-Za-z\u00c0-\u024f%.]")
_CJK_CHAR = regex.compile(f"[{CJK}{CJK_PUNCT}]")
#: The marks a word ends in, before a lost space (``Inc.\ufffd The``).
_WORD_END_MARKS = frozenset(".,;:!?)]”’\"'")


class _OpenQuotes:
    """Does a U+FFFD follow a word inside a “ that its line never closes?

    Asked of each U+FFFD in order, it counts the quotes of each stretch of text once
    (a count from the line's start at every U+FFFD made a long line quadratic), and a
    U+FFFD read as ” counts as one: it closed its quote."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.any = "“" in text
        self.scanned = -1  # no U+FFFD asked of yet
        self.opened = 0
        self.closed = 0
        self.line_unclosed = 0

    def close_at(self, start: int) -> bool:
        text = self.text
        if not self.any or start == 0 or text[start - 1].isspace():
            return False
        newline = text.rfind("\n", max(self.scanned, 0), start)
        if newline >= 0 or self.scanned < 0:
            begin = newline + 1
            end = text.find("\n", start)
            line = text[begin : len(text) if end < 0 else end]
            self.line_unclosed = line.count("“") - line.count("”")
            self.opened = self.closed = 0
        else:
            begin = self.scanned
        self.opened += text.count("“", begin, start)
        self.closed += text.count("”", begin, start)
        self.scanned = start
        if self.line_unclosed > 0 and self.opened > self.closed:
            self.closed += 1
            self.line_unclosed -= 1
            return True
        return False


def _classify(text: str, start: int, end: int, quotes: _OpenQuotes) -> str:
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if end - start == 1:
        if quotes.close_at(start):
            return "lost-closing-quote"
        if after in " \t" and (before.isalnum() or before in _WORD_END_MARKS):
            # A lost space beside a kept one, at a word's end. At a word's start, after
            # a space (``Asia, \ufffdfrica``, ``costs \ufffd5``), it stands where a
            # letter or a sign was lost: an accented capital, a currency sign.
            return "lost-space"
        latin_before = _LATIN_OR_DIGIT.match(before) is not None
        latin_after = _LATIN_OR_DIGIT.match(after) is not None
        cjk_before = _CJK_CHAR.match(before) is not None
        cjk_after = _CJK_CHAR.match(after) is not None
        if (latin_before and cjk_after) or (cjk_before and latin_after):
            return "lost-space"
    return "lost-character"


def repair(text: str, drop_lost_characters: bool = False) -> tuple[str, Counter[str]]:
    text, counts = _soft_hyphens_back(text)
    if "\ufffd" not in text:
        return text, counts
    out: list[str] = []
    pos = 0
    quotes = _OpenQuotes(text)
    for m in _RUN.finditer(text):
        kind = _classify(text, m.start(), m.end(), quotes)
        out.append(text[pos : m.start()])
        n = m.end() - m.start()
        if kind == "lost-space":
            counts["lost-space"] += 1
        elif kind == "lost-closing-quote":
            counts[kind] += 1
            out.append("”")
        elif drop_lost_characters:
            counts["lost-character"] += n
        else:
            counts[KEPT] += n
            out.append(m.group(0))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), counts


def _soft_hyphens_back(text: str) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    if "?\n" not in text:
        return text, counts
    # Imported here: only a page with a question mark at a line end asks.
    from newsclean.dehyphenate import question_hyphens

    marks = question_hyphens(text)
    if not marks:
        return text, counts
    counts["soft-hyphen-restored"] = len(marks)
    pieces = []
    pos = 0
    for at in marks:
        pieces += [text[pos:at], "\u00ad"]
        pos = at + 1
    pieces.append(text[pos:])
    return "".join(pieces), counts


def apply(doc: Document, options: Options) -> None:
    drop = options.replacement == "drop"
    doc.map_lines(NAME, lambda text: repair(text, drop))
