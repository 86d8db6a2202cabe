"""Which legacy codec bytes that are not UTF-8 were written in.

Defect: a page that is not UTF-8 names no codec, and a wrong guess changes every
letter beyond ASCII (which no later pass can tell).

Recognition: every legacy codec a Chinese newspaper page may come in is tried strictly
on a sample, with UTF-16 of bytes with no NUL (:func:`wide_readings`), and each
reading is scored by plausibility (the mean cost of its characters beyond ASCII, see
:mod:`newsclean.plausibility`; a Korean reading full of hanja, hanzi that make no
words and lone CJK characters that swallowed an ASCII byte cost more, see
:mod:`newsclean.cjk_readings`). charset-normalizer's pick is one vote: a bonus that
grows with the length of the evidence. A bare UTF-16 reading must be clearly cheaper;
of tied readings the one whose hanzi make words wins. A double-byte winner that cut
Latin words into hanzi gives way to the Latin reading (:mod:`newsclean.split_words`).
The winner is then checked by
the codec families' own evidence, in order: alphabet codecs (:mod:`newsclean.alphabet_codecs`),
Latin single-byte codecs (:mod:`newsclean.latin_codecs`), Korean
(:mod:`newsclean.korean_codecs`), signs (:mod:`newsclean.sign_codecs`), cp932's
standard table (:mod:`newsclean.jis_signs`), GB18030's four-byte form
(:mod:`newsclean.gb_four_byte`) and the Greek pair (:mod:`newsclean.greek_codecs`).
"""

from __future__ import annotations

import codecs
import re

from newsclean.errors import NotTextError
from newsclean.sniff import WIDE, noise

#: The legacy codecs tried on text that is not UTF-8, Chinese first; each is the
#: superset of its family (GB2312 < GBK < GB18030, Big5 < Big5-HKSCS, Shift_JIS <
#: cp932, EUC-KR < cp949, Latin-1's printable part < cp1252). The order breaks ties.
CANDIDATES = ("gb18030", "big5hkscs", "cp950", "cp932", "euc_jp", "cp949", "johab", "cp1252")
#: charset-normalizer's names, folded into the candidate that covers them.
FAMILY = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "hz": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
    "euc_jis_2004": "euc_jp",
    "euc_jisx0213": "euc_jp",
    "euc_kr": "cp949",
    "iso8859_1": "cp1252",
    "iso8859_15": "cp1252",
    "tis_620": "cp874",
}

#: How much of a large file detection looks at.
DETECTION_SAMPLE = 256 * 1024
#: How many characters of each candidate decoding are scored.
SCORED_CHARS = 32768
#: Codecs whose text is hangul: a reading of them full of hanzi is some other codec.
KOREAN = frozenset({"cp949", "euc_kr", "johab"})
#: charset-normalizer's vote, in plausibility units, once it has this many non-ASCII
#: bytes to go on (less in proportion below that).
DETECTOR_BONUS = 0.6
DETECTOR_EVIDENCE = 200
#: Below this many non-ASCII bytes its vote is noise ("中文" in GBK is Big5 to it).
MIN_DETECTOR_EVIDENCE = 16
#: A decoding whose non-ASCII characters cost more than this on average is not text.
MAX_MEAN_COST = 3.5
#: Readings whose costs are this close (plausibility units a character) are tied.
TIE = 1e-6
#: How much cheaper (plausibility units a character) a UTF-16 reading of bytes with
#: no NUL must be than every legacy reading (:func:`wide_readings`).
MIN_BARE_WIDE_MARGIN = 1.0

_NON_ASCII = re.compile("[^\x00-\x7f]+")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def count_high(raw: bytes) -> int:
    return len(raw) - len(raw.translate(None, _HIGH_BYTES))


def detect(raw: bytes) -> tuple[str, float]:
    """The legacy codec ``raw`` (not UTF-8) was most plausibly written in, and how sure
    that is (0.5: a coin toss; 0.99: nothing else comes close)."""
    sample = raw[:DETECTION_SAMPLE]
    final = len(raw) <= DETECTION_SAMPLE
    texts: dict[str, str] = {}
    for codec in CANDIDATES:
        try:
            texts[codec] = codecs.getincrementaldecoder(codec)().decode(sample, final=final)
        except UnicodeDecodeError:
            continue
    texts.update(wide_readings(sample, final))
    voted, chaos = _detector_vote(sample)
    if voted is not None and voted not in texts:
        try:
            text = codecs.getincrementaldecoder(voted)().decode(sample, final=final)
        except (UnicodeDecodeError, LookupError):
            voted = None
        else:
            # A codec outside the list that reads the sample exactly as one in it does
            # (cp1250 and cp1252 on curly quotes) is a vote for that one.
            same = [codec for codec, other in texts.items() if other == text]
            voted = same[0] if same else voted
            texts.setdefault(voted, text)
    scores = {codec: score(codec, text) for codec, text in texts.items()}
    if not scores or min(scores.values()) > MAX_MEAN_COST:
        msg = "not text (no character encoding fits; try --encoding)"
        raise NotTextError(msg)
    high = count_high(sample)
    if voted is not None and high >= MIN_DETECTOR_EVIDENCE:
        evidence = min(1.0, high / DETECTOR_EVIDENCE)
        scores[voted] -= DETECTOR_BONUS * evidence * (1.0 - chaos)
    order = {codec: i for i, codec in enumerate(CANDIDATES)}
    ranked = sorted(scores, key=lambda c: (round(scores[c], 6), order.get(c, len(order))))
    narrow = [c for c in ranked if c.replace("_", "-") not in WIDE]
    # ASCII read as UTF-16 is hanzi too (`` a`` is U+6120): a bare UTF-16 reading must
    # be clearly the better one.
    if (
        narrow
        and narrow[0] != ranked[0]
        and scores[narrow[0]] - scores[ranked[0]] < MIN_BARE_WIDE_MARGIN
    ):
        ranked.remove(narrow[0])
        ranked.insert(0, narrow[0])
    from newsclean.cjk_readings import words_break_tie

    # (A bare UTF-16 reading ties with none: it must be clearly the better one.)
    tied = [c for c in narrow if abs(scores[c] - scores[ranked[0]]) < TIE]
    best = words_break_tie(tied, texts) if ranked[0] in tied else ranked[0]
    from newsclean.split_words import latin_reading

    best = latin_reading(sample, best, final, texts)
    margin = scores[ranked[1]] - scores[ranked[0]] if len(ranked) > 1 else 1.0
    from newsclean.alphabet_codecs import best_reading as alphabet_reading
    from newsclean.latin_codecs import best_reading, may_be_latin

    if best not in KOREAN and best.replace("_", "-") not in WIDE and best not in CANDIDATES[:5]:
        best = alphabet_reading(sample, best, final)
    if may_be_latin(texts.get(best, "")):
        best = best_reading(sample, best, final)
    from newsclean.korean_codecs import korean_reading

    best = korean_reading(sample, best, final, texts)
    from newsclean.sign_codecs import sign_reading

    best = sign_reading(sample, best, final)
    from newsclean.jis_signs import standard_reading

    best = standard_reading(sample, best, final)
    from newsclean.gb_four_byte import four_byte_reading

    best = four_byte_reading(sample, best, texts)
    from newsclean.greek_codecs import greek_reading

    best = greek_reading(sample, best, final)
    return best, round(min(0.99, 0.5 + margin / 2), 3)


def wide_readings(sample: bytes, final: bool) -> dict[str, str]:
    """UTF-16 readings of a sample with no NUL or control byte, which
    :func:`newsclean.sniff.sniff_wide` never saw: text with no ASCII in it (``首页``, a line of
    hangul), whose every code unit has two bytes of 0x20 or more. Plausibility judges
    them with the legacy readings; a reading holding a control, an unassigned code
    point or private use is none."""
    readings = {}
    if len(sample) % 2 == 0:
        for codec in WIDE[:2]:
            try:
                text = codecs.getincrementaldecoder(codec)().decode(sample, final=final)
            except UnicodeDecodeError:
                continue
            if text and not noise(text):
                readings[codec] = text
    return readings


def score(codec: str, text: str) -> float:
    """Mean plausibility cost of the non-ASCII characters of a candidate decoding."""
    from newsclean.cjk_readings import lone_cjk, wordless_hanzi
    from newsclean.plausibility import RARE, is_cjk, reading_cost

    text = text[:SCORED_CHARS]
    non_ascii = sum(map(len, _NON_ASCII.findall(text)))
    total = reading_cost(text)
    if codec in KOREAN:
        # Korean is written in hangul: a "Korean" reading full of hanja is some other
        # EUC codec (GB2312's hanzi rows are KS X 1001's hanja rows).
        total += RARE * sum(1 for c in text if is_cjk(c) and not "\uac00" <= c <= "\ud7af")
    total += wordless_hanzi(text) + lone_cjk(codec, text)
    return total / max(1, non_ascii)


def _detector_vote(sample: bytes) -> tuple[str | None, float]:
    """charset-normalizer's pick, as one of ``CANDIDATES`` where it belongs to one, and
    its chaos (0: clean)."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        return None, 1.0
    try:
        name = codecs.lookup(best.encoding).name.replace("-", "_")
    except LookupError:
        return None, 1.0
    name = FAMILY.get(name, name)
    return name, float(best.chaos)
