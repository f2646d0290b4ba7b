"""The background runner: progress, results and errors reach the GUI thread; Batal stops a job
and leaves nothing; the idle lock waits; quitting waits for running jobs and closes the
database, leaving no thread behind (the soak of fifty backups and prints through the real
window: ``test_ui_soak.py``)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from app import accounts, archive, calendar_service, checks, clock, demo, workspace
from app.accounts import RoleGrant
from app.errors import UserError
from app.models import Case, HolidayOverride, database
from app.settings import KUNCI_LAYAR_MENIT, change_settings
from app.store import close_database, lock_path, open_database
from tests.ui.conftest import TODAY
from ui import messages
from ui.application import IdleLock
from ui.dialogs.archive_tools import run_checks_dialog
from ui.dialogs.backup import BackupDialog
from ui.dialogs.calendar import CalendarDialog
from ui.runner import ProgressDialog, Runner, get_runner, run_with_progress
from ui.session import Session

GUI = threading.get_ident()  # pytest and Qt's GUI thread are the main thread
DEMO_CASES = 8


def make_demo_database(path: Path, cases: int = DEMO_CASES, documents: bool = False) -> Path:
    open_database(path)
    demo.fill_demo(cases, documents=documents)
    return path


@pytest.fixture
def demo_db(tmp_path):
    clock.pin_today(TODAY)
    path = make_demo_database(tmp_path / "demo.db")
    yield path
    close_database()
    clock.pin_today(None)


@pytest.fixture
def admin_session(demo_db) -> Session:
    return Session(accounts.login("admin", demo.DEMO_PASSWORD))


@pytest.fixture
def box_threads(boxes, monkeypatch) -> list[int]:
    """The thread each message box was shown on (the boxes are recorded by ``boxes``)."""
    threads: list[int] = []
    for kind in ("warning", "information", "critical", "question"):
        inner = getattr(QMessageBox, kind)

        def show(*args, _inner=inner, **kwargs):
            threads.append(threading.get_ident())
            return _inner(*args, **kwargs)

        monkeypatch.setattr(QMessageBox, kind, staticmethod(show))
    return threads


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


def progress_shown(monkeypatch) -> list[tuple[int, int, str, int]]:
    """Every progress a job's dialog was given: (done, total, text, thread)."""
    shown: list[tuple[int, int, str, int]] = []
    inner = ProgressDialog.set_progress

    def set_progress(self, done, total, text):
        shown.append((done, total, text, threading.get_ident()))
        inner(self, done, total, text)

    monkeypatch.setattr(ProgressDialog, "set_progress", set_progress)
    return shown


def worker_calls(monkeypatch, module, name: str) -> list[int]:
    """Wrap ``module.name`` to note the thread of every call."""
    threads: list[int] = []
    real = getattr(module, name)

    def wrapped(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapped)
    return threads


# ------------------------------------------------------------------------- the GUI thread
def test_every_progress_report_of_a_real_backup_reaches_the_dialog_on_the_gui_thread(
    qtbot, admin_session, boxes, tmp_path, monkeypatch, qtlog
):
    updates: list[tuple[int, int, str]] = []
    real_update = ProgressDialog.set_progress

    def recording(self, done, total, text):
        updates.append((threading.get_ident(), done, text))
        real_update(self, done, total, text)

    monkeypatch.setattr(ProgressDialog, "set_progress", recording)
    backups = worker_calls(monkeypatch, archive, "backup")
    dialog = BackupDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "cadangan"))

    result = dialog.run_backup()

    assert result is not None and result.path.is_file() and boxes.shown == []
    assert backups and backups[0] != GUI  # the backup itself ran on a worker
    assert len(updates) >= 4, updates  # copy, integrity, hash, manifest, done
    assert {thread for thread, _done, _text in updates} == {GUI}
    assert updates[-1][1:] == (100, "Selesai.")
    assert not [r.message for r in qtlog.records if "thread" in r.message.lower()]


def test_the_result_arrives_on_the_gui_thread(qtbot):
    runner = Runner()
    job = runner.start("hitung", lambda report: (threading.get_ident(), 6 * 7))
    seen: list[int] = []
    job.finished.connect(lambda outcome: seen.append(threading.get_ident()))
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        pass
    outcome = finished.args[0]
    worker, answer = outcome.result
    assert answer == 42 and worker != GUI
    assert seen == [GUI] and outcome.error is None and not outcome.cancelled
    assert not runner.busy()


def test_a_user_error_on_the_worker_is_shown_as_its_message_on_the_gui_thread(
    qtbot, admin_session, boxes, box_threads, tmp_path
):
    not_a_folder = tmp_path / "berkas"
    not_a_folder.write_text("bukan folder")
    dialog = BackupDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(not_a_folder / "cadangan"))
    assert dialog.run_backup() is None
    assert [(kind, title) for kind, title, _text in boxes.shown] == [("warning", "Cadangan gagal")]
    assert "tidak dapat dibuat" in boxes.texts("warning")
    assert box_threads == [GUI]


def test_a_bug_on_the_worker_is_logged_with_its_traceback_and_apologised_for(
    qtbot, demo_db, boxes, box_threads, monkeypatch, caplog
):
    def broken_check(progress=None):
        raise RuntimeError("pemeriksaan rusak")

    monkeypatch.setattr(checks, "run_checks", broken_check)
    with caplog.at_level(logging.ERROR, logger="ujikon"):
        assert run_checks_dialog(None) is None
    assert [(kind, title) for kind, title, _t in boxes.shown] == [("critical", "Terjadi kesalahan")]
    assert "pemeriksaan rusak" not in boxes.texts()  # no traceback in a dialog
    assert "broken_check" in caplog.text and "RuntimeError: pemeriksaan rusak" in caplog.text
    assert box_threads == [GUI]


def test_every_job_closes_its_own_database_connection_also_after_an_error(
    qtbot, demo_db, monkeypatch
):
    closed: list[tuple[int, bool]] = []
    real_end = workspace.end_thread

    def end_thread():
        real_end()
        closed.append((threading.get_ident(), database.is_closed()))

    monkeypatch.setattr(workspace, "end_thread", end_thread)

    def failing(report):
        Case.select().count()
        raise UserError("sengaja gagal")

    counted = run_with_progress(None, "Menghitung", lambda report: Case.select().count())
    failed = run_with_progress(None, "Gagal", failing)
    assert counted.result == DEMO_CASES and isinstance(failed.error, UserError)
    assert len(closed) == 2
    assert all(thread != GUI and is_closed for thread, is_closed in closed)
    assert not database.is_closed()  # the GUI thread's own connection stays open


# ------------------------------------------------------------------------- Batal
def test_batal_stops_a_backup_midway_and_leaves_no_file(
    qtbot, admin_session, boxes, tmp_path, monkeypatch
):
    real_backup = archive.backup

    def slow_backup(actor, folder, progress, cancelled, **kwargs):
        def held(done, total, text):
            go = progress(done, total, text)
            if done >= 40:  # the copy exists; hold until the user has pressed Batal
                progress.wait(10)
            return go and not cancelled()

        return real_backup(actor, folder, progress=held, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(archive, "backup", slow_backup)
    folder = tmp_path / "cadangan"
    dialog = BackupDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    pressed: list[str] = []

    def press_batal(done, _total, text):
        if done >= 40 and not pressed:
            pressed.append(text)
            dialog.findChild(ProgressDialog).cancel_button.click()

    def watch(job):
        job.progressed.connect(press_batal)

    get_runner().jobStarted.connect(watch)
    try:
        assert dialog.run_backup() is None
    finally:
        get_runner().jobStarted.disconnect(watch)
    assert pressed
    assert "Dibatalkan" in [title for _k, title, _t in boxes.shown]
    assert "Tidak ada cadangan" in dialog.status.text()
    assert files_in(folder) == []  # no copy, no .part, no manifest
    assert archive.last_backup() is None


class _Watch(QObject):
    """Calls ``on(event_type)`` for the events it is told to watch on an object."""

    def __init__(self, types, on):
        super().__init__()
        self._types, self._on = types, on

    def eventFilter(self, obj, event):
        if event.type() in self._types:
            self._on(event.type())
        return False


def test_a_long_job_shows_its_dialog_holds_input_back_and_the_window_repaints(qtbot, window, boxes):
    window.tabs.setCurrentWidget(window.splitter)  # the case list (the window opens on the Dasbor)
    other = QPushButton("Tombol lain")
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    clicks: list[bool] = []
    other.clicked.connect(lambda: clicks.append(True))
    log: list[str] = []
    watches: list[_Watch] = []

    def first_report(done, _total, _text):
        if log:
            return
        dialog = window.findChild(ProgressDialog)
        log.append("visible" if dialog.isVisible() else "hidden")
        QTest.mouseClick(other, Qt.MouseButton.LeftButton)  # held back: a job is running

        def on_dialog(event_type):
            if event_type == QEvent.Type.Show and "shown" not in log:
                log.append("shown")
                window.case_list.update()

        def on_window(event_type):
            if "shown" in log and "painted" not in log:
                log.append("painted")
                dialog.cancel_button.click()

        watches.extend(
            [_Watch({QEvent.Type.Show}, on_dialog), _Watch({QEvent.Type.Paint}, on_window)]
        )
        dialog.installEventFilter(watches[0])
        window.case_list.installEventFilter(watches[1])

    def job(report):
        report(0, 0, "Menunggu")
        report.wait(10)  # until Batal
        return "selesai"

    get_runner().jobStarted.connect(lambda started: started.progressed.connect(first_report))
    try:
        outcome = run_with_progress(window, "Pekerjaan panjang", job)
    finally:
        get_runner().jobStarted.disconnect()
    assert log[1:] == ["shown", "painted"], log
    assert outcome.cancelled and outcome.result == "selesai"
    assert clicks == []
    assert (
        window.findChild(ProgressDialog) is None or not window.findChild(ProgressDialog).isVisible()
    )
    QTest.mouseClick(other, Qt.MouseButton.LeftButton)  # and after the job, input flows again
    assert clicks == [True]


# ------------------------------------------------------------------------- calendar, idle lock
def test_a_calendar_change_recomputes_on_a_worker_and_the_dialog_shows_it(
    qtbot, window, boxes, monkeypatch
):
    from datetime import date

    from app.workdays import OverrideAction

    threads = worker_calls(monkeypatch, calendar_service, "recompute_open_deadlines")
    shown = progress_shown(monkeypatch)
    window.set_role("admin")
    dialog = CalendarDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.override_date.set_value(date(2026, 12, 28))
    dialog.override_action.setCurrentIndex(
        dialog.override_action.findData(OverrideAction.ADD.value)
    )
    dialog.override_name.setText("Libur daerah")
    dialog.override_ref.setText("SKB Bupati No. 1 Tahun 2026")
    dialog._add()
    assert threads and threads[0] != GUI
    assert HolidayOverride.select().where(HolidayOverride.nama == "Libur daerah").exists()
    assert dialog.overrides_model.rowCount() == 1 and dialog.changes.calendar
    # the job's progress reached the bar, on the GUI thread
    texts = [t[2] for t in shown]
    assert any("tahap berjalan" in t for t in texts) and {t[3] for t in shown} == {GUI}
    dialog.cuti.setChecked(False)  # the cuti bersama setting and removing: the same way
    dialog.overrides_view.selectRow(0)
    dialog._remove()
    assert len(threads) == 3 and GUI not in threads
    assert not HolidayOverride.select().exists() and dialog.overrides_model.rowCount() == 0


def test_a_calendar_change_that_moved_deadlines_writes_the_log_back_on_a_worker(
    qtbot, window, new_case, boxes, monkeypatch
):
    """The moves are shown at once; the copy of the change's pages from the WAL into the
    file (``calendar_service.write_back``) runs after, on the runner, not at the commit the
    user waited for and not on the GUI thread."""
    from app.models import StepRecord
    from app.workdays import OverrideAction

    threads = worker_calls(monkeypatch, calendar_service, "write_back")
    moved_first: list[bool] = []
    monkeypatch.setattr(
        "ui.dialogs.calendar.show_deadline_moves",
        lambda parent, moves, reason=None: moved_first.append(bool(moves)),
    )
    new_case()  # its first step runs
    window.set_role("admin")
    dialog = CalendarDialog(window.session, window)
    qtbot.addWidget(dialog)
    step = StepRecord.get(StepRecord.status == "berjalan")
    day = calendar_service.current_calendar().add_working_days(step.tanggal_mulai, 1)
    dialog.override_date.set_value(day)
    dialog.override_action.setCurrentIndex(
        dialog.override_action.findData(OverrideAction.ADD.value)
    )
    dialog.override_name.setText("Libur daerah")
    dialog.override_ref.setText("SKB Bupati No. 1 Tahun 2026")
    dialog._add()
    assert moved_first == [True]
    qtbot.waitUntil(lambda: bool(threads) and not get_runner().busy(), timeout=10_000)
    assert len(threads) == 1 and threads[0] != GUI


def test_the_idle_lock_does_not_lock_while_a_job_runs(qtbot, window, monkeypatch):
    change_settings(window.session.login.actor(RoleGrant("admin")), {KUNCI_LAYAR_MENIT: 5})
    runner = Runner()
    lock = IdleLock(window, runner)
    locked: list[bool] = []
    monkeypatch.setattr(window, "lock_screen", lambda: locked.append(True))
    assert lock.active()
    job = runner.start("menunggu", lambda report: report.wait(10))
    assert not lock.active()
    lock._lock()  # the timer's timeout, were it running
    assert locked == []
    job.cancel()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10_000)
    assert lock.active()
    lock._lock()
    assert locked == [True]


def test_a_newer_holidays_package_recomputes_on_a_worker_at_start_up(
    qtbot, window, boxes, monkeypatch
):
    from ui import application

    threads: list[int] = []
    shown = progress_shown(monkeypatch)

    def check(report):
        threads.append(threading.get_ident())
        report(1, 2, "Menghitung batas waktu")
        return []

    monkeypatch.setattr(application, "check_holiday_package", check)
    assert application.check_holidays(window, Runner()) == []
    assert threads and threads[0] != GUI and boxes.shown == []
    assert (1, 2, "Menghitung batas waktu", GUI) in shown  # its bar, on the GUI thread


def test_no_cyclic_garbage_collection_runs_on_a_worker_while_jobs_run(qtbot):
    import gc

    assert gc.isenabled()
    runner = Runner()
    job = runner.start("menunggu", lambda report: (report.wait(10), gc.isenabled())[1])
    assert not gc.isenabled()
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        pass
    assert finished.args[0].result is False  # the worker saw it off
    assert gc.isenabled()


# ------------------------------------------------------------------------- quitting
def test_quitting_waits_for_a_job_that_cannot_stop_only_so_long_and_says_so(qtbot, caplog):
    release = threading.Event()
    runner = Runner()
    job = runner.start("tidak bisa berhenti", lambda report: release.wait(10))
    with caplog.at_level(logging.WARNING, logger="ujikon"):
        assert not runner.stop_all(timeout_s=0.05)
    assert "masih berjalan" in caplog.text and "tidak bisa berhenti" in caplog.text
    assert not runner.busy() and job.detached
    release.set()
    job._thread.join(10)
    assert not job._thread.is_alive()


@pytest.fixture
def app_environment(tmp_path, monkeypatch, qapp):
    """What ``ui.application.run`` touches outside its database: data and config folders,
    the excepthook, the session-expired callback, the log handler, the application name."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("UJIKON_USER", "admin")
    monkeypatch.setenv("UJIKON_PASSWORD", demo.DEMO_PASSWORD)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(messages, "_session_expired", [])
    handlers = list(messages.log.handlers)
    names = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    yield
    # Quitting leaves Qt's "quit now" mark (and a Quit posted by the last window closing) for
    # the next event loop, which would return at once; one more exec() clears them.
    QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
    qapp.exec()
    for handler in set(messages.log.handlers) - set(handlers):
        messages.log.removeHandler(handler)
        handler.close()
    QCoreApplication.setApplicationName(names[0])
    QCoreApplication.setOrganizationName(names[1])


def test_quitting_while_a_backup_runs_cancels_it_waits_and_leaves_only_the_main_thread(
    tmp_path, app_environment, capsys
):
    from ui import application

    clock.pin_today(TODAY)
    try:
        path = make_demo_database(tmp_path / "demo.db", cases=2, documents=True)  # one to print
        close_database()
        assert threading.enumerate() == [threading.main_thread()]
        code = application.run(path, soak=1)
    finally:
        clock.pin_today(None)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "keluar saat cadangan berjalan: dibatalkan dan ditunggu" in out.out
    assert threading.enumerate() == [threading.main_thread()]  # no job, no lock heartbeat
    assert workspace.current() is None and not lock_path(path).exists()
