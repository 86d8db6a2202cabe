"""An article's blocks keep whether it has body as they are added (``model.Blocks``), its
layouts the middle of their widths and measures (``model.Layouts``), and
the assembler keeps the latest open story and the latest headline waiting for body
(``assembly.Assembly``) as articles are started, given body and closed: each answer is
held to the scan over every block or article it replaces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.model import Layout
from newsclean.segment.assembly import Assembly
from newsclean.segment.model import BODY_TYPES, Article, Block, Blocks, Layouts

TYPES = ("paragraph", "lead", "subhead", "caption", "dateline")

blocks = st.lists(
    st.builds(
        lambda kind, n: {"type": kind, "text": f"{kind} {n}"},
        st.sampled_from(TYPES),
        st.integers(0, 9),
    ),
    max_size=4,
)
#: One change to a block list: ``append``, ``extend`` (``+=``) or ``insert_front``.
changes = st.lists(st.tuples(st.sampled_from(("append", "extend", "front")), blocks), max_size=8)


def _scanned_first_body(items: list[Block]) -> Block | None:
    return next((b for b in items if b["type"] in BODY_TYPES), None)


@given(blocks, changes)
def test_blocks_keep_the_first_body_block_as_the_scan_finds_it(
    start: list[Block], steps: list[tuple[str, list[Block]]]
) -> None:
    kept = Blocks(start)
    calls: list[int] = []
    kept.watch(lambda: calls.append(len(kept)))
    items = list(start)
    for how, new in steps:
        if how == "append":
            for block in new:
                kept.append(block)
            items += new
        elif how == "extend":
            kept += new
            items += new
        else:
            kept.insert_front(new)
            items[0:0] = new
        assert list(kept) == items
        assert kept.first_body is _scanned_first_body(items)
        assert kept.has_body == (_scanned_first_body(items) is not None)
    # The watcher hears of body once, and only if there is body.
    assert len(calls) == (1 if kept.has_body else 0)


def test_blocks_with_no_paragraph_or_lead_have_no_body() -> None:
    # Captions, datelines and subheads stand around a story's text: none of them is body.
    kept = Blocks([{"type": kind, "text": "x"} for kind in ("caption", "dateline", "subhead")])
    heard: list[bool] = []
    kept.watch(lambda: heard.append(True))
    kept.insert_front([{"type": "caption", "text": "y"}])
    assert not kept.has_body
    assert kept.first_body is None
    assert heard == []
    assert Article(blocks=kept).to_dict()["blocks"] == list(kept)


layouts = st.lists(
    st.builds(
        Layout,
        st.integers(1, 9),
        st.integers(1, 60),
        st.integers(0, 60),
        st.integers(0, 60),
        st.integers(0, 60),
    ),
    max_size=5,
)


def _middle(values: list[int]) -> int | None:
    """What ``Article.column`` was before its layouts kept their widths sorted."""
    return sorted(values)[len(values) // 2] if len(values) >= 2 else None


@given(layouts, st.lists(st.tuples(st.booleans(), layouts), max_size=6))
def test_layouts_keep_the_middle_width_and_measure_as_sorting_them_finds_it(
    start: list[Layout], steps: list[tuple[bool, list[Layout]]]
) -> None:
    article = Article(layouts=Layouts(start))
    items = list(start)
    for front, new in steps:
        if front:
            article.layouts.insert_front(new)
            items[0:0] = new
        else:
            article.layouts += new
            items += new
        assert list(article.layouts) == items
        assert article.column() == _middle([layout.width for layout in items])
        assert article.measure() == _middle([layout.column for layout in items])


#: One step of an assembly: start an article (Latin or CJK headline, or none), give
#: article ``k`` (counted from the latest) a paragraph, or close it.
steps = st.lists(
    st.one_of(
        st.tuples(st.just("start"), st.sampled_from(("LATIN", "中文", None))),
        st.tuples(st.sampled_from(("body", "caption", "close")), st.integers(0, 5)),
    ),
    max_size=30,
)


@given(steps)
def test_assembly_finds_what_a_scan_of_every_article_finds(plan: list[tuple[str, object]]) -> None:
    state = Assembly()
    for what, arg in plan:
        if what == "start":
            state.start(Article(headline=arg if isinstance(arg, str) else None))
        elif state.articles:
            assert isinstance(arg, int)
            article = state.articles[-1 - arg % len(state.articles)]
            if what == "close":
                article.closed = True
            else:
                article.blocks.append(
                    {"type": "paragraph" if what == "body" else "caption", "text": "x"}
                )
        open_stories = [a for a in state.articles if a.has_body and not a.closed]
        assert state.latest_open() is (open_stories[-1] if open_stories else None)
        waiting = [a for a in state.articles if a.headline == "LATIN" and not a.has_body]
        assert state.waiting_for_body() is (waiting[-1] if waiting else None)
    for k, article in enumerate(state.articles):
        assert state.position(article) == k
