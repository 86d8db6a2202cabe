"""Place rules: each unit's role revised from the units around it, after ``roles`` gave
it a role from the unit alone (``units_of`` runs both).

``PLACE_RULES`` run in order, each over the whole page. A headline set in large type
wraps after a few words: words that read as a heading, made body only by their many
lines, over a column clearly wider in characters to the line, are its headline; so are
Chinese ones whose last line stopped short with no sentence's mark (``ended_short``). Latin
stacks (capital lines, then decks, then a credit) end at the body: a deck under a
headline belongs to the stack; running text between two capital display lines is the
upper item's copy; a bracketed line at a stack's foot is the credit; mixed-case lines
over a capital name with its full stop, run into more capitals, are a portrait's
caption; a short line over a byline is its headline, and a headline wrapped at a comma
over a byline is still the headline. Headlines begin with a capital: lower-case text
after unfinished body continues it, and a heading over text that begins in lower case is
not that text's headline. A briefs box's marked titles over their text are its items,
and the short line over the first its label. A person's name alone under a short title
that opens its headline group, over text, is the author's credit (a poem's poet). The
short lines right over a weather
table's row or column (the table's name, or its places read apart) are the table's too
(role ``label``).

The rules live by concern: ``headline_stacks`` (what belongs to a headline's stack),
``stack_credits`` (the credit in or under a stack), ``continued_text`` (text cut at a
column's foot or read out of order), ``box_roles`` (briefs boxes, tables, captions);
this module holds the order they run in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsclean.model import FURNITURE, Document
from newsclean.options import Options
from newsclean.segment.box_roles import _briefs_boxes, _caption_block, _table_cells
from newsclean.segment.captions import photo_captions_in_body
from newsclean.segment.closing_byline import closing_byline_in_capitals
from newsclean.segment.continued_text import (
    _continues_unfinished_text,
    _heading_over_continued_text,
)
from newsclean.segment.ended_short import cjk_headline_ended_short
from newsclean.segment.headline_stacks import (
    _copy_between_display_lines,
    _dash_subtitle,
    _deck_between_headline_and_byline,
    _deck_under_headline,
    _headline_set_large,
    _latin_title_between_paragraphs,
    _portrait_captions,
    _short_line_over_byline,
    _wrapped_title_over_byline,
)
from newsclean.segment.model import Unit
from newsclean.segment.roles import MANY_LINES, form_rule, heading_but_lines
from newsclean.segment.stack_credits import (
    _bracketed_credit_under_stack,
    _names_under_titles,
    _organisation_credit,
)


@dataclass(frozen=True)
class PlaceRule:
    """A rule on a unit in its place: ``applies`` reads the units before and after it
    (None at the page's ends) with the roles they have so far."""

    name: str
    role: str
    applies: Callable[[Unit | None, Unit, Unit | None], bool]


@dataclass(frozen=True)
class Sweep:
    """Place rules tried on every unit in reading order: the first that applies decides,
    and the units after it see the role it gave."""

    rules: tuple[PlaceRule, ...]

    def run(self, units: list[Unit]) -> None:
        # Each unit with its neighbours, paired once (a sweep runs over every unit).
        for before, unit, after in zip([None, *units], units, [*units[1:], None], strict=False):
            for rule in self.rules:
                if rule.applies(before, unit, after):
                    unit.role = rule.role
                    break


@dataclass(frozen=True)
class StackRule:
    """A rule over a run of units (a stack and what stands over or under it), which may
    give several of them a role."""

    name: str
    run: Callable[[list[Unit]], None]


def units_of(doc: Document, options: Options) -> list[Unit]:
    """The page's units (the lines of its blocks but the furniture), each with its role."""
    units: list[Unit] = []
    for index, block in enumerate(doc.blocks):
        if block.kind == FURNITURE:
            continue
        for i, line in enumerate(block.lines):
            layout = block.layout[i] if block.layout is not None else None
            unit = Unit(line, index, layout, block.kind)
            rule = form_rule(unit, options)
            unit.role = rule.role
            unit.wrapped_heading = rule.name in MANY_LINES and heading_but_lines(unit, options)
            units.append(unit)
    for step in PLACE_RULES:
        step.run(units)
    photo_captions_in_body(units)
    return units


#: In order: each entry runs over the whole page before the next.
PLACE_RULES: tuple[Sweep | StackRule, ...] = (
    Sweep(
        (
            PlaceRule("headline-set-large", "heading", _headline_set_large),
            PlaceRule("cjk-headline-ended-short", "heading", cjk_headline_ended_short),
        )
    ),
    Sweep((PlaceRule("deck-under-headline", "heading", _deck_under_headline),)),
    Sweep((PlaceRule("dash-subtitle", "heading", _dash_subtitle),)),
    Sweep((PlaceRule("short-line-over-byline", "heading", _short_line_over_byline),)),
    Sweep((PlaceRule("deck-over-byline", "heading", _deck_between_headline_and_byline),)),
    StackRule("wrapped-title-over-byline", _wrapped_title_over_byline),
    Sweep(
        (
            PlaceRule("latin-title-between-paragraphs", "heading", _latin_title_between_paragraphs),
            PlaceRule("bracketed-credit-under-stack", "byline", _bracketed_credit_under_stack),
            PlaceRule("copy-between-display-lines", "body", _copy_between_display_lines),
        )
    ),
    Sweep((PlaceRule("heading-over-continued-text", "body", _heading_over_continued_text),)),
    Sweep((PlaceRule("continues-unfinished-text", "body", _continues_unfinished_text),)),
    StackRule("portrait-caption", _portrait_captions),
    StackRule("briefs-box", _briefs_boxes),
    Sweep((PlaceRule("organisation-credit", "byline", _organisation_credit),)),
    Sweep((PlaceRule("closing-byline-in-capitals", "byline", closing_byline_in_capitals),)),
    StackRule("name-under-title", _names_under_titles),
    Sweep((PlaceRule("caption-block", "caption", _caption_block),)),
    StackRule("table-cell", _table_cells),
)
