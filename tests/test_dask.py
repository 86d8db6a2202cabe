"""Dask: a real LocalCluster on loopback gives exactly the single-process output.

The cluster runs in this process (``processes=False``: threads, no fork, no spawn), which
is the reliable choice in CI; the CLI test connects a separate ``newsclean`` process to
its scheduler over TCP, the way a real cluster is used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean import api
from tests.conftest import FIXTURES

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

PAGES = sorted((FIXTURES / "pages").glob("*.txt"))


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            # Its HTTP server starts even without a dashboard, on 8787 unless told
            # otherwise: any free loopback port, so two clusters never collide.
            dashboard_address=":0",
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


def test_fix_texts_on_a_cluster(cluster: Any) -> None:
    from newsclean.dask import fix_texts, split_texts

    texts = [p.read_text("utf-8") for p in PAGES]
    bag = dask_bag.from_sequence(texts, npartitions=4)
    assert fix_texts(bag).compute() == [api.fix_text(t) for t in texts]
    assert split_texts(bag).compute() == [api.split(t) for t in texts]


def test_clean_records_on_a_cluster(cluster: Any) -> None:
    from newsclean.batch import RecordError, clean_record
    from newsclean.dask import clean_records

    records: list[Any] = [{"id": i, "text": p.read_text("utf-8")} for i, p in enumerate(PAGES)]
    good = [clean_record(r, id_field="id") for r in records]
    bag = dask_bag.from_sequence([*records, {"id": 99}], npartitions=3)
    assert clean_records(bag, id_field="id", on_error="skip").compute() == good
    kept = clean_records(bag, id_field="id", on_error="keep").compute()
    assert kept[-1]["newsclean"] == {"error": "no 'text' field"}
    with pytest.raises(RecordError):
        clean_records(bag, id_field="id").compute()


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": i, "text": p.read_text("utf-8")}, ensure_ascii=False)
        for i, p in enumerate(PAGES)
    ]
    lines.insert(2, "{broken")
    path.write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        capture_output=True,
        check=False,
        timeout=300,
        env={**os.environ},
    )


def test_cli_on_a_scheduler_equals_one_process(cluster: Any, tmp_path: Path) -> None:
    from newsclean import dask as nc_dask

    address = cluster.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    corpus = _corpus(tmp_path)
    # The corpus is several times the smallest partition, so it is spread over several.
    assert corpus.stat().st_size > 2 * nc_dask.MIN_PARTITION_BYTES
    single = _run("split", "--input-format", "jsonl", "-q", str(corpus))
    spread = _run("split", "--input-format", "jsonl", "-q", "--scheduler", address, str(corpus))
    assert single.returncode == spread.returncode == 3
    assert spread.stdout == single.stdout
    assert spread.stderr == single.stderr
    files = [str(p) for p in PAGES]
    single = _run("fix", "-q", *files)
    spread = _run("fix", "-q", "--scheduler", address, *files)
    assert (single.returncode, spread.returncode) == (0, 0)
    assert spread.stdout == single.stdout


def test_line_ranges_cover_the_file_in_order(tmp_path: Path) -> None:
    from newsclean.dask import line_ranges, read_range

    path = _corpus(tmp_path)
    data = path.read_bytes()
    ranges = list(line_ranges(str(path), 5000))
    assert len(ranges) > 3
    lines = [line for r in ranges for line in read_range(r)]
    assert lines == list(enumerate(data.splitlines(keepends=True), start=1))


def test_cli_on_its_own_local_cluster(tmp_path: Path) -> None:
    """``--dask-local N`` starts worker processes on loopback and stops them after."""
    corpus = _corpus(tmp_path)
    single = _run("fix", "--input-format", "jsonl", "-q", str(corpus))
    local = _run("fix", "--input-format", "jsonl", "-q", "--dask-local", "2", str(corpus))
    assert local.returncode == single.returncode == 3
    assert local.stdout == single.stdout
    assert local.stderr == single.stderr


class _Closing:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def close(self) -> None:
        raise self.error


def test_a_stream_closed_while_the_cluster_shuts_down_is_no_error() -> None:
    from newsclean import dask as nc_dask

    nc_dask._close_quietly(_Closing(OSError("in <TCP (closed)>: Stream is closed")))
    with pytest.raises(ValueError, match="a real failure"):
        nc_dask._close_quietly(_Closing(ValueError("a real failure")))
