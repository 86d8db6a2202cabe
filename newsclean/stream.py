"""Streaming ``fix``: a long text read and repaired piece by piece, in bounded memory.

A stream (stdin, a pipe, a file of any size) is decoded incrementally and cut into
chunks of about :data:`CHUNK_CHARS` characters; each chunk is repaired as a Document of
its own and can be written before the next is read. Memory is bounded by the chunk (or
by the largest paragraph, if one is longer), not by the input.

Where a chunk may end: at a blank line that follows a line ending a sentence (``。``,
``！``, ``?``, ``.``... and closing marks) and precedes a line that does not start with
closing punctuation. Those are exactly the blank lines ``rejoin`` never bridges as a
column break, so no paragraph is ever split by a cut there. The chunk is marked as not
starting (or ending) at a page edge, so the furniture pass does not read the lines at a
cut as a page header or footer.

The trade-off, and why it is small: a chunk is repaired as a text of its own. Column
widths (``rejoin``) and the vocabulary that decides hyphens are measured per chunk
rather than over the whole text; a quarter-million characters hold thousands of lines,
so the measures agree with the whole text's (on the fixture pages repeated to 2 MB the
output is identical; with chunks four times smaller, about one line in a thousand
differs). Metadata and furniture are collected per chunk.

Memory is kept bounded even for text that has no such blank line (extractors that emit
none): past twice the chunk size, any blank line will do; past three times, a line end
after a sentence end; past four, any line end. Those cuts may split a paragraph that
was wrapped across them, which is the price of not holding the whole input.

HTML is not cut (an element may span the cut) up to :data:`HTML_WHOLE_CHARS`, far more
than any scraped page; front matter is always inside the first chunk (it is at most
64 KiB).

The codec is decided on the first :data:`DETECT_BYTES` bytes (BOM, strict UTF-8, then
charset-normalizer, as the ``decode`` pass does) and the rest is decoded incrementally
with it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from newsclean import pipeline
from newsclean.chardata import ENDS_SENTENCE
from newsclean.errors import InputError
from newsclean.model import Document
from newsclean.options import Options
from newsclean.page.describe import NO_LINE_START
from newsclean.passes import decode as decode_pass
from newsclean.passes.markup import looks_like_html

#: Characters per chunk before a cut is looked for.
CHUNK_CHARS = 256 * 1024
#: HTML is read whole up to this many characters (a scraped page is far smaller), and
#: only past it cut like text.
HTML_WHOLE_CHARS = 8 * CHUNK_CHARS
#: Bytes read to decide the codec of a stream.
DETECT_BYTES = 256 * 1024
#: Bytes read from the stream at a time.
READ_BYTES = 64 * 1024

#: A run of blank lines; group 1 is where the next text line starts.
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*()")
#: Any character that is not a space or a line end.
_CONTENT = re.compile(r"[^ \t\n]")

#: How good a cut is, best first: a blank line after a sentence end (safe: rejoin never
#: bridges it); any blank line; a line end after a sentence end; any line end.
SAFE, BLANK, SENTENCE_END, LINE_END = range(4)


@dataclass
class Chunk:
    """One repaired piece of a stream: the Document and the text it was made from."""

    doc: Document
    original: str


def _line_before(text: str, position: int) -> str:
    return text[text.rfind("\n", 0, position) + 1 : position]


def _next_line(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[position : end if end >= 0 else len(text)]


def good_cut(text: str, start: int, end: int) -> bool:
    """Is the blank-line run ``text[start:end]`` a safe place to end a chunk? The line
    before it ends a sentence and the line after it does not start with closing
    punctuation: exactly the blank lines that ``rejoin`` never bridges."""
    before = _line_before(text, start)
    if not before.strip() or ENDS_SENTENCE.search(before) is None:
        return False
    after = _next_line(text, end).strip()
    return bool(after) and after[0] not in NO_LINE_START


def find_cut(text: str, target: int, *, level: int = SAFE) -> int | None:
    """The first position at or after ``target`` where a chunk may end, or None.

    A cut is at the start of a line. ``level`` allows lesser cuts (see :data:`SAFE`).
    The line after a cut must be complete in ``text`` for a cut to be judged, so the
    caller passes a buffer that ends at a line end or at the end of the input.
    """
    # Start at the end of the text line before ``target``, so that a blank-line run
    # that straddles ``target`` is seen whole.
    # (rstrip rather than a loop in Python: a stream of blank lines is all whitespace.)
    start = len(text[: min(target, len(text))].rstrip(" \t\n"))
    for m in _BLANK_RUN.finditer(text, start):
        cut = m.end(1)
        if text.find("\n", cut) < 0:
            break
        if level >= BLANK or good_cut(text, m.start(), cut):
            return cut
    if level < SENTENCE_END:
        return None
    # A lesser cut is at or after ``target``: backing up over a long run of blank lines
    # (a stream of nothing else) would cut one character at a time, each cut copying
    # the buffer and each chunk repaired on its own: quadratic.
    position = text.find("\n", max(start, min(target, len(text)) - 1))
    while 0 <= position < len(text) - 1:
        line = _line_before(text, position)
        if level >= LINE_END or ENDS_SENTENCE.search(line) is not None:
            return position + 1
        # A blank line ends no sentence: go straight to the next line with text on it
        # (a run of a million newlines is skipped in C, not line by line).
        content = _CONTENT.search(text, position + 1)
        if content is None:
            return None
        position = text.find("\n", content.start())
    return None


def chunk_text(pieces: Iterable[str], chunk_chars: int = CHUNK_CHARS) -> Iterator[str]:
    """Cut a stream of text pieces into chunks at paragraph boundaries.

    Joined, the chunks are exactly the input. A chunk is at least ``chunk_chars`` long
    unless it is the last one; past ``2 * chunk_chars`` without a safe cut, lesser cuts
    are taken, one level per further ``chunk_chars``, so a chunk stays under about
    ``5 * chunk_chars`` whatever the input (save a single line longer than that).
    """
    buffer = ""
    first = True
    whole = False
    for piece in pieces:
        if first:
            whole = looks_like_html(piece[:DETECT_BYTES])
            first = False
        buffer += piece
        if whole and len(buffer) <= HTML_WHOLE_CHARS:
            continue
        while len(buffer) > chunk_chars:
            # Judge only complete lines: the text after the last newline may grow.
            complete = buffer[: buffer.rfind("\n") + 1]
            over = len(complete) - 2 * chunk_chars
            level = SAFE if over <= 0 else min(LINE_END, BLANK + over // chunk_chars)
            cut = find_cut(complete, chunk_chars, level=level)
            if cut is None:
                break
            yield buffer[:cut]
            buffer = buffer[cut:]
    if buffer:
        yield buffer


def decoded_pieces(
    stream: BinaryIO,
    encoding: str | None = None,
    confidence: list[float] | None = None,
    errors: str = "replace",
) -> Iterator[tuple[str, str]]:
    """Decode ``stream`` incrementally: ``(codec, text)`` pieces, line ends normalised.

    The codec is decided on the first :data:`DETECT_BYTES` bytes; a binary stream is
    refused with :class:`~newsclean.errors.NotTextError` before anything is yielded.
    A guessed codec's confidence is appended to ``confidence`` when one is given.
    With ``errors="strict"`` a byte the codec cannot read raises UnicodeDecodeError.
    """
    if confidence is None:
        confidence = []
    head = _read_at_least(stream, DETECT_BYTES)
    if not head:
        return
    decoded = decode_pass.decode_bytes(head, encoding)
    codec = decoded.encoding
    if decoded.confidence is not None:
        confidence.append(decoded.confidence)
    bom = next((b for b, c in decode_pass.BOMS if head.startswith(b) and c == codec), b"")
    if encoding is not None and codec.startswith("utf-8") and head.startswith(codecs.BOM_UTF8):
        bom = codecs.BOM_UTF8
    decoder = codecs.getincrementaldecoder(codec)(errors=errors)
    pending = ""
    data: bytes = head[len(bom) :]
    while True:
        final = not data
        text = pending + decoder.decode(data, final=final)
        # A "\r\n" may be split across two reads: keep a trailing "\r" for the next;
        # so may a letter and the tones that compose with it (cp1258).
        pending = ""
        if codec in decode_pass.COMPOSED and not final:
            cut = decode_pass.last_starter(text)
            text, pending = text[:cut], text[cut:]
        if text.endswith("\r") and not final:
            text, pending = text[:-1], "\r" + pending
        if text:
            yield codec, decode_pass.normalize_line_ends(decode_pass.composed(codec, text))
        if final:
            return
        data = stream.read(READ_BYTES)


def _read_at_least(stream: BinaryIO, n: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    while size < n:
        part = stream.read(n - size)
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


def fix_stream(
    stream: BinaryIO,
    *,
    source: str = "<stdin>",
    options: Options | None = None,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[Chunk]:
    """Repair a binary stream chunk by chunk; each Chunk is ready as soon as it is yielded.

    Render each with :func:`newsclean.emit.render_text` and put a blank line between
    consecutive non-empty renderings (:func:`join_rendered` does that) to get the text
    ``fix`` gives for the whole input, up to the trade-offs in the module docstring.
    """
    opts = options or Options()
    codec_seen: list[str] = []
    confidence: list[float] = []

    # A forced codec that cannot read the input is an error, not text full of U+FFFD.
    errors = "strict" if opts.encoding and opts.encoding_errors == "strict" else "replace"

    def texts() -> Iterator[str]:
        for codec, text in decoded_pieces(stream, opts.encoding, confidence, errors):
            if not codec_seen:
                codec_seen.append(codec)
            yield text

    try:
        previous: str | None = None
        top = True
        for text in chunk_text(texts(), chunk_chars):
            # One chunk of look-ahead: the last chunk is the one that ends at the foot.
            if previous is not None:
                yield _repair(previous, (top, False), source, codec_seen, confidence, opts)
                top = False
            previous = text
        if previous is not None:
            yield _repair(previous, (top, True), source, codec_seen, confidence, opts)
    except OSError as exc:
        msg = exc.strerror or str(exc)
        raise InputError(msg) from None
    except UnicodeDecodeError:
        msg = f"cannot decode as {opts.encoding}"
        raise InputError(msg) from None


def _repair(
    text: str,
    edges: tuple[bool, bool],
    source: str,
    codecs_seen: list[str],
    confidence: list[float],
    options: Options,
) -> Chunk:
    doc = Document(source=source, encoding=codecs_seen[0] if codecs_seen else None)
    if confidence:
        doc.metadata["encoding_confidence"] = confidence[0]
    doc.edges = edges
    doc.set_text(text)
    pipeline.run(doc, options)
    return Chunk(doc, text)


def join_rendered(previous_nonempty: bool, rendered: str) -> str:
    """The separator and text that follow earlier chunks: a blank line between blocks."""
    return ("\n" + rendered) if previous_nonempty and rendered else rendered
