"""The ordered chain of passes, and choosing which of them run.

A pass is a small named unit: ``name``, a one-line ``description`` and a function that
repairs a Document in place and counts what it changed. The order is fixed here and
reviewed like code; users choose which passes run, never their order.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsclean.errors import UsageError
from newsclean.model import Document
from newsclean.options import Options

#: The layout passes whose decisions the line model makes under ``engine="model"``:
#: it runs them itself, on a copy of the page, as features (``newsclean.linemodel``).
MODEL_DECIDES = frozenset(("furniture", "reorder", "rejoin"))


@dataclass(frozen=True)
class Pass:
    name: str
    description: str
    apply: Callable[[Document, Options], None]
    #: Passes that cannot be left out: without them there is no text to work on.
    required: bool = False


def registry() -> tuple[Pass, ...]:
    """All passes in the order they run."""
    from newsclean.passes import PASSES

    return PASSES


def pass_names() -> list[str]:
    return [p.name for p in registry()]


def _check_names(names: Iterable[str], option: str) -> list[str]:
    known = pass_names()
    checked = []
    for raw in names:
        name = raw.strip().replace("_", "-")
        if not name:
            continue
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            msg = f"{option}: unknown pass '{name}'{hint} (see `newsclean passes`)"
            raise UsageError(msg)
        checked.append(name)
    return checked


def select(options: Options) -> list[Pass]:
    """The passes that run under ``options``, in registry order."""
    chosen = set(_check_names(options.passes, "--passes")) if options.passes is not None else None
    skipped = set(_check_names(options.skip, "--skip"))
    selected = []
    for p in registry():
        if options.engine == "model" and p.name in MODEL_DECIDES:
            continue
        if p.required:
            if p.name in skipped:
                msg = f"--skip: the '{p.name}' pass cannot be skipped"
                raise UsageError(msg)
            selected.append(p)
        elif (chosen is None or p.name in chosen) and p.name not in skipped:
            selected.append(p)
    return selected


def run(
    doc: Document, options: Options, observe: Callable[[Pass, Document], None] | None = None
) -> Document:
    """Run the selected passes over ``doc``, in order, and return it.

    ``observe`` is called after each pass: the HTML view follows every line through
    the chain that way, instead of running a copy of it.
    """
    doc.explain = options.explain
    for p in select(options):
        p.apply(doc, options)
        if observe is not None:
            observe(p, doc)
    return doc
