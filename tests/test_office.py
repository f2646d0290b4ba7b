"""The office profile used by every document: validation, storage, permission."""

import pytest

from app.errors import PermissionDenied, ValidationError
from app.office import load_profile, save_profile
from app.settings import get_setting

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


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


@pytest.mark.parametrize(("change", "message"), [
    (lambda p: setattr(p, "kop_instansi", ""), "Nama instansi pada kop wajib diisi"),
    (lambda p: setattr(p, "kertas", "Letter"), "F4 atau A4"),
    (lambda p: p.margin_mm.update(kiri=2), "Margin kiri harus 5–60 mm"),
    (lambda p: setattr(p, "kop_logo", b"GIF89a"), "PNG atau JPEG"),
    (lambda p: setattr(p, "kop_alamat", ["a", "b", "c", "d"]), "paling banyak 3 baris"),
    (lambda p: p.nomor_pola.update(default="{kode}/{nomor}/{tahun}"), "nomor"),
    (lambda p: setattr(p, "penetapan_bentuk", "keputusan_bupati"), "Nama Bupati wajib diisi"),
    (lambda p: p.nomor_pola.pop("ba_uji"), "nomornya bisa kembar"),
])
def test_a_wrong_profile_is_refused_and_nothing_changes(db, admin, change, message):
    before = get_setting("kertas"), get_setting("kop_instansi"), get_setting("margin_mm")
    p = load_profile()
    change(p)
    with pytest.raises(ValidationError, match=message):
        save_profile(admin, p)
    assert (get_setting("kertas"), get_setting("kop_instansi"), get_setting("margin_mm")) == \
        before


def test_only_ppid_utama_and_admin_change_the_profile(db, tim):
    with pytest.raises(PermissionDenied):
        save_profile(tim, load_profile())
