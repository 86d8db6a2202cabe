"""Subheads against new articles: is a heading inside the open article, or another story's?

* A single short heading inside an open article (it has body and no closing byline yet)
  is a section subhead when the body after it is set in the same column width as the
  article (by their widest lines; or, where those differ by no more than OCR's jitter,
  by their paragraphs' measures), or rejoin kept it apart as a crosshead in sentence
  case between the story's sentences (``Layout.crosshead``; one in headline case is
  set as the next brief's headline is, and the widths decide), and it says less than
  the headline as printed (of a
  Chinese headline wrapped into a kicker over its last piece, the longer line), or it
  parallels subheads already seen; a heading whose body is set in another column
  width, or opens with a dateline (``本报成都2月8日电``), starts another article.
* A heading set at the article's column width, wrapped over lines, is body set in body
  type, unless a credit that opens a story stands under it.
* *Orphans*: a headline group with no body of its own owns the heading that stands over
  a byline, or would be the open article's first subhead but is set in another column.
* *Announced*: a short heading right under a paragraph that ends on a colon is a
  subhead of that story; the colon announces what follows.
* *Cross-heads* (Latin): a line in capitals without a full stop (or two, wrapped),
  inside a story that opened with its dateline or credit, over text with no dateline
  of its own, is a subhead of that story, not the next story's headline.
"""

from __future__ import annotations

from newsclean.chardata import HAS_CJK, display_width
from newsclean.page import Flag
from newsclean.page.credits import starts_with_dateline
from newsclean.segment.headline_stacks import CLOSING_CREDIT
from newsclean.segment.kinds import CJK_NOTICE
from newsclean.segment.model import Article, Run, Unit, body_column, body_width, same_column
from newsclean.segment.roles import LATIN_WORD, MAX_TITLE_WORDS

#: Widths in half-em cells (a CJK character is two): the longest section subhead.
SUBHEAD_LONGEST = 40
#: Section subheads are short; a longer heading line is a subtitle.
SUBHEAD_MAX = 20
#: A subhead is at most this share of its article's headline, unless it parallels
#: subheads already seen.
SUBHEAD_SHARE = 0.75
#: OCR's character counts of one column's lines scatter by a tenth either way: two
#: widest lines this share apart may be one column's.
OCR_JITTER = 0.24
#: A cross-head in capitals wraps over at most this many lines.
MAX_CROSS_HEAD_LINES = 2


def is_subhead(run: list[Unit], article: Article, following: Run | None) -> bool:
    next_role = following[0] if following else None
    if len(run) != 1 or next_role != "body" or article.closed or not article.has_body:
        return False
    assert following is not None
    if following[1][0].opens_with_dateline:
        # A dateline opens a story's first paragraph, never a section's.
        return False
    next_body = body_width(following[1])
    text = run[0].text
    if display_width(text) > SUBHEAD_LONGEST or run[0].caps_headline or CJK_NOTICE.search(text):
        # A heading in capitals is how a Latin paper starts its next story; a notice's
        # title (遗失声明) always starts a notice.
        return False
    # A crosshead in sentence case that rejoin kept apart between the story's sentences
    # is inside the story whatever the widths say: an extractor that runs columns
    # together (pdftotext) leaves the story's column unmeasured.
    same = same_column(article.column(), next_body)
    if not run[0].crosshead and same is False and not _measures_agree(article, following[1]):
        return False
    # A section subhead is set smaller than its article's headline and says less;
    # a line as long as the headline over a new body is the next brief's headline.
    parallel = any(abs(n - len(text)) <= 2 for n in article.subhead_lengths)
    # A story with no headline of its own (a page's head, a column read out of order)
    # takes a subhead only in parallel with others: a lone heading starts a story.
    title = article.headline
    if title is not None and not HAS_CJK.search(title) and article.subtitle:
        # A Latin stack's top line is often a short label or catchword in capitals;
        # the line the story is told in is the longest of the stack.
        title = max(title, article.subtitle, key=len)
    elif title is not None and article.kicker and HAS_CJK.search(title):
        # A Chinese headline wrapped over narrow lines reads as a kicker over a shorter
        # headline (``端午佳節將至 市場興`` / ``旺消費升温``): the headline as printed is the
        # longer; a kicker label (``权威发布``) is shorter than its headline anyway. The
        # subtitle is no measure: a deck is a sentence set smaller.
        title = max(title, article.kicker, key=len)
    shorter = title is not None and len(text) <= SUBHEAD_SHARE * len(title)
    return parallel or shorter


def _measures_agree(article: Article, body: list[Unit]) -> bool:
    """Columns whose widest lines differ by no more than OCR's jitter (a tenth either
    way, ``OCR_JITTER``) are one when their paragraphs' measures agree: OCR read one
    line of a long paragraph long. Wider apart, the widest lines show another setting
    (an extractor ran two columns' lines together, a box set across columns)."""
    widest, column = article.column(), body_width(body)
    if widest is None or column is None:
        return False
    near = abs(widest - column) <= OCR_JITTER * max(widest, column)
    return near and same_column(article.measure(), body_column(body)) is True


def latin_cross_head(run: list[Unit], article: Article, following: Run | None) -> bool:
    """A cross-head in a wire story (``VOTES TODAY AND SATURDAY``, or wrapped over two
    lines: ``NOTES WILL BE SENT BEFORE`` / ``NIGHT``): a few words in capitals without
    the full stop a story's headline ends with, inside a story that opened with its
    dateline or credit, over text that goes on without a dateline of its own (the next
    story opens with its place and date)."""
    if not 0 < len(run) <= MAX_CROSS_HEAD_LINES or following is None or following[0] != "body":
        return False
    text = " ".join(unit.text.strip() for unit in run)
    if (
        any(
            unit.cjk
            or Flag.CAPS_HEADLINE not in unit.flags
            or Flag.SHOUTED in unit.flags
            or (unit.layout is not None and unit.layout.lines > 1)
            for unit in run
        )
        or text.endswith((".", "!"))
        or len(LATIN_WORD.findall(text)) > MAX_TITLE_WORDS
    ):
        return False
    if article.closed or not article.has_body or not opened_as_wire_story(article):
        return False
    return not following[1][0].opens_with_dateline


def announced_subhead(run: list[Unit], article: Article, following: Run | None) -> bool:
    """A heading right under a paragraph that ends on a colon (``…to which exception was
    taken is as follows:`` / ``ACCUSES MAINE HEROES .`` / ``"This resolution is…``): the
    colon announces what comes next, so the text goes on under the heading as the same
    story's; no story ends on a colon. One or two lines of a few words, over body."""
    if not 0 < len(run) <= MAX_CROSS_HEAD_LINES or following is None or following[0] != "body":
        return False
    if article.closed or not article.blocks or article.blocks[-1]["type"] != "paragraph":
        return False
    text = " ".join(unit.text.strip() for unit in run)
    return (
        article.blocks[-1]["text"].rstrip().endswith((":", "："))
        and all(unit.layout is None or unit.layout.lines == 1 for unit in run)
        and len(LATIN_WORD.findall(text)) <= MAX_TITLE_WORDS
        and display_width(text) <= SUBHEAD_LONGEST
    )


def opened_as_wire_story(article: Article) -> bool:
    """The story's byline is a credit, or its first paragraph opens with a dateline."""
    if article.byline is not None:
        return True
    first = article.blocks.first_body
    return starts_with_dateline(first["text"] if first is not None else "")


def set_in_body_type(run: list[Unit], article: Article, following: Run | None) -> bool:
    """Lines that wrap at exactly the article's column width are set in body type:
    a headline is set larger, so it never fits as many characters to the line. Lines
    over a credit that opens a story (``本报记者 林晓岚``, ``新华社西安7月23日电``) are
    that story's headline, set across columns as wide as the body's: a cross-head in
    body type stands over more of its own story's text, never over a new credit."""
    layout = run[0].layout
    return (
        len(run) == 1
        and layout is not None
        and layout.lines >= 2
        and article.has_body
        and not article.closed
        and same_column(article.column(), layout.width) is True
        and not _over_opening_credit(following)
    )


def _over_opening_credit(following: Run | None) -> bool:
    if following is None:
        return False
    role, (first, *_) = following
    if role == "body":
        return first.opens_with_dateline
    return role == "byline" and not first.text.startswith(CLOSING_CREDIT)


def resumed_article(
    run: list[Unit],
    current: Article | None,
    latest_open: Article | None,
    next_role: str | None,
) -> Article | None:
    """The open story that a heading continues as a subhead, when the current article
    has no body yet: the heading is short and parallels that story's subheads. That
    story is ``latest_open``, the latest open one with body (never the current article,
    which has none)."""
    if current is None or current.has_body or len(run) != 1 or next_role != "body":
        return None
    text = run[0].text
    if display_width(text) > SUBHEAD_MAX:
        return None
    if latest_open is not None and any(
        abs(n - len(text)) <= 2 for n in latest_open.subhead_lengths
    ):
        return latest_open
    return None


def belongs_to_orphan(
    run: list[Unit], article: Article, next_body: int | None, next_role: str | None
) -> bool:
    """Does this heading begin the body of a headline group still waiting for one?

    It does when it stands over a byline (a title line, not a section subhead), or
    when it would be the open article's first subhead but its body is set in another
    column (unless rejoin kept it apart as a crosshead, ``Unit.crosshead``) or it is
    too long for a subhead (a subtitle)."""
    if len(run) != 1 or not article.has_body:
        return False
    if next_role == "byline":
        return True
    if next_role != "body" or article.subhead_lengths:
        return False
    if display_width(run[0].text) > SUBHEAD_MAX:
        return True
    # A crosshead rejoin found between sentences heads a section of the story those
    # sentences are in, whatever column its body seems set in.
    return not run[0].crosshead and same_column(article.column(), next_body) is not True


def takes_title_line(article: Article, text: str, next_role: str | None) -> bool:
    """Add a title line (over a byline, or too long for a subhead) under the headline
    group of ``article``, moving kicker and headline up if the group is short of one."""
    if next_role != "byline" and display_width(text) <= SUBHEAD_MAX:
        return False
    if article.subtitle is None:
        article.subtitle = text
        return True
    if article.kicker is None:
        article.kicker, article.headline, article.subtitle = (
            article.headline,
            article.subtitle,
            text,
        )
        return True
    return False


def deck_over_byline(run: list[Unit], current: Article | None, next_role: str | None) -> bool:
    """A Latin headline group with nothing under it yet, then one more line over a
    byline (an extractor's blank line between headline and deck): the byline closes
    the stack, so that line is the group's deck, not another story's headline."""
    return (
        current is not None
        and not current.blocks
        and current.byline is None
        and current.headline is not None
        and len(run) == 1
        and next_role == "byline"
        and not run[0].cjk
        and not HAS_CJK.search(current.headline)
        and Flag.CAPS_HEADLINE not in run[0].flags
        and len(run[0].text) > len(current.headline)
    )
