"""What an actor may do, answered once (``app.capabilities``) and enforced by every service
inside its transaction, with the account re-read: the window offers exactly what the
services accept, and a session whose account changed is refused at its next action."""

from __future__ import annotations

from datetime import date

import pytest

from app import accounts, archive
from app.accounts import AccountInput, RoleGrant
from app.capabilities import capabilities
from app.cases import commands
from app.cases.read import case_detail
from app.documents import render as renderers
from app.documents import store
from app.errors import PermissionDenied, SessionExpired
from app.models import Event, InfoItem, Opd
from app.permissions import Actor
from tests.conftest import STEP1_ITEM
from tests.pdf_support import make_pdf

PASSWORD = "sandi-uji-123"


def opd(short: str) -> int:
    return Opd.get(Opd.singkatan == short).id


def events() -> int:
    return Event.select().count()


# ----------------------------------------------------------------------------- the case's step
def test_the_ppid_utama_may_work_step_1_in_the_window_and_the_service(make_case, utama):
    case = make_case()
    assert capabilities(utama, case_detail(case.id)).work_step
    commands.save_item(utama, case.id, {**STEP1_ITEM, "uraian": "Butir dari PPID Utama"})
    assert InfoItem.select().where(InfoItem.case == case.id).count() == 2


def test_a_ppid_pembantu_of_another_opd_sees_the_case_read_only_and_is_refused(make_case):
    case = make_case(opd="Dinkes")
    other = Actor("ppid_pembantu", "Budi", opd_id=opd("Setda"))
    can = capabilities(other, case_detail(case.id))
    assert not can.work_step and not can.add_remove_items and not can.send_back
    assert "formulir hanya dapat dibaca" in can.read_only_reason
    before = events()
    with pytest.raises(PermissionDenied, match="perangkat daerahnya sendiri"):
        commands.save_item(other, case.id, STEP1_ITEM)
    assert events() == before
    own = Actor("ppid_pembantu", "Sari", opd_id=opd("Dinkes"))
    assert capabilities(own, case_detail(case.id)).work_step


def test_the_atasan_works_step_5_only(make_case, advance, atasan):
    case = make_case()
    advance(case.id, 4)
    assert not capabilities(atasan, case_detail(case.id)).work_step
    with pytest.raises(PermissionDenied, match="dikerjakan oleh PPID Utama"):
        commands.complete_step(atasan, case.id, 4)
    advance(case.id, 5)
    can = capabilities(atasan, case_detail(case.id))
    assert can.work_step and can.send_back


def test_print_record_is_refused_for_a_role_that_may_not_print_the_document(
    make_case, advance, fill, monkeypatch, utama, tim
):
    monkeypatch.setattr(
        renderers, "render_document", lambda kind, case_id, stamp=None, detail=None: make_pdf(kind)
    )
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    doc = store.finalise(utama, case.id, "ba_uji").document
    assert 2 not in capabilities(tim, case_detail(case.id)).print_steps
    before = events()
    with pytest.raises(PermissionDenied, match="mencetak dokumen final"):
        store.record_print(tim, doc.id, 2, "PDF")
    assert events() == before
    assert not store.record_print(utama, doc.id, 2, "PDF").empty


def test_backup_restore_and_yearly_archive_are_refused_for_roles_without_the_right(
    make_case, tmp_path, utama, pembantu, tim
):
    make_case()
    with pytest.raises(PermissionDenied, match="mencadangkan basis data"):
        archive.backup(tim, tmp_path / "cadangan")
    assert not (tmp_path / "cadangan").exists()
    made = archive.backup(utama, tmp_path / "cadangan")
    with pytest.raises(PermissionDenied, match="memulihkan basis data"):
        archive.prepare_restore(utama, made.path, tmp_path / "lain.db")
    with pytest.raises(PermissionDenied, match="membuat arsip tahunan"):
        archive.yearly_archive(pembantu, 2026, tmp_path / "arsip")
    assert not (tmp_path / "arsip").exists()
    assert not (tmp_path / "lain.db").exists()


# ----------------------------------------------------------------------------- stale sessions
@pytest.fixture
def siti(db, today, admin):
    """A logged-in PPID Pembantu of Dinkes, and the administrator who manages her account."""
    accounts.create_first_admin(AccountInput("kepala", "Kepala", [RoleGrant("admin")]), PASSWORD)
    boss = accounts.login("kepala", PASSWORD)
    boss_actor = boss.actor(boss.roles[0])
    accounts.create_user(
        boss_actor,
        AccountInput("siti", "Siti Rohaeti", [RoleGrant("ppid_pembantu", opd("Dinkes"))]),
        PASSWORD,
    )
    login = accounts.login("siti", PASSWORD)
    return login, login.actor(login.roles[0]), boss_actor


def new_case(actor):
    return commands.NewCase(
        opd_id=opd("Dinkes"),
        pemicu="sebelum_permohonan",
        judul="Kasus Siti",
        tanggal_mulai=date(2026, 11, 2),
    )


def test_a_deactivated_account_is_refused_at_its_next_action(siti):
    login, actor, boss = siti
    case = commands.create_case(actor, new_case(actor)).case
    accounts.update_user(
        boss, login.user_id, AccountInput("siti", "Siti Rohaeti", list(login.roles), aktif=False)
    )
    before = events()
    with pytest.raises(SessionExpired, match="sudah dinonaktifkan"):
        commands.save_item(actor, case.id, STEP1_ITEM)
    with pytest.raises(SessionExpired):
        commands.create_case(actor, new_case(actor))
    assert events() == before
    can = capabilities(actor, case_detail(case.id))
    assert can.session_problem and not can.work_step and not can.create_case


def test_a_revoked_role_is_refused_at_the_next_action(siti):
    login, actor, boss = siti
    case = commands.create_case(actor, new_case(actor)).case
    accounts.update_user(
        boss, login.user_id, AccountInput("siti", "Siti Rohaeti", [RoleGrant("tim_pertimbangan")])
    )
    with pytest.raises(SessionExpired, match="PPID Pembantu sudah dicabut"):
        commands.save_item(actor, case.id, STEP1_ITEM)
    with pytest.raises(SessionExpired):
        store.preview(case.id, "laporan_identifikasi") and store.finalise(
            actor, case.id, "laporan_identifikasi"
        )
    # a PPID Pembantu moved to another OPD loses the cases of the first
    accounts.update_user(
        boss,
        login.user_id,
        AccountInput("siti", "Siti Rohaeti", [RoleGrant("ppid_pembantu", opd("Setda"))]),
    )
    with pytest.raises(SessionExpired):
        commands.save_item(actor, case.id, STEP1_ITEM)


def test_the_command_line_acts_as_the_system_and_says_so_in_the_history(make_case, tmp_path):
    from app import tasks
    from app.models import database

    make_case()
    path = database.database
    from app.store import close_database

    close_database()
    result = tasks.backup_database(__import__("pathlib").Path(path), tmp_path / "cadangan")
    assert result.code == 0, result.err
    from app.store import open_database

    open_database(path)
    made = Event.select().where(Event.jenis == "cadangan_dibuat").get()
    assert (made.pelaku, made.peran, made.pengguna) == ("Baris perintah", "sistem", "")


# ----------------------------------------------------------------------------- nothing changed
def test_a_save_that_changes_nothing_writes_nothing(make_case, advance, fill, utama):
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    before = events()
    detail = case_detail(case.id)
    data = dict(detail.current.data)
    assert commands.save_step(utama, case.id, 2, data).empty
    item = detail.items[0]
    assert commands.save_item(utama, case.id, {"kesimpulan": item.kesimpulan}, item.id).empty
    people = [(p.official.id, p.hadir) for p in detail.participants[2]]
    assert commands.set_participants(utama, case.id, 2, people).empty
    assert events() == before


def test_completing_with_the_form_is_one_transaction_and_two_events(
    make_case, advance, fill, utama
):
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    before = events()
    changes = commands.complete_step(
        utama, case.id, 2, on=date(2026, 3, 20), data={"catatan": "Rapat lancar"}
    )
    assert changes.case_row and changes.steps and changes.record.tahap == 3
    kinds = [e.jenis for e in Event.select().where(Event.id > 0).order_by(Event.id)][before:]
    assert kinds == ["tahap_selesai", "tahap_dimulai"]
    done = Event.select().where(Event.jenis == "tahap_selesai").order_by(Event.id.desc()).get()
    assert done.rincian["perubahan"] == {"catatan": [None, "Rapat lancar"]}
    assert case_detail(case.id).latest_record(2).data["catatan"] == "Rapat lancar"
