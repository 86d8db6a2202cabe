"""The benchmark: `make bench` (`python -m tools.bench`); `BENCH_QUICK=1` for smaller sizes.

One run on one generated corpus: the fixture pages, varied (every copy's digits rotated,
so no two copies are the same text and no cache can help) and repeated to the size
asked. It prints a Markdown table with the machine it ran on and writes it to
bench-out/bench.md; the README's "Performance" section is a copy of one run.

What is measured, and how:

* fix / split MB/s: the library (`newsclean.fix_text`, `newsclean.split`) against
  `ftfy.fix_text` on the same documents, in this process. The corpus is cut into slices
  and the three take turns slice by slice, so a burst of load from elsewhere on the
  machine falls on all three alike; the ratio is what the targets are about. The same
  run's seconds are also summed by kind of page (posts, Chinese PDF dumps, Latin OCR:
  the fixture's name says which), each document timed on its own.
* start-up: `newsclean fix` on a one-line file against the `ftfy` command on the same
  file; median wall time of many runs, taken in turns, and their median CPU time (what
  to read when others load the machine). newsclean runs with a compiled-pattern cache
  of its own (see `user_env`), as a user of this version has it. The file is in this
  repository, so newsclean's start-up includes finding and reading its pyproject.toml.
* streaming: `newsclean fix` reading a generated text on stdin, output to /dev/null; peak
  RSS of the process (from wait4) on the largest input, and wall time for two sizes.
* --jobs 2 against --jobs 1: `newsclean fix -r` over the corpus files, and over 500
  small files (a piece of about 1 KB of each page, the case where a worker's start-up
  weighs most), median of three runs each, taken in turns, with their CPU time (the
  workers' included: what the parallel run costs beyond the single one); and the
  start-up a process pays before its documents cost only themselves (a fresh process's
  first small Latin and CJK documents against the same documents warm), which
  ``--jobs`` pays once in the parent and its forked workers share.
* Dask: `newsclean fix --input-format jsonl --dask-local 2` over the corpus as JSONL,
  against the same command in one process; cluster start-up included, and shown.
* English OCR: the English OCR pages alone (fixtures/pages/en_*, fixtures/heldout-latin
  en_*), varied the same way: `fix` against `ftfy.fix_text` in turns; `newsclean fix` on
  one such page as a new process (start-up and the first Latin repair: the vocabulary
  read); peak RSS of `newsclean fix` streaming 20 MB of them on stdin.
* imports: `python -X importtime -m newsclean fix` on the one-line file: the
  cumulative import time, the largest imports, and the heavy modules a one-line UTF-8
  input must not import.
"""

from __future__ import annotations

import functools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-out"
BIN = Path(sys.executable).parent
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")

MB = 1_000_000
CORPUS_MB = 5 if QUICK else 20
SMALL_MB, LARGE_MB = (2, 20) if QUICK else (10, 100)
STREAM_MB = 50 if QUICK else 500
STARTUP_RUNS = 11 if QUICK else 31
SLICES = 4

ENGLISH_MB = 2 if QUICK else 5
ENGLISH_STREAM_MB = 20

TARGETS = {
    "english": 1.5,
    "rss_english_mb": 100.0,
    "fix": 5.0,
    "split": 3.0,
    "fix_kind": 1.5,
    "split_kind": 1.0,
    "startup": 1.3,
    "rss_mb": 150.0,
    "scaling": 11.0,
    "jobs": 1.7,
}


def log(message: str) -> None:
    sys.stderr.write(f"bench: {message}\n")
    sys.stderr.flush()


# --- the corpus -------------------------------------------------------------------


def page_files() -> list[Path]:
    return sorted((ROOT / "fixtures" / "pages").glob("*.txt"))


def pages() -> list[str]:
    return [p.read_text("utf-8") for p in page_files()]


def kind_of_page(path: Path) -> str:
    """The kind of page a fixture is, by its name: what the issue's targets are per."""
    if path.name.startswith(("en_", "fr_", "de_")):
        return "Latin OCR"
    if path.name.startswith("zh_"):
        return "Chinese PDF dumps"
    return "posts"


def corpus_kinds(count: int) -> list[str]:
    """The kind of each of the first ``count`` documents ``varied()`` yields (the
    fixture pages in order, copy after copy)."""
    kinds = [kind_of_page(p) for p in page_files()]
    return [kinds[i % len(kinds)] for i in range(count)]


def english_pages() -> list[str]:
    """The English OCR pages: the fixture pages and the held-out Latin set's."""
    found = [*(ROOT / "fixtures" / "pages").glob("en_*.txt")]
    found += [*(ROOT / "fixtures" / "heldout-latin" / "raw").glob("en_*.txt")]
    return [p.read_text("utf-8") for p in sorted(found)]


def varied(total_bytes: int, base: list[str] | None = None) -> Iterator[str]:
    """Fixture pages (``base``, else all), copy after copy, each copy's digits rotated
    by its number, until ``total_bytes`` of UTF-8 have been produced."""
    base = base if base is not None else pages()
    produced = 0
    copy = 0
    while produced < total_bytes:
        shift = copy % 10
        table = str.maketrans("0123456789", "".join(str((d + shift) % 10) for d in range(10)))
        for page in base:
            text = page.translate(table) if shift else page
            produced += len(text.encode("utf-8"))
            yield text
            if produced >= total_bytes:
                return
        copy += 1


def write_corpus() -> tuple[list[str], Path, Path]:
    """The documents, a directory of one file each, and the same as one JSONL file."""
    import hashlib

    docs = list(varied(CORPUS_MB * MB))
    # Named by content, so a changed set of fixture pages never reuses a stale corpus.
    digest = hashlib.sha256("".join(pages()).encode("utf-8")).hexdigest()[:10]
    directory = OUT / f"corpus-{CORPUS_MB}mb-{digest}"
    jsonl = OUT / f"corpus-{CORPUS_MB}mb-{digest}.jsonl"
    if not directory.exists():
        directory.mkdir(parents=True)
        for i, doc in enumerate(docs):
            (directory / f"{i:06d}.txt").write_text(doc, encoding="utf-8")
    if not jsonl.exists():
        with jsonl.open("w", encoding="utf-8") as handle:
            for i, doc in enumerate(docs):
                handle.write(json.dumps({"id": i, "text": doc}, ensure_ascii=False) + "\n")
    return docs, directory, jsonl


SMALL_FILES = 500
SMALL_BYTES = 1000


def small_files() -> Path:
    """:data:`SMALL_FILES` files, each a piece of about :data:`SMALL_BYTES` bytes of a
    varied page cut at a line end."""
    import hashlib

    digest = hashlib.sha256("".join(pages()).encode("utf-8")).hexdigest()[:10]
    directory = OUT / f"small-{SMALL_FILES}-{digest}"
    if not directory.exists():
        directory.mkdir(parents=True)
        for i, doc in enumerate(varied(SMALL_FILES * 4 * SMALL_BYTES)):
            if i == SMALL_FILES:
                break
            piece = doc.encode("utf-8")[:SMALL_BYTES].decode("utf-8", "ignore")
            piece = piece[: piece.rfind("\n") + 1] or piece + "\n"
            (directory / f"{i:04d}.txt").write_text(piece, encoding="utf-8")
    return directory


def start_up_cost() -> float:
    """CPU seconds a fresh process spends on its first small documents beyond what the
    same documents cost it warm: imports, compiled patterns, word-frequency tables. CPU
    time, not wall time, so that load from elsewhere on the machine does not count."""
    code = (
        "import time\n"
        "t = time.process_time()\n"
        "import newsclean\n"
        "docs = [p.read_text('utf-8') for p in PAGES]\n"
        "for d in docs: newsclean.fix_text(d[:2000])\n"
        "cold = time.process_time() - t\n"
        "t = time.process_time()\n"
        "for d in docs: newsclean.fix_text(d[:2000])\n"
        "print(cold - (time.process_time() - t))\n"
    )
    setup = (
        "from pathlib import Path\n"
        f"PAGES = sorted(Path({str(ROOT / 'fixtures' / 'pages')!r}).glob('*.txt'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", setup + code], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def stream_file(megabytes: int) -> Path:
    """One long text of pages separated by blank lines, as a pipe would carry it: the
    plain-text pages (PDF extractions) only, since an HTML post in a long stream would be
    read whole as one HTML document (see newsclean.stream)."""
    import hashlib

    from newsclean.passes.markup import looks_like_html

    digest = hashlib.sha256("".join(pages()).encode("utf-8")).hexdigest()[:10]
    path = OUT / f"stream-{megabytes}mb-{digest}.txt"
    if not path.exists():
        with path.open("w", encoding="utf-8") as handle:
            for text in varied(megabytes * MB * 6 // 5):
                if not looks_like_html(text):
                    handle.write(text.rstrip("\n") + "\n\n")
    return path


def english_stream_file(megabytes: int) -> Path:
    """English OCR pages separated by blank lines, ``megabytes`` MB of them."""
    path = OUT / f"stream-en-{megabytes}mb.txt"
    if not path.exists():
        with path.open("w", encoding="utf-8") as handle:
            for text in varied(megabytes * MB, english_pages()):
                handle.write(text.rstrip("\n") + "\n\n")
    return path


# --- measurements -----------------------------------------------------------------


def throughput(
    docs: list[str],
    names: tuple[str, ...] = ("ftfy", "fix", "split"),
    kinds: list[str] | None = None,
) -> dict[str, float]:
    """Seconds each of ftfy / fix / split spends on ``docs``, taken in turns by slice.
    With ``kinds`` (one a document), also the seconds on each kind, keyed
    ``name/kind``."""
    import ftfy

    import newsclean

    every: dict[str, Callable[[str], object]] = {
        "ftfy": ftfy.fix_text,
        "fix": newsclean.fix_text,
        "split": newsclean.split,
    }
    runners = {name: every[name] for name in names}
    for run in runners.values():  # warm up: imports, compiled patterns
        for doc in docs[:12]:
            run(doc)
    seconds = dict.fromkeys(runners, 0.0)
    size = len(docs) // SLICES + 1
    for start in range(0, len(docs), size):
        part = docs[start : start + size]
        for name, run in runners.items():
            for offset, doc in enumerate(part):
                began = time.perf_counter()
                run(doc)
                spent = time.perf_counter() - began
                seconds[name] += spent
                if kinds is not None:
                    key = f"{name}/{kinds[start + offset]}"
                    seconds[key] = seconds.get(key, 0.0) + spent
    return seconds


def wall(
    args: list[str], stdin: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, int, int]:
    """Wall seconds, exit status and peak RSS (KiB) of one command, output discarded."""
    with open(stdin or os.devnull, "rb") as source:  # noqa: PTH123
        began = time.perf_counter()
        proc = subprocess.Popen(
            args, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )
        assert proc.stderr is not None
        errors = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 3):
        log(f"{' '.join(args)} exited {proc.returncode}: {errors.decode()[-500:]}")
    return elapsed, proc.returncode, usage.ru_maxrss


@functools.cache
def user_env() -> dict[str, str]:
    """The environment of a user of this version: the compiled-pattern cache
    (newsclean.regex) in a folder of the benchmark's own, made afresh and filled by
    running ``fix`` and ``split`` over the fixture pages. The shared one in ~/.cache
    keeps the patterns of every version and branch that ever ran on the machine, and
    reading them all would be measured as this version's start-up."""
    cache = OUT / "regex-cache"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "NEWSCLEAN_CACHE_DIR": str(cache)}
    pages = str(ROOT / "fixtures" / "pages")
    for command in ("fix", "split"):
        wall([str(BIN / "newsclean"), command, "-q", "-r", pages], env=env)
    return env


def timed(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user and system, with the workers a command forks
    and waits for) of one command on no input, output discarded. On a machine others
    load, CPU time still says what a command costs when wall time no longer does."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - began, usage.ru_utime + usage.ru_stime


def startup() -> dict[str, float]:
    """Median wall and CPU seconds of `newsclean fix` and of `ftfy` on a one-line file,
    keyed ``ours``, ``theirs``, ``ours_cpu``, ``theirs_cpu``."""
    # Byte-compile newsclean as pip does when it installs a wheel (ftfy's modules were
    # compiled at its install); with PYTHONDONTWRITEBYTECODE set, an editable install
    # would otherwise compile its sources on every start.
    import compileall

    compileall.compile_dir(str(ROOT / "newsclean"), quiet=1)
    env = user_env()
    one = OUT / "one-line.txt"
    one.write_text("工作组， 制定计划。\n", encoding="utf-8")
    wall([str(BIN / "newsclean"), "fix", str(one)], env=env)
    runs: dict[str, list[tuple[float, float]]] = {"ours": [], "theirs": []}
    for _ in range(STARTUP_RUNS):
        runs["ours"].append(timed([str(BIN / "newsclean"), "fix", str(one)], env=env))
        runs["theirs"].append(timed([str(BIN / "ftfy"), str(one)]))
    medians = {}
    for name, times in runs.items():
        medians[name] = statistics.median(t[0] for t in times)
        medians[f"{name}_cpu"] = statistics.median(t[1] for t in times)
    return medians


#: Modules a one-line UTF-8 input to `fix` has no use for.
HEAVY = ("rich", "yaml", "opencc", "charset_normalizer", "wordfreq", "ftfy")


def import_profile(one: Path) -> tuple[float, list[tuple[str, float]], list[str]]:
    """`-X importtime` of `newsclean fix` on ``one``: total seconds of top-level imports,
    the largest imports (cumulative seconds), and the heavy modules it imported."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newsclean", "fix", str(one)],
        capture_output=True,
        text=True,
        check=False,
        env=user_env(),
    )
    total = 0.0
    largest: list[tuple[str, float]] = []
    heavy: set[str] = set()
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
            continue
        _, cumulative, name = line[len("import time:") :].split("|")
        module = name.strip()
        if module.split(".")[0] in HEAVY:
            heavy.add(module.split(".")[0])
        if not name.startswith("  "):
            # Top level: not nested in another import.
            total += int(cumulative) / 1e6
            largest.append((module, int(cumulative) / 1e6))
    largest.sort(key=lambda item: -item[1])
    return total, largest[:6], sorted(heavy)


def machine() -> list[str]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    uname = subprocess.run(["uname", "-a"], capture_output=True, text=True, check=False)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return [
        f"- `uname -a`: `{uname.stdout.strip()}`",
        f"- CPU: {cpu}, {os.cpu_count()} cores; Python {platform.python_version()}",
        f"- load average at start: {load:.2f}" + (" (BENCH_QUICK=1)" if QUICK else ""),
    ]


def verdict(value: float, target: float, *, at_most: bool = False) -> str:
    met = value <= target if at_most else value >= target
    return "met" if met else "**missed**"


Row = tuple[str, str, str, str]


def throughput_rows(docs: list[str]) -> list[Row]:
    mb = sum(len(d.encode("utf-8")) for d in docs) / MB
    log("throughput: ftfy.fix_text, fix, split (in turns)")
    kinds = corpus_kinds(len(docs))
    seconds = throughput(docs, kinds=kinds)
    base = mb / seconds["ftfy"]
    rows: list[Row] = [("ftfy.fix_text (reference)", f"{base:.2f} MB/s", "", "")]
    for name in ("fix", "split"):
        rate = mb / seconds[name]
        ratio = seconds["ftfy"] / seconds[name]
        target = TARGETS[name]
        rows.append(
            (
                f"`{name}` (library, {mb:.0f} MB, {len(docs)} pages)",
                f"{rate:.2f} MB/s = {ratio:.2f}x ftfy",
                f"≥ {target:g}x",
                verdict(ratio, target),
            )
        )
    for name, target in (("fix", TARGETS["fix_kind"]), ("split", TARGETS["split_kind"])):
        ratios = {
            kind: seconds[f"ftfy/{kind}"] / seconds[f"{name}/{kind}"] for kind in sorted(set(kinds))
        }
        rows.append(
            (
                f"`{name}` by kind of page (same run)",
                ", ".join(f"{kind} {ratio:.2f}x" for kind, ratio in ratios.items()),
                f"≥ {target:g}x each",
                verdict(min(ratios.values()), target),
            )
        )
    return rows


def startup_rows() -> list[Row]:
    log("start-up: newsclean fix vs ftfy on a one-line file")
    times = startup()
    ratio = times["ours"] / times["theirs"]
    total, largest, heavy = import_profile(OUT / "one-line.txt")
    return [
        (
            f"start-up, one-line input (median of {STARTUP_RUNS}, in turns)",
            f"{times['ours'] * 1000:.0f} ms vs ftfy {times['theirs'] * 1000:.0f} ms "
            f"= {ratio:.2f}x (CPU {times['ours_cpu'] * 1000:.0f} vs "
            f"{times['theirs_cpu'] * 1000:.0f} ms = "
            f"{times['ours_cpu'] / times['theirs_cpu']:.2f}x)",
            "≤ 1.3x",
            verdict(ratio, TARGETS["startup"], at_most=True),
        ),
        (
            "imports of `fix` on a one-line input (`-X importtime`)",
            f"{total * 1000:.0f} ms: "
            + ", ".join(f"{name} {sec * 1000:.0f}" for name, sec in largest)
            + (f"; heavy: {', '.join(heavy)}" if heavy else "; none of " + "/".join(HEAVY)),
            "no heavy module",
            verdict(0 if heavy else 1, 1),
        ),
    ]


def english_rows() -> list[Row]:
    log("English OCR pages: fix vs ftfy.fix_text (in turns)")
    english = list(varied(ENGLISH_MB * MB, english_pages()))
    english_mb = sum(len(d.encode("utf-8")) for d in english) / MB
    timed = throughput(english, ("ftfy", "fix"))
    page = OUT / "one-english-page.txt"
    page.write_text(english_pages()[0], encoding="utf-8")
    fix_page = [str(BIN / "newsclean"), "fix", str(page)]
    first = statistics.median(wall(fix_page, env=user_env())[0] for _ in range(5))
    stream = english_stream_file(ENGLISH_STREAM_MB)
    seconds_en, _, rss_en = wall([str(BIN / "newsclean"), "fix", "-q"], stream)
    return [
        (
            f"`fix` on English OCR pages ({english_mb:.0f} MB)",
            f"{english_mb / timed['fix']:.2f} MB/s = {timed['ftfy'] / timed['fix']:.2f}x ftfy",
            f"≥ {TARGETS['english']:g}x",
            verdict(timed["ftfy"] / timed["fix"], TARGETS["english"]),
        ),
        (
            "`newsclean fix` on one English OCR page (new process)",
            f"{first * 1000:.0f} ms",
            "(reported)",
            "",
        ),
        (
            f"peak RSS, `fix` streaming {ENGLISH_STREAM_MB} MB of English OCR on stdin",
            f"{rss_en / 1024:.0f} MiB ({seconds_en:.0f} s)",
            f"≤ {TARGETS['rss_english_mb']:g} MB",
            verdict(rss_en / 1024, TARGETS["rss_english_mb"], at_most=True),
        ),
    ]


NEWSCLEAN_FIX = [str(BIN / "newsclean"), "fix", "-q"]


def streaming_rows() -> list[Row]:
    log(f"streaming: {SMALL_MB} MB and {LARGE_MB} MB on stdin")
    small, _, _ = wall(NEWSCLEAN_FIX, stream_file(SMALL_MB))
    large, _, _ = wall(NEWSCLEAN_FIX, stream_file(LARGE_MB))
    log(f"streaming: peak RSS on {STREAM_MB} MB")
    big = stream_file(STREAM_MB)
    seconds_big, _, rss = wall(NEWSCLEAN_FIX, big)
    rss_mb = rss / 1024
    return [
        (
            f"`fix` on stdin, {SMALL_MB} MB vs {LARGE_MB} MB",
            f"{small:.1f} s vs {large:.1f} s = {large / small:.2f}x ({LARGE_MB / large:.2f} MB/s)",
            f"≤ {TARGETS['scaling']:g}x",
            verdict(large / small, TARGETS["scaling"], at_most=True),
        ),
        (
            f"peak RSS, `fix` streaming {big.stat().st_size / MB:.0f} MB on stdin",
            f"{rss_mb:.0f} MiB ({seconds_big:.0f} s)",
            "≤ 150 MB",
            verdict(rss_mb, TARGETS["rss_mb"], at_most=True),
        ),
    ]


def jobs_runs(command: list[str]) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of ``command`` with --jobs 1 and --jobs 2, three runs
    each, taken in turns (CPU time counts the workers too)."""
    runs: dict[str, list[tuple[float, float]]] = {"1": [], "2": []}
    for _ in range(3):
        for jobs, times in runs.items():
            times.append(timed([*command, "--jobs", jobs]))
    return {
        jobs: (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
        for jobs, times in runs.items()
    }


def jobs_rows(count: int, directory: Path) -> list[Row]:
    log("--jobs 1 vs --jobs 2")
    (one, one_cpu), (two, two_cpu) = jobs_runs([*NEWSCLEAN_FIX, "-r", str(directory)]).values()
    log(f"--jobs 1 vs --jobs 2 on {SMALL_FILES} small files")
    small = jobs_runs([*NEWSCLEAN_FIX, "-r", str(small_files())])
    (small_one, small_one_cpu), (small_two, small_two_cpu) = small.values()
    return [
        (
            f"`fix -r` {count} files, --jobs 1 vs --jobs 2 (speed-up, median of 3)",
            f"{one:.1f} s vs {two:.1f} s = {one / two:.2f}x "
            f"(CPU {one_cpu:.1f} s vs {two_cpu:.1f} s)",
            f"≥ {TARGETS['jobs']:g}x on 2 cores",
            verdict(one / two, TARGETS["jobs"]),
        ),
        (
            f"`fix -r` {SMALL_FILES} files of ~1 KB, --jobs 1 vs --jobs 2 (median of 3)",
            f"{small_one:.2f} s vs {small_two:.2f} s = {small_one / small_two:.2f}x "
            f"(CPU {small_one_cpu:.2f} s vs {small_two_cpu:.2f} s)",
            "(reported)",
            "",
        ),
        (
            "start-up a process pays before its documents (paid once with --jobs)",
            f"{start_up_cost():.2f} s of CPU",
            "(reported)",
            "",
        ),
    ]


def dask_rows(jsonl: Path) -> list[Row]:
    log("Dask LocalCluster, 2 workers, JSONL")
    records = [*NEWSCLEAN_FIX, "--input-format", "jsonl", str(jsonl)]
    plain, _, _ = wall(records)
    spread, _, _ = wall([*records, "--dask-local", "2"])
    return [
        (
            "`fix --input-format jsonl`, --dask-local 2 vs one process",
            f"{jsonl.stat().st_size / MB / spread:.2f} MB/s ({spread:.1f} s, cluster start "
            f"included) vs {jsonl.stat().st_size / MB / plain:.2f} MB/s ({plain:.1f} s)",
            "(reported)",
            "",
        )
    ]


def main() -> int:
    OUT.mkdir(exist_ok=True)
    began = time.perf_counter()
    header = machine()
    log(f"generating a {CORPUS_MB} MB corpus")
    docs, directory, jsonl = write_corpus()
    rows = throughput_rows(docs)
    rows += startup_rows()
    rows += english_rows()
    rows += streaming_rows()
    rows += jobs_rows(len(docs), directory)
    rows += dask_rows(jsonl)
    lines = [*header, f"- bench run time: {time.perf_counter() - began:.0f} s", ""]
    lines += ["| measure | result | target | |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    table = "\n".join(lines) + "\n"
    (OUT / "bench.md").write_text(table, encoding="utf-8")
    sys.stdout.write(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
