"""The one form of a line: what kind of printed line it is, if it is none of the text.

Forms come from how papers set these lines (the printed forms of ``printed``, the
credit and dateline forms of ``credits``), asked once per line:

* *anywhere on the page* (:func:`form_anywhere`): a bare URL, a navigation or share
  line, a source or editor credit, an imprint, a date line, a page label, a jump line,
  a copyright credit (a work's notice with the copyright sign is the footer's only) or
  a wire credit, an issue or price line, a running head with the issue's date, OCR
  noise;
* *only at the page's top or foot* (:func:`form_at_edge`): a paper's name, a motto, a
  section head, a folio, and a price or issue line as OCR garbled it
  (:func:`garbled_form`: words within a few slips, numbers in digit-shaped letters; a
  garbled date only under the nameplate's forms, which ``segment.pagehead`` reads);
* *from the lines around it* (``surroundings.page_forms``): scan debris among the lines,
  credits and links inside running text, short labels between header lines and the
  page edge, a section flag over a kicker, the forecast in the nameplate's ear, display
  lines over a photo's copyright credit (its captions), the paper's name repeated among
  the stories (a running head).

Most lines are running text: a CJK clause mark, or one match and one search
(``printed.may_be_furniture``) that find nothing any form but debris and a copyright
credit needs, and no form's own pattern runs. What a furniture line carries to the
page's metadata (its date, paper, page label, URL, source) is read by :func:`carried`,
only of the lines that are furniture.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from newsclean import regex
from newsclean.chardata import has_cjk
from newsclean.latin import MONTHS, WEEKDAYS, caps_share, has_weekday, parse_date
from newsclean.page import printed as pr
from newsclean.page.cjk_nameplate import is_nameplate_item
from newsclean.page.credits import END_MARK
from newsclean.page.slips import fuzzy_equal, reads_as
from newsclean.page.tuning import TUNING, Tuning


class Form(StrEnum):
    """What a line is, when it is not simply text. The values of the furniture forms
    are the furniture kinds written to ``furniture`` and the counts."""

    NONE = ""
    # Furniture: lines that belong to no story.
    URL = "url"
    NAVIGATION = "navigation"
    SHARE = "share"
    SOURCE = "source"
    CREDIT = "credit"
    DATE = "date"
    PAGE_LABEL = "page-label"
    MASTHEAD = "masthead"
    SECTION = "section"
    IMPRINT = "imprint"
    WEATHER = "weather"
    RUNNING_HEAD = "running-head"
    JUMP = "continuation"
    NOISE = "noise"
    CONFIGURED = "configured"
    #: Display lines over a photo's copyright credit: the photo's captions.
    PHOTO_CAPTION = "photo-caption"
    # Lines of a story that are not running text.
    BYLINE = "byline"
    DATELINE = "dateline"
    CAPTION = "caption"
    END_MARK = "end"
    BOX_LABEL = "box-label"
    CONTENTS_LABEL = "contents-label"


#: Forms of lines that belong to no story (what ``furniture`` takes out or keeps apart).
FURNITURE = frozenset(
    {
        Form.URL,
        Form.NAVIGATION,
        Form.SHARE,
        Form.SOURCE,
        Form.CREDIT,
        Form.DATE,
        Form.PAGE_LABEL,
        Form.MASTHEAD,
        Form.SECTION,
        Form.IMPRINT,
        Form.WEATHER,
        Form.RUNNING_HEAD,
        Form.JUMP,
        Form.NOISE,
        Form.CONFIGURED,
        Form.PHOTO_CAPTION,
    }
)
#: Forms of the printed page header; ``fix`` keeps them in the text by default.
HEADER = frozenset(
    {Form.MASTHEAD, Form.DATE, Form.PAGE_LABEL, Form.SECTION, Form.IMPRINT, Form.WEATHER}
)

#: What a furniture line carries to the page's metadata: ``(key, value)`` pairs.
Carried = tuple[tuple[str, str], ...]


_NOT_LATIN_LETTER = regex.compile(r"[^A-Za-z]")


_COPYRIGHT = "copyright"
_COPYRIGHT_LETTERS = frozenset(_COPYRIGHT)


#: Four words in lower case in a row: a sentence runs on (``Copyright law has changed
#: a lot since then``), where a credit names a year and its holder.
_RUNNING_WORDS = regex.compile(r"\b[a-zß-ÿ]+(?:[ ,;]+[a-zß-ÿ]+\b){3}")


#: The legal notice of a work: the word, then the copyright sign (``Copyright (c) 2020
#: Jane Doe``, ``Copyright © 2024 Example News``), which a paper's credit for a story or a
#: photo does not print (``(Copyright, 1903, by The Tribune Association.)``).
_NOTICE_SIGN = regex.compile(r"\s*(?:©|\([cC]\))")


def is_copyright_notice(text: str, tuning: Tuning = TUNING) -> bool:
    """A work's copyright notice (the word and the sign, a year, the holder): the
    licence's, the book's or the program's own line, or a web page's footer."""
    m = pr.COPYRIGHT_HEAD.match(text)
    return (
        m is not None
        and len(text) <= tuning.furniture_max_chars
        and _NOTICE_SIGN.match(text, m.end(1)) is not None
        and fuzzy_equal(_NOT_LATIN_LETTER.sub("", m.group(1)), _COPYRIGHT, 0)
    )


def is_copyright_credit(text: str, tuning: Tuning = TUNING) -> bool:
    """``(Copyright: 1903: By The Tribune Association.)``, however OCR spelled it; not a
    sentence that begins with the word, nor a work's own notice (the word and the sign:
    :func:`is_copyright_notice`), which is furniture only in a page's footer."""
    m = pr.COPYRIGHT_HEAD.match(text)
    if not m or len(text) > tuning.furniture_max_chars:
        return False
    letters = _NOT_LATIN_LETTER.sub("", m.group(1)).lower()
    # The letters of ``copyright`` all differ, so the letters it shares with a word are
    # the set's: a bound on the edit distance that most first words fail, by set sizes.
    # Asked before the search for running words, which a third of running text's lines
    # (those whose first word is long enough) would otherwise pay.
    slips = tuning.copyright_max_slips
    if max(len(letters), len(_COPYRIGHT)) - len(_COPYRIGHT_LETTERS.intersection(letters)) > slips:
        return False
    if _RUNNING_WORDS.search(text) or _NOTICE_SIGN.match(text, m.end(1)):
        return False
    return fuzzy_equal(letters, _COPYRIGHT, slips)


#: What OCR reads a speck of dirt or a broken rule as: the small ASCII marks, dashes,
#: quotes and bullets. Brackets, operators and every other symbol (``√``, ``©``, ``°``,
#: box drawing, a face's parts) are written on purpose: a line holding one is content.
_SPECK_MARKS = frozenset(".,:;'\"`^~-_*|!?<>¡¿«»‘’‚“”„–—…•·■▪●¦")
#: A mark repeated (``* * *``, ``---``, ``. . .``): a dinkus or a rule, set on purpose.
_ORNAMENT = regex.compile(r"^(\S)(?:\s*\1)+$")
#: Marks a writer sets alone on a line, which no speck makes: a question or an outcry
#: of marks (``?``, ``?!``, ``¿?``: a speck is read as a dot, a tick or a dash, not as a
#: hook over a dot), or a face of two like eyes around a mouth (``^_^``, ``-_-``,
#: ``>_<``: debris is not symmetrical).
_WRITTEN_MARKS = regex.compile(r"^(?:[?!¡¿]*[?¿][?!¡¿]*|([\^*;~-])[_.]\1|>[_.]<)$")
_WORD_OF_FOUR = regex.compile(r"[^\W_]{4}")
_ALNUM_RUN = regex.compile(r"[^\W_]+")


def is_noise(line: str, tuning: Tuning = TUNING) -> bool:
    """Scan debris by its marks: specks OCR read as marks (no bracket, operator or other
    symbol), with no word of four letters: under half letters and digits with no word of
    three, or under two fifths at all. CJK lines, end marks, a dinkus (``* * *``), a
    question of marks alone (``?!``) and a face (``^_^``) are not noise. Whether the
    line stands where debris falls is the page's question (``surroundings``)."""
    text = line.strip()
    # A word of four letters rules noise out whatever the rest holds: one regex search,
    # asked first, spares the other tests and the character counts on nearly every line.
    if not text or _WORD_OF_FOUR.search(text):
        return False
    if has_cjk(text) or END_MARK.match(text) or _ORNAMENT.match(text):
        return False
    if _WRITTEN_MARKS.match(text):
        return False
    visible = [ch for ch in text if not ch.isspace()]
    if not all(ch in _SPECK_MARKS or (ch.isascii() and ch.isalnum()) for ch in visible):
        return False
    share = sum(ch.isalnum() for ch in visible) / len(visible)
    longest = max((len(r) for r in _ALNUM_RUN.findall(text)), default=0)
    # Under half letters and no word of three; or under two fifths letters and one
    # three-letter scrap among them (``r .¡ •< *fcr «»``, an ornament read as text).
    return (share < tuning.noise_sparse_letter_share and longest < 3) or (
        share < tuning.noise_letter_share
    )


def is_end_mark(text: str) -> bool:
    return END_MARK.match(text) is not None


_DATE_WORDS = regex.compile(r"[^\W\d_]+")
_DATE_FILLERS = frozenset("le den der the of er th st nd rd".split())
_DATE_VOCABULARY = frozenset(MONTHS) | WEEKDAYS | _DATE_FILLERS


def _only_date(text: str) -> bool:
    """A line that is a date and nothing else (``Tuesday, July 8, 2008``), in any case."""
    words = [w.lower() for w in _DATE_WORDS.findall(text)]
    return len(text) <= TUNING.date_only_max_chars and all(
        w in MONTHS or w in WEEKDAYS or w in _DATE_FILLERS for w in words
    )


def _paper_and_date(text: str) -> tuple[str, str] | None:
    """``Millbrook Evening Post · Monday, July 27, 2009``: a name and a date set apart;
    the name and the ISO date."""
    parts = pr.SEPARATORS.split(text)
    if len(parts) != 2:
        return None
    for name, date_text in (parts, parts[::-1]):
        date = parse_date(date_text)
        fits = TUNING.paper_beside_date_min_chars <= len(name) <= TUNING.paper_beside_date_max_chars
        if date is not None and _only_date(date_text) and fits:
            return name.strip(), date
    return None


#: The folio line opens with the issue's volume or number and goes on to the place and
#: the full date (``VOL. 5, NO. 82, Chicago, Tuesday, January 4, 1916``).
_ISSUE_NUMBER = regex.compile(f"^{pr.ISSUE_NUMBER}")


def _latin_head(text: str, capitals: float | None, tuning: Tuning) -> bool:
    """An issue's running head or date line, in a Latin-script paper (the caller rules
    out CJK lines). ``capitals``: the line's share of capitals, if known."""
    # Every date ``parse_date`` reads holds a year: a line without one is spared it.
    if len(text) > tuning.running_head_max_chars or pr.YEAR.search(text) is None:
        return False
    date = parse_date(text)
    if date is None and not has_weekday(text):
        return False
    # The folio line: the date with the issue's year, number or price.
    opens_with_issue = _ISSUE_NUMBER.match(text) and not _RUNNING_WORDS.search(text)
    if pr.ISSUE_LINE.match(text) or (date is not None and (_only_date(text) or opens_with_issue)):
        return True
    # Set in capitals; OCR noise in a long masthead line may bring the share down, so a
    # line with both a full date and a weekday needs only half.
    threshold = (
        tuning.latin_head_dated_capitals_share
        if date is not None and has_weekday(text)
        else tuning.latin_head_capitals_share
    )
    if (caps_share(text) if capitals is None else capitals) >= threshold:
        return True
    if threshold is tuning.latin_head_dated_capitals_share and (
        _caps_beside_date(text) >= tuning.latin_head_capitals_share
    ):
        # Weekday and month set in the language's own case (``Lundi 19 novembre 2018
        # ACTUALITÉ A3``): the head's capitals are the words beside them.
        return True
    place_date = pr.PLACE_DATE.match(text.rstrip(".")) is not None
    return date is not None and place_date and not _goes_on_after_year(text, tuning)


def _caps_beside_date(text: str) -> float:
    """The share of capitals in the words of a line that are no date's words."""
    words = (w for w in _DATE_WORDS.findall(text) if w.lower() not in _DATE_VOCABULARY)
    return caps_share(" ".join(words))


def _goes_on_after_year(text: str, tuning: Tuning) -> bool:
    """Does a sentence go on after the line's last year, in lower-case words (``Am
    Mittwoch, den 28. Mai 2008 brannte im``)? A place-and-date line ends at the date, or
    at an edition's name (``Berlin, 6. Januar 1894. Abend-Ausgabe``, ``… 1899 abends``)."""
    year = list(pr.YEAR.finditer(text))[-1]
    after = _DATE_WORDS.findall(text, year.end())
    lower = [w for w in after if w[:1].islower() and w not in _DATE_FILLERS]
    return len(lower) >= tuning.date_line_sentence_min_words


def _paper_before_date(text: str) -> str | None:
    """Before a date any short name will do (``参考消息 2020年…``)."""
    text = text.strip(" ·|｜-—")
    fits = TUNING.paper_before_date_min_chars <= len(text) <= TUNING.paper_before_date_max_chars
    return text if fits and pr.CJK_NAME_TEXT.fullmatch(text) else None


def _normal_label(label: str) -> str:
    return re.sub(r"\s+", "", label)


def _section_and_label(text: str) -> re.Match[str] | None:
    """``国内   A14`` after a date: short section words set apart, ending in a page label."""
    parts = text.split()
    if len(parts) < 2 or not all(len(p) <= TUNING.section_word_max_chars for p in parts[:-1]):
        return None
    return pr.PAGE_LABEL.match(parts[-1])


def _date_line(m: re.Match[str]) -> Carried | None:
    """``2020年12月10日 星期四 A14`` (a ``DATE_LINE`` match): a date with at most a
    paper's name, a weekday, a section and a page label; what it carries, or None."""
    before, after = m.group("before"), m.group("after")
    label = pr.PAGE_LABEL.match(after.strip()) if after.strip() else None
    if label is None and after.strip():
        label = _section_and_label(after)
    name = _paper_before_date(before) if before.strip() else None
    if before.strip() and name is None:
        return None
    # After the date only a name that reads as a paper's will do.
    if after.strip() and label is None and not pr.PAPER_NAME.match(after.strip(" ·|｜-—")):
        return None
    iso = f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    carried: list[tuple[str, str]] = [("date", iso)]
    if name:
        carried.append(("paper", name))
    if label:
        carried.append(("page", _normal_label(label.group("label"))))
    return tuple(carried)


def form_anywhere(text: str, capitals: float | None = None, tuning: Tuning = TUNING) -> Form:
    """The furniture form of a stripped line wherever it stands, or ``Form.NONE``.
    ``capitals``: the line's share of capitals among its cased letters, if known."""
    if pr.URL_ONLY.match(text):
        return Form.URL
    if is_nameplate_item(text):
        return Form.IMPRINT
    # The clause marks are CJK's: an ASCII line (most Latin text) holds none.
    clause = not text.isascii() and pr.CLAUSE.search(text) is not None
    if clause and pr.LINE_START_FORMS.match(text) is None:
        # Running CJK text: no form holds clause punctuation, but the line-start forms.
        return Form.NONE
    if not clause and not pr.may_be_furniture(text):
        # Running text, as most lines are: only debris and a copyright credit are left.
        if is_noise(text, tuning):
            return Form.NOISE
        return Form.CREDIT if is_copyright_credit(text, tuning) else Form.NONE
    return _printed_form(text, clause, capitals, tuning)


#: An issue's number that a sentence goes on from, four words in lower case in a row
#: (``Vol. 3 of the series is due in May.``): an issue line goes on with the date,
#: the place, the price or another number (``Nr. 1. Berlin, den 6. Januar 1894.``).
_NUMBERED_SENTENCE = regex.compile(
    r"^(?:No|Nr|Vol|VOL|Volume|VOLUME|Bd)\.?\s*\w+[.,]?\s+(?:[a-zß-ÿ]+[ ,;]+){3}[a-zß-ÿ]+\b"
)


def _printed_form(text: str, clause: bool, capitals: float | None, tuning: Tuning) -> Form:
    """``form_anywhere`` of a line that may hold a form: each form's own pattern, in
    the order that settles a line two of them would read. ``clause``: the line holds
    CJK clause punctuation (and then begins as a line-start form)."""
    if is_noise(text, tuning):
        return Form.NOISE
    latin = not has_cjk(text)
    if len(text) > tuning.furniture_max_chars:
        return Form.DATE if latin and _latin_head(text, capitals, tuning) else Form.NONE
    if pr.CONTINUATION.match(text):
        return Form.JUMP
    if is_copyright_credit(text, tuning) or pr.WIRE_CREDIT.search(text):
        return Form.CREDIT
    if _paper_and_date(text) is not None:
        return Form.DATE
    if pr.FOUNDED.match(text) or pr.PUBLICATION.search(text):
        return Form.MASTHEAD
    if latin and pr.ISSUE_LINE.match(text) and not _NUMBERED_SENTENCE.match(text):
        return Form.IMPRINT
    if latin and _latin_head(text, capitals, tuning):
        return Form.DATE
    if clause or pr.LINE_START_FORMS.match(text):
        if pr.NAVIGATION.match(text):
            return Form.NAVIGATION
        if pr.SHARE.match(text):
            return Form.SHARE
        if pr.SOURCE.match(text):
            return Form.SOURCE
        if pr.CREDIT.match(text) and not pr.SENTENCE_END.search(text):
            return Form.CREDIT
    if clause:
        return Form.NONE
    return _page_head_form(text)


def _page_head_form(text: str) -> Form:
    """The forms of a Chinese paper's page head: imprint, date line, masthead, label."""
    if pr.IMPRINT.search(text):
        return Form.IMPRINT
    m = pr.DATE_LINE.match(text) if pr.DATE_YEAR.search(text) else None
    if m is not None:
        # A date with other words beside it is no date line, nor any other form.
        return Form.DATE if _date_line(m) is not None else Form.NONE
    if pr.CAPS_MASTHEAD.match(text):
        return Form.MASTHEAD
    m = pr.PAGE_LABEL.match(text)
    if m and (
        m.group("rest") is None
        or "·" in m.group("rest")
        or pr.PAGE_LABEL_CN.match(text)
        or pr.SECTION_WORD_AFTER_LABEL.match(text)
    ):
        return Form.PAGE_LABEL
    return Form.NONE


#: How OCR reads a digit's shape as a letter or a mark (``IOIG`` for ``1916``).
_DIGIT_SHAPES = str.maketrans("OoQDlIi!|tfZzSsGbB", "000011111112255668")
#: How OCR reads a letter's shape as a digit (``F1VK`` for ``FIVE``).
_LETTER_SHAPES = str.maketrans("0123568", "OIZESGB")
_TOKEN = regex.compile(r"[^\s,.;:'\"()-]+")
#: Words of a price line (``ONE CENT``, ``SINGLE COPY FIVE CENTS``, ``PRICE TWO
#: CENTS``, ``One Dollar a Year``): the coin, and the words that count it or say what
#: it buys.
_COINS = ("cent", "cents", "centimes", "pfennig", "dollar", "dollars")
_PRICE_WORDS = (*_COINS, "price", "copy", "single", "year", "one", "two", "three", "five", "ten")
_PRICE_ENDS = (*_COINS, "year", "copy")
_ISSUE_WORDS = ("number", "volume")


def _reads_as(token: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    """``token``, its digits read as the letters of their shape, is one of ``words``
    with the slips its length allows."""
    return reads_as(token.translate(_LETTER_SHAPES), words)


def _digit_shaped(token: str, lengths: range) -> bool:
    read = token.translate(_DIGIT_SHAPES)
    return len(token) in lengths and read.isascii() and read.isdigit()


_WEEKDAY_NAMES = frozenset(w for w in WEEKDAYS if w.isascii())
_MONTH_NAMES = frozenset(w for w in MONTHS if w.isascii())


def _garbled_date(tokens: list[str]) -> bool:
    """A month (as OCR may have spelt it) and its day, with a year of four digit-shaped
    characters (``Feb. 25, IOIG``) or a weekday (``SUNDAY MOUSING, JANUARY 30``)."""
    for k, token in enumerate(tokens):
        if not _reads_as(token, _MONTH_NAMES):
            continue
        # The day after the month (``JANUARY 30``) or before it (``4 décembre``).
        for day in (k + 1, k - 1):
            if 0 <= day < len(tokens) and _digit_shaped(tokens[day], range(1, 3)):
                rest = [t for n, t in enumerate(tokens) if n not in (k, day)]
                if any(_year_shaped(t) for t in rest) or any(
                    _reads_as(t, _WEEKDAY_NAMES) for t in rest if len(t) > 5
                ):
                    return True
    return False


def _year_shaped(token: str) -> bool:
    return _digit_shaped(token, range(4, 5)) and token.translate(_DIGIT_SHAPES)[0] in "12"


def garbled_form(text: str, tuning: Tuning = TUNING) -> Form:
    """A nameplate's date, price or issue line as OCR garbled it (``Houston, Miss., Feb.
    25, IOIG.``, ``SIXflLK COPY F1VK CENTS.``, ``Nuniber 40``): its words within a few
    slips of the form's, its numbers in digit-shaped characters. Looser than any form
    of :func:`form_anywhere`, so only for a short line that stands where the page's
    head does (the page's top, its nameplate zone), and never a line of running text
    (four words in lower case in a row)."""
    if len(text) > tuning.furniture_max_chars or _RUNNING_WORDS.search(text):
        return Form.NONE
    tokens = _TOKEN.findall(text)
    # Words in lower case around a date are a sentence that names it (``The meeting is
    # May 5``); a date line holds a place, a weekday and a year at most.
    lower = sum(
        t[0].islower() and t.isalpha() and t not in _DATE_FILLERS for t in tokens if len(t) > 1
    )
    if lower < 2 and _garbled_date(tokens):
        return Form.DATE
    if len(tokens) <= 6:
        # A price line ends at its coin or at what the coin buys (``FIVE CENTS``, ``a
        # Year``), where a headline goes on (``TWO DOLLARS STOLEN``).
        price = [t for t in tokens if _reads_as(t, _PRICE_WORDS)]
        if (
            len(price) >= 2
            and price[-1] == tokens[-1]
            and _reads_as(tokens[-1], _PRICE_ENDS)
            and any(_reads_as(t, _COINS) for t in price)
        ):
            return Form.IMPRINT
    if (
        len(tokens) == 2
        and _reads_as(tokens[0], _ISSUE_WORDS)
        and _digit_shaped(tokens[1], range(1, 5))
    ):
        return Form.IMPRINT
    return Form.NONE


_NAME_PARTICLES = frozenset("della dello delle degli dalla nella sulla with from upon".split())
_NAME_WORD = regex.compile(r"[^\W\d_][\w'’-]*")


def _set_as_name(text: str) -> bool:
    """Set as a name: its words capitalised but for particles (words of four letters or
    more that a name sets in lower case, ``Corriere della Sera``). A sentence that ends
    at the page's foot (``Kolonialzeitung erscheint vierwöchentlich.``) is not."""
    return all(
        len(word) < 4 or word[0].isupper() or word.lower() in _NAME_PARTICLES
        for word in _NAME_WORD.findall(text)
    )


def _latin_name(text: str) -> bool:
    return (
        len(text) <= TUNING.latin_paper_name_max_chars
        and pr.latin_paper().match(text) is not None
        and _set_as_name(text)
    )


@lru_cache(maxsize=4096)
def form_at_edge(text: str) -> Form:
    """Forms that are furniture only in the page's header or footer. (Cached: a page
    settled again after a repair asks it of the same edge lines.)"""
    if pr.PAPER_NAME.match(text) or _latin_name(text) or pr.MOTTO.match(text):
        return Form.MASTHEAD
    if pr.SECTION.match(text):
        return Form.SECTION
    if pr.FOLIO.match(text):
        return Form.PAGE_LABEL
    m = pr.PAGE_LABEL.match(text)
    if m and (m.group("rest") is None or "·" in m.group("rest") or len(m.group("rest")) <= 4):
        return Form.PAGE_LABEL
    # A garbled date at the top may be the first story's dateline (``Lille, le 4
    # (décembre 1905.``): only under the nameplate's forms is it theirs (``pagehead``).
    return Form.IMPRINT if garbled_form(text) is Form.IMPRINT else Form.NONE


@lru_cache(maxsize=1024)
def carried(text: str, form: Form, at_edge: bool = False, tuning: Tuning = TUNING) -> Carried:
    """What a furniture line of ``form`` carries to the page's metadata: the paper's
    name, the date (ISO), the page label, a URL, a source's name. ``at_edge``: the form
    is the one the line takes only at the page's edge (:func:`form_at_edge`). (Cached:
    the running heads ask it of the page's furniture lines, then the pass files it.)"""
    if at_edge:
        return _carried_at_edge(text, form)
    if form is Form.URL:
        return (("url", text.strip("<>")),)
    if form is Form.DATE:
        return _date_carried(text, tuning)
    m: re.Match[str] | None = None
    if form is Form.SOURCE and (m := pr.SOURCE.match(text)):
        return (("source_name", m.group("name").strip()),)
    if form is Form.IMPRINT and (m := pr.IMPRINT_PAPER.match(text)):
        return (("paper", m.group(1)),)
    if form is Form.MASTHEAD and not (pr.FOUNDED.match(text) or pr.PUBLICATION.search(text)):
        m = pr.CAPS_MASTHEAD.match(text)
        return (("page", m.group("label")),) if m else ()
    if form is Form.PAGE_LABEL and (m := pr.PAGE_LABEL.match(text)):
        return (("page", _normal_label(m.group("label"))),)
    return ()


def _date_carried(text: str, tuning: Tuning) -> Carried:
    """The date (and paper, page) of a date line, read as ``form_anywhere`` found it."""
    if len(text) <= tuning.furniture_max_chars:
        found = _paper_and_date(text)
        if found is not None:
            return (("date", found[1]), ("paper", found[0]))
    if not has_cjk(text) and _latin_head(text, None, tuning):
        date = parse_date(text)
        return (("date", date),) if date else ()
    m = pr.DATE_LINE.match(text)
    return (_date_line(m) or ()) if m else ()


def _carried_at_edge(text: str, form: Form) -> Carried:
    if form is Form.MASTHEAD and pr.PAPER_NAME.match(text):
        return (("paper", text),)
    if form is Form.MASTHEAD and _latin_name(text):
        return (("paper", text.rstrip(".")),)
    if form is Form.PAGE_LABEL and pr.FOLIO.match(text):
        return (("page", text.strip(" -–—")),)
    m = pr.PAGE_LABEL.match(text) if form is Form.PAGE_LABEL else None
    return (("page", _normal_label(m.group("label"))),) if m else ()
