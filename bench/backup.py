"""Benchmark: Ujikon's verified backup beside ``sqlite3 .backup`` and a file copy with fsync.

    uv run python bench/backup.py [--db PATH] [--cases 50000] [--runs 5] [--dest DIR]

Builds a demo database of ``--cases`` cases (50,000 make about 570 MB) unless ``--db`` names
an existing file (``--db`` that does not exist yet is built and then reused by later runs).
Each run times, in a rotating order and in the same process:

- Ujikon's verified backup (``app.archive.backup``: copy, verification, SHA-256, signed
  manifest, fsync, rename), run on a worker thread while this thread ticks like an idle GUI
  event loop, recording the longest gap between ticks (a stall of the window) and the longest
  gap between two progress reports;
- the restore's check of that backup (``app.archive.verify_backup``), informative;
- ``sqlite3 SRC ".backup OUT"`` (the sqlite3 command-line shell; Python's one-step
  ``Connection.backup`` when the shell is missing);
- a plain copy of the file with fsync (``shutil.copyfile`` + ``os.fsync``);
- the idle tick loop alone, for as long as a backup takes (its longest gap is the yardstick
  for the stall).

Prints a Markdown table: median, spread (min–max) and ratios, and where Ujikon's backup spends
its time (from its progress texts). The office key is a fresh one in a temporary folder
(``UJIKON_KUNCI``), so the user's own key folder is not touched.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("UJIKON_KUNCI", tempfile.mkdtemp(prefix="ujikon-bench-kunci-"))

from app.archive import backup, verify_backup  # noqa: E402
from app.permissions import SYSTEM_ACTOR  # noqa: E402
from app.signing import keyfile  # noqa: E402

TICK = 0.002  # the idle loop's wait between ticks (a GUI event loop wakes about as often)


def build(db: Path, cases: int) -> None:
    print(f"Membuat basis data demo {cases} kasus di {db} …", flush=True)
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db), "--cases", str(cases)],
        check=True,
        cwd=ROOT,
    )


def clear(folder: Path) -> None:
    for p in folder.iterdir():
        if p.is_file():
            p.unlink()


def fsync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sqlite_backup(src: Path, out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of ``sqlite3 SRC .backup OUT`` (its process's CPU)."""
    start, cpu = time.perf_counter(), children_cpu()
    if shutil.which("sqlite3"):
        subprocess.run(["sqlite3", str(src), f".backup '{out}'"], check=True)
    else:  # pragma: no cover (no shell installed)
        s, d = sqlite3.connect(src), sqlite3.connect(out)
        s.backup(d)
        d.close()
        s.close()
        return time.perf_counter() - start, time.process_time() - cpu
    return time.perf_counter() - start, children_cpu() - cpu


def copy_fsync(src: Path, out: Path) -> tuple[float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    shutil.copyfile(src, out)
    fsync(out)
    return time.perf_counter() - start, time.process_time() - cpu


def idle_ticks(until: threading.Event | None, seconds: float) -> float:
    """Tick like an idle event loop until ``until`` is set (or for ``seconds``); the longest
    gap between two ticks, in seconds."""
    last = start = time.perf_counter()
    worst = 0.0
    while True:
        time.sleep(TICK)
        now = time.perf_counter()
        worst = max(worst, now - last)
        last = now
        if until is not None and until.is_set():
            return worst
        if until is None and now - start >= seconds:
            return worst


class UjikonRun:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu = 0.0  # CPU seconds of the process while it ran (the ticking thread's too)
        self.stall = 0.0
        self.report_gap = 0.0
        self.reports = 0
        self.phases: dict[str, float] = defaultdict(float)
        self.result = None

    def run(self, src: Path, dest: Path) -> None:
        done = threading.Event()
        marks: list[tuple[float, str]] = []
        failure: list[BaseException] = []

        def progress(value: int, total: int, text: str) -> bool:
            marks.append((time.perf_counter(), text))
            return True

        def job() -> None:
            try:
                self.result = backup(
                    SYSTEM_ACTOR, dest, progress, source=src, record=False, keep=1_000_000
                )
            except BaseException as exc:  # reported below, on the main thread
                failure.append(exc)
            finally:
                done.set()

        start, cpu = time.perf_counter(), time.process_time()
        worker = threading.Thread(target=job)
        worker.start()
        self.stall = idle_ticks(done, 0)
        worker.join()
        end = time.perf_counter()
        self.cpu = time.process_time() - cpu
        if failure:
            raise failure[0]
        self.seconds = end - start
        times = [start] + [t for t, _ in marks]
        self.report_gap = max(b - a for a, b in zip(times, times[1:], strict=False))
        self.reports = len(marks)
        for (t, text), (t2, _) in zip(marks, marks[1:], strict=False):
            self.phases[text] += t2 - t


def spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dest", type=Path, help="folder for the copies (default: a temp dir)")
    parser.add_argument("--no-verify", action="store_true", help="skip the restore's check")
    args = parser.parse_args()

    db = args.db or Path(tempfile.gettempdir()) / f"ujikon-bench-backup-{args.cases}.db"
    if not db.exists():
        build(db, args.cases)
    keyfile.load_or_create_key()  # manifests are signed, as on an office PC
    size = db.stat().st_size
    dest = args.dest or Path(tempfile.mkdtemp(prefix="ujikon-bench-backup-"))
    dest.mkdir(parents=True, exist_ok=True)
    out = dest / "pembanding.sqlite"
    print(f"{db}: {size / 1e6:,.0f} MB; {args.runs} putaran; salinan di {dest}", flush=True)

    ujikon: list[UjikonRun] = []
    verify_s: list[float] = []
    shell: list[float] = []
    copied: list[float] = []
    shell_cpu: list[float] = []
    copied_cpu: list[float] = []
    idle: list[float] = []

    def run_ujikon() -> None:
        run = UjikonRun()
        run.run(db, dest)
        ujikon.append(run)
        if not args.no_verify:
            start = time.perf_counter()
            check = verify_backup(run.result.path)
            verify_s.append(time.perf_counter() - start)
            assert check.ok, check.problems
        clear(dest)

    def run_shell() -> None:
        wall, cpu = sqlite_backup(db, out)
        shell.append(wall)
        shell_cpu.append(cpu)
        clear(dest)

    def run_copy() -> None:
        wall, cpu = copy_fsync(db, out)
        copied.append(wall)
        copied_cpu.append(cpu)
        clear(dest)

    jobs = [run_ujikon, run_shell, run_copy]
    for i in range(args.runs):
        order = jobs[i % 3 :] + jobs[: i % 3]  # rotate: no job always runs on a warm cache
        for job in order:
            job()
        idle.append(idle_ticks(None, ujikon[-1].seconds))
        print(
            f"  putaran {i + 1}: Ujikon {ujikon[-1].seconds:.2f} s (CPU {ujikon[-1].cpu:.2f}), "
            f".backup {shell[-1]:.2f} s (CPU {shell_cpu[-1]:.2f}), "
            f"cp+fsync {copied[-1]:.2f} s (CPU {copied_cpu[-1]:.2f}); "
            f"Ujikon ÷ .backup {ujikon[-1].seconds / shell[-1]:.2f}×",
            flush=True,
        )

    u = [r.seconds for r in ujikon]
    mu, ms, mc = statistics.median(u), statistics.median(shell), statistics.median(copied)
    print()
    print(f"Verified backup, {size / 1e6:,.0f} MB ({db.name}), median of {args.runs} runs:")
    print()
    print("| figure | median | spread | vs `sqlite3 .backup` | vs cp + fsync |")
    print("|---|---:|---:|---:|---:|")
    print(
        f"| Ujikon verified backup | {mu:.2f} s | {spread(u)} | {mu / ms:.2f}× | {mu / mc:.2f}× |"
    )
    print(f"| `sqlite3 .backup` | {ms:.2f} s | {spread(shell)} | 1.00× | {ms / mc:.2f}× |")
    print(f"| cp + fsync | {mc:.2f} s | {spread(copied)} | {mc / ms:.2f}× | 1.00× |")
    uc = [r.cpu for r in ujikon]
    muc, msc, mcc = (statistics.median(x) for x in (uc, shell_cpu, copied_cpu))
    print(
        f"| Ujikon verified backup, CPU | {muc:.2f} s | {spread(uc)} | {muc / msc:.2f}× "
        f"| {muc / mcc:.2f}× |"
    )
    print(f"| `sqlite3 .backup`, CPU | {msc:.2f} s | {spread(shell_cpu)} | 1.00× | |")
    print(f"| cp + fsync, CPU | {mcc:.2f} s | {spread(copied_cpu)} | | 1.00× |")
    pairs = [r.seconds / s for r, s in zip(ujikon, shell, strict=True)]
    print(
        f"| Ujikon ÷ `sqlite3 .backup`, run by run | {statistics.median(pairs):.2f}× "
        f"| {spread(pairs)} | | |"
    )
    if verify_s:
        mv = statistics.median(verify_s)
        print(
            f"| restore's check of the backup (`verify_backup`) | {mv:.2f} s | "
            f"{spread(verify_s)} | {mv / ms:.2f}× | {mv / mc:.2f}× |"
        )
    stall = [r.stall * 1000 for r in ujikon]
    idle_ms = [x * 1000 for x in idle]
    gaps = [r.report_gap * 1000 for r in ujikon]
    print(
        f"| longest stall of a ticking thread during the backup | "
        f"{statistics.median(stall):.0f} ms | {min(stall):.0f}–{max(stall):.0f} | "
        f"idle loop alone: {statistics.median(idle_ms):.0f} ms | |"
    )
    print(
        f"| longest gap between progress reports ({ujikon[0].reports} reports) | "
        f"{statistics.median(gaps):.0f} ms | {min(gaps):.0f}–{max(gaps):.0f} | | |"
    )
    print()
    print("Where Ujikon's backup spends its time (median per progress text):")
    print()
    print("| step | median |")
    print("|---|---:|")
    names = list(dict.fromkeys(text for r in ujikon for text in r.phases))
    for text in names:
        print(f"| {text} | {statistics.median(r.phases.get(text, 0.0) for r in ujikon):.2f} s |")
    if args.dest is None:
        shutil.rmtree(dest, ignore_errors=True)


if __name__ == "__main__":
    main()
