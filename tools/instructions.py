"""Instructions `fix` and `split` execute on one page of each kind: `make instructions`.

Wall time on a machine others share cannot show a change of a few per cent; the count of
instructions Python executes can, and it is the same from run to run. One Valgrind
(callgrind) run of this module's child: it imports newsclean and warms it on the fixture
pages that are not measured (lazy imports, word lists, compiled patterns), then calls
``fix_text`` and ``split`` once on each measured page. Each call runs inside
``functools.reduce``, the one C function callgrind collects in and dumps after, so each
dump holds exactly one call's instructions and nothing of the warming. Warming runs
every fixture page (a page's language loads its own word lists and patterns on first
use), and the large bounded caches newsclean keeps per line text are emptied before each
measured call: it costs what a new page of its kind costs a warm process.

Prints a Markdown table (millions of instructions) and writes it to
bench-out/instructions.md. Needs ``valgrind``; a run takes a few minutes.
"""

from __future__ import annotations

import functools
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
OUT = ROOT / "bench-out"

#: One page of each kind the bench times (its inputs: tools/bench.py), by file name.
MEASURED = {
    "Latin OCR (German)": "de_kolonialzeitung_1894-01-06_p1.txt",
    "English OCR": "en_saltlaketribune_1911-09-17_p1.txt",
    "Chinese PDF": "zh_pdfgen_beichenshibao_2023-04-19_T06_pdfminer.txt",
    "scraped post": "000_1737f1c581002fb6.txt",
}
CALLS = ("fix", "split")
#: An lru_cache this large (entries) or larger is kept per text, line or word.
PER_TEXT_CACHE = 1024


def child() -> None:
    """Warm, then each measured call inside ``functools.reduce``."""
    import newsclean

    run = {"fix": newsclean.fix_text, "split": newsclean.split}
    for path in sorted(PAGES.glob("*.txt")):
        text = path.read_text("utf-8")
        for call in CALLS:
            run[call](text)
    # Per-text caches are the large bounded ones; the unbounded and the small ones
    # (``slips._slip_index``) hold what is built once per word list.
    per_text = [
        f
        for f in gc.get_objects()
        if isinstance(f, functools._lru_cache_wrapper)
        and (f.cache_parameters()["maxsize"] or 0) >= PER_TEXT_CACHE
    ]
    for name in MEASURED.values():
        text = (PAGES / name).read_text("utf-8")
        for call in CALLS:
            for f in per_text:
                f.cache_clear()
            functools.reduce(lambda _, __, c=call, t=text: run[c](t), [0], None)


def measure() -> dict[tuple[str, str], int]:
    """Instructions of each (page kind, call), from one callgrind run of ``child``."""
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--collect-atstart=no",
                "--toggle-collect=functools_reduce",
                "--dump-after=functools_reduce",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-m",
                "tools.instructions",
                "--child",
            ],
            cwd=ROOT,
            # One string hash for every run: a set's order then costs the same each time.
            env={**os.environ, "PYTHONHASHSEED": "0"},
            check=True,
            capture_output=True,
        )
        totals = []
        for part in range(1, len(MEASURED) * len(CALLS) + 1):
            found = re.search(r"^totals: (\d+)", Path(f"{out}.{part}").read_text(), re.M)
            if found is None:
                sys.exit(f"no totals in callgrind part {part}")
            totals.append(int(found.group(1)))
    keys = [(kind, call) for kind in MEASURED for call in CALLS]
    return dict(zip(keys, totals, strict=True))


def main() -> int:
    if sys.argv[1:] == ["--child"]:
        child()
        return 0
    counts = measure()
    rows = ["| page kind (file) | fix (M instr.) | split (M instr.) |", "|---|---|---|"]
    for kind, name in MEASURED.items():
        fix, split = (counts[kind, call] / 1e6 for call in CALLS)
        rows.append(f"| {kind} ({name}) | {fix:.1f} | {split:.1f} |")
    table = "\n".join(rows) + "\n"
    OUT.mkdir(exist_ok=True)
    (OUT / "instructions.md").write_text(table, "utf-8")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
