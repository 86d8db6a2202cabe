"""``newsclean view``: a split page as one self-contained HTML file.

A command of its own rather than ``split --html FILE``: its output is one document for
people to look at, not articles for programs, so ``split``'s stdout stays its JSON
contract; and it takes a page in and gives a page out, which ``split`` options such as
``--output-dir`` (one file per article) and ``--format`` would only confuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsclean.cli.common import (
    PageArgs,
    Report,
    build_options,
    display,
    finish,
    load_settings,
)
from newsclean.cli.params import (
    DECODING,
    PASS_CHOICE,
    READING,
    SETTINGS,
    command,
    given_flags,
)
from newsclean.errors import InputError

if TYPE_CHECKING:
    from newsclean.options import Options
    from newsclean.view import PageView


@dataclass(repr=False, eq=False)
class ViewArgs(PageArgs):
    """Every flag of ``view``, with its default."""

    output: Path | None = None


OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the HTML page to this file.")
]


@command(
    "files",
    ("output", OutputOpt),
    *PASS_CHOICE,
    *DECODING,
    *READING,
    *SETTINGS,
    defaults=ViewArgs(),
)
def view(**flags: Any) -> None:
    """Repairs and articles of each page, as one HTML file to look at.

    FILES: the pages to read; none, or '-', reads standard input; directories need -r.

    The page as extracted and its articles side by side: each article in its own
    colour, headline groups and bylines marked, furniture greyed, every repair
    highlighted with what it was on hover. Self-contained: no network, no scripts.

    \b
    Examples:
      newsclean view page.txt -o page.html
      newsclean view -r pages/ --jobs 2 -o pages.html
    """
    args = ViewArgs(**flags)
    settings = load_settings("view", args, given_flags())
    options = build_options(settings, args, strip_furniture=True)
    from newsclean.cli.batch import Corpus, each_read, expand
    from newsclean.view import render_html

    names, corpus = Corpus.read(args)
    report = Report()
    paths = expand(names, corpus, report)
    pages: list[PageView] = list(each_read(paths, view_one, options, corpus, report))
    if pages:
        finish([render_html(pages).encode("utf-8")], args.output, report)
    raise SystemExit(report.exit_code)


def view_one(name: str, options: Options) -> tuple[PageView | None, str | None]:
    """One input traced through the passes, or why not (a task a worker can run)."""
    from newsclean.api import check_decoding
    from newsclean.io import read_input
    from newsclean.view import trace

    try:
        raw = read_input(name)
        # inspect_one's page goes through api.clean, which refuses bytes a forced codec
        # cannot read; trace builds its document without it, so it is asked here.
        check_decoding(raw, options)
        return trace(raw, source=display(name), options=options), None
    except InputError as exc:
        return None, str(exc)
