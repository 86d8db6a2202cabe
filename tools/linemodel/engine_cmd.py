"""A ``newsclean`` command for the shared scorer that splits with another engine.

The scorer runs ``CMD split --format json RAW`` and ``CMD fix RAW``; this puts the
engine (and a model file) after ``split``:
``score.py --cmd "python -m tools.linemodel.engine_cmd model [MODEL]"``.
"""

from __future__ import annotations

import sys

from newsclean.cli import main as newsclean


def main() -> None:
    args = sys.argv[1:]
    engine, rest = args[0], args[1:]
    model: list[str] = []
    if rest and rest[0] not in ("split", "fix"):
        model, rest = ["--line-model", rest[0]], rest[1:]
    if rest and rest[0] == "split":
        rest = ["split", "--engine", engine, *model, *rest[1:]]
    sys.argv = ["newsclean", *rest]
    newsclean()


if __name__ == "__main__":
    main()
