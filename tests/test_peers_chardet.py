"""chardet's sample files (chardet/chardet ``tests/<codec>/``) through ``fix``.

Each folder of chardet's test data holds pages (mostly RSS feeds and HTML) in one
codec; these are the codecs newsclean claims to read. The floor of issue 14: at least
98% of each file's non-ASCII characters survive ``fix``, counted against the file
decoded in its folder's codec. Fullwidth letters and digits count as surviving in
their ASCII form (the punctuation pass's documented normalisation).

Two runs. Without the passes that take text out on purpose (markup, furniture), every
character of the decoded file must come through the text: decode, mojibake,
replacement, whitespace, punctuation and rejoin lose nothing. The full ``fix`` is held
to the file's text (what markup encloses in CDATA or between tags, entities read, not
what stands inside tags or comments), found in what ``fix`` gives back: the text, the
metadata (a page's ``<title>``) and the furniture (a hidden element, a link line), as
DESIGN.md's "nothing lost" has it.

chardet's UTF-16 samples are stored only as binary where the data was read (see
``tests/peers/README.md``), so UTF-16 with a byte-order mark, UTF-16LE and UTF-16BE are
measured on every other sample's text encoded in them.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean.api import clean
from newsclean.emit import render_text
from newsclean.model import Document
from tests.peer_data import peer_dir

#: Folder, and the codec its files are in.
FOLDERS = {
    "GB2312": "gb18030",
    "Big5": "big5hkscs",
    "SHIFT_JIS": "cp932",
    "EUC-KR": "cp949",
    "CP949": "cp949",
}
#: UTF-16 forms, measured on the other samples' text.
UTF16 = ("utf-16", "utf-16-le", "utf-16-be")
MIN_SURVIVING = 0.98
#: Passes that take text out of the page on purpose, to furniture or as markup.
REMOVING = ("markup", "furniture")

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


def _non_ascii(text: str) -> Counter[str]:
    return Counter(c for c in text.translate(_FULLWIDTH) if c >= "\x80" and not c.isspace())


def _text_of(page: str) -> str:
    """The text of a feed or HTML page: CDATA kept, tags and comments out, entities
    read (and the tags of HTML escaped inside a feed out after them)."""
    page = _TAG.sub(" ", page.replace("<![CDATA[", " ").replace("]]>", " "))
    return _TAG.sub(" ", html.unescape(page))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _given_back(doc: Document) -> str:
    """Everything ``fix`` gives back of a page: text, metadata and furniture."""
    return "\n".join((render_text(doc), *_strings(doc.metadata), *(f.text for f in doc.furniture)))


def _surviving(
    raw: bytes, decoded: str, source: str, skip: tuple[str, ...], *, text_only: bool = False
) -> float:
    doc = clean(raw, source=source, skip=skip)
    if skip:
        # Without markup the tags stay in the output, and so does everything inside them.
        before, after = _non_ascii(decoded), _non_ascii(render_text(doc))
    else:
        before = _non_ascii(_text_of(decoded))
        after = _non_ascii(render_text(doc) if text_only else _given_back(doc))
    total = sum(before.values())
    return sum(min(n, after[c]) for c, n in before.items()) / total if total else 1.0


def _files(folder: str) -> list[Path]:
    files = sorted(p for p in (peer_dir("chardet", folder) / folder).iterdir() if p.is_file())
    assert files
    return files


def _below_floor(
    folder: str, skip: tuple[str, ...], *, text_only: bool = False
) -> dict[str, float]:
    codec = FOLDERS[folder]
    shares = {}
    for path in _files(folder):
        raw = path.read_bytes()
        decoded = raw.decode(codec)
        shares[path.name] = _surviving(raw, decoded, str(path), skip, text_only=text_only)
    return {name: share for name, share in shares.items() if share < MIN_SURVIVING}


@pytest.mark.parametrize("folder", FOLDERS)
def test_passes_that_remove_nothing_keep_every_character(folder: str) -> None:
    assert _below_floor(folder, REMOVING) == {}


@pytest.mark.parametrize("folder", FOLDERS)
def test_fix_keeps_every_character(folder: str) -> None:
    assert _below_floor(folder, ()) == {}


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_text_stays_in_the_text(folder: str) -> None:
    """These samples hold no page title, hidden block or link line of non-ASCII text
    (chardet's other samples do, and those go to metadata and furniture), so their text
    must come back as text: an element taken out of the page must not take what follows
    it along (an ``<object>`` whose ``<param>`` tags wait for an end tag did)."""
    assert _below_floor(folder, (), text_only=True) == {}


@pytest.mark.parametrize("codec", UTF16)
def test_utf16_keeps_every_character(codec: str) -> None:
    below = {}
    for folder, folder_codec in FOLDERS.items():
        for path in _files(folder):
            decoded = path.read_bytes().decode(folder_codec)
            # The page's own declaration would name the codec it was in, not this one.
            decoded = re.sub(r"(?i)(encoding|charset)=[\"']?[\w-]+", r"\1=utf-16", decoded)
            share = _surviving(decoded.encode(codec), decoded, path.name, ())
            if share < MIN_SURVIVING:
                below[f"{folder}/{path.name}"] = share
    assert below == {}
