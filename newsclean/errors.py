"""Exit codes and the errors that carry a message meant for the user."""

from __future__ import annotations

EXIT_OK = 0
#: ``--check`` found something to change.
EXIT_CHANGED = 1
#: Bad flag, unknown pass, unknown configuration key.
EXIT_USAGE = 2
#: One or more inputs could not be read or decoded (the others were processed), or an
#: output could not be written (a full disk, a directory that cannot be written).
EXIT_INPUT = 3


class NewscleanError(Exception):
    """An expected problem, reported as one line without a traceback."""


class UsageError(NewscleanError):
    """A bad option or pass name: exit status 2."""


class InputError(NewscleanError):
    """An input that cannot be read or decoded: exit status 3, the other inputs go on."""


class NotTextError(InputError):
    """The input is binary (PDF, image, archive...), not text."""


class OutputError(NewscleanError):
    """Standard output (or an output file) cannot be written: a full disk, an I/O
    error. Reported as one line, exit status 3."""
