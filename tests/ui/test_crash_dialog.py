"""An exception no code caught: always written to the log first, then shown in the crash
dialog (what happened, what to do, where the log is, a button that copies the details); a
fixable ``UserError`` is shown as its message instead; an error in a thread is logged."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from app import __version__, logs
from app.errors import UserError
from ui import crash_dialog
from ui.crash_dialog import CrashDialog, install_crash_hook, show_crash


@pytest.fixture
def log_file(tmp_path):
    logger = logging.getLogger(logs.LOGGER)
    before = list(logger.handlers)
    path = tmp_path / "data" / "ujikon.log"
    logs.setup_logging(path)
    yield path
    for handler in list(logger.handlers):
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def shown(monkeypatch):
    """The crash dialogs that would have been shown (their exec returns at once)."""
    dialogs: list[CrashDialog] = []

    def exec_(self) -> int:
        dialogs.append(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CrashDialog, "exec", exec_)
    return dialogs


@pytest.fixture
def hooks():
    saved = sys.excepthook, threading.excepthook
    install_crash_hook()
    yield
    sys.excepthook, threading.excepthook = saved


def raise_bug():
    {}["kunci_yang_tidak_ada"]


def caught() -> tuple:
    try:
        raise_bug()
    except KeyError:
        return sys.exc_info()
    raise AssertionError("unreachable")


def test_an_unhandled_exception_is_logged_then_shown(qapp, log_file, shown, hooks):
    sys.excepthook(*caught())
    text = log_file.read_text(encoding="utf-8")
    assert "Kesalahan tak terduga" in text and "raise_bug" in text and "KeyError" in text
    assert f"Ujikon {__version__}" in text
    (dialog,) = shown
    assert dialog.windowTitle() == "Terjadi kesalahan"
    assert dialog.what.text() == "Yang terjadi: KeyError: 'kunci_yang_tidak_ada'"
    assert str(log_file) in dialog.where.text()
    assert "Data yang sudah tersimpan tetap aman" in dialog.todo.text()
    assert "Traceback" in dialog.details and "raise_bug" in dialog.details
    assert dialog.folder_button.isEnabled()


def test_the_copy_button_puts_the_details_on_the_clipboard(qapp, log_file, shown, hooks):
    sys.excepthook(*caught())
    (dialog,) = shown
    QGuiApplication.clipboard().setText("")
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details
    assert copied.startswith(f"Ujikon {__version__}\n")
    assert "Basis data:" in copied and "KeyError" in copied
    assert dialog.copied.text().startswith("Rincian disalin")


def test_the_details_are_hidden_until_asked_for(qapp, log_file, shown, hooks):
    sys.excepthook(*caught())
    (dialog,) = shown
    dialog.show()
    assert not dialog.details_view.isVisible()
    dialog.show_button.click()
    assert dialog.details_view.isVisible()
    assert dialog.details_view.toPlainText() == dialog.details
    assert dialog.show_button.text() == "Sembunyikan &rincian"
    dialog.close()


def test_without_a_log_file_the_dialog_says_to_copy_the_details(qapp, shown, tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("x", encoding="utf-8")
    logger = logging.getLogger(logs.LOGGER)
    before = list(logger.handlers)
    logs.setup_logging(blocker / "ujikon.log")  # cannot be made: stderr
    try:
        show_crash(None, *caught())
    finally:
        for handler in list(logger.handlers):
            if handler not in before:
                logger.removeHandler(handler)
    (dialog,) = shown
    assert "tidak dapat ditulis" in dialog.where.text()
    assert not dialog.folder_button.isEnabled()


def test_a_user_error_is_its_message_not_a_crash(qapp, log_file, shown, hooks, monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr("ui.messages.show_user_error", lambda parent, exc: messages.append(exc))
    try:
        raise UserError("Basis data sedang dibuka di komputer lain.")
    except UserError:
        sys.excepthook(*sys.exc_info())
    assert [m.message for m in messages] == ["Basis data sedang dibuka di komputer lain."]
    assert shown == []


def test_an_error_while_the_dialog_is_up_is_logged_not_stacked(qapp, log_file, monkeypatch):
    """An error in a slot that runs inside the dialog's own event loop: one dialog only."""
    nested: list[object] = []

    def exec_(self) -> int:
        nested.append(show_crash(None, *caught()))  # the second error, while this one is up
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CrashDialog, "exec", exec_)
    first = show_crash(None, *caught())
    assert isinstance(first, CrashDialog) and nested == [None]
    assert log_file.read_text(encoding="utf-8").count("Kesalahan tak terduga") == 2
    assert crash_dialog._showing == []


def test_a_dialog_that_cannot_be_made_still_leaves_the_log(qapp, log_file, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("dialog rusak")

    monkeypatch.setattr(crash_dialog, "CrashDialog", broken)
    assert show_crash(None, *caught()) is None
    text = log_file.read_text(encoding="utf-8")
    assert "raise_bug" in text and "dialog rusak" in text


def test_an_error_in_a_thread_is_logged_without_a_dialog(qapp, log_file, shown, hooks):
    worker = threading.Thread(target=raise_bug, name="pencetak")
    worker.start()
    worker.join()
    text = log_file.read_text(encoding="utf-8")
    assert "Kesalahan tak terduga (utas pencetak)" in text and "raise_bug" in text
    assert shown == []


def test_keyboard_interrupt_goes_to_python(qapp, shown, hooks, monkeypatch):
    seen: list[type] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, e, tb: seen.append(t))
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and shown == []
