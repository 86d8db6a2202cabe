"""The command line: flags to Options, files to bytes, results to stdout.

Shell scripts call this thousands of times, so start-up is kept short: typer runs
without rich (``TYPER_USE_RICH=0``, set below), each command imports what it
needs when it runs, and ftfy, OpenCC, charset-normalizer and rich are imported only by
the code paths that use them.
"""

from __future__ import annotations

import os
import sys

# Before any command module imports typer, which reads this once, at import.
os.environ.setdefault("TYPER_USE_RICH", "0")

from newsclean import errors
from newsclean.cli import fix, inspect, passes, split, view
from newsclean.cli.common import VersionOpt, app, err, flush_stdout, quiet_broken_pipe
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
        err(str(exc))
        sys.exit(errors.EXIT_USAGE if isinstance(exc, UsageError) else errors.EXIT_INPUT)
