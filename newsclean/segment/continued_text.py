"""Place rules for text read out of column order or cut at a column's foot: headlines
begin with a capital, so lower-case text after unfinished body continues it, and a
heading over text that begins in lower case is not that text's headline (role
``body``)."""

from __future__ import annotations

from newsclean.latin import opens_with_lost_capital
from newsclean.page import Flag
from newsclean.segment.model import Unit


def _first_letter_lower(text: str) -> bool:
    """The first letter is lower case, whatever comes before it (``Flag.STARTS_LOWER``
    stops at a digit: ``75 cents`` does not start in lower case there)."""
    return next((ch for ch in text if ch.isalpha()), "").islower()


def _heading_over_continued_text(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A headline stands over the start of a paragraph. A one-line heading whose next
    unit is Latin body beginning in lower case (``darauf anzusehen; er wird…``: the
    rest of a paragraph read out of column order) is not that text's headline, and
    not set as one: a line of the text above it (a contents line, a fragment)."""
    if after is None:
        return False
    return (
        unit.role == "heading"
        and after.role == "body"
        and not unit.cjk
        and not after.cjk
        and Flag.CAPS_HEADLINE not in unit.flags
        and _first_letter_lower(after.text)
        and not after.opens_with_dateline
        # Under a heading that ends its sentence (nothing of it runs on), or one in
        # headline case (no fragment of text capitalises its every long word), text
        # whose capital the OCR lost (``Would Educate Youth.`` / ``hducation of the
        # young``; ``No Attempt to Prosecute`` / ``*%iicre have been``) is no rest of
        # another paragraph.
        and not (
            (unit.ends_sentence or Flag.HEADLINE_CASE in unit.flags)
            and opens_with_lost_capital(after.text)
        )
    )


def _continues_unfinished_text(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A Latin "heading" that begins in lower case right after body that stops
    mid-sentence (``…that lead to the`` / ``death of an innocent man in July of``) is
    the rest of that text, cut at a column's foot: body. (A stack line in lower case
    follows a capital line, never running text.)"""
    if before is None:
        return False
    return (
        unit.role == "heading"
        and before.role == "body"
        and _first_letter_lower(unit.text)
        and not unit.cjk
        and not before.cjk
        and not before.ends_sentence
    )
