"""History events as readable Indonesian sentences (no Qt, no database needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.history import HistoryEntry
from app.history.kinds import kind_label
from app.history.text import (
    change_lines,
    detail_lines,
    format_value,
    history_sentence,
)
from app.models import Event

STEP_DONE = "Tahap 2 (Rapat uji konsekuensi) selesai pada 17 Maret 2026"


def test_sentence_from_an_event_names_the_actor_and_role():
    event = Event(
        pelaku="Siti Rohaeti",
        peran="ppid_utama",
        pengguna="siti",
        jenis="tahap_selesai",
        ringkasan=STEP_DONE,
    )
    assert history_sentence(event) == f"Siti Rohaeti (PPID Utama) — {STEP_DONE}"


def test_sentence_from_a_history_entry_and_from_a_row_dict():
    entry = HistoryEntry(
        datetime(2026, 3, 17, 3, 42, tzinfo=UTC),
        "Ratna Susanti",
        "atasan_ppid",
        "tahap_selesai",
        "Tahap 5 disetujui",
        None,
        "ratna",
    )
    assert history_sentence(entry) == "Ratna Susanti (Atasan PPID) — Tahap 5 disetujui"
    row = {"pelaku": "", "peran": "admin", "pengguna": "admin", "ringkasan": "Akun budi dibuat"}
    assert history_sentence(row) == "admin (Administrator) — Akun budi dibuat"


def test_without_name_the_username_then_the_role_then_sistem():
    assert history_sentence({"pengguna": "budi", "ringkasan": "x"}) == "budi — x"
    assert (
        history_sentence({"peran": "tim_pertimbangan", "ringkasan": "x"}) == "Tim Pertimbangan — x"
    )
    assert (
        history_sentence({"ringkasan": "Gagal masuk sebagai 'tamu'"})
        == "Sistem — Gagal masuk sebagai 'tamu'"
    )


def test_a_summary_that_starts_with_the_name_is_not_doubled():
    event = Event(
        pelaku="Siti Rohaeti",
        peran="",
        pengguna="siti",
        jenis="login",
        ringkasan="Siti Rohaeti masuk",
    )
    assert history_sentence(event) == "Siti Rohaeti masuk"
    event.peran = "ppid_utama"
    assert history_sentence(event) == "Siti Rohaeti (PPID Utama) masuk"


def test_unknown_role_codes_are_shown_as_they_are():
    assert (
        history_sentence({"pelaku": "X", "peran": "juru_arsip", "ringkasan": "y"})
        == "X (juru_arsip) — y"
    )


def test_change_lines_use_field_labels_and_readable_values():
    detail = {
        "perubahan": {
            "nama_lengkap": ["Siti", "Siti Rohaeti"],
            "aktif": [True, False],
            "tanggal_rapat": [None, "2026-03-17"],
            "dasar_hukum": [["17.h.2"], ["17.h.2", "17.a"]],
        }
    }
    assert change_lines(detail) == [
        "Nama lengkap: Siti → Siti Rohaeti",
        "Aktif: ya → tidak",
        "Tanggal rapat: (kosong) → 17 Maret 2026",
        "Dasar hukum pengecualian: 17.h.2 → 17.h.2, 17.a",
    ]
    assert change_lines(None) == [] and change_lines({"tahap": 2}) == []


def test_detail_lines_list_changes_then_other_keys():
    detail = {"butir": 1, "perubahan": {"uraian": ["lama", "baru"]}}
    assert detail_lines(detail) == ["Uraian informasi: lama → baru", "Butir: 1"]
    assert detail_lines(None) == []
    assert detail_lines("teks") == ["teks"]


def test_kind_labels_and_values():
    assert kind_label("tahap_selesai") == "Tahap selesai"
    assert kind_label("arsip_tahunan_dibuat") == "Arsip tahunan dibuat"  # unknown kind
    assert format_value(date(2026, 3, 5)) == "5 Maret 2026"
    assert format_value("") == "(kosong)"
    assert format_value("2026-13-45") == "2026-13-45"


def test_the_details_of_many_cases_moved_deadlines_read_as_a_count_not_a_list_of_ids():
    from datetime import date

    from app.history import moved_deadlines_detail

    detail = moved_deadlines_detail(
        2, date(2026, 12, 3), date(2026, 12, 4), "libur daerah", list(range(1, 1201))
    )
    lines = detail_lines(detail)
    assert "Kasus: 1.200 kasus (lihat riwayat tiap kasus)" in lines
    assert "Batas waktu semula: 3 Desember 2026" in lines
    assert "Batas waktu baru: 4 Desember 2026" in lines
    assert all(len(line) < 100 for line in lines)
