"""Boxed items: the short pieces a page sets apart from its stories, each an item of its
own however little text it has.

* *Notices and small ads* stand under a heading that names their kind: the category of
  a classified ad (``HELP WANTED``, ``À VENDRE``, ``ZU VERMIETEN``, ``诚聘英才``), or the
  kind of notice (``AVIS DE DÉCÈS``, ``BEKANNTMACHUNG``, ``遗失声明``, ``旺铺招租``). The
  headings are a lexicon (``data/notice_headings.txt``): a Chinese heading of a few
  characters that ends in the word for its kind (…招租, …声明, …启事) is one too.
  A boxed notice's text is short and set apart by space: when it is no longer than
  ``MAX_NOTICE_CELLS``, its item ends with its block (``segment.assemble``), and the
  body of the next block is another story's. Its telephone line (``联系电话：0571-8812
  3456``, ``Tel. 0221 / 55 41 23``: a label from ``data/contact_labels.txt`` and a
  number) is set on a line of its own, the last of its text.
* *Briefs*: a box under a label (简讯, 要闻速览, IN BRIEF, KURZ NOTIERT) holds a few
  items, each a title opened by a marker (△ ■ ● ▲ ◆ • ▶) over a sentence or two. A
  marked line is an item's title when, after its marker, it reads as a title: no
  sentence ends in it and (in CJK) no clause mark. The label is a short line with no
  clause in it; it names the box, not a story.
* *Weather tables* set a row per place: the place, a condition and the day's low and
  high (``哈尔滨 小雨 1～20℃``, ``Berlin Regen 7/18°``). A row is temperature ranges
  with a few short words each and nothing else; a story that gives a temperature has
  more words around it (``今天最高气温达到38℃，…``). An extractor may read the table a
  column at a time: a line of conditions alone (``Cloudy``, ``阴晴阴阴阴``, ``多云 晴``,
  from ``data/weather_conditions.txt``) is the conditions' column, and a line of a few
  short names over the table (``武汉 广州 哈尔滨``, ``Atlanta``) the places'.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from newsclean import regex
from newsclean.chardata import HAS_CJK, display_width, has_cjk
from newsclean.page import lexicon
from newsclean.page.printed import CLAUSE as _CJK_CLAUSE

#: The marks that open an item of a briefs box, and the space after one. (□ is left out:
#: Chinese papers set it before a credit, ``□ 本报记者``.)
_MARKS = "△▲■◆◇●•▶►▷"
_MARKER = regex.compile(rf"^([{_MARKS}])[ \u3000]?(?=\S)")
_ANY_MARKER = regex.compile(f"[{_MARKS}]")

#: (A headline may ask or exclaim; a full stop ends a sentence.)
_LATIN_SENTENCE = regex.compile(r"[a-z][.][”’\"')]?$|[a-z][.!?] [A-Z]")
#: The longest title line, in half-em cells (a CJK character is two).
MAX_TITLE_CELLS = 120
#: The longest briefs label and notice heading, in cells (``KURZ NOTIERT``, ``要闻速览``,
#: ``NEWS OF THE STATE.``).
MAX_LABEL_CELLS = 24
#: A Chinese heading that ends in its kind's word is a notice's when it is this short,
#: in characters (``旺铺招租``, ``遗失声明``); a longer one is a story's headline
#: (``外交部就某事发表声明``).
MAX_CJK_NOTICE_CHARS = 6
#: A boxed notice's text is a few short lines (a name, a telephone number, an address,
#: a sentence or two), in cells; a heading over longer text (``OBITUARIES`` over a column
#: of them) heads a section that runs on over its blank lines.
MAX_NOTICE_CELLS = 160
_CLOSING = " \t.:：。"
#: A telephone number: digits in groups a space, a dash, a slash or a bracket apart...
_PHONE_NUMBER = regex.compile(r"[\d(（][\d ()（）/.\-]*\d")
#: ...at least this many of them (a local number; a year or a price has fewer).
MIN_PHONE_DIGITS = 7
#: A day's low and high: ``1～20℃``, ``-4/21°``, ``7 / 18 °C``.
_TEMPERATURE_RANGE = regex.compile(r"-?\d+ ?[～~/–-] ?-?\d+ ?(?:[℃°]C?|°F)")
#: A table row's other words: a place's name and a condition, at most this many words
#: per reading, each at most ``MAX_ROW_WORD_CHARS`` characters when CJK (``哈尔滨``,
#: ``雷阵雨``; ``北京今日最高气温`` is a headline's phrase).
MAX_ROW_WORDS = 3
MAX_ROW_WORD_CHARS = 4
_ROW_WORD = regex.compile(r"^[^\W\d_](?:[^\W\d_]|[.'’-])*$")
#: A table's column read apart runs the rows of one small box: at most this many.
MAX_COLUMN_WORDS = 8


@cache
def _headings() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """The Latin headings (case-folded), the CJK ones, the CJK endings of a notice's
    kind, and the last characters that any of them ends in."""
    lists = lexicon.sections("notice_headings")
    latin = frozenset(h.casefold() for h in lists["latin"])
    cjk = frozenset(lists["cjk"])
    endings = lists["cjk_endings"]
    last = frozenset(h[-1] for group in (latin, cjk, endings) for h in group)
    return latin, cjk, endings, last


def notice_heading(text: str) -> bool:
    """The line is the heading of a notice or a small ad (see the module docstring)."""
    head = text.strip().rstrip(_CLOSING).strip()
    # The character count first: a line of running text is refused before it is measured.
    if not head or len(head) > MAX_LABEL_CELLS:
        return False
    return _names_notice(head)


# The same short line is asked again by each stage of ``split`` (its role, its run, its
# heading, the veto, its article's kind): answered once per text. Its key is at most
# ``MAX_LABEL_CELLS`` characters, so the cache stays small.
@lru_cache(maxsize=4096)
def _names_notice(head: str) -> bool:
    """``head`` (stripped, no longer than a label) is a notice's heading."""
    latin, cjk, endings, last = _headings()
    # Every heading ends in one of a few characters (case-folded, as the Latin ones are
    # compared): most short lines are refused by their last one, unmeasured.
    if head[-1].casefold()[-1] not in last or display_width(head) > MAX_LABEL_CELLS:
        return False
    if not has_cjk(head):
        return " ".join(head.split()).casefold() in latin
    return head in cjk or (len(head) <= MAX_CJK_NOTICE_CHARS and head.endswith(endings))


def notice_heading_wrapped(first: str, second: str) -> str | None:
    """A notice's heading set large in a narrow column breaks over two lines
    (``PETITES`` / ``ANNONCES``, ``PUBLIC`` / ``NOTICE``): the heading they make, or None."""
    first, second = first.strip(), second.strip()
    if len(first) + len(second) >= MAX_LABEL_CELLS:
        return None
    joined = f"{first} {second}"
    if has_cjk(joined):
        joined = first + second
    return joined if notice_heading(joined) else None


@cache
def _contact_label() -> re.Pattern[str]:
    """A contact label opening a line, as a word of its own when Latin (``Call``, not
    ``Caller``)."""
    labels = lexicon.alternation(lexicon.words("contact_labels"))
    return regex.compile(rf"{labels}(?![^\W\d_])", re.IGNORECASE)


def contact_line(text: str) -> bool:
    """A notice's telephone line (see the module docstring): a contact label opens it
    and a telephone number follows."""
    line = text.strip()
    label = _contact_label().match(line)
    if label is None or display_width(line) > MAX_NOTICE_CELLS:
        return False
    number = _PHONE_NUMBER.search(line, label.end())
    return number is not None and sum(ch.isdigit() for ch in number.group()) >= MIN_PHONE_DIGITS


def item_marker(text: str) -> str | None:
    """The marker opening a briefs item's title line (``△ 我国单月…``), or None when
    the line opens with none or what follows it is not a title."""
    m = _MARKER.match(text)
    if m is None:
        return None
    title = text[m.end() :].strip()
    if not title or display_width(title) > MAX_TITLE_CELLS:
        return None
    if has_cjk(title):
        if _CJK_CLAUSE.search(title) is not None:
            return None
    elif _LATIN_SENTENCE.search(title) is not None:
        return None
    return m.group(1)


def holds_marker(text: str) -> bool:
    """Whether ``text`` (a block's lines joined by newlines) holds a marker anywhere:
    no line of a text that holds none opens an item. Most blocks hold none, and are
    asked once, by one search of the markers' class (a substring test for each marker
    read the block ten times), rather than each line by the pattern. Every marker is
    beyond ASCII: an ASCII block (a flag of the string) is not read at all."""
    return not text.isascii() and _ANY_MARKER.search(text) is not None


def without_marker(text: str) -> str:
    """An item's title as the story's headline: its marker taken off."""
    return _MARKER.sub("", text, count=1).strip()


def briefs_label(text: str) -> bool:
    """A line short enough to name a box (``简讯``, ``IN BRIEF``, ``Vermischtes.``), with
    no clause or marker in it."""
    head = text.strip()
    return (
        bool(head)
        and display_width(head) <= MAX_LABEL_CELLS
        and _MARKER.match(head) is None
        and _CJK_CLAUSE.search(head) is None
        and "," not in head
    )


def table_row(text: str) -> bool:
    """A row of a weather table (see the module docstring): temperature ranges, each
    with a few short words (a place, a condition) and nothing else."""
    # Every reading ends with a degree sign: segment asks this of every paragraph, and
    # the substring tests refuse nearly all before the pattern is tried at each digit.
    if "°" not in text and "℃" not in text:
        return False
    readings = len(_TEMPERATURE_RANGE.findall(text))
    if not readings:
        return False
    words = _TEMPERATURE_RANGE.sub(" ", text).split()
    return len(words) <= MAX_ROW_WORDS * readings and all(
        _ROW_WORD.match(w) is not None
        and (HAS_CJK.search(w) is None or len(w) <= MAX_ROW_WORD_CHARS)
        for w in words
    )


@cache
def _conditions() -> tuple[frozenset[str], re.Pattern[str]]:
    lists = lexicon.sections("weather_conditions")
    latin = frozenset(w.casefold() for w in lists["latin"])
    return latin, regex.compile(f"{lexicon.alternation(lists['cjk'])}+")


def table_column(text: str) -> bool:
    """A weather table's conditions read as a column (see the module docstring): every
    word of the line a condition, Chinese ones maybe run together."""
    latin, cjk = _conditions()
    # Split no further than the most words a column holds: a paragraph is refused
    # without splitting it whole.
    words = text.split(maxsplit=MAX_COLUMN_WORDS)
    if not words or len(words) > MAX_COLUMN_WORDS:
        return False
    if has_cjk(text):
        return all(cjk.fullmatch(w) is not None for w in words)
    return " ".join(words).casefold() in latin or all(w.casefold() in latin for w in words)


def table_cell(text: str) -> bool:
    """A line that may be a cell of a table read apart from its rows: a few short words
    (places' names, each capitalised when Latin), no clause, no figure."""
    words = text.split()
    return (
        0 < len(words) <= MAX_COLUMN_WORDS
        and _CJK_CLAUSE.search(text) is None
        and all(
            _ROW_WORD.match(w) is not None
            and (len(w) <= MAX_ROW_WORD_CHARS if HAS_CJK.search(w) else w[:1].isupper())
            for w in words
        )
    )
