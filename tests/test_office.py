"""The office profile used by every document: validation, storage, permission."""

from dataclasses import fields
from typing import get_args

import pytest

from app import accounts, settings
from app.accounts import AccountInput, RoleGrant
from app.documents.render.layout import PAPERS
from app.errors import PermissionDenied, SessionExpired, ValidationError
from app.history.text import change_lines
from app.models import Event
from app.office import (
    PENETAPAN_FORMS,
    PROFILE_SETTINGS,
    OfficeProfile,
    load_profile,
    save_profile,
)
from app.settings import KERTAS, KOP_INSTANSI, MARGIN_MM
from app.settings.catalog import Paper, PenetapanForm

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PASSWORD = "rahasia-kantor-1"


def test_the_default_profile_is_the_serang_diskominfosatik_kop(db):
    p = load_profile()
    assert p.kop_pemerintah == "PEMERINTAH KABUPATEN SERANG"
    assert p.kertas == "F4"
    assert p.kop_logo is None


def test_a_changed_profile_is_stored_with_its_logo(db, admin):
    p = load_profile()
    p.kop_alamat = ["Jalan Veteran Nomor 1, Serang", "  ", "Telepon (0254) 200000"]
    p.kertas = "A4"
    p.kop_logo = PNG
    save_profile(admin, p)
    again = load_profile()
    assert again.kop_alamat == ["Jalan Veteran Nomor 1, Serang", "Telepon (0254) 200000"]
    assert again.kertas == "A4"
    assert again.kop_logo == PNG


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: setattr(p, "kop_instansi", ""), "Nama instansi pada kop wajib diisi"),
        (lambda p: setattr(p, "kertas", "Letter"), "F4 atau A4"),
        (lambda p: p.margin_mm.update(kiri=2), "Margin kiri harus 5–60 mm"),
        (lambda p: setattr(p, "kop_logo", b"GIF89a"), "PNG atau JPEG"),
        (lambda p: setattr(p, "kop_alamat", ["a", "b", "c", "d"]), "paling banyak 3 baris"),
        (lambda p: p.nomor_pola.update(default="{kode}/{nomor}/{tahun}"), "nomor"),
        (lambda p: setattr(p, "penetapan_bentuk", "keputusan_bupati"), "Nama Bupati wajib diisi"),
        (lambda p: p.nomor_pola.pop("ba_uji"), "nomornya bisa kembar"),
    ],
)
def test_a_wrong_profile_is_refused_and_nothing_changes(db, admin, change, message):
    before = settings.value(KERTAS), settings.value(KOP_INSTANSI), settings.value(MARGIN_MM)
    p = load_profile()
    change(p)
    with pytest.raises(ValidationError, match=message):
        save_profile(admin, p)
    assert (
        settings.value(KERTAS),
        settings.value(KOP_INSTANSI),
        settings.value(MARGIN_MM),
    ) == before


def test_only_ppid_utama_and_admin_change_the_profile(db, tim):
    with pytest.raises(PermissionDenied):
        save_profile(tim, load_profile())


def test_a_saved_profile_is_one_event_with_each_change_old_and_new(db, admin):
    p = load_profile()
    p.kertas = "A4"
    p.kop_instansi = "  DINAS KOMINFO  "
    p.kop_logo = PNG
    assert save_profile(admin, p).history
    (event,) = Event.select().where(Event.jenis == "pengaturan_diubah")
    assert event.ringkasan.startswith("Profil kantor diubah: ")
    changes = event.rincian["perubahan"]
    assert set(changes) == {"kertas", "kop_instansi", "kop_logo"}
    assert changes["kertas"] == ["F4", "A4"]
    assert changes["kop_instansi"][1] == "DINAS KOMINFO"  # cleaned before it is stored
    assert changes["kop_logo"][0] is None and changes["kop_logo"][1].startswith("PNG 72 bita")
    assert "iVBOR" not in str(event.rincian)  # the history names the logo, not its base64
    assert "Ukuran kertas: F4 → A4" in change_lines(event.rincian)


def test_saving_the_same_profile_records_nothing(db, admin):
    assert save_profile(admin, load_profile()).empty
    assert Event.select().count() == 0


def test_an_administrator_whose_account_was_deactivated_cannot_save_the_profile(db):
    accounts.create_first_admin(AccountInput("admin", "Admin Kantor"), PASSWORD)
    first = accounts.login("admin", PASSWORD)
    boss = first.actor(first.roles[0])
    accounts.create_user(boss, AccountInput("budi", "Budi", [RoleGrant("admin")]), PASSWORD)
    budi = accounts.login("budi", PASSWORD)
    accounts.update_user(
        boss, budi.user_id, AccountInput("budi", "Budi", [RoleGrant("admin")], aktif=False)
    )
    p = load_profile()
    p.kertas = "A4"
    with pytest.raises(SessionExpired):
        save_profile(budi.actor(budi.roles[0]), p)
    assert settings.value(KERTAS) == "F4"


def test_the_profile_fields_are_the_settings_of_the_same_name():
    assert [s.key for s in PROFILE_SETTINGS] == [f.name for f in fields(OfficeProfile)]
    assert tuple(PENETAPAN_FORMS) == get_args(PenetapanForm)
    assert tuple(PAPERS) == get_args(Paper)
