"""Rendering a repaired Document or a split page: text, JSON-ready dicts, Markdown."""

from __future__ import annotations

from typing import Any

from newsclean.model import Document

SCHEMA_VERSION = 1


def render_text(doc: Document) -> str:
    """One paragraph per line, a blank line between blocks, a trailing newline."""
    text = doc.text
    return text + "\n" if text else ""


def changes_dict(doc: Document) -> dict[str, dict[str, int]]:
    return {name: dict(sorted(counter.items())) for name, counter in doc.changes.items() if counter}


def examples_list(doc: Document) -> list[dict[str, str]]:
    return [
        {"pass": name, "kind": kind, "before": ex.before, "after": ex.after}
        for (name, kind), examples in doc.examples.items()
        for ex in examples
    ]


def document_dict(doc: Document) -> dict[str, Any]:
    """What the JSON of ``fix`` and of ``split`` open with: the schema, the source and
    what the passes found of it."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": doc.source,
        "encoding": doc.encoding,
        "metadata": doc.metadata,
        "furniture": [f.text for f in doc.furniture],
    }


def fix_dict(doc: Document) -> dict[str, Any]:
    """The JSON form of ``fix``: the repaired text and everything known about it."""
    return {
        **document_dict(doc),
        "text": render_text(doc),
        "changes": changes_dict(doc),
        "examples": examples_list(doc),
    }
