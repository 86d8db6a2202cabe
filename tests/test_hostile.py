"""Hostile input and hostile surroundings (issue 7).

* Every case of ``tests/hostile/cases.py`` (a 1 MB line, a million newlines, ``<``
  with no ``>``, nested tags, U+FFFD, a YAML alias bomb, front matter that never closes,
  runs of spaces and punctuation...) goes through the library at a small size: no
  exception but a refusal of binary input, nothing lost, output bounded by the input.
  Their time is linear in their size: that is measured by ``make hostile`` (``make
  bench`` runs it), not here; tests assert no timings.
* Files: binary input, empty files, directories, missing and unreadable paths, a closed
  pipe, a full disk, an output that cannot be written, ``--in-place`` killed midway.
* ``--output-dir`` never writes outside the directory, whatever the headline.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import api
from newsclean.errors import NotTextError
from newsclean.io import MAX_SLUG_BYTES, slugify
from newsclean.passes import frontmatter
from tests.cli_runner import run
from tests.conftest import FIXTURES
from tests.hostile.cases import CASES, alias_bomb, one_letter_line, single_line, single_line_cjk
from tests.test_fuzz import lost_characters

EXE = Path(sys.executable).with_name("newsclean")
PAGE = FIXTURES / "pages" / "004_bd6d0331c44bdc06.txt"
SIZE = 20_000


def newsclean(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(EXE), *args], capture_output=True, check=False, **kwargs)


# --- the library on every hostile case ---------------------------------------------


@pytest.mark.parametrize(("name", "make"), CASES, ids=[name for name, _ in CASES])
def test_hostile_case_is_cleaned_or_refused_and_loses_nothing(name: str, make: Any) -> None:
    data = make(SIZE)
    try:
        doc = api.clean(data)
    except NotTextError:
        assert b"\x00" in data or name == "control-chars"
        return
    text = api.unix_newlines(data.decode("utf-8"))
    assert lost_characters(text, doc) == Counter()
    rendered = api.fix_text(text)
    # Nothing is expanded: the output is never much larger than the input.
    assert len(rendered) <= 2 * len(text) + 100
    page = api.split(data)
    assert sum(len(a["text"]) for a in page["articles"]) <= 2 * len(text) + 100


@pytest.mark.parametrize("make", [single_line, single_line_cjk, one_letter_line])
def test_a_one_line_input_keeps_its_text_in_fix(make: Any) -> None:
    # A one-line input has no page around it whose furniture or debris it could be.
    text = make(SIZE).decode("utf-8")
    assert api.fix_text(text).strip() == text.strip()


def test_alias_bomb_is_refused_not_expanded() -> None:
    data = alias_bomb(2000)
    doc = api.clean(data)
    assert doc.changes["frontmatter"] == Counter({"kept-not-yaml-mapping": 1})
    assert doc.metadata == {}
    # The header stays in the text, as written: nine lines, not 9**9 "lol"s.
    assert doc.text.count("lol") == 9
    header = data.decode().split("\n---\n")[0].removeprefix("---\n")
    assert frontmatter.load_header(header) is None
    assert frontmatter.load_header("a: &x 1\nb: 2\n") == {"a": "1", "b": "2"}


@pytest.mark.parametrize(
    "body", ["a: " + "[" * 5000, "a: " + "{" * 5000, "- " * 5000 + "x", "? " * 5000 + "x"]
)
def test_deeply_nested_front_matter_is_refused(body: str) -> None:
    doc = api.clean(f"---\n{body}\n---\nBody.\n")
    assert doc.changes["frontmatter"] == Counter({"kept-not-yaml-mapping": 1})
    assert doc.metadata == {}


def test_front_matter_that_never_closes_is_kept_as_text() -> None:
    text = "---\ntitle: never closed\n" + "line of text\n" * 50
    doc = api.clean(text)
    assert doc.changes["frontmatter"] == Counter({"kept-unclosed-or-oversized": 1})
    assert "title: never closed" in doc.text


def test_front_matter_is_bounded_in_size() -> None:
    text = "---\n" + "key: value\n" * 10_000 + "---\nBody.\n"
    doc = api.clean(text)
    assert "key" not in doc.metadata
    assert doc.changes["frontmatter"] == Counter({"kept-unclosed-or-oversized": 1})


# --- files --------------------------------------------------------------------------

BINARY = {
    "scan.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "PDF"),
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG"),
    "page.txt.gz": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03+I\xad(\x01\x00", "gzip"),
    "nul.txt": (b"text\x00\x00\x00\x00more\x00\x00\x00\x00" * 50, "binary data (NUL bytes)"),
}


@pytest.mark.parametrize("command", ["fix", "split"])
def test_binary_inputs_are_named_and_the_others_still_done(tmp_path: Path, command: str) -> None:
    names = []
    for name, (data, _) in BINARY.items():
        (tmp_path / name).write_bytes(data)
        names.append(str(tmp_path / name))
    good = tmp_path / "good.txt"
    good.write_text("The council met on Tuesday.\n", encoding="utf-8")
    done = newsclean(command, *names, str(good))
    assert done.returncode == 3
    assert b"The council met on Tuesday." in done.stdout
    lines = done.stderr.decode().splitlines()
    assert lines == [
        f"newsclean: {tmp_path / name}: not text (looks like {kind})"
        for name, (_, kind) in BINARY.items()
    ]


def test_empty_file_gives_empty_output_for_both_commands(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    fixed = newsclean("fix", str(empty))
    assert (fixed.returncode, fixed.stdout, fixed.stderr) == (0, b"", b"")
    split = newsclean("split", "--format", "jsonl", str(empty))
    assert (split.returncode, split.stderr) == (0, b"")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is a directory (use -r to read the files under it)"),
        (lambda p: None, "no such file"),
        (lambda p: p.symlink_to(p), "Too many levels of symbolic links"),
        (lambda p: p.symlink_to(p.parent / "nowhere"), "no such file"),
    ],
    ids=["directory", "missing", "symlink-loop", "dangling-symlink"],
)
def test_a_path_that_cannot_be_read_is_one_line(tmp_path: Path, make: Any, message: str) -> None:
    bad = tmp_path / "bad.txt"
    make(bad)
    done = newsclean("fix", str(bad), str(PAGE))
    assert done.returncode == 3
    assert done.stderr.decode() == f"newsclean: {bad}: {message}\n"
    assert done.stdout.startswith("北京商报".encode())


def test_an_unreadable_file_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "secret.txt"
    page.write_text("text", encoding="utf-8")
    page.chmod(0)
    if os.geteuid() == 0:
        # root reads any file: make this one unreadable to the process instead.
        real = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = run("fix", str(page), str(PAGE))
    assert code == 3
    assert err == f"newsclean: {page}: permission denied\n"
    assert out.startswith("北京商报")


def _head(*args: str) -> subprocess.CompletedProcess[bytes]:
    """``newsclean ARGS | head -c 10``: the reader takes ten bytes and goes away."""
    with subprocess.Popen(
        [str(EXE), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        first = proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read()
        code = proc.wait(timeout=120)
    return subprocess.CompletedProcess(args, code, first, err)


@pytest.mark.parametrize(
    "args",
    [
        ("fix", "{big}"),
        ("split", "--format", "jsonl", "{big}", "{big}"),
        ("split", "--format", "text", "{big}"),
        ("fix", "--format", "json", "{big}"),
    ],
    ids=["fix", "split-jsonl", "split-text", "fix-json"],
)
def test_a_closed_pipe_ends_quietly(tmp_path: Path, args: tuple[str, ...]) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(PAGE.read_bytes() * 100)
    done = _head(*(a.format(big=big) for a in args))
    assert len(done.stdout) == 10
    assert done.stderr == b""
    assert done.returncode == 0


@pytest.mark.parametrize(
    ("args", "stdin"),
    [(("fix", str(PAGE)), None), (("split", str(PAGE)), None), (("fix",), PAGE.read_bytes())],
    ids=["fix", "split", "fix-stdin"],
)
def test_a_full_disk_on_stdout_is_one_line(args: tuple[str, ...], stdin: bytes | None) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with Path("/dev/full").open("wb") as full:
        done = subprocess.run(
            [str(EXE), *args], input=stdin, stdout=full, stderr=subprocess.PIPE, check=False
        )
    assert done.returncode == 3
    assert done.stderr.decode() == "newsclean: <stdout>: cannot write: No space left on device\n"


@pytest.mark.parametrize("args", [("--version",), ("fix", "--help"), ("passes",)])
def test_a_full_disk_under_click_output_is_one_line(args: tuple[str, ...]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with Path("/dev/full").open("wb") as full:
        done = subprocess.run([str(EXE), *args], stdout=full, stderr=subprocess.PIPE, check=False)
    assert done.returncode == 3
    assert done.stderr.decode().endswith("cannot write: No space left on device\n")
    assert len(done.stderr.decode().splitlines()) == 1


def _limit_file_size(limit: int) -> Any:
    """A child whose files cannot grow past ``limit`` bytes: a full disk, for it alone."""

    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return preexec


def test_a_full_disk_in_place_leaves_the_inputs_intact(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text("short\n", encoding="utf-8")
    big = tmp_path / "big.txt"
    before = PAGE.read_bytes() * 3
    big.write_bytes(before)
    # No file may grow past 1 KB: the small one can be rewritten, the big one cannot.
    done = subprocess.run(
        [str(EXE), "fix", "--in-place", str(big), str(small)],
        capture_output=True,
        check=False,
        preexec_fn=_limit_file_size(1024),
    )
    assert done.returncode == 3
    assert done.stderr.decode() == f"newsclean: {big}: cannot write: File too large\n"
    assert big.read_bytes() == before
    assert small.read_text(encoding="utf-8") == "short\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "small.txt"]


def test_a_full_disk_under_output_keeps_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old output\n", encoding="utf-8")
    done = subprocess.run(
        [str(EXE), "fix", "-o", str(out), str(PAGE), str(PAGE)],
        capture_output=True,
        check=False,
        preexec_fn=_limit_file_size(4096),
    )
    assert done.returncode == 3
    assert b"Traceback" not in done.stderr
    assert done.stderr.decode().startswith(f"newsclean: {out}: cannot write: File too large")
    assert out.read_text(encoding="utf-8") == "old output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


@pytest.mark.parametrize("option", ["-o", "--output-dir"])
def test_an_output_that_cannot_be_made_is_one_line(tmp_path: Path, option: str) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    done = newsclean("fix", option, str(blocker / "out"), str(PAGE))
    assert done.returncode == 2
    assert len(done.stderr.decode().splitlines()) == 1
    assert "Not a directory" in done.stderr.decode()
    assert blocker.read_text(encoding="utf-8") == "not a directory"


def test_an_output_dir_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("x", encoding="utf-8")
    done = newsclean("split", "--output-dir", str(blocker), str(PAGE))
    assert done.returncode == 2
    assert (
        done.stderr.decode() == f"newsclean: {blocker}: --output-dir is a file, not a directory\n"
    )


def test_in_place_on_a_long_name_keeps_its_temporary_name_legal(tmp_path: Path) -> None:
    page = tmp_path / ("长" * 80 + ".txt")  # 244 bytes: a temporary name must be cut
    page.write_text("市政府周二召开会议 ，通过了预算。\n", encoding="utf-8")
    done = newsclean("fix", "--in-place", str(page))
    assert (done.returncode, done.stderr) == (0, b"")
    assert page.read_text(encoding="utf-8") == "市政府周二召开会议，通过了预算。\n"


# --- --in-place, killed midway --------------------------------------------------------


def test_in_place_killed_midway_leaves_each_file_old_or_new(tmp_path: Path) -> None:
    old = PAGE.read_bytes()
    new = api.fix_text(old.decode("utf-8")).encode("utf-8")
    assert new != old
    files = [tmp_path / f"page{i:03d}.txt" for i in range(300)]
    for f in files:
        f.write_bytes(old)
        f.chmod(0o640)
    proc = subprocess.Popen(
        [str(EXE), "fix", "--in-place", *map(str, files)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while files[5].read_bytes() == old and proc.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.005)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    contents = Counter(
        "new" if f.read_bytes() == new else "old" if f.read_bytes() == old else "torn"
        for f in files
    )
    assert contents["torn"] == 0
    assert contents["new"] >= 6
    assert contents["old"] > 0, "the run finished before it was killed: use more files"
    assert all(f.stat().st_mode & 0o777 == 0o640 for f in files)


# --- --output-dir ---------------------------------------------------------------------

HOSTILE_HEADLINES = [
    "../../x",
    "..",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "a/b\\c",
    "nul\x00byte",
    "CON",
    "nul",
    "COM1",
    "lpt9.txt",
    "aux.",
    "x" * 1000,
    "𠀀" * 1000,
    "长" * 300,
    "same headline",
    "same headline",
    "   ",
    "...",
    "-rf",
    "\u202etxt.exe",
    "line\nbreak",
]


def _files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def test_article_file_names_stay_in_the_directory(tmp_path: Path) -> None:
    from newsclean.cli.common import OutputTree, SplitFormat
    from newsclean.cli.split import _write_articles

    out = tmp_path / "a" / "out"
    out.mkdir(parents=True)
    articles = [{"headline": h, "blocks": [], "text": "body"} for h in HOSTILE_HEADLINES]
    taken: set[str] = set()
    for fmt in SplitFormat:
        tree = OutputTree(["../../CON.txt"], out)
        assert _write_articles("../../CON.txt", {"articles": articles}, fmt, tree, taken)
    written = _files_under(tmp_path)
    assert written == _files_under(out)
    assert len(written) == len(HOSTILE_HEADLINES) * len(SplitFormat)
    for path in written:
        assert path.parent == out
        assert len(path.name.encode("utf-8")) <= 255
        assert not any(c in path.name for c in "/\\\x00\n:")


@pytest.mark.parametrize("headline", HOSTILE_HEADLINES)
def test_slugs_are_safe_names(headline: str) -> None:
    slug = slugify(headline)
    assert slug
    assert slug not in (".", "..")
    assert slug.split(".")[0].upper() not in ("CON", "PRN", "AUX", "NUL", "COM1", "LPT9")
    assert not any(c in slug for c in '/\\\x00\n:*?"<>|')
    assert len(slug.encode("utf-8")) <= MAX_SLUG_BYTES


def test_split_output_dir_on_hostile_headlines_writes_inside_only(tmp_path: Path) -> None:
    body = "The council met on Tuesday and agreed the budget for the coming year after a debate."
    text = "".join(
        f"{headline}\nBy JOHN SMITH\n{body}\n{body}\n\n"
        for headline in HOSTILE_HEADLINES
        if "\n" not in headline and "\x00" not in headline
    )
    page = tmp_path / "in" / "..page.txt"
    page.parent.mkdir()
    page.write_text(text, encoding="utf-8")
    out = tmp_path / "in" / "out"
    done = newsclean("split", "--format", "text", "--output-dir", str(out), str(page))
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert _files_under(tmp_path) == _files_under(out) | {page}
    assert len(_files_under(out)) >= 10


def test_fix_output_dir_gives_inputs_of_one_name_their_own_files(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "page.txt").write_text(f"Page {sub}.\n", encoding="utf-8")
    out = tmp_path / "out"
    done = newsclean(
        "fix", "-r", "--output-dir", str(out), str(tmp_path / "a"), str(tmp_path / "b")
    )
    assert done.returncode == 0
    # The input tree is mirrored below the output directory.
    assert {str(p.relative_to(out)): p.read_text(encoding="utf-8") for p in out.rglob("*.txt")} == {
        "a/page.txt": "Page a.\n",
        "b/page.txt": "Page b.\n",
    }


def test_a_stream_of_blank_lines_is_cut_in_whole_chunks() -> None:
    """Lesser cuts are never made before the target: a stream of nothing but newlines
    was cut one character at a time (each cut copying the buffer: quadratic)."""
    from newsclean.stream import chunk_text

    chunks = list(chunk_text(["\n" * 1000] * 100, chunk_chars=5000))
    assert "".join(chunks) == "\n" * 100_000
    assert all(len(chunk) >= 5000 for chunk in chunks[:-1])
    assert len(chunks) <= 20


@pytest.mark.parametrize(
    "args",
    [
        ("fix",),
        ("fix", "--format", "json"),
        ("fix", "--output-dir", "{out}"),
        ("split", "--format", "jsonl"),
        ("split", "--output-dir", "{out}"),
        ("split", "--format", "markdown", "--output-dir", "{out}"),
    ],
    ids=["fix", "fix-json", "fix-output-dir", "split-jsonl", "split-output-dir", "split-md-dir"],
)
def test_the_cli_on_every_hostile_case(tmp_path: Path, args: tuple[str, ...]) -> None:
    """The whole hostile set through the installed command in one run, as the unseen
    set will be: no traceback, exit 3 only for the refused binary inputs (named one line
    each), every other input done, nothing written outside the output directory."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, make in CASES:
        (inputs / f"{name}.txt").write_bytes(make(5000))
    out = tmp_path / "out"
    before = _files_under(tmp_path)
    names = sorted(str(p) for p in inputs.iterdir())
    done = newsclean(*(a.format(out=out) for a in args), *names)
    stderr = done.stderr.decode()
    assert "Traceback" not in stderr
    refused = [line for line in stderr.splitlines() if "not text (looks like" in line]
    assert stderr.splitlines() == refused
    assert done.returncode == (3 if refused else 0)
    assert len(refused) <= 2  # nul-text, control-chars
    assert _files_under(tmp_path) - before == _files_under(out) - before
    if "--output-dir" in args:
        assert len(_files_under(out)) >= len(CASES) - len(refused)
    else:
        assert done.stdout


def _join_whole(lines: list[Any], vocabulary: Counter[str]) -> tuple[str, Counter[str]]:
    """rejoin's line joining as it was, on the whole growing paragraph (quadratic)."""
    from newsclean.chardata import joins_without_space
    from newsclean.dehyphenate import join_lines

    counts: Counter[str] = Counter()
    out = lines[0].text
    for line in lines[1:]:
        broken = join_lines(out, line.text, vocabulary)
        if broken is not None:
            out, kind = broken
            counts[kind] += 1
            continue
        out += line.text if joins_without_space(out, line.text) else " " + line.text
        counts["joined-line"] += 1
    return out, counts


_PIECES = (
    "inter",
    "national-",
    "re-",
    "co-",
    "operation",
    "the ",
    "中文",
    "，",
    "报道",
    "-",
    " ",
    "a",
)


@settings(derandomize=True, max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join),
        min_size=2,
        max_size=200,
    )
)
def test_joining_in_a_window_equals_joining_the_whole_paragraph(texts: list[str]) -> None:
    from newsclean.passes.rejoin import Line, _join, _vocabulary

    lines = [
        Line(t.strip() or "x", len(t), False, False, True, False, False, False, False)
        for t in texts
    ]
    vocab = _vocabulary("\n".join(texts))
    assert _join(lines, lambda: vocab) == _join_whole(lines, vocab)


def _apply_pairwise(line: str, repairs: list[Any]) -> tuple[str, Counter[str]]:
    """cjk_mojibake._apply as it was: each repair checked against every chosen one."""
    counts: Counter[str] = Counter()
    chosen: list[Any] = []
    for r in sorted(repairs, key=lambda r: -r.gain * (r.end - r.start)):
        if all(r.end <= c.start or r.start >= c.end for c in chosen):
            chosen.append(r)
    for r in sorted(chosen, key=lambda r: -r.start):
        line = line[: r.start] + r.text + line[r.end :]
        counts[r.kind] += 1
    return line, counts


@settings(derandomize=True, max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(1, 8), st.sampled_from("ABC"), st.integers(1, 5)),
        max_size=30,
    )
)
def test_choosing_mojibake_repairs_in_order_equals_checking_each_pair(
    spans: list[tuple[int, int, str, int]],
) -> None:
    from newsclean.cjk_mojibake.repair import Repair, _apply

    line = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN"
    repairs = [Repair(a, a + n, kind * n, kind, gain) for a, n, kind, gain in spans]
    assert _apply(line, repairs) == _apply_pairwise(line, repairs)
