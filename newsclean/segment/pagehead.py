"""The page head of a Latin page: the nameplate's boxes, taken out before articles.

Before the first body set in a column, lines run into a stack above its catchword, runs
longer than any stack and the one-line strap under them are the nameplate's boxes: page
furniture; so are a paragraph of subscription terms and prices, and a contents list
(``Inhalt:`` and its entries). A run of display lines (few figures) right over the
first story's text ends in that story's stack, though: only its lines above a stack's
length are the box. A nameplate whose boxes carry labels (``RÉDACTION ET
ADMINISTRATION``, ``ABONNEMENTS``) is page head down to the first story's stack.

On a front page the nameplate zone runs from the top of the page down to its last
nameplate form (the paper's title, a date, volume and number, a price, the weather ear)
that ``furniture`` took out, and over the short lines right under it that are nameplate
lines too (a date, price or issue line OCR garbled past the furniture's forms, a number
alone, the pieces OCR broke a title into): the lines the forms did not name but that
stand above or among them (an OCR-garbled title, ``TWELVE PAGES``, a slogan, a section
flag) are the nameplate too, not a first article, as long as no running text stands
among them (the first story's text ends the zone; a story read above its nameplate keeps
its lines). Only short lines count: a unit of the zone printed on more lines than a
display line or a deck takes is a story's, and so is a byline, a dateline or text that
ends a sentence (an advertisement in the ear); then the zone is left alone. An ear's
box is the exception (``page.ears``): a few lines, sentences or not, in which the paper
speaks of itself (its circulation, its terms, its edition) or of the weather are the
nameplate's, and no story's first text. A date alone
tops inner pages too, where an extractor may read it after the first headline: with no
title, imprint or ear among the forms, the zone is one line (the paper's name in the
running head) over a story that has a heading of its own. In any script.

This is a stage of ``split`` only, not a pass: it reads the units' roles (which line is a
heading, which is body set in a column), and what it finds goes to the furniture without
changing what ``fix`` prints.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import islice

from newsclean import regex
from newsclean.latin import (
    is_box_label,
    is_contents_label,
    is_terms_box,
    mostly_lower,
    names_price,
    reads_as_contents,
)
from newsclean.model import Document, Layout
from newsclean.page import Flag
from newsclean.page.ears import reads_as_ear
from newsclean.page.forms import Form, garbled_form
from newsclean.page.tuning import TUNING
from newsclean.segment.headlines import continues_in_lower_case
from newsclean.segment.model import Run, Unit

#: Where a page's nameplate forms stood (``nameplate_blocks``): the block right under
#: each, and whether the form is one only a front page carries.
NameplateForms = frozenset[tuple[int, bool]]


def strip_page_head(
    runs: list[Run],
    boxes: list[str],
    head_blocks: NameplateForms = frozenset(),
    nameplate: bool = False,
) -> list[Run]:
    """The runs of a page without its head; the head's lines are added to ``boxes``.
    ``head_blocks``: where its nameplate forms stood (``nameplate_blocks``);
    ``nameplate``: whether ``furniture`` took any out (``has_nameplate``)."""
    runs = _above_nameplate_forms(runs, boxes, head_blocks)
    runs = _labelled_page_head(runs, boxes)
    masthead = nameplate or bool(head_blocks or boxes) or _masthead_line(runs)
    return _boxes_above_stacks(runs, boxes, masthead)


#: The furniture forms a front page's nameplate is set from. Page labels, section flags
#: and running heads top inner pages too, where the first headline comes right under
#: them: they do not mark a nameplate zone.
NAMEPLATE_FORMS = frozenset({Form.MASTHEAD, Form.DATE, Form.IMPRINT, Form.WEATHER})
#: The nameplate forms only a front page carries.
FRONT_PAGE_FORMS = NAMEPLATE_FORMS - {Form.DATE}
#: Lines that only a story has: a byline or a dateline in the zone is the first story's
#: stack read above its nameplate. So is text that ends a sentence: an advertisement set
#: in the ear (``Bottled at the Famous Poland Spring, Me.-Advt.``) is an item of its own.
STORY_ROLES = frozenset({"byline", "dateline"})
#: The most printed lines a unit of the nameplate zone runs: a display line, an ear or
#: a strap; more is a story's deck or text.
MAX_NAMEPLATE_LINES = 2


def nameplate_blocks(doc: Document) -> NameplateForms:
    """Where the nameplate forms (``NAMEPLATE_FORMS``) that ``furniture`` took out stood
    on the page: the block right under each (every block before it is above or among
    the nameplate), and whether the form is one only a front page carries. Found by the
    raw lines each came from, whether the furniture stayed in the text as a block of its
    own or was taken out; none where a block's origin is not known."""
    starts = [b.origins[0][0] if b.origins else None for b in doc.blocks]
    if None in starts:
        return frozenset()
    return frozenset(
        (
            next(
                (k for k, start in enumerate(starts) if start is not None and start > f.origin[0]),
                len(starts),
            ),
            f.kind in FRONT_PAGE_FORMS,
        )
        for f in doc.furniture
        if f.origin and f.kind in NAMEPLATE_FORMS
    )


def has_nameplate(doc: Document) -> bool:
    """``furniture`` took a nameplate form (``NAMEPLATE_FORMS``) out of the page, where
    its blocks' origins are known or not."""
    return any(f.kind in NAMEPLATE_FORMS for f in doc.furniture)


def _above_nameplate_forms(
    runs: list[Run], boxes: list[str], head_blocks: NameplateForms
) -> list[Run]:
    """The page without the lines that stand above or among its nameplate forms, before
    the first story's text (the module's docstring); the lines go to ``boxes``."""
    if not head_blocks:
        return runs
    units = [u for _, run in runs for u in run]
    story = next((n for n, u in enumerate(units) if _story_text(u) and not _ear(u)), None)
    if story is None:
        # A page with no running text has no story for a nameplate to stand over.
        return runs
    above = [(b, front) for b, front in head_blocks if b <= units[story].block]
    if not above:
        return runs
    # The zone ends at the last nameplate form read before the first story's text, and
    # takes the short lines right under it that are nameplate lines too (a date, price
    # or issue line OCR garbled, a number alone): a story's stack opens with neither.
    last = max(b for b, _ in above)
    zone = sum(1 for u in units if u.block < last)
    while zone < story and _nameplate_line(units[zone]):
        zone += 1
    zone += _title_pieces(units[zone:story])
    below = units[zone:story]
    if not any(front for _, front in above) and (
        zone > 1 or not any(u.role == "heading" for u in below)
    ):
        # A date tops inner pages too, in a running head that the extractor may read
        # after the first headline: with no title, imprint or ear above the story, the
        # zone is the running head's one line (the paper's name beside its date), and
        # only when the story has a heading of its own under it.
        return runs
    if not zone or zone > MAX_PAGE_HEAD_UNITS:
        return runs
    if any(
        u.layout is None or u.role in STORY_ROLES or not (_ear(u) or _display_line(u, u.layout))
        for u in units[:zone]
    ):
        return runs
    boxes += [u.text for u in units[:zone]]
    out: list[Run] = []
    left = zone
    for role, run in runs:
        if left >= len(run):
            left -= len(run)
            continue
        out.append((role, run[left:]) if left else (role, run))
        left = 0
    return out


#: The longest piece of a title OCR broke apart (``-II`` / ``MMER`` of ``HUMMER``), or
#: of a label set beside it (``MOTTO``).
MAX_PIECE_CHARS = 6
#: The fewest pieces in a row that are a broken title: one short word alone is a
#: headline's (``WAR``).
MIN_PIECES = 2


def _title_pieces(units: list[Unit]) -> int:
    """How many units at the front of ``units`` (the lines under the nameplate forms)
    are pieces of the paper's title as OCR broke it, or labels beside it: one-line
    scraps of one short word, at least ``MIN_PIECES`` in a row, over a heading of the
    first story (``MOTTO`` / ``-II`` / ``MMER`` over ``MARSHAL ANDREW EASLEY SHOT``)."""
    n = 0
    while n < len(units) and _piece(units[n]):
        n += 1
    if n < MIN_PIECES or n == len(units) or units[n].role != "heading":
        return 0
    return n


def _piece(unit: Unit) -> bool:
    return (
        unit.role == "heading"
        and unit.layout is not None
        and unit.layout.lines == 1
        and len(unit.text) <= MAX_PIECE_CHARS
        and " " not in unit.text
        and not unit.cjk
    )


def _display_line(unit: Unit, layout: Layout) -> bool:
    """A line of the nameplate zone as a nameplate sets it: a display line, a strap or
    a deck's length, and no sentence unless it is a nameplate form OCR garbled."""
    return layout.lines <= MAX_NAMEPLATE_LINES and not (
        unit.role == "body" and unit.ends_sentence and not _nameplate_line(unit)
    )


def _ear(unit: Unit) -> bool:
    """An ear's box beside the nameplate (``page.ears``): a few lines in which the paper
    speaks of itself or of the weather, sentences or not."""
    return (
        not unit.cjk
        and unit.layout is not None
        and unit.layout.lines <= TUNING.ear_max_lines
        and reads_as_ear(unit.text)
    )


def _nameplate_line(unit: Unit) -> bool:
    return (
        unit.layout is not None
        and unit.layout.lines <= MAX_NAMEPLATE_LINES
        and (unit.text.isdigit() or garbled_form(unit.text) is not Form.NONE)
    )


#: The most lines (after rejoining) a Latin headline stack runs: kicker, headline,
#: decks and credit; a longer run of short lines is a box of the page head.
MAX_LATIN_STACK = 8
#: The most lines (after rejoining) a nameplate with its boxes holds.
MAX_PAGE_HEAD_UNITS = 40
#: A stack over a story holds a line with figures (a deck's sum) among at least this
#: many lines; a box of rates, prices and dates has them on more.
LINES_PER_FIGURE = 3
_HAS_FIGURE = regex.compile(r"\d")
#: A story's running text is set over at least this many lines.
MIN_STORY_LINES = 3


def _catchword(run: list[Unit]) -> int:
    """Where a Latin headline stack opens with a catchword in capitals continued in lower
    case (``L'EFFORT`` / ``des députés du Nord``): the index of that capital line, the
    first of its stack, or 0. The lowest such pair is the stack's top."""
    for k in range(len(run) - 2, 0, -1):
        line, below = run[k], run[k + 1]
        if line.cjk or below.cjk:
            continue
        if Flag.CAPS_HEADLINE in line.flags and continues_in_lower_case(below.text):
            return k
    return 0


def _boxes_above_stacks(runs: list[Run], boxes: list[str], masthead: bool) -> list[Run]:
    """The page head of a Latin page, read into runs of heading and one-line body.

    A stack has one top: lines run together above its catchword are a box (a date box,
    an address, prices) that the extractor read into the same run. A run of more heading
    lines than any stack holds is such a box too (subscription rates, a contents list),
    but for the stack at its foot when it stands right over the story's text,
    and so are a paragraph that names subscription terms and prices, and a contents
    label with the entries under it (titles, not sentences),
    and a one-line strap set under a box or at the very top (price, circulation claim;
    not a line that ends at a comma and leads into the text, ``Hi all,``)
    belongs to the head with it. A strap is a masthead's: at the very top it needs one
    to sit over (``masthead``: nameplate forms or boxes found on the page, or a date,
    price or issue line among its first lines); the first line of a text with none (a
    label, ``Члан 1.``, or a first sentence set alone) is the text's own. All of this
    only before the first story has begun, that is before the first body set in a
    column (wrapped over lines): page furniture.
    """
    out: list[Run] = []
    # A page with no body set in a column has no story for a head to stand over.
    story_begun = not any(
        role == "body" and not all(_one_line(u) for u in run) for role, run in runs
    )
    after_box = masthead
    in_contents = False
    for k, (role, run) in enumerate(runs):
        if story_begun or any(u.cjk for u in run):
            story_begun = True
            out.append((role, run))
            continue
        # The contents list: its label and the entries under it, titles one after
        # another, up to the first heading or running text.
        in_contents = is_contents_label(run[0].text) or (in_contents and role == "body")
        if in_contents:
            run = _box_leading(
                run,
                boxes,
                lambda n, u: (n == 0 and is_contents_label(u.text)) or reads_as_contents(u.text),
            )
            if not run:
                after_box = True
                continue
            in_contents = False
        if role == "heading":
            top = _catchword(run)
            if top:
                boxes += [u.text for u in run[:top]]
                run = run[top:]
            elif len(run) > MAX_LATIN_STACK:
                if not _stack_over_story(runs, k):
                    boxes += [u.text for u in run]
                    after_box = True
                    continue
                # Right over the story's text the run ends in the story's own stack
                # (headline, decks, byline): only the lines above a stack's length
                # are the box the extractor read into it.
                boxes += [u.text for u in run[:-MAX_LATIN_STACK]]
                run = run[-MAX_LATIN_STACK:]
        elif role == "body":
            run = _box_leading(run, boxes, partial(_strap_or_terms, after_box))
            if not run:
                after_box = True
                continue
        after_box = False
        story_begun = role == "body" and not all(_one_line(u) for u in run)
        out.append((role, run))
    return out


def _masthead_line(runs: list[Run]) -> bool:
    """A nameplate's date, price or issue line among the page's first lines, before its
    first story's text: a form OCR garbled past the furniture's, or a short display line
    that names a price (``15 cent. ( LE PLUS FORT TIRAGE DU NORD ) 15 cent.``). A
    sentence that names one (``Tickets cost 10 cents.``: words mostly in lower case) is
    a text's, not a masthead's."""
    for unit in islice((u for _, run in runs for u in run), MAX_PAGE_HEAD_UNITS):
        if _story_text(unit):
            return False
        if unit.layout is None or unit.layout.lines > MAX_NAMEPLATE_LINES:
            continue
        if garbled_form(unit.text) is not Form.NONE or (
            names_price(unit.text) and not mostly_lower(unit.text.split())
        ):
            return True
    return False


def _stack_over_story(runs: list[Run], k: int) -> bool:
    """Heading run ``k`` stands right over a story's running text and reads as display
    lines: a box sets rates, prices, dates and addresses, so most of its lines hold
    figures, where a headline and its decks are words (a deck's one sum aside)."""
    run = runs[k][1]
    figures = sum(1 for u in run if _HAS_FIGURE.search(u.text))
    return (
        k + 1 < len(runs)
        and _story_text(runs[k + 1][1][0])
        and figures * LINES_PER_FIGURE < len(run)
    )


def _story_text(unit: Unit) -> bool:
    """Running text of a story: body set over several lines that is not a box's terms
    or a contents list."""
    return (
        unit.role == "body"
        and unit.layout is not None
        and unit.layout.lines >= MIN_STORY_LINES
        and not is_terms_box(unit.text)
        and not reads_as_contents(unit.text)
    )


def _first_story(runs: list[Run]) -> tuple[int, int] | None:
    """The run and the unit in it where a Latin page's first story text begins."""
    for k, (_, run) in enumerate(runs):
        if any(u.cjk for u in run):
            return None
        story = next((n for n, u in enumerate(run) if _story_text(u)), None)
        if story is not None:
            return k, story
    return None


def _labelled_page_head(runs: list[Run], boxes: list[str]) -> list[Run]:
    """A Latin nameplate whose boxes carry their labels (``RÉDACTION ET
    ADMINISTRATION``, ``ABONNEMENTS``, ``TERMS OF SUBSCRIPTION``): everything above the
    first story's stack (the headline, deck and byline runs right over its body) is the
    page head, however the extractor cut its addresses, prices and names into runs."""
    top_units = islice((u for _, run in runs for u in run), MAX_PAGE_HEAD_UNITS)
    if not any(is_box_label(u.text) for u in top_units):
        # Most pages have no labelled box: one look at their top lines settles it.
        return runs
    found = _first_story(runs)
    if found is None:
        return runs
    k, story = found
    role, run = runs[k]
    if story > 0:
        head, rest = [*runs[:k], (role, run[:story])], [(role, run[story:]), *runs[k + 1 :]]
    else:
        # The story's stack: the headline, deck, byline and dateline runs right over it.
        top = k
        while top > 0 and runs[top - 1][0] != "body":
            top -= 1
        head, rest = runs[:top], runs[top:]
    head_units = [u for _, r in head for u in r]
    if len(head_units) > MAX_PAGE_HEAD_UNITS or not any(is_box_label(u.text) for u in head_units):
        # A nameplate is a few dozen lines at most: a longer run of lines before the
        # first story is the page's own short items, not its head.
        return runs
    boxes += [u.text for u in head_units]
    return rest


def _box_leading(
    run: list[Unit], boxes: list[str], belongs: Callable[[int, Unit], bool]
) -> list[Unit]:
    """Move the units at the front of ``run`` that ``belongs`` (index, unit) to the
    page head's ``boxes``; the rest of the run is returned."""
    n = 0
    while n < len(run) and belongs(n, run[n]):
        n += 1
    boxes += [u.text for u in run[:n]]
    return run[n:]


def _strap_or_terms(after_box: bool, _: int, unit: Unit) -> bool:
    """A one-line strap right under a box, or a paragraph of subscription terms. A line
    that ends at a comma (``Hi all,``) leads into the text under it: no strap."""
    strap = after_box and _one_line(unit) and not unit.text.endswith(",")
    return strap or is_terms_box(unit.text)


def _one_line(unit: Unit) -> bool:
    return unit.layout is not None and unit.layout.lines == 1
