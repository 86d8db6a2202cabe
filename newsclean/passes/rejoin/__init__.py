"""rejoin: column-wrapped lines back into paragraphs; column breaks bridged.

Defect: PDF and OCR text keeps the line breaks of the printed column, and a blank line
wherever a column ended, even in the middle of a sentence. Many extractors put no blank
line between paragraphs at all.

Recognition, from how columns are set:

* *Column width* is measured on the page itself: the widths (in half-em cells) that
  three or more lines of running text share (on a Chinese or Japanese page where they
  show none, that three lines over another line of their block share: ``cjk_measure``).
  A line is *full* when it reaches such a width; a line clearly shorter than its column
  ends a paragraph. In a paragraph whose lines so far are justified (all but one fill
  its measure), a line a fifth shorter than its middle line ends it, whatever OCR made
  of its last mark (``would like,``).
* A line of *running text* (it holds clause punctuation ``，。、；！？``) that does not
  end a sentence goes on into the next line. A full line goes on even after ``。``:
  the sentence ended exactly at the margin, which the next short line would show.
* A line never starts with closing punctuation (``，。、）”``): kinsoku, the CJK line
  breaking rule, so such a line always continues the one before.
* A Latin line that ends on a word leading into the next (an article, a preposition,
  a conjunction: ``of the``, ``en``, ``als``), or German between an article and its
  noun (``zu einem gefährlichen`` / ``Streik``: the noun's capital opens no sentence),
  goes on.
* A CJK line that leaves a bracket or quote open goes on into the next line, except
  where its paragraph visibly ended on a sentence (a later round's paragraph whose last
  printed line stopped short, or a line wider than any column): a quotation over
  several paragraphs opens again on each, and a closing mark OCR lost would otherwise
  run the rest of the page on.
* *Column breaks*: a blank line after running text that does not end a sentence, before
  a line that continues it (running text itself, not indented), is bridged; not before
  a link alone between blank lines, which its writer set apart (a column break leaves
  one blank line in a sentence, not one on each side of a line), nor inside a run of
  three or more one-line blocks of which no half agrees in width and none is as wide as
  a column of the page's other blocks, where no line carries its sentence into the next
  or visibly goes on: a list of sentences set a paragraph each. A line alone that ends
  on a German particle (``Papandreou Vertrauen aus``) may be a whole headline: bridged
  only into a line in lower case. A CJK line alone much shorter than the line after the
  blank ended there (a paragraph's first line left at a column's foot fills it).
* *OCR's blank lines and specks*: Tesseract writes a blank line where the space
  between printed lines widens, and keeps no indentation: a paragraph's first line
  alone over such a blank line, as wide as the column the text under it runs in,
  several words ending on one in lower case, goes on into the wrapped lines under it
  when they open in lower case (``ocr_gap``; a verse's or a list's lines alone between
  blank lines do not). Specks in the margin read as marks standing apart after a full
  stop (``…the Midwest. :``) hide no sentence end (``specked_end``); nor does a speck
  read as a full stop or marks after a leading word or a hyphen (``the boards of.``),
  or a full stop run on to a word in lower case on a line alone that fills its column,
  over wrapped text in lower case (``false_stop``).
* A sentence does not change its script at a line's end: a Latin line alone that ends
  no sentence, over a line that opens in another script, is a label over that text
  (``Altai, Southern`` over a paragraph in Altai); nor does it go on from a short line
  into a line longer than any printed column (set on one line, never wrapped).
* A line that does not read as running text and starts a paragraph is a headline,
  kicker, subhead or byline: it joins the next line only when it is full (a long
  heading wrapped in a body column); bylines and datelines never join.
* An indented line starts a paragraph.
* A statement a colon announces on a line short of its column (``Mr. Gompers said:``)
  and that opens the next line with its quotation mark and a capital is a paragraph of
  its own in every round, as in the first: a later round reads the announcing
  paragraph's short last printed line, a second run the quotation's joined line.
* *Headlines are set in larger type, or across columns*: lines that end no sentence
  (CJK: with no clause mark; Latin: few words, none ending in a hyphen or a leading
  word), none of them within a quarter of the measure that the next two lines share as
  a column (or that an earlier round's joined lines show), stand apart from the text
  under them. A paragraph's first line fills its column, or falls short by its indent.
  Not after an unfinished paragraph (an extractor's torn pieces) nor over a dateline.
  A paragraph's last line is no wider than its first, so heading lines much narrower
  than one line under them that ends a sentence (a deck, joined by an earlier run of
  ``fix``) stand apart too, unless a dash leads on or they open as a sentence does.
* *Headline groups in Latin text*: lines set in headline case (every word of four
  letters capitalised, so not German nouns) right over a byline or a run-in dateline,
  and a one-line headline in headline case closed by its full stop between two
  finished sentences, keep their lines, even where the text above stops mid-sentence.
* *Crossheads*: a section's subhead that OCR damaged (a letter's case flipped, its full
  stop lost, a letter read as a digit, under a paragraph that ends on a colon) keeps its
  line where its setting shows it: a few words, mostly capitalised, between a finished
  sentence (or a colon) and a line that opens a sentence, much narrower than the
  column around it and than the line under it (``crossheads``).
* *A headline between two stories of one column*: after a line that ends a sentence,
  Latin lines that end none, few words in all, over a line that opens the next story
  (a byline, a dateline, a capitalised article or preposition before lower case) are a
  headline, and its first line does not join the paragraph above; told by words, not
  widths, and not in verse, whose every line opens on a capital (``between``).
* Joining: CJK lines join with nothing between; Latin lines with one space. A Latin
  line ending in a hyphen joins the next word: the hyphen is kept when the hyphenated
  form appears elsewhere in the document, when the joined word does not while the
  halves do, when a half is a number or starts with a capital, or when the first half
  is a prefix written with a hyphen (``self-``, ``non-``, ``well-``…) and the joined
  word is not a common word of its own (``ex-⏎position`` joins); otherwise it goes
  (``infor-⏎mation`` → ``information``, ``well-⏎known`` stays). A soft hyphen at a line
  end always goes. See ``newsclean.dehyphenate`` for lost hyphens.
* *Rounds*: joining changes what the rules read (a line joined to running text is
  running text; a paragraph no longer ends in a short line), so the pass repeats until
  a round changes nothing, and a second ``fix`` finds nothing more to join. A later
  round reads how a joined paragraph was printed: one that ends a sentence on a last
  line short of its column ended there, however wide its joined text. A joined
  paragraph's spaces are judged again by ``whitespace``'s rules. The text ``fix``
  prints has no indentation, so a paragraph that only its indentation set apart (the
  line before it goes on) is joined by the next round, as a second run would join it.

* *Set apart*: verse, lists, tables and program text keep their lines. Verse: CJK
  lines of one width (give or take a character) that each end at a clause mark, three
  or more in a row (or a couplet standing alone), or four or more Latin lines that each
  open with a capital and end at a mark or a dash (or, set in the sentence's own case,
  go on in lower case, all but one ending at a clause mark), or a Latin stanza: a block between
  blank lines whose every line opens with a capital, three of them after a line that
  ends no sentence (two after a clause mark, or another stanza of the page is verse;
  where nouns are capitalised, only capitals on articles, prepositions, conjunctions),
  or stanzas of one length in a row, judged together (a clause mark among their turns
  is enough), or beside other verse a block of lines that each end at a mark;
  either narrower than the page's columns (wrapped prose fills its column).
  Lists: a line opening with a marker (``-``, ``1.``, ``一、``, ``（一）``, ``①``)
  that the next item, a few lines on, continues in the same form.
  Tables: rows aligned by wide gaps, drawn with box-drawing rules from wall to wall,
  rows of delimited data, or records (three or more lines in a row that open with a
  field's label or a time stamp: an e-mail's header, a form, a chat log), and a chat
  message's head (a name and the time alone on a line). An address: a block of a
  name, a street and number, a postcode and town, a country, all short. A letter's
  closing (a word or two and a comma) stays over the name that ends its block, and an
  e-mail address under a line that ends in a number (a telephone line) keeps its line.
  Program text: a Markdown code block, from fence to fence; a block indented to several
  depths whose lines hold calls, braces, assignments and JSON members; it keeps its
  indentation too; and a session at a prompt (``$ ls -l``, ``>>> len(x)``): a block
  that opens at a prompt with a command and holds another, with what the commands
  printed.

Blocks that markup marked as paragraphs, headings or verbatim text, and furniture kept in
the text, are never rewrapped.

The modules: ``lines`` describes each line once per document (with the line predicates
of ``newsclean.page.describe``, the one place they are defined) and measures columns;
``titles`` and ``apart`` mark headline groups (``crossheads`` the section
subheads among them, ``between`` a headline between two stories) and the lines set
apart; ``decide`` asks
whether a line continues a paragraph (``latin_joins`` for two Latin lines, ``ended``
where a paragraph visibly ended, ``credit_lines`` for the lines a credit or a letter
sets a line each), ``ragged`` whether a block's first line of ragged
text with no column measured does (in any script, with case or without);
``paragraphs`` joins the lines of each;
``flattened``, before the rounds, joins the words a text conversion left broken inside
lines (``zum Kreis- arzt``, on a page that shows it); ``torn_lines``, before the rounds
too, joins the words of a justified line an extractor wrote a word a line.
"""

from __future__ import annotations

import itertools
from functools import cache

from newsclean.linemodel import joins
from newsclean.model import PLAIN, Block, Document
from newsclean.options import Options
from newsclean.page.boxes import notice_heading
from newsclean.page.printed import URL_ONLY
from newsclean.passes.rejoin.apart import (
    _mark_address,
    _mark_after_rows,
    _mark_code,
    _mark_fences,
    _mark_list_items,
    _mark_sentence_runs,
    _mark_tables,
)
from newsclean.passes.rejoin.between import mark_headlines_between
from newsclean.passes.rejoin.cjk_measure import full_cjk_lines
from newsclean.passes.rejoin.decide import _continues, _joins_across_blank
from newsclean.passes.rejoin.false_stop import speck_over_gap
from newsclean.passes.rejoin.flattened import join_flattened_breaks
from newsclean.passes.rejoin.lines import Columns, Facts, Line, Paragraph, _describe
from newsclean.passes.rejoin.ocr_gap import first_line_over_gap
from newsclean.passes.rejoin.paragraphs import (
    NAME,
    _flush,
    _join,
    _vocabulary,
    join_vertical_runs,
)
from newsclean.passes.rejoin.titles import _mark_titles, mark_contact_line
from newsclean.passes.rejoin.torn_lines import join_torn_blocks
from newsclean.passes.rejoin.verse import _mark_verse, _stanzas, _verse_candidates

__all__ = [
    "DESCRIPTION",
    "NAME",
    "Columns",
    "Line",
    "_describe",
    "_join",
    "_vocabulary",
    "apply",
    "join_vertical_runs",
]

DESCRIPTION = "column-wrapped lines back into paragraphs; column-break blank lines bridged"

#: Rounds of rejoining are few (each one joins what the last one made possible); this
#: bounds them all the same.
MAX_ROUNDS = 8


def apply(doc: Document, options: Options) -> None:
    """Rejoin until nothing more joins. The evidence read here (the columns, whether
    a line is running text, the first line of a paragraph) is measured on the lines as
    they stand, and joining lines changes it: a blank line before a line without a
    clause is not bridged, but once that line is joined to the running text after it, it
    is. Another run of ``fix`` would see the joined lines and join again, so the rounds
    run here, and ``fix`` is idempotent."""
    plain = [block for block in doc.blocks if block.kind == PLAIN]
    lines, joined = join_flattened_breaks([block.lines for block in plain], _vocabulary)
    for block, block_lines in zip(plain, lines, strict=True):
        block.lines = block_lines
    doc.count(NAME, "flattened-break-joined", len(joined))
    doc.count(NAME, "torn-line-joined", join_torn_blocks(plain))
    for before, after in joined:
        doc.example(NAME, "flattened-break-joined", before, after)
    known: dict[str, Facts] = {}
    for _ in range(MAX_ROUNDS):
        # Not only joins change the evidence: a round takes off the indentation that
        # started a paragraph, which the next round (and a second run) no longer sees.
        if not _rejoin(doc, options, known):
            return


def _rejoin(doc: Document, options: Options, known: dict[str, Facts]) -> bool:
    """One round of rejoining; whether it changed the text of the plain blocks."""
    plain = [block for block in doc.blocks if block.kind == PLAIN]
    if not plain:
        return False
    changed = False
    for block in plain:
        block.lines, block.origins, runs = join_vertical_runs(block.lines, block.origins)
        doc.count(NAME, "vertical-run", runs)
        if runs:
            block.layout = None
            changed = True
    described, columns = _describe_blocks(plain, options, known)
    continues, across = joins.deciding(
        _continues, _joins_across_blank, options.learnt_joins, described.values()
    )
    # Only a word broken at a join reads the vocabulary: a round that joins nothing, or
    # joins only where no word is broken, never builds it.
    vocabulary = cache(lambda: _vocabulary("\n".join(r for b in plain for r in b.lines)))
    punctuate = options.chooses("punctuation")

    new_blocks: list[Block] = []
    paragraphs: list[Paragraph] = []
    previous_plain = previous_alone = False
    for block in doc.blocks:
        if block.kind != PLAIN:
            changed |= _flush(new_blocks, paragraphs, doc, vocabulary, punctuate)
            paragraphs = []
            new_blocks.append(block)
            previous_plain = False
            continue
        lines = described[id(block)]
        rest = lines
        can_continue = False
        if previous_plain and paragraphs:
            current = paragraphs[-1]
            after = lines[1] if len(lines) > 1 else None
            bridged = (
                across(current, lines[0], columns, after)
                or first_line_over_gap(current, lines[0], after)
                or speck_over_gap(current, lines[0], after, columns, alone=previous_alone)
            )
            if bridged and not _link_alone(lines):
                current.add(lines[0])
                doc.count(NAME, "bridged-column-break")
                rest = lines[1:]
                can_continue = True
            else:
                changed |= _flush(new_blocks, paragraphs, doc, vocabulary, punctuate)
                paragraphs = []
        for i, line in enumerate(rest):
            after = rest[i + 1] if i + 1 < len(rest) else None
            if can_continue and continues(paragraphs[-1], line, columns, after):
                paragraphs[-1].add(line)
            else:
                previous = paragraphs[-1] if can_continue else None
                paragraphs.append(Paragraph.start(line, previous))
            can_continue = True
        previous_plain = True
        previous_alone = len(lines) == 1
    changed |= _flush(new_blocks, paragraphs, doc, vocabulary, punctuate)
    doc.blocks = new_blocks
    return changed


def _link_alone(lines: list[Line]) -> bool:
    """A link on a line of its own between blank lines was set there by its writer
    (``The slides are at`` ⏎⏎ ``https://…`` ⏎⏎ ``and the recording…``): a column break
    leaves one blank line inside a sentence, not one before and one after a line."""
    return len(lines) == 1 and URL_ONLY.match(lines[0].text) is not None


def _describe_blocks(
    plain: list[Block], options: Options, known: dict[str, Facts]
) -> tuple[dict[int, list[Line]], Columns]:
    """The plain blocks' lines described (by block id), with the lines set apart and the
    headline groups marked, and the columns the page's running text is set in."""
    all_raw = [line for block in plain for line in block.lines]
    indented_share = sum(1 for r in all_raw if r.startswith(("  ", "\t"))) / len(all_raw)
    described = {
        id(block): [
            _describe(r, indented_share, options.byline_patterns, known) for r in block.lines
        ]
        for block in plain
    }
    for block in plain:
        if block.layout is not None:
            for line, layout in zip(described[id(block)], block.layout, strict=True):
                line.layout = layout
        if block.origins is not None:
            for line, origin in zip(described[id(block)], block.origins, strict=True):
                line.origin = origin
    _mark_fences([described[id(block)] for block in plain])
    # A block of one line holds no headline group, list, table, program text or verse.
    several = [block for block in plain if len(block.lines) > 1]
    # The widest column the page's running text is set in, its gapped lines among it: a
    # line no wider is one column's, whatever gaps OCR left in it. Only gapped lines are
    # measured against it, and most pages have none: their columns are measured once,
    # after the marks, not here too.
    gapped = any("  " in r or "\t" in r for block in several for r in block.lines)
    measure = (
        max(Columns([line for lines in described.values() for line in lines]).widths, default=0)
        if gapped
        else 0
    )
    # A notice's heading set apart by a blank line (pdftotext's way with space around a
    # line set large) stands over its text in the next block.
    under_notice = {
        id(text)
        for heading, text in itertools.pairwise(plain)
        if len(heading.lines) == 1 and notice_heading(heading.lines[0])
    }
    verse: list[list[Line]] = []
    for block in several:
        lines = described[id(block)]
        # The block's lines as one text: the briefs and table marks ask it once, by
        # substring tests, whether any line can open or hold what they read (most
        # blocks hold none).
        text = "\n".join(line.text for line in lines)
        _mark_titles(lines, text)
        mark_headlines_between(lines)
        if id(block) in under_notice:
            mark_contact_line(lines)
        _mark_list_items(lines)
        _mark_tables(lines, text, measure)
        _mark_after_rows(lines)
        _mark_address(lines)
        _mark_code(block.lines, lines)
        verse += _verse_candidates(lines, any(line.cjk for line in lines))
    verse += _stanzas([described[id(block)] for block in several], bool(verse))
    in_verse = {id(line) for run in verse for line in run}
    # Lines set apart are not set to a column: a list or a poem of equal lines would
    # show as a column of its own width.
    columns = Columns(
        [
            line
            for lines in described.values()
            for line in lines
            if id(line) not in in_verse and not line.set_apart and not line.list_item
        ],
        [line for line in full_cjk_lines(described.values()) if id(line) not in in_verse],
    )
    _mark_verse(verse, columns)
    _mark_sentence_runs([described[id(block)] for block in plain])
    return described, columns
