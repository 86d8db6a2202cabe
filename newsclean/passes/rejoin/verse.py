"""Verse keeps its lines (see the package docstring): CJK lines of one width ending at
clause marks, lines of a cased script (Latin, Cyrillic, Greek) that end at marks in runs
(opening with capitals, or going on in lower case after clause marks), and stanzas told
by their capitals; each kept only where its lines stop short of the page's columns."""

from __future__ import annotations

import itertools

from newsclean import regex
from newsclean.chardata import ENDS_LATIN_SENTENCE
from newsclean.latin import LEADING_WORDS, WORD
from newsclean.passes.rejoin.apart import _printed_line, ends_clause_or_dash
from newsclean.passes.rejoin.lines import FULL, Columns, Line

#: A line of verse ends at a clause or sentence mark (and the quote closing there).
_VERSE_END = regex.compile("[，。！？；：、][”’」』]?$")
#: The longest match of ``_VERSE_END``, in characters.
_VERSE_END_CHARS = 2
#: Verse lines come in runs this long. A couplet may stand alone between blank lines
#: when its lines are as short as classical verse (seven characters and a mark, in
#: cells): two lines of prose can be as wide as each other and end at marks.
MIN_VERSE_LINES = 3
LONGEST_COUPLET_LINE = 16
#: The lines of a run of verse differ in width by one character at most, in cells
#: (new verse alternates lines of seven and eight: ``轻轻的我走了，`` / ``正如我轻轻的来；``);
#: wrapped prose fills its column to the same width. A couplet alone is one width.
VERSE_WIDTH_SPREAD = 2


def _verse_candidates(lines: list[Line], cjk: bool = True) -> list[list[Line]]:
    """Runs of lines that may be verse: CJK lines of one width (give or take a
    character, ``VERSE_WIDTH_SPREAD``), each ending at a clause mark. Wrapped prose
    ends its lines wherever the column ends, so a run of them ending at marks is rare;
    it is also as wide as its column, which ``_mark_verse`` asks next (with the page's
    columns measured without these). ``cjk``: whether any of the lines is CJK (a Latin
    block is spared the CJK runs)."""
    if not cjk:
        return _latin_verse_candidates(lines)
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in [*lines, None]:
        # Whether the line may be verse is asked once: a line too wide for the run
        # before it starts the next one.
        ends = (
            line is not None
            and line.cjk
            and _printed_line(line)
            and regex.ends_with(_VERSE_END, line.text, _VERSE_END_CHARS)
        )
        if (
            ends
            and line is not None
            and (not run or abs(line.width - run[0].width) <= VERSE_WIDTH_SPREAD)
        ):
            run.append(line)
            continue
        if run:
            couplet = (
                len(run) == 2 == len(lines)
                and run[0].width <= LONGEST_COUPLET_LINE
                and abs(run[0].width - run[1].width) <= 1
            )
            if len(run) >= MIN_VERSE_LINES or couplet:
                runs.append(run)
        run = [line] if ends and line is not None else []
    return runs + _latin_verse_candidates(lines)


#: A line of verse in a script with case opens with a capital (after a quote or
#: bracket): Latin, Cyrillic, Greek, Armenian, Georgian Mtavruli alike.
_CAPITAL_START = regex.compile(r"^[\"'“‘(«„]?[^\W\d_]")


def _opens_capital(text: str) -> bool:
    """``text`` opens with a capital letter, of any script with case."""
    start = _CAPITAL_START.match(text)
    return start is not None and start.group()[-1].isupper()


#: A line of verse ends where a phrase ends, at a mark or a dash (``for Death –``,
#: ``Gesicht? –``); wrapped prose, anywhere.
_LATIN_VERSE_END = regex.compile(r"(?:[,;:.!?]|[,;:.!?]? [–—]|—)[\"'”’)]?$")
#: The longest match of ``_LATIN_VERSE_END``, in characters (a mark, a space, a dash,
#: a quote).
_LATIN_VERSE_END_CHARS = 4
#: No line of verse is longer, in characters (a long line is prose).
LONGEST_VERSE_LINE = 60
#: Latin verse comes in runs this long (a quatrain; three capitals in a row are
#: common enough in prose).
MIN_LATIN_VERSE_LINES = 4


def _ends_phrase(text: str) -> bool:
    """``_LATIN_VERSE_END`` searched where its match can start."""
    return regex.ends_with(_LATIN_VERSE_END, text, _LATIN_VERSE_END_CHARS)


def _latin_verse_candidates(lines: list[Line]) -> list[list[Line]]:
    """Runs of Latin lines that may be verse: each opens with a capital, as a line of
    verse does wherever its sentence stands, and ends at a mark or a dash (a phrase ends
    with the line), and none is set in capitals (a headline stack) or broken by a hyphen.
    Capitals alone say little (German capitalises its nouns), and a line of wrapped
    prose ends at a mark by chance: four such lines in a row are not chance. Whether
    they stop short of the column is asked next, as for CJK verse."""
    runs: list[list[Line]] = []
    if len(lines) < MIN_LATIN_VERSE_LINES:
        return runs
    # Every line of a run of either kind is a phrase line (a run of capitals is
    # kept only where each ends a phrase): a block without four of them in a row, as
    # most blocks of prose are, holds neither, and its lines are asked nothing more.
    phrases = [_phrase_line(line) for line in lines]
    if not _in_a_row(phrases, MIN_LATIN_VERSE_LINES):
        return runs
    run: list[Line] = []
    for line in [*lines, None]:
        if (
            line is not None
            and not line.cjk
            and line.width <= LONGEST_VERSE_LINE
            and _printed_line(line)
            and _opens_capital(line.text)
            and not line.text.endswith("-")
            and not line.caps
        ):
            run.append(line)
            continue
        if len(run) >= MIN_LATIN_VERSE_LINES and all(_ends_phrase(verse.text) for verse in run):
            runs.append(run)
        run = []
    return runs + _clause_verse(lines, phrases)


def _in_a_row(found: list[bool], count: int) -> bool:
    """Whether ``count`` of ``found`` in a row are true."""
    row = 0
    for one in found:
        row = row + 1 if one else 0
        if row >= count:
            return True
    return False


def _clause_verse(lines: list[Line], phrases: list[bool]) -> list[list[Line]]:
    """Runs of Latin lines that may be verse set in its sentences' own case (the
    capitals ``_latin_verse_candidates`` asks for are not there): four or more lines in
    a row, each ending at a mark or a dash, all but one of them at a clause mark, each
    after the first going on in lower case (``the fox came down the garden path,`` /
    ``he did not stop to wipe his feet,``). Wrapped prose ends a line at a comma by
    chance: three clauses ending with their lines in four are not chance. (A list of
    names, a notice's sentences a line each, open with capitals.)"""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line, phrase in zip([*lines, None], [*phrases, False], strict=True):
        if line is not None and phrase and (not run or line.starts_lower):
            run.append(line)
            continue
        clauses = sum(1 for verse in run if ends_clause_or_dash(verse.text))
        if len(run) >= MIN_LATIN_VERSE_LINES and clauses >= len(run) - 1:
            runs.append(run)
        run = [line] if line is not None and phrase else []
    return runs


def _phrase_line(line: Line) -> bool:
    """A printed Latin line short enough for verse, not in capitals, that ends at a mark
    or a dash, as a line of verse ends with its phrase."""
    return (
        not line.cjk
        and line.width <= LONGEST_VERSE_LINE
        and _printed_line(line)
        and _ends_phrase(line.text)
        and not line.caps
    )


#: A line of a stanza is at most this long, in characters (a long line of verse runs to
#: sixty-odd; book prose is wrapped wider).
LONGEST_STANZA_LINE = 72
#: A stanza shows itself by this many lines that open with a capital after a line that
#: ends no sentence (prose goes on there in lower case, but for a name or a German
#: noun)...
MIN_STANZA_TURNS = 3
#: ...of which this many follow a clause mark (after a comma, prose goes on in lower
#: case but for a name), unless another stanza of the page is verse.
MIN_CLAUSE_TURNS = 2
#: A text capitalises its nouns (German) when this share of the words inside its
#: sentences open with a capital (names alone make a tenth at most).
NOUN_CAPITALS_SHARE = 0.2


def _capitalises_nouns(lines: list[Line]) -> bool:
    """Do the words inside these lines' sentences (not a line's first word, nor one
    after a sentence's end) open with capitals as German nouns do?"""
    words = capitals = 0
    for line in lines:
        tokens = line.text.split()
        for before, word in itertools.pairwise(tokens):
            if ENDS_LATIN_SENTENCE.search(before) or not word[:1].isalpha():
                continue
            words += 1
            capitals += word[0].isupper()
    return capitals > NOUN_CAPITALS_SHARE * words


def _stanza_turns(lines: list[Line]) -> list[tuple[Line, Line]]:
    """A block's turns: its lines that open with a capital after a line that ends no
    sentence (each with the line before it); none unless every line of the block opens
    with a capital, as a stanza's do, is short enough for verse, and ends at no hyphen
    (a word broken there; a hyphen after a space is a dash)."""
    if not all(
        not line.cjk
        and _printed_line(line)
        and len(line.text) <= LONGEST_STANZA_LINE
        and _opens_capital(line.text)
        and (not line.text.endswith("-") or line.text.endswith(" -"))
        and not line.caps
        for line in lines
    ):
        return []
    return [(a, b) for a, b in itertools.pairwise(lines) if not ENDS_LATIN_SENTENCE.search(a.text)]


def _shows_verse(
    lines: list[Line], turns: list[tuple[Line, Line]], clause_turns: int = MIN_CLAUSE_TURNS
) -> bool:
    """Turns enough, and enough of them after a clause mark, to show a stanza on their
    own. In a language that capitalises its nouns, a turn counts only where the capital
    is the line's, on a word written in lower case inside a sentence (an article, a
    preposition, a conjunction: ``Und ruhig fließt der Rhein;``)."""
    if _capitalises_nouns(lines):
        turns = [(a, b) for a, b in turns if _first_word(b.text) in LEADING_WORDS]
    after_clause = sum(1 for a, _ in turns if ends_clause_or_dash(a.text))
    return len(turns) >= MIN_STANZA_TURNS and after_clause >= clause_turns


def _first_word(text: str) -> str:
    word = WORD.search(text)
    return word.group().lower() if word else ""


def _stanzas(blocks: list[list[Line]], verse_found: bool) -> list[list[Line]]:
    """Stanzas, judged a block at a time (a blank line between stanzas): every line
    opens with a capital, and several of them where prose would go on in lower case,
    after a comma or no mark at all (``Die Luft ist kühl und es dunkelt,`` /
    ``Und ruhig fließt der Rhein;``). A stanza's lines need not end at marks, nor be of
    one width. A block shows it is verse by capitals after clause marks (``_shows_verse``),
    or by standing on a page with other verse (a poem's other stanzas, ``verse_found``);
    there, a block of fewer turns is a stanza too when each of its lines ends at a mark
    or a dash (a speaker's half-line and couplet: ``Dear shade! I will:`` /
    ``Then mix this dust…``). A poem's stanzas are of one length, so blocks in a row of
    as many lines, each line opening with a capital, are judged together
    (``_equal_stanzas``): short stanzas show too few turns on their own, and their
    lines' capitals (six or more lines that all open with one) say more than a second
    clause mark. Whether the lines stop short of the page's columns is asked next, as
    for any verse."""
    found: list[list[Line]] = []
    strong = verse_found
    turned = [(lines, _stanza_turns(lines)) for lines in blocks]
    for lines, turns in turned:
        if len(turns) >= MIN_STANZA_TURNS or (verse_found and turns and _phrases(lines)):
            found.append(lines)
            strong = strong or _shows_verse(lines, turns)
    for group in _equal_stanzas(turned):
        pooled = [turn for _, turns in group for turn in turns]
        if _shows_verse([line for lines, _ in group for line in lines], pooled, 1):
            strong = True
            found += [lines for lines, _ in group if not any(lines is f for f in found)]
    return found if strong else []


def _phrases(lines: list[Line]) -> bool:
    """Every line ends at a mark or a dash, as a line of verse ends with its phrase."""
    return all(_ends_phrase(line.text) for line in lines)


def _equal_stanzas(
    turned: list[tuple[list[Line], list[tuple[Line, Line]]]],
) -> list[list[tuple[list[Line], list[tuple[Line, Line]]]]]:
    """Runs of two or more blocks in a row, of one number of lines (three or more),
    each with two turns at least (and so every line of it opening with a capital)."""
    groups: list[list[tuple[list[Line], list[tuple[Line, Line]]]]] = []
    group: list[tuple[list[Line], list[tuple[Line, Line]]]] = []
    for lines, turns in [*turned, ([], [])]:
        stanza = len(turns) >= MIN_STANZA_TURNS - 1 and len(lines) >= MIN_VERSE_LINES
        if stanza and (not group or len(group[0][0]) == len(lines)):
            group.append((lines, turns))
            continue
        if len(group) >= 2:
            groups.append(group)
        group = [(lines, turns)] if stanza else []
    return groups


def _mark_verse(verse: list[list[Line]], columns: Columns) -> None:
    """Verse keeps its lines: a run from ``_verse_candidates`` shorter than the page's
    narrowest column (its lines stop before the margin; wrapped prose fills it)."""
    narrowest = min(columns.widths, default=None)
    for run in verse:
        if narrowest is None or all(line.width < FULL * narrowest for line in run):
            for line in run:
                line.set_apart = True
