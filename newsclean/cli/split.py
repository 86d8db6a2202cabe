"""``newsclean split``: one page in, its articles out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from newsclean.cli.common import (
    ConfigOpt,
    ConvertOpt,
    EncodingOpt,
    ExplainOpt,
    Files,
    KeepLongSOpt,
    NoConfigOpt,
    PassesOpt,
    QuietOpt,
    Replacement,
    ReplacementOpt,
    Report,
    SkipOpt,
    SplitFormat,
    VerboseOpt,
    app,
    build_options,
    display,
    err,
    explain_changes,
    inputs,
    json_text,
    load_settings,
    write_stdout,
)
from newsclean.errors import InputError


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
    keep_long_s: KeepLongSOpt = False,
    quiet: QuietOpt = False,
    config: ConfigOpt = None,
    no_config: NoConfigOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Split each page into its articles: headline group, byline, paragraphs.

    Example: newsclean split --format jsonl pages/*.txt > articles.jsonl
    """
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
        convert=convert,
        explain=explain,
        keep_long_s=keep_long_s,
    )
    from newsclean.api import clean, split_dict
    from newsclean.render import render_articles
    from newsclean.segment import split_document

    names = inputs(files)
    report = Report()
    pages: list[dict[str, Any]] = []
    taken: set[str] = set()
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        try:
            from newsclean.io import read_input

            doc = clean(read_input(name), source=display(name), options=options)
        except InputError as exc:
            err(f"{display(name)}: {exc}")
            report.failed += 1
            continue
        if explain:
            explain_changes(display(name), doc, quiet)
        page = split_dict(doc, [a.to_dict() for a in split_document(doc, options)])
        if output_dir is not None:
            if not _write_articles(name, page, fmt, output_dir, taken):
                report.failed += 1
            continue
        if fmt is SplitFormat.json:
            pages.append(page)
        elif fmt is SplitFormat.jsonl:
            write_stdout(json_text(page, fmt))
        else:
            write_stdout(render_articles(page, fmt.value))
    if pages:
        write_stdout(json_text(pages[0] if len(pages) == 1 else pages, SplitFormat.json))
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
            err(f"{display(name)}: cannot write article {number}: {exc}")
            return False
    return True
