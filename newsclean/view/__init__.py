"""The HTML view of a split page: ``newsclean view``.

One self-contained HTML file shows the page as it came in (decoded, line for line) beside
the articles ``split`` made of it: each article in its own colour on both sides, the
kicker, headline, subtitle, decks, subheads and byline marked, furniture greyed, and every
repair highlighted where it was made, with what it was and which pass made it on hover.

To put repairs and articles back onto the raw lines, the view follows each line through
the real chain (``pipeline.run`` calls back after each pass) instead of re-implementing
any pass. After each pass it lines the new lines up with the old ones by their origins
(``Block.origins``: the raw lines each line was made of, kept by every pass that knows
them): a new line takes the old lines its origin covers; one old line whose text changed
records a step (pass, before, after); several were joined (``rejoin``); an old line that
no new line covers was taken out, as furniture when the pass recorded it so
(``Furniture.origin``), else by that pass.

Lines rebuilt without origins (HTML blocks from ``markup``, lines that ``columns`` or
``reorder`` moved) are found again by their text, the fallback:

* a pass that keeps the number of lines changed lines in place;
* ``furniture`` takes lines out: its own verdicts on the lines it saw say which;
* a pass that joins lines (``rejoin``) made each new line of consecutive old ones, which
  is checked by comparing their text without whitespace and line-end hyphens;
* anything else (``markup`` rewriting HTML) is lined up by ``difflib`` on whole lines,
  and a new line is traced to the raw line that contains its text; such a line's
  repairs are shown on its block, not on the raw text.

A raw line's steps, replayed with a character diff each, give the exact raw characters
each pass changed. Nothing is fetched and nothing runs in the page: the CSS is inline,
there is no script, and a Content-Security-Policy forbids both, so a headline that
reads ``<script>`` is text, escaped like all text.

The package: :mod:`~newsclean.view.trace` follows the lines and places the repairs;
:mod:`~newsclean.view.page` writes the HTML.
"""

from __future__ import annotations

from newsclean.view.page import render_html
from newsclean.view.trace import Mark, PageView, RawLine, Step, Unit, join_groups, marks, trace

__all__ = [
    "Mark",
    "PageView",
    "RawLine",
    "Step",
    "Unit",
    "join_groups",
    "marks",
    "render_html",
    "trace",
]
