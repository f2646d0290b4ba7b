"""Locked years of the annual report: frozen figures come back as locked, only the PPID Utama
and the administrator lock, only the administrator unlocks (with a reason, in the history),
and figures edited with sqlite3 are refused and caught by the row seals."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from app.checks import run_checks
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.models import Event, YearLock, database
from app.reports.year_lock import (
    canonical_figures,
    lock_year,
    locked_figures,
    unlock_year,
    year_lock,
    year_locks,
)
from app.store import close_database, open_database
from tests.conftest import outsider_edit

FIGURES = {
    "kasus": 12,
    "butir_diuji": 31,
    "dikecualikan_per_huruf": {"h": 9, "b": 4, "i": 2},
    "rata_rata_hari_kerja": {"1": 8.5, "2": 9.25},
    "catatan": "Angka per 31 Desember; termasuk 2 kasus atas perintah Majelis",
}


def outside(*statements: str, params: tuple = ()) -> None:
    """What someone with the file and the sqlite3 tool does (psql on a server)."""
    target = database.database
    close_database()
    outsider_edit(None, *((sql, params if "?" in sql else ()) for sql in statements))
    open_database(target)


def seals_message() -> str:
    [result] = [r for r in run_checks() if r.name == "Segel baris"]
    assert not result.ok, result.message
    return result.message


def test_locked_figures_come_back_as_they_were_locked(db, today, utama):
    assert locked_figures(2025) is None
    lock = lock_year(utama, 2025, FIGURES).value
    assert lock.locked and lock.tahun == 2025 and lock.locked_by == "Sari (PPID Utama)"
    assert locked_figures(2025) == FIGURES
    assert lock.sha256 == hashlib.sha256(canonical_figures(FIGURES).encode()).hexdigest()
    event = Event.select().order_by(Event.id.desc()).first()
    assert event.jenis == "tahun_dikunci" and event.rincian["sha256"] == lock.sha256
    assert locked_figures(2024) is None


def test_a_locked_year_is_not_locked_again_until_the_administrator_unlocks_it(
    db, today, utama, admin
):
    lock_year(utama, 2025, FIGURES)
    with pytest.raises(ConflictError) as err:
        lock_year(utama, 2025, {**FIGURES, "kasus": 13})
    assert "sudah dikunci" in err.value.message and "administrator" in err.value.message
    with pytest.raises(ValidationError):
        unlock_year(admin, 2025, " ")
    closed = unlock_year(admin, 2025, "Satu kasus salah tahun register.").value
    assert not closed.locked and closed.alasan_buka == "Satu kasus salah tahun register."
    assert locked_figures(2025) is None and year_lock(2025) is None
    event = Event.select().order_by(Event.id.desc()).first()
    assert event.jenis == "tahun_dibuka" and "Satu kasus salah tahun register" in event.ringkasan
    corrected = {**FIGURES, "kasus": 13}
    lock_year(utama, 2025, corrected)
    assert locked_figures(2025) == corrected
    old, new = year_locks(2025)[::-1]
    assert old.angka == FIGURES and not old.locked and new.locked  # the old figures are kept


def test_the_wrong_roles_neither_lock_nor_unlock(db, today, utama, pembantu, tim, atasan):
    for actor in (pembantu, tim, atasan):
        with pytest.raises(PermissionDenied) as err:
            lock_year(actor, 2025, FIGURES)
        assert "Yang berwenang: PPID Utama, Administrator" in err.value.message
    lock_year(utama, 2025, FIGURES)
    for actor in (utama, pembantu, tim, atasan):
        with pytest.raises(PermissionDenied) as err:
            unlock_year(actor, 2025, "Koreksi.")
        assert "Yang berwenang: Administrator" in err.value.message
    assert locked_figures(2025) == FIGURES and YearLock.select().count() == 1


def test_figures_json_cannot_hold_exactly_are_refused(db, today, utama):
    for figures in ({}, {"tanggal": date(2025, 12, 31)}, {"rata": float("nan")}, [1, 2], {1: 2}):
        with pytest.raises(ValidationError):
            lock_year(utama, 2025, figures)
    for year in (1999, 2027, "2025", True):
        with pytest.raises(ValidationError):
            lock_year(utama, year, FIGURES)
    assert YearLock.select().count() == 0


def test_figures_edited_with_sqlite3_are_refused_and_caught_by_the_seals(db, today, utama):
    lock_year(utama, 2025, FIGURES)
    outside("UPDATE tahun_terkunci SET angka = replace(angka, '\"kasus\":12', '\"kasus\":2')")
    with pytest.raises(ConflictError) as err:
        locked_figures(2025)
    assert "tidak cocok dengan sidik SHA-256-nya" in err.value.message
    assert "tahun terkunci #1 diubah di luar aplikasi" in seals_message()


def test_figures_edited_with_their_digest_recomputed_are_still_refused(db, today, utama):
    lock_year(utama, 2025, FIGURES)
    forged = canonical_figures({**FIGURES, "kasus": 2})
    digest = hashlib.sha256(forged.encode()).hexdigest()
    outside("UPDATE tahun_terkunci SET angka = ?, sha256 = ?", params=(forged, digest))
    with pytest.raises(ConflictError) as err:
        locked_figures(2025)
    assert "tercatat di riwayat" in err.value.message
    assert "tahun terkunci #1 diubah di luar aplikasi" in seals_message()


def test_an_unlock_written_with_sqlite3_is_caught_by_the_seals(db, today, utama):
    lock_year(utama, 2025, FIGURES)
    outside(
        "UPDATE tahun_terkunci SET dibuka_pada = '2026-11-25 01:00:00', alasan_buka = 'tanpa jejak'"
    )
    assert locked_figures(2025) is None
    assert "tahun terkunci #1 diubah di luar aplikasi" in seals_message()
    assert json.loads(YearLock.get_by_id(1).angka) == FIGURES
