"""Hostile input, timed: `make hostile` (`python -m tools.hostile_bench`); `make bench`
runs it too.

Every case of ``tests/hostile/cases.py`` is run through the library (``fix``: decode,
every pass, the rendered text; ``split``: the same and the articles) at two sizes, N and
10N, each in a process of its own with a time limit. The table gives the seconds, the
MB/s and the growth ratio t(10N)/t(N): about 10 is linear, about 100 is quadratic. A
case over the limit is shown as such and counts as super-linear.

``HOSTILE_N`` sets N in bytes (default 100 000; the issue's sizes are N = 1 MB, 10 MB
of U+FFFD among them: ``HOSTILE_N=1000000``, which takes a long time at today's
throughput). ``HOSTILE_CASES=a,b`` runs only some cases; ``HOSTILE_LIMIT`` is the time
limit per run in seconds (default 300). The table is also written to
bench-out/hostile.md. The exit status is 1 if a growth ratio is over 20.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-out"
N = int(os.environ.get("HOSTILE_N", "100000"))
LIMIT = float(os.environ.get("HOSTILE_LIMIT", "300"))
#: Growth over this for 10x the input is super-linear (linear is 10, noise included).
MAX_GROWTH = 20.0


def one(name: str, size: int, command: str) -> float:
    """Seconds for one run of ``command`` on case ``name`` at ``size`` bytes."""
    from newsclean import api
    from newsclean.emit import render_text
    from tests.hostile.cases import CASES

    from newsclean.errors import NewscleanError

    data = dict(CASES)[name](size)
    started = time.perf_counter()
    try:
        if command == "split":
            api.split(data)
        else:
            render_text(api.clean(data))
    except NewscleanError:
        # Refused (binary input, say): a documented outcome, timed like any other.
        pass
    return time.perf_counter() - started


def timed(name: str, size: int, command: str) -> float | None:
    """Seconds in a child process, or None past the limit."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tools.hostile_bench", "--one", name, str(size), command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=LIMIT,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.strip())


def main() -> int:
    if sys.argv[1:2] == ["--one"]:
        name, size, command = sys.argv[2], int(sys.argv[3]), sys.argv[4]
        sys.stdout.write(f"{one(name, size, command):.6f}\n")
        return 0
    from tests.hostile.cases import CASES

    wanted = {c for c in os.environ.get("HOSTILE_CASES", "").split(",") if c}
    rows = ["| case | command | size | seconds | MB/s | 10N size | seconds | MB/s | growth |"]
    rows.append("|---|---|---|---|---|---|---|---|---|")
    print(rows[0], rows[1], sep="\n", flush=True)
    worst = 0.0
    slowest: tuple[float, str] = (float("inf"), "")
    for name, make in CASES:
        if wanted and name not in wanted:
            continue
        for command in ("fix", "split"):
            small, large = len(make(N)), len(make(10 * N))
            t1 = timed(name, N, command)
            t2 = timed(name, 10 * N, command) if t1 is not None else None
            cells = [name, command]
            for size, t in ((small, t1), (large, t2)):
                rate = size / 1e6 / max(t, 1e-6) if t is not None else None
                if rate is not None and rate < slowest[0]:
                    slowest = (rate, f"{name} ({command}, {size / 1e6:.1f} MB)")
                cells += [
                    f"{size / 1e6:.2f} MB",
                    f"{t:.2f}" if t is not None else f">{LIMIT:.0f}",
                    f"{rate:.2f}" if rate is not None else "-",
                ]
            growth = (t2 / max(t1, 1e-3)) if t1 is not None and t2 is not None else float("inf")
            worst = max(worst, growth if min(t1 or 1, t2 or 1) > 0.05 else 0.0)
            cells.append(f"{growth:.1f}" if growth != float("inf") else "over limit")
            row = "| " + " | ".join(cells) + " |"
            rows.append(row)
            print(row, flush=True)
    summary = f"slowest: {slowest[1]} at {slowest[0]:.2f} MB/s; worst growth {worst:.1f}"
    print(summary)
    OUT.mkdir(exist_ok=True)
    (OUT / "hostile.md").write_text("\n".join([*rows, "", summary, ""]), encoding="utf-8")
    return 1 if worst > MAX_GROWTH else 0


if __name__ == "__main__":
    sys.exit(main())
