"""Lines at a page's foot that were read as a headline with nothing under it.

A story is text under a headline. What an extractor or OCR leaves under the page's last
story, with no text of its own, is not one: the page's footer (an imprint, a printer's
note, a telephone number, a licence or source line: ``Printed on recycled paper``,
``（010）84528274``), the story's end mark or source note as OCR misread it (``一完 一``,
``《抄于清华>``), or a speck of scan debris (``se``). The role rules, seeing a short line
set apart, gave each a headline; the assembler, finding no body after it, made it an
article of its own, and every such article is one too many on the page.

Recognised as: the page's last article, after a story with body text on a page of at
least two such stories, when it is a headline group and nothing else (no byline, no
block of any kind) whose lines read neither as text nor as a story's head: no line ends
a sentence or a clause (a closing sentence, a verse's last line), opens a list item (a
list's last items), is a table's row or is set in display capitals (``ARIZONA
APACHES``: a headline whose body the extractor read before it), and no jump line
(``Continued on page 5``) follows it (a head whose story goes on elsewhere). A boxed
notice's heading, a small ad's label or a briefs item's title is an item of its own. A
page of one text or none (a letter, a table, a verse, a sentence in another script) is
left as it stands: a last line set apart is that text's own; and several groups with
no body at the foot (a README's last sections) are more than a footer.

On a printed page (one whose passes found its furniture: a masthead, a date, a page
label, a running head) its lines go to the furniture, where the page's other imprints
and credits go, in the order printed; but under a small ad or a notice, a line with
figures in it is the contact line that closes the item (``Tél. 06 12 34 56 78`` under
``PETITES ANNONCES``), its last paragraph. A text with no such furniture (a transcript,
a mimeographed leaflet, a memo) has no page foot: the lines close its last article, as
the assembler closes one with a trailing credit (an end mark, a source note, a
signature). Mid-page groups with no body are left alone: a one-line group over
the next is already its kicker, and a longer one is a headline whose body the extractor
set elsewhere (column order), which the gold of every readable set keeps.
"""

from __future__ import annotations

from typing import Any

from newsclean import regex
from newsclean.model import Furniture
from newsclean.page import Flag, describe
from newsclean.page.boxes import notice_heading
from newsclean.page.jumps import jumped_lines
from newsclean.segment.kinds import article_kind_of
from newsclean.segment.model import Article

#: Stories with text a page holds before a line at its foot is read as the page's: on a
#: page of one text (a letter, a poem, a single sentence in another script) a last
#: line set apart is that text's own.
_FOOTED_PAGE_MIN_STORIES = 2

#: Signals of the boxed items, which stand alone by their typesetting (``assemble``).
_BOXED = ("a notice's heading", "a briefs item")

#: A line with one of these is text or a story's head, not a footer.
_READS_AS_TEXT = Flag.ENDS_SENTENCE | Flag.ENDS_CLAUSE | Flag.CAPS_HEADLINE | Flag.TABLE

#: A list's numbered item with no space after its number (``1.会议日程``), which the
#: description's list marker, wary of decimals, does not read as one.
_NUMBERED_ITEM = regex.compile(r"\s*[(（]?\d+[.、)）]\s*[^\W\d_]")

#: A figure: a contact line (a telephone number, an address) holds one.
_FIGURE = regex.compile(r"\d")

#: A verse line broken at a dash (``For His Civility –``) ends a clause.
_CLAUSE_DASHES = ("–", "—", "-")


def foot_lines_placed(
    articles: list[Article], jumps: list[dict[str, Any]], printed_page: bool
) -> list[Furniture]:
    """Take the page-foot article that is no story out of ``articles``: under a small
    ad or a notice its lines are that item's last paragraphs, on a text with no page
    furniture (``printed_page`` false) they close the last article, else they are
    returned as furniture, in the order printed."""
    stories = sum(1 for article in articles if article.has_body)
    if stories < _FOOTED_PAGE_MIN_STORIES or len(articles) < 2 or not articles[-2].has_body:
        return []
    jumped = jumped_lines(jumps)
    foot = articles[-1]
    if not _no_story(foot, jumped):
        return []
    articles.pop()
    lines = foot.head_lines()
    before = articles[-1]
    if article_kind_of(before) != "news" and all(_FIGURE.search(line) for line in lines):
        # A small ad or a notice closes with its contact line (``Tél. 06 12 34 56 78``).
        before.blocks += [{"type": "paragraph", "text": line} for line in lines]
        before.signals.append("a contact line under a small ad or notice closes it")
        return []
    if not printed_page:
        # A transcript, a leaflet or a memo has no page foot: what follows its last
        # text closes it, as the assembler closes an article with a trailing credit.
        before.blocks += [{"type": "dateline", "text": line} for line in lines]
        before.signals.append("a line under the last text closes it")
        return []
    return [Furniture(line, "footer", "segment") for line in lines]


def _no_story(article: Article, jumped: frozenset[str]) -> bool:
    lines = article.head_lines()
    if article.blocks or article.byline or not lines:
        return False
    if any(signal in _BOXED for signal in article.signals) or any(map(notice_heading, lines)):
        return False
    return not any(_head_or_text(line, jumped) for line in lines)


def _head_or_text(line: str, jumped: frozenset[str]) -> bool:
    if " ".join(line.split()) in jumped or _NUMBERED_ITEM.match(line):
        return True
    flags = describe(line).flags
    # A list item is words after its marker; a telephone number's bracketed area code
    # (``（010）84528274``) reads as a marker but has no words after it.
    item = Flag.LIST_MARKER in flags and any(ch.isalpha() for ch in line)
    return item or bool(flags & _READS_AS_TEXT) or line.rstrip()[-1:] in _CLAUSE_DASHES
