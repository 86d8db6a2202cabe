"""Running a command over a corpus: inputs, the process pool or Dask, JSONL records,
where output goes, the progress bar and the closing summary.

Product rules kept here:

* Output order is input order, whatever ``--jobs`` or the cluster does.
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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsclean.batch import (
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    Command,
    FileJob,
    FileResult,
    OnError,
    RecordJob,
    RecordResult,
    batched,
    display,
    expand_inputs,
    input_size,
    numbered_lines,
    run_file,
    run_files,
    run_lines,
)
from newsclean.cli import common
from newsclean.cli.common import (
    CorpusArgs,
    PageArgs,
    Report,
    err,
    inputs,
    note_terminal_stdin,
    reads_jsonl,
    usage,
)
from newsclean.errors import OutputError
from newsclean.options import Options

if TYPE_CHECKING:
    # The pool is started only for --jobs above 1; its module is not imported before.
    from concurrent.futures import Executor, Future

#: JSONL lines per task sent to a worker process.
LINES_PER_TASK = 256
#: Tasks in flight per worker process: enough to hide the writer's latency.
TASKS_PER_WORKER = 4


@dataclass(repr=False, eq=False)
class Corpus:
    """The corpus flags that ``fix`` and ``split`` share."""

    recursive: bool = False
    jobs: int = 1
    jsonl: bool = False
    text_field: str = "text"
    id_field: str | None = None
    on_error: str = "skip"
    scheduler: str | None = None
    dask_local: int | None = None
    quiet: bool = False
    verbose: bool = False

    @classmethod
    def of(cls, args: CorpusArgs, *, jsonl: bool) -> Corpus:
        return cls(
            recursive=args.recursive,
            jobs=args.jobs,
            jsonl=jsonl,
            text_field=args.text_field,
            id_field=args.id_field,
            on_error=args.on_error.value,
            scheduler=args.scheduler,
            dask_local=args.dask_local,
            quiet=args.quiet,
            verbose=args.verbose,
        )

    @classmethod
    def read(cls, args: PageArgs) -> tuple[list[str], Corpus]:
        """A command's inputs (standard input for none) and how it reads them, checked;
        one who typed a command with no input is told why it waits."""
        names = inputs(args.files)
        note_terminal_stdin(names)
        if isinstance(args, CorpusArgs):
            corpus = cls.of(args, jsonl=reads_jsonl(args.input_format, names))
        else:
            corpus = cls(recursive=args.recursive, jobs=args.jobs, quiet=args.quiet)
        corpus.check(names)
        return names, corpus

    @property
    def dask(self) -> bool:
        return self.scheduler is not None or self.dask_local is not None

    def check(self, names: Sequence[str]) -> None:
        if self.jobs < 0:
            usage("--jobs: expected 0 (one per CPU) or more")
        if self.scheduler is not None and self.dask_local is not None:
            usage("choose one of --scheduler and --dask-local")
        if self.dask_local is not None and self.dask_local < 1:
            usage("--dask-local: expected 1 or more workers")
        if self.dask and not dask_installed():
            usage("Dask options need: pip install 'newsclean[dask]'")
        if self.dask and "-" in names:
            usage("--scheduler/--dask-local read files by path; standard input cannot be sent")
        if self.on_error not in ("skip", "keep", "fail"):
            usage(f"--on-error: expected skip, keep or fail, not '{self.on_error}'")

    def record_job(self, command: Command, options: Options) -> RecordJob:
        on_error: OnError = (
            "fail" if self.on_error == "fail" else ("keep" if self.on_error == "keep" else "skip")
        )
        return RecordJob(command, options, self.text_field, self.id_field, on_error)

    def workers(self) -> int:
        import os

        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)


def dask_installed() -> bool:
    """Are dask and distributed importable (the ``dask`` extra), without importing them?"""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("dask", "distributed"))


def expand(
    names: list[str], corpus: Corpus, report: Report, output_dir: Path | None = None
) -> list[str]:
    """The inputs named, directories and globs expanded; what cannot be expanded is
    reported. Files a directory or glob finds inside ``output_dir`` are not inputs: a
    run again (``fix -r . --output-dir out``) would read the last run's outputs."""
    suffixes = JSONL_SUFFIXES if corpus.jsonl else TEXT_SUFFIXES
    paths, problems = expand_inputs(names, recursive=corpus.recursive, suffixes=suffixes)
    if output_dir is not None:
        import os

        out = os.path.realpath(output_dir) + os.sep
        named = set(names)
        paths = [p for p in paths if p in named or not os.path.realpath(p).startswith(out)]
    for name, problem in problems:
        err(f"{name}: {problem}")
        report.failed += 1
    if not paths and not problems and not corpus.quiet:
        err(f"nothing to do: no {'/'.join(suffixes)} files found")
    return paths


# --- where output goes ---------------------------------------------------------------


class Sink:
    """Standard output (also ``-o -``), or ``-o FILE``: a regular file is written
    through a temporary file renamed into place at the end (through a symbolic link to
    its target); a device, FIFO or ``/dev/fd/N`` is written straight into. Either way
    written as results arrive.

    Documents of text output are separated by a blank line (:meth:`document`), so
    several inputs written to one stream do not run into each other."""

    def __init__(self, output: Path | None) -> None:
        self.output = None if output is None or str(output) == "-" else output
        self.wrote = False
        self._documents = 0
        self._file: Any = None
        if self.output is not None:
            from newsclean.io import open_output

            try:
                self._file = open_output(self.output)
            except OSError as exc:
                usage(f"{self.output}: cannot write: {exc.strerror or exc}")

    def document(self, text: str, *, flush: bool = False) -> None:
        """Write one input's text output, after a blank line if another came before."""
        if not text:
            return
        self.write(text if not self._documents else "\n" + text, flush=flush)
        self._documents += 1

    def write(self, text: str | bytes, *, flush: bool = False) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        if self._file is not None:
            try:
                self._file.write(data)
            except OSError as exc:
                # A full disk: the temporary file goes, the old output stays.
                self._file.discard()
                raise OutputError(f"{self.output}: cannot write: {exc.strerror or exc}") from None
        else:
            common.write_stdout_bytes(data, flush=flush)
        self.wrote = True

    def close(self, report: Report) -> None:
        if self._file is None:
            common.flush_stdout()
            return
        if not self.wrote:
            # Nothing to write (--check, or every input failed): leave the file alone.
            self._file.discard()
            return
        try:
            self._file.commit()
        except OSError as exc:
            err(f"{self.output}: cannot write: {exc.strerror or exc}")
            report.failed += 1


# --- progress and summary -------------------------------------------------------------


@dataclass(repr=False, eq=False)
class Tally:
    """What a run did, for the closing summary."""

    command: str
    files: int = 0
    records: int = 0
    size: int = 0
    articles: int = 0
    errors: int = 0
    started: float = field(default_factory=time.perf_counter)

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
def tracking(
    command: str, names: Sequence[str], corpus: Corpus
) -> Iterator[tuple[Tally, Progress]]:
    """Progress while the run lasts, and the summary line after it (see module doc)."""
    tally = Tally(command)
    many = len(names) > 1
    show = not corpus.quiet and sys.stderr.isatty() and (many or corpus.jsonl)
    total = sum(input_size(n) for n in names) if show else None
    progress = Progress(show, total)
    try:
        yield tally, progress
    finally:
        progress.close()
    if not corpus.quiet and (corpus.verbose or (many and sys.stderr.isatty())):
        err(tally.line())


# --- running tasks in order -----------------------------------------------------------


@contextmanager
def executor(corpus: Corpus) -> Iterator[Executor | None]:
    """A process pool for ``--jobs`` above 1, else None (work in this process)."""
    workers = corpus.workers()
    if workers <= 1:
        yield None
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield pool


def ordered(
    pool: Executor | None,
    fn: Callable[..., Any],
    items: Iterable[Any],
    *args: Any,
    window: int = 8,
    inline: Callable[[Any], bool] = lambda item: False,
) -> Iterator[tuple[Any, Any]]:
    """``(item, fn(item, *args))`` in input order, at most ``window`` tasks in flight, so
    a long input is never read far ahead of what has been written. Items for which
    ``inline`` is true are yielded as ``(item, None)`` for the caller to handle itself
    (standard input cannot go to a worker).

    With a pool, the first item is done in this process, before anything is submitted.
    A process's first documents cost far more than the next: the passes' modules, and
    the word-frequency tables of each language met (about 0.7 s of CPU for English,
    French and German). Workers are forked at the first submission, so they start with
    what the corpus's first task needed loaded instead of each loading it again.
    """
    items = iter(items)
    if pool is None:
        for item in items:
            yield item, (None if inline(item) else fn(item, *args))
        return
    for item in items:
        yield item, (None if inline(item) else fn(item, *args))
        if not inline(item):
            break
    pending: deque[tuple[Any, Future[Any] | None]] = deque()
    for item in items:
        pending.append((item, None if inline(item) else pool.submit(fn, item, *args)))
        if len(pending) >= window:
            done, future = pending.popleft()
            yield done, (future.result() if future is not None else None)
    while pending:
        done, future = pending.popleft()
        yield done, (future.result() if future is not None else None)


def file_results(
    names: Sequence[str], job: FileJob, corpus: Corpus, pool: Executor | None
) -> Iterator[tuple[str, FileResult | None]]:
    """Each input's result, in order; ``None`` for ``-``, which the caller reads."""
    if corpus.dask:
        from newsclean import dask as nc_dask

        with nc_dask.client(corpus.scheduler, corpus.dask_local) as connected:
            for result in nc_dask.run_file_list(connected, names, job):
                yield result.name, result
        return
    if pool is None:
        yield from ordered(None, run_file, names, job, inline=lambda n: n == "-")
        return
    window = TASKS_PER_WORKER * corpus.workers()
    tasks = ordered(pool, run_files, tasks_of(names), job, window=window, inline=_is_stdin)
    for task, results in tasks:
        if results is None:
            yield "-", None
        else:
            yield from zip(task, results, strict=True)


#: A task sent to a worker holds files up to this many bytes (or one larger file), or
#: this many files: a task per small file cost as much in messages as its repair. The
#: first task is done here before the pool starts (see :func:`ordered`), on one core,
#: and the last leaves one worker alone: 256 KB tasks (0.3 s each or so) made both long.
BYTES_PER_TASK = 64 * 1024
FILES_PER_TASK = 64


def tasks_of(names: Sequence[str]) -> Iterator[list[str]]:
    """The inputs in order, grouped into tasks of about :data:`BYTES_PER_TASK`;
    standard input is a task of its own (it is read here, not by a worker)."""
    task: list[str] = []
    size = 0
    for name in names:
        if name == "-":
            if task:
                yield task
            yield [name]
            task, size = [], 0
            continue
        task.append(name)
        size += input_size(name)
        if size >= BYTES_PER_TASK or len(task) >= FILES_PER_TASK:
            yield task
            task, size = [], 0
    if task:
        yield task


def _is_stdin(task: list[str]) -> bool:
    return task == ["-"]


def each_input(
    names: Sequence[str], fn: Callable[[str, Any], Any], arg: Any, corpus: Corpus
) -> Iterator[tuple[str, Any]]:
    """``(name, fn(name, arg))`` for each input, in order, on ``--jobs`` workers;
    standard input is read here (it cannot go to a worker)."""
    window = TASKS_PER_WORKER * corpus.workers()
    with executor(corpus) as pool:
        for name, result in ordered(pool, fn, names, arg, window=window, inline=lambda n: n == "-"):
            yield name, (fn(name, arg) if name == "-" else result)


def each_read(
    names: Sequence[str],
    fn: Callable[[str, Any], tuple[Any, str | None]],
    arg: Any,
    corpus: Corpus,
    report: Report,
) -> Iterator[Any]:
    """What ``fn`` made of each input (``each_input``), in order, where it made
    something; an input it gave a reason for instead is named on stderr with the reason
    and counted as failed, and the rest are still read."""
    for name, (result, problem) in each_input(names, fn, arg, corpus):
        if problem is not None:
            err(f"{display(name)}: {problem}")
            report.failed += 1
        else:
            yield result


def stdin_result(job: FileJob) -> FileResult:
    return run_file("-", job, sys.stdin.buffer.read())


# --- JSONL corpora ---------------------------------------------------------------------


def run_jsonl(
    names: Sequence[str],
    job: RecordJob,
    corpus: Corpus,
    sink: Sink,
    report: Report,
    tally: Tally,
    progress: Progress,
) -> None:
    """Every record of every JSONL input, in order, to ``sink``; bad records reported
    by file and line and handled by ``--on-error``."""
    if corpus.dask:
        from newsclean import dask as nc_dask

        paths = [n for n in names if n != "-"]
        with nc_dask.client(corpus.scheduler, corpus.dask_local) as connected:
            current = None
            for path, results in nc_dask.run_jsonl(connected, paths, job):
                if path != current:
                    current = path
                    tally.files += 1
                if not _write_records(path, results, job, sink, report, tally, progress):
                    return
        return
    with executor(corpus) as pool:
        for name in names:
            try:
                handle = sys.stdin.buffer if name == "-" else Path(name).open("rb")  # noqa: SIM115
            except OSError as exc:
                err(f"{name}: {_reason(exc)}")
                report.failed += 1
                continue
            tally.files += 1
            with handle if name != "-" else _nothing():
                batches = batched(numbered_lines(handle), LINES_PER_TASK)
                window = TASKS_PER_WORKER * corpus.workers()
                try:
                    for _, results in ordered(
                        pool, run_lines, batches, job, display(name), window=window
                    ):
                        if not _write_records(name, results, job, sink, report, tally, progress):
                            return
                except OSError as exc:
                    err(f"{display(name)}: {_reason(exc)}")
                    report.failed += 1


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _write_records(
    name: str,
    results: list[RecordResult],
    job: RecordJob,
    sink: Sink,
    report: Report,
    tally: Tally,
    progress: Progress,
) -> bool:
    """Write one batch; False when ``--on-error fail`` stops the run."""
    for result in results:
        tally.size += result.size
        progress.advance(result.size)
        if result.error is not None:
            tally.errors += 1
            report.failed += 1
            action = {"skip": "skipped", "keep": "kept unchanged", "fail": "stopping"}
            err(f"{display(name)}:{result.line}: {result.error} ({action[job.on_error]})")
            if job.on_error == "fail":
                return False
        elif result.output is not None:
            tally.records += 1
            tally.articles += result.articles
            report.checked += 1
            if result.changed:
                report.changed += 1
        if result.output is not None and not report.check:
            sink.write(result.output)
    return True
