#!/usr/bin/env python3
"""Compose newspaper pages from real news text, print them to PDF, extract their text.

    python3 tools/pagegen/pagegen.py [--set heldout|fresh] [--out DIR] [--only NAME ...] [--keep]

--set heldout (default) makes the pages of pages.py into fixtures/heldout; --set fresh
makes those of pages_fresh.py (a second set, made after the rules were written) into
fixtures/heldout-fresh. Neither set touches the other.

For every page in pages.py: the page is set as HTML/CSS (a grid of N columns; every
article spans some of them and flows its body in CSS columns, justified), printed to PDF
by headless Chromium, and the PDF's text is taken out with poppler's `pdftotext` (default
mode) and/or pdfminer.six's `extract_text` (default LAParams). raw/<name>_<extractor>.txt
is that text byte for byte; gold/<name>_<extractor>.json is written from the composition
(what was set, not what came out), in the format tools/score.py reads.

English body text is hyphenated the way a typesetter would: pyphen proposes break points,
Chromium breaks lines at them, and a script in the page then keeps a visible hyphen only
where a line really broke (Chromium's PDF would otherwise keep every soft hyphen in the
text layer, which no real PDF does). A second Chromium run (--dump-dom) checks that every
kept hyphen still ends a line.

Tool-only dependencies (tools/pagegen/requirements.txt): pdfminer.six, pyphen; opencc
(already a newsclean dependency) for the Traditional page. System: chromium, pdftotext
(poppler-utils), fonts-wqy-microhei, fonts-liberation, fonts-dejavu.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from pages import PAGES  # noqa: E402
from pages_fresh import FRESH_PAGES  # noqa: E402
from texts_en import TEXTS  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHY = "\u00ad"

# Keeps a hyphen only where Chromium broke a line at a soft hyphen; drops the others.
HYPHEN_JS = r"""
<script>
(function(){
  const SHY='\u00ad';
  function rect(n,i){const r=document.createRange();r.setStart(n,i);r.setEnd(n,i+1);
    const rs=r.getClientRects();return rs.length?rs[0]:null;}
  // Does the line break right after character i? The first character after a soft
  // break is reported at the end of the line before, so look at the next few letters up to
  // the next break opportunity: if one of them sits lower, the line broke at i.
  function endsLine(n,i){ const t=n.nodeValue; const a=rect(n,i-1); if(!a) return false;
    for(let j=i+1, k=0; j<t.length && k<3; j++){ const ch=t[j];
      if(ch===SHY || ch==='-' || /\s/.test(ch)) break; k++; const b=rect(n,j);
      if(b && b.top>a.top+a.height*0.5) return true; }
    return false; }
  function brokenAfter(n,i){ return endsLine(n,i); }
  const nodes=[]; const w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);
  while(w.nextNode()) if(w.currentNode.nodeValue.indexOf(SHY)>=0) nodes.push(w.currentNode);
  const keep=new Map();
  for(const n of nodes){const s=new Set();const t=n.nodeValue;
    for(let i=1;i<t.length;i++) if(t[i]===SHY && brokenAfter(n,i)) s.add(i); keep.set(n,s);}
  const planted=[];
  for(const n of nodes){const t=n.nodeValue;const s=keep.get(n);let out='';const at=[];
    for(let i=0;i<t.length;i++){ if(t[i]===SHY){ if(s.has(i)){ at.push(out.length); out+='-'; } }
      else out+=t[i]; }
    n.nodeValue=out; for(const k of at) planted.push([n,k]);}
  // check: every planted hyphen must still end a line; where one does not (Chromium
  // will not break after every hyphen it would break at as a soft one), take it out again
  // and look again, as that can move the lines after it.
  let live=planted.slice(); let bad=0; const badp=[];
  for(let round=0; round<8; round++){
    const stay=[], out=[];
    for(const p of live){ (endsLine(p[0],p[1])?stay:out).push(p); }
    if(!out.length) break;
    out.sort((x,y)=> x[0]===y[0] ? y[1]-x[1] : 0);  // later positions first within a node
    for(const [n,k] of out){ const t=n.nodeValue;
      const L=t.slice(0,k).match(/[A-Za-z]+$/), R=t.slice(k+1).match(/^[A-Za-z]+/);
      badp.push((L?L[0]:'')+'|'+(R?R[0]:''));
      n.nodeValue=t.slice(0,k)+t.slice(k+1);
      for(const q of stay) if(q[0]===n && q[1]>k) q[1]-=1; }
    live=stay; }
  const pairs=[];
  for(const [n,k] of live){ const t=n.nodeValue;
    const L=t.slice(0,k).match(/[A-Za-z]+$/), R=t.slice(k+1).match(/^[A-Za-z]+/);
    pairs.push((L?L[0]:'')+'|'+(R?R[0]:'')); if(!endsLine(n,k)) bad++; }
  planted.length=0; for(const p of live) planted.push(p);
  document.body.setAttribute('data-planted', String(planted.length));
  document.body.setAttribute('data-planted-bad', String(bad));
  document.body.setAttribute('data-planted-pairs', pairs.join(' '));
  document.body.setAttribute('data-planted-badpairs', badp.join(' '));
  document.body.setAttribute('data-planted-dropped', String(badp.length));
})();
</script>
"""


# ----------------------------------------------------------------------------- text

def zh_source(ref: str) -> dict:
    """'goldfile#index' -> that article of a Chinese dev gold (fixtures/gold)."""
    fname, idx = ref.split("#")
    g = json.loads((ROOT / "fixtures" / "gold" / f"{fname}.json").read_text(encoding="utf-8"))
    a = g["articles"][int(idx)]
    return {"title": a["headline"], "paragraphs": list(a["paragraphs"]),
            "url": f"fixtures/gold/{fname}.json, article {idx}", "licence": "see fixtures/SOURCES.md"}


def to_traditional(s: str) -> str:
    import opencc  # newsclean's own dependency; in the worktree's .venv

    conv = to_traditional.__dict__.setdefault("c", opencc.OpenCC("s2t"))
    out = conv.convert(s)
    return out.replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")


_pyphen = None


def hyphenate(text: str) -> str:
    """Soft hyphens at pyphen's break points in words of 7+ letters."""
    global _pyphen
    if _pyphen is None:
        import pyphen

        _pyphen = pyphen.Pyphen(lang="en_US", left=2, right=3)

    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        return _pyphen.inserted(w, hyphen=SHY) if len(w) >= 7 else w

    return re.sub(r"[A-Za-z]+", one, text)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ----------------------------------------------------------------------------- compose

def resolve(art: dict, lang: str, trad: bool) -> dict:
    """The article as printed: headline group, byline, paragraphs (plain), subheads."""
    src = TEXTS[art["text"]] if art["text"] in TEXTS else zh_source(art["text"])
    paras = list(src["paragraphs"])
    if "paras" in art:  # a slice of the source's paragraphs
        a, b = art["paras"]
        paras = paras[a:b]
    if art.get("dateline"):
        paras[0] = art["dateline"] + paras[0]
    head = art.get("headline", src["title"])
    out = {k: art[k] for k in ("kicker", "subtitle", "byline") if art.get(k)}
    out["headline"] = head
    if trad:
        out = {k: to_traditional(v) for k, v in out.items()}
        paras = [to_traditional(p) for p in paras]
    out["paragraphs"] = paras
    subs = dict(art.get("subheads", {}))  # index of the paragraph it stands before -> text
    if trad:
        subs = {k: to_traditional(v) for k, v in subs.items()}
    out["_subheads"] = {int(k): v for k, v in subs.items()}
    return out


def article_html(art: dict, r: dict, lang: str) -> str:
    span = art.get("span", 1)
    cols = art.get("cols", span)
    cls = ["art"] + art.get("classes", [])
    h = [f'<article class="{" ".join(cls)}" style="grid-column: span {span}">']
    hg = art.get("headsize", "")
    h.append(f'<header class="hg {hg}">')
    if r.get("kicker"):
        h.append(f'<div class="kicker">{esc(r["kicker"])}</div>')
    h.append(f'<h1>{esc(r["headline"])}</h1>')
    if r.get("subtitle"):
        h.append(f'<h2 class="deck">{esc(r["subtitle"])}</h2>')
    if r.get("byline") and art.get("byline_pos", "top") == "top":
        h.append(f'<div class="byline">{esc(r["byline"])}</div>')
    h.append("</header>")
    if art.get("caption"):
        h.append(f'<figure class="photo" style="height:{art.get("photo_h", 38)}mm"></figure>'
                 f'<figcaption>{esc(art["caption"])}</figcaption>')
    h.append(f'<div class="body" style="column-count:{cols}">')
    for i, p in enumerate(r["paragraphs"]):
        if i in r["_subheads"]:
            h.append(f'<h3 class="subhead">{esc(r["_subheads"][i])}</h3>')
        text = hyphenate(p) if lang == "en" else p
        pc = ' class="lead"' if (i == 0 and art.get("lead_bold")) else ""
        runin = ""
        if i == 0 and r.get("byline") and art.get("byline_pos") == "runin":
            runin = f'<b class="runin">{esc(r["byline"])}</b>'
        h.append(f"<p{pc}>{runin}{esc(text)}</p>")
    if r.get("byline") and art.get("byline_pos") == "end":
        h.append(f'<div class="byline-end">{esc(r["byline"])}</div>')
    h.append("</div></article>")
    return "\n".join(h)


CSS = """
@page { size: %(w)smm %(h)smm; margin: %(m)smm; }
* { box-sizing: border-box; }
body { margin: 0; width: %(cw)smm; font-family: %(body)s; font-size: %(fs)spt; line-height: 1.22; color: #111; }
.mast { border-bottom: 2px solid #111; margin-bottom: 3mm; }
.mast .paper { font-family: %(mastfont)s; font-size: %(mastsize)spt; font-weight: bold;
  text-align: center; letter-spacing: 0.5px; }
.mast .line { display: flex; justify-content: space-between; font-family: %(sans)s;
  font-size: 8pt; border-top: 1px solid #111; padding: 1mm 0; }
.mast .line.top { border-top: none; border-bottom: 1px solid #111; }
.row { display: grid; grid-template-columns: repeat(%(n)s, 1fr); column-gap: %(gap)smm;
  border-bottom: 1px solid #777; padding-bottom: 2.5mm; margin-bottom: 2.5mm; }
.art { min-width: 0; }
.hg h1 { font-family: %(head)s; font-size: %(hs)spt; line-height: 1.08; margin: 0 0 1.2mm 0; }
.hg.big h1 { font-size: %(hsbig)spt; }
.hg.small h1 { font-size: %(hssmall)spt; }
.kicker { font-family: %(sans)s; font-size: 8.5pt; font-weight: bold; text-transform: %(kickcase)s;
  color: #333; margin-bottom: 0.8mm; }
.deck { font-family: %(head)s; font-size: %(ds)spt; font-weight: normal; font-style: %(deckstyle)s;
  margin: 0 0 1.2mm 0; line-height: 1.15; }
.byline { font-family: %(sans)s; font-size: 8pt; font-weight: bold; margin: 0.5mm 0 1.5mm 0; }
.byline-end { text-align: right; font-size: %(fs)spt; margin-top: 1mm; }
.body { column-gap: %(gap)smm; column-fill: balance; text-align: justify; }
.body p { margin: 0; text-indent: %(indent)s; }
.body p + p { margin-top: %(pgap)s; }
.body p.lead { font-weight: bold; font-size: %(leadfs)spt; text-indent: 0; }
.subhead { font-family: %(sans)s; font-size: %(fs)spt; font-weight: bold; margin: 1.5mm 0 0.8mm 0;
  break-after: avoid; text-align: %(subalign)s; }
figure.photo { margin: 0 0 1mm 0; background: #bbb; border: 1px solid #666; }
figcaption { font-family: %(sans)s; font-size: 7.5pt; font-style: italic; margin-bottom: 1.5mm; }
.briefs-label { font-family: %(sans)s; font-weight: bold; font-size: 9pt; border-bottom: 1px solid #111;
  margin-bottom: 1mm; }
.brief .hg h1 { font-size: %(hsbrief)spt; }
.stack > .art + .art { border-top: 1px solid #999; margin-top: 2mm; padding-top: 1.5mm; }
.foot { font-family: %(sans)s; font-size: 7pt; border-top: 1px solid #111; padding-top: 1mm;
  display: flex; justify-content: space-between; }
"""

STYLE_DEFAULTS = {
    "w": 300, "h": 430, "m": 10, "body": '"Liberation Serif"', "fs": 9.2, "head": '"DejaVu Serif"',
    "sans": '"Liberation Sans"', "mastfont": '"DejaVu Serif"', "mastsize": 34, "n": 5, "gap": 4,
    "hs": 17, "hsbig": 26, "hssmall": 13, "hsbrief": 10.5, "ds": 11.5, "deckstyle": "italic",
    "kickcase": "uppercase", "indent": "1.2em", "pgap": "0", "leadfs": 10, "subalign": "left",
}


def page_html(page: dict) -> tuple[str, list[dict], list[str]]:
    """HTML of the page, its articles as printed (gold order), its furniture lines."""
    lang = page["lang"]
    trad = page.get("trad", False)
    st = dict(STYLE_DEFAULTS)
    st.update(page.get("style", {}))
    st["n"] = page["columns"]
    st["cw"] = st["w"] - 2 * st["m"]  # fixed width: screen layout (the script) = print layout
    page["_window"] = f"{int(st['cw'] * 96 / 25.4) + 40},{int(st['h'] * 96 / 25.4)}"
    css = CSS % st
    body: list[str] = []
    furniture: list[str] = []
    m = page["masthead"]
    body.append('<div class="mast">')
    if m.get("top"):
        body.append('<div class="line top">' + "".join(f"<span>{esc(x)}</span>" for x in m["top"])
                    + "</div>")
        furniture += m["top"]
    if m.get("paper"):
        body.append(f'<div class="paper">{esc(m["paper"])}</div>')
        furniture.append(m["paper"])
    if m.get("line"):
        body.append('<div class="line">' + "".join(f"<span>{esc(x)}</span>" for x in m["line"])
                    + "</div>")
        furniture += m["line"]
    body.append("</div>")
    printed: list[dict] = []
    captions: list[str] = []
    for row in page["rows"]:
        body.append('<div class="row">')
        for slot in row:
            if slot.get("stack"):  # several short items stacked in one column run
                body.append(f'<div class="stack" style="grid-column: span {slot.get("span", 1)}">')
                if slot.get("label"):
                    body.append(f'<div class="briefs-label">{esc(slot["label"])}</div>')
                    furniture.append(slot["label"])
                for art in slot["stack"]:
                    art = {**art, "span": 1, "cols": slot.get("cols", 1)}
                    art.setdefault("headsize", "small")
                    art["classes"] = art.get("classes", []) + ["brief"]
                    r = resolve(art, lang, trad)
                    body.append(article_html(art, r, lang))
                    printed.append(r)
                body.append("</div>")
            else:
                r = resolve(slot, lang, trad)
                body.append(article_html(slot, r, lang))
                printed.append(r)
                if slot.get("caption"):
                    captions.append(slot["caption"])
        body.append("</div>")
    if page.get("footer"):
        body.append('<div class="foot">' + "".join(f"<span>{esc(x)}</span>" for x in page["footer"])
                    + "</div>")
        furniture += page["footer"]
    doc = (f'<!DOCTYPE html><html lang="{page.get("html_lang", lang)}"><head><meta charset="utf-8">'
           f"<style>{css}</style></head><body>\n" + "\n".join(body)
           + (HYPHEN_JS if lang == "en" else "") + "\n</body></html>")
    page["_captions"] = captions
    return doc, printed, furniture


# ----------------------------------------------------------------------------- render

def chromium(args: list[str], html_path: Path) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as prof:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", f"--user-data-dir={prof}", *args, html_path.as_uri()]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def render(doc: str, work: Path, name: str, window: str) -> tuple[Path, str]:
    hp = work / f"{name}.html"
    hp.write_text(doc, encoding="utf-8")
    pdf = work / f"{name}.pdf"
    p = chromium([f"--window-size={window}", f"--print-to-pdf={pdf}", "--no-pdf-header-footer"], hp)
    if not pdf.exists():
        raise SystemExit(f"chromium made no PDF for {name}: {p.stderr[-500:]}")
    dom = chromium([f"--window-size={window}", "--dump-dom"], hp).stdout
    return pdf, dom


def extract(pdf: Path, how: str) -> str:
    if how == "pdftotext":
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                              text=True, encoding="utf-8").stdout
    if how == "pdfminer":
        import logging

        from pdfminer.high_level import extract_text

        logging.getLogger("pdfminer").setLevel(logging.ERROR)  # FontBBox notes on every page

        return extract_text(str(pdf))
    raise ValueError(how)


# ----------------------------------------------------------------------------- gold

def is_cjk(lang: str) -> bool:
    return lang.startswith("zh")


def joins(raw: str, lang: str) -> tuple[str, list[str]]:
    """(the raw text with only its spacing undone, [the raw text with its line breaks
    undone the ways a reader would undo them as well])."""
    if is_cjk(lang):
        return re.sub(r"[^\S\n]+", "", raw), [re.sub(r"\s+", "", raw)]
    flat = re.sub(r"[ \t]+", " ", raw)
    a = re.sub(r" ?\n+ ?", " ", re.sub(r"(?<=[A-Za-z])[-\u2010]\n(?=[a-z])", "", flat))
    b = re.sub(r" ?\n+ ?", " ", re.sub(r"(?<=[A-Za-z])([-\u2010])\n(?=[A-Za-z])", r"\1", flat))
    return flat, [a, b]


def fix_checks(printed: list[dict], raw: str, lang: str, n: int = 6) -> dict:
    """must_contain: snippets of the gold text that the raw text breaks across lines."""
    spaced, joined = joins(raw, lang)
    cands: list[str] = []
    for art in printed:
        for p in art["paragraphs"]:
            if is_cjk(lang):
                width = 14
                pos = range(0, max(0, len(p) - width), 5)
                wins = [p[i:i + width] for i in pos]
            else:
                words = p.split(" ")
                wins = [" ".join(words[i:i + 3]) for i in range(0, max(0, len(words) - 3))]
            for wdw in wins:
                if len(wdw) < (10 if is_cjk(lang) else 14):
                    continue
                if wdw in spaced:  # on one line (spacing aside): no line break to repair
                    continue
                if any(wdw in j for j in joined):
                    cands.append(wdw)
    # spread the picks over the page
    picks: list[str] = []
    if cands:
        step = max(1, len(cands) // n)
        picks = cands[::step][:n]
    whole = "\n".join(p for a in printed for p in a["paragraphs"])
    hyph = []  # words the raw text splits with a hyphen at a line end that the gold has whole
    if not is_cjk(lang):
        for m in re.finditer(r"([A-Za-z]{2,})[-\u2010]\n([a-z]{2,})", raw):
            w = m.group(1) + m.group(2)
            ctx = re.search(r"\S+ " + re.escape(w) + r"\b[^ \n]*(?: \S+)?", whole)
            if ctx and f"{m.group(1)}-{m.group(2)}" not in whole:
                hyph.append((m.group(1), m.group(2), ctx.group(0)))
        for _, _, ctx in hyph[:3]:
            if ctx not in picks:
                picks.append(ctx)
    if is_cjk(lang):
        bad = ["�", "， ", "。 ", "、 "]
    else:
        bad = ["�", SHY]
        for left, right, _ in hyph[:3]:
            bad += [f"{left}- {right}", f"{left}-{right}"]
        # word pairs the extractor spread apart with justification spaces
        spread = []
        for m in re.finditer(r"(?<![ \w])([A-Za-z]{3,}) {2,}([A-Za-z]{3,})(?![\w])", raw):
            if f"{m.group(1)} {m.group(2)}" in whole and m.group(0) not in spread:
                spread.append(m.group(0))
        bad += spread[:2]
    return {"must_contain": picks, "must_not_contain": bad}


def gold_of(page: dict, printed: list[dict], furniture: list[str], raw: str, source: str) -> dict:
    arts = []
    for r in printed:
        a: dict = {"headline": r["headline"]}
        for k in ("kicker", "subtitle", "byline"):
            if r.get(k):
                a[k] = r[k]
        if r["_subheads"]:
            a["section_subheads"] = [r["_subheads"][i] for i in sorted(r["_subheads"])]
        a["paragraphs"] = r["paragraphs"]
        arts.append(a)
    for spec_art, a in zip(all_articles(page), arts, strict=True):
        if spec_art.get("dateline"):
            a["dateline"] = spec_art["dateline"].rstrip(" —").strip()
    g = {
        "source": source,
        "kind": "page",
        "metadata": {"paper": page["paper"], "date": page["date"], "page": page["page"]},
        "page_furniture": furniture,
    }
    if page.get("_captions"):
        g["captions"] = page["_captions"]
    g["articles"] = arts
    g["fix_checks"] = fix_checks(printed, raw, page["lang"])
    return g


def all_articles(page: dict) -> list[dict]:
    out = []
    for row in page["rows"]:
        for slot in row:
            out += slot["stack"] if slot.get("stack") else [slot]
    return out


# ----------------------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["heldout", "fresh"], default="heldout",
                    help="which page list: pages.py (heldout) or pages_fresh.py (fresh)")
    ap.add_argument("--out", type=Path, help="default: fixtures/heldout or fixtures/heldout-fresh")
    ap.add_argument("--only", nargs="*", help="page names to make (default: all)")
    ap.add_argument("--keep", type=Path, help="keep HTML and PDF files in this folder")
    a = ap.parse_args()
    pages = FRESH_PAGES if a.set == "fresh" else PAGES
    if a.out is None:
        a.out = ROOT / "fixtures" / ("heldout-fresh" if a.set == "fresh" else "heldout")
    (a.out / "raw").mkdir(parents=True, exist_ok=True)
    (a.out / "gold").mkdir(parents=True, exist_ok=True)
    work = a.keep or Path(tempfile.mkdtemp(prefix="pagegen-"))
    work.mkdir(parents=True, exist_ok=True)
    for page in pages:
        if a.only and page["name"] not in a.only:
            continue
        doc, printed, furniture = page_html(page)
        pdf, dom = render(doc, work, page["name"], page["_window"])
        if page["lang"] == "en":
            m = re.search(r'data-planted="(\d+)" data-planted-bad="(\d+)"', dom)
            if not m:
                raise SystemExit(f"{page['name']}: the hyphenation script did not run")
            if m.group(2) != "0":
                bp = re.search(r'data-planted-badpairs="([^"]*)"', dom)
                raise SystemExit(f"{page['name']}: {m.group(2)} of {m.group(1)} hyphens no longer "
                                 f"end a line: {bp.group(1) if bp else '?'}")
            print(f"{page['name']}: {m.group(1)} line-end hyphens")
        for how in page["extractors"]:
            raw = extract(pdf, how)
            source = f"{page['name']}_{how}.txt"
            (a.out / "raw" / source).write_text(raw, encoding="utf-8")
            g = gold_of(page, printed, furniture, raw, source)
            (a.out / "gold" / f"{page['name']}_{how}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(f"{source}: {len(printed)} articles, {len(raw.splitlines())} lines, "
                  f"{len(g['fix_checks']['must_contain'])} fix checks")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
