"""Backups (a consistent, verified snapshot while the app writes), their manifests, retention,
the reminder, restore, and the yearly archive."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app import archive, documents, settings, store
from app.archive import (
    BackupCancelled,
    BackupError,
    BackupInvalid,
    backup,
    backup_due,
    frozen,
    last_backup,
    manifest_path,
    parse_manifest,
    restore,
    verify_backup,
    yearly_archive,
)
from app.documents.read import get_pdf
from app.documents.store import attach_scan, finalise
from app.errors import DatabaseInUse, ReadOnlyDatabase
from app.masterdata import save_opd
from app.models import Attachment, Case, Document, Event, InfoItem, Opd, Setting, database
from app.permissions import SYSTEM_ACTOR
from app.settings import CADANGAN_SAAT_KELUAR, HARI_PENGINGAT_CADANGAN, SIMPAN_CADANGAN
from app.store import close_database, current, lock_path, open_database
from tests.conftest import real_sqlite
from tests.pdf_support import make_pdf

backup_module = sys.modules["app.archive.backup"]  # ``archive.backup`` is the function

# The ways a backup copies its database: a file's bytes read straight from the file or
# through SQLite's backup API, a server's rows exported into a new file.
FILE_WAYS = [
    pytest.param("file", marks=pytest.mark.sqlite_only),
    pytest.param("backup API", marks=pytest.mark.sqlite_only),
]
SERVER_WAY = pytest.param("server", marks=pytest.mark.server_only)


def source_name() -> str:
    """The open database as a backup's manifest names it: its file, or its server's URL."""
    active = current()
    return active.server.url if active.server is not None else str(active.path.resolve())


def restore_here(backup_path: Path, override: str = ""):
    """Restore ``backup_path`` onto the open database: over its file (``restore``), or onto
    the server (its rows replaced, ``app.archive.server_restore``)."""
    from app.archive import finish_server_restore, prepare_server_restore

    active = current()
    if active.server is None:
        return restore(SYSTEM_ACTOR, backup_path, active.path, override=override)
    prepared = prepare_server_restore(SYSTEM_ACTOR, backup_path, override=override)
    return finish_server_restore(SYSTEM_ACTOR, prepared)


@pytest.fixture
def render(monkeypatch):
    """A tiny stand-in for the ReportLab documents (their layout is not tested here)."""
    monkeypatch.setattr(
        documents,
        "render_document",
        lambda doc_type, case_id, stamp=None: make_pdf(
            f"{doc_type} {case_id} {getattr(stamp, 'kode', 'KONSEP')}"
        ),
        raising=False,
    )


@pytest.fixture
def filled(db, make_case, advance, render, utama, admin):
    """Two cases of 2026 (one with a finalised document and a scan) and one of 2025."""
    case = make_case(judul="Rekam medis RSUD 2026")
    advance(case.id, 3)  # step 2 done: its participants are recorded
    doc = finalise(utama, case.id, "ba_uji").document
    pdf = get_pdf(doc.id)
    attach_scan(utama, case.id, 2, "ba-uji.pdf", make_pdf("ditandatangani"), document_id=doc.id)
    other = make_case(judul="Dokumen tender 2026", opd="Setda")
    old = make_case(judul="Data kepegawaian 2025", start=date(2025, 3, 3))
    save_opd(admin, "Dinas Arsip Uji")  # an event that belongs to no case
    return {"case": case, "doc": doc, "pdf": pdf, "other": other, "old": old}


def dump(path: Path) -> dict[str, list]:
    """Every row of every table, in a stable order (a logical dump); the search index, which
    follows the cases by its triggers, is left out (``contents.tables``)."""
    from app.archive.contents import tables as own_tables

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = own_tables(conn)
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def counts(path: Path) -> dict[str, int]:
    return {t: len(rows) for t, rows in dump(path).items()}


# ----------------------------------------------------------------------------- backup
def test_a_backup_is_verified_described_by_its_manifest_and_noted(filled, tmp_path):
    dest = tmp_path / "Cadangan Ujikon"
    result = backup(SYSTEM_ACTOR, dest)
    assert result.path.parent == dest
    assert archive.BACKUP_NAME.match(result.path.name)
    beside = [result.pg_dump.name] if result.pg_dump is not None else []  # a server's pg_dump
    assert sorted(p.name for p in dest.iterdir()) == sorted(
        [result.path.name, result.manifest_path.name, *beside]
    )
    assert result.manifest_path == manifest_path(result.path)
    data = json.loads(result.manifest_path.read_text(encoding="utf-8"))
    assert data["sha256"] == hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert data["size"] == result.path.stat().st_size
    assert data["schema_version"] == store.current_schema_version()
    assert data["source"] == source_name()
    assert data["counts"] == counts(result.path)
    assert data["counts"]["case"] == 3 and data["counts"]["document"] == 1
    assert data["created_at"].endswith("+00:00")
    conn = sqlite3.connect(result.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    noted = last_backup()
    assert noted.path == str(result.path) and noted.sha256 == result.sha256
    event = Event.select().order_by(Event.id.desc()).first()
    assert event.jenis == "cadangan_dibuat" and result.path.name in event.ringkasan
    assert verify_backup(result.path).ok
    assert "SHA-256: " + result.sha256 in result.summary()


@pytest.mark.sqlite_only  # a writer on the file's own sqlite3 connection; the file's two copies
@pytest.mark.parametrize("way", ["file", "backup API"])
@pytest.mark.parametrize("step_pages", [1, 1024])
def test_a_backup_while_another_connection_keeps_writing_is_a_consistent_snapshot(
    db, tmp_path, monkeypatch, step_pages, way
):
    """A writer thread commits (row, counter) pairs as fast as it can on its own connection
    while backups run. Each backup must pass its checks, match its manifest, and hold the
    pairs of one moment: the counter equals the number of rows written before it. With one
    page a step, commits land between the copy's steps: the read transaction the copy runs in
    keeps them out (and the copy is never restarted). Both ways of copying: straight from the
    file (which the read transaction keeps as it was), and the backup API."""
    monkeypatch.setattr(backup_module, "COPY_STEP_PAGES", step_pages)
    used = copy_ways(monkeypatch, api_only=way == "backup API")
    path = Path(database.database)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO opd (nama, singkatan, aktif) VALUES (?, ?, 1)",
                (f"Penulis {n:06d}", "w" * 400),
            )
            conn.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('uji_n', ?)", (str(n),)
            )
            conn.execute("COMMIT")
            written[0] = n

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while written[0] < 50:  # the writer is under way before the first backup
            threading.Event().wait(0.001)
        results, during = [], []
        # Four backups; for the file's way, more until one could be read straight from the
        # file (a backup falls back to the backup API when the writer's last frames are not
        # in the file yet: how often depends on the machine's load, not on the code)
        while len(results) < 4 or (used[way] == 0 and len(results) < MAX_BACKUPS_UNDER_WRITES):
            before = written[0]
            results.append(backup(SYSTEM_ACTOR, tmp_path / "cadangan", keep=100, record=False))
            during.append(written[0] - before)
    finally:
        stop.set()
        thread.join()
        conn.close()
    assert sum(during) > 0  # commits landed while backups ran
    assert used[way] >= 1 and sum(used.values()) == len(results)
    for result in results:
        check = verify_backup(result.path)
        assert check.ok, check.problems
        assert check.counts == result.counts == counts(result.path)
        snap = sqlite3.connect(result.path)
        rows = snap.execute("SELECT count(*) FROM opd WHERE nama LIKE 'Penulis %'").fetchone()[0]
        counter = snap.execute("SELECT value FROM setting WHERE key = 'uji_n'").fetchone()
        snap.close()
        assert counter is not None and int(counter[0]) == rows


def test_a_cancelled_backup_leaves_nothing_behind(filled, tmp_path):
    dest = tmp_path / "batal"
    seen: list[str] = []

    def progress(done, total, text):
        seen.append(text)
        return "Memeriksa" not in text  # cancel once the check starts

    with pytest.raises(BackupCancelled):
        backup(SYSTEM_ACTOR, dest, progress)
    assert list(dest.iterdir()) == []
    assert last_backup() is None
    cancel_now = [False]
    with pytest.raises(BackupCancelled):
        backup(
            SYSTEM_ACTOR,
            dest,
            lambda d, t, text: cancel_now.__setitem__(0, True),
            cancelled=lambda: cancel_now[0],
        )
    assert list(dest.iterdir()) == []


@pytest.mark.sqlite_only  # the file's pages, copied a few at a time
def test_the_copy_reports_progress_a_step_at_a_time_and_a_cancel_mid_copy_leaves_nothing(
    filled, tmp_path, monkeypatch
):
    monkeypatch.setattr(backup_module, "COPY_STEP_PAGES", 2)
    pages = sqlite3.connect(database.database).execute("PRAGMA page_count").fetchone()[0]
    copying: list[int] = []

    def progress(done, total, text):
        if text.startswith("Menyalin"):
            copying.append(done)
        return len(copying) < 4  # cancel inside the copy

    dest = tmp_path / "batal-salin"
    with pytest.raises(BackupCancelled):
        backup(SYSTEM_ACTOR, dest, progress)
    assert list(dest.iterdir()) == []
    assert pages > 8 and len(copying) == 4 and copying == sorted(copying)
    seen: list[str] = []
    backup(SYSTEM_ACTOR, dest, lambda d, t, text: seen.append(text), record=False)
    assert seen.count("Menyalin basis data…") >= pages // 2  # one report per step


def _garble_a_leaf(part: Path) -> None:
    """Overwrite the cells of one leaf page of the history table (its header stays)."""
    conn = sqlite3.connect(part)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    page = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'event' AND pagetype = 'leaf' LIMIT 1"
    ).fetchone()[0]
    conn.close()
    with part.open("r+b") as f:
        f.seek((page - 1) * size + 12)
        f.write(b"\xa5" * (size - 12))


def _cut_short(part: Path) -> None:
    with part.open("r+b") as f:
        f.truncate(part.stat().st_size * 2 // 3)


MAX_BACKUPS_UNDER_WRITES = 24


def copy_ways(monkeypatch, api_only: bool = False) -> dict[str, int]:
    """Count the backups copied straight from the file and those the backup API copied;
    ``api_only``: the file is never read (as for a database not in WAL mode)."""
    used = {"file": 0, "backup API": 0}
    real_copy, real_snapshot = frozen.copy_file, backup_module.snapshot

    def copy_file(*args, **kwargs):
        used["file"] += 1
        return real_copy(*args, **kwargs)

    def snapshot(*args, **kwargs):
        used["backup API"] += 1
        return real_snapshot(*args, **kwargs)

    monkeypatch.setattr(frozen, "copy_file", copy_file)
    monkeypatch.setattr(backup_module, "snapshot", snapshot)
    if api_only:
        monkeypatch.setattr(frozen, "frozen_reader", lambda source, timeout=10.0: None)
    return used


def damaged_copies(monkeypatch, way: str, damage) -> None:
    """Every copy a backup makes is damaged right after it is written, the way ``way``."""
    if way == "server":  # the server's rows exported into the copy, and the copy described
        real_copy = backup_module.copy_snapshot

        def copy_snapshot(source, target, progress=None):
            copied = real_copy(source, target, progress)
            damage(target)
            return copied

        monkeypatch.setattr(backup_module, "copy_snapshot", copy_snapshot)
    elif way == "file":
        real = frozen.copy_file

        def copy_file(source, target, *args, **kwargs):
            sha = real(source, target, *args, **kwargs)
            damage(target)
            return sha

        monkeypatch.setattr(frozen, "copy_file", copy_file)
    else:
        monkeypatch.setattr(frozen, "frozen_reader", lambda source, timeout=10.0: None)
        real_snapshot = backup_module.snapshot

        def snapshot(source, target, progress=None):
            result = real_snapshot(source, target, progress)
            damage(target)
            return result

        monkeypatch.setattr(backup_module, "snapshot", snapshot)


@pytest.mark.parametrize("way", [*FILE_WAYS, SERVER_WAY])
@pytest.mark.parametrize(
    ("damage", "said"),
    [(_garble_a_leaf, "pemeriksaan keutuhan"), (_cut_short, "pemeriksaan keutuhan")],
)
def test_a_copy_that_fails_quick_check_is_refused_and_deleted(
    filled, tmp_path, monkeypatch, damage, said, way
):
    """The copy is checked, not the database it comes from: damage done to the written copy
    (a garbled page, a copy cut short) is caught by quick_check, and nothing is left."""
    damaged_copies(monkeypatch, way, damage)
    dest = tmp_path / "rusak"
    with pytest.raises(BackupError, match=said):
        backup(SYSTEM_ACTOR, dest)
    assert list(dest.iterdir()) == []
    assert last_backup() is None


def _drop_an_item(target: Path) -> None:
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM infoitem WHERE id = (SELECT max(id) FROM infoitem)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("way", [*FILE_WAYS, SERVER_WAY])
def test_a_copy_with_rows_missing_is_refused(filled, tmp_path, monkeypatch, way):
    damaged_copies(monkeypatch, way, _drop_an_item)
    dest = tmp_path / "kurang"
    with pytest.raises(BackupError, match="Jumlah baris salinan berbeda.*infoitem"):
        backup(SYSTEM_ACTOR, dest)
    assert list(dest.iterdir()) == []


@pytest.mark.server_only
def test_rows_the_servers_export_loses_are_refused(filled, tmp_path, monkeypatch):
    """Rows lost while the server's snapshot is written into the copy: the copy's counts must
    be compared with the server's, read in the snapshot the copy was made from."""
    from app.archive import server_backup

    real_export = server_backup.export_to_file

    def export_to_file(target, progress=None):
        counted = real_export(target, progress)
        _drop_an_item(target)
        return counted

    monkeypatch.setattr(server_backup, "export_to_file", export_to_file)
    dest = tmp_path / "kurang"
    with pytest.raises(BackupError, match="Jumlah baris salinan berbeda.*infoitem"):
        backup(SYSTEM_ACTOR, dest)
    assert list(dest.iterdir()) == []


@pytest.mark.server_only
def test_a_servers_copy_that_cannot_be_read_blames_the_copy(filled, tmp_path, monkeypatch):
    """The copy just written is unreadable (a failing disk): the message says the copy is,
    and that the server's database did not change (not "restore the last backup")."""
    from app.archive import server_backup

    real_export = server_backup.export_to_file

    def export_to_file(target, progress=None):
        counted = real_export(target, progress)
        target.write_bytes(b"bukan basis data " * 512)
        return counted

    monkeypatch.setattr(server_backup, "export_to_file", export_to_file)
    dest = tmp_path / "rusak"
    with pytest.raises(BackupError) as err:
        backup(SYSTEM_ACTOR, dest)
    assert "tidak dapat dibaca" in err.value.message
    assert "Basis data server tidak berubah" in err.value.message
    assert "pulihkan" not in err.value.message.lower()
    assert list(dest.iterdir()) == []


@pytest.mark.sqlite_only  # the file's own bytes
@pytest.mark.parametrize("in_kernel", [True, False])
def test_a_copy_read_from_the_file_is_its_bytes_as_a_standalone_database(
    filled, tmp_path, monkeypatch, in_kernel
):
    """Straight from the file: the bytes of the database, page 1 marked for a rollback
    journal (what ``journal_mode = DELETE`` writes), hashed as written; copied inside the
    kernel (Linux) or through two buffers (elsewhere), in small steps."""
    monkeypatch.setattr(frozen, "IN_KERNEL", in_kernel and frozen.IN_KERNEL)
    monkeypatch.setattr(backup_module, "COPY_STEP_PAGES", 3)
    source = Path(database.database)
    result = backup(SYSTEM_ACTOR, tmp_path / "salin", record=False)
    copy, original = result.path.read_bytes(), source.read_bytes()
    assert len(copy) == len(original) and original[18:20] == b"\x02\x02"
    assert copy[18:20] == b"\x01\x01" and copy[:18] + copy[20:] == original[:18] + original[20:]
    assert result.sha256 == hashlib.sha256(copy).hexdigest()
    conn = sqlite3.connect(result.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert not Path(str(result.path) + "-wal").exists()


def test_the_buffered_copy_reads_a_file_object_as_windows_does(tmp_path):
    """The copy of Windows (a file opened and closed as usual, read at each offset): the same
    bytes and SHA-256, a short source refused."""
    source = tmp_path / "sumber.bin"
    data = bytes(range(256)) * 1000 + b"ekor"
    source.write_bytes(data)
    target = tmp_path / "salinan.bin"
    target.touch()
    seen: list[int] = []
    with open(source, "rb", buffering=0) as f:
        sha = frozen._copy(
            lambda view, at: frozen._read_at(f, view, at), target, len(data), 7000, seen.append
        )
    expected = data[:18] + b"\x01\x01" + data[20:]
    assert target.read_bytes() == expected and sha == hashlib.sha256(expected).hexdigest()
    assert seen == sorted(seen) and seen[-1] == len(data)
    target.write_bytes(b"")
    with open(source, "rb", buffering=0) as f, pytest.raises(BackupError, match="hanya"):
        frozen._copy(
            lambda view, at: frozen._read_at(f, view, at), target, len(data) + 10, 7000, seen.append
        )


@pytest.mark.sqlite_only  # a reader holding an older snapshot of the file's WAL
def test_a_reader_of_an_older_snapshot_sends_the_backup_through_the_backup_api(
    filled, tmp_path, monkeypatch, admin
):
    """Frames another reader still needs stay out of the file: the file is not the latest
    snapshot, so the backup API copies it, with the change made after that reader began."""
    used = copy_ways(monkeypatch)
    old = sqlite3.connect(database.database, isolation_level=None)
    old.execute("BEGIN")
    old.execute("SELECT count(*) FROM opd").fetchone()  # holds the snapshot of this moment
    try:
        save_opd(admin, "Dinas Sesudah Pembaca Lama")
        result = backup(SYSTEM_ACTOR, tmp_path / "lama", record=False)
    finally:
        old.execute("COMMIT")
        old.close()
    assert used == {"file": 0, "backup API": 1}
    conn = sqlite3.connect(result.path)
    assert conn.execute("SELECT 1 FROM opd WHERE nama = 'Dinas Sesudah Pembaca Lama'").fetchone()
    conn.close()
    assert verify_backup(result.path).ok
    # once that reader is gone, the file holds everything again
    backup(SYSTEM_ACTOR, tmp_path / "lama", record=False)
    assert used == {"file": 1, "backup API": 1}


def test_the_restore_check_runs_the_full_integrity_check_that_quick_check_skips(one_backup):
    """An index whose entries no longer match its table's rows: quick_check (the backup's
    check of its fresh copy) does not see it, integrity_check (the restore's) does, and the
    backup is refused even with its manifest recomputed to match."""
    conn = sqlite3.connect(one_backup.path)
    conn.execute("PRAGMA writable_schema = ON")
    column = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'case_tahun'").fetchone()[0]
    assert "tahun" in column
    conn.execute(
        'UPDATE sqlite_master SET sql = \'CREATE INDEX "case_tahun" ON "case" ("id")\' '
        "WHERE name = 'case_tahun'"
    )
    conn.commit()
    conn.close()
    conn = sqlite3.connect(one_backup.path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    conn.close()
    data = json.loads(one_backup.manifest_path.read_text(encoding="utf-8"))
    raw = one_backup.path.read_bytes()
    data |= {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}
    one_backup.manifest_path.write_text(json.dumps(data), encoding="utf-8")
    check = verify_backup(one_backup.path)
    assert not check.ok
    assert any("Pemeriksaan keutuhan gagal" in p for p in check.problems), check.problems


def test_a_backup_into_something_that_is_not_a_folder_fails_plainly(filled, tmp_path):
    not_a_folder = tmp_path / "berkas.txt"
    not_a_folder.write_text("x")
    with pytest.raises(BackupError):
        backup(SYSTEM_ACTOR, not_a_folder)
    with pytest.raises(BackupError, match="tidak dapat dibuat"):
        backup(SYSTEM_ACTOR, not_a_folder / "di-dalam")


def plant_backup(made, folder: Path, name: str) -> Path:
    """A copy of the real backup ``made`` under another backup's name, with its manifest:
    a verified backup as an earlier run would have left it."""
    folder.mkdir(exist_ok=True)
    target = folder / name
    target.write_bytes(made.path.read_bytes())
    data = json.loads(made.manifest_path.read_text(encoding="utf-8"))
    data["file"] = name
    manifest_path(target).write_text(json.dumps(data), encoding="utf-8")
    return target


def test_only_the_last_k_backups_are_kept_and_nothing_else_is_touched(filled, tmp_path):
    made = backup(SYSTEM_ACTOR, tmp_path / "sumber", record=False)
    dest = tmp_path / "cadangan"
    old = [plant_backup(made, dest, f"ujikon-2025010{i}-120000.sqlite") for i in range(1, 6)]
    others = [
        dest / "ujikon-arsip-2025.sqlite",
        dest / "catatan.txt",
        dest / "ujikon-salinan.sqlite",
        dest / "ujikon-20250101-120000.sqlite.bak",
    ]
    for p in others:
        p.write_bytes(b"milik orang lain")
    result = backup(SYSTEM_ACTOR, dest, keep=3)
    kept = sorted(p.name for p in dest.glob("ujikon-2*.sqlite"))
    assert kept == [old[3].name, old[4].name, result.path.name]
    assert not manifest_path(old[0]).exists() and manifest_path(old[4]).exists()
    assert all(p.read_bytes() == b"milik orang lain" for p in others)
    assert set(result.deleted) == set(old[:3])
    assert result.unverified == ()


def test_a_pruned_backup_takes_its_pg_dump_with_it(filled, tmp_path):
    """A server's backup has pg_dump's copy beside it (``….pgdump``): a backup pruned takes
    its pg_dump with it; those of the backups kept, and any other file, stay."""
    made = backup(SYSTEM_ACTOR, tmp_path / "sumber", record=False)
    dest = tmp_path / "cadangan"
    old = [plant_backup(made, dest, f"ujikon-2025010{i}-120000.sqlite") for i in range(1, 4)]
    dumps = [p.with_suffix(".pgdump") for p in old]
    stray = dest / "ujikon-salinan.pgdump"
    for p in (*dumps, stray):
        p.write_bytes(b"PGDMP")
    result = backup(SYSTEM_ACTOR, dest, keep=2, record=False)
    assert set(result.deleted) == set(old[:2])
    assert [p.exists() for p in dumps] == [False, False, True] and stray.exists()


def test_a_backup_that_does_not_match_its_manifest_is_never_counted_nor_deleted(filled, tmp_path):
    """What a killed run of an earlier version left (a final file without manifest), a
    truncated copy and one with a changed byte, all named newer than the good backups: they
    must not push good backups out. They are left where they are and reported."""
    made = backup(SYSTEM_ACTOR, tmp_path / "sumber", record=False)
    dest = tmp_path / "cadangan"
    good = [plant_backup(made, dest, f"ujikon-2025010{i}-120000.sqlite") for i in (1, 2)]
    no_manifest = dest / "ujikon-20990101-000000.sqlite"
    no_manifest.write_bytes(made.path.read_bytes())
    truncated = plant_backup(made, dest, "ujikon-20990102-000000.sqlite")
    truncated.write_bytes(made.path.read_bytes()[:8192])
    changed = plant_backup(made, dest, "ujikon-20990103-000000.sqlite")
    data = bytearray(changed.read_bytes())
    data[5000] ^= 0x01
    changed.write_bytes(bytes(data))
    junk = dest / "ujikon-20990104-000000.sqlite"
    junk.write_bytes(b"lama")
    manifest_path(junk).write_text("{}")
    bad = [no_manifest, truncated, changed, junk]

    result = backup(SYSTEM_ACTOR, dest, keep=2)
    assert result.deleted == (good[0],)
    assert good[1].exists() and manifest_path(good[1]).exists()
    assert all(p.exists() for p in bad)
    reasons = dict(result.unverified)
    assert set(reasons) == set(bad)
    assert "tidak ada" in reasons[no_manifest]
    assert "terpotong" in reasons[truncated]
    assert "SHA-256" in reasons[changed]
    assert "Manifes cadangan tidak sah" in reasons[junk]
    assert no_manifest.name in result.summary() and "tidak dihapus" in result.summary()
    # and again: the bad ones still never count, the two newest good ones stay
    again = backup(SYSTEM_ACTOR, dest, keep=2)
    assert again.deleted == (good[1],)
    assert all(p.exists() for p in bad) and result.path.exists()


def test_the_number_kept_comes_from_the_settings(filled, tmp_path, setting):
    setting(SIMPAN_CADANGAN, 2)
    dest = tmp_path / "c"
    for _ in range(3):
        backup(SYSTEM_ACTOR, dest, record=False)
    assert len(list(dest.glob("ujikon-*.sqlite"))) == 2


# ----------------------------------------------------------------------------- reminder
def test_the_reminder_is_due_after_n_days_without_a_verified_backup(filled, tmp_path, setting):
    now = datetime.now(UTC)
    assert not backup_due(now=now)  # a database made today
    assert backup_due(now=now + timedelta(days=8))
    assert not backup_due(days=10, now=now + timedelta(days=8))
    backup(SYSTEM_ACTOR, tmp_path / "c")
    assert not backup_due(now=now + timedelta(days=6))
    assert backup_due(now=now + timedelta(days=8))
    setting(HARI_PENGINGAT_CADANGAN, 0)
    assert not backup_due(now=now + timedelta(days=800))
    assert settings.value(CADANGAN_SAAT_KELUAR) is False


# ----------------------------------------------------------------------------- verify
@pytest.fixture
def one_backup(filled, tmp_path):
    return backup(SYSTEM_ACTOR, tmp_path / "cadangan", record=False)


def test_one_changed_byte_is_caught_by_the_hash(one_backup):
    data = bytearray(one_backup.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    one_backup.path.write_bytes(bytes(data))
    check = verify_backup(one_backup.path)
    assert not check.ok
    assert any("SHA-256" in p for p in check.problems)


def test_an_edited_manifest_is_caught(one_backup):
    data = json.loads(one_backup.manifest_path.read_text(encoding="utf-8"))
    data["counts"]["case"] = 99
    one_backup.manifest_path.write_text(json.dumps(data), encoding="utf-8")
    check = verify_backup(one_backup.path)
    assert not check.ok and any("Jumlah baris" in p for p in check.problems)
    data["sha256"] = "0" * 64
    one_backup.manifest_path.write_text(json.dumps(data), encoding="utf-8")
    assert any("SHA-256" in p for p in verify_backup(one_backup.path).problems)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"[]",
        b'{"format": "lain"}',
        b"\xff\xfe\x00",
        b'{"format": "ujikon-cadangan", "format_version": 1}',
    ],
)
def test_a_garbled_manifest_is_reported_not_raised(one_backup, content):
    one_backup.manifest_path.write_bytes(content)
    check = verify_backup(one_backup.path)
    assert not check.ok and any("Manifes" in p for p in check.problems)


def test_a_missing_manifest_is_reported(one_backup):
    one_backup.manifest_path.unlink()
    check = verify_backup(one_backup.path)
    assert not check.ok and "tidak ditemukan" in check.message


def test_a_truncated_backup_is_reported(one_backup):
    data = one_backup.path.read_bytes()
    one_backup.path.write_bytes(data[: len(data) // 3])
    check = verify_backup(one_backup.path)
    assert not check.ok
    assert any("terpotong" in p for p in check.problems)
    one_backup.path.write_bytes(data[:50])
    assert not verify_backup(one_backup.path).ok


def test_a_backup_from_a_newer_app_is_refused(one_backup):
    conn = sqlite3.connect(one_backup.path)
    newer = store.current_schema_version() + 1
    conn.execute("INSERT INTO schema_version VALUES (?, 'masa depan', '2030-01-01')", (newer,))
    conn.commit()
    conn.close()
    data = json.loads(one_backup.manifest_path.read_text(encoding="utf-8"))
    raw = one_backup.path.read_bytes()
    data |= {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw), "schema_version": newer}
    data["counts"]["schema_version"] += 1
    one_backup.manifest_path.write_text(json.dumps(data), encoding="utf-8")
    check = verify_backup(one_backup.path)
    assert not check.ok
    assert any("versi Ujikon yang lebih baru" in p for p in check.problems)


def test_a_missing_file_and_a_non_database_are_reported(tmp_path):
    assert "tidak ditemukan" in verify_backup(tmp_path / "tidak-ada.sqlite").message
    junk = tmp_path / "ujikon-20260101-010101.sqlite"
    junk.write_bytes(b"bukan sqlite" * 100)
    assert not verify_backup(junk).ok


def test_manifest_parsing_round_trips(one_backup):
    text = one_backup.manifest_path.read_text(encoding="utf-8")
    assert parse_manifest(text) == one_backup.manifest
    assert parse_manifest(one_backup.manifest.to_json()) == one_backup.manifest
    with pytest.raises(BackupInvalid):
        parse_manifest(text.replace('"sha256": "', '"sha256": "zz'))


# ----------------------------------------------------------------------------- restore
@pytest.mark.sqlite_only  # the file replaced by the backup, the replaced file kept beside it
def test_restore_round_trip_gives_back_every_row_and_keeps_the_replaced_database(
    filled, tmp_path, utama, make_case
):
    db_path = Path(database.database)
    result = backup(SYSTEM_ACTOR, tmp_path / "cadangan", record=True)
    saved = dump(result.path)
    make_case(judul="Kasus setelah cadangan")  # changes the cadangan does not have
    InfoItem.delete().where(InfoItem.case == filled["old"].id).execute()
    close_database()
    replaced = dump(db_path)
    open_database(db_path)

    restored = restore(SYSTEM_ACTOR, result.path, db_path)
    assert restored.previous is not None and restored.previous.parent == db_path.parent
    assert restored.previous.name.startswith(db_path.name + ".sebelum-pulih-")
    assert dump(restored.previous) == replaced
    assert database.database == str(db_path) and not current().read_only
    assert Case.select().count() == 3
    close_database()
    now = dump(db_path)
    # the restore itself is one history event (and moves the chain head that covers it)
    new_events = [e for e in now["event"] if e not in saved["event"]]
    assert len(new_events) == 1 and "cadangan_dipulihkan" in new_events[0]
    now["event"] = [e for e in now["event"] if e in saved["event"]]
    # … and the signed head, and the seals of the setting rows that hold the head
    moved = ("rantai_riwayat", "kepala_bertanda")
    for rows in (now, saved):
        rows["setting"] = [s for s in rows["setting"] if s[0] not in moved]
        rows["segel_baris"] = [
            s for s in rows["segel_baris"] if s[:2] not in {("setting", k) for k in moved}
        ]
        rows["segel_tabel"] = [s for s in rows["segel_tabel"] if s[0] != "setting"]
    assert now == saved
    assert not db_path.with_name(db_path.name + ".pulih.part").exists()


def test_a_tampered_backup_is_refused_and_the_database_is_untouched(one_backup, tmp_path):
    db_path = tmp_path / "t.db"
    on_file = current().server is None
    data = bytearray(one_backup.path.read_bytes())
    data[-100] ^= 0xFF
    one_backup.path.write_bytes(bytes(data))
    if on_file:
        close_database()
        before = hashlib.sha256(db_path.read_bytes()).hexdigest()
        open_database(db_path)
    events = Event.select().count()
    folder = sorted(one_backup.path.parent.iterdir())
    with pytest.raises(BackupInvalid, match="tidak diubah"):
        restore_here(one_backup.path)
    assert Case.select().count() == 3  # still open and usable
    assert Event.select().count() == events  # nothing recorded
    assert sorted(one_backup.path.parent.iterdir()) == folder  # a server not backed up first
    if on_file:
        close_database()
        assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
        assert sorted(p.name for p in db_path.parent.iterdir() if "pulih" in p.name) == []
        open_database(db_path)


def test_a_yearly_archive_cannot_be_restored_as_the_database(filled, tmp_path):
    path = yearly_archive(SYSTEM_ACTOR, 2026, tmp_path / "arsip")
    with pytest.raises(BackupInvalid, match="arsip tahunan"):
        restore_here(path)
    assert Case.select().count() == 3


@pytest.mark.sqlite_only  # the lock file beside the database file
def test_restore_into_a_database_another_process_holds_is_refused(one_backup, tmp_path):
    target = tmp_path / "lain.db"
    open_database(target)
    close_database()
    lock_path(target).write_text(
        json.dumps(
            {"user": "sari", "host": "PC-LAIN", "pid": 1, "started_at": "2026-11-25T01:00:00"}
        )
    )
    with pytest.raises(DatabaseInUse, match="PC-LAIN"):
        restore(SYSTEM_ACTOR, one_backup.path, target)
    assert not [p for p in tmp_path.iterdir() if "pulih" in p.name]


# ----------------------------------------------------------------------------- yearly archive
def test_a_yearly_archive_holds_one_years_cases_with_everything_they_own(filled, tmp_path):
    opds = Opd.select().count()
    path = real_sqlite(yearly_archive(SYSTEM_ACTOR, 2026, tmp_path / "arsip"))
    assert path.name == "ujikon-arsip-2026.sqlite"
    check = verify_backup(path)
    assert check.ok, check.problems
    assert check.archive_year == 2026 and check.manifest.kind == "arsip_tahunan"
    rows = dump(path)
    assert len(rows["case"]) == 2
    assert len(rows["document"]) == 1 and len(rows["attachment"]) == 1
    assert len(rows["opd"]) == opds  # reference data whole
    kept = {filled["case"].id, filled["other"].id}
    case_col = 1  # case_id is the second column of these tables
    for table in ("infoitem", "steprecord", "participant", "event"):
        assert rows[table], table
        assert {r[case_col] for r in rows[table]} <= kept, table

    opened = open_database(path)
    try:
        assert opened == current()
        assert opened.read_only and opened.archive_year == 2026
        assert "2026" in opened.read_only_reason
        assert Case.select().count() == 2
        assert bytes(Document.get().pdf) == filled["pdf"]
        assert Attachment.select().count() == 1
        with pytest.raises(ReadOnlyDatabase):
            with database.atomic():
                Setting.insert(key="x", value=1).execute()
    finally:
        close_database()
    assert not lock_path(path).exists()


def test_a_yearly_archive_keeps_the_moves_of_its_cases_recorded_for_many_cases(filled, tmp_path):
    from app import history
    from app.history import EventKind, case_history

    kept, old = filled["case"].id, filled["old"].id
    with database.atomic():  # as a calendar change records them: one event for many cases
        for cases in ([kept, old], [old]):
            history.record(
                EventKind.DEADLINE_MOVED,
                f"Batas waktu tahap 1 bergeser untuk {len(cases)} kasus: libur daerah",
                detail=history.moved_deadlines_detail(
                    1, date(2026, 12, 3), date(2026, 12, 4), "libur daerah", cases
                ),
            )
    path = real_sqlite(yearly_archive(SYSTEM_ACTOR, 2026, tmp_path / "arsip"))
    listed = [
        json.loads(r[8])["kasus"]
        for r in dump(path)["event"]
        if r[1] is None and r[6] == EventKind.DEADLINE_MOVED.value
    ]
    assert listed == [[kept, old]]  # the one listing a 2026 case; not the 2025 case's own
    open_database(path)
    try:
        [moved] = [e for e in case_history(kept) if e.kind == EventKind.DEADLINE_MOVED]
        assert moved.detail == {"tahap": 1, "lama": "2026-12-03", "baru": "2026-12-04"}
        assert "3 Desember 2026 ke 4 Desember 2026: libur daerah" in moved.summary
    finally:
        close_database()


def test_a_year_without_cases_makes_no_archive(filled, tmp_path):
    with pytest.raises(BackupError, match="Tidak ada kasus tahun 2019"):
        yearly_archive(SYSTEM_ACTOR, 2019, tmp_path / "arsip")
    assert list((tmp_path / "arsip").iterdir()) == []
    with pytest.raises(BackupError):
        yearly_archive(SYSTEM_ACTOR, "2026", tmp_path / "arsip")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- manifest writer
@pytest.fixture
def manifest_writes(monkeypatch):
    """What the one manifest writer fsyncs: the ``.part`` files and the folders."""
    from app.archive import manifest as manifest_module

    seen: dict[str, list[Path]] = {"files": [], "folders": []}
    real_file, real_dir = manifest_module.fsync_file, manifest_module.fsync_dir

    def fsync_file(path):
        seen["files"].append(path)
        real_file(path)

    def fsync_dir(path):
        seen["folders"].append(path)
        real_dir(path)

    monkeypatch.setattr(manifest_module, "fsync_file", fsync_file)
    monkeypatch.setattr(manifest_module, "fsync_dir", fsync_dir)
    return seen


def test_backups_and_yearly_archives_write_their_manifest_through_the_one_safe_writer(
    filled, tmp_path, manifest_writes
):
    made = backup(SYSTEM_ACTOR, tmp_path / "cadangan")
    archive_file = yearly_archive(SYSTEM_ACTOR, 2026, tmp_path / "arsip")
    for written, folder in ((made.path, tmp_path / "cadangan"), (archive_file, tmp_path / "arsip")):
        mfile = manifest_path(written)
        assert mfile.with_name(mfile.name + ".part") in manifest_writes["files"]
        assert folder in manifest_writes["folders"]
        assert not list(folder.glob("*.part"))
        assert parse_manifest(mfile.read_text(encoding="utf-8")).file == written.name


def test_a_yearly_archive_whose_manifest_cannot_be_written_leaves_nothing(
    filled, tmp_path, monkeypatch
):
    from app.archive import manifest as manifest_module

    def no_space(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(manifest_module, "fsync_file", no_space)
    dest = tmp_path / "arsip"
    with pytest.raises(BackupError, match="No space left on device"):
        yearly_archive(SYSTEM_ACTOR, 2026, dest)
    assert list(dest.iterdir()) == []
