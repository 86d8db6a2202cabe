"""A command over JSONL corpora: every record of every input, in order, in batches of
lines on ``--jobs`` workers or a Dask cluster, each written as its batch comes back; a
bad record is reported by file and line and handled as ``--on-error`` says (skip it,
keep it unchanged, or stop)."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from newsclean.batch import RecordJob, RecordResult, batched, display, numbered_lines, run_lines
from newsclean.cli.batch import TASKS_PER_WORKER, Corpus, executor, ordered
from newsclean.cli.common import Report, err
from newsclean.cli.progress import Tally
from newsclean.cli.sink import Sink

#: JSONL lines per task sent to a worker process.
LINES_PER_TASK = 256


def run_jsonl(
    names: Sequence[str],
    job: RecordJob,
    corpus: Corpus,
    sink: Sink,
    report: Report,
    tally: Tally,
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
                if not _write_records(path, results, job, sink, report, tally):
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
                        if not _write_records(name, results, job, sink, report, tally):
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
) -> bool:
    """Write one batch; False when ``--on-error fail`` stops the run."""
    for result in results:
        tally.read(result.size)
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
