"""Headline groups: the lines over a story's byline or dateline, and a one-line headline
between finished sentences, keep their lines (see the package docstring)."""

from __future__ import annotations

from newsclean import regex
from newsclean.latin import in_headline_case, is_headline_case_deck
from newsclean.passes.rejoin.lines import Line

_WORDS = regex.compile(r"[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*")
#: A one-line headline between paragraphs says this many words.
MIN_ONE_LINE_HEADLINE_WORDS = 2
MAX_ONE_LINE_HEADLINE_WORDS = 6
#: At most this many lines over a byline are its headline group.
MAX_TITLE_LINES = 4


def _mark_titles(lines: list[Line]) -> None:
    """The lines over an opening byline, up to the block's start or a finished
    sentence, are its story's headline group: headline, deck, subtitle. They keep their
    lines, even when one holds a comma (``Tilting train derails in Croatia, six dead``)."""
    for i, line in enumerate(lines):
        if (line.starts_new or line.byline) and not line.cjk:
            _mark_decks_over(lines, i)
        if 0 < i < len(lines) - 1 and _headline_between_sentences(lines[i - 1], line, lines[i + 1]):
            line.title = True
        if not line.byline or i == 0:
            continue
        start = i
        while start > 0 and not lines[start - 1].ends_sentence and not lines[start - 1].byline:
            start -= 1
        group = lines[start:i]
        if len(group) <= MAX_TITLE_LINES:
            for title in group:
                title.title = True


def _headline_between_sentences(before: Line, line: Line, after: Line) -> bool:
    """``Mining Shares Under New Law.``: a few words in headline case, closed by the full
    stop older papers set after a headline, on a line of their own after a finished
    sentence and before running text that starts a new one, is a story's one-line
    headline, not the last line of the paragraph above or the first of the one below.
    (A line that opens with a word in capitals is a dateline's or a stack's.)"""
    # Cheap tests first: this is asked of every line of the page.
    return (
        line.text.endswith(".")
        and before.ends_sentence
        and not line.cjk
        and not (line.byline or line.starts_new)
        and not line.text.split()[0].isupper()
        and (
            MIN_ONE_LINE_HEADLINE_WORDS
            <= len(_WORDS.findall(line.text))
            <= MAX_ONE_LINE_HEADLINE_WORDS
        )
        and is_headline_case_deck(line.text)
        and not after.cjk
        and after.text[:1].isupper()
        and not in_headline_case(after.text)
    )


def _mark_decks_over(lines: list[Line], opening: int) -> None:
    """Lines set headline style (``Eradication of His Prejudice Is Keynote`` / ``Sounded
    By Governor Campbell``) right over a story's byline or run-in dateline (``PHOENIX,
    Jan. 1.``) are that story's headline group, even where the column before ends
    mid-sentence or a deck ends on an initial's full stop (``Given by U. S. Agents.``)."""
    start = opening
    while (
        start > 0
        and opening - start < MAX_TITLE_LINES
        and not lines[start - 1].cjk
        and is_headline_case_deck(lines[start - 1].text)
    ):
        start -= 1
    for title in lines[start:opening]:
        title.title = True
