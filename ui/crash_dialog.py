"""What a clerk sees when Ujikon meets an error it did not expect: a dialog in the window's
language (Indonesian by default) that says what happened, what to do, where the log is, and
has a button that copies the details (versions, database, traceback) for the administrator.
The details are written to the log first (``app.logs.log_crash``), always, before anything is
shown: a dialog that cannot be drawn loses nothing.

``install_crash_hook()`` makes this the answer to every exception no code caught: in a slot
(PySide6 hands those to ``sys.excepthook``) and in a thread (``threading.excepthook``: logged
only, since a dialog may only be made on the GUI thread). A ``UserError`` that reaches the
hook is a fixable problem, not a crash: it is shown as its message (``ui.messages``)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

# ``Qt`` (the namespace) is read as ``QtCore.Qt`` where it is used, not imported here: PySide
# builds all of its enums on the first access (13 ms), and this module is imported before
# the login dialog paints (tests/test_render_reuse.py).
from PySide6 import QtCore
from PySide6.QtCore import QThread, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.logs import log_crash, log_file

_showing: list[CrashDialog] = []


class CrashDialog(QDialog):
    def __init__(
        self, summary: str, details: str, log: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.details = details
        self.log = log
        self.setWindowTitle(self.tr("Terjadi kesalahan"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        heading = QLabel(self.tr("<b>Maaf, Ujikon mengalami kesalahan yang tidak terduga.</b>"))
        layout.addWidget(heading)
        self.what = QLabel(self.tr("Yang terjadi: {ringkasan}").format(ringkasan=summary))
        self.what.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        self.todo = QLabel(
            self.tr(
                "Data yang sudah tersimpan tetap aman; isian yang belum disimpan mungkin perlu "
                "diketik ulang. Tutup pesan ini lalu coba lagi. Bila kesalahan ini muncul lagi, "
                "mulai ulang Ujikon, lalu kirimkan rinciannya (tombol Salin rincian) beserta "
                "berkas log kepada pengelola aplikasi."
            )
        )
        self.todo.setWordWrap(True)
        layout.addWidget(self.todo)
        if log is not None:
            where = self.tr("Rincian teknis dicatat di berkas log:\n{berkas}").format(berkas=log)
        else:
            where = self.tr(
                "Berkas log tidak dapat ditulis; salin rinciannya dengan tombol di bawah."
            )
        self.where = QLabel(where)
        self.where.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setMinimumHeight(180)
        self.details_view.hide()
        layout.addWidget(self.details_view)
        self.copied = QLabel("")
        layout.addWidget(self.copied)

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Salin rincian"))
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button = QPushButton(self.tr("Tampilkan &rincian"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show_details)
        self.folder_button = QPushButton(self.tr("Buka &folder log"))
        self.folder_button.setEnabled(log is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        for button in (self.copy_button, self.show_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(self.tr("Rincian disalin. Tempelkan ke surel atau pesan."))

    def _show_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.show_button.setText(
            self.tr("Sembunyikan &rincian") if shown else self.tr("Tampilkan &rincian")
        )

    def open_log_folder(self) -> None:
        if self.log is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log.parent)))


def summary_of(exc: BaseException) -> str:
    """One line for the dialog: the kind of error and its message."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def show_crash(
    parent: QWidget | None,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> CrashDialog | None:
    """Log the exception, then show the crash dialog (modal) when there is a window to show it
    in and none is showing already (an error inside the dialog's own event loop is logged
    only). The dialog shown, or None."""
    details = log_crash(exc_type, exc, tb)
    if not _on_gui_thread() or _showing:
        return None
    try:
        dialog = CrashDialog(summary_of(exc), details, log_file(), parent)
    except Exception:  # the dialog itself failed: the log has the details already
        log_crash(*sys.exc_info(), where="dialog kesalahan")  # type: ignore[arg-type]  # notr: log
        return None
    _showing.append(dialog)
    try:
        dialog.exec()
    finally:
        _showing.remove(dialog)
    return dialog


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, UserError):
        from ui.messages import show_user_error

        show_user_error(None, exc)
        return
    show_crash(QApplication.activeWindow(), exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    log_crash(args.exc_type, args.exc_value, args.exc_traceback, where=f"utas {name}")  # notr: log


def install_crash_hook() -> None:
    """Every exception no code caught: logged, and shown in the crash dialog (on the GUI
    thread). Call once, after ``app.logs.setup_logging``."""
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
