"""Typeset forms that several stages recognise: bylines, datelines, end marks.

They come from how newspapers set these lines, in Chinese and Latin papers, not from any
one page: a reporter credit is a role word then two-to-four-character names; a wire
dateline is an agency, a place, a date and ``电``.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean import regex
from newsclean.chardata import CJK
from newsclean.errors import UsageError

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
#: Words of a Latin credit line: capitalised (OCR may garble the rest), or small words.
_CAPWORD = r"[A-Z][\w.'’-]*"
_SMALL = r"(?:of|the|to|and|by|for|in|de|du|la|le|von|der)"
_TAIL = r"[\s.,;:'’)\]}]*"
_BYLINE_FORMS = (
    f"^{_BRACKETED}$",
    # 本报记者 高清宏 曹艳悦, 记者 王强, 通讯员 江鑫梓
    f"^(?:本报|本報)?{_ROLE_LIST}$",
    # 北京商报记者 钱瑜 濮振宇, （北辰时报记者 武晨 邓悦）
    f"^[（(]?[{CJK}]{{2,12}}(?:记者|記者|通讯员|通訊員)[ :：]*{_NAMES}[）)]?$",
    # By JOHN SMITH, Staff Writer; By Maria Lopez and Tom Reed; By Ana Ruiz, AP
    r"^[Bb][Yy] [A-Z][\w.'’\-]*(?: [\w.'’\-&]+){0,6}(?:, [A-Z][\w.'’ -]{1,40})?$",
    # A wire agency's name alone under a headline or at the end of a story.
    r"^[(（]?(?:The )?(?:Associated Press|Reuters|Agence France-Presse|AFP|AP|UPI|"
    r"Bloomberg(?: News)?|Xinhua|Kyodo(?: News)?|dpa|ANSA|EFE|Press Association|PA|"
    r"Canadian Press|Yonhap|Wikinews)(?: (?:reports|staff|wire))?[)）.]?$",
    # By JOHN SMITH, By John Smith and Jane Doe
    r"^[Bb][Yy] [A-Z][A-Za-z.'’\- ]{2,60}$",
    r"^(?:Special to|From Our Own Correspondent|Associated Press|Staff Writer)\b.{0,60}$",
    # By Associated Press., Bv Associated Press. (OCR), By Leased Wire to The Tribune,
    # BY CABLE TO THE TRIBUNE: every word capitalised but the small ones, as bylines are set.
    f"^[({{\\[<]?\\s*B[yYvV]\\.?\\s+{_CAPWORD}(?:\\s+(?:{_CAPWORD}|{_SMALL}|[-&]))*{_TAIL}$",
    # Special to The Tribune., Spsclal to Tbe Tribune. (OCR), {Special Dispatch to The Times.)
    r"^[({\[<]?\s*(?:Special|Sp[a-z]{3,5}l)\s+(?:Dispatch\s+|Cable\s+|Correspondence\s+)?"
    r"(?:to|of)\s+T[a-z]{1,2}\s.{1,60}$",
    # (DE NOTRE RÉDACTEUR PARLEMENTAIRE), (De notre correspondant), (Von unserem Korrespondenten)
    r"^[({\[<]\s*(?i:de notre|par notre|d'un|von unserem|von unserer)"
    r" [^)\]]{3,50}[)\]}>]\.?$",
    # I. W. F. — a correspondent's initials, set under the story as its signature.
    r"^(?:[A-Z]\. ?){2,4}$",
)
BYLINE = regex.compile("|".join(f"(?:{form})" for form in _BYLINE_FORMS))
_MONTH_ABBR = r"(?:Jan|Feb|Febr|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: ``WASHINGTON, Jan. 5 (AP) —``, ``PARIS, 5 janvier.``, ``SYRACUSE, N. Y., Sept. 16.``,
#: ``NEW YORK. Sept. 16.`` (OCR reads the comma as a stop), ``Paris, 5. —``: a place, maybe
#: its state, then the date, run in at the start of the first paragraph.
DATELINE_LATIN = regex.compile(
    r"^[<(]?\s*(?:(?:[A-Z][A-Z .'-]{2,30}|[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)[,.] "
    r"(?:(?:[A-Z][a-z]{0,3}\.? ?)+[.,]+ )?"
    rf"(?:{_MONTH_ABBR} \d{{1,2}}\b|\d{{1,2}}(?:er)? [a-zéû]{{3,9}}\b\.?|\d{{1,2}}\. ?[—–-]"
    # ``Berlin, 6. Januar.``, ``Wien, 3. März``: German day, full stop, month.
    r"|\d{1,2}\. ?(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-zä]{0,6}\b\.?)"
    # OCR may lower-case the place of a French dateline (``< paris, 5. —``).
    r"|[a-zé]{4,20}, \d{1,2}\. ?[—–-])"
    r"(?: \([A-Z][A-Z. ]*\))?"
    # ``TORONTO —``, ``KYIV, Ukraine —``, ``CAPE CANAVERAL, Fla. —``, ``VATICAN CITY
    # (Wikinews) —``: today's dateline, the place in capitals, no date, a dash.
    r"|^[A-ZÀ-Ý][A-ZÀ-Ý.'-]+(?: [A-ZÀ-Ý.'-]+){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
    r"(?: \([A-Z][A-Za-z .]{1,30}\))? (?:—|–|--) "
)
#: A photo caption: ``图为…``, a photographer's credit at the end (``新华社记者 王强 摄``),
#: or an image source; Latin ``(Photo: …)`` / ``Photo by …``.
CAPTION = regex.compile(
    "^(?:图为|圖為|上图|下图|左图|右图|上圖|下圖)"
    f"|(?:(?:记者|記者|通讯员|通訊員)\\s*|\\s)[{CJK}·]{{2,4}}(?:\\s+[{CJK}·]{{2,4}})*\\s*(?:摄|攝)[）)]?$"
    "|[（(](?:图片来源|圖片來源|资料图片|資料圖片)"
    "|^\\(?(?:Photo|Photograph|Picture)(?: by|:)"
    "|\\((?:File photo|File|Photo|AP Photo|Reuters|Getty Images|AFP)[^()]{0,60}\\)$",
)
#: The photographer's credit that ends a caption: nothing follows it in the caption.
CAPTION_CREDIT = regex.compile(
    f"(?:(?:记者|記者|通讯员|通訊員)\\s*|\\s)[{CJK}·]{{2,4}}(?:\\s+[{CJK}·]{{2,4}})*\\s*(?:摄|攝)[）)]?$"
)
#: ``（完）``, ``(END)``: the article ends here.
END_MARK = regex.compile(r"^[（(【\[]\s*(?:完|終|终|END|end)\s*[）)】\]]$")


_CREDIT_PREFIX = regex.compile(f"^(?:{_BRACKETED}|{DATELINE_CJK.pattern[1:]})")
#: The body after an inline credit must be at least this long to be split from it.
MIN_BODY_AFTER_CREDIT = 4


def split_credit(paragraph: str) -> tuple[str, str] | None:
    """``新华社北京8月24日电（记者 程欣婷）今年第21号台风…`` → (credit, body): the
    dateline or bracketed credit that opens a first paragraph, and the rest."""
    m = _CREDIT_PREFIX.match(paragraph)
    if m is None:
        return None
    end = m.end()
    while end < len(paragraph) and paragraph[end] in " ：:—-":
        end += 1
    rest = paragraph[end:]
    if len(rest) < MIN_BODY_AFTER_CREDIT:
        return None
    return paragraph[:end].strip(), rest


#: The longest credit line ``is_byline`` finds without the user's patterns.
MAX_BYLINE = 60


def is_byline(line: str, extra: tuple[str, ...] = ()) -> bool:
    """A standalone credit line: reporters, photographers, correspondents; or a line
    that one of the user's ``extra`` byline patterns finds."""
    line = line.strip()
    if len(line) <= MAX_BYLINE and (BYLINE.match(line) is not None or is_dateline_only(line)):
        return True
    return bool(extra) and any(p.search(line) for p in compiled(extra, "byline_patterns"))


@cache
def compiled(patterns: tuple[str, ...], option: str) -> tuple[re.Pattern[str], ...]:
    """A user's regular expressions (from options or a config file), compiled once."""
    try:
        return tuple(re.compile(p) for p in patterns)
    except re.error as exc:
        msg = f"{option}: {exc.pattern!r} is not a regular expression: {exc}"
        raise UsageError(msg) from None


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
