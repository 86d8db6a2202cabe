"""Blocks of short items run in as one paragraph: a contents box, notes, prices, results.

Papers set several kinds of block as a run of short items, each closed by a full stop (or
a dash), one after another in one justified paragraph: a table of contents under
``Inhalt:`` or ``Contents.`` (``Plantagenbetrieb in Usambara. (Mit Karte.) – Die
Erschließung des Innern. Von Leutnant Werther. –``), a column of notes under a label
(``ARIZONA NOTES.``: one sentence of each story), market prices (``Wheat, 92 cents.
Oats, 38 cents.``) and sports results (``Hamburg 3, Bremen 1.``). A line of such a block
often ends at an item's full stop, and the next line opens a new item with a capital,
which reads as a paragraph's end; but the block is one paragraph, and the gold keeps it
so: the contents box as one furniture line after its label, the others as an article of
one paragraph under their label. The join model never saw these blocks in the training
pages and broke them at the stops (docs/model.md, "The join model").

Drawn only on pages of a set with a ``list_blocks`` share (``lists``); the other sets'
pages draw nothing for it and are made as before.
"""

from __future__ import annotations

import random
from typing import Any

import pools

CONTENTS_LABEL = {
    "en": ["Contents.", "CONTENTS.", "In this issue"],
    "fr": ["Sommaire :", "SOMMAIRE.", "Dans ce numéro"],
    "de": ["Inhalt:", "Inhalt.", "In dieser Nummer"],
    "zh": ["本期导读", "今日导读", "本期要目"],
}
#: What a contents item may carry after its title (a map, an author).
CONTENTS_NOTE = {
    "en": ["(With Map.)", "(Illustrated.)", "By {name}."],
    "fr": ["(Avec carte.)", "(Illustré.)", "Par {name}."],
    "de": ["(Mit Karte.)", "(Mit Abbildung.)", "Von {name}."],
}
PAGE_WORD = {"en": "page {n}", "fr": "page {n}", "de": "Seite {n}"}
NOTES_LABEL = {
    "en": ["STATE NOTES.", "LOCAL BREVITIES.", "NEWS NOTES."],
    "fr": ["Nouvelles diverses.", "Échos.", "Informations."],
    "de": ["Lokales.", "Aus Stadt und Land.", "Kleine Chronik."],
    "zh": ["本地短讯", "一句话新闻", "社区动态"],
}
PRICES_LABEL = {
    "en": ["MARKET REPORT.", "Local Markets.", "PRODUCE PRICES."],
    "fr": ["Mercuriale.", "Cours des halles.", "MARCHÉS."],
    "de": ["Marktpreise.", "Getreidemarkt.", "Marktbericht."],
    "zh": ["市场行情", "今日菜价", "农产品价格"],
}
GOODS = {
    "en": ["Wheat", "Corn", "Oats", "Barley", "Butter", "Eggs", "Potatoes", "Hay", "Flour"],
    "fr": ["Blé", "Seigle", "Avoine", "Orge", "Beurre", "Œufs", "Pommes de terre", "Foin"],
    "de": ["Weizen", "Roggen", "Hafer", "Gerste", "Butter", "Eier", "Kartoffeln", "Heu"],
    "zh": ["大米", "面粉", "猪肉", "鸡蛋", "白菜", "食用油", "牛肉", "土豆"],
}
RESULTS_LABEL = {
    "en": ["SPORTS RESULTS.", "Yesterday's Games.", "FOOTBALL SCORES."],
    "fr": ["Résultats sportifs.", "Football.", "LES MATCHES D'HIER."],
    "de": ["Sport.", "Fußball-Ergebnisse.", "Die Spiele vom Sonntag."],
    "zh": ["体育赛果", "昨日比分", "联赛战报"],
}


def price(rng: random.Random, base: str) -> str:
    """A price as the language's markets quote one."""
    if base == "en":
        return rng.choice([f"{rng.randint(20, 99)} cents", f"${rng.randint(1, 9)}.{rng.randint(0, 99):02d}"])
    if base == "fr":
        return f"{rng.randint(8, 40)} fr. {rng.choice([0, 25, 50, 75]):02d}"
    if base == "de":
        return f"{rng.randint(5, 30)},{rng.choice([0, 25, 50, 75]):02d} Mk."
    return f"每公斤{rng.randint(2, 60)}.{rng.randint(0, 9)}元"


def cities(c: Any) -> list[str]:
    return pools.OLD_CITIES[c.base] if c.old and c.base in pools.OLD_CITIES else pools.CITIES[c.base]


def spare_titles(c: Any, n: int) -> list[str]:
    """The titles of ``n`` articles not printed on the page (they leave its pool)."""
    titles = []
    while len(titles) < n and len(c.texts) > 3:
        _, art = c.texts.pop(0)
        titles.append(pools.article_text(c.lang, art, c.st["trad_cfg"] or "s2t")["title"].rstrip("。.!?"))
    return titles


def contents(c: Any) -> tuple[str, str] | None:
    """A table of contents: the titles of other stories, each closed by a full stop, some
    with a note (a map, an author) or the page they are on, run in with dashes."""
    rng, b = c.rng, c.base
    titles = spare_titles(c, rng.randint(4, 8))
    if len(titles) < 3:
        return None
    if b == "zh":
        items = [f"{t}（{rng.randint(2, 16)}版）" for t in titles]
        return rng.choice(CONTENTS_LABEL[b]), rng.choice(["", "　", "；"]).join(items)
    dash = rng.choice([" – ", " — ", " "]) if c.old else rng.choice([" ", " – "])
    items = []
    for t in titles:
        item = f"{t}."
        if rng.random() < 0.4:
            note = rng.choice(CONTENTS_NOTE[b]).format(name=rng.choice(pools.NAMES[b]))
            item += f" {note}"
        elif not c.old and rng.random() < 0.5:
            item = f"{t}, {PAGE_WORD[b].format(n=rng.randint(2, 24))}."
        items.append(item)
    return rng.choice(CONTENTS_LABEL[b]), dash.join(items)


def notes(c: Any) -> tuple[str, str] | None:
    """A column of notes: the first sentence of each of several other stories."""
    from compose import is_cjk, sentences

    rng, lang = c.rng, c.lang
    cjk = is_cjk(lang)
    said: list[str] = []
    want = rng.randint(4, 7)
    while len(said) < want and len(c.texts) > 3:
        _, art = c.texts.pop(0)
        t = pools.article_text(lang, art, c.st["trad_cfg"] or "s2t")
        first = sentences(t["paragraphs"][0], lang)[0].strip()
        if 20 <= len(first) <= (60 if cjk else 200) and first[-1] in ".。":
            said.append(first)
    if len(said) < 3:
        return None
    joint = "" if cjk else rng.choice([" ", " ", " — "] if c.old else [" "])
    return rng.choice(NOTES_LABEL[c.base]), joint.join(said)


def prices(c: Any) -> tuple[str, str] | None:
    rng, b = c.rng, c.base
    goods = rng.sample(GOODS[b], rng.randint(4, len(GOODS[b])))
    if b == "zh":
        return rng.choice(PRICES_LABEL[b]), "".join(f"{g}{price(rng, b)}。" for g in goods)
    quoted = [f"{g}, {price(rng, b)}" for g in goods]
    return rng.choice(PRICES_LABEL[b]), " ".join(q if q.endswith(".") else f"{q}." for q in quoted)


def results(c: Any) -> tuple[str, str] | None:
    rng, b = c.rng, c.base
    teams = cities(c)
    games = []
    for _ in range(rng.randint(3, 6)):
        one, two = rng.sample(teams, 2)
        a, z = rng.randint(0, 5), rng.randint(0, 5)
        games.append(f"{one}{a}比{z}{two}。" if b == "zh" else f"{one} {a}, {two} {z}.")
    return rng.choice(RESULTS_LABEL[b]), ("" if b == "zh" else " ").join(games)


KINDS = {"contents": contents, "notes": notes, "prices": prices, "results": results}


def draw(c: Any, ci: int, span: int, y0: float, bottom: float) -> float | None:
    """One block of items run in under its label, in ``span`` columns from ``y0``; its
    height, or None where it does not fit (nothing is drawn then)."""
    from compose import Unit, set_text

    st, rng = c.st, c.rng
    kind = rng.choice(sorted(KINDS))
    made = KINDS[kind](c)
    if made is None:
        return None
    label, text = (c.tr(s) for s in made)
    x = c.cols[ci][0]
    width = sum(w for _, w in c.cols[ci:ci + span]) + (span - 1) * st["gutter"]
    bs, lead = st["body_size"], st["leading"]
    article = None if kind == "contents" else len(c.articles)
    role = "furniture" if article is None else "headline"
    head_font = c.f_head if c.old else c.f_sans_b
    lab = c.unit(role, label, head_font, bs * (1.2 if c.old else 1.1), width, article,
                 "center" if c.old else "left")
    body = Unit(role if article is None else "body", text,
                set_text(text, c.lang, c.f_body, bs, width, st["indent"] * bs, True), lead, article)
    if y0 + lab.leading * len(lab.lines) + lead * len(body.lines) + 4 > bottom:
        return None
    y = c.draw_unit(lab, x, y0, width, ci) + 2
    y = c.draw_unit(body, x, y, width, ci)
    c.units += [lab, body]
    if article is None:
        c.furniture += [label, text]
    else:
        c.articles.append({"headline": label, "paragraphs": [text]})
    return y - y0 + 2
