"""What the assembler (``assemble``) holds while it reads a page's runs in order: the
articles so far, the one being filled, the headline groups waiting for a body
(orphans), the lines read before the article they belong to, and what the rules ask of
all the articles so far, kept as articles are started, given body and closed (found by a
scan of every article for each unit, a page of thousands of articles was quadratic).
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field

from newsclean.chardata import HAS_CJK
from newsclean.segment.model import Article


@dataclass
class Assembly:
    """What the assembler holds while it reads the runs in order: the articles so far,
    the one being filled, the headline groups still waiting for a body (orphans), and
    the lines read before the article they belong to."""

    articles: list[Article] = field(default_factory=list)
    current: Article | None = None
    orphans: list[Article] = field(default_factory=list)
    byline: str | None = None
    dateline: str | None = None
    kicker: str | None = None
    #: Kicker labels set side by side, each waiting for its own headline, in order.
    kickers: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    #: Where each article stands in ``articles``, by identity. The lists below hold
    #: these positions, so that no rule asked once a unit scans every article.
    _position: dict[int, int] = field(default_factory=dict)
    #: The articles with body, in order; one closed since is dropped when it comes to
    #: the end (a story once closed stays closed).
    _bodied: list[int] = field(default_factory=list)
    #: The articles started, in order; one with body is dropped when it comes to the
    #: end (no body is taken away while the page is assembled).
    _bodiless: list[int] = field(default_factory=list)

    def start(self, article: Article) -> Article:
        position = len(self.articles)
        self._position[id(article)] = position
        self.current = article
        self.articles.append(article)
        self._bodiless.append(position)
        article.blocks.watch(lambda: insort(self._bodied, position))
        return article

    def position(self, article: Article) -> int:
        return self._position[id(article)]

    def latest_open(self) -> Article | None:
        """The latest article with body that no byline or end has closed."""
        while self._bodied and self.articles[self._bodied[-1]].closed:
            self._bodied.pop()
        return self.articles[self._bodied[-1]] if self._bodied else None

    def waiting_for_body(self) -> Article | None:
        """The latest Latin headline group that has no body yet."""
        while self._bodiless and self.articles[self._bodiless[-1]].has_body:
            self._bodiless.pop()
        for position in reversed(self._bodiless):
            article = self.articles[position]
            if (
                article.headline is not None
                and not article.has_body
                and not HAS_CJK.search(article.headline)
            ):
                return article
        return None
