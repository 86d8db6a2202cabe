"""Which single-byte codec a Latin-script text was written in.

Defect: the Latin single-byte codecs (Windows cp1250 to cp1257, ISO 8859-1, -2, -9,
-15, -16, Mac Roman) give the same bytes 0x80-0xFF different letters, and a detector's
statistics confuse them on short texts: Czech in ISO 8859-2 comes back as cp1250 with
``ą`` for ``š`` and ``ľ`` for ``ž``, Turkish in ISO 8859-9 as cp1252 with ``ý ð þ`` for
``ı ğ ş``, Portuguese in Latin-1 as cp1250 with ``ă ő`` for ``ã õ``. Every letter
changed is text corrupted for good, and no later pass can tell.

Recognition: each of these codecs was made for a group of languages, and a text in one
is in one language, whose letters are one alphabet (``data/alphabets.txt``). So each
reading of the bytes is scored by the letters beyond ASCII that no single alphabet
holds: those of the alphabet that holds most of its letters are in place, the rest are
out of place, as is a C1 control, or a symbol between two letters (``»`` for ``ť``
inside a word). The reading with the fewest out of place wins. Readings that tie are
told apart by where their signs stand (:func:`newsclean.plausibility.reading_cost`):
Mac Roman's ``23°C`` is ``23¡C`` in cp1252 and ``23ĄC`` in ISO 8859-2, each with no
letter out of place, but a degree sign follows a number and a ``¡`` or a capital does
not. A tie there too keeps the detector's pick, so a text whose letters every reading
shares (``é``, ``ü``) is never moved.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import cache
from importlib import resources

#: The Latin single-byte codecs whose readings are compared.
LATIN_CODECS = (
    "cp1252",
    "cp1250",
    "cp1254",
    "cp1257",
    "cp1258",
    "iso8859_2",
    "iso8859_15",
    "iso8859_16",
    "mac_roman",
)
#: Marks that stand between two letters of one word in ordinary text (an apostrophe,
#: a hyphen that does not break, a soft hyphen, Catalan's middle dot).
_INSIDE_WORDS = frozenset("\u2019\u02bc\u2011\u00ad\u00b7")
#: A reading is Latin when this share of its letters beyond ASCII are Latin letters.
MIN_LATIN_SHARE = 0.9


@cache
def alphabets(codec: str | None = None) -> tuple[frozenset[str], ...]:
    """Each language's letters beyond ASCII, lower case: those of every language, or
    where ``codec`` is given, of the languages it may be written in (a language with
    a codec of its own, Vietnamese's cp1258, is written in no other)."""
    text = resources.files("newsclean").joinpath("data", "alphabets.txt").read_text("utf-8")
    rows = (line.split() for line in text.splitlines() if line and not line.startswith("#"))
    return tuple(frozenset(row[1]) for row in rows if len(row) == 2 or codec in row[2:])


def _latin(ch: str) -> bool:
    # The spacing modifier letters (``ˆ ˜ ˇ``) are in the Latin codecs' repertoire: a
    # reading that holds one is a Latin reading, which the alphabets then judge.
    o = ord(ch)
    return o < 0x300 or 0x1E00 <= o <= 0x1EFF


def is_latin(text: str) -> bool:
    """Whether the letters beyond ASCII of ``text`` are Latin ones (and there are some)."""
    letters = [c for c in text if c >= "\x80" and c.isalpha()]
    return bool(letters) and sum(map(_latin, letters)) >= MIN_LATIN_SHARE * len(letters)


def may_be_latin(text: str) -> bool:
    """Whether ``text`` may be a Latin codec's reading: its letters beyond ASCII are
    Latin, or it has none, only marks (a Mac file's dashes and quotes, a ``°``), whose
    letters are all in place."""
    return is_latin(text) or not any(c >= "\x80" and c.isalpha() for c in text)


def _misplaced_capital(text: str, i: int) -> bool:
    """Is the capital ``text[i]`` where no word puts one? A word's capital is its first
    letter, or every letter, so a capital after a small letter is a wrong letter
    (``cafŽ``, ``komenÓ``), but for a vowel's capital with an acute or a grave as
    the second letter of a word: Irish and Scottish Gaelic put a small consonant
    before a word's first vowel (``i nÉirinn``, ``na hÉireann``, ``an tÓglach``), and
    Mac Roman's ``cœur`` is cp1252's ``cÏur``. A capital between a capital and a small
    letter is a wrong letter too (Mac Roman's ``Düsseldorf`` is cp1252's
    ``DŸsseldorf``): a word in capitals holds no small letter. A capital that is a
    word alone begins a sentence or a name (``À Paris``, ``Sim, É verdade``): alone
    after a number, or at a line's end, it is punctuation read as a letter (a Mac
    dash, ``March 4 Ñ The``)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before.islower():
        return (i > 1 and text[i - 2].isalpha()) or not _gaelic_capital(text[i])
    if before.isupper() and after.islower():
        return True
    if before.isalpha() or after.isalpha():
        return False
    previous = text[:i].rstrip(" ")[-1:]
    return after in "\r\n" or previous.isdigit()


#: The marks a Gaelic vowel's capital bears after a mutation's small consonant:
#: Irish's acute and Scottish Gaelic's grave (combining, after NFD).
_GAELIC_MARKS = frozenset("\u0301\u0300")


def _gaelic_capital(ch: str) -> bool:
    """Is ``ch`` a vowel's capital with an acute or a grave (``É``, ``Ò``)?"""
    parts = unicodedata.normalize("NFD", ch)
    return len(parts) == 2 and parts[0] in "AEIOU" and parts[1] in _GAELIC_MARKS


def out_of_place(text: str, codec: str | None = None) -> int:
    """How many characters beyond ASCII of ``text`` (read in ``codec``, if known) no one
    alphabet explains (:func:`alphabets`)."""
    letters: dict[str, int] = {}
    odd = 0
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch < "\x80":
            continue
        inside = 0 < i < last and text[i - 1].isalpha() and text[i + 1].isalpha()
        if ch.isalpha():
            low = ch.lower()[0]
            # Turkish's dotted capital ``İ`` is ``i`` and a dot in lower case: an
            # ASCII letter, which no alphabet lists, so it is looked up as itself.
            low = ch if low < "\x80" else low
            letters[low] = letters.get(low, 0) + 1
            # A letter between two digits is a dash or a sign read as one (``3Ð1``).
            odd += (ch.isupper() and _misplaced_capital(text, i)) or (
                0 < i < last and text[i - 1].isdigit() and text[i + 1].isdigit()
            )
        elif (
            "\x80" <= ch <= "\x9f"
            or (inside and ch not in _INSIDE_WORDS)
            or unicodedata.combining(ch)
        ):
            odd += 1
    total = sum(letters.values())
    held = max((sum(n for c, n in letters.items() if c in a) for a in alphabets(codec)), default=0)
    return odd + total - held


def _holds_two_marks(text: str) -> bool:
    """Does ``text`` hold a letter bearing two marks once composed (``ộ ướ ể``)?

    Vietnamese stacks a tone on ``â ê ô ă ơ ư``, which cp1258 writes as the letter and
    a combining tone; no other language of these codecs puts two marks on a letter, and
    no other codec has a combining mark: there the bytes read as two accented letters
    side by side (``Nôòi``, ``KÊìT``), which an alphabet may hold all the same."""
    return any(
        len(unicodedata.normalize("NFD", ch)) > 2
        for ch in set(unicodedata.normalize("NFC", text))
        if ch >= "\xc0" and ch.isalpha()
    )


def best_reading(sample: bytes, picked: str, final: bool) -> str:
    """``picked`` (a detector's choice), or, where it is a single-byte codec whose
    reading of ``sample`` may be Latin (:func:`may_be_latin`), the Latin codec whose
    reading has fewer characters out of place, or as few and its signs in place. cp1258
    is read composed (its tones are combining marks), and of readings as good wins
    where it stacks two marks on a letter, which only Vietnamese does."""
    readings: dict[str, str] = {}
    for codec in (picked, *LATIN_CODECS):
        try:
            readings[codec] = codecs.getincrementaldecoder(codec)().decode(sample, final=final)
        except UnicodeDecodeError:
            continue
    scores = {
        codec: out_of_place(unicodedata.normalize("NFC", text), codec)
        for codec, text in readings.items()
        if len(text) == len(sample) and may_be_latin(text)
    }
    if picked not in scores:
        return picked
    fewest = min(scores.values())
    tied = [codec for codec, score in scores.items() if score == fewest]
    if len(tied) == 1:
        return tied[0]
    if "cp1258" in tied and _holds_two_marks(readings["cp1258"]):
        return "cp1258"
    from newsclean.plausibility import reading_cost

    # The picked codec is the first key: on a tie ``min`` keeps it.
    return min(tied, key=lambda codec: reading_cost(readings[codec]))
