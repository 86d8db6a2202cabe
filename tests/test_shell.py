"""Shell habits: --help with an example everywhere, --version, completion in a real
bash, colour only on a terminal, NO_COLOR, and a start-up that leaves rich alone."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import __version__
from tests.cli_runner import app, run
from tests.conftest import FIXTURES

SEED = FIXTURES / "pages" / "004_bd6d0331c44bdc06.txt"
#: The installed entry point, next to the interpreter running the tests.
SCRIPT = Path(sys.executable).parent / "newsclean"
needs_script = pytest.mark.skipif(not SCRIPT.exists(), reason=f"{SCRIPT} is not installed")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback)


def test_every_command_is_checked() -> None:
    assert {"fix", "split", "passes", "inspect", "view"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_has_an_example(command: str | None) -> None:
    code, out, _ = run(*([command] if command else []), "--help")
    assert code == 0
    assert "Example" in out
    assert "╭" not in out, "help is drawn by rich: TYPER_USE_RICH=0 is not in effect"


def test_version() -> None:
    assert run("--version") == (0, f"newsclean {__version__}\n", "")


def test_start_up_leaves_rich_and_the_heavy_libraries_alone() -> None:
    code = (
        "import sys, newsclean.cli\n"
        "heavy = {'rich', 'ftfy', 'opencc', 'charset_normalizer'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=_env())


@needs_script
@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["ins"], {"inspect"}),
        (["inspect", "--for"], {"--format"}),
        (["inspect", "--format", ""], {"text", "json"}),
        (["fix", "--replacement", ""], {"keep", "drop"}),
    ],
)
def test_bash_completion(words: list[str], expected: set[str]) -> None:
    """The script typer prints for bash, loaded into a real bash and asked to complete."""
    quoted = " ".join(f"'{w}'" for w in ["newsclean", *words])
    script = (
        f'eval "$({SCRIPT} --show-completion bash)"\n'
        f"COMP_WORDS=({quoted}); COMP_CWORD={len(words)}\n"
        f"_newsclean_completion {SCRIPT}\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        ["bash", "--norc", "-c", script], capture_output=True, text=True, env=_env(), check=True
    )
    assert set(done.stdout.split()) == expected


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(TERM="xterm-256color", COLUMNS="100", **extra)
    return env


def _on_a_terminal(*args: str, **env: str) -> str:
    """What the command writes to stdout when stdout is a terminal (a pseudo-terminal)."""
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [str(SCRIPT), *args], stdout=follower, stderr=subprocess.DEVNULL, env=_env(**env)
    ) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closes when the process exits
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8")


#: An SGR escape that sets a colour (foreground 30-37, 38;…, 90-97).
COLOUR = ("\x1b[3", "\x1b[9", ";3", ";9")


def _has_colour(text: str) -> bool:
    return any(code in text for code in COLOUR)


@needs_script
def test_colour_on_a_terminal() -> None:
    shown = _on_a_terminal("inspect", str(SEED))
    assert "常态化战疫" in shown
    assert _has_colour(shown)


@needs_script
def test_no_color_is_respected_on_a_terminal() -> None:
    shown = _on_a_terminal("inspect", str(SEED), NO_COLOR="1")
    assert "常态化战疫" in shown
    assert not _has_colour(shown)


@needs_script
def test_no_escapes_at_all_in_a_pipe() -> None:
    done = subprocess.run(
        [str(SCRIPT), "inspect", str(SEED)], capture_output=True, text=True, env=_env(), check=True
    )
    assert "常态化战疫" in done.stdout
    assert "\x1b" not in done.stdout
