"""The expiry queue (UU 14/2008 Pasal 20) and what the office does from it: the window
counted in working days around Christmas, an event-based period due for review a year after
its penetapan, a re-test case started pre-filled in one transaction, an item marked opened
leaving the next version, each refused to the wrong role and seen when edited with
sqlite3."""

from __future__ import annotations

from datetime import date

import pytest

from app import clock, store
from app.cases import commands
from app.cases.read import case_detail
from app.checks import run_checks
from app.documents.store import finalise
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.models import Case, DikFollowUp, Event, InfoItem
from app.permissions import Actor
from app.reports.dik import DIBUKA_KEMBALI, dik_entries
from app.reports.dik_versions import REOPENED, RETESTED, dik_version, publish_dik
from app.reports.expiry import (
    ENDED,
    ENDING,
    REVIEW,
    add_months,
    expiry_queue,
    mark_opened,
    record_review,
    start_retest,
)
from app.store import close_database
from tests import test_tamper
from tests.conftest import opd_id, outsider_edit

render = test_tamper.render
EVENT = "Sampai ditetapkannya Rencana Kerja Tahun 2028"


@pytest.fixture
def dik(db, make_case, advance, render, utama):
    """Three items on the DIK: one without end, one ending 31 December 2026, one until an
    event. Returns their DIK entries by kind."""
    cases = [
        make_case(judul="Rekam medis"),
        make_case(judul="Tender", item={"uraian": "Dokumen penawaran tender"}),
        make_case(judul="Renja", item={"uraian": "Rancangan Renja 2028"}),
    ]
    for case in cases:
        advance(case.id, 6)
    InfoItem.update(jangka_jenis="tanggal", jangka_tanggal=date(2026, 12, 31)).where(
        InfoItem.case == cases[1].id
    ).execute()
    InfoItem.update(jangka_jenis="peristiwa", jangka_peristiwa=EVENT).where(
        InfoItem.case == cases[2].id
    ).execute()
    for case in cases:
        finalise(utama, case.id, "penetapan")
    permanent, dated, event = dik_entries(clock.today())
    return {"tetap": permanent, "tanggal": dated, "peristiwa": event}


def queue_ids(**kwargs) -> list[int]:
    return [r.entry.butir_id for r in expiry_queue(**kwargs)]


# ----------------------------------------------------------------------------- the queue
def test_the_window_is_counted_in_working_days_skipping_christmas(dik):
    """From Wednesday 16 December 2026 to Thursday 31 December: 15 days, 11 weekdays, but
    9 working days (24 December is cuti bersama, 25 December Natal)."""
    dated = dik["tanggal"].butir_id
    [row] = expiry_queue(date(2026, 12, 16), within_working_days=9)
    assert row.entry.butir_id == dated and row.alasan == ENDING
    assert (row.batas, row.sisa_hari_kerja) == (date(2026, 12, 31), 9)
    assert "berakhir 31 Desember 2026 (9 hari kerja lagi)" in row.keterangan
    assert queue_ids(today=date(2026, 12, 16), within_working_days=8) == []
    assert queue_ids(today=date(2026, 12, 18), within_working_days=7) == [dated]


def test_a_holiday_the_office_adds_moves_an_item_out_of_the_window(dik, admin):
    from app.calendar_service import add_override
    from app.workdays import DayKind, OverrideAction

    add_override(
        admin, date(2026, 12, 30), OverrideAction.ADD, DayKind.CUTI, "Cuti tambahan", "SKB"
    )
    [row] = expiry_queue(date(2026, 12, 16), within_working_days=9)
    assert row.sisa_hari_kerja == 8
    assert queue_ids(today=date(2026, 12, 16), within_working_days=7) == []


def test_an_ended_period_stays_in_the_queue_as_ended(dik):
    [row] = expiry_queue(date(2027, 1, 6), within_working_days=0)
    assert row.alasan == ENDED and row.sisa_hari_kerja == -2  # 4 January, 6 January
    assert "2 hari kerja yang lalu" in row.keterangan and "Pasal 20" in row.keterangan
    assert row.alasan_label == "Sudah berakhir"


def test_an_event_based_period_is_due_for_review_a_year_after_its_penetapan(dik, utama):
    event = dik["peristiwa"]
    due = add_months(event.penetapan_tanggal, 12)
    [row] = [r for r in expiry_queue(due, 0) if r.alasan == REVIEW]
    assert row.entry == event and row.batas == due and row.sisa_hari_kerja == 0
    assert row.terakhir_ditinjau == event.penetapan_tanggal and "(penetapan)" in row.keterangan
    assert event.butir_id not in queue_ids(
        today=due, within_working_days=0, review_interval_months=13
    )
    # reviewed today (25 November 2026): due again a year from today
    record_review(utama, event.butir_id, "Renja 2028 belum ditetapkan.")
    assert event.butir_id not in queue_ids(today=due, within_working_days=0)
    [row] = [r for r in expiry_queue(date(2027, 11, 25), 0) if r.alasan == REVIEW]
    assert row.terakhir_ditinjau == date(2026, 11, 25) and "tinjauan terakhir" in row.keterangan
    last = Event.select().order_by(Event.id.desc()).first()
    assert last.jenis == "dik_butir_ditinjau" and last.case_id == event.kasus_id


def test_a_dated_period_is_not_reviewed_and_the_queue_refuses_a_negative_window(dik, utama):
    with pytest.raises(ConflictError):
        record_review(utama, dik["tanggal"].butir_id, "Sudah dicek.")
    with pytest.raises(ValidationError):
        expiry_queue(date(2026, 12, 1), within_working_days=-1)


def test_add_months_keeps_the_day_or_takes_the_months_last():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2026, 11, 25), 14) == date(2028, 1, 25)


# ----------------------------------------------------------------------------- re-test
def test_a_retest_case_starts_prefilled_with_a_reference_to_the_penetapan(dik, utama):
    dated = dik["tanggal"]
    cases_before = Case.select().count()
    result = start_retest(utama, dated.butir_id)
    assert result.case_created and result.other_cases == {dated.kasus_id}
    assert Case.select().count() == cases_before + 1
    detail = case_detail(result.case_id)
    assert detail.case.judul == "Uji ulang: Dokumen penawaran tender"
    assert detail.case.opd.id == opd_id("Dinkes") and detail.case.tanggal_mulai == clock.today()
    [item] = detail.items
    old = InfoItem.get_by_id(dated.butir_id)
    for column in ("uraian", "dokumen_sumber", "dasar_hukum_lain", "konsekuensi_dibuka"):
        assert getattr(item, column) == getattr(old, column)
    assert list(item.dasar_hukum) == old.dasar_hukum
    assert (item.jangka_jenis, item.jangka_tanggal) == ("tanggal", date(2026, 12, 31))
    assert item.kesimpulan == ""  # the test itself is the new case's to do
    catatan = detail.current.data["catatan"]
    assert dated.kasus in catatan and dated.penetapan_nomor in catatan
    # the old case's history names the new one; the queue shows it running
    last_old = Event.select().where(Event.case == dated.kasus_id).order_by(Event.id.desc()).get()
    assert last_old.jenis == "dik_uji_ulang" and detail.case.nomor in last_old.ringkasan
    [row] = expiry_queue(date(2026, 12, 16), 9)
    assert row.retest_running and row.uji_ulang_nomor == detail.case.nomor
    with pytest.raises(ConflictError) as err:
        start_retest(utama, dated.butir_id)
    assert f"sedang diuji ulang dalam kasus {detail.case.nomor}" in err.value.message


def test_a_past_end_date_is_not_copied_into_the_retest(dik, utama):
    clock.pin_today(date(2027, 1, 6))
    try:
        result = start_retest(utama, dik["tanggal"].butir_id)
    finally:
        clock.pin_today(date(2026, 11, 25))
    [item] = case_detail(result.case_id).items
    assert (item.jangka_jenis, item.jangka_tanggal) == ("tanggal", None)


def test_the_old_item_leaves_the_dik_once_its_retest_has_decided(dik, utama, advance):
    dated = dik["tanggal"]
    publish_dik(utama)
    new = start_retest(utama, dated.butir_id).case_id
    assert dated.butir_id in [e.butir_id for e in dik_entries(clock.today())]
    advance(new, 6)
    finalise(utama, new, "penetapan")
    ids = [e.butir_id for e in dik_entries(clock.today())]
    assert dated.butir_id not in ids
    assert InfoItem.get(InfoItem.case == new).id in ids
    changes = publish_dik(utama).value.changes
    [gone] = changes.removed
    assert gone.kind == RETESTED and gone.entry.butir_id == dated.butir_id
    assert "diuji ulang dalam kasus" in gone.text


def test_a_retest_that_fails_midway_leaves_nothing(dik, utama, monkeypatch):
    counts = (Case.select().count(), InfoItem.select().count(), Event.select().count())

    def broken(*args, **kwargs):
        raise RuntimeError("listrik padam")

    monkeypatch.setattr(commands, "save_step", broken)
    with pytest.raises(RuntimeError):
        start_retest(utama, dik["tanggal"].butir_id)
    assert (Case.select().count(), InfoItem.select().count(), Event.select().count()) == counts
    assert DikFollowUp.select().count() == 0


def test_a_retest_is_started_by_the_ppid_utama_or_the_pembantu_of_the_items_opd(dik, tim):
    other = Actor("ppid_pembantu", "Dewi", opd_id=opd_id("Setda"))
    for actor in (tim, other):
        with pytest.raises(PermissionDenied):
            start_retest(actor, dik["tanggal"].butir_id)
    assert DikFollowUp.select().count() == 0
    own = Actor("ppid_pembantu", "Budi", opd_id=opd_id("Dinkes"))
    assert start_retest(own, dik["tanggal"].butir_id).case_created


# ----------------------------------------------------------------------------- opened
def test_an_item_marked_opened_leaves_the_next_version_as_dibuka_kembali(dik, utama):
    dated = dik["tanggal"]
    publish_dik(utama)
    with pytest.raises(ValidationError):
        mark_opened(utama, dated.butir_id, "  ")
    result = mark_opened(utama, dated.butir_id, "Tender sudah selesai; dokumen dibuka.")
    assert result.case_id == dated.kasus_id and result.value == dated
    assert dated.butir_id not in [e.butir_id for e in dik_entries(clock.today())]
    register = {e.butir_id: e for e in dik_entries(clock.today(), with_opened=True)}
    assert register[dated.butir_id].status == DIBUKA_KEMBALI
    assert register[dated.butir_id].status_label == "Dibuka kembali"
    assert dated.butir_id not in queue_ids(today=date(2026, 12, 16), within_working_days=9)
    event = Event.select().order_by(Event.id.desc()).first()
    assert event.jenis == "dik_butir_dibuka" and event.case_id == dated.kasus_id
    assert "Tender sudah selesai" in event.ringkasan
    with pytest.raises(ConflictError) as err:
        mark_opened(utama, dated.butir_id, "lagi")
    assert "sudah ditandai dibuka kembali" in err.value.message
    published = publish_dik(utama).value
    [gone] = published.changes.removed
    assert gone.kind == REOPENED and "alasan: Tender sudah selesai" in gone.text
    assert dated.butir_id not in [e.butir_id for e in dik_version(2).entries]
    assert dik_version(2).changes == published.changes


def test_only_the_ppid_utama_and_the_administrator_mark_an_item_opened(dik, pembantu, tim, admin):
    for actor in (pembantu, tim):
        with pytest.raises(PermissionDenied) as err:
            mark_opened(actor, dik["tetap"].butir_id, "Dibuka.")
        assert "Yang berwenang: PPID Utama, Administrator" in err.value.message
    assert DikFollowUp.select().count() == 0
    mark_opened(admin, dik["tetap"].butir_id, "Dibuka atas putusan Komisi Informasi.")


def test_an_item_not_on_the_dik_is_not_marked_opened(dik, utama, make_case):
    pending = make_case(judul="Belum ditetapkan")
    [item] = case_detail(pending.id).items
    with pytest.raises(ConflictError) as err:
        mark_opened(utama, item.id, "Dibuka.")
    assert "tidak ada di DIK" in err.value.message


def test_an_opening_edited_with_sqlite3_is_seen_by_the_seals(dik, utama, tmp_path):
    mark_opened(utama, dik["tetap"].butir_id, "Dibuka.")
    path = tmp_path / "t.db"  # the db fixture's
    close_database()
    outsider_edit(  # the sqlite3 tool on the file, or psql on the server
        path, ("UPDATE dik_tindak_lanjut SET butir_id = ?", (dik["tanggal"].butir_id,))
    )
    store.open_database(path)  # on a server: the test's server database again
    [seals] = [r for r in run_checks() if r.name == "Segel baris"]
    assert not seals.ok and "tindak lanjut butir DIK #1 diubah di luar aplikasi" in seals.message
