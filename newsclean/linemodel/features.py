"""What the line model sees of each line: its description (``newsclean.page``), its
place on the page, how it meets the line before, and what today's rules decided.

Every feature is a name (a binary indicator) the CRF weighs; each line also sees a
window of its neighbours' main features, so ``a short line after a line that ends a
sentence`` or ``a byline two lines down`` are learnt without being written down.

* *Description*: every ``Flag`` of the line (running text, sentence end, capitals,
  deck, kinsoku marks, hyphen end, dateline, credit …) and its ``Form`` (byline,
  caption, end mark, and the furniture forms the page decides: masthead, running
  head, page label …), from ``describe()``, the one place line predicates run.
* *Page*: its width against the page's column widths (running text of justified
  columns piles up at a few widths; a line filling one is running text, a short one ends
  a paragraph or is display type), its block (first or last line after a blank line),
  its block's kind (an HTML paragraph or heading), how near the top or foot it stands.
* *Join evidence*: a word broken between this line and the one before that the page's
  vocabulary joins (``dehyphenate.join_lines``), a width equal to the line before.
* *Rules* (only when they ran, :data:`RULE_FEATURES`): the role and boundary today's
  rules engine gave the line (its split, aligned to the lines by ``align``): the model
  learns where to trust them. A model trained without them is a second engine of its
  own, and the page is not split by the rules first.
"""

from __future__ import annotations

from newsclean.dehyphenate import Vocabulary, join_lines
from newsclean.linemodel.align import Label
from newsclean.page import Flag, Line, Page

Features = dict[str, float]

#: Lines at most this far from the top or foot of the page are where furniture stands.
EDGE = 8
#: The neighbours whose main features a line sees.
WINDOW = (-2, -1, 1, 2)
#: The features of a line that its neighbours see.
_SHARED = ("w", "end", "start", "rule", "blk", "script", "len", "form", "caps", "ind")
#: The features that say what today's rules decided (absent when they did not run).
RULE_FEATURES = ("rule", "rrole", "rule+w")
_FLAGS = tuple(Flag)


def first_in_block(page: Page, i: int) -> bool:
    return i == 0 or page.lines[i].block != page.lines[i - 1].block


def last_in_block(page: Page, i: int) -> bool:
    return i == len(page.lines) - 1 or page.lines[i].block != page.lines[i + 1].block


def _width_class(width: int, columns: list[int]) -> str:
    if not columns:
        return "nocol"
    fits = [c for c in columns if c >= 0.95 * width]
    column = fits[0] if fits else columns[-1]
    ratio = width / column
    for bound, name in ((0.3, "w30"), (0.6, "w60"), (0.85, "w85"), (0.95, "w95"), (1.06, "full")):
        if ratio < bound:
            return name
    return "over"


def _length_class(n: int) -> str:
    for bound, name in ((3, "1"), (6, "3"), (11, "6"), (21, "11"), (41, "21"), (81, "41")):
        if n < bound:
            return name
    return "81"


def _end_class(flags: Flag) -> str:
    for flag in (Flag.ENDS_SENTENCE, Flag.HYPHEN_END, Flag.ENDS_CLAUSE, Flag.NO_LINE_END):
        if flag in flags:
            return str(flag.name)
    return "LEADING_WORD" if Flag.LEADING_WORD_END in flags else "open"


def _start_class(line: Line) -> str:
    if Flag.NO_LINE_START in line.flags:
        return "nostart"
    if Flag.STARTS_LOWER in line.flags:
        return "lower"
    first = line.text[0]
    return "digit" if first.isdigit() else "upper" if first.isupper() else "other"


def _own(page: Page, i: int, hint: str) -> dict[str, str]:
    line = page.lines[i]
    flags = line.flags
    script = "CJK" if Flag.CJK in flags else "LATIN" if Flag.LATIN in flags else "none"
    caps = line.capitals_share
    return {
        "w": _width_class(line.width_cells, page.columns),
        "end": _end_class(flags),
        "start": _start_class(line),
        "blk": f"{first_in_block(page, i):d}{last_in_block(page, i):d}",
        "script": script,
        "len": _length_class(len(line.text)),
        "form": str(line.form) or "none",
        "caps": "hi" if caps >= 0.8 else "mid" if caps >= 0.4 else "lo",
        "ind": f"{Flag.INDENTED in flags:d}{line.indent_cells > 0:d}",
        "own": str(line.own_form) or "none",
        "hint": hint or "plain",
    }


def _join(page: Page, i: int, vocab: Vocabulary) -> list[str]:
    if i == 0:
        return ["join=first"]
    a, b = page.lines[i - 1], page.lines[i]
    broken = join_lines(a.text, b.text, vocab) if Flag.CJK not in a.flags else None
    return [
        f"join={broken[1] if broken is not None else 'none'}",
        f"samew={abs(a.width_cells - b.width_cells) <= 1}",
    ]


def _ruled(rule: Label | None) -> dict[str, str]:
    return {
        "rule": rule.tag if rule is not None else "none",
        "rrole": rule.role if rule is not None else "none",
    }


def without_rules(features: Features) -> Features:
    """``features`` as :func:`describe_lines` gives them when the rules did not run."""
    return {
        name: value
        for name, value in features.items()
        if name.split("=", 1)[0].rsplit(":", 1)[-1] not in RULE_FEATURES
    }


def describe_lines(
    page: Page, hints: list[str], rules: list[Label | None] | None, vocab: Vocabulary
) -> list[Features]:
    """The features of each line of ``page``, its neighbours' included; with ``rules``
    (the rules' label of each line), what the rules decided too."""
    n = len(page.lines)
    own = [_own(page, i, hints[i]) for i in range(n)]
    if rules is not None:
        own = [o | _ruled(rule) for o, rule in zip(own, rules, strict=True)]
    shared = [k for k in _SHARED if rules is not None or k not in RULE_FEATURES]
    out: list[Features] = []
    for i, line in enumerate(page.lines):
        names = [f"{k}={v}" for k, v in own[i].items()]
        names += [f"f={flag.name}" for flag in _FLAGS if flag in line.flags]
        names += _join(page, i, vocab)
        if rules is not None:
            names.append(f"rule+w={own[i]['rule']}/{own[i]['w']}")
        names.append(f"end+next={own[i]['end']}/{own[i + 1]['start'] if i + 1 < n else 'eop'}")
        if i < EDGE:
            names.append(f"top={i}")
        if n - i <= EDGE:
            names.append(f"foot={n - i}")
        names.append(f"pos={10 * i // n}")
        for offset in WINDOW:
            j = i + offset
            if 0 <= j < n:
                names += [f"{offset}:{k}={own[j][k]}" for k in shared]
            else:
                names.append(f"{offset}:edge")
        out.append(dict.fromkeys(names, 1.0) | {"bias": 1.0})
    return out
