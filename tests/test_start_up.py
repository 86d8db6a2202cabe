"""Start-up: ``newsclean fix FILE`` with no option runs without typer and click, and
does exactly what the app does with the same arguments."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import COMPLETE_VAR, plain_fix
from tests.cli_runner import CliRunner, app

DIRTY = "工作组， 制定计划。\n"


@pytest.mark.parametrize(
    ("argv", "plain"),
    [
        (["fix", "a.txt"], True),
        (["fix", "a.txt", "b.txt"], True),
        (["fix"], True),
        (["fix", "-"], True),
        (["fix", "-q", "a.txt"], False),
        (["fix", "a.txt", "--format", "json"], False),
        (["fix", "--", "-a.txt"], False),
        (["fix", "--help"], False),
        (["split", "a.txt"], False),
        (["--version"], False),
        ([], False),
    ],
)
def test_which_calls_need_no_option_parser(argv: list[str], plain: bool) -> None:
    assert plain_fix(argv) is plain


def test_shell_completion_always_goes_through_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(COMPLETE_VAR, "bash_complete")
    assert not plain_fix(["fix", "a.txt"])


#: What ``fix`` on a line of clean text has no use for: the option parser, the libraries
#: of other inputs, and what only other outputs (json), arguments (glob) or a
#: configuration file (tomllib) need, nor what no pass needs (statistics).
HEAVY = frozenset(
    {
        "typer",
        "click",
        "rich",
        "yaml",
        "opencc",
        "charset_normalizer",
        "wordfreq",
        "ftfy",
        "json",
        "glob",
        "tomllib",
        "statistics",
    }
)


def _modules_after(*args: str, stdin: bytes = b"", heavy: frozenset[str] = HEAVY) -> set[str]:
    """Which of the ``heavy`` modules ``newsclean ARGS`` imported."""
    code = (
        "import sys\n"
        f"sys.argv = ['newsclean', *{list(args)!r}]\n"
        "from newsclean.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"sys.stderr.write(' '.join({sorted(heavy)!r} & sys.modules.keys()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=stdin, capture_output=True, check=True
    )
    return set(done.stderr.decode().split())


def _one_line(tmp_path: Path, text: str = DIRTY) -> Path:
    """A one-line page in a repository of its own: no configuration file is found above
    it, wherever the tests run."""
    (tmp_path / ".git").mkdir(exist_ok=True)
    page = tmp_path / "a.txt"
    page.write_text(text, encoding="utf-8")
    return page


def test_fix_on_a_file_imports_nothing_heavy(tmp_path: Path) -> None:
    page = _one_line(tmp_path)
    assert _modules_after("fix", str(page)) == set()
    assert _modules_after("fix", "--quiet", str(page)) == {"typer", "click"}
    assert "json" in _modules_after("fix", "--format", "json", str(page))


def test_fix_on_a_line_decompresses_no_word_list(tmp_path: Path) -> None:
    # Only a block that may hold two CJK columns asks interleave for the common words
    # (the option parser imports lzma on its own).
    assert _modules_after("fix", str(_one_line(tmp_path)), heavy=frozenset({"lzma"})) == set()


def test_fix_on_standard_input_imports_nothing_heavy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _one_line(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _modules_after("fix", stdin=DIRTY.encode()) == set()


def test_ftfy_is_imported_only_for_latin_mojibake(tmp_path: Path) -> None:
    clean = _one_line(tmp_path, "Le café de la gare, 1894.\n")
    mojibake = tmp_path / "mojibake.txt"
    mojibake.write_text("Le cafÃ© de la gare, 1894.\n", encoding="utf-8")
    assert _modules_after("fix", str(clean)) == set()
    assert _modules_after("fix", str(mojibake)) == {"ftfy"}


def _config_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "paper"
    folder.mkdir()
    (folder / "pyproject.toml").write_text('[tool.newsclean.fix]\nformat = "json"\n')
    (folder / "a.txt").write_text(DIRTY, encoding="utf-8")
    return folder / "a.txt"


@pytest.mark.parametrize(
    "case", ["dirty", "two files", "missing", "directory", "stdin", "no file", "configured"]
)
def test_plain_fix_does_what_the_app_does(tmp_path: Path, case: str) -> None:
    dirty = tmp_path / "dirty.txt"
    dirty.write_text(DIRTY, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("干净的一行。\n", encoding="utf-8")
    files = {
        "dirty": [str(dirty)],
        "two files": [str(dirty), str(clean)],
        "missing": [str(tmp_path / "missing.txt")],
        "directory": [str(tmp_path)],
        "stdin": ["-"],
        "no file": [],
        "configured": [str(_config_dir(tmp_path))],
    }[case]
    env = {k: v for k, v in os.environ.items() if k != COMPLETE_VAR}
    plain = subprocess.run(
        [sys.executable, "-m", "newsclean", "fix", *files],
        input=DIRTY.encode(),
        capture_output=True,
        check=False,
        env=env,
    )
    through_app = CliRunner().invoke(app, ["fix", *files], input=DIRTY.encode())
    assert plain.returncode == through_app.exit_code
    assert plain.stdout == through_app.stdout_bytes
    assert plain.stderr.decode() == through_app.stderr


def test_each_pass_is_the_module_of_its_name() -> None:
    from newsclean.pipeline import registry

    for the_pass in registry():
        assert the_pass.name == the_pass.module.NAME
        assert the_pass.description == the_pass.module.DESCRIPTION


def test_choosing_passes_imports_none_of_them() -> None:
    code = (
        "import sys\n"
        "from newsclean import pipeline\n"
        "from newsclean.model import Document\n"
        "from newsclean.options import Options\n"
        "chosen = pipeline.select(Options(skip=('rejoin',)))\n"
        "assert [p.name for p in chosen][-2:] == ['reorder', 'convert'], chosen\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('newsclean.passes.'))\n"
        "assert not loaded, loaded\n"
        "pipeline.run(Document.from_text('a line'), Options())\n"
        "assert 'newsclean.passes.furniture' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_pass_another_thread_is_importing_is_waited_for() -> None:
    """A Dask worker runs documents on threads: the second thread to ask for a pass
    must get it whole, not the module the first thread is still running."""
    code = (
        "import importlib.machinery, sys, threading\n"
        "from newsclean.pipeline import Pass\n"
        "NAME = 'newsclean.passes.convert'\n"
        "entered, release = threading.Event(), threading.Event()\n"
        "class Slow:\n"
        "    @staticmethod\n"
        "    def find_spec(name, path=None, target=None):\n"
        "        if name != NAME:\n"
        "            return None\n"
        "        spec = importlib.machinery.PathFinder.find_spec(name, path)\n"
        "        run = spec.loader.exec_module\n"
        "        def exec_module(module):\n"
        "            entered.set()\n"
        "            release.wait(30)\n"
        "            run(module)\n"
        "        spec.loader.exec_module = exec_module\n"
        "        return spec\n"
        "sys.meta_path.insert(0, Slow)\n"
        "whole = []\n"
        "first = threading.Thread(target=lambda: Pass('convert').module)\n"
        "def ask():\n"
        "    whole.append(hasattr(Pass('convert').module, 'apply'))\n"
        "second = threading.Thread(target=ask)\n"
        "first.start()\n"
        "assert entered.wait(30)\n"
        "second.start()\n"
        "second.join(0.5)\n"
        "release.set()\n"
        "first.join()\n"
        "second.join()\n"
        "assert whole == [True], whole\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
