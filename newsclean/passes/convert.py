"""convert: Traditional/Simplified Chinese conversion with OpenCC (off by default).

Not a defect repair but a choice: a corpus in one script. It runs only when
``options.convert`` names an OpenCC configuration, after every repair (converting
mojibake first would corrupt it beyond repair) and before segmentation. The
configuration used is recorded in ``metadata["converted"]``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsclean.errors import UsageError
from newsclean.model import Document
from newsclean.options import Options

NAME = "convert"
DESCRIPTION = "optional OpenCC Traditional/Simplified conversion (--convert t2s, s2twp, ...)"

#: Every configuration OpenCC ships (``tests/test_peers_opencc.py`` checks this against
#: the installed package). Written out, not read from the package: the CLI checks the
#: name before it imports OpenCC.
CONFIGS = (
    "s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp", "s2hkp", "hk2sp",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t",
)  # fmt: skip


def check_config(name: str) -> str:
    config = name.strip().lower().removesuffix(".json")
    if config not in CONFIGS:
        msg = f"--convert: unknown OpenCC configuration '{name}' (one of: {', '.join(CONFIGS)})"
        raise UsageError(msg)
    return config


@cache
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def convert_text(text: str, config: str) -> str:
    return str(_converter(check_config(config)).convert(text))


def apply(doc: Document, options: Options) -> None:
    if not options.convert:
        return
    config = check_config(options.convert)
    converter = _converter(config)
    changed = 0
    for block in doc.blocks:
        new_lines = [str(converter.convert(line)) for line in block.lines]
        changed += sum(1 for old, new in zip(block.lines, new_lines, strict=True) if old != new)
        block.lines = new_lines
    doc.metadata["converted"] = config
    doc.count(NAME, f"converted-{config}", changed)
