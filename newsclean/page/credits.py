"""Credit lines: bylines, datelines and photo captions, built from the role words and
agencies in ``data/`` (the forms are those of ``newsclean.patterns``: a reporter credit
is a role word then two to four-character names; a wire dateline an agency, a place, a
date and ``电``; a Latin byline ``By`` and capitalised words).

The patterns are compiled the first time a line asks for them.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean import regex
from newsclean.chardata import CJK
from newsclean.page import lexicon
from newsclean.patterns import CAPTION, DATELINE_CJK, DATELINE_LATIN

_NAME = f"[{CJK}·]{{2,5}}"
_NAMES = f"{_NAME}(?:[ 、，,]+{_NAME}){{0,7}}"
_CAPWORD = r"[A-Z][\w.'’-]*"
_SMALL = r"(?:of|the|to|and|by|for|in|de|du|la|le|von|der)"
_TAIL = r"[\s.,;:'’)\]}]*"
#: ``WASHINGTON, Jan. 5, 1920.`` alone on its line: a place and a full date.
_DATELINE_ALONE = regex.compile(r"^[A-ZÀ-Ý][\w'’ .-]{1,30}, .{4,30}(?:1[6-9]|20)\d\d\.?$")


@cache
def byline() -> re.Pattern[str]:
    """A standalone credit line, in any of the forms papers set one."""
    role = lexicon.alternation(lexicon.words("byline_roles_cjk"))
    agencies = lexicon.alternation(lexicon.words("agencies"))
    role_list = f"{role}[ :：/／]*{_NAMES}(?:[ ]+{role}[ :：/／]*{_NAMES})*"
    bracketed = f"(?:本报|本報)?(?:讯|訊)?[（(]\\s*(?:[{CJK}]{{0,12}})?{role_list}\\s*[）)]"
    forms = (
        f"^{bracketed}$",
        f"^(?:本报|本報)?{role_list}$",
        f"^[（(]?[{CJK}]{{2,12}}(?:记者|記者|通讯员|通訊員)[ :：]*{_NAMES}[）)]?$",
        r"^[Bb][Yy] [A-Z][\w.'’\-]*(?: [\w.'’\-&]+){0,6}(?:, [A-Z][\w.'’ -]{1,40})?$",
        f"^[(（]?(?:The )?{agencies}(?: (?:reports|staff|wire))?[)）.]?$",
        r"^[Bb][Yy] [A-Z][A-Za-z.'’\- ]{2,60}$",
        r"^(?:Special to|From Our Own Correspondent|Associated Press|Staff Writer)\b.{0,60}$",
        f"^[({{\\[<]?\\s*B[yYvV]\\.?\\s+{_CAPWORD}(?:\\s+(?:{_CAPWORD}|{_SMALL}|[-&]))*{_TAIL}$",
        r"^[({\[<]?\s*(?:Special|Sp[a-z]{3,5}l)\s+(?:Dispatch\s+|Cable\s+|Correspondence\s+)?"
        r"(?:to|of)\s+T[a-z]{1,2}\s.{1,60}$",
        r"^[({\[<]\s*(?i:de notre|par notre|d'un|von unserem|von unserer)"
        r" [^)\]]{3,50}[)\]}>]\.?$",
        r"^(?:[A-Z]\. ?){2,4}$",
    )
    return regex.compile("|".join(f"(?:{form})" for form in forms))


def is_dateline_only(text: str) -> bool:
    """A wire dateline that stands on its own line (``新华社北京4月18日电``)."""
    if "月" not in text:
        return False
    m = DATELINE_CJK.match(text)
    return m is not None and m.end() == len(text)


def starts_with_dateline(text: str) -> bool:
    """A dateline opens the line (CJK wire dateline, or a Latin place and date)."""
    return ("月" in text and DATELINE_CJK.match(text) is not None) or (
        DATELINE_LATIN.match(text) is not None
    )


def is_dateline_alone(text: str) -> bool:
    """A Latin place and full date on a line of their own."""
    return _DATELINE_ALONE.match(text) is not None


def is_caption(text: str) -> bool:
    return CAPTION.search(text) is not None
