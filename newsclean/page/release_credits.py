"""A photo caption closed by the credit of whoever released the picture, with no bracket:
``现场画面。新华社发``, ``图为救援现场。中新社发 李明 摄``, ``比赛现场。受访者供图``.

A Chinese paper sets a picture's caption under it: a short sentence or two, closed by
who released the picture (an agency's ``发``, "issued") or supplied it (a source's
``供图``), the photographer's ``XX 摄`` after it or not. Bracketed, that credit is
``credits.closes_with_picture_credit``'s; bare, it is told by its place: right after a
sentence's end, and the last words of the line. Read as running text, such a line ran
into the next story's first paragraph (or a headline into it), since ``发`` ends no
sentence. Running text names the agency too (``据新华社发布的消息``, ``新华社发表评论``),
but there the word goes on (``发布``, ``发表``) or follows no sentence's end (``据``), so
it closes nothing. The credits are a lexicon (``data/release_credits.txt``)."""

from __future__ import annotations

import re
from functools import cache

from newsclean import regex
from newsclean.chardata import HAN
from newsclean.page import lexicon

#: The last characters of a released caption: a credit's word, or the photographer's
#: ``摄`` after it, in brackets or not.
_ENDINGS = frozenset("发發图圖摄攝）)")
#: The most characters the pattern spans: a sentence mark, a source's name and its
#: credit, a photographer's bracketed credit, and the spaces between.
_LONGEST = 64


@cache
def _released() -> re.Pattern[str]:
    lists = lexicon.sections("release_credits")
    agency = lexicon.alternation(lists["agencies"])
    supplied = f"[{HAN}]{{1,8}}{lexicon.alternation(lists['supplied'])}"
    photographer = "(?:\\s*[（(]?[^()（）。！？]{0,30}?[摄攝][）)]?)?"
    return regex.compile(f"[。！？!?]\\s*(?:{agency}|{supplied}){photographer}\\s*$")


def closes_with_release_credit(text: str) -> bool:
    """A sentence closed by the bare credit of who released or supplied its picture, the
    credit the last words of ``text`` (``现场画面。新华社发``)."""
    text = text.rstrip()
    return text[-1:] in _ENDINGS and regex.ends_with(_released(), text, _LONGEST)
