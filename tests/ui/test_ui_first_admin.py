"""The first administrator, as the clerk met it: setup asks which SOP roles the account also
holds (PPID Utama ticked), Kasus baru greyed out says why and who may (tooltip, status bar,
Ctrl+N, the empty pane), and a role the administrator grants themself is offered at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app import accounts
from app.models import User
from ui.application import settings_for
from ui.dialogs.login import SetupDialog
from ui.dialogs.users import UsersDialog
from ui.main_window import MainWindow
from ui.session import Session

PASSWORD = "sandi-kantor-1"
WHY = "Administrator tidak berwenang membuat kasus baru. Yang berwenang: PPID Pembantu, PPID Utama."


def run_setup(qtbot, untick: tuple[str, ...] = ()) -> SetupDialog:
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Admin Kantor")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    for role in untick:
        dialog.role_checks[role].setChecked(False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    return dialog


def open_window(qtbot, ui_db, tmp_path) -> MainWindow:
    win = MainWindow(
        ui_db, settings_for(tmp_path / "ui.ini"), Session(accounts.login("admin", PASSWORD))
    )
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # the shortcuts of an inactive window do nothing
        win.show()
        win.activateWindow()
    return win


def test_setup_asks_for_the_sop_roles_with_ppid_utama_ticked(qtbot, ui_db, boxes, tmp_path):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    ticked = {role: check.isChecked() for role, check in dialog.role_checks.items()}
    assert ticked == {"ppid_utama": True, "tim_pertimbangan": False, "atasan_ppid": False}
    assert [c.text() for c in dialog.role_checks.values()] == [
        "PPID Utama",
        "Tim Pertimbangan",
        "Atasan PPID",
    ]
    run_setup(qtbot)
    win = open_window(qtbot, ui_db, tmp_path)
    assert win.role_combo.currentText() == "PPID Utama"
    assert win.new_case_action.isEnabled()
    assert win.new_case_action.toolTip() == "Buat kasus baru (Ctrl+N)"
    assert "buat kasus baru (Ctrl+N)" in win.case_view.placeholder.text()


def test_a_greyed_out_new_case_says_why_and_who_may(qtbot, ui_db, boxes, tmp_path):
    run_setup(qtbot, untick=("ppid_utama",))
    win = open_window(qtbot, ui_db, tmp_path)
    assert win.role_combo.currentText() == "Administrator"
    assert not win.new_case_action.isEnabled()
    assert win.new_case_action.toolTip() == (
        f"{WHY} Administrator dapat memberikan peran itu di Data Master → Pengguna."
    )
    assert win.new_case_action.statusTip() == WHY  # the status bar: why, and who may
    # The empty pane no longer invites a Ctrl+N that does nothing: it says why.
    assert "Ctrl+N" not in win.case_view.placeholder.text()
    assert WHY in win.case_view.placeholder.text()
    # Ctrl+N, pressed anyway, says it in the status bar.
    win.statusBar().clearMessage()
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert WHY in win.statusBar().currentMessage()


def test_hovering_the_greyed_out_menu_entry_says_why_in_the_status_bar(
    qtbot, ui_db, boxes, tmp_path
):
    run_setup(qtbot, untick=("ppid_utama",))
    win = open_window(qtbot, ui_db, tmp_path)
    menu = win.menuBar().actions()[0].menu()  # Berkas
    menu.popup(win.mapToGlobal(win.rect().topLeft()))
    qtbot.waitExposed(menu)
    win.statusBar().clearMessage()
    qtbot.mouseMove(menu, menu.actionGeometry(win.new_case_action).center())
    assert win.statusBar().currentMessage() == WHY
    menu.close()


def test_ctrl_n_opens_the_new_case_dialog_when_allowed(qtbot, ui_db, boxes, tmp_path, monkeypatch):
    from ui import main_window

    opened = []
    monkeypatch.setattr(main_window.MainWindow, "new_case", lambda self, *_: opened.append(True))
    run_setup(qtbot)
    win = open_window(qtbot, ui_db, tmp_path)
    win.statusBar().clearMessage()
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True]
    assert win.statusBar().currentMessage() == ""  # no "why not" when it is allowed


def test_a_role_the_administrator_grants_themself_is_offered_at_once(
    qtbot, ui_db, boxes, tmp_path, monkeypatch
):
    run_setup(qtbot, untick=("ppid_utama",))
    win = open_window(qtbot, ui_db, tmp_path)
    assert [win.role_combo.itemText(i) for i in range(win.role_combo.count())] == ["Administrator"]

    def grant_ppid_utama(dialog):
        dialog.reload(select_id=User.get(User.username == "admin").id)
        dialog.roles.set_role_checked("ppid_utama", True)
        dialog.save_button.click()
        return 0

    monkeypatch.setattr(UsersDialog, "exec", grant_ppid_utama)
    win.users_action.trigger()
    roles = [win.role_combo.itemText(i) for i in range(win.role_combo.count())]
    assert sorted(roles) == ["Administrator", "PPID Utama"]  # no logout needed
    assert win.role_combo.currentText() == "Administrator"  # still acting as before
    win.set_role("ppid_utama")
    assert win.new_case_action.isEnabled()


def test_after_setup_the_clerk_is_logged_in_without_a_second_password_prompt(
    qtbot, ui_db, boxes, tmp_path, monkeypatch
):
    """authenticate(): the setup dialog is answered, and no login dialog follows."""
    from ui import application
    from ui.dialogs import login

    def answered(dialog) -> int:
        dialog.full_name.setText("Admin Kantor")
        dialog.password.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    asked = []
    monkeypatch.setattr(login.SetupDialog, "exec", answered)
    monkeypatch.setattr(login.LoginDialog, "exec", lambda dialog: asked.append(1) or 0)
    monkeypatch.setattr(accounts, "needs_setup", lambda: not User.select().exists())
    session = application.authenticate(settings_for(tmp_path / "ui.ini"))
    assert asked == [] and session is not None and session.username == "admin"
