"""Layout sampler and typesetter: one seeded draw of settings -> one newspaper page as PDF.

``sample_settings(rng, lang, setname)`` draws the page's design (paper size, 1-8 columns and
their widths, fonts and sizes, leading, indents, headline alignment, how often each kind of
unit appears); ``compose(settings, rng)`` fills the page with units of real news text and
sets every line itself with PyMuPDF: Latin text justified word by word with pyphen
hyphenation (a hyphen is printed only where a line really breaks inside a word), CJK text
justified character by character with the line-breaking rule (no closing punctuation at a
line start: it hangs in the margin; no opening punctuation at a line end). Setting the lines
here, rather than letting a browser do it, is what makes the gold exact: every printed
line is known with its role, its article and its box.

Page furniture: masthead with ears or a running head with page label, briefs boxes with
△/■/• items, ads and notices in rules, tables, verse, photos with captions, jump lines,
footers. Training and untouched settings differ in fonts, column counts, page sizes and
paper names (``SETS``); their texts differ by pools.py's split.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pymupdf
import lists
import pools
import pyphen

FONTDIR = "/usr/share/fonts"
F = {
    "lib_serif": "truetype/liberation/LiberationSerif-Regular.ttf",
    "lib_serif_b": "truetype/liberation/LiberationSerif-Bold.ttf",
    "lib_serif_i": "truetype/liberation/LiberationSerif-Italic.ttf",
    "lib_sans": "truetype/liberation/LiberationSans-Regular.ttf",
    "lib_sans_b": "truetype/liberation/LiberationSans-Bold.ttf",
    "lib_narrow_b": "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "dv_serif": "truetype/dejavu/DejaVuSerif.ttf",
    "dv_serif_b": "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "dv_serif_i": "truetype/dejavu/DejaVuSerif-Italic.ttf",
    "dv_sans": "truetype/dejavu/DejaVuSans.ttf",
    "dv_sans_b": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "dv_cond": "truetype/dejavu/DejaVuSerifCondensed.ttf",
    "dv_cond_b": "truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "noto_serif": "truetype/noto/NotoSerif-Regular.ttf",
    "noto_serif_b": "truetype/noto/NotoSerif-Bold.ttf",
    "noto_serif_i": "truetype/noto/NotoSerif-Italic.ttf",
    "noto_sans": "truetype/noto/NotoSans-Regular.ttf",
    "noto_sans_b": "truetype/noto/NotoSans-Bold.ttf",
    "free_serif": "truetype/freefont/FreeSerif.ttf",
    "free_serif_b": "truetype/freefont/FreeSerifBold.ttf",
    "free_serif_i": "truetype/freefont/FreeSerifItalic.ttf",
    "free_sans": "truetype/freefont/FreeSans.ttf",
    "free_sans_b": "truetype/freefont/FreeSansBold.ttf",
    "droid": "truetype/droid/DroidSansFallbackFull.ttf",
    "lxgw": "truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "lxgw_b": "truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf",
    "wqy_micro": "truetype/wqy/wqy-microhei.ttc",
    "wqy_zen": "truetype/wqy/wqy-zenhei.ttc",
    "uming": "truetype/arphic/uming.ttc",
    "ukai": "truetype/arphic/ukai.ttc",
    # faces of the 1890-1920 pages: a Century, a Didone of the time, a Century Schoolbook,
    # grotesque capitals for headlines, a blackletter for German papers
    "century": "truetype/fonts-century-catalogue/Century-Catalogue.ttf",
    "oldstd": "truetype/fonts-oldstandard/OldStandard-Regular.ttf",
    "oldstd_b": "truetype/fonts-oldstandard/OldStandard-Bold.ttf",
    "oldstd_i": "truetype/fonts-oldstandard/OldStandard-Italic.ttf",
    "c059": "opentype/urw-base35/C059-Roman.otf",
    "c059_b": "opentype/urw-base35/C059-Bold.otf",
    "c059_i": "opentype/urw-base35/C059-Italic.otf",
    "nimbus_sans": "opentype/urw-base35/NimbusSans-Regular.otf",
    "nimbus_sans_b": "opentype/urw-base35/NimbusSans-Bold.otf",
    "nimbus_narrow_b": "opentype/urw-base35/NimbusSansNarrow-Bold.otf",
    "fraktur": "truetype/blankenburg/Blankenburg_UNZ1A.ttf",
    # faces no training page uses (the second untouched set)
    "libertine": "opentype/linux-libertine/LinLibertine_R.otf",
    "libertine_b": "opentype/linux-libertine/LinLibertine_RB.otf",
    "libertine_i": "opentype/linux-libertine/LinLibertine_RI.otf",
    "biolinum": "opentype/linux-libertine/LinBiolinum_R.otf",
    "biolinum_b": "opentype/linux-libertine/LinBiolinum_RB.otf",
    "p052": "opentype/urw-base35/P052-Roman.otf",
    "p052_i": "opentype/urw-base35/P052-Italic.otf",
    "gothic": "opentype/urw-base35/URWGothic-Book.otf",
    "gothic_b": "opentype/urw-base35/URWGothic-Demi.otf",
    "goudy": "opentype/sortsmill/GoudyBookletter1911.otf",
    "garamond_i": "opentype/ebgaramond/EBGaramond12-Italic.otf",
    "bookman": "opentype/urw-base35/URWBookman-Light.otf",
    "bookman_b": "opentype/urw-base35/URWBookman-Demi.otf",
}

MM = 72 / 25.4
# Settings that tell the training set from the untouched one. A font, column count, paper
# size or paper name used by one is never used by the other.
SETS: dict[str, dict[str, Any]] = {
    "train": {
        "columns": [1, 2, 4, 5, 6, 8],
        "sizes": {"broadsheet": (381, 578), "tabloid": (280, 430), "A3": (297, 420),
                  "A4": (210, 297), "narrow-broadsheet": (305, 559)},
        "latin": [  # body, body italic, head, sans, sans bold
            ("lib_serif", "lib_serif_i", "lib_serif_b", "lib_sans", "lib_sans_b"),
            ("dv_serif", "dv_serif_i", "dv_serif_b", "dv_sans", "dv_sans_b"),
            ("noto_serif", "noto_serif_i", "noto_serif_b", "lib_sans", "lib_sans_b"),
            ("dv_serif", "dv_serif_i", "lib_sans_b", "dv_sans", "dv_sans_b"),
        ],
        # body, head, sans, sans bold. TrueType only: PyMuPDF cannot subset the CFF
        # outlines of Noto CJK, and a page would carry the whole 20 MB font.
        "cjk": [
            ("wqy_micro", "wqy_zen", "wqy_micro", "wqy_zen"),
            ("droid", "wqy_zen", "wqy_micro", "wqy_zen"),
            ("lxgw", "lxgw_b", "droid", "wqy_zen"),
        ],
    },
    "untouched": {
        "columns": [3, 7],
        "sizes": {"berliner": (315, 470), "rhenish": (350, 520), "B4": (250, 353)},
        "latin": [
            ("free_serif", "free_serif_i", "free_serif_b", "free_sans", "free_sans_b"),
            ("dv_cond", "dv_serif_i", "dv_cond_b", "noto_sans", "noto_sans_b"),
            ("free_serif", "free_serif_i", "lib_narrow_b", "free_sans", "free_sans_b"),
        ],
        "cjk": [
            ("uming", "ukai", "uming", "ukai"),
            ("ukai", "uming", "uming", "ukai"),
        ],
    },
    # Pages set as Latin papers of 1890-1920 were: sheets cut to an excerpt of the page
    # (the real OCR pages at hand are excerpts too), narrow columns of small type.
    "historic": {
        "historic_share": 1.0,
        "old": {
            "columns": [4, 5, 6, 8],
            "sizes": {"blanket-excerpt": (300, 420), "folio-excerpt": (260, 360),
                      "quarto-sheet": (230, 330), "blanket-half": (445, 330)},
            "latin": [
                ("century", "oldstd_i", "c059_b", "nimbus_sans", "nimbus_narrow_b"),
                ("oldstd", "oldstd_i", "oldstd_b", "nimbus_sans", "nimbus_sans_b"),
                ("c059", "c059_i", "nimbus_narrow_b", "nimbus_sans", "nimbus_narrow_b"),
            ],
            # German papers set in Fraktur, body and heads alike
            "fraktur": [("fraktur", "fraktur", "fraktur", "nimbus_sans", "fraktur")],
            "mastheads": ["fraktur"],
        },
    },
    # The second untouched set: modern and old pages in faces, column counts, sheets and
    # papers that no training page has, from the held-back texts.
    "untouched2": {
        "held_back": True,
        "historic_share": 0.5,
        "columns": [3, 7],
        "sizes": {"berliner": (315, 470), "rhenish": (350, 520), "B4": (250, 353)},
        "latin": [
            ("libertine", "libertine_i", "libertine_b", "biolinum", "biolinum_b"),
            ("p052", "p052_i", "gothic_b", "gothic", "gothic_b"),
            ("goudy", "garamond_i", "bookman_b", "biolinum", "biolinum_b"),
        ],
        "cjk": [
            ("uming", "ukai", "uming", "ukai"),
            ("ukai", "uming", "uming", "ukai"),
        ],
        "old": {
            "columns": [3, 7],
            "sizes": {"royal-excerpt": (360, 400), "crown-sheet": (250, 345)},
            "latin": [
                ("libertine", "libertine_i", "gothic_b", "biolinum", "gothic_b"),
                ("goudy", "garamond_i", "bookman_b", "biolinum", "bookman_b"),
                ("bookman", "garamond_i", "libertine_b", "biolinum", "libertine_b"),
            ],
        },
    },
}

# The training set's ranges with a share of the articles' kickers and subtitles set as
# running text (the body face at about body size in one column), by script. Chinese
# papers set a 副题 or 引题 so on many stories (the seeds' page does); in "train" every
# subtitle is display type across the article, so one open line at the column's measure
# over body is always a torn paragraph's first line there. Latin decks in body type are
# rarer. A set of its own: the pages of "train" and of the untouched sets are made again
# from their seeds as they were (sets without the share draw nothing for it).
SETS["train-plain"] = {**SETS["train"], "plain_heads": {"cjk": 0.3, "latin": 0.15}}

# The training set's ranges, half its pages set as 1890-1920 papers (the historic set's
# ranges), with blocks of short items run in as one paragraph (lists.py: contents boxes,
# notes, prices, results) drawn as often as a briefs box. A set of its own, as
# train-plain: the other sets draw nothing for it.
SETS["lists"] = {**SETS["train"], "historic_share": 0.5, "old": SETS["historic"]["old"],
                 "list_blocks": 0.3}

HYPH_LANG = {"en": "en_US", "fr": "fr_FR", "de": "de_DE"}
CLOSE = set("，。、；：？！）」』”’》〉】…—％,.;:?!)]")
OPEN = set("（「『“‘《〈【([")
NO_LANG = pymupdf.mupdf.fz_text_language_from_string(None)
CJK_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%:/+\-]*|\s+|.")


@cache
def font(key: str) -> pymupdf.Font:
    return pymupdf.Font(fontfile=f"{FONTDIR}/{F[key]}")


@cache
def adv(fk: str, s: str) -> float:
    """Advance width of s at size 1 (widths scale with the size; asked thousands of times)."""
    return float(font(fk).text_length(s, 1))


@cache
def hyphenator(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=HYPH_LANG[lang], left=2, right=3)


def is_cjk(lang: str) -> bool:
    return lang.startswith("zh")


# ----------------------------------------------------------------------------- settings


def sample_settings(rng: random.Random, lang: str, setname: str,
                    style: str = "modern") -> dict[str, Any]:
    """One draw of a page design for a language from a set's ranges."""
    if style == "historic":
        return sample_historic(rng, lang, setname)
    s = SETS[setname]
    cjk = is_cjk(lang)
    min_col = (28 if cjk else 36) * MM
    while True:
        size_name = rng.choice(sorted(s["sizes"]))
        w, h = s["sizes"][size_name]
        margin = rng.uniform(8, 16)
        ncols = rng.choice(s["columns"])
        gutter = rng.uniform(3, 6) * MM
        inner = (w - 2 * margin) * MM
        # no narrower than a newspaper column, no wider than a magazine's single measure
        if min_col <= (inner - (ncols - 1) * gutter) / ncols <= 190 * MM:
            break
    # unequal columns: a narrow rail at one side (briefs, ears) on some pages
    weights = [1.0] * ncols
    if ncols >= 4 and rng.random() < 0.25:
        weights[rng.choice([0, ncols - 1])] = rng.uniform(0.6, 0.8)
    body_size = rng.uniform(8.6, 10.5) if cjk else rng.uniform(8.2, 10.2)
    fonts = rng.choice(s["cjk"] if cjk else s["latin"])
    trad_cfg = rng.choice(["s2t", "s2tw", "s2hk"]) if lang == "zh_trad" else ""
    return {
        "lang": lang, "set": setname, "size": size_name, "w": w * MM, "h": h * MM,
        "margin": margin * MM, "ncols": ncols, "gutter": gutter, "weights": weights,
        "fonts": fonts, "body_size": round(body_size, 2),
        "leading": round(body_size * rng.uniform(1.18, 1.45), 2),
        "indent": rng.choice([0, 1, 2] if not cjk else [2, 2, 2, 0]),
        "para_gap": rng.choice([0, 0, 0.35, 0.6]),
        "head_align": rng.choice(["left", "left", "center"]),
        "head_scale": rng.uniform(1.6, 3.0),
        "front": rng.random() < 0.3,
        "byline_pos": rng.choice(["top", "top", "end", "none"]),
        "dateline_p": rng.uniform(0.2, 0.8),
        "kicker_p": rng.uniform(0.1, 0.6), "subtitle_p": rng.uniform(0.1, 0.6),
        "subhead_p": rng.uniform(0.0, 0.5), "photo_p": rng.uniform(0.0, 0.35),
        "briefs_p": rng.uniform(0.0, 0.25), "ad_p": rng.uniform(0.0, 0.15),
        "table_p": rng.uniform(0.0, 0.1), "verse_p": rng.uniform(0.0, 0.06),
        "jump_p": rng.uniform(0.0, 0.5), "footer": rng.random() < 0.5,
        "trad_cfg": trad_cfg,
        "paper": rng.choice(pools.PAPERS[setname][lang]),
        "date": f"{rng.randint(2005, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "page": rng.choice(["A1", "A3", "A5", "B2", "C4", "T05", "8", "12"]) if lang != "zh"
        else rng.choice(["A1", "A4", "T05", "第3版", "第8版", "12"]),
    }


def sample_historic(rng: random.Random, lang: str, setname: str) -> dict[str, Any]:
    """A page set as Latin papers of 1890-1920 were: narrow columns of small type between
    column rules, capitals headlines with stacked decks, datelines run in with a dash,
    few bylines, no photos."""
    s = SETS[setname]["old"]
    while True:
        size_name = rng.choice(sorted(s["sizes"]))
        w, h = s["sizes"][size_name]
        margin = rng.uniform(7, 12)
        ncols = rng.choice(s["columns"])
        gutter = rng.uniform(2.2, 4.0) * MM
        inner = (w - 2 * margin) * MM
        if 36 * MM <= (inner - (ncols - 1) * gutter) / ncols <= 76 * MM:
            break
    body_size = rng.uniform(6.6, 8.4)
    fonts = rng.choice(s["latin"] + (s.get("fraktur", []) if lang == "de" else []))
    year = rng.randint(1890, 1920)
    return {
        "lang": lang, "set": setname, "style": "historic", "size": size_name,
        "w": w * MM, "h": h * MM, "margin": margin * MM, "ncols": ncols, "gutter": gutter,
        "weights": [1.0] * ncols, "fonts": fonts, "body_size": round(body_size, 2),
        "leading": round(body_size * rng.uniform(1.03, 1.16), 2),
        "indent": 1, "para_gap": 0, "head_align": "center",
        "head_scale": rng.uniform(1.3, 2.1),
        "front": rng.random() < 0.35,
        "byline_pos": rng.choice(["top", "none", "none", "none", "end"]),
        "dateline_p": rng.uniform(0.5, 0.9),
        "kicker_p": 0.0, "subtitle_p": rng.uniform(0.5, 0.95), "decks": rng.randint(1, 4),
        "subhead_p": rng.uniform(0.0, 0.4), "photo_p": 0.0,
        "briefs_p": rng.uniform(0.0, 0.15), "ad_p": rng.uniform(0.05, 0.2),
        "table_p": 0.0, "verse_p": rng.uniform(0.0, 0.05),
        "jump_p": rng.uniform(0.0, 0.3), "footer": False, "column_rules": rng.random() < 0.8,
        "deck_rules": rng.random() < 0.75,
        "masthead": rng.choice(s.get("mastheads", []) + [fonts[2]]),
        "trad_cfg": "",
        "paper": rng.choice(pools.OLD_PAPERS[setname][lang]),
        "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "page": str(rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 10, 12])),
    }


# ----------------------------------------------------------------------------- lines


@dataclass
class Line:
    """One printed line: (text, x offset) pieces drawn in one font and size."""

    pieces: list[tuple[str, float]]
    width: float
    fontkey: str
    size: float

    @property
    def text(self) -> str:
        if not self.pieces:
            return ""
        sep = "" if self._cjk else " "
        return sep.join(p for p, _ in self.pieces)

    _cjk: bool = False


def break_latin(text: str, fk: str, size: float, width: float, indent: float, lang: str,
                justify: bool, hyphenate: bool) -> list[Line]:
    f = font(fk)
    space = adv(fk, " ") * size
    words = text.split()
    lines: list[Line] = []
    cur: list[str] = []
    widths: list[float] = []

    def used() -> float:
        return (indent if not lines else 0) + sum(widths) + space * max(0, len(cur) - 1)

    def flush(last: bool) -> None:
        ind = indent if not lines else 0
        avail = width - ind
        n = len(cur)
        gap = space
        if justify and not last and n > 1:
            gap = (avail - sum(widths)) / (n - 1)
        x = ind
        pieces = []
        for wd, ww in zip(cur, widths, strict=True):
            pieces.append((wd, x))
            x += ww + gap
        lines.append(Line(pieces, x - gap, fk, size))
        cur.clear()
        widths.clear()

    i = 0
    while i < len(words):
        w = words[i]
        ww = adv(fk, w) * size
        extra = ww + (space if cur else 0)
        if used() + extra <= width:
            cur.append(w)
            widths.append(ww)
            i += 1
            continue
        room = width - used() - (space if cur else 0)
        split = None
        if hyphenate and len(w) >= 6 and lang in HYPH_LANG:
            for pos in sorted(hyphenator(lang).positions(w), reverse=True):
                head = w[:pos] + ("" if w[pos - 1] == "-" else "-")
                if re.search(r"[A-Za-zÀ-ÿ]{2}-$", head) and adv(fk, head) * size <= room:
                    split = (head, w[pos:])
                    break
        if split is None and "-" in w[1:-1]:  # a compound breaks after its own hyphen
            for m in reversed(list(re.finditer("-", w))):
                head = w[: m.end()]
                if 0 < m.start() < len(w) - 1 and adv(fk, head) * size <= room:
                    split = (head, w[m.end():])
                    break
        if split is not None:
            cur.append(split[0])
            widths.append(adv(fk, split[0]) * size)
            words[i] = split[1]
            flush(False)
            continue
        if not cur:  # a word wider than the measure: printed over the edge
            cur.append(w)
            widths.append(ww)
            i += 1
        flush(False)
    if cur:
        flush(True)
    return lines


def break_cjk(text: str, fk: str, size: float, width: float, indent: float,
              justify: bool) -> list[Line]:
    f = font(fk)
    width = max(size, int(width / size + 0.01) * size)  # a column is N characters wide
    toks = [t for t in CJK_TOKEN.findall(text)]
    lines: list[Line] = []
    cur: list[str] = []
    widths: list[float] = []

    def flush(last: bool) -> None:
        while cur and cur[-1].isspace():
            cur.pop()
            widths.pop()
        ind = indent if not lines else 0
        n = len(cur)
        gap = 0.0
        if justify and not last and n > 1:
            gap = (width - ind - sum(widths)) / (n - 1)
        x = ind
        pieces = []
        for t, tw in zip(cur, widths, strict=True):
            pieces.append((t, x))
            x += tw + gap
        ln = Line(pieces, x - gap, fk, size)
        ln._cjk = True
        lines.append(ln)
        cur.clear()
        widths.clear()

    for t in toks:
        if t.isspace() and not cur:
            continue
        tw = adv(fk, t) * size
        ind = indent if not lines else 0
        if ind + sum(widths) + tw <= width or not cur:
            cur.append(t)
            widths.append(tw)
            continue
        if t in CLOSE and tw <= size * 1.1:  # hangs in the margin, never starts a line
            cur.append(t)
            widths.append(tw)
            continue
        carry: list[tuple[str, float]] = []
        if cur[-1] in OPEN:
            carry.append((cur.pop(), widths.pop()))
        flush(False)
        for c, cw in carry:
            cur.append(c)
            widths.append(cw)
        if not t.isspace():
            cur.append(t)
            widths.append(tw)
    if cur:
        flush(True)
    return lines


def runs(ln: Line) -> list[tuple[str, float]]:
    """The line's pieces merged where they sit at their natural advance (one draw call
    instead of one per character or word: the PDF text is the same)."""
    sep = "" if ln._cjk else " "
    out: list[tuple[str, float]] = []
    end = None
    for piece, px in ln.pieces:
        if out and end is not None and abs(px - end) < 0.05:
            text = out[-1][0] + sep + piece
            out[-1] = (text, out[-1][1])
        else:
            out.append((piece, px))
        end = px + adv(ln.fontkey, piece + sep) * ln.size
    return out


def set_text(text: str, lang: str, fk: str, size: float, width: float, indent: float = 0,
             justify: bool = True, hyphenate: bool = True) -> list[Line]:
    if is_cjk(lang):
        return break_cjk(text, fk, size, width, indent, justify)
    return break_latin(text, fk, size, width, indent, lang, justify, hyphenate)


# ----------------------------------------------------------------------------- units


@dataclass
class Unit:
    """A composed unit in reading order: its role, printed lines and article."""

    role: str
    text: str
    lines: list[Line]
    leading: float
    article: int | None = None
    align: str = "left"
    space_before: float = 0.0
    placed: list[tuple[str, list[float]]] = field(default_factory=list)
    rule_above: float = 0.0  # a short centred rule of this width in the space before


class Page:
    def __init__(self, st: dict[str, Any], rng: random.Random) -> None:
        self.st = st
        self.rng = rng
        self.lang = st["lang"]
        self.base = pools.base(self.lang)
        self.doc = pymupdf.open()
        self.pg = self.doc.new_page(width=st["w"], height=st["h"])
        self.tw = pymupdf.TextWriter(self.pg.rect)
        self.units: list[Unit] = []
        self.articles: list[dict[str, Any]] = []
        self.furniture: list[str] = []
        self.captions: list[str] = []
        self.tables: list[str] = []
        self.ads: list[tuple[list[Any], list[Unit]]] = []  # notices, as drawn
        cjk = is_cjk(self.lang)
        fs = st["fonts"]
        if cjk:
            self.f_body, self.f_head, self.f_sans, self.f_sans_b = fs
            self.f_ital = fs[0]
        else:
            self.f_body, self.f_ital, self.f_head, self.f_sans, self.f_sans_b = fs

    def tr(self, s: str) -> str:
        """Furniture text in the page's script."""
        return pools.to_script(s, self.st["trad_cfg"]) if self.lang == "zh_trad" else s

    # drawing ---------------------------------------------------------------------

    def draw_unit(self, u: Unit, x: float, y: float, width: float, col: int) -> float:
        """Draws all of a unit's lines from y down; returns the y below it."""
        if u.rule_above:
            ry = y + u.space_before / 2
            self.rule(x + (width - u.rule_above) / 2, ry, x + (width + u.rule_above) / 2, ry, 0.5)
        y += u.space_before
        for ln in u.lines:
            y = self.draw_line(u, ln, x, y, width, col)
        return y

    def draw_line(self, u: Unit, ln: Line, x: float, y: float, width: float, col: int) -> float:
        off = 0.0
        if u.align == "center":
            off = (width - ln.width) / 2
        elif u.align == "right":
            off = width - ln.width
        base = y + ln.size * 0.88
        f = font(ln.fontkey)
        for piece, px in runs(ln):
            self.show(x + off + px, base, piece, f, ln.size)
        u.placed.append((ln.text, [round(x + off, 1), round(y, 1), round(x + off + ln.width, 1),
                                   round(y + u.leading, 1)] + [col]))
        return y + u.leading

    def show(self, x: float, y: float, text: str, f: pymupdf.Font, size: float) -> None:
        """TextWriter.append without its bookkeeping: append measures the bounding box of
        all text written so far on every call, which makes a page quadratic in its pieces."""
        trm = pymupdf.mupdf.fz_make_matrix(size, 0, 0, size, x, self.st["h"] - y)
        pymupdf.mupdf.fz_show_string(self.tw.this, f.this, trm, text, 0, 0, 0, NO_LANG)

    def rule(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.pg.draw_line((x0, y0), (x1, y1), width=w)

    def unit(self, role: str, text: str, fk: str, size: float, width: float,
             article: int | None = None, align: str = "left", indent: float = 0,
             justify: bool = False, leading: float | None = None,
             space_before: float = 0.0) -> Unit:
        # display type is never hyphenated; only running text is (set_text in article())
        lines = set_text(text, self.lang, fk, size, width, indent, justify, hyphenate=False)
        return Unit(role, text, lines, leading or size * 1.18, article, align, space_before)


def column_boxes(st: dict[str, Any]) -> list[tuple[float, float]]:
    """(x, width) of every grid column."""
    inner = st["w"] - 2 * st["margin"] - (st["ncols"] - 1) * st["gutter"]
    tot = sum(st["weights"])
    out = []
    x = st["margin"]
    for wgt in st["weights"]:
        cw = inner * wgt / tot
        out.append((x, cw))
        x += cw + st["gutter"]
    return out


# ----------------------------------------------------------------------------- words

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag"],
            "zh": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]}


def long_date(lang: str, iso: str) -> str:
    import datetime

    d = datetime.date.fromisoformat(iso)
    wd = WEEKDAYS[lang][d.weekday()]
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日 {wd}"
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{wd}, {m} {d.day}, {d.year}"
    if lang == "fr":
        return f"{wd.capitalize()} {d.day} {m} {d.year}"
    return f"{wd}, {d.day}. {m} {d.year}"


def sentences(text: str, lang: str) -> list[str]:
    pat = r"(?<=[。！？])" if is_cjk(lang) else r"(?<=[.!?])\s+(?=[A-ZÀ-ÝÄÖÜ«„“\"])"
    return [s for s in re.split(pat, text) if s.strip()]


def byline_text(rng: random.Random, lang: str, where: str) -> str:
    b = pools.base(lang)
    name = rng.choice(pools.NAMES[b])
    if b == "zh":
        if where == "end":
            return rng.choice([f"（记者 {name}）", f"（本报记者 {name}）", f"（{name}）"])
        return rng.choice([f"本报记者 {name}", f"□ 本报记者 {name}",
                           f"本报记者 {name} 通讯员 {rng.choice(pools.NAMES['zh'])}"])
    if where == "end":
        return {"en": f"— {name}", "fr": name.upper(), "de": f"{name} (red)"}[b]
    return {"en": f"By {name}", "fr": f"Par {name}", "de": f"Von {name}"}[b]


def dateline_text(rng: random.Random, lang: str, date: str) -> str:
    b = pools.base(lang)
    city = rng.choice(pools.CITIES[b])
    if b == "zh":
        m, d = int(date[5:7]), int(date[8:10])
        return rng.choice([f"新华社{city}{m}月{d}日电", f"本报{city}{m}月{d}日电",
                           f"本报讯（记者 {rng.choice(pools.NAMES['zh'])}）", "央视网消息"])
    up = city.upper()
    return {"en": f"{up} —", "fr": f"{up} —", "de": f"{city} –"}[b]


def capitals(title: str, rng: random.Random) -> str:
    """A headline as papers of the time printed it: capitals, mostly ending in a full stop."""
    head = title.upper()
    return head + "." if head[-1] not in ".?!" and rng.random() < 0.7 else head


OLD_MONTHS = {
    "en": ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."],
    "de": ["Jan.", "Febr.", "März", "April", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
}


def old_dateline(rng: random.Random, lang: str, date: str) -> str:
    """The place and day a story was sent from, run into its first line as the wires set
    it (``WASHINGTON, Feb. 17.—``, ``Londres, 17 février. — ``, ``Berlin, 17. Febr. ``);
    the text follows without a further space."""
    city = rng.choice(pools.OLD_CITIES[lang])
    m, d = int(date[5:7]), int(date[8:10])
    if lang == "en":
        dash = rng.choice(["—", "—", ". ", " — "]) if rng.random() < 0.3 else "—"
        return f"{city.upper()}, {OLD_MONTHS['en'][m - 1]} {d}.{dash.lstrip('.')}"
    if lang == "fr":
        return f"{city}, {d} {MONTHS['fr'][m - 1]}. — "
    return f"{city}, {d}. {rng.choice([OLD_MONTHS['de'][m - 1], MONTHS['de'][m - 1] + '.'])} "


def old_byline(rng: random.Random, lang: str, paper: str) -> str:
    """Few stories of the time were signed: a wire or a special correspondent is named."""
    name = rng.choice(pools.NAMES[lang])
    return rng.choice({
        "en": ["(By Associated Press.)", "(By United Press.)", "(By Leased Wire.)",
               f"(Special to {paper}.)", f"By {name.upper()}."],
        "fr": ["(De notre correspondant particulier.)", "(Par dépêche.)",
               "(Par fil spécial.)", f"Par {name}."],
        "de": ["(Von unserem Korrespondenten.)", "(Eigener Drahtbericht.)", "(Telegramm.)",
               f"Von {name}."],
    }[lang])


def roman(n: int) -> str:
    out = ""
    for v, r in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                 (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += r
            n -= v
    return out


# ----------------------------------------------------------------------------- modules


MAX_PER_PAGE = {"table": 1, "verse": 1, "notice": 3, "briefs": 2, "lists": 2}


class Composer(Page):
    """Fills a page with modules on a column grid (a skyline: the next module goes under the
    highest open column, spanning 1-4 columns) until no column has room left."""

    def __init__(self, st: dict[str, Any], rng: random.Random) -> None:
        super().__init__(st, rng)
        self.cols = column_boxes(st)
        side = st["set"]
        self.held = SETS[side].get("held_back", side == "untouched")
        self.old = st.get("style") == "historic"
        self.texts = list(pools.pool(self.lang, self.held))
        rng.shuffle(self.texts)
        # sentences of articles not printed on the page: decks and briefs come from them
        self.spare: list[str] = []
        self.count: dict[str, int] = {}
        self.spans: list[tuple[int, int, float, float]] = []  # modules: column, span, y0, y1

    def next_text(self) -> dict[str, Any] | None:
        if not self.texts:
            return None
        tid, art = self.texts.pop()
        self.last = (tid, art)
        out = pools.article_text(self.lang, art, self.st["trad_cfg"] or "s2t")
        out["id"] = tid
        return out

    def deck(self) -> str | None:
        if len(self.texts) < 3:
            return None
        # the deck comes from an article that then leaves the page's pool: no sentence is
        # printed twice on a page
        _, art = self.texts.pop(0)
        t = pools.article_text(self.lang, art, self.st["trad_cfg"] or "s2t")
        cands = [s for p in t["paragraphs"] for s in sentences(p, self.lang)
                 if 20 <= len(s) <= (46 if is_cjk(self.lang) else 110)]
        return self.rng.choice(cands) if cands else None

    def plain_heads(self) -> bool:
        """Whether this article's kicker and subtitle are set as running text (the set's
        ``plain_heads`` share for the page's script; no draw where the set has none)."""
        share = SETS[self.st["set"]].get("plain_heads", {}).get(
            "cjk" if is_cjk(self.lang) else "latin", 0.0)
        return share > 0 and self.rng.random() < share

    def plain_subtitle(self, colw: float, aidx: int) -> Unit | None:
        """A subtitle set as running text in the first column: a Latin deck in the body's
        italic at body size; a Chinese 副题 in the body face at or a little over body
        size, a phrase with no full stop (a clause or a sentence of a spare article),
        after a dash on half of them. On half of the Chinese ones the phrase is one that
        fills the column's measure in one line, as the column's own lines do."""
        rng, lang, bs = self.rng, self.lang, self.st["body_size"]
        if not is_cjk(lang):
            d = self.deck()
            return d and self.unit("subtitle", d, self.f_ital, bs, colw, aidx, space_before=1)
        if len(self.texts) < 3:
            return None
        _, art = self.texts.pop(0)  # the spare article leaves the pool, as deck()'s does
        t = pools.article_text(lang, art, self.st["trad_cfg"] or "s2t")
        dash = "——" if rng.random() < 0.5 else ""
        size = bs * rng.choice([1.0, 1.0, 1.05, 1.1])
        said = [s.strip().rstrip("。！？") for p in t["paragraphs"] for s in sentences(p, lang)]
        phrases = sorted({dash + s[:m.start()] for s in said
                          for m in re.finditer(r"[，、；：]|$", s)
                          if 8 <= m.start() <= 46 and not OPEN & set(s[:m.start()])})
        if not phrases:
            return None
        if rng.random() < 0.5:
            full = [d for d in phrases if self.fills(d, size, colw)]
            phrases = full or phrases
        return self.unit("subtitle", rng.choice(phrases), self.f_body, size, colw, aidx,
                         space_before=1)

    def fills(self, text: str, size: float, colw: float) -> bool:
        """Whether ``text`` set in the body face is one line at the column's measure (at
        least 95% of it, as the veto's widest bucket but one reads a full line)."""
        lines = set_text(text, self.lang, self.f_body, size, colw, 0, False, hyphenate=False)
        return len(lines) == 1 and lines[0].width >= 0.95 * colw

    # stories as papers of 1890-1920 set them --------------------------------------

    def old_head(self, t: dict[str, Any], gold: dict[str, Any], aidx: int, width: float,
                 span: int) -> tuple[dict[str, Any], list[Unit]]:
        """A story's first paragraphs (items were short, and so one pool article makes
        one story) under a capitals headline and up to ``decks`` decks, alternately
        capitals and a sentence, centred, often each under a short rule. The decks come
        from the story's unprinted paragraphs, so no sentence is printed twice. The gold
        has the first deck as subtitle and the others under ``decks``, as the hand gold."""
        st, rng, lang = self.st, self.rng, self.lang
        bs = st["body_size"]
        paras = t["paragraphs"]
        keep = min(len(paras), rng.choice([1, 2, 2, 3, 4, 6]))
        rest = [x for p in paras[keep:] for x in sentences(p, lang)]
        t = {**t, "paragraphs": paras[:keep]}
        head = capitals(t["title"], rng)
        gold["headline"] = head
        hs = min(bs * st["head_scale"] * (0.85 + 0.3 * span), 28.0)
        units = [self.unit("headline", head, self.f_head, hs, width, aidx, "center",
                           leading=hs * 1.08)]
        decks: list[str] = []
        if rng.random() < st["subtitle_p"]:
            caps = rng.random() < 0.5
            for _ in range(rng.randint(1, st["decks"])):
                d = self.old_deck(rest, caps)
                if d is None:
                    break
                u = self.unit("subtitle", d, self.f_head if caps else self.f_body,
                              bs * (1.12 if caps else 1.04), width * 0.9, aidx, "center",
                              space_before=bs * 0.9)
                if st["deck_rules"]:
                    u.rule_above = width * rng.choice([0.2, 0.3, 0.4])
                units.append(u)
                decks.append(d)
                caps = not caps
        if decks:
            gold["subtitle"] = decks[0]
            if len(decks) > 1:
                gold["decks"] = decks[1:]
        return t, units

    def old_deck(self, rest: list[str], caps: bool) -> str | None:
        """A deck taken out of ``rest``: a capitals phrase (a sentence's first words) or a
        whole sentence."""
        for k, sent in enumerate(rest):
            if caps and len(sent.split()) >= 4:
                del rest[k]
                words = sent.split()[: self.rng.randint(3, 6)]
                return " ".join(words).rstrip(",;:.—-").upper()
            if not caps and 20 <= len(sent) <= 130:
                del rest[k]
                return sent
        return None

    def old_subhead(self) -> str:
        sub: str = self.rng.choice(pools.OLD_SUBHEADS[self.lang])
        return sub.upper() if self.rng.random() < 0.5 else sub

    # page head and foot ----------------------------------------------------------

    def old_page_head(self) -> float:
        """A front page's nameplate (often blackletter) between ears, over a folio line of
        volume, number, place, date and price between rules; an inside page's folio line
        of page number, paper and date."""
        st, rng, lang = self.st, self.rng, self.lang
        x0, x1 = st["margin"], st["w"] - st["margin"]
        width = x1 - x0
        y = st["margin"]
        small = max(6.0, st["body_size"] * 0.95)
        date = long_date(lang, st["date"])
        year = int(st["date"][:4])
        n = rng.randint(1, 350)
        folio = {"en": f"VOL. {roman(year - rng.randint(1850, 1885))}, NO. {n}. "
                       f"{date.upper()}. {rng.choice(['PRICE ONE CENT.', 'PRICE TWO CENTS.', 'TEN PAGES.', 'FIVE CENTS.'])}",
                 "fr": f"{year - rng.randint(1840, 1885)}e ANNÉE. — N° {rng.randint(1000, 15000)} "
                       f"— {date} — {rng.choice(['5 centimes', '10 centimes', 'LE NUMÉRO : 5 CENT.'])}",
                 "de": f"{year - rng.randint(1840, 1885)}. Jahrgang. Nr. {n}. {date}. "
                       f"{rng.choice(['Preis 10 Pf.', 'Einzelnummer 5 Pfennig.', 'Morgen-Ausgabe.'])}"}[lang]
        if st["front"]:
            top = y
            mast = self.unit("masthead", st["paper"], st["masthead"], rng.uniform(26, 44), width * 0.7,
                             align="center")
            y = self.draw_unit(mast, x0 + width * 0.15, y, width * 0.7, -1)
            self.units.append(mast)
            self.furniture.append(st["paper"])
            for k in range(2):
                if rng.random() < 0.7:
                    e = rng.choice(pools.OLD_EARS[lang])
                    u = self.unit("ear", e, self.f_body, small, width * 0.14, align="center")
                    self.draw_unit(u, x0 if k == 0 else x1 - width * 0.14, top + 4, width * 0.14, -1)
                    self.units.append(u)
                    self.furniture.append(e)
            y += 2
            self.rule(x0, y, x1, y, 0.8)
            u = self.unit("masthead", folio, self.f_body, small, width, align="center",
                          space_before=2)
        else:
            page = st["page"] if rng.random() < 0.5 else {"en": "PAGE ", "fr": "PAGE ",
                                                          "de": "Seite "}[lang] + st["page"]
            u = self.unit("page_label", page, self.f_body, small * 1.1, width * 0.15)
            self.draw_unit(u, x0 if rng.random() < 0.5 else x1 - width * 0.15, y, width * 0.15, -1)
            self.units.append(u)
            self.furniture.append(page)
            text = f"{st['paper'].upper() if lang == 'en' else st['paper']}, {date}."
            u = self.unit("running_head", text, self.f_body, small * 1.1, width * 0.66,
                          align="center")
            x0 += width * 0.17
            width *= 0.66
        y = self.draw_unit(u, x0, y, width, -1)
        self.units.append(u)
        self.furniture.append(u.text)
        y += 2
        self.rule(st["margin"], y, x1, y, 1.0)
        if rng.random() < 0.5:
            self.rule(st["margin"], y + 1.6, x1, y + 1.6, 0.4)
        return y + 6

    def head(self) -> float:
        st, rng, lang = self.st, self.rng, self.lang
        if self.old:
            return self.old_page_head()
        b = self.base
        x0, x1 = st["margin"], st["w"] - st["margin"]
        width = x1 - x0
        y = st["margin"]
        small = max(6.5, st["body_size"] * 0.85)
        date = long_date(b, st["date"])
        if st["front"]:
            ears = []
            if rng.random() < 0.7:
                ears.append(self.tr(rng.choice({
                    "zh": ["今日天气 晴转多云 12～20℃", "今日16版", "定价1.50元"],
                    "en": ["Today: Sunny, high 72", "Late City Edition", "$2.00"],
                    "fr": ["Météo : éclaircies, 18°", "Édition du soir", "1,50 €"],
                    "de": ["Wetter: heiter, 21 Grad", "Ausgabe Nord", "2,20 Euro"]}[b])))
            if rng.random() < 0.7:
                ears.append(self.tr(rng.choice({
                    "zh": ["国内统一连续出版物号 CN 11-0001", "第12345期", "农历五月初一"],
                    "en": ["Vol. CXII No. 39,001", "Founded 1871", "Final Edition"],
                    "fr": ["N° 23 456", "Fondé en 1887", "Quotidien régional"],
                    "de": ["Nr. 138 / 74. Jahrgang", "Unabhängige Tageszeitung", "Gegründet 1949"]}[b])))
            name_size = rng.uniform(30, 54)
            mast = self.unit("masthead", st["paper"], self.f_head, name_size, width, align="center")
            top = y
            y = self.draw_unit(mast, x0, y, width, -1)
            self.units.append(mast)
            self.furniture.append(st["paper"])
            for k, e in enumerate(ears):
                u = self.unit("ear", e, self.f_sans, small, width * 0.22,
                              align="left" if k == 0 else "right")
                ex = x0 if k == 0 else x1 - width * 0.22
                self.draw_unit(u, ex, top + 4, width * 0.22, -1)
                self.units.append(u)
                self.furniture.append(e)
            dl = self.tr(date) if b != "zh" else self.tr(date + rng.choice(["", " 农历甲辰年"]))
            u = self.unit("masthead", dl, self.f_sans, small, width, align="center",
                          space_before=2)
            y = self.draw_unit(u, x0, y, width, -1)
            self.units.append(u)
            self.furniture.append(dl)
        else:
            section = self.tr(rng.choice(pools.SECTIONS[b] if lang != "zh_trad"
                                         else pools.SECTIONS["zh_trad"]))
            label = st["page"]
            parts = [("page_label", label, "left"), ("running_head", f"{st['paper']}", "center"),
                     ("running_head", self.tr(date), "right")]
            if rng.random() < 0.5:
                parts[1] = ("running_head", section, "center")
            if rng.random() < 0.5:
                parts.reverse()
                parts = [(r, t, {"left": "right", "right": "left"}.get(a, a)) for r, t, a in parts]
            h = 0.0
            for role, text, al in parts:
                u = self.unit(role, text, self.f_sans_b if role == "page_label" else self.f_sans,
                              small * 1.1, width, align=al)
                self.draw_unit(u, x0, y, width, -1)
                self.units.append(u)
                self.furniture.append(text)
                h = max(h, u.leading * len(u.lines))
            y += h
        y += 2
        self.rule(x0, y, x1, y, 1.2)
        return y + 6

    def foot(self) -> float:
        st = self.st
        if not st["footer"]:
            return st["h"] - st["margin"]
        x0, x1 = st["margin"], st["w"] - st["margin"]
        b = self.base
        text = self.tr({"zh": f"责任编辑：{self.rng.choice(pools.NAMES['zh'])}　版式设计："
                              f"{self.rng.choice(pools.NAMES['zh'])}",
                        "en": "Text: Wikinews (CC BY 2.5)",
                        "fr": "Textes : Wikinews (CC BY 2.5)",
                        "de": "Texte: Wikinews (CC BY 2.5)"}[b])
        size = max(6.0, st["body_size"] * 0.75)
        u = self.unit("footer", text, self.f_sans, size, x1 - x0)
        y = st["h"] - st["margin"] - u.leading * len(u.lines)
        self.rule(x0, y - 2, x1, y - 2, 0.6)
        self.draw_unit(u, x0, y, x1 - x0, -1)
        self.footer_unit = u
        self.furniture.append(text)
        return y - 6

    # one article -------------------------------------------------------------------

    def article(self, ci: int, span: int, y0: float, bottom: float) -> float | None:
        """Sets an article in columns ci..ci+span-1 from y0; its height, or None."""
        st, rng, lang = self.st, self.rng, self.lang
        t = self.next_text()
        if t is None:
            return None
        aidx = len(self.articles)
        boxes = self.cols[ci:ci + span]
        x = boxes[0][0]
        width = boxes[-1][0] + boxes[-1][1] - x
        colw = min(w for _, w in boxes)
        bs, lead = st["body_size"], st["leading"]
        gold: dict[str, Any] = {"headline": t["title"]}
        head_units: list[Unit] = []
        plain = not self.old and self.plain_heads()
        if self.old:
            t, head_units = self.old_head(t, gold, aidx, width, span)
        elif rng.random() < st["kicker_p"]:
            k = self.tr(rng.choice(pools.KICKERS[self.base]))
            gold["kicker"] = k
            head_units.append(self.unit("kicker", k, self.f_body, bs, colw, aidx) if plain
                              else self.unit("kicker", k, self.f_sans_b, bs * 0.95, width,
                                             aidx, st["head_align"]))
        if not self.old:
            hs = min(bs * st["head_scale"] * (0.8 + 0.25 * span), 40.0)
            head_units.append(self.unit("headline", t["title"], self.f_head, hs, width, aidx,
                                        st["head_align"], leading=hs * 1.12))
        if plain and rng.random() < st["subtitle_p"]:
            u = self.plain_subtitle(colw, aidx)
            if u:
                gold["subtitle"] = u.text
                head_units.append(u)
        elif not self.old and rng.random() < st["subtitle_p"]:
            d = self.deck()
            if d:
                if is_cjk(lang) and rng.random() < 0.5:
                    d = "——" + d
                gold["subtitle"] = d
                head_units.append(self.unit("subtitle", d, self.f_ital, bs * 1.25, width, aidx,
                                            st["head_align"], space_before=1))
        bpos = st["byline_pos"] if rng.random() < 0.8 else "none"
        if bpos == "top" and self.old:
            # wire credits in parentheses, centred under the decks, on few stories
            by = old_byline(rng, lang, st["paper"])
            gold["byline"] = by
            head_units.append(self.unit("byline", by, self.f_ital, bs * 0.95, width, aidx,
                                        "center", space_before=1.5))
        elif bpos == "top":
            by = byline_text(rng, lang, "top")
            by = self.tr(by)
            gold["byline"] = by
            head_units.append(self.unit("byline", by, self.f_sans_b, bs * 0.9, width, aidx,
                                        space_before=1.5))
        paras = list(t["paragraphs"])
        dl = None
        if self.old:
            if rng.random() < st["dateline_p"]:
                dl = old_dateline(rng, lang, st["date"])
        elif t.get("dateline") and rng.random() < 0.8:
            dl = t["dateline"]
        elif rng.random() < st["dateline_p"]:
            dl = self.tr(dateline_text(rng, lang, st["date"]))
        if dl:
            # "WASHINGTON, Feb. 17.—The senate …": the dash runs into the text
            sep = "" if is_cjk(lang) or dl.endswith(("—", " ")) else " "
            if is_cjk(lang) and not dl.endswith("）"):
                sep = rng.choice(["　", " ", ""])
            paras[0] = dl + sep + paras[0]
            gold["dateline"] = dl.rstrip(" —–").strip()
        subs: dict[int, str] = {}
        if len(paras) >= 3 and rng.random() < st["subhead_p"]:
            j = rng.randint(1, len(paras) - 1)
            subs[j] = (self.old_subhead() if self.old
                       else self.tr(rng.choice(pools.SUBHEADS[self.base])))
        end_by = None
        if bpos == "end":
            end_by = self.tr(byline_text(rng, lang, "end"))
            gold["byline"] = end_by
        photo = rng.random() < st["photo_p"] and bottom - y0 > 200
        ind = st["indent"] * bs
        # body units at the column measure
        body: list[Unit] = []
        for j, p in enumerate(paras):
            if j in subs and self.old:  # centred in the column, as the decks are
                body.append(self.unit("subhead", subs[j], self.f_head, bs * 1.05, colw, aidx,
                                      "center", leading=lead * 1.1, space_before=lead * 0.4))
            elif j in subs:
                body.append(self.unit("subhead", subs[j], self.f_sans_b, bs, colw, aidx,
                                      rng.choice(["left", "center"]), leading=lead,
                                      space_before=lead * 0.5))
            u = Unit("body", p, set_text(p, lang, self.f_body, bs, colw,
                                          ind, True),
                     lead, aidx, space_before=(st["para_gap"] * lead if j else 0))
            body.append(u)
        if end_by:
            body.append(self.unit("byline", end_by, self.f_sans_b if rng.random() < 0.5
                                  else self.f_body, bs, colw, aidx, "right", leading=lead))
        # header height
        hh = sum(u.space_before + u.leading * len(u.lines) for u in head_units) + 3
        ph = 0.0
        cap_unit = None
        photo_h = min(width * rng.uniform(0.3, 0.6), st["h"] * 0.25)
        if photo:
            ph = photo_h
            cap = self.tr(rng.choice({
                "zh": ["图为现场。（资料图片）", "现场画面。新华社发", "图为活动现场。（本报记者 摄）"],
                "en": ["The scene on Tuesday. (File photo)", "Rescue workers at the site. (AP)"],
                "fr": ["Sur les lieux, mardi. (Photo d'archives)", "Les secours sur place."],
                "de": ["Der Ort des Geschehens. (Archivbild)", "Einsatzkräfte vor Ort. (dpa)"],
            }[self.base]))
            cap_unit = self.unit("caption", cap, self.f_ital, bs * 0.85, width, aidx)
            ph += 2 + cap_unit.leading * len(cap_unit.lines) + 3
        avail = bottom - y0 - hh - ph
        if avail < lead * 3:
            self.texts.append(self.last)  # back to the pool for a later, larger slot
            return None
        flow = self.flow(body, span, avail)
        while flow is None and len(body) > 1:
            # drop the last paragraph (and a subhead left without text) and say where it went
            body.pop()
            while body and body[-1].role in ("subhead", "byline"):
                body.pop()
            flow = self.flow(body, span, avail - lead * 1.2)
            if flow is not None:
                self.jump_pending = True
        if flow is None:
            self.texts.append(self.last)
            return None
        jumped = getattr(self, "jump_pending", False)
        self.jump_pending = False
        # draw
        y = y0
        for u in head_units:
            # a head set as running text keeps to the first column, as its lines were set
            plain_set = plain and u.role in ("kicker", "subtitle")
            y = self.draw_unit(u, x, y, colw if plain_set else width, ci)
            self.units.append(u)
        y += 3
        if photo and cap_unit:
            self.pg.draw_rect(pymupdf.Rect(x, y, x + width, y + photo_h), color=(0.4, 0.4, 0.4),
                              fill=(0.82, 0.82, 0.82), width=0.5)
            y += photo_h + 2
            y = self.draw_unit(cap_unit, x, y, width, ci) + 3
            self.units.append(cap_unit)
            self.captions.append(cap_unit.text)
        ymax = y
        for (u, li, c, yy) in flow:
            self.draw_line(u, u.lines[li], boxes[c][0], y + yy, colw, ci + c)
            ymax = max(ymax, y + yy + u.leading)
        seen = set()
        for (u, _, _, _) in flow:
            if id(u) not in seen:
                seen.add(id(u))
                self.units.append(u)
        printed = [u for u in body]
        gold["paragraphs"] = [u.text for u in printed if u.role == "body"]
        if any(u.role == "subhead" for u in printed):
            gold["section_subheads"] = [u.text for u in printed if u.role == "subhead"]
        if end_by and not any(u.role == "byline" for u in printed):
            gold.pop("byline", None)
        if jumped and rng.random() < st["jump_p"] + 0.3:
            pg = rng.randint(2, 20)
            jt = self.tr(pools.JUMPS[self.base].format(p=pg if not st["page"][0].isalpha()
                                                       else f"{st['page'][0]}{pg}"))
            ju = self.unit("jump", jt, self.f_ital, bs * 0.9, colw, aidx, "right")
            ymax = self.draw_unit(ju, boxes[-1][0], ymax, colw, ci + span - 1)
            self.units.append(ju)
            self.furniture.append(jt)
        self.articles.append(gold)
        return ymax - y0

    def flow(self, body: list[Unit], k: int, avail: float) -> list[tuple[Unit, int, int, float]] | None:
        """Balanced columns: (unit, line, column, y offset) for every body line, or None
        when the text does not fit in k columns of height avail."""
        items: list[tuple[Unit, int, float, float]] = []  # unit, line, space before, height
        for u in body:
            for li in range(len(u.lines)):
                items.append((u, li, u.space_before if li == 0 else 0.0, u.leading))
        total = sum(s + h for _, _, s, h in items)
        target = total / k
        for extra in range(0, 40):
            cap = min(avail, target + extra * (items[0][3] if items else 1))
            out = []
            c, yy = 0, 0.0
            ok = True
            for n, (u, li, sb, h) in enumerate(items):
                need = (sb if yy > 0 else 0) + h
                keep = u.role == "subhead" and n + 1 < len(items)
                if yy + need + (items[n + 1][3] if keep else 0) > cap + 0.01 and yy > 0:
                    c += 1
                    yy = 0.0
                    need = h
                    if c >= k:
                        ok = False
                        break
                if yy + need > avail + 0.01:
                    ok = False
                    break
                out.append((u, li, c, yy + (need - h)))
                yy += need
            if ok:
                return out
            if cap >= avail:
                return None
        return None

    # briefs, notices, tables, verse ----------------------------------------------------

    def briefs(self, ci: int, span: int, y0: float, bottom: float) -> float | None:
        st, rng, lang = self.st, self.rng, self.lang
        x, width = self.cols[ci][0], sum(w for _, w in self.cols[ci:ci + span]) + (span - 1) * st["gutter"]
        bs, lead = st["body_size"], st["leading"]
        if self.old:  # unmarked items under a label
            label, marker = rng.choice(pools.OLD_BRIEFS_LABEL[lang]), ""
        else:
            label = self.tr(rng.choice(pools.BRIEFS_LABEL[self.base]))
            marker = rng.choice(["△", "■", "●", "▲", "◆"] if is_cjk(lang) else ["■", "•", "▶", ""])
        lab = self.unit("brief_label", label, self.f_sans_b, bs * 1.1, width)
        y = y0 + lab.leading * len(lab.lines) + 3
        placed: list[tuple[Unit, Unit, dict[str, Any]]] = []
        for _ in range(rng.randint(2, 5)):
            t = self.next_text()
            if t is None:
                break
            sents = sentences(t["paragraphs"][0], lang)
            text = "".join(sents[:2]) if is_cjk(lang) else " ".join(sents[:2])
            head = f"{marker} {t['title']}".strip() if marker else t["title"]
            hu = self.unit("brief_item", head, self.f_head if self.old else self.f_sans_b, bs, width,
                           len(self.articles) + len(placed))
            bu = Unit("body", text, set_text(text, lang, self.f_body, bs, width,
                                             st["indent"] * bs, True), lead,
                      len(self.articles) + len(placed))
            h = hu.leading * len(hu.lines) + lead * len(bu.lines) + 3
            if y + h > bottom:
                self.texts.append(self.last)
                break
            placed.append((hu, bu, {"headline": t["title"], "paragraphs": [text]}))
            y += h
        if not placed:
            return None
        y = self.draw_unit(lab, x, y0, width, ci)
        self.units.append(lab)
        self.furniture.append(label)
        self.rule(x, y + 1, x + width, y + 1, 0.8)
        y += 3
        for hu, bu, g in placed:
            y = self.draw_unit(hu, x, y, width, ci)
            y = self.draw_unit(bu, x, y, width, ci) + 3
            self.units += [hu, bu]
            self.articles.append(g)
        return y - y0

    def lists(self, ci: int, span: int, y0: float, bottom: float) -> float | None:
        return lists.draw(self, ci, span, y0, bottom)

    def notice(self, ci: int, span: int, y0: float, bottom: float) -> float | None:
        st, rng = self.st, self.rng
        x, width = self.cols[ci][0], sum(w for _, w in self.cols[ci:ci + span]) + (span - 1) * st["gutter"]
        ad = rng.choice(pools.OLD_ADS["untouched" if self.held else "train"][self.base]
                        if self.old else pools.ADS[self.base])
        lines = [self.tr(s) for s in pools.ad_lines(ad)]
        bs = st["body_size"]
        units = [self.unit("ad", s, self.f_head if k == 0 else self.f_body if self.old else self.f_sans,
                           bs * (1.5 if k == 0 else 0.95), width - 8, align="center")
                 for k, s in enumerate(lines)]
        h = sum(u.leading * len(u.lines) for u in units) + 10
        if y0 + h > bottom:
            return None
        self.pg.draw_rect(pymupdf.Rect(x, y0, x + width, y0 + h), width=1.0)
        y = y0 + 5
        for u in units:
            y = self.draw_unit(u, x + 4, y, width - 8, ci)
            self.units.append(u)
        # numbered after the page's articles (see compose): a notice is an article of kind
        # advertisement, as in the hand gold, without renumbering the articles before it
        self.ads.append((ad, units))
        return h

    def table(self, ci: int, span: int, y0: float, bottom: float) -> float | None:
        st, rng = self.st, self.rng
        b = self.base
        x, width = self.cols[ci][0], sum(w for _, w in self.cols[ci:ci + span]) + (span - 1) * st["gutter"]
        bs = st["body_size"] * 0.95
        cities = rng.sample(pools.CITIES[b], rng.randint(3, 6))
        rows = [[self.tr(c), self.tr(rng.choice(pools.WEATHER_WORDS[b])),
                 f"{rng.randint(-5, 15)}～{rng.randint(16, 34)}℃" if b == "zh"
                 else f"{rng.randint(-5, 15)}/{rng.randint(16, 34)}°"] for c in cities]
        title = self.unit("table", self.tr(pools.TABLE_TITLE[b]), self.f_sans_b, bs * 1.1, width)
        lead = bs * 1.3
        h = title.leading * len(title.lines) + lead * len(rows) + 4
        if y0 + h > bottom:
            return None
        y = self.draw_unit(title, x, y0, width, ci)
        self.units.append(title)
        self.rule(x, y + 1, x + width, y + 1, 0.5)
        y += 3
        f = font(self.f_sans)
        cx = [0.0, width * 0.45, width * 0.78]
        for r in rows:
            u = Unit("table", "  ".join(r), [], lead)
            for c, cell in enumerate(r):
                self.show(x + cx[c], y + bs * 0.88, cell, f, bs)
            u.placed.append((u.text, [round(x, 1), round(y, 1), round(x + width, 1),
                                      round(y + lead, 1), ci]))
            self.units.append(u)
            self.tables.append(u.text)
            y += lead
        return y - y0 + 2

    def verse(self, ci: int, span: int, y0: float, bottom: float) -> float | None:
        st, rng, lang = self.st, self.rng, self.lang
        x, width = self.cols[ci][0], self.cols[ci][1]
        title, author, stanzas = rng.choice(pools.VERSE[self.base])
        title, author = self.tr(title), self.tr(author)
        stanzas = [[self.tr(s) for s in st_] for st_ in stanzas]
        bs, lead = st["body_size"], st["leading"]
        aidx = len(self.articles)
        units = [self.unit("headline", title, self.f_head, bs * 1.5, width, aidx, "center"),
                 self.unit("byline", author, self.f_ital, bs, width, aidx, "center")]
        for stz in stanzas:
            for k, line in enumerate(stz):
                units.append(self.unit("verse", line, self.f_ital, bs, width - bs, aidx,
                                       "left", leading=lead, space_before=lead * 0.5 if k == 0 else 0))
        h = sum(u.space_before + u.leading * len(u.lines) for u in units) + 4
        if y0 + h > bottom:
            return None
        y = y0
        for u in units:
            y = self.draw_unit(u, x + (bs if u.role == "verse" else 0), y, width, ci)
            self.units.append(u)
        self.articles.append({"headline": title, "byline": author,
                              "paragraphs": ["\n".join(s) for s in stanzas]})
        return y - y0 + 4

    # the page ------------------------------------------------------------------------------

    def fill(self) -> None:
        st, rng = self.st, self.rng
        top = self.head()
        bottom = self.foot()
        n = st["ncols"]
        tops = [top] * n
        closed = [False] * n
        first = True
        for _ in range(80):
            open_ = [i for i in range(n) if not closed[i]]
            if not open_:
                break
            ci = min(open_, key=lambda i: (tops[i], i))
            run = 1
            while ci + run < n and not closed[ci + run] and abs(tops[ci + run] - tops[ci]) < 2:
                run += 1
            if self.old:
                # most stories of the time ran down one column; a lead story over two
                # or three (balanced over eight, its columns would be two lines deep)
                span = min(run, rng.choice([2, 3])) if first and st["front"] else rng.choice(
                    [s for s in (1, 1, 1, 1, 2, 3) if s <= run] or [1])
            else:
                span = run if (first and st["front"]) else rng.choice(
                    [s for s in (1, 1, 2, 2, 3, 4) if s <= run] or [1])
            if first and not st["front"] and run >= 2 and rng.random() < 0.5 and not self.old:
                span = min(run, rng.choice([2, 3, 4]))
            y0 = max(tops[ci:ci + span])
            r = rng.random()
            kinds = [("briefs", st["briefs_p"]), ("notice", st["ad_p"]),
                     ("table", st["table_p"]), ("verse", st["verse_p"]),
                     ("lists", SETS[st["set"]].get("list_blocks", 0.0))]
            kind = "article"
            acc = 0.0
            for k, p in kinds:
                acc += p
                if r < acc and not first:
                    kind = k
                    break
            # at most one table and one poem a page, three notices: when the text runs
            # out, the rest of a column stays white rather than a wall of ads
            if self.count.get(kind, 0) >= MAX_PER_PAGE.get(kind, 99):
                kind = "article"
            h = getattr(self, kind)(ci, span, y0, bottom)
            if h is None and kind != "article":
                kind = "article"
                h = self.article(ci, span, y0, bottom)
            if h is None and bottom - y0 > 40 and self.count.get("notice", 0) < 3:
                kind = "notice"
                h = self.notice(ci, span, y0, bottom)
            if h is not None:
                self.count[kind] = self.count.get(kind, 0) + 1
            if h is None:
                for c in range(ci, ci + span):
                    closed[c] = True
                continue
            first = False
            yb = y0 + h + 4
            self.spans.append((ci, span, y0, yb))
            x0 = self.cols[ci][0]
            x1 = self.cols[ci + span - 1][0] + self.cols[ci + span - 1][1]
            if yb + 20 < bottom:
                self.rule(x0, yb - 1.5, x1, yb - 1.5, 0.5)
            for c in range(ci, ci + span):
                tops[c] = yb + 3
        if self.old and self.spans:
            bottom = min(bottom, max(y1 for *_, y1 in self.spans))
        if st.get("column_rules"):
            self.column_rules(top, bottom)
        self.tw.write_text(self.pg)
        if self.old:
            # an excerpt ends below its lowest module: the text pools of some languages
            # fill only part of a sheet, and a real excerpt has no empty foot (the box is
            # in PDF space, y upwards: the top of the sheet is kept)
            self.pg.set_mediabox(pymupdf.Rect(0, st["h"] - bottom - st["margin"], st["w"], st["h"]))
        if getattr(self, "footer_unit", None):
            self.units.append(self.footer_unit)


    def column_rules(self, top: float, bottom: float) -> None:
        """Vertical rules down the gutters, broken where a module spans the gutter (a
        headline set over two columns interrupts the rule between them)."""
        st = self.st
        for g in range(st["ncols"] - 1):
            gx = self.cols[g][0] + self.cols[g][1] + st["gutter"] / 2
            y = top
            for _, _, y0, y1 in sorted(m for m in self.spans if m[0] <= g < m[0] + m[1] - 1):
                if y0 - 2 > y:
                    self.rule(gx, y, gx, y0 - 2, 0.4)
                y = max(y, y1)
            if bottom > y:
                self.rule(gx, y, gx, bottom, 0.4)


#: A ToUnicode entry of one glyph that reads as the soft hyphen.
SOFT_HYPHEN_ENTRY = re.compile(r"(?m)^(<[0-9A-Fa-f]+>)\s+<00[Aa][Dd]>\s*$")


def hyphen_is_hyphen(doc: pymupdf.Document) -> None:
    """MuPDF writes each font's ToUnicode from the glyph back to one code point, and the
    fonts share one glyph between U+002D and U+00AD: every printed hyphen read back as a
    soft hyphen, which extractors print and cleaners rightly drop (`VV-Vorsitzende` ->
    `VVVorsitzende`). The page prints a hyphen, so its text says one."""
    for xref in range(1, doc.xref_length()):
        kind, value = doc.xref_get_key(xref, "ToUnicode")
        if kind != "xref":
            continue
        cmap_xref = int(value.split()[0])
        cmap = doc.xref_stream(cmap_xref).decode("latin-1")
        fixed = SOFT_HYPHEN_ENTRY.sub(r"\1 <002D>", cmap)
        if fixed != cmap:
            doc.update_stream(cmap_xref, fixed.encode("latin-1"))


def compose(st: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The page: PDF bytes, the units in reading order, and the gold's parts."""
    c = Composer(st, rng)
    c.fill()
    for ad, ad_units in c.ads:
        for u in ad_units:
            u.article = len(c.articles)
        c.articles.append(pools.ad_article(ad, st["trad_cfg"] if st["lang"] == "zh_trad" else "",
                                           is_cjk(st["lang"])))
    c.doc.subset_fonts()
    hyphen_is_hyphen(c.doc)
    pdf = c.doc.tobytes(garbage=3, deflate=True)
    units = [{"role": u.role, "text": u.text, "article": u.article,
              "lines": [{"text": t, "bbox": b[:4], "col": b[4]} for t, b in u.placed]}
             for u in c.units]
    return {"pdf": pdf, "units": units, "articles": c.articles, "furniture": c.furniture,
            "captions": c.captions, "tables": c.tables}
