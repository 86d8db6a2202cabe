"""The article assembler: runs of units of one role, read in order, into articles.

The runs (``runs``: made, and headline groups set side by side put back) are read
once, in order, by one function per role, sharing an ``Assembly`` (``assembly``): the
articles so far, the one being filled, the orphans and the lines waiting for the article
they belong to. Whether a heading is a subhead or another story's is ``subheads``'s.

* *Orphans* (reading-order repair). A headline group followed directly by another group
  has no body of its own; it owns the next body that starts without a headline of its
  own: a section whose column does not match the open article, or body after a closing
  byline, or body whose credit or dateline opens a story.
* *Bylines* open the article when they stand between its headline and its body, and
  close it when they follow its body. A credit line broken after its role word at a
  narrow column's edge takes back the names printed on the next line (``runs``). A
  credit or dateline run into the first paragraph (``本报武汉7月28日电 …``) is the
  byline only until a byline of its own closes the story: then it is the text's
  dateline again. A paragraph after the closing byline that is set wider than the
  article's column is that article's standfirst: its ``lead``.
* *Side by side*: two kicker labels in a row wait for their headlines in order.
* Body printed before any headline in the column of the article after it is that
  article's; a one-line group with no body is the kicker of the group after it.
* *Boxed items* (``page.boxes``): a notice's heading and a briefs item's title each
  open an article of their own, whatever is open (they are never a subhead); a briefs
  box's label goes to the furniture.
"""

from __future__ import annotations

from newsclean.chardata import display_width, joins_without_space
from newsclean.latin import is_caps_headline
from newsclean.page.boxes import (
    MAX_NOTICE_CELLS,
    item_marker,
    notice_heading,
    without_marker,
)
from newsclean.page.credits import is_caption, split_credit
from newsclean.segment.assembly import Assembly
from newsclean.segment.headlines import (
    KICKER_MAX,
    group_roles,
    label_beside,
    latin_lines_run_on,
    lines_over_stack,
    stack_roles,
)
from newsclean.segment.model import (
    SAME_COLUMN,
    Article,
    Blocks,
    Run,
    Unit,
    body_width,
    same_column,
)
from newsclean.segment.notices import take_group_as_text, takes_group_as_text
from newsclean.segment.pagehead import NameplateForms, strip_page_head
from newsclean.segment.runs import credit_lines_rejoined, role_runs, side_by_side
from newsclean.segment.subheads import (
    announced_subhead,
    belongs_to_orphan,
    deck_over_byline,
    is_subhead,
    latin_cross_head,
    resumed_article,
    set_in_body_type,
    takes_title_line,
)


def page_articles(
    units: list[Unit],
    boxes: list[str],
    head_blocks: NameplateForms = frozenset(),
    nameplate: bool = False,
) -> list[Article]:
    """The articles of a page's units; the page head's lines go to ``boxes``
    (``head_blocks`` and ``nameplate`` passed on to ``strip_page_head``)."""
    head = strip_page_head(role_runs(units), boxes, head_blocks, nameplate)
    runs = credit_lines_rejoined(side_by_side(head))
    state = Assembly()
    for i, (role, run) in enumerate(runs):
        following = runs[i + 1] if i + 1 < len(runs) else None
        if role == "heading":
            _heading(state, run, following)
        elif role == "byline":
            _byline(state, run[0].text)
        elif role == "dateline":
            _dateline(state, run[0].text, following[0] if following else None)
        elif role == "caption":
            state.captions += [u.text for u in run]
        elif role == "end":
            _end(state, run[0].text)
        elif role == "label":
            boxes += [u.text for u in run]
        else:
            _body(state, run)
    _place_pending(state)
    articles = _merge_into_next(state.articles)
    _give_headless_to_next(articles)
    return [a for a in articles if a.headline or a.blocks or a.byline]


def _heading(state: Assembly, run: list[Unit], following: Run | None) -> None:
    """A run of heading lines: a subhead or title line of an article already open, or a
    new headline group (or a kicker waiting for one)."""
    next_role = following[0] if following else None
    next_body = body_width(following[1]) if following and next_role == "body" else None
    text = run[0].text
    current = state.current
    if run[0].item or notice_heading(text):
        _boxed_item(state, run, next_role)
    elif current is not None and _marked_point(run, current, next_role):
        current.add_subhead(text)
        current.signals.append("a marked point inside the story")
    elif (
        state.orphans
        and current is not None
        and belongs_to_orphan(run, current, next_body, next_role)
    ):
        current = state.current = state.orphans.pop(0)
        if takes_title_line(current, text, next_role):
            current.signals.append("orphan headline group gets its subtitle and body")
        else:
            current.add_subhead(text)
            current.signals.append("orphan headline owns a section led by a subhead")
    elif current is not None and deck_over_byline(run, current, next_role):
        if current.subtitle is None:
            current.subtitle = text
        else:
            current.decks.append(text)
        if current in state.orphans:
            state.orphans.remove(current)
        current.signals.append("a deck over the byline completes the stack")
    elif current is not None and _resume(state, current, run, next_role):
        pass
    elif current is not None and set_in_body_type(run, current, following):
        _add_body(current, run[0], body_width(run[1:]))
        current.signals.append("heading-like lines set in the body column: body")
    elif current is not None and (
        is_subhead(run, current, following)
        or latin_cross_head(run, current, following)
        or announced_subhead(run, current, following)
    ):
        # A cross-head may wrap over two lines: a subhead is its lines together.
        current.add_subhead(" ".join(unit.text for unit in run))
        current.signals.append(f"subhead: {text[:12]}")
    else:
        _headline_group(state, [u.text for u in run], next_role)


def _boxed_item(state: Assembly, run: list[Unit], next_role: str | None) -> None:
    """A briefs item's title (its lines joined, its marker taken off) or a notice's
    heading opens an article of its own; the notice's further display lines (a price,
    a telephone number) are its text."""
    if run[0].item:
        title = without_marker(run[0].text)
        for unit in run[1:]:
            title += unit.text if joins_without_space(title, unit.text) else " " + unit.text
        article = state.start(Article(headline=title, signals=["a briefs item"]))
    else:
        article = state.start(Article(headline=run[0].text, signals=["a notice's heading"]))
        article.blocks += [{"type": "paragraph", "text": u.text} for u in run[1:]]
        if run[1:]:
            article.notice_block = run[-1].block
    if state.byline is not None:
        article.byline, state.byline = state.byline, None
    if next_role == "heading" and not article.blocks:
        state.orphans.append(article)


def _marked_point(run: list[Unit], current: Article, next_role: str | None) -> bool:
    """A marked line (``● 新增公园绿地``) that is no briefs box's item, inside a story
    with body and over more body, is a point of that story, not another story."""
    return (
        len(run) == 1
        and next_role == "body"
        and current.has_body
        and not current.closed
        and item_marker(run[0].text) is not None
    )


def _resume(state: Assembly, current: Article, run: list[Unit], next_role: str | None) -> bool:
    """A headline group printed inside another story's run (PDF column order): that
    story goes on under its next parallel subhead, and the new group waits for its body."""
    resumed = resumed_article(run, current, state.latest_open(), next_role)
    if resumed is None:
        return False
    if current not in state.orphans:
        state.orphans.append(current)
    state.current = resumed
    resumed.add_subhead(run[0].text)
    resumed.signals.append("parallel subhead resumes the story after a stray group")
    return True


def _headline_group(state: Assembly, group: list[str], next_role: str | None) -> None:
    """A new article under this headline group, given the lines read before it (a
    kicker, captions, a dateline, a byline); a group with another after it is an orphan."""
    if (
        state.kicker is not None
        and next_role == "heading"
        and len(group) == 1
        and label_beside(state.kicker, group[0])
    ):
        # Two labels in a row (``INDIA`` / ``CONGO``): the kickers of two stories set
        # side by side, each over its own headline, in order.
        state.kickers.append(group[0])
        return
    if state.kicker is not None:
        group.insert(0, state.kicker)
        state.kicker = state.kickers.pop(0) if state.kickers else None
    if next_role == "heading" and len(group) == 1 and display_width(group[0]) <= KICKER_MAX:
        # A label this short over the next group is its kicker (热点追踪, 天气), set apart
        # by a blank line; a real orphan headline says more.
        state.kicker = group[0]
        return
    over = lines_over_stack(group)
    captions, group = group[:over], group[over:]
    decks: list[str] = []
    if is_caps_headline(group[0]):
        kicker, headline, decks = stack_roles(group)
        subtitle = decks.pop(0) if decks else None
    else:
        kicker, headline, subtitle = group_roles(latin_lines_run_on(group))
    current = state.start(Article(kicker=kicker, headline=headline, subtitle=subtitle, decks=decks))
    current.signals.append("headline group before body")
    if captions:
        state.captions += captions
        current.signals.append("lower-case lines over a capitals stack: a caption")
    if state.captions:
        current.blocks += [{"type": "caption", "text": c} for c in state.captions]
        current.signals.append("a caption set over the headline")
        state.captions = []
    if state.dateline is not None:
        current.blocks.append({"type": "dateline", "text": state.dateline})
        state.dateline = None
    if state.byline is not None:
        current.byline, state.byline = state.byline, None
    if next_role == "heading":
        state.orphans.append(current)
        current.signals.append("orphan: another headline group follows")


def _byline(state: Assembly, text: str) -> None:
    """A byline opens the article it stands over and closes the one whose body it follows."""
    current = state.current
    if current is None:
        state.byline = _joined(state.byline, text)
    elif not current.has_body:
        current.byline = _joined(current.byline, text)
        current.signals.append("byline opens the article")
    elif current.byline is None or current.opening_credit is not None:
        _give_back_opening_credit(current)
        current.byline = text
        current.closed = True
        current.signals.append("byline closes the article")
    else:
        current.blocks.append({"type": "dateline", "text": text})
        current.closed = True


def _give_back_opening_credit(article: Article) -> None:
    """The credit or dateline taken off the first paragraph goes back to open it."""
    if article.opening_credit is None:
        return
    block, printed = article.opening_credit
    article.blocks[block]["text"] = printed
    article.opening_credit = None
    article.signals.append("the closing byline gives the opening credit back to the text")


def _dateline(state: Assembly, text: str, next_role: str | None) -> None:
    # A dateline set above a story's headline belongs to the story below it.
    if next_role == "heading" or state.current is None:
        state.dateline = text
    else:
        state.current.blocks.append({"type": "dateline", "text": text})


def _end(state: Assembly, text: str) -> None:
    current = state.current
    if current is None:
        current = state.start(Article(signals=["body without a headline"]))
    current.blocks.append({"type": "paragraph", "text": text})
    current.closed = True


def _body(state: Assembly, run: list[Unit]) -> None:
    """A run of body: the open article's, a waiting headline group's, a standfirst set
    over a closed article, or a story with no headline."""
    current = state.current
    if current is not None and not current.closed:
        end = _notice_end(current, run)
        if end is not None:
            if end:
                _body(state, run[:end])
            current.closed = True
            state.current = _interrupted(state, current)
            _body(state, run[end:])
            return
    if current is None or (current.closed and not _standfirst(run, current)):
        if state.orphans:
            current = state.current = state.orphans.pop(0)
            current.signals.append("orphan headline owns body without a headline")
        elif current is None or current.closed:
            current = state.start(Article(signals=["body without a headline"]))
            if state.byline is not None:
                current.byline, state.byline = state.byline, None
    if current.closed and _standfirst(run, current):
        current.blocks.insert_front({"type": "lead", "text": u.text} for u in run)
        current.signals.append("standfirst after the closing byline is the lead")
        return
    # What a first paragraph set wider than the rest of its run is compared with.
    rest = body_width(run[1:])
    for unit in run:
        _add_body(_owner(state, current, unit), unit, rest)
        current = state.current
        assert current is not None


def _notice_end(article: Article, run: list[Unit]) -> int | None:
    """Where in a run of body a boxed notice's text ends: at the first unit of another
    block once its own short text is set (see ``page.boxes``), or None."""
    if article.notice_block is None and article.signals[:1] != ["a notice's heading"]:
        return None
    block = article.notice_block
    cells = 0
    for text in (b["text"] for b in article.blocks):
        cells += display_width(text)
        if cells > MAX_NOTICE_CELLS:
            # Past a notice's length: read no further (a notice read again each run).
            break
    for i, unit in enumerate(run):
        if block is None:
            block = article.notice_block = unit.block
        elif unit.block != block and cells <= MAX_NOTICE_CELLS:
            return i
        cells += display_width(unit.text)
    return None


def _interrupted(state: Assembly, notice: Article) -> Article:
    """The story a boxed notice was set into: its body goes on after the box (the
    article before the notice, while still open), else the closed notice."""
    i = state.position(notice)
    before = state.articles[i - 1] if i else None
    if before is not None and before.has_body and not before.closed:
        return before
    return notice


def _owner(state: Assembly, current: Article, unit: Unit) -> Article:
    """The article a paragraph of body goes to: the open one, unless its credit or its
    dateline shows it opens another story."""
    if (
        state.orphans
        and not current.has_body
        and current.byline is not None
        and split_credit(unit.text) is not None
    ):
        # A story already credited does not open with a second credit: this body is the
        # waiting headline group's.
        current = state.current = state.orphans.pop(0)
        current.signals.append("orphan headline owns the body its credit opens")
    elif current.has_body and unit.opens_with_dateline:
        # A dateline opens a story's first paragraph: this body is another story's,
        # printed after the one before it (PDF column order).
        waiting = state.waiting_for_body()
        if state.orphans:
            current = state.current = state.orphans.pop(0)
            current.signals.append("orphan headline owns the body its dateline opens")
        elif waiting is not None:
            # A headline group closed by its byline, with no body yet: the story its
            # dateline opens is that group's (column order).
            current = state.current = waiting
            current.signals.append("a bodiless headline owns the body its dateline opens")
        else:
            current = state.start(Article(signals=["a dateline opens a story with no headline"]))
    return current


def _place_pending(state: Assembly) -> None:
    """Lines still waiting at the page's foot go to the last article, or stand alone."""
    articles = state.articles
    if state.captions:
        if articles:
            articles[-1].blocks += [{"type": "caption", "text": c} for c in state.captions]
        else:
            articles.append(
                Article(blocks=Blocks({"type": "caption", "text": c} for c in state.captions))
            )
    for label in [state.kicker, *state.kickers]:
        if label is not None:
            articles.append(Article(headline=label, signals=["a label with no story under it"]))
    if state.dateline is not None:
        if articles:
            articles[-1].blocks.append({"type": "dateline", "text": state.dateline})
        else:
            articles.append(Article(blocks=Blocks([{"type": "dateline", "text": state.dateline}])))
    if state.byline is not None:
        # A credit with nothing after it closes the last article (or stands alone).
        if articles and articles[-1].byline is None:
            articles[-1].byline = state.byline
        elif articles:
            articles[-1].blocks.append({"type": "dateline", "text": state.byline})
        else:
            articles.append(Article(byline=state.byline, signals=["credit alone"]))


def _joined(first: str | None, second: str) -> str:
    """Credit lines in a row (reporter, then correspondent) make one byline."""
    return second if first is None else f"{first} {second}"


def _add_body(article: Article, unit: Unit, rest: int | None) -> None:
    """Add a unit of body to ``article``; ``rest`` is the column of the units after it
    in its run (``_wider_than``)."""
    text = unit.text
    if not article.has_body and article.byline is None:
        credit = split_credit(text)
        if credit is not None:
            article.byline, text = credit
            article.opening_credit = (len(article.blocks), unit.text)
            article.signals.append("credit opening the first paragraph is the byline")
    kind = "paragraph"
    if unit.caption if text is unit.text else is_caption(text):
        kind = "caption"
    elif not article.has_body and _wider_than(unit, rest):
        kind = "lead"
    article.blocks.append({"type": kind, "text": text})
    if kind != "caption" and unit.layout is not None and unit.layout.lines > 1:
        article.layouts.append(unit.layout)


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
    following.blocks.insert_front(headless.blocks)
    following.layouts.insert_front(headless.layouts)
    following.byline = following.byline or headless.byline
    following.signals.append("owns the body printed before its headline")
    articles.pop(0)


def _merge_into_next(articles: list[Article]) -> list[Article]:
    """A one-line headline group that never found a body of its own is the kicker of
    the group printed after it (a blank line was all that set it apart), unless it is a
    notice's heading over its text (``notices``). One pass over
    the list: finding each orphan in it (by value) and popping it was quadratic."""
    kept: list[Article] = []
    taken: Article | None = None
    for index, orphan in enumerate(articles):
        if orphan is taken:
            continue
        following = articles[index + 1] if index + 1 < len(articles) else None
        if following is not None and not orphan.blocks and takes_group_as_text(orphan, following):
            take_group_as_text(orphan, following)
            kept.append(orphan)
            taken = following
            continue
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


def _wider_than(unit: Unit, body: int | None) -> bool:
    """A first paragraph set wider than the body that follows it (``body``): a standfirst."""
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
