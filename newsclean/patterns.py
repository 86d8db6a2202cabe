"""Typeset forms that several stages recognise: bylines, datelines, end marks.

They come from how newspapers set these lines, in Chinese and Latin papers, not from any
one page: a reporter credit is a role word then two-to-four-character names; a wire
dateline is an agency, a place, a date and ``电``.
"""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import CJK

_NAME = f"[{CJK}·]{{2,5}}"
_NAMES = f"{_NAME}(?:[ 、，,]+{_NAME}){{0,7}}"
_ROLE = (
    r"(?:特约记者|特約記者|见习记者|見習記者|实习记者|實習記者|实习生|實習生|通讯员|通訊員|"
    r"记者|記者|撰稿|撰文|摄影|攝影|图文|圖文|文/图|文／图|文|图|圖|编译|編譯|整理)"
)
_ROLE_LIST = f"{_ROLE}[ :：/／]*{_NAMES}(?:[ ]+{_ROLE}[ :：/／]*{_NAMES})*"
#: ``本报讯（记者 贺倩）`` — an agency or paper credit, the names in brackets.
_BRACKETED = f"(?:本报|本報)?(?:讯|訊)?[（(]\\s*(?:[{CJK}]{{0,12}})?{_ROLE_LIST}\\s*[）)]"
#: ``新华社北京4月18日电`` — agency, place, date, 电; optionally followed by names.
DATELINE_CJK = regex.compile(
    f"^(?:[{CJK}]{{2,12}})?(?:\\d{{4}}年)?\\d{{1,2}}月\\d{{1,2}}日(?:电|電|讯|訊)(?:{_BRACKETED})?"
)
_BYLINE_FORMS = (
    f"^{_BRACKETED}$",
    # 本报记者 高清宏 曹艳悦, 记者 王强, 通讯员 江鑫梓
    f"^(?:本报|本報)?{_ROLE_LIST}$",
    # 北京商报记者 钱瑜 濮振宇, （北辰时报记者 武晨 邓悦）
    f"^[（(]?[{CJK}]{{2,12}}(?:记者|記者|通讯员|通訊員)[ :：]*{_NAMES}[）)]?$",
    # By JOHN SMITH, By John Smith and Jane Doe
    r"^[Bb][Yy] [A-Z][A-Za-z.'’\- ]{2,60}$",
    r"^(?:Special to|From Our Own Correspondent|Associated Press|Staff Writer)\b.{0,60}$",
)
BYLINE = regex.compile("|".join(f"(?:{form})" for form in _BYLINE_FORMS))
#: ``WASHINGTON, Jan. 5 (AP) —`` and ``PARIS, 5 janvier.`` — a Latin wire dateline.
DATELINE_LATIN = regex.compile(
    r"^[A-Z][A-Z .'-]{2,30}, (?:[A-Z][a-zé]{2,8}\.? \d{1,2}|\d{1,2} [a-zéû]{3,9}\.?)"
    r"(?: \([A-Z.]+\))?\s*[—–-]"
)
#: ``（完）``, ``(END)``: the article ends here.
END_MARK = regex.compile(r"^[（(【\[]\s*(?:完|終|终|END|end)\s*[）)】\]]$")


def is_byline(line: str) -> bool:
    """A standalone credit line: reporters, photographers, correspondents."""
    line = line.strip()
    return len(line) <= 60 and (BYLINE.match(line) is not None or is_dateline_only(line))


def is_dateline_only(line: str) -> bool:
    """A wire dateline that stands on its own line (``新华社北京4月18日电``)."""
    # Every CJK dateline holds 月: a substring test skips the regex on almost every line.
    if "月" not in line:
        return False
    m = DATELINE_CJK.match(line.strip())
    return m is not None and m.end() == len(line.strip())


def starts_with_dateline(line: str) -> bool:
    line = line.strip()
    return ("月" in line and DATELINE_CJK.match(line) is not None) or (
        DATELINE_LATIN.match(line) is not None
    )
