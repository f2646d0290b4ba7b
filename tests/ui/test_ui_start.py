"""The start (issue "Instant at 100,000 cases"): what can wait runs after the main window's
first paint; the history chain is checked on the runner, from one snapshot, and a broken
chain is still told to an administrator; the main window's modules are imported on a
helper thread; the window's layout and sort are restored before the one list query."""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QLabel

from app.history.chain import ChainResult
from ui import application
from ui.runner import Runner

GUI = threading.get_ident()


def test_work_that_can_wait_runs_after_the_first_paint(qtbot):
    label = QLabel("uji")
    qtbot.addWidget(label)
    done: list[bool] = []
    application.after_first_paint(label, lambda: done.append(label.isVisible()))
    assert done == []
    label.show()
    qtbot.waitUntil(lambda: done == [True], timeout=5000)


def test_the_chain_is_checked_on_a_worker_that_may_stop_it(qtbot, window, boxes, monkeypatch):
    import app.history

    seen: list[tuple[int, bool]] = []

    def broken(stop=None):
        seen.append((threading.get_ident(), callable(stop)))
        return ChainResult(False, 3, 2, "Rantai riwayat putus di kejadian #2.")

    monkeypatch.setattr(app.history, "verify_chain", broken)
    runner = Runner()
    application.warn_admin_about_tampering(window, window.session.login, runner)
    assert seen == [] or seen[0][0] != GUI  # not here: on the runner's worker
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    assert seen and seen[0][0] != GUI and seen[0][1]
    assert "Rantai riwayat putus di kejadian #2." in boxes.texts("warning")


def test_a_reader_is_not_told_and_no_job_starts(qtbot, window, boxes, monkeypatch):
    from app.accounts import LoggedIn, RoleGrant

    runner = Runner()
    login = LoggedIn(1, "uji", "Uji", (RoleGrant("tim_pertimbangan"),), False)
    application.warn_admin_about_tampering(window, login, runner)
    assert not runner.busy() and boxes.shown == []


def test_the_window_s_modules_are_imported_on_a_helper_thread(monkeypatch):
    imported: list[tuple[str, int]] = []
    import importlib

    real = importlib.import_module

    def note(name, *args, **kwargs):
        imported.append((name, threading.get_ident()))
        return real(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", note)
    monkeypatch.setattr(application, "_preloaded", [])
    thread = application.preload()
    thread.join(30)
    assert [name for name, _ in imported] == list(application.LATER_MODULES)
    assert {t for _, t in imported} == {thread.ident} and thread.ident != GUI
    assert all(name in sys.modules for name in application.LATER_MODULES)


def test_the_unattended_login_imports_the_window_s_modules_beside_the_password_check(
    monkeypatch,
):
    """Not beside the database's opening: both hold the interpreter's lock, while Argon2
    lets go of it for its whole check (bench/start.py measures what that saves)."""
    import app.workspace

    steps: list[str] = []
    monkeypatch.setattr(
        application, "open_database_with_message", lambda path: steps.append("open") or True
    )
    monkeypatch.setattr(app.workspace, "read_only", lambda: False)
    monkeypatch.setattr(application, "preload", lambda: steps.append("preload"))
    monkeypatch.setattr(
        application, "_login_from_environment", lambda: steps.append("password") or "masuk"
    )
    assert application.log_in_unattended("uji.db") == "masuk"
    assert steps == ["open", "preload", "password"]


def test_a_read_only_unattended_start_has_no_check_to_import_beside(monkeypatch):
    import app.workspace

    steps: list[str] = []
    monkeypatch.setattr(application, "open_database_with_message", lambda path: True)
    monkeypatch.setattr(app.workspace, "read_only", lambda: True)
    monkeypatch.setattr(application, "preload", lambda: steps.append("preload"))
    monkeypatch.setattr(application, "read_only_login", lambda: "pembaca")
    assert application.log_in_unattended("uji.db") == "pembaca"
    assert steps == []


def test_the_last_collection_is_left_out_only_when_the_process_leaves_next(qtbot, monkeypatch):
    import gc

    from ui.runner import GuiThreadCollector

    collected: list[int] = []
    was_enabled = gc.isenabled()
    monkeypatch.setattr(gc, "collect", lambda *args: collected.append(1) or 0)
    try:
        for collect, expected in ((False, []), (True, [1])):
            collected.clear()
            collector = GuiThreadCollector(watch_input=False)
            collector.stop(collect=collect)
            assert collected == expected
    finally:
        if was_enabled:
            gc.enable()


def test_a_start_without_db_reads_the_server_connected_to_last(tmp_path):
    """The key Berkas → Sambungkan ke server… writes is the one a start without --db reads
    (before the login dialog paints, so it is kept outside that dialog's module)."""
    from ui.application import last_server, settings_for
    from ui.dialogs import server_connect

    settings = settings_for(tmp_path / "ui.ini")
    assert last_server(settings) == ""
    settings.setValue(server_connect.SERVER_KEY, "postgresql://ppid@server-kantor/ujikon")
    assert last_server(settings) == "postgresql://ppid@server-kantor/ujikon"
