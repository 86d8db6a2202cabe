"""Configuration files: ``[tool.newsclean]`` in ``pyproject.toml``, or ``newsclean.toml``.

Only the command line reads these (``cli/common.py``); the library takes an explicit
:class:`~newsclean.options.Options` and never looks for files, so a program that calls
it gets the same result wherever it runs.

Discovery starts in the common parent directory of the inputs (the working directory
for standard input) and walks up. In each directory a ``newsclean.toml`` wins, then a
``pyproject.toml`` that has a ``[tool.newsclean]`` table; the walk stops after the
directory that holds ``.git``, the repository root, so a project never picks up a file
from outside itself.

The file's shape (a ``newsclean.toml`` holds the same keys at its top level)::

    [tool.newsclean]
    skip = ["punctuation"]          # or passes = [...]: the passes that run
    replacement = "drop"            # keep | drop
    furniture = "strip"             # header | strip | keep (fix and inspect)
    encoding = "gb18030"
    encoding_errors = "replace"     # strict | replace: what a forced codec does with bad bytes
    convert = "t2s"

    [tool.newsclean.patterns]       # what only you know about your paper
    furniture = ["^今日导读"]        # regular expressions searched in each line
    byline = ["^Reported by "]
    max_headline = 40               # longest headline, kicker, subtitle or subhead

    [tool.newsclean.fix]            # per command: its output format, and any of the
    format = "json"                 # option keys above, for that command only

Strict, as pip-tools is: an unknown key, a wrong type or an unknown value is a
:class:`ConfigError` (exit status 2) naming the file and the key, with the closest
valid name when there is one. A misspelt key that was silently ignored would leave
the user wondering why their setting does nothing.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclean.errors import UsageError, did_you_mean

#: File names looked for in each directory, most specific first.
NEWSCLEAN_TOML = "newsclean.toml"
PYPROJECT_TOML = "pyproject.toml"
#: What marks a repository root, where discovery stops.
ROOT_MARKERS = (".git", ".hg")

#: Output formats of each command that has a choice.
FORMATS = {
    "fix": ("text", "json", "jsonl"),
    "split": ("json", "jsonl", "text", "markdown"),
    "inspect": ("text", "json"),
}
COMMANDS = ("fix", "split", "inspect", "view")
#: Option keys that mean nothing to a command. ``split`` and ``view`` always take every
#: furniture line out of the articles, whatever ``fix`` is told to leave in its text.
NOT_FOR = {"split": frozenset({"furniture"}), "view": frozenset({"furniture"})}


class ConfigError(UsageError):
    """A configuration file that cannot be used: exit status 2, like a bad flag."""


@dataclass(frozen=True)
class Config:
    """A loaded configuration: Options keywords, in general and for each command."""

    path: Path | None = None
    #: Why this file (or none) was used, for ``--verbose``.
    reason: str = "no configuration file"
    general: dict[str, Any] = field(default_factory=dict)
    commands: dict[str, dict[str, Any]] = field(default_factory=dict)

    def for_command(self, command: str) -> dict[str, Any]:
        """The settings one command uses: general keys that apply to it, then its own
        table. Keys are Options field names, plus ``format``."""
        ignored = NOT_FOR.get(command, frozenset())
        values = {k: v for k, v in self.general.items() if k not in ignored}
        values.update(self.commands.get(command, {}))
        return values


def discover(start: Path) -> tuple[Path | None, str]:
    """The configuration file for inputs in ``start``, and why, or None and why not."""
    start = start.resolve()
    for directory in (start, *start.parents):
        candidate = directory / NEWSCLEAN_TOML
        if candidate.is_file():
            return candidate, f"{NEWSCLEAN_TOML} found in {directory}, searching up from {start}"
        candidate = directory / PYPROJECT_TOML
        if candidate.is_file() and _has_table(candidate):
            return candidate, (
                f"{PYPROJECT_TOML} with [tool.newsclean] found in {directory}, "
                f"searching up from {start}"
            )
        if any((directory / marker).exists() for marker in ROOT_MARKERS):
            return None, (
                f"no {NEWSCLEAN_TOML} or {PYPROJECT_TOML} with [tool.newsclean] between "
                f"{start} and the repository root {directory}"
            )
    return None, f"no {NEWSCLEAN_TOML} or {PYPROJECT_TOML} with [tool.newsclean] above {start}"


def _resolve(path: Path) -> Path:
    """``path.resolve()``, or the path made absolute when it cannot be resolved (a
    symbolic link loop, a name too long): reading it is what reports the problem."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def start_directory(inputs: Iterable[str], cwd: Path) -> Path:
    """Where discovery starts: the common parent of the input files, or ``cwd`` when
    every input is standard input."""
    parents = [str(_resolve(cwd / name).parent) for name in inputs if name != "-"]
    return Path(os.path.commonpath(parents)) if parents else cwd


#: The ways a TOML file can name the key ``tool.newsclean``: the dotted key or a table's
#: header (``[tool.newsclean.fix]``, ``tool . "newsclean" = …``), a key under a
#: ``[tool]`` header, or an inline ``tool = {…}``. A file with none of them (and no
#: escape, which could spell either name) has no such table.
#: (A pattern, compiled by ``re`` on first use: most start-ups never ask.)
_MAY_NAME_TABLE = (
    r"""tool["']?\s*\.\s*["']?newsclean|\[\s*["']?tool["']?\s*\]|tool["']?\s*=\s*\{|\\"""
)


def _has_table(path: Path) -> bool:
    text = _read(path)
    # Most pyproject.toml files are someone else's: don't parse (or fail on) those,
    # nor a project's own that names newsclean only as its package or script (as
    # newsclean's does): parsing it was about 5% of a start-up in such a project.
    if "newsclean" not in text or re.search(_MAY_NAME_TABLE, text) is None:
        return False
    tool = _parse(path, text).get("tool", {})
    return isinstance(tool, dict) and "newsclean" in tool


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"{path}: cannot read configuration: {exc}"
        raise ConfigError(msg) from None


def _parse(path: Path, text: str) -> dict[str, Any]:
    # Imported with a file to read: most runs find none, and tomllib compiles its
    # patterns when imported (about 3% of ``newsclean fix`` on one line).
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = f"{path}: not valid TOML: {exc}"
        raise ConfigError(msg) from None


def load(path: Path, reason: str | None = None) -> Config:
    """Read and check ``path`` (a ``pyproject.toml`` or a ``newsclean.toml``)."""
    data = _parse(path, _read(path))
    prefix = ""
    if path.name == PYPROJECT_TOML:
        tool = data.get("tool", {})
        table = tool.get("newsclean") if isinstance(tool, dict) else None
        if table is None:
            msg = f"{path}: has no [tool.newsclean] table"
            raise ConfigError(msg)
        data, prefix = table, "tool.newsclean."
    checker = _Checker(path, prefix)
    general, commands = checker.document(data)
    return Config(path, reason or f"{path} given with --config", general, commands)


Validator = Callable[[Any, str], Any]


class _Checker:
    """Validates one file's tables; every message names the file and the dotted key."""

    def __init__(self, path: Path, prefix: str) -> None:
        self.path = path
        self.prefix = prefix

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {self.prefix}{key}: {problem}")

    def document(self, data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        tables = ("patterns", *COMMANDS)
        options = self.table(data, "", self.option_keys(), extra=tables)
        commands: dict[str, dict[str, Any]] = {}
        for name in tables:
            if name not in data:
                continue
            section = self.expect_table(data[name], name)
            if name == "patterns":
                options.update(self.table(section, "patterns.", self.pattern_keys()))
                continue
            keys = {k: v for k, v in self.option_keys().items() if k not in NOT_FOR.get(name, ())}
            if name in FORMATS:
                keys["format"] = ("format", self.choice(FORMATS[name]))
            commands[name] = self.table(section, f"{name}.", keys)
        return options, commands

    def expect_table(self, value: Any, key: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, f"expected a table ([{self.prefix}{key}]), not {_kind(value)}")
        return value

    def table(
        self,
        data: dict[str, Any],
        where: str,
        keys: dict[str, tuple[str, Validator]],
        extra: Iterable[str] = (),
    ) -> dict[str, Any]:
        """Check each key of ``data`` against ``keys`` (config key to Options field and
        validator); ``extra`` names keys handled by the caller."""
        allowed = [*keys, *extra]
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key in extra:
                continue
            if key not in keys:
                hint = did_you_mean(key, allowed)
                known = ", ".join(sorted(allowed))
                raise self.fail(f"{where}{key}", f"unknown key{hint} (known keys: {known})")
            option, validate = keys[key]
            out[option] = validate(value, f"{where}{key}")
        return out

    def option_keys(self) -> dict[str, tuple[str, Validator]]:
        return {
            "passes": ("passes", self.pass_names),
            "skip": ("skip", self.pass_names),
            "replacement": ("replacement", self.choice(("keep", "drop"))),
            "furniture": ("furniture", self.choice(("header", "strip", "keep"))),
            "encoding": ("encoding", self.encoding),
            "encoding_errors": ("encoding_errors", self.choice(("strict", "replace"))),
            "convert": ("convert", self.convert),
        }

    def pattern_keys(self) -> dict[str, tuple[str, Validator]]:
        return {
            "furniture": ("furniture_patterns", self.regexes),
            "byline": ("byline_patterns", self.regexes),
            "max_headline": ("max_headline", self.positive_int),
        }

    def string(self, value: Any, key: str) -> str:
        if not isinstance(value, str):
            raise self.fail(key, f"expected a string, not {_kind(value)}")
        return value

    def strings(self, value: Any, key: str, example: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, f"expected a list of strings, like {example}, not {_kind(value)}")
        return value

    def choice(self, allowed: tuple[str, ...]) -> Validator:
        def check(value: Any, key: str) -> str:
            text = self.string(value, key)
            if text not in allowed:
                raise self.fail(key, _not_one_of(text, allowed))
            return text

        return check

    def pass_names(self, value: Any, key: str) -> tuple[str, ...]:
        from newsclean.pipeline import pass_names

        known = pass_names()
        names = self.strings(value, key, '["rejoin", "furniture"]')
        for name in names:
            if name not in known:
                raise self.fail(key, f"unknown pass: {_not_one_of(name, known)}")
        return tuple(names)

    def encoding(self, value: Any, key: str) -> str:
        text = self.string(value, key)
        try:
            return codecs.lookup(text).name
        except LookupError:
            raise self.fail(key, f"unknown encoding '{text}'") from None

    def convert(self, value: Any, key: str) -> str:
        from newsclean.passes.convert import CONFIGS

        text = self.string(value, key).strip().lower().removesuffix(".json")
        if text not in CONFIGS:
            raise self.fail(key, f"unknown OpenCC configuration: {_not_one_of(text, CONFIGS)}")
        return text

    def regexes(self, value: Any, key: str) -> tuple[str, ...]:
        patterns = self.strings(value, key, '["^今日导读"]')
        for i, pattern in enumerate(patterns):
            try:
                re.compile(pattern)
            except re.error as exc:
                problem = f"{pattern!r} is not a regular expression: {exc}"
                raise self.fail(f"{key}[{i}]", problem) from None
        return tuple(patterns)

    def positive_int(self, value: Any, key: str) -> int:
        # TOML booleans are Python bools, which are ints: refuse them explicitly.
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(key, f"expected a whole number of characters > 0, not {value!r}")
        return value


def _kind(value: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    names.update({list: "a list", dict: "a table"})
    shown = repr(value)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return f"{names.get(type(value), type(value).__name__)} ({shown})"


def _not_one_of(value: str, allowed: Iterable[str]) -> str:
    allowed = list(allowed)
    return f"'{value}' is not one of {', '.join(allowed)}{did_you_mean(value, allowed)}"
