"""Compiled regular expressions, kept across runs: a start-up cost cut, nothing else.

Why: the patterns of the passes hold large CJK character classes, and the standard
library compiles each occurrence of such a class in pure Python, character by
character: about 3 ms each, over 100 ms for the whole set. That is most of the start-up
time of a command that shell scripts call thousands of times.

What: :func:`compile` is ``re.compile`` for newsclean's own patterns. The first time a
pattern is compiled, the compiler's output (the code the regex engine runs) is kept in
a small file in the user's cache directory; later runs hand that code straight to the
engine, skipping the Python-level compiler. The result is the same ``re.Pattern``
object ``re.compile`` returns: same code, same matches.

Safety: the cache is keyed by the exact Python version and the engine's magic number,
so a code format from another Python is never used; any error in reading, using or
writing it falls back to ``re.compile``. ``NEWSCLEAN_NO_CACHE=1`` turns it off, and
``NEWSCLEAN_CACHE_DIR`` (else ``XDG_CACHE_HOME``, else ``~/.cache``) moves it.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import os
import pickle
import re
import sys
from array import array
from pathlib import Path
from typing import Any

try:
    # The regex engine itself; the Python-level compiler in ``re`` feeds it.
    _sre: Any = importlib.import_module("_sre")
except ImportError:  # pragma: no cover -- every CPython has it
    _sre = None

#: (flags, code, groups, groupindex, indexgroup) for each (pattern, flags); the code
#: kept as the bytes of an array of code words, so that reading the cache unpickles one
#: bytes object per pattern rather than one int per code word (a few thousand each:
#: most of a start-up's reading of the cache).
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
#: The array type of one code word of the engine.
_CODE_WORD = {2: "H", 4: "I", 8: "Q"}.get(getattr(_sre, "CODESIZE", 4), "I")

#: The layout of the cache file's entries, in its name: a file of another layout is
#: never read.
_FORMAT = "b1"

#: Past this many entries, a write keeps only the patterns this run used: every edit of
#: a pattern adds an entry, and a cache that only grew (727 patterns, 4.6 MB after a
#: day of development across branches) cost every start-up its reading.
_MAX_ENTRIES = 600

_entries: dict[tuple[str, int], _Entry] | None = None
_used: set[tuple[str, int]] = set()
_new = 0


def _cache_file() -> Path | None:
    if os.environ.get("NEWSCLEAN_NO_CACHE") or _sre is None:
        return None
    base = os.environ.get("NEWSCLEAN_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return root / "newsclean" / f"regex-{tag}-{_FORMAT}.pickle"


def _load() -> dict[tuple[str, int], _Entry]:
    global _entries
    if _entries is None:
        _entries = {}
        path = _cache_file()
        if path is not None:
            with contextlib.suppress(Exception):
                loaded = pickle.loads(path.read_bytes())
                if isinstance(loaded, dict):
                    _entries = loaded
    return _entries


def _save() -> None:
    path = _cache_file()
    if path is None or not _new or _entries is None:
        return
    # Imported here: only a run that compiled a new pattern writes (tempfile brings in
    # random and shutil, a few milliseconds of every start-up otherwise).
    import tempfile

    kept = _entries
    if len(kept) > _MAX_ENTRIES:
        kept = {key: entry for key, entry in kept.items() if key in _used}
    with contextlib.suppress(Exception):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(kept, handle, protocol=pickle.HIGHEST_PROTOCOL)
        Path(tmp).replace(path)


def _compile_entry(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands to the engine, computed the same way."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = array(_CODE_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when it can be."""
    global _new
    if _sre is None or (isinstance(flags, re.RegexFlag) and flags & re.DEBUG):
        return re.compile(pattern, flags)
    flags = int(flags)
    entries = _load()
    entry = entries.get((pattern, flags))
    _used.add((pattern, flags))
    try:
        if entry is None:
            entry = _compile_entry(pattern, flags)
            entries[(pattern, flags)] = entry
            if not _new:
                atexit.register(_save)
            _new += 1
        entry_flags, code, groups, groupindex, indexgroup = entry
        words = array(_CODE_WORD, code).tolist()
        compiled: Any = _sre.compile(pattern, entry_flags, words, groups, groupindex, indexgroup)
    except Exception:
        return re.compile(pattern, flags)
    return compiled  # type: ignore[no-any-return]


def run_of(char_class: str) -> str:
    """A run of ``char_class`` (``[…]+``), written as the class and then its repeat. A
    search for a pattern that opens with a class tests each character against the class
    alone until one is in it; a pattern that opens with a repeat has the engine start a
    match at every character, about three times the cost where runs are rare (a Chinese
    page read for fullwidth letters, a Latin one for wide characters). Same matches."""
    return f"{char_class}{char_class}*"


def ends_with(pattern: re.Pattern[str], text: str, longest: int) -> bool:
    """Whether ``pattern``, anchored at the text's end (``$``) and matching at most
    ``longest`` characters, matches in ``text``. A search tries the pattern at every
    character of a line (every branch of an alternation at each); such a match can only
    start within ``longest`` characters of the end, one more where ``$`` stands before a
    final newline, so the search starts there. (A search from a later position still
    sees the characters before it, for a look-behind or ``^``.)"""
    return pattern.search(text, len(text) - longest - 1) is not None
