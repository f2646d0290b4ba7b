"""The hash-chained history detects rows changed, deleted or inserted behind the app's back."""

import pytest

from app import history
from app.models import Event, database


@pytest.fixture
def chained(make_case, advance):
    case = make_case()
    advance(case.id, 3)
    assert Event.select().count() > 10
    assert history.verify_chain().ok
    return case


def test_an_intact_history_verifies_and_counts_every_event(chained):
    result = history.verify_chain()
    assert result.ok and result.count == Event.select().count()
    assert "utuh" in result.message


def test_an_update_made_with_raw_sql_is_detected_at_that_row(chained):
    target = Event.select().order_by(Event.id).offset(4).first()
    database.execute_sql("UPDATE event SET ringkasan = 'dipalsukan' WHERE id = ?", (target.id,))
    result = history.verify_chain()
    assert not result.ok and result.first_bad_id == target.id
    assert "diubah di luar aplikasi" in result.message


def test_a_deleted_row_in_the_middle_is_detected_at_the_next_row(chained):
    ids = [e.id for e in Event.select(Event.id).order_by(Event.id)]
    database.execute_sql("DELETE FROM event WHERE id = ?", (ids[5],))
    result = history.verify_chain()
    assert not result.ok and result.first_bad_id == ids[6]
    assert "putus" in result.message


def test_deleting_the_newest_row_is_detected_by_the_chain_head(chained):
    last = Event.select().order_by(Event.id.desc()).first()
    database.execute_sql("DELETE FROM event WHERE id = ?", (last.id,))
    result = history.verify_chain()
    assert not result.ok and "terakhir telah dihapus" in result.message


def test_an_inserted_row_is_detected(chained):
    database.execute_sql(
        "INSERT INTO event (case_id, waktu, pelaku, peran, pengguna, jenis, ringkasan, rincian, "
        "hash_sebelum, hash) VALUES (NULL, '2026-11-25 01:00:00+00:00', 'X', 'admin', '', "
        "'palsu', 'Kejadian sisipan', 'null', '', '')"
    )
    assert not history.verify_chain().ok


def test_events_recorded_by_the_app_keep_the_chain_whole(chained, admin):
    with database.atomic():
        history.record(
            history.EventKind.SETTINGS_CHANGED,
            "Kejadian biasa",
            admin,
            None,
            {"a": 1, "teks": "Ä & <b>"},
        )
    assert history.verify_chain().ok


# ----------------------------------------------------------------------------- bulk writer
AWKWARD_DETAILS = [
    None,
    {"teks": 'Ä & <b> "kutip" \\ garis\nbaru', "angka": 1.5, "ya": True, "kosong": None},
    {"perubahan": {"kesimpulan": ["", "sebagian"], "dasar_hukum": [None, ["17.h.1"]]}},
    {3: "kunci angka", 10: (1, 2)},  # read back: text keys ("10" before "3"), a list
    ["daftar", {"z": 1, "a": 2}],
    "teks saja",
]


def test_events_written_in_bulk_verify_and_chain_between_recorded_ones(chained, admin, pembantu):
    before = Event.select().count()
    newest = Event.select(Event.id).order_by(Event.id.desc()).first().id
    shared = {"tahap": 2, "catatan": ""}
    with database.atomic():
        with history.ChainWriter() as chain:
            ids = [
                chain.add(
                    history.EventKind.STEP_SAVED,
                    f"Ringkasan {i} — «ü»",
                    pembantu,
                    chained.id if i % 2 else None,
                    detail,
                )
                for i, detail in enumerate(AWKWARD_DETAILS * 3 + [shared] * 4)
            ]
            chain.flush()
            chain.add(history.EventKind.CASE_FINISHED, "Sesudah flush", None, chained.id)
        history.record(history.EventKind.SETTINGS_CHANGED, "Sesudah tulis massal", admin)
    assert ids == list(range(newest + 1, newest + 1 + len(ids)))
    result = history.verify_chain()
    assert result.ok and result.count == before + len(ids) + 2
    stored = Event.get_by_id(ids[1])
    assert (stored.pelaku, stored.peran, stored.case_id) == (
        pembantu.name,
        pembantu.role,
        chained.id,
    )
    assert Event.get_by_id(ids[9]).rincian == {"3": "kunci angka", "10": [1, 2]}


def test_a_bulk_writer_starts_the_chain_of_an_empty_history(db, admin):
    Event.delete().execute()
    history.rechain_all()
    with database.atomic(), history.ChainWriter() as chain:
        first = chain.add(history.EventKind.SETTINGS_CHANGED, "Pertama", admin)
    assert Event.get_by_id(first).hash_sebelum == ""
    assert history.verify_chain().ok and history.verify_chain().count == 1


def test_a_failed_bulk_write_leaves_the_chain_as_it_was(chained, pembantu):
    before = history.verify_chain()
    with pytest.raises(RuntimeError), database.atomic():
        with history.ChainWriter() as chain:
            chain.add(history.EventKind.STEP_SAVED, "Tidak jadi", pembantu, chained.id)
            chain.flush()
            raise RuntimeError("gagal di tengah")
    assert history.verify_chain() == before


def test_events_recorded_while_the_chain_is_walked_do_not_look_like_tampering(chained, admin):
    """The window records events while the start-up check walks the chain on a worker: the
    walk and the chain's recorded head come from one snapshot."""
    import threading

    from app import workspace

    def record_elsewhere() -> None:
        try:
            with database.atomic():
                history.record(history.EventKind.SETTINGS_CHANGED, "Sementara", admin, None, {})
        finally:
            workspace.end_thread()

    written: list[bool] = []

    def stop() -> bool:
        if not written:  # once, after the walk has read its first event
            writer = threading.Thread(target=record_elsewhere)
            writer.start()
            writer.join()
            written.append(True)
        return False

    before = Event.select().count()
    result = history.verify_chain(stop=stop)
    assert written and result.ok and result.count == before
    assert history.verify_chain().ok and Event.select().count() == before + 1
