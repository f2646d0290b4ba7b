"""First run, login, wrong password, lock-out message, role switching, hidden approval."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app import accounts
from app.accounts import AccountInput, RoleGrant
from app.models import Case, User
from tests.ui.support import UI_PASSWORD
from ui.dialogs.login import ChangePasswordDialog, LockDialog, LoginDialog, SetupDialog


def test_first_run_setup_creates_the_administrator(qtbot, ui_db, boxes):
    assert accounts.needs_setup()
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Admin Kantor")
    dialog.password.setText("pendek")
    dialog.repeat.setText("pendek")
    dialog.accept()
    assert "paling sedikit 8" in boxes.texts("warning")
    assert accounts.needs_setup()
    dialog.password.setText("sandi-kantor-1")
    dialog.repeat.setText("sandi-kantor-2")
    dialog.accept()
    assert "tidak sama" in dialog.error.text()
    dialog.repeat.setText("sandi-kantor-1")
    dialog.kop_instansi.setText("DINAS KOMINFO UJI")
    dialog.demo.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert User.get().username == "admin"
    from app.settings import KOP_INSTANSI, value

    assert value(KOP_INSTANSI) == "DINAS KOMINFO UJI"
    assert Case.select().count() == 36
    assert User.select().count() == 1  # demo accounts only go into a database without any


def test_a_setup_with_an_empty_kop_creates_no_account(qtbot, ui_db, boxes):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Admin Kantor")
    dialog.password.setText("sandi-kantor-1")
    dialog.repeat.setText("sandi-kantor-1")
    dialog.kop_instansi.clear()
    dialog.accept()
    assert "Nama instansi pada kop wajib diisi" in boxes.texts("warning")
    assert accounts.needs_setup()


def test_login_with_a_wrong_password_says_so_and_stays_open(qtbot, login):
    dialog = LoginDialog(username="uji")
    qtbot.addWidget(dialog)
    dialog.password.setText("bukan-sandinya")
    dialog.accept()
    assert dialog.session is None
    assert dialog.error.text() == accounts.login_failed_message()
    assert dialog.password.text() == ""  # a wrong password is not kept in the field
    dialog.password.setText(UI_PASSWORD)
    dialog.accept()
    assert dialog.session is not None and dialog.session.username == "uji"


def test_the_window_title_shows_who_is_logged_in_and_the_role(window):
    window.set_role("tim_pertimbangan")
    assert "Petugas Uji (Tim Pertimbangan)" in window.windowTitle()
    assert window.session.actor.username == "uji"


def test_a_ppid_pembantu_does_not_see_the_approve_button(window, qtbot):
    from app.demo import fill_demo

    fill_demo(12, documents=False)
    case = Case.get((Case.tahap == 5) & (Case.status == "berjalan"))
    window.case_list.reload_choices()
    window.set_role("atasan_ppid")
    window.open_case(case.id)
    form = window.case_view.form
    assert form.complete_button.isVisibleTo(window)
    window.set_role("ppid_pembantu")
    assert not form.complete_button.isVisibleTo(window)
    assert not form.send_back_button.isVisibleTo(window)
    assert "Atasan PPID" in form.banner.text()


def test_only_the_administrator_sees_user_management_enabled(qtbot, ui_db, tmp_path, login, boxes):
    from ui.application import settings_for
    from ui.main_window import MainWindow
    from ui.session import Session

    admin = login.actor(next(g for g in login.roles if g.role == "admin"))
    accounts.create_user(
        admin, AccountInput("budi", "Budi", [RoleGrant("tim_pertimbangan")]), "sandi-budi-1"
    )
    budi = accounts.login("budi", "sandi-budi-1")
    win = MainWindow(ui_db, settings_for(tmp_path / "budi.ini"), Session(budi))
    qtbot.addWidget(win)
    assert not win.users_action.isEnabled()
    assert not win.new_case_action.isEnabled()
    assert win.role_combo.count() == 1


def test_forced_password_change_and_screen_lock(qtbot, login):
    change = ChangePasswordDialog(login.user_id, forced=True)
    qtbot.addWidget(change)
    change.old.setText(UI_PASSWORD)
    change.new.setText("sandi-baru-123")
    change.repeat.setText("sandi-baru-123")
    change.accept()
    assert change.result() == QDialog.DialogCode.Accepted
    lock = LockDialog("uji")
    qtbot.addWidget(lock)
    lock.password.setText(UI_PASSWORD)  # the old one no longer opens it
    lock.accept()
    assert "salah" in lock.error.text()
    lock.password.setText("sandi-baru-123")
    lock.accept()
    assert lock.result() == QDialog.DialogCode.Accepted
