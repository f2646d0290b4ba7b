"""The login dialog before the database (issue "Instant at 100,000 cases"): on a PC that
logged in to this database last, the dialog paints first, with the kop remembered from that
login, and the file is opened behind it; whatever keeps the login from going on (the file
cannot be opened, is read-only, has no account) ends that dialog and is asked as before."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app import workspace
from app.errors import UserError
from app.settings import KOP_INSTANSI
from app.settings import value as setting_value
from tests.ui.support import UI_PASSWORD
from ui import application
from ui.application import settings_for
from ui.dialogs.login import LoginDialog


class FirstPaintWatch(QObject):
    """What the login dialog showed, and whether the database was open, at its first paint."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[bool, str]] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            isinstance(obj, LoginDialog)
            and event.type() == QEvent.Type.Paint
            and len(self.seen) == 0
        ):
            self.seen.append((workspace.current() is not None, obj.heading.text()))
        return False


def type_password_once_open(qtbot, steps: list[str]) -> QTimer:
    """A clerk at the login dialog: types the password once the database is open behind it
    (or at once, if it is), and presses Masuk."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog) or not dialog.isVisible():
            return
        if workspace.current() is None:
            steps.append("waits")  # the file is not open yet: the dialog is just up
            return
        timer.stop()
        dialog.username.setText("uji")
        dialog.password.setText(UI_PASSWORD)
        steps.append("Masuk")
        dialog.accept()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(look)
    timer.start()
    return timer


def test_the_login_dialog_paints_before_the_database_is_opened(
    qtbot, ui_db, login, tmp_path, monkeypatch
):
    settings = settings_for(tmp_path / "ui.ini")
    application.remember_login(settings, ui_db)
    office = setting_value(KOP_INSTANSI)
    workspace.close()
    opened_on: list[int] = []
    real_open = workspace.open

    def note_open(path, read_only=False):
        opened_on.append(threading.get_ident())
        return real_open(path, read_only=read_only)

    monkeypatch.setattr(workspace, "open", note_open)
    watch = FirstPaintWatch()
    QApplication.instance().installEventFilter(watch)
    steps: list[str] = []
    timer = type_password_once_open(qtbot, steps)
    try:
        session = application.log_in(settings, ui_db)
    finally:
        QApplication.instance().removeEventFilter(watch)
        timer.stop()
    assert session is not None and session.username == "uji"
    opened_at_paint, heading = watch.seen[0]
    assert not opened_at_paint  # painted first: the file was opened behind it
    assert office in heading  # with the kop remembered from the last login
    assert steps[-1] == "Masuk" and workspace.current() is not None
    assert opened_on == [threading.main_thread().ident]  # opened once, on the GUI thread


def test_another_database_is_opened_before_its_login_dialog(qtbot, ui_db, login, tmp_path):
    settings = settings_for(tmp_path / "ui.ini")
    application.remember_login(settings, tmp_path / "lain.db")
    assert application.remembered_heading(settings, ui_db) is None
    workspace.close()
    steps: list[str] = []
    timer = type_password_once_open(qtbot, steps)
    try:
        session = application.log_in(settings, ui_db)
    finally:
        timer.stop()
    assert session is not None
    assert steps == ["Masuk"]  # open as soon as its dialog was up: no heading was remembered


def test_a_file_that_cannot_be_opened_ends_the_dialog_and_is_said(
    qtbot, ui_db, login, tmp_path, boxes, monkeypatch
):
    settings = settings_for(tmp_path / "ui.ini")
    application.remember_login(settings, ui_db)
    workspace.close()
    opens: list[str] = []

    def refuse(path, read_only=False):
        opens.append(str(path))
        raise UserError("Berkas basis data rusak: pulihkan dari cadangan.")

    monkeypatch.setattr(workspace, "open", refuse)
    shown: list[LoginDialog] = []
    real_exec = LoginDialog.exec

    def exec_(dialog):
        shown.append(dialog)
        return real_exec(dialog)

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    assert application.log_in(settings, ui_db) is None
    assert len(shown) == 1 and shown[0].result() == LoginDialog.NOT_READY
    assert opens == [str(ui_db), str(ui_db)]  # behind the dialog, then again to say why
    assert "Berkas basis data rusak" in boxes.texts("critical")


def test_masuk_pressed_before_the_database_opened_opens_it_first(qtbot, ui_db, login):
    order: list[str] = []

    def prepare() -> bool:
        order.append("prepare")
        return True

    dialog = LoginDialog(username="uji", heading="Kantor", prepare=prepare)
    qtbot.addWidget(dialog)
    dialog.show()  # shown; its first paint not processed yet
    dialog.password.setText(UI_PASSWORD)
    dialog.accept()
    assert order == ["prepare"] and dialog.session is not None
    qtbot.wait(20)  # its first paint: prepare is not run a second time
    assert order == ["prepare"]


def test_a_database_that_cannot_log_in_yet_ends_the_dialog_unasked(qtbot, ui_db, login):
    dialog = LoginDialog(username="uji", heading="Kantor", prepare=lambda: False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(UI_PASSWORD)
    dialog.accept()
    assert dialog.result() == LoginDialog.NOT_READY and dialog.session is None
    assert not dialog.isVisible()


def test_the_remembered_heading_is_the_last_login_s_kop_for_that_file_only(ui_db, login, tmp_path):
    settings = settings_for(tmp_path / "ui.ini")
    assert application.remembered_heading(settings, ui_db) is None
    application.remember_login(settings, ui_db)
    assert setting_value(KOP_INSTANSI) in (application.remembered_heading(settings, ui_db) or "")
