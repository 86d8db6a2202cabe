"""The ordered chain of passes, and choosing which of them run.

A pass is a small module of ``newsclean.passes``: its ``NAME``, a one-line
``DESCRIPTION`` and an ``apply`` that repairs a Document in place and counts what it
changed. The order is fixed here (:data:`PASSES`; why this order: :mod:`newsclean.passes`)
and reviewed like code; users choose which passes run, never their order. A pass's
module is imported when the pass is first run or described: choosing passes, and
checking the names a user gave, import none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType

from newsclean.errors import UsageError, did_you_mean
from newsclean.model import Document
from newsclean.options import Options

#: The layout passes whose decisions the line model makes under ``engine="model"``:
#: it runs them itself, on a copy of the page, as features (``newsclean.linemodel``).
MODEL_DECIDES = frozenset(("furniture", "reorder", "rejoin"))


#: The pass modules imported so far, by pass name.
_IMPORTED: dict[str, ModuleType] = {}


@dataclass(frozen=True)
class Pass:
    #: The pass's name, and its module's under ``newsclean.passes``.
    name: str
    #: Passes that cannot be left out: without them there is no text to work on.
    required: bool = False

    @property
    def module(self) -> ModuleType:
        # Once imported, taken from ``_IMPORTED``: the import machinery costs about 4 us
        # a pass, paid by every document. Not from ``sys.modules``, which holds a module
        # from the start of its import: a thread (a Dask worker's) would get a pass that
        # another thread is still importing, without its ``apply``.
        loaded = _IMPORTED.get(self.name)
        if loaded is None:
            # ``__import__`` rather than ``importlib.import_module``: only an import made
            # this way is reported by ``python -X importtime``, which the benchmark reads.
            # It returns once the module is whole, waiting for another thread's import.
            loaded = __import__(f"newsclean.passes.{self.name}", fromlist=["apply"])
            _IMPORTED[self.name] = loaded
        return loaded

    @property
    def description(self) -> str:
        return str(self.module.DESCRIPTION)

    def apply(self, doc: Document, options: Options) -> None:
        self.module.apply(doc, options)


#: Every pass, in the order it runs.
PASSES: tuple[Pass, ...] = (
    Pass("decode", required=True),
    Pass("frontmatter"),
    Pass("markup"),
    Pass("columns"),
    Pass("mojibake"),
    Pass("replacement"),
    Pass("whitespace"),
    Pass("glyphs"),
    Pass("punctuation"),
    Pass("furniture"),
    Pass("interleave"),
    Pass("reorder"),
    Pass("rejoin"),
    Pass("convert"),
)


def registry() -> tuple[Pass, ...]:
    """All passes in the order they run."""
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
            hint = did_you_mean(name, known)
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
