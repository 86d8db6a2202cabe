"""The command line: flags to Options, files to bytes, results to stdout.

Shell scripts call this thousands of times, so start-up is kept short. Only the command
that runs is declared (its module imported, its options built): the others are
imported when the whole app is needed (``--help``, shell completion, ``app`` here).
``newsclean fix`` with files and no option, the call scripts make most, runs without
typer and click at all: with no flag to read there is nothing for them to do, and they
are a third of the start-up. typer runs without rich (``TYPER_USE_RICH=0``, set below),
and ftfy, OpenCC, charset-normalizer and rich are imported only by the code paths that
use them.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import sys
from typing import Any

# Before any command module imports typer, which reads this once, at import.
os.environ.setdefault("TYPER_USE_RICH", "0")

from newsclean import errors
from newsclean.cli.common import err, flush_stdout, quiet_broken_pipe
from newsclean.errors import NewscleanError, OutputError, UsageError

#: The commands, each declared by its module here, in the order help lists them.
COMMANDS = ("fix", "inspect", "passes", "split", "view")
#: The variable click's shell completion sets: completion needs every command.
COMPLETE_VAR = "_NEWSCLEAN_COMPLETE"

__all__ = ["COMMANDS", "app", "main"]


def __getattr__(name: str) -> Any:
    """``newsclean.cli.app``: the whole app, every command declared."""
    if name == "app":
        return _app(COMMANDS)
    raise AttributeError(name)


def _app(commands: tuple[str, ...]) -> Any:
    for command in commands:
        importlib.import_module(f"newsclean.cli.{command}")
    from newsclean.cli.params import app

    return app


def plain_fix(argv: list[str]) -> bool:
    """``fix`` and file names (``-`` among them) only: no flag for typer to read."""
    return (
        argv[:1] == ["fix"]
        and all(arg == "-" or not arg.startswith("-") for arg in argv[1:])
        and COMPLETE_VAR not in os.environ
    )


def _run_plain_fix(files: list[str]) -> None:
    """``fix`` on ``files`` with every default, as typer would run it: an interrupt is
    status 130, an end of input 'aborted', a pipe closed under a message status 1."""
    from newsclean.cli.run_fix import FixArgs, run

    args = FixArgs(files=files or None)
    try:
        run(args, args.given())
    except KeyboardInterrupt:
        sys.exit(130)
    except EOFError:
        err("aborted")
        sys.exit(1)
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        _drop_stdout()
        sys.exit(1)


def main() -> None:
    """Entry point: runs the app; a closed pipe is a quiet exit, an expected problem
    (an output that cannot be written, say) one line on stderr."""
    argv = sys.argv[1:]
    try:
        try:
            if plain_fix(argv):
                _run_plain_fix(argv[1:])
            else:
                named = tuple(c for c in COMMANDS if argv[:1] == [c])
                complete = COMPLETE_VAR in os.environ
                _app(named if named and not complete else COMMANDS)()
        finally:
            # What is still buffered is written (and can fail) here, not at exit.
            flush_stdout()
    except BrokenPipeError:
        quiet_broken_pipe()
    except NewscleanError as exc:
        if isinstance(exc, OutputError):
            _drop_stdout()
        err(str(exc))
        sys.exit(errors.EXIT_USAGE if isinstance(exc, UsageError) else errors.EXIT_INPUT)
    except OSError as exc:
        # Output that fails outside newsclean's own writes (click printing --help or the
        # version to a full disk): one line, like every other failed write.
        _drop_stdout()
        with contextlib.suppress(OSError):
            err(f"cannot write: {exc.strerror or exc}")
        sys.exit(errors.EXIT_INPUT)


def _drop_stdout() -> None:
    """Point stdout at /dev/null: what is left in its buffer cannot fail again at exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
