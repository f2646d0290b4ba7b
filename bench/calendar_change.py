"""Benchmark: a calendar change on a big database, end to end, beside its yardsticks.

    uv run python bench/calendar_change.py [--cases 100000] [--db PATH] [--runs 3] [--no-check]

Builds the demo with ``main.py demo --db PATH --cases N`` when PATH holds no cases (about a
minute and a half at 100,000; the office key of a database the bench builds is kept beside it
in ``PATH.kunci``), else reuses it. Each run works on two fresh copies of it:

- **Ujikon**, on the first copy, through the real calendar dialog (offscreen, as the
  administrator): add one holiday, cancel it again, then count cuti bersama as working days.
  Each is timed from the click to the moved deadlines being shown (the runner's worker does the
  work, one transaction, commit included); *of which sealing* is the time the store spent
  sealing the written rows (``app.store.seals``); *then the write-back* is the job the
  dialog starts once the moves are shown, which copies the change's pages from the WAL into
  the file (``calendar_service.write_back``: the commit leaves that checkpoint to it); the
  *largest GUI stall* is the longest gap of a 5 ms QTimer heartbeat while both ran.
- **Yardsticks**, in the same run: the same due dates computed in pure Python (the open steps
  read with sqlite3, a working-day count over a set of the non-working days), and a raw
  sqlite3 job on a second copy that writes the same moved step and case rows and one
  hash-chained history row per moved step, then commits with the same durability (WAL,
  ``synchronous=FULL``); the same job on a third copy with the history as Ujikon writes it
  now (one chained event per step, old and new due date, listing up to 1,000 cases). They
  have no seals and sign nothing.

The holiday added is the working day after the demo's today that lies inside the periods of
the most running steps (the worst case a single date gives). Prints medians, the spread
(min–max) and the ratio as a Markdown table, and then runs ``main.py check`` on the last
Ujikon copy: seals, chain and signed head must still verify.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SKB = "SKB Bupati Serang Nomor 1 Tahun 2026"
HEARTBEAT_MS = 5


def key_folder_for(db: Path) -> None:
    """A database the bench builds gets its own office key beside it (never the user's)."""
    folder = db.with_name(db.name + ".kunci")
    if "UJIKON_KUNCI" not in os.environ and (folder.exists() or not db.exists()):
        os.environ["UJIKON_KUNCI"] = str(folder)


def has_cases(db: Path) -> bool:
    if not db.exists():
        return False
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute('SELECT count(*) FROM "case"').fetchone()[0] > 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def build(db: Path, cases: int) -> None:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db), "--cases", str(cases)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"demo {cases:,} cases built in {time.perf_counter() - started:.0f} s", flush=True)


def copy(db: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(db, target)
    return target


# ----------------------------------------------------------------------------- yardsticks
def open_steps(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT id, case_id, tahap, tanggal_mulai, hari_kerja, batas_waktu FROM steprecord "
        "WHERE status = 'berjalan'"
    ).fetchall()


def non_working_days(calendar, first: date, last: date) -> set[str]:
    """The calendar's non-working days as ISO texts (set up outside the timing)."""
    days, day = set(), first
    while day <= last:
        if not calendar.is_working_day(day):
            days.add(day.isoformat())
        day += timedelta(days=1)
    return days


def pure_python_dues(rows: list[tuple], closed: set[str]) -> dict[int, str]:
    """Each running step's due date: working day n after its start (day 1 is the first
    working day after it), counted over the set of non-working days."""
    memo: dict[tuple[str, int], str] = {}
    dues: dict[int, str] = {}
    for step_id, _case, _tahap, start, n, _due in rows:
        due = memo.get((start, n))
        if due is None:
            day, counted = date.fromisoformat(start), 0
            while counted < n:
                day += timedelta(days=1)
                text = day.isoformat()
                if day.weekday() < 5 and text not in closed:
                    counted += 1
            due = memo[(start, n)] = day.isoformat()
        dues[step_id] = due
    return dues


def raw_job(
    db: Path, closed: set[str], reason: str, grouped: bool = False
) -> tuple[float, float, int]:
    """The yardstick job: read, compute, write the moved steps and cases and one chained
    event per move (``grouped``: one per step, old and new due date, listing its cases, at
    most 1,000, as Ujikon records them now), commit (WAL, synchronous=FULL). Returns (ms,
    CPU ms, moved)."""
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32000")
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    rows = open_steps(conn)
    dues = pure_python_dues(rows, closed)
    moved = [r for r in rows if dues[r[0]] != r[5]]
    now = datetime.now(UTC).isoformat(sep=" ")
    conn.executemany(
        "UPDATE steprecord SET batas_waktu = ?, dasar_kalender = 'bench' WHERE id = ?",
        [(dues[r[0]], r[0]) for r in moved],
    )
    conn.executemany(
        'UPDATE "case" SET batas_waktu = ?, updated_at = ? WHERE id = ?',
        [(dues[r[0]], now, r[1]) for r in moved],
    )
    last_id, prev = conn.execute("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1").fetchone()
    events = []
    if grouped:
        listed: dict[tuple, list[int]] = {}
        for step_id, case_id, tahap, _start, _n, old in moved:
            listed.setdefault((tahap, old, dues[step_id]), []).append(case_id)
        entries = [
            (None, tahap, old, new, cases[i : i + 1000])
            for (tahap, old, new), cases in listed.items()
            for i in range(0, len(cases), 1000)
        ]
    else:
        entries = [
            (case_id, tahap, old, dues[step_id], None)
            for step_id, case_id, tahap, _start, _n, old in moved
        ]
    for case_id, tahap, old, new, cases in entries:
        last_id += 1
        fields = {"baru": new, "lama": old, "tahap": tahap}
        if cases is not None:
            fields.update(alasan=reason, kasus=cases)
        detail = json.dumps(fields, sort_keys=True)
        summary = f"Batas waktu tahap {tahap} bergeser dari {old} ke {new}: {reason}"
        digest = hashlib.sha256(
            json.dumps(
                [last_id, case_id, now, "Admin", "admin", "admin", "x", summary, detail, prev]
            ).encode()
        ).hexdigest()
        events.append(
            (last_id, case_id, now, "Admin", "admin", "admin", "batas_waktu_bergeser", summary,
             detail, prev, digest)
        )  # fmt: skip
        prev = digest
    conn.executemany(
        "INSERT INTO event (id, case_id, waktu, pelaku, peran, pengguna, jenis, ringkasan, "
        "rincian, hash_sebelum, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        events,
    )
    conn.execute(
        "UPDATE setting SET value = ? WHERE key = 'rantai_riwayat'",
        (json.dumps({"hash": prev, "jumlah": last_id}),),
    )
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    cpu = (time.process_time() - cpu) * 1000
    conn.close()
    return elapsed, cpu, len(moved)


def pure_python_ms(db: Path, closed: set[str]) -> float:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    start = time.perf_counter()
    pure_python_dues(open_steps(conn), closed)
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    return elapsed


# ----------------------------------------------------------------------------- Ujikon
class Heartbeat:
    """The longest gap between two ticks of a short QTimer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def __enter__(self) -> Heartbeat:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._tick()
        self.timer.stop()


class CallTimer:
    """Time spent in ``owner.name`` (a method of one object, or a module's function), on any
    thread, until ``restore`` puts the real one back."""

    def __init__(self, owner: object, name: str) -> None:
        self.owner, self.name = owner, name
        self.real = getattr(owner, name)
        self.seconds = 0.0

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return self.real(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start

        setattr(owner, name, timed)

    def restore(self) -> None:
        setattr(self.owner, self.name, self.real)


def through_dialog(
    dialog, gesture: Callable[[], None]
) -> tuple[float, float, float, float, int, float]:
    """(ms end to end, CPU ms of the process, ms sealing, ms longest GUI stall, moved, ms
    of the write-back job after it) of one gesture. The stall covers the write-back too:
    the window waits for the runner to be idle before the heartbeat stops."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from app import calendar_service
    from app.models import database
    from ui.runner import get_runner

    # the open database's sealer (``Sealer.flush``), and the job the dialog starts after
    seals = CallTimer(database.obj.sealer, "flush")
    written_back = CallTimer(calendar_service, "write_back")
    shown: list = []
    dialog.calendarChanged.connect(shown.append)
    with Heartbeat() as beat:
        start, cpu = time.perf_counter(), time.process_time()
        gesture()
        elapsed = (time.perf_counter() - start) * 1000
        cpu = (time.process_time() - cpu) * 1000
        while get_runner().busy():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    dialog.calendarChanged.disconnect(shown.append)
    seals.restore()
    written_back.restore()
    assert len(shown) == 1, "the change was not made"
    return (
        elapsed,
        cpu,
        seals.seconds * 1000,
        beat.longest * 1000,
        len(shown[0].value),
        written_back.seconds * 1000,
    )


def busiest_day(db: Path, calendar, today: date) -> date:
    """The working day after ``today`` inside the periods of the most running steps."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT tanggal_mulai, batas_waktu FROM steprecord WHERE status = 'berjalan'"
    ).fetchall()
    conn.close()
    best, best_count, day = today, -1, today
    for _ in range(30):
        day += timedelta(days=1)
        if not calendar.is_working_day(day):
            continue
        text = day.isoformat()
        count = sum(1 for start, due in rows if start < text <= due)
        if count > best_count:
            best, best_count = day, count
    return best


def median_spread(values: list[float]) -> str:
    med = statistics.median(values)
    if len(values) == 1:
        return f"{med:,.0f}"
    return f"{med:,.0f} ({min(values):,.0f}–{max(values):,.0f})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-check", action="store_true", help="skip main.py check")
    args = parser.parse_args()
    db = (args.db or Path(tempfile.gettempdir()) / f"ujikon-bench-{args.cases}.db").resolve()
    key_folder_for(db)
    if not has_cases(db):
        build(db, args.cases)
    scratch = Path(tempfile.mkdtemp(prefix="ujikon-kalender-", dir=db.parent))

    from PySide6.QtWidgets import QApplication, QMessageBox

    from app import accounts, calendar_service, clock, store
    from app.demo import DEMO_PASSWORD
    from app.workdays import DayKind, Override, OverrideAction, WorkCalendar
    from ui.dialogs.calendar import CalendarDialog
    from ui.runner import Runner, set_runner
    from ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv)
    set_runner(Runner())
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    QMessageBox.exec = lambda self: QMessageBox.StandardButton.Ok  # the moved-deadlines box

    results: dict[str, dict[str, list[float]]] = {}
    last_copy = None
    for run in range(args.runs):
        mine, raw = copy(db, scratch / "ujikon.db"), copy(db, scratch / "raw.db")
        grouped = copy(db, scratch / "raw-grouped.db")
        store.open_database(mine)
        today = clock.today()
        before = calendar_service.current_calendar()
        login = accounts.login("admin", DEMO_PASSWORD)
        session = Session(login)
        session.set_role("admin")
        dialog = CalendarDialog(session)
        dialog.show()
        app.processEvents()
        day = busiest_day(mine, before, today)
        span = (today - timedelta(days=400), today + timedelta(days=400))
        holiday = Override(day, OverrideAction.ADD, DayKind.LIBUR, "Libur daerah", SKB)
        with_holiday = WorkCalendar(
            [holiday], before.cuti_bersama_libur, before.revision + 1, before.skb
        )
        without_cuti = WorkCalendar([], False, before.revision + 2, before.skb)
        closed = {
            "add": non_working_days(with_holiday, *span),
            "remove": non_working_days(before, *span),
            "cuti": non_working_days(without_cuti, *span),
        }

        def add(dialog=dialog, day=day) -> None:
            dialog.override_date.set_value(day)
            dialog.override_action.setCurrentIndex(
                dialog.override_action.findData(OverrideAction.ADD.value)
            )
            dialog.override_kind.setCurrentIndex(dialog.override_kind.findData(DayKind.LIBUR.value))
            dialog.override_name.setText("Libur daerah")
            dialog.override_ref.setText(SKB)
            dialog._add()

        def remove(dialog=dialog, day=day) -> None:
            model = dialog.overrides_model
            rows = [r for r in range(model.rowCount()) if model.record(r).tanggal == day]
            dialog.overrides_view.selectRow(rows[0])
            dialog._remove()

        def cuti(dialog=dialog) -> None:
            dialog.cuti.setChecked(False)

        for name, gesture in (("add", add), ("remove", remove), ("cuti", cuti)):
            pure = pure_python_ms(raw, closed[name])
            ms, cpu_ms, seal_ms, stall_ms, moved, back_ms = through_dialog(dialog, gesture)
            raw_ms, _, raw_moved = raw_job(raw, closed[name], name)
            assert raw_moved == moved, f"{name}: Ujikon moved {moved}, the raw job {raw_moved}"
            grouped_ms, grouped_cpu, _ = raw_job(grouped, closed[name], name, grouped=True)
            row = results.setdefault(name, {})
            for key, value in (
                ("ms", ms),
                ("cpu", cpu_ms),
                ("grouped_cpu", grouped_cpu),
                ("seal", seal_ms),
                ("stall", stall_ms),
                ("back", back_ms),
                ("pure", pure),
                ("raw", raw_ms),
                ("grouped", grouped_ms),
                ("moved", moved),
            ):
                row.setdefault(key, []).append(value)
            print(
                f"run {run + 1} {name}: {moved:,} moved, {ms:,.0f} ms, CPU {cpu_ms:,.0f} ms "
                f"(sealing {seal_ms:,.0f}; then the write-back {back_ms:,.0f}), "
                f"stall {stall_ms:,.0f} ms; pure Python {pure:,.0f} ms, raw job {raw_ms:,.0f} ms, "
                f"raw job with grouped history {grouped_ms:,.0f} ms (CPU {grouped_cpu:,.0f})",
                flush=True,
            )
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
        store.close_database()
        last_copy = mine
        if run < args.runs - 1:
            (scratch / "ujikon.db").unlink()
        (scratch / "raw.db").unlink()
        (scratch / "raw-grouped.db").unlink()

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    running = conn.execute("SELECT count(*) FROM steprecord WHERE status = 'berjalan'").fetchone()
    cases = conn.execute('SELECT count(*) FROM "case"').fetchone()[0]
    conn.close()
    labels = {
        "add": f"add one holiday ({day:%d %b %Y})",
        "remove": "remove it again",
        "cuti": "cuti bersama → hari kerja",
    }
    print()
    print(
        f"{cases:,} cases, {running[0]:,} running steps; medians of {args.runs} runs, ms (min–max)"
    )
    print()
    print(
        "| change | moved steps | Ujikon, end to end | its CPU | of which sealing "
        "| then the write-back | largest GUI stall | same dues in pure Python "
        "| raw job, event per move | ratio "
        "| raw job, grouped events | its CPU | ratio | ratio of CPU |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")

    def med(row: dict[str, list[float]], key: str) -> float:
        return statistics.median(row[key])

    for name, row in results.items():
        print(
            f"| {labels[name]} | {int(med(row, 'moved')):,} "
            f"| {median_spread(row['ms'])} | {median_spread(row['cpu'])} "
            f"| {median_spread(row['seal'])} | {median_spread(row['back'])} "
            f"| {median_spread(row['stall'])} | {median_spread(row['pure'])} "
            f"| {median_spread(row['raw'])} | {med(row, 'ms') / med(row, 'raw'):.1f}× "
            f"| {median_spread(row['grouped'])} | {median_spread(row['grouped_cpu'])} "
            f"| {med(row, 'ms') / med(row, 'grouped'):.1f}× "
            f"| {med(row, 'cpu') / med(row, 'grouped_cpu'):.1f}× |"
        )
    if last_copy is not None and not args.no_check:
        print(f"\nmain.py check on the last Ujikon copy ({last_copy.name}):", flush=True)
        check = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "check", "--db", str(last_copy)],
            capture_output=True,
            text=True,
        )
        print(check.stdout.strip() or check.stderr.strip())
        print(f"exit status {check.returncode}")
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
