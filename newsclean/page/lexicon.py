"""The word lists line descriptions read: data files in ``newsclean/page/data``.

Each list is read the first time something asks for it, so a Chinese page never reads
the Latin weather words and a one-line ``fix`` reads none. Lists are frozen sets of
entries as written (one a line, ``#`` for comments; :func:`sections` reads a file of
several lists under ``[section]`` headers); :func:`alternation` turns a list
into a regular-expression alternation with the longest entries first, so a shorter
entry never cuts a longer one short.
"""

from __future__ import annotations

import pkgutil
import re
from functools import cache


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt``, in file order."""
    # pkgutil reads it through the package's loader (from disk or a zip file) as
    # importlib.resources would, without importing tempfile and zipfile as that does.
    data = pkgutil.get_data(__name__.rpartition(".")[0], f"data/{name}.txt")
    assert data is not None
    text = data.decode("utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """``data/<name>.txt`` read as lists under ``[section]`` headers: each section's
    entries, by its name (entries before the first header under ``""``)."""
    found: dict[str, list[str]] = {"": []}
    current = found[""]
    for entry in words(name):
        if entry.startswith("[") and entry.endswith("]"):
            current = found.setdefault(entry[1:-1], [])
        else:
            current.append(entry)
    return {key: tuple(entries) for key, entries in found.items()}


@cache
def word_set(name: str) -> frozenset[str]:
    """``words(name)`` as a set, built once: for membership tests on every line."""
    return frozenset(words(name))


@cache
def per_language(stem: str) -> frozenset[str]:
    """``stem.<lang>.txt`` of every listed language (``data/languages.txt``), as one set
    of lower-case words."""
    return frozenset(w.lower() for lang in words("languages") for w in words(f"{stem}.{lang}"))


def alternation(entries: tuple[str, ...]) -> str:
    """A non-capturing alternation of the entries, matched literally, longest first."""
    ordered = sorted(entries, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(e) for e in ordered) + ")"


def capitals_or_capitalised(entries: tuple[str, ...]) -> str:
    """Entries listed in capitals, matched in capitals or capitalised (``TIMES``,
    ``Times``): how a paper's name is printed on its nameplate or in a running head."""
    forms = {f for e in entries for f in (e, e[:1] + e[1:].lower())}
    # Sorted: a set's order changes from run to run, and so did the pattern, which the
    # compiled-pattern cache (``newsclean.regex``) then missed and wrote again every run.
    return alternation(tuple(sorted(forms)))
