"""Articles as plain text and Markdown, for ``split --format text|markdown``."""

from __future__ import annotations

from typing import Any

SEPARATOR = "=" * 40


def render_article(article: dict[str, Any], fmt: str) -> str:
    markdown = fmt == "markdown"
    lines: list[str] = []
    if article.get("kicker"):
        lines += [f"*{article['kicker']}*" if markdown else article["kicker"]]
    if article.get("headline"):
        lines += [f"# {article['headline']}" if markdown else article["headline"]]
    if article.get("subtitle"):
        lines += [f"**{article['subtitle']}**" if markdown else article["subtitle"]]
    parts = ["\n".join(lines)] if lines else []
    if article.get("byline"):
        parts.append(f"*{article['byline']}*" if markdown else article["byline"])
    for block in article.get("blocks", []):
        text = block["text"]
        if block["type"] == "subhead" and markdown:
            text = f"## {text}"
        elif block["type"] == "lead" and markdown:
            text = f"**{text}**"
        parts.append(text)
    return "\n\n".join(parts) + "\n"


def render_articles(page: dict[str, Any], fmt: str) -> str:
    separator = "\n---\n\n" if fmt == "markdown" else f"\n{SEPARATOR}\n\n"
    return separator.join(render_article(a, fmt) for a in page["articles"])
