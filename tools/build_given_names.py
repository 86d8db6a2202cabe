#!/usr/bin/env python3
"""Build ``newsclean/page/data/given_names.txt``: the given names a closing byline set in
capitals is told by (``segment/closing_byline.py``).

The names come from Faker's person providers (MIT licence, (c) 2012 Daniele Faraglia),
for fr_FR, en_US, de_DE, es_ES and it_IT: lists compiled from public census and registry
first-name tables. Each is folded as the rule matches it (lower case, accents dropped);
names of fewer than three letters and names that are also a language's function or
closed words (``the``, ``la``, ``will``) are left out, since a headline may open on those.

    pip install --target /tmp/faker faker
    PYTHONPATH=/tmp/faker .venv/bin/python tools/build_given_names.py
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from newsclean.segment.closing_byline import fold_name

DATA = Path(__file__).resolve().parents[1] / "newsclean" / "page" / "data"
LOCALES = ("fr_FR", "en_US", "de_DE", "es_ES", "it_IT")
MIN_LETTERS = 3


def listed_words(name: str) -> set[str]:
    """Every entry of a data file, folded, whatever its section."""
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    entries = (line.split("#", 1)[0].strip() for line in lines)
    return {fold_name(e) for e in entries if e and not e.startswith("[")}


def main() -> int:
    excluded = listed_words("function_words") | listed_words("closed_words")
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for name in provider.first_names:
            # a double name (Jean-Pierre) is matched by its parts
            names.update(fold_name(part) for part in name.split("-"))
    kept = sorted(n for n in names if len(n) >= MIN_LETTERS and n.isalpha() and n not in excluded)
    header = [
        "# Given names, folded (lower case, no accents): a capitals line after a finished",
        "# paragraph that opens on one is a closing byline (segment/closing_byline.py).",
        "# Source: Faker's person providers fr_FR, en_US, de_DE, es_ES, it_IT (MIT licence,",
        "# (c) 2012 Daniele Faraglia); built by tools/build_given_names.py.",
    ]
    (DATA / "given_names.txt").write_text("\n".join([*header, *kept]) + "\n", encoding="utf-8")
    print(f"{len(kept)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
