"""Issue 5 in the window: a file in use opens read-only with a reader session, the banner says
why, nothing can be changed; the backup reminder; backup on exit; the yearly archive and the
integrity check dialogs."""

from __future__ import annotations

from datetime import date

import pytest

from app import clock
from app.errors import DatabaseInUse
from app.models import Case
from app.store import close_database, current, open_database
from ui import application
from ui.application import read_only_login, settings_for
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def demo_file(tmp_path):
    from app.demo import fill_demo

    clock.pin_today(date(2026, 11, 25))
    path = tmp_path / "kantor.db"
    open_database(path)
    fill_demo(8, documents=False)
    close_database()
    yield path
    close_database()
    clock.pin_today(None)


def test_a_file_in_use_is_offered_read_only_and_nothing_can_be_changed(
    qtbot, demo_file, tmp_path, monkeypatch, boxes
):
    from app import workspace

    real_open = workspace.open
    calls = []

    def busy_then_read_only(path, read_only=False, **kwargs):
        calls.append(read_only)
        if not read_only:
            raise DatabaseInUse("Basis data sedang dibuka oleh budi di PC-ARSIP.")
        return real_open(path, read_only=True)

    monkeypatch.setattr(workspace, "open", busy_then_read_only)
    asked = []
    import ui.dialogs.backup

    monkeypatch.setattr(
        ui.dialogs.backup,
        "ask_open_read_only",
        lambda parent, path, exc: asked.append(exc.message) or True,
    )
    assert application.open_database_with_message(demo_file)
    assert calls == [False, True] and "PC-ARSIP" in asked[0]
    assert current().read_only
    window = MainWindow(demo_file, settings_for(tmp_path / "ro.ini"), Session(read_only_login()))
    qtbot.addWidget(window)
    assert window.banner.isVisibleTo(window) and window.banner.text()
    assert not window.new_case_action.isEnabled()
    case = Case.select().where(Case.status == "berjalan").first()
    window.open_case(case.id)
    assert not window.case_view.form.complete_button.isVisibleTo(window)
    assert window.case_list.model.rowCount() == 8


def test_the_backup_reminder_shows_until_a_backup_is_made(window, qtbot, tmp_path, monkeypatch):
    from datetime import UTC, datetime

    from app import archive, backup_reminder
    from ui.dialogs import backup as backup_dialog

    # A database in use for a month that was never backed up.
    monkeypatch.setattr(
        backup_reminder, "database_created_at", lambda: datetime(2026, 10, 1, tzinfo=UTC)
    )
    window.update_banner()
    assert "belum pernah dicadangkan" in window.banner.text()

    result = archive.backup(window.session.actor, tmp_path / "cadangan", record=False)
    archive.record_backup(result, window.session.actor)
    window.update_banner()
    assert not window.banner.isVisibleTo(window)
    assert backup_dialog.backup_reminder_text() is None


def test_the_integrity_check_dialog_reports_every_check(window, monkeypatch, boxes):
    from ui.dialogs.archive_tools import run_checks_dialog

    results = run_checks_dialog(window)
    assert results and all(r.ok for r in results)
    assert "Semua pemeriksaan baik" in boxes.texts("box")


def test_the_yearly_archive_dialog_writes_a_read_only_archive(window, qtbot, tmp_path, boxes):
    from app.demo import fill_demo
    from ui.dialogs.archive_tools import YearlyArchiveDialog

    fill_demo(6, documents=False)
    year = Case.select().first().tahun
    dialog = YearlyArchiveDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.year.setValue(year)
    dialog.folder.setText(str(tmp_path))
    made = dialog.make()
    assert made is not None and made.exists()
    assert f"Arsip {year} dibuat" in boxes.texts("information")


def test_a_lock_taken_over_elsewhere_is_said_in_the_banner(window, monkeypatch):
    from app import workspace

    monkeypatch.setattr(workspace, "lock_lost", lambda: True)
    window.update_banner()
    assert "diambil alih" in window.banner.text()


def test_closing_the_window_backs_up_first_only_when_the_setting_is_on(window, tmp_path, boxes):
    """The window asks ``app.backup_reminder.backup_on_exit_wanted`` before it imports the
    backup dialogs: on, the quit backs up to the remembered folder; off, nothing is made."""
    from app.accounts import RoleGrant
    from app.settings import CADANGAN_SAAT_KELUAR, FOLDER_CADANGAN, change_settings

    admin = window.session.login.actor(RoleGrant("admin"))
    folder = tmp_path / "keluar"
    change_settings(admin, {CADANGAN_SAAT_KELUAR: False, FOLDER_CADANGAN: str(folder)})
    assert window.close()
    assert not folder.exists()
    window.show()
    change_settings(admin, {CADANGAN_SAAT_KELUAR: True})
    assert window.close()
    assert len(list(folder.glob("ujikon-*.sqlite"))) == 1
    assert boxes.shown == []


def test_the_window_s_first_screen_reads_the_last_backup_without_the_archive_package():
    """The dashboard's backup line and the banner's reminder come from
    ``app.backup_reminder``; the backup, restore and archive modules load when first used."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, main, ui.application, ui.main_window; "
        "print(' '.join(m for m in sys.modules if m.startswith('app.archive') "
        "or m == 'ui.dialogs.backup'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == []
