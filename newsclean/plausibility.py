"""How plausible a string is as written text: a cost per character, from how common it is.

Two decisions need this: which legacy codec a file that is not UTF-8 was written in
(``decode``), and whether a span reads better with a wrong-codec decoding reversed
(``cjk_mojibake``). Both compare decodings of the same bytes, so a rough ranking of
characters by frequency is enough, and it must cost nothing to ship.

Source of the frequency data: the national character sets behind the codecs that Python
ships were drawn up by frequency of use, and their byte ranges say so:

* GB 2312 level 1 (GB bytes 0xB0A1-0xD7F9): the 3755 most common simplified hanzi;
  level 2 (0xD8A1-0xF7FE): 3008 less common ones.
* Big5 common characters (0xA440-0xC67E): 5401 traditional hanzi; less common
  (0xC940-0xF9D5): 7652.
* JIS X 0208 level 1 (Shift_JIS 0x889F-0x9872): 2965 common kanji; level 2 after it.
* KS X 1001 (EUC-KR 0xB0A1-0xC8FE): the 2350 hangul syllables in common use.

Everything else is ranked by its Unicode block: kana and common punctuation are cheap;
other ideographs, C1 controls, box drawing, private use and halfwidth katakana (which a
wrong decoding of GBK as Shift_JIS produces) are dear. The sets are built from the
codecs on first use, in a few milliseconds, and only when a decision needs them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache

#: Costs, in rough units of "how surprising in newspaper text".
COMMON = 0.0
KANA = 0.5
LETTER = 1.0
UNCOMMON = 2.0
RARE = 3.0
ODD = 4.0
NOISE = 6.0

#: Punctuation of CJK and Latin text that costs nothing anywhere.
_COMMON_PUNCT = frozenset(
    "，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕［］｛｝—…～・－／％＋＝＜＞＃＆＊＠–•€™"
)
#: Latin-1 and cp1252 symbols that ordinary text uses; the rest of 0xA1-0xBF and the
#: cp1252 extras are what a wrong decoding leaves.
_FAIR_SYMBOLS = frozenset("©®°±²³µ¶§«»½¼¾×÷£¥¢·")


def _pairs(codec: str, leads: range, trails: list[int], last: tuple[int, int] | None = None) -> str:
    """The characters ``codec`` reads from these lead and trail bytes: a row at a time,
    pair by pair only in a row with holes."""
    chars = []
    for lead in leads:
        row = [t for t in trails if last is None or (lead, t) <= last]
        pairs = bytearray(2 * len(row))
        pairs[0::2] = bytes((lead,)) * len(row)
        pairs[1::2] = bytes(row)
        try:
            chars.append(pairs.decode(codec))
            continue
        except UnicodeDecodeError:
            pass
        for trail in row:
            try:
                chars.append(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


_EUC_TRAILS = list(range(0xA1, 0xFF))
_BIG5_TRAILS = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
_SJIS_TRAILS = [t for t in range(0x40, 0xFD) if t != 0x7F]


@cache
def _tiers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Common hanzi/kanji/hangul; less common hanzi; and common hangul (for Korean)."""
    common = (
        _pairs("gb2312", range(0xB0, 0xD8), _EUC_TRAILS)
        + _pairs("big5", range(0xA4, 0xC7), _BIG5_TRAILS, last=(0xC6, 0x7E))
        + _pairs("shift_jis", range(0x88, 0x99), _SJIS_TRAILS, last=(0x98, 0x72))
    )
    uncommon = (
        _pairs("gb2312", range(0xD8, 0xF8), _EUC_TRAILS)
        + _pairs("big5", range(0xC9, 0xFA), _BIG5_TRAILS)
        + _pairs("shift_jis", range(0x98, 0xA0), _SJIS_TRAILS)
        + _pairs("shift_jis", range(0xE0, 0xEB), _SJIS_TRAILS)
    )
    hangul = _pairs("euc_kr", range(0xB0, 0xC9), _EUC_TRAILS)
    return frozenset(common), frozenset(uncommon) - frozenset(common), frozenset(hangul)


@cache
def char_cost(ch: str) -> float:
    """The cost of one character; see the module docstring."""
    o = ord(ch)
    if o < 0x80:
        # CR and form feed too: decode scores the bytes before it makes their line
        # ends ``\n``, and a Windows file has a CR on every line.
        return COMMON if (0x20 <= o < 0x7F or ch in "\t\n\r\f") else NOISE
    common, uncommon, hangul = _tiers()
    if ch in common or ch in _COMMON_PUNCT or 0xFF01 <= o <= 0xFF5E:
        return COMMON
    if 0x3040 <= o <= 0x30FF or 0x3000 <= o <= 0x303F:
        return KANA
    if ch in hangul:
        return COMMON
    if ch in uncommon:
        return UNCOMMON
    if 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7A3:
        return RARE
    if 0x80 <= o <= 0x9F or ch == "\ufffd" or 0xE000 <= o <= 0xF8FF or o >= 0xF0000:
        return NOISE
    if 0xFF61 <= o <= 0xFF9F or 0x2500 <= o <= 0x257F or 0x3400 <= o <= 0x4DBF:
        return ODD
    if ch in _FAIR_SYMBOLS:
        return LETTER
    if ch in _FULLWIDTH_SIGNS:
        return char_cost(_FULLWIDTH_SIGNS[ch])
    category = unicodedata.category(ch)
    if category[0] == "L":
        # Latin letters with marks, Greek, Cyrillic: real text in their own words.
        return LETTER if o < 0x0530 else UNCOMMON
    if o >= 0x20000 or 0xF900 <= o <= 0xFAFF:
        return ODD
    return RARE


#: The fullwidth signs, which a Japanese, Chinese or Korean table sets in its own rows
#: for the Latin ones (cp932 reads ``£`` back as ``￡``): priced as those, beside
#: another sign too.
_FULLWIDTH_SIGNS = dict(zip("￠￡￢￤￥￦", "¢£¬¦¥₩", strict=True))


#: What the bytes 0x80-0xFF read as in Latin-1 or cp1252.
LATIN_HIGH = frozenset(
    bytes(range(0x80, 0x100)).decode("latin-1")
    + bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
)


#: Han (extension A and the unified block, the compatibility ideographs, the ideographs
#: of the supplementary planes), kana and hangul, as ranges of code points: the one
#: table :func:`is_cjk` tests and ``decode`` compiles its patterns from.
CJK_RANGES = (
    (0x3400, 0x9FFF),
    (0x3040, 0x30FF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3134F),
)
#: The ranges of :data:`CJK_RANGES` that are kana and hangul, not han.
KANA_HANGUL_RANGES = ((0x3040, 0x30FF), (0xAC00, 0xD7AF))
#: Where the ranges open and close, in order: a code point inside one of them has an
#: odd number of these at or below it.
_CJK_BOUNDS = tuple(sorted(bound for low, high in CJK_RANGES for bound in (low, high + 1)))


def is_cjk(ch: str) -> bool:
    """Han, kana or hangul (:data:`CJK_RANGES`). A test on code points: a regular
    expression over these ranges costs milliseconds to compile, on every start of the
    command."""
    return bisect_right(_CJK_BOUNDS, ord(ch)) % 2 == 1


def char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """A regular expression's class of the code points of ``ranges``."""
    return "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges) + "]"


def _letter(ch: str) -> bool:
    return "A" <= ch <= "Z" or "a" <= ch <= "z"


#: CJK punctuation and fullwidth forms: cheap beside CJK text, and made by a wrong
#: double-byte reading of a Latin sign (``23°C`` in Mac Roman read as Big5 ``23。``).
CJK_PUNCT_RANGES = ((0x3000, 0x303F), (0xFF01, 0xFF5E))
_CJK_PUNCT = frozenset(
    [c for c in _COMMON_PUNCT if ord(c) >= 0x3000]
    + [chr(o) for low, high in CJK_PUNCT_RANGES for o in range(low, high + 1)]
)
#: What stands around a table's rule; the characters whose price asks their
#: neighbours (signs, and opening quotes).
_SPACE = frozenset(" \t\n\r\f") | {""}
_PLACED = frozenset("°©¡¿★☆‘“\xad\xa0\u202f" + "".join(map(chr, range(0x2500, 0x2580))))
#: The spaces that do not break: French sets them inside its quotes and before its
#: ``: ; ! ?`` (``dit\xa0:``), and every language between a number's groups or
#: before its unit (``10\xa0000``, ``2\u202f500``, ``12\xa0€``).
_NO_BREAK_SPACES = frozenset("\xa0\u202f")
#: The rules of a table that stand alone between spaces, between its cells (``│ a │``):
#: the vertical ones. A corner, a tee or a cross joins a horizontal rule.
_VERTICAL_RULES = frozenset("│┃║┆┇┊┋╎╏")
#: What a Spanish ``¡`` or ``¿`` follows, opening its sentence: a space or a line's
#: start, a bracket, a quote or a dialogue's dash; and what it opens on, besides a
#: letter or a digit.
_BEFORE_INVERTED = _SPACE | frozenset("([\"'«“‘—–-")
_AFTER_INVERTED = frozenset("\"'«“‘")
#: What a sign that stands as a word follows: a space, a line's start or a bracket.
_BEFORE_WORD = _SPACE | frozenset("([")


def _sign_kind(ch: str) -> int:
    """1 for box drawing, 2 for rating stars, 0 for anything else: signs that real
    text sets in runs of their own kind (a table's rules, ``★★★☆☆``)."""
    if "\u2500" <= ch <= "\u257f":
        return 1
    return 2 if ch in "★☆" else 0


def _sign_in_use(ch: str, before: str, previous: str, following: str) -> bool:
    """Whether a sign stands where real text sets it (``previous`` the character before
    it, ``before`` the one before that): ``°`` after a number (``23°C``, ``45°``, SI's
    ``220 °C``), ``©`` standing as a word of its own (``© 1987``, ``(© AFP)``), box
    drawing beside box drawing or a vertical rule alone between spaces (a table's
    ``│``), a star beside a star (a rating), a Spanish ``¡`` or ``¿`` opening a
    sentence (``¿Qué?``, ``«¡Basta!»``), a soft hyphen inside a word
    (``Zei\xadtung``), a space that does not break beside a number or a mark
    (``dit\xa0:``, ``10\xa0000``).

    A wrong reading makes these signs one at a time among letters (cp437's ``─`` for
    ``Ä`` in ``Ärzte``, cp1252's ``©`` for ISO 8859-2's ``Š`` in ``©koda``; Latin-1's
    soft hyphen and no-break space are cp866's ``н`` and ``а``, between the letters
    beyond ASCII of a Russian word read in Latin-1) or numbers (Mac Roman's ``23°C``
    in cp1252: ``23¡C``), and a lone corner (cp866's ``┐`` for KOI8-R's ``©``) draws
    no table: there they keep their cost."""
    if ch == "°":
        return "0" <= previous <= "9" or (previous == " " and "0" <= before <= "9")
    if ch == "\xad":
        return (
            previous.isalpha()
            and following.isalpha()
            and (previous.isascii() or following.isascii())
        )
    if ch in _NO_BREAK_SPACES:
        return (
            previous not in _SPACE
            and following not in _SPACE
            and not (previous.isalpha() and following.isalpha())
        )
    if ch == "©":
        return previous in _BEFORE_WORD and (following in _SPACE or following.isdigit())
    if ch in "¡¿":
        # Not after a number and a space (``220 ¡C``): there a sign is a unit's.
        return (
            previous in _BEFORE_INVERTED
            and not "0" <= before <= "9"
            and (following.isalnum() or following in _AFTER_INVERTED)
        )
    kind = _sign_kind(ch)
    if not kind:
        return False
    if _sign_kind(previous) == kind or _sign_kind(following) == kind:
        return True
    return ch in _VERTICAL_RULES and previous in _SPACE and following in _SPACE


def cost(text: str) -> float:
    """The summed cost of ``text`` (see :func:`_priced`)."""
    return _priced(text)[0]


def reading_cost(text: str) -> float:
    """The cost of ``text`` as a whole reading of a file, not a span of one: as
    :func:`cost`, and each piece of CJK punctuation costs :data:`UNCOMMON` more when
    the reading holds no CJK character. Chinese and Japanese set their punctuation
    beside their characters; alone in Latin text it is a wrong reading of a Latin sign
    (``23°C`` in Mac Roman read as Big5: ``23。``). A span cut from a line (``。`` and
    the mojibake after it) says nothing of the kind, so :func:`cost` does not ask.

    Each opening quote that no closing one follows costs :data:`LETTER` more: text
    closes the quotes it opens, and a sign read as a quote opens one alone (``220 °C``
    in cp949 read as EUC-JP: ``220 ‘C``).

    Each CJK closing bracket that no opening one precedes costs :data:`LETTER` more:
    a text opens its quotes and titles before it closes them, and GB 2312 reads the
    Japanese signs that JIS X 0208 sets at the same bytes of its first row as brackets
    (EUC-JP's ``人々`` is GB's ``客」``, its ``ー`` GB's ``〖``). A quotation over many
    paragraphs opens each and closes only the last, so an opening bracket alone is no
    such sign; ``）`` closes a list's numbers (``1）``) and is not asked."""
    total, cjk_punct, cjk_seen = _priced(text)
    if not cjk_seen:
        total += UNCOMMON * cjk_punct
    total += LETTER * (_unclosed(text, "‘", "’") + _unclosed(text, "“", "”"))
    if cjk_punct:
        total += LETTER * sum(_unopened(text, o, c) for o, c in _CJK_BRACKETS)
    return total


#: The CJK brackets whose closing one follows its opening one: quotes, titles, notes.
_CJK_BRACKETS = tuple(zip("「『《〈【〖〔", "」』》〉】〗〕", strict=True))


def _unopened(text: str, opening: str, closing: str) -> int:
    """How many ``closing`` brackets of ``text`` no ``opening`` one precedes."""
    if closing not in text:
        return 0
    unopened = depth = 0
    for ch in text:
        if ch == opening:
            depth += 1
        elif ch == closing:
            if depth:
                depth -= 1
            else:
                unopened += 1
    return unopened


def _unclosed(text: str, opening: str, closing: str) -> int:
    """How many ``opening`` quotes of ``text`` no ``closing`` one follows."""
    if opening not in text:
        return 0
    unclosed = 0
    for ch in text:
        if ch == opening:
            unclosed += 1
        elif ch == closing and unclosed:
            unclosed -= 1
    return unclosed


def _priced(text: str) -> tuple[float, int, bool]:
    """The summed cost of ``text``, with what the neighbours say; the CJK punctuation
    it holds, and whether it holds a CJK character.

    * a sign set where real text sets it (:func:`_sign_in_use`) costs nothing;
    * an opening quote right after a digit costs :data:`LETTER` more: quotes open
      after a space or a dash, and ``23‘C`` is ``23°C`` in EUC-KR read as EUC-JP;
    * two non-ASCII Latin-1 or cp1252 characters side by side cost extra: real Latin
      words rarely put two together, and a legacy CJK codec read as Latin-1 puts
      nothing else together;
    * a CJK character inside a Latin word (``M黮ler``) or ending one (``stra遝``) is
      what a Latin-1 word read as a CJK codec looks like; Chinese text sets Latin
      words and abbreviations beside CJK (``用AI技术``, ``A股``), not CJK between letters;
    * one Latin letter alone between two CJK characters (``握H員``) is a Big5 or GBK
      trail byte read on its own; Chinese text rarely has one (``做B超``), so it costs
      extra, not infinitely.
    """
    total = 0.0
    before = previous = ""
    previous_high = False
    cjk_seen = False
    cjk_punct = 0
    last = len(text) - 1
    for i, ch in enumerate(text):
        following = text[i + 1] if i < last else ""
        if ch not in _PLACED:
            total += char_cost(ch)
        elif ch in "‘“":
            total += char_cost(ch) + (LETTER if "0" <= previous <= "9" else COMMON)
        elif not _sign_in_use(ch, before, previous, following):
            total += char_cost(ch)
        high = ch in LATIN_HIGH or ch in _FULLWIDTH_SIGNS
        if high and previous_high:
            total += LETTER
        previous_high = high
        if ch >= "\u3000":
            if ch in _CJK_PUNCT:
                cjk_punct += 1
            elif not cjk_seen:
                cjk_seen = is_cjk(ch)
        if previous and following:
            if (
                is_cjk(ch)
                and _letter(previous)
                and (_letter(following) or (previous.islower() and not is_cjk(following)))
            ):
                total += ODD
            elif _letter(ch) and is_cjk(previous) and is_cjk(following):
                total += LETTER
        elif previous and is_cjk(ch) and previous.islower() and _letter(previous):
            total += ODD
        before = previous
        previous = ch
    return total, cjk_punct, cjk_seen


def count_non_ascii(text: str) -> int:
    return len(_NON_ASCII.findall(text))


def mean_cost(text: str) -> float:
    return cost(text) / len(text) if text else 0.0


_NON_ASCII = re.compile("[^\x00-\x7f]")


def density(text: str) -> float:
    """Cost per non-ASCII character: ASCII reads the same in every codec compared here,
    so only the rest tells two readings apart."""
    return cost(text) / max(1, count_non_ascii(text))
