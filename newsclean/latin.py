"""How Latin-script newspapers set their parts: dates, headline stacks, article kinds.

Pure functions on single lines or short runs of lines, for ``furniture`` and ``segment``.
Every rule comes from how English, French and German papers were typeset:

* *Dates* are written ``SEPTEMBER 17, 1911`` and ``Jan. 5, 1920`` in English, ``5 décembre
  1905`` / ``1er janvier`` in French, ``6. Januar 1894`` in German and ``6 de junio de 1917`` in
  Spanish, often after a weekday.
* *Headlines* of the period are stacked: one or more lines in capitals (``RUSSIA IN TO
  STAY.``), then decks set in upper and lower case, each line a fragment of a sentence
  (``Only Force Can Turn Her Out of`` / ``Manchuria — Personal Notes.``). A body line is
  running text in lower case, longer and with clause punctuation.
* *Kinds*: an advertisement closes with its ``Advt.`` mark (or ``Adv.``, ``Anzeige``,
  ``Annonce``) or shouts one word three times; a legal notice opens with its formula
  (``NOTICE IS HEREBY GIVEN``, ``SHERIFF'S SALE``, ``Avis``, ``Bekanntmachung``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Literal

from newsclean import regex

Kind = Literal["advertisement", "notice", "news"]

_MONTH_NAMES = {
    1: "january jan janv janvier januar jänner",
    2: "february feb febr fevr février fevrier februar feber",
    3: "march mar mars märz marz",
    4: "april apr avr avril",
    5: "may mai",
    6: "june jun juin juni",
    7: "july jul juil juillet juli",
    8: "august aug aout août",
    9: "september sep sept septembre",
    10: "october oct octobre oktober okt",
    11: "november nov novembre",
    12: "december dec déc decembre décembre dezember dez",
}
# Spanish and Italian names, for pages from those papers' mastheads and datelines.
_MONTH_NAMES_ES_IT = {
    1: "enero gennaio",
    2: "febrero febbraio",
    3: "marzo",
    4: "abril aprile",
    5: "mayo maggio",
    6: "junio giugno",
    7: "julio luglio",
    8: "agosto",
    9: "septiembre setiembre settembre",
    10: "octubre ottobre",
    11: "noviembre",
    12: "diciembre dicembre",
}
MONTHS = {
    name: number
    for table in (_MONTH_NAMES, _MONTH_NAMES_ES_IT)
    for number, names in table.items()
    for name in names.split()
}
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo".split()
)
_MONTH = "(?P<month>[A-Za-zéèûäÄÉÈÛ]{3,10})\\.?"
_YEAR = "(?P<year>1[6-9]\\d\\d|20\\d\\d)"
#: ``SEPTEMBER 17, 1911``, ``Jan. 5, 1920``.
_MONTH_DAY_YEAR = regex.compile(
    f"\\b{_MONTH} (?P<day>[0-3]?\\d)(?:st|nd|rd|th)?,?(?: ?[dD][eE])? {_YEAR}\\b"
)
#: ``5 décembre 1905``, ``1er janvier 1906``, ``6. Januar 1894``.
_DAY_MONTH_YEAR = regex.compile(
    f"\\b(?P<day>[0-3]?\\d)(?:er|\\.)?(?: de)? ?{_MONTH}(?: de)? {_YEAR}\\b"
)
_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


#: Articles, prepositions and conjunctions of English, French and German: closed word
#: classes that lead into what follows, so no sentence, paragraph or headline ends on
#: one. (Pronouns and adverbs that may close a clause are left out.)
LEADING_WORDS = frozenset(
    """a an the of to in into on onto at by for from with without about over under
    between through and or nor but as than that whose
    le la les un une des du de au aux à et ou dans sur sous par pour avec sans entre
    vers chez
    der die das den dem des ein eine einen einem einer eines und oder aber von vom zu
    zum zur mit im ins am auf für aus bei nach über unter gegen durch""".split()
)


def ends_in_leading_word(line: str) -> bool:
    """Does the line end on a word that leads into the next (``the Red Forest of the``)?"""
    words = _WORD.findall(line[-24:])
    return bool(words) and line[-1:].isalpha() and words[-1].lower() in LEADING_WORDS


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def parse_date(text: str) -> str | None:
    """The first full date in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    found: list[tuple[int, str]] = []
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        for m in pattern.finditer(text):
            month = month_number(m.group("month"))
            day = int(m.group("day"))
            if month and 1 <= day <= 31:
                found.append((m.start(), f"{m.group('year')}-{month:02d}-{day:02d}"))
                break
    return min(found)[1] if found else None


def has_weekday(text: str) -> bool:
    return any(w.lower() in WEEKDAYS for w in _WORD.findall(text))


def _letters(line: str) -> list[str]:
    return [ch for ch in line if ch.isalpha()]


#: The characters that are upper or lower case but are not letters (a combining mark,
#: Roman numerals, circled and squared letters): where none is in a line, counting the
#: cased characters counts its cased letters (checked against Unicode by a test).
CASED_NOT_LETTERS = regex.compile(
    "[\u0345\u2160-\u217f\u24b6-\u24e9"
    "\U0001f130-\U0001f149\U0001f150-\U0001f169\U0001f170-\U0001f189]"
)


def caps_share(line: str) -> float:
    """Share of the cased letters that are capitals (0 when there are none)."""
    if line.isascii() or CASED_NOT_LETTERS.search(line) is None:
        # The same counts, taken by C loops: this runs for every line of a page.
        upper = sum(map(str.isupper, line))
        lower = sum(map(str.islower, line))
        return upper / (upper + lower) if upper + lower else 0.0
    cased = [ch for ch in _letters(line) if ch.isupper() or ch.islower()]
    return sum(ch.isupper() for ch in cased) / len(cased) if cased else 0.0


# The headline tests are cached: rejoin asks them of every line in every round, as the
# line above and as the line below, and segment asks them again of its units.
@lru_cache(maxsize=4096)
def is_caps_headline(line: str) -> bool:
    """A headline line set in capitals: short, at least one word, no clause inside."""
    text = line.strip()
    # Refused by length before its words are found: rejoin asks this of paragraphs.
    if len(text) > 60:
        return False
    words = _WORD.findall(text)
    if not words or sum(len(w) for w in words) < 4:
        return False
    if caps_share(text) < 0.8:
        return False
    # A sentence inside (``. `` before more words) or a clause end is body text in caps.
    return re.search(r"[a-zA-Z]{3}[.;] +[A-Z]{2}", text) is None and not text.endswith(",")


@lru_cache(maxsize=4096)
def is_deck_line(line: str) -> bool:
    """A deck line: upper and lower case, short, most words capitalised (headline style),
    no clause of running text (at most one comma)."""
    text = line.strip()
    words = _WORD.findall(text)
    if len(words) < 1 or len(text) > 50 or text.count(",") > 1:
        return False
    if caps_share(text) >= 0.8:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= max(1, 0.5 * len(words)) and not text.endswith(",")


#: Words this long or longer are capitalised in headline case (short ones may not be).
MIN_HEADLINE_CASE_WORD = 4


@lru_cache(maxsize=4096)
def in_headline_case(line: str) -> bool:
    """Every word of four letters or more capitalised (``Tom Lawson Goes to Capital``):
    how headlines and decks are set in English. German capitalises only its nouns, so
    a line of German text is not in headline case."""
    words = [w for w in _WORD.findall(line) if len(w) >= MIN_HEADLINE_CASE_WORD]
    return bool(words) and all(w[0].isupper() for w in words)


def is_headline_case_deck(line: str) -> bool:
    """A deck line set in headline case: a short line of a headline group, not German
    text whose nouns happen to be capitalised."""
    return is_deck_line(line) and in_headline_case(line)


#: The mark that closes a paid notice: ``Advt.``, ``-Advt.``, ``— Adv.``, ``ADV.``.
_ADVT = regex.compile(r"(?:^|[\s.,;—–-])[Aa](?:dvt|DVT|dv|DV)\.?\W{0,3}$")


@cache
def _advert_label() -> re.Pattern[str]:
    """A paid notice's label opening a line (``Anzeige``, ``Advertisement``): the labels
    are a word list of ``newsclean.page``, read the first time one is looked for."""
    from newsclean.page import lexicon

    labels = lexicon.alternation(lexicon.words("advert_labels"))
    return regex.compile(f"^\\s*{labels}\\b", re.IGNORECASE)


@cache
def _notice_formula() -> re.Pattern[str]:
    """The formulas that open a legal or official notice (a word list of
    ``newsclean.page``), in any case."""
    from newsclean.page import lexicon

    formulas = lexicon.alternation(lexicon.words("notice_formulas"))
    return regex.compile(f"\\b{formulas}\\b", re.IGNORECASE)


def opens_with_advert_label(text: str) -> bool:
    return _advert_label().match(text) is not None


def names_notice_formula(text: str) -> bool:
    """The text holds a notice's formula, as printed or with its accents left off."""
    if _notice_formula().search(text) is not None:
        return True
    return not text.isascii() and _notice_formula().search(_fold(text)) is not None


def ends_advertisement(line: str) -> bool:
    """The line closes a paid notice with its ``Advt.`` mark: the end of an ad's copy,
    never a line of a headline stack."""
    return _ADVT.search(line.strip()) is not None


#: A credit set in brackets under a headline: ``[By Cable to The Tribune.]``; OCR often
#: garbles the opening bracket and the first word, so a closing bracket with no opening
#: one is enough.
_BRACKET_CLOSE = regex.compile(r"[)\]}][.,*'’\s]{0,3}$")
_OPEN_BRACKETS = "([{<"
#: The longest bracketed credit line.
MAX_BRACKETED_CREDIT = 60


def is_bracketed_credit(line: str) -> bool:
    """A short line closed by a bracket that it does not open inside (``[Special Cable
    to The Times.]``, ``\\.-~ CABLE TO THE TRIBUNE.. ]``): how papers set the credit of a
    wired story between its headline stack and its body. Position decides (``segment``)."""
    text = line.strip()
    m = _BRACKET_CLOSE.search(text)
    if m is None or len(text) > MAX_BRACKETED_CREDIT or len(_WORD.findall(text)) < 2:
        return False
    inner = text[: m.start()]
    opened = [i for i, ch in enumerate(inner) if ch in _OPEN_BRACKETS]
    # Either the whole line is in brackets, or OCR lost the opening one.
    return opened == [0] or (not opened and caps_share(inner) >= 0.5)


@lru_cache(maxsize=4096)
def is_shouted(headline: str) -> bool:
    """One word said three times (``POLAND! POLAND! POLAND!``): an advertiser's slogan,
    set as a display line of its own."""
    words = _WORD.findall(headline)
    if len(words) < 3:
        return False
    # Counted in one pass (``Counter``, lowercased by ``map``: both loops in C): a
    # paragraph repeats many words, and counting each distinct word on its own was
    # quadratic in its length.
    counts = Counter(map(str.lower, words))
    # Only where some word repeats twice.
    if len(counts) > len(words) - 2:
        return False
    # The slogan is the line: the word makes at least half of it (``the`` three times
    # in a sentence is not a slogan).
    return counts.most_common(1)[0][1] >= max(3, len(words) / 2)


def article_kind(headline: str | None, texts: Sequence[str]) -> Kind:
    """``advertisement``, ``notice`` (legal and official notices) or ``news``."""
    head = (headline or "").strip()
    body = [t.strip() for t in texts if t.strip()]
    if head and is_shouted(head):
        return "advertisement"
    if any(_ADVT.search(t) for t in body) or opens_with_advert_label(head):
        return "advertisement"
    if names_notice_formula(" ".join([head, *body[:1]])[:300]):
        return "notice"
    return "news"


def _fold(text: str) -> str:
    """Upper case without accents, for formulas printed either way."""
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text.upper()) if not unicodedata.combining(ch)
    )


#: What a paper's terms box names: subscription, its periods, and advertising rates
#: (OCR's ``Unzeigen`` for ``Anzeigen``, read through the Fraktur ``A``).
_TERMS_WORDS = regex.compile(
    r"\b(?:subscriptions?|subscribers|per (?:annum|year|month|week)|single cop(?:y|ies)"
    r"|advertising rates|abonnement(?:s|spreis)?|abonnés|un an|six mois|trois mois|annonces"
    r"|Bezugspreis|(?:viertel|halb)?jährlich|Postzeitungsliste"
    r"|[AU]nzeigen|Inserate|Insertionsgebühr|Petitzeile)\b",
    re.IGNORECASE,
)
#: A price: a sum of money in the paper's currency (``8 Mark``, ``50 Pf.``, ``10 cents``,
#: ``$6``, ``15 fr.``); OCR reads Fraktur ``Mark`` as ``Mart`` or ``Marl``.
_PRICE = regex.compile(
    r"(?:(?<!\d)\d{1,6}\s*(?:Mar[ktl]|Mk\.|Pf\.|Pfennig|cents?|centimes|fr\.|francs|sous|shillings?"
    r"|pence|d\.)(?!\w)|[$£]\s?\d)",
    re.IGNORECASE,
)
#: Distinct terms words (and prices) a terms box names at the least.
MIN_TERMS_WORDS = 3
MIN_PRICES = 2


def is_terms_box(text: str) -> bool:
    """The box of subscription and advertising terms a paper sets beside its name
    (``Bezugspreis … jährlich 8 Mark …``, ``TERMS: $6 a year …``, ``ABONNEMENTS : Un
    an …``): it names several terms and several prices."""
    words = {w.lower() for w in _TERMS_WORDS.findall(text)}
    return len(words) >= MIN_TERMS_WORDS and len(_PRICE.findall(text)) >= MIN_PRICES


#: The label of a contents list (``Inhalt:``, read by Fraktur OCR as ``Juhalt:``;
#: ``Contents``, ``Sommaire``).
_CONTENTS_LABEL = regex.compile(
    r"^(?:[IJ][nu]halt(?:sverzeichnis)?|Contents|In this issue|Sommaire|Table des matières)"
    r"\s*[:.—-]",
    re.IGNORECASE,
)
#: A contents entry's sentences are titles: this many words each on average, at most.
MAX_ENTRY_WORDS = 6
#: Where a title ends: a full stop after a word (not after an initial, a number or an
#: abbreviation of one or two letters), a closing bracket, or a dash between spaces.
_ENTRY_BREAK = regex.compile(r"(?<=[^\W\d_]{3}[.!?])\s+|(?<=[.!?]\))\s+|\s+[–—-]\s+")


def is_contents_label(text: str) -> bool:
    return _CONTENTS_LABEL.match(text.strip()) is not None


def reads_as_contents(text: str) -> bool:
    """Titles one after another (``Litteratur. Eingänge für die Bibliothek. Nachruf.``),
    not sentences of running text: short pieces between full stops and dashes."""
    pieces = [p for p in _ENTRY_BREAK.split(text.strip()) if _WORD.search(p)]
    if not pieces:
        return False
    return sum(len(_WORD.findall(p)) for p in pieces) / len(pieces) <= MAX_ENTRY_WORDS


#: The labels of the boxes in a paper's nameplate: where to write, who edits, what it
#: costs (``RÉDACTION ET ADMINISTRATION``, ``ABONNEMENTS :``, ``ANNONCES``, ``Redaktion
#: und Expedition``, ``TERMS OF SUBSCRIPTION``).
_BOX_LABEL = regex.compile(
    r"^(?:r[ée]daction|administration|abonnements?|annonces|bureaux|"
    r"redaktion|expedition|verlag|anzeigen|bezugspreis|"
    r"subscriptions?|terms(?= of subscription|\s*:)|advertising(?: rates)?|business office)"
    r"\b[^\n]{0,30}$",
    re.IGNORECASE,
)
#: A box label says at most this many words.
MAX_BOX_LABEL_WORDS = 5


def is_box_label(line: str) -> bool:
    text = line.strip()
    return len(_WORD.findall(text)) <= MAX_BOX_LABEL_WORDS and _BOX_LABEL.match(text) is not None
