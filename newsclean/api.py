"""The library: what the CLI does, as functions. The CLI adds only files and flags."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

from newsclean import pipeline
from newsclean.emit import changes_dict, document_dict, render_text
from newsclean.errors import InputError
from newsclean.model import Document
from newsclean.options import Options, check_keywords


@cache
def _default_options() -> Options:
    """The default options, made once: every field of the frozen ``Options`` is
    immutable, and making it checks each (a library call made them anew per document)."""
    return Options()


def _options(options: Options | None, overrides: dict[str, Any]) -> Options:
    base = options or _default_options()
    if not overrides:
        return base
    check_keywords(overrides)
    return dataclasses.replace(base, **overrides)


def split_options(options: Options | None, overrides: dict[str, Any]) -> Options:
    """The options of ``split``: as given, but where the caller chose no furniture policy,
    the page's furniture is taken out of the articles, as ``newsclean split`` does, so the
    library and the command give one JSON for one page."""
    if options is None and "furniture" not in overrides:
        return _options(_split_defaults(), overrides)
    return _options(options, overrides)


@cache
def _split_defaults() -> Options:
    """``split``'s default options, made once, as :func:`_default_options` is."""
    return Options(furniture="strip")


def check_decoding(raw: bytes, options: Options) -> None:
    """With a forced ``encoding`` and ``encoding_errors="strict"``, bytes that codec
    cannot read raise InputError (``cannot decode as gbk``) instead of becoming text
    full of U+FFFD that looks repaired."""
    if options.encoding is None or options.encoding_errors != "strict":
        return
    try:
        raw.decode(options.encoding)
    except UnicodeDecodeError as exc:
        byte = f"byte 0x{raw[exc.start]:02x} at offset {exc.start}"
        msg = f"cannot decode as {options.encoding} ({byte})"
        raise InputError(msg) from None


def clean(
    data: str | bytes,
    *,
    source: str = "<string>",
    options: Options | None = None,
    **overrides: Any,
) -> Document:
    """Run the passes over ``data`` (text, or bytes to decode) and return the Document.

    Keyword overrides are fields of :class:`Options`: ``clean(raw, convert="t2s")``.

    Raises :class:`~newsclean.options.OptionError` (a ValueError) for an unknown
    keyword or a value its field does not take; :class:`~newsclean.errors.InputError`
    for bytes that are not text, or that a forced ``encoding`` cannot read.
    """
    opts = _options(options, overrides)
    if isinstance(data, bytes):
        check_decoding(data, opts)
    return pipeline.run(document(data, source), opts)


def document(data: str | bytes, source: str) -> Document:
    """A Document before any pass: bytes wait for ``decode``; text is split into blocks."""
    if isinstance(data, bytes):
        return Document(source=source, raw=data)
    return Document.from_text(unix_newlines(data), source=source)


def unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def fix_text(text: str, *, options: Options | None = None, **overrides: Any) -> str:
    """The repaired text, as ``newsclean fix`` prints it.

    Raises :class:`~newsclean.options.OptionError` (a ValueError) for an unknown
    keyword or a value its field does not take.
    """
    return render_text(clean(text, options=options, **overrides))


def split(
    data: str | bytes,
    *,
    source: str = "<string>",
    options: Options | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """Repair ``data`` and split it into articles: the JSON contract of ``split``.

    Without ``options`` or a ``furniture`` keyword the furniture policy is ``strip``, as
    on the command line. Raises what :func:`clean` raises.
    """
    from newsclean.segment import split_document

    opts = split_options(options, overrides)
    doc = clean(data, source=source, options=opts)
    return split_dict(doc, [a.to_dict() for a in split_document(doc, opts)])


def split_dict(doc: Document, articles: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        **document_dict(doc),
        "articles": articles,
        "changes": changes_dict(doc),
    }
