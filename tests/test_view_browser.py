"""The HTML view in a real browser: Debian's chromium, headless.

Chromium renders the pages once (``--dump-dom`` and ``--screenshot`` in one run), and
the DOM it built must hold every article, every headline and every raw line; a
headline that reads ``<script>`` must arrive as text. The screenshot must be a real
image. Skipped where chromium is not installed:
``make test-browser`` installs it and runs these.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsclean.view import PageView, render_html, trace
from tests.conftest import FIXTURES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed: `make test-browser` installs it (apt-get) and runs this",
)

SEEDS = [
    FIXTURES / "pages" / "004_bd6d0331c44bdc06.txt",
    FIXTURES / "pages" / "000_1737f1c581002fb6.txt",
]
#: Headless, and nothing that reaches out: the machine has no network, and a test must
#: not depend on one.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium(profile: Path, *args: str) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


class Dom(HTMLParser):
    """The text inside each element that has a class, by page (section id) and class."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[list[str]] = []
        self.page = ""
        self.text: dict[tuple[str, str], list[str]] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in VOID:
            return
        attributes = dict(attrs)
        if tag == "section":
            self.page = attributes.get("id") or ""
        classes = (attributes.get("class") or "").split()
        self.stack.append(classes)
        for name in classes:
            self.text.setdefault((self.page, name), []).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for classes in self.stack:
            for name in classes:
                self.text[self.page, name][-1] += data


VOID = frozenset(("meta", "br", "hr", "img", "input", "link", "wbr"))
#: Escaped in the input, so the markup pass unescapes it into the headline's text (a
#: raw <script> element would be dropped by markup before segmentation).
HOSTILE = (
    "&lt;script&gt;document.title='pwned'&lt;/script&gt;头条\n\n"
    "本市今年将完成老旧小区改造一百个，涉及居民三万户，改造内容包括加装电梯。\n"
)


@dataclass
class Rendered:
    views: list[PageView]
    dom: Dom
    screenshot: bytes


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Both seeds and a hostile page in one HTML file, rendered once by chromium: its
    DOM, and a screenshot of the top of the page (the first seed)."""
    tmp = tmp_path_factory.mktemp("view")
    views = [trace(seed.read_bytes(), source=seed.name) for seed in SEEDS]
    views.append(trace(HOSTILE, source="hostile.txt"))
    path = tmp / "view.html"
    path.write_text(render_html(views), encoding="utf-8")
    shot = tmp / "view.png"
    args = ("--window-size=1500,1800", f"--screenshot={shot}", "--dump-dom", path.as_uri())
    dom = Dom()
    dom.feed(chromium(tmp / "profile", *args))
    return Rendered(views, dom, shot.read_bytes())


@pytest.mark.parametrize("number", range(len(SEEDS)), ids=[s.stem for s in SEEDS])
def test_browser_shows_every_article_and_headline(rendered: Rendered, number: int) -> None:
    view, page = rendered.views[number], f"p{number}"
    text = rendered.dom.text
    assert len(text[page, "art-card"]) == len(view.articles) > 0
    for article in view.articles:
        shown = text[page, "headline"]
        assert any(article["headline"] in h for h in shown), article["headline"]
    # The raw pane shows every line of the page.
    assert len(text[page, "ln"]) == len(view.lines)


def test_browser_shows_a_script_headline_as_text(rendered: Rendered) -> None:
    headline = "<script>document.title='pwned'</script>头条"
    assert rendered.views[-1].articles[0]["headline"] == headline
    assert rendered.dom.tags.count("script") == 0
    shown = rendered.dom.text[f"p{len(rendered.views) - 1}", "headline"]
    assert any(headline in h for h in shown)


def test_browser_screenshot(rendered: Rendered) -> None:
    data = rendered.screenshot
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1500, 1800)
    # A blank page compresses to almost nothing; the view is full of text and colour.
    assert len(data) > 50_000
