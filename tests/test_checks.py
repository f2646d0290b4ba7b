"""``run_checks``: integrity, foreign keys, the hashes of documents and scans, the history
chain; each problem is reported by name, never raised."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app import history, store
from app.checks import run_checks
from app.documents import render as renderers
from app.documents.store import attach_scan, finalise
from app.store import close_database
from tests.conftest import outsider_edit
from tests.pdf_support import make_pdf


@pytest.fixture
def with_documents(db, tmp_path, make_case, advance, utama, monkeypatch):
    monkeypatch.setattr(
        renderers,
        "render_document",
        lambda doc_type, case_id, stamp=None, detail=None: make_pdf(f"{doc_type} {case_id}"),
    )
    case = make_case()
    advance(case.id, 3)
    doc = finalise(utama, case.id, "ba_uji").document
    attach_scan(utama, case.id, 2, "ba.pdf", make_pdf("ditandatangani"), document_id=doc.id)
    return tmp_path / "t.db"  # the db fixture's


def by_name(results) -> dict:
    return {r.name: r for r in results}


def outside(path: Path, *statements) -> None:
    """Change the file with another SQLite client, as someone with a database browser
    would (foreign keys off, as such tools often run); on a server, with psql."""
    close_database()
    outsider_edit(path, *statements)
    store.open_database(path)


# What turns the foreign keys off in the outsider's session.
NO_FOREIGN_KEYS = {
    "sqlite": "PRAGMA foreign_keys = OFF",
    "postgresql": "SET session_replication_role = replica",  # the server's checks skipped
}


def test_a_healthy_database_passes_every_check(with_documents):
    results = run_checks()
    assert [r.name for r in results] == [
        "Keutuhan berkas",
        "Kunci asing",
        "Sidik dokumen final",
        "Sidik pindaian",
        "Rantai riwayat",
        "Kunci kantor",
        "Tanda tangan riwayat",
        "Segel baris",
        "Tanda tangan dokumen",
        "Cadangan di folder cadangan",
        "Catatan finalisasi dokumen",
        "Register nomor",
        "Akun pengguna",
        "Kesiapan dokumen",
    ]
    assert all(r.ok for r in results), results
    assert "1 dokumen final" in by_name(results)["Sidik dokumen final"].message


def test_a_document_changed_outside_the_app_is_named(with_documents):
    outside(with_documents, ("UPDATE document SET pdf = ?", (b"%PDF palsu",)))
    result = by_name(run_checks())["Sidik dokumen final"]
    assert not result.ok and "#1" in result.message


def test_a_scan_changed_outside_the_app_is_named(with_documents):
    outside(with_documents, ("UPDATE attachment SET data = ?", (b"lain",)))
    assert not by_name(run_checks())["Sidik pindaian"].ok


def test_a_broken_reference_is_found(with_documents, engine):
    outside(with_documents, NO_FOREIGN_KEYS[engine], "UPDATE infoitem SET case_id = 4242")
    result = by_name(run_checks())["Kunci asing"]
    assert not result.ok and "infoitem" in result.message


def test_an_event_edited_outside_the_app_breaks_the_chain(with_documents):
    outside(with_documents, "UPDATE event SET ringkasan = 'diubah' WHERE id = 2")
    result = by_name(run_checks())["Rantai riwayat"]
    assert not result.ok
    assert result.message == history.verify_chain().message and "#2" in result.message


def test_each_check_reports_under_its_own_name_even_when_it_cannot_run(db, monkeypatch):
    from app import checks

    def broken():
        raise RuntimeError("rusak")

    monkeypatch.setattr(history, "verify_chain", broken)
    results = run_checks()
    assert [r.name for r in results] == [c.name for c in checks.CHECKS]
    assert by_name(results)["Rantai riwayat"] == checks.CheckResult(
        "Rantai riwayat", False, "Gagal: rusak"
    )


@pytest.mark.sqlite_only  # the file's bytes corrupted
def test_a_damaged_index_fails_the_integrity_check(with_documents):
    path = with_documents
    close_database()
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'opd'"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + page_size - 200 : start + page_size] = b"\x00" * 200  # the index cells
    path.write_bytes(bytes(data))
    store.open_database(path)
    results = by_name(run_checks())
    assert not results["Keutuhan berkas"].ok
    assert "cadangan" in results["Keutuhan berkas"].message


@pytest.mark.server_only
def test_a_server_schema_changed_behind_ujikon_fails_the_integrity_check(with_documents):
    """A server's pages are its own business; its schema is Ujikon's: a table planted and a
    unique index dropped while Ujikon has the database open are named."""
    outsider_edit(None, "CREATE TABLE catatan_gelap (x TEXT)", "DROP INDEX document_kode")
    result = by_name(run_checks())["Keutuhan berkas"]
    assert not result.ok
    assert "tabel catatan_gelap tidak dibuat oleh Ujikon" in result.message
    assert "indeks document_kode (pada document) tidak ada" in result.message


# ----------------------------------------------------------------------------- readiness
def old_ujikon_document(case_id: int, jenis: str, when) -> None:
    """A document as an Ujikon that did not check readiness finalised it: stored, numbered,
    with no ``siap`` in its finalisation event."""
    from app.models import Document

    Document.create(
        case=case_id,
        jenis=jenis,
        versi=1,
        nomor=f"000.9.2/900/{jenis}/2026",
        tanggal=when.date(),
        kode=f"UJK-{jenis[:4].upper()}-2222",
        sha256=hashlib.sha256(b"%PDF").hexdigest(),
        pdf=b"%PDF",
        created_at=when,
    )


def test_a_penetapan_finalised_before_the_atasan_approved_is_reported(
    with_documents, make_case, advance
):
    from datetime import UTC, datetime

    case = make_case(judul="Penetapan terlalu dini")
    advance(case.id, 4)
    old_ujikon_document(case.id, "penetapan", datetime(2026, 11, 20, tzinfo=UTC))
    result = by_name(run_checks())["Kesiapan dokumen"]
    assert not result.ok
    assert "1 dokumen difinalisasi sebelum tahapnya siap" in result.message
    assert "Surat Penetapan Klasifikasi Informasi yang Dikecualikan" in result.message
    assert "Tahap 5 (Persetujuan Atasan PPID) belum dimulai" in result.message
    # the Atasan approves later: the penetapan still predates its approval
    advance(case.id, 6)
    result = by_name(run_checks())["Kesiapan dokumen"]
    assert not result.ok and "baru diselesaikan sesudah dokumen ini difinalkan" in result.message


def test_a_blank_lembar_pertimbangan_numbered_by_an_old_ujikon_is_reported(
    with_documents, make_case, advance
):
    from datetime import UTC, datetime

    case = make_case(judul="Lembar kosong")
    advance(case.id, 3)
    old_ujikon_document(case.id, "lembar_pertimbangan", datetime(2026, 11, 21, tzinfo=UTC))
    result = by_name(run_checks())["Kesiapan dokumen"]
    assert not result.ok and "Tanggal pertimbangan wajib diisi" in result.message


def test_documents_finalised_when_ready_are_not_reported(with_documents):
    """The BA of the fixture was finalised by this Ujikon, which checked its readiness."""
    assert by_name(run_checks())["Kesiapan dokumen"].ok
