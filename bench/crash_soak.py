"""Crash soak: a child process commits numbered changes through the app's database layer and
is killed with SIGKILL at random moments; after every kill the database must pass
``PRAGMA integrity_check`` and hold every change the child reported as committed.

    .venv/bin/python bench/crash_soak.py --kills 300          # the soak (a minute or two)
    .venv/bin/python bench/crash_soak.py --kills 300 --db x.db

The test suite runs the same function with a few dozen kills (tests/test_crash_safety.py).

Each transaction of the child inserts an OPD row named by its number with a payload of
0.5–3 KB (so the WAL grows and checkpoints happen between kills) and updates a counter in
the settings, then prints the number (flushed) after COMMIT returned. The parent reads a
random number of lines (0–60), kills the child, drains what it had printed, and checks the
file read-only (no checkpoint by the checker, so the next child starts from whatever WAL the
killed one left). The next child takes over the lock file left by the killed one.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The children are forked from one "zygote" process that has imported the app once, so a
# child starts in milliseconds instead of a third of a second (dozens of kills stay within a
# few seconds in the test suite). The zygote never opens the database itself: every child
# opens it after the fork, as a fresh process would. Children and the zygote share the
# zygote's stdout; a line is written with one os.write (atomic below PIPE_BUF), and the
# zygote reports "mati" only after reaping the killed child, so every line the child wrote
# is in the pipe before that.
ZYGOTE = r"""
import os, random, sys
sys.path.insert(0, sys.argv[1])
import app.refdata, app.sop  # noqa: F401  (imported once, before forking)
from app.store import open_database
from app.models import Opd, Setting, database


def child(path, n):
    open_database(path)
    rng = random.Random(n)
    while True:
        with database.atomic():
            Opd.create(nama=f"Uji crash {n:07d}", singkatan="x" * rng.randint(500, 3000))
            Setting.insert(key="uji_crash_terakhir", value=n).on_conflict_replace().execute()
        os.write(1, f"{n}\n".encode())
        n += 1


os.write(1, b"siap\n")
for line in sys.stdin:
    start = int(line)
    pid = os.fork()
    if pid == 0:
        try:
            child(sys.argv[2], start)
        finally:
            os._exit(70)
    os.write(1, f"pid {pid}\n".encode())
    os.waitpid(pid, 0)
    os.write(1, b"mati\n")
"""


@dataclass
class SoakResult:
    kills: int = 0
    committed: int = 0  # changes the children reported as committed
    stored: int = 0  # rows found at the end
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _stored_numbers(path: Path) -> tuple[str, set[int], int | None]:
    """(integrity_check, numbers stored, counter) read without writing or checkpointing."""
    uri = "file:" + str(path) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=30)
    try:
        integrity = "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        numbers = {
            int(r[0][len("Uji crash ") :])
            for r in conn.execute("SELECT nama FROM opd WHERE nama LIKE 'Uji crash %'")
        }
        row = conn.execute("SELECT value FROM setting WHERE key = 'uji_crash_terakhir'").fetchone()
        return integrity, numbers, None if row is None else int(row[0])
    finally:
        conn.close()


def _one_kill(
    zygote: subprocess.Popen, start: int, rng: random.Random, max_lines: int, committed: set[int]
) -> str | None:
    """Fork a child at ``start``, let it commit a random number of changes, SIGKILL it, and
    collect every number it reported. Returns a problem, or None."""
    zygote.stdin.write(f"{start}\n".encode())
    zygote.stdin.flush()
    want = rng.choice([0, 1, 2]) if rng.random() < 0.2 else rng.randint(1, max_lines)
    pid = None
    seen = 0
    while pid is None or seen < want:
        line = zygote.stdout.readline()
        if not line:
            return "the zygote ended: " + zygote.stderr.read().decode("utf-8", "replace")[-800:]
        if line.startswith(b"pid "):
            pid = int(line[4:])
        elif line == b"mati\n":  # the child died by itself
            return "the child ended before it was killed: " + _stderr_tail(zygote)
        else:
            committed.add(int(line))
            seen += 1
    os.kill(pid, signal.SIGKILL)
    while (line := zygote.stdout.readline()) != b"mati\n":
        if not line:
            return "the zygote ended while reaping the child"
        committed.add(int(line))
    return None


def _stderr_tail(proc: subprocess.Popen) -> str:
    os.set_blocking(proc.stderr.fileno(), False)
    try:
        return (proc.stderr.read() or b"").decode("utf-8", "replace")[-800:]
    finally:
        os.set_blocking(proc.stderr.fileno(), True)


def _judge(
    integrity: str, stored: set[int], counter: int | None, committed: set[int]
) -> str | None:
    if integrity != "ok":
        return f"integrity_check: {integrity[:300]}"
    missing = committed - stored
    if missing:
        return f"committed but missing: {sorted(missing)[:10]}"
    if stored and counter != max(stored):
        return f"counter {counter} != last row {max(stored)} (a transaction was half applied)"
    return None


def run_soak(path: Path, kills: int, seed: int = 5, max_lines: int = 60, log=None) -> SoakResult:
    """Kill a committing child ``kills`` times on the database at ``path`` (created first if
    needed). Returns what was found; ``problems`` is empty when every check passed."""
    sys.path.insert(0, str(ROOT))
    from app.store import close_database, open_database

    if not path.exists():
        open_database(path)
        close_database()
    rng = random.Random(seed)
    result = SoakResult()
    committed: set[int] = set()
    next_number = 1
    started = time.perf_counter()
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(ROOT), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        if zygote.stdout.readline() != b"siap\n":
            result.problems.append(
                "the zygote did not start: "
                + zygote.stderr.read().decode("utf-8", "replace")[-500:]
            )
            return result
        for k in range(kills):
            problem = _one_kill(zygote, next_number, rng, max_lines, committed)
            if problem is None:
                integrity, stored, counter = _stored_numbers(path)
                problem = _judge(integrity, stored, counter, committed)
            result.kills += 1
            if problem is not None:
                result.problems.append(f"kill {k + 1}: {problem}")
                break
            next_number = max(stored, default=0) + 1
            if log is not None and (k + 1) % 50 == 0:
                log(f"{k + 1} kills, {len(committed)} committed changes, all present")
    finally:
        zygote.stdin.close()
        try:
            zygote.wait(timeout=30)
        except subprocess.TimeoutExpired:
            zygote.kill()
            zygote.wait()
        zygote.stdout.close()
        zygote.stderr.close()
    result.committed = len(committed)
    result.stored = len(_stored_numbers(path)[1])
    result.seconds = time.perf_counter() - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "crash.db"
        result = run_soak(path, args.kills, args.seed, log=print)
        size = path.stat().st_size
    print(
        f"{result.kills} kills in {result.seconds:.1f} s; {result.committed} committed "
        f"changes reported, {result.stored} rows stored; database {size / 1e6:.1f} MB"
    )
    for problem in result.problems:
        print("PROBLEM:", problem)
    return 1 if result.problems or result.kills < args.kills else 0


if __name__ == "__main__":
    sys.exit(main())
