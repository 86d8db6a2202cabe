"""``newsclean passes``: the chain, in order."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from newsclean.cli.common import usage, write_stdout
from newsclean.cli.params import app


@app.command("passes")
def list_passes(
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """List the passes in the order they run, with what each repairs.

    Example: newsclean passes --format json
    """
    from newsclean.pipeline import registry

    rows = [(p.name, p.description) for p in registry()]
    if fmt == "json":
        body = [{"name": n, "description": d} for n, d in rows]
        write_stdout(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt != "text":
        usage(f"--format: expected text or json, not '{fmt}'")
    width = max(len(n) for n, _ in rows)
    write_stdout("".join(f"{n.ljust(width)}  {d}\n" for n, d in rows))
