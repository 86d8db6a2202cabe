"""Running the CLI in-process for tests.

typer 0.25 imports names that click 8.5 deprecates; the warnings fire once, when typer
is first imported, and the suite turns warnings into errors. It is nothing a user
sees (Python hides DeprecationWarning outside ``__main__``), so it is silenced here,
for that import only. Test modules import the CLI from here, never before it.
"""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", r"'click\.utils\.\w+' is deprecated", DeprecationWarning)
    # newsclean.cli first: it sets TYPER_USE_RICH before typer is imported, as in use.
    from newsclean.cli import app  # noqa: I001
    from typer.testing import CliRunner

__all__ = ["CliRunner", "app", "run"]


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``newsclean ARGS``."""
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr
