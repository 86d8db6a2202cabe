"""rejoin's heading over a sentence: a heading line the width of its column stands
apart from a line that opens a sentence on a capitalised article, preposition or
conjunction, and from nothing else."""

from __future__ import annotations

import pytest

from newsclean.passes.rejoin.headings import heading_over_sentence
from newsclean.passes.rejoin.lines import Line, Paragraph, _describe


def _line(text: str) -> Line:
    return _describe(text, 0.0, ())


def _paragraph(*texts: str) -> Paragraph:
    paragraph = Paragraph.start(_line(texts[0]))
    for text in texts[1:]:
        paragraph.add(_line(text))
    return paragraph


@pytest.mark.parametrize(
    ("lines", "b", "apart"),
    [
        (("Earthquake hits Tonga region",), "The earthquake, of magnitude 5.4, has hit", True),
        (
            ("400 Survivors rescued from ferry disaster",),
            "Over 400 survivors have been pulled from",
            True,
        ),
        (
            ("Greifswald: Feuerwehr quittiert den Dienst",),
            "Im mecklenburg-vorpommerischen Greifswald",
            True,
        ),
        (
            ("Un séisme fait au moins 214 morts au Chili",),
            "Un puissant séisme a frappé le pays",
            True,
        ),
        # A name or a title that opens with an article goes on (``Le Pen``, ``The Hague``).
        (("Its leader met the founder, Jean-Marie",), "Le Pen, on Monday in the capital.", False),
        (("The court will sit in",), "The Hague next week.", False),
        # The line under it must open with a closed-class word...
        (("Earthquake hits Tonga region",), "Chinese state news said on Monday", False),
        # ...and the line over it must be a heading's: not leading on, not a sentence's
        # start, not in lower case.
        (("Officials met in the town of",), "The Hague on Monday.", False),
        (
            ("The minister said talks would resume in Geneva",),
            "The other side has not replied",
            False,
        ),
        (("day his six-day program of speaking",), "In the middle west on national pre", False),
        (
            ("President Wilson, opening her to", "day his six-day program of speaking"),
            "In the middle west on national pre",
            False,
        ),
        # A headline wrapped over lines to a measure of its own, wider or narrower than
        # the text's, its later lines in lower case...
        (
            ("South Korea: Fire in", "hospital housing elderly", "people kills at least 37"),
            "The fire broke out on Friday morning and destroyed",
            True,
        ),
        (
            ("France : un accident entre un minibus et", "un camion fait 6 morts près de Troyes"),
            "Un accident a eu lieu entre un minibus scolaire",
            True,
        ),
        # ...but lines as wide as the one under them are its column's: the paragraph's.
        (
            ("Officials said the council had met", "late on Monday and agreed on it"),
            "The other side has not replied to it.",
            False,
        ),
        # A dateline, its dash closed up to the text, opens a sentence too...
        (("20 dead in Hyderabad, India flyover collapse",), "BOSTON —At least 20 people", True),
        (("Senate passes the budget bill",), "WASHINGTON—The Senate voted on", True),
        # ...but not a heading in capitals going on in capitals.
        (("Leaders meet to discuss",), "NATO—THE FUTURE OF EUROPE", False),
        # A headline's subject, a colon, what befell it: more words than a heading line
        # in clauses says...
        (
            ("Schießerei in einem Kino in Colorado: Viele Tote und Verletzte",),
            "Bei einer Schießerei in einem Kino in Aurora",
            True,
        ),
        # ...but a line of other clause marks beside the colon is a sentence's.
        (
            ("Officials gave two reasons, both old: the roads were closed again",),
            "The council met on Monday to hear them",
            False,
        ),
        (
            ("Officials gave one reason for the delay: the roads were closed.",),
            "The council met on Monday to hear them",
            False,
        ),
        # A German verb's particle ends a headline...
        (
            ("Parlament spricht Papandreou Vertrauen aus",),
            "Das griechische Parlament hat dem Minister",
            True,
        ),
        # ...but a line ending on another leading word goes on.
        (("Fahrgäste warten am Bahnhof und",), "Die kalten Tage kommen bald", False),
        (("Earthquake hits Tonga region of",), "The earthquake, of magnitude 5.4, has hit", False),
        (("Earthquake hits Tonga region.",), "The earthquake, of magnitude 5.4, has hit", False),
        (("By James O'Neill",), "The earthquake, of magnitude 5.4, has hit", False),
        (
            ("Officials said on Monday that nobody at all was hurt when the old bridge fell near",),
            "The earthquake, of magnitude 5.4, has hit",
            False,
        ),
    ],
)
def test_a_heading_stands_apart_only_from_a_sentence_opening(
    lines: tuple[str, ...], b: str, apart: bool
) -> None:
    assert heading_over_sentence(_paragraph(*lines), _line(b)) is apart
