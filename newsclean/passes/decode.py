"""decode: bytes to text, and binary input refused.

Defect: pages arrive in UTF-8 (with or without BOM), UTF-16, GB18030/GBK, Big5 and
other legacy codecs, with Windows or old-Mac line ends and form feeds between pages.

Recognition, cheapest first:

* a forced ``encoding`` option decides; then a BOM decides;
* a known binary signature (PDF, images, archives, executables) or a head full of NUL
  or control bytes is refused with :class:`NotTextError`, unless the head reads as
  text in UTF-16 or UTF-32 without a BOM (see :func:`_sniff_wide`);
* ISO-2022-JP, ISO-2022-KR and HZ, the 7-bit codecs of East Asian mail: ASCII bytes,
  which UTF-8 would take as they stand (``$B4A;z``), named by their escapes
  (:mod:`newsclean.seven_bit`);
* strict UTF-8, which costs no detection and is right for almost every file (but
  Hebrew and Arabic marks with no letter of theirs, which a double-byte codec's bytes
  make: :func:`_utf8_unless_baseless_marks`; and a few CJK characters in UTF-16 whose
  bytes read as UTF-8 that is no text: :mod:`newsclean.bare_utf16`). A file that is
  UTF-8 but for a few bad bytes stays UTF-8 with those bytes counted: a detector would
  call it something else and garble the rest;
* only text that is not UTF-8 at all is detected. charset-normalizer is good on long
  text and weak on short CJK text (it calls four bytes of GBK Big5), so its answer is
  one vote: every legacy codec a Chinese newspaper page may come in is tried strictly
  on a sample, each decoding is scored by plausibility (the share of common characters,
  see :mod:`newsclean.plausibility`), and charset-normalizer's pick gets a bonus that
  grows with the length of the evidence. Johab is a candidate of its own; UTF-16 with
  no NUL or control byte (a line of CJK with no ASCII) is read too, and must be clearly
  cheaper. A reading whose hanzi make no Chinese words (an alphabet's row of a
  double-byte table read by another) or whose CJK characters each stand alone having
  taken an ASCII byte (``23°C`` as ``23穡``) costs more, and of readings that cost the
  same the one whose hanzi make words wins (:mod:`newsclean.cjk_readings`). The
  confidence recorded is the winner's margin. A winner whose words are no script's
  gives way to the alphabet codec whose words they are
  (:mod:`newsclean.alphabet_codecs`), and a Latin winner is checked against the other
  Latin single-byte codecs, which the detector confuses (:mod:`newsclean.latin_codecs`);
  cp1258's combining tones are composed (:func:`composed`).
  A file whose only bytes beyond ASCII are signs is read in the Cyrillic codec that
  sets each where a sign stands, if one does (:mod:`newsclean.sign_codecs`), and a
  cp932 file with no Japanese in its signs' JIS standard table (:mod:`newsclean.jis_signs`).
  A single-byte pick gives way to GB18030 where the bytes hold its four-byte form,
  which no single-byte text makes (:mod:`newsclean.gb_four_byte`), and a Greek pick
  to its sibling where what it reads stands where the sibling's ``Ά`` does (cp1253's
  pilcrow beside a Greek letter, ISO 8859-7's ``’`` opening a sentence:
  :mod:`newsclean.greek_codecs`).

Bad bytes become U+FFFD, one per byte, and are counted. Line ends (CR LF, CR, vertical
tab, U+2028, U+2029) become ``\\n``; a form feed (page break) becomes a blank line.
U+0085 is not a line end here: see ``_LINE_ENDS``.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from newsclean.errors import NotTextError, UsageError
from newsclean.model import Document
from newsclean.options import Options

NAME = "decode"
DESCRIPTION = "bytes to text: BOM, UTF-8, GB18030/GBK, Big5, UTF-16...; binary input refused"

#: Leading bytes of formats that are not text, and what to call them in the error.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3\x00", "SQLite"),
)
#: Signatures made of letters, which a text file may start with too ("MZ Corp said…"):
#: they count only when the bytes after them are not text either.
WEAK_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BZh", "bzip2"),
    (b"MZ", "a Windows executable"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

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

#: A UTF-8 file may hold this share of undecodable bytes and still be read as UTF-8.
MAX_BAD_UTF8_SHARE = 0.02
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

#: Not U+0085 (NEL): in text that reaches here it is a byte 0x85 read as Latin-1, the
#: cp1252 ellipsis or a UTF-8 continuation byte (``å\x85¨`` is 全), which mojibake
#: repairs; as a line end it would cut the character in two.
_LINE_ENDS = re.compile(r"\r\n?|[\x0b\u2028\u2029]")
_BAD_BYTES = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]+")
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class Decoded(NamedTuple):
    text: str
    encoding: str
    #: Bytes that did not decode, each now a U+FFFD.
    bad: int = 0
    #: How sure detection was, or None when the codec was not guessed.
    confidence: float | None = None


def check_encoding_name(name: str) -> str:
    """The canonical codec name for ``name``, or a UsageError."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        msg = f"--encoding: unknown encoding '{name}'"
        raise UsageError(msg) from None
    if not info._is_text_encoding:
        msg = f"--encoding: '{name}' is not a text encoding"
        raise UsageError(msg)
    return info.name


def _signature(raw: bytes) -> str | None:
    """The binary format whose signature ``raw`` starts with, if any."""
    return next((kind for signature, kind in SIGNATURES if raw.startswith(signature)), None)


def sniff_binary(raw: bytes) -> str | None:
    """What binary format ``raw`` looks like, or None if it may be text."""
    kind = _signature(raw)
    if kind is not None:
        return kind
    head = raw[:8192]
    for signature, kind in WEAK_SIGNATURES:
        if raw.startswith(signature) and (0 in head or not _valid_utf8(head)):
            return kind
    if head and (
        head.count(0) > len(head) // 100 or len(_CONTROL_BYTES.findall(head)) > len(head) // 20
    ):
        return "binary data (NUL bytes)" if 0 in head else "binary data (control bytes)"
    return None


def _valid_utf8(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


#: Codecs whose code units are wider than a byte, tried (without a BOM) on a head that
#: holds NUL bytes.
WIDE = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
#: The share of a wide reading's characters that may be controls, unassigned code
#: points or private use, at most.
MAX_WIDE_NOISE_SHARE = 0.01
#: How much cheaper (plausibility units a character) a UTF-16 reading of bytes with
#: no NUL must be than every legacy reading (:func:`_wide_readings`).
MIN_BARE_WIDE_MARGIN = 1.0
#: The longest input that may be UTF-16 with no ASCII read as UTF-8 by chance
#: (:mod:`newsclean.bare_utf16`), in bytes.
MAX_BARE_UTF16_BYTES = 16
#: Two readings this close in cost, over as many rows, are no evidence for either.
MIN_WIDE_COST_MARGIN = 0.5


def _noise(text: str) -> int:
    """How many of the text's characters are controls (but a line's and a page's ends
    and tabs), unassigned code points or private use: each character is judged once."""
    import unicodedata

    noisy = [
        ch
        for ch in set(text)
        if (ch not in "\t\n\r\f" if ch < " " else "\x7f" <= ch <= "\x9f")
        or unicodedata.category(ch) in ("Cn", "Co")
    ]
    return sum(map(text.count, noisy))


def _sniff_wide(head: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM. A text's characters come from a few scripts, and
    each script lives in a few rows of 256 code points (ASCII's row is 0: its NULs). Read
    the right way, the bytes that name the row repeat and the text is cheap
    (:mod:`newsclean.plausibility`); read the wrong way, or from binary data, it does
    not decode, holds controls (ASCII's NULs) or unassigned code points, or spreads
    over many rows. Of the readings that read as text, the one with fewest rows wins,
    unless a reading the other way round does as well (``text\\0text\\0`` is binary,
    and reads as common hanzi either way)."""
    from newsclean.plausibility import mean_cost

    readings: list[tuple[int, float, str]] = []
    for codec in WIDE:
        try:
            text = codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if len(text) < 2 or _noise(text) > MAX_WIDE_NOISE_SHARE * len(text):
            continue
        rows = len({ord(c) >> 8 for c in text})
        score = mean_cost(text)
        # Cheap text (ASCII, common hanzi), or few rows for its characters: a script
        # whose letters the plausibility scale does not rank (Arabic, Thai, Bengali).
        if score < 2.0 or 4 * rows <= len(set(text)):
            readings.append((rows, score, codec))
    if not readings:
        return None
    rows, score, codec = min(readings)
    width = codec[:6]
    tied = any(
        other != codec
        and other.startswith(width)
        and other_rows == rows
        and abs(other_score - score) < MIN_WIDE_COST_MARGIN
        for other_rows, other_score, other in readings
    )
    return None if tied else codec


def _decode_counting(raw: bytes, codec: str) -> tuple[str, int]:
    """Decode, each bad byte becoming one U+FFFD; returns the text and their number."""
    try:
        return raw.decode(codec), 0
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode(codec, errors="surrogateescape")
    except UnicodeDecodeError:
        # UTF-16 and UTF-32 cannot escape bytes: count replacement characters instead.
        text = raw.decode(codec, errors="replace")
        return text, text.count("\ufffd") - raw.decode(codec, errors="ignore").count("\ufffd")
    return _BAD_BYTES.subn("\ufffd", text)


def decode_bytes(raw: bytes, forced: str | None = None) -> Decoded:
    """Decode ``raw`` as the module docstring says."""
    if forced is not None:
        codec = check_encoding_name(forced)
        text, bad = _decode_counting(raw, codec)
        return Decoded(composed(codec, _strip_bom(text)), codec, bad)
    for bom, codec in BOMS:
        if raw.startswith(bom):
            text, bad = _decode_counting(raw[len(bom) :], codec)
            return Decoded(text, codec, bad)
    head = raw[:8192]
    # A known signature decides before the NULs that binary formats hold are taken
    # for UTF-16 ("%PDF-1.7" reads as UTF-16 too).
    from newsclean.seven_bit import seven_bit_reading

    seven_bit = seven_bit_reading(raw)
    if seven_bit is not None:
        return seven_bit
    # The NULs and low bytes that UTF-16 and UTF-32 hold are not binary if the head
    # reads as text in one of them.
    if _signature(raw) is None and (0 in head or _CONTROL_BYTES.search(head)):
        wide = _sniff_wide(head)
        if wide is not None:
            text, bad = _decode_counting(raw, wide)
            return Decoded(text, wide, bad)
    kind = sniff_binary(raw)
    if kind is not None:
        msg = f"not text (looks like {kind})"
        raise NotTextError(msg)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if len(raw) <= MAX_BARE_UTF16_BYTES:
            from newsclean.bare_utf16 import utf16_reading

            wide_text = utf16_reading(raw, text)
            if wide_text is not None:
                return Decoded(wide_text[1], wide_text[0])
        return _utf8_unless_baseless_marks(raw, text)
    text, bad = _decode_counting(raw, "utf-8")
    good = sum(map(len, _NON_ASCII.findall(text))) - bad
    if good >= 4 * bad and bad <= max(1, int(_count_high(raw) * MAX_BAD_UTF8_SHARE)):
        return Decoded(text, "utf-8", bad)
    codec, confidence = detect(raw)
    text, bad = _decode_counting(raw, codec)
    return Decoded(composed(codec, text), codec, bad, confidence)


#: Codecs whose text is composed after decoding (:func:`composed`).
COMPOSED = frozenset({"cp1258"})


def composed(codec: str, text: str) -> str:
    """cp1258 writes most of Vietnamese's toned letters as a letter and a combining
    tone, a trick of the codec: the text is Vietnamese, written (and searched, and
    split into words by every later pass) with its letters precomposed, so they are
    composed here (NFC), which changes no character's identity. Text in other codecs
    is left as its bytes say."""
    if codec not in COMPOSED:
        return text
    import unicodedata

    return unicodedata.normalize("NFC", text)


def last_starter(text: str) -> int:
    """Where ``text``'s last character that is no combining mark stands: a piece of a
    stream cut there leaves it and its marks for the next, whose marks may compose
    with it."""
    import unicodedata

    i = len(text) - 1
    while i > 0 and unicodedata.combining(text[i]):
        i -= 1
    return max(i, 0)


#: Two Hebrew points or accents, Arabic harakat or Quranic signs stacked, which follow
#: a letter of their script; the letters; and the lead bytes of the marks in UTF-8
#: (0xD6, 0xD9, 0xDB), looked for first: three byte searches, not a pattern's scan.
_STACKED_MARKS = re.compile("[\u0591-\u05bf\u064b-\u065f\u0670\u06d6-\u06ed]{2}")
_SCRIPT_LETTERS = re.compile("[\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3]")
_MARK_LEADS = (b"\xd6", b"\xd9", b"\xdb")
#: A legacy reading replaces a UTF-8 one of baseless marks when it costs at most this
#: share of it (:mod:`newsclean.plausibility`).
MAX_BASELESS_COST_SHARE = 0.5


def _utf8_unless_baseless_marks(raw: bytes, text: str) -> Decoded:
    """Strict UTF-8, but for marks with no letter of their script to sit on. A legacy
    double-byte codec's pairs of a lead byte 0xD6-0xDB and a trail 0x80-0xBF are
    UTF-8 too, for Hebrew and Arabic marks: Johab's box drawing reads as runs of
    ``ۣۡۢ``. Where a text stacks such marks and holds no Hebrew or Arabic letter for
    them to sit on, the detected codec's reading is taken if it is much cheaper and its
    hanzi, if it has any, make words. Real text that shows the marks alone (a grammar's
    list of points, ``ְ ֱ``, a shadda on a fatha) keeps its UTF-8: a double-byte codec
    reads them as common hanzi, but no words (``賻賾``)."""
    if not any(lead in raw for lead in _MARK_LEADS):
        return Decoded(text, "utf-8")
    if not _STACKED_MARKS.search(text) or _SCRIPT_LETTERS.search(text):
        return Decoded(text, "utf-8")
    try:
        codec, confidence = detect(raw)
    except NotTextError:
        return Decoded(text, "utf-8")
    from newsclean.cjk_readings import hanzi_make_words
    from newsclean.plausibility import reading_cost

    other, bad = _decode_counting(raw, codec)
    if bad or reading_cost(other) > MAX_BASELESS_COST_SHARE * reading_cost(text):
        return Decoded(text, "utf-8")
    if not hanzi_make_words(other):
        return Decoded(text, "utf-8")
    return Decoded(composed(codec, other), codec, 0, confidence)


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _count_high(raw: bytes) -> int:
    return len(raw) - len(raw.translate(None, _HIGH_BYTES))


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


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
    texts.update(_wide_readings(sample, final))
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
    scores = {codec: _score(codec, text) for codec, text in texts.items()}
    if not scores or min(scores.values()) > MAX_MEAN_COST:
        msg = "not text (no character encoding fits; try --encoding)"
        raise NotTextError(msg)
    high = _count_high(sample)
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


def _wide_readings(sample: bytes, final: bool) -> dict[str, str]:
    """UTF-16 readings of a sample with no NUL or control byte, which
    :func:`_sniff_wide` never saw: text with no ASCII in it (``首页``, a line of
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
            if text and not _noise(text):
                readings[codec] = text
    return readings


def _score(codec: str, text: str) -> float:
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


def normalize_line_ends(text: str) -> str:
    text = _LINE_ENDS.sub("\n", text)
    if "\f" in text:
        text = text.replace("\f", "\n\n")
    return text


def apply(doc: Document, options: Options) -> None:
    if doc.raw is None:
        return
    decoded = decode_bytes(doc.raw, options.encoding)
    doc.raw = None
    doc.encoding = decoded.encoding
    if decoded.confidence is not None:
        doc.metadata["encoding_confidence"] = decoded.confidence
    doc.count(NAME, "invalid-bytes", decoded.bad)
    doc.set_text(normalize_line_ends(decoded.text))
