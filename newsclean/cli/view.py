"""``newsclean view``: a split page as one self-contained HTML file.

A command of its own rather than ``split --html FILE``: its output is one document for
people to look at, not articles for programs, so ``split``'s stdout stays its JSON
contract; and it takes a page in and gives a page out, which ``split`` options such as
``--output-dir`` (one file per article) and ``--format`` would only confuse.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsclean.cli.common import (
    ConfigOpt,
    ConvertOpt,
    EncodingOpt,
    Files,
    NoConfigOpt,
    PassesOpt,
    Replacement,
    ReplacementOpt,
    Report,
    SkipOpt,
    VerboseOpt,
    app,
    build_options,
    display,
    err,
    finish,
    inputs,
    load_settings,
)
from newsclean.errors import InputError


@app.command()
def view(
    files: Files = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the HTML page to this file.")
    ] = None,
    passes: PassesOpt = None,
    skip: SkipOpt = None,
    replacement: ReplacementOpt = Replacement.keep,
    encoding: EncodingOpt = None,
    convert: ConvertOpt = None,
    config: ConfigOpt = None,
    no_config: NoConfigOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Repairs and articles of each page, as one HTML file to look at.

    The page as extracted and its articles side by side: each article in its own
    colour, headline groups and bylines marked, furniture greyed, every repair
    highlighted with what it was on hover. Self-contained: no network, no scripts.

    Example: newsclean view page.txt -o page.html
    """
    settings = load_settings("view", files, config, no_config, verbose)
    options = build_options(
        settings,
        passes=passes,
        skip=skip,
        replacement=replacement,
        keep_furniture=False,
        strip_furniture=True,
        encoding=encoding,
        convert=convert,
        explain=False,
    )
    from newsclean.io import read_input
    from newsclean.view import PageView, render_html, trace

    report = Report()
    pages: list[PageView] = []
    for name in inputs(files):
        try:
            pages.append(trace(read_input(name), source=display(name), options=options))
        except InputError as exc:
            err(f"{display(name)}: {exc}")
            report.failed += 1
    if pages:
        finish([render_html(pages).encode("utf-8")], output, report)
    raise typer.Exit(report.exit_code)
