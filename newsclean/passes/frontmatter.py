"""frontmatter: YAML front matter to metadata.

Defect: scraped posts (Jekyll, Hugo) begin with a ``---`` fenced YAML header that is
not article text.

Recognition: the document's first line is ``---`` and a closing ``---`` (or ``...``)
follows within :data:`MAX_BYTES`, and what lies between is a YAML mapping whose keys are
field names (a line of prose between two horizontal rules, ``Chapter One: the
beginning``, loads as a mapping too, keyed by words). The header is loaded with a loader
that builds only strings, lists and mappings (no Python objects, no timestamps: a date
stays as written) and refuses YAML aliases, so an alias bomb is rejected instead of
expanded, and nesting deeper than :data:`MAX_DEPTH`. A header that does not load, never
closes or is too large is left in the text and counted.
"""

from __future__ import annotations

import re
from typing import Any

from newsclean.model import Document
from newsclean.options import Options

NAME = "frontmatter"
DESCRIPTION = "YAML front matter to metadata (safe loading, bounded size)"

#: Front matter longer than this is not front matter.
MAX_BYTES = 64 * 1024
#: Front matter nested deeper than this (mappings and lists in each other) is refused.
MAX_DEPTH = 32
FENCE = "---"
#: A front-matter key is a field name (``title``, ``og_image``, ``last-modified``): a
#: line of prose between two horizontal rules loads as a mapping too, but its "key" is
#: words (``Chapter One: the beginning``).
_FIELD = re.compile(r"[^\W\d][\w.-]*\Z")
CLOSERS = ("---", "...")


def split_front_matter(text: str) -> tuple[str, str] | None:
    """``(header, body)`` if ``text`` opens with a closed front-matter fence."""
    if not text.startswith(FENCE):
        return None
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].rstrip() != FENCE:
        return None
    pos = first_end + 1
    limit = min(len(text), pos + MAX_BYTES)
    while pos < limit:
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        if text[pos:end].rstrip() in CLOSERS:
            return text[first_end + 1 : pos], text[end + 1 :]
        pos = end + 1
    return None


def load_header(header: str) -> dict[str, Any] | None:
    """The header as a mapping of strings, or None if it is not a safe YAML mapping."""
    import yaml

    class NoAliasLoader(yaml.BaseLoader):
        """BaseLoader builds only str, list and dict; aliases are refused outright."""

        depth = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(
                    None, None, "aliases are not allowed", event.start_mark
                )
            # The composer recurses once per level: ``[[[[…`` would end in a
            # RecursionError (a crash) long before 64 KiB. No front matter nests deep.
            if self.depth >= MAX_DEPTH:
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(None, None, "nested too deep", event.start_mark)
            self.depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    try:
        data = yaml.load(header, Loader=NoAliasLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    if not isinstance(data, dict) or not all(_FIELD.match(str(key)) for key in data):
        return None
    return data


def apply(doc: Document, options: Options) -> None:
    if not doc.blocks or not doc.blocks[0].lines[0].startswith(FENCE):
        return
    split = split_front_matter(doc.text)
    if split is None:
        doc.count(NAME, "kept-unclosed-or-oversized")
        return
    header, body = split
    data = load_header(header)
    if data is None:
        doc.count(NAME, "kept-not-yaml-mapping")
        return
    for key, value in data.items():
        doc.metadata.setdefault(str(key), value)
    doc.count(NAME, "keys", len(data))
    doc.rewrite_text(body)
