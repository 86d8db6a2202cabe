"""Running a command over a corpus: its inputs (the corpus flags, directories and globs
expanded), and their results in input order, from this process, the process pool or
Dask. Where output goes is ``sink``'s, the progress bar and the closing summary
``progress``'s, JSONL records ``jsonl``'s.

Product rules kept here:

* Output order is input order, whatever ``--jobs`` or the cluster does.
* Standard input is read in this process: it cannot go to a worker.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
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
    display,
    expand_inputs,
    input_size,
    run_file,
    run_files,
)
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
from newsclean.options import Options

if TYPE_CHECKING:
    # The pool is started only for --jobs above 1; its module is not imported before.
    from concurrent.futures import Executor, Future

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
