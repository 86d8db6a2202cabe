"""A wrapped line inside a sentence that opens with a lower-case ``by`` and a name,
taken for a byline.

``page.credits`` reads ``by Miss Mildred Griffin and a reading`` as a credit, as it
must: a byline opens on ``By`` or ``BY`` under a headline, and on some web pages on
``by``. But a column wraps its sentences anywhere, and a line that goes on with the
agent of the sentence above (``after listening to an instrumental selection`` / ``by
Miss Mildred Griffin and a reading``) opens the same way. Taken for a byline, it kept
its line, and the lines over it, up to the last finished sentence, were taken for its
headline group: the paragraph stayed in pieces. The line above tells the two apart:
a headline over a byline opens on a capital and ends on its last word, where a line
inside a sentence opens in lower case, or ends on a word that leads on (``after``,
``the``) or on a comma. Under such a line a lower-case ``by`` line goes on with it.
(``By`` with its capital is left a byline: a sentence that goes on across a line end
does not capitalise it.)
"""

from __future__ import annotations

import itertools

from newsclean.passes.rejoin.lines import Line

#: The marks a clause ends on when the sentence goes on in the next line.
_GOES_ON = (",", "-")


def unmark_run_in_agents(lines: list[Line]) -> None:
    """Clear the byline fact of each lower-case ``by`` line a line above runs on into."""
    for above, line in itertools.pairwise(lines):
        if line.byline and line.text.startswith("by ") and _leads_on(above):
            line.byline = False


def _leads_on(line: Line) -> bool:
    if line.cjk or line.ends_sentence:
        return False
    return line.starts_lower or line.leading_word_end or line.text.endswith(_GOES_ON)
