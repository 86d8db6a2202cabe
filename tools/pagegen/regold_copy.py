#!/usr/bin/env python3
"""Writes the OCR'd pages' gold again into a copy of a made set, the original untouched.

    python3 tools/pagegen/regold_copy.py --set historic [--src /work/cache/pagegen]
                                         [--dst /work/cache/pagegen-og]

A change to the OCR gold's convention (ocrgold.py) is measured before the set others tune
on is switched: DST/SET gets links to SRC/SET's large parts (raw text, images, PDFs,
sidecars, chunk records), a copy of its gold, and the OCR extractions' gold in that copy
written again from their cached OCR text, the sidecar's units and the composed gold
(`gen.regold_ocr`): nothing is composed or OCR'd again. Only files under DST/SET/gold are
written, so SRC is only read.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen  # noqa: E402

LINKED = ("raw", "img", "pdf", "sidecar", "done")


def make_copy(src: Path, dst: Path) -> None:
    """DST with SRC's large parts linked and its gold copied (the OCR extractions' to be
    written again); a second run keeps what is there."""
    if src.resolve() == dst.resolve():
        raise SystemExit("the copy must not be the set itself")
    (dst / "gold").mkdir(parents=True, exist_ok=True)
    for part in LINKED:
        if (src / part).exists() and not (dst / part).exists():
            (dst / part).symlink_to((src / part).resolve())
    for gp in (src / "gold").glob("*.json"):
        if not (dst / "gold" / gp.name).exists():
            shutil.copy2(gp, dst / "gold" / gp.name)


def regold_copy(src: Path, dst: Path) -> dict[str, int]:
    """Writes SRC's OCR gold again into the copy DST: counts of strings kept and lost and of
    files written ('files')."""
    make_copy(src, dst)
    counts: dict[str, int] = {}
    for sp in sorted((src / "sidecar").glob("*.json")):
        for k, v in gen.regold_ocr(dst, sp).items():
            counts[k] = counts.get(k, 0) + v
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--set", choices=gen.SETS, default="historic")
    ap.add_argument("--src", type=Path, default=gen.DEFAULT_OUT)
    ap.add_argument("--dst", type=Path, default=Path("/work/cache/pagegen-og"))
    a = ap.parse_args()
    dst = a.dst / a.set
    counts = regold_copy(a.src / a.set, dst)
    lost = {k[5:]: v for k, v in sorted(counts.items()) if k.startswith("lost_")}
    kept = sum(v for k, v in counts.items() if k.startswith("kept_"))
    print(
        f"{a.set}: {counts.get('files', 0)} OCR gold files written into {dst}: "
        f"{kept} strings found, lost {lost}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
