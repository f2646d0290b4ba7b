"""The SOP workflow: register numbers, steps and their due dates, completion rules, roles,
send-back, and the rule that bad input saves nothing."""

from datetime import date, timedelta

import pytest

from app import clock
from app.calendar_service import current_calendar
from app.cases import commands
from app.cases.commands import NewCase
from app.cases.model import Trigger
from app.cases.read import case_detail
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.history import case_history
from app.models import Case, Event, InfoItem, Opd, StepRecord


def counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (Case, InfoItem, StepRecord, Event)}


def snapshot(case_id: int) -> tuple:
    """Everything a failed action must leave untouched."""
    case = Case.get_by_id(case_id)
    recs = [
        (r.id, r.status, r.data, r.batas_waktu, r.tanggal_selesai)
        for r in StepRecord.select().where(StepRecord.case == case_id).order_by(StepRecord.id)
    ]
    items = list(InfoItem.select().where(InfoItem.case == case_id).order_by(InfoItem.id).dicts())
    return (case.status, case.tahap, case.batas_waktu, case.search_text, recs, items, counts())


def opd_id(singkatan: str) -> int:
    return Opd.get(Opd.singkatan == singkatan).id


def new_case(
    judul="Pemutakhiran DIK",
    start=date(2026, 3, 2),
    opd="Dinkes",
    pemicu="sebelum_permohonan",
    rujukan="",
):
    return NewCase(
        opd_id=opd_id(opd), pemicu=pemicu, judul=judul, tanggal_mulai=start, pemicu_rujukan=rujukan
    )


# ----------------------------------------------------------------------------- creating cases
def test_register_numbers_are_sequential_per_year_and_restart_each_year(db, today, pembantu):
    first = commands.create_case(pembantu, new_case(start=date(2026, 3, 2))).case
    second = commands.create_case(pembantu, new_case(start=date(2026, 1, 5))).case
    older = commands.create_case(pembantu, new_case(start=date(2025, 6, 2))).case
    assert first.nomor == "001/UK-PPID/2026"
    assert second.nomor == "002/UK-PPID/2026"
    assert older.nomor == "001/UK-PPID/2025"
    clock.pin_today(date(2027, 1, 11))
    assert (
        commands.create_case(pembantu, new_case(start=date(2027, 1, 4))).case.nomor
        == "001/UK-PPID/2027"
    )
    assert (
        commands.create_case(pembantu, new_case(start=date(2026, 12, 1))).case.nomor
        == "003/UK-PPID/2026"
    )


def test_a_new_case_starts_step_1_with_its_working_day_due_date(db, today, pembantu):
    case = commands.create_case(pembantu, new_case(start=date(2026, 3, 16))).case
    assert (case.status, case.tahap, case.pelaksana) == ("berjalan", 1, "ppid_pembantu")
    assert case.batas_waktu == date(2026, 4, 7)  # 10 hari kerja, cuti bersama libur
    [rec] = StepRecord.select().where(StepRecord.case == case.id)
    assert (rec.tahap, rec.putaran, rec.status, rec.hari_kerja) == (1, 1, "berjalan", 10)
    assert rec.tanggal_mulai == date(2026, 3, 16) and rec.batas_waktu == date(2026, 4, 7)
    assert "holidays" in rec.dasar_kalender
    assert case.sop_version == "2020.2"
    assert [e.kind for e in case_history(case.id)] == ["kasus_dibuat"]


def test_only_ppid_pembantu_and_ppid_utama_may_create_a_case(db, today, utama, tim, atasan):
    assert commands.create_case(utama, new_case()).case.nomor == "001/UK-PPID/2026"
    for actor in (tim, atasan):
        with pytest.raises(PermissionDenied, match="tidak berwenang membuat kasus baru"):
            commands.create_case(actor, new_case())
    assert Case.select().count() == 1


def test_a_request_triggered_case_needs_the_request_number(db, today, pembantu):
    with pytest.raises(ValidationError) as err:
        commands.create_case(pembantu, new_case(pemicu=Trigger.ON_REQUEST.value))
    assert err.value.fields == ["pemicu_rujukan"]
    assert "Nomor register permohonan wajib diisi" in err.value.message
    case = commands.create_case(
        pembantu, new_case(pemicu=Trigger.ON_REQUEST.value, rujukan="045/PPID/2026")
    ).case
    assert case.pemicu_rujukan == "045/PPID/2026"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        pytest.param({"judul": "   "}, "judul", "Judul kasus wajib diisi", id="empty-judul"),
        pytest.param({"judul": "x" * 301}, "judul", "terlalu panjang", id="long-judul"),
        pytest.param({"judul": "Rekam medis 病历"}, "judul", "huruf Latin", id="chinese-judul"),
        pytest.param(
            {"start": date(2026, 11, 26)},
            "tanggal_mulai",
            "tidak boleh setelah hari ini",
            id="start-tomorrow",
        ),
        pytest.param({"start": None}, "tanggal_mulai", "Tanggal mulai wajib diisi", id="no-start"),
        pytest.param(
            {"start": date(1999, 12, 31)}, "tanggal_mulai", "tahun 2000", id="start-before-2000"
        ),
        pytest.param({"pemicu": "lainnya"}, "pemicu", "Pilih pemicu", id="unknown-trigger"),
    ],
)
def test_invalid_new_case_input_is_refused_and_saves_nothing(
    db, today, pembantu, changes, field, message
):
    before = counts()
    with pytest.raises(ValidationError) as err:
        commands.create_case(pembantu, new_case(**changes))
    assert field in err.value.fields
    assert message in err.value.message
    assert counts() == before


def test_a_case_needs_an_active_opd(db, today, pembantu, admin):
    from app.masterdata import save_opd

    dinkes = Opd.get_by_id(opd_id("Dinkes"))
    save_opd(admin, dinkes.nama, dinkes.singkatan, aktif=False, opd_id=dinkes.id)
    with pytest.raises(ValidationError, match="sudah tidak aktif"):
        commands.create_case(pembantu, new_case())
    with pytest.raises(ValidationError, match="Pilih perangkat daerah"):
        commands.create_case(
            pembantu, NewCase(None, "sebelum_permohonan", "Judul", date(2026, 3, 2))
        )
    assert Case.select().count() == 0


# ----------------------------------------------------------------------------- items
def test_search_text_includes_number_title_opd_and_item_text(make_case):
    case = make_case(
        judul="Pemutakhiran DIK 2026", item={"uraian": "Identitas pelapor pengaduan masyarakat"}
    )
    text = Case.get_by_id(case.id).search_text
    for part in (
        "001/uk-ppid/2026",
        "pemutakhiran dik 2026",
        "dinas kesehatan",
        "dinkes",
        "identitas pelapor pengaduan masyarakat",
        "berkas rekam medis rsud",
    ):
        assert part in text


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        pytest.param({"uraian": ""}, "uraian", "Uraian informasi wajib diisi", id="empty-uraian"),
        pytest.param(
            {"uraian": "a" * 10_000},
            "uraian",
            "terlalu panjang (10.000 karakter",
            id="10000-char-uraian",
        ),
        pytest.param(
            {"uraian": "Rekam medis 病历档案"}, "uraian", "huruf Latin", id="chinese-uraian"
        ),
        pytest.param({"uraian": "سجل طبي للمرضى"}, "uraian", "huruf Latin", id="arabic-uraian"),
        pytest.param(
            {"dasar_hukum": [], "dasar_hukum_lain": ""},
            "dasar_hukum",
            "Dasar hukum pengecualian wajib diisi",
            id="no-legal-basis",
        ),
        pytest.param(
            {"dasar_hukum": ["17.z"]}, "dasar_hukum", "tidak dikenal: 17.z", id="unknown-pasal"
        ),
        pytest.param(
            {"konsekuensi_dibuka": ""}, "konsekuensi_dibuka", "wajib diisi", id="no-consequence"
        ),
        pytest.param(
            {"jangka_jenis": ""},
            "jangka_jenis",
            "Jangka waktu pengecualian wajib dipilih",
            id="no-period",
        ),
        pytest.param(
            {"jangka_jenis": "tanggal", "jangka_tanggal": date(2026, 1, 1)},
            "jangka_tanggal",
            "tidak boleh sebelum tanggal mulai kasus",
            id="period-ends-before-case",
        ),
        pytest.param(
            {"jangka_jenis": "peristiwa", "jangka_peristiwa": ""},
            "jangka_peristiwa",
            "Peristiwa akhir pengecualian wajib diisi",
            id="period-event-empty",
        ),
    ],
)
def test_an_invalid_item_is_refused_and_saves_nothing(
    db, today, pembantu, values, field, message, step1_item
):
    case = commands.create_case(pembantu, new_case()).case
    before = snapshot(case.id)
    with pytest.raises(ValidationError) as err:
        commands.save_item(pembantu, case.id, {**step1_item, **values})
    assert field in err.value.fields
    assert message in err.value.message
    assert snapshot(case.id) == before


@pytest.mark.parametrize("huruf", list("abcdef"))
def test_tidak_terbatas_is_refused_for_an_exemption_under_pasal_17_a_to_f(
    db, today, pembantu, huruf, step1_item
):
    case = commands.create_case(pembantu, new_case()).case
    with pytest.raises(ValidationError) as err:
        commands.save_item(
            pembantu,
            case.id,
            {**step1_item, "dasar_hukum": [f"17.{huruf}"], "jangka_jenis": "tidak_terbatas"},
        )
    assert err.value.fields == ["jangka_jenis"]
    assert f"huruf {huruf}" in err.value.message and "Pasal 20" in err.value.message
    assert InfoItem.select().count() == 0


def test_tidak_terbatas_is_refused_when_any_cited_pasal_is_a_to_f(db, today, pembantu, step1_item):
    case = commands.create_case(pembantu, new_case()).case
    with pytest.raises(ValidationError, match="huruf a"):
        commands.save_item(
            pembantu,
            case.id,
            {**step1_item, "dasar_hukum": ["17.h.2", "17.a.1"], "jangka_jenis": "tidak_terbatas"},
        )


@pytest.mark.parametrize("codes", [["17.h"], ["17.h.2"], ["17.i", "17.j"]])
def test_tidak_terbatas_is_accepted_for_pasal_17_huruf_g_to_j(
    db, today, pembantu, codes, step1_item
):
    case = commands.create_case(pembantu, new_case()).case
    item = commands.save_item(
        pembantu, case.id, {**step1_item, "dasar_hukum": codes, "jangka_jenis": "tidak_terbatas"}
    ).item
    assert item.jangka_jenis == "tidak_terbatas" and list(item.dasar_hukum) == codes


def test_an_item_under_pasal_17_a_may_run_until_a_date(db, today, pembantu, step1_item):
    case = commands.create_case(pembantu, new_case()).case
    item = commands.save_item(
        pembantu,
        case.id,
        {
            **step1_item,
            "dasar_hukum": ["17.a.1"],
            "jangka_jenis": "tanggal",
            "jangka_tanggal": "2028-03-01",
        },
    ).item
    assert item.jangka_tanggal == date(2028, 3, 1)


def test_items_are_numbered_and_renumbered_after_removal(make_case, pembantu, step1_item):
    case = make_case()
    second = commands.save_item(pembantu, case.id, {**step1_item, "uraian": "Butir kedua"}).item
    third = commands.save_item(pembantu, case.id, {**step1_item, "uraian": "Butir ketiga"}).item
    assert (second.urut, third.urut) == (2, 3)
    commands.remove_item(pembantu, case.id, second.id)
    rows = InfoItem.select().where(InfoItem.case == case.id).order_by(InfoItem.urut)
    assert [(i.urut, i.uraian) for i in rows] == [(1, step1_item["uraian"]), (2, "Butir ketiga")]


def test_ppid_utama_may_edit_step_1_items_but_not_another_roles_step(
    make_case, advance, utama, tim, step1_item
):
    case = make_case()
    item = InfoItem.get(InfoItem.case == case.id)
    commands.save_item(utama, case.id, {"uraian": "Diperjelas oleh PPID Utama"}, item.id)
    assert InfoItem.get_by_id(item.id).uraian == "Diperjelas oleh PPID Utama"
    advance(case.id, 3)
    before = snapshot(case.id)
    with pytest.raises(PermissionDenied, match="dikerjakan oleh Tim Pertimbangan"):
        commands.save_item(utama, case.id, {"pertimbangan_tim": "x"}, item.id)
    assert snapshot(case.id) == before


def test_a_ppid_pembantu_works_only_the_cases_of_their_own_opd(make_case, pembantu):
    from dataclasses import replace

    case = make_case()
    other_opd = replace(pembantu, opd_id=case.opd_id + 1)
    own_opd = replace(pembantu, opd_id=case.opd_id)
    item = InfoItem.get(InfoItem.case == case.id)
    with pytest.raises(PermissionDenied, match="perangkat daerahnya sendiri"):
        commands.save_item(other_opd, case.id, {"uraian": "Bukan OPD saya"}, item.id)
    commands.save_item(own_opd, case.id, {"uraian": "OPD saya"}, item.id)
    assert InfoItem.get_by_id(item.id).uraian == "OPD saya"


def test_items_cannot_be_added_after_step_1(make_case, advance, utama, step1_item):
    case = make_case()
    advance(case.id, 2)
    with pytest.raises(ConflictError, match="tidak dapat ditambah pada tahap 2"):
        commands.save_item(utama, case.id, step1_item)
    item = InfoItem.get(InfoItem.case == case.id)
    with pytest.raises(ConflictError, match="tidak dapat dihapus"):
        commands.remove_item(utama, case.id, item.id)


def test_a_later_step_changes_only_its_own_item_fields(make_case, advance, utama, step1_item):
    case = make_case()
    advance(case.id, 2)
    item = InfoItem.get(InfoItem.case == case.id)
    commands.save_item(utama, case.id, {"kesimpulan": "seluruhnya", "uraian": "Diubah"}, item.id)
    item = InfoItem.get_by_id(item.id)
    assert item.kesimpulan == "seluruhnya"
    assert item.uraian == step1_item["uraian"]


# ----------------------------------------------------------------------------- completing steps
def test_every_step_can_be_completed_with_valid_data_and_the_case_ends_selesai(make_case, advance):
    case = make_case(start=date(2026, 3, 2))
    detail = advance(case.id, 7)
    assert detail.case.status == "selesai"
    assert detail.case.batas_waktu is None
    assert detail.current is None
    recs = detail.steps
    assert [r.tahap for r in recs] == [1, 2, 3, 4, 5, 6]
    assert all(r.status == "selesai" for r in recs)
    assert [r.hari_kerja for r in recs] == [10, 10, 7, 30, 3, 10]
    # each step starts on the day the previous one was completed
    for prev, nxt in zip(recs, recs[1:], strict=False):
        assert nxt.tanggal_mulai == prev.tanggal_selesai
    assert detail.case.tanggal_selesai == recs[-1].tanggal_selesai
    kinds = [e.kind for e in case_history(case.id)]
    assert kinds.count("tahap_selesai") == 6 and kinds[-1] == "kasus_selesai"


def test_completing_a_step_starts_the_next_with_its_actor_and_due_date(make_case, fill, pembantu):
    case = make_case(start=date(2026, 3, 2))
    fill(case.id)
    nxt = commands.complete_step(pembantu, case.id, 1, on=date(2026, 3, 16)).record
    assert (nxt.tahap, nxt.tanggal_mulai, nxt.batas_waktu) == (
        2,
        date(2026, 3, 16),
        date(2026, 4, 7),
    )
    case = Case.get_by_id(case.id)
    assert (case.tahap, case.pelaksana, case.batas_waktu) == (2, "ppid_utama", date(2026, 4, 7))


def test_a_step_needs_at_least_one_item(db, today, pembantu):
    case = commands.create_case(pembantu, new_case()).case
    with pytest.raises(ValidationError, match="Belum ada butir informasi"):
        commands.complete_step(pembantu, case.id, 1, on=date(2026, 3, 5))


def test_completion_names_each_missing_field_in_indonesian_and_saves_nothing(
    make_case, advance, utama
):
    case = make_case()
    advance(case.id, 2)
    before = snapshot(case.id)
    with pytest.raises(ValidationError) as err:
        commands.complete_step(utama, case.id, 2, on=date(2026, 3, 20))
    message = err.value.message
    assert "Tanggal rapat wajib diisi." in message
    assert "Tempat rapat wajib diisi." in message
    assert "Butir 1: Kesimpulan uji wajib dipilih." in message
    assert "Catat peserta rapat" in message
    assert {"tanggal_rapat", "tempat_rapat", "kesimpulan", "peserta"} <= set(err.value.fields)
    assert snapshot(case.id) == before


def test_a_refused_completion_does_not_save_the_form_it_carried(make_case, advance, utama):
    """One gesture, one transaction: the form's data sent with "Selesaikan tahap" is not
    stored when the completion is refused (here: an item has no result yet)."""
    case = make_case()
    advance(case.id, 2)
    before = snapshot(case.id)
    with pytest.raises(ValidationError):
        commands.complete_step(
            utama,
            case.id,
            2,
            on=date(2026, 3, 20),
            data={"tanggal_rapat": "2026-03-16", "tempat_rapat": "Aula", "catatan": "Tersimpan?"},
        )
    assert snapshot(case.id) == before


def test_a_meeting_needs_at_least_one_participant_present(
    make_case, advance, fill, officials, utama
):
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    commands.set_participants(utama, case.id, 2, [(officials["kepala"].id, False)])
    with pytest.raises(ValidationError, match="minimal satu peserta hadir"):
        commands.complete_step(utama, case.id, 2, on=date(2026, 3, 20))
    commands.set_participants(utama, case.id, 2, [(officials["kepala"].id, True)])
    assert commands.complete_step(utama, case.id, 2, on=date(2026, 3, 20)).record.tahap == 3


def test_a_participant_cannot_be_listed_twice(make_case, advance, officials, utama):
    case = make_case()
    advance(case.id, 2)
    kepala = officials["kepala"].id
    with pytest.raises(ValidationError, match="tercatat dua kali"):
        commands.set_participants(utama, case.id, 2, [(kepala, True), (kepala, False)])


def test_the_wrong_role_cannot_complete_a_step(make_case, advance, pembantu, tim, atasan):
    case = make_case()
    advance(case.id, 2)
    before = snapshot(case.id)
    for actor in (pembantu, tim, atasan):
        with pytest.raises(PermissionDenied, match="dikerjakan oleh PPID Utama"):
            commands.complete_step(actor, case.id, 2, on=date(2026, 3, 20))
    assert snapshot(case.id) == before


def test_a_step_that_is_not_running_cannot_be_completed(make_case, fill, utama, pembantu):
    case = make_case()
    with pytest.raises(ConflictError, match="Tahap 2 tidak sedang berjalan"):
        commands.complete_step(utama, case.id, 2)
    fill(case.id)
    commands.complete_step(pembantu, case.id, 1, on=date(2026, 3, 10))
    with pytest.raises(ConflictError):
        commands.complete_step(pembantu, case.id, 1, on=date(2026, 3, 10))


def test_a_finished_case_has_no_running_step(make_case, advance, utama):
    case = make_case()
    advance(case.id, 7)
    with pytest.raises(ConflictError, match="sudah selesai"):
        commands.complete_step(utama, case.id, 6)


@pytest.mark.parametrize(
    ("on", "message"),
    [
        (date(2026, 3, 1), "tidak boleh sebelum tanggal mulai tahap"),
        (date(2026, 11, 26), "tidak boleh setelah hari ini"),
    ],
)
def test_a_completion_date_before_the_step_start_or_in_the_future_is_refused(
    make_case, fill, pembantu, on, message
):
    case = make_case(start=date(2026, 3, 2))
    fill(case.id)
    before = snapshot(case.id)
    with pytest.raises(ValidationError) as err:
        commands.complete_step(pembantu, case.id, 1, on=on)
    assert message in err.value.message and err.value.fields == ["tanggal_selesai"]
    assert snapshot(case.id) == before


def test_a_step_may_be_completed_on_its_start_date_and_today(make_case, fill, pembantu):
    case = make_case(start=date(2026, 3, 2))
    fill(case.id)
    assert commands.complete_step(pembantu, case.id, 1, on=date(2026, 3, 2)).record.tahap == 2
    other = make_case(judul="Kasus kedua", start=date(2026, 11, 2))
    fill(other.id)
    assert commands.complete_step(pembantu, other.id, 1).record.tanggal_mulai == date(2026, 11, 25)


def test_completing_after_the_due_date_is_recorded_as_late(make_case, fill, pembantu):
    case = make_case(start=date(2026, 3, 2))  # step 1 due 16 March
    fill(case.id)
    commands.complete_step(pembantu, case.id, 1, on=date(2026, 3, 20))
    [done] = [e for e in case_history(case.id) if e.kind == "tahap_selesai"]
    assert "melewati batas waktu 16 Maret 2026" in done.summary


def test_a_step_date_before_the_case_start_is_refused_and_saves_nothing(make_case, advance, utama):
    case = make_case(start=date(2026, 3, 2))
    advance(case.id, 2)
    before = snapshot(case.id)
    with pytest.raises(ValidationError) as err:
        commands.save_step(
            utama, case.id, 2, {"tanggal_rapat": date(2026, 2, 27), "tempat_rapat": "Ruang rapat"}
        )
    assert err.value.fields == ["tanggal_rapat"]
    assert "tidak boleh sebelum tanggal mulai kasus" in err.value.message
    assert snapshot(case.id) == before


def test_a_step_date_that_is_not_a_date_is_refused(make_case, advance, utama):
    case = make_case()
    advance(case.id, 2)
    with pytest.raises(ValidationError, match="bukan tanggal yang sah"):
        commands.save_step(utama, case.id, 2, {"tanggal_rapat": "32-13-2026"})


def test_a_step_draft_may_leave_required_fields_empty(make_case, advance, utama):
    case = make_case()
    advance(case.id, 2)
    commands.save_step(utama, case.id, 2, {"tempat_rapat": "Aula"})
    commands.save_step(utama, case.id, 2, {"catatan": "Baris satu\nbaris dua"})
    rec = case_detail(case.id).current
    assert rec.data == {"tempat_rapat": "Aula", "catatan": "Baris satu\nbaris dua"}


def test_an_unknown_official_as_pejabat_penetap_is_refused(make_case, advance, utama):
    case = make_case()
    advance(case.id, 4)
    with pytest.raises(ValidationError, match="pejabat tidak ditemukan"):
        commands.save_step(utama, case.id, 4, {"pejabat_penetap": 9999})


def test_kesimpulan_sebagian_needs_the_blacked_out_part_and_its_reason(make_case, advance, utama):
    case = make_case()
    advance(case.id, 2)
    item = InfoItem.get(InfoItem.case == case.id)
    with pytest.raises(ValidationError) as err:
        commands.save_item(utama, case.id, {"kesimpulan": "sebagian"}, item.id)
    assert set(err.value.fields) == {"bagian_dihitamkan", "alasan_dihitamkan"}
    assert "Bagian yang dihitamkan wajib diisi" in err.value.message
    assert InfoItem.get_by_id(item.id).kesimpulan == ""
    saved = commands.save_item(
        utama,
        case.id,
        {
            "kesimpulan": "sebagian",
            "bagian_dihitamkan": "Nama pasien",
            "alasan_dihitamkan": "Data pribadi.",
        },
        item.id,
    ).item
    assert saved.kesimpulan == "sebagian"


def test_an_unknown_kesimpulan_is_refused(make_case, advance, utama):
    case = make_case()
    advance(case.id, 2)
    item = InfoItem.get(InfoItem.case == case.id)
    with pytest.raises(ValidationError, match="pilihan tidak sah"):
        commands.save_item(utama, case.id, {"kesimpulan": "rahasia"}, item.id)


def test_step_5_needs_alasan_pengecualian_for_an_exempted_item(make_case, advance, atasan):
    case = make_case()
    advance(case.id, 5, kesimpulan="seluruhnya")
    commands.save_step(atasan, case.id, 5, {"tanggal_penetapan": date(2026, 6, 8)})
    with pytest.raises(ValidationError) as err:
        commands.complete_step(atasan, case.id, 5, on=date(2026, 6, 8))
    assert err.value.fields == ["alasan_pengecualian"]
    assert "Butir 1: Alasan pengecualian wajib diisi." in err.value.message


def test_step_5_does_not_need_alasan_pengecualian_for_a_terbuka_item(make_case, advance, atasan):
    case = make_case()
    advance(case.id, 5, kesimpulan="terbuka")
    assert InfoItem.get(InfoItem.case == case.id).alasan_pengecualian == ""
    commands.save_step(atasan, case.id, 5, {"tanggal_penetapan": date(2026, 6, 8)})
    nxt = commands.complete_step(atasan, case.id, 5, on=date(2026, 6, 8)).record
    assert nxt.tahap == 6


# ----------------------------------------------------------------------------- send back
def test_step_5_sent_back_to_step_4_starts_a_second_round_and_keeps_history(
    make_case, advance, atasan, utama
):
    case = make_case()
    advance(case.id, 5)
    step4_first = case_detail(case.id).latest_record(4)
    rec = commands.send_back(
        atasan, case.id, 5, "Alasan butir 1 perlu dasar hukum.", on=date(2026, 6, 8)
    ).record
    assert (rec.tahap, rec.putaran, rec.status) == (4, 2, "berjalan")
    assert rec.tanggal_mulai == date(2026, 6, 8)
    assert rec.data == step4_first.data  # the form starts from the previous round
    assert rec.batas_waktu == current_calendar().add_working_days(date(2026, 6, 8), 30)
    steps = case_detail(case.id).steps
    assert [(r.tahap, r.putaran, r.status) for r in steps] == [
        (1, 1, "selesai"),
        (2, 1, "selesai"),
        (3, 1, "selesai"),
        (4, 1, "selesai"),
        (5, 1, "dikembalikan"),
        (4, 2, "berjalan"),
    ]
    assert steps[4].alasan_kembali == "Alasan butir 1 perlu dasar hukum."
    case = Case.get_by_id(case.id)
    assert (case.tahap, case.pelaksana, case.batas_waktu) == (4, "ppid_utama", rec.batas_waktu)
    [event] = [e for e in case_history(case.id) if e.kind == "tahap_dikembalikan"]
    assert "dikembalikan ke tahap 4" in event.summary and "dasar hukum" in event.summary
    # the second round runs like the first: step 5 comes again, as putaran 2
    commands.complete_step(utama, case.id, 4, on=date(2026, 6, 9))
    assert case_detail(case.id).current.putaran == 2


@pytest.mark.parametrize("reason", ["", "   "])
def test_sending_back_without_a_reason_is_refused(make_case, advance, atasan, reason):
    case = make_case()
    advance(case.id, 5)
    before = snapshot(case.id)
    with pytest.raises(ValidationError, match="Alasan pengembalian wajib diisi"):
        commands.send_back(atasan, case.id, 5, reason, on=date(2026, 6, 8))
    assert snapshot(case.id) == before


def test_step_1_cannot_be_sent_back(make_case, pembantu):
    case = make_case()
    before = snapshot(case.id)
    with pytest.raises(ConflictError, match="tidak dapat dikembalikan"):
        commands.send_back(pembantu, case.id, 1, "Tidak lengkap", on=date(2026, 3, 5))
    assert snapshot(case.id) == before


def test_only_the_step_actor_can_send_back(make_case, advance, utama):
    case = make_case()
    advance(case.id, 5)
    with pytest.raises(PermissionDenied):
        commands.send_back(utama, case.id, 5, "Perbaiki", on=date(2026, 6, 8))


def test_a_send_back_date_before_the_step_start_is_refused(make_case, advance, atasan):
    case = make_case()
    rec5 = advance(case.id, 5).current
    before = snapshot(case.id)
    with pytest.raises(ValidationError, match="sebelum tanggal mulai tahap"):
        commands.send_back(
            atasan, case.id, 5, "Perbaiki", on=rec5.tanggal_mulai - timedelta(days=1)
        )
    assert snapshot(case.id) == before
