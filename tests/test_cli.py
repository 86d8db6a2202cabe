"""The command line as scripts use it: streams, exit codes, files, formats."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import CliRunner, app
from tests.conftest import FIXTURES

PAGE = FIXTURES / "pages" / "004_bd6d0331c44bdc06.txt"
POST = FIXTURES / "pages" / "000_1737f1c581002fb6.txt"
runner = CliRunner()


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_fix_reads_stdin_and_writes_stdout() -> None:
    code, out, err = run("fix", stdin="工作组， 制定\n".encode())
    assert (code, out, err) == (0, "工作组，制定\n", "")


def test_fix_file_to_stdout_is_the_golden_text() -> None:
    code, out, _ = run("fix", str(PAGE))
    assert code == 0
    assert out == (FIXTURES / "expected" / f"{PAGE.stem}.fix.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ((), "Die Geſellſchaft und ihre Koſten.\n"),
        (("--keep-long-s",), "Die Geſellſchaft und ihre Koſten.\n"),
        (("--fold-long-s",), "Die Gesellschaft und ihre Kosten.\n"),
    ],
)
def test_the_long_s_is_kept_unless_folding_is_asked(flags: tuple[str, ...], expected: str) -> None:
    for command in ("fix", "split"):
        code, out, _ = run(
            command, *flags, "--quiet", stdin="Die Geſellſchaft und ihre Koﬅen.\n".encode()
        )
        assert code == 0
        assert expected.strip() in out


def test_check_exits_1_when_something_would_change_and_writes_nothing() -> None:
    code, out, _ = run("fix", "--check", str(PAGE))
    assert (code, out) == (1, "")


def test_check_exits_0_on_clean_text() -> None:
    code, out, _ = run("fix", "--check", "-", stdin="干净的一行。\n".encode())
    assert (code, out) == (0, "")


def test_diff_shows_the_repair() -> None:
    code, out, _ = run("fix", "--diff", "-", stdin="工作组， 制定\n".encode())
    assert code == 0
    assert "-工作组， 制定" in out
    assert "+工作组，制定" in out


def test_unknown_pass_is_a_usage_error_with_a_suggestion() -> None:
    code, _, err = run("fix", "--skip", "rejion", str(PAGE))
    assert code == 2
    assert "did you mean 'rejoin'" in err


def test_unknown_encoding_is_a_usage_error() -> None:
    code, _, err = run("fix", "--encoding", "klingon", str(PAGE))
    assert code == 2
    assert "unknown encoding" in err


def test_a_missing_file_is_reported_and_the_others_still_processed(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run("fix", str(missing), str(PAGE))
    assert code == 3
    assert f"newsclean: {missing}: no such file" in err
    assert "常态化战疫" in out


def test_binary_input_is_refused_by_name(tmp_path: Path) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    code, out, err = run("fix", str(pdf))
    assert (code, out) == (3, "")
    assert err.strip() == f"newsclean: {pdf}: not text (looks like PDF)"


def test_empty_file_gives_empty_output(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run("fix", str(empty)) == (0, "", "")


def test_json_output_carries_metadata_furniture_and_changes() -> None:
    code, out, _ = run("fix", "--format", "json", str(PAGE))
    doc = json.loads(out)
    assert code == 0
    assert doc["metadata"]["paper"] == "北京商报"
    assert doc["metadata"]["date"] == "2020-12-10"
    assert doc["metadata"]["page"] == "T05"
    assert doc["encoding"] == "utf-8"
    assert "BEIJING BUSINESS TODAY T052020企业社会责任峰会·见众心" in doc["furniture"]
    assert doc["changes"]["replacement"]["lost-space"] == 5


def test_strip_furniture_takes_the_masthead_out() -> None:
    _, out, _ = run("fix", "--strip-furniture", str(PAGE))
    assert "北京商报 2020.12.10" not in out


def test_in_place_rewrites_atomically_and_keeps_the_mode(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.read_bytes())
    page.chmod(0o640)
    code, out, _ = run("fix", "--in-place", str(page))
    assert (code, out) == (0, "")
    assert page.read_text(encoding="utf-8").startswith("北京商报 2020.12.10\n")
    assert oct(page.stat().st_mode & 0o777) == "0o640"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]


def test_output_that_is_also_an_input_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"text")
    code, _, err = run("fix", str(page), "-o", str(page))
    assert code == 2
    assert page.read_bytes() == b"text"
    assert "--in-place" in err


def test_output_dir_gets_one_file_per_input(tmp_path: Path) -> None:
    code, _, _ = run("fix", "--output-dir", str(tmp_path / "out"), str(PAGE), str(POST))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"{POST.stem}.txt",
        f"{PAGE.stem}.txt",
    ]


def test_explain_writes_counts_to_stderr_only() -> None:
    code, out, err = run("fix", "--explain", str(PAGE))
    assert code == 0
    assert "replacement: lost-space: 5" in err
    assert "replacement" not in out


def test_split_json_follows_the_contract() -> None:
    code, out, _ = run("split", str(PAGE))
    page = json.loads(out)
    assert code == 0
    assert set(page) >= {"source", "encoding", "metadata", "furniture", "articles", "changes"}
    for article in page["articles"]:
        assert set(article) >= {"headline", "kicker", "subtitle", "byline", "blocks", "text"}
        assert {b["type"] for b in article["blocks"]} <= {
            "lead", "paragraph", "subhead", "caption", "dateline", "quote",
        }  # fmt: skip


def test_split_jsonl_writes_one_line_per_document() -> None:
    code, out, _ = run("split", "--format", "jsonl", str(PAGE), str(POST))
    lines = out.splitlines()
    assert code == 0
    assert [json.loads(line)["source"] for line in lines] == [str(PAGE), str(POST)]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_split_text_formats_put_the_headline_first(fmt: str) -> None:
    code, out, _ = run("split", "--format", fmt, str(PAGE))
    assert code == 0
    first = out.splitlines()[0].lstrip("# ")
    assert first == "常态化战疫：上控风险 下稳需求"


def test_split_output_dir_writes_one_safe_file_per_article(tmp_path: Path) -> None:
    code, _, _ = run("split", "--format", "markdown", "--output-dir", str(tmp_path), str(PAGE))
    names = sorted(p.name for p in tmp_path.iterdir())
    assert code == 0
    assert names[0] == f"{PAGE.stem}-01-常态化战疫：上控风险-下稳需求.md"
    assert len(names) == 3


def test_passes_lists_the_chain_in_order() -> None:
    code, out, _ = run("passes")
    names = [line.split()[0] for line in out.splitlines()]
    assert code == 0
    assert names[:3] == ["decode", "frontmatter", "markup"]
    assert names[-2:] == ["rejoin", "convert"]


def _feed_and_close(pipe: Any, data: bytes) -> None:
    # The reader may go away first: a broken pipe here is the point of the test.
    with contextlib.suppress(BrokenPipeError):
        pipe.write(data)
    with contextlib.suppress(BrokenPipeError):
        pipe.close()


def test_installed_entry_point_and_closed_pipe() -> None:
    """The console script runs, and a reader that goes away ends it quietly."""
    exe = Path(sys.executable).with_name("newsclean")
    big = PAGE.read_bytes() * 200
    proc = subprocess.Popen(
        [str(exe), "fix", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    assert proc.stdin is not None
    # fix streams: it writes while it reads, so stdin is fed from a thread, or a full
    # stdout pipe would block both sides.
    feeder = threading.Thread(target=_feed_and_close, args=(proc.stdin, big))
    feeder.start()
    proc.stdout.read(10)
    proc.stdout.close()
    proc.wait(timeout=60)
    feeder.join(timeout=60)
    assert proc.stderr is not None
    with proc.stderr:
        assert b"Traceback" not in proc.stderr.read()
