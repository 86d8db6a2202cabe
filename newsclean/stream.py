"""Streaming ``fix``: a long text read and repaired piece by piece, in bounded memory.

A stream (stdin, a pipe, a file of any size) is decoded incrementally and cut into
chunks of about :data:`CHUNK_CHARS` characters; each chunk is repaired as a Document of
its own and can be written before the next is read. Memory is bounded by the chunk (or
by the largest paragraph, if one is longer), not by the input.

Where a chunk may end: only at a blank line that

* follows a line that ends a sentence (``。``, ``！``, ``?``, ``.``… and closing marks), so
  ``rejoin`` would never have bridged that blank line as a column break; and
* precedes a line of running text (it holds clause punctuation ``，。；！？``) that does
  not start with closing punctuation, so it is a paragraph, not a headline group whose
  first line the furniture pass could take for a page header at the chunk's top edge.

The trade-off, and why it is small: a chunk is processed as a page of its own. Column
widths (``rejoin``) and the vocabulary that decides hyphens are measured per chunk
rather than over the whole text; a quarter-million characters hold thousands of lines,
so the measures agree with the whole text's. Metadata and furniture are per chunk. A
text with no such blank line for :data:`MAX_CHUNK_CHARS` characters is cut at the next
blank line of any kind, then at the next line end: memory stays bounded even for a
pathological input, at the cost of possibly splitting one paragraph there.

Inputs that are not plain text are not cut: HTML (a tag may span the cut) and front
matter (which is always inside the first chunk, being at most 64 KiB) are read whole.

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
from newsclean.passes import decode as decode_pass
from newsclean.passes.markup import looks_like_html

#: Characters per chunk before a cut is looked for.
CHUNK_CHARS = 256 * 1024
#: Past this many characters without a good cut, any blank line (then any line end) does.
MAX_CHUNK_CHARS = 16 * CHUNK_CHARS
#: Bytes read to decide the codec of a stream.
DETECT_BYTES = 256 * 1024
#: Bytes read from the stream at a time.
READ_BYTES = 64 * 1024

#: A run of blank lines; group 1 is where the next text line starts.
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*()")
_CLAUSE = re.compile("[，。；！？]")
#: Kinsoku: a line starting with one of these continues the line before.
_NO_LINE_START = frozenset("，。、；：？！）」』】》〉〕”’…%")


@dataclass
class Chunk:
    """One repaired piece of a stream: the Document and the text it was made from."""

    doc: Document
    original: str


def good_cut(text: str, start: int, end: int) -> bool:
    """May a chunk end at the blank-line run ``text[start:end]``? See the module doc."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before.strip() or ENDS_SENTENCE.search(before) is None:
        return False
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)].strip()
    return bool(after) and after[0] not in _NO_LINE_START and _CLAUSE.search(after) is not None


def find_cut(text: str, target: int, *, any_blank: bool = False) -> int | None:
    """The first position at or after ``target`` where a chunk may end, or None.

    The cut is after the blank lines, at the start of the next text line; the text
    after that line must be in ``text`` already (the caller passes a buffer that ends
    past it or at the end of the input).
    """
    # Start at the end of the text line before ``target``, so that a blank-line run
    # that straddles ``target`` is seen whole.
    start = min(target, len(text))
    while start > 0 and text[start - 1] in " \t\n":
        start -= 1
    for m in _BLANK_RUN.finditer(text, start):
        cut = m.end(1)
        if text.find("\n", cut) < 0:
            # The next line is not complete yet: wait for more text.
            return None
        if any_blank or good_cut(text, m.start(), cut):
            return cut
    return None


def chunk_text(pieces: Iterable[str], chunk_chars: int = CHUNK_CHARS) -> Iterator[str]:
    """Cut a stream of text pieces into chunks at safe paragraph boundaries.

    Joined, the chunks are exactly the input. A chunk is at least ``chunk_chars`` long
    unless it is the last one.
    """
    buffer = ""
    searched = chunk_chars
    first = True
    whole = False
    for piece in pieces:
        if first:
            whole = looks_like_html(piece[:DETECT_BYTES])
            first = False
        buffer += piece
        if whole:
            continue
        while len(buffer) > searched:
            hard = len(buffer) > MAX_CHUNK_CHARS
            cut = find_cut(buffer, searched, any_blank=hard)
            if cut is None and len(buffer) > 2 * MAX_CHUNK_CHARS:
                newline = buffer.find("\n", MAX_CHUNK_CHARS)
                cut = newline + 1 if newline >= 0 else None
            if cut is None:
                # Next time, search from the last complete line on.
                searched = max(searched, buffer.rfind("\n"))
                break
            yield buffer[:cut]
            buffer = buffer[cut:]
            searched = chunk_chars
    if buffer:
        yield buffer


def decoded_pieces(stream: BinaryIO, encoding: str | None = None) -> Iterator[tuple[str, str]]:
    """Decode ``stream`` incrementally: ``(codec, text)`` pieces, line ends normalised.

    The codec is decided on the first :data:`DETECT_BYTES` bytes; a binary stream is
    refused with :class:`~newsclean.errors.NotTextError` before anything is yielded.
    """
    head = _read_at_least(stream, DETECT_BYTES)
    if not head:
        return
    _, codec, _, _ = decode_pass.decode_bytes(head, encoding)
    bom = next((b for b, c in decode_pass.BOMS if head.startswith(b) and c == codec), b"")
    if encoding is not None and codec.startswith("utf-8") and head.startswith(codecs.BOM_UTF8):
        bom = codecs.BOM_UTF8
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    pending_cr = ""
    data: bytes = head[len(bom) :]
    while True:
        final = not data
        text = pending_cr + decoder.decode(data, final=final)
        # A "\r\n" may be split across two reads: keep a trailing "\r" for the next.
        pending_cr = ""
        if text.endswith("\r") and not final:
            text, pending_cr = text[:-1], "\r"
        if text:
            yield codec, decode_pass.normalize_line_ends(text)
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

    def texts() -> Iterator[str]:
        for codec, text in decoded_pieces(stream, opts.encoding):
            if not codec_seen:
                codec_seen.append(codec)
            yield text

    try:
        for text in chunk_text(texts(), chunk_chars):
            doc = Document(source=source, encoding=codec_seen[0] if codec_seen else None)
            doc.set_text(text)
            pipeline.run(doc, opts)
            yield Chunk(doc, text.replace("\r\n", "\n"))
    except OSError as exc:
        msg = exc.strerror or str(exc)
        raise InputError(msg) from None


def join_rendered(previous_nonempty: bool, rendered: str) -> str:
    """The separator and text that follow earlier chunks: a blank line between blocks."""
    return ("\n" + rendered) if previous_nonempty and rendered else rendered
