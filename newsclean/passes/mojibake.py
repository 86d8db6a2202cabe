"""mojibake: text decoded with the wrong codec, reversed.

Defects: UTF-8 bytes read as Latin-1 or Windows-1252 (``Ã©`` for ``é``, ``â€™`` for
``’``, ``ä¸­æ–‡`` for ``中文``); UTF-8 read as GBK or Big5 (``鍟嗘堡绉戞妧`` for
``商汤科技``); GBK or Big5 read as Latin-1 (``ÉÌÌÀ¿Æ¼¼``); two rounds of these; cp1252
punctuation read as Latin-1 (the C1 controls ``\x84`` and ``\x93`` for ``„`` ``“``); and
filler runs (``锟斤拷``, ``烫烫烫``, ``屯屯屯``) where characters were lost.

Recognition, Latin side: a cheap scan finds lines holding a UTF-8 lead byte rendered in
Latin-1 or cp1252 followed by a continuation byte rendered the same way (or ``Ã``
before a space, a no-break space that became a plain one), the fingerprint of this
defect. Only those lines go to ftfy, and only to its encoding repair: ftfy's other
defaults damage Chinese text (``fix_character_width`` turns ``，`` into ``,``,
``uncurl_quotes`` turns ``“”`` into ``""``), so they never run here. ftfy changes a line
only when the repaired text is less strange; a Latin-1/cp1252 round trip it plans is
taken unless it brings in control characters or leaves worse mojibake.

CJK side: :mod:`newsclean.cjk_mojibake`, which reverses a span only when the result is
clearly more plausible. Where both fingerprints match a line, ftfy's round trip stands
unless the CJK reading has CJK beside it and is clearly more plausible (see
:func:`repair_line`): every pair of Latin-1 characters is some GBK character, so without
that rule correct Greek or Hebrew in UTF-8 read as cp1252 would become hanzi. A line
with no CJK character whose repair does not read as Chinese (an alphabet's letter or a
Latin-1 symbol glued to a hanzi it made, or a rare ideograph of the supplementary
planes) is left as it is: legacy Cyrillic or Greek bytes read as Latin-1 decode in
pieces as GBK, Big5 and UTF-8, and no reading explains them. So is one whose bytes read
as words of one alphabet in a single-byte codec (cp1251, KOI8-R, cp866, ISO 8859-5,
cp1253, ISO 8859-7), unless its hanzi are all common, the line too short to tell and
the hanzi Chinese words (:mod:`newsclean.cjk_mojibake.alphabets`): words of an even
number of letters pair up into valid GBK (``Ёлка Ёлка`` in cp1251 is ``刺罻 刺罻``).
Rounds repeat until neither changes anything (mojibake of mojibake can mix them), at most
three rounds. Filler runs are counted as lost characters and kept, like U+FFFD in
``replacement``; ``replacement="drop"`` drops them.
"""

from __future__ import annotations

import re
from collections import Counter

from newsclean import regex
from newsclean.chardata import CJK, HAS_CJK
from newsclean.cjk_mojibake import report_fillers, suspect, suspect_positions
from newsclean.model import Document
from newsclean.options import Options
from newsclean.plausibility import density

NAME = "mojibake"
DESCRIPTION = (
    "wrong-codec text reversed: UTF-8 as Latin-1/cp1252/GBK/Big5, GBK/Big5/cp1252 as Latin-1"
)
#: Rounds of repair, for mojibake of mojibake.
MAX_ROUNDS = 3
#: How much more plausible (cost per non-ASCII character) a CJK reading must be than
#: ftfy's Latin-1/cp1252 round trip of the same line.
MIN_MARGIN = 1.0

#: cp1252 renderings of the bytes 0x80-0xBF, the continuation bytes of UTF-8.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
#: A UTF-8 lead byte (0xC2-0xF4) shown as Latin-1, then a continuation byte; or ``Â``
#: or ``Ã`` before a space, where the continuation byte was 0xA0 (``à`` and the no-break
#: space end in it) and a later step turned its no-break space into a plain one.
#: (One leading class, the space branch checked behind it: an alternation of two
#: branches made the scan of clean text four times slower.)
LATIN_MOJIBAKE = regex.compile(f"[\u00c2-\u00f4](?:[{_CONTINUATION}]|(?<=[\u00c2\u00c3]) )")


#: ftfy plans that are a Latin-1/cp1252 round trip: UTF-8 read as Latin-1 or cp1252,
#: the defect this pass trusts ftfy with. Steps of other kinds (restoring a byte 0xA0
#: that became a space, a lost byte marked U+FFFD, a line mixing repaired and clean
#: parts) are part of such a plan; an encode or decode in any other codec is not.
_ROUND_TRIP = frozenset(
    {
        ("encode", "latin-1"),
        ("encode", "sloppy-windows-1252"),
        ("encode", "windows-1252"),
        ("decode", "utf-8"),
        ("decode", "utf-8-variants"),
    }
)
#: Characters a repair must not bring in: C0/C1 controls and private use.
_NOISE = regex.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ue000-\uf8ff]")


def _fix_latin(line: str) -> tuple[str, bool]:
    """ftfy's encoding repair of ``line``, and whether its plan was a Latin-1/cp1252
    round trip."""
    import ftfy

    fixed, plan = ftfy.fix_encoding_and_explain(line)
    fixed = str(fixed)
    if "\n" in fixed:
        return line, False
    codecs = {
        (step.action, step.parameter) for step in plan or () if step.action in ("encode", "decode")
    }
    return fixed, bool(codecs) and codecs <= _ROUND_TRIP and ("decode", "utf-8") in codecs


def _clearly_worse(fixed: str, line: str) -> bool:
    """Does ftfy's round trip bring in control or private-use characters, or leave
    mojibake that reads worse than the line did (a lossy outer round of two)?"""
    if len(_NOISE.findall(fixed)) > len(_NOISE.findall(line)):
        return True
    return density(fixed) > density(line) and suspect(fixed)


def _cjk_reading(line: str) -> tuple[str, Counter[str]] | None:
    if not suspect(line):
        return None
    from newsclean.cjk_mojibake.repair import repair_line as repair_cjk

    fixed, counts = repair_cjk(line)
    return None if fixed == line else (fixed, counts)


def _plausibility(candidate: tuple[str, Counter[str]]) -> tuple[float, int]:
    # Ties go to the shorter text (a repair turns several characters into one).
    return density(candidate[0]), len(candidate[0])


#: What a reading that explains only pieces of a line leaves: a letter of an alphabet
#: (Latin-1 and its extensions, Greek, Cyrillic, the Indic and other scripts up to
#: Greek Extended) or a Latin-1 symbol set against a CJK character with no space between
#: (``扎¬``, ``á।㠮``, ``喈ᨫ``; Chinese sets no such character so, but the middle dot
#: of a foreign name, ``马丁·路德``, and its own marks, shapes and symbols, ``■``,
#: ``℃``), or an ideograph of the supplementary planes (four bytes of UTF-8 read from
#: ``ð«ª\xa0``: Chinese text read as Latin-1 gives the common characters of the Basic
#: Multilingual Plane).
_LETTER = "\u0080-\u00b6\u00b8-\u10ff\u1200-\u1fff"
_NOT_CHINESE = regex.compile(
    f"[{_LETTER}](?=[{CJK}])|(?<=[{CJK}])[{_LETTER}]|[\U00020000-\U0003134f]"
)


def repair_line(line: str) -> tuple[str, Counter[str]]:
    """The line repaired (``_best_reading``), unless the line has no CJK character and
    its repair brings in CJK that does not read as Chinese (``_NOT_CHINESE``): then no
    reading explains the line (legacy Cyrillic or Greek bytes read as Latin-1,
    ``\x83®à®¤áª``, decode in pieces as GBK, Big5 and UTF-8); or that yields to a
    reading of the same bytes as an alphabet's single-byte codec
    (:mod:`newsclean.cjk_mojibake.alphabets`: ``¨ëêà ¨ëêà`` is cp1251's ``Ёлка Ёлка``,
    not ``刺罻 刺罻``). It is left as it is: hanzi would hide what the line was."""
    fixed, counts = _best_reading(line)
    if fixed == line or HAS_CJK.search(line) or not HAS_CJK.search(fixed):
        return fixed, counts
    if _NOT_CHINESE.search(fixed):
        return line, Counter()
    from newsclean.cjk_mojibake.alphabets import yields_to_alphabet

    return (line, Counter()) if yields_to_alphabet(line, fixed) else (fixed, counts)


def _best_reading(line: str) -> tuple[str, Counter[str]]:
    """The line as it is, ftfy's Latin repair or the CJK repair, whichever holds.

    Both fingerprints can match one line: GBK read as Latin-1 (``ÉÌÌÀ``) holds what
    looks like UTF-8 read as Latin-1, and ftfy turns pairs of it into Cyrillic or Greek
    letters; UTF-8 read as cp1252 holds what looks like GBK read as cp1252.

    A Latin-1/cp1252 round trip that ftfy plans is taken unless it brings in control or
    private-use characters or leaves worse mojibake: a strict UTF-8 decoding of several
    non-ASCII characters is rare by chance, and ftfy already weighs how odd the text
    was. Almost any pair of Latin-1 characters is a GBK or Big5 character, so a CJK
    reading of the same line is evidence of nothing by itself: it wins only with CJK
    beside it (a CJK character in the line, or ftfy's result itself still CJK mojibake)
    and by a clear margin of plausibility. Without that, correct Greek, Hebrew or Thai
    in UTF-8 read as cp1252 would become common hanzi, which cost less than any
    alphabet's letters.

    Other plans of ftfy (MacRoman, cp437, cp1250 …) and the CJK repair compete on
    plausibility alone; the CJK repair comes first, so on a tie one round of mojibake
    explains the line better than two (ftfy's, then the CJK one under it)."""
    if LATIN_MOJIBAKE.search(line) is None:
        return _cjk_reading(line) or (line, Counter())
    fixed, round_trip = _fix_latin(line)
    if fixed == line or (round_trip and _clearly_worse(fixed, line)):
        return _cjk_reading(line) or (line, Counter())
    latin = (fixed, Counter({"latin-mojibake": 1}))
    if round_trip and HAS_CJK.search(line) is None and not suspect(fixed):
        # No CJK beside it: no CJK reading can win, and on a long line of UTF-8 read
        # as Latin-1 (``Ã©`` over and over) reading it was most of the pass's time.
        return latin
    cjk = _cjk_reading(line)
    # GBK read as Latin-1, saved as UTF-8 and read as cp1252: ftfy's result is the
    # inner mojibake, to be judged by what it becomes. Two rounds must explain the line
    # better than the CJK reading's one (ftfy takes ``Â `` of GBK read as Latin-1 for a
    # no-break space, and what is read under it is then one character shorter).
    from newsclean.cjk_mojibake.repair import repair_line as repair_cjk

    readings = [] if cjk is None else [cjk]
    inner, found = repair_cjk(fixed)
    if inner != fixed and (cjk is None or density(inner) < density(cjk[0])):
        readings.append((inner, latin[1] + found))
    if not round_trip:
        candidates = readings + ([latin] if density(fixed) <= density(line) else [])
        return min(candidates, key=_plausibility) if candidates else (line, Counter())
    if readings and (HAS_CJK.search(line) is not None or suspect(fixed)):
        best = min(readings, key=_plausibility)
        if density(best[0]) + MIN_MARGIN <= density(fixed):
            return best
    return latin


def _suspect_lines(text: str) -> list[tuple[int, int]]:
    """Start and end of each line that either fingerprint matches, in order."""
    positions = {m.start() for m in LATIN_MOJIBAKE.finditer(text)}
    positions.update(suspect_positions(text))
    starts = {text.rfind("\n", 0, at) + 1 for at in positions}
    spans = []
    for start in sorted(starts):
        end = text.find("\n", start)
        spans.append((start, len(text) if end < 0 else end))
    return spans


def repair_once(text: str) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    pieces: list[str] = []
    done = 0
    for start, end in _suspect_lines(text):
        line, found = repair_line(text[start:end])
        counts.update(found)
        pieces += [text[done:start], line]
        done = end
    if not pieces:
        return text, counts
    pieces.append(text[done:])
    return "".join(pieces), counts


#: C1 controls that cp1252 gives a character (all but 0x81, 0x8D, 0x8F, 0x90, 0x9D).
_C1_IN_CP1252 = regex.compile("[\x80\x82-\x8c\x8e\x91-\x9c\x9e\x9f]")


def _cp1252_char(m: re.Match[str]) -> str:
    return bytes((ord(m.group(0)),)).decode("cp1252")


def c1_as_cp1252(text: str) -> tuple[str, int]:
    """C1 controls read back as the cp1252 characters they were (``\x84`` ``„``,
    ``\x93`` ``“``, ``\x85`` ``…``): text does not hold C1 controls, and a reader that
    took cp1252 for Latin-1 leaves exactly these."""
    if text.isascii():
        return text, 0
    return _C1_IN_CP1252.subn(_cp1252_char, text)


def repair(text: str, *, drop_lost: bool = False) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    for _ in range(MAX_ROUNDS):
        fixed, found = repair_once(text)
        if fixed == text:
            break
        counts += found
        text = fixed
    # After the rounds: a C1 control inside UTF-8 read as Latin-1 (``å\x85¨`` for 全)
    # is a continuation byte, repaired above; the ones left stand alone.
    text, c1 = c1_as_cp1252(text)
    counts["cp1252-read-as-latin-1"] += c1
    text, fillers = report_fillers(text, drop=drop_lost)
    return text, +(counts + fillers)


def apply(doc: Document, options: Options) -> None:
    drop = options.replacement == "drop"
    doc.map_lines(NAME, lambda text: repair(text, drop_lost=drop))
