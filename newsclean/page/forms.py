"""The one form of a line: what kind of printed line it is, if it is none of the text.

Forms come from how papers set these lines (the furniture pass's forms, the credit and
dateline forms of ``patterns``), asked once per line by ``describe``:

* *anywhere on the page* (:func:`form_anywhere`): a bare URL, a navigation or share
  line, a source or editor credit, an imprint, a date line, a page label, a jump line,
  a copyright or wire credit, an issue or price line, a running head with the issue's
  date, OCR noise;
* *only at the page's top or foot* (:func:`form_at_edge`): a paper's name, a motto, a
  section head, a folio;
* *from the lines around it* (``surroundings.page_forms``): short labels between such
  lines and the page edge, a section flag over a kicker, the forecast in the
  nameplate's ear, display lines over a photo's copyright credit (its captions), the
  paper's name repeated among the stories (a running head).

The Latin paper title words are a lexicon (``data/``), read the first time a line asks
for them.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache, lru_cache

from newsclean import regex
from newsclean.chardata import CJK
from newsclean.latin import MONTHS, WEEKDAYS, parse_date
from newsclean.page import lexicon
from newsclean.page.tuning import TUNING, Tuning


class Form(StrEnum):
    """What a line is, when it is not simply text. The values of the furniture forms
    are the furniture kinds written to ``furniture`` and the counts."""

    NONE = ""
    # Furniture: lines that belong to no story.
    URL = "url"
    NAVIGATION = "navigation"
    SHARE = "share"
    SOURCE = "source"
    CREDIT = "credit"
    DATE = "date"
    PAGE_LABEL = "page-label"
    MASTHEAD = "masthead"
    SECTION = "section"
    IMPRINT = "imprint"
    WEATHER = "weather"
    RUNNING_HEAD = "running-head"
    JUMP = "continuation"
    NOISE = "noise"
    CONFIGURED = "configured"
    #: Display lines over a photo's copyright credit: the photo's captions.
    PHOTO_CAPTION = "photo-caption"
    # Lines of a story that are not running text.
    BYLINE = "byline"
    DATELINE = "dateline"
    CAPTION = "caption"
    END_MARK = "end"
    BOX_LABEL = "box-label"
    CONTENTS_LABEL = "contents-label"


#: Forms of lines that belong to no story (what ``furniture`` takes out or keeps apart).
FURNITURE = frozenset(
    {
        Form.URL,
        Form.NAVIGATION,
        Form.SHARE,
        Form.SOURCE,
        Form.CREDIT,
        Form.DATE,
        Form.PAGE_LABEL,
        Form.MASTHEAD,
        Form.SECTION,
        Form.IMPRINT,
        Form.WEATHER,
        Form.RUNNING_HEAD,
        Form.JUMP,
        Form.NOISE,
        Form.CONFIGURED,
        Form.PHOTO_CAPTION,
    }
)
#: Forms of the printed page header; ``fix`` keeps them in the text by default.
HEADER = frozenset(
    {Form.MASTHEAD, Form.DATE, Form.PAGE_LABEL, Form.SECTION, Form.IMPRINT, Form.WEATHER}
)

_HAS_CJK = regex.compile(f"[{CJK}]")
#: Clause punctuation of CJK running text: none of the furniture forms holds it.
_CLAUSE = regex.compile("[，。；！？]")
_WEEKDAY = r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]"
_DATE = (
    r"(?P<y>(?:19|20)\d{2})\s*(?:年|[.\-/])\s*(?P<m>\d{1,2})\s*(?:月|[.\-/])\s*(?P<d>\d{1,2})\s*日?"
)
_LUNAR = r"(?:农历|農曆)[^\s]{2,12}"
DATE_LINE = regex.compile(
    rf"^(?P<before>.{{0,20}}?)\s*{_DATE}\s*(?:{_WEEKDAY})?\s*(?:{_LUNAR})?"
    rf"\s*(?P<after>.{{0,20}})$"
)
_LABEL = (
    r"(?:第\s*[0-9一二三四五六七八九十百零〇]+\s*[版页頁]|[A-Z]{1,2}\d{1,3}"
    r"|[Pp](?:age|AGE)?\.?\s*\d{1,3})"
)
PAGE_LABEL = regex.compile(rf"^(?P<label>{_LABEL})(?:\s+(?P<rest>.{{1,30}}))?$")
SECTION_WORD_AFTER_LABEL = regex.compile(f"^[A-Z]{{1,2}}\\d{{1,2}}\\s+[{CJK}]{{2,4}}$")
PAGE_LABEL_CN = regex.compile(r"第\s*[0-9一二三四五六七八九十百零〇]+\s*[版页頁]")
CAPS_MASTHEAD = regex.compile(
    r"^(?P<name>[A-Z][A-Z&'’.]+(?:\s+[A-Z][A-Z&'’.]+)+)\s+(?P<label>[A-Z]\d{2})"
)
SECTION = regex.compile(f"^[{CJK}]{{2,8}}(?:·[{CJK}0-9]{{2,10}})+$")
PAPER_NAME = regex.compile(
    f"^[{CJK}]{{1,10}}(?:报|報|日刊|周刊|週刊|画报|畫報)$|^(?:[A-Z]+\\s)+(?:DAILY|TIMES|NEWS|POST|HERALD)$"
)
FOLIO = regex.compile(r"^[-–—\s]*\d{1,3}[-–—\s]*$")
IMPRINT = regex.compile(
    r"社出版|地址[：:]|邮编[：:]|郵編[：:]|零售价|零售價|定价[：:]|定價[：:]|国内统一连续出版物号|國內統一|CN\s?\d{2}-\d{4}"
)
_URL_ONLY = regex.compile(r"^<?(?:https?://|ftp://|www\.)\S+?>?$", re.IGNORECASE)
#: The line-start forms in one pattern with a group each: one match says which (most
#: lines match none, and one failed match is cheaper than four).
_SOURCE_WORDS = r"(?:文章|稿件|新闻|新聞|信息|内容|內容|本文)?"
_LINE_START = regex.compile(
    r"^(?:(?P<navigation>返回|回到|上一篇|下一篇|上一页|下一页|上一頁|下一頁|首页|首頁|打印本页|打印|"
    r"关闭窗口|關閉窗口|相关阅读|相关新闻|相關新聞|推荐阅读|热门推荐|更多新闻|"
    r"(?i:Back to top|Next article|Previous article|Home\b|Related articles))"
    r"|(?P<share>分享到|分享至|转发到|轉發到|分享：|分享:|扫一扫|掃一掃|微信扫码|扫码关注|"
    r"(?i:Share (?:this|on)\b|Tweet\b|Follow us\b))"
    rf"|(?P<source>[（(【\[]?\s*{_SOURCE_WORDS}[来來]源\s*[：:]\s*(?P<source_name>[^）)】\]]{{1,30}})"
    r"[）)】\]]?$)"
    r"|(?P<credit>[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|美编|美編|组版|組版|"
    r"版式设计|版式|排版|值班编辑|值班編輯|图片编辑|圖片編輯|制图|製圖|审核|審核|审校|終審|终审|主编|主編)"
    r"\s*[：:\s]))"
)
#: The line-start forms matched whatever their case: whether a line with clause
#: punctuation is worth asking further.
_LINE_START_ANY_CASE = regex.compile(_LINE_START.pattern, re.IGNORECASE)
_DATE_YEAR = regex.compile(r"(?:19|20)\d{2}")
_YEAR = regex.compile(r"\b1[6-9]\d\d\b|\b20\d\d\b")
_PLACE_DATE = regex.compile(r"^[A-ZÀ-Ý][\w.' -]{1,30}, (?:le |den )?[^,]{6,30}$")
ISSUE_LINE = regex.compile(
    r"^(?:(?:No|NO|Nr|N°|Vol|VOL|Volume|Bd)\.?\s*(?:\d+|[IVXLCDM]+\b)[.,]?.{0,30}|"
    r"[$£€]\s?\d{1,3}(?:\.\d\d)?|\d{1,3}\s?(?:cents?|CENTS?|¢|p)\.?|"
    r"(?:(?:FINAL|LATE|EARLY|CITY|HOME|METRO|STATE|SUNDAY|WEEKEND|NATIONAL|INTERNATIONAL)"
    r" (?:EDITION|EDN\.?)|(?:Final|Late|Early|City|Home|Metro|Sunday|Weekend) Edition)"
    r"|.*\b(?:Jahrgang|ANNÉE|Année|année)\b.*"
    r"|.*\b(?:PRICE|Price|Preis|Prix|LE NUM[EÉ]RO|Le numéro)\b.*"
    r"\b(?:CENTS?|[Cc]ents?|CENTIMES|[Cc]entimes|Pf|Pfennig|Heller)\b.*)$"
)
CONTINUATION = regex.compile(
    r"^[(\[{]?\s*(?:(?P<en>Continued|Cont'd|Concluded)\s+(?P<en_dir>on|from)\s+"
    r"(?:(?:Pa[gqs][eo]|P\.)\s*(?P<en_page>\w+)|(?P<en_ordinal>\w+)\s+Pa[gqs][eo])"
    r"|(?:Voir la )?(?P<fr>[Ss]uite)\s+(?P<fr_dir>en|à la|page|de la)\s*(?P<fr_page>[\w ]{1,25}?)"
    r"|(?P<de>Fortsetzung|Schluß|Schluss)\s+(?P<de_dir>auf|von|folgt)\s*(?P<de_page>[\w. ]{0,20}?))"
    r"\s*[.)\]}]*\.?(?:\s+\S{1,2})?$",
    re.IGNORECASE,
)
_MOTTO = regex.compile(
    r"^(?:Serving|Established|Founded|Since|Est\.|Published|An Independent|The Voice of|"
    r"All the News)\b.{0,60}$"
)
_PUBLICATION = regex.compile(
    r"\b(?:published|issued|erscheint|paraissant|para[iî]t|se publica|publicad[oa])\b"
    r".{0,40}\b(?:every|daily|weekly|monthly|semi-weekly|except|t[äa]glich|\w*w[öo]chentlich"
    r"|monatlich|tous les|chaque|todos los|diariamente|semanal)",
    re.IGNORECASE,
)
_WIRE_CREDIT = regex.compile(
    r"^(?:(?:Compiled )?[Ff]rom wire reports|Wire (?:and [\w ]{1,30})?reports|"
    r"Staff and wire reports)\b|\((?:CC BY|CC-BY)[^)]{0,20}\)\s*$|^Creative Commons\b"
)
_SEPARATORS = regex.compile(r"\s+[·•|｜]\s+")
_FOUNDED = regex.compile(
    r"^[A-Z][^.,;:]{0,50}\b(?:since|Since|SINCE|established|founded)\s+(?:in\s+)?1[6-9]\d\d$"
)
_COPYRIGHT_HEAD = regex.compile(r"^\W{0,3}(\S{6,12}?)[\s:,.-]")
_NOT_LATIN_LETTER = regex.compile(r"[^A-Za-z]")
_WORD_OF_FOUR = regex.compile(r"[^\W_]{4}")
_ALNUM_RUN = regex.compile(r"[^\W_]+")
_END_MARK = regex.compile(r"^[（(【\[]\s*(?:完|終|终|END|end)\s*[）)】\]]$")
_DATE_WORDS = regex.compile(r"[^\W\d_]+")
_DATE_FILLERS = frozenset("le den der the of er th st nd rd".split())
_NAME_PARTICLES = frozenset("della dello delle degli dalla nella sulla with from upon".split())
_NAME_WORD = regex.compile(r"[^\W\d_][\w'’-]*")
_CJK_NAME_TEXT = regex.compile(f"[{CJK}A-Za-z ]+")
#: The longest section word set beside a date and page label on a masthead line.
_SECTION_WORD_CHARS = 6


@cache
def _latin_paper() -> re.Pattern[str]:
    """A Latin paper's name: an article, then words around one of the title words."""
    title = lexicon.capitals_or_capitalised(lexicon.words("paper_title_words"))
    # German names compound their title word (``Kolonialzeitung``): in lower case too.
    compound = lexicon.alternation(lexicon.words("paper_title_compounds"))
    return regex.compile(
        r"^(?:THE |The |LE |Le |LA |La |L'|DIE |Die |DER |Der |DAS |Das )?[\w'’ -]{0,40}"
        f"(?:{title}|{compound})\\b[\\w'’ -]{{0,40}}\\.?$"
    )


def _fuzzy_equal(word: str, target: str, errors: int) -> bool:
    """``word`` reads as ``target`` with at most ``errors`` OCR slips (edit distance)."""
    a, b = word.lower(), target
    if abs(len(a) - len(b)) > errors:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= errors


def is_copyright_credit(text: str, tuning: Tuning = TUNING) -> bool:
    """``(Copyright: 1903: By The Tribune Association.)``, however OCR spelled it."""
    m = _COPYRIGHT_HEAD.match(text)
    if not m:
        return False
    letters = _NOT_LATIN_LETTER.sub("", m.group(1))
    return _fuzzy_equal(letters, "copyright", 2) and len(text) <= tuning.furniture_max_chars


#: What OCR reads a speck of dirt or a broken rule as: the small ASCII marks, dashes,
#: quotes and bullets. Brackets, operators and every other symbol (``√``, ``©``, ``°``,
#: box drawing, a face's parts) are written on purpose: a line holding one is content.
_SPECK_MARKS = frozenset(".,:;'\"`^~-_*|!?<>¡¿«»‘’‚“”„–—…•·■▪●¦")
#: A mark repeated (``* * *``, ``---``, ``. . .``): a dinkus or a rule, set on purpose.
_ORNAMENT = regex.compile(r"^(\S)(?:\s*\1)+$")


def is_noise(line: str, tuning: Tuning = TUNING) -> bool:
    """Scan debris by its marks: specks OCR read as marks (no bracket, operator or other
    symbol), with no word of four letters: under half letters and digits with no word of
    three, or under two fifths at all. CJK lines, end marks and a dinkus (``* * *``) are
    not noise. Whether the line stands where debris falls is the page's question
    (furniture's ``classify_page``)."""
    text = line.strip()
    # A word of four letters rules noise out whatever the rest holds: one regex search,
    # asked first, spares the other tests and the character counts on nearly every line.
    if not text or _WORD_OF_FOUR.search(text):
        return False
    if _HAS_CJK.search(text) or _END_MARK.match(text) or _ORNAMENT.match(text):
        return False
    visible = [ch for ch in text if not ch.isspace()]
    if not all(ch in _SPECK_MARKS or (ch.isascii() and ch.isalnum()) for ch in visible):
        return False
    share = sum(ch.isalnum() for ch in visible) / len(visible)
    longest = max((len(r) for r in _ALNUM_RUN.findall(text)), default=0)
    # Under half letters and no word of three; or under two fifths letters and one
    # three-letter scrap among them (``r .¡ •< *fcr «»``, an ornament read as text).
    return (share < 0.5 and longest < 3) or share < tuning.noise_letter_share


def _only_date(text: str) -> bool:
    """A line that is a date and nothing else (``Tuesday, July 8, 2008``), in any case."""
    words = [w.lower() for w in _DATE_WORDS.findall(text)]
    return len(text) <= 40 and all(
        w in MONTHS or w in WEEKDAYS or w in _DATE_FILLERS for w in words
    )


def _has_weekday(text: str) -> bool:
    return any(w.lower() in WEEKDAYS for w in _DATE_WORDS.findall(text))


def _paper_and_date(text: str) -> bool:
    """``Millbrook Evening Post · Monday, July 27, 2009``: a name and a date set apart."""
    parts = _SEPARATORS.split(text)
    if len(parts) != 2:
        return False
    return any(
        parse_date(date_text) is not None and _only_date(date_text) and 2 <= len(name) <= 40
        for name, date_text in (parts, parts[::-1])
    )


def _latin_head(text: str, capitals: float, tuning: Tuning) -> bool:
    """An issue's running head or date line, in a Latin-script paper."""
    if len(text) > tuning.running_head_max_chars:
        return False
    date = parse_date(text)
    if date is None and not (_has_weekday(text) and _YEAR.search(text) is not None):
        return False
    if ISSUE_LINE.match(text) or (date is not None and _only_date(text)):
        return True
    # Set in capitals; OCR noise in a long masthead line may bring the share down, so a
    # line with both a full date and a weekday needs only half.
    threshold = 0.5 if date is not None and _has_weekday(text) else 0.6
    if capitals >= threshold:
        return True
    return date is not None and _PLACE_DATE.match(text.rstrip(".")) is not None


def _paper_before_date(text: str) -> bool:
    text = text.strip(" ·|｜-—")
    return 2 <= len(text) <= 12 and _CJK_NAME_TEXT.fullmatch(text) is not None


def _date_line(text: str) -> bool:
    """``2020年12月10日 星期四 A14``: a date with at most a paper's name, a weekday, a
    section and a page label."""
    m = DATE_LINE.match(text) if _DATE_YEAR.search(text) else None
    if m is None:
        return False
    before, after = m.group("before").strip(), m.group("after").strip()
    if before and not _paper_before_date(before):
        return False
    if not after:
        return True
    return (
        PAGE_LABEL.match(after) is not None
        or _section_and_label(after)
        or PAPER_NAME.match(after.strip(" ·|｜-—")) is not None
    )


def _section_and_label(text: str) -> bool:
    """``国内   A14`` after a date: short section words set apart, ending in a page label."""
    parts = text.split()
    return (
        len(parts) >= 2
        and all(len(p) <= _SECTION_WORD_CHARS for p in parts[:-1])
        and PAGE_LABEL.match(parts[-1]) is not None
    )


def form_anywhere(text: str, capitals: float, tuning: Tuning = TUNING) -> Form:
    """The furniture form of a stripped line wherever it stands, or ``Form.NONE``.
    ``capitals``: the line's share of capitals among its cased letters."""
    if _URL_ONLY.match(text):
        return Form.URL
    clause = _CLAUSE.search(text) is not None
    if clause and not _LINE_START_ANY_CASE.match(text):
        return Form.NONE
    if is_noise(text, tuning):
        return Form.NOISE
    cjk = _HAS_CJK.search(text) is not None
    if len(text) > tuning.furniture_max_chars:
        return Form.DATE if not cjk and _latin_head(text, capitals, tuning) else Form.NONE
    if CONTINUATION.match(text):
        return Form.JUMP
    if is_copyright_credit(text, tuning) or _WIRE_CREDIT.search(text):
        return Form.CREDIT
    if _paper_and_date(text):
        return Form.DATE
    if _FOUNDED.match(text) or _PUBLICATION.search(text):
        return Form.MASTHEAD
    if not cjk and ISSUE_LINE.match(text):
        return Form.IMPRINT
    if not cjk and _latin_head(text, capitals, tuning):
        return Form.DATE
    start = _LINE_START.match(text)
    if start is not None:
        if start.group("navigation") and not clause:
            return Form.NAVIGATION
        if start.group("share"):
            return Form.SHARE
        if start.group("source"):
            return Form.SOURCE
        if start.group("credit"):
            return Form.CREDIT
    if clause:
        return Form.NONE
    if IMPRINT.search(text):
        return Form.IMPRINT
    if _date_line(text):
        return Form.DATE
    if CAPS_MASTHEAD.match(text):
        return Form.MASTHEAD
    m = PAGE_LABEL.match(text)
    if m and (
        m.group("rest") is None
        or "·" in m.group("rest")
        or PAGE_LABEL_CN.match(text)
        or SECTION_WORD_AFTER_LABEL.match(text)
    ):
        return Form.PAGE_LABEL
    return Form.NONE


def source_name(text: str) -> str | None:
    """The source a credit line names (``（来源：经济日报）`` → ``经济日报``)."""
    m = _LINE_START.match(text)
    return m.group("source_name").strip() if m and m.group("source_name") else None


def _set_as_name(text: str) -> bool:
    """Its words capitalised but for particles: a name, not a sentence."""
    return all(
        len(word) < 4 or word[0].isupper() or word.lower() in _NAME_PARTICLES
        for word in _NAME_WORD.findall(text)
    )


@lru_cache(maxsize=4096)
def form_at_edge(text: str) -> Form:
    """Forms that are furniture only in the page's header or footer. (Cached: a page
    settled again after a repair asks it of the same edge lines.)"""
    if PAPER_NAME.match(text):
        return Form.MASTHEAD
    if len(text) <= 60 and _latin_paper().match(text) and _set_as_name(text):
        return Form.MASTHEAD
    if _MOTTO.match(text):
        return Form.MASTHEAD
    if SECTION.match(text):
        return Form.SECTION
    if FOLIO.match(text):
        return Form.PAGE_LABEL
    m = PAGE_LABEL.match(text)
    if m and (m.group("rest") is None or "·" in m.group("rest") or len(m.group("rest")) <= 4):
        return Form.PAGE_LABEL
    return Form.NONE


def is_end_mark(text: str) -> bool:
    return _END_MARK.match(text) is not None
