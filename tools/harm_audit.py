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

``--pools`` audits, instead of a folder, the page generator's text pools
(``tools/pagegen``: real news prose in English, French, German, Simplified and
Traditional Chinese), fed to ``fix`` the ways a user feeds clean text, one kind a
language and shape (``pools-en/article`` ...):

* **article**: one article a document, its paragraphs one a line, a blank line between;
* **scrape**: one article as a web scrape gives it: a title line, a byline line, then
  its paragraphs one a line with no blank line between (``fix`` is to keep every line);
* **stream**: the whole pool as one document, articles one after another, each a
  title and its paragraphs, blank lines between;
* **wrapped**: one article a document, its paragraphs hard-wrapped as a plain-text
  file sets them (Latin at 48 characters, CJK cut every 24 full-width characters, as
  a column cuts it, numbers included), a blank line between: ``fix`` is to give each paragraph
  on one line.

``--scripts`` audits the clean corpus's prose in every script it holds (the one-line
paragraphs of ``scripts/`` and ``news-*/``: Greek, Cyrillic, Arabic, Hebrew,
Devanagari, Bengali, Tamil, Thai, Georgian, Amharic, Korean, CJK…), hard-wrapped at 32,
48 and 64 half-em cells (``scripts-48/wrapped/…``): ``fix`` is to give each paragraph
on one line (``tests/test_clean_scripts_wrapped.py`` names what is left).

``--peers`` audits the clean side of other projects' test data (``tests/peers``, each
with its licence): the repaired text of every ftfy case (``peers-ftfy/<file>``), every
input and every expected conversion of OpenCC's cases (``peers-opencc/<config>``), and
what unstructured's cleaners give (``peers-unstructured/expected``); each text is a
document of its own, and ``fix`` is to leave it as it is
(``tests/test_harm_peers.py`` names what it changes, and why).

``--pages [SET ...]`` audits damaged pages instead: the words the gold keeps in an
article that ``fix`` deletes outright, or takes out into the furniture, by set and pass
(:mod:`tools.page_harm`).

Only the training side of each pool is read: the held-back articles are the untouched
pages' text (``pools.held_back``), and measuring on them would tune to those pages.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import json
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
PEERS = ROOT / "tests" / "peers"


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
#: apart by a blank line): ``fix`` is to give each paragraph on one line. (The pools'
#: wrapped shape, ``pools-LANG/wrapped``, is one too.)
WRAPPED_KINDS = ("wrapped",)
#: A line that ends in a hyphen after a letter: wrapped at a compound's hyphen.
_AT_HYPHEN = re.compile(r"(?<=\w-)\n")
#: CJK text (a wide letter or mark): a column breaks it anywhere, inside numbers and
#: Latin words too, and sets no space at the break. Not Korean: it sets spaces between
#: its words, and a plain-text file wraps it at them, as Latin.
_WIDE = re.compile(r"[\u2e80-\u9fff\uff00-\uff60]")


def _wrapped(name: str) -> bool:
    kind = name.rsplit("/", 1)[0]
    return kind.split("/")[0] in WRAPPED_KINDS or kind.endswith("/wrapped")


def expected(name: str, text: str) -> str:
    """What ``fix`` should give for the document ``name`` (``kind/file.txt``): the text
    as it is, or, in a wrapped kind, each block's lines joined (with no space after a
    hyphen the wrapping broke at, nor anywhere in a block of CJK text)."""
    if not _wrapped(name):
        return text
    blocks = text.strip("\n").split("\n\n")
    joined = (
        b.replace("\n", "") if _WIDE.search(b) else _AT_HYPHEN.sub("", b).replace("\n", " ")
        for b in blocks
    )
    return "\n\n".join(joined) + "\n"


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


def folder_documents(folder: Path) -> dict[str, str]:
    """The clean corpus below ``folder``: ``kind/file.txt`` to its text."""
    return {
        f"{path.parent.relative_to(folder).as_posix()}/{path.name}": path.read_text(
            encoding="utf-8"
        )
        for path in sorted(folder.rglob("*.txt"))
    }


PAGEGEN = ROOT / "tools" / "pagegen"
#: How a scrape credits its writer, in each pool's language.
BYLINES = {
    "en": "By {}",
    "fr": "Par {}",
    "de": "Von {}",
    "zh": "记者 {}",
    "zh_trad": "記者 {}",
}
POOL_SHAPES = ("article", "scrape", "stream", "wrapped")
#: The wrapped shape's measure, in half-em cells: a plain-text file's Latin line of 48
#: characters, and a CJK column of 24 full-width characters (a digit or Latin letter
#: takes half of one; broken anywhere, as a column breaks CJK text).
MEASURE = 48


def _pools() -> Any:
    """The page generator's ``pools`` module. It imports its text modules by bare name
    when a pool is first read, so its folder stays on the path (last: it shadows nothing)."""
    if str(PAGEGEN) not in sys.path:
        sys.path.append(str(PAGEGEN))
    import pools  # type: ignore[import-not-found]

    return pools


def _pool_articles(lang: str) -> list[tuple[str, str, list[str]]]:
    """(id, title, paragraphs) of the training side of a pool; Traditional Chinese is
    the Chinese pool through OpenCC's s2t, as the generator makes it."""
    pools = _pools()
    script = "s2t" if lang == "zh_trad" else ""
    out = []
    for key, art in pools.pool(lang, False):
        text = pools.article_text(lang, art, script)
        out.append((key, text["title"], text["paragraphs"]))
    return out


def pool_documents(
    langs: tuple[str, ...] = tuple(BYLINES),
    shapes: tuple[str, ...] = POOL_SHAPES,
    per_pool: int | None = None,
) -> dict[str, str]:
    """The pools as clean documents, ``pools-LANG/SHAPE/ID.txt`` to its text: the first
    ``per_pool`` articles of each pool (all if None) in each shape."""
    docs: dict[str, str] = {}
    for lang in langs:
        articles = _pool_articles(lang)[:per_pool]
        names = (BYLINES[lang].format(n) for n in _names(lang))
        for key, title, paras in articles:
            if "article" in shapes:
                docs[f"pools-{lang}/article/{key}.txt"] = "\n\n".join(paras) + "\n"
            if "scrape" in shapes:
                lines = [title, next(names), *paras]
                docs[f"pools-{lang}/scrape/{key}.txt"] = "\n".join(lines) + "\n"
            if "wrapped" in shapes:
                wrapped = [_wrap(p, lang.startswith("zh")) for p in paras]
                docs[f"pools-{lang}/wrapped/{key}.txt"] = "\n\n".join(wrapped) + "\n"
        if "stream" in shapes:
            blocks = ["\n\n".join([title, *paras]) for _, title, paras in articles]
            docs[f"pools-{lang}/stream/all.txt"] = "\n\n".join(blocks) + "\n"
    return docs


#: The kinds of the clean corpus whose prose ``--scripts`` wraps: the scripts' texts and
#: the news, paragraphs one a line (the folders are globs).
SCRIPT_KINDS = ("scripts", "news-*")
#: The measures it wraps them to, in half-em cells: a narrow column's, a plain-text
#: file's, a wide one's.
SCRIPT_MEASURES = (32, 48, 64)


def script_documents(measures: tuple[int, ...] = SCRIPT_MEASURES) -> dict[str, str]:
    """The clean corpus's prose in every script it holds (Greek, Cyrillic, Arabic,
    Hebrew, Devanagari, Bengali, Tamil, Thai, Georgian, Armenian, Amharic, CJK…), its
    paragraphs hard-wrapped at each measure, ``scripts-32/wrapped/KIND-FILE.txt``:
    ``fix`` is to give each paragraph on one line. A paragraph is a block of one line;
    a document's other blocks (labels, lists, dialogue) are left out."""
    docs: dict[str, str] = {}
    for pattern in SCRIPT_KINDS:
        for path in sorted(CORPUS.glob(f"{pattern}/*.txt")):
            blocks = path.read_text(encoding="utf-8").strip("\n").split("\n\n")
            paras = [b.strip() for b in blocks if b.strip() and "\n" not in b.strip()]
            if not paras:
                continue
            for measure in measures:
                wrapped = [_wrap(p, _WIDE.search(p) is not None, measure) for p in paras]
                name = f"scripts-{measure}/wrapped/{path.parent.name}-{path.name}"
                docs[name] = "\n\n".join(wrapped) + "\n"
    return docs


def _wrap(paragraph: str, cjk: bool, cells: int = MEASURE) -> str:
    """``paragraph`` hard-wrapped to ``cells``: Latin-like text at spaces (a word longer
    than the measure on a line of its own), CJK text anywhere. Combining marks (an Indic
    vowel sign, Arabic harakat) take no cell, as an editor or a terminal sets them."""
    if not cjk:
        return _wrap_words(paragraph, cells)
    measure = cells
    lines, line, cells = [], "", 0
    for ch in paragraph:
        width = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if cells + width > measure:
            lines.append(line)
            line, cells = "", 0
        line, cells = line + ch, cells + width
    return "\n".join([*lines, line])


def _wrap_words(paragraph: str, measure: int) -> str:
    lines: list[str] = []
    for word in paragraph.split():
        if lines and _cells(lines[-1]) + 1 + _cells(word) <= measure:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _cells(line: str) -> int:
    """Cells as a terminal sets them: wide characters (Hangul) two, combining marks none."""
    return sum(
        0 if unicodedata.category(ch)[0] == "M" else 1 + (unicodedata.east_asian_width(ch) in "WF")
        for ch in line
    )


def peer_documents() -> dict[str, str]:
    """The clean texts of the peers' test data (see the module docstring), as
    ``peers-PEER/KIND/NNNN.txt``; a text met twice in one kind is audited once."""
    kinds: dict[str, list[str]] = {}
    for path in sorted((PEERS / "ftfy").glob("*.json")):
        cases = json.loads(path.read_text(encoding="utf-8"))
        kinds[f"peers-ftfy/{path.stem}"] = [case["fixed"] for case in cases]
    opencc = (PEERS / "opencc" / "testcases.json").read_text(encoding="utf-8")
    # OpenCC's reader takes trailing commas; the standard library's does not.
    for case in json.loads(re.sub(r",(\s*[}\]])", r"\1", opencc))["cases"]:
        kinds.setdefault("peers-opencc/input", []).append(case["input"])
        for config, converted in case["expected"].items():
            kinds.setdefault(f"peers-opencc/{config}", []).append(converted)
    unstructured = (PEERS / "unstructured" / "test_core_cases.json").read_text(encoding="utf-8")
    for case in json.loads(unstructured)["cases"]:
        expected = case.get("expected")
        if isinstance(expected, list):
            expected = "\n\n".join(paragraph.strip() for paragraph in expected)
        if isinstance(expected, str) and expected.strip():
            kinds.setdefault("peers-unstructured/expected", []).append(expected)
    docs: dict[str, str] = {}
    for kind, texts in kinds.items():
        for n, text in enumerate(dict.fromkeys(t.strip("\n") for t in texts if t.strip())):
            docs[f"{kind}/{n:04d}.txt"] = text + "\n"
    return docs


def _names(lang: str) -> itertools.cycle[str]:
    return itertools.cycle(_pools().NAMES["zh" if lang == "zh_trad" else lang])


def run(documents: dict[str, str]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for name, text in documents.items():
        kind = name.rsplit("/", 1)[0]
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


def diffs(tallies: dict[str, Tally], documents: dict[str, str]) -> str:
    out = []
    for _, t in sorted(tallies.items()):
        for harm in t.harms:
            if not harm.changed and not harm.split_out:
                continue
            text = expected(harm.name, documents[harm.name])
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
    argv = sys.argv[1:] if argv is None else argv
    if "--pages" in argv:
        from tools import page_harm

        return page_harm.main([a for a in argv if a != "--pages"])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--diffs", action="store_true", help="show every changed document")
    parser.add_argument(
        "--pools", action="store_true", help="audit the page generator's text pools instead"
    )
    parser.add_argument(
        "--scripts",
        action="store_true",
        help="audit the clean corpus's prose in every script, hard-wrapped, instead",
    )
    parser.add_argument(
        "--peers",
        action="store_true",
        help="audit the clean side of the peers' test data (ftfy, OpenCC, unstructured)",
    )
    args = parser.parse_args(argv)
    if args.pools:
        documents = pool_documents()
    elif args.peers:
        documents = peer_documents()
    elif args.scripts:
        documents = script_documents()
    else:
        documents = folder_documents(args.folder)
    tallies = run(documents)
    print(table(tallies))
    if args.diffs:
        print(diffs(tallies, documents))
    lost = sum(t.lost + t.split_lost for t in tallies.values())
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
