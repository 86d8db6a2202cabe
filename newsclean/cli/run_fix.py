"""What ``newsclean fix`` does, once its flags are read: no typer or click here, so that
``newsclean fix FILE`` with no option runs without them (see :func:`newsclean.cli.main`).
The command's declaration, help and options are :mod:`newsclean.cli.fix`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsclean.cli.common import (
    CorpusArgs,
    FixFormat,
    OutputTree,
    Report,
    build_options,
    display,
    err,
    explain_changes,
    json_document,
    load_settings,
    make_output_dir,
    usage,
)


@dataclass(repr=False, eq=False)
class FixArgs(CorpusArgs):
    """Every flag of ``fix``, with its default."""

    output: Path | None = None
    output_dir: Path | None = None
    in_place: bool = False
    fmt: FixFormat = FixFormat.text
    check: bool = False
    diff: bool = False
    keep_furniture: bool = False
    strip_furniture: bool = False


def run(args: FixArgs, given: frozenset[str]) -> None:
    """Run ``fix`` and stop with its exit status (``given``: the flags set on the command
    line, which a configuration file's values give way to)."""
    from newsclean.cli.batch import Corpus

    settings = load_settings("fix", args, given)
    fmt = FixFormat(settings.pick("format", args.fmt.value, "fmt"))
    options = build_options(
        settings,
        args,
        keep_furniture=args.keep_furniture,
        strip_furniture=args.strip_furniture,
        explain=args.explain,
        keep_long_s=args.keep_long_s,
    )
    names, corpus = Corpus.read(args)
    _check_destinations(args, names, fmt, corpus.jsonl)
    if args.output_dir is not None:
        make_output_dir(args.output_dir)
    report = Report(check=args.check)
    _run(
        names,
        corpus,
        report,
        options,
        args.output,
        args.output_dir,
        args.in_place,
        fmt,
        args.diff,
        args.explain,
    )
    if args.check and not args.quiet:
        unit = "records" if corpus.jsonl else "files"
        err(f"{report.changed} of {report.checked} {unit} would change")
    raise SystemExit(report.exit_code)


def _check_destinations(args: FixArgs, names: list[str], fmt: FixFormat, jsonl: bool) -> None:
    """Usage errors of where the output goes: one place at most, and one that can take
    what the other flags make."""
    destinations = sum(bool(x) for x in (args.output, args.output_dir, args.in_place))
    if destinations > 1:
        usage("choose one of --output, --output-dir and --in-place")
    if (args.check or args.diff) and (args.in_place or args.output_dir is not None):
        # As in black: --check and --diff only report; they never write a file.
        flag = "--check" if args.check else "--diff"
        usage(f"{flag} writes no files: leave out --in-place and --output-dir")
    if args.in_place and "-" in names:
        usage("--in-place needs files, not standard input")
    if args.in_place and fmt is not FixFormat.text:
        # A page rewritten as its JSON record would be the page lost.
        usage(
            f"--in-place writes text back; --format {fmt.value} goes to stdout, -o or --output-dir"
        )
    output = args.output
    if output is not None and any(n != "-" and _same_file(Path(n), output) for n in names):
        usage(f"{output}: output is also an input; use --in-place to rewrite it")
    if jsonl and (
        fmt is FixFormat.json or args.diff or args.output_dir is not None or args.in_place
    ):
        usage(
            "JSONL input (--input-format jsonl, .jsonl, .ndjson) is written as JSONL "
            "records to stdout or --output"
        )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        # A symbolic link loop or a name too long: not a readable input anyway.
        return False


def _run(
    names: list[str],
    corpus: Any,
    report: Report,
    options: Any,
    output: Path | None,
    output_dir: Path | None,
    in_place: bool,
    fmt: FixFormat,
    diff: bool,
    explain: bool,
) -> None:
    from newsclean.batch import FileJob
    from newsclean.cli.batch import executor, expand, file_results
    from newsclean.cli.progress import tracking
    from newsclean.cli.sink import Sink

    paths = expand(names, corpus, report, output_dir)
    sink = Sink(output)
    with tracking("fix", paths, corpus) as tally:
        if corpus.jsonl:
            from newsclean.cli.jsonl import run_jsonl

            job = corpus.record_job("fix", options)
            run_jsonl(paths, job, corpus, sink, report, tally)
            sink.close(report)
            return
        file_job = FileJob(
            "fix", options, fmt.value, diff=diff, check=report.check, in_place=in_place
        )
        json_docs: list[dict[str, Any]] = []
        tree = OutputTree(names, output_dir) if output_dir is not None else None
        with executor(corpus) as pool:
            for name, maybe in file_results(paths, file_job, corpus, pool):
                tally.files += 1
                if maybe is None:
                    if fmt is FixFormat.text and not diff:
                        tally.size += _stream_stdin(options, sink, report, explain, corpus)
                        continue
                    from newsclean.cli.batch import stdin_result

                    result = stdin_result(file_job)
                else:
                    result = maybe
                tally.read(result.size)
                if result.error is not None:
                    err(f"{display(name)}: {result.error}")
                    report.failed += 1
                    tally.errors += 1
                    continue
                if result.refused is not None:
                    err(f"{display(name)}: {result.refused}")
                    continue
                report.checked += 1
                if result.changed:
                    report.changed += 1
                    if report.check and not corpus.quiet:
                        err(f"would fix: {display(name)}")
                if explain and result.doc is not None:
                    explain_changes(display(name), result.doc, corpus.quiet)
                if not _deliver(name, result, tree, in_place, diff, fmt, sink, json_docs):
                    report.failed += 1
                    tally.errors += 1
        if fmt is FixFormat.json and not diff and tree is None and not report.check:
            document = json_document(json_docs, names, paths)
            if document is not None:
                sink.write(document)
        sink.close(report)


def _stream_stdin(options: Any, sink: Any, report: Report, explain: bool, corpus: Any) -> int:
    """Repair standard input chunk by chunk, writing each as soon as it is ready."""
    import sys

    from newsclean.emit import render_text
    from newsclean.errors import InputError
    from newsclean.stream import fix_stream, join_rendered

    size = 0
    written = False
    # ``--check`` compares the output stream with the input stream as both go by; the
    # matched part is dropped, so this too stays within a chunk or two of memory.
    same = _StreamCompare()
    try:
        for chunk in fix_stream(sys.stdin.buffer, options=options):
            size += len(chunk.original.encode("utf-8"))
            rendered = render_text(chunk.doc)
            piece = join_rendered(written, rendered)
            same.feed(piece, chunk.original)
            if explain:
                explain_changes("<stdin>", chunk.doc, corpus.quiet)
            if not report.check and piece:
                # The first piece opens a document (a blank line after the one before).
                if written:
                    sink.write(piece, flush=True)
                else:
                    sink.document(piece, flush=True)
            written = written or bool(rendered)
    except InputError as exc:
        err(f"<stdin>: {exc}")
        report.failed += 1
        return size
    report.checked += 1
    if not same.equal():
        report.changed += 1
        if report.check and not corpus.quiet:
            err("would fix: <stdin>")
    return size


class _StreamCompare:
    """Are two streams, fed piece by piece, equal? Keeps only their unmatched tails."""

    def __init__(self) -> None:
        self.left = ""
        self.right = ""
        self.differ = False

    def feed(self, left: str, right: str) -> None:
        if self.differ:
            return
        self.left += left
        self.right += right
        n = min(len(self.left), len(self.right))
        if self.left[:n] != self.right[:n]:
            self.differ = True
            self.left = self.right = ""
            return
        self.left, self.right = self.left[n:], self.right[n:]

    def equal(self) -> bool:
        return not self.differ and self.left == self.right


def _deliver(
    name: str,
    result: Any,
    tree: OutputTree | None,
    in_place: bool,
    diff: bool,
    fmt: FixFormat,
    sink: Any,
    json_docs: list[dict[str, Any]],
) -> bool:
    """Send one input's output where it belongs; False (and a message) if it failed."""
    from newsclean.io import write_atomic, write_output

    try:
        if in_place:
            # An unchanged file is not touched: same inode, times, links.
            if result.data is not None:
                write_atomic(Path(name), result.data)
        elif diff:
            if result.data is not None:
                sink.write(result.data)
        elif result.payload is None:
            pass
        elif tree is not None:
            ext = "txt" if fmt is FixFormat.text else fmt.value
            target = tree.place(name, ext)
            if target is None:
                return False
            write_output(target, result.payload.encode("utf-8"))
        elif fmt is FixFormat.json:
            assert result.body is not None
            json_docs.append(result.body)
        elif fmt is FixFormat.text:
            sink.document(result.payload)
        else:
            sink.write(result.payload)
    except OSError as exc:
        err(f"{display(name)}: cannot write: {exc.strerror or exc}")
        return False
    return True
