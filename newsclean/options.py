"""Options of a run: every CLI flag that changes the result is a keyword here too.

Every field is checked when an Options is made: a bad value raises :class:`OptionError`
(a ValueError) naming the field and the values it takes, in the library's words.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from newsclean.errors import UsageError, closest, did_you_mean

ReplacementPolicy = Literal["keep", "drop"]
#: What a forced ``encoding`` does with bytes it cannot read: ``strict`` refuses the
#: input (an InputError, ``cannot decode as gbk``); ``replace`` reads each as U+FFFD.
EncodingErrors = Literal["strict", "replace"]
#: What ``fix`` takes out of the text. ``header``: every furniture line but the page
#: header (masthead, date, page label, running head, imprint), which stays where it was
#: printed, repaired; ``strip``: all of it; ``keep``: nothing. Every furniture line is
#: listed either way, and ``split`` leaves all of them out of the articles.
FurniturePolicy = Literal["header", "strip", "keep"]
Engine = Literal["rules", "model"]


class OptionError(UsageError, ValueError):
    """An Options field given a value it does not take."""

    def __init__(self, keyword: str, problem: str) -> None:
        super().__init__(f"{keyword}: {problem}")
        self.keyword = keyword
        self.problem = problem


@dataclass(frozen=True)
class Options:
    """How the passes behave. Defaults are what ``newsclean fix`` does with no flags.

    Raises :class:`OptionError` (a ValueError) for a value a field does not take:
    ``Options(replacement="dorp")``, ``Options(skip="punctuation")`` (a string where a
    list of pass names belongs), an unknown pass, codec or OpenCC configuration, a
    pattern that is not a regular expression, a ``max_headline`` that is not a whole
    number above 0.
    """

    #: A U+FFFD that stands for a lost character: keep it (and count it) or drop it.
    replacement: ReplacementPolicy = "keep"
    furniture: FurniturePolicy = "header"
    #: An OpenCC configuration name (``t2s``, ``s2twp``...), or None for no conversion.
    convert: str | None = None
    #: Keep the long s (``ſ``) of old type as printed (a letter, as ftfy and historic
    #: corpora keep it), or write it as ``s`` for search.
    keep_long_s: bool = True
    #: Decode with this codec instead of detecting one.
    encoding: str | None = None
    #: What the forced ``encoding`` does with a byte it cannot read.
    encoding_errors: EncodingErrors = "strict"
    #: Keep examples of each change for ``--explain``.
    explain: bool = False
    #: Pass names to run (None: all), and pass names to leave out.
    passes: tuple[str, ...] | None = None
    skip: tuple[str, ...] = field(default_factory=tuple)
    #: A paper's own furniture lines, as regular expressions searched in each line:
    #: what the general forms in ``page/forms.py`` and ``page/printed.py`` cannot know
    #: (a column's name, a regular slogan). Matching lines are furniture of kind
    #: ``configured``.
    furniture_patterns: tuple[str, ...] = ()
    #: A paper's own byline forms, as regular expressions searched in each line, on top
    #: of the general forms in ``page/credits.py``. A byline stays on its own line and
    #: opens or closes an article.
    byline_patterns: tuple[str, ...] = ()
    #: The longest line that can be a headline, kicker, subtitle or subhead, in
    #: characters; None keeps segmentation's own limit (``segment.MAX_HEADING``).
    max_headline: int | None = None
    #: Who decides a page's layout in ``split``: today's ``rules`` (the furniture,
    #: reorder and rejoin passes, then ``segment``), or the trained line ``model``
    #: (``newsclean.linemodel``), which reads those rules' decisions as features. Under
    #: ``model`` the pipeline leaves those passes out: the model runs them itself.
    engine: Engine = "rules"
    #: A line model file to use instead of the one shipped in the package.
    line_model: str | None = None
    #: rejoin's paragraph boundary overruled by a learnt model where it is sure
    #: (``newsclean.linemodel.joins``). Off by default: it lifts generated pages but
    #: lowered both untouched hand sets (docs/model.md, "The join model").
    learnt_joins: bool = False

    def chooses(self, pass_name: str) -> bool:
        """Whether ``passes`` and ``skip`` leave the pass ``pass_name`` in: a pass that does
        another's repair on text it made itself asks first."""
        return pass_name not in self.skip and (self.passes is None or pass_name in self.passes)

    def __post_init__(self) -> None:
        _choice("replacement", self.replacement, ("keep", "drop"))
        _choice("furniture", self.furniture, ("header", "strip", "keep"))
        _choice("encoding_errors", self.encoding_errors, ("strict", "replace"))
        _choice("engine", self.engine, ("rules", "model"))
        if self.line_model is not None:
            _string("line_model", self.line_model)
        for name in ("explain", "keep_long_s", "learnt_joins"):
            if not isinstance(getattr(self, name), bool):
                raise OptionError(name, f"expected True or False, not {getattr(self, name)!r}")
        if self.convert is not None:
            from newsclean.passes.convert import CONFIGS

            config = _string("convert", self.convert).strip().lower().removesuffix(".json")
            _choice("convert", config, CONFIGS)
        if self.encoding is not None:
            _codec(_string("encoding", self.encoding))
        if self.passes is not None:
            object.__setattr__(self, "passes", _pass_names("passes", self.passes))
        object.__setattr__(self, "skip", _pass_names("skip", self.skip, skipping=True))
        for name in ("furniture_patterns", "byline_patterns"):
            object.__setattr__(self, name, _patterns(name, getattr(self, name)))
        # Typed as int, but callers pass what they read: "abc", True, 0.
        headline: Any = self.max_headline
        if headline is not None and (
            isinstance(headline, bool) or not isinstance(headline, int) or headline < 1
        ):
            raise OptionError(
                "max_headline",
                f"expected None or a whole number of characters > 0, not {headline!r}",
            )


def check_keywords(keywords: Iterable[str]) -> None:
    """Raise :class:`OptionError` for a keyword that is no Options field."""
    known = [f.name for f in fields(Options)]
    for keyword in keywords:
        if keyword not in known:
            close = closest(keyword, known)
            hint = f"did you mean '{close}'? " if close else ""
            raise OptionError(keyword, f"no such option; {hint}(options: {', '.join(known)})")


def _string(keyword: str, value: Any) -> str:
    if not isinstance(value, str):
        raise OptionError(keyword, f"expected a string, not {value!r}")
    return value


def _choice(keyword: str, value: Any, allowed: Iterable[str]) -> None:
    allowed = list(allowed)
    if value in allowed:
        return
    hint = did_you_mean(str(value), allowed)
    raise OptionError(keyword, f"{value!r} is not one of {', '.join(allowed)}{hint}")


def _codec(name: str) -> None:
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise OptionError("encoding", f"unknown codec {name!r}") from None
    if not info._is_text_encoding:
        raise OptionError("encoding", f"{name!r} is not a text encoding")


def _strings(keyword: str, value: Any, example: str) -> tuple[str, ...]:
    # A string is itself a sequence of strings: "punctuation" would be 11 pass names.
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise OptionError(keyword, f"expected a list of {example}, not {value!r}")
    items = tuple(value)
    for item in items:
        _string(keyword, item)
    return items


def _pass_names(keyword: str, value: Any, *, skipping: bool = False) -> tuple[str, ...]:
    names = _strings(keyword, value, "pass names")
    if not names:
        # No name to check: the passes' modules are not imported for nothing.
        return names
    from newsclean.pipeline import pass_names, registry

    known = pass_names()
    required = {p.name for p in registry() if p.required}
    for raw in names:
        name = raw.strip().replace("_", "-")
        if not name:
            continue
        _choice(keyword, name, known)
        if skipping and name in required:
            raise OptionError(keyword, f"the '{name}' pass cannot be left out")
    return names


def _patterns(keyword: str, value: Any) -> tuple[str, ...]:
    patterns = _strings(keyword, value, "regular expressions")
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise OptionError(keyword, f"{pattern!r} is not a regular expression: {exc}") from None
    return patterns
