"""``newsclean split``: one page in, its articles out."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsclean.cli.common import (
    CorpusArgs,
    OutputTree,
    Report,
    SplitFormat,
    build_options,
    display,
    err,
    explain_changes,
    json_document,
    load_settings,
    make_output_dir,
    usage,
)
from newsclean.cli.params import CORPUS, PASS_CHOICE, command, given_flags
from newsclean.errors import InputError

if TYPE_CHECKING:
    from newsclean.cli.batch import Corpus
    from newsclean.cli.progress import Tally
    from newsclean.cli.sink import Sink
    from newsclean.options import Options


class Engine(StrEnum):
    rules = "rules"
    model = "model"


@dataclass(repr=False, eq=False)
class SplitArgs(CorpusArgs):
    """Every flag of ``split``, with its default."""

    fmt: SplitFormat = SplitFormat.json
    output: Path | None = None
    output_dir: Path | None = None
    engine: Engine = Engine.rules
    line_model: Path | None = None


FormatOpt = Annotated[SplitFormat, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write all output to this file.")
]
OutputDirOpt = Annotated[
    Path | None, typer.Option("--output-dir", help="Write one file per article here.")
]
EngineOpt = Annotated[
    Engine, typer.Option(help="Who decides the layout: today's rules, or the trained line model.")
]
LineModelOpt = Annotated[
    Path | None,
    typer.Option(
        exists=True,
        dir_okay=False,
        help="A line model file (tools/linemodel) instead of the shipped one.",
    ),
]


@command(
    "files",
    ("fmt", FormatOpt),
    ("output", OutputOpt),
    ("output_dir", OutputDirOpt),
    *PASS_CHOICE,
    *CORPUS,
    ("engine", EngineOpt),
    ("line_model", LineModelOpt),
    defaults=SplitArgs(),
)
def split(**flags: Any) -> None:
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
    run(SplitArgs(**flags), given_flags())


def run(args: SplitArgs, given: frozenset[str]) -> None:
    """Run ``split`` and stop with its exit status."""
    from newsclean.cli.batch import Corpus, expand
    from newsclean.cli.progress import tracking
    from newsclean.cli.sink import Sink

    settings = load_settings("split", args, given)
    fmt = SplitFormat(settings.pick("format", args.fmt.value, "fmt"))
    options = build_options(
        settings, args, strip_furniture=True, explain=args.explain, keep_long_s=args.keep_long_s
    )
    options = dataclasses.replace(
        options,
        engine=args.engine.value,
        line_model=str(args.line_model) if args.line_model is not None else None,
    )
    names, corpus = Corpus.read(args)
    if args.output is not None and args.output_dir is not None:
        usage("choose one of --output and --output-dir")
    if corpus.jsonl and args.output_dir is not None:
        usage("--input-format jsonl writes JSONL records to stdout or --output")
    report = Report()
    paths = expand(names, corpus, report, args.output_dir)
    tree = None
    if args.output_dir is not None:
        make_output_dir(args.output_dir)
        tree = OutputTree(names, args.output_dir)
    sink = Sink(args.output)
    with tracking("split", paths, corpus) as tally:
        if corpus.jsonl:
            from newsclean.cli.jsonl import run_jsonl

            job = corpus.record_job("split", options)
            run_jsonl(paths, job, corpus, sink, report, tally)
        else:
            pages = _split_files(paths, options, fmt, corpus, tree, sink, report, tally)
            if fmt is SplitFormat.json and tree is None:
                document = json_document(pages, names, paths)
                if document is not None:
                    sink.write(document)
        sink.close(report)
    raise SystemExit(report.exit_code)


def _split_files(
    paths: list[str],
    options: Options,
    fmt: SplitFormat,
    corpus: Corpus,
    tree: OutputTree | None,
    sink: Sink,
    report: Report,
    tally: Tally,
) -> list[dict[str, Any]]:
    """Split each page, writing its articles as they come (the JSON format's pages are
    returned instead: they are written as one document at the end)."""
    from newsclean.batch import FileJob
    from newsclean.cli.batch import executor, file_results, stdin_result

    file_job = FileJob("split", options, fmt.value, keep_page=tree is not None)
    taken: set[str] = set()
    pages: list[dict[str, Any]] = []
    with executor(corpus) as pool:
        for name, maybe in file_results(paths, file_job, corpus, pool):
            result = maybe if maybe is not None else stdin_result(file_job)
            tally.files += 1
            tally.read(result.size)
            if result.error is not None:
                err(f"{display(name)}: {result.error}")
                report.failed += 1
                tally.errors += 1
                continue
            tally.articles += result.articles
            if options.explain and result.doc is not None:
                explain_changes(display(name), result.doc, corpus.quiet)
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
    return pages


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
