"""Credit lines and the marks of a story's start and end: bylines, datelines, photo
captions and their photographers' credits, end marks, as newspapers set them in Chinese
and Latin papers. A reporter credit is a role word then two-to-four-character names (a
mark such as ``□`` may precede it); a name alone in brackets that opens with a common
surname (``（吴霞）``) closes a brief; a credit broken at a narrow column's edge after
(or inside) its role word is finished by the names on the next line; a wire dateline is
an agency, a place, a date and ``电``. A Latin byline is an opener (``By``, ``Von``,
``Par``) and a writer's name of capitalised words, or an opener and a role (``Von
unserem Korrespondenten``, ``De notre envoyé spécial``); under the story a paper signs
with the name and a bracketed agency or editor's initials (``Anna Müller (dpa)``,
``(amü)``), a dash and the name, or initials. Running text that starts with the same
word has lower-case words or ends a sentence, which no credit does. The openers, roles,
marks, surnames and agencies are lexicons (``data/``).

This is the one definition of these forms: ``describe`` asks them of every line, and
the stages that have not moved onto the description yet import them. The patterns
built from lexicons are compiled the first time a line asks for them.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean import regex
from newsclean.chardata import CJK, HAN
from newsclean.page import lexicon
from newsclean.page.release_credits import closes_with_release_credit
from newsclean.page.tuning import TUNING
from newsclean.patterns import compiled

_NAME = f"[{CJK}·]{{2,5}}"
_NAMES = f"{_NAME}(?:[ 、，,]+{_NAME}){{0,7}}"
#: Words of a Latin credit line: capitalised (OCR may garble the rest), or small words.
_CAPWORD = r"[A-Z][\w.'’-]*"
_SMALL = r"(?:of|the|to|and|by|for|in|de|du|la|le|von|der)"
_TAIL = r"[\s.,;:'’)\]}]*"
#: A writer's name: two to four capitalised words (``Élise Moreau``, ``JOHN SMITH``,
#: ``James O'Neill``), a particle (``von``, ``de``) before the last; names joined by
#: ``and``, ``und``, ``et`` or a comma.
_LATIN_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:von der|von|van der|van|de la|de|du|der|di|da|d'|d’)"
_LATIN_NAME = (
    rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{0,2}}(?: {_PARTICLE} ?{_LATIN_WORD}| {_LATIN_WORD})"
)
_LATIN_NAMES = rf"{_LATIN_NAME}(?:(?:,| and| und| et| &) {_LATIN_NAME}){{0,3}}"
#: A title after the name (``Staff Writer``, ``Berlin``): capitalised words.
_CAPWORDS = rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{0,3}}"
#: ``WASHINGTON, Jan. 5, 1920.`` alone on its line: a place and a full date.
_DATELINE_ALONE = regex.compile(r"^[A-ZÀ-Ý][\w'’ .-]{1,30}, .{4,30}(?:1[6-9]|20)\d\d\.?$")
#: The longest credit line ``is_byline`` finds without the user's patterns.
MAX_BYLINE = TUNING.byline_max_chars


@cache
def _role_list() -> str:
    """``记者 王强 通讯员 江鑫梓``: role words, each before its names."""
    role = lexicon.alternation(lexicon.words("byline_roles_cjk"))
    return f"{role}[ :：/／]*{_NAMES}(?:[ ]+{role}[ :：/／]*{_NAMES})*"


@cache
def _bracketed() -> str:
    """``本报讯（记者 贺倩）``: an agency or paper credit, the names in brackets. A PDF
    extractor may read the gap the type leaves before a full-width bracket as a space
    (``本报讯 （记者 郝艳军）``)."""
    return f"(?:本报|本報)?(?:(?:讯|訊) ?)?[（(]\\s*(?:[{CJK}]{{0,12}})?{_role_list()}\\s*[）)]"


@cache
def _dateline_cjk() -> re.Pattern[str]:
    """``新华社北京4月18日电``: agency, place, date, 电; optionally followed by names."""
    return regex.compile(
        f"^(?:[{CJK}]{{2,12}})?(?:\\d{{4}}年)?\\d{{1,2}}月\\d{{1,2}}日(?:电|電|讯|訊)"
        f"(?: ?{_bracketed()})?"
    )


@cache
def _latin_credits() -> tuple[str, ...]:
    """Latin credit lines whose opener, role or agency is a listed word."""
    agencies = lexicon.alternation(lexicon.words("agencies"))
    openers = lexicon.alternation(lexicon.words("byline_openers"))
    role_openers = lexicon.alternation(lexicon.words("byline_correspondent_openers"))
    roles = lexicon.alternation(lexicon.words("byline_correspondent_roles"))
    # A bracketed wire agency (``(dpa)``, ``(AFP/Reuters)``) or an editor's initials in
    # lower case (``(amü)``, ``(red)``): how German papers sign a story at its end.
    signature = f"[(](?:{agencies}|[a-zäöüß]{{2,4}})(?:/(?:{agencies}|[a-zäöüß]{{2,4}}))*[)]"
    return (
        # Von Anna Müller, Par Jean Dupont, BY JOHN SMITH, Von Anna Müller und Jonas Wagner
        f"^(?i:{openers}) {_LATIN_NAMES}(?:, {_CAPWORDS})?$",
        # Von unserem Korrespondenten in Paris, De notre envoyé spécial à Kyiv,
        # (From Our Own Correspondent.)
        # The role names the writer, never an owner: ``From our correspondent's notebook
        # came…`` is a sentence.
        f"^[(]?(?i:{role_openers}) ?(?i:{roles})\\b(?!['’]\\w)[^()]{{0,40}}[)]?\\.?$",
        # Anna Müller (dpa), Jonas Wagner (red): the writer, then the signature.
        f"^{_LATIN_NAMES} {signature}\\.?$",
        # (amü), (red): a signature alone under the story.
        "^[(][a-zäöüß]{2,4}[)]$",
        # — Anna Müller: a dash, then the writer's name, under the story.
        f"^(?:[—–]|--) ?{_LATIN_NAMES}$",
    )


@cache
def _cjk_end_credit() -> str:
    """``（王强）``, ``（吴霞 李明）``: a writer's name alone in brackets closes a brief; only
    a name that opens with a listed surname, so ``（待续）`` is no credit."""
    surname = lexicon.alternation(lexicon.words("surnames_cjk"))
    name = f"{surname}[{CJK}]{{1,2}}"
    return f"^[（(]{name}(?:[ 、，,]{name}){{0,3}}[）)]$"


@cache
def byline() -> re.Pattern[str]:
    """A standalone credit line, in any of the forms papers set one."""
    agencies = lexicon.alternation(lexicon.words("agencies"))
    # □ 本报记者 王芳: a mark some papers set before the credit.
    mark = f"(?:{lexicon.alternation(lexicon.words('byline_marks_cjk'))}\\s*)?"
    forms = (
        f"^{mark}{_bracketed()}$",
        # 本报记者 高清宏 曹艳悦, 记者 王强, 通讯员 江鑫梓
        f"^{mark}(?:本报|本報)?{_role_list()}$",
        _cjk_end_credit(),
        *_latin_credits(),
        # 北京商报记者 钱瑜 濮振宇, （北辰时报记者 武晨 邓悦）
        f"^[（(]?[{CJK}]{{2,12}}(?:记者|記者|通讯员|通訊員)[ :：]*{_NAMES}[）)]?$",
        # By JOHN SMITH, Staff Writer; By Maria Lopez and Tom Reed; By Ana Ruiz, AP
        r"^[Bb][Yy] [A-Z][\w.'’\-]*(?: [\w.'’\-&]+){0,6}(?:, [A-Z][\w.'’ -]{1,40})?$",
        # A wire agency's name alone under a headline or at the end of a story.
        f"^[(（]?(?:The )?{agencies}(?: (?:reports|staff|wire))?[)）.]?$",
        # By JOHN SMITH, By John Smith and Jane Doe
        r"^[Bb][Yy] [A-Z][A-Za-z.'’\- ]{2,60}$",
        r"^(?:Special to|From Our Own Correspondent|Associated Press|Staff Writer)\b.{0,60}$",
        # By Associated Press., Bv Associated Press. (OCR), By Leased Wire to The Tribune,
        # BY CABLE TO THE TRIBUNE: every word capitalised but the small ones.
        f"^[({{\\[<]?\\s*B[yYvV]\\.?\\s+{_CAPWORD}(?:\\s+(?:{_CAPWORD}|{_SMALL}|[-&]))*{_TAIL}$",
        # Special to The Tribune., Spsclal to Tbe Tribune. (OCR), {Special Dispatch to ...
        r"^[({\[<]?\s*(?:Special|Sp[a-z]{3,5}l)\s+(?:Dispatch\s+|Cable\s+|Correspondence\s+)?"
        r"(?:to|of)\s+T[a-z]{1,2}\s.{1,60}$",
        # (DE NOTRE RÉDACTEUR PARLEMENTAIRE), (Von unserem Korrespondenten): OCR may read
        # the bracket as another and the role garbled.
        r"^[({\[<]\s*(?i:de notre|par notre|d'un|von unserem|von unserer)"
        r" [^)\]]{3,50}[)\]}>]\.?$",
        # I. W. F., É. M. — a correspondent's initials, set under the story as its signature.
        r"^(?:[A-ZÀ-ÖØ-Þ]\. ?){2,4}$",
    )
    return regex.compile("|".join(f"(?:{form})" for form in forms))


#: What a line's first character leaves of :func:`byline`'s forms (see ``_opening``).
_ANY, _SIGNED, _CJK_ONLY = range(3)
_OPENINGS: dict[str, int] = {}


@cache
def _listed_openings() -> frozenset[str]:
    """The first characters of the forms of :func:`byline` that open with a listed word
    or a fixed mark: brackets, dashes, ``By``/``Special``/``From Our``/``Associated``/
    ``Staff``/``The`` and the first letters of the openers and agencies, in every case
    where the form is case-blind: lower, upper, and the Kelvin sign ``K`` that matches
    ``k`` (``Kirj.``; tests/test_credits.py holds that no letter has another)."""
    blind = {
        w[0]
        for name in ("byline_openers", "byline_correspondent_openers")
        for w in lexicon.words(name)
    }
    listed = {w[0] for w in lexicon.words("agencies")} | set("BbSFAT(（{[<—–-")
    cases = {c.lower() for c in blind} | {c.upper() for c in blind}
    kelvin = {"\u212a"} if "k" in cases else set()
    return frozenset(listed | cases | kelvin)


def _opening(first: str) -> int:
    """The forms a line opening with ``first`` may take: any (a listed opening, or a
    space the bracketed forms allow); a writer's name before a signature or initials
    (another capital: ``_LATIN_WORD``); else only the CJK credits (a mark, 本, a role
    word's or a publisher's first ideograph)."""
    if first in _listed_openings() or first.isspace():
        return _ANY
    if "A" <= first <= "Z" or "À" <= first <= "Ö" or "Ø" <= first <= "Þ":
        return _SIGNED
    return _CJK_ONLY


@cache
def _cjk_role() -> re.Pattern[str]:
    return regex.compile(lexicon.alternation(lexicon.words("byline_roles_cjk")))


def byline_match(line: str) -> bool:
    """:func:`byline` matches ``line``. Most lines are refused before the pattern runs,
    by what every form asks of a line that opens as this one does."""
    first = line[:1]
    opening = _OPENINGS.get(first)
    if opening is None:
        opening = _OPENINGS[first] = _opening(first)
    # A name then a bracketed signature holds ``)``; initials (``I. W. F.``) hold a
    # full stop and fit 4 × 3 characters, and ``$`` lets one newline follow.
    if opening == _SIGNED and ")" not in line and (len(line) > 13 or "." not in line):
        return False
    # Each CJK credit holds a listed role word, and none of its characters (CJK is
    # ideographs, kana and hangul; names' separators, brackets, marks, spaces) ends a
    # sentence.
    if opening == _CJK_ONLY and (
        "。" in line or "！" in line or "？" in line or _cjk_role().search(line) is None
    ):
        return False
    return byline().match(line) is not None


#: A speck OCR reads off the scan beside a line: one lower-case letter or mark standing
#: apart at either end (``r BY KENNETH W. PAYNE``, ``By John Smith '``).
_SPECK = frozenset("abcdefghijklmnopqrstuvwxyz'`’.,:;-~^*")
#: The specks that open a line, each with its space.
_LEADING_SPECKS = regex.compile(r"(?:[a-z'`’.,:;\-~^*] )+")


def _without_specks(line: str) -> str:
    """A stripped line without the specks at its ends, reading only them (a search for
    specks that end a line was tried at every space of it: a paragraph, once rejoin has
    joined it). The specks that open the line go first; then those that end it, pairs
    of a space and a speck from the end back, never into the opening ones."""
    lead = _LEADING_SPECKS.match(line)
    start = lead.end() if lead else 0
    end = len(line)
    while end - 2 >= start and line[end - 2] == " " and line[end - 1] in _SPECK:
        end -= 2
    return line[start:end]


def is_byline(line: str, extra: tuple[str, ...] = ()) -> bool:
    """A standalone credit line: reporters, photographers, correspondents, whatever
    specks OCR read beside it; or a line that one of the user's ``extra`` byline
    patterns finds."""
    line = line.strip()
    if len(line) <= MAX_BYLINE and (byline_match(line) or is_dateline_only(line)):
        return True
    core = _without_specks(line) if line.isascii() else line
    if core != line and len(core) <= MAX_BYLINE and byline_match(core):
        return True
    return bool(extra) and any(p.search(line) for p in compiled(extra, "byline_patterns"))


def is_dateline_only(line: str) -> bool:
    """A wire dateline that stands on its own line (``新华社北京4月18日电``)."""
    # Every CJK dateline holds 月: a substring test skips the regex on almost every line.
    if "月" not in line:
        return False
    text = line.strip()
    m = _dateline_cjk().match(text)
    return m is not None and m.end() == len(text)


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
    # ``Athen (Griechenland), 06.11.2011 –``, ``Denver (Colorado) (Vereinigte Staaten),
    # 21.07.2012 –``: a place, its country in brackets, the date in figures, a dash.
    r"|^[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){0,2}(?: \([^()]{2,40}\)){0,2}, "
    r"\d{1,2}\.\d{1,2}\.(?:1[6-9]|20)\d\d (?:—|–|--) "
    # ``TORONTO —``, ``KYIV, Ukraine —``, ``CAPE CANAVERAL, Fla. —``, ``VATICAN CITY
    # (Wikinews) —``: today's dateline, the place in capitals, no date, a dash.
    r"|^[A-ZÀ-Ý][A-ZÀ-Ý.'-]+(?: [A-ZÀ-Ý.'-]+){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
    r"(?: \([A-Z][A-Za-z .]{1,30}\))? (?:—|–|--) "
)


#: A CJK dateline with no date, of an agency, a website, a broadcaster or a paper
#: (``据新华社电 ``, ``本报讯 ``, ``中新网讯 ``), with the space that sets it off from its
#: story.
DATELESS_DATELINE_CJK = regex.compile(f"^据?[{HAN}]{{1,8}}[社网網台报報][电電讯訊] (?=[^ ])")


#: A figure of an ASCII line (``\d`` reads no other there).
_ASCII_FIGURE = regex.compile("[0-9]")


def may_open_with_latin_dateline(text: str) -> bool:
    """Whether ``DATELINE_LATIN`` may match ``text``: every branch of it needs a figure
    of the date or the dash after a place (``—``, ``–``, ``--``). Only an ASCII line is
    tested (the figures are ``[0-9]`` there, and the dash is ``--``, two plain tests): a
    CJK line fails the pattern at its first character, sooner than a search would read
    it, and ``isascii`` is a flag of the string, read at no cost."""
    return not text.isascii() or "--" in text or _ASCII_FIGURE.search(text) is not None


def starts_with_dateline(line: str) -> bool:
    """A dateline opens the line (a CJK wire dateline, or a Latin place and date)."""
    text = line.strip()
    # Asked of every line rejoin reads: most Latin running text is spared the
    # pattern's trials of its opening words as a place.
    return ("月" in text and _dateline_cjk().match(text) is not None) or (
        may_open_with_latin_dateline(text) and DATELINE_LATIN.match(text) is not None
    )


def is_dateline_alone(text: str) -> bool:
    """A Latin place and full date on a line of their own."""
    return _DATELINE_ALONE.match(text) is not None


_PHOTOGRAPHER = (
    f"(?:(?:记者|記者|通讯员|通訊員)\\s*|\\s)[{CJK}·]{{2,4}}(?:\\s+[{CJK}·]{{2,4}})*"
    "\\s*(?:摄|攝)[）)]?$"
)
#: A photo caption: ``图为…``, a photographer's credit at the end (``新华社记者 王强 摄``),
#: or an image source; Latin ``(Photo: …)`` / ``Photo by …``.
CAPTION = regex.compile(
    "^(?:图为|圖為|上图|下图|左图|右图|上圖|下圖)"
    f"|{_PHOTOGRAPHER}"
    "|[（(](?:图片来源|圖片來源|资料图片|資料圖片)"
    "|^\\(?(?:Photo|Photograph|Picture)(?: by|:)"
    "|\\((?:File photo|File|Photo|AP Photo|Reuters|Getty Images|AFP)[^()]{0,60}\\)$",
)
#: The photographer's credit that ends a caption: nothing follows it in the caption.
CAPTION_CREDIT = regex.compile(_PHOTOGRAPHER)


#: The first characters of the forms of :data:`CAPTION` that open the line.
_CAPTION_OPENINGS = frozenset("图圖上下左右(P")
#: The last characters of the forms that close the line: a photographer's credit and a
#: bracketed image source.
_CAPTION_ENDINGS = ("摄", "攝", "）", ")")


#: What a sentence ends on before the credit that closes a caption.
_SENTENCE_ENDS = frozenset(".!?。！？")


@cache
def _picture_credit() -> re.Pattern[str]:
    named = lexicon.words("picture_credits") + lexicon.words("agencies")
    # A photographer's credit in brackets ends in 摄 ("photographed"), named or not
    # (``（本报记者 王强 摄）``, ``（本报记者摄）``).
    return regex.compile(
        f"{lexicon.alternation(named)}(?:[ /:：,][^()（）]{{0,60}})?|[^()（）]{{0,30}}[摄攝]"
    )


def closes_with_picture_credit(text: str) -> bool:
    """``Rescue workers at the site. (AP)``, ``图为现场。（资料图片）``: a sentence closed
    by the bracketed credit of the photo it describes (a picture word, a wire agency or
    a photographer),
    which ends the caption and so the paragraph; a bracket that runs on in a sentence,
    or follows no sentence's end (``Anna Müller (dpa)``, a signature), is no such
    credit."""
    text = text.rstrip()
    if text[-1:] not in (")", "）"):
        return False
    opened = max(text.rfind("("), text.rfind("（"))
    if opened < 1 or text[:opened].rstrip()[-1:] not in _SENTENCE_ENDS:
        return False
    return _picture_credit().fullmatch(text, opened + 1, len(text) - 1) is not None


def is_caption(text: str) -> bool:
    if len(text) <= TUNING.picture_caption_max_chars and closes_with_release_credit(text):
        return True
    # Each form opens the line, closes it (``$``, maybe before one final newline) or
    # names a picture (``图片来源``, ``资料图片``): a paragraph that does none of these is
    # refused before the search, which would try the other forms at each of its spaces
    # and brackets.
    if (
        text[:1] not in _CAPTION_OPENINGS
        and not text.removesuffix("\n").endswith(_CAPTION_ENDINGS)
        and "图片" not in text
        and "圖片" not in text
    ):
        return False
    if CAPTION.search(text) is not None:
        return True
    return len(text) <= TUNING.picture_caption_max_chars and closes_with_picture_credit(text)


#: ``（完）``, ``(END)``: the article ends here.
END_MARK = regex.compile(r"^[（(【\[]\s*(?:完|終|终|END|end)\s*[）)】\]]$")


@cache
def _credit_prefix() -> re.Pattern[str]:
    # 本报讯 alone ("this paper's news") names no writer but is the paper's credit all
    # the same: the story's first words follow it. Before a bracket it is the bracketed
    # credit or none (a bracket of names the role list does not read).
    bare = "(?:本报|本報)(?:讯|訊)(?! ?[（(])"
    return regex.compile(f"^(?:{_bracketed()}|{_dateline_cjk().pattern[1:]}|{bare})")


def opening_credit_end(text: str) -> int:
    """Where the dateline, bracketed credit or bare ``本报讯`` that opens ``text`` ends,
    0 where none does: ``split_credit`` for a line, which may hold none of the story."""
    m = _credit_prefix().match(text)
    return 0 if m is None else m.end()


def split_credit(paragraph: str) -> tuple[str, str] | None:
    """``新华社北京8月24日电（记者 程欣婷）今年第21号台风…`` → (credit, body): the
    dateline, bracketed credit or bare ``本报讯`` that opens a first paragraph, and the
    rest."""
    m = _credit_prefix().match(paragraph)
    if m is None:
        return None
    end = m.end()
    while end < len(paragraph) and paragraph[end] in " ：:—-":
        end += 1
    rest = paragraph[end:]
    if len(rest) < TUNING.body_after_credit_min_chars:
        return None
    return paragraph[:end].strip(), rest


def credit_continued(line: str, following: str) -> str | None:
    """``本报记者 张伟 通讯员`` / ``赵磊``, ``本报记者 杨帆 通讯`` / ``员 王芳``: a credit
    line broken at a narrow column's edge after a role word, or inside one; the next line
    holds the role's names. The whole credit, or None when ``following`` does not finish
    this credit."""
    head, _, last = line.strip().rpartition(" ")
    rest = following.strip()
    if not head or not rest or len(rest) > MAX_BYLINE // 4:
        return None
    roles = lexicon.words("byline_roles_cjk")
    if last in roles:
        joined = f"{line.strip()} {rest}"
    elif any(r.startswith(last) and len(last) < len(r) for r in roles):
        joined = f"{line.strip()}{rest}"
    else:
        return None
    return joined if is_byline(joined) else None
