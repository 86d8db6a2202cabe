"""Corpus scale: streaming stdin, JSONL records, many files, --jobs, summary and exit codes.

The CLI runs in a subprocess (``python -m newsclean``), so real pipes, real stdin and
the real process pool are what is tested. Nothing here measures time: speed is
``make bench``'s business.
"""

from __future__ import annotations

import io
import json
import os
import selectors
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import api, stream
from newsclean.batch import expand_inputs
from newsclean.emit import render_text
from tests.conftest import FIXTURES

PAGES = sorted((FIXTURES / "pages").glob("*.txt"))


def newsclean(
    *args: str, stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        check=False,
        env={**os.environ, "COLUMNS": "200"},
    )


def streamed(data: bytes, chunk_chars: int) -> tuple[str, int]:
    """``fix`` of ``data`` through the streaming path: the text and the chunk count."""
    out = []
    written = False
    chunks = 0
    for chunk in stream.fix_stream(io.BytesIO(data), chunk_chars=chunk_chars):
        chunks += 1
        rendered = render_text(chunk.doc)
        out.append(stream.join_rendered(written, rendered))
        written = written or bool(rendered)
    return "".join(out), chunks


def running_text(paragraphs: int) -> str:
    """Column-wrapped paragraphs of running text, a blank line after each."""
    sentence = "国家统计局今天发布数据，前三季度经济运行总体平稳，就业形势保持稳定。"
    out = []
    for p in range(paragraphs):
        body = sentence * (2 + p % 3)
        lines = [body[i : i + 16] for i in range(0, len(body), 16)]
        out.append("\n".join(lines) + "\n\n")
    return "".join(out)


# --- streaming ----------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["甲。\n", "\n", "\n\n", "他说，好。\n", "，续\n", " \n", "标题\n", "x"]),
        max_size=120,
    ),
    st.integers(min_value=1, max_value=80),
    st.integers(min_value=1, max_value=30),
)
def test_chunks_join_back_to_the_input(parts: list[str], chunk: int, piece: int) -> None:
    text = "".join(parts)
    pieces = [text[i : i + piece] for i in range(0, len(text), piece)]
    assert "".join(stream.chunk_text(pieces, chunk)) == text


def test_a_cut_is_only_where_rejoin_never_bridges() -> None:
    assert stream.find_cut("他说：\n\n“稳经济”，好。\n", 0) is None
    assert stream.find_cut("好。\n\n，接着说。\n", 0) is None
    text = "好。\n\n标题\n正文，好。\n"
    assert stream.find_cut(text, 0) == text.index("标题")


def test_lesser_cuts_bound_a_chunk_without_blank_lines() -> None:
    text = "".join(f"第{i}行，没有空行\n" for i in range(3000))
    chunks = list(stream.chunk_text([text[i : i + 100] for i in range(0, len(text), 100)], 1000))
    assert "".join(chunks) == text
    assert max(map(len, chunks)) < 5 * 1000
    assert all(c.endswith("\n") for c in chunks)


def test_chunks_are_not_page_edges() -> None:
    """A masthead-like line right after a cut stays text, as it would mid-document."""
    page = "正文第一段，内容。\n\n晚报\n正文第二段，内容。\n\n" * 300
    out, chunks = streamed(page.encode("utf-8"), 500)
    assert chunks > 5
    assert out == api.fix_text(page)


def test_streaming_equals_whole_document_on_running_text() -> None:
    data = running_text(400).encode("utf-8")
    whole = api.fix_text(data.decode("utf-8"))
    out, chunks = streamed(data, 2000)
    assert chunks > 5
    assert out == whole


def test_streaming_keeps_html_whole() -> None:
    html = "<p>第一段，内容。</p>\n\n" * 500 + '<div style="display:none">\n\n藏。\n\n</div>\n'
    out, chunks = streamed(html.encode("utf-8"), 500)
    assert chunks == 1
    assert "藏" not in out


@pytest.mark.parametrize("codec", ["utf-8-sig", "gb18030", "utf-16"])
def test_streaming_decodes_legacy_and_bom_input(codec: str) -> None:
    text = running_text(50)
    out, _ = streamed(text.encode(codec), 500)
    assert out == api.fix_text(text)


def test_stdin_is_written_before_it_is_closed() -> None:
    """The first chunk's output arrives while stdin is still open: real streaming."""
    first = running_text(6000).encode("utf-8")
    assert len(first.decode("utf-8")) > 2 * stream.CHUNK_CHARS
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "fix"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    # A thread feeds stdin (and closes it when done), so a full stdout pipe cannot
    # block this test; the data is long enough that the first chunk's output must come
    # while the feeder still has more to write.
    feeder = threading.Thread(target=_feed, args=(proc.stdin, first))
    feeder.start()
    try:
        selector = selectors.DefaultSelector()
        selector.register(proc.stdout, selectors.EVENT_READ)
        # Generous: this asserts that output comes before EOF, not how fast it comes.
        ready = selector.select(timeout=120)
        assert ready, "no output while stdin was still open"
        head = os.read(proc.stdout.fileno(), 100)
        assert head
        assert feeder.is_alive(), "stdin was consumed whole before any output"
    finally:
        rest = proc.stdout.read()
        feeder.join(timeout=120)
        proc.wait(timeout=120)
        if proc.stderr is not None:
            proc.stderr.close()
        proc.stdout.close()
    assert rest
    assert proc.returncode == 0


def _feed(pipe: Any, data: bytes) -> None:
    pipe.write(data)
    pipe.close()


def test_cli_stdin_output_equals_file_output() -> None:
    data = PAGES[1].read_bytes()
    from_stdin = newsclean("fix", stdin=data)
    from_file = newsclean("fix", str(PAGES[1]))
    assert from_stdin.returncode == 0
    assert from_stdin.stdout == from_file.stdout
    assert from_stdin.stderr == b""


def test_cli_check_on_streamed_stdin() -> None:
    clean = api.fix_text("工作组， 制定计划。\n").encode("utf-8")
    assert newsclean("fix", "--check", stdin=clean).returncode == 0
    assert newsclean("fix", "--check", stdin="工作组， 制定计划。\n".encode()).returncode == 1


# --- JSONL --------------------------------------------------------------------------


def corpus_file(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"id": i, "text": p.read_text("utf-8"), "lang": "zh"}, ensure_ascii=False)
        for i, p in enumerate(PAGES[:3])
    ]
    lines.insert(1, "{not json")
    lines.insert(3, json.dumps({"id": 9, "body": "no text field"}))
    lines.append("")
    lines.append(json.dumps({"id": 10, "text": "工作组， 制定"}, ensure_ascii=False))
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_keeps_fields_adds_newsclean_and_reports_bad_lines(tmp_path: Path) -> None:
    path = corpus_file(tmp_path)
    result = newsclean("fix", "--input-format", "jsonl", "--id-field", "id", str(path))
    assert result.returncode == 3
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == [0, 1, 2, 10]
    assert all(r["lang"] == "zh" for r in records[:3])
    assert records[0]["text"] == api.clean(PAGES[0].read_text("utf-8")).text
    assert records[3]["text"] == "工作组，制定"
    added = records[0]["newsclean"]
    assert set(added) >= {"metadata", "furniture", "changes", "source"}
    assert added["source"] == "0"
    stderr = result.stderr.decode()
    assert f"{path}:2: not JSON" in stderr
    assert f"{path}:4: no 'text' field" in stderr


def test_jsonl_on_error_keep_and_fail(tmp_path: Path) -> None:
    path = corpus_file(tmp_path)
    kept = newsclean("fix", "--input-format", "jsonl", "--on-error", "keep", str(path))
    assert kept.returncode == 3
    lines = kept.stdout.decode().splitlines()
    assert lines[1] == "{not json"
    assert len(lines) == 6
    failed = newsclean("fix", "--input-format", "jsonl", "--on-error", "fail", str(path))
    assert failed.returncode == 3
    assert len(failed.stdout.decode().splitlines()) == 1
    assert "stopping" in failed.stderr.decode()


def test_jsonl_split_adds_articles_and_jobs_keep_order(tmp_path: Path) -> None:
    path = corpus_file(tmp_path)
    one = newsclean("split", "--input-format", "jsonl", "-q", str(path))
    two = newsclean("split", "--input-format", "jsonl", "-q", "--jobs", "2", str(path))
    assert one.stdout == two.stdout
    records = [json.loads(line) for line in one.stdout.decode().splitlines()]
    assert records[0]["newsclean"]["articles"] == api.split(PAGES[0].read_bytes())["articles"]


def test_jsonl_text_field_option(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"content": "工作组， 制定"}, ensure_ascii=False) + "\n", "utf-8")
    result = newsclean("fix", "--input-format", "jsonl", "--text-field", "content", str(path))
    assert result.returncode == 0
    assert json.loads(result.stdout)["content"] == "工作组，制定"


# --- many files ---------------------------------------------------------------------


def test_directories_need_r_and_globs_expand(tmp_path: Path) -> None:
    pages = FIXTURES / "pages"
    paths, problems = expand_inputs([str(pages)], recursive=True)
    assert paths == [str(p) for p in PAGES]
    assert not problems
    paths, problems = expand_inputs([str(pages)])
    assert not paths
    assert "use -r" in problems[0][1]
    paths, problems = expand_inputs([f"{pages}/zh_*minghu*.txt", f"{tmp_path}/*.none"])
    assert len(paths) == 1
    assert problems == [(f"{tmp_path}/*.none", "no files match")]


def test_jobs_keep_order_and_match_one_process() -> None:
    one = newsclean("fix", "-q", *map(str, PAGES))
    two = newsclean("fix", "-q", "--jobs", "2", *map(str, PAGES))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    # Documents are separated by a blank line.
    texts = [api.fix_text(p.read_text("utf-8")) for p in PAGES]
    assert one.stdout == "\n".join(t for t in texts if t).encode()


def test_an_unreadable_input_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = newsclean("fix", "--jobs", "2", str(PAGES[0]), str(missing), str(PAGES[1]))
    assert result.returncode == 3
    texts = [api.fix_text(p.read_text("utf-8")) for p in PAGES[:2]]
    assert result.stdout.decode() == "\n".join(texts)
    assert f"{missing}: no such file" in result.stderr.decode()
    result = newsclean("fix", str(FIXTURES / "pages"))
    assert result.returncode == 3
    assert "use -r" in result.stderr.decode()


def test_summary_only_when_asked() -> None:
    """Quiet unless asked: in a pipe (stderr not a terminal) only --verbose prints it."""
    single = newsclean("fix", str(PAGES[0]))
    assert single.stderr == b""
    many = newsclean("split", "-r", str(FIXTURES / "pages"), "-f", "jsonl")
    assert many.stderr == b""
    verbose = newsclean("fix", "--verbose", "--no-config", str(PAGES[0]))
    assert b"fix: 1 file, " in verbose.stderr
    summary = newsclean("split", "-v", "--no-config", "-r", str(FIXTURES / "pages"), "-f", "jsonl")
    line = summary.stderr.decode()
    assert f"split: {len(PAGES)} files, " in line
    assert " articles, 0 errors in " in line
    assert "MB/s" in line
    assert summary.stdout == many.stdout
    quiet = newsclean("split", "-q", "-v", "--no-config", "-r", str(FIXTURES / "pages"))
    assert b"split:" not in quiet.stderr


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "all.txt"
    result = newsclean("fix", "-q", "-o", str(out), *map(str, PAGES[:2]))
    assert result.returncode == 0
    assert result.stdout == b""
    texts = [api.fix_text(p.read_text("utf-8")) for p in PAGES[:2]]
    assert out.read_text("utf-8") == "\n".join(texts)
    assert not list(tmp_path.glob(".*.tmp"))


def test_dask_options_are_checked() -> None:
    both = newsclean("fix", "--scheduler", "tcp://127.0.0.1:1", "--dask-local", "2", "x")
    assert both.returncode == 2
    stdin = newsclean("fix", "--dask-local", "2", "-")
    assert stdin.returncode == 2


def test_caps_share_fast_path_is_exact() -> None:
    """latin.caps_share counts by C loops below U+0250: there, cased means letter."""
    from newsclean import latin

    assert all(chr(c).isalpha() for c in range(0x250) if chr(c).isupper() or chr(c).islower())
    for line in ["", "ABC def", "NEW-YORK TRIBUNE", "Ça va, ÉTÉ", "12 ⅠⅡ abc", "ǅ ǆ Ǆ"]:
        cased = [ch for ch in line if ch.isalpha() and (ch.isupper() or ch.islower())]
        expected = sum(ch.isupper() for ch in cased) / len(cased) if cased else 0.0
        assert latin.caps_share(line) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a" * 300 + "-",
        "x " + "a" * 255 + "-",
        "b" * 1000,
        "'" + "a" * 256,
        "中" * 300 + "ab-",
        # The space nearest the end, before the last word, where the search starts.
        "the words of an inter-",
        "a sentence that ends in a word set apart from its hyphen -",
        "to the big -",
        "it ran on and on l'homme",
        "and it ran on and it’s",
        "the number 1914-",
        "word " * 20 + "x" * 70 + "-",
        "end of a line with a soft hyph\u00ad",
    ],
)
def test_dehyphenate_tail_search_equals_a_full_search(text: str) -> None:
    from newsclean import dehyphenate

    patterns = (dehyphenate.LINE_END_MARK, dehyphenate._LAST_WORD, dehyphenate._SPACED_HYPHEN)
    for pattern in patterns:
        full, tail = pattern.search(text), dehyphenate._search_tail(pattern, text)
        assert (full and (full.span(), full.groups())) == (tail and (tail.span(), tail.groups()))


def test_verbose_summary_for_jsonl_input(tmp_path: Path) -> None:
    """A JSONL corpus gets its summary line under --verbose too, for both commands (split's
    used to leave by an exception before the summary was written)."""
    path = corpus_file(tmp_path)
    for command in ("fix", "split"):
        result = newsclean(command, "--input-format", "jsonl", "-v", "--no-config", str(path))
        assert result.returncode == 3  # the corpus holds two bad records
        assert f"{command}: 1 file (".encode() in result.stderr
