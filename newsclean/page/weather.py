"""A weather forecast line (``Rain and much colder to-day.``, ``Saturday fair.``,
``Regen, kühler``): a weather word, and nothing but forecast words, weekdays and the
day's words, in any of the listed languages (``page/data/weather.<lang>.txt``,
``forecast.<lang>.txt``); OCR's one misread letter is forgiven in longer words.
Where on a page such a line is the paper's forecast is the surroundings' question
(``surroundings._ear_forecast``)."""

from __future__ import annotations

from functools import cache, lru_cache

from newsclean import regex
from newsclean.latin import MONTHS, WEEKDAYS
from newsclean.page import lexicon
from newsclean.page.tuning import TUNING, Tuning


@lru_cache(maxsize=4096)
def is_weather_forecast(text: str, tuning: Tuning = TUNING) -> bool:
    """A forecast line: a weather word, and nothing but forecast words, weekdays and
    the day's words (one misread letter allowed in words of four letters or more, when
    the line has more than one word). (Cached: a page settled again asks it of the same
    top lines.)"""
    if len(text) > tuning.forecast_max_chars:
        return False
    words = [w.lower() for w in _FORECAST_LINE_WORD.findall(text)]
    if not 0 < len(words) <= tuning.forecast_max_words:
        return False
    weather_words, weather_slips = _vocabulary("weather", tuning.slip_min_chars)
    if len(words) == 1 and words[0] not in weather_words:
        # A lone word is a forecast only as spelt: one letter off, a list's ``- salt`` or
        # a scrap ``kalt`` would read as weather with nothing else on the line to confirm.
        return False
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
