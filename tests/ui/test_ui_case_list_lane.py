"""The case list off the GUI thread (issue "Instant at 100,000 cases"): a keystroke's query
runs on the runner's lane, the first page comes first and the rest after it; a newer
keystroke interrupts the older query, whose rows are never shown; the window lists once at
start, with the sort it restored; a big change reloads once, on the lane; the last case
opens once the list has it. The lane itself: newest first, the hook that stops a running
query, its connection closed on its own thread. And the collector: the oldest generation
only while the window is left alone.

A test database is small, and the list serves a small one on the GUI thread
(``SYNC_UP_TO``): here that is 0, and a page is five rows, so the lane carries everything."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import Qt

from app.cases import listing
from app.changes import ChangeSet
from app.demo import fill_demo
from app.models import Case, database
from ui import case_list, runner
from ui.application import settings_for
from ui.main_window import MainWindow
from ui.runner import GuiThreadCollector, Runner, get_runner
from ui.session import Session

GUI = threading.get_ident()


@pytest.fixture
def queries(monkeypatch):
    """Every list query the window makes: (thread, text searched, sort, descending, limit)."""
    seen: list[tuple[int, str, str, bool, int | None]] = []
    real = listing.query_case_ids

    def query(f, t, sort=listing.SortKey.NUMBER, descending=False, limit=None):
        seen.append((threading.get_ident(), f.text, sort.value, descending, limit))
        return real(f, t, sort, descending, limit)

    monkeypatch.setattr(case_list, "query_case_ids", query)
    return seen


@pytest.fixture
def lane_only(monkeypatch):
    monkeypatch.setattr(case_list, "SYNC_UP_TO", 0)
    monkeypatch.setattr(case_list, "PAGE", 5)


@pytest.fixture
def demo(ui_db, login):
    fill_demo(36, documents=False)  # after the test's own account
    return ui_db


def make_window(qtbot, path, tmp_path, login) -> MainWindow:
    win = MainWindow(path, settings_for(tmp_path / "ui.ini"), Session(login))
    qtbot.addWidget(win)
    win.show()
    return win


def settled(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.model.loading(), timeout=10_000)


def fresh(panel) -> list[int]:
    m = panel.model
    return listing.query_case_ids(m._filter, m._thresholds, m._sort, m._descending)


def test_a_keystroke_is_queried_on_the_lane_first_page_first(
    qtbot, demo, tmp_path, login, boxes, lane_only, queries, monkeypatch
):
    # The lane reads the whole list once the first page has painted (which needs the event
    # loop, so not before ``settled``), not after the short wait a loaded machine can
    # exceed while the window is still being built.
    monkeypatch.setattr(case_list, "PAINT_WAIT_S", 60.0)
    window = make_window(qtbot, demo, tmp_path, login)
    panel = window.case_list
    # At start: the first page here, the rest on the lane.
    assert [(q[0] == GUI, q[4]) for q in queries] == [(True, 6)]
    assert panel.model.rowCount() == 5 and panel.model.loading()
    settled(qtbot, panel)
    assert [(q[0] == GUI, q[4]) for q in queries] == [(True, 6), (False, None)]
    assert panel.model.rowCount() == 36 and panel.model._ids == fresh(panel)
    assert panel.count_label.text() == "36 kasus"

    monkeypatch.setattr(case_list, "PAINT_WAIT_S", 0.2)  # as shipped, for the keystrokes
    queries.clear()
    shown: list[tuple[bool, int]] = []
    panel.model.loaded.connect(lambda complete: shown.append((complete, panel.model.rowCount())))
    qtbot.keyClicks(panel.search, "ka")
    qtbot.waitUntil(lambda: bool(shown) and shown[-1][0], timeout=10_000)
    assert queries and all(thread != GUI for thread, *_ in queries)
    assert {text for _t, text, *_ in queries} <= {"k", "ka"}
    assert shown[0] == (False, 5) and shown[-1][0]  # the page, then the whole list
    assert panel.model._ids == fresh(panel) and panel.model.rowCount() > 5
    assert panel.count_label.text() == f"{panel.model.rowCount()} kasus"


def test_a_newer_keystroke_interrupts_the_older_query_and_its_rows_never_show(
    qtbot, demo, tmp_path, login, boxes, lane_only, monkeypatch
):
    window = make_window(qtbot, demo, tmp_path, login)
    panel = window.case_list
    settled(qtbot, panel)
    real = listing.query_case_ids
    started = threading.Event()

    def endless_for_blok(f, t, sort=listing.SortKey.NUMBER, descending=False, limit=None):
        if f.text == "blok":
            # Counts for ever: only SQLite's interrupt (the lane's cancel hook) ends it. It
            # says it started from inside the statement, so the interrupt cannot come first.
            database.connection().create_function("mulai", 1, lambda x: started.set() or x)
            database.execute_sql(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                "SELECT count(*) FROM n WHERE mulai(x) > 0"
            ).fetchall()
            raise AssertionError("not interrupted")
        return real(f, t, sort, descending, limit)

    monkeypatch.setattr(case_list, "query_case_ids", endless_for_blok)
    jobs = []
    get_runner().jobStarted.connect(jobs.append)
    shown: list[list[int]] = []
    panel.model.loaded.connect(lambda _complete: shown.append(list(panel.model._ids)))
    try:
        panel.search.setText("blok")
        panel.apply_filter()
        assert started.wait(10)
        panel.search.setText("data")
        panel.apply_filter()
        settled(qtbot, panel)
        qtbot.waitUntil(lambda: all(j.outcome is not None for j in jobs), timeout=10_000)
    finally:
        get_runner().jobStarted.disconnect(jobs.append)
    first, last = jobs[0].outcome, jobs[-1].outcome
    assert first.cancelled and first.result is None and first.error is None
    assert last.error is None and not last.cancelled
    assert panel.model._ids == fresh(panel) and panel.model._filter.text == "data"
    assert shown and all(s == panel.model._ids[: len(s)] for s in shown)  # only "data" rows
    assert boxes.shown == []


def test_the_window_lists_once_at_start_with_the_sort_it_restored(
    qtbot, demo, tmp_path, login, boxes, queries
):
    first = make_window(qtbot, demo, tmp_path, login)
    first.case_list.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first.save_state()
    first.close()
    queries.clear()
    make_window(qtbot, demo, tmp_path, login)  # on the GUI thread: a small database
    assert [q[2:] for q in queries] == [("nomor", True, None)]


def test_the_window_lists_once_at_start_on_the_lane_too(
    qtbot, demo, tmp_path, login, boxes, lane_only, queries
):
    first = make_window(qtbot, demo, tmp_path, login)
    settled(qtbot, first.case_list)
    first.case_list.view.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    settled(qtbot, first.case_list)
    first.save_state()
    first.close()
    queries.clear()
    again = make_window(qtbot, demo, tmp_path, login)
    settled(qtbot, again.case_list)
    assert [q[2:] for q in queries] == [("judul", False, 6), ("judul", False, None)]


def test_a_change_naming_many_cases_reloads_once_on_the_lane(
    qtbot, demo, tmp_path, login, boxes, lane_only, queries, monkeypatch
):
    monkeypatch.setattr(case_list, "MAX_ROWS_PATCHED", 10)
    window = make_window(qtbot, demo, tmp_path, login)
    panel = window.case_list
    settled(qtbot, panel)
    queries.clear()
    many = frozenset(c.id for c in Case.select(Case.id))
    Case.update(judul="Judul baru").where(Case.id.in_(list(many))).execute()
    panel.apply_changes(ChangeSet(other_cases=many))
    settled(qtbot, panel)
    assert len(queries) == 2 and all(q[0] != GUI for q in queries)  # its page, then the rest
    assert panel.model.index(0, 7).data() == "Judul baru"


def test_the_last_case_opens_once_the_list_has_it_beyond_the_first_page(
    qtbot, demo, tmp_path, login, boxes, lane_only
):
    first = make_window(qtbot, demo, tmp_path, login)
    settled(qtbot, first.case_list)
    deep = first.case_list.model.case_id(30)
    first.open_case(deep)
    first.save_state()
    first.close()
    again = make_window(qtbot, demo, tmp_path, login)
    assert again.case_view.case_id is None  # not on the first page
    settled(qtbot, again.case_list)
    assert again.case_view.case_id == deep and again.case_list.selected_case_id() == deep


def test_a_case_chosen_while_the_list_loads_is_not_taken_back(
    qtbot, demo, tmp_path, login, boxes, lane_only
):
    window = make_window(qtbot, demo, tmp_path, login)
    panel = window.case_list
    settled(qtbot, panel)
    panel.select_case(panel.model.case_id(20))
    panel.search.setText("a")
    panel.apply_filter()  # the selected case waits for the new list...
    assert panel.model.loading()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    chosen = panel.model.case_id(0)
    panel.view.selectRow(0)  # ...but the clerk chose another meanwhile
    settled(qtbot, panel)
    assert panel.selected_case_id() == chosen


# ----------------------------------------------------------------------------- the lane
def test_a_lane_runs_the_newest_job_and_drops_the_waiting_ones(qtbot):
    ran: list[str] = []
    hooks: list[str] = []
    started, release = threading.Event(), threading.Event()
    lane = Runner().lane("uji")

    def blocking(report):
        report.on_cancel(lambda: hooks.append("dihentikan"))
        started.set()
        release.wait(10)  # a statement that the hook would stop
        ran.append("pertama")

    first = lane.submit("pertama", blocking)
    assert started.wait(10)
    second = lane.submit("kedua", lambda report: ran.append("kedua"))
    assert hooks == ["dihentikan"]  # cancelled at once, while it runs
    third = lane.submit("ketiga", lambda report: ran.append("ketiga") or "hasil")
    release.set()
    for job in (first, second, third):
        qtbot.waitUntil(lambda job=job: job.outcome is not None, timeout=10_000)
    assert ran == ["pertama", "ketiga"] and hooks == ["dihentikan"]
    assert first.outcome.cancelled and second.outcome.cancelled and second.outcome.result is None
    assert third.outcome.result == "hasil" and not third.outcome.cancelled
    third.cancel()  # after its work: no hook of an ended job runs
    assert hooks == ["dihentikan"]
    assert lane.join(5.0)  # it ends once nothing more comes


def test_a_lane_closes_its_connection_on_its_own_thread(qtbot, ui_db, monkeypatch):
    from app import workspace

    closed: list[tuple[int, bool]] = []
    real = workspace.end_thread

    def end_thread():
        real()
        closed.append((threading.get_ident(), database.is_closed()))

    monkeypatch.setattr(workspace, "end_thread", end_thread)
    lane = Runner().lane("uji")
    job = lane.submit("hitung", lambda report: (threading.get_ident(), Case.select().count()))
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=10_000)
    worker, _count = job.outcome.result
    assert lane.join(5.0)
    assert (worker, True) in closed and worker != GUI
    assert not database.is_closed()  # the GUI thread's own stays open


def test_stop_all_ends_the_lanes(qtbot):
    own = Runner()
    lane = own.lane("uji")
    started = threading.Event()
    job = lane.submit("menunggu", lambda report: (started.set(), report.wait(10)))
    assert started.wait(10) and own.busy()
    assert own.stop_all(5.0)
    assert job.outcome is not None and job.outcome.cancelled and not own.busy()
    assert lane.join(0.0)


# ----------------------------------------------------------------------------- collector
def test_the_oldest_generation_is_collected_only_while_the_window_is_left_alone(qapp, monkeypatch):
    collected: list[int] = []
    monkeypatch.setattr(runner.gc, "collect", lambda generation=2: collected.append(generation))
    monkeypatch.setattr(runner.gc, "get_count", lambda: (800, 20, 20))
    monkeypatch.setattr(runner.gc, "get_threshold", lambda: (700, 10, 10))
    monkeypatch.setattr(runner.gc, "disable", lambda: None)
    collector = GuiThreadCollector()
    try:
        collector._last_full = 0.0
        collector.collect_due()  # the user typed just now: the young ones only
        assert collected == [1]
        collector._last_input -= GuiThreadCollector.FULL_WHEN_IDLE_S
        collector.collect_due()
        assert collected == [1, 2]
        collector._last_input -= GuiThreadCollector.FULL_WHEN_IDLE_S
        collector.collect_due()  # and not again within a minute
        assert collected == [1, 2, 1]
    finally:
        collector._timer.stop()
        qapp.removeEventFilter(collector)
        collector.deleteLater()


def test_until_it_watches_input_the_collector_runs_no_full_collection(qapp, monkeypatch):
    """Made before the login dialog (``watch_input=False``: no application-wide filter
    before that dialog paints), it cannot tell whether the user is typing, so the oldest
    generation waits until ``watch_input`` (after the main window's first paint)."""
    collected: list[int] = []
    monkeypatch.setattr(runner.gc, "collect", lambda generation=2: collected.append(generation))
    monkeypatch.setattr(runner.gc, "get_count", lambda: (800, 20, 20))
    monkeypatch.setattr(runner.gc, "get_threshold", lambda: (700, 10, 10))
    monkeypatch.setattr(runner.gc, "disable", lambda: None)
    collector = GuiThreadCollector(watch_input=False)
    try:
        collector._last_full = 0.0
        collector._last_input -= 10 * GuiThreadCollector.FULL_WHEN_IDLE_S
        collector.collect_due()
        assert collected == [1]
        collector.watch_input()
        collector._last_input -= GuiThreadCollector.FULL_WHEN_IDLE_S
        collector.collect_due()
        assert collected == [1, 2]
    finally:
        collector.stop()
        collector.deleteLater()


def test_freeze_keeps_what_start_up_made_out_of_every_collection(qapp):
    collector = GuiThreadCollector()
    try:
        collector.freeze()
        assert gc.get_freeze_count() > 1000
        collector.unfreeze()
        assert gc.get_freeze_count() == 0
    finally:
        collector.stop()
        collector.deleteLater()


def test_a_finished_query_leaves_neither_its_job_nor_its_ids_behind(
    qtbot, demo, tmp_path, login, boxes, lane_only
):
    import weakref

    window = make_window(qtbot, demo, tmp_path, login)
    panel = window.case_list
    settled(qtbot, panel)
    jobs: list[weakref.ref] = []
    get_runner().jobStarted.connect(lambda job: jobs.append(weakref.ref(job)))
    try:
        for text in ("a", "ka", "kas", ""):
            panel.search.setText(text)
            panel.apply_filter()
            settled(qtbot, panel)
    finally:
        get_runner().jobStarted.disconnect()
    qtbot.waitUntil(lambda: not get_runner().busy(), timeout=10_000)
    gc.collect()
    assert len(jobs) >= 4 and [ref() for ref in jobs] == [None] * len(jobs)
