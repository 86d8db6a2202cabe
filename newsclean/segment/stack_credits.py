"""Place rules for the credit set in or under a headline stack: an organisation's name
in headline style between the headline group and a body that opens with its dateline, a
bracketed line at the stack's foot (``[By Cable to The Tribune.]``), and a person's
name alone under a short title that opens its headline group, over the text (a poem's
poet), are the story's credit (role ``byline``)."""

from __future__ import annotations

from newsclean import regex
from newsclean.latin import LEADING_WORDS, ends_in_leading_word, in_headline_case
from newsclean.page import Flag, lexicon
from newsclean.segment.headline_stacks import MAX_TITLE_OVER_BYLINE
from newsclean.segment.model import Unit
from newsclean.segment.roles import LATIN_WORD

#: An organisation named as a story's credit runs at most this many words.
MAX_CREDIT_WORDS = 5


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
