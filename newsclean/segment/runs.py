"""The runs the assembler (``assemble``) reads: a page's units as consecutive runs of
one role, with two repairs of reading order made on the runs before any article is
built.

* A run of heading lines breaks where a block ends (but not before a Chinese subtitle
  led by a dash) and before a boxed item's title; a notice's heading wrapped in a narrow
  column is one heading.
* *Side by side*: four headline groups in a row are two groups set side by side, read
  row by row by the extractor; they are put back group by group.
* A credit line broken after its role word (``本报记者 张伟 通讯员`` / ``赵磊``) takes
  back the names printed on the next line, whatever role that line was given.
"""

from __future__ import annotations

from newsclean.page.boxes import notice_heading, notice_heading_wrapped
from newsclean.page.credits import credit_continued
from newsclean.segment.headlines import dash_subtitle
from newsclean.segment.model import Run, Unit


def role_runs(units: list[Unit]) -> list[Run]:
    """Consecutive units of one role; heading runs also break where a block ends (but
    before a Chinese subtitle led by a dash), and before a boxed item's title (a
    notice's heading, a briefs item), whose two lines are joined when it wraps."""
    runs: list[Run] = []
    for unit in units:
        role = unit.role
        if runs and role == "heading" and runs[-1][0] == "heading":
            last = runs[-1][1][-1]
            joined = notice_heading_wrapped(last.text, unit.text)
            if joined is not None and last.block == unit.block:
                # A notice's heading wrapped in a narrow column: one heading.
                last.text = joined
                continue
        opens_item = role == "heading" and (unit.item or notice_heading(unit.text))
        if runs and runs[-1][0] == role and role in ("body", "heading") and not opens_item:
            last = runs[-1][1][-1]
            # A dash-led subtitle closes its headline group whatever space is set above it.
            if role == "body" or last.block == unit.block or dash_subtitle(unit.text):
                runs[-1][1].append(unit)
                continue
        runs.append((role, [unit]))
    return runs


def side_by_side(runs: list[Run]) -> list[Run]:
    """Two headline groups set side by side come out of a text extractor row by row:
    kicker A, kicker B, headline A, headline B. Four (or six...) one- or two-line
    groups in a row are taken as two groups interleaved; the left one, whose body
    follows, is put last, the right one first (an orphan that finds its body later)."""
    out: list[Run] = []
    # Where the row of short headings from each run on ends, found in one pass from the
    # back (a scan forward from every run was quadratic on a page of headings alone).
    ends = list(range(len(runs) + 1))
    for k in range(len(runs) - 1, -1, -1):
        if runs[k][0] == "heading" and len(runs[k][1]) <= 2:
            ends[k] = ends[k + 1]
    i = 0
    while i < len(runs):
        j = ends[i]
        n = j - i
        if n >= 4 and n % 2 == 0 and j < len(runs) and runs[j][0] in ("body", "byline"):
            half = n // 2
            left = [u for k in range(i, j, 2) for u in runs[k][1]]
            right = [u for k in range(i + 1, j, 2) for u in runs[k][1]]
            if half == 2:
                out += [("heading", right), ("heading", left)]
                i = j
                continue
        out.append(runs[i])
        i += 1
    return out


def credit_lines_rejoined(runs: list[Run]) -> list[Run]:
    """A credit line broken after its role word (``本报记者 张伟 通讯员`` / ``赵磊``): the
    names on the next line finish it, whatever role that short line was given."""
    out: list[Run] = []
    for role, run in runs:
        if out and out[-1][0] == "byline":
            credit = out[-1][1][-1]
            joined = credit_continued(credit.text, run[0].text)
            if joined is not None:
                credit.text = joined
                run = run[1:]
                if not run:
                    continue
        out.append((role, run))
    return out
