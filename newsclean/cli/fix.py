"""``newsclean fix``: repair text, in pipes, files, directories, JSONL corpora, in place.

The declaration: options and help. What the command does is :mod:`newsclean.cli.run_fix`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsclean.cli.common import FixFormat
from newsclean.cli.params import (
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
    KeepFurnitureOpt,
    KeepLongSOpt,
    NoConfigOpt,
    OnErrorOpt,
    PassesOpt,
    QuietOpt,
    RecursiveOpt,
    ReplacementOpt,
    SchedulerOpt,
    SkipOpt,
    StripFurnitureOpt,
    TextFieldOpt,
    VerboseOpt,
    app,
    given_flags,
)
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

#: The defaults, from the one place that keeps them.
_D = FixArgs()


@app.command()
def fix(
    files: Files = _D.files,
    output: OutputOpt = _D.output,
    output_dir: OutputDirOpt = _D.output_dir,
    in_place: InPlaceOpt = _D.in_place,
    fmt: FormatOpt = _D.fmt,
    check: CheckOpt = _D.check,
    diff: DiffOpt = _D.diff,
    passes: PassesOpt = _D.passes,
    skip: SkipOpt = _D.skip,
    replacement: ReplacementOpt = _D.replacement,
    keep_furniture: KeepFurnitureOpt = _D.keep_furniture,
    strip_furniture: StripFurnitureOpt = _D.strip_furniture,
    encoding: EncodingOpt = _D.encoding,
    encoding_errors: EncodingErrorsOpt = _D.encoding_errors,
    convert: ConvertOpt = _D.convert,
    explain: ExplainOpt = _D.explain,
    keep_long_s: KeepLongSOpt = _D.keep_long_s,
    recursive: RecursiveOpt = _D.recursive,
    jobs: JobsOpt = _D.jobs,
    input_format: InputFormatOpt = _D.input_format,
    text_field: TextFieldOpt = _D.text_field,
    id_field: IdFieldOpt = _D.id_field,
    on_error: OnErrorOpt = _D.on_error,
    scheduler: SchedulerOpt = _D.scheduler,
    dask_local: DaskLocalOpt = _D.dask_local,
    quiet: QuietOpt = _D.quiet,
    config: ConfigOpt = _D.config,
    no_config: NoConfigOpt = _D.no_config,
    verbose: VerboseOpt = _D.verbose,
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
    # Every parameter, by name: the signature above is the one list of them.
    run(FixArgs(**locals()), given_flags())
