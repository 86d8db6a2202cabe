"""``newsclean split``: one page in, its articles out."""

from __future__ import annotations

import dataclasses
import json
from enum import StrEnum
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
    IdFieldOpt,
    InputFormatOpt,
    JobsOpt,
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
    SplitFormat,
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
from newsclean.errors import InputError


class Engine(StrEnum):
    rules = "rules"
    model = "model"


@app.command()
def split(
    files: Files = None,
    fmt: Annotated[SplitFormat, typer.Option("--format", "-f", help="Output format.")] = (
        SplitFormat.json
    ),
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write all output to this file.")
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", help="Write one file per article here."),
    ] = None,
    passes: PassesOpt = None,
    skip: SkipOpt = None,
    replacement: ReplacementOpt = Replacement.keep,
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
    engine: Annotated[
        Engine,
        typer.Option(help="Who decides the layout: today's rules, or the trained line model."),
    ] = Engine.rules,
    line_model: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help="A line model file (tools/linemodel) instead of the shipped one.",
        ),
    ] = None,
) -> None:
    """Split each page into its articles: headline group, byline, paragraphs.

    FILES: the pages to read; none, or '-', reads standard input; directories need -r.

    One input gives one JSON object, several an array. --output-dir mirrors the
    input tree and writes one file per article; a run again replaces those files.

    \b
    Examples:
      newsclean split page.txt > page.json
      newsclean split --format jsonl pages/*.txt > articles.jsonl
      newsclean split -r pages/ --output-dir articles/
      newsclean split corpus.jsonl > split.jsonl
    """
    from newsclean.batch import FileJob
    from newsclean.cli.batch import (
        Corpus,
        Sink,
        executor,
        expand,
        file_results,
        run_jsonl,
        stdin_result,
        tracking,
    )

    settings = load_settings("split", files, config, no_config, verbose)
    fmt = SplitFormat(settings.pick("format", fmt.value, "fmt"))
    options = build_options(
        settings,
        passes=passes,
        skip=skip,
        replacement=replacement,
        keep_furniture=False,
        strip_furniture=True,
        encoding=encoding,
        encoding_errors=encoding_errors,
        convert=convert,
        explain=explain,
        keep_long_s=keep_long_s,
    )
    options = dataclasses.replace(
        options,
        engine=engine.value,
        line_model=str(line_model) if line_model is not None else None,
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
    if output is not None and output_dir is not None:
        usage("choose one of --output and --output-dir")
    if corpus.jsonl and output_dir is not None:
        usage("--input-format jsonl writes JSONL records to stdout or --output")
    report = Report()
    paths = expand(names, corpus, report, output_dir)
    taken: set[str] = set()
    tree = None
    if output_dir is not None:
        make_output_dir(output_dir)
        tree = OutputTree(names, output_dir)
    sink = Sink(output)
    with tracking("split", paths, corpus) as (tally, progress):
        if corpus.jsonl:
            job = corpus.record_job("split", options)
            run_jsonl(paths, job, corpus, sink, report, tally, progress)
            sink.close(report)
            raise typer.Exit(report.exit_code)
        file_job = FileJob("split", options, fmt.value, keep_page=output_dir is not None)
        pages: list[dict[str, Any]] = []
        with executor(corpus) as pool:
            for name, maybe in file_results(paths, file_job, corpus, pool):
                result = maybe if maybe is not None else stdin_result(file_job)
                tally.files += 1
                tally.size += result.size
                progress.advance(result.size)
                if result.error is not None:
                    err(f"{display(name)}: {result.error}")
                    report.failed += 1
                    tally.errors += 1
                    continue
                tally.articles += result.articles
                if explain and result.doc is not None:
                    explain_changes(display(name), result.doc, quiet)
                if tree is not None:
                    assert result.body is not None
                    if not _write_articles(name, result.body, fmt, tree, taken):
                        report.failed += 1
                        tally.errors += 1
                elif fmt is SplitFormat.json:
                    assert result.body is not None
                    pages.append(result.body)
                elif result.payload is not None and fmt is SplitFormat.jsonl:
                    sink.write(result.payload)
                elif result.payload is not None:
                    sink.document(result.payload)
        if fmt is SplitFormat.json and tree is None:
            # The shape follows the arguments, not how many of them could be read.
            if not one_input(names, paths):
                sink.write(json_text(pages, SplitFormat.json))
            elif pages:
                sink.write(json_text(pages[0], SplitFormat.json))
        sink.close(report)
    raise typer.Exit(report.exit_code)


def _write_articles(
    name: str, page: dict[str, Any], fmt: SplitFormat, tree: OutputTree, taken: set[str]
) -> bool:
    """One file per article, in the input's place in the mirrored tree, named after the
    page and the headline; a run again replaces the files of the run before."""
    from newsclean.io import slugify, unique_path, write_output
    from newsclean.render import render_article

    ext = {"json": "json", "jsonl": "json", "text": "txt", "markdown": "md"}[fmt.value]
    place = tree.place(name, ext)
    if place is None:
        return False
    stem = slugify(display(place.stem) if name != "-" else "stdin", fallback="page")
    for number, article in enumerate(page["articles"], start=1):
        slug = slugify(article.get("headline"))
        try:
            path = unique_path(place.parent, f"{stem}-{number:02d}-{slug}", ext, taken)
            if ext == "json":
                body = json.dumps(article, ensure_ascii=False, indent=2) + "\n"
            else:
                body = render_article(article, fmt.value)
            write_output(path, body.encode("utf-8"))
        except (OSError, InputError) as exc:
            err(f"{display(name)}: cannot write article {number}: {exc}")
            return False
    return True
