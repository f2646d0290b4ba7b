"""Start the GUI: Qt application, database, start-up checks, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME
from app.calendar_service import check_holiday_package
from app.db import close_database, open_database
from app.errors import UserError
from app.refdata import current_sop
from app.settings import config_dir
from ui.dialogs.deadline_moves import show_deadline_moves
from ui.main_window import MainWindow
from ui.messages import install_excepthook, log, setup_logging


def settings_for(path: Path | None = None) -> QSettings:
    """Window state and the chosen role, per user (not in the database: they are not data)."""
    path = path or config_dir() / "ujikon.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def open_window(db_path: Path, settings: QSettings, reopen=None) -> MainWindow | None:
    """Open ``db_path`` and build the main window; explain any problem in a dialog."""
    try:
        open_database(db_path)
    except Exception as exc:  # unreadable file, not a database, no permission
        log.exception("Basis data tidak dapat dibuka")
        QMessageBox.critical(None, APP_NAME,
                             f"Basis data tidak dapat dibuka:\n{db_path}\n\n{exc}")
        return None
    try:
        current_sop()
    except UserError as exc:
        QMessageBox.warning(None, f"{APP_NAME}: berkas SOP",
                            f"{exc.message}\n\nKasus yang sudah ada tetap dapat dikerjakan; "
                            "kasus baru tidak dapat dibuat sampai berkas SOP diperbaiki.")
    window = MainWindow(db_path, settings, reopen=reopen)
    moves = check_holiday_package()
    if moves:
        QTimer.singleShot(0, lambda: show_deadline_moves(
            window, moves, "Data hari libur nasional diperbarui."))
    return window


def run(db_path: Path, smoke: bool = False, screenshot: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("PPID Kabupaten Serang")
    setup_logging()
    install_excepthook()
    settings = settings_for()
    holder: dict[str, MainWindow] = {}

    def reopen(path: Path) -> None:
        old = holder.pop("window", None)
        window = open_window(path, settings, reopen)
        if window is None:
            if old is not None:  # back to the database the open window was showing
                open_database(old.db_path)
                holder["window"] = old
            return
        if old is not None:
            old.close()
            old.deleteLater()
        holder["window"] = window
        window.show()

    reopen(db_path)
    if "window" not in holder:
        return 1
    if screenshot is not None:
        def grab() -> None:
            holder["window"].grab().save(str(screenshot))
            app.quit()
        QTimer.singleShot(800, grab)
    elif smoke:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    close_database()  # the last connection checkpoints the WAL into the database file
    return code
