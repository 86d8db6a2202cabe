"""Headline groups: the heading lines of one block as kicker, headline and subtitle.

Consecutive heading lines within one block (no blank line between) form one group of
kicker (引题), headline (主题) and subtitle (副题). Of two lines, the first is a kicker when
it is much shorter than the second or is set in two parts around a space while the
second is not; otherwise the second is a subtitle. A Latin stack opens with its capital
line; a capital catchword continued in lower case (``L'EFFORT`` / ``des députés…``) is
one headline, and so is a capital line whose sentence the next capital line goes on
with (``NATION COULD SAVE BY`` / ``EATING HORSE MEAT``). Lines in lower case with a
person's initials over a capitals stack (a portrait's caption, a signature's last
names) are the item's captions, not its headline (``lines_over_stack``).
"""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import (
    ENDS_LATIN_SENTENCE,
    ENDS_SENTENCE,
    HAS_CJK,
    display_width,
    joins_without_space,
)
from newsclean.latin import (
    LEADING_WORDS,
    WORD,
    articles,
    caps_share,
    ends_in_leading_word,
    is_caps_headline,
)

_DASH_LED = regex.compile("^(?:——|—|--)")
#: The longest Chinese subtitle led by a dash, in characters: a sentence, not a paragraph.
MAX_DASH_SUBTITLE = 60


def dash_subtitle(text: str) -> bool:
    """``——10月份中国制造业采购经理指数为50.1%…。``: a Chinese subtitle is led by a
    double dash and may be a whole sentence."""
    return (
        text.startswith("——")
        and len(text) <= MAX_DASH_SUBTITLE
        and HAS_CJK.search(text) is not None
    )


#: A heading line at most this share of the one before it ends a wrapped headline...
WRAPPED_TAIL = 0.6
#: ...when the line before it is this long (a short kicker is not wrapped).
MIN_WRAPPED_HEAD = 12
#: A one-line group this short over another group is that group's kicker.
KICKER_MAX = 14
#: A kicker label set in capitals has at least this share of capitals.
CAPS_SHARE_OF_LABEL = 0.8
#: A line with less than this share of capitals is set in lower case.
CAPS_SHARE_OF_LOWER_LINE = 0.5


def group_roles(group: list[str]) -> tuple[str | None, str, str | None]:
    """kicker, headline and subtitle of a headline group; every line finds a place.

    A line led by a dash is a subtitle (``——加快提升…``). A first line much shorter than
    the next, or set in two parts around a space when the next is not, is a kicker.
    Of two lines otherwise, the second is a subtitle; a headline broken over several
    lines between a kicker and a subtitle is joined with a space.
    """
    lines = join_wrapped(group)
    subtitle = None
    if len(lines) > 1 and _DASH_LED.match(lines[-1]):
        subtitle = lines.pop()
    kicker = None
    if len(lines) > 1:
        first, second = lines[0], lines[1]
        two_part = " " in first.strip() and " " not in second.strip()
        if len(first) <= 0.6 * len(second) or two_part:
            kicker = lines.pop(0)
    if len(lines) == 1:
        return kicker, lines[0], subtitle
    if len(lines) == 2 and subtitle is None:
        return kicker, lines[0], lines[1]
    if len(lines) > 2 and kicker is None:
        kicker = lines.pop(0)
    if len(lines) > 1 and subtitle is None:
        subtitle = lines.pop()
    return kicker, " ".join(lines), subtitle


def latin_lines_run_on(group: list[str]) -> list[str]:
    """``Shishaldin remains`` / ``at Watch level``: a Latin headline line that begins
    in lower case goes on from the line above (headlines begin with a capital)."""
    lines: list[str] = []
    for line in group:
        if (
            lines
            and not HAS_CJK.search(line + lines[-1])
            and continues_in_lower_case(line)
            and not ENDS_SENTENCE.search(lines[-1])
        ):
            lines[-1] += " " + line
        else:
            lines.append(line)
    return lines


def stack_roles(group: list[str]) -> tuple[str | None, str, list[str]]:
    """A Latin headline stack: the first line in capitals is the headline, the lines
    under it (further capital lines, decks) its decks, the first of them the subtitle; a
    deck line that does not end a sentence runs on into the next. A short label in
    capitals with no full stop over a line in upper and lower case (``SPACE`` /
    ``Atlantis ready to…``) is a kicker: the headline is the line under it."""
    decks: list[str] = []
    kicker = None
    if (
        len(group) > 1
        and display_width(group[0]) <= KICKER_MAX
        and not ENDS_SENTENCE.search(group[0])
        and not group[0].rstrip().endswith(("!", "?"))
        and not is_caps_headline(group[1])
        and not continues_in_lower_case(group[1])
    ):
        kicker, group = group[0], group[1:]
    headline = group[0]
    lines = group[1:]
    while (
        lines
        and not ENDS_SENTENCE.search(headline)
        and (continues_in_lower_case(lines[0]) or continues_in_capitals(headline, lines[0]))
    ):
        # The catchword's sentence goes on in lower case, or the headline's on the
        # next line of capitals: one headline.
        headline += " " + lines.pop(0)
    for line in lines:
        # A deck wraps over lines of its own: a line of capitals under a deck in upper
        # and lower case opens the next deck (a line in lower case under capitals may be
        # theirs, as OCR reads capitals with lower-case slips).
        if (
            decks
            and not ENDS_LATIN_SENTENCE.search(decks[-1])
            and (not is_caps_headline(line) or is_caps_headline(decks[-1]))
        ):
            decks[-1] += " " + line
        else:
            decks.append(line)
    return kicker, headline, decks


#: At most this many lines over a capitals stack are taken for another item's.
MAX_LINES_OVER_STACK = 2
#: A stack's capital line says at least this many words of three letters or more, and
#: the lower-case line over it this many of two or more: both read as words, not specks.
MIN_WORDS_OVER_STACK = 2
_LONG_WORD = regex.compile(r"[A-Za-z\u00c0-\u024f]{3,}")
_WORD = regex.compile(r"[A-Za-z\u00c0-\u024f]{2,}")
#: A person's name with an initial (``V. M. O'SHEA``, ``Rad H. Reed``).
_INITIALLED_NAME = regex.compile(r"\b[A-Z]\. (?:[A-Z]\. )*(?:Mc|Mac|O')?[A-Z][A-Za-z]+")


def lines_over_stack(group: list[str]) -> int:
    """How many lines open a Latin group over its capitals stack without being part of
    it: a name with its initial (a portrait's caption, a signature's last names) and
    down to a line set in lower case that ends no sentence, right over a capital line
    that ends none either (``PROF. V. M. O'SHEA`` / ``Lecturer on Child Study and
    Training`` / ``CAMBRIA FARMER``; ``Grady Cook, Rad H. Reed`` / ``BETTER ROADS…``).
    A headline names a person by surname; a caption and a signature give the initials.
    (A headline in lower case over a deck in capitals, ``Teutonic Allies Await
    Offensive`` / ``ALONG ALL FRONTS``, names no one so; lines that lead on into the
    next, ``REMEMBER THE`` / ``Palace Sweet Cafe``, are one display sentence.)"""
    for i in range(1, min(len(group), MAX_LINES_OVER_STACK + 1)):
        over = group[:i]
        above, line = over[-1], group[i]
        if any(ends_in_leading_word(text.rstrip()) for text in over):
            return 0
        if (
            not HAS_CJK.search(above + line)
            and not ENDS_SENTENCE.search(above)
            and not ENDS_SENTENCE.search(line)
            and caps_share(above) < CAPS_SHARE_OF_LOWER_LINE
            and len(_WORD.findall(above)) >= MIN_WORDS_OVER_STACK
            and len(_LONG_WORD.findall(line)) >= MIN_WORDS_OVER_STACK
            and any(_INITIALLED_NAME.search(text) for text in over)
            and is_caps_headline(line)
        ):
            return i
    return 0


def join_wrapped(group: list[str]) -> list[str]:
    """A heading line followed by one much shorter is one headline broken by the
    column: ``首屆鏈博會達成合作及意向協議金額`` + ``超1500億元``."""
    lines: list[str] = []
    for line in group:
        if (
            lines
            and len(line) <= WRAPPED_TAIL * len(lines[-1])
            and not _DASH_LED.match(line)
            and len(lines[-1]) >= MIN_WRAPPED_HEAD
        ):
            lines[-1] += line if joins_without_space(lines[-1], line) else " " + line
        else:
            lines.append(line)
    return lines


def continues_in_lower_case(line: str) -> bool:
    """A stack line that begins in lower case and is set in lower case (``des députés
    du Nord``) goes on with the words of the line above it."""
    first = next((ch for ch in line if ch.isalpha()), "")
    return first.islower() and caps_share(line) < CAPS_SHARE_OF_LOWER_LINE


def continues_in_capitals(line: str, next_line: str) -> bool:
    """``NATION COULD SAVE BY`` / ``EATING HORSE MEAT``, ``MARSHAL EASLEY SHOT`` / ``AND
    KILLED AT HOULKA``: a headline printed on two lines of capitals. The second goes on
    with the first's sentence when the first ends, with no mark, on a word that leads
    into what follows, or the second opens with a preposition or conjunction; a line of
    capitals that is a sentence of its own is a deck."""
    if not line.rstrip()[-1:].isalnum() or not is_caps_headline(next_line):
        return False
    if ends_in_leading_word(line.rstrip()):
        return True
    first = WORD.match(next_line.strip())
    word = first.group().lower() if first else ""
    return word in LEADING_WORDS and word not in articles()


def label_beside(first: str, second: str) -> bool:
    """Two Latin kicker labels in capitals, each short: set side by side."""
    return all(
        not HAS_CJK.search(label)
        and display_width(label) <= KICKER_MAX
        and caps_share(label) >= CAPS_SHARE_OF_LABEL
        for label in (first, second)
    )
