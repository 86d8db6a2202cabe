"""Table-driven cases for the Latin-script signals: dates, headline stacks, bylines,
datelines and article kinds (``newsclean.latin``, ``newsclean.page.credits``)."""

from __future__ import annotations

import pytest

from newsclean.latin import (
    LEADING_WORDS,
    article_kind,
    ends_advertisement,
    ends_before_noun,
    in_headline_case,
    is_box_label,
    is_bracketed_credit,
    is_caps_headline,
    is_contents_label,
    is_deck_line,
    is_shouted,
    is_terms_box,
    opens_with_lost_capital,
    parse_date,
    reads_as_contents,
)
from newsclean.page.credits import is_byline, starts_with_dateline
from newsclean.segment.headlines import continues_in_capitals


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("THE EVENING STAR, WASHINGTON, D. C., MONDAY, JANUARY 5, 1920.", "1920-01-05"),
        ("SALT LAKE CITY, UTAH, SUNDAY MORNING-, SEPTEMBER 17, 1911. weather", "1911-09-17"),
        ("Jan. 5, 1920", "1920-01-05"),
        ("MARDI 5 DECEMBRE 1905", "1905-12-05"),
        ("Paris, le 1er janvier 1906", "1906-01-01"),
        ("Berlin, 6. Januar 1894.", "1894-01-06"),
        ("Wien, 3. März 1910", "1910-03-03"),
        ("TUCSON, ARIZONA, MIERCOLES, JUNIO 6DE 1917", "1917-06-06"),
        ("Ayer, día 5 de Junio de 1917, llegó", "1917-06-05"),
        ("It happened in 1911, in the spring.", None),
        ("Sept. 16. John D. Rockefeller", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("line", "caps"),
    [
        ("RUSSIA IN TO STAY.", True),
        ("MINERS ENTOMBED", True),
        ("APOPLEXY STIES", True),
        ("YOUNG ROCKEFELLER .", True),
        ("L'EFFORT", True),
        ("A", False),
        ("Only Force Can Turn Her Out of", False),
        ("THE VOTE WAS TAKEN. THE HOUSE ROSE.", False),
        ("was stricken, with apoplexy at", False),
    ],
)
def test_caps_headline(line: str, caps: bool) -> None:
    assert is_caps_headline(line) is caps


@pytest.mark.parametrize(
    ("line", "deck"),
    [
        ("Only Force Can Turn Her Out of", True),
        ("Falls on Main Street and Is", True),
        ("One Former Salt Laker.", True),
        ("des députés du Nord", False),
        ("was stricken, with apoplexy at", False),
        ("City, was stricken, with apoplexy, at", False),
    ],
)
def test_deck_line(line: str, deck: bool) -> None:
    assert is_deck_line(line) is deck


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By JOHN SMITH", True),
        ("By Associated Press.", True),
        ("Bv Associated Press.", True),
        ("By Leased Wire to The Tribune, '", True),
        ("BY CABLE TO THE TRIBUNE", True),
        ("Special to The New York Times.", True),
        ("Spsclal to Tbe Tribune.", True),
        ("{Special to The New-York Tribune by Trench Cable.)", True),
        ("(DE NOTRE RÉDACTEUR PARLEMENTAIRE)", True),
        ("(Von unserem Korrespondenten)", True),
        ("By Monday, the work was done.", False),
        ("By the end of the year the city had grown.", False),
        ("Special attention was paid to the roads.", False),
    ],
)
def test_latin_bylines(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("WASHINGTON, Jan. 5 (AP) — The Senate voted", True),
        ("PARIS, 5 janvier. Le conseil", True),
        ("NEW YORK. Sept. 16. John D. Rockefeller", True),
        ("SCRANTON, Pa., Sept. 16. The strike order", True),
        ("Havana. April 30.— The law students", True),
        ("< paris, 5. — J'ai indiqué", True),
        ("TORONTO — The Thomson Corporation and", True),
        ("CAPE CANAVERAL, Fla. — The shuttle", True),
        ("VATICAN CITY (Wikinews) — Earlier today", True),
        ("BOGOTÁ, Colombia (Wikinews) — A cargo jet", True),
        ("Berlin, 6. Januar. — Die Regierung hat", True),
        ("Wien, 3. März. Der Kaiser", True),
        ("Berlin, 6. Jan. (W. T. B.) Die Regierung", True),
        ("Berlin, 6. Kapitel", False),
        # The place, its country in brackets, the date in figures, a dash.
        ("Athen (Griechenland), 06.11.2011 – Das griechische Parlament", True),
        ("Denver (Colorado) (Vereinigte Staaten), 21.07.2012 – Bei einer", True),
        ("München, 22.09.2012 – Wie jedes Jahr", True),
        ("Am 06.11.2011 – Das griechische Parlament", False),
        ("Athen (Griechenland), 06.11.2011 war ein Sonntag", False),
        ("The man — who said nothing — left", False),
        ("Then, Toronto — a city of rain", False),
        ("The man said, Jan. 5 was the day", False),
        ("Mr. Brown, May 5 is the day", False),
        ("said, Jan. 5 was the day", False),
    ],
)
def test_latin_datelines(line: str, dateline: bool) -> None:
    assert starts_with_dateline(line) is dateline


@pytest.mark.parametrize(
    ("headline", "texts", "kind"),
    [
        (
            "THE PROBLEM SOLVED.",
            ["The Pennsylvania Railroad is the short line.— Advt."],
            "advertisement",
        ),
        (
            "POLAND! POLAND:! POLAND::!",
            ["Poland Water, first among nature's remedies."],
            "advertisement",
        ),
        ("BILLY WHISKERS.", ["A Jolly Story for boys and girls.-Advt."], "advertisement"),
        ("Anzeige", ["Carl Heymanns Verlag, Berlin W."], "advertisement"),
        ("SHERIFF'S SALE", ["By virtue of a writ of execution issued out of the court."], "notice"),
        (None, ["NOTICE IS HEREBY GIVEN that the undersigned has been appointed."], "notice"),
        ("Bekanntmachung", ["Die Versammlung findet am Montag statt."], "notice"),
        ("AVIS DE DÉCÈS", ["La famille a la douleur de vous faire part."], "notice"),
        ("RUSSIA IN TO STAY.", ["London, May 1.— The discussion in Parliament failed."], "news"),
        ("MINERS ENTOMBED", ["The advertising men met in Leadville on Monday."], "news"),
    ],
)
def test_article_kind(headline: str | None, texts: list[str], kind: str) -> None:
    assert article_kind(headline, texts) == kind


@pytest.mark.parametrize(
    ("line", "ad"),
    [
        ("Bottled at the Famous Poland Spring, Me.-Advt.", True),
        ("line between New York and Chicago.— Advt.", True),
        ("The advertising men met on Monday.", False),
        ("Adv. Smith was elected.", False),
    ],
)
def test_advertisement_mark(line: str, ad: bool) -> None:
    assert ends_advertisement(line) is ad


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("[By Cable to The Tribune.]", True),
        ("\\.-~ CABLE TO THE TRIBTNF.. ]", True),
        ("(FROM A STAFF CORRESPONDENT.)", True),
        ("(Special Dispatch to The Times.)", True),
        ("the students were released (later).", False),
        ("Poland (Maine) Spring Water", False),
        ("(AP)", False),
        ("(a note on the vote, which was close, and long debated by the House.)", False),
    ],
)
def test_bracketed_credit(line: str, credit: bool) -> None:
    assert is_bracketed_credit(line) is credit


@pytest.mark.parametrize(
    ("line", "shouted"),
    [
        ("POLAND! POLAND:! POLAND::!", True),
        ("Poland: poland:: Poland:::", True),
        ("Buy! Buy! Buy! at Smith's", True),
        ("the man and the dog and the cat went to the fair", False),
        ("Poland, Poland", False),
    ],
)
def test_shouted_slogan(line: str, shouted: bool) -> None:
    assert is_shouted(line) is shouted


@pytest.mark.parametrize(
    ("text", "box"),
    [
        (
            "Bezugspreis in Deutschland (durch die Post oder im Buchhandel) jährlich 8 Mart, "
            "im Auslande jährlich 10 Marl. Unzeigen: Preis der Petitzeile 50 Pf.",
            True,
        ),
        ("TERMS OF SUBSCRIPTION: Daily, per year, $6.00; single copy, 2 cents.", True),
        ("ABONNEMENTS : Un an, 18 fr. ; six mois, 9 fr. ; trois mois, 5 fr.", True),
        # Prices in a story are not a terms box: no subscription words.
        ("Wheat sold at 90 cents and corn at 45 cents on the exchange yesterday.", False),
        # Subscription words without prices: a story about subscribers.
        ("The subscribers met to discuss the annual subscription per year.", False),
    ],
)
def test_terms_box(text: str, box: bool) -> None:
    assert is_terms_box(text) is box


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Inhalt: Zur Jahreswende.", True),
        ("Juhalt: Zur Jahreswende.", True),
        ("CONTENTS.", True),
        ("Sommaire : La semaine politique.", True),
        ("Inhalte des Vertrags wurden bekannt.", False),
        ("Contents of the ship were lost in the fire.", False),
    ],
)
def test_contents_label(line: str, label: bool) -> None:
    assert is_contents_label(line) is label


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("Litteratur. Eingänge für die Bibliothek. Nachruf.", True),
        (
            "Plantagenbetrieb in Usambara. (Mit Karte.) – Die Erschließung des Innern "
            "Deutsch-Ostafrikas. Von Leutnant Werther.",
            True,
        ),
        (
            "Vor zehn Jahren, am 1. Januar 1884, wurde die erste Nummer der Deutschen "
            "Kolonialzeitung in Frankfurt a. M. ausgegeben.",
            False,
        ),
    ],
)
def test_reads_as_contents(text: str, contents: bool) -> None:
    assert reads_as_contents(text) is contents


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("RÉDACTION ET ADMINISTRATION", True),
        ("ABONNEMENTS :->,.;", True),
        ("ANNONCES", True),
        ("Redaktion und Expedition", True),
        ("TERMS OF SUBSCRIPTION.", True),
        ("Administration officials said the plan was good.", False),
        ("TERMS OF THE TREATY", False),
    ],
)
def test_box_label(line: str, label: bool) -> None:
    assert is_box_label(line) is label


@pytest.mark.parametrize(
    ("line", "headline_case"),
    [
        ("Tom Lawson Goes to Capital", True),
        ("to Disclose Wall Street's", True),
        ("Addrc, Full of Promise of Fair Dealing", True),
        ("oder deren Raum 50 Pf.", False),
        ("the gridiron warriors of the", False),
    ],
)
def test_headline_case(line: str, headline_case: bool) -> None:
    assert in_headline_case(line) is headline_case


#: The rest of a paragraph, after its first word: English enough to tell its language.
_ENGLISH_REST = " of the young, and the duty of defense, is the first thing that the state owes."
_GERMAN_REST = (
    " anzusehen, dass die Regierung mit der Lage nicht zufrieden ist und auf das Land hofft."
)


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        # OCR read the capital as a lower-case letter, or as a speck and a letter.
        ("hducation" + _ENGLISH_REST, True),
        ("?lolili" + _ENGLISH_REST, True),
        # A word of the text's language goes on a sentence begun elsewhere.
        ("education" + _ENGLISH_REST, False),
        ("darauf" + _GERMAN_REST, False),
        # A capital, a word of another script, a text whose language is not told.
        ("Hducation" + _ENGLISH_REST, False),
        ("и жить в Нью-Йорке с Маршаллом", False),
        ("hducation ot tlie young", False),
    ],
)
def test_opens_with_lost_capital(text: str, lost: bool) -> None:
    assert opens_with_lost_capital(text) is lost


def test_only_characters_that_may_combine_are_looked_at_one_by_one() -> None:
    # Folding skips what MAY_COMBINE leaves out: no character there may be a combining
    # mark, or an accent would survive the fold.
    import sys
    import unicodedata

    from newsclean.chardata import MAY_COMBINE

    combining = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))]
    assert all(MAY_COMBINE.fullmatch(ch) for ch in combining)


@pytest.mark.parametrize(
    ("text", "formula", "name"),
    [
        ("Débâcle", "DEBACLE", "debacle"),
        ("ÉLISE", "ELISE", "elise"),
        # Each folds to the case its list is kept in: upper case spells ``ß`` ``SS``.
        ("Straße", "STRASSE", "straße"),
        # Negative: a letter that is no base and a mark keeps its spelling, and so does
        # text with no accent to drop.
        ("Øster", "ØSTER", "øster"),
        ("Œuvre", "ŒUVRE", "œuvre"),
        ("北京日报", "北京日报", "北京日报"),
    ],
)
def test_formulas_and_names_drop_accents_by_one_fold(text: str, formula: str, name: str) -> None:
    from newsclean import latin
    from newsclean.segment.closing_byline import fold_name

    assert latin._fold(text) == formula
    assert fold_name(text) == name


@pytest.mark.parametrize(
    ("text", "latin_lower", "ragged_lower"),
    [
        # Capitals on a Latin page are display type, a masthead's; inside a sentence
        # in another script they are an abbreviation.
        ("15 cent. ( LE PLUS FORT TIRAGE DU NORD ) 15 cent.", False, True),
        ("В ГОСУДАРСТВЕННОЙ ДУМЕ вчера обсудили", False, True),
        # Only ragged asks for a word in lower case: figures make no sentence.
        ("The 100 200", True, False),
        # Negative: both agree on a sentence and on a headline in title case.
        ("Tickets cost 10 cents.", True, True),
        ("The Quake In Tonga", False, False),
    ],
)
def test_the_two_mostly_lower_differ_on_capitals_on_purpose(
    text: str, latin_lower: bool, ragged_lower: bool
) -> None:
    from newsclean.latin import mostly_lower
    from newsclean.passes.rejoin.ragged import _mostly_lower

    assert mostly_lower(text.split()) is latin_lower
    assert _mostly_lower(text.split()) is ragged_lower


def test_closed_word_classes_are_one_list_each() -> None:
    """The closed word classes are data (``page/data/closed_words.txt``): every article and
    particle is a leading word; ``des`` (of the) is a German article but opens no sentence,
    and ``die``, English too, does not show a line is German."""
    from newsclean.latin import _german, articles, clause_particles

    german_articles, german_words = _german()
    assert articles() | german_articles | clause_particles() <= LEADING_WORDS
    assert {"the", "la", "einem"} <= articles()
    assert "des" in german_articles
    assert "des" not in articles()
    assert "die" in german_articles
    assert "die" not in german_words
    assert {"des", "und", "nicht"} <= german_words


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Es ist zu einem gefährlichen", True),
        ("die Kosten des neuen", True),
        ("ist für die neuen", True),
        # ``die`` with no other German word: an English verb.
        ("many old people die younger", False),
        ("Es ist zu einem Streik", False),
    ],
)
def test_a_german_line_ends_before_its_noun(line: str, expected: bool) -> None:
    assert ends_before_noun(line) is expected


@pytest.mark.parametrize(
    ("line", "next_line", "expected"),
    [
        ("NATION COULD SAVE BY", "EATING HORSE MEAT", True),
        ("MARSHAL EASLEY SHOT", "AND KILLED AT HOULKA", True),
        ("MARSHAL EASLEY SHOT", "DES MOINES MOURNS", True),
        # A line led by an article may be a sentence of its own: a deck.
        ("RUSSIA IN TO STAY", "THE KAISER REPLIES", False),
        ("L'EFFORT DU NORD", "LA CHAMBRE DÉCIDE", False),
    ],
)
def test_a_capitals_line_goes_on_unless_an_article_leads_it(
    line: str, next_line: str, expected: bool
) -> None:
    assert continues_in_capitals(line, next_line) is expected
