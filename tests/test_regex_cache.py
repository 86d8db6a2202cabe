"""The compiled-pattern cache gives exactly what ``re.compile`` gives."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import regex
from tests.conftest import FIXTURES


def _patterns() -> list[re.Pattern[str]]:
    # The library, its passes and its packages' modules; not the CLI (typer), the Dask
    # extra or the line model's modules.
    import newsclean

    names = [m.name for m in pkgutil.walk_packages(newsclean.__path__, "newsclean.")]
    skipped = ("newsclean.dask", "newsclean.__main__", "newsclean.cli", "newsclean.linemodel.")
    found = []
    for name in names:
        if name.startswith(skipped):
            continue
        module = importlib.import_module(name)
        found += [
            v
            for v in vars(module).values()
            if isinstance(v, re.Pattern) and isinstance(v.pattern, str)
        ]
    return found


PATTERNS = _patterns()
LINES = [
    line
    for page in sorted((FIXTURES / "pages").glob("*.txt"))
    for line in page.read_text("utf-8").splitlines()
]


def test_there_are_patterns_to_check() -> None:
    assert len(PATTERNS) > 50


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_cached_pattern_equals_re_compile(pattern: re.Pattern[str]) -> None:
    plain = re.compile(pattern.pattern, pattern.flags)
    cached = regex.compile(pattern.pattern, pattern.flags)
    assert (cached.flags, cached.groups, cached.groupindex) == (
        plain.flags,
        plain.groups,
        plain.groupindex,
    )
    for line in LINES:
        a, b = plain.search(line), cached.search(line)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_cache_file_is_written_and_used(tmp_path: Path) -> None:
    # ``_new``: patterns compiled by the Python-level compiler in this run.
    code = (
        "from newsclean import pipeline, regex\n"
        "modules = [p.module for p in pipeline.registry()]\n"
        "print(regex._new)\n"
    )
    env = {"NEWSCLEAN_CACHE_DIR": str(tmp_path), "PATH": ""}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    files = list((tmp_path / "newsclean").glob("regex-*.pickle"))
    assert len(files) == 1
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    assert int(first.stdout) > 50
    assert int(second.stdout) == 0


def test_a_broken_cache_file_falls_back(tmp_path: Path) -> None:
    code = "from newsclean import api; print(api.fix_text('工作组， 制定'), end='')"
    env = {"NEWSCLEAN_CACHE_DIR": str(tmp_path), "PATH": ""}
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    for path in (tmp_path / "newsclean").glob("regex-*.pickle"):
        path.write_bytes(b"not a pickle")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    assert out.stdout.decode() == "工作组，制定\n"


def test_an_overgrown_cache_keeps_only_what_a_run_used(tmp_path: Path) -> None:
    # Stale entries (patterns edited since) are dropped once the cache is past its
    # bound; under the bound nothing is dropped, so runs that use only some passes
    # do not evict the others' patterns.
    code = (
        "import pickle, sys\n"
        "from newsclean import regex\n"
        "path = regex._cache_file()\n"
        "stale = int(sys.argv[1])\n"
        "entries = {(f'stale{i}', 0): regex._compile_entry(f'stale{i}', 0) for i in range(stale)}\n"
        "path.parent.mkdir(parents=True, exist_ok=True)\n"
        "path.write_bytes(pickle.dumps(entries))\n"
        "regex.compile('a+b')\n"
        "regex._save()\n"
        "kept = pickle.loads(path.read_bytes())\n"
        "print(len(kept), ('a+b', 0) in kept)\n"
    )
    env = {"NEWSCLEAN_CACHE_DIR": str(tmp_path), "PATH": ""}

    def run(stale: int) -> str:
        argv = [sys.executable, "-c", code, str(stale)]
        return subprocess.run(argv, env=env, capture_output=True, check=True, text=True).stdout

    assert run(regex._MAX_ENTRIES + 50) == "1 True\n"
    assert run(10) == "11 True\n"
