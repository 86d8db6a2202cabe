"""The command line: flags to Options, files to bytes, results to stdout.

Shell scripts call this thousands of times, so start-up is kept short: typer runs
without rich (``TYPER_USE_RICH=0``), and ftfy, OpenCC, charset-normalizer and rich are
imported only by the code paths that need them.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

os.environ.setdefault("TYPER_USE_RICH", "0")

import typer

from newsclean import errors
from newsclean.errors import InputError, NewscleanError, UsageError
from newsclean.options import Options

app = typer.Typer(
    add_completion=True,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Repair and split OCR'd and PDF-extracted newspaper pages.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class FixFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class SplitFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"
    markdown = "markdown"


class Replacement(StrEnum):
    keep = "keep"
    drop = "drop"


@dataclass
class Report:
    """What happened to each input; the exit status is computed here only."""

    failed: int = 0
    changed: int = 0
    check: bool = False
    outputs: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.failed:
            return errors.EXIT_INPUT
        if self.check and self.changed:
            return errors.EXIT_CHANGED
        return errors.EXIT_OK


def _err(message: str) -> None:
    sys.stderr.write(f"newsclean: {message}\n")


def _usage(message: str) -> NoReturn:
    _err(message)
    raise typer.Exit(errors.EXIT_USAGE)


def _version(value: bool) -> None:
    if value:
        from newsclean import __version__

        sys.stdout.write(f"newsclean {__version__}\n")
        raise typer.Exit


def _split_names(value: str | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(n for n in value.split(",") if n.strip())


def _build_options(
    *,
    passes: str | None,
    skip: str | None,
    replacement: Replacement,
    keep_furniture: bool,
    strip_furniture: bool,
    encoding: str | None,
    convert: str | None,
    explain: bool,
) -> Options:
    from newsclean import pipeline
    from newsclean.passes.convert import check_config
    from newsclean.passes.decode import check_encoding_name

    if keep_furniture and strip_furniture:
        _usage("--keep-furniture and --strip-furniture exclude each other")
    try:
        options = Options(
            replacement="drop" if replacement is Replacement.drop else "keep",
            furniture="keep" if keep_furniture else "strip" if strip_furniture else "header",
            convert=check_config(convert) if convert else None,
            encoding=check_encoding_name(encoding) if encoding else None,
            explain=explain,
            passes=_split_names(passes),
            skip=_split_names(skip) or (),
        )
        pipeline.select(options)
    except UsageError as exc:
        _usage(str(exc))
    return options


def _inputs(files: list[str] | None) -> list[str]:
    return files or ["-"]


def _display(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _write_stdout(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))


Files = Annotated[
    list[str] | None, typer.Argument(help="Input files; '-' or none reads standard input.")
]
PassesOpt = Annotated[
    str | None, typer.Option("--passes", help="Run only these passes (comma-separated).")
]
SkipOpt = Annotated[str | None, typer.Option("--skip", help="Leave out these passes.")]
ReplacementOpt = Annotated[
    Replacement,
    typer.Option(help="A U+FFFD that stands for a lost character: keep it or drop it."),
]
KeepFurnitureOpt = Annotated[
    bool, typer.Option("--keep-furniture", help="Leave every furniture line in the text.")
]
StripFurnitureOpt = Annotated[
    bool,
    typer.Option("--strip-furniture", help="Take the page header (masthead, page label) out too."),
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Decode inputs with this codec, no detection.")
]
ConvertOpt = Annotated[
    str | None, typer.Option("--convert", help="OpenCC conversion after repair: t2s, s2twp...")
]
ExplainOpt = Annotated[bool, typer.Option("--explain", help="Per-pass change counts on stderr.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or summaries.")]
VersionOpt = Annotated[
    bool,
    typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
]


@app.callback()
def _main(version: VersionOpt = False) -> None:
    """Repair and split OCR'd and PDF-extracted newspaper pages."""


@app.command()
def fix(
    files: Files = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write all output to this file.")
    ] = None,
    output_dir: Annotated[
        Path | None, typer.Option("--output-dir", help="Write each input's output here.")
    ] = None,
    in_place: Annotated[
        bool, typer.Option("--in-place", "-i", help="Rewrite each input file (atomically).")
    ] = False,
    fmt: Annotated[FixFormat, typer.Option("--format", "-f", help="Output format.")] = (
        FixFormat.text
    ),
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 if any input would change.")
    ] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff instead.")] = False,
    passes: PassesOpt = None,
    skip: SkipOpt = None,
    replacement: ReplacementOpt = Replacement.keep,
    keep_furniture: KeepFurnitureOpt = False,
    strip_furniture: StripFurnitureOpt = False,
    encoding: EncodingOpt = None,
    convert: ConvertOpt = None,
    explain: ExplainOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Repair text: mojibake, stray U+FFFD, wrapped lines, column breaks, furniture.

    Example: cat page.txt | newsclean fix > clean.txt
    """
    options = _build_options(
        passes=passes,
        skip=skip,
        replacement=replacement,
        keep_furniture=keep_furniture,
        strip_furniture=strip_furniture,
        encoding=encoding,
        convert=convert,
        explain=explain,
    )
    names = _inputs(files)
    destinations = sum(bool(x) for x in (output, output_dir, in_place))
    if destinations > 1:
        _usage("choose one of --output, --output-dir and --in-place")
    if in_place and "-" in names:
        _usage("--in-place needs files, not standard input")
    if output is not None and any(
        n != "-" and Path(n).resolve() == output.resolve() for n in names
    ):
        _usage(f"{output}: output is also an input; use --in-place to rewrite it")
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)

    from newsclean.api import clean
    from newsclean.emit import fix_dict, render_text

    report = Report(check=check)
    collected: list[bytes] = []
    json_docs: list[dict[str, Any]] = []
    for name in names:
        try:
            from newsclean.io import read_input

            raw = read_input(name)
            doc = clean(raw, source=_display(name), options=options)
        except InputError as exc:
            _err(f"{_display(name)}: {exc}")
            report.failed += 1
            continue
        result = render_text(doc)
        original = _original_text(raw, doc.encoding)
        if result != original:
            report.changed += 1
        if explain:
            _explain(_display(name), doc, quiet)
        if check:
            continue
        if diff:
            _write_stdout(_diff(_display(name), original, result))
            continue
        if fmt is FixFormat.text:
            payload = result
        else:
            json_docs.append(fix_dict(doc))
            if fmt is FixFormat.jsonl or output_dir is not None or in_place:
                payload = _json_text(json_docs[-1], fmt)
            else:
                continue
        if not _deliver(name, payload, output_dir, in_place, fmt, collected):
            report.failed += 1
    if fmt is FixFormat.json and json_docs and output_dir is None and not in_place and not check:
        body = json_docs[0] if len(json_docs) == 1 else json_docs
        collected.append(_json_text(body, FixFormat.json).encode("utf-8"))
    _finish(collected, output, report)
    if check and not quiet and report.changed:
        _err(f"{report.changed} of {len(names)} input(s) would change")
    raise typer.Exit(report.exit_code)


def _original_text(raw: bytes, encoding: str | None) -> str:
    try:
        return raw.decode(encoding or "utf-8", errors="replace").replace("\r\n", "\n")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


def _diff(name: str, before: str, after: str) -> str:
    import difflib

    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{name} (original)",
            tofile=f"{name} (fixed)",
        )
    )


def _json_text(body: Any, fmt: FixFormat | SplitFormat) -> str:
    if fmt.value == "jsonl":
        return json.dumps(body, ensure_ascii=False) + "\n"
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _deliver(
    name: str,
    payload: str,
    output_dir: Path | None,
    in_place: bool,
    fmt: FixFormat,
    collected: list[bytes],
) -> bool:
    """Send one input's output where it belongs; False (and a message) if it failed."""
    from newsclean.io import write_atomic

    data = payload.encode("utf-8")
    try:
        if in_place:
            write_atomic(Path(name), data)
        elif output_dir is not None:
            stem = "stdin" if name == "-" else Path(name).stem
            ext = "txt" if fmt is FixFormat.text else fmt.value
            write_atomic(output_dir / f"{stem}.{ext}", data)
        else:
            collected.append(data)
    except OSError as exc:
        _err(f"{_display(name)}: cannot write: {exc.strerror or exc}")
        return False
    return True


def _finish(collected: list[bytes], output: Path | None, report: Report) -> None:
    if not collected:
        return
    data = b"".join(collected)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from newsclean.io import write_atomic

    try:
        write_atomic(output, data)
    except OSError as exc:
        _err(f"{output}: cannot write: {exc.strerror or exc}")
        report.failed += 1


def _explain(name: str, doc: Any, quiet: bool) -> None:
    from newsclean.emit import changes_dict

    changes = changes_dict(doc)
    rows = [(p, kind, n) for p, kinds in changes.items() for kind, n in kinds.items()]
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{name} ({doc.encoding})")
        for column in ("pass", "change", "count"):
            table.add_column(column, justify="right" if column == "count" else "left")
        for p, kind, n in rows:
            table.add_row(p, kind, str(n))
        Console(stderr=True).print(table)
        return
    sys.stderr.write(f"{name}: encoding {doc.encoding}\n")
    for p, kind, n in rows:
        sys.stderr.write(f"{name}: {p}: {kind}: {n}\n")
    for ex in doc.examples.items() if not quiet else ():
        (p, kind), examples = ex
        for e in examples:
            sys.stderr.write(f"{name}: {p}: {kind}: {e.before!r} -> {e.after!r}\n")


@app.command()
def split(
    files: Files = None,
    fmt: Annotated[SplitFormat, typer.Option("--format", "-f", help="Output format.")] = (
        SplitFormat.json
    ),
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", help="Write one file per article here."),
    ] = None,
    passes: PassesOpt = None,
    skip: SkipOpt = None,
    replacement: ReplacementOpt = Replacement.keep,
    encoding: EncodingOpt = None,
    convert: ConvertOpt = None,
    explain: ExplainOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Split each page into its articles: headline group, byline, paragraphs.

    Example: newsclean split --format jsonl pages/*.txt > articles.jsonl
    """
    options = _build_options(
        passes=passes,
        skip=skip,
        replacement=replacement,
        keep_furniture=False,
        strip_furniture=True,
        encoding=encoding,
        convert=convert,
        explain=explain,
    )
    from newsclean.api import clean, split_dict
    from newsclean.render import render_articles
    from newsclean.segment import split_document

    names = _inputs(files)
    report = Report()
    pages: list[dict[str, Any]] = []
    taken: set[str] = set()
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        try:
            from newsclean.io import read_input

            doc = clean(read_input(name), source=_display(name), options=options)
        except InputError as exc:
            _err(f"{_display(name)}: {exc}")
            report.failed += 1
            continue
        if explain:
            _explain(_display(name), doc, quiet)
        page = split_dict(doc, [a.to_dict() for a in split_document(doc)])
        if output_dir is not None:
            if not _write_articles(name, page, fmt, output_dir, taken):
                report.failed += 1
            continue
        if fmt is SplitFormat.json:
            pages.append(page)
        elif fmt is SplitFormat.jsonl:
            _write_stdout(_json_text(page, fmt))
        else:
            _write_stdout(render_articles(page, fmt.value))
    if pages:
        _write_stdout(_json_text(pages[0] if len(pages) == 1 else pages, SplitFormat.json))
    raise typer.Exit(report.exit_code)


def _write_articles(
    name: str, page: dict[str, Any], fmt: SplitFormat, output_dir: Path, taken: set[str]
) -> bool:
    from newsclean.io import slugify, unique_path, write_atomic
    from newsclean.render import render_article

    stem = slugify("stdin" if name == "-" else Path(name).stem, fallback="page")
    ext = {"json": "json", "jsonl": "json", "text": "txt", "markdown": "md"}[fmt.value]
    for number, article in enumerate(page["articles"], start=1):
        slug = slugify(article.get("headline"))
        try:
            path = unique_path(output_dir, f"{stem}-{number:02d}-{slug}", ext, taken)
            if ext == "json":
                body = json.dumps(article, ensure_ascii=False, indent=2) + "\n"
            else:
                body = render_article(article, fmt.value)
            write_atomic(path, body.encode("utf-8"))
        except (OSError, InputError) as exc:
            _err(f"{_display(name)}: cannot write article {number}: {exc}")
            return False
    return True


@app.command("passes")
def list_passes(
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """List the passes in the order they run, with what each repairs."""
    from newsclean.pipeline import registry

    rows = [(p.name, p.description) for p in registry()]
    if fmt == "json":
        body = [{"name": n, "description": d} for n, d in rows]
        _write_stdout(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt != "text":
        _usage(f"--format: expected text or json, not '{fmt}'")
    width = max(len(n) for n, _ in rows)
    _write_stdout("".join(f"{n.ljust(width)}  {d}\n" for n, d in rows))


def main() -> None:
    """Entry point: runs the app, turning a closed pipe into a quiet exit."""
    try:
        app()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except NewscleanError as exc:
        _err(str(exc))
        sys.exit(errors.EXIT_USAGE if isinstance(exc, UsageError) else errors.EXIT_INPUT)


def _quiet_broken_pipe() -> NoReturn:
    # The reader went away (`newsclean fix big.txt | head -1`): point stdout at
    # /dev/null so the interpreter's final flush does not complain, and stop.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)
