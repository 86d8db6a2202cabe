"""mojibake: text decoded with the wrong codec, reversed.

Defects: UTF-8 bytes read as Latin-1 or Windows-1252 (``Ã©`` for ``é``, ``â€™`` for
``’``, ``ä¸­æ–‡`` for ``中文``); UTF-8 read as GBK or Big5 (``鍟嗘堡绉戞妧`` for
``商汤科技``); GBK or Big5 read as Latin-1 (``ÉÌÌÀ¿Æ¼¼``); two rounds of these; and
filler runs (``锟斤拷``, ``烫烫烫``, ``屯屯屯``) where characters were lost.

Recognition, Latin side: a cheap scan finds lines holding a UTF-8 lead byte rendered in
Latin-1 or cp1252 followed by a continuation byte rendered the same way, the fingerprint
of this defect. Only those lines go to ftfy, and only to its encoding repair: ftfy's
other defaults damage Chinese text (``fix_character_width`` turns ``，`` into ``,``,
``uncurl_quotes`` turns ``“”`` into ``""``), so they never run here. ftfy keeps a line
unchanged unless the repaired text is clearly less strange.

CJK side: :mod:`newsclean.cjk_mojibake`, which reverses a span only when the result is
clearly more plausible. Where both fingerprints match a line, the more plausible
result wins (see :func:`repair_line`). Rounds repeat until neither changes anything
(mojibake of mojibake can mix them), at most three rounds. Filler runs are counted as
lost characters and kept, like U+FFFD in ``replacement``; ``replacement="drop"`` drops
them.
"""

from __future__ import annotations

from collections import Counter

from newsclean import cjk_mojibake, regex
from newsclean.model import Document
from newsclean.options import Options
from newsclean.plausibility import density

NAME = "mojibake"
DESCRIPTION = "wrong-codec text reversed: UTF-8 as Latin-1/cp1252/GBK/Big5, GBK/Big5 as Latin-1"
#: Rounds of repair, for mojibake of mojibake.
MAX_ROUNDS = 3

#: cp1252 renderings of the bytes 0x80-0xBF, the continuation bytes of UTF-8.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
#: A UTF-8 lead byte (0xC2-0xF4) shown as Latin-1, then a continuation byte.
LATIN_MOJIBAKE = regex.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")


def _fix_latin(line: str) -> str:
    import ftfy

    fixed = str(ftfy.fix_encoding(line))
    return line if "\n" in fixed else fixed


def repair_line(line: str) -> tuple[str, Counter[str]]:
    """The most plausible of the line as it is, ftfy's Latin repair and the CJK repair.

    Both fingerprints can match one line: GBK read as Latin-1 (``ÉÌÌÀ``) holds what
    looks like UTF-8 read as Latin-1, and ftfy turns pairs of it into Cyrillic or Greek
    letters; UTF-8 read as cp1252 holds what looks like GBK read as cp1252. Each repair
    gets the whole line, and the plausibility of the results decides between them."""
    candidates: list[tuple[str, Counter[str]]] = []
    # The CJK repair comes first: on a tie, one round of mojibake explains the line
    # better than two (ftfy's, then the CJK one under it).
    if cjk_mojibake.suspect(line):
        fixed, counts = cjk_mojibake.repair_line(line)
        if fixed != line:
            candidates.append((fixed, counts))
    if LATIN_MOJIBAKE.search(line) is not None:
        fixed = _fix_latin(line)
        if fixed != line and density(fixed) <= density(line):
            counts = Counter({"latin-mojibake": 1})
            candidates.append((fixed, counts))
            # GBK read as Latin-1, saved as UTF-8 and read as cp1252: ftfy's result is
            # the inner mojibake, to be judged by what it becomes.
            inner, found = cjk_mojibake.repair_line(fixed)
            if inner != fixed:
                candidates.append((inner, counts + found))
    if not candidates:
        return line, Counter()
    # Ties go to the shorter text (a repair turns several characters into one), then
    # to the earlier candidate.
    return min(candidates, key=lambda c: (density(c[0]), len(c[0])))


def _suspect_lines(text: str) -> list[tuple[int, int]]:
    """Start and end of each line that either fingerprint matches, in order."""
    positions = {m.start() for m in LATIN_MOJIBAKE.finditer(text)}
    positions.update(cjk_mojibake.suspect_positions(text))
    starts = {text.rfind("\n", 0, at) + 1 for at in positions}
    spans = []
    for start in sorted(starts):
        end = text.find("\n", start)
        spans.append((start, len(text) if end < 0 else end))
    return spans


def repair_once(text: str) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    pieces: list[str] = []
    done = 0
    for start, end in _suspect_lines(text):
        line, found = repair_line(text[start:end])
        counts.update(found)
        pieces += [text[done:start], line]
        done = end
    if not pieces:
        return text, counts
    pieces.append(text[done:])
    return "".join(pieces), counts


def repair(text: str, *, drop_lost: bool = False) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    for _ in range(MAX_ROUNDS):
        fixed, found = repair_once(text)
        if fixed == text:
            break
        counts += found
        text = fixed
    text, fillers = cjk_mojibake.report_fillers(text, drop=drop_lost)
    return text, counts + fillers


def apply(doc: Document, options: Options) -> None:
    drop = options.replacement == "drop"
    doc.map_lines(NAME, lambda text: repair(text, drop_lost=drop))
