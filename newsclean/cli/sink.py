"""Where a command's output goes: standard output (also ``-o -``), or ``-o FILE``
written whole or not at all (through a temporary file renamed into place), as results
arrive, one input's text apart from the next by a blank line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsclean.cli import common
from newsclean.cli.common import Report, err, usage
from newsclean.errors import OutputError


class Sink:
    """Standard output (also ``-o -``), or ``-o FILE``: a regular file is written
    through a temporary file renamed into place at the end (through a symbolic link to
    its target); a device, FIFO or ``/dev/fd/N`` is written straight into. Either way
    written as results arrive.

    Documents of text output are separated by a blank line (:meth:`document`), so
    several inputs written to one stream do not run into each other."""

    def __init__(self, output: Path | None) -> None:
        self.output = None if output is None or str(output) == "-" else output
        self.wrote = False
        self._documents = 0
        self._file: Any = None
        if self.output is not None:
            from newsclean.io import open_output

            try:
                self._file = open_output(self.output)
            except OSError as exc:
                usage(f"{self.output}: cannot write: {exc.strerror or exc}")

    def document(self, text: str, *, flush: bool = False) -> None:
        """Write one input's text output, after a blank line if another came before."""
        if not text:
            return
        self.write(text if not self._documents else "\n" + text, flush=flush)
        self._documents += 1

    def write(self, text: str | bytes, *, flush: bool = False) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        if self._file is not None:
            try:
                self._file.write(data)
            except OSError as exc:
                # A full disk: the temporary file goes, the old output stays.
                self._file.discard()
                raise OutputError(f"{self.output}: cannot write: {exc.strerror or exc}") from None
        else:
            common.write_stdout_bytes(data, flush=flush)
        self.wrote = True

    def close(self, report: Report) -> None:
        if self._file is None:
            common.flush_stdout()
            return
        if not self.wrote:
            # Nothing to write (--check, or every input failed): leave the file alone.
            self._file.discard()
            return
        try:
            self._file.commit()
        except OSError as exc:
            err(f"{self.output}: cannot write: {exc.strerror or exc}")
            report.failed += 1
