"""The bucket a measure falls in, as a CRF feature name: the line models (``joins``,
``veto``, ``openers``) weigh names, not numbers, so a width or a length is read as the
first of a few bounds it stays under (``<0.95``), or as past the last (``>=1.3``)."""

from __future__ import annotations


def bucket(value: float, bounds: tuple[float, ...]) -> str:
    """The name of the first bound in ``bounds`` (ascending) that ``value`` is under,
    or of the last one it reaches."""
    for bound in bounds:
        if value < bound:
            return f"<{bound:g}"
    return f">={bounds[-1]:g}"
