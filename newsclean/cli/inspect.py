"""``newsclean inspect``: what is wrong with each page, before fixing it."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsclean.cli.common import (
    PageArgs,
    Report,
    build_options,
    display,
    json_document,
    load_settings,
    write_stdout,
)
from newsclean.cli.params import (
    DECODING,
    FURNITURE_CHOICE,
    PASS_CHOICE,
    READING,
    SETTINGS,
    command,
    given_flags,
)
from newsclean.errors import InputError

if TYPE_CHECKING:
    from newsclean.inspect import Inspection, Node
    from newsclean.options import Options


class InspectFormat(StrEnum):
    text = "text"
    json = "json"


#: Colours of the report tree's parts on a terminal (rich styles).
STYLES = {
    "source": "bold",
    "section": "bold cyan",
    "pass": "magenta",
    "count": "",
    "headline": "bold green",
    "role": "green",
    "muted": "dim",
    "info": "",
    "warn": "yellow",
}


@dataclass(repr=False, eq=False)
class InspectArgs(PageArgs):
    """Every flag of ``inspect``, with its default."""

    fmt: InspectFormat = InspectFormat.text
    keep_furniture: bool = False
    strip_furniture: bool = False


FormatOpt = Annotated[
    InspectFormat, typer.Option("--format", "-f", help="text (a tree on a terminal) or json.")
]


@command(
    "files",
    ("fmt", FormatOpt),
    *PASS_CHOICE,
    *FURNITURE_CHOICE,
    *DECODING,
    *READING,
    *SETTINGS,
    defaults=InspectArgs(),
)
def inspect(**flags: Any) -> None:
    """What is wrong with each page, before fixing it.

    FILES: the pages to read; none, or '-', reads standard input; directories need -r.

    The encoding, the defects the passes would repair (the same counts as
    `fix --explain`), the furniture lines, and the articles `split` would find: a tree
    on a terminal, plain text in a pipe, JSON with --format json.

    \b
    Examples:
      newsclean inspect page.txt
      newsclean inspect --format json pages/*.txt > report.json
    """
    args = InspectArgs(**flags)
    settings = load_settings("inspect", args, given_flags())
    fmt = InspectFormat(settings.pick("format", args.fmt.value, "fmt"))
    options = build_options(
        settings, args, keep_furniture=args.keep_furniture, strip_furniture=args.strip_furniture
    )
    from newsclean.cli.batch import Corpus, each_read, expand
    from newsclean.inspect import render_plain, report_tree

    names, corpus = Corpus.read(args)
    report = Report()
    paths = expand(names, corpus, report)
    found: list[dict[str, Any]] = []
    for result in each_read(paths, inspect_one, options, corpus, report):
        if fmt is InspectFormat.json:
            found.append(result.to_dict())
        elif sys.stdout.isatty():
            _print_tree(report_tree(result))
        else:
            write_stdout(render_plain(report_tree(result)))
    if fmt is InspectFormat.json:
        document = json_document(found, names, paths)
        if document is not None:
            write_stdout(document)
    raise SystemExit(report.exit_code)


def inspect_one(name: str, options: Options) -> tuple[Inspection | None, str | None]:
    """One input's inspection, or why there is none (a task a worker can run)."""
    from newsclean.inspect import inspect as inspect_page
    from newsclean.io import read_input

    try:
        # api.clean refuses bytes a forced codec cannot read (view_one asks that itself).
        return inspect_page(read_input(name), source=display(name), options=options), None
    except InputError as exc:
        return None, str(exc)


def _print_tree(node: Node) -> None:
    """A rich tree (rich honours NO_COLOR and keeps colour off a non-terminal)."""
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    def text(node: Node) -> Text:
        label = Text(node.label, style=STYLES.get(node.style, ""))
        if node.note:
            label.append(f"  {node.note}", style="dim")
        return label

    def build(tree: Tree, children: list[Node]) -> None:
        for child in children:
            build(tree.add(text(child)), child.children)

    tree = Tree(text(node))
    build(tree, node.children)
    Console(highlight=False).print(tree)
