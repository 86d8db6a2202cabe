"""Furniture forms inside running text are the text's: a credit, source, URL or link
line that a sentence runs through (the line before breaks off, the line after goes on),
and navigation or share lines that stand beside a line of text in their block rather
than alone (a link bar fills its block). (``surroundings.page_forms`` asks this where
the page's blocks are known.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsclean import regex
from newsclean.page import printed as pr
from newsclean.page.forms import Form
from newsclean.page.tuning import Tuning

if TYPE_CHECKING:
    from newsclean.page.surroundings import _Edge


#: Forms a line of running text can take (a URL, ``来源：``, ``编辑``, ``Copyright``
#: words): they are furniture only where the text around has stopped.
_RUNNING_TEXT_FORMS = frozenset((Form.URL, Form.SOURCE, Form.CREDIT, Form.NAVIGATION, Form.SHARE))
#: Forms of a page's head that a line of a sentence can take (``The company was founded
#: in 1903``, ``No. 10 Downing Street declined``): a nameplate's or issue line never
#: breaks off into a line in lower case, so where it does, the line is the sentence's.
_HEAD_FORMS = frozenset((Form.MASTHEAD, Form.IMPRINT))
#: Forms a writer sets on a line of their own inside a sentence: a link, what a
#: navigation or share link says (``The sign read:`` / ``Home`` / ``and nothing more``).
_QUOTED_FORMS = frozenset((Form.URL, Form.NAVIGATION, Form.SHARE))
#: Marks that close a sentence, or a quotation or bracket that a sentence ends with.
_FINISHED = regex.compile(r"[.!?。！？…\"'”’」』）)\]】》]$")
#: How a line that goes on with the sentence before it begins: in lower case, or with
#: punctuation that never starts a line (the CJK line-breaking rule).
_CONTINUES = regex.compile(r"^[a-zß-ÿ，。、；：！？）」』》…]")
#: Clause marks: a line that holds one is running text, not a headline.
_ANY_CLAUSE = regex.compile("[，、；,;]")


def out_of_running_text(
    lines: Sequence[_Edge], forms: list[Form], blocks: Sequence[int], tuning: Tuning
) -> None:
    """A credit, source or URL line is never inside running text: where the line after
    it in its block goes on with it, or the line before breaks off mid-sentence, the
    line is part of that sentence (``…guidance is at`` / ``https://…`` / ``for all``).
    So is a masthead or issue line that breaks off where the line after it goes on with
    it (``The company was founded in 1903`` / ``and has published…``).
    A line before that stands first in its block with no clause in it may be a headline
    (``NEWS OF THE WORLD``, ``Jade Rabbit moon rover``): not running text. A licence
    note (``(CC BY 2.5)``) ends no sentence. A URL set on a line of its own, blank lines
    around it, is the sentence's where the text before it breaks off and the text after
    it goes on (``The slides are at`` / ``https://…`` / ``and the recording…``): a
    column break leaves a photo's credit between a sentence's halves, never a link. So
    is what a navigation or share link says, quoted so (``The sign read:`` / ``Home`` /
    ``and nothing more``; ``页面底部写着`` / ``返回首页`` / ``几个字，…``): a link bar
    stands between finished paragraphs."""
    # A line's form changes only when its own turn comes: the lines to ask can be listed
    # first, and most lines are none of them.
    asked = _RUNNING_TEXT_FORMS | _HEAD_FORMS
    for i in [k for k, form in enumerate(forms) if form in asked]:
        if pr.LICENCE_NOTE.search(lines[i].text):
            continue
        if forms[i] in _QUOTED_FORMS and _link_inside_sentence(lines, forms, i, tuning):
            forms[i] = Form.NONE
            continue
        same_block = i + 1 < len(lines) and blocks[i + 1] == blocks[i]
        goes_on = same_block and forms[i + 1] is Form.NONE and _CONTINUES.match(lines[i + 1].text)
        if forms[i] in _HEAD_FORMS:
            # Only a line that breaks off: a nameplate's line OCR set between a
            # sentence's halves ends where it ends (``…y Sábados.``).
            if goes_on and not _FINISHED.search(lines[i].text):
                forms[i] = Form.NONE
            continue
        if goes_on:
            forms[i] = Form.NONE
            continue
        if i == 0 or blocks[i - 1] != blocks[i] or forms[i - 1] is not Form.NONE:
            continue
        before = lines[i - 1]
        wrapped = (i > 1 and blocks[i - 2] == blocks[i]) or _ANY_CLAUSE.search(before.text)
        if (
            wrapped
            and not _FINISHED.search(before.text)
            and before.capitals < tuning.capitals_share
        ):
            forms[i] = Form.NONE


def _link_inside_sentence(
    lines: Sequence[_Edge], forms: list[Form], i: int, tuning: Tuning
) -> bool:
    """Does the sentence before line ``i`` break off, and the line after go on with it?
    (A sentence that announces the line: ``announced``.)"""
    if not 0 < i < len(lines) - 1 or forms[i - 1] is not Form.NONE:
        return False
    before, after = lines[i - 1], lines[i + 1]
    goes_on = _CONTINUES.match(after.text) is not None or (
        # A CJK sentence goes on in any letter: one broken off after a clause of it.
        before.cjk and after.cjk and pr.INNER_CLAUSE.search(before.text) is not None
    )
    return (
        forms[i + 1] is Form.NONE
        and goes_on
        and not _FINISHED.search(before.text)
        and before.capitals < tuning.capitals_share
    )


#: Forms of a link bar: a line of them stands alone, between blank lines or the page's
#: edges, or among other furniture lines that fill its block.
_LINK_FORMS = frozenset((Form.NAVIGATION, Form.SHARE))


def link_runs(forms: list[Form], blocks: Sequence[int]) -> None:
    """Navigation and share lines are furniture only where they stand alone: in a run
    of furniture lines that is its whole block, or kept from the text in it by another
    furniture line (a date between a byline and a share line: ``furniture`` sets the
    date apart, and the share line with it, so a second run finds them a block of their
    own). Next to a line of text in its block, a line that reads as a link (``Home
    Office would…``, ``回到家乡…``), and the link lines run on with it, are that text's."""
    if not any(form in _LINK_FORMS for form in forms):
        return
    i = 0
    while i < len(forms):
        if forms[i] is Form.NONE:
            i += 1
            continue
        end = i
        while end + 1 < len(forms) and blocks[end + 1] == blocks[i]:
            if forms[end + 1] is Form.NONE:
                break
            end += 1
        if i > 0 and blocks[i - 1] == blocks[i]:
            _text_takes_links(forms, range(i, end + 1))
        if end + 1 < len(forms) and blocks[end + 1] == blocks[end]:
            _text_takes_links(forms, range(end, i - 1, -1))
        i = end + 1


def _text_takes_links(forms: list[Form], run: range) -> None:
    """The link lines of ``run`` that touch the text it starts beside, up to the first
    furniture line of another form, are the text's."""
    for k in run:
        if forms[k] not in _LINK_FORMS:
            return
        forms[k] = Form.NONE
