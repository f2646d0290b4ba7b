"""Cadangkan and Pulihkan dialogs: a real backup through the worker thread, the verified
result on screen; a tampered backup refused; a restore that asks first and reopens."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import archive
from app.accounts import RoleGrant
from app.errors import DatabaseInUse, DatabaseProblem
from app.masterdata import save_opd
from app.models import Opd, database
from app.permissions import ADMIN, SYSTEM_ACTOR, Actor
from app.settings import (
    CADANGAN_SAAT_KELUAR,
    CADANGAN_TERAKHIR,
    FOLDER_CADANGAN,
    HARI_PENGINGAT_CADANGAN,
    SIMPAN_CADANGAN,
    change_settings,
    value,
    write_internal,
)
from app.store import close_database, open_database
from ui.dialogs.backup import (
    BackupDialog,
    RestoreDialog,
    ask_open_read_only,
    backup_on_exit,
    backup_reminder_text,
)
from ui.session import Session


@pytest.fixture
def session(login) -> Session:
    return Session(login)


def test_the_backup_dialog_backs_up_through_the_worker_and_shows_the_hash(
    qtbot, ui_db, boxes, session, tmp_path
):
    dialog = BackupDialog(session)
    qtbot.addWidget(dialog)
    assert "belum pernah" in dialog.last.text()
    dialog.folder.setText(str(tmp_path / "Cadangan Ujikon"))
    result = dialog.run_backup()
    assert result is not None and result.path.is_file()
    assert result.sha256 in dialog.details.toPlainText()
    assert "terverifikasi" in dialog.status.text()
    assert value(FOLDER_CADANGAN) == str(tmp_path / "Cadangan Ujikon")
    assert archive.last_backup().sha256 == result.sha256
    assert result.path.name in dialog.last.text()
    assert boxes.shown == []


def test_the_backup_dialog_needs_a_folder(qtbot, ui_db, boxes, session):
    dialog = BackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.folder.setText("")
    assert dialog.run_backup() is None
    assert "Pilih folder" in boxes.texts("warning")


def test_backup_settings_are_saved_by_an_administrator(qtbot, ui_db, boxes, session):
    session.set_role(ADMIN)
    dialog = BackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.remind_days.setValue(14)
    dialog.keep.setValue(5)
    dialog.on_exit.setChecked(True)
    assert dialog.save_settings()
    assert (
        value(HARI_PENGINGAT_CADANGAN),
        value(SIMPAN_CADANGAN),
        value(CADANGAN_SAAT_KELUAR),
    ) == (14, 5, True)


def tamper(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_the_restore_dialog_refuses_a_tampered_backup(qtbot, ui_db, boxes, session, tmp_path):
    session.set_role(ADMIN)
    result = archive.backup(SYSTEM_ACTOR, tmp_path / "c", record=False)
    tamper(result.path)
    reopened: list[Path] = []
    dialog = RestoreDialog(session, ui_db, reopened.append)
    qtbot.addWidget(dialog)
    check = dialog.check_file(result.path)
    assert check is not None and not check.ok
    assert "SHA-256" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()
    assert dialog.restore() is None
    assert "tidak diubah" in boxes.texts("warning")
    assert reopened == []


def test_the_restore_dialog_shows_the_contents_asks_and_reopens(
    qtbot, ui_db, boxes, session, tmp_path
):
    session.set_role(ADMIN)
    result = archive.backup(SYSTEM_ACTOR, tmp_path / "c", record=True)
    save_opd(Actor(ADMIN, "Admin"), "Dinas Setelah Cadangan")
    reopened: list[Path] = []
    dialog = RestoreDialog(session, ui_db, reopened.append)
    qtbot.addWidget(dialog)
    dialog.check_file(result.path)
    assert dialog.restore_button.isEnabled()
    assert "kasus" in dialog.details.toPlainText() and result.sha256 in dialog.details.toPlainText()
    restored = dialog.restore()
    assert restored is not None and reopened == [ui_db]
    assert "Pulihkan basis data?" in [title for _k, title, _t in boxes.shown]
    assert str(restored.previous) in boxes.texts("information")
    assert Opd.get_or_none(Opd.nama == "Dinas Setelah Cadangan") is None


def test_only_an_administrator_may_restore(qtbot, ui_db, boxes, session, tmp_path):
    session.set_role("ppid_pembantu")
    result = archive.backup(SYSTEM_ACTOR, tmp_path / "c", record=False)
    dialog = RestoreDialog(session, ui_db, None)
    qtbot.addWidget(dialog)
    dialog.check_file(result.path)
    assert dialog.check.ok and not dialog.restore_button.isEnabled()


def test_the_reminder_text(ui_db):
    now = datetime.now(UTC)
    assert backup_reminder_text(now) is None  # a database made today
    assert "belum pernah dicadangkan" in backup_reminder_text(now + timedelta(days=8))
    with database.atomic():
        write_internal(
            CADANGAN_TERAKHIR,
            {
                "waktu": (now - timedelta(days=12)).isoformat(),
                "path": "E:/c/ujikon-x.sqlite",
                "sha256": "a" * 64,
                "ukuran": 4096,
            },
        )
    assert "12 hari yang lalu" in backup_reminder_text(now)


def test_backup_on_exit_uses_the_remembered_folder(qtbot, ui_db, boxes, login, session, tmp_path):
    admin = login.actor(RoleGrant("admin"))
    assert backup_on_exit(session)  # off: nothing to do
    change_settings(admin, {CADANGAN_SAAT_KELUAR: True, FOLDER_CADANGAN: str(tmp_path / "keluar")})
    assert backup_on_exit(session)
    assert len(list((tmp_path / "keluar").glob("ujikon-*.sqlite"))) == 1
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    change_settings(admin, {FOLDER_CADANGAN: str(blocker)})
    boxes.answer = boxes.answer.No
    assert not backup_on_exit(session)  # failed, and the user stays
    assert "Tetap keluar" in boxes.texts("question")


def test_opening_a_database_in_use_offers_read_only(qtbot, ui_db, boxes, tmp_path):
    close_database()
    lock = ui_db.with_name(ui_db.name + ".lock")
    lock.write_text(
        json.dumps(
            {"user": "sari", "host": "PC-LAIN", "pid": 7, "started_at": "2026-11-25T01:00:00+00:00"}
        )
    )
    with pytest.raises(DatabaseInUse) as refused:
        open_database(ui_db)
    assert ask_open_read_only(None, ui_db, refused.value)
    assert "sari di komputer PC-LAIN" in boxes.texts("question")
    assert not ask_open_read_only(None, ui_db, DatabaseProblem("Berkas rusak."))
    assert "Berkas rusak." in boxes.texts("warning")
    lock.unlink()
    open_database(ui_db)


def test_backup_on_exit_is_left_to_a_role_that_may_back_up(qtbot, ui_db, boxes, login, tmp_path):
    """A Tim Pertimbangan closing the window is not asked about a backup it may not make."""
    change_settings(
        login.actor(RoleGrant("admin")),
        {CADANGAN_SAAT_KELUAR: True, FOLDER_CADANGAN: str(tmp_path / "keluar")},
    )
    tim = Session(login, RoleGrant("tim_pertimbangan"))
    assert backup_on_exit(tim)
    assert not (tmp_path / "keluar").exists() and boxes.texts("question") == ""
    assert backup_on_exit(Session(login, RoleGrant("ppid_utama")))
    assert len(list((tmp_path / "keluar").glob("ujikon-*.sqlite"))) == 1


def test_a_backup_this_database_never_made_needs_a_reason(
    qtbot, ui_db, boxes, session, tmp_path, monkeypatch
):
    """A backup made with record=False and its manifest's office signature removed is one
    the live database does not know (as one made by another office, or edited and
    re-manifested): refused without a reason, restored with one, and the reason is in the
    restored database's history."""
    import json

    from PySide6.QtWidgets import QInputDialog

    from app.models import Event

    session.set_role(ADMIN)
    result = archive.backup(SYSTEM_ACTOR, tmp_path / "c", record=False)
    fields = json.loads(result.manifest_path.read_text(encoding="utf-8"))
    del fields["tanda_tangan"]
    result.manifest_path.write_text(json.dumps(fields), encoding="utf-8")
    dialog = RestoreDialog(session, ui_db, None)
    qtbot.addWidget(dialog)
    dialog.check_file(result.path)
    answers = iter([("", False), ("Pindah ke komputer baru di ruang PPID.", True)])
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: next(answers))
    )
    assert dialog.restore() is None  # cancelled: nothing restored
    restored = dialog.restore()
    assert restored is not None
    event = Event.select().order_by(Event.id.desc()).first()
    assert event.rincian["paksa"] == "Pindah ke komputer baru di ruang PPID."
    assert "tidak dikenal basis data sebelumnya" in event.ringkasan


def test_the_restore_dialog_shows_a_backups_time_in_wib_everywhere(
    qtbot, ui_db, boxes, session, tmp_path, monkeypatch
):
    """The clerk saw "dibuat 02-12-2026 07:15" in the status line (the PC's own zone, here
    UTC) and "Dibuat: 02-12-2026 14.15" below it (WIB): one backup, two times. Now every time
    of the dialog is WIB and says so."""
    import re
    import time

    from app.clock import to_local

    monkeypatch.setenv("TZ", "UTC")  # a PC whose zone is not WIB
    time.tzset()
    try:
        session.set_role(ADMIN)
        result = archive.backup(SYSTEM_ACTOR, tmp_path / "c", record=False)
        dialog = RestoreDialog(session, ui_db, None)
        qtbot.addWidget(dialog)
        check = dialog.check_file(result.path)
        wib = f"{to_local(check.created_at):%d-%m-%Y %H.%M} WIB"
        boxes.answer = boxes.answer.No
        dialog.restore()
        question = boxes.texts("question")
        shown = dialog.status.text() + "\n" + dialog.details.toPlainText() + "\n" + question
        assert f"dibuat {wib}" in dialog.status.text()
        assert f"Dibuat: {wib}" in dialog.details.toPlainText()
        assert f"cadangan tanggal {wib}" in question
        times = re.findall(r"\d\d-\d\d-\d{4} \d\d[.:]\d\d(?: WIB)?", shown)
        assert times == [wib] * 3
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
