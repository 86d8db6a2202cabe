"""Options of a run: every CLI flag that changes the result is a keyword here too."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ReplacementPolicy = Literal["keep", "drop"]
#: What ``fix`` takes out of the text. ``header``: every furniture line but the page
#: header (masthead, date, page label, running head, imprint), which stays where it was
#: printed, repaired; ``strip``: all of it; ``keep``: nothing. Every furniture line is
#: listed either way, and ``split`` leaves all of them out of the articles.
FurniturePolicy = Literal["header", "strip", "keep"]
Engine = Literal["rules", "model"]


@dataclass(frozen=True)
class Options:
    """How the passes behave. Defaults are what ``newsclean fix`` does with no flags."""

    #: A U+FFFD that stands for a lost character: keep it (and count it) or drop it.
    replacement: ReplacementPolicy = "keep"
    furniture: FurniturePolicy = "header"
    #: An OpenCC configuration name (``t2s``, ``s2twp``...), or None for no conversion.
    convert: str | None = None
    #: Keep the long s (``ſ``) of old type instead of writing it as ``s``.
    keep_long_s: bool = False
    #: Decode with this codec instead of detecting one.
    encoding: str | None = None
    #: Keep examples of each change for ``--explain``.
    explain: bool = False
    #: Pass names to run (None: all), and pass names to leave out.
    passes: tuple[str, ...] | None = None
    skip: tuple[str, ...] = field(default_factory=tuple)
    #: A paper's own furniture lines, as regular expressions searched in each line:
    #: what the general forms in ``passes/furniture.py`` cannot know (a column's name,
    #: a regular slogan). Matching lines are furniture of kind ``configured``.
    furniture_patterns: tuple[str, ...] = ()
    #: A paper's own byline forms, as regular expressions searched in each line, on top
    #: of the general forms in ``patterns.py``. A byline stays on its own line and
    #: opens or closes an article.
    byline_patterns: tuple[str, ...] = ()
    #: The longest line that can be a headline, kicker, subtitle or subhead, in
    #: characters; None keeps segmentation's own limit (``segment.MAX_HEADING``).
    max_headline: int | None = None
    #: Who decides a page's layout in ``split``: today's ``rules`` (the furniture,
    #: reorder and rejoin passes, then ``segment``), or the trained line ``model``
    #: (``newsclean.linemodel``), which reads those rules' decisions as features. Under
    #: ``model`` the pipeline leaves those passes out: the model runs them itself.
    engine: Engine = "rules"
    #: A line model file to use instead of the one shipped in the package.
    line_model: str | None = None
