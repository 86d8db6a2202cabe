"""``newsclean fix``: repair text, in pipes, files, directories, JSONL corpora, in place."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from newsclean.cli.common import (
    ConfigOpt,
    ConvertOpt,
    DaskLocalOpt,
    EncodingErrorsOpt,
    EncodingOpt,
    ExplainOpt,
    Files,
    FixFormat,
    IdFieldOpt,
    InputFormatOpt,
    JobsOpt,
    KeepFurnitureOpt,
    KeepLongSOpt,
    NoConfigOpt,
    OnError,
    OnErrorOpt,
    OutputTree,
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
    note_terminal_stdin,
    one_input,
    reads_jsonl,
    usage,
)


@app.command()
def fix(
    files: Files = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write all output to this file ('-': stdout)."),
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", help="Write each input's output here, in its tree."),
    ] = None,
    in_place: Annotated[
        bool,
        typer.Option(
            "--in-place", "-i", help="Rewrite each changed input file, in its own encoding."
        ),
    ] = False,
    fmt: Annotated[FixFormat, typer.Option("--format", "-f", help="Output format.")] = (
        FixFormat.text
    ),
    check: Annotated[
        bool,
        typer.Option("--check", help="Name the files -i would change; exit 1 if any."),
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print what -i would change, as a patch -p0 diff.")
    ] = False,
    passes: PassesOpt = None,
    skip: SkipOpt = None,
    replacement: ReplacementOpt = Replacement.keep,
    keep_furniture: KeepFurnitureOpt = False,
    strip_furniture: StripFurnitureOpt = False,
    encoding: EncodingOpt = None,
    encoding_errors: EncodingErrorsOpt = None,
    convert: ConvertOpt = None,
    explain: ExplainOpt = False,
    keep_long_s: KeepLongSOpt = False,
    recursive: RecursiveOpt = False,
    jobs: JobsOpt = 1,
    input_format: InputFormatOpt = None,
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

    FILES: the pages to read; none, or '-', reads standard input; directories need -r.

    Standard input is repaired as it is read, in chunks cut between paragraphs, so a
    stream of any size runs in bounded memory.

    Output goes to stdout (several text inputs: a blank line between them), to -o
    (a file is replaced whole; a device, FIFO or /dev/fd/N is written into; - is
    stdout), to --output-dir (the input tree mirrored), or back into each file with
    -i. In place, a file keeps its encoding and line ends, an unchanged file is not
    touched, and Markdown and HTML files are left alone (fix writes plain text).
    --check and --diff report what -i would write and write no file. .jsonl and
    .ndjson inputs are read as JSONL records (see --input-format).

    \b
    Examples:
      cat page.txt | newsclean fix > clean.txt
      newsclean fix -i pages/*.txt
      newsclean fix --check -r pages/
      newsclean fix --diff page.txt | patch -p0
      newsclean fix -r pages/ --jobs 0 --output-dir clean/
      newsclean fix corpus.jsonl > clean.jsonl
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
        encoding_errors=encoding_errors,
        convert=convert,
        explain=explain,
        keep_long_s=keep_long_s,
    )
    names = inputs(files)
    note_terminal_stdin(names)
    corpus = Corpus(
        recursive=recursive,
        jobs=jobs,
        jsonl=reads_jsonl(input_format, names),
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
    if (check or diff) and (in_place or output_dir is not None):
        # As in black: --check and --diff only report; they never write a file.
        flag = "--check" if check else "--diff"
        usage(f"{flag} writes no files: leave out --in-place and --output-dir")
    if in_place and "-" in names:
        usage("--in-place needs files, not standard input")
    if in_place and fmt is not FixFormat.text:
        # A page rewritten as its JSON record would be the page lost.
        usage(
            f"--in-place writes text back; --format {fmt.value} goes to stdout, -o or --output-dir"
        )
    if output is not None and any(n != "-" and _same_file(Path(n), output) for n in names):
        usage(f"{output}: output is also an input; use --in-place to rewrite it")
    if corpus.jsonl and (fmt is FixFormat.json or diff or output_dir is not None or in_place):
        usage(
            "JSONL input (--input-format jsonl, .jsonl, .ndjson) is written as JSONL "
            "records to stdout or --output"
        )
    if output_dir is not None:
        make_output_dir(output_dir)
    report = Report(check=check)
    _run(names, corpus, report, options, output, output_dir, in_place, fmt, diff, explain)
    if check and not quiet:
        unit = "records" if corpus.jsonl else "files"
        err(f"{report.changed} of {report.checked} {unit} would change")
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

    paths = expand(names, corpus, report, output_dir)
    sink = Sink(output)
    with tracking("fix", paths, corpus) as (tally, progress):
        if corpus.jsonl:
            job = corpus.record_job("fix", options)
            run_jsonl(paths, job, corpus, sink, report, tally, progress)
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
                tally.size += result.size
                progress.advance(result.size or 0)
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
            # The shape follows the arguments, not how many of them could be read.
            if not one_input(names, paths):
                sink.write(json_text(json_docs, FixFormat.json))
            elif json_docs:
                sink.write(json_text(json_docs[0], FixFormat.json))
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
