"""Harm audit: what ``fix`` and ``split`` do to text that has no defect.

``python -m tools.harm_audit [FOLDER] [--diffs]`` runs every ``*.txt`` below FOLDER
(default ``tests/clean``: clean documents, one folder a kind, sources in its
``SOURCES.md``) through ``newsclean.api`` and prints, per kind:

* **changed**: documents whose ``fix`` output differs from the input at all (line ends
  and a final newline aside; in a hard-wrapped kind, ``wrapped/``, from its paragraphs
  each on one line);
* **lost**: characters of the input that are in neither the output nor the furniture;
* **to furniture**: characters taken out of the text into the furniture (clean text has
  no page furniture, so these are harms too, only recoverable ones);
* **changed chars**: characters of the input that came out as other characters;
* **normalised**: characters changed or dropped as ``fix`` documents (fullwidth letters
  and digits to ASCII, halfwidth punctuation in Chinese to fullwidth, ligatures: the
  same under NFKC; soft hyphens and zero-width spaces dropped);
* **split lost**: characters of ``fix``'s output (and furniture) that ``split`` puts in
  no article, furniture line or metadata value;
* **split out**: characters of ``fix``'s text that ``split`` puts in no article (in its
  furniture or metadata: a date line, a forecast, a page-head box).

Spaces are left out of every count: ``fix`` is defined to rejoin lines and to normalise
spaces. ``--diffs`` shows every changed document, layout changes included. The exit
status is 1 if any character was lost by ``fix`` or ``split``.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclean import api
from newsclean.emit import render_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "clean"


def _ink(text: str) -> str:
    return "".join(text.split())


#: What ``fix`` drops from clean text by design: soft hyphens, zero-width spaces.
DROPPED = frozenset("\u00ad\u200b")


def _normalised(before: str, after: str) -> bool:
    return unicodedata.normalize("NFKC", before) == unicodedata.normalize("NFKC", after)


@dataclass
class Harm:
    """What ``fix`` and ``split`` did to one clean document."""

    name: str
    changed: bool
    lost: str
    to_furniture: str
    replaced: list[tuple[str, str]]
    normalised: int
    split_lost: str
    split_out: str
    output: str

    @property
    def harmed(self) -> bool:
        return bool(self.lost or self.to_furniture or self.replaced or self.split_lost)


def _articles(result: dict[str, Any]) -> Counter[str]:
    """Every character ``split`` put in an article."""
    parts: list[str] = []
    for article in result["articles"]:
        parts.append(article["text"])
        parts += [article[k] or "" for k in ("headline", "kicker", "subtitle", "byline")]
    return Counter(_ink("".join(parts)))


def _split_pool(result: dict[str, Any]) -> Counter[str]:
    """Every character ``split`` kept somewhere: articles, furniture, metadata."""
    parts = list(result["furniture"]) + [str(v) for v in result["metadata"].values()]
    return _articles(result) + Counter(_ink("".join(parts)))


#: Kinds whose documents are hard-wrapped (a paragraph over several lines, blocks
#: apart by a blank line): ``fix`` is to give each paragraph on one line.
WRAPPED_KINDS = ("wrapped",)
#: A line that ends in a hyphen after a letter: wrapped at a compound's hyphen.
_AT_HYPHEN = re.compile(r"(?<=\w-)\n")


def expected(name: str, text: str) -> str:
    """What ``fix`` should give for the document ``name`` (``kind/file.txt``): the text
    as it is, or, in a wrapped kind, each block's lines joined (with no space after a
    hyphen the wrapping broke at)."""
    if name.split("/")[0] not in WRAPPED_KINDS:
        return text
    blocks = text.strip("\n").split("\n\n")
    return "\n\n".join(_AT_HYPHEN.sub("", b).replace("\n", " ") for b in blocks) + "\n"


def audit(name: str, text: str) -> Harm:
    """Run ``fix`` and ``split`` over ``text`` (the document ``name``, ``kind/file.txt``)
    and align what came out with it."""
    doc = api.clean(text)
    output = render_text(doc)
    furniture = _ink("".join(f.text for f in doc.furniture))
    before, after = _ink(text), _ink(output)
    lost: list[str] = []
    to_furniture: list[str] = []
    replaced: list[tuple[str, str]] = []
    normalised = 0
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "delete":
            gone = before[i1:i2]
            normalised += sum(c in DROPPED for c in gone)
            gone = "".join(c for c in gone if c not in DROPPED)
            if gone:
                (to_furniture if gone in furniture else lost).append(gone)
        elif op == "replace" and _normalised(before[i1:i2], after[j1:j2]):
            normalised += i2 - i1
        elif op == "replace":
            replaced.append((before[i1:i2], after[j1:j2]))
    result = api.split(text)
    pool = _split_pool(result)
    # (Header lines that ``fix`` keeps are in both its output and its furniture.)
    kept = Counter(after) | Counter(furniture)
    split_lost = "".join(sorted((kept - pool).elements()))
    split_out = "".join(sorted((Counter(after) - _articles(result)).elements()))
    return Harm(
        name=name,
        changed=output.rstrip("\n") != expected(name, text).rstrip("\n"),
        lost="".join(lost),
        to_furniture="".join(to_furniture),
        replaced=replaced,
        normalised=normalised,
        split_lost=split_lost,
        split_out=split_out,
        output=output,
    )


@dataclass
class Tally:
    docs: int = 0
    changed: int = 0
    chars: int = 0
    lost: int = 0
    to_furniture: int = 0
    replaced: int = 0
    normalised: int = 0
    split_lost: int = 0
    split_out: int = 0
    harms: list[Harm] = field(default_factory=list)

    def add(self, harm: Harm, size: int) -> None:
        self.docs += 1
        self.chars += size
        self.changed += harm.changed
        self.lost += len(harm.lost)
        self.to_furniture += len(harm.to_furniture)
        self.replaced += sum(len(a) for a, _ in harm.replaced)
        self.normalised += harm.normalised
        self.split_lost += len(harm.split_lost)
        self.split_out += len(harm.split_out)
        self.harms.append(harm)


def run(folder: Path) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for path in sorted(folder.rglob("*.txt")):
        kind = path.parent.relative_to(folder).as_posix()
        text = path.read_text(encoding="utf-8")
        name = f"{kind}/{path.name}"
        tallies.setdefault(kind, Tally()).add(audit(name, text), len(_ink(text)))
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    rows = [
        "| kind | docs | chars | changed | lost | to furniture | changed chars | normalised "
        "| split lost | split out |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total = Tally()
    for kind, t in sorted(tallies.items()):
        rows.append(
            f"| {kind} | {t.docs} | {t.chars} | {t.changed} | {t.lost} | {t.to_furniture} "
            f"| {t.replaced} | {t.normalised} | {t.split_lost} | {t.split_out} |"
        )
        for harm in t.harms:
            total.add(harm, 0)
        total.chars += t.chars
    rows.append(
        f"| all | {total.docs} | {total.chars} | {total.changed} | {total.lost} "
        f"| {total.to_furniture} | {total.replaced} | {total.normalised} | {total.split_lost} "
        f"| {total.split_out} |"
    )
    return "\n".join(rows)


def diffs(tallies: dict[str, Tally], folder: Path) -> str:
    out = []
    for _, t in sorted(tallies.items()):
        for harm in t.harms:
            if not harm.changed and not harm.split_out:
                continue
            text = expected(harm.name, (folder / harm.name).read_text(encoding="utf-8"))
            out.append(f"== {harm.name}")
            if harm.lost:
                out.append(f"   lost: {harm.lost!r}")
            if harm.to_furniture:
                out.append(f"   to furniture: {harm.to_furniture!r}")
            for a, b in harm.replaced:
                out.append(f"   changed: {a!r} -> {b!r}")
            if harm.split_lost:
                out.append(f"   split lost: {harm.split_lost!r}")
            if harm.split_out:
                out.append(f"   split out of articles: {harm.split_out!r}")
            out += difflib.unified_diff(
                text.rstrip("\n").splitlines(),
                harm.output.rstrip("\n").splitlines(),
                lineterm="",
                n=0,
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--diffs", action="store_true", help="show every changed document")
    args = parser.parse_args(argv)
    tallies = run(args.folder)
    print(table(tallies))
    if args.diffs:
        print(diffs(tallies, args.folder))
    lost = sum(t.lost + t.split_lost for t in tallies.values())
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
