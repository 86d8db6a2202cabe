"""The CLI contract on files and streams (issue 15), and the in-place rules of issue 14:
what ``-o``, ``-i``, ``--check``, ``--diff`` and ``--output-dir`` do with devices,
FIFOs, symbolic links, trees, line ends and encodings; messages; the library's checks.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsclean import api
from newsclean.errors import InputError
from newsclean.options import Options
from tests.cli_runner import CliRunner, app
from tests.conftest import ROOT

#: A line ``fix`` repairs (the space after the fullwidth comma goes), and a clean one.
DIRTY = "工作组， 制定计划。\n"
CLEAN = "干净的一行。\n"
#: A file name that is not UTF-8, as a program gets it from the file system.
LATIN1_NAME = os.fsdecode(b"caf\xe9.txt")


def run(*args: str, stdin: bytes | None = None) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout_bytes, result.stderr


def newsclean(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args], capture_output=True, check=False, **kwargs
    )


def gbk_crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("gbk")


# --- --diff and --check never write -------------------------------------------------


@pytest.mark.parametrize("flag", ["--diff", "--check"])
@pytest.mark.parametrize("writer", ["-i", "--output-dir"])
def test_diff_and_check_with_a_writing_option_are_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flag: str, writer: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(DIRTY, encoding="utf-8")
    args = [flag, writer] + (["out"] if writer == "--output-dir" else []) + ["a.txt"]
    code, _, err = run("fix", *args)
    assert code == 2
    assert err.startswith(f"newsclean: {flag} writes no files")
    assert err.count("\n") == 1
    assert Path("a.txt").read_text(encoding="utf-8") == DIRTY
    assert not Path("out").exists()


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_in_place_with_a_json_format_is_a_usage_error(tmp_path: Path, fmt: str) -> None:
    page = tmp_path / "a.txt"
    page.write_text(DIRTY, encoding="utf-8")
    code, _, err = run("fix", "-i", "--format", fmt, str(page))
    assert code == 2
    assert err.startswith("newsclean: --in-place writes text back")
    assert page.read_text(encoding="utf-8") == DIRTY


def test_diff_to_an_output_file_writes_the_diff_not_the_input(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(DIRTY, encoding="utf-8")
    code, _, _ = run("fix", "--diff", str(page), "-o", str(tmp_path / "a.diff"))
    assert code == 0
    assert page.read_text(encoding="utf-8") == DIRTY
    assert "+工作组，制定计划。" in (tmp_path / "a.diff").read_text(encoding="utf-8")


# --- -o: regular files replaced whole, everything else written into -------------------


def test_output_to_a_character_device_writes_into_it() -> None:
    code, out, err = run("fix", "-o", "/dev/null", "-", stdin=DIRTY.encode())
    assert (code, out, err) == (0, b"", "")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_output_to_a_full_device_is_one_line_and_exit_3() -> None:
    code, _, err = run("fix", "-o", "/dev/full", "-", stdin=DIRTY.encode())
    assert code == 3
    assert err == "newsclean: /dev/full: cannot write: No space left on device\n"
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)


def test_output_to_a_fifo_reaches_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    done = newsclean("fix", "-o", str(fifo), "-", input=DIRTY.encode())
    out, _ = reader.communicate(timeout=60)
    assert done.returncode == 0, done.stderr
    assert out.decode() == "工作组，制定计划。\n"
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_output_to_dev_fd_writes_into_the_descriptor() -> None:
    read_end, write_end = os.pipe()
    done = subprocess.run(
        [sys.executable, "-m", "newsclean", "fix", "-o", f"/dev/fd/{write_end}", "-"],
        input=DIRTY.encode(),
        capture_output=True,
        pass_fds=(write_end,),
        check=False,
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as handle:
        got = handle.read()
    assert done.returncode == 0, done.stderr
    assert got.decode() == "工作组，制定计划。\n"


def test_output_to_dev_stdout_redirected_to_a_file_appends_to_it(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("before\n", encoding="utf-8")
    with out.open("ab") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "newsclean", "fix", "-o", "/dev/stdout", "-"],
            input=DIRTY.encode(),
            stdout=handle,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == "before\n工作组，制定计划。\n"


def test_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "target.txt"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, _, _ = run("fix", "-o", str(link), "-", stdin=DIRTY.encode())
    assert code == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "工作组，制定计划。\n"


def test_output_dash_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("fix", "-o", "-", "-", stdin=DIRTY.encode())
    assert (code, out.decode()) == (0, "工作组，制定计划。\n")
    assert not Path("-").exists()


def test_output_to_a_regular_file_replaces_it_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old\n", encoding="utf-8")
    before = out.stat().st_ino
    assert run("fix", "-o", str(out), "-", stdin=DIRTY.encode())[0] == 0
    assert out.read_text(encoding="utf-8") == "工作组，制定计划。\n"
    assert out.stat().st_ino != before


# --- -i: unchanged files untouched, encoding and line ends kept ------------------------


def test_in_place_leaves_an_unchanged_file_untouched(tmp_path: Path) -> None:
    page = tmp_path / "clean.txt"
    page.write_bytes(gbk_crlf(CLEAN))
    twin = tmp_path / "twin.txt"
    os.link(page, twin)
    link = tmp_path / "link.txt"
    link.symlink_to(page)
    os.utime(page, (1_000_000_000, 1_000_000_000))
    before = page.stat()
    code, _, err = run("fix", "-i", str(page), str(link))
    assert (code, err) == (0, "")
    after = page.stat()
    assert (after.st_ino, after.st_mtime_ns, after.st_nlink) == (
        before.st_ino,
        before.st_mtime_ns,
        2,
    )
    assert link.is_symlink()


def test_in_place_rewrites_a_changed_file_and_follows_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "page.txt"
    target.write_text(DIRTY, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert run("fix", "-i", str(link))[0] == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "工作组，制定计划。\n"


@pytest.mark.parametrize(
    ("encoding", "end"),
    [("gbk", "\r\n"), ("utf-8", "\r\n"), ("big5", "\n"), ("utf-8-sig", "\r\n"), ("utf-16", "\n")],
)
def test_in_place_keeps_encoding_and_line_ends_and_check_and_diff_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str, end: str
) -> None:
    monkeypatch.chdir(tmp_path)
    text = "工作組， 制定計劃。\n第二段。\n" if encoding == "big5" else DIRTY + "第二段。\n"
    clean_text = text.replace("， ", "，")
    dirty = text.replace("\n", end).encode(encoding)
    clean = clean_text.replace("\n", end).encode(encoding)
    Path("dirty.txt").write_bytes(dirty)
    Path("clean.txt").write_bytes(clean)
    # Clean: --check passes, --diff is empty, -i writes nothing.
    assert run("fix", "--check", "clean.txt")[0] == 0
    assert run("fix", "--diff", "clean.txt")[:2] == (0, b"")
    # Dirty: --check fails, --diff shows exactly the bytes -i writes.
    assert run("fix", "--check", "dirty.txt")[0] == 1
    code, diff, _ = run("fix", "--diff", "dirty.txt")
    assert code == 0
    assert b"\r\n" in diff if end == "\r\n" else b"\r" not in diff
    assert run("fix", "-i", "dirty.txt")[0] == 0
    assert Path("dirty.txt").read_bytes() == clean
    assert run("fix", "--check", "dirty.txt")[0] == 0


def test_in_place_refuses_text_its_codec_cannot_hold(tmp_path: Path) -> None:
    """Latin-1 mojibake read as cp1252 repairs to CJK that cp1252 cannot write back."""
    page = tmp_path / "page.txt"
    raw = "Ã©tÃ© â€” Ã  ".encode("cp1252") + "中文".encode().decode("cp1252").encode("cp1252")
    page.write_bytes(raw)
    code, _, err = run("fix", "-i", "--encoding", "cp1252", str(page))
    if code == 0:
        # The passes found nothing they could not write back: nothing to check.
        pytest.skip("no repair outside cp1252 here")
    assert code == 3
    assert "cannot write the repaired text back as cp1252" in err
    assert page.read_bytes() == raw


# --- 14.11: Markdown and HTML are never turned into plain text in place ----------------


def test_in_place_leaves_markdown_and_html_alone_and_does_the_rest(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    md = "---\ntitle: x\n---\n# Head\n\n- eggs\n- flour\n\n[link](http://a.b)\n"
    html = "<html><body><p>工作组， 制定</p></body></html>\n"
    (site / "index.md").write_text(md, encoding="utf-8")
    (site / "page.html").write_text(html, encoding="utf-8")
    (site / "snippet.txt").write_text(html, encoding="utf-8")
    (site / "notes.txt").write_text(DIRTY, encoding="utf-8")
    code, _, err = run("fix", "-r", "-i", str(site))
    assert code == 0
    assert (site / "index.md").read_text(encoding="utf-8") == md
    assert (site / "page.html").read_text(encoding="utf-8") == html
    assert (site / "snippet.txt").read_text(encoding="utf-8") == html
    assert (site / "notes.txt").read_text(encoding="utf-8") == "工作组，制定计划。\n"
    lines = err.splitlines()
    assert len(lines) == 3
    assert all("left alone: in place, fix would turn its" in line for line in lines)
    assert any("index.md" in line and "Markdown" in line for line in lines)
    # --check agrees with -i: the refused files are named, and not counted as changes.
    code, _, err = run("fix", "--check", "-r", str(site))
    assert code == 0
    assert err.splitlines()[-1] == "newsclean: 0 of 1 files would change"


def test_in_place_leaves_a_file_with_unreadable_bytes_alone(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    raw = DIRTY.encode() + b"caf\xe9 au lait\n"
    page.write_bytes(raw)
    code, _, err = run("fix", "-i", str(page))
    assert code == 0
    assert err == (
        f"newsclean: {page}: left alone: 1 byte could not be read as utf-8 and would be "
        "lost in place (write the text elsewhere with -o or --output-dir)\n"
    )
    assert page.read_bytes() == raw
    # The same text without the bad byte is repaired in place.
    page.write_bytes(DIRTY.encode() + b"cafe au lait\n")
    assert run("fix", "-i", str(page))[0] == 0
    assert page.read_text(encoding="utf-8").startswith("工作组，制定计划。")


def test_markdown_still_goes_to_stdout_as_plain_text(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("# Head\n\nBody text here.\n", encoding="utf-8")
    code, out, _ = run("fix", str(page))
    assert code == 0
    assert b"Body text here." in out


# --- 14.10: a forced codec that cannot read the input ---------------------------------


@pytest.mark.parametrize("codec", ["gbk", "ascii"])
def test_forced_codec_that_fails_is_exit_3(tmp_path: Path, codec: str) -> None:
    page = tmp_path / "u.txt"
    page.write_text("中文内容，很多字。\n", encoding="utf-8")
    code, out, err = run("fix", "--encoding", codec, str(page))
    assert (code, out) == (3, b"")
    assert err.startswith(f"newsclean: {page}: cannot decode as {codec}")
    code, _, err = run("fix", "--encoding", codec, "-", stdin=page.read_bytes())
    assert code == 3
    assert err == f"newsclean: <stdin>: cannot decode as {codec}\n"
    for command in ("split", "inspect", "view"):
        assert run(command, "--encoding", codec, str(page))[0] == 3, command


def test_forced_codec_with_replace_reads_anyway(tmp_path: Path) -> None:
    page = tmp_path / "u.txt"
    page.write_bytes("The first line of text.\nThe café is open today.\n".encode())
    code, out, err = run("fix", "--encoding", "ascii", "--encoding-errors", "replace", str(page))
    assert code == 0
    assert out.decode() == "The first line of text.\nThe caf\ufffd\ufffd is open today.\n"
    assert err == ""


def test_forced_codec_that_fits_is_not_an_error(tmp_path: Path) -> None:
    page = tmp_path / "g.txt"
    page.write_bytes("中文内容。\n".encode("gbk"))
    assert run("fix", "--encoding", "gbk", str(page))[:2] == (0, "中文内容。\n".encode())


def test_library_forced_codec_is_strict_unless_told() -> None:
    raw = "中文".encode()
    with pytest.raises(InputError, match="cannot decode as ascii"):
        api.clean(raw, encoding="ascii")
    assert api.clean(raw, encoding="ascii", encoding_errors="replace").encoding == "ascii"


# --- JSONL by suffix ----------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_jsonl_files_are_read_as_records(tmp_path: Path, suffix: str) -> None:
    corpus = tmp_path / f"c{suffix}"
    lines = [json.dumps({"id": i, "text": DIRTY}, ensure_ascii=False) for i in range(2)]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run("fix", str(corpus))
    assert code == 0
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert [r["id"] for r in records] == [0, 1]
    assert all(r["text"] == "工作组，制定计划。" for r in records)
    code, _, err = run("fix", "-i", str(corpus))
    assert code == 2
    assert "JSONL" in err
    assert corpus.read_text(encoding="utf-8") == "\n".join(lines) + "\n"


def test_jsonl_and_text_inputs_together_need_input_format(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("x\n", encoding="utf-8")
    code, _, err = run("fix", str(tmp_path / "c.jsonl"), str(tmp_path / "a.txt"))
    assert code == 2
    assert "--input-format" in err
    code, out, _ = run("fix", "--input-format", "text", str(tmp_path / "c.jsonl"))
    assert (code, out) == (0, b'{"text": "x"}\n')


def test_help_says_how_jsonl_is_recognised() -> None:
    out = run("fix", "--help")[1].decode()
    assert ".jsonl" in out
    assert ".ndjson" in out


# --- --output-dir mirrors the tree ----------------------------------------------------


def test_output_dir_mirrors_the_input_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for top in ("pages", "other"):
        Path(top, "a").mkdir(parents=True)
        Path(top, "a", "x.txt").write_text(f"{top}\n", encoding="utf-8")
    code, _, _ = run("fix", "-r", "pages", "other", "--output-dir", "out")
    assert code == 0
    written = {str(p.relative_to("out")) for p in Path("out").rglob("*") if p.is_file()}
    assert written == {"pages/a/x.txt", "other/a/x.txt"}
    assert Path("out/other/a/x.txt").read_text(encoding="utf-8") == "other\n"
    # One file named: below the output directory by its own name.
    assert run("fix", "pages/a/x.txt", "--output-dir", "one")[0] == 0
    assert [p.name for p in Path("one").iterdir()] == ["x.txt"]
    # '.' has no name of its own: what is under it goes straight below the output.
    monkeypatch.chdir("pages")
    assert run("fix", "-r", ".", "--output-dir", "../dot")[0] == 0
    assert [str(p.relative_to("../dot")) for p in Path("../dot").rglob("*.txt")] == ["a/x.txt"]
    # The output directory inside the input tree: a run again does not read its outputs.
    for _ in range(2):
        assert run("fix", "-r", ".", "--output-dir", "inside")[0] == 0
    assert sorted(str(p) for p in Path("inside").rglob("*.txt")) == ["inside/a/x.txt"]


def test_split_output_dir_run_again_replaces_its_files(tmp_path: Path) -> None:
    page = tmp_path / "p" / "page.txt"
    page.parent.mkdir()
    page.write_text("标题在这里\n\n正文第一段，内容很长。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run("split", "--output-dir", str(out), str(page))[0] == 0
    first = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert run("split", "--output-dir", str(out), str(page))[0] == 0
    second = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert first
    assert first == second


# --- several text documents into one stream ---------------------------------------------


def test_text_outputs_are_separated_by_a_blank_line(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("第一篇。\n", encoding="utf-8")
    b.write_text("第二篇。\n", encoding="utf-8")
    code, out, _ = run("fix", str(a), str(b))
    assert (code, out.decode()) == (0, "第一篇。\n\n第二篇。\n")
    assert run("fix", str(a), str(b), "-o", str(tmp_path / "o.txt"))[0] == 0
    assert (tmp_path / "o.txt").read_text(encoding="utf-8") == "第一篇。\n\n第二篇。\n"
    code, out, _ = run("fix", str(a))
    assert out.decode() == "第一篇。\n"


# --- --check names files; --diff applies ------------------------------------------------


def test_check_and_diff_together_show_the_diff_and_exit_1(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(DIRTY, encoding="utf-8")
    code, out, err = run("fix", "--check", "--diff", str(page))
    assert code == 1
    assert "+工作组，制定计划。" in out.decode()
    assert err.endswith("1 of 1 files would change\n")


def test_check_names_each_file_and_counts_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("pages").mkdir()
    Path("pages/a.txt").write_text(DIRTY, encoding="utf-8")
    Path("pages/b.txt").write_text(CLEAN, encoding="utf-8")
    Path("pages/c.txt").write_text(CLEAN, encoding="utf-8")
    code, out, err = run("fix", "--check", "-r", "pages")
    assert (code, out) == (1, b"")
    assert err == "newsclean: would fix: pages/a.txt\nnewsclean: 1 of 3 files would change\n"
    assert run("fix", "--check", "-q", "-r", "pages")[1:] == (b"", "")


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs GNU patch")
@pytest.mark.parametrize("tool", ["patch", "git"])
def test_diff_applies_with_patch_and_git_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tool: str
) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"needs {tool}")
    monkeypatch.chdir(tmp_path)
    files = {
        "my page.txt": gbk_crlf(DIRTY + "第二段。\n"),
        LATIN1_NAME: DIRTY.encode(),
        "no-newline.txt": DIRTY.encode() + "最后一行，没有换行".encode(),
    }
    for name, data in files.items():
        Path(name).write_bytes(data)
    code, diff, _ = run("fix", "--diff", *files)
    assert code == 0
    assert b"--- my page.txt\t" in diff
    assert b"+++ my page.txt\t" in diff
    expected = {}
    for name in files:
        assert run("fix", "-i", name)[0] == 0
        expected[name] = Path(name).read_bytes()
        Path(name).write_bytes(files[name])
    if tool == "git":
        subprocess.run(["git", "init", "-q", "."], check=True)
        command = ["git", "apply", "-p0"]
    else:
        command = ["patch", "-p0", "--quiet"]
    subprocess.run(command, input=diff, check=True)
    for name in files:
        assert Path(name).read_bytes() == expected[name], name


# --- JSON shape -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["fix", "--format", "json"], ["split"], ["inspect", "-f", "json"]]
)
def test_json_shape_follows_the_arguments(tmp_path: Path, command: list[str]) -> None:
    good = tmp_path / "a.txt"
    good.write_text(DIRTY, encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    code, out, _ = run(*command, str(good))
    assert isinstance(json.loads(out), dict)
    code, out, err = run(*command, str(good), missing)
    assert code == 3
    assert "missing.txt: no such file" in err
    assert isinstance(json.loads(out), list)
    assert len(json.loads(out)) == 1
    code, out, _ = run(*command, missing, missing)
    assert (code, json.loads(out)) == (3, [])
    # One input named and not read: no object to write, and no empty array for it.
    code, out, _ = run(*command, missing)
    assert (code, out) == (3, b"")
    # A directory is several inputs, however many files it holds.
    missing_dir = tmp_path / "d"
    missing_dir.mkdir()
    (missing_dir / "only.txt").write_text(DIRTY, encoding="utf-8")
    code, out, _ = run(*command, "-r", str(missing_dir))
    assert code == 0
    assert isinstance(json.loads(out), list)


# --- non-UTF-8 file names ------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["split"],
        ["fix", "--format", "json"],
        ["fix", "--format", "jsonl"],
        ["fix", "--output-dir", "out"],
        ["split", "--output-dir", "out"],
        ["fix", "--check"],
    ],
)
def test_a_file_name_that_is_not_utf8_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path(LATIN1_NAME).write_text("标题\n\n" + DIRTY, encoding="utf-8")
    done = newsclean(*args, LATIN1_NAME)
    assert done.returncode in (0, 1), done.stderr
    assert b"Traceback" not in done.stderr
    if "--output-dir" in args:
        assert any(Path("out").iterdir())
    elif "--check" not in args:
        first = done.stdout.decode().splitlines()[0]
        body = json.loads(first if "jsonl" in args else done.stdout)
        assert body["source"] == "caf\\xe9.txt"


# --- messages ---------------------------------------------------------------------------------


def test_dask_options_without_dask_are_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "a.txt"
    page.write_text(CLEAN, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)
    for option in (["--dask-local", "2"], ["--scheduler", "tcp://127.0.0.1:1"]):
        code, _, err = run("fix", *option, str(page))
        assert code == 2
        assert err == "newsclean: Dask options need: pip install 'newsclean[dask]'\n"


def test_recursive_on_an_empty_directory_exits_0(tmp_path: Path) -> None:
    code, out, err = run("fix", "-r", str(tmp_path))
    assert (code, out) == (0, b"")
    assert err.startswith("newsclean: nothing to do")
    assert run("fix", "-r", "-q", str(tmp_path))[1:] == (b"", "")


def test_a_terminal_on_stdin_is_told_it_is_read() -> None:
    import pty

    controller, terminal = pty.openpty()
    done = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "fix"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    os.write(controller, b"\x04")
    _, err = done.communicate(timeout=60)
    os.close(terminal)
    os.close(controller)
    assert done.returncode == 0
    assert err.decode().startswith("newsclean: reading standard input")
    # Not a terminal: nothing said.
    piped = newsclean("fix", input=CLEAN.encode())
    assert piped.stderr == b""


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["fxi"], "No such command 'fxi'"),
        (["fix", "--bogus"], "No such option '--bogus'"),
        (["fix", "--format", "xml"], "'xml' is not one of"),
        (["fix", "--jobs", "x"], "'x' is not a valid integer"),
        (["split", "--replacement", "dorp"], "'dorp' is not one of"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], words: str) -> None:
    code, out, err = run(*args)
    assert (code, out) == (2, b"")
    assert err.count("\n") == 1
    assert err.startswith("newsclean: ")
    assert words in err
    assert "Usage:" not in err


def test_a_typo_suggestion_is_printed_once() -> None:
    err = run("fxi")[2]
    assert err.count("Did you mean 'fix'") == 1


@pytest.mark.parametrize("command", ["fix", "split", "view"])
def test_help_examples_one_per_line_and_files_documented(command: str) -> None:
    out = run(command, "--help")[1].decode()
    examples = out[out.index("Examples:") :].split("\n\n")[0].splitlines()[1:]
    assert len(examples) >= 2
    assert all(line.strip().startswith("newsclean ") or "| newsclean" in line for line in examples)
    assert "FILES: the pages to read; none, or '-', reads standard input" in " ".join(out.split())


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("newsclean fix --skip punc", "punctuation"),
        ("newsclean fix --passes rejoin,pun", "rejoin,punctuation"),
        ("newsclean split --convert s2t", "s2tw"),
        ("newsclean fix --format js", "jsonl"),
    ],
)
def test_completion_offers_option_values(words: str, expected: str) -> None:
    env = {
        "_NEWSCLEAN_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="newsclean")
    assert expected in result.stdout.split()


def test_inspect_and_view_take_recursive_quiet_and_jobs(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(DIRTY, encoding="utf-8")
    code, out, _ = run("inspect", "-r", "-q", "--jobs", "2", "-f", "json", str(tmp_path))
    assert code == 0
    assert [r["source"] for r in json.loads(out)] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]
    code, out, _ = run("view", "-r", "-q", "--jobs", "2", str(tmp_path))
    assert code == 0
    assert out.count(b"a.txt") >= 1
    assert out.count(b"b.txt") >= 1


# --- the library checks its keywords --------------------------------------------------------


@pytest.mark.parametrize(
    ("keywords", "words"),
    [
        ({"replacement": "dorp"}, ["replacement", "keep", "drop"]),
        ({"skip": "punctuation"}, ["skip", "list of pass names"]),
        ({"skip": ("punctuaton",)}, ["skip", "punctuation"]),
        ({"max_headline": "abc"}, ["max_headline", "whole number"]),
        ({"furniture": "all"}, ["furniture", "header", "strip", "keep"]),
        ({"encoding": "klingon"}, ["encoding", "klingon"]),
        ({"encoding_errors": "ignore"}, ["encoding_errors", "strict", "replace"]),
        ({"convert": "x2y"}, ["convert", "t2s"]),
        ({"furniture_patterns": ["("]}, ["furniture_patterns", "regular expression"]),
        ({"replacment": "drop"}, ["replacment", "did you mean 'replacement'"]),
    ],
)
def test_library_keywords_are_checked_in_library_words(
    keywords: dict[str, Any], words: list[str]
) -> None:
    from newsclean import fix_text, split

    calls: list[Callable[[], Any]] = [
        lambda: api.fix_text("x", **keywords),
        lambda: api.clean("x", **keywords),
        lambda: api.split("x", **keywords),
        lambda: fix_text("x", **keywords),
        lambda: split("x", **keywords),
    ]
    if "replacment" not in keywords:
        calls.append(lambda: Options(**keywords))
    for call in calls:
        with pytest.raises(ValueError, match=r"^\w+: ") as caught:
            call()
        message = str(caught.value)
        assert all(word in message for word in words), message
        assert "--" not in message


def test_library_docstrings_say_what_they_raise() -> None:
    for function in (api.fix_text, api.clean, api.split, Options):
        assert "Raises" in (function.__doc__ or ""), function


def test_good_library_keywords_still_work() -> None:
    assert api.fix_text(DIRTY, skip=["punctuation"], max_headline=30) == "工作组，制定计划。\n"
    # A list where the field says tuple: what a caller reading JSON or TOML has.
    as_read: dict[str, Any] = {"skip": ["rejoin"]}
    assert Options(**as_read).skip == ("rejoin",)


# --- --jobs: the first task warms this process; tasks group small files ------------------


def _pid(item: str) -> int:
    return os.getpid()


def test_with_a_pool_the_first_item_is_done_here_and_order_is_kept() -> None:
    from concurrent.futures import ProcessPoolExecutor

    from newsclean.cli.batch import ordered

    with ProcessPoolExecutor(max_workers=2) as pool:
        done = list(ordered(pool, _pid, ["a", "-", "b", "c"], inline=lambda n: n == "-"))
    assert [item for item, _ in done] == ["a", "-", "b", "c"]
    assert done[0][1] == os.getpid()
    assert done[1][1] is None
    assert all(pid != os.getpid() for _, pid in done[2:])


def test_tasks_group_small_files_and_keep_stdin_alone(tmp_path: Path) -> None:
    from newsclean.cli.batch import BYTES_PER_TASK, FILES_PER_TASK, tasks_of

    small = [str(tmp_path / f"{i}.txt") for i in range(FILES_PER_TASK + 3)]
    for name in small:
        Path(name).write_text("x\n", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * BYTES_PER_TASK)
    tasks = list(tasks_of([*small[:2], "-", str(big), *small[2:]]))
    assert tasks[:3] == [small[:2], ["-"], [str(big)]]
    assert [len(t) for t in tasks[3:]] == [FILES_PER_TASK, 1]
    assert [n for t in tasks for n in t] == [*small[:2], "-", str(big), *small[2:]]


def test_jobs_with_stdin_among_files_keep_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("第一篇。\n", encoding="utf-8")
    b.write_text("第三篇。\n", encoding="utf-8")
    done = newsclean("fix", "--jobs", "2", str(a), "-", str(b), input="第二篇。\n".encode())
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == "第一篇。\n\n第二篇。\n\n第三篇。\n"


#: A page with a masthead and a dated page label over its story.
HEADED_PAGE = (
    "THE MILLBROOK POST\nA4 · Tuesday, May 2, 2023\n\nCouncil Approves Budget\n\n"
    "The council met on Tuesday and approved the budget for the coming year after a long "
    "debate.\n\nThe mayor said the vote was close.\n"
).encode()


@pytest.mark.parametrize(
    "raw",
    [
        HEADED_PAGE,
        (ROOT / "fixtures/real-train/raw/zh_xinshidatongxun_1967-07-18_p1_ocr.txt").read_bytes(),
        (ROOT / "fixtures/pages/000_1737f1c581002fb6.txt").read_bytes(),
    ],
    ids=["masthead", "nameplate-box", "seed"],
)
def test_library_split_gives_the_command_s_json(raw: bytes) -> None:
    # The command takes a page's header furniture out of the text; the library must give
    # the same JSON (articles, furniture and changes), or a script and a shell pipeline
    # disagree on one page (a 1967 nameplate read line by line became an article).
    code, out, _ = run("split", "--format", "json", "-", stdin=raw)
    assert code == 0
    command = json.loads(out)
    library = api.split(raw, source=command["source"])
    assert library == command


def test_library_split_keeps_a_furniture_policy_it_is_given() -> None:
    stripped = api.split(HEADED_PAGE)["changes"]["furniture"]
    assert stripped == {"masthead": 1, "date": 1}
    kept = {"kept-masthead": 1, "kept-date": 1}
    assert api.split(HEADED_PAGE, furniture="header")["changes"]["furniture"] == kept
    assert api.split(HEADED_PAGE, options=Options())["changes"]["furniture"] == kept
