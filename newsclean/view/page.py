"""The HTML of the view: the page as extracted beside its articles, repairs marked
(see :mod:`newsclean.view`). One self-contained document: inline CSS, no script."""

from __future__ import annotations

import html
from typing import Any

from newsclean.view.trace import Mark, PageView, RawLine, Unit, head_lines, marks, note


def _hue(article: int) -> int:
    """Hues a golden angle apart: any number of articles, neighbours far apart."""
    return round(article * 137.508 + 210) % 360


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


CSS = """
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif;
  color: #1d1d1f; background: #fafafa; }
header.page-head { padding: 12px 20px; background: #fff; border-bottom: 1px solid #ddd; }
h1 { font-size: 18px; margin: 0 0 4px; }
.meta { color: #555; }
table.changes { border-collapse: collapse; margin-top: 6px; font-size: 12px; }
table.changes td { padding: 1px 10px 1px 0; }
.legend { margin-top: 6px; font-size: 12px; color: #555; }
.legend span { margin-right: 12px; }
.panes { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px;
  padding: 16px 20px; align-items: start; }
.pane h2 { font-size: 14px; margin: 0 0 8px; color: #555; text-transform: uppercase;
  letter-spacing: .04em; }
.raw { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 6px 0;
  font-family: "Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono", "Sarasa Mono SC",
  ui-monospace, monospace; }
.ln { display: grid; grid-template-columns: 3.2em minmax(0, 1fr) auto; gap: 8px;
  padding: 0 8px 0 0; border-left: 5px solid transparent; min-height: 1.55em; }
.ln .no { color: #999; text-align: right; user-select: none; }
.ln .tx { white-space: pre-wrap; overflow-wrap: anywhere; }
.ln .tag { font: 11px/1.55 system-ui, sans-serif; color: #666; white-space: nowrap; }
.ln.art { background: hsl(var(--h) 70% 95%); border-left-color: hsl(var(--h) 55% 50%); }
.ln.end .tx::after { content: " ¶"; color: hsl(var(--h) 40% 60%); }
.ln.furniture, .ln.removed { color: #9a9a9a; background: #f1f1f1;
  border-left-color: #c8c8c8; }
.ln.furniture .tx { text-decoration: line-through #c8c8c8; }
.ln.bridge { background: #fff4cc; }
.ln.bridge .tag { color: #8a6d00; }
.role-kicker .tx, .role-subtitle .tx, .role-deck .tx { font-style: italic; }
.role-headline .tx { font-weight: 700; }
.role-subhead .tx { font-weight: 600; text-decoration: underline dotted; }
.role-byline .tx { font-variant: small-caps; color: #444; }
mark.fix { background: #ffd54f; border-radius: 2px; box-shadow: 0 0 0 1px #e0a800; }
mark.ins { background: none; box-shadow: none; }
mark.ins::after { content: "‸"; color: #c62828; font-weight: 700; }
.ln.repaired .no { color: #b26a00; font-weight: 700; cursor: help; }
.art-card { background: #fff; border: 1px solid #ddd; border-left: 6px solid hsl(var(--h) 55% 50%);
  border-radius: 6px; padding: 10px 14px; margin-bottom: 14px; }
.art-card .num { display: inline-block; min-width: 1.6em; text-align: center; color: #fff;
  background: hsl(var(--h) 55% 45%); border-radius: 10px; font-size: 12px; margin-right: 6px; }
.art-card .kicker, .art-card .subtitle, .art-card .deck { font-style: italic; color: #333;
  margin: 2px 0; }
.art-card .headline { font-size: 19px; margin: 2px 0; }
.art-card .byline { color: #444; font-variant: small-caps; margin: 4px 0; }
.blk { margin: 6px 0; }
.blk.subhead { font-weight: 600; }
.blk.lead { font-weight: 500; }
.role { display: inline-block; font: 10px/1.6 system-ui, sans-serif; color: hsl(var(--h) 45% 35%);
  background: hsl(var(--h) 70% 93%); border-radius: 3px; padding: 0 4px; margin-right: 6px;
  vertical-align: 1px; text-transform: uppercase; letter-spacing: .03em; }
.badge { font: 11px system-ui, sans-serif; color: #8a5a00; background: #fff1c2;
  border-radius: 3px; padding: 0 4px; margin-left: 4px; cursor: help; }
.signals { margin: 8px 0 0; padding: 0; list-style: none; font-size: 11px; color: #888; }
.signals li { display: inline; margin-right: 10px; }
.aside { background: #fff; border: 1px dashed #ccc; border-radius: 6px; padding: 8px 14px;
  color: #777; margin-bottom: 14px; }
.aside p { margin: 3px 0; }
"""


def render_html(pages: list[PageView]) -> str:
    """One self-contained HTML document showing every page."""
    title = ", ".join(page.source for page in pages) or "no pages"
    styles = [CSS]
    body = []
    for number, page in enumerate(pages):
        prefix = f"p{number}"
        for article in range(len(page.articles)):
            # Hovering an article card outlines its raw lines (no script needed).
            styles.append(
                f"body:has(#{prefix}-a{article}:hover) .{prefix}-a{article} "
                f"{{ outline: 2px solid hsl({_hue(article)} 55% 45%); outline-offset: -1px; }}"
            )
        body.append(_page_html(page, prefix))
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>newsclean view: {_esc(title)}</title>\n"
        f"<style>{''.join(styles)}</style>\n</head>\n<body>\n{''.join(body)}</body>\n</html>\n"
    )


def _page_html(page: PageView, prefix: str) -> str:
    marks_of = {i: marks(line.text, line.steps) for i, line in enumerate(page.lines) if line.steps}
    out = [f'<section class="page" id="{prefix}">\n<header class="page-head">\n']
    out.append(f"<h1>{_esc(page.source)}</h1>\n")
    repaired = sum(len(m) for m in marks_of.values())
    out.append(
        f'<div class="meta">encoding {_esc(page.encoding or "none (text given)")} · '
        f"{len(page.articles)} articles · {len(page.furniture)} furniture lines · "
        f"{repaired} repairs marked on the raw text</div>\n"
    )
    if page.changes:
        out.append('<table class="changes">')
        for name, kinds in page.changes.items():
            cells = ", ".join(f"{_esc(kind)} {n}" for kind, n in kinds.items())
            out.append(f"<tr><td><b>{_esc(name)}</b></td><td>{cells}</td></tr>")
        out.append("</table>\n")
    out.append(
        '<div class="legend"><span><mark class="fix">marked</mark> repaired (hover: what it '
        "was)</span><span>¶ end of a paragraph or heading</span><span>grey: furniture or "
        "taken out</span><span>yellow line: a column break bridged</span></div>\n"
    )
    out.append('</header>\n<div class="panes">\n<div class="pane">\n<h2>Page as extracted</h2>\n')
    out.append('<div class="raw">\n')
    for i, line in enumerate(page.lines):
        out.append(_raw_line_html(page, prefix, i, line, marks_of.get(i, [])))
    out.append('</div>\n</div>\n<div class="pane">\n<h2>Articles</h2>\n')
    for number, article in enumerate(page.articles):
        out.append(_article_html(page, prefix, number, article, marks_of))
    out.append(_leftovers_html(page))
    out.append("</div>\n</div>\n</section>\n")
    return "".join(out)


def _raw_line_html(page: PageView, prefix: str, i: int, line: RawLine, found: list[Mark]) -> str:
    classes = ["ln"]
    style = ""
    tag = ""
    unit = page.units[line.unit] if line.unit is not None else None
    if line.furniture is not None:
        classes.append("furniture")
        tag = f"furniture: {line.furniture}"
    elif unit is not None and unit.article is not None:
        classes += ["art", f"{prefix}-a{unit.article}", f"role-{unit.role}"]
        style = f' style="--h: {_hue(unit.article)}"'
        if line.unit_end:
            classes.append("end")
        if unit.lines and unit.lines[0] == i:
            tag = f"{unit.article + 1} · {unit.role}"
    elif line.removed_by is not None:
        classes.append("removed")
        tag = f"taken out by {line.removed_by}"
    elif unit is not None:
        tag = "in no article" if unit.lines and unit.lines[0] == i else ""
    if not line.text.strip() and i > 0 and page.lines[i - 1].bridged:
        classes.append("bridge")
        tag = "column break bridged (rejoin)"
    number_title = ""
    if line.steps:
        classes.append("repaired")
        both = f"as extracted: {line.text}\nrepaired: {line.steps[-1].after}"
        number_title = f' title="{_esc(both)}"'
    text = _marked_text(line.text, found)
    return (
        f'<div class="{" ".join(classes)}"{style}><span class="no"{number_title}>{i + 1}</span>'
        f'<span class="tx">{text}</span><span class="tag">{_esc(tag)}</span></div>\n'
    )


def _marked_text(text: str, found: list[Mark]) -> str:
    out = []
    pos = 0
    for mark in found:
        out.append(_esc(text[pos : mark.start]))
        title = _esc("\n".join(mark.notes))
        if mark.start == mark.end:
            out.append(f'<mark class="fix ins" title="{title}"></mark>')
        else:
            out.append(
                f'<mark class="fix" title="{title}">{_esc(text[mark.start : mark.end])}</mark>'
            )
        pos = mark.end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _article_html(
    page: PageView,
    prefix: str,
    number: int,
    article: dict[str, Any],
    marks_of: dict[int, list[Mark]],
) -> str:
    by_role: dict[tuple[str, str], Unit] = {}
    for placed in page.units:
        if placed.article == number:
            by_role.setdefault((placed.role, placed.text), placed)
    out = [f'<article class="art-card" id="{prefix}-a{number}" style="--h: {_hue(number)}">\n']
    for role, text in head_lines(article):
        unit = by_role.get((role, text))
        tag = "h2" if role == "headline" else "p"
        number_html = f'<span class="num">{number + 1}</span>' if role == "headline" else ""
        out.append(
            f'<{tag} class="{role}">{number_html}<span class="role">{role}</span>'
            f"{_esc(text)}{_badge(page, unit, marks_of)}</{tag}>\n"
        )
    if not article["headline"]:
        out.append(f'<p><span class="num">{number + 1}</span><i>no headline</i></p>\n')
    for block in article["blocks"]:
        unit = by_role.get((block["type"], block["text"]))
        where = _line_range(unit)
        out.append(
            f'<p class="blk {_esc(block["type"])}"{where}><span class="role">'
            f"{_esc(block['type'])}</span>{_esc(block['text'])}{_badge(page, unit, marks_of)}</p>\n"
        )
    if article.get("signals"):
        signals = "".join(f"<li>{_esc(s)}</li>" for s in article["signals"])
        out.append(f'<ul class="signals" title="why segmentation decided so">{signals}</ul>\n')
    out.append("</article>\n")
    return "".join(out)


def _line_range(unit: Unit | None) -> str:
    if unit is None or not unit.lines:
        return ""
    first, last = unit.lines[0] + 1, unit.lines[-1] + 1
    span = f"line {first}" if first == last else f"lines {first}–{last}"
    return f' title="{span}"'


def _badge(page: PageView, unit: Unit | None, marks_of: dict[int, list[Mark]]) -> str:
    """How many repairs went into this block, listed on hover."""
    if unit is None:
        return ""
    notes = [
        f"line {i + 1} · {n}" for i in unit.lines for m in marks_of.get(i, []) for n in m.notes
    ]
    notes += [note(s.pass_name, s.before, s.after) for s in unit.steps if s.before]
    if not notes:
        return ""
    word = "repair" if len(notes) == 1 else "repairs"
    return f'<span class="badge" title="{_esc(chr(10).join(notes))}">{len(notes)} {word}</span>'


def _leftovers_html(page: PageView) -> str:
    out = []
    if page.furniture:
        out.append('<div class="aside"><b>Furniture</b> (in no article)\n')
        out += [f"<p>{_esc(kind)}: {_esc(text)}</p>\n" for kind, text in page.furniture]
        out.append("</div>\n")
    unplaced = [u for u in page.units if u.article is None]
    if unplaced:
        out.append('<div class="aside"><b>In no article</b>\n')
        out += [f"<p>{_esc(u.text)}</p>\n" for u in unplaced]
        out.append("</div>\n")
    return "".join(out)
