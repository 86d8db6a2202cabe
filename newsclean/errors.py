"""Exit codes and the errors that carry a message meant for the user."""

from __future__ import annotations

from collections.abc import Iterable

EXIT_OK = 0
#: ``--check`` found something to change.
EXIT_CHANGED = 1
#: Bad flag, unknown pass, unknown configuration key.
EXIT_USAGE = 2
#: One or more inputs could not be read or decoded (the others were processed), or an
#: output could not be written (a full disk, a directory that cannot be written).
EXIT_INPUT = 3


def closest(name: str, known: Iterable[str]) -> str | None:
    """The one of ``known`` that a misspelt ``name`` most likely meant, if any is close.
    difflib is imported here, on a mistake, not by every start-up."""
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1)
    return close[0] if close else None


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """``; did you mean 'skip'?``, or nothing when no name of ``known`` is close."""
    close = closest(name, known)
    return f"; did you mean '{close}'?" if close else ""


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
