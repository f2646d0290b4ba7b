"""The administrator's dialogs: accounts and roles, password reset, hand-over of running steps,
and the global history with its chain check and CSV export."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from app import accounts
from app.accounts import AccountInput, RoleGrant
from app.cases import commands
from app.cases.read import get_case
from app.history.log import CSV_HEADER
from app.models import Event, Opd, User, database
from ui.dialogs import users as users_module
from ui.dialogs.audit_log import AuditLogDialog, LogModel
from ui.dialogs.handover import HandoverDialog
from ui.dialogs.users import PasswordDialog, UsersDialog
from ui.session import Session

ADMIN_PASSWORD = "sandi-admin-1"
SITI_PASSWORD = "sandi-siti-1"


@pytest.fixture
def admin_login(ui_db):
    accounts.create_first_admin(AccountInput("admin", "Admin Kantor"), ADMIN_PASSWORD)
    return accounts.login("admin", ADMIN_PASSWORD)


@pytest.fixture
def admin_session(admin_login):
    return Session(admin_login, RoleGrant("admin"))


@pytest.fixture
def dinkes(ui_db) -> int:
    return Opd.get(Opd.singkatan == "Dinkes").id


def make_user(
    session, username="siti", nama="Siti Rohaeti", roles=None, password=SITI_PASSWORD
) -> User:
    return accounts.create_user(
        session.actor, AccountInput(username, nama, roles or [RoleGrant("ppid_utama")]), password
    ).value


def session_of(username, password=SITI_PASSWORD) -> Session:
    login = accounts.login(username, password)
    return Session(login, login.roles[0])


@pytest.fixture
def users_dialog(qtbot, admin_session, boxes):
    dialog = UsersDialog(admin_session)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def password_prompt(monkeypatch):
    """Replace the modal password prompt; ``prompt.answer`` is what the user types."""

    class Prompt:
        answer: str | None = "sandi-awal-123"
        asked: list[str] = []

    def ask(_parent, title, _intro):
        Prompt.asked.append(title)
        return Prompt.answer

    monkeypatch.setattr(users_module, "ask_password", ask)
    return Prompt


def _column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _select_user(dialog, username):
    dialog.reload(select_id=User.get(User.username == username).id)
    assert dialog.username.value() == username


# ----------------------------------------------------------------------------- accounts
def test_create_an_account_with_two_pembantu_opds(users_dialog, password_prompt, boxes, dinkes):
    disdik = Opd.get(Opd.singkatan == "Dindikbud").id
    users_dialog.new_button.click()
    users_dialog.username.setText("Siti.R")
    users_dialog.nama_lengkap.setText("Siti Rohaeti")
    users_dialog.official.setCurrentIndex(
        users_dialog.official.findText("Siti Rohaeti — NIP 19850315 201001 2 003")
    )
    users_dialog.roles.set_role_checked("ppid_pembantu", True)
    users_dialog.roles.set_opd_checked(dinkes, True)
    users_dialog.roles.set_opd_checked(disdik, True)
    assert "Dinkes" in users_dialog.roles.opd_summary.text()
    users_dialog.save_button.click()

    user = User.get(User.username == "siti.r")
    assert user.nama_lengkap == "Siti Rohaeti" and user.official.nama == "Siti Rohaeti"
    assert user.wajib_ganti_sandi and user.aktif
    assert set(accounts.grants_of(user.id)) == {
        RoleGrant("ppid_pembantu", dinkes),
        RoleGrant("ppid_pembantu", disdik),
    }
    assert password_prompt.asked == ["Kata sandi awal"]
    assert "wajib mengganti kata sandi awal" in boxes.texts("information")
    assert "sandi-awal-123" not in boxes.texts()
    assert "siti.r" in _column(users_dialog.model, 0)
    assert users_dialog.username.value() == "siti.r"  # the new account is selected
    roles = users_dialog.view.currentIndex().siblingAtColumn(2).data()
    assert "PPID Pembantu — Dinkes" in roles and "PPID Pembantu — Dindikbud" in roles
    assert accounts.login("siti.r", "sandi-awal-123").wajib_ganti_sandi


def test_password_prompt_requires_two_equal_entries(qtbot):
    dialog = PasswordDialog("Kata sandi awal", "Uji")
    qtbot.addWidget(dialog)
    dialog.first.setText("sandi-satu-1")
    dialog.second.setText("sandi-dua-22")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "tidak sama" in dialog.error.text()
    assert dialog.second.text() == "" and dialog.second.property("invalid")
    dialog.second.setText("sandi-satu-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password() == "sandi-satu-1"


def test_too_short_password_creates_nothing(users_dialog, password_prompt, boxes):
    password_prompt.answer = "pendek"
    before = User.select().count()
    users_dialog.new_button.click()
    users_dialog.username.setText("budi")
    users_dialog.nama_lengkap.setText("Budi Santoso")
    users_dialog.roles.set_role_checked("tim_pertimbangan", True)
    users_dialog.save_button.click()
    assert "Kata sandi paling sedikit 8 karakter." in boxes.texts("warning")
    assert User.select().count() == before
    assert "pendek" not in boxes.texts()


def test_cancelled_password_prompt_creates_nothing(users_dialog, password_prompt, boxes):
    password_prompt.answer = None
    users_dialog.username.setText("budi")
    users_dialog.nama_lengkap.setText("Budi Santoso")
    users_dialog.roles.set_role_checked("tim_pertimbangan", True)
    users_dialog.save_button.click()
    assert not User.select().where(User.username == "budi").exists()
    assert boxes.shown == []


def test_duplicate_username_and_pembantu_without_opd_refused(
    users_dialog, admin_session, password_prompt, boxes
):
    make_user(admin_session)
    users_dialog.reload()
    users_dialog.new_button.click()
    users_dialog.username.setText("siti")
    users_dialog.nama_lengkap.setText("Siti Lain")
    users_dialog.roles.set_role_checked("ppid_pembantu", True)  # no OPD ticked
    users_dialog.save_button.click()
    warning = boxes.texts("warning")
    assert "Nama pengguna siti sudah dipakai." in warning
    assert "PPID Pembantu harus disertai perangkat daerahnya" in warning
    assert users_dialog.username.property("invalid")
    assert users_dialog.roles.roles.property("invalid")
    assert User.select().where(User.username == "siti").count() == 1


def test_a_refused_new_account_is_named_before_any_password_is_asked(
    users_dialog, password_prompt, boxes
):
    """Checks before questions: the clerk typed the first password twice, only to be told the
    full name was missing. The account is checked first (``accounts.check_new_user``)."""
    users_dialog.new_button.click()
    users_dialog.username.setText("budi")  # no full name
    users_dialog.roles.set_role_checked("tim_pertimbangan", True)
    users_dialog.save_button.click()
    assert password_prompt.asked == []
    assert "Nama lengkap wajib diisi." in boxes.texts("warning")
    assert users_dialog.nama_lengkap.property("invalid")
    users_dialog.nama_lengkap.setText("Budi Santoso")  # fixed: now the password is asked
    users_dialog.save_button.click()
    assert password_prompt.asked == ["Kata sandi awal"]
    assert User.select().where(User.username == "budi").exists()


def test_last_admin_cannot_be_deactivated(users_dialog, boxes):
    _select_user(users_dialog, "admin")
    assert users_dialog.roles.is_checked("admin")
    users_dialog.aktif.setChecked(False)
    users_dialog.save_button.click()
    assert "administrator aktif terakhir" in boxes.texts("warning")
    assert User.get(User.username == "admin").aktif


def test_edit_an_account_records_the_change(users_dialog, admin_session, boxes):
    make_user(admin_session)
    users_dialog.reload()
    _select_user(users_dialog, "siti")
    users_dialog.nama_lengkap.setText("Siti Rohaeti, S.H.")
    users_dialog.roles.set_role_checked("tim_pertimbangan", True)
    users_dialog.save_button.click()
    assert boxes.texts("warning") == ""
    user = User.get(User.username == "siti")
    assert user.nama_lengkap == "Siti Rohaeti, S.H."
    assert {g.role for g in accounts.grants_of(user.id)} == {"ppid_utama", "tim_pertimbangan"}


def test_reset_password_then_the_user_logs_in_with_it(
    users_dialog, admin_session, password_prompt, boxes
):
    make_user(admin_session)
    users_dialog.reload()
    _select_user(users_dialog, "siti")
    password_prompt.answer = "sandi-reset-99"
    assert users_dialog.reset_button.isEnabled()
    users_dialog.reset_button.click()
    assert password_prompt.asked == ["Atur ulang kata sandi — siti"]
    assert "wajib menggantinya saat masuk berikutnya" in boxes.texts("information")
    assert "sandi-reset-99" not in boxes.texts()
    assert accounts.login("siti", "sandi-reset-99").wajib_ganti_sandi
    with pytest.raises(accounts.LoginFailed):
        accounts.login("siti", SITI_PASSWORD)


def test_handover_button_opens_the_dialog_for_the_selected_account(
    users_dialog, admin_session, monkeypatch
):
    siti = make_user(admin_session)
    users_dialog.reload()
    _select_user(users_dialog, "siti")
    opened = []

    def fake_exec(self):
        opened.append(self.source.currentData())
        return 0

    monkeypatch.setattr(HandoverDialog, "exec", fake_exec)
    users_dialog.handover_button.click()
    assert opened == [siti.id]


# ----------------------------------------------------------------------------- hand-over
def test_handover_moves_the_running_steps(qtbot, admin_session, boxes, dinkes):
    pembantu = [RoleGrant("ppid_pembantu", dinkes)]
    siti = make_user(admin_session, roles=pembantu)
    dede = make_user(admin_session, "dede", "Dede Hidayat", roles=pembantu)
    make_user(admin_session, "budi", "Budi Santoso", roles=[RoleGrant("tim_pertimbangan")])
    actor = session_of("siti").actor
    case = commands.create_case(
        actor,
        commands.NewCase(
            opd_id=dinkes,
            pemicu="sebelum_permohonan",
            judul="DIK Dinkes 2026",
            tanggal_mulai=date(2026, 11, 2),
        ),
    ).case
    commands.save_step(actor, case.id, 1, {"catatan": "dikerjakan Siti"})
    assert len(accounts.open_steps_of(siti.id)) == 1

    dialog = HandoverDialog(admin_session, siti.id)
    qtbot.addWidget(dialog)
    assert dialog.count_label.text().startswith("1 tahap berjalan")
    assert "1 tahap berjalan" in dialog.source.currentText()
    [step] = dialog.steps()
    assert step.nomor == case.nomor and step.step_text.startswith("1 — ")
    assert _column(dialog.model, 4) == [get_case(case.id).batas_waktu.strftime("%d-%m-%Y")]
    assert not dialog.hand_over_button.isEnabled()  # no receiver chosen yet
    assert dialog.target.findData(siti.id) == -1  # not to the leaving account itself

    # Someone without the step's role is refused by app.accounts, with its message.
    dialog.target.setCurrentIndex(dialog.target.findData(User.get(username="budi").id))
    dialog.hand_over_button.click()
    assert "tidak memegang peran PPID Pembantu" in boxes.texts("warning")
    assert len(accounts.open_steps_of(siti.id)) == 1

    dialog.target.setCurrentIndex(dialog.target.findData(dede.id))
    dialog.hand_over_button.click()
    assert "Alihkan 1 tahap berjalan dari Siti Rohaeti kepada Dede Hidayat" in boxes.texts(
        "question"
    )
    assert "1 tahap berjalan dialihkan" in boxes.texts("information")
    assert dialog.moved == 1
    assert accounts.open_steps_of(siti.id) == []
    assert len(accounts.open_steps_of(dede.id)) == 1
    assert dialog.model.rowCount() == 0 and not dialog.hand_over_button.isEnabled()


# ----------------------------------------------------------------------------- history
@pytest.fixture
def log_dialog(qtbot, admin_session, boxes):
    siti = make_user(admin_session)
    accounts.update_user(
        admin_session.actor,
        siti.id,
        AccountInput("siti", "Siti Rohaeti, S.H.", [RoleGrant("ppid_utama")]),
    )
    accounts.login("siti", SITI_PASSWORD)
    with pytest.raises(accounts.LoginFailed):
        accounts.login("siti", "keliru-sekali")
    dialog = AuditLogDialog(admin_session)
    qtbot.addWidget(dialog)
    return dialog


def _rows(dialog):
    return dialog.model.rows()


def test_log_shows_every_event_newest_first_as_sentences(log_dialog):
    sentences = _column(log_dialog.model, LogModel.EVENT)
    assert log_dialog.model.rowCount() == Event.select().count()
    ids = [r.id for r in _rows(log_dialog)]
    assert ids == sorted(ids, reverse=True)
    assert (
        "Admin Kantor (Administrator) — Akun siti (Siti Rohaeti) dibuat dengan peran "
        "PPID Utama" in sentences
    )
    assert "Admin Kantor masuk" in sentences
    assert "Sistem — Gagal masuk sebagai siti" in sentences
    time_text = log_dialog.model.index(0, LogModel.TIME).data()
    assert len(time_text) == len("25-11-2026 10.42") and time_text[2] == "-"


def test_log_detail_lists_old_and_new_values(log_dialog):
    changed = next(r for r in _rows(log_dialog) if r.jenis == "pengguna_diubah")
    assert log_dialog.select_event(changed.id)
    text = log_dialog.detail.toPlainText()
    assert f"Kejadian #{changed.id}" in text
    assert "Nama lengkap: Siti Rohaeti → Siti Rohaeti, S.H." in text


def test_log_filters_by_kind_user_text_and_date(log_dialog):
    total = log_dialog.model.rowCount()
    log_dialog.kind.setCurrentIndex(log_dialog.kind.findData("pengguna_dibuat"))
    assert {r.jenis for r in _rows(log_dialog)} == {"pengguna_dibuat"}
    assert log_dialog.model.rowCount() == 2  # the first administrator and siti
    assert log_dialog.count_label.text() == f"2 dari {total} kejadian"
    log_dialog.kind.setCurrentIndex(0)
    log_dialog.user.setCurrentIndex(log_dialog.user.findData("siti"))
    assert {r.pengguna for r in _rows(log_dialog)} == {"siti"}
    assert [r.jenis for r in _rows(log_dialog)] == ["login"]
    log_dialog.user.setCurrentIndex(0)
    log_dialog.search.setText("gagal SITI")
    log_dialog.apply_filters()
    assert [r.jenis for r in _rows(log_dialog)] == ["login_gagal"]
    log_dialog.search.clear()
    day = _rows(log_dialog)[0].tanggal
    log_dialog.date_from.set_value(day + timedelta(days=1))
    assert log_dialog.model.rowCount() == 0
    log_dialog.date_from.set_value(day)
    log_dialog.date_to.set_value(day)
    assert log_dialog.model.rowCount() == total
    log_dialog.clear_filters_button.click()
    assert log_dialog.model.rowCount() == total


def test_chain_check_names_and_selects_the_changed_event(log_dialog):
    log_dialog.chain_button.click()
    assert "utuh" in log_dialog.chain_label.text()
    assert "#0f5132" in log_dialog.chain_label.styleSheet()
    target = next(r for r in _rows(log_dialog) if r.jenis == "pengguna_dibuat")
    database.execute_sql(
        f'UPDATE "{Event._meta.table_name}" SET ringkasan = ? WHERE id = ?',
        ("Akun siti dibuat oleh orang lain", target.id),
    )
    log_dialog.kind.setCurrentIndex(log_dialog.kind.findData("login"))  # hides that event
    log_dialog.chain_button.click()
    text = log_dialog.chain_label.text()
    assert f"#{target.id}" in text and "diubah di luar aplikasi" in text
    assert "#842029" in log_dialog.chain_label.styleSheet()
    assert log_dialog.current_row().id == target.id  # filters cleared to show it
    assert "orang lain" in log_dialog.current_row().ringkasan  # the list was reloaded


def test_csv_export_writes_the_filtered_rows(log_dialog, monkeypatch, tmp_path, boxes):
    log_dialog.kind.setCurrentIndex(log_dialog.kind.findData("login"))
    shown = log_dialog.model.rowCount()
    assert shown >= 2
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "riwayat"), "")),
    )
    log_dialog.export_button.click()
    path = tmp_path / "riwayat.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == CSV_HEADER
    body = rows[1:]
    assert len(body) == shown
    assert {r[5] for r in body} == {"login"}
    assert [int(r[0]) for r in body] == [r.id for r in _rows(log_dialog)]
    siti = next(r for r in body if r[2] == "siti")
    assert siti[3] == "Siti Rohaeti, S.H." and siti[7] == "Siti Rohaeti, S.H. masuk"
    assert "mesin" in json.loads(siti[8])
    assert len(siti[1]) == len("2026-11-25 10:42:00")
    assert f"{shown} kejadian diekspor" in boxes.texts("information")


# ----------------------------------------------------------------------------- other roles
def test_other_roles_get_disabled_controls(qtbot, admin_session, boxes):
    make_user(admin_session, "sari", "Sari Utami")
    session = session_of("sari")
    assert session.actor.role == "ppid_utama"

    users = UsersDialog(session)
    qtbot.addWidget(users)
    assert not users.new_button.isEnabled() and not users.save_button.isEnabled()
    assert not users.form_box.isEnabled()
    assert not users.reset_button.isEnabled() and not users.handover_button.isEnabled()
    assert "Hanya Administrator" in users.permission_note.text()

    handover = HandoverDialog(session)
    qtbot.addWidget(handover)
    assert not handover.hand_over_button.isEnabled() and not handover.source.isEnabled()
    assert handover.source.count() == 0
    assert "Hanya Administrator" in handover.permission_note.text()

    log = AuditLogDialog(session)
    qtbot.addWidget(log)
    assert log.model.rowCount() == 0
    assert not log.export_button.isEnabled() and not log.chain_button.isEnabled()
    assert "hanya dapat dilihat oleh Administrator" in log.permission_note.text()
