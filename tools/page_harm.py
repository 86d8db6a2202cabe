"""Page harm audit: text the gold keeps in an article that ``fix`` deletes outright.

``python -m tools.harm_audit --pages [SET ...]`` (or ``python -m tools.page_harm``) runs
``fix`` over every page of the readable sets that have gold and counts the **deleted
words**: a word the gold keeps in an article (headline, kicker, subtitle, decks,
byline, dateline, paragraph, subhead, caption, signature …) that is in the raw page but
in neither ``fix``'s text nor its furniture nor its metadata. On damaged pages passes
delete on purpose (noise lines, OCR debris, duplicated lines); this is what they took
that a reader needs.

A Latin word is a run of three or more letters; CJK text has no spaces between words,
so each three-character window of a CJK run counts as a word (a deleted line of 20
hanzi counts 18). Words are compared after NFKC and case folding, and counted with
their number: a word the gold keeps twice and ``fix`` once is one deleted word. A gold
word the input lacks (a hand correction of the OCR, a word rejoined over a hyphen) is
no deletion.

Each deleted word is put on the pass that took it (:mod:`newsclean.view.trace`): the
pass that removed a raw line holding it, or the first pass whose step on such a line
(or on the paragraph it was joined into) had the word before and not after;
``unplaced`` where the trace cannot tell. The table gives counts by set and pass;
``--examples N`` prints N deleted words a pass with the raw line they stood on.

The sets are read from the project's working tree and the shared folders beside it;
the untouched sets are never read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclean import api
from newsclean.emit import render_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared")
PAGEGEN = Path("/work/cache/pagegen")
#: The readable sets with gold: name, gold folder, raw folder.
SETS: dict[str, tuple[Path, Path]] = {
    "seeds": (SHARED / "gold", SHARED / "seeds"),
    "dev": (SHARED / "dev" / "gold", SHARED / "dev" / "raw"),
    "fixtures": (ROOT / "fixtures" / "gold", ROOT / "fixtures" / "pages"),
    **{
        name: (ROOT / "fixtures" / name / "gold", ROOT / "fixtures" / name / "raw")
        for name in ("heldout", "heldout-latin", "heldout-latin-fresh", "real-train")
    },
    "pagegen-train": (PAGEGEN / "train" / "gold", PAGEGEN / "train" / "raw"),
    "pagegen-historic": (PAGEGEN / "historic" / "gold", PAGEGEN / "historic" / "raw"),
}
#: Article fields that are no text of the page.
NOT_TEXT = frozenset({"kind", "note"})

_LATIN_WORD = re.compile(r"[^\W\d_]{3,}")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]+")


def words(text: str) -> Counter[str]:
    """The words of ``text``: Latin runs of three letters or more, CJK trigrams."""
    text = unicodedata.normalize("NFKC", text).casefold()
    found: Counter[str] = Counter()
    for run in _CJK_RUN.findall(text):
        found.update(run[i : i + 3] for i in range(len(run) - 2))
    found.update(w for w in _LATIN_WORD.findall(_CJK_RUN.sub(" ", text)))
    return found


def gold_text(value: Any) -> Iterator[str]:
    """Every string an article of the gold holds, at any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from gold_text(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_TEXT:
                yield from gold_text(item)


@dataclass
class Fate:
    """What ``fix`` did with the gold's article words of one page that left its text."""

    #: In neither text, furniture nor metadata: ``{pass: [(word, raw line)]}``.
    deleted: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: Taken out into the furniture: ``{pass/kind: [(word, furniture line)]}``.
    to_furniture: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: Run into a longer word with the one beside it (``horse`` / ``flesh``).
    joined: list[tuple[str, str]] = field(default_factory=list)


def fate(gold: dict[str, Any], raw: bytes) -> Fate:
    """Where the gold's article words that are in ``raw`` but not in ``fix``'s text went."""
    doc = api.clean(raw)
    text = render_text(doc)
    source = words(raw.decode("utf-8", "replace"))
    wanted: Counter[str] = Counter()
    for article in gold.get("articles", []):
        wanted.update(words("\n".join(gold_text(article))))
    in_text = words(text)
    missing = +Counter({w: min(n, source[w]) - in_text[w] for w, n in wanted.items()})
    found = Fate()
    for record in doc.furniture:
        here = words(record.text)
        for word in list(missing):
            moved = min(missing[word], here[word])
            if moved:
                where = found.to_furniture.setdefault(f"{record.pass_name}/{record.kind}", [])
                where += [(word, record.text)] * moved
                missing[word] -= moved
    missing -= words("\n".join(map(str, doc.metadata.values())))
    missing = +missing
    glued = _joins(raw.decode("utf-8", "replace"), text)
    for word in [w for w in missing if w in glued]:
        found.joined += [(word, "")] * missing.pop(word)
    if missing:
        found.deleted = blame(raw, missing)
    return found


def _joins(source: str, text: str) -> set[str]:
    """Words of the input that ``fix``'s ``text`` holds run into another word of the
    input (``horse`` / ``flesh`` as ``horseflesh``, ``mecklenburg-`` / ``vorpommerischen``
    as ``mecklenburgvorpommerischen``, however far apart the columns set them): rejoin's
    reading of a break, no text gone. A CJK trigram is kept wherever it stands in the
    text, spaces aside."""
    source, text = (unicodedata.normalize("NFKC", t).casefold() for t in (source, text))
    tokens = re.findall(r"[^\W_]+", source)
    given, made = set(tokens), Counter(re.findall(r"[^\W_]+", text))
    ink = "".join(text.split())
    found = {w for w in words(source) if _CJK_RUN.fullmatch(w) and w in ink}
    for a, b in itertools.pairwise(tokens):
        if made[a + b]:
            found |= {a, b}
    for token in set(made) - given:
        for cut in range(1, len(token)):
            if token[:cut] in given and token[cut:] in given:
                found |= {token[:cut], token[cut:]}
    return found


def blame(raw: bytes, gone: Counter[str]) -> dict[str, list[tuple[str, str]]]:
    """The pass that deleted each word of ``gone``: ``{pass: [(word, raw line)]}``."""
    from newsclean.view.trace import trace

    view = trace(raw)
    found: dict[str, list[tuple[str, str]]] = {}
    for word, count in gone.items():
        culprit, where = "unplaced", ""
        for line in view.lines:
            if not words(line.text)[word]:
                continue
            steps = list(line.steps)
            if line.unit is not None:
                steps += view.units[line.unit].steps
            by = line.removed_by or _first_taking(word, steps)
            if by is not None:
                culprit, where = by, line.text
                break
            where = where or line.text
        found.setdefault(culprit, []).extend([(word, where.strip())] * count)
    return found


def _first_taking(word: str, steps: list[Any]) -> str | None:
    for step in steps:
        if words(step.before)[word] > words(step.after)[word]:
            return str(step.pass_name)
    return None


@dataclass
class Tally:
    """One set's gold article words out of ``fix``'s text: deleted by pass, moved to the
    furniture by pass and kind, joined into longer words."""

    pages: int = 0
    words: int = 0
    deleted: Counter[str] = field(default_factory=Counter)
    to_furniture: Counter[str] = field(default_factory=Counter)
    joined: int = 0
    examples: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    def add(self, page: str, found: Fate) -> None:
        for label, kept, by in (
            ("deleted", self.deleted, found.deleted),
            ("to furniture", self.to_furniture, found.to_furniture),
        ):
            for culprit, lost in by.items():
                kept[culprit] += len(lost)
                shown = self.examples.setdefault(f"{label} by {culprit}", [])
                shown += [(page, w, line) for w, line in lost]
        self.joined += len(found.joined)


def audit_set(gold_dir: Path, raw_dir: Path, *, every: int = 1) -> Tally:
    """Every ``every``-th page of one set with gold (in name order)."""
    tally = Tally()
    for path in sorted(gold_dir.glob("*.json"))[::every]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw_path = raw_dir / gold.get("source", path.with_suffix(".txt").name)
        if not raw_path.is_file():
            continue
        tally.pages += 1
        tally.words += sum(words("\n".join(gold_text(gold.get("articles", [])))).values())
        tally.add(raw_path.name, fate(gold, raw_path.read_bytes()))
    return tally


def table(tallies: dict[str, Tally], counts: str) -> str:
    """One row a set: ``counts`` is ``deleted`` or ``to_furniture``, one column a pass."""
    columns = sorted({p for t in tallies.values() for p in getattr(t, counts)})
    rows = [
        "| set | pages | gold words | joined | to furniture | deleted |"
        + "".join(f" {c} |" for c in columns),
        "|---|---:|---:|---:|---:|---:|" + "---:|" * len(columns),
    ]
    for name, t in tallies.items():
        by = getattr(t, counts)
        cells = "".join(f" {by[p]} |" for p in columns)
        rows.append(
            f"| {name} | {t.pages} | {t.words} | {t.joined} | {t.to_furniture.total()} "
            f"| {t.deleted.total()} |{cells}"
        )
    return "\n".join(rows)


def examples(tallies: dict[str, Tally], count: int) -> str:
    out: list[str] = []
    for name, t in tallies.items():
        for culprit, shown in sorted(t.examples.items()):
            out.append(f"== {name} / {culprit}: {len(shown)}")
            out += [f"   {page}: {w!r} in {line[:100]!r}" for page, w, line in shown[:count]]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="sets to audit (default: all): " + ", ".join(SETS))
    parser.add_argument(
        "--every", type=int, default=1, help="the generated sets: every N-th page only"
    )
    parser.add_argument("--examples", type=int, default=0, help="deleted words shown a pass")
    args = parser.parse_args(argv)
    unknown = set(args.sets) - set(SETS)
    if unknown:
        parser.error(f"no such set: {', '.join(sorted(unknown))}")
    tallies: dict[str, Tally] = {}
    for name in args.sets or list(SETS):
        every = args.every if name.startswith("pagegen") else 1
        tallies[name] = audit_set(*SETS[name], every=every)
        print(f"{name}: {tallies[name].deleted.total()} deleted", file=sys.stderr)
    print("Deleted outright, by pass:")
    print(table(tallies, "deleted"))
    print("\nTaken out into the furniture, by pass and kind:")
    print(table(tallies, "to_furniture"))
    if args.examples:
        print(examples(tallies, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
