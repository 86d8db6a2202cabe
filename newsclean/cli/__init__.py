"""The command line: flags to Options, files to bytes, results to stdout.

Shell scripts call this thousands of times, so start-up is kept short: typer runs
without rich (``TYPER_USE_RICH=0``, set below), each command imports what it
needs when it runs, and ftfy, OpenCC, charset-normalizer and rich are imported only by
the code paths that use them.
"""

from __future__ import annotations

import contextlib
import os
import sys

# Before any command module imports typer, which reads this once, at import.
os.environ.setdefault("TYPER_USE_RICH", "0")

from newsclean import errors
from newsclean.cli import fix, inspect, passes, split, view
from newsclean.cli.common import VersionOpt, app, err, flush_stdout, quiet_broken_pipe
from newsclean.errors import NewscleanError, OutputError, UsageError

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
    """Entry point: runs the app; a closed pipe is a quiet exit, an expected problem
    (an output that cannot be written, say) one line on stderr."""
    try:
        try:
            app()
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
