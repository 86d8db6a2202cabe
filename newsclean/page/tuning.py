"""Every threshold a line description uses, in one frozen object, units in the names.

Units: ``*_cells`` are half-em cells of display width (a CJK character is two, see
``chardata.display_width``); ``*_chars`` are characters of the stripped line;
``*_words`` words; ``*_share`` a fraction of the line's letters, words or lines; ``*_lines``
lines of the page. The values are the ones the stages used before the page was
described once (their origin is named beside each), so that moving a stage onto the
description changes no decision.
"""

from __future__ import annotations

from dataclasses import dataclass


# No generated ``__eq__``, ``__hash__`` or ``__repr__``: compiled at every start-up for
# 57 fields, and a cached function keyed by the tuning hashed all 57 on each call; one
# tuning is compared and hashed by identity.
@dataclass(frozen=True, eq=False, repr=False)
class Tuning:
    # --- capitals and headline case (describe.caps_headline, deck_line) ---
    #: A line whose cased letters are at least this share capitals is set in capitals.
    capitals_share: float = 0.8
    #: A headline line in capitals is at most this long and has this many letters.
    capitals_headline_max_chars: int = 60
    capitals_headline_min_letters: int = 4
    #: A deck line is at most this long, with at most this many commas, and at least
    #: this share of its words capitalised.
    deck_max_chars: int = 50
    deck_max_commas: int = 1
    deck_capitalised_share: float = 0.5
    #: Words this long or longer are capitalised in headline case.
    headline_case_min_word_chars: int = 4
    #: A slogan says one word at least this many times, making at least this share of
    #: its words (``POLAND! POLAND! POLAND!``); a line of fewer words is none.
    shouted_min_repeats: int = 3
    shouted_min_share: float = 0.5
    #: How much of a line's end is split into words to find a leading word it ends on
    #: (``latin.ends_in_leading_word``, asked of whole paragraphs).
    leading_word_window_chars: int = 24
    # --- running text ---
    #: Latin prose (reorder): at least this many words, under this share of capitals.
    prose_min_words: int = 5
    prose_max_capitals_share: float = 0.5
    #: A line of copy in sentence case (segment): this many words, under this share of
    #: them capitalised.
    sentence_case_min_words: int = 4
    sentence_case_max_capitalised_share: float = 0.5
    #: Copy holds at least this many content words (this long, not leading words) in
    #: lower case.
    lower_content_min_words: int = 2
    lower_content_min_word_chars: int = 3
    #: A table row holds at least this many gaps of three spaces or a tab.
    table_min_gaps: int = 2
    # --- credits ---
    #: The longest credit line a byline form is looked for in.
    byline_max_chars: int = 60
    #: The body after an inline credit must be at least this long to be split from it.
    body_after_credit_min_chars: int = 4
    #: The longest credit set in brackets under a headline.
    bracketed_credit_max_chars: int = 60
    #: A bracketed credit whose opening bracket OCR lost is this share capitals.
    bracketed_credit_capitals_share: float = 0.5
    bracketed_credit_min_words: int = 2
    # --- furniture ---
    #: A label-sized line: this many characters, or a Latin label in capitals this long.
    label_max_chars: int = 12
    latin_label_max_chars: int = 24
    #: Lines longer than this are never furniture, but for a Latin running head.
    furniture_max_chars: int = 80
    running_head_max_chars: int = 200
    #: How many lines at each end of the page may form its header or footer.
    edge_lines: int = 8
    #: A text of this many half-em cells (spaces aside) is long enough to be a page,
    #: whose label stands with no other furniture found; a note, a list or a chat runs
    #: fewer (the readable sets' shortest page of 30 lines or more runs 835).
    page_min_cells: int = 800
    #: A nameplate box read line by line (``page.nameplate_box``) closes on an issue or
    #: price line among this many first lines; its lines (but furniture) are at most this
    #: long, and its publisher's imprint follows the issue line within this many lines.
    nameplate_box_lines: int = 14
    nameplate_box_line_max_chars: int = 24
    nameplate_imprint_reach_lines: int = 4
    #: A forecast stands in the nameplate's ear, within this many lines of the top.
    weather_ear_lines: int = 16
    #: An ear's box (``page.ears``) says at least this many of an ear's words, and is
    #: printed on at most this many lines (an ear is a few square inches of type).
    ear_min_words: int = 2
    ear_max_lines: int = 5
    #: A photo's caption runs at most this many lines over its credit.
    caption_max_lines: int = 3
    #: A caption closed by a bracketed picture credit (``… at the site. (AP)``) is at
    #: most this long: a longer text so closed is a wire story's last paragraph.
    picture_caption_max_chars: int = 120
    #: A forecast line says at most this many words in at most this many characters;
    #: words this long may carry one OCR slip.
    forecast_max_words: int = 10
    forecast_max_chars: int = 100
    slip_min_chars: int = 4
    #: A line with less than this share of letters and digits, and no word of four,
    #: is OCR noise; so is one under the sparse share with no word of three.
    noise_letter_share: float = 0.4
    noise_sparse_letter_share: float = 0.5
    #: ``Copyright`` is read through at most this many OCR slips (edit distance).
    copyright_max_slips: int = 2
    #: A closed compound the OCR-junk test doubts (``page.compounds``) is read as at
    #: most this many parts, each at least this long and this common in its language
    #: (Zipf: once in a million words is 3); a longer run is no compound.
    compound_max_parts: int = 3
    compound_part_min_chars: int = 4
    compound_part_min_zipf: float = 3.0
    compound_max_chars: int = 40
    # --- a paper's nameplate boxes and contents (latin.py) ---
    #: A terms box names at least this many distinct terms words and this many prices.
    terms_box_min_words: int = 3
    terms_box_min_prices: int = 2
    #: A contents list's entries are titles: this many words each on average, at most.
    contents_entry_max_words: int = 6
    #: A box label (``RÉDACTION ET ADMINISTRATION``) says at most this many words.
    box_label_max_words: int = 5
    # --- the page head (forms.py) ---
    #: A line that is a date and nothing else is at most this long.
    date_only_max_chars: int = 40
    #: A place-and-date line followed by this many lower-case words after its year is
    #: a sentence going on (``Mai 2008 brannte im``); one may be an edition (``abends``).
    date_line_sentence_min_words: int = 2
    #: A paper's name set apart from a date (``Evening Post · July 27, 2009``).
    paper_beside_date_min_chars: int = 2
    paper_beside_date_max_chars: int = 40
    #: A CJK paper's name before a date (``参考消息 2020年…``).
    paper_before_date_min_chars: int = 2
    paper_before_date_max_chars: int = 12
    #: Section words set beside a date and page label (``国内   A14``) are this short.
    section_word_max_chars: int = 6
    #: A Latin paper's name is at most this long.
    latin_paper_name_max_chars: int = 60
    #: A Latin running head is set in capitals: this share, or (OCR noise in a long
    #: masthead line bringing it down) this share when it has a full date and a weekday.
    latin_head_capitals_share: float = 0.6
    latin_head_dated_capitals_share: float = 0.5
    # --- the page ---
    #: Leading spaces mark a paragraph's first line only when fewer than this share of
    #: the page's lines have them (else the whole page is indented).
    indented_page_max_share: float = 0.5
    #: A running width is a column width when this many lines share it (within a cell).
    column_min_lines: int = 3
    #: Two column widths closer than this many cells, or this share, are one column.
    column_apart_cells: int = 3
    column_apart_share: float = 0.1
    #: A line fills its column when it reaches this share of it.
    full_share: float = 0.85
    #: A verse or list line is at most this share of the page's median width; a run of
    #: this many short lines is verse.
    short_line_share: float = 0.6
    verse_min_lines: int = 3
    # --- crossheads (rejoin.crossheads) ---
    #: A crosshead says this many words; those that are no leading word and this long
    #: are its content words, at least this share of them capitalised (OCR flips some).
    crosshead_min_words: int = 2
    crosshead_max_words: int = 6
    crosshead_content_word_min_chars: int = 3
    crosshead_capitalised_share: float = 0.6
    #: A crosshead OCR damaged (no stop, a word in lower case, after a colon) is at most
    #: this share of the measure of the lines this near it, above and below: a
    #: paragraph's first line fills the measure, or falls short by its indent.
    crosshead_max_measure_share: float = 0.75
    crosshead_measure_reach_lines: int = 4
    #: A line fills a column up to this many cells, and this share, past its width.
    column_overrun_cells: int = 2
    column_overrun_share: float = 0.03

    # --- a justified line an extractor tore into one word a line (rejoin.torn_lines) ---
    #: Pieces in a row: a single word alone is any paragraph's short last line.
    torn_min_pieces: int = 2
    #: The shorter flanking line, as a share of the longer (in characters): both full.
    torn_flank_min_share: float = 0.8
    #: Words on each flanking line: a line of running text, not a heading's torn words
    #: (``Corporation and`` / ``Reuters`` / ``Group`` / ``PLC announced``).
    torn_flank_min_words: int = 3
    #: The pieces joined, as a share of the flanking measure (in characters).
    torn_run_min_share: float = 0.75
    torn_run_max_share: float = 1.15

    # --- a blank line OCR read into a sentence under its first line (rejoin.ocr_gap) ---
    #: The line over the blank, as a share of the width of the line under it: as wide as
    #: the column the sentence runs on in (OCR widths scatter by a tenth).
    ocr_gap_min_width_share: float = 0.85
    #: Words on the line over the blank: running text, not a table's cell or a label.
    ocr_gap_min_words: int = 4
    #: ...and its width in cells: a printed column's line, not a list's item.
    ocr_gap_min_cells: int = 30


#: The tuning every description uses unless given another.
TUNING = Tuning()
