"""ISO-2022-JP, ISO-2022-KR and HZ: the 7-bit codecs of East Asian mail and news.

Defect: their bytes are all ASCII, so strict UTF-8 takes them as they stand and a
Japanese, Korean or Chinese page comes out as ``$B4A;z``, ``~{GW~}``.

Recognition: an ISO-2022 escape (ESC ``$``, then the set) is no accident of ASCII
text: the whole input decoding strictly after it is taken. HZ's ``~{`` is a program's
or a chat's text too, so a HZ reading must give characters beyond ASCII that read as
text, or be a single letter or sign a Latin text holds, in a span every ``~{`` opens.
"""

from __future__ import annotations

import re

from newsclean.detection import DETECTION_SAMPLE, SCORED_CHARS
from newsclean.passes.decode import Decoded

#: The escape sequences that open a double-byte set in the 7-bit codecs of East Asian
#: mail and news (ISO-2022-JP, RFC 1468 and 1554; ISO-2022-KR, RFC 1557), and the
#: codec that reads each; HZ (RFC 1843) opens GB 2312 with ``~{``.
SEVEN_BIT = (
    (b"\x1b$B", "iso2022_jp_2"),
    (b"\x1b$@", "iso2022_jp_2"),
    (b"\x1b$A", "iso2022_jp_2"),
    (b"\x1b$(D", "iso2022_jp_2"),
    (b"\x1b$)C", "iso2022_kr"),
    (b"~{", "hz"),
)
#: A HZ reading is taken when it gives at least this many characters beyond ASCII, as
#: cheap as text (:mod:`newsclean.plausibility`) on average: ``~{`` in a program's text
#: reads as rare hanzi, if at all. An ISO-2022 escape (ESC ``$``, then the set) is no
#: accident of ASCII text, and a whole input that decodes strictly after it is taken
#: whatever it holds (a pound sign, a row of box drawing).
MIN_SEVEN_BIT_CHARS = 2
MAX_SEVEN_BIT_DENSITY = 1.0
#: A HZ span: ``~{``, GB 2312 pairs (bytes 0x21-0x7E), ``~}``. Where every ``~{`` of
#: the input opens one, a single character from GB 2312's rows of letters and signs
#: is enough (``caf~{(&~}`` is ``café``, ``<p>~{!-~}</p>`` is ``<p>…</p>``): a Latin
#: text in HZ. Two bytes of ASCII between braces read mostly as a hanzi (``~{Ab~}``
#: as ``菱``), which alone among ASCII stays too weak a sign.
_HZ_SPAN = re.compile(rb"~\{(?:[!-~][!-~])+?~\}")


def seven_bit_reading(raw: bytes) -> Decoded | None:
    """ISO-2022 and HZ: ASCII bytes, which read as UTF-8 too, but with the escapes that
    switch to a double-byte set (ISO-2022-KR's shifts look like control bytes). The
    whole input must decode strictly in the codec its escape names."""
    if not raw.isascii():
        return None
    head = raw[:DETECTION_SAMPLE]
    for escape, codec in SEVEN_BIT:
        if escape not in head:
            continue
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        from newsclean.plausibility import count_non_ascii, density

        if escape.startswith(b"\x1b") and not text.isascii():
            return Decoded(text, codec)
        chars = count_non_ascii(text)
        if chars < MIN_SEVEN_BIT_CHARS and not _latin_in_hz(head, text):
            continue
        if chars and density(text[:SCORED_CHARS]) <= MAX_SEVEN_BIT_DENSITY:
            return Decoded(text, codec)
    return None


def _latin_in_hz(head: bytes, text: str) -> bool:
    """Is ``text`` (a HZ reading of ``head``) one letter or sign beyond ASCII that a
    Latin text holds, in a span that every ``~{`` of ``head`` opens (:data:`_HZ_SPAN`)?

    A Latin text's characters are its own codec's: what cp1252 cannot write is no
    Latin text's, and ASCII whose braces happen to read as one (``~{##~}`` as ``＃``,
    ``~{&A~}`` as ``α``, ``~{()~}`` as ``ī``) stays ASCII. Of GB 2312's 512 characters
    that are not CJK, 25 pass: ``é ü à``, ``… ‘ ’ “ ” ° ± × ÷ §``."""
    high = [ch for ch in text if ch >= "\x80"]
    return (
        len(high) == 1 and _in_cp1252(high[0]) and len(_HZ_SPAN.findall(head)) == head.count(b"~{")
    )


def _in_cp1252(ch: str) -> bool:
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True
