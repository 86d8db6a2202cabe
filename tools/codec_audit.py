"""Codec audit: the clean corpus as bytes in every codec that can hold it, read back.

``python -m tools.codec_audit [FOLDER]`` encodes each document below FOLDER (default
``tests/clean``, see its ``SOURCES.md``) that is not plain ASCII in each codec of
:data:`CODECS` that can hold all of it, with no byte-order mark and no flag (cp1258's
tones as Windows writes them, a combining mark after the letter: :func:`encoded`), as
a file arrives from an archive, and runs ``decode`` on the bytes. Per codec it prints how
many documents it held, how many came back exactly, how many came back as other text
(and in which codecs they were read), and how many were refused as not text
(``--list``: which documents, one a line, after the table). A
document read in the wrong codec has every letter beyond ASCII changed, which no later
pass can tell, so each misread one is harm; a refused one is an error naming the file.

Short documents with a few letters beyond ASCII carry little evidence, and some of
these pairings never occur (Bulgarian in EUC-KR): the table measures, it sets no floor.
The wide codecs are also tried on each line of the corpus that they write with no NUL
or control byte (``BARE_WIDE``): a file of CJK or hangul with no ASCII in it, which
only detection can tell from a legacy codec. A line whose bytes there are all ASCII
(``杜甫`` in UTF-16-BE is ``g\\u+``) is read as the ASCII file it is likelier to be
(:mod:`newsclean.bare_utf16`), and counts here as misread.

``tests/test_decode_codecs.py`` holds the cases that must be read right.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from newsclean.errors import NotTextError
from newsclean.passes.decode import decode_bytes
from tools.harm_audit import CORPUS, folder_documents

#: Single-byte codecs of Latin, Cyrillic, Greek, Hebrew, Arabic, Thai and Vietnamese
#: text; the multi-byte CJK ones; the 7-bit ones of East Asian mail; the wide ones.
CODECS = (
    *("cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257"),
    *("cp1258", "iso8859_2", "iso8859_4", "iso8859_5", "iso8859_7", "iso8859_9"),
    *("iso8859_13", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "cp866", "mac_roman"),
    *("cp874", "gb18030", "big5hkscs", "cp932", "euc_jp", "cp949", "johab"),
    *("iso2022_jp", "iso2022_kr", "hz"),
    *("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"),
)


#: The wide codecs again, on the lines of the corpus whose bytes in them hold no NUL
#: and no control byte (a line of CJK or hangul with no ASCII, its line end cut off):
#: what ``decode`` sees of such a file is no different from a legacy codec's bytes.
BARE_WIDE = ("utf-16-le", "utf-16-be")

_CONTROL = re.compile(b"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def bare_wide_lines(documents: dict[str, str], codec: str) -> dict[str, str]:
    """The lines of ``documents`` that ``codec`` writes with no NUL or control byte."""
    return {
        f"{name}:{i}": line
        for name, text in documents.items()
        for i, line in enumerate(text.splitlines())
        if line and not _CONTROL.search(line.encode(codec))
    }


#: The tone marks cp1258 writes as combining characters after their letter; its table
#: holds the letters Vietnamese marks otherwise (``â ê ô ă ơ ư đ``) precomposed.
_CP1258_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encoded(text: str, codec: str) -> bytes:
    """``text`` in ``codec``, as Windows writes it: Python's cp1258 encoder refuses a
    letter whose tone its table has no precomposed form for (``ộ``, ``Ờ``), which
    Windows writes as the letter with its other marks and the tone as a combining mark
    after it (``ô`` and a dot below); a letter the table holds is written as it
    stands. Other codecs encode as Python does; a character a
    codec cannot hold raises ``UnicodeEncodeError``."""
    if codec != "cp1258":
        return text.encode(codec)
    import unicodedata

    chars = []
    for ch in text:
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            pass
        else:
            chars.append(ch)
            continue
        marks = unicodedata.normalize("NFD", ch)
        letter = "".join(c for c in marks if c not in _CP1258_TONES)
        tones = "".join(c for c in marks if c in _CP1258_TONES)
        chars.append(unicodedata.normalize("NFC", letter) + tones)
    return "".join(chars).encode(codec)


#: Per codec: documents held, read back exactly, misread (by the codec read), refused.
Counts = tuple[int, int, Counter[str], int]


def audit(documents: dict[str, str], wrong: list[str] | None = None) -> dict[str, Counts]:
    """Per codec, its :data:`Counts`; each document misread or refused is added to
    ``wrong`` (``codec -> codec read, or "refused": name``)."""
    result = {codec: _audit_codec(codec, documents, wrong) for codec in CODECS}
    for codec in BARE_WIDE:
        lines = bare_wide_lines(documents, codec)
        result[f"{codec}, no NUL"] = _audit_codec(codec, lines, wrong)
    return result


def _audit_codec(codec: str, documents: dict[str, str], wrong: list[str] | None) -> Counts:
    held = exact = refused = 0
    misread: Counter[str] = Counter()
    for name, text in documents.items():
        if text.isascii():
            continue
        try:
            raw = encoded(text, codec)
        except UnicodeEncodeError:
            continue
        held += 1
        try:
            decoded = decode_bytes(raw)
        except NotTextError:
            refused += 1
            if wrong is not None:
                wrong.append(f"{codec} -> refused: {name}")
            continue
        if decoded.text == text:
            exact += 1
        else:
            misread[decoded.encoding] += 1
            if wrong is not None:
                wrong.append(f"{codec} -> {decoded.encoding}: {name}")
    return held, exact, misread, refused


def table(result: dict[str, Counts]) -> str:
    rows = [
        "| codec | docs | read back | misread (read as) | refused |",
        "|---|---:|---:|---|---:|",
    ]
    totals = [0, 0, 0, 0]
    for codec, (held, exact, misread, refused) in result.items():
        read_as = ", ".join(f"{c} {n}" for c, n in misread.most_common())
        read_as = f" ({read_as})" if read_as else ""
        rows.append(
            f"| {codec} | {held} | {exact} | {sum(misread.values())}{read_as} | {refused} |"
        )
        for i, n in enumerate((held, exact, sum(misread.values()), refused)):
            totals[i] += n
    rows.append("| all | {} | {} | {} | {} |".format(*totals))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--list", action="store_true", help="name each document misread")
    args = parser.parse_args(argv)
    wrong: list[str] = []
    print(table(audit(folder_documents(args.folder), wrong)))
    if args.list:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
