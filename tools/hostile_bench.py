"""Hostile input, timed: `make hostile` (`python -m tools.hostile_bench`); `make bench`
runs it too.

Every case of ``tests/hostile/cases.py`` is run through the library (``fix``: decode,
every pass, the rendered text; ``stdin``: the same in chunks, as ``newsclean fix`` reads
standard input, with chunks of N/4 characters at most so both sizes are cut; ``split``:
the articles too) at two sizes, N and 10N, each in a process of its own with a time
limit. The table gives the seconds, the MB/s and the growth ratio t(10N)/t(N): about
10 is linear, about 100 is quadratic. A case over the limit is shown as such and counts
as super-linear; so does a crash (any exception but a refusal of binary input).

``HOSTILE_N`` sets N in bytes (default 100 000; the issue's sizes are N = 1 MB, 10 MB
of U+FFFD among them: ``HOSTILE_N=1000000``, which takes a long time at today's
throughput). ``HOSTILE_CASES=a,b`` runs only some cases; ``HOSTILE_LIMIT`` is the time
limit per run in seconds (default 300). The table is also written to
bench-out/hostile.md. The exit status is 1 if a growth ratio is over 20.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-out"
N = int(os.environ.get("HOSTILE_N", "100000"))
LIMIT = float(os.environ.get("HOSTILE_LIMIT", "300"))
#: fix: the library on the whole input; stdin: `fix` streaming it in chunks, as the CLI
#: does with standard input; split: the library's split.
COMMANDS = ("fix", "stdin", "split")
#: Growth over this for 10x the input is super-linear (linear is 10, noise included).
MAX_GROWTH = 20.0


def one(name: str, size: int, command: str) -> float:
    """Seconds for one run of ``command`` on case ``name`` at ``size`` bytes."""
    from newsclean import api
    from newsclean.emit import render_text
    from newsclean.errors import NewscleanError
    from newsclean.stream import CHUNK_CHARS, fix_stream
    from tests.hostile.cases import CASES

    data = dict(CASES)[name](size)
    started = time.perf_counter()
    try:
        if command == "split":
            api.split(data)
        elif command == "stdin":
            # What `newsclean fix` does with standard input: chunks, repaired in turn.
            for chunk in fix_stream(io.BytesIO(data), chunk_chars=min(CHUNK_CHARS, N // 4)):
                render_text(chunk.doc)
        else:
            render_text(api.clean(data))
    except NewscleanError:
        # Refused (binary input, say): a documented outcome, timed like any other.
        pass
    return time.perf_counter() - started


def timed(name: str, size: int, command: str) -> float | str:
    """Seconds in a child process; or "timeout" past the limit, "crash" on an error."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tools.hostile_bench", "--one", name, str(size), command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=LIMIT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "timeout"
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        return "crash"
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
    worst = (0.0, "")
    slowest = (float("inf"), "")
    tried = failures = 0
    for name, make in CASES:
        if wanted and name not in wanted:
            continue
        tried += 1
        for command in COMMANDS:
            cells = [name, command]
            times: list[float | str] = []
            for size in (N, 10 * N):
                t = timed(name, size, command) if not times or isinstance(times[0], float) else "-"
                times.append(t)
                length = len(make(size))
                if isinstance(t, float):
                    rate = length / 1e6 / max(t, 1e-6)
                    if rate < slowest[0]:
                        slowest = (rate, f"{name} ({command}, {length / 1e6:.1f} MB)")
                    cells += [f"{length / 1e6:.2f} MB", f"{t:.2f}", f"{rate:.2f}"]
                else:
                    failures += t in ("timeout", "crash")
                    cells += [f"{length / 1e6:.2f} MB", t, "-"]
            t1, t2 = times
            if isinstance(t1, float) and isinstance(t2, float):
                growth = t2 / max(t1, 1e-3)
                cells.append(f"{growth:.1f}")
                # Below 50 ms the small run is start-up noise, not a measure.
                if t1 > 0.05 and growth > worst[0]:
                    worst = (growth, f"{name} ({command})")
            else:
                cells.append("-")
            row = "| " + " | ".join(cells) + " |"
            rows.append(row)
            print(row, flush=True)
    summary = (
        f"{tried} cases x {len(COMMANDS)} commands at {N / 1e6:g} and {10 * N / 1e6:g} MB; "
        f"{failures} crashes or timeouts; slowest: {slowest[1]} at {slowest[0]:.2f} MB/s; "
        f"largest growth for 10x the input: {worst[0]:.1f} ({worst[1]})"
    )
    print(summary)
    OUT.mkdir(exist_ok=True)
    (OUT / "hostile.md").write_text("\n".join([*rows, "", summary, ""]), encoding="utf-8")
    return 1 if failures or worst[0] > MAX_GROWTH else 0


if __name__ == "__main__":
    sys.exit(main())
