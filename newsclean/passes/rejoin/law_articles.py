"""A law's article number run into its text (``第十一条 对保护和改善环境有显著`` /
``成绩的单位和个人，…``) is no heading in two parts around a space.

Chinese laws, charters and regulations set each article as a paragraph that opens with
its number (``第十一条``), a space, and the article's text, which runs on over the
lines under it; cut before any clause mark, the first line shows the two-part form of a
heading (``上控风险 下稳需求``). A chapter's or section's number (``第二章 监督管理``,
``第一节``, ``第三编``) opens a heading instead, short and set on a line of its own: only
条 (an article) is read past, so those stay headings.
"""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import CHINESE_NUMERAL

#: An article's number and the space that sets it off from the article's text.
_ARTICLE_NUMBER = regex.compile(f"第{CHINESE_NUMERAL}+[条條] (?=[^ ])")


def article_text_opens(text: str) -> int:
    """Where the article's text opens after the article number that opens ``text``
    (0: none does)."""
    number = _ARTICLE_NUMBER.match(text)
    return number.end() if number else 0
