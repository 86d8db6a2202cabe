"""The gold of an OCR'd page in the OCR's own characters.

The composition knows what was printed; Tesseract reads some of it wrong (`rn` for `m`,
a dropped line, a word split in two). A gold written from the composition then holds text
that is not on the page, and no cleaner can match it. The hand gold of real OCR pages
(`fixtures/real-train`) is written in the OCR's characters: the unit as a perfect cleaner
would give it from that raw (lines rejoined, the hyphens of broken words removed, page
furniture out), misreads kept. This module writes the generated pages' OCR gold that way.

How: each printed unit of the sidecar (its lines, whitespace left out) is aligned with the
OCR text (whitespace left out too) by a semi-global edit-distance alignment, the unit whole,
the OCR text free at both ends. A long unit is first placed by its rare k-grams (those that
occur at most twice in the OCR text), the longest chain of them in order, and aligned in
that window only; a short one is sought over the whole page. OCR characters aligned to one
unit are not offered to the next, so two identical captions find two places. A gold string
is then the OCR text between the first and last character aligned to its unit, widened
to the start of its first OCR line and the end of its last when what lies outside the
aligned span on that side of the line is no other unit's: the specks and misread marks
Tesseract read on a paragraph's own lines (` .`, `‘ Die`, `…year. ee`) stay in it, as the
hand gold of real OCR pages keeps them (`fixtures/SOURCES.md`: OCR errors kept as they
read), while a caption's or the next paragraph's words sharing the line are still cut off
(that side is not widened at all): characters aligned to another unit, or a k-gram of
another unit's text and not of this one's (a column Tesseract read across, whose own
alignment failed there). Only a unit's own ends widen (a dateline run
into its paragraph ends where the alignment puts it), and a line of specks of its own
between two paragraphs is neither's: it is not a line of either unit, as in the hand gold,
which writes a paragraph from its own lines. The span's lines are
rejoined as the composed gold joins them: a line end that the composition broke inside a
word loses its hyphen (whatever the OCR made of it) and joins without a space, a compound's
own hyphen stays, Latin lines join with a space, CJK lines with nothing. OCR lines that
belong to another unit (a caption read in the middle of a paragraph's column) are left out.

A unit whose characters match in fewer than MIN_SHARE of max(its length, its OCR span)
is lost: its string is removed from the gold, a lost paragraph makes the gold say
`paragraphs_complete: false` (the scorer then counts recall alone), a lost headline drops
its article and makes it say `articles_complete: false` too (unless every headline is lost:
then the articles stay as composed, there being nothing to score the page by otherwise).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import numpy as np

MIN_SHARE = 0.6
HYPHENS = "-\u2010\u00ad\u00ac"
#: k-gram lengths that place a unit: an ideograph carries more than a letter
K_LATIN, K_CJK = 7, 3
#: a unit shorter than this many k-grams is sought over the whole page
SHORT = 3
ARTICLE_TEXTS = (
    "kicker",
    "headline",
    "subtitle",
    "decks",
    "byline",
    "dateline",
    "section_subheads",
    "paragraphs",
)
PAGE_TEXTS = ("page_furniture", "captions", "tables")
CJK_RE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


class Unit:
    """A printed unit: its lines without whitespace (s), where its text's characters sit
    in s (tpos), and how each line break joins: after s[a], 'drop' (s[a] is a hyphen the
    text has not), 'keep' (a compound's hyphen) or 'join'."""

    def __init__(self, text: str, lines: list[str]) -> None:
        self.text = squash(text)
        self.s = "".join(squash(ln) for ln in lines)
        self.breaks: dict[int, str] = {}
        ends = []
        n = 0
        for ln in lines[:-1]:
            n += len(squash(ln))
            if n:
                ends.append(n - 1)
        self.tpos: list[int] = []
        i = 0
        for ch in self.text:
            while i < len(self.s) and self.s[i] != ch and self.s[i] in HYPHENS:
                self.breaks[i] = "drop"  # a hyphen printed at a break, not in the text
                i += 1
            self.tpos.append(min(i, len(self.s) - 1))
            i += 1
        for a in ends:
            self.breaks.setdefault(a, "keep" if self.s[a] in HYPHENS else "join")


def align(p: str, w: np.ndarray) -> tuple[list[int], int]:
    """Semi-global alignment of p (whole) against the code points w (free ends): for each
    character of p the index in w it is aligned to (-1: none), and the edit cost."""
    m = len(w)
    pc = np.array([ord(c) for c in p], dtype=np.int64)
    idx = np.arange(m + 1, dtype=np.int32)
    row = np.zeros(m + 1, dtype=np.int32)
    rows = [row]
    for i in range(len(p)):
        t = np.empty(m + 1, dtype=np.int32)
        t[0] = row[0] + 1
        np.minimum(row[:-1] + (w != pc[i]), row[1:] + 1, out=t[1:])
        row = np.minimum.accumulate(t - idx) + idx
        rows.append(row)
    j = int(np.argmin(row))
    cost = int(row[j])
    out = [-1] * len(p)
    i = len(p)
    while i > 0:
        d = rows[i][j]
        if j > 0 and d == rows[i - 1][j - 1] + (w[j - 1] != pc[i - 1]):
            out[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif d == rows[i - 1][j] + 1:
            i -= 1
        else:
            j -= 1
    return out, cost


def lis(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of (unit index, OCR index) pairs increasing in both."""
    pairs = sorted(pairs, key=lambda x: (x[0], -x[1]))
    tails: list[int] = []
    at: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, o) in enumerate(pairs):
        pos = bisect.bisect_left(tails, o)
        if pos == len(tails):
            tails.append(o)
            at.append(k)
        else:
            tails[pos] = o
            at[pos] = k
        prev[k] = at[pos - 1] if pos else -1
    chain = []
    k = at[-1] if at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = prev[k]
    return chain[::-1]


class Page:
    """The OCR text without whitespace (o), where each of its characters sits in the raw
    (opos), its k-grams, and which unit each OCR character is aligned to (owner)."""

    def __init__(self, raw: str, cjk: bool) -> None:
        self.raw = raw
        self.opos = [i for i, ch in enumerate(raw) if not ch.isspace()]
        self.o = "".join(raw[i] for i in self.opos)
        self.codes = np.array([ord(c) for c in self.o], dtype=np.int64)
        self.k = K_CJK if cjk else K_LATIN
        self.grams: dict[str, list[int]] = {}
        for j in range(len(self.o) - self.k + 1):
            self.grams.setdefault(self.o[j : j + self.k], []).append(j)
        self.owner = np.full(len(self.o), -1, dtype=np.int32)
        #: each k-gram of the units' printed text: the units that print it
        self.printed: dict[str, set[int]] = {}

    def place(self, uid: int, s: str) -> list[int]:
        """Aligns a unit's characters; claims the OCR characters it matched."""
        n, k = len(s), self.k
        lo, hi = 0, len(self.o)
        if n >= SHORT * k:
            pairs = [
                (i, j)
                for i in range(n - k + 1)
                for js in [self.grams.get(s[i : i + k], [])]
                if len(js) <= 2
                for j in js
                if self.owner[j] < 0
            ]
            chain = lis(pairs)
            if len(chain) < 2:
                return [-1] * n
            slack = 20 + n // 10
            lo = max(0, chain[0][1] - chain[0][0] - slack)
            hi = min(len(self.o), chain[-1][1] + (n - chain[-1][0]) + slack)
        w = np.where(self.owner[lo:hi] < 0, self.codes[lo:hi], -1)
        got, _ = align(s, w)
        got = [j + lo if j >= 0 else -1 for j in got]
        for i, j in enumerate(got):
            if j >= 0 and s[i] == self.o[j]:
                self.owner[j] = uid
        return got


def solid_span(page: Page, s: str, got: list[int], a: int, b: int) -> tuple[int, int] | None:
    """The OCR span of s[a:b]: from the first to the last two characters matched in a
    row (a free-ended alignment buys stray characters at its ends as cheaply as it
    leaves the unit's out), widened over misread characters of the same OCR word; a
    boundary inside the unit is where the alignment puts it."""

    def same(i: int) -> bool:
        return a <= i < b and got[i] >= 0 and s[i] == page.o[got[i]]

    solid = [i for i in range(a, b - 1) if same(i) and same(i + 1) and got[i + 1] == got[i] + 1]
    if not solid:
        return None
    first, last = solid[0], solid[-1] + 1
    # a boundary inside the unit (a dateline's end) is where the alignment put it
    if a > 0:
        first = next(i for i in range(a, b) if got[i] >= 0)
    if b < len(s):
        last = next(i for i in range(b - 1, a - 1, -1) if got[i] >= 0)
    o_s, o_e = got[first], got[last] + 1
    while first > a and got[first - 1] == o_s - 1 >= 0 and word_gap(page, o_s - 1):
        first, o_s = first - 1, o_s - 1
    while last < b - 1 and got[last + 1] == o_e and word_gap(page, o_e - 1):
        last, o_e = last + 1, o_e + 1
    return o_s, o_e


def own_lines(page: Page, uid: int, o_s: int, o_e: int, head: bool, tail: bool) -> tuple[int, int]:
    """The OCR span o_s:o_e widened to the start of its first OCR line (head) and the end
    of its last (tail), each side only when nothing there is another unit's (aligned to
    it, or reading as its words): what else Tesseract read on a unit's own lines is the
    unit's."""

    def free(js: range) -> bool:
        if any(page.owner[j] not in (-1, uid) for j in js):
            return False
        t = "".join(page.o[j] for j in js)
        grams = (page.printed.get(t[i : i + page.k], {uid}) for i in range(len(t) - page.k + 1))
        return all(uid in g for g in grams)

    s = o_s
    while head and s > 0 and not line_break(page, s - 1):
        s -= 1
    e = o_e
    while tail and e < len(page.o) and not line_break(page, e - 1):
        e += 1
    return (s if free(range(s, o_s)) else o_s), (e if free(range(o_e, e)) else o_e)


def line_break(page: Page, j: int) -> bool:
    """Whether a line ends between OCR characters j and j + 1."""
    return "\n" in page.raw[page.opos[j] : page.opos[j + 1]]


def word_gap(page: Page, j: int) -> bool:
    """Whether OCR characters j and j + 1 are in one word."""
    return page.opos[j + 1] == page.opos[j] + 1


def rejoin(
    page: Page, unit: Unit, uid: int, got: list[int], a: int, b: int, cjk: bool
) -> str | None:
    """The OCR text of s[a:b] (None when lost), its lines rejoined as the gold's."""
    span = solid_span(page, unit.s, got, a, b)
    if span is None:
        return None
    o_s, o_e = span
    same = sum(1 for i in range(a, b) if got[i] >= 0 and unit.s[i] == page.o[got[i]])
    if same < MIN_SHARE * max(b - a, o_e - o_s):
        return None
    o_s, o_e = own_lines(page, uid, o_s, o_e, a == 0, b == len(unit.s))
    back = {j: i for i, j in enumerate(got) if j >= 0}
    lines: list[list[int]] = [[]]  # the OCR indices of each line
    for j in range(o_s, o_e):
        if lines[-1] and line_break(page, j - 1):
            lines.append([])
        lines[-1].append(j)
    text = ""
    end = -1  # the OCR index that ends the text so far
    for ln in lines:
        if all(page.owner[j] not in (-1, uid) for j in ln):
            continue  # the line is another unit's (a caption in a paragraph's column)
        piece = "".join(
            (" " if k and page.opos[j] > page.opos[ln[k - 1]] + 1 else "") + page.o[j]
            for k, j in enumerate(ln)
        )
        if cjk:
            piece = re.sub(f"(?<={CJK_RE.pattern}) (?={CJK_RE.pattern})", "", piece)
        how = unit.breaks.get(back.get(end, -1), "") if text else ""
        if how == "drop":
            text = text[:-1] + piece
        elif how == "keep" or cjk or not text:
            text += piece
        else:
            text += " " + piece
        end = ln[-1]
    return text


class Projector:
    """Finds a gold string's unit and gives its text as the OCR read it (None: lost)."""

    def __init__(self, units: list[dict[str, Any]], raw: str, lang: str) -> None:
        self.cjk = lang.startswith("zh")
        self.page = Page(raw, self.cjk)
        self.units = [Unit(u["text"], [ln["text"] for ln in u["lines"]]) for u in units]
        self.article = [u["article"] for u in units]
        k = self.page.k
        for uid, unit in enumerate(self.units):
            for i in range(len(unit.s) - k + 1):
                self.page.printed.setdefault(unit.s[i : i + k], set()).add(uid)
        self.used: set[int] = set()
        self.unmapped = 0
        self.got: dict[int, list[int]] = {}
        # long units first: they place themselves by their k-grams, and what they claim
        # is not offered to the short ones sought over the whole page
        for uid in sorted(range(len(self.units)), key=lambda u: -len(self.units[u].s)):
            if self.units[uid].s:
                self.got[uid] = self.page.place(uid, self.units[uid].s)

    def find(self, text: str, article: int | None) -> str | None:
        """The OCR's reading of a gold string: the unit that prints it, the part of one
        that does (a dateline run into a paragraph, a brief's head after its marker), or
        a run of units (a notice's or a verse's lines); unchanged when no unit prints it."""
        key = squash(text)
        order = sorted(
            range(len(self.units)), key=lambda u: (u in self.used, self.article[u] != article)
        )
        for uid in order:
            if uid not in self.used and self.units[uid].text == key:
                self.used.add(uid)
                return self.text_of(uid, 0, len(key))
        for uid in order:
            at = self.units[uid].text.find(key) if key else -1
            if at >= 0:
                return self.text_of(uid, at, at + len(key))
        for uid in order:
            run = self.run_from(uid, key)
            if run:
                self.used.update(run)
                parts = [self.text_of(u, 0, len(self.units[u].text)) for u in run]
                if any(p is None for p in parts):
                    return None
                return ("" if self.cjk else " ").join(p for p in parts if p)
        self.unmapped += 1
        return text

    def run_from(self, uid: int, key: str) -> list[int]:
        run: list[int] = []
        have = ""
        for u in range(uid, len(self.units)):
            if u in self.used or not key.startswith(have + self.units[u].text):
                return []
            have += self.units[u].text
            run.append(u)
            if have == key:
                return run
        return []

    def text_of(self, uid: int, start: int, end: int) -> str | None:
        """The OCR's reading of the unit's text[start:end]."""
        unit = self.units[uid]
        if not unit.s:
            return None
        a, b = unit.tpos[start], unit.tpos[end - 1] + 1
        return rejoin(self.page, unit, uid, self.got[uid], a, b, self.cjk)


def project(
    gold: dict[str, Any], units: list[dict[str, Any]], raw: str, lang: str
) -> tuple[dict[str, Any], dict[str, int]]:
    """The gold of an OCR extraction in its characters, and counts of strings kept and
    lost ('lost_headline' and so on)."""
    pr = Projector(units, raw, lang)
    counts: dict[str, int] = {}
    g = dict(gold)
    for name in PAGE_TEXTS:
        if name in g and all(isinstance(t, str) for t in g[name]):
            g[name] = _texts(pr, g[name], None, name, counts)
    arts = []
    for n, art in enumerate(gold["articles"]):
        a = dict(art)
        for name in ARTICLE_TEXTS:
            value = art.get(name)
            if isinstance(value, list):
                a[name] = _texts(pr, value, n, name, counts)
                if name == "paragraphs" and len(a[name]) < len(value):
                    g["paragraphs_complete"] = False
                if not a[name] and name != "paragraphs":
                    del a[name]
            elif isinstance(value, str) and value:
                got = pr.find(value, n)
                counts[("kept_" if got else "lost_") + name] = (
                    counts.get(("kept_" if got else "lost_") + name, 0) + 1
                )
                if got:
                    a[name] = got
                else:
                    del a[name]
        arts.append(a)
    kept = [a for a in arts if "headline" in a]
    if kept and len(kept) < len(arts):
        g["articles_complete"] = False
        if any(a.get("paragraphs") for a in arts if "headline" not in a):
            g["paragraphs_complete"] = False
        arts = kept
    elif not kept:
        arts = [
            dict(a, headline=o["headline"]) for a, o in zip(arts, gold["articles"], strict=True)
        ]
    g["articles"] = arts
    if pr.unmapped:
        counts["unmapped"] = pr.unmapped
    return g, counts


def _texts(
    pr: Projector, texts: list[str], article: int | None, name: str, counts: dict[str, int]
) -> list[str]:
    out = []
    for t in texts:
        got = pr.find(t, article)
        key = ("kept_" if got else "lost_") + name
        counts[key] = counts.get(key, 0) + 1
        if got:
            out.append(got)
    return out
