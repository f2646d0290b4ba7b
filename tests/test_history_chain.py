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
        "'palsu', 'Kejadian sisipan', 'null', '', '')")
    assert not history.verify_chain().ok


def test_events_recorded_by_the_app_keep_the_chain_whole(chained, admin):
    with database.atomic():
        history.record(history.EventKind.SETTINGS_CHANGED, "Kejadian biasa", admin, None,
                       {"a": 1, "teks": "Ä & <b>"})
    assert history.verify_chain().ok
