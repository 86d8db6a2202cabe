"""newsclean on a Dask cluster: clean a ``dask.bag`` of texts or records.

Needs the ``dask`` extra (``pip install 'newsclean[dask]'``); nothing here is imported
unless you import this module.

>>> import dask.bag as db                                        # doctest: +SKIP
>>> from newsclean.dask import fix_texts
>>> fix_texts(db.from_sequence(["工作组， 制定"])).compute()       # doctest: +SKIP
['工作组，制定\\n']

For the CLI (``--scheduler tcp://HOST:PORT`` or ``--dask-local N``), a JSONL corpus is
cut into byte ranges of whole lines (:func:`line_ranges`), one partition each, which
the workers read themselves; a file list is cut into partitions of paths. Workers must
therefore see the same paths as the client (one machine, or a shared file system). The
client writes the results in input order, with at most a few partitions per worker in
flight, so memory stays bounded on both sides.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import dask.bag as db
from dask import delayed

from newsclean.batch import (
    Command,
    FileJob,
    FileResult,
    OnError,
    RecordError,
    RecordJob,
    RecordResult,
    clean_record,
    run_files,
    run_lines,
)
from newsclean.options import Options

__all__ = [
    "LineRange",
    "clean_records",
    "client",
    "fix_texts",
    "line_ranges",
    "read_jsonl",
    "run_file_list",
    "run_jsonl",
    "split_texts",
]

#: Bytes of JSONL per partition, at most and at least (a small file is spread over the
#: workers, a large one is cut into pieces of bounded size).
PARTITION_BYTES = 4 * 1024 * 1024
MIN_PARTITION_BYTES = 64 * 1024
#: Files per partition for a file list.
FILES_PER_PARTITION = 64
#: Partitions in flight per worker: enough to keep workers busy while the client writes.
IN_FLIGHT_PER_WORKER = 3


def _options(options: Options | None, overrides: dict[str, Any]) -> Options:
    base = options or Options()
    return dataclasses.replace(base, **overrides) if overrides else base


def _fix_one(text: str, options: Options) -> str:
    from newsclean.api import fix_text

    return fix_text(text, options=options)


def _split_one(text: str, options: Options) -> dict[str, Any]:
    from newsclean.api import split

    return split(text, options=options)


def fix_texts(bag: db.Bag, *, options: Options | None = None, **overrides: Any) -> db.Bag:
    """A bag of texts to a bag of repaired texts (what ``newsclean fix`` prints)."""
    return bag.map(_fix_one, options=_options(options, overrides))


def split_texts(bag: db.Bag, *, options: Options | None = None, **overrides: Any) -> db.Bag:
    """A bag of page texts to a bag of split pages (the ``split`` JSON contract)."""
    from newsclean.api import split_options

    return bag.map(_split_one, options=split_options(options, overrides))


def _record_or_error(
    record: Any,
    text_field: str,
    id_field: str | None,
    command: Command,
    on_error: OnError,
    options: Options,
) -> Any:
    try:
        return clean_record(
            record, text_field=text_field, id_field=id_field, command=command, options=options
        )
    except RecordError as exc:
        if on_error == "fail":
            raise
        if on_error == "keep":
            return (
                {**record, "newsclean": {"error": str(exc)}} if isinstance(record, dict) else record
            )
        return _SKIPPED


class _Skipped:
    """A record left out (``on_error="skip"``); filtered out of the bag."""


_SKIPPED = _Skipped()


def clean_records(
    bag: db.Bag,
    *,
    text_field: str = "text",
    id_field: str | None = None,
    command: Command = "fix",
    on_error: OnError = "fail",
    options: Options | None = None,
    **overrides: Any,
) -> db.Bag:
    """A bag of records (dicts) to a bag of repaired records: the text field repaired,
    every other field kept, a ``newsclean`` object added (see
    :func:`newsclean.batch.clean_record`).

    A record without a string text field raises :class:`~newsclean.batch.RecordError`
    (``on_error="fail"``, the default: the caller chose nothing, so nothing is lost
    quietly), is kept with ``newsclean.error`` set (``"keep"``), or is left out
    (``"skip"``).
    """
    opts = _options(options, overrides)
    cleaned = bag.map(_record_or_error, text_field, id_field, command, on_error, opts)
    if on_error == "skip":
        cleaned = cleaned.filter(lambda r: not isinstance(r, _Skipped))
    return cleaned


# --- JSONL files as partitions of whole lines -------------------------------------


@dataclass(frozen=True)
class LineRange:
    """Bytes ``start:end`` of ``path``, whole lines, the first of them numbered ``first_line``."""

    path: str
    start: int
    end: int
    first_line: int


def line_ranges(path: str, partition_bytes: int = PARTITION_BYTES) -> Iterator[LineRange]:
    """Cut a JSONL file into ranges of whole lines of about ``partition_bytes`` each.

    The client reads the file once to count lines, so every record keeps its line number
    for error messages; counting newlines runs at disk speed.
    """
    block = 1 << 20
    with open(path, "rb") as handle:  # noqa: PTH123 -- a binary handle read in blocks
        start = 0  # where the current range starts
        position = 0  # file offset of ``data[0]``
        line = 1  # number of the range's first line
        newlines = 0  # newlines seen in the current range so far
        while data := handle.read(block):
            offset = 0
            while True:
                look_from = max(offset, start + partition_bytes - position)
                cut = data.find(b"\n", look_from) if look_from < len(data) else -1
                if cut < 0:
                    newlines += data.count(b"\n", offset)
                    break
                newlines += data.count(b"\n", offset, cut + 1)
                end = position + cut + 1
                yield LineRange(path, start, end, line)
                line += newlines
                newlines = 0
                start = end
                offset = cut + 1
            position += len(data)
        if position > start:
            yield LineRange(path, start, position, line)


def read_range(piece: LineRange) -> list[tuple[int, bytes]]:
    """The numbered lines of one range (runs on a worker)."""
    with open(piece.path, "rb") as handle:  # noqa: PTH123 -- a byte range of a file
        handle.seek(piece.start)
        data = handle.read(piece.end - piece.start)
    lines = data.splitlines(keepends=True)
    if piece.start == 0 and lines and lines[0].startswith(b"\xef\xbb\xbf"):
        lines[0] = lines[0][3:]
    return list(enumerate(lines, start=piece.first_line))


def read_jsonl(paths: Sequence[str], *, partition_bytes: int = PARTITION_BYTES) -> db.Bag:
    """A bag of ``(path, line number, line bytes)``, one partition per range of lines."""

    def numbered(piece: LineRange) -> list[tuple[str, int, bytes]]:
        return [(piece.path, n, line) for n, line in read_range(piece)]

    parts = [delayed(numbered)(r) for p in paths for r in line_ranges(p, partition_bytes)]
    return db.from_delayed(parts)


def _run_range(piece: LineRange, job: RecordJob) -> list[RecordResult]:
    return run_lines(read_range(piece), job, piece.path)


# --- what the CLI runs -------------------------------------------------------------


@contextlib.contextmanager
def client(scheduler: str | None = None, local_workers: int | None = None) -> Iterator[Any]:
    """A distributed Client: connected to ``scheduler`` (``tcp://HOST:PORT``), or to a
    LocalCluster of ``local_workers`` single-threaded worker processes on loopback."""
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler) as connected:
            yield connected
        return
    cluster = LocalCluster(
        n_workers=local_workers or 1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        # Its HTTP server starts even without a dashboard, on 8787 unless told
        # otherwise: any free loopback port, so two clusters never collide.
        dashboard_address=":0",
        # Its own warnings (a stream closed while workers shut down under load)
        # are noise on the user's terminal, and made stderr differ from one
        # process's; errors still show.
        silence_logs=logging.ERROR,
    )
    try:
        connected = Client(cluster)
        try:
            yield connected
        finally:
            _close_quietly(connected)
    finally:
        _close_quietly(cluster)


def _close_quietly(closable: Any) -> None:
    """Close a client or local cluster whose work is done. Under load a worker's stream
    may close before the scheduler's goodbye reaches it, and the close then raises
    (``CommClosedError``, ``StreamClosedError``: both ``OSError``); that is the
    cluster's own shutdown, not an error in the user's run, which would otherwise end
    with a line ``Stream is closed`` that one process never prints."""
    with contextlib.suppress(OSError):
        closable.close()


def _workers(connected: Any) -> int:
    try:
        return max(1, len(connected.scheduler_info().get("workers", {})))
    except Exception:
        return 1


def _ordered(connected: Any, parts: Iterable[Any]) -> Iterator[Any]:
    """Compute delayed partitions on the cluster, a bounded number at a time, and yield
    their results in order."""
    window = IN_FLIGHT_PER_WORKER * _workers(connected)
    pending: deque[Any] = deque()
    for part in parts:
        pending.append(connected.compute(part))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def run_jsonl(
    connected: Any, paths: Sequence[str], job: RecordJob, partition_bytes: int | None = None
) -> Iterator[tuple[str, list[RecordResult]]]:
    """Each JSONL file's partitions through the cluster: ``(path, results)`` in order.

    Without ``partition_bytes``, a file is cut into enough partitions to keep every
    worker busy (at least :data:`MIN_PARTITION_BYTES`, at most :data:`PARTITION_BYTES`).
    """
    workers = _workers(connected)
    for path in paths:
        size = partition_bytes or _partition_size(path, workers)
        parts = [delayed(_run_range)(r, job) for r in line_ranges(path, size)]
        for results in _ordered(connected, db.from_delayed(parts).to_delayed()):
            yield path, results


def _partition_size(path: str, workers: int) -> int:
    try:
        size = os.stat(path).st_size  # noqa: PTH116 -- one stat, a str path
    except OSError:
        size = 0
    share = size // (workers * IN_FLIGHT_PER_WORKER)
    return max(MIN_PARTITION_BYTES, min(PARTITION_BYTES, share))


def run_file_list(
    connected: Any, names: Sequence[str], job: FileJob, per_partition: int | None = None
) -> Iterator[FileResult]:
    """Files through the cluster in partitions of paths; results in input order."""
    spread = len(names) // (_workers(connected) * IN_FLIGHT_PER_WORKER)
    size = per_partition or max(1, min(FILES_PER_PARTITION, spread))
    bag = db.from_sequence(list(names), partition_size=size)
    parts = bag.map_partitions(run_files, job).to_delayed()
    for results in _ordered(connected, parts):
        yield from results
