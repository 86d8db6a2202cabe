"""Where a jump line sends the reader.

A story too long for its page goes on elsewhere, and the paper says so on a line of its
own where it breaks off (``Continued on Page 4``, ``(Jatkuu toisella sivulla)``) and
where it goes on (``(Continued from First Page.)``, ``(Viene de la primera página)``).
``printed.CONTINUATION`` reads the line in each language it knows; this module says
which way the line points and to which page, for the ``continuations`` metadata that
``split`` joins the pieces of a story by.
"""

from __future__ import annotations

from typing import Any

from newsclean.page import printed as pr

#: The words that point back to the page a story came from (``Continued from``,
#: ``Suite de la``, ``Fortsetzung von``, ``Viene de la``, ``sivulta``).
_FROM = frozenset(("from", "de la", "von", "de", "sivulta"))
#: The groups of ``printed.CONTINUATION`` that hold the direction word, and the page.
_DIRECTIONS = ("en_dir", "fr_dir", "de_dir", "es_dir", "fi_dir")
_PAGES = ("en_page", "en_ordinal", "fr_page", "de_page", "es_page", "es_ordinal", "fi_page")


def jump_of(text: str) -> dict[str, str] | None:
    """A jump line's direction (``to`` a later page, ``from`` an earlier one) and page."""
    m = pr.CONTINUATION.match(text)
    if m is None:
        return None
    groups = m.groupdict()
    word = next((groups[g] for g in _DIRECTIONS if groups[g]), "").lower()
    page = next((groups[g] for g in (*_PAGES, "zh_page") if groups[g]), "")
    backwards = word in _FROM or "接" in (groups["zh_dir"] or "")
    return {"direction": "from" if backwards else "to", "page": page.strip()}


def jumped_lines(jumps: list[dict[str, Any]]) -> frozenset[str]:
    """The lines (spaces normalised) that stand over the jump lines the furniture took
    out: where a story broke off to go on on another page."""
    return frozenset(" ".join(str(j.get("after") or "").split()) for j in jumps) - {""}


def breaks_off(text: str, jumped: frozenset[str]) -> bool:
    """The text ends on a line a jump line stood under: the story goes on on another
    page, and what follows on this one is not its next line, however unfinished its
    sentence (``…sotavarustelujen juu`` / ``(Jatkuu toisella sivulla)``)."""
    if not jumped:
        return False
    tail = " ".join(text.split())
    return any(tail.endswith(line) for line in jumped)
