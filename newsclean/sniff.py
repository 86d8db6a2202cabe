"""Binary input told from text, and UTF-16 or UTF-32 with no byte-order mark.

Defect: a PDF, an image or an archive handed to ``fix`` would be read as text and come
out as garbage; a UTF-16 or UTF-32 file with no BOM holds NUL bytes, as binary data
does, and would be refused.

Recognition: a known signature at the start (letters that a text may open with count
only when the bytes after them are not text either), or a head full of NUL or control
bytes, is binary; but a head with NULs that reads as text in a wide codec, its
characters in the few rows of 256 code points a script lives in
(:func:`sniff_wide`), is that codec's text. The ``decode`` pass asks these first.
"""

from __future__ import annotations

import codecs
import re

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

#: Control bytes no text holds (but tab, line ends, form feed and escape): binary data
#: holds many, UTF-16 and UTF-32 a few.
CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def signature_of(raw: bytes) -> str | None:
    """The binary format whose signature ``raw`` starts with, if any."""
    return next((kind for signature, kind in SIGNATURES if raw.startswith(signature)), None)


def sniff_binary(raw: bytes) -> str | None:
    """What binary format ``raw`` looks like, or None if it may be text."""
    kind = signature_of(raw)
    if kind is not None:
        return kind
    head = raw[:8192]
    for signature, kind in WEAK_SIGNATURES:
        if raw.startswith(signature) and (0 in head or not _valid_utf8(head)):
            return kind
    if head and (
        head.count(0) > len(head) // 100 or len(CONTROL_BYTES.findall(head)) > len(head) // 20
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
#: Two readings this close in cost, over as many rows, are no evidence for either.
MIN_WIDE_COST_MARGIN = 0.5


def noise(text: str) -> int:
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


def sniff_wide(head: bytes) -> str | None:
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
        if len(text) < 2 or noise(text) > MAX_WIDE_NOISE_SHARE * len(text):
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
