"""The facts a line description records, as bits of one ``Flag`` value.

Each flag is one typographic fact with one definition (in ``describe``); a stage asks
``Flag.RUNNING in line.flags`` instead of running its own pattern over the text.
"""

from __future__ import annotations

from enum import Flag as _Flag
from enum import auto


class Flag(_Flag):
    #: Script: CJK letters in the line; Latin letters and no CJK.
    CJK = auto()
    LATIN = auto()
    #: Running text by its punctuation: a CJK clause mark (``，。；、！？``), a Latin
    #: clause mark after a letter, or a CJK credit run into its story's first words.
    RUNNING = auto()
    #: Latin prose: enough words, mostly in lower case (a line of a story's text).
    PROSE = auto()
    #: Latin copy in sentence case: starts with a capital, most words in lower case.
    SENTENCE_CASE = auto()
    #: Two or more content words (not articles, prepositions) start in lower case.
    LOWER_CONTENT = auto()
    #: Two sentences inside the line (``…said. The``).
    INNER_SENTENCE = auto()
    #: Ends a sentence (``。！？.``, then closing marks).
    ENDS_SENTENCE = auto()
    #: Ends with clause punctuation (``，、：:,``): the sentence goes on.
    ENDS_CLAUSE = auto()
    #: The first letter is lower case (after quotes and brackets; a digit first is not).
    STARTS_LOWER = auto()
    #: Set in capitals: most cased letters are capitals.
    CAPITALS = auto()
    #: A headline line in capitals (short, no sentence inside).
    CAPS_HEADLINE = auto()
    #: One word said three times or more (``POLAND! POLAND! POLAND!``): a slogan.
    SHOUTED = auto()
    #: Every word of four letters or more capitalised (not German running text).
    HEADLINE_CASE = auto()
    #: A deck line: short, upper and lower case, most words capitalised.
    DECK = auto()
    #: An opening bracket or quote that closes on a later line.
    UNCLOSED = auto()
    #: Starts with a mark no CJK line may start with (kinsoku): continues the line above.
    NO_LINE_START = auto()
    #: Ends with a mark no CJK line may end with: goes on into the next line.
    NO_LINE_END = auto()
    #: A word broken at the line end by a hyphen-like mark (``infor-``).
    HYPHEN_END = auto()
    #: Ends on a word that leads into the next (``of``, ``the``, ``und``).
    LEADING_WORD_END = auto()
    #: A dateline opens the line (a wire dateline, a Latin place and date).
    DATELINE_START = auto()
    #: A short line closed by a bracket it does not open inside: a wired story's credit.
    BRACKETED_CREDIT = auto()
    #: Closes a paid notice with its ``Advt.`` mark.
    ADVERT_END = auto()
    #: Opens with a paid notice's label (``Anzeige``, ``Advertisement``).
    ADVERT_LABEL = auto()
    #: Holds the formula of a legal or official notice (``NOTICE IS HEREBY GIVEN``).
    NOTICE_FORMULA = auto()
    #: A photographer's credit ends the line (``新华社记者 王强 摄``).
    CAPTION_CREDIT = auto()
    #: Led by a dash (``——加快提升…``): a subtitle's form.
    DASH_LED = auto()
    #: CJK text in two parts around a space (``上控风险 下稳需求``): a heading's form.
    TWO_PART = auto()
    #: A list item's marker opens the line (``•``, ``1.``, ``（一）``, ``一、``).
    LIST_MARKER = auto()
    #: Set in cells apart by wide gaps (two or more runs of spaces, or tabs): a table row.
    TABLE = auto()
    #: Indented (two spaces or a tab), on a page where few lines are.
    INDENTED = auto()
    #: One of a run of short lines in its block, each starting a line of its own
    #: (capital or CJK first): verse, a list, an address.
    VERSE = auto()
    #: Not as wide as its column: clearly shorter than the page's widest column peak.
    SHORT = auto()
