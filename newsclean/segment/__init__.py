"""segment: one repaired page into its articles (the stage after the passes in ``split``).

Each unit of the page (a paragraph, headline or byline line after ``rejoin``) gets a
role from its form, then articles are built from the sequence of roles, the way a reader
of the printed page sees them. Every article records the signals that made it. The
concerns, a module each:

* ``model``: the units, which read their line facts from the page description
  (``newsclean.page``), and the articles;
* ``roles``: what each unit is, by ordered lists of named rules (``places`` in its place;
  ``ended_short`` a Chinese headline set large on many lines, its last line short);
* ``headlines``: a group of heading lines as kicker, headline and subtitle;
* ``assemble``: the runs of roles, read in order, into articles (orphans, bylines,
  standfirsts); ``subheads`` tells a section subhead from another story's headline;
* ``kinds``: news, advertisement or notice, decided once an article is whole;
* ``pagehead``: the nameplate's boxes of a Latin page, and the lines above and among any
  page's nameplate forms, taken out as furniture (a stage of ``split`` only: it reads
  the roles, and ``fix`` prints those lines);
* ``reunite``: a paragraph cut at a column's foot joined to its continuation;
* ``bodiless``: lines under the page's last story read as a headline with no text under
  it: a printed page's footer (furniture), a small ad's contact line, a text's close.

*Posts* (front matter with a title) are one article: the title is the headline and every
heading is a subhead.
"""

from __future__ import annotations

from typing import Any

from newsclean import regex
from newsclean.model import Document, Furniture
from newsclean.options import Options
from newsclean.page.jumps import jumped_lines
from newsclean.segment.assemble import page_articles
from newsclean.segment.bodiless import foot_lines_placed
from newsclean.segment.headlines import _DASH_LED, join_wrapped
from newsclean.segment.kinds import article_kind_of
from newsclean.segment.model import Article, Unit
from newsclean.segment.pagehead import has_nameplate, nameplate_blocks
from newsclean.segment.places import units_of
from newsclean.segment.reunite import first_lines_rejoined, reunite_broken_paragraphs
from newsclean.segment.roles import MAX_HEADING

__all__ = [
    "MAX_HEADING",
    "_DASH_LED",
    "Article",
    "Unit",
    "article_kind_of",
    "join_wrapped",
    "split_document",
    "units_of",
]


def split_document(doc: Document, options: Options | None = None) -> list[Article]:
    """The articles of a repaired page; ``options`` carries the user's byline patterns
    and headline limit (the same Options the passes ran with). Under ``engine="model"``
    the line model gives the units their roles (``newsclean.linemodel``); under the
    rules, a learnt veto makes body of the headings that run on into a paragraph
    (``newsclean.linemodel.veto``), and a learnt model keeps in the article before the
    articles without a headline that go on with it (``newsclean.linemodel.openers``).
    The articles are built from the units here either way."""
    options = options or Options()
    printed_page = bool(doc.furniture)
    if options.engine == "model":
        from newsclean import linemodel

        units = linemodel.page_units(doc, options)
    else:
        units = units_of(doc, options)
    units = reunite_broken_paragraphs(first_lines_rejoined(units))
    if options.engine == "rules":
        from newsclean.linemodel import veto

        units = veto.vetted(units, jumped=jumped_lines(doc.metadata.get("continuations", [])))
    title = doc.metadata.get("title")
    if isinstance(title, str) and title.strip():
        articles = [_post_article(title.strip(), units)]
    else:
        boxes: list[str] = []
        articles = page_articles(units, boxes, nameplate_blocks(doc), has_nameplate(doc))
        doc.furniture += [Furniture(text, "box", "segment") for text in boxes]
        if options.engine == "rules":
            from newsclean.linemodel import openers

            articles = openers.kept_together(articles)
        jumps = doc.metadata.get("continuations", [])
        doc.furniture += foot_lines_placed(articles, jumps, printed_page)
    for article in articles:
        # Decided on the whole article: its kicker, headline and first blocks are final.
        article.kind = article_kind_of(article)
    _place_continuations(articles, doc.metadata.get("continuations", []))
    return articles


def _place_continuations(articles: list[Article], jumps: list[dict[str, Any]]) -> None:
    """``Continued on Page 4`` lines were taken out as furniture with the line they
    followed; each goes to the article that holds that line."""
    if not jumps:
        return
    # Each article's text is read once: read again for each jump, a page of thousands
    # of jump lines was quadratic.
    texts = [" ".join(article.text().split()) for article in articles]
    for jump in jumps:
        after = " ".join(str(jump.get("after") or "").split())
        for article, text in zip(articles, texts, strict=True):
            if after and after in text:
                article.continuations.append(jump)
                break


#: What a page's title sets after the headline: the site's name (``… | Example News``).
_SITE_AFTER_TITLE = regex.compile(r"\s*[|｜_]\s*\S|\s+[-–—·:]\s+\S")


def _post_article(title: str, units: list[Unit]) -> Article:
    article = Article(headline=title, signals=["front-matter title"])
    for unit in units:
        rest = title.removeprefix(unit.text)
        repeats = title.startswith(unit.text) and (not rest or _SITE_AFTER_TITLE.match(rest))
        if unit.role == "heading" and not article.blocks and repeats:
            # The post's first heading repeats its title (an HTML page's <title> adds
            # the site's name): it is the headline, not a subhead.
            article.headline = unit.text
            continue
        if unit.role == "heading":
            article.blocks.append({"type": "subhead", "text": unit.text})
        elif unit.role == "byline" and article.byline is None:
            article.byline = unit.text
        else:
            article.blocks.append({"type": "paragraph", "text": unit.text})
    return article
