"""Published DIK versions: "Terbitkan DIK" freezes a numbered version, refuses when nothing
changed, says what changed (matched by item, not by number), and a version edited with
sqlite3 is seen by its digest and its row seals."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app import clock
from app.checks import run_checks
from app.documents.store import finalise
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.models import DikVersion, DikVersionItem, Event, InfoItem, database
from app.permissions import SYSTEM_ACTOR
from app.reports.dik import BERAKHIR, BERLAKU, DikEntry, dik_entries
from app.reports.dik_versions import (
    ADDED,
    CHANGED,
    REMOVED,
    content_sha256,
    dik_changes,
    dik_version,
    dik_versions,
    pending_changes,
    publish_dik,
)
from app.store import close_database, open_database
from tests import test_tamper
from tests.conftest import outsider_edit

render = test_tamper.render


@pytest.fixture
def register(db, make_case, advance, render, utama):
    """Two cases with a penetapan in force, one item exempted each; the second's period
    ends on 31 December 2026."""
    first = make_case(judul="Rekam medis")
    second = make_case(judul="Dokumen tender", item={"uraian": "Dokumen penawaran tender"})
    for case in (first, second):
        advance(case.id, 6)
    InfoItem.update(jangka_jenis="tanggal", jangka_tanggal=date(2026, 12, 31)).where(
        InfoItem.case == second.id
    ).execute()
    for case in (first, second):
        finalise(utama, case.id, "penetapan")
    return first, second


def entry(butir_id: int, nomor: int, **changes) -> DikEntry:
    values = dict(
        nomor=nomor,
        informasi=f"Informasi {butir_id}",
        opd="Dinas Kesehatan",
        klasifikasi="Dikecualikan seluruhnya",
        dasar_hukum="Pasal 17 huruf h angka 2",
        konsekuensi_dibuka="Terungkap.",
        konsekuensi_ditutup="Terlindungi.",
        jangka_waktu="Tidak terbatas",
        penetapan_nomor="000.9/1/PPID/2026",
        penetapan_tanggal=date(2026, 3, 20),
        kasus="001/UK-PPID/2026",
        status=BERLAKU,
        berakhir_pada=None,
        butir_id=butir_id,
        kasus_id=1,
    )
    return DikEntry(**(values | changes))


def test_the_diff_matches_entries_by_item_not_by_their_number():
    old = [entry(1, 1), entry(2, 2), entry(3, 3)]
    # item 1 left, so 2 and 3 moved up a number; 3's status changed; item 4 is new
    new = [entry(2, 1), entry(3, 2, status=BERAKHIR), entry(4, 3)]
    changes = dik_changes(old, new)
    assert [(c.kind, c.entry.butir_id) for c in changes.changes] == [
        (CHANGED, 3),
        (ADDED, 4),
        (REMOVED, 1),
    ]
    assert changes.changed[0].fields == ("status",)
    assert changes.changed[0].previous.status == BERLAKU
    assert "yang berubah: status" in changes.changed[0].text
    assert changes.summary == "1 ditambahkan, 1 dikeluarkan, 1 diubah"
    assert dik_changes(old, old).empty and dik_changes(old, old).summary == "tidak ada perubahan"


def test_the_digest_covers_every_field():
    base = [entry(1, 1)]
    assert content_sha256(base) == content_sha256([entry(1, 1)])
    assert content_sha256([entry(1, 2)]) != content_sha256(base)
    for change in ({"informasi": "Lain"}, {"kasus_id": 2}, {"berakhir_pada": date(2027, 1, 1)}):
        assert content_sha256([entry(1, 1, **change)]) != content_sha256(base)


def test_publishing_freezes_a_numbered_version_with_a_history_event(register, utama):
    first, second = register
    result = publish_dik(utama, clock.today(), "Pemutakhiran pertama").value
    version = result.version
    assert (version.nomor, version.jumlah, version.tanggal) == (1, 2, clock.today())
    assert version.penerbit == "Sari (PPID Utama)" and version.catatan == "Pemutakhiran pertama"
    assert [c.kind for c in result.changes.changes] == [ADDED, ADDED]
    assert result.previous is None
    view = dik_version(1)
    assert view.intact and view.entries == tuple(dik_entries(clock.today()))
    assert [e.kasus_id for e in view.entries] == [first.id, second.id]
    event = Event.select().order_by(Event.id.desc()).first()
    assert event.jenis == "dik_diterbitkan" and event.case_id is None
    assert event.rincian["versi"] == 1 and event.rincian["sha256"] == version.sha256
    assert "DIK versi 1 diterbitkan (2 butir): 2 ditambahkan" == event.ringkasan


def test_publishing_again_without_a_change_is_refused_and_writes_nothing(register, utama):
    publish_dik(utama, clock.today())
    events = Event.select().count()
    with pytest.raises(ConflictError) as err:
        publish_dik(utama, clock.today(), "lagi")
    assert "DIK tidak berubah sejak versi 1" in err.value.message
    assert DikVersion.select().count() == 1 and Event.select().count() == events
    assert pending_changes(clock.today()).empty


def test_a_period_that_ended_is_a_change_the_next_version_lists(register, utama):
    publish_dik(utama, clock.today())
    clock.pin_today(date(2027, 1, 4))
    try:
        assert [c.kind for c in pending_changes(clock.today()).changes] == [CHANGED]
        result = publish_dik(utama, clock.today()).value
    finally:
        clock.pin_today(date(2026, 11, 25))
    assert result.version.nomor == 2 and result.previous.nomor == 1
    [change] = result.changes.changes
    assert change.kind == CHANGED and change.fields == ("status",)
    assert change.entry.status == BERAKHIR and change.previous.status == BERLAKU
    assert dik_version(2).changes == result.changes
    assert [v.nomor for v in dik_versions()] == [2, 1]
    assert dik_version(1).entries[1].status == BERLAKU  # version 1 stays as published


def test_only_the_ppid_utama_the_administrator_and_the_command_line_publish(
    register, pembantu, tim, atasan, admin
):
    for actor in (pembantu, tim, atasan):
        with pytest.raises(PermissionDenied) as err:
            publish_dik(actor, clock.today())
        assert "Yang berwenang: PPID Utama, Administrator" in err.value.message
    assert DikVersion.select().count() == 0
    assert publish_dik(admin, clock.today()).value.version.nomor == 1
    clock.pin_today(date(2027, 1, 4))
    try:
        assert publish_dik(SYSTEM_ACTOR, clock.today()).value.version.nomor == 2
    finally:
        clock.pin_today(date(2026, 11, 25))


def test_an_empty_dik_is_not_published_nor_a_date_before_the_last_or_after_today(
    db, today, utama, register
):
    with pytest.raises(ValidationError) as err:
        publish_dik(utama, date(2026, 11, 26))
    assert "tidak boleh setelah hari ini" in err.value.message
    publish_dik(utama, today)
    with pytest.raises(ValidationError) as err:
        publish_dik(utama, date(2026, 11, 24))
    assert "tidak boleh sebelum tanggal terbit versi 1" in err.value.message


def test_nothing_to_publish_before_any_penetapan(db, today, utama):
    with pytest.raises(ConflictError) as err:
        publish_dik(utama, today)
    assert "Belum ada butir yang dikecualikan" in err.value.message


def test_a_version_edited_with_sqlite3_no_longer_matches_its_digest_nor_its_seals(register, utama):
    publish_dik(utama, clock.today())
    target = database.database
    close_database()
    outsider_edit(None, "UPDATE dik_versi_butir SET informasi = 'Disamarkan' WHERE nomor = 1")
    open_database(target)
    assert DikVersionItem.get(DikVersionItem.nomor == 1).informasi == "Disamarkan"
    assert not dik_version(1).intact
    [seals] = [r for r in run_checks() if r.name == "Segel baris"]
    assert not seals.ok and "butir versi DIK #1 diubah di luar aplikasi" in seals.message


# About the SQLite file: a schema-6 database is a file (servers came later), made here by
# dropping tables with sqlite3 on it.
@pytest.mark.sqlite_only
def test_a_schema_6_file_gets_the_tables_of_version_7_when_opened(tmp_path):
    from app.store.migrations import SchemaVersion

    path = tmp_path / "lama.db"
    open_database(path)
    close_database()
    conn = sqlite3.connect(path)
    for table in ("dik_versi_butir", "dik_versi", "dik_tindak_lanjut", "tahun_terkunci"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM schema_version WHERE version = 7")
    conn.commit()
    conn.close()
    info = open_database(path)
    try:
        assert info.migrated == (7,)
        assert SchemaVersion.get_by_id(7).name.startswith("versi DIK")
        assert {"dik_versi", "dik_versi_butir", "dik_tindak_lanjut", "tahun_terkunci"} <= set(
            database.get_tables()
        )
        assert all(r.ok for r in run_checks() if r.name in ("Segel baris", "Rantai riwayat"))
    finally:
        close_database()
