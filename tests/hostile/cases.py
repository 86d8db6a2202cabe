"""Hostile inputs, as functions of a size: each returns about ``size`` bytes.

The same generators feed the tests (small sizes: no exception, nothing lost, bounded
output) and ``tools/hostile_bench.py`` (two sizes, N and 10N: is the time linear?).
"""

from __future__ import annotations

from collections.abc import Callable

#: A case: its name and a function from a size in bytes to the input bytes.
Case = tuple[str, Callable[[int], bytes]]


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // max(1, len(unit.encode("utf-8"))))


def single_line(size: int) -> bytes:
    """One line of running Latin text with no newline at all."""
    return _fill("The council met on Tuesday and agreed the budget ", size).encode()


def one_letter_line(size: int) -> bytes:
    """One letter over and over on one line (``xxxx…``): no word, but written."""
    return _fill("x", size).encode()


def single_line_cjk(size: int) -> bytes:
    """One line of CJK text with no newline at all."""
    return _fill("市政府周二召开会议，通过了年度预算方案。", size).encode()


def newlines(size: int) -> bytes:
    """Nothing but newlines (a million of them at 1 MB)."""
    return b"\n" * size


def short_lines(size: int) -> bytes:
    """Column-wrapped lines that never end a sentence: one paragraph of many lines."""
    return _fill("the council met and agreed on\n", size).encode()


def open_angles(size: int) -> bytes:
    """``<`` with no ``>`` (100k of them at 100 KB)."""
    return b"<" * size


def open_tags(size: int) -> bytes:
    """Tag openings that never close: ``<a href=`` again and again."""
    return _fill('<a href="x ', size).encode()


def nested_tags(size: int) -> bytes:
    """Deeply nested elements around a little text."""
    depth = max(1, size // 13)
    return b"<div><span>" * (depth // 2) + b"text" + b"</span></div>" * (depth // 2)


def replacement_chars(size: int) -> bytes:
    """U+FFFD and nothing else (10 MB of it in the full set)."""
    return _fill("\ufffd", size).encode()


def replacement_mixed(size: int) -> bytes:
    """U+FFFD between CJK, Latin and spaces, as a damaged decoding leaves it."""
    return _fill("中\ufffd文 \ufffd a\ufffdb \ufffd\ufffd 的", size).encode()


def alias_bomb(size: int) -> bytes:
    """A YAML 'billion laughs' front matter, then text."""
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{','.join('*' + prev for _ in range(9))}]")
    lines += ["---", ""]
    head = "\n".join(lines)
    return (head + _fill("Body text of the post.\n", max(0, size - len(head)))).encode()


def deep_front_matter(size: int) -> bytes:
    """Front matter nested thousands deep (``a: [[[[…``), then text."""
    depth = min(max(1, size // 2), 60_000)
    head = "---\na: " + "[" * depth + "\n---\n"
    return (head + _fill("Body text of the post.\n", max(0, size - len(head)))).encode()


def unclosed_front_matter(size: int) -> bytes:
    """A front matter fence that never closes."""
    return ("---\n" + _fill("title: never closed\n", size)).encode()


def spaces(size: int) -> bytes:
    """A run of spaces with a word at the end (regex-hostile)."""
    return b" " * size + b"x"


def spaces_cjk(size: int) -> bytes:
    """Spaces between CJK characters, over and over."""
    return _fill("中 　 文  ", size).encode()


def punctuation(size: int) -> bytes:
    """Runs of punctuation, ASCII and fullwidth, with no letters."""
    return _fill(".,;:!?-()[]\"'，。；：？！（）…—", size).encode()


def dots_and_spaces(size: int) -> bytes:
    """Leader dots and spaces (a table of contents gone wrong)."""
    return _fill(". . . .  ", size).encode()


def hyphens(size: int) -> bytes:
    """Lines that all end in a hyphen: every line break is a dehyphenation candidate."""
    return _fill("inter-\n", size).encode()


def entities(size: int) -> bytes:
    """HTML entities, valid, invalid and unterminated."""
    return _fill("&amp;&#x4e2d;&#99999999;&bogus;&#", size).encode()


def comments(size: int) -> bytes:
    """An HTML comment that never closes."""
    return b"<!--" + b"-" * size


def mojibake(size: int) -> bytes:
    """UTF-8 read as cp1252 and as GBK, mixed with clean text."""
    latin = "café naïve Zürich ".encode().decode("cp1252", "replace")
    cjk = "商汤科技发布新模型".encode().decode("gbk", "replace")
    return _fill(latin + cjk + " clean text ", size).encode()


def accented_run(size: int) -> bytes:
    """``é`` and nothing else on one line: GBK bytes read as Latin-1 all the way."""
    return _fill("é", size).encode()


def latin1_mojibake_run(size: int) -> bytes:
    """``Ã©`` (UTF-8 ``é`` read as Latin-1) on one line, over and over."""
    return _fill("Ã©", size).encode()


def nul_text(size: int) -> bytes:
    """Text with a NUL byte every few characters (binary-looking)."""
    return _fill("text\x00", size).encode()


def control_chars(size: int) -> bytes:
    """C0 controls and zero-width characters among letters."""
    return _fill("a word\x01 b\x0bc\u200bd\u00ade and\x1ff\u3000 text ", size).encode()


def long_words(size: int) -> bytes:
    """One word with no space (a URL or a base64 blob)."""
    return b"http://example.com/" + b"a" * size


def open_brackets(size: int) -> bytes:
    """``[`` and ``![`` with no ``]``: Markdown link and image openings that never close."""
    return _fill("[![(", size).encode()


def markdown_links(size: int) -> bytes:
    """``[text](`` again and again, no closing parenthesis."""
    return _fill("[link](http://x ", size).encode()


def failing_links(size: int) -> bytes:
    """``[a](http:`` again and again: Markdown links that never close."""
    return _fill("[a](http:", size).encode()


def bracket_run_link(size: int) -> bytes:
    """A run of ``[`` before one ``](`` that is no link."""
    return b"[" * size + b"](zzz"


def open_paren_cjk(size: int) -> bytes:
    """``中(`` and then CJK text that never closes the parenthesis."""
    return ("中(" + _fill("中文a ", size)).encode()


def spaces_after_mark(size: int) -> bytes:
    """A comma after CJK, then a long run of spaces and a Latin letter."""
    return ("中," + " " * size + "x").encode()


def stray_end_tags(size: int) -> bytes:
    """Deep nesting, then end tags that match nothing open."""
    half = max(1, size // 10)
    return b"<div>" * half + b"</p>" * half


def paren_lines(size: int) -> bytes:
    """Wrapped lines that each end with a closing parenthesis."""
    return _fill("the council met (in the hall)\n", size).encode()


def unclosed_quotes(size: int) -> bytes:
    """Wrapped CJK lines each opening a quote or bracket that never closes."""
    return _fill("他说：“会议通过了（预算\n", size).encode()


def long_lines_layout(size: int) -> bytes:
    """Wide lines with gaps of many spaces, as ``pdftotext -layout`` gives columns."""
    return _fill("left column text here" + " " * 40 + "right column text here\n", size).encode()


def headline_runs(size: int) -> bytes:
    """Short capitalised lines with no sentence end: every line a headline candidate."""
    return _fill("COUNCIL AGREES BUDGET\nBy JOHN SMITH\n", size).encode()


def blank_runs(size: int) -> bytes:
    """Words between runs of blank lines and spaces."""
    return _fill("word\n \n\t\n\n", size).encode()


def bodiless_captions(size: int) -> bytes:
    """Photo captions and nothing else (``图为…``): a picture page with no story text."""
    return _fill("图为市民在公园散步。\n\n", size).encode()


def captioned_headlines(size: int) -> bytes:
    """A headline over a caption, again and again: thousands of stories with no body."""
    return _fill("COUNCIL AGREES\n\n图为市民在公园散步。\n\n", size).encode()


def dateline_stories(size: int) -> bytes:
    """One-paragraph wire stories, each opened by its dateline (a page of briefs)."""
    return _fill("WASHINGTON, May 3.—The council met and agreed the budget.\n\n", size).encode()


def notices(size: int) -> bytes:
    """Boxed notices one after another: a notice's heading, its line, a caption."""
    return _fill("启事\n\n本店迁址。\n\n图为新址。\n\n", size).encode()


def jump_lines(size: int) -> bytes:
    """A story's lines, each followed by a jump line (``Continued on Page 4``)."""
    line = "The council met on Tuesday and agreed the budget for the year.\n"
    return _fill(line + "Continued on Page 4\n\n", size).encode()


def subheaded_story(size: int) -> bytes:
    """One long story, a subhead over each of its wrapped paragraphs."""
    paragraph = (
        "The council met on Tuesday and agreed the budget after a long\n"
        "debate in the hall and a vote that went on late into the night\n"
        "and the mayor said the town would pay for the new bridge.\n\n"
    )
    return ("COUNCIL AGREES BUDGET\n\n" + _fill(paragraph + "The bridge\n\n", size)).encode()


#: Every hostile case, by name.
CASES: tuple[Case, ...] = (
    ("single-line", single_line),
    ("single-line-cjk", single_line_cjk),
    ("one-letter-line", one_letter_line),
    ("newlines", newlines),
    ("short-lines", short_lines),
    ("open-angles", open_angles),
    ("open-tags", open_tags),
    ("nested-tags", nested_tags),
    ("replacement-chars", replacement_chars),
    ("replacement-mixed", replacement_mixed),
    ("alias-bomb", alias_bomb),
    ("deep-front-matter", deep_front_matter),
    ("unclosed-front-matter", unclosed_front_matter),
    ("spaces", spaces),
    ("spaces-cjk", spaces_cjk),
    ("punctuation", punctuation),
    ("dots-and-spaces", dots_and_spaces),
    ("hyphens", hyphens),
    ("entities", entities),
    ("comments", comments),
    ("mojibake", mojibake),
    ("accented-run", accented_run),
    ("latin1-mojibake-run", latin1_mojibake_run),
    ("nul-text", nul_text),
    ("control-chars", control_chars),
    ("long-word", long_words),
    ("open-brackets", open_brackets),
    ("markdown-links", markdown_links),
    ("failing-links", failing_links),
    ("bracket-run-link", bracket_run_link),
    ("stray-end-tags", stray_end_tags),
    ("open-paren-cjk", open_paren_cjk),
    ("spaces-after-mark", spaces_after_mark),
    ("paren-lines", paren_lines),
    ("unclosed-quotes", unclosed_quotes),
    ("layout-columns", long_lines_layout),
    ("headline-runs", headline_runs),
    ("blank-runs", blank_runs),
    ("bodiless-captions", bodiless_captions),
    ("captioned-headlines", captioned_headlines),
    ("dateline-stories", dateline_stories),
    ("notices", notices),
    ("jump-lines", jump_lines),
    ("subheaded-story", subheaded_story),
)
