#!/usr/bin/env python3
"""Generate newspaper pages at scale: sampled layouts, real text, four extractors, OCR.

    python3 tools/pagegen/gen.py pages --set train --pages 5000 [--seed 17] [--jobs 2]
                                      [--chunk 50] [--out /work/cache/pagegen]
    python3 tools/pagegen/gen.py ocr   --set train [--every 10] [--jobs 1] [--out ...]
    python3 tools/pagegen/gen.py manifest --set train [--out ...]
    python3 tools/pagegen/gen.py regold --set train [--out ...]

`pages` composes page i of a set from its own seed (seed, set, i), so any page can be
remade alone and the run can stop and resume anywhere: pages are made in chunks, and a
chunk whose record (done/chunk_NNNNN.json) exists is skipped. Per page it writes, under
OUT/SET/:

  pdf/NAME.pdf                       the composed page
  raw/NAME_EXTRACTOR.txt             its text as each extractor gives it: pdftotext
                                     (default mode), pdftotext -layout, pdfminer.six
                                     (extract_text, default LAParams), PyMuPDF
                                     (page.get_text())
  gold/NAME_EXTRACTOR.json           the gold, in the format ../shared/eval/score.py reads
                                     (source = that raw file)
  sidecar/NAME.json                  the composed units in reading order with role,
                                     article and printed lines (schema: README.md)

`ocr` renders a fixed subset of the set's pages (page i when i % every == 0) to images at
a sampled resolution, with sampled noise, blur and skew, and runs Tesseract with the
page's language (chi_sim, chi_tra, eng, fra, deu): raw/NAME_ocr-DPI-NOISE.txt and its gold,
written in the OCR's characters (ocrgold.py: each gold string as Tesseract read it, a
string it lost left out and the gold marked incomplete). It too works in resumable chunks
(done/ocr_NNNNN.json).

`regold` brings made pages' gold to the present conventions without composing or OCR'ing
anything again: notices as articles (old pages), and the OCR extractions' gold written
again in the OCR's characters from their raw text, sidecar and composed (PDF) gold.

`manifest` gathers the chunk records into tools/pagegen/manifests/SET.jsonl: one line per
page with its settings, extractors, OCR settings and file hashes; it is committed, the
pages are not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import random
import re
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import compose  # noqa: E402
import ocrgold  # noqa: E402
import pools  # noqa: E402
from pagegen import fix_checks  # noqa: E402

EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfminer", "pymupdf")
TESS = {"zh": "chi_sim", "zh_trad": "chi_tra", "en": "eng", "fr": "fra", "de": "deu"}
# Shares of the languages: Chinese first, as the project is.
LANG_WEIGHTS = {"zh": 0.3, "zh_trad": 0.15, "en": 0.2, "fr": 0.175, "de": 0.175}
# Pages set as 1890-1920 papers: the Latin languages of the real OCR pages at hand.
OLD_LANG_WEIGHTS = {"en": 0.5, "fr": 0.25, "de": 0.25}
SETS = ("train", "train-plain", "lists", "untouched", "historic", "untouched2")
DEFAULT_OUT = Path(os.environ.get("PAGEGEN_CACHE", "/work/cache/pagegen"))


def page_rng(seed: int, setname: str, i: int) -> random.Random:
    h = hashlib.sha256(f"{seed}:{setname}:{i}".encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def page_name(st: dict[str, Any], i: int) -> str:
    paper = "".join(ch for ch in st["paper"].lower() if ch.isascii() and ch.isalnum())[:20] or "paper"
    if st["lang"].startswith("zh"):
        paper = hashlib.sha1(st["paper"].encode()).hexdigest()[:8]
    lang = "zh" if st["lang"] == "zh_trad" else st["lang"]
    trad = "_trad" if st["lang"] == "zh_trad" else ""
    page = "".join(ch for ch in st["page"] if ch.isalnum() and ch.isascii()) or "p"
    letter = {"untouched2": "v"}.get(st["set"], st["set"][0])
    return f"{lang}_gen_{paper}_{st['date']}_{page}{trad}_{letter}{i:05d}"


# ----------------------------------------------------------------------------- extract


def extract(pdf: Path, how: str) -> str:
    if how == "pdftotext":
        return run_text(["pdftotext", str(pdf), "-"])
    if how == "pdftotext-layout":
        return run_text(["pdftotext", "-layout", str(pdf), "-"])
    if how == "pdfminer":
        from pdfminer.high_level import extract_text

        logging.getLogger("pdfminer").setLevel(logging.ERROR)
        return str(extract_text(str(pdf)))
    if how == "pymupdf":
        import pymupdf

        with pymupdf.open(pdf) as d:
            return "".join(str(p.get_text()) for p in d)
    raise ValueError(how)


def run_text(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, check=True, text=True,
                          encoding="utf-8").stdout


# ----------------------------------------------------------------------------- gold


def gold_of(st: dict[str, Any], page: dict[str, Any], raw: str, source: str) -> dict[str, Any]:
    g: dict[str, Any] = {
        "source": source,
        "kind": "page",
        "metadata": {"paper": st["paper"], "date": st["date"], "page": st["page"]},
        "page_furniture": page["furniture"],
    }
    if page["captions"]:
        g["captions"] = page["captions"]
    if page["tables"]:
        g["tables"] = page["tables"]
    g["articles"] = page["articles"]
    if is_ocr(source):
        return in_ocr_characters(g, page["units"], raw, st["lang"])[0]
    lang = "zh" if st["lang"].startswith("zh") else "en"  # fix_checks: CJK or Latin rules
    g["fix_checks"] = fix_checks(page["articles"], raw, lang)
    return g


def is_ocr(source: str) -> bool:
    return "_ocr-" in source


GOLD_KEYS = ("source", "kind", "metadata", "page_furniture", "captions", "tables",
             "articles_complete", "paragraphs_complete", "articles", "fix_checks")


def in_ocr_characters(composed: dict[str, Any], units: list[dict[str, Any]], raw: str,
                      lang: str) -> tuple[dict[str, Any], dict[str, int]]:
    """An OCR extraction's gold: the composed gold projected onto what Tesseract read
    (ocrgold.py), its fix checks drawn from that text; and the counts of strings kept
    and lost."""
    g, counts = ocrgold.project(composed, units, raw, lang)
    g["fix_checks"] = fix_checks(g["articles"], raw, "zh" if lang.startswith("zh") else "en")
    return {k: g[k] for k in GOLD_KEYS if k in g}, counts


def write_outputs(out: Path, name: str, st: dict[str, Any], page: dict[str, Any],
                  raw: str, how: str) -> str:
    source = f"{name}_{how}.txt"
    (out / "raw" / source).write_text(raw, encoding="utf-8")
    g = gold_of(st, page, raw, source)
    (out / "gold" / f"{name}_{how}.json").write_text(
        json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


# ----------------------------------------------------------------------------- pages


def choose_lang(rng: random.Random, weights: dict[str, float] = LANG_WEIGHTS) -> str:
    r = rng.random()
    acc = 0.0
    for lang, w in weights.items():
        acc += w
        if r < acc:
            return lang
    return "de"


def make_page(seed: int, setname: str, i: int) -> tuple[dict[str, Any], dict[str, Any]]:
    rng = page_rng(seed, setname, i)
    share = compose.SETS[setname].get("historic_share", 0.0)
    style = "historic" if share and rng.random() < share else "modern"
    lang = choose_lang(rng, OLD_LANG_WEIGHTS if style == "historic" else LANG_WEIGHTS)
    st = compose.sample_settings(rng, lang, setname, style)
    page = compose.compose(st, rng)
    return st, page


def one_page(out: Path, seed: int, setname: str, i: int) -> dict[str, Any]:
    t0 = time.time()
    st, page = make_page(seed, setname, i)
    name = page_name(st, i)
    pdf = out / "pdf" / f"{name}.pdf"
    pdf.write_bytes(page["pdf"])
    sidecar = {"name": name, "lang": st["lang"], "settings": settings_record(st),
               "articles": len(page["articles"]), "units": page["units"]}
    (out / "sidecar" / f"{name}.json").write_text(
        json.dumps(sidecar, ensure_ascii=False) + "\n", encoding="utf-8")
    hashes = {}
    for how in EXTRACTORS:
        hashes[how] = write_outputs(out, name, st, page, extract(pdf, how), how)
    return {"i": i, "name": name, "lang": st["lang"], "settings": settings_record(st),
            "articles": len(page["articles"]), "units": len(page["units"]),
            "extractors": hashes, "seconds": round(time.time() - t0, 2)}


def settings_record(st: dict[str, Any]) -> dict[str, Any]:
    keep = ("set", "size", "ncols", "fonts", "body_size", "leading", "indent", "para_gap",
            "head_align", "front", "byline_pos", "paper", "date", "page", "trad_cfg")
    out = {k: st[k] for k in keep}
    out["style"] = st.get("style", "modern")
    out["unequal_columns"] = len(set(st["weights"])) > 1
    return out


def do_chunk(args: tuple[Path, int, str, int, int]) -> int:
    out, seed, setname, k, size = args
    done = out / "done" / f"chunk_{k:05d}.json"
    if done.exists():
        return 0
    recs = [one_page(out, seed, setname, i) for i in range(k * size, (k + 1) * size)]
    tmp = done.with_suffix(".tmp")
    tmp.write_text(json.dumps({"seed": seed, "set": setname, "chunk": k, "pages": recs},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.rename(done)
    return len(recs)


def set_dir(out: Path, setname: str) -> Path:
    d = out / setname
    for sub in ("pdf", "raw", "gold", "sidecar", "done", "img"):
        (d / sub).mkdir(parents=True, exist_ok=True)
    return d


def cmd_pages(a: argparse.Namespace) -> int:
    out = set_dir(a.out, a.set)
    nchunks = (a.pages + a.chunk - 1) // a.chunk
    jobs = [(out, a.seed, a.set, k, a.chunk) for k in range(nchunks)]
    t0 = time.time()
    made = 0
    with Pool(a.jobs) as pool:
        for n in pool.imap_unordered(do_chunk, jobs):
            made += n
            if n:
                rate = made / max(1e-9, time.time() - t0) * 60
                print(f"{made} pages made this run ({rate:.1f}/min)", file=sys.stderr, flush=True)
    return 0


# ----------------------------------------------------------------------------- OCR


def ocr_setting(rng: random.Random) -> dict[str, Any]:
    return {"dpi": rng.choice([150, 200, 300]), "noise": rng.choice([0, 1, 2]),
            "skew": rng.choice([0.0, 0.0, 0.4, -0.6, 1.2, -1.5]), "blur": rng.random() < 0.3}


def old_ocr_setting(rng: random.Random) -> dict[str, Any]:
    """A microfilmed page of 1890-1920: always some noise, often blurred, skewed, its ink
    uneven (faded patches), its type worn thin (broken letters) or swollen, stray marks."""
    return {"dpi": rng.choice([200, 240, 300]), "noise": rng.choice([1, 2, 2, 3]),
            "skew": round(rng.uniform(-1.6, 1.6), 1), "blur": rng.random() < 0.5,
            "ink": round(rng.uniform(0.2, 0.7), 2), "weight": rng.choice([-1, 0, 0, 1]),
            "marks": rng.randint(0, 12)}


def degrade(img: Any, s: dict[str, Any], rng: random.Random) -> Any:
    """Scan damage: speckle and grey noise, a little blur, a skewed sheet."""
    import numpy as np
    from PIL import Image, ImageFilter

    if s.get("weight"):  # worn type breaks letters; swollen ink fills them (half-way:
        # a whole 3-pixel filter erases 7-point type scanned at 200 dpi)
        img = Image.blend(img, img.filter(ImageFilter.MaxFilter(3) if s["weight"] < 0
                                          else ImageFilter.MinFilter(3)), 0.5)
    if s.get("ink"):
        # a smooth field over the sheet: where it is high the print fades towards paper
        a = np.asarray(img).astype(np.float32)
        frng = np.random.default_rng(rng.randrange(2**32))
        small = Image.fromarray((frng.random((6, 5)) * 255).astype(np.uint8))
        field = np.asarray(small.resize(img.size, Image.BICUBIC)).astype(np.float32) / 255
        a = 255 - (255 - a) * (1 - s["ink"] * field)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if s.get("marks"):
        from PIL import ImageDraw

        draw = ImageDraw.Draw(img)
        w, h = img.size
        for _ in range(s["marks"]):  # specks, blots and scratches of a worn film
            x, y = rng.randrange(w), rng.randrange(h)
            if rng.random() < 0.5:
                r = rng.randint(1, 4)
                draw.ellipse((x, y, x + r, y + r), fill=rng.randint(0, 90))
            else:
                draw.line((x, y, x + rng.randint(-60, 60), y + rng.randint(-8, 8)),
                          fill=rng.randint(40, 120), width=1)
    if s["blur"]:
        img = img.filter(ImageFilter.GaussianBlur(radius=0.8))
    if s["noise"]:
        a = np.asarray(img).astype(np.int16)
        nrng = np.random.default_rng(rng.randrange(2**32))
        a = a + nrng.normal(0, 12 * s["noise"], a.shape).astype(np.int16)
        specks = nrng.random(a.shape) < 0.0015 * s["noise"]
        a[specks] = 0
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if s["skew"]:
        img = img.rotate(s["skew"], resample=Image.BICUBIC, expand=True, fillcolor=255)
    return img


def ocr_page(out: Path, seed: int, rec: dict[str, Any]) -> dict[str, Any]:
    import pymupdf
    from PIL import Image

    t0 = time.time()
    rng = page_rng(seed, "ocr", rec["i"])
    old = rec["settings"].get("style") == "historic"
    s = old_ocr_setting(rng) if old else ocr_setting(rng)
    name = rec["name"]
    with pymupdf.open(out / "pdf" / f"{name}.pdf") as d:
        pix = d[0].get_pixmap(dpi=s["dpi"], colorspace=pymupdf.csGRAY)
        img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    img = degrade(img, s, rng)
    png = out / "img" / f"{name}.png"
    img.save(png)
    lang = TESS[rec["lang"]]
    if "fraktur" in rec["settings"]["fonts"]:
        lang += "+frk"
    raw = subprocess.run(["tesseract", str(png), "-", "-l", lang, "--dpi", str(s["dpi"])],
                         capture_output=True, check=True, text=True, encoding="utf-8",
                         env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout
    png.unlink()
    how = f"ocr-{s['dpi']}-n{s['noise']}{'b' if s['blur'] else ''}-s{s['skew']:+.1f}"
    if old:
        how += f"-i{round(s['ink'] * 10)}w{s['weight']:+d}"
    st, page = make_page(seed, rec["settings"]["set"], rec["i"])
    h = write_outputs(out, name, st, page, raw, how)
    return {"i": rec["i"], "name": name, "lang": rec["lang"], "ocr": s, "extractor": how,
            "hash": h, "seconds": round(time.time() - t0, 2)}


def do_ocr_chunk(args: tuple[Path, int, int, list[dict[str, Any]]]) -> int:
    """OCRs a chunk's pages that its record does not list yet (a chunk is a range of page
    indices, so a later run, after more pages were made, adds to it)."""
    out, seed, k, recs = args
    done = out / "done" / f"ocr_{k:05d}.json"
    old = json.loads(done.read_text(encoding="utf-8"))["pages"] if done.exists() else []
    have = {r["i"] for r in old}
    res = [ocr_page(out, seed, r) for r in recs if r["i"] not in have]
    if not res:
        return 0
    tmp = done.with_suffix(".tmp")
    pages = sorted(old + res, key=lambda r: r["i"])
    tmp.write_text(json.dumps({"chunk": k, "pages": pages}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    tmp.rename(done)
    return len(res)


def page_records(out: Path) -> list[dict[str, Any]]:
    recs = []
    for f in sorted((out / "done").glob("chunk_*.json")):
        recs += json.loads(f.read_text(encoding="utf-8"))["pages"]
    return sorted(recs, key=lambda r: r["i"])


def cmd_ocr(a: argparse.Namespace) -> int:
    out = set_dir(a.out, a.set)
    recs = [r for r in page_records(out) if r["i"] % a.every == 0]
    if a.limit:
        recs = recs[: a.limit]
    if not recs:
        return 0
    span = a.every * 10  # ten OCR'd pages a chunk
    groups: dict[int, list[dict[str, Any]]] = {}
    for r in recs:
        groups.setdefault(r["i"] // span, []).append(r)
    seed = json.loads(next((out / "done").glob("chunk_*.json")).read_text())["seed"]
    jobs = [(out, seed, k, g) for k, g in sorted(groups.items())]
    t0 = time.time()
    made = 0
    with Pool(a.jobs) as pool:
        for n in pool.imap_unordered(do_ocr_chunk, jobs):
            made += n
            if n:
                print(f"{made} pages OCR'd this run "
                      f"({made / max(1e-9, time.time() - t0) * 60:.1f}/min)",
                      file=sys.stderr, flush=True)
    return 0


# ----------------------------------------------------------------------------- manifest


def cmd_manifest(a: argparse.Namespace) -> int:
    out = a.out / a.set
    recs = page_records(out)
    ocr: dict[int, dict[str, Any]] = {}
    for f in sorted((out / "done").glob("ocr_*.json")):
        for r in json.loads(f.read_text(encoding="utf-8"))["pages"]:
            ocr[r["i"]] = r
    dest = HERE / "manifests" / f"{a.set}.jsonl"
    dest.parent.mkdir(exist_ok=True)
    with dest.open("w", encoding="utf-8") as fh:
        for r in recs:
            line = dict(r)
            line.pop("seconds", None)
            if r["i"] in ocr:
                o = ocr[r["i"]]
                line["ocr"] = {"settings": o["ocr"], "extractor": o["extractor"], "hash": o["hash"]}
            fh.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    counts: dict[str, int] = {}
    for r in recs:
        counts[r["lang"]] = counts.get(r["lang"], 0) + 1
    print(f"{dest}: {len(recs)} pages {counts}, OCR {len(ocr)}", file=sys.stderr)
    return 0


def cmd_summary(a: argparse.Namespace) -> int:
    """Counts per language, extractor and OCR setting, and the compute spent per page."""
    out = a.out / a.set
    recs = page_records(out)
    langs: dict[str, int] = {}
    secs = 0.0
    for r in recs:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        secs += r["seconds"]
    raws: dict[str, int] = {}
    for f in (out / "raw").glob("*.txt"):
        how = f.stem.rsplit("_", 1)[1]
        key = "ocr" if how.startswith("ocr") else how
        raws[key] = raws.get(key, 0) + 1
    ocr: dict[str, int] = {}
    olang: dict[str, int] = {}
    osecs = 0.0
    for f in sorted((out / "done").glob("ocr_*.json")):
        for r in json.loads(f.read_text(encoding="utf-8"))["pages"]:
            s = r["ocr"]
            k = f"{s['dpi']}dpi noise{s['noise']}{' blur' if s['blur'] else ''} skew{s['skew']:+.1f}"
            ocr[k] = ocr.get(k, 0) + 1
            olang[r["lang"]] = olang.get(r["lang"], 0) + 1
            osecs += r["seconds"]
    n, no = len(recs), sum(olang.values())
    print(f"{out}: {n} pages {dict(sorted(langs.items()))}")
    print(f"raw files by extractor: {dict(sorted(raws.items()))}")
    if n:
        print(f"wall seconds a page (one worker, all extractors): {secs / n:.2f}")
    print(f"OCR'd pages: {no} {dict(sorted(olang.items()))}")
    for k, v in sorted(ocr.items()):
        print(f"  {k}: {v}")
    if no:
        print(f"wall seconds an OCR'd page: {osecs / no:.1f}")
    return 0


def joined(lines: list[str], cjk: bool) -> str:
    """A unit's printed lines read back as its text: a line-end hyphen inside a word is
    dropped, a compound's own hyphen is kept (the caller compares both ways)."""
    out = ""
    for ln in lines:
        if not out:
            out = ln
        elif cjk:
            out += ln
        elif re.search(r"\w-$", out):  # a dash set as "--" ends no word
            out += "\u2010" + ln  # decided by the caller against the unit's text
        else:
            out += " " + ln
    return out


def check_page(out: Path, seed: int, rec: dict[str, Any]) -> list[str]:
    """What is wrong with one made page (empty when nothing is)."""
    import re

    errs: list[str] = []
    name = rec["name"]
    side = json.loads((out / "sidecar" / f"{name}.json").read_text(encoding="utf-8"))
    cjk = side["lang"].startswith("zh")
    for u in side["units"]:
        lines = [ln["text"] for ln in u["lines"]]
        if not lines:
            errs.append(f"{name}: {u['role']} unit printed no line: {u['text'][:30]}")
            continue
        j = joined(lines, cjk)
        cands = {j.replace("\u2010", ""), j.replace("\u2010", "-")}
        want = re.sub(r"\s+", " ", u["text"]).strip()
        if cjk:  # a break at a space between CJK phrases prints no space
            j, want = re.sub(r"\s+", "", j), re.sub(r"\s+", "", want)
        if u["role"] != "table" and not any(re.sub(r"\s+", " ", c) == want for c in cands):
            # a hyphenated word: drop only the hyphens the unit's text does not have
            parts = j.split("\u2010")
            rebuilt = parts[0]
            for nxt in parts[1:]:
                w1 = re.findall(r"\S+$", rebuilt)
                w2 = re.findall(r"^\S+", nxt)
                whole = (w1[0][:-1] if w1 else "") + (w2[0] if w2 else "")
                rebuilt = rebuilt[:-1] + nxt if whole in want else rebuilt + nxt
            if re.sub(r"\s+", " ", rebuilt) != want:
                errs.append(f"{name}: lines of a {u['role']} do not read back as its text: "
                            f"{rebuilt[:60]!r} vs {want[:60]!r}")
        if cjk:
            errs += [f"{name}: a line starts with closing punctuation: {t[:12]}"
                     for t in lines[1:] if t and t[0] in compose.CLOSE]
        else:
            errs += [f"{name}: a hyphen that ends no word break inside a line: {t[:40]}"
                     for t in lines if re.search(r"[a-zà-ÿ]-[a-zà-ÿ]{2,}", t)
                     and re.search(r"[a-zà-ÿ]-[a-zà-ÿ]{2,}", u["text"]) is None]
    gold = json.loads((out / "gold" / f"{name}_pymupdf.json").read_text(encoding="utf-8"))
    body = {re.sub(r"\s+", "", u["text"]) for u in side["units"] if u["role"] == "body"}
    ads = "".join(re.sub(r"\s+", "", u["text"]) for u in side["units"] if u["role"] == "ad")
    for a in gold["articles"]:
        for para in a["paragraphs"]:
            printed = ads if a.get("kind") == "advertisement" else body
            if "\n" not in para and not (re.sub(r"\s+", "", para) in printed):
                errs.append(f"{name}: gold paragraph without a body unit: {para[:30]}")
    import unicodedata
    from collections import Counter

    want = Counter(ch for a in gold["articles"] for t in [a["headline"], *a["paragraphs"]]
                   for ch in t if not ch.isspace() and ch not in "-\u00ad\u2010")
    for how in EXTRACTORS:
        # NFC: fonts that share one glyph between a CJK ideograph and its compatibility
        # twin (WenQuanYi: 年 and U+F98E) make every extractor print the twin, as in many
        # real Chinese PDFs; the text is there, in another code point
        raw = (out / "raw" / f"{name}_{how}.txt").read_text(encoding="utf-8")
        got = Counter(unicodedata.normalize("NFC", raw))
        lost = sum((want - got).values())
        if lost > 0.01 * sum(want.values()):
            errs.append(f"{name}: {how} lost {lost} of {sum(want.values())} characters")
    st, page = make_page(seed, rec["settings"]["set"], rec["i"])
    if page["units"] != side["units"]:
        errs.append(f"{name}: made again from its seed, the page differs")
    return errs


def notice_boxes(side: dict[str, Any]) -> list[tuple[list[Any], list[dict[str, Any]]]]:
    """The notices of a made page, as (pool entry, its ad units): runs of ad units cut
    where a pool entry's printed lines end (two boxes can be placed one after the other)."""
    lang = side["lang"]
    tr = side["settings"]["trad_cfg"] if lang == "zh_trad" else ""
    ads = [(ad, [pools.to_script(s, tr) if tr else s for s in pools.ad_lines(ad)])
           for ad in pools.ADS[pools.base(lang)]
           + [ad for side in pools.OLD_ADS.values() for ad in side.get(lang, [])]]
    units = side["units"]
    boxes = []
    i = 0
    while i < len(units):
        if units[i]["role"] != "ad":
            i += 1
            continue
        texts = [u["text"] for u in units[i:]]
        ad, lines = next((ad, ls) for ad, ls in ads if texts[:len(ls)] == ls)
        boxes.append((ad, units[i:i + len(lines)]))
        i += len(lines)
    return boxes


def regold_page(out: Path, side_path: Path) -> int:
    """Brings a made page's gold to the present conventions without making it again
    (composing and extracting thousands of pages again is not needed for a convention):
    its notices become articles of kind advertisement, numbered after the page's
    articles, instead of page furniture; the sidecar's ad units get their article and
    the fix checks are drawn again. The number of gold files changed."""
    side = json.loads(side_path.read_text(encoding="utf-8"))
    name = side["name"]
    boxes = notice_boxes(side)
    if not boxes or any(u["article"] is not None for _, units in boxes for u in units):
        return 0
    lang = side["lang"]
    tr = side["settings"]["trad_cfg"] if lang == "zh_trad" else ""
    first = side["articles"]
    arts = [pools.ad_article(ad, tr, compose.is_cjk(lang)) for ad, _ in boxes]
    for k, (_, units) in enumerate(boxes):
        for u in units:
            u["article"] = first + k
    side["articles"] = first + len(arts)
    changed = 0
    for gp in sorted((out / "gold").glob(f"{name}_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        furniture = list(g["page_furniture"])
        for _, units in boxes:
            for u in units:
                furniture.remove(u["text"])
        g["page_furniture"] = furniture
        g["articles"] = g["articles"][:first] + arts
        raw = (out / "raw" / g["source"]).read_text(encoding="utf-8")
        g["fix_checks"] = fix_checks(g["articles"], raw, "zh" if compose.is_cjk(lang) else "en")
        # the keys in the order gold_of writes them
        g = {k: g[k] for k in ("source", "kind", "metadata", "page_furniture", "captions",
                               "tables", "articles", "fix_checks") if k in g}
        gp.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        changed += 1
    side_path.write_text(json.dumps(side, ensure_ascii=False) + "\n", encoding="utf-8")
    return changed


def regold_ocr(out: Path, side_path: Path) -> dict[str, int]:
    """Writes the gold of a page's OCR extractions again in the OCR's characters, from
    their raw text, the sidecar's units and the composed gold (a PDF extraction's, which
    is the composition's): no page is composed or OCR'd again. Counts of strings kept
    and lost, and of files written ('files')."""
    side = json.loads(side_path.read_text(encoding="utf-8"))
    name = side["name"]
    composed = json.loads((out / "gold" / f"{name}_pymupdf.json").read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for gp in sorted((out / "gold").glob(f"{name}_ocr-*.json")):
        source = gp.with_suffix(".txt").name
        raw = (out / "raw" / source).read_text(encoding="utf-8")
        g, c = in_ocr_characters({**composed, "source": source}, side["units"], raw,
                                 side["lang"])
        gp.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for k, v in [*c.items(), ("files", 1)]:
            counts[k] = counts.get(k, 0) + v
    return counts


def cmd_regold(a: argparse.Namespace) -> int:
    out = a.out / a.set
    sides = sorted((out / "sidecar").glob("*.json"))
    pages = files = 0
    counts: dict[str, int] = {}
    for sp in sides:
        n = regold_page(out, sp)
        pages += n > 0
        files += n
        for k, v in regold_ocr(out, sp).items():
            counts[k] = counts.get(k, 0) + v
    print(f"{a.set}: {pages} of {len(sides)} pages, {files} gold files brought to the "
          "present conventions", file=sys.stderr)
    lost = {k[5:]: v for k, v in sorted(counts.items()) if k.startswith("lost_")}
    kept = sum(v for k, v in counts.items() if k.startswith("kept_"))
    print(f"{a.set}: {counts.get('files', 0)} OCR gold files written in the OCR's characters: "
          f"{kept} strings found, lost {lost}", file=sys.stderr)
    return 0


def cmd_check(a: argparse.Namespace) -> int:
    """Checks the made pages: every unit's printed lines read back as its text, CJK lines
    keep the line-breaking rule, Latin hyphens stand only at line ends, every gold
    paragraph was printed as a body unit, every extractor finds every headline, and a page
    made again from its seed is the same page. Exit 1 on any failure."""
    out = a.out / a.set
    recs = page_records(out)
    if a.limit:
        recs = recs[: a.limit]
    seed = json.loads(next((out / "done").glob("chunk_*.json")).read_text())["seed"]
    errs = [e for r in recs for e in check_page(out, seed, r)]
    for e in errs[:40]:
        print(e, file=sys.stderr)
    print(f"checked {len(recs)} pages: {len(errs)} problems", file=sys.stderr)
    return 1 if errs else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("pages", "ocr", "manifest", "summary", "check", "regold"):
        p = sub.add_parser(name)
        p.add_argument("--set", choices=SETS, default="train")
        p.add_argument("--out", type=Path, default=DEFAULT_OUT)
        p.add_argument("--jobs", type=int, default=1)
        if name == "pages":
            p.add_argument("--pages", type=int, default=100)
            p.add_argument("--seed", type=int, default=17)
            p.add_argument("--chunk", type=int, default=50)
        if name == "ocr":
            p.add_argument("--every", type=int, default=10)
        if name in ("ocr", "check"):
            p.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    return {"pages": cmd_pages, "ocr": cmd_ocr, "manifest": cmd_manifest,
            "summary": cmd_summary, "check": cmd_check, "regold": cmd_regold}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
