"""``newsclean fix``: repair text, in pipes, files, directories, JSONL corpora, in place.

The declaration: options and help. What the command does is :mod:`newsclean.cli.run_fix`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from newsclean.cli.common import FixFormat
from newsclean.cli.params import CORPUS, FURNITURE_CHOICE, PASS_CHOICE, command, given_flags
from newsclean.cli.run_fix import FixArgs, run

OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write all output to this file ('-': stdout)."),
]
OutputDirOpt = Annotated[
    Path | None,
    typer.Option("--output-dir", help="Write each input's output here, in its tree."),
]
InPlaceOpt = Annotated[
    bool,
    typer.Option("--in-place", "-i", help="Rewrite each changed input file, in its own encoding."),
]
FormatOpt = Annotated[FixFormat, typer.Option("--format", "-f", help="Output format.")]
CheckOpt = Annotated[
    bool, typer.Option("--check", help="Name the files -i would change; exit 1 if any.")
]
DiffOpt = Annotated[
    bool, typer.Option("--diff", help="Print what -i would change, as a patch -p0 diff.")
]


@command(
    "files",
    ("output", OutputOpt),
    ("output_dir", OutputDirOpt),
    ("in_place", InPlaceOpt),
    ("fmt", FormatOpt),
    ("check", CheckOpt),
    ("diff", DiffOpt),
    *PASS_CHOICE,
    *FURNITURE_CHOICE,
    *CORPUS,
    defaults=FixArgs(),
)
def fix(**flags: Any) -> None:
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
    run(FixArgs(**flags), given_flags())
