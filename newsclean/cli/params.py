"""The command line's shape: the typer app and the options the commands share.

Only the commands' declarations import this module (and with it typer and click); what
the commands do lives in modules that do not, so ``newsclean fix FILE`` with no option
can run without either (see :func:`newsclean.cli.main`).
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from newsclean import errors
from newsclean.cli.common import (
    EncodingErrorsChoice,
    InputFormat,
    OnError,
    Replacement,
    err,
)


class Group(TyperGroup):
    """The command group, with usage errors on one line, as every other message:
    ``newsclean: No such option '--bogus'; try 'newsclean fix --help'`` (exit 2)."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        import click

        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            message = exc.format_message().rstrip(".")
            if exc.ctx is not None:
                message += f"; try '{exc.ctx.command_path} --help'"
            err(message)
            sys.exit(errors.EXIT_USAGE)
        except click.ClickException as exc:
            err(exc.format_message())
            sys.exit(exc.exit_code)
        except click.Abort:
            err("aborted")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else errors.EXIT_OK)


app = typer.Typer(
    cls=Group,
    add_completion=True,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    # click suggests the command a typo meant; typer's suggestion repeated it.
    suggest_commands=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def show_version(value: bool) -> None:
    if value:
        from newsclean import __version__

        sys.stdout.write(f"newsclean {__version__}\n")
        raise typer.Exit


def given_flags() -> frozenset[str]:
    """Names of the running command's parameters that the user set on the command line
    (a configuration file's value gives way to them)."""
    import click

    ctx = click.get_current_context()
    defaults = (None, click.core.ParameterSource.DEFAULT, click.core.ParameterSource.DEFAULT_MAP)
    return frozenset(n for n in ctx.params if ctx.get_parameter_source(n) not in defaults)


def complete_passes(incomplete: str) -> list[str]:
    """Shell completion of a comma-separated list of pass names: the last name."""
    from newsclean.pipeline import pass_names

    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + name for name in pass_names() if name.startswith(last)]


def complete_convert(incomplete: str) -> list[str]:
    """Shell completion of an OpenCC configuration name."""
    from newsclean.passes.convert import CONFIGS

    return [name for name in CONFIGS if name.startswith(incomplete)]


Files = Annotated[
    list[str] | None,
    typer.Argument(
        help="Input files (and directories with -r); none, or '-', reads standard input.",
        show_default=False,
    ),
]
PassesOpt = Annotated[
    str | None,
    typer.Option(
        "--passes",
        help="Run only these passes (comma-separated; see newsclean passes).",
        autocompletion=complete_passes,
    ),
]
SkipOpt = Annotated[
    str | None,
    typer.Option(
        "--skip", help="Leave out these passes (comma-separated).", autocompletion=complete_passes
    ),
]
ReplacementOpt = Annotated[
    Replacement,
    typer.Option(help="A U+FFFD that stands for a lost character: keep it or drop it."),
]
KeepFurnitureOpt = Annotated[
    bool, typer.Option("--keep-furniture", help="Leave every furniture line in the text.")
]
StripFurnitureOpt = Annotated[
    bool,
    typer.Option("--strip-furniture", help="Take the page header (masthead, page label) out too."),
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Decode inputs with this codec, no detection.")
]
EncodingErrorsOpt = Annotated[
    EncodingErrorsChoice | None,
    typer.Option(
        "--encoding-errors",
        help="With --encoding: strict refuses an input the codec cannot read (exit 3); "
        "replace reads each bad byte as U+FFFD.",
        show_default=False,
    ),
]
ConvertOpt = Annotated[
    str | None,
    typer.Option(
        "--convert",
        help="OpenCC conversion after repair: t2s, s2twp...",
        autocompletion=complete_convert,
    ),
]
KeepLongSOpt = Annotated[
    bool,
    typer.Option(
        "--keep-long-s/--fold-long-s",
        help="Keep the long s (ſ) of old type as printed, or write it as s for search.",
    ),
]
ExplainOpt = Annotated[bool, typer.Option("--explain", help="Per-pass change counts on stderr.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or summaries.")]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        dir_okay=False,
        help="Settings from this pyproject.toml or newsclean.toml, instead of the nearest one.",
    ),
]
NoConfigOpt = Annotated[
    bool, typer.Option("--no-config", help="Use no configuration file: built-in defaults.")
]
VerboseOpt = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Say which configuration file was used, and why; a summary even for one input.",
    ),
]
RecursiveOpt = Annotated[
    bool, typer.Option("--recursive", "-r", help="Read the files under directories.")
]
JobsOpt = Annotated[
    int,
    typer.Option("--jobs", "-j", help="Worker processes (0: one per CPU); output order is kept."),
]
InputFormatOpt = Annotated[
    InputFormat | None,
    typer.Option(
        "--input-format",
        help="text: each input is a page; jsonl: one record a line. Default: jsonl when "
        "every input is a .jsonl or .ndjson file, else text.",
        show_default=False,
    ),
]
TextFieldOpt = Annotated[
    str, typer.Option("--text-field", help="JSONL: the field that holds the text.")
]
IdFieldOpt = Annotated[
    str | None, typer.Option("--id-field", help="JSONL: a field that names the record.")
]
OnErrorOpt = Annotated[
    OnError,
    typer.Option(
        "--on-error", help="JSONL: a bad record is reported, then skipped, kept or fatal."
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler", help="Run on this Dask scheduler (tcp://HOST:PORT).", metavar="URL"
    ),
]
DaskLocalOpt = Annotated[
    int | None,
    typer.Option(
        "--dask-local", help="Run on a local Dask cluster of N worker processes.", metavar="N"
    ),
]

#: The options commands share, by parameter name (what typer reads of each, and its help).
OPTIONS: dict[str, Any] = {
    "files": Files,
    "passes": PassesOpt,
    "skip": SkipOpt,
    "replacement": ReplacementOpt,
    "keep_furniture": KeepFurnitureOpt,
    "strip_furniture": StripFurnitureOpt,
    "encoding": EncodingOpt,
    "encoding_errors": EncodingErrorsOpt,
    "convert": ConvertOpt,
    "explain": ExplainOpt,
    "keep_long_s": KeepLongSOpt,
    "recursive": RecursiveOpt,
    "jobs": JobsOpt,
    "input_format": InputFormatOpt,
    "text_field": TextFieldOpt,
    "id_field": IdFieldOpt,
    "on_error": OnErrorOpt,
    "scheduler": SchedulerOpt,
    "dask_local": DaskLocalOpt,
    "quiet": QuietOpt,
    "config": ConfigOpt,
    "no_config": NoConfigOpt,
    "verbose": VerboseOpt,
}
#: Runs of shared options that commands list together, in the order help shows them.
PASS_CHOICE = ("passes", "skip", "replacement")
FURNITURE_CHOICE = ("keep_furniture", "strip_furniture")
DECODING = ("encoding", "encoding_errors", "convert")
READING = ("recursive", "jobs")
RECORDS = ("input_format", "text_field", "id_field", "on_error", "scheduler", "dask_local")
SETTINGS = ("quiet", "config", "no_config", "verbose")
#: What ``fix`` and ``split`` take after the passes' choice: a page or a corpus of records.
CORPUS = (*DECODING, "explain", "keep_long_s", *READING, *RECORDS, *SETTINGS)

#: A command's parameter: a shared option by its name, or one of its own as (name, type).
Param = str | tuple[str, Any]


def command(*params: Param, defaults: object) -> Callable[[Callable[..., None]], Any]:
    """Declare the function a command of the app that takes ``params`` (as keywords), in
    this order, each with the default of the field of that name of ``defaults``: the
    commands share their options' declarations instead of each spelling out its own
    signature of two dozen parameters."""

    def declare(function: Callable[..., None]) -> Any:
        signature = []
        for param in params:
            name, kind = (param, OPTIONS[param]) if isinstance(param, str) else param
            default = getattr(defaults, name)
            signature.append(
                inspect.Parameter(
                    name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind
                )
            )
        # typer reads a function's parameters from its signature.
        function.__signature__ = inspect.Signature(signature)  # type: ignore[attr-defined]
        return app.command()(function)

    return declare


VersionOpt = Annotated[
    bool,
    typer.Option("--version", callback=show_version, is_eager=True, help="Print the version."),
]


@app.callback()
def _main(version: VersionOpt = False) -> None:
    """Repair and split OCR'd and PDF-extracted newspaper pages.

    \b
    Examples:
      newsclean fix page.txt > clean.txt
      newsclean split --format jsonl pages/*.txt > articles.jsonl
      newsclean inspect page.txt
      newsclean view page.txt -o page.html

    Settings come from [tool.newsclean] in pyproject.toml or from newsclean.toml,
    found upward from the inputs; see each command's --config and --verbose.
    """
