"""Corpus work: many files, JSONL records, and the picklable units a pool or Dask runs.

Everything here is a plain function of picklable arguments, so the same code runs in
the CLI's own loop, in a ``--jobs N`` process pool and on Dask workers, and gives the
same output in each.

* :func:`expand_inputs` turns the CLI's arguments (files, ``-``, directories with
  ``recursive``, quoted globs) into an ordered list of paths, and reports what it could
  not expand instead of dropping it.
* :func:`run_file` repairs one file for ``fix`` or ``split`` and returns what to write.
* :func:`clean_record` repairs one JSONL record; :func:`run_lines` does a batch of
  JSONL lines with their line numbers, so a bad record is reported by its line.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from newsclean.errors import InputError
from newsclean.model import Document
from newsclean.options import Options

Command = Literal["fix", "split"]
OnError = Literal["skip", "keep", "fail"]

#: Files a directory contributes with ``recursive``: text pages for text input...
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")
#: ...and record files for JSONL input.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
#: Files read as JSONL without ``--input-format``: never pages of text.
JSONL_RECORD_SUFFIXES = (".jsonl", ".ndjson")
#: The key added to every output record.
RECORD_KEY = "newsclean"
_GLOB_CHARS = frozenset("*?[")


# --- inputs -------------------------------------------------------------------------


def expand_inputs(
    names: Sequence[str], *, recursive: bool = False, suffixes: Sequence[str] = TEXT_SUFFIXES
) -> tuple[list[str], list[tuple[str, str]]]:
    """The paths named by ``names``, in order, and ``(name, problem)`` for the rest.

    ``-`` stays as is (standard input). A directory contributes, with ``recursive``, the
    files under it whose suffix is in ``suffixes`` (hidden files and directories are
    skipped), sorted by path, perhaps none; without ``recursive`` it is a problem. A name holding
    ``*``, ``?`` or ``[`` that is not an existing file is a glob (``**`` recurses); one
    that matches nothing is a problem. Any other name is passed on: a missing file is
    reported when it is read, like every other unreadable input.
    """
    wanted = tuple(s.lower() for s in suffixes)
    paths: list[str] = []
    problems: list[tuple[str, str]] = []
    for name in names:
        if name == "-":
            paths.append(name)
            continue
        path = Path(name)
        if _is(path, Path.is_dir):
            if not recursive:
                problems.append((name, "is a directory (use -r to read the files under it)"))
                continue
            # A directory with nothing to read is no error (as in black and ruff).
            paths.extend(_walk(path, wanted))
            continue
        if _GLOB_CHARS & set(name) and not _is(path, Path.exists):
            # Path.glob takes no absolute patterns; glob.glob takes any the shell would.
            import glob

            matches = sorted(glob.glob(name, recursive=True))  # noqa: PTH207
            files = [m for m in matches if _is(Path(m), Path.is_file)]
            if not files:
                problems.append((name, "no files match"))
            paths.extend(files)
            continue
        paths.append(name)
    return paths, problems


def _is(path: Path, test: Callable[[Path], bool]) -> bool:
    """``test(path)``, False when the path cannot even be looked at (a name too long):
    reading it then reports the problem, as for any unreadable input."""
    try:
        return test(path)
    except OSError:
        return False


def _walk(root: Path, suffixes: tuple[str, ...]) -> Iterator[str]:
    found = []
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in filenames:
            if not filename.startswith(".") and filename.lower().endswith(suffixes):
                found.append(str(Path(directory) / filename))
    yield from sorted(found)


def input_size(name: str) -> int:
    """Size in bytes of a named input, 0 for stdin or when it cannot be seen."""
    if name == "-":
        return 0
    try:
        return Path(name).stat().st_size
    except OSError:
        return 0


# --- files --------------------------------------------------------------------------


# No generated __repr__ or __eq__ (see newsclean.cli.common.PageArgs): these classes
# are built at every start of ``fix``.
@dataclass(repr=False, eq=False)
class FileJob:
    """What to do with each file: the command, its options and its output form."""

    command: Command
    options: Options
    #: ``fix``: text, json, jsonl; ``split``: json, jsonl, text, markdown.
    fmt: str
    diff: bool = False
    check: bool = False
    #: ``fix -i``: the result is the file's new bytes, in its own encoding and line
    #: ends (``check`` and ``diff`` compare those bytes with the file's too).
    in_place: bool = False
    #: Keep the split page dict (``split --output-dir`` writes one file per article).
    keep_page: bool = False


@dataclass(repr=False, eq=False)
class FileResult:
    """One file's outcome, as returned from a worker."""

    name: str
    size: int = 0
    #: The text to write for this file (text, one JSON document, JSONL line).
    payload: str | None = None
    #: Bytes to write as they are: the file's new content for ``-i``, or its diff.
    data: bytes | None = None
    #: Why the file is left alone by ``-i``, ``--check`` and ``--diff``.
    refused: str | None = None
    #: The JSON-ready body, for formats that gather all inputs into one JSON array.
    body: dict[str, Any] | None = None
    error: str | None = None
    changed: bool = False
    articles: int = 0
    #: The repaired Document without its text (changes, examples, metadata), for
    #: ``--explain``.
    doc: Document | None = None


def display(name: str) -> str:
    """The name of an input as messages and JSON ``source`` show it: a file name that is
    not UTF-8 (``caf\\xe9.txt``) has its bad bytes written as ``\\xe9``."""
    if name == "-":
        return "<stdin>"
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def original_text(raw: bytes, encoding: str | None) -> str:
    """The input as ``fix`` to standard output compares it: decoded, CRLF as LF."""
    try:
        return raw.decode(encoding or "utf-8", errors="replace").replace("\r\n", "\n")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


#: Suffixes of files whose format ``fix`` turns into plain text: never rewritten in place.
MARKUP_SUFFIXES = {
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".html": "HTML",
    ".htm": "HTML",
    ".xhtml": "HTML",
}


def refuse_in_place(name: str, doc: Document) -> str | None:
    """Why ``-i`` leaves this file alone, if it does: ``fix`` writes plain text, so a
    Markdown or HTML file (by its suffix, or because the markup pass took markup out of
    it) would lose its format; and bytes its codec could not read would be written back
    as U+FFFD, lost for good."""
    decoded = doc.changes.get("decode")
    bad = decoded["invalid-bytes"] if decoded is not None else 0
    if bad:
        return (
            f"left alone: {bad} byte{'s' if bad > 1 else ''} could not be read as "
            f"{doc.encoding} and would be lost in place "
            "(write the text elsewhere with -o or --output-dir)"
        )
    kind = MARKUP_SUFFIXES.get(Path(name).suffix.lower())
    if kind is None and doc.changes.get("markup"):
        kind = "markup"
    if kind is None:
        return None
    return (
        f"left alone: in place, fix would turn its {kind} into plain text "
        "(write the text elsewhere with -o or --output-dir)"
    )


def line_end(raw: bytes) -> str:
    """The line end most lines of ``raw`` use (``\\n`` when there are none)."""
    crlf = raw.count(b"\r\n")
    counts = {"\r\n": crlf, "\n": raw.count(b"\n") - crlf, "\r": raw.count(b"\r") - crlf}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] > counts["\n"] else "\n"


def encode_like(text: str, raw: bytes, encoding: str) -> bytes:
    """``text`` as ``-i`` writes it back over ``raw``: in the codec it was read in,
    with its byte-order mark if it had one, and with the line end most of its lines
    used. Raises UnicodeEncodeError when the codec cannot hold the repaired text."""
    from newsclean.passes.decode import BOMS

    bom = next((b for b, codec in BOMS if raw.startswith(b) and codec == encoding), b"")
    end = line_end(raw)
    if end != "\n":
        text = text.replace("\n", end)
    return bom + text.encode(encoding)


def unified_diff(name: str, before: bytes, after: bytes, mtime: float | None = None) -> bytes:
    """A unified diff of two versions of a file, as bytes: lines keep their own
    encoding and line ends, so ``patch -p0`` and ``git apply -p0`` turn ``before``
    into ``after`` exactly. Headers are as black and ``diff -u`` write them: the name as
    given, a tab, a timestamp (the tab ends names that hold spaces)."""
    import difflib
    import os
    import time

    def stamp(seconds: float) -> bytes:
        fraction = f"{seconds % 1:.9f}"[2:]
        zone = time.strftime("%z", time.localtime(seconds))
        return time.strftime(
            f"%Y-%m-%d %H:%M:%S.{fraction} {zone}", time.localtime(seconds)
        ).encode()

    label = os.fsencode(name)
    now = time.time()
    lines = difflib.diff_bytes(
        difflib.unified_diff,
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=label,
        tofile=label,
        fromfiledate=stamp(now if mtime is None else mtime),
        tofiledate=stamp(now),
    )
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith((b"\n", b"\r")):
            # The file's last line has no line end: diff's own marker says so.
            out.append(b"\n\\ No newline at end of file\n")
    return b"".join(out)


def run_file(name: str, job: FileJob, raw: bytes | None = None) -> FileResult:
    """Read (unless ``raw`` is given), repair and render one input. Never raises for a
    bad input: the problem is in ``FileResult.error``."""
    from newsclean.api import clean

    result = FileResult(name)
    try:
        if raw is None:
            from newsclean.io import read_input

            raw = read_input(name)
        result.size = len(raw)
        doc = clean(raw, source=display(name), options=job.options)
    except InputError as exc:
        result.error = str(exc)
        return result
    if job.command == "fix":
        _render_fix(result, doc, raw, job)
    else:
        _render_split(result, doc, job)
    doc.blocks = []
    result.doc = doc
    return result


def _render_fix(result: FileResult, doc: Document, raw: bytes, job: FileJob) -> None:
    from newsclean.emit import fix_dict, render_text

    text = render_text(doc)
    if job.in_place or job.check or job.diff:
        _rewrite(result, doc, raw, text, job)
        return
    result.changed = text != original_text(raw, doc.encoding)
    if job.fmt == "text":
        result.payload = text
    else:
        result.body = fix_dict(doc)
        result.payload = json_line(result.body) if job.fmt == "jsonl" else json_doc(result.body)


def _rewrite(result: FileResult, doc: Document, raw: bytes, text: str, job: FileJob) -> None:
    """What ``-i`` would write over the file; ``--check`` and ``--diff`` report that."""
    if result.name != "-":
        result.refused = refuse_in_place(result.name, doc)
        if result.refused is not None:
            return
    encoding = doc.encoding or "utf-8"
    try:
        new = encode_like(text, raw, encoding)
    except UnicodeEncodeError as exc:
        result.error = (
            f"cannot write the repaired text back as {encoding}: "
            f"{exc.object[exc.start : exc.end]!r} has no {encoding} form"
        )
        return
    result.changed = new != raw
    if not result.changed or (job.check and not job.diff):
        return
    if job.diff:
        label = "<stdin>" if result.name == "-" else result.name
        result.data = unified_diff(label, raw, new, _mtime(result.name))
    else:
        result.data = new


def _mtime(name: str) -> float | None:
    try:
        return None if name == "-" else Path(name).stat().st_mtime
    except OSError:
        return None


def _render_split(result: FileResult, doc: Document, job: FileJob) -> None:
    from newsclean.api import split_dict
    from newsclean.render import render_articles
    from newsclean.segment import split_document

    page = split_dict(doc, [a.to_dict() for a in split_document(doc, job.options)])
    result.articles = len(page["articles"])
    if job.keep_page or job.fmt == "json":
        result.body = page
    if job.fmt == "jsonl":
        result.payload = json_line(page)
    elif job.fmt == "json":
        result.payload = json_doc(page)
    else:
        result.payload = render_articles(page, job.fmt)


def run_files(names: Iterable[str], job: FileJob) -> list[FileResult]:
    """:func:`run_file` over several files: one task of a pool or one Dask partition."""
    return [run_file(name, job) for name in names]


# json is imported where it is used: ``fix`` on text pages never needs it, and its
# import compiles patterns at every start of the command.
def json_line(body: Any) -> str:
    import json

    return json.dumps(body, ensure_ascii=False) + "\n"


def json_doc(body: Any) -> str:
    import json

    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


# --- JSONL records ------------------------------------------------------------------


class RecordError(InputError):
    """A JSONL line that is not a record with a text field."""


@dataclass(repr=False, eq=False)
class RecordJob:
    """How to treat each record: which fields, which command, what to do when bad."""

    command: Command
    options: Options
    text_field: str = "text"
    id_field: str | None = None
    on_error: OnError = "skip"


@dataclass(repr=False, eq=False)
class RecordResult:
    """One JSONL line's outcome: the line to write (or None), and any problem."""

    line: int
    output: str | None
    error: str | None = None
    size: int = 0
    articles: int = 0
    #: The repaired text differs from the record's text (what ``--check`` asks).
    changed: bool = False
    changes: dict[str, dict[str, int]] = field(default_factory=dict)


def clean_record(
    record: Any,
    *,
    text_field: str = "text",
    id_field: str | None = None,
    command: Command = "fix",
    options: Options | None = None,
    source: str = "<record>",
) -> dict[str, Any]:
    """Repair one record: the text field is replaced by the repaired text, every other
    field is kept, and a ``newsclean`` object is added (source, metadata, furniture,
    changes; and for ``split`` the articles of the split contract).

    Raises :class:`RecordError` when ``record`` is not an object or its text field is
    missing or not a string.
    """
    from newsclean.api import clean
    from newsclean.emit import SCHEMA_VERSION, changes_dict

    if not isinstance(record, dict):
        msg = f"not a JSON object but {_json_type(record)}"
        raise RecordError(msg)
    if text_field not in record:
        msg = f"no '{text_field}' field"
        raise RecordError(msg)
    text = record[text_field]
    if not isinstance(text, str):
        msg = f"'{text_field}' is {_json_type(text)}, not a string"
        raise RecordError(msg)
    if id_field is not None and record.get(id_field) is not None:
        source = str(record[id_field])
    doc = clean(text, source=source, options=options)
    added: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "metadata": doc.metadata,
        "furniture": [f.text for f in doc.furniture],
        "changes": changes_dict(doc),
    }
    if command == "split":
        from newsclean.segment import split_document

        added["articles"] = [a.to_dict() for a in split_document(doc, options)]
    out = dict(record)
    out[text_field] = doc.text
    out[RECORD_KEY] = added
    return out


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def run_line(
    raw: bytes | str, number: int, job: RecordJob, source: str = "<stdin>"
) -> RecordResult:
    """One JSONL line: decode, parse, repair, serialise. A blank line is no record."""
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8"))
    if not raw.strip():
        return RecordResult(number, None, size=size)
    import json

    line = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    try:
        if isinstance(raw, bytes):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                msg = f"not UTF-8 (byte {exc.start + 1})"
                raise RecordError(msg) from None
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            msg = f"not JSON ({exc.msg} at column {exc.colno})"
            raise RecordError(msg) from None
        out = clean_record(
            record,
            text_field=job.text_field,
            id_field=job.id_field,
            command=job.command,
            options=job.options,
            source=f"{source}:{number}",
        )
    except RecordError as exc:
        kept = line if line.endswith("\n") else line + "\n"
        return RecordResult(
            number, kept if job.on_error == "keep" else None, error=str(exc), size=size
        )
    added = out[RECORD_KEY]
    return RecordResult(
        number,
        json_line(out),
        size=size,
        articles=len(added.get("articles", ())),
        changed=out[job.text_field] != record[job.text_field],
        changes=added["changes"],
    )


def run_lines(
    lines: Sequence[tuple[int, bytes | str]], job: RecordJob, source: str
) -> list[RecordResult]:
    """A batch of ``(line number, line)``: one task of a pool or one Dask partition."""
    return [run_line(line, number, job, source) for number, line in lines]


def numbered_lines(stream: Iterable[bytes], first: int = 1) -> Iterator[tuple[int, bytes]]:
    """``(line number, bytes)`` for each line of a binary JSONL stream; a UTF-8 BOM on
    the first line is dropped."""
    for number, raw in enumerate(stream, start=first):
        yield number, (raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
