"""``describe``: the one place a line's predicates run.

A line is described once, from its text alone: script, width, flags and the form it
reads as wherever it stands (the form when first asked). Words are split once; the
Latin facts (capitals, headline case, decks, prose) are asked only of Latin lines and
the CJK facts (kinsoku marks, two-part headings, run-in credits) only of CJK lines.
What depends on the page around the line (indentation against the page's habit, the
column it falls short of, header and footer forms) is added by ``Page`` after every
line is described.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsclean import regex
from newsclean.chardata import (
    CJK,
    CJK_CLOSE,
    CJK_PUNCT,
    RUNNING_CJK_MARK,
    display_width,
    ends_sentence,
    has_cjk,
    mark_before,
)
from newsclean.dehyphenate import LINE_END_MARK
from newsclean.latin import (
    LEADING_WORDS,
    WORD,
    caps_share,
    ends_advertisement,
    is_box_label,
    is_contents_label,
    leads_in_language,
    names_notice_formula,
    opens_with_advert_label,
)
from newsclean.page import credits
from newsclean.page.credits import CAPTION_CREDIT, split_credit
from newsclean.page.flags import Flag
from newsclean.page.forms import Form, form_anywhere, is_end_mark
from newsclean.page.release_credits import closes_with_release_credit
from newsclean.page.tuning import TUNING, Tuning
from newsclean.patterns import compiled

_HAS_LATIN = regex.compile(r"[A-Za-z\u00c0-\u024f]")
#: CJK clause marks (and the enumeration comma), and a clause mark after a letter of
#: any alphabet (Latin, Cyrillic, Greek, Arabic, Hebrew…): running text.
_CJK_CLAUSE = RUNNING_CJK_MARK
#: The clause and sentence marks of alphabetic scripts: the Latin ones (Cyrillic and
#: Greek set them too), and those of scripts that set their own: the Arabic comma,
#: semicolon and question mark and the Urdu full stop, the danda and double danda, the
#: Ethiopic comma, semicolon and full stop, the Armenian comma and full stop, the Myanmar
#: section marks.
_CLAUSE_MARKS = ",.;:!?،؛؟۔।॥፣፤።՝։၊။"
# The mark first, the letter before it looked behind for: the search skips to the next
# mark, where a letter first was tried at every letter of the line (a line with no
# clause is read to its end).
_LETTER_CLAUSE = regex.compile(f"[{_CLAUSE_MARKS}](?<=[^\\W\\d_][{_CLAUSE_MARKS}])[\"'”’)]?(?: |$)")
#: A clause mark wherever it stands, for the words a combining mark ends.
_CLAUSE_MARK = regex.compile(f"[{_CLAUSE_MARKS}][\"'”’)]?(?: |$)")
_ENDS_CLAUSE = regex.compile("[，、：:,]$")
#: The longest match of ``_ENDS_CLAUSE``: one mark.
_ENDS_CLAUSE_CHARS = 1
#: Spaces beside CJK text are justification: they take no room of their own.
# The second form starts only at the first space of a run: from every space of a long
# run not followed by CJK it read the run to its end (quadratic). Same matches.
_JUSTIFICATION_SPACE = regex.compile(f"(?<=[{CJK}{CJK_PUNCT}]) +|(?<! ) ++(?=[{CJK}{CJK_PUNCT}])")
_HAS_CJK_PUNCT = regex.compile(f"[{CJK_PUNCT}]")
#: What a justification space stands beside.
_BESIDE_JUSTIFICATION = regex.compile(f"[{CJK}{CJK_PUNCT}]")
#: Words as segment counts them: runs of Latin letters.
_LATIN_WORD = regex.compile(r"[A-Za-z\u00c0-\u024f]+")
#: Words as reorder counts them: a letter, then word characters and inner marks.
_PROSE_WORD = regex.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_INSIDE_CAPS = regex.compile(r"[a-zA-Z]{3}[.;] +[A-Z]{2}")
_INNER_SENTENCE = regex.compile(r"[a-z]{2}[.!?][\"'”’]? +[A-Z]")
_BRACKET_CLOSE = regex.compile(r"[)\]}][.,*'’\s]{0,3}$")
_TWO_PART = regex.compile(f"[{CJK}] +[{CJK}]")
_LIST_MARKER = regex.compile(
    r"^(?:[•▪●○◆■□]\s*|[-–*]\s+|\(?\d{1,3}[.)]\s+|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}、)"
)
_TABLE_GAP = regex.compile(r"\S(?: {3,}|\t)(?=\S)")
#: Characters a CJK line may not start with, or end with (kinsoku shori): its closing
#: brackets and quotes, clause marks, the ellipsis and the percent sign after a number.
#: The one such set: ``passes.headrows`` reads it too.
NO_LINE_START = frozenset(CJK_CLOSE + "，。、；：？！…%")
NO_LINE_END = frozenset("（「『【《〈〔“‘")
_PAIRS = (("（", "）"), ("(", ")"), ("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"))
_OPENING = regex.compile("[（(“「『《]")
_DASHES = ("——", "—", "--")
_DOTTED_ABBREVIATION = regex.compile(r"(?<![^\W\d_])(?:[a-z]\.){2,}$")
#: What a word broken at the line end ends with (``dehyphenate.LINE_END_MARK``).
_HYPHEN_MARKS = frozenset("-\u00ad¬=⸗")
_OPEN_BRACKETS = "([{<"


class _Bit:
    """The flags' bits as plain ints: an enum operation costs about a microsecond, and
    a line sets a dozen flags. ``describe`` makes one ``Flag`` of them at the end."""

    CJK = Flag.CJK.value
    LATIN = Flag.LATIN.value
    RUNNING = Flag.RUNNING.value
    PROSE = Flag.PROSE.value
    SENTENCE_CASE = Flag.SENTENCE_CASE.value
    LOWER_CONTENT = Flag.LOWER_CONTENT.value
    INNER_SENTENCE = Flag.INNER_SENTENCE.value
    ENDS_SENTENCE = Flag.ENDS_SENTENCE.value
    ENDS_CLAUSE = Flag.ENDS_CLAUSE.value
    STARTS_LOWER = Flag.STARTS_LOWER.value
    CAPITALS = Flag.CAPITALS.value
    CAPS_HEADLINE = Flag.CAPS_HEADLINE.value
    SHOUTED = Flag.SHOUTED.value
    HEADLINE_CASE = Flag.HEADLINE_CASE.value
    DECK = Flag.DECK.value
    UNCLOSED = Flag.UNCLOSED.value
    NO_LINE_START = Flag.NO_LINE_START.value
    NO_LINE_END = Flag.NO_LINE_END.value
    HYPHEN_END = Flag.HYPHEN_END.value
    LEADING_WORD_END = Flag.LEADING_WORD_END.value
    DATELINE_START = Flag.DATELINE_START.value
    BRACKETED_CREDIT = Flag.BRACKETED_CREDIT.value
    ADVERT_END = Flag.ADVERT_END.value
    ADVERT_LABEL = Flag.ADVERT_LABEL.value
    NOTICE_FORMULA = Flag.NOTICE_FORMULA.value
    CAPTION_CREDIT = Flag.CAPTION_CREDIT.value
    DASH_LED = Flag.DASH_LED.value
    TWO_PART = Flag.TWO_PART.value
    LIST_MARKER = Flag.LIST_MARKER.value
    TABLE = Flag.TABLE.value


@dataclass(slots=True)
class Described:
    """What ``describe`` finds in one line, before the page around it is known."""

    text: str
    indent_cells: int
    width_cells: int
    flags: Flag
    #: Share of capitals among the cased letters (0 with none).
    capitals: float
    #: Latin words (empty for CJK lines).
    words: tuple[str, ...]
    #: Two spaces or a tab open the line (what marks an indent before the page decides).
    indent_mark: bool
    #: What the form is read with, when first asked (see ``form``).
    tuning: Tuning = field(default=TUNING, repr=False, compare=False)
    byline_patterns: tuple[str, ...] = field(default=(), repr=False, compare=False)
    _form: Form | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def form(self) -> Form:
        """The form the line reads as wherever it stands (``Form.NONE`` if none). Read
        when first asked: a stage that asks only the flags (segment, of its short
        units) is spared the form patterns, a quarter of a Latin line's description."""
        if self._form is None:
            self._form = _form_of(self)
        return self._form


def running(text: str, cjk: bool) -> bool:
    """Running text by its punctuation: a CJK clause mark, a clause mark after a
    letter of any alphabet (not asked of CJK lines; verse in a cased script is told by
    its capitals, ``rejoin.verse``), or a CJK credit run into its story's first words
    (本报讯（记者 贺倩）由于美国)."""
    if not cjk and _letter_clause(text):
        # Asked first of a line not CJK: its first comma answers, where the search for a
        # CJK mark read a paragraph that holds a curly quote or a dash to its end.
        return True
    return (
        # An ASCII line holds no CJK mark: told by a flag of the string, not a search.
        (not text.isascii() and _CJK_CLAUSE.search(text) is not None)
        or (cjk and split_credit(text) is not None)
    )


def _letter_clause(text: str) -> bool:
    """A clause mark after a word: after a letter, or after the combining mark that ends
    a word of an Indic script, Arabic with harakat or Hebrew with points (a vowel sign is
    no letter to ``\\w``, and most Hindi, Tamil and Bengali words end with one)."""
    if _LETTER_CLAUSE.search(text) is not None:
        return True
    return not text.isascii() and any(
        mark_before(text, clause.start()) for clause in _CLAUSE_MARK.finditer(text)
    )


def width_cells(text: str, cjk: bool) -> int:
    """Display width in cells, the justification spaces beside CJK text left out."""
    # The substitution tries every position of a long Latin paragraph: asked only of a
    # line with a space and what a justification space stands beside.
    if " " not in text or text.isascii():
        return display_width(text)
    if cjk:
        return display_width(_JUSTIFICATION_SPACE.sub("", text))
    if _HAS_CJK_PUNCT.search(text) is None:
        return display_width(text)
    # A Latin line with a CJK mark (``“``, ``’``, ``—``): the few marks are found, and
    # the spaces beside them counted, where the substitution tried every position.
    return display_width(text) - _justification_spaces(text)


def _justification_spaces(text: str) -> int:
    """How many spaces ``_JUSTIFICATION_SPACE`` takes out of ``text``: every run of
    spaces with a CJK character or mark on either side (spaces take one cell each)."""
    removed = 0
    # Spaces before this offset are counted: the run after one mark is the run before
    # the next when only spaces stand between them.
    counted = 0
    end = len(text)
    for mark in _BESIDE_JUSTIFICATION.finditer(text):
        before = at = mark.start()
        while before > counted and text[before - 1] == " ":
            before -= 1
        after = mark.end()
        while after < end and text[after] == " ":
            after += 1
        removed += at - before + after - mark.end()
        counted = after
    return removed


def starts_lower(text: str) -> bool:
    """The first letter is lower case (after any opening quote or bracket; a digit
    first is not)."""
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def unclosed(text: str) -> bool:
    """An opening bracket or quote whose closing one is on a later line."""
    # One search says whether there is an opening mark at all (most lines have none).
    return _OPENING.search(text) is not None and any(
        o in text and text.count(o) > text.count(c) for o, c in _PAIRS
    )


def ends_in_abbreviation(text: str) -> bool:
    """The text ends on an abbreviation of dotted lower-case letters (``7 p.m.``,
    ``e.g.``): its stop ends no sentence where the next line goes on in lower case."""
    return _DOTTED_ABBREVIATION.search(text) is not None


def closes_earlier(text: str) -> bool:
    """A closing bracket or quote whose opening one is on an earlier line."""
    return any(c in text and text.count(c) > text.count(o) for o, c in _PAIRS)


def two_part(text: str) -> bool:
    """CJK text in two parts around a space (``上控风险 下稳需求``): a heading's form."""
    return _TWO_PART.search(text) is not None


def dash_led(text: str) -> bool:
    """Led by a dash (``——加快提升…``): a subtitle's form."""
    return text.startswith(_DASHES)


def hyphen_end(text: str) -> bool:
    """A word broken at the line end by a hyphen-like mark (``infor-``)."""
    # Only a hyphen-like last mark can end the pattern: asked first, it spares a search
    # of the whole line (a paragraph, once rejoin has joined it). The pattern matches
    # there if and only if the character before the mark is one of its word's: a
    # search from that character says so without reading the words before it (each a
    # failed start of the pattern, read to its end).
    return (
        text[-1:] in _HYPHEN_MARKS and LINE_END_MARK.search(text, max(len(text) - 2, 0)) is not None
    )


def caption_credit(text: str) -> bool:
    """A photographer's credit ends the line (``新华社记者 王强 摄``), or the bracketed
    credit of a photo closes its caption's sentence (``… at the site. (AP)``), or the bare
    credit of who released the picture does (``现场画面。新华社发``)."""
    # The credit ends in 摄: without one the search (tried at every space) is spared.
    return (
        (("摄" in text or "攝" in text) and CAPTION_CREDIT.search(text) is not None)
        or credits.closes_with_picture_credit(text)
        or closes_with_release_credit(text)
    )


def has_clause_mark(text: str) -> bool:
    """A CJK clause mark (``，。；、！？``) anywhere in the line."""
    return _CJK_CLAUSE.search(text) is not None


def ends_clause(text: str) -> bool:
    """``Flag.ENDS_CLAUSE`` of a stripped line, for a stage that needs no other fact.
    Searched at the line's end only: CJK text sets its clause marks all through a
    paragraph, and the search tried the end anchor at each."""
    return regex.ends_with(_ENDS_CLAUSE, text, _ENDS_CLAUSE_CHARS)


def inner_sentence(text: str) -> bool:
    """``Flag.INNER_SENTENCE`` of a Latin line, for a stage that needs no other fact."""
    return _INNER_SENTENCE.search(text) is not None


def indent_cells(raw: str) -> int:
    """Width of the line's leading white space: a space one cell, an ideographic space
    two, a tab four."""
    n = 0
    for ch in raw:
        if ch == " ":
            n += 1
        elif ch == "\u3000":
            n += 2
        elif ch == "\t":
            n += 4
        else:
            break
    return n


def describe(raw: str, tuning: Tuning = TUNING, byline_patterns: tuple[str, ...] = ()) -> Described:
    """Describe one line (``raw``, with its indentation)."""
    text = raw.strip()
    cjk = has_cjk(text)
    flags = 0
    words: tuple[str, ...] = ()
    if cjk:
        flags |= _Bit.CJK | _cjk_flags(text)
    elif _HAS_LATIN.search(text) is not None:
        words = tuple(WORD.findall(text))
        flags |= _Bit.LATIN
    capitals = caps_share(text)
    if flags & _Bit.LATIN:
        flags |= _latin_flags(text, words, capitals, tuning)
    flags |= _flags_of(text, _SHARED_TESTS)
    if running(text, cjk):
        flags |= _Bit.RUNNING
    return Described(
        text=text,
        indent_cells=indent_cells(raw),
        width_cells=width_cells(text, cjk),
        flags=Flag(flags),
        capitals=capitals,
        words=words,
        indent_mark=raw.startswith(("  ", "\t")),
        tuning=tuning,
        byline_patterns=byline_patterns,
    )


def _form_of(line: Described) -> Form:
    text = line.text
    if not text:
        return Form.NONE
    form = form_anywhere(text, line.capitals, line.tuning)
    if form is Form.NONE:
        latin = bool(line.flags.value & _Bit.LATIN)
        form = _story_form(text, latin, line.tuning, line.byline_patterns)
    return form


# --- Latin headline tests, on a stripped line's ``WORD`` words and its caps_share ---
# (``latin``'s ``is_caps_headline``, ``is_deck_line``... ask these of a bare line)


def caps_headline(
    text: str, words: Sequence[str], capitals: float, tuning: Tuning = TUNING
) -> bool:
    """A headline line set in capitals: short, at least one word, no clause inside."""
    return (
        bool(words)
        and len(text) <= tuning.capitals_headline_max_chars
        and sum(map(len, words)) >= tuning.capitals_headline_min_letters
        and capitals >= tuning.capitals_share
        # A sentence inside (``. `` before more words) or a clause end is body text.
        and _SENTENCE_INSIDE_CAPS.search(text) is None
        and not text.endswith(",")
    )


def deck_line(text: str, words: Sequence[str], capitals: float, tuning: Tuning = TUNING) -> bool:
    """A deck line: upper and lower case, short, most words capitalised (headline
    style), no clause of running text (at most one comma)."""
    return (
        bool(words)
        and len(text) <= tuning.deck_max_chars
        and text.count(",") <= tuning.deck_max_commas
        and capitals < tuning.capitals_share
        and sum(w[0].isupper() for w in words) >= max(1, tuning.deck_capitalised_share * len(words))
        and not text.endswith(",")
    )


def headline_case(words: Sequence[str], tuning: Tuning = TUNING) -> bool:
    """Every word of four letters or more capitalised (``Tom Lawson Goes to Capital``):
    how headlines and decks are set in English. German capitalises only its nouns, so
    a line of German text is not in headline case."""
    long_words = [w for w in words if len(w) >= tuning.headline_case_min_word_chars]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def shouted(words: Sequence[str], tuning: Tuning = TUNING) -> bool:
    """One word said three times (``POLAND! POLAND! POLAND!``): an advertiser's
    slogan, set as a display line of its own."""
    if len(words) < tuning.shouted_min_repeats:
        return False
    lowered = [*map(str.lower, words)]
    # Only where some word repeats twice: told by a set, cheaper to build than the
    # counts (rejoin asks this of every Latin line, and few repeat a word at all).
    if len(set(lowered)) > len(words) - 2:
        return False
    # Counted in one pass (``Counter``): a paragraph repeats many words, and counting
    # each distinct word on its own was quadratic in its length.
    counts = Counter(lowered)
    # The slogan is the line: the word makes at least half of it (``the`` three times
    # in a sentence is not a slogan).
    return counts.most_common(1)[0][1] >= max(
        tuning.shouted_min_repeats, tuning.shouted_min_share * len(words)
    )


def leading_word_end(text: str, words: Sequence[str]) -> bool:
    """The line ends on a word that leads into the next (``the Red Forest of the``), in
    the line's language (``latin.leads_in_language``)."""
    if not (words and text[-1:].isalpha()):
        return False
    last = words[-1].lower()
    return last in LEADING_WORDS and leads_in_language(last, text[: len(text) - len(last)])


def _story_form(text: str, latin: bool, tuning: Tuning, byline_patterns: tuple[str, ...]) -> Form:
    """Forms of lines that belong to a story without being its running text (the box
    and contents labels are Latin words)."""
    if is_end_mark(text):
        return Form.END_MARK
    if len(text) <= tuning.byline_max_chars and (
        credits.byline_match(text) or credits.is_dateline_only(text)
    ):
        return Form.BYLINE
    if byline_patterns and any(p.search(text) for p in compiled(byline_patterns, "byline")):
        return Form.BYLINE
    if credits.is_dateline_alone(text):
        return Form.DATELINE
    if credits.is_caption(text):
        return Form.CAPTION
    if latin and is_box_label(text):
        return Form.BOX_LABEL
    if latin and is_contents_label(text):
        return Form.CONTENTS_LABEL
    return Form.NONE


def _table(text: str) -> bool:
    """Columns set apart by runs of spaces or tabs, twice in the line."""
    return len(_TABLE_GAP.findall(text)) >= TUNING.table_min_gaps


#: Facts of either script: sentence and clause ends, first letter, brackets; each a test
#: of the stripped line and the flag it sets.
_SHARED_TESTS: tuple[tuple[Callable[[str], object], int], ...] = (
    (ends_sentence, _Bit.ENDS_SENTENCE),
    (ends_clause, _Bit.ENDS_CLAUSE),
    (starts_lower, _Bit.STARTS_LOWER),
    (unclosed, _Bit.UNCLOSED),
    (credits.starts_with_dateline, _Bit.DATELINE_START),
    (caption_credit, _Bit.CAPTION_CREDIT),
    (dash_led, _Bit.DASH_LED),
    (_LIST_MARKER.match, _Bit.LIST_MARKER),
    (_table, _Bit.TABLE),
)
#: Facts of a Latin line's text that need not its words: a broken word, a sentence
#: inside, an advertisement's end or label, a notice's formula.
_LATIN_TEXT_TESTS: tuple[tuple[Callable[[str], object], int], ...] = (
    (hyphen_end, _Bit.HYPHEN_END),
    (_INNER_SENTENCE.search, _Bit.INNER_SENTENCE),
    (ends_advertisement, _Bit.ADVERT_END),
    (opens_with_advert_label, _Bit.ADVERT_LABEL),
    (names_notice_formula, _Bit.NOTICE_FORMULA),
)


def _flags_of(text: str, tests: tuple[tuple[Callable[[str], object], int], ...]) -> int:
    flags = 0
    for test, bit in tests:
        if test(text):
            flags |= bit
    return flags


def _cjk_flags(text: str) -> int:
    flags = 0
    if text[:1] in NO_LINE_START:
        flags |= _Bit.NO_LINE_START
    if text[-1:] in NO_LINE_END:
        flags |= _Bit.NO_LINE_END
    if two_part(text):
        flags |= _Bit.TWO_PART
    return flags


def _latin_flags(text: str, words: tuple[str, ...], capitals: float, tuning: Tuning) -> int:
    """Facts asked only of Latin lines, from the words split once."""
    flags = 0
    if capitals >= tuning.capitals_share:
        flags |= _Bit.CAPITALS
    if caps_headline(text, words, capitals, tuning):
        flags |= _Bit.CAPS_HEADLINE
    if deck_line(text, words, capitals, tuning):
        flags |= _Bit.DECK
    if headline_case(words, tuning):
        flags |= _Bit.HEADLINE_CASE
    if shouted(words, tuning):
        flags |= _Bit.SHOUTED
    if leading_word_end(text, words):
        flags |= _Bit.LEADING_WORD_END
    flags |= _flags_of(text, _LATIN_TEXT_TESTS)
    if bracketed_credit(text, words, tuning):
        flags |= _Bit.BRACKETED_CREDIT
    flags |= _copy_flags(text, capitals, tuning)
    return flags


def _copy_flags(text: str, capitals: float, tuning: Tuning) -> int:
    """How a Latin line reads as copy: prose, sentence case, content words in lower case."""
    flags = 0
    if (
        capitals < tuning.prose_max_capitals_share
        and len(_PROSE_WORD.findall(text)) >= tuning.prose_min_words
    ):
        flags |= _Bit.PROSE
    latin_words = _LATIN_WORD.findall(text)
    first = next((ch for ch in text if ch.isalpha()), "")
    if (
        len(latin_words) >= tuning.sentence_case_min_words
        and first.isupper()
        and sum(w[0].isupper() for w in latin_words)
        < tuning.sentence_case_max_capitalised_share * len(latin_words)
    ):
        flags |= _Bit.SENTENCE_CASE
    # Counted until there are enough: a line of prose has them in its first words.
    needed = tuning.lower_content_min_words
    for w in latin_words:
        if needed <= 0:
            break
        if (
            w[0].islower()
            and len(w) >= tuning.lower_content_min_word_chars
            and w.lower() not in LEADING_WORDS
        ):
            needed -= 1
    if needed <= 0:
        flags |= _Bit.LOWER_CONTENT
    return flags


def bracketed_credit(text: str, words: Sequence[str], tuning: Tuning = TUNING) -> bool:
    """A short line closed by a bracket that it does not open inside (``[Special Cable
    to The Times.]``, ``\\.-~ CABLE TO THE TRIBUNE.. ]``): how papers set the credit of a
    wired story between its headline stack and its body; OCR often loses the opening
    bracket. Position decides (``segment``)."""
    m = _BRACKET_CLOSE.search(text)
    if m is None or len(text) > tuning.bracketed_credit_max_chars:
        return False
    if len(words) < tuning.bracketed_credit_min_words:
        return False
    inner = text[: m.start()]
    opened = [i for i, ch in enumerate(inner) if ch in _OPEN_BRACKETS]
    return opened == [0] or (
        not opened and caps_share(inner) >= tuning.bracketed_credit_capitals_share
    )
