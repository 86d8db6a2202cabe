"""The user's own patterns (``byline_patterns``, ``furniture_patterns``), compiled once.

The credit forms (bylines, datelines, captions, end marks) are in
:mod:`newsclean.page.credits`.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.errors import UsageError


@cache
def compiled(patterns: tuple[str, ...], option: str) -> tuple[re.Pattern[str], ...]:
    """A user's regular expressions (from options or a config file), compiled once."""
    try:
        return tuple(re.compile(p) for p in patterns)
    except re.error as exc:
        msg = f"{option}: {exc.pattern!r} is not a regular expression: {exc}"
        raise UsageError(msg) from None
