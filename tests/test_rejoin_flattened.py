"""Words a text conversion left broken inside lines (``rejoin.flattened``): joined only
on a page that shows the conversion, and only into words or from halves that are none."""

from __future__ import annotations

import pytest

from newsclean.dehyphenate import vocabulary
from newsclean.passes.rejoin.flattened import join_flattened_breaks

#: Long enough (over 400 characters) not to be a short text, which keeps every hyphen.
_GERMAN = (
    "Der Minister hat die Anordnung der Behörde heute wieder aufgehoben, und die Händler "
    "der Stadt dürfen ihren Handel mit den Gegenständen des täglichen Bedarfs wieder "
    "aufnehmen, wie es in der Bekanntmachung vom 23. September heißt. "
)
#: The page writes the word whole elsewhere: ``Kreis- arzt`` is that word broken.
_WHOLE = "Dr. Puppel ist zum Kreisarzt in Johannisburg ernannt."


def _joined(*lines: str) -> list[str]:
    blocks = [[line] for line in lines]
    out, joined = join_flattened_breaks(blocks, vocabulary)
    assert len(joined) == sum(a != b for a, b in zip(blocks, out, strict=True))
    # The change record: each word as it read, in the input, and as joined, in the output.
    assert all(before in "\n".join(lines) for before, _ in joined)
    assert all(after in "\n".join(block[0] for block in out) for _, after in joined)
    return [block[0] for block in out]


_BROKEN = ("zum Kreis- arzt", "zum Kreisarzt")
_BROKEN_TOO = ("wegen Un- zuverlässigkeit", "wegen Unzuverlässigkeit")
_PAGE = [(_GERMAN * 2, _GERMAN * 2), (_WHOLE, _WHOLE)]


def _kept(line: str) -> tuple[str, str]:
    return line, line


@pytest.mark.parametrize(
    "pairs",
    [
        # Two broken words that join into words (one the page writes whole) show the
        # conversion; a half that is no word (OCR's D for O) joins too.
        [*_PAGE, _BROKEN, _BROKEN_TOO, ("die Dber- förstereien", "die Dberförstereien")],
        # On such a page, a word before a hyphen that joins into no word with what
        # follows is a suspended compound (or a dash), and a conjunction always is one.
        [
            *_PAGE,
            _BROKEN,
            _BROKEN_TOO,
            _kept("die Ein- bzw. Ausfuhr"),
            _kept("Nord- bezw. Südamerika"),
            _kept("West- und Ostafrika"),
        ],
        # One broken word alone shows no conversion: the page is left as it is.
        [*_PAGE, _kept(_BROKEN_TOO[0]), _kept("die Ein- bzw. Ausfuhr")],
        # Ordinary English: suspended compounds and prefixes.
        [_kept("The pre- and post-war figures, a two- to three-hour meeting, a long- term plan.")],
    ],
)
def test_flattened_breaks(pairs: list[tuple[str, str]]) -> None:
    assert _joined(*(before for before, _ in pairs)) == [after for _, after in pairs]
