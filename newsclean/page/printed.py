"""How the lines that belong to no story are printed: the patterns ``forms`` asks.

Each pattern is a general printed form, in Chinese and Latin-script papers: a page's
date line and labels, a link bar, a source or editor credit, an imprint, a running head,
an issue or price line, a jump line, a motto. The Latin paper title words are a lexicon
(``data/``), read the first time a line asks for them.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean import regex
from newsclean.chardata import CJK, CJK_CLAUSE_MARKS, HAN, has_cjk
from newsclean.chardata import HAS_CJK as HAS_CJK  # the forms ask it as printed.HAS_CJK
from newsclean.page import lexicon

#: Clause punctuation of CJK running text: no furniture form holds it, but for the
#: line-start forms. (A credit of several names holds the enumeration comma.)
CLAUSE = regex.compile(f"[{CJK_CLAUSE_MARKS}]")
SENTENCE_END = regex.compile("[。！？]")
#: A mark that parts a CJK sentence inside it (comma, enumeration comma, semicolon,
#: colon): a line that holds one and breaks off is a sentence broken off.
INNER_CLAUSE = regex.compile("[，、；：]")

# --- the page head of a Chinese paper ------------------------------------------------
_WEEKDAY = r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]"
_DATE = (
    r"(?P<y>(?:19|20)\d{2})\s*(?:年|[.\-/])\s*(?P<m>\d{1,2})\s*(?:月|[.\-/])\s*(?P<d>\d{1,2})\s*日?"
)
_LUNAR = r"(?:农历|農曆)[^\s]{2,12}"
DATE_LINE = regex.compile(
    rf"^(?P<before>.{{0,20}}?)\s*{_DATE}\s*(?:{_WEEKDAY})?\s*(?:{_LUNAR})?"
    rf"\s*(?P<after>.{{0,20}})$"
)
#: Every date line holds a year of DATE_LINE's form: a cheap search rules most lines out.
DATE_YEAR = regex.compile(r"(?:19|20)\d{2}")
_LABEL = (
    r"(?:第\s*[0-9一二三四五六七八九十百零〇]+\s*[版页頁]|[A-Z]{1,2}\d{1,3}"
    r"|[Pp](?:age|AGE)?\.?\s*\d{1,3})"
)
PAGE_LABEL = regex.compile(rf"^(?P<label>{_LABEL})(?:\s+(?P<rest>.{{1,30}}))?$")
SECTION_WORD_AFTER_LABEL = regex.compile(f"^[A-Z]{{1,2}}\\d{{1,2}}\\s+[{CJK}]{{2,4}}$")
PAGE_LABEL_CN = regex.compile(r"第\s*[0-9一二三四五六七八九十百零〇]+\s*[版页頁]")
_CAPS_MASTHEAD = r"(?P<name>[A-Z][A-Z&'’.]+(?:\s+[A-Z][A-Z&'’.]+)+)\s+(?P<label>[A-Z]\d{2})"
CAPS_MASTHEAD = regex.compile(f"^{_CAPS_MASTHEAD}")
SECTION = regex.compile(f"^[{CJK}]{{2,8}}(?:·[{CJK}0-9]{{2,10}})+$")
PAPER_NAME = regex.compile(
    f"^[{CJK}]{{1,10}}(?:报|報|日刊|周刊|週刊|画报|畫報)$|^(?:[A-Z]+\\s)+(?:DAILY|TIMES|NEWS|POST|HERALD)$"
)
FOLIO = regex.compile(r"^[-–—\s]*\d{1,3}[-–—\s]*$")
_IMPRINT = (
    r"社出版|地址[：:]|邮编[：:]|郵編[：:]|零售价|零售價|定价[：:]|定價[：:]|国内统一连续出版物号|國內統一"
    r"|CN\s?\d{2}-\d{4}"
)
IMPRINT = regex.compile(_IMPRINT)
#: An imprint's address or postcode: an address line or a letter's has them too.
ADDRESS_ITEM = regex.compile(r"地址[：:]|邮编[：:]|郵編[：:]")
IMPRINT_PAPER = regex.compile(f"^([{CJK}]{{2,10}})社出版")
CJK_NAME_TEXT = regex.compile(f"[{CJK}A-Za-z ]+")

# --- links, shares, sources and credits: forms of a line's start ---------------------
_URL_START = r"<?(?:https?://|ftp://|www\.)"
URL_ONLY = regex.compile(rf"^{_URL_START}\S+?>?$", re.IGNORECASE)
#: The staff an issue or page credits: editors (the duty and deputy editors-in-chief
#: too, ``值班副总编``), proofreaders, designers; an issue's credit line may open with
#: ``本期``/``本版`` (this issue, this page) and set a name after a slash.
_CREDIT_ROLE = (
    r"(?:本期|本版|本刊)?(?:"
    r"责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|美编|美編|组版|組版|版式设计|版式|排版|"
    r"值班编辑|值班編輯|图片编辑|圖片編輯|制图|製圖|审核|審核|审校|終審|终审|主编|主編|"
    r"(?:值班)?副?总编辑?|(?:值班)?副?總編輯?)"
)
CREDIT = regex.compile(rf"^[（(【\[]?\s*(?:{_CREDIT_ROLE})\s*[：:\s/／]")
#: What a navigation link says: back to a page (``返回首页``, ``返回经济参考网新闻``,
#: ``回到顶部``: the target ends in a page's or site's name, never in any other words,
#: as ``回到家乡发展特色农业`` does), a neighbouring page or article, print, close,
#: related reading.
_NAV_WORD_LATIN = r"(?i:Back to top|Next article|Previous article|Home|Related articles)"
_NAV_WORD = (
    r"(?:返回|回到)[^\s，。；！？、：:|｜]{0,12}?(?:首页|首頁|主页|主頁|顶部|頂部|顶端|頂端|页首|頁首|"
    r"列表|目录|目錄|频道|頻道|栏目|欄目|专题|專題|网|網|新闻|新聞|上页|上頁|上一页|上一頁|上级|上級|"
    r"正文|原文|本版)"
    r"|上一篇|下一篇|上一页|下一页|上一頁|下一頁|首页|首頁|尾页|尾頁|打印本页|打印本頁|打印|"
    r"关闭窗口|關閉窗口|关闭|關閉|相关阅读|相關閱讀|相关新闻|相關新聞|推荐阅读|推薦閱讀|热门推荐|"
    r"熱門推薦|更多新闻|更多新聞|"
    f"{_NAV_WORD_LATIN}"
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
_SHARE_HEAD_LATIN = (
    r"(?i:Share(?: this(?: article| story| page| post)?| on)?|Tweet(?: this)?|Follow us(?: on)?)"
)
_SHARE_HEAD = rf"分享到|分享至|转发到|轉發到|分享(?=\s*[：:])|{_SHARE_HEAD_LATIN}"
_SERVICE = f"(?:[A-Z0-9][\\w+.-]{{0,15}}|[{CJK}][{CJK}A-Za-z0-9]{{0,9}})"
_CALL_TO_SCAN = r"扫一扫|掃一掃|微信扫码|微信掃碼|扫码关注|掃碼關注"
SHARE = regex.compile(
    rf"^{_OPEN}(?:{_SHARE_HEAD}){_CLOSE}\s*+[：:]?"
    rf"(?:\s*+{_SERVICE}(?:(?:{_LINK_SEPARATOR}|[\s、,，]++|\s+(?:and|or|&)\s+){_SERVICE})*)?$"
    rf"|^(?:{_CALL_TO_SCAN})[^。！？]{{0,20}}$"
)
_SOURCE_WORDS = r"(?:文章|稿件|新闻|新聞|信息|内容|內容|本文)?"
SOURCE = regex.compile(
    rf"^[（(【\[]?\s*{_SOURCE_WORDS}(?:来源|來源)\s*[：:]\s*"
    r"(?P<name>[^）)】\]，。；！？]{1,30})[）)】\]]?$"
)
_LINE_START_OPEN = r"^[（(【\[「]?\s*+"
#: How the line-start forms above begin, in one pattern: most lines begin with none of
#: them, and one failed match is cheaper than four.
LINE_START_FORMS = regex.compile(
    rf"{_LINE_START_OPEN}(?:{_NAV_WORD}|{_SHARE_HEAD}|{_CALL_TO_SCAN}|{_SOURCE_WORDS}"
    rf"(?:来源|來源)|{_CREDIT_ROLE})|^(?:>>|»)"
)
#: How they begin on a line with no CJK character: the words of the forms in Latin
#: script alone (every other word of theirs is CJK).
_LATIN_LINE_START = rf"{_LINE_START_OPEN}(?:{_NAV_WORD_LATIN}|{_SHARE_HEAD_LATIN})|^(?:>>|»)"

# --- the page head of a Latin-script paper ------------------------------------------
YEAR = regex.compile(r"\b1[6-9]\d\d\b|\b20\d\d\b")
#: A place, then the date: ``Berlin, 6. Januar 1894.``, ``Paris, le 4 décembre 1905``.
PLACE_DATE = regex.compile(r"^[A-ZÀ-Ý][\w.' -]{1,30}, (?:le |den )?[^,]{6,30}$")
#: An issue's number (``No. 156``, ``Vol. XII``, ``VOLUME XLV``) and a price alone
#: (``$1.50``, ``5 cents``). A volume's Roman numeral may be set in small capitals
#: (``VOLUME xxx.``); on a masthead set in capitals OCR reads its I as ``l``, ``t``,
#: ``1`` or, two together, ``H`` (``VOLUME It.``, ``VOL. Ill``, ``VOL. HI``).
ISSUE_NUMBER = (
    r"(?:(?:No|NO|Nr|N°|Vol|VOL|Volume|VOLUME|Bd)\.?\s*(?:\d+|[IVXLCDM]+\b)"
    r"|(?:Vol|VOL|Volume|VOLUME)(?:\.\s*|\s+)(?=[xvi])x{0,3}(?:ix|iv|v?i{0,3})\b"
    r"|(?:VOL|VOLUME)(?:\.\s*|\s+)[IVXLC]*[lt1H][IVXLClt1H]*\b)"
)
_PRICE = r"[$£€]\s?\d{1,3}(?:\.\d\d)?|\d{1,3}\s?(?:cents?|CENTS?|¢|p)\.?"
ISSUE_LINE = regex.compile(
    rf"^(?:{ISSUE_NUMBER}[.,]?.{{0,30}}|{_PRICE}|"
    r"(?:(?:FINAL|LATE|EARLY|CITY|HOME|METRO|STATE|SUNDAY|WEEKEND|NATIONAL|INTERNATIONAL)"
    r" (?:EDITION|EDN\.?)|(?:Final|Late|Early|City|Home|Metro|Sunday|Weekend) Edition)"
    r"|.*\b(?:Jahrgang|ANNÉE|Année|année)\b.*"
    r"|.*\b(?:PRICE|Price|Preis|Prix|LE NUM[EÉ]RO|Le numéro)\b.*"
    r"\b(?:CENTS?|[Cc]ents?|CENTIMES|[Cc]entimes|Pf|Pfennig|Heller)\b.*)$"
)
#: ``Continued on Page 4``, ``(Continued from First Page.)``, as OCR reads ``Page``, and
#: the column a paper of the 1910s named after the page (``Continued on Page Two,
#: Column Four.)``); the French, German and Spanish forms (``(Continúa en la página
#: 4)``, ``(Viene de la primera página)``); the Finnish one in brackets (``(Jatkuu
#: toisella sivulla)``), whose first word (``Jatkuu``, ``Jatkoa``) OCR may garble past
#: reading: the page words after it and the brackets round all three tell the line; the
#: Chinese ``（转第A12版）`` / ``（上接第3版）``. A margin letter or two of OCR noise may
#: follow.
CONTINUATION = regex.compile(
    r"^[(\[{]?\s*(?:(?P<en>Continued|Cont'd|Concluded)\s+(?P<en_dir>on|from)\s+"
    r"(?:(?:Pa[gqs][eo]|P\.)\s*(?P<en_page>\w+)|(?P<en_ordinal>\w+)\s+Pa[gqs][eo])"
    r"(?:,?\s+Col(?:umn|\.)?\s*\w+)?"
    # A French jump line names its page (``Suite en page 4``, ``Suite de la une``): ``à la
    # suite de la collision.`` wraps to a line that reads like one, but names none.
    r"|(?:Voir la )?(?P<fr>[Ss]uite)\s+(?P<fr_dir>en|à la|page|de la)\s*"
    r"(?P<fr_page>[\w ]{0,20}?(?:\bpages?\b|\bune\b|\d)[\w ]{0,10}?)"
    r"|(?P<de>Fortsetzung|Schluß|Schluss)\s+(?P<de_dir>auf|von|folgt)\s*(?P<de_page>[\w. ]{0,20}?)"
    r"|(?P<es>Contin[úu]a|Continuaci[óo]n|Sigue|Pasa|Viene)\s+(?P<es_dir>en|a|de)\s+la\s+"
    r"(?:p[áa]g(?:ina|\.)\s*(?P<es_page>\w+)|(?P<es_ordinal>\w+\.?)\s+p[áa]gina)"
    r"|(?P<fi>Jatkuu|Jatkoa|(?<=[(\[])[^\W\d_]{3,12}(?=\s+[\w:]{1,12}\s+sivul\w+\s*[)\]]))"
    r"\s+(?P<fi_page>[\w:]{1,12})\s+(?P<fi_dir>sivulla|sivulle|sivulta)"
    r"|[(（]?(?P<zh_dir>[下上]?[转轉接])\s*第*\s*(?P<zh_page>[A-Za-z]?\d{1,3})\s*版[)）]?)"
    r"\s*[.)\]}]*\.?(?:\s+\S{1,2})?$",
    re.IGNORECASE,
)
#: A masthead's motto or founding line: ``Serving the Bay Counties since 1896``.
MOTTO = regex.compile(
    r"^(?:Serving|Established|Founded|Since|Est\.|Published|An Independent|The Voice of|"
    r"All the News)\b.{0,60}$"
)
#: How often the paper appears, said on its nameplate (``Se Publica Todos los Miércoles
#: y Sábados.``, ``Die Deutsche Kolonialzeitung erscheint vierwöchentlich.``, ``Published
#: every evening except Sunday``, ``Paraissant tous les jours``).
_PUBLISHED = r"published|issued|erscheint|paraissant|para[iî]t|se publica|publicad[oa]"
PUBLICATION = regex.compile(
    rf"\b(?:{_PUBLISHED})\b"
    r".{0,40}\b(?:every|daily|weekly|monthly|semi-weekly|except|t[äa]glich|\w*w[öo]chentlich"
    r"|monatlich|tous les|chaque|todos los|diariamente|semanal)",
    re.IGNORECASE,
)
#: ``Wire and Wikinews reports (CC BY 2.5)``, ``Compiled from wire reports``: the
#: page's credit for agency copy, or a licence notice.
_LICENCE = r"\((?:CC BY|CC-BY)[^)]{0,20}\)\s*$"
WIRE_CREDIT = regex.compile(
    r"^(?:(?:Compiled )?[Ff]rom wire reports|Wire (?:and [\w ]{1,30})?reports|"
    rf"Staff and wire reports)\b|{_LICENCE}|^Creative Commons\b"
)
#: ``(CC BY 2.5)``: a licence note, which no sentence ends with, wherever it stands.
LICENCE_NOTE = regex.compile(_LICENCE)
SEPARATORS = regex.compile(r"\s+[·•|｜]\s+")
#: ``… since 1896``: a founding line, recognisable anywhere on the page.
FOUNDED = regex.compile(
    r"^[A-Z][^.,;:]{0,50}\b(?:since|Since|SINCE|established|founded)\s+(?:in\s+)?1[6-9]\d\d$"
)
#: A credit's first word, behind at most three marks (``<C<»pyrisht:``).
COPYRIGHT_HEAD = regex.compile(r"^\W{0,3}(\S{6,12}?)[\s:,.-]")

#: How a line that may hold a form begins, if it holds no CJK character: a URL, a jump
#: line, a wire credit, an issue's number, a price alone, a masthead in capitals over
#: its label, a page label, a line-start form. The issue, price and masthead pieces are
#: their forms' own (without group names), so that running text set in capitals, or
#: beginning with a number or with ``No``, is spared their patterns.
_START_NO_CJK = (
    rf"^(?:(?i:{_URL_START})"
    r"|[(\[{]?\s*(?i:Continued|Cont'd|Concluded|Voir la|Suite|Fortsetzung|Schluß|Schluss"
    r"|Contin|Sigue|Pasa|Viene|Jatk)|[(\[][^\W\d_]{3,12}\s+[\w:]{1,12}\s+(?i:sivul)"
    r"|Compiled |[Ff]rom wire|Wire |Staff and wire|Creative Commons"
    rf"|{ISSUE_NUMBER}|(?:{_PRICE})$|{re.sub(r'[(][?]P<[a-z]+>', '(?:', _CAPS_MASTHEAD)}|{_LABEL})"
    rf"|{_LATIN_LINE_START}"
)
_MAY_START_NO_CJK = regex.compile(_START_NO_CJK)
#: The same, on a line that holds a CJK character: the CJK jump line and every
#: line-start form besides.
_MAY_START = regex.compile(
    rf"{_START_NO_CJK}|^[(（]?[下上]?[转轉接]\s*第|{LINE_START_FORMS.pattern}"
)
#: What a line that may hold a form holds somewhere, read in lower case: a year (every
#: date ``parse_date`` reads holds one, and so do a date line and a founding line), a
#: licence, an imprint's words, the words of a publication, issue or price line
#: (``publi``, ``para[iî]``, ``pri(?:ce|x)``, ``preis``; ``erscheint``, ``edition``,
#: ``edn``; ``issued``, ``jahrgang``, ``année``, ``le num``). Each branch begins with
#: one character, so the search skips to where one stands and tries the branches
#: there. A word whose first letter is common in running text (``e``, ``i``, ``a``,
#: ``l``: about a third of its letters) is found by a rarer letter inside it instead
#: (``c``, ``d``, ``u``, ``é``), and a look behind reads the letters before: the search
#: then stops at a tenth of the letters, and only whether it finds one is read.
_MAY_HOLD = regex.compile(
    rf"1[6-9]\d\d|20\d\d|\(cc[ -]by|{_IMPRINT.lower()}|p(?:ubli|ara[iî]|ri(?:ce|x)|reis)"
    r"|c(?<=ersc)heint|d(?<=ed)(?:ition|n)|u(?<=issu)ed|jahrgang|é(?<=anné)e|u(?<=le nu)m"
)


def may_be_furniture(text: str) -> bool:
    """Whether the line holds what any form but scan debris and a copyright credit
    needs. Most running text holds none, and is then spared every form's own pattern,
    so this must be looser than each of them, never tighter."""
    latin = not has_cjk(text)
    if (_MAY_START_NO_CJK if latin else _MAY_START).match(text):
        return True
    low = text.lower()
    if not low.isascii():
        # What a case-blind pattern reads as ``i`` or ``s``, lower() leaves as it is.
        low = low.replace("ı", "i").replace("ſ", "s").replace("\u0307", "")
    return _MAY_HOLD.search(low) is not None


@cache
def latin_paper() -> re.Pattern[str]:
    """A Latin paper's name: an article, then words around one of the title words."""
    title = lexicon.capitals_or_capitalised(lexicon.words("paper_title_words"))
    # German names compound their title word (``Kolonialzeitung``): in lower case too.
    compound = lexicon.alternation(lexicon.words("paper_title_compounds"))
    return regex.compile(
        r"^(?:THE |The |LE |Le |LA |La |L'|DIE |Die |DER |Der |DAS |Das )?[\w'’ -]{0,40}"
        f"(?:{title}|{compound})\\b[\\w'’ -]{{0,40}}\\.?$"
    )


#: A chat message's head: a name (a few Han characters, or a handle that opens with a
#: letter) and the time, alone on a line (``Mei 09:14``, ``小王 21:03:11``).
MESSAGE_HEAD = regex.compile(
    rf"^(?:[{HAN}]{{1,4}}|[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ0-9_.-]{{0,15}}) \d{{1,2}}:\d\d(?::\d\d)?$"
)
#: A line of a quotation in an e-mail: its depth in ``>`` marks, then the quoted text
#: or nothing (``> Maria,``, ``>> Page 3 is full``, ``>``).
QUOTED_LINE = regex.compile(r"^>[> ]*(?: |$)")
#: A sentence that announces the line after it, ending at a colon: four words or more
#: (``The button on the lift said only one word:``), or a CJK clause of six characters
#: or more (``按钮上只写着两个字：``). A label such as ``Filed under:`` is shorter.
ANNOUNCING = regex.compile(rf"(?:\S+\s+){{3,}}\S*[^\W\d_]:$|[{CJK}]{{6,}}[:：]$")
