"""The command line: flags to Options, files to bytes, results to stdout.

Shell scripts call this thousands of times, so start-up is kept short: typer runs
without rich (``TYPER_USE_RICH=0``, set below), each command imports what it
needs when it runs, and ftfy, OpenCC, charset-normalizer and rich are imported only by
the code paths that use them.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

# Before any command module imports typer, which reads this once, at import.
os.environ.setdefault("TYPER_USE_RICH", "0")

from newsclean import errors
from newsclean.cli import fix, inspect, passes, split, view
from newsclean.cli.common import VersionOpt, app, err
from newsclean.errors import NewscleanError, UsageError

__all__ = ["app", "fix", "inspect", "main", "passes", "split", "view"]


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


def main() -> None:
    """Entry point: runs the app, turning a closed pipe into a quiet exit."""
    try:
        app()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except NewscleanError as exc:
        err(str(exc))
        sys.exit(errors.EXIT_USAGE if isinstance(exc, UsageError) else errors.EXIT_INPUT)


def _quiet_broken_pipe() -> NoReturn:
    # The reader went away (`newsclean fix big.txt | head -1`): point stdout at
    # /dev/null so the interpreter's final flush does not complain, and stop.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)
