"""The user's own patterns (``byline_patterns``, ``furniture_patterns``), compiled once;
and, for the modules that still import them from here, the credit forms.

The credit forms (bylines, datelines, captions, end marks) are defined once, in
:mod:`newsclean.page.credits`; the names below are that module's, looked up when first
asked for. Importing ``newsclean.page`` here would run its description modules, which
import ``newsclean.latin``, which imports ``is_byline`` and ``starts_with_dateline``
from here: those two hand the call on.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from newsclean.errors import UsageError

if TYPE_CHECKING:
    from newsclean.page.credits import CAPTION as CAPTION
    from newsclean.page.credits import CAPTION_CREDIT as CAPTION_CREDIT
    from newsclean.page.credits import END_MARK as END_MARK
    from newsclean.page.credits import MAX_BYLINE as MAX_BYLINE
    from newsclean.page.credits import split_credit as split_credit

#: The names of :mod:`newsclean.page.credits` this module hands on.
_CREDIT_NAMES = frozenset(
    (
        "CAPTION",
        "CAPTION_CREDIT",
        "END_MARK",
        "MAX_BYLINE",
        "split_credit",
    )
)


def __getattr__(name: str) -> Any:
    if name in _CREDIT_NAMES:
        from newsclean.page import credits

        return getattr(credits, name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def is_byline(line: str, extra: tuple[str, ...] = ()) -> bool:
    """:func:`newsclean.page.credits.is_byline`."""
    from newsclean.page import credits

    return credits.is_byline(line, extra)


def starts_with_dateline(line: str) -> bool:
    """:func:`newsclean.page.credits.starts_with_dateline`."""
    from newsclean.page import credits

    return credits.starts_with_dateline(line)


@cache
def compiled(patterns: tuple[str, ...], option: str) -> tuple[re.Pattern[str], ...]:
    """A user's regular expressions (from options or a config file), compiled once."""
    try:
        return tuple(re.compile(p) for p in patterns)
    except re.error as exc:
        msg = f"{option}: {exc.pattern!r} is not a regular expression: {exc}"
        raise UsageError(msg) from None
