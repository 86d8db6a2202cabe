"""What the commands share: option values, the run report, messages, output.

No typer or click here: ``newsclean fix FILE`` runs on this module without them (the
command line's shape is :mod:`newsclean.cli.params`). A command ends by raising
``SystemExit`` with its status, which click lets through as it is.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

from newsclean import errors
from newsclean.errors import OutputError, UsageError
from newsclean.options import OptionError, Options


class FixFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class SplitFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"
    markdown = "markdown"


class Replacement(StrEnum):
    keep = "keep"
    drop = "drop"


class EncodingErrorsChoice(StrEnum):
    # Upper-case names: ``replace`` would hide str.replace.
    STRICT = "strict"
    REPLACE = "replace"


EncodingErrors = EncodingErrorsChoice | None


class InputFormat(StrEnum):
    text = "text"
    jsonl = "jsonl"


class OnError(StrEnum):
    skip = "skip"
    keep = "keep"
    fail = "fail"


# Every method a dataclass generates is compiled at import, that is at every start of
# the command: the classes here and in the commands' modules generate an ``__init__``
# only where one is built, and no ``__repr__``, ``__eq__`` or the ``__setattr__`` of a
# frozen class (together 5 ms of ``fix``'s start-up under load). Nothing assigns to
# them once built.
@dataclass(init=False, repr=False, eq=False)
class PageArgs:
    """The flags of the commands that read pages, with their defaults (the commands'
    declarations take these defaults from here)."""

    files: list[str] | None = None
    passes: str | None = None
    skip: str | None = None
    replacement: Replacement = Replacement.keep
    encoding: str | None = None
    encoding_errors: EncodingErrorsChoice | None = None
    convert: str | None = None
    recursive: bool = False
    jobs: int = 1
    quiet: bool = False
    config: Path | None = None
    no_config: bool = False
    verbose: bool = False

    def given(self) -> frozenset[str]:
        """The parameters a run with no option but its files sets."""
        return frozenset(("files",)) if self.files else frozenset()


@dataclass(init=False, repr=False, eq=False)
class CorpusArgs(PageArgs):
    """The flags of ``fix`` and ``split``: a page, or a corpus of records."""

    explain: bool = False
    keep_long_s: bool = True
    input_format: InputFormat | None = None
    text_field: str = "text"
    id_field: str | None = None
    on_error: OnError = OnError.skip
    scheduler: str | None = None
    dask_local: int | None = None


@dataclass(repr=False, eq=False)
class Report:
    """What happened to each input; the exit status is computed here only."""

    failed: int = 0
    changed: int = 0
    #: Inputs (files, or JSONL records) that were read and compared.
    checked: int = 0
    check: bool = False
    outputs: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.failed:
            return errors.EXIT_INPUT
        if self.check and self.changed:
            return errors.EXIT_CHANGED
        return errors.EXIT_OK


#: While a progress bar is shown, messages go through its console (see ``set_console``).
_console: Any = None


def set_console(console: Any) -> None:
    global _console
    _console = console


def err(message: str) -> None:
    if _console is not None:
        _console.print(f"newsclean: {message}", markup=False, highlight=False)
        return
    sys.stderr.write(f"newsclean: {message}\n")


def usage(message: str) -> NoReturn:
    err(message)
    raise SystemExit(errors.EXIT_USAGE)


def split_names(value: str | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(n for n in value.split(",") if n.strip())


@dataclass(repr=False, eq=False)
class Settings:
    """A command's values from the configuration file, and the flags given on the
    command line: precedence is defaults < file < flags."""

    values: dict[str, Any] = field(default_factory=dict)
    #: Names of the command's parameters that the user set on the command line.
    given: frozenset[str] = frozenset()

    def pick(self, key: str, flag_value: Any, *params: str) -> Any:
        """The flag's value if the user gave any of ``params``, else the file's value
        for ``key``, else the flag's default."""
        if key not in self.values or any(p in self.given for p in params):
            return flag_value
        return self.values[key]


def load_settings(command: str, args: PageArgs, given: frozenset[str]) -> Settings:
    """Find and read the configuration for ``command`` (``--config``, ``--no-config``, or
    discovery from the inputs); ``--verbose`` says which file and why. ``given``: the
    parameters set on the command line (see :class:`Settings`)."""
    from newsclean import config as cfg

    config, no_config = args.config, args.no_config

    if config is not None and no_config:
        usage("--config and --no-config exclude each other")
    try:
        if no_config:
            loaded = cfg.Config(reason="--no-config given")
        elif config is not None:
            loaded = cfg.load(config)
        else:
            found, reason = cfg.discover(cfg.start_directory(inputs(args.files), Path.cwd()))
            loaded = cfg.load(found, reason) if found else cfg.Config(reason=reason)
    except cfg.ConfigError as exc:
        usage(str(exc))
    if args.verbose:
        err(f"config: {loaded.path or 'none'} ({loaded.reason})")
    return Settings(loaded.for_command(command), given)


def build_options(
    settings: Settings,
    args: PageArgs,
    *,
    keep_furniture: bool = False,
    strip_furniture: bool = False,
    explain: bool = False,
    keep_long_s: bool = True,
) -> Options:
    """The Options of a run: the page flags of ``args`` and the keywords, each giving
    way to the configuration file where the user did not set it (``settings``)."""
    from newsclean import pipeline
    from newsclean.passes.convert import check_config
    from newsclean.passes.decode import check_encoding_name

    if keep_furniture and strip_furniture:
        usage("--keep-furniture and --strip-furniture exclude each other")
    furniture = "keep" if keep_furniture else "strip" if strip_furniture else "header"
    convert = settings.pick("convert", args.convert, "convert")
    encoding = settings.pick("encoding", args.encoding, "encoding")
    encoding_errors = args.encoding_errors
    paper = {k: v for k, v in settings.values.items() if k in PAPER_FIELDS}
    try:
        options = Options(
            replacement=settings.pick("replacement", args.replacement.value, "replacement"),
            furniture=settings.pick("furniture", furniture, "keep_furniture", "strip_furniture"),
            convert=check_config(convert) if convert else None,
            encoding=check_encoding_name(encoding) if encoding else None,
            encoding_errors=settings.pick(
                "encoding_errors",
                encoding_errors.value if encoding_errors else "strict",
                "encoding_errors",
            ),
            explain=explain,
            keep_long_s=keep_long_s,
            passes=settings.pick("passes", split_names(args.passes), "passes"),
            skip=settings.pick("skip", split_names(args.skip) or (), "skip"),
            **paper,
        )
        pipeline.select(options)
    except OptionError as exc:
        # The library names its keyword; on the command line it is a flag.
        usage(f"--{exc.keyword.replace('_', '-')}: {exc.problem}")
    except UsageError as exc:
        usage(str(exc))
    return options


#: Options that only a configuration file sets: what a user knows about their paper.
PAPER_FIELDS = ("furniture_patterns", "byline_patterns", "max_headline")


def inputs(files: list[str] | None) -> list[str]:
    return files or ["-"]


def display(name: str) -> str:
    from newsclean.batch import display as shown

    return shown(name)


def note_terminal_stdin(names: list[str]) -> None:
    """A person who typed ``newsclean fix`` and nothing else is told why it waits."""
    if "-" in names and sys.stdin.isatty():
        err("reading standard input (end it with Ctrl-D; newsclean --help for usage)")


def reads_jsonl(given: InputFormat | None, names: list[str]) -> bool:
    """JSONL input when asked, or when no format is given and every named file is a
    ``.jsonl`` or ``.ndjson`` file; a mix of those and text inputs is a usage error."""
    if given is not None:
        return given is InputFormat.jsonl
    from newsclean.batch import JSONL_RECORD_SUFFIXES

    records = [n for n in names if n.lower().endswith(JSONL_RECORD_SUFFIXES)]
    if records and len(records) < len(names):
        usage(
            f"{records[0]} is JSONL and other inputs are not: "
            "give --input-format jsonl or --input-format text"
        )
    return bool(records)


def json_document(found: list[Any], names: list[str], paths: list[str]) -> str | None:
    """The one JSON document of what was made of the inputs (``fix``, ``split`` and
    ``inspect`` in ``--format json``): an object where one file or stdin was named and
    nothing expanded, otherwise an array. The shape follows the arguments, not how many
    of them could be read: None where the one input named could not be."""
    if len(names) != 1 or paths != names:
        return json_text(found, FixFormat.json)
    return json_text(found[0], FixFormat.json) if found else None


def _holder(name: str) -> str:
    """The directory an argument's output path is counted from: the one it is in, or
    itself when it is written without a name of its own (``.``, ``..``, ``/``)."""
    import os

    path = os.path.abspath(name)  # noqa: PTH100
    if os.path.basename(os.path.normpath(name)) in ("", ".", ".."):  # noqa: PTH119
        return path
    return os.path.dirname(path)  # noqa: PTH120


class OutputTree:
    """Where ``--output-dir`` puts each input's output: its path below the deepest
    directory that holds every argument (a directory argument keeps its own name, but
    ``.`` has none to keep), so the input tree is mirrored, as rsync does; standard
    input is ``stdin.EXT``. A run again writes the same files over the earlier ones."""

    def __init__(self, names: list[str], root: Path) -> None:
        import os

        self.root = root
        parents = [_holder(n) for n in names if n != "-"]
        self.base = os.path.commonpath(parents) if parents else ""
        self.written: dict[Path, str] = {}

    def place(self, name: str, ext: str) -> Path | None:
        """The output file for ``name`` (its directory made), or None after one line
        saying why there is none."""
        import os

        if name == "-":
            relative = Path(f"stdin.{ext}")
        else:
            relative = Path(os.path.relpath(os.path.abspath(name), self.base))  # noqa: PTH100
            relative = relative.with_name(f"{relative.stem}.{ext}")
        target = self.root / relative
        other = self.written.setdefault(target, name)
        if other != name:
            err(f"{display(name)}: output {target} is already {display(other)}'s output")
            return None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            err(f"{display(name)}: cannot make {target.parent}: {exc.strerror or exc}")
            return None
        return target


def make_output_dir(path: Path) -> None:
    """Create ``--output-dir`` (and its parents) or stop with one line: a path that is a
    file, or under one, or that cannot be created, is a usage error (exit 2)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        usage(f"{path}: --output-dir is a file, not a directory")
    except OSError as exc:
        usage(f"{path}: cannot make the output directory: {exc.strerror or exc}")


def write_stdout(text: str) -> None:
    write_stdout_bytes(text.encode("utf-8"))


def write_stdout_bytes(data: bytes, *, flush: bool = False) -> None:
    """Every write to standard output goes through here: a reader that went away
    (``newsclean fix big.txt | head -1``) ends the run quietly, and any other failure
    (a full disk) is one line on stderr and exit status 3, never a traceback."""
    try:
        sys.stdout.buffer.write(data)
        if flush:
            sys.stdout.buffer.flush()
    except BrokenPipeError:
        quiet_broken_pipe()
    except OSError as exc:
        raise OutputError(f"<stdout>: cannot write: {exc.strerror or exc}") from None


def flush_stdout() -> None:
    """Flush standard output now, so a failure is reported here rather than by the
    interpreter at exit (a traceback-like warning and status 120)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_broken_pipe()
    except OSError as exc:
        raise OutputError(f"<stdout>: cannot write: {exc.strerror or exc}") from None
    except ValueError:
        # Standard output was closed by the caller: nothing is left to flush.
        pass


def quiet_broken_pipe() -> NoReturn:
    """The reader went away: point stdout at /dev/null, so that nothing left in its
    buffer fails again at exit, and stop with status 0 (a pager or ``head`` that has
    what it wants is not an error). Temporary files are still cleaned up on the way."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)
    raise SystemExit(errors.EXIT_OK)


def json_text(body: Any, fmt: FixFormat | SplitFormat) -> str:
    # Imported here: text output never needs json (see newsclean.batch.json_line).
    import json

    if fmt.value == "jsonl":
        return json.dumps(body, ensure_ascii=False) + "\n"
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def explain_changes(name: str, doc: Any, quiet: bool) -> None:
    from newsclean.emit import changes_dict

    changes = changes_dict(doc)
    rows = [(p, kind, n) for p, kinds in changes.items() for kind, n in kinds.items()]
    encoding = doc.encoding
    confidence = doc.metadata.get("encoding_confidence")
    if confidence is not None:
        encoding = f"{encoding}, guessed with confidence {confidence}"
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{name} ({encoding})")
        for column in ("pass", "change", "count"):
            table.add_column(column, justify="right" if column == "count" else "left")
        for p, kind, n in rows:
            table.add_row(p, kind, str(n))
        Console(stderr=True).print(table)
        return
    sys.stderr.write(f"{name}: encoding {encoding}\n")
    for p, kind, n in rows:
        sys.stderr.write(f"{name}: {p}: {kind}: {n}\n")
    for ex in doc.examples.items() if not quiet else ():
        (p, kind), examples = ex
        for e in examples:
            sys.stderr.write(f"{name}: {p}: {kind}: {e.before!r} -> {e.after!r}\n")


def finish(collected: list[bytes], output: Path | None, report: Report) -> None:
    if not collected:
        return
    data = b"".join(collected)
    if output is None or str(output) == "-":
        write_stdout_bytes(data, flush=True)
        return
    from newsclean.io import write_output

    try:
        write_output(output, data)
    except OSError as exc:
        err(f"{output}: cannot write: {exc.strerror or exc}")
        report.failed += 1
