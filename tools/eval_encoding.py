#!/usr/bin/env python3
"""Evaluate the mojibake repair: spans restored, and clean text left alone.

(a) Real sentences (Chinese, English with curly quotes, mixed-script) are corrupted
    through every codec pair the repair covers, each embedded between two clean
    sentences on one line, and the library runs over all of them at once. A span counts
    as restored when its line comes back exactly as it was. Where the corruption itself
    lost bytes (a reader turned a dangling byte into U+FFFD), the characters those bytes
    belonged to cannot come back: such spans are counted apart, as restored when every
    other character is right and each lost character is one U+FFFD.
(b) At least 1 MB of clean text goes through the same repair, and every character it
    changes is counted (target: none).

Sources: see fixtures/text/README.md. Run: `make eval-encoding` (or
`python -m tools.eval_encoding [--verbose]` from the repository root).
"""

from __future__ import annotations

import argparse
import codecs
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from newsclean import api
from newsclean.model import Document
from newsclean.options import Options

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
TEXTS = ROOT / "fixtures" / "text"
SEED = 20260401
SPANS_PER_CASE = 250
#: Short spans are drawn until this many corrupt without loss, where that is rare.
WORD_TRIES = 40
CLEAN_TARGET = 1_000_000
ONLY_MOJIBAKE = Options(passes=("mojibake",))


def _sloppy(b: int) -> str:
    """cp1252 as Windows and browsers read it: its five undefined bytes as C1 controls."""
    try:
        return bytes((b,)).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


SLOPPY_1252 = {b: _sloppy(b) for b in range(256)}


class Corruption:
    """Text written with ``written`` and read with ``read``, ``rounds`` times over."""

    def __init__(self, name: str, steps: list[tuple[str, str]]) -> None:
        self.name = name
        self.steps = steps

    def apply(self, text: str) -> tuple[str, str | None]:
        """The mojibake, and what a perfect repair gives back: ``text`` when nothing was
        lost, lost characters as U+FFFD when the first reading lost bytes, and None when
        a later reading did (what is lost then is not one character each)."""
        expected: str | None = text
        for step, (written, read) in enumerate(self.steps):
            raw = text.encode(written)
            lost = _lost_bytes(raw, read)
            if lost:
                expected = _mark_lost(text, written, lost) if step == 0 else None
            text = _read(raw, read)
        return text, expected


def _read(raw: bytes, read: str) -> str:
    if read == "cp1252":
        return "".join(SLOPPY_1252[b] for b in raw)
    return raw.decode(read, errors="replace")


def _lost_bytes(raw: bytes, read: str) -> set[int]:
    """Byte offsets the reader could not read and turned into U+FFFD. (A lone 0x80 read
    by GB18030 can come back, but only when nothing else fits: see ``_restored``.)"""
    if read in ("latin-1", "cp1252"):
        return set()
    lost: set[int] = set()

    def record(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        lost.update(range(exc.start, exc.end))
        return "\ufffd", exc.end

    codecs.register_error("eval-record", record)
    raw.decode(read, errors="eval-record")
    return lost


def _mark_lost(text: str, written: str, lost: set[int]) -> str:
    out = []
    offset = 0
    for ch in text:
        size = len(ch.encode(written))
        out.append("\ufffd" if lost.intersection(range(offset, offset + size)) else ch)
        offset += size
    return "".join(out)


CORRUPTIONS = [
    Corruption("UTF-8 read as GBK", [("utf-8", "gbk")]),
    Corruption("UTF-8 read as GB18030", [("utf-8", "gb18030")]),
    Corruption("UTF-8 read as Big5", [("utf-8", "big5")]),
    Corruption("GBK read as Latin-1", [("gbk", "latin-1")]),
    Corruption("GBK read as cp1252", [("gbk", "cp1252")]),
    Corruption("Big5 read as Latin-1", [("big5", "latin-1")]),
    Corruption("Big5 read as cp1252", [("big5", "cp1252")]),
    Corruption("UTF-8 read as cp1252", [("utf-8", "cp1252")]),
    Corruption("UTF-8 read as Latin-1", [("utf-8", "latin-1")]),
    Corruption("UTF-8 read as GB18030, twice", [("utf-8", "gb18030"), ("utf-8", "gb18030")]),
    Corruption("UTF-8 read as cp1252, twice", [("utf-8", "cp1252"), ("utf-8", "cp1252")]),
    Corruption("GBK read as Latin-1, then UTF-8 read as cp1252", [("gbk", "latin-1"), ("utf-8", "cp1252")]),
    Corruption("Big5 read as cp1252, then UTF-8 read as cp1252", [("big5", "cp1252"), ("utf-8", "cp1252")]),
]

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?[”」』]?")
_ENGLISH_SENTENCE = re.compile(r"[A-Z][^.!?\n]{20,200}[.!?]")


def _convert(text: str, config: str) -> str:
    return api.fix_text(text, options=Options(passes=("convert",), convert=config))


def chinese_texts() -> dict[str, str]:
    """The fixture pages, and their OpenCC conversions."""
    texts = {}
    for path in sorted(PAGES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts[path.name] = text
        configs = ("t2s",) if "_trad_" in path.name else ("s2t", "s2tw", "s2hk", "s2twp")
        for config in configs:
            texts[f"{path.name} ({config})"] = _convert(text, config)
    return texts


def english_text() -> str:
    import pydoc_data.topics

    return "\n\n".join(pydoc_data.topics.topics[k] for k in sorted(pydoc_data.topics.topics))


def typeset(text: str) -> str:
    """Straight quotes and double hyphens as a newspaper prints them."""
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r"(^|[\s(\[])\"", r"\1“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|[\s(\[])'", r"\1‘", text)
    text = text.replace("'", "’")
    return text.replace("--", "—").replace("...", "…")


def mixed_texts() -> dict[str, str]:
    folder = TEXTS / "cpython-cjkencodings"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def sentences(text: str, pattern: re.Pattern[str], keep: Callable[[str], bool]) -> list[str]:
    found = [m.group(0).strip() for m in pattern.finditer(text)]
    return [s for s in found if 4 <= len(s) <= 120 and keep(s)]


def _encodable(codec: str) -> Callable[[str], bool]:
    def keep(s: str) -> bool:
        try:
            s.encode(codec)
        except UnicodeEncodeError:
            return False
        return True

    return keep


def _has_cjk(s: str) -> bool:
    return re.search("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]", s) is not None


def span_sources() -> dict[str, list[str]]:
    chinese = "\n".join(chinese_texts().values())
    english = typeset(english_text())
    mixed = "\n".join(mixed_texts().values())
    chinese_sentences = sentences(chinese, _SENTENCE, lambda s: _has_cjk(s) and "\ufffd" not in s)
    return {
        "Chinese": chinese_sentences,
        # Short spans are the hard case for plausibility, and the only ones that UTF-8
        # read as Big5 leaves whole: Big5 cannot read half of UTF-8's byte pairs.
        "Chinese words": _words(chinese_sentences),
        "English": sentences(english, _ENGLISH_SENTENCE, lambda s: re.search("[‘’“”—…]", s) is not None),
        "mixed": sentences(mixed, _SENTENCE, lambda s: _has_cjk(s) and re.search("[A-Za-z]{2}", s) is not None),
    }


_CJK_RUN = re.compile("[\u3400-\u9fff]{2,}")


def _words(pool: list[str]) -> list[str]:
    """Runs of 2 to 6 hanzi cut from the sentences at a seeded random place."""
    rng = random.Random(SEED + 1)
    words = []
    for sentence in pool:
        for run in _CJK_RUN.findall(sentence):
            size = rng.randint(2, min(6, len(run)))
            start = rng.randint(0, len(run) - size)
            words.append(run[start : start + size])
    return words


def _applies(corruption: Corruption, source: str, sentence: str) -> bool:
    """Only text that the first writer could have written; Latin-1 readings of legacy
    CJK codecs are for CJK text."""
    written = corruption.steps[0][0]
    if not _encodable(written)(sentence):
        return False
    return not (written != "utf-8" and source == "English")


class Totals(NamedTuple):
    ok: int
    total: int
    short_ok: int
    short_total: int
    lossy_ok: int
    lossy_total: int


def evaluate_spans(verbose: bool) -> Totals:
    rng = random.Random(SEED)
    sources = span_sources()
    clean_chinese = sources["Chinese"]
    rows: list[tuple[str, str, str, str]] = []
    for corruption in CORRUPTIONS:
        for source, pool in sources.items():
            usable = [s for s in pool if _applies(corruption, source, s)]
            words = source == "Chinese words"
            size = min(len(usable), SPANS_PER_CASE * (WORD_TRIES if words else 1))
            kept = 0
            for sentence in rng.sample(usable, size):
                bad, expected = corruption.apply(sentence)
                if bad == sentence or expected is None or (words and expected != sentence):
                    continue
                kept += 1
                if kept > SPANS_PER_CASE:
                    break
                before, after = rng.choice(clean_chinese), rng.choice(clean_chinese)
                if not source.startswith("Chinese"):
                    before, after = "", ""
                rows.append(
                    (
                        corruption.name + " / " + source,
                        before + bad + after,
                        before + expected + after,
                        before + sentence + after,
                    )
                )
    doc = api.clean("\n\n".join(r[1] for r in rows), options=ONLY_MOJIBAKE)
    outputs = [block.text() for block in doc.blocks]
    assert len(outputs) == len(rows), "a repair merged or split lines"
    per_case: dict[str, Counter[str]] = {}
    for (case, bad, expected, original), out in zip(rows, outputs, strict=True):
        lossy = expected != original
        kind = ("lossy-" if lossy else "") + ("ok" if _restored(out, expected, original) else "fail")
        per_case.setdefault(case, Counter())[kind] += 1
        if verbose and kind.endswith("fail"):
            print(f"  MISS {case}: {bad!r}\n    got      {out!r}\n    expected {expected!r}")
    totals: Counter[str] = Counter()
    short: Counter[str] = Counter()
    print(f"{'corruption / source':<62} {'spans':>6} {'restored':>9} {'lossy':>6} {'restored':>9}")
    for case, c in per_case.items():
        (short if case.endswith("words") else totals).update(c)
        exact = c["ok"] + c["fail"]
        lossy = c["lossy-ok"] + c["lossy-fail"]
        print(
            f"{case:<62} {exact:>6} {_pct(c['ok'], exact):>9} {lossy:>6} {_pct(c['lossy-ok'], lossy):>9}"
        )
    return Totals(
        totals["ok"],
        totals["ok"] + totals["fail"],
        short["ok"],
        short["ok"] + short["fail"],
        totals["lossy-ok"],
        totals["lossy-ok"] + totals["lossy-fail"],
    )


def _restored(out: str, expected: str, original: str) -> bool:
    """Exactly restored; where bytes were lost, each lost character may come back as
    U+FFFD or, when the rest of the text leaves no doubt, as itself."""
    if out == expected:
        return True
    return len(out) == len(expected) == len(original) and all(
        o == e or (e == "\ufffd" and o == c) for o, e, c in zip(out, expected, original, strict=True)
    )


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "-"


def clean_corpus() -> list[tuple[str, str]]:
    texts = list(chinese_texts().items()) + list(mixed_texts().items())
    english = english_text()
    texts += [("pydoc topics", english), ("pydoc topics, typeset", typeset(english))]
    return texts


def evaluate_clean(verbose: bool) -> tuple[int, int, float]:
    changed = 0
    size = 0
    elapsed = 0.0
    corpus = clean_corpus()
    rounds = 0
    while size < CLEAN_TARGET:
        for name, text in corpus:
            source = Document.from_text(text).text
            start = time.perf_counter()
            doc = api.clean(source, options=ONLY_MOJIBAKE)
            elapsed += time.perf_counter() - start
            out = doc.text
            size += len(source.encode("utf-8"))
            if out != source:
                n = _diff_chars(source, out)
                changed += n
                if verbose and rounds == 0:
                    _show(name, source, out)
        rounds += 1
    return changed, size, elapsed


def _diff_chars(a: str, b: str) -> int:
    import difflib

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal")


def _show(name: str, a: str, b: str) -> None:
    for la, lb in zip(a.split("\n"), b.split("\n"), strict=False):
        if la != lb:
            print(f"  CHANGED in {name}:\n    {la!r}\n    {lb!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}; seed {SEED}\n")
    t = evaluate_spans(args.verbose)
    changed, size, elapsed = evaluate_clean(args.verbose)
    print()
    print(
        f"(a) mojibake spans restored exactly: sentences {t.ok}/{t.total} = {_pct(t.ok, t.total)}"
        " (target >= 99%)"
    )
    print(
        f"    short spans (2-6 hanzi): {t.short_ok}/{t.short_total} ="
        f" {_pct(t.short_ok, t.short_total)}"
    )
    print(
        f"    sentences whose corruption lost bytes, restored but for those: {t.lossy_ok}/"
        f"{t.lossy_total} = {_pct(t.lossy_ok, t.lossy_total)}"
    )
    print(f"(b) characters changed in {size / 1e6:.2f} MB of clean text: {changed} (target 0)")
    print(f"    mojibake pass on clean text: {size / 1e6 / elapsed:.1f} MB/s")
    # Only (b) fails the run: a change to clean text is a bug; (a) is a measurement.
    return 0 if changed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
