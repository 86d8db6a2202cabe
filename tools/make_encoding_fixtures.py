#!/usr/bin/env python3
"""Write fixtures/encodings/: real fixture pages re-encoded in legacy codecs.

Each file is ``fixtures/pages/<stem>.txt`` (UTF-8) encoded with one codec, byte for
byte, so ``newsclean fix`` on it must print exactly ``fixtures/expected/<stem>.fix.txt``.
Run from the repository root: ``python3 tools/make_encoding_fixtures.py``.
"""

from __future__ import annotations

import codecs
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
OUT = ROOT / "fixtures" / "encodings"

#: (page stem, codec, BOM to write first). The pages were chosen so that each codec is
#: needed: page 004 holds U+FFFD, which GBK cannot encode and GB18030 can (four bytes);
#: the Traditional pages are Big5; UTF-16 is written once with a BOM and once without.
FIXTURES = (
    ("000_1737f1c581002fb6", "gbk", b""),
    ("zh_pdfgen_beichenshibao_2023-04-19_T06_pdftotext", "gbk", b""),
    ("004_bd6d0331c44bdc06", "gb18030", b""),
    ("zh_pdfgen_minghushangbao_2023-04-19_A08_trad_pdftotext", "big5", b""),
    ("zh_pdfgen_beichenshibao_2024-11-01_p4_trad_pdfminer", "big5", b""),
    ("zh_pdfgen_beichenshibao_2024-11-01_p4_trad_pdfminer", "utf-16-le", codecs.BOM_UTF16_LE),
    ("zh_pdfgen_qingzhouribao_2023-12-07_T15_pdfminer", "utf-16-be", b""),
)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for stem, codec, bom in FIXTURES:
        text = (PAGES / f"{stem}.txt").read_text(encoding="utf-8")
        suffix = codec + ("-bom" if bom else "")
        (OUT / f"{stem}.{suffix}.txt").write_bytes(bom + text.encode(codec))


if __name__ == "__main__":
    main()
