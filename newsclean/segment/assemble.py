"""The article assembler: runs of units of one role, read in order, into articles.

* *Subheads vs new articles.* A single short heading inside an open article (it has body
  and no closing byline yet) is a section subhead when the body after it is set in the
  same column width as the article, or parallels subheads already seen; a heading whose
  body is set in another column width starts another article.
* *Orphans* (reading-order repair). A headline group followed directly by another group
  has no body of its own; it owns the next body that starts without a headline of its
  own: a section whose column does not match the open article, or body after a closing
  byline.
* *Bylines* open the article when they stand between its headline and its body, and
  close it when they follow its body. A paragraph after the closing byline that is set
  wider than the article's column is that article's standfirst: its ``lead``.
* *Cross-heads* (Latin): one line in capitals without a full stop, inside a story that
  opened with its dateline or credit, over text with no dateline of its own, is a
  subhead of that story, not the next story's headline.
"""

from __future__ import annotations

from newsclean.chardata import HAS_CJK, display_width
from newsclean.latin import is_caps_headline, is_shouted
from newsclean.patterns import CAPTION, split_credit, starts_with_dateline
from newsclean.segment.headlines import (
    KICKER_MAX,
    group_roles,
    label_beside,
    latin_lines_run_on,
    stack_roles,
)
from newsclean.segment.kinds import CJK_NOTICE
from newsclean.segment.model import SAME_COLUMN, Article, Run, Unit, body_width, same_column
from newsclean.segment.pagehead import strip_page_head
from newsclean.segment.roles import LATIN_WORD, MAX_TITLE_WORDS

#: Widths in half-em cells (a CJK character is two): the longest section subhead.
SUBHEAD_LONGEST = 40
#: Section subheads are short; a longer heading line is a subtitle.
SUBHEAD_MAX = 20
#: A subhead is at most this share of its article's headline, unless it parallels
#: subheads already seen.
SUBHEAD_SHARE = 0.75


def _runs(units: list[Unit]) -> list[Run]:
    """Consecutive units of one role; heading runs also break where a block ends."""
    runs: list[Run] = []
    for unit in units:
        role = unit.role
        if runs and runs[-1][0] == role and role in ("body", "heading"):
            last = runs[-1][1][-1]
            if role == "body" or last.block == unit.block:
                runs[-1][1].append(unit)
                continue
        runs.append((role, [unit]))
    return runs


def _interleave(runs: list[Run]) -> list[Run]:
    """Two headline groups set side by side come out of a text extractor row by row:
    kicker A, kicker B, headline A, headline B. Four (or six...) one- or two-line
    groups in a row are taken as two groups interleaved; the left one, whose body
    follows, is put last, the right one first (an orphan that finds its body later)."""
    out: list[Run] = []
    # Where the row of short headings from each run on ends, found in one pass from the
    # back (a scan forward from every run was quadratic on a page of headings alone).
    ends = list(range(len(runs) + 1))
    for k in range(len(runs) - 1, -1, -1):
        if runs[k][0] == "heading" and len(runs[k][1]) <= 2:
            ends[k] = ends[k + 1]
    i = 0
    while i < len(runs):
        j = ends[i]
        n = j - i
        if n >= 4 and n % 2 == 0 and j < len(runs) and runs[j][0] in ("body", "byline"):
            half = n // 2
            left = [u for k in range(i, j, 2) for u in runs[k][1]]
            right = [u for k in range(i + 1, j, 2) for u in runs[k][1]]
            if half == 2:
                out += [("heading", right), ("heading", left)]
                i = j
                continue
        out.append(runs[i])
        i += 1
    return out


def page_articles(units: list[Unit], boxes: list[str]) -> list[Article]:
    runs = _interleave(strip_page_head(_runs(units), boxes))
    articles: list[Article] = []
    orphans: list[Article] = []
    current: Article | None = None
    pending_byline: str | None = None
    pending_dateline: str | None = None
    pending_kicker: str | None = None
    waiting_kickers: list[str] = []
    pending_captions: list[str] = []

    for i, (role, run) in enumerate(runs):
        following = runs[i + 1] if i + 1 < len(runs) else None
        next_role = following[0] if following else None
        if role == "heading":
            next_body = body_width(following[1]) if following and next_role == "body" else None
            text = run[0].text
            if (
                orphans
                and current is not None
                and _belongs_to_orphan(run, current, next_body, next_role)
            ):
                current = orphans.pop(0)
                if _takes_title_line(current, text, next_role):
                    current.signals.append("orphan headline group gets its subtitle and body")
                else:
                    current.blocks.append({"type": "subhead", "text": text})
                    current.subhead_lengths.append(len(text))
                    current.signals.append("orphan headline owns a section led by a subhead")
                continue
            if _deck_over_byline(run, current, next_role):
                assert current is not None
                current.subtitle = _joined(current.subtitle, text)
                if current in orphans:
                    orphans.remove(current)
                current.signals.append("a deck over the byline completes the stack")
                continue
            resumed = _resumed_article(run, current, articles, next_role)
            if resumed is not None and current is not None:
                # A headline group printed inside another story's run (PDF column
                # order): that story goes on under its next parallel subhead, and the
                # new group waits for its body.
                if current not in orphans:
                    orphans.append(current)
                current = resumed
                current.blocks.append({"type": "subhead", "text": text})
                current.subhead_lengths.append(len(text))
                current.signals.append("parallel subhead resumes the story after a stray group")
                continue
            if current is not None and _set_in_body_type(run, current):
                _add_body(current, run[0], run)
                current.signals.append("heading-like lines set in the body column: body")
                continue
            if current is not None and (
                _is_subhead(run, current, next_body, next_role)
                or _latin_cross_head(run, current, following)
            ):
                current.blocks.append({"type": "subhead", "text": text})
                current.subhead_lengths.append(len(text))
                current.signals.append(f"subhead: {text[:12]}")
                continue
            group = [u.text for u in run]
            if (
                pending_kicker is not None
                and next_role == "heading"
                and len(group) == 1
                and label_beside(pending_kicker, group[0])
            ):
                # Two labels in a row (``INDIA`` / ``CONGO``): the kickers of two
                # stories set side by side, each over its own headline, in order.
                waiting_kickers.append(group[0])
                continue
            if pending_kicker is not None:
                group.insert(0, pending_kicker)
                pending_kicker = waiting_kickers.pop(0) if waiting_kickers else None
            if next_role == "heading" and len(group) == 1 and display_width(group[0]) <= KICKER_MAX:
                # A label this short over the next group is its kicker (热点追踪, 天气),
                # set apart by a blank line; a real orphan headline says more.
                pending_kicker = group[0]
                continue
            if is_caps_headline(group[0]):
                kicker, headline, subtitle = stack_roles(group)
            else:
                kicker, headline, subtitle = group_roles(latin_lines_run_on(group))
            current = Article(kicker=kicker, headline=headline, subtitle=subtitle)
            current.signals.append("headline group before body")
            articles.append(current)
            if pending_captions:
                current.blocks += [{"type": "caption", "text": c} for c in pending_captions]
                current.signals.append("a caption set over the headline")
                pending_captions = []
            if pending_dateline is not None:
                current.blocks.append({"type": "dateline", "text": pending_dateline})
                pending_dateline = None
            if pending_byline is not None:
                current.byline, pending_byline = pending_byline, None
            if next_role == "heading":
                orphans.append(current)
                current.signals.append("orphan: another headline group follows")
            continue
        if role == "byline":
            text = run[0].text
            if current is None:
                pending_byline = _joined(pending_byline, text)
            elif not current.has_body:
                current.byline = _joined(current.byline, text)
                current.signals.append("byline opens the article")
            elif current.byline is None:
                current.byline = text
                current.closed = True
                current.signals.append("byline closes the article")
            else:
                current.blocks.append({"type": "dateline", "text": text})
                current.closed = True
            continue
        if role == "dateline":
            # A dateline set above a story's headline belongs to the story below it.
            if next_role == "heading" or current is None:
                pending_dateline = run[0].text
            else:
                current.blocks.append({"type": "dateline", "text": run[0].text})
            continue
        if role == "caption":
            pending_captions += [u.text for u in run]
            continue
        if role == "end":
            if current is None:
                current = Article(signals=["body without a headline"])
                articles.append(current)
            current.blocks.append({"type": "paragraph", "text": run[0].text})
            current.closed = True
            continue
        # body
        if current is None or (current.closed and not _standfirst(run, current)):
            if orphans:
                current = orphans.pop(0)
                current.signals.append("orphan headline owns body without a headline")
            elif current is None or current.closed:
                current = Article(signals=["body without a headline"])
                if pending_byline is not None:
                    current.byline, pending_byline = pending_byline, None
                articles.append(current)
        if current.closed and _standfirst(run, current):
            current.blocks[0:0] = [{"type": "lead", "text": u.text} for u in run]
            current.signals.append("standfirst after the closing byline is the lead")
            continue
        for unit in run:
            if (
                orphans
                and not current.has_body
                and current.byline is not None
                and split_credit(unit.text) is not None
            ):
                # A story already credited does not open with a second credit: this
                # body is the waiting headline group's.
                current = orphans.pop(0)
                current.signals.append("orphan headline owns the body its credit opens")
            elif current.has_body and starts_with_dateline(unit.text):
                # A dateline opens a story's first paragraph: this body is another
                # story's, printed after the one before it (PDF column order).
                waiting = _waiting_for_body(articles)
                if orphans:
                    current = orphans.pop(0)
                    current.signals.append("orphan headline owns the body its dateline opens")
                elif waiting is not None:
                    # A headline group closed by its byline, with no body yet: the
                    # story its dateline opens is that group's (column order).
                    current = waiting
                    current.signals.append("a bodiless headline owns the body its dateline opens")
                else:
                    current = Article(signals=["a dateline opens a story with no headline"])
                    articles.append(current)
            _add_body(current, unit, run)
    if pending_captions:
        if articles:
            articles[-1].blocks += [{"type": "caption", "text": c} for c in pending_captions]
        else:
            articles.append(
                Article(blocks=[{"type": "caption", "text": c} for c in pending_captions])
            )
    for label in [pending_kicker, *waiting_kickers]:
        if label is not None:
            articles.append(Article(headline=label, signals=["a label with no story under it"]))
    if pending_dateline is not None:
        if articles:
            articles[-1].blocks.append({"type": "dateline", "text": pending_dateline})
        else:
            articles.append(Article(blocks=[{"type": "dateline", "text": pending_dateline}]))
    if pending_byline is not None:
        # A credit with nothing after it closes the last article (or stands alone).
        if articles and articles[-1].byline is None:
            articles[-1].byline = pending_byline
        elif articles:
            articles[-1].blocks.append({"type": "dateline", "text": pending_byline})
        else:
            articles.append(Article(byline=pending_byline, signals=["credit alone"]))
    articles[:] = _merge_into_next(articles)
    _give_headless_to_next(articles)
    return [a for a in articles if a.headline or a.blocks or a.byline]


def _deck_over_byline(run: list[Unit], current: Article | None, next_role: str | None) -> bool:
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
        and not HAS_CJK.search(run[0].text)
        and not HAS_CJK.search(current.headline)
        and not is_caps_headline(run[0].text)
        and len(run[0].text) > len(current.headline)
    )


def _waiting_for_body(articles: list[Article]) -> Article | None:
    """The latest Latin headline group that has no body yet."""
    for article in reversed(articles):
        if (
            article.headline is not None
            and not article.has_body
            and not HAS_CJK.search(article.headline)
        ):
            return article
    return None


def _joined(first: str | None, second: str) -> str:
    """Credit lines in a row (reporter, then correspondent) make one byline."""
    return second if first is None else f"{first} {second}"


def _add_body(article: Article, unit: Unit, run: list[Unit]) -> None:
    text = unit.text
    if not article.has_body and article.byline is None:
        credit = split_credit(text)
        if credit is not None:
            article.byline, text = credit
            article.signals.append("credit opening the first paragraph is the byline")
    kind = "paragraph"
    if CAPTION.search(text):
        kind = "caption"
    elif not article.has_body and _wider_than(unit, article, run):
        kind = "lead"
    article.blocks.append({"type": kind, "text": text})
    if kind != "caption" and unit.layout is not None and unit.layout.lines > 1:
        article.widths.append(unit.layout.width)


def _set_in_body_type(run: list[Unit], article: Article) -> bool:
    """Lines that wrap at exactly the article's column width are set in body type:
    a headline is set larger, so it never fits as many characters to the line."""
    layout = run[0].layout
    return (
        len(run) == 1
        and layout is not None
        and layout.lines >= 2
        and article.has_body
        and not article.closed
        and same_column(article.column(), layout.width) is True
    )


def _resumed_article(
    run: list[Unit], current: Article | None, articles: list[Article], next_role: str | None
) -> Article | None:
    """The open story that a heading continues as a subhead, when the current article
    has no body yet: the heading is short and parallels that story's subheads."""
    if current is None or current.has_body or len(run) != 1 or next_role != "body":
        return None
    text = run[0].text
    if display_width(text) > SUBHEAD_MAX:
        return None
    for article in reversed(articles):
        if article is current or article.closed or not article.has_body:
            continue
        if any(abs(n - len(text)) <= 2 for n in article.subhead_lengths):
            return article
        return None
    return None


def _takes_title_line(article: Article, text: str, next_role: str | None) -> bool:
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


def _belongs_to_orphan(
    run: list[Unit], article: Article, next_body: int | None, next_role: str | None
) -> bool:
    """Does this heading begin the body of a headline group still waiting for one?

    It does when it stands over a byline (a title line, not a section subhead), or
    when it would be the open article's first subhead but its body is set in another
    column or it is too long for a subhead (a subtitle)."""
    if len(run) != 1 or not article.has_body:
        return False
    if next_role == "byline":
        return True
    if next_role != "body" or article.subhead_lengths:
        return False
    if display_width(run[0].text) > SUBHEAD_MAX:
        return True
    return same_column(article.column(), next_body) is not True


def _give_headless_to_next(articles: list[Article]) -> None:
    """Body that comes before any headline (the extractor read a column below the
    headline first) belongs to the article whose headline follows, when it is set in
    the same column."""
    if len(articles) < 2 or articles[0].headline is not None:
        return
    headless, following = articles[0], articles[1]
    if same_column(headless.column(), following.column()) is False:
        return
    if headless.byline and following.byline:
        return
    following.blocks[0:0] = headless.blocks
    following.widths += headless.widths
    following.byline = following.byline or headless.byline
    following.signals.append("owns the body printed before its headline")
    articles.pop(0)


def _merge_into_next(articles: list[Article]) -> list[Article]:
    """A one-line headline group that never found a body of its own is the kicker of
    the group printed after it (a blank line was all that set it apart). One pass over
    the list: finding each orphan in it (by value) and popping it was quadratic."""
    kept: list[Article] = []
    for index, orphan in enumerate(articles):
        following = articles[index + 1] if index + 1 < len(articles) else None
        if (
            following is not None
            and not (orphan.blocks or orphan.byline or orphan.kicker or orphan.subtitle)
            and following.kicker is None
            and following.headline is not None
        ):
            following.kicker = orphan.headline
            following.signals.append("kicker: a bodiless headline line printed above")
            continue
        kept.append(orphan)
    return kept


def _wider_than(unit: Unit, article: Article, run: list[Unit]) -> bool:
    """A first paragraph set wider than the body that follows it: a standfirst."""
    body = body_width(run[1:])
    return (
        unit.layout is not None
        and body is not None
        and unit.layout.lines > 1
        and unit.layout.width > body * (1 + SAME_COLUMN)
    )


def _standfirst(run: list[Unit], article: Article) -> bool:
    column = article.column()
    return (
        len(run) == 1
        and column is not None
        and run[0].layout is not None
        and run[0].layout.width > column * (1 + SAME_COLUMN)
    )


def _latin_cross_head(run: list[Unit], article: Article, following: Run | None) -> bool:
    """A cross-head in a wire story (``VOTES TODAY AND SATURDAY``): one short line in
    capitals without the full stop a story's headline ends with, inside a story that
    opened with its dateline or credit, over text that goes on without a dateline of
    its own (the next story opens with its place and date)."""
    if len(run) != 1 or following is None or following[0] != "body":
        return False
    text = run[0].text.strip()
    if (
        HAS_CJK.search(text)
        or not is_caps_headline(text)
        or is_shouted(text)
        or text.endswith((".", "!"))
        or len(LATIN_WORD.findall(text)) > MAX_TITLE_WORDS
        or (run[0].layout is not None and run[0].layout.lines > 1)
    ):
        return False
    if article.closed or not article.has_body or not _opened_as_wire_story(article):
        return False
    return not starts_with_dateline(following[1][0].text)


def _opened_as_wire_story(article: Article) -> bool:
    """The story's byline is a credit, or its first paragraph opens with a dateline."""
    if article.byline is not None:
        return True
    first = next((b["text"] for b in article.blocks if b["type"] in ("paragraph", "lead")), "")
    return starts_with_dateline(first)


def _is_subhead(
    run: list[Unit], article: Article, next_body: int | None, next_role: str | None
) -> bool:
    if len(run) != 1 or next_role != "body" or article.closed or not article.has_body:
        return False
    text = run[0].text
    if display_width(text) > SUBHEAD_LONGEST or is_caps_headline(text) or CJK_NOTICE.search(text):
        # A heading in capitals is how a Latin paper starts its next story; a notice's
        # title (遗失声明) always starts a notice.
        return False
    same = same_column(article.column(), next_body)
    if same is False:
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
    shorter = title is not None and len(text) <= SUBHEAD_SHARE * len(title)
    return parallel or shorter
