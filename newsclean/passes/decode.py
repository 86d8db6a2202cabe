"""decode: bytes to text, and binary input refused.

Defect: pages arrive in UTF-8 (with or without BOM), UTF-16, GB18030/GBK, Big5 and
other legacy codecs, with Windows or old-Mac line ends and form feeds between pages.

Recognition, cheapest first: a BOM decides; a forced ``encoding`` option decides; then
strict UTF-8, which costs no detection and is right for almost every file; a file that
is UTF-8 but for a few bad bytes stays UTF-8 with those bytes counted, because a
detector would call it something else and garble the rest. Only text that is not
UTF-8 at all goes to charset-normalizer. Files whose first bytes are a known binary
signature, or that are full of NUL bytes, are refused with :class:`NotTextError`.

Line ends become ``\\n``; a form feed (page break) becomes a blank line.
"""

from __future__ import annotations

import codecs

from newsclean import regex
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
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"SQLite format 3\x00", "SQLite"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: A UTF-8 file may hold this share of undecodable bytes and still be read as UTF-8.
MAX_BAD_UTF8_SHARE = 0.02
#: How much of a large file charset-normalizer looks at.
DETECTION_SAMPLE = 256 * 1024

_LINE_ENDS = regex.compile(r"\r\n?|[\x0b\x85\u2028\u2029]")


def sniff_binary(raw: bytes) -> str | None:
    """What binary format ``raw`` looks like, or None if it may be text."""
    for signature, kind in SIGNATURES:
        if raw.startswith(signature):
            return kind
    head = raw[:8192]
    if head and head.count(0) > len(head) // 100 and not _looks_utf16(head):
        return "binary data (NUL bytes)"
    return None


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: NULs sit on every other byte."""
    if len(head) < 4:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    return max(even, odd) > half * 0.3 and min(even, odd) < half * 0.05


def check_encoding_name(name: str) -> str:
    """The canonical codec name for ``name``, or a UsageError."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        msg = f"--encoding: unknown encoding '{name}'"
        raise UsageError(msg) from None


def decode_bytes(raw: bytes, forced: str | None = None) -> tuple[str, str, int, float | None]:
    """Decode ``raw``: the text, the codec used, the count of bad bytes, the confidence.

    Confidence is None when the codec was not guessed (a BOM, a forced name, UTF-8).
    """
    if forced is not None:
        codec = check_encoding_name(forced)
        strict_ok = True
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            strict_ok = False
            text = raw.decode(codec, errors="replace")
        bad = 0 if strict_ok else text.count("\ufffd") - raw.decode(codec, "ignore").count("\ufffd")
        return _strip_bom(text), codec, bad, None
    for bom, codec in BOMS:
        if raw.startswith(bom):
            text = raw[len(bom) :].decode(codec, errors="replace")
            return text, codec, 0, None
    head = raw[:8192]
    if _looks_utf16(head):
        codec = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        text = raw.decode(codec, errors="replace")
        return text, codec, text.count("\ufffd"), None
    kind = sniff_binary(raw)
    if kind is not None:
        msg = f"not text (looks like {kind})"
        raise NotTextError(msg)
    try:
        return raw.decode("utf-8"), "utf-8", 0, None
    except UnicodeDecodeError:
        pass
    lenient = raw.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    non_ascii = sum(1 for b in raw if b >= 0x80) if len(raw) < 1 << 20 else len(raw) // 2
    if bad <= max(1, int(non_ascii * MAX_BAD_UTF8_SHARE)):
        return lenient, "utf-8", bad, None
    return _detect(raw)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _detect(raw: bytes) -> tuple[str, str, int, float | None]:
    """Guess a legacy codec with charset-normalizer (imported only when needed)."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(raw[:DETECTION_SAMPLE]).best()
    if best is None:
        msg = "not text (no character encoding fits; try --encoding)"
        raise NotTextError(msg)
    codec = codecs.lookup(best.encoding).name
    # Detection reads a sample; the codecs that fit it best are families whose
    # supersets decode the rest of the file without loss.
    codec = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}.get(codec, codec)
    text = raw.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    confidence = round(1.0 - float(best.chaos), 3)
    return text, codec, bad, confidence


def normalize_line_ends(text: str) -> str:
    text = _LINE_ENDS.sub("\n", text)
    if "\f" in text:
        text = text.replace("\f", "\n\n")
    return text


def apply(doc: Document, options: Options) -> None:
    if doc.raw is None:
        return
    text, codec, bad, confidence = decode_bytes(doc.raw, options.encoding)
    doc.raw = None
    doc.encoding = codec
    if confidence is not None:
        doc.metadata["encoding_confidence"] = confidence
    doc.count(NAME, "invalid-bytes", bad)
    doc.set_text(normalize_line_ends(text))
