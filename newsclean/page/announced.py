"""A line that a sentence announces is the sentence's: what a sentence ending at a colon
introduces on a line of its own (``The caption said only:`` / ``Photo: John Hale``,
``…报头下面那一行字：`` / ``2020年12月10日 星期四``, ``…said only one word:`` / ``Home``)
is the text it quotes, not the page's furniture, whatever form it reads as. A label
(``Filed under:``) is too short to announce anything, and a credit's head (``责任编辑：``)
is furniture itself; scan debris after a colon is still debris."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsclean.page import printed as pr
from newsclean.page.forms import Form
from newsclean.page.tuning import Tuning

if TYPE_CHECKING:
    from newsclean.page.surroundings import _Edge


#: How an announcing line ends (``$`` may stand before a final newline).
_COLON_ENDS = (":", "：", ":\n", "：\n")


def announces(text: str) -> bool:
    """:data:`printed.ANNOUNCING` found in ``text``. Both its forms end at a colon: a
    line that does not is refused before the search, whose first form, tried at every
    word of a line, reads the words after it again at each (quadratic in the words)."""
    return text.endswith(_COLON_ENDS) and pr.ANNOUNCING.search(text) is not None


def announced(lines: Sequence[_Edge], forms: list[Form], tuning: Tuning) -> None:
    """Each line after a line of text that announces it (:data:`printed.ANNOUNCING`,
    not set in capitals) takes no furniture form."""
    # (An enum's member is read through a descriptor, several times a local's cost: the
    # loop over every line of the page reads each once.)
    none, noise = Form.NONE, Form.NOISE
    for i in range(1, len(forms)):
        form = forms[i]
        if form is none or form is noise or forms[i - 1] is not none:
            continue
        before = lines[i - 1]
        if announces(before.text) and before.capitals < tuning.capitals_share:
            forms[i] = Form.NONE
