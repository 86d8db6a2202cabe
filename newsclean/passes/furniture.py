"""furniture: mastheads, running heads, dates, page labels, credits, navigation.

Defect: lines that are not part of any story are mixed into the text: the paper's name
and date, page labels (``A14``, ``T05``, ``第4版``, ``Page 4``), running section heads
(``社会·民生·关注``), the publisher's imprint, editor credits (``责任编辑：…``), source
credits (``（文章来源：经济参考网）``), and, in scraped pages, share and navigation
lines and bare URLs.

Recognition works on whole lines, in their general printed forms:

* *anywhere on the page* (as the next two bullets allow): a line that is only a URL; a
  navigation or share line; a source or editor credit; an imprint (``社出版``,
  ``地址：``, ``邮编``, ``零售价``); a line that is a date with at most a paper name and
  weekday; a page label alone or followed by a section name set with ``·``;
* *standing alone*: a navigation or share line is a bar of links (``Home | News``,
  ``返回首页``, ``首页 上一页 1 2 下一页``, ``分享到：微信 微博``, ``Share this``), never a
  sentence that begins with a link's word (``Home prices rose…``, ``回到家乡发展…``),
  and it stands between blank lines or the page's edges, alone or with other furniture
  lines that fill its block; next to a line of text in its block it is that text's
  (``The minister said the`` / ``Home Office would publish guidance``);
* *outside running text*: a URL, source or credit line is the sentence's when the line
  after it in its block goes on with it (lower case, or punctuation no line starts
  with), or the line before is running text that breaks off mid-sentence;
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
  the article; and scan debris, lines of the marks OCR reads specks and broken rules
  as (``-' - - -v 1 ' :``, ``■``, ``-``) with no word in them, standing between lines
  of the page (a text of marks alone, or marks after its last line, were written so).
  Brackets, operators and other symbols (``(-1/2)! = √π``, ``[x] ©``, ``°``, box
  drawing, ``(╯°□°)╯︵ ┻━┻``) are never debris, nor is one mark repeated (``* * *``,
  ``---``);
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

import itertools
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

# The page-head forms have one definition, in the line description.
from newsclean.page.forms import (
    CAPS_MASTHEAD,
    DATE_LINE,
    FOLIO,
    IMPRINT,
    PAGE_LABEL,
    PAGE_LABEL_CN,
    PAPER_NAME,
    SECTION,
    SECTION_WORD_AFTER_LABEL,
    is_noise,
)
from newsclean.patterns import compiled

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

_CREDIT_ROLE = (
    r"责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|美编|美編|组版|組版|版式设计|版式|排版|"
    r"值班编辑|值班編輯|图片编辑|圖片編輯|制图|製圖|审核|審核|审校|終審|终审|主编|主編"
)
CREDIT = regex.compile(rf"^[（(【\[]?\s*(?:{_CREDIT_ROLE})\s*[：:\s]")
URL_ONLY = regex.compile(r"^<?(?:https?://|ftp://|www\.)\S+?>?$", re.IGNORECASE)
#: What a navigation link says: back to a page (``返回首页``, ``返回经济参考网新闻``,
#: ``回到顶部``: the target ends in a page's or site's name, never in any other words,
#: as ``回到家乡发展特色农业`` does), a neighbouring page or article, print, close,
#: related reading.
_NAV_WORD = (
    r"(?:返回|回到)[^\s，。；！？、：:|｜]{0,12}?(?:首页|首頁|主页|主頁|顶部|頂部|顶端|頂端|页首|頁首|"
    r"列表|目录|目錄|频道|頻道|栏目|欄目|专题|專題|网|網|新闻|新聞|上页|上頁|上一页|上一頁|上级|上級|"
    r"正文|原文|本版)"
    r"|上一篇|下一篇|上一页|下一页|上一頁|下一頁|首页|首頁|尾页|尾頁|打印本页|打印本頁|打印|"
    r"关闭窗口|關閉窗口|关闭|關閉|相关阅读|相關閱讀|相关新闻|相關新聞|推荐阅读|推薦閱讀|热门推荐|"
    r"熱門推薦|更多新闻|更多新聞|"
    r"(?i:Back to top|Next article|Previous article|Home|Related articles)"
)
# Spaces are read possessively, and only inside brackets: a run of spaces that several
# parts could share is otherwise tried in every split (cubic on a line of spaces).
_OPEN = r"(?:[【\[「(（]\s*+)?"
_CLOSE = r"(?:\s*+[】\]」)）])?"
_NAV_ITEM = f"{_OPEN}(?:{_NAV_WORD}){_CLOSE}"
#: Marks that set links apart on a bar: ``Home | News``, ``首页 > 新闻``.
_LINK_SEPARATOR = r"\s*+[|｜丨/>»›·•→]++\s*+"
_LABEL_WORD = r"[^\s|｜丨/>»›·•→，。；！？,;.!?:：]{1,20}"
#: A link's label on a bar (a breadcrumb's section): a few short words, unpunctuated.
_LINK_LABEL = f"{_LABEL_WORD}(?: {_LABEL_WORD}){{0,3}}"
#: A navigation bar: link words set apart by marks (then any label may follow, as in a
#: breadcrumb) or by spaces (then only more link words or page numbers: a pager); or
#: a neighbouring article's link with its title. Words after a single space (``Home
#: Office would publish guidance``, ``Home prices rose``) are not links.
NAVIGATION = regex.compile(
    rf"^(?:>>|»)?\s*+{_NAV_ITEM}"
    rf"(?:{_LINK_SEPARATOR}(?:{_NAV_ITEM}|{_LINK_LABEL})|\s*+{_NAV_ITEM}|\s++\d{{1,4}}+)*"
    r"\s*+(?:>>|»|›)?$"
    r"|^(?:上一篇|下一篇|相关阅读|相關閱讀|相关新闻|相關新聞|推荐阅读|推薦閱讀|"
    r"(?i:Next article|Previous article|Related articles))\s*[：:>»]\s*[^。！？]{1,40}$"
)
#: Where to share a page: the call (``分享到``, ``Share this``, ``Tweet``, ``Follow us
#: on``), then at most the names of the services (capitalised, or CJK).
_SHARE_HEAD = (
    r"分享到|分享至|转发到|轉發到|分享(?=\s*[：:])|"
    r"(?i:Share(?: this(?: article| story| page| post)?| on)?|Tweet(?: this)?|Follow us(?: on)?)"
)
_SERVICE = f"(?:[A-Z0-9][\\w+.-]{{0,15}}|[{CJK}][{CJK}A-Za-z0-9]{{0,9}})"
_CALL_TO_SCAN = r"扫一扫|掃一掃|微信扫码|微信掃碼|扫码关注|掃碼關注"
SHARE = regex.compile(
    rf"^{_OPEN}(?:{_SHARE_HEAD}){_CLOSE}\s*+[：:]?"
    rf"(?:\s*+{_SERVICE}(?:(?:{_LINK_SEPARATOR}|[\s、,，]++|\s+(?:and|or|&)\s+){_SERVICE})*)?$"
    rf"|^(?:{_CALL_TO_SCAN})[^。！？]{{0,20}}$"
)
SOURCE = regex.compile(
    r"^[（(【\[]?\s*(?:文章|稿件|新闻|新聞|信息|内容|內容|本文)?(?:来源|來源)\s*[：:]\s*"
    r"(?P<name>[^）)】\]，。；！？]{1,30})[）)】\]]?$"
)
_CLAUSE = regex.compile("[，。；！？]")
_SENTENCE_END = regex.compile("[。！？]")
#: How the line-start forms above begin, in one pattern: most lines begin with none of
#: them, and one failed match is cheaper than four.
_LINE_START_FORMS = regex.compile(
    rf"^[（(【\[「]?\s*+(?:{_NAV_WORD}|{_SHARE_HEAD}|{_CALL_TO_SCAN}|(?:文章|稿件|新闻|新聞|信息|"
    rf"内容|內容|本文)?(?:来源|來源)|{_CREDIT_ROLE})|^(?:>>|»)"
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
    # Every letter of the longer word that no letter of the other can match costs an
    # edit, so letters in common bound the distance from below: most words fail here,
    # before the table below is filled in.
    shared = sum(min(a.count(ch), b.count(ch)) for ch in set(b))
    if max(len(a), len(b)) - shared > errors:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= errors


#: A credit's first word, behind at most three marks (``<C<»pyrisht:``).
_FIRST_WORD = regex.compile(r"^\W{0,3}(\S{6,12}?)[\s:,.-]")
_NOT_ASCII_LETTER = regex.compile(r"[^A-Za-z]")


def is_copyright_credit(line: str) -> bool:
    """``(Copyright: 1903: By The Tribune Association.)``, however OCR spelled it."""
    m = _FIRST_WORD.match(line.strip())
    if not m:
        return False
    letters = _NOT_ASCII_LETTER.sub("", m.group(1))
    return _fuzzy_equal(letters, "copyright", 2) and len(line) <= MAX_WIDTH


def _latin_head(stripped: str) -> Verdict | None:
    """An issue's running head or date line, in a Latin-script paper."""
    # Every date ``parse_date`` reads holds a year: a line without one is spared it.
    if len(stripped) > MAX_RUNNING_HEAD or _YEAR.search(stripped) is None:
        return None
    if _HAS_CJK.search(stripped):
        return None
    date = parse_date(stripped)
    if date is None and not has_weekday(stripped):
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
        if NAVIGATION.match(stripped):
            return Verdict("navigation")
        if SHARE.match(stripped):
            return Verdict("share")
        m = SOURCE.match(stripped)
        if m:
            return Verdict("source", (("source_name", m.group("name").strip()),))
        if CREDIT.match(stripped) and not _SENTENCE_END.search(stripped):
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
    breaks: frozenset[int] = frozenset(),
) -> list[Verdict | None]:
    """Verdicts for the lines of a page; ``top``/``bottom``: the lines begin at the top of
    a page / end at its foot, so header and footer forms apply there. ``breaks``: the
    lines that a blank line stands before (each block's first line)."""
    verdicts = [classify_anywhere(line) for line in lines]
    # Each line's block, numbered: lines of one block share a number.
    block = list(itertools.accumulate(int(i in breaks) for i in range(len(lines))))
    _debris_among_text(verdicts, top=top, bottom=bottom)
    _out_of_running_text(lines, verdicts, block)
    _link_runs(verdicts, block)
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


def _debris_among_text(verdicts: list[Verdict | None], *, top: bool, bottom: bool) -> None:
    """Scan debris falls between the lines of a page: marks with no other line before
    or after them (a one-line text, a note of symbols at its end) were written. Past a
    cut in a stream (``top``/``bottom`` false) the page goes on."""
    noise = [v is not None and v.kind == "noise" for v in verdicts]
    if not any(noise):
        return
    text = [i for i, is_debris in enumerate(noise) if not is_debris]
    first = -1 if not top else text[0] if text else len(noise)
    last = len(noise) if not bottom else text[-1] if text else -1
    for i, is_debris in enumerate(noise):
        if is_debris and not first < i < last:
            verdicts[i] = None


#: Kinds whose forms a line of running text can take (a URL, ``来源：``, ``编辑``,
#: ``Copyright`` words): they are furniture only where the text around has stopped.
RUNNING_TEXT_KINDS = frozenset(("url", "source", "credit"))
#: ``(CC BY 2.5)``: a licence note, which no sentence ends with, wherever it stands.
_LICENCE_NOTE = regex.compile(r"\((?:CC BY|CC-BY)[^)]{0,20}\)\s*$")
#: Marks that close a sentence, or a quotation or bracket that a sentence ends with.
_FINISHED = regex.compile(r"[.!?。！？…\"'”’」』）)\]】》]$")
#: How a line that goes on with the sentence before it begins: in lower case, or with
#: punctuation that never starts a line (the CJK line-breaking rule).
_CONTINUES = regex.compile(r"^[a-zß-ÿ，。、；：！？）」』》…]")


#: Clause marks: a line that holds one is running text, not a headline.
_ANY_CLAUSE = regex.compile("[，、；,;]")


def _out_of_running_text(
    lines: list[str], verdicts: list[Verdict | None], block: list[int]
) -> None:
    """A credit, source or URL line is never inside running text: where the line after
    it in its block goes on with it, or the line before breaks off mid-sentence, the
    line is part of that sentence (``…guidance is at`` / ``https://…`` / ``for all``).
    A line before that stands first in its block with no clause in it may be a headline
    (``NEWS OF THE WORLD``, ``Jade Rabbit moon rover``): not running text."""
    for i, verdict in enumerate(verdicts):
        if verdict is None or verdict.kind not in RUNNING_TEXT_KINDS:
            continue
        if _LICENCE_NOTE.search(lines[i]):
            continue
        after = i + 1 < len(lines) and block[i + 1] == block[i] and verdicts[i + 1] is None
        if after and _CONTINUES.match(lines[i + 1].lstrip()):
            verdicts[i] = None
            continue
        if i == 0 or block[i - 1] != block[i] or verdicts[i - 1] is not None:
            continue
        before = lines[i - 1].strip()
        wrapped = (i > 1 and block[i - 2] == block[i]) or _ANY_CLAUSE.search(before)
        if wrapped and not _FINISHED.search(before) and caps_share(before) < CAPS_LABEL:
            verdicts[i] = None


#: Kinds of a link bar: a line of them stands alone, between blank lines or the page's
#: edges, or among other furniture lines that fill its block.
LINK_KINDS = frozenset(("navigation", "share"))


def _link_runs(verdicts: list[Verdict | None], block: list[int]) -> None:
    """Navigation and share lines are furniture only where they stand alone: a run of
    furniture lines that is its whole block. Next to a line of text in its block, a line
    that reads as a link (``Home Office would…``, ``回到家乡…``) is that text's."""
    i = 0
    while i < len(verdicts):
        if verdicts[i] is None:
            i += 1
            continue
        end = i
        while end + 1 < len(verdicts) and block[end + 1] == block[i] and verdicts[end + 1]:
            end += 1
        whole = (i == 0 or block[i - 1] != block[i]) and (
            end + 1 == len(verdicts) or block[end + 1] != block[end]
        )
        if not whole:
            for k in range(i, end + 1):
                verdict = verdicts[k]
                if verdict is not None and verdict.kind in LINK_KINDS:
                    verdicts[k] = None
        i = end + 1


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
    lines: list[str],
    options: Options,
    edges: tuple[bool, bool] = (True, True),
    breaks: frozenset[int] = frozenset(),
) -> list[Verdict | None]:
    """Each line's furniture kind, or None: the general forms, then the user's patterns.
    ``edges``: see :attr:`newsclean.model.Document.edges`; ``breaks``: see
    :func:`classify_page`."""
    # Where ``fix`` keeps the page header only, a label kept beside a credit it takes
    # out would lose its reason in a second run: only header lines mark labels.
    anchors = HEADER_KINDS if options.furniture == "header" else None
    verdicts = classify_page(lines, top=edges[0], bottom=edges[1], anchors=anchors, breaks=breaks)
    if options.furniture_patterns:
        extra = compiled(options.furniture_patterns, "furniture_patterns")
        for i, line in enumerate(lines):
            if verdicts[i] is None and any(p.search(line.strip()) for p in extra):
                verdicts[i] = CONFIGURED
    return verdicts


def block_starts(blocks: list[Block]) -> frozenset[int]:
    """The index of each block's first line among all the blocks' lines."""
    return frozenset(itertools.accumulate((len(b.lines) for b in blocks[:-1]), initial=0))


def apply(doc: Document, options: Options) -> None:
    lines = [line for block in doc.blocks for line in block.lines]
    if not lines:
        return
    verdicts = page_verdicts(lines, options, doc.edges, block_starts(doc.blocks))
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
