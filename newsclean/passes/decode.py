"""decode: bytes to text, and binary input refused.

Defect: pages arrive in UTF-8 (with or without BOM), UTF-16, GB18030/GBK, Big5 and
other legacy codecs, with Windows or old-Mac line ends and form feeds between pages.

Recognition, cheapest first:

* a forced ``encoding`` option decides; then a BOM decides;
* a known binary signature (PDF, images, archives, executables) or a head full of NUL
  or control bytes is refused with :class:`NotTextError`, unless the head reads as
  text in UTF-16 or UTF-32 without a BOM (see :func:`newsclean.sniff.sniff_wide`);
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
  cp1258's combining tones are composed (:func:`composed`). The detection is
  :mod:`newsclean.detection`'s.
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

from newsclean.detection import count_high, detect
from newsclean.errors import NotTextError, UsageError
from newsclean.model import Document
from newsclean.options import Options
from newsclean.sniff import CONTROL_BYTES, signature_of, sniff_binary, sniff_wide

NAME = "decode"
DESCRIPTION = "bytes to text: BOM, UTF-8, GB18030/GBK, Big5, UTF-16...; binary input refused"

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: A UTF-8 file may hold this share of undecodable bytes and still be read as UTF-8.
MAX_BAD_UTF8_SHARE = 0.02

#: Not U+0085 (NEL): in text that reaches here it is a byte 0x85 read as Latin-1, the
#: cp1252 ellipsis or a UTF-8 continuation byte (``å\x85¨`` is 全), which mojibake
#: repairs; as a line end it would cut the character in two.
_LINE_ENDS = re.compile(r"\r\n?|[\x0b\u2028\u2029]")
_BAD_BYTES = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]+")


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


#: The longest input that may be UTF-16 with no ASCII read as UTF-8 by chance
#: (:mod:`newsclean.bare_utf16`), in bytes.
MAX_BARE_UTF16_BYTES = 16


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
    if signature_of(raw) is None and (0 in head or CONTROL_BYTES.search(head)):
        wide = sniff_wide(head)
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
    if good >= 4 * bad and bad <= max(1, int(count_high(raw) * MAX_BAD_UTF8_SHARE)):
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


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


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
