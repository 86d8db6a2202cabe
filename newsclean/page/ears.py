"""An ear of a front page: a box of short lines set beside the nameplate, in which the
paper speaks of itself or of the day's weather (``The East Oregonian has the largest
paid circulation of any paper in Oregon``, ``Tonight and Thursday fair; slowly rising
temperature.``). Its lines may end sentences and run to four or five, as a story's first
lines do; what tells it from a story is what it says. The paper's own ear says at least
two of the words of ``data/ear_words.txt`` (circulation, subscribers, advertisers,
edition, paid, paper); the weather ear a weather word (``weather.<lang>.txt``) and
another weather or forecast word (``forecast.<lang>.txt``: ``tonight``, ``slowly``), the
commonest words of each language left out (``function_words.txt``: a story says ``and``
and ``to`` too). OCR garbles many of an ear's words, so two are asked for, not a
share. Where such a box is an ear, not a story's paragraph that mentions its paper or
the rain, is the nameplate zone's question (``segment.pagehead``)."""

from __future__ import annotations

from functools import cache

from newsclean import regex
from newsclean.page import lexicon
from newsclean.page.tuning import TUNING, Tuning

_WORD = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def reads_as_ear(text: str, tuning: Tuning = TUNING) -> bool:
    """``text`` says at least ``ear_min_words`` different words of the paper's own ear,
    or a weather word and as many weather or forecast words in all (the module's
    docstring)."""
    paper, weather, forecast = _vocabulary()
    words = {w.lower() for w in _WORD.findall(text)}
    if len(words & paper) >= tuning.ear_min_words:
        return True
    return bool(words & weather) and len(words & (weather | forecast)) >= tuning.ear_min_words


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words of the paper's own ear, the weather words, and the forecast words that
    are not the commonest words of a language."""
    common = frozenset(w.lower() for ws in lexicon.sections("function_words").values() for w in ws)
    paper = frozenset(w.lower() for w in lexicon.words("ear_words"))
    forecast = lexicon.per_language("forecast") - common
    return paper, lexicon.per_language("weather"), forecast
