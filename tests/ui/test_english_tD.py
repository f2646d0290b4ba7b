"""The calendar, users, office profile and audit log dialogs speak English with the window's
English catalogue installed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.accounts import RoleGrant
from ui.dialogs.audit_log import AuditLogDialog, LogModel
from ui.dialogs.calendar import CalendarDialog
from ui.dialogs.office_settings import OfficeSettingsDialog
from ui.dialogs.users import PasswordDialog, UsersDialog
from ui.session import Session


@pytest.fixture
def english(english_catalogue):
    """The committed English catalogue, installed as at start."""
    yield


@pytest.fixture
def admin(login):
    return Session(login, RoleGrant("admin"))


def _buttons(dialog) -> set[str]:
    return {b.text() for b in dialog.findChildren(QPushButton)}


def test_the_admin_dialogs_speak_english(english, qtbot, admin, boxes):
    calendar = CalendarDialog(admin)
    qtbot.addWidget(calendar)
    assert calendar.windowTitle() == "Working-day calendar"
    assert {"Save SKB reference", "Add change", "Close"} <= _buttons(calendar)
    assert calendar.holidays_model.headerData(0, Qt.Orientation.Horizontal) == "Date"

    users = UsersDialog(admin)
    qtbot.addWidget(users)
    assert users.windowTitle() == "Users and roles"
    assert users.model.headerData(0, Qt.Orientation.Horizontal) == "Username"
    assert users.reset_button.text() == "Reset password…"
    users.roles.set_role_checked("ppid_pembantu", True)
    for row in range(users.roles.opds.count()):
        users.roles.opds.item(row).setCheckState(Qt.CheckState.Checked)
    summary = users.roles.opd_summary.text()
    assert summary.startswith(f"PPID Pembantu for {users.roles.opds.count()} OPDs: ")
    assert summary.endswith(" others.")

    settings = OfficeSettingsDialog(admin)
    qtbot.addWidget(settings)
    assert settings.windowTitle() == "Office profile and official documents"
    assert settings.save_button.text() == "Save"
    assert settings.lock_minutes.specialValueText() == "never"

    log = AuditLogDialog(admin)
    qtbot.addWidget(log)
    assert log.windowTitle() == "History of the whole database"
    assert log.model.headerData(LogModel.TIME, Qt.Orientation.Horizontal) == "Time"
    total = log.model.rowCount()
    assert log.count_label.text() == f"{total} event" + ("" if total == 1 else "s")


def test_the_password_dialog_says_its_refusal_in_english(english, qtbot):
    dialog = PasswordDialog("Initial password", "Test")
    qtbot.addWidget(dialog)
    dialog.first.setText("sandi-satu-1")
    dialog.second.setText("sandi-dua-2")
    dialog.accept()
    assert dialog.error.text() == "The two passwords do not match; type them again."
