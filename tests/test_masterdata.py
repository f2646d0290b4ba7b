"""Master data: perangkat daerah (OPD) and officials, with their validation and permissions."""

import pytest

from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.masterdata import (
    OfficialInput,
    delete_official,
    delete_opd,
    list_officials,
    list_opd,
    pangkat_for,
    save_official,
    save_opd,
)
from app.models import Event, Official, Opd

VALID_NIP = "197007061990031002"


def official(**changes) -> OfficialInput:
    values = {
        "nama": "Siti Rohaeti",
        "nip": VALID_NIP,
        "jabatan": "Sekretaris Dinas",
        "golongan": "IV/b",
        "peran": "ppid_utama",
    }
    return OfficialInput(**(values | changes))


# ----------------------------------------------------------------------------- officials
def test_an_official_with_a_valid_nip_is_saved_with_pangkat_from_golongan(db, admin):
    saved = save_official(admin, official(gelar_depan="Dr.", gelar_belakang="M.Si.")).value
    assert saved.nip == VALID_NIP
    assert (saved.golongan, saved.pangkat) == ("IV/b", "Pembina Tingkat I")
    assert saved.full_name == "Dr. Siti Rohaeti, M.Si."
    assert Event.select().where(Event.jenis == "pejabat_ditambah").count() == 1


def test_a_nip_typed_with_spaces_is_stored_without_them(db, admin):
    assert save_official(admin, official(nip="19700706 199003 1 002")).value.nip == VALID_NIP


def test_a_17_digit_nip_is_refused_with_a_message_and_nothing_is_saved(db, admin):
    with pytest.raises(ValidationError) as err:
        save_official(admin, official(nip="19700706199003100"))
    assert err.value.fields == ["nip"]
    assert "NIP harus 18 angka; yang diisi 17 angka." in err.value.message
    assert Official.select().count() == 0
    assert Event.select().count() == 0


def test_a_nip_already_used_by_another_official_is_refused(db, admin):
    first = save_official(admin, official()).value
    with pytest.raises(ValidationError, match="sudah dipakai pejabat lain"):
        save_official(admin, official(nama="Orang Lain"))
    assert Official.select().count() == 1
    # the same official may be saved again with its own NIP
    again = save_official(admin, official(jabatan="Kepala Dinas"), official_id=first.id).value
    assert again.jabatan == "Kepala Dinas"


def test_an_official_without_nip_is_accepted(db, admin):
    a = save_official(admin, official(nip="", nama="Tenaga Ahli Satu")).value
    b = save_official(admin, official(nip="  ", nama="Tenaga Ahli Dua")).value
    assert a.nip is None and b.nip is None
    assert Official.select().count() == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"nama": ""}, "nama"),
        ({"jabatan": ""}, "jabatan"),
        ({"golongan": "V/a"}, "golongan"),
        ({"peran": "bupati"}, "peran"),
        ({"opd_id": 99_999}, "opd"),
        ({"nama": "Сергей"}, "nama"),
    ],
)
def test_an_invalid_official_is_refused_naming_the_field(db, admin, changes, field):
    with pytest.raises(ValidationError) as err:
        save_official(admin, official(**changes))
    assert field in err.value.fields
    assert Official.select().count() == 0


@pytest.mark.parametrize("role", ["ppid_pembantu", "tim_pertimbangan", "atasan_ppid"])
def test_only_ppid_utama_and_admin_may_change_officials(db, role, utama):
    from app.permissions import Actor

    with pytest.raises(PermissionDenied, match="tidak berwenang mengubah data master"):
        save_official(Actor(role, "X"), official())
    assert Official.select().count() == 0
    assert save_official(utama, official()).value.id


def test_an_official_recorded_as_participant_cannot_be_deleted(
    make_case, advance, officials, admin
):
    case = make_case()
    advance(case.id, 3)  # step 2 recorded kepala as a participant
    with pytest.raises(ConflictError, match="peserta rapat"):
        delete_official(admin, officials["kepala"].id)
    delete_official(admin, officials["sekda"].id)
    assert Official.get_or_none(Official.id == officials["sekda"].id) is None


def test_officials_can_be_listed_by_role_and_activity(db, admin):
    save_official(admin, official())
    save_official(admin, official(nip="", nama="Ahmad", peran="atasan_ppid", aktif=False))
    assert [o.nama for o in list_officials(role="ppid_utama")] == ["Siti Rohaeti"]
    assert [o.nama for o in list_officials(active_only=True)] == ["Siti Rohaeti"]
    assert len(list_officials()) == 2


def test_pangkat_of_an_unknown_golongan_is_empty():
    assert pangkat_for("IV/e") == "Pembina Utama"
    assert pangkat_for("X") == ""


# ----------------------------------------------------------------------------- OPD
def test_the_opd_list_of_kabupaten_serang_is_seeded(db):
    names = [o.nama for o in list_opd()]
    assert "Dinas Kesehatan" in names and len(names) == Opd.select().count() > 30
    assert names == sorted(names)


def test_a_new_opd_is_saved(db, admin):
    opd = save_opd(admin, "  Dinas Contoh Baru ", "DCB").value
    assert (opd.nama, opd.singkatan, opd.aktif) == ("Dinas Contoh Baru", "DCB", True)


def test_an_opd_name_already_in_the_list_is_refused(db, admin):
    count = Opd.select().count()
    with pytest.raises(ValidationError, match="Dinas Kesehatan sudah ada di daftar"):
        save_opd(admin, "Dinas Kesehatan", "DK2")
    assert Opd.select().count() == count


def test_an_opd_name_differing_only_in_letter_case_is_refused(db, admin):
    count = Opd.select().count()
    with pytest.raises(ValidationError, match="Dinas Kesehatan sudah ada di daftar"):
        save_opd(admin, "dinas KESEHATAN")
    assert Opd.select().count() == count


def test_an_opd_may_be_saved_again_under_its_own_name(db, admin):
    dinkes = Opd.get(Opd.nama == "Dinas Kesehatan")
    saved = save_opd(admin, "Dinas Kesehatan", "Dinkes", aktif=False, opd_id=dinkes.id).value
    assert saved.aktif is False
    assert [o.nama for o in list_opd(active_only=True)].count("Dinas Kesehatan") == 0


def test_an_opd_needs_a_name(db, admin):
    with pytest.raises(ValidationError, match="Nama perangkat daerah wajib diisi"):
        save_opd(admin, "  ")


def test_an_opd_used_by_a_case_cannot_be_deleted(make_case, admin):
    case = make_case(opd="Dinkes")
    with pytest.raises(ConflictError, match="masih dipakai oleh kasus"):
        delete_opd(admin, case.opd_id)
    assert Opd.get_or_none(Opd.id == case.opd_id) is not None


def test_an_unused_opd_can_be_deleted(db, admin):
    opd = save_opd(admin, "Dinas Sementara").value
    delete_opd(admin, opd.id)
    assert Opd.get_or_none(Opd.id == opd.id) is None
    with pytest.raises(NotFound):
        delete_opd(admin, opd.id)


def test_ppid_pembantu_may_not_change_the_opd_list(db, pembantu):
    count = Opd.select().count()
    with pytest.raises(PermissionDenied, match="PPID Pembantu tidak berwenang"):
        save_opd(pembantu, "Dinas Baru")
    dinkes = Opd.get(Opd.nama == "Dinas Kesehatan")
    with pytest.raises(PermissionDenied):
        delete_opd(pembantu, dinkes.id)
    assert Opd.select().count() == count


def test_renaming_an_opd_makes_its_cases_findable_by_the_new_name(make_case, admin, today):
    from app.calendar_service import current_calendar
    from app.cases.listing import CaseFilter, Thresholds, query_case_ids

    case = make_case()
    save_opd(admin, "Dinas Kesehatan dan Keluarga Sehat", "Dinkeskel", opd_id=case.opd_id)
    t = Thresholds.compute(today, current_calendar())
    assert query_case_ids(CaseFilter(text="keluarga sehat"), t) == [case.id]


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_signature_images_are_stored_and_used_only_when_allowed(db, admin, officials):
    from app.masterdata import set_signature_images, signature_images

    official = Official.get_by_id(next(iter(officials.values())).id)
    saved = set_signature_images(admin, official.id, PNG, None, allowed=True).value
    assert (signature_images(official.id), saved.has_ttd, saved.boleh_ttd_gambar) == (
        (PNG, None),
        True,
        True,
    )


@pytest.mark.parametrize(
    ("ttd", "allowed", "message"),
    [
        (b"GIF89a....", True, "PNG atau JPEG"),
        (None, True, "belum ada"),
    ],
)
def test_wrong_signature_images_are_refused(db, admin, officials, ttd, allowed, message):
    from app.masterdata import set_signature_images

    official = next(iter(officials.values()))
    with pytest.raises(ValidationError, match=message):
        set_signature_images(admin, official.id, ttd, None, allowed=allowed)
    assert Official.get_by_id(official.id).boleh_ttd_gambar is False
