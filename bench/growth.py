"""Benchmark: how the figures of the other benches grow with the database, at 10,000, 50,000,
100,000 and 300,000 demo cases.

    uv run python bench/growth.py [--sizes 10000,50000,100000,300000] [--dir DIR] [--runs 2]

The demo databases are cached in ``DIR`` (default: the temporary folder) as ``bench-N.db``
with their office key in ``bench-N.db.kunci`` and built when missing: ``main.py demo`` up to
100,000 cases, the same bulk path (``app.tasks.fill_demo_database``) with the demo's limit
raised beyond it (300,000 cases take several minutes and about 3.6 GB). For each size, each
figure beside its yardstick of the same run:

- **start**: process start to the window shown, unattended (``gui --smoke`` with the login
  from the environment, as ``.ci/run``), and its steady RSS (``bench/memory.py``); the
  yardstick is a bare PySide6 window;
- **search and sort**: ``bench/case_list.py``'s id query and first page for a search and two
  sorts;
- **calendar change**: the holiday that moves the most running steps, added through
  ``app.calendar_service`` (not the dialog), beside the raw sqlite3 job that writes the same
  rows and grouped events (``bench/calendar_change.py``);
- **backup**: ``app.archive.backup`` of the cached file beside ``sqlite3 .backup``.

Prints one Markdown table, medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import memory  # noqa: E402  (bench/memory.py)

BUILD_BIG = """
import sys
sys.path.insert(0, sys.argv[1])
from app import demo, tasks
demo.MAX_CASES = max(demo.MAX_CASES, int(sys.argv[3]))
result = tasks.fill_demo_database(sys.argv[2], int(sys.argv[3]), 2026, lambda d, t: None)
print("\\n".join(result.out + result.err))
sys.exit(result.code)
"""

# A calendar change through the service on a copy, beside the raw grouped job on another.
CALENDAR = """
import json, sys, time
from datetime import timedelta
from pathlib import Path
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
import calendar_change as cc
from app import accounts, calendar_service as cs, clock, store
from app.demo import DEMO_PASSWORD
from app.workdays import DayKind, Override, OverrideAction, WorkCalendar
mine, raw = Path(sys.argv[3]), Path(sys.argv[4])
store.open_database(mine)
today = clock.today()
before = cs.current_calendar()
actor = accounts.login("admin", DEMO_PASSWORD).actor_in("admin")
day = cc.busiest_day(mine, before, today)
holiday = Override(day, OverrideAction.ADD, DayKind.LIBUR, "Libur daerah", cc.SKB)
after = WorkCalendar([holiday], before.cuti_bersama_libur, before.revision + 1, before.skb)
closed = cc.non_working_days(after, today - timedelta(days=400), today + timedelta(days=400))
start, cpu = time.perf_counter(), time.process_time()
moved = cs.add_override(actor, day, OverrideAction.ADD, DayKind.LIBUR, "Libur daerah", cc.SKB)
ms, cpu_ms = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
store.close_database()
raw_ms, raw_cpu, raw_moved = cc.raw_job(raw, closed, "add", grouped=True)
assert raw_moved == len(moved.value), (raw_moved, len(moved.value))
print(json.dumps([len(moved.value), ms, cpu_ms, raw_ms, raw_cpu]))
"""

BACKUP = """
import json, os, sys, tempfile, time
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
from pathlib import Path
import backup as bb
from app.signing import keyfile
keyfile.load_or_create_key()
db, dest = Path(sys.argv[3]), Path(sys.argv[4])
dest.mkdir(parents=True, exist_ok=True)
rows = []
for _ in range(int(sys.argv[5])):
    run = bb.UjikonRun()
    run.run(db, dest)
    bb.clear(dest)
    wall, cpu = bb.sqlite_backup(db, dest / "pembanding.sqlite")
    bb.clear(dest)
    rows.append([run.seconds, run.cpu, wall, cpu])
print(json.dumps(rows))
"""


def database_for(folder: Path, cases: int) -> Path:
    db = folder / f"bench-{cases}.db"
    key = folder / f"bench-{cases}.db.kunci"
    if db.exists():
        return db
    env = dict(os.environ, UJIKON_KUNCI=str(key))
    started = time.perf_counter()
    if cases <= 100_000:
        command = [sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db)]
        command += ["--cases", str(cases)]
    else:
        command = [sys.executable, "-c", BUILD_BIG, str(ROOT), str(db), str(cases)]
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    print(f"  demo {cases:,}: built in {time.perf_counter() - started:.0f} s", flush=True)
    return db


def fresh_copy(db: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(db, target)
    return target


def start_figures(db: Path, key: Path, scratch: Path, runs: int) -> dict[str, float]:
    out = scratch / "hasil.json"
    base = dict(os.environ)
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    base.update(
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "ujikon-bench-pycache"),
        BENCH_OUT=str(out),
        BENCH_SETTLE="1.5",
        BENCH_ROOT=str(ROOT),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data"),
        UJIKON_USER="admin",
        UJIKON_PASSWORD=memory.PASSWORD,
        UJIKON_KUNCI=str(key),
    )
    bare, mine = [], []
    memory.measure(memory.BARE, base, out)  # warm-up
    for _ in range(runs):
        bare.append(memory.measure(memory.BARE, base, out))
        copy = fresh_copy(db, scratch / "mulai.db")
        mine.append(memory.measure(memory.UJIKON, dict(base, BENCH_DB=str(copy)), out))
    med = statistics.median
    return {
        "start_s": med(r["shown_s"] for r in mine),
        "bare_start_s": med(r["shown_s"] for r in bare),
        "rss": med(r["VmRSS"] for r in mine),
        "bare_rss": med(r["VmRSS"] for r in bare),
    }


def case_list_figures(db: Path, key: Path, scratch: Path) -> dict[str, float]:
    copy = fresh_copy(db, scratch / "daftar.db")
    done = subprocess.run(
        [sys.executable, str(BENCH / "case_list.py"), "--db", str(copy)],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, UJIKON_KUNCI=str(key)),
    )
    figures = {}
    for line in done.stdout.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 4 and cells[2].replace(".", "").isdigit():
            figures[cells[0]] = float(cells[2]) + float(cells[3])  # ids + first page
    return figures


def calendar_figures(db: Path, key: Path, scratch: Path) -> list[float]:
    mine = fresh_copy(db, scratch / "kalender.db")
    raw = fresh_copy(db, scratch / "kalender-mentah.db")
    done = subprocess.run(
        [sys.executable, "-c", CALENDAR, str(ROOT), str(BENCH), str(mine), str(raw)],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, UJIKON_KUNCI=str(key), QT_QPA_PLATFORM="offscreen"),
    )
    mine.unlink()
    raw.unlink()
    return json.loads(done.stdout.strip().splitlines()[-1])


def backup_figures(db: Path, scratch: Path, runs: int) -> list[list[float]]:
    done = subprocess.run(
        [sys.executable, "-c", BACKUP, str(ROOT), str(BENCH), str(db), str(scratch / "cadangan")]
        + [str(runs)],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, UJIKON_KUNCI=str(scratch / "kunci-cadangan")),
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,50000,100000,300000")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    for cases in sizes:
        print(f"{cases:,} cases", flush=True)
        db = database_for(args.dir, cases)
        key = db.with_name(db.name + ".kunci")
        scratch = Path(tempfile.mkdtemp(prefix="ujikon-tumbuh-", dir=args.dir))
        try:
            start = start_figures(db, key, scratch, args.runs)
            print(f"  start {start}", flush=True)
            listing = case_list_figures(db, key, scratch)
            print(f"  list {listing}", flush=True)
            calendar = calendar_figures(db, key, scratch)
            print(f"  calendar {calendar}", flush=True)
            backups = backup_figures(db, scratch, args.runs)
            print(f"  backup {backups}", flush=True)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        rows.append((cases, db.stat().st_size, start, listing, calendar, backups))

    med = statistics.median
    print()
    print(
        "| cases | file | start to window (bare window) | steady RSS (bare) "
        "| search 'rekam medis' | sort by OPD | default order "
        "| calendar change: moved, Ujikon (raw job) | backup (sqlite3 .backup) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for cases, size, start, listing, calendar, backups in rows:
        moved, ms, _cpu, raw_ms, _raw_cpu = calendar
        ujikon = med(b[0] for b in backups)
        shell = med(b[2] for b in backups)
        print(
            f"| {cases:,} | {size / 1e6:,.0f} MB "
            f"| {start['start_s']:.2f} s ({start['bare_start_s']:.2f}) "
            f"| {start['rss']:.0f} MiB ({start['bare_rss']:.0f}) "
            f"| {listing.get(next((k for k in listing if 'rekam' in k), ''), 0):.0f} ms "
            f"| {listing.get('all, by OPD name', 0):.0f} ms "
            f"| {listing.get('all, most urgent first (default)', 0):.0f} ms "
            f"| {moved:,}: {ms:,.0f} ms ({raw_ms:,.0f}; {ms / raw_ms:.1f}×) "
            f"| {ujikon:.2f} s ({shell:.2f}; {ujikon / shell:.2f}×) |"
        )


if __name__ == "__main__":
    main()
