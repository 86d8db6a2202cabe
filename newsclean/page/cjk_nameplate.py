"""A Chinese paper's issue and price lines, as its nameplate sets them beside the title:
the issue's number (``第86期``, ``第十六期``, ``第68号``, ``总第1234号``, ``第期合刊``),
the price (``定价 0.5元``, ``零售每份一角``, ``成本费三分``, ``本期八点``: a price word then
an amount in figures or Chinese numerals and a currency, or the count of pages), the
paper's registration (``国内统一刊号 CN11-0001``, ``邮发代号 1-12``). Each is a short line
of its own, in simplified or traditional characters; a sentence that names an issue or
an amount (``第三期工程已经完工``, ``每份三分钱的报纸``) goes on with other words and
is no such line. Before the forms of ``forms.form_anywhere``: these lines hold no
clause mark and none of the Latin words that let a line reach the page-head forms.
"""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import CHINESE_NUMERAL as _NUMERAL

#: ``第86期``, ``总第1234号``, ``第十六期``, ``第期合刊`` (OCR lost the number), a
#: bracketed note (``（内部参考注意保存）``), a date or a day before or after it.
_ISSUE = rf"(?:[总總]?第{_NUMERAL}{{0,6}}[期号號](?:合刊)?|{_NUMERAL}{{1,5}}[期号號]合刊)"
_DATE = rf"(?:{_NUMERAL}{{2,4}}[年.．]{_NUMERAL}{{1,2}}[月.．]{_NUMERAL}{{1,2}}[日.．]?)"
_NOTE = r"(?:[（(][^（()）]{1,12}[）)])"
_PRICE_WORD = r"(?:定价|定價|零售价?|零售價|每份|每期|成本费|成本費|工本费|工本費|售价|售價)"
_AMOUNT = rf"(?:[0-9.．]+|{_NUMERAL}{{1,4}})"
_PRICE = (
    rf"(?:(?:本期)?{_PRICE_WORD}[：: ]*(?:每份|每期)?[：: ]*{_AMOUNT}\s*"
    rf"(?:元|圆|圓|角|分|毛)(?:{_AMOUNT}(?:角|分))?(?:钱|錢)?|本期{_NUMERAL}{{1,3}}[版页頁点點])"
)
_REGISTRATION = (
    r"(?:(?:国内统一|國內統一)?(?:刊号|刊號|连续出版物号|連續出版物號)[：: ]*CN\s?\d{2}\s?-\s?\d{4}"
    r"(?:/[A-Z0-9]+)?|(?:邮发代号|郵發代號)[：: ]*\d{1,2}\s?-\s?\d{1,4})"
)
_ITEM = rf"(?:{_ISSUE}|{_PRICE}|{_REGISTRATION}|{_DATE}|{_NOTE})"
#: A line made of these items only, one of them an issue, a price or a registration.
_LINE = regex.compile(rf"^(?:{_ITEM}[\s、，,·]*){{1,5}}$")
_KEY = regex.compile(rf"{_ISSUE}|{_PRICE}|{_REGISTRATION}")
#: What every such line holds: a quick test before the patterns (a search of one
#: class: a set made of the line's characters cost more than the patterns' refusal).
_MARK = regex.compile("[期号號元角分毛版页頁点點CN代]")


def is_nameplate_item(text: str) -> bool:
    """``text`` (a stripped line) is an issue number, a price or a registration line of
    a Chinese paper, with nothing but dates and notes beside them."""
    if text.isascii() or len(text) > 40 or _MARK.search(text) is None:
        return False
    return _LINE.match(text) is not None and _KEY.search(text) is not None
