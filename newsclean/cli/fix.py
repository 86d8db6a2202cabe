"""``newsclean fix``: repair text, in pipes, files, directories, JSONL corpora, in place."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from newsclean.cli.common import (
    ConfigOpt,
    ConvertOpt,
    DaskLocalOpt,
    EncodingOpt,
    ExplainOpt,
    Files,
    FixFormat,
    IdFieldOpt,
    InputFormat,
    InputFormatOpt,
    JobsOpt,
    KeepFurnitureOpt,
    KeepLongSOpt,
    NoConfigOpt,
    OnError,
    OnErrorOpt,
    PassesOpt,
    QuietOpt,
    RecursiveOpt,
    Replacement,
    ReplacementOpt,
    Report,
    SchedulerOpt,
    SkipOpt,
    StripFurnitureOpt,
    TextFieldOpt,
    VerboseOpt,
    app,
    build_options,
    display,
    err,
    explain_changes,
    inputs,
    json_text,
    load_settings,
    make_output_dir,
    usage,
)


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
    keep_long_s: KeepLongSOpt = False,
    recursive: RecursiveOpt = False,
    jobs: JobsOpt = 1,
    input_format: InputFormatOpt = InputFormat.text,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    on_error: OnErrorOpt = OnError.skip,
    scheduler: SchedulerOpt = None,
    dask_local: DaskLocalOpt = None,
    quiet: QuietOpt = False,
    config: ConfigOpt = None,
    no_config: NoConfigOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Repair text: mojibake, stray U+FFFD, wrapped lines, column breaks, furniture.

    Standard input is repaired as it is read, in chunks cut between paragraphs, so a
    stream of any size runs in bounded memory.

    Examples: cat page.txt | newsclean fix > clean.txt;
    newsclean fix -r pages/ --jobs 0 --output-dir clean/;
    newsclean fix --input-format jsonl corpus.jsonl > clean.jsonl
    """
    from newsclean.cli.batch import Corpus

    settings = load_settings("fix", files, config, no_config, verbose)
    fmt = FixFormat(settings.pick("format", fmt.value, "fmt"))
    options = build_options(
        settings,
        passes=passes,
        skip=skip,
        replacement=replacement,
        keep_furniture=keep_furniture,
        strip_furniture=strip_furniture,
        encoding=encoding,
        convert=convert,
        explain=explain,
        keep_long_s=keep_long_s,
    )
    names = inputs(files)
    corpus = Corpus(
        recursive=recursive,
        jobs=jobs,
        jsonl=input_format is InputFormat.jsonl,
        text_field=text_field,
        id_field=id_field,
        on_error=on_error.value,
        scheduler=scheduler,
        dask_local=dask_local,
        quiet=quiet,
        verbose=verbose,
    )
    corpus.check(names)
    destinations = sum(bool(x) for x in (output, output_dir, in_place))
    if destinations > 1:
        usage("choose one of --output, --output-dir and --in-place")
    if in_place and "-" in names:
        usage("--in-place needs files, not standard input")
    if output is not None and any(n != "-" and _same_file(Path(n), output) for n in names):
        usage(f"{output}: output is also an input; use --in-place to rewrite it")
    if corpus.jsonl and (fmt is FixFormat.json or diff or output_dir is not None or in_place):
        usage("--input-format jsonl writes JSONL records to stdout or --output")
    if output_dir is not None:
        make_output_dir(output_dir)
    report = Report(check=check)
    _run(names, corpus, report, options, output, output_dir, in_place, fmt, diff, explain)
    if check and not quiet and report.changed:
        err(f"{report.changed} of {len(names)} input(s) would change")
    raise typer.Exit(report.exit_code)


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
    from newsclean.cli.batch import Sink, executor, expand, file_results, run_jsonl, tracking

    paths = expand(names, corpus, report)
    sink = Sink(output)
    with tracking("fix", paths, corpus) as (tally, progress):
        if corpus.jsonl:
            job = corpus.record_job("fix", options)
            run_jsonl(paths, job, corpus, sink, report, tally, progress)
            sink.close(report)
            return
        file_job = FileJob("fix", options, fmt.value, diff=diff, check=report.check)
        json_docs: list[dict[str, Any]] = []
        taken: set[str] = set()
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
                tally.size += result.size
                progress.advance(result.size or 0)
                if result.error is not None:
                    err(f"{display(name)}: {result.error}")
                    report.failed += 1
                    tally.errors += 1
                    continue
                if result.changed:
                    report.changed += 1
                if explain and result.doc is not None:
                    explain_changes(display(name), result.doc, corpus.quiet)
                if report.check or result.payload is None:
                    continue
                if fmt is FixFormat.json and not diff and output_dir is None and not in_place:
                    assert result.body is not None
                    json_docs.append(result.body)
                    continue
                if not _deliver(name, result.payload, output_dir, in_place, fmt, sink, taken):
                    report.failed += 1
                    tally.errors += 1
        if json_docs:
            body = json_docs[0] if len(json_docs) == 1 else json_docs
            sink.write(json_text(body, FixFormat.json))
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
            written = written or bool(rendered)
            same.feed(piece, chunk.original)
            if explain:
                explain_changes("<stdin>", chunk.doc, corpus.quiet)
            if not report.check:
                sink.write(piece, flush=True)
    except InputError as exc:
        err(f"<stdin>: {exc}")
        report.failed += 1
        return size
    if not same.equal():
        report.changed += 1
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
    payload: str,
    output_dir: Path | None,
    in_place: bool,
    fmt: FixFormat,
    sink: Any,
    taken: set[str],
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
            # Two inputs of one name (a/page.txt, b/page.txt under -r) get two outputs.
            target, n = f"{stem}.{ext}", 2
            while target in taken:
                target, n = f"{stem}-{n}.{ext}", n + 1
            taken.add(target)
            write_atomic(output_dir / target, data)
        else:
            sink.write(payload)
    except OSError as exc:
        err(f"{display(name)}: cannot write: {exc.strerror or exc}")
        return False
    return True
