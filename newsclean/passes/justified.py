"""justified: a justified line that the extractor tore at its wide spaces, put back.

Defect: a justified line of a narrow column spreads its words far apart, and extractors
that group glyphs into lines by their distance (PyMuPDF, pdfminer, sometimes pdftotext)
take each wide space for the end of a line: the printed line ``Kritik. Am Samstag
waren`` comes out as four lines, one word each. Read as lines, a word that ends a
sentence on its own short line looks like a paragraph's last line, and the paragraph is
cut there.

Recognition, on Latin-script text: a run of two or more lines of one word each, between
two lines of running text (three words or more, not in capitals and not every word
capitalised: not a headline, a title or a name) that are as long as the column (the
longer of the two gives its width), whose words, set again in order into lines of that
width, fill every line as a justified line does; they replace the run. A single short line
(a paragraph's last line, a subhead, a one-word headline) is never a run; lines of one
word at a block's edge, or next to short lines (a list, a headline stack, a table), are
left alone.
"""

from __future__ import annotations

from newsclean.chardata import HAS_CJK
from newsclean.latin import caps_share
from newsclean.model import PLAIN, Document
from newsclean.options import Options

NAME = "justified"
DESCRIPTION = "one-word lines an extractor tore from a justified line, set back into lines"

#: A torn line comes out as at least this many one-word lines.
MIN_PIECES = 2
#: Running text on each side of the run says at least this many words...
MIN_RUNNING_WORDS = 3
#: ...not in capitals: less than this share of its letters are capitals...
MAX_CAPS_SHARE = 0.5
#: ...and the shorter of the two is at least this share of the longer (both fill the
#: column), as is every line the run's words are set into.
MIN_FULL_SHARE = 0.6


def _piece(line: str) -> bool:
    # Any space counts: extractors print the spaces of some lines as NBSP.
    return len(line.split()) == 1 and HAS_CJK.search(line) is None


def _running(line: str) -> bool:
    """Running text: not a headline in capitals, nor a title or a name with every word
    capitalised (German running text capitalises most words of some lines, never all)."""
    words = [word for word in line.split() if word[:1].isalpha()]
    return (
        len(line.split()) >= MIN_RUNNING_WORDS
        and HAS_CJK.search(line) is None
        and not all(word[0].isupper() for word in words)
        and caps_share(line) < MAX_CAPS_SHARE
    )


def _set(words: list[str], width: int) -> list[str]:
    """The words in lines of at most ``width`` characters (a longer word alone)."""
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def mend(lines: list[str]) -> tuple[list[str], int]:
    """The block's lines with every torn run set again, and how many runs there were."""
    out: list[str] = []
    runs = 0
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _piece(lines[j]):
            j += 1
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        before = out[-1] if out else ""
        after = lines[j] if j < len(lines) else ""
        widths = sorted(len(line.strip()) for line in (before, after))
        set_again = _set([line.strip() for line in lines[i:j]], widths[1])
        if (
            j - i >= MIN_PIECES
            and _running(before)
            and _running(after)
            and widths[0] >= MIN_FULL_SHARE * widths[1]
            # a justified line is a full line: its words, set again, fill the column
            and all(len(line) >= MIN_FULL_SHARE * widths[1] for line in set_again)
        ):
            out += set_again
            runs += 1
        else:
            out += lines[i:j]
        i = j
    return out, runs


def apply(doc: Document, options: Options) -> None:
    for block in doc.blocks:
        if block.kind != PLAIN:
            continue
        lines, runs = mend(block.lines)
        if runs:
            block.lines = lines
            block.layout = None
            doc.count(NAME, "torn-line", runs)
