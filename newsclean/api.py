"""The library: what the CLI does, as functions. The CLI adds only files and flags."""

from __future__ import annotations

import dataclasses
from typing import Any

from newsclean import pipeline
from newsclean.emit import SCHEMA_VERSION, changes_dict, render_text
from newsclean.model import Document
from newsclean.options import Options


def _options(options: Options | None, overrides: dict[str, Any]) -> Options:
    base = options or Options()
    return dataclasses.replace(base, **overrides) if overrides else base


def clean(
    data: str | bytes,
    *,
    source: str = "<string>",
    options: Options | None = None,
    **overrides: Any,
) -> Document:
    """Run the passes over ``data`` (text, or bytes to decode) and return the Document.

    Keyword overrides are fields of :class:`Options`: ``clean(raw, convert="t2s")``.
    """
    return pipeline.run(document(data, source), _options(options, overrides))


def document(data: str | bytes, source: str) -> Document:
    """A Document before any pass: bytes wait for ``decode``; text is split into blocks."""
    if isinstance(data, bytes):
        return Document(source=source, raw=data)
    return Document.from_text(unix_newlines(data), source=source)


def unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def fix_text(text: str, *, options: Options | None = None, **overrides: Any) -> str:
    """The repaired text, as ``newsclean fix`` prints it."""
    return render_text(clean(text, options=options, **overrides))


def split(
    data: str | bytes,
    *,
    source: str = "<string>",
    options: Options | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """Repair ``data`` and split it into articles: the JSON contract of ``split``."""
    from newsclean.segment import split_document

    opts = _options(options, overrides)
    doc = clean(data, source=source, options=opts)
    return split_dict(doc, [a.to_dict() for a in split_document(doc, opts)])


def split_dict(doc: Document, articles: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "source": doc.source,
        "encoding": doc.encoding,
        "metadata": doc.metadata,
        "furniture": [f.text for f in doc.furniture],
        "articles": articles,
        "changes": changes_dict(doc),
    }
