"""``newsclean fix``: repair text, in pipes, files or in place."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from newsclean.cli.common import (
    ConfigOpt,
    ConvertOpt,
    EncodingOpt,
    ExplainOpt,
    Files,
    FixFormat,
    KeepFurnitureOpt,
    KeepLongSOpt,
    NoConfigOpt,
    PassesOpt,
    QuietOpt,
    Replacement,
    ReplacementOpt,
    Report,
    SkipOpt,
    StripFurnitureOpt,
    VerboseOpt,
    app,
    build_options,
    display,
    err,
    explain_changes,
    finish,
    inputs,
    json_text,
    load_settings,
    usage,
    write_stdout,
)
from newsclean.errors import InputError


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
    quiet: QuietOpt = False,
    config: ConfigOpt = None,
    no_config: NoConfigOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Repair text: mojibake, stray U+FFFD, wrapped lines, column breaks, furniture.

    Example: cat page.txt | newsclean fix > clean.txt
    """
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
    destinations = sum(bool(x) for x in (output, output_dir, in_place))
    if destinations > 1:
        usage("choose one of --output, --output-dir and --in-place")
    if in_place and "-" in names:
        usage("--in-place needs files, not standard input")
    if output is not None and any(
        n != "-" and Path(n).resolve() == output.resolve() for n in names
    ):
        usage(f"{output}: output is also an input; use --in-place to rewrite it")
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)

    from newsclean.api import clean
    from newsclean.emit import fix_dict, render_text

    report = Report(check=check)
    collected: list[bytes] = []
    json_docs: list[dict[str, Any]] = []
    for name in names:
        try:
            from newsclean.io import read_input

            raw = read_input(name)
            doc = clean(raw, source=display(name), options=options)
        except InputError as exc:
            err(f"{display(name)}: {exc}")
            report.failed += 1
            continue
        result = render_text(doc)
        original = _original_text(raw, doc.encoding)
        if result != original:
            report.changed += 1
        if explain:
            explain_changes(display(name), doc, quiet)
        if check:
            continue
        if diff:
            write_stdout(_diff(display(name), original, result))
            continue
        if fmt is FixFormat.text:
            payload = result
        else:
            json_docs.append(fix_dict(doc))
            if fmt is FixFormat.jsonl or output_dir is not None or in_place:
                payload = json_text(json_docs[-1], fmt)
            else:
                continue
        if not _deliver(name, payload, output_dir, in_place, fmt, collected):
            report.failed += 1
    if fmt is FixFormat.json and json_docs and output_dir is None and not in_place and not check:
        body = json_docs[0] if len(json_docs) == 1 else json_docs
        collected.append(json_text(body, FixFormat.json).encode("utf-8"))
    finish(collected, output, report)
    if check and not quiet and report.changed:
        err(f"{report.changed} of {len(names)} input(s) would change")
    raise typer.Exit(report.exit_code)


def _original_text(raw: bytes, encoding: str | None) -> str:
    try:
        return raw.decode(encoding or "utf-8", errors="replace").replace("\r\n", "\n")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


def _diff(name: str, before: str, after: str) -> str:
    import difflib

    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{name} (original)",
            tofile=f"{name} (fixed)",
        )
    )


def _deliver(
    name: str,
    payload: str,
    output_dir: Path | None,
    in_place: bool,
    fmt: FixFormat,
    collected: list[bytes],
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
            write_atomic(output_dir / f"{stem}.{ext}", data)
        else:
            collected.append(data)
    except OSError as exc:
        err(f"{display(name)}: cannot write: {exc.strerror or exc}")
        return False
    return True
