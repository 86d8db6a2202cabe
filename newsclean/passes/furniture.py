"""furniture: mastheads, running heads, dates, page labels, credits, navigation.

Defect: lines that are not part of any story are mixed into the text: the paper's name
and date, page labels (``A14``, ``T05``, ``第4版``, ``Page 4``), running section heads
(``社会·民生·关注``), the publisher's imprint, editor credits (``责任编辑：…``), source
credits (``（文章来源：经济参考网）``), and, in scraped pages, share and navigation
lines and bare URLs.

Recognition works on whole lines, in their general printed forms:

* *anywhere on the page*: a line that is only a URL; a navigation or share line; a
  source or editor credit; an imprint (``社出版``, ``地址：``, ``邮编``, ``零售价``);
  a line that is a date with at most a paper name and weekday; a page label alone or
  followed by a section name set with ``·``;
* *in the page header or footer only* (the run of short unpunctuated lines before the
  first story line, or after the last): a paper name alone (``…报``, ``…報``, ``… DAILY``),
  a section head (``文化·体育``), a page number, and any short line that sits between
  such lines and the page edge, which is where a section label (``国内``) is printed.

Latin-script pages add their own printed forms:

* *anywhere*: a running head or dateline of the issue, in capitals or a place and a date
  (``THE EVENING STAR, WASHINGTON, D. C., MONDAY, JANUARY 5, 1920.``, ``MARDI 5 DECEMBRE
  1905``, ``Berlin, 6. Januar 1894.``); issue, volume and price lines (``Nr. 1.``,
  ``Neue Folge. 7. Jahrgang.``, ``PRICE THREE CENTS.``); copyright credits under a
  headline or photo (``(Copyright, 1903, by The Tribune Association.)``, read through
  OCR errors); jump lines (``Continued on Page 4``, ``(Continued from First Page.)``,
  ``Suite en deuxième page``, ``Fortsetzung auf Seite 2``), which go to
  ``metadata["continuations"]`` with the text line they follow, for segmentation to put on
  the article; and OCR noise, lines made mostly of punctuation, bullets and rules
  (``-' - - -v 1 ' :``, ``■``) with no word in them;
* *in the page header or footer only*: a paper's name (``Deutsche Kolonialzeitung.``,
  ``LE GRAND ÉCHO DU NORD``);
* *near the top of the page*: the weather forecast of the nameplate's ear (``Rain and
  much colder to-day.``, ``Saturday fair.``).

Not furniture but found here: the display lines in capitals over a photo's copyright
credit, when no story follows the credit, are the photo's captions; they stay in the
text as a caption block of their own, which segmentation makes a caption.

What a line carries goes to metadata: ``paper``, ``date`` (ISO), ``page``, ``url``,
``source_name``. Every furniture line is listed in ``furniture``. What leaves the text is
chosen by ``options.furniture``: ``header`` (the default of ``fix``) keeps the page
header lines in place, repaired, and takes out the rest; ``strip`` takes out all;
``keep`` takes out none. Kept lines become their own block, so ``rejoin`` never joins
them to a paragraph and segmentation leaves them out of every article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsclean import regex
from newsclean.chardata import CJK
from newsclean.latin import (
    MONTHS,
    WEEKDAYS,
    caps_share,
    ends_advertisement,
    has_weekday,
    is_bracketed_credit,
    is_weather_forecast,
    parse_date,
)
from newsclean.model import CAPTION, FURNITURE, Block, Document, Furniture
from newsclean.options import Options
from newsclean.patterns import END_MARK, compiled

NAME = "furniture"
DESCRIPTION = "mastheads, running heads, dates, page labels, credits, share/navigation lines"

#: Kinds that make up the printed page header; ``fix`` keeps them in the text by default.
HEADER_KINDS = frozenset(("masthead", "date", "page-label", "section", "imprint", "weather"))
#: A label-sized line: this many characters, or a Latin label in capitals this long.
SHORT_LABEL = 12
SHORT_LATIN_LABEL = 24
CAPS_LABEL = 0.8
#: The longest section word set beside a date and page label on a masthead line.
SECTION_WORD = 6
#: Lines longer than this are never furniture.
MAX_WIDTH = 80
#: How many lines at each end of the page may form its header or footer.
EDGE_LINES = 8
#: The nameplate's ears (a forecast) are within this many lines of the page's top.
WEATHER_EAR_LINES = 16

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
#: ``A3 要闻``: a page label and a section word of two to four characters.
SECTION_WORD_AFTER_LABEL = regex.compile(f"^[A-Z]{{1,2}}\\d{{1,2}}\\s+[{CJK}]{{2,4}}$")
PAGE_LABEL_CN = regex.compile(r"第\s*[0-9一二三四五六七八九十百零〇]+\s*[版页頁]")
#: An English paper name in capitals, then a page label: ``QINGZHOU DAILY T15 …``.
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
CREDIT = regex.compile(
    r"^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|美编|美編|组版|組版|版式设计|版式|排版|"
    r"值班编辑|值班編輯|图片编辑|圖片編輯|制图|製圖|审核|審核|审校|終審|终审|主编|主編)\s*[：:\s]"
)
SOURCE = regex.compile(
    r"^[（(【\[]?\s*(?:文章|稿件|新闻|新聞|信息|内容|內容|本文)?来源\s*[：:]\s*(?P<name>[^）)】\]]{1,30})[）)】\]]?$"
    r"|^[（(【\[]?\s*(?:文章|稿件|新闻|新聞|信息|内容|內容|本文)?來源\s*[：:]\s*(?P<name2>[^）)】\]]{1,30})[）)】\]]?$"
)
URL_ONLY = regex.compile(r"^<?(?:https?://|ftp://|www\.)\S+?>?$", re.IGNORECASE)
NAVIGATION = regex.compile(
    r"^(?:返回|回到|上一篇|下一篇|上一页|下一页|上一頁|下一頁|首页|首頁|打印本页|打印|"
    r"关闭窗口|關閉窗口|相关阅读|相关新闻|相關新聞|推荐阅读|热门推荐|更多新闻|"
    r"Back to top|Next article|Previous article|Home\b|Related articles)",
    re.IGNORECASE,
)
SHARE = regex.compile(
    r"^(?:分享到|分享至|转发到|轉發到|分享：|分享:|扫一扫|掃一掃|微信扫码|扫码关注|"
    r"Share (?:this|on)\b|Tweet\b|Follow us\b)",
    re.IGNORECASE,
)
_CLAUSE = regex.compile("[，。；！？]")
#: The four line-start forms above in one pattern: most lines match none of them, and
#: one failed match is cheaper than four. (Ignoring case widens it, which is harmless:
#: it only decides whether the four are tried.)
_LINE_START_FORMS = regex.compile(
    "|".join(f"(?:{p.pattern})" for p in (NAVIGATION, SHARE, SOURCE, CREDIT))
    .replace("(?P<name>", "(?:")
    .replace("(?P<name2>", "(?:"),
    re.IGNORECASE,
)
#: Every date line holds a year of DATE_LINE's form: a cheap search rules most lines out.
_DATE_YEAR = regex.compile(r"(?:19|20)\d{2}")

#: A Latin running head may run the width of the page.
MAX_RUNNING_HEAD = 200
_HAS_CJK = regex.compile(f"[{CJK}]")
_YEAR = regex.compile(r"\b1[6-9]\d\d\b|\b20\d\d\b")
#: A place, then the date: ``Berlin, 6. Januar 1894.``, ``Paris, le 4 décembre 1905``.
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
#: ``Continued on Page 4``, ``(Continued from First Page.)``, as OCR reads ``Page``; the
#: French and German forms. A margin letter or two of OCR noise may follow.
CONTINUATION = regex.compile(
    r"^[(\[{]?\s*(?:(?P<en>Continued|Cont'd|Concluded)\s+(?P<en_dir>on|from)\s+"
    r"(?:(?:Pa[gqs][eo]|P\.)\s*(?P<en_page>\w+)|(?P<en_ordinal>\w+)\s+Pa[gqs][eo])"
    r"|(?:Voir la )?(?P<fr>[Ss]uite)\s+(?P<fr_dir>en|à la|page|de la)\s*(?P<fr_page>[\w ]{1,25}?)"
    r"|(?P<de>Fortsetzung|Schluß|Schluss)\s+(?P<de_dir>auf|von|folgt)\s*(?P<de_page>[\w. ]{0,20}?))"
    r"\s*[.)\]}]*\.?(?:\s+\S{1,2})?$",
    re.IGNORECASE,
)
#: A Latin paper's name, in the page header: the title words papers are named with.
LATIN_PAPER = regex.compile(
    r"^(?:THE |The |LE |Le |LA |La |L'|DIE |Die |DER |Der |DAS |Das )?[\w'’ -]{0,40}"
    r"(?:ZEITUNG|[Zz]eitung|TRIBUNE|Tribune|TIMES|Times|HERALD|Herald|JOURNAL|Journal|GAZETTE|"
    r"Gazette|COURIER|Courier|CHRONICLE|Chronicle|ÉCHO|Écho|ECHO|Echo|FIGARO|Figaro|TEMPS|Temps|"
    r"MATIN|Matin|ANZEIGER|Anzeiger|NACHRICHTEN|Nachrichten|BLATT|Blatt|"
    r"LEDGER|Ledger|POST|Post|SENTINEL|Sentinel|STAR|Star|SUN|Sun|NEWS|News|DAILY|Daily|"
    r"RECORD|Record|REGISTER|Register|PRESS|Press|OBSERVER|Observer|EXAMINER|Examiner|"
    r"INQUIRER|Inquirer|GLOBE|Globe|MAIL|Mail|TELEGRAPH|Telegraph|GUARDIAN|Guardian|"
    r"REVIEW|Review|ADVERTISER|Advertiser|BULLETIN|Bulletin|DISPATCH|Dispatch|LEADER|Leader|"
    r"CITIZEN|Citizen|STANDARD|Standard|MERIDIAN|Meridian|MONITOR|Monitor|CORRIERE|Corriere)"
    r"\b[\w'’ -]{0,40}\.?$"
)
#: A masthead's motto or founding line: ``Serving the Bay Counties since 1896``.
MOTTO = regex.compile(
    r"^(?:Serving|Established|Founded|Since|Est\.|Published|An Independent|The Voice of|"
    r"All the News)\b.{0,60}$"
)
#: How often the paper appears, said on its nameplate (``Se Publica Todos los Miércoles
#: y Sábados.``, ``Die Deutsche Kolonialzeitung erscheint vierwöchentlich.``, ``Published
#: every evening except Sunday``, ``Paraissant tous les jours``).
PUBLICATION = regex.compile(
    r"\b(?:published|issued|erscheint|paraissant|para[iî]t|se publica|publicad[oa])\b"
    r".{0,40}\b(?:every|daily|weekly|monthly|semi-weekly|except|t[äa]glich|\w*w[öo]chentlich"
    r"|monatlich|tous les|chaque|todos los|diariamente|semanal)",
    re.IGNORECASE,
)
#: ``Wire and Wikinews reports (CC BY 2.5)``, ``Compiled from wire reports``: the
#: page's credit for agency copy, or a licence notice.
WIRE_CREDIT = regex.compile(
    r"^(?:(?:Compiled )?[Ff]rom wire reports|Wire (?:and [\w ]{1,30})?reports|"
    r"Staff and wire reports)\b|\((?:CC BY|CC-BY)[^)]{0,20}\)\s*$|^Creative Commons\b"
)
_SEPARATORS = regex.compile(r"\s+[·•|｜]\s+")


def _paper_and_date(text: str) -> Verdict | None:
    """``Millbrook Evening Post · Monday, July 27, 2009``: a name and a date set apart."""
    parts = _SEPARATORS.split(text)
    if len(parts) != 2:
        return None
    for name, date_text in (parts, parts[::-1]):
        date = parse_date(date_text)
        if date is not None and _only_date(date_text) and 2 <= len(name) <= 40:
            return Verdict("date", (("date", date), ("paper", name.strip())))
    return None


#: ``… since 1896``: a founding line, recognisable anywhere on the page.
FOUNDED = regex.compile(
    r"^[A-Z][^.,;:]{0,50}\b(?:since|Since|SINCE|established|founded)\s+(?:in\s+)?1[6-9]\d\d$"
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


def is_copyright_credit(line: str) -> bool:
    """``(Copyright: 1903: By The Tribune Association.)``, however OCR spelled it."""
    m = re.match(r"^\W{0,3}(\S{6,12}?)[\s:,.-]", line.strip())
    if not m:
        return False
    letters = re.sub(r"[^A-Za-z]", "", m.group(1))
    return _fuzzy_equal(letters, "copyright", 2) and len(line) <= MAX_WIDTH


_WORD_OF_FOUR = regex.compile(r"[^\W_]{4}")
#: A line with less than this share of letters and digits, and no word of four, is noise.
NOISE_LETTER_SHARE = 0.4


def is_noise(line: str) -> bool:
    """OCR noise: mostly punctuation, bullets and rules, with no word of four letters:
    under half letters and digits with no word of three, or under two fifths at all.
    CJK lines, end marks and a dinkus (``* * *``) are not noise."""
    text = line.strip()
    if not text or _HAS_CJK.search(text) or END_MARK.match(text):
        return False
    if set(text) <= {"*", " "}:
        return False
    # A word of four letters rules noise out whatever the rest holds: one regex search
    # spares the character counts below on nearly every line.
    if _WORD_OF_FOUR.search(text):
        return False
    visible = [ch for ch in text if not ch.isspace()]
    share = sum(ch.isalnum() for ch in visible) / len(visible)
    longest = max((len(r) for r in re.findall(r"[^\W_]+", text)), default=0)
    # Under half letters and no word of three; or under two fifths letters and one
    # three-letter scrap among them (``r .¡ •< *fcr «»``, an ornament read as text).
    return (share < 0.5 and longest < 3) or share < NOISE_LETTER_SHARE


def _latin_head(stripped: str) -> Verdict | None:
    """An issue's running head or date line, in a Latin-script paper."""
    if _HAS_CJK.search(stripped) or len(stripped) > MAX_RUNNING_HEAD:
        return None
    date = parse_date(stripped)
    dated = date is not None or (has_weekday(stripped) and _YEAR.search(stripped) is not None)
    if not dated:
        return None
    if ISSUE_LINE.match(stripped):
        # The folio line: the date with the issue's year, number or price.
        return Verdict("date", (("date", date),) if date else ())
    if date is not None and _only_date(stripped):
        return Verdict("date", (("date", date),))
    meta = (("date", date),) if date else ()
    # Set in capitals; OCR noise in a long masthead line may bring the share down, so a
    # line with both a full date and a weekday needs only half.
    threshold = 0.5 if date is not None and has_weekday(stripped) else 0.6
    if caps_share(stripped) >= threshold:
        return Verdict("date", meta)
    if date is not None and _PLACE_DATE.match(stripped.rstrip(".")):
        return Verdict("date", meta)
    return None


_DATE_WORDS = regex.compile(r"[^\W\d_]+")
_DATE_FILLERS = frozenset("le den der the of er th st nd rd".split())


def _only_date(text: str) -> bool:
    """A line that is a date and nothing else (``Tuesday, July 8, 2008``), in any case."""
    words = [w.lower() for w in _DATE_WORDS.findall(text)]
    return len(text) <= 40 and all(
        w in MONTHS or w in WEEKDAYS or w in _DATE_FILLERS for w in words
    )


def continuation_of(line: str) -> dict[str, str] | None:
    """A jump line's direction (``to`` a later page, ``from`` an earlier one) and page."""
    m = CONTINUATION.match(line.strip())
    if m is None:
        return None
    word = (m.group("en_dir") or m.group("fr_dir") or m.group("de_dir") or "").lower()
    page = m.group("en_page") or m.group("en_ordinal") or m.group("fr_page") or m.group("de_page")
    page = (page or "").strip()
    direction = "from" if word in ("from", "de la", "von") else "to"
    return {"direction": direction, "page": page}


@dataclass(frozen=True)
class Verdict:
    kind: str
    metadata: tuple[tuple[str, str], ...] = ()


def _iso_date(m: re.Match[str]) -> str:
    return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"


def _paper_from(text: str, *, named_only: bool = False) -> str | None:
    """A paper's name beside a date. Before the date any short name will do
    (``参考消息 2020年…``); after it only one that reads as a paper's name."""
    text = text.strip(" ·|｜-—")
    if named_only:
        return text if PAPER_NAME.match(text) else None
    if 2 <= len(text) <= 12 and re.fullmatch(f"[{CJK}A-Za-z ]+", text):
        return text
    return None


def classify_anywhere(line: str) -> Verdict | None:
    """The furniture kind of a line wherever it stands, or None."""
    stripped = line.strip()
    if URL_ONLY.match(stripped):
        return Verdict("url", (("url", stripped.strip("<>")),))
    if _CLAUSE.search(stripped) and not _LINE_START_FORMS.match(stripped):
        # Running CJK text: none of the forms below holds clause punctuation.
        return None
    if is_noise(stripped):
        return Verdict("noise")
    if len(stripped) > MAX_WIDTH:
        return _latin_head(stripped)
    if continuation_of(stripped) is not None:
        return Verdict("continuation")
    if is_copyright_credit(stripped) or WIRE_CREDIT.search(stripped):
        return Verdict("credit")
    dated = _paper_and_date(stripped)
    if dated is not None:
        return dated
    if FOUNDED.match(stripped) or PUBLICATION.search(stripped):
        return Verdict("masthead")
    if ISSUE_LINE.match(stripped) and not _HAS_CJK.search(stripped):
        return Verdict("imprint")
    head = _latin_head(stripped)
    if head is not None:
        return head
    if _LINE_START_FORMS.match(stripped):
        if NAVIGATION.match(stripped) and not _CLAUSE.search(stripped):
            return Verdict("navigation")
        if SHARE.match(stripped):
            return Verdict("share")
        m = SOURCE.match(stripped)
        if m:
            name = (m.group("name") or m.group("name2")).strip()
            return Verdict("source", (("source_name", name),))
        if CREDIT.match(stripped):
            return Verdict("credit")
    if _CLAUSE.search(stripped):
        return None
    if IMPRINT.search(stripped):
        paper = re.match(f"^([{CJK}]{{2,10}})社出版", stripped)
        return Verdict("imprint", (("paper", paper.group(1)),) if paper else ())
    m = DATE_LINE.match(stripped) if _DATE_YEAR.search(stripped) else None
    if m and not _CLAUSE.search(stripped):
        meta = [("date", _iso_date(m))]
        before, after = m.group("before"), m.group("after")
        label = PAGE_LABEL.match(after.strip()) if after.strip() else None
        if label is None and after.strip():
            label = _section_and_label(after)
        name = _paper_from(before) if before.strip() else None
        if before.strip() and name is None:
            return None
        if after.strip() and label is None and _paper_from(after, named_only=True) is None:
            return None
        if name:
            meta.append(("paper", name))
        if label:
            meta.append(("page", _normal_label(label.group("label"))))
        return Verdict("date", tuple(meta))
    m = CAPS_MASTHEAD.match(stripped)
    if m:
        return Verdict("masthead", (("page", m.group("label")),))
    m = PAGE_LABEL.match(stripped)
    if m and (
        m.group("rest") is None
        or "·" in m.group("rest")
        or PAGE_LABEL_CN.match(stripped)
        or SECTION_WORD_AFTER_LABEL.match(stripped)
    ):
        return Verdict("page-label", (("page", _normal_label(m.group("label"))),))
    return None


def _section_and_label(text: str) -> re.Match[str] | None:
    """``国内   A14`` after a date: short section words set apart, ending in a page label."""
    parts = text.split()
    if len(parts) < 2 or not all(len(p) <= SECTION_WORD for p in parts[:-1]):
        return None
    return PAGE_LABEL.match(parts[-1])


def classify_edge(line: str) -> Verdict | None:
    """Forms that are furniture only in the page header or footer."""
    stripped = line.strip()
    if PAPER_NAME.match(stripped):
        return Verdict("masthead", (("paper", stripped),))
    if LATIN_PAPER.match(stripped) and len(stripped) <= 60 and _set_as_name(stripped):
        return Verdict("masthead", (("paper", stripped.rstrip(".")),))
    if MOTTO.match(stripped):
        return Verdict("masthead")
    if SECTION.match(stripped):
        return Verdict("section")
    if FOLIO.match(stripped):
        return Verdict("page-label", (("page", stripped.strip(" -–—")),))
    m = PAGE_LABEL.match(stripped)
    if m and (m.group("rest") is None or "·" in m.group("rest") or len(m.group("rest")) <= 4):
        return Verdict("page-label", (("page", _normal_label(m.group("label"))),))
    return None


#: Words of four letters or more that a paper's name sets in lower case
#: (``Corriere della Sera``); shorter ones (``Journal des Débats``) always may be.
_NAME_PARTICLES = frozenset("della dello delle degli dalla nella sulla with from upon".split())
_NAME_WORD = regex.compile(r"[^\W\d_][\w'’-]*")


def _set_as_name(text: str) -> bool:
    """Set as a name: its words capitalised but for particles. A sentence that ends at
    the page's foot (``Kolonialzeitung erscheint vierwöchentlich.``, a paragraph that a
    run of ``rejoin`` made of its lines) is not a masthead."""
    return all(
        len(word) < 4 or word[0].isupper() or word.lower() in _NAME_PARTICLES
        for word in _NAME_WORD.findall(text)
    )


def _normal_label(label: str) -> str:
    return re.sub(r"\s+", "", label)


def _short_unpunctuated(line: str) -> bool:
    """A label-sized line: a few CJK characters, or a few Latin words in capitals
    (``NATION & WORLD``), with no clause punctuation."""
    text = line.strip()
    if _CLAUSE.search(text):
        return False
    if len(text) <= SHORT_LABEL:
        return True
    return (
        len(text) <= SHORT_LATIN_LABEL
        and not _HAS_CJK.search(text)
        and caps_share(text) >= CAPS_LABEL
        and not text.endswith(".")
    )


def _edge_verdicts(
    lines: list[str], verdicts: list[Verdict | None], anchors: frozenset[str] | None = None
) -> None:
    """Mark header-only forms in the first lines of ``lines`` (call with the reversed
    page for the footer). A short line that sits before recognised furniture, nearer the
    edge, is a printed label too. ``anchors``: the kinds that stay in the text (None:
    all); only they mark a label, since a line taken out is not there for another run."""
    last_furniture = -1
    for i, line in enumerate(lines[:EDGE_LINES]):
        verdict = verdicts[i] or classify_edge(line)
        if verdict is not None:
            verdicts[i] = verdict
            if anchors is None or verdict.kind in anchors:
                last_furniture = i
            continue
        if not _short_unpunctuated(line):
            break
    for i in range(last_furniture):
        if verdicts[i] is None and _short_unpunctuated(lines[i]):
            verdicts[i] = Verdict("section")


def _latin_label(line: str) -> bool:
    text = line.strip()
    return bool(text) and not _HAS_CJK.search(text) and _short_unpunctuated(text)


def _section_over_kicker(lines: list[str], verdicts: list[Verdict | None]) -> None:
    """Two Latin labels in capitals stacked under the page's header lines (``SCIENCE &
    ENVIRONMENT`` over ``DROUGHT WATCH``): a story's kicker sits on its headline, so
    the upper label, at the page edge, is the page's section flag."""
    nonblank = [i for i, line in enumerate(lines[:EDGE_LINES]) if line.strip()]
    for n, i in enumerate(nonblank[:-2]):
        if verdicts[i] is not None:
            continue
        below, under = nonblank[n + 1], nonblank[n + 2]
        header_above = n > 0 and all(verdicts[k] is not None for k in nonblank[:n])
        if (
            header_above
            and verdicts[below] is None
            and _latin_label(lines[i])
            and _latin_label(lines[below])
            and caps_share(lines[i]) >= CAPS_LABEL
            and caps_share(lines[below]) >= CAPS_LABEL
            and not _latin_label(lines[under])
        ):
            verdicts[i] = Verdict("section")
        break


def classify_page(
    lines: list[str],
    *,
    top: bool = True,
    bottom: bool = True,
    anchors: frozenset[str] | None = None,
) -> list[Verdict | None]:
    """Verdicts for the lines of a page; ``top``/``bottom``: the lines begin at the top of
    a page / end at its foot, so header and footer forms apply there."""
    verdicts = [classify_anywhere(line) for line in lines]
    if top:
        _edge_verdicts(lines, verdicts, anchors)
        _section_over_kicker(lines, verdicts)
        _weather_ear(lines, verdicts)
    _photo_captions(lines, verdicts)
    if bottom:
        tail_lines, tail_verdicts = lines[::-1], verdicts[::-1]
        _edge_verdicts(tail_lines, tail_verdicts, anchors)
        verdicts = tail_verdicts[::-1]
    _running_heads(lines, verdicts)
    return verdicts


def _weather_ear(lines: list[str], verdicts: list[Verdict | None]) -> None:
    """The forecast printed in an ear of the nameplate (``Rain and much colder to-day.``
    / ``Saturday fair.``): near the top of the page, however many ads or headlines the
    extractor read before it."""
    for i, line in enumerate(lines[:WEATHER_EAR_LINES]):
        if verdicts[i] is None and is_weather_forecast(line):
            verdicts[i] = Verdict("weather")


#: Not furniture: a photo's caption, set apart in its own block (see ``_photo_captions``).
PHOTO_CAPTION = Verdict("caption")
#: A photo's caption runs at most this many lines over its credit.
MAX_CAPTION_LINES = 3


def _photo_captions(lines: list[str], verdicts: list[Verdict | None]) -> None:
    """A copyright credit under display lines, with no story under it (``PALACE OF
    LIBERAL ARTS, …`` / ``PRESIDENT ROOSEVELT.`` / ``(Copyright: 1903: By Rockwood.)``
    / ``RUSSIA IN TO STAY.``), is a photograph's: the display lines over it are the
    photo's captions. A story's credit sits under a bracketed wire credit or a byline,
    and its story follows it in running text."""
    for i, line in enumerate(lines):
        verdict = verdicts[i]
        if verdict is None or verdict.kind != "credit" or not is_copyright_credit(line.strip()):
            continue
        after = next((k for k in range(i + 1, len(lines)) if verdicts[k] is None), None)
        if after is not None and not _display_line(lines[after]):
            continue
        k = i - 1
        while k >= 0 and i - k <= MAX_CAPTION_LINES and verdicts[k] is None:
            if not _display_line(lines[k]):
                break
            verdicts[k] = PHOTO_CAPTION
            k -= 1


def _display_line(line: str) -> bool:
    """Set in capitals, and neither a wire credit nor the close of an ad."""
    text = line.strip()
    return (
        caps_share(text) >= CAPS_LABEL
        and not is_bracketed_credit(text)
        and not ends_advertisement(text)
    )


#: The paper's name repeated away from its header (see ``_running_heads``).
RUNNING_HEAD = Verdict("running-head")


def _running_heads(lines: list[str], verdicts: list[Verdict | None]) -> None:
    """The paper's name, read off its header, on a line of its own elsewhere on the
    page: a running head or foot that the extractor set among the stories (often in
    the middle of a sentence that goes on after it)."""
    names = {
        value.casefold()
        for verdict in verdicts
        if verdict is not None
        for key, value in verdict.metadata
        if key == "paper"
    }
    if not names:
        return
    for i, line in enumerate(lines):
        if verdicts[i] is None and line.strip().rstrip(".").casefold() in names:
            verdicts[i] = RUNNING_HEAD


#: The kind of a line that one of the user's ``furniture_patterns`` finds.
CONFIGURED = Verdict("configured")


def page_verdicts(
    lines: list[str], options: Options, edges: tuple[bool, bool] = (True, True)
) -> list[Verdict | None]:
    """Each line's furniture kind, or None: the general forms, then the user's patterns.
    ``edges``: see :attr:`newsclean.model.Document.edges`."""
    # Where ``fix`` keeps the page header only, a label kept beside a credit it takes
    # out would lose its reason in a second run: only header lines mark labels.
    anchors = HEADER_KINDS if options.furniture == "header" else None
    verdicts = classify_page(lines, top=edges[0], bottom=edges[1], anchors=anchors)
    if options.furniture_patterns:
        extra = compiled(options.furniture_patterns, "furniture_patterns")
        for i, line in enumerate(lines):
            if verdicts[i] is None and any(p.search(line.strip()) for p in extra):
                verdicts[i] = CONFIGURED
    return verdicts


def apply(doc: Document, options: Options) -> None:
    lines = [line for block in doc.blocks for line in block.lines]
    if not lines:
        return
    verdicts = page_verdicts(lines, options, doc.edges)
    if not any(verdicts):
        return
    new_blocks: list[Block] = []
    index = 0
    previous = ""
    for block in doc.blocks:
        kept: list[str] = []
        for line in block.lines:
            verdict = verdicts[index]
            index += 1
            if verdict is None:
                kept.append(line)
                previous = line.strip()
                continue
            if verdict is PHOTO_CAPTION:
                if kept:
                    new_blocks.append(Block(kept, block.kind))
                    kept = []
                new_blocks.append(Block([line.strip()], CAPTION))
                doc.count(NAME, "caption-set-apart")
                continue
            if verdict.kind == "continuation":
                jump = continuation_of(line) or {}
                doc.metadata.setdefault("continuations", []).append(
                    {"text": line.strip(), **jump, "after": previous}
                )
            _take_metadata(doc, verdict)
            doc.furniture.append(Furniture(line.strip(), verdict.kind, NAME))
            stays = options.furniture == "keep" or (
                options.furniture == "header" and verdict.kind in HEADER_KINDS
            )
            doc.count(NAME, f"kept-{verdict.kind}" if stays else verdict.kind)
            if not stays:
                doc.example(NAME, verdict.kind, line.strip(), "")
            if kept:
                new_blocks.append(Block(kept, block.kind))
                kept = []
            if stays:
                new_blocks.append(Block([line.strip()], FURNITURE))
        if kept:
            new_blocks.append(Block(kept, block.kind))
    doc.blocks = _merge_furniture_blocks(new_blocks)


def _merge_furniture_blocks(blocks: list[Block]) -> list[Block]:
    """Furniture lines that stood together stay together in one block."""
    merged: list[Block] = []
    for block in blocks:
        if merged and block.kind == FURNITURE and merged[-1].kind == FURNITURE:
            merged[-1].lines.extend(block.lines)
        else:
            merged.append(block)
    return merged


def _take_metadata(doc: Document, verdict: Verdict) -> None:
    for key, value in verdict.metadata:
        doc.metadata.setdefault(key, value)
