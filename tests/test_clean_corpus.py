"""The clean corpus (``tests/clean``, see its ``SOURCES.md``): text with no defect, of
many scripts and forms, comes back from ``fix`` as it went in, and ``split`` keeps every
character of it, in its articles. ``python -m tools.harm_audit --diffs`` shows the same,
per kind.

Where ``fix`` changes a clean document, the document is named below with the reason:
a normalisation the README documents, or a known harm to the layout (lines joined, no
character lost) that is left for now. A named document that comes back unchanged fails
too, so the lists stay true.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.harm_audit import CORPUS, audit

#: Documents that ``fix`` changes by a documented normalisation.
NORMALISED = {
    "news-de/soft-hyphen.txt": "soft hyphens inside words are dropped",
    "special/soft-hyphen-wrapped.txt": "soft hyphens inside words are dropped",
    "special/fullwidth-in-japanese.txt": "fullwidth letters and digits become ASCII",
    "special/ideographic-space.txt": "a paragraph's indent of ideographic spaces goes",
    "news-zh/poem-layout.txt": "a line's indent of ideographic spaces goes",
    "code/python.txt": "two blank lines between blocks become one",
}
#: Documents whose lines ``fix`` joins, keeping every character: rejoin reads them as
#: wrapped running text. Left for now (see the harm audit's report).
LINES_JOINED = {
    "chat/email.txt": "a sign-off ending at a comma joined to the name under it",
    "chat/email-link.txt": "a sentence cut by blank lines around its link bridged",
    "chat/wechat.txt": "a speaker's name and time joined to the message",
    "code/json.txt": "the lines of a JSON object joined",
    "code/shell.txt": "a shell session's lines joined",
    "lists/addresses.txt": "a telephone number and an e-mail address joined",
    "subtitles/srt.txt": "a cue number set apart from its timing",
    "verse/dickinson.txt": "a stanza whose lines end in no mark joined in part",
}

#: Documents with a line that ``split`` puts in the furniture, not in an article: a
#: form the furniture pass defines, standing alone (kept in ``fix``'s text as page
#: header).
SPLIT_OUT = {
    "news-en/closing-lines.txt": "a forecast line near the top (Rain and much colder to-day.)",
    "news-en/weather-column.txt": "a forecast line near the top (Saturday fair.)",
    "news-en/prices-dates.txt": "a date alone on its line (12 December 2025)",
    "news-zh/dateline-credit.txt": "a date alone on its line (2024年3月5日)",
}

DOCUMENTS = sorted(CORPUS.rglob("*.txt"))


def _name(path: Path) -> str:
    return path.relative_to(CORPUS).as_posix()


def test_the_corpus_is_there() -> None:
    assert len(DOCUMENTS) >= 90
    named = set(NORMALISED) | set(LINES_JOINED) | set(SPLIT_OUT)
    assert named <= {_name(p) for p in DOCUMENTS}


@pytest.mark.parametrize("path", DOCUMENTS, ids=_name)
def test_a_clean_document_keeps_its_text(path: Path) -> None:
    name = _name(path)
    text = path.read_text(encoding="utf-8")
    harm = audit(name, text)
    assert harm.lost == ""
    assert harm.to_furniture == ""
    assert harm.replaced == []
    assert harm.split_lost == ""
    assert bool(harm.split_out) == (name in SPLIT_OUT)
    if name in NORMALISED:
        assert harm.output != text
    elif name in LINES_JOINED:
        assert harm.output != text
        assert harm.normalised == 0
    else:
        assert harm.output == text
