"""What a person watching a run over a corpus sees on stderr: a progress bar while it
lasts, and a summary line after it.

* Quiet unless asked: the summary line (files, MB, articles, errors, MB/s) is printed
  with ``--verbose``, or for more than one input when stderr is a terminal (a person is
  watching); never with ``--quiet``. One file in, one result out; and a script's stderr
  holds only the lines about inputs that failed.
* A progress bar appears only when stderr is a terminal, there is more than one input
  or a JSONL corpus, and ``--quiet`` is off; rich is imported only then.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsclean.batch import input_size
from newsclean.cli import common
from newsclean.cli.common import err

if TYPE_CHECKING:
    from newsclean.cli.batch import Corpus


@dataclass(repr=False, eq=False)
class Tally:
    """What a run did, for the closing summary, and the bar that shows it as it goes."""

    command: str
    bar: Progress
    files: int = 0
    records: int = 0
    size: int = 0
    articles: int = 0
    errors: int = 0
    started: float = field(default_factory=time.perf_counter)

    def read(self, size: int) -> None:
        """Count an input's ``size`` bytes as read, on the bar too."""
        self.size += size
        self.bar.advance(size)

    def line(self) -> str:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        mb = self.size / 1e6
        parts = [f"{self.files} file{'s' if self.files != 1 else ''}"]
        if self.records:
            parts[0] += f" ({self.records} records)"
        parts.append(f"{mb:.1f} MB")
        if self.command == "split":
            parts.append(f"{self.articles} articles")
        parts.append(f"{self.errors} error{'s' if self.errors != 1 else ''}")
        return f"{self.command}: {', '.join(parts)} in {seconds:.2f} s ({mb / seconds:.2f} MB/s)"


class Progress:
    """A transient rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self._bar: Any = None
        self._task: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )
        from rich.progress import (
            Progress as RichProgress,
        )

        console = Console(stderr=True)
        self._bar = RichProgress(
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task = self._bar.add_task("newsclean", total=total or None)
        self._bar.start()
        # Messages go through the bar's console so that they do not tear the bar.
        common.set_console(console)

    def advance(self, size: int) -> None:
        if self._bar is not None:
            self._bar.advance(self._task, size)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            common.set_console(None)


@contextmanager
def tracking(command: str, names: Sequence[str], corpus: Corpus) -> Iterator[Tally]:
    """Progress while the run lasts, and the summary line after it (see module doc)."""
    many = len(names) > 1
    show = not corpus.quiet and sys.stderr.isatty() and (many or corpus.jsonl)
    total = sum(input_size(n) for n in names) if show else None
    tally = Tally(command, Progress(show, total))
    try:
        yield tally
    finally:
        tally.bar.close()
    if not corpus.quiet and (corpus.verbose or (many and sys.stderr.isatty())):
        err(tally.line())
