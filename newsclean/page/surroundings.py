"""Forms that the lines around a line decide: an imprint's address alone (an address's,
away from other furniture), the page header's and footer's labels (not the numbers a
text counts its blocks with; a site's copyright notice in the footer), a Chinese tabloid's
nameplate box read line by line (``nameplate_box``), a section flag over a kicker, the
forecast in the nameplate's ear (above the first sentence of a story), the captions over
a photo's copyright credit, the paper's name repeated among the stories, a date alone
among the lines of text (the text's, unless furniture stands beside it), and a page label
on a text shorter than a page with no other furniture of a page (the writer's line).
Which scan debris was written is ``debris``'s verdict, and which credits and links run
inside running text ``running_text``'s; ``page_forms`` asks them.

``page_forms`` runs once per page, after each line's form wherever it stands is known
(``forms.form_anywhere``), and again when a repair changes a line. It reads a line's
text and, only where a rule asks, its capitals, script, and whether it reads as a
bracketed credit or closes an ad (``_Edge`` works them out when first asked, unless the
line's description already holds them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsclean import regex
from newsclean.chardata import display_width, has_cjk
from newsclean.latin import (
    caps_share,
    ends_advertisement,
    ends_in_leading_word,
    has_weekday,
    is_bracketed_credit,
)
from newsclean.page import printed as pr
from newsclean.page.announced import announced
from newsclean.page.debris import debris_among_text, nearest
from newsclean.page.forms import (
    Form,
    carried,
    form_at_edge,
    is_copyright_credit,
    is_copyright_notice,
)
from newsclean.page.nameplate_box import nameplate_box
from newsclean.page.running_text import link_runs, out_of_running_text
from newsclean.page.tuning import TUNING, Tuning
from newsclean.page.unreadable import is_unreadable
from newsclean.page.weather import is_weather_forecast


class _Edge:
    """What :func:`page_forms` reads of a line: its (stripped) text; its share of
    capitals, whether it is CJK, and whether it reads as a bracketed credit or closes
    an ad, each worked out from the text when first asked unless given."""

    # Slots and None for "not yet worked out", not ``cached_property``: a page makes one
    # of these a line, and ``cached_property`` takes a lock and fills a dict on each
    # first reading (1.5 us, several times the test it keeps).
    __slots__ = ("_advert", "_bracketed", "_capitals", "_cjk", "text")

    def __init__(
        self,
        text: str,
        capitals: float | None = None,
        cjk: bool | None = None,
        bracketed: bool | None = None,
        advert: bool | None = None,
    ) -> None:
        self.text = text
        self._capitals = capitals
        self._cjk = cjk
        self._bracketed = bracketed
        self._advert = advert

    @property
    def capitals(self) -> float:
        if self._capitals is None:
            self._capitals = caps_share(self.text)
        return self._capitals

    @property
    def cjk(self) -> bool:
        if self._cjk is None:
            self._cjk = has_cjk(self.text)
        return self._cjk

    @property
    def bracketed(self) -> bool:
        if self._bracketed is None:
            self._bracketed = is_bracketed_credit(self.text)
        return self._bracketed

    @property
    def advert(self) -> bool:
        if self._advert is None:
            self._advert = ends_advertisement(self.text)
        return self._advert


#: How a Latin sentence ends: a word of two or more letters in lower case, after
#: another word, and a full stop. (CJK sentence marks are clause punctuation already.)
_SENTENCE_END = regex.compile(r"\b\w+ [a-zß-ÿ]{2,}[.!?]$")


def _short_unpunctuated(line: _Edge, tuning: Tuning) -> bool:
    """A label-sized line: a few CJK characters, or a few Latin words in capitals
    (``NATION & WORLD``), with no clause punctuation, and no sentence (``So it began.``:
    words in lower case that end at a full stop)."""
    text = line.text
    if pr.CLAUSE.search(text) or _SENTENCE_END.search(text):
        return False
    if len(text) <= tuning.label_max_chars:
        return True
    return (
        len(text) <= tuning.latin_label_max_chars
        and not line.cjk
        and line.capitals >= tuning.capitals_share
        and not text.endswith(".")
    )


def page_forms(
    lines: Sequence[_Edge],
    forms: list[Form],
    *,
    edges: tuple[bool, bool] = (True, True),
    anchors: frozenset[Form] | None = None,
    tuning: Tuning = TUNING,
    blocks: Sequence[int] | None = None,
    at_edge: list[bool] | None = None,
) -> list[Form]:
    """Forms that only the lines around a line decide, over ``forms`` (each line's form
    wherever it stands). ``edges``: the lines begin at the top of a page / end at its
    foot; ``anchors``: the forms that stay in the text (None: all), since only they
    mark a label nearer the edge (a line taken out is not there for another run);
    ``blocks``: each line's block (lines between blank lines), where known;
    ``at_edge``: filled, if given, with whether each line's form is one it takes only at
    the page's edge (what it carries to the metadata depends on it)."""
    forms = list(forms)
    edge_found = [False] * len(forms)
    debris_among_text(lines, forms, edges)
    if blocks is not None:
        out_of_running_text(lines, forms, blocks, tuning)
        link_runs(forms, blocks)
    _addresses(lines, forms)
    if edges[0]:
        _edge_forms(lines, forms, edge_found, anchors, tuning)
        nameplate_box(lines, forms, tuning)
        _section_over_kicker(lines, forms, tuning)
        _ear_forecast(lines, forms, tuning)
    _photo_captions(lines, forms, tuning)
    if edges[1]:
        tail, tail_found = forms[::-1], edge_found[::-1]
        _edge_forms(lines[::-1], tail, tail_found, anchors, tuning, foot=True)
        forms, edge_found = tail[::-1], tail_found[::-1]
    _counted_blocks(lines, forms, edge_found)
    _running_heads(lines, forms, edge_found)
    _dates_among_text(lines, forms, tuning)
    announced(lines, forms, tuning)
    if edges == (True, True):
        _labels_without_a_page(lines, forms, edge_found, tuning)
    if at_edge is not None:
        at_edge[:] = edge_found
    return forms


def _story_sentence(line: _Edge, tuning: Tuning) -> bool:
    """A sentence of a story's running text: words in lower case up to a full stop
    (``…the bridge, the budget or the school.``), not set in capitals (a display line),
    nor the close of an ad (``…Spring, Me.-Advt.``)."""
    if line.cjk:
        return sentence_closed(line.text, pr.INNER_CLAUSE, _CJK_CLOSE)
    return (
        sentence_closed(line.text, _THREE_LOWER_WORDS, _LOWER_WORD_CLOSE)
        and line.capitals < tuning.capitals_share
        and not line.advert
    )


def sentence_closed(text: str, opening: re.Pattern[str], close: re.Pattern[str]) -> bool:
    """``opening`` somewhere before the ``close`` that ends ``text``: the close is found
    first and the opening only before it, since one pattern with ``.*`` between the two
    tries the rest of the line from every place the opening matches (quadratic on a
    line of a megabyte). The close holds no space, so it is searched for after the
    line's last space: from every letter before, the Latin close reads the rest of its
    word and gives it back a letter at a time (quadratic on a word)."""
    end = close.search(text, text.rfind(" ") + 1)
    return end is not None and opening.search(text, 0, end.start()) is not None


#: A sentence of running text: three words in lower case, and a last one that closes it.
_THREE_LOWER_WORDS = regex.compile(r"(?:\b[a-zß-ÿ]+\b\W+){3}")
_LOWER_WORD_CLOSE = regex.compile(r"\b[a-zß-ÿ]{2,}[.!?][\"'”’)]?$")
#: A CJK sentence: a clause (``printed.INNER_CLAUSE``), and its close.
_CJK_CLOSE = regex.compile(r"[。！？]$")


def _ear_forecast(lines: Sequence[_Edge], forms: list[Form], tuning: Tuning) -> None:
    """The forecast in the nameplate's ear (``Rain and much colder to-day.``,
    ``Saturday fair.``) is printed above the page's stories: under a sentence of a
    story's running text, weather words are that story's (a forecast quoted, a
    paragraph of its own). The sentence may run over several lines of a block, as a
    column or a wrapped text file sets it (``The council met for four hours`` / … /
    ``the school.``): the lines since the last blank line or furniture are read as one."""
    run: list[str] = []
    for i, line in enumerate(lines[: tuning.weather_ear_lines]):
        if forms[i] is not Form.NONE or not line.text:
            run = []
            continue
        if not line.cjk and is_weather_forecast(line.text, tuning):
            forms[i] = Form.WEATHER
            run = []
            continue
        if _story_sentence(line, tuning):
            return
        run.append(line.text)
        if len(run) > 1 and _story_sentence(_Edge(" ".join(run), cjk=line.cjk), tuning):
            return


#: A mark that ends or parts a sentence or a clause: no nameplate line holds one.
_PUNCTUATED = regex.compile(r"[.,;:!?。，、；：！？]")
#: A weekday in Chinese (``星期二``, ``周二``).
_CJK_WEEKDAY = regex.compile("(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]")


def _dates_among_text(lines: Sequence[_Edge], forms: list[Form], tuning: Tuning) -> None:
    """A date alone on its line (``12 December 2025``, ``2024年3月5日``) is the page's
    under its nameplate (under furniture or lines with no punctuation mark, among the
    page's first lines) or next to its other furniture: a page label, a section, or the
    paper's running head where a page break fell among the stories (``革命楼通讯`` /
    ``1967年8月29日``). Between lines of text, or opening or closing them, it is the
    text's: a letter's, a memo's or a notice's date, an event's. A running head names its
    weekday or the paper (``Monday, July 27, 2009``, ``北京商报 2020.12.10``), wherever
    it stands; but two days or more, each with its weekday, are a diary's entries."""
    # The nameplate and its ears: furniture, or lines that no punctuation mark breaks.
    head = 0
    while head < min(len(lines), tuning.edge_lines) and (
        forms[head] is not Form.NONE or not _PUNCTUATED.search(lines[head].text)
    ):
        head += 1
    date = Form.DATE  # read once for the loop over every line (``_addresses``)
    dated = [i for i, form in enumerate(forms) if form is date and not 0 < i < head]
    weekdays = {
        i for i in dated if has_weekday(lines[i].text) or _CJK_WEEKDAY.search(lines[i].text)
    }
    entries = len({carried(lines[i].text, Form.DATE) for i in weekdays}) > 1
    for i in dated:
        if [key for key, _ in carried(lines[i].text, Form.DATE)] != ["date"]:
            continue
        if (i in weekdays and not entries) or _beside_furniture(lines, forms, i):
            continue
        forms[i] = Form.NONE


#: The furniture of a printed page's head that tells a page: a scrape's (links, share
#: lines, credits) says nothing of a page, nor do labels, which are what is asked about.
#: All stay in ``fix``'s text, so a second run finds the label's page again.
_OF_A_PAGE = frozenset({Form.MASTHEAD, Form.DATE, Form.IMPRINT, Form.WEATHER})


def _labels_without_a_page(
    lines: Sequence[_Edge], forms: list[Form], at_edge: list[bool], tuning: Tuning
) -> None:
    """A page label (``A4``, ``第3版``, a folio ``3``) is a page's: on a text as long as a
    page, or with other furniture of a page (a masthead, a date, a printed section head).
    On a short text with none, a note, a list or a chat, the same form is the writer's
    line (``TF1`` a channel in a TV listing, ``A4`` a paper size, ``3`` a reply), and so
    are the short lines between it and the edge that it alone made section labels."""
    if Form.PAGE_LABEL not in forms:
        return
    # Measured in characters, not lines: rejoin joins a column's printed lines, so a
    # page's label counted by lines would be the writer's in ``fix``'s own output.
    # Spaces are left out: a join may set one or take one away.
    if sum(display_width(x.text) - x.text.count(" ") for x in lines) >= tuning.page_min_cells:
        return
    if any(
        form in _OF_A_PAGE or (form is Form.SECTION and pr.SECTION.match(lines[i].text))
        for i, form in enumerate(forms)
    ):
        return
    for i, form in enumerate(forms):
        if form is Form.PAGE_LABEL or form is Form.SECTION:
            forms[i] = Form.NONE
            at_edge[i] = False


def _addresses(lines: Sequence[_Edge], forms: list[Form]) -> None:
    """An address alone (``邮编：100006``, ``地址：…``) is a paper's imprint only with its
    other items (``…社出版 地址：… 邮编：… 零售价：…``) or beside furniture; among an
    address's lines (a letter's, an envelope's, a notice's), it is the address's. (Asked
    before the page's edges are read, which a line of furniture there would extend.)"""
    # (An enum's member is read through a descriptor, several times a local's cost: the
    # loop over every line of the page reads it once.)
    imprint = Form.IMPRINT
    for i, form in enumerate(forms):
        text = lines[i].text
        if (
            form is imprint
            and len(pr.IMPRINT.findall(text)) == 1
            and pr.ADDRESS_ITEM.search(text) is not None
            and not _beside_furniture(lines, forms, i)
        ):
            forms[i] = Form.NONE


def _beside_furniture(lines: Sequence[_Edge], forms: list[Form], i: int) -> bool:
    """Is the nearest line above or below line ``i`` (a line a repair emptied is none)
    furniture?"""
    return any(
        k is not None and forms[k] is not Form.NONE
        for k in (nearest(lines, i, -1), nearest(lines, i, 1))
    )


def _edge_forms(
    lines: Sequence[_Edge],
    forms: list[Form],
    at_edge: list[bool],
    anchors: frozenset[Form] | None,
    tuning: Tuning,
    *,
    foot: bool = False,
) -> None:
    """Header-only forms in the first lines (``at_edge`` notes which were found so);
    a short line nearer the edge than recognised furniture is a printed label too.
    ``foot``: the lines run up from the page's foot, where a site prints its copyright
    notice (``Copyright © 2024 Example News.``), a licence or a book opens with its own,
    and where OCR reads a torn edge as junk (``page.unreadable``)."""
    # A torn edge is a scanned page's: a text no longer than its edge region (a one-line
    # input, a note) has none, and its last line (``Zzzzzz``, ``xxxxxx``) was written.
    torn_foot = foot and len(lines) > tuning.edge_lines
    last_furniture = -1
    for i, line in enumerate(lines[: tuning.edge_lines]):
        form = forms[i]
        if form is Form.NONE:
            form = form_at_edge(line.text)
            if form is Form.NONE and foot and is_copyright_notice(line.text, tuning):
                form = Form.CREDIT
            elif form is Form.NONE and torn_foot and is_unreadable(line.text):
                form = Form.NOISE
            at_edge[i] = form is not Form.NONE
        if form is not Form.NONE:
            forms[i] = form
            if anchors is None or form in anchors:
                last_furniture = i
            continue
        if not _short_unpunctuated(line, tuning):
            break
    for i in range(last_furniture):
        if forms[i] is Form.NONE and _short_unpunctuated(lines[i], tuning):
            forms[i] = Form.SECTION


def _counted_blocks(lines: Sequence[_Edge], forms: list[Form], at_edge: list[bool]) -> None:
    """A number alone at the page's edge is its folio, unless the text counts its own
    blocks with it: the next two numbers stand alone on lines of the page too (a
    subtitle file's cues, numbered sections, a list's items), where a page prints its
    folio once."""
    numbers = [i for i, line in enumerate(lines) if line.text.isascii() and line.text.isdigit()]
    if len(numbers) < 3:
        return
    alone = {int(lines[i].text) for i in numbers}
    for i in numbers:
        if at_edge[i] and forms[i] is Form.PAGE_LABEL:
            n = int(lines[i].text)
            if n + 1 in alone and n + 2 in alone:
                forms[i] = Form.NONE
                at_edge[i] = False


def _latin_label(line: _Edge, tuning: Tuning) -> bool:
    return bool(line.text) and not line.cjk and _short_unpunctuated(line, tuning)


def _section_over_kicker(lines: Sequence[_Edge], forms: list[Form], tuning: Tuning) -> None:
    """Two Latin labels in capitals stacked under the page's header lines (``SCIENCE &
    ENVIRONMENT`` over ``DROUGHT WATCH``): a story's kicker sits on its headline, so
    the upper label, at the page edge, is the page's section flag. (A line a repair
    emptied is no line of the stack.) A line that ends on a word leading into the next
    (``URGE LOWERING OF`` / ``INSURANCE RATES``) is a headline's first line: a flag is
    a whole name."""
    nonblank = [i for i, line in enumerate(lines[: tuning.edge_lines]) if line.text]
    for n, i in enumerate(nonblank[:-2]):
        if forms[i] is not Form.NONE:
            continue
        below, under = nonblank[n + 1], nonblank[n + 2]
        if (
            n > 0
            and forms[below] is Form.NONE
            and _latin_label(lines[i], tuning)
            and _latin_label(lines[below], tuning)
            and lines[i].capitals >= tuning.capitals_share
            and lines[below].capitals >= tuning.capitals_share
            and not _latin_label(lines[under], tuning)
            and not ends_in_leading_word(lines[i].text)
        ):
            forms[i] = Form.SECTION
        break


def _display_line(line: _Edge, tuning: Tuning) -> bool:
    """Set in capitals, and neither a wire credit nor the close of an ad."""
    return line.capitals >= tuning.capitals_share and not line.bracketed and not line.advert


def _photo_captions(lines: Sequence[_Edge], forms: list[Form], tuning: Tuning) -> None:
    """A copyright credit under display lines, with no story under it (``PALACE OF
    LIBERAL ARTS, …`` / ``PRESIDENT ROOSEVELT.`` / ``(Copyright: 1903: By Rockwood.)``),
    is a photograph's: the display lines over it are the photo's captions. A story's
    credit sits under a bracketed wire credit or a byline, and its story follows it in
    running text."""
    # Captions are marked above the credit being read: the credits can be listed first.
    credit = Form.CREDIT
    for i in [k for k, form in enumerate(forms) if form is credit]:
        if not is_copyright_credit(lines[i].text, tuning):
            continue
        after = next((k for k in range(i + 1, len(lines)) if forms[k] is Form.NONE), None)
        if after is not None and not _display_line(lines[after], tuning):
            continue
        k = i - 1
        while k >= 0 and i - k <= tuning.caption_max_lines and forms[k] is Form.NONE:
            if not _display_line(lines[k], tuning):
                break
            forms[k] = Form.PHOTO_CAPTION
            k -= 1


def _running_heads(lines: Sequence[_Edge], forms: list[Form], at_edge: list[bool]) -> None:
    """The paper's name, read off its header, on a line of its own elsewhere on the
    page: a running head or foot that the extractor set among the stories (often in
    the middle of a sentence that goes on after it)."""
    none = Form.NONE
    names = {
        value.casefold()
        for line, form, edge in zip(lines, forms, at_edge, strict=True)
        if form is not none
        for key, value in carried(line.text, form, edge)
        if key == "paper"
    }
    if not names:
        return
    for i, line in enumerate(lines):
        if forms[i] is none and line.text.rstrip(".").casefold() in names:
            forms[i] = Form.RUNNING_HEAD
