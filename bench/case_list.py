"""Benchmark: the case list at 100,000 cases, in SQL and in the real window.

    uv run python bench/case_list.py --db FILE [--runs 5] [--sql-only | --gui-only]
    uv run python bench/case_list.py --db FILE --code DIR    # the same figures of another
                                                              # checkout (e.g. before a change)

FILE is built (``main.py demo``) when it holds no cases. Each figure is paired with its
yardstick in the same run:

- *SQL*: Ujikon's first page (the ids of the first 101 cases and the rows of 100, as the list
  reads them) and its whole id list, beside **raw sqlite3** on its own connection giving the
  same: one plain statement (the filter, ORDER BY, LIMIT 101; the whole list without LIMIT)
  and the page's rows by id. The ids are compared: a figure with other ids is refused.
- *Window*: the real ``MainWindow``. Words are typed into the search box one key every 150
  ms, every column is sorted both ways, the filters are changed. For each query: from its
  start (the model's ``refresh``, after the debounce) to the end of the first paint of the
  list with its new rows (a zero timer after the viewport's paint event), and to the whole
  list in the model. The *largest GUI stall* is the longest gap of a 5 ms QTimer heartbeat
  during the whole scenario, beside the same heartbeat in an idle loop.

Medians of ``--runs`` runs, with min–max.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
HEARTBEAT_MS = 5
KEY_GAP_MS = 150  # a brisk typist
PAGE = 100


def median_spread(values: list[float], digits: int = 1) -> str:
    if not values:
        return "–"
    med = statistics.median(values)
    if len(values) == 1:
        return f"{med:,.{digits}f}"
    return f"{med:,.{digits}f} ({min(values):,.{digits}f}–{max(values):,.{digits}f})"


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


# ----------------------------------------------------------------------------- raw sqlite3
def plain_statement(f, t, sort, descending: bool, limit: int | None) -> tuple[str, list]:
    """The list as one plain statement (the filter, the ORDER BY of the sort; LIMIT): what
    raw sqlite3 is given. Built with peewee here, run without it."""
    from peewee import SQL
    from peewee import Case as SqlCase

    from app.cases.listing import DeadlineStatus, SortKey, search_words
    from app.models import Case, Opd
    from app.states import CaseStatus
    from app.store import search_index

    q = Case.select(Case.id)
    if sort == SortKey.OPD:
        q = q.join(Opd)
    for word in search_words(f.text):
        q = q.where(SQL('instr("t1"."search_text", ?) > 0', [word]))
        if len(word) >= 3:
            match = f"(SELECT rowid FROM {search_index.TABLE} WHERE {search_index.TABLE} MATCH ?)"
            q = q.where(Case.id.in_(SQL(match, [search_index.fts_phrase(word)])))
    if f.year is not None:
        q = q.where(Case.tahun == f.year)
    if f.actor_role:
        q = q.where(Case.pelaksana == f.actor_role, Case.status == CaseStatus.RUNNING)
    if f.status == DeadlineStatus.OVERDUE:
        q = q.where(Case.status == CaseStatus.RUNNING, Case.batas_waktu < t.today)
    elif f.status == DeadlineStatus.FINISHED:
        q = q.where(Case.status == CaseStatus.FINISHED)
    rank = SqlCase(
        None,
        (
            (Case.status == CaseStatus.FINISHED, 3),
            (Case.batas_waktu < t.today, 0),
            (Case.batas_waktu <= t.soon_limit, 1),
        ),
        2,
    )
    columns = {
        SortKey.NUMBER: [Case.tahun, Case.urut],
        SortKey.OPD: [Opd.nama, Case.tahun, Case.urut],
        SortKey.TITLE: [Case.judul],
        SortKey.STEP: [Case.status, Case.tahap],
        SortKey.ACTOR: [Case.pelaksana],
        SortKey.DUE: [Case.batas_waktu],
        SortKey.DAYS_LEFT: [Case.batas_waktu],
        SortKey.STATUS: [rank, Case.batas_waktu],
    }[sort]
    order = [c.desc() if descending else c.asc() for c in [*columns, Case.id]]
    if sort in (SortKey.DUE, SortKey.DAYS_LEFT):
        order.insert(0, Case.batas_waktu.is_null().asc())
    q = q.order_by(*order)
    if limit is not None:
        q = q.limit(limit)
    sql, params = q.sql()
    return sql, [p.isoformat() if hasattr(p, "isoformat") else p for p in params]


ROWS_SQL = (
    "SELECT c.id, c.nomor, c.judul, c.tahap, c.pelaksana, c.batas_waktu, c.status, "
    'c.sop_version_id, o.nama, o.singkatan FROM "case" c JOIN opd o ON o.id = c.opd_id '
    "WHERE c.id IN ({})"
)


def raw_page(conn: sqlite3.Connection, sql: str, params: list) -> list[int]:
    ids = [r[0] for r in conn.execute(sql, params)]
    page = ids[:PAGE]
    if page:
        conn.execute(ROWS_SQL.format(",".join("?" * len(page))), page).fetchall()
    return ids


def timed(fn: Callable[[], object], runs: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return times, result


def sql_scenarios():
    from app.cases.listing import CaseFilter, DeadlineStatus, SortKey

    return [
        ("all, most urgent first (default)", CaseFilter(), SortKey.STATUS, False),
        ("all, most urgent last", CaseFilter(), SortKey.STATUS, True),
        ("all, by number", CaseFilter(), SortKey.NUMBER, False),
        ("all, by OPD name", CaseFilter(), SortKey.OPD, False),
        ("all, by title", CaseFilter(), SortKey.TITLE, False),
        ("all, by due date, descending", CaseFilter(), SortKey.DUE, True),
        ("search 'rekam medis'", CaseFilter(text="rekam medis"), SortKey.STATUS, False),
        ("search 'pengadaan'", CaseFilter(text="pengadaan"), SortKey.STATUS, False),
        ("search '001/uk'", CaseFilter(text="001/uk"), SortKey.NUMBER, False),
        ("search 'ka' (2 letters)", CaseFilter(text="ka"), SortKey.STATUS, False),
        ("search 'zq' (2 letters, no match)", CaseFilter(text="zq"), SortKey.STATUS, False),
        ("search 'td' (2 letters, 1.6 % of cases)", CaseFilter(text="td"), SortKey.STATUS, False),
        ("search 'q' (1 letter, no match)", CaseFilter(text="q"), SortKey.STATUS, False),
        ("overdue, by due date", CaseFilter(status=DeadlineStatus.OVERDUE), SortKey.DUE, False),
        ("tugas saya (atasan_ppid)", CaseFilter(actor_role="atasan_ppid"), SortKey.STATUS, False),
        ("year 2025", CaseFilter(year=2025), SortKey.NUMBER, False),
    ]


def run_sql(db: Path, runs: int) -> None:
    from app.calendar_service import current_calendar
    from app.cases import listing
    from app.cases.listing import Thresholds, fetch_rows
    from app.clock import today

    calendar = current_calendar()
    t = Thresholds.compute(today(), calendar)
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA cache_size=-32000")
    paged = "limit" in listing.query_case_ids.__code__.co_varnames

    def first_page(f, sort, descending):
        if paged:
            ids = listing.query_case_ids(f, t, sort, descending, limit=PAGE + 1)
        else:  # before: the whole list, then its first page
            ids = listing.query_case_ids(f, t, sort, descending)[: PAGE + 1]
        fetch_rows(ids[:PAGE], t, calendar)
        return ids

    print("\n### SQL: first page and whole list (ms)\n")
    print(
        "| scenario | cases | Ujikon first page | raw sqlite3 first page | ratio "
        "| Ujikon whole list | raw sqlite3 whole list | ratio |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, f, sort, descending in sql_scenarios():
        psql, pparams = plain_statement(f, t, sort, descending, PAGE + 1)
        wsql, wparams = plain_statement(f, t, sort, descending, None)
        raw_first, expected_first = timed(partial(raw_page, raw, psql, pparams), runs)
        raw_whole, expected = timed(partial(raw_page, raw, wsql, wparams), runs)
        mine_first, got_first = timed(partial(first_page, f, sort, descending), runs)
        mine_whole, got = timed(partial(listing.query_case_ids, f, t, sort, descending), runs)
        assert got_first == expected_first and got == expected, f"other ids: {name}"
        r1 = statistics.median(mine_first) / statistics.median(raw_first)
        r2 = statistics.median(mine_whole) / statistics.median(raw_whole)
        print(
            f"| {name} | {len(expected):,} | {median_spread(mine_first)} "
            f"| {median_spread(raw_first)} | {r1:.1f}× | {median_spread(mine_whole)} "
            f"| {median_spread(raw_whole)} | {r2:.1f}× |",
            flush=True,
        )
    raw.close()


# ----------------------------------------------------------------------------- the window
class Heartbeat:
    """The longest gap between two ticks of a short QTimer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest * 1000


class Probe:
    """For each query the list starts: ms to its first page painted, ms to its whole list."""

    def __init__(self, panel) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.panel, self.model = panel, panel.model
        self.started = 0.0
        self.awaiting_rows = self.awaiting_paint = self.awaiting_all = False
        self.painted: list[float] = []
        self.whole: list[float] = []
        probe = self

        class PaintWatch(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and probe.awaiting_paint:
                    probe.awaiting_paint = False
                    QTimer.singleShot(0, probe._painted)
                return False

        self.watch = PaintWatch()
        panel.view.viewport().installEventFilter(self.watch)
        model = self.model
        real_refresh = model.refresh

        def refresh(*args, **kwargs):
            probe.started = time.perf_counter()
            probe.awaiting_rows = probe.awaiting_all = True
            probe.awaiting_paint = False
            return real_refresh(*args, **kwargs)

        model.refresh = refresh
        model.modelReset.connect(self._rows)
        if hasattr(model, "loaded"):  # rows arrive off the GUI thread: the whole list is in
            model.loaded.connect(self._loaded)
        else:  # before: the list is whole once it is reset
            model.modelReset.connect(self._all)

    def _rows(self) -> None:
        if self.awaiting_rows:
            self.awaiting_rows = False
            self.awaiting_paint = True
            self.panel.view.viewport().update()

    def _loaded(self, complete: bool) -> None:
        self._rows()  # (the same rows as before come without a reset: painted as they are)
        if complete:
            self._all()

    def _painted(self) -> None:
        self.painted.append((time.perf_counter() - self.started) * 1000)

    def _all(self, *args) -> None:
        if self.awaiting_all and not self.loading():
            self.awaiting_all = False
            self.whole.append((time.perf_counter() - self.started) * 1000)

    def loading(self) -> bool:
        loading = getattr(self.model, "loading", None)
        return bool(loading()) if loading is not None else False

    def idle(self) -> bool:
        return not self.loading() and not self.awaiting_paint and not self.awaiting_rows


def wait(app, until: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the list did not settle: {getattr(until, 'state', lambda: '')()}")
        app.processEvents()
        time.sleep(0.001)


def pause(app, ms: float) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def run_gui(db: Path, runs: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app import accounts
    from app.demo import DEMO_PASSWORD
    from ui.application import settings_for
    from ui.main_window import MainWindow
    from ui.runner import Runner, set_runner
    from ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv)
    runner = Runner()
    set_runner(runner)
    try:  # cyclic garbage as the application collects it (ui.application)
        from ui.runner import GuiThreadCollector

        collector = GuiThreadCollector()
    except ImportError:
        collector = None
    for kind in ("information", "warning", "critical"):
        setattr(QMessageBox, kind, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    login = accounts.login("admin", DEMO_PASSWORD)
    ini = Path(tempfile.mkdtemp(prefix="ujikon-daftar-")) / "ui.ini"
    window = MainWindow(db, settings_for(ini), Session(login))
    window.resize(1340, 720)
    window.show()
    # The window opens on the dashboard; the list paints only where it is seen.
    window.tabs.setCurrentWidget(window.splitter)
    panel = window.case_list
    probe = Probe(panel)
    wait(app, lambda: probe.idle() and not runner.busy())
    pause(app, 300)
    if hasattr(collector, "freeze"):
        collector.freeze()  # as the application does after the first paint

    words = ["rekam medis", "001/uk", "pengadaan", "zq", "ka", "td"]
    figures: dict[str, dict[str, list[float]]] = {}

    def note(name: str, key: str, values: list[float]) -> None:
        figures.setdefault(name, {}).setdefault(key, []).extend(values)

    def scenario(name: str, gesture: Callable[[], None]) -> None:
        probe.painted.clear()
        probe.whole.clear()
        beat = Heartbeat()
        beat.start()
        gesture()
        settle = lambda: probe.idle() and not runner.busy()  # noqa: E731
        settle.state = lambda: (probe.__dict__, runner.jobs(), panel.isVisible())
        wait(app, settle)
        pause(app, 100)
        note(name, "stall", [beat.stop()])
        note(name, "painted", list(probe.painted))
        note(name, "whole", list(probe.whole))

    def typing(word: str) -> Callable[[], None]:
        def gesture() -> None:
            panel.search.setFocus()
            for ch in word:
                QTest.keyClicks(panel.search, ch)
                pause(app, KEY_GAP_MS)

        return gesture

    def clearing() -> None:
        panel.search.clear()
        panel.apply_filter()

    def sorting() -> None:
        for col in range(8):
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                panel.view.sortByColumn(col, order)
                wait(app, lambda: probe.idle())
                pause(app, 50)
        panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    def filtering() -> None:
        for combo in (panel.status_filter, panel.year_filter):
            for i in range(1, min(combo.count(), 4)):
                combo.setCurrentIndex(i)
                wait(app, lambda: probe.idle())
                pause(app, 50)
            combo.setCurrentIndex(0)
            wait(app, lambda: probe.idle())
        window.set_role("ppid_utama")
        panel.mine.setChecked(True)
        wait(app, lambda: probe.idle())
        panel.mine.setChecked(False)
        window.set_role("admin")

    for _run in range(runs):
        for word in words:
            scenario(f"typing '{word}'", typing(word))
            clearing()
            wait(app, lambda: probe.idle() and not runner.busy())
        scenario("sorting by each column, both ways", sorting)
        scenario("status, year, Tugas saya filters", filtering)
        beat = Heartbeat()
        beat.start()
        pause(app, 1500)
        note("idle loop (yardstick of the stall)", "stall", [beat.stop()])

    print("\n### Window: query start → first page painted, → whole list; largest stall (ms)\n")
    print(
        "| scenario | queries | first page painted | whole list in the model | largest GUI stall |"
    )
    print("|---|---:|---:|---:|---:|")
    for name, row in figures.items():
        print(
            f"| {name} | {len(row.get('painted', [])) // runs} "
            f"| {median_spread(row.get('painted', []))} | {median_spread(row.get('whole', []))} "
            f"| {median_spread(row['stall'], 0)} |"
        )
    runner.stop_all()
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--code", type=Path, help="measure the Ujikon of this folder instead")
    parser.add_argument("--sql-only", action="store_true")
    parser.add_argument("--gui-only", action="store_true")
    args = parser.parse_args()
    code = (args.code or ROOT).resolve()
    sys.path.insert(0, str(code))
    db = args.db.resolve()
    if not has_cases(db):
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(code / "main.py"),
                "demo",
                "--db",
                str(db),
                "--cases",
                str(args.cases),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"demo {args.cases:,} cases: {time.perf_counter() - started:.0f} s")

    from app.models import Case
    from app.store import open_database

    open_database(db)
    print(f"\n{Case.select().count():,} cases, code of {code}, {args.runs} runs")
    if not args.gui_only:
        run_sql(db, args.runs)
    if not args.sql_only:
        run_gui(db, args.runs)


if __name__ == "__main__":
    main()
