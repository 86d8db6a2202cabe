"""Lines a credit, a letter or a contact block sets a line each, and the credit a line
end cut: a writer's name cut after its surname goes on (a surname alone is no one's
name); a credit wrapped over lines ends where its bracket closes; a letter's closing
stays over the name that ends its block; an e-mail address under a telephone number
keeps its line. rejoin's join decision (``decide``) asks these before its measures."""

from __future__ import annotations

from newsclean import regex
from newsclean.page import lexicon
from newsclean.page.credits import MAX_BYLINE, is_byline
from newsclean.passes.rejoin.lines import Line, Paragraph

#: The most characters of a name a line end leaves under its surname.
_NAME_REST = 2


def _name_cut_after_surname(paragraph: Paragraph, b: Line) -> bool:
    """A credit whose writer's name a line end cut after the surname (``本报记者 张`` /
    ``三``): a surname alone is no one's name, so the one or two ideographs alone under
    it are the rest of the name, where the lines read together are a credit and the
    first alone is none. (A credit that names its writers a line each, ``本报记者 王强``
    / ``李明``, is a credit on its first line already.)"""
    a = paragraph.last
    if not (a.cjk and b.cjk and len(b.text) <= _NAME_REST and b.text.isalpha()):
        return False
    if a.text[-1:] not in lexicon.word_set("surnames_cjk") or len(paragraph.lines) > 2:
        return False
    head = "".join(line.text for line in paragraph.lines)
    return not is_byline(head) and is_byline(head + b.text)


#: An e-mail address alone on a line (and the stop of a sentence it ends).
_EMAIL = regex.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$")
#: A letter's closing or greeting: a word or two and a comma (``Best,``, ``Yours
#: truly,``, ``Dear Anna,``)...
_LETTER_FORMULA = regex.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?,$")
#: ...over a name: one to three capitalised words (an initial with its stop between).
_NAME = regex.compile(r"^[A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*\.?)*(?: [A-Z][^\W\d_]*)?$")
#: A name of more words is a heading.
MAX_NAME_WORDS = 3


def _signed_off(paragraph: Paragraph, b: Line, after: Line | None) -> bool:
    """A letter's closing on a line of its own over the name that ends the block
    (``Best,`` / ``Anna``): two lines, not one sentence, as a wrapped line of text is
    never a word and a comma alone before a name and a blank line."""
    return (
        after is None
        and len(paragraph.lines) == 1
        and _LETTER_FORMULA.match(paragraph.last.text) is not None
        and _NAME.match(b.text) is not None
        and len(b.text.split()) <= MAX_NAME_WORDS
    )


def _completes_byline(paragraph: Paragraph) -> bool:
    """A credit wrapped over lines (``新华社北京8月24日电（记⏎者 程欣婷、贾明娟）``)
    ends where its bracket closes."""
    if len(paragraph.lines) < 2 or not paragraph.last.text.endswith(("）", ")")):
        return False
    # No credit is longer than MAX_BYLINE: a long paragraph is read only that far, not
    # joined whole for every line that ends in a bracket (quadratic).
    first, last = paragraph.lines[0].text, paragraph.last.text
    longest = MAX_BYLINE + len(first) - len(first.lstrip()) + len(last) - len(last.rstrip())
    total = 0
    for line in paragraph.lines:
        total += len(line.text)
        if total > longest:
            return False
    return is_byline("".join(line.text for line in paragraph.lines))
