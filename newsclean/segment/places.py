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
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsclean import regex
from newsclean.latin import (
    LEADING_WORDS,
    ends_advertisement,
    ends_in_leading_word,
    in_headline_case,
    is_deck_line,
    is_shouted,
    opens_with_lost_capital,
)
from newsclean.model import CAPTION as CAPTION_BLOCK
from newsclean.model import FURNITURE, Document
from newsclean.options import Options
from newsclean.page import Flag, lexicon
from newsclean.page.boxes import briefs_label, item_marker, table_cell, table_column, table_row
from newsclean.segment.captions import photo_captions_in_body
from newsclean.segment.closing_byline import closing_byline_in_capitals
from newsclean.segment.ended_short import cjk_headline_ended_short
from newsclean.segment.headlines import dash_subtitle
from newsclean.segment.model import Unit
from newsclean.segment.roles import (
    COMMAS,
    LATIN_WORD,
    MANY_LINES,
    MAX_LATIN_HEADING_LINES,
    MAX_TITLE_WORDS,
    form_rule,
    heading_but_lines,
)

#: A headline set large fits at most this share of the characters its body's column
#: holds to the line.
LARGE_TYPE_SHARE = 0.75
#: An organisation named as a story's credit runs at most this many words.
MAX_CREDIT_WORDS = 5
#: The longest line that a byline below makes a headline.
MAX_TITLE_OVER_BYLINE = 50
#: How a credit that closes a story opens: a dash, or the bracket round a name.
CLOSING_CREDIT = ("—", "–", "--", "(", "（")
#: A caption (a line over a name) and a stack (two capital lines) run this many lines.
MIN_CAPTION_AND_STACK = 4
#: ...and stands over a paragraph of at least this many printed lines.
MIN_LINES_UNDER_TITLE = 3
#: A briefs box whose label is not found shows itself by this many marked items.
MIN_UNLABELLED_ITEMS = 3


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


def _first_letter_lower(text: str) -> bool:
    """The first letter is lower case, whatever comes before it (``Flag.STARTS_LOWER``
    stops at a digit: ``75 cents`` does not start in lower case there)."""
    return next((ch for ch in text if ch.isalpha()), "").islower()


# --- rules on a unit in its place --------------------------------------------------


def _headline_set_large(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A headline set in large type wraps after a few words, so it runs more lines than
    a headline of body-size text would; a paragraph wraps at its column's measure. Words
    that read as a heading, printed on many lines clearly narrower than the body under
    them, are that body's headline (``20 dead in Hyderabad,`` / ``India flyover`` /
    ``collapse`` over a column of twice the measure)."""
    return (
        after is not None
        and unit.role == "body"
        and unit.wrapped_heading
        and after.role == "body"
        and unit.layout is not None
        and after.layout is not None
        and after.layout.lines > 1
        and unit.layout.width <= LARGE_TYPE_SHARE * after.layout.width
    )


def _deck_under_headline(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A deck under a headline reads as a sentence but belongs to the stack."""
    return (
        before is not None and unit.role == "body" and before.role == "heading" and _deck(unit.text)
    )


def _dash_subtitle(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """``——10月份中国制造业采购经理指数为50.1%…。``: a Chinese subtitle is led by a
    double dash and may be a whole sentence; set right under the headline, it is the
    group's last line (``headlines``), not the story's first paragraph."""
    return (
        before is not None
        and unit.role == "body"
        and before.role == "heading"
        and dash_subtitle(unit.text)
    )


def _deck_between_headline_and_byline(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A few lines set between a headline and a byline that opens a story (``By …``,
    ``本报记者 …``) are the stack's deck, even a whole sentence (a quotation pulled from
    the story): the story's text begins under its byline. A byline in the form that
    closes a story (``— Olena Marsh``, ``（王强）``) follows its text instead, and a
    deck begins with a capital, as a headline does."""
    return (
        before is not None
        and after is not None
        and unit.role == "body"
        and before.role == "heading"
        and after.role == "byline"
        and before.block == unit.block == after.block
        and unit.layout is not None
        and unit.layout.lines <= MAX_LATIN_HEADING_LINES
        and not after.text.startswith(CLOSING_CREDIT)
        and not _first_letter_lower(unit.text)
    )


def _short_line_over_byline(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    return (
        after is not None
        and unit.role == "body"
        and after.role == "byline"
        and _title_over_byline(unit)
    )


def _deck(line: str) -> bool:
    """A deck: one headline-style line (its words capitalised but the small ones) of at
    most one sentence; a wrapped deck rejoined is longer than a deck line."""
    if ends_advertisement(line):
        return False
    if is_deck_line(line):
        return True
    words = LATIN_WORD.findall(line)
    big = [w for w in words if w.lower() not in LEADING_WORDS]
    return (
        len(line) <= 100
        and len(big) >= 3
        and sum(w[0].isupper() for w in big) >= 0.7 * len(big)
        and line.count(". ") == 0
    )


def _caption_block(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A block the caption's photo credit marked (``markup``, ``furniture``)."""
    return unit.hint == CAPTION_BLOCK


def _latin_title_between_paragraphs(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """``Zur Jahreswende.``: a few capitalised words on a line of their own, between a
    finished paragraph (or one that announces it with a colon) and a long one, is how
    older Latin papers set a headline (with a full stop, so it reads like a sentence).
    At the top of the page, with no paragraph
    before it, as a gazette opens on its issuing office (``Ministerium des Innern.``):
    there every long word is capitalised, as a heading's are, where a short sentence
    (``Es regnet.``) leaves its verb in lower case."""
    # Its place and setting first: the words are split only of a line they leave.
    if (
        after is None
        or unit.role != "body"
        or (before is not None and before.role != "body")
        or after.role != "body"
        or (unit.layout is not None and unit.layout.lines != 1)
        or after.layout is None
        or after.layout.lines < MIN_LINES_UNDER_TITLE
    ):
        return False
    text = unit.text
    return (
        not unit.cjk
        and text[:1].isupper()
        and "," not in text
        and (
            _finished_or_announcing(before)
            if before is not None
            else Flag.HEADLINE_CASE in unit.flags
        )
        and 1 <= len(LATIN_WORD.findall(text)) <= MAX_TITLE_WORDS
    )


def _finished_or_announcing(unit: Unit) -> bool:
    """The paragraph ends a sentence, or announces what follows with a colon: no
    sentence of it runs on into the next line."""
    return unit.ends_sentence or unit.text.rstrip().endswith(":")


def _organisation_credit(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """``U.S. Geological Survey`` set apart between a headline group and a body that
    opens with its dateline: a name in headline style, a few words, no verb in lower
    case, on a line of its own is the story's credit (an agency or an organisation)."""
    if (
        before is None
        or after is None
        or unit.role != "heading"
        or before.role != "heading"
        or after.role != "body"
        or not before.block != unit.block != after.block
    ):
        return False
    text = unit.text.strip()
    words = LATIN_WORD.findall(text)
    return (
        not unit.cjk
        and after.opens_with_dateline
        and 1 <= len(words) <= MAX_CREDIT_WORDS
        and len(text) <= MAX_TITLE_OVER_BYLINE
        and not unit.ends_sentence
        and Flag.CAPS_HEADLINE not in unit.flags
        and all(w[0].isupper() or w.lower() in LEADING_WORDS for w in words)
    )


#: A person's name alone: two to four words, each capitalised (or an initial), or a
#: particle of a name (``Joseph von Eichendorff``, ``Percy Bysshe Shelley``).
_PERSON = regex.compile(
    r"^(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|[A-Z]\.)"
    r"(?: (?:von|van|der|de|da|di|du|del|la|le|[A-ZÀ-Ý][a-zà-ÿ'’-]+|[A-Z]\.)){1,3}$"
)
#: A Chinese name: a surname and one or two given characters.
MAX_CJK_NAME = 3
#: A title a name stands under says at most this many words...
MAX_TITLE_OVER_NAME = 6
#: ...or CJK characters (a poem's title; a longer line is a headline's, wrapped).
MAX_CJK_TITLE_OVER_NAME = 5


def _names_under_titles(units: list[Unit]) -> None:
    """Each author's name under its title (``_name_under_title``) is a credit (role
    ``byline``), where the title opens its headline group: under a heading line of its
    block, two capitalised words are a headline's last line (``"TALK WITH US ABOUT
    COAL"`` / ``City "Dads Hold`` / ``Regular Meeting``)."""
    for i in range(1, len(units) - 1):
        above = units[i - 2] if i >= 2 else None
        opens = above is None or above.role != "heading" or above.block != units[i - 1].block
        if opens and _name_under_title(units[i - 1], units[i], units[i + 1]):
            units[i].role = "byline"


def _name_under_title(before: Unit, unit: Unit, after: Unit) -> bool:
    """``Mondnacht`` / ``Joseph von Eichendorff`` / the poem, ``春晓`` / ``孟浩然`` / the
    poem: a person's name alone under a short title, over the text, is its author's
    credit, not the title's headline under a kicker. A name holds no capitalised
    article, preposition or conjunction (``But Not Conquered`` is a deck). The title is set in
    upper and lower case (a label in capitals over a name is a section's kicker over a
    portrait's headline) and leads nowhere (``Low Streamflow Conditions Add to`` / ``Midwest
    Drought Woes`` is one headline), nor is it a headline in headline case, its small
    words in lower case (``Maps to Show`` / ``Earthquake Hazards``); a CJK title is a
    few characters (a line of a headline wraps wider, and its tail may open with a
    surname's character, ``张区间``)."""
    if unit.role != "heading" or before.role != "heading" or after.role != "body":
        return False
    if unit.ends_sentence or before.ends_sentence:
        return False
    title, name = before.text.strip(), unit.text.strip()
    if unit.cjk:
        return (
            before.cjk
            and 2 <= len(name) <= MAX_CJK_NAME
            and name[0] in lexicon.word_set("surnames_cjk")
            and len(title) <= MAX_CJK_TITLE_OVER_NAME
        )
    return (
        _PERSON.match(name) is not None
        and not any(w[0].isupper() and w.lower() in LEADING_WORDS for w in name.split())
        and Flag.CAPS_HEADLINE not in before.flags
        and not title.isupper()
        and not ends_in_leading_word(title)
        and not (in_headline_case(title) and any(w.islower() for w in title.split()))
        and 1 <= len(LATIN_WORD.findall(title)) <= MAX_TITLE_OVER_NAME
    )


def _portrait_captions(units: list[Unit]) -> None:
    """A stack opens with its capitals. Lines in upper and lower case over a name in
    capitals that ends with its full stop (``City Official`` / ``Who Is Stricken`` /
    ``RUDOLPH ALFF.``), run into further capital lines, are a portrait's caption set
    above the story's headline: the stack begins at the next capital line."""
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].role == "heading" and units[j].block == units[i].block:
            j += 1
        run = units[i:j]
        i = max(j, i + 1)
        if len(run) < MIN_CAPTION_AND_STACK or any(u.cjk for u in run):
            continue
        caps = [Flag.CAPS_HEADLINE in u.flags for u in run]
        first = caps.index(True) if True in caps else 0
        if (
            first > 0
            and first + 1 < len(run)
            and caps[first + 1]
            and run[first].text.rstrip().endswith(".")
        ):
            for unit in run[: first + 1]:
                unit.role = "caption"


def _copy_between_display_lines(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """A line of running text between two display lines in capitals (``POLAND!
    POLAND!! POLAND!!!`` / ``Poland Water, first among nature's remedies`` /
    ``BILLY WHISKERS.``) is the copy of the display line above; the next display line
    opens the next item. A stack goes on in decks set headline style, or ends."""
    if before is None or after is None:
        return False
    return (
        unit.role == "heading"
        and before.role == "heading"
        and after.role == "heading"
        and before.block == unit.block == after.block
        and not unit.cjk
        and (before.caps_headline or is_shouted(before.text))
        and after.caps_headline
        and Flag.SENTENCE_CASE in unit.flags
    )


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


def _bracketed_credit_under_stack(before: Unit | None, unit: Unit, after: Unit | None) -> bool:
    """``[By Cable to The Tribune.]``: a bracketed line at the foot of a headline stack,
    over the body, is the story's credit, not a deck (a deck is never bracketed whole)."""
    if before is None or after is None:
        return False
    return (
        unit.role == "heading"
        and before.role == "heading"
        and before.block == unit.block
        and after.role == "body"
        and not unit.cjk
        and Flag.BRACKETED_CREDIT in unit.flags
    )


def _wrapped_title_over_byline(units: list[Unit]) -> None:
    """``More drought looming if rains do not return,`` / ``USGS warns`` / deck / byline:
    a Latin headline wrapped at its comma. The lines of one block over a byline, up to
    the block's start or a finished sentence, are that story's stack; a headline-sized
    line among them that stops at a comma is its first line, not running text."""
    for i, unit in enumerate(units):
        if unit.role != "byline":
            continue
        k = i - 1
        while k >= 0 and i - k <= MAX_LATIN_HEADING_LINES and units[k].block == unit.block:
            above = units[k]
            if above.role == "heading":
                k -= 1
                continue
            if (
                above.role == "body"
                and k < i - 1
                and not above.cjk
                and above.text.endswith(",")
                and _title_over_byline_line(above)
                and (k == 0 or units[k - 1].block != above.block or _finished(units[k - 1]))
            ):
                above.role = "heading"
            break


def _finished(unit: Unit) -> bool:
    return unit.role != "body" or unit.ends_sentence


def _title_over_byline_line(unit: Unit) -> bool:
    layout = unit.layout
    return len(unit.text) <= MAX_TITLE_OVER_BYLINE and (layout is None or layout.lines <= 1)


def _title_over_byline(unit: Unit) -> bool:
    """A short single line standing over a byline is that story's headline, even when
    it ends with a full stop (``Postmistress at Lark.``)."""
    layout = unit.layout
    return (
        len(unit.text) <= MAX_TITLE_OVER_BYLINE
        and (layout is None or layout.lines <= 1)
        and not unit.ends_clause
        and len(COMMAS.findall(unit.text)) <= 1
    )


def _briefs_boxes(units: list[Unit]) -> None:
    """A briefs box: items whose titles open with one marker (``page.boxes``), each
    over its text, under a label. Every such title on the page is an item (an extractor
    may read the box's items apart); the label over the first is the box's name
    (role ``label``). A title wrapped over more lines than a headline of running text
    has is still a title (role ``heading``). Two marked titles with no label over
    either (points of a list in a story) and a single marked title are not a box;
    three or more are, the label lost among other columns' text."""
    items: dict[str, list[int]] = {}
    for i, unit in enumerate(units):
        marker = item_marker(unit.text) if unit.role in ("heading", "body") else None
        if marker is not None and _over_its_text(units, i):
            items.setdefault(marker, []).append(i)
    for found in items.values():
        labels = [i - 1 for i in found if i > 0 and _box_label(units[i - 1])]
        if len(found) < 2 or (not labels and len(found) < MIN_UNLABELLED_ITEMS):
            continue
        for i in found:
            units[i].item = True
            units[i].role = "heading"
        for i in labels:
            units[i].role = "label"


def _over_its_text(units: list[Unit], first: int) -> bool:
    """The title on unit ``first``, with the lines it wraps onto, stands over body."""
    k = first + 1
    while (
        k < len(units)
        and k - first < MAX_LATIN_HEADING_LINES
        and units[k].role == "heading"
        and units[k].block == units[first].block
        and item_marker(units[k].text) is None
    ):
        k += 1
    return k < len(units) and units[k].role == "body" and item_marker(units[k].text) is None


def _table_cells(units: list[Unit]) -> None:
    """A short line right over a table's row or column (``天气预报``, ``WEATHER``, or the
    places read as a column apart from their rows: ``武汉 广州 哈尔滨``) is the table's
    too, and so is each such line over it in turn, up to the table's name."""
    table = False
    for unit in reversed(units):
        if unit.role == "label" and (table_row(unit.text) or table_column(unit.text)):
            table = True
        elif table and unit.role == "heading" and table_cell(unit.text):
            unit.role = "label"
        else:
            table = False


def _box_label(unit: Unit) -> bool:
    return unit.role == "heading" and not unit.item and briefs_label(unit.text)


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
