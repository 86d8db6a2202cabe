"""Forms that the lines around a line decide: the page header's and footer's labels, a
section flag over a kicker, the forecast in the nameplate's ear, the captions over a
photo's copyright credit, and the paper's name repeated among the stories.

``page_forms`` runs once per page, after every line is described (``forms`` gives each
line's form wherever it stands), and again when a repair changes a line.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from newsclean import regex
from newsclean.chardata import CJK
from newsclean.latin import MONTHS, WEEKDAYS, parse_date
from newsclean.page import lexicon
from newsclean.page.forms import (
    _CLAUSE,
    _DATE_YEAR,
    _SEPARATORS,
    DATE_LINE,
    PAPER_NAME,
    Form,
    _latin_paper,
    _only_date,
    _paper_before_date,
    _set_as_name,
    form_at_edge,
    is_copyright_credit,
)
from newsclean.page.tuning import TUNING, Tuning


@lru_cache(maxsize=4096)
def is_weather_forecast(text: str, tuning: Tuning = TUNING) -> bool:
    """A forecast line: a weather word, and nothing but forecast words, weekdays and
    the day's words (one misread letter allowed in words of four letters or more).
    (Cached: a page settled again asks it of the same top lines.)"""
    if len(text) > tuning.forecast_max_chars:
        return False
    words = [w.lower() for w in _FORECAST_LINE_WORD.findall(text)]
    if not 0 < len(words) <= tuning.forecast_max_words:
        return False
    weather_words, weather_slips = _vocabulary("weather", tuning.slip_min_chars)
    forecast_words, forecast_slips = _vocabulary("forecast", tuning.slip_min_chars)
    weather = [w for w in words if _reads_as(w, weather_words, weather_slips, tuning)]
    rest = [w for w in words if w not in weather]
    return bool(weather) and all(
        _reads_as(w, forecast_words, forecast_slips, tuning) or w in WEEKDAYS or w in MONTHS
        for w in rest
    )


_FORECAST_LINE_WORD = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _slips(word: str) -> list[str]:
    """The word with each of its letters in turn unread: two words one misread letter
    apart share one of these."""
    return [f"{word[:i]}?{word[i + 1 :]}" for i in range(len(word))]


@cache
def _vocabulary(stem: str, slip_min_chars: int) -> tuple[frozenset[str], frozenset[str]]:
    words = lexicon.per_language(stem)
    slips = frozenset(s for w in words if len(w) >= slip_min_chars for s in _slips(w))
    return words, slips


def _reads_as(word: str, vocabulary: frozenset[str], slips: frozenset[str], tuning: Tuning) -> bool:
    if word in vocabulary:
        return True
    return len(word) >= tuning.slip_min_chars and any(s in slips for s in _slips(word))


class _Edge:
    """What :func:`page_forms` needs of a line: its text, capitals share, whether it is
    CJK, and whether it reads as a bracketed credit or closes an ad."""

    __slots__ = ("advert", "bracketed", "capitals", "cjk", "text")

    def __init__(
        self, text: str, capitals: float, cjk: bool, bracketed: bool, advert: bool
    ) -> None:
        self.text = text
        self.capitals = capitals
        self.cjk = cjk
        self.bracketed = bracketed
        self.advert = advert


def _short_unpunctuated(line: _Edge, tuning: Tuning) -> bool:
    """A label-sized line: a few CJK characters, or a few Latin words in capitals
    (``NATION & WORLD``), with no clause punctuation."""
    text = line.text
    if _CLAUSE.search(text):
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
) -> list[Form]:
    """Forms that only the lines around a line decide, over ``forms`` (each line's form
    wherever it stands). ``edges``: the lines begin at the top of a page / end at its
    foot; ``anchors``: the forms that stay in the text (None: all), since only they
    mark a label nearer the edge (a line taken out is not there for another run)."""
    forms = list(forms)
    at_edge = [False] * len(forms)
    if edges[0]:
        _edge_forms(lines, forms, at_edge, anchors, tuning)
        _section_over_kicker(lines, forms, tuning)
        for i, line in enumerate(lines[: tuning.weather_ear_lines]):
            if forms[i] is Form.NONE and not line.cjk and is_weather_forecast(line.text, tuning):
                forms[i] = Form.WEATHER
    _photo_captions(lines, forms, tuning)
    if edges[1]:
        tail, tail_at_edge = forms[::-1], at_edge[::-1]
        _edge_forms(lines[::-1], tail, tail_at_edge, anchors, tuning)
        forms, at_edge = tail[::-1], tail_at_edge[::-1]
    _running_heads(lines, forms, at_edge)
    return forms


def _edge_forms(
    lines: Sequence[_Edge],
    forms: list[Form],
    at_edge: list[bool],
    anchors: frozenset[Form] | None,
    tuning: Tuning,
) -> None:
    """Header-only forms in the first lines (``at_edge`` notes which were found so);
    a short line nearer the edge than recognised furniture is a printed label too."""
    last_furniture = -1
    for i, line in enumerate(lines[: tuning.edge_lines]):
        form = forms[i]
        if form is Form.NONE:
            form = form_at_edge(line.text)
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


def _latin_label(line: _Edge, tuning: Tuning) -> bool:
    return bool(line.text) and not line.cjk and _short_unpunctuated(line, tuning)


def _section_over_kicker(lines: Sequence[_Edge], forms: list[Form], tuning: Tuning) -> None:
    """Two Latin labels in capitals stacked under the page's header lines: the upper
    one, at the page edge, is the page's section flag (a kicker sits on a headline)."""
    top = lines[: tuning.edge_lines]
    for n in range(len(top) - 2):
        if forms[n] is not Form.NONE:
            continue
        if (
            n > 0
            and forms[n + 1] is Form.NONE
            and _latin_label(top[n], tuning)
            and _latin_label(top[n + 1], tuning)
            and top[n].capitals >= tuning.capitals_share
            and top[n + 1].capitals >= tuning.capitals_share
            and not _latin_label(top[n + 2], tuning)
        ):
            forms[n] = Form.SECTION
        break


def _display_line(line: _Edge, tuning: Tuning) -> bool:
    """Set in capitals, and neither a wire credit nor the close of an ad."""
    return line.capitals >= tuning.capitals_share and not line.bracketed and not line.advert


def _photo_captions(lines: Sequence[_Edge], forms: list[Form], tuning: Tuning) -> None:
    """Display lines over a copyright credit with no story under it are the photo's
    captions; a story's credit has running text after it."""
    for i, line in enumerate(lines):
        if forms[i] is not Form.CREDIT or not is_copyright_credit(line.text, tuning):
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


_IMPRINT_PAPER = regex.compile(f"^([{CJK}]{{2,10}})社出版")


def _paper_of(text: str, form: Form, at_edge: bool) -> str | None:
    """The paper's name a furniture line carries: a nameplate's name, the name beside a
    date, the publisher of an imprint."""
    if form is Form.MASTHEAD and at_edge:
        if PAPER_NAME.match(text):
            return text
        if len(text) <= 60 and _latin_paper().match(text) and _set_as_name(text):
            return text.rstrip(".")
    if form is Form.IMPRINT:
        m = _IMPRINT_PAPER.match(text)
        return m.group(1) if m else None
    if form is Form.DATE:
        parts = _SEPARATORS.split(text)
        if len(parts) == 2:
            for name, date_text in (parts, parts[::-1]):
                dated = parse_date(date_text) is not None and _only_date(date_text)
                if dated and 2 <= len(name) <= 40:
                    return name.strip()
        m = DATE_LINE.match(text) if _DATE_YEAR.search(text) else None
        if m and m.group("before").strip():
            name = m.group("before").strip(" ·|｜-—")
            return name if _paper_before_date(name) else None
    return None


def _running_heads(lines: Sequence[_Edge], forms: list[Form], at_edge: list[bool]) -> None:
    """The paper's name, read off its header, on a line of its own elsewhere."""
    names = {
        paper.casefold()
        for i, (line, form) in enumerate(zip(lines, forms, strict=True))
        if (paper := _paper_of(line.text, form, at_edge[i])) is not None
    }
    if not names:
        return
    for i, line in enumerate(lines):
        if forms[i] is Form.NONE and line.text.rstrip(".").casefold() in names:
            forms[i] = Form.RUNNING_HEAD
