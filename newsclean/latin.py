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
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

from newsclean import regex
from newsclean.chardata import without_accents
from newsclean.dehyphenate import reads_as_other

if TYPE_CHECKING:
    from newsclean.page.tuning import Tuning

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
#: Words of Latin text: letters, with an apostrophe inside (``l'homme``, ``don't``).
WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


#: Articles, prepositions and conjunctions of English, French and German: closed word
#: classes that lead into what follows, so no sentence, paragraph or headline ends on
#: one. (Pronouns and adverbs that may close a clause are left out.)
LEADING_WORDS = frozenset(
    """a an the of to in into on onto at by for from with without about over under
    between through and or nor but as than that whose
    le la les un une des du de au aux à et ou en dans sur sous par pour avec sans entre
    vers chez
    der die das den dem des ein eine einen einem einer eines und oder aber von vom zu
    zum zur mit im ins am auf für aus bei nach über unter gegen durch als""".split()
)


@cache
def _closed_words() -> dict[str, frozenset[str]]:
    """The closed word classes of ``newsclean.page``'s ``data/closed_words.txt``, by
    section (``articles.en``, ``particles.de``), read the first time one is asked."""
    from newsclean.page import lexicon

    return {name: frozenset(words) for name, words in lexicon.sections("closed_words").items()}


@cache
def clause_particles() -> frozenset[str]:
    """The German leading words a main clause also ends on, as a separable verb's
    particle (``Das Parlament spricht Papandreou das Vertrauen aus``, ``Regen setzte
    ein``): a headline may end on one, where no headline ends on ``of the``."""
    return _closed_words()["particles.de"]


@cache
def articles() -> frozenset[str]:
    """The articles among the leading words: a line they lead may be a sentence of its
    own (``THE KAISER REPLIES``), where the other leading words (``AND KILLED AT…``,
    ``OF THE…``, ``DES…``) only go on with one."""
    closed = _closed_words()
    return closed["articles.en"] | closed["articles.fr"] | closed["articles.de"]


#: Leading words of some languages only, with the languages they lead in. ``en`` is the
#: French, Spanish and Dutch preposition (``la République en`` / ``Polynésie``), but in
#: German it is the commonest inflection's ending, which OCR splits off its word
#: (``Domänen UND Vort en`` for ``Forsten``, a ministry's headline): it does not lead on
#: in text that reads as another language.
LEADING_ONLY_IN = {"en": frozenset({"fr", "es", "nl"})}


#: The run of letters that ends a line; searched from :data:`_LAST_RUN_FROM` characters
#: before the end, one more than the longest leading word has.
_LAST_RUN = regex.compile(r"[^\W\d_]+\Z")
_LAST_RUN_FROM = max(map(len, LEADING_WORDS)) + 1


#: The words an English sentence opens with that a headline drops (headlinese:
#: ``Quake hits Tonga``, not ``An earthquake has hit Tonga``).
SENTENCE_ARTICLES = frozenset(("The", "A", "An"))


def sentence_opening(text: str) -> bool:
    """Words that open as an English sentence does: an article, then words mostly in
    lower case."""
    words = text.split()
    return bool(words) and words[0] in SENTENCE_ARTICLES and mostly_lower(words)


def mostly_lower(words: list[str]) -> bool:
    """The words after the first are mostly not capitalised (title case and capitals
    are a headline's)."""
    # A word in capitals counts as capitalised: on a Latin page it is display type (a
    # masthead's ``LE PLUS FORT TIRAGE``), which is what the callers tell text from.
    # ``passes.rejoin.ragged._mostly_lower`` differs on purpose: it reads lines in any
    # script, where a word in capitals inside a sentence is an abbreviation.
    capitalised = sum(word[:1].isupper() for word in words[1:])
    return 2 * capitalised < len(words) - 1


def ends_in_leading_word(line: str) -> bool:
    """Does the line end on a word that leads into the next (``the Red Forest of the``)?
    Only its last 24 characters are split into words: rejoin asks this of paragraphs."""
    # A line ending in a mark ends on no word: refused before anything is split.
    if not line[-1:].isalpha():
        return False
    # The last word is the run of letters the line ends in, or that run with the word
    # before it joined by an apostrophe (no leading word has one). So the run alone
    # must be a leading word; it is the last word unless an apostrophe precedes it.
    run = _LAST_RUN.search(line, max(0, len(line) - _LAST_RUN_FROM))
    if run is None or run.group().lower() not in LEADING_WORDS:
        return False
    if not leads_in_language(run.group().lower(), line[: run.start()]):
        return False
    if run.start() == 0 or line[run.start() - 1] not in "'’":
        return True
    return _leading_word_end()(line, WORD.findall(line[-_tuning().leading_word_window_chars :]))


@cache
def _german() -> tuple[frozenset[str], frozenset[str]]:
    """German articles (of every case and gender): in a language that capitalises its
    nouns, one followed to the line's end only by words in lower case has not reached
    its noun. And the words that show a line is German: ``die`` is an English word too,
    so after it the line must show German by another article or the like (``für die
    neuen``, not ``people die younger``)."""
    closed = _closed_words()
    german_articles = closed["articles.de"] | closed["genitive.de"]
    return german_articles, (german_articles - {"die"}) | closed["words.de"]


#: A word in lower case with an adjective's ending after an article (``gefährlichen``,
#: ``alten``, ``neuer``); the bare ``-e`` (``die neue``) is left out, as English words
#: end in it (``people die there``).
_INFLECTED = regex.compile(r"[a-zäöüß]+(?:en|em|er|es)")
_LOWER = regex.compile(r"[a-zäöüß]+")


def ends_before_noun(line: str) -> bool:
    """Does the line end inside a German noun phrase, after its article and before its
    noun: an article, then one or two words in lower case, the last with an adjective's
    ending (``…zu einem gefährlichen`` / ``Streik gekommen``, ``der sehr alten``)?
    German sets the noun in capitals, so the capital that opens the next line says
    nothing of a new sentence: the phrase leads on, as a line ending on its article
    does."""
    if not line[-1:].isalpha():
        return False
    words = line[-_tuning().leading_word_window_chars :].lower().split()
    if len(words) < 2 or not _INFLECTED.fullmatch(words[-1]):
        return False
    german_articles, german_words = _german()
    if words[-2] in german_articles:
        article = len(words) - 2
    elif len(words) >= 3 and words[-3] in german_articles and _LOWER.fullmatch(words[-2]):
        article = len(words) - 3
    else:
        return False
    return words[article] != "die" or any(w in german_words for w in words[:article])


@cache
def _leading_word_end() -> Callable[[str, Sequence[str]], bool]:
    """``describe.leading_word_end``, imported once (the page package imports this
    module): an import in the function cost a microsecond a line."""
    from newsclean.page.describe import leading_word_end

    return leading_word_end


def leads_in_language(word: str, before: str) -> bool:
    """Does the leading ``word`` (lower case) lead on after ``before``, the text it ends:
    always, unless it is a leading word of some languages only and the text reads as
    another language (:data:`LEADING_ONLY_IN`)?"""
    languages = LEADING_ONLY_IN.get(word)
    return languages is None or not reads_as_other(before, languages)


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
    return any(w.lower() in WEEKDAYS for w in WORD.findall(text))


def _letters(line: str) -> list[str]:
    return [ch for ch in line if ch.isalpha()]


#: The characters that are upper or lower case but are not letters (a combining mark,
#: Roman numerals, circled and squared letters): where none is in a line, counting the
#: cased characters counts its cased letters (checked against Unicode by a test).
CASED_NOT_LETTERS = regex.compile(
    "[\u0345\u2160-\u217f\u24b6-\u24e9"
    "\U0001f130-\U0001f149\U0001f150-\U0001f169\U0001f170-\U0001f189]"
)


#: The Latin-1 characters that are capitals, and those in lower case (``str.isupper``,
#: ``str.islower``), as bytes: ``bytes.translate`` deletes them in C, and the length lost
#: is their count.
_UPPER_LATIN_1 = bytes(i for i in range(256) if chr(i).isupper())
_LOWER_LATIN_1 = bytes(i for i in range(256) if chr(i).islower())


def caps_share(line: str) -> float:
    """Share of the cased letters that are capitals (0 when there are none)."""
    if line.isascii() or max(line) <= "\xff":
        # Most Latin lines: counted by deleting the cased bytes, six times faster than
        # asking each character (this runs for every line of a page, in several stages).
        raw = line.encode("latin-1")
        upper = len(raw) - len(raw.translate(None, _UPPER_LATIN_1))
        lower = len(raw) - len(raw.translate(None, _LOWER_LATIN_1))
        return upper / (upper + lower) if upper + lower else 0.0
    if CASED_NOT_LETTERS.search(line) is None:
        # The same counts, taken by C loops: this runs for every line of a page.
        upper = sum(map(str.isupper, line))
        lower = sum(map(str.islower, line))
        return upper / (upper + lower) if upper + lower else 0.0
    cased = [ch for ch in _letters(line) if ch.isupper() or ch.islower()]
    return sum(ch.isupper() for ch in cased) / len(cased) if cased else 0.0


# The headline tests of a bare line: ``newsclean.page.describe`` defines them on a
# line's words, split once. (Imported when first asked: the page package imports this
# module.) Cached: rejoin asks them of every line in every round, as the line above and
# as the line below, and segment asks them again of its units.
@cache
def _tuning() -> Tuning:
    from newsclean.page.tuning import TUNING

    return TUNING


@lru_cache(maxsize=4096)
def is_caps_headline(line: str) -> bool:
    """A headline line set in capitals (``describe.caps_headline``)."""
    text = line.strip()
    # Refused by length, then by its capitals, before its words are found or the test
    # imported: rejoin asks this of paragraphs, and of every line, few of them capitals.
    tuning = _tuning()
    if len(text) > tuning.capitals_headline_max_chars:
        return False
    capitals = caps_share(text)
    if capitals < tuning.capitals_share:
        return False
    from newsclean.page.describe import caps_headline

    return caps_headline(text, WORD.findall(text), capitals)


@lru_cache(maxsize=4096)
def is_deck_line(line: str) -> bool:
    """A deck line (``describe.deck_line``)."""
    from newsclean.page.describe import deck_line

    text = line.strip()
    return deck_line(text, WORD.findall(text), caps_share(text))


@lru_cache(maxsize=4096)
def in_headline_case(line: str) -> bool:
    """Every long word capitalised (``describe.headline_case``)."""
    from newsclean.page.describe import headline_case

    return headline_case(WORD.findall(line))


def is_headline_case_deck(line: str) -> bool:
    """A deck line set in headline case: a short line of a headline group, not German
    text whose nouns happen to be capitalised."""
    return is_deck_line(line) and in_headline_case(line)


#: A line's first word, after the quotes, brackets and specks before it.
_FIRST_WORD = regex.compile(r"^[^\w]*([^\W\d_]+)")


def opens_with_lost_capital(text: str) -> bool:
    """OCR read the capital that opens the text as a lower-case letter or a speck
    (``hducation`` for ``Education``, ``?lolili`` for ``John``): its first word, in
    lower-case ASCII letters, is no word of the language the text is written in (told
    by its function words; a text in no language told says nothing). A word that is one
    (``darauf``) goes on a sentence begun elsewhere."""
    first = _FIRST_WORD.match(text)
    if first is None or not first.group(1).isascii() or not first.group(1).islower():
        return False
    from newsclean.dehyphenate import language_of, zipf

    language = language_of(text)
    return language is not None and zipf(first.group(1), language) == 0


#: The mark that closes a paid notice: ``Advt.``, ``-Advt.``, ``— Adv.``, ``ADV.``.
_ADVT = regex.compile(r"(?:^|[\s.,;—–-])[Aa](?:dvt|DVT|dv|DV)\.?\W{0,3}$")
#: The mark's ``dv`` stands at most this many characters from the line's end (``dvt.``
#: and three closing marks).
_ADVT_TAIL = 7


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


@cache
def _notice_formula_lower() -> re.Pattern[str]:
    """``_notice_formula`` in lower case, matched as written: a case-blind alternation
    is tried branch by branch at every word, where the engine skips a branch whose
    first letter differs (six times faster on a line of English)."""
    from newsclean.page import lexicon

    formulas = lexicon.words("notice_formulas")
    return regex.compile(f"\\b{lexicon.alternation(tuple(f.lower() for f in formulas))}\\b")


@cache
def _folded_lower() -> dict[int, str]:
    """Each Latin-1 character as ``_fold`` leaves it, in lower case (``É`` → ``e``,
    ``ß`` → ``ss``): folding is done character by character, so a table does it."""
    return {c: _fold(chr(c)).lower() for c in range(256)}


def names_notice_formula(text: str) -> bool:
    """The text holds a notice's formula, as printed or with its accents left off."""
    if text.isascii() or max(text) <= "\xff":
        # In Latin-1, matching in any case is matching in lower case: the characters
        # that match another case-blind (``ſ``, ``İ``, the Kelvin sign) lie beyond it.
        if _notice_formula_lower().search(text.lower()) is not None:
            return True
        return (
            not text.isascii()
            and _notice_formula_lower().search(text.translate(_folded_lower())) is not None
        )
    if _notice_formula().search(text) is not None:
        return True
    return _notice_formula().search(_fold(text)) is not None


def ends_advertisement(line: str) -> bool:
    """The line closes a paid notice with its ``Advt.`` mark: the end of an ad's copy,
    never a line of a headline stack."""
    text = line.strip()
    # Looked for in the line's last characters before the pattern is tried at every
    # position: article kinds ask this of every paragraph.
    tail = text[-_ADVT_TAIL:]
    return ("dv" in tail or "DV" in tail) and _ADVT.search(text) is not None


def is_bracketed_credit(line: str) -> bool:
    """A credit set in brackets under a headline (``describe.bracketed_credit``)."""
    from newsclean.page.describe import bracketed_credit

    text = line.strip()
    return bracketed_credit(text, WORD.findall(text))


@lru_cache(maxsize=4096)
def is_shouted(headline: str) -> bool:
    """One word said three times (``describe.shouted``)."""
    return _shouted()(WORD.findall(headline))


@cache
def _shouted() -> Callable[[Sequence[str]], bool]:
    """``describe.shouted``, imported once: rejoin asks it of every Latin line."""
    from newsclean.page.describe import shouted

    return shouted


def article_kind(headline: str | None, texts: Sequence[str]) -> Kind:
    """``advertisement``, ``notice`` (legal and official notices) or ``news``."""
    head = (headline or "").strip()
    body = [t.strip() for t in texts if t.strip()]
    if head and is_shouted(head):
        return "advertisement"
    if any(map(ends_advertisement, body)) or opens_with_advert_label(head):
        return "advertisement"
    if names_notice_formula(" ".join([head, *body[:1]])[:300]):
        return "notice"
    return "news"


def _fold(text: str) -> str:
    """Upper case without accents, for formulas printed either way (the formulas are
    matched in upper case; ``segment.closing_byline.fold_name`` folds to lower case
    because the list of names is kept so)."""
    return without_accents(text.upper())


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


def names_price(text: str) -> bool:
    """The text names a sum of money (``15 cent.``, ``$6``): a price line's mark."""
    return _PRICE.search(text) is not None


def is_terms_box(text: str) -> bool:
    """The box of subscription and advertising terms a paper sets beside its name
    (``Bezugspreis … jährlich 8 Mark …``, ``TERMS: $6 a year …``, ``ABONNEMENTS : Un
    an …``): it names several terms and several prices."""
    words = {w.lower() for w in _TERMS_WORDS.findall(text)}
    tuning = _tuning()
    return (
        len(words) >= tuning.terms_box_min_words
        and len(_PRICE.findall(text)) >= tuning.terms_box_min_prices
    )


#: The label of a contents list (``Inhalt:``, read by Fraktur OCR as ``Juhalt:``;
#: ``Contents``, ``Sommaire``).
_CONTENTS_LABEL = regex.compile(
    r"^(?:[IJ][nu]halt(?:sverzeichnis)?|Contents|In this issue|Sommaire|Table des matières)"
    r"\s*[:.—-]",
    re.IGNORECASE,
)
#: Where a title ends: a full stop after a word (not after an initial, a number or an
#: abbreviation of one or two letters), a closing bracket, or a dash between spaces.
_ENTRY_BREAK = regex.compile(r"(?<=[^\W\d_]{3}[.!?])\s+|(?<=[.!?]\))\s+|\s+[–—-]\s+")


def is_contents_label(text: str) -> bool:
    return _CONTENTS_LABEL.match(text.strip()) is not None


def reads_as_contents(text: str) -> bool:
    """Titles one after another (``Litteratur. Eingänge für die Bibliothek. Nachruf.``),
    not sentences of running text: short pieces between full stops and dashes."""
    pieces = [p for p in _ENTRY_BREAK.split(text.strip()) if WORD.search(p)]
    if not pieces:
        return False
    words = sum(len(WORD.findall(p)) for p in pieces)
    return words / len(pieces) <= _tuning().contents_entry_max_words


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


def is_box_label(line: str) -> bool:
    text = line.strip()
    # The anchored label first: it fails at once on nearly every line.
    return (
        _BOX_LABEL.match(text) is not None
        and len(WORD.findall(text)) <= _tuning().box_label_max_words
    )
