"""Roles: what each unit of the page is (heading, body, byline, dateline, caption, end).

A role is decided by an ordered list of named rules; a rule's name is its code, the one
tests and reports use. ``FORM_RULES`` read a unit alone, in order, and the first that
applies gives its role. A byline or wire dateline has its typeset form (``patterns``). A
heading is a short unit that is not running text: no ``。``/``；``, no clause ending, at
most one comma, set on one or two lines. Latin body ends with a sentence, or runs too
long or too many lines for a headline; long lines that leave content words in lower case
are running text. Everything else is a heading.

A weather table's rows and its column of conditions (``page.boxes``) are furniture (role
``label``). ``PLACE_RULES``
(``segment.places``) then revise these roles from the units around each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsclean import regex
from newsclean.latin import (
    ends_advertisement,
    ends_in_leading_word,
    is_caps_headline,
    is_shouted,
    sentence_opening,
)
from newsclean.model import HEADING
from newsclean.options import Options
from newsclean.page import Flag
from newsclean.page.boxes import contact_line, notice_heading, table_column, table_row
from newsclean.page.credits import END_MARK, is_byline, is_dateline_alone
from newsclean.segment.model import Unit

#: A CJK heading has no full stop or semicolon in it, and at most one comma.
_FULL_STOP = regex.compile("[。；;]")
#: An interview or a Q&A sheet labels each turn ``问：`` and ``答：``; OCR reads ``问`` as
#: ``间`` (one stroke inside the same frame).
_QA_LABEL = regex.compile(r"^[问答间]\s*[:：]")
COMMAS = regex.compile("[，,]")
#: Longest Latin headline or deck, in characters, and the most lines it runs.
MAX_LATIN_HEADING = 120
MAX_LATIN_HEADING_LINES = 3
#: The most words a Latin headline or deck line in sentence case says.
MAX_LATIN_HEADING_WORDS = 15
#: Longest heading, in characters.
MAX_HEADING = 48
#: A Latin title line between paragraphs has at most this many words...
MAX_TITLE_WORDS = 6
#: Words as the headline limits count them: runs of Latin letters.
LATIN_WORD = regex.compile(r"[A-Za-z\u00c0-\u024f]+")


@dataclass(frozen=True)
class FormRule:
    """A rule on one unit alone: where ``applies`` holds, the unit's role is ``role``."""

    name: str
    role: str
    applies: Callable[[Unit, Options], bool]


def form_rule(unit: Unit, options: Options) -> FormRule:
    """The first of ``FORM_RULES`` that applies to ``unit`` (the last always does)."""
    for rule in FORM_RULES:
        if rule.applies(unit, options):
            return rule
    raise AssertionError("the last form rule applies to every unit")


#: The form rules that read only how many lines a unit was printed on.
MANY_LINES = ("latin-many-lines", "many-lines")


def heading_but_lines(unit: Unit, options: Options) -> bool:
    """Every form rule but the line counts would make ``unit`` a heading."""
    rule = next(r for r in FORM_RULES if r.name not in MANY_LINES and r.applies(unit, options))
    return rule.role == "heading"


def _lines(unit: Unit) -> int | None:
    return unit.layout.lines if unit.layout is not None else None


# --- rules on one unit -------------------------------------------------------------


def _end_mark(unit: Unit, options: Options) -> bool:
    return END_MARK.match(unit.text) is not None


def _byline(unit: Unit, options: Options) -> bool:
    return is_byline(unit.text, options.byline_patterns)


def _dateline_alone(unit: Unit, options: Options) -> bool:
    return is_dateline_alone(unit.text)


def _photo_caption(unit: Unit, options: Options) -> bool:
    """``… on the launch pad. (File photo)``: a photo's caption, set under it, is the
    story's; its own role keeps the place rules from reading it as a deck or a title, and
    ``segment.captions`` makes it body after them."""
    return unit.caption


def _advert_copy(unit: Unit, options: Options) -> bool:
    """The ``Advt.`` mark closes an ad's copy: body, whatever its case."""
    return not unit.cjk and ends_advertisement(unit.text)


def _telephone_line(unit: Unit, options: Options) -> bool:
    """``联系电话：0571-8812 3456``: a notice's or an ad's telephone line (``page.boxes``)
    is its text, set on a line of its own, never a headline; were it taken for one, the
    next story's headline under it would be read as its wrapped tail."""
    return contact_line(unit.text)


def _heading_form(unit: Unit, options: Options) -> bool:
    """Marked a heading by the markup, or set as one in capitals or as a slogan."""
    text = unit.text
    return unit.hint == HEADING or is_caps_headline(text) or is_shouted(text)


def _table_row(unit: Unit, options: Options) -> bool:
    """``哈尔滨 小雨 1～20℃``, ``Berlin Regen 7/18°``: a weather table's row
    (``page.boxes``) is the page's furniture, never a headline."""
    return table_row(unit.text)


def _table_column(unit: Unit, options: Options) -> bool:
    """``Cloudy``, ``阴晴阴阴阴``: a weather table's conditions read a column at a time
    (``page.boxes``), furniture as its rows are."""
    return table_column(unit.text)


def _notice_heading(unit: Unit, options: Options) -> bool:
    """``BEKANNTMACHUNG``, ``Avis de décès.``, ``遗失声明``: the heading of a notice or a
    small ad (``page.boxes``), even with the full stop older papers set after it."""
    return notice_heading(unit.text)


def _latin_sentence(unit: Unit, options: Options) -> bool:
    """Latin body paragraphs end with a sentence; headlines and decks do not (a question
    or an exclamation may be either)."""
    return not unit.cjk and unit.ends_sentence and not unit.text.endswith(("?", "!"))


def _latin_many_lines(unit: Unit, options: Options) -> bool:
    """A Latin headline or deck runs a line or two, never more than three."""
    lines = _lines(unit)
    return not unit.cjk and lines is not None and lines > MAX_LATIN_HEADING_LINES


def _latin_too_long(unit: Unit, options: Options) -> bool:
    return not unit.cjk and len(unit.text) > (options.max_headline or MAX_LATIN_HEADING)


def _latin_ends_clause(unit: Unit, options: Options) -> bool:
    return not unit.cjk and unit.text.endswith((",", ";", ":"))


def _latin_two_sentences(unit: Unit, options: Options) -> bool:
    """Two sentences are running text, even if the second lost its full stop."""
    return unit.inner_sentence


def _latin_wide_line(unit: Unit, options: Options) -> bool:
    """More words on one printed line than a headline or deck says, in lower case: a
    line of running text set wide (a deck this long wraps in its column)."""
    text = unit.text
    return (
        not unit.cjk
        and _lines(unit) == 1
        and len(LATIN_WORD.findall(text)) > MAX_LATIN_HEADING_WORDS
        and Flag.LOWER_CONTENT in unit.flags
    )


def _latin_clauses(unit: Unit, options: Options) -> bool:
    """Clauses set off by two commas (``On Wednesday, in the final, United…``): a
    sentence of running text that lost its full stop, not a headline."""
    text = unit.text
    return (
        not unit.cjk
        and text.count(",") >= 2
        and len(LATIN_WORD.findall(text)) > 2 * MAX_TITLE_WORDS
        and Flag.LOWER_CONTENT in unit.flags
    )


def _latin_leads_on(unit: Unit, options: Options) -> bool:
    """A line that opens as an English sentence does (an article, then words mostly in
    lower case: headlines drop the article) and breaks off on an article, preposition
    or conjunction (``The chapter begins on``) is a sentence cut off, not a headline.
    (A headline's first line may end on ``near`` before its second: ``Cargo jet
    crashes near`` / ``Bogotá, killing three``.)"""
    text = unit.text
    return not unit.cjk and sentence_opening(text) and ends_in_leading_word(text)


def _latin(unit: Unit, options: Options) -> bool:
    return not unit.cjk


def _qa_turn(unit: Unit, options: Options) -> bool:
    """A question or an answer labelled as a turn of a Q&A is the interview's text,
    never its heading, even when it is a short question set alone."""
    return _QA_LABEL.match(unit.text) is not None


def _too_long(unit: Unit, options: Options) -> bool:
    return len(unit.text) > (options.max_headline or MAX_HEADING)


def _full_stop(unit: Unit, options: Options) -> bool:
    return _FULL_STOP.search(unit.text) is not None


def _ends_clause(unit: Unit, options: Options) -> bool:
    return unit.ends_clause


def _sentence(unit: Unit, options: Options) -> bool:
    return unit.ends_sentence and not unit.text.endswith(("？", "！", "?", "!"))


def _commas(unit: Unit, options: Options) -> bool:
    """A heading has at most one comma; an enumeration (``、``) only if short."""
    text = unit.text
    return len(COMMAS.findall(text)) > 1 or ("、" in text and len(text) > 24)


def _many_lines(unit: Unit, options: Options) -> bool:
    lines = _lines(unit)
    return lines is not None and lines > 2


def _anything(unit: Unit, options: Options) -> bool:
    return True


FORM_RULES: tuple[FormRule, ...] = (
    FormRule("end-mark", "end", _end_mark),
    FormRule("table-row", "label", _table_row),
    FormRule("table-column", "label", _table_column),
    FormRule("byline", "byline", _byline),
    FormRule("dateline-alone", "dateline", _dateline_alone),
    FormRule("photo-caption", "caption", _photo_caption),
    FormRule("advert-copy", "body", _advert_copy),
    FormRule("telephone-line", "body", _telephone_line),
    FormRule("heading-form", "heading", _heading_form),
    FormRule("notice-heading", "heading", _notice_heading),
    FormRule("latin-sentence", "body", _latin_sentence),
    FormRule("latin-many-lines", "body", _latin_many_lines),
    FormRule("latin-too-long", "body", _latin_too_long),
    FormRule("latin-ends-clause", "body", _latin_ends_clause),
    FormRule("latin-two-sentences", "body", _latin_two_sentences),
    FormRule("latin-wide-line", "body", _latin_wide_line),
    FormRule("latin-clauses", "body", _latin_clauses),
    FormRule("latin-leads-on", "body", _latin_leads_on),
    FormRule("latin-heading", "heading", _latin),
    # Only CJK units are left: the ones after are their rules.
    FormRule("qa-turn", "body", _qa_turn),
    FormRule("too-long", "body", _too_long),
    FormRule("full-stop", "body", _full_stop),
    FormRule("ends-clause", "body", _ends_clause),
    FormRule("sentence", "body", _sentence),
    FormRule("commas", "body", _commas),
    FormRule("many-lines", "body", _many_lines),
    FormRule("short-line", "heading", _anything),
)
